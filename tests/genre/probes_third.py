"""Genre cases, a third round of probes: whose speed (the world's average going on into the next
sentence, a device maker's phones, a city after "xếp thứ N với tốc độ"), which measure (VNNIC's
i-Speed mean beside Speedtest's median for the same month), a speed named "trên thiết bị di
động", and an undated text whose opening recalls an older decree while it reports on 2024.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # "Trong khi đó, …" with no subject of its own goes on with the world's figures
    (
        "Theo Speedtest, tốc độ Internet cố định trung bình toàn cầu hiện đạt 104,43 Mbps. Trong "
        "khi đó, tốc độ mạng di động trung bình đạt 90,69 Mbps. Tốc độ Internet cố định của Việt "
        "Nam trong tháng 8/2025 đạt 261,8 Mbps.",
        "2025-09-22",
        [("fixed_broadband_speed", "national", "month", "2025-08-31", 261.8)],
    ),
    # the catalog's speeds are Speedtest's medians: i-Speed's mean for the same month yields
    (
        "Tháng 8/2025, Internet cố định tại Việt Nam đạt tốc độ trung bình 261,8 Mbps theo Ookla. "
        "Kết quả này tương đồng với công bố của hệ thống i-Speed (VNNIC), với kết quả Internet cố "
        "định tại Việt Nam đạt tốc độ 271,2 Mbps vào tháng 8/2025.",
        "2025-09-22",
        [("fixed_broadband_speed", "national", "month", "2025-08-31", 261.8)],
    ),
    # "Hà Nội xếp thứ 76 với tốc độ 77,96 Mbps": the city named before the rank
    (
        "Trong tháng 12/2022, về mạng băng rộng cố định, TP.HCM xếp thứ 68/192 thành phố với tốc độ "
        "84,96 Mbps và Hà Nội xếp thứ 76 với tốc độ 77,96 Mbps.",
        "2023-01-20",
        [
            ("fixed_broadband_speed", "Hồ Chí Minh", "month", "2022-12-31", 84.96),
            ("fixed_broadband_speed", "Hà Nội", "month", "2022-12-31", 77.96),
        ],
    ),
    # a device maker's phones are not the country's speed; "trên thiết bị di động" names mobile
    (
        "Trong quý 1/2022, các thiết bị của Apple có tốc độ tải xuống trung bình nhanh nhất tại Việt "
        "Nam là 39,43 Mbps. Đà Nẵng có tốc độ download trên thiết bị di động trung bình nhanh nhất "
        "cả nước, ở mức 41,75 Mbps.",
        "2022-04-20",
        [("mobile_broadband_speed", "Đà Nẵng", "quarter", "2022-03-31", 41.75)],
    ),
    # undated: the opening's "Ngày 23/6/2022, … ban hành Quyết định" is an event it recalls; the
    # text reviews 2024 ("trong năm 2024, … so với tháng 1/2024"), so its figures stand at 2024's end
    (
        "Bình Phước vươn lên nhóm đầu về dịch vụ công trực tuyến\n"
        "Ngày 23/6/2022, Thủ tướng Chính phủ ban hành Quyết định số 766/QĐ-TTg phê duyệt Bộ chỉ số "
        "phục vụ người dân, doanh nghiệp.\n"
        "Cụ thể, trong năm 2024, tỉnh Bình Phước đạt 88,2/100 điểm, xếp hạng 4 cả nước, tăng 42 bậc "
        "so với tháng 1/2024.\n"
        "Tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 57,6%.",
        None,
        [("online_dossier_rate", "Bình Phước", "as_of", "2024-12-31", 57.6)],
    ),
]
