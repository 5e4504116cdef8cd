"""Genre probes, round 73: provincial portal and Sở Thông tin và Truyền thông / Sở Khoa học và Công nghệ pages in 2022–2025 reporting their province's figures beside national ones (whose figure is it: province, country, district, operator), monthly Ministry report summaries in the press (tháng MM/YYYY; cumulative since January; daily averages), and pages that print no date but whose text dates its figures (quarters, halves, "năm 2023", "tính đến hết tháng 9"), mixing e-services, NDXP, cybersecurity, infrastructure and the digital economy, written blind by a helper (not copied from any page).

First reading with the session's start code (2235ecf): 77 of 79 right, 77 of 87 found. Fitted: ranges, pairs 'tương ứng', a province's own portal, 'trong khi cả nước đạt khoảng', 'TP.' in a share's noun, an official source after an operator's account, 'Cả năm … ghi nhận … cuộc'; now 83/83, 83/87. Left: NDXP's running total said 'kể từ khi khai trương … đạt 2,31 tỷ' with no noun, a speed after two countries' ('…; Việt Nam đạt 58,9 Mbps'), 'Riêng tỉnh Long An, cùng thời điểm, đã có 1,02 triệu tài khoản VNeID được kích hoạt', a tax department's share of invoices.
"""

CASES = [
    # 1 province beside khối địa phương, as_of end of month
    (
        "Theo Sở Thông tin và Truyền thông tỉnh Nam Định, tính đến hết tháng 6/2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 72,4%, "
        "cao hơn nhiều so với mức bình quân của khối địa phương là 41,2%. Cũng tại thời điểm này, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 48,9%.",
        "2024-07-10",
        [
            ("online_dossier_rate", "Nam Định", "as_of", "2024-06-30", 72.4),
            ("online_dossier_rate", "localities", "as_of", "2024-06-30", 41.2),
            ("online_dossier_full_process_rate", "Nam Định", "as_of", "2024-06-30", 48.9),
        ],
    ),
    # 2 undated page, quarter
    (
        "Trong quý III/2023, Cổng Dịch vụ công tỉnh Hà Giang tiếp nhận 58.312 hồ sơ trực tuyến, đạt tỷ lệ 61,7% tổng số hồ sơ tiếp nhận. "
        "Trong cùng quý, tỷ lệ hồ sơ xử lý trực tuyến chung của cả nước là 43,5%.",
        None,
        [
            ("online_dossier_rate", "Hà Giang", "quarter", "2023-09-30", 61.7),
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 43.5),
        ],
    ),
    # 3 monthly Ministry report: month, daily average, ytd, cumulative
    (
        "Theo báo cáo tháng 8/2024 của Bộ Thông tin và Truyền thông, trong tháng, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận khoảng 85,3 triệu giao dịch, "
        "trung bình 2,75 triệu giao dịch mỗi ngày. Lũy kế 8 tháng đầu năm 2024, NDXP đã xử lý 641 triệu giao dịch. "
        "Tính đến hết tháng 8/2024, tổng số giao dịch qua nền tảng kể từ khi khai trương năm 2019 đạt 2,31 tỷ.",
        "2024-09-12",
        [
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 85300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 2750000.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-08-31", 641000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-08-31", 2310000000.0),
        ],
    ),
    # 4 TRAP: district figure + target
    (
        "UBND huyện Tiên Du cho biết, 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của huyện đạt 82%, dẫn đầu các huyện, thị xã, thành phố trong tỉnh Bắc Ninh. "
        "Huyện phấn đấu đến cuối năm nâng tỷ lệ này lên 90%.",
        "2024-10-08",
        [],
    ),
    # 5 PARTIAL: operator's own coverage figure is not the province's
    (
        "Tại hội nghị tổng kết năm 2024 của Sở Thông tin và Truyền thông Đồng Nai, đại diện Viettel Đồng Nai cho biết mạng 5G của doanh nghiệp đã phủ sóng khoảng 35% dân số toàn tỉnh. "
        "Theo Sở, đến hết năm 2024, tỷ lệ hộ gia đình có Internet cáp quang băng rộng trên địa bàn tỉnh đạt 86,2%.",
        "2025-01-15",
        [
            ("ftth_household_rate", "Đồng Nai", "as_of", "2024-12-31", 86.2),
        ],
    ),
    # 6 undated, "Năm 2023", province and country side by side, target trap
    (
        "Năm 2023, kinh tế số của tỉnh Quảng Ninh ước chiếm 10,5% GRDP, trong khi tỷ trọng kinh tế số trong GDP của cả nước là 18,3%. "
        "Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP.",
        None,
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 10.5),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 18.3),
        ],
    ),
    # 7 TRAP: undated page, "tính đến hết tháng 9" without a year
    (
        "Tính đến hết tháng 9, toàn tỉnh Lai Châu còn 96 thôn, bản chưa có sóng di động; tỷ lệ thôn, bản có sóng di động đạt 93,8%.",
        None,
        [],
    ),
    # 8 undated page, year given in text
    (
        "Tính đến hết tháng 9/2024, tỉnh Điện Biên còn 112 thôn, bản lõm sóng di động, tỷ lệ thôn, bản có sóng di động đạt 92,1%. "
        "Trên phạm vi cả nước, cùng thời điểm, số thôn lõm sóng còn khoảng 1.500 thôn.",
        None,
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-09-30", 112.0),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2024-09-30", 92.1),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1500.0),
        ],
    ),
    # 9 monthly cybersecurity, month + ytd, month-on-month change trap
    (
        "Trong tháng 5/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.061 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, "
        "giảm 9,3% so với tháng 4. Tính chung 5 tháng đầu năm 2024, số cuộc tấn công mạng gây sự cố là 5.122 cuộc.",
        "2024-06-10",
        [
            ("cyberattacks", "national", "month", "2024-05-31", 1061.0),
            ("cyberattacks", "national", "ytd", "2024-05-31", 5122.0),
        ],
    ),
    # 10 undated, end of quarter stock
    (
        "Tính đến cuối quý I/2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet được ghi nhận là khoảng 690.000, giảm 15% so với cùng kỳ năm 2023.",
        None,
        [
            ("botnet_ips", "national", "as_of", "2024-03-31", 690000.0),
        ],
    ),
    # 11 province vs country, approved security levels
    (
        "Đến ngày 30/11/2023, tỉnh Thừa Thiên Huế đã phê duyệt hồ sơ đề xuất cấp độ cho 100% hệ thống thông tin đang vận hành, "
        "trong khi tỷ lệ chung của các bộ, ngành, địa phương trên cả nước mới đạt khoảng 63%.",
        "2023-12-05",
        [
            ("info_systems_level_approved_rate", "Thừa Thiên Huế", "as_of", "2023-11-30", 100.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-11-30", 63.0),
        ],
    ),
    # 12 PARTIAL: other countries' speeds
    (
        "Theo Speedtest Global Index của Ookla, tháng 10/2024 tốc độ băng rộng di động trung vị của Thái Lan đạt 63 Mbps, của Singapore đạt 115 Mbps; "
        "Việt Nam đạt 58,9 Mbps.",
        "2024-11-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 58.9),
        ],
    ),
    # 13 monthly speed index
    (
        "Speedtest Global Index tháng 6/2024 ghi nhận tốc độ truy cập băng rộng cố định của Việt Nam đạt 107,9 Mbps, xếp thứ 40 thế giới.",
        "2024-07-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 107.9),
        ],
    ),
    # 14 EGDI rank two editions, change trap
    (
        "Khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc xếp Việt Nam thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), "
        "tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193).",
        "2025-01-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 15 province LGSP detail (not an indicator) + national NDXP stock "hiện"
    (
        "Đến nay, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bình Định đã kết nối với NDXP để khai thác 17 cơ sở dữ liệu quốc gia, chuyên ngành. "
        "Trên toàn quốc, NDXP hiện có 105 cơ quan, đơn vị kết nối với khoảng 1.430 điểm kết nối.",
        "2024-04-22",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-04-22", 105.0),
            ("ndxp_connection_points", "national", "as_of", "2024-04-22", 1430.0),
        ],
    ),
    # 16 TRAP: counts of plans and decisions
    (
        "Năm 2023, Sở Thông tin và Truyền thông tỉnh Sơn La đã tham mưu UBND tỉnh ban hành 14 kế hoạch, 6 quyết định về chuyển đổi số "
        "và tổ chức 32 lớp tập huấn kỹ năng số cho hơn 2.100 lượt người.",
        "2024-01-09",
        [],
    ),
    # 17 undated half, province and national
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được cấp kết quả giải quyết điện tử của tỉnh Hà Nam đạt 91,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,6%. "
        "Mức bình quân của cả nước tương ứng là 72,1% và 34,8%.",
        None,
        [
            ("e_result_rate", "Hà Nam", "half", "2024-06-30", 91.3),
            ("data_reuse_rate", "Hà Nam", "half", "2024-06-30", 52.6),
            ("e_result_rate", "national", "half", "2024-06-30", 72.1),
            ("data_reuse_rate", "national", "half", "2024-06-30", 34.8),
        ],
    ),
    # 18 monthly National Portal summary: flows and stock
    (
        "Trong tháng 9/2024, Cổng Dịch vụ công quốc gia có thêm 1,2 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên gần 16,5 triệu. "
        "Cũng trong tháng, Cổng tiếp nhận 3,7 triệu hồ sơ trực tuyến và thực hiện 1,05 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.240 tỷ đồng.",
        "2024-10-07",
        [
            ("national_portal_accounts_new", "national", "month", "2024-09-30", 1200000.0),
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 16500000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-09-30", 3700000.0),
            ("online_payments_count_new", "national", "month", "2024-09-30", 1050000.0),
            ("online_payments_value_new", "national", "month", "2024-09-30", 1240.0),
        ],
    ),
    # 19 undated page with an explicit date in the text
    (
        "Tính đến ngày 31/12/2023, Cổng Dịch vụ công quốc gia đã thực hiện hơn 12,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền trên 9.800 tỷ đồng.",
        None,
        [
            ("online_payments_count", "national", "as_of", "2023-12-31", 12300000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 9800.0),
        ],
    ),
    # 20 TRAP: one ministry's own figures
    (
        "Bộ Công Thương cho biết, năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt 83,48%, cao nhất khối bộ, ngành; "
        "tỷ lệ hồ sơ có kết quả giải quyết điện tử của Bộ đạt 100%.",
        "2025-01-20",
        [],
    ),
    # 21 national split by block, targets trap
    (
        "Kết thúc năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45,8%; khối bộ, ngành đạt 63,47% và khối địa phương đạt 18,54%. "
        "Cả ba con số đều chưa chạm mục tiêu đề ra, lần lượt là 50%, 70% và 30%.",
        "2025-01-15",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 45.8),
            ("online_dossier_full_process_rate", "ministries", "year", "2024-12-31", 63.47),
            ("online_dossier_full_process_rate", "localities", "year", "2024-12-31", 18.54),
        ],
    ),
    # 22 Sở KH&CN 2025, province and country
    (
        "Sở Khoa học và Công nghệ tỉnh Thái Nguyên cho biết, tính đến ngày 30/6/2025, 100% thôn, xóm trên địa bàn tỉnh đã có sóng di động băng rộng; "
        "tỷ lệ phủ sóng 5G theo dân số của tỉnh đạt 68%, trong khi cả nước đạt khoảng 26%.",
        "2025-07-08",
        [
            ("villages_with_mobile_coverage_rate", "Thái Nguyên", "as_of", "2025-06-30", 100.0),
            ("fiveg_population_coverage_rate", "Thái Nguyên", "as_of", "2025-06-30", 68.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # 23 TRAP: targets only
    (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Bình Phước đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, "
        "tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% và kinh tế số chiếm 20% GRDP.",
        "2025-02-14",
        [],
    ),
    # 24 PARTIAL: remainder is not a value
    (
        "Tính đến ngày 15/3/2024, đã có 49/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; "
        "4 dịch vụ còn lại đang được các bộ hoàn thiện.",
        "2024-03-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-03-15", 49.0),
        ],
    ),
    # 25 undated, end-of-year stocks, province beside country
    (
        "Tính đến cuối năm 2023, Bộ Công an đã cấp hơn 86 triệu thẻ căn cước công dân gắn chip và kích hoạt hơn 55 triệu tài khoản định danh điện tử. "
        "Riêng tỉnh Long An, cùng thời điểm, đã có 1,02 triệu tài khoản VNeID được kích hoạt.",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 86000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 55000000.0),
            ("vneid_activated_accounts", "Long An", "as_of", "2023-12-31", 1020000.0),
        ],
    ),
    # 26 TRAP: ward figure and year-on-year change
    (
        "Năm 2024, phường Hòa Cường Bắc (quận Hải Châu, TP. Đà Nẵng) có 97% hồ sơ được tiếp nhận và xử lý trực tuyến, tăng 12% so với năm 2023.",
        "2025-01-06",
        [],
    ),
    # 27 city month beside khối địa phương
    (
        "Trong tháng 11/2024, TP. Đà Nẵng tiếp nhận 28.940 hồ sơ trực tuyến toàn trình, chiếm 61,2% tổng số hồ sơ thủ tục hành chính; "
        "tỷ lệ này của khối địa phương trong cùng tháng chỉ là 24,7%.",
        "2024-12-10",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-11-30", 61.2),
            ("online_dossier_full_process_rate", "localities", "month", "2024-11-30", 24.7),
        ],
    ),
    # 28 undated, "hết năm 2024", target trap
    (
        "Hết năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh Kon Tum đạt 81,5%, thấp hơn mức 87% của cả nước; "
        "tỉnh phấn đấu trong năm 2025 nâng tỷ lệ này lên 90%.",
        None,
        [
            ("smartphone_subscriber_rate", "Kon Tum", "as_of", "2024-12-31", 81.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.0),
        ],
    ),
    # 29 monthly report, subscriptions and per-100
    (
        "Báo cáo tháng 7/2024 của Bộ TT&TT cho thấy, tính đến hết tháng 7/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, đạt 23 thuê bao/100 dân; "
        "số thuê bao băng rộng di động đạt 90,5 triệu, tương đương 90,2 thuê bao/100 dân.",
        "2024-08-14",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-07-31", 23100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-07-31", 23.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-07-31", 90500000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-07-31", 90.2),
        ],
    ),
    # 30 TRAP: operators' own figures
    (
        "VNPT cho biết tính đến tháng 6/2025, doanh nghiệp đã lắp đặt khoảng 4.200 trạm BTS 5G; MobiFone hiện có khoảng 1.000 trạm 5G đang phát sóng.",
        "2025-07-02",
        [],
    ),
    # 31 PARTIAL: national count, operator share is not a value
    (
        "Theo Cục Viễn thông, tính đến ngày 30/4/2025, cả nước có khoảng 8.500 trạm BTS 5G được lắp đặt, trong đó Viettel chiếm hơn 6.500 trạm.",
        "2025-05-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 8500.0),
        ],
    ),
    # 32 undated half, province digital economy
    (
        "6 tháng đầu năm 2025, kinh tế số của tỉnh Bắc Ninh tăng trưởng ước đạt 24,5%, tỷ trọng kinh tế số chiếm 27,3% GRDP của tỉnh.",
        None,
        [
            ("digital_economy_growth", "Bắc Ninh", "half", "2025-06-30", 24.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "half", "2025-06-30", 27.3),
        ],
    ),
    # 33 TRAP: year-on-year changes only
    (
        "So với cùng kỳ năm trước, số giao dịch qua NDXP trong quý II/2024 tăng 38%, số hồ sơ nộp qua Cổng Dịch vụ công quốc gia tăng 12%.",
        "2024-07-15",
        [],
    ),
    # 34 undated, survey year
    (
        "Kết quả khảo sát năm 2023 cho thấy tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính của tỉnh Quảng Trị đạt 98,6%.",
        None,
        [
            ("satisfaction_rate", "Quảng Trị", "year", "2023-12-31", 98.6),
        ],
    ),
    # 35 province "hiện nay" beside national
    (
        "Hiện nay, tỉnh Lâm Đồng cung cấp 1.326 dịch vụ công trực tuyến, chiếm 76,4% tổng số thủ tục hành chính; trong đó có 812 dịch vụ toàn trình, tương đương 46,8% tổng số thủ tục. "
        "Theo Cổng Dịch vụ công quốc gia, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước hiện ở mức 48,2%.",
        "2024-05-16",
        [
            ("dvctt_rate", "Lâm Đồng", "as_of", "2024-05-16", 76.4),
            ("dvctt_full_process_rate", "Lâm Đồng", "as_of", "2024-05-16", 46.8),
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-16", 48.2),
        ],
    ),
    # 36 undated, explicit date, eligible procedures
    (
        "Tính đến ngày 30/9/2023, tỉnh Tây Ninh đã cung cấp dịch vụ công trực tuyến toàn trình cho 100% thủ tục hành chính đủ điều kiện.",
        None,
        [
            ("full_process_provision_rate", "Tây Ninh", "as_of", "2023-09-30", 100.0),
        ],
    ),
    # 37 nine months, province and country
    (
        "Tại tỉnh Hòa Bình, 9 tháng năm 2024 tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 58,3%, trong khi bình quân cả nước là 46%.",
        "2024-10-11",
        [
            ("dvctt_with_dossiers_rate", "Hòa Bình", "ytd", "2024-09-30", 58.3),
            ("dvctt_with_dossiers_rate", "national", "ytd", "2024-09-30", 46.0),
        ],
    ),
    # 38 TRAP: "đến nay" on an undated page
    (
        "Đến nay, tỉnh Cà Mau có khoảng 78% người dân sử dụng Internet và 85% hộ gia đình có kết nối Internet cáp quang băng rộng.",
        None,
        [],
    ),
    # 39 "hiện nay" on a dated page
    (
        "Hiện nay, tỷ lệ người sử dụng Internet tại tỉnh Hậu Giang đạt khoảng 79%, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 82,4%.",
        "2024-06-27",
        [
            ("internet_users_rate", "Hậu Giang", "as_of", "2024-06-27", 79.0),
            ("ftth_household_rate", "Hậu Giang", "as_of", "2024-06-27", 82.4),
        ],
    ),
    # 40 national and city e-invoice stocks
    (
        "Đến hết tháng 3/2025, cơ quan thuế đã tiếp nhận và xử lý hơn 9,5 tỷ hóa đơn điện tử kể từ khi triển khai diện rộng vào tháng 7/2022. "
        "Riêng Cục Thuế TP. Hồ Chí Minh, con số này là khoảng 2,1 tỷ hóa đơn.",
        "2025-04-10",
        [
            ("e_invoices_total", "national", "as_of", "2025-03-31", 9500000000.0),
            ("e_invoices_total", "Hồ Chí Minh", "as_of", "2025-03-31", 2100000000.0),
        ],
    ),
    # 41 banking, rural share not a value
    (
        "Theo Ngân hàng Nhà nước, đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87%; "
        "dịch vụ Mobile Money có khoảng 8,8 triệu khách hàng, trong đó hơn 70% ở khu vực nông thôn, miền núi, biên giới, hải đảo.",
        "2024-08-02",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8800000.0),
        ],
    ),
    # 42 year rates
    (
        "Năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trên cả nước ước đạt 52%; "
        "tỷ lệ hồ sơ thủ tục hành chính gắn với mã số định danh cá nhân đạt 93,4%.",
        "2025-02-05",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 52.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 93.4),
        ],
    ),
    # 43 fee reductions and simplification
    (
        "Tính đến hết tháng 8/2024, đã có 58/63 tỉnh, thành phố ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. "
        "Các bộ, ngành đã cắt giảm, đơn giản hóa 712/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ.",
        "2024-09-05",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-08-31", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-08-31", 712.0),
        ],
    ),
    # 44 EMC connection
    (
        "Theo Cục Chuyển đổi số quốc gia, đến ngày 31/10/2024 mới có 41% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC.",
        "2024-11-06",
        [
            ("emc_connection_rate", "national", "as_of", "2024-10-31", 41.0),
        ],
    ),
    # 45 TRAP: remainder and future month
    (
        "Tỉnh Quảng Ngãi hiện còn 23% thủ tục hành chính chưa được cung cấp dưới dạng dịch vụ công trực tuyến; "
        "trong tháng 12/2024, tỉnh sẽ rà soát để đưa thêm 150 thủ tục lên Cổng Dịch vụ công.",
        "2024-11-28",
        [],
    ),
    # 46 monthly NDXP, February, daily avg and ytd
    (
        "Tháng 2/2025, NDXP ghi nhận 78,4 triệu giao dịch, bình quân 2,8 triệu giao dịch/ngày. "
        "Tính từ đầu năm 2025 đến hết tháng 2, tổng số giao dịch qua nền tảng đạt 165 triệu.",
        "2025-03-11",
        [
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 78400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-02-28", 2800000.0),
            ("ndxp_transactions_period", "national", "ytd", "2025-02-28", 165000000.0),
        ],
    ),
    # 47 undated, quarter and year, change trap
    (
        "Trong quý IV/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 1.852 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin ở Việt Nam. "
        "Cả năm 2024 ghi nhận 6.208 cuộc, giảm 55% so với năm 2023.",
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-12-31", 1852.0),
            ("cyberattacks", "national", "year", "2024-12-31", 6208.0),
        ],
    ),
    # 48 TRAP: other countries + Viet Nam target
    (
        "Theo báo cáo e-Conomy SEA 2024, kinh tế số của Singapore chiếm khoảng 17% GDP, kinh tế số Indonesia tăng trưởng 13%; "
        "Việt Nam đặt mục tiêu kinh tế số đạt 20% GDP vào năm 2025.",
        "2024-11-15",
        [],
    ),
    # 49 TRAP: provincial LGSP is not NDXP
    (
        "Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Hà Nội xử lý khoảng 12 triệu giao dịch nội bộ giữa các hệ thống thông tin của thành phố.",
        "2024-02-02",
        [],
    ),
    # 50 city digital economy, year
    (
        "Năm 2023, tỷ trọng kinh tế số của TP. Hồ Chí Minh ước đạt 21,7% GRDP; Thành phố tiếp tục là địa phương có hạ tầng viễn thông phát triển hàng đầu cả nước.",
        "2024-01-25",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2023-12-31", 21.7),
        ],
    ),
    # 51 PARTIAL: district breakdown of province figure
    (
        "Toàn tỉnh Nghệ An hiện còn 134 thôn, bản chưa có sóng di động, tập trung chủ yếu ở huyện Kỳ Sơn (47 thôn) và huyện Tương Dương (32 thôn).",
        "2024-03-14",
        [
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-03-14", 134.0),
        ],
    ),
    # 52 dead-zone villages covered
    (
        "Theo Bộ TT&TT, đến hết năm 2023 đã phủ sóng được 1.085/1.828 thôn lõm sóng có điện lưới, đạt 59,4%.",
        "2024-01-18",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-12-31", 59.4),
        ],
    ),
    # 53 "từ đầu năm đến nay" on a dated page
    (
        "Từ đầu năm đến nay, Cổng Dịch vụ công quốc gia đã tiếp nhận 6,4 triệu hồ sơ trực tuyến và ghi nhận 4,1 triệu giao dịch thanh toán trực tuyến.",
        "2023-05-25",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2023-05-25", 6400000.0),
            ("online_payments_count_new", "national", "ytd", "2023-05-25", 4100000.0),
        ],
    ),
    # 54 PARTIAL: province's blocked attempts are not incidents
    (
        "Trong năm 2023, Sở Thông tin và Truyền thông tỉnh Bình Dương đã phát hiện, ngăn chặn khoảng 2.350 lượt dò quét, tấn công vào hệ thống thông tin của tỉnh. "
        "Trên phạm vi cả nước, năm 2023 ghi nhận 13.900 cuộc tấn công mạng gây sự cố.",
        "2024-01-12",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
        ],
    ),
]
