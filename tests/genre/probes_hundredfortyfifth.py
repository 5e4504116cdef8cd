"""Genre probes, round 145: broad genre mix 2022-2026 across every KPI family, written blind and held out.

Held out to the end of stop 49 and not fitted: read with the stop's start code 9b8c798 (134 of 139 right, 134 of 136 found (0.96 / 0.99)) and with its final code (134 of 139, 134 of 136 (0.96 / 0.99)).
"""

CASES = []

CASES += [
    # National monthly report excerpt (03/2023): dossier rate with ministries/localities split, NDXP month/daily/cumulative.
    # Traps: change in percentage points, count of localities below 20%, target for the year.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 3 năm 2023

I. KẾT QUẢ TRIỂN KHAI
1. Chính phủ số
a) Dịch vụ công trực tuyến
Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 3/2023 của cả nước đạt 41,2%, tăng 2,1 điểm phần trăm so với tháng 02/2023. Khối bộ, ngành đạt 58,6%; khối địa phương đạt 32,4%. Vẫn còn 09 địa phương có tỷ lệ hồ sơ trực tuyến dưới 20%, chủ yếu thuộc khu vực miền núi phía Bắc.

b) Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng 3/2023, NDXP ghi nhận 48,7 triệu giao dịch, trung bình mỗi ngày khoảng 1,57 triệu giao dịch. Lũy kế từ khi khai trương (năm 2019) đến ngày 31/3/2023, tổng số giao dịch qua NDXP đạt 1,02 tỷ giao dịch.

