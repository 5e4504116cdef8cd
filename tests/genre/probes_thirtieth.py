"""Blind genre probes, thirtieth round: the earlier years, 2022 and 2023. The cases imitate press,
ministry and provincial texts as they were written then (Bộ Thông tin và Truyền thông, CCCD gắn
chip, DVCTT mức độ 3, 4 beside the newer toàn trình / một phần split of Nghị định 42/2022, the
Cổng Dịch vụ công quốc gia's early totals, Ngày Chuyển đổi số quốc gia 10/10, the digital economy's
first official shares of GDP) across every family of the catalog, with their dates, provinces,
ministries/localities breakdowns and the figures that must not be stored (2025 targets,
year-on-year changes, operators' own figures, other countries, sub-counts after "trong đó",
counts of decisions and meetings, undated "hiện nay" without a published date). Written for the
project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # monthly ministry report 2022: levels 3,4 together = dvctt_rate, level 4 = full process, "có phát sinh hồ sơ", a change and a 2025 target
    (
        "Báo cáo chuyển đổi số quốc gia tháng 11/2022 (Bộ Thông tin và Truyền thông).\n"
        "Tính đến ngày 30/11/2022, tỷ lệ DVCTT mức độ 3, 4 trên tổng số TTHC của cả nước đạt 57,2%; "
        "trong đó DVCTT mức độ 4 đạt 38,4% tổng số TTHC; tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến là 49,6%.\n"
        "Trong tháng 11/2022, tỷ lệ hồ sơ xử lý trực tuyến đạt 27,95%, tăng 3,1 điểm phần trăm so với tháng 10/2022.\n"
        "Mục tiêu đến năm 2025 là 80% DVCTT đạt mức độ 4.",
        "2022-12-06",
        [
            ("dvctt_rate", "national", "as_of", "2022-11-30", 57.2),
            ("dvctt_full_process_rate", "national", "as_of", "2022-11-30", 38.4),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2022-11-30", 49.6),
            ("online_dossier_rate", "national", "month", "2022-11-30", 27.95),
        ],
    ),
    # Nghị định 42/2022 transition: toàn trình vs một phần side by side, ministries/localities split, quarter IV
    (
        "Theo Nghị định 42/2022/NĐ-CP, DVCTT được phân thành toàn trình và một phần (thay cho mức độ 4 và mức độ 3).\n"
        "Quý IV/2022, tỷ lệ DVCTT toàn trình của khối bộ, ngành ở mức 44,6%, khối địa phương là 39,8%; "
        "tỷ lệ DVCTT một phần tương ứng là 38,2% và 41,5%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 31,2%, khối địa phương đạt 18,7%.",
        "2023-01-12",
        [
            ("dvctt_full_process_rate", "ministries", "quarter", "2022-12-31", 44.6),
            ("dvctt_full_process_rate", "localities", "quarter", "2022-12-31", 39.8),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2022-12-31", 31.2),
            ("online_dossier_full_process_rate", "localities", "quarter", "2022-12-31", 18.7),
        ],
    ),
    # the portal's early totals at year end 2022, "nghìn tỷ đồng", a DVCTT count with no id
    (
        "Cổng Dịch vụ công quốc gia sau ba năm vận hành\nBáo Chính phủ - Tính đến ngày 31/12/2022, Cổng Dịch vụ công quốc gia đã tích hợp, cung cấp 4.459 DVCTT; "
        "có hơn 7,2 triệu tài khoản đăng ký; tiếp nhận trên 13,5 triệu hồ sơ trực tuyến.\n"
        "Đã có 5,9 triệu giao dịch thanh toán trực tuyến với số tiền hơn 3,8 nghìn tỷ đồng.",
        "2023-01-04",
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 7200000),
            ("national_portal_dossiers", "national", "as_of", "2022-12-31", 13500000),
            ("online_payments_count", "national", "as_of", "2022-12-31", 5900000),
            ("online_payments_value", "national", "as_of", "2022-12-31", 3800),
        ],
    ),
    # the portal's monthly flows go on the _new twins; the running total with its date stays on the stock id
    (
        "Báo cáo tình hình vận hành Cổng DVCQG tháng 3/2023\nTrong tháng 3/2023, Cổng DVCQG có thêm 312.540 tài khoản đăng ký mới; tiếp nhận 1,2 triệu hồ sơ trực tuyến; "
        "thực hiện 486.000 giao dịch thanh toán trực tuyến với tổng giá trị 241,5 tỷ đồng.\n"
        "Lũy kế từ khi khai trương (9/12/2019) đến ngày 31/3/2023, Cổng đã có 8,1 triệu tài khoản.",
        "2023-04-05",
        [
            ("national_portal_accounts_new", "national", "month", "2023-03-31", 312540),
            ("national_portal_dossiers_new", "national", "month", "2023-03-31", 1200000),
            ("online_payments_count_new", "national", "month", "2023-03-31", 486000),
            ("online_payments_value_new", "national", "month", "2023-03-31", 241.5),
            ("national_portal_accounts", "national", "as_of", "2023-03-31", 8100000),
        ],
    ),
    # CCCD gắn chip and VNeID in 2023 press wording ("chạm mốc"), applications received are not activations
    (
        "Tiến độ cấp CCCD gắn chip và định danh điện tử\nVnExpress - Đến ngày 15/7/2023, Bộ Công an đã cấp 84,6 triệu thẻ CCCD gắn chip điện tử.\n"
        "Lực lượng công an đã thu nhận 50,3 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử; "
        "số tài khoản định danh điện tử (VNeID) được kích hoạt chạm mốc 31,2 triệu.",
        "2023-07-17",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-07-15", 84600000),
            ("vneid_activated_accounts", "national", "as_of", "2023-07-15", 31200000),
        ],
    ),
    # Ngày Chuyển đổi số quốc gia 10/10/2022: the digital economy's first official share (of 2021) beside 2025/2030 targets
    (
        "Ngày Chuyển đổi số quốc gia lần đầu tiên được tổ chức\nPhát biểu tại sự kiện Ngày Chuyển đổi số quốc gia 10/10/2022, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng cho biết: "
        "năm 2021, kinh tế số chiếm khoảng 11,91% GDP.\n"
        "Mục tiêu đến năm 2025, tỷ trọng kinh tế số đạt 20% GDP, đến năm 2030 đạt 30%.\n"
        "Sự kiện được tổ chức theo Quyết định 505/QĐ-TTg ngày 22/4/2022.",
        "2022-10-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.91),
        ],
    ),
    # year-end estimate of the digital economy's share and growth; the ICT core's share is not the whole
    (
        "Kinh tế số tăng trưởng nhanh\nTheo Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GDP ước đạt 12,33%; "
        "tốc độ tăng trưởng kinh tế số khoảng 20%, gấp 3 lần tốc độ tăng GDP.\n"
        "Riêng kinh tế số ICT đóng góp 7,47% GDP.",
        "2023-12-29",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20),
        ],
    ),
    # provincial portal "Toàn tỉnh hiện có", levels 3,4 with counts and shares, 9 months = ytd
    (
        "Cổng thông tin điện tử tỉnh Thừa Thiên Huế - Kết quả chuyển đổi số 9 tháng đầu năm 2022\nToàn tỉnh hiện có 1.627 DVCTT mức độ 3, 4, đạt tỷ lệ 85,3% trên tổng số TTHC; "
        "trong đó 1.108 DVCTT mức độ 4, chiếm 58,1% tổng số TTHC.\n"
        "Tỷ lệ hồ sơ nộp trực tuyến trên địa bàn tỉnh Thừa Thiên Huế 9 tháng đầu năm 2022 đạt 41,7%.",
        "2022-10-12",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2022-10-12", 85.3),
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2022-10-12", 58.1),
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2022-09-30", 41.7),
        ],
    ),
    # NCSC's 2022 totals with year-on-year falls, botnet IPs "tính đến cuối năm"
    (
        "An toàn thông tin năm 2022: số vụ tấn công giảm mạnh\nNăm 2022, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo 12.213 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 53,2% so với năm 2021.\n"
        "Số địa chỉ IP nằm trong các mạng botnet tính đến cuối năm là khoảng 620.000, giảm 42,3%.",
        "2023-01-10",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213),
            ("botnet_ips", "national", "as_of", "2022-12-31", 620000),
        ],
    ),
    # monthly attacks with the previous month in parentheses (kept), kinds after "Trong đó" (not), a 9-month running total
    (
        "Trong tháng 9/2023, NCSC phát hiện 1.026 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin ở Việt Nam, "
        "tăng 8,7% so với tháng 8/2023 (944 cuộc).\n"
        "Trong đó có 439 cuộc tấn công lừa đảo (Phishing), 358 cuộc tấn công thay đổi giao diện (Deface) "
        "và 229 cuộc tấn công cài mã độc (Malware).\n"
        "Lũy kế 9 tháng đầu năm 2023, đã ghi nhận 9.150 cuộc tấn công.",
        "2023-10-04",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1026),
            ("cyberattacks", "national", "month", "2023-08-31", 944),
            ("cyberattacks", "national", "ytd", "2023-09-30", 9150),
        ],
    ),
    # NDXP's 2022 year: flow for the year, per-day average, running total since 2019 ("lên tới", "tỷ")
    (
        "NDXP: một năm vận hành ổn định\nNăm 2022, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 551,6 triệu giao dịch, "
        "bình quân 1,51 triệu giao dịch/ngày.\n"
        "Lũy kế từ khi đưa vào vận hành (năm 2019) đến hết ngày 31/12/2022, tổng số giao dịch qua NDXP lên tới 1,28 tỷ.",
        "2023-01-09",
        [
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 551600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-12-31", 1510000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-12-31", 1280000000),
        ],
    ),
    # NDXP figures as a dashed list under a month heading
    (
        "Số liệu NDXP tháng 6/2023 (tính đến 30/6/2023):\n"
        "- Số giao dịch trong tháng: 72.418.305;\n"
        "- Trung bình mỗi ngày: 2,41 triệu giao dịch;\n"
        "- Số điểm kết nối đã thiết lập: 98 điểm;\n"
        "- 106 cơ quan, đơn vị (bộ, ngành, địa phương) đã kết nối.",
        "2023-07-06",
        [
            ("ndxp_transactions_period", "national", "month", "2023-06-30", 72418305),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-06-30", 2410000),
            ("ndxp_connection_points", "national", "as_of", "2023-06-30", 98),
            ("ndxp_connected_agencies", "national", "as_of", "2023-06-30", 106),
        ],
    ),
    # negative: Quyết định 411/QĐ-TTg targets for 2025 and 2030 only
    (
        "Chiến lược quốc gia phát triển kinh tế số và xã hội số\nTheo Quyết định 411/QĐ-TTg ngày 31/3/2022, đến năm 2025, kinh tế số chiếm 20% GDP; "
        "tỷ lệ người dân trưởng thành có tài khoản thanh toán đạt trên 80%; "
        "tỷ lệ hộ gia đình được phủ cáp quang đạt 80%.\n"
        "Đến năm 2030, tỷ trọng kinh tế số đạt 30% GDP.",
        "2022-04-01",
        [],
    ),
    # mixed: operators' own 5G trial figures (not) beside the country's trial station count (kept)
    (
        "Tính đến tháng 12/2023, Viettel đã lắp đặt hơn 100 trạm 5G thử nghiệm tại 17 tỉnh, thành phố; "
        "VinaPhone cũng triển khai 5G thử nghiệm tại Hà Nội, TP.HCM với tốc độ tải xuống lên tới 1,5 Gbps.\n"
        "Tổng cộng, tính đến ngày 15/12/2023 cả nước có khoảng 150 trạm 5G thử nghiệm.\n"
        "Bộ TT&TT dự kiến tổ chức đấu giá băng tần 2.500-2.600 MHz trong năm 2024.",
        "2023-12-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2023-12-15", 150),
        ],
    ),
    # Ookla download speeds for a month; speed rank and upload speed are not stored
    (
        "Tốc độ Internet Việt Nam cuối năm 2022\nTheo Speedtest Global Index của Ookla, tháng 12/2022 tốc độ tải xuống trung bình của mạng băng rộng cố định "
        "Việt Nam đạt 82,36 Mbps, xếp thứ 43 thế giới; băng rộng di động là 35,29 Mbps.\n"
        "Tốc độ tải lên của mạng cố định ở mức 78,1 Mbps.",
        "2023-01-18",
        [
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 82.36),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 35.29),
        ],
    ),
    # a year under review opening on "Năm 2022": smartphone share, FTTH households, BRCĐ subscriptions and per 100
    (
        "Tổng kết năm 2022 của Bộ Thông tin và Truyền thông\nNăm 2022, tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao điện thoại di động đạt 73,5%; "
        "tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 75%.\n"
        "Số thuê bao BRCĐ đạt 21,6 triệu, tương đương 21,7 thuê bao/100 dân.",
        "2023-01-05",
        [
            ("smartphone_subscriber_rate", "national", "year", "2022-12-31", 73.5),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21600000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.7),
        ],
    ),
    # villages still without coverage mid-2023; the unelectrified part after "trong đó" and the 2024 target are not stored
    (
        'Chương trình "Sóng và máy tính cho em"\nTính đến hết tháng 6/2023, cả nước còn 1.278 thôn, bản chưa có sóng di động băng rộng (thôn lõm sóng); '
        "trong đó 385 thôn chưa có điện lưới.\n"
        "Bộ TT&TT đặt mục tiêu phủ sóng 100% thôn, bản có điện lưới trong năm 2024.",
        "2023-07-12",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-06-30", 1278),
        ],
    ),
    # dead-zone villages covered as a fraction with its rate, then all villages' coverage rate
    (
        "Kết quả phủ sóng thôn, bản lõm sóng năm 2023\nĐến ngày 25/12/2023, các doanh nghiệp viễn thông đã phủ sóng 1.432/1.853 thôn lõm sóng có điện lưới, đạt 77,3%.\n"
        "Tỷ lệ phủ sóng di động băng rộng tới các thôn, bản trên cả nước đạt 98,6%.",
        "2023-12-27",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-12-25", 77.3),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-25", 98.6),
        ],
    ),
    # Mobile Money after a year of pilot; rural customers after "trong đó" and merchant points are not stored
    (
        "Mobile Money: hơn một năm thí điểm\nSau hơn một năm thí điểm, đến ngày 30/11/2022 Mobile Money đã có khoảng 4,1 triệu khách hàng đăng ký sử dụng, "
        "trong đó hơn 2,9 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa (chiếm 70,7%).\n"
        "Tổng số điểm kinh doanh chấp nhận thanh toán là 120.000 điểm.",
        "2022-12-15",
        [
            ("mobile_money_customers", "national", "as_of", "2022-11-30", 4100000),
        ],
    ),
    # adults with a payment account: the current level and last year-end's value in parentheses; the change is not stored
    (
        "Thanh toán không dùng tiền mặt tiếp tục tăng\nTheo Ngân hàng Nhà nước, đến cuối tháng 6/2023 tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng "
        "đạt 77,4%, tăng hơn 3 điểm phần trăm so với cuối năm 2022 (74,2%).\n"
        "Số lượng giao dịch thanh toán qua điện thoại di động cũng tăng mạnh.",
        "2023-08-02",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 77.4),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 74.2),
        ],
    ),
    # e-invoices one year after 1/7/2022: the total (kept), coded invoices after "trong đó" and the month's new ones (not)
    (
        "Một năm triển khai hóa đơn điện tử\nSau một năm triển khai hóa đơn điện tử trên toàn quốc (từ 1/7/2022), tính đến ngày 30/6/2023, "
        "cơ quan thuế đã tiếp nhận và xử lý hơn 1,79 tỷ hóa đơn điện tử, trong đó 551 triệu hóa đơn có mã của cơ quan thuế.\n"
        "Riêng trong tháng 6/2023 có 186 triệu hóa đơn được khởi tạo.",
        "2023-07-10",
        [
            ("e_invoices_total", "national", "as_of", "2023-06-30", 1790000000),
        ],
    ),
    # the UN's 2022 e-government survey quoted in 2023 as "86/193"; OSI and ASEAN ranks are not stored
    (
        "Xếp hạng Chính phủ điện tử của Việt Nam\nTrong Báo cáo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Việt Nam xếp thứ 86/193 quốc gia, "
        "giữ nguyên vị trí so với năm 2020; chỉ số dịch vụ trực tuyến (OSI) xếp hạng 75.\n"
        "Trong khu vực ASEAN, Việt Nam đứng thứ 6.",
        "2023-03-14",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # negative: the world's and another country's figures, meetings and decisions
    (
        "Bức tranh chuyển đổi số toàn cầu năm 2022\nTheo Liên minh Viễn thông quốc tế (ITU), năm 2022 khoảng 66% dân số thế giới sử dụng Internet; "
        "tại Hàn Quốc, tỷ lệ phủ sóng 5G đã vượt 90% dân số.\n"
        "Trong năm, Ủy ban Quốc gia về chuyển đổi số đã họp 2 phiên, ban hành 5 quyết định và 12 văn bản chỉ đạo.",
        "2023-02-20",
        [],
    ),
    # Đề án 06 dossier rates over the first half of 2023 ("chỉ đạt", "số định danh cá nhân")
    (
        "Văn phòng Chính phủ cho biết, 6 tháng đầu năm 2023:\n"
        "- tỷ lệ hồ sơ TTHC được số hóa, cấp kết quả giải quyết điện tử đạt 21,9%;\n"
        "- tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa chỉ đạt 6,03%;\n"
        "- tỷ lệ hồ sơ được xác thực bằng số định danh cá nhân đạt 64%.",
        "2023-07-20",
        [
            ("e_result_rate", "national", "half", "2023-06-30", 21.9),
            ("data_reuse_rate", "national", "half", "2023-06-30", 6.03),
            ("dossiers_with_personal_id_rate", "national", "half", "2023-06-30", 64),
        ],
    ),
    # satisfaction and adults using DVCTT for 2023; satisfaction with complaint handling is another measure
    (
        "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2023\nTheo Bộ chỉ số phục vụ người dân, doanh nghiệp, năm 2023 mức độ hài lòng của người dân, doanh nghiệp "
        "trong giải quyết TTHC đạt 86,2%; tỷ lệ người dân trưởng thành sử dụng DVCTT ước đạt 31,5%.\n"
        "Tỷ lệ hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị đạt 90,1%.",
        "2023-12-30",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 86.2),
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 31.5),
        ],
    ),
    # essential services "25/53" under Quyết định 422/QĐ-TTg; the 28 remaining are not stored
    (
        "Đề án 06: tiến độ cung cấp dịch vụ công thiết yếu\nTính đến ngày 20/11/2023, 25/53 dịch vụ công thiết yếu theo Quyết định 422/QĐ-TTg đã được cung cấp "
        "trực tuyến toàn trình trên Cổng DVCQG; 28 dịch vụ còn lại đang được các bộ, ngành hoàn thiện.\n"
        "Các dịch vụ này gồm đăng ký khai sinh, đăng ký thường trú, cấp đổi giấy phép lái xe…",
        "2023-11-22",
        [
            ("essential_services_full_process", "national", "as_of", "2023-11-20", 25),
        ],
    ),
    # fee-reduction resolutions: the count done (kept), those not yet issued and one province's 50% (not)
    (
        "Miễn, giảm phí để khuyến khích người dân dùng DVCTT\nTính đến tháng 9/2023, đã có 21 tỉnh, thành phố ban hành Nghị quyết của HĐND về miễn, giảm phí, lệ phí "
        "khi thực hiện DVCTT; 42 địa phương chưa ban hành.\n"
        "Bắc Giang là một trong những địa phương đầu tiên giảm 50% lệ phí.",
        "2023-10-03",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-09-30", 21),
        ],
    ),
    # procedures simplified as "641/1.084"; the remainder is not stored
    (
        "Cắt giảm thủ tục hành chính liên quan đến dân cư\nThực hiện các nghị quyết chuyên đề của Chính phủ, đến ngày 30/6/2023 các bộ, ngành đã cắt giảm, "
        "đơn giản hóa 641/1.084 TTHC, giấy tờ công dân liên quan đến quản lý dân cư; "
        "443 thủ tục còn lại chưa được thực hiện.\n"
        "Sổ hộ khẩu, sổ tạm trú giấy dần được thay bằng dữ liệu dân cư.",
        "2023-07-14",
        [
            ("procedures_simplified", "national", "as_of", "2023-06-30", 641),
        ],
    ),
    # EMC connection and security-level approval with national, ministries and localities values
    (
        "Báo cáo của Bộ TT&TT tháng 10/2023\n"
        "Tính đến 31/10/2023, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, "
        "cấp tỉnh kết nối với Hệ thống EMC đạt 82,5%.\n"
        "Về an toàn thông tin, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ là 61,4%; "
        "khối bộ, ngành đạt 72,8%, khối địa phương đạt 55,3%.",
        "2023-11-07",
        [
            ("emc_connection_rate", "national", "as_of", "2023-10-31", 82.5),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-10-31", 61.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-10-31", 72.8),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-10-31", 55.3),
        ],
    ),
    # Internet users as a share of the population and mobile broadband subscriptions; the yearly rise is not stored
    (
        "Việt Nam trong nhóm quốc gia có số người dùng Internet tăng nhanh\nTheo Bộ TT&TT, đến tháng 11/2023 Việt Nam có khoảng 78,4 triệu người sử dụng Internet, tương đương 79,1% dân số.\n"
        "Số thuê bao băng thông rộng di động đạt 86,5 triệu, tương đương 87,3 thuê bao/100 dân, tăng 4,2% so với năm 2022.",
        "2023-12-12",
        [
            ("internet_users_rate", "national", "as_of", "2023-11-30", 79.1),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-11-30", 86500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-11-30", 87.3),
        ],
    ),
    # negative: only year-on-year changes for the first half of 2023
    (
        "Nửa đầu năm 2023 trên Cổng DVCQG\nSo với cùng kỳ năm 2022, số hồ sơ nộp trực tuyến qua Cổng DVCQG trong 6 tháng đầu năm 2023 tăng 46%; "
        "giá trị thanh toán trực tuyến tăng 2,1 lần; số tài khoản đăng ký mới tăng 18,5%.\n"
        "Số cuộc tấn công mạng giảm 9,6%.",
        "2023-07-08",
        [],
    ),
    # negative: "Hiện nay" with no date in the text and no published date
    (
        "Dịch vụ công trực tuyến ngày càng phổ biến\nHiện nay, Cổng Dịch vụ công quốc gia đã có hơn 9 triệu tài khoản đăng ký và kết nối với 63 tỉnh, thành phố; "
        "tỷ lệ hồ sơ trực tuyến toàn trình cả nước ở mức 19%.\n"
        "Người dân có thể nộp hồ sơ mọi lúc, mọi nơi.\n"
        "Các địa phương đang đẩy mạnh hướng dẫn người dân tạo tài khoản.",
        None,
        [],
    ),
    # interview in a province: "hiện nay" dated by the page, a quoted yearly rate, the province's digital economy share of GRDP
    (
        "Trả lời phỏng vấn báo Quảng Ninh, Giám đốc Sở TT&TT cho biết: hiện nay tỉnh Quảng Ninh đã cung cấp "
        "1.442 DVCTT toàn trình, chiếm 76,5% tổng số TTHC.\n"
        '"Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của tỉnh năm 2022 là 68,3%, thuộc nhóm dẫn đầu cả nước", ông nói.\n'
        "Năm 2022, kinh tế số đóng góp khoảng 8% GRDP của tỉnh.",
        "2022-12-20",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2022-12-20", 76.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2022-12-31", 68.3),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2022-12-31", 8),
        ],
    ),
    # a province's digital economy share of GRDP and its dossiers online for 2022; the DTI ranking is not stored
    (
        "Bắc Ninh dẫn đầu về tỷ trọng kinh tế số\nNăm 2022, tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Ninh đạt 30,7%, cao nhất cả nước; "
        "tỉnh xếp thứ 9 Bộ chỉ số chuyển đổi số cấp tỉnh (DTI).\n"
        "Tỷ lệ hồ sơ nộp trực tuyến trên địa bàn tỉnh năm 2022 đạt 81,2%.",
        "2023-04-18",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2022-12-31", 30.7),
            ("online_dossier_rate", "Bắc Ninh", "year", "2022-12-31", 81.2),
        ],
    ),
    # a statistics table written as lines, counts with a share in parentheses; total mobile subscriptions has no id
    (
        "Số liệu viễn thông tháng 8/2023 (Bộ TT&TT):\n"
        "Thuê bao di động: 126,3 triệu\n"
        "Thuê bao sử dụng smartphone: 108,2 triệu (85,7%)\n"
        "Thuê bao băng rộng cố định: 22,8 triệu\n"
        "Thuê bao băng rộng di động: 84,9 triệu",
        "2023-09-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-08-31", 108200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-08-31", 85.7),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-08-31", 22800000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-08-31", 84900000),
        ],
    ),
    # mixed: VNPT's own fibre figures (not) and the national FTTH household share (kept)
    (
        "Cáp quang phủ rộng khắp\nVNPT cho biết đến cuối quý I/2023 mạng cáp quang của doanh nghiệp đã phủ tới 100% số xã với hơn 9 triệu thuê bao FTTH.\n"
        "Trên toàn quốc, tỷ lệ hộ gia đình có kết nối cáp quang (FTTH) đạt 76,8% vào thời điểm 31/3/2023.",
        "2023-04-20",
        [
            ("ftth_household_rate", "national", "as_of", "2023-03-31", 76.8),
        ],
    ),
    # negative: Ngày Chuyển đổi số quốc gia 10/10/2023 theme with "phấn đấu" targets for end-2023
    (
        'Ngày Chuyển đổi số quốc gia năm 2023 (10/10) có chủ đề "Khai thác dữ liệu số để tạo ra giá trị".\n'
        "Bộ TT&TT đề nghị các địa phương phấn đấu đến cuối năm 2023 đạt 50% hồ sơ trực tuyến toàn trình, "
        "100% hệ thống thông tin được phê duyệt cấp độ và 80% người dân trưởng thành có danh tính số.\n"
        "Các hoạt động hưởng ứng diễn ra từ ngày 1/10 đến 10/10/2023.",
        "2023-10-09",
        [],
    ),
    # quarter I/2022 with level-3 and level-4 counts (no id; "mức độ 3 và 4.285" glues a level to a count), both shares, and the portal's dossiers in the quarter
    (
        "VietnamPlus - Dịch vụ công trực tuyến quý I/2022\nQuý I/2022, cả nước có 3.860 DVCTT mức độ 3 và 4.285 DVCTT mức độ 4; "
        "tỷ lệ DVCTT mức độ 4 trên tổng số TTHC đạt 36,6%, tỷ lệ DVCTT mức độ 3, 4 đạt 69,6%.\n"
        "Cổng DVCQG tiếp nhận 1,4 triệu hồ sơ trực tuyến trong quý.",
        "2022-04-12",
        [
            ("dvctt_full_process_rate", "national", "quarter", "2022-03-31", 36.6),
            ("dvctt_rate", "national", "quarter", "2022-03-31", 69.6),
            ("national_portal_dossiers_new", "national", "quarter", "2022-03-31", 1400000),
        ],
    ),
    # a mountain province: 100% of ELIGIBLE procedures full-process, 4 months = ytd, the commune level after "trong đó" is a part
    (
        "Hà Giang đẩy mạnh dịch vụ công trực tuyến\nĐến ngày 15/5/2023, tỉnh Hà Giang đã cung cấp 100% DVCTT toàn trình đối với các TTHC đủ điều kiện.\n"
        "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận của toàn tỉnh 4 tháng đầu năm 2023 đạt 52,4%, "
        "trong đó cấp xã đạt 46,1%.",
        "2023-05-18",
        [
            ("full_process_provision_rate", "Hà Giang", "as_of", "2023-05-15", 100),
            ("online_dossier_rate", "Hà Giang", "ytd", "2023-04-30", 52.4),
        ],
    ),
    # negative: ICT revenue and exports in USD, counts of national databases and platforms (no ids)
    (
        "Công nghiệp ICT năm 2022\nDoanh thu công nghiệp ICT năm 2022 ước đạt 148 tỷ USD; kim ngạch xuất khẩu phần cứng điện tử đạt 114 tỷ USD.\n"
        "Đến nay đã có 6 CSDL quốc gia được hình thành, 18 nền tảng số quốc gia được ưu tiên phát triển.",
        "2023-01-06",
        [],
    ),
]
