"""Genre cases, tables written as lines whose columns carry more than periods: a unit column
("Chỉ tiêu | Đơn vị | Tháng 8/2025 | …"), a first column of row numbers ("Stt | Chỉ tiêu |
Kết quả"), columns named from the dated one ("Tháng trước", "Cùng kỳ năm trước"), one place a
row under headers naming the indicators (only "Toàn tỉnh", "Cả nước" or a province is kept), and
a province's own table under its council's heading.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the unit in a column of its own
    (
        "Phụ lục: Một số chỉ tiêu hạ tầng số tháng 8/2025\n"
        "Chỉ tiêu | Đơn vị | Tháng 7/2025 | Tháng 8/2025\n"
        "Tốc độ băng rộng di động (tải xuống) | Mbps | 151,3 | 155,8\n"
        "Tỷ lệ dân số được phủ sóng 5G | % | 31,2 | 33,0",
        "2025-09-12",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 151.3),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 155.8),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 31.2),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 33.0),
        ],
    ),
    # row numbers first; the caption dates the results column
    (
        "Bảng: Chỉ tiêu hạ tầng số (số liệu đến 30/6/2025)\n"
        "STT | Chỉ tiêu | Kết quả\n"
        "1 | Số thuê bao băng rộng cố định/100 dân | 25,3\n"
        "2 | Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (%) | 89,9",
        "2025-07-20",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 25.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.9),
        ],
    ),
    # "Tháng trước" and "Cùng kỳ năm trước" from the dated column; the comparison column is not a value
    (
        "Chỉ số\tTháng 9/2025\tTháng trước\tCùng kỳ năm trước\tSo sánh cùng kỳ (%)\n"
        "Số cuộc tấn công mạng gây sự cố\t430\t455\t612\t-29,7",
        "2025-10-06",
        [
            ("cyberattacks", "national", "month", "2025-09-30", 430),
            ("cyberattacks", "national", "month", "2025-08-31", 455),
            ("cyberattacks", "national", "month", "2024-09-30", 612),
        ],
    ),
    # one place a row: the whole province's row only, not its towns'
    (
        "Kết quả giải quyết TTHC 6 tháng đầu năm 2025 trên địa bàn tỉnh Tây Ninh\n"
        "Đơn vị | Số hồ sơ tiếp nhận | Tỷ lệ hồ sơ trực tuyến (%)\n"
        "TP. Tân An | 20.115 | 90,4\n"
        "Huyện Đức Hòa | 15.870 | 86,1\n"
        "Toàn tỉnh | 210.300 | 84,6",
        "2025-07-08",
        [("online_dossier_rate", "Tây Ninh", "half", "2025-06-30", 84.6)],
    ),
    # a province's own table under its council's heading
    (
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
        "Biểu: Kết quả thực hiện chỉ tiêu chuyển đổi số 9 tháng năm 2025\n"
        "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện 9 tháng\tSo với KH (%)\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình\t%\t70\t61,4\t87,7",
        "2025-10-10",
        [("online_dossier_full_process_rate", "Nghệ An", "ytd", "2025-09-30", 61.4)],
    ),
]