II. NHIỆM VỤ TRỌNG TÂM THÁNG 4/2023
- Đôn đốc các bộ, ngành, địa phương phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt 50% trong năm 2023.
- Tiếp tục rà soát, kết nối các cơ sở dữ liệu quốc gia với NDXP.""",
        "2023-04-07",
        [
            ("online_dossier_rate", "national", "month", "2023-03-31", 41.2),
            ("online_dossier_rate", "ministries", "month", "2023-03-31", 58.6),
            ("online_dossier_rate", "localities", "month", "2023-03-31", 32.4),
            ("ndxp_transactions_period", "national", "month", "2023-03-31", 48700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-03-31", 1570000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-03-31", 1020000000.0),
        ],
    ),
    # Committee notice (meeting 25/4/2024): EGDI 2022 edition rank, portal accounts at a date, Q1 full-process and reuse rates.
    # Traps: counts of decrees/decisions, targets "phấn đấu đến hết năm 2024".
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 198/TB-VPCP

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ tám của Ủy ban

Ngày 25 tháng 4 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp thứ tám của Ủy ban. Sau khi nghe báo cáo của Bộ Thông tin và Truyền thông và ý kiến của các thành viên, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Công tác chuyển đổi số tiếp tục được các bộ, ngành, địa phương quan tâm chỉ đạo. Trong quý I/2024, Chính phủ đã ban hành 04 nghị định và Thủ tướng Chính phủ ban hành 11 quyết định liên quan đến chuyển đổi số. Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2022 của Việt Nam xếp hạng 86/193 quốc gia. Tính đến ngày 20/4/2024, Cổng Dịch vụ công quốc gia có 11,2 triệu tài khoản đăng ký. Tỷ lệ hồ sơ trực tuyến toàn trình trong quý I/2024 đạt 37,8%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu đã số hóa trong quý I/2024 mới đạt 21,5%.

Tuy nhiên, việc kết nối, chia sẻ dữ liệu giữa các hệ thống còn chậm; nhiều dịch vụ công trực tuyến chưa thực chất.

II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến hết năm 2024, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình; 100% hồ sơ được số hóa kết quả giải quyết.""",
        "2024-05-06",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-20", 11200000.0),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 37.8),
            ("data_reuse_rate", "national", "quarter", "2024-03-31", 21.5),
        ],
    ),
    # Provincial portal (Đà Nẵng, Q1/2024): the city's own dossier, full-process and e-result rates.
    # Traps: district figures (Hòa Vang, Sơn Trà), raw dossier counts, 2024 target.
    (
        """Đà Nẵng: Tỷ lệ hồ sơ trực tuyến quý I/2024 đạt 82,5%

(Cổng TTĐT TP Đà Nẵng) - Theo báo cáo của Sở Thông tin và Truyền thông, trong quý I/2024, các cơ quan, đơn vị trên địa bàn thành phố đã tiếp nhận 98.640 hồ sơ thủ tục hành chính, trong đó có 81.380 hồ sơ nộp trực tuyến, đạt tỷ lệ 82,5%. Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố trong quý đạt 64,1%; tỷ lệ kết quả giải quyết thủ tục hành chính được cấp bản điện tử đạt 95,3%.

Trong các quận, huyện, huyện Hòa Vang có tỷ lệ hồ sơ trực tuyến cao nhất với 91,7%, tiếp theo là quận Sơn Trà với 88,2%. Một số sở, ngành có lượng hồ sơ lớn như Sở Tư pháp, Sở Kế hoạch và Đầu tư duy trì tỷ lệ trực tuyến ổn định.

Năm 2024, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, đồng thời đẩy mạnh thanh toán trực tuyến phí, lệ phí.

Thu Hà""",
        "2024-04-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 82.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2024-03-31", 64.1),
            ("e_result_rate", "Đà Nẵng", "quarter", "2024-03-31", 95.3),
        ],
    ),
    # Press article on Speedtest Global Index for 08/2024: fixed and mobile download speeds.
    # Traps: upload speeds, speed ranks, year-on-year change, Singapore, one operator's speed.
    (
        """Tốc độ Internet cố định của Việt Nam tháng 8/2024 vượt mốc 150 Mbps

Thứ Sáu, 20/9/2024 - 09:15

(ICTnews) - Theo Speedtest Global Index do Ookla vừa công bố, trong tháng 8/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 151,3 Mbps, tốc độ tải lên đạt 149,8 Mbps; Việt Nam xếp thứ 41 thế giới về tốc độ băng rộng cố định.

Với mạng di động, tốc độ tải xuống trung bình đạt 57,9 Mbps, tốc độ tải lên đạt 22,4 Mbps, xếp thứ 52 thế giới. So với cùng kỳ năm 2023, tốc độ băng rộng cố định tăng 46,2%, còn tốc độ di động tăng 23,5%.

Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 345,3 Mbps. Trong khu vực ASEAN, Việt Nam đứng thứ 3 về tốc độ cố định.

Đáng chú ý, theo kết quả đo kiểm riêng của Viettel, tốc độ tải xuống trung bình trên mạng di động của nhà mạng này đạt 62,1 Mbps.

Tin liên quan:
- Việt Nam thương mại hóa 5G từ tháng 10/2024
- Nâng cấp băng thông quốc tế lên hơn 25 Tbps""",
        "2024-09-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 151.3),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 57.9),
        ],
    ),
    # Cybersecurity monthly press (10/2023): attacks in the month, 10-month cumulative (ytd), botnet IPs at month end.
    # Traps: sub-counts by attack type after "Trong đó", percentage changes, fake-website count (no id).
    (
        """Tháng 10/2023: Ghi nhận 1.034 cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 10/2023, Hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.034 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,6% so với tháng 9/2023. Trong đó có 456 cuộc tấn công lừa đảo (Phishing), 312 cuộc tấn công thay đổi giao diện (Deface) và 266 cuộc tấn công cài mã độc (Malware).

Lũy kế 10 tháng đầu năm 2023, Cục đã ghi nhận tổng cộng 11.270 cuộc tấn công mạng gây sự cố.

Tính đến cuối tháng 10/2023, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 512.760, giảm 4,1% so với tháng trước.

Cũng trong tháng, Cục An toàn thông tin đã phát hiện và đề nghị ngăn chặn 1.800 trang web giả mạo, lừa đảo người dùng. Cục khuyến nghị các cơ quan, tổ chức thường xuyên rà quét, loại bỏ mã độc trên hệ thống.""",
        "2023-11-06",
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1034.0),
            ("cyberattacks", "national", "ytd", "2023-10-31", 11270.0),
            ("botnet_ips", "national", "as_of", "2023-10-31", 512760.0),
        ],
    ),
    # Year-end press on the digital economy (2023): GDP share and growth (growth IS the indicator here).
    # Traps: ICT-core sub-share after "trong đó", 2025 target, e-commerce revenue (no id), Indonesia.
    (
        """Kinh tế số Việt Nam năm 2023 ước chiếm 16,5% GDP

Hà Nội, 09/01/2024 - Tại Hội nghị tổng kết công tác năm 2023 của Bộ Thông tin và Truyền thông, lãnh đạo Bộ cho biết: năm 2023, tỷ trọng kinh tế số trong GDP ước đạt 16,5%, trong đó kinh tế số ICT chiếm khoảng 12,33%. Tốc độ tăng trưởng kinh tế số năm 2023 ước đạt 19,5%, gấp khoảng 3 lần tốc độ tăng GDP.

Doanh thu thương mại điện tử bán lẻ (B2C) năm 2023 đạt khoảng 20,5 tỷ USD. Trong khu vực, Indonesia vẫn là nền kinh tế số lớn nhất Đông Nam Á với quy mô khoảng 82 tỷ USD.

Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP; đến năm 2030 đạt 30% GDP. Để đạt được, Bộ đề xuất tập trung phát triển doanh nghiệp công nghệ số và thúc đẩy chuyển đổi số trong các ngành, lĩnh vực.

PV""",
        "2024-01-09",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 19.5),
        ],
    ),
    # Ministry of Public Security identity update ("đến nay", page date): chip IDs, activated VNeID, one province's activations.
    # Traps: dossiers received (not activations), activation rate (no id), target for end-2024, app visits.
    (
        """Bộ Công an: Đã kích hoạt hơn 57,4 triệu tài khoản định danh điện tử

Thứ Sáu, 14/06/2024

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), đến nay, Bộ Công an đã cấp 87,2 triệu thẻ Căn cước công dân có gắn chip điện tử; thu nhận 81,3 triệu hồ sơ cấp tài khoản định danh điện tử, trong đó đã kích hoạt 57,4 triệu tài khoản. Tỷ lệ kích hoạt đạt 70,6% số hồ sơ đã thu nhận.

Riêng Hà Nội đã kích hoạt 5,2 triệu tài khoản định danh điện tử, dẫn đầu cả nước.

Ứng dụng VNeID hiện đã tích hợp nhiều tiện ích như giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký xe; tổng số lượt truy cập ứng dụng đạt khoảng 1,2 tỷ lượt.

Bộ Công an đặt mục tiêu đến cuối năm 2024 kích hoạt 70 triệu tài khoản định danh điện tử.

Chia sẻ | In bài""",
        "2024-06-14",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-14", 87200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-14", 57400000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-06-14", 5200000.0),
        ],
    ),
    # State Bank press (end-06/2024): Mobile Money customers and adults with a bank account.
    # Traps: rural sub-count after "trong đó", one operator (Viettel Money), transaction count (no id), 2025 target.
    (
        """Mobile Money đạt 9,3 triệu khách hàng sau hơn 2,5 năm thí điểm

Theo Vụ Thanh toán (Ngân hàng Nhà nước), tính đến hết tháng 6/2024, số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt 9,3 triệu, trong đó khoảng 6,4 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng số lượng giao dịch Mobile Money trong 6 tháng đầu năm 2024 đạt khoảng 88 triệu giao dịch.

Trong ba doanh nghiệp được cấp phép, Viettel Money chiếm phần lớn với 7,1 triệu khách hàng; VNPT Money và MobiFone Money có số khách hàng thấp hơn nhiều.

Cũng đến hết tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu 80% của Chiến lược tài chính toàn diện quốc gia đến năm 2025.

Ngân hàng Nhà nước cho biết sẽ tổng kết thí điểm và đề xuất khuôn khổ pháp lý chính thức cho dịch vụ.""",
        "2024-07-25",
        [
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 9300000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.08),
        ],
    ),
    # National Portal year 2022 summary: yearly flows go on the _new twins; accounts level at 31/12/2022.
    # Traps: "gấp 1,9 lần" change, services integrated on the portal (no id).
    (
        """Cổng Dịch vụ công quốc gia năm 2022: hơn 4,1 triệu tài khoản, 3.420 tỷ đồng thanh toán trực tuyến

Năm 2022, Cổng Dịch vụ công quốc gia đã tiếp nhận 6,8 triệu hồ sơ trực tuyến, gấp 1,9 lần năm 2021; thực hiện 4,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 3.420 tỷ đồng.

Tính đến ngày 31/12/2022, Cổng có hơn 4,1 triệu tài khoản đăng ký. Hiện đã có 4.432 dịch vụ công trực tuyến được tích hợp, cung cấp trên Cổng.

Theo Văn phòng Chính phủ, năm 2023 Cổng sẽ tiếp tục được nâng cấp theo hướng lấy người dùng làm trung tâm, tái cấu trúc quy trình các dịch vụ công liên thông như đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.""",
        "2023-01-05",
        [
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 6800000.0),
            ("online_payments_count_new", "national", "year", "2022-12-31", 4200000.0),
            ("online_payments_value_new", "national", "year", "2022-12-31", 3420.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 4100000.0),
        ],
    ),
    # Year-end infrastructure summary (to 31/12/2024): FTTH, smartphone share, fixed/mobile broadband subscriptions, 5G BTS.
    # Traps: one operator's 5G stations (Viettel), 2025 target, 5G launch date.
    (
        """Hạ tầng số năm 2024: cáp quang đến 82,6% hộ gia đình, hơn 7.000 trạm 5G

Tính đến hết năm 2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,6%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,5%. Cũng đến hết năm 2024, cả nước có 23,8 triệu thuê bao băng rộng cố định và 89,6 triệu thuê bao băng rộng di động.

Sau hơn 2 tháng thương mại hóa dịch vụ 5G (từ ngày 15/10/2024), đến ngày 31/12/2024, các doanh nghiệp viễn thông đã lắp đặt hơn 7.000 trạm BTS 5G; riêng Viettel đã phát sóng 6.500 trạm.

Năm 2025, ngành phấn đấu vùng phủ 5G đạt 45% dân số và tiếp tục tắt sóng 2G theo lộ trình.""",
        "2025-01-08",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.5),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23800000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89600000.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7000.0),
        ],
    ),
    # Provincial year review (Thừa Thiên Huế, 2023): GRDP share, dossier rate, FTTH level dated to year end.
    # Traps: 100% communes with broadband (no id), city-level figure (TP Huế), DTI rank, 2025 target.
    (
        """Thừa Thiên Huế: Kinh tế số chiếm 10,1% GRDP

Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Thừa Thiên Huế ước đạt 10,1%; tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 78,3%. Toàn tỉnh có 100% xã, phường, thị trấn có hạ tầng băng rộng cáp quang; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 85,2%, riêng thành phố Huế đạt 95%.

Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh xếp thứ 6/63 tỉnh, thành phố. Nền tảng Hue-S tiếp tục là kênh tương tác chính giữa chính quyền và người dân với hơn 1 triệu lượt tải.

Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.

Minh Tâm""",
        "2024-01-15",
        [
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2023-12-31", 10.1),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 78.3),
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 85.2),
        ],
    ),
]

