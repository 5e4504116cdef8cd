"""Blind genre probes, sixth round (structure): 50 short Vietnamese articles (headline, sometimes a byline/date line, lead and body over 2 to 4 paragraphs) in which the period, the place or the indicator of a number is stated in another sentence or paragraph than the number itself: a lead's period carried into later paragraphs, a province named only in the headline or lead and its figures given later with "toàn tỉnh", "trên địa bàn", "tỉnh", "Thủ đô", national figures quoted for comparison inside provincial articles, back-references ("con số này", "tỷ lệ này", "mức này", "số thuê bao này"), a year named once and months or quarters later without a year, last year's value in a separate sentence, lists under a heading with a colon, a table written as lines, press reviews of the past year published in January, and articles dated only by their byline line; about a third of the cases also hold numbers that must not be stored (targets, changes, operators', other countries', a survey's, a named ministry's figures, sub-counts after "trong đó", remainders, counts of plans and meetings). Written for the project from the genre's usual phrasings (not copied from any page), by a
writer who had not seen the extractor; the code of 2026-11-30 before its fixes read it at 103 of
112 accepted values right, 103 of 124 found.
"""

CASES = [
    # Monthly ministry report: the month in the title and lead is carried to the next paragraphs; "Trong đó, khối bộ, ngành đạt" names no indicator (carried from the sentence before); month flow of portal dossiers goes on the _new twin.
    (
        """Báo cáo chuyển đổi số quốc gia tháng 5/2025

Bộ Khoa học và Công nghệ vừa phát hành Báo cáo chuyển đổi số quốc gia tháng 5/2025. Trong tháng, Cổng Dịch vụ công quốc gia tiếp nhận 1.245.310 hồ sơ trực tuyến từ người dân, doanh nghiệp.

Tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 48,28%. Trong đó, khối bộ, ngành đạt 62,4%, khối địa phương đạt 41,15%.

Đáng chú ý, tỷ lệ hồ sơ trực tuyến toàn trình ở mức 37,6%, cao nhất từ trước đến nay.""",
        "2025-06-06",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1245310),
            ("online_dossier_rate", "national", "month", "2025-05-31", 48.28),
            ("online_dossier_rate", "ministries", "month", "2025-05-31", 62.4),
            ("online_dossier_rate", "localities", "month", "2025-05-31", 41.15),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 37.6),
        ],
    ),
    # Province named in headline and lead only, figures under "toàn tỉnh"; year named once ("năm 2025"), then "Kết thúc quý I" without year; the 1.486 count of services has no id; "hiện nay" 100% of communes has no id.
    (
        """Quảng Ninh đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình

Bước sang năm 2025, tỉnh Quảng Ninh tiếp tục rà soát, tái cấu trúc quy trình giải quyết thủ tục hành chính theo hướng số hóa toàn diện.

Kết thúc quý I, toàn tỉnh đã cung cấp 1.486 dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 78,3% tổng số TTHC. Tỷ lệ hồ sơ trực tuyến toàn trình trong quý đạt 71,52%.

Hiện nay, 100% các xã, phường đã sử dụng hệ thống thông tin giải quyết TTHC dùng chung của tỉnh.""",
        "2025-04-10",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2025-03-31", 78.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 71.52),
        ],
    ),
    # Provincial article quoting the national figure for comparison in parentheses after "Con số này"; the ytd window of the lead is carried to the national value and to the city's e-result rate in the next sentence.
    (
        """Đà Nẵng dẫn đầu cả nước về tỷ lệ hồ sơ xử lý trực tuyến

Theo số liệu trên Hệ thống thông tin giải quyết TTHC của thành phố Đà Nẵng, lũy kế từ đầu năm đến ngày 15/4/2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 92,7%.

Con số này cao gấp đôi mức bình quân cả nước cùng thời điểm (45,3%). Tỷ lệ cấp kết quả giải quyết TTHC điện tử của thành phố cũng đạt 98,1%.""",
        "2025-04-18",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2025-04-15", 92.7),
            ("online_dossier_rate", "national", "ytd", "2025-04-15", 45.3),
            ("e_result_rate", "Đà Nẵng", "ytd", "2025-04-15", 98.1),
        ],
    ),
    # "Số thuê bao này chiếm 88,2%": the share's subject and date are in the sentence before; the 3,1-point change and the 100% target are not stored.
    (
        """Thuê bao dùng điện thoại thông minh tiếp tục tăng

Theo Cục Viễn thông, tính đến hết tháng 3/2025, cả nước có 106,5 triệu thuê bao di động sử dụng smartphone.

Số thuê bao này chiếm 88,2% tổng số thuê bao điện thoại di động, tăng 3,1 điểm phần trăm so với cùng kỳ năm 2024. Mục tiêu đến hết năm 2025 là 100% thuê bao di động sử dụng điện thoại thông minh.""",
        "2025-04-22",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-03-31", 106500000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 88.2),
        ],
    ),
    # Year named once in the lead, then "tháng 11" and "tháng 12" without year in a January article; "con số này giảm còn 436 cuộc" is a level (stored), "giảm 47,2%" a change (not stored).
    (
        """Tấn công mạng gây sự cố giảm gần một nửa

Năm 2024, Cục An toàn thông tin đã phát hiện, cảnh báo và hướng dẫn xử lý 6.112 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 47,2% so với năm 2023.

Số vụ tấn công giảm mạnh vào cuối năm. Riêng tháng 11, hệ thống kỹ thuật ghi nhận 512 cuộc; sang tháng 12, con số này giảm còn 436 cuộc.""",
        "2025-01-08",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 6112),
            ("cyberattacks", "national", "month", "2024-11-30", 512),
            ("cyberattacks", "national", "month", "2024-12-31", 436),
        ],
    ),
    # Last year's value in a separate sentence ("Cùng kỳ năm trước, tốc độ này") is June 2024's level (stored); world rank 11 and the upload speed are not stored; the mobile speed inherits June 2025.
    (
        """Tốc độ Internet cố định của Việt Nam vào nhóm dẫn đầu thế giới

Tháng 6/2025, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 178,6 Mbps, xếp thứ 11 thế giới.

Cùng kỳ năm trước, tốc độ này chỉ ở mức 112,5 Mbps. Với mạng di động, tốc độ tải xuống trung bình là 146,6 Mbps, tốc độ tải lên đạt 38,2 Mbps.""",
        "2025-07-16",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 178.6),
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 112.5),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.6),
        ],
    ),
    # Article dated only by its byline line; list under a heading with a colon, "tính đến hết quý II" with the year only in the byline; each list line names its indicator before the colon.
    (
        """Hạ tầng số tiếp tục được mở rộng trong quý II
Thứ Hai, 14/07/2025 08:30

Theo Cục Viễn thông, các doanh nghiệp đã đẩy nhanh tiến độ triển khai mạng 5G và cáp quang trong quý II. Vùng phủ sóng 5G đã mở rộng tới hầu hết các khu công nghiệp, trường đại học và bệnh viện lớn.

Một số chỉ tiêu chính tính đến hết quý II:
- Số trạm BTS 5G: 10.520 trạm;
- Tỷ lệ dân số được phủ sóng 5G: 26,1%;
- Tỷ lệ hộ gia đình sử dụng cáp quang: 82,4%;
- Thuê bao băng rộng cố định: 24,6 triệu thuê bao.""",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 10520),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.1),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 82.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24600000),
        ],
    ),
    # "6 tháng đầu năm nay" (year from the published date) puts the half's payments on the _new twins; the cumulative totals "đến hết tháng 6" are levels at the half's end; "12,9 nghìn tỷ đồng" -> 12900.
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh

