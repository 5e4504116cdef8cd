"""Genre cases: press pages with no printed date that review a year ("Năm 2022, …") or open
on a dateline ("Ngày 25-2, …"); a programme's name with "tầm nhìn đến năm 2030" before a
result; a provincial headline; "xếp 71/193"; "từ A% GDP năm X lên B% GDP năm Y".

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # a sentence that opens on a year reviews that year: its levels are the year's end
        "Năm 2023, ngành viễn thông tiếp tục đạt nhiều kết quả quan trọng.\n\n"
        "Năm 2023, doanh thu toàn ngành ước đạt 3.700.000 tỷ đồng, tăng 8% so năm 2022.\n\n"
        "Các doanh nghiệp viễn thông đã phủ sóng thêm 300 thôn. Như vậy, tỉ lệ thôn đã có sóng "
        "trên toàn quốc đạt 99,8%.",
        None,
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-31", 99.8)],
    ),
    (
        # a dateline's day takes the year the text speaks from ("đầu năm 2024")
        "Ngày 20-3, Thủ tướng chủ trì phiên họp của Ủy ban quốc gia về chuyển đổi số.\n\n"
        "Thông tin tại phiên họp cho thấy, đầu năm 2024, dịch vụ công trực tuyến tiếp tục được "
        "đẩy mạnh, tăng so với cuối năm 2023; đã cấp trên 85 triệu thẻ căn cước gắn chíp điện tử "
        "cho công dân.",
        None,
        [("chip_id_cards_issued", "national", "as_of", "2024-03-20", 85000000)],
    ),
    (
        # "Đề án 06 … tầm nhìn đến năm 2030" names a programme; the figure after it is a result
        "Tại Hội nghị sơ kết 6 tháng đầu năm 2024 về Đề án 06 giai đoạn 2022-2025, tầm nhìn đến "
        "năm 2030 diễn ra giữa tháng 7/2024, Bộ đã báo cáo, kinh tế số chiếm tỉ trọng trên 18,3% "
        "GDP trong 6 tháng đầu năm 2024.",
        "2024-07-25",
        [("digital_economy_gdp_share", "national", "half", "2024-06-30", 18.3)],
    ),
    (
        # a headline whose subject is one province; "tỷ lệ tiếp nhận trực tuyến" of dossiers
        "Hà Giang đẩy mạnh chuyển đổi số\n"
        "Tỉnh Hà Giang đã có nhiều bước tiến trong chuyển đổi số.\n"
        "Trong 6 tháng đầu năm 2024, tỉnh đã tiếp nhận tổng cộng 120.500 hồ sơ, với tỷ lệ tiếp "
        "nhận trực tuyến đạt 85,4%.",
        "2024-07-10",
        [("online_dossier_rate", "Hà Giang", "half", "2024-06-30", 85.4)],
    ),
    (
        # "xếp 71/193 quốc gia" after the UN's e-government ranking
        "Năm 2024, chỉ số xếp hạng Chính phủ điện tử do Liên hợp quốc đánh giá, xếp 71/193 "
        "quốc gia, tăng 15 bậc so với kỳ trước.",
        "2025-01-15",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    (
        # "từ 12,9% GDP năm 2021 lên 14% GDP năm 2025": each share has its own year
        "Tỷ trọng kinh tế số trong GDP liên tục tăng trong giai đoạn 2021-2025, từ 12,9% GDP năm "
        "2021 lên 14% GDP năm 2025.",
        "2026-01-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 12.9),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 14),
        ],
    ),
    (
        # an operator named two sentences back is not the subject of the country's figures
        "Viễn thông quý I/2023 tăng trưởng\n\n"
        "Trong quý I/2023, dù chi phí nhiên liệu tăng, hoạt động của các doanh nghiệp bưu chính, "
        "viễn thông cơ bản vẫn ổn định và các chỉ số thuê bao băng rộng cố định, băng rộng di động "
        "đều tăng so với cùng kỳ năm trước. Viettel là doanh nghiệp đi đầu trong "
        "phát triển thuê bao Mobile Money. Tỷ lệ người sử dụng smartphone đạt 89%. Tỷ lệ hộ gia "
        "đình sử dụng cáp quang đạt 75,2% vào tháng 3-2023, tăng nhẹ so với tháng 1-2023 (74,6%).",
        "2023-04-10",
        [
            ("ftth_household_rate", "national", "month", "2023-03-31", 75.2),
            ("ftth_household_rate", "national", "month", "2023-01-31", 74.6),
        ],
    ),
    (
        # "vị trí thứ 86 trong 193 quốc gia": the UN's e-government ranking, its edition's year
        "Theo Báo cáo khảo sát Chính phủ điện tử năm 2020 của Liên Hợp Quốc, Việt Nam ở vị trí "
        "thứ 86 trong 193 quốc gia thành viên.",
        "2020-12-20",
        [("egdi_rank", "national", "year", "2020-12-31", 86)],
    ),
    (
        # before 2022: services of levels 3 and 4 were the online ones, level 4 the full-process;
        # one kind of account is a part of the portal's total
        "Tính đến ngày 15/6/2021, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 cả nước đạt 58,1% "
        "(tỷ lệ dịch vụ công trực tuyến mức độ 3 là 22,3%, mức độ 4 là 35,8%). Trên Cổng Dịch vụ "
        "công quốc gia, tài khoản cá nhân đăng ký 600.000 tài khoản; tài khoản doanh nghiệp đăng "
        "ký 45.000 tài khoản.",
        "2021-07-01",
        [
            ("dvctt_rate", "national", "as_of", "2021-06-15", 58.1),
            ("dvctt_full_process_rate", "national", "as_of", "2021-06-15", 35.8),
        ],
    ),
    (
        # a province's procedures offered full-process, its dossiers submitted online; a target
        # year ("chỉ tiêu năm 2025") does not date the page; "99% hộ dân" is no share of GRDP
        "Đà Nẵng đẩy mạnh chuyển đổi số\n"
        "Số liệu được Sở cung cấp chiều nay (12/7). Theo đó, tính đến tháng 7/2024, Đà Nẵng có 95% "
        "thủ tục hành chính (TTHC) được triển khai dưới dạng dịch vụ công trực tuyến (DVCTT) toàn "
        "trình; tỷ lệ nộp hồ sơ trực tuyến là 88%.\n\n"
        "Năm 2023, kinh tế số của Đà Nẵng chiếm tỷ trọng 15,5% GRDP, vượt chỉ tiêu năm 2025 là "
        "15%.\n\nVề xã hội số, Đà Nẵng có 97% hộ dân đã có điện thoại thông minh.",
        None,
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-07-31", 95),
            ("online_dossier_rate", "Đà Nẵng", "as_of", "2024-07-31", 88),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 15.5),
        ],
    ),
    (
        # a share of GRDP is one province's, named bare ("là Thái Nguyên với …")
        "Theo Báo cáo, tính đến cuối năm 2023, tỉnh Bắc Ninh đứng đầu cả nước về tỷ trọng kinh tế "
        "số trên GRDP là 55,1%. Đứng thứ 2 là Thái Nguyên với tỷ trọng kinh tế số trên GRDP "
        "41,3%.",
        "2024-03-02",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "as_of", "2023-12-31", 55.1),
            ("digital_economy_gdp_share", "Thái Nguyên", "as_of", "2023-12-31", 41.3),
        ],
    ),
    (
        # online services offered for a share of procedures, and within them the full-process
        # share (its own indicator, not a part); a rate named anew does not continue the one
        # before
        "Tính đến hết năm 2023, đã triển khai DVCTT đối với 80% TTHC (trong đó có 47,5% TTHC "
        "được triển khai DVCTT toàn trình). Tỷ lệ hồ sơ trực tuyến của bộ, ngành đạt 31,2%; địa "
        "phương đạt 36,9%. Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tại các "
        "bộ, ngành đạt 44,1% và các địa phương đạt 25,3%.",
        "2024-01-20",
        [
            ("dvctt_rate", "national", "as_of", "2023-12-31", 80),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 47.5),
            ("online_dossier_rate", "ministries", "as_of", "2023-12-31", 31.2),
            ("online_dossier_rate", "localities", "as_of", "2023-12-31", 36.9),
        ],
    ),
    (
        # "Theo đánh giá …, Đà Nẵng là …": the province after the source is the subject
        "Theo đánh giá tại báo cáo 6 tháng đầu năm 2024 công bố ngày 10-7, Đà Nẵng là điển hình "
        "dịch vụ công trực tuyến toàn trình của cả nước với thủ tục hành chính được cung cấp dưới "
        "dạng dịch vụ công trực tuyến toàn trình là 95%.",
        "2024-07-20",
        [("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-07-20", 95)],
    ),
    (
        # "Trong đó, số thuê bao băng rộng di động: …" names a figure of its own, not a part of
        # the total before it
        "Số thuê bao băng rộng tính đến quý 3/2022 là 90,1 triệu thuê bao, tăng 4% so với cùng kỳ "
        "năm trước. Trong đó, số thuê bao băng rộng di động: 70,2 triệu thuê bao; tăng 4,1% so "
        "với cùng kỳ năm trước.",
        "2022-10-20",
        [("mobile_broadband_subscriptions", "national", "as_of", "2022-09-30", 70200000)],
    ),
    (
        # "Trong đó, ở nông thôn …" is a part of the count before
        "Số khách hàng sử dụng Mobile Money đạt 3,1 triệu khách hàng. Trong đó, ở nông thôn, miền "
        "núi có 2,1 triệu khách hàng.",
        "2022-10-20",
        [("mobile_money_customers", "national", "as_of", "2022-10-20", 3100000)],
    ),
    (
        # "trong đó có 245 trạm 5G": the 5G stations are a count of their own
        "Toàn tỉnh Tây Ninh hiện có 3.890 trạm thu phát sóng di động, trong đó có 245 trạm 5G.",
        "2025-10-15",
        [("fiveg_bts_count", "Tây Ninh", "as_of", "2025-10-15", 245)],
    ),
    (
        # "từ tháng 1/2024 đến 1/2025" in a caption says the text reaches January 2025, so an
        # undated "tháng 1" is that month
        "Tốc độ Internet di động tăng mạnh\n\n"
        "Bảng xếp hạng Internet tháng 1 do Ookla công bố cho thấy tốc độ Internet di động tại "
        "Việt Nam tăng 50%, từ mức 86,1 Mbps trong tháng 12/2024 lên 129,2 Mbps.\n\n"
        "Biểu đồ tốc độ Internet di động tại Việt Nam từ tháng 1/2024 đến 1/2025.",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 86.1),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 129.2),
        ],
    ),
    (
        # "đã có thêm hơn 2 triệu thuê bao" is an increase, not the level; "(thuê bao 3G, 4G, 5G)"
        # after the name; "xếp thứ 19 toàn cầu (148,6 Mbps)" is the country's speed
        "Tính đến tháng 3/2022, đã có thêm hơn 2 triệu thuê bao sử dụng smartphone, nâng tổng số "
        "thuê bao dùng smartphone tại Việt Nam lên con số 93,5 triệu. Số lượng thuê bao băng rộng "
        "di động (thuê bao 3G, 4G, 5G) ước đạt 85,8 triệu. Trong tháng 3/2022, tốc độ mạng di động "
        "Việt Nam xếp thứ 19 toàn cầu (48,6 Mbps), tăng 2 bậc.",
        "2022-04-05",
        [
            ("smartphone_subscriptions", "national", "as_of", "2022-03-31", 93500000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-03-31", 85800000),
            ("mobile_broadband_speed", "national", "month", "2022-03-31", 48.6),
        ],
    ),
    (
        # the share of villages with a mobile signal, however the coverage is worded; ", còn lại
        # … thôn" opens the next figure (the villages left, a level of its own); "để phủ sóng …
        # đến 100% thôn" is a purpose
        "Tính đến cuối năm 2024, toàn tỉnh Bắc Kạn đã phủ sóng di động tới 96% thôn bản. Trước "
        "thời điểm ngày 1/1/2022, tỷ lệ phủ sóng các thôn, bản tại Việt Nam đạt 98,1%, còn lại "
        "1.800 thôn chưa có sóng. Tỉnh tranh thủ nguồn lực của trung ương để phủ sóng di động đến "
        "100% thôn, bản.",
        "2025-02-10",
        [
            ("villages_with_mobile_coverage_rate", "Bắc Kạn", "as_of", "2024-12-31", 96),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2022-01-01", 98.1),
            ("villages_without_mobile_coverage", "national", "as_of", "2021-12-31", 1800),
        ],
    ),
    (
        # "tỷ lệ DVCTT đưa lên mức độ 4" is the share of eligible services brought online in
        # full (also misprinted "đủ kiều kiện"); accounts issued are not accounts activated;
        # transactions made with Mobile Money accounts are not accounts
        "Trong quý I/2022, tỷ lệ DVCTT đưa lên mức độ 4 là 96% (tính đến 20-3-2022). Tính đến "
        "ngày 1/3/2023, thành phố đã cấp 1.200.000 tài khoản định danh điện tử, trong đó kích "
        "hoạt 400.000 tài khoản. Tổng số lượng giao dịch bằng tài khoản Mobile Money đạt lũy kế "
        "hơn 20 triệu.",
        "2023-03-05",
        [("full_process_provision_rate", "national", "as_of", "2022-03-20", 96)],
    ),
    (
        # a programme's name ("giai đoạn 2022-2025, tầm nhìn đến năm 2030") in the sentence that
        # says what the conference reviewed ("tổng kết hoạt động năm 2022") no longer hides it
        "Đây là nội dung Thủ tướng phát biểu tại Hội nghị Sơ kết 1 năm triển khai Đề án 06 giai "
        "đoạn 2022-2025, tầm nhìn đến năm 2030 và tổng kết hoạt động năm 2022 của Ủy ban Quốc gia "
        "về chuyển đổi số, ngày 25/12.\n\n"
        "Theo Bộ TT&TT, hiện cả nước còn lại 300 thôn chưa phủ sóng được.",
        None,
        [("villages_without_mobile_coverage", "national", "as_of", "2022-12-31", 300)],
    ),
    (
        # the world's average speed, and the gap to the top 20, are not the country's figures
        "Tốc độ Internet di động tăng mạnh\n\n"
        "Theo Ookla, tốc độ Internet di động tại Việt Nam tăng 50%, từ mức 86,1 Mbps trong tháng "
        "12/2024 lên 129,2 Mbps trong tháng 1/2025, đứng thứ 22, kém top 20 khoảng 3 Mbps. Không "
        "chỉ Việt Nam, tốc độ trung bình của Internet di động thế giới cũng biến động mạnh, với "
        "mức tăng hơn 40%, từ 62,79 lên 91,24 Mbps.",
        "2025-02-10",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 86.1),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 129.2),
        ],
    ),
    (
        # "cách Top 20 khoảng 3 Mbps" is a gap; a caption's "- Hình 1" is no figure
        "Việt Nam hiện có 93,5 triệu thuê bao sử dụng smartphone - Hình 1\n\n"
        "Đến tháng 3/2022, số thuê bao dùng smartphone tại Việt Nam đạt 93,5 triệu. Tốc độ mạng "
        "di động tháng 3/2022 đạt 45,2 Mbps, đứng thứ 22 và cách Top 20 khoảng 3 Mbps.",
        "2022-04-02",
        [
            ("smartphone_subscriptions", "national", "as_of", "2022-03-31", 93500000),
            ("mobile_broadband_speed", "national", "month", "2022-03-31", 45.2),
        ],
    ),
    (
        # "hồ sơ phát sinh trực tuyến": dossiers arising online, a share of all dossiers
        "Năm 2024, tỷ lệ hồ sơ phát sinh trực tuyến trên tổng số hồ sơ thủ tục hành chính của "
        "tỉnh Bắc Kạn đạt 75,2%.",
        "2025-01-15",
        [("online_dossier_rate", "Bắc Kạn", "year", "2024-12-31", 75.2)],
    ),
]
