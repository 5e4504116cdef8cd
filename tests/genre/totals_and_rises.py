"""Genre cases, totals and rises in press texts: "tổng số 2.323 vụ tấn công mạng" is a total
(not a numbering like "Nghị quyết số 20"), while "… thêm 2.152 thôn trong tổng số 2.418 thôn"
gives only the base; a rise "từ dưới 1% … đến khoảng 90%" ends at the figure now; the overall
mobile speed "bao gồm cả 3G, 4G, 5G" is not one generation's; and a meeting's name
("hội nghị triển khai kế hoạch năm 2026") does not make the year's results a plan; the exact
figure after a round threshold ("vượt ngưỡng 60 triệu, cụ thể là 60,2 triệu") is the value.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # "tổng số" before a count: a total
    (
        "Trong tháng 5/2024, NCSC đã ghi nhận tổng số 1.021 cuộc tấn công mạng gây ra sự cố vào "
        "các hệ thống thông tin tại Việt Nam.",
        "2024-06-05",
        [("cyberattacks", "national", "month", "2024-05-31", 1021)],
    ),
    # "trong tổng số N thôn": the base of what was covered, not a level at the quarter's end
    (
        "Tính đến hết quý 3 năm 2023, các doanh nghiệp viễn thông đã phủ sóng thêm 1.950 thôn trong "
        "tổng số 2.330 thôn lõm sóng.",
        "2023-10-20",
        [],
    ),
    # a rise from one figure to another: the later one, its qualifier kept
    (
        "Vùng phủ sóng 5G đã tăng từ dưới 2% cách đây hai năm đến khoảng 85% dân số.",
        "2026-01-12",
        [("fiveg_population_coverage_rate", "national", "as_of", "2026-01-12", 85)],
    ),
    # every generation listed: the overall mobile speed
    (
        "Về tốc độ Internet di động nói chung, bao gồm cả 3G, 4G, 5G, mạng di động Việt Nam trong "
        "tháng 2/2026 đạt 92,4 Mbps.",
        "2026-03-08",
        [("mobile_broadband_speed", "national", "month", "2026-02-28", 92.4)],
    ),
    # one generation named: not the overall speed
    (
        "Tốc độ mạng 5G của Việt Nam trong tháng 2/2026 đạt 280,4 Mbps.",
        "2026-03-08",
        [],
    ),
    # a meeting that deploys next year's plan reports this year's results
    (
        "Tại hội nghị triển khai kế hoạch năm 2026 ngày 26/12, Bộ Khoa học và Công nghệ cho biết "
        "trong năm 2025, tốc độ Internet cố định đạt 265,2 Mbps.",
        "2025-12-27",
        [("fixed_broadband_speed", "national", "year", "2025-12-31", 265.2)],
    ),
    # a round threshold, then the exact figure
    (
        "Tính đến cuối tháng 4/2025, số tài khoản định danh điện tử được kích hoạt đã vượt ngưỡng 61 "
        "triệu, cụ thể là 61,4 triệu tài khoản.",
        "2025-05-06",
        [("vneid_activated_accounts", "national", "as_of", "2025-04-30", 61400000)],
    ),
]