6 tháng đầu năm nay, Cổng Dịch vụ công quốc gia ghi nhận 4,1 triệu giao dịch thanh toán trực tuyến, với tổng số tiền 3.120 tỷ đồng. Cả số giao dịch và giá trị thanh toán đều cao hơn nhiều so với cùng kỳ.

Lũy kế từ khi khai trương đến hết tháng 6, Cổng đã có hơn 15,6 triệu tài khoản đăng ký, 52,3 triệu giao dịch thanh toán trực tuyến với số tiền 12,9 nghìn tỷ đồng.""",
        "2025-07-08",
        [
            ("online_payments_count_new", "national", "half", "2025-06-30", 4100000),
            ("online_payments_value_new", "national", "half", "2025-06-30", 3120),
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 15600000),
            ("online_payments_count", "national", "as_of", "2025-06-30", 52300000),
            ("online_payments_value", "national", "as_of", "2025-06-30", 12900),
        ],
    ),
    # Press review of the past year published in January: "Năm qua", "Đến cuối năm", "công bố hồi tháng 9" all mean 2024; the 15-place rise is a change (not stored), 71/193 is the 2024 edition's rank.
    (
        """Chuyển đổi số năm qua: những con số ấn tượng

Năm qua, kinh tế số tiếp tục là điểm sáng của nền kinh tế. Tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tốc độ tăng trưởng khoảng 20%.

Đến cuối năm, hơn 61 triệu tài khoản định danh điện tử VNeID đã được kích hoạt.

Trên bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc công bố hồi tháng 9, Việt Nam tăng 15 bậc, lên vị trí 71/193.""",
        "2025-01-03",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 61000000),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # Dated only by the byline line: "hiện nay" is the byline date; the 36% fall is a change and the 3.000 malware warnings have no id (not stored).
    (
        """Việt Nam còn khoảng 1,2 triệu địa chỉ IP nằm trong mạng botnet
Thứ Hai, 06/01/2025 09:15

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), hiện nay số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) ở mức khoảng 1,2 triệu địa chỉ.

Con số này đã giảm 36% so với cùng thời điểm năm trước. NCSC cũng cho biết đã gửi hơn 3.000 cảnh báo về mã độc tới các cơ quan, tổ chức trong tuần đầu năm mới.""",
        None,
        [("botnet_ips", "national", "as_of", "2025-01-06", 1200000)],
    ),
    # Mixed/negative: the headline and first paragraph are the province's 2025 targets (not stored); only the 2024 levels in the second paragraph ("của tỉnh", province named in the lead) are stored.
    (
        """Lào Cai đặt mục tiêu 70% hồ sơ được xử lý trực tuyến

Kế hoạch chuyển đổi số năm 2025 của tỉnh Lào Cai đặt ra các mục tiêu: tỷ lệ hồ sơ xử lý trực tuyến đạt 70%; 100% thôn, bản có sóng di động băng rộng; kinh tế số chiếm 15% GRDP.

