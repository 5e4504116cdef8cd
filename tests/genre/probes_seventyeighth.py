"""Genre probes, round 78: pages that print no publication date (published None) but whose text lets a careful reader date each figure (a meeting or conference day with its year nearby, an event named with its year and day, 'hiện nay / đến nay / hiện có' anchored on the latest explicit date, a year under review, a quarter or half followed by 'hiện nay', 'tháng trước' and 'cùng kỳ' relative to a stated month), mixed with traps where no date can be established (nothing may be guessed), national and provincial figures, written blind by a helper (not copied from any page).

First reading with 2096c2e (the start code 2235ecf the same): 68 of 70 right, 68 of 72 found. Fitted: a ministry leading the level ('Bộ … dẫn đầu khối bộ, ngành với 97,3%' is its own) and one named back after its figure ('… thuộc thẩm quyền của Bộ'); now 68/69, 68/72. Left: a compared month after its value ('nhiều hơn mức 1,75 triệu hồ sơ của tháng trước'), 'Hiện có 63/63 địa phương đã ban hành chính sách này' (the policy named back), an EGDI edition on a page dated only by its publication day.
"""

CASES = [
    # 1 meeting day, year from the quarter named beside it; 'hiện nay' -> meeting day
    (
        "Chiều 8/4, tại Trụ sở Chính phủ, Ủy ban Quốc gia về chuyển đổi số họp phiên sơ kết quý I/2024. "
        "Theo báo cáo của Bộ Thông tin và Truyền thông, trong quý I/2024, tỷ lệ hồ sơ trực tuyến toàn trình "
        "(trên tổng số hồ sơ thủ tục hành chính) của cả nước đạt 28%; khối bộ, ngành đạt 45%, khối địa phương đạt 12%. "
        "Hiện nay, Cổng Dịch vụ công quốc gia đã có hơn 11,4 triệu tài khoản đăng ký.",
        None,
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 28.0),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-03-31", 45.0),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-03-31", 12.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-08", 11400000.0),
        ],
    ),
    # 2 event named with its day and year
    (
        "Tại Lễ kỷ niệm Ngày Chuyển đổi số quốc gia 10/10/2024, đại diện Bộ Công an thông tin, đến nay cả nước "
        "đã có 58,2 triệu tài khoản định danh điện tử VNeID được kích hoạt và hơn 86 triệu thẻ căn cước công dân gắn chip đã được cấp.",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-10-10", 58200000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-10-10", 86000000.0),
        ],
    ),
    # 3 'hiện có' anchored on the explicit date in the same text, province
    (
        "Theo Sở Thông tin và Truyền thông Bình Định, tính đến ngày 31/12/2024, toàn tỉnh đã có 245 trạm BTS 5G được phát sóng. "
        "Hiện có 84,5% hộ gia đình trên địa bàn tỉnh sử dụng Internet cáp quang băng rộng.",
        None,
        [
            ("fiveg_bts_count", "Bình Định", "as_of", "2024-12-31", 245.0),
            ("ftth_household_rate", "Bình Định", "as_of", "2024-12-31", 84.5),
        ],
    ),
    # 4 year under review + dated conference; 'đến nay' -> conference day
    (
        "Sáng 9/1/2025, UBND tỉnh Thái Bình tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2024. "
        "Trong năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 68,4%, tỷ lệ hồ sơ được cấp kết quả điện tử đạt 91,2%. "
        "Đến nay, trên địa bàn tỉnh đã có 1,35 triệu tài khoản VNeID được kích hoạt.",
        None,
        [
            ("online_dossier_rate", "Thái Bình", "year", "2024-12-31", 68.4),
            ("e_result_rate", "Thái Bình", "year", "2024-12-31", 91.2),
            ("vneid_activated_accounts", "Thái Bình", "as_of", "2025-01-09", 1350000.0),
        ],
    ),
    # 5 quarter then 'hiện nay' -> quarter end
    (
        "Trong quý III/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận khoảng 245 triệu giao dịch, "
        "bình quân 2,66 triệu giao dịch mỗi ngày. Hiện nay, NDXP đã kết nối với 112 cơ quan, đơn vị gồm các bộ, ngành và địa phương.",
        None,
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 245000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 2660000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-09-30", 112.0),
        ],
    ),
    # 6 'tháng trước' relative to a stated month
    (
        "Báo cáo tháng 8/2024 của Văn phòng Chính phủ cho thấy, trong tháng 8, Cổng Dịch vụ công quốc gia tiếp nhận 1,92 triệu hồ sơ trực tuyến, "
        "nhiều hơn mức 1,75 triệu hồ sơ của tháng trước. Số giao dịch thanh toán trực tuyến phát sinh trong tháng đạt 2,1 triệu giao dịch.",
        None,
        [
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1920000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-07-31", 1750000.0),
            ("online_payments_count_new", "national", "month", "2024-08-31", 2100000.0),
        ],
    ),
    # 7 'cùng kỳ' level relative to a stated span, province
    (
        "Trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Long An đạt 52,7%, cùng kỳ năm 2023 là 38,1%.",
        None,
        [
            ("online_dossier_rate", "Long An", "ytd", "2024-09-30", 52.7),
            ("online_dossier_rate", "Long An", "ytd", "2023-09-30", 38.1),
        ],
    ),
    # 8 TRAP: 'hiện nay' with no date anywhere
    (
        "Hiện nay, tỷ lệ hộ gia đình có Internet cáp quang băng rộng trên cả nước đạt khoảng 82%, "
        "tốc độ truy cập băng rộng cố định trung bình đạt 93 Mbps.",
        None,
        [],
    ),
    # 9 TRAP: meeting day without any year
    (
        "Sáng 14/3, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức hội nghị giao ban trực tuyến với các Sở. "
        "Theo báo cáo, đến nay 63/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi người dân sử dụng dịch vụ công trực tuyến.",
        None,
        [],
    ),
    # 10 TRAP: 'năm nay' with no year
    (
        "Năm nay, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tốc độ tăng trưởng kinh tế số ước khoảng 20%, "
        "cao gấp gần ba lần tăng trưởng GDP.",
        None,
        [],
    ),
    # 11 TRAP: target year is the only year; 'hiện nay' cannot be dated
    (
        "Tỉnh Hà Giang phấn đấu đến năm 2025 có 80% hồ sơ thủ tục hành chính được xử lý trực tuyến; "
        "hiện nay tỷ lệ này của tỉnh mới đạt 47%.",
        None,
        [],
    ),
    # 12 half + meeting day with the year nearby, province
    (
        "Chiều 11/7, UBND tỉnh Quảng Ninh họp sơ kết 6 tháng đầu năm 2024 về chuyển đổi số và Đề án 06. "
        "Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 71,3%, tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 62%. "
        "Hiện toàn tỉnh còn 9 thôn, bản chưa có sóng di động.",
        None,
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2024-06-30", 71.3),
            ("data_reuse_rate", "Quảng Ninh", "half", "2024-06-30", 62.0),
            ("villages_without_mobile_coverage", "Quảng Ninh", "as_of", "2024-07-11", 9.0),
        ],
    ),
    # 13 TRAP: an operator's own figures, dated
    (
        "Ngày 15/10/2024, Viettel cho biết mạng 5G của doanh nghiệp đã phủ sóng tới 90% dân số tại 63 tỉnh, thành phố "
        "với hơn 6.500 trạm BTS 5G được lắp đặt.",
        None,
        [],
    ),
    # 14 year value + year-on-year change trap
    (
        "Trong năm 2023, Cổng Dịch vụ công quốc gia ghi nhận 9,1 triệu giao dịch thanh toán trực tuyến, tăng 42% so với năm 2022.",
        None,
        [
            ("online_payments_count_new", "national", "year", "2023-12-31", 9100000.0),
        ],
    ),
    # 15 rank + other countries' ranks (traps)
    (
        "Theo Khảo sát Chính phủ điện tử 2024 được Liên hợp quốc công bố ngày 17/9/2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số "
        "phát triển Chính phủ điện tử (EGDI), trong khi Singapore đứng thứ 3 và Thái Lan đứng thứ 52.",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 16 TRAP: counts of plans and decrees
    (
        "Đến ngày 31/3/2024, 55/63 địa phương đã ban hành kế hoạch triển khai Đề án 06 năm 2024; "
        "Chính phủ đã ban hành 4 nghị định liên quan đến dữ liệu và định danh điện tử.",
        None,
        [],
    ),
    # 17 TRAP: one ministry's own figure
    (
        "Tính đến hết tháng 6/2024, Bộ Tài chính cung cấp 645 dịch vụ công trực tuyến, đạt tỷ lệ 79,4% trên tổng số thủ tục hành chính thuộc thẩm quyền của Bộ.",
        None,
        [],
    ),
    # 18 TRAP: a district's figure
    (
        "Năm 2023, huyện Gia Lâm có tỷ lệ hồ sơ xử lý trực tuyến đạt 86%, dẫn đầu 30 quận, huyện, thị xã của thành phố Hà Nội.",
        None,
        [],
    ),
    # 19 quarter value + remainder trap
    (
        "Trong quý II/2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Nghệ An đạt 63,5%; 36,5% hồ sơ còn lại vẫn được nộp trực tiếp tại bộ phận một cửa các cấp.",
        None,
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2024-06-30", 63.5),
        ],
    ),
    # 20 event named with day and year, province
    (
        "Tại lễ hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2024 tổ chức ở TP. Buôn Ma Thuột, Sở Thông tin và Truyền thông Đắk Lắk cho biết "
        "hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 84,6%, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 76,2%.",
        None,
        [
            ("smartphone_subscriber_rate", "Đắk Lắk", "as_of", "2024-10-10", 84.6),
            ("ftth_household_rate", "Đắk Lắk", "as_of", "2024-10-10", 76.2),
        ],
    ),
    # 21 span since January + 'đến nay' anchored on the span's end
    (
        "Theo Văn phòng Chính phủ, từ ngày 1/1/2024 đến ngày 30/11/2024, Cổng Dịch vụ công quốc gia có thêm 3,2 triệu tài khoản đăng ký mới. "
        "Đến nay, tổng số tài khoản trên Cổng đạt 14,6 triệu.",
        None,
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-11-30", 3200000.0),
            ("national_portal_accounts", "national", "as_of", "2024-11-30", 14600000.0),
        ],
    ),
    # 22 year under review at a dated conference; 'hiện nay' -> conference day
    (
        "Báo cáo tại hội nghị tổng kết năm 2023 do Cục An toàn thông tin tổ chức sáng 18/1/2024 cho biết, trong năm 2023 đã ghi nhận 13.900 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Hiện nay, số địa chỉ IP của Việt Nam nằm trong các mạng botnet còn khoảng 520.000.",
        None,
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2024-01-18", 520000.0),
        ],
    ),
    # 23 TRAP: 'tháng trước' with no stated month
    (
        "So với tháng trước, số giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng 8%, đạt 2,3 triệu giao dịch trong tháng.",
        None,
        [],
    ),
    # 24 TRAP: change versus 'cùng kỳ' only
    (
        "Quý I/2024, số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia tăng 35% so với cùng kỳ năm trước, "
        "giá trị thanh toán trực tuyến tăng 27%.",
        None,
        [],
    ),
    # 25 half, dated meeting
    (
        "Theo báo cáo trình bày chiều 10/7/2024 tại hội nghị sơ kết nửa đầu năm, kinh tế số trong 6 tháng đầu năm 2024 ước tăng trưởng 22,4% "
        "và chiếm khoảng 18,3% GDP.",
        None,
        [
            ("digital_economy_growth", "national", "half", "2024-06-30", 22.4),
            ("digital_economy_gdp_share", "national", "half", "2024-06-30", 18.3),
        ],
    ),
    # 26 quarter then 'hiện nay' -> quarter end, province
    (
        "Trong quý I/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh Bắc Giang đạt 54,2%. "
        "Hiện nay, 100% hệ thống giải quyết thủ tục hành chính của tỉnh đã kết nối đầy đủ với Hệ thống EMC.",
        None,
        [
            ("dvctt_full_process_rate", "Bắc Giang", "quarter", "2024-03-31", 54.2),
            ("emc_connection_rate", "Bắc Giang", "as_of", "2024-03-31", 100.0),
        ],
    ),
    # 27 TRAP: target only
    (
        "Ngân hàng Nhà nước đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác.",
        None,
        [],
    ),
    # 28 month-end stock; share of rural customers is not a value
    (
        "Tính đến cuối tháng 10/2024, dịch vụ Mobile Money có khoảng 9,8 triệu khách hàng, trong đó hơn 70% ở khu vực nông thôn, miền núi, biên giới, hải đảo.",
        None,
        [
            ("mobile_money_customers", "national", "as_of", "2024-10-31", 9800000.0),
        ],
    ),
    # 29 dated conference; 'đến nay' -> that day
    (
        "Phát biểu tại hội nghị ngày 20/12/2024, đại diện Tổng cục Thuế cho biết đến nay hệ thống hóa đơn điện tử đã tiếp nhận, xử lý hơn 8,6 tỷ hóa đơn.",
        None,
        [
            ("e_invoices_total", "national", "as_of", "2024-12-20", 8600000000.0),
        ],
    ),
    # 30 explicit date
    (
        "Theo Ngân hàng Nhà nước, tính đến ngày 30/6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại Việt Nam đạt 87%.",
        None,
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
        ],
    ),
    # 31 monthly index with another country's figure (trap)
    (
        "Theo Speedtest Global Index tháng 9/2024, tốc độ truy cập băng rộng di động trung bình của Việt Nam đạt 58,6 Mbps, vẫn thấp hơn Thái Lan (68 Mbps).",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 58.6),
        ],
    ),
    # 32 month-end stock at a year-end conference
    (
        "Số liệu trình bày tại hội nghị tổng kết năm 2023 của Bộ Thông tin và Truyền thông cho thấy, tính đến hết tháng 11/2023, cả nước có "
        "22,8 triệu thuê bao băng rộng cố định, tương đương 22,9 thuê bao trên 100 dân.",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-11-30", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-11-30", 22.9),
        ],
    ),
    # 33 year under review, province
    (
        "Năm 2023, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính của tỉnh Đồng Tháp đạt 98,6%, "
        "theo báo cáo trình tại hội nghị tổng kết ngày 12/1/2024.",
        None,
        [
            ("satisfaction_rate", "Đồng Tháp", "year", "2023-12-31", 98.6),
        ],
    ),
    # 34 dated conference; count of covered villages and remainder share are not values
    (
        "Tại hội nghị chiều 5/12/2024, Bộ Thông tin và Truyền thông cho biết đã phủ sóng 1.036 thôn lõm sóng, đạt 84% số thôn lõm sóng có điện lưới; "
        "16% còn lại sẽ hoàn thành trong năm 2025. Cả nước hiện còn 1.020 thôn, bản chưa có sóng di động.",
        None,
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-05", 84.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-05", 1020.0),
        ],
    ),
    # 35 explicit date, 5G
    (
        "Đến ngày 15/12/2024, sau hơn hai tháng thương mại hóa, mạng 5G tại Việt Nam đã phủ sóng khoảng 26% dân số với gần 7.000 trạm BTS 5G của các nhà mạng.",
        None,
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-15", 26.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-15", 7000.0),
        ],
    ),
    # 36 dated forum; 'hiện' -> that day
    (
        "Báo cáo tại Diễn đàn Internet Việt Nam ngày 25/9/2024 cho biết tỷ lệ người sử dụng Internet tại Việt Nam hiện đạt 78,4% dân số.",
        None,
        [
            ("internet_users_rate", "national", "as_of", "2024-09-25", 78.4),
        ],
    ),
    # 37 explicit date
    (
        "Tính đến ngày 30/6/2024, 87,5% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ an toàn.",
        None,
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 87.5),
        ],
    ),
    # 38 dated session; remainder count is a trap
    (
        "Tại phiên họp chiều 6/2/2025, Bộ Công an cho biết cả nước đã cung cấp toàn trình 25/53 dịch vụ công thiết yếu theo Đề án 06; "
        "28 dịch vụ còn lại đang được các bộ, ngành hoàn thiện.",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2025-02-06", 25.0),
        ],
    ),
    # 39 explicit date
    (
        "Đến ngày 31/10/2024, các bộ, ngành đã cắt giảm, đơn giản hóa 684/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ.",
        None,
        [
            ("procedures_simplified", "national", "as_of", "2024-10-31", 684.0),
        ],
    ),
    # 40 quarter then 'hiện có' -> quarter end; the increment is a trap
    (
        "Trong quý II/2024, có thêm 9 tỉnh, thành phố ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng dịch vụ công trực tuyến. "
        "Hiện có 63/63 địa phương đã ban hành chính sách này.",
        None,
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-30", 63.0),
        ],
    ),
    # 41 'tháng trước' relative to a stated month, province
    (
        "Theo Sở Thông tin và Truyền thông TP. Hồ Chí Minh, trong tháng 5/2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn thành phố đạt 81,2%, "
        "cao hơn mức 78,9% của tháng trước.",
        None,
        [
            ("online_dossier_rate", "Hồ Chí Minh", "month", "2024-05-31", 81.2),
            ("online_dossier_rate", "Hồ Chí Minh", "month", "2024-04-30", 78.9),
        ],
    ),
    # 42 'cùng kỳ' in parentheses, province
    (
        "Trong 10 tháng đầu năm 2024, tỷ lệ hồ sơ được cấp kết quả điện tử của thành phố Đà Nẵng đạt 96,4% (cùng kỳ năm 2023 là 89%).",
        None,
        [
            ("e_result_rate", "Đà Nẵng", "ytd", "2024-10-31", 96.4),
            ("e_result_rate", "Đà Nẵng", "ytd", "2023-10-31", 89.0),
        ],
    ),
    # 43 year under review, dated report
    (
        "Theo báo cáo tổng kết năm 2023 trình bày sáng 15/1/2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trong năm 2023 đạt 51,2%.",
        None,
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 51.2),
        ],
    ),
    # 44 TRAP: day without year, 'hiện nay'
    (
        "Ngày 20/5, Sở Thông tin và Truyền thông tỉnh Lâm Đồng cho biết hiện nay tỷ lệ hồ sơ được cấp kết quả điện tử của tỉnh đạt 92%, "
        "tỷ lệ số hóa hồ sơ đạt 88%.",
        None,
        [],
    ),
    # 45 TRAP: 'năm ngoái' and 'hiện' with no year at all
    (
        "So với năm ngoái, tỷ lệ hồ sơ trực tuyến toàn trình của khối địa phương đã tăng gấp đôi và hiện đạt 17%.",
        None,
        [],
    ),
    # 46 meeting day with the year nearby; cumulative stocks 'lũy kế đến nay'
    (
        "Chiều 12/7, tại hội nghị sơ kết 6 tháng đầu năm 2024 của Văn phòng Chính phủ, báo cáo cho biết lũy kế đến nay Cổng Dịch vụ công quốc gia "
        "đã tiếp nhận 52 triệu hồ sơ trực tuyến, thực hiện 28 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 11.200 tỷ đồng.",
        None,
        [
            ("national_portal_dossiers", "national", "as_of", "2024-07-12", 52000000.0),
            ("online_payments_count", "national", "as_of", "2024-07-12", 28000000.0),
            ("online_payments_value", "national", "as_of", "2024-07-12", 11200.0),
        ],
    ),
    # 47 explicit date with splits
    (
        "Tính đến ngày 31/12/2023, tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính của cả nước đạt 81,7%; "
        "trong đó khối bộ, ngành đạt 83,3%, khối địa phương đạt 80,9%.",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2023-12-31", 81.7),
            ("dvctt_rate", "ministries", "as_of", "2023-12-31", 83.3),
            ("dvctt_rate", "localities", "as_of", "2023-12-31", 80.9),
        ],
    ),
    # 48 month-end, eligible procedures, province
    (
        "Đến cuối tháng 9/2024, tỉnh Hậu Giang đã cung cấp dịch vụ công trực tuyến toàn trình cho 100% thủ tục hành chính đủ điều kiện.",
        None,
        [
            ("full_process_provision_rate", "Hậu Giang", "as_of", "2024-09-30", 100.0),
        ],
    ),
    # 49 stated month, province
    (
        "Trong tháng 3/2024, 98,7% hồ sơ thủ tục hành chính tiếp nhận trên địa bàn tỉnh Ninh Bình được gắn số định danh cá nhân.",
        None,
        [
            ("dossiers_with_personal_id_rate", "Ninh Bình", "month", "2024-03-31", 98.7),
        ],
    ),
    # 50 meeting day with year nearby; cumulative to quarter end; 'hiện có' -> meeting day
    (
        "Tại hội nghị sơ kết quý I/2024 tổ chức sáng 5/4 ở Hà Nội, đại diện Cục Chuyển đổi số quốc gia cho biết lũy kế từ năm 2019 đến hết quý I/2024, "
        "NDXP đã xử lý 3,3 tỷ giao dịch; hiện có 1.250 điểm kết nối giữa các hệ thống, cơ sở dữ liệu trên nền tảng.",
        None,
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 3300000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-04-05", 1250.0),
        ],
    ),
    # 51 month-level stocks
    (
        "Tính đến tháng 6/2024, cả nước có 103,4 triệu thuê bao băng rộng di động và khoảng 97 triệu thuê bao sử dụng điện thoại thông minh.",
        None,
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 103400000.0),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 97000000.0),
        ],
    ),
    # 52 TRAP: event day named without year, 'hiện nay'
    (
        "Nhân Ngày Chuyển đổi số quốc gia 10/10, Sở Thông tin và Truyền thông Quảng Nam cho biết hiện nay tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 74%.",
        None,
        [],
    ),
    # 53 year under review; the meeting day has no year, but the year values are dated by the text itself
    (
        "Chiều 6/2, Ủy ban Quốc gia về chuyển đổi số họp tổng kết hoạt động năm 2024. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ "
        "thủ tục hành chính của cả nước đạt 43,5%, còn tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 60,2%.",
        None,
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 43.5),
            ("dvctt_with_dossiers_rate", "national", "year", "2024-12-31", 60.2),
        ],
    ),
    # 54 quarter, province
    (
        "Quý III/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh Thừa Thiên Huế đạt 78,5%, "
        "tỷ lệ hồ sơ xử lý trực tuyến đạt 69,1%.",
        None,
        [
            ("dvctt_with_dossiers_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 78.5),
            ("online_dossier_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 69.1),
        ],
    ),
]
