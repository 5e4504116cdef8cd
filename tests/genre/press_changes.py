"""Genre cases: press write-ups that tell a change ("từ … lên …", "so với cùng kỳ năm 2023
(75,5%)"), review a span before "đến nay", or name an indicator in the trade's short words
(BRDĐ, SMP, "kinh tế số trong GDP", "độ phủ cáp quang đến hộ gia đình").

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # a later article's "đến nay" is the level the span it reviews counted
        "Theo Bộ Khoa học và Công nghệ, từ tháng 1 đến tháng 6/2025, các doanh nghiệp viễn thông "
        "đã phủ sóng thêm 210 thôn lõm sóng. Tuy nhiên, đến nay vẫn còn 412 thôn chưa có sóng di "
        "động.",
        "2025-08-25",
        [("villages_without_mobile_coverage", "national", "as_of", "2025-06-30", 412)],
    ),
    (
        # "Trong năm 2024, … Đến nay": a past year contrasted with now
        "Trong năm 2024, các doanh nghiệp đã phủ sóng mới cho 120 thôn. Đến nay, cả nước còn "
        "380 thôn chưa có sóng di động.",
        "2025-03-05",
        [("villages_without_mobile_coverage", "national", "as_of", "2025-03-05", 380)],
    ),
    (
        # the same time a year earlier of a level is its date then
        "Tính đến tháng 3/2025, tỷ lệ hộ gia đình sử dụng cáp quang đạt 84,2%, tăng 3,1% so với "
        "cùng kỳ năm 2024 (81,1%). Số thuê bao sử dụng điện thoại thông minh đạt 104,3 triệu thuê "
        "bao, tăng 2% so với cùng kỳ năm ngoái (102,2 triệu thuê bao).",
        "2025-04-12",
        [
            ("ftth_household_rate", "national", "as_of", "2025-03-31", 84.2),
            ("ftth_household_rate", "national", "as_of", "2024-03-31", 81.1),
            ("smartphone_subscriptions", "national", "as_of", "2025-03-31", 104300000),
            ("smartphone_subscriptions", "national", "as_of", "2024-03-31", 102200000),
        ],
    ),
    (
        # "(trên tổng số hồ sơ thủ tục hành chính)" makes it a share of dossiers, not of services
        "Về dịch vụ công trực tuyến: Tỷ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ thủ "
        "tục hành chính) cả nước đạt 44% (cuối năm 2024 là 30%); bộ, ngành đạt 63% (cuối năm 2024 "
        "là 52%); địa phương đạt 21% (cuối năm 2024 là 14%).",
        "2025-07-08",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2025-07-08", 44),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-12-31", 30),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-07-08", 63),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-12-31", 52),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-07-08", 21),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-12-31", 14),
        ],
    ),
    (
        # the ICT core's revenue growth is not the digital economy's
        "Kinh tế số 6 tháng đầu năm 2025 ước tăng trưởng 21,5%. Doanh thu lĩnh vực công nghệ "
        "thông tin (kinh tế số ICT) tăng trưởng 24% so cùng kỳ năm 2024.",
        "2025-07-15",
        [("digital_economy_growth", "national", "half", "2025-06-30", 21.5)],
    ),
    (
        # 4G's coverage is not 5G's; "từ A năm X lên B": A is year X's, B the later one
        "Năm 2025, hạ tầng 4G phủ sóng đạt 99,5% dân số; vùng phủ 5G từ 1,2% năm 2024 lên 88,4% "
        "(2025), số trạm 5G từ 2.100 tăng lên 31.200 trạm.",
        "2026-01-15",
        [
            ("fiveg_population_coverage_rate", "national", "year", "2024-12-31", 1.2),
            ("fiveg_population_coverage_rate", "national", "as_of", "2026-01-15", 88.4),
            ("fiveg_bts_count", "national", "as_of", "2026-01-15", 31200),
        ],
    ),
    (
        # a run of months told as a fall; a day's average is not the month's count
        "Ba tháng gần đây, số cuộc tấn công mạng gây sự cố vào các hệ thống tại Việt Nam liên "
        "tục giảm, từ 410 sự cố trong tháng 7, xuống 352 sự cố vào tháng 8. Như vậy, trung bình "
        "mỗi ngày các hệ thống trong nước phải hứng chịu 11,7 sự cố tấn công mạng.",
        "2025-09-20",
        [
            ("cyberattacks", "national", "month", "2025-07-31", 410),
            ("cyberattacks", "national", "month", "2025-08-31", 352),
        ],
    ),
    (
        # the trade's short words
        "Tính đến hết tháng 10/2025, số thuê bao BRDĐ đạt 89,6 triệu; số người dùng dịch vụ "
        "Mobile Money đạt hơn 10,2 triệu. Độ phủ cáp quang đến từng hộ gia đình đạt 86%. Mạng 5G "
        "có 30.100 trạm, phủ tới 80,3% dân số.",
        "2025-11-10",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-10-31", 89600000),
            ("mobile_money_customers", "national", "as_of", "2025-10-31", 10200000),
            ("ftth_household_rate", "national", "as_of", "2025-10-31", 86),
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 30100),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 80.3),
        ],
    ),
    (
        "Sáu tháng đầu năm 2025, kinh tế số trong GDP ước đạt 18,7%.",
        "2025-07-10",
        [("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7)],
    ),
    (
        # some ministries' figure is not the ministries' block's; named ones are their own
        "Đến tháng 6/2025, tỷ lệ cung cấp DVCTT toàn trình đạt 58,2%, trong đó khối bộ đạt tỷ lệ "
        "61,4%, khối tỉnh đạt tỷ lệ 57,9%. Một số bộ, ngành đã triển khai rất tốt với 100% DVCTT "
        "toàn trình như Bộ Tư pháp; Bộ Tài chính. Một số địa phương triển khai tốt như Bắc Ninh "
        "đạt 96,1%.",
        "2025-07-12",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 58.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-06-30", 61.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-06-30", 57.9),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2025-06-30", 96.1),
        ],
    ),
    (
        # a target's clause and its deadline end at "; " before a capital
        "Mục tiêu đến tháng 12/2025 đạt 95 thuê bao/100 dân; Thuê bao điện thoại di động sử dụng "
        "SMP ước đạt 106,4 triệu thuê bao, tăng 4% so với cùng kỳ năm ngoái.",
        "2025-09-05",
        [("smartphone_subscriptions", "national", "as_of", "2025-09-05", 106400000)],
    ),
    (
        # the year only "so với cùng kỳ 2024" gives; the day, the event the lead names
        "Tại hội nghị sơ kết 6 tháng đầu năm chiều 24/7, Bộ cho biết tỷ lệ người sử dụng "
        "internet ước đạt 79,4%, tăng 1,3 điểm so với cùng kỳ 2024. Trong 118 triệu thuê bao di "
        "động có 104,2 triệu sử dụng smartphone.",
        None,
        [
            ("internet_users_rate", "national", "as_of", "2025-07-24", 79.4),
            ("smartphone_subscriptions", "national", "as_of", "2025-07-24", 104200000),
        ],
    ),
    (
        # "mạng máy tính ma" is a botnet; "con số này" names it back with its own month
        "Theo NCSC, tại thời điểm cuối tháng 10/2024, số lượng địa chỉ IP Việt Nam nằm trong mạng "
        "máy tính ma là 612.304 địa chỉ.\n"
        "Tiếp đó, trong tháng 11/2024, con số này còn 598.112 địa chỉ, giảm 2,3% so với tháng "
        "10/2024.",
        "2024-12-10",
        [
            ("botnet_ips", "national", "as_of", "2024-10-31", 612304),
            ("botnet_ips", "national", "month", "2024-11-30", 598112),
        ],
    ),
    (
        # the paragraph's own date, not its lead's, carries to "Còn lại"
        "Việc phủ sóng các thôn vùng lõm trên cả nước:\n"
        "Tính đến thời điểm 01/01/2023, cả nước còn 1.210 thôn chưa có sóng di động. Kết quả đến "
        "30/6/2024, các doanh nghiệp đã phủ sóng được cho 980 thôn. Còn lại 230 thôn chưa phủ sóng "
        "được do chưa có điện.",
        "2024-10-02",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-01-01", 1210),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 230),
        ],
    ),
    (
        # the kinds of attack listed in a parenthesis are parts of the total
        "Trong tháng 9, Bộ ghi nhận, cảnh báo và hướng dẫn xử lý 488 sự cố tấn công mạng vào các "
        "hệ thống thông tin tại Việt Nam (215 cuộc Phishing, 160 cuộc Deface, 113 cuộc Malware), "
        "giảm 12,8% so với cùng kỳ tháng năm 2023 (560 cuộc).",
        "2024-10-06",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 488),
            ("cyberattacks", "national", "month", "2023-09-30", 560),
        ],
    ),
    (
        # the year comes from "từ đầu năm 2023 đến … tháng 9"; "so với 35% cuối năm 2022" is that
        # year's end; "3 bộ: …" named ministries' figures are theirs
        "Theo Bộ Thông tin và Truyền thông, tính đến cuối tháng 9, khoảng 45% hồ sơ thủ tục hành "
        "chính được xử lý trực tuyến (tăng 10% so với 35% cuối năm 2022).\n"
        "Số liệu từ hệ thống giám sát cho thấy, tính từ đầu năm 2023 đến cuối tháng 9, 3 bộ: Tư "
        "pháp, Tài chính và Xây dựng dẫn đầu về tỷ lệ dịch vụ công trực tuyến có phát sinh hồ "
        "sơ, với các tỷ lệ lần lượt là 100%, 98,5% và 97,2%.",
        None,
        [
            ("online_dossier_rate", "national", "as_of", "2023-09-30", 45),
            ("online_dossier_rate", "national", "as_of", "2022-12-31", 35),
        ],
    ),
    (
        # a provincial department's conference: the province's figures; what each one has is no total
        "Hội nghị tổng kết năm 2024 vừa được Sở Thông tin và Truyền thông tỉnh Hà Giang tổ chức "
        "ngày 08/1.\n"
        "Năm 2024, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công "
        "trực tuyến toàn trình. Mỗi người dân có 01 tài khoản trên ứng dụng công dân số.",
        "2025-01-09",
        [("full_process_provision_rate", "Hà Giang", "year", "2024-12-31", 100)],
    ),
    (
        "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục "
        "hành chính tháng 5/2025 của cả nước là 38,72%.",
        "2025-06-12",
        [("online_dossier_full_process_rate", "national", "month", "2025-05-31", 38.72)],
    ),
    (
        # "nền tảng tích hợp và chia sẻ dữ liệu quốc gia" is NDXP; "hệ thống được phê duyệt … cấp
        # độ" the approved share; "từ tháng 12/2024 - 2/2025" a window across the year
        "Trong 6 tháng đầu năm 2025 đã có 640 triệu giao dịch trên nền tảng tích hợp và chia sẻ "
        "dữ liệu quốc gia. Hơn 78% hệ thống được phê duyệt đảm bảo an toàn theo cấp độ. Tốc độ "
        "băng rộng cố định trung bình từ tháng 12/2024 - 2/2025 đạt 171 Mbps.",
        "2025-07-14",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 640000000),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-07-14", 78),
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 171),
        ],
    ),
    (
        # "trong 100 người dân … có gần 93 thuê bao" is no count of 93 subscriptions; rural
        # customers are a part; a photo caption's place is not the next paragraph's
        "Trung bình, trong 100 người dân Việt Nam, có gần 93 thuê bao băng rộng di động.\n"
        "Một người dùng điện thoại ở Cần Thơ - Reuters/Kham\n"
        "Số khách hàng Mobile Money đạt 10,1 triệu; số lượng khách hàng tại nông thôn, miền núi "
        "đạt hơn 7 triệu khách hàng.",
        "2025-08-02",
        [("mobile_money_customers", "national", "as_of", "2025-08-02", 10100000)],
    ),
]
