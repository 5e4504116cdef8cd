"""Genre probes, round 71: the genre's traps (targets, plans, forecasts, changes in percent and
points, operators' and single ministries' or districts' own figures, other countries, parts,
upload speeds, 4G-only coverage, things not in the catalog, past levels "từ … lên …", officials'
round figures, provinces set against the country) beside real values, half national and half
provincial, written blind by a helper (not copied from any page). First reading with f9ecafc: 49
of 52 right, 49 of 55 found (the start code 9aaa90f: 48 of 53, 48 of 55). Fitted: a gap "14 điểm
phần trăm" is no rate, "bình quân chung cả nước" is a comparison, "; riêng Bộ Công an có …" is a
part, "tỷ lệ hồ sơ được tái sử dụng dữ liệu", an operator named after the whole's figure is no
page subject. Left: the EGDI rank dated by its page (the catalog's convention).
"""

CASES = [
    (
        "Tính đến hết tháng 6/2025, cả nước đã phát sóng khoảng 11.500 trạm BTS 5G, vùng phủ sóng 5G đạt "
        "30% dân số; riêng Viettel đã lắp đặt hơn 6.500 trạm. Mục tiêu đến cuối năm 2025 là phủ sóng 5G "
        "cho 90% dân số cả nước.",
        "2025-07-14",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 30.0),
        ],
    ),
    (
        "Theo báo cáo Speedtest Global Index của Ookla, tháng 12/2024 tốc độ tải xuống trung bình của "
        "băng rộng cố định tại Việt Nam đạt 155,2 Mbps, tốc độ tải lên đạt 148,6 Mbps; tốc độ tải xuống "
        "của mạng di động ở mức 59,7 Mbps, cao hơn mức trung bình thế giới (54,5 Mbps). Việt Nam xếp thứ "
        "39 thế giới về tốc độ băng rộng cố định.",
        "2025-01-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 155.2),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 59.7),
        ],
    ),
    (
        "Đến hết năm 2024, tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang trên địa bàn tỉnh Thái "
        "Bình đạt 86,3%, trong đó khu vực nông thôn đạt 81,7%. Vùng phủ sóng 4G của tỉnh đạt 99,9% dân "
        "số; toàn tỉnh có 2.140 trạm BTS 4G.",
        "2025-01-14",
        [("ftth_household_rate", "Thái Bình", "as_of", "2024-12-31", 86.3)],
    ),
    (
        "Quý III/2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 46,2%, tăng 3,1 điểm phần trăm so "
        "với quý trước; trong đó Bộ Công Thương đạt 98,7%, dẫn đầu các bộ, ngành. Tỷ lệ hồ sơ trực tuyến "
        "toàn trình đạt 29,4%.",
        "2024-10-15",
        [
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 46.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 29.4),
        ],
    ),
    (
        "Kế hoạch năm 2025 của Ủy ban Quốc gia về chuyển đổi số đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn "
        "trình đạt tối thiểu 50%, 100% hồ sơ được số hóa và tái sử dụng dữ liệu; kinh tế số dự kiến "
        "chiếm khoảng 20% GDP, tốc độ tăng trưởng kinh tế số dự kiến đạt 20%/năm.",
        "2025-02-20",
        [],
    ),
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của TP Hà Nội đạt 72,8%, cao hơn 27 điểm "
        "phần trăm so với bình quân chung cả nước; tỷ lệ hồ sơ được trả kết quả điện tử đạt 89,6%. Riêng "
        "quận Hoàn Kiếm, tỷ lệ hồ sơ trực tuyến đạt 95,1%.",
        "2024-07-10",
        [
            ("online_dossier_rate", "Hà Nội", "half", "2024-06-30", 72.8),
            ("e_result_rate", "Hà Nội", "half", "2024-06-30", 89.6),
        ],
    ),
    (
        "Tính đến hết tháng 9/2024, cả nước có 23,6 triệu thuê bao băng rộng cố định, đạt 23,4 thuê "
        "bao/100 dân; trong đó VNPT chiếm 9,8 triệu thuê bao, Viettel 8,9 triệu thuê bao. Số thuê bao "
        "băng rộng di động ở mức 92,1 triệu, tăng 5,2% so với cùng kỳ.",
        "2024-10-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 23.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 92100000.0),
        ],
    ),
    (
        "Năm 2024, kinh tế số của tỉnh Quảng Ninh ước chiếm 11,2% GRDP, tăng 1,5 điểm phần trăm so với "
        "năm 2023; tỉnh phấn đấu đến năm 2025 kinh tế số đạt 20% GRDP, đến năm 2030 đạt 30%.",
        "2025-01-22",
        [("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 11.2)],
    ),
    (
        "9 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận 7.580 cuộc tấn công mạng gây sự cố vào "
        "các hệ thống thông tin tại Việt Nam, giảm 36% so với cùng kỳ năm 2023. Đến ngày 30/9/2024, cả "
        "nước đã phê duyệt hồ sơ đề xuất cấp độ cho 4.870 hệ thống thông tin, đạt tỷ lệ 79,1%.",
        "2024-10-10",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 7580.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 79.1),
        ],
    ),
    (
        "Sau hai năm triển khai Chương trình Viễn thông công ích, tính đến hết tháng 3/2025, số thôn, "
        "bản chưa có sóng di động của tỉnh Điện Biên đã giảm từ 287 xuống còn 64 thôn, bản; tỷ lệ thôn, "
        "bản có sóng di động băng rộng của tỉnh đạt 96,1%.",
        "2025-04-08",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-03-31", 64.0),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2025-03-31", 96.1),
        ],
    ),
    (
        "Tính đến hết tháng 6/2024, tỷ lệ người sử dụng Internet ở Việt Nam ước đạt 79,1% dân số, cao "
        "hơn mức bình quân toàn cầu (67,4%) và khu vực châu Á – Thái Bình Dương (66%). Tỷ lệ thuê bao sử "
        "dụng điện thoại thông minh trên tổng số thuê bao di động đạt 87,2%; Viettel dẫn đầu với 92% "
        "thuê bao của mạng dùng smartphone.",
        "2024-07-25",
        [
            ("internet_users_rate", "national", "as_of", "2024-06-30", 79.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 87.2),
        ],
    ),
    (
        "Phát biểu tại hội nghị, Chủ tịch UBND TP Đà Nẵng nhấn mạnh: “Chúng ta phải đưa 100% hồ sơ lên "
        "môi trường số, không để người dân phải đi lại”. Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của "
        "thành phố đạt 58,2%, tỷ lệ hồ sơ được tái sử dụng dữ liệu đã số hóa đạt 46,5%.",
        "2024-01-18",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 58.2),
            ("data_reuse_rate", "Đà Nẵng", "year", "2023-12-31", 46.5),
        ],
    ),
    (
        "Sau gần nửa năm khai trương mạng 5G, Viettel cho biết đã có hơn 7 triệu thuê bao sử dụng dịch "
        "vụ, tốc độ tải xuống trung bình đạt 480 Mbps và vùng phủ sóng 5G của doanh nghiệp đạt 90% dân "
        "số tại 63 tỉnh, thành phố. VNPT cũng đã lắp đặt khoảng 5.000 trạm 5G.",
        "2025-03-18",
        [],
    ),
    (
        "Đến cuối tháng 9/2025, TP Hồ Chí Minh có 3.850 trạm BTS 5G đang hoạt động, trong đó MobiFone "
        "620 trạm; theo kế hoạch, đến cuối năm thành phố sẽ có thêm khoảng 2.000 trạm.",
        "2025-10-12",
        [("fiveg_bts_count", "Hồ Chí Minh", "as_of", "2025-09-30", 3850.0)],
    ),
    (
        "Tính đến ngày 31/10/2024, số tài khoản đăng ký trên Cổng Dịch vụ công quốc gia đã tăng từ 9,1 "
        "triệu lên 15,2 triệu tài khoản; riêng tháng 10 có thêm 412.000 tài khoản đăng ký mới, tăng 8% "
        "so với tháng 9.",
        "2024-11-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 15200000.0),
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 412000.0),
        ],
    ),
    (
        "Hiện nay, 100% xã trên địa bàn tỉnh Lào Cai đã có cáp quang đến trung tâm xã; tỷ lệ hộ gia đình "
        "sử dụng cáp quang đạt 68,4%, thấp hơn bình quân cả nước khoảng 14 điểm phần trăm. Tỉnh phấn đấu "
        "đến năm 2025 nâng tỷ lệ này lên 80%.",
        "2024-08-22",
        [("ftth_household_rate", "Lào Cai", "as_of", "2024-08-22", 68.4)],
    ),
    (
        "Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 1,02 tỷ giao dịch, "
        "bình quân khoảng 2,8 triệu giao dịch/ngày, tăng 45% so với năm 2023; riêng Bộ Công an có hơn "
        "300 triệu giao dịch. Dự kiến năm 2025 số giao dịch sẽ vượt 1,5 tỷ.",
        "2025-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1020000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2800000.0),
        ],
    ),
    (
        "Quý I/2025, tỉnh Gia Lai tiếp nhận 186.400 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến đạt "
        "64,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,8%. Trong đó, huyện Chư Păh có tỷ lệ hồ sơ trực "
        "tuyến cao nhất với 88,2%, thành phố Pleiku đạt 79,5%.",
        "2025-04-12",
        [
            ("online_dossier_rate", "Gia Lai", "quarter", "2025-03-31", 64.3),
            ("online_dossier_full_process_rate", "Gia Lai", "quarter", "2025-03-31", 41.8),
        ],
    ),
    (
        "Theo Liên minh Viễn thông quốc tế (ITU), tỷ lệ người sử dụng Internet bình quân toàn cầu năm "
        "2024 ước đạt 68%, trong khi ở các nước thu nhập cao là 93%. Hàn Quốc và Singapore hiện có vùng "
        "phủ sóng 5G trên 95% dân số; tốc độ băng rộng cố định của Singapore đạt 345 Mbps, cao nhất thế "
        "giới.",
        "2024-12-02",
        [],
    ),
    (
        "Đến ngày 15/8/2024, Công an tỉnh Đồng Nai đã cấp 2.486.300 thẻ căn cước gắn chip và kích hoạt "
        "1.312.700 tài khoản định danh điện tử (VNeID); riêng TP Biên Hòa kích hoạt được 418.000 tài "
        "khoản. Tỉnh đặt mục tiêu đến hết năm 2024 kích hoạt tài khoản cho 80% công dân đủ điều kiện.",
        "2024-08-20",
        [
            ("chip_id_cards_issued", "Đồng Nai", "as_of", "2024-08-15", 2486300.0),
            ("vneid_activated_accounts", "Đồng Nai", "as_of", "2024-08-15", 1312700.0),
        ],
    ),
    (
        "Theo Bộ TT&TT, năm 2023 kinh tế số của Việt Nam chiếm khoảng 16,5% GDP; tốc độ tăng trưởng kinh "
        "tế số đạt khoảng 20%, gấp ba lần tốc độ tăng GDP. Báo cáo e-Conomy SEA của Google, Temasek và "
        "Bain dự báo quy mô nền kinh tế số Việt Nam sẽ đạt 45 tỷ USD vào năm 2025.",
        "2024-03-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    (
        "Theo dữ liệu đo kiểm i-Speed tháng 5/2024, tốc độ tải xuống trung bình của mạng băng rộng cố "
        "định tại TP Cần Thơ đạt 142,3 Mbps, thấp hơn mức chung của cả nước (151,2 Mbps); tốc độ tải lên "
        "đạt 136,8 Mbps. Tốc độ tải xuống của mạng di động trên địa bàn thành phố đạt 48,9 Mbps, xếp thứ "
        "18/63 tỉnh, thành phố.",
        "2024-06-12",
        [
            ("fixed_broadband_speed", "Cần Thơ", "month", "2024-05-31", 142.3),
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 151.2),
            ("mobile_broadband_speed", "Cần Thơ", "month", "2024-05-31", 48.9),
        ],
    ),
    (
        "Tính đến ngày 15/11/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành "
        "chính của khối bộ, ngành đạt 53,6%, khối địa phương đạt 47,9%; Bộ Tài chính có tỷ lệ cao nhất "
        "với 91,3%. Tỷ lệ hồ sơ trực tuyến của khối địa phương mới đạt 41,2%, thấp hơn mục tiêu 50% đề "
        "ra cho năm 2024.",
        "2024-11-20",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-11-15", 53.6),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-11-15", 47.9),
            ("online_dossier_rate", "localities", "as_of", "2024-11-15", 41.2),
        ],
    ),
    (
        "Huyện Mộc Châu (Sơn La) hiện có 92% hộ gia đình sử dụng Internet cáp quang và 96% người trưởng "
        "thành có điện thoại thông minh; theo kế hoạch năm 2025, huyện sẽ xóa toàn bộ 12 bản còn lõm "
        "sóng.",
        "2024-12-05",
        [],
    ),
    (
        "Theo Bộ Thông tin và Truyền thông, sau khi triển khai chương trình phủ sóng thôn, bản lõm sóng, "
        "số thôn, bản chưa có sóng di động trên cả nước đã giảm từ 1.977 xuống còn 1.083 (tính đến hết "
        "tháng 6/2024); cùng thời điểm, 58,6% thôn, bản có điện lưới nhưng chưa có sóng đã được phủ "
        "sóng. Dự kiến đến cuối năm 2025 sẽ xóa hoàn toàn các vùng lõm sóng.",
        "2024-07-18",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 1083.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-06-30", 58.6),
        ],
    ),
    (
        "Tính đến hết năm 2024, mật độ thuê bao băng rộng cố định của TP Hải Phòng đạt 29,4 thuê bao/100 "
        "dân, tăng 2,1 thuê bao/100 dân so với cuối năm 2023; tỷ lệ hộ gia đình có kết nối cáp quang đạt "
        "91,2%, trong đó khu vực nội thành đạt gần 100%. Riêng VNPT Hải Phòng cung cấp dịch vụ cho hơn "
        "250.000 hộ.",
        "2025-01-20",
        [
            ("fixed_broadband_subscriptions_per_100", "Hải Phòng", "as_of", "2024-12-31", 29.4),
            ("ftth_household_rate", "Hải Phòng", "as_of", "2024-12-31", 91.2),
        ],
    ),
    (
        "Năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 9,8 triệu giao dịch thanh toán trực tuyến với "
        "tổng số tiền hơn 7.350 tỷ đồng. Phát biểu tại hội nghị tổng kết, lãnh đạo Văn phòng Chính phủ "
        "cho biết: “Cứ 10 hồ sơ thì có gần 6 hồ sơ được nộp trực tuyến, đó là bước tiến rất lớn”.",
        "2025-01-15",
        [
            ("online_payments_count_new", "national", "year", "2024-12-31", 9800000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 7350.0),
        ],
    ),
    (
        "Năm 2024, tỉnh Nghệ An có 99,2% hồ sơ thủ tục hành chính được gắn mã định danh cá nhân; mức độ "
        "hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 97,6%. Tỉnh "
        "đứng thứ 12 cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp, tăng 9 bậc so với năm 2023.",
        "2025-01-08",
        [
            ("dossiers_with_personal_id_rate", "Nghệ An", "year", "2024-12-31", 99.2),
            ("satisfaction_rate", "Nghệ An", "year", "2024-12-31", 97.6),
        ],
    ),
    (
        "Bộ Thông tin và Truyền thông dự báo đến cuối năm 2024 cả nước sẽ có khoảng 24 triệu thuê bao "
        "băng rộng cố định, tăng khoảng 10% so với năm 2023; tỷ lệ hộ gia đình sử dụng cáp quang dự kiến "
        "vượt 85%. Doanh thu dịch vụ viễn thông năm 2024 ước tăng 3,5%.",
        "2024-09-05",
        [],
    ),
    (
        "Trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Bắc Ninh đạt 83,6%, cao hơn "
        "gần 40 điểm phần trăm so với bình quân cả nước; 100% kết quả giải quyết thủ tục hành chính được "
        "trả bản điện tử. Tỉnh xếp thứ 3/63 về Chỉ số chuyển đổi số cấp tỉnh.",
        "2024-10-14",
        [
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2024-09-30", 83.6),
            ("e_result_rate", "Bắc Ninh", "ytd", "2024-09-30", 100.0),
        ],
    ),
    (
        "Theo Khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc, Việt Nam xếp hạng 71/193 quốc gia "
        "về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022; Singapore đứng thứ "
        "3 thế giới, Malaysia thứ 40, Thái Lan thứ 52.",
        "2024-09-18",
        [("egdi_rank", "national", "year", "2024-12-31", 71.0)],
    ),
    (
        "Tính đến hết quý II/2025, vùng phủ sóng 5G trên địa bàn tỉnh Lâm Đồng đạt 35,2% dân số, chủ yếu "
        "tại TP Đà Lạt và TP Bảo Lộc; vùng phủ 4G đạt 99,7% dân số. Viettel Lâm Đồng hiện chiếm 68% số "
        "trạm 5G trên địa bàn.",
        "2025-07-08",
        [("fiveg_population_coverage_rate", "Lâm Đồng", "as_of", "2025-06-30", 35.2)],
    ),
    (
        "Tính đến hết tháng 11/2024, NDXP đã kết nối với 107 bộ, ngành, địa phương; tổng số giao dịch "
        "lũy kế từ năm 2019 đạt 1,58 tỷ, trong đó riêng năm 2024 chiếm hơn 60%.",
        "2024-12-10",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-30", 107.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-30", 1580000000.0),
        ],
    ),
    (
        "Tỉnh Hà Giang phấn đấu đến năm 2025 có 100% thôn, bản được phủ sóng di động băng rộng và 80% hộ "
        "gia đình có kết nối cáp quang. Năm 2024, các doanh nghiệp viễn thông đã xây dựng mới 186 trạm "
        "BTS 4G trên địa bàn, trong đó Viettel đầu tư 121 trạm.",
        "2024-12-18",
        [],
    ),
    (
        "Tính đến cuối tháng 6/2024, dịch vụ Mobile Money có khoảng 8,9 triệu khách hàng, trong đó hơn "
        "70% ở khu vực nông thôn, miền núi; Viettel Money chiếm phần lớn với hơn 6 triệu khách hàng. "
        "Cùng thời điểm, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%.",
        "2024-07-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8900000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
        ],
    ),
]
