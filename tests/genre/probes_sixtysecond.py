"""Round-62 blind genre probes for the Vietnamese digital-transformation KPI extractor. The cases
probe constructions of shared figures, pairs and parts: one figure shared by several provinces
or by both blocks (khối bộ, ngành / khối địa phương), download/upload speed pairs and fixed vs
mobile speeds in one sentence (with ranks, world averages, median vs mean), station, village and
subscription counts whose technology or noun is named apart from the number, provincial reviews
of online services with the province named only in the title or first line, earlier editions
named vaguely beside the current value, figures per day, per month or per 100 inhabitants and
digital-economy growth said several ways, and negative or mixed cases (district figures,
vendors' and operators' own figures, bounds for a group, targets, sub-counts after "trong đó",
decrees, other countries, year-on-year changes). Each case is (text, published ISO date or None,
[(indicator_id, breakdown, period_kind, period_end, value)]), listing only the values a careful
analyst would store under tests/golden/README.md. Written for the project from the genre's usual
phrasings (not copied from any page).
"""

CASES = [
    # 1. shared figure: both blocks reach 100% of eligible procedures; dossier pair per block; 41/53 with "còn lại" remainder
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "Về cung cấp dịch vụ công trực tuyến toàn trình, trong tháng 5/2025 cả khối bộ, ngành và khối địa phương "
        "đều đạt 100% đối với các TTHC đủ điều kiện.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành là 52,3%, của khối địa phương là 41,8%.\n"
        "Đến nay đã có 41/53 dịch vụ công thiết yếu được cung cấp toàn trình; 12 dịch vụ còn lại đang được các bộ hoàn thiện.",
        "2025-06-12",
        [
            ("full_process_provision_rate", "ministries", "month", "2025-05-31", 100.0),
            ("full_process_provision_rate", "localities", "month", "2025-05-31", 100.0),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 52.3),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 41.8),
            ("essential_services_full_process", "national", "as_of", "2025-06-12", 41),
        ],
    ),
    # 1. shared figure: "Hà Nội và Cần Thơ là hai địa phương đạt 100%", then "tỷ lệ này" for the country and the ministries' block
    (
        "Hà Nội và Cần Thơ dẫn đầu về gắn định danh cá nhân cho hồ sơ TTHC\n"
        "Theo kết quả theo dõi trên Hệ thống EMC năm 2024, Hà Nội và Cần Thơ là hai địa phương đạt 100% hồ sơ TTHC "
        "được gắn với số định danh cá nhân.\n"
        "Tính chung cả nước, tỷ lệ này ở mức 87,6%, trong khi khối bộ, ngành mới đạt 79,2%.",
        "2025-02-20",
        [
            ("dossiers_with_personal_id_rate", "Hà Nội", "year", "2024-12-31", 100.0),
            ("dossiers_with_personal_id_rate", "Cần Thơ", "year", "2024-12-31", 100.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 87.6),
            ("dossiers_with_personal_id_rate", "ministries", "year", "2024-12-31", 79.2),
        ],
    ),
    # 1. shared figure: "Đà Nẵng, Quảng Ninh cùng đạt 100%" e-results in a half; 59/63 provinces with a fee resolution named after the pair
    (
        "(VietnamPlus) 6 tháng đầu năm 2025, Đà Nẵng, Quảng Ninh cùng đạt 100% hồ sơ TTHC được cấp kết quả giải quyết điện tử, "
        "cao nhất cả nước.\n"
        "Bình quân cả nước, tỷ lệ hồ sơ có kết quả điện tử là 68,4%.\n"
        "Hai địa phương này cũng nằm trong số 59/63 tỉnh, thành phố đã có nghị quyết của HĐND về miễn, giảm phí, lệ phí "
        "khi thực hiện DVCTT.",
        "2025-07-18",
        [
            ("e_result_rate", "Đà Nẵng", "half", "2025-06-30", 100.0),
            ("e_result_rate", "Quảng Ninh", "half", "2025-06-30", 100.0),
            ("e_result_rate", "national", "half", "2025-06-30", 68.4),
            ("localities_fee_reduction", "national", "as_of", "2025-06-30", 59),
        ],
    ),
    # 1. shared figure: both blocks "đều đã kết nối 100%" to EMC; NDXP agencies with "toàn bộ 63 tỉnh" as a part; month's transactions
    (
        "Tính đến ngày 31/5/2025, khối bộ, ngành và khối địa phương đều đã kết nối 100% hệ thống giải quyết TTHC "
        "với Hệ thống EMC.\n"
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối 107 cơ quan, đơn vị, gồm toàn bộ 63 tỉnh, thành phố "
        "và các bộ, ngành, cơ quan trung ương.\n"
        "Trong tháng 5/2025, NDXP ghi nhận 102,6 triệu giao dịch.",
        "2025-06-08",
        [
            ("emc_connection_rate", "ministries", "as_of", "2025-05-31", 100.0),
            ("emc_connection_rate", "localities", "as_of", "2025-05-31", 100.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-05-31", 107),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 102600000),
        ],
    ),
    # 1. shared figure: "cùng đạt tỷ lệ 100%" for the two blocks of a notice; a quarter's attacks in the next sentence
    (
        "THÔNG BÁO Kết luận của Trưởng Ban Chỉ đạo tại phiên họp ngày 10/10/2024\n"
        "Tính đến ngày 30/9/2024, khối bộ, ngành và khối địa phương cùng đạt tỷ lệ 100% hệ thống thông tin "
        "đang vận hành được phê duyệt hồ sơ đề xuất cấp độ.\n"
        "Trong quý III/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 2.856 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2024-10-15",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 100.0),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 100.0),
            ("cyberattacks", "national", "quarter", "2024-09-30", 2856),
        ],
    ),
    # 2. speed pairs "147,31/39,44 Mbps (tải xuống/tải lên)" with world ranks; fixed pair in the next clause
    (
        "(Chinhphu.vn) Theo số liệu đo kiểm tháng 3/2025, tốc độ băng rộng di động của Việt Nam đạt 147,31/39,44 Mbps "
        "(tải xuống/tải lên), xếp thứ 20 thế giới.\n"
        "Băng rộng cố định đạt 168,6/160,2 Mbps (tải xuống/tải lên), đứng thứ 34.\n"
        "Cục Viễn thông cho biết tốc độ di động tăng mạnh nhờ mạng 5G được mở rộng.",
        "2025-04-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 147.31),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 168.6),
        ],
    ),
    # 2. upload written before download, for one province, mobile then fixed
    (
        "Sở Thông tin và Truyền thông tỉnh Lào Cai công bố kết quả đo kiểm chất lượng mạng tháng 10/2024.\n"
        "Theo đó, tốc độ băng rộng di động trên địa bàn tỉnh: tải lên 19,4 Mbps, tải xuống 47,3 Mbps; "
        "băng rộng cố định: tải lên 88,1 Mbps, tải xuống 95,6 Mbps.\n"
        "Sở sẽ tiếp tục đo kiểm định kỳ hằng quý tại 9 huyện, thị xã, thành phố.",
        "2024-11-12",
        [
            ("mobile_broadband_speed", "Lào Cai", "month", "2024-10-31", 47.3),
            ("fixed_broadband_speed", "Lào Cai", "month", "2024-10-31", 95.6),
        ],
    ),
    # 2. fixed and mobile in one sentence joined by "trong khi"; ranks in the next sentence
    (
        "(VnExpress) Trong tháng 12/2024, tốc độ tải xuống trung vị của Internet cáp quang (BRCĐ) tại Việt Nam đạt 154,1 Mbps, "
        "trong khi di động chỉ ở mức 68,9 Mbps.\n"
        "Với kết quả này, Việt Nam đứng thứ 37 về băng rộng cố định và thứ 42 về di động.\n"
        "Cũng theo báo cáo, tỷ lệ người sử dụng Internet tại Việt Nam năm 2024 ước đạt 79,1% dân số.",
        "2025-01-09",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.1),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 68.9),
            ("internet_users_rate", "national", "year", "2024-12-31", 79.1),
        ],
    ),
    # 2. "…, còn di động là …" with ranks in the clause; the world's averages "so với … (lần lượt …)" are not Viet Nam's
    (
        "Theo Báo cáo chuyển đổi số quốc gia tháng 7/2025, tốc độ truy cập băng rộng cố định đạt 231,5 Mbps, "
        "xếp hạng 13 thế giới, còn di động là 146,2 Mbps, hạng 19.\n"
        "So với mức trung bình toàn cầu (lần lượt 98,4 Mbps và 57,3 Mbps), tốc độ của Việt Nam cao hơn khoảng 2,4 lần.\n"
        "Tính đến hết tháng 7/2025, tổng giá trị thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia đạt 12,9 nghìn tỷ đồng.",
        "2025-08-14",
        [
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 231.5),
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 146.2),
            ("online_payments_value", "national", "as_of", "2025-07-31", 12900),
        ],
    ),
    # 2. a median beside a mean (and an upload median) in an interview: only the download medians are stored
    (
        "Trả lời phỏng vấn, đại diện Cục Viễn thông cho biết: tháng 5/2024, tốc độ tải xuống trung vị băng rộng cố định "
        "ở mức 101,8 Mbps, tốc độ trung bình (mean) là 131,2 Mbps; tốc độ tải lên trung vị 97,5 Mbps.\n"
        "Với di động, trung vị là 51,7 Mbps còn trung bình 72,4 Mbps.\n"
        "Ông cho biết mục tiêu năm 2025 là băng rộng cố định đạt 200 Mbps.",
        "2024-06-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 101.8),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 51.7),
        ],
    ),
    # 3. "167 trạm thu, phát sóng" in a paragraph about 5G (technology named apart); 4G stations are not 5G
    (
        "Cổng TTĐT tỉnh Thái Nguyên – Về phát triển mạng 5G, tính đến hết tháng 6/2025, các doanh nghiệp viễn thông "
        "đã lắp đặt và đưa vào khai thác 167 trạm thu, phát sóng trên địa bàn tỉnh, phủ sóng trung tâm các huyện, "
        "thành phố và các khu công nghiệp.\n"
        "Toàn tỉnh hiện có 1.236 trạm BTS 4G.\n"
        "Dự kiến đến cuối năm 2025, số trạm 5G của tỉnh sẽ tăng lên khoảng 300 trạm.",
        "2025-07-05",
        [
            ("fiveg_bts_count", "Thái Nguyên", "as_of", "2025-06-30", 167),
        ],
    ),
    # 3. "nâng tổng số trạm 5G trên địa bàn lên gần 1.000 trạm" after the operators' new stations; province named in the next line
    (
        "Trong quý I/2025, Viettel, VNPT và MobiFone đã lắp mới 236 trạm, nâng tổng số trạm 5G trên địa bàn Thủ đô "
        "lên gần 1.000 trạm.\n"
        "Theo Sở Khoa học và Công nghệ Hà Nội, sóng 5G đã phủ khoảng 85% dân số thành phố.\n"
        "Tỷ lệ thôn, tổ dân phố có sóng di động băng rộng trên địa bàn thành phố đạt 100%.",
        "2025-04-10",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-03-31", 1000),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-03-31", 85.0),
            ("villages_with_mobile_coverage_rate", "Hà Nội", "as_of", "2025-03-31", 100.0),
        ],
    ),
    # 3. "07 trạm BTS 5G" with a leading zero and "hiện nay" (published date); a provincial smartphone share
    (
        "Báo Lai Châu – Hiện nay, toàn tỉnh có 07 trạm BTS 5G, tập trung tại thành phố Lai Châu; 100% xã đã có sóng 4G.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 81,6%.\n"
        "Tỉnh phấn đấu đến năm 2026 phủ sóng 5G tại 100% trung tâm huyện.",
        "2025-04-02",
        [
            ("fiveg_bts_count", "Lai Châu", "as_of", "2025-04-02", 7),
            ("smartphone_subscriber_rate", "Lai Châu", "as_of", "2025-04-02", 81.6),
        ],
    ),
    # 3. "còn 420 điểm lõm sóng" (villages named as points) beside the electrified dead-zone villages covered "1.812/1.853 …, đạt 97,8%"
    (
        "Về phủ sóng thôn lõm sóng: đến ngày 31/3/2025, các doanh nghiệp đã phủ sóng 1.812/1.853 thôn lõm sóng có điện lưới, "
        "đạt 97,8%.\n"
        "Cả nước hiện còn 420 điểm lõm sóng (thôn, bản chưa có sóng di động), chủ yếu ở vùng chưa có điện lưới quốc gia.\n"
        "Năm 2025, Bộ đặt mục tiêu xóa toàn bộ số điểm lõm sóng còn lại.",
        "2025-04-15",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-03-31", 97.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-03-31", 420),
        ],
    ),
    # 3. "19,79 triệu hộ gia đình … chiếm 72,4%" (count of households has no id); mobile broadband subscriptions; smartphone share after "còn"
    (
        "Tính đến hết tháng 11/2024, cả nước có 19,79 triệu hộ gia đình sử dụng Internet cáp quang, chiếm 72,4% tổng số hộ.\n"
        "Số thuê bao băng rộng di động đạt 92,3 triệu, còn tỷ lệ thuê bao di động sử dụng smartphone là 87,2%.\n"
        "Số thuê bao băng rộng cố định tăng 8,1% so với cùng kỳ năm 2023.",
        "2024-12-20",
        [
            ("ftth_household_rate", "national", "as_of", "2024-11-30", 72.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-11-30", 92300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-11-30", 87.2),
        ],
    ),
    # 4. provincial review, province only in the title: "1.542/1.823 DVCTT, đạt 84,59% so với tổng số TTHC", "(818/1.823)"
    (
        "UBND TỈNH NGHỆ AN – KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN QUÝ I/2025\n"
        "- Tổng số TTHC thuộc thẩm quyền giải quyết: 1.823.\n"
        "- Đã cung cấp 1.542/1.823 DVCTT, đạt 84,59% so với tổng số TTHC.\n"
        "- DVCTT toàn trình: 818 thủ tục, chiếm 44,87% tổng số TTHC (818/1.823).\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 63,2% trên tổng số hồ sơ.",
        "2025-04-08",
        [
            ("dvctt_rate", "Nghệ An", "quarter", "2025-03-31", 84.59),
            ("dvctt_full_process_rate", "Nghệ An", "quarter", "2025-03-31", 44.87),
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-03-31", 63.2),
        ],
    ),
    # 4. province only in the first line; dossiers submitted online "trên tổng số hồ sơ" after "trong đó", full-process dossiers; on-time and digitised shares have no id
    (
        "UBND tỉnh Quảng Trị vừa báo cáo kết quả giải quyết TTHC 6 tháng đầu năm 2025.\n"
        "Các cơ quan đã tiếp nhận 215.430 hồ sơ, trong đó hồ sơ nộp trực tuyến chiếm 71,3% trên tổng số hồ sơ; "
        "hồ sơ trực tuyến toàn trình là 97.410 hồ sơ, chiếm 45,2%.\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%; tỷ lệ hồ sơ được số hóa 82,5%.",
        "2025-07-10",
        [
            ("online_dossier_rate", "Quảng Trị", "half", "2025-06-30", 71.3),
            ("online_dossier_full_process_rate", "Quảng Trị", "half", "2025-06-30", 45.2),
        ],
    ),
    # 4. "đạt 100% đối với những TTHC đủ điều kiện" then the same over all procedures, and the any-level share in parentheses
    (
        "Bắc Giang: tính đến ngày 15/4/2025, tỉnh đã cung cấp DVCTT toàn trình đạt 100% đối với những TTHC đủ điều kiện.\n"
        "Nếu tính trên tổng số TTHC thuộc thẩm quyền, tỷ lệ DVCTT toàn trình là 56,2%; tỷ lệ DVCTT "
        "(gồm toàn trình và một phần) đạt 92,4%.\n"
        "Tỉnh hiện công khai 1.835 TTHC trên Cổng Dịch vụ công quốc gia.",
        "2025-04-18",
        [
            ("full_process_provision_rate", "Bắc Giang", "as_of", "2025-04-15", 100.0),
            ("dvctt_full_process_rate", "Bắc Giang", "as_of", "2025-04-15", 56.2),
            ("dvctt_rate", "Bắc Giang", "as_of", "2025-04-15", 92.4),
        ],
    ),
    # 4. "lũy kế từ đầu năm đến ngày 30/9/2024" shares "trên tổng số hồ sơ" of one province (named in the agency's name)
    (
        "Sở Nội vụ tỉnh Đồng Tháp cho biết, lũy kế từ đầu năm đến ngày 30/9/2024, Hệ thống thông tin giải quyết TTHC "
        "của tỉnh đã cấp kết quả điện tử cho 92,4% trên tổng số hồ sơ đã giải quyết.\n"
        "Tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu đã số hóa là 41,7%; tỷ lệ hồ sơ gắn số định danh "
        "cá nhân đạt 99,1%.\n"
        "Trong 9 tháng, toàn tỉnh tiếp nhận hơn 312.000 hồ sơ TTHC, tăng 14% so với cùng kỳ.",
        "2024-10-07",
        [
            ("e_result_rate", "Đồng Tháp", "ytd", "2024-09-30", 92.4),
            ("data_reuse_rate", "Đồng Tháp", "ytd", "2024-09-30", 41.7),
            ("dossiers_with_personal_id_rate", "Đồng Tháp", "ytd", "2024-09-30", 99.1),
        ],
    ),
    # 4. a table written as lines under a title naming the province: counts with shares in parentheses, one "1.027/1.598 (64,27%)"
    (
        "TỈNH VĨNH LONG – SỐ LIỆU DỊCH VỤ CÔNG TRỰC TUYẾN QUÝ II/2024\n"
        "Tổng số TTHC: 1.754\n"
        "Số DVCTT: 1.598 (91,11%)\n"
        "DVCTT toàn trình: 936 (53,36%)\n"
        "DVCTT có phát sinh hồ sơ: 1.027/1.598 (64,27%)",
        "2024-07-12",
        [
            ("dvctt_rate", "Vĩnh Long", "quarter", "2024-06-30", 91.11),
            ("dvctt_full_process_rate", "Vĩnh Long", "quarter", "2024-06-30", 53.36),
            ("dvctt_with_dossiers_rate", "Vĩnh Long", "quarter", "2024-06-30", 64.27),
        ],
    ),
    # 5. current UN edition with earlier ones named vaguely ("trong hai lần đánh giá trước đó đều đứng thứ 86"): only 71 is stored
    (
        "Tại hội nghị tổng kết năm 2024, Bộ trưởng cho biết: theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc "
        "công bố tháng 9/2024, Việt Nam xếp thứ 71/193 về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc.\n"
        "Trong hai lần đánh giá trước đó, Việt Nam đều đứng thứ 86.\n"
        "Bộ trưởng đề nghị các bộ, ngành, địa phương nâng cao chất lượng DVCTT để cải thiện thứ hạng ở kỳ đánh giá năm 2026.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # 5. "tăng so với lần đánh giá trước (93,4%)": an undated earlier value beside the current month's
    (
        "Quảng Ninh: Trong tháng 4/2025, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trên địa bàn tỉnh "
        "đạt 95,1%, tăng so với lần đánh giá trước (93,4%).\n"
        "Tỷ lệ hồ sơ TTHC có kết quả giải quyết điện tử là 98,7%.\n"
        "Tỉnh tiếp tục dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR Index) nhiều năm liền.",
        "2025-05-06",
        [
            ("satisfaction_rate", "Quảng Ninh", "month", "2025-04-30", 95.1),
            ("e_result_rate", "Quảng Ninh", "month", "2025-04-30", 98.7),
        ],
    ),
    # 5. "so với kỳ đánh giá năm 2022 (hạng 86)" is datable and kept; "năm trước đó" after a named year is kept too
    (
        "PV: Thưa Thứ trưởng, kết quả nổi bật của Chính phủ số năm qua là gì?\n"
        "– Trong bảng xếp hạng EGDI năm 2024 của Liên Hợp Quốc, Việt Nam đứng thứ 71, tăng 15 bậc so với kỳ đánh giá "
        "năm 2022 (hạng 86).\n"
        "Tỷ lệ người dân trưởng thành sử dụng DVCTT năm 2024 đạt khoảng 45%, trong khi năm trước đó là 38%.",
        "2025-03-02",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 45.0),
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 38.0),
        ],
    ),
    # 5. "năm ngoái" dated by the published date, "năm trước đó" one year earlier; a target and an expectation are not values
    (
        "Thứ trưởng Bộ Khoa học và Công nghệ trả lời phỏng vấn báo chí về kinh tế số.\n"
        "Theo ước tính, năm ngoái kinh tế số chiếm khoảng 18,3% GDP, cao hơn mức 16,5% của năm trước đó.\n"
        "Mục tiêu đến năm 2025 là 20% GDP; năm nay, chúng tôi kỳ vọng tỷ trọng này đạt khoảng 19%.",
        "2025-04-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 5. "so với kỳ báo cáo trước" / "lần thống kê trước" with no value; running 8-month total; per-month average has no id
    (
        "Báo cáo tháng 8/2024: Trong tháng, đã ghi nhận 1.026 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin "
        "tại Việt Nam, giảm 9,3% so với kỳ báo cáo trước.\n"
        "Lũy kế 8 tháng, tổng số cuộc tấn công là 7.908 cuộc, bình quân mỗi tháng gần 990 cuộc.\n"
        "Số địa chỉ IP nằm trong các mạng botnet là 812.300, giảm so với lần thống kê trước.",
        "2024-09-05",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 1026),
            ("cyberattacks", "national", "ytd", "2024-08-31", 7908),
            ("botnet_ips", "national", "as_of", "2024-08-31", 812300),
        ],
    ),
    # 6. "bình quân mỗi ngày có khoảng" NDXP transactions beside the month's and the running total; the portal's per-day dossiers have no id
    (
        "Trong tháng 4/2025, Nền tảng NDXP ghi nhận 98,4 triệu giao dịch, bình quân mỗi ngày có khoảng 3,28 triệu giao dịch.\n"
        "Lũy kế từ khi đưa vào vận hành, tổng số giao dịch qua NDXP đạt 3,87 tỷ.\n"
        "Mỗi ngày Cổng Dịch vụ công quốc gia tiếp nhận khoảng 60.000 hồ sơ trực tuyến.\n"
        "Đến nay đã thiết lập 410 điểm kết nối giữa các hệ thống thông tin, CSDL trên NDXP.",
        "2025-05-09",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 98400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 3280000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 3870000000),
            ("ndxp_connection_points", "national", "as_of", "2025-05-09", 410),
        ],
    ),
    # 6. "thuê bao/100 dân" and "thuê bao trên 100 dân" beside subscription counts at a quarter's end
    (
        "Tính đến hết quý II/2025, tổng số thuê bao băng rộng cố định đạt 23,9 triệu, tương đương 23,6 thuê bao/100 dân.\n"
        "Mật độ thuê bao băng rộng di động đạt 89,7 thuê bao trên 100 dân; số thuê bao sử dụng điện thoại thông minh "
        "là 96,4 triệu.\n"
        "Trong quý II/2025, Cổng Dịch vụ công quốc gia tiếp nhận 4,6 triệu hồ sơ trực tuyến, bình quân mỗi ngày khoảng 50.000 hồ sơ.",
        "2025-07-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 23900000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 23.6),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 89.7),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 96400000),
            ("national_portal_dossiers_new", "national", "quarter", "2025-06-30", 4600000),
        ],
    ),
    # 6. "cứ 10 người thì có 8 người" is no stated value; the exact share is; portal accounts with a per-day increase (no id)
    (
        "Năm 2024, cứ 10 người trưởng thành thì có gần 9 người có tài khoản thanh toán; cụ thể, tỷ lệ người trưởng thành "
        "có tài khoản ngân hàng đạt 87,1%.\n"
        "Cổng Dịch vụ công quốc gia hiện có 15,2 triệu tài khoản đăng ký, bình quân mỗi ngày tăng khoảng 25.000 tài khoản.\n"
        "Lũy kế từ khi khai trương, Cổng đã tiếp nhận hơn 98 triệu hồ sơ trực tuyến và 19,5 triệu giao dịch thanh toán trực tuyến.\n"
        "Cứ 10 người dân thì có 8 người sử dụng Internet.",
        "2025-01-15",
        [
            ("adults_with_bank_account_rate", "national", "year", "2024-12-31", 87.1),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15200000),
            ("national_portal_dossiers", "national", "as_of", "2024-12-31", 98000000),
            ("online_payments_count", "national", "as_of", "2024-12-31", 19500000),
        ],
    ),
    # 6. growth said as "tăng trưởng khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP"; share as "đóng góp khoảng 18,3% GDP"; ICT revenue has no id
    (
        "Năm 2024, kinh tế số Việt Nam tăng trưởng khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP, đóng góp khoảng "
        "18,3% GDP.\n"
        "Riêng doanh thu công nghiệp ICT tăng 12% so với năm 2023.\n"
        "Trong năm 2024, Cổng DVCQG có 10,2 triệu giao dịch thanh toán trực tuyến, bình quân mỗi tháng 850.000 giao dịch, "
        "với số tiền 6.430 tỷ đồng.",
        "2025-02-26",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("online_payments_count_new", "national", "year", "2024-12-31", 10200000),
            ("online_payments_value_new", "national", "year", "2024-12-31", 6430),
        ],
    ),
    # 6. "bình quân khoảng 20%/năm" over several years (no single period) vs a half's growth "so với cùng kỳ" (kept: growth is the indicator); a target
    (
        "Giai đoạn 2021–2024, kinh tế số tăng trưởng bình quân khoảng 20%/năm.\n"
        "6 tháng đầu năm 2025, giá trị tăng thêm của kinh tế số tăng 12,3% so với cùng kỳ năm trước, tỷ trọng kinh tế số "
        "trong GDP ước đạt 18,7%.\n"
        "Phấn đấu cả năm 2025 kinh tế số tăng trưởng trên 20%.",
        "2025-07-25",
        [
            ("digital_economy_growth", "national", "half", "2025-06-30", 12.3),
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7),
        ],
    ),
    # 7. negative/mixed: a figure shared by districts and a commune-level share are not stored; the province's total is
    (
        "Điện Biên: Trong tháng 5/2025, các huyện Mường Nhé, Nậm Pồ và Tủa Chùa cùng đạt 100% hồ sơ TTHC được giải quyết "
        "trực tuyến toàn trình.\n"
        "Tính chung toàn tỉnh, tỷ lệ hồ sơ trực tuyến toàn trình là 46,2%; riêng cấp xã đạt 38,9%.\n"
        "Huyện Điện Biên Đông thấp nhất tỉnh, chỉ đạt 21,5%.",
        "2025-06-10",
        [
            ("online_dossier_full_process_rate", "Điện Biên", "month", "2025-05-31", 46.2),
        ],
    ),
    # 7. negative/mixed: a vendor's trial speed, an operator's own speed and operators' station counts; only the country's stations are stored
    (
        "Tại sự kiện ra mắt, Ericsson và Viettel công bố kết quả thử nghiệm: tốc độ tải xuống trên mạng 5G đạt 1,5 Gbps.\n"
        "Theo đo kiểm nội bộ của VNPT, tốc độ 5G trung bình của nhà mạng này ở mức 412 Mbps.\n"
        "Riêng Viettel đã phát sóng hơn 6.500 trạm 5G, VNPT khoảng 1.300 trạm; tính đến cuối tháng 2/2025, cả nước có "
        "khoảng 8.000 trạm 5G.",
        "2025-03-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 8000),
        ],
    ),
    # 7. negative/mixed: a bound "trên 95%" shared by a group of provinces and "13 địa phương đạt trên 80%"; decrees counted; the national share and simplified regulations stored
    (
        "Kết quả năm 2024: tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình của cả nước đạt 54,3%.\n"
        "Ba tỉnh Hà Nội, Đà Nẵng và Bắc Ninh đều có tỷ lệ trên 95%; 13 địa phương đạt trên 80%.\n"
        "Đến nay đã cắt giảm, đơn giản hóa 763/1.084 quy định kinh doanh; Chính phủ đã ban hành 15 nghị quyết chuyên đề "
        "về phương án cắt giảm.",
        "2025-01-20",
        [
            ("dvctt_full_process_rate", "national", "year", "2024-12-31", 54.3),
            ("procedures_simplified", "national", "as_of", "2025-01-20", 763),
        ],
    ),
    # 7. negative/mixed: a target pair "200/100 Mbps" and a 5G coverage target; the current pair "hiện nay" (published date) is stored
    (
        "Mục tiêu đến năm 2025, tốc độ truy cập BRCĐ/BRDĐ đạt tối thiểu 200/100 Mbps.\n"
        "Hiện nay, tốc độ tải xuống BRCĐ của Việt Nam đạt 139,9 Mbps, BRDĐ đạt 59,7 Mbps.\n"
        "Tỷ lệ phủ sóng 5G theo dân số phấn đấu đạt 99% vào năm 2030.",
        "2024-08-16",
        [
            ("fixed_broadband_speed", "national", "as_of", "2024-08-16", 139.9),
            ("mobile_broadband_speed", "national", "as_of", "2024-08-16", 59.7),
        ],
    ),
    # 7. negative/mixed: a sub-count after "trong đó", a year-on-year change, decrees, another country's share; one province's VNeID count is stored
    (
        "Tính đến 30/11/2024, dịch vụ Mobile Money có 8,6 triệu khách hàng, trong đó 5,9 triệu khách hàng ở khu vực "
        "nông thôn, miền núi.\n"
        "Tổng số hóa đơn điện tử đã tiếp nhận, xử lý từ năm 2022 đạt 9,2 tỷ hóa đơn, tăng 12% so với cùng kỳ; trong năm, "
        "Chính phủ ban hành 4 nghị định về thanh toán điện tử.\n"
        "Cả nước đã cấp 87,5 triệu thẻ căn cước gắn chip và kích hoạt 57,2 triệu tài khoản định danh điện tử; "
        "riêng Hà Nội kích hoạt 6,1 triệu tài khoản.\n"
        "Tỷ lệ người trưởng thành có tài khoản ở Thái Lan là 96%.",
        "2024-12-05",
        [
            ("mobile_money_customers", "national", "as_of", "2024-11-30", 8600000),
            ("e_invoices_total", "national", "as_of", "2024-11-30", 9200000000),
            ("chip_id_cards_issued", "national", "as_of", "2024-11-30", 87500000),
            ("vneid_activated_accounts", "national", "as_of", "2024-11-30", 57200000),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-11-30", 6100000),
        ],
    ),
]
