"""Genre cases, dates known only from the text: a month with no year after the month it is
compared with ("trong tháng 1, … so với tháng 12-2021" is January 2022), and a text that
reports on a ministry's report of a whole year ("Theo báo cáo của Bộ … về chuyển đổi số quốc
gia năm 2024") speaking from after that year, so a ranking published in September of it is
the year's; "Năm 2024 tính đến hết tháng 6/2024" as the year so far; a yearly report named
with its year ("Báo cáo thường niên kinh tế số Việt Nam 2022") dating the yearly figures that
follow it with no year of their own; a text whose only year is in a comparison made beside a
target ("… so với cuối tháng 10/2022 và vượt mục tiêu …") speaking from the day it names after
that month ("Tính đến ngày 26/11"); an event day in the sentence of an event named with its
year ("Sáng 12/10, … Ngày chuyển đổi số quốc gia năm 2024"), though a meeting reviewing a year
("phiên họp tổng kết hoạt động năm 2024") is held after it; a site's date bar above the
article's own stamp ("Thứ ba 01/04/2025 04:04" over "02/01/2024 21:10"); a ministry's report on
the levels' results "trong năm 2024" (its subject long, with commas) dating the text at the
year's end, though "Báo cáo tại hội nghị cho thấy, năm 2024, …" does not; an event named with its
year whose day is said in its own sentence ("Tuần lễ Số Quốc tế Việt Nam 2024 …, khai mạc ngày
19/11") dating a page that prints no date of its own.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the month compared with is December; "tháng 1" after it is the next year's January
    (
        "Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, trong tháng 1 đã ghi nhận 1.250 "
        "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 4,1% so với "
        "tháng 12/2022.",
        None,
        [("cyberattacks", "national", "month", "2023-01-31", 1250)],
    ),
    # the same comparison inside one year stays in it
    (
        "Trong tháng 6, cả nước ghi nhận 980 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông "
        "tin tại Việt Nam, tăng 3% so với tháng 5/2023.",
        None,
        [("cyberattacks", "national", "month", "2023-06-30", 980)],
    ),
    # a report on a whole year: the September ranking is the year's edition, not a September value
    (
        "Theo báo cáo của Bộ Thông tin và Truyền thông về chuyển đổi số quốc gia năm 2024, nhiều kết "
        "quả nổi bật đã đạt được.\nTháng 9/2024, Liên hợp quốc công bố Việt Nam xếp thứ 71/193 quốc "
        "gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022.",
        None,
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    # "Năm 2024 tính đến hết tháng 6/2024": the first half's flow, not a level at its end
    (
        "Năm 2024 tính đến hết tháng 6/2024, đã có tổng số 2.410 cuộc tấn công mạng gây ra sự cố "
        "vào các hệ thống thông tin tại Việt Nam.",
        "2024-07-15",
        [("cyberattacks", "national", "ytd", "2024-06-30", 2410)],
    ),
    # "khai trương năm 2019 đến hết tháng 6/2025" is a running total since 2019, not a year so far
    (
        "Lũy kế từ khi khai trương năm 2019 đến hết tháng 6/2025, tổng số giao dịch qua NDXP đạt "
        "khoảng 3,9 tỷ.",
        "2025-07-12",
        [("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3900000000)],
    ),
    # a yearly report named with its year dates the provinces' shares after it (text undated)
    (
        "Theo Báo cáo thường niên kinh tế số Việt Nam 2023 do Bộ Thông tin và Truyền thông công "
        "bố, tỉnh Thái Nguyên đứng đầu cả nước về tỷ trọng kinh tế số trên GRDP.\n"
        "Đứng thứ hai là Bắc Giang với tỷ trọng kinh tế số trên GRDP 41,5%; tiếp đó là Bắc Ninh "
        "(38,2%).",
        None,
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 41.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 38.2),
        ],
    ),
    # ... and in a dated mid-year text, the same
    (
        "Tại diễn đàn, Báo cáo kinh tế số Việt Nam năm 2023 được giới thiệu. Theo đó, tỷ lệ kinh tế "
        "số trên GRDP của Hải Phòng đạt 27,9%.",
        "2024-09-20",
        [("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 27.9)],
    ),
    # the compared month beside a target still dates the text; the day after it is that year's
    (
        "Tính đến ngày 20/11, tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 68,4%. Tỷ lệ này "
        "tăng 3,1% so với cuối tháng 10/2023 và vượt mục tiêu tối thiểu 60% của tỉnh vào cuối năm "
        "2023.",
        None,
        [("online_dossier_rate", "Thừa Thiên Huế", "as_of", "2023-11-20", 68.4)],
    ),
    # the event's own year; the national meeting's figures, seen from a province's bridge point
    (
        "Lai Châu chào mừng Ngày Chuyển đổi số quốc gia năm 2024\n"
        "Sáng 10/10, Thủ tướng Chính phủ chủ trì hội nghị chào mừng Ngày chuyển đổi số quốc gia năm "
        "2024. Dự hội nghị tại điểm cầu tỉnh Lai Châu có lãnh đạo UBND tỉnh.\n"
        "Báo cáo tại hội nghị cho thấy, năm 2024, chuyển đổi số tiếp tục được đẩy mạnh. Về hạ tầng "
        "số, đến nay, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82,1%.\n"
        "Năm 2024, Việt Nam có 86% dân số sử dụng điện thoại thông minh.",
        None,
        [("ftth_household_rate", "national", "as_of", "2024-10-10", 82.1)],
    ),
    # a site's date bar (the day the page was read) above the article's own stamp
    (
        "Thứ ba 15/04/2025 05:10\nHotline: 024.000.00.000\nKinh tế số\n\n"
        "Phủ sóng 4G đạt 99,8% dân số\n\n03/01/2024 20:15\n"
        "Theo Bộ TT&TT, hiện tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79,5%.",
        None,
        [("ftth_household_rate", "national", "as_of", "2024-01-03", 79.5)],
    ),
    # the yearly report's year, even in a text dated near a half-year's end
    (
        "Theo Báo cáo thường niên về kinh tế số của Việt Nam năm 2022, sự chênh lệch giữa tỉnh "
        "đứng đầu, Bắc Ninh (56,83%), và tỉnh cuối bảng, Quảng Ngãi (4,21%), là rất lớn.",
        "2024-07-20",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2022-12-31", 56.83),
            ("digital_economy_gdp_share", "Quảng Ngãi", "year", "2022-12-31", 4.21),
        ],
    ),
    # a report on a year, its subject long: the provinces listed after it are that year's
    (
        "Theo báo cáo của Bộ Thông tin và Truyền thông về tỷ lệ hồ sơ trực tuyến toàn trình của các "
        "Bộ, ngành và địa phương trong năm 2024, có 8 cơ quan, địa phương đạt trên 50%.\n\n"
        "Trong khối tỉnh, thành phố, Hà Nam đứng đầu với tỷ lệ hồ sơ trực tuyến toàn trình 68,5%; "
        "tiếp theo là Đà Nẵng (58,9%).",
        None,
        [
            ("online_dossier_full_process_rate", "Hà Nam", "as_of", "2024-12-31", 68.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "as_of", "2024-12-31", 58.9),
        ],
    ),
    (
        # a target's deadline ("Mục tiêu đến tháng 12/2023") dates nothing in the sentences after it
        "Số thuê bao băng rộng di động đạt 86,6 triệu thuê bao, tăng 6,3% so với cùng kỳ năm "
        "ngoái. Mục tiêu đạt đến tháng 12/2023 đạt 90 thuê bao/100 dân. Tốc độ băng rộng cố định "
        "93,66 Mbps (tăng 22,93% so với cùng kỳ năm 2022).",
        "2023-09-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-09-15", 86600000),
            ("fixed_broadband_speed", "national", "as_of", "2023-09-15", 93.66),
        ],
    ),
    (
        # "Tính đến hết năm 2022, có 9/20 mục tiêu đạt …" (goals met, a result) dates the text at
        # the year's end, and "đến nay" with it
        "Giai đoạn 2021-2025, tỉnh Hòa Bình đề ra 20 mục tiêu chuyển đổi số. Tính đến hết năm "
        "2022, có 9/20 mục tiêu đạt và vượt chỉ tiêu.\n\nĐến nay, tỷ lệ hồ sơ trực tuyến trên "
        "tổng số hồ sơ của tỉnh Hòa Bình đạt 64%.",
        None,
        [("online_dossier_rate", "Hòa Bình", "as_of", "2022-12-31", 64)],
    ),
    (
        # a plan's section reviewing last year: its figures stand at that year's end, not on the
        # plan's date; the masthead after the site's name makes them the province's
        "Thư viện pháp luật\n\nỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024\n\n"
        "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023\n\n1. Về hạ tầng số: tỷ lệ hộ gia đình có đường "
        "Internet cáp quang băng rộng đạt 71,5% (đạt 89% mục tiêu); trên 78% người dân sử dụng "
        "Internet.\n\nII. NHIỆM VỤ NĂM 2024\n\n1. Phấn đấu tỷ lệ hộ gia đình có cáp quang đạt 80%.",
        "2024-03-20",
        [
            ("ftth_household_rate", "Bến Tre", "as_of", "2023-12-31", 71.5),
            ("internet_users_rate", "Bến Tre", "as_of", "2023-12-31", 78),
        ],
    ),
    # an event named with its year, its day in the same sentence: the page speaks from that day
    (
        "Tại sự kiện Tuần lễ Số Quốc tế Việt Nam 2024 do Bộ Thông tin và Truyền thông tổ chức, khai "
        "mạc ngày 19/11, lãnh đạo tỉnh Quảng Ninh cho biết toàn tỉnh hiện có trên 6.100 trạm phát "
        "sóng di động. Tỷ lệ hộ gia đình của tỉnh có kết nối cáp quang hiện đạt 89,13%.",
        None,
        [("ftth_household_rate", "Quảng Ninh", "as_of", "2024-11-19", 89.13)],
    ),
    # "Tháng trước," opening a sentence: the month before the page's
    (
        "Tháng trước, hệ thống kỹ thuật đã ghi nhận 512 cuộc tấn công mạng gây sự cố vào các hệ "
        "thống thông tin tại Việt Nam.",
        "2024-09-05",
        [("cyberattacks", "national", "month", "2024-08-31", 512.0)],
    ),
    # a year's count estimated before the year ends: not the days lived so far, held for review
    (
        "Bộ Thông tin và Truyền thông ước tính cả năm 2024, số giao dịch qua NDXP đạt khoảng 850 "
        "triệu. Tính đến ngày 15/12/2024, lũy kế giao dịch qua nền tảng đạt 2,28 tỷ.",
        "2024-12-20",
        [("ndxp_transactions_cumulative", "national", "as_of", "2024-12-15", 2280000000.0)],
    ),
]
