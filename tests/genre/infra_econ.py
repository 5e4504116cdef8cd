"""Genre cases: 5G and broadband infrastructure; digital economy and society.

CASES: (paragraph_text, published_iso_date, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written independently from tests/golden/README.md rules; traps are marked in comments.
"""

CASES = [
    # ---------------------------------------------------------------- 5G
    (
        "Tính đến hết tháng 6/2025, cả nước đã có hơn 14.600 trạm BTS 5G được lắp đặt, tỷ lệ phủ sóng 5G theo dân số đạt 26,1%.",
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 14600),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.1),
        ],
    ),
    (
        # trap: one operator's stations and its share of the total
        "Riêng Viettel đã phát sóng hơn 7.000 trạm 5G trên toàn quốc, chiếm khoảng 60% tổng số trạm 5G của cả nước.",
        "2025-05-20",
        [],
    ),
    (
        # trap next to a value: the 90% is a target
        "Theo Bộ Khoa học và Công nghệ, đến cuối quý III/2025, mạng 5G đã phủ sóng 36,8% dân số; mục tiêu đến hết năm 2025 là 90% dân số được phủ sóng 5G.",
        "2025-10-15",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 36.8)],
    ),
    (
        # trap: plan
        "Năm 2025, các doanh nghiệp viễn thông phấn đấu lắp đặt mới 20.000 trạm 5G, nâng tỷ lệ phủ sóng 5G lên 90% dân số.",
        "2025-02-10",
        [],
    ),
    (
        # "gấp gần 1,5 lần" is a change
        "Việt Nam hiện có khoảng 11.000 trạm 5G, gấp gần 1,5 lần so với cuối năm 2024.",
        "2025-03-18",
        [("fiveg_bts_count", "national", "as_of", "2025-03-18", 11000)],
    ),
    (
        # provincial paper; urban 80% is a sub-figure after "trong đó"
        "Đến nay, toàn tỉnh Quảng Ninh đã có 420 trạm BTS 5G; tỷ lệ phủ sóng 5G theo dân số của tỉnh đạt 45%, trong đó khu vực đô thị đạt 80%.",
        "2025-06-05",
        [
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2025-06-05", 420),
            ("fiveg_population_coverage_rate", "Quảng Ninh", "as_of", "2025-06-05", 45),
        ],
    ),
    (
        # table written as a sentence; the plan column is not a value
        "Chỉ tiêu tỷ lệ phủ sóng 5G theo dân số: kết quả đến hết năm 2024 đạt 17%, kế hoạch năm 2025 là 90%.",
        "2025-01-22",
        [("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 17)],
    ),
    (
        "Số trạm phát sóng 5G (BTS 5G) trên cả nước tính đến 31/12/2024 là 7.860 trạm.",
        "2025-01-03",
        [("fiveg_bts_count", "national", "as_of", "2024-12-31", 7860)],
    ),
    (
        # trap: operator's own speed claim, ratio
        "Viettel công bố mạng 5G của doanh nghiệp đạt tốc độ tải xuống trung bình trên 1 Gbps, gấp 10 lần mạng 4G.",
        "2024-11-05",
        [],
    ),
    (
        "Tính đến hết quý I/2025, tỷ lệ phủ sóng 5G theo dân số, tỷ lệ thuê bao di động sử dụng smartphone và tỷ lệ hộ gia đình có Internet cáp quang lần lượt đạt 22%, 89,6% và 83,5%.",
        "2025-04-09",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 22),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 89.6),
            ("ftth_household_rate", "national", "as_of", "2025-03-31", 83.5),
        ],
    ),
    # ---------------------------------------------------------------- smartphones
    (
        # comparison value in parentheses is kept with its own date
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh tính đến cuối năm 2024 đạt 89,3% (cuối năm 2023 là 84,6%).",
        "2025-01-08",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
        ],
    ),
    (
        "Cả nước hiện có gần 106 triệu thuê bao sử dụng điện thoại thông minh, chiếm 87,7% tổng số thuê bao di động.",
        "2024-10-03",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-10-03", 106000000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-03", 87.7),
        ],
    ),
    (
        "Tính đến cuối tháng 9/2023, cả nước có 97,2 triệu thuê bao di động sử dụng điện thoại thông minh.",
        "2023-10-24",
        [("smartphone_subscriptions", "national", "as_of", "2023-09-30", 97200000)],
    ),
    (
        # the 100% is a target
        "Đến tháng 6/2025, tỷ lệ thuê bao di động sử dụng smartphone đạt 90,2%; Bộ đặt mục tiêu 100% thuê bao dùng smartphone vào năm 2026.",
        "2025-07-08",
        [("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 90.2)],
    ),
    # ---------------------------------------------------------------- FTTH
    (
        # 80% is a target
        "Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng hiện đạt 81,9%, vượt chỉ tiêu 80% đề ra cho năm 2025.",
        "2024-09-25",
        [("ftth_household_rate", "national", "as_of", "2024-09-25", 81.9)],
    ),
    (
        "Toàn tỉnh Bắc Ninh hiện có 95,6% hộ gia đình có kết nối Internet cáp quang.",
        "2024-11-14",
        [("ftth_household_rate", "Bắc Ninh", "as_of", "2024-11-14", 95.6)],
    ),
    (
        "Tính đến ngày 30/11/2024, tỷ lệ hộ gia đình có Internet cáp quang băng rộng và tỷ lệ thuê bao di động dùng điện thoại thông minh lần lượt là 82,2% và 88,5%.",
        "2024-12-10",
        [
            ("ftth_household_rate", "national", "as_of", "2024-11-30", 82.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-11-30", 88.5),
        ],
    ),
    (
        # 22,3 million households has no catalog id
        "Hạ tầng cáp quang đã kéo đến 22,3 triệu hộ gia đình, tương đương tỷ lệ 79% hộ gia đình có Internet cáp quang.",
        "2023-12-19",
        [("ftth_household_rate", "national", "as_of", "2023-12-19", 79)],
    ),
    (
        # trap: 4G coverage and 100% of communes have no id
        "Mạng 4G đã phủ sóng 99,8% dân số, hạ tầng cáp quang đã đến 100% xã, phường, thị trấn.",
        "2024-02-26",
        [],
    ),
    # ---------------------------------------------------------------- speeds
    (
        # upload speed is not a value
        "Theo Speedtest Global Index của Ookla, trong tháng 8/2025, tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 146,56 Mbps, tốc độ tải lên đạt 41,2 Mbps.",
        "2025-09-20",
        [("mobile_broadband_speed", "national", "month", "2025-08-31", 146.56)],
    ),
    (
        # world ranks have no id
        "Tốc độ băng rộng cố định và di động của Việt Nam hiện lần lượt ở mức 152,6 Mbps và 141,1 Mbps, xếp thứ 31 và thứ 20 thế giới.",
        "2025-06-12",
        [
            ("fixed_broadband_speed", "national", "as_of", "2025-06-12", 152.6),
            ("mobile_broadband_speed", "national", "as_of", "2025-06-12", 141.1),
        ],
    ),
    (
        # trap: another country and the world average
        "Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 345 Mbps, trong khi tốc độ trung bình toàn cầu là 95 Mbps.",
        "2025-04-10",
        [],
    ),
    (
        # world average in parentheses is not Viet Nam's
        "Tốc độ mạng cố định của Việt Nam đạt 154,1 Mbps trong tháng 3/2025, cao hơn mức trung bình thế giới (96,9 Mbps).",
        "2025-04-18",
        [("fixed_broadband_speed", "national", "month", "2025-03-31", 154.1)],
    ),
    (
        "Trong quý III/2024, tốc độ trung vị tải xuống băng rộng di động tại Việt Nam là 64,8 Mbps, tăng 17% so với cùng kỳ.",
        "2024-10-30",
        [("mobile_broadband_speed", "national", "quarter", "2024-09-30", 64.8)],
    ),
    (
        "Tháng 12/2024, Việt Nam ghi nhận tốc độ băng rộng cố định 154,69 Mbps, di động 95,04 Mbps.",
        "2025-01-16",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.69),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 95.04),
        ],
    ),
    (
        # month without a year takes the published year; the 4,1% is a change
        "Trong tháng 8, tốc độ tải xuống trung vị của mạng băng rộng cố định Việt Nam đạt 162,3 Mbps, tăng 4,1% so với tháng trước.",
        "2025-09-12",
        [("fixed_broadband_speed", "national", "month", "2025-08-31", 162.3)],
    ),
    # ---------------------------------------------------------------- broadband subscriptions
    (
        "Đến hết năm 2024, cả nước có 23,3 triệu thuê bao băng rộng cố định và 92,4 triệu thuê bao băng rộng di động.",
        "2025-01-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23300000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 92400000),
        ],
    ),
    (
        "Số thuê bao băng rộng cố định trên 100 dân đạt 23,4; số thuê bao băng rộng di động đạt 91,2 thuê bao/100 dân.",
        "2025-01-20",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-01-20", 23.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-01-20", 91.2),
        ],
    ),
    (
        # the year-on-year increase is a change
        "Tính đến hết tháng 9/2024, tổng số thuê bao băng rộng cố định là 22.983.465 thuê bao, tăng hơn 1,1 triệu thuê bao so với cùng kỳ năm 2023.",
        "2024-10-21",
        [("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 22983465)],
    ),
    (
        # trap: one operator
        "VNPT hiện cung cấp dịch vụ cho khoảng 10 triệu thuê bao cáp quang, chiếm gần 45% thị phần băng rộng cố định.",
        "2024-06-18",
        [],
    ),
    (
        # parenthesised end-2022 values are kept with their own date
        "Tính đến hết năm 2023, mật độ thuê bao băng rộng di động ở mức 86,7 thuê bao/100 dân, băng rộng cố định 22,8 thuê bao/100 dân (cuối năm 2022 lần lượt là 81,4 và 21,3).",
        "2024-01-12",
        [
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 86.7),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.8),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 81.4),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.3),
        ],
    ),
    (
        # the 72% share of mobile subscribers has no id
        "Số thuê bao băng rộng di động hiện ở mức hơn 91 triệu, chiếm khoảng 72% tổng số thuê bao di động.",
        "2024-06-20",
        [("mobile_broadband_subscriptions", "national", "as_of", "2024-06-20", 91000000)],
    ),
    (
        "Tính đến 30/6/2025, số thuê bao băng rộng cố định và di động trên 100 dân lần lượt là 24,1 và 94,3.",
        "2025-07-03",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 24.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 94.3),
        ],
    ),
    # ---------------------------------------------------------------- internet users
    (
        "Tỷ lệ người sử dụng Internet của Việt Nam hiện đạt 79,1% dân số.",
        "2024-03-05",
        [("internet_users_rate", "national", "as_of", "2024-03-05", 79.1)],
    ),
    (
        # trap: survey respondents
        "Kết quả khảo sát cho thấy 85,2% người trả lời sử dụng Internet hằng ngày, 61% đã từng mua sắm trực tuyến.",
        "2024-05-20",
        [],
    ),
    (
        # the head count has no id
        "Tính đến cuối năm 2024, tỷ lệ người dân sử dụng Internet đạt 84,5%, tương ứng khoảng 85 triệu người.",
        "2025-02-03",
        [("internet_users_rate", "national", "as_of", "2024-12-31", 84.5)],
    ),
    (
        "Hiện toàn tỉnh Điện Biên có khoảng 68% người dân sử dụng Internet.",
        "2024-09-09",
        [("internet_users_rate", "Điện Biên", "as_of", "2024-09-09", 68)],
    ),
    # ---------------------------------------------------------------- villages
    (
        "Cả nước hiện còn 1.264 thôn, bản lõm sóng di động, tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên.",
        "2024-03-28",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-03-28", 1264)],
    ),
    (
        # villages without grid power: sub-count after "trong đó"
        "Tính đến ngày 30/6/2024, cả nước còn 1.186 thôn chưa có sóng di động, trong đó 296 thôn chưa có điện lưới quốc gia.",
        "2024-07-10",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 1186)],
    ),
    (
        "Toàn tỉnh Hà Giang hiện còn 215 thôn, bản chưa có sóng di động; tỷ lệ thôn, bản được phủ sóng di động đạt 89,5%.",
        "2024-08-21",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-08-21", 215),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-08-21", 89.5),
        ],
    ),
    (
        # 1.080 covered villages has no id
        "Đến nay, 92,3% số thôn lõm sóng có điện lưới đã được phủ sóng di động băng rộng, với 1.080 thôn được xóa lõm sóng.",
        "2025-06-18",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2025-06-18", 92.3)],
    ),
    (
        "Tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đạt 99,2%.",
        "2025-01-06",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2025-01-06", 99.2)],
    ),
    (
        "Theo rà soát của Bộ TT&TT, đến cuối tháng 10/2024, cả nước còn 664 thôn, bản lõm sóng.",
        "2024-11-12",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 664)],
    ),
    (
        "Tính đến hết tháng 9/2025, tỷ lệ thôn lõm sóng có điện đã được phủ sóng đạt 97,8%; tỷ lệ thôn, bản có sóng di động đạt 99,6%.",
        "2025-10-08",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-09-30", 97.8),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-09-30", 99.6),
        ],
    ),
    (
        # 1.870/2.443 counts covered villages (no id); only the rate is kept
        "Đến cuối năm 2024, đã có 1.870/2.443 thôn lõm sóng có điện lưới được phủ sóng, đạt tỷ lệ 76,5%.",
        "2025-01-20",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 76.5)],
    ),
    # ---------------------------------------------------------------- digital economy
    (
        # "gấp 3 lần" is a ratio, not a value
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tăng trưởng kinh tế số đạt khoảng 20%, cao gấp 3 lần tăng trưởng GDP.",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    (
        "Theo Tổng cục Thống kê, giá trị tăng thêm của kinh tế số năm 2023 chiếm 12,33% GDP.",
        "2024-09-27",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33)],
    ),
    (
        # other countries in parentheses
        "Tỷ trọng kinh tế số trong GDP của Việt Nam năm 2022 ước đạt 14,26%, cao hơn Thái Lan (khoảng 7%) và Indonesia (8%).",
        "2023-04-11",
        [("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26)],
    ),
    (
        "6 tháng đầu năm 2025, tỷ trọng kinh tế số ước đạt 18,7% GDP.",
        "2025-07-25",
        [("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7)],
    ),
    (
        # ICT revenue in USD has no id
        "9 tháng đầu năm 2023, kinh tế số tăng trưởng ước đạt 19,4%; doanh thu công nghiệp công nghệ thông tin ước đạt 103 tỷ USD.",
        "2023-10-12",
        [("digital_economy_growth", "national", "ytd", "2023-09-30", 19.4)],
    ),
    (
        # trap: forecast
        "Dự kiến năm 2025, kinh tế số tăng trưởng 22% và đóng góp 20% GDP.",
        "2025-03-02",
        [],
    ),
    (
        "Năm 2024, kinh tế số của tỉnh Bắc Giang chiếm 21,4% GRDP.",
        "2025-02-18",
        [("digital_economy_gdp_share", "Bắc Giang", "year", "2024-12-31", 21.4)],
    ),
    (
        # core ICT share is a sub-figure after "trong đó"
        "Năm 2023, kinh tế số chiếm 16,5% GDP, trong đó kinh tế số ICT lõi chiếm khoảng 8,5%.",
        "2024-06-10",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5)],
    ),
    (
        "6 tháng đầu năm 2024, kinh tế số tăng trưởng ước đạt 21,3%.",
        "2024-07-30",
        [("digital_economy_growth", "national", "half", "2024-06-30", 21.3)],
    ),
    # ---------------------------------------------------------------- VNeID and chip ID cards
    (
        "Tính đến ngày 30/11/2024, Bộ Công an đã cấp 87,2 triệu thẻ căn cước công dân gắn chip và kích hoạt hơn 58,7 triệu tài khoản định danh điện tử.",
        "2024-12-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-11-30", 87200000),
            ("vneid_activated_accounts", "national", "as_of", "2024-11-30", 58700000),
        ],
    ),
    (
        # activation rate has no id
        "Hiện đã có 62,1 triệu tài khoản VNeID được kích hoạt, đạt tỷ lệ 81,4% công dân đủ điều kiện.",
        "2025-03-21",
        [("vneid_activated_accounts", "national", "as_of", "2025-03-21", 62100000)],
    ),
    (
        # trap: activation rate, no id
        "Tỷ lệ kích hoạt tài khoản VNeID trên cả nước đạt 76% số dân từ 14 tuổi trở lên.",
        "2024-08-06",
        [],
    ),
    (
        # dossiers received have no id
        "Toàn tỉnh Nghệ An hiện đã tiếp nhận hơn 2,6 triệu hồ sơ định danh điện tử, kích hoạt 2,1 triệu tài khoản.",
        "2024-06-24",
        [("vneid_activated_accounts", "Nghệ An", "as_of", "2024-06-24", 2100000)],
    ),
    (
        "Toàn quốc đã cấp hơn 86,8 triệu thẻ CCCD gắn chip.",
        "2024-01-09",
        [("chip_id_cards_issued", "national", "as_of", "2024-01-09", 86800000)],
    ),
    (
        # month without a year takes the published year
        "Đến hết tháng 3, Công an thành phố Đà Nẵng đã cấp 1,02 triệu thẻ CCCD gắn chip, kích hoạt hơn 720.000 tài khoản định danh điện tử.",
        "2024-04-05",
        [
            ("chip_id_cards_issued", "Đà Nẵng", "as_of", "2024-03-31", 1020000),
            ("vneid_activated_accounts", "Đà Nẵng", "as_of", "2024-03-31", 720000),
        ],
    ),
    # ---------------------------------------------------------------- Mobile Money
    (
        # rural share after "trong đó"
        "Tính đến hết tháng 8/2024, số khách hàng sử dụng Mobile Money đạt 9,6 triệu, trong đó khoảng 68% ở khu vực nông thôn, miền núi.",
        "2024-09-18",
        [("mobile_money_customers", "national", "as_of", "2024-08-31", 9600000)],
    ),
    (
        # trap: one operator
        "Viettel Money hiện có hơn 8 triệu khách hàng Mobile Money, chiếm hơn 80% thị phần.",
        "2024-07-15",
        [],
    ),
    (
        # transaction value has no id; "3 năm" is not a value
        "Sau hơn 3 năm thí điểm, Mobile Money đã có 10,2 triệu khách hàng, tổng giá trị giao dịch đạt 5.600 tỷ đồng.",
        "2025-01-14",
        [("mobile_money_customers", "national", "as_of", "2025-01-14", 10200000)],
    ),
    (
        "Toàn tỉnh Lai Châu hiện có gần 45.000 khách hàng sử dụng dịch vụ Mobile Money.",
        "2024-10-02",
        [("mobile_money_customers", "Lai Châu", "as_of", "2024-10-02", 45000)],
    ),
    # ---------------------------------------------------------------- bank accounts
    (
        "Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08% tính đến hết năm 2024.",
        "2025-02-26",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.08)],
    ),
    (
        # trap: world and developing-economy averages
        "Theo báo cáo Global Findex, tỷ lệ người trưởng thành có tài khoản ngân hàng trên toàn cầu là 76%, ở các nền kinh tế đang phát triển là 71%.",
        "2023-05-10",
        [],
    ),
    (
        # 80% is a target
        "Đến nay, khoảng 87% người trưởng thành đã có tài khoản ngân hàng, vượt mục tiêu 80% của Chiến lược tài chính toàn diện quốc gia.",
        "2024-06-27",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-06-27", 87)],
    ),
    (
        "Khoảng 87,5% người dân từ 15 tuổi trở lên đã có tài khoản thanh toán (số liệu tính đến hết tháng 6/2025).",
        "2025-07-12",
        [("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.5)],
    ),
    # ---------------------------------------------------------------- e-invoices
    (
        # coded invoices are a sub-count after "trong đó"
        "Từ ngày 1/7/2022 đến ngày 30/9/2024, cơ quan thuế đã tiếp nhận và xử lý 7,95 tỷ hóa đơn điện tử, trong đó 2,6 tỷ hóa đơn có mã của cơ quan thuế.",
        "2024-10-16",
        [("e_invoices_total", "national", "as_of", "2024-09-30", 7950000000)],
    ),
    (
        # trap: cash-register invoices and registered businesses have no id
        "Đến nay, đã có 61.000 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền với hơn 800 triệu hóa đơn.",
        "2024-05-08",
        [],
    ),
    (
        "Hệ thống hóa đơn điện tử hiện đã tiếp nhận, xử lý hơn 8,3 tỷ hóa đơn.",
        "2024-12-20",
        [("e_invoices_total", "national", "as_of", "2024-12-20", 8300000000)],
    ),
    (
        "Hóa đơn điện tử: lũy kế từ tháng 7/2022 đến hết tháng 5/2025, cơ quan thuế đã tiếp nhận, xử lý 10,9 tỷ hóa đơn.",
        "2025-06-11",
        [("e_invoices_total", "national", "as_of", "2025-05-31", 10900000000)],
    ),
    # ---------------------------------------------------------------- EGDI
    (
        # "tăng 15 bậc" is a change
        "Trong Báo cáo khảo sát Chính phủ điện tử 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022.",
        "2024-09-18",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    (
        "Việt Nam hiện xếp thứ 86/193 về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc.",
        "2023-05-22",
        [("egdi_rank", "national", "year", "2022-12-31", 86)],
    ),
    (
        # trap: index score (not a rank) and world average
        "Chỉ số EGDI của Việt Nam đạt 0,7709 điểm, cao hơn mức trung bình thế giới (0,6382).",
        "2024-09-25",
        [],
    ),
]
