"""Blind genre probes, round 43: online public services as provincial portals, Sở TT&TT and
Văn phòng UBND reports, ministries' monthly reports and the press wrote them in 2022-2024 --
DVCTT mức độ 3, 4 / toàn trình / một phần, hồ sơ phát sinh trực tuyến, shares of dossiers,
digitisation and reuse of data, online payments, counts written with their shares
("1.542/1.823 TTHC, đạt 84,6%"), bullet lists, tables written as lines, figures by year,
quarter, 6 or 9 months and cumulative to a date, broken down by province, by khối bộ, ngành /
khối địa phương or national, with a few cases from the other families (5G and broadband, NDXP,
cybersecurity, digital economy) and about six cases whose numbers must not be stored (targets,
undated "hiện nay", other countries, a province's LGSP, counts of plans and meetings, one named
ministry's figures). Written for the project from the genre's usual phrasings (not copied from
any page).
"""

# Each case: (text, published_iso_date_or_None,
#             [(indicator_id, breakdown, period_kind, period_end_iso, value), ...])

CASES = [
    # 1. Provincial year report: "1.542/1.823 TTHC, đạt 84,6%", full-process share after "trong đó", dossier share; digitisation rate has no id
    (
        "Năm 2023, tỉnh Quảng Ninh đã cung cấp 1.542/1.823 TTHC dưới dạng dịch vụ công trực tuyến, đạt 84,6%; "
        "trong đó DVCTT toàn trình là 1.031 thủ tục, chiếm 56,56% tổng số TTHC.\n"
        "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận của toàn tỉnh đạt 78,2%.\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 91,3%.",
        "2024-01-12",
        [
            ("dvctt_rate", "Quảng Ninh", "year", "2023-12-31", 84.6),
            ("dvctt_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 56.56),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 78.2),
        ],
    ),
    # 2. Sở TT&TT bullet list for a half-year: full-process count with its share in parentheses; "một phần" share and payment share have no id
    (
        "Kết quả 6 tháng đầu năm 2024 về cung cấp, sử dụng DVCTT trên địa bàn thành phố Đà Nẵng:\n"
        "- Số DVCTT toàn trình: 1.005 dịch vụ (chiếm 52,7% tổng số TTHC);\n"
        "- Số DVCTT một phần: 712 dịch vụ (37,3%);\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình: 41,8%;\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 35,6%.",
        "2024-07-09",
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "half", "2024-06-30", 52.7),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2024-06-30", 41.8),
        ],
    ),
    # 3. Văn phòng Chính phủ monthly note on the National Portal: month flows go on the _new twins, cumulative accounts as_of; "tăng 8,7%" not stored
    (
        "Cổng Dịch vụ công quốc gia: kết quả vận hành tháng 3/2024\n"
        "Trong tháng 3/2024, Cổng Dịch vụ công quốc gia có thêm 312.540 tài khoản đăng ký mới; "
        "tiếp nhận 1,86 triệu hồ sơ trực tuyến; thực hiện 2,1 triệu giao dịch thanh toán trực tuyến "
        "với số tiền hơn 1.250 tỷ đồng.\n"
        "Tính đến hết tháng 3/2024, Cổng có tổng cộng 12,4 triệu tài khoản đăng ký, tăng 8,7% so với cuối năm 2023.",
        "2024-04-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 312540),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1860000),
            ("online_payments_count_new", "national", "month", "2024-03-31", 2100000),
            ("online_payments_value_new", "national", "month", "2024-03-31", 1250),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 12400000),
        ],
    ),
    # 4. NEGATIVE: a provincial plan's targets (mục tiêu, tối thiểu, phấn đấu) and counts of tasks
    (
        "Kế hoạch chuyển đổi số năm 2024 của UBND tỉnh Bắc Ninh đặt mục tiêu: 100% TTHC đủ điều kiện "
        "được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%.\n"
        "Phấn đấu 80% hồ sơ TTHC được số hóa, tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 50%.\n"
        "Kế hoạch gồm 5 nhóm nhiệm vụ với 42 nhiệm vụ cụ thể, giao 18 sở, ngành chủ trì.",
        "2024-02-02",
        [],
    ),
    # 5. Bộ TT&TT figures split by khối bộ, ngành / khối địa phương at a date, then two provinces named as leaders
    (
        "Theo Bộ TT&TT, tính đến ngày 15/4/2024, tỷ lệ DVCTT toàn trình của khối bộ, ngành đạt 62,3%, "
        "khối địa phương đạt 47,8%.\n"
        "Tỷ lệ hồ sơ trực tuyến của khối bộ, ngành là 71,2%, của khối địa phương là 38,5%.\n"
        "Dẫn đầu khối địa phương về tỷ lệ hồ sơ trực tuyến là Quảng Ninh (89,6%) và Bình Dương (81,3%).",
        "2024-04-20",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-04-15", 62.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-04-15", 47.8),
            ("online_dossier_rate", "ministries", "as_of", "2024-04-15", 71.2),
            ("online_dossier_rate", "localities", "as_of", "2024-04-15", 38.5),
            ("online_dossier_rate", "Quảng Ninh", "as_of", "2024-04-15", 89.6),
            ("online_dossier_rate", "Bình Dương", "as_of", "2024-04-15", 81.3),
        ],
    ),
    # 6. Nine months: online share after "trong đó" kept, the year-on-year rise and the on-time rate (no id) not stored
    (
        "Thái Nguyên: hồ sơ trực tuyến tiếp tục tăng\n"
        "9 tháng đầu năm 2023, Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên tiếp nhận 245.612 hồ sơ TTHC, "
        "trong đó 168.320 hồ sơ trực tuyến, chiếm 68,5%, tăng 12% so với cùng kỳ năm 2022.\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.",
        "2023-10-04",
        [
            ("online_dossier_rate", "Thái Nguyên", "ytd", "2023-09-30", 68.5),
        ],
    ),
    # 7. A quarter's table written as lines with breakdown columns (bộ, ngành / địa phương / toàn quốc)
    (
        "Bảng 2. Kết quả cung cấp, sử dụng DVCTT quý III/2024\n"
        "Chỉ tiêu | Bộ, ngành | Địa phương | Toàn quốc\n"
        "Tỷ lệ DVCTT toàn trình (%) | 68,4 | 51,2 | 55,6\n"
        "Tỷ lệ hồ sơ trực tuyến (%) | 60,1 | 42,7 | 45,9\n"
        "Tỷ lệ cấp kết quả điện tử (%) | 72,5 | 58,3 | 61,0",
        "2024-10-10",
        [
            ("dvctt_full_process_rate", "ministries", "quarter", "2024-09-30", 68.4),
            ("dvctt_full_process_rate", "localities", "quarter", "2024-09-30", 51.2),
            ("dvctt_full_process_rate", "national", "quarter", "2024-09-30", 55.6),
            ("online_dossier_rate", "ministries", "quarter", "2024-09-30", 60.1),
            ("online_dossier_rate", "localities", "quarter", "2024-09-30", 42.7),
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 45.9),
            ("e_result_rate", "ministries", "quarter", "2024-09-30", 72.5),
            ("e_result_rate", "localities", "quarter", "2024-09-30", 58.3),
            ("e_result_rate", "national", "quarter", "2024-09-30", 61.0),
        ],
    ),
    # 8. Báo Chính phủ summary "đến nay" dated by the published date; synced dossiers and the DVCTT count have no id; "12,9 nghìn tỷ đồng"
    (
        "Cổng Dịch vụ công quốc gia – điểm đến tin cậy của người dân, doanh nghiệp\n"
        "Đến nay, Cổng Dịch vụ công quốc gia cung cấp 4.447 DVCTT; có hơn 13,6 triệu tài khoản đăng ký; "
        "hơn 265,8 triệu hồ sơ đồng bộ trạng thái; 14,2 triệu hồ sơ trực tuyến thực hiện từ Cổng.\n"
        "Người dân, doanh nghiệp đã thực hiện hơn 12,5 triệu giao dịch thanh toán trực tuyến "
        "với số tiền hơn 12,9 nghìn tỷ đồng.",
        "2024-05-20",
        [
            ("national_portal_accounts", "national", "as_of", "2024-05-20", 13600000),
            ("national_portal_dossiers", "national", "as_of", "2024-05-20", 14200000),
            ("online_payments_count", "national", "as_of", "2024-05-20", 12500000),
            ("online_payments_value", "national", "as_of", "2024-05-20", 12900),
        ],
    ),
    # 9. NEGATIVE: interview with "hiện nay" and no date anywhere, no published date -> nothing can be dated
    (
        "Lào Cai đưa dịch vụ công trực tuyến lên vùng cao\n"
        "Trả lời phóng viên, Giám đốc Sở TT&TT tỉnh Lào Cai cho biết: hiện nay tỉnh đã cung cấp 1.204 DVCTT toàn trình, "
        "tỷ lệ DVCTT toàn trình trên tổng số TTHC ở mức 62%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình hiện khoảng 40%, người dân vùng cao vẫn quen nộp trực tiếp.",
        None,
        [],
    ),
    # 10. Interview with "hiện nay" and a published date, no span in the text -> as_of the published date; reuse phrased "khai thác, sử dụng lại"
    (
        "Đồng Tháp đẩy mạnh tái sử dụng dữ liệu số hóa\n"
        "Ông Nguyễn Văn Hùng, Phó Giám đốc Sở TT&TT tỉnh Đồng Tháp, cho biết hiện nay tỷ lệ hồ sơ trực tuyến toàn trình "
        "của tỉnh ở mức khoảng 45%.\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa là 32,4%, "
        "còn tỷ lệ hồ sơ TTHC có kết quả được cấp bản điện tử đạt 88%.",
        "2024-08-14",
        [
            ("online_dossier_full_process_rate", "Đồng Tháp", "as_of", "2024-08-14", 45.0),
            ("data_reuse_rate", "Đồng Tháp", "as_of", "2024-08-14", 32.4),
            ("e_result_rate", "Đồng Tháp", "as_of", "2024-08-14", 88.0),
        ],
    ),
    # 11. NEGATIVE: other countries' and the world's figures in an explainer piece
    (
        "Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2022, Đan Mạch dẫn đầu, Hàn Quốc xếp thứ 3.\n"
        "Tại Estonia, 99% dịch vụ công được cung cấp trực tuyến toàn trình; Singapore có 98% hồ sơ nộp qua mạng.\n"
        "Theo Ngân hàng Thế giới, 76% người trưởng thành trên thế giới có tài khoản thanh toán.",
        "2023-03-15",
        [],
    ),
    # 12. Provincial 5G and smartphones: operators' own station counts after "trong đó" not stored
    (
        "Bình Dương: hạ tầng số tiếp tục được mở rộng\n"
        "Tính đến ngày 31/12/2024, trên địa bàn tỉnh Bình Dương có 520 trạm BTS 5G, "
        "trong đó Viettel Bình Dương lắp đặt 310 trạm, VNPT Bình Dương 150 trạm.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 88,4%.",
        "2025-01-08",
        [
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-12-31", 520),
            ("smartphone_subscriber_rate", "Bình Dương", "as_of", "2024-12-31", 88.4),
        ],
    ),
    # 13. Ministry monthly report on NDXP: month flow, per-day average, cumulative since launch, agencies and connection points
    (
        "Báo cáo chuyển đổi số quốc gia tháng 6/2024:\n"
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng 6 ghi nhận 72,4 triệu giao dịch, "
        "bình quân 2,41 triệu giao dịch/ngày.\n"
        "Lũy kế từ khi khai trương, tổng số giao dịch qua NDXP đạt 2,95 tỷ giao dịch.\n"
        "Nền tảng đã có 118 cơ quan, đơn vị kết nối với hơn 2.100 điểm kết nối.",
        "2024-07-05",
        [
            ("ndxp_transactions_period", "national", "month", "2024-06-30", 72400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2410000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2950000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 118),
            ("ndxp_connection_points", "national", "as_of", "2024-06-30", 2100),
        ],
    ),
    # 14. NEGATIVE: a province's own LGSP (connected to NDXP) and its transactions, CSDL counts, decisions
    (
        "Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Hà Giang (LGSP) đã kết nối với NDXP và 14 CSDL chuyên ngành.\n"
        "Trong năm, LGSP của tỉnh thực hiện 3,2 triệu giao dịch, bình quân khoảng 8.800 giao dịch/ngày.\n"
        "UBND tỉnh đã ban hành 3 quyết định về danh mục CSDL dùng chung.",
        "2024-01-18",
        [],
    ),
    # 15. Cục An toàn thông tin month: attacks kept, month-on-month fall not; "hiện ở mức" in a month's text -> end of month
    (
        "Tình hình an toàn thông tin tháng 8/2024\n"
        "Trong tháng 8/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.021 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 14,3% so với tháng 7.\n"
        "Số địa chỉ IP nằm trong mạng botnet hiện ở mức 620.450 địa chỉ, "
        "trong đó 1.250 địa chỉ thuộc cơ quan nhà nước.",
        "2024-09-06",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 1021),
            ("botnet_ips", "national", "as_of", "2024-08-31", 620450),
        ],
    ),
    # 16. Province's approved-security-level share as "100% (156/156)", then the national rate referred to as "tỷ lệ này"
    (
        "Thừa Thiên Huế bảo đảm an toàn hệ thống thông tin theo cấp độ\n"
        "Đến tháng 9/2024, 100% hệ thống thông tin của các cơ quan nhà nước tỉnh Thừa Thiên Huế (156/156 hệ thống) "
        "đã được phê duyệt hồ sơ đề xuất cấp độ.\n"
        "Trong khi đó, tỷ lệ này của cả nước, theo Bộ TT&TT, mới đạt khoảng 76,5%.",
        "2024-10-02",
        [
            ("info_systems_level_approved_rate", "Thừa Thiên Huế", "as_of", "2024-09-30", 100.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 76.5),
        ],
    ),
    # 17. Province's digital-economy share of GRDP and the national share in one paragraph; the 2025 target not stored
    (
        "Kinh tế số Bắc Ninh vượt xa bình quân cả nước\n"
        "Năm 2023, kinh tế số của tỉnh Bắc Ninh ước đóng góp 23,5% GRDP, cao hơn nhiều so với bình quân cả nước "
        "(kinh tế số chiếm khoảng 12,33% GDP).\n"
        "Tỉnh đặt mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt 30% GRDP.",
        "2024-03-11",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 23.5),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 18. Provincial police: chip ID cards and activated VNeID accounts at a date; the activation rate has no id
    (
        "Nghệ An đẩy nhanh triển khai Đề án 06\n"
        "Tính đến ngày 30/6/2024, Công an tỉnh Nghệ An đã cấp 2.456.780 thẻ căn cước công dân gắn chip.\n"
        "Đến cùng thời điểm, đã kích hoạt 1,52 triệu tài khoản định danh điện tử VNeID, tỷ lệ kích hoạt đạt 54%.",
        "2024-07-03",
        [
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2024-06-30", 2456780),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-06-30", 1520000),
        ],
    ),
    # 19. Government meeting: "41/53" essential services and "56/63" provinces kept; remainders (12 còn lại, 07 chưa) not
    (
        "Văn phòng Chính phủ báo cáo tiến độ Đề án 06\n"
        "Tại phiên họp ngày 24/4/2024, Văn phòng Chính phủ cho biết đến nay đã hoàn thành cung cấp 41/53 "
        "dịch vụ công thiết yếu trực tuyến toàn trình trên Cổng DVCQG; 12 dịch vụ còn lại đang khẩn trương triển khai.\n"
        "Có 56/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT; 07 địa phương chưa ban hành.",
        "2024-04-25",
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-24", 41),
            ("localities_fee_reduction", "national", "as_of", "2024-04-24", 56),
        ],
    ),
    # 20. Year-end reform results: procedures simplified as "702/1.084", dossiers tied to personal ID ("mã số định danh")
    (
        "Kết quả cải cách TTHC gắn với Đề án 06\n"
        "Báo cáo của Văn phòng Chính phủ cho biết, đến hết năm 2023, Chính phủ đã cắt giảm, đơn giản hóa "
        "702/1.084 TTHC liên quan đến dữ liệu dân cư.\n"
        "Tỷ lệ hồ sơ TTHC gắn với mã số định danh cá nhân đạt 38,6%.",
        "2024-01-20",
        [
            ("procedures_simplified", "national", "as_of", "2023-12-31", 702),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2023-12-31", 38.6),
        ],
    ),
    # 21. Provincial year: adults using DVCTT (province named between) and satisfaction phrased "mức độ hài lòng"
    (
        "Vĩnh Long tổng kết công tác cải cách hành chính năm 2024\n"
        "Năm 2024, tỷ lệ người dân trưởng thành trên địa bàn tỉnh Vĩnh Long sử dụng DVCTT đạt 42,5%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 96,8%.",
        "2025-01-15",
        [
            ("adult_population_using_dvctt_rate", "Vĩnh Long", "year", "2024-12-31", 42.5),
            ("satisfaction_rate", "Vĩnh Long", "year", "2024-12-31", 96.8),
        ],
    ),
    # 22. National: EMC connection share and the share of online services that received dossiers ("có phát sinh hồ sơ")
    (
        "Đo lường chất lượng dịch vụ công trực tuyến qua Hệ thống EMC\n"
        "Tính đến ngày 30/9/2024, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ "
        "với Hệ thống EMC đạt 87,3%.\n"
        "Cùng thời điểm, cả nước có 44,6% DVCTT có phát sinh hồ sơ trực tuyến; nhiều dịch vụ cả năm không có hồ sơ nào.",
        "2024-10-08",
        [
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 87.3),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-09-30", 44.6),
        ],
    ),
    # 23. 2022 wording "mức độ 3, 4" (online services) and "mức độ 4" (full-process), dossiers of levels 3, 4 over all dossiers
    (
        "Lâm Đồng: kết quả cải cách hành chính năm 2022\n"
        "Năm 2022, tỉnh Lâm Đồng có 1.457 DVCTT mức độ 3, 4 trên tổng số 1.798 TTHC, đạt tỷ lệ 81,03%; "
        "trong đó mức độ 4 là 862 dịch vụ (47,94%).\n"
        "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt 36,2%.",
        "2023-01-10",
        [
            ("dvctt_rate", "Lâm Đồng", "year", "2022-12-31", 81.03),
            ("dvctt_full_process_rate", "Lâm Đồng", "year", "2022-12-31", 47.94),
            ("online_dossier_rate", "Lâm Đồng", "year", "2022-12-31", 36.2),
        ],
    ),
    # 24. Hà Nội quarter: full-process share of the services in parentheses kept, "một phần" share not; "hồ sơ nộp trực tuyến"
    (
        "Hà Nội: kết quả cung cấp dịch vụ công trực tuyến quý I\n"
        "Quý I/2024, thành phố Hà Nội cung cấp 1.986 DVCTT, trong đó 1.102 DVCTT toàn trình (55,5%) "
        "và 884 DVCTT một phần (44,5%).\n"
        "Tỷ lệ hồ sơ nộp trực tuyến trong quý đạt 62,7%.",
        "2024-04-08",
        [
            ("dvctt_full_process_rate", "Hà Nội", "quarter", "2024-03-31", 55.5),
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-03-31", 62.7),
        ],
    ),
    # 25. NEGATIVE: a half-year's counts of plans, decisions, conferences, published procedures and trainees
    (
        "Trong 6 tháng đầu năm 2024, UBND tỉnh Quảng Nam ban hành 12 kế hoạch, 5 quyết định về chuyển đổi số; "
        "tổ chức 3 hội nghị chuyên đề về cải cách TTHC.\n"
        "Chủ tịch UBND tỉnh công bố 245 TTHC mới ban hành, 118 TTHC sửa đổi, bổ sung và 64 TTHC bị bãi bỏ.\n"
        "Sở TT&TT tập huấn kỹ năng số cho 1.200 cán bộ cấp xã.",
        "2024-07-12",
        [],
    ),
    # 26. NEGATIVE: one named ministry's own figures (and its sectors' after "trong đó") are not labelled
    (
        "Bộ Tài chính dẫn đầu về dịch vụ công trực tuyến\n"
        "Năm 2023, Bộ Tài chính cung cấp 864/1.021 TTHC dưới dạng DVCTT toàn trình, đạt 84,6%.\n"
        "Tỷ lệ hồ sơ trực tuyến của Bộ đạt 97,3%, trong đó lĩnh vực thuế 99,6%, hải quan 99,9%.",
        "2024-01-25",
        [],
    ),
    # 27. VnExpress-style "chạm mốc" with a date in the text; "gấp đôi so với cuối năm 2022" not stored
    (
        "Cổng Dịch vụ công quốc gia chạm mốc mới\n"
        "Theo Văn phòng Chính phủ, tính đến ngày 12/9/2023, số tài khoản đăng ký trên Cổng DVCQG đã chạm mốc 10 triệu, "
        "gấp đôi so với cuối năm 2022.\n"
        "Người dùng có thể đăng nhập bằng tài khoản VNeID mà không cần tạo tài khoản mới.",
        "2023-09-13",
        [
            ("national_portal_accounts", "national", "as_of", "2023-09-12", 10000000),
        ],
    ),
    # 28. Province's online payments via the National Portal "lũy kế từ đầu năm đến ngày" -> ytd flows on the _new twins; payment share has no id
    (
        "Thanh Hóa: thanh toán trực tuyến tăng mạnh\n"
        "Lũy kế từ đầu năm đến ngày 15/10/2024, tỉnh Thanh Hóa có 185.430 hồ sơ thanh toán trực tuyến "
        "qua Cổng Dịch vụ công quốc gia với số tiền 92,7 tỷ đồng.\n"
        "Tỷ lệ hồ sơ có thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính đạt 41,2%.",
        "2024-10-18",
        [
            ("online_payments_count_new", "Thanh Hóa", "ytd", "2024-10-15", 185430),
            ("online_payments_value_new", "Thanh Hóa", "ytd", "2024-10-15", 92.7),
        ],
    ),
    # 29. Nine months: digitisation of dossiers and results (no id) beside e-results and data reuse ("tái sử dụng")
    (
        "Hải Dương: chuyển đổi số trong giải quyết TTHC\n"
        "9 tháng năm 2024, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh Hải Dương đạt 85,6%;\n"
        "tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 92,1%;\n"
        "tỷ lệ hồ sơ có tái sử dụng dữ liệu đã số hóa đạt 38,4%.",
        "2024-10-05",
        [
            ("e_result_rate", "Hải Dương", "ytd", "2024-09-30", 92.1),
            ("data_reuse_rate", "Hải Dương", "ytd", "2024-09-30", 38.4),
        ],
    ),
    # 30. Provincial infrastructure at year end: villages left without signal kept, villages covered in the year not; FTTH households
    (
        "Đến cuối năm 2023, toàn tỉnh Điện Biên còn 125 thôn, bản lõm sóng di động.\n"
        "Trong năm, các doanh nghiệp viễn thông đã phủ sóng cho 48 thôn lõm sóng.\n"
        "Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh đạt 72%.",
        "2024-01-09",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2023-12-31", 125),
            ("ftth_household_rate", "Điện Biên", "as_of", "2023-12-31", 72.0),
        ],
    ),
    # 31. Ministry month report: download speeds kept, upload speeds in parentheses not; 5G population coverage
    (
        "Hạ tầng số tháng 11/2024\n"
        "Theo Báo cáo tháng 11/2024 của Bộ TT&TT, tốc độ truy cập băng rộng cố định trung bình đạt 154,2 Mbps, "
        "băng rộng di động đạt 81,4 Mbps (tốc độ tải lên lần lượt là 150,1 Mbps và 28,3 Mbps).\n"
        "Mạng 5G đã phủ sóng khoảng 26% dân số.",
        "2024-12-06",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 154.2),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 81.4),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-11-30", 26.0),
        ],
    ),
    # 32. Year-end digital society: e-invoices "5,4 tỷ", Mobile Money customers (rural share after "trong đó" not), adults with an account
    (
        "Tính đến hết năm 2023, cơ quan thuế đã tiếp nhận, xử lý hơn 5,4 tỷ hóa đơn điện tử.\n"
        "Dịch vụ Mobile Money có 6,3 triệu khách hàng, trong đó 70% ở khu vực nông thôn, miền núi.\n"
        "Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87%.",
        "2024-01-16",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-31", 5400000000),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6300000),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
        ],
    ),
    # 33. UN survey read the next year: Việt Nam's EGDI rank "86/193" kept (edition year), the OSI sub-index rank and "tăng 2 bậc" not
    (
        "Vị thế Chính phủ điện tử Việt Nam\n"
        "Theo Khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Việt Nam xếp thứ 86/193 quốc gia về "
        "Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 2 bậc so với năm 2020.\n"
        "Riêng Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 75.",
        "2023-02-10",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 34. Ministry's own estimate of the digital economy's growth and share kept; a vendor report's (e-Conomy SEA) figures not
    (
        "Kinh tế số tiếp tục tăng trưởng nhanh\n"
        "Theo Bộ TT&TT, năm 2023 tốc độ tăng trưởng kinh tế số của Việt Nam đạt khoảng 20%, gấp 3 lần tăng trưởng GDP; "
        "tỷ trọng kinh tế số ước đạt 16,5% GDP.\n"
        "Báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính nền kinh tế số Việt Nam đạt 30 tỷ USD, tăng 19%.",
        "2024-01-05",
        [
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 35. Quarter report: "hồ sơ phát sinh trực tuyến ..., đạt 70,26%" and a full-process count with its share; "Hiện nay" dated at the quarter's end (page 51 days later)
    (
        "Kiên Giang: hồ sơ trực tuyến tiếp tục tăng\n"
        "Quý II/2024, Hệ thống thông tin giải quyết TTHC tỉnh Kiên Giang tiếp nhận 186.452 hồ sơ, "
        "trong đó hồ sơ phát sinh trực tuyến là 131.006 hồ sơ, đạt 70,26%; "
        "hồ sơ trực tuyến toàn trình 64.822 hồ sơ, chiếm 34,77%.\n"
        "Hiện nay, tỷ lệ DVCTT toàn trình của tỉnh đạt 57,2%.",
        "2024-08-20",
        [
            ("online_dossier_rate", "Kiên Giang", "quarter", "2024-06-30", 70.26),
            ("online_dossier_full_process_rate", "Kiên Giang", "quarter", "2024-06-30", 34.77),
            ("dvctt_full_process_rate", "Kiên Giang", "as_of", "2024-06-30", 57.2),
        ],
    ),
    # 36. Eligible-procedures share (100%) next to the share over all procedures at a date
    (
        "Bình Định hoàn thành cung cấp DVCTT toàn trình đối với TTHC đủ điều kiện\n"
        "Tính đến ngày 20/11/2024, Cổng Dịch vụ công tỉnh Bình Định cung cấp 1.136 DVCTT toàn trình trên 1.136 TTHC đủ điều kiện, đạt 100%.\n"
        "Tỷ lệ DVCTT toàn trình trên tổng số TTHC của tỉnh là 60,4%.",
        "2024-11-22",
        [
            ("full_process_provision_rate", "Bình Định", "as_of", "2024-11-20", 100.0),
            ("dvctt_full_process_rate", "Bình Định", "as_of", "2024-11-20", 60.4),
        ],
    ),
    # 37. National monthly report as a bullet list with "/" labels and parenthesised qualifiers; a month flow of portal dossiers
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2024 – Chính phủ số:\n"
        "- Tỷ lệ DVCTT toàn trình/tổng số TTHC: 49,7%\n"
        "- Tỷ lệ hồ sơ trực tuyến (của DVCTT toàn trình và một phần): 42,1%\n"
        "- Tỷ lệ hồ sơ có kết quả điện tử: 63%\n"
        "- Tỷ lệ dân số trưởng thành sử dụng DVCTT: 36,2%\n"
        "- Số hồ sơ trực tuyến trong tháng qua Cổng DVCQG: 1,35 triệu",
        "2024-06-07",
        [
            ("dvctt_full_process_rate", "national", "month", "2024-05-31", 49.7),
            ("online_dossier_rate", "national", "month", "2024-05-31", 42.1),
            ("e_result_rate", "national", "month", "2024-05-31", 63.0),
            ("adult_population_using_dvctt_rate", "national", "month", "2024-05-31", 36.2),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1350000),
        ],
    ),
    # 38. Mixed: achieved values kept, the missed target (chỉ tiêu 60%), the exceeded target (mục tiêu 50%) and next year's "phấn đấu" not
    (
        "Năm 2023, tỷ lệ DVCTT toàn trình của tỉnh Long An đạt 48,3%, chưa đạt chỉ tiêu 60% đề ra.\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 52,6%, vượt mục tiêu 50%.\n"
        "Năm 2024, tỉnh phấn đấu tỷ lệ DVCTT toàn trình đạt 80%.",
        "2024-01-22",
        [
            ("dvctt_full_process_rate", "Long An", "year", "2023-12-31", 48.3),
            ("online_dossier_rate", "Long An", "year", "2023-12-31", 52.6),
        ],
    ),
    # 39. "lên tới" with the previous month's value in parentheses (kept with its own month); the change in points not
    (
        "Tây Ninh: hồ sơ trực tuyến toàn trình tăng mạnh\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2024 của tỉnh Tây Ninh lên tới 58,2% (tháng 9/2024 là 51,7%), "
        "tăng 6,5 điểm phần trăm.\n"
        "Đây là mức cao nhất từ trước đến nay của tỉnh.",
        "2024-11-04",
        [
            ("online_dossier_full_process_rate", "Tây Ninh", "month", "2024-10-31", 58.2),
            ("online_dossier_full_process_rate", "Tây Ninh", "month", "2024-09-30", 51.7),
        ],
    ),
    # 40. National Portal quarter flows ("2,8 triệu" dossiers, payments with "tổng số tiền"); synced dossiers not stored
    (
        "Cổng Dịch vụ công quốc gia quý I/2023\n"
        "Quý I/2023, Cổng Dịch vụ công quốc gia tiếp nhận 2,8 triệu hồ sơ trực tuyến và 4,6 triệu giao dịch "
        "thanh toán trực tuyến với tổng số tiền 1.890 tỷ đồng.\n"
        "Trong quý, 31,5 triệu hồ sơ được đồng bộ trạng thái từ các bộ, ngành, địa phương lên Cổng.",
        "2023-04-07",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2023-03-31", 2800000),
            ("online_payments_count_new", "national", "quarter", "2023-03-31", 4600000),
            ("online_payments_value_new", "national", "quarter", "2023-03-31", 1890),
        ],
    ),
]