Đây là thách thức không nhỏ. Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh mới đạt 52,3%, còn kinh tế số chiếm khoảng 9,8% GRDP.""",
        "2025-02-12",
        [
            ("online_dossier_rate", "Lào Cai", "year", "2024-12-31", 52.3),
            ("digital_economy_gdp_share", "Lào Cai", "year", "2024-12-31", 9.8),
        ],
    ),
    # Mixed/negative: Viettel's, VNPT's and MobiFone's own station counts and coverage are operators' figures (not stored); only the ministry's national "hiện có" count, dated by the published date, is stored.
    (
        """Viettel phủ sóng 5G tại toàn bộ 63 tỉnh, thành phố

Tính đến ngày 30/6/2025, Viettel đã lắp đặt hơn 7.000 trạm phát sóng 5G, tỷ lệ phủ sóng 5G dân số của nhà mạng đạt 90%. VNPT và MobiFone cũng đang tăng tốc, với lần lượt 2.500 và 1.200 trạm.

Theo Bộ Khoa học và Công nghệ, cả nước hiện có khoảng 11.500 trạm BTS 5G.""",
        "2025-07-03",
        [("fiveg_bts_count", "national", "as_of", "2025-07-03", 11500)],
    ),
    # Mixed/negative: other countries' and the world's speeds (not stored); "Hiện nay ... 12.000 trạm" has no published date and no date in the text, so it is left out; only Viet Nam's April 2025 speed is stored.
    (
        """Tốc độ mạng di động Việt Nam vượt Thái Lan, Malaysia

Tốc độ tải xuống trung bình của mạng di động tại Việt Nam trong tháng 4/2025 đạt 142,5 Mbps. Cùng thời điểm, Thái Lan đạt 120,3 Mbps, Malaysia 110,8 Mbps, còn bình quân thế giới là 90,4 Mbps.

Hiện nay, cả nước có hơn 12.000 trạm BTS 5G đang hoạt động.""",
        None,
        [("mobile_broadband_speed", "national", "month", "2025-04-30", 142.5)],
    ),
    # Byline-dated ("tháng 9" gets 2025 from the byline); the 150 villages after "trong đó" are a part of the same measure and the 316 villages covered are not the level (neither stored).
    (
        """Còn 412 thôn, bản chưa có sóng di động băng rộng
Thứ Sáu, 10/10/2025 15:00

Theo Bộ Khoa học và Công nghệ, đến hết tháng 9, cả nước còn 412 thôn, bản chưa có sóng di động băng rộng, trong đó 150 thôn chưa có điện lưới quốc gia.

Trong 9 tháng, các doanh nghiệp viễn thông đã phủ sóng cho 316 thôn lõm sóng. Bộ yêu cầu các doanh nghiệp hoàn thành phủ sóng các thôn còn lại trong năm nay.""",
        None,
        [("villages_without_mobile_coverage", "national", "as_of", "2025-09-30", 412)],
    ),
    # NDXP: the month of the lead carried to the daily average; "Lũy kế từ đầu năm" is ytd to the report's month; "đến nay" and "Hiện có" are the published date; "1,1 tỷ" -> 1100000000.
    (
        """Nền tảng NDXP: tháng 8 ghi nhận hơn 145 triệu giao dịch

Trong tháng 8/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 145.203.881 giao dịch, trung bình 4,68 triệu giao dịch/ngày.

Lũy kế từ đầu năm, số giao dịch qua NDXP đạt hơn 1,1 tỷ. Từ khi khai trương năm 2019 đến nay, tổng số giao dịch đã lên tới 3,86 tỷ.

Hiện có 168 cơ quan, đơn vị kết nối với NDXP.""",
        "2025-09-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 145203881),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-31", 4680000),
            ("ndxp_transactions_period", "national", "ytd", "2025-08-31", 1100000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-09-05", 3860000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-09-05", 168),
        ],
    ),
    # Interview (PV / answer): "Đến hết tháng 10 năm nay" takes its year from the published date; rate since the start of the year (ytd, ends 31/10); the 50% year-end target is not stored.
    (
        """Thứ trưởng: Dịch vụ công toàn trình còn nhiều việc phải làm

PV: Xin ông cho biết kết quả cung cấp dịch vụ công trực tuyến thời gian qua?

Thứ trưởng: Đến hết tháng 10 năm nay, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước mới ở mức 40,5%. Mục tiêu đến cuối năm là 50%, nên các bộ, ngành, địa phương phải nỗ lực rất lớn.""",
        "2024-11-12",
        [("online_dossier_full_process_rate", "national", "ytd", "2024-10-31", 40.5)],
    ),
    # Government notice: the meeting date (10/7) is not the values' date (30/6/2024); "Khối bộ, ngành đạt 60,5%" in its own sentence names no indicator; the 80% year-end demand is a target (not stored).
    (
        """Thông báo kết luận của Thủ tướng Chính phủ tại Phiên họp thứ chín của Ủy ban Quốc gia về chuyển đổi số

Ngày 10/7/2024, Thủ tướng Chính phủ chủ trì Phiên họp thứ chín của Ủy ban Quốc gia về chuyển đổi số.

Về dịch vụ công trực tuyến, tính đến ngày 30/6/2024, tỷ lệ DVCTT toàn trình đạt 52%. Khối bộ, ngành đạt 60,5%; khối địa phương đạt 48,7%.

