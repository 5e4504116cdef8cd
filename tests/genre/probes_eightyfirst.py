"""Genre probes, round 81: provinces' digital-infrastructure and digital-economy pages 2022-2025 (So TT&TT / So KH&CN reports, provincial newspapers): 4G/5G coverage of population and villages, BTS and 5G station counts, fibre households, smartphone subscriptions, broadband subscriptions per 100 inhabitants, villages without signal, digital economy share of GRDP, provincial DTI rankings (not KPIs) and Mobile Money; sentences that set the province beside the country, tables as text, lists with colons, headlines with a lead, and traps (operators' own figures, a district's, targets for 2025/2030, changes, counts of plans), written blind by a helper (not copied from any page).

First reading with 6611f06 (the start code 2235ecf the same): 57 of 63 right, 57 of 72 found. Fitted: a table's caption naming its province, the country's figure 'trong khi cả nước có …', 'phủ sóng được 95,2% số thôn lõm sóng', 'tỷ lệ người dân tỉnh Bình Định sử dụng Internet', a label '… của Phú Thọ so với cả nước:' and a per-100 figure's country value in brackets; now 69/69, 69/72. Left: the country's share named in a comparison ('so với tỷ trọng 12,33% của kinh tế số trong GDP cả nước'), the country's per-100 figure in brackets after 'cao hơn bình quân chung cả nước (86,9)', a province's share after another country's ('Tại Hàn Quốc, …, trong khi hiện nay tỷ lệ … tỉnh Khánh Hòa … 35%').
"""

