"""Genre cases: whose figure it is: an operator's network over the whole country, a province's
authority opening the lead, a province that opens the sentence unnamed, and the present after a
target ("… mục tiêu … đạt 150 Mbps, hiện nay đạt 146 Mbps").

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # the operator owns the network: its reach "trên toàn quốc" does not make it the country's
        "Theo VNPT, đến nay mạng cáp quang của VNPT đã phủ tới 100% xã trên toàn quốc với tốc độ "
        "trung bình 300 Mbps.",
        "2025-03-05",
        [],
    ),
    (
        # a provincial authority opening the lead makes the page the province's
        "UBND tỉnh Đồng Tháp vừa ban hành kế hoạch chuyển đổi số năm 2025, phấn đấu tỷ lệ hồ sơ "
        "trực tuyến toàn trình đạt 80%. Năm 2024, tỷ lệ này đạt 61,4%.",
        "2025-02-05",
        [("online_dossier_full_process_rate", "Đồng Tháp", "year", "2024-12-31", 61.4)],
    ),
    (
        # "Tỉnh đã có …" on a page that does not say which province: not the country's figure
        "Tỉnh đã có 1.300 trạm BTS, trong đó có 150 trạm 5G.",
        "2025-03-05",
        [],
    ),
    (
        # after a target, "hiện nay" turns to the present level
        "Năm 2025, Bộ đặt mục tiêu tốc độ Internet di động đạt 150 Mbps, hiện nay đạt 141 Mbps.",
        "2025-02-05",
        [("mobile_broadband_speed", "national", "as_of", "2025-02-05", 141)],
    ),
    (
        # the countries ahead of Vietnam give their own speeds in brackets
        "Tháng 1/2023, tốc độ trung bình mạng di động tại Việt Nam đạt 46,66 Mbps.\n\nRiêng khu vực "
        "Đông Nam Á, tốc độ truy cập mạng di động của Việt Nam chỉ xếp sau Brunei (xếp thứ 12, "
        "tốc độ 89,63 Mbps).",
        "2023-03-09",
        [("mobile_broadband_speed", "national", "month", "2023-01-31", 46.66)],
    ),
]