Thủ tướng yêu cầu đến hết năm 2024 đạt 80% DVCTT toàn trình.""",
        "2024-07-15",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 52),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-06-30", 60.5),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-06-30", 48.7),
        ],
    ),
    # Table written as lines: the month is in the title only, the breakdown is in the header row, the indicator at the start of each row.
    (
        """Kết quả cung cấp, sử dụng dịch vụ công trực tuyến tháng 4/2025

Văn phòng Chính phủ tổng hợp kết quả của các bộ, ngành, địa phương trong tháng. Nhìn chung, các chỉ số của khối bộ, ngành tiếp tục cao hơn khối địa phương. Chi tiết như sau.

Chỉ số | Khối bộ, ngành | Khối địa phương
Tỷ lệ hồ sơ trực tuyến | 71,2% | 48,9%
Tỷ lệ cấp kết quả điện tử | 95,6% | 88,3%
Tỷ lệ khai thác, sử dụng lại dữ liệu | 40,1% | 30,7%""",
        "2025-05-08",
        [
            ("online_dossier_rate", "ministries", "month", "2025-04-30", 71.2),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 48.9),
            ("e_result_rate", "ministries", "month", "2025-04-30", 95.6),
            ("e_result_rate", "localities", "month", "2025-04-30", 88.3),
            ("data_reuse_rate", "ministries", "month", "2025-04-30", 40.1),
            ("data_reuse_rate", "localities", "month", "2025-04-30", 30.7),
        ],
    ),
    # Province in headline and lead ("trên địa bàn", "toàn tỉnh"); "Cũng đến thời điểm này" carries the lead's date; "98% chỉ tiêu" has no id.
    (
        """Thái Nguyên: hơn 1,1 triệu thẻ căn cước gắn chip đã được cấp

Tính đến ngày 20/5/2025, Công an tỉnh Thái Nguyên đã cấp 1.128.450 thẻ căn cước gắn chip cho công dân trên địa bàn.

Cũng đến thời điểm này, toàn tỉnh có 812.300 tài khoản định danh điện tử được kích hoạt, đạt 98% chỉ tiêu được giao. Công an tỉnh đang tiếp tục hướng dẫn người dân sử dụng các tiện ích trên ứng dụng VNeID.""",
        "2025-05-23",
        [
            ("chip_id_cards_issued", "Thái Nguyên", "as_of", "2025-05-20", 1128450),
            ("vneid_activated_accounts", "Thái Nguyên", "as_of", "2025-05-20", 812300),
        ],
    ),
    # GRDP shares: the province's own, the national share quoted for comparison, and another province's share stated as its value (stored under Thái Nguyên); year carried from the lead; the 2030 target is not stored.
    (
        """Kinh tế số Bắc Ninh đóng góp hơn một phần tư GRDP

Năm 2024, kinh tế số của tỉnh Bắc Ninh chiếm khoảng 27,6% GRDP, cao hơn nhiều so với mức 18,3% của cả nước.

Trong bảng xếp hạng các địa phương, đứng đầu vẫn là Thái Nguyên với tỷ trọng 42,9%. Mục tiêu của Bắc Ninh đến năm 2030 là 35%.""",
        "2025-03-05",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 27.6),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 42.9),
        ],
    ),
    # New accounts in the month (flow twin) next to the total they bring the stock to; "Lũy kế từ đầu năm" in the next paragraph is ytd to the month of the lead.
    (
        """Hơn 15 triệu tài khoản trên Cổng Dịch vụ công quốc gia

Theo Văn phòng Chính phủ, trong tháng 3/2025, có 412.350 tài khoản đăng ký mới trên Cổng DVCQG, nâng tổng số tài khoản lên 15.012.777. Phần lớn tài khoản mới được đăng ký qua ứng dụng VNeID.

Lũy kế từ đầu năm, Cổng đã tiếp nhận 3,2 triệu hồ sơ trực tuyến.""",
        "2025-04-05",
        [
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 412350),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 15012777),
            ("national_portal_dossiers_new", "national", "ytd", "2025-03-31", 3200000),
        ],
    ),
    # Byline-dated quarter ("quý III", year only in the byline); the three attack kinds after "gồm" are parts (not stored); "So với quý II (2.105 cuộc)" is the previous quarter's value (stored), the 11,9% fall is not.
    (
        """Tấn công mạng quý III giảm so với quý trước
Thứ Tư, 09/10/2024 14:20

Theo Cục An toàn thông tin, trong quý III, hệ thống kỹ thuật đã phát hiện, cảnh báo và hướng dẫn xử lý 1.854 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, gồm 812 cuộc tấn công lừa đảo (Phishing), 645 cuộc tấn công thay đổi giao diện (Deface) và 397 cuộc tấn công cài mã độc (Malware).