CASES += [
    # Committee notice (Q3/2022 review): full-process share of procedures, services with dossiers, fee-reduction provinces at 30/9/2022, 9-month dossier rate (ytd).
    # Traps: remainder "28 địa phương chưa ban hành", count of tasks, end-2022 target.
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Vũ Đức Đam tại cuộc họp về tình hình cung cấp dịch vụ công trực tuyến

Ngày 14 tháng 10 năm 2022, Phó Thủ tướng Chính phủ Vũ Đức Đam chủ trì cuộc họp về tình hình cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo của Văn phòng Chính phủ, Bộ Thông tin và Truyền thông, Phó Thủ tướng kết luận:

1. Việc cung cấp dịch vụ công trực tuyến đã có chuyển biến nhưng chưa đạt yêu cầu. Tính đến ngày 30/9/2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 38,2%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 46,4%; mới có 35/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến, 28 địa phương chưa ban hành. Tỷ lệ hồ sơ xử lý trực tuyến 9 tháng đầu năm 2022 mới đạt 22,6%.

2. Văn phòng Chính phủ đã giao 47 nhiệm vụ cụ thể cho các bộ, ngành, địa phương; các cơ quan khẩn trương hoàn thành trong quý IV/2022.

3. Phấn đấu đến hết năm 2022 đạt tối thiểu 50% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính.""",
        "2022-10-19",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2022-09-30", 38.2),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2022-09-30", 46.4),
            ("localities_fee_reduction", "national", "as_of", "2022-09-30", 35.0),
            ("online_dossier_rate", "national", "ytd", "2022-09-30", 22.6),
        ],
    ),
    # Đề án 06 press ("đến nay", page date): procedures simplified of 1.084, essential services of 53.
    # Traps: remainder "272 thủ tục còn lại", one ministry's 11/11, a province's own list.
    (
        """Đề án 06: Đã cắt giảm, đơn giản hóa 812 thủ tục hành chính liên quan đến dân cư

Chủ Nhật, 20/8/2023

Tại hội nghị sơ kết 18 tháng triển khai Đề án 06, đại diện Tổ công tác triển khai Đề án cho biết, đến nay đã có 812/1.084 thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ; 272 thủ tục còn lại đang được các bộ, ngành khẩn trương rà soát.

Về dịch vụ công thiết yếu, đến nay đã có 46/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. Riêng Bộ Công an đã hoàn thành 11/11 dịch vụ công thiết yếu thuộc phạm vi quản lý. Nhiều địa phương như Lâm Đồng, Bình Dương đã hoàn thành 25/25 dịch vụ công thiết yếu trong danh mục của tỉnh.

Hội nghị thống nhất yêu cầu các bộ, ngành hoàn thành các dịch vụ còn lại trước ngày 31/12/2023.""",
        "2023-08-20",
        [
            ("procedures_simplified", "national", "as_of", "2023-08-20", 812.0),
            ("essential_services_full_process", "national", "as_of", "2023-08-20", 46.0),
        ],
    ),
    # Provincial portal (Lâm Đồng, to 31/5/2024): dossiers tied to personal ID, data reuse.
    # Traps: the province's own 25/25 essential-services list, digitisation rate (no id), district figure.
    (
        """Lâm Đồng đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính

(Cổng TTĐT Lâm Đồng) - Theo Văn phòng UBND tỉnh, tính đến ngày 31/5/2024, tỷ lệ hồ sơ thủ tục hành chính gắn số định danh cá nhân trên Hệ thống thông tin giải quyết TTHC của tỉnh đạt 96,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 31,5%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 72,4%.

Tỉnh đã triển khai 25/25 dịch vụ công thiết yếu theo Đề án 06 trên địa bàn. Thành phố Đà Lạt là đơn vị cấp huyện dẫn đầu với tỷ lệ số hóa 89,1%.

Thời gian tới, UBND tỉnh yêu cầu các sở, ngành và UBND cấp huyện tiếp tục rà soát, nâng cao chất lượng số hóa, phấn đấu 100% hồ sơ được số hóa khi tiếp nhận.""",
        "2024-06-05",
        [
            ("dossiers_with_personal_id_rate", "Lâm Đồng", "as_of", "2024-05-31", 96.2),
            ("data_reuse_rate", "Lâm Đồng", "as_of", "2024-05-31", 31.5),
        ],
    ),
    # NDXP year 2025 review: yearly flow, daily average over the year, cumulative since 2019, agencies, connection points.
    # Traps: sub-count "trong đó 34/34 tỉnh", 2026 forecast.
    (
        """NDXP xử lý hơn 1,3 tỷ giao dịch trong năm 2025

Năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý hơn 1,3 tỷ giao dịch, bình quân khoảng 3,6 triệu giao dịch mỗi ngày. Lũy kế từ năm 2019 đến hết năm 2025, tổng số giao dịch qua NDXP đạt 4,86 tỷ giao dịch.

Đến hết năm 2025, NDXP đã kết nối với 59 bộ, ngành, địa phương, trong đó có 34/34 tỉnh, thành phố sau sắp xếp đơn vị hành chính; thiết lập hơn 2.600 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Dự kiến năm 2026, lượng giao dịch qua NDXP sẽ vượt 2 tỷ khi các cơ sở dữ liệu quốc gia, chuyên ngành tiếp tục được kết nối.

Nguồn: Bộ Khoa học và Công nghệ""",
        "2026-01-12",
        [
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1300000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-12-31", 3600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-12-31", 4860000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-12-31", 59.0),
            ("ndxp_connection_points", "national", "as_of", "2025-12-31", 2600.0),
        ],
    ),
    # UN E-Government Survey 2024 press: edition rank (year 2024) and the 2022 rank given in parentheses (kept, its own year).
    # Traps: "tăng 15 bậc", EGDI score (no id), OSI rank, ASEAN position, Denmark/Singapore, target.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Thứ Tư, 18/09/2024 | 08:30

Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 vừa được Liên Hợp Quốc công bố ngày 17/9, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193). Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên thuộc nhóm có chỉ số rất cao.

Trong các chỉ số thành phần, Chỉ số dịch vụ trực tuyến (OSI) xếp thứ 60. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei. Đan Mạch tiếp tục dẫn đầu bảng xếp hạng, Singapore xếp thứ 3.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.

Từ khóa: EGDI, Chính phủ điện tử, Liên Hợp Quốc""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # Provincial press (Bắc Ninh, "đến nay"): the province's own 5G stations and 5G population coverage.
    # Traps: per-operator station counts after "Trong đó", industrial zones covered (no id), 2025 target.
    (
        """Bắc Ninh: Phủ sóng 5G đến 45% dân số

Đến nay, trên địa bàn tỉnh Bắc Ninh đã có 620 trạm BTS 5G được lắp đặt và phát sóng, vùng phủ sóng 5G đạt 45% dân số của tỉnh. Trong đó, Viettel Bắc Ninh lắp đặt 410 trạm, VNPT Bắc Ninh 150 trạm, MobiFone 60 trạm.

100% khu công nghiệp đang hoạt động trên địa bàn đã có sóng 5G, đáp ứng nhu cầu của các doanh nghiệp sản xuất điện tử công nghệ cao.

Theo Sở Thông tin và Truyền thông, tỉnh phấn đấu đến cuối năm 2025 có 1.500 trạm 5G, phủ sóng 5G toàn bộ khu vực đô thị.

Hương Giang - Báo Bắc Ninh""",
        "2025-03-18",
        [
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2025-03-18", 620.0),
            ("fiveg_population_coverage_rate", "Bắc Ninh", "as_of", "2025-03-18", 45.0),
        ],
    ),
    # National monthly report with an explicit window (21/12/2024-20/01/2025): portal flows on _new twins (month ending 2025-01-20) and cumulative levels.
    # Traps: window end vs calendar month, "tăng 12%" change.
    (
        """3. Cổng Dịch vụ công quốc gia
Trong tháng 01/2025 (từ ngày 21/12/2024 đến ngày 20/01/2025), Cổng Dịch vụ công quốc gia có 512.300 tài khoản đăng ký mới; tiếp nhận 1,26 triệu hồ sơ trực tuyến, tăng 12% so với tháng trước; thực hiện 1,9 triệu giao dịch thanh toán trực tuyến với số tiền 1.135 tỷ đồng.

Lũy kế đến ngày 20/01/2025, Cổng có 17,3 triệu tài khoản đăng ký; tổng số giao dịch thanh toán trực tuyến đạt 34,6 triệu giao dịch với tổng số tiền 17.240 tỷ đồng.

4. Nhiệm vụ tháng 02/2025
Văn phòng Chính phủ tiếp tục phối hợp với Bộ Công an tích hợp tài khoản VNeID với Cổng Dịch vụ công quốc gia; hướng dẫn các bộ, ngành, địa phương đồng bộ trạng thái hồ sơ.""",
        "2025-01-24",
        [
            ("national_portal_accounts_new", "national", "month", "2025-01-20", 512300.0),
            ("national_portal_dossiers_new", "national", "month", "2025-01-20", 1260000.0),
            ("online_payments_count_new", "national", "month", "2025-01-20", 1900000.0),
            ("online_payments_value_new", "national", "month", "2025-01-20", 1135.0),
            ("national_portal_accounts", "national", "as_of", "2025-01-20", 17300000.0),
            ("online_payments_count", "national", "as_of", "2025-01-20", 34600000.0),
            ("online_payments_value", "national", "as_of", "2025-01-20", 17240.0),
        ],
    ),
    # Committee notice (half 2024): dossiers with personal ID, data reuse, satisfaction incl. ministries/localities split.
    # Traps: change vs Q1 in points, end-year target.
    (
        """Trong 6 tháng đầu năm 2024, các chỉ tiêu phục vụ người dân, doanh nghiệp tiếp tục được cải thiện. Tỷ lệ hồ sơ thủ tục hành chính gắn số định danh cá nhân đạt 92,4%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 18,6%, giảm 1,2 điểm phần trăm so với quý I do một số địa phương chưa đồng bộ kho dữ liệu. Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính 6 tháng đầu năm 2024 đạt 86,7%; khối bộ, ngành đạt 84,1%, khối địa phương đạt 88,3%.

Ủy ban yêu cầu các bộ, ngành, địa phương phấn đấu đến cuối năm 2024 tỷ lệ tái sử dụng dữ liệu đạt tối thiểu 50%, mức độ hài lòng đạt trên 90%.""",
        "2024-07-12",
        [
            ("dossiers_with_personal_id_rate", "national", "half", "2024-06-30", 92.4),
            ("data_reuse_rate", "national", "half", "2024-06-30", 18.6),
            ("satisfaction_rate", "national", "half", "2024-06-30", 86.7),
            ("satisfaction_rate", "ministries", "half", "2024-06-30", 84.1),
            ("satisfaction_rate", "localities", "half", "2024-06-30", 88.3),
        ],
    ),
    # Cybersecurity report excerpt (to end-11/2023): security-level approval rate with split; attacks in November.
    # Traps: one ministry at 100%, remainder 12,7% not approved (derived), count of drills.
    (
        """2. Bảo đảm an toàn thông tin theo cấp độ
Tính đến hết tháng 11/2023, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 87,3%; khối bộ, ngành đạt 91,2%, khối địa phương đạt 84,6%. Bộ Tài chính là đơn vị đầu tiên đạt 100% hệ thống thông tin được phê duyệt cấp độ. Như vậy, vẫn còn 12,7% hệ thống chưa được phê duyệt hồ sơ cấp độ.

3. Giám sát, ứng cứu sự cố
Trong tháng 11/2023, Hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 874 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Cục đã chủ trì tổ chức 02 cuộc diễn tập thực chiến cho các bộ, ngành và địa phương.""",
        "2023-12-08",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2023-11-30", 87.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-11-30", 91.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-11-30", 84.6),
            ("cyberattacks", "national", "month", "2023-11-30", 874.0),
        ],
    ),
    # Provincial portal (Quảng Ninh, half 2023): full-process and online dossier rates, adult population using online services.
    # Traps: city/district figures (Hạ Long, Cô Tô), target, count of procedures.
    (
        """Quảng Ninh: 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 76,8%

Cổng TTĐT tỉnh - Theo Trung tâm Phục vụ hành chính công tỉnh, 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 76,8%; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 88,5%. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trong 6 tháng đầu năm 2023 đạt 61,2%.

Ở cấp huyện, thành phố Hạ Long đạt tỷ lệ hồ sơ trực tuyến 92,3%, huyện Cô Tô đạt 98%. Toàn tỉnh hiện cung cấp 1.587 thủ tục hành chính trên Cổng dịch vụ công của tỉnh.

Quảng Ninh đặt mục tiêu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%, duy trì vị trí dẫn đầu cả nước về cải cách hành chính.

Chia sẻ Facebook | Gửi email | In trang""",
        "2023-07-14",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2023-06-30", 76.8),
            ("online_dossier_rate", "Quảng Ninh", "half", "2023-06-30", 88.5),
            ("adult_population_using_dvctt_rate", "Quảng Ninh", "half", "2023-06-30", 61.2),
        ],
    ),
    # Villages coverage press (to 30/6/2025): villages without coverage national and one province, coverage rates.
    # Traps: a former district's figure, new BTS count (no id), end-2025 target.
    (
        """Cả nước còn 197 thôn, bản chưa có sóng di động băng rộng

Đến ngày 30/6/2025, cả nước còn 197 thôn, bản chưa có sóng di động băng rộng; tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,8%. Qua Chương trình "Sóng và máy tính cho em", 88,2% số thôn, bản lõm sóng có điện lưới đã được phủ sóng. Các doanh nghiệp viễn thông đã lắp đặt mới 1.450 trạm BTS phục vụ phủ sóng vùng lõm.

Điện Biên là địa phương còn nhiều thôn lõm sóng nhất với 52 thôn, bản; riêng huyện Mường Nhé (cũ) còn 21 thôn.

Mục tiêu đến hết năm 2025, xóa toàn bộ thôn, bản lõm sóng trên cả nước.""",
        "2025-07-10",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-06-30", 197.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-06-30", 99.8),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-06-30", 88.2),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-06-30", 52.0),
        ],
    ),
]

CASES += [
    # Tax press (from 01/7/2022 to 31/12/2023): cumulative e-invoices received and processed.
    # Traps: coded/uncoded sub-counts after "trong đó", cash-register invoices, number of enterprises (no id).
    (
        """Hơn 6 tỷ hóa đơn điện tử được xử lý sau 18 tháng triển khai

Theo Tổng cục Thuế, từ ngày 01/7/2022 đến ngày 31/12/2023, cơ quan thuế đã tiếp nhận và xử lý 6,08 tỷ hóa đơn điện tử, trong đó 1,74 tỷ hóa đơn có mã của cơ quan thuế và 4,34 tỷ hóa đơn không có mã. Đã có khoảng 842.000 doanh nghiệp, tổ chức và hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử.

Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đến cuối năm 2023 đã có 56,3 triệu hóa đơn được cấp mã, chủ yếu trong lĩnh vực bán lẻ, ăn uống.

Năm 2024, ngành thuế tiếp tục mở rộng triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với các lĩnh vực kinh doanh xăng dầu, nhà hàng, khách sạn.""",
        "2024-01-18",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-31", 6080000000.0),
        ],
    ),
    # 5G press (to end-09/2025): national 5G stations and population coverage, mobile download speed of September.
    # Traps: Viettel's station count, South Korea's coverage, 2025 target, speed rank, "gấp 3 lần".
    (
        """5G phủ sóng hơn 30% dân số sau gần một năm thương mại hóa

Thứ Tư, 8/10/2025

Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), đến hết tháng 9/2025, cả nước có 23.500 trạm 5G, gấp 3 lần thời điểm cuối năm 2024; vùng phủ sóng 5G đạt 30,8% dân số. Trong số này, Viettel chiếm khoảng 20.000 trạm.

