"""Genre probes, round 84: a representative sample of real-looking Vietnamese press and portal texts 2022–2025 on the national digital transformation, as a user would save them (short news items, multi-paragraph articles with a headline and lead, interviews with an official, lists and small tables written as text; national and provincial; every family: online public services, the National Portal, NDXP, identification, cybersecurity, telecom infrastructure and speeds, Mobile Money, the digital economy and rankings; about a fifth without a printed date but with dated figures; traps at about a quarter), written blind by a helper (not copied from any page).

Written while the stop's code was being finished and read once with its final code e167339 (the start code 2235ecf: 101 of 102 right, 101 of 110 found): 102 of 102 right, 102 of 110 found. Not fitted: the held-out figure of stop 40. Missed: a table of monthly speeds whose columns name the network without 'tốc độ' (six values), NDXP's connection points in an interview, dead-zone villages covered in a half-year summary.

Fitted at stop 41 (104 of 104 right, 104 of 110 found): NDXP's connection points named with what they connect, and the share 'trong số các thôn lõm sóng …, 86% đã được phủ sóng' are read; the speed table is left.
"""

CASES = [
    # 1 short news, National Portal, half-year flows + stock
    (
        "Tính đến ngày 30/6/2024, Cổng Dịch vụ công quốc gia có hơn 14,2 triệu tài khoản đăng ký. "
        "Trong 6 tháng đầu năm 2024, Cổng đã tiếp nhận 4,7 triệu hồ sơ trực tuyến và thực hiện 6,3 triệu "
        "giao dịch thanh toán trực tuyến với số tiền gần 5.870 tỷ đồng.",
        "2024-07-05",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 14200000.0),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 4700000.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 6300000.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 5870.0),
        ],
    ),
    # 2 headline + lead article, Đà Nẵng
    (
        "Đà Nẵng: Hơn 78% hồ sơ thủ tục hành chính được xử lý trực tuyến\n\n"
        "Đà Nẵng tiếp tục là một trong những địa phương dẫn đầu cả nước về cung cấp và sử dụng dịch vụ công trực tuyến. "
        "Theo báo cáo của Sở Thông tin và Truyền thông, trong 9 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn "
        "thành phố đạt 78,4%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,16%.\n\n"
        "Hiện nay, thành phố cung cấp 1.065 dịch vụ công trực tuyến toàn trình, chiếm 55,3% tổng số thủ tục hành chính. "
        "Cũng trong 9 tháng, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,1%. "
        "Sở sẽ tiếp tục hướng dẫn người dân sử dụng tài khoản định danh điện tử khi nộp hồ sơ.",
        "2023-10-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2023-09-30", 78.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2023-09-30", 52.16),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2023-10-12", 55.3),
            ("satisfaction_rate", "Đà Nẵng", "ytd", "2023-09-30", 98.1),
        ],
    ),
    # 3 interview, digital economy 2023
    (
        "Thứ trưởng Bộ TT&TT: Kinh tế số năm 2023 chiếm khoảng 16,5% GDP\n\n"
        "PV: Thưa Thứ trưởng, kinh tế số năm 2023 đã đạt được những kết quả nào?\n"
        "Thứ trưởng Nguyễn Huy Dũng: Theo ước tính của Bộ, năm 2023 tỷ trọng kinh tế số trong GDP đạt khoảng 16,5%, "
        "tốc độ tăng trưởng kinh tế số khoảng 20%, cao gần gấp ba lần tốc độ tăng trưởng GDP.\n"
        "PV: Động lực chính đến từ đâu, thưa ông?\n"
        "Thứ trưởng Nguyễn Huy Dũng: Chủ yếu từ thương mại điện tử, thanh toán số và các nền tảng số Việt Nam.",
        "2024-01-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 4 list, NDXP
    (
        "Nền tảng NDXP năm 2024 – số liệu tính đến ngày 20/12/2024:\n"
        "- Số giao dịch từ đầu năm: hơn 1,05 tỷ;\n"
        "- Trung bình mỗi ngày: khoảng 2,9 triệu giao dịch;\n"
        "- Lũy kế từ khi khai trương năm 2019: trên 3,2 tỷ giao dịch;\n"
        "- Số điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu: 236.",
        "2024-12-28",
        [
            ("ndxp_transactions_period", "national", "ytd", "2024-12-20", 1050000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-20", 2900000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-20", 3200000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-12-20", 236.0),
        ],
    ),
    # 5 TRAP: operator's own 5G figures
    (
        "Viettel cho biết sau hơn một tháng khai trương, mạng 5G của nhà mạng đã có hơn 6.500 trạm phát sóng, "
        "phủ sóng khoảng 90% dân số. Số thuê bao sử dụng 5G của Viettel đã vượt 3 triệu.",
        "2024-11-20",
        [],
    ),
    # 6 cybersecurity year 2022
    (
        "Năm 2022, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố "
        "vào các hệ thống thông tin tại Việt Nam. Số địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến tháng 12/2022 "
        "là khoảng 612.000.",
        "2023-01-05",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 612000.0),
        ],
    ),
    # 7 list, Quảng Ninh, no printed date
    (
        "Một số chỉ tiêu chuyển đổi số của tỉnh Quảng Ninh tính đến 31/12/2023:\n"
        "- Tỷ lệ dịch vụ công trực tuyến toàn trình: 72,5% tổng số TTHC;\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 91,3%;\n"
        "- Tỷ lệ hồ sơ được cấp kết quả điện tử: 100%;\n"
        "- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng: 95%.",
        None,
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-12-31", 72.5),
            ("online_dossier_rate", "Quảng Ninh", "as_of", "2023-12-31", 91.3),
            ("e_result_rate", "Quảng Ninh", "as_of", "2023-12-31", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2023-12-31", 95.0),
        ],
    ),
    # 8 TRAP: targets and count of plans
    (
        "Theo Kế hoạch chuyển đổi số năm 2022 của tỉnh Bắc Giang, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được "
        "cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50% và 80% hộ gia đình có "
        "Internet cáp quang băng rộng. UBND tỉnh đã ban hành 12 kế hoạch chuyên đề để triển khai.",
        "2022-05-20",
        [],
    ),
    # 9 short news, identification
    (
        "Tính đến ngày 10/3/2024, Bộ Công an đã cấp hơn 86,5 triệu thẻ căn cước công dân gắn chip và kích hoạt trên "
        "50,3 triệu tài khoản định danh điện tử VNeID. Riêng trong tháng 2/2024, công an các địa phương thu nhận thêm "
        "1,2 triệu hồ sơ đề nghị cấp tài khoản.",
        "2024-03-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-10", 86500000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-10", 50300000.0),
        ],
    ),
    # 10 Mobile Money, SBV
    (
        "Theo Ngân hàng Nhà nước, đến cuối tháng 6/2023, dịch vụ Mobile Money đã có khoảng 5,4 triệu khách hàng đăng ký, "
        "trong đó hơn 3,7 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Cũng tính đến cuối tháng 6/2023, "
        "khoảng 77% người trưởng thành đã có tài khoản thanh toán tại ngân hàng.",
        "2023-08-02",
        [
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 5400000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 77.0),
        ],
    ),
    # 11 TRAP: operator's Mobile Money figure + change
    (
        "MobiFone cho biết số khách hàng sử dụng dịch vụ Mobile Money của nhà mạng đã vượt 1 triệu, tăng 35% so với cuối năm 2022.",
        "2023-05-10",
        [],
    ),
    # 12 headline article, Ookla speeds
    (
        "Tốc độ Internet cố định của Việt Nam vượt mốc 100 Mbps\n\n"
        "Theo Speedtest Global Index của Ookla, trong tháng 1/2024, tốc độ tải xuống trung bình của băng rộng cố định tại "
        "Việt Nam đạt 103,68 Mbps. Với băng rộng di động, tốc độ tải xuống trung bình đạt 48,91 Mbps.",
        "2024-02-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-01-31", 103.68),
            ("mobile_broadband_speed", "national", "month", "2024-01-31", 48.91),
        ],
    ),
    # 13 Thừa Thiên Huế, no printed date; digitisation rate is not e_result (partial trap)
    (
        "Trong năm 2023, tỉnh Thừa Thiên Huế tiếp nhận hơn 612.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến "
        "đạt 67,8%, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92%. Tỷ lệ khai thác, sử dụng lại dữ liệu "
        "đã số hóa của tỉnh trong năm đạt 41,5%.",
        None,
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 67.8),
            ("data_reuse_rate", "Thừa Thiên Huế", "year", "2023-12-31", 41.5),
        ],
    ),
    # 14 EGDI retrospective
    (
        "Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên hợp quốc, "
        "tăng 15 bậc so với năm 2022 (86/193).",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 15 interview, Bình Dương
    (
        "Giám đốc Sở TT&TT Bình Dương: Hơn 60% hồ sơ đã được nộp trực tuyến toàn trình\n\n"
        "PV: Ông đánh giá thế nào về tiến độ chuyển đổi số của tỉnh từ đầu năm đến nay?\n"
        "Ông Võ Văn Bình: Trong 5 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 61,2%. "
        "Tính đến hết tháng 5/2024, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình.\n"
        "PV: Tỉnh còn gặp khó khăn gì?\n"
        "Ông Võ Văn Bình: Một bộ phận người cao tuổi còn chưa quen thao tác trên điện thoại, nên chúng tôi duy trì tổ công nghệ số cộng đồng ở từng khu phố.",
        "2024-06-14",
        [
            ("online_dossier_full_process_rate", "Bình Dương", "ytd", "2024-05-31", 61.2),
            ("full_process_provision_rate", "Bình Dương", "as_of", "2024-05-31", 100.0),
        ],
    ),
    # 16 TRAP: one ministry's figure
    (
        "Bộ Tài chính cho biết tỷ lệ hồ sơ trực tuyến toàn trình của Bộ trong 10 tháng đầu năm 2023 đạt 89,6%, "
        "cao nhất trong khối bộ, ngành.",
        "2023-11-03",
        [],
    ),
    # 17 ministries vs localities split
    (
        "Theo Văn phòng Chính phủ, 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 63,4%, "
        "của khối địa phương đạt 35,8%. Tỷ lệ hồ sơ được cấp kết quả điện tử của khối bộ, ngành là 45,2%, "
        "của khối địa phương là 58,6%.",
        "2023-07-12",
        [
            ("online_dossier_rate", "ministries", "half", "2023-06-30", 63.4),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 35.8),
            ("e_result_rate", "ministries", "half", "2023-06-30", 45.2),
            ("e_result_rate", "localities", "half", "2023-06-30", 58.6),
        ],
    ),
    # 18 national online services, year review
    (
        "Tính đến ngày 31/12/2023, cả nước cung cấp 4.432 dịch vụ công trực tuyến toàn trình, chiếm 44,1% tổng số thủ tục "
        "hành chính; tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 79,6%. Trong năm 2023, tỷ lệ hồ sơ "
        "trực tuyến toàn trình đạt 40,1%.",
        "2024-01-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 44.1),
            ("dvctt_rate", "national", "as_of", "2023-12-31", 79.6),
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 40.1),
        ],
    ),
    # 19 National Portal cumulative, no printed date
    (
        "Đến hết tháng 9/2023, Cổng Dịch vụ công quốc gia đã có hơn 9,2 triệu tài khoản đăng ký, tiếp nhận trên 8,9 triệu "
        "hồ sơ trực tuyến và xử lý hơn 6,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền trên 4.600 tỷ đồng.",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2023-09-30", 9200000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-09-30", 8900000.0),
            ("online_payments_count", "national", "as_of", "2023-09-30", 6600000.0),
            ("online_payments_value", "national", "as_of", "2023-09-30", 4600.0),
        ],
    ),
    # 20 TRAP: "đến nay" with no printed date
    (
        "Đến nay, Cổng Dịch vụ công quốc gia đã kết nối với 63 tỉnh, thành phố và hơn 20 bộ, ngành; số tài khoản đăng ký "
        "trên Cổng đã vượt 15 triệu.",
        None,
        [],
    ),
    # 21 headline article, telecom infrastructure
    (
        "Hạ tầng số năm 2024: vùng phủ 5G đạt 26% dân số\n\n"
        "Theo Bộ Thông tin và Truyền thông, tính đến cuối năm 2024, cả nước có khoảng 8.000 trạm BTS 5G, vùng phủ sóng 5G "
        "đạt 26% dân số. Cũng đến cuối năm, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 82,1%, tỷ lệ thuê bao di "
        "động sử dụng điện thoại thông minh đạt 87,2%.\n\n"
        "Tại thời điểm cuối năm 2024, cả nước còn khoảng 1.300 thôn, bản lõm sóng di động. Bộ sẽ phối hợp với các doanh "
        "nghiệp viễn thông để xóa dần các điểm lõm này.",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1300.0),
        ],
    ),
    # 22 small table as text, monthly speeds
    (
        "Tốc độ băng rộng của Việt Nam theo Speedtest (Mbps):\n"
        "Tháng 8/2024: cố định 143,2 – di động 56,1\n"
        "Tháng 9/2024: cố định 146,0 – di động 57,9\n"
        "Tháng 10/2024: cố định 151,4 – di động 59,7",
        "2024-12-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 143.2),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 56.1),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 146.0),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 57.9),
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 151.4),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 59.7),
        ],
    ),
    # 23 TRAP: district figure + another country
    (
        "Tại quận Hải Châu, tỷ lệ hồ sơ xử lý trực tuyến trong quý I/2024 đạt 95%. Trong khi đó, ở Hàn Quốc, hơn 90% "
        "người trưởng thành đã sử dụng dịch vụ công trực tuyến.",
        "2024-05-06",
        [],
    ),
    # 24 Đề án 06 essential services + personal ID
    (
        "Đến ngày 30/11/2023, đã có 42/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình. "
        "Cũng đến thời điểm này, tỷ lệ hồ sơ thủ tục hành chính gắn mã định danh cá nhân đạt 82%.",
        "2023-12-08",
        [
            ("essential_services_full_process", "national", "as_of", "2023-11-30", 42.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2023-11-30", 82.0),
        ],
    ),
    # 25 fee reduction + procedures simplified, "đến nay"
    (
        "Đến nay, đã có 58/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện "
        "dịch vụ công trực tuyến. Cũng đến nay, 589/1.084 thủ tục hành chính đã được cắt giảm, đơn giản hóa theo các nghị "
        "quyết chuyên đề của Chính phủ.",
        "2024-04-18",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-04-18", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-04-18", 589.0),
        ],
    ),
    # 26 EMC connection + services with dossiers
    (
        "Theo Văn phòng Chính phủ, tính đến ngày 31/8/2023, tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh "
        "kết nối đầy đủ với Hệ thống EMC đạt 71,4%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 45,6%.",
        "2023-09-05",
        [
            ("emc_connection_rate", "national", "as_of", "2023-08-31", 71.4),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2023-08-31", 45.6),
        ],
    ),
    # 27 cybersecurity H1 2024, no printed date
    (
        "Trong 6 tháng đầu năm 2024, Cục An toàn thông tin ghi nhận 4.211 cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin tại Việt Nam. Đến cuối tháng 6/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ "
        "đạt 71%.",
        None,
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4211.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 71.0),
        ],
    ),
    # 28 TRAP: YoY change + remainder
    (
        "So với cùng kỳ năm 2023, số giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trong 9 tháng năm 2024 "
        "tăng 42%. Hiện vẫn còn khoảng 18% thủ tục hành chính chưa được cung cấp trực tuyến.",
        "2024-10-02",
        [],
    ),
    # 29 e-invoices
    (
        "Kể từ khi triển khai hóa đơn điện tử trên toàn quốc vào tháng 7/2022 đến hết năm 2024, cơ quan thuế đã tiếp nhận, "
        "xử lý gần 10,5 tỷ hóa đơn điện tử, trong đó có khoảng 3,9 tỷ hóa đơn có mã của cơ quan thuế.",
        "2025-02-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 10500000000.0),
        ],
    ),
    # 30 list, broadband subscriptions and internet users
    (
        "Một số chỉ số hạ tầng số tính đến 31/12/2023 (Bộ TT&TT):\n"
        "• Số thuê bao băng rộng cố định: 22,9 triệu;\n"
        "• Số thuê bao băng rộng di động: 86,9 triệu;\n"
        "• Thuê bao băng rộng cố định/100 dân: 22,8;\n"
        "• Thuê bao băng rộng di động/100 dân: 86,6;\n"
        "• Tỷ lệ người sử dụng Internet: 78,6%.",
        "2024-01-25",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22900000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.8),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 86.6),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    # 31 TRAP: operators' figures
    (
        "VNPT hiện có hơn 9 triệu thuê bao Internet cáp quang, chiếm khoảng 40% thị phần băng rộng cố định; Viettel đã lắp "
        "đặt hơn 70.000 trạm BTS 4G trên cả nước.",
        "2023-03-14",
        [],
    ),
    # 32 Mobile Money end 2024, no printed date
    (
        "Theo số liệu của Ngân hàng Nhà nước, đến ngày 31/12/2024, tổng số khách hàng sử dụng Mobile Money đạt khoảng 9,8 "
        "triệu, trong đó hơn 70% ở khu vực nông thôn, vùng sâu, vùng xa, biên giới, hải đảo.",
        None,
        [
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 9800000.0),
        ],
    ),
    # 33 headline article, NDXP
    (
        "NDXP kết nối 101 bộ, ngành, địa phương và doanh nghiệp\n\n"
        "Sau gần 4 năm vận hành, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) hiện đã kết nối với 101 bộ, ngành, "
        "địa phương và doanh nghiệp, thiết lập 185 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu.\n\n"
        "Trong quý I/2023, NDXP ghi nhận hơn 180 triệu giao dịch. Lũy kế đến hết tháng 3/2023, tổng số giao dịch qua nền "
        "tảng đạt 1,12 tỷ.",
        "2023-04-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-04-20", 101.0),
            ("ndxp_connection_points", "national", "as_of", "2023-04-20", 185.0),
            ("ndxp_transactions_period", "national", "quarter", "2023-03-31", 180000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-03-31", 1120000000.0),
        ],
    ),
    # 34 TRAP: strategy targets, decision number
    (
        "Thủ tướng Chính phủ đã ký Quyết định 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số "
        "đến năm 2025, định hướng đến năm 2030. Theo đó, đến năm 2025, kinh tế số chiếm 20% GDP, tỷ lệ người trưởng thành "
        "có tài khoản thanh toán đạt 80% và 80% dịch vụ công trực tuyến được cung cấp toàn trình.",
        "2022-06-10",
        [],
    ),
    # 35 TP. Hồ Chí Minh
    (
        "Tại TP. Hồ Chí Minh, tính đến ngày 31/7/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công "
        "trực tuyến toàn trình đạt 99,2%; tỷ lệ hồ sơ trực tuyến toàn trình trong 7 tháng đầu năm 2024 đạt 64,7%. "
        "Năm 2023, kinh tế số của thành phố chiếm khoảng 21% GRDP.",
        "2024-08-15",
        [
            ("full_process_provision_rate", "Hồ Chí Minh", "as_of", "2024-07-31", 99.2),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "ytd", "2024-07-31", 64.7),
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2023-12-31", 21.0),
        ],
    ),
    # 36 adults using online services + satisfaction, year 2022
    (
        "Năm 2022, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 25,9%; tỷ lệ người dân, doanh nghiệp hài "
        "lòng với việc giải quyết thủ tục hành chính đạt 88,9%.",
        "2023-02-02",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 25.9),
            ("satisfaction_rate", "national", "year", "2022-12-31", 88.9),
        ],
    ),
    # 37 dead-zone villages, no printed date
    (
        "Sau hai năm triển khai Chương trình “Sóng và máy tính cho em”, tính đến ngày 30/6/2023, trong số các thôn lõm sóng "
        "đã có điện lưới, 86% đã được phủ sóng di động. Cùng thời điểm, cả nước còn 867 thôn, bản chưa có sóng di động, "
        "chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên.",
        None,
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-06-30", 86.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-06-30", 867.0),
        ],
    ),
    # 38 TRAP: ward figure + target
    (
        "Phường Bến Nghé (TP. Hồ Chí Minh) có 97% hồ sơ được nộp trực tuyến trong quý I/2025. Thành phố phấn đấu đến cuối "
        "năm 2025 có 90% người trưởng thành sử dụng dịch vụ công trực tuyến.",
        "2025-03-20",
        [],
    ),
    # 39 interview, Telecom Department, 5G and speeds
    (
        "PV: Hạ tầng 5G đang được triển khai ra sao, thưa ông?\n"
        "Cục trưởng Cục Viễn thông (Bộ Khoa học và Công nghệ): Tính đến cuối tháng 5/2025, cả nước đã lắp đặt hơn 15.000 "
        "trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 30% dân số. Theo Ookla, trong tháng 4/2025 tốc độ băng rộng di động của "
        "Việt Nam đạt 146,6 Mbps, băng rộng cố định đạt 238,3 Mbps.\n"
        "PV: Người dân sẽ được hưởng lợi gì?\n"
        "Cục trưởng: Dịch vụ ổn định hơn, giá cước hợp lý hơn và nhiều ứng dụng mới trên nền 5G.",
        "2025-06-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 15000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 30.0),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 238.3),
        ],
    ),
    # 40 Lào Cai, no printed date
    (
        "Tính đến 31/12/2024, 100% thủ tục hành chính đủ điều kiện của tỉnh Lào Cai đã được cung cấp dịch vụ công trực tuyến "
        "toàn trình. Trong năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 72,5%. Đến cuối năm 2024, toàn tỉnh còn 82 "
        "thôn, bản chưa có sóng di động.",
        None,
        [
            ("full_process_provision_rate", "Lào Cai", "as_of", "2024-12-31", 100.0),
            ("online_dossier_rate", "Lào Cai", "year", "2024-12-31", 72.5),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-12-31", 82.0),
        ],
    ),
    # 41 short news, monthly National Portal flows
    (
        "Trong tháng 3/2025, Cổng Dịch vụ công quốc gia có thêm 512.000 tài khoản đăng ký mới, tiếp nhận 1,36 triệu hồ sơ "
        "trực tuyến và thực hiện 2,1 triệu giao dịch thanh toán trực tuyến với số tiền 1.240 tỷ đồng.",
        "2025-04-08",
        [
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 512000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-03-31", 1360000.0),
            ("online_payments_count_new", "national", "month", "2025-03-31", 2100000.0),
            ("online_payments_value_new", "national", "month", "2025-03-31", 1240.0),
        ],
    ),
    # 42 TRAP: GMV forecast, YoY, another country
    (
        "Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, nền kinh tế Internet của Việt Nam dự kiến đạt "
        "36 tỷ USD trong năm 2024, tăng 16% so với năm trước; Indonesia tiếp tục dẫn đầu khu vực với 90 tỷ USD.",
        "2024-11-12",
        [],
    ),
    # 43 White Book figures, no printed date
    (
        "Theo Sách Trắng Công nghệ thông tin và Truyền thông, năm 2022 kinh tế số Việt Nam chiếm 14,26% GDP. Trong bảng xếp "
        "hạng Chính phủ điện tử (EGDI) năm 2022 của Liên hợp quốc, Việt Nam đứng thứ 86/193.",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 44 Bắc Ninh, "đến nay"
    (
        "Đến nay, 100% thủ tục hành chính đủ điều kiện của tỉnh Bắc Ninh đã được cung cấp dưới dạng dịch vụ công trực tuyến "
        "toàn trình; tỷ lệ dịch vụ công trực tuyến đạt 97,8% tổng số thủ tục hành chính của tỉnh.",
        "2022-12-20",
        [
            ("full_process_provision_rate", "Bắc Ninh", "as_of", "2022-12-20", 100.0),
            ("dvctt_rate", "Bắc Ninh", "as_of", "2022-12-20", 97.8),
        ],
    ),
    # 45 partial TRAP: count of plans + change; one value
    (
        "Từ đầu năm 2024, các bộ, ngành và địa phương đã ban hành 312 kế hoạch chuyển đổi số. Tính đến ngày 25/9/2024, tỷ lệ "
        "hồ sơ thủ tục hành chính gắn mã định danh cá nhân đạt 91,5%, tăng 9 điểm phần trăm so với đầu năm.",
        "2024-09-30",
        [
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-09-25", 91.5),
        ],
    ),
    # 46 headline + lead article, administrative reform 2024
    (
        "Cải cách hành chính năm 2024: Hơn 90% người dân hài lòng\n\n"
        "(Chinhphu.vn) - Năm 2024, công tác cải cách thủ tục hành chính gắn với chuyển đổi số tiếp tục có chuyển biến rõ nét. "
        "Theo báo cáo của Văn phòng Chính phủ, tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính "
        "năm 2024 đạt 91,2%. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 72,3%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu "
        "số hóa đạt 38,6%.\n\n"
        "Trên Cổng Dịch vụ công quốc gia, trong năm 2024 có 8,6 triệu hồ sơ trực tuyến được nộp. Đến hết năm 2024, đã có "
        "62/63 địa phương ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. "
        "Văn phòng Chính phủ cho biết sẽ tiếp tục theo dõi, đánh giá chất lượng phục vụ theo thời gian thực.",
        "2025-01-22",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 91.2),
            ("e_result_rate", "national", "year", "2024-12-31", 72.3),
            ("data_reuse_rate", "national", "year", "2024-12-31", 38.6),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 8600000.0),
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 62.0),
        ],
    ),
    # 47 smartphones
    (
        "Tính đến hết tháng 7/2023, cả nước có khoảng 104 triệu thuê bao sử dụng điện thoại thông minh, chiếm 84,6% tổng số "
        "thuê bao di động.",
        "2023-08-25",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-07-31", 104000000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-07-31", 84.6),
        ],
    ),
    # 48 National Portal 11 months 2022, no printed date
    (
        "Lũy kế 11 tháng năm 2022, Cổng Dịch vụ công quốc gia tiếp nhận 4,9 triệu hồ sơ trực tuyến, thực hiện gần 3,1 triệu "
        "giao dịch thanh toán trực tuyến với giá trị hơn 2.350 tỷ đồng.",
        None,
        [
            ("national_portal_dossiers_new", "national", "ytd", "2022-11-30", 4900000.0),
            ("online_payments_count_new", "national", "ytd", "2022-11-30", 3100000.0),
            ("online_payments_value_new", "national", "ytd", "2022-11-30", 2350.0),
        ],
    ),
    # 49 small table, provinces and national, Q1 2024
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình quý I/2024 của một số địa phương:\n"
        "Địa phương | Tỷ lệ (%)\n"
        "Đồng Nai | 78,2\n"
        "Hà Nội | 56,4\n"
        "Cần Thơ | 49,7\n"
        "Cả nước | 38,9",
        "2024-04-10",
        [
            ("online_dossier_full_process_rate", "Đồng Nai", "quarter", "2024-03-31", 78.2),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2024-03-31", 56.4),
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2024-03-31", 49.7),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 38.9),
        ],
    ),
]
