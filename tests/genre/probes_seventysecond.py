"""Genre probes, round 72: the genre's 2025 wording (the Ministry of Science and Technology
reporting telecoms and digital transformation, provinces merged from July 2025, wards and
communes under two-level local government, Đề án 06, VNeID, the new portal), written blind by a
helper (not copied from any page). First reading with f9ecafc (the start code 9aaa90f alike): 51
of 52 right, 51 of 54 found. Fitted: "Theo Cục Thống kê (Bộ Tài chính)" is a source, not one
ministry's figure; a ward's sentence ("phường Hoàn Kiếm (Hà Nội) tiếp nhận …") is the ward's;
"được xác thực, gắn với số định danh"; a title "TP. Hồ Chí Minh (sau sáp nhập …):".
"""

CASES = [
    (
        "Theo Bộ Khoa học và Công nghệ, trong tháng 7/2025, hệ thống kỹ thuật đã ghi nhận, cảnh báo và "
        "hỗ trợ xử lý 512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm "
        "18,6% so với tháng 6/2025.",
        "2025-08-08",
        [("cyberattacks", "national", "month", "2025-07-31", 512.0)],
    ),
    (
        "Tính đến hết tháng 6/2025, cả nước đã lắp đặt khoảng 11.500 trạm BTS 5G; vùng phủ sóng 5G đạt "
        "khoảng 26% dân số. Thực hiện Nghị quyết 57-NQ/TW, Bộ KH&CN phấn đấu đến năm 2030 mạng 5G phủ "
        "sóng 99% dân số.",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    (
        "Viettel cho biết đã phát sóng hơn 7.000 trạm 5G, phủ sóng khoảng 90% dân số tại các khu vực đô "
        "thị, với 8,2 triệu thuê bao 5G; VNPT cũng công bố đạt 4.300 trạm 5G sau nửa năm thương mại hóa.",
        "2025-05-14",
        [],
    ),
    (
        "Cục Chuyển đổi số quốc gia cho biết, tính đến ngày 15/9/2025, tỷ lệ dịch vụ công trực tuyến "
        "toàn trình đạt 56,2% tổng số thủ tục hành chính; tính cả dịch vụ công trực tuyến một phần, tỷ "
        "lệ thủ tục hành chính được cung cấp trực tuyến lên tới 81,4%.",
        "2025-09-22",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-15", 56.2),
            ("dvctt_rate", "national", "as_of", "2025-09-15", 81.4),
        ],
    ),
    (
        "Tỉnh Phú Thọ (sau hợp nhất với Vĩnh Phúc và Hòa Bình): 9 tháng đầu năm 2025, tỷ lệ hồ sơ giải "
        "quyết thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 84,3%; tỷ lệ số hóa hồ sơ, kết quả "
        "giải quyết thủ tục hành chính đạt 90,2%.",
        "2025-10-06",
        [("online_dossier_rate", "Phú Thọ", "ytd", "2025-09-30", 84.3)],
    ),
    (
        "Trước thời điểm hợp nhất vào TP. Hồ Chí Minh, 6 tháng đầu năm 2025 tỷ lệ hồ sơ trực tuyến của "
        "tỉnh Bình Dương đạt 72,5%, của tỉnh Bà Rịa - Vũng Tàu là 68,1%. TP. Hồ Chí Minh (mới) đặt mục "
        "tiêu đến cuối năm 2025 tỷ lệ này đạt trên 80%.",
        "2025-07-18",
        [
            ("online_dossier_rate", "Bình Dương", "half", "2025-06-30", 72.5),
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "half", "2025-06-30", 68.1),
        ],
    ),
    (
        "Cổng Dịch vụ công quốc gia phiên bản mới chính thức vận hành từ ngày 1/7/2025, cho phép đăng "
        "nhập bằng tài khoản VNeID. Tính đến ngày 30/9/2025, Cổng có 48,2 triệu tài khoản đăng ký; riêng "
        "9 tháng đầu năm, Cổng tiếp nhận 18,7 triệu hồ sơ trực tuyến. Cũng trong 9 tháng, thanh toán "
        "trực tuyến qua Cổng ghi nhận 14,6 triệu giao dịch với số tiền hơn 9.850 tỷ đồng.",
        "2025-10-03",
        [
            ("national_portal_accounts", "national", "as_of", "2025-09-30", 48200000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2025-09-30", 18700000.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 14600000.0),
            ("online_payments_value_new", "national", "ytd", "2025-09-30", 9850.0),
        ],
    ),
    (
        "Đến nay, Bộ Công an đã cấp hơn 94 triệu thẻ căn cước gắn chip (gồm thẻ căn cước công dân và thẻ "
        "căn cước), kích hoạt 61,3 triệu tài khoản định danh điện tử VNeID, phục vụ triển khai Đề án 06.",
        "2025-06-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-06-12", 94000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-12", 61300000.0),
        ],
    ),
    (
        "Hà Nội, ngày 20/3/2025 – Theo báo cáo của Tổ công tác triển khai Đề án 06 của Chính phủ, đến "
        "nay đã có 42/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ "
        "công quốc gia; mục tiêu hoàn thành 53/53 dịch vụ trong năm 2025.",
        None,
        [("essential_services_full_process", "national", "as_of", "2025-03-20", 42.0)],
    ),
    (
        "Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 quy mô kinh tế số đạt tối thiểu 30% GDP; tỷ lệ sử "
        "dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%; Việt Nam thuộc nhóm 50 "
        "nước dẫn đầu về chính phủ điện tử.",
        "2025-01-10",
        [],
    ),
    (
        "Theo Cục Thống kê (Bộ Tài chính), năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3%; giá trị "
        "tăng thêm của kinh tế số tăng 12,6% so với năm 2023, cao gấp gần hai lần tốc độ tăng GDP.",
        "2025-02-25",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 12.6),
        ],
    ),
    (
        "Trong tháng 3/2025, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 468 cuộc tấn "
        "công mạng gây sự cố vào các hệ thống thông tin ở Việt Nam, tăng 9% so với cùng kỳ; lũy kế quý "
        "I/2025 là 1.392 cuộc. Tính đến cuối tháng 3/2025, số địa chỉ IP của Việt Nam nằm trong các mạng "
        "botnet ở mức khoảng 520.000.",
        "2025-04-07",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 468.0),
            ("cyberattacks", "national", "quarter", "2025-03-31", 1392.0),
            ("botnet_ips", "national", "as_of", "2025-03-31", 520000.0),
        ],
    ),
    (
        "Đến hết tháng 5/2025, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục "
        "hành chính đủ điều kiện đạt 91,7% (khối bộ, ngành 88,4%; khối địa phương 93,2%).",
        "2025-06-05",
        [
            ("full_process_provision_rate", "national", "as_of", "2025-05-31", 91.7),
            ("full_process_provision_rate", "ministries", "as_of", "2025-05-31", 88.4),
            ("full_process_provision_rate", "localities", "as_of", "2025-05-31", 93.2),
        ],
    ),
    (
        "Quý II/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục hành chính "
        "đạt 38,6%, trong khi tỷ lệ hồ sơ xử lý trực tuyến (cả toàn trình và một phần) là 52,4%.",
        "2025-07-15",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-06-30", 38.6),
            ("online_dossier_rate", "national", "quarter", "2025-06-30", 52.4),
        ],
    ),
    (
        "UBND tỉnh Ninh Bình (mới) cho biết, tính đến ngày 31/8/2025, tỷ lệ hồ sơ được trả kết quả giải "
        "quyết thủ tục hành chính điện tử của tỉnh đạt 97,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ "
        "liệu đã số hóa đạt 64,5%. Riêng xã Gia Viễn, cả hai chỉ tiêu đều đạt 100%.",
        "2025-09-04",
        [
            ("e_result_rate", "Ninh Bình", "as_of", "2025-08-31", 97.2),
            ("data_reuse_rate", "Ninh Bình", "as_of", "2025-08-31", 64.5),
        ],
    ),
    (
        "Đến cuối năm 2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,5%; tỷ lệ "
        "người dân sử dụng Internet là 78,1%. Cả nước có 24,9 triệu thuê bao băng rộng cố định và 94,2 "
        "triệu thuê bao băng rộng di động, tương đương 93,1 thuê bao/100 dân.",
        "2025-01-20",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.5),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 78.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24900000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 94200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 93.1),
        ],
    ),
    (
        "Theo Ookla, tháng 6/2025 tốc độ tải xuống trung bình băng rộng di động của Việt Nam đạt 146,6 "
        "Mbps, băng rộng cố định ở mức 181,9 Mbps; tốc độ trung bình toàn cầu lần lượt là 92 Mbps và 96 "
        "Mbps.",
        "2025-07-22",
        [
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 181.9),
        ],
    ),
    (
        "Trong 6 tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 1,02 tỷ "
        "giao dịch, trung bình 5,6 triệu giao dịch/ngày; tính đến hết tháng 6/2025, tổng số giao dịch kể "
        "từ năm 2019 đạt 3,9 tỷ.",
        "2025-07-05",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 1020000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 5600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3900000000.0),
        ],
    ),
    (
        "Bộ KH&CN cho biết, đến hết tháng 4/2025, cả nước còn 1.027 thôn, bản chưa có sóng di động băng "
        "rộng; tỷ lệ thôn, bản có sóng di động băng rộng đạt 98,9%. Cục Viễn thông đặt mục tiêu xóa toàn "
        "bộ vùng lõm sóng trong năm 2025.",
        "2025-05-08",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-04-30", 1027.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-04-30", 98.9),
        ],
    ),
    (
        "Sau khi vận hành chính quyền địa phương hai cấp, trong tháng 8/2025, phường Hoàn Kiếm (Hà Nội) "
        "tiếp nhận 12.400 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến đạt 93,5%, cao nhất thành "
        "phố.",
        "2025-09-02",
        [],
    ),
    (
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh hiện ở mức 88,7%, tương đương khoảng 113 "
        "triệu thuê bao smartphone, theo số liệu của Cục Viễn thông.",
        "2025-03-18",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-18", 88.7),
            ("smartphone_subscriptions", "national", "as_of", "2025-03-18", 113000000.0),
        ],
    ),
    (
        "Thành phố Đà Nẵng (sau hợp nhất với tỉnh Quảng Nam) hiện cung cấp 1.742 dịch vụ công trực "
        "tuyến. Tính đến ngày 10/8/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục "
        "hành chính của thành phố đạt 58,4%; 72,1% dịch vụ công trực tuyến có phát sinh hồ sơ.",
        "2025-08-14",
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2025-08-10", 58.4),
            ("dvctt_with_dossiers_rate", "Đà Nẵng", "as_of", "2025-08-10", 72.1),
        ],
    ),
    (
        "Năm 2024, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt "
        "86,4%; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến là 55,1%, còn xa so với mục "
        "tiêu 70% vào năm 2025.",
        "2025-02-12",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 86.4),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 55.1),
        ],
    ),
    (
        "(Hà Nội, 10/11/2025) Tính đến hết tháng 10/2025, 89,6% hệ thống thông tin đã được phê duyệt hồ "
        "sơ đề xuất cấp độ an toàn; trong đó khối địa phương đạt 86,2%, khối bộ, ngành đạt 93,8%.",
        None,
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-10-31", 89.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-10-31", 86.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-10-31", 93.8),
        ],
    ),
    (
        "Đến nay, 61/63 tỉnh, thành phố đã ban hành nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí "
        "khi thực hiện dịch vụ công trực tuyến; Tỉnh Hà Giang áp dụng mức giảm 50% đối với hồ sơ nộp "
        "trực tuyến.",
        "2025-03-05",
        [("localities_fee_reduction", "national", "as_of", "2025-03-05", 61.0)],
    ),
    (
        "Cơ sở dữ liệu quốc gia về dân cư đã kết nối, chia sẻ với 14 bộ, ngành và các địa phương. Đến "
        "hết quý III/2025, tỷ lệ hồ sơ giải quyết thủ tục hành chính được xác thực, gắn với số định danh "
        "cá nhân đạt 95,3%.",
        "2025-10-15",
        [("dossiers_with_personal_id_rate", "national", "as_of", "2025-09-30", 95.3)],
    ),
    (
        "Theo Liên minh Viễn thông quốc tế (ITU), tỷ lệ phủ sóng 5G toàn cầu năm 2024 đạt khoảng 51% dân "
        "số, tại khu vực châu Á - Thái Bình Dương là 64%. Bộ KH&CN đặt mục tiêu đến cuối năm 2025 phủ "
        "sóng 5G cho 90% dân số Việt Nam.",
        "2025-04-22",
        [],
    ),
    (
        "Bộ Tài chính cho biết, đến nay 100% thủ tục hành chính về thuế đã được cung cấp trực tuyến toàn "
        "trình; tỷ lệ hồ sơ khai thuế điện tử của doanh nghiệp đạt 99,6%.",
        "2025-06-20",
        [],
    ),
    (
        "Đến ngày 30/6/2025, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý hơn 11,8 tỷ hóa đơn. Tính đến "
        "cuối tháng 5/2025, dịch vụ Mobile Money có 11,3 triệu khách hàng, trong đó khoảng 73% ở khu vực "
        "nông thôn, vùng sâu, vùng xa.",
        "2025-07-09",
        [
            ("e_invoices_total", "national", "as_of", "2025-06-30", 11800000000.0),
            ("mobile_money_customers", "national", "as_of", "2025-05-31", 11300000.0),
        ],
    ),
    (
        "TP. Hồ Chí Minh (sau sáp nhập Bình Dương và Bà Rịa - Vũng Tàu): trong tháng 9/2025, tỷ lệ hồ sơ "
        "xử lý trực tuyến của thành phố đạt 67,8%, tăng 4,2 điểm phần trăm so với tháng 8. Đến cuối "
        "tháng 9/2025, thành phố có 9,6 triệu tài khoản VNeID được kích hoạt.",
        "2025-10-08",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "month", "2025-09-30", 67.8),
            ("vneid_activated_accounts", "Hồ Chí Minh", "as_of", "2025-09-30", 9600000.0),
        ],
    ),
]
