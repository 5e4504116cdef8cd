"""Blind genre probes, round 57: constructions of lists and shares in Vietnamese
digital-transformation reports and press texts. The cases probe places, levels or indicators
named first and their values given afterwards ("lần lượt", "tương ứng", "theo thứ tự", rankings
such as "đứng thứ 6 và 7 … với … tương ứng"); lists of numbers where only the last carries the
unit, mixed with lists where each number has its own unit, per-100 densities and counts in
"triệu"; shares in brackets or after "chiếm"/"bằng" right after a count or a ratio; an addition
followed by the total it makes ("thêm …, nâng tổng số lên …"); news datelines and bylines
before the first sentence, whose place is or is not the subject; satisfaction and ranking
indexes said in words (SIPAS, PAR INDEX, DTI, PAPI, EGDI) with the earlier year in brackets;
and negative or mixed cases of the same constructions (targets, an operator's list, the
world's figures, a survey's shares, sub-counts after "trong đó", year-on-year changes, counts
of circulars and meetings). Each case is (text, published ISO date or None, expected), the
expected tuples being (indicator_id, breakdown, period_kind, period_end, value) in catalog units.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # --- 1. names first, values after: lần lượt / tương ứng / theo thứ tự / rankings ---
    # 1: provincial GRDP shares by rank ("đứng thứ 6 và 7 … tương ứng"), national GDP share last
    (
        "Kinh tế số địa phương: Bắc Ninh, Thái Nguyên dẫn đầu về tỷ trọng trong GRDP\n"
        "Theo số liệu Tổng cục Thống kê công bố tuần qua, tỷ trọng kinh tế số trong GRDP năm 2023 "
        "của 63 tỉnh, thành phố có sự chênh lệch lớn.\n"
        "Bắc Ninh và Thái Nguyên đứng thứ nhất và thứ hai với tỷ trọng tương ứng 31,2% và 28,04%.\n"
        "Hải Phòng và Vĩnh Phúc lần lượt đứng thứ 6 và 7, với tỷ trọng tương ứng 18,66% và 17,15%.\n"
        "Tính chung cả nước, kinh tế số chiếm 12,33% GDP năm 2023.",
        "2024-09-20",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 31.2),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 28.04),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 18.66),
            ("digital_economy_gdp_share", "Vĩnh Phúc", "year", "2023-12-31", 17.15),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 2: monthly report, khối bộ, ngành / khối địa phương given "lần lượt", "theo thứ tự tương ứng" and as table lines
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "1. Dịch vụ công trực tuyến\n"
        "Trong tháng 5/2025, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành và khối địa phương "
        "lần lượt là 62,4% và 51,8%; tính chung cả nước đạt 54,1%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình theo thứ tự tương ứng là 38,9% (bộ, ngành) và 33,2% (địa phương).\n"
        "- Tỷ lệ cấp kết quả điện tử: bộ, ngành 91,5%; địa phương 87,3%.\n"
        "- Tỷ lệ dân số trưởng thành sử dụng DVCTT: 52,6%.\n"
        "- Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối với Hệ thống EMC: 98,4%.",
        "2025-06-10",
        [
            ("online_dossier_rate", "ministries", "month", "2025-05-31", 62.4),
            ("online_dossier_rate", "localities", "month", "2025-05-31", 51.8),
            ("online_dossier_rate", "national", "month", "2025-05-31", 54.1),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 38.9),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 33.2),
            ("e_result_rate", "ministries", "month", "2025-05-31", 91.5),
            ("e_result_rate", "localities", "month", "2025-05-31", 87.3),
            ("adult_population_using_dvctt_rate", "national", "month", "2025-05-31", 52.6),
            ("emc_connection_rate", "national", "month", "2025-05-31", 98.4),
        ],
    ),
    # 3: fixed and mobile download speeds "theo thứ tự", then speed ranks and upload speeds (not stored)
    (
        "Tốc độ Internet Việt Nam tiếp tục tăng hạng\n"
        "Theo Bộ Thông tin và Truyền thông, trong tháng 3/2025, tốc độ tải xuống trung vị của mạng "
        "băng rộng cố định và di động tại Việt Nam theo thứ tự đạt 196,4 Mbps và 142,7 Mbps.\n"
        "Với kết quả này, Việt Nam xếp thứ 38 và 19 thế giới ở hai hạng mục tương ứng.\n"
        "Tốc độ tải lên tương ứng là 187,9 và 41,2 Mbps.",
        "2025-04-22",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 196.4),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 142.7),
        ],
    ),
    # 4: NDXP monthly series "lần lượt" (each with triệu), quarter total, per-day average, running total
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành ổn định trong quý I/2025.\n"
        "Số giao dịch qua NDXP trong tháng 1, tháng 2 và tháng 3/2025 lần lượt là 85,2 triệu, "
        "79,4 triệu và 96,1 triệu giao dịch.\n"
        "Tính chung cả quý I/2025, NDXP đã thực hiện 260,7 triệu giao dịch, bình quân khoảng "
        "2,9 triệu giao dịch mỗi ngày.\n"
        "Lũy kế từ khi đưa vào vận hành đến hết ngày 31/3/2025, tổng số giao dịch đạt 3,78 tỷ.",
        "2025-04-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-01-31", 85200000),
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 79400000),
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 96100000),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 260700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 2900000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 3780000000),
        ],
    ),
    # 5: government notice, approved-level systems of the two blocks "tương ứng", a remainder count (not stored)
    (
        "THÔNG BÁO Kết luận của Phó Thủ tướng tại cuộc họp về bảo đảm an toàn thông tin\n"
        "Về bảo đảm an toàn hệ thống thông tin theo cấp độ: đến ngày 30/9/2024, tỷ lệ hệ thống thông tin "
        "được phê duyệt cấp độ của khối bộ, ngành và khối địa phương tương ứng đạt 93,1% và 86,4%; "
        "tính chung đạt 88,7%.\n"
        "Số hệ thống còn lại chưa được phê duyệt là 642, chủ yếu thuộc cấp huyện, cấp xã.",
        "2024-10-15",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 93.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 86.4),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 88.7),
        ],
    ),
    # --- 2. lists where only the last number carries the unit; per-100 densities; triệu ---
    # 6: monthly fixed speeds "181,3, 178,6 và 185,04 Mbps", then mobile's "tương ứng" list
    (
        "Tốc độ băng rộng ba tháng đầu năm 2025\n"
        "Theo Bộ Khoa học và Công nghệ, tốc độ tải xuống trung vị của băng rộng cố định tại Việt Nam "
        "trong tháng 1, tháng 2 và tháng 3/2025 lần lượt đạt 181,3, 178,6 và 185,04 Mbps.\n"
        "Với băng rộng di động, các con số tương ứng là 139,1, 140,5 và 146,6 Mbps.",
        "2025-04-15",
        [
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 181.3),
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 178.6),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 185.04),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 139.1),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 140.5),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.6),
        ],
    ),
    # 7: provincial portal, quarters "đạt 45, 52 và 61%"; online-payment shares have no id
    (
        "(Cổng TTĐT tỉnh Thái Nguyên) - Tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh tăng đều qua các quý.\n"
        "Trong quý I, quý II và quý III năm 2024, tỷ lệ này lần lượt đạt 45, 52 và 61%.\n"
        "Tỷ lệ hồ sơ có thanh toán trực tuyến tương ứng là 38, 47 và 55%, vượt chỉ tiêu được giao.",
        "2024-10-20",
        [
            ("online_dossier_full_process_rate", "Thái Nguyên", "quarter", "2024-03-31", 45.0),
            ("online_dossier_full_process_rate", "Thái Nguyên", "quarter", "2024-06-30", 52.0),
            ("online_dossier_full_process_rate", "Thái Nguyên", "quarter", "2024-09-30", 61.0),
        ],
    ),
    # 8: three portal counts "lần lượt đạt 15,8, 71,5 và 31,2 triệu", then the value in nghìn tỷ đồng
    (
        "Cổng Dịch vụ công quốc gia: hơn 15 triệu tài khoản\n"
        "Tính đến ngày 31/5/2025, số tài khoản đăng ký, số hồ sơ trực tuyến và số giao dịch thanh toán "
        "trực tuyến lũy kế trên Cổng Dịch vụ công quốc gia lần lượt đạt 15,8, 71,5 và 31,2 triệu.\n"
        "Tổng giá trị thanh toán trực tuyến qua Cổng đạt hơn 12,9 nghìn tỷ đồng.",
        "2025-06-05",
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 15800000),
            ("national_portal_dossiers", "national", "as_of", "2025-05-31", 71500000),
            ("online_payments_count", "national", "as_of", "2025-05-31", 31200000),
            ("online_payments_value", "national", "as_of", "2025-05-31", 12900),
        ],
    ),
    # 9: table lines, each count with its own unit and a per-100 density beside it
    (
        "Hạ tầng viễn thông 6 tháng đầu năm 2025\n"
        "- Thuê bao băng rộng cố định: 24,1 triệu thuê bao, đạt 23,9 thuê bao/100 dân;\n"
        "- Thuê bao băng rộng di động: 88,6 triệu thuê bao, đạt 87,4 thuê bao/100 dân;\n"
        "- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 89,6%;\n"
        "- Số trạm BTS 5G: 11.245 trạm.",
        "2025-07-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24100000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 23.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 88600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 87.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.6),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11245),
        ],
    ),
    # 10: three named rates "lần lượt đạt 96, 98,5 và 74,2%" (digitisation has no id), then "chiếm"
    (
        "QUẢNG NINH - Quý I/2025, tỷ lệ số hóa hồ sơ, tỷ lệ cấp kết quả giải quyết TTHC điện tử và tỷ lệ "
        "khai thác, sử dụng lại dữ liệu số hóa của tỉnh Quảng Ninh lần lượt đạt 96, 98,5 và 74,2%.\n"
        "Cũng trong quý, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 215.400 hồ sơ, "
        "trong đó hồ sơ trực tuyến chiếm 93,6%.\n"
        "Tỉnh tiếp tục nằm trong nhóm dẫn đầu cả nước về cải cách hành chính.",
        "2025-04-12",
        [
            ("e_result_rate", "Quảng Ninh", "quarter", "2025-03-31", 98.5),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2025-03-31", 74.2),
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 93.6),
        ],
    ),
    # --- 3. a share in brackets or after chiếm / bằng right after a count or a ratio ---
    # 11: "1.525/1.562 thôn (đạt 97,6%) có sóng", then the villages still without signal
    (
        "Lào Cai: Phủ sóng di động gần hết thôn, bản\n"
        "Đến hết tháng 9/2025, toàn tỉnh Lào Cai có 1.525/1.562 thôn (đạt 97,6%) có sóng điện thoại "
        "di động băng rộng.\n"
        "Còn 37 thôn chưa có sóng, chủ yếu ở vùng cao chưa có điện lưới.\n"
        "Trong 9 tháng đầu năm, các doanh nghiệp đã phủ sóng thêm 64 thôn lõm sóng.",
        "2025-10-08",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-09-30", 97.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-09-30", 37),
        ],
    ),
    # 12: "79,8 triệu người (chiếm 78,8% dân số)", a smartphone count then "chiếm", a survey's daily-use share
    (
        "Việt Nam hiện có khoảng 79,8 triệu người sử dụng Internet (chiếm 78,8% dân số), "
        "theo Bộ Thông tin và Truyền thông.\n"
        "Số thuê bao di động sử dụng điện thoại thông minh đạt 108,3 triệu, chiếm 88,6% tổng số "
        "thuê bao di động.\n"
        "Trong khi đó, theo một khảo sát của DataReportal, 94% người dùng Internet truy cập mạng hằng ngày.",
        "2025-02-14",
        [
            ("internet_users_rate", "national", "as_of", "2025-02-14", 78.8),
            ("smartphone_subscriptions", "national", "as_of", "2025-02-14", 108300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-02-14", 88.6),
        ],
    ),
    # 13: interview, total count then "trong đó" household part "chiếm … số hộ gia đình"
    (
        "Trả lời phỏng vấn phóng viên, Cục trưởng Cục Viễn thông cho biết:\n"
        '"Tính đến ngày 30/11/2024, tổng số thuê bao băng rộng cố định cả nước đạt 23,4 triệu, '
        "trong đó thuê bao hộ gia đình là 20,1 triệu, chiếm 73,5% số hộ gia đình.\n"
        'Mạng cáp quang đã được kéo đến 100% xã, phường, thị trấn."',
        "2024-12-28",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-11-30", 23400000),
            ("ftth_household_rate", "national", "as_of", "2024-11-30", 73.5),
        ],
    ),
    # 14: count over total in brackets "(chiếm 90,05%)", then "trong đó … bằng 54,92% tổng số TTHC"
    (
        "Nghệ An đẩy mạnh cung cấp dịch vụ công trực tuyến\n"
        "Hiện nay, tỉnh Nghệ An đang cung cấp 1.702 dịch vụ công trực tuyến trên tổng số 1.890 "
        "thủ tục hành chính (chiếm 90,05%).\n"
        "Trong đó có 1.038 dịch vụ công trực tuyến toàn trình, bằng 54,92% tổng số TTHC; "
        "100% TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình.\n"
        "Tỷ lệ DVCTT có phát sinh hồ sơ đạt 68,3%.",
        "2025-03-18",
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2025-03-18", 90.05),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2025-03-18", 54.92),
            ("full_process_provision_rate", "Nghệ An", "as_of", "2025-03-18", 100.0),
            ("dvctt_with_dossiers_rate", "Nghệ An", "as_of", "2025-03-18", 68.3),
        ],
    ),
    # 15: ratio of systems with "(đạt 88,04%)" after it; VNeID count then "chiếm … dân số" (no id for that share)
    (
        "Bảo đảm an toàn thông tin, định danh điện tử: kết quả đến cuối tháng 7\n"
        "Tính đến ngày 25/7/2024, các bộ, ngành, địa phương đã phê duyệt hồ sơ đề xuất cấp độ cho "
        "1.215/1.380 hệ thống thông tin (đạt 88,04%).\n"
        "Cùng thời điểm, đã kích hoạt 57,2 triệu tài khoản định danh điện tử mức độ 2, chiếm khoảng "
        "78% dân số từ 14 tuổi trở lên.",
        "2024-08-02",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-07-25", 88.04),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-25", 57200000),
        ],
    ),
    # --- 4. an addition, then the total it makes ---
    # 16: "ghi nhận thêm 2 triệu …, tức tổng cộng 93,5 triệu"; "tăng thêm 350 nghìn, lên 22,45 triệu"
    (
        "Viễn thông quý II/2024: thuê bao băng rộng tiếp tục tăng\n"
        "Trong quý II/2024, thị trường ghi nhận thêm 2 triệu thuê bao băng rộng di động, tức tổng cộng "
        "93,5 triệu thuê bao tính đến ngày 30/6/2024.\n"
        "Số thuê bao băng rộng cố định tăng thêm 350 nghìn, lên 22,45 triệu thuê bao.",
        "2024-07-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 93500000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 22450000),
        ],
    ),
    # 17: "phát triển mới 1.200 trạm 5G, nâng tổng số … lên 8.500 trạm"; coverage "hiện" at the page date
    (
        "Hà Nội (TTXVN) - Trong tháng 4/2025, các doanh nghiệp viễn thông đã phát triển mới 1.200 trạm 5G, "
        "nâng tổng số trạm 5G trên cả nước lên 8.500 trạm.\n"
        "Vùng phủ sóng 5G hiện đạt khoảng 30% dân số.\n"
        "Bộ Khoa học và Công nghệ yêu cầu các nhà mạng đẩy nhanh lắp đặt tại khu công nghiệp.",
        "2025-05-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 8500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-06", 30.0),
        ],
    ),
    # 18: portal's month additions (flow twins) then totals: a level and a year-to-date span
    (
        "Cổng Dịch vụ công quốc gia tháng 5/2025\n"
        "Trong tháng 5/2025, Cổng Dịch vụ công quốc gia có thêm 412.500 tài khoản đăng ký mới, "
        "nâng tổng số tài khoản lên 15,9 triệu.\n"
        "Cổng cũng tiếp nhận thêm 2,1 triệu hồ sơ trực tuyến, đưa tổng số hồ sơ trực tuyến thực hiện "
        "qua Cổng từ đầu năm lên 10,4 triệu hồ sơ.",
        "2025-06-09",
        [
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 412500),
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 15900000),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 2100000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-05-31", 10400000),
        ],
    ),
    # 19: NDXP "ghi nhận thêm …, đưa tổng số … lên 4,12 tỷ"; "kết nối thêm 3 cơ quan, nâng tổng số … lên 112"
    (
        "Tháng 8/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận thêm 102,7 triệu "
        "giao dịch, bình quân 3,31 triệu giao dịch/ngày, đưa tổng số giao dịch lũy kế từ năm 2019 "
        "lên 4,12 tỷ giao dịch.\n"
        "Trong tháng, Nền tảng kết nối thêm 3 cơ quan, nâng tổng số cơ quan, đơn vị đã kết nối lên 112.\n"
        "Số điểm kết nối trên NDXP đạt 1.046 điểm.",
        "2025-09-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 102700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-31", 3310000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-08-31", 4120000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-08-31", 112),
            ("ndxp_connection_points", "national", "as_of", "2025-08-31", 1046),
        ],
    ),
    # 20: year under review: invoices and Mobile Money "thêm … lên tổng cộng …", a rural sub-count, growth
    (
        "Kinh tế số năm 2024: nhiều chỉ tiêu tăng mạnh\n"
        "Năm 2024, cơ quan thuế tiếp nhận, xử lý thêm khoảng 1,9 tỷ hóa đơn điện tử, nâng tổng số hóa đơn "
        "điện tử đã tiếp nhận, xử lý kể từ tháng 7/2022 lên 6,2 tỷ hóa đơn.\n"
        "Dịch vụ Mobile Money có thêm 1,1 triệu khách hàng trong năm, lên tổng cộng 9,6 triệu khách hàng, "
        "trong đó 6,5 triệu khách hàng ở khu vực nông thôn, miền núi.\n"
        "Kinh tế số năm 2024 ước tăng trưởng khoảng 20%, gấp ba lần tốc độ tăng GDP.",
        "2025-01-15",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 6200000000),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 9600000),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # --- 5. datelines and bylines before the first sentence ---
    # 21: "Hà Nội (TTXVN 18/4/2024) -": the dateline's place is not the subject; later Hà Nội is
    (
        "Hà Nội (TTXVN 18/4/2024) - Bộ Công an cho biết, tính đến ngày 15/4/2024, cả nước đã cấp "
        "87,4 triệu thẻ căn cước công dân gắn chip và kích hoạt 56,8 triệu tài khoản định danh điện tử.\n"
        "Riêng Hà Nội đã kích hoạt hơn 5,6 triệu tài khoản.\n"
        "Bộ đề nghị các địa phương tiếp tục rà soát, làm sạch dữ liệu dân cư.",
        "2024-04-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-04-15", 87400000),
            ("vneid_activated_accounts", "national", "as_of", "2024-04-15", 56800000),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-04-15", 5600000),
        ],
    ),
    # 22: "Đà Nẵng, 12/4 (VietnamPlus) -": the dateline's place is "thành phố"; national figure in brackets; DTI rank
    (
        "Đà Nẵng, 12/4 (VietnamPlus) - Năm 2023, kinh tế số của thành phố đóng góp khoảng 19,3% GRDP, "
        "cao hơn mức bình quân cả nước (12,33% GDP).\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố năm 2023 đạt 72,6%.\n"
        "Thành phố đứng đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) ba năm liên tiếp.",
        "2024-04-12",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 72.6),
        ],
    ),
    # 23: "HẢI PHÒNG -": the place is the subject ("thành phố"); the targets after it are not values
    (
        "HẢI PHÒNG - Tính đến hết tháng 3/2025, thành phố đã phát sóng 1.020 trạm 5G, vùng phủ sóng 5G "
        "đạt 62% dân số.\n"
        "Thành phố phấn đấu đến cuối năm 2025 có 2.000 trạm, phủ sóng 5G tới 90% dân số.\n"
        "Các khu công nghiệp lớn đều đã có sóng 5G.",
        "2025-04-05",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-03-31", 1020),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-03-31", 62.0),
        ],
    ),
    # 24: "(Chinhphu.vn) -" byline, national quarter rates; "Hiện có 52/53", "Đến nay, 63/63", "1.012/1.084"
    (
        "(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ, trong quý I/2025, tỷ lệ hồ sơ trực tuyến "
        "toàn trình trên cả nước đạt 44,3%; tỷ lệ hồ sơ TTHC gắn định danh cá nhân đạt 89,7%.\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết TTHC đạt 91,2%.\n"
        "Hiện có 52/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.\n"
        "Đến nay, 63/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT; "
        "1.012/1.084 TTHC đã được cắt giảm, đơn giản hóa.",
        "2025-04-10",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 44.3),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2025-03-31", 89.7),
            ("satisfaction_rate", "national", "quarter", "2025-03-31", 91.2),
            ("essential_services_full_process", "national", "as_of", "2025-04-10", 52),
            ("localities_fee_reduction", "national", "as_of", "2025-04-10", 63),
            ("procedures_simplified", "national", "as_of", "2025-04-10", 1012),
        ],
    ),
    # 25: "CẦN THƠ -": the place hosts the event, the figures are the country's; a change (not stored)
    (
        "CẦN THƠ - Phát biểu tại hội thảo về an toàn thông tin khu vực Đồng bằng sông Cửu Long sáng 14/7 "
        "tại Cần Thơ, đại diện Cục An toàn thông tin cho biết: 6 tháng đầu năm 2025, hệ thống kỹ thuật đã "
        "ghi nhận 2.840 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Số địa chỉ IP thuộc mạng botnet tính đến cuối tháng 6/2025 là 420.318 địa chỉ, giảm 18% so với "
        "cùng kỳ.\n"
        "Hội thảo thu hút hơn 300 đại biểu tham dự.",
        "2025-07-15",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 2840),
            ("botnet_ips", "national", "as_of", "2025-06-30", 420318),
        ],
    ),
    # --- 6. satisfaction and ranking indexes said in words ---
    # 26: SIPAS national with the earlier year in brackets, provincial SIPAS beside PAR INDEX (no id)
    (
        "Ngày 15/4, Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR INDEX) năm 2023 và Chỉ số hài lòng "
        "về sự phục vụ hành chính (SIPAS 2023).\n"
        "Chỉ số SIPAS 2023 của cả nước đạt 80,08%, tăng 0,39 điểm phần trăm so với năm 2022 (79,69%).\n"
        "Quảng Ninh tiếp tục dẫn đầu cả hai chỉ số, với PAR INDEX đạt 91,26% và SIPAS đạt 87,16%.",
        "2024-04-16",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 80.08),
            ("satisfaction_rate", "national", "year", "2022-12-31", 79.69),
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 87.16),
        ],
    ),
    # 27: provincial portal: DTI and PAPI ranks and scores (no id), SIPAS with "(năm 2022: 81,7%)"
    (
        "Năm 2023, tỉnh Bình Định xếp thứ 9/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI), tăng 4 bậc so với "
        "năm trước (2022: 13/63).\n"
        "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) 2023 của tỉnh đạt 43,9 điểm, xếp thứ 15.\n"
        "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) "
        "của tỉnh năm 2023 đạt 83,5% (năm 2022: 81,7%).",
        "2024-07-25",
        [
            ("satisfaction_rate", "Bình Định", "year", "2023-12-31", 83.5),
            ("satisfaction_rate", "Bình Định", "year", "2022-12-31", 81.7),
        ],
    ),
    # 28: EGDI "xếp hạng 71/193" with the previous edition in brackets "(2022: 86/193)"; regional and OGDI ranks not stored
    (
        "Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Việt Nam xếp hạng 71/193 quốc gia về "
        "Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ trước (2022: 86/193).\n"
        "Trong khu vực Đông Nam Á, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.\n"
        "Chỉ số Dữ liệu mở (OGDI) của Việt Nam xếp thứ 87.",
        "2025-01-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 29: satisfaction of the two blocks "tương ứng", national after; 766 overall scores (not stored)
    (
        "Theo Hệ thống đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp (766), trong tháng 5/2025, "
        "tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết TTHC của khối bộ, ngành và khối địa phương "
        "tương ứng là 84,2% và 89,6%; cả nước đạt 88,4%.\n"
        "Về điểm đánh giá tổng thể, Bảo hiểm xã hội Việt Nam đứng đầu khối bộ, ngành với 88,9/100 điểm; "
        "Quảng Ninh đứng đầu khối địa phương với 91,3 điểm.\n"
        "Văn phòng Chính phủ đề nghị các đơn vị có điểm thấp khắc phục ngay.",
        "2025-06-12",
        [
            ("satisfaction_rate", "ministries", "month", "2025-05-31", 84.2),
            ("satisfaction_rate", "localities", "month", "2025-05-31", 89.6),
            ("satisfaction_rate", "national", "month", "2025-05-31", 88.4),
        ],
    ),
    # 30: SIPAS 2024 ranking: three provinces named, "mức hài lòng tương ứng" list, national and 2023 in brackets
    (
        "SIPAS 2024: Hải Phòng, Quảng Ninh, Bình Dương dẫn đầu\n"
        "Kết quả Chỉ số hài lòng về sự phục vụ hành chính năm 2024 (SIPAS 2024) cho thấy ba địa phương "
        "đứng đầu là Hải Phòng, Quảng Ninh và Bình Dương, với mức hài lòng tương ứng 88,21%, 87,5% và 86,9%.\n"
        "Bình quân cả nước, mức độ hài lòng đạt 82,66%, cao hơn năm 2023 (80,08%).",
        "2025-03-21",
        [
            ("satisfaction_rate", "Hải Phòng", "year", "2024-12-31", 88.21),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 87.5),
            ("satisfaction_rate", "Bình Dương", "year", "2024-12-31", 86.9),
            ("satisfaction_rate", "national", "year", "2024-12-31", 82.66),
            ("satisfaction_rate", "national", "year", "2023-12-31", 80.08),
        ],
    ),
    # --- 7. negative and mixed cases of the same constructions ---
    # 31: a list of targets (none stored), then the province's actual level for the past year
    (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Gia Lai đặt mục tiêu: 100% TTHC đủ điều kiện được cung cấp "
        "DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; 80% dân số trưởng thành sử dụng DVCTT; "
        "tỷ trọng kinh tế số đạt 10% GRDP.\n"
        "Phấn đấu đến hết năm 2025 phủ sóng di động tới 100% thôn, làng.\n"
        "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 31,5%, thấp hơn bình quân cả nước.",
        "2025-02-20",
        [
            ("online_dossier_full_process_rate", "Gia Lai", "year", "2024-12-31", 31.5),
        ],
    ),
    # 32: an operator's list "lần lượt có 5.200, 2.100 và 1.400 trạm" (not stored), the stated national total, Viettel's own coverage
    (
        "Theo số liệu của các nhà mạng, đến cuối tháng 2/2025, Viettel, VNPT và MobiFone lần lượt có "
        "5.200, 2.100 và 1.400 trạm 5G đang hoạt động.\n"
        "Tổng cộng cả nước có 8.700 trạm 5G.\n"
        "Riêng Viettel cho biết vùng phủ 5G của nhà mạng này đã đạt 60% dân số, tốc độ trung bình trên 500 Mbps.",
        "2025-03-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 8700),
        ],
    ),
    # 33: the world's and other countries' speeds in a list (not stored), then Viet Nam's; a speed rank
    (
        "Theo Speedtest Global Index tháng 2/2025 do Bộ Thông tin và Truyền thông dẫn lại, tốc độ tải xuống "
        "trung vị băng rộng di động toàn cầu, của Thái Lan và của Singapore lần lượt là 56,1, 98,3 và 132,9 Mbps.\n"
        "Việt Nam đạt 146,6 Mbps, xếp thứ 18/111 quốc gia.\n"
        "Băng rộng cố định: thế giới 94,8 Mbps, Việt Nam 180,5 Mbps.",
        "2025-03-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 180.5),
        ],
    ),
    # 34: a survey's shares in a list (not stored), then the central bank's administrative figure
    (
        "Theo kết quả khảo sát của một viện nghiên cứu chính sách với 3.000 người trả lời, 72% người được hỏi "
        "cho biết đã từng sử dụng dịch vụ công trực tuyến, 84% hài lòng với chất lượng dịch vụ và 93% sở hữu "
        "điện thoại thông minh.\n"
        "Trong khi đó, theo Ngân hàng Nhà nước, tính đến cuối tháng 9/2024, tỷ lệ người trưởng thành có "
        "tài khoản thanh toán đạt 87%.\n"
        "Nhóm nghiên cứu khuyến nghị đơn giản hóa giao diện các cổng dịch vụ công.",
        "2024-11-22",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-09-30", 87.0),
        ],
    ),
    # 35: a month's total with a year-on-year change, its kinds after "trong đó", counts of circulars and meetings
    (
        "Trong tháng 10/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.043 cuộc tấn công "
        "mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 12% so với cùng kỳ năm 2023; trong đó có "
        "544 cuộc tấn công lừa đảo (Phishing), 301 cuộc thay đổi giao diện (Deface) và 198 cuộc cài mã độc (Malware).\n"
        "Cũng trong tháng, Bộ đã ban hành 3 thông tư, tổ chức 12 hội nghị, hội thảo về an toàn thông tin.\n"
        "Cục khuyến cáo các cơ quan, tổ chức rà soát lỗ hổng trên các hệ thống.",
        "2024-11-06",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 1043),
        ],
    ),
]
