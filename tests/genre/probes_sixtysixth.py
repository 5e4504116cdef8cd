"""Genre probes, round 66: infrastructure (the first 30) and online services, the digital
economy, cybersecurity and NDXP (the last 30), written blind by helpers from the genre's usual
phrasings (not copied from any page). The helpers labelled the country's values; the values of
provinces and levels were added after a reading of each text. First reading with the stop's
start code (9aaa90f), the country's values only: 40 of 42 right, 40 of 46 found; and 44 of 44,
44 of 45.
"""

CASES = [
    (
        "Theo báo cáo Speedtest Global Index do Ookla công bố, tháng 8/2024 tốc độ tải xuống trung vị "
        "của mạng băng rộng di động Việt Nam đạt 56,37 Mbps, xếp thứ 47/111 quốc gia; băng rộng cố định "
        "đạt 159,42 Mbps, đứng thứ 39/158.",
        "2024-09-18",
        [
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 56.37),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 159.42),
        ],
    ),
    (
        "Năm 2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 79,1%, vượt chỉ tiêu đề "
        "ra; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,6%. Chiến lược phát triển Chính "
        "phủ số đặt mục tiêu đến năm 2025 tỷ lệ hộ gia đình có cáp quang đạt 80%.",
        "2024-01-12",
        [
            ("ftth_household_rate", "national", "year", "2023-12-31", 79.1),
            ("smartphone_subscriber_rate", "national", "year", "2023-12-31", 84.6),
        ],
    ),
    (
        "Theo Quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021–2030, tầm nhìn đến năm 2050, Việt "
        "Nam phấn đấu đến năm 2025 tốc độ truy cập băng rộng cố định bình quân đạt trên 200 Mbps, băng "
        "rộng di động trên 100 Mbps; đến năm 2030, mạng 5G phủ sóng 99% dân số và 100% hộ gia đình có "
        "cáp quang.",
        "2024-02-05",
        [],
    ),
    (
        "Hiện nay, cả nước đã lắp đặt khoảng 7.200 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 26,4% dân "
        "số. Riêng Viettel đã phát sóng hơn 6.500 trạm 5G trên toàn quốc.",
        "2025-01-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-01-08", 7200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-08", 26.4),
        ],
    ),
    (
        "Tỉnh Nghệ An: tính đến hết tháng 6/2024, toàn tỉnh có 1.218 trạm BTS 4G, tỷ lệ hộ gia đình có "
        "cáp quang đạt 78,3%; 100% xã có sóng 4G. Toàn tỉnh còn 52 thôn, bản lõm sóng, chủ yếu ở các "
        "huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong.",
        "2024-07-15",
        [
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-06-30", 78.3),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-06-30", 52.0),
        ],
    ),
    (
        "Quý III/2024, tổng số thuê bao băng rộng di động trên cả nước ghi nhận 87,3 triệu, tương đương "
        "86,6 thuê bao/100 dân, tăng 4,2% so với cùng kỳ năm trước.",
        "2024-10-20",
        [
            ("mobile_broadband_subscriptions", "national", "quarter", "2024-09-30", 87300000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "quarter", "2024-09-30", 86.6),
        ],
    ),
    (
        "Tính đến hết tháng 10/2024, số thuê bao băng rộng cố định đạt 23,2 triệu thuê bao (23,1 thuê "
        "bao/100 dân); trong đó VNPT chiếm khoảng 40% thị phần.",
        "2024-11-14",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 23200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 23.1),
        ],
    ),
    (
        "Theo Bộ Thông tin và Truyền thông, đến ngày 30/9/2024 cả nước còn 1.057 thôn, bản chưa có sóng "
        "di động băng rộng (lõm sóng), giảm hơn 700 thôn so với đầu năm. Bộ đặt mục tiêu xóa toàn bộ "
        "thôn lõm sóng trong năm 2025.",
        "2024-10-25",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1057.0)],
    ),
    (
        "Chương trình “Sóng và máy tính cho em” cùng Chương trình cung cấp dịch vụ viễn thông công ích "
        "đã góp phần phủ sóng cho các thôn, bản vùng sâu. Đến nay, 87% số thôn, bản có điện lưới nhưng "
        "chưa có sóng di động đã được phủ sóng; tỷ lệ thôn, bản có sóng di động băng rộng trên toàn quốc "
        "lên tới 99,7%.",
        "2024-12-20",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 87.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-20", 99.7),
        ],
    ),
    (
        "Năm 2023, tỷ lệ người dân sử dụng Internet tại Việt Nam ước đạt 78,6% dân số, cao hơn mức trung "
        "bình thế giới (khoảng 67%) theo số liệu của Liên minh Viễn thông Quốc tế (ITU).",
        "2024-03-02",
        [("internet_users_rate", "national", "year", "2023-12-31", 78.6)],
    ),
    (
        "Viettel cho biết sau 3 tháng khai trương, mạng 5G của nhà mạng đã có hơn 5 triệu thuê bao sử "
        "dụng, tốc độ tải xuống trung bình đạt khoảng 300 Mbps; VinaPhone cũng đã phát sóng 5G tại 63 "
        "tỉnh, thành phố.",
        "2025-01-20",
        [],
    ),
    (
        "Quý II/2024, tốc độ trung vị mạng di động tại Việt Nam là 49,68 Mbps, tăng 23% so với cùng kỳ "
        "năm 2023; tốc độ băng rộng cố định ở mức 147,87 Mbps.",
        "2024-07-22",
        [
            ("mobile_broadband_speed", "national", "quarter", "2024-06-30", 49.68),
            ("fixed_broadband_speed", "national", "quarter", "2024-06-30", 147.87),
        ],
    ),
    (
        "Hà Nội, ngày 27/12/2024 – Tại Hội nghị tổng kết công tác năm 2024 của Bộ Thông tin và Truyền "
        "thông, Cục Viễn thông cho biết hiện nay Việt Nam có 23,5 triệu thuê bao băng rộng cố định và "
        "89,1 triệu thuê bao băng rộng di động; tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 87,9%.",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-27", 23500000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-27", 89100000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-27", 87.9),
        ],
    ),
    (
        "Theo số liệu của Cục Viễn thông, tính đến tháng 6/2024, cả nước có khoảng 107,2 triệu thuê bao "
        "di động, trong đó số thuê bao sử dụng điện thoại thông minh chiếm 86,4%, tương đương hơn 92,6 "
        "triệu thuê bao.",
        "2024-07-18",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.4),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 92600000.0),
        ],
    ),
    (
        "TP. Hồ Chí Minh hiện có 99,8% hộ gia đình được phủ cáp quang, tốc độ băng rộng cố định trung "
        "bình đạt 172 Mbps, cao hơn mức bình quân cả nước (154,6 Mbps trong tháng 5/2024).",
        "2024-06-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 154.6),
            ("fixed_broadband_speed", "Hồ Chí Minh", "as_of", "2024-06-20", 172.0),
        ],
    ),
    (
        "Mạng 4G hiện đã phủ sóng 99,8% dân số Việt Nam; theo Ookla, Việt Nam đứng thứ 41 thế giới về "
        "tốc độ băng rộng cố định và thứ 48 về tốc độ di động trong tháng 3/2024.",
        "2024-04-16",
        [],
    ),
    (
        "Tính trung bình 9 tháng đầu năm 2024, tốc độ tải xuống của băng rộng cố định tại Việt Nam đạt "
        "152,3 Mbps, còn băng rộng di động đạt 51,9 Mbps.",
        "2024-10-10",
        [
            ("fixed_broadband_speed", "national", "ytd", "2024-09-30", 152.3),
            ("mobile_broadband_speed", "national", "ytd", "2024-09-30", 51.9),
        ],
    ),
    (
        "Báo cáo sơ kết 6 tháng đầu năm 2025 của Bộ Khoa học và Công nghệ cho biết: tốc độ truy cập "
        "Internet băng rộng di động bình quân 6 tháng đạt 118,4 Mbps, băng rộng cố định đạt 210,6 Mbps, "
        "lần đầu vượt mục tiêu 200 Mbps. Tính đến ngày 30/6/2025, cả nước có 13.150 trạm BTS 5G, vùng "
        "phủ 5G đạt 91,5% dân số.",
        "2025-07-08",
        [
            ("mobile_broadband_speed", "national", "half", "2025-06-30", 118.4),
            ("fixed_broadband_speed", "national", "half", "2025-06-30", 210.6),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 13150.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 91.5),
        ],
    ),
    (
        "Tỉnh Hà Giang: hiện toàn tỉnh còn 124 thôn lõm sóng di động; tỷ lệ hộ gia đình có cáp quang mới "
        "đạt 61,2%. UBND tỉnh phấn đấu đến hết năm 2024 xóa 80% số thôn lõm sóng.",
        "2024-05-30",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-05-30", 124.0),
            ("ftth_household_rate", "Hà Giang", "as_of", "2024-05-30", 61.2),
        ],
    ),
    (
        "Hà Nội dẫn đầu cả nước với 38,5 thuê bao băng rộng cố định/100 dân; bình quân toàn quốc là 21,9 "
        "thuê bao/100 dân (tính đến hết năm 2023).",
        "2024-03-10",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 21.9),
            ("fixed_broadband_subscriptions_per_100", "Hà Nội", "as_of", "2023-12-31", 38.5),
        ],
    ),
    (
        "Năm 2023, số thuê bao băng rộng di động trên 100 dân đạt 84,3; số thuê bao băng rộng cố định "
        "trên 100 dân đạt 21,9. Mục tiêu đến năm 2025 là 35 thuê bao băng rộng cố định/100 dân.",
        "2024-02-20",
        [
            ("mobile_broadband_subscriptions_per_100", "national", "year", "2023-12-31", 84.3),
            ("fixed_broadband_subscriptions_per_100", "national", "year", "2023-12-31", 21.9),
        ],
    ),
    (
        "Theo Ookla, tốc độ trung vị băng rộng di động toàn cầu trong tháng 11/2024 là 56,7 Mbps, còn "
        "băng rộng cố định là 94,2 Mbps; Singapore tiếp tục dẫn đầu thế giới về tốc độ cố định với 345 "
        "Mbps.",
        "2024-12-18",
        [],
    ),
    (
        "82,4% – đó là tỷ lệ hộ gia đình sử dụng cáp quang (FTTH) tính đến hết tháng 11/2024, theo Cục "
        "Viễn thông. Con số này năm 2022 chỉ là 75%.",
        "2024-12-12",
        [
            ("ftth_household_rate", "national", "as_of", "2024-11-30", 82.4),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75.0),
        ],
    ),
    (
        "Đến cuối tháng 3/2025, sóng 5G đã phủ tới 47,6% dân số; trong đó riêng Viettel phủ sóng 5G cho "
        "khoảng 90% dân số tại các khu vực đô thị.",
        "2025-04-15",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 47.6)],
    ),
    (
        "Kết quả rà soát mới nhất theo tiêu chí thôn, bản chưa có sóng di động băng rộng (2G/3G/4G) cho "
        "thấy, đến hết tháng 4/2025, cả nước còn 487 thôn, bản lõm sóng; tỷ lệ thôn, bản được phủ sóng "
        "di động băng rộng đạt 99,6%.",
        "2025-05-12",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-04-30", 487.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-04-30", 99.6),
        ],
    ),
    (
        "Các chỉ tiêu hạ tầng số năm 2024: tỷ lệ hộ gia đình có cáp quang đạt 82,5%; tỷ lệ thuê bao sử "
        "dụng điện thoại thông minh đạt 88,1%; tỷ lệ người dân sử dụng Internet đạt 80%; số thuê bao "
        "băng rộng di động trên 100 dân đạt 88,7.",
        "2025-01-06",
        [
            ("ftth_household_rate", "national", "year", "2024-12-31", 82.5),
            ("smartphone_subscriber_rate", "national", "year", "2024-12-31", 88.1),
            ("internet_users_rate", "national", "year", "2024-12-31", 80.0),
            ("mobile_broadband_subscriptions_per_100", "national", "year", "2024-12-31", 88.7),
        ],
    ),
    (
        "Đà Nẵng là một trong những địa phương đầu tiên phủ sóng 5G toàn bộ khu vực trung tâm với 450 "
        "trạm; trên cả nước, tính đến cuối tháng 2/2025 số trạm 5G đã lên tới gần 9.000 trạm.",
        "2025-03-05",
        [("fiveg_bts_count", "national", "as_of", "2025-02-28", 9000.0)],
    ),
    (
        "Số thuê bao di động sử dụng điện thoại thông minh lên tới 91,2 triệu (tính đến hết tháng "
        "12/2023), chiếm 84,6% tổng số thuê bao. Kế hoạch năm 2024 đặt mục tiêu 85% thuê bao di động "
        "dùng smartphone và phổ cập điện thoại thông minh tới từng người dân.",
        "2024-01-25",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 91200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
        ],
    ),
    (
        "Ngày 16/1/2025, Ookla công bố Speedtest Global Index tháng 12/2024: tốc độ băng rộng di động "
        "trung vị của Việt Nam đạt 79,54 Mbps, tăng vọt nhờ triển khai 5G; băng rộng cố định ở mức "
        "168,22 Mbps.",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 79.54),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 168.22),
        ],
    ),
    (
        "Quý I/2025, tổng số thuê bao Internet băng rộng cố định đạt 23.960.000 thuê bao, trong đó FPT "
        "Telecom đóng góp khoảng 5,2 triệu.",
        "2025-04-22",
        [("fixed_broadband_subscriptions", "national", "quarter", "2025-03-31", 23960000.0)],
    ),
    (
        "Theo báo cáo của Văn phòng Chính phủ, tính đến hết tháng 6/2024, tỷ lệ thủ tục hành chính được "
        "cung cấp dịch vụ công trực tuyến toàn trình đạt 47,8%. Tỷ lệ hồ sơ xử lý trực tuyến trên cả "
        "nước ở mức 44,6%, trong đó khối bộ, ngành đạt 65,3%, khối địa phương đạt 39,1%.",
        "2024-07-12",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 47.8),
            ("online_dossier_rate", "national", "as_of", "2024-06-30", 44.6),
            ("online_dossier_rate", "ministries", "as_of", "2024-06-30", 65.3),
            ("online_dossier_rate", "localities", "as_of", "2024-06-30", 39.1),
        ],
    ),
    (
        "Tỉnh Nghệ An: 9 tháng đầu năm 2024, toàn tỉnh tiếp nhận 412.580 hồ sơ trực tuyến, tỷ lệ hồ sơ "
        "trực tuyến đạt 52,4%, tăng 11,2 điểm phần trăm so với cùng kỳ. 100% thủ tục đủ điều kiện của "
        "tỉnh đã được cung cấp dịch vụ công trực tuyến toàn trình; tỉnh phấn đấu đến cuối năm tỷ lệ "
        "thanh toán trực tuyến đạt 50%.",
        "2024-10-08",
        [
            ("online_dossier_rate", "Nghệ An", "ytd", "2024-09-30", 52.4),
            # (a stated share of the eligible procedures, missed by the first labels; stop 47)
            ("full_process_provision_rate", "Nghệ An", "as_of", "2024-10-08", 100.0),
        ],
    ),
    (
        "Số liệu của Tổng cục Thống kê cho thấy năm 2023, kinh tế số chiếm khoảng 12,33% GDP, tốc độ "
        "tăng trưởng của kinh tế số đạt khoảng 20%, gấp gần ba lần tốc độ tăng GDP. Theo Chiến lược quốc "
        "gia, mục tiêu đến năm 2025 kinh tế số đạt 20% GDP và đến năm 2030 đạt 30% GDP.",
        "2024-03-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    (
        "9 tháng đầu năm 2024, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử lý "
        "6.208 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 40,6% so với "
        "cùng kỳ năm 2023. Hiện số địa chỉ IP nằm trong các mạng máy tính ma (botnet) ở mức khoảng "
        "505.000.",
        "2024-10-05",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 6208.0),
            ("botnet_ips", "national", "as_of", "2024-10-05", 505000.0),
        ],
    ),
    (
        "Tính đến ngày 31/3/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có 968,5 triệu "
        "giao dịch kể từ khi khai trương năm 2019. Riêng Quý I/2024, NDXP ghi nhận 158,4 triệu giao "
        "dịch, trung bình 1,74 triệu giao dịch mỗi ngày.",
        "2024-04-10",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 968500000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 158400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 1740000.0),
        ],
    ),
    (
        "Cổng Dịch vụ công quốc gia, tính đến ngày 30/9/2024: 15,2 triệu tài khoản đăng ký; hơn 48,6 "
        "triệu hồ sơ trực tuyến được tiếp nhận qua Cổng; 20,3 triệu giao dịch thanh toán trực tuyến với "
        "tổng số tiền trên 12.700 tỷ đồng.",
        "2024-10-14",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 15200000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-09-30", 48600000.0),
            ("online_payments_count", "national", "as_of", "2024-09-30", 20300000.0),
            ("online_payments_value", "national", "as_of", "2024-09-30", 12700.0),
        ],
    ),
    (
        "Trong tháng 5/2024, Cổng Dịch vụ công quốc gia có thêm 412.000 tài khoản đăng ký mới; tiếp nhận "
        "1,86 triệu hồ sơ trực tuyến; ghi nhận 905.000 giao dịch thanh toán trực tuyến với số tiền 640 "
        "tỷ đồng, tăng 8% so với tháng 4.",
        "2024-06-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 412000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1860000.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 905000.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 640.0),
        ],
    ),
    (
        "Theo Công ty An ninh mạng Viettel (Viettel Cyber Security), trong năm 2023 hệ thống của doanh "
        "nghiệp đã phát hiện và ngăn chặn hơn 2,1 triệu cuộc tấn công mạng nhằm vào khách hàng, đồng "
        "thời trực tiếp xử lý 1.340 sự cố an toàn thông tin. Viettel dự báo số vụ tấn công bằng mã độc "
        "tống tiền (ransomware) năm 2024 sẽ tăng khoảng 30%.",
        "2024-01-20",
        [],
    ),
    (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục hành chính "
        "của cả nước là 35,2% (bộ, ngành: 48,7%; địa phương: 27,9%).",
        "2024-01-25",
        [
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 35.2),
            ("online_dossier_full_process_rate", "ministries", "year", "2023-12-31", 48.7),
            ("online_dossier_full_process_rate", "localities", "year", "2023-12-31", 27.9),
        ],
    ),
    (
        "Thành phố Hà Nội: tính đến hết tháng 10/2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt "
        "75,4%, cao hơn nhiều so với mức 46,2% của cả nước; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ "
        "tục hành chính đạt 89%.",
        "2024-11-12",
        [
            ("online_dossier_rate", "national", "as_of", "2024-10-31", 46.2),
            ("online_dossier_rate", "Hà Nội", "as_of", "2024-10-31", 75.4),
        ],
    ),
    (
        "Cả nước hiện có khoảng 73.800 doanh nghiệp công nghệ số đang hoạt động, tăng 8% so với cùng kỳ "
        "năm trước; doanh thu công nghiệp công nghệ số 4 tháng đầu năm ước đạt 47,9 tỷ USD. Bộ TT&TT "
        "phấn đấu đến năm 2025 cả nước có 100.000 doanh nghiệp công nghệ số.",
        "2024-05-20",
        [],
    ),
    (
        "Năm 2024, quy mô kinh tế số (bao gồm kinh tế số ICT, kinh tế số nền tảng và kinh tế số ngành) "
        "ước chiếm 18,3% GDP; kinh tế số tăng trưởng khoảng 22%, gấp ba lần tốc độ tăng GDP (7,09%).",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 22.0),
        ],
    ),
    (
        "Đến ngày 15/12/2024, các bộ, ngành, địa phương đã cung cấp 4.325 dịch vụ công trực tuyến toàn "
        "trình, đạt tỷ lệ 98,1% trên tổng số thủ tục hành chính đủ điều kiện.",
        "2024-12-20",
        [("full_process_provision_rate", "national", "as_of", "2024-12-15", 98.1)],
    ),
    (
        "Về triển khai Đề án 06, đến nay đã có 46/53 dịch vụ công thiết yếu được cung cấp trực tuyến "
        "toàn trình; Bộ Công an và các bộ liên quan phấn đấu hoàn thành 53/53 dịch vụ trong năm 2024.",
        "2024-08-02",
        [("essential_services_full_process", "national", "as_of", "2024-08-02", 46.0)],
    ),
    (
        "Hà Nội, ngày 18/4/2025 – Tại phiên họp Ban Chỉ đạo, Văn phòng Chính phủ cho biết hiện nay 82,6% "
        "thủ tục hành chính đã được cung cấp dưới hình thức dịch vụ công trực tuyến; tỷ lệ thủ tục được "
        "cung cấp dịch vụ công trực tuyến toàn trình là 53,4%.",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2025-04-18", 82.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-18", 53.4),
        ],
    ),
    (
        "Năm 2023, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 13.900 cuộc tấn công mạng gây "
        "sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Trung tâm Giám sát an "
        "toàn không gian mạng quốc gia đã điều phối ứng cứu 48 sự cố nghiêm trọng; số địa chỉ IP botnet "
        "tại thời điểm cuối năm là 520.000.",
        "2024-01-08",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 520000.0),
        ],
    ),
    (
        "Tháng 8/2024 có 712 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng "
        "5,3% so với tháng 7; gồm 410 cuộc tấn công lừa đảo (Phishing), 254 cuộc tấn công thay đổi giao "
        "diện (Deface) và 48 cuộc tấn công cài mã độc (Malware).",
        "2024-09-06",
        [("cyberattacks", "national", "month", "2024-08-31", 712.0)],
    ),
    (
        "Báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố ước tính tổng giá trị "
        "hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16% so với năm 2023 và "
        "dự kiến lên tới 90-200 tỷ USD vào năm 2030. Trên thế giới, kinh tế số hiện chiếm khoảng 15,5% "
        "GDP toàn cầu.",
        "2024-11-07",
        [],
    ),
    (
        "6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 7,3 triệu hồ sơ trực tuyến; thực "
        "hiện 5,6 triệu giao dịch thanh toán trực tuyến với số tiền hơn 3.480 tỷ đồng.",
        "2024-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 7300000.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 5600000.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 3480.0),
        ],
    ),
    (
        "Năm 2024, NDXP tiếp tục vận hành ổn định, xử lý khoảng 720 triệu giao dịch, nâng tổng số giao "
        "dịch kể từ khi đưa vào vận hành lên 1,53 tỷ.",
        "2025-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 720000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 1530000000.0),
        ],
    ),
    (
        "Trong tháng 2/2025, Nền tảng NDXP xử lý bình quân khoảng 2,1 triệu giao dịch mỗi ngày; riêng Cơ "
        "sở dữ liệu quốc gia về dân cư đã trả lời hơn 1,2 triệu yêu cầu xác thực mỗi ngày cho các hệ "
        "thống kết nối.",
        "2025-03-05",
        [("ndxp_transactions_daily_avg", "national", "day_avg", "2025-02-28", 2100000.0)],
    ),
    (
        "Hiện nay, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 56,2%, vẫn còn khoảng "
        "cách so với mục tiêu 70% vào năm 2025 và mức trung bình 64% của các nước OECD.",
        "2024-11-25",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2024-11-25", 56.2)],
    ),
    (
        "Kế hoạch năm 2025 đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công "
        "trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%; 50% giao dịch trên Cổng Dịch "
        "vụ công quốc gia được thanh toán trực tuyến; kinh tế số chiếm 20% GDP.",
        "2025-02-12",
        [],
    ),
    (
        "Tính đến hết Quý III/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trên toàn quốc đạt "
        "57,2% (bộ, ngành 61,4%; địa phương 56,8%).",
        "2024-10-20",
        [
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-09-30", 57.2),
            ("dvctt_with_dossiers_rate", "ministries", "as_of", "2024-09-30", 61.4),
            ("dvctt_with_dossiers_rate", "localities", "as_of", "2024-09-30", 56.8),
        ],
    ),
    (
        "Thành phố Đà Nẵng: Quý II/2024, Trung tâm Giám sát điều hành đô thị thông minh của thành phố "
        "phát hiện và xử lý 34 sự cố tấn công mạng vào hệ thống thông tin của các cơ quan nhà nước. "
        "Trong cùng quý, cả nước ghi nhận 2.150 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin "
        "tại Việt Nam.",
        "2024-07-18",
        [
            ("cyberattacks", "national", "quarter", "2024-06-30", 2150.0),
            ("cyberattacks", "Đà Nẵng", "quarter", "2024-06-30", 34.0),
        ],
    ),
    (
        "Lũy kế đến hết năm 2023, Cổng Dịch vụ công quốc gia có hơn 12 triệu tài khoản đăng ký, tổng số "
        "tiền thanh toán trực tuyến qua Cổng đạt 7,4 nghìn tỷ đồng.",
        "2024-01-16",
        [
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 12000000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 7400.0),
        ],
    ),
    (
        "Trong năm 2024, số tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia là 3,95 triệu, tăng "
        "27% so với năm 2023; số hồ sơ trực tuyến được tiếp nhận qua Cổng đạt 14,6 triệu.",
        "2025-01-06",
        [
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 3950000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 14600000.0),
        ],
    ),
    (
        "Quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 41,7%; một số đơn vị có tỷ lệ cao "
        "như Bộ Công an (93,2%), Bộ Tài chính (98%), tỉnh Quảng Ninh (72,5%).",
        "2025-04-09",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 41.7),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 72.5),
        ],
    ),
    (
        "Tính đến hết tháng 11/2024, tỷ lệ hồ sơ thủ tục hành chính được cấp kết quả điện tử đạt 61,3%; "
        "tỷ lệ hồ sơ có khai thác, tái sử dụng thông tin, dữ liệu đã được số hóa đạt 32,8%, trong khi "
        "chỉ tiêu đặt ra là 50%.",
        "2024-12-09",
        [
            ("e_result_rate", "national", "as_of", "2024-11-30", 61.3),
            ("data_reuse_rate", "national", "as_of", "2024-11-30", 32.8),
        ],
    ),
    (
        "Theo báo cáo ngày 25/12/2024 của Cục An toàn thông tin, số địa chỉ IP của Việt Nam nằm trong "
        "các mạng botnet hiện còn khoảng 490.000, giảm 6% so với đầu năm; mục tiêu năm 2025 là đưa con "
        "số này xuống dưới 400.000. Trong chỉ số an toàn, an ninh mạng toàn cầu (GCI) của ITU, Việt Nam "
        "thuộc nhóm Bậc 1.",
        None,
        [("botnet_ips", "national", "as_of", "2024-12-25", 490000.0)],
    ),
]