CASES = [
    # 1 province beside country
    (
        "Theo Sở Thông tin và Truyền thông Bắc Giang, đến hết tháng 7/2024, tỷ lệ hộ gia đình trên địa bàn tỉnh "
        "có kết nối Internet cáp quang băng rộng đạt 86,4%, cao hơn mức bình quân cả nước là 82,1%. "
        "Cùng thời điểm, tỷ lệ thuê bao di động sử dụng điện thoại thông minh của tỉnh đạt 89,2%.",
        "2024-08-12",
        [
            ("ftth_household_rate", "Bắc Giang", "as_of", "2024-07-31", 86.4),
            ("ftth_household_rate", "national", "as_of", "2024-07-31", 82.1),
            ("smartphone_subscriber_rate", "Bắc Giang", "as_of", "2024-07-31", 89.2),
        ],
    ),
    # 2 table as text
    (
        "Bảng 2. Một số chỉ tiêu hạ tầng số tỉnh Lào Cai (tính đến 31/12/2023)\n"
        "Chỉ tiêu | Đơn vị | Kết quả\n"
        "Tỷ lệ thôn, bản có sóng di động băng rộng | % | 98,6\n"
        "Số thôn, bản lõm sóng di động | thôn | 37\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang | % | 71,5\n"
        "Thuê bao băng rộng di động/100 dân | thuê bao | 78,3",
        "2024-01-18",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-12-31", 98.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 37.0),
            ("ftth_household_rate", "Lào Cai", "as_of", "2023-12-31", 71.5),
            ("mobile_broadband_subscriptions_per_100", "Lào Cai", "as_of", "2023-12-31", 78.3),
        ],
    ),
    # 3 trap: DTI ranking and its change
    (
        "Năm 2023, Chỉ số chuyển đổi số (DTI) của tỉnh Hà Giang xếp thứ 48/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022; "
        "riêng trụ cột hạ tầng số đứng thứ 41.",
        "2024-06-20",
        [],
    ),
    # 4 headline with a lead; total BTS not an indicator
    (
        "Quảng Ninh: 100% thôn, bản có sóng di động 4G\n"
        "(Báo Quảng Ninh) – Đến nay, toàn tỉnh đã có 3.150 trạm BTS, trong đó 412 trạm 5G; 100% thôn, bản, "
        "khu dân cư đã được phủ sóng di động băng rộng 4G.",
        "2025-03-05",
        [
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2025-03-05", 100.0),
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2025-03-05", 412.0),
        ],
    ),
    # 5 trap: operator's own figure
    (
        "Viettel Nghệ An cho biết, đơn vị đã phát sóng 260 trạm 5G trên địa bàn tỉnh, phủ sóng khoảng 70% dân số "
        "khu vực trung tâm thành phố Vinh và các thị xã.",
        "2025-02-10",
        [],
    ),
    # 6 list with colons, year values
    (
        "Kết quả phát triển hạ tầng số năm 2023 của tỉnh Thanh Hóa: tỷ lệ hộ gia đình có Internet cáp quang: 78,6%; "
        "thuê bao băng rộng cố định/100 dân: 23,1; thuê bao băng rộng di động/100 dân: 82,4; "
        "tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 85,3%.",
        "2024-02-02",
        [
            ("ftth_household_rate", "Thanh Hóa", "year", "2023-12-31", 78.6),
            ("fixed_broadband_subscriptions_per_100", "Thanh Hóa", "year", "2023-12-31", 23.1),
            ("mobile_broadband_subscriptions_per_100", "Thanh Hóa", "year", "2023-12-31", 82.4),
            ("smartphone_subscriber_rate", "Thanh Hóa", "year", "2023-12-31", 85.3),
        ],
    ),
    # 7 digital economy beside country
    (
        "Năm 2023, kinh tế số của Đà Nẵng ước chiếm 19,2% GRDP, cao hơn đáng kể so với tỷ trọng 12,33% "
        "của kinh tế số trong GDP cả nước.",
        "2024-04-15",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.2),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 8 trap: targets 2025/2030
    (
        "Tỉnh Bình Dương phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP và đến năm 2030 đạt 30% GRDP; "
        "100% hộ gia đình có Internet cáp quang trước năm 2025.",
        "2023-05-10",
        [],
    ),
    # 9 partial: province figure, district figure and target
    (
        "Hiện toàn tỉnh Nghệ An còn 118 thôn, bản lõm sóng di động, tập trung ở các huyện miền Tây; riêng huyện "
        "Kỳ Sơn còn 41 thôn, bản. Tỉnh phấn đấu xóa toàn bộ vùng lõm sóng trong năm 2025.",
        "2024-12-25",
        [
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-12-25", 118.0),
        ],
    ),
    # 10 Mobile Money, province
    (
        "Tính đến ngày 31/8/2023, toàn tỉnh Cà Mau có 52.416 khách hàng đăng ký sử dụng dịch vụ Mobile Money, "
        "trong đó hơn 70% ở khu vực nông thôn.",
        "2023-09-08",
        [
            ("mobile_money_customers", "Cà Mau", "as_of", "2023-08-31", 52416.0),
        ],
    ),
    # 11 trap: operator's own Mobile Money figure
    (
        "Riêng Viettel Đắk Lắk đã phát triển hơn 180.000 khách hàng Mobile Money tính đến hết tháng 6/2023, "
        "dẫn đầu ba nhà mạng trên địa bàn.",
        "2023-07-20",
        [],
    ),
    # 12 city beside country, 5G
    (
        "Sở Khoa học và Công nghệ Hà Nội cho biết, đến hết tháng 5/2025, thành phố đã có 6.215 trạm 5G, sóng 5G phủ "
        "khoảng 91% dân số, trong khi tỷ lệ phủ sóng 5G theo dân số của cả nước mới đạt khoảng 26%.",
        "2025-06-18",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-05-31", 6215.0),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-05-31", 91.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.0),
        ],
    ),
    # 13 trap: "hiện nay" without any published date
    (
        "Hiện nay, tỷ lệ hộ gia đình có Internet cáp quang trên địa bàn tỉnh Hà Tĩnh đạt 80,5%; 100% xã, phường, "
        "thị trấn đã có hạ tầng cáp quang.",
        None,
        [],
    ),
    # 14 trap: year-on-year changes
    (
        "So với cùng kỳ năm 2023, số thuê bao băng rộng cố định của tỉnh Thái Bình tăng 8,6%, thuê bao băng rộng "
        "di động tăng 11,2%, thuê bao điện thoại thông minh tăng thêm khoảng 64.000 thuê bao.",
        "2024-10-10",
        [],
    ),
    # 15 smartphone count and share
    (
        "Tính đến 30/6/2024, toàn tỉnh Sơn La có khoảng 1,02 triệu thuê bao sử dụng điện thoại thông minh, "
        "chiếm 81,7% tổng số thuê bao di động.",
        "2024-07-05",
        [
            ("smartphone_subscriptions", "Sơn La", "as_of", "2024-06-30", 1020000.0),
            ("smartphone_subscriber_rate", "Sơn La", "as_of", "2024-06-30", 81.7),
        ],
    ),
    # 16 broadband counts
    (
        "Đến hết năm 2023, tỉnh Bắc Ninh có 412.560 thuê bao băng rộng cố định, đạt 28,9 thuê bao/100 dân, "
        "và 1.368.000 thuê bao băng rộng di động.",
        "2024-01-12",
        [
            ("fixed_broadband_subscriptions", "Bắc Ninh", "as_of", "2023-12-31", 412560.0),
            ("fixed_broadband_subscriptions_per_100", "Bắc Ninh", "as_of", "2023-12-31", 28.9),
            ("mobile_broadband_subscriptions", "Bắc Ninh", "as_of", "2023-12-31", 1368000.0),
        ],
    ),
    # 17 partial: DTI rank is not a KPI
    (
        "Thừa Thiên Huế tiếp tục giữ vị trí thứ 3 cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023. "
        "Cũng trong năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 10,8%.",
        "2024-09-30",
        [
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2023-12-31", 10.8),
        ],
    ),
    # 18 trap: counts of plans
    (
        "Năm 2023, UBND tỉnh Tuyên Quang đã ban hành 12 kế hoạch và 5 quyết định về phát triển hạ tầng số, "
        "chuyển đổi số; Sở TT&TT ký 3 thỏa thuận hợp tác với các doanh nghiệp viễn thông.",
        "2024-03-14",
        [],
    ),
    # 19 dead-zone villages covered
    (
        "Đến nay, tỉnh Kon Tum đã phủ sóng được 95,2% số thôn lõm sóng có điện lưới thuộc Chương trình "
        '"Sóng và máy tính cho em".',
        "2023-12-28",
        [
            ("dead_zone_villages_covered_rate", "Kon Tum", "as_of", "2023-12-28", 95.2),
        ],
    ),
    # 20 speeds, month
    (
        "Theo hệ thống đo i-Speed, tháng 6/2024, tốc độ truy cập Internet băng rộng cố định tại Đà Nẵng đạt 108,5 Mbps, "
        "còn tốc độ băng rộng di động đạt 62,3 Mbps.",
        "2024-07-16",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2024-06-30", 108.5),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-06-30", 62.3),
        ],
    ),
    # 21 table: province vs country
    (
        "Bảng: So sánh một số chỉ tiêu hạ tầng số năm 2024\n"
        "Chỉ tiêu | Lâm Đồng | Cả nước\n"
        "Tỷ lệ hộ gia đình có cáp quang (%) | 79,4 | 82,5\n"
        "Thuê bao băng rộng cố định/100 dân | 24,7 | 23,8\n"
        "Tỷ lệ thuê bao sử dụng smartphone (%) | 86,1 | 87,6",
        "2025-01-20",
        [
            ("ftth_household_rate", "Lâm Đồng", "year", "2024-12-31", 79.4),
            ("ftth_household_rate", "national", "year", "2024-12-31", 82.5),
            ("fixed_broadband_subscriptions_per_100", "Lâm Đồng", "year", "2024-12-31", 24.7),
            ("fixed_broadband_subscriptions_per_100", "national", "year", "2024-12-31", 23.8),
            ("smartphone_subscriber_rate", "Lâm Đồng", "year", "2024-12-31", 86.1),
            ("smartphone_subscriber_rate", "national", "year", "2024-12-31", 87.6),
        ],
    ),
    # 22 partial: another country's figure
    (
        "Tại Hàn Quốc, mạng 5G đã phủ hơn 95% dân số, trong khi hiện nay tỷ lệ dân số tỉnh Khánh Hòa được phủ sóng 5G "
        "mới đạt khoảng 35%.",
        "2025-04-02",
        [
            ("fiveg_population_coverage_rate", "Khánh Hòa", "as_of", "2025-04-02", 35.0),
        ],
    ),
    # 23 trap: targets in a colon list
    (
        "Kế hoạch chuyển đổi số năm 2023 của tỉnh Yên Bái đặt ra các chỉ tiêu: tỷ lệ hộ gia đình có cáp quang: 75%; "
        "tỷ lệ thôn, bản có sóng 4G: 100%; kinh tế số chiếm 10% GRDP.",
        "2023-02-15",
        [],
    ),
    # 24 partial: result beside target
    (
        "Năm 2023, tỷ lệ thôn, bản có sóng di động của tỉnh Điện Biên đạt 96,3%, vượt mục tiêu 95% đề ra; "
        "năm 2024, tỉnh phấn đấu nâng tỷ lệ này lên 98%.",
        "2024-02-26",
        [
            ("villages_with_mobile_coverage_rate", "Điện Biên", "year", "2023-12-31", 96.3),
        ],
    ),
    # 25 headline with a lead; 9 months; change trap
    (
        "Cần Thơ: Kinh tế số đóng góp 14,6% GRDP\n"
        "Theo Sở TT&TT, trong 9 tháng năm 2024, tỷ trọng kinh tế số trong GRDP của thành phố Cần Thơ ước đạt 14,6%, "
        "tăng 1,1 điểm phần trăm so với cùng kỳ.",
        "2024-11-05",
        [
            ("digital_economy_gdp_share", "Cần Thơ", "ytd", "2024-09-30", 14.6),
        ],
    ),
    # 26 per-100 beside country
    (
        "Đến hết tháng 6/2023, số thuê bao băng rộng di động trên 100 dân của Vĩnh Phúc đạt 91,5, "
        "cao hơn bình quân chung cả nước (86,9).",
        "2023-07-14",
        [
            ("mobile_broadband_subscriptions_per_100", "Vĩnh Phúc", "as_of", "2023-06-30", 91.5),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-06-30", 86.9),
        ],
    ),
    # 27 no published date, but a date in the text
    (
        "Tính đến ngày 31/12/2024, toàn tỉnh Gia Lai có 1.874 trạm BTS, trong đó 96 trạm 5G; 99,2% thôn, làng "
        "đã có sóng di động băng rộng.",
        None,
        [
            ("fiveg_bts_count", "Gia Lai", "as_of", "2024-12-31", 96.0),
            ("villages_with_mobile_coverage_rate", "Gia Lai", "as_of", "2024-12-31", 99.2),
        ],
    ),
    # 28 trap: 4G population coverage and 4G BTS are not catalog indicators
    (
        "Sóng 4G đã phủ 99,6% dân số tỉnh Quảng Trị, với 1.230 trạm BTS 4G đang hoạt động tính đến tháng 4/2024.",
        "2024-05-22",
        [],
    ),
    # 29 Mobile Money beside country
    (
        "Đến cuối tháng 2/2024, Hậu Giang có hơn 31.000 khách hàng sử dụng dịch vụ Mobile Money, "
        "trong khi cả nước có khoảng 7,2 triệu khách hàng.",
        "2024-03-20",
        [
            ("mobile_money_customers", "Hậu Giang", "as_of", "2024-02-29", 31000.0),
            ("mobile_money_customers", "national", "as_of", "2024-02-29", 7200000.0),
        ],
    ),
    # 30 internet users
    (
        "Năm 2023, tỷ lệ người dân tỉnh Bình Định sử dụng Internet đạt 78,5%, tỷ lệ hộ gia đình có Internet "
        "cáp quang băng rộng đạt 74%.",
        "2024-01-30",
        [
            ("internet_users_rate", "Bình Định", "year", "2023-12-31", 78.5),
            ("ftth_household_rate", "Bình Định", "year", "2023-12-31", 74.0),
        ],
    ),
    # 31 trap: a district's figures
    (
        "Huyện Mường Nhé (Điện Biên) hiện còn 23 bản chưa có sóng điện thoại di động; tỷ lệ hộ gia đình có cáp quang "
        "của huyện mới đạt 21%.",
        "2024-08-01",
        [],
    ),
    # 32 trap: operator's fibre figures
    (
        "VNPT Long An đã kéo cáp quang tới 100% xã, phường, phục vụ khoảng 185.000 hộ gia đình, chiếm 60% thị phần "
        "dịch vụ FTTH trên địa bàn tỉnh.",
        "2024-06-11",
        [],
    ),
    # 33 headline + colon list
    (
        "Bến Tre: Hạ tầng số năm 2024 đạt nhiều kết quả tích cực\n"
        "Cụ thể, năm 2024: 100% ấp, khu phố có sóng 4G; tỷ lệ hộ gia đình có cáp quang: 83,7%; "
        "kinh tế số chiếm 9,1% GRDP của tỉnh.",
        "2025-01-08",
        [
            ("villages_with_mobile_coverage_rate", "Bến Tre", "year", "2024-12-31", 100.0),
            ("ftth_household_rate", "Bến Tre", "year", "2024-12-31", 83.7),
            ("digital_economy_gdp_share", "Bến Tre", "year", "2024-12-31", 9.1),
        ],
    ),
    # 34 smartphone share beside country
    (
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh tại Hải Phòng tính đến hết tháng 8/2024 là 90,3%, "
        "trong khi con số này của cả nước là 87,1%.",
        "2024-09-09",
        [
            ("smartphone_subscriber_rate", "Hải Phòng", "as_of", "2024-08-31", 90.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-08-31", 87.1),
        ],
    ),
    # 35 trap: remainder (coverage would need arithmetic)
    (
        "Trong tổng số 1.150 thôn, bản của tỉnh Bắc Kạn, hiện chỉ còn 2,1% chưa có sóng di động băng rộng, "
        "chủ yếu thuộc các huyện Pác Nặm và Ngân Sơn.",
        "2024-04-04",
        [],
    ),
    # 36 digital economy growth and share
    (
        "Năm 2024, kinh tế số của tỉnh Vĩnh Long tăng trưởng 16,8%, chiếm 8,2% GRDP.",
        "2025-02-14",
        [
            ("digital_economy_growth", "Vĩnh Long", "year", "2024-12-31", 16.8),
            ("digital_economy_gdp_share", "Vĩnh Long", "year", "2024-12-31", 8.2),
        ],
    ),
    # 37 partial: national figure on a provincial page plus target
    (
        "Theo Bộ TT&TT, tính đến hết tháng 11/2024, cả nước có khoảng 5.700 trạm 5G; mục tiêu đến năm 2030 "
        "sóng 5G phủ 99% dân số. Sở TT&TT Ninh Bình đang phối hợp các nhà mạng lựa chọn vị trí lắp đặt trạm.",
        "2024-12-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-11-30", 5700.0),
        ],
    ),
    # 38 dead zone villages after definition change
    (
        "Theo tiêu chí mới của Bộ TT&TT, tính đến hết tháng 9/2024, tỉnh Lai Châu còn 156 thôn, bản chưa được "
        "phủ sóng di động băng rộng.",
        "2024-10-28",
        [
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-09-30", 156.0),
        ],
    ),
    # 39 colon list, province beside country in brackets
    (
        "Một số chỉ tiêu năm 2022 của Phú Thọ so với cả nước: tỷ lệ hộ gia đình có cáp quang: 74,2% (cả nước: 75%); "
        "thuê bao băng rộng cố định/100 dân: 20,4 (cả nước: 21,6).",
        "2023-03-15",
        [
            ("ftth_household_rate", "Phú Thọ", "year", "2022-12-31", 74.2),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75.0),
            ("fixed_broadband_subscriptions_per_100", "Phú Thọ", "year", "2022-12-31", 20.4),
            ("fixed_broadband_subscriptions_per_100", "national", "year", "2022-12-31", 21.6),
        ],
    ),
    # 40 5G coverage with a change
    (
        "Sau gần 5 tháng thương mại hóa, đến cuối tháng 2/2025, sóng 5G đã phủ 62% dân số tỉnh Bình Dương, "
        "tăng gần gấp đôi so với tháng 11/2024.",
        "2025-03-28",
        [
            ("fiveg_population_coverage_rate", "Bình Dương", "as_of", "2025-02-28", 62.0),
        ],
    ),
    # 41 partial: result and target
    (
        "Kinh tế số của TP. Hồ Chí Minh năm 2023 chiếm khoảng 18,5% GRDP; thành phố đặt mục tiêu nâng tỷ trọng này "
        "lên 25% vào năm 2025.",
        "2024-07-25",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2023-12-31", 18.5),
        ],
    ),
    # 42 quarter: new subscriptions (no indicator) and the total
    (
        "Trong quý I/2024, tỉnh Quảng Nam phát triển mới 12.300 thuê bao băng rộng cố định, nâng tổng số thuê bao "
        "băng rộng cố định toàn tỉnh lên 198.400 thuê bao.",
        "2024-04-22",
        [
            ("fixed_broadband_subscriptions", "Quảng Nam", "as_of", "2024-03-31", 198400.0),
        ],
    ),
    # 43 trap: forecast beyond the published date
    (
        "Dự kiến đến cuối năm 2024, tỉnh Ninh Thuận sẽ không còn thôn lõm sóng và 85% hộ gia đình có Internet cáp quang.",
        "2024-06-15",
        [],
    ),
    # 44 national and province dead-zone villages
    (
        "Tính đến hết năm 2022, cả nước đã phủ sóng được 66% số thôn lõm sóng có điện lưới; riêng tỉnh Cao Bằng "
        "đạt 78%.",
        "2023-01-05",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2022-12-31", 66.0),
            ("dead_zone_villages_covered_rate", "Cao Bằng", "as_of", "2022-12-31", 78.0),
        ],
    ),
    # 45 5G stations; share of BTS not an indicator
    (
        "Đến ngày 31/3/2025, tỉnh Hải Dương có 320 trạm BTS 5G, chiếm 7,5% tổng số trạm BTS trên địa bàn.",
        "2025-04-25",
        [
            ("fiveg_bts_count", "Hải Dương", "as_of", "2025-03-31", 320.0),
        ],
    ),
    # 46 table by year
    (
        "Kết quả phát triển hạ tầng số tỉnh Quảng Ngãi giai đoạn 2022-2024\n"
        "Năm | 2022 | 2023 | 2024\n"
        "Tỷ lệ hộ gia đình có cáp quang (%) | 70,1 | 75,8 | 81,2\n"
        "Số thôn lõm sóng di động (cuối năm) | 14 | 6 | 0",
        "2025-01-15",
        [
            ("ftth_household_rate", "Quảng Ngãi", "year", "2022-12-31", 70.1),
            ("ftth_household_rate", "Quảng Ngãi", "year", "2023-12-31", 75.8),
            ("ftth_household_rate", "Quảng Ngãi", "year", "2024-12-31", 81.2),
            ("villages_without_mobile_coverage", "Quảng Ngãi", "as_of", "2022-12-31", 14.0),
            ("villages_without_mobile_coverage", "Quảng Ngãi", "as_of", "2023-12-31", 6.0),
            ("villages_without_mobile_coverage", "Quảng Ngãi", "as_of", "2024-12-31", 0.0),
        ],
    ),
    # 47 trap: adults with smartphones is not the subscriber share
    (
        "Năm 2023, tỷ lệ dân số trưởng thành có điện thoại thông minh tại Hà Nam đạt 88%, tỷ lệ xã có cáp quang "
        "đạt 100%.",
        "2024-03-01",
        [],
    ),
    # 48 headline: 4G (not an indicator) and 5G population coverage
    (
        "Hưng Yên: 100% dân số được phủ sóng 4G, sóng 5G phủ 78% dân số\n"
        "Theo Sở TT&TT, tính đến 31/12/2024, toàn tỉnh có 100% dân số được phủ sóng 4G và 78% dân số được phủ sóng 5G.",
        "2025-01-10",
        [
            ("fiveg_population_coverage_rate", "Hưng Yên", "as_of", "2024-12-31", 78.0),
        ],
    ),
]
