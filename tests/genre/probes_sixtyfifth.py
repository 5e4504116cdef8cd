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
]
