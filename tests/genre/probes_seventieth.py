"""Genre probes, round 70: a broad sample of the genre (ministry releases, portals, provincial
pages, press summaries, committee conclusions, interviews, year-end reviews; lists, brackets,
"Chỉ tiêu | Giá trị" tables and headings), written blind by a helper (not copied from any page)
and held out until the stop's code was nearly final. First reading with 1f22e69 (and with the
start code 9aaa90f alike): 64 of 70 right, 64 of 77 found. Then fitted: a two-column table under
a "Chỉ tiêu | Giá trị" header, "Tỷ lệ" opening the next line is no scale word ("89,3 Tỷ lệ …"), a
plan's row, a title "Bắc Ninh – Kết quả …", "tỷ lệ tiếp nhận, giải quyết hồ sơ trực tuyến", the
countries of an income group. Left: the EGDI rank dated by its page (the catalog's convention)
rather than the year's end.
"""

CASES = [
    (
        "Tính đến hết tháng 6/2024, Cổng Dịch vụ công quốc gia đã có hơn 12,3 triệu tài khoản đăng ký; "
        "tổng số hồ sơ trực tuyến thực hiện qua Cổng đạt 24,6 triệu hồ sơ. Riêng 6 tháng đầu năm 2024, "
        "Cổng tiếp nhận 4,1 triệu hồ sơ trực tuyến, tăng 35% so với cùng kỳ năm 2023.",
        "2024-07-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 12300000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 24600000.0),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 4100000.0),
        ],
    ),
    (
        "Về thanh toán trực tuyến, từ khi khai trương đến ngày 30/9/2023, Cổng Dịch vụ công quốc gia ghi "
        "nhận 9,8 triệu giao dịch với tổng số tiền 5.200 tỷ đồng. Trong 9 tháng đầu năm 2023 có 2,15 "
        "triệu giao dịch thanh toán trực tuyến qua Cổng, giá trị khoảng 1.480 tỷ đồng.",
        "2023-10-05",
        [
            ("online_payments_count", "national", "as_of", "2023-09-30", 9800000.0),
            ("online_payments_value", "national", "as_of", "2023-09-30", 5200.0),
            ("online_payments_count_new", "national", "ytd", "2023-09-30", 2150000.0),
            ("online_payments_value_new", "national", "ytd", "2023-09-30", 1480.0),
        ],
    ),
    (
        "Tính đến ngày 15/7/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành "
        "chính đạt 47,9%, trong đó khối bộ, ngành đạt 51,2%, khối địa phương đạt 45,6%; tỷ lệ hồ sơ xử "
        "lý trực tuyến ở mức 43,4% (khối bộ, ngành 56,1%; khối địa phương 39,8%).",
        "2024-07-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-07-15", 47.9),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-07-15", 51.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-07-15", 45.6),
            ("online_dossier_rate", "national", "as_of", "2024-07-15", 43.4),
            ("online_dossier_rate", "ministries", "as_of", "2024-07-15", 56.1),
            ("online_dossier_rate", "localities", "as_of", "2024-07-15", 39.8),
        ],
    ),
    (
        "Tỉnh Nghệ An: năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt "
        "62,7%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 78,3%. Năm 2024, tỉnh phấn "
        "đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%.",
        "2024-01-12",
        [
            ("online_dossier_rate", "Nghệ An", "year", "2023-12-31", 62.7),
            ("e_result_rate", "Nghệ An", "year", "2023-12-31", 78.3),
        ],
    ),
    (
        "Theo Quyết định 06/QĐ-TTg, phấn đấu đến năm 2025, 100% dịch vụ công đủ điều kiện được cung cấp "
        "trực tuyến toàn trình và tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%. Bộ trưởng đề nghị các địa "
        "phương khẩn trương rà soát, tái cấu trúc quy trình để hoàn thành chỉ tiêu.",
        "2023-03-01",
        [],
    ),
    (
        "Về Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP): đến hết tháng 11/2024 đã thiết lập 157 "
        "điểm kết nối với hệ thống thông tin, cơ sở dữ liệu của 104 bộ, ngành, địa phương. Tổng số giao "
        "dịch lũy kế từ năm 2019 đến hết tháng 11/2024 là hơn 1,15 tỷ; riêng 11 tháng năm 2024 đạt 612 "
        "triệu giao dịch, bình quân 1,83 triệu giao dịch/ngày.",
        "2024-12-05",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-11-30", 157.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-30", 104.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-30", 1150000000.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-11-30", 612000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 1830000.0),
        ],
    ),
    (
        "Năm 2023, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Số "
        "địa chỉ IP nằm trong các mạng botnet tại thời điểm cuối năm ở mức khoảng 685.000, giảm 48% so "
        "với cùng kỳ. Đến hết năm, 85,6% hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ an "
        "toàn.",
        "2024-01-05",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 685000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 85.6),
        ],
    ),
    (
        "Theo Cục An toàn thông tin, trong Quý III/2024 số cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin tại Việt Nam giảm 34,5% so với quý trước; số địa chỉ IP botnet giảm 12%. Trên phạm vi "
        "toàn cầu, số vụ tấn công mã độc tống tiền (ransomware) lại tăng khoảng 18%.",
        "2024-10-09",
        [],
    ),
    (
        "Năm 2023, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 16,5%; tốc độ tăng trưởng kinh tế "
        "số năm 2023 ước đạt khoảng 20%, gấp khoảng 3 lần tốc độ tăng GDP. Mục tiêu đến năm 2025, kinh "
        "tế số chiếm 20% GDP. Theo báo cáo e-Conomy SEA, quy mô nền kinh tế Internet Việt Nam đạt 30 tỷ "
        "USD.",
        "2024-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    (
        "Tính đến ngày 20/3/2024, cả nước đã cấp 87,1 triệu thẻ Căn cước công dân gắn chip; 52,4 triệu "
        "tài khoản định danh điện tử (VNeID) đã được kích hoạt.",
        "2024-03-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-20", 87100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-20", 52400000.0),
        ],
    ),
    (
        "Theo Ngân hàng Nhà nước, đến cuối tháng 9/2023 số khách hàng sử dụng dịch vụ Mobile Money đạt "
        "6,8 triệu, trong đó khoảng 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tỷ lệ người "
        "trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%.",
        "2023-10-20",
        [
            ("mobile_money_customers", "national", "as_of", "2023-09-30", 6800000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-09-30", 87.0),
        ],
    ),
    (
        "Sau hơn 3 tháng khai trương, Viettel đã phát sóng hơn 6.500 trạm 5G và có 5 triệu thuê bao sử "
        "dụng. Trên cả nước hiện có khoảng 9.600 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 26% dân số.",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-01-15", 9600.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-15", 26.0),
        ],
    ),
    (
        "Theo Speedtest Global Index của Ookla, tháng 12/2024, tốc độ băng rộng cố định của Việt Nam đạt "
        "152,4 Mbps, xếp thứ 38 thế giới; tốc độ băng rộng di động ở mức 64,1 Mbps. Tốc độ trung bình "
        "toàn cầu lần lượt là 94 Mbps và 56 Mbps.",
        "2025-01-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 152.4),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 64.1),
        ],
    ),
    (
        "Hạ tầng viễn thông – số liệu đến hết Quý II/2024\n"
        "Chỉ tiêu | Giá trị\n"
        "Thuê bao băng rộng cố định | 23,4 triệu\n"
        "Thuê bao băng rộng di động | 90,1 triệu\n"
        "Số thuê bao băng rộng di động/100 dân | 89,3\n"
        "Tỷ lệ hộ gia đình sử dụng cáp quang | 82,5%",
        "2024-07-25",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23400000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 90100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 89.3),
            ("ftth_household_rate", "national", "as_of", "2024-06-30", 82.5),
        ],
    ),
    (
        "Tính đến cuối năm 2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,6%, tương "
        "đương khoảng 108 triệu thuê bao; tỷ lệ người sử dụng Internet lên tới 78,6% dân số.",
        "2024-01-15",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 108000000.0),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    (
        "Chương trình “Sóng và máy tính cho em”: trong số 1.853 thôn, bản lõm sóng đã có điện lưới, các "
        "doanh nghiệp viễn thông đã phủ sóng cho 1.412 thôn, đạt 76,2%. Hiện toàn quốc còn 1.015 thôn, "
        "bản chưa có sóng di động băng rộng (bao gồm cả các thôn chưa có điện lưới); tỷ lệ thôn, bản có "
        "sóng di động đạt 99,2%.",
        "2024-05-14",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-05-14", 76.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-05-14", 1015.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-05-14", 99.2),
        ],
    ),
    (
        "Hà Nội: 9 tháng đầu năm 2024, thành phố tiếp nhận 1,48 triệu hồ sơ trực tuyến, tỷ lệ hồ sơ trực "
        "tuyến đạt 72,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa đạt 41,3%; mức độ "
        "hài lòng của người dân, doanh nghiệp đạt 96,8%.",
        "2024-10-08",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-09-30", 72.5),
            ("data_reuse_rate", "Hà Nội", "ytd", "2024-09-30", 41.3),
            ("satisfaction_rate", "Hà Nội", "ytd", "2024-09-30", 96.8),
        ],
    ),
    (
        "TP Hồ Chí Minh hiện cung cấp 1.326 dịch vụ công trực tuyến, trong đó số dịch vụ công trực tuyến "
        "toàn trình chiếm 61,4% tổng số thủ tục hành chính của Thành phố. Tỷ lệ dịch vụ công trực tuyến "
        "có phát sinh hồ sơ là 68,2%.",
        "2024-04-02",
        [
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2024-04-02", 61.4),
            ("dvctt_with_dossiers_rate", "Hồ Chí Minh", "as_of", "2024-04-02", 68.2),
        ],
    ),
    (
        "Thông báo kết luận của Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại phiên họp ngày 10/01/2025 "
        "nêu rõ: năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,1%; tỷ lệ thủ tục hành chính đủ điều "
        "kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 87,6%. Đến hết năm 2024, 42/53 dịch "
        "vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình.",
        None,
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 40.1),
            ("full_process_provision_rate", "national", "year", "2024-12-31", 87.6),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 42.0),
        ],
    ),
    (
        "Trao đổi với phóng viên, Thứ trưởng Bộ Tư pháp cho biết 100% thủ tục hành chính đủ điều kiện "
        "của Bộ đã được cung cấp trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến của Bộ đạt 92%. Năm 2025, "
        "Bộ phấn đấu 100% hồ sơ được số hóa.",
        "2024-11-12",
        [],
    ),
    (
        "Số giao dịch thanh toán qua kênh điện thoại di động 6 tháng đầu năm 2024 tăng 62% so với cùng "
        "kỳ, qua mã QR tăng tới 1.011%. Theo Ngân hàng Thế giới, tỷ lệ người trưởng thành có tài khoản ở "
        "các nước thu nhập trung bình là 71%.",
        "2024-08-02",
        [],
    ),
    (
        "Theo Báo cáo Khảo sát Chính phủ điện tử của Liên hợp quốc công bố tháng 9/2024, Việt Nam xếp "
        "thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ khảo "
        "sát năm 2022 và lần đầu tiên vào nhóm có chỉ số EGDI rất cao.",
        "2024-09-18",
        [("egdi_rank", "national", "year", "2024-12-31", 71.0)],
    ),
    (
        "Hơn 6,3 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận và xử lý kể từ khi triển khai toàn "
        "quốc ngày 1/7/2022 đến ngày 31/12/2023, trong đó có 2,07 tỷ hóa đơn có mã của cơ quan thuế.",
        "2024-01-10",
        [("e_invoices_total", "national", "as_of", "2023-12-31", 6300000000.0)],
    ),
    (
        "Đến nay đã có 57/63 tỉnh, thành phố ban hành nghị quyết của HĐND về giảm phí, lệ phí khi người "
        "dân, doanh nghiệp thực hiện dịch vụ công trực tuyến. Tỉnh Quảng Ninh giảm 50% lệ phí đối với hồ "
        "sơ nộp trực tuyến.",
        "2023-08-15",
        [("localities_fee_reduction", "national", "as_of", "2023-08-15", 57.0)],
    ),
    (
        "Tính đến hết tháng 10/2023, các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa "
        "743/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; tỷ lệ hệ thống giải "
        "quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 84,5%.",
        "2023-11-06",
        [
            ("procedures_simplified", "national", "as_of", "2023-10-31", 743.0),
            ("emc_connection_rate", "national", "as_of", "2023-10-31", 84.5),
        ],
    ),
    (
        "Báo cáo tổng kết năm cho thấy: tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến năm "
        "2023 đạt 43,6%; 71,8% hồ sơ thủ tục hành chính năm 2023 được gắn với mã số định danh cá nhân.",
        "2024-01-25",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 43.6),
            ("dossiers_with_personal_id_rate", "national", "year", "2023-12-31", 71.8),
        ],
    ),
    (
        "Đà Nẵng – kết quả chuyển đổi số 6 tháng đầu năm 2023: (i) tỷ lệ hồ sơ trực tuyến đạt 78,9%; "
        "(ii) tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%; (iii) 100% hồ sơ có kết quả giải quyết được "
        "cấp bản điện tử.",
        "2023-07-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2023-06-30", 78.9),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2023-06-30", 52.3),
            ("e_result_rate", "Đà Nẵng", "half", "2023-06-30", 100.0),
        ],
    ),
    (
        "TỔNG KẾT NĂM 2022 – CHÍNH PHỦ SỐ\n"
        "- Số dịch vụ công trực tuyến toàn trình chiếm 40,4% tổng số thủ tục hành chính;\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến năm 2022: 34,5% (năm 2021: 21,3%);\n"
        "- Cổng Dịch vụ công quốc gia có thêm 4,8 triệu tài khoản đăng ký mới trong năm 2022.",
        None,
        [
            ("dvctt_full_process_rate", "national", "year", "2022-12-31", 40.4),
            ("online_dossier_rate", "national", "year", "2022-12-31", 34.5),
            ("online_dossier_rate", "national", "year", "2021-12-31", 21.3),
            ("national_portal_accounts_new", "national", "year", "2022-12-31", 4800000.0),
        ],
    ),
    (
        "Trong tháng 3/2025, Nền tảng NDXP ghi nhận 98,6 triệu giao dịch, tăng 24% so với tháng trước; "
        "bình quân mỗi ngày có 3,18 triệu giao dịch được thực hiện qua nền tảng.",
        "2025-04-07",
        [
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 98600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3180000.0),
        ],
    ),
    (
        "Bắc Ninh – Kết quả chuyển đổi số năm 2024\n"
        "Chỉ tiêu | Giá trị\n"
        "Tỷ lệ hồ sơ trực tuyến | 85,2%\n"
        "Tỷ lệ hồ sơ có kết quả điện tử | 91,7%\n"
        "Tỷ lệ hài lòng của người dân, doanh nghiệp | 98,1%\n"
        "Tỷ trọng kinh tế số trong GRDP | 26,4%\n"
        "Kế hoạch năm 2025 – tỷ lệ hồ sơ trực tuyến | 90%",
        "2025-02-10",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2024-12-31", 85.2),
            ("e_result_rate", "Bắc Ninh", "year", "2024-12-31", 91.7),
            ("satisfaction_rate", "Bắc Ninh", "year", "2024-12-31", 98.1),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 26.4),
        ],
    ),
    (
        "VinaPhone cho biết đã lắp đặt 2.500 trạm 5G tại 63 tỉnh, thành phố, phủ sóng 5G tới 50% dân số "
        "tại các khu đô thị; mục tiêu năm 2025 là 99% dân số được phủ sóng 5G. Theo GSMA, tỷ lệ phủ sóng "
        "5G toàn cầu đạt khoảng 51%.",
        "2025-03-05",
        [],
    ),
    (
        "Kế hoạch năm 2025 của Ủy ban Quốc gia về chuyển đổi số đặt mục tiêu: kinh tế số chiếm 20% GDP; "
        "80% người dân trưởng thành sử dụng dịch vụ công trực tuyến; tốc độ băng rộng cố định đạt trên "
        "200 Mbps.",
        "2025-01-03",
        [],
    ),
    (
        "Quý I/2025, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến là "
        "81,3%; tỷ lệ tiếp nhận, giải quyết hồ sơ trực tuyến đạt 52,6%, tăng 6,1 điểm phần trăm so với "
        "Quý IV/2024.",
        "2025-04-15",
        [
            ("dvctt_rate", "national", "quarter", "2025-03-31", 81.3),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 52.6),
        ],
    ),
    (
        "Tỉnh Lào Cai hiện có 98,6% thôn, bản được phủ sóng di động; toàn tỉnh còn 19 thôn chưa có sóng, "
        "chủ yếu tại huyện Bát Xát (7 thôn).",
        "2024-08-20",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-08-20", 98.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-08-20", 19.0),
        ],
    ),
    (
        "Thanh Hóa: đến ngày 30/6/2023, Công an tỉnh đã kích hoạt 1,72 triệu tài khoản định danh điện "
        "tử, đạt 61% số công dân đủ điều kiện; toàn tỉnh đã cấp 3,1 triệu thẻ Căn cước công dân gắn "
        "chip.",
        "2023-07-04",
        [
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2023-06-30", 1720000.0),
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2023-06-30", 3100000.0),
        ],
    ),
]
