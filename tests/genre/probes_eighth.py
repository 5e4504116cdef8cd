"""Blind genre probes, eighth round: news excerpts on telecom infrastructure and online public
services, each opening the way a saved news or portal page does (menu words, breadcrumbs, photo
captions, bylines with times, "date 2025-07" stamps, tags) before a headline, a sapo and one to
three body paragraphs, about a third of them cut mid-sentence or mid-word. They probe 5G
population coverage and 5G base stations, fibre households, fixed and mobile download speeds
(Ookla, i-Speed) next to upload speeds and rankings that are not stored, smartphone and
broadband subscriptions and their per-100 rates, villages without coverage, Internet users,
and the online-public-service rates and National Portal counts, nationally, for khối bộ, ngành /
khối địa phương and for provinces (including the provinces merged on 1/7/2025 and the Ministry of
Science and Technology after its 2025 merger); headline numbers repeated in the body, figures
attributed to a source, prior-period figures in brackets, month-on-month changes, tables written
as lines, and negatives (targets, year-on-year changes, operators' own networks, other countries'
and world figures, a survey's figure, one ministry's figure, numbers cut by the excerpt's end,
undated levels in undated pages).
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Ookla mobile speed in the headline and again in the body; prior month in brackets ("So với tháng trước (141,2 Mbps)") is kept; rank, upload, latency and % change are not
    (
        "\n".join(
            [
                "Trang chủ > Công nghệ > Viễn thông",
                "Thứ Tư, 18/6/2025 - 09:15 | Minh Khôi",
                "Tốc độ Internet di động Việt Nam đạt 146,6 Mbps",
                "(ĐTTC) - Theo dữ liệu Speedtest Global Index của Ookla, tốc độ tải xuống trung vị của mạng di động Việt Nam trong tháng 5/2025 đạt 146,6 Mbps, đưa Việt Nam lên xếp thứ 18/103 quốc gia được khảo sát.",
                "So với tháng trước (141,2 Mbps), tốc độ di động tăng 3,8%. Tốc độ tải lên đạt 35,4 Mbps, độ trễ trung bình ở mức 21 ms.",
            ]
        ),
        "2025-06-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 141.2),
        ],
    ),
    # fixed speed "ở mức" with a month-on-month change in Mbps and a rank; Singapore's figure and a number cut by the end ("Thái Lan với 2") are not values
    (
        "\n".join(
            [
                "Viễn thông | Internet | Chuyển đổi số",
                "Ảnh minh họa",
                "Băng rộng cố định tháng 3/2025: tăng 2,3 Mbps, giữ vị trí thứ 12 thế giới",
                "VietnamPlus - Dữ liệu Ookla công bố ngày 15/4 cho thấy tốc độ trung vị băng rộng cố định của Việt Nam trong tháng 3/2025 ở mức 168,77 Mbps, tăng 2,3 Mbps so với tháng 2.",
                "Với kết quả này, Việt Nam tiếp tục đứng thứ 12/154 quốc gia và vùng lãnh thổ về tốc độ Internet cố định. Trong khu vực Đông Nam Á, Singapore dẫn đầu với 345,3 Mbps, tiếp theo là Thái Lan với 2",
            ]
        ),
        "2025-04-16",
        [("fixed_broadband_speed", "national", "month", "2025-03-31", 168.77)],
    ),
    # ministry news page after the merger (Bộ KH&CN, Cục Viễn thông): 5G stations and coverage at end of June; Viettel's own network and the 5G-subscriber count (no id) are not stored
    (
        "\n".join(
            [
                "Bộ Khoa học và Công nghệ | Tin tức - Sự kiện | Viễn thông",
                "date 2025-07",
                "Hạ tầng 5G phủ sóng 26% dân số sau 6 tháng đầu năm",
                "Theo báo cáo của Cục Viễn thông (Bộ KH&CN), tính đến hết tháng 6/2025, cả nước có 12.486 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 26% dân số.",
                "Riêng Viettel đã đưa vào khai thác hơn 8.000 trạm 5G, phủ sóng tới 90% dân số tại các đô thị lớn. Số thuê bao sử dụng dịch vụ 5G trên cả nước đã vượt 11 triệu.",
            ]
        ),
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12486),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # negative: a strategy's targets (đến năm 2030 … đạt, phấn đấu) and year-on-year changes only
    (
        "\n".join(
            [
                "Trang chủ > Thời sự > Chính sách",
                "Tags: hạ tầng số, 5G, cáp quang",
                "Đến năm 2030, 5G phải phủ sóng 99% dân số",
                "Chiến lược phát triển hạ tầng số đặt mục tiêu đến năm 2030 tỷ lệ phủ sóng 5G đạt 99% dân số và 100% hộ gia đình có khả năng truy cập Internet cáp quang. Tốc độ băng rộng di động phấn đấu đạt tối thiểu 100 Mbps, băng rộng cố định tối thiểu 1 Gbps.",
                "Năm 2024, số thuê bao băng rộng cố định tăng 12% so với cùng kỳ; doanh thu dịch vụ viễn thông tăng 2,4%.",
            ]
        ),
        "2025-02-20",
        [],
    ),
    # merged province portal (Lào Cai + Yên Bái): fibre households, 5G stations after "trong đó" (its own value), "hiện còn" villages; cut mid-word
    (
        "\n".join(
            [
                "Cổng thông tin điện tử tỉnh Lào Cai",
                "Trang chủ > Tin tức > Khoa học - Công nghệ",
                "Hạ tầng số sau hợp nhất: 85,6% hộ gia đình có cáp quang",
                "Đến hết tháng 7/2025, trên địa bàn tỉnh có 85,6% hộ gia đình sử dụng Internet cáp quang băng rộng; toàn tỉnh có 2.146 trạm BTS, trong đó 312 trạm 5G.",
                "Sở Khoa học và Công nghệ cho biết, sau khi hợp nhất tỉnh Lào Cai và tỉnh Yên Bái từ ngày 1/7/2025, hạ tầng viễn thông được rà soát lại; hiện toàn tỉnh còn 64 thôn lõm sóng, chủ yếu tại các xã vùng ca",
            ]
        ),
        "2025-08-05",
        [
            ("ftth_household_rate", "Lào Cai", "as_of", "2025-07-31", 85.6),
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-07-31", 312),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-08-05", 64),
        ],
    ),
    # electrified dead-zone villages covered (1.765/1.853 …, đạt 95,3%) and villages left ("hiện còn"); the covered count, the "trong đó" sub-count and the target are not values
    (
        "\n".join(
            [
                "Báo Chính phủ | Xã hội | Thông tin - Truyền thông",
                "Xóa lõm sóng: 95,3% thôn có điện lưới đã có sóng di động",
                "(Chinhphu.vn) - Tính đến ngày 25/12/2024, các doanh nghiệp viễn thông đã phủ sóng 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%. Cả nước hiện còn 1.102 thôn, bản lõm sóng, trong đó 88 thôn đã có điện lưới nhưng chưa có sóng.",
                "Chương trình cung cấp dịch vụ viễn thông công ích đặt mục tiêu xóa toàn bộ thôn lõm sóng có điện trong quý I/2025.",
            ]
        ),
        "2024-12-28",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-25", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-25", 1102),
        ],
    ),
    # smartphone subscriptions (count in "triệu") and their share "chiếm … tổng số thuê bao di động"; a survey's share of adults owning smartphones is not stored
    (
        "\n".join(
            [
                "Công nghệ > Thiết bị > Di động",
                "Ảnh: minh họa",
                "89,5% thuê bao di động đã dùng smartphone",
                "Theo số liệu của Cục Viễn thông, tính đến cuối tháng 4/2025, cả nước có 112,4 triệu thuê bao sử dụng điện thoại thông minh, chiếm 89,5% tổng số thuê bao di động.",
                "Một khảo sát của hãng nghiên cứu thị trường độc lập cho thấy 84% người trưởng thành ở Việt Nam sở hữu smartphone.",
            ]
        ),
        "2025-05-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-04-30", 112400000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-30", 89.5),
        ],
    ),
    # numbered items of a monthly report: mobile broadband subscriptions with "(tháng trước là …)", per 100 inhabitants, fixed subscriptions (the % change is not), fibre households dated by the report's cut-off
    (
        "\n".join(
            [
                "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025 (trích)",
                "II. HẠ TẦNG SỐ",
                "1. Tính đến hết tháng 5/2025, tổng số thuê bao băng rộng di động đạt 88,7 triệu thuê bao (tháng trước là 88,2 triệu), tương đương 87,3 thuê bao/100 dân.",
                "2. Số thuê bao băng rộng cố định đạt 24,6 triệu, tăng 0,4% so với tháng 4/2025.",
                "3. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng là 83,2%.",
            ]
        ),
        "2025-06-10",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-05-31", 88700000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 88200000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 87.3),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-05-31", 24600000),
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 83.2),
        ],
    ),
    # a vendor report's Internet users (DataReportal) and the world share are not stored; the ministry's administrative share at end-2024 is
    (
        "\n".join(
            [
                "Trang chủ > Số hóa > Xu hướng",
                "03/03/2025 | 10:32",
                "Báo cáo Digital 2025: Việt Nam có 79,8 triệu người dùng Internet",
                "Theo báo cáo Digital 2025 do We Are Social và Meltwater công bố, tính đến đầu năm 2025 Việt Nam có 79,8 triệu người dùng Internet, tương đương 78,8% dân số; tỷ lệ người dùng Internet toàn cầu là 67,9%.",
                "Trong khi đó, số liệu của Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ) cho thấy đến hết năm 2024, tỷ lệ người dân sử dụng Internet đạt 78,4%.",
            ]
        ),
        "2025-03-03",
        [("internet_users_rate", "national", "as_of", "2024-12-31", 78.4)],
    ),
    # a table written as lines: two month columns date their cells; speeds, 5G coverage and 5G stations
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 5/2025 - Phụ lục 1: Một số chỉ tiêu hạ tầng số",
                "Chỉ tiêu | Đơn vị | Tháng 4/2025 | Tháng 5/2025",
                "Tốc độ băng rộng cố định (tải xuống) | Mbps | 172,1 | 176,9",
                "Tốc độ băng rộng di động (tải xuống) | Mbps | 139,8 | 144,2",
                "Tỷ lệ phủ sóng 5G theo dân số | % | 24,5 | 25,1",
                "Số trạm BTS 5G | trạm | 9.870 | 10.412",
                "Nguồn: Cục Viễn thông tổng hợp từ Ookla và báo cáo của doanh nghiệp",
            ]
        ),
        "2025-06-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 172.1),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 176.9),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 139.8),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 144.2),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-30", 24.5),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 25.1),
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 9870),
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 10412),
        ],
    ),
    # i-Speed (VNNIC) quarter: download speeds are stored ("là", "ở mức"), uploads are not; one city's mobile speed carries the province
    (
        "\n".join(
            [
                "Trung tâm Internet Việt Nam (VNNIC)",
                "Tin tức > Hoạt động > Đo kiểm chất lượng",
                "Kết quả đo tốc độ truy cập Internet i-Speed quý II/2025",
                "Theo số liệu từ hệ thống đo tốc độ i-Speed do VNNIC vận hành, trong quý II/2025 tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam là 197,6 Mbps, tốc độ tải lên là 183,9 Mbps; với băng rộng di động, tốc độ tải xuống ở mức 112,3 Mbps và tải lên 41,5 Mbps.",
                "Đáng chú ý, tốc độ tải xuống băng rộng di động tại Hà Nội đạt 125,7 Mbps, cao nhất cả nước.",
            ]
        ),
        "2025-07-22",
        [
            ("fixed_broadband_speed", "national", "quarter", "2025-06-30", 197.6),
            ("mobile_broadband_speed", "national", "quarter", "2025-06-30", 112.3),
            ("mobile_broadband_speed", "Hà Nội", "quarter", "2025-06-30", 125.7),
        ],
    ),
    # merged province (Bắc Ninh + Bắc Giang): numbers in the headline and the body; the province's target and a number cut by the end ("lên 9") are not values
    (
        "\n".join(
            [
                "Bắc Ninh: 1.250 trạm BTS 5G phủ sóng 82% dân số",
                "Trang chủ > Kinh tế > Hạ tầng | 03/09/2025 07:45",
                "Sở Khoa học và Công nghệ tỉnh Bắc Ninh cho biết, tính đến ngày 31/8/2025, toàn tỉnh (sau hợp nhất với tỉnh Bắc Giang) có 1.250 trạm BTS 5G, vùng phủ sóng 5G đạt 82% dân số; 100% khu công nghiệp đã có sóng 5G.",
                "Tỉnh đặt mục tiêu đến cuối năm 2025 phủ sóng 5G toàn bộ các xã, phường, đồng thời nâng tỷ lệ hộ gia đình sử dụng cáp quang lên 9",
            ]
        ),
        "2025-09-03",
        [
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2025-08-31", 1250),
            ("fiveg_population_coverage_rate", "Bắc Ninh", "as_of", "2025-08-31", 82.0),
        ],
    ),
    # negative: operators' own networks (Viettel, VNPT stations, coverage, subscribers); cut mid-sentence
    (
        "\n".join(
            [
                "Viễn thông | 5G | Doanh nghiệp",
                "Ảnh: Nhân viên kỹ thuật lắp đặt trạm 5G",
                "VNPT và Viettel tăng tốc lắp trạm 5G",
                "Sau hơn một tháng khai trương mạng 5G, Viettel đã phát sóng 6.500 trạm BTS 5G, phủ sóng tới 90% dân số các thành phố lớn và thu hút hơn 1 triệu thuê bao. VNPT cho biết đã có 1.200 trạm 5G tại 63 tỉnh, thành phố.",
                "Theo Cục Viễn thông, nhu cầu",
            ]
        ),
        "2024-11-05",
        [],
    ),
    # negative: a change ("tăng thêm khoảng 4 triệu") and a rate cut by the excerpt's end ("lên tới 8")
    (
        "\n".join(
            [
                "Kinh tế số | 08/01/2025 | Hoàng Anh",
                "Thuê bao băng rộng di động năm 2024: thêm 4 triệu thuê bao",
                "Năm 2024, số thuê bao băng rộng di động tăng thêm khoảng 4 triệu so với năm trước. Tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động lên tới 8",
            ]
        ),
        "2025-01-08",
        [],
    ),
    # interview: "Hiện nay" levels dated by the page; the headline's 2030 target is not a value; cut mid-sentence
    (
        "\n".join(
            [
                "Phỏng vấn | Thứ Hai, 21/4/2025",
                "Lãnh đạo Cục Viễn thông: 'Mục tiêu 5G phủ 99% dân số vào năm 2030 là khả thi'",
                "PV: Xin ông cho biết bức tranh hạ tầng 5G hiện nay?",
                "Phó Cục trưởng Cục Viễn thông: Hiện nay, cả nước có khoảng 7.500 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 26% dân số. Tốc độ trung bình của mạng 5G",
            ]
        ),
        "2025-04-21",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-21", 7500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-21", 26.0),
        ],
    ),
    # negative: no published date and only "Hiện nay" (fibre households, fixed speed): nobody can date these
    (
        "\n".join(
            [
                "Chuyên mục: Hạ tầng số",
                "Tags: 5G, cáp quang, băng rộng",
                "Cáp quang đã đến 83% hộ gia đình",
                "Hiện nay, cả nước có 83% hộ gia đình có kết nối Internet cáp quang băng rộng; tốc độ băng rộng cố định đạt khoảng 150 Mbps, thuộc nhóm 20 nước dẫn đầu thế giới.",
            ]
        ),
        None,
        [],
    ),
    # no published date, but the months are in the text: fixed speed with the prior month in brackets, mobile speed; the rank is not stored; cut mid-sentence
    (
        "\n".join(
            [
                "Tin tức > Viễn thông",
                "Tốc độ mạng cố định tháng 10/2024 tăng nhẹ",
                "Theo Ookla, tốc độ băng rộng cố định của Việt Nam trong tháng 10/2024 đạt 149,88 Mbps (tháng 9/2024 là 146,63 Mbps); tốc độ băng rộng di động đạt 83,9 Mbps. Việt Nam hiện xếp thứ 39 về tốc độ Internet di động, trong khi",
            ]
        ),
        None,
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 149.88),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 146.63),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 83.9),
        ],
    ),
    # a year under review ("Năm 2024, …"): undated levels at 31/12/2024, "ước đạt"; telecom revenue has no id
    (
        "\n".join(
            [
                "Nhìn lại năm 2024 | Viễn thông - Internet",
                "Ngành viễn thông năm 2024: hạ tầng băng rộng phủ rộng khắp",
                "Năm 2024, hạ tầng băng rộng tiếp tục được mở rộng: tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%, số thuê bao băng rộng cố định đạt 23,8 triệu, tỷ lệ người dân sử dụng Internet ước đạt 78%.",
                "Doanh thu dịch vụ viễn thông cả năm ước đạt 340.000 tỷ đồng.",
            ]
        ),
        "2025-01-15",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23800000),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 78.0),
        ],
    ),
    # a province's "bản chưa có sóng" as of a date; the decrease and the "Trong số đó" sub-count are not values; cut mid-word
    (
        "\n".join(
            [
                "Báo Điện Biên Phủ điện tử > Xã hội",
                "Điện Biên: còn 86 bản chưa có sóng di động",
                "Tính đến ngày 30/9/2024, toàn tỉnh Điện Biên còn 86 bản chưa có sóng điện thoại di động, giảm 41 bản so với đầu năm. Trong số đó, 23 bản chưa có điện lưới quốc gia nên việc lắp đặt trạm BTS gặp nhiều khó khă",
            ]
        ),
        "2024-10-02",
        [("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-09-30", 86)],
    ),
    # world and other-country speeds beside Viet Nam's; the rank is not stored
    (
        "\n".join(
            [
                "Thứ Sáu, 14/2/2025 | 16:05 GMT+7",
                "Internet cố định Việt Nam vào top 15 thế giới",
                "Theo Speedtest Global Index tháng 1/2025, tốc độ Internet cố định trung vị của Việt Nam đạt 165,45 Mbps, xếp thứ 15/153; tốc độ trung vị toàn cầu là 94,76 Mbps.",
                "Ở mạng di động, Việt Nam đạt 85,21 Mbps so với mức trung vị thế giới 56,9 Mbps; UAE dẫn đầu với 442 Mbps.",
            ]
        ),
        "2025-02-14",
        [
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 165.45),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 85.21),
        ],
    ),
    # share of villages covered ("phủ sóng tới 99,2% thôn, bản") and the villages left ("còn 594"), attributed to Bộ KH&CN
    (
        "\n".join(
            [
                "Trang chủ > Chuyển đổi số > Hạ tầng",
                "Phủ sóng di động băng rộng đến 99,2% thôn, bản",
                "Theo báo cáo của Bộ KH&CN, tính đến ngày 15/3/2025, mạng di động băng rộng đã phủ sóng tới 99,2% thôn, bản trên cả nước; số thôn lõm sóng còn 594.",
            ]
        ),
        "2025-03-25",
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-03-15", 99.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-03-15", 594),
        ],
    ),
    # negative: another country's 5G (GSMA on Korea), a world share, and Viet Nam's upload speed with its rank
    (
        "\n".join(
            [
                "Thế giới số | Viễn thông quốc tế",
                "Hàn Quốc có hơn 300.000 trạm 5G, phủ sóng 95% dân số",
                "Theo báo cáo của GSMA, đến cuối năm 2024, Hàn Quốc có hơn 300.000 trạm BTS 5G, mạng 5G phủ sóng 95% dân số; tỷ lệ thuê bao 5G trên tổng thuê bao di động toàn cầu đạt 25%.",
                "Tại Việt Nam, tốc độ tải lên của mạng cố định tháng 4/2025 là 160,2 Mbps, xếp thứ 10/154 quốc gia.",
            ]
        ),
        "2025-05-20",
        [],
    ),
    # national monthly report press summary: full-process dossier rate in the headline and body, "(tháng trước là …)", khối bộ, ngành / khối địa phương after "Cụ thể", online dossier rate; the point change is not
    (
        "\n".join(
            [
                "Trang chủ > Chuyển đổi số > Chính phủ số",
                "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 5/2025 đạt 45,2%",
                "Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025 của Bộ KH&CN, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 45,2% (tháng trước là 42,8%). Cụ thể, khối bộ, ngành đạt 61,3%; khối địa phương đạt 38,9%.",
                "Tỷ lệ hồ sơ xử lý trực tuyến (bao gồm một phần và toàn trình) đạt 58,7%, tăng 2,1 điểm phần trăm so với tháng 4.",
            ]
        ),
        "2025-06-09",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 45.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 42.8),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 61.3),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 38.9),
            ("online_dossier_rate", "national", "month", "2025-05-31", 58.7),
        ],
    ),
    # Government portal: share of all procedures full-process with "riêng khối …", and the eligible-procedures share; a date stamp line
    (
        "\n".join(
            [
                "Cổng Thông tin điện tử Chính phủ",
                "Thời sự > Chỉ đạo, điều hành",
                "date 2025-07",
                "6 tháng đầu năm 2025: 54,6% thủ tục hành chính được cung cấp trực tuyến toàn trình",
                "Tính đến ngày 30/6/2025, cả nước có 54,6% TTHC được cung cấp dưới dạng DVCTT toàn trình; riêng khối bộ, ngành là 58,1%, khối địa phương là 52,3%. Tỷ lệ TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình đạt 93,4%.",
            ]
        ),
        "2025-07-08",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 54.6),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-06-30", 58.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-06-30", 52.3),
            ("full_process_provision_rate", "national", "as_of", "2025-06-30", 93.4),
        ],
    ),
    # portal accounts (stock) and the month's new accounts (flow twin); the VNeID log-in share has no id
    (
        "\n".join(
            [
                "Xã hội > Cải cách hành chính | 08/04/2025",
                "Cổng Dịch vụ công quốc gia có 44,6 triệu tài khoản",
                "Đến ngày 31/3/2025, Cổng DVCQG có 44,6 triệu tài khoản đăng ký; riêng trong tháng 3 có thêm 1,08 triệu tài khoản mới. Số lượt đăng nhập bằng tài khoản định danh điện tử VNeID chiếm 71% tổng số lượt đăng nhập.",
            ]
        ),
        "2025-04-08",
        [
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 44600000),
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 1080000),
        ],
    ),
    # online payments: "lũy kế từ đầu năm" goes on the _new twins (ytd), "từ khi khai trương đến nay" on the stocks (as_of the page); "nghìn tỷ đồng"
    (
        "\n".join(
            [
                "Tài chính - Ngân hàng > Thanh toán số",
                "Thanh toán trực tuyến trên Cổng DVCQG: lũy kế từ đầu năm đạt 12,9 triệu giao dịch",
                "Lũy kế từ đầu năm đến hết tháng 4/2025, Cổng DVCQG ghi nhận 12,9 triệu giao dịch thanh toán trực tuyến với tổng số tiền 4.245 tỷ đồng.",
                "Tính từ khi khai trương đến nay, tổng số giao dịch thanh toán trực tuyến đạt 98,4 triệu giao dịch, giá trị đạt 29,6 nghìn tỷ đồng.",
            ]
        ),
        "2025-05-06",
        [
            ("online_payments_count_new", "national", "ytd", "2025-04-30", 12900000),
            ("online_payments_value_new", "national", "ytd", "2025-04-30", 4245),
            ("online_payments_count", "national", "as_of", "2025-05-06", 98400000),
            ("online_payments_value", "national", "as_of", "2025-05-06", 29600),
        ],
    ),
    # merged province (Tuyên Quang + Hà Giang), 6 months: "… hồ sơ trực tuyến, đạt tỷ lệ 72,4%" and the full-process share; dossier counts have no id; cut mid-sentence
    (
        "\n".join(
            [
                "Cổng Thông tin điện tử tỉnh Tuyên Quang",
                "Trang chủ > Cải cách hành chính > Tin hoạt động",
                "6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 72,4%",
                "6 tháng đầu năm 2025, Trung tâm Phục vụ hành chính công tỉnh và các cơ quan, địa phương trên địa bàn tỉnh đã tiếp nhận 186.540 hồ sơ TTHC, trong đó 135.055 hồ sơ trực tuyến, đạt tỷ lệ 72,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,8%.",
                "Sau khi hợp nhất với tỉnh Hà Giang từ ngày 1/7/2025, tỉnh Tuyên Quang tiếp tục rà soát, công bố lại danh mục",
            ]
        ),
        "2025-07-15",
        [
            ("online_dossier_rate", "Tuyên Quang", "half", "2025-06-30", 72.4),
            ("online_dossier_full_process_rate", "Tuyên Quang", "half", "2025-06-30", 51.8),
        ],
    ),
    # digitisation of dossiers (số hóa, no id) beside electronic results and data reuse in a month
    (
        "\n".join(
            [
                "Chính phủ số | 12/03/2025",
                "Số hóa hồ sơ TTHC: nhiều địa phương còn chậm",
                "Theo Văn phòng Chính phủ, trong tháng 2/2025, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của cả nước đạt 68,5%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 88,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 39,6%.",
            ]
        ),
        "2025-03-12",
        [
            ("e_result_rate", "national", "month", "2025-02-28", 88.2),
            ("data_reuse_rate", "national", "month", "2025-02-28", 39.6),
        ],
    ),
    # month's dossiers on the portal (flow twin) and NDXP transactions in the month and per day
    (
        "\n".join(
            [
                "Tin nổi bật | Chuyển đổi số",
                "Cổng DVCQG tiếp nhận 3,2 triệu hồ sơ trực tuyến trong tháng 6",
                "Trong tháng 6/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 3,2 triệu hồ sơ trực tuyến; Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,7 triệu giao dịch, trung bình 3,29 triệu giao dịch mỗi ngày.",
            ]
        ),
        "2025-07-07",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-06-30", 3200000),
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 98700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3290000),
        ],
    ),
    # essential services "53/53" in headline and body; the 2025 target after "phấn đấu" is not a value
    (
        "\n".join(
            [
                "Trang chủ > Đề án 06",
                "53/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình",
                "Tính đến ngày 15/12/2024, đã có 53/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng DVCQG, vượt tiến độ đề ra. Năm 2025, phấn đấu 100% hồ sơ TTHC được gắn mã định danh cá nhân.",
            ]
        ),
        "2024-12-20",
        [("essential_services_full_process", "national", "as_of", "2024-12-15", 53)],
    ),
    # negative: one named ministry's own figures (Bộ KH&CN after the merger): services count, eligible share, its dossier rate
    (
        "\n".join(
            [
                "Bộ Khoa học và Công nghệ | Cải cách hành chính",
                "Bộ KH&CN sau hợp nhất: 100% TTHC đủ điều kiện được cung cấp toàn trình",
                "Từ ngày 1/3/2025, Bộ Khoa học và Công nghệ chính thức hợp nhất với Bộ Thông tin và Truyền thông. Theo Văn phòng Bộ, hiện Bộ cung cấp 412 DVCTT, trong đó 100% TTHC đủ điều kiện được cung cấp toàn trình; tỷ lệ hồ sơ trực tuyến của Bộ trong quý I/2025 đạt 96,7%.",
            ]
        ),
        "2025-04-02",
        [],
    ),
    # mixed: targets for 2025 and a year-on-year change are not values; the year's satisfaction rate is
    (
        "\n".join(
            [
                "Thời sự | 20/01/2025 | Lan Phương",
                "Kế hoạch 2025: 80% hồ sơ được xử lý trực tuyến toàn trình",
                "Năm 2025, Chính phủ đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%, 100% DVCTT đủ điều kiện được cung cấp toàn trình.",
                "Năm 2024, số hồ sơ trực tuyến nộp qua Cổng DVCQG tăng 12% so với cùng kỳ, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC đạt 89,6%.",
            ]
        ),
        "2025-01-20",
        [("satisfaction_rate", "national", "year", "2024-12-31", 89.6)],
    ),
    # adults using online services at end-2024; the 40% target it exceeded is not a value
    (
        "\n".join(
            [
                "Xã hội số > Dịch vụ công",
                "Tỷ lệ người trưởng thành dùng dịch vụ công trực tuyến lên tới 41,4%",
                "Tính đến cuối năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 41,4%, vượt mục tiêu 40% đề ra cho năm 2024.",
            ]
        ),
        "2025-02-25",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 41.4)],
    ),
    # merged city (Đà Nẵng + Quảng Nam), first month after the merger: personal-ID dossiers, satisfaction, online dossiers
    (
        "\n".join(
            [
                "Cổng thông tin điện tử thành phố Đà Nẵng",
                "Đà Nẵng: 98,2% hồ sơ gắn mã định danh cá nhân",
                "Trong tháng 7/2025 - tháng đầu tiên sau khi hợp nhất với tỉnh Quảng Nam, thành phố Đà Nẵng tiếp nhận 96.320 hồ sơ TTHC; tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân đạt 98,2%, tỷ lệ người dân, doanh nghiệp hài lòng đạt 95,1%, tỷ lệ hồ sơ trực tuyến đạt 81,3%.",
            ]
        ),
        "2025-08-12",
        [
            ("dossiers_with_personal_id_rate", "Đà Nẵng", "month", "2025-07-31", 98.2),
            ("satisfaction_rate", "Đà Nẵng", "month", "2025-07-31", 95.1),
            ("online_dossier_rate", "Đà Nẵng", "month", "2025-07-31", 81.3),
        ],
    ),
    # a city's online services as a ratio "1.542/1.823 DVCTT, đạt 84,59% so với tổng số TTHC"; the full-process count has no id
    (
        "\n".join(
            [
                "Hà Nội | Chính quyền số | 18/09/2024",
                "Hà Nội cung cấp 1.542 dịch vụ công trực tuyến",
                "Theo Sở Thông tin và Truyền thông Hà Nội, tính đến ngày 15/9/2024, thành phố đã cung cấp 1.542/1.823 DVCTT, đạt 84,59% so với tổng số TTHC thuộc thẩm quyền giải quyết; trong đó có 1.042 DVCTT toàn trình.",
            ]
        ),
        "2024-09-18",
        [("dvctt_rate", "Hà Nội", "as_of", "2024-09-15", 84.59)],
    ),
    # a table written as lines with Cả nước / Khối bộ, ngành / Khối địa phương columns; the online-payment rate row has no id
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 3/2025 (trích)",
                "Bảng 2. Kết quả cung cấp, sử dụng dịch vụ công trực tuyến tháng 3/2025",
                "Chỉ tiêu | Cả nước | Khối bộ, ngành | Khối địa phương",
                "Tỷ lệ hồ sơ trực tuyến (%) | 52,6 | 68,4 | 47,9",
                "Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 39,8 | 55,2 | 35,1",
                "Tỷ lệ thanh toán trực tuyến (%) | 31,4 | 40,2 | 29,7",
            ]
        ),
        "2025-04-10",
        [
            ("online_dossier_rate", "national", "month", "2025-03-31", 52.6),
            ("online_dossier_rate", "ministries", "month", "2025-03-31", 68.4),
            ("online_dossier_rate", "localities", "month", "2025-03-31", 47.9),
            ("online_dossier_full_process_rate", "national", "month", "2025-03-31", 39.8),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-03-31", 55.2),
            ("online_dossier_full_process_rate", "localities", "month", "2025-03-31", 35.1),
        ],
    ),
    # provinces with a fee-reduction resolution "56/63"; the remainder "07/63 … chưa", the number of conferences and the decree number are not values
    (
        "\n".join(
            [
                "Văn phòng Chính phủ | Thông cáo báo chí",
                "56 tỉnh, thành phố đã miễn, giảm phí dịch vụ công trực tuyến",
                "Đến hết tháng 5/2024, 56/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng dịch vụ công trực tuyến; 07/63 địa phương chưa ban hành. Văn phòng Chính phủ đã tổ chức 3 hội nghị hướng dẫn triển khai Nghị định số 45/2020/NĐ-CP.",
            ]
        ),
        "2024-06-05",
        [("localities_fee_reduction", "national", "as_of", "2024-05-31", 56)],
    ),
    # "Đến nay" portal stocks dated by the page (accounts, dossiers with "hơn", payments); cut mid-sentence
    (
        "\n".join(
            [
                "Trang chủ > Xã hội > Cải cách hành chính",
                "18/02/2025 14:20 GMT+7",
                "Cổng DVCQG: hơn 250 triệu hồ sơ trực tuyến đã được nộp",
                "Đến nay, Cổng Dịch vụ công quốc gia đã có 41,2 triệu tài khoản đăng ký, hơn 250 triệu hồ sơ trực tuyến được nộp qua Cổng và 45,8 triệu giao dịch thanh toán trực tuyến. Văn phòng Chính phủ cho biết trong thời gian tới sẽ tiếp tục",
            ]
        ),
        "2025-02-18",
        [
            ("national_portal_accounts", "national", "as_of", "2025-02-18", 41200000),
            ("national_portal_dossiers", "national", "as_of", "2025-02-18", 250000000),
            ("online_payments_count", "national", "as_of", "2025-02-18", 45800000),
        ],
    ),
    # a quarter ("Quý I/2025"): full-process dossiers, new accounts and payments in the quarter go on the flow twins
    (
        "\n".join(
            [
                "Kinh tế - Xã hội quý I/2025",
                "Dịch vụ công trực tuyến quý I/2025 tiếp tục chuyển biến",
                "Quý I/2025, cả nước có 41,5% hồ sơ TTHC được xử lý trực tuyến toàn trình; Cổng DVCQG có thêm 2,9 triệu tài khoản đăng ký mới và 1,35 triệu giao dịch thanh toán trực tuyến, tổng số tiền 1.687 tỷ đồng.",
            ]
        ),
        "2025-04-15",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 41.5),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 2900000),
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 1350000),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 1687),
        ],
    ),
    # merged province (An Giang + Kiên Giang): "Hiện nay … chiếm 58,3% tổng số TTHC" dated by the page, and "8 tháng năm 2025" (ytd); the services count has no id
    (
        "\n".join(
            [
                "Cổng TTĐT tỉnh An Giang > Tin tức - Sự kiện",
                "An Giang đẩy mạnh dịch vụ công trực tuyến toàn trình sau hợp nhất",
                "Hiện nay, tỉnh An Giang (hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang) đang cung cấp 1.126 DVCTT toàn trình, chiếm 58,3% tổng số TTHC; tỷ lệ hồ sơ trực tuyến 8 tháng năm 2025 đạt 64,9%.",
            ]
        ),
        "2025-09-20",
        [
            ("dvctt_full_process_rate", "An Giang", "as_of", "2025-09-20", 58.3),
            ("online_dossier_rate", "An Giang", "ytd", "2025-08-31", 64.9),
        ],
    ),
    # negative: FAQ page with no date and "hiện có" accounts; "100% bộ, ngành, địa phương" has no id; cut with an ellipsis
    (
        "\n".join(
            [
                "Cổng Dịch vụ công quốc gia",
                "Hướng dẫn | Câu hỏi thường gặp",
                "Cổng DVCQG hiện có hơn 40 triệu tài khoản, kết nối với 100% bộ, ngành, địa phương. Người dân có thể đăng nhập bằng tài khoản VNeID mức độ 2 để nộp hồ sơ trực tuyến...",
            ]
        ),
        None,
        [],
    ),
    # negative: year-on-year changes only, and the quarter's rate cut by the excerpt's end ("đạt 5")
    (
        "\n".join(
            [
                "Chính phủ số | 08/10/2025",
                "Quý III/2025: hồ sơ trực tuyến toàn trình tăng 18% so với cùng kỳ",
                "Trong quý III/2025, số hồ sơ trực tuyến toàn trình tăng 18% so với cùng kỳ năm 2024, số giao dịch thanh toán trực tuyến tăng 23,5%. Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước trong quý đạt 5",
            ]
        ),
        "2025-10-08",
        [],
    ),
    # UN e-government rank "71/193" in the headline and body (labelled `year` of the 2024 edition, as the README settles) with the 2022 edition in brackets; the 15-place rise and the OSI score are not stored; cut after "xếp thứ"
    (
        "\n".join(
            [
                "Trang chủ > Chính phủ số",
                "Việt Nam tăng 15 bậc về Chính phủ điện tử, xếp thứ 71/193",
                "Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc công bố ngày 17/9/2024, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022 (xếp thứ 86). Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7332, xếp thứ",
            ]
        ),
        "2024-09-25",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # merged province (Quảng Trị + Quảng Bình): "100% thôn, bản … đã có sóng di động 4G" and fibre households
    (
        "\n".join(
            [
                "Quảng Trị | Khoa học - Công nghệ | 20/08/2025",
                "Quảng Trị: 100% thôn, bản đã có sóng di động",
                "Tính đến ngày 15/8/2025, 100% thôn, bản trên địa bàn tỉnh Quảng Trị (sau hợp nhất với tỉnh Quảng Bình) đã có sóng di động 4G; tỷ lệ hộ gia đình có kết nối cáp quang đạt 76,5%.",
            ]
        ),
        "2025-08-20",
        [
            ("villages_with_mobile_coverage_rate", "Quảng Trị", "as_of", "2025-08-15", 100.0),
            ("ftth_household_rate", "Quảng Trị", "as_of", "2025-08-15", 76.5),
        ],
    ),
    # an undated annex table whose title gives the date ("số liệu đến 31/12/2024"); per-100 rates, smartphone share; a dash is not a value
    (
        "\n".join(
            [
                "Phụ lục. Chỉ tiêu hạ tầng số (số liệu đến 31/12/2024)",
                "Stt | Chỉ tiêu | Kết quả",
                "1 | Số thuê bao băng rộng di động/100 dân | 85,2",
                "2 | Số thuê bao băng rộng cố định/100 dân | 24,1",
                "3 | Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (%) | 88,6",
                "4 | Tỷ lệ dân số được phủ sóng 5G (%) | -",
            ]
        ),
        None,
        [
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 85.2),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.6),
        ],
    ),
    # "chạm mốc" with a rounded milestone in the headline (not stored) and the exact count in the body; the month-on-month increase and 5G subscribers (no id) are not
    (
        "\n".join(
            [
                "Viễn thông | 10/09/2025 08:30",
                "5G chạm mốc 20.000 trạm phát sóng",
                "Theo Cục Viễn thông, đến hết tháng 8/2025 tổng số trạm BTS 5G trên toàn quốc đã chạm mốc 20.124 trạm, tăng 1.850 trạm so với tháng 7; số thuê bao 5G đạt 18,3 triệu. Vùng phủ 5G đạt 37% dân số.",
            ]
        ),
        "2025-09-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 20124),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 37.0),
        ],
    ),
    # dead-zone programme "2.164/2.418 thôn, bản lõm sóng (đạt 89,5%)"; the "Trong đó" sub-count is not a value; cut mid-word
    (
        "\n".join(
            [
                "Giáo dục - Xã hội | Ảnh minh họa",
                "Hoàn thành phủ sóng 89,5% thôn, bản lõm sóng",
                "Theo báo cáo của Cục Viễn thông, đến ngày 31/7/2024, các doanh nghiệp đã phủ sóng 2.164/2.418 thôn, bản lõm sóng (đạt 89,5%) trong khuôn khổ chương trình 'Sóng và máy tính cho em'. Trong đó, 1.100 thôn được phủ sóng bằng trạm BTS xây mới, số còn lại được phủ bằng giải pháp tăng cường vùng phủ từ các trạm lâ",
            ]
        ),
        "2024-08-14",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-07-31", 89.5)],
    ),
    # interview with an official: "Hiện nay … khoảng 40%", "riêng khối địa phương … khoảng 35%" dated by the page; the 2025 target is not
    (
        "\n".join(
            [
                "Diễn đàn | Phỏng vấn",
                "Tác giả: Thu Hà | 30/03/2025 06:00",
                "'Hồ sơ toàn trình mới khoảng 40%, cần gỡ điểm nghẽn dữ liệu'",
                "PV: Thưa ông, tỷ lệ hồ sơ được xử lý trực tuyến toàn trình hiện nay ra sao?",
                "Phó Cục trưởng Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ): Hiện nay, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước mới đạt khoảng 40%, riêng khối địa phương chỉ ở mức khoảng 35%. Mục tiêu năm 2025 là 80% nên khoảng cách còn rất lớn.",
            ]
        ),
        "2025-03-30",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2025-03-30", 40.0),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-03-30", 35.0),
        ],
    ),
    # monthly report as a dash list: speeds with "(tháng 6 là …)", an ASEAN rank (not stored), per 100 inhabitants
    (
        "\n".join(
            [
                "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 7/2025",
                "Bộ Khoa học và Công nghệ",
                "II. Hạ tầng số",
                "- Tốc độ băng rộng di động: 161,3 Mbps (tháng 6 là 154,9 Mbps), xếp thứ 3 ASEAN;",
                "- Tốc độ băng rộng cố định: 216,2 Mbps;",
                "- Thuê bao băng rộng di động: 89,9 thuê bao/100 dân.",
            ]
        ),
        "2025-08-11",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 161.3),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 154.9),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 216.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-07-31", 89.9),
        ],
    ),
    # merged province (Ninh Bình + Hà Nam + Nam Định): "Lũy kế từ đầu năm đến ngày 15/10/2025" rates (ytd) and the eligible share as of that day
    (
        "\n".join(
            [
                "Cổng thông tin điện tử tỉnh Ninh Bình",
                "Trang chủ > Cải cách hành chính | 20/10/2025",
                "Ninh Bình: tỷ lệ hồ sơ trực tuyến lũy kế từ đầu năm đạt 76,2%",
                "Lũy kế từ đầu năm đến ngày 15/10/2025, tỉnh Ninh Bình (hợp nhất từ Ninh Bình, Hà Nam và Nam Định) tiếp nhận 412.560 hồ sơ TTHC; tỷ lệ hồ sơ trực tuyến đạt 76,2%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,4%; 100% TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình.",
            ]
        ),
        "2025-10-20",
        [
            ("online_dossier_rate", "Ninh Bình", "ytd", "2025-10-15", 76.2),
            ("online_dossier_full_process_rate", "Ninh Bình", "ytd", "2025-10-15", 58.4),
            ("full_process_provision_rate", "Ninh Bình", "as_of", "2025-10-15", 100.0),
        ],
    ),
]
