"""Genre probes, round 76: press summaries of telecom and Internet figures 2022–2025 — Ookla / i-Speed speeds with history ("so với năm 2018, khi …", "từ vị trí … lên …"), fibre and smartphone shares, 5G rollout, Mobile Money customers, broadband subscriptions per 100 inhabitants, the digital economy's share of GDP and its growth (and who estimates it: the General Statistics Office, the Ministry, or Google/Temasek/Bain), the EGDI ranking by edition, cyberattack counts by month, quarter and year, and comparisons between a province and the country in both senses (the country's level vs a gap in points), written blind by a helper (not copied from any page).

First reading with the session's start code (2235ecf), after relabelling a vendor's estimate to the corpus convention: 56 of 56 right, 56 of 66 found. Fitted: a place and its year is no duration ('xếp thứ 86 năm 2022'), the gap to the country vs its level, '65% dân số TP. Hà Nội, cao hơn … mức 30% của cả nước', 'so với năm 2018, khi …'; now 64/64, 64/66. Left: two sources for one month (Ookla and i-Speed, one key), a run of EGDI ranks whose last is 'lên thứ 71 trong kỳ khảo sát năm 2024'.
"""

CASES = [
    # 1 Ookla monthly mobile speed with a 2018 history ("so với năm 2018, khi ..."); ranks are not values
    (
        "Theo Speedtest Global Index vừa được Ookla công bố, tốc độ tải xuống trung vị của mạng di động Việt Nam trong tháng 12/2024 đạt 86,96 Mbps, "
        "giúp Việt Nam tăng 7 bậc, lên vị trí thứ 37 toàn cầu. So với năm 2018, khi tốc độ di động bình quân chỉ khoảng 22,5 Mbps và Việt Nam đứng thứ 78, "
        "mạng di động hiện đã nhanh gần gấp bốn lần.",
        "2025-01-16",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 86.96),
            ("mobile_broadband_speed", "national", "year", "2018-12-31", 22.5),
        ],
    ),
    # 2 fixed speed, rank history "từ vị trí ... lên ..." (no rank indicator for Ookla)
    (
        "Bảng xếp hạng của Ookla cho thấy tốc độ Internet cố định của Việt Nam trong tháng 11/2024 đạt 153,2 Mbps. "
        "Chỉ trong hơn một năm, Việt Nam đã vươn từ vị trí thứ 46 hồi tháng 9/2023 lên vị trí thứ 35 thế giới ở hạng mục này.",
        "2024-12-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 153.2),
        ],
    ),
    # 3 i-Speed yearly averages
    (
        "Số liệu đo kiểm từ công cụ i-Speed do Trung tâm Internet Việt Nam (VNNIC) vận hành cho thấy, tính bình quân cả năm 2024, "
        "tốc độ truy cập Internet cố định tại Việt Nam đạt 130,9 Mbps, còn Internet di động đạt 67,9 Mbps.",
        "2025-02-10",
        [
            ("fixed_broadband_speed", "national", "year", "2024-12-31", 130.9),
            ("mobile_broadband_speed", "national", "year", "2024-12-31", 67.9),
        ],
    ),
    # 4 two measurement tools for the same month (both stated) + world average (not Viet Nam)
    (
        "Tháng 9/2023, tốc độ tải xuống trung bình của Internet di động Việt Nam theo Ookla là 44,13 Mbps, trong khi công cụ i-Speed của Bộ Thông tin và Truyền thông "
        "ghi nhận 36,22 Mbps. Cùng tháng, tốc độ di động trung bình của thế giới tăng lên 47,82 Mbps, khiến Việt Nam tụt 9 bậc xuống thứ 58.",
        "2023-10-20",
        [
            ("mobile_broadband_speed", "national", "month", "2023-09-30", 44.13),
            ("mobile_broadband_speed", "national", "month", "2023-09-30", 36.22),
        ],
    ),
    # 5 TRAP: operators' own speeds
    (
        "Dữ liệu Speedtest Intelligence quý III/2024 cho thấy VinaPhone là nhà mạng có tốc độ tải xuống di động nhanh nhất Việt Nam với 54,7 Mbps, "
        "tiếp đến là Viettel với 48,9 Mbps và MobiFone với 36,5 Mbps. Ở mạng cố định, Viettel dẫn đầu với 109,8 Mbps, FPT Telecom đạt 90,3 Mbps.",
        "2024-10-25",
        [],
    ),
    # 6 yearly fixed speed with 2018 history, rank change not a value
    (
        "Tính bình quân năm 2023, tốc độ băng rộng cố định của Việt Nam theo đo kiểm của Ookla đạt 95,2 Mbps, tăng khoảng 3,5 lần so với năm 2018, "
        "khi con số này chỉ là 27,3 Mbps. Thứ hạng của Việt Nam theo đó cũng được cải thiện từ vị trí 64 lên vị trí 45.",
        "2024-01-25",
        [
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 95.2),
            ("fixed_broadband_speed", "national", "year", "2018-12-31", 27.3),
        ],
    ),
    # 7 province vs country LEVEL ("cao hơn mức trung bình cả nước là ...")
    (
        "Đến hết năm 2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh Bình Dương đạt 95,1%, "
        "cao hơn mức trung bình cả nước là 82,4%.",
        "2025-01-20",
        [
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 95.1),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
        ],
    ),
    # 8 province vs country GAP in points (national level not stated)
    (
        "Tính đến hết tháng 6/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh tại TP. Đà Nẵng đạt 91,3%, "
        "cao hơn trung bình cả nước 6,5 điểm phần trăm.",
        "2024-07-15",
        [
            ("smartphone_subscriber_rate", "Đà Nẵng", "as_of", "2024-06-30", 91.3),
        ],
    ),
    # 9 city digital economy share, gap expressed with "%" (still a gap)
    (
        "Năm 2024, tỷ trọng kinh tế số trong GRDP của TP. Hồ Chí Minh ước đạt 21,6%, cao hơn bình quân chung của cả nước 3,3%. "
        "Thành phố phấn đấu đến năm 2025 kinh tế số đóng góp 25% GRDP.",
        "2025-02-12",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2024-12-31", 21.6),
        ],
    ),
    # 10 province below the country, country level in parentheses
    (
        "Năm 2023, tỷ lệ người sử dụng Internet của tỉnh Lào Cai đạt 71,5%, vẫn thấp hơn trung bình cả nước (78,6%) do địa hình đồi núi chia cắt.",
        "2024-03-05",
        [
            ("internet_users_rate", "Lào Cai", "year", "2023-12-31", 71.5),
            ("internet_users_rate", "national", "year", "2023-12-31", 78.6),
        ],
    ),
    # 11 national broadband counts and per-100 figures
    (
        "Theo Cục Viễn thông, tính đến cuối năm 2023 cả nước có 22,9 triệu thuê bao băng rộng cố định, tương đương 23,1 thuê bao/100 dân; "
        "mật độ thuê bao băng rộng di động đạt 84,3 thuê bao/100 dân.",
        "2024-02-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 23.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 84.3),
        ],
    ),
    # 12 province per-100 with a gap in subscriptions (not the national level)
    (
        "Đến hết tháng 9/2024, số thuê bao băng rộng cố định trên 100 dân của tỉnh Quảng Ninh đạt 31,4, cao hơn 7,6 thuê bao so với mức chung của cả nước.",
        "2024-10-10",
        [
            ("fixed_broadband_subscriptions_per_100", "Quảng Ninh", "as_of", "2024-09-30", 31.4),
        ],
    ),
    # 13 5G rollout, national
    (
        "Sau gần một năm thương mại hóa, tính đến ngày 30/9/2025 cả nước đã có hơn 20.000 trạm BTS 5G được phát sóng; "
        "tỷ lệ dân số được phủ sóng 5G đạt khoảng 39%.",
        "2025-10-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 20000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 39.0),
        ],
    ),
    # 14 TRAP: operators' 5G figures and an operator's target
    (
        "Viettel cho biết đến cuối năm 2024 mạng 5G của tập đoàn đã có hơn 6.500 trạm, phủ sóng 90% dân số khu vực đô thị. "
        "VNPT đặt mục tiêu lắp đặt thêm 5.000 trạm 5G trong năm 2025, còn MobiFone hiện mới phát sóng thử nghiệm tại 12 tỉnh, thành phố.",
        "2025-01-05",
        [],
    ),
    # 15 PARTIAL: national 5G with one operator's share
    (
        "Theo Cục Viễn thông, đến hết năm 2024 cả nước có khoảng 9.000 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 26%; "
        "riêng Viettel đã phát sóng hơn 6.500 trạm.",
        "2025-01-22",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 9000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
        ],
    ),
    # 16 city 5G coverage vs the country's level
    (
        "Đến hết tháng 6/2025, sóng 5G đã phủ khoảng 65% dân số TP. Hà Nội, cao hơn nhiều so với mức 30% của cả nước.",
        "2025-07-10",
        [
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-06-30", 65.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 30.0),
        ],
    ),
    # 17 Mobile Money, undated page with a dated figure; transaction value is not a portal payment
    (
        "Tính đến cuối tháng 9/2025, dịch vụ Mobile Money có khoảng 10,9 triệu khách hàng đăng ký và sử dụng, "
        "trong đó khoảng 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa; tổng giá trị giao dịch đạt khoảng 8.511 tỷ đồng.",
        None,
        [
            ("mobile_money_customers", "national", "as_of", "2025-09-30", 10900000.0),
        ],
    ),
    # 18 Mobile Money growth from an earlier level ("từ ... lên ...")
    (
        "Số khách hàng Mobile Money đã tăng từ khoảng 1,1 triệu vào cuối năm 2022 lên 6,1 triệu vào cuối tháng 6/2023, "
        "theo báo cáo của Ngân hàng Nhà nước.",
        "2023-08-10",
        [
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 1100000.0),
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 6100000.0),
        ],
    ),
    # 19 TRAP: one operator's Mobile Money customers
    (
        "Viettel Money cho biết tính đến tháng 3/2024, doanh nghiệp đã có hơn 5 triệu khách hàng sử dụng Mobile Money, "
        "chiếm phần lớn thị phần của cả ba nhà mạng được cấp phép thí điểm.",
        "2024-04-02",
        [],
    ),
    # 20 digital economy share: Ministry estimate vs General Statistics Office compilation (different years)
    (
        "Theo Bộ Thông tin và Truyền thông, năm 2023 kinh tế số ước chiếm khoảng 16,5% GDP. "
        "Trong khi đó, kết quả biên soạn chính thức lần đầu của Tổng cục Thống kê cho thấy tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2022 là 12,02%.",
        "2024-03-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 12.02),
        ],
    ),
    # 21 Google/Temasek/Bain estimate: growth is a value; USD size and forecast are not
    (
        "Báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính tổng giá trị giao dịch (GMV) của nền kinh tế số Việt Nam năm 2023 đạt 30 tỷ USD, "
        "tăng trưởng 19%, nhanh nhất Đông Nam Á. Các tác giả dự báo quy mô này có thể lên tới 45 tỷ USD vào năm 2025.",
        "2024-01-15",
        # (relabelled to tests/golden/README.md's convention: a vendor's or researcher's estimate,
        # here Google, Temasek and Bain's, is not the country's figure)
        [],
    ),
    # 22 Ministry year summary: growth and share
    (
        "Tại hội nghị tổng kết, Bộ Thông tin và Truyền thông cho biết năm 2024 kinh tế số Việt Nam tăng trưởng khoảng 20%, gấp khoảng ba lần tốc độ tăng GDP; "
        "tỷ trọng kinh tế số ước đạt 18,3% GDP.",
        "2025-01-10",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 23 TRAP: targets and a forecast
    (
        "Chiến lược quốc gia phát triển kinh tế số và xã hội số đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP và đến năm 2030 đạt 30% GDP. "
        "Google, Temasek và Bain dự báo kinh tế số Việt Nam sẽ tăng trưởng bình quân khoảng 20%/năm tới năm 2030.",
        "2024-06-01",
        [],
    ),
    # 24 province share vs the country's level in parentheses
    (
        "Năm 2023, kinh tế số tỉnh Thái Nguyên chiếm 32,1% GRDP, gần gấp đôi tỷ trọng chung của cả nước (16,5%), nhờ đóng góp lớn của công nghiệp điện tử.",
        "2024-04-05",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 32.1),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 25 EGDI rank by edition
    (
        "Qua các kỳ Khảo sát Chính phủ điện tử của Liên hợp quốc, Việt Nam xếp thứ 88/193 năm 2018, thứ 86 năm 2020, giữ nguyên hạng 86 năm 2022 "
        "trước khi bứt phá lên thứ 71 trong kỳ khảo sát năm 2024.",
        "2025-02-14",
        [
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 26 PARTIAL: EGDI rank with a change only, ASEAN position and another index (EPI) are not values
    (
        'Theo Khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc, Việt Nam lần đầu vào nhóm có chỉ số EGDI "rất cao", xếp hạng 71/193, tăng 15 bậc so với kỳ trước. '
        "Trong khu vực ASEAN, Việt Nam đứng thứ 5; riêng Chỉ số tham gia điện tử (EPI) của Việt Nam xếp thứ 68.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 27 cyberattacks, month; month-on-month change is not a value
    (
        "Trong tháng 3/2025, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 596 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, "
        "giảm 11% so với tháng 2/2025.",
        "2025-04-08",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 596.0),
        ],
    ),
    # 28 cyberattacks, month and quarter in the same text
    (
        "Riêng tháng 3/2024, hệ thống kỹ thuật của Bộ Thông tin và Truyền thông phát hiện 746 cuộc tấn công mạng gây sự cố vào các hệ thống tại Việt Nam; "
        "tính chung quý I/2024 là 2.145 cuộc.",
        "2024-04-05",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 746.0),
            ("cyberattacks", "national", "quarter", "2024-03-31", 2145.0),
        ],
    ),
    # 29 cyberattacks, current year and previous year in parentheses
    (
        "Năm 2023, Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin ở Việt Nam "
        "(năm 2022: 12.213 cuộc).",
        "2024-01-09",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
        ],
    ),
    # 30 TRAP: an operator's security unit and worldwide counts
    (
        "Trong quý II/2024, Viettel Cyber Security ghi nhận hơn 1.200 cuộc tấn công DDoS nhắm vào khách hàng của doanh nghiệp; "
        "trên thế giới, số vụ tấn công mã độc tống tiền tăng 30% so với cùng kỳ.",
        "2024-07-12",
        [],
    ),
    # 31 TRAP: undated page, month without a year
    (
        "Trong tháng 7, Cục An toàn thông tin ghi nhận 693 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, chủ yếu là tấn công lừa đảo.",
        None,
        [],
    ),
    # 32 cyberattacks, half year
    (
        "6 tháng đầu năm 2023, Cục An toàn thông tin đã cảnh báo, hướng dẫn xử lý 5.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, "
        "trong đó tấn công lừa đảo chiếm hơn 40%.",
        "2023-07-14",
        [
            ("cyberattacks", "national", "half", "2023-06-30", 5900.0),
        ],
    ),
    # 33 cyberattacks, cumulative since 1 January to a mid-month day
    (
        "Từ ngày 1/1 đến ngày 15/6/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia đã phát hiện 3.820 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2024-06-20",
        [
            ("cyberattacks", "national", "ytd", "2024-06-15", 3820.0),
        ],
    ),
    # 34 smartphone subscriptions count and share
    (
        "Theo Cục Viễn thông, đến hết tháng 6/2024 cả nước có khoảng 104 triệu thuê bao sử dụng điện thoại thông minh, chiếm 87,3% tổng số thuê bao di động.",
        "2024-07-20",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 104000000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 87.3),
        ],
    ),
    # 35 TRAP: year-on-year change in points and a target
    (
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh tăng 4,2 điểm phần trăm so với cùng kỳ năm trước; "
        "Bộ Thông tin và Truyền thông phấn đấu đến hết năm 2025 đạt 100% thuê bao di động dùng smartphone.",
        "2024-10-01",
        [],
    ),
    # 36 "hiện nay" resolved to the published date
    (
        "Hiện nay, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng trên cả nước đạt khoảng 82,4%, hạ tầng cáp quang đã được kéo đến 100% xã.",
        "2025-03-03",
        [
            ("ftth_household_rate", "national", "as_of", "2025-03-03", 82.4),
        ],
    ),
    # 37 TRAP: "hiện" with no published date and no date in the text
    (
        "Hiện tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh Hà Tĩnh đạt 78%, tỷ lệ người dân dùng điện thoại thông minh đạt trên 85%.",
        None,
        [],
    ),
    # 38 PARTIAL: national Internet users vs a survey's respondents
    (
        "Đến cuối năm 2024, tỷ lệ người sử dụng Internet ở Việt Nam đạt 79,1% dân số. "
        "Một khảo sát của VNNIC với khoảng 2.000 người tham gia cho thấy 91% người được hỏi truy cập Internet hằng ngày.",
        "2025-03-20",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
        ],
    ),
    # 39 monthly subscriptions; year-on-year change is not a value
    (
        "Tính đến hết tháng 10/2024, tổng số thuê bao băng rộng di động trên cả nước đạt 84,6 triệu; thuê bao băng rộng cố định đạt 23,8 triệu, "
        "tăng 9,8% so với cùng kỳ năm 2023.",
        "2024-11-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-31", 84600000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 23800000.0),
        ],
    ),
    # 40 undated page, quarter stated with its year
    (
        "Quý II/2024, tốc độ Internet di động của Việt Nam đo bằng công cụ i-Speed đạt 41,6 Mbps, Internet cố định đạt 118,5 Mbps.",
        None,
        [
            ("mobile_broadband_speed", "national", "quarter", "2024-06-30", 41.6),
            ("fixed_broadband_speed", "national", "quarter", "2024-06-30", 118.5),
        ],
    ),
    # 41 TRAP: another country's speed and Viet Nam's rank only
    (
        "Trong tháng 2/2025, Internet di động của UAE tiếp tục dẫn đầu thế giới với 442 Mbps, Qatar đứng thứ hai; Việt Nam giữ vị trí thứ 22.",
        "2025-03-15",
        [],
    ),
    # 42 province digital economy growth, half year, gap vs country
    (
        "6 tháng đầu năm 2025, kinh tế số của Hà Nội tăng trưởng ước đạt 13,2%, cao hơn mức tăng trưởng kinh tế số bình quân của cả nước 2,1 điểm phần trăm.",
        "2025-07-22",
        [
            ("digital_economy_growth", "Hà Nội", "half", "2025-06-30", 13.2),
        ],
    ),
    # 43 Ookla month with an earlier month in the same sentence ("gấp hơn 4 lần ...")
    (
        "Ookla ghi nhận tốc độ Internet di động của Việt Nam trong tháng 1/2025 đạt 134,19 Mbps, gấp hơn 4 lần mức 31,9 Mbps của tháng 1/2022.",
        "2025-02-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 134.19),
            ("mobile_broadband_speed", "national", "month", "2022-01-31", 31.9),
        ],
    ),
    # 44 TRAP: change and rank only, no level
    (
        "Tốc độ Internet cố định của Việt Nam trong tháng 10/2024 tăng 50% so với cùng kỳ năm trước, giữ vững vị trí thứ 35 trên bảng xếp hạng Speedtest Global Index.",
        "2024-11-20",
        [],
    ),
    # 45 province vs country per-100 (level)
    (
        "Cuối năm 2023, mật độ thuê bao băng rộng di động của tỉnh Sơn La đạt 61,2 thuê bao/100 dân, trong khi trung bình cả nước là 84,3 thuê bao/100 dân.",
        "2024-02-28",
        [
            ("mobile_broadband_subscriptions_per_100", "Sơn La", "as_of", "2023-12-31", 61.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 84.3),
        ],
    ),
    # 46 consecutive months, previous month without repeating the year
    (
        "Tốc độ tải xuống trung bình của Internet di động Việt Nam trong tháng 8/2023 là 47,08 Mbps, giảm so với mức 48,29 Mbps của tháng 7; "
        "Việt Nam vì thế tụt từ vị trí thứ 45 xuống thứ 49.",
        "2023-09-15",
        [
            ("mobile_broadband_speed", "national", "month", "2023-08-31", 47.08),
            ("mobile_broadband_speed", "national", "month", "2023-07-31", 48.29),
        ],
    ),
    # 47 PARTIAL: GSO share with a core component (kinh tế số lõi is not the share)
    (
        "Theo Tổng cục Thống kê, năm 2023 tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đạt 12,33%, trong đó kinh tế số lõi (công nghiệp ICT và viễn thông) chiếm 8,03%.",
        "2024-06-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 48 TRAP: multi-year average and a sector (e-commerce) of the digital economy
    (
        "Theo Tổng cục Thống kê, tỷ trọng kinh tế số trong GDP giai đoạn 2020–2024 bình quân đạt 12,88%/năm. "
        "Báo cáo e-Conomy SEA 2024 cho biết GMV thương mại điện tử Việt Nam năm 2024 đạt 22 tỷ USD, tăng 18%.",
        "2025-03-01",
        [],
    ),
    # 49 year-end bullet summary from a conference; target line is not a value
    (
        "Một số kết quả nổi bật về hạ tầng số năm 2024:\n"
        "- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng: 82,4%;\n"
        "- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 86,5%;\n"
        "- Thuê bao băng rộng cố định: 23,5 thuê bao/100 dân;\n"
        "- Mục tiêu năm 2025: 100% thôn, bản có sóng di động băng rộng.",
        "2025-01-06",
        [
            ("ftth_household_rate", "national", "year", "2024-12-31", 82.4),
            ("smartphone_subscriber_rate", "national", "year", "2024-12-31", 86.5),
            ("fixed_broadband_subscriptions_per_100", "national", "year", "2024-12-31", 23.5),
        ],
    ),
    # 50 province fibre vs country gap, plus a district figure (trap)
    (
        "Năm 2024, tỷ lệ hộ gia đình sử dụng cáp quang của tỉnh Nghệ An đạt 76,8%, thấp hơn 5,6 điểm phần trăm so với bình quân cả nước; "
        "riêng huyện Kỳ Sơn mới đạt 38%.",
        "2025-02-18",
        [
            ("ftth_household_rate", "Nghệ An", "year", "2024-12-31", 76.8),
        ],
    ),
]
