"""Blind genre probes, round 31: wording variety across all five families of the catalog
(e-services, 5G and broadband, NDXP, cybersecurity, digital economy and society), fresh
2024-2026 texts written as ministry monthly reports, government notices, provincial portals,
press summaries and interviews, with varied verbs (đạt, là, ở mức, lên tới, chạm mốc, ghi nhận,
dừng ở, có tới), number formats (48,28%; 1.024; 2,91 tỷ; 15,6 nghìn tỷ đồng; 71/193; 412
nghìn), periods (tháng, quý, 6 tháng đầu năm, lũy kế từ đầu năm, tính đến ngày, năm under
review, "hiện nay" dated by the page or by the quarter under review), breakdowns (khối bộ,
ngành / khối địa phương / one province) and lines-as-tables, plus negative and mixed cases
(targets, year-on-year changes, operators' own figures, other countries' and world figures,
counts of meetings, decrees and databases, sub-counts after "trong đó", one ministry's figure,
undated stocks in an undated text). Written for the project from the genre's usual phrasings
(not copied from any page).
"""

CASES = [
    # NDXP monthly report: month flow from the heading, "bình quân xấp xỉ … mỗi ngày", cumulative "chạm mốc … tỷ"
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Về kết nối, chia sẻ dữ liệu: trong tháng, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) "
        "ghi nhận 98,4 triệu giao dịch, bình quân xấp xỉ 3,17 triệu giao dịch mỗi ngày.\n"
        "Cộng dồn từ năm 2019 đến hết ngày 31/5/2025, số giao dịch qua NDXP đã chạm mốc 2,91 tỷ.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3170000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 2910000000),
        ],
    ),
    # provincial portal, quarter II: share after a "trong đó" count ("…, chiếm 87,6%"), e-result and reuse worded loosely
    (
        "Bắc Ninh đẩy mạnh tiếp nhận hồ sơ qua môi trường mạng\n"
        "Theo Sở Khoa học và Công nghệ, quý II/2025 các cơ quan trên địa bàn tỉnh Bắc Ninh tiếp nhận "
        "214.506 hồ sơ TTHC, trong đó 187.907 hồ sơ được nộp trực tuyến, chiếm 87,6%.\n"
        "Kết quả giải quyết được trả dưới dạng bản điện tử cho 98,2% hồ sơ; tỷ lệ hồ sơ có khai thác, "
        "tái sử dụng dữ liệu đã số hóa dừng ở 61,4%.",
        "2025-07-04",
        [
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2025-06-30", 87.6),
            ("e_result_rate", "Bắc Ninh", "quarter", "2025-06-30", 98.2),
            ("data_reuse_rate", "Bắc Ninh", "quarter", "2025-06-30", 61.4),
        ],
    ),
    # NEGATIVE: a provincial plan made only of targets (mục tiêu, tối thiểu, phấn đấu, không thấp hơn, đến năm 2025)
    (
        "Tỉnh Thanh Hóa ban hành Kế hoạch chuyển đổi số năm 2025\n"
        "Kế hoạch đặt mục tiêu 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ "
        "hồ sơ xử lý trực tuyến đạt tối thiểu 80%.\n"
        "Phấn đấu trên 50% người dân trưởng thành sử dụng DVCTT, mức độ hài lòng của người dân, doanh "
        "nghiệp không thấp hơn 90%; đến năm 2025, kinh tế số chiếm 20% GRDP của tỉnh.",
        "2025-02-14",
        [],
    ),
    # interview Q&A: "Hiện cả nước đã có trên 11.000 trạm 5G", "phủ tới khoảng 26% dân số", dated by the page
    (
        "Bên lề hội nghị, Thứ trưởng Bộ Khoa học và Công nghệ trả lời phỏng vấn báo chí.\n"
        "- Thưa Thứ trưởng, hạ tầng 5G đang được triển khai ra sao?\n"
        "- Hiện cả nước đã có trên 11.000 trạm 5G, sóng 5G phủ tới khoảng 26% dân số, gấp đôi so với "
        "đầu năm.",
        "2025-08-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-20", 11000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-20", 26),
        ],
    ),
    # MIXED: operators' own station counts and coverage first, then the national total "Tính chung toàn mạng lưới"
    (
        "Ba nhà mạng tăng tốc phủ sóng 5G\n"
        "Viettel cho biết đã đưa vào khai thác 6.500 trạm 5G, phủ sóng 90% dân số khu vực đô thị; VNPT "
        "và MobiFone lần lượt có 1.200 và 700 trạm.\n"
        "Tính chung toàn mạng lưới, đến 30/6/2025 cả nước có 8.400 trạm BTS 5G.",
        "2025-07-03",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 8400),
        ],
    ),
    # MIXED: download speeds for a month ("là", "ở mức"); upload speeds, a speed rank and the world median not stored
    (
        "Số liệu do Bộ Khoa học và Công nghệ công bố cho thấy, tháng 3/2025 tốc độ tải xuống trung vị "
        "của băng thông rộng cố định tại Việt Nam là 157,62 Mbps, của băng thông rộng di động ở mức "
        "71,3 Mbps.\n"
        "Tốc độ tải lên tương ứng đạt 151,2 Mbps và 28,4 Mbps; về tốc độ cố định, Việt Nam xếp thứ "
        "13/154 quốc gia, trong khi trung vị toàn cầu chỉ khoảng 97,4 Mbps.",
        "2025-04-15",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 157.62),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 71.3),
        ],
    ),
    # MIXED: quarter's attacks ("phát hiện, cảnh báo và hướng dẫn xử lý"), a q/q change and attack kinds not stored; botnet IPs "vào khoảng"
    (
        "Quý I/2025, hệ thống kỹ thuật của Cục An toàn thông tin đã phát hiện, cảnh báo và hướng dẫn xử "
        "lý 1.581 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,7% so "
        "với quý IV/2024.\n"
        "Trong số này có 650 cuộc tấn công lừa đảo (Phishing) và 512 cuộc tấn công thay đổi giao diện "
        "(Deface).\n"
        "Số địa chỉ IP của Việt Nam nằm trong các mạng botnet, tính đến 31/3/2025, vào khoảng 612.000.",
        "2025-04-09",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1581),
            ("botnet_ips", "national", "as_of", "2025-03-31", 612000),
        ],
    ),
    # passive "có tới … được ghi nhận" for a month; the previous month's figure in parentheses kept with its own month
    (
        "An toàn thông tin tháng 4/2024\n"
        "Trong tháng, có tới 1.087 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam "
        "được ghi nhận, tăng 35% so với tháng 3/2024 (804 cuộc).",
        "2024-05-08",
        [
            ("cyberattacks", "national", "month", "2024-04-30", 1087),
            ("cyberattacks", "national", "month", "2024-03-31", 804),
        ],
    ),
    # security-level approval split khối bộ, ngành / khối địa phương / cả nước, date in a parenthesis of the heading
    (
        "Về triển khai bảo đảm an toàn hệ thống thông tin theo cấp độ (số liệu tính đến ngày "
        "15/10/2024):\n"
        "khối bộ, ngành đã phê duyệt hồ sơ đề xuất cấp độ cho 88,5% hệ thống thông tin đang vận hành; "
        "khối địa phương là 79,3%; tính chung cả nước đạt 83,1%.",
        "2024-10-21",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-10-15", 88.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-10-15", 79.3),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-15", 83.1),
        ],
    ),
    # MIXED: year under review, GSO's share of GDP; the ICT core's share and ICT revenue in USD not stored
    (
        "Năm 2023, lần đầu tiên Tổng cục Thống kê công bố số liệu chính thức về kinh tế số: giá trị "
        "tăng thêm của kinh tế số chiếm 12,33% GDP.\n"
        "Riêng kinh tế số ICT đóng góp khoảng 6,4% GDP, còn doanh thu công nghiệp công nghệ thông tin "
        "cả năm ước đạt 142 tỷ USD.",
        "2024-03-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # two stocks in one clause ("đã cấp … và kích hoạt …"), level-2 sub-count after "trong đó" in parentheses not stored
    (
        "Đề án 06: kết quả đến hết quý III/2025\n"
        "Đến hết ngày 30/9/2025, lực lượng Công an đã cấp 87,4 triệu thẻ căn cước, căn cước công dân gắn "
        "chip và kích hoạt 62,3 triệu tài khoản định danh điện tử VNeID (trong đó 58,7 triệu tài khoản "
        "mức độ 2).",
        "2025-10-06",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-09-30", 87400000),
            ("vneid_activated_accounts", "national", "as_of", "2025-09-30", 62300000),
        ],
    ),
    # MIXED: Mobile Money customers "tới cuối tháng 2/2025" with a rural sub-count; account ownership dated in parentheses; a target met
    (
        "Ngân hàng Nhà nước: tới cuối tháng 2/2025, dịch vụ Mobile Money có 10,63 triệu khách hàng đăng "
        "ký, trong đó hơn 7,1 triệu người ở nông thôn, miền núi, vùng sâu, vùng xa.\n"
        "Cũng theo NHNN, khoảng 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng (số liệu "
        "đến cuối năm 2024), vượt mục tiêu 80% đặt ra cho năm 2025.",
        "2025-03-18",
        [
            ("mobile_money_customers", "national", "as_of", "2025-02-28", 10630000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
        ],
    ),
    # "44,5% tổng số hồ sơ … được giải quyết hoàn toàn trực tuyến" (number before its noun), then online-dossier shares by block
    (
        "Báo cáo tháng 9/2025 của Cục Kiểm soát thủ tục hành chính cho thấy 44,5% tổng số hồ sơ TTHC "
        "trong tháng được giải quyết hoàn toàn trực tuyến.\n"
        "Tỷ lệ hồ sơ nộp trực tuyến: khối bộ, ngành 55,1%; khối địa phương 61,8%.",
        "2025-10-08",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-09-30", 44.5),
            ("online_dossier_rate", "ministries", "month", "2025-09-30", 55.1),
            ("online_dossier_rate", "localities", "month", "2025-09-30", 61.8),
        ],
    ),
    # MIXED: e-invoices since the 2022 rollout, "gần 9,3 tỷ"; coded-invoice sub-count and the month's new invoices not stored
    (
        "Hóa đơn điện tử: hơn hai năm triển khai đại trà\n"
        "Từ khi triển khai đại trà (tháng 7/2022) đến 31/12/2024, cơ quan thuế đã tiếp nhận, xử lý gần "
        "9,3 tỷ hóa đơn điện tử, trong đó 2,9 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Riêng tháng 12/2024 có 420 triệu hóa đơn được khởi tạo.",
        "2025-01-09",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 9300000000),
        ],
    ),
    # EGDI edition "xếp … ở vị trí 71/193", prior edition in parentheses kept as its own year; another country's rank not stored
    (
        "Khảo sát Chính phủ điện tử 2024 của Liên Hợp Quốc xếp Việt Nam ở vị trí 71/193, tăng 15 bậc so "
        "với lần xếp hạng trước (86/193 năm 2022).\n"
        "Đan Mạch tiếp tục dẫn đầu bảng xếp hạng.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # MIXED: "đến nay đã có 25/53 dịch vụ công thiết yếu" dated by the page; the 28 remaining not stored
    (
        "Theo Tổ công tác triển khai Đề án 06 của Chính phủ, đến nay đã có 25/53 dịch vụ công thiết yếu "
        "được cung cấp trực tuyến toàn trình.\n"
        "28 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện, phấn đấu xong trong tháng 7.",
        "2024-06-10",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-10", 25),
        ],
    ),
    # portal accounts: stock at a date, then "Chỉ riêng tháng 10, thêm 412 nghìn tài khoản" on the flow twin
    (
        "Cổng DVCQG: tính đến 31/10/2024 đã có 15,2 triệu tài khoản đăng ký.\n"
        "Chỉ riêng tháng 10, thêm 412 nghìn tài khoản được tạo mới.",
        "2024-11-05",
        [
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 15200000),
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 412000),
        ],
    ),
    # online payments "lũy kế từ đầu năm … đến hết tháng 5" (ytd flow twins) and the all-time value "lên tới hơn 15,6 nghìn tỷ đồng"
    (
        "Lũy kế từ đầu năm 2025 đến hết tháng 5, Cổng Dịch vụ công quốc gia ghi nhận 6,2 triệu giao dịch "
        "thanh toán trực tuyến với số tiền 4.870 tỷ đồng.\n"
        "Như vậy, tính đến 31/5/2025, tổng giá trị thanh toán qua Cổng kể từ khi khai trương đã lên tới "
        "hơn 15,6 nghìn tỷ đồng.",
        "2025-06-09",
        [
            ("online_payments_count_new", "national", "ytd", "2025-05-31", 6200000),
            ("online_payments_value_new", "national", "ytd", "2025-05-31", 4870),
            ("online_payments_value", "national", "as_of", "2025-05-31", 15600),
        ],
    ),
    # "6 tháng đầu năm 2024 … tiếp nhận khoảng 5,4 triệu hồ sơ trực tuyến" (half, flow twin); y/y change not stored
    (
        "Người dân, doanh nghiệp ngày càng quen nộp hồ sơ qua Cổng DVCQG\n"
        "6 tháng đầu năm 2024, Cổng DVCQG tiếp nhận khoảng 5,4 triệu hồ sơ trực tuyến, tăng 41% so với "
        "cùng kỳ năm 2023.",
        "2024-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 5400000),
        ],
    ),
    # table written as lines "Bộ, ngành | 71,4%" under a heading carrying the indicator and the date
    (
        "Báo cáo chuyển đổi số quốc gia tháng 3/2025\n"
        "Bảng 1. Tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình (số liệu đến ngày 20/3/2025)\n"
        "Khối | Tỷ lệ\n"
        "Bộ, ngành | 71,4%\n"
        "Địa phương | 56,2%\n"
        "Cả nước | 60,1%",
        "2025-03-25",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-20", 71.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-20", 56.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-20", 60.1),
        ],
    ),
    # share in parentheses after a count "5.120 thủ tục được đưa lên trực tuyến (80,1%)", eligible-only base, services with dossiers in a quarter
    (
        "Trên tổng số 6.389 TTHC, hiện đã có 5.120 thủ tục được đưa lên trực tuyến (80,1%).\n"
        "Nếu chỉ tính những thủ tục đủ điều kiện, tỷ lệ cung cấp toàn trình ở mức 89,7%.\n"
        "Tuy vậy, trong quý I/2025 mới có 48,2% DVCTT phát sinh hồ sơ.",
        "2025-04-22",
        [
            ("dvctt_rate", "national", "as_of", "2025-04-22", 80.1),
            ("full_process_provision_rate", "national", "as_of", "2025-04-22", 89.7),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2025-03-31", 48.2),
        ],
    ),
    # NEGATIVE: "Hiện nay" stocks in a text with no date and no published date cannot be dated
    (
        "Hạ tầng số tiếp tục được mở rộng\n"
        "Hiện nay, mạng 5G trên cả nước đã có hơn 10.000 trạm, phủ khoảng 30% dân số; Cổng DVCQG có trên "
        "17 triệu tài khoản đăng ký.",
        None,
        [],
    ),
    # a quarter as a label with a colon, "có sử dụng DVCTT … đạt", satisfaction "là"
    (
        "Kết quả đo lường sự hài lòng, mức độ sử dụng dịch vụ công\n"
        "Quý III/2024: tỷ lệ người dân trưởng thành có sử dụng DVCTT trên cả nước đạt 38,9%; mức độ hài "
        "lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC là 85,4%.",
        "2024-10-12",
        [
            ("adult_population_using_dvctt_rate", "national", "quarter", "2024-09-30", 38.9),
            ("satisfaction_rate", "national", "quarter", "2024-09-30", 85.4),
        ],
    ),
    # one province, a month, "được gắn với số định danh cá nhân"; a gap to the province's own target not stored
    (
        "Quảng Ninh: gắn định danh cá nhân với hồ sơ thủ tục hành chính\n"
        "Trong tháng 8/2025, 92,6% hồ sơ TTHC tiếp nhận trên địa bàn tỉnh Quảng Ninh đã được gắn với số "
        "định danh cá nhân, cao hơn chỉ tiêu tỉnh giao 12,6 điểm phần trăm.",
        "2025-09-06",
        [
            ("dossiers_with_personal_id_rate", "Quảng Ninh", "month", "2025-08-31", 92.6),
        ],
    ),
    # list with dashes: "812/1.084 TTHC … đã được cắt giảm, đơn giản hóa (đạt 74,9%)", "61/63 tỉnh … miễn, giảm phí"; remainder not stored
    (
        "Kết quả thực hiện các nghị quyết chuyên đề (số liệu đến 30/9/2024):\n"
        "- 812/1.084 TTHC, giấy tờ công dân liên quan đến quản lý dân cư đã được cắt giảm, đơn giản hóa "
        "(đạt 74,9%); 272 thủ tục còn lại đang được rà soát;\n"
        "- 61/63 tỉnh, thành phố đã có nghị quyết của HĐND về miễn, giảm phí, lệ phí khi người dân sử "
        "dụng DVCTT.",
        "2024-10-04",
        [
            ("procedures_simplified", "national", "as_of", "2024-09-30", 812),
            ("localities_fee_reduction", "national", "as_of", "2024-09-30", 61),
        ],
    ),
    # "quy mô tương đương 18,7% GDP, tốc độ tăng trưởng ở mức 19,4%" for a year, with a ratio to GDP growth not stored
    (
        "Kinh tế số tiếp tục là điểm sáng của năm 2025\n"
        "Năm 2025, quy mô kinh tế số tương đương 18,7% GDP, tốc độ tăng trưởng ở mức 19,4%, gấp khoảng "
        "2,4 lần tốc độ tăng GDP.",
        "2026-01-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 18.7),
            ("digital_economy_growth", "national", "year", "2025-12-31", 19.4),
        ],
    ),
    # bullet list under one date: NDXP agencies and connection points, EMC full connection share; systems left not stored
    (
        "Tính đến ngày 15/4/2025:\n"
        "• NDXP: 104 bộ, ngành, địa phương, cơ quan, tổ chức đã kết nối; tổng cộng 1.024 điểm kết nối "
        "được thiết lập.\n"
        "• EMC: 95,2% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ; còn 3 hệ "
        "thống cấp bộ chưa hoàn thành.",
        "2025-04-18",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-15", 104),
            ("ndxp_connection_points", "national", "as_of", "2025-04-15", 1024),
            ("emc_connection_rate", "national", "as_of", "2025-04-15", 95.2),
        ],
    ),
    # MIXED: smartphone subscriptions and their share "chiếm 87% tổng số thuê bao"; a survey's share of people not stored
    (
        "Tính đến tháng 12/2024, cả nước có 107,1 triệu thuê bao di động sử dụng smartphone, chiếm 87% "
        "tổng số thuê bao điện thoại di động.\n"
        "Một khảo sát độc lập cho thấy 94% người trưởng thành ở đô thị sở hữu điện thoại thông minh.",
        "2025-01-20",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 107100000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87),
        ],
    ),
    # one province's FTTH household share for a year ("kết nối Internet cáp quang"), change in points not stored
    (
        "Lào Cai thu hẹp khoảng cách số\n"
        "Năm 2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh Lào Cai đạt 78,6%, "
        "cao hơn 9 điểm phần trăm so với năm trước.",
        "2025-01-15",
        [
            ("ftth_household_rate", "Lào Cai", "year", "2024-12-31", 78.6),
        ],
    ),
    # villages still without coverage "còn 1.102", dead-zone share "2.041/2.152 …, đạt 94,8%", all-village share "nâng … lên 99,3%"
    (
        "Tính đến hết năm 2024, cả nước còn 1.102 thôn, bản chưa có sóng di động băng rộng.\n"
        "Trong năm, các doanh nghiệp viễn thông đã phủ sóng 2.041/2.152 thôn lõm sóng có điện lưới, đạt "
        "94,8%, nâng tỷ lệ thôn, bản có sóng di động băng rộng lên 99,3%.",
        "2025-01-06",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1102),
            ("dead_zone_villages_covered_rate", "national", "year", "2024-12-31", 94.8),
            ("villages_with_mobile_coverage_rate", "national", "year", "2024-12-31", 99.3),
        ],
    ),
    # "Hiện nay" in a report about quý I/2025 published in June: dated at the quarter's end, not the page's date
    (
        "Báo cáo quý I/2025 về triển khai Đề án 06\n"
        "Trong quý I/2025, Cổng DVCQG tiếp nhận 2,1 triệu hồ sơ trực tuyến từ người dân, doanh nghiệp.\n"
        "Hiện nay, số tài khoản định danh điện tử VNeID đã kích hoạt là 59,6 triệu.",
        "2025-06-20",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 2100000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 59600000),
        ],
    ),
    # BRCĐ/BRDĐ abbreviations, counts with per-100 rates "23,9 thuê bao/100 dân", "89 thuê bao trên 100 dân"
    (
        "Hạ tầng băng rộng quý III/2025\n"
        "Tính đến hết quý III/2025, số thuê bao BRCĐ đạt 24,1 triệu, tương đương 23,9 thuê bao/100 dân; "
        "BRDĐ có 89,6 triệu thuê bao, tức khoảng 89 thuê bao trên 100 dân.",
        "2025-10-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 24100000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 23.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 89600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 89),
        ],
    ),
    # MIXED: the administration's estimate of Internet use for a year; a vendor report's users and share not stored
    (
        "Năm 2024, tỷ lệ dân số sử dụng Internet ước đạt 79,1%.\n"
        "Trong khi đó, báo cáo Digital 2025 của DataReportal cho biết Việt Nam có 79,8 triệu người dùng "
        "Internet, tương đương 78,8% dân số.",
        "2025-02-20",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 79.1),
        ],
    ),
    # MIXED: a province's digital economy "ước đóng góp 9,8% GRDP" (province breakdown); the 2025 target not stored
    (
        "Cổng thông tin điện tử tỉnh Hà Tĩnh\n"
        "Năm 2024, kinh tế số ước đóng góp 9,8% GRDP của tỉnh; mục tiêu đến năm 2025 là 20%, vì vậy khối "
        "lượng công việc còn lại rất lớn.",
        "2025-01-18",
        [
            ("digital_economy_gdp_share", "Hà Tĩnh", "year", "2024-12-31", 9.8),
        ],
    ),
    # NEGATIVE: only year-on-year changes (tăng 34%, tăng 2,3 lần, tăng 56,2%, giảm 18,7%)
    (
        "Nhiều chỉ số chuyển đổi số tăng mạnh trong quý I\n"
        "So với cùng kỳ năm 2024, lượng giao dịch qua NDXP trong quý I/2025 tăng 34%; số tài khoản đăng "
        "ký mới trên Cổng DVCQG tăng 2,3 lần, giá trị thanh toán trực tuyến tăng 56,2%, còn số cuộc tấn "
        "công mạng giảm 18,7%.",
        "2025-04-10",
        [],
    ),
    # NEGATIVE: operators' own stations, speeds, subscribers and targets (VNPT, MobiFone, Viettel)
    (
        "VNPT cho biết đã phát sóng 5G tại 63/63 tỉnh, thành phố với hơn 3.000 trạm, tốc độ tải xuống "
        "trung bình trên mạng 5G của nhà mạng đạt 500 Mbps.\n"
        "MobiFone đặt mục tiêu phủ sóng 5G cho 80% dân số vào cuối năm 2026; Viettel có 26 triệu thuê bao "
        "sử dụng smartphone trên mạng 4G/5G.",
        "2025-03-01",
        [],
    ),
    # NEGATIVE: the world's and other countries' figures (ITU, Hàn Quốc, Trung Quốc, Thái Lan)
    (
        "Theo ITU, năm 2024 khoảng 68% dân số thế giới sử dụng Internet.\n"
        "Hàn Quốc đứng thứ 4 trong bảng xếp hạng EGDI 2024; Trung Quốc đã có hơn 4,1 triệu trạm 5G, còn "
        "tại Thái Lan, sóng 5G phủ khoảng 87% dân số.",
        "2024-10-02",
        [],
    ),
    # NEGATIVE: counts of meetings, decrees, decisions and national databases, a sub-count after "trong đó"
    (
        "6 tháng đầu năm 2025, Ban Chỉ đạo đã tổ chức 3 phiên họp, trình Chính phủ ban hành 12 nghị định "
        "và 27 quyết định liên quan đến dữ liệu.\n"
        "Hiện có 15 CSDL quốc gia đang được xây dựng, trong đó 5 CSDL đã kết nối với NDXP.",
        "2025-07-10",
        [],
    ),
    # NEGATIVE: one named ministry's own shares (Bộ Tư pháp, Bộ Tài chính) and e-commerce revenue in USD
    (
        "Bộ Tư pháp cho biết 96,1% hồ sơ cấp phiếu lý lịch tư pháp trong quý II/2025 được nộp trực tuyến; "
        "Bộ Tài chính đã cung cấp toàn trình 100% TTHC đủ điều kiện.\n"
        "Doanh thu thương mại điện tử B2C năm 2024 đạt khoảng 25 tỷ USD.",
        "2025-07-15",
        [],
    ),
    # terse 2026 line: "412 triệu lượt giao dịch", "trung bình 4,6 triệu lượt/ngày" for a quarter
    (
        "Điểm tin chuyển đổi số quý I/2026\n"
        "Quý I/2026, NDXP xử lý 412 triệu lượt giao dịch, trung bình 4,6 triệu lượt/ngày.",
        "2026-04-07",
        [
            ("ndxp_transactions_period", "national", "quarter", "2026-03-31", 412000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2026-03-31", 4600000),
        ],
    ),
]
