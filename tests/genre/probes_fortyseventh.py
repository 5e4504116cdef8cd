"""Blind genre probes, round 47: 5G, fibre and mobile coverage in the national press (2023-2026).

The cases probe how ministry monthly reports (Bộ TT&TT, later Bộ KH&CN), Cục Viễn thông figures,
government notices, provincial portals, interviews and VnExpress / Báo Chính phủ / VietnamPlus
style summaries write 5G stations and population coverage, smartphone subscriptions and shares,
FTTH households, fixed and mobile broadband subscriptions (counts and per 100 inhabitants),
Internet users, download speeds, villages and hamlets without mobile coverage ("thôn, bản lõm
sóng", "ấp", "điểm lõm sóng") and the programme that covers them, with a few values of the other
families (e-services, NDXP, cybersecurity, digital economy) in the same reports; and distractors
that must not be stored: operators' own figures, targets, year-on-year changes and flows of new
stations, 4G coverage and 5G subscribers (no id), spectrum auctions and prices, surveys' shares
of people, other countries' and world figures, parts after "trong đó", undatable "hiện nay", and
dead spots on highways. Written for the project from the genre's usual phrasings (not copied from
any page).
"""

CASES = [
    # 1. Monthly ministry report: label lines (colon), "vùng phủ 5G", speeds split by "; " under one label; stocks dated by the month.
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "(Bộ Khoa học và Công nghệ)\n"
        "I. Hạ tầng số\n"
        "- Tính đến ngày 31/5/2025, cả nước có 9.872 trạm BTS 5G đang phát sóng; vùng phủ 5G đạt khoảng 26,4% dân số.\n"
        "- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 87,2%.\n"
        "- Tỷ lệ hộ gia đình có kết nối Internet cáp quang (FTTH): 81,5%.\n"
        "- Tốc độ tải xuống trung vị trong tháng: băng rộng cố định 158,3 Mbps; băng rộng di động 67,9 Mbps.",
        "2025-06-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 9872),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 87.2),
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 81.5),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 158.3),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 67.9),
        ],
    ),
    # 2. NEGATIVE: commercial 5G launch told through one operator (its stations, coverage of provincial centres, auction price, its targets).
    (
        "Viettel chính thức khai trương mạng 5G từ ngày 15/10/2024, trở thành nhà mạng đầu tiên tại Việt Nam cung cấp dịch vụ 5G thương mại.\n"
        "Theo đại diện nhà mạng, Viettel đã lắp đặt hơn 6.500 trạm 5G, phủ sóng 100% trung tâm các tỉnh, thành phố.\n"
        "Đầu năm 2024, doanh nghiệp trúng đấu giá khối băng tần C3 (3.890-3.990 MHz) với giá 7.557 tỷ đồng.\n"
        "Nhà mạng đặt mục tiêu đến năm 2025 có 20.000 trạm 5G và phủ sóng 5G tới 90% dân số vào năm 2030.",
        "2024-10-15",
        [],
    ),
    # 3. Press summary: national 5G station total followed by operator split after "trong đó"; coverage dated by "Cùng thời điểm"; "gấp 2,5 lần" is a change.
    (
        "Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 6/2025, cả nước đã có khoảng 16.000 trạm 5G được lắp đặt và đưa vào khai thác, "
        "trong đó Viettel hơn 10.000 trạm, VNPT khoảng 4.500 trạm và MobiFone gần 1.500 trạm.\n"
        "Cùng thời điểm, mạng 5G đã phủ sóng tới khoảng 26% dân số cả nước.\n"
        "Số trạm 5G hiện đã tăng gấp 2,5 lần so với cuối năm 2024.",
        "2025-07-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 16000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26),
        ],
    ),
    # 4. Quarterly figures: mobile broadband subscriptions in "triệu" with "tương đương ... thuê bao/100 dân"; 5G subscribers (no id), yoy change and telecom revenue are distractors.
    (
        "Số liệu quý I/2025 của Cục Viễn thông cho thấy tổng số thuê bao băng rộng di động đạt 92,6 triệu, tương đương 91,8 thuê bao/100 dân, "
        "tăng 3,1% so với cùng kỳ năm trước.\n"
        "Riêng thuê bao 5G đã vượt mốc 7 triệu sau gần nửa năm thương mại hóa.\n"
        "Doanh thu dịch vụ viễn thông quý I ước đạt 35,2 nghìn tỷ đồng.",
        "2025-04-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 92600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 91.8),
        ],
    ),
    # 5. Fixed broadband count and per-100 rate; FTTH share after "trong đó" is a part; households' fibre rate with last year's value in parentheses (kept, own period).
    (
        "Tính đến tháng 12/2024, số thuê bao băng rộng cố định đạt 23,4 triệu, đạt tỷ lệ 23,2 thuê bao/100 dân; "
        "trong đó thuê bao cáp quang (FTTH) chiếm trên 99%.\n"
        "Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng lên tới 82,1% (năm 2023 là 78,5%).\n"
        "Theo Bộ TT&TT, Việt Nam hiện thuộc nhóm quốc gia có tỷ lệ phổ cập cáp quang cao nhất khu vực.",
        "2025-01-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23400000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.1),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 78.5),
        ],
    ),
    # 6. Provincial portal (Lào Cai): "đến nay ... vẫn còn" dead-zone villages dated by the page; villages covered and target are not stored; share of villages with signal.
    (
        "Sở Khoa học và Công nghệ tỉnh Lào Cai cho biết, đến nay toàn tỉnh vẫn còn 86 thôn, bản lõm sóng di động, chủ yếu ở các xã vùng cao biên giới.\n"
        "Thời gian qua, các doanh nghiệp viễn thông đã phủ sóng cho 120 thôn, bản chưa có sóng.\n"
        "Tỷ lệ thôn, bản trên địa bàn tỉnh có sóng di động băng rộng hiện đạt 98,7%.\n"
        "Tỉnh phấn đấu đến hết năm 2025 xóa toàn bộ thôn, bản lõm sóng.",
        "2025-03-12",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-03-12", 86),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-03-12", 98.7),
        ],
    ),
    # 7. Dead-zone programme: "1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%"; the 88 electrified villages "còn lại" and the programme's cost are not stored.
    (
        "Chương trình phủ sóng thôn, bản lõm sóng có điện lưới: tính đến ngày 31/12/2024, các doanh nghiệp viễn thông đã phủ sóng 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%.\n"
        "88 thôn còn lại chưa thể phủ sóng do địa hình đặc biệt khó khăn, sẽ được hoàn thành trong quý I/2025.\n"
        "Tổng kinh phí doanh nghiệp tự đầu tư khoảng 1.200 tỷ đồng.",
        "2025-01-08",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 95.3),
        ],
    ),
    # 8. NEGATIVE: Prime Minister's directive listing only targets (mục tiêu, phấn đấu, trước ngày ...).
    (
        "Thủ tướng Chính phủ yêu cầu Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp viễn thông đẩy nhanh phát triển hạ tầng số.\n"
        "Mục tiêu đến hết năm 2025: phủ sóng 5G đạt tối thiểu 45% dân số; 100% thôn, bản có sóng di động băng rộng; tỷ lệ hộ gia đình có cáp quang đạt 85%.\n"
        "Phấn đấu cả nước có 25.000 trạm BTS 5G và tốc độ băng rộng di động đạt trên 100 Mbps trước ngày 31/12/2025.",
        "2025-03-20",
        [],
    ),
    # 9. Interview (VietnamPlus style): "Hiện nay ... ở mức khoảng 79,1% dân số"; a quoted smartphone count with no date (the page's date); world speed and rank are not stored.
    (
        "Trả lời phỏng vấn VietnamPlus, Cục trưởng Cục Viễn thông cho biết: hiện nay, tỷ lệ người sử dụng Internet của Việt Nam ở mức khoảng 79,1% dân số.\n"
        "“Cả nước có khoảng 106 triệu thuê bao sử dụng smartphone, mục tiêu là xóa hoàn toàn thuê bao 2G chỉ dùng điện thoại phổ thông”, ông nói.\n"
        "Theo ông, tốc độ băng rộng di động của Việt Nam đã đứng thứ 20 thế giới, trong khi trung bình thế giới chỉ khoảng 56 Mbps.",
        "2024-11-05",
        [
            ("internet_users_rate", "national", "as_of", "2024-11-05", 79.1),
            ("smartphone_subscriptions", "national", "as_of", "2024-11-05", 106000000),
        ],
    ),
    # 10. NEGATIVE: spectrum auction (reserve and winning prices, licence term, rollout commitments in stations and % population).
    (
        "Ngày 19/7/2024, Cục Tần số vô tuyến điện tổ chức đấu giá khối băng tần C2 (3.700-3.800 MHz) với giá khởi điểm 1.956 tỷ đồng.\n"
        "VNPT là doanh nghiệp trúng đấu giá với giá 2.546 tỷ đồng; giấy phép có thời hạn 15 năm.\n"
        "Theo cam kết, doanh nghiệp phải triển khai tối thiểu 3.000 trạm 5G trong vòng 2 năm và phủ sóng 5G tới 50% dân số trong 5 năm.\n"
        "Trước đó, khối băng tần C3 được Viettel mua với giá 7.557 tỷ đồng.",
        "2024-07-19",
        [],
    ),
    # 11. Other countries and the region (GSMA) before Vietnam's own figure "Trong khi đó, tại Việt Nam"; "với gần 20.000 trạm phát sóng 5G"; world users forecast.
    (
        "Theo báo cáo của GSMA, tỷ lệ phủ sóng 5G trung bình tại khu vực châu Á - Thái Bình Dương là khoảng 45% dân số; Thái Lan đã đạt 85%, Malaysia trên 80%.\n"
        "Trong khi đó, tại Việt Nam, tính đến cuối tháng 9/2025, mạng 5G đã phủ khoảng 30% dân số, với gần 20.000 trạm phát sóng 5G trên cả nước.\n"
        "Số người dùng 5G toàn cầu dự kiến chạm mốc 2,8 tỷ vào cuối năm 2025.",
        "2025-10-14",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 30),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 20000),
        ],
    ),
    # 12. Provincial table written as "|" lines (Quảng Ninh), date in the caption, unit column; a zero count of dead-zone villages.
    (
        "Bảng 2. Một số chỉ tiêu hạ tầng số trên địa bàn tỉnh Quảng Ninh (số liệu đến 30/9/2025)\n"
        "Chỉ tiêu | Đơn vị | Kết quả\n"
        "Số trạm BTS 5G | trạm | 1.146\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang | % | 92,4\n"
        "Tỷ lệ thuê bao di động dùng smartphone | % | 90,1\n"
        "Số thôn, bản lõm sóng | thôn | 0",
        "2025-10-10",
        [
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2025-09-30", 1146),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2025-09-30", 92.4),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2025-09-30", 90.1),
            ("villages_without_mobile_coverage", "Quảng Ninh", "as_of", "2025-09-30", 0),
        ],
    ),
    # 13. Monthly report across families: NDXP month flow and daily average, cyberattacks with a change, per-100 rates written "trên 100 dân là".
    (
        "Báo cáo tình hình chuyển đổi số tháng 3/2024 (Bộ TT&TT):\n"
        "- NDXP: trong tháng ghi nhận 52,3 triệu giao dịch, trung bình 1,7 triệu giao dịch/ngày.\n"
        "- An toàn thông tin: hệ thống kỹ thuật ghi nhận 652 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với tháng 02/2024.\n"
        "- Hạ tầng: số thuê bao băng rộng di động trên 100 dân là 86,9; số thuê bao băng rộng cố định trên 100 dân là 22,1.",
        "2024-04-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 52300000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 1700000),
            ("cyberattacks", "national", "month", "2024-03-31", 652),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 86.9),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 22.1),
        ],
    ),
    # 14. Year under review ("Năm 2024, ..."): digital-economy share and growth, fixed broadband count undated (year end); communes with fibre and ICT revenue have no id.
    (
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tăng trưởng khoảng 20%, cao gấp 3 lần tăng trưởng GDP.\n"
        "Về hạ tầng, số thuê bao băng rộng cố định đạt 23,5 triệu; 100% xã đã có cáp quang đến trung tâm xã.\n"
        "Doanh thu công nghiệp ICT năm 2024 ước đạt 158 tỷ USD.",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23500000),
        ],
    ),
    # 15. Provincial half-year review (Nghệ An): dossier rates for the half, "4G đã phủ sóng tới 99,8% thôn, bản", "còn 21 thôn, bản lõm sóng"; 5G in district centres has no id.
    (
        "6 tháng đầu năm 2025, UBND tỉnh Nghệ An đánh giá kết quả chuyển đổi số: tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,2%, tỷ lệ hồ sơ được trả kết quả điện tử đạt 91,4%.\n"
        "Về hạ tầng, mạng di động 4G đã phủ sóng tới 99,8% thôn, bản trên địa bàn tỉnh; 5G đã có mặt tại 100% trung tâm các huyện, thị xã.\n"
        "Toàn tỉnh còn 21 thôn, bản lõm sóng, tập trung ở các huyện miền Tây.",
        "2025-07-05",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "half", "2025-06-30", 58.2),
            ("e_result_rate", "Nghệ An", "half", "2025-06-30", 91.4),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2025-06-30", 99.8),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2025-06-30", 21),
        ],
    ),
    # 16. "Tính đến ngày 15/4/2025" then "Cùng thời điểm": VNeID accounts and smartphone count plus "chiếm 88,5% tổng số thuê bao điện thoại di động".
    (
        "Tính đến ngày 15/4/2025, cả nước đã có 60,2 triệu tài khoản định danh điện tử (VNeID) được kích hoạt.\n"
        "Cùng thời điểm, số thuê bao di động sử dụng điện thoại thông minh đạt 104,6 triệu, chiếm 88,5% tổng số thuê bao điện thoại di động.\n"
        "Theo Cục Viễn thông, đây là điều kiện quan trọng để người dân sử dụng các ứng dụng số.",
        "2025-04-22",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 60200000),
            ("smartphone_subscriptions", "national", "as_of", "2025-04-15", 104600000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-15", 88.5),
        ],
    ),
    # 17. NEGATIVE: a survey's shares of people (adults owning smartphones, users on 5G, rural smartphone users).
    (
        "Khảo sát của Decision Lab công bố tháng 3/2025 cho thấy 95% người trưởng thành tại Việt Nam sở hữu điện thoại thông minh.\n"
        "Có 73% người dùng điện thoại cho biết từng truy cập Internet qua mạng 5G; 41% người dùng sẵn sàng trả thêm cho gói cước 5G.\n"
        "Tỷ lệ người dùng smartphone ở khu vực nông thôn là 89%.",
        "2025-03-28",
        [],
    ),
    # 18. NEGATIVE: flows and changes only (new 5G stations in the half, added fibre subscriptions, speed growth).
    (
        "6 tháng đầu năm 2025, các doanh nghiệp viễn thông đã phát sóng mới 4.200 trạm 5G, gấp 2,5 lần cùng kỳ.\n"
        "Số thuê bao Internet cáp quang tăng thêm 1,2 triệu thuê bao (tăng 5,4% so với cùng kỳ năm 2024).\n"
        "Tốc độ băng rộng di động bình quân tăng 38% so với cuối năm 2024.",
        "2025-07-20",
        [],
    ),
    # 19. Mekong province (Cà Mau): hamlets "ấp lõm sóng" dated "tính đến ngày 30/11/2024"; new BTS and hamlets cleared are not stored; target.
    (
        "Trên địa bàn tỉnh Cà Mau, tính đến ngày 30/11/2024, còn 27 ấp lõm sóng di động, chủ yếu ở vùng ven biển và rừng U Minh Hạ.\n"
        "Năm 2024, Sở TT&TT đã phối hợp với các nhà mạng phát triển mới 215 trạm BTS, xóa 41 ấp lõm sóng.\n"
        "Tỉnh phấn đấu đến năm 2025, 100% ấp có sóng 4G.",
        "2024-12-10",
        [
            ("villages_without_mobile_coverage", "Cà Mau", "as_of", "2024-11-30", 27),
        ],
    ),
    # 20. NEGATIVE: "Hiện nay" levels with no published date and no date in the text (cannot be dated); 4G coverage has no id anyway.
    (
        "Hiện nay, mạng 4G đã phủ sóng khoảng 99,8% dân số, còn mạng 5G phủ khoảng 30% dân số cả nước.\n"
        "Tỷ lệ hộ gia đình có cáp quang ở mức 82%.\n"
        "Các nhà mạng đang đẩy mạnh tắt sóng 2G để giải phóng tài nguyên tần số.",
        None,
        [],
    ),
    # 21. City portal (Đà Nẵng), end-of-year levels: "có 1.520 trạm phát sóng 5G", "vùng phủ 5G đạt 65% dân số thành phố", households' fibre "là 95,2%"; the city's target.
    (
        "Đến cuối năm 2025, trên địa bàn thành phố Đà Nẵng có 1.520 trạm phát sóng 5G, vùng phủ 5G đạt 65% dân số thành phố.\n"
        "Sở Khoa học và Công nghệ Đà Nẵng cho biết, tỷ lệ hộ gia đình sử dụng cáp quang băng rộng là 95,2%.\n"
        "Thành phố đặt mục tiêu năm 2026 phủ sóng 5G 100% các phường trung tâm.",
        "2026-01-10",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-12-31", 1520),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-12-31", 65),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2025-12-31", 95.2),
        ],
    ),
    # 22. Year-end review: "hơn 30.000 trạm 5G" with the previous year's count in parentheses (kept); "vượt mục tiêu 35%" is a target; smartphone share.
    (
        "Tổng kết năm 2025, Bộ Khoa học và Công nghệ cho biết cả nước có hơn 30.000 trạm 5G, tăng gần 5 lần so với cuối năm 2024 (6.300 trạm).\n"
        "Vùng phủ sóng 5G đạt 45,6% dân số, vượt mục tiêu 35% đề ra cho năm 2025.\n"
        "Tỷ lệ thuê bao di động sử dụng smartphone đạt 90,2%.",
        "2026-01-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 30000),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6300),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 45.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 90.2),
        ],
    ),
    # 23. Quarter heading over abbreviated lines: "Thuê bao SMP/tổng thuê bao di động", BRDĐ and BRCĐ counts with "(87,5 TB/100 dân)"; 4G stations have no id.
    (
        "Một số chỉ tiêu hạ tầng viễn thông quý III/2024:\n"
        "- Thuê bao SMP/tổng thuê bao di động: 85,4%\n"
        "- Thuê bao BRDĐ: 88,3 triệu (87,5 TB/100 dân)\n"
        "- Thuê bao BRCĐ: 22,9 triệu (22,8 TB/100 dân)\n"
        "- Số trạm BTS 4G: 128.450 trạm",
        "2024-10-10",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 85.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 88300000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 87.5),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 22900000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 22.8),
        ],
    ),
    # 24. NEGATIVE: operators' own figures (VNPT stations and FiberVNN subscriptions, market share; MobiFone's plan and band).
    (
        "VNPT cho biết, sau 5 tháng khai trương, nhà mạng đã phát sóng hơn 4.000 trạm 5G, phủ sóng 100% trung tâm các tỉnh, thành phố.\n"
        "Số thuê bao cáp quang FiberVNN của VNPT đạt 5,3 triệu, chiếm khoảng 22% thị phần băng rộng cố định.\n"
        "MobiFone dự kiến lắp đặt 2.000 trạm 5G trong năm 2025 sau khi trúng đấu giá băng tần 3.600-3.700 MHz.",
        "2025-05-20",
        [],
    ),
    # 25. Government notice: "đến nay" = the meeting date named in the text; remaining dead-zone villages kept; targets after "phấn đấu".
    (
        "Thông báo kết luận của Thường trực Ban Chỉ đạo tại cuộc họp ngày 25/6/2025 nêu rõ: đến nay, mạng 5G đã phủ sóng 26% dân số; cả nước còn 1.200 thôn lõm sóng di động.\n"
        "Ban Chỉ đạo yêu cầu phấn đấu đến hết năm 2025 phủ sóng 5G đạt 50% dân số và xóa toàn bộ thôn lõm sóng trước ngày 31/12/2025.\n"
        "Bộ Khoa học và Công nghệ chủ trì, phối hợp với các địa phương triển khai.",
        "2025-06-27",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-25", 26),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-06-25", 1200),
        ],
    ),
    # 26. NEGATIVE: counts of circulars, decisions, conferences and inspections; 4G coverage and 4G stations (no id).
    (
        "Năm 2024, Bộ TT&TT đã ban hành 3 thông tư và 2 quyết định về quy hoạch băng tần cho 5G, tổ chức 12 hội nghị tập huấn tại các địa phương.\n"
        "Mạng 4G phủ sóng 99,8% dân số; số trạm BTS 4G đạt hơn 120.000 trạm.\n"
        "Cục Viễn thông đã thanh tra 25 doanh nghiệp về chất lượng dịch vụ.",
        "2024-12-20",
        [],
    ),
    # 27. World figure (ITU) then Vietnam's Internet users "năm 2024 đạt 78,8% dân số"; per-100 mobile broadband "năm 2024 là 88,4".
    (
        "Theo ITU, tỷ lệ người dùng Internet toàn cầu năm 2024 là 68%, tương đương 5,5 tỷ người.\n"
        "Tại Việt Nam, theo số liệu của Bộ TT&TT, tỷ lệ người sử dụng Internet năm 2024 đạt 78,8% dân số, cao hơn mức trung bình thế giới hơn 10 điểm phần trăm.\n"
        "Số thuê bao băng rộng di động trên 100 dân của Việt Nam năm 2024 là 88,4.",
        "2025-02-10",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 78.8),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.4),
        ],
    ),
    # 28. Provincial (Điện Biên): "còn 143 thôn, bản lõm sóng, trong đó có 58 bản chưa có điện" (part not stored); an operator's branch and a target.
    (
        "Tính đến hết quý I/2024, toàn tỉnh Điện Biên còn 143 thôn, bản lõm sóng, trong đó có 58 bản chưa có điện lưới quốc gia.\n"
        "Từ đầu năm đến nay, Viettel Điện Biên đã phát sóng 19 trạm mới, phủ sóng cho 24 bản.\n"
        "Năm 2024, tỉnh phấn đấu phủ sóng thêm 85 thôn, bản.",
        "2024-04-15",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-03-31", 143),
        ],
    ),
    # 29. Revised criteria (4G broadband) give a new national count "tính đến tháng 8/2024"; the old electrified-only count is not stored.
    (
        "Theo kết quả rà soát của Bộ TT&TT theo tiêu chí mới (phủ sóng băng rộng di động 4G), tính đến tháng 8/2024, cả nước còn 4.107 thôn, bản lõm sóng.\n"
        "Trước đó, theo tiêu chí cũ, danh sách lõm sóng chỉ gồm 1.853 thôn có điện lưới.\n"
        "Bộ đã đề nghị các doanh nghiệp xây dựng kế hoạch xóa các thôn lõm sóng trong năm 2025.",
        "2024-09-12",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-31", 4107),
        ],
    ),
    # 30. Ookla index: download speeds stored for the month, upload speeds, ranks and the global mean not.
    (
        "Theo Speedtest Global Index của Ookla công bố tháng 10/2025, trong tháng 9/2025 tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 142,9 Mbps, tốc độ tải lên 36,5 Mbps, xếp thứ 16 thế giới.\n"
        "Băng rộng cố định có tốc độ tải xuống 213,6 Mbps, tải lên 205,1 Mbps, đứng thứ 13/153 quốc gia.\n"
        "Tốc độ trung bình toàn cầu của mạng di động là 92,4 Mbps.",
        "2025-10-16",
        [
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 142.9),
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 213.6),
        ],
    ),
    # 31. Mixed: 5G package price and one operator's 5G subscribers (not stored), then "hiện ở mức 86%" smartphone share dated by the page.
    (
        "Gói cước 5G của các nhà mạng có giá từ 135.000 đồng/tháng, cao hơn khoảng 20% so với gói 4G tương đương.\n"
        "Sau 2 tháng thương mại hóa, mạng 5G của Viettel đã có hơn 5 triệu thuê bao.\n"
        "Theo Cục Viễn thông, tỷ lệ thuê bao di động sử dụng smartphone của cả nước hiện ở mức 86%, tạo dư địa lớn cho 5G.",
        "2024-12-16",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-16", 86),
        ],
    ),
    # 32. Capital city (Hà Nội, "Thủ đô"): households with fibre, "100% thôn, tổ dân phố đã có sóng 4G"; Wi-Fi points and a target are not stored.
    (
        "Sở TT&TT Hà Nội cho biết, tính đến 30/6/2024, tỷ lệ hộ gia đình trên địa bàn Thủ đô có kết nối cáp quang băng rộng đạt 96,5%; 100% thôn, tổ dân phố đã có sóng 4G.\n"
        "Thành phố hiện có 4.112 điểm phát Wi-Fi miễn phí tại các khu vực công cộng.\n"
        "Hà Nội đặt mục tiêu năm 2025 phủ sóng 5G toàn bộ khu vực nội thành.",
        "2024-07-10",
        [
            ("ftth_household_rate", "Hà Nội", "as_of", "2024-06-30", 96.5),
            ("villages_with_mobile_coverage_rate", "Hà Nội", "as_of", "2024-06-30", 100),
        ],
    ),
    # 33. Monthly report mixing e-services (khối bộ, ngành / khối địa phương in parentheses, DVCTT, Cổng DVCQG, "12,9 nghìn tỷ đồng") with "chạm mốc 25.316 trạm".
    (
        "Báo cáo chuyển đổi số tháng 10/2025: tỷ lệ DVCTT toàn trình trên tổng số TTHC là 52,1% (khối bộ, ngành 55,3%; khối địa phương 50,9%); "
        "tỷ lệ hồ sơ xử lý trực tuyến trong tháng đạt 46,8%.\n"
        "Lũy kế đến ngày 31/10/2025, giá trị thanh toán trực tuyến trên Cổng DVCQG đạt 12,9 nghìn tỷ đồng.\n"
        "Hạ tầng số: số trạm BTS 5G chạm mốc 25.316 trạm; tỷ lệ hộ gia đình có cáp quang 83,7%.",
        "2025-11-07",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-10-31", 52.1),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-10-31", 55.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-10-31", 50.9),
            ("online_dossier_rate", "national", "month", "2025-10-31", 46.8),
            ("online_payments_value", "national", "as_of", "2025-10-31", 12900),
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 25316),
            ("ftth_household_rate", "national", "as_of", "2025-10-31", 83.7),
        ],
    ),
    # 34. Interview with a Deputy Minister: quoted "Đến nay, 5G đã phủ sóng khoảng 39% dân số" (page date); other countries and a 2026 target are not stored.
    (
        "Thứ trưởng Bộ Khoa học và Công nghệ cho biết: “Đến nay, 5G đã phủ sóng khoảng 39% dân số, tập trung tại các đô thị, khu công nghiệp và khu du lịch.”\n"
        "Theo Thứ trưởng, Singapore và Hàn Quốc đã phủ sóng 5G gần như toàn bộ dân số.\n"
        "“Năm 2026, chúng tôi đặt mục tiêu 5G phủ 90% dân số và thương mại hóa 5G độc lập (SA)”, Thứ trưởng nói.",
        "2025-11-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-11-20", 39),
        ],
    ),
    # 35. Quarterly cybersecurity paragraph in an infrastructure report: attacks in the quarter (phishing part after "trong đó" not stored), botnet IPs "ở mức khoảng", level-approved systems undated (quarter end).
    (
        "Trong quý IV/2024, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.342 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, "
        "trong đó có 312 cuộc tấn công lừa đảo (phishing).\n"
        "Số địa chỉ IP thuộc các mạng botnet ở mức khoảng 405.000 địa chỉ tính đến 31/12/2024, giảm 12% so với cuối quý III.\n"
        "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ đạt 96,1%.\n"
        "Các sự cố tập trung vào hạ tầng viễn thông và hệ thống cáp quang biển.",
        "2025-01-10",
        [
            ("cyberattacks", "national", "quarter", "2024-12-31", 1342),
            ("botnet_ips", "national", "as_of", "2024-12-31", 405000),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 96.1),
        ],
    ),
    # 36. No published date but dated text: national fibre households "Năm 2023 ... đạt 79%"; Hà Giang "112 điểm lõm sóng là các thôn, bản" (villages, kept).
    (
        "Năm 2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang của cả nước đạt 79%.\n"
        "Tại tỉnh Hà Giang, đến hết năm 2023 vẫn còn 112 điểm lõm sóng là các thôn, bản vùng sâu chưa có sóng di động.\n"
        "Tỉnh đang kiến nghị các doanh nghiệp ưu tiên đầu tư trạm BTS tại các xã biên giới.",
        None,
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-12-31", 112),
        ],
    ),
    # 37. "Lũy kế từ đầu năm đến hết tháng 8/2025": NDXP year-to-date flow; villages newly covered not stored, "hiện cả nước còn 512 thôn, bản chưa có sóng" kept; connection points.
    (
        "Lũy kế từ đầu năm đến hết tháng 8/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 982,5 triệu giao dịch.\n"
        "Cũng trong 8 tháng, các doanh nghiệp viễn thông đã phủ sóng mới 450 thôn, bản lõm sóng; hiện cả nước còn 512 thôn, bản chưa có sóng di động.\n"
        "Tổng số điểm kết nối trên NDXP là 186.",
        "2025-09-05",
        [
            ("ndxp_transactions_period", "national", "ytd", "2025-08-31", 982500000),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-08-31", 512),
            ("ndxp_connection_points", "national", "as_of", "2025-08-31", 186),
        ],
    ),
    # 38. UN e-government survey "xếp hạng 71/193" (edition year); the change in places and the telecom infrastructure sub-index (TII) have no value to store.
    (
        "Trong Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022.\n"
        "Chỉ số hạ tầng viễn thông (TII) của Việt Nam đạt 0,8193 điểm, cao hơn mức trung bình thế giới là 0,6923.\n"
        "Theo đánh giá, kết quả này có đóng góp lớn của việc phủ sóng 4G, 5G và cáp quang.",
        "2025-03-01",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # 39. Coverage list in one date clause: 4G (no id) then "mạng 5G phủ sóng 30,5% dân số"; sentence opening on "99,6% thôn, bản"; smartphone count "là 107,3 triệu".
    (
        "Tính đến hết tháng 9/2025, mạng di động 4G phủ sóng 99,8% dân số; mạng 5G phủ sóng 30,5% dân số.\n"
        "99,6% thôn, bản trên cả nước đã có sóng di động băng rộng; tỷ lệ hộ gia đình có cáp quang đạt 83,2%.\n"
        "Số thuê bao di động sử dụng smartphone là 107,3 triệu.",
        "2025-10-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 30.5),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-09-30", 99.6),
            ("ftth_household_rate", "national", "as_of", "2025-09-30", 83.2),
            ("smartphone_subscriptions", "national", "as_of", "2025-09-30", 107300000),
        ],
    ),
    # 40. NEGATIVE: "điểm lõm sóng" on expressways and in road tunnels (dead spots, not villages); fibre route length.
    (
        "Cục Viễn thông cho biết, các nhà mạng đã khắc phục 120 điểm lõm sóng trên các tuyến cao tốc Bắc - Nam phía Đông trong năm 2024.\n"
        "Hiện vẫn còn 35 điểm lõm sóng tại các hầm đường bộ và đèo dốc, dự kiến xử lý xong trong quý I/2025.\n"
        "Tổng chiều dài tuyến cáp quang dọc cao tốc đạt hơn 1.800 km.",
        "2025-01-25",
        [],
    ),
]
