"""Blind genre probes, round 35: older wording (2022-2023). The cases imitate how Bộ Thông tin và
Truyền thông reports, Ủy ban Quốc gia về chuyển đổi số sessions, Cổng DVCQG summaries, provincial
portals, press summaries and interviews of 2022 and 2023 wrote the indicators: "dịch vụ công trực
tuyến mức độ 3, 4" and "mức độ 4" before the toàn trình / một phần split, "thuê bao băng rộng" and
"thuê bao/100 dân", NDXP "lượt giao dịch" since its 2019 launch, "sự cố tấn công mạng" and "mạng máy
tính ma", the 2022 shares of kinh tế số in GDP/GRDP, Đề án 06 counts (CCCD gắn chip, VNeID, 53 dịch
vụ công thiết yếu), Mobile Money, hóa đơn điện tử and the 2022 EGDI edition, with breakdowns by
khối bộ, ngành / khối địa phương / a named province, every period kind, tables written as lines,
and about six cases (targets, operators' own figures, other countries, a survey's shares of people,
year-on-year changes, meeting and decree counts, an undated "hiện nay") whose numbers must not be
stored. Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Old "mức độ 3, 4" label with "trên tổng số TTHC", then "trong đó ... mức độ 4" = full-process share (another indicator after "trong đó").
    (
        "Báo cáo tình hình chuyển đổi số quốc gia tháng 7/2022 của Bộ Thông tin và Truyền thông cho biết: "
        "tính đến ngày 31/7/2022, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 trên tổng số TTHC của cả nước đạt 61,8%.\n"
        "Trong đó, tỷ lệ DVCTT mức độ 4 là 38,9%.\n"
        "Bộ TT&TT đề nghị các bộ, ngành, địa phương tiếp tục rà soát, nâng cấp dịch vụ công lên mức độ 4.",
        "2022-08-10",
        [
            ("dvctt_rate", "national", "as_of", "2022-07-31", 61.8),
            ("dvctt_full_process_rate", "national", "as_of", "2022-07-31", 38.9),
        ],
    ),
    # Year under review (sentence opens on "Năm 2022"), "đã cung cấp DVCTT mức độ 3, 4 đối với 72,4% TTHC", bare "khối địa phương đạt", dossier rates per block.
    (
        "Năm 2022, khối bộ, ngành đã cung cấp dịch vụ công trực tuyến mức độ 3, 4 đối với 72,4% TTHC; khối địa phương đạt 58,1%.\n"
        "Tỷ lệ hồ sơ trực tuyến của DVCTT mức độ 3, 4 năm 2022 ở khối bộ, ngành là 42,5%, khối địa phương là 21,3%.\n"
        "Đây là những số liệu được Bộ TT&TT công bố tại Hội nghị tổng kết công tác năm 2022.",
        "2023-01-03",
        [
            ("dvctt_rate", "ministries", "as_of", "2022-12-31", 72.4),
            ("dvctt_rate", "localities", "as_of", "2022-12-31", 58.1),
            ("online_dossier_rate", "ministries", "year", "2022-12-31", 42.5),
            ("online_dossier_rate", "localities", "year", "2022-12-31", 21.3),
        ],
    ),
    # Cổng DVCQG year-end stocks ("tính đến hết năm 2022"), the year's flows ("Riêng trong năm 2022 ... thêm ... mới") and an undated "lũy kế" sentence carried from context.
    (
        "Tính đến hết năm 2022, Cổng Dịch vụ công quốc gia đã có hơn 7,2 triệu tài khoản đăng ký, tiếp nhận trên 16,8 triệu hồ sơ trực tuyến.\n"
        "Riêng trong năm 2022, Cổng có thêm 2,9 triệu tài khoản đăng ký mới và 10,2 triệu hồ sơ nộp trực tuyến.\n"
        "Số giao dịch thanh toán trực tuyến lũy kế đạt 6,3 triệu giao dịch với số tiền trên 5.600 tỷ đồng.",
        "2023-01-05",
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 7200000),
            ("national_portal_dossiers", "national", "as_of", "2022-12-31", 16800000),
            ("national_portal_accounts_new", "national", "year", "2022-12-31", 2900000),
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 10200000),
            ("online_payments_count", "national", "as_of", "2022-12-31", 6300000),
            ("online_payments_value", "national", "as_of", "2022-12-31", 5600),
        ],
    ),
    # NDXP in a monthly press briefing: month flow, per-day average in the same sentence, cumulative "từ khi khai trương (tháng 5/2019)", "Hiện" points and agencies.
    (
        "Báo cáo của Bộ TT&TT tại họp báo Chính phủ thường kỳ tháng 1/2023 nêu rõ: trong tháng 1/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) "
        "ghi nhận 56,4 triệu giao dịch, trung bình mỗi ngày khoảng 1,8 triệu giao dịch.\n"
        "Lũy kế từ khi khai trương (tháng 5/2019) đến hết tháng 1/2023, tổng số giao dịch qua NDXP đạt 1,21 tỷ giao dịch.\n"
        "Hiện nền tảng đã thiết lập 4.106 điểm kết nối với 107 bộ, ngành, địa phương và doanh nghiệp.",
        "2023-02-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-01-31", 56400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-01-31", 1800000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-01-31", 1210000000),
            ("ndxp_connection_points", "national", "as_of", "2023-01-31", 4106),
            ("ndxp_connected_agencies", "national", "as_of", "2023-01-31", 107),
        ],
    ),
    # Monthly cyber bulletin: total kept, the previous month's figure in parentheses kept with its own month, kinds after "Trong đó" and the change dropped.
    (
        "Trong tháng 9/2023, Hệ thống kỹ thuật của Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.045 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,1% so với tháng 8/2023 (1.150 cuộc).\n"
        "Trong đó có 443 cuộc tấn công lừa đảo (Phishing), 328 cuộc tấn công thay đổi giao diện (Deface) và 274 cuộc tấn công cài mã độc (Malware).",
        "2023-10-06",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1045),
            ("cyberattacks", "national", "month", "2023-08-31", 1150),
        ],
    ),
    # Half-year cyber review: "sự cố tấn công mạng" as the counted noun, botnet written "mạng máy tính ma (botnet)" at "cuối tháng 6/2023", changes dropped.
    (
        "6 tháng đầu năm 2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, xử lý 5.102 sự cố tấn công mạng vào các hệ thống thông tin tại Việt Nam, "
        "giảm 12,6% so với cùng kỳ năm 2022.\n"
        "Số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) tính đến cuối tháng 6/2023 ở mức 543.270 địa chỉ, giảm 17% so với cuối năm 2022.",
        "2023-07-14",
        [
            ("cyberattacks", "national", "half", "2023-06-30", 5102),
            ("botnet_ips", "national", "as_of", "2023-06-30", 543270),
        ],
    ),
    # Level approval per block ("của các bộ, ngành ..., của các địa phương đạt ...") with "đến nay"; the 2024 target dropped.
    (
        "Tại Hội nghị triển khai công tác bảo đảm an toàn thông tin năm 2024, Cục An toàn thông tin cho biết đến nay tỷ lệ hệ thống thông tin của các bộ, ngành "
        "được phê duyệt hồ sơ đề xuất cấp độ đạt 45,6%, của các địa phương đạt 39,2%.\n"
        "Chỉ tiêu đặt ra là 100% hệ thống thông tin được phê duyệt cấp độ trong năm 2024.",
        "2023-12-20",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-12-20", 45.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-12-20", 39.2),
        ],
    ),
    # 2022 share of the digital economy "chiếm khoảng ... GDP"; its ICT and platform parts after "trong đó" and the 411/QĐ-TTg target dropped.
    (
        "Theo ước tính của Bộ TT&TT, năm 2022 quy mô kinh tế số của Việt Nam chiếm khoảng 14,26% GDP; trong đó kinh tế số ICT chiếm 8,49% GDP, "
        "kinh tế số nền tảng và kinh tế số ngành chiếm 5,77%.\n"
        "Mục tiêu theo Quyết định 411/QĐ-TTg là kinh tế số chiếm 20% GDP vào năm 2025.",
        "2023-04-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # A city's share of GRDP ("ước đạt tỷ trọng 17,5% GRDP") with the national share in parentheses; ICT revenue and its change dropped.
    (
        "Báo cáo của UBND thành phố Đà Nẵng cho thấy năm 2022, kinh tế số của thành phố ước đạt tỷ trọng 17,5% GRDP, "
        "cao hơn mức bình quân cả nước (14,26% GDP).\n"
        "Doanh thu ngành công nghệ thông tin và truyền thông trên địa bàn đạt 33.000 tỷ đồng, tăng 12% so với năm 2021.",
        "2023-03-02",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2022-12-31", 17.5),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # Growth said as "có tốc độ tăng trưởng khoảng 20%" in a speech; "gấp 3 lần", the enterprise count and Make in Vietnam have no id.
    (
        "Phát biểu tại Diễn đàn Quốc gia phát triển doanh nghiệp công nghệ số Việt Nam, Bộ trưởng Bộ TT&TT cho biết kinh tế số Việt Nam năm 2022 "
        "có tốc độ tăng trưởng khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP.\n"
        "Cả nước hiện có khoảng 70.000 doanh nghiệp công nghệ số, nhiều doanh nghiệp đi theo định hướng Make in Vietnam.",
        "2023-08-26",
        [
            ("digital_economy_growth", "national", "year", "2022-12-31", 20),
        ],
    ),
    # Year-end broadband subscriptions with "(BRCĐ)" and "thuê bao/100 dân", mobile written "số thuê bao băng rộng di động đạt", smartphone share carried from context.
    (
        "Tính đến cuối năm 2022, cả nước có 21,1 triệu thuê bao băng rộng cố định (BRCĐ), đạt 21,3 thuê bao/100 dân; "
        "số thuê bao băng rộng di động đạt 82,6 triệu, tương đương 83,7 thuê bao/100 dân.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 77,3%.",
        "2023-01-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21100000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 83.7),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 77.3),
        ],
    ),
    # "hiện ở mức" with a published date: fibre households and Internet users; "100% xã, phường" has no id.
    (
        "Hạ tầng Internet băng rộng cáp quang đã phủ tới 100% xã, phường, thị trấn trên cả nước.\n"
        "Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng hiện ở mức 75,1%, tỷ lệ người sử dụng Internet đạt 79,1% dân số.",
        "2023-06-12",
        [
            ("ftth_household_rate", "national", "as_of", "2023-06-12", 75.1),
            ("internet_users_rate", "national", "as_of", "2023-06-12", 79.1),
        ],
    ),
    # Speedtest month: download speeds kept; upload, speed rank and the world average dropped.
    (
        "Theo số liệu Speedtest Global Index của Ookla tháng 3/2023, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 83,97 Mbps, "
        "tốc độ tải lên 82,4 Mbps, xếp thứ 45 thế giới.\n"
        "Băng rộng di động có tốc độ tải xuống 42,07 Mbps, cao hơn mức trung bình toàn cầu (38,99 Mbps).",
        "2023-04-20",
        [
            ("fixed_broadband_speed", "national", "month", "2023-03-31", 83.97),
            ("mobile_broadband_speed", "national", "month", "2023-03-31", 42.07),
        ],
    ),
    # "còn 1.516 thôn, bản chưa có sóng di động (thôn lõm sóng)" at a day, electrified dead zones covered "trong tổng số ..., đạt tỷ lệ" in the same frame; the part after "trong đó", 178 villages covered and the remainder dropped.
    (
        "Theo rà soát của Bộ TT&TT, tính đến ngày 15/4/2023, cả nước còn 1.516 thôn, bản chưa có sóng di động (thôn lõm sóng), trong đó 371 thôn chưa có điện lưới.\n"
        "Đối với các thôn lõm sóng đã có điện lưới, doanh nghiệp đã phủ sóng băng rộng di động cho 1.102 thôn trong tổng số 1.380 thôn, đạt tỷ lệ 79,9%.\n"
        "Từ đầu năm đến nay, các doanh nghiệp viễn thông đã phủ sóng cho 178 thôn lõm sóng; số thôn còn lại dự kiến được phủ sóng trong năm 2023.",
        "2023-05-18",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-04-15", 1516),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-04-15", 79.9),
        ],
    ),
    # Provincial: "nâng tỷ lệ thôn, bản có sóng ... lên 98,2%" and "Hiện trên địa bàn tỉnh còn 34 thôn chưa có sóng" (reason kept); 95 villages covered dropped.
    (
        'Sau hơn hai năm thực hiện chương trình "Sóng và máy tính cho em", toàn tỉnh Lào Cai đã xóa được 95 thôn lõm sóng, '
        "nâng tỷ lệ thôn, bản có sóng điện thoại di động lên 98,2%.\n"
        "Hiện trên địa bàn tỉnh còn 34 thôn chưa có sóng, chủ yếu do chưa có điện lưới quốc gia.",
        "2023-11-02",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-11-02", 98.2),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-11-02", 34),
        ],
    ),
    # Đề án 06 figures at "đến ngày 30/6/2023": chip cards, activated VNeID accounts after "trong đó" (another indicator); applications and CSDL requests have no id.
    (
        "Theo Bộ Công an, đến ngày 30/6/2023, cả nước đã cấp 84,2 triệu thẻ Căn cước công dân gắn chip điện tử; "
        "tiếp nhận hơn 50 triệu hồ sơ cấp tài khoản định danh điện tử, trong đó đã kích hoạt 32,5 triệu tài khoản VNeID (mức độ 1 và mức độ 2).\n"
        "CSDL quốc gia về dân cư đã tiếp nhận, trả lời hơn 500 triệu lượt yêu cầu xác thực thông tin công dân.",
        "2023-07-04",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-06-30", 84200000),
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 32500000),
        ],
    ),
    # Mobile Money pilot "đến cuối tháng 2/2023"; the rural share after "trong đó" and one operator's accounts dropped.
    (
        "Theo Ngân hàng Nhà nước, sau hơn một năm triển khai thí điểm, đến cuối tháng 2/2023 dịch vụ Mobile Money đã có khoảng 3,9 triệu khách hàng đăng ký sử dụng, "
        "trong đó hơn 70% ở khu vực nông thôn, miền núi, biên giới, hải đảo.\n"
        "Riêng Viettel Money chiếm khoảng 3 triệu tài khoản.",
        "2023-03-20",
        [
            ("mobile_money_customers", "national", "as_of", "2023-02-28", 3900000),
        ],
    ),
    # "Tính đến tháng 11/2023 ... đạt khoảng 87%" kept; "vượt mục tiêu 80% vào năm 2025" dropped.
    (
        "Tính đến tháng 11/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%, "
        "vượt mục tiêu 80% vào năm 2025 đặt ra tại Chiến lược tài chính toàn diện quốc gia.\n"
        "Riêng năm 2023, các ngân hàng đã mở mới hơn 20 triệu tài khoản thanh toán cho khách hàng cá nhân.",
        "2023-12-27",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-11-30", 87),
        ],
    ),
    # E-invoices one year after 1/7/2022 ("tỷ" as a count); coded invoices after "trong đó" and the month's new invoices dropped.
    (
        "Tổng cục Thuế cho biết, sau một năm triển khai hóa đơn điện tử trên toàn quốc (từ ngày 1/7/2022), cơ quan thuế đã tiếp nhận và xử lý hơn 3,13 tỷ hóa đơn điện tử, "
        "trong đó có 1,3 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Riêng tháng 6/2023 có khoảng 268 triệu hóa đơn được khởi tạo mới.",
        "2023-07-03",
        [
            ("e_invoices_total", "national", "as_of", "2023-07-03", 3130000000),
        ],
    ),
    # 2022 UN edition "xếp Việt Nam thứ 86/193"; another country's rank and the OSI score dropped.
    (
        "Năm 2022, Báo cáo khảo sát Chính phủ điện tử của Liên Hợp Quốc xếp Việt Nam thứ 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), "
        "giữ nguyên vị trí so với năm 2020.\n"
        "Singapore đứng thứ 12; chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,6.",
        "2023-02-15",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # "26/53 dịch vụ công thiết yếu theo Đề án 06" with "Đến nay"; "27 dịch vụ còn lại" dropped.
    (
        "Đến nay, đã có 26/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng DVCQG.\n"
        "Các bộ, ngành đang hoàn thiện 27 dịch vụ còn lại, phấn đấu hoàn thành trong năm 2024.",
        "2023-10-20",
        [
            ("essential_services_full_process", "national", "as_of", "2023-10-20", 26),
        ],
    ),
    # "35/63 tỉnh, thành phố ... ban hành nghị quyết ... miễn, giảm phí"; the resolution number and "28 địa phương chưa ban hành" dropped.
    (
        "Thực hiện Nghị quyết số 131/NQ-CP của Chính phủ, đến nay đã có 35/63 tỉnh, thành phố trực thuộc Trung ương ban hành nghị quyết của HĐND "
        "về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.\n"
        "Hiện còn 28 địa phương chưa ban hành, chủ yếu do đang chờ kỳ họp HĐND cuối năm.",
        "2023-09-14",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-09-14", 35),
        ],
    ),
    # "đã thực thi 656/1.084 thủ tục hành chính được cắt giảm, đơn giản hóa"; 19 resolutions and the 60,5% share (no id) dropped.
    (
        "Về phương án cắt giảm, đơn giản hóa TTHC, giấy tờ công dân liên quan đến quản lý dân cư, Chính phủ đã ban hành 19 nghị quyết chuyên đề.\n"
        "Đến nay, các bộ, ngành đã thực thi 656/1.084 thủ tục hành chính được cắt giảm, đơn giản hóa, đạt 60,5%.",
        "2023-12-05",
        [
            ("procedures_simplified", "national", "as_of", "2023-12-05", 656),
        ],
    ),
    # EMC share with the long system name, in a monthly report dated by its month.
    (
        "Báo cáo chuyển đổi số tháng 7/2023 của Bộ TT&TT nêu: tính đến hết tháng 7/2023, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh "
        "kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 73,4%.\n"
        "Theo Quyết định 766/QĐ-TTg, đây là một trong 5 nhóm chỉ số của Bộ chỉ số phục vụ người dân, doanh nghiệp.",
        "2023-08-15",
        [
            ("emc_connection_rate", "national", "as_of", "2023-07-31", 73.4),
        ],
    ),
    # Provincial centre, "9 tháng đầu năm 2023": online share after "trong đó tiếp nhận trực tuyến ... chiếm", full-process dossiers, e-results, reuse.
    (
        "Trong 9 tháng đầu năm 2023, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh đã tiếp nhận 412.380 hồ sơ TTHC, "
        "trong đó tiếp nhận trực tuyến 318.505 hồ sơ, chiếm 77,2%.\n"
        "Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt 52,3%; tỷ lệ hồ sơ có kết quả giải quyết được cấp bản điện tử đạt 68,9%; "
        "tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,5%.",
        "2023-10-10",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2023-09-30", 77.2),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2023-09-30", 52.3),
            ("e_result_rate", "Quảng Ninh", "ytd", "2023-09-30", 68.9),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2023-09-30", 41.5),
        ],
    ),
    # "mức độ hài lòng ... đạt" and "ước đạt" adult use, both for the year 2022 named once.
    (
        "Kết quả đo lường Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2022 cho thấy mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt 84,12%.\n"
        "Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến năm 2022 ước đạt 32%.",
        "2023-02-10",
        [
            ("satisfaction_rate", "national", "year", "2022-12-31", 84.12),
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 32),
        ],
    ),
    # "5.124 dịch vụ công trực tuyến mức độ 3, 4, chiếm 52,9% tổng số TTHC" and "DVCTT mức độ 3, 4 có phát sinh hồ sơ mới đạt".
    (
        "Tính đến ngày 31/10/2022, cả nước đã cung cấp 5.124 dịch vụ công trực tuyến mức độ 3, 4, chiếm 52,9% tổng số TTHC.\n"
        "Tuy nhiên, tỷ lệ DVCTT mức độ 3, 4 có phát sinh hồ sơ mới đạt 36,4%.",
        "2022-11-15",
        [
            ("dvctt_rate", "national", "as_of", "2022-10-31", 52.9),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2022-10-31", 36.4),
        ],
    ),
    # Eligible procedures "đã được cung cấp trực tuyến mức độ 4" per block (the old full-process provision), the 2022 target dropped.
    (
        "Theo Văn phòng Chính phủ, tỷ lệ TTHC đủ điều kiện đã được cung cấp trực tuyến mức độ 4 của các bộ, ngành đạt 87,5%; của các địa phương đạt 71,2%.\n"
        "Mục tiêu năm 2022 là 100% TTHC đủ điều kiện được đưa lên mức độ 4.",
        "2022-06-20",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2022-06-20", 87.5),
            ("full_process_provision_rate", "localities", "as_of", "2022-06-20", 71.2),
        ],
    ),
    # A table written as lines with "(%)" in the row labels and two block columns; the partly-online row has no id.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2023 (số liệu đến ngày 31/5/2023):\n"
        "Chỉ tiêu | Khối bộ, ngành | Khối địa phương\n"
        "Tỷ lệ DVCTT toàn trình (%) | 41,5 | 35,8\n"
        "Tỷ lệ DVCTT một phần (%) | 38,2 | 46,1\n"
        "Tỷ lệ hồ sơ trực tuyến (%) | 48,7 | 27,4",
        "2023-06-08",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-05-31", 41.5),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-05-31", 35.8),
            ("online_dossier_rate", "ministries", "as_of", "2023-05-31", 48.7),
            ("online_dossier_rate", "localities", "as_of", "2023-05-31", 27.4),
        ],
    ),
    # NEGATIVE: the 2022 national strategy's targets for 2025 and 2030, nothing achieved.
    (
        "Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 (Quyết định 411/QĐ-TTg ngày 31/3/2022) đặt mục tiêu: "
        "đến năm 2025, kinh tế số chiếm 20% GDP; tỷ lệ người trưởng thành có tài khoản thanh toán đạt trên 80%; "
        "tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 50%.\n"
        "Đến năm 2030, kinh tế số chiếm 30% GDP, phổ cập dịch vụ mạng di động 5G.",
        "2022-04-05",
        [],
    ),
    # NEGATIVE: operators' own figures (Viettel 5G trial stations and speed, VNPT subscriptions, MobiFone smartphone share).
    (
        "Viettel cho biết đã lắp đặt hơn 100 trạm 5G thử nghiệm tại 12 tỉnh, thành phố; tốc độ trung bình đo được trên mạng 5G của Viettel đạt 600 Mbps.\n"
        "VNPT hiện có khoảng 10 triệu thuê bao băng rộng cố định, chiếm gần 45% thị phần FTTH.\n"
        "MobiFone ghi nhận tỷ lệ thuê bao dùng smartphone trên mạng của mình ở mức 81%.",
        "2023-08-22",
        [],
    ),
    # NEGATIVE: other countries' and the world's figures, and Viet Nam's innovation rank (no id).
    (
        "Theo Báo cáo Chỉ số đổi mới sáng tạo toàn cầu (GII) 2023, Việt Nam xếp thứ 46/132 nền kinh tế.\n"
        "Trong khu vực, Singapore đứng thứ 12 về Chỉ số phát triển Chính phủ điện tử, Malaysia thứ 53, Thái Lan thứ 55; "
        "tỷ lệ phủ sóng 5G theo dân số của Hàn Quốc đã đạt 95%, tốc độ băng rộng cố định trung bình thế giới là 79 Mbps.",
        "2023-09-28",
        [],
    ),
    # NEGATIVE: "Hiện nay" stocks with no date in the text and no published date.
    (
        "Hiện nay, Cổng Dịch vụ công quốc gia có hơn 9 triệu tài khoản đăng ký và đã kết nối với 63 Cổng dịch vụ công cấp tỉnh.\n"
        "Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt khoảng 75%.",
        None,
        [],
    ),
    # NEGATIVE: a committee session's year-on-year changes, multiples and counts of plans and documents.
    (
        "Tại phiên họp thứ năm của Ủy ban Quốc gia về chuyển đổi số, Thủ tướng Phạm Minh Chính chủ trì, Bộ TT&TT báo cáo: quý I/2023, "
        "số hồ sơ nộp trực tuyến qua Cổng DVCQG tăng 32% so với cùng kỳ năm 2022; số giao dịch qua NDXP tăng gấp 1,5 lần; số cuộc tấn công mạng giảm 12,4%.\n"
        "Năm 2022, Ủy ban đã ban hành 3 kế hoạch hoạt động và 12 văn bản chỉ đạo.",
        "2023-04-12",
        [],
    ),
    # NEGATIVE: a survey's shares of people (smartphone users, respondents who used DVCTT, daily Internet use).
    (
        "Khảo sát của một công ty nghiên cứu thị trường thực hiện cuối năm 2022 cho thấy 84% người dùng điện thoại tại Việt Nam sử dụng smartphone; "
        "73% người được hỏi đã từng sử dụng dịch vụ công trực tuyến.\n"
        "Tỷ lệ người sử dụng Internet hằng ngày trong số người được khảo sát lên tới 94%.",
        "2023-02-22",
        [],
    ),
    # National 5G trial totals "Tính đến ngày 30/11/2023" (all operators, not one); the 2025 coverage target dropped.
    (
        "Tính đến ngày 30/11/2023, các doanh nghiệp viễn thông đã lắp đặt tổng cộng 364 trạm BTS 5G thử nghiệm trên cả nước; "
        "sóng 5G mới phủ khoảng 3% dân số, chủ yếu tại Hà Nội, TP. Hồ Chí Minh và Đà Nẵng.\n"
        "Theo kế hoạch, mạng 5G sẽ được thương mại hóa từ năm 2024, phấn đấu phủ sóng 5G cho 50% dân số vào năm 2025.",
        "2023-12-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2023-11-30", 364),
            ("fiveg_population_coverage_rate", "national", "as_of", "2023-11-30", 3),
        ],
    ),
    # Month and "Lũy kế từ đầu năm" payment flows on the portal ("1,18 triệu", "6,9 nghìn tỷ đồng").
    (
        "Trong tháng 10/2023, Cổng Dịch vụ công quốc gia ghi nhận 1,18 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.052 tỷ đồng.\n"
        "Lũy kế từ đầu năm đến hết tháng 10/2023, có 8,4 triệu giao dịch thanh toán trực tuyến, số tiền hơn 6,9 nghìn tỷ đồng.",
        "2023-11-07",
        [
            ("online_payments_count_new", "national", "month", "2023-10-31", 1180000),
            ("online_payments_value_new", "national", "month", "2023-10-31", 1052),
            ("online_payments_count_new", "national", "ytd", "2023-10-31", 8400000),
            ("online_payments_value_new", "national", "ytd", "2023-10-31", 6900),
        ],
    ),
    # Provincial portal "Toàn tỉnh Bình Dương hiện có": "1.542 thủ tục ... DVCTT mức độ 3, 4, đạt tỷ lệ" and "số DVCTT mức độ 4 là 1.095, chiếm ... tổng số TTHC".
    (
        "Toàn tỉnh Bình Dương hiện có 1.867 TTHC, trong đó 1.542 thủ tục được cung cấp dưới dạng DVCTT mức độ 3, 4, đạt tỷ lệ 82,6%.\n"
        "Số DVCTT mức độ 4 là 1.095, chiếm 58,65% tổng số TTHC.",
        "2022-09-05",
        [
            ("dvctt_rate", "Bình Dương", "as_of", "2022-09-05", 82.6),
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2022-09-05", 58.65),
        ],
    ),
    # Quarter I/2023 for a province: "tỷ lệ hồ sơ giải quyết TTHC trực tuyến trên địa bàn tỉnh ..." and dossiers tied to personal ID; an app's downloads have no id.
    (
        "Trong quý I/2023, tỷ lệ hồ sơ giải quyết TTHC trực tuyến trên địa bàn tỉnh Thừa Thiên Huế đạt 72,5%, cao nhất cả nước; "
        "tỷ lệ hồ sơ gắn với số định danh cá nhân đạt 90,1%.\n"
        "Hiện nay, tỉnh tiếp tục triển khai ứng dụng Hue-S với hơn 1 triệu lượt tải.",
        "2023-05-30",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "quarter", "2023-03-31", 72.5),
            ("dossiers_with_personal_id_rate", "Thừa Thiên Huế", "quarter", "2023-03-31", 90.1),
        ],
    ),
    # Interview: a year's portal flows ("hơn 7,3 triệu hồ sơ trực tuyến", "4,2 triệu giao dịch", "hơn 2.800 tỷ đồng") and NDXP "lượt giao dịch" with a per-day average; "gấp 2,5 lần" and the 2023 target dropped.
    (
        "PV: Xin Thứ trưởng cho biết kết quả nổi bật của Cổng Dịch vụ công quốc gia năm 2022?\n"
        "Thứ trưởng: Năm 2022, Cổng đã tiếp nhận hơn 7,3 triệu hồ sơ trực tuyến, gấp 2,5 lần năm 2021, "
        "và thực hiện 4,2 triệu giao dịch thanh toán trực tuyến với số tiền hơn 2.800 tỷ đồng.\n"
        "Nền tảng NDXP trong năm 2022 cũng ghi nhận khoảng 740 triệu lượt giao dịch, bình quân hơn 2 triệu giao dịch mỗi ngày.\n"
        "PV: Còn mục tiêu năm 2023?\n"
        "Thứ trưởng: Chúng tôi phấn đấu 50% hồ sơ được nộp trực tuyến qua Cổng.",
        "2023-03-15",
        [
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 7300000),
            ("online_payments_count_new", "national", "year", "2022-12-31", 4200000),
            ("online_payments_value_new", "national", "year", "2022-12-31", 2800),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 740000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-12-31", 2000000),
        ],
    ),
]
