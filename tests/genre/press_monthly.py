"""Genre cases: press write-ups of the monthly figures (leads dated by the event, page stamps on
the body's line, English digit grouping, kinds of attack, averages, "từ đầu năm đến hết tháng",
direction words listed before "lần lượt").

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # the body follows the saved page's stamp on the same line
        " date 2023-09 Trong tháng 8/2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng "
        "dẫn xử lý 1.102 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Trong 1.102 cuộc tấn công mạng gây ra sự cố tháng 8/2023, có 610 cuộc tấn công lừa đảo "
        "(Phishing), 452 cuộc tấn công cài mã độc (Malware) và 40 cuộc tấn công thay đổi giao diện "
        "(Deface).\n"
        "Tính lũy kế từ đầu năm 2023 đến hết tháng 8, Cục đã ghi nhận 8.210 cuộc tấn công mạng "
        "gây ra sự cố vào các hệ thống thông tin tại Việt Nam. Trung bình trong 8 tháng đầu năm "
        "nay, mỗi tháng có 1.026 cuộc tấn công mạng gây ra sự cố.",
        None,
        [
            ("cyberattacks", "national", "month", "2023-08-31", 1102),
            ("cyberattacks", "national", "ytd", "2023-08-31", 8210),
        ],
    ),
    (
        "Số thuê bao băng rộng cố định ước đạt 23,518,402 thuê bao trong tháng 5/2025, tăng 2,1% "
        "so với cùng kỳ năm 2024.",
        "2025-06-20",
        [("fixed_broadband_subscriptions", "national", "month", "2025-05-31", 23518402)],
    ),
    (
        "Theo số liệu i-Speed, tốc độ Internet Việt Nam trong tháng 6/2025 tiếp tục tăng.\n"
        "Cụ thể, tốc độ tải xuống, tải lên mạng băng rộng cố định của Việt Nam lần lượt ghi nhận "
        "mức 241,5Mbps và 188,2 Mbps.",
        "2025-07-09",
        [("fixed_broadband_speed", "national", "month", "2025-06-30", 241.5)],
    ),
    (
        # a news lead dates "đến nay": the meeting it reports, not the page's month
        " date 2025-04\nCổng Thông tin điện tử Bộ Công an\nChiều 28/3/2025, tại trụ sở Bộ Công an, "
        "Tổ công tác triển khai Đề án 06 họp đánh giá kết quả tháng 3. Báo cáo tại cuộc họp cho "
        "biết, đến nay đã có 52/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.",
        None,
        [("essential_services_full_process", "national", "as_of", "2025-03-28", 52)],
    ),
    (
        # villages covered during the months are not the villages left
        "Từ tháng 1 đến tháng 6/2024, các doanh nghiệp viễn thông đã phủ sóng 210 thôn chưa có "
        "sóng di động. Tuy nhiên, tính đến hết tháng 6/2024, cả nước vẫn còn 874 thôn chưa có "
        "sóng di động.",
        "2024-07-12",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 874)],
    ),
    (
        # the direction word comes after the figure, with "tốc độ" before it
        "Theo Ookla, trong tháng 4/2023 băng rộng cố định của Việt Nam đạt mức 81,2 Mb/giây tốc "
        "độ tải xuống và 77,4 Mb/giây tốc độ tải lên.",
        "2023-05-18",
        [("fixed_broadband_speed", "national", "month", "2023-04-30", 81.2)],
    ),
    (
        # "trong 10 tháng" in a text written after them: the year's first ten months
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong 10 tháng chỉ đạt 34,8%. "
        "Các bộ, ngành cần hoàn thành việc số hóa trong 3 tháng tới.",
        "2023-11-10",
        [("data_reuse_rate", "national", "ytd", "2023-10-31", 34.8)],
    ),
    (
        # the body with the largest share is one body's figure, not the platform's total
        "6 tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện "
        "612,4 triệu giao dịch. Trong 6 tháng, Bộ Công an là đơn vị có số giao dịch khai thác dữ "
        "liệu lớn nhất với khoảng 170 triệu giao dịch.",
        "2025-07-08",
        [("ndxp_transactions_period", "national", "half", "2025-06-30", 612400000)],
    ),
    (
        # a rank in the country ("đứng thứ 3 toàn quốc") does not make the next figures national
        "Hà Tĩnh: Hồ sơ trực tuyến toàn trình tăng mạnh\n"
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,2%, đứng thứ 3 "
        "toàn quốc; tỷ lệ cấp kết quả điện tử đạt 90,1%.",
        "2024-07-15",
        [
            ("online_dossier_full_process_rate", "Hà Tĩnh", "half", "2024-06-30", 68.2),
            ("e_result_rate", "Hà Tĩnh", "half", "2024-06-30", 90.1),
        ],
    ),
    (
        # "Riêng Bộ Công an …": one body's part of the whole stated before it
        "Trong 9 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã thực hiện 9,1 triệu giao dịch "
        "thanh toán trực tuyến. Riêng Bộ Công an đã tiếp nhận 2,7 triệu giao dịch thanh toán trực "
        "tuyến, với số tiền khoảng 980 tỷ đồng.",
        "2024-10-12",
        [("online_payments_count_new", "national", "ytd", "2024-09-30", 9100000)],
    ),
    (
        # several operators named: the one right before the number is its subject
        "Tính đến cuối tháng 4/2024, cả nước có 7,9 triệu khách hàng sử dụng Mobile Money. "
        "Viettel hiện dẫn đầu với khoảng 6,1 triệu khách hàng Viettel Money, tiếp theo là VNPT "
        "với 1,2 triệu và MobiFone với khoảng 0,6 triệu.",
        "2024-05-20",
        [("mobile_money_customers", "national", "as_of", "2024-04-30", 7900000)],
    ),
    (
        # no page date: a condition on the months so far dates the text ("Nếu … thì …")
        "Theo thống kê của Bộ TT&TT, hiện thuê bao BRCĐ ước đạt 19,6 triệu thuê bao, tăng 10,2% "
        "so với cùng kỳ năm ngoái. Nếu giữ tốc độ tăng trưởng trung bình 0,8% của 8 tháng đầu "
        "năm 2021 thì đến cuối năm 2021 đạt mục tiêu đặt ra.",
        None,
        [("fixed_broadband_subscriptions", "national", "as_of", "2021-08-31", 19600000)],
    ),
    (
        # no page date: "cùng kỳ 2022" (no "năm") and "sáu tháng đầu năm" date the text; a ratio
        # in words and a mark crossed for the first time are not values; "trên 100 dân" is per 100
        "Trung bình cứ 10 người Việt Nam có 8 thuê bao băng rộng di động.\n"
        "Tại hội nghị sơ kết sáu tháng đầu năm, Bộ Thông tin và Truyền thông cho biết số thuê bao "
        "băng rộng di động tăng 6,1% so với cùng kỳ 2022, đạt trung bình 84,3 trên 100 dân. Đây "
        "là lần đầu tỷ lệ này trên 80%.",
        None,
        [("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-06-30", 84.3)],
    ),
    (
        # a span looked back on dates the stock left at its end; "chưa được phủ sóng" is not
        # "được phủ sóng"; a plan's span ("giai đoạn 2026-2030") dates nothing
        "Giai đoạn 2021–2022, các doanh nghiệp viễn thông di động đã hoàn thành phủ sóng cho "
        "2.164 thôn, còn lại 261 thôn chưa được phủ sóng. Giai đoạn 2026-2030, Bộ đặt mục tiêu "
        "phủ sóng toàn bộ các thôn còn lại.",
        "2023-05-10",
        [("villages_without_mobile_coverage", "national", "as_of", "2022-12-31", 261)],
    ),
    (
        # "con số này" names back a figure the sentence before named without a value
        "Theo số liệu sơ bộ, tỷ trọng kinh tế số trên GDP của cả nước đã có sự tăng mạnh. Năm "
        "2020, con số này được ước tính là 10,21%.",
        "2022-03-02",
        [("digital_economy_gdp_share", "national", "year", "2020-12-31", 10.21)],
    ),
    (
        # the month before's values in one parenthesis, in the order of the figures before it
        "Theo Ookla, trong tháng 5/2025 tốc độ Internet băng rộng cố định và di động tại Việt Nam "
        "lần lượt đạt 170,2 Mbps và 145,6 Mbps, cải thiện so với tháng 4/2025 (168,4 Mbps và "
        "139,9 Mbps).",
        "2025-06-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 170.2),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 145.6),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 168.4),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 139.9),
        ],
    ),
    (
        # "Trong năm," opens a paragraph about the year the paragraph before spoke of
        "Theo báo cáo tổng kết năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc năm 2023 "
        "đạt 36,09%.\n\nTrong năm, Cổng Dịch vụ công quốc gia tiếp nhận 7,2 triệu hồ sơ trực "
        "tuyến.",
        "2024-01-25",
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 36.09),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 7200000),
        ],
    ),
    (
        # a day of a month is no ratio; a threshold that sorts units is nobody's value; a terse
        # list names each level after its figure
        "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công sáng 3/6.\n"
        "Số liệu đến 31/5/2025: Hệ thống giải quyết TTHC kết nối EMC: 96% bộ, ngành; 91,2% địa "
        "phương. Có 12/20 sở, ngành đạt tỷ lệ hồ sơ trực tuyến trên 80%.",
        "2025-06-04",
        [
            ("emc_connection_rate", "ministries", "as_of", "2025-05-31", 96),
            ("emc_connection_rate", "localities", "as_of", "2025-05-31", 91.2),
        ],
    ),
]
