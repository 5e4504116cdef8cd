"""Round 55 blind genre probes: a broad sample (2022-2026) of how Vietnamese digital-transformation
texts word their figures, spread over the five catalog families (e-services, 5G and broadband,
NDXP data exchange, cybersecurity, digital economy and society) and over the kinds of text that
carry them (ministry monthly reports, Government notices, national press summaries, provincial
portals, interviews, year-end reviews), with varied verbs, number formats, periods (month, quarter,
half, year-to-date, explicit cut-off dates, "hiện nay" against a published date), breakdowns
(khối bộ, ngành / khối địa phương / one province), table-like lines and abbreviations, plus
negative and mixed cases (targets, year-on-year changes, operators', vendors' and other countries'
figures, sub-counts after "trong đó", counts of decisions and meetings, undatable "hiện nay").
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Ministry monthly report: label lines with a cut-off date, "trong đó" toàn trình share (its own indicator), monthly dossier rates, year-to-date portal payment flows in "triệu" and "tỷ đồng".
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Tính đến ngày 31/5/2025, cả nước cung cấp 6.378 DVCTT, đạt tỷ lệ 90,6% trên tổng số TTHC; "
        "trong đó DVCTT toàn trình là 3.982 dịch vụ, chiếm 56,6%.\n"
        "Trong tháng 5/2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 47,35%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,2%.\n"
        "Tỷ lệ hồ sơ được cấp kết quả điện tử trong tháng là 68,4%.\n"
        "Lũy kế 5 tháng đầu năm 2025, Cổng DVCQG ghi nhận 6,9 triệu giao dịch thanh toán trực tuyến "
        "với tổng số tiền 5.120 tỷ đồng.",
        "2025-06-06",
        [
            ("dvctt_rate", "national", "as_of", "2025-05-31", 90.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 56.6),
            ("online_dossier_rate", "national", "month", "2025-05-31", 47.35),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 31.2),
            ("e_result_rate", "national", "month", "2025-05-31", 68.4),
            ("online_payments_count_new", "national", "ytd", "2025-05-31", 6900000),
            ("online_payments_value_new", "national", "ytd", "2025-05-31", 5120),
        ],
    ),
    # Government notice: quarter figures split khối bộ, ngành / khối địa phương, an "đủ điều kiện" share, a count of meetings and a target to skip.
    (
        "Thông báo số 168/TB-VPCP ngày 18/4/2025 kết luận của Thủ tướng Chính phủ tại phiên họp Ủy ban Quốc gia về chuyển đổi số.\n"
        "Trong quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành là 42,1%, khối địa phương là 28,7%.\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu đã được số hóa trong quý: bộ, ngành 21,3%; địa phương 39,8%.\n"
        "Đến hết quý I/2025, tỷ lệ DVCTT toàn trình của khối bộ, ngành đạt 54,2%, khối địa phương đạt 49,8%; "
        "tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình của các địa phương đạt 91,5%.\n"
        "Thủ tướng đã chủ trì 03 cuộc họp chuyên đề; yêu cầu các bộ, ngành phấn đấu đến hết năm 2025 đạt 100% DVCTT toàn trình.",
        "2025-04-18",
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 42.1),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 28.7),
            ("data_reuse_rate", "ministries", "quarter", "2025-03-31", 21.3),
            ("data_reuse_rate", "localities", "quarter", "2025-03-31", 39.8),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-31", 54.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-31", 49.8),
            ("full_process_provision_rate", "localities", "as_of", "2025-03-31", 91.5),
        ],
    ),
    # Press summary (VnExpress style): portal stocks at a date, a half-year flow of new accounts, "nghìn tỷ đồng" value.
    (
        "Cổng Dịch vụ công quốc gia đã có hơn 14,2 triệu tài khoản đăng ký tính đến ngày 30/6/2024, theo Văn phòng Chính phủ.\n"
        "Riêng 6 tháng đầu năm 2024, có thêm gần 1,9 triệu tài khoản mới.\n"
        "Đến cùng thời điểm, tổng số hồ sơ trực tuyến thực hiện qua Cổng lên tới 72,5 triệu hồ sơ; "
        "cổng ghi nhận 21,5 triệu giao dịch thanh toán trực tuyến với số tiền hơn 13,4 nghìn tỷ đồng.",
        "2024-07-05",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 14200000),
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 1900000),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 72500000),
            ("online_payments_count", "national", "as_of", "2024-06-30", 21500000),
            ("online_payments_value", "national", "as_of", "2024-06-30", 13400),
        ],
    ),
    # Provincial portal (Bắc Ninh): "toàn tỉnh hiện có" against the published date, counts with shares, a "10 tháng" span.
    (
        "Cổng TTĐT tỉnh Bắc Ninh - Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có 1.712 TTHC, "
        "trong đó 1.598 TTHC được cung cấp dưới dạng DVCTT, đạt tỷ lệ 93,3%; "
        "1.021 TTHC được cung cấp DVCTT toàn trình, chiếm 59,6% tổng số TTHC.\n"
        "10 tháng năm 2024, tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân trên địa bàn tỉnh đạt 99,2%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC 10 tháng qua đạt 98,7%.",
        "2024-11-20",
        [
            ("dvctt_rate", "Bắc Ninh", "as_of", "2024-11-20", 93.3),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-11-20", 59.6),
            ("dossiers_with_personal_id_rate", "Bắc Ninh", "ytd", "2024-10-31", 99.2),
            ("satisfaction_rate", "Bắc Ninh", "ytd", "2024-10-31", 98.7),
        ],
    ),
    # Interview (Q&A): "đến nay" stocks as of the published date, "47/53" count, 63/63 provinces, targets to skip.
    (
        "Phóng viên: Xin ông cho biết kết quả triển khai Đề án 06 đến nay?\n"
        "Ông Trần Văn H., Cục Cảnh sát quản lý hành chính về trật tự xã hội: Đến nay, đã có 47/53 dịch vụ công thiết yếu "
        "được cung cấp trực tuyến toàn trình; 63/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT.\n"
        "Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến hiện ở mức khoảng 38%, sát với mục tiêu 40% của năm 2024.\n"
        "Chúng tôi phấn đấu đến năm 2025 có 100% hồ sơ TTHC được gắn với số định danh cá nhân.",
        "2024-08-12",
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-12", 47),
            ("localities_fee_reduction", "national", "as_of", "2024-08-12", 63),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-08-12", 38),
        ],
    ),
    # Negative: one named ministry's own figures, a year-on-year change, counts of decisions and conferences.
    (
        "Năm 2024, Bộ Công Thương đã cung cấp 98,2% TTHC dưới dạng dịch vụ công trực tuyến, trong đó 64,5% là DVCTT toàn trình.\n"
        "Số hồ sơ trực tuyến tiếp nhận qua Cổng Dịch vụ công của Bộ tăng 15,3% so với năm 2023.\n"
        "Trong năm, Bộ đã ban hành 12 quyết định công bố TTHC và tổ chức 4 hội nghị tập huấn về CĐS.",
        "2025-01-20",
        [],
    ),
    # Báo Chính phủ style: "894/1.084" simplified procedures, DVCTT with dossiers, EMC share written before its noun, monthly portal flows.
    (
        "Theo Văn phòng Chính phủ, đến nay các bộ, cơ quan đã cắt giảm, đơn giản hóa 894/1.084 thủ tục hành chính "
        "liên quan đến công dân theo các nghị quyết chuyên đề của Chính phủ.\n"
        "Tính đến ngày 30/11/2024, tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến trên cả nước đạt 62,4%; "
        "85,7% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC.\n"
        "Riêng trong tháng 11/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 2,3 triệu hồ sơ trực tuyến, "
        "thực hiện 1,16 triệu giao dịch thanh toán trực tuyến với giá trị 1.045 tỷ đồng.",
        "2024-12-06",
        [
            ("procedures_simplified", "national", "as_of", "2024-12-06", 894),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-11-30", 62.4),
            ("emc_connection_rate", "national", "as_of", "2024-11-30", 85.7),
            ("national_portal_dossiers_new", "national", "month", "2024-11-30", 2300000),
            ("online_payments_count_new", "national", "month", "2024-11-30", 1160000),
            ("online_payments_value_new", "national", "month", "2024-11-30", 1045),
        ],
    ),
    # Year-end review (ministry conference): "tính đến hết năm 2024" levels, "hơn 7.200 trạm", target for 2025 to skip.
    (
        "Hội nghị tổng kết công tác năm 2024 của Bộ Thông tin và Truyền thông:\n"
        "Tính đến hết năm 2024, mạng 5G đã phủ sóng 26% dân số với hơn 7.200 trạm BTS 5G được lắp đặt.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,6%; tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng là 82,3%.\n"
        "Năm 2025, ngành phấn đấu phủ sóng 5G cho 45% dân số.",
        "2025-01-08",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7200),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.6),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.3),
        ],
    ),
    # Mixed (speeds): a month's download medians kept; upload speed and speed ranks left out.
    (
        "Tốc độ Internet di động của Việt Nam tiếp tục tăng hạng\n"
        "Theo Bộ Khoa học và Công nghệ, trong tháng 3/2025, tốc độ tải xuống trung vị của mạng băng rộng di động "
        "tại Việt Nam đạt 146,64 Mbps, đưa Việt Nam lên thứ 19 thế giới; tốc độ tải lên đạt 33,1 Mbps.\n"
        "Với băng rộng cố định, tốc độ tải xuống trung vị là 170,12 Mbps, xếp hạng 35/154 quốc gia.",
        "2025-04-14",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.64),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 170.12),
        ],
    ),
    # Mixed (villages): "còn 1.136 thôn" kept, "trong đó" electrified-less sub-count and villages covered in 2024 left out, two shares of different bases.
    (
        "Tính đến ngày 15/4/2025, cả nước còn 1.136 thôn, bản chưa được phủ sóng di động băng rộng, "
        "trong đó 312 thôn chưa có điện lưới quốc gia.\n"
        "Trong năm 2024, các doanh nghiệp viễn thông đã phủ sóng mới cho 1.200 thôn lõm sóng.\n"
        "Đến cùng thời điểm, tỷ lệ thôn lõm sóng đã có điện được phủ sóng di động đạt 96,4%; "
        "tỷ lệ thôn, bản có sóng di động băng rộng trên toàn quốc là 99,2%.",
        "2025-04-22",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-04-15", 1136),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-04-15", 96.4),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-04-15", 99.2),
        ],
    ),
    # Provincial portal (Lào Cai): "trên địa bàn tỉnh hiện có", 5G stations after "trong đó" (another indicator), an operator's own figure left out.
    (
        "Theo Sở Khoa học và Công nghệ tỉnh Lào Cai, trên địa bàn tỉnh hiện có 1.246 trạm BTS các loại, trong đó có 98 trạm 5G.\n"
        "Tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,1%; 78,5% hộ gia đình đã có kết nối Internet cáp quang băng rộng.\n"
        "Riêng Viettel Lào Cai đã phát sóng 60 trạm 5G tại thành phố Lào Cai và thị xã Sa Pa.",
        "2025-03-10",
        [
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-03-10", 98),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-03-10", 99.1),
            ("ftth_household_rate", "Lào Cai", "as_of", "2025-03-10", 78.5),
        ],
    ),
    # Monthly report table written as lines: subscriptions in "triệu", smartphone count with its share in parentheses, "ước đạt" internet users.
    (
        "Số liệu hạ tầng số tháng 9/2025 (tính đến 30/9/2025)\n"
        "- Tổng số thuê bao BRCĐ: 25,4 triệu\n"
        "- Thuê bao BRDĐ: 98,6 triệu\n"
        "- Số thuê bao sử dụng smartphone: 112,3 triệu (tỷ lệ 91,2% tổng số thuê bao di động)\n"
        "- Tỷ lệ người dân sử dụng Internet: ước đạt 79,1%",
        "2025-10-07",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 25400000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 98600000),
            ("smartphone_subscriptions", "national", "as_of", "2025-09-30", 112300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-09-30", 91.2),
            ("internet_users_rate", "national", "as_of", "2025-09-30", 79.1),
        ],
    ),
    # Negative: the world's 5G coverage, operators' own stations and speeds, strategy targets.
    (
        "Theo GSMA Intelligence, vùng phủ sóng 5G toàn cầu đạt khoảng 51% dân số.\n"
        "Tại Việt Nam, Viettel cho biết đã lắp đặt 6.500 trạm 5G và phủ sóng 90% khu công nghiệp; "
        "VNPT công bố tốc độ 5G trung bình trên 500 Mbps.\n"
        "Chiến lược phát triển hạ tầng số đặt mục tiêu đến năm 2025 có 100% hộ gia đình được phủ cáp quang, "
        "tốc độ băng rộng cố định đạt trên 200 Mbps.",
        "2024-10-20",
        [],
    ),
    # Mixed (smartphone): share of subscriptions "hiện nay" kept as of the published date; a survey's share of people left out.
    (
        "Cục Viễn thông cho biết, hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 87,5%, "
        "tương đương khoảng 108 triệu thuê bao.\n"
        "Trong khi đó, một khảo sát của Decision Lab cho thấy 73% người trưởng thành ở Việt Nam sở hữu smartphone.\n"
        "Bộ TT&TT đặt mục tiêu ngừng hoàn toàn dịch vụ 2G trong năm 2024.",
        "2024-05-17",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-05-17", 87.5),
            ("smartphone_subscriptions", "national", "as_of", "2024-05-17", 108000000),
        ],
    ),
    # Ministry monthly report (NDXP): a month's flow, a per-day average written "triệu giao dịch/ngày", cumulative "tỷ giao dịch" since launch.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025\n"
        "Trong tháng 4/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 185,3 triệu giao dịch, "
        "bình quân 6,18 triệu giao dịch/ngày.\n"
        "Lũy kế từ khi khai trương đến ngày 30/4/2025, tổng số giao dịch qua NDXP chạm mốc 3,92 tỷ giao dịch.",
        "2025-05-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 185300000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 6180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 3920000000),
        ],
    ),
    # Government press (NDXP): agencies total with a "gồm" breakdown into kinds (sub-counts left out) and connection points, "đến hết tháng 10/2024".
    (
        "Kết quả vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\n"
        "Đến hết tháng 10/2024, NDXP đã kết nối với 105 cơ quan, đơn vị (gồm 22 bộ, ngành, 63 tỉnh, thành phố và 20 tập đoàn, doanh nghiệp), "
        "với 1.742 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.\n"
        "Văn phòng Chính phủ đề nghị các bộ hoàn thành kết nối CSDL chuyên ngành trong quý I/2025.",
        "2024-11-05",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-31", 105),
            ("ndxp_connection_points", "national", "as_of", "2024-10-31", 1742),
        ],
    ),
    # Press (NDXP quarter): "Quý I/2024 ... ghi nhận", a per-day average over the quarter, year-on-year change left out.
    (
        "Quý I/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 248 triệu giao dịch, tăng 31% so với cùng kỳ năm 2023.\n"
        "Bình quân mỗi ngày trong quý có 2,73 triệu giao dịch được thực hiện qua nền tảng.\n"
        "Nền tảng tiếp tục được mở rộng kết nối với các cơ sở dữ liệu chuyên ngành.",
        "2024-04-10",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 248000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2730000),
        ],
    ),
    # Press (NDXP year-to-date): "Lũy kế 11 tháng năm 2023" flow and its daily average.
    (
        "Chia sẻ dữ liệu qua NDXP tăng mạnh trong năm 2023\n"
        "Lũy kế 11 tháng năm 2023, có 682 triệu giao dịch được thực hiện qua NDXP, "
        "trung bình 2,04 triệu giao dịch mỗi ngày.\n"
        "Các bộ, ngành, địa phương tiếp tục đẩy mạnh chia sẻ dữ liệu phục vụ giải quyết TTHC.",
        "2023-12-08",
        [
            ("ndxp_transactions_period", "national", "ytd", "2023-11-30", 682000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-11-30", 2040000),
        ],
    ),
    # Negative: a province's LGSP (not NDXP), a decree number, CSDL counts and population-database requests.
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của tỉnh Quảng Ninh đã kết nối 45 hệ thống thông tin, "
        "thực hiện hơn 12,6 triệu giao dịch trong năm 2024.\n"
        "Chính phủ đã ban hành Nghị định số 47/2024/NĐ-CP quy định danh mục cơ sở dữ liệu quốc gia; hiện có 8 CSDL quốc gia đã đi vào vận hành.\n"
        "Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận hơn 1,2 tỷ yêu cầu xác thực thông tin công dân.",
        "2024-12-15",
        [],
    ),
    # Interview (NDXP): "đến nay ... kể từ năm 2019" cumulative and an undated daily average, both at the published date.
    (
        "Phóng viên: NDXP đã vận hành ra sao sau 5 năm?\n"
        "Ông Lê Minh T., Văn phòng Chính phủ: Đến nay, NDXP đã có khoảng 2,9 tỷ giao dịch kể từ năm 2019; "
        "mỗi ngày bình quân có khoảng 4,5 triệu giao dịch được thực hiện qua nền tảng.\n"
        "Phóng viên: Mục tiêu thời gian tới là gì?\n"
        "Ông Lê Minh T.: Chúng tôi phấn đấu năm 2025 đạt 10 triệu giao dịch mỗi ngày.",
        "2024-09-20",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-20", 2900000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-20", 4500000),
        ],
    ),
    # Monthly report table as label lines (NDXP) after the 2025 reorganisation, with a cut-off in the heading.
    (
        "Báo cáo tình hình chuyển đổi số tháng 8/2025 (số liệu đến ngày 31/8/2025)\n"
        "- Số cơ quan, đơn vị kết nối NDXP: 96\n"
        "- Số điểm kết nối trên NDXP: 2.105\n"
        "- Giao dịch qua NDXP trong tháng: 210,4 triệu\n"
        "- Tổng số giao dịch lũy kế: 4,81 tỷ",
        "2025-09-05",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-08-31", 96),
            ("ndxp_connection_points", "national", "as_of", "2025-08-31", 2105),
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 210400000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-08-31", 4810000000),
        ],
    ),
    # Monthly cybersecurity report: the month's attacks, the previous month's count in parentheses (kept), a botnet stock.
    (
        "Báo cáo tình hình an toàn thông tin mạng tháng 6/2024\n"
        "Trong tháng 6/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 802 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,5% so với tháng 5/2024 (984 cuộc).\n"
        "Tính đến hết tháng 6/2024, số địa chỉ IP tại Việt Nam nằm trong mạng botnet là 588.142 địa chỉ.",
        "2024-07-05",
        [
            ("cyberattacks", "national", "month", "2024-06-30", 802),
            ("cyberattacks", "national", "month", "2024-05-31", 984),
            ("botnet_ips", "national", "as_of", "2024-06-30", 588142),
        ],
    ),
    # Mixed (cyberattacks by kind): the half-year total kept, its Phishing/Deface/Malware parts left out.
    (
        "Tình hình an toàn thông tin mạng 6 tháng đầu năm 2025\n"
        "6 tháng đầu năm 2025, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 4.217 cuộc tấn công mạng "
        "vào các hệ thống thông tin tại Việt Nam.\n"
        "Trong đó có 2.380 cuộc tấn công lừa đảo (Phishing), "
        "1.103 cuộc tấn công thay đổi giao diện (Deface) và 734 cuộc tấn công cài mã độc (Malware).\n"
        "Đa số các cuộc tấn công nhắm vào cổng thông tin điện tử của các cơ quan nhà nước.",
        "2025-07-10",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 4217),
        ],
    ),
    # Government notice: level-approval shares for ministries, localities and the whole country at a date.
    (
        "Thông báo kết luận của Thủ tướng về bảo đảm an toàn thông tin mạng (trích)\n"
        "Tính đến ngày 20/9/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành đạt 86,4%, "
        "của các địa phương đạt 79,2%; tỷ lệ chung cả nước là 81,7%.\n"
        "Thủ tướng yêu cầu hoàn thành triển khai phương án bảo đảm an toàn thông tin theo cấp độ trước tháng 12/2024.",
        "2024-09-27",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-20", 86.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-20", 79.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-20", 81.7),
        ],
    ),
    # Provincial paper (Thừa Thiên Huế, year under review): "100% hệ thống thông tin" at year end; IOC alerts and drills left out.
    (
        "Năm 2023, trên địa bàn tỉnh Thừa Thiên Huế, 100% hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt "
        "hồ sơ đề xuất cấp độ an toàn thông tin.\n"
        "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh đã phát hiện, cảnh báo hơn 3.400 lượt truy cập bất thường.\n"
        "Tỉnh đã tổ chức 2 đợt diễn tập ứng cứu sự cố an toàn thông tin mạng.",
        "2024-01-18",
        [
            ("info_systems_level_approved_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 100),
        ],
    ),
    # Negative: a security vendor's counts, a vendor's botnet estimate, the world's and another country's figures.
    (
        "Theo báo cáo của Kaspersky, năm 2024 các giải pháp của hãng đã ngăn chặn hơn 42 triệu cuộc tấn công trực tuyến "
        "nhắm vào người dùng tại Việt Nam.\n"
        "Bkav ước tính có khoảng 1,5 triệu máy tính tại Việt Nam bị nhiễm mã độc botnet.\n"
        "Trên thế giới, số vụ tấn công mã độc tống tiền tăng 35% so với năm 2023; Singapore ghi nhận 4.100 sự cố an ninh mạng.",
        "2024-12-28",
        [],
    ),
    # Year-end press review: "Năm 2023 ... ghi nhận" attacks and a botnet level "ở mức" at year end; changes left out.
    (
        "An toàn thông tin năm 2023: những con số nổi bật\n"
        "Năm 2023, Việt Nam ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin, giảm 9,5% so với năm 2022.\n"
        "Số địa chỉ IP botnet của Việt Nam ở mức khoảng 620.000, giảm 48% so với cuối năm 2022.",
        "2024-01-10",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("botnet_ips", "national", "as_of", "2023-12-31", 620000),
        ],
    ),
    # Year-end estimate: GDP share and growth of the digital economy for 2024; "gấp 3 lần" and the 2025 target left out.
    (
        "Kinh tế số năm 2024: đóng góp ngày càng lớn\n"
        "Bộ Thông tin và Truyền thông ước tính năm 2024, tỷ trọng kinh tế số trong GDP đạt khoảng 18,3%; "
        "tốc độ tăng trưởng kinh tế số khoảng 20%/năm, gấp 3 lần tốc độ tăng trưởng GDP.\n"
        "Mục tiêu năm 2025 là kinh tế số chiếm 20% GDP.",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # Press summary: provinces' GRDP shares listed in parentheses (each one province's figure); an unnamed group left out.
    (
        "Năm 2023, kinh tế số ở các địa phương có sự phân hóa rõ rệt.\n"
        "Dẫn đầu cả nước về tỷ trọng kinh tế số trong GRDP là Bắc Ninh (28,74%), tiếp đến Bắc Giang (17,06%) và Hải Phòng (13,5%).\n"
        "Nhiều tỉnh miền núi có tỷ trọng kinh tế số dưới 5% GRDP.",
        "2024-10-02",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 28.74),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 17.06),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 13.5),
        ],
    ),
    # Police report: chip ID cards and VNeID accounts at a date; level-2 sub-count and the activation rate left out.
    (
        "Bộ Công an thông tin kết quả triển khai Đề án 06\n"
        "Tính đến ngày 15/4/2025, cả nước đã cấp 87,6 triệu thẻ căn cước gắn chip; kích hoạt 64,3 triệu tài khoản "
        "định danh điện tử VNeID, trong đó 54,1 triệu tài khoản mức độ 2.\n"
        "Tỷ lệ kích hoạt tài khoản VNeID trên số công dân đủ điều kiện đạt khoảng 75%.",
        "2025-04-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 64300000),
        ],
    ),
    # State Bank press release: Mobile Money customers at end of March, rural sub-count left out, adults' accounts at end-2023, a target.
    (
        "Ngân hàng Nhà nước cho biết, tính đến cuối tháng 3/2024, dịch vụ Mobile Money có khoảng 8,1 triệu khách hàng, "
        "trong đó hơn 5,6 triệu khách hàng ở nông thôn, vùng sâu, vùng xa.\n"
        "Đến cuối năm 2023, 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng.\n"
        "Mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng.",
        "2024-05-09",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8100000),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87),
        ],
    ),
    # Tax authority: cumulative e-invoices since July 2022 in "tỷ hóa đơn"; coded-invoice sub-count and petrol stations left out.
    (
        "Hóa đơn điện tử: 3 năm triển khai trên toàn quốc\n"
        "Theo Cục Thuế, từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022) đến ngày 30/6/2025, "
        "cơ quan thuế đã tiếp nhận, xử lý 10,3 tỷ hóa đơn điện tử, trong đó 3,2 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Hiện có 16.200 cửa hàng xăng dầu đã xuất hóa đơn điện tử theo từng lần bán hàng.",
        "2025-07-08",
        [
            ("e_invoices_total", "national", "as_of", "2025-06-30", 10300000000),
        ],
    ),
    # Year-end review (published after the edition's year): EGDI "71/193" and the previous edition's rank in parentheses; another country and GII left out.
    (
        "Nhìn lại năm 2024: theo Khảo sát Chính phủ điện tử của Liên hợp quốc công bố tháng 9/2024, Việt Nam xếp hạng 71/193 "
        "quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ trước (năm 2022 xếp thứ 86).\n"
        "Hàn Quốc tiếp tục dẫn đầu châu Á ở vị trí thứ 4.\n"
        "Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2024 của Việt Nam xếp thứ 44/133.",
        "2025-01-06",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Negative: a vendors' survey (e-Conomy SEA) in USD, a growth rate of GMV, another country, a 2030 target.
    (
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company cho biết tổng giá trị hàng hóa (GMV) "
        "của nền kinh tế số Việt Nam đạt 36 tỷ USD, tăng 16% so với năm 2023.\n"
        "Indonesia tiếp tục dẫn đầu khu vực với 90 tỷ USD.\n"
        "Việt Nam phấn đấu đến năm 2030 kinh tế số chiếm 30% GDP.",
        "2024-11-20",
        [],
    ),
    # Mixed, no published date: undated "hiện nay" subscriptions left out; explicitly dated toàn trình share and Q4 attacks kept.
    (
        "Chuyển đổi số qua những con số\n"
        "Hiện nay, cả nước có hơn 90 triệu thuê bao băng rộng di động và gần 23 triệu thuê bao băng rộng cố định.\n"
        "Tính đến ngày 31/12/2023, tỷ lệ DVCTT toàn trình trên tổng số TTHC đạt 44,5%.\n"
        "Trong quý IV/2023, Việt Nam ghi nhận 2.850 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin.",
        None,
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 44.5),
            ("cyberattacks", "national", "quarter", "2023-12-31", 2850),
        ],
    ),
]
