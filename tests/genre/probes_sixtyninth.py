"""Genre probes, round 69: press summaries of the monthly and quarterly reports and the steering
committee's meetings across the families, with the genre's harder periods ("tháng trước", "lũy kế
từ đầu năm", "tính từ khi khai trương", report windows, two months in one sentence), written
blind by a helper (not copied from any page). First reading with the code of 5ddedad (and the
start code 9aaa90f alike): 56 of 57 right, 56 of 63 found. Left: "tháng trước" dated by the
page, a running total "vượt mốc 1,4 tỷ" (a mark passed, by design no value), two months' NDXP
counts "lần lượt đạt 68,5 triệu và 72,1 triệu", and a speed's level before its rise ("tăng từ
149,7 Mbps lên 153,9 Mbps") dated only by the sentence's parallel.
"""

CASES = [
    (
        "Báo cáo tình hình chuyển đổi số tháng 9/2024 của Bộ Thông tin và Truyền thông: Trong tháng, Cục "
        "An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.013 cuộc tấn công mạng gây sự cố "
        "vào các hệ thống thông tin tại Việt Nam, giảm 8,3% so với tháng trước. Số địa chỉ IP nằm trong "
        "các mạng botnet ở mức 562.340.",
        "2024-10-05",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 1013.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 562340.0),
        ],
    ),
    (
        "Theo số liệu Bộ Thông tin và Truyền thông vừa công bố, tháng trước có 1.151 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin ở Việt Nam, tăng 21,4% so với cùng kỳ năm 2023.",
        "2024-11-06",
        [("cyberattacks", "national", "month", "2024-10-31", 1151.0)],
    ),
    (
        "Lũy kế 9 tháng đầu năm 2024, các hệ thống giám sát đã phát hiện 7.620 cuộc tấn công mạng gây sự "
        "cố, giảm 36% so với cùng kỳ năm 2023; riêng trong tháng 9 là 640 cuộc.",
        "2024-10-10",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 7620.0),
            ("cyberattacks", "national", "month", "2024-09-30", 640.0),
        ],
    ),
    (
        "Tính từ khi khai trương (ngày 9/12/2019) đến nay, Cổng Dịch vụ công quốc gia đã có hơn 10,6 "
        "triệu tài khoản đăng ký, tiếp nhận trên 16,4 triệu hồ sơ trực tuyến và thực hiện gần 9,9 triệu "
        "giao dịch thanh toán trực tuyến với tổng số tiền hơn 6.100 tỷ đồng.",
        "2024-03-15",
        [
            ("national_portal_accounts", "national", "as_of", "2024-03-15", 10600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-03-15", 16400000.0),
            ("online_payments_count", "national", "as_of", "2024-03-15", 9900000.0),
            ("online_payments_value", "national", "as_of", "2024-03-15", 6100.0),
        ],
    ),
    (
        "Theo báo cáo của Văn phòng Chính phủ, trong kỳ báo cáo tháng 9 (từ 15/8 đến 14/9/2024), Cổng "
        "Dịch vụ công quốc gia có thêm 412.000 tài khoản đăng ký mới và tiếp nhận 1,9 triệu hồ sơ trực "
        "tuyến; lũy kế đến ngày 14/9/2024, tổng số tài khoản đăng ký đạt 12,8 triệu.",
        "2024-09-20",
        [
            ("national_portal_accounts_new", "national", "month", "2024-09-30", 412000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-09-30", 1900000.0),
            ("national_portal_accounts", "national", "as_of", "2024-09-14", 12800000.0),
        ],
    ),
    (
        "Tại hội nghị giao ban, đại diện Bộ Thông tin và Truyền thông cho biết trong quý vừa qua, Nền "
        "tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 210 triệu giao dịch, bình quân "
        "khoảng 2,3 triệu giao dịch mỗi ngày; tổng số giao dịch từ khi đưa vào vận hành năm 2019 đã vượt "
        "mốc 1,4 tỷ.",
        "2024-10-08",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 210000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 2300000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-10-08", 1400000000.0),
        ],
    ),
    (
        "Số giao dịch qua NDXP trong tháng 7 và tháng 8/2024 lần lượt đạt 68,5 triệu và 72,1 triệu, nâng "
        "tổng số giao dịch lũy kế từ năm 2019 lên hơn 1,31 tỷ.",
        "2024-09-06",
        [
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 68500000.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 72100000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-08-31", 1310000000.0),
        ],
    ),
    (
        "Theo Speedtest Global Index của Ookla, tháng 8/2024 tốc độ truy cập Internet băng rộng cố định "
        "trung bình của Việt Nam đạt 154,3 Mbps, xếp thứ 37 thế giới; tốc độ băng rộng di động đạt 71,8 "
        "Mbps. Tốc độ trung bình của thế giới lần lượt là 92,8 Mbps và 55,2 Mbps.",
        "2024-09-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 154.3),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 71.8),
        ],
    ),
    (
        "Tốc độ băng rộng di động của Việt Nam tháng 10 đạt 72,5 Mbps, nhích nhẹ so với mức 71,1 Mbps "
        "của tháng 9; trong khi đó, tốc độ băng rộng cố định tăng từ 149,7 Mbps lên 153,9 Mbps.",
        "2024-11-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 72.5),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 71.1),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 149.7),
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 153.9),
        ],
    ),
    (
        "Đến nay, Bộ Công an đã cấp 87,6 triệu thẻ Căn cước công dân gắn chip và kích hoạt hơn 58,7 "
        "triệu tài khoản định danh điện tử VNeID, trong đó riêng tháng trước có thêm 1,2 triệu tài khoản "
        "được kích hoạt.",
        "2024-07-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-07-12", 87600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-12", 58700000.0),
        ],
    ),
    (
        "Năm 2024, kinh tế số ước đóng góp khoảng 18,3% GDP, cao hơn mức 16,5% của năm 2023; tốc độ tăng "
        "trưởng kinh tế số đạt khoảng 20%, gấp ba lần tốc độ tăng GDP. Mục tiêu đến năm 2025, kinh tế số "
        "chiếm 20% GDP.",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    (
        "Phát biểu tại phiên họp của Ủy ban Quốc gia về chuyển đổi số, Bộ trưởng cho biết 9 tháng năm "
        "2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 42,3%, trong đó khối bộ, ngành đạt 61,5%, "
        "khối địa phương đạt 38,2%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 68%.",
        "2024-10-20",
        [
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 42.3),
            ("online_dossier_rate", "ministries", "ytd", "2024-09-30", 61.5),
            ("online_dossier_rate", "localities", "ytd", "2024-09-30", 38.2),
            ("e_result_rate", "national", "ytd", "2024-09-30", 68.0),
        ],
    ),
    (
        "Tỉnh Nghệ An: 6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 512.400 hồ sơ thủ tục hành chính trực "
        "tuyến, tỷ lệ hồ sơ trực tuyến đạt 58,6%, tăng 14,2 điểm phần trăm so với cùng kỳ năm 2023; tỷ "
        "lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 81%.",
        "2024-07-08",
        [("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 58.6)],
    ),
    (
        "Thủ tướng yêu cầu phấn đấu đến hết năm 2025, 100% dịch vụ công đủ điều kiện được cung cấp trực "
        "tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% và toàn bộ 53 dịch vụ công thiết yếu "
        "được tích hợp trên Cổng Dịch vụ công quốc gia.",
        "2024-04-20",
        [],
    ),
    (
        "Chuyển đổi số tháng 5/2024: Cổng Dịch vụ công quốc gia ghi nhận 820.000 giao dịch thanh toán "
        "trực tuyến với số tiền 610 tỷ đồng trong tháng; lũy kế từ đầu năm đạt 3,6 triệu giao dịch, "
        "tương ứng 2.740 tỷ đồng.",
        "2024-06-04",
        [
            ("online_payments_count_new", "national", "month", "2024-05-31", 820000.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 610.0),
            ("online_payments_count_new", "national", "ytd", "2024-05-31", 3600000.0),
            ("online_payments_value_new", "national", "ytd", "2024-05-31", 2740.0),
        ],
    ),
    (
        "Trong 9 tháng năm 2023, Việt Nam ghi nhận 9.570 cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin, trong khi cùng kỳ năm 2022 là 9.910 cuộc.",
        "2023-10-12",
        [
            ("cyberattacks", "national", "ytd", "2023-09-30", 9570.0),
            ("cyberattacks", "national", "ytd", "2022-09-30", 9910.0),
        ],
    ),
    (
        "Tính đến ngày 30/6/2024, NDXP đã kết nối với 97 bộ, ngành, địa phương, thiết lập 4.600 điểm kết "
        "nối giữa các hệ thống, cơ sở dữ liệu; trong 6 tháng đầu năm, trung bình mỗi ngày có khoảng 2,1 "
        "triệu giao dịch được thực hiện qua nền tảng.",
        "2024-07-15",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 97.0),
            ("ndxp_connection_points", "national", "as_of", "2024-06-30", 4600.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2100000.0),
        ],
    ),
    (
        "Sở Thông tin và Truyền thông tỉnh Quảng Ninh cho biết trong quý vừa qua, tỷ lệ hồ sơ trực tuyến "
        "toàn trình của tỉnh đạt 72,4%; 100% hồ sơ giải quyết xong được trả kết quả điện tử.",
        "2024-07-05",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-06-30", 72.4),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-06-30", 100.0),
        ],
    ),
    (
        "Huyện Quỳnh Lưu (Nghệ An) lũy kế từ đầu năm đến hết tháng 9/2024 đã tiếp nhận 48.200 hồ sơ, tỷ "
        "lệ hồ sơ xử lý trực tuyến đạt 71,3%. Cùng thời gian, Bộ Tư pháp cho biết tỷ lệ hồ sơ trực tuyến "
        "của Bộ đạt 92,6%, dẫn đầu khối bộ, ngành.",
        "2024-10-12",
        [],
    ),
    (
        "Viettel cho biết sau 6 tháng khai trương, mạng 5G của nhà mạng đã có hơn 6 triệu thuê bao, phủ "
        "sóng 100% trung tâm tỉnh, thành phố; tốc độ tải xuống trung bình trên mạng 5G đạt khoảng 500 "
        "Mbps, gấp 10 lần 4G.",
        "2025-04-16",
        [],
    ),
    (
        "Từ khi khai trương đến ngày 31/12/2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 13,5 triệu hồ "
        "sơ trực tuyến; riêng năm 2023 tiếp nhận 6,2 triệu hồ sơ và thực hiện 4,1 triệu giao dịch thanh "
        "toán trực tuyến.",
        "2024-01-08",
        [
            ("national_portal_dossiers", "national", "as_of", "2023-12-31", 13500000.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 6200000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 4100000.0),
        ],
    ),
    (
        "Theo báo cáo của Tổ công tác triển khai Đề án 06, trong kỳ (từ 15/10 đến 14/11/2024), cả nước "
        "có thêm 2,1 triệu tài khoản định danh điện tử được kích hoạt, nâng tổng số lên 61,3 triệu tài "
        "khoản; lũy kế đã cấp 90,2 triệu thẻ căn cước gắn chip.",
        "2024-11-20",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-11-14", 61300000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-11-14", 90200000.0),
        ],
    ),
    (
        "Quý I/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 2.336 cuộc tấn công "
        "mạng gây sự cố, giảm 15,6% so với quý IV/2023; số địa chỉ IP botnet đến cuối quý giảm còn "
        "481.000.",
        "2024-04-10",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2336.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 481000.0),
        ],
    ),
    (
        "Sở Thông tin và Truyền thông TP.HCM cho biết, trong tháng trước, tỷ lệ hồ sơ xử lý trực tuyến "
        "trên địa bàn thành phố đạt 73,9%, riêng TP. Thủ Đức đạt 89%. Hiện thành phố cung cấp 1.210 dịch "
        "vụ công trực tuyến toàn trình, chiếm 61,2% tổng số thủ tục hành chính.",
        "2024-08-07",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "month", "2024-07-31", 73.9),
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2024-08-07", 61.2),
        ],
    ),
    (
        "Báo cáo tại phiên họp Ban Chỉ đạo, 9 tháng năm 2024, Cổng Dịch vụ công quốc gia có thêm 2,9 "
        "triệu tài khoản đăng ký, gấp 1,5 lần cùng kỳ. Đến hết tháng 9, tỷ lệ dịch vụ công trực tuyến "
        "toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 89,3%.",
        "2024-10-18",
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-09-30", 2900000.0),
            ("full_process_provision_rate", "national", "as_of", "2024-09-30", 89.3),
        ],
    ),
    (
        "So với tháng 8, số cuộc tấn công mạng gây sự cố trong tháng 9/2024 giảm 12,5%, song các vụ tấn "
        "công bằng mã độc tống tiền (ransomware) nhắm vào doanh nghiệp lại gia tăng; riêng một tập đoàn "
        "dầu khí đã bị gián đoạn hệ thống trong 4 ngày.",
        "2024-10-03",
        [],
    ),
    (
        "Số hồ sơ trực tuyến tiếp nhận qua Cổng Dịch vụ công quốc gia trong tháng 3 đạt 1,42 triệu, tăng "
        "mạnh so với 1,15 triệu hồ sơ của tháng 2/2024.",
        "2024-04-09",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1420000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 1150000.0),
        ],
    ),
    (
        "Hiện nay, tỷ lệ người dân sử dụng Internet ở Việt Nam ước đạt 79,1%; 84,5% thuê bao di động sử "
        "dụng điện thoại thông minh, tương đương 102,3 triệu thuê bao. Con số này cao hơn mức trung bình "
        "khu vực Đông Nam Á (75%).",
        "2024-12-20",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-20", 79.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-20", 84.5),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-20", 102300000.0),
        ],
    ),
    (
        "Tính đến cuối năm 2024, cả nước đã phát sóng khoảng 7.000 trạm BTS 5G, vùng phủ sóng 5G đạt 26% "
        "dân số; theo kế hoạch, năm 2025 các doanh nghiệp sẽ lắp đặt thêm 20.000 trạm.",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
        ],
    ),
    (
        "Kế hoạch chuyển đổi số tháng 12/2024: Bộ Thông tin và Truyền thông đặt mục tiêu trong tháng "
        "tăng thêm ít nhất 1 triệu tài khoản trên Cổng Dịch vụ công quốc gia, nâng tỷ lệ hồ sơ trực "
        "tuyến toàn trình lên 50% và giảm 20% số cuộc tấn công mạng so với tháng 11.",
        "2024-12-02",
        [],
    ),
]
