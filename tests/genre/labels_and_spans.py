"""Genre cases, labels and spans: a number the excerpt cut at its decimal comma ("… đạt 61,")
is no value; "tài khoản mức 2" names a level, not a count; speeds measured in the month a lead
gives as "tính tới tháng 1-2023"; "hệ thống được phân loại và thực hiện bảo vệ theo cấp độ, đạt
tỷ lệ 77%"; "Với tỷ trọng đạt hơn 14% GDP" in a text on the digital economy; "thủ tục hành chính
trên cả nước đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình"; a monthly report's
"- Số giao dịch trong tháng: N" and "- Trung bình/ngày: N giao dịch"; "Hai tháng đầu năm 2025";
a part set apart after a running total ("…, riêng trong năm 2024 là 14,9 triệu hồ sơ"); "tháng
trước" opening a clause is the month before the text, and a running total after it ("Lũy kế từ
khi đưa vào vận hành, …") stands at that month's end.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # a level's number, and a number cut at the excerpt's end
    (
        "Tính đến ngày 30/4/2025, đã có 58,4 triệu tài khoản định danh điện tử VNeID được kích hoạt. "
        "Người dân dùng tài khoản mức 2 để đăng nhập Cổng Dịch vụ công quốc gia. Lũy kế đến "
        "30/4/2025, tổng số giao dịch qua NDXP đạt 3,",
        "2025-05-06",
        [("vneid_activated_accounts", "national", "as_of", "2025-04-30", 58400000)],
    ),
    # the month the lead names dates the speeds measured in it
    (
        "Thứ hai, 10 Tháng 4 2023 09:15 (GMT+7)\n"
        "Tốc độ trung bình internet di động tại Việt Nam tăng 5 bậc, xếp thứ 45/138 quốc gia, trong "
        "khi mạng cố định tăng hai bậc lên 44/179 quốc gia được Speedtest khảo sát tính tới tháng "
        "2-2023.\n\n"
        "Theo báo cáo, người dùng Việt Nam ngày càng dùng nhiều dữ liệu di động.\n\n"
        "Cụ thể, tốc độ trung bình mạng di động tại Việt Nam đạt 47,1 Mbps và tốc độ trung bình mạng "
        "cố định đạt 85,3 Mbps.",
        "2023-04-10",
        [
            ("mobile_broadband_speed", "national", "month", "2023-02-28", 47.1),
            ("fixed_broadband_speed", "national", "month", "2023-02-28", 85.3),
        ],
    ),
    # systems classified and protected by level; a share of GDP said after "tỷ trọng"
    (
        "Đến tháng 9/2024, đã có gần 6.100 hệ thống thông tin được phân loại và thực hiện bảo vệ theo cấp độ, "
        "đạt tỷ lệ 79%.\nKinh tế số là động lực tăng trưởng mới. Với tỷ trọng đạt hơn 13% GDP năm "
        "2023, kinh tế số ngày càng quan trọng.",
        "2024-10-10",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 79),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 13),
        ],
    ),
    # the country's procedures offered full-process, and the share the year before
    (
        "Tính đến ngày 20/3/2025, gần 57% thủ tục hành chính trên cả nước đã được cung cấp dưới dạng "
        "dịch vụ công trực tuyến toàn trình.",
        "2025-03-25",
        [("dvctt_full_process_rate", "national", "as_of", "2025-03-20", 57)],
    ),
    # a monthly report's labelled list
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 4/2025\n"
        "3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\n"
        "- Số giao dịch trong tháng: 95.204.118\n"
        "- Trung bình/ngày: 3.173.470 giao dịch",
        "2025-05-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 95204118),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 3173470),
        ],
    ),
    # the first months in words; a part set apart after the running total
    (
        "Ba tháng đầu năm 2025, Cổng Dịch vụ công quốc gia ghi nhận 3,1 triệu giao dịch thanh toán "
        "trực tuyến.\nTính đến hết năm 2024, Cổng đã có tổng cộng 45,3 triệu hồ sơ trực tuyến được "
        "thực hiện, riêng trong năm 2024 là 14,9 triệu hồ sơ.",
        "2025-04-08",
        [
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 3100000),
            ("national_portal_dossiers", "national", "as_of", "2024-12-31", 45300000),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 14900000),
        ],
    ),
    # last month, then the running total at its end
    (
        "Theo Cục Chuyển đổi số quốc gia, tháng trước Nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
        "(NDXP) đã xử lý 97,6 triệu giao dịch, bình quân 3,15 triệu giao dịch mỗi ngày. Lũy kế từ khi "
        "đưa vào vận hành, tổng số giao dịch qua NDXP đã chạm mốc 3,17 tỷ giao dịch.",
        "2025-07-10",
        [
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 97600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3150000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3170000000),
        ],
    ),
    (
        # "Không chỉ mạng cố định, …" names what came before; the figure is the mobile one
        "Theo báo cáo tháng 8/2025 của Ookla, tốc độ Internet cố định tại Việt Nam đạt 261,8 Mbps. "
        "Không chỉ mạng cố định, Internet di động tại Việt Nam cũng gây ấn tượng với tốc độ tải "
        "xuống trung bình đạt 152,17 Mbps, xếp thứ 16 thế giới.",
        "2025-09-10",
        [
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 261.8),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 152.17),
        ],
    ),
    (
        # Speedtest's figure read from the paragraph before is kept over i-Speed's mean named outright
        "Trong báo cáo tháng 8/2025 của Ookla, Internet cố định tại Việt Nam ghi nhận bước nhảy "
        "vọt. Với tốc độ trung bình 261,8 Mbps, Việt Nam vươn lên vị trí thứ 10 toàn cầu.\n\n"
        "Theo iSpeed, trong tháng 8/2025, tốc độ mạng cố định tại Việt Nam đạt tới 271,2 Mbps.",
        "2025-09-10",
        [("fixed_broadband_speed", "national", "month", "2025-08-31", 261.8)],
    ),
    (
        # "các con số này" naming back a flow twin ("tài khoản mới"): read, not a crash (the twin
        # has no cues of its own)
        "Trong tháng 5/2025, Cổng DVCQG có thêm 286.410 tài khoản mới và tiếp nhận 1,9 triệu hồ "
        "sơ. Tháng 4/2025, các con số này lần lượt là 270.150 và 1,8 triệu.",
        "2025-06-06",
        [
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 286410),
            ("national_portal_accounts_new", "national", "month", "2025-04-30", 270150),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1900000),
            ("national_portal_dossiers_new", "national", "month", "2025-04-30", 1800000),
        ],
    ),
]
