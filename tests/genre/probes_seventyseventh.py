"""Genre probes, round 77: a broad, representative sample of the genre 2022–2025 as a reader meets it (Ministry monthly report summaries in the press, Government Office notices, provincial portal news, newspaper features with headlines and leads, tables written as text, and short news items) across every family (online public services and the National Portal, NDXP, cybersecurity, telecom infrastructure and speeds, Mobile Money and payments, the digital economy and rankings), with varied dates (some pages print none) and wording, written blind by a helper (not copied from any page).

Held out until the session's code was nearly final and read once with 6841844 (the start code 2235ecf reads it the same): 85 of 89 right, 85 of 86 found. Then fitted: an undated headline's round 'Hơn 7 triệu' beside the body's dated 'hơn 7,1 triệu', 'kể từ khi khai trương năm 2019' (the year it began, not the running total's), a ministry named back ('của Bộ') after it opens the sentence; now 86/87, 86/86. Left: a whole-year estimate published before the year ended ('ước tính cả năm 2024 … đạt khoảng 850 triệu' on 20 December) is accepted at the page's date.
"""

CASES = [
    # 1 Ministry monthly report summary in the press: subscriptions + per-100; yoy and target traps
    (
        "Báo cáo công tác quản lý nhà nước tháng 8/2023 của Bộ Thông tin và Truyền thông cho thấy, tính đến cuối tháng 8, "
        "cả nước có 22,3 triệu thuê bao băng rộng cố định, tương đương 22,4 thuê bao/100 dân, tăng 7,6% so với cùng kỳ. "
        "Thuê bao băng rộng di động ước đạt 86,1 triệu, tức 86,6 thuê bao/100 dân. "
        "Bộ đặt mục tiêu đến hết năm 2023 đạt 90 thuê bao băng rộng di động/100 dân.",
        "2023-09-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-08-31", 22300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-08-31", 22.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-08-31", 86100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-08-31", 86.6),
        ],
    ),
    # 2 speeds, 2025 (Ministry of Science and Technology), world averages are traps
    (
        "Theo số liệu Bộ Khoa học và Công nghệ công bố tại hội nghị sơ kết 6 tháng, trong tháng 5/2025 tốc độ truy cập "
        "Internet băng rộng cố định của Việt Nam đạt 182,4 Mbps, còn băng rộng di động đạt 141,7 Mbps. "
        "Cả hai con số đều vượt xa mức trung bình thế giới, lần lượt khoảng 97 Mbps và 59 Mbps.",
        "2025-07-16",
        [
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 182.4),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 141.7),
        ],
    ),
    # 3 TRAP: no published date, "hiện nay" only
    (
        "Hiện nay, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng của nước ta đã đạt trên 82%, "
        "tốc độ Internet di động thuộc nhóm 20 quốc gia dẫn đầu thế giới.",
        None,
        [],
    ),
    # 4 Government Office: 9-month dossier shares with ministries/localities split; digitisation share is not an indicator
    (
        "Văn phòng Chính phủ cho biết, 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 45,6%, "
        "trong đó khối bộ, ngành đạt 62,3% và khối địa phương đạt 39,8%. "
        "Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 58,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 72,1%.",
        "2024-10-08",
        [
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 45.6),
            ("online_dossier_rate", "ministries", "ytd", "2024-09-30", 62.3),
            ("online_dossier_rate", "localities", "ytd", "2024-09-30", 39.8),
            ("e_result_rate", "national", "ytd", "2024-09-30", 58.4),
        ],
    ),
    # 5 National Portal: cumulative accounts + 9-month flows
    (
        "Tính đến ngày 30/9/2024, Cổng Dịch vụ công quốc gia đã có hơn 15,2 triệu tài khoản đăng ký. "
        "Riêng 9 tháng năm 2024, Cổng tiếp nhận 5,8 triệu hồ sơ trực tuyến và ghi nhận 7,4 triệu giao dịch thanh toán "
        "trực tuyến với tổng số tiền trên 5.120 tỷ đồng.",
        "2024-10-15",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 15200000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 5800000.0),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 7400000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 5120.0),
        ],
    ),
    # 6 NDXP annual, daily average and cumulative
    (
        "NDXP: HƠN 690 TRIỆU GIAO DỊCH TRONG NĂM 2023. "
        "Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận hơn 690 triệu giao dịch, bình quân khoảng "
        "1,9 triệu giao dịch mỗi ngày. Lũy kế đến hết năm 2023, kể từ khi khai trương năm 2019, "
        "tổng số giao dịch qua nền tảng đạt trên 1,3 tỷ.",
        "2024-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 690000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 1900000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 1300000000.0),
        ],
    ),
    # 7 Cybersecurity monthly; month-on-month change is a trap
    (
        "Trong tháng 10/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 743 cuộc tấn công mạng gây "
        "sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,1% so với tháng 9. "
        "Tính đến cuối tháng 10, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 520.864.",
        "2024-11-05",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 743.0),
            ("botnet_ips", "national", "as_of", "2024-10-31", 520864.0),
        ],
    ),
    # 8 TRAP: operator's own 5G figures and an operator target
    (
        "Viettel cho biết sau hai tuần khai trương, mạng 5G của nhà mạng đã phủ sóng tới 90% dân số với hơn 6.500 trạm "
        "BTS 5G được phát sóng. VinaPhone đặt mục tiêu lắp đặt thêm 4.000 trạm 5G ngay trong năm.",
        "2024-10-30",
        [],
    ),
    # 9 national 5G, 2025
    (
        "Theo Bộ Khoa học và Công nghệ, tính đến hết quý I/2025, cả nước đã lắp đặt khoảng 9.700 trạm BTS 5G; "
        "tỷ lệ phủ sóng 5G theo dân số đạt 26%.",
        "2025-04-21",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 9700.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.0),
        ],
    ),
    # 10 Mobile Money customers; rural share is a trap
    (
        "Tính đến ngày 31/10/2023, số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt gần 6,3 triệu, "
        "trong đó hơn 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.",
        "2023-12-04",
        [
            ("mobile_money_customers", "national", "as_of", "2023-10-31", 6300000.0),
        ],
    ),
    # 11 TRAP: one operator's Mobile Money figure
    (
        "Riêng Viettel Money hiện đã có 2,9 triệu khách hàng sử dụng Mobile Money, chiếm khoảng 65% thị phần "
        "của ba nhà mạng được cấp phép thí điểm.",
        "2024-03-02",
        [],
    ),
    # 12 digital economy share; targets are traps
    (
        "Tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%. Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, "
        "mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP và đến năm 2030 chiếm 30% GDP.",
        "2024-01-25",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 13 EGDI rank, current and previous edition; foreign ranks and the jump are traps
    (
        "Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên hợp quốc, "
        "tăng 15 bậc so với vị trí 86/193 năm 2022. Đan Mạch tiếp tục đứng đầu, Singapore xếp thứ 3.",
        "2025-02-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 14 provincial portal: Đà Nẵng half-year; DTI rank is a trap
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn thành phố Đà Nẵng đạt 71,2%; "
        "tỷ lệ hồ sơ được cấp kết quả điện tử đạt 96%. Thành phố tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI).",
        "2024-07-05",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2024-06-30", 71.2),
            ("e_result_rate", "Đà Nẵng", "half", "2024-06-30", 96.0),
        ],
    ),
    # 15 TRAP: a district's figures
    (
        "UBND huyện Đông Anh (Hà Nội) cho biết, 4 tháng đầu năm 2024, tỷ lệ hồ sơ nộp trực tuyến của huyện đạt 87,3%, "
        "tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 45%.",
        "2024-05-14",
        [],
    ),
    # 16 TRAP: one ministry's figures
    (
        "Bộ Tài chính hiện cung cấp 868 dịch vụ công trực tuyến, trong đó 655 dịch vụ toàn trình; "
        "tỷ lệ hồ sơ xử lý trực tuyến của Bộ trong 11 tháng năm 2023 đạt 96,5%.",
        "2023-12-18",
        [],
    ),
    # 17 table written as text (monthly indicators)
    (
        "MỘT SỐ CHỈ TIÊU CHÍNH THÁNG 9/2024 (toàn quốc). Tỷ lệ hồ sơ xử lý trực tuyến: 47,3% (tháng 8/2024: 46,1%). "
        "Tỷ lệ hồ sơ trực tuyến toàn trình: 36,8%. Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: 32,5%. "
        "Tỷ lệ hồ sơ TTHC gắn định danh cá nhân: 88,9%.",
        "2024-10-12",
        [
            ("online_dossier_rate", "national", "month", "2024-09-30", 47.3),
            ("online_dossier_rate", "national", "month", "2024-08-31", 46.1),
            ("online_dossier_full_process_rate", "national", "month", "2024-09-30", 36.8),
            ("data_reuse_rate", "national", "month", "2024-09-30", 32.5),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-09-30", 88.9),
        ],
    ),
    # 18 online services over procedures vs over eligible procedures
    (
        "Tính đến ngày 31/12/2023, tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 79,5%, "
        "trong đó tỷ lệ dịch vụ công trực tuyến toàn trình đạt 47,8%. Xét trên các TTHC đủ điều kiện, "
        "tỷ lệ được cung cấp dịch vụ công trực tuyến toàn trình đạt 91,2%.",
        "2024-01-20",
        [
            ("dvctt_rate", "national", "as_of", "2023-12-31", 79.5),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 47.8),
            ("full_process_provision_rate", "national", "as_of", "2023-12-31", 91.2),
        ],
    ),
    # 19 no published date but an explicit date in text; remainder trap
    (
        "Đến ngày 30/6/2024, cả nước đã có 59/63 tỉnh, thành phố ban hành nghị quyết của HĐND về miễn, giảm phí, "
        "lệ phí khi người dân thực hiện dịch vụ công trực tuyến; 4 địa phương còn lại đang hoàn thiện hồ sơ trình HĐND.",
        None,
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-30", 59.0),
        ],
    ),
    # 20 essential services "đến nay" -> published date; remainder and plan traps
    (
        "Đến nay, 44/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; "
        "9 dịch vụ còn lại dự kiến hoàn thành trong quý IV.",
        "2024-08-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-20", 44.0),
        ],
    ),
    # 21 VNeID and chip ID cards
    (
        "Bộ Công an cho biết, tính đến ngày 30/6/2024, toàn quốc đã cấp 87,9 triệu thẻ căn cước công dân gắn chip "
        "và đã kích hoạt 59,2 triệu tài khoản định danh điện tử VNeID.",
        "2024-07-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 87900000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 59200000.0),
        ],
    ),
    # 22 e-invoices; subset is a trap
    (
        "Từ ngày 1/7/2022 đến hết ngày 31/12/2024, cơ quan thuế đã tiếp nhận, xử lý 10,3 tỷ hóa đơn điện tử, "
        "trong đó có 3,2 tỷ hóa đơn có mã của cơ quan thuế.",
        "2025-01-08",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 10300000000.0),
        ],
    ),
    # 23 adults with a payment account; target is a trap
    (
        "Ngân hàng Nhà nước cho biết, đến cuối tháng 10/2024 khoảng 87% người trưởng thành đã có tài khoản thanh toán "
        "tại ngân hàng, vượt mục tiêu 80% đặt ra cho năm 2025.",
        "2024-11-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-10-31", 87.0),
        ],
    ),
    # 24 internet users, smartphone count and share
    (
        "Tính đến hết năm 2024, tỷ lệ người sử dụng Internet tại Việt Nam đạt 78,8%. Cùng thời điểm, số thuê bao di động sử dụng "
        "điện thoại thông minh đạt 101,4 triệu, chiếm 85,5% tổng số thuê bao di động.",
        "2025-02-14",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 78.8),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 101400000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 85.5),
        ],
    ),
    # 25 TRAP: a private survey's respondents
    (
        "Một khảo sát trực tuyến với 2.000 người do Decision Lab thực hiện cho thấy 94% người được hỏi sử dụng Internet "
        "hằng ngày và 61% đã từng nộp hồ sơ qua Cổng Dịch vụ công quốc gia.",
        "2024-04-01",
        [],
    ),
    # 26 dead-zone villages
    (
        "Theo Cục Viễn thông, tính đến ngày 30/11/2024, cả nước còn 1.037 thôn, bản lõm sóng di động; "
        "tỷ lệ thôn lõm sóng có điện lưới đã được phủ sóng đạt 96%.",
        "2024-12-12",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 1037.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 96.0),
        ],
    ),
    # 27 no published date, explicit year end
    (
        "Đến hết năm 2023, 99,6% thôn, bản trên cả nước đã có sóng di động băng rộng.",
        None,
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-31", 99.6),
        ],
    ),
    # 28 digital economy growth and share, 2024
    (
        "Năm 2024, kinh tế số Việt Nam tăng trưởng 20,3%, chiếm khoảng 18,3% GDP, "
        "cao gấp khoảng ba lần tốc độ tăng trưởng GDP.",
        "2025-03-06",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.3),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 29 partial: foreign speeds are traps, Viet Nam's is a value
    (
        "Theo Speedtest Global Index, tháng 5/2024 tốc độ Internet di động trung vị của Singapore đạt 115 Mbps, "
        "của Thái Lan đạt 60 Mbps, trong khi Việt Nam đạt 52,4 Mbps.",
        "2024-06-18",
        [
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 52.4),
        ],
    ),
    # 30 procedures simplified; count of resolutions is a trap
    (
        "Năm 2023, Chính phủ ban hành 13 nghị quyết chuyên đề về phương án cắt giảm, đơn giản hóa quy định liên quan đến "
        "hoạt động kinh doanh. Tính đến tháng 12/2023, các bộ, ngành đã thực thi cắt giảm, đơn giản hóa 623/1.084 thủ tục hành chính.",
        "2024-01-05",
        [
            ("procedures_simplified", "national", "as_of", "2023-12-31", 623.0),
        ],
    ),
    # 31 EMC connection
    (
        "Đến cuối tháng 9/2023, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống "
        "giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 84,1%.",
        "2023-10-17",
        [
            ("emc_connection_rate", "national", "as_of", "2023-09-30", 84.1),
        ],
    ),
    # 32 information systems approved by level; point change is a trap
    (
        "Tính đến hết năm 2023, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất "
        "cấp độ đạt 81,5%, tăng 18 điểm phần trăm so với cuối năm 2022.",
        "2024-02-01",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 81.5),
        ],
    ),
    # 33 services with dossiers, adult population using online services
    (
        "Báo cáo của Bộ Thông tin và Truyền thông cho thấy, tính đến ngày 30/11/2024, tỷ lệ dịch vụ công trực tuyến "
        "có phát sinh hồ sơ đạt 54,8%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 51,3%.",
        "2024-12-09",
        [
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-11-30", 54.8),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-11-30", 51.3),
        ],
    ),
    # 34 satisfaction, quarter
    (
        "Trong quý II/2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính "
        "trên toàn quốc đạt 89,7%.",
        "2024-07-22",
        [
            ("satisfaction_rate", "national", "quarter", "2024-06-30", 89.7),
        ],
    ),
    # 35 NDXP agencies and connection points, "đến nay"
    (
        "Đến nay, Nền tảng NDXP đã kết nối với 103 bộ, ngành, địa phương, "
        "với tổng cộng 1.290 điểm kết nối giữa các hệ thống thông tin và cơ sở dữ liệu.",
        "2024-05-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-05-20", 103.0),
            ("ndxp_connection_points", "national", "as_of", "2024-05-20", 1290.0),
        ],
    ),
    # 36 "từ đầu năm đến nay" -> ytd ending at the published date
    (
        "Từ đầu năm đến nay, Cổng Dịch vụ công quốc gia có thêm 2,4 triệu tài khoản đăng ký mới và tiếp nhận "
        "4,1 triệu hồ sơ trực tuyến.",
        "2024-08-15",
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-08-15", 2400000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-08-15", 4100000.0),
        ],
    ),
    # 37 no published date; cumulative portal payments and dossiers with explicit date
    (
        "Lũy kế đến ngày 31/12/2023, Cổng Dịch vụ công quốc gia đã ghi nhận 26,9 triệu giao dịch thanh toán trực tuyến "
        "với tổng số tiền 12.950 tỷ đồng; tổng số hồ sơ trực tuyến nộp qua Cổng đạt 40,2 triệu.",
        None,
        [
            ("online_payments_count", "national", "as_of", "2023-12-31", 26900000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 12950.0),
            ("national_portal_dossiers", "national", "as_of", "2023-12-31", 40200000.0),
        ],
    ),
    # 38 provincial: TP. Hồ Chí Minh, procedures share and 10-month dossier share
    (
        "TP. Hồ Chí Minh: tính đến ngày 15/11/2024, tỷ lệ dịch vụ công trực tuyến toàn trình của thành phố đạt 67,4% "
        "trên tổng số thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến 10 tháng năm 2024 đạt 64,9%.",
        "2024-11-25",
        [
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2024-11-15", 67.4),
            ("online_dossier_rate", "Hồ Chí Minh", "ytd", "2024-10-31", 64.9),
        ],
    ),
    # 39 TRAP: a ward's figure
    (
        "Phường Dịch Vọng Hậu (quận Cầu Giấy) là đơn vị đầu tiên của Thủ đô đạt 100% hồ sơ trực tuyến toàn trình "
        "trong 8 tháng đầu năm 2024.",
        "2024-09-06",
        [],
    ),
    # 40 provincial: Thừa Thiên Huế fibre and village coverage
    (
        "Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế thông tin, tính đến ngày 31/10/2023, tỷ lệ hộ gia đình trên "
        "địa bàn tỉnh có Internet cáp quang băng rộng đạt 86,4%; 100% thôn, bản đã có sóng di động.",
        "2023-11-08",
        [
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-10-31", 86.4),
            ("villages_with_mobile_coverage_rate", "Thừa Thiên Huế", "as_of", "2023-10-31", 100.0),
        ],
    ),
    # 41 TRAP: year-on-year changes only
    (
        "So với cùng kỳ năm 2022, tốc độ truy cập băng rộng di động tăng 38%, băng rộng cố định tăng 29%; "
        "số thuê bao dùng điện thoại thông minh tăng thêm 8 triệu.",
        "2023-08-09",
        [],
    ),
    # 42 TRAP: strategy targets only
    (
        "Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025 đặt mục tiêu đến năm 2025, "
        "80% dịch vụ công trực tuyến được cung cấp toàn trình, 50% người trưởng thành sử dụng dịch vụ công trực tuyến "
        "và Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.",
        "2022-03-15",
        [],
    ),
    # 43 year estimate ending after the published date is a trap; cumulative to a stated date is a value
    (
        "Bộ Thông tin và Truyền thông ước tính cả năm 2024, số giao dịch qua NDXP đạt khoảng 850 triệu. "
        "Tính đến ngày 15/12/2024, lũy kế giao dịch qua nền tảng đạt 2,28 tỷ.",
        "2024-12-20",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-15", 2280000000.0),
        ],
    ),
    # 44 short news 2022: speeds with a world rank trap
    (
        "Tháng 9/2022, tốc độ băng rộng cố định của Việt Nam đạt 79,1 Mbps, xếp thứ 44 thế giới; "
        "tốc độ băng rộng di động đạt 34,6 Mbps.",
        "2022-10-25",
        [
            ("fixed_broadband_speed", "national", "month", "2022-09-30", 79.1),
            ("mobile_broadband_speed", "national", "month", "2022-09-30", 34.6),
        ],
    ),
    # 45 cyberattacks half-year; phishing subset is a trap
    (
        "Trong 6 tháng đầu năm 2023, Cục An toàn thông tin ghi nhận 5.720 cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin tại Việt Nam, trong đó có 2.180 cuộc tấn công lừa đảo (phishing).",
        "2023-07-10",
        [
            ("cyberattacks", "national", "half", "2023-06-30", 5720.0),
        ],
    ),
    # 46 FTTH monthly estimate; target trap
    (
        "Ước tính đến hết tháng 5/2024, tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,6%; mục tiêu năm 2024 là 85%.",
        "2024-06-11",
        [
            ("ftth_household_rate", "national", "as_of", "2024-05-31", 82.6),
        ],
    ),
    # 47 provincial: Quảng Ninh quarter
    (
        "Quý I/2025, tỉnh Quảng Ninh có 98,2% hồ sơ TTHC được gắn định danh cá nhân; tỷ lệ khai thác, sử dụng lại "
        "thông tin, dữ liệu đã số hóa đạt 61,4%.",
        "2025-04-12",
        [
            ("dossiers_with_personal_id_rate", "Quảng Ninh", "quarter", "2025-03-31", 98.2),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2025-03-31", 61.4),
        ],
    ),
    # 48 headline + lead, Mobile Money
    (
        "Hơn 7 triệu khách hàng dùng Mobile Money. Tính đến cuối tháng 3/2024, dịch vụ tiền di động đã có hơn 7,1 triệu "
        "khách hàng, tăng gần gấp đôi so với cùng kỳ năm trước.",
        "2024-04-25",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 7100000.0),
        ],
    ),
    # 49 5G count "hiện" with a published date
    (
        "Hiện cả nước có hơn 12.000 trạm BTS 5G đang hoạt động, phục vụ chủ yếu tại các đô thị, khu công nghiệp.",
        "2025-10-03",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-10-03", 12000.0),
        ],
    ),
    # 50 partial: remainder trap
    (
        "Trong tháng 7/2024, tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 29,2%; như vậy vẫn còn hơn 70% "
        "hồ sơ được nộp trực tiếp hoặc qua bưu chính.",
        "2024-08-07",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-07-31", 29.2),
        ],
    ),
    # 51 TRAP: an operator's own speed
    (
        "VNPT cho biết tốc độ trung bình trên mạng cáp quang FiberVNN của hãng đã đạt 190 Mbps, "
        "cao nhất trong các nhà cung cấp dịch vụ.",
        "2025-05-19",
        [],
    ),
    # 52 Government Office, H1 2025 portal flows and full-process dossier share
    (
        "Theo báo cáo của Văn phòng Chính phủ, 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 8,9 triệu "
        "hồ sơ trực tuyến; thanh toán trực tuyến đạt 12,5 triệu giao dịch với số tiền 9.870 tỷ đồng. "
        "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 41,5%.",
        "2025-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 8900000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 12500000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 9870.0),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 41.5),
        ],
    ),
    # 53 NDXP month with daily average
    (
        "Trong tháng 8/2024, Nền tảng NDXP xử lý 78,6 triệu giao dịch, trung bình 2,54 triệu giao dịch/ngày.",
        "2024-09-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 78600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 2540000.0),
        ],
    ),
    # 54 no published date, explicit quarter, localities only
    (
        "Quý III/2023, tỷ lệ hồ sơ xử lý trực tuyến của khối địa phương mới đạt 28,7%, thấp hơn nhiều so với "
        "yêu cầu tại Nghị quyết 01/NQ-CP.",
        None,
        [
            ("online_dossier_rate", "localities", "quarter", "2023-09-30", 28.7),
        ],
    ),
    # 55 per-100 only, 2022; the yearly target is a trap
    (
        "Đến hết tháng 11/2022, số thuê bao băng rộng di động đạt 82,5 thuê bao/100 dân; băng rộng cố định đạt "
        "21,7 thuê bao/100 dân, tiệm cận mục tiêu 22 thuê bao/100 dân của năm 2022.",
        "2022-12-14",
        [
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-11-30", 82.5),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-11-30", 21.7),
        ],
    ),
]
