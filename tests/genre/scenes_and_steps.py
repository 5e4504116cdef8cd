"""Genre cases, who and when in press excerpts: a province merged in ("sau khi hợp nhất với
tỉnh Quảng Nam, thành phố Đà Nẵng …") is not the subject; "So với tháng trước (141,2 Mbps)"
gives the last sentence's figure a month earlier; "phủ sóng 89,5% thôn, bản lõm sóng" is the
former dead zones, not all villages; a headline "Kế hoạch 2025: 80% …" is a plan; a sentence
opening on a region ("Trong khu vực Đông Nam Á, …") ranks Viet Nam there, not among the UN's
193; a count of provinces is the country's even after one province's name ("Hà Nội là 1
trong 22 tỉnh …").

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the province merged in is not the one the figures are of
    (
        "Trong tháng 8/2025, tháng thứ hai sau khi hợp nhất với tỉnh Bình Định, tỉnh Gia Lai tiếp "
        "nhận 61.200 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 74,6%.",
        "2025-09-10",
        [("online_dossier_rate", "Gia Lai", "month", "2025-08-31", 74.6)],
    ),
    # "hợp nhất tỉnh A và tỉnh B" names both without a partner: the page's province stays
    (
        "Cổng thông tin điện tử tỉnh Tuyên Quang\n"
        "Sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang từ ngày 1/7/2025, toàn tỉnh còn 212 "
        "thôn lõm sóng.",
        "2025-08-20",
        [("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-08-20", 212)],
    ),
    # the bracket after "So với tháng trước" is last month's figure of the sentence before
    (
        "Tốc độ tải xuống trung bình của mạng di động Việt Nam trong tháng 6/2025 đạt 150,2 Mbps.\n\n"
        "So với tháng trước (146,9 Mbps), tốc độ di động tăng 2,2%.",
        "2025-07-15",
        [
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 150.2),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.9),
        ],
    ),
    # dead-zone villages covered: not the share of all villages with coverage (the headline's
    # share, at the page's date, is the former dead zones')
    (
        "Hoàn thành phủ sóng 91,2% thôn, bản lõm sóng\n\n"
        "Theo Cục Viễn thông, đến ngày 30/9/2024, các doanh nghiệp đã phủ sóng 2.205/2.418 thôn, "
        "bản lõm sóng.",
        "2024-10-08",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-08", 91.2)],
    ),
    # a plan in the headline, a target in the body: nothing stored
    (
        "Kế hoạch 2026: 85% hồ sơ được xử lý trực tuyến toàn trình\n\n"
        "Năm 2026, Chính phủ đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 85%.",
        "2026-01-15",
        [],
    ),
    # a regional rank, with the UN rank before it
    (
        "Theo Khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc, Việt Nam xếp thứ 71 trong "
        "tổng số 193 quốc gia.\n\n"
        "Trong khu vực Đông Nam Á, Việt Nam đã vượt Brunei để vươn lên vị trí thứ 5 trong 11 nước.",
        "2025-01-10",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    # one province among N: N is the country's count
    (
        "Đà Nẵng là 1 trong 24 tỉnh, thành phố đã ban hành nghị quyết giảm phí, lệ phí khi người "
        "dân sử dụng dịch vụ công trực tuyến.",
        "2023-08-15",
        [("localities_fee_reduction", "national", "as_of", "2023-08-15", 24)],
    ),
]
