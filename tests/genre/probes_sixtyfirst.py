"""Blind genre probes, round 61: a broad sample of how Vietnamese digital-transformation texts of
2022-2026 word their indicator figures (ministry monthly reports, government notices, national
press summaries, provincial portals and papers, interviews, year-end reviews), spread over the five
catalog families (e-services, 5G and broadband, NDXP, cybersecurity, digital economy and society).
The cases vary verbs, number formats (48,28%; 1.234; 2,8 triệu; 15.180 tỷ đồng; 71/193), periods
(tháng, quý, 6 tháng đầu năm, lũy kế từ đầu năm, tính đến ngày, năm under review, "hiện nay" with
and without a published date), breakdowns (khối bộ, ngành / khối địa phương / one province),
tables written as lines and abbreviations; eight are negative or mixed (targets, year-on-year
changes, operators', vendors', other countries' and one ministry's figures, sub-counts after
"trong đó", counts of decrees, plans and meetings, an undated "hiện nay"). Written for the project
from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # E-services / ministry monthly report: full-process share with last month's value in parentheses, dossier shares split khối bộ/địa phương
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "I. Chính phủ số\n"
        "- Tỷ lệ DVCTT toàn trình trên tổng số TTHC: 54,32% (tháng 4/2025 là 53,9%).\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng: khối bộ, ngành đạt 41,07%; khối địa phương đạt 48,55%.\n"
        "- Tỷ lệ hồ sơ được cấp kết quả điện tử: 88,2%, tăng 3,1 điểm phần trăm so với tháng trước.",
        "2025-06-06",
        [
            ("dvctt_full_process_rate", "national", "month", "2025-05-31", 54.32),
            ("dvctt_full_process_rate", "national", "month", "2025-04-30", 53.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 41.07),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 48.55),
            ("e_result_rate", "national", "month", "2025-05-31", 88.2),
        ],
    ),
    # E-services / government notice, mixed: "Đến nay" levels dated by the notice; remainder, deadline and targets are not values
    (
        "Thông báo số 482/TB-VPCP ngày 28/10/2024 kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về triển khai Đề án 06.\n"
        "Đến nay, đã có 47/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 06 dịch vụ còn lại phải hoàn thành trước ngày 31/12/2024.\n"
        "Tỷ lệ hồ sơ TTHC gắn với số định danh cá nhân đạt 93,6%; tỷ lệ dân số trưởng thành sử dụng DVCTT mới đạt 43%, "
        "còn cách xa mục tiêu 50% vào năm 2025.\n"
        "Phấn đấu đến hết năm 2024: 100% hồ sơ TTHC được gắn định danh; 80% DVCTT được cung cấp toàn trình.",
        "2024-10-28",
        [
            ("essential_services_full_process", "national", "as_of", "2024-10-28", 47),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-10-28", 93.6),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-28", 43),
        ],
    ),
    # E-services / press summary: portal stocks "tính đến ngày", payments in tỷ đồng, an 11-month span on the _new twins, "gấp 1,5 lần" not a value
    (
        "Cổng Dịch vụ công quốc gia tròn 5 năm vận hành\n"
        "Tính đến ngày 9/12/2024, Cổng DVCQG có hơn 15,2 triệu tài khoản đăng ký, tiếp nhận trên 62,3 triệu hồ sơ trực tuyến.\n"
        "Số giao dịch thanh toán trực tuyến lũy kế lên tới 31,6 triệu giao dịch, với tổng số tiền hơn 15.180 tỷ đồng.\n"
        "Riêng 11 tháng năm 2024, cổng có thêm 4,6 triệu tài khoản mới và tiếp nhận 12,9 triệu hồ sơ trực tuyến, gấp 1,5 lần cùng kỳ.",
        "2024-12-10",
        [
            ("national_portal_accounts", "national", "as_of", "2024-12-09", 15200000),
            ("national_portal_dossiers", "national", "as_of", "2024-12-09", 62300000),
            ("online_payments_count", "national", "as_of", "2024-12-09", 31600000),
            ("online_payments_value", "national", "as_of", "2024-12-09", 15180),
            ("national_portal_accounts_new", "national", "ytd", "2024-11-30", 4600000),
            ("national_portal_dossiers_new", "national", "ytd", "2024-11-30", 12900000),
        ],
    ),
    # E-services / provincial portal, year under review: "Toàn tỉnh", dossier, reuse and satisfaction shares; digitisation share and dossier count have no id
    (
        "Cổng Thông tin điện tử tỉnh Bắc Ninh - Năm 2023, công tác cải cách TTHC gắn với chuyển đổi số của tỉnh tiếp tục có chuyển biến rõ nét.\n"
        "Toàn tỉnh tiếp nhận 612.450 hồ sơ TTHC, tỷ lệ hồ sơ xử lý trực tuyến đạt 72,8%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 81%.\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 46,5%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC trên địa bàn tỉnh ở mức 95,2%.",
        "2024-01-12",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 72.8),
            ("data_reuse_rate", "Bắc Ninh", "year", "2023-12-31", 46.5),
            ("satisfaction_rate", "Bắc Ninh", "year", "2023-12-31", 95.2),
        ],
    ),
    # E-services / interview: "Hiện nay" dated by the published date; share of all procedures vs share of eligible ones; the year-end goal is a target
    (
        "PV: Xin ông cho biết kết quả cung cấp dịch vụ công trực tuyến toàn trình hiện nay?\n"
        "Ông Lê Minh T., Phó Cục trưởng Cục Kiểm soát thủ tục hành chính: Hiện nay cả nước đã có 4.512 DVCTT toàn trình, "
        "tương đương khoảng 47% tổng số TTHC.\n"
        "Nếu chỉ tính trên các TTHC đủ điều kiện, tỷ lệ cung cấp DVCTT toàn trình đã là 89%.\n"
        "Chúng tôi đặt mục tiêu đến cuối năm nay nâng tỷ lệ này lên 80% tổng số TTHC, đây là việc rất khó.",
        "2024-11-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-11-20", 47),
            ("full_process_provision_rate", "national", "as_of", "2024-11-20", 89),
        ],
    ),
    # E-services / press, NEGATIVE: one named ministry's figure, a year-on-year change, a 2025 target, counts of decisions and conferences
    (
        "Báo Điện tử Chính phủ - Bộ Tài chính dẫn đầu khối bộ, ngành về chuyển đổi số.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của Bộ trong 7 tháng đầu năm 2023 đạt 92,4%, tăng 12% so với cùng kỳ.\n"
        "Bộ đặt mục tiêu đến năm 2025 cung cấp 100% DVCTT toàn trình đối với các TTHC đủ điều kiện.\n"
        "Từ đầu năm, Bộ đã ban hành 14 quyết định công bố TTHC và tổ chức 6 hội nghị tập huấn.",
        "2023-08-15",
        [],
    ),
    # E-services / year-end review: "1.023/1.084" and "63/63" as counts, 100% EMC connection; 25 resolutions is a count of documents
    (
        "Nhìn lại năm 2024: cải cách thủ tục hành chính tạo đột phá\n"
        "Năm 2024, các bộ, ngành đã cắt giảm, đơn giản hóa 1.023/1.084 thủ tục hành chính theo 25 nghị quyết chuyên đề của Chính phủ.\n"
        "63/63 tỉnh, thành phố đã ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện DVCTT.\n"
        "100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC).",
        "2025-01-05",
        [
            ("procedures_simplified", "national", "as_of", "2024-12-31", 1023),
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 63),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 100),
        ],
    ),
    # E-services / provincial paper: "tính đến ngày" with "trên địa bàn tỉnh" between the words; "trong đó cấp xã" is a part of the same measure
    (
        "Báo Đồng Tháp - Tính đến ngày 15/4/2025, tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng DVCTT đạt 52,7%; "
        "98,4% hồ sơ TTHC được gắn mã định danh cá nhân.\n"
        "Tỷ lệ DVCTT có phát sinh hồ sơ ở mức 68,4%, trong đó cấp xã chỉ 41,2%.\n"
        "Tỉnh Đồng Tháp hiện có 1.812 TTHC thuộc thẩm quyền giải quyết của ba cấp chính quyền.",
        "2025-04-18",
        [
            ("adult_population_using_dvctt_rate", "Đồng Tháp", "as_of", "2025-04-15", 52.7),
            ("dossiers_with_personal_id_rate", "Đồng Tháp", "as_of", "2025-04-15", 98.4),
            ("dvctt_with_dossiers_rate", "Đồng Tháp", "as_of", "2025-04-15", 68.4),
        ],
    ),
    # E-services / provincial report as a table written as lines: count with share in parentheses, quarter from the caption
    (
        "Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế\n"
        "Kết quả cung cấp, sử dụng dịch vụ công trực tuyến quý I/2024\n"
        "| Chỉ tiêu | Kết quả |\n"
        "| Tổng số TTHC | 1.956 |\n"
        "| Số DVCTT | 1.802 (92,13%) |\n"
        "| Tỷ lệ hồ sơ trực tuyến/tổng số hồ sơ | 67,4% |\n"
        "| Tỷ lệ hồ sơ trả kết quả điện tử | 71,9% |",
        "2024-04-10",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 92.13),
            ("online_dossier_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 67.4),
            ("e_result_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 71.9),
        ],
    ),
    # Infrastructure / ministry monthly report: download speeds (upload speed and speed rank are not labelled), smartphone share, 5G stations
    (
        "Báo cáo tình hình chuyển đổi số tháng 3/2025 (Bộ Khoa học và Công nghệ)\n"
        "2. Hạ tầng số\n"
        "- Tốc độ truy cập Internet băng rộng cố định (tải xuống) đạt 178,42 Mbps; BRDĐ đạt 146,6 Mbps. Tốc độ tải lên của BRCĐ là 171,3 Mbps.\n"
        "- Việt Nam xếp thứ 13/153 quốc gia về tốc độ băng rộng cố định.\n"
        "- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 89,2%.\n"
        "- Số trạm BTS 5G: 6.950 trạm.",
        "2025-04-08",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 178.42),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 89.2),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 6950),
        ],
    ),
    # Infrastructure / press, MIXED: national 5G coverage and stations kept; an operator's figures, another country's and a 2030 target are not
    (
        "VietnamPlus - Tính đến hết tháng 9/2025, mạng 5G tại Việt Nam đã phủ sóng khoảng 91% dân số với hơn 15.000 trạm BTS 5G.\n"
        "Riêng Viettel đã lắp đặt hơn 10.400 trạm, phủ 5G tới 89% dân số cả nước; VNPT có khoảng 4.000 trạm.\n"
        "Để so sánh, Hàn Quốc hiện có trên 300.000 trạm 5G.\n"
        "Bộ Khoa học và Công nghệ đặt mục tiêu đến năm 2030 phủ sóng 5G tới 99% dân số.",
        "2025-10-08",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 91),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 15000),
        ],
    ),
    # Infrastructure / provincial portal: "142/168 ..., đạt 84,5%", village coverage share, villages left ("trong đó" unelectrified ones are a part)
    (
        "Cổng TTĐT tỉnh Điện Biên - Đến nay, toàn tỉnh đã phủ sóng di động cho 142/168 thôn, bản lõm sóng có điện lưới, đạt 84,5%.\n"
        "Tỷ lệ thôn, bản trên địa bàn tỉnh có sóng di động đạt 96,2%.\n"
        "Hiện vẫn còn 61 thôn, bản lõm sóng (trong đó 35 bản chưa có điện lưới quốc gia).",
        "2024-10-15",
        [
            ("dead_zone_villages_covered_rate", "Điện Biên", "as_of", "2024-10-15", 84.5),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2024-10-15", 96.2),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-10-15", 61),
        ],
    ),
    # Infrastructure / year-end review: undated levels of the year under review end on 31 December; per-100 rate; growth and ICT revenue are not values
    (
        "Tổng kết năm 2023 ngành Thông tin và Truyền thông\n"
        "Năm 2023, số thuê bao băng rộng cố định đạt 22,8 triệu, tương đương 23 thuê bao/100 dân; "
        "số thuê bao băng rộng di động đạt 84,9 triệu, tăng 4% so với năm 2022.\n"
        "Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79,1%.\n"
        "Tỷ lệ người sử dụng Internet ước đạt 78,1% dân số.\n"
        "Doanh thu công nghiệp ICT ước đạt 142 tỷ USD.",
        "2024-01-03",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 23),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 84900000),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.1),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.1),
        ],
    ),
    # Infrastructure / interview: "Hiện nay" smartphone subscriptions and their share; 2G-only count, a target and a share of people are not values
    (
        'Phỏng vấn Cục trưởng Cục Viễn thông: "Tắt sóng 2G là bước đi tất yếu"\n'
        "- Thưa ông, hiện nay tỷ lệ smartphone trên mạng di động ra sao?\n"
        "- Hiện nay cả nước có khoảng 106,4 triệu thuê bao sử dụng điện thoại thông minh, chiếm 86% tổng số thuê bao điện thoại di động. "
        "Vẫn còn khoảng 3 triệu thuê bao chỉ dùng máy 2G, chúng tôi phấn đấu đến hết năm 2024 không còn thuê bao 2G Only.\n"
        "- Người dân nông thôn có đủ điều kiện mua máy không?\n"
        "- Theo một khảo sát gần đây, 73% người trưởng thành ở nông thôn đã có smartphone.",
        "2024-08-14",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-08-14", 106400000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-08-14", 86),
        ],
    ),
    # Infrastructure / press, MIXED: Vietnam's monthly download speed kept; speed rank, world average, another country and an operator's speed are not
    (
        "Theo Cục Viễn thông, trong tháng 6/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 151,3 Mbps, "
        "xếp thứ 38/180 quốc gia.\n"
        "Tốc độ trung bình toàn cầu là 93,4 Mbps, dẫn đầu là Singapore với 294 Mbps.\n"
        "Mạng cáp quang của VNPT ghi nhận tốc độ 162 Mbps, cao nhất trong các nhà mạng.",
        "2024-07-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 151.3),
        ],
    ),
    # Infrastructure / provincial quarterly report, lines under a "tính đến" heading; the change since January is not a value
    (
        "Báo cáo kết quả chuyển đổi số quý III/2025 của tỉnh Lào Cai\n"
        "Hạ tầng số trên địa bàn tỉnh (tính đến 30/9/2025):\n"
        "- Số trạm BTS 5G: 312 trạm (tăng 187 trạm so với đầu năm);\n"
        "- Tỷ lệ phủ sóng 5G theo dân số: 42,3%;\n"
        "- Tỷ lệ hộ gia đình có Internet cáp quang: 76,8%.",
        "2025-10-12",
        [
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-09-30", 312),
            ("fiveg_population_coverage_rate", "Lào Cai", "as_of", "2025-09-30", 42.3),
            ("ftth_household_rate", "Lào Cai", "as_of", "2025-09-30", 76.8),
        ],
    ),
    # NDXP / ministry monthly report: month, "lũy kế từ đầu năm" (ytd) and "lũy kế từ khi vận hành" (cumulative) side by side, per-day average
    (
        "Báo cáo chuyển đổi số quốc gia tháng 10/2024\n"
        "3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\n"
        "Trong tháng 10/2024, NDXP ghi nhận 98,6 triệu giao dịch, trung bình 3,18 triệu giao dịch/ngày.\n"
        "Lũy kế từ đầu năm 2024, số giao dịch qua NDXP đạt 905 triệu.\n"
        "Lũy kế từ khi vận hành, tổng số giao dịch qua NDXP là 3,36 tỷ.",
        "2024-11-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 3180000),
            ("ndxp_transactions_period", "national", "ytd", "2024-10-31", 905000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-10-31", 3360000000),
        ],
    ),
    # NDXP / government notice: agencies and connection points "đến nay"; decrees and CSDL counts are not values
    (
        "Thông báo số 215/TB-VPCP ngày 02/6/2023 kết luận của Thủ tướng Chính phủ về phát triển dữ liệu số.\n"
        "Đến nay, Nền tảng NDXP đã kết nối với 107 cơ quan, đơn vị (gồm các bộ, ngành, địa phương và một số doanh nghiệp), "
        "thiết lập 1.842 điểm kết nối giữa các hệ thống thông tin, CSDL.\n"
        "Chính phủ đã ban hành 03 nghị định về quản lý, kết nối, chia sẻ dữ liệu; 24 CSDL quốc gia, chuyên ngành đã kết nối qua NDXP.",
        "2023-06-02",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-06-02", 107),
            ("ndxp_connection_points", "national", "as_of", "2023-06-02", 1842),
        ],
    ),
    # NDXP / press summary: half-year flow with a year-on-year change, "bình quân ... mỗi ngày", "chạm mốc" a cumulative total
    (
        "Báo Chính phủ - 6 tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 712 triệu giao dịch, "
        "tăng 35% so với cùng kỳ năm 2024, bình quân khoảng 3,9 triệu giao dịch mỗi ngày.\n"
        "Lũy kế tính đến ngày 30/6/2025, tổng số giao dịch qua NDXP chạm mốc 4,29 tỷ.\n"
        "Nền tảng đang phục vụ hàng trăm hệ thống thông tin của các bộ, ngành, địa phương.",
        "2025-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 712000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3900000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 4290000000),
        ],
    ),
    # NDXP / year-end review with a two-column table (units in the row labels: triệu, tỷ), each column dated by its header
    (
        "Tổng kết công tác năm 2024 - Cục Chuyển đổi số quốc gia\n"
        "Bảng: Kết quả vận hành NDXP\n"
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n"
        "| Số giao dịch trong năm (triệu giao dịch) | 868,2 | 1.125,4 |\n"
        "| Lũy kế từ năm 2019 (tỷ giao dịch) | 2,45 | 3,58 |\n"
        "| Số điểm kết nối | 2.011 | 2.236 |",
        "2025-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 868200000),
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1125400000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 2450000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3580000000),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 2011),
            ("ndxp_connection_points", "national", "as_of", "2024-12-31", 2236),
        ],
    ),
    # NDXP / provincial portal, NEGATIVE: the province's own LGSP platform, a growth rate, CSDL and plan counts, a target
    (
        "Cổng TTĐT tỉnh Hà Tĩnh - Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) đã kết nối 46 hệ thống thông tin, "
        "phát sinh 12,5 triệu giao dịch, tăng 28% so với năm 2023.\n"
        "Toàn tỉnh đã xây dựng 15 CSDL chuyên ngành; UBND tỉnh ban hành 4 kế hoạch về phát triển dữ liệu.\n"
        "Tỉnh phấn đấu trong năm 2025 kết nối 100% hệ thống thông tin dùng chung với NDXP.",
        "2025-01-20",
        [],
    ),
    # NDXP / interview: "tính đến ngày" cumulative with "gần", a year's flow and daily average, "hiện nay" agencies dated by publication
    (
        "Trao đổi với phóng viên, đại diện đơn vị vận hành NDXP cho biết: tính đến ngày 15/1/2026, tổng số giao dịch qua NDXP "
        "từ khi vận hành đạt gần 6 tỷ.\n"
        "Riêng năm 2025 là 2,3 tỷ giao dịch, bình quân khoảng 6,3 triệu giao dịch/ngày.\n"
        '"Hiện nay nền tảng đã kết nối với 132 cơ quan, đơn vị ở trung ương và địa phương", ông nói.',
        "2026-01-20",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2026-01-15", 6000000000),
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 2300000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-12-31", 6300000),
            ("ndxp_connected_agencies", "national", "as_of", "2026-01-20", 132),
        ],
    ),
    # Cybersecurity / ministry monthly report: total attacks with kinds in parentheses (parts), last month in parentheses kept, botnet IPs
    (
        "Bộ Thông tin và Truyền thông - Báo cáo tháng 8/2023\n"
        "Trong tháng 8/2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.083 cuộc tấn công mạng gây ra sự cố "
        "vào các hệ thống thông tin tại Việt Nam (gồm 371 cuộc tấn công lừa đảo (Phishing), 482 cuộc tấn công thay đổi giao diện (Deface), "
        "230 cuộc tấn công cài mã độc (Malware)), tăng 4,2% so với tháng 7/2023 (1.039 cuộc).\n"
        "Lũy kế 8 tháng đầu năm 2023, đã ghi nhận 9.247 cuộc tấn công mạng gây sự cố.\n"
        "Số địa chỉ IP của Việt Nam nằm trong các mạng botnet trong tháng là 612.452 địa chỉ.",
        "2023-09-06",
        [
            ("cyberattacks", "national", "month", "2023-08-31", 1083),
            ("cyberattacks", "national", "month", "2023-07-31", 1039),
            ("cyberattacks", "national", "ytd", "2023-08-31", 9247),
            ("botnet_ips", "national", "as_of", "2023-08-31", 612452),
        ],
    ),
    # Cybersecurity / year-end review: a year's attacks (the change is not a value), level-approval share split in parentheses
    (
        "Năm 2023 nhìn lại: an toàn thông tin mạng\n"
        "Năm 2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 13.900 cuộc tấn công mạng gây sự cố "
        "vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022.\n"
        "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 76% (khối bộ, ngành: 82%; khối địa phương: 71%).",
        "2024-01-10",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 76),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-12-31", 82),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-12-31", 71),
        ],
    ),
    # Cybersecurity / provincial paper: one province's approval share "đến nay"; blocked scans and infected PCs are not attacks causing incidents
    (
        "Báo Quảng Nam - Đến nay, 100% hệ thống thông tin của tỉnh Quảng Nam đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin.\n"
        "Trong năm 2024, Trung tâm Giám sát, điều hành an toàn thông tin của tỉnh đã phát hiện, ngăn chặn hơn 2.300 lượt tấn công, "
        "dò quét vào các hệ thống của tỉnh.\n"
        "Đơn vị cũng hỗ trợ xử lý 46 máy tính nhiễm mã độc tại các cơ quan nhà nước.",
        "2024-12-20",
        [
            ("info_systems_level_approved_rate", "Quảng Nam", "as_of", "2024-12-20", 100),
        ],
    ),
    # Cybersecurity / press, MIXED: a half-year national count kept; a vendor's world figures, an operator's count and a GCI rank are not
    (
        "VietnamPlus - Trong 6 tháng đầu năm 2024, NCSC ghi nhận 5.170 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam.\n"
        "Theo Kaspersky, trên thế giới mỗi ngày có khoảng 411.000 tệp độc hại mới được phát hiện; tại Đông Nam Á, "
        "hãng đã chặn 23 triệu cuộc tấn công lừa đảo trong năm 2023.\n"
        "Riêng Viettel Cyber Security cho biết đã phát hiện hơn 1.500 cuộc tấn công nhắm vào khách hàng doanh nghiệp của mình.\n"
        "Việt Nam hiện xếp thứ 25/194 trong Chỉ số an toàn an ninh mạng toàn cầu (GCI).",
        "2024-07-25",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 5170),
        ],
    ),
    # Cybersecurity / interview: "hiện nay ... còn khoảng" botnet IPs dated by publication; a target and a count of drills are not values
    (
        "Trả lời phỏng vấn, lãnh đạo Cục An toàn thông tin cho biết:\n"
        '"Sau chiến dịch rà quét, bóc gỡ mã độc, hiện nay số địa chỉ IP của Việt Nam nằm trong các mạng botnet còn khoảng 480.000, '
        "giảm gần một nửa so với đầu năm.\n"
        'Mục tiêu của chúng tôi là giảm tiếp 50% trong năm 2025. Từ đầu năm đến nay, Cục đã tổ chức 12 cuộc diễn tập thực chiến."',
        "2024-09-12",
        [
            ("botnet_ips", "national", "as_of", "2024-09-12", 480000),
        ],
    ),
    # Cybersecurity / government notice: a quarter's attacks, botnet IPs "tính đến ngày", approval share split after "trong đó" into the two recognised breakdowns (bộ, ngành / địa phương)
    (
        "Thông báo số 318/TB-VPCP ngày 20/10/2022 về tình hình bảo đảm an toàn thông tin mạng quý III/2022.\n"
        "Trong quý III/2022, đã ghi nhận 2.610 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Số địa chỉ IP thuộc mạng botnet tính đến ngày 30/9/2022 là 632.512.\n"
        "Tỷ lệ HTTT được phê duyệt cấp độ chung cả nước mới đạt 41%, trong đó các bộ, ngành đạt 50%, các địa phương đạt 38%.",
        "2022-10-20",
        [
            ("cyberattacks", "national", "quarter", "2022-09-30", 2610),
            ("botnet_ips", "national", "as_of", "2022-09-30", 632512),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-09-30", 41),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2022-09-30", 50),
            ("info_systems_level_approved_rate", "localities", "as_of", "2022-09-30", 38),
        ],
    ),
    # Digital economy / press: share of GDP and growth (growth IS the indicator); "gấp gần 3 lần", e-commerce revenue and the 2030 target are not
    (
        "Báo Chính phủ - Năm 2024, kinh tế số chiếm khoảng 18,3% GDP, tăng trưởng khoảng 20%, gấp gần 3 lần tốc độ tăng GDP.\n"
        "Doanh thu thương mại điện tử bán lẻ B2C đạt khoảng 25 tỷ USD.\n"
        "Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 quy mô kinh tế số đạt tối thiểu 30% GDP.",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # Digital economy / provincial paper: share of GRDP is the province's ("ước đạt"); points change, national rank, target, firm count are not
    (
        "Báo Bắc Giang - Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Giang ước đạt 24,3%, tăng 2,1 điểm phần trăm so với năm 2022, "
        "đứng thứ 3 cả nước.\n"
        "Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 30% GRDP.\n"
        "Toàn tỉnh hiện có 1.420 doanh nghiệp công nghệ số đang hoạt động.",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 24.3),
        ],
    ),
    # Digital economy / government notice (Đề án 06): chip ID cards and VNeID accounts "tính đến ngày"; the level-2 part and the utility count are not
    (
        "Thông báo số 176/TB-VPCP ngày 18/4/2025 kết luận của Tổ công tác triển khai Đề án 06 của Chính phủ.\n"
        "Tính đến ngày 15/4/2025, toàn quốc đã cấp 88,6 triệu thẻ Căn cước công dân gắn chip và thẻ Căn cước; "
        "kích hoạt 61,7 triệu tài khoản định danh điện tử (trong đó mức độ 2 là 56,2 triệu).\n"
        "Ứng dụng VNeID đã tích hợp 42 tiện ích phục vụ người dân.",
        "2025-04-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 88600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 61700000),
        ],
    ),
    # Digital economy / State Bank press release: "tính đến cuối tháng 3/2024", Mobile Money customers (rural part excluded), adults with an account
    (
        "Thông cáo báo chí của Ngân hàng Nhà nước Việt Nam\n"
        "Tính đến cuối tháng 3/2024, có 8,9 triệu khách hàng sử dụng dịch vụ Mobile Money, trong đó khoảng 6,1 triệu khách hàng "
        "ở khu vực nông thôn, miền núi, biên giới, hải đảo; tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%.\n"
        "Giao dịch không dùng tiền mặt quý I/2024 tăng 58% về số lượng so với cùng kỳ năm 2023.",
        "2024-05-15",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8900000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-03-31", 87.08),
        ],
    ),
    # Digital economy / tax authority monthly report: cumulative e-invoices "lũy kế từ ... đến ngày"; invoice types, the month's new ones, firms are not
    (
        "Tổng cục Thuế - Báo cáo tháng 5/2024 về triển khai hóa đơn điện tử\n"
        "Lũy kế từ ngày 01/7/2022 đến ngày 31/5/2024, cơ quan thuế đã tiếp nhận, xử lý hơn 7,8 tỷ hóa đơn điện tử, "
        "trong đó có 2,1 tỷ hóa đơn có mã của cơ quan thuế và 5,7 tỷ hóa đơn không có mã.\n"
        "Riêng tháng 5/2024, có 301 triệu hóa đơn được khởi tạo.\n"
        "Cả nước có khoảng 1,1 triệu doanh nghiệp đang sử dụng hóa đơn điện tử.",
        "2024-06-10",
        [
            ("e_invoices_total", "national", "as_of", "2024-05-31", 7800000000),
        ],
    ),
    # Digital economy / year-end review, MIXED: EGDI "71/193" and the 2022 edition in parentheses kept; OSI rank and other countries are not
    (
        "Tổng kết năm 2024: Chính phủ số có bước tiến vượt bậc\n"
        "Khảo sát Chính phủ điện tử 2024 của Liên hợp quốc xếp Việt Nam thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), "
        "tăng 15 bậc so với kỳ 2022 (hạng 86).\n"
        "Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 57. Trong khu vực, Singapore đứng thứ 3, Hàn Quốc đứng thứ 4.",
        "2025-01-02",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Digital economy / interview without a published date, NEGATIVE: undated "hiện nay" stock, another country, a target, an operator's users
    (
        "PV: Bà đánh giá thế nào về thanh toán di động ở khu vực nông thôn?\n"
        "Bà Nguyễn Thị H., chuyên gia tài chính số: Hiện nay cả nước có hơn 9 triệu khách hàng sử dụng Mobile Money, phần lớn ở nông thôn.\n"
        "Ở Singapore, tới 98% người trưởng thành có tài khoản ngân hàng. Mục tiêu của Chiến lược tài chính toàn diện quốc gia là "
        "đến năm 2025 có 80% người trưởng thành có tài khoản thanh toán.\n"
        "Riêng Viettel Money hiện có khoảng 20 triệu người dùng.",
        None,
        [],
    ),
]
