"""Genre cases, a fourth round of probes: "dịch vụ công toàn trình" written without "trực tuyến",
the share of procedures offered partly online (not the online-services share), a period total
of NDXP transactions written "tổng số giao dịch … trong tháng 9 là N", and "so với kỳ năm 2023"
with "cùng" left out, and a province's figure with the country's beside it in parentheses
"(cả nước là N%)"; a portal page posted ("Ngày đăng: …") long before the day its header shows; the digital economy's
growth after its share; the population that "có thể tiếp cận" 5G; "tốc độ này" naming back the
speed just before; a province named bare in the lead and its figures under a list's head "của
tỉnh …:" or after "toàn tỉnh …; trong đó"; "thuê bao" in a Mobile Money article that counts 2G
subscriptions.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # "dịch vụ công toàn trình" is the full-process online services, "trực tuyến" left out
    (
        "Hiện nay, tỷ lệ thủ tục hành chính cung cấp dịch vụ công toàn trình của khối bộ, ngành "
        "đạt 21% và của các địa phương là 41%.",
        "2025-10-15",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-10-15", 21.0),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-10-15", 41.0),
        ],
    ),
    (
        "Đến hết tháng 9/2025, tỉnh có 72% thủ tục hành chính được cung cấp dưới dạng DVC toàn trình.",
        "2025-10-10",
        [("dvctt_full_process_rate", "national", "as_of", "2025-09-30", 72.0)],
    ),
    # the share of procedures offered partly online is a part of the online services, not them
    (
        "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến một phần của các bộ là 10,5%, "
        "của địa phương là 48,7%.",
        "2025-10-15",
        [],
    ),
    # a period's total of NDXP transactions: "tổng số giao dịch … trong tháng 9 là N"
    (
        "Tính đến ngày 25/9/2023, tổng số giao dịch được thực hiện qua Nền tảng tích hợp, chia sẻ "
        "dữ liệu quốc gia (NDXP) trong tháng 9 là 61.204.517.",
        "2023-09-27",
        [("ndxp_transactions_period", "national", "month", "2023-09-30", 61204517.0)],
    ),
    # "so với kỳ năm 2023 (khoảng 9.100 sự cố)": the same months of 2023, "cùng" left out
    (
        "Lũy kế 7 tháng đầu năm 2024, đã có 3.850 cuộc tấn công mạng gây ra sự cố vào các hệ thống "
        "thông tin tại Việt Nam, giảm 50,1% so với kỳ năm 2023 (khoảng 7.700 sự cố).",
        "2024-08-12",
        [
            ("cyberattacks", "national", "ytd", "2024-07-31", 3850.0),
            ("cyberattacks", "national", "ytd", "2023-07-31", 7700.0),
        ],
    ),
    # a province's list of figures with the country's in parentheses after its own
    (
        "Những con số về chuyển đổi số ở Quảng Ninh\n"
        "Toàn tỉnh hiện có trên 5.900 trạm phát sóng di động; 91,2% số hộ gia đình có kết nối "
        "cáp quang (cả nước là 76,4%).",
        "2023-11-20",
        [
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2023-11-20", 91.2),
            ("ftth_household_rate", "national", "as_of", "2023-11-20", 76.4),
        ],
    ),
    # a portal's header shows the day it was read; "Ngày đăng:" is the day it was posted
    (
        "Thứ 5, Ngày 29/06/2023 -\n"
        "Tỉnh Hà Giang: tiếp nhận hơn 40 nghìn hồ sơ trong quý I\n"
        "Ngày đăng: 05/04/2023  08:15\n"
        "Hiện nay, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Giang đạt 31,4%.",
        None,
        [("online_dossier_rate", "Hà Giang", "as_of", "2023-04-05", 31.4)],
    ),
    # a byline with the time beside the day
    (
        "Hà Nội đẩy mạnh thanh toán không dùng tiền mặt\n"
        "Minh Anh - 10:30, 14/11/2023\n"
        "Đến nay, tỷ lệ hồ sơ trực tuyến của thành phố Hà Nội là 58,2%.",
        None,
        [("online_dossier_rate", "Hà Nội", "as_of", "2023-11-14", 58.2)],
    ),
    # the digital economy's growth written after its share, with the subject left out
    (
        "Trong năm 2023, tỷ trọng kinh tế số trong GDP (ước tính) đạt 16,5%, tăng trưởng 19% so "
        "với năm 2022.",
        "2024-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 19.0),
        ],
    ),
    # the share of the population that can reach 5G is its coverage
    (
        "Đến giữa tháng 6/2025, khoảng 31% dân số cả nước đã có thể truy cập mạng 5G.",
        "2025-06-20",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-06-20", 31.0)],
    ),
    # "tốc độ này" names back the fixed speed just before, though the text spoke of both networks
    (
        "Cả hai hạng mục di động và cố định của Việt Nam đều tăng hạng. Hồi tháng 3/2024, Internet "
        "cố định đạt tốc độ 128 Mbps. Theo Ookla, tốc độ này hiện đã lên 151,4 Mbps.",
        "2024-11-15",
        [
            ("fixed_broadband_speed", "national", "month", "2024-03-31", 128.0),
            ("fixed_broadband_speed", "national", "as_of", "2024-11-15", 151.4),
        ],
    ),
    # the province named bare in the lead; its figures in a list under "… của tỉnh …:"
    (
        "Kết quả khảo sát cho thấy Sóc Trăng nằm trong nhóm dẫn đầu về hạ tầng số. Kết quả thực "
        "hiện chuyển đổi số 6 tháng đầu năm 2024 của tỉnh đạt nhiều kết quả nổi bật: 100% cơ quan "
        "cấp xã có mạng nội bộ; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 64%.",
        "2024-07-20",
        [("ftth_household_rate", "Sóc Trăng", "half", "2024-06-30", 64.0)],
    ),
    # a part after "trong đó" belongs to the whole's province: "toàn tỉnh có …; trong đó, …"
    (
        "Tỉnh Quảng Bình đẩy mạnh hạ tầng số. Đến cuối năm 2025, toàn tỉnh có 4.120 trạm BTS; "
        "trong đó, 410 trạm phát sóng mạng 5G đã được đưa vào vận hành.",
        "2026-01-08",
        [("fiveg_bts_count", "Quảng Bình", "as_of", "2025-12-31", 410.0)],
    ),
    # "thuê bao" in a Mobile Money article counts Mobile Money's only where its clause says so
    (
        "Đến hết tháng 3/2024, số khách hàng sử dụng Mobile Money đạt 7,1 triệu. Lượng thuê bao "
        "điện thoại cơ bản (2G) hiện còn 21 triệu thuê bao, giảm 2,5 triệu thuê bao.",
        "2024-04-12",
        [("mobile_money_customers", "national", "as_of", "2024-03-31", 7100000.0)],
    ),
]
