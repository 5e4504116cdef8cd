"""Blind genre probes, round 58: digital infrastructure (catalog family "infrastructure").
The cases probe how the 2022-2026 Vietnamese genre words broadband and 5G figures: the
ministry's monthly and year-end reports written as labelled lines, Cục Viễn thông notes,
Ookla Speedtest Global Index and VNNIC i-Speed monthly speed news (download and upload
together, medians and means, ranks and "tăng X bậc", "lần lượt" lists, "các con số tương ứng",
a previous month in parentheses), fixed and mobile broadband subscriptions and their per-100
densities, smartphone subscriptions and their share, households on fibre, Internet users,
5G stations and population coverage, villages with and without mobile coverage and the share
of dead-zone villages covered, in national press and provincial portals (breakdown = the
province), plus negative and mixed cases (targets, plans, operators' own figures, the world's
and other countries' figures, surveys of people, year-on-year changes, upload and 5G-only
speeds, remainders and "trong đó" sub-counts). Written for the project from the genre's usual
phrasings (not copied from any page).
"""

CASES = [
    # Ministry monthly report, labelled lines "Tên chỉ tiêu: giá trị", month's end as cut-off.
    (
        "\n".join(
            [
                "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025",
                "2. Về hạ tầng số",
                "- Tỷ lệ dân số được phủ sóng 5G: 51,3%",
                "- Số trạm BTS 5G đã lắp đặt: 9.128 trạm",
                "- Tỷ lệ hộ gia đình có kết nối cáp quang (FTTH): 84,6%",
                "- Tỷ lệ thuê bao sử dụng smartphone trên tổng số thuê bao di động: 89,1%",
            ]
        ),
        "2025-06-12",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 51.3),
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 9128),
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 84.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 89.1),
        ],
    ),
    # Ookla monthly news, mixed: download medians kept; upload, ranks and Singapore's speed dropped.
    (
        "\n".join(
            [
                "Tốc độ mạng di động Việt Nam tăng 6 bậc",
                "Theo báo cáo Speedtest Global Index tháng 2/2025 do Ookla công bố, tốc độ tải xuống trung vị của mạng di động tại Việt Nam đạt 88,45 Mbps, tăng 6 bậc lên vị trí 29/104 quốc gia.",
                "Tốc độ tải lên ở mức 30,1 Mbps.",
                "Với băng rộng cố định, Việt Nam đạt 153,87 Mbps tải xuống và 150,2 Mbps tải lên, xếp hạng 36/153.",
                "Singapore tiếp tục dẫn đầu thế giới về tốc độ cố định với 345,3 Mbps.",
            ]
        ),
        "2025-03-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 88.45),
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 153.87),
        ],
    ),
    # i-Speed (VNNIC) means, "tải xuống và tải lên … lần lượt" then "các con số tương ứng"; a month-on-month change.
    (
        "\n".join(
            [
                "Trung tâm Internet Việt Nam (VNNIC) vừa công bố kết quả đo tốc độ truy cập Internet tháng 9/2024 qua hệ thống i-Speed.",
                "Theo đó, tốc độ tải xuống và tải lên trung bình của băng rộng cố định lần lượt là 141,42 Mbps và 133,05 Mbps, tăng 2,6% so với tháng 8.",
                "Với mạng di động, các con số tương ứng là 68,91 Mbps và 24,17 Mbps.",
            ]
        ),
        "2024-10-08",
        [
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 141.42),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 68.91),
        ],
    ),
    # Year-end Cục Viễn thông review: "Năm 2024, cả nước có … triệu", densities "thuê bao/100 dân", "tương đương".
    (
        "\n".join(
            [
                "Tổng kết năm 2024, Cục Viễn thông cho biết hạ tầng băng rộng tiếp tục được mở rộng.",
                "Năm 2024, cả nước có 23,4 triệu thuê bao băng rộng cố định, đạt mật độ 23,3 thuê bao/100 dân.",
                "Thuê bao băng rộng di động đạt 94,5 triệu, tương đương 93,8 thuê bao/100 dân.",
                "Tỷ lệ hộ gia đình sử dụng cáp quang đạt 84%.",
            ]
        ),
        "2025-01-09",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23400000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 94500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 93.8),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 84),
        ],
    ),
    # Provincial portal (Lào Cai): villages left without signal, "nâng tỷ lệ … lên", fibre share; 112 newly covered has no id.
    (
        "\n".join(
            [
                "Sở Khoa học và Công nghệ tỉnh Lào Cai cho biết, đến hết tháng 6/2025, toàn tỉnh còn 87 thôn, bản chưa có sóng điện thoại di động.",
                "Trong 6 tháng đầu năm, các doanh nghiệp viễn thông đã phủ sóng mới cho 112 thôn, nâng tỷ lệ thôn, bản có sóng di động trên địa bàn tỉnh lên 97,6%.",
                "Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 78,3%.",
            ]
        ),
        "2025-07-10",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-06-30", 87),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-06-30", 97.6),
            ("ftth_household_rate", "Lào Cai", "as_of", "2025-06-30", 78.3),
        ],
    ),
    # Mixed dead zones: "1.723/1.853 …, đạt 93%" kept, "Hiện … còn 1.350" kept, "trong đó 130 thôn" and the deadline dropped.
    (
        "\n".join(
            [
                "Theo Cục Viễn thông, tính đến ngày 15/11/2024, các doanh nghiệp đã phủ sóng 1.723/1.853 thôn lõm sóng có điện lưới, đạt 93%.",
                "Hiện cả nước còn 1.350 thôn, bản lõm sóng, trong đó 130 thôn đã có điện lưới.",
                "Bộ TT&TT yêu cầu các doanh nghiệp hoàn thành phủ sóng toàn bộ các thôn có điện lưới trước ngày 31/12/2024.",
            ]
        ),
        "2024-11-20",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-15", 93),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-20", 1350),
        ],
    ),
    # Negative: strategy targets and a planned station total ("đến năm 2025", "Mục tiêu", "phấn đấu … nâng tổng số lên").
    (
        "\n".join(
            [
                "Theo Chiến lược phát triển hạ tầng số, đến năm 2025 mạng 5G phủ sóng 99% dân số, tốc độ truy cập băng rộng di động đạt tối thiểu 40 Mbps và băng rộng cố định đạt 200 Mbps.",
                "Mục tiêu đến năm 2030, 100% hộ gia đình có khả năng tiếp cận cáp quang.",
                "Năm 2025, Bộ phấn đấu lắp đặt thêm 20.000 trạm 5G, nâng tổng số lên khoảng 30.000 trạm.",
            ]
        ),
        "2025-02-14",
        [],
    ),
    # Mixed: an operator's own 5G stations, coverage and speed dropped; the Cục Viễn thông national figures kept.
    (
        "\n".join(
            [
                "Viettel cho biết đến hết tháng 3/2025, mạng 5G của nhà mạng đã có hơn 7.000 trạm, phủ sóng 90% dân số tại 63 tỉnh, thành.",
                "Tốc độ tải xuống trung bình trên mạng 5G Viettel đạt khoảng 300 Mbps.",
                "Theo Cục Viễn thông, tính đến cuối tháng 3/2025 cả nước có khoảng 8.400 trạm 5G của ba doanh nghiệp, phủ sóng 5G khoảng 30% dân số.",
            ]
        ),
        "2025-04-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8400),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 30),
        ],
    ),
    # Negative: the world's medians, other countries' speeds, Vietnam's ASEAN ranks only.
    (
        "\n".join(
            [
                "Báo cáo Speedtest Global Index tháng 10/2024 của Ookla cho thấy tốc độ tải xuống trung vị toàn cầu của mạng di động là 56,3 Mbps, còn mạng cố định là 93,5 Mbps.",
                "UAE tiếp tục dẫn đầu về tốc độ di động với 398,5 Mbps, Singapore đứng đầu về băng rộng cố định với 335,6 Mbps.",
                "Trong khu vực ASEAN, Việt Nam xếp thứ 4 về tốc độ di động và thứ 3 về tốc độ cố định.",
            ]
        ),
        "2024-11-15",
        [],
    ),
    # Negative: a survey of people (adults owning smartphones, users online daily, rural vs urban users).
    (
        "\n".join(
            [
                "Khảo sát của Decision Lab công bố tháng 8/2024 cho thấy 84% người trưởng thành tại Việt Nam đang sở hữu điện thoại thông minh.",
                "Trong số người dùng Internet được hỏi, 91% truy cập mạng hàng ngày và 62% dùng Internet để mua sắm trực tuyến.",
                "Tỷ lệ người dùng smartphone ở nông thôn là 78%, thấp hơn khu vực thành thị (89%).",
            ]
        ),
        "2024-09-05",
        [],
    ),
    # Mixed: year-on-year growth beside the level ("tăng 8,3% so với cùng kỳ, lên mức 24,1 triệu"); revenue has no id.
    (
        "\n".join(
            [
                "Số liệu của Cục Viễn thông cho thấy trong quý I/2025, số thuê bao băng rộng cố định tiếp tục tăng 8,3% so với cùng kỳ, lên mức 24,1 triệu thuê bao.",
                "Số thuê bao băng rộng di động tăng 4,1%, đạt 96,2 triệu.",
                "Doanh thu dịch vụ viễn thông quý I ước đạt 89.600 tỷ đồng.",
            ]
        ),
        "2025-04-22",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 24100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 96200000),
        ],
    ),
    # Year-end conference: "năm 2024 ước đạt" for Internet users and the smartphone share; a change in points dropped.
    (
        "\n".join(
            [
                "Tại Hội nghị tổng kết năm 2024, Bộ TT&TT cho biết tỷ lệ người dân sử dụng Internet năm 2024 ước đạt 82%, tăng 3 điểm phần trăm so với năm 2023.",
                "Tỷ lệ thuê bao điện thoại di động sử dụng smartphone ước đạt 87,5%.",
                "Hạ tầng viễn thông được đánh giá là một trong những điểm sáng của năm.",
            ]
        ),
        "2025-01-03",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 82),
            ("smartphone_subscriber_rate", "national", "year", "2024-12-31", 87.5),
        ],
    ),
    # Per-100 densities in a "lần lượt" list with bare numbers (no unit after them).
    (
        "\n".join(
            [
                "Tính đến hết tháng 12/2023, mật độ thuê bao băng rộng cố định và băng rộng di động trên 100 dân của Việt Nam lần lượt đạt 21,9 và 88,5.",
                "Việt Nam hiện đứng trong nhóm dẫn đầu khu vực về mật độ băng rộng cố định.",
                "Theo Cục Viễn thông, đây là kết quả của việc các doanh nghiệp đẩy mạnh kéo cáp quang về nông thôn.",
            ]
        ),
        "2024-01-16",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 21.9),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 88.5),
        ],
    ),
    # Figures spread over sentences: the subject named first, "con số này đã vượt mốc", "đạt ngưỡng … dân số".
    (
        "\n".join(
            [
                "Số lượng trạm phát sóng 5G trên cả nước tiếp tục tăng nhanh trong quý II.",
                "Tính đến ngày 30/6/2025, con số này đã vượt mốc 10.000 trạm.",
                "Nhờ vậy, vùng phủ sóng 5G đã đạt ngưỡng 80% dân số.",
            ]
        ),
        "2025-07-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 10000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 80),
        ],
    ),
    # Provincial (Quảng Ninh) "hiện có" with a published date; a national fibre share given in parentheses for comparison.
    (
        "\n".join(
            [
                "Trên địa bàn tỉnh Quảng Ninh hiện có 1.020 trạm BTS 5G, phủ sóng 100% trung tâm các huyện, thị xã, thành phố.",
                "Theo Sở Khoa học và Công nghệ, 92,4% hộ gia đình trong tỉnh đã sử dụng Internet cáp quang, cao hơn mức bình quân cả nước (khoảng 85%).",
                "Tỉnh đang phối hợp với các doanh nghiệp mở rộng vùng phủ 5G tới các khu công nghiệp và điểm du lịch.",
            ]
        ),
        "2025-05-20",
        [
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2025-05-20", 1020),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2025-05-20", 92.4),
            ("ftth_household_rate", "national", "as_of", "2025-05-20", 85),
        ],
    ),
    # Provincial year review (Hà Giang): "164/191 …, đạt tỷ lệ 85,9%", "còn 27 thôn, bản trắng sóng", fibre share.
    (
        "\n".join(
            [
                "Năm 2024, tỉnh Hà Giang đã phủ sóng được 164/191 thôn lõm sóng, đạt tỷ lệ 85,9%.",
                "Toàn tỉnh còn 27 thôn, bản trắng sóng, chủ yếu ở các huyện Mèo Vạc, Đồng Văn và Xín Mần.",
                "Tỷ lệ hộ gia đình có cáp quang trên địa bàn tỉnh đạt 70,5%.",
            ]
        ),
        "2025-01-06",
        [
            ("dead_zone_villages_covered_rate", "Hà Giang", "as_of", "2024-12-31", 85.9),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-12-31", 27),
            ("ftth_household_rate", "Hà Giang", "as_of", "2024-12-31", 70.5),
        ],
    ),
    # Smartphone count and share in one clause ("đạt 105,8 triệu, chiếm 89,2%"); the yearly increase dropped.
    (
        "\n".join(
            [
                "Tính đến hết tháng 10/2025, số thuê bao di động sử dụng điện thoại thông minh đạt 105,8 triệu, chiếm 89,2% tổng số thuê bao điện thoại di động.",
                "So với cùng thời điểm năm 2024, số thuê bao smartphone tăng thêm khoảng 4 triệu.",
                "Cục Viễn thông đánh giá đây là nền tảng để thúc đẩy các dịch vụ số.",
            ]
        ),
        "2025-11-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-10-31", 105800000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-10-31", 89.2),
        ],
    ),
    # Interview Q&A: "Đến nay … gần 90% dân số, với khoảng 14.000 trạm", a speed dated inside the answer.
    (
        "\n".join(
            [
                "PV: Xin ông cho biết kết quả triển khai 5G sau gần một năm thương mại hóa?",
                "Ông Nguyễn Văn Hải, Phó Cục trưởng Cục Viễn thông: Đến nay, 5G đã phủ tới gần 90% dân số, với khoảng 14.000 trạm được lắp đặt.",
                "Tốc độ di động trung vị tháng 7/2025 theo Ookla đã lên tới 150,2 Mbps, gấp gần 3 lần so với trước khi có 5G.",
            ]
        ),
        "2025-09-02",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-02", 90),
            ("fiveg_bts_count", "national", "as_of", "2025-09-02", 14000),
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 150.2),
        ],
    ),
    # Mixed: Internet users "năm 2023 đạt 79,1%" kept; the world average in parentheses and the rural part dropped.
    (
        "\n".join(
            [
                "Theo Bộ TT&TT, tỷ lệ dân số sử dụng Internet của Việt Nam năm 2023 đạt 79,1%, cao hơn mức trung bình thế giới (67%).",
                "Cũng trong năm 2023, tỷ lệ người sử dụng Internet ở khu vực nông thôn đạt 68%.",
                "Việt Nam nằm trong nhóm 20 quốc gia có số người dùng Internet lớn nhất thế giới.",
            ]
        ),
        "2024-03-10",
        [
            ("internet_users_rate", "national", "year", "2023-12-31", 79.1),
        ],
    ),
    # ASEAN ranking sentence first, then the month and the median after "là"; the mobile figure "ở mức" with a rank change.
    (
        "\n".join(
            [
                "Việt Nam xếp thứ 3 ASEAN về tốc độ băng rộng cố định, chỉ sau Singapore và Thái Lan.",
                "Theo Speedtest Global Index, tháng 6/2025 tốc độ tải xuống trung vị Internet cố định của Việt Nam là 181,1 Mbps, đứng thứ 13 thế giới.",
                "Tốc độ di động ở mức 146,9 Mbps, tăng 2 bậc lên vị trí 18.",
            ]
        ),
        "2025-07-16",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 181.1),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.9),
        ],
    ),
    # Mixed: i-Speed mobile mean kept; 5G-only and 4G-only speeds and the 5G upload dropped.
    (
        "\n".join(
            [
                "Kết quả đo kiểm i-Speed tháng 2/2025 cho thấy tốc độ tải xuống trung bình của mạng di động đạt 97,6 Mbps.",
                "Riêng mạng 5G, tốc độ tải xuống trung bình lên tới 285,4 Mbps, gấp khoảng 4 lần mạng 4G (72,3 Mbps).",
                "Tốc độ tải lên trên mạng 5G đạt 61 Mbps.",
            ]
        ),
        "2025-03-10",
        [
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 97.6),
        ],
    ),
    # Report lines with the previous month in parentheses "(tháng 4/2025: 139,0 Mbps)"; a rank line dropped.
    (
        "\n".join(
            [
                "Báo cáo tháng 5/2025 của Bộ Khoa học và Công nghệ về hạ tầng số:",
                "- Tốc độ băng rộng di động (theo Ookla): 146,6 Mbps (tháng 4/2025: 139,0 Mbps)",
                "- Tốc độ băng rộng cố định: 178,2 Mbps (tháng 4/2025: 173,5 Mbps)",
                "- Xếp hạng tốc độ di động: 17/103 (tăng 3 bậc)",
            ]
        ),
        "2025-06-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 139.0),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 178.2),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 173.5),
        ],
    ),
    # Compact "Việt Nam: băng rộng cố định 160,6 Mbps (hạng 36, …); di động 71,2 Mbps (…)", no verb at all.
    (
        "\n".join(
            [
                "Ookla vừa cập nhật chỉ số Speedtest Global Index tháng 11/2024.",
                "Việt Nam: băng rộng cố định 160,6 Mbps (hạng 36, tăng 2 bậc); di động 71,2 Mbps (hạng 40, giữ nguyên).",
                "Tốc độ cố định đã lên mức cao nhất từ trước đến nay.",
            ]
        ),
        "2024-12-17",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 160.6),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 71.2),
        ],
    ),
    # City portal (Đà Nẵng), "cuối quý II/2025", "chạm mốc", "đứng đầu cả nước"; the year-end aim dropped.
    (
        "\n".join(
            [
                "Tính đến cuối quý II/2025, toàn thành phố Đà Nẵng đã chạm mốc 1.650 trạm 5G, phủ sóng 5G đạt 95% dân số.",
                "Tỷ lệ hộ gia đình có cáp quang của thành phố đạt 96,5%, đứng đầu cả nước.",
                "Thành phố phấn đấu đến cuối năm 2025 phủ sóng 5G toàn bộ các khu dân cư.",
            ]
        ),
        "2025-07-25",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-06-30", 1650),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-06-30", 95),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2025-06-30", 96.5),
        ],
    ),
    # Half-year review: two densities in one sentence, smartphone share with a change in points dropped.
    (
        "\n".join(
            [
                "Sơ kết 6 tháng đầu năm 2025, mật độ thuê bao băng rộng cố định đạt 24,7 thuê bao/100 dân, băng rộng di động đạt 95,6 thuê bao/100 dân.",
                "Tỷ lệ thuê bao smartphone trên tổng thuê bao di động đạt 88,9%, tăng 1,2 điểm phần trăm so với cuối năm 2024.",
                "Các chỉ tiêu hạ tầng số cơ bản bám sát kế hoạch năm.",
            ]
        ),
        "2025-07-15",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 24.7),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 95.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 88.9),
        ],
    ),
    # Negative: stations planned, a monthly increase and operators' targets.
    (
        "\n".join(
            [
                "Bộ KH&CN cho biết năm 2025 các doanh nghiệp dự kiến lắp đặt thêm khoảng 15.000 trạm 5G.",
                "Riêng trong tháng 2/2025, số trạm 5G tăng thêm 1.150 trạm so với tháng trước.",
                "Viettel đặt mục tiêu đạt 20.000 trạm 5G vào cuối năm, VNPT khoảng 8.000 trạm.",
            ]
        ),
        "2025-03-03",
        [],
    ),
    # Fibre households: count (no id) then "chiếm 84,5% tổng số hộ gia đình"; 100% of communes with fibre has no id.
    (
        "\n".join(
            [
                "Đến hết năm 2024, số hộ gia đình sử dụng Internet cáp quang đạt 22,6 triệu hộ, chiếm 84,5% tổng số hộ gia đình.",
                "Cáp quang đã được kéo tới 100% xã, phường, thị trấn trên cả nước.",
                "Giá cước bình quân của dịch vụ thuộc nhóm thấp trong khu vực.",
            ]
        ),
        "2025-01-20",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 84.5),
        ],
    ),
    # Provincial (Thái Nguyên) "Hiện nay" shortly after a nine-month review, list with ";" of users and smartphone share.
    (
        "\n".join(
            [
                "Chín tháng năm 2025, hạ tầng số trên địa bàn tỉnh Thái Nguyên tiếp tục được đầu tư mạnh.",
                "Hiện nay, tỷ lệ người dân trong tỉnh sử dụng Internet đạt 86%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 91,3%.",
                "Toàn tỉnh có 612 trạm 5G, phủ sóng 5G khoảng 85% dân số.",
            ]
        ),
        "2025-10-18",
        [
            ("internet_users_rate", "Thái Nguyên", "as_of", "2025-10-18", 86),
            ("smartphone_subscriber_rate", "Thái Nguyên", "as_of", "2025-10-18", 91.3),
            ("fiveg_bts_count", "Thái Nguyên", "as_of", "2025-10-18", 612),
            ("fiveg_population_coverage_rate", "Thái Nguyên", "as_of", "2025-10-18", 85),
        ],
    ),
    # Negative: all mobile subscriptions, 5G subscriptions after "trong đó", a share of people, a revenue change.
    (
        "\n".join(
            [
                "Tính đến tháng 4/2025, tổng số thuê bao điện thoại di động đạt khoảng 128 triệu thuê bao, trong đó thuê bao 5G đạt 11,2 triệu.",
                "Tỷ lệ người dùng smartphone trên tổng số người dùng điện thoại ở Việt Nam là 84%.",
                "Doanh thu dịch vụ dữ liệu di động tăng 15% so với cùng kỳ.",
            ]
        ),
        "2025-05-05",
        [],
    ),
    # i-Speed "vượt ngưỡng 200 Mbps" in the headline sentence, the figure "ở mức" under "con số này".
    (
        "\n".join(
            [
                "Lần đầu tiên, tốc độ truy cập Internet cố định trung bình tại Việt Nam vượt ngưỡng 200 Mbps.",
                "Theo hệ thống i-Speed của VNNIC, trong tháng 12/2024, con số này ở mức 201,5 Mbps; tốc độ Internet di động cũng đạt 84,3 Mbps.",
                "Đây là mức tăng mạnh nhất kể từ khi hệ thống đi vào hoạt động.",
            ]
        ),
        "2025-01-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 201.5),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 84.3),
        ],
    ),
    # Mixed dead-zone programme: a share in parentheses kept; the 105 remaining and the 2.100 villages planned dropped.
    (
        "\n".join(
            [
                "Chương trình phủ sóng thôn lõm sóng có điện lưới: đến hết tháng 2/2025, đã phủ sóng 1.748/1.853 thôn, bản (94,3%).",
                "105 thôn còn lại sẽ được hoàn thành trong quý II/2025.",
                "Ngoài ra, 2.100 thôn chưa có điện lưới sẽ được phủ sóng bằng giải pháp vệ tinh.",
            ]
        ),
        "2025-03-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-02-28", 94.3),
        ],
    ),
    # Year's average speeds ("bình quân năm 2023"), with a yearly change and world ranks dropped.
    (
        "\n".join(
            [
                "Ngành Thông tin và Truyền thông tổng kết năm 2023 với nhiều chỉ tiêu hạ tầng số vượt kế hoạch.",
                "Tốc độ truy cập băng rộng cố định bình quân năm 2023 đạt 86,4 Mbps (tăng 21% so với năm 2022), xếp thứ 40/180 quốc gia.",
                "Băng rộng di động đạt 41,2 Mbps, xếp thứ 49.",
            ]
        ),
        "2024-01-25",
        [
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 86.4),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 41.2),
        ],
    ),
    # Provincial (Bắc Kạn) dated day: households count then "đạt tỷ lệ", villages covered share, villages left.
    (
        "\n".join(
            [
                "Tính đến ngày 20/12/2024, trên địa bàn tỉnh Bắc Kạn có 68.500 hộ gia đình sử dụng cáp quang, đạt tỷ lệ 83,7%.",
                "Tỷ lệ thôn, bản được phủ sóng di động băng rộng là 96,2%; còn 53 thôn, bản lõm sóng.",
                "Sở sẽ phối hợp với các doanh nghiệp viễn thông đầu tư thêm trạm phát sóng trong năm 2025.",
            ]
        ),
        "2024-12-26",
        [
            ("ftth_household_rate", "Bắc Kạn", "as_of", "2024-12-20", 83.7),
            ("villages_with_mobile_coverage_rate", "Bắc Kạn", "as_of", "2024-12-20", 96.2),
            ("villages_without_mobile_coverage", "Bắc Kạn", "as_of", "2024-12-20", 53),
        ],
    ),
    # Approximations "hơn 95 triệu … và gần 23 triệu" in one clause, "khoảng 99,6 triệu" smartphone subscriptions.
    (
        "\n".join(
            [
                "Báo cáo tháng 8/2024 của Bộ TT&TT: cả nước có hơn 95 triệu thuê bao băng rộng di động và gần 23 triệu thuê bao băng rộng cố định.",
                "Số thuê bao sử dụng smartphone đạt khoảng 99,6 triệu.",
                "Thị trường viễn thông tiếp tục ổn định.",
            ]
        ),
        "2024-09-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-08-31", 95000000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-08-31", 23000000),
            ("smartphone_subscriptions", "national", "as_of", "2024-08-31", 99600000),
        ],
    ),
    # Mixed operator interview: VNPT's FTTH subscriptions, market share and 5G coverage dropped; the country's fibre share kept.
    (
        "\n".join(
            [
                "Đại diện VNPT cho biết doanh nghiệp hiện phục vụ 9,6 triệu thuê bao FTTH, chiếm khoảng 40% thị phần cáp quang.",
                "Theo đại diện này, tỷ lệ hộ gia đình có cáp quang của cả nước hiện đã lên tới 85%, thuộc nhóm cao nhất thế giới.",
                "Mạng 5G của VNPT phủ sóng 80% dân số.",
            ]
        ),
        "2025-08-15",
        [
            ("ftth_household_rate", "national", "as_of", "2025-08-15", 85),
        ],
    ),
]
