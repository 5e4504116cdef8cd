"""Genre cases: phrasings read by catalog cues alone (no code): "Mbs" for Mbps, subscriptions
per 100 named by their generations, "(đạt 89,5%)" after dead-zone villages covered, fee policies
as "56/63 địa phương", "hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "trung tâm thôn", a network
that "đã phủ 100% số ấp", a smartphone share that "tăng, từ … lên …", invoices "khởi tạo trong tháng", "5G đã phủ sóng …, với 8.200 trạm",
dossiers "thực hiện trực tuyến" on the portal, dead-zone villages "đã được xóa".

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        "Tính đến quý 3/2025, tốc độ truy cập mạng băng rộng di động của Việt Nam đạt 150,2 Mbs.",
        "2025-10-20",
        [("mobile_broadband_speed", "national", "quarter", "2025-09-30", 150.2)],
    ),
    (
        "Đến tháng 9/2023, cả nước có 85,1 triệu thuê bao băng rộng di động. Số thuê bao 3G, 4G, "
        "5G nêu trên tương ứng với tỷ lệ 86,1 thuê bao/100 dân.",
        "2023-10-05",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-09-30", 85100000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-09-30", 86.1),
        ],
    ),
    (
        "Trong năm 2024, các doanh nghiệp đã phủ sóng cho 1.950/2.200 thôn, bản lõm sóng (đạt "
        "88,6%).",
        "2025-01-10",
        [("dead_zone_villages_covered_rate", "national", "year", "2024-12-31", 88.6)],
    ),
    (
        "Các địa phương đã ban hành nhiều chính sách thúc đẩy chuyển đổi số, trong đó, 58/63 địa "
        "phương ban hành chính sách giảm, hỗ trợ về phí, lệ phí khi thực hiện dịch vụ công trực "
        "tuyến.",
        "2024-06-10",
        [("localities_fee_reduction", "national", "as_of", "2024-06-10", 58)],
    ),
    (
        "Bến Tre đẩy mạnh dịch vụ công trực tuyến\n\n"
        "Năm 2020, tỉnh Bến Tre đã cung cấp 700 dịch vụ công trực tuyến. Tỷ lệ hồ sơ tiếp nhận "
        "trực tuyến mức độ 3, 4 đạt 58%.",
        "2021-01-20",
        [("online_dossier_rate", "Bến Tre", "year", "2020-12-31", 58)],
    ),
    (
        "Đến cuối tháng 9/2024, 98% trung tâm thôn, tổ dân phố trên cả nước được phủ sóng di động "
        "3G, 4G.",
        "2024-10-10",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98)],
    ),
    (
        "Đến tháng 8/2025, mạng di động 3G/4G/5G và Internet cố định đã phủ 100% số thôn trên cả "
        "nước.",
        "2025-09-05",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2025-08-31", 100)],
    ),
    (
        "Tỷ lệ thuê bao sử dụng smartphone trên tổng thuê bao điện thoại di động đã liên tục "
        "tăng, từ 60,1% năm 2018 lên 66,2% năm 2019. Ước tính tỷ lệ người trưởng thành sử dụng "
        "smartphone đạt khoảng 75%.",
        "2020-03-01",
        [
            ("smartphone_subscriber_rate", "national", "year", "2018-12-31", 60.1),
            ("smartphone_subscriber_rate", "national", "year", "2019-12-31", 66.2),
        ],
    ),
    (
        # the month's new invoices are not the running total
        "Với hơn 15,2 triệu hóa đơn điện tử được khởi tạo trong tháng, tổng số hóa đơn điện tử "
        "đã đạt 5,1 tỷ hóa đơn.",
        "2024-09-12",
        [("e_invoices_total", "national", "as_of", "2024-09-12", 5100000000)],
    ),
    (
        # stations counted after the coverage they give
        "Mức độ phủ sóng 5G\n\nHiện 5G đã phủ sóng tới 28% dân số, với 8.200 trạm.",
        "2025-04-10",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-10", 28),
            ("fiveg_bts_count", "national", "as_of", "2025-04-10", 8200),
        ],
    ),
    (
        # procedures offered online "trực tuyến toàn trình" (no "dịch vụ công") and the online
        # share "(gồm cả toàn trình và một phần)"
        "Tỷ lệ TTHC được cung cấp trực tuyến toàn trình là 52,1%; tỷ lệ TTHC được cung cấp trực "
        "tuyến (gồm cả toàn trình và một phần) là 82,1%.",
        "2025-06-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-05", 52.1),
            ("dvctt_rate", "national", "as_of", "2025-06-05", 82.1),
        ],
    ),
    (
        # dossiers "thực hiện trực tuyến" on the portal: how they were handled, then online
        "Trong năm 2023, số lượng hồ sơ thực hiện trực tuyến trên Cổng Dịch vụ công quốc gia đạt "
        "6,9 triệu hồ sơ.",
        "2024-01-15",
        [("national_portal_dossiers_new", "national", "year", "2023-12-31", 6900000)],
    ),
    (
        # dead-zone villages "đã được xóa" and "tỷ lệ xóa thôn lõm sóng": cleared is covered
        "Đến tháng 9/2024, tỷ lệ thôn, bản lõm sóng đã được xóa đạt 65,4%. Tại Lai Châu, tỷ lệ xóa "
        "thôn, bản lõm sóng đạt 81%.",
        "2024-10-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 65.4),
            ("dead_zone_villages_covered_rate", "Lai Châu", "as_of", "2024-09-30", 81),
        ],
    ),
]
