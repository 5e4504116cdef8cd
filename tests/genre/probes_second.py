"""Genre cases, a second round of probes: shares stated as "chiếm N% tổng số …", the eligible
base that makes a full-process share `full_process_provision_rate`, levels named "các bộ" /
"các tỉnh", numbers first in the clause ("Hơn 81 tỷ đồng thanh toán trực tuyến …"), speeds in
colon lists, villages covered versus villages left, a "mỗi tháng có" average, and traps with no
indicator (4G coverage, synchronised dossiers, payments' share of dossiers with fees, a reporting
ministry's own rate, adults' smartphone use, subscriptions without a smartphone).

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        "Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình trong tháng 10/2024 đạt 45,2%.",
        "2024-11-05",
        [("online_dossier_full_process_rate", "national", "month", "2024-10-31", 45.2)],
    ),
    (
        "Cả nước có 4.481 dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 46,8% tổng số thủ tục hành chính.",
        "2024-06-05",
        [("dvctt_full_process_rate", "national", "as_of", "2024-06-05", 46.8)],
    ),
    (
        "Hồ sơ trực tuyến chiếm 45% tổng số hồ sơ tiếp nhận trong 9 tháng đầu năm 2024.",
        "2024-10-05",
        [("online_dossier_rate", "national", "ytd", "2024-09-30", 45)],
    ),
    (
        "Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 72%.",
        "2024-10-05",
        [("e_result_rate", "national", "as_of", "2024-10-05", 72)],
    ),
    (
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 35%.",
        "2024-10-05",
        [("data_reuse_rate", "national", "as_of", "2024-10-05", 35)],
    ),
    (
        "Đến nay, Cổng Dịch vụ công quốc gia đã có 12,5 triệu tài khoản đăng ký.",
        "2024-10-05",
        [("national_portal_accounts", "national", "as_of", "2024-10-05", 12500000)],
    ),
    (
        "Trong tháng 9/2024, Cổng DVCQG có thêm 350.000 tài khoản đăng ký mới.",
        "2024-10-05",
        [("national_portal_accounts_new", "national", "month", "2024-09-30", 350000)],
    ),
    (
        "Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 85,6%.",
        "2024-10-05",
        [("satisfaction_rate", "national", "as_of", "2024-10-05", 85.6)],
    ),
    (
        "Tỷ lệ TTHC cung cấp DVCTT toàn trình đạt 51%.",
        "2024-10-05",
        [("dvctt_full_process_rate", "national", "as_of", "2024-10-05", 51)],
    ),
    (
        "Tỷ lệ DVCTT toàn trình trên tổng số TTHC đủ điều kiện đạt 89%.",
        "2024-10-05",
        [("full_process_provision_rate", "national", "as_of", "2024-10-05", 89)],
    ),
    (
        "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến đạt 44%.",
        "2024-10-05",
        [("online_dossier_rate", "national", "as_of", "2024-10-05", 44)],
    ),
    (
        "Mạng 5G đã phủ sóng tới 63/63 tỉnh, thành phố với hơn 10.000 trạm phát sóng.",
        "2025-03-05",
        [("fiveg_bts_count", "national", "as_of", "2025-03-05", 10000)],
    ),
    (
        "Tốc độ tải xuống băng rộng di động trung bình đạt 75,16 Mbps trong tháng 10.",
        "2023-11-10",
        [("mobile_broadband_speed", "national", "month", "2023-10-31", 75.16)],
    ),
    (
        "Việt Nam có 82,4% hộ gia đình sử dụng cáp quang.",
        "2024-07-10",
        [("ftth_household_rate", "national", "as_of", "2024-07-10", 82.4)],
    ),
    (
        "Tỷ lệ người dân sử dụng Internet đạt 78,8%.",
        "2024-07-10",
        [("internet_users_rate", "national", "as_of", "2024-07-10", 78.8)],
    ),
    (
        "Cả nước có 21,9 triệu thuê bao Internet băng rộng cố định.",
        "2024-07-10",
        [("fixed_broadband_subscriptions", "national", "as_of", "2024-07-10", 21900000)],
    ),
    (
        "Số thuê bao di động sử dụng điện thoại thông minh chiếm 89% tổng số thuê bao.",
        "2024-07-10",
        [("smartphone_subscriber_rate", "national", "as_of", "2024-07-10", 89)],
    ),
    (
        "Số thôn, bản chưa có sóng di động còn 1.200 thôn.",
        "2024-07-10",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-07-10", 1200)],
    ),
    (
        "Mạng 4G đã phủ sóng 99,8% dân số.",
        "2024-07-10",
        [],
    ),
    (
        "Số trạm BTS 5G đạt 7.100 trạm.",
        "2025-07-10",
        [("fiveg_bts_count", "national", "as_of", "2025-07-10", 7100)],
    ),
    (
        "Nền tảng NDXP đã có 3,6 tỷ giao dịch.",
        "2025-07-10",
        [("ndxp_transactions_cumulative", "national", "as_of", "2025-07-10", 3600000000)],
    ),
    (
        "Trong tháng 10/2024, hệ thống ghi nhận 48 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2024-11-05",
        [("cyberattacks", "national", "month", "2024-10-31", 48)],
    ),
    (
        "Kinh tế số chiếm 18,3% GDP năm 2024.",
        "2025-03-05",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3)],
    ),
    (
        "Số tài khoản định danh điện tử đã kích hoạt là 58,9 triệu.",
        "2024-10-05",
        [("vneid_activated_accounts", "national", "as_of", "2024-10-05", 58900000)],
    ),
    (
        "Đã có 5,2 triệu khách hàng sử dụng Mobile Money.",
        "2024-10-05",
        [("mobile_money_customers", "national", "as_of", "2024-10-05", 5200000)],
    ),
    (
        "Số địa chỉ IP botnet giảm còn 420.000.",
        "2024-10-05",
        [("botnet_ips", "national", "as_of", "2024-10-05", 420000)],
    ),
    (
        "Tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 87%.",
        "2024-10-05",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-10-05", 87)],
    ),
    (
        "Trên 87% người trưởng thành đã có tài khoản thanh toán.",
        "2024-10-05",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-10-05", 87)],
    ),
    (
        "Hệ thống hóa đơn điện tử đã tiếp nhận 8,2 tỷ hóa đơn.",
        "2024-10-05",
        [("e_invoices_total", "national", "as_of", "2024-10-05", 8200000000)],
    ),
    (
        "Đã cấp 85 triệu thẻ căn cước gắn chíp.",
        "2024-10-05",
        [("chip_id_cards_issued", "national", "as_of", "2024-10-05", 85000000)],
    ),
    (
        "Tỷ lệ hồ sơ có gắn số định danh cá nhân đạt 92%.",
        "2024-10-05",
        [("dossiers_with_personal_id_rate", "national", "as_of", "2024-10-05", 92)],
    ),
    (
        "Có 60/63 tỉnh, thành phố đã ban hành Nghị quyết giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.",
        "2024-10-05",
        [("localities_fee_reduction", "national", "as_of", "2024-10-05", 60)],
    ),
    (
        "Khối bộ, ngành đạt 55% hồ sơ trực tuyến; khối địa phương đạt 48%.",
        "2024-10-05",
        [
            ("online_dossier_rate", "ministries", "as_of", "2024-10-05", 55),
            ("online_dossier_rate", "localities", "as_of", "2024-10-05", 48),
        ],
    ),
    (
        "Số giao dịch qua NDXP trong tháng 10/2024 là 95 triệu giao dịch, trung bình 3,1 triệu giao dịch/ngày.",
        "2024-11-05",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 95000000),
            ("ndxp_transactions_daily_avg", "national", "month", "2024-10-31", 3100000),
        ],
    ),
    (
        "Giá trị gia tăng của kinh tế số tăng trưởng 20% trong năm 2024.",
        "2025-03-05",
        [("digital_economy_growth", "national", "year", "2024-12-31", 20)],
    ),
    (
        "Hơn 30 triệu hồ sơ đã được nộp trực tuyến qua Cổng Dịch vụ công quốc gia.",
        "2024-10-05",
        [("national_portal_dossiers", "national", "as_of", "2024-10-05", 30000000)],
    ),
    (
        "Tính đến hết tháng 9/2024, 100% hệ thống thông tin đã được phê duyệt hồ sơ cấp độ an toàn thông tin chiếm 78%.",
        "2024-10-05",
        [],
    ),
    (
        "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ đạt 78%.",
        "2024-10-05",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-10-05", 78)],
    ),
    (
        "Theo báo cáo của Ookla, tốc độ mạng di động Việt Nam tháng 8/2025 đạt 148,64 Mbps, tăng 2 bậc.",
        "2025-09-10",
        [("mobile_broadband_speed", "national", "month", "2025-08-31", 148.64)],
    ),
    (
        "Về tốc độ băng rộng, Internet cố định đạt 152,4 Mbps, di động đạt 85,3 Mbps (tháng 11/2024).",
        "2024-12-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 152.4),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 85.3),
        ],
    ),
    (
        "Tốc độ truy cập Internet: cố định 143,5 Mbps; di động 67,2 Mbps.",
        "2024-08-10",
        [
            ("fixed_broadband_speed", "national", "as_of", "2024-08-10", 143.5),
            ("mobile_broadband_speed", "national", "as_of", "2024-08-10", 67.2),
        ],
    ),
    (
        "Việt Nam hiện có khoảng 13.000 trạm 5G, phủ sóng 91% dân số.",
        "2025-10-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-10-10", 13000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-10", 91),
        ],
    ),
    (
        "Vùng phủ sóng 5G đạt 26% dân số sau 6 tháng triển khai.",
        "2025-04-10",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-04-10", 26)],
    ),
    (
        "Hạ tầng số: 79,1% hộ gia đình có cáp quang; 84,8% thuê bao di động là điện thoại thông minh.",
        "2023-12-10",
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-10", 79.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-10", 84.8),
        ],
    ),
    (
        "Số hộ gia đình sử dụng Internet cáp quang chiếm 82,4% tổng số hộ.",
        "2024-07-10",
        [("ftth_household_rate", "national", "as_of", "2024-07-10", 82.4)],
    ),
    (
        "Tính đến tháng 10/2024, số thuê bao băng rộng cố định đạt 23,5 triệu, tương đương 23,4 thuê bao/100 dân.",
        "2024-11-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 23500000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 23.4),
        ],
    ),
    (
        "Thuê bao băng rộng di động đạt 89,5 thuê bao/100 dân.",
        "2024-11-10",
        [("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-11-10", 89.5)],
    ),
    (
        "Đã phủ sóng di động băng rộng cho 1.700 thôn, bản lõm sóng; hiện còn 375 thôn chưa có sóng.",
        "2024-11-10",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-11-10", 375)],
    ),
    (
        "Tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 99,7%.",
        "2024-11-10",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-10", 99.7)],
    ),
    (
        "Trong tháng 9/2024, tốc độ băng rộng cố định trung bình của Việt Nam là 151,57 Mbps, xếp thứ 37 thế giới.",
        "2024-10-12",
        [("fixed_broadband_speed", "national", "month", "2024-09-30", 151.57)],
    ),
    (
        "Tỷ lệ người sử dụng Internet ở Việt Nam là 79,1% dân số.",
        "2024-02-10",
        [("internet_users_rate", "national", "as_of", "2024-02-10", 79.1)],
    ),
    (
        "Đến cuối năm 2024, cả nước có 10.500 trạm BTS 5G được lắp đặt.",
        "2025-01-10",
        [("fiveg_bts_count", "national", "as_of", "2024-12-31", 10500)],
    ),
    (
        "5G: 7.500 trạm, phủ 26% dân số.",
        "2025-04-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-10", 7500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-10", 26),
        ],
    ),
    (
        "Cáp quang hóa đến hộ gia đình đạt 83%.",
        "2024-11-10",
        [("ftth_household_rate", "national", "as_of", "2024-11-10", 83)],
    ),
    (
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 84%.",
        "2024-11-10",
        [],
    ),
    (
        "Số thuê bao điện thoại di động sử dụng smartphone đạt 91,6 triệu.",
        "2024-11-10",
        [("smartphone_subscriptions", "national", "as_of", "2024-11-10", 91600000)],
    ),
    (
        "Tốc độ Internet di động đạt 54,7 Mbps, tăng 31,2% so với cùng kỳ; tốc độ Internet cố định đạt 93,8 Mbps.",
        "2023-09-10",
        [
            ("mobile_broadband_speed", "national", "as_of", "2023-09-10", 54.7),
            ("fixed_broadband_speed", "national", "as_of", "2023-09-10", 93.8),
        ],
    ),
    (
        "Tháng 6/2025: băng rộng di động 146,6 Mbps (hạng 20/100), băng rộng cố định 235,3 Mbps (hạng 10/150).",
        "2025-07-10",
        [
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 235.3),
        ],
    ),
    (
        "Băng thông rộng cố định: 170,4 Mbps.",
        "2025-02-10",
        [("fixed_broadband_speed", "national", "as_of", "2025-02-10", 170.4)],
    ),
    (
        "Theo i-Speed, tốc độ truy cập Internet cố định trung bình tháng 3/2025 đạt 221,6 Mbps.",
        "2025-04-10",
        [("fixed_broadband_speed", "national", "month", "2025-03-31", 221.6)],
    ),
    (
        "Cả nước có 99,3% thôn, bản đã có sóng di động.",
        "2025-04-10",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2025-04-10", 99.3)],
    ),
    (
        "Trong tháng 10/2024, Cổng Dịch vụ công quốc gia tiếp nhận 1,2 triệu hồ sơ trực tuyến và 2,1 triệu giao dịch thanh toán trực tuyến với số tiền 1.250 tỷ đồng.",
        "2024-11-10",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 1200000),
            ("online_payments_count_new", "national", "month", "2024-10-31", 2100000),
            ("online_payments_value_new", "national", "month", "2024-10-31", 1250),
        ],
    ),
    (
        "Lũy kế đến nay, Cổng đã có 15,6 triệu tài khoản đăng ký, tiếp nhận 45 triệu hồ sơ trực tuyến.",
        "2024-11-10",
        [
            ("national_portal_accounts", "national", "as_of", "2024-11-10", 15600000),
            ("national_portal_dossiers", "national", "as_of", "2024-11-10", 45000000),
        ],
    ),
    (
        "Tỉnh Quảng Ninh đạt tỷ lệ hồ sơ xử lý trực tuyến 85,2%, dẫn đầu cả nước.",
        "2024-11-10",
        [("online_dossier_rate", "Quảng Ninh", "as_of", "2024-11-10", 85.2)],
    ),
    (
        "Tỷ lệ thanh toán trực tuyến đạt 45% trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính.",
        "2024-11-10",
        [],
    ),
    (
        "Có 4.400 dịch vụ công trực tuyến được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.",
        "2024-11-10",
        [],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ tiếp nhận và giải quyết TTHC đạt 36,7%.",
        "2024-11-10",
        [("online_dossier_full_process_rate", "national", "as_of", "2024-11-10", 36.7)],
    ),
    (
        "Kết quả cung cấp DVCTT toàn trình của khối bộ, ngành đạt 62%, khối địa phương đạt 51%.",
        "2024-11-10",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-11-10", 62),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-11-10", 51),
        ],
    ),
    (
        "Về số hóa hồ sơ, tỷ lệ cấp kết quả điện tử của các bộ đạt 80,3%, các địa phương đạt 73,9%.",
        "2024-11-10",
        [
            ("e_result_rate", "ministries", "as_of", "2024-11-10", 80.3),
            ("e_result_rate", "localities", "as_of", "2024-11-10", 73.9),
        ],
    ),
    (
        "Cổng Dịch vụ công quốc gia đã cung cấp 4.452 DVCTT; có 21,5 triệu tài khoản đăng ký.",
        "2025-03-10",
        [("national_portal_accounts", "national", "as_of", "2025-03-10", 21500000)],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 62%.",
        "2024-11-10",
        [],
    ),
    (
        "Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 48%.",
        "2024-11-10",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2024-11-10", 48)],
    ),
    (
        "Đến nay, 53/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình.",
        "2024-11-10",
        [("essential_services_full_process", "national", "as_of", "2024-11-10", 53)],
    ),
    (
        "Trong 9 tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 43,6%, tăng 8 điểm phần trăm.",
        "2024-10-10",
        [("online_dossier_rate", "national", "ytd", "2024-09-30", 43.6)],
    ),
    (
        "Năm 2023, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt 27%.",
        "2024-02-10",
        [("online_dossier_full_process_rate", "national", "year", "2023-12-31", 27)],
    ),
    (
        "Tỷ lệ hồ sơ TTHC được số hóa đạt 53%.",
        "2024-11-10",
        [],
    ),
    (
        "Số hồ sơ đồng bộ trạng thái trên Cổng đạt 180 triệu.",
        "2024-11-10",
        [],
    ),
    (
        "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến đạt 72%.",
        "2024-11-10",
        [("dvctt_with_dossiers_rate", "national", "as_of", "2024-11-10", 72)],
    ),
    (
        "Các bộ, ngành đã cung cấp 1.430 DVCTT toàn trình, chiếm 48% tổng số TTHC.",
        "2024-11-10",
        [("dvctt_full_process_rate", "ministries", "as_of", "2024-11-10", 48)],
    ),
    (
        "Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến đạt 90%.",
        "2024-11-10",
        [],
    ),
    (
        "Đến nay đã có 63/63 địa phương ban hành Nghị quyết miễn, giảm phí, lệ phí.",
        "2024-11-10",
        [("localities_fee_reduction", "national", "as_of", "2024-11-10", 63)],
    ),
    (
        "Trong tháng 7/2022, hệ thống ghi nhận 652.221 địa chỉ IP của Việt Nam nằm trong mạng "
        "botnet. Lượng IP này giảm 7% so với tháng trước. Trong số địa chỉ IP nằm trong mạng botnet "
        "trên, có 175 địa chỉ IP của cơ quan nhà nước.",
        "2022-08-15",
        [("botnet_ips", "national", "month", "2022-07-31", 652221)],
    ),
    (
        "Từ đầu năm đến nay, mỗi tháng có hơn 760.000 địa chỉ IP Việt Nam nằm trong mạng botnet.",
        "2022-08-15",
        [],
    ),
    (
        "Về kinh tế số, tỷ trọng kinh tế số năm 2024 ước đạt 18,3%",
        "2025-01-20",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3)],
    ),
    (
        "Số trạm BTS 5G trên cả nước là 13.4",
        "2025-06-20",
        [],
    ),
    (
        "Đáng chú ý, so với cùng kỳ năm 2024, Bộ KH&CN có tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,85%, tăng mạnh.",
        "2025-08-05",
        [],
    ),
    ("Bộ Công Thương đạt tỷ lệ hồ sơ trực tuyến 83,48%, dẫn đầu các bộ.", "2024-08-05", []),
    ("Một số bộ có tỷ lệ cao: Bộ Công Thương 83,48%, Bộ Tài chính 75,2%.", "2024-08-05", []),
    (
        "Bộ TT&TT cho biết, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 39,85%.",
        "2025-08-05",
        [("online_dossier_full_process_rate", "national", "as_of", "2025-08-05", 39.85)],
    ),
    (
        "Theo Bộ Công an, đã có 58 triệu tài khoản VNeID được kích hoạt.",
        "2024-08-05",
        [("vneid_activated_accounts", "national", "as_of", "2024-08-05", 58000000)],
    ),
    ("Ước tính tỷ lệ người trưởng thành sử dụng smartphone chiếm 73,5%.", "2021-08-05", []),
    (
        "Việt Nam vẫn còn khoảng 11,7 triệu thuê bao không sử dụng điện thoại thông minh.",
        "2021-08-05",
        [],
    ),
    (
        "Tỷ lệ thuê bao di động sử dụng smartphone đạt 84%.",
        "2023-08-05",
        [("smartphone_subscriber_rate", "national", "as_of", "2023-08-05", 84)],
    ),
    (
        "Đến hết tháng 6/2024, 63/63 địa phương (tăng 12 địa phương so với cuối năm 2023) đã ban "
        "hành chính sách giảm, miễn phí, lệ phí khi sử dụng dịch vụ công trực tuyến.",
        "2024-07-10",
        [("localities_fee_reduction", "national", "as_of", "2024-06-30", 63)],
    ),
    (
        "Về hạ tầng số, có 81,5% số hộ gia đình sử dụng cáp quang, 100% số xã có cáp quang.",
        "2024-05-10",
        [("ftth_household_rate", "national", "as_of", "2024-05-10", 81.5)],
    ),
    (
        "Trong tháng 5/2024, tốc độ Internet băng rộng cố định tại Lai Châu đạt 205,4 Mbps. Tốc "
        "độ Internet của Lai Châu vượt xa Hà Nội (tốc độ tải xuống 96,2 Mbps) và Cần Thơ (91,7 Mbps).",
        "2024-06-12",
        [
            ("fixed_broadband_speed", "Lai Châu", "month", "2024-05-31", 205.4),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-05-31", 96.2),
            ("fixed_broadband_speed", "Cần Thơ", "month", "2024-05-31", 91.7),
        ],
    ),
    (
        "Cắt kết nối các hệ thống chưa phê duyệt cấp độ từ tháng 3/2025\n\nHiện mới có khoảng 60% "
        "hệ thống thông tin được phê duyệt cấp độ, tăng so với tỷ lệ 35% tại thời điểm cuối năm 2022.",
        None,
        [("info_systems_level_approved_rate", "national", "as_of", "2022-12-31", 35)],
    ),
    (
        "Năm 2023, công tác chuyển đổi số của Quảng Trị đạt nhiều kết quả. Nhiều chỉ tiêu vượt xa so "
        "với toàn quốc, đơn cử là tỷ lệ hồ sơ trực tuyến đạt 68%.",
        "2024-01-15",
        [("online_dossier_rate", "Quảng Trị", "year", "2023-12-31", 68)],
    ),
    (
        "Người dùng dành trung bình 6 giờ mỗi ngày trên mạng và tỉ lệ người sử dụng Internet hàng "
        "ngày lên tới 92%.",
        "2023-09-10",
        [],
    ),
    (
        "Theo đó, tỷ lệ kinh tế số trên GRDP của Vĩnh Long đạt 9,5%; đứng đầu là tỉnh Bắc Ninh với "
        "tỷ trọng đạt 52,1%.",
        "2024-12-20",
        [
            ("digital_economy_gdp_share", "Vĩnh Long", "as_of", "2024-12-20", 9.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "as_of", "2024-12-20", 52.1),
        ],
    ),
    (
        "Theo đó, tỷ lệ kinh tế số trên GRDP của Vĩnh Long đạt 9,5%; đứng đầu là tỉnh Bắc Ninh với "
        "tỷ trọng đạt 52,1%.",
        "2024-09-20",
        [],
    ),
    (
        "Kết quả nghiên cứu cho thấy tỷ trọng KTS trên tổng GDP năm 2023 đạt 16,5%.",
        "2024-05-10",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5)],
    ),
    (
        "Tính đến ngày 12-6, Bình Định đã thu nhận hơn 900.000 tài khoản định danh điện tử và hơn "
        "420.000 tài khoản định danh điện tử kích hoạt thành công.",
        "2023-06-20",
        [("vneid_activated_accounts", "Bình Định", "as_of", "2023-06-12", 420000)],
    ),
    (
        "Chiều 10/2, Thủ tướng chủ trì phiên họp tổng kết hoạt động năm 2024 của Ủy ban Quốc gia về "
        "chuyển đổi số. Báo cáo về tình hình chuyển đổi số quốc gia năm 2024 cho biết tỷ lệ hồ sơ "
        "trực tuyến toàn trình trên toàn quốc đạt 45%.",
        None,
        [("online_dossier_full_process_rate", "national", "as_of", "2024-12-31", 45)],
    ),
    (
        "Số địa chỉ IP nằm trong mạng botnet giảm 3% so với tháng 4/2022. Cũng trong tháng 5, Cục An "
        "toàn thông tin đã ghi nhận 812 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin "
        "tại Việt Nam.",
        None,
        [("cyberattacks", "national", "month", "2022-05-31", 812)],
    ),
    (
        "Theo tính toán của Bộ Thông tin và Truyền thông, tỷ trọng kinh tế số/GDP năm 2020, 2021 lần "
        "lượt là 11,5% và 11,9%.",
        "2023-03-01",
        [
            ("digital_economy_gdp_share", "national", "year", "2020-12-31", 11.5),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.9),
        ],
    ),
    (
        "Công tác chuyển đổi số tỉnh Lạng Sơn đạt nhiều kết quả. Tỷ lệ hồ sơ trực tuyến đạt 78%.",
        "2024-12-20",
        [("online_dossier_rate", "Lạng Sơn", "as_of", "2024-12-20", 78)],
    ),
    (
        "• Chia sẻ\n\nCục An toàn thông tin: Ghi nhận 1.020 cuộc tấn công mạng\n\nTrong tháng 11-2023, Cục "
        "An toàn thông tin đã ghi nhận 1.020 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin "
        "tại Việt Nam. Tính chung 11 tháng năm 2023, tổng số sự cố tấn công mạng là 9.870 sự cố.",
        None,
        [
            ("cyberattacks", "national", "month", "2023-11-30", 1020),
            ("cyberattacks", "national", "ytd", "2023-11-30", 9870),
        ],
    ),
    (
        "Theo Liên hợp quốc, thế giới có khoảng 5,2 tỷ người sử dụng internet (chiếm gần 66% dân số). "
        "Việt Nam có hơn 78 triệu người sử dụng internet (chiếm hơn 79% dân số).",
        "2023-05-10",
        [("internet_users_rate", "national", "as_of", "2023-05-10", 79)],
    ),
    (
        "Hội nghị sơ kết 01 năm thực hiện Kế hoạch Chuyển đổi số tỉnh Hà Tĩnh đến năm 2025\n\nChiều "
        "ngày 20/9, UBND tỉnh tổ chức hội nghị sơ kết và hưởng ứng Ngày chuyển đổi số quốc gia năm "
        "2023. Đến nay, tỷ lệ hộ gia đình có Internet cáp quang trên địa bàn đạt 76%.",
        None,
        [("ftth_household_rate", "Hà Tĩnh", "as_of", "2023-09-20", 76)],
    ),
    (
        "Đà Nẵng có nền tảng chính quyền điện tử từ năm 2014 và đến nay tỷ lệ hồ sơ trực tuyến toàn "
        "trình của thành phố đạt 65%.",
        None,
        [],
    ),
    (
        "Tổng số DVCTT của Trà Vinh là 1.480/1.790 DVCTT, đạt 100% đối với những thủ tục hành chính đủ "
        "điều kiện, đạt 82,7% so với tổng số TTHC thuộc thẩm quyền giải quyết.",
        "2024-10-10",
        [("dvctt_rate", "Trà Vinh", "as_of", "2024-10-10", 82.7)],
    ),
    (
        "Tỷ trọng đóng góp của kinh tế số cho GRDP của Hải Phòng theo số liệu công bố của Tổng cục "
        "Thống kê, ước lượng là 10,2% năm 2021 và 11,4% năm 2022.",
        "2024-03-10",
        [
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2021-12-31", 10.2),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2022-12-31", 11.4),
        ],
    ),
    (
        "Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số nhằm đánh giá kết quả chuyển đổi số 6 "
        "tháng đầu năm 2023. Sáng ngày 10/8, Thủ tướng chủ trì phiên họp.\n\nTốc độ truy cập mạng băng "
        "rộng cố định đạt 85,2 Mbps, tăng 20% so với cùng kỳ năm 2022. Tỷ lệ người dân từ 15 tuổi có "
        "tài khoản thanh toán đạt 74%.",
        None,
        [
            ("fixed_broadband_speed", "national", "as_of", "2023-06-30", 85.2),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 74),
        ],
    ),
    (
        "Tỉnh Lai Châu có 1.980 trạm BTS (48 trạm 5G), phủ sóng đến tất cả các xã.",
        "2025-06-10",
        [("fiveg_bts_count", "Lai Châu", "as_of", "2025-06-10", 48)],
    ),
    (
        "Mỗi giây có khoảng gần 1.000 cuộc tấn công mạng trên thế giới.",
        "2024-01-10",
        [],
    ),
    (
        "Số thuê bao băng rộng di động trên 100 dân hiện đạt 86%.",
        "2023-01-10",
        [("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-01-10", 86)],
    ),
    (
        "Sáng 25/1, UBND tỉnh tổ chức Hội nghị tổng kết công tác chuyển đổi số năm 2023 của tỉnh Tây "
        "Ninh. Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 88,1%.",
        "2024-01-26",
        [("satisfaction_rate", "Tây Ninh", "as_of", "2024-01-26", 88.1)],
    ),
    (
        "Bắc Ninh tiếp tục dẫn đầu về kinh tế số\n\nTheo đánh giá sơ bộ, tỷ trọng giá trị tăng thêm "
        "của kinh tế số trong GDP năm 2022 là 12,86%.",
        "2023-09-20",
        [("digital_economy_gdp_share", "national", "year", "2022-12-31", 12.86)],
    ),
    (
        "Đến tháng 5/2025, Điện Biên đã phủ sóng băng rộng di động tại 96% thôn bản.",
        "2025-06-10",
        [("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2025-05-31", 96)],
    ),
    (
        "Năm 2023, tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến toàn tỉnh Đồng Nai đạt 93,2%.",
        "2024-01-20",
        [("online_dossier_rate", "Đồng Nai", "year", "2023-12-31", 93.2)],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình tăng mạnh\n\n12/03/2024 | 10:05\n\nĐến nay, tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 38,5%.",
        None,
        [("online_dossier_full_process_rate", "national", "as_of", "2024-03-12", 38.5)],
    ),
    (
        "Cập nhật lúc 08:15, 21/05/2024\n\nHiện cả nước có 7.500 trạm BTS 5G.",
        None,
        [("fiveg_bts_count", "national", "as_of", "2024-05-21", 7500)],
    ),
    (
        "(ANTĐ) - Ngày 12/3, Bộ TT&TT cho biết trong tháng 2/2024 đã ghi nhận 862 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam.",
        None,
        [("cyberattacks", "national", "month", "2024-02-29", 862)],
    ),
    (
        "Đăng lúc: 14:30 ngày 05/07/2023\n\nTheo Ookla, tốc độ băng rộng di động của Việt Nam hiện đạt 49,5 Mbps.",
        None,
        [("mobile_broadband_speed", "national", "as_of", "2023-07-05", 49.5)],
    ),
    (
        "Thứ Hai, 15/01/2024 - 09:12\n\nCổng Dịch vụ công quốc gia hiện có 12,4 triệu tài khoản đăng ký.",
        None,
        [("national_portal_accounts", "national", "as_of", "2024-01-15", 12400000)],
    ),
    (
        "Ngày đăng: 28-10-2024\n\nTỷ lệ hộ gia đình có Internet cáp quang hiện đạt 82,2%.",
        None,
        [("ftth_household_rate", "national", "as_of", "2024-10-28", 82.2)],
    ),
    (
        "Hà Nội, ngày 10 tháng 6 năm 2024\n\nĐến nay, 5G đã phủ sóng 20% dân số.",
        None,
        [("fiveg_population_coverage_rate", "national", "as_of", "2024-06-10", 20)],
    ),
    (
        "Tuần qua, Bộ TT&TT cho biết cả nước hiện có 9.000 trạm 5G. Tin đăng ngày 02/08/2025.",
        None,
        [("fiveg_bts_count", "national", "as_of", "2025-08-02", 9000)],
    ),
    (
        "Theo báo cáo, tính đến ngày 30/9/2024, cả nước có 89,5 triệu thuê bao băng rộng di động.",
        None,
        [("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 89500000)],
    ),
    (
        "Trong quý III/2024, hệ thống đã ghi nhận 2.115 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam.",
        None,
        [("cyberattacks", "national", "quarter", "2024-09-30", 2115)],
    ),
    (
        "Tính đến hết tháng 10/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có tổng số 3,2 tỷ giao dịch.",
        "2024-11-10",
        [("ndxp_transactions_cumulative", "national", "as_of", "2024-10-31", 3200000000)],
    ),
    (
        "Trong tháng 10/2024, NDXP ghi nhận 98,5 triệu giao dịch, trung bình mỗi ngày 3,2 triệu giao dịch.",
        "2024-11-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98500000),
            ("ndxp_transactions_daily_avg", "national", "month", "2024-10-31", 3200000),
        ],
    ),
    (
        "Hiện đã có 105 cơ quan, đơn vị kết nối với NDXP.",
        "2024-11-10",
        [("ndxp_connected_agencies", "national", "as_of", "2024-11-10", 105)],
    ),
    (
        "NDXP đã thiết lập 1.350 điểm kết nối giữa các hệ thống.",
        "2024-11-10",
        [("ndxp_connection_points", "national", "as_of", "2024-11-10", 1350)],
    ),
    (
        "Lũy kế 9 tháng đầu năm 2024, Cục An toàn thông tin ghi nhận 6.420 cuộc tấn công mạng gây sự cố.",
        "2024-10-10",
        [("cyberattacks", "national", "ytd", "2024-09-30", 6420)],
    ),
    (
        "Số địa chỉ IP Việt Nam nằm trong mạng botnet trong tháng 9/2024 là 412.000 địa chỉ.",
        "2024-10-10",
        [("botnet_ips", "national", "month", "2024-09-30", 412000)],
    ),
    (
        "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 82,3%.",
        "2024-10-10",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-10-10", 82.3)],
    ),
    (
        "Đã có 80 triệu tài khoản định danh điện tử được kích hoạt.",
        "2024-10-10",
        [("vneid_activated_accounts", "national", "as_of", "2024-10-10", 80000000)],
    ),
    (
        "Số khách hàng sử dụng Mobile Money đạt 8,3 triệu, trong đó 70% ở nông thôn.",
        "2024-10-10",
        [("mobile_money_customers", "national", "as_of", "2024-10-10", 8300000)],
    ),
    (
        "Hệ thống hóa đơn điện tử đã tiếp nhận và xử lý hơn 6,2 tỷ hóa đơn kể từ tháng 7/2022.",
        "2024-10-10",
        [("e_invoices_total", "national", "as_of", "2024-10-10", 6200000000)],
    ),
    (
        "Trong tháng 6/2023, Vinaphone dẫn đầu về tốc độ mạng di động. Cụ thể, tốc độ truy cập "
        "Internet (bằng mạng di động) của nhà mạng này đạt tốc độ download trung bình là 52,4 Mbps.",
        "2023-07-10",
        [],
    ),
    (
        "Theo Sở TT&TT, TP. HCM có tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,2% trong năm 2023.",
        "2024-02-10",
        [("online_dossier_full_process_rate", "Hồ Chí Minh", "year", "2023-12-31", 45.2)],
    ),
    (
        "Năm 2024, kinh tế số có giá trị tăng thêm đạt khoảng 65 tỷ USD, tăng trưởng 13,2% và đóng "
        "góp 18,3% GDP.",
        "2025-02-20",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 13.2),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    (
        "Chỉ số chuyển đổi số tăng mạnh từ năm 2019 đến 2023, và số trạm 5G tăng theo.",
        "2024-02-18",
        [],
    ),
    (
        "Chiều 30/1, Sở TT-TT tổ chức hội nghị tổng kết năm 2023 của tỉnh Long An. Tỷ lệ hệ thống "
        "thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn đạt 91,2% so với 80% yêu "
        "cầu đặt ra.",
        "2024-01-31",
        [("info_systems_level_approved_rate", "Long An", "as_of", "2024-01-31", 91.2)],
    ),
    # an acronym in brackets inside a term ("dịch vụ công (DVC) trực tuyến"), and one that is
    # the cue's own word ("(EMC) hiện đạt")
    (
        "Hiện nay, tỷ lệ dịch vụ công (DVC) trực tuyến toàn trình trên cả nước đạt 52,3% tổng số "
        "thủ tục hành chính.",
        "2024-11-20",
        [("dvctt_full_process_rate", "national", "as_of", "2024-11-20", 52.3)],
    ),
    (
        "Tỷ lệ hồ sơ thủ tục hành chính (TTHC) xử lý trực tuyến trong tháng 10/2024 đạt 47,1%.",
        "2024-11-05",
        [("online_dossier_rate", "national", "month", "2024-10-31", 47.1)],
    ),
    # accounts created beside accounts activated: the activated count is the indicator's
    (
        "Tính đến ngày 7/6/2023, toàn tỉnh Quảng Nam đã tạo lập 469.004 hồ sơ với 382.455 tài khoản "
        "định danh điện tử, đã kích hoạt 186.568 tài khoản.",
        "2023-06-10",
        [("vneid_activated_accounts", "Quảng Nam", "as_of", "2023-06-07", 186568)],
    ),
    # the partly-online services' share is not the online services' share
    (
        "Tỷ lệ dịch vụ công trực tuyến một phần chiếm 38,29%; dịch vụ công trực tuyến toàn trình "
        "chiếm 25,43% tổng số thủ tục hành chính.",
        "2025-08-29",
        [("dvctt_full_process_rate", "national", "as_of", "2025-08-29", 25.43)],
    ),
    # "N/M tài khoản được kích hoạt": the activated accounts of those made
    (
        "Tính đến ngày 23/10/2023, tỉnh Sóc Trăng có 354.938/654.392 tài khoản định danh điện tử "
        "được kích hoạt.",
        "2023-10-25",
        [("vneid_activated_accounts", "Sóc Trăng", "as_of", "2023-10-23", 354938)],
    ),
    # the country's average in brackets after a province's figure is the same indicator's
    (
        "Tính đến tháng 9/2024, Bình Định có 58% thủ tục hành chính được cung cấp dưới dạng dịch vụ "
        "công trực tuyến toàn trình (bình quân cả nước là 49%); tỷ lệ hồ sơ trực tuyến đạt 61%.",
        "2024-10-12",
        [
            ("dvctt_full_process_rate", "Bình Định", "as_of", "2024-09-30", 58),
            ("dvctt_full_process_rate", "national", "as_of", "2024-09-30", 49),
            ("online_dossier_rate", "Bình Định", "as_of", "2024-09-30", 61),
        ],
    ),
    # an undated page: the event named with its year dates the day it reports ("Sáng 25/10")
    (
        "Sáng 25/10, Hội thảo Quốc gia về Chính phủ số 2024 đã diễn ra tại Đà Nẵng. Đà Nẵng hiện "
        "có tỷ lệ dịch vụ công trực tuyến toàn trình đạt 95%.",
        None,
        [("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-10-25", 95)],
    ),
    # a paragraph goes on with the province its sentence spoke of ("so với trung bình toàn quốc"
    # compares); a national word takes it back
    (
        "Theo thống kê, đến tháng 7/2024, TP.Đà Nẵng có 97% thủ tục hành chính được triển khai dưới "
        "dạng dịch vụ công trực tuyến toàn trình (gấp 2 so với trung bình toàn quốc). Tỷ lệ nộp hồ "
        "sơ trực tuyến là 90%.\n\nCả nước có tỷ lệ hồ sơ trực tuyến đạt 45%.",
        "2024-07-28",
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-07-31", 97),
            ("online_dossier_rate", "Đà Nẵng", "as_of", "2024-07-31", 90),
            ("online_dossier_rate", "national", "as_of", "2024-07-28", 45),
        ],
    ),
    # a multiple between the name and the level ("tăng hơn 2,7 lần, đạt")
    (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh Bắc Ninh tăng hơn 2,7 lần, đạt 93,18%.",
        "2025-01-20",
        [("online_dossier_rate", "Bắc Ninh", "year", "2024-12-31", 93.18)],
    ),
    # a count's share in brackets ("N hồ sơ trực tuyến (đạt tỷ lệ X%"); districts' and communes'
    # figures are no indicator's; one amount as a share of another is no rate
    (
        "Trong quý I năm 2023, tỉnh Kon Tum tiếp nhận 56.039 hồ sơ; trong đó có 12.516 hồ sơ trực "
        "tuyến (đạt tỷ lệ 22,33%). Cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ trực tuyến (đạt "
        "tỷ lệ 37,76%). Số hồ sơ trực tuyến của quý I năm 2023 bằng trên 90% số hồ sơ trực tuyến "
        "của cả năm 2021.",
        "2023-03-18",
        [("online_dossier_rate", "Kon Tum", "quarter", "2023-03-18", 22.33)],
    ),
    # "tháng trước" after the month's figure: the month before it, no clash
    (
        "Tháng 9/2024, tốc độ băng rộng di động đạt 55,1 Mbps, trong khi tháng trước là 52,4 Mbps. "
        "Tốc độ băng rộng cố định đạt 155 Mbps, so với 149,8 Mbps tháng trước.",
        "2024-10-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 55.1),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 52.4),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 155),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 149.8),
        ],
    ),
    # "chỉ số này" after a sentence that names a figure with no number, past an earlier figure
    (
        "Theo Ookla, tốc độ Internet cố định tại Việt Nam tháng 7/2024 đạt 146,79 Mbps. Trong khi "
        "đó, Internet băng rộng di động cũng tăng về tốc độ qua bốn tháng. Ở kết quả đo tháng 7, "
        "chỉ số này đạt 55,41 Mbps.",
        "2024-08-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 146.79),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 55.41),
        ],
    ),
    # "của tỉnh đạt": the province the page spoke of, even after "dẫn đầu cả nước"
    (
        "Kết quả Chỉ số DTI năm 2023, tỉnh Quảng Ninh tiếp tục dẫn đầu cả nước. Tỷ lệ hồ sơ xử lý "
        "trực tuyến toàn trình của tỉnh đạt 75,2%.",
        "2024-04-10",
        [("online_dossier_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 75.2)],
    ),
    # "Riêng tỉnh X đạt N%" after the country's rate: the province's own rate; "Riêng Bộ Công an
    # đã tích hợp …" stays a part of a count
    (
        "Tại Hội nghị, Bộ trưởng cho biết, tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 45%. Riêng "
        "tỉnh Bình Dương đạt 60%.",
        "2025-01-15",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2025-01-15", 45),
            ("online_dossier_full_process_rate", "Bình Dương", "as_of", "2025-01-15", 60),
        ],
    ),
    # the South's hamlets ("khóm, ấp"), coverage named by generation ("phủ sóng 3G/4G")
    (
        "Tỉnh An Giang hiện có 2.160 trạm BTS; tỷ lệ phủ sóng 3G/4G đạt 100% khóm, ấp.",
        "2023-05-01",
        [("villages_with_mobile_coverage_rate", "An Giang", "as_of", "2023-05-01", 100)],
    ),
    # the second level after a change in brackets that names a year
    (
        "Tính đến hết tháng 6/2024, tỷ lệ hồ sơ cấp kết quả bản điện tử tại bộ, ngành đạt 46,38% "
        "(tăng 22,14% so với cùng kỳ năm 2023), tại địa phương đạt 64%.",
        "2024-07-29",
        [
            ("e_result_rate", "ministries", "as_of", "2024-06-30", 46.38),
            ("e_result_rate", "localities", "as_of", "2024-06-30", 64),
        ],
    ),
    # the upload named after its number ("chiều tải lên", "(upload)") or as "đường lên"
    (
        "Tháng 9/2024, tốc độ di động của Việt Nam đạt 55,1 Mbps chiều tải xuống, 20,3 Mbps chiều "
        "tải lên. Tốc độ băng rộng cố định đạt 155 Mbps (download) và 140,2 Mbps (upload).",
        "2024-10-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 55.1),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 155),
        ],
    ),
    # one generation's speed (5G) is not the country's mobile speed; "4G/5G" is no split
    (
        "Tháng 9/2024, tốc độ di động trên mạng 5G đạt 250,3 Mbps, còn tốc độ chung đạt 55,1 Mbps.",
        "2024-10-15",
        [("mobile_broadband_speed", "national", "month", "2024-09-30", 55.1)],
    ),
    # the earlier figure a rise starts from, or a multiple is of, has the period named after it
    (
        "Tháng 9/2024, tốc độ di động đạt 55,1 Mbps, tăng từ mức 52,4 Mbps hồi tháng 8. Tốc độ cố "
        "định đạt 155 Mbps, gần gấp đôi mức 80,2 Mbps của cùng kỳ năm 2023.",
        "2024-10-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 55.1),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 52.4),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 155),
            ("fixed_broadband_speed", "national", "month", "2023-09-30", 80.2),
        ],
    ),
    # "đầu năm" is the level as the year began, or now when the text is itself early in the year
    (
        "Tỷ lệ hồ sơ trực tuyến tháng 10/2024 đạt 45%. Đầu năm 2024, con số này chỉ là 30%.",
        "2024-11-05",
        [
            ("online_dossier_rate", "national", "month", "2024-10-31", 45),
            ("online_dossier_rate", "national", "as_of", "2024-01-01", 30),
        ],
    ),
    (
        "Thông tin tại hội nghị cho thấy, đầu năm 2023, Bộ Công an đã cấp trên 78 triệu thẻ căn cước "
        "có gắn chíp điện tử cho công dân.",
        "2023-02-25",
        [("chip_id_cards_issued", "national", "as_of", "2023-02-25", 78000000)],
    ),
    # a list of provinces names no subject; the one named apart from it does
    (
        "Trong 5 thành phố trực thuộc Trung ương gồm Hà Nội, Hải Phòng, Đà Nẵng, TP.HCM và Cần "
        "Thơ, Cần Thơ trở thành địa phương có tốc độ di động cao nhất trong tháng 6/2025 với "
        "150,2 Mbps.",
        "2025-07-10",
        [("mobile_broadband_speed", "Cần Thơ", "month", "2025-06-30", 150.2)],
    ),
    # a compared figure "ghi nhận trong tháng 4/2025" has that month
    (
        "Tháng 5/2025, tốc độ di động tại Đà Nẵng chỉ còn 125,6 Mbps, giảm mạnh so với mức 272,9 "
        "Mbps ghi nhận trong tháng 4/2025.",
        "2025-06-08",
        [
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2025-05-31", 125.6),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2025-04-30", 272.9),
        ],
    ),
    # "số dân sử dụng Internet"; "thuê bao Internet di động"; the count after it names its own
    # noun ("thuê bao cáp quang"), so the first one's words are not its label
    (
        "Đến cuối năm 2023, cả nước có 79% số dân sử dụng Internet.",
        "2024-02-01",
        [("internet_users_rate", "national", "as_of", "2023-12-31", 79)],
    ),
    (
        "Đến tháng 6/2024, cả nước có hơn 82 triệu thuê bao Internet di động và 23 triệu thuê bao "
        "cáp quang.",
        "2024-07-10",
        [("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 82000000)],
    ),
    # "<tỉnh> với tỷ trọng N%" after the sentence that named the share: that province's share
    (
        "Năm 2022, Bắc Ninh dẫn đầu cả nước về tỷ trọng kinh tế số trên GRDP với 56,83%. Đứng "
        "thứ 2 là Thái Nguyên với tỷ trọng 42,92%.",
        "2023-08-01",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2022-12-31", 56.83),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2022-12-31", 42.92),
        ],
    ),
    # "so với cùng kỳ 2023 (2.921 cuộc)": the same quarter of 2023, "năm" left out
    (
        "Trong quý 1/2024, số vụ tấn công mạng là 1.812 cuộc, giảm 38% so với cùng kỳ 2023 (2.921 "
        "cuộc).",
        "2024-04-10",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 1812),
            ("cyberattacks", "national", "quarter", "2023-03-31", 2921),
        ],
    ),
]
