"""Genre probes, round 82: a broad, representative sample of how real Vietnamese pages 2022–2025 report these KPIs, as a product's user would meet them (about half national: Ministry, Government Office, press summaries of monthly reports; half provincial: portals and provincial newspapers; every family; short news items, multi-paragraph articles with a headline and a lead, and lists/tables written as text; about a fifth of the pages print no date but date their figures in the text; traps in about a quarter of the cases), written blind by a helper (not copied from any page).

Held out to the end of stop 40 and read once with 9dc339d (the start code 2235ecf reads it the same): 80 of 81 right, 80 of 84 found. Not fitted. Missed: a count of agencies connected to NDXP, Mobile Money customers, a province's full-process share of eligible procedures on a page whose lead names it (given to the country), a province's digital-economy growth.
"""

CASES = [
    # ---------------- national ----------------
    (
        "Theo báo cáo của Văn phòng Chính phủ, trong tháng 10/2024, Cổng Dịch vụ công quốc gia có thêm "
        "412.530 tài khoản đăng ký mới; tiếp nhận hơn 1,93 triệu hồ sơ trực tuyến; ghi nhận trên 1,1 triệu "
        "giao dịch thanh toán trực tuyến với tổng số tiền khoảng 920 tỷ đồng.",
        "2024-11-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 412530.0),
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 1930000.0),
            ("online_payments_count_new", "national", "month", "2024-10-31", 1100000.0),
            ("online_payments_value_new", "national", "month", "2024-10-31", 920.0),
        ],
    ),
    (
        "Cổng Dịch vụ công quốc gia vượt mốc 15 triệu tài khoản\n"
        "Sau hơn 4 năm vận hành, Cổng Dịch vụ công quốc gia đang trở thành điểm truy cập quen thuộc của người "
        "dân và doanh nghiệp khi giao dịch với cơ quan nhà nước.\n"
        "Số liệu của Văn phòng Chính phủ cho thấy, tính đến hết ngày 30/6/2024, Cổng đã có 15,2 triệu tài khoản "
        "đăng ký. Lũy kế đến cùng thời điểm, hệ thống đã xử lý 43,6 triệu giao dịch thanh toán trực tuyến với "
        "tổng giá trị hơn 27.850 tỷ đồng. Riêng 6 tháng đầu năm, số giao dịch thanh toán tăng 35% so với cùng "
        "kỳ năm 2023. Văn phòng Chính phủ đặt mục tiêu đến cuối năm 2024 Cổng đạt 20 triệu tài khoản. Để làm "
        "được điều đó, các bộ, ngành, địa phương cần tiếp tục tái cấu trúc quy trình, bảo đảm thủ tục được "
        "thực hiện thông suốt trên môi trường điện tử.",
        "2024-07-10",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 15200000.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 43600000.0),
            ("online_payments_value", "national", "as_of", "2024-06-30", 27850.0),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024: khối bộ, ngành vượt xa khối địa phương\n"
        "Bộ Thông tin và Truyền thông vừa công bố kết quả đo lường trên Hệ thống giám sát, đo lường mức độ "
        "cung cấp và sử dụng dịch vụ Chính phủ số (EMC). Tính chung cả năm 2024, tỷ lệ hồ sơ trực tuyến toàn "
        "trình của cả nước đạt 45,8%. Khối bộ, ngành đạt 63,47%, trong khi khối địa phương chỉ đạt 18,54%. "
        "Cơ quan chức năng nhận định khoảng cách lớn này xuất phát từ việc nhiều tỉnh chưa tái cấu trúc quy "
        "trình nội bộ.",
        "2025-01-16",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 45.8),
            ("online_dossier_full_process_rate", "ministries", "year", "2024-12-31", 63.47),
            ("online_dossier_full_process_rate", "localities", "year", "2024-12-31", 18.54),
        ],
    ),
    (
        "Bộ Thông tin và Truyền thông cho biết, tính đến hết tháng 11/2024, cả nước có khoảng 82,1 triệu thuê "
        "bao băng rộng di động và 23,9 triệu thuê bao băng rộng cố định. Tỷ lệ thuê bao di động sử dụng điện "
        "thoại thông minh đạt 89,1%.",
        "2024-12-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-11-30", 82100000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-11-30", 23900000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-11-30", 89.1),
        ],
    ),
    (
        "Theo báo cáo Speedtest Global Index của Ookla, trong tháng 12/2024, tốc độ truy cập băng rộng di động "
        "trung bình tại Việt Nam đạt 88,6 Mbps; tốc độ băng rộng cố định đạt 154,2 Mbps.",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 88.6),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.2),
        ],
    ),
    (
        "Cục An toàn thông tin cho biết, trong tháng 9/2024 đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.043 "
        "cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Cũng trong tháng, số địa chỉ IP "
        "của Việt Nam nằm trong mạng botnet là 468.796, trong đó có 18 địa chỉ thuộc cơ quan, tổ chức nhà nước.",
        "2024-10-12",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 1043.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 468796.0),
        ],
    ),
    (
        "NDXP xử lý gần 100 triệu giao dịch trong tháng 11\n"
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục đóng vai trò trục kết nối giữa các cơ sở "
        "dữ liệu quốc gia và hệ thống của bộ, ngành, địa phương. Trong tháng 11/2024, NDXP ghi nhận 98,6 triệu "
        "giao dịch, bình quân khoảng 3,29 triệu giao dịch mỗi ngày. Lũy kế từ khi đưa vào vận hành năm 2019 đến "
        "hết tháng 11/2024, tổng số giao dịch qua nền tảng đạt hơn 2,87 tỷ. Các dịch vụ được khai thác nhiều "
        "nhất là tra cứu thông tin dân cư, bảo hiểm xã hội và đăng ký doanh nghiệp.",
        "2024-12-05",
        [
            ("ndxp_transactions_period", "national", "month", "2024-11-30", 98600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 3290000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-30", 2870000000.0),
        ],
    ),
    (
        "Đại diện Bộ Thông tin và Truyền thông cho biết, đến nay Nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
        "đã thiết lập 143 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu, với 107 cơ quan, đơn vị đã "
        "kết nối, gồm các bộ, ngành và toàn bộ 63 tỉnh, thành phố.",
        "2024-08-15",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-08-15", 143.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-08-15", 107.0),
        ],
    ),
    (
        "Theo số liệu Tổng cục Thống kê công bố, năm 2023 tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt "
        "12,33%. Trong năm, kinh tế số tăng trưởng khoảng 20%, cao gấp khoảng ba lần tốc độ tăng GDP.",
        "2024-05-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    (
        "Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an), tính đến ngày 15/3/2024, cả "
        "nước đã cấp hơn 85,8 triệu thẻ căn cước công dân gắn chip và kích hoạt khoảng 56,4 triệu tài khoản "
        "định danh điện tử VNeID.",
        "2024-03-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 85800000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-15", 56400000.0),
        ],
    ),
    (
        "Ngân hàng Nhà nước cho biết, đến cuối tháng 6/2024, dịch vụ Mobile Money đã có khoảng 8,5 triệu khách "
        "hàng đăng ký, trong đó hơn 70% ở khu vực nông thôn, vùng sâu, vùng xa. Riêng Viettel Money chiếm khoảng "
        "6,1 triệu khách hàng, còn VNPT Money và MobiFone Money lần lượt có 1,5 triệu và 0,9 triệu khách hàng.",
        "2024-07-25",
        [
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8500000.0),
        ],
    ),
    (
        "Theo Ngân hàng Nhà nước, tính đến cuối năm 2023, khoảng 87% người trưởng thành đã có tài khoản thanh "
        "toán tại ngân hàng, với hơn 182 triệu tài khoản cá nhân đang hoạt động.",
        None,
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
        ],
    ),
    (
        "Tổng cục Thuế cho biết, từ khi triển khai hóa đơn điện tử trên toàn quốc (1/7/2022) đến hết ngày "
        "30/9/2024, cơ quan thuế đã tiếp nhận và xử lý khoảng 7,6 tỷ hóa đơn điện tử.",
        None,
        [
            ("e_invoices_total", "national", "as_of", "2024-09-30", 7600000000.0),
        ],
    ),
    (
        "Trong năm 2024, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của "
        "Liên hợp quốc, lần đầu tiên lọt vào nhóm có chỉ số EGDI rất cao.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    (
        "Tại phiên họp thường kỳ tháng 5, Văn phòng Chính phủ báo cáo: đến nay đã có 59/63 địa phương ban hành "
        "nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Cũng tính đến thời "
        "điểm này, các bộ, ngành đã cắt giảm, đơn giản hóa 634/1.084 thủ tục hành chính theo các nghị quyết "
        "chuyên đề của Chính phủ.",
        "2024-06-14",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-14", 59.0),
            ("procedures_simplified", "national", "as_of", "2024-06-14", 634.0),
        ],
    ),
    (
        "Một số chỉ tiêu chính quyền số tháng 8/2024 (nguồn: Hệ thống EMC):\n"
        "- Tỷ lệ DVCTT toàn trình trên tổng số TTHC: 47,1%\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 41,3%\n"
        "- Tỷ lệ hồ sơ được cấp kết quả điện tử: 62,8%\n"
        "- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 33,4%\n"
        "- Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối với EMC: 95,2%",
        "2024-09-12",
        [
            ("dvctt_full_process_rate", "national", "month", "2024-08-31", 47.1),
            ("online_dossier_rate", "national", "month", "2024-08-31", 41.3),
            ("e_result_rate", "national", "month", "2024-08-31", 62.8),
            ("data_reuse_rate", "national", "month", "2024-08-31", 33.4),
            ("emc_connection_rate", "national", "month", "2024-08-31", 95.2),
        ],
    ),
    (
        "Sau nửa năm thương mại hóa, 5G phủ sóng khoảng 26% dân số\n"
        "Hạ tầng 5G đang được các doanh nghiệp viễn thông triển khai với tốc độ nhanh sau khi được cấp phép tần "
        "số. Theo Cục Viễn thông, tính đến hết tháng 3/2025, cả nước có khoảng 7.000 trạm BTS 5G đang phát sóng. "
        "Mạng 5G đã phủ tới khoảng 26% dân số, chủ yếu tại các đô thị lớn, khu công nghiệp và khu du lịch. Tốc độ "
        "tải xuống trên mạng 5G cao gấp nhiều lần so với 4G. Bộ Khoa học và Công nghệ yêu cầu doanh nghiệp đẩy "
        "nhanh việc lắp đặt trạm mới trong năm 2025.",
        "2025-04-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 7000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.0),
        ],
    ),
    (
        "Đến hết tháng 6/2025, cả nước còn 412 thôn, bản chưa được phủ sóng di động băng rộng. Cũng tại thời "
        "điểm này, tỷ lệ thôn lõm sóng có điện đã được phủ sóng đạt 86%; các thôn còn lại chủ yếu chưa có điện "
        "lưới quốc gia ở vùng núi phía Bắc và Tây Nguyên.",
        None,
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-06-30", 412.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-06-30", 86.0),
        ],
    ),
    (
        # trap: targets and a count of tasks only
        "Kế hoạch hoạt động năm 2025 của Ủy ban Quốc gia về chuyển đổi số đặt mục tiêu 100% thủ tục hành chính "
        "đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% "
        "và kinh tế số chiếm 20% GDP. Kế hoạch giao 15 nhiệm vụ trọng tâm cho các bộ, ngành, địa phương.",
        "2025-03-05",
        [],
    ),
    (
        # trap: one ministry's figures and another country's rank
        "Trong khối bộ, ngành, Bộ Tư pháp đạt tỷ lệ hồ sơ trực tuyến toàn trình 77,66% trong năm 2024, còn Bộ "
        "Công an tiếp nhận hơn 7,1 triệu hồ sơ trực tuyến, chiếm 85% tổng số hồ sơ của Bộ. Theo Liên hợp quốc, "
        "Hàn Quốc tiếp tục đứng thứ 4 thế giới về Chỉ số phát triển Chính phủ điện tử.",
        "2025-01-22",
        [],
    ),
    (
        # trap: year-on-year / quarter-on-quarter changes only
        "Quý I/2025, số giao dịch thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia tăng 28% so với cùng kỳ "
        "năm trước, giá trị thanh toán tăng gấp 1,6 lần. Số tài khoản đăng ký mới cũng tăng 12% so với quý IV/2024.",
        "2025-04-08",
        [],
    ),
    (
        "Theo báo cáo sơ kết Đề án 06, tính đến ngày 30/11/2023, đã có 25/53 dịch vụ công thiết yếu được cung "
        "cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. Cũng tại thời điểm này, tỷ lệ hồ sơ thủ tục "
        "hành chính được gắn định danh cá nhân đạt 92,7%.",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2023-11-30", 25.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2023-11-30", 92.7),
        ],
    ),
    (
        "Tính đến ngày 31/7/2024, 92,6% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công "
        "trực tuyến toàn trình. Tuy nhiên, cùng thời điểm, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ mới "
        "đạt 54,2%, cho thấy nhiều dịch vụ đã được cung cấp nhưng người dân chưa sử dụng.",
        "2024-08-06",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-07-31", 92.6),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-07-31", 54.2),
        ],
    ),
    (
        "Hạ tầng số Việt Nam đến cuối năm 2024:\n"
        "- Tỷ lệ người sử dụng Internet: 84%\n"
        "- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng: 82,5%\n"
        "- Thuê bao băng rộng cố định/100 dân: 24,1\n"
        "- Thuê bao băng rộng di động/100 dân: 85,3\n"
        "- Tỷ lệ hệ thống thông tin được phê duyệt cấp độ: 78,5%",
        "2025-01-28",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 84.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.5),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 85.3),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 78.5),
        ],
    ),
    # ---------------- provincial ----------------
    (
        "Trong tháng 9/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình trên địa bàn TP. Đà "
        "Nẵng đạt 61,2%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 93,4%.",
        "2024-10-07",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-09-30", 61.2),
            ("e_result_rate", "Đà Nẵng", "month", "2024-09-30", 93.4),
        ],
    ),
    (
        "Quảng Ninh: hơn 78% hồ sơ thủ tục hành chính được xử lý trực tuyến\n"
        "Năm 2024, Quảng Ninh tiếp tục là một trong những địa phương dẫn đầu cả nước về cung cấp và sử dụng dịch "
        "vụ công trực tuyến. Tính đến ngày 31/12/2024, tỉnh cung cấp 1.093 dịch vụ công trực tuyến toàn trình trên "
        "tổng số 1.712 thủ tục hành chính, đạt 63,8%. Cả năm, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 78,2%, "
        "tăng 9,5 điểm phần trăm so với năm 2023. Mức độ hài lòng của người dân, doanh nghiệp năm 2024 đạt 96,3%. "
        "Riêng TP. Hạ Long, tỷ lệ hồ sơ trực tuyến lên tới 91%. Năm 2025, tỉnh phấn đấu nâng tỷ lệ hồ sơ trực "
        "tuyến lên 85%.",
        "2025-01-14",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-12-31", 63.8),
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 78.2),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 96.3),
        ],
    ),
    (
        "Chín tháng đầu năm 2024, các cơ quan hành chính của TP. Hồ Chí Minh tiếp nhận hơn 1,24 triệu hồ sơ trực "
        "tuyến; tỷ lệ hồ sơ xử lý trực tuyến đạt 69,5%.",
        "2024-10-15",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "ytd", "2024-09-30", 69.5),
        ],
    ),
    (
        "Theo Sở Khoa học và Công nghệ Hà Nội, tính đến hết tháng 6/2025, trên địa bàn thành phố có 3.120 trạm "
        "BTS 5G; tỷ lệ phủ sóng 5G theo dân số đạt khoảng 95%.",
        "2025-07-12",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-06-30", 3120.0),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-06-30", 95.0),
        ],
    ),
    (
        "Báo cáo của Sở Thông tin và Truyền thông Lào Cai cho biết, đến hết năm 2023 toàn tỉnh còn 66 thôn, bản "
        "chưa có sóng di động. Cùng thời điểm, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 71,2%.",
        None,
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 66.0),
            ("ftth_household_rate", "Lào Cai", "as_of", "2023-12-31", 71.2),
        ],
    ),
    (
        # trap: no published date and no date in the text
        "Hiện nay, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh Hà Giang đạt khoảng "
        "79%, cao hơn mức bình quân của khu vực miền núi phía Bắc.",
        None,
        [],
    ),
    (
        "Quý I/2025, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết thủ tục hành chính "
        "tại Bình Dương đạt 45,7%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 98,1%.",
        "2025-04-15",
        [
            ("data_reuse_rate", "Bình Dương", "quarter", "2025-03-31", 45.7),
            ("e_result_rate", "Bình Dương", "quarter", "2025-03-31", 98.1),
        ],
    ),
    (
        "Tính đến ngày 30/6/2024, tỉnh Thừa Thiên Huế đang cung cấp 1.582 dịch vụ công trực tuyến, chiếm 81,4% "
        "tổng số thủ tục hành chính. Cũng đến thời điểm này, 100% thủ tục hành chính đủ điều kiện đã được cung "
        "cấp dịch vụ công trực tuyến toàn trình.",
        "2024-07-08",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 81.4),
            ("full_process_provision_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 100.0),
        ],
    ),
    (
        "Nghệ An cải thiện tỷ lệ hồ sơ trực tuyến toàn trình\n"
        "Sau nhiều tháng ở nhóm cuối, Nghệ An đã có bước tiến rõ rệt trong các chỉ số dịch vụ công trực tuyến. "
        "Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 38,5%. Huyện Quỳnh Lưu là "
        "đơn vị dẫn đầu với 62%, trong khi một số huyện miền núi chỉ đạt dưới 15%. Cũng trong 6 tháng, tỷ lệ hồ "
        "sơ thủ tục hành chính được gắn mã định danh cá nhân của tỉnh đạt 86,2%. Sở Thông tin và Truyền thông "
        "cho rằng nguyên nhân chủ yếu là người dân vùng cao còn thiếu thiết bị và kỹ năng số.",
        "2024-07-20",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "half", "2024-06-30", 38.5),
            ("dossiers_with_personal_id_rate", "Nghệ An", "half", "2024-06-30", 86.2),
        ],
    ),
    (
        # trap: an operator's own figures
        "Viettel Thanh Hóa cho biết đã đưa vào hoạt động 250 trạm 5G, phủ sóng khoảng 40% dân số TP. Thanh Hóa "
        "và các khu công nghiệp trọng điểm; tốc độ tải xuống trên mạng 5G của nhà mạng đạt trung bình 600 Mbps.",
        "2024-12-03",
        [],
    ),
    (
        "Kết quả thực hiện một số chỉ tiêu chuyển đổi số tỉnh Đồng Tháp tháng 11/2024\n"
        "Chỉ tiêu | Kết quả\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến | 52,6%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 31,4%\n"
        "Tỷ lệ hồ sơ thanh toán trực tuyến | 41,0%\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng | 98,2%",
        "2024-12-10",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-11-30", 52.6),
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2024-11-30", 31.4),
            ("satisfaction_rate", "Đồng Tháp", "month", "2024-11-30", 98.2),
        ],
    ),
    (
        "Năm 2024, tỷ lệ dân số trưởng thành trên địa bàn tỉnh Gia Lai sử dụng dịch vụ công trực tuyến đạt "
        "45,2%, trong đó phần lớn thực hiện qua ứng dụng VNeID và Cổng Dịch vụ công của tỉnh.",
        None,
        [
            ("adult_population_using_dvctt_rate", "Gia Lai", "year", "2024-12-31", 45.2),
        ],
    ),
    (
        "Trong 6 tháng đầu năm 2024, Sở Thông tin và Truyền thông Khánh Hòa ghi nhận 14 cuộc tấn công mạng gây "
        "sự cố vào hệ thống thông tin của các cơ quan nhà nước trên địa bàn tỉnh. Tính đến 30/6/2024, 92% hệ "
        "thống thông tin của tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin.",
        "2024-07-16",
        [
            ("cyberattacks", "Khánh Hòa", "half", "2024-06-30", 14.0),
            ("info_systems_level_approved_rate", "Khánh Hòa", "as_of", "2024-06-30", 92.0),
        ],
    ),
    (
        "Công an tỉnh Long An cho biết, tính đến ngày 20/5/2024, toàn tỉnh đã cấp hơn 1,3 triệu thẻ căn cước "
        "công dân gắn chip và kích hoạt 812.400 tài khoản định danh điện tử.",
        "2024-05-23",
        [
            ("chip_id_cards_issued", "Long An", "as_of", "2024-05-20", 1300000.0),
            ("vneid_activated_accounts", "Long An", "as_of", "2024-05-20", 812400.0),
        ],
    ),
    (
        # trap: targets and counts of plans
        "Theo kế hoạch chuyển đổi số năm 2024, Hải Phòng phấn đấu 85% hộ gia đình có Internet cáp quang băng "
        "rộng và 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình. Trong năm 2023, UBND thành "
        "phố đã ban hành 12 kế hoạch và 3 đề án về chuyển đổi số.",
        "2024-03-20",
        [],
    ),
    (
        "Năm 2023, kinh tế số của Bắc Giang ước chiếm 21,6% GRDP của tỉnh, tăng trưởng 24,3% so với năm 2022.",
        "2024-04-02",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 21.6),
            ("digital_economy_growth", "Bắc Giang", "year", "2023-12-31", 24.3),
        ],
    ),
    (
        "Kết quả đo kiểm bằng ứng dụng i-Speed trong tháng 6/2024 cho thấy tốc độ truy cập băng rộng di động "
        "trung bình tại Tây Ninh đạt 62,4 Mbps, băng rộng cố định đạt 118,7 Mbps.",
        None,
        [
            ("mobile_broadband_speed", "Tây Ninh", "month", "2024-06-30", 62.4),
            ("fixed_broadband_speed", "Tây Ninh", "month", "2024-06-30", 118.7),
        ],
    ),
    (
        "Sóc Trăng: 3/4 hồ sơ thủ tục hành chính được nộp trực tuyến\n"
        "Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng tiếp nhận hơn 412.000 hồ sơ thủ tục hành "
        "chính. Trong đó, tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 75,7%. Tỷ lệ dịch vụ công trực tuyến có phát "
        "sinh hồ sơ trong năm đạt 68,9%. Thời gian tới, tỉnh sẽ tăng cường hướng dẫn người dân dùng tài khoản "
        "VNeID để đăng nhập Cổng Dịch vụ công.",
        "2025-01-10",
        [
            ("online_dossier_rate", "Sóc Trăng", "year", "2024-12-31", 75.7),
            ("dvctt_with_dossiers_rate", "Sóc Trăng", "year", "2024-12-31", 68.9),
        ],
    ),
    (
        # trap: a province's own fee resolution (localities_fee_reduction is national only)
        "HĐND tỉnh Quảng Nam vừa thông qua nghị quyết giảm 50% mức thu phí, lệ phí đối với hồ sơ thủ tục hành "
        "chính nộp trực tuyến, áp dụng đến hết năm 2025. Đây là nghị quyết thứ hai của tỉnh về chính sách khuyến "
        "khích sử dụng dịch vụ công trực tuyến.",
        "2024-09-05",
        [],
    ),
    (
        "Tính đến tháng 12/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh tại Yên Bái đạt 86,4%; "
        "toàn tỉnh có hơn 640.000 thuê bao smartphone.",
        None,
        [
            ("smartphone_subscriber_rate", "Yên Bái", "as_of", "2024-12-31", 86.4),
            ("smartphone_subscriptions", "Yên Bái", "as_of", "2024-12-31", 640000.0),
        ],
    ),
    (
        "Năm 2024, tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính của tỉnh Vĩnh Long đạt 88,7%; "
        "tỷ lệ dịch vụ công trực tuyến toàn trình đạt 54,1%.",
        "2025-02-18",
        [
            ("dvctt_rate", "Vĩnh Long", "year", "2024-12-31", 88.7),
            ("dvctt_full_process_rate", "Vĩnh Long", "year", "2024-12-31", 54.1),
        ],
    ),
    (
        # trap: ward/commune figures only
        "Trong 10 tháng năm 2024, phường Hòa Cường Bắc (quận Hải Châu, TP. Đà Nẵng) có 96% hồ sơ thủ tục hành "
        "chính được nộp trực tuyến; xã Hòa Phong (huyện Hòa Vang) đạt 88%.",
        "2024-11-26",
        [],
    ),
]
