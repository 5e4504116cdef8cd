"""Genre probes, round 65: online services and dossiers as provincial and national pages word
them, written for the project from the genre's usual phrasings (not copied from any page): a
count with its share of all procedures "chiếm tỷ lệ … trên tổng số", a count of online dossiers
with its share "(đạt … tổng số hồ sơ)", the share of a part in brackets after its count, and a
lead that cites the province's department before naming the province.
"""

CASES = [
    (
        # "chiếm tỷ lệ … trên tổng số TTHC" after a count of full-process services, under a topic
        # that names the wider indicator ("Về cung cấp dịch vụ công trực tuyến, …")
        "Về cung cấp dịch vụ công trực tuyến, tỉnh Lào Cai hiện đang cung cấp 1.234 dịch vụ công "
        "trực tuyến toàn trình, chiếm tỷ lệ 62,3% trên tổng số thủ tục hành chính.",
        "2024-11-11",
        [("dvctt_full_process_rate", "Lào Cai", "as_of", "2024-11-11", 62.3)],
    ),
    (
        # the province's department cited first ("Theo Sở TT&TT, …"), the province named after
        # the year without a comma; the next sentence's rate is the province's
        "Theo Sở TT&TT, năm 2024 tỉnh Kon Tum có 1.021 dịch vụ công trực tuyến. Tỷ lệ hồ sơ xử lý "
        "trực tuyến đạt 55,7%.",
        "2024-11-11",
        [("online_dossier_rate", "Kon Tum", "as_of", "2024-11-11", 55.7)],
    ),
    (
        # a count of online dossiers, then its share of all dossiers with a bare "đạt"
        "Sáu tháng đầu năm 2023, tỉnh An Giang đã tiếp nhận 185.432 hồ sơ trực tuyến (đạt 48,34% "
        "tổng số hồ sơ), giải quyết đúng hạn 98,1%.",
        "2023-07-05",
        [("online_dossier_rate", "An Giang", "half", "2023-06-30", 48.34)],
    ),
    (
        # the same with a comma, for the country; and "đạt … kế hoạch" is not a share
        "Sáu tháng đầu năm 2023, cả nước đã tiếp nhận 18,5 triệu hồ sơ trực tuyến, đạt 48,3% tổng "
        "số hồ sơ. Năm 2023, tỉnh Hòa Bình tiếp nhận 185.432 hồ sơ trực tuyến, đạt 98% kế hoạch.",
        "2023-07-05",
        [("online_dossier_rate", "national", "half", "2023-06-30", 48.3)],
    ),
    (
        # a part's share in brackets after its count: online dossiers, full-process services
        "Quý I/2025, tỉnh Phú Yên tiếp nhận 61.200 hồ sơ, trong đó trực tuyến 40.392 hồ sơ (đạt "
        "66%). Tỉnh cung cấp 1.650 DVCTT, trong đó 980 DVCTT toàn trình (59,4%).",
        "2025-04-09",
        [
            ("online_dossier_rate", "Phú Yên", "quarter", "2025-03-31", 66),
            ("dvctt_full_process_rate", "Phú Yên", "quarter", "2025-03-31", 59.4),
        ],
    ),
    (
        # the items under a lead take the lead's month, not the earlier value's in its brackets
        "Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 8/2025 của cả nước đạt 54,1% (tháng 7/2025: "
        "52,6%), cụ thể:\n- Khối bộ, ngành: 70,3%;\n- Khối địa phương: 47,5%.",
        "2025-09-08",
        [
            ("online_dossier_rate", "national", "month", "2025-08-31", 54.1),
            ("online_dossier_rate", "national", "month", "2025-07-31", 52.6),
            ("online_dossier_rate", "ministries", "month", "2025-08-31", 70.3),
            ("online_dossier_rate", "localities", "month", "2025-08-31", 47.5),
        ],
    ),
    (
        # a province's page names the country's rate with no number; "tỷ lệ này" is the country's
        "Bắc Giang dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình\n"
        "Trong năm 2024, Bắc Giang đã xử lý trực tuyến toàn trình 61,2% trong tổng số 240.000 hồ sơ "
        "thủ tục hành chính.\n"
        "Tuy vậy, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu. Đến cuối năm "
        "2024, tỷ lệ này mới đạt 44,9%.",
        "2025-01-12",
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "year", "2024-12-31", 61.2),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-12-31", 44.9),
        ],
    ),
    (
        # villages "có băng rộng di động" (not former dead zones); a share "tỷ trọng GDP" after it
        "Tính đến hết quý III/2025, đã có 99,4% thôn bản có băng rộng di động. Chín tháng năm 2025, "
        "kinh tế số tăng trưởng ước đạt 21,5%, chiếm 18,7% tỷ trọng GDP.",
        "2025-10-15",
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-09-30", 99.4),
            ("digital_economy_growth", "national", "ytd", "2025-09-30", 21.5),
            ("digital_economy_gdp_share", "national", "ytd", "2025-09-30", 18.7),
        ],
    ),
    (
        # dossiers on the national portal and the province's together are not the portal's count
        "Năm 2024, các cơ quan cấp tỉnh và 10 huyện phát sinh hơn 410 nghìn hồ sơ trực tuyến được "
        "nộp qua Cổng dịch vụ công Quốc gia và Cổng dịch vụ công tỉnh Phú Thọ.",
        "2025-02-10",
        [],
    ),
    (
        # on a province's page, its districts' share is a part of the province, not its figure;
        # the whole province's rate in the next sentence is
        "Năm 2024, tỉnh Hà Giang đã tiếp nhận 152.000 hồ sơ trực tuyến. Trong đó, các huyện, thành "
        "phố đã phát sinh 61.000 hồ sơ trực tuyến, chiếm 87,5% tổng số hồ sơ của cấp huyện. Toàn "
        "tỉnh, tỷ lệ hồ sơ trực tuyến đạt 71,2%.",
        "2025-01-20",
        [("online_dossier_rate", "Hà Giang", "year", "2024-12-31", 71.2)],
    ),
]
