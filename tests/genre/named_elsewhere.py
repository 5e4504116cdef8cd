"""Genre cases, an indicator named away from its number: in the lead over a list of levels
("… tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 3/2024 như sau:" then "Khối bộ, ngành: 38,5%;"),
in the sentence before a level's average ("Bình quân khối bộ, ngành đạt 45,3%"), after the number
("91,2% – đó là tỷ lệ dân số được phủ sóng 5G"), or in other words ("hoàn toàn trên môi trường
số" for toàn trình, "trong đó 83% thực hiện trực tuyến" after a count of dossiers, "mức độ 3, 4 có
phát sinh hồ sơ"); ratios followed by capitals ("43/53 DVC thiết yếu", "388/1.146 TTHC") and the
unit "megabit/giây"; the agencies "đã kết nối" named after the count; the country's average
with its year ("cao hơn bình quân cả nước năm 2023 là 18,3%"); a count opening a clause "; trong
đó …" is a part of the count before it; "Tỷ lệ DVC trực tuyến toàn trình: 58,9%"; a count of online
services then its share "đạt tỷ lệ 90,3% trên tổng số TTHC"; "Cả nước đã đạt 91,2% – đó là …";
Lào Cai is a province, not Laos.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the lead names the indicator; each item below it a level
    (
        "Theo Cục Chuyển đổi số quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 5/2024 như "
        "sau:\n- Khối bộ, ngành: 40,1%;\n- Khối địa phương: 33,7%;\n- Bình quân cả nước: 35,2%.",
        "2024-06-10",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-05-31", 40.1),
            ("online_dossier_full_process_rate", "localities", "month", "2024-05-31", 33.7),
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 35.2),
        ],
    ),
    # one ministry's figure is not stored; the level's average after it takes its name
    (
        "Trong quý II/2024, Bộ Tư pháp dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình "
        "90,1%. Bình quân khối bộ, ngành đạt 43,8%.",
        "2024-07-08",
        [("online_dossier_full_process_rate", "ministries", "quarter", "2024-06-30", 43.8)],
    ),
    # the number first, its name after a dash
    (
        "88,6% – đó là tỷ lệ dân số được phủ sóng 5G tính đến cuối tháng 9/2025.",
        "2025-10-06",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 88.6)],
    ),
    # full-process in other words
    (
        "Sau 6 tháng vận hành chính quyền hai cấp, tỷ lệ dịch vụ công được thực hiện hoàn toàn "
        "trực tuyến đạt 41%.",
        "2026-01-08",
        [("dvctt_full_process_rate", "national", "as_of", "2026-01-08", 41)],
    ),
    # the share done online after a count of dossiers
    (
        "Tính đến ngày 30/11/2025, có hơn 16,2 triệu hồ sơ được xử lý qua Cổng Dịch vụ công quốc "
        "gia, trong đó 85% thực hiện trực tuyến.",
        "2025-12-03",
        [("online_dossier_rate", "national", "as_of", "2025-11-30", 85)],
    ),
    # dossiers received online as a share, the full-process share after it
    (
        "Trong quý III/2025, tỉnh Quảng Ninh tiếp nhận 142.300 hồ sơ TTHC. Số hồ sơ được tiếp nhận "
        "trực tuyến chiếm 71,2%, còn hồ sơ trực tuyến toàn trình chiếm 52,6% tổng số hồ sơ.",
        "2025-10-05",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-09-30", 71.2),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-09-30", 52.6),
        ],
    ),
    # services of levels 3 and 4 with dossiers
    (
        "Trong tháng 10/2022, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ là 52,3%.",
        "2022-11-05",
        [("dvctt_with_dossiers_rate", "national", "month", "2022-10-31", 52.3)],
    ),
    # ratios whose nouns are written in capitals
    (
        "Đến nay, các bộ, ngành đã đơn giản hóa được 402/1.146 TTHC; đã cung cấp toàn trình 45/53 "
        "DVC thiết yếu.",
        "2023-09-12",
        [
            ("procedures_simplified", "national", "as_of", "2023-09-12", 402),
            ("essential_services_full_process", "national", "as_of", "2023-09-12", 45),
        ],
    ),
    # "megabit/giây" is Mbps
    (
        "Trong tháng 10/2024, tốc độ băng rộng cố định đạt 158,3 megabit/giây.",
        "2024-11-12",
        [("fixed_broadband_speed", "national", "month", "2024-10-31", 158.3)],
    ),
    # what was connected, named after the count, in a list under NDXP's lead
    (
        "Kết quả vận hành NDXP đến hết tháng 9/2025:\n- 1.402 điểm kết nối;\n- 109 cơ quan, đơn vị "
        "(bộ, ngành, địa phương) đã kết nối.",
        "2025-10-06",
        [
            ("ndxp_connection_points", "national", "as_of", "2025-09-30", 1402),
            ("ndxp_connected_agencies", "national", "as_of", "2025-09-30", 109),
        ],
    ),
    # the country's average with its year, beside a province's
    (
        "Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh Thái Nguyên đạt 40,2%, cao hơn bình quân "
        "cả nước năm 2024 là 18,3%.",
        "2025-03-20",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 40.2),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # a part after "; trong đó" is not a second level of the same count
    (
        "Tính đến ngày 30/6/2025, có 12,1 triệu khách hàng sử dụng dịch vụ Mobile Money; trong đó "
        "hơn 8 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.",
        "2025-07-14",
        [("mobile_money_customers", "national", "as_of", "2025-06-30", 12100000)],
    ),
    # a province named "Lào Cai" is not another country; its count of services then their share
    (
        "Toàn tỉnh Lào Cai hiện cung cấp 1.580 dịch vụ công trực tuyến, đạt tỷ lệ 88,7% trên tổng "
        "số TTHC.",
        "2024-10-02",
        [("dvctt_rate", "Lào Cai", "as_of", "2024-10-02", 88.7)],
    ),
    # "DVC trực tuyến toàn trình" in a bulleted list under a province's quarter
    (
        "Kết quả chuyển đổi số tỉnh Hà Tĩnh quý II/2024:\n• Tỷ lệ DVC trực tuyến toàn trình: 57,2%;",
        "2024-07-10",
        [("dvctt_full_process_rate", "Hà Tĩnh", "quarter", "2024-06-30", 57.2)],
    ),
    # the whole country's figure first, its name after the dash
    (
        "Cả nước đã đạt 90,4% – đó là tỷ lệ dân số được phủ sóng 5G tính đến hết tháng 10/2025.",
        "2025-11-10",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 90.4)],
    ),
]