So với quý II (2.105 cuộc), số vụ tấn công đã giảm 11,9%. Cục khuyến cáo các cơ quan, tổ chức thường xuyên rà soát, cập nhật bản vá cho hệ thống.""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-09-30", 1854),
            ("cyberattacks", "national", "quarter", "2024-06-30", 2105),
        ],
    ),
    # "Riêng khối bộ, ngành, tỷ lệ này là 98,2%": the indicator and date are in the previous paragraph; the 61,3% of systems with full protection deployed has no id; the December target is not stored.
    (
        """Bảo đảm an toàn hệ thống thông tin theo cấp độ: còn chậm

Báo cáo của Bộ Thông tin và Truyền thông cho biết, tính đến hết tháng 9/2024, 96,5% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ.

Riêng khối bộ, ngành, tỷ lệ này là 98,2%. Tuy nhiên, tỷ lệ hệ thống đã triển khai đầy đủ phương án bảo vệ theo hồ sơ được duyệt mới đạt 61,3%, trong khi mục tiêu đến tháng 12/2024 là 100%.""",
        "2024-10-15",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 96.5),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 98.2),
        ],
    ),
    # Meeting-dated report: "đến nay" and "hiện" are the meeting date (24/4/2024), not the published date; "41/53" -> 41; the 12 remaining services and their deadline are not stored.
    (
        """Đề án 06: còn 12 dịch vụ công thiết yếu chưa hoàn thành

Phát biểu tại hội nghị sơ kết ngày 24/4/2024, đại diện Tổ công tác triển khai Đề án 06 cho biết đến nay 41/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình.

12 dịch vụ còn lại phải hoàn thành trước tháng 6/2024. Tỷ lệ hồ sơ TTHC gắn với số định danh cá nhân hiện đạt 63,2%.""",
        "2024-04-25",
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-24", 41),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-04-24", 63.2),
        ],
    ),
    # "Cũng đến thời điểm đó" carries end-June 2024; the 6,9 million rural customers after "trong đó" are a part and Viettel Money's 6 million an operator's figure (neither stored).
    (
        """Thanh toán không dùng tiền mặt tiếp tục mở rộng

Theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng.

Cũng đến thời điểm đó, dịch vụ Mobile Money có 9,8 triệu khách hàng, trong đó 6,9 triệu khách hàng ở nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money chiếm khoảng 6 triệu khách hàng.""",
        "2024-07-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 9800000),
        ],
    ),
    # E-invoices since 2022: "8,2 tỷ" (count) -> 8200000000; the 2,1 billion coded invoices after "trong đó" and December's 320 million new invoices are not stored (a part, and a month's new invoices with no id).
    (
        """Ngành thuế tiếp nhận hơn 8,2 tỷ hóa đơn điện tử

Từ khi triển khai hóa đơn điện tử (tháng 7/2022) đến ngày 31/12/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 8,2 tỷ hóa đơn điện tử, trong đó 2,1 tỷ hóa đơn có mã của cơ quan thuế.

Riêng tháng 12, có 320 triệu hóa đơn được khởi tạo, cao nhất từ trước đến nay. Hóa đơn điện tử đã giúp giảm đáng kể chi phí tuân thủ cho doanh nghiệp.""",
        "2025-01-10",
        [("e_invoices_total", "national", "as_of", "2024-12-31", 8200000000)],
    ),
    # "56/63" -> 56 and "763/1.084" -> 763; "Cũng tính đến thời điểm này" carries 31/5/2024 to the next paragraph; the 7 provinces and 321 procedures left are remainders (not stored).
    (
        """56 tỉnh, thành phố đã giảm phí khi làm thủ tục trực tuyến

Theo báo cáo của Văn phòng Chính phủ, đến ngày 31/5/2024, 56/63 tỉnh, thành phố đã ban hành Nghị quyết của HĐND về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. 7 địa phương còn lại được yêu cầu ban hành trong tháng 6.

Cũng tính đến thời điểm này, các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 763/1.084 thủ tục hành chính, quy định kinh doanh; 321 thủ tục còn lại chưa được cắt giảm.""",
        "2024-06-04",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 56),
            ("procedures_simplified", "national", "as_of", "2024-05-31", 763),
        ],
    ),
    # The meeting date in the lead dates the rates of the next paragraph; "lần lượt là 90% và 50%" are targets (not stored).
    (
        """Người dân ngày càng hài lòng với dịch vụ công

Tại Phiên họp ngày 10/7/2024, Ủy ban Quốc gia về chuyển đổi số đánh giá kết quả thực hiện các chỉ tiêu phục vụ người dân, doanh nghiệp.

Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 83,5%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 40,6%. Mục tiêu đến năm 2025 lần lượt là 90% và 50%.""",
        "2024-07-11",
        [
            ("satisfaction_rate", "national", "as_of", "2024-07-10", 83.5),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-07-10", 40.6),
        ],
    ),
    # Year named in a separate sentence ("Năm 2025 là năm cuối"), then "Kết thúc quý II" without year; breakdowns in parentheses; the eligible-procedures rate inherits the quarter's end.
    (
        """Dịch vụ công trực tuyến toàn trình: khối địa phương vẫn chậm

Năm 2025 là năm cuối thực hiện nhiều chỉ tiêu của Chương trình chuyển đổi số quốc gia.

Kết thúc quý II, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 44,8% (khối bộ, ngành 58,1%; khối địa phương 39,2%). Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình là 96,4%.""",
        "2025-07-25",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-06-30", 44.8),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-06-30", 58.1),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-06-30", 39.2),
            ("full_process_provision_rate", "national", "as_of", "2025-06-30", 96.4),
        ],
    ),
    # Byline-dated: "hết quý III" gets 2024 from the byline; "1.765/1.853 ..., đạt tỷ lệ 95,3%" is the share of dead-zone villages covered; the count 1.765 covered is not the level of villages without coverage.
    (
        """Phủ sóng thôn lõm sóng: sắp về đích
Thứ Năm, 10/10/2024 07:00

Chương trình "Sóng và máy tính cho em" tiếp tục đạt kết quả tích cực. Tính đến hết quý III, các doanh nghiệp đã phủ sóng 1.765/1.853 thôn lõm sóng có điện lưới, đạt tỷ lệ 95,3%.

Các thôn còn lại chủ yếu ở khu vực biên giới, địa hình chia cắt, dự kiến hoàn thành trong tháng 12.""",
        None,
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 95.3)],
    ),
    # Province named only in the headline, body says "trên địa bàn tỉnh"; "Mức này ... bình quân cả nước (82,2%)" is a national value quoted for comparison (stored as national).
    (
        """Lạng Sơn phát triển hạ tầng số phục vụ chuyển đổi số

Tính đến tháng 12/2024, tỷ lệ hộ gia đình trên địa bàn tỉnh sử dụng Internet cáp quang băng rộng đạt 78,5%.

Mức này vẫn thấp hơn bình quân cả nước (82,2%). Tỉnh đang phối hợp với các doanh nghiệp viễn thông kéo cáp quang đến các thôn vùng cao.""",
        "2025-01-15",
        [
            ("ftth_household_rate", "Lạng Sơn", "as_of", "2024-12-31", 78.5),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.2),
        ],
    ),
    # Mixed/negative: a vendor survey's users and share (not stored) and a share of people using smartphones (no id); only the telecom authority's share of subscriptions at end-2024 is stored.
    (
        """Người Việt dùng Internet ngày càng nhiều

Theo báo cáo Digital 2025 do We Are Social và Meltwater công bố, Việt Nam có 79,8 triệu người dùng Internet, chiếm 78,8% dân số. Tỷ lệ người dùng điện thoại di động sử dụng smartphone ở mức 93%.

Trong khi đó, số liệu của Cục Viễn thông cho thấy, đến hết năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 86,5%.""",
        "2025-02-25",
        [("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 86.5)],
    ),
    # Province named in the lead, later "của tỉnh"; "9 tháng đầu năm 2024" (ytd) carried to the second paragraph; the dossier counts and the digitisation rate have no id.
    (
        """Đồng Tháp: cải cách hành chính gắn với chuyển đổi số

Theo UBND tỉnh Đồng Tháp, 9 tháng đầu năm 2024, các cơ quan hành chính các cấp đã tiếp nhận 412.560 hồ sơ TTHC, trong đó 385.100 hồ sơ trực tuyến, chiếm tỷ lệ 93,34%.

Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh đạt 88,6%. Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 96,7%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,1%.""",
        "2024-10-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2024-09-30", 93.34),
            ("e_result_rate", "Đồng Tháp", "ytd", "2024-09-30", 96.7),
            ("data_reuse_rate", "Đồng Tháp", "ytd", "2024-09-30", 52.1),
        ],
    ),
    # Year review published in January: "Năm 2023" once, then "Riêng tháng 12" and "Hết năm" without year; daily average over the year.
    (
        """Nền tảng NDXP khẳng định vai trò "xương sống" chia sẻ dữ liệu

Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 799 triệu giao dịch, trung bình khoảng 2,2 triệu giao dịch mỗi ngày.

Riêng tháng 12, số giao dịch đạt 95,6 triệu, cao nhất trong năm. Hết năm, nền tảng có 118 điểm kết nối với hệ thống, CSDL của các bộ, ngành, địa phương.""",
        "2024-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 799000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2200000),
            ("ndxp_transactions_period", "national", "month", "2023-12-31", 95600000),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 118),
        ],
    ),
    # "6 tháng đầu năm nay" then "Hiện nay" in a page published more than 35 days after the half: the levels are the half's end; "thêm 4.300 trạm" is a change and 45% a target (not stored).
    (
        """Mạng 5G mở rộng nhanh trong nửa đầu năm

6 tháng đầu năm nay, các doanh nghiệp viễn thông đã lắp đặt thêm 4.300 trạm 5G.

Hiện nay, tổng số trạm BTS 5G trên cả nước đạt 11.800 trạm, phủ sóng 29% dân số. Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 phủ sóng 5G cho 45% dân số.""",
        "2025-08-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11800),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 29),
        ],
    ),
    # UN edition with no page date: "Tháng 9/2024 ... công bố" dates the edition (year 2024); the 2022 rank in parentheses is stored with its own year; the OSI sub-index rank has no id.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Tháng 9/2024, Liên Hợp Quốc công bố Khảo sát Chính phủ điện tử 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá năm 2022 (xếp thứ 86).