Nhờ 5G, tốc độ tải xuống trung bình của mạng di động Việt Nam trong tháng 9/2025 đạt 146,6 Mbps, đưa Việt Nam lên thứ 17 thế giới về tốc độ di động.

Tại Hàn Quốc, quốc gia đi đầu về 5G, vùng phủ sóng đã đạt trên 95% dân số. Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 cả nước có 50.000 trạm 5G.

Hoài Nam""",
        "2025-10-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 23500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 30.8),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 146.6),
        ],
    ),
    # Press (end-2023 levels): smartphone subscriptions count and share, Internet users (administrative estimate).
    # Traps: We Are Social survey figures, share of adults owning a smartphone (people, no id).
    (
        """Hơn 105 triệu thuê bao di động dùng điện thoại thông minh

Theo số liệu của Bộ Thông tin và Truyền thông, đến cuối năm 2023, số thuê bao di động sử dụng điện thoại thông minh đạt 105,4 triệu, chiếm 84,6% tổng số thuê bao di động. Cũng đến cuối năm 2023, tỷ lệ người dân sử dụng Internet đạt 78,1%.

Trong khi đó, báo cáo Digital 2024 của We Are Social và Meltwater cho biết Việt Nam có 78,44 triệu người dùng Internet, tương đương 79,1% dân số. Một khảo sát khác cho thấy 73% người trưởng thành ở Việt Nam sở hữu điện thoại thông minh.

