"""Genre cases, provincial pages and the parts of a figure: a lead whose subject is "the
province" ("… nằm trong tốp 10 của cả nước. Tỉnh đang đẩy mạnh …", "Công an tỉnh Lạng Sơn đã huy
động …") makes the page that province's; the full-process part of a province's services and its
share ("…, trong đó DVC trực tuyến toàn trình là 731, chiếm 41,11%") and the country's average
beside it ("thấp so với trung bình cả nước là 43,67%"); "100% thủ tục hành chính đã được cung
cấp trực tuyến"; "số hồ sơ tiếp nhận trực tuyến 50.911 hồ sơ chiếm 39%/tổng số hồ sơ"; "Tỷ lệ hồ
sơ nộp, xử lý và trả kết quả trực tuyến"; one operator acting ("… ghi nhận Viettel hoàn thành …
với tổng số 22.758 trạm") counts its own stations though nationwide; the whole after its levels
("…; tính chung cả nước đạt 89,0%"); "Lũy kế 6 tháng đầu năm 2025 là 6.127 cuộc" after the
quarter's count.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # a lead whose subject is the province, though it ranks it among the country's
    (
        "Những năm qua, Vĩnh Long là một trong những tỉnh nằm trong tốp 15 của cả nước về chỉ số "
        "chuyển đổi số. Tỉnh đang đẩy mạnh xây dựng chính quyền số.\n"
        "Tỷ lệ hộ gia đình có cáp quang băng rộng là 74,6%.",
        "2024-05-10",
        [("ftth_household_rate", "Vĩnh Long", "as_of", "2024-05-10", 74.6)],
    ),
    # the province's police acting in the lead; "kích hoạt thành công cho … trường hợp"
    (
        "Công an tỉnh Cao Bằng đã huy động lực lượng hỗ trợ người dân cài đặt ứng dụng VNeID.\n"
        "Đối với tài khoản định danh điện tử, tính đến ngày 20/8/2023, đã kích hoạt thành công "
        "cho trên 215.000 trường hợp.",
        "2023-08-25",
        [("vneid_activated_accounts", "Cao Bằng", "as_of", "2023-08-20", 215000)],
    ),
    # the full-process part and its share, with the country's average beside it
    (
        "Theo Kế hoạch của UBND tỉnh Hậu Giang, hiện nay tỷ lệ dịch vụ công trực tuyến trên địa "
        "bàn tỉnh đạt 95% so với tổng số TTHC (1.690 DVC trực tuyến), trong đó DVC trực tuyến toàn "
        "trình là 705, chiếm 41,7% thấp so với trung bình cả nước là 44,2%.",
        "2023-12-05",
        [
            ("dvctt_rate", "Hậu Giang", "as_of", "2023-12-05", 95),
            ("dvctt_full_process_rate", "Hậu Giang", "as_of", "2023-12-05", 41.7),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-05", 44.2),
        ],
    ),
    # "cung cấp trực tuyến" said as an adverb; online dossiers named before their count
    (
        "Tỉnh Kon Tum cho biết, đến nay 100% thủ tục hành chính đã được cung cấp trực tuyến. Số hồ "
        "sơ tiếp nhận trực tuyến 48.210 hồ sơ chiếm 41%/tổng số hồ sơ tiếp nhận.",
        "2023-10-12",
        [
            ("dvctt_rate", "Kon Tum", "as_of", "2023-10-12", 100),
            ("online_dossier_rate", "Kon Tum", "as_of", "2023-10-12", 41),
        ],
    ),
    # dossiers "nộp, xử lý và trả kết quả trực tuyến": the online share in a longer name
    (
        "Theo Sở Khoa học và Công nghệ tỉnh Ninh Thuận, tỷ lệ hồ sơ nộp, xử lý và trả kết quả trực "
        "tuyến trên địa bàn tỉnh đạt 38,5%.",
        "2025-02-14",
        [("online_dossier_rate", "Ninh Thuận", "as_of", "2025-02-14", 38.5)],
    ),
    # one operator acting: its nationwide count is its own
    (
        "Ngày 20/12/2025, Bộ Khoa học và Công nghệ đã có văn bản ghi nhận VNPT hoàn thành cam kết "
        "triển khai tối thiểu 10.000 trạm 5G trên toàn quốc, với tổng số 11.204 trạm đã phát sóng.",
        "2025-12-22",
        [],
    ),
    # the whole after its levels; the half's running total after the quarter's count
    (
        "Đến ngày 31/3/2025, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của "
        "khối bộ, ngành là 93,4%, khối địa phương là 88,1%; tính chung cả nước đạt 90,2%.\n"
        "Trong quý IV/2024, đã phát hiện, xử lý 2.730 cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin tại Việt Nam. Lũy kế năm 2024 là 11.350 cuộc.",
        "2025-04-08",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-03-31", 93.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-03-31", 88.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-03-31", 90.2),
            ("cyberattacks", "national", "quarter", "2024-12-31", 2730),
            ("cyberattacks", "national", "year", "2024-12-31", 11350),
        ],
    ),
]