Đáng chú ý, Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 49, lần đầu tiên vào nhóm rất cao.""",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # "Cùng thời điểm" carries 15/3/2024 to the VNeID count in the next paragraph; the 1,5 billion population-data look-ups ("lượt") have no id (not NDXP transactions).
    (
        """Đề án 06: dữ liệu dân cư tiếp tục được làm giàu

Theo Bộ Công an, tính đến ngày 15/3/2024, cả nước đã cấp 85,6 triệu thẻ căn cước công dân gắn chip.

Cùng thời điểm, số tài khoản định danh điện tử VNeID được kích hoạt là 46,2 triệu. Số lượt khai thác, xác thực dữ liệu dân cư phục vụ giải quyết TTHC đạt hơn 1,5 tỷ lượt.""",
        "2024-03-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 85600000),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-15", 46200000),
        ],
    ),
    # Comparison with last year in a separate sentence ("Năm 2023, tỷ lệ này chỉ là"): both years stored under the province named in the first sentence; the 159 community teams have no id.
    (
        """Bình Định: hồ sơ trực tuyến toàn trình tăng mạnh

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bình Định đạt 45,6%. Năm 2023, tỷ lệ này chỉ là 21,3%.

Để có kết quả này, tỉnh đã hỗ trợ người dân qua 159 tổ công nghệ số cộng đồng tại các xã, phường.""",
        "2025-01-22",
        [
            ("online_dossier_full_process_rate", "Bình Định", "year", "2024-12-31", 45.6),
            ("online_dossier_full_process_rate", "Bình Định", "year", "2023-12-31", 21.3),
        ],
    ),
    # "Tỷ trọng này năm 2022" names the indicator back in another sentence; growth is the indicator itself (stored); the 2025 and 2030 targets are not stored.
    (
        """Kinh tế số tăng trưởng gấp ba lần GDP