Bộ đang triển khai chương trình hỗ trợ người dân chuyển đổi sang thiết bị 4G trước khi tắt sóng 2G.""",
        "2024-03-05",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 105400000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.1),
        ],
    ),
    # Report annex table: column "Thực hiện đến 31/12/2023" dates its values; per-100 subscriptions and FTTH.
    # Traps: target column "Mục tiêu đến năm 2025", a row with no id (communes with broadband).
    (
        """Phụ lục II
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU HẠ TẦNG SỐ

| STT | Chỉ tiêu | Thực hiện đến 31/12/2023 | Mục tiêu đến năm 2025 |
|---|---|---|---|
| 1 | Số thuê bao băng rộng cố định/100 dân | 23,4 | 30 |
| 2 | Số thuê bao băng rộng di động/100 dân | 86,5 | 100 |
| 3 | Tỷ lệ hộ gia đình sử dụng Internet cáp quang (%) | 79,4 | 90 |
| 4 | Tỷ lệ xã có hạ tầng băng rộng cáp quang (%) | 99,5 | 100 |

Ghi chú: Số liệu tổng hợp từ báo cáo của các doanh nghiệp viễn thông và Sở Thông tin và Truyền thông các tỉnh, thành phố.""",
        "2024-02-20",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 23.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 86.5),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.4),
        ],
    ),
    # Press on 9 months of 2023 (ytd): National Portal flows on the _new twins.
    # Traps: year-on-year change, one ministry's dossiers, count of services integrated.
    (
        """9 tháng năm 2023, Cổng Dịch vụ công quốc gia tiếp nhận 5,9 triệu hồ sơ trực tuyến

