"""Genre cases, scraped pages and their lists: a long "- …" list keeps the period of the lead
above it ("Tóm tắt một số chỉ số tháng 11/2024:") past its third item; a figure's own bracket
dates another figure ("1.012 cuộc (tháng 10/2024: 1.118 cuộc)"); a value compared with and
its period after its noun ("so với 95 cơ quan vào cuối năm 2023", "so với mức 47% hồi cuối
tháng 5/2024"); "Liên quan:", "Tin khác" and a copyright line are furniture; a table's level
row with no row number ("Bình quân khối địa phương | 61,2% | 38,4%"); a result beside its plan
("…, vượt mức kế hoạch") still dates the text; "phải hoàn thành … cho 100%" is a target; and
phrasings of the catalog's indicators: "phủ sóng di động 3G, 4G đến 100% trung tâm xã, 99,5%
đến trung tâm thôn", "thuê bao Internet đạt N thuê bao gồm ADSL, xDSL và FTTH", "N triệu
người sử dụng dịch vụ Mobile Money", "tỷ lệ hồ sơ có kết quả giải quyết điện tử", "Tỷ lệ người
dân trưởng thành trên địa bàn tỉnh sử dụng DVCTT", "Giao dịch qua NDXP trong tháng: N".

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the fifth item still reads the lead's month; the bracket dates only its own figure
    (
        "Một số chỉ số chính tháng 9/2025:\n"
        "- Tốc độ băng rộng cố định (tải xuống): 180,2 Mbps;\n"
        "- Tốc độ băng rộng di động (tải xuống): 140,6 Mbps;\n"
        "- Số cuộc tấn công mạng gây sự cố: 905 cuộc (tháng 8/2025: 960 cuộc);\n"
        "- Số địa chỉ IP botnet: 480.300 địa chỉ;\n"
        "- Giao dịch qua NDXP trong tháng: 70,4 triệu.",
        "2025-10-06",
        [
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 180.2),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 140.6),
            ("cyberattacks", "national", "month", "2025-09-30", 905),
            ("cyberattacks", "national", "month", "2025-08-31", 960),
            ("botnet_ips", "national", "as_of", "2025-09-30", 480300),
            ("ndxp_transactions_period", "national", "month", "2025-09-30", 70400000),
        ],
    ),
    # the value compared with, its noun, then its period; the next clause is the report's date
    (
        "Đến ngày 31/3/2025, Nền tảng NDXP đã kết nối với 110 bộ, ngành, địa phương và cơ quan, "
        "tăng so với 104 cơ quan vào cuối năm 2024; tổng số điểm kết nối đạt 470 điểm.",
        "2025-04-10",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-31", 110),
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-31", 104),
            ("ndxp_connection_points", "national", "as_of", "2025-03-31", 470),
        ],
    ),
    # "hồi cuối tháng 4/2025": the level then; "phải hoàn thành … cho 100%" is the deadline's
    (
        "Tính đến ngày 30/6/2025, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được "
        "phê duyệt hồ sơ đề xuất cấp độ đạt 85,2%, tăng so với mức 80,1% hồi cuối tháng 4/2025. "
        "Theo chỉ đạo, trong năm 2025 phải hoàn thành phê duyệt cấp độ cho 100% hệ thống.",
        "2025-07-08",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 85.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-04-30", 80.1),
        ],
    ),
    # related links and the copyright line after them are another article's
    (
        "Cổng Dịch vụ công quốc gia có 16,1 triệu tài khoản\n"
        "Tính đến ngày 20/5/2025, Cổng Dịch vụ công quốc gia đã có 16,1 triệu tài khoản đăng ký.\n"
        "Liên quan: Phiên họp thứ 9: 15 triệu tài khoản trên Cổng (12/01/2025)\n"
        "Tin khác\n"
        "- Thanh toán trực tuyến vượt mốc 12 triệu giao dịch (02/4/2025)\n"
        "© 2025 Báo điện tử. Giấy phép số 123/GP-BTTTT.",
        "2025-05-22",
        [("national_portal_accounts", "national", "as_of", "2025-05-20", 16100000)],
    ),
    # a level's summary row written without its row number
    (
        "Xếp hạng cung cấp dịch vụ công trực tuyến tháng 3/2025 (trích):\n"
        "STT | Địa phương | Tỷ lệ hồ sơ trực tuyến | Tỷ lệ hồ sơ trực tuyến toàn trình\n"
        "1 | Quảng Ninh | 97,5% | 70,2%\n"
        "Bình quân khối địa phương | 58,4% | 36,9%",
        "2025-04-12",
        [
            ("online_dossier_rate", "Quảng Ninh", "month", "2025-03-31", 97.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-03-31", 70.2),
            ("online_dossier_rate", "localities", "month", "2025-03-31", 58.4),
            ("online_dossier_full_process_rate", "localities", "month", "2025-03-31", 36.9),
        ],
    ),
    # the year a result was reported in, beside the plan it beat; villages listed after communes
    (
        "Yên Bái: hạ tầng số tiếp tục được mở rộng\n"
        "Trong năm 2024, tỉnh Yên Bái đã tổ chức 12 lớp tập huấn chuyển đổi số, vượt mức kế hoạch.\n"
        "Hạ tầng viễn thông của tỉnh phủ sóng di động 3G, 4G đến 100% trung tâm xã, 98,7% đến "
        "trung tâm thôn, tổ dân phố.",
        None,
        [("villages_with_mobile_coverage_rate", "Yên Bái", "as_of", "2024-12-31", 98.7)],
    ),
    # fixed subscriptions named by their kinds; Mobile Money's users named after the number
    (
        "Tính đến ngày 30/6/2025, trên địa bàn tỉnh Điện Biên, thuê bao Internet đạt 61.420 thuê "
        "bao gồm các hình thức ADSL, xDSL và FTTH. Cả nước đã có hơn 10,2 triệu người sử dụng "
        "dịch vụ Mobile Money.",
        "2025-07-05",
        [
            ("fixed_broadband_subscriptions", "Điện Biên", "as_of", "2025-06-30", 61420),
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 10200000),
        ],
    ),
    # results issued electronically, said without the verb; adults of a province using DVCTT
    (
        "Sở Khoa học và Công nghệ tỉnh Nghệ An cho biết, hiện tỷ lệ hồ sơ có kết quả giải quyết "
        "điện tử của tỉnh đạt 92,4%. Tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng DVCTT "
        "là khoảng 58%.",
        "2025-03-14",
        [
            ("e_result_rate", "Nghệ An", "as_of", "2025-03-14", 92.4),
            ("adult_population_using_dvctt_rate", "Nghệ An", "as_of", "2025-03-14", 58),
        ],
    ),
]
