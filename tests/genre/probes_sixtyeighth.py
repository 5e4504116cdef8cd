"""Genre probes, round 68: provincial pages and papers (a province's online services and
dossiers, fibre, coverage, villages without signal, the digital economy's share of GRDP, VNeID),
with the country beside and the provinces ranked, written blind by a helper from the genre's
usual phrasings (not copied from any page). First reading with the stop's code of 5ddedad (and
its start code 9aaa90f alike): 42 of 44 right, 42 of 49 found.
"""

CASES = [
    (
        "Tính đến hết tháng 6/2024, tỉnh Nghệ An có 1.035.000 tài khoản VNeID đã được kích hoạt; tỷ lệ "
        "hộ gia đình có kết nối cáp quang đạt 78,6%. Tỉnh phấn đấu đến năm 2025 có 90% hộ gia đình sử "
        "dụng cáp quang.",
        "2024-07-12",
        [
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-06-30", 1035000.0),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-06-30", 78.6),
        ],
    ),
    (
        "Theo Sở Thông tin và Truyền thông Hà Tĩnh, 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến "
        "của tỉnh đạt 62,4%, cao hơn mức bình quân cả nước (44,9%); tỷ lệ hồ sơ trực tuyến toàn trình "
        "đạt 38,1%.",
        "2024-10-08",
        [
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2024-09-30", 62.4),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 44.9),
            ("online_dossier_full_process_rate", "Hà Tĩnh", "ytd", "2024-09-30", 38.1),
        ],
    ),
    (
        "Năm 2024, tỉnh Quảng Ninh tiếp tục xếp hạng nhất cả nước về Chỉ số chuyển đổi số cấp tỉnh "
        "(DTI); Đà Nẵng và Hà Nội lần lượt đứng thứ hai và thứ ba. Tỉnh đặt mục tiêu đến năm 2025 kinh "
        "tế số chiếm 20% GRDP.",
        "2025-06-20",
        [],
    ),
    (
        "Sau khi hợp nhất với tỉnh Yên Bái từ ngày 1/7/2025, tỉnh Lào Cai (mới) hiện còn 312 thôn, bản "
        "chưa có sóng di động băng rộng, chủ yếu tại các xã vùng cao. Tỷ lệ thôn, bản được phủ sóng di "
        "động của tỉnh ở mức 95,8%.",
        "2025-08-05",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-08-05", 312.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-08-05", 95.8),
        ],
    ),
    (
        "Năm 2023, kinh tế số của tỉnh Bắc Giang ước đạt 14,2% GRDP, tăng 1,8 điểm phần trăm so với năm "
        "2022; tốc độ tăng trưởng kinh tế số đạt 18,5%.",
        "2024-02-20",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 14.2),
            ("digital_economy_growth", "Bắc Giang", "year", "2023-12-31", 18.5),
        ],
    ),
    (
        "Hiện nay, tỉnh Thanh Hóa cung cấp 1.247 dịch vụ công trực tuyến toàn trình trên tổng số 1.930 "
        "thủ tục hành chính, đạt tỷ lệ 64,6%.",
        "2024-05-14",
        [("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2024-05-14", 64.6)],
    ),
    (
        "Đến cuối tháng 3/2025, trên địa bàn tỉnh Bình Dương đã có 412 trạm BTS 5G, trong đó Viettel lắp "
        "đặt 305 trạm; vùng phủ sóng 5G đạt khoảng 41% dân số của tỉnh.",
        "2025-04-10",
        [
            ("fiveg_bts_count", "Bình Dương", "as_of", "2025-03-31", 412.0),
            ("fiveg_population_coverage_rate", "Bình Dương", "as_of", "2025-03-31", 41.0),
        ],
    ),
    (
        "VNPT Nghệ An cho biết, năm 2024 đơn vị đã phát triển mới 28.000 thuê bao cáp quang, nâng tổng "
        "số thuê bao FTTH do VNPT quản lý trên địa bàn lên 215.000; doanh nghiệp đặt mục tiêu phủ sóng "
        "5G tại toàn bộ trung tâm các huyện trong năm 2025.",
        "2025-01-15",
        [],
    ),
    (
        "Theo báo cáo của Bộ Thông tin và Truyền thông, 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của "
        "khối bộ, ngành đạt 72,3%, của khối địa phương đạt 45,1%; riêng tỉnh Quảng Nam đạt 58,7%, đứng "
        "thứ 12 cả nước.",
        "2024-07-20",
        [
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 72.3),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 45.1),
            ("online_dossier_rate", "Quảng Nam", "half", "2024-06-30", 58.7),
        ],
    ),
    (
        "Công an tỉnh Đồng Tháp cho biết, tính đến ngày 15/9/2024, toàn tỉnh đã cấp 1.412.560 thẻ Căn "
        "cước công dân gắn chíp và kích hoạt 812.300 tài khoản VNeID.",
        "2024-09-18",
        [
            ("chip_id_cards_issued", "Đồng Tháp", "as_of", "2024-09-15", 1412560.0),
            ("vneid_activated_accounts", "Đồng Tháp", "as_of", "2024-09-15", 812300.0),
        ],
    ),
    (
        "Đến tháng 10/2024, tỉnh Hòa Bình còn 47 thôn, xóm chưa có sóng điện thoại di động, giảm 65 thôn "
        "so với đầu năm.",
        "2024-11-02",
        [("villages_without_mobile_coverage", "Hòa Bình", "as_of", "2024-10-31", 47.0)],
    ),
    (
        "Theo số liệu của Cục Viễn thông, tính đến hết năm 2023, tỷ lệ hộ gia đình sử dụng cáp quang của "
        "Đà Nẵng đạt 96,2%, cao nhất cả nước, tiếp đến là Hà Nội (91,5%) và TP Hồ Chí Minh (89,7%); bình "
        "quân cả nước đạt 79,1%.",
        "2024-03-05",
        [
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 96.2),
            ("ftth_household_rate", "Hà Nội", "as_of", "2023-12-31", 91.5),
            ("ftth_household_rate", "Hồ Chí Minh", "as_of", "2023-12-31", 89.7),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.1),
        ],
    ),
    (
        "Kế hoạch chuyển đổi số năm 2025 của UBND tỉnh Thái Bình đặt mục tiêu 100% thủ tục hành chính đủ "
        "điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt tối "
        "thiểu 50% và kinh tế số chiếm 15% GRDP.",
        "2025-02-10",
        [],
    ),
    (
        "Trong Quý III/2024, 83,5% dịch vụ công trực tuyến của tỉnh Quảng Ninh có phát sinh hồ sơ; tỷ lệ "
        "cấp kết quả giải quyết thủ tục hành chính điện tử đạt 91,2%.",
        "2024-10-15",
        [
            ("dvctt_with_dossiers_rate", "Quảng Ninh", "quarter", "2024-09-30", 83.5),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-09-30", 91.2),
        ],
    ),
    (
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của tỉnh Vĩnh Phúc trong 6 tháng đầu năm "
        "2024 mới ở mức 18,4%, thấp hơn nhiều so với yêu cầu 40% tại Nghị định 45/2020/NĐ-CP.",
        "2024-07-25",
        [("data_reuse_rate", "Vĩnh Phúc", "half", "2024-06-30", 18.4)],
    ),
    (
        "Tỉnh Tuyên Quang (mới) sau sắp xếp có 124 xã, phường; hiện tỷ lệ hồ sơ xử lý trực tuyến toàn "
        "trình trên địa bàn mới đạt 22,6%, trong khi bình quân của các tỉnh miền núi phía Bắc là 31%.",
        "2025-08-20",
        [("online_dossier_full_process_rate", "Tuyên Quang", "as_of", "2025-08-20", 22.6)],
    ),
    (
        "(Báo Nghệ An, 12/3/2025) – Năm 2024, Nghệ An đứng thứ 20/63 tỉnh, thành phố về Chỉ số DTI. Cũng "
        "trong năm, toàn tỉnh tiếp nhận 1.624.000 hồ sơ thủ tục hành chính, trong đó 1.210.000 hồ sơ nộp "
        "trực tuyến, đạt tỷ lệ 74,5%.",
        None,
        [("online_dossier_rate", "Nghệ An", "year", "2024-12-31", 74.5)],
    ),
    (
        "Hà Giang, ngày 20/11/2024 – Theo Sở Thông tin và Truyền thông, hiện toàn tỉnh còn 176 thôn chưa "
        "có sóng di động và 98 thôn chưa có điện lưới quốc gia; tỷ lệ thôn được phủ sóng di động đạt "
        "91,3%.",
        None,
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-20", 176.0),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-11-20", 91.3),
        ],
    ),
    (
        "Tỉnh Sơn La hiện có 82,4% thuê bao di động sử dụng điện thoại thông minh, thấp hơn mức 87% của "
        "cả nước; tỷ lệ người dân sử dụng Internet ước đạt 71,5%.",
        "2024-06-28",
        [
            ("smartphone_subscriber_rate", "Sơn La", "as_of", "2024-06-28", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-28", 87.0),
            ("internet_users_rate", "Sơn La", "as_of", "2024-06-28", 71.5),
        ],
    ),
    (
        "Năm 2024, tỷ trọng kinh tế số trong GRDP của TP Hồ Chí Minh ước đạt 21,5%, cao hơn bình quân cả "
        "nước (18,3%). Thành phố phấn đấu đến năm 2025 nâng tỷ lệ này lên 25%.",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2024-12-31", 21.5),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    (
        "Theo Liên minh Viễn thông quốc tế (ITU), tỷ lệ hộ gia đình có kết nối Internet cố định trung "
        "bình toàn cầu năm 2023 là 57%, khu vực châu Á – Thái Bình Dương là 62%. Tỉnh Bình Định đặt mục "
        "tiêu đến năm 2025 có 85% hộ gia đình sử dụng cáp quang.",
        "2024-04-02",
        [],
    ),
    (
        "Tính đến hết tháng 9/2024, tỉnh Bắc Ninh cung cấp 1.568 dịch vụ công trực tuyến, chiếm 79,3% "
        "tổng số thủ tục hành chính; tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến đạt 52,7%.",
        "2024-10-12",
        [
            ("dvctt_rate", "Bắc Ninh", "as_of", "2024-09-30", 79.3),
            ("adult_population_using_dvctt_rate", "Bắc Ninh", "as_of", "2024-09-30", 52.7),
        ],
    ),
    (
        "Kết quả khảo sát năm 2023 cho thấy mức độ hài lòng của người dân, doanh nghiệp trong giải quyết "
        "thủ tục hành chính tại tỉnh Hải Dương đạt 97,2%; cũng trong năm, tỷ lệ hồ sơ được gắn mã số "
        "định danh cá nhân đạt 88,9%.",
        "2024-01-30",
        [
            ("satisfaction_rate", "Hải Dương", "year", "2023-12-31", 97.2),
            ("dossiers_with_personal_id_rate", "Hải Dương", "year", "2023-12-31", 88.9),
        ],
    ),
    (
        "Đến nay, tỉnh Cà Mau đã cung cấp dịch vụ công trực tuyến toàn trình đối với 100% thủ tục hành "
        "chính đủ điều kiện; 53/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp toàn trình trên "
        "Cổng Dịch vụ công quốc gia.",
        "2024-12-03",
        [
            ("full_process_provision_rate", "Cà Mau", "as_of", "2024-12-03", 100.0),
            ("essential_services_full_process", "Cà Mau", "as_of", "2024-12-03", 53.0),
        ],
    ),
    (
        "Theo kết quả đo kiểm i-Speed tháng 8/2024, tốc độ truy cập Internet băng rộng cố định tại Đà "
        "Nẵng đạt 108,6 Mbps, di động đạt 62,3 Mbps, cùng cao hơn trung bình cả nước (lần lượt 97,2 Mbps "
        "và 56,8 Mbps).",
        "2024-09-10",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2024-08-31", 108.6),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-08-31", 62.3),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 97.2),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 56.8),
        ],
    ),
    (
        "Thực hiện Chương trình phủ sóng thôn, bản lõm sóng, tính đến 30/6/2025, tỉnh Điện Biên đã phủ "
        "sóng được 87 trên 104 thôn, bản có điện lưới nhưng chưa có sóng di động, đạt 83,7%.",
        "2025-07-08",
        [("dead_zone_villages_covered_rate", "Điện Biên", "as_of", "2025-06-30", 83.7)],
    ),
    (
        "Mật độ thuê bao băng rộng cố định tại tỉnh Khánh Hòa hiện đạt 28,4 thuê bao/100 dân, thuê bao "
        "băng rộng di động đạt 92,1 thuê bao/100 dân.",
        "2024-08-15",
        [
            ("fixed_broadband_subscriptions_per_100", "Khánh Hòa", "as_of", "2024-08-15", 28.4),
            ("mobile_broadband_subscriptions_per_100", "Khánh Hòa", "as_of", "2024-08-15", 92.1),
        ],
    ),
    (
        "Huyện Quỳ Châu (Nghệ An) hiện có 92% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến; 100% "
        "xã, thị trấn có cáp quang đến trung tâm. Đây là một trong những địa phương dẫn đầu tỉnh về "
        "chuyển đổi số cấp huyện.",
        "2024-09-25",
        [],
    ),
    (
        "Từ ngày 1/7/2025, tỉnh Ninh Bình (mới) được hình thành trên cơ sở hợp nhất Hà Nam, Nam Định và "
        "Ninh Bình. Tính đến ngày 31/7/2025, toàn tỉnh có 2,32 triệu tài khoản VNeID đã được kích hoạt, "
        "tỷ lệ hộ gia đình sử dụng cáp quang đạt 86,9%.",
        "2025-08-12",
        [
            ("vneid_activated_accounts", "Ninh Bình", "as_of", "2025-07-31", 2320000.0),
            ("ftth_household_rate", "Ninh Bình", "as_of", "2025-07-31", 86.9),
        ],
    ),
    (
        "So với cùng kỳ năm 2023, số hồ sơ trực tuyến của tỉnh Phú Thọ trong 6 tháng đầu năm 2024 tăng "
        "32%; số tài khoản VNeID được kích hoạt tăng thêm 145.000 tài khoản.",
        "2024-07-18",
        [],
    ),
]
