"""Blind probes, round twenty: telecom and Internet infrastructure as Vietnamese press, ministry monthly reports, VNNIC/Ookla speed news, provincial portals, year reviews and interviews word it. The cases probe fixed and mobile broadband subscriptions (counts and per 100 inhabitants, table rows with "(triệu thuê bao)" headers), smartphone subscriptions and their share, households on fibre, Internet users, 5G population coverage and 5G base stations, villages with and without mobile coverage and the dead-zone programme, fixed and mobile download speeds (Ookla, i-Speed, VNNIC; month and quarter), cyberattack counts (month, quarter, year-to-date, half, year) and botnet addresses, and a few neighbours from the other families (DVCTT, NDXP, EGDI, digital economy, VNeID, Mobile Money) so that every family is touched. Distractors: operators' own figures (Viettel, VNPT, MobiFone), other countries and world averages, vendor surveys, upload speeds and ranks, 4G figures, data-centre and cloud figures (no id), targets, growth percentages, districts, remainders and sub-counts after "trong đó", and undated "hiện nay" with no published date. Written for the project from the genre's usual phrasings (not copied from any page)."""

CASES = [
    # Ministry monthly report, bulleted lines with a cut-off date in the heading; growth in parentheses is not stored.
    (
        """Báo cáo Chuyển đổi số quốc gia tháng 5/2025 (số liệu tính đến 31/5/2025)
I. HẠ TẦNG SỐ
- Số thuê bao băng rộng cố định: 24,3 triệu thuê bao (tăng 9,4% so với cùng kỳ năm 2024).
- Số thuê bao băng rộng di động: 91,2 triệu thuê bao.
- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 90,1%.
- Số trạm BTS 5G: 9.840 trạm (tăng 1.120 trạm so với tháng 4/2025).""",
        "2025-06-05",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-05-31", 24300000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-05-31", 91200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 90.1),
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 9840),
        ],
    ),
    # Ookla news: month download speeds kept; rank, upload, latency, month-on-month gain, world average and UAE are not.
    (
        """Tốc độ mạng di động Việt Nam tăng 5 bậc
Theo Speedtest Global Index do Ookla công bố ngày 15/4, tốc độ tải xuống trung vị của mạng di động Việt Nam trong tháng 3/2025 đạt 146,64 Mbps, tăng hơn 8 Mbps so với tháng 2, đưa Việt Nam lên vị trí 20/110 quốc gia.
Tốc độ tải lên trên di động ở mức 38,5 Mbps, độ trễ 19 ms.
Với băng rộng cố định, tốc độ tải xuống là 162,1 Mbps, xếp thứ 34 thế giới.
Tốc độ di động trung bình toàn cầu hiện là 56,8 Mbps, còn Các Tiểu vương quốc Ả Rập Thống nhất dẫn đầu với 546 Mbps.""",
        "2025-04-16",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.64),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 162.1),
        ],
    ),
    # VNNIC i-Speed quarterly speeds; upload speeds and per-operator speeds (Viettel, VNPT, FPT) are not stored.
    (
        """VNNIC công bố kết quả đo tốc độ Internet quý I/2025
Theo số liệu của hệ thống đo kiểm i-Speed do Trung tâm Internet Việt Nam (VNNIC) vận hành, trong quý I/2025 tốc độ truy cập Internet băng rộng cố định trung bình tại Việt Nam đạt 187,2 Mbps; tốc độ tải lên tương ứng là 171,4 Mbps.
Đối với mạng di động, tốc độ tải xuống ở mức 74,3 Mbps, tốc độ tải lên 21,6 Mbps.
Xét theo doanh nghiệp, Viettel dẫn đầu băng rộng cố định với 201,6 Mbps, tiếp theo là VNPT (190,3 Mbps) và FPT Telecom (183,9 Mbps).""",
        "2025-04-22",
        [
            ("fixed_broadband_speed", "national", "quarter", "2025-03-31", 187.2),
            ("mobile_broadband_speed", "national", "quarter", "2025-03-31", 74.3),
        ],
    ),
    # Provincial news (Lào Cai), "hiện có" dated by publication: 5G stations after "trong đó" are their own indicator; all-BTS total and a district are not.
    (
        """Lào Cai: phủ sóng di động đến 98,6% thôn, bản
Theo Sở Khoa học và Công nghệ tỉnh Lào Cai, toàn tỉnh hiện có 1.215 trạm BTS, trong đó có 86 trạm 5G, tập trung tại thành phố Lào Cai và thị xã Sa Pa.
Tỷ lệ thôn, bản có sóng di động đạt 98,6%; toàn tỉnh còn 31 thôn lõm sóng, chủ yếu tại huyện Si Ma Cai và Bắc Hà.
Riêng huyện Bát Xát, 100% thôn đã có sóng 4G.""",
        "2025-03-10",
        [
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-03-10", 86),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-03-10", 98.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-03-10", 31),
        ],
    ),
    # NEGATIVE: a strategy's targets only (mục tiêu, phấn đấu, a task to clear dead zones).
    (
        """Chiến lược phát triển hạ tầng số đến năm 2025, định hướng đến năm 2030
Mục tiêu đến năm 2025: 100% hộ gia đình có khả năng truy cập Internet cáp quang băng rộng; phủ sóng 5G đạt 50% dân số; tốc độ truy cập băng rộng di động đạt tối thiểu 40 Mbps, băng rộng cố định đạt 200 Mbps.
Phấn đấu đến năm 2030, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 100%, 99% dân số được phủ sóng 5G.
Bộ giao các doanh nghiệp viễn thông xóa toàn bộ 1.853 thôn lõm sóng có điện lưới trước tháng 12/2024.""",
        None,
        [],
    ),
    # Year review opening on "Năm 2024": undated levels at 31 December; per-100 written "thuê bao/100 dân"; world average and revenue growth are not stored.
    (
        """Năm 2024, hạ tầng viễn thông tiếp tục tăng trưởng ổn định.
Cả nước có 23,5 triệu thuê bao băng rộng cố định, tương đương 23,4 thuê bao/100 dân; thuê bao băng rộng di động đạt 88,6 triệu, tương đương 87,7 thuê bao/100 dân.
Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82%.
Tỷ lệ người dân sử dụng Internet ước đạt 79,1%, cao hơn mức trung bình thế giới (khoảng 68%).
Doanh thu dịch vụ viễn thông ước đạt 347.000 tỷ đồng, tăng 2,4%.""",
        "2025-01-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23500000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 87.7),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
        ],
    ),
    # Interview Q&A, "Đến nay" dated by publication; Korea/China coverage and the 2025 target are not stored.
    (
        """Phóng viên: Xin Thứ trưởng cho biết kết quả triển khai 5G sau vài tháng thương mại hóa?
Thứ trưởng Bộ Khoa học và Công nghệ: Đến nay, mạng 5G đã phủ sóng khoảng 26% dân số, với hơn 7.500 trạm 5G đã được lắp đặt trên cả nước.
Con số này còn khiêm tốn so với Hàn Quốc hay Trung Quốc, nơi 5G phủ trên 90% dân số.
Mục tiêu của Bộ là đến cuối năm 2025 vùng phủ 5G đạt 50% dân số.""",
        "2025-02-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-02-20", 26),
            ("fiveg_bts_count", "national", "as_of", "2025-02-20", 7500),
        ],
    ),
    # Operators' own 5G figures (Viettel, VNPT) first, the national figure with its date last: only the national one.
    (
        """Viettel cho biết đến cuối tháng 6/2025 đã phát sóng 6.500 trạm 5G, vùng phủ 5G của nhà mạng này đạt khoảng 35% dân số.
VNPT cũng đưa vào khai thác 2.800 trạm 5G trong 6 tháng đầu năm.
Tính chung toàn quốc, theo Cục Viễn thông, tỷ lệ phủ sóng 5G theo dân số đạt 30,5% tính đến ngày 30/6/2025.""",
        "2025-07-03",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 30.5)],
    ),
    # NEGATIVE: every figure belongs to one operator (VNPT, MobiFone, Viettel).
    (
        """Các nhà mạng công bố kết quả kinh doanh năm 2024
VNPT hiện có 9,6 triệu thuê bao băng rộng cố định, tăng 6% so với năm 2023; thuê bao cáp quang FiberVNN chiếm 98%.
MobiFone cho biết đã lắp đặt hơn 2.000 trạm 5G và có 18,5 triệu thuê bao data.
Viettel ghi nhận tốc độ trung bình mạng 5G của mình đạt 450 Mbps, còn 4G đạt 60 Mbps.""",
        "2025-01-25",
        [],
    ),
    # Monthly cyber bulletin: month count, previous month in parentheses kept, attack kinds after "Trong đó" not, botnet level at month end.
    (
        """Tình hình an toàn thông tin tháng 4/2025
Trong tháng 4/2025, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.012 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,6% so với tháng 3/2025 (1.158 cuộc).
Trong đó có 465 cuộc tấn công lừa đảo (Phishing), 380 cuộc tấn công thay đổi giao diện (Deface) và 167 cuộc tấn công cài mã độc (Malware).
Số lượng địa chỉ IP thuộc các mạng botnet tại Việt Nam tính đến cuối tháng 4/2025 là 612.450 địa chỉ.""",
        "2025-05-08",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 1012),
            ("cyberattacks", "national", "month", "2025-03-31", 1158),
            ("botnet_ips", "national", "as_of", "2025-04-30", 612450),
        ],
    ),
    # Year-to-date attacks ("Lũy kế 4 tháng đầu năm"); data-centre, cloud-market and cloud-share figures have no id.
    (
        """Lũy kế 4 tháng đầu năm 2025, cả nước ghi nhận 4.120 cuộc tấn công mạng gây sự cố, giảm 21% so với cùng kỳ năm 2024.
Cũng theo Bộ Khoa học và Công nghệ, Việt Nam hiện có 45 trung tâm dữ liệu đang vận hành với tổng công suất khoảng 300 MW; thị trường điện toán đám mây đạt khoảng 1,5 tỷ USD.
Doanh nghiệp trong nước chiếm khoảng 20% thị phần cloud.""",
        "2025-05-12",
        [("cyberattacks", "national", "ytd", "2025-04-30", 4120)],
    ),
    # Year review of security: year count and level-approval share kept; a vendor survey (Bkav) is not.
    (
        """Tổng kết công tác an toàn thông tin năm 2024
Trong năm 2024, hệ thống kỹ thuật quốc gia đã ghi nhận 6.108 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
Đến hết năm 2024, 87,5% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ.
Theo khảo sát của Bkav, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam năm 2024 ước khoảng 18.900 tỷ đồng; 46% người dùng từng bị lừa đảo trực tuyến.""",
        "2025-01-15",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 6108),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 87.5),
        ],
    ),
    # Provincial portal (Quảng Ninh, named only in the headline), "trên địa bàn tỉnh"; communes with fibre and one city (Hạ Long) are not stored.
    (
        """Quảng Ninh: hạ tầng số phủ rộng khắp
Đến hết quý II/2025, trên địa bàn tỉnh có 412.500 thuê bao băng rộng cố định và 1,28 triệu thuê bao băng rộng di động.
Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 91,3%.
100% xã, phường, thị trấn đã có hạ tầng cáp quang đến trung tâm; riêng thành phố Hạ Long, tỷ lệ hộ dùng cáp quang lên tới 97%.""",
        "2025-07-08",
        [
            ("fixed_broadband_subscriptions", "Quảng Ninh", "as_of", "2025-06-30", 412500),
            ("mobile_broadband_subscriptions", "Quảng Ninh", "as_of", "2025-06-30", 1280000),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2025-06-30", 91.3),
        ],
    ),
    # Smartphone count and share of subscriptions kept; a survey's share of adults and Singapore's figure are not.
    (
        """Theo Bộ Khoa học và Công nghệ, tính đến hết tháng 2/2025, số thuê bao sử dụng điện thoại thông minh đạt 110,5 triệu, chiếm 89,4% tổng số thuê bao di động.
Trong khi đó, một khảo sát của Decision Lab cho thấy 84% người trưởng thành tại Việt Nam sở hữu smartphone.
Tại Singapore, tỷ lệ này là 97%.""",
        "2025-03-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-02-28", 110500000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-02-28", 89.4),
        ],
    ),
    # NEGATIVE: a vendor report (We Are Social/Meltwater) on Internet users, daily use and the world share.
    (
        """Báo cáo Digital 2025 của We Are Social và Meltwater cho biết, tính đến đầu năm 2025 Việt Nam có 79,8 triệu người dùng Internet, chiếm 78,8% dân số.
Trung bình mỗi người dùng dành 6 giờ 18 phút mỗi ngày để lên mạng; tỷ lệ người sử dụng Internet hằng ngày lên tới 94%.
Tỷ lệ người dùng Internet trên toàn cầu là 67,9%.
Việt Nam có 76,2 triệu danh tính người dùng mạng xã hội.""",
        "2025-03-01",
        [],
    ),
    # Dead-zone programme: "1.765/1.853 …, đạt 95,3%" and the all-villages level kept; the 88 remaining electrified villages are not.
    (
        """Chương trình "Phủ sóng thôn lõm sóng có điện lưới" về đích
Đến ngày 31/12/2024, các doanh nghiệp viễn thông đã phủ sóng băng rộng di động cho 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%.
Số 88 thôn còn lại nằm ở khu vực biên giới, địa hình đặc biệt khó khăn, sẽ được hoàn thành trong quý I/2025.
Tính chung cả thôn chưa có điện, đến ngày 31/12/2024 cả nước còn 1.205 thôn lõm sóng.""",
        "2025-01-06",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1205),
        ],
    ),
    # One city's half-year figures (Hà Nội): attacks over "6 tháng đầu năm", level-approval share, 5G stations "hiện có"; Viettel's share and growth not stored.
    (
        """6 tháng đầu năm 2025, Trung tâm Giám sát an toàn thông tin của Thành phố Hà Nội đã phát hiện, xử lý 215 cuộc tấn công mạng gây sự cố vào hệ thống thông tin của các cơ quan nhà nước thành phố, tăng 18% so với cùng kỳ.
Thành phố cũng đã phê duyệt cấp độ cho 96,4% hệ thống thông tin đang vận hành.
Trên địa bàn hiện có hơn 4.900 trạm BTS 5G, trong đó Viettel chiếm khoảng 60%.""",
        "2025-07-10",
        [
            ("cyberattacks", "Hà Nội", "half", "2025-06-30", 215),
            ("info_systems_level_approved_rate", "Hà Nội", "as_of", "2025-06-30", 96.4),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-07-10", 4900),
        ],
    ),
    # Year-end Ookla recap: December speeds, a past month's value in parentheses kept with its own month; ranks and upload are not.
    (
        """Kết thúc năm 2024, tốc độ Internet Việt Nam cải thiện mạnh nhờ 5G.
Theo Ookla, trong tháng 12/2024 tốc độ tải xuống trung vị của băng rộng di động Việt Nam đạt 141,83 Mbps (hạng 18 thế giới), băng rộng cố định đạt 154,2 Mbps (hạng 37).
So với tháng 12/2023 (di động 47,2 Mbps), tốc độ mạng di động đã tăng gấp ba lần.
Tốc độ tải lên của mạng di động là 32,1 Mbps.""",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 141.83),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.2),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 47.2),
        ],
    ),
    # Provincial 5G (Bắc Ninh): stations kept; 100% of communes, a 5G-only speed in industrial parks and the year-end plan are not.
    (
        """Bắc Ninh: 5G phủ toàn bộ xã, phường
Đến hết tháng 8/2025, mạng 5G đã phủ sóng 100% xã, phường trên địa bàn tỉnh Bắc Ninh với 1.050 trạm BTS 5G.
Tốc độ tải xuống trung bình của mạng 5G tại các khu công nghiệp đạt trên 380 Mbps.
Theo kế hoạch, đến cuối năm 2025 tỉnh sẽ có 1.500 trạm 5G.""",
        "2025-09-05",
        [("fiveg_bts_count", "Bắc Ninh", "as_of", "2025-08-31", 1050)],
    ),
    # FTTH households as count then share ("21,5 triệu hộ, chiếm 80,6%"); the target and Korea/Japan are not stored.
    (
        """Tính đến hết tháng 9/2025, số hộ gia đình có đường Internet cáp quang (FTTH) trên cả nước đạt 21,5 triệu hộ, chiếm 80,6% tổng số hộ gia đình.
Như vậy, chỉ tiêu 80% hộ gia đình có cáp quang đề ra cho năm 2025 đã hoàn thành sớm.
Tỷ lệ này tại Hàn Quốc là 99%, Nhật Bản 86%.""",
        "2025-10-10",
        [("ftth_household_rate", "national", "as_of", "2025-09-30", 80.6)],
    ),
    # NEGATIVE: circulars, licences, meetings, .vn domains, IPv6 blocks and IPv6 share/rank have no id.
    (
        """Trong tháng 3/2025, Bộ Khoa học và Công nghệ đã ban hành 3 thông tư về quản lý viễn thông, cấp 45 giấy phép thiết lập mạng viễn thông công cộng và tổ chức 12 hội nghị, tọa đàm về hạ tầng số.
Số lượng tên miền quốc gia ".vn" duy trì đạt 675.000 tên miền; số địa chỉ IPv6 được cấp mới là 3 khối /32.
Tỷ lệ sử dụng IPv6 của Việt Nam đạt 60%, đứng thứ 8 thế giới.""",
        "2025-04-03",
        [],
    ),
    # NEGATIVE: only growth percentages and multiples, telecom revenue, and other countries' speeds.
    (
        """Doanh thu dịch vụ viễn thông 6 tháng đầu năm 2025 ước đạt 180.000 tỷ đồng, tăng 3,1% so với cùng kỳ.
Số thuê bao băng rộng cố định tăng 8,7% so với cùng kỳ; thuê bao băng rộng di động tăng 2,5%; số thuê bao 5G tăng gấp 3 lần so với cuối năm 2024.
Tốc độ di động của Thái Lan đạt 110 Mbps, Singapore 130 Mbps.""",
        "2025-07-12",
        [],
    ),
    # Year review across families: EGDI "71/193", digital economy share and growth, smartphone share; "tăng 15 bậc" and "gấp ba lần" are not.
    (
        """Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc, tăng 15 bậc so với năm 2022.
Kinh tế số chiếm khoảng 18,3% GDP; tốc độ tăng trưởng kinh tế số khoảng 20%/năm, gấp ba lần tăng trưởng GDP.
Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,6%; 5G được thương mại hóa từ tháng 10/2024.""",
        "2025-01-05",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.6),
        ],
    ),
    # Monthly report mixing NDXP (month flow, per-day average, cumulative since 2019 "đến nay") with 5G and fibre lines.
    (
        """Báo cáo tình hình chuyển đổi số tháng 6/2025
- Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP): trong tháng có 98,4 triệu giao dịch, trung bình 3,28 triệu giao dịch/ngày; lũy kế từ năm 2019 đến nay đạt 3,1 tỷ giao dịch.
- Hạ tầng số: số trạm BTS 5G đạt 12.300 trạm; tỷ lệ phủ sóng 5G theo dân số đạt 34,8%.
- Tỷ lệ hộ gia đình có cáp quang: 81,2%.""",
        "2025-07-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 98400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3280000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3100000000),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12300),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 34.8),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 81.2),
        ],
    ),
    # Provincial quarter review (Đồng Tháp): DVCTT share, full-process dossiers, hamlets ("ấp, khóm") with 4G, fibre households; the target is not.
    (
        """Quý I/2025, tỉnh Đồng Tháp cung cấp 1.650 dịch vụ công trực tuyến, đạt tỷ lệ 90,4% trên tổng số TTHC; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,1%.
Về hạ tầng, 98,9% ấp, khóm trên địa bàn tỉnh đã có sóng di động 4G; tỷ lệ hộ gia đình sử dụng Internet cáp quang là 75%.
Tỉnh phấn đấu đến cuối năm 2025 có 100% hộ gia đình được kết nối cáp quang.""",
        "2025-04-15",
        [
            ("dvctt_rate", "Đồng Tháp", "as_of", "2025-03-31", 90.4),
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2025-03-31", 62.1),
            ("villages_with_mobile_coverage_rate", "Đồng Tháp", "as_of", "2025-03-31", 98.9),
            ("ftth_household_rate", "Đồng Tháp", "as_of", "2025-03-31", 75),
        ],
    ),
    # Digital society levels "Tính đến ngày 15/4/2025" and "Cùng thời điểm"; rural sub-count after "trong đó" and Viettel Money's share are not.
    (
        """Tính đến ngày 15/4/2025, dịch vụ Mobile Money có 10,2 triệu khách hàng, trong đó 7,1 triệu khách hàng ở khu vực nông thôn, miền núi.
Riêng Viettel Money chiếm khoảng 80% số khách hàng.
Cùng thời điểm, đã có 60,2 triệu tài khoản định danh điện tử (VNeID) được kích hoạt; Bộ Công an đã cấp 87,6 triệu thẻ căn cước gắn chip.""",
        "2025-04-20",
        [
            ("mobile_money_customers", "national", "as_of", "2025-04-15", 10200000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 60200000),
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87600000),
        ],
    ),
    # VNNIC month speeds in "Mb/giây" and "Mb/s", fibre named as "Internet cáp quang", two cities' fixed speeds; upload not stored.
    (
        """Theo VNNIC, trong tháng 7/2025, tốc độ download trên thiết bị di động trung bình tại Việt Nam ở mức 78,42 Mb/giây, tốc độ upload 24,1 Mb/giây.
Đối với Internet cáp quang, tốc độ tải xuống trung bình đạt 192,55 Mb/s.
Tại Hà Nội, tốc độ truy cập băng rộng cố định là 205,1 Mbps, cao nhất cả nước; Đà Nẵng đứng thứ hai với 199,8 Mbps.""",
        "2025-08-10",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 78.42),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 192.55),
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-07-31", 205.1),
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2025-07-31", 199.8),
        ],
    ),
    # Provincial dead zones (Điện Biên): "165/190 …, đạt 86,8%" and "còn 25 thôn, bản chưa có sóng"; unelectrified sub-count, a district and the target are not.
    (
        """Điện Biên đẩy nhanh xóa vùng lõm sóng
Đến hết tháng 4/2025, các doanh nghiệp viễn thông đã phủ sóng 165/190 thôn, bản lõm sóng trên địa bàn tỉnh, đạt 86,8%; còn 25 thôn, bản chưa có sóng, trong đó 12 bản chưa có điện lưới quốc gia.
Huyện Mường Nhé hiện còn 9 bản trắng sóng.
Tỉnh đặt mục tiêu xóa toàn bộ thôn lõm sóng trong năm 2025.""",
        "2025-05-14",
        [
            ("dead_zone_villages_covered_rate", "Điện Biên", "as_of", "2025-04-30", 86.8),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-04-30", 25),
        ],
    ),
    # Table written as lines with two month columns and "(triệu thuê bao)" in the row label; the revenue row has no id.
    (
        """BÁO CÁO SỐ LIỆU HẠ TẦNG VIỄN THÔNG THÁNG 7/2025
Chỉ tiêu | Tháng 7/2025 | Tháng 6/2025
Thuê bao băng rộng cố định (triệu thuê bao) | 25,1 | 24,9
Thuê bao băng rộng di động (triệu thuê bao) | 92,6 | 92,3
Tỷ lệ thuê bao sử dụng smartphone (%) | 90,8 | 90,6
Doanh thu viễn thông (nghìn tỷ đồng) | 30,4 | 29,8""",
        "2025-08-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-07-31", 25100000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24900000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-07-31", 92600000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 92300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-07-31", 90.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 90.6),
        ],
    ),
    # Provincial year review (Thái Nguyên): 100% of "thôn, xóm", fibre households, Internet users, digital economy share of GRDP; all-BTS count not stored.
    (
        """Năm 2024, hạ tầng số tỉnh Thái Nguyên tiếp tục được đầu tư đồng bộ.
Toàn tỉnh có 3.420 trạm BTS các loại; 100% thôn, xóm có sóng di động băng rộng.
Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 88%; tỷ lệ người dân sử dụng Internet ước đạt 85%.
Kinh tế số chiếm 37,9% GRDP của tỉnh, đứng đầu cả nước.""",
        "2025-01-22",
        [
            ("villages_with_mobile_coverage_rate", "Thái Nguyên", "as_of", "2024-12-31", 100),
            ("ftth_household_rate", "Thái Nguyên", "as_of", "2024-12-31", 88),
            ("internet_users_rate", "Thái Nguyên", "as_of", "2024-12-31", 85),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 37.9),
        ],
    ),
    # NEGATIVE: upload speeds, latency, speed ranks and a global median only.
    (
        """Ookla: độ trễ mạng di động Việt Nam giảm còn 18 ms
Trong báo cáo mới nhất, Ookla cho biết tốc độ tải lên trung vị của mạng di động Việt Nam đạt 40,1 Mbps, của băng rộng cố định 148,7 Mbps.
Việt Nam tăng 5 bậc, lên hạng 19 về tốc độ di động và giữ hạng 36 về tốc độ cố định.
Tốc độ tải xuống trung vị toàn cầu của mạng di động hiện là 90 Mbps.""",
        "2025-06-18",
        [],
    ),
    # Provincial interview in quotation marks (Gia Lai), "Hiện nay" by publication; Viettel's stations (sub-count) and targets are not stored.
    (
        """Trao đổi với phóng viên, Giám đốc Sở Khoa học và Công nghệ tỉnh Gia Lai cho biết: "Hiện nay tỉnh có 82 trạm 5G, chủ yếu ở thành phố Pleiku và các khu du lịch. Riêng Viettel Gia Lai đã phát sóng 60 trạm."
"Mục tiêu đến cuối năm 2025, toàn tỉnh có 300 trạm 5G và 100% hộ gia đình có khả năng kết nối cáp quang", ông nói thêm.
Hiện tỷ lệ thuê bao di động sử dụng smartphone trên địa bàn tỉnh đạt 81%.""",
        "2025-06-18",
        [
            ("fiveg_bts_count", "Gia Lai", "as_of", "2025-06-18", 82),
            ("smartphone_subscriber_rate", "Gia Lai", "as_of", "2025-06-18", 81),
        ],
    ),
    # "Hiện nay" in a quarter review published 51 days after the quarter: levels at the quarter's end; "chạm mốc"; quarterly revenue not stored.
    (
        """Quý III/2025, thị trường viễn thông ghi nhận nhiều chuyển biến.
Doanh thu toàn ngành trong quý ước đạt 94.000 tỷ đồng.
Hiện nay, cả nước có 96,5 triệu thuê bao băng rộng di động và 26,2 triệu thuê bao băng rộng cố định; số trạm 5G chạm mốc 25.000 trạm.""",
        "2025-11-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 96500000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 26200000),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 25000),
        ],
    ),
    # NEGATIVE: provincial levels (Cao Bằng) with "Hiện nay" and no published date: nothing can be dated.
    (
        """Cao Bằng: đưa sóng di động đến vùng biên
Hiện nay, tỉnh Cao Bằng có 45 trạm 5G và tỷ lệ thôn, xóm có sóng di động đạt 96,2%.
Toàn tỉnh còn 58 xóm lõm sóng, tập trung ở các huyện Bảo Lâm, Hà Quảng.
Tỉnh đang phối hợp với các nhà mạng để phủ sóng toàn bộ trong thời gian tới.""",
        None,
        [],
    ),
    # Year-end summary: "5G đã phủ tới 91,2% dân số với hơn 39.000 trạm 5G", December speed, full-year attacks ("Lũy kế cả năm"); the fall vs 2024 is not.
    (
        """Đến cuối năm 2025, 5G đã phủ tới 91,2% dân số với hơn 39.000 trạm 5G, đưa Việt Nam vào nhóm dẫn đầu khu vực.
Tốc độ băng rộng di động tháng 12/2025 theo Ookla ở mức 185,3 Mbps.
Lũy kế cả năm 2025, số cuộc tấn công mạng gây sự cố được ghi nhận là 5.210 cuộc, giảm 14,7% so với năm 2024.""",
        "2026-01-08",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.2),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 39000),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 185.3),
            ("cyberattacks", "national", "year", "2025-12-31", 5210),
        ],
    ),
    # "trạm gốc 5G" national total with per-operator split after "trong đó"; 4G stations and 4G population coverage have no id.
    (
        """Tính đến ngày 15/4/2025, cả nước có 10.860 trạm gốc 5G, trong đó Viettel 6.900 trạm, VNPT 3.100 trạm và MobiFone 860 trạm.
Số trạm BTS 4G là 128.000 trạm, phủ sóng 99,8% dân số.
Bộ cũng đã đấu giá thành công băng tần 3.700-3.800 MHz cho MobiFone.""",
        "2025-04-16",
        [("fiveg_bts_count", "national", "as_of", "2025-04-15", 10860)],
    ),
    # Per-100 written as "mật độ … thuê bao/100 dân" over "6 tháng đầu năm"; world average, total mobile and 5G subscriptions are not stored.
    (
        """6 tháng đầu năm 2025, mật độ thuê bao băng rộng cố định đạt 25,2 thuê bao/100 dân, băng rộng di động 90,4 thuê bao/100 dân (mức trung bình thế giới là 87 thuê bao/100 dân).
Tổng số thuê bao di động đạt 128,6 triệu, trong đó thuê bao 5G khoảng 4,5 triệu.
Số thuê bao sử dụng smartphone đạt 114,2 triệu.""",
        "2025-07-15",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 25.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 90.4),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 114200000),
        ],
    ),
    # Provincial department figures (Nghệ An) at end-2024; a district (Kỳ Sơn) and the 2025 target are not stored.
    (
        """Theo Sở Khoa học và Công nghệ tỉnh Nghệ An, tính đến hết năm 2024, tỷ lệ người dân sử dụng Internet trên địa bàn tỉnh đạt 76,5%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,2%.
Riêng huyện Kỳ Sơn, tỷ lệ người dân sử dụng Internet mới đạt 41%.
Tỉnh phấn đấu năm 2025 nâng tỷ lệ này lên 80%.""",
        "2025-02-11",
        [
            ("internet_users_rate", "Nghệ An", "as_of", "2024-12-31", 76.5),
            ("smartphone_subscriber_rate", "Nghệ An", "as_of", "2024-12-31", 84.2),
        ],
    ),
    # "thuê bao truy nhập Internet di động (3G, 4G, 5G)" and "thuê bao Internet băng rộng cố định ở mức"; year-on-year gain, 5G-only and all-mobile counts are not.
    (
        """Tính đến hết quý I/2025, số thuê bao truy nhập Internet di động (3G, 4G, 5G) đạt 90,8 triệu, tăng 3,2 triệu thuê bao so với cùng kỳ năm trước.
Riêng thuê bao 5G đạt 2,1 triệu; tổng số thuê bao điện thoại di động là 127,4 triệu.
Số thuê bao Internet băng rộng cố định ở mức 24,05 triệu.""",
        "2025-04-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 90800000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 24050000),
        ],
    ),
    # Quarterly bullets: quarter attacks, level approval split by "khối bộ, ngành" / "khối địa phương", village coverage; the fall vs Q4/2024 is not.
    (
        """Báo cáo quý I/2025 về an toàn thông tin và hạ tầng số
- Cả nước ghi nhận 1.845 cuộc tấn công mạng gây sự cố trong quý I/2025, giảm 9,3% so với quý IV/2024.
- Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ: khối bộ, ngành đạt 89,1%; khối địa phương đạt 78,4%.
- Tỷ lệ phủ sóng di động tới các thôn, bản đạt 99,7%.""",
        "2025-04-10",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1845),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-03-31", 89.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-03-31", 78.4),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-03-31", 99.7),
        ],
    ),
]