Theo Văn phòng Chính phủ, trong 9 tháng đầu năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 5,9 triệu hồ sơ trực tuyến, tăng 35% so với cùng kỳ năm 2022; thực hiện 7,3 triệu giao dịch thanh toán trực tuyến với số tiền 5.120 tỷ đồng.

Riêng Bộ Công an tiếp nhận khoảng 2,1 triệu hồ sơ qua Cổng, chủ yếu là các dịch vụ đăng ký cư trú, cấp hộ chiếu. Trong 9 tháng, Văn phòng Chính phủ đã phối hợp tích hợp thêm 215 dịch vụ công trực tuyến lên Cổng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục tái cấu trúc quy trình, bảo đảm người dân chỉ cung cấp thông tin một lần.""",
        "2023-10-10",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2023-09-30", 5900000.0),
            ("online_payments_count_new", "national", "ytd", "2023-09-30", 7300000.0),
            ("online_payments_value_new", "national", "ytd", "2023-09-30", 5120.0),
        ],
    ),
    # Public-service index excerpt (to 15/11/2023): provision over eligible procedures (national/ministries/localities) vs full-process share over all procedures and dvctt share.
    # Traps: confusion of the three bases; remainder of procedures not yet provided.
    (
        """Về cung cấp dịch vụ công trực tuyến, tính đến ngày 15/11/2023, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 79,8%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 48,7%.

Xét trên số thủ tục hành chính đủ điều kiện, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình của cả nước đạt 90,1%; khối bộ, ngành đạt 85,4%, khối địa phương đạt 92,7%. Còn khoảng 310 thủ tục đủ điều kiện nhưng chưa được cung cấp toàn trình, tập trung ở lĩnh vực đất đai, xây dựng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương hoàn thành trong quý I/2024.""",
        "2023-11-20",
        [
            ("dvctt_rate", "national", "as_of", "2023-11-15", 79.8),
            ("dvctt_full_process_rate", "national", "as_of", "2023-11-15", 48.7),
            ("full_process_provision_rate", "national", "as_of", "2023-11-15", 90.1),
            ("full_process_provision_rate", "ministries", "as_of", "2023-11-15", 85.4),
            ("full_process_provision_rate", "localities", "as_of", "2023-11-15", 92.7),
        ],
    ),
    # Press ("đến nay", page date 2024-10-15): fee-reduction provinces and EMC connection rate.
    # Traps: remainder "05 địa phương chưa ban hành", count of conferences.
    (
        """Đã có 58/63 tỉnh, thành phố giảm phí, lệ phí khi nộp hồ sơ trực tuyến

Thứ Ba, 15/10/2024 | 14:20

Theo Văn phòng Chính phủ, đến nay đã có 58/63 tỉnh, thành phố ban hành Nghị quyết của Hội đồng nhân dân về việc giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến; còn 05 địa phương chưa ban hành.

Cũng theo Văn phòng Chính phủ, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) hiện đạt 89,7%.

Trong quý III/2024, Văn phòng Chính phủ đã tổ chức 03 hội nghị tập huấn về khai thác dữ liệu trên Hệ thống EMC cho cán bộ các bộ, ngành, địa phương.""",
        "2024-10-15",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-10-15", 58.0),
            ("emc_connection_rate", "national", "as_of", "2024-10-15", 89.7),
        ],
    ),
    # Provincial press (Đồng Nai, "hiện nay", page date 2022-12-20): the province's online-service shares of procedures.
    # Traps: counts of services, DTI rank, district figure.
    (
        """Đồng Nai: Hơn 64% thủ tục hành chính được cung cấp trực tuyến

Hiện nay, tỉnh Đồng Nai đang cung cấp 1.152 dịch vụ công trực tuyến, trong đó có 562 dịch vụ công trực tuyến toàn trình. Tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến của tỉnh đạt 64,1%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 31,3%.

Năm 2021, Chỉ số chuyển đổi số (DTI) của tỉnh xếp thứ 15/63. Huyện Long Thành là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 45%.

Ông Nguyễn Văn Hùng, Giám đốc Sở Thông tin và Truyền thông cho biết, năm 2023 tỉnh sẽ tập trung nâng cao chất lượng dịch vụ công trực tuyến, tránh tình trạng cung cấp nhiều nhưng ít hồ sơ.

Bài, ảnh: Bảo Ngọc""",
        "2022-12-20",
        [
            ("dvctt_rate", "Đồng Nai", "as_of", "2022-12-20", 64.1),
            ("dvctt_full_process_rate", "Đồng Nai", "as_of", "2022-12-20", 31.3),
        ],
    ),
    # Cybersecurity Q1/2024 press: attacks in the quarter, botnet IPs at 31/3/2024.
    # Traps: sub-count on state agencies after "trong đó", Kaspersky's ranking (vendor), one operator's blocked attacks, change.
    (
        """Quý I/2024: Hơn 2.300 cuộc tấn công mạng gây sự cố

Theo Cục An toàn thông tin, trong quý I/2024, Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 2.323 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 22,1% so với cùng kỳ năm 2023; trong đó 150 cuộc nhắm vào hệ thống của các cơ quan nhà nước. Tính đến ngày 31/3/2024, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 452.900.

Theo báo cáo của hãng bảo mật Kaspersky, Việt Nam đứng thứ 3 thế giới về số vụ tấn công bằng mã độc tống tiền trên máy tính cá nhân. Riêng VNPT cho biết hệ thống của doanh nghiệp đã ngăn chặn hơn 3 triệu cuộc tấn công trong quý.

Cục khuyến nghị các tổ chức tăng cường sao lưu dữ liệu, đặc biệt sau các vụ tấn công mã độc tống tiền vào một số doanh nghiệp lớn.""",
        "2024-04-10",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2323.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 452900.0),
        ],
    ),
    # Steering committee notice (2025, Resolution 57): half-2025 dossier rates, 2024 digital-economy share.
    # Traps: 2030 target, count of tasks completed, one ministry's rate.
    (
        """THÔNG BÁO
Kết luận của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại phiên họp sơ kết 6 tháng đầu năm 2025

... Sau 6 tháng triển khai Nghị quyết số 57-NQ/TW, các bộ, ngành, địa phương đã hoàn thành 45/152 nhiệm vụ có thời hạn trong năm 2025. Tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đầu năm 2025 đạt 41,3%; tỷ lệ hồ sơ xử lý trực tuyến đạt 54,8%, trong đó Bộ Tài chính đạt 98%. Năm 2024, kinh tế số đóng góp khoảng 18,3% GDP.