Năm 2023, giá trị tăng thêm của kinh tế số ước chiếm 16,5% GDP, tăng trưởng 19,5% so với năm trước. Tỷ trọng này năm 2022 là 14,26%.

Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP và đến năm 2030 là 30%.""",
        "2024-04-02",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 19.5),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # Mixed: "quý I" without year (year from the published date); another province only as a difference ("cao hơn tỉnh Quảng Bình 5,2 điểm phần trăm", no value of its own: not stored); rank 12/63 has no id; the national average in its own sentence is stored.
    (
        """Quảng Trị: tỷ lệ hồ sơ trực tuyến quý I cao hơn bình quân cả nước

Theo Văn phòng UBND tỉnh Quảng Trị, trong quý I, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh đạt 68,4%, cao hơn tỉnh Quảng Bình 5,2 điểm phần trăm và xếp thứ 12/63 tỉnh, thành phố.

Bình quân cả nước trong quý, tỷ lệ này là 49%. Tỉnh tiếp tục chỉ đạo các sở, ngành hỗ trợ người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.""",
        "2025-04-08",
        [
            ("online_dossier_rate", "Quảng Trị", "quarter", "2025-03-31", 68.4),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 49),
        ],
    ),
    # Mixed: a named ministry's figures (Bộ Tư pháp, Bộ Công Thương) are not stored; the group averages quoted for comparison in the next sentence are stored as ministries and localities for the lead's month.
    (
        """Bộ Tư pháp dẫn đầu khối bộ, ngành về hồ sơ trực tuyến toàn trình

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, trong tháng 11/2024, tỷ lệ hồ sơ trực tuyến toàn trình của Bộ Tư pháp đạt 95,1%.

Mức này cao hơn nhiều so với bình quân khối bộ, ngành (58,4%) và khối địa phương (35,7%). Bộ Công Thương đứng thứ hai với 90,2%.""",
        "2024-12-05",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-11-30", 58.4),
            ("online_dossier_full_process_rate", "localities", "month", "2024-11-30", 35.7),
        ],
    ),
    # Negative: counts of plans, directives, meetings and databases, and the province's 2025 targets ("phấn đấu"): nothing to store.
    (
        """Nghệ An ban hành 15 kế hoạch về chuyển đổi số trong năm 2024

Năm 2024, UBND tỉnh Nghệ An đã ban hành 15 kế hoạch, 32 văn bản chỉ đạo, điều hành về chuyển đổi số và tổ chức 4 hội nghị chuyên đề. Toàn tỉnh đã đưa vào vận hành 12 CSDL chuyên ngành.

Năm 2025, tỉnh phấn đấu 80% hồ sơ TTHC được xử lý trực tuyến và 100% kết quả giải quyết TTHC được cấp dưới dạng điện tử.""",
        "2025-01-14",
        [],
    ),
    # Monthly security report: "Lũy kế 7 tháng" is ytd of the title's year; "tính đến cuối tháng" carries July 2025 to the botnet level in the next paragraph; the 4,1% fall is not stored.
    (
        """Báo cáo tình hình an toàn thông tin tháng 7/2025

Trong tháng 7/2025, hệ thống kỹ thuật của cơ quan chức năng đã ghi nhận 480 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Lũy kế 7 tháng, tổng số cuộc tấn công là 3.520 cuộc.

Số địa chỉ IP của Việt Nam nằm trong mạng botnet tính đến cuối tháng là 532.410 địa chỉ, giảm 4,1% so với tháng trước.""",
        "2025-08-06",
        [
            ("cyberattacks", "national", "month", "2025-07-31", 480),
            ("cyberattacks", "national", "ytd", "2025-07-31", 3520),
            ("botnet_ips", "national", "as_of", "2025-07-31", 532410),
        ],
    ),
    # "Đến hết năm 2024" carried to the BRCĐ count in the next sentence; "thuê bao/100 dân" is the per-100 rate; the Internet users' rate in a separate paragraph is the year's administrative estimate.
    (
        """Hạ tầng viễn thông năm 2024

Đến hết năm 2024, cả nước có 89,5 triệu thuê bao băng rộng di động, tương ứng 88,4 thuê bao/100 dân. Số thuê bao BRCĐ đạt 23,8 triệu.

