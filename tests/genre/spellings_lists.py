"""Genre cases: spelling variants, abbreviations, lists over years and places, bounds and forecasts.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        "Tỉ lệ hồ sơ trực tuyến toàn trình năm 2024 của cả nước là 30,1%. Tại Thanh Hoá, tỉ lệ này đạt 40,2%.",
        "2025-01-20",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 30.1),
            ("online_dossier_full_process_rate", "Thanh Hóa", "year", "2024-12-31", 40.2),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ) tháng 12/2024 đạt 43,6%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 24,5%.",
        "2025-01-20",
        [
            ("online_dossier_rate", "national", "month", "2024-12-31", 43.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-12-31", 24.5),
        ],
    ),
    (
        "Số hồ sơ trực tuyến toàn trình chiếm 38,5% tổng số hồ sơ giải quyết thủ tục hành chính trong 9 tháng đầu năm 2024.",
        "2024-10-15",
        [("online_dossier_full_process_rate", "national", "ytd", "2024-09-30", 38.5)],
    ),
    (
        "- Tỷ lệ hồ sơ trực tuyến toàn trình (tháng 12/2024): 35,2%.",
        "2025-01-20",
        [("online_dossier_full_process_rate", "national", "month", "2024-12-31", 35.2)],
    ),
    (
        "Tỷ lệ hồ sơ toàn trình trong tháng 12/2024 tăng lên 35,2%, cao nhất từ trước tới nay.",
        "2025-01-20",
        [("online_dossier_full_process_rate", "national", "month", "2024-12-31", 35.2)],
    ),
    (
        "Theo i-Speed, tháng 12/2024 tốc độ trung bình băng rộng cố định đạt 152,6 Mbps; di động 60,1 Mbps.",
        "2025-01-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 152.6),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 60.1),
        ],
    ),
    (
        "Tốc độ Internet cáp quang tháng 12/2024 đạt 152,6 Mbps. Tốc độ băng rộng di động tháng 12/2024 đạt trung bình 61,3 Mbps cho tải xuống và 22,4 Mbps cho tải lên.",
        "2025-01-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 152.6),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 61.3),
        ],
    ),
    (
        "Trong tháng 9/2022, tốc độ BRCĐ đạt 80,3 Mbps; thuê bao BRDĐ đạt 81,8 triệu thuê bao. Tốc độ truy cập băng thông rộng di động tháng 9/2022 đạt 38,2 Mbps.",
        "2022-10-10",
        [
            ("fixed_broadband_speed", "national", "month", "2022-09-30", 80.3),
            ("mobile_broadband_subscriptions", "national", "month", "2022-09-30", 81800000),
            ("mobile_broadband_speed", "national", "month", "2022-09-30", 38.2),
        ],
    ),
    (
        "Năm 2024, TP.HCM có tỷ lệ hồ sơ trực tuyến toàn trình 9,8%, Hà Nội 8,7%. Đắk Lắk, Hải Dương, Vĩnh Phúc có tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 dưới 10%.",
        "2025-01-20",
        [
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "year", "2024-12-31", 9.8),
            ("online_dossier_full_process_rate", "Hà Nội", "year", "2024-12-31", 8.7),
        ],
    ),
    (
        "Theo Tổng cục Thống kê, tỷ trọng kinh tế số trong GDP các năm từ 2019 - 2022 lần lượt là 11,9%, 12,66%, 12,87% và 12,83%. Giai đoạn 2019–2022, tỷ trọng kinh tế số bình quân 12,6%.",
        "2023-12-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2019-12-31", 11.9),
            ("digital_economy_gdp_share", "national", "year", "2020-12-31", 12.66),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 12.87),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 12.83),
        ],
    ),
    (
        "Kinh tế số chiếm 20% GDP vào năm 2025: còn xa\nTỷ trọng kinh tế số trong GDP năm 2023 mới đạt 12,33%, chưa tới 13%. Muốn đạt mục tiêu, mỗi năm tỷ trọng này phải tăng thêm khoảng 2,5 điểm phần trăm, gấp nhiều lần mức tăng hiện nay.",
        "2024-11-20",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33)],
    ),
    (
        "Việt Nam tăng 15 bậc, lên hạng 71/193 trong Chỉ số Chính phủ điện tử 2024 của Liên Hợp Quốc.",
        "2025-03-01",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    (
        "Theo số liệu của Bộ, tính đến 20/10, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ đạt 38,6%, trong đó khối bộ đạt 52,1%, khối tỉnh đạt 17,3%.",
        "2025-11-05",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2025-10-20", 38.6),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-10-20", 52.1),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-10-20", 17.3),
        ],
    ),
    (
        "Kinh tế số chiếm hơn 13% GDP năm 2024\nTheo Cục Thống kê, tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 13,17%; năm 2024, kinh tế số tăng khoảng 10,5%, bình quân giai đoạn 2021 - 2024 tăng 9,1%.",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_growth", "national", "year", "2024-12-31", 10.5),
        ],
    ),
    (
        "Xếp hạng tốc độ Internet của Việt Nam tháng 5/2023\n\nTheo Ookla, tốc độ tải xuống trung vị của Internet di động tại Việt Nam trong tháng 5 đạt 41,2 Mb/giây, tăng nhẹ so với tháng 4. Thứ hạng di động tăng 2 bậc.\n\nỞ hạng mục Internet băng rộng cố định, Việt Nam giữ nguyên vị trí 44. Tốc độ tải xuống trong tháng qua đạt 92,5 Mb/giây.",
        "2023-06-20",
        [
            ("mobile_broadband_speed", "national", "month", "2023-05-31", 41.2),
            ("fixed_broadband_speed", "national", "month", "2023-05-31", 92.5),
        ],
    ),
    (
        "Theo Cục An toàn thông tin, số cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 3 là 1.105 cuộc, giảm 87 cuộc so với tháng 2.2024 (là 1.192 cuộc). Riêng tuần lễ từ 18 - 24.3, Cục đã ghi nhận 301 cuộc tấn công.",
        "2024-04-08",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1105),
            ("cyberattacks", "national", "month", "2024-02-29", 1192),
        ],
    ),
    (
        "Theo Tổng cục Thống kê, tỷ trọng kinh tế số trong GDP các năm 2019-2021 lần lượt là: Năm 2019 là 11,9%; 2020 là 12,66% và ước tính 2021 là 12,87%.",
        "2022-09-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2019-12-31", 11.9),
            ("digital_economy_gdp_share", "national", "year", "2020-12-31", 12.66),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 12.87),
        ],
    ),
    (
        "Số cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam đã được Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận, cảnh báo và hướng dẫn xử lý trong tháng 4/2023 là 1.120 cuộc. Số cuộc tấn công đã giảm từ 1.356 cuộc trong tháng 3/2023 xuống 1.120 cuộc vào tháng 4/2023.",
        "2023-05-08",
        [
            ("cyberattacks", "national", "month", "2023-04-30", 1120),
            ("cyberattacks", "national", "month", "2023-03-31", 1356),
        ],
    ),
    (
        "Trong quý I/2024, hệ thống đã ghi nhận 2.323 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Riêng tháng 3/2024 có 781 cuộc, giảm so với tháng 2/2024 (804 cuộc). Theo Bkav, có hơn 300.000 máy tính tại Việt Nam nằm trong các mạng botnet.",
        "2024-04-10",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2323),
            ("cyberattacks", "national", "month", "2024-03-31", 781),
            ("cyberattacks", "national", "month", "2024-02-29", 804),
        ],
    ),
    (
        "Theo đó, số vụ tấn công gây ra sự cố tháng 10 giảm 12,4% so với tháng 9/2023 (903 cuộc). Trong tháng 10/2023 có hơn 412.000 địa chỉ máy tính (IP) nằm trong mạng máy tính nhiễm mã độc (mạng botnet).",
        "2023-11-06",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 903),
            ("botnet_ips", "national", "month", "2023-10-31", 412000),
        ],
    ),
    (
        "Đến năm 2024, mạng viễn thông của tỉnh Nghệ An đã phủ sóng tới 100% xã, phường, thị trấn; 97% các thôn, bản có kết nối băng rộng di động. Nhiều sở, ngành đạt tỷ lệ hoàn thành trên 80%. Hiện cả nước còn lại 266 thôn chưa phủ sóng được.",
        "2024-12-13",
        [
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2024-12-13", 97),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-13", 266),
        ],
    ),
    # two months listed before "lần lượt", their figures with no noun after them
    (
        "Số giao dịch qua NDXP trong tháng 7 và tháng 8/2024 lần lượt đạt 68,5 triệu và 72,1 triệu.",
        "2024-09-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 68500000.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 72100000.0),
        ],
    ),
    # "Với kết quả X%, tỉnh …": the measure just given, for the province named after the figure
    (
        "Theo đó, kết quả Chỉ số SIPAS năm 2024 trung bình cả nước là 83,94%. Với kết quả 90,23%, tỉnh "
        "Thái Nguyên tiếp tục giữ vững vị trí số 2 toàn quốc, sau Hải Phòng.",
        "2025-04-10",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 83.94),
            ("satisfaction_rate", "Thái Nguyên", "year", "2024-12-31", 90.23),
        ],
    ),
]