Ban Chỉ đạo yêu cầu phấn đấu đến năm 2030 quy mô kinh tế số đạt tối thiểu 30% GDP; tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.""",
        "2025-07-22",
        [
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 41.3),
            ("online_dossier_rate", "national", "half", "2025-06-30", 54.8),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # Monthly report table (column "Số liệu tháng 05/2024"): dossier rate, NDXP monthly flow, attacks.
    # Traps: "Kế hoạch năm 2024" column, change column.
    (
        """Bảng 1. Một số chỉ tiêu chuyển đổi số quốc gia

| STT | Chỉ tiêu | Số liệu tháng 05/2024 | So với tháng trước | Kế hoạch năm 2024 |
|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ xử lý trực tuyến (%) | 43,5 | +1,8 điểm % | 50 |
| 2 | Số giao dịch qua NDXP trong tháng | 85,2 triệu | +6,4% | - |
| 3 | Số cuộc tấn công mạng gây sự cố | 608 | -9,7% | - |

Nguồn: Bộ Thông tin và Truyền thông tổng hợp.""",
        "2024-06-06",
        [
            ("online_dossier_rate", "national", "month", "2024-05-31", 43.5),
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 85200000.0),
            ("cyberattacks", "national", "month", "2024-05-31", 608.0),
        ],
    ),
]

CASES += [
    # Provincial press (Lào Cai, "hiện nay", page date): the province's village coverage share, villages still without coverage (a level, kept), FTTH.
    # Traps: district sub-count after "trong đó", 2023 target.
    (
        """Lào Cai: 99,6% thôn, bản có sóng di động băng rộng

Thứ Ba, 12/09/2023 - 10:05

Hiện nay, toàn tỉnh Lào Cai có 99,6% thôn, bản được phủ sóng di động băng rộng; còn 8 thôn, bản chưa có sóng, tập trung tại các huyện vùng cao Bát Xát, Si Ma Cai, trong đó huyện Bát Xát còn 5 thôn. Tỷ lệ hộ gia đình trên địa bàn tỉnh sử dụng Internet cáp quang đạt 71,5%.

Theo Sở Thông tin và Truyền thông, tỉnh đang phối hợp với các doanh nghiệp viễn thông đầu tư trạm phát sóng tại các thôn còn lõm sóng, phấn đấu đến cuối năm 2023, 100% thôn, bản có sóng di động.

Thanh Bình - Báo Lào Cai""",
        "2023-09-12",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-09-12", 99.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-09-12", 8.0),
            ("ftth_household_rate", "Lào Cai", "as_of", "2023-09-12", 71.5),
        ],
    ),
    # Wire story with no sidecar date; the text dates its figures (30/6/2023): activated VNeID accounts, chip IDs.
    # Traps: end-2023 target, app downloads (no id).
    (
        """Hà Nội, ngày 12/7/2023 (TTXVN) - Tại hội nghị sơ kết 6 tháng đầu năm 2023 triển khai Đề án 06, Bộ Công an cho biết, tính đến ngày 30/6/2023, đã có 28,6 triệu tài khoản định danh điện tử được kích hoạt và 84,6 triệu thẻ Căn cước công dân gắn chip được cấp cho công dân.

Ứng dụng VNeID đã có khoảng 42 triệu lượt tải về trên các kho ứng dụng. Bộ Công an đặt mục tiêu đến cuối năm 2023 kích hoạt 40 triệu tài khoản định danh điện tử, tiến tới thay thế các ứng dụng, tài khoản riêng lẻ khi thực hiện dịch vụ công.

Hội nghị cũng đánh giá việc làm sạch dữ liệu dân cư tại một số địa phương còn chậm, ảnh hưởng đến tiến độ xác thực tài khoản.""",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 28600000.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-06-30", 84600000.0),
        ],
    ),
    # Portal "about" page with no date anywhere and no sidecar: "hiện nay" levels cannot be dated, nothing to record.
    # Traps: undatable accounts and services counts; launch date 2019 is not a figure's date.
    (
        """Giới thiệu Cổng Dịch vụ công quốc gia

Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) được khai trương ngày 09/12/2019, là cổng tích hợp thông tin về dịch vụ công trực tuyến, tình hình giải quyết, kết quả giải quyết thủ tục hành chính trên cơ sở kết nối, truy xuất dữ liệu từ các Hệ thống thông tin một cửa điện tử cấp bộ, cấp tỉnh.

Hiện nay, Cổng đã tích hợp hơn 4.400 dịch vụ công trực tuyến, có hơn 9 triệu tài khoản đăng ký và tỷ lệ hài lòng của người dùng đạt 95%. Người dân có thể đăng nhập bằng tài khoản định danh điện tử VNeID, tài khoản ngân hàng hoặc tài khoản viễn thông.

Liên hệ: Tổng đài hỗ trợ 18001096 | Email: dichvucong@chinhphu.vn""",
        None,
        [],
    ),
    # State Bank year-end 2022 press: Mobile Money customers and adults with a bank account at 31/12/2022.
    # Traps: QR payments growth, Thailand's rate, 2025 target.
    (
        """Ngân hàng Nhà nước: Thanh toán không dùng tiền mặt tiếp tục tăng mạnh

Theo Ngân hàng Nhà nước, tính đến ngày 31/12/2022, số khách hàng sử dụng dịch vụ Mobile Money đạt hơn 3,2 triệu; tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng đạt khoảng 74,6%.

Năm 2022, giao dịch thanh toán qua phương thức QR code tăng 141% về số lượng so với năm 2021; giao dịch qua kênh điện thoại di động tăng 98,5%. Trong khu vực, Thái Lan có tỷ lệ người trưởng thành sở hữu tài khoản ngân hàng lên tới 96%.

Chiến lược tài chính toàn diện quốc gia đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác.""",
        "2023-02-15",
        [
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 3200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 74.6),
        ],
    ),
    # Hanoi portal (Q1/2026): the city's full-process dossier share and satisfaction.
    # Traps: a ward's figure (commune level), rank among 34 provinces, 2026 target, dossier count.
    (
        """Hà Nội: Tỷ lệ hồ sơ trực tuyến toàn trình quý I/2026 đạt 68,4%

(Cổng GTĐT Hà Nội) - Theo Sở Khoa học và Công nghệ, quý I/2026, các cơ quan hành chính trên địa bàn Thủ đô đã tiếp nhận 1,05 triệu hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến toàn trình của Thành phố trong quý I/2026 đạt 68,4%; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 97,1%.

Sau hơn nửa năm vận hành chính quyền địa phương hai cấp, nhiều phường, xã đạt kết quả cao, trong đó phường Hoàn Kiếm có tỷ lệ hồ sơ trực tuyến toàn trình 95%. Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, Hà Nội xếp thứ 5/34 tỉnh, thành phố.

