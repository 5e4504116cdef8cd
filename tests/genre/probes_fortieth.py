"""Blind genre probes, round 40: how Vietnamese digital-transformation texts (2023-2025) write
numbers and units. The cases probe 'tỉ' vs 'tỷ' (money and counts), 'nghìn tỷ' / 'ngàn tỷ' /
'triệu tỷ đồng', dotted thousands ('1.234.567', '1.200.000') vs decimal commas and the press's
dot decimals ('3.7 triệu', '146.64 Mbps'), speed units (Mb/s, Mbit/s, Mbps), per-100 densities,
shares with an exact value in parentheses ('chiếm gần một nửa (48,6%)', 'hơn 9/10 ... (91,2%)'),
ratios ('43/53', '63/63', '71/193', '763/1.084'), approximation words (khoảng, gần, trên, hơn,
xấp xỉ, ước), numbers in words ('gần một triệu'), tables written as lines, ministries/localities
and province breakdowns, and values that must NOT be stored: ranges ('từ 40 đến 45%'),
'điểm phần trăm' and year-on-year changes, targets, operators' and other countries' figures,
sub-counts after 'trong đó', counts of decrees and meetings, and figures with no catalog id.
Every catalog family is covered. Written for the project from the genre's usual phrasings (not
copied from any page).

Each case: (text, published ISO date or None,
            [(indicator_id, breakdown, period_kind, period_end_iso, value), ...]).
"""

