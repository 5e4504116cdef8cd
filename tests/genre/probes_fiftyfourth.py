"""Round 54 blind genre probes: a broad sample of how Vietnamese digital-transformation texts of
2022-2026 word their indicator figures, spread evenly over the catalog's five families (e-services,
5G and broadband, NDXP data exchange, cybersecurity, digital economy and society) and over the kinds
of text that carry them (ministry monthly reports, government conclusion notices, national press
summaries, provincial portals and papers, interviews, year-end reviews). The cases vary verbs (đạt,
là, ở mức, lên tới, chạm mốc, ghi nhận, có), number formats (48,28%; 1.234; 2,8 triệu; 6,7 nghìn tỷ
đồng; 71/193), periods (tháng, quý, 6 tháng đầu năm, lũy kế từ đầu năm, tính đến ngày, năm, "hiện
nay" with and without a published date, explicit reporting windows), breakdowns (khối bộ, ngành /
khối địa phương / one province), tables written as lines and abbreviations (DVCTT, TTHC, CSDL,
NDXP, BRCĐ, BRDĐ, VNeID, HTTT), and mix in what must not be stored: targets, year-on-year changes,
operators', vendors', other countries' and the world's figures, sub-counts after "trong đó",
remainders, counts of decisions and meetings, and figures with no id. Written for the project from
the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # ------------------------------------------------------------------ e-services
    # e-services / ministry monthly report: labelled lines, "x/y thủ tục, tương ứng", ministries/localities split in parentheses, month flows
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "I. Chính phủ số - Dịch vụ công trực tuyến (số liệu đến ngày 31/5/2025)\n"
        "- Số TTHC đã cung cấp trực tuyến: 5.310/6.423 thủ tục, tương ứng 82,67%.\n"
        "- Tỷ lệ DVCTT toàn trình trên tổng số TTHC: 54,6% (khối bộ, ngành: 61,2%; khối địa phương: 50,3%).\n"
        "- Tỷ lệ DVCTT có phát sinh hồ sơ: 52,8%.\n"
        "- Trong tháng, tỷ lệ hồ sơ xử lý trực tuyến đạt 47,85%; hồ sơ trực tuyến toàn trình chiếm 31,4% tổng số hồ sơ.\n"
        "- Tỷ lệ hồ sơ được cấp kết quả điện tử: 72,06%.",
        "2025-06-06",
        [
            ("dvctt_rate", "national", "as_of", "2025-05-31", 82.67),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 54.6),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-31", 61.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-31", 50.3),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-05-31", 52.8),
            ("online_dossier_rate", "national", "month", "2025-05-31", 47.85),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 31.4),
            ("e_result_rate", "national", "month", "2025-05-31", 72.06),
        ],
    ),
    # e-services / government notice (mixed): "đến nay" = meeting date, x/63 and x/53 counts, "hiện mới đạt"; remainder "05 địa phương còn lại" and 2025 target not stored
    (
        "THÔNG BÁO Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về thúc đẩy cung cấp dịch vụ công trực tuyến\n"
        "Ngày 14/5/2024, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Thủ tướng kết luận:\n"
        "1. Đến nay, đã có 58/63 tỉnh, thành phố trực thuộc Trung ương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện DVCTT; 05 địa phương còn lại phải hoàn thành trong tháng 6/2024.\n"
        "2. Đã cung cấp 41/53 dịch vụ công thiết yếu theo Đề án 06 dưới hình thức trực tuyến toàn trình.\n"
        "3. Tỷ lệ hồ sơ TTHC được gắn số định danh cá nhân hiện mới đạt 76,4%, chưa đạt yêu cầu; phấn đấu đến hết năm 2025 đạt 100%.",
        "2024-05-20",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-14", 58),
            ("essential_services_full_process", "national", "as_of", "2024-05-14", 41),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-05-14", 76.4),
        ],
    ),
    # e-services / press summary: half-year flows go on the _new twins, "gần 6,7 nghìn tỷ đồng", cumulative "Lũy kế đến nay" as_of the page date; yoy change not stored
    (
        "Hơn 5 triệu hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia trong nửa đầu năm\n"
        "Theo Văn phòng Chính phủ, 6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 5,1 triệu hồ sơ trực tuyến, thực hiện 9,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền gần 6,7 nghìn tỷ đồng.\n"
        "Lũy kế đến nay, Cổng đã có hơn 14,2 triệu tài khoản đăng ký và tiếp nhận trên 52 triệu hồ sơ trực tuyến.\n"
        "Số hồ sơ tăng khoảng 30% so với cùng kỳ năm ngoái, cho thấy người dân ngày càng quen với việc làm thủ tục trên mạng.",
        "2024-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 5100000),
            ("online_payments_count_new", "national", "half", "2024-06-30", 9800000),
            ("online_payments_value_new", "national", "half", "2024-06-30", 6700),
            ("national_portal_accounts", "national", "as_of", "2024-07-08", 14200000),
            ("national_portal_dossiers", "national", "as_of", "2024-07-08", 52000000),
        ],
    ),
    # e-services / provincial portal: "trên địa bàn tỉnh" with the province in the title, quarter rates, "ở mức"; digitisation rate has no id
    (
        "Quảng Ninh: Cải cách hành chính quý I/2025 chuyển biến tích cực\n"
        "Quý I/2025, tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến trên địa bàn tỉnh ở mức 88,2%.\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 94%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa là 61,5%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của tỉnh đạt 97,8%, tiếp tục dẫn đầu cả nước.",
        "2025-04-10",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 88.2),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2025-03-31", 61.5),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2025-03-31", 97.8),
        ],
    ),
    # e-services / interview: Q&A, "tức khoảng 34,2%" after a count over the total, eligible-base share said as "nếu chỉ tính các thủ tục đủ điều kiện"; target not stored
    (
        "Phóng viên: Xin ông cho biết kết quả cung cấp dịch vụ công trực tuyến toàn trình đến thời điểm này?\n"
        "Ông Nguyễn Văn H., Phó Cục trưởng Cục Kiểm soát thủ tục hành chính: Tính đến ngày 15/4/2025, cả nước có 2.214 TTHC được cung cấp dưới dạng DVCTT toàn trình trên tổng số 6.480 TTHC, tức khoảng 34,2%.\n"
        "Con số này nghe có vẻ khiêm tốn, nhưng nếu chỉ tính các thủ tục đủ điều kiện thì tỷ lệ đã là 82,7%.\n"
        "Mục tiêu của chúng tôi là đến cuối năm nay 100% thủ tục đủ điều kiện được cung cấp toàn trình.",
        "2025-04-22",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 34.2),
            ("full_process_provision_rate", "national", "as_of", "2025-04-15", 82.7),
        ],
    ),
    # e-services / year-end review: a page opening on "Năm 2024", "ước đạt", x/y with "(đạt …%)", procedures simplified as x/1.084
    (
        "TỔNG KẾT NĂM 2024: XÂY DỰNG CHÍNH PHỦ SỐ\n"
        "Năm 2024, tỷ lệ dân số trưởng thành sử dụng DVCTT ước đạt 48%, tỷ lệ hồ sơ có kết quả giải quyết điện tử 81,7%.\n"
        "75/81 hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC (đạt 92,6%).\n"
        "Tính đến 31/12/2024, đã có 879/1.084 TTHC liên quan đến dân cư được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ.",
        "2025-01-06",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 48.0),
            ("e_result_rate", "national", "year", "2024-12-31", 81.7),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 92.6),
            ("procedures_simplified", "national", "as_of", "2024-12-31", 879),
        ],
    ),
    # e-services / provincial plan (NEGATIVE): targets (phấn đấu, tối thiểu), yoy change, points of change, counts of decisions and meetings
    (
        "Hà Nội ban hành Kế hoạch cải cách hành chính năm 2025\n"
        "Theo Kế hoạch, năm 2025 thành phố phấn đấu 80% hồ sơ TTHC được giải quyết trực tuyến toàn trình, tỷ lệ DVCTT có phát sinh hồ sơ đạt tối thiểu 70% và 95% người dân hài lòng.\n"
        "Năm 2024, số hồ sơ trực tuyến trên địa bàn thành phố tăng 23% so với cùng kỳ; tỷ lệ hài lòng tăng 2,1 điểm phần trăm.\n"
        "UBND thành phố đã ban hành 12 quyết định công bố danh mục TTHC và tổ chức 4 hội nghị tập huấn.",
        "2025-02-14",
        [],
    ),
    # ------------------------------------------------------------------ 5G and broadband
    # infrastructure / ministry monthly report: Ookla download speeds for the month; upload speed and speed ranks not stored; elliptic subject "BRDĐ đạt tốc độ tải xuống"
    (
        "Báo cáo tình hình thực hiện nhiệm vụ tháng 3/2025 (lĩnh vực viễn thông)\n"
        "Theo số liệu đo kiểm của Ookla, tháng 3/2025 tốc độ truy cập Internet băng rộng cố định của Việt Nam đạt 158,4 Mbps, xếp thứ 40/153 quốc gia;\n"
        "BRDĐ đạt tốc độ tải xuống 95,7 Mbps, tốc độ tải lên 28,1 Mbps, đứng thứ 29 thế giới.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,9%.",
        "2025-04-08",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 158.4),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 95.7),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 88.9),
        ],
    ),
    # infrastructure / press (mixed): "tính đến hết tháng 6/2025", coverage "đạt 26% dân số"; Viettel's and VNPT's own counts and the 2030 target not stored
    (
        "Việt Nam có hơn 12.500 trạm 5G\n"
        "Tính đến hết tháng 6/2025, các doanh nghiệp viễn thông đã lắp đặt khoảng 12.500 trạm BTS 5G trên cả nước, vùng phủ sóng 5G đạt 26% dân số.\n"
        "Riêng Viettel đã phát sóng hơn 8.000 trạm, phủ 5G tới 63 tỉnh, thành; VNPT có khoảng 4.000 trạm.\n"
        "Bộ Khoa học và Công nghệ đặt mục tiêu phủ sóng 5G 90% dân số vào năm 2030.",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # infrastructure / provincial paper: "Hiện toàn tỉnh còn" = the level (kept), villages covered this year not stored, FTTH "hiện ở mức" as_of the page date
    (
        "Lào Cai đẩy nhanh xóa vùng lõm sóng\n"
        "Theo Sở Thông tin và Truyền thông tỉnh Lào Cai, từ đầu năm 2024 đến nay các doanh nghiệp đã phủ sóng di động cho 86 thôn, bản lõm sóng.\n"
        "Hiện toàn tỉnh còn 112 thôn, bản chưa có sóng di động băng rộng, chủ yếu ở các huyện Si Ma Cai, Bát Xát, Mường Khương.\n"
        "Tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh hiện ở mức 78,5%.",
        "2024-11-02",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-11-02", 112),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-11-02", 78.5),
        ],
    ),
    # infrastructure / year-end review: "Đến cuối năm 2024", BRCĐ abbreviation, a rate and its count ("tương đương khoảng 109 triệu thuê bao"); telecom revenue has no id
    (
        "Hội nghị tổng kết năm 2024 của Cục Viễn thông\n"
        "Đến cuối năm 2024, cả nước có 23,1 triệu thuê bao BRCĐ và 93,5 triệu thuê bao băng rộng di động.\n"
        "Tỷ lệ thuê bao di động sử dụng smartphone là 89,4%, tương đương khoảng 109 triệu thuê bao.\n"
        "Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số; tổng doanh thu dịch vụ viễn thông đạt 141.000 tỷ đồng.",
        "2025-01-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 93500000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.4),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 109000000),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
        ],
    ),
    # infrastructure / press (NEGATIVE): the world's and other countries' speeds, operators' own speeds, a target
    (
        "Tốc độ Internet di động toàn cầu tăng nhẹ\n"
        "Theo Speedtest Global Index tháng 9/2024, tốc độ tải xuống trung vị của mạng di động toàn cầu là 56,3 Mbps, băng rộng cố định 93,6 Mbps.\n"
        "Các Tiểu vương quốc Ả Rập Thống nhất dẫn đầu về di động với 398,5 Mbps, Singapore dẫn đầu về cố định với 311 Mbps.\n"
        "Tại Việt Nam, VNPT cho biết tốc độ trung bình của mạng cáp quang VNPT đạt 210 Mbps, còn Viettel công bố mạng 5G của nhà mạng đạt tốc độ tải xuống 600 Mbps.\n"
        "Mục tiêu đến năm 2025, tốc độ băng rộng cố định của Việt Nam đạt tối thiểu 200 Mbps.",
        "2024-10-20",
        [],
    ),
    # infrastructure / government notice: x/y dead-zone villages "đạt 91,9%", remainder (electrified, still to do) not stored, "Cùng thời điểm" carries the date
    (
        "Thông báo kết luận về kết quả thực hiện Chương trình phủ sóng thôn lõm sóng\n"
        "Đến ngày 30/9/2024, các doanh nghiệp viễn thông đã phủ sóng 1.702/1.853 thôn lõm sóng có điện lưới, đạt 91,9%; còn 151 thôn có điện lưới chưa được phủ sóng, phải hoàn thành trước ngày 31/12/2024.\n"
        "Cùng thời điểm, tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đạt 99,2%.",
        "2024-10-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 91.9),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 99.2),
        ],
    ),
    # infrastructure / interview: "Hiện nay" in an answer = the page date, "gần 25 nghìn trạm", "đang ở mức 146 Mbps"; this year's target not stored
    (
        'Phỏng vấn Cục trưởng Cục Viễn thông: "Năm 2026 là năm tăng tốc hạ tầng số"\n'
        "Hỏi: Sau hơn một năm thương mại hóa, mạng 5G của Việt Nam đang ở đâu?\n"
        "Đáp: Hiện nay mạng 5G đã phủ tới khoảng 91% dân số với gần 25 nghìn trạm phát sóng 5G. Tốc độ băng rộng di động trung bình của chúng ta đang ở mức 146 Mbps, thuộc nhóm 20 nước dẫn đầu thế giới.\n"
        "Năm nay, mục tiêu là đưa 5G phủ 99% dân số.",
        "2026-01-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2026-01-20", 91.0),
            ("fiveg_bts_count", "national", "as_of", "2026-01-20", 25000),
            ("mobile_broadband_speed", "national", "as_of", "2026-01-20", 146.0),
        ],
    ),
    # ------------------------------------------------------------------ NDXP
    # ndxp / monthly report annex: a table written as pipe lines, a column header dating its column, full-digit counts
    (
        "Phụ lục: Số liệu vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tháng 02/2025\n"
        "| Chỉ tiêu | Tháng 02/2025 |\n"
        "| Tổng số giao dịch trong tháng | 98.456.210 |\n"
        "| Số giao dịch trung bình/ngày | 3.516.293 |\n"
        "| Lũy kế giao dịch từ năm 2019 | 3.402.118.765 |\n"
        "| Số cơ quan, đơn vị đã kết nối | 117 |",
        "2025-03-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 98456210),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-02-28", 3516293),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-02-28", 3402118765),
            ("ndxp_connected_agencies", "national", "as_of", "2025-02-28", 117),
        ],
    ),
    # ndxp / press summary: quarter flow "hơn 312 triệu", "bình quân mỗi ngày khoảng 3,4 triệu", quarter-on-quarter change not stored, "hiện đã thiết lập" as_of the page
    (
        "NDXP xử lý hơn 312 triệu giao dịch trong quý III\n"
        "Theo Văn phòng Chính phủ, trong quý III/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã có hơn 312 triệu giao dịch, bình quân mỗi ngày khoảng 3,4 triệu giao dịch, tăng 18% so với quý trước.\n"
        "Hệ thống hiện đã thiết lập 1.136 điểm kết nối với các hệ thống thông tin, CSDL của bộ, ngành, địa phương.",
        "2024-10-12",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 312000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3400000),
            ("ndxp_connection_points", "national", "as_of", "2024-10-12", 1136),
        ],
    ),
    # ndxp / government notice: "Đến nay" = meeting date, a total with its parts in parentheses (parts not stored), "Từ đầu năm đến ngày 31/5/2024" = ytd; yoy change not stored
    (
        "Thông báo kết luận của Phó Thủ tướng tại cuộc họp về vận hành Nền tảng NDXP\n"
        "Ngày 10/6/2024, Phó Thủ tướng chủ trì cuộc họp với các bộ, cơ quan liên quan. Phó Thủ tướng ghi nhận:\n"
        "Đến nay, đã có 117 cơ quan, đơn vị (gồm 24 bộ, ngành, 63 địa phương và 30 cơ quan, tổ chức khác) kết nối với NDXP, thiết lập 1.098 điểm kết nối.\n"
        "Từ đầu năm đến ngày 31/5/2024, NDXP đã xử lý trên 462 triệu giao dịch, tăng 35% so với cùng kỳ năm 2023.",
        "2024-06-14",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-10", 117),
            ("ndxp_connection_points", "national", "as_of", "2024-06-10", 1098),
            ("ndxp_transactions_period", "national", "ytd", "2024-05-31", 462000000),
        ],
    ),
    # ndxp / monthly report: month flow, "trung bình 3,91 triệu giao dịch/ngày", "Lũy kế từ đầu năm … đạt 1,12 tỷ" (ytd), cumulative "chạm mốc 4,5 tỷ"
    (
        "Báo cáo tháng 10/2025 về tình hình vận hành các nền tảng số quốc gia\n"
        "Trong tháng 10/2025, NDXP ghi nhận 121,3 triệu giao dịch, trung bình 3,91 triệu giao dịch/ngày.\n"
        "Lũy kế từ đầu năm, số giao dịch qua NDXP đạt 1,12 tỷ; tổng số giao dịch từ khi đưa vào vận hành (năm 2019) đã chạm mốc 4,5 tỷ.",
        "2025-11-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-10-31", 121300000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-10-31", 3910000),
            ("ndxp_transactions_period", "national", "ytd", "2025-10-31", 1120000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-10-31", 4500000000),
        ],
    ),
    # ndxp / provincial portal (NEGATIVE): the province's own LGSP transactions, CSDL counts, and an NDXP level "Hiện nay" with no published date and no date in the text
    (
        "Bình Dương: Nền tảng LGSP của tỉnh vận hành ổn định\n"
        "Từ khi đưa vào vận hành, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) đã xử lý hơn 5,6 triệu giao dịch, kết nối với 12 CSDL quốc gia, chuyên ngành.\n"
        "Hiện nay, NDXP đã kết nối với hơn 110 cơ quan, đơn vị trên cả nước, trong đó có tỉnh Bình Dương.",
        None,
        [],
    ),
    # ndxp / year-end review: "Năm 2023" flow, cumulative "đến hết năm 2023 đạt trên 1,96 tỷ", an undated level in a year under review ("lên tới 965") = year end; "gấp 1,6 lần" not stored
    (
        "Nhìn lại năm 2023: dữ liệu được chia sẻ mạnh mẽ hơn\n"
        "Năm 2023, NDXP có hơn 800 triệu giao dịch, gấp 1,6 lần năm 2022.\n"
        "Tổng số giao dịch từ khi khai trương (tháng 2/2019) đến hết năm 2023 đạt trên 1,96 tỷ.\n"
        "Số điểm kết nối trên nền tảng lên tới 965.",
        "2024-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 800000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 1960000000),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 965),
        ],
    ),
    # ndxp / interview: "Mỗi ngày trung bình có khoảng 4 triệu lượt trao đổi dữ liệu" (no window: the page date), "hơn 120 cơ quan, đơn vị", "khoảng 1.250 điểm kết nối"; target not stored
    (
        'Cục trưởng Cục Chuyển đổi số quốc gia: "Dữ liệu phải chảy thông suốt"\n'
        "PV: NDXP hiện vận hành ra sao, thưa ông?\n"
        "Ông Lê Văn T.: Mỗi ngày trung bình có khoảng 4 triệu lượt trao đổi dữ liệu qua NDXP, gấp đôi cách đây hai năm. Nền tảng đã kết nối hơn 120 cơ quan, đơn vị, với khoảng 1.250 điểm kết nối.\n"
        "Chúng tôi đặt mục tiêu đến cuối năm 2025 mọi CSDL quốc gia đều được chia sẻ qua NDXP.",
        "2025-08-20",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-20", 4000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-08-20", 120),
            ("ndxp_connection_points", "national", "as_of", "2025-08-20", 1250),
        ],
    ),
    # ------------------------------------------------------------------ cybersecurity
    # cybersecurity / monthly report (mixed, no published date): explicit window ends the month on 20/8, month-on-month change and the kinds after "Trong đó" not stored, undated botnet level at the window's end
    (
        "Báo cáo tình hình an toàn thông tin mạng tháng 8/2024\n"
        "Trong tháng 8/2024 (từ ngày 21/7/2024 đến ngày 20/8/2024), Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.016 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 5,2% so với tháng 7/2024.\n"
        "Trong đó có 372 cuộc tấn công lừa đảo (Phishing), 521 cuộc tấn công thay đổi giao diện (Deface) và 123 cuộc tấn công cài mã độc (Malware).\n"
        "Số lượng địa chỉ IP botnet tại Việt Nam ở mức khoảng 3,9 triệu địa chỉ.",
        None,
        [
            ("cyberattacks", "national", "month", "2024-08-20", 1016),
            ("botnet_ips", "national", "as_of", "2024-08-20", 3900000),
        ],
    ),
    # cybersecurity / press: "tính đến hết tháng 11/2023 … là 4,89 triệu", the comparison value in parentheses kept with its own date; the change not stored
    (
        "Số IP botnet của Việt Nam giảm mạnh\n"
        "Theo Cục An toàn thông tin, tính đến hết tháng 11/2023, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 4,89 triệu, giảm 27% so với cuối năm 2022 (6,7 triệu địa chỉ).\n"
        "Tuy nhiên, con số này vẫn cao, khiến Việt Nam thuộc nhóm quốc gia có nhiều IP botnet nhất khu vực.",
        "2023-12-08",
        [
            ("botnet_ips", "national", "as_of", "2023-11-30", 4890000),
            ("botnet_ips", "national", "as_of", "2022-12-31", 6700000),
        ],
    ),
    # cybersecurity / government notice: approval rate split by khối bộ, ngành / khối địa phương and "tính chung cả nước"; deadline target not stored
    (
        "Thông báo ý kiến kết luận của Bộ trưởng tại Hội nghị giao ban về bảo đảm an toàn hệ thống thông tin theo cấp độ\n"
        "Tính đến ngày 15/8/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành đạt 87,3%, khối địa phương đạt 71,6%; tính chung cả nước là 76,9%.\n"
        "Bộ trưởng yêu cầu các bộ, ngành, địa phương hoàn thành phê duyệt 100% hệ thống trước ngày 30/9/2024.",
        "2024-08-22",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-08-15", 87.3),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-08-15", 71.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-15", 76.9),
        ],
    ),
    # cybersecurity / year-end review: "Cả năm 2024" attacks, "cuối năm ở mức 3,1 triệu", HTTT abbreviation; changes in percent and percentage points not stored
    (
        "Tổng kết công tác an toàn thông tin năm 2024\n"
        "Cả năm 2024, hệ thống kỹ thuật đã ghi nhận, xử lý 9.850 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm khoảng 20% so với năm 2023.\n"
        "Số địa chỉ IP botnet cuối năm ở mức 3,1 triệu, thấp nhất từ trước đến nay.\n"
        "Tỷ lệ HTTT được phê duyệt cấp độ đạt 95,2%, tăng 30 điểm phần trăm so với đầu năm.",
        "2025-01-10",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 9850),
            ("botnet_ips", "national", "as_of", "2024-12-31", 3100000),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 95.2),
        ],
    ),
    # cybersecurity / press (NEGATIVE): a vendor's survey (Bkav), a foreign vendor's world figure (Kaspersky), an operator's own count (Viettel)
    (
        "Bkav: Người dùng Việt Nam thiệt hại 21.200 tỷ đồng vì virus máy tính\n"
        "Theo chương trình đánh giá an ninh mạng do Bkav thực hiện, năm 2023 thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam là 21.200 tỷ đồng; 13,9 triệu máy tính bị nhiễm mã độc mã hóa dữ liệu.\n"
        "Báo cáo của Kaspersky cho biết trong năm 2023, hệ thống của hãng phát hiện trung bình 411.000 tệp độc hại mỗi ngày trên toàn cầu.\n"
        "Viettel Cyber Security cũng ghi nhận hơn 2.000 cuộc tấn công DDoS nhắm vào khách hàng của mình.",
        "2024-01-05",
        [],
    ),
    # cybersecurity / provincial portal: "100% … (148/148 hệ thống) đã được phê duyệt" for one province at the end of quý II; blocked abnormal accesses are not attacks
    (
        "Thừa Thiên Huế: bảo đảm an toàn thông tin cho hệ thống chính quyền số\n"
        "Tính đến hết quý II/2024, 100% hệ thống thông tin của các cơ quan nhà nước trên địa bàn tỉnh Thừa Thiên Huế (148/148 hệ thống) đã được phê duyệt hồ sơ đề xuất cấp độ.\n"
        "Trong 6 tháng đầu năm 2024, Trung tâm Giám sát điều hành đô thị thông minh (IOC) của tỉnh đã phát hiện, ngăn chặn hơn 1,2 triệu lượt truy cập bất thường vào các hệ thống.",
        "2024-07-12",
        [
            ("info_systems_level_approved_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 100.0),
        ],
    ),
    # cybersecurity / interview (mixed): quarter count in quoted speech, last year's quarter in parentheses kept, a monthly average and one kind of attack (ransomware) not stored
    (
        "Trả lời phỏng vấn báo chí, đại diện Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) cho biết:\n"
        '"Trong quý I/2025, chúng tôi ghi nhận 2.348 cuộc tấn công mạng gây sự cố vào các hệ thống tại Việt Nam, giảm đáng kể so với quý I/2024 (3.155 cuộc). Trung bình mỗi tháng khoảng 783 vụ.\n'
        'Đáng lo ngại là các cuộc tấn công mã hóa dữ liệu tống tiền (ransomware) nhắm vào doanh nghiệp lớn, riêng quý I đã có 14 vụ."',
        "2025-04-14",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 2348),
            ("cyberattacks", "national", "quarter", "2024-03-31", 3155),
        ],
    ),
    # ------------------------------------------------------------------ digital economy and society
    # digital_economy / press (mixed): "ước đóng góp khoảng 18,3% GDP, tăng trưởng khoảng 20%", last year's share in parentheses kept; the ICT core's share after "Trong đó" not stored
    (
        "Kinh tế số chiếm khoảng 18,3% GDP\n"
        "Theo Bộ Thông tin và Truyền thông, năm 2024 kinh tế số ước đóng góp khoảng 18,3% GDP (năm 2023 là 16,5%), tăng trưởng khoảng 20%, gấp ba lần tốc độ tăng trưởng GDP.\n"
        "Trong đó, kinh tế số ICT chiếm khoảng 12,5% GDP, kinh tế số ngành khoảng 5,8%.",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # digital_economy / provincial paper: GRDP shares of several provinces, one named bare ("Đứng thứ hai là Thái Nguyên với 28,5%"); the province's 2025 target not stored
    (
        "Bắc Ninh dẫn đầu cả nước về tỷ trọng kinh tế số\n"
        "Theo công bố của Tổng cục Thống kê, tỷ trọng kinh tế số trong GRDP năm 2023 của tỉnh Bắc Ninh đạt 31,8%, cao nhất cả nước.\n"
        "Đứng thứ hai là Thái Nguyên với 28,5%, tiếp đến là Hải Phòng 17,9%.\n"
        "Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 35% GRDP.",
        "2024-09-05",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 31.8),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 28.5),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 17.9),
        ],
    ),
    # digital_economy / government notice: chip ID cards and VNeID activations "Tính đến ngày 30/6/2024"; level-2 sub-count after "trong đó" and identity-card dossiers not stored
    (
        "Thông báo kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2024 triển khai Đề án 06\n"
        "Tính đến ngày 30/6/2024, toàn quốc đã cấp 87,3 triệu thẻ căn cước công dân gắn chip; kích hoạt 57,2 triệu tài khoản định danh điện tử (VNeID), trong đó 56,8 triệu tài khoản mức độ 2.\n"
        "Trong 6 tháng đầu năm, Bộ Công an tiếp nhận 1,4 triệu hồ sơ đề nghị cấp căn cước theo Luật Căn cước.",
        "2024-07-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 87300000),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 57200000),
        ],
    ),
    # digital_economy / interview: Mobile Money "đã lên tới hơn 8,9 triệu", rural sub-count not stored, bank-account rate dated by the preceding sentence; the 2025 target not stored
    (
        "PV: Sau hơn hai năm thí điểm, Mobile Money đạt được kết quả gì, thưa Phó Thống đốc?\n"
        "Phó Thống đốc Ngân hàng Nhà nước: Đến cuối tháng 3/2024, số khách hàng sử dụng Mobile Money đã lên tới hơn 8,9 triệu, trong đó khoảng 6,2 triệu khách hàng ở nông thôn, vùng sâu, vùng xa.\n"
        "Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng cũng đạt 87,08%, vượt mục tiêu 80% đề ra cho năm 2025.",
        "2024-04-22",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8900000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-03-31", 87.08),
        ],
    ),
    # digital_economy / monthly report (mixed): cumulative e-invoices "10,3 tỷ" to 20/12/2024 kept; coded-invoice sub-count and the month's newly created invoices not stored
    (
        "Tổng cục Thuế: báo cáo kết quả triển khai hóa đơn điện tử tháng 12/2024\n"
        "Từ khi triển khai (tháng 7/2022) đến ngày 20/12/2024, cơ quan thuế đã tiếp nhận, xử lý 10,3 tỷ hóa đơn điện tử, trong đó 3,5 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Riêng tháng 11/2024 có 413 triệu hóa đơn được khởi tạo, tăng 11% so với tháng 10.",
        "2024-12-25",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-20", 10300000000),
        ],
    ),
    # digital_economy / year-end review: EGDI "lên vị trí 71/193" for the 2024 edition and the previous edition "(kỳ khảo sát năm 2022: 86/193)"; other countries' ranks and the OSI not stored
    (
        "TỔNG KẾT NĂM 2024: NHIỀU DẤU ẤN CỦA CHUYỂN ĐỔI SỐ QUỐC GIA\n"
        "Năm 2024, Việt Nam tăng 15 bậc trong xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc, lên vị trí 71/193 quốc gia (kỳ khảo sát năm 2022: 86/193).\n"
        "Trong khu vực ASEAN, Singapore đứng thứ 3 thế giới, Malaysia thứ 40, Thái Lan thứ 52.\n"
        "Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7821, xếp thứ 56.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # digital_economy / press (NEGATIVE): e-Conomy SEA (a vendors' report) GMV in USD, e-commerce revenue, 2025/2030 targets, another country's digital-economy share
    (
        "Kinh tế số Việt Nam tiếp tục tăng trưởng nhanh nhất khu vực\n"
        "Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam đạt 36 tỷ USD, tăng 16% so với năm 2023.\n"
        "Doanh thu thương mại điện tử bán lẻ B2C ước đạt 25 tỷ USD.\n"
        "Việt Nam phấn đấu đến năm 2025 kinh tế số chiếm 20% GDP và đến năm 2030 đạt 30% GDP; hiện nay tại Trung Quốc, kinh tế số đã chiếm 41,5% GDP.",
        "2024-11-12",
        [],
    ),
]
