"""Genre cases: e-services, NDXP data exchange, cybersecurity.

CASES: (paragraph_text, published_iso_date, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written independently from knowledge of the genre; labels follow tests/golden/README.md.
"""

CASES = [
    # ------------------------------------------------------------------ portal stocks / flows
    (
        "Tính đến hết tháng 6/2024, Cổng Dịch vụ công quốc gia đã có 17,9 triệu tài khoản đăng ký; "
        "tiếp nhận hơn 8,5 triệu hồ sơ trực tuyến và thực hiện 16,2 triệu giao dịch thanh toán trực tuyến "
        "với số tiền trên 9.600 tỷ đồng.",
        "2024-07-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 17900000),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 8500000),
            ("online_payments_count", "national", "as_of", "2024-06-30", 16200000),
            ("online_payments_value", "national", "as_of", "2024-06-30", 9600),
        ],
    ),
    (
        "Trong tháng 8, Cổng Dịch vụ công quốc gia có thêm 412.000 tài khoản đăng ký mới, tiếp nhận 1,12 triệu "
        "hồ sơ trực tuyến; số giao dịch thanh toán trực tuyến trong tháng là 1,46 triệu giao dịch, giá trị khoảng 835 tỷ đồng.",
        "2024-09-10",
        [
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 412000),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1120000),
            ("online_payments_count_new", "national", "month", "2024-08-31", 1460000),
            ("online_payments_value_new", "national", "month", "2024-08-31", 835),
        ],
    ),
    (
        # explicit reporting window wins over calendar bounds
        "Trong tháng 02/2024 (từ ngày 23/01/2024 đến ngày 19/02/2024), Cổng Dịch vụ công quốc gia có 258.000 "
        "tài khoản đăng ký mới.",
        "2024-03-04",
        [("national_portal_accounts_new", "national", "month", "2024-02-19", 258000)],
    ),
    (
        "Tính đến 30/6/2023, Cổng Dịch vụ công quốc gia có hơn 9,1 triệu tài khoản; 6 tháng đầu năm tiếp nhận "
        "khoảng 2,7 triệu hồ sơ trực tuyến.",
        "2023-07-12",
        [
            ("national_portal_accounts", "national", "as_of", "2023-06-30", 9100000),
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 2700000),
        ],
    ),
    (
        "Trong quý III/2025, Cổng Dịch vụ công quốc gia tiếp nhận 3,8 triệu hồ sơ trực tuyến, thực hiện gần 4,1 triệu "
        "giao dịch thanh toán trực tuyến với tổng số tiền 2.350 tỷ đồng.",
        "2025-10-05",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-09-30", 3800000),
            ("online_payments_count_new", "national", "quarter", "2025-09-30", 4100000),
            ("online_payments_value_new", "national", "quarter", "2025-09-30", 2350),
        ],
    ),
    (
        "Năm 2024, Cổng Dịch vụ công quốc gia có gần 3 triệu tài khoản đăng ký mới; giá trị thanh toán trực tuyến "
        "trong năm đạt 12,9 nghìn tỷ đồng.",
        "2025-01-03",
        [
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 3000000),
            ("online_payments_value_new", "national", "year", "2024-12-31", 12900),
        ],
    ),
    (
        # "gấp 2,3 lần" is a change
        "Giá trị thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tính đến ngày 31/12/2023 đạt 7.400 tỷ đồng, "
        "gấp 2,3 lần so với cuối năm 2022.",
        "2024-01-09",
        [("online_payments_value", "national", "as_of", "2023-12-31", 7400)],
    ),
    (
        # sub-count after "trong đó" is left out
        "Tính đến hết tháng 5/2025, Cổng Dịch vụ công quốc gia ghi nhận hơn 28,6 triệu giao dịch thanh toán trực tuyến, "
        "trong đó 9,4 triệu giao dịch nộp thuế, phí, lệ phí của doanh nghiệp.",
        "2025-06-09",
        [("online_payments_count", "national", "as_of", "2025-05-31", 28600000)],
    ),
    (
        # VNeID log-in sub-count has no id
        "Tính đến hết tháng 6/2025, Cổng Dịch vụ công quốc gia có trên 21,3 triệu tài khoản, trong đó 14,2 triệu "
        "tài khoản đăng nhập bằng VNeID.",
        "2025-07-11",
        [("national_portal_accounts", "national", "as_of", "2025-06-30", 21300000)],
    ),
    (
        "Riêng tháng 12/2024, giá trị thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia đạt hơn 1,2 nghìn tỷ đồng, "
        "số giao dịch là 1,9 triệu.",
        "2025-01-07",
        [
            ("online_payments_value_new", "national", "month", "2024-12-31", 1200),
            ("online_payments_count_new", "national", "month", "2024-12-31", 1900000),
        ],
    ),
    (
        "Hiện nay, số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia đã vượt 11 triệu; lũy kế số giao dịch "
        "thanh toán trực tuyến là 22,4 triệu với giá trị khoảng 10.900 tỷ đồng.",
        "2024-12-16",
        [
            ("national_portal_dossiers", "national", "as_of", "2024-12-16", 11000000),
            ("online_payments_count", "national", "as_of", "2024-12-16", 22400000),
            ("online_payments_value", "national", "as_of", "2024-12-16", 10900),
        ],
    ),
    # traps: portal
    (
        "Cổng Dịch vụ công quốc gia hiện công khai 4.543/6.325 thủ tục hành chính và đã ghi nhận hơn 1,2 tỷ lượt truy cập.",
        "2024-05-02",
        [],  # procedures on the portal and visits: no id
    ),
    (
        "So với cùng kỳ năm 2023, số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia tăng 35,4%, còn giá trị "
        "thanh toán trực tuyến tăng gấp 1,8 lần.",
        "2024-10-21",
        [],  # changes only
    ),
    (
        "VNPT cho biết nền tảng VNPT Money đã xử lý khoảng 2 triệu giao dịch thanh toán phí, lệ phí trực tuyến trong năm 2024.",
        "2025-02-14",
        [],  # one operator's figure
    ),
    # ------------------------------------------------------------------ rates
    (
        "Mục tiêu đến năm 2025, 80% dịch vụ công trực tuyến được cung cấp toàn trình và tỷ lệ dân số trưởng thành "
        "sử dụng dịch vụ công trực tuyến đạt 70%.",
        "2024-10-02",
        [],  # targets
    ),
    (
        "6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 55,3%, của các địa phương đạt 48,7%.",
        "2025-07-15",
        [
            ("online_dossier_rate", "ministries", "half", "2025-06-30", 55.3),
            ("online_dossier_rate", "localities", "half", "2025-06-30", 48.7),
        ],
    ),
    (
        "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử và tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu "
        "số hóa 9 tháng đầu năm 2024 lần lượt đạt 63,2% và 38,9%.",
        "2024-10-15",
        [
            ("e_result_rate", "national", "ytd", "2024-09-30", 63.2),
            ("data_reuse_rate", "national", "ytd", "2024-09-30", 38.9),
        ],
    ),
    (
        "Tính đến cuối quý II/2024, 82,3% thủ tục hành chính đã được cung cấp dưới dạng dịch vụ công trực tuyến; "
        "tỷ lệ dịch vụ công trực tuyến toàn trình đạt 48,5%.",
        "2024-07-22",
        [
            ("dvctt_rate", "national", "as_of", "2024-06-30", 82.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 48.5),
        ],
    ),
    (
        "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến tính đến tháng 9/2024 mới đạt 57,1%.",
        "2024-10-03",
        [("dvctt_with_dossiers_rate", "national", "as_of", "2024-09-30", 57.1)],
    ),
    (
        "Tỷ lệ DVCTT phát sinh hồ sơ của các bộ, ngành hiện chỉ ở mức 38,2%, thấp hơn nhiều so với khối địa phương (61,5%).",
        "2024-11-27",
        [
            ("dvctt_with_dossiers_rate", "ministries", "as_of", "2024-11-27", 38.2),
            ("dvctt_with_dossiers_rate", "localities", "as_of", "2024-11-27", 61.5),
        ],
    ),
    (
        "Năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 93,6%; "
        "tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân là 90,2%.",
        "2025-01-08",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 93.6),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 90.2),
        ],
    ),
    (
        "Tỷ lệ hồ sơ TTHC gắn định danh cá nhân ở mức 94,1% tính đến hết tháng 10/2024.",
        "2024-11-12",
        [("dossiers_with_personal_id_rate", "national", "as_of", "2024-10-31", 94.1)],
    ),
    (
        "Khảo sát trực tuyến với 2.000 người dân cho thấy 68% người được hỏi hài lòng với dịch vụ công trực tuyến, "
        "trong khi 21% cho biết từng gặp lỗi khi thanh toán.",
        "2024-08-19",
        [],  # survey respondents' shares
    ),
    (
        "Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 52% vào cuối năm 2024.",
        "2025-01-10",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 52)],
    ),
    (
        "Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến của Việt Nam đến hết năm 2023 đạt 46%, "
        "còn mức trung bình của các nước OECD khoảng 60%.",
        "2024-03-18",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2023-12-31", 46)],
    ),
    (
        "Tại Estonia, 99% dịch vụ công đã được cung cấp trực tuyến, trong khi ở Hàn Quốc hơn 90% người trưởng thành "
        "sử dụng dịch vụ công trực tuyến.",
        "2024-06-14",
        [],  # other countries
    ),
    (
        "Tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống thông tin giám sát, "
        "đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) hiện đạt 79,4%.",
        "2024-07-19",
        [("emc_connection_rate", "national", "as_of", "2024-07-19", 79.4)],
    ),
    (
        "Về kết nối với Hệ thống EMC, đã có 18/22 bộ, ngành và 60/63 địa phương kết nối đầy đủ.",
        "2024-05-28",
        [],  # counts under a rate id; a rate would have to be derived
    ),
    (
        "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình của các bộ, ngành là 89,4%; "
        "của các địa phương là 93,1%.",
        "2024-09-18",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2024-09-18", 89.4),
            ("full_process_provision_rate", "localities", "as_of", "2024-09-18", 93.1),
        ],
    ),
    (
        # digitisation rate has no id
        "Kết quả thực hiện Bộ chỉ số 766 tính đến 30/11/2024: tỷ lệ hồ sơ trực tuyến 44,6% (bộ, ngành) và 52,8% "
        "(địa phương); tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC 78,3%.",
        "2024-12-05",
        [
            ("online_dossier_rate", "ministries", "as_of", "2024-11-30", 44.6),
            ("online_dossier_rate", "localities", "as_of", "2024-11-30", 52.8),
        ],
    ),
    (
        "Về số hóa, tỷ lệ cấp kết quả điện tử của khối địa phương đạt 71,3% và tỷ lệ khai thác, tái sử dụng dữ liệu "
        "số hóa của khối này đạt 36,5% (tính đến hết quý III/2024).",
        "2024-10-09",
        [
            ("e_result_rate", "localities", "as_of", "2024-09-30", 71.3),
            ("data_reuse_rate", "localities", "as_of", "2024-09-30", 36.5),
        ],
    ),
    (
        # 11.200 services: count with no id; "chiếm 48%" is the share of all procedures
        "Phát biểu tại hội nghị ở Cần Thơ, Phó Thủ tướng cho biết cả nước đã có 11.200 dịch vụ công trực tuyến toàn trình, "
        "chiếm 48% tổng số thủ tục hành chính.",
        "2024-08-23",
        [("dvctt_full_process_rate", "national", "as_of", "2024-08-23", 48)],
    ),
    (
        # target 50% left out
        "Đến nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước là 53,7%, "
        "vượt mục tiêu 50% đề ra cho năm 2025.",
        "2025-12-26",
        [("dvctt_full_process_rate", "national", "as_of", "2025-12-26", 53.7)],
    ),
    (
        "Tỷ lệ dịch vụ công trực tuyến toàn trình tăng 4,5 điểm phần trăm so với cuối năm 2024, còn tỷ lệ hồ sơ trực tuyến "
        "giảm nhẹ 1,2 điểm.",
        "2025-04-16",
        [],  # changes
    ),
    (
        "Trong 9 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước ước đạt 42,5%.",
        "2025-10-08",
        [("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 42.5)],
    ),
    (
        "Trong tháng 8/2025, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 51,9%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,3%.",
        "2025-09-12",
        [
            ("online_dossier_rate", "national", "month", "2025-08-31", 51.9),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 44.3),
        ],
    ),
    (
        "Bộ Tài chính tiếp tục dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,5%.",
        "2024-12-11",
        [],  # one ministry's own figure: no breakdown for it
    ),
    # ------------------------------------------------------------------ provinces
    (
        "Tính đến ngày 20/6/2024, toàn tỉnh Quảng Ninh có 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công "
        "trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt 87,4%.",
        "2024-06-25",
        [
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2024-06-20", 100),
            ("online_dossier_full_process_rate", "Quảng Ninh", "as_of", "2024-06-20", 87.4),
        ],
    ),
    (
        "Tại Đà Nẵng, 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 82,6%, tỷ lệ cấp kết quả điện tử đạt 96%.",
        "2024-10-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-09-30", 82.6),
            ("e_result_rate", "Đà Nẵng", "ytd", "2024-09-30", 96),
        ],
    ),
    (
        "Theo Sở Khoa học và Công nghệ Lào Cai, tính đến hết tháng 7/2025, toàn tỉnh đạt 91,3% hồ sơ thủ tục hành chính "
        "được xử lý trực tuyến toàn trình.",
        "2025-08-20",
        [("online_dossier_full_process_rate", "Lào Cai", "as_of", "2025-07-31", 91.3)],
    ),
    (
        # 1,2 million dossiers received by the province: not portal dossiers, no id
        "Năm 2024, toàn tỉnh Bình Dương tiếp nhận hơn 1,2 triệu hồ sơ thủ tục hành chính, tỷ lệ hài lòng của người dân, "
        "doanh nghiệp đạt 98,9%.",
        "2024-12-28",
        [("satisfaction_rate", "Bình Dương", "year", "2024-12-31", 98.9)],
    ),
    (
        "Trong Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp năm 2024, Quảng Ninh "
        "xếp thứ 2/63 tỉnh, thành phố với 88,5 điểm.",
        "2025-01-20",
        [],  # provincial rank and score: no id
    ),
    (
        "Kế hoạch năm 2025 của tỉnh Nghệ An đặt chỉ tiêu 60% hồ sơ được xử lý trực tuyến toàn trình và 100% kết quả "
        "giải quyết thủ tục hành chính được cấp dưới dạng điện tử.",
        "2025-01-14",
        [],  # plan
    ),
    (
        "Hiện nay, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Nghệ An đạt 65,2%; tỷ lệ hồ sơ trực tuyến toàn trình là 41,8%.",
        "2025-06-28",
        [
            ("online_dossier_rate", "Nghệ An", "as_of", "2025-06-28", 65.2),
            ("online_dossier_full_process_rate", "Nghệ An", "as_of", "2025-06-28", 41.8),
        ],
    ),
    (
        # 1.650 services: count with no id
        "Toàn tỉnh Đồng Tháp hiện cung cấp 1.650 dịch vụ công trực tuyến, chiếm 92,4% tổng số thủ tục hành chính.",
        "2024-08-10",
        [("dvctt_rate", "Đồng Tháp", "as_of", "2024-08-10", 92.4)],
    ),
    # ------------------------------------------------------------------ counts: essential services, fees, simplification
    (
        "Hiện nay, cả nước đã cung cấp toàn trình 43/53 dịch vụ công thiết yếu theo Đề án 06; 10 dịch vụ còn lại đang "
        "được các bộ, ngành khẩn trương hoàn thiện.",
        "2024-06-12",
        [("essential_services_full_process", "national", "as_of", "2024-06-12", 43)],
    ),
    (
        "Tính đến ngày 15/9/2024, đã có 46/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng "
        "Dịch vụ công quốc gia.",
        "2024-09-17",
        [("essential_services_full_process", "national", "as_of", "2024-09-15", 46)],
    ),
    (
        "Hiện còn 12/53 dịch vụ công thiết yếu chưa được cung cấp toàn trình; Chính phủ yêu cầu hoàn thành trong quý IV/2024.",
        "2024-07-30",
        [],  # remainder and deadline
    ),
    (
        "Đã có 56/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ "
        "công trực tuyến; 07/63 địa phương chưa ban hành.",
        "2024-04-24",
        [("localities_fee_reduction", "national", "as_of", "2024-04-24", 56)],
    ),
    (
        "Tính đến ngày 15/3/2024, Hội đồng nhân dân của 52 tỉnh, thành phố đã thông qua nghị quyết giảm phí, lệ phí "
        "đối với hồ sơ nộp trực tuyến.",
        "2024-03-19",
        [("localities_fee_reduction", "national", "as_of", "2024-03-15", 52)],
    ),
    (
        "Thực hiện các nghị quyết chuyên đề của Chính phủ, các bộ, ngành đã cắt giảm, đơn giản hóa 763/1.084 thủ tục "
        "hành chính liên quan đến giấy tờ công dân; còn 321 thủ tục chưa được cắt giảm.",
        "2024-02-20",
        [("procedures_simplified", "national", "as_of", "2024-02-20", 763)],
    ),
    (
        # 74,9% is not in the catalog unit (count)
        "Đến cuối tháng 3/2025, đã có 812 thủ tục hành chính được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề, "
        "đạt 74,9% tổng số 1.084 thủ tục.",
        "2025-04-07",
        [("procedures_simplified", "national", "as_of", "2025-03-31", 812)],
    ),
    # ------------------------------------------------------------------ NDXP
    (
        "9 tháng đầu năm 2023, NDXP đã thực hiện khoảng 508 triệu giao dịch; lũy kế từ khi khai trương đến nay đạt "
        "hơn 1,9 tỷ giao dịch.",
        "2023-10-10",
        [
            ("ndxp_transactions_period", "national", "ytd", "2023-09-30", 508000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-10", 1900000000),
        ],
    ),
    (
        "Trung bình mỗi ngày, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia xử lý khoảng 3,2 triệu giao dịch.",
        "2025-03-05",
        [("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-05", 3200000)],
    ),
    (
        # 100% is not a count of agencies
        "Đến nay, NDXP đã kết nối với 100% bộ, ngành, địa phương, tổng cộng 112 cơ quan, đơn vị.",
        "2024-11-20",
        [("ndxp_connected_agencies", "national", "as_of", "2024-11-20", 112)],
    ),
    (
        "Nền tảng NDXP hiện có 243 điểm kết nối tới hệ thống thông tin, cơ sở dữ liệu của 102 bộ, ngành, địa phương "
        "và cơ quan, tổ chức.",
        "2024-06-03",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-06-03", 243),
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-03", 102),
        ],
    ),
    (
        "Năm 2024, Nền tảng NDXP đã thực hiện hơn 1,1 tỷ giao dịch, bình quân khoảng 3 triệu giao dịch mỗi ngày; "
        "tính đến hết năm 2024, tổng số giao dịch lũy kế từ năm 2019 đạt 3,6 tỷ.",
        "2025-02-10",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1100000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 3000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3600000000),
        ],
    ),
    (
        "Trong tháng 10/2024, NDXP ghi nhận 98,6 triệu giao dịch, trung bình 3,18 triệu giao dịch/ngày; lũy kế từ đầu năm "
        "đạt 862 triệu giao dịch.",
        "2024-11-05",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 3180000),
            ("ndxp_transactions_period", "national", "ytd", "2024-10-31", 862000000),
        ],
    ),
    (
        "Nửa đầu năm 2025, lượng giao dịch qua NDXP đạt 612,4 triệu, bình quân 3,38 triệu giao dịch mỗi ngày.",
        "2025-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 612400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3380000),
        ],
    ),
    (
        "Trong tháng 9/2024 có 90,5 triệu giao dịch qua NDXP, trong đó 42 triệu giao dịch khai thác Cơ sở dữ liệu quốc gia "
        "về dân cư.",
        "2024-10-04",
        [("ndxp_transactions_period", "national", "month", "2024-09-30", 90500000)],
    ),
    (
        "Trong tháng 3, NDXP ghi nhận khoảng 96 triệu giao dịch; tính đến ngày 31/3/2025, tổng số giao dịch kể từ khi "
        "đưa vào vận hành đạt hơn 3,9 tỷ.",
        "2025-04-10",
        [
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 96000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 3900000000),
        ],
    ),
    (
        "Bộ TT&TT dự kiến đến cuối năm 2025, NDXP sẽ kết nối thêm 30 hệ thống và đạt mốc 5 tỷ giao dịch.",
        "2024-12-03",
        [],  # forecast
    ),
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bình Dương đã thực hiện hơn 25 triệu giao dịch từ đầu năm; "
        "tỉnh hiện có 15 cơ sở dữ liệu chuyên ngành dùng chung.",
        "2024-09-26",
        [],  # provincial LGSP, not NDXP; database count has no id
    ),
    (
        "Trục liên thông văn bản quốc gia đã kết nối 97 cơ quan, với hơn 9 triệu văn bản điện tử được gửi, nhận "
        "trong năm 2024.",
        "2025-01-16",
        [],  # document exchange axis, not NDXP
    ),
    (
        "Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận và xử lý hơn 1,6 tỷ yêu cầu xác thực thông tin công dân từ các "
        "bộ, ngành, địa phương.",
        "2024-08-08",
        [],  # population-database requests: no id
    ),
    # ------------------------------------------------------------------ cybersecurity
    (
        "Theo Cục An toàn thông tin, trong tháng 4/2024 đã ghi nhận, cảnh báo và hướng dẫn xử lý 117 cuộc tấn công mạng "
        "gây ra sự cố vào các hệ thống thông tin tại Việt Nam, trong đó có 72 cuộc tấn công lừa đảo (Phishing) và "
        "33 cuộc tấn công thay đổi giao diện (Deface).",
        "2024-05-15",
        [("cyberattacks", "national", "month", "2024-04-30", 117)],
    ),
    (
        "Năm 2023, Cục An toàn thông tin đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin "
        "tại Việt Nam, giảm 9,5% so với năm 2022.",
        "2024-01-05",
        [("cyberattacks", "national", "year", "2023-12-31", 13900)],
    ),
    (
        # past value in parentheses is kept with its own period
        "Số lượng địa chỉ IP mạng botnet tại Việt Nam trong tháng 7/2024 là 510.273 địa chỉ, giảm 7,8% so với "
        "tháng 6/2024 (553.510 địa chỉ).",
        "2024-08-06",
        [
            ("botnet_ips", "national", "month", "2024-07-31", 510273),
            ("botnet_ips", "national", "month", "2024-06-30", 553510),
        ],
    ),
    (
        "Tháng 8/2024, số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam là 62, giảm 27,1% so với "
        "tháng 7/2024 (85 cuộc).",
        "2024-09-03",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 62),
            ("cyberattacks", "national", "month", "2024-07-31", 85),
        ],
    ),
    (
        "Trong 6 tháng đầu năm 2024, tổng số cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam "
        "là 4.535 cuộc, giảm 26% so với cùng kỳ năm 2023 (6.126 cuộc).",
        "2024-07-10",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4535),
            ("cyberattacks", "national", "half", "2023-06-30", 6126),
        ],
    ),
    (
        "Quý I/2025, cơ quan chức năng ghi nhận 1.342 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin ở Việt Nam.",
        "2025-04-08",
        [("cyberattacks", "national", "quarter", "2025-03-31", 1342)],
    ),
    (
        "Trong tháng 8, Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận 74 cuộc tấn công mạng gây sự cố "
        "vào các hệ thống thông tin tại Việt Nam.",
        "2025-09-04",
        [("cyberattacks", "national", "month", "2025-08-31", 74)],
    ),
    (
        "Hiện nay, Việt Nam còn khoảng 420.000 địa chỉ IP nằm trong các mạng botnet, giảm 60% so với năm 2020.",
        "2025-05-21",
        [("botnet_ips", "national", "as_of", "2025-05-21", 420000)],
    ),
    (
        "Tính đến cuối tháng 12/2023, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 627.000.",
        "2024-01-12",
        [("botnet_ips", "national", "as_of", "2023-12-31", 627000)],
    ),
    (
        "Số địa chỉ IP botnet của Trung Quốc ước khoảng 4,5 triệu, cao gấp nhiều lần Việt Nam.",
        "2024-04-02",
        [],  # another country
    ),
    (
        "Theo số liệu của Viettel Threat Intelligence, năm 2023 hệ thống của Viettel đã phát hiện và ngăn chặn hơn 3.000 "
        "cuộc tấn công có chủ đích nhắm vào khách hàng.",
        "2024-03-12",
        [],  # one operator
    ),
    (
        "Thống kê của Kaspersky cho thấy trong năm 2024, các giải pháp của hãng đã chặn hơn 40 triệu mối đe dọa trực tuyến "
        "nhắm vào người dùng tại Việt Nam.",
        "2025-03-20",
        [],  # vendor threat counts: no id
    ),
    (
        "Báo cáo của Bkav ước tính thiệt hại do virus máy tính gây ra với người dùng Việt Nam năm 2023 là 18.900 tỷ đồng.",
        "2024-01-24",
        [],  # damage estimate: no id
    ),
    (
        "Bộ Công an cho biết năm 2024 đã phát hiện 1.500 vụ lừa đảo trực tuyến, gửi cảnh báo tới 2,3 triệu người dùng.",
        "2025-01-22",
        [],  # fraud cases: no id
    ),
    (
        "Theo Chỉ số An toàn, an ninh mạng toàn cầu (GCI) của ITU, Việt Nam được xếp vào nhóm Bậc 1, nhóm cao nhất; "
        "trước đó, năm 2020 Việt Nam xếp thứ 25/194.",
        "2024-09-13",
        [],  # GCI rank: no id
    ),
    (
        "Tính đến ngày 30/11/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành đạt 91,7%, "
        "khối địa phương đạt 84,2%.",
        "2024-12-06",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-11-30", 91.7),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-11-30", 84.2),
        ],
    ),
    (
        # 3.215 systems: count with no id; 4-layer protection rate: no id
        "Đến nay, đã phê duyệt hồ sơ cấp độ cho 3.215 hệ thống thông tin, đạt tỷ lệ 87,6%; tỷ lệ hệ thống được triển khai "
        "phương án bảo vệ theo mô hình 4 lớp đạt 72%.",
        "2024-08-27",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-08-27", 87.6)],
    ),
    (
        "Sở Khoa học và Công nghệ Hà Tĩnh cho biết đến nay 100% hệ thống thông tin của tỉnh đã được phê duyệt cấp độ "
        "an toàn thông tin.",
        "2025-05-14",
        [("info_systems_level_approved_rate", "Hà Tĩnh", "as_of", "2025-05-14", 100)],
    ),
    (
        "Theo kế hoạch, trong năm 2025, 100% hệ thống thông tin phải được phê duyệt hồ sơ đề xuất cấp độ và triển khai "
        "phương án bảo vệ 4 lớp.",
        "2025-02-25",
        [],  # plan
    ),
    (
        # the year in brackets after "từ khi …" is when the running total started, not its period
        "Trong tháng 10/2024, NDXP ghi nhận 96,4 triệu giao dịch; lũy kế từ khi chính thức vận hành "
        "(năm 2019) đạt 2,36 tỷ giao dịch.",
        "2024-11-06",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 96400000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-10-31", 2360000000),
        ],
    ),
]
