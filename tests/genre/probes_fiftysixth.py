"""Blind probes, round 56: constructions that tie one figure to another in Vietnamese
digital-transformation reports and press texts. Each case is built around one construction:
a figure restated in another unit right after it ("tương ứng", "tương đương", "tức", "bằng");
rankings and leader lists whose period is said only in the paragraph's first sentence; a period
said once and carried over several lines next to a deadline or plan for another month; daily
averages and running totals ("bình quân/ngày", "lũy kế từ khi vận hành", "tính từ đầu năm"),
also in "| Chỉ tiêu | Giá trị |" tables; interviews where the date is only in the question, the
lead or the published date; an earlier period's value in a parenthesis or after "so với mức";
and negative or mixed versions of the same (restated targets, a province's rank among provinces,
an operator's restated share, another country's or a survey's figure, decrees and meetings,
sub-counts after "trong đó"). Cases span every family of the catalog and ministry monthly
reports, government notices, press summaries, provincial portals and interviews.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1 restatement: "a/b TTHC, tương ứng x%", then "tức khoảng x% ... và y% số TTHC đủ điều kiện", "bằng x% số DVCTT"
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 5/2025",
                "1. Dịch vụ công trực tuyến",
                "Tính đến ngày 31/5/2025, các bộ, ngành, địa phương đã cung cấp 5.310/6.423 TTHC dưới dạng dịch vụ công trực tuyến, tương ứng 82,67%.",
                "Trong đó, 3.214 TTHC được cung cấp trực tuyến toàn trình, tức khoảng 50,04% tổng số TTHC và 88,1% số TTHC đủ điều kiện cung cấp toàn trình.",
                "Số DVCTT có phát sinh hồ sơ là 3.977 dịch vụ, bằng 74,9% số DVCTT đã cung cấp.",
            ]
        ),
        "2025-06-05",
        [
            ("dvctt_rate", "national", "as_of", "2025-05-31", 82.67),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 50.04),
            ("full_process_provision_rate", "national", "as_of", "2025-05-31", 88.1),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-05-31", 74.9),
        ],
    ),
    # 1 restatement: a rate restated as a count of another id ("đạt 89,4%, tương đương khoảng 109 triệu thuê bao"), a count restated per 100 people, a rate restated in households
    (
        "\n".join(
            [
                "Hà Nội, 12/4/2025 (VietnamPlus) - Theo Cục Viễn thông, đến hết tháng 3/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,4%, tương đương khoảng 109 triệu thuê bao.",
                "Số thuê bao băng rộng cố định ở mức 23,1 triệu, bằng khoảng 23 thuê bao/100 dân.",
                "Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82,3%, tức khoảng 22,5 triệu hộ.",
            ]
        ),
        "2025-04-12",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 89.4),
            ("smartphone_subscriptions", "national", "as_of", "2025-03-31", 109000000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 23100000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 23),
            ("ftth_household_rate", "national", "as_of", "2025-03-31", 82.3),
        ],
    ),
    # 1 restatement: a province's shares restated as dossier counts ("chiếm 68,5%, tức 881.184 hồ sơ", "đạt 31%, bằng khoảng 398.800 hồ sơ"); the counts have no id
    (
        "\n".join(
            [
                "Cổng Thông tin điện tử tỉnh Thanh Hóa",
                "Trong quý I/2025, toàn tỉnh tiếp nhận 1.286.400 hồ sơ TTHC, trong đó hồ sơ trực tuyến chiếm 68,5%, tức 881.184 hồ sơ.",
                "Hồ sơ trực tuyến toàn trình đạt 31%, bằng khoảng 398.800 hồ sơ; 94,2% hồ sơ được trả kết quả điện tử, tương đương hơn 1,21 triệu kết quả.",
            ]
        ),
        "2025-04-08",
        [
            ("online_dossier_rate", "Thanh Hóa", "quarter", "2025-03-31", 68.5),
            ("online_dossier_full_process_rate", "Thanh Hóa", "quarter", "2025-03-31", 31.0),
            ("e_result_rate", "Thanh Hóa", "quarter", "2025-03-31", 94.2),
        ],
    ),
    # 1 restatement: a GDP share restated in VND (no id), growth restated as a multiple of GDP growth; the ICT core's share after "Trong đó" is not the digital economy's
    (
        "\n".join(
            [
                "(Báo Chính phủ) Năm 2024, kinh tế số Việt Nam ước chiếm 18,3% GDP, tương đương khoảng 2,1 triệu tỷ đồng.",
                "Tốc độ tăng trưởng của kinh tế số ở mức khoảng 20%, gấp gần ba lần tốc độ tăng GDP.",
                "Trong đó, kinh tế số lõi (ICT) đóng góp khoảng 9% GDP, bằng khoảng 1 triệu tỷ đồng.",
            ]
        ),
        "2025-02-18",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # 1 restatement: a monthly count restated as a daily average (no id for attacks/day), a past month in a parenthesis, botnet IPs restated as a share of IPv4 space
    (
        "\n".join(
            [
                "Báo cáo tình hình an toàn thông tin mạng tháng 3/2025",
                "Trong tháng 3/2025, hệ thống kỹ thuật của Cục An toàn thông tin ghi nhận 1.084 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tương đương trung bình khoảng 35 cuộc mỗi ngày, giảm 9,3% so với tháng 2/2025 (1.195 cuộc).",
                "Tính đến cuối tháng 3/2025, số địa chỉ IP nằm trong mạng botnet là 452.600, tức khoảng 2,8% tổng số địa chỉ IPv4 của Việt Nam.",
            ]
        ),
        "2025-04-05",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 1084),
            ("cyberattacks", "national", "month", "2025-02-28", 1195),
            ("botnet_ips", "national", "as_of", "2025-03-31", 452600),
        ],
    ),
    # 2 ranking: EGDI rank with the year only in the first sentence; world leaders and ASEAN places after it are not Viet Nam's rank
    (
        "\n".join(
            [
                "(VietnamPlus) Năm 2022, Việt Nam xếp thứ 86/193 quốc gia trong bảng xếp hạng Chính phủ điện tử (EGDI) của Liên Hợp Quốc, tăng 2 bậc so với kỳ trước.",
                "Đứng đầu thế giới là Đan Mạch, tiếp theo là Phần Lan và Hàn Quốc.",
                "Trong khu vực ASEAN, Việt Nam đứng thứ sáu; dẫn đầu là Singapore (hạng 12), thứ hai là Malaysia (hạng 53).",
                "Riêng chỉ số thành phần hạ tầng viễn thông của Việt Nam tăng 5 bậc, lên vị trí 72.",
            ]
        ),
        "2023-01-10",
        [("egdi_rank", "national", "year", "2022-12-31", 86)],
    ),
    # 2 leader list of provinces: "Dẫn đầu là X với N%, tiếp theo là Y (M%) và Z", period only in the first sentence; Z has no figure
    (
        "\n".join(
            [
                "Báo cáo đánh giá kết quả cung cấp dịch vụ công trực tuyến quý I/2025",
                "Trong quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối địa phương đạt 42,6%.",
                "Dẫn đầu là Bình Dương với 78,1%, tiếp theo là Quảng Ninh (71,4%) và Đà Nẵng; đứng thứ tư là Bắc Ninh với 66,2%.",
                "Xếp cuối bảng là Lai Châu (15,2%), đứng thứ 62/63 là Điện Biên với 16,9%.",
            ]
        ),
        "2025-04-10",
        [
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 42.6),
            ("online_dossier_full_process_rate", "Bình Dương", "quarter", "2025-03-31", 78.1),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 71.4),
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2025-03-31", 66.2),
            ("online_dossier_full_process_rate", "Lai Châu", "quarter", "2025-03-31", 15.2),
            ("online_dossier_full_process_rate", "Điện Biên", "quarter", "2025-03-31", 16.9),
        ],
    ),
    # 2 leader list of named agencies on NDXP: the agencies' counts are not stored, the platform's quarter total and daily average are
    (
        "\n".join(
            [
                "(VietnamPlus) Quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) xử lý 232,4 triệu giao dịch, bình quân 2,58 triệu giao dịch/ngày.",
                "Đứng đầu về lưu lượng là Bộ Công an với 61,2 triệu giao dịch, tiếp theo là Bảo hiểm xã hội Việt Nam (40,5 triệu) và Bộ Tài chính.",
                "Xếp thứ tư là Tổng cục Thuế với 19,8 triệu giao dịch; 10 địa phương có số giao dịch thấp nhất đều dưới 100.000.",
            ]
        ),
        "2025-04-12",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 232400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 2580000),
        ],
    ),
    # 2 speed ranking: "tăng 8 bậc lên vị trí 34/111", month only in the first sentence; upload speed, speed ranks and other countries' speeds are not stored
    (
        "\n".join(
            [
                "(Báo Chính phủ) Theo Speedtest Global Index của Ookla, trong tháng 12/2024, tốc độ tải xuống trung bình của băng rộng di động Việt Nam đạt 88,7 Mbps, tăng 8 bậc lên vị trí 34/111.",
                "Băng rộng cố định ghi nhận 154,4 Mbps, đứng thứ 39/158 thế giới; tốc độ tải lên là 146,2 Mbps.",
                "Dẫn đầu về di động là UAE với 428,5 Mbps, tiếp theo là Qatar (395,3 Mbps); Singapore đứng đầu về cố định với 345,3 Mbps.",
            ]
        ),
        "2025-01-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 88.7),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.4),
        ],
    ),
    # 2 leader/laggard list in cybersecurity: blocs and named provinces stored, named ministries and an unnamed agency not; date only in the first sentence
    (
        "\n".join(
            [
                "Báo cáo của Cục An toàn thông tin: tính đến ngày 31/12/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trên toàn quốc đạt 78,2%.",
                "Khối bộ, ngành ở mức 72,5%; dẫn đầu là Bộ Tư pháp và Bộ Tài chính cùng đạt 100%, đứng cuối là một cơ quan thuộc Chính phủ với 18%.",
                "Khối địa phương đạt 81,4%, trong đó 21 tỉnh, thành phố đã đạt 100%; thấp nhất là Hà Giang với 35,6%, tiếp đến là Kon Tum (41,2%).",
            ]
        ),
        "2025-01-10",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 78.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-12-31", 72.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-12-31", 81.4),
            ("info_systems_level_approved_rate", "Hà Giang", "as_of", "2024-12-31", 35.6),
            ("info_systems_level_approved_rate", "Kon Tum", "as_of", "2024-12-31", 41.2),
        ],
    ),
    # 3 carried period: "Tính đến ngày 15/4/2024:" over a list whose items carry deadlines "trong tháng 6/2024", "trước ngày 31/5/2024"; remainders not stored
    (
        "\n".join(
            [
                "THÔNG BÁO Kết luận của Thủ tướng Chính phủ tại phiên họp Ủy ban Quốc gia về chuyển đổi số (ngày 20/4/2024)",
                "Tính đến ngày 15/4/2024:",
                "- 41/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; 12 dịch vụ còn lại phải hoàn thành trong tháng 6/2024;",
                "- 56/63 tỉnh, thành phố đã ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi sử dụng DVCTT; 07 địa phương chưa ban hành phải hoàn thành trước ngày 31/5/2024;",
                "- Tỷ lệ hồ sơ TTHC gắn mã số định danh cá nhân đạt 74,6%;",
                "- Tỷ lệ hồ sơ tái sử dụng thông tin, dữ liệu đã số hóa đạt 28,3%.",
            ]
        ),
        "2024-04-25",
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-15", 41),
            ("localities_fee_reduction", "national", "as_of", "2024-04-15", 56),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-04-15", 74.6),
            ("data_reuse_rate", "national", "as_of", "2024-04-15", 28.3),
        ],
    ),
    # 3 carried month over a list of portal flows, with an EMC deadline "trước ngày 30/9/2024" in the middle item
    (
        "\n".join(
            [
                "BÁO CÁO TÌNH HÌNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN THÁNG 8/2024",
                "Trong tháng 8/2024, Cổng Dịch vụ công quốc gia:",
                "- Có thêm 412.500 tài khoản đăng ký mới;",
                "- Tiếp nhận 1,92 triệu hồ sơ trực tuyến;",
                "- Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với EMC: 78,1% (các đơn vị chưa kết nối phải hoàn thành trước ngày 30/9/2024);",
                "- Thực hiện 3,4 triệu giao dịch thanh toán trực tuyến với số tiền 2.815 tỷ đồng.",
            ]
        ),
        "2024-09-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 412500),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1920000),
            ("emc_connection_rate", "national", "as_of", "2024-08-31", 78.1),
            ("online_payments_count_new", "national", "month", "2024-08-31", 3400000),
            ("online_payments_value_new", "national", "month", "2024-08-31", 2815),
        ],
    ),
    # 3 provincial list under "6 tháng đầu năm 2025", one item a plan "đến hết tháng 9/2025 ... tối thiểu 50%" (a target, not a value), the next item back on the half
    (
        "\n".join(
            [
                "Cổng TTĐT tỉnh Nghệ An - Trong 6 tháng đầu năm 2025, trên địa bàn tỉnh:",
                "- Tỷ lệ hồ sơ xử lý trực tuyến đạt 64,2%;",
                "- Tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 71,8%;",
                "- Riêng hồ sơ trực tuyến toàn trình, UBND tỉnh yêu cầu đến hết tháng 9/2025 phải đạt tối thiểu 50%;",
                "- Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC đạt 96,1%.",
            ]
        ),
        "2025-07-10",
        [
            ("online_dossier_rate", "Nghệ An", "half", "2025-06-30", 64.2),
            ("e_result_rate", "Nghệ An", "half", "2025-06-30", 71.8),
            ("satisfaction_rate", "Nghệ An", "half", "2025-06-30", 96.1),
        ],
    ),
    # 3 infrastructure list under "đến hết tháng 10/2024" with a deadline "trước tháng 12/2024" before the 5G item
    (
        "\n".join(
            [
                "Thông báo kết luận của Phó Thủ tướng về phát triển hạ tầng số (ngày 8/11/2024)",
                "Theo báo cáo của Bộ Thông tin và Truyền thông, đến hết tháng 10/2024:",
                "- Cả nước còn 1.312 thôn, bản chưa có sóng di động băng rộng;",
                "- Đã phủ sóng 2.164/2.418 thôn lõm sóng có điện lưới, đạt 89,5%; các thôn có điện còn lại phải được phủ sóng xong trước tháng 12/2024;",
                "- Đã phát sóng 7.230 trạm 5G, vùng phủ 5G đạt 21,5% dân số.",
            ]
        ),
        "2024-11-08",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 1312),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 89.5),
            ("fiveg_bts_count", "national", "as_of", "2024-10-31", 7230),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-10-31", 21.5),
        ],
    ),
    # 3 date said once ("Đến ngày 30/11/2024") then two more sentences, one carrying a deadline "trước ngày 31/3/2025"; rural sub-count after "trong đó" not stored
    (
        "\n".join(
            [
                "(VnExpress) Đến ngày 30/11/2024, cả nước đã cấp 88,6 triệu thẻ căn cước gắn chíp cho công dân.",
                "Số tài khoản định danh điện tử VNeID đã kích hoạt là 58,3 triệu; Bộ Công an yêu cầu hoàn thành cấp tài khoản cho học sinh từ đủ 14 tuổi trước ngày 31/3/2025.",
                "Số khách hàng sử dụng Mobile Money đạt 8,9 triệu, trong đó 6,5 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.",
            ]
        ),
        "2024-12-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-11-30", 88600000),
            ("vneid_activated_accounts", "national", "as_of", "2024-11-30", 58300000),
            ("mobile_money_customers", "national", "as_of", "2024-11-30", 8900000),
        ],
    ),
    # 4 table "| Chỉ tiêu | Giá trị |": month total, "Bình quân/ngày", "Lũy kế từ khi vận hành" (tỷ), connection points; month only in the caption
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 5/2025",
                "Bảng 3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) - số liệu tháng 5/2025",
                "| Chỉ tiêu | Giá trị |",
                "|---|---|",
                "| Số giao dịch trong tháng | 81,2 triệu |",
                "| Bình quân/ngày | 2,62 triệu |",
                "| Lũy kế từ khi vận hành | 3,29 tỷ |",
                "| Số điểm kết nối | 1.148 |",
            ]
        ),
        "2025-06-04",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 81200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 2620000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 3290000000),
            ("ndxp_connection_points", "national", "as_of", "2025-05-31", 1148),
        ],
    ),
    # 4 "Tính từ đầu năm đến ngày 20/3/2025" (ytd flow twins), a per-day average with no id, then "Lũy kế từ khi tích hợp" (stock, 61,3 nghìn tỷ đồng)
    (
        "\n".join(
            [
                "(VnExpress) Tính từ đầu năm đến ngày 20/3/2025, Cổng Dịch vụ công quốc gia ghi nhận 9,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 7.450 tỷ đồng.",
                "Trung bình mỗi ngày có khoảng 121.500 giao dịch được thực hiện qua Cổng.",
                "Lũy kế từ khi tích hợp thanh toán trực tuyến, Cổng đã xử lý 98,4 triệu giao dịch với số tiền 61,3 nghìn tỷ đồng.",
            ]
        ),
        "2025-03-22",
        [
            ("online_payments_count_new", "national", "ytd", "2025-03-20", 9600000),
            ("online_payments_value_new", "national", "ytd", "2025-03-20", 7450),
            ("online_payments_count", "national", "as_of", "2025-03-20", 98400000),
            ("online_payments_value", "national", "as_of", "2025-03-20", 61300),
        ],
    ),
    # 4 table with a quarter flow, "Trung bình mỗi ngày" (no id for attacks/day), "Lũy kế cả năm 2024" (a year flow) and a dated stock in the row label
    (
        "\n".join(
            [
                "Báo cáo tình hình an toàn thông tin mạng quý IV/2024 (Cục An toàn thông tin)",
                "| Chỉ tiêu | Giá trị |",
                "| Số cuộc tấn công mạng gây sự cố trong quý | 2.914 cuộc |",
                "| Trung bình mỗi ngày | khoảng 32 cuộc |",
                "| Lũy kế cả năm 2024 | 10.450 cuộc |",
                "| Số địa chỉ IP botnet (tại 31/12/2024) | 486.200 |",
            ]
        ),
        "2025-01-09",
        [
            ("cyberattacks", "national", "quarter", "2024-12-31", 2914),
            ("cyberattacks", "national", "year", "2024-12-31", 10450),
            ("botnet_ips", "national", "as_of", "2024-12-31", 486200),
        ],
    ),
    # 4 provincial running total "Từ đầu năm đến ngày 30/9/2024", "bình quân mỗi ngày làm việc" of dossiers (no id), rates "lũy kế từ đầu năm"; digitisation rate has no id
    (
        "\n".join(
            [
                "Cổng TTĐT tỉnh Bắc Ninh - Từ đầu năm đến ngày 30/9/2024, toàn tỉnh tiếp nhận 412.380 hồ sơ TTHC, bình quân mỗi ngày làm việc khoảng 2.180 hồ sơ.",
                "Tỷ lệ hồ sơ trực tuyến lũy kế từ đầu năm ở mức 87,3%; tỷ lệ trả kết quả giải quyết TTHC bằng bản điện tử đạt 92,4%.",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95,1%.",
            ]
        ),
        "2024-10-03",
        [
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2024-09-30", 87.3),
            ("e_result_rate", "Bắc Ninh", "ytd", "2024-09-30", 92.4),
        ],
    ),
    # 4 running total of e-invoices since 1/7/2022 (stock) beside the year's own count and a per-day average (no id), cash-register sub-count after "Trong đó"
    (
        "\n".join(
            [
                "(Báo Chính phủ) Từ ngày 1/7/2022 đến hết ngày 31/12/2024, cơ quan thuế đã tiếp nhận và xử lý 8,6 tỷ hóa đơn điện tử.",
                "Riêng năm 2024 là 3,2 tỷ hóa đơn, bình quân khoảng 8,7 triệu hóa đơn mỗi ngày.",
                "Trong đó có 1,3 tỷ hóa đơn khởi tạo từ máy tính tiền của 82.000 cửa hàng, hộ kinh doanh.",
            ]
        ),
        "2025-01-15",
        [("e_invoices_total", "national", "as_of", "2024-12-31", 8600000000)],
    ),
    # 5 interview: date only in the question ("Tính đến cuối tháng 9/2025"), answer says "Đến nay"; an operator's count and a 2030 target are not stored
    (
        "\n".join(
            [
                "(Báo Chính phủ) Một năm sau khi 5G được thương mại hóa, phóng viên trao đổi với ông Trần Minh H., Cục trưởng Cục Viễn thông.",
                "PV: Tính đến cuối tháng 9/2025, hạ tầng 5G đã phát triển đến đâu, thưa ông?",
                "Ông Trần Minh H.: Đến nay các doanh nghiệp đã lắp đặt khoảng 21.500 trạm 5G, vùng phủ sóng 5G lên tới khoảng 65% dân số. Riêng Viettel đã có hơn 12.000 trạm.",
                "PV: Mục tiêu tiếp theo là gì?",
                "Ông Trần Minh H.: Phấn đấu đến năm 2030 phủ sóng 5G tới 99% dân số.",
            ]
        ),
        "2025-10-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 21500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 65.0),
        ],
    ),
    # 5 interview: the year only in the lead ("tổng kết năm 2024"), answer "hiện có" (a level) and "Tính chung cả năm" (the year); the 2025 goal is a target
    (
        "\n".join(
            [
                "(Báo Chính phủ) Nhân dịp tổng kết năm 2024, phóng viên có cuộc trao đổi với ông Nguyễn Văn A., Cục trưởng Cục Chuyển đổi số quốc gia.",
                "PV: Ông đánh giá thế nào về kết quả cung cấp dịch vụ công trực tuyến?",
                "Ông Nguyễn Văn A.: Cả nước hiện có 3.061 DVCTT toàn trình, đạt tỷ lệ 46,8% tổng số TTHC. Tính chung cả năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,3%, gần gấp đôi năm trước.",
                "PV: Còn mục tiêu năm 2025?",
                "Ông Nguyễn Văn A.: Chúng tôi đặt mục tiêu 80% TTHC đủ điều kiện được cung cấp toàn trình.",
            ]
        ),
        "2025-01-03",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-01-03", 46.8),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 44.3),
        ],
    ),
    # 5 interview with no date in the text: "Hiện nay"/"đến nay" levels dated by the published date; sub-counts of agencies not stored
    (
        "\n".join(
            [
                "PV: Xin ông cho biết tình hình vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)?",
                "Ông Lê Quang T. (Giám đốc Trung tâm Dữ liệu): Hiện nay NDXP đã kết nối với 102 cơ quan, đơn vị, gồm 22 bộ, ngành, 63 địa phương và 17 doanh nghiệp, tổ chức.",
                "Mỗi ngày nền tảng xử lý trung bình khoảng 2,7 triệu giao dịch; từ khi khai trương năm 2019 đến nay đã có hơn 3 tỷ giao dịch.",
                "PV: Thời gian tới sẽ có thêm cơ sở dữ liệu nào được kết nối?",
                "Ông Lê Quang T.: Trong năm nay sẽ kết nối thêm 8 cơ sở dữ liệu chuyên ngành.",
            ]
        ),
        "2025-03-12",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-12", 102),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-12", 2700000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-12", 3000000000),
        ],
    ),
    # 5 negative interview: no published date and no date in the text, so "Hiện nay" cannot be dated; an operator's count and a 2030 target
    (
        "\n".join(
            [
                "PV: Thưa bà, hạ tầng số của Việt Nam hiện ở mức nào?",
                "Bà Phạm Thị M.: Hiện nay tỷ lệ thuê bao di động dùng smartphone đã đạt khoảng 89%, 100% xã có băng rộng cố định.",
                "Riêng VNPT đã phát sóng hơn 5.000 trạm 5G.",
                "Chúng tôi phấn đấu đến năm 2030 tốc độ băng rộng cố định đạt 1 Gb/s.",
            ]
        ),
        None,
        [],
    ),
    # 5 provincial interview: the year and the province only in the lead; a share of GRDP is the province's
    (
        "\n".join(
            [
                "(Báo Quảng Ninh) Năm 2024, Quảng Ninh tiếp tục dẫn đầu cả nước về chuyển đổi số. Phóng viên trao đổi với ông Đỗ Văn K., Giám đốc Sở Thông tin và Truyền thông.",
                "PV: Những kết quả nổi bật là gì, thưa ông?",
                "Ông Đỗ Văn K.: Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 72,6%; 92% hộ gia đình đã sử dụng Internet cáp quang.",
                "Kinh tế số chiếm khoảng 12,1% GRDP của tỉnh.",
            ]
        ),
        "2025-01-20",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 72.6),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-12-31", 92.0),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 12.1),
        ],
    ),
    # 6 earlier edition in a parenthesis "(kỳ khảo sát năm 2022: 86/193)"; sub-index ranks "(năm 2022: 71)" are not EGDI; a goal of 5 places is a target
    (
        "\n".join(
            [
                "Báo cáo tổng kết công tác chuyển đổi số năm 2024 và phương hướng năm 2025",
                "Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 (kỳ khảo sát năm 2022: 86/193), lần đầu vào nhóm có chỉ số EGDI rất cao.",
                "Chỉ số dịch vụ trực tuyến (OSI) xếp thứ 49 (năm 2022: 71); chỉ số hạ tầng viễn thông (TII) đứng thứ 66 (năm 2022: 87).",
                "Năm 2025 phấn đấu tăng ít nhất 5 bậc ở kỳ khảo sát năm 2026.",
            ]
        ),
        "2025-02-14",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 6 "(cuối năm 2024: 9,1 triệu)", "(cuối năm 2023: 82,3%)" after current levels; a rural share after "trong đó" and a 2025 target not stored
    (
        "\n".join(
            [
                "(VietnamPlus) Theo Ngân hàng Nhà nước, tính đến ngày 30/6/2025, số khách hàng sử dụng Mobile Money đạt 10,4 triệu (cuối năm 2024: 9,1 triệu), trong đó khoảng 70% ở nông thôn, vùng sâu, vùng xa.",
                "Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng ở mức 87,1% (cuối năm 2023: 82,3%).",
                "Mục tiêu đến năm 2025 là 80%, như vậy đã vượt chỉ tiêu.",
            ]
        ),
        "2025-07-15",
        [
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 10400000),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 9100000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.1),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 82.3),
        ],
    ),
    # 6 "so với mức 40,1% của quý trước" and "(quý I/2025: 35,9%)" for blocs; the change in points not stored
    (
        "\n".join(
            [
                "Báo cáo kết quả cung cấp dịch vụ công trực tuyến quý II/2025",
                "Quý II/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 45,2%, tăng 5,1 điểm phần trăm so với mức 40,1% của quý trước.",
                "Khối bộ, ngành đạt 38,7% (quý I/2025: 35,9%); khối địa phương đạt 47,5% (quý I/2025: 42,6%).",
            ]
        ),
        "2025-07-08",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-06-30", 45.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 40.1),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-06-30", 38.7),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 35.9),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-06-30", 47.5),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 42.6),
        ],
    ),
    # 6 "(tháng 6/2024: 83,1 Mbps)" after a speed; year-on-year change, a speed rank and upload speed not stored
    (
        "\n".join(
            [
                "(VnExpress) Tháng 6/2025, tốc độ tải xuống trung bình của băng rộng di động Việt Nam đạt 146,6 Mbps (tháng 6/2024: 83,1 Mbps), xếp thứ 17 thế giới.",
                "Băng rộng cố định ở mức 238,9 Mbps, tăng 52% so với cùng kỳ; tốc độ tải lên đạt 224,5 Mbps.",
                "Cả hai tốc độ đều vượt xa mức trung bình toàn cầu lần lượt là 89,6 Mbps (di động) và 96,1 Mbps (cố định).",
            ]
        ),
        "2025-07-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.6),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 83.1),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 238.9),
        ],
    ),
    # 6 figures after a colon with the earlier value in a parenthesis "(cùng kỳ năm 2023: 718.600)", "so với quý II (2.387 cuộc)"; attack types after "Trong đó" not stored
    (
        "\n".join(
            [
                "Báo cáo tình hình an toàn thông tin mạng quý III/2024",
                "- Số địa chỉ IP nằm trong mạng botnet tại thời điểm 30/9/2024: 512.700 (cùng kỳ năm 2023: 718.600);",
                "- Số cuộc tấn công mạng gây sự cố trong quý III/2024: 1.982 cuộc, giảm 17% so với quý II (2.387 cuộc);",
                "- Trong đó có 1.103 cuộc tấn công lừa đảo (Phishing), 512 cuộc thay đổi giao diện (Deface).",
            ]
        ),
        "2024-10-08",
        [
            ("botnet_ips", "national", "as_of", "2024-09-30", 512700),
            ("botnet_ips", "national", "as_of", "2023-09-30", 718600),
            ("cyberattacks", "national", "quarter", "2024-09-30", 1982),
            ("cyberattacks", "national", "quarter", "2024-06-30", 2387),
        ],
    ),
    # 7 mixed: targets restated ("đạt 80%, tương đương khoảng 5.100 thủ tục", "40% ..., tức khoảng 29 triệu người") then the current levels with "Hiện nay"; a review deadline
    (
        "\n".join(
            [
                "THÔNG BÁO Kết luận của Phó Thủ tướng tại cuộc họp về đẩy mạnh cung cấp dịch vụ công trực tuyến",
                "Phấn đấu đến hết năm 2024, tỷ lệ DVCTT toàn trình đạt 80%, tương đương khoảng 5.100 thủ tục; 40% dân số trưởng thành sử dụng DVCTT, tức khoảng 29 triệu người.",
                "Hiện nay, tỷ lệ người trưởng thành sử dụng DVCTT mới ở mức 32,4%, bằng khoảng 23,5 triệu người; tỷ lệ DVCTT toàn trình là 45,1%.",
                "Các bộ, ngành, địa phương phải hoàn thành rà soát trước ngày 15/11/2024.",
            ]
        ),
        "2024-10-02",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-02", 32.4),
            ("dvctt_full_process_rate", "national", "as_of", "2024-10-02", 45.1),
        ],
    ),
    # 7 mixed: a province's ranks among provinces ("xếp thứ 12/63", "tăng 15 bậc") are not EGDI; only its own rate is stored
    (
        "\n".join(
            [
                "Cổng TTĐT tỉnh Bình Định - Năm 2024, tỉnh xếp thứ 12/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI), tăng 15 bậc so với năm 2023.",
                "Bình Định cũng đứng thứ 5/63 về Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC.",
                "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 68,4%, xếp thứ 9 cả nước; dẫn đầu về chỉ số này là Bình Dương.",
            ]
        ),
        "2025-04-02",
        [("online_dossier_rate", "Bình Định", "year", "2024-12-31", 68.4)],
    ),
    # 7 mixed: operators' restated shares ("60% dân số, tương đương khoảng 61 triệu người", "23% thị phần, tức khoảng 29 triệu thuê bao") not stored; the national 5G station count is
    (
        "\n".join(
            [
                "(VnExpress) Đến hết tháng 6/2025, Viettel đã phát sóng hơn 9.200 trạm 5G, vùng phủ đạt 60% dân số, tương đương khoảng 61 triệu người.",
                "VNPT chiếm khoảng 23% thị phần thuê bao di động, tức khoảng 29 triệu thuê bao; MobiFone có 1,6 triệu thuê bao dùng 5G.",
                "Tính chung toàn thị trường, cả nước hiện có 18.300 trạm 5G, trong đó Viettel chiếm hơn một nửa.",
            ]
        ),
        "2025-07-08",
        [("fiveg_bts_count", "national", "as_of", "2025-06-30", 18300)],
    ),
    # 7 mixed: a survey's GMV and growth, the world's and another country's GDP share not stored; the statistics office's own 2023 share is
    (
        "\n".join(
            [
                "(VietnamPlus) Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16%, đứng thứ hai Đông Nam Á sau Indonesia.",
                "Kinh tế số toàn cầu hiện chiếm khoảng 15,5% GDP thế giới; tại Trung Quốc, tỷ lệ này là 42,8%.",
                "Theo Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 12,33%.",
            ]
        ),
        "2024-11-20",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33)],
    ),
    # 7 mixed: decrees, decisions and meetings counted; "763/1.084 ..., tương đương 70,4%" (share has no id) with a remainder; a citizen sub-count after "trong đó"
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 7/2025",
                "Trong tháng 7/2025, Chính phủ ban hành 4 nghị định và 12 quyết định liên quan đến chuyển đổi số; Thủ tướng chủ trì 3 phiên họp Ban Chỉ đạo.",
                "Tính đến ngày 31/7/2025, đã cắt giảm, đơn giản hóa 763/1.084 thủ tục hành chính theo các nghị quyết chuyên đề, tương đương 70,4%; còn 321 thủ tục chưa được cắt giảm.",
                "Cổng Dịch vụ công quốc gia có 41,2 triệu tài khoản đăng ký, trong đó 39,8 triệu tài khoản công dân.",
            ]
        ),
        "2025-08-05",
        [
            ("procedures_simplified", "national", "as_of", "2025-07-31", 763),
            ("national_portal_accounts", "national", "as_of", "2025-07-31", 41200000),
        ],
    ),
]