CASES = [
    # NDXP: 'tỉ' spelled with i for a count, an explicit reporting window, a daily average and the cumulative stock
    (
        "Báo cáo chuyển đổi số quốc gia tháng 3/2025\n"
        "3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\n"
        "- Trong tháng (từ 21/02/2025 đến 20/3/2025), NDXP ghi nhận 96,8 triệu giao dịch, bình quân 3,46 triệu giao dịch/ngày.\n"
        "- Lũy kế từ năm 2019 đến ngày 20/3/2025, tổng số giao dịch qua NDXP đạt 2,86 tỉ giao dịch.",
        "2025-03-24",
        [
            ("ndxp_transactions_period", "national", "month", "2025-03-20", 96800000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-20", 3460000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-20", 2860000000),
        ],
    ),
    # 'ngàn tỷ đồng' (southern spelling) with 'hơn'/'trên', stock dated by 'Đến nay' and the published date
    (
        "(VietnamPlus) Đến nay, Cổng Dịch vụ công quốc gia đã ghi nhận hơn 11,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền trên 6,5 ngàn tỷ đồng.\n"
        "Theo đại diện Văn phòng Chính phủ, người dân ngày càng quen với việc nộp phí, lệ phí qua mạng.",
        "2024-06-05",
        [
            ("online_payments_count", "national", "as_of", "2024-06-05", 11200000),
            ("online_payments_value", "national", "as_of", "2024-06-05", 6500),
        ],
    ),
    # 'tỉ đồng' for money, a full dotted count '1.234.567', monthly flows; the year-on-year '12%' is not stored
    (
        "Báo cáo tháng 4/2025 của Văn phòng Chính phủ cho biết: trong tháng 4/2025, Cổng DVCQG có 1.234.567 giao dịch thanh toán trực tuyến, số tiền thanh toán 812,6 tỉ đồng, tăng 12% so với cùng kỳ năm 2024.",
        "2025-05-08",
        [
            ("online_payments_count_new", "national", "month", "2025-04-30", 1234567),
            ("online_payments_value_new", "national", "month", "2025-04-30", 812.6),
        ],
    ),
    # 'nghìn tỷ đồng' cumulative ('chạm mốc') vs '4.385 tỷ đồng' half-year flow ('Lũy kế 6 tháng đầu năm')
    (
        "Lũy kế 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia có 7,9 triệu giao dịch thanh toán trực tuyến, giá trị 4.385 tỷ đồng.\n"
        "Tính đến hết tháng 6/2025, tổng số tiền thanh toán trực tuyến qua Cổng từ khi khai trương chạm mốc 12,9 nghìn tỷ đồng.",
        "2025-07-05",
        [
            ("online_payments_count_new", "national", "half", "2025-06-30", 7900000),
            ("online_payments_value_new", "national", "half", "2025-06-30", 4385),
            ("online_payments_value", "national", "as_of", "2025-06-30", 12900),
        ],
    ),
    # banking press: 'triệu tỷ đồng' of non-cash payments (no id), 'khoảng 87%', Mobile Money 'trên 10 triệu' and a sub-count after 'trong đó'
    (
        "Ngân hàng Nhà nước cho biết, tính đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%.\n"
        "Năm 2024, thanh toán không dùng tiền mặt đạt giá trị hơn 295 triệu tỷ đồng.\n"
        "Cũng đến cuối năm 2024, dịch vụ Mobile Money có trên 10 triệu khách hàng, trong đó khoảng 7 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.",
        "2025-01-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10000000),
        ],
    ),
    # 'Mb/s' with download and upload in one clause (upload not stored), fixed and mobile speeds for a month
    (
        "Tháng 1/2025, tốc độ truy cập Internet băng rộng cố định tại Việt Nam đạt trung bình 157,33 Mb/s tải xuống và 148,2 Mb/s tải lên; tốc độ băng rộng di động ở mức 136,2 Mb/s.",
        "2025-02-15",
        [
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 157.33),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 136.2),
        ],
    ),
    # press dot decimals '146.64 Mbps' and '154.35 Mbit/s'; the world rank and 'tăng 8 bậc' are not stored
    (
        "Theo kết quả đo kiểm tháng 12/2024, tốc độ băng rộng di động của Việt Nam đạt 146.64 Mbps, tăng 8 bậc lên vị trí thứ 18 thế giới; tốc độ băng rộng cố định ở mức 154.35 Mbit/s.",
        "2025-01-12",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 146.64),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.35),
        ],
    ),
    # per-100 densities written 'thuê bao/100 dân' and 'trên 100 dân' right after subscription counts in 'triệu'
    (
        "Tính đến hết năm 2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, đạt 22,9 thuê bao/100 dân.\n"
        "Số thuê bao băng rộng di động là 89,4 triệu, mật độ 88,5 thuê bao trên 100 dân.",
        "2025-01-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23100000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 22.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89400000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.5),
        ],
    ),
    # 'chiếm gần một nửa (48,6%)' with a bare service count (no id), then the eligible-procedure share ('lên tới') and services with dossiers ('ở mức')
    (
        "Tính đến ngày 15/4/2025, cả nước có 3.124 DVCTT toàn trình, chiếm gần một nửa (48,6%) tổng số TTHC.\n"
        "Nếu tính trên số TTHC đủ điều kiện, tỷ lệ cung cấp DVCTT toàn trình lên tới 97,3%; tuy vậy, tỷ lệ DVCTT có phát sinh hồ sơ mới ở mức 61,8%.",
        "2025-04-18",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 48.6),
            ("full_process_provision_rate", "national", "as_of", "2025-04-15", 97.3),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-04-15", 61.8),
        ],
    ),
    # 'hơn 9/10' with the exact share in parentheses, and a smartphone count 'khoảng 116 triệu' after 'tương ứng'
    (
        "Tính đến hết tháng 9/2024, hơn 9/10 thuê bao di động (chính xác là 91,2%) đã sử dụng điện thoại thông minh, tương ứng khoảng 116 triệu thuê bao smartphone.",
        "2024-10-03",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 91.2),
            ("smartphone_subscriptions", "national", "as_of", "2024-09-30", 116000000),
        ],
    ),
    # ratio '43/53' for essential services; the '10 dịch vụ còn lại' remainder is not stored
    (
        "(Báo Chính phủ) Đến nay, đã có 43/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình; 10 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện.",
        "2024-09-12",
        [
            ("essential_services_full_process", "national", "as_of", "2024-09-12", 43),
        ],
    ),
    # rank '71/193' for the 2024 UN edition and the compared 2022 rank in parentheses '(86/193)'; 'tăng 15 bậc' not stored; no published date
    (
        "Trong Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193).",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # a range 'dao động từ 40 đến 45%' (not stored) beside a national value and one city's value for a half-year
    (
        "Theo báo cáo 6 tháng đầu năm 2025, tỷ lệ dân số trưởng thành sử dụng DVCTT trên cả nước đạt 52,3%; riêng thành phố Đà Nẵng ghi nhận 68,2%.\n"
        "Tại nhiều tỉnh miền núi phía Bắc, tỷ lệ này chỉ dao động từ 40 đến 45%.",
        "2025-07-10",
        [
            ("adult_population_using_dvctt_rate", "national", "half", "2025-06-30", 52.3),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "half", "2025-06-30", 68.2),
        ],
    ),
    # 'hơn 80 triệu' chip ID cards and 'xấp xỉ 57 triệu' VNeID accounts at an explicit date
    (
        "Bộ Công an thông tin, tính đến ngày 15/3/2024, cả nước đã cấp hơn 80 triệu thẻ căn cước công dân gắn chip và kích hoạt xấp xỉ 57 triệu tài khoản định danh điện tử VNeID.",
        "2024-03-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 80000000),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-15", 57000000),
        ],
    ),
    # number in words 'gần một triệu' for a quarter's new accounts, and the total after 'nâng tổng số ... lên'
    (
        "Trong quý I/2025, Cổng DVCQG có thêm gần một triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên 15,6 triệu.",
        "2025-04-05",
        [
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 1000000),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 15600000),
        ],
    ),
    # full dotted '1.200.000' and a press dot decimal '3.7 triệu' in one monthly sentence (leap February)
    (
        "Trong tháng 02/2024, Cổng Dịch vụ công quốc gia có thêm 1.200.000 tài khoản đăng ký mới và tiếp nhận 3.7 triệu hồ sơ trực tuyến.",
        "2024-03-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-02-29", 1200000),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 3700000),
        ],
    ),
    # 'điểm phần trăm' change beside a half-year rate (the 6,2 points are not stored)
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 45,3%, tăng 6,2 điểm phần trăm so với cùng kỳ năm 2023; tỷ lệ hồ sơ trực tuyến toàn trình là 30,1%.",
        "2024-07-08",
        [
            ("online_dossier_rate", "national", "half", "2024-06-30", 45.3),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 30.1),
        ],
    ),
    # 'ước chiếm 18,3% GDP' and growth 'khoảng 20%'; 'gấp khoảng 3 lần' and the 2025 target of 20% are not stored
    (
        "Năm 2024, kinh tế số ước chiếm 18,3% GDP, tăng trưởng khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.\n"
        "Mục tiêu đến năm 2025, tỷ trọng kinh tế số đạt 20% GDP.",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # provincial portal: GRDP share 'đóng góp khoảng 29,5% GRDP', then 'Trên địa bàn tỉnh' with the province named only in the header
    (
        "Cổng TTĐT tỉnh Bắc Ninh – Năm 2023, kinh tế số của tỉnh đóng góp khoảng 29,5% GRDP.\n"
        "Trên địa bàn tỉnh, tỷ lệ hồ sơ TTHC được xử lý trực tuyến cả năm đạt 68,4%.",
        "2024-02-28",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.5),
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 68.4),
        ],
    ),
    # cyberattacks '5.473 cuộc' in a half ('giảm 36,1%' not stored); botnet 'khoảng 641 nghìn' with 'Hiện nay' in a half-year text
    (
        "Trong 6 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 5.473 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 36,1% so với cùng kỳ năm 2023.\n"
        "Hiện nay, số địa chỉ IP của Việt Nam nằm trong các mạng botnet ở mức khoảng 641 nghìn.",
        "2024-07-15",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 5473),
            ("botnet_ips", "national", "as_of", "2024-06-30", 641000),
        ],
    ),
    # ministries/localities split in parentheses with colons and a semicolon; no published date but an explicit date
    (
        "Tính đến ngày 31/3/2025, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 86,4% (khối bộ, ngành: 91,2%; khối địa phương: 83,7%).",
        None,
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-03-31", 86.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-03-31", 91.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-03-31", 83.7),
        ],
    ),
    # a table written as lines with '|' columns per breakdown; the month is in the table title
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Bảng 2. Kết quả cung cấp, sử dụng DVCTT tháng 5/2025\n"
        "Chỉ tiêu | Khối bộ, ngành | Khối địa phương\n"
        "Tỷ lệ DVCTT toàn trình | 58,2% | 47,9%\n"
        "Tỷ lệ hồ sơ trực tuyến | 61,3% | 44,8%\n"
        "Tỷ lệ cấp kết quả điện tử | 92,6% | 88,1%",
        "2025-06-12",
        [
            ("dvctt_full_process_rate", "ministries", "month", "2025-05-31", 58.2),
            ("dvctt_full_process_rate", "localities", "month", "2025-05-31", 47.9),
            ("online_dossier_rate", "ministries", "month", "2025-05-31", 61.3),
            ("online_dossier_rate", "localities", "month", "2025-05-31", 44.8),
            ("e_result_rate", "ministries", "month", "2025-05-31", 92.6),
            ("e_result_rate", "localities", "month", "2025-05-31", 88.1),
        ],
    ),
    # provincial 'toàn tỉnh' quarter: dotted dossier counts (no id), rate 'đạt tỷ lệ 82,16%' after 'trong đó', full-process and satisfaction
    (
        "Quảng Ninh: Trong quý II/2025, toàn tỉnh tiếp nhận 245.312 hồ sơ TTHC, trong đó 201.553 hồ sơ được nộp trực tuyến, đạt tỷ lệ 82,16%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,4%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của tỉnh đạt 98,7%.",
        "2025-07-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-06-30", 82.16),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-06-30", 61.4),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2025-06-30", 98.7),
        ],
    ),
    # year-to-date list 'Lũy kế từ đầu năm đến ngày 15/5/2025' with labels and colons, two-decimal values
    (
        "Lũy kế từ đầu năm đến ngày 15/5/2025, trên toàn quốc:\n"
        "- Tỷ lệ cấp kết quả giải quyết TTHC điện tử: 89,7%;\n"
        "- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 52,05%;\n"
        "- Tỷ lệ hồ sơ TTHC gắn mã định danh cá nhân: 96,35%.",
        "2025-05-20",
        [
            ("e_result_rate", "national", "ytd", "2025-05-15", 89.7),
            ("data_reuse_rate", "national", "ytd", "2025-05-15", 52.05),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2025-05-15", 96.35),
        ],
    ),
    # interview (question and answer): 'là 84,97%' for a year; the 90% target in the same clause is not stored
    (
        "Phóng viên: Mức độ hài lòng của người dân với việc giải quyết thủ tục hành chính năm 2024 ra sao, thưa ông?\n"
        "Đại diện Văn phòng Chính phủ: Năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết TTHC là 84,97%, vẫn thấp hơn mục tiêu 90% mà Chính phủ đặt ra.",
        "2025-01-22",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 84.97),
        ],
    ),
    # ratio '63/63' provinces; one province's count of resolutions ('3 nghị quyết') is not stored
    (
        "Đến nay, 63/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện DVCTT. Riêng tỉnh Lào Cai đã ban hành 3 nghị quyết liên quan.",
        "2024-08-01",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-08-01", 63),
        ],
    ),
    # ratio '763/1.084' with a dotted thousand, '(đạt 70,4%)' without id, remainder '321' not stored; EMC rate with '(72/78 hệ thống)', date carried from the previous sentence
    (
        "Thông báo kết luận: Tính đến ngày 30/9/2024, cả nước đã cắt giảm, đơn giản hóa 763/1.084 TTHC (đạt 70,4%) theo các nghị quyết chuyên đề của Chính phủ; còn 321 TTHC chưa thực hiện.\n"
        "Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC là 92,3% (72/78 hệ thống).",
        "2024-10-15",
        [
            ("procedures_simplified", "national", "as_of", "2024-09-30", 763),
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 92.3),
        ],
    ),
    # 5G: 'trên 11.000 trạm' and 'khoảng 26% dân số'; an operator's own count (Viettel) is not stored
    (
        "Tính đến hết tháng 6/2025, cả nước có trên 11.000 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 26% dân số. Riêng Viettel đã lắp đặt khoảng 7.500 trạm 5G.",
        "2025-07-02",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26),
        ],
    ),
    # FTTH share and Internet users written 'khoảng 78,8% dân số sử dụng Internet'; Thailand's 88% is not stored
    (
        "Năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82,7%; khoảng 78,8% dân số sử dụng Internet, trong khi tỷ lệ này của Thái Lan là 88%.",
        "2024-01-18",
        [
            ("ftth_household_rate", "national", "year", "2023-12-31", 82.7),
            ("internet_users_rate", "national", "year", "2023-12-31", 78.8),
        ],
    ),
    # villages: 'còn 268 thôn' is the level; '41 thôn' after 'trong đó' not stored; two shares, 'Hiện' dated by the published date
    (
        "(Báo Chính phủ) Hiện cả nước còn 268 thôn, bản lõm sóng, trong đó 41 thôn chưa có điện lưới; 95,6% số thôn lõm sóng có điện đã được phủ sóng di động.\n"
        "Tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đạt 99,6%.",
        "2024-11-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-20", 268),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-20", 95.6),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-20", 99.6),
        ],
    ),
    # 'tỷ' as a count of invoices, not money: 'hơn 8,47 tỷ hóa đơn'; the '2,1 tỷ' sub-count after 'trong đó' is not stored
    (
        "Từ khi triển khai (tháng 7/2022) đến ngày 31/12/2024, cơ quan thuế đã tiếp nhận, xử lý hơn 8,47 tỷ hóa đơn điện tử, trong đó có 2,1 tỷ hóa đơn có mã của cơ quan thuế.",
        "2025-01-08",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8470000000),
        ],
    ),
    # press dot decimals in 'triệu' ('16.3', '72.5', '1.2 triệu'); 'hiện có' dated by the published date, the May flow by its month
    (
        "(VnExpress) Cổng Dịch vụ công quốc gia hiện có 16.3 triệu tài khoản đăng ký và đã tiếp nhận hơn 72.5 triệu hồ sơ trực tuyến; riêng tháng 5/2025 có thêm 1.2 triệu hồ sơ.",
        "2025-06-03",
        [
            ("national_portal_accounts", "national", "as_of", "2025-06-03", 16300000),
            ("national_portal_dossiers", "national", "as_of", "2025-06-03", 72500000),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1200000),
        ],
    ),
    # NDXP '1.025 điểm kết nối' and '101 cơ quan, đơn vị' with a parenthetical composition (24, 63, 14) not stored
    (
        "Đến ngày 20/9/2024, NDXP đã thiết lập 1.025 điểm kết nối giữa các hệ thống thông tin, CSDL và kết nối với 101 cơ quan, đơn vị (gồm 24 bộ, cơ quan ngang bộ, 63 địa phương và 14 doanh nghiệp, tổ chức).",
        "2024-09-25",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-09-20", 1025),
            ("ndxp_connected_agencies", "national", "as_of", "2024-09-20", 101),
        ],
    ),
    # quarter rates per breakdown, the second pair given with 'tương ứng là ... và ...'
    (
        "Quý I/2024, tỷ lệ TTHC được cung cấp dưới dạng DVCTT của khối bộ, ngành là 82,5%, của khối địa phương là 79,1%; tỷ lệ DVCTT toàn trình tương ứng là 53,2% và 47,6%.",
        "2024-04-15",
        [
            ("dvctt_rate", "ministries", "quarter", "2024-03-31", 82.5),
            ("dvctt_rate", "localities", "quarter", "2024-03-31", 79.1),
            ("dvctt_full_process_rate", "ministries", "quarter", "2024-03-31", 53.2),
            ("dvctt_full_process_rate", "localities", "quarter", "2024-03-31", 47.6),
        ],
    ),
    # NEGATIVE: targets only ('đặt mục tiêu', 'phấn đấu', 'đạt trên 50%', a range 'từ 40 đến 45%', a speed floor 'tối thiểu 200 Mb/s')
    (
        "Kế hoạch chuyển đổi số năm 2025 đặt mục tiêu: phấn đấu 100% DVCTT được cung cấp toàn trình; tỷ lệ dân số trưởng thành sử dụng DVCTT đạt trên 50%; kinh tế số chiếm 20% GDP; vùng phủ sóng 5G đạt từ 40 đến 45% dân số; tốc độ băng rộng cố định tối thiểu 200 Mb/s.",
        "2025-01-05",
        [],
    ),
    # NEGATIVE: the world's and other countries' speeds ('Mbps') and Viet Nam's speed rank '37/153' (ranks are not labelled)
    (
        "Theo Speedtest Global Index tháng 2/2025, tốc độ băng rộng cố định trung bình toàn cầu là 94,6 Mbps; Singapore dẫn đầu với 345,6 Mbps, Thái Lan đạt 241,5 Mbps.\n"
        "Việt Nam đứng thứ 37/153 về tốc độ băng rộng cố định.",
        "2025-03-10",
        [],
    ),
    # NEGATIVE: operators' own figures (Viettel coverage and stations, VNPT 5G subscribers, MobiFone speed in 'Mbit/s')
    (
        "Viettel cho biết mạng 5G của nhà mạng đã phủ khoảng 90% dân số với hơn 7.500 trạm; VNPT ghi nhận 1,2 triệu thuê bao 5G sau 3 tháng thương mại hóa; tốc độ trung bình trên mạng 5G của MobiFone đạt 450 Mbit/s.",
        "2025-01-25",
        [],
    ),
    # NEGATIVE: changes only ('tăng 12%', 'tăng 4,5 điểm phần trăm', 'giảm 20,6%', 'gấp 1,5 lần') and an undated 'Hiện' stock with no published date
    (
        "So với cùng kỳ năm trước, số giao dịch qua NDXP tăng 12%; tỷ lệ hồ sơ trực tuyến toàn trình tăng 4,5 điểm phần trăm; số cuộc tấn công mạng gây sự cố giảm 20,6%; giá trị thanh toán trực tuyến qua Cổng DVCQG gấp 1,5 lần.\n"
        "Hiện NDXP có hơn 1.100 điểm kết nối.",
        None,
        [],
    ),
    # NEGATIVE: counts of decrees, decisions, meetings and tasks, plus a forecast range '18-20%'
    (
        "Năm 2024, Chính phủ, Thủ tướng Chính phủ ban hành 12 nghị định và 35 quyết định về chuyển đổi số; Ủy ban Quốc gia về chuyển đổi số tổ chức 4 phiên họp, giao 120 nhiệm vụ cho các bộ, ngành, địa phương.\n"
        "Các chuyên gia dự báo tăng trưởng kinh tế số năm 2025 ở mức 18-20%.",
        "2025-01-10",
        [],
    ),
    # NEGATIVE: figures with no catalog id ('3,7 triệu tỷ đồng' ICT revenue, '25 tỷ USD' e-commerce, non-cash payments 'gấp khoảng 25 lần GDP', 100% of communes with fibre)
    (
        "Năm 2024, doanh thu công nghiệp công nghệ số ước đạt 3,7 triệu tỷ đồng; quy mô thương mại điện tử bán lẻ khoảng 25 tỷ USD; giá trị thanh toán không dùng tiền mặt gấp khoảng 25 lần GDP; 100% xã đã có cáp quang băng rộng.",
        "2025-02-05",
        [],
    ),
]
