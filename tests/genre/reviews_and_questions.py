"""Genre cases, reviews, features and questions: a province's coverage "đạt 100% tại trung tâm các
xã, thị trấn và 99,9% tại các thôn", fibre laid to communes after dead zones cleared ("xóa bỏ
nhiều vùng lõm sóng, đồng thời phủ sóng mạng cáp quang … 100% các xã") being no coverage of
dead zones; "số gia đình có cáp quang"; "người dân Việt Nam sử dụng internet"; households on
fibre counted, then their share ("… 19,46 triệu (chiếm 70,22% tổng số hộ gia đình)"); a quarter's
share "so với mức 14,26% của năm 2022" compared with that whole year; a question's figure ("Làm
thế nào để có 10 triệu thuê bao …?"); a paragraph that named the country goes on with it on a
province's page; "so dự báo" compares with a forecast and still dates the text; "con số 761 thôn"
is a figure (a deputy's question after it asks when, not how many); "Số DVCTT: 1.695 (đạt tỷ lệ
92,02% trên tổng số TTHC)"; "Chỉ tiêu năm 2024 theo Nghị quyết …: … đạt 50%" is a target.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # villages after communes with "tại"; fibre to communes is not mobile coverage of dead zones
    (
        "Sở Khoa học và Công nghệ tỉnh Phú Yên cho biết, hiện nay tỷ lệ phủ sóng 3G, 4G đã đạt 100% "
        "tại trung tâm các xã, thị trấn và 98,8% tại các thôn. Trong năm 2024, tỉnh đã xóa bỏ nhiều "
        "vùng lõm sóng, đồng thời phủ sóng mạng cáp quang băng rộng 100% các xã, phường.",
        "2025-01-20",
        [("villages_with_mobile_coverage_rate", "Phú Yên", "as_of", "2025-01-20", 98.8)],
    ),
    # "gia đình" without "hộ"; the country's people "Việt Nam" between the noun and its verb
    (
        "Đến tháng 3/2024, số gia đình có cáp quang đạt 80,6%. Hạ tầng số đạt nhiều kết quả với gần "
        "80% người dân Việt Nam sử dụng internet.",
        "2024-04-12",
        [
            ("ftth_household_rate", "national", "as_of", "2024-03-31", 80.6),
            ("internet_users_rate", "national", "as_of", "2024-03-31", 80),
        ],
    ),
    # households counted, then their share of all households
    (
        "Tính đến tháng 6/2022, số hộ gia đình có đường cáp quang (FTTH) đã đạt hơn 19,8 triệu "
        "(chiếm 71,3% tổng số hộ gia đình).",
        "2022-07-15",
        [("ftth_household_rate", "national", "as_of", "2022-06-30", 71.3)],
    ),
    # a quarter's share compared with the whole of the year before
    (
        "Kết thúc quý II/2023, tỷ trọng kinh tế số trong GDP đạt 14,7%, tăng so với mức 14,26% của "
        "năm 2022.",
        "2023-07-20",
        [
            ("digital_economy_gdp_share", "national", "quarter", "2023-06-30", 14.7),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # a question's figure is an aim
    (
        "Làm thế nào để có 12 triệu khách hàng sử dụng Mobile Money vào cuối năm nay?",
        "2023-05-10",
        [],
    ),
    # on a province's page, the paragraph that named the country goes on with it
    (
        "BÁO LONG AN\n"
        "Ngày 15/11, Sở Khoa học và Công nghệ tỉnh Long An tổ chức hội thảo về an toàn thông tin.\n"
        "Theo Cục An toàn thông tin, hiện nay toàn quốc có 3.320 hệ thống thông tin đang vận hành. "
        "Tuy nhiên, chỉ có 1.410 hệ thống đã được phê duyệt hồ sơ đề xuất cấp độ, chiếm 42,5%.",
        "2023-11-16",
        [("info_systems_level_approved_rate", "national", "as_of", "2023-11-15", 42.5)],
    ),
    # "so dự báo" looks back: the year opening the sentence dates the review
    (
        "Theo Bộ Thông tin và Truyền thông, năm 2022, ngành tiếp tục đạt nhiều kết quả.\n"
        "Năm 2022, doanh thu toàn ngành tăng 12,7%, gấp 1,5 lần so dự báo tăng trưởng GDP.\n"
        "Như vậy, tỷ lệ thôn đã có sóng trên toàn quốc đạt 99,73%.",
        None,
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2022-12-31", 99.73)],
    ),
    # "con số N thôn" is a figure; the question after it asks when, not how many
    (
        "Đại biểu Nguyễn Thị Lan (Cao Bằng) nhắc đến con số 688 thôn chưa có sóng di động (tính "
        "tháng 10/2024) và đặt câu hỏi: “Đến bao giờ các thôn này mới có sóng?”.",
        "2024-11-08",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 688)],
    ),
    # a count labelled before it and its share; a year's target set by a resolution
    (
        "UBND TỈNH HÀ TĨNH\n"
        "Kết quả chuyển đổi số quý I/2025 (số liệu đến ngày 31/3/2025):\n"
        "- Số DVCTT: 1.702 (đạt tỷ lệ 93,1% trên tổng số TTHC).\n"
        "- Tỷ lệ dân số trưởng thành sử dụng DVCTT: 48,2%.\n"
        "Chỉ tiêu năm 2025 theo Nghị quyết của HĐND tỉnh: tỷ lệ dân số trưởng thành sử dụng DVCTT "
        "đạt 55%.",
        "2025-04-10",
        [
            ("dvctt_rate", "Hà Tĩnh", "as_of", "2025-03-31", 93.1),
            ("adult_population_using_dvctt_rate", "Hà Tĩnh", "as_of", "2025-03-31", 48.2),
        ],
    ),
]
