"""Genre cases: short sentences of the genre probed across every family: plain statements,
lists with "lần lượt" and semicolons, relative dates ("tháng trước", "năm ngoái", "quý vừa qua"),
provincial portals, operators, targets beside results, speed reports (Ookla, i-Speed), the
national portal, comparisons with earlier values, colon lists and tables, and a reviewer's counter-examples (two figures across a dash, a growth
rate after a level, an operator in another clause, a headline's new stations). Written to find what the extractor could not read (most of it could).

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        "Đến hết tháng 6/2024, cả nước có 23,4 triệu thuê bao băng rộng cố định, tăng 9,1% so với cùng "
        "kỳ.",
        "2024-07-05",
        [("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23400000)],
    ),
    (
        "Tốc độ Internet băng rộng cố định trung bình của Việt Nam trong tháng 5/2024 đạt 106,2 Mbps.",
        "2024-06-10",
        [("fixed_broadband_speed", "national", "month", "2024-05-31", 106.2)],
    ),
    (
        "Theo Ookla, trong tháng 5/2024, tốc độ tải xuống trung bình trên mạng di động tại Việt Nam là "
        "57,6 Mbps.",
        "2024-06-10",
        [("mobile_broadband_speed", "national", "month", "2024-05-31", 57.6)],
    ),
    (
        "Đến nay, 5G đã phủ sóng 26% dân số.",
        "2025-06-10",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-06-10", 26)],
    ),
    (
        "Tỷ lệ dân số được phủ sóng 5G đạt khoảng 26%.",
        "2025-06-10",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-06-10", 26)],
    ),
    (
        "Cả nước hiện có hơn 7.000 trạm BTS 5G.",
        "2025-06-10",
        [("fiveg_bts_count", "national", "as_of", "2025-06-10", 7000)],
    ),
    (
        "Đến tháng 6/2024, 82,4% hộ gia đình đã sử dụng Internet cáp quang.",
        "2024-07-05",
        [("ftth_household_rate", "national", "as_of", "2024-06-30", 82.4)],
    ),
    (
        "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 82,4%.",
        "2024-07-05",
        [("ftth_household_rate", "national", "as_of", "2024-07-05", 82.4)],
    ),
    (
        "Tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động đạt 86%.",
        "2024-07-05",
        [("smartphone_subscriber_rate", "national", "as_of", "2024-07-05", 86)],
    ),
    (
        "Số thuê bao sử dụng điện thoại thông minh đạt 99,6 triệu.",
        "2024-07-05",
        [("smartphone_subscriptions", "national", "as_of", "2024-07-05", 99600000)],
    ),
    (
        "Tính đến tháng 6/2024, số thuê bao băng rộng di động đạt 86,5 triệu, tương đương 87,2 thuê "
        "bao/100 dân.",
        "2024-07-05",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 86500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 87.2),
        ],
    ),
    (
        "Tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 99,7%.",
        "2024-07-05",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2024-07-05", 99.7)],
    ),
    (
        "Cả nước còn 1.050 thôn, bản chưa có sóng di động.",
        "2024-07-05",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-07-05", 1050)],
    ),
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 43,5%.",
        "2024-07-05",
        [("online_dossier_full_process_rate", "national", "half", "2024-06-30", 43.5)],
    ),
    (
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến đạt 45,2%.",
        "2024-07-05",
        [("online_dossier_rate", "national", "as_of", "2024-07-05", 45.2)],
    ),
    (
        "Cổng Dịch vụ công quốc gia đã có 4.580 dịch vụ công trực tuyến, hơn 16 triệu tài khoản đăng ký.",
        "2024-07-05",
        [("national_portal_accounts", "national", "as_of", "2024-07-05", 16000000)],
    ),
    (
        "Trong tháng 6/2024, Cục An toàn thông tin đã ghi nhận 45 cuộc tấn công mạng gây sự cố vào các "
        "hệ thống thông tin tại Việt Nam.",
        "2024-07-05",
        [("cyberattacks", "national", "month", "2024-06-30", 45)],
    ),
    (
        "Số địa chỉ IP của Việt Nam nằm trong mạng botnet trong tháng 6/2024 là 512.000 địa chỉ.",
        "2024-07-05",
        [("botnet_ips", "national", "month", "2024-06-30", 512000)],
    ),
    (
        "Kinh tế số ước đạt 18,3% GDP năm 2024.",
        "2025-01-10",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3)],
    ),
    (
        "Số khách hàng sử dụng Mobile Money đạt 9,5 triệu, trong đó 70% ở khu vực nông thôn, miền núi.",
        "2024-07-05",
        [("mobile_money_customers", "national", "as_of", "2024-07-05", 9500000)],
    ),
    (
        "Số tài khoản VNeID đã kích hoạt đạt 60,1 triệu.",
        "2024-07-05",
        [("vneid_activated_accounts", "national", "as_of", "2024-07-05", 60100000)],
    ),
    (
        "Nền tảng NDXP đã kết nối 105 cơ quan, đơn vị; trung bình mỗi ngày có khoảng 2,5 triệu giao "
        "dịch.",
        "2024-07-05",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-07-05", 105),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-05", 2500000),
        ],
    ),
    (
        "Tốc độ băng rộng di động và cố định của Việt Nam trong tháng 9/2024 lần lượt đạt 67,1 Mbps và "
        "132,4 Mbps.",
        "2024-10-10",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 67.1),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 132.4),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành và khối địa phương lần lượt là 52,1% và "
        "38,4%.",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-10-10", 52.1),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-10-10", 38.4),
        ],
    ),
    (
        "Về hạ tầng số, đến cuối tháng 9/2024: thuê bao băng rộng cố định đạt 23,9 triệu; thuê bao băng "
        "rộng di động đạt 87,1 triệu; tỷ lệ hộ gia đình sử dụng cáp quang đạt 83,5%.",
        "2024-10-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23900000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 87100000),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 83.5),
        ],
    ),
    (
        "Bắc Ninh dẫn đầu cả nước với tỷ lệ hồ sơ trực tuyến đạt 95,2%, tiếp theo là Hà Nam (93,1%) và "
        "Quảng Ninh (90,4%).",
        "2024-10-10",
        [
            ("online_dossier_rate", "Bắc Ninh", "as_of", "2024-10-10", 95.2),
            ("online_dossier_rate", "Hà Nam", "as_of", "2024-10-10", 93.1),
            ("online_dossier_rate", "Quảng Ninh", "as_of", "2024-10-10", 90.4),
        ],
    ),
    (
        "Trong quý III/2024, Cục An toàn thông tin đã phát hiện, cảnh báo và hướng dẫn xử lý 198 cuộc "
        "tấn công mạng gây sự cố.",
        "2024-10-10",
        [("cyberattacks", "national", "quarter", "2024-09-30", 198)],
    ),
    (
        "Lũy kế 9 tháng năm 2024, đã ghi nhận 1.023 cuộc tấn công mạng gây sự cố, giảm 15% so với cùng "
        "kỳ.",
        "2024-10-10",
        [("cyberattacks", "national", "ytd", "2024-09-30", 1023)],
    ),
    (
        "Tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%, tăng so với mức 14,26% của năm 2022.",
        "2024-05-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    (
        "Tính đến ngày 30/9/2024, Cổng Dịch vụ công quốc gia có 4.520 dịch vụ công trực tuyến; 17,5 "
        "triệu tài khoản đăng ký; hơn 14,8 triệu hồ sơ trực tuyến được thực hiện từ Cổng.",
        "2024-10-10",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 17500000),
            ("national_portal_dossiers", "national", "as_of", "2024-09-30", 14800000),
        ],
    ),
    (
        "Hiện nay, Việt Nam có khoảng 6.000 trạm phát sóng 5G, phủ sóng khoảng 26% dân số.",
        "2025-05-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-20", 6000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-20", 26),
        ],
    ),
    (
        "Đến nay, tỷ lệ thôn, bản có sóng di động đạt 99,8%, chỉ còn 210 thôn, bản lõm sóng.",
        "2025-05-20",
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-05-20", 99.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-05-20", 210),
        ],
    ),
    (
        "Số liệu của Cục Viễn thông cho thấy, tháng 4/2025 tốc độ Internet di động bình quân của Việt "
        "Nam là 145,4 Mbps, xếp thứ 19 thế giới; tốc độ băng rộng cố định là 222,6 Mbps, xếp thứ 11.",
        "2025-05-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 145.4),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 222.6),
        ],
    ),
    (
        "Năm 2024, tỷ lệ dịch vụ công trực tuyến toàn trình đạt 52,3% tổng số thủ tục hành chính.",
        "2025-01-20",
        [("dvctt_full_process_rate", "national", "year", "2024-12-31", 52.3)],
    ),
    (
        "Đã có 58 cơ quan, đơn vị kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), với "
        "tổng số 920 triệu giao dịch từ đầu năm.",
        "2024-10-10",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-10", 58),
            ("ndxp_transactions_period", "national", "ytd", "2024-10-10", 920000000),
        ],
    ),
    (
        "Số lượng người dùng Mobile Money đạt khoảng 10 triệu, trong đó hơn 70% ở nông thôn.",
        "2025-01-10",
        [("mobile_money_customers", "national", "as_of", "2025-01-10", 10000000)],
    ),
    (
        "Về thanh toán trực tuyến, tính đến ngày 30/9/2024 đã có 5,2 triệu giao dịch thanh toán trực "
        "tuyến trên Cổng với số tiền 4.300 tỷ đồng.",
        "2024-10-10",
        [
            ("online_payments_count", "national", "as_of", "2024-09-30", 5200000),
            ("online_payments_value", "national", "as_of", "2024-09-30", 4300),
        ],
    ),
    (
        "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 78,5%.",
        "2024-10-10",
        [("e_result_rate", "national", "as_of", "2024-10-10", 78.5)],
    ),
    (
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 35,2%.",
        "2024-10-10",
        [("data_reuse_rate", "national", "as_of", "2024-10-10", 35.2)],
    ),
    (
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt "
        "85,6%.",
        "2024-10-10",
        [("satisfaction_rate", "national", "as_of", "2024-10-10", 85.6)],
    ),
    (
        "Chiều 15/1, Bộ Thông tin và Truyền thông tổ chức hội nghị tổng kết năm 2024.\n"
        "\n"
        "Trong năm qua, tỷ lệ hộ gia đình sử dụng cáp quang đạt 85%.",
        "2025-01-16",
        [("ftth_household_rate", "national", "year", "2024-12-31", 85)],
    ),
    (
        "Năm nay, số trạm BTS 5G đã đạt 6.500 trạm.",
        "2025-08-10",
        [("fiveg_bts_count", "national", "as_of", "2025-08-10", 6500)],
    ),
    (
        "Quý I/2025, tỷ lệ hồ sơ trực tuyến đạt 47,3%, tăng 5 điểm phần trăm so với quý IV/2024.",
        "2025-04-10",
        [("online_dossier_rate", "national", "quarter", "2025-03-31", 47.3)],
    ),
    (
        "Tháng trước, tốc độ Internet di động của Việt Nam đạt 146,6 Mbps.",
        "2025-05-08",
        [("mobile_broadband_speed", "national", "month", "2025-04-30", 146.6)],
    ),
    (
        "Tỉnh Quảng Ninh đẩy mạnh chuyển đổi số\n"
        "\n"
        "Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 72,5%; 100% thôn, bản có sóng di động.",
        "2025-05-08",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "as_of", "2025-05-08", 72.5),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2025-05-08", 100),
        ],
    ),
    ("Viettel cho biết đã lắp đặt hơn 3.000 trạm 5G trên cả nước.", "2025-05-08", []),
    (
        "Mục tiêu đến năm 2025, tỷ lệ hộ gia đình sử dụng cáp quang đạt 80%. Đến nay, tỷ lệ này đã đạt "
        "82,4%.",
        "2024-07-05",
        [("ftth_household_rate", "national", "as_of", "2024-07-05", 82.4)],
    ),
    (
        "Tính đến hết năm 2024, cả nước có 87,7 triệu thuê bao băng rộng di động.",
        "2025-02-10",
        [("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 87700000)],
    ),
    (
        "Báo cáo cho biết, trong 6 tháng đầu năm nay, Cổng Dịch vụ công quốc gia đã có thêm 1,2 triệu "
        "tài khoản đăng ký mới, nâng tổng số tài khoản lên 15,6 triệu.",
        "2024-07-12",
        [
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 1200000),
            ("national_portal_accounts", "national", "as_of", "2024-07-12", 15600000),
        ],
    ),
    (
        "Theo Bộ Công an, tính đến ngày 15/5, đã kích hoạt 60,5 triệu tài khoản định danh điện tử.",
        "2025-05-20",
        [("vneid_activated_accounts", "national", "as_of", "2025-05-15", 60500000)],
    ),
    (
        "Tại Hà Nội, tỷ lệ hồ sơ trực tuyến đạt 68,2%, cao hơn mức trung bình cả nước là 45,1%.",
        "2024-10-10",
        [
            ("online_dossier_rate", "Hà Nội", "as_of", "2024-10-10", 68.2),
            ("online_dossier_rate", "national", "as_of", "2024-10-10", 45.1),
        ],
    ),
    (
        "So với cùng kỳ năm 2023, số cuộc tấn công mạng trong 9 tháng năm 2024 giảm 20%, với 1.200 cuộc.",
        "2024-10-10",
        [("cyberattacks", "national", "ytd", "2024-09-30", 1200)],
    ),
    (
        "Tháng 8/2024, các hệ thống giám sát đã phát hiện 58 cuộc tấn công mạng vào các hệ thống thông "
        "tin tại Việt Nam, giảm 10% so với tháng 7/2024.",
        "2024-09-10",
        [("cyberattacks", "national", "month", "2024-08-31", 58)],
    ),
    (
        "Về kinh tế số, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3%; doanh thu công nghiệp công "
        "nghệ số đạt 152 tỷ USD.",
        "2025-01-15",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3)],
    ),
    (
        "Đến nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 53,2%.",
        "2024-10-10",
        [("dvctt_full_process_rate", "national", "as_of", "2024-10-10", 53.2)],
    ),
    (
        "Đã có 2.720/5.780 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình, đạt 47%.",
        "2024-10-10",
        [("dvctt_full_process_rate", "national", "as_of", "2024-10-10", 47)],
    ),
    (
        "Đã cắt giảm, đơn giản hóa 1.100 thủ tục hành chính liên quan đến dữ liệu dân cư.",
        "2024-10-10",
        [("procedures_simplified", "national", "as_of", "2024-10-10", 1100)],
    ),
    (
        "Tỷ lệ văn bản điện tử được gửi, nhận qua Trục liên thông văn bản quốc gia đạt 95%.",
        "2024-10-10",
        [],
    ),
    (
        "Theo Sở Thông tin và Truyền thông tỉnh Nghệ An, năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của "
        "tỉnh đạt 61,2%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "Nghệ An", "year", "2024-12-31", 61.2)],
    ),
    ("MobiFone cho biết số thuê bao 5G của nhà mạng đạt 1,2 triệu.", "2025-01-10", []),
    (
        "Với hơn 16,4 triệu hóa đơn điện tử được khởi tạo trong tháng, tổng số hóa đơn điện tử đã đạt "
        "5,2 tỷ hóa đơn.",
        "2024-10-10",
        [("e_invoices_total", "national", "as_of", "2024-10-10", 5200000000)],
    ),
    (
        "Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 52%.",
        "2024-10-10",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-10", 52)],
    ),
    (
        "Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87%.",
        "2024-10-10",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-10-10", 87)],
    ),
    (
        "Tỷ lệ người sử dụng Internet của Việt Nam đạt 79,1% dân số.",
        "2024-10-10",
        [("internet_users_rate", "national", "as_of", "2024-10-10", 79.1)],
    ),
    (
        "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin đạt 65,4%.",
        "2024-10-10",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-10-10", 65.4)],
    ),
    (
        "Năm 2024, kinh tế số tăng trưởng khoảng 20%, gấp 3 lần tốc độ tăng GDP.",
        "2025-01-10",
        [("digital_economy_growth", "national", "year", "2024-12-31", 20)],
    ),
    ("Tỷ lệ kết nối, liên thông của hệ thống quản lý văn bản đạt 96%.", "2024-10-10", []),
    (
        "Mật độ thuê bao băng rộng cố định đạt 24,1 thuê bao/100 dân.",
        "2024-10-10",
        [("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-10-10", 24.1)],
    ),
    ("Cả nước có 100% xã được kết nối mạng truyền số liệu chuyên dùng.", "2024-10-10", []),
    (
        "Tổng số giao dịch qua NDXP từ khi vận hành đến nay đạt 2,1 tỷ giao dịch.",
        "2024-10-10",
        [("ndxp_transactions_cumulative", "national", "as_of", "2024-10-10", 2100000000)],
    ),
    (
        "Sở Thông tin và Truyền thông tỉnh Lâm Đồng\n"
        "\n"
        "Kết quả chuyển đổi số 9 tháng đầu năm 2024\n"
        "\n"
        "Trong 9 tháng đầu năm, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 58,4%; tỷ lệ hồ sơ trực tuyến toàn "
        "trình đạt 40,1%.",
        "2024-10-05",
        [
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2024-09-30", 58.4),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2024-09-30", 40.1),
        ],
    ),
    (
        "UBND tỉnh Đồng Nai vừa ban hành kế hoạch chuyển đổi số năm 2025, phấn đấu tỷ lệ hồ sơ trực "
        "tuyến toàn trình đạt 80%. Năm 2024, tỷ lệ này đạt 62,5%.",
        "2025-02-05",
        [("online_dossier_full_process_rate", "Đồng Nai", "year", "2024-12-31", 62.5)],
    ),
    (
        "Theo VNPT, đến nay mạng cáp quang của VNPT đã phủ tới 100% xã trên toàn quốc với tốc độ trung "
        "bình 250 Mbps.",
        "2025-02-05",
        [],
    ),
    (
        "Tại tỉnh Bình Dương, 100% thôn, ấp đã có sóng di động 4G; tỷ lệ hộ gia đình có cáp quang đạt "
        "95%.",
        "2025-02-05",
        [
            ("villages_with_mobile_coverage_rate", "Bình Dương", "as_of", "2025-02-05", 100),
            ("ftth_household_rate", "Bình Dương", "as_of", "2025-02-05", 95),
        ],
    ),
    (
        "“Đến nay, chúng ta đã có khoảng 80 triệu tài khoản định danh điện tử được kích hoạt”, Thứ "
        "trưởng cho biết.",
        "2025-02-05",
        [],
    ),
    (
        "Năm 2025, Bộ đặt mục tiêu tốc độ Internet di động đạt 150 Mbps, hiện nay đạt 146 Mbps.",
        "2025-02-05",
        [("mobile_broadband_speed", "national", "as_of", "2025-02-05", 146)],
    ),
    (
        "Hà Nội hiện có 95% hộ gia đình sử dụng Internet cáp quang, TP Hồ Chí Minh đạt 93%.",
        "2025-02-05",
        [
            ("ftth_household_rate", "Hà Nội", "as_of", "2025-02-05", 95),
            ("ftth_household_rate", "Hồ Chí Minh", "as_of", "2025-02-05", 93),
        ],
    ),
    ("Tỉnh đã có 1.245 trạm BTS, trong đó có 120 trạm 5G.", "2025-02-05", []),
    ("Cả nước có 63/63 tỉnh, thành phố đã ban hành nghị quyết về chuyển đổi số.", "2025-02-05", []),
    (
        "Tính đến ngày 31/12/2024, cả nước có 11.000 trạm BTS 5G, phủ sóng 26% dân số. Trong đó Viettel "
        "có 7.000 trạm.",
        "2025-01-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 11000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26),
        ],
    ),
    (
        "Bộ Công an cho biết đã cấp 88,5 triệu thẻ căn cước có gắn chip.",
        "2025-01-10",
        [("chip_id_cards_issued", "national", "as_of", "2025-01-10", 88500000)],
    ),
    (
        "Tổng cục Thống kê: năm 2024 tỷ lệ người sử dụng Internet đạt 78,8%.",
        "2025-01-10",
        [("internet_users_rate", "national", "year", "2024-12-31", 78.8)],
    ),
    (
        "Trong tháng 10 vừa qua, đã ghi nhận 52 cuộc tấn công mạng gây sự cố.",
        "2024-11-08",
        [("cyberattacks", "national", "month", "2024-10-31", 52)],
    ),
    (
        "Năm ngoái, tỷ trọng kinh tế số đạt 18,3% GDP.",
        "2025-03-08",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3)],
    ),
    (
        "Tính đến cuối năm ngoái, cả nước có 86,9 triệu thuê bao băng rộng di động.",
        "2025-03-08",
        [("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 86900000)],
    ),
    (
        "Quý vừa qua, tỷ lệ hồ sơ trực tuyến đạt 48,2%.",
        "2025-04-08",
        [("online_dossier_rate", "national", "quarter", "2025-03-31", 48.2)],
    ),
    (
        "Từ đầu năm đến nay, có 412 cuộc tấn công mạng gây sự cố.",
        "2025-04-08",
        [("cyberattacks", "national", "ytd", "2025-04-08", 412)],
    ),
    (
        "Tính đến hết quý I, số thuê bao băng rộng cố định đạt 24,3 triệu.",
        "2025-04-20",
        [("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 24300000)],
    ),
    (
        "Tính đến ngày 15/10, đã có 58,2 triệu tài khoản định danh điện tử được kích hoạt.",
        "2024-10-20",
        [("vneid_activated_accounts", "national", "as_of", "2024-10-15", 58200000)],
    ),
    (
        "Tháng trước, số địa chỉ IP Việt Nam nằm trong mạng botnet là 480.000.",
        "2024-10-20",
        [("botnet_ips", "national", "month", "2024-09-30", 480000)],
    ),
    (
        "Cuối tháng 9, tỷ lệ hộ gia đình sử dụng cáp quang đạt 83,1%.",
        "2024-10-20",
        [("ftth_household_rate", "national", "as_of", "2024-09-30", 83.1)],
    ),
    (
        "Năm 2023 vừa qua, kinh tế số chiếm 16,5% GDP.",
        "2024-02-20",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5)],
    ),
    (
        "Đầu năm nay, tốc độ Internet cố định đạt 150,3 Mbps.",
        "2025-02-20",
        [("fixed_broadband_speed", "national", "as_of", "2025-02-20", 150.3)],
    ),
    (
        "Tính đến thời điểm hiện tại, cả nước có khoảng 11.500 trạm 5G.",
        "2025-06-20",
        [("fiveg_bts_count", "national", "as_of", "2025-06-20", 11500)],
    ),
    (
        "Trong 10 tháng qua, Cổng Dịch vụ công quốc gia tiếp nhận 5,6 triệu hồ sơ trực tuyến.",
        "2024-11-05",
        [("national_portal_dossiers_new", "national", "ytd", "2024-10-31", 5600000)],
    ),
    (
        "Hết năm 2024, tỷ lệ dân số được phủ sóng 5G đạt 26%.",
        "2025-01-20",
        [("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26)],
    ),
    (
        "Về hạ tầng số:\n"
        "- Thuê bao băng rộng cố định: 23,8 triệu (tăng 8%).\n"
        "- Thuê bao băng rộng di động: 87,2 triệu.\n"
        "- Tỷ lệ hộ gia đình sử dụng cáp quang: 83,2%.",
        "2024-10-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-10", 23800000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-10", 87200000),
            ("ftth_household_rate", "national", "as_of", "2024-10-10", 83.2),
        ],
    ),
    (
        "Đối với tốc độ Internet di động, tháng 9/2024 đạt 68,3 Mbps; tháng 10/2024 đạt 70,1 Mbps.",
        "2024-11-10",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 68.3),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 70.1),
        ],
    ),
    (
        "Tỷ trọng kinh tế số trong GDP liên tục tăng qua các năm. Năm 2022 con số này là 14,26%, năm "
        "2023 là 16,5%.",
        "2024-06-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    (
        "Cụ thể, tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 72,1%, của các địa phương đạt 45,3%.",
        "2024-10-10",
        [
            ("online_dossier_rate", "ministries", "as_of", "2024-10-10", 72.1),
            ("online_dossier_rate", "localities", "as_of", "2024-10-10", 45.3),
        ],
    ),
    (
        "Dịch vụ công trực tuyến\n"
        "\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 42,7%. Tỷ lệ thanh toán trực tuyến đạt 35,1%.",
        "2024-10-10",
        [("online_dossier_full_process_rate", "national", "as_of", "2024-10-10", 42.7)],
    ),
    (
        "Số lượng tài khoản trên Cổng Dịch vụ công quốc gia tiếp tục tăng, đạt 16,9 triệu tài khoản, "
        "tăng 1,1 triệu tài khoản so với tháng trước.",
        "2024-10-10",
        [("national_portal_accounts", "national", "as_of", "2024-10-10", 16900000)],
    ),
    (
        "Về an toàn thông tin mạng, trong tháng 9/2024: số cuộc tấn công mạng gây sự cố là 41 cuộc; số "
        "địa chỉ IP botnet là 512.300.",
        "2024-10-10",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 41),
            ("botnet_ips", "national", "month", "2024-09-30", 512300),
        ],
    ),
    (
        "Mức độ phủ sóng 5G\n\nHiện 5G đã phủ sóng tới 26% dân số, với 7.500 trạm.",
        "2025-03-10",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-10", 26),
            ("fiveg_bts_count", "national", "as_of", "2025-03-10", 7500),
        ],
    ),
    (
        "Theo báo cáo Speedtest Global Index của Ookla, tháng 8/2024, tốc độ tải xuống trung bình của "
        "Internet cố định Việt Nam đạt 118,51 Mbps, tốc độ tải lên đạt 115,52 Mbps, xếp hạng 39 thế "
        "giới.",
        "2024-09-15",
        [("fixed_broadband_speed", "national", "month", "2024-08-31", 118.51)],
    ),
    (
        "Với mạng di động, tốc độ tải xuống trung bình đạt 60,68 Mbps, tăng 1,93 Mbps so với tháng 7, "
        "xếp thứ 45/111 quốc gia.",
        "2024-09-15",
        [("mobile_broadband_speed", "national", "as_of", "2024-09-15", 60.68)],
    ),
    (
        "Tốc độ trung bình toàn cầu của Internet cố định là 92,35 Mbps và di động là 55,8 Mbps.",
        "2024-09-15",
        [],
    ),
    ("Singapore tiếp tục dẫn đầu về tốc độ Internet cố định với 289,86 Mbps.", "2024-09-15", []),
    (
        "Theo đo kiểm của i-Speed, tốc độ truy cập Internet băng rộng cố định trung bình tháng 6/2024 "
        "tại Việt Nam đạt 123,6 Mbps; di động đạt 66,9 Mbps.",
        "2024-07-15",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 123.6),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 66.9),
        ],
    ),
    (
        "Trong đó, Viettel có tốc độ tải xuống nhanh nhất với 75,2 Mbps, tiếp theo là VinaPhone với 62,4 "
        "Mbps.",
        "2024-07-15",
        [],
    ),
    (
        "Tốc độ Internet di động của Việt Nam trong tháng 12 đạt 86.96 Mbps, tăng 5.2 Mbps so với tháng "
        "11.",
        "2025-01-15",
        [("mobile_broadband_speed", "national", "month", "2024-12-31", 86.96)],
    ),
    (
        "Hà Nội có tốc độ Internet cố định cao nhất cả nước với 155,3 Mbps, tiếp đến là TP.HCM với 150,1 "
        "Mbps.",
        "2024-07-15",
        [
            ("fixed_broadband_speed", "Hà Nội", "as_of", "2024-07-15", 155.3),
            ("fixed_broadband_speed", "Hồ Chí Minh", "as_of", "2024-07-15", 150.1),
        ],
    ),
    (
        "So với cùng kỳ năm trước, tốc độ Internet cố định tăng 22%, từ 97,1 Mbps lên 118,5 Mbps.",
        "2024-09-15",
        [("fixed_broadband_speed", "national", "as_of", "2024-09-15", 118.5)],
    ),
    (
        "Việt Nam lần đầu lọt top 10 thế giới về tốc độ Internet di động với 190,5 Mbps trong tháng "
        "8/2025.",
        "2025-09-20",
        [("mobile_broadband_speed", "national", "month", "2025-08-31", 190.5)],
    ),
    (
        "Trong tháng 9/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 612.000 hồ sơ trực tuyến, thực hiện "
        "320.000 giao dịch thanh toán trực tuyến với số tiền 410 tỷ đồng.",
        "2024-10-10",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-09-30", 612000),
            ("online_payments_count_new", "national", "month", "2024-09-30", 320000),
            ("online_payments_value_new", "national", "month", "2024-09-30", 410),
        ],
    ),
    ("Tỷ lệ thanh toán trực tuyến đạt 43%.", "2024-10-10", []),
    (
        "Số lượng dịch vụ công trực tuyến được cung cấp trên Cổng là 4.500 dịch vụ.",
        "2024-10-10",
        [],
    ),
    (
        "Năm 2024, 91% dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình.",
        "2025-01-10",
        [],
    ),
    (
        "Trong 53 dịch vụ công thiết yếu, có 25 dịch vụ đã được cung cấp toàn trình.",
        "2024-10-10",
        [("essential_services_full_process", "national", "as_of", "2024-10-10", 25)],
    ),
    ("Tỷ lệ hồ sơ giải quyết TTHC được số hóa đạt 60,2%.", "2024-10-10", []),
    ("Mức độ hài lòng của người dân đạt 88,1 điểm.", "2024-10-10", []),
    (
        "Đến nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực "
        "tuyến toàn trình.",
        "2024-10-10",
        [("full_process_provision_rate", "national", "as_of", "2024-10-10", 100)],
    ),
    (
        "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 62,5%.",
        "2024-10-10",
        [("dvctt_with_dossiers_rate", "national", "as_of", "2024-10-10", 62.5)],
    ),
    (
        "Tỷ lệ cấp kết quả điện tử đạt 80,2%; tỷ lệ tái sử dụng dữ liệu đạt 30,1%.",
        "2024-10-10",
        [
            ("e_result_rate", "national", "as_of", "2024-10-10", 80.2),
            ("data_reuse_rate", "national", "as_of", "2024-10-10", 30.1),
        ],
    ),
    (
        "Tỷ lệ kết nối EMC của các bộ, ngành đạt 90%, của địa phương đạt 100%.",
        "2024-10-10",
        [
            ("emc_connection_rate", "ministries", "as_of", "2024-10-10", 90),
            ("emc_connection_rate", "localities", "as_of", "2024-10-10", 100),
        ],
    ),
    (
        "Tháng 10/2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,6%, tăng 2,1 điểm phần trăm so với "
        "tháng 9/2024 (43,5%).",
        "2024-11-10",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 45.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-09-30", 43.5),
        ],
    ),
    (
        "Số cuộc tấn công mạng trong tháng 10/2024 là 48 cuộc, giảm 12,7% so với tháng trước.",
        "2024-11-10",
        [("cyberattacks", "national", "month", "2024-10-31", 48)],
    ),
    (
        "Tốc độ Internet cố định tháng 10/2024 đạt 140,2 Mbps, so với cùng kỳ năm 2023 là 98,6 Mbps.",
        "2024-11-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 140.2),
            ("fixed_broadband_speed", "national", "month", "2023-10-31", 98.6),
        ],
    ),
    (
        "Tỷ lệ hộ gia đình có cáp quang đạt 84,1%, cao hơn mục tiêu 80% đề ra cho năm 2025.",
        "2024-11-10",
        [("ftth_household_rate", "national", "as_of", "2024-11-10", 84.1)],
    ),
    (
        "Năm 2024, tỷ trọng kinh tế số đạt 18,3% GDP (năm 2023 là 16,5%).",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    (
        "Số thuê bao băng rộng cố định đạt 24,1 triệu, tăng 1,9 triệu thuê bao so với cùng kỳ năm "
        "2023.",
        "2024-11-10",
        [("fixed_broadband_subscriptions", "national", "as_of", "2024-11-10", 24100000)],
    ),
    (
        "Số địa chỉ IP botnet tháng 10 giảm còn 430.000, so với 512.000 của tháng 9.",
        "2024-11-10",
        [
            ("botnet_ips", "national", "month", "2024-10-31", 430000),
            ("botnet_ips", "national", "month", "2024-09-30", 512000),
        ],
    ),
    (
        "Tốc độ Internet di động tháng 10/2024 của Việt Nam đạt 73,1 Mbps, gấp 1,3 lần mức trung bình "
        "thế giới (56,2 Mbps).",
        "2024-11-10",
        [("mobile_broadband_speed", "national", "month", "2024-10-31", 73.1)],
    ),
    (
        "Tỷ lệ dân số có điện thoại thông minh đạt 84%, trong khi mục tiêu năm 2025 là 85%.",
        "2024-11-10",
        [],
    ),
    (
        "Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 87,1% (cuối năm trước là 84,4%).",
        "2024-11-10",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-11-10", 87.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.4),
        ],
    ),
    (
        "Một số chỉ tiêu chính tháng 10/2024:\n"
        "- Tỷ lệ DVCTT toàn trình: 49,1%\n"
        "- Tỷ lệ hồ sơ trực tuyến: 46,8%\n"
        "- Tỷ lệ thanh toán trực tuyến: 38,2%",
        "2024-11-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-10-31", 49.1),
            ("online_dossier_rate", "national", "as_of", "2024-10-31", 46.8),
        ],
    ),
    (
        "Chỉ tiêu\tTháng 9/2024\tTháng 10/2024\n"
        "Tốc độ băng rộng di động (Mbps)\t68,3\t70,1\n"
        "Tốc độ băng rộng cố định (Mbps)\t132,4\t140,2",
        "2024-11-10",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 68.3),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 70.1),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 132.4),
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 140.2),
        ],
    ),
    (
        "1. Hạ tầng số\n"
        "\n"
        "Số thuê bao băng rộng cố định đạt 24,2 triệu thuê bao.\n"
        "\n"
        "2. Dịch vụ công trực tuyến\n"
        "\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,9%.",
        "2024-11-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-11-10", 24200000),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-11-10", 44.9),
        ],
    ),
    (
        "Kết quả cụ thể như sau: khối bộ, ngành đạt 60,2%; khối địa phương đạt 41,7%; bình quân cả "
        "nước đạt 44,1%.",
        "2024-11-10",
        [],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2024 như sau: khối bộ, ngành đạt 60,2%; khối địa "
        "phương đạt 41,7%; bình quân cả nước đạt 44,1%.",
        "2024-11-10",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-31", 60.2),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 41.7),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 44.1),
        ],
    ),
    (
        "Tốc độ Internet di động của Việt Nam tháng 4/2025 đạt 146,64 Mbps – 5G đã phủ sóng 26% dân "
        "số.",
        "2025-05-10",
        [
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 146.64),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-10", 26),
        ],
    ),
    (
        "Tỷ trọng kinh tế số trong GDP năm 2023 là 16,5% và tăng trưởng năm 2024 đạt 20%.",
        "2025-01-10",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5)],
    ),
    ("Với hạ tầng của VNPT, cả nước đã có 100% xã có cáp quang.", "2025-01-10", []),
    (
        "Tháng 10/2024, số địa chỉ IP botnet là 430.000, so với 512.000 của tháng 9 năm 2023.",
        "2024-11-10",
        [("botnet_ips", "national", "month", "2024-10-31", 430000)],
    ),
    (
        "Số thuê bao băng rộng cố định tháng 10/2024 đạt 24,1 triệu, tăng so với tháng trước là 0,2 "
        "triệu.",
        "2024-11-10",
        [("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 24100000)],
    ),
    (
        "Tháng 9/2025: Hơn 600 trạm BTS 5G được lắp mới\n"
        "\n"
        "Cả nước hiện có 1,2 triệu thuê bao băng rộng cố định mới đăng ký.",
        "2025-10-05",
        [],
    ),
]