Cũng trong năm 2024, tỷ lệ người sử dụng Internet trong dân số ước đạt 79,1%.""",
        "2025-01-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23800000),
            ("internet_users_rate", "national", "year", "2024-12-31", 79.1),
        ],
    ),
    # Period and province only in the headline, body "Toàn tỉnh hiện"; "Trong đó" introduces another indicator (full-process share of all procedures, stored) and the eligible-procedures share follows in its own sentence.
    (
        """Hà Tĩnh: kết quả cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2024

Toàn tỉnh hiện cung cấp 1.532 DVCTT trên tổng số 1.810 TTHC, chiếm 84,6% tổng số TTHC.

Trong đó, có 1.012 DVCTT toàn trình, đạt tỷ lệ 55,9% tổng số TTHC. Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình đạt 97,2%.""",
        "2024-07-05",
        [
            ("dvctt_rate", "Hà Tĩnh", "as_of", "2024-06-30", 84.6),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2024-06-30", 55.9),
            ("full_process_provision_rate", "Hà Tĩnh", "as_of", "2024-06-30", 97.2),
        ],
    ),
    # "tính đến ngày 15/4/2025" carried by "Cũng đến thời điểm này" to the EMC connection share; "cứ 10 dịch vụ ... hơn 4 dịch vụ" is an illustration (not essential services).
    (
        """Nhiều dịch vụ công trực tuyến vẫn chưa có hồ sơ

Theo Văn phòng Chính phủ, tính đến ngày 15/4/2025, tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến mới đạt 58,7%. Nghĩa là cứ 10 dịch vụ được cung cấp thì hơn 4 dịch vụ chưa có người dùng.

Cũng đến thời điểm này, 92% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối, chia sẻ dữ liệu đầy đủ với Hệ thống EMC.""",
        "2025-04-20",
        [
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-04-15", 58.7),
            ("emc_connection_rate", "national", "as_of", "2025-04-15", 92),
        ],
    ),
    # "tháng 2" without year (2024 from the published date, leap year: 29/2); "Mức này ... so với tháng 1 (51,4 Mbps)": the previous month's value is stored, the 1,2 Mbps rise and the upload speed are not.
    (
        """Tốc độ Internet di động tháng 2 tăng nhẹ

Tốc độ tải xuống trung bình của mạng di động tại Việt Nam trong tháng 2 đạt 52,6 Mbps, tốc độ tải lên đạt 18 Mbps.

Mức này tăng 1,2 Mbps so với tháng 1 (51,4 Mbps). Tốc độ mạng di động đã tăng liên tục trong nhiều tháng gần đây.""",
        "2024-03-18",
        [
            ("mobile_broadband_speed", "national", "month", "2024-02-29", 52.6),
            ("mobile_broadband_speed", "national", "month", "2024-01-31", 51.4),
        ],
    ),
    # Province in the lead, "trên địa bàn tỉnh" later; "Hiện ... còn 89 thôn, bản" is the level (stored, published date), the 112 villages covered are not; share of villages with coverage stored.
    (
        """Điện Biên nỗ lực xóa "vùng lõm" sóng di động

Thời gian qua, tỉnh Điện Biên đã phối hợp với các doanh nghiệp viễn thông phủ sóng cho 112 thôn, bản lõm sóng. Nhiều bản vùng cao lần đầu tiên có sóng điện thoại.

Hiện trên địa bàn tỉnh còn 89 thôn, bản chưa có sóng di động; tỷ lệ thôn, bản có sóng di động đạt 94,5%.""",
        "2025-03-10",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-03-10", 89),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2025-03-10", 94.5),
        ],
    ),
    # "quý II năm nay" and "Tính đến ngày 30/6" without year (2024 from the published date); quarter flows on the _new twins, the account total as a level.
    (
        """Cổng Dịch vụ công quốc gia: kết quả quý II

Theo Văn phòng Chính phủ, trong quý II năm nay, Cổng Dịch vụ công quốc gia đã tiếp nhận 2.150.420 hồ sơ trực tuyến, thực hiện 1,35 triệu giao dịch thanh toán trực tuyến với số tiền 1.040 tỷ đồng.

Tính đến ngày 30/6, Cổng có 12,9 triệu tài khoản đăng ký. Các chỉ số này đều tăng so với quý trước.""",
        "2024-07-12",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-06-30", 2150420),
            ("online_payments_count_new", "national", "quarter", "2024-06-30", 1350000),
            ("online_payments_value_new", "national", "quarter", "2024-06-30", 1040),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 12900000),
        ],
    ),
    # Byline-dated provincial article: "tháng 2" takes 2025 from the byline, the city named only in the headline and as "Thủ đô"; rank 5 has no id.
    (
        """Hà Nội đẩy mạnh giải quyết thủ tục hành chính trực tuyến toàn trình
Thứ Sáu, 07/03/2025 16:45

Theo Sở Nội vụ, trong tháng 2, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn Thủ đô đạt 65,2%.

Thành phố hiện đứng thứ 5 cả nước về chỉ số này. Sở Nội vụ cho biết sẽ tiếp tục rà soát, đơn giản hóa quy trình giải quyết thủ tục.""",
        None,
        [("online_dossier_full_process_rate", "Hà Nội", "month", "2025-02-28", 65.2)],
    ),
]