Năm 2026, Thành phố phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2026-04-08",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2026-03-31", 68.4),
            ("satisfaction_rate", "Hà Nội", "quarter", "2026-03-31", 97.1),
        ],
    ),
    # National monthly report excerpt (02/2026): full-process dossier share with split, essential services of 76 at 28/02/2026, attacks.
    # Traps: remainder "02 dịch vụ còn lại", Tết decrease.
    (
        """BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 02 năm 2026

1. Dịch vụ công trực tuyến
Tháng 02/2026, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 52,7%; khối bộ, ngành đạt 61,5%, khối địa phương đạt 49,8%. Do kỳ nghỉ Tết Nguyên đán, số hồ sơ tiếp nhận giảm 18% so với tháng trước.

Tính đến ngày 28/02/2026, đã có 74/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 02 dịch vụ còn lại thuộc lĩnh vực đất đai đang được hoàn thiện quy trình.

2. An toàn thông tin mạng
Trong tháng 02/2026, đã ghi nhận 486 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.""",
        "2026-03-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2026-02-28", 52.7),
            ("online_dossier_full_process_rate", "ministries", "month", "2026-02-28", 61.5),
            ("online_dossier_full_process_rate", "localities", "month", "2026-02-28", 49.8),
            ("essential_services_full_process", "national", "as_of", "2026-02-28", 74.0),
            ("cyberattacks", "national", "month", "2026-02-28", 486.0),
        ],
    ),
    # Press on Q1/2024 telecom results published 50 days after the quarter: "hiện nay" dates to the quarter's end.
    # Traps: telecom revenue (no id), year-on-year change.
    (
        """Quý I/2024: Thị trường viễn thông tăng trưởng ổn định

Thứ Hai, 20/5/2024

Theo Cục Viễn thông, trong quý I/2024, doanh thu dịch vụ viễn thông đạt khoảng 33.900 tỷ đồng. Hiện nay, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 80,6%; cả nước có 22,1 triệu thuê bao băng rộng cố định, tăng 15,6% so với cùng kỳ năm 2023.

Thị trường di động tiếp tục bão hòa về số lượng thuê bao, các doanh nghiệp chuyển hướng sang dịch vụ số và chuẩn bị cho việc thương mại hóa 5G sau khi trúng đấu giá băng tần.

Minh Anh""",
        "2024-05-20",
        [
            ("ftth_household_rate", "national", "as_of", "2024-03-31", 80.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-03-31", 22100000.0),
        ],
    ),
    # Operator press (VNPT, end-06/2023): only the national total of fixed broadband subscriptions is a value.
    # Traps: VNPT's own subscriptions and market share, its 4G stations, minimum package speed, 5G trials.
    (
        """VNPT chiếm hơn 40% thị phần băng rộng cố định

Tính đến cuối tháng 6/2023, VNPT có 9,1 triệu thuê bao băng rộng cố định, chiếm khoảng 42% thị phần trong tổng số 21,7 triệu thuê bao băng rộng cố định toàn quốc. Từ tháng 7/2023, VNPT nâng tốc độ gói cước cáp quang tối thiểu lên 150 Mbps mà không tăng giá.

Trên mạng di động, VNPT VinaPhone hiện vận hành khoảng 23.000 trạm 4G và đang thử nghiệm 5G tại 10 tỉnh, thành phố. Doanh thu 6 tháng đầu năm 2023 của Tập đoàn đạt hơn 27.000 tỷ đồng.

Lãnh đạo VNPT cho biết sẽ tiếp tục đầu tư mở rộng hạ tầng cáp quang tới các vùng nông thôn.""",
        "2023-07-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-06-30", 21700000.0),
        ],
    ),
    # Identity press (15/3/2022): chip IDs national and one province's own count.
    # Traps: province's 98% share (no id), end-2022 plan.
    (
        """Đã cấp 64,5 triệu thẻ Căn cước công dân gắn chip

Theo Bộ Công an, tính đến ngày 15/3/2022, cả nước đã cấp 64,5 triệu thẻ Căn cước công dân gắn chip điện tử. Tại Thanh Hóa, Công an tỉnh đã cấp 2,9 triệu thẻ, đạt 98% số công dân thuộc diện được cấp.

Bộ Công an dự kiến trong năm 2022 sẽ cơ bản hoàn thành cấp thẻ cho toàn bộ công dân đủ điều kiện, đồng thời triển khai thí điểm cấp tài khoản định danh điện tử tại Hà Nội và một số địa phương.""",
        "2022-03-21",
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-03-15", 64500000.0),
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2022-03-15", 2900000.0),
        ],
    ),
    # National monthly report (11/2023): portal month flows and 11-month flows (ytd) on _new twins, accounts at 30/11/2023.
    # Traps: month-on-month change; "gần 1,2 nghìn tỷ đồng" -> 1200.
    (
        """c) Cổng Dịch vụ công quốc gia
Trong tháng 11/2023, Cổng Dịch vụ công quốc gia tiếp nhận 785.400 hồ sơ trực tuyến, tăng 9,4% so với tháng 10/2023; thực hiện 1,1 triệu giao dịch thanh toán trực tuyến với số tiền gần 1,2 nghìn tỷ đồng.

Lũy kế 11 tháng năm 2023, Cổng tiếp nhận 7,4 triệu hồ sơ trực tuyến; thực hiện 9,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền 6.830 tỷ đồng. Tính đến ngày 30/11/2023, Cổng có 8,9 triệu tài khoản đăng ký.""",
        "2023-12-07",
        [
            ("national_portal_dossiers_new", "national", "month", "2023-11-30", 785400.0),
            ("online_payments_count_new", "national", "month", "2023-11-30", 1100000.0),
            ("online_payments_value_new", "national", "month", "2023-11-30", 1200.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-11-30", 7400000.0),
            ("online_payments_count_new", "national", "ytd", "2023-11-30", 9500000.0),
            ("online_payments_value_new", "national", "ytd", "2023-11-30", 6830.0),
            ("national_portal_accounts", "national", "as_of", "2023-11-30", 8900000.0),
        ],
    ),
    # Cybersecurity year review 2022: attacks in the year, botnet IPs and security-level approval at year end.
    # Traps: change vs 2021, global cybercrime cost, 2023 target.
    (
        """An toàn thông tin năm 2022: Số cuộc tấn công mạng giảm mạnh

Năm 2022, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,7% so với năm 2021. Đến cuối năm 2022, số địa chỉ IP của Việt Nam thuộc các mạng botnet là 693.000; tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 67,5%.

Trên thế giới, thiệt hại do tội phạm mạng năm 2022 ước tính lên tới 8.000 tỷ USD. Năm 2023, Bộ Thông tin và Truyền thông đặt mục tiêu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai phương án bảo vệ theo cấp độ.

Hải Yến""",
        "2023-01-10",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 693000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-12-31", 67.5),
        ],
    ),
]
