"""Blind probes, round 60: constructions that decide whose figure a number is and when it holds.
The cases cover seven constructions: a ministry's, agency's or state group's own report that mixes
its own figures with quoted national ones; an earlier period's figure given beside the current one,
stored for its own period; running totals since a start next to the month's flows (stocks on the
stock id, spans on the `_new` twins); rankings and lists of provinces with bracketed or dashed
values followed by "các con số tương ứng là …" or "lần lượt là …"; value-first sentences and
headline numbers; a year, month or quarter given once in a heading or first paragraph, and tables
written as lines with the unit only in the caption; and negative or mixed cases (targets, country
rankings, survey respondents, an operator's running total, a district's figure, counts of meetings
and decrees, year-on-year changes, an undated "hiện nay" with no published date). Written for the
project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1. Ministry's own year report: its own 68,4% is not stored, the quoted national figures are.
    (
        "Bộ Tư pháp: Kết quả chuyển đổi số năm 2024\n"
        "Năm 2024, Bộ Tư pháp đã cung cấp 100% TTHC đủ điều kiện dưới dạng DVCTT toàn trình; "
        "tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt 68,4%, cao hơn nhiều so với mặt bằng chung.\n"
        "Theo số liệu của Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước năm 2024 "
        "là 42,5%, tỷ lệ hồ sơ xử lý trực tuyến đạt 47,3%.\n"
        "Năm 2025, Bộ phấn đấu 100% hồ sơ được số hóa, tái sử dụng kết quả giải quyết TTHC.",
        "2025-01-10",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 42.5),
            ("online_dossier_rate", "national", "year", "2024-12-31", 47.3),
        ],
    ),
    # 2. "Bộ Tài chính cho biết 100% TTHC của Bộ …": the ministry's shares are its own; the portal's running payments are national.
    (
        "Bộ Tài chính cho biết, tính đến ngày 30/9/2024, 100% TTHC thuộc thẩm quyền giải quyết của Bộ "
        "đã được cung cấp trực tuyến, trong đó 92,6% là DVCTT toàn trình.\n"
        "Trong 9 tháng, Hệ thống dịch vụ công của Bộ tiếp nhận 1,52 triệu hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 97,1%.\n"
        "Cũng theo Bộ Tài chính, lũy kế đến 30/9/2024, Cổng Dịch vụ công quốc gia đã ghi nhận 9,8 triệu "
        "giao dịch thanh toán trực tuyến với tổng số tiền gần 7.650 tỷ đồng.",
        "2024-10-12",
        [
            ("online_payments_count", "national", "as_of", "2024-09-30", 9800000),
            ("online_payments_value", "national", "as_of", "2024-09-30", 7650),
        ],
    ),
    # 3. State Treasury's own NDXP traffic (not stored) beside the national year total and the running total.
    (
        "Kho bạc Nhà nước: Năm 2023 đẩy mạnh kết nối, chia sẻ dữ liệu\n"
        "Trong năm, hệ thống của Kho bạc Nhà nước đã trao đổi hơn 3,1 triệu giao dịch với các bộ, ngành, "
        "địa phương qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP); 100% đơn vị giao dịch đã sử dụng "
        "dịch vụ công trực tuyến của Kho bạc.\n"
        "Theo Bộ Thông tin và Truyền thông, tổng số giao dịch qua NDXP cả năm 2023 đạt 781 triệu; lũy kế từ "
        "khi đưa vào vận hành đã lên tới 2,1 tỷ giao dịch.",
        "2024-01-22",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 781000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 2100000000),
        ],
    ),
    # 4. A state group's own page (Viettel's stations and speed are its own); "Hiện nay, cả nước …" dated by publication.
    (
        "Viettel: Hơn 4.000 trạm 5G sau 5 tháng khai trương\n"
        "Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel) cho biết đã lắp đặt 4.230 trạm BTS 5G, phủ sóng "
        "100% trung tâm các tỉnh, thành; tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt 520 Mbps.\n"
        "Hiện nay, cả nước có khoảng 7.500 trạm 5G của các nhà mạng, vùng phủ sóng 5G đạt 26% dân số.",
        "2025-03-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-05", 7500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-05", 26),
        ],
    ),
    # 5. Ministry of Public Security: its own 321/327 full-process procedures are not national; its national ID counts are.
    (
        "Bộ Công an: Đề án 06 tiếp tục về đích nhiều chỉ tiêu\n"
        "Tại Bộ Công an, 321/327 TTHC (98,2%) đã được cung cấp trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến "
        "của Bộ đạt 93,6%.\n"
        "Đối với cả nước, tính đến ngày 15/12/2024, lực lượng Công an đã cấp 87,4 triệu thẻ căn cước công dân "
        "gắn chip và kích hoạt 59,5 triệu tài khoản định danh điện tử VNeID.\n"
        "Bộ đặt mục tiêu năm 2025 kích hoạt 70 triệu tài khoản.",
        "2024-12-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-15", 87400000),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-15", 59500000),
        ],
    ),
    # 6. "so với mức 676 cuộc của tháng 2": the earlier month is its own value; the attack kinds after "Trong đó" are parts.
    (
        "Trong tháng 3/2025, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 612 cuộc tấn "
        "công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với mức 676 cuộc của tháng 2.\n"
        "Trong đó có 301 cuộc tấn công lừa đảo, 205 cuộc tấn công thay đổi giao diện và 106 cuộc tấn công cài mã độc.\n"
        "Số địa chỉ IP nằm trong mạng botnet cuối tháng 3 là 598.214, giảm nhẹ so với tháng trước.",
        "2025-04-04",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 612),
            ("cyberattacks", "national", "month", "2025-02-28", 676),
            ("botnet_ips", "national", "as_of", "2025-03-31", 598214),
        ],
    ),
    # 7. Provincial portal with "(năm 2023: 72,4%)" brackets: last year's values stored for 2023.
    (
        "Cổng Thông tin điện tử tỉnh Hà Tĩnh – Năm 2024, toàn tỉnh tiếp nhận 486.120 hồ sơ TTHC; tỷ lệ hồ sơ "
        "xử lý trực tuyến đạt 78,6% (năm 2023: 72,4%).\n"
        "Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,2% (năm 2023: 77,7%).\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trên địa bàn tỉnh đạt 96,1%.",
        "2025-01-15",
        [
            ("online_dossier_rate", "Hà Tĩnh", "year", "2024-12-31", 78.6),
            ("online_dossier_rate", "Hà Tĩnh", "year", "2023-12-31", 72.4),
            ("e_result_rate", "Hà Tĩnh", "year", "2024-12-31", 88.2),
            ("e_result_rate", "Hà Tĩnh", "year", "2023-12-31", 77.7),
            ("satisfaction_rate", "Hà Tĩnh", "year", "2024-12-31", 96.1),
        ],
    ),
    # 8. "tháng trước con số này là …" after the month's NDXP total; month in the report heading only.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 8/2024\n"
        "3. Nền tảng NDXP\n"
        "Trong tháng 8/2024, NDXP xử lý trung bình 3,17 triệu giao dịch mỗi ngày. Tổng số giao dịch cả tháng "
        "đạt 98,4 triệu; tháng trước con số này là 92,1 triệu.\n"
        "Số điểm kết nối trên NDXP tăng thêm 12, lên 1.316 điểm.",
        "2024-09-06",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 3170000),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 98400000),
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 92100000),
            ("ndxp_connection_points", "national", "as_of", "2024-08-31", 1316),
        ],
    ),
    # 9. "so với 198,6 Mbps của tháng 4" and "(tháng 4: 140,3 Mbps)"; upload speed and speed rank are not stored.
    (
        "Theo số liệu đo của hệ thống i-Speed, tốc độ truy cập băng rộng cố định trung bình của Việt Nam trong "
        "tháng 5/2025 đạt 215,4 Mbps, so với 198,6 Mbps của tháng 4; tốc độ tải lên đạt 190,2 Mbps.\n"
        "Với băng rộng di động, tốc độ tải xuống là 146,6 Mbps (tháng 4: 140,3 Mbps).\n"
        "Tốc độ BRCĐ của Việt Nam hiện đứng thứ 12 thế giới.",
        "2025-06-10",
        [
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 215.4),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 198.6),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 140.3),
        ],
    ),
    # 10. "cao hơn mức 16,5% của năm 2023" and "Năm trước đó, con số tăng trưởng này chỉ là 12,4%"; the 2025 target is not stored.
    (
        "Kinh tế số tiếp tục là điểm sáng\n"
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, cao hơn mức 16,5% của năm 2023; tốc độ tăng "
        "trưởng kinh tế số khoảng 20%, gấp hơn ba lần tăng trưởng GDP.\n"
        "Năm trước đó, con số tăng trưởng này chỉ là 12,4%.\n"
        "Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP.",
        "2025-02-14",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("digital_economy_growth", "national", "year", "2023-12-31", 12.4),
        ],
    ),
    # 11. Month's new accounts and dossiers (flow twins) beside "Lũy kế … kể từ khi khai trương" (stocks).
    (
        "Văn phòng Chính phủ: Tình hình vận hành Cổng Dịch vụ công quốc gia tháng 4/2025\n"
        "Trong tháng 4/2025, Cổng DVCQG có thêm 412.530 tài khoản đăng ký mới và tiếp nhận 3,1 triệu hồ sơ "
        "trực tuyến.\n"
        "Lũy kế đến hết tháng 4, Cổng có 15,6 triệu tài khoản; người dân, doanh nghiệp đã nộp khoảng 52 triệu "
        "hồ sơ qua Cổng kể từ khi khai trương.",
        "2025-05-06",
        [
            ("national_portal_accounts_new", "national", "month", "2025-04-30", 412530),
            ("national_portal_dossiers_new", "national", "month", "2025-04-30", 3100000),
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 15600000),
            ("national_portal_dossiers", "national", "as_of", "2025-04-30", 52000000),
        ],
    ),
    # 12. "Tính từ đầu năm" (ytd flow) and "riêng tháng 6" (month flow) and "Cộng dồn từ khi …" (stock), with "nghìn tỷ đồng".
    (
        "Văn phòng Chính phủ: Thanh toán trực tuyến trên Cổng DVCQG 6 tháng đầu năm 2024\n"
        "Tính từ đầu năm đến hết tháng 6/2024, Cổng Dịch vụ công quốc gia ghi nhận 4,2 triệu giao dịch thanh "
        "toán trực tuyến với số tiền 3.150 tỷ đồng; riêng tháng 6 là 812.000 giao dịch, tương ứng 598 tỷ đồng.\n"
        "Cộng dồn từ khi đưa vào vận hành nền tảng thanh toán, số giao dịch đã vượt 16,3 triệu, tổng số tiền "
        "hơn 11,9 nghìn tỷ đồng.",
        "2024-07-08",
        [
            ("online_payments_count_new", "national", "ytd", "2024-06-30", 4200000),
            ("online_payments_value_new", "national", "ytd", "2024-06-30", 3150),
            ("online_payments_count_new", "national", "month", "2024-06-30", 812000),
            ("online_payments_value_new", "national", "month", "2024-06-30", 598),
            ("online_payments_count", "national", "as_of", "2024-06-30", 16300000),
            ("online_payments_value", "national", "as_of", "2024-06-30", 11900),
        ],
    ),
    # 13. "Lũy kế từ năm 2019 đến nay" NDXP total beside "riêng tháng 10" and a per-day average.
    (
        "Bộ Thông tin và Truyền thông: Tình hình vận hành Nền tảng NDXP tháng 10/2024\n"
        "Tính đến ngày 31/10/2024, Nền tảng NDXP đã kết nối với 105 cơ quan, đơn vị, gồm các bộ, ngành, địa "
        "phương và một số doanh nghiệp nhà nước.\n"
        "Lũy kế từ năm 2019 đến nay, tổng số giao dịch qua NDXP đạt 3,41 tỷ; riêng tháng 10 có 101,2 triệu "
        "giao dịch, bình quân 3,26 triệu giao dịch/ngày.",
        "2024-11-08",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-31", 105),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-10-31", 3410000000),
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 101200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 3260000),
        ],
    ),
    # 14. E-invoice running total "từ khi triển khai … đến ngày 15/4/2025"; the sub-count, the month's new invoices and the decree number are not stored.
    (
        "Tổng cục Thuế cho biết, từ khi triển khai hóa đơn điện tử theo Nghị định 123 (tháng 7/2022) đến ngày "
        "15/4/2025, cơ quan thuế đã tiếp nhận, xử lý 9,47 tỷ hóa đơn điện tử, trong đó có 2,61 tỷ hóa đơn có mã "
        "của cơ quan thuế.\n"
        "Riêng tháng 3/2025, có 316 triệu hóa đơn được khởi tạo, tăng 8% so với cùng kỳ.\n"
        "Hiện có 1,1 triệu doanh nghiệp, tổ chức kinh tế và hộ kinh doanh sử dụng hóa đơn điện tử.",
        "2025-04-18",
        [
            ("e_invoices_total", "national", "as_of", "2025-04-15", 9470000000),
        ],
    ),
    # 15. Provincial "Từ đầu năm đến nay" rate (ytd to the page's date) and "Cộng dồn đến nay" VNeID stock; the month's extra accounts have no id.
    (
        "Cổng TTĐT tỉnh Quảng Ninh – Cải cách hành chính gắn với chuyển đổi số\n"
        "Từ đầu năm đến nay, Trung tâm Phục vụ hành chính công các cấp trên địa "
        "bàn tỉnh đã tiếp nhận 315.402 hồ sơ TTHC, trong đó 289.100 hồ sơ trực tuyến, đạt tỷ lệ 91,7%.\n"
        "Cộng dồn đến nay, toàn tỉnh đã kích hoạt 1,12 triệu tài khoản định danh điện tử; riêng tháng 9 kích "
        "hoạt thêm 18.450 tài khoản.",
        "2024-10-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-10-15", 91.7),
            ("vneid_activated_accounts", "Quảng Ninh", "as_of", "2024-10-15", 1120000),
        ],
    ),
    # 16. Ranking in brackets "Bắc Ninh (28,74%), tiếp đến là …", then "Tính chung cả nước, con số này là …"; target left out.
    (
        "Theo công bố của Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GRDP cao nhất thuộc về Bắc Ninh "
        "(28,74%), tiếp đến là Thái Nguyên (24,3%) và Hải Phòng (12,1%).\n"
        "Ở chiều ngược lại, Điện Biên chỉ đạt 3,05%.\n"
        "Tính chung cả nước, con số này là 12,33%; mục tiêu năm 2025 là 20%.",
        "2024-12-02",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 28.74),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 24.3),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 12.1),
            ("digital_economy_gdp_share", "Điện Biên", "year", "2023-12-31", 3.05),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 17. "top 3 … Đà Nẵng – 82,3%; …" then "các con số tương ứng là …" for another indicator, then the localities' average.
    (
        "Bảng xếp hạng tháng 5/2025 trên Hệ thống EMC: top 3 địa phương có tỷ lệ hồ sơ trực tuyến toàn trình "
        "cao nhất gồm Đà Nẵng – 82,3%; Quảng Ninh – 79,5%; Bình Dương – 77,8%.\n"
        "Về tỷ lệ hồ sơ được cấp kết quả điện tử, các con số tương ứng là 95,1%, 93,4% và 90,2%.\n"
        "Bình quân khối địa phương, tỷ lệ hồ sơ trực tuyến toàn trình chỉ đạt 41,6%.",
        "2025-06-04",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-05-31", 82.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-05-31", 79.5),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2025-05-31", 77.8),
            ("e_result_rate", "Đà Nẵng", "month", "2025-05-31", 95.1),
            ("e_result_rate", "Quảng Ninh", "month", "2025-05-31", 93.4),
            ("e_result_rate", "Bình Dương", "month", "2025-05-31", 90.2),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 41.6),
        ],
    ),
    # 18. Government notice: "con số này ở khối địa phương là …" then "tương ứng là …" mapping three values to three breakdowns; notice and session numbers not stored.
    (
        "Văn phòng Chính phủ ban hành Thông báo số 512/TB-VPCP ngày 22/11/2024 kết luận của Thủ tướng tại Phiên "
        "họp thứ 10 của Ủy ban Quốc gia về chuyển đổi số.\n"
        "Theo đó, tính đến ngày 15/11/2024, tỷ lệ cung cấp DVCTT toàn trình của khối bộ, ngành đạt 58,2%; con số "
        "này ở khối địa phương là 46,7%, bình quân chung cả nước 48,9%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ) tương ứng là 35,4%, 24,1% và 26,8%.",
        "2024-11-22",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-11-15", 58.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-11-15", 46.7),
            ("dvctt_full_process_rate", "national", "as_of", "2024-11-15", 48.9),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-11-15", 35.4),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-11-15", 24.1),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-11-15", 26.8),
        ],
    ),
    # 19. "Dẫn đầu là Hà Nội với …, kế đến là Hải Phòng (… trạm)" then coverage "các con số tương ứng ở ba địa phương này là …".
    (
        "Phủ sóng 5G: các đô thị lớn dẫn đầu\n"
        "Tính đến cuối tháng 6/2025, cả nước có 8.900 trạm BTS 5G. Dẫn đầu là Hà Nội với 2.150 trạm, kế đến là "
        "Hải Phòng (1.020 trạm) và Đà Nẵng (615 trạm).\n"
        "Về tỷ lệ phủ sóng 5G theo dân số, các con số tương ứng ở ba địa phương này là 92%, 85% và 88%, trong "
        "khi bình quân cả nước là 45%.",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 8900),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-06-30", 2150),
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-06-30", 1020),
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-06-30", 615),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-06-30", 92),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-06-30", 85),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-06-30", 88),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 45),
        ],
    ),
    # 20. "của khối bộ, ngành và khối địa phương lần lượt là …"; single named ministries' 100% / 41,3% and the deadline are not stored.
    (
        "Đến ngày 30/6/2024, tỷ lệ HTTT được phê duyệt cấp độ của khối bộ, ngành và khối địa phương lần lượt là "
        "71,2% và 82,5%; tính chung cả nước là 78,9%.\n"
        "Một số bộ đã hoàn thành 100% như Bộ Tài chính, Bộ Công an; trong khi đó, Bộ Giao thông vận tải mới "
        "đạt 41,3%.\n"
        "Theo chỉ đạo của Thủ tướng, tất cả các hệ thống phải được phê duyệt cấp độ trước tháng 9/2024.",
        "2024-07-05",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-06-30", 71.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-06-30", 82.5),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 78.9),
        ],
    ),
    # 21. Headline "VNeID vượt 55 triệu …" and "Hơn 55 triệu: đó là số tài khoản …"; "Cũng đến thời điểm này" carries the date.
    (
        "VNeID vượt 55 triệu tài khoản kích hoạt\n"
        "Hơn 55 triệu: đó là số tài khoản định danh điện tử đã được kích hoạt trên ứng dụng VNeID tính đến cuối "
        "tháng 7/2024, theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an).\n"
        "Cũng đến thời điểm này, đã có 86,1 triệu thẻ căn cước gắn chip được cấp cho công dân.",
        "2024-08-02",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-07-31", 55000000),
            ("chip_id_cards_issued", "national", "as_of", "2024-07-31", 86100000),
        ],
    ),
    # 22. Value-first: "Gần 7,4 triệu hồ sơ đã được nộp …", "Con số 87,4% là tỷ lệ …", "843 trên 1.084 thủ tục … đã được cắt giảm", "53/53 – đó là số …".
    (
        "Gần 7,4 triệu hồ sơ đã được nộp trực tuyến qua Cổng Dịch vụ công quốc gia trong quý II/2024, theo báo "
        "cáo của Văn phòng Chính phủ.\n"
        "Con số 87,4% là tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trong quý, giảm nhẹ so "
        "với quý I.\n"
        "843 trên 1.084 thủ tục hành chính thuộc phạm vi các nghị quyết chuyên đề của Chính phủ đã được cắt giảm, "
        "đơn giản hóa tính đến ngày 30/6/2024.\n"
        "53/53 – đó là số dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình tại cùng thời điểm.",
        "2024-07-12",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-06-30", 7400000),
            ("satisfaction_rate", "national", "quarter", "2024-06-30", 87.4),
            ("procedures_simplified", "national", "as_of", "2024-06-30", 843),
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 53),
        ],
    ),
    # 23. Headline rank "71/193" and the earlier edition "(86/193 năm 2022)"; the ASEAN place and "tăng 15 bậc" are not stored.
    (
        "Dấu ấn 2024: Việt Nam tăng 15 bậc, xếp thứ 71/193 về Chính phủ điện tử\n"
        "Ngày 17/9/2024, Liên Hợp Quốc công bố kết quả Khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát "
        "triển Chính phủ điện tử (EGDI) của Việt Nam đứng thứ 71/193 quốc gia, tăng 15 bậc so với kỳ trước "
        "(86/193 năm 2022).\n"
        "Trong khu vực ASEAN, Việt Nam xếp thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 24. Value-first "718.302 địa chỉ IP … – đó là con số …" and a half-year attack count; the change since January is not stored.
    (
        "718.302 địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) – đó là con số do NCSC ghi "
        "nhận tại thời điểm 30/6/2024, giảm 18% so với đầu năm.\n"
        "Trong 6 tháng đầu năm 2024, Trung tâm này cũng ghi nhận 4.753 cuộc tấn công mạng gây sự cố vào các hệ "
        "thống thông tin tại Việt Nam.\n"
        "Cùng kỳ, NCSC đã gửi hơn 1.300 văn bản cảnh báo, hướng dẫn xử lý tới các cơ quan, tổ chức.",
        "2024-07-03",
        [
            ("botnet_ips", "national", "as_of", "2024-06-30", 718302),
            ("cyberattacks", "national", "half", "2024-06-30", 4753),
        ],
    ),
    # 25. "I. KẾT QUẢ THÁNG 4/2025" heading, then "Trong tháng, …" with no month repeated, across three families.
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA\n"
        "I. KẾT QUẢ THÁNG 4/2025\n"
        "1. Dịch vụ công trực tuyến: Trong tháng, tỷ lệ hồ sơ xử lý trực tuyến đạt 51,2%; tỷ lệ hồ sơ trực tuyến "
        "toàn trình là 39,8%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 34,5%.\n"
        "2. Nền tảng NDXP: Trong tháng có 102,7 triệu giao dịch, bình quân 3,42 triệu giao dịch/ngày.\n"
        "3. An toàn thông tin: Ghi nhận 640 cuộc tấn công mạng gây sự cố, tăng 4,6% so với tháng trước.",
        "2025-05-07",
        [
            ("online_dossier_rate", "national", "month", "2025-04-30", 51.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 39.8),
            ("data_reuse_rate", "national", "month", "2025-04-30", 34.5),
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 102700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 3420000),
            ("cyberattacks", "national", "month", "2025-04-30", 640),
        ],
    ),
    # 26. Year only in the first paragraph ("Năm 2024, tỉnh Nghệ An …"), then "Đến hết quý III, …" in a new paragraph.
    (
        "Năm 2024, tỉnh Nghệ An xác định là năm tăng tốc chuyển đổi số, tập trung hoàn thiện hạ tầng số đến vùng "
        "sâu, vùng xa.\n"
        "\n"
        "Đến hết quý III, 79,6% hộ gia đình trên địa bàn tỉnh có Internet cáp quang; số thôn, bản còn lõm sóng "
        "di động là 12, giảm 41 thôn so với đầu năm.\n"
        "Tỷ lệ thuê bao di động trên địa bàn sử dụng điện thoại thông minh đạt 83,2%.",
        "2024-10-20",
        [
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-09-30", 79.6),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-09-30", 12),
            ("smartphone_subscriber_rate", "Nghệ An", "as_of", "2024-09-30", 83.2),
        ],
    ),
    # 27. Table written as lines, unit only in the caption "(đơn vị: %)", quarters in the column header, breakdowns in the rows.
    (
        "Báo cáo 6 tháng đầu năm 2025 của Bộ Khoa học và Công nghệ\n"
        "Bảng 2. Tỷ lệ hồ sơ trực tuyến (đơn vị: %)\n"
        "Đơn vị | Quý I/2025 | Quý II/2025\n"
        "Khối bộ, ngành | 62,4 | 66,1\n"
        "Khối địa phương | 48,9 | 53,0\n"
        "Cả nước | 50,7 | 55,2",
        "2025-07-15",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 62.4),
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 66.1),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 48.9),
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 53.0),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 50.7),
            ("online_dossier_rate", "national", "quarter", "2025-06-30", 55.2),
        ],
    ),
    # 28. List table with "(đơn vị: triệu giao dịch)" in the caption: bare numbers scaled by the caption, running total dated by the report's month.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Bảng 3. Giao dịch qua Nền tảng NDXP (đơn vị: triệu giao dịch)\n"
        "- Tháng 4/2025: 105,3\n"
        "- Tháng 5/2025: 110,8\n"
        "- Lũy kế từ năm 2019: 4.012\n"
        "- Bình quân mỗi ngày trong tháng 5: 3,57",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 105300000),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 110800000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4012000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3570000),
        ],
    ),
    # 29. Quarter only in the title and a section heading ("Trong quý", "cuối kỳ", "cuối quý"); money unit only in a heading "(đơn vị: tỷ đồng)".
    (
        "Báo cáo quý II/2025 của Cục Chuyển đổi số quốc gia\n"
        "II. AN TOÀN THÔNG TIN MẠNG\n"
        "Trong quý, NCSC ghi nhận 1.480 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Số địa chỉ IP botnet tại thời điểm cuối kỳ: 512.330.\n"
        "III. THANH TOÁN TRỰC TUYẾN (đơn vị: tỷ đồng)\n"
        "- Giá trị thanh toán trực tuyến trên Cổng DVCQG trong quý: 1.842\n"
        "- Lũy kế đến cuối quý: 15.370",
        "2025-07-08",
        [
            ("cyberattacks", "national", "quarter", "2025-06-30", 1480),
            ("botnet_ips", "national", "as_of", "2025-06-30", 512330),
            ("online_payments_value_new", "national", "quarter", "2025-06-30", 1842),
            ("online_payments_value", "national", "as_of", "2025-06-30", 15370),
        ],
    ),
    # 30. Negative: interview with a ministry's target and its own rate, and "Hiện nay …" with no published date and no date in the text.
    (
        "Trả lời phỏng vấn, Thứ trưởng Bộ Xây dựng cho biết Bộ phấn đấu đến năm 2025, 100% TTHC đủ điều kiện được "
        "cung cấp DVCTT toàn trình; hiện tỷ lệ hồ sơ trực tuyến của Bộ đạt 64%.\n"
        '"Hiện nay, cả nước có hơn 57 triệu tài khoản VNeID đã kích hoạt, đây là nền tảng để chúng tôi làm sạch '
        'dữ liệu chuyên ngành", ông nói.\n'
        "Theo Thứ trưởng, mục tiêu năm tới là hoàn thành 53/53 dịch vụ công thiết yếu thuộc phạm vi Bộ được giao.",
        None,
        [],
    ),
    # 31. Mixed: a ranking of countries (Singapore, the world, Việt Nam's place) around Việt Nam's own download speeds; upload not stored.
    (
        "Theo bảng xếp hạng tốc độ Internet toàn cầu tháng 6/2024, tốc độ tải xuống trung bình của mạng di động "
        "Việt Nam đạt 51,6 Mbps, xếp thứ 4 Đông Nam Á và thứ 52 thế giới.\n"
        "Singapore dẫn đầu khu vực với 138,5 Mbps; tốc độ trung bình toàn cầu là 54,3 Mbps.\n"
        "Ở băng rộng cố định, Việt Nam đạt 97,7 Mbps tải xuống, 95,2 Mbps tải lên.",
        "2024-07-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 51.6),
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 97.7),
        ],
    ),
    # 32. Mixed: a newspaper survey's respondent shares (not stored) beside the administrative adult-usage rate.
    (
        "Kết quả khảo sát trực tuyến do báo điện tử VnExpress thực hiện với 3.200 độc giả cho thấy 68,5% người được "
        "hỏi đã từng nộp hồ sơ qua DVCTT và 81% hài lòng với kết quả nhận được.\n"
        "Trong khi đó, theo số liệu từ Hệ thống EMC, tỷ lệ dân số trưởng thành sử dụng DVCTT tính đến 30/6/2024 "
        "là 38,2%.\n"
        "Cũng theo EMC, tỷ lệ hồ sơ TTHC gắn định danh cá nhân cùng thời điểm đạt 76,4%.",
        "2024-07-20",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-06-30", 38.2),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-06-30", 76.4),
        ],
    ),
    # 33. Mixed: an operator's own customers and running total (not stored), the market's total, a "trong đó" share, and "cùng thời điểm".
    (
        "Tính đến hết tháng 5/2025, Viettel Money có 6,1 triệu khách hàng Mobile Money, lũy kế từ khi thí điểm "
        "ghi nhận 1,2 tỷ giao dịch.\n"
        "Toàn thị trường, theo Ngân hàng Nhà nước, số khách hàng sử dụng Mobile Money đạt 9,8 triệu, trong đó "
        "khoảng 68% ở khu vực nông thôn, miền núi.\n"
        "Tỷ lệ người trưởng thành có tài khoản thanh toán cùng thời điểm là 87%.",
        "2025-06-20",
        [
            ("mobile_money_customers", "national", "as_of", "2025-05-31", 9800000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-05-31", 87),
        ],
    ),
    # 34. Mixed: district figures (Mường Tè, Tam Đường, Mường Tè's villages left) beside the province's; only the province's are stored.
    (
        "Cổng Thông tin điện tử tỉnh Lai Châu – 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của toàn tỉnh "
        "đạt 71,5%; trong đó huyện Mường Tè đạt 42%, thấp nhất tỉnh.\n"
        "Tỷ lệ DVCTT toàn trình của huyện Tam Đường là 55%, còn của tỉnh là 49,3%.\n"
        "Toàn tỉnh đã phủ sóng di động cho 87/96 thôn, bản lõm sóng có điện lưới, đạt 90,6%; riêng huyện Mường "
        "Tè còn 6 thôn chưa có sóng.",
        "2024-07-10",
        [
            ("online_dossier_rate", "Lai Châu", "half", "2024-06-30", 71.5),
            ("dvctt_full_process_rate", "Lai Châu", "half", "2024-06-30", 49.3),
            ("dead_zone_villages_covered_rate", "Lai Châu", "as_of", "2024-06-30", 90.6),
        ],
    ),
    # 35. Negative-heavy: meetings, documents and decrees counted, year-on-year changes; only the year's attack level is stored.
    (
        "Tổng kết năm 2024, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 4 phiên họp, ban hành 12 văn bản chỉ "
        "đạo; Chính phủ ban hành 9 nghị định liên quan đến dữ liệu và giao dịch điện tử.\n"
        "Số cuộc tấn công mạng gây sự cố trong năm giảm 32% so với năm 2023, còn 659 cuộc.\n"
        "Số thuê bao băng rộng cố định tăng 12% so với cùng kỳ; tỷ lệ hộ gia đình có cáp quang tăng thêm 4,5 "
        "điểm phần trăm.",
        "2025-01-06",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 659),
        ],
    ),
]
