"""Genre cases: one figure per province in a list, the way rankings of localities are written.

CASES: (text, published_iso_date, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual list forms; the national figure, where given,
stays national.
"""

CASES = [
    (
        "Trong tháng 7/2025, tốc độ tải xuống trung bình của mạng băng rộng cố định tại các thành "
        "phố lớn lần lượt là Hà Nội, Đà Nẵng và Hải Phòng với 331,4 Mbps, 298,7 Mbps và 276,5 Mbps.",
        "2025-08-12",
        [
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-07-31", 331.4),
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2025-07-31", 298.7),
            ("fixed_broadband_speed", "Hải Phòng", "month", "2025-07-31", 276.5),
        ],
    ),
    (
        "Về tốc độ băng rộng di động tháng 6/2025, dẫn đầu là Đà Nẵng với 190,2 Mbps, tiếp theo là "
        "Cần Thơ (112,4 Mbps) và Hà Nội (98,6 Mbps).",
        "2025-07-09",
        [
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2025-06-30", 190.2),
            ("mobile_broadband_speed", "Cần Thơ", "month", "2025-06-30", 112.4),
            ("mobile_broadband_speed", "Hà Nội", "month", "2025-06-30", 98.6),
        ],
    ),
    (
        "Tính đến hết tháng 9/2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 43,2%; một "
        "số địa phương đạt cao: Bình Dương 71,5%, Quảng Ninh 68,9%, Hà Nam 66,1%.",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2024-09-30", 43.2),
            ("online_dossier_full_process_rate", "Bình Dương", "as_of", "2024-09-30", 71.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "as_of", "2024-09-30", 68.9),
            ("online_dossier_full_process_rate", "Hà Nam", "as_of", "2024-09-30", 66.1),
        ],
    ),
    (
        "Các tỉnh có tỷ lệ hồ sơ xử lý trực tuyến thấp nhất năm 2023 gồm Điện Biên (12,4%), "
        "Lai Châu (14,1%) và Hà Giang (15,8%).",
        "2024-01-15",
        [
            ("online_dossier_rate", "Điện Biên", "year", "2023-12-31", 12.4),
            ("online_dossier_rate", "Lai Châu", "year", "2023-12-31", 14.1),
            ("online_dossier_rate", "Hà Giang", "year", "2023-12-31", 15.8),
        ],
    ),
    (
        "Tháng 8/2025, Hà Nội tiếp tục dẫn đầu cả nước về tốc độ mạng cố định với 342,1 Mbps.",
        "2025-09-11",
        [("fixed_broadband_speed", "Hà Nội", "month", "2025-08-31", 342.1)],
    ),
    (
        "Đến nay, tỷ lệ hộ gia đình sử dụng cáp quang tại Bắc Ninh đạt 92,3%, cao hơn mức trung "
        "bình cả nước (83,6%).",
        "2025-03-05",
        [
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2025-03-05", 92.3),
            ("ftth_household_rate", "national", "as_of", "2025-03-05", 83.6),
        ],
    ),
    (
        # trap: the operators' figures in the same list are not a province's
        "Tốc độ tải xuống băng rộng cố định tháng 5/2025 tại Hà Nội đạt 305,6 Mbps; còn Viettel đạt 320,1 "
        "Mbps và VNPT đạt 287,4 Mbps.",
        "2025-06-12",
        [("fixed_broadband_speed", "Hà Nội", "month", "2025-05-31", 305.6)],
    ),
    (
        "Tốc độ băng rộng cố định tháng 3/2024 của các địa phương dẫn đầu: Bắc Ninh 241,5 Mb/s; "
        "Hà Nội 232,8 Mb/s; Hải Phòng 228,1 Mb/s.",
        "2024-04-10",
        [
            ("fixed_broadband_speed", "Bắc Ninh", "month", "2024-03-31", 241.5),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-03-31", 232.8),
            ("fixed_broadband_speed", "Hải Phòng", "month", "2024-03-31", 228.1),
        ],
    ),
    (
        "Trong tháng 2/2025, các tỉnh có tốc độ Internet cố định cao nhất là Vĩnh Phúc – 238,8 "
        "Mb/s, Bắc Giang – 231,2 Mb/s và Hà Nội – 229,9 Mb/s.",
        "2025-03-12",
        [
            ("fixed_broadband_speed", "Vĩnh Phúc", "month", "2025-02-28", 238.8),
            ("fixed_broadband_speed", "Bắc Giang", "month", "2025-02-28", 231.2),
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-02-28", 229.9),
        ],
    ),
    (
        "Về tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đầu năm 2024, đứng đầu là Quảng Ninh với "
        "72,4%, kế đến là Bình Dương với 70,1%; thấp nhất là Kon Tum với 9,8%.",
        "2024-07-15",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2024-06-30", 72.4),
            ("online_dossier_full_process_rate", "Bình Dương", "half", "2024-06-30", 70.1),
            ("online_dossier_full_process_rate", "Kon Tum", "half", "2024-06-30", 9.8),
        ],
    ),
    (
        # a subhead, then a lead opening on the province: the page's figures are the province's
        "Những dấu ấn\n\nTỉnh Tuyên Quang xác định chuyển đổi số là giải pháp đột phá để phát "
        "triển kinh tế - xã hội, là cơ hội để rút ngắn khoảng cách phát triển.\n\nĐến nay, tỷ lệ "
        "hồ sơ trực tuyến trên tổng số hồ sơ đạt 68%; tỷ lệ dịch vụ công đủ điều kiện được cung "
        "cấp toàn trình là 100%.",
        "2023-03-02",
        [
            ("full_process_provision_rate", "Tuyên Quang", "as_of", "2023-03-02", 100),
            ("online_dossier_rate", "Tuyên Quang", "as_of", "2023-03-02", 68),
        ],
    ),
]
