"""Blind genre probes, round 52: rankings and indexes in the Vietnamese press (2022-2026).

The cases probe texts built around the monthly and quarterly Bộ chỉ số phục vụ người dân, doanh
nghiệp, the provincial DTI, SIPAS, PAR INDEX, Ookla / i-Speed speed rankings and the UN EGDI,
where provinces or ministries are listed with scores, ranks and averages and only some figures
are catalog values (a province's online dossier share, a bloc's average, the country's level of
a catalog indicator, Viet Nam's EGDI rank); index scores, ranks, points, changes, targets, one
ministry's or one operator's figures, other countries' and the world's figures must not be
stored. Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # monthly service index: bloc scores and leaders are points (not stored); national online-dossier and e-result shares are
    (
        "(Chinhphu.vn) - Văn phòng Chính phủ vừa công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công tháng 3/2025.\n"
        "Điểm bình quân của khối bộ, ngành là 68,42/100 điểm; khối địa phương là 79,15/100 điểm.\n"
        "Bảo hiểm xã hội Việt Nam dẫn đầu khối bộ, ngành với 88,30 điểm, Quảng Ninh đứng đầu khối địa phương với 91,06 điểm.\n"
        "Trong tháng, tỷ lệ hồ sơ trực tuyến trung bình cả nước đạt 47,86%, tỷ lệ cấp kết quả điện tử là 81,2%.",
        "2025-04-12",
        [
            ("online_dossier_rate", "national", "month", "2025-03-31", 47.86),
            ("e_result_rate", "national", "month", "2025-03-31", 81.2),
        ],
    ),
    # NEGATIVE: one province's index points per component group, rank "2/63", rank change; "mức độ hài lòng" is 16,9/18 points, not a share
    (
        "Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý I/2025, tỉnh Bắc Giang đạt 90,12 điểm, xếp thứ 2/63 tỉnh, thành phố, tăng 5 bậc so với quý IV/2024.\n"
        "Cụ thể, tỉnh đạt 17,8/18 điểm ở nhóm chỉ số công khai, minh bạch; 19,5/20 điểm về tiến độ giải quyết; 10,2/12 điểm về dịch vụ công trực tuyến;\n"
        "8,4/10 điểm về thanh toán trực tuyến; 16,9/18 điểm về mức độ hài lòng và 17,3/22 điểm về số hóa hồ sơ.\n"
        "Toàn tỉnh có 3 sở, ngành nằm trong nhóm dẫn đầu.",
        "2025-04-20",
        [],
    ),
    # NEGATIVE: PAR INDEX values are percents with bloc averages and leaders, but no catalog indicator
    (
        "Ngày 8/5, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX 2023) của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương.\n"
        "Giá trị trung bình PAR INDEX 2023 của các bộ đạt 86,25%, của các tỉnh là 85,34%.\n"
        "Ngân hàng Nhà nước Việt Nam dẫn đầu khối bộ với 91,64%; Hải Phòng đứng đầu khối tỉnh với 92,60%.\n"
        "Chỉ số thành phần xây dựng, phát triển Chính phủ điện tử, Chính phủ số của các địa phương đạt trung bình 87,12%.",
        "2024-05-08",
        [],
    ),
    # SIPAS: the national satisfaction level and two provinces' levels (judged satisfaction_rate, year of the survey); change and rank not stored
    (
        "Cùng với PAR INDEX, Bộ Nội vụ công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023.\n"
        "Theo đó, mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên cả nước đạt 80,08%, tăng 0,09 điểm phần trăm so với năm 2022.\n"
        "Quảng Ninh dẫn đầu với 86,75%; Hà Nội xếp thứ 27 với 80,12%.\n"
        "Khoảng cách giữa địa phương cao nhất và thấp nhất là 12,6 điểm phần trăm.",
        "2024-05-08",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 80.08),
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 86.75),
            ("satisfaction_rate", "Hà Nội", "year", "2023-12-31", 80.12),
        ],
    ),
    # EGDI 2024: "71/193" and the earlier edition in parentheses "(86/193)" are ranks, each its edition's year (README: year of the edition even on a September page); score, ASEAN place, sub-indexes not
    (
        "(VietnamPlus) Theo Khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc vừa công bố, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193).\n"
        "Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên vào nhóm các nước có chỉ số rất cao.\n"
        "Trong khu vực Đông Nam Á, Việt Nam xếp thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.\n"
        "Chỉ số dịch vụ trực tuyến (OSI) đạt 0,7768 và chỉ số hạ tầng viễn thông (TII) đạt 0,7757.",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # NEGATIVE: EGDI ranks of other countries, Hà Nội's city-level LOSI "86/193" (cities, not Viet Nam's EGDI), EPI place in ASEAN
    (
        "Đan Mạch tiếp tục đứng đầu bảng xếp hạng EGDI 2024, tiếp theo là Estonia và Singapore.\n"
        "Hàn Quốc rơi xuống vị trí thứ 4, Malaysia xếp thứ 35, Thái Lan thứ 52.\n"
        "Ở cấp địa phương, Chỉ số dịch vụ trực tuyến cấp thành phố (LOSI) của Hà Nội đạt 0,5625, xếp hạng 86/193 thành phố được khảo sát.\n"
        "Chỉ số tham gia điện tử (EPI) của Việt Nam xếp thứ 4 trong khu vực ASEAN.",
        "2024-09-20",
        [],
    ),
    # DTI provinces: scores, average, growth not stored; one province's digital-economy share of GRDP is (breakdown = province)
    (
        "Bộ Thông tin và Truyền thông công bố Chỉ số chuyển đổi số cấp bộ, cấp tỉnh và quốc gia năm 2023 (DTI 2023).\n"
        "Ở khối tỉnh, Đà Nẵng giữ vị trí dẫn đầu với 0,6324 điểm, tiếp theo là Quảng Ninh (0,6193) và Bắc Ninh (0,5857).\n"
        "Giá trị DTI trung bình của 63 tỉnh, thành phố đạt 0,4758, tăng 11,4% so với năm 2022.\n"
        "Đáng chú ý, theo số liệu kèm theo báo cáo, tỷ trọng kinh tế số trong GRDP năm 2023 của Bắc Ninh đạt 29,27%, cao nhất cả nước.",
        "2024-07-12",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.27),
        ],
    ),
    # NEGATIVE: DTI ministries and national DTI pillar scores ("Kinh tế số 0,4015" is a score, not a GDP share), "12/17" count of ministries
    (
        "Ở khối bộ, ngành cung cấp dịch vụ công, Bộ Tài chính đứng đầu DTI 2023 với 0,7652 điểm; Ngân hàng Nhà nước Việt Nam xếp thứ 2 (0,7417).\n"
        "Khối bộ không cung cấp dịch vụ công có Bộ Ngoại giao dẫn đầu với 0,6213 điểm.\n"
        "DTI cấp quốc gia năm 2023 đạt 0,5234; trong đó chỉ số Chính quyền số là 0,6472, Kinh tế số 0,4015, Xã hội số 0,4218.\n"
        "So với năm 2022, 12/17 bộ, ngành tăng điểm.",
        "2024-07-12",
        [],
    ),
    # Ookla monthly index: national download speeds stored; speed ranks, upload speed, world averages and the year-on-year change not
    (
        "Theo Speedtest Global Index của Ookla công bố cho tháng 12/2024, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 75,97 Mbps, xếp thứ 37/111 quốc gia;\n"
        "tốc độ băng rộng cố định đạt 155,64 Mbps, xếp thứ 36/153.\n"
        "Tốc độ tải lên của băng rộng cố định là 148,23 Mbps. Tốc độ trung bình toàn cầu lần lượt là 49,51 Mbps (di động) và 92,68 Mbps (cố định).\n"
        "So với cùng kỳ năm 2023, tốc độ di động của Việt Nam tăng 68%.",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 75.97),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 155.64),
        ],
    ),
    # i-Speed province ranking: national BRCĐ / mobile averages and named provinces' speeds (one in parentheses); rank change not stored
    (
        "Báo cáo kết quả đo tốc độ truy cập Internet tháng 6/2025 của Trung tâm Internet Việt Nam (VNNIC) qua công cụ i-Speed cho thấy tốc độ tải xuống trung bình BRCĐ cả nước đạt 185,6 Mbps, băng rộng di động đạt 139,2 Mbps.\n"
        "Dẫn đầu về tốc độ băng rộng cố định là Hà Nội với 198,3 Mbps, tiếp theo là Đà Nẵng (191,7 Mbps).\n"
        "Lai Châu là địa phương có tốc độ băng rộng di động thấp nhất, 96,4 Mbps.\n"
        "Hà Nội tăng 2 bậc so với tháng 5.",
        "2025-07-15",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 185.6),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 139.2),
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-06-30", 198.3),
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2025-06-30", 191.7),
            ("mobile_broadband_speed", "Lai Châu", "month", "2025-06-30", 96.4),
        ],
    ),
    # monthly national report as a dash list: NDXP month flow, per-day average, cumulative, "Hiện có" agencies; ministries' counts and the CSDL count not stored
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025:\n"
        "- Nền tảng NDXP ghi nhận 96,4 triệu giao dịch trong tháng, trung bình 3,1 triệu giao dịch/ngày.\n"
        "- Lũy kế từ khi đưa vào vận hành đạt 4,86 tỷ giao dịch.\n"
        "- Đơn vị có nhiều giao dịch nhất là Bộ Công an (38,2 triệu), tiếp theo là Bộ Tài chính (12,5 triệu) và Bảo hiểm xã hội Việt Nam (4,1 triệu).\n"
        "- NDXP đã kết nối 15 CSDL quốc gia, chuyên ngành; hiện có 118 cơ quan, đơn vị kết nối với NDXP.",
        "2025-06-10",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 96400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3100000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4860000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-10", 118),
        ],
    ),
    # 5G: national station count and population coverage stored; Viettel's sub-count after "trong đó", operators' coverage and speeds, 5G-availability rank not
    (
        "Tính đến hết tháng 6/2025, cả nước có 12.450 trạm BTS 5G, trong đó Viettel chiếm hơn 8.000 trạm; vùng phủ sóng 5G đạt 26,2% dân số.\n"
        "Riêng Viettel cho biết mạng 5G của doanh nghiệp đã phủ khoảng 95% dân số các khu đô thị.\n"
        "Theo Ookla, trong quý II/2025 Viettel dẫn đầu về tốc độ di động với 124,8 Mbps, VinaPhone đạt 101,3 Mbps, MobiFone 68,7 Mbps.\n"
        "Việt Nam hiện xếp thứ 12 châu Á về tỷ lệ thời gian kết nối 5G (5G Availability) với 18,4%.",
        "2025-07-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12450),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.2),
        ],
    ),
    # provincial portal ("toàn tỉnh"): online-dossier and data-reuse shares stored; digitisation share, online-payment share, on-time share, points, rank not
    (
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC tháng 8/2024, tỉnh Đồng Tháp đạt 86,9 điểm, xếp thứ 7/63 tỉnh, thành phố.\n"
        "Trong tháng, tỷ lệ hồ sơ xử lý trực tuyến toàn tỉnh đạt 61,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 88,2%;\n"
        "tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,6%; tỷ lệ thanh toán trực tuyến đạt 45,1%.\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn là 99,3%.",
        "2024-09-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-08-31", 61.4),
            ("data_reuse_rate", "Đồng Tháp", "month", "2024-08-31", 52.6),
        ],
    ),
    # year 2025 (published 2026, 34 provinces): bloc averages and one province stored; single ministries' shares in parentheses not
    (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt bình quân 38,5%, của khối địa phương là 44,9%.\n"
        "Một số bộ có tỷ lệ cao như Bộ Công Thương (98,7%), Bộ Công an (72,1%), Bộ Tài chính (65,3%).\n"
        "Ở khối địa phương (34 tỉnh, thành phố sau sắp xếp), Bắc Ninh dẫn đầu với 81,6%.\n"
        "Ở chiều ngược lại, nhiều bộ còn dưới 10%, như Bộ Nông nghiệp và Môi trường (6,2%).",
        "2026-01-20",
        [
            ("online_dossier_full_process_rate", "ministries", "year", "2025-12-31", 38.5),
            ("online_dossier_full_process_rate", "localities", "year", "2025-12-31", 44.9),
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2025-12-31", 81.6),
        ],
    ),
    # EMC figures: personal-ID share national and by bloc at a date, "Hiện 100%" EMC connection at the page date; count of provinces at 100% and one ministry not
    (
        "Theo số liệu trên Hệ thống EMC, tính đến ngày 30/9/2024, tỷ lệ hồ sơ TTHC gắn mã định danh cá nhân của cả nước đạt 76,4%.\n"
        "Khối bộ, ngành đạt 58,3%, khối địa phương đạt 79,8%; 15 địa phương đạt 100%; trong khối bộ, thấp nhất là Bộ Y tế (12,5%).\n"
        "Hiện 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối với Hệ thống EMC.",
        "2024-10-08",
        [
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-09-30", 76.4),
            ("dossiers_with_personal_id_rate", "ministries", "as_of", "2024-09-30", 58.3),
            ("dossiers_with_personal_id_rate", "localities", "as_of", "2024-09-30", 79.8),
            ("emc_connection_rate", "national", "as_of", "2024-10-08", 100),
        ],
    ),
    # ITU GCI: tier, score, old rank "25/194" not stored; half-year cyberattacks and botnet IPs ("486 nghìn") stored; change not
    (
        "Theo Chỉ số an toàn, an ninh mạng toàn cầu (GCI) 2024 do ITU công bố, Việt Nam được xếp vào nhóm Tier 1 - Hình mẫu với 99,74/100 điểm; ở kỳ trước (GCI 2020), Việt Nam xếp hạng 25/194.\n"
        "6 tháng đầu năm 2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.458 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,2% so với cùng kỳ.\n"
        "Tính đến ngày 30/6/2024, số địa chỉ IP thuộc mạng botnet tại Việt Nam ở mức khoảng 486 nghìn.",
        "2024-09-20",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 1458),
            ("botnet_ips", "national", "as_of", "2024-06-30", 486000),
        ],
    ),
    # security-level approval: national and bloc shares at a date stored; counts of ministries/provinces at 100%, one ministry, change not; month's cyberattacks stored
    (
        "Theo Cục An toàn thông tin, tính đến ngày 15/11/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của cả nước đạt 92,3%.\n"
        "Khối bộ, ngành đạt 88,6%; khối địa phương đạt 94,1%.\n"
        "Có 9 bộ, ngành và 41 tỉnh, thành phố đã phê duyệt 100% hệ thống; Bộ Y tế có tỷ lệ thấp nhất (52%).\n"
        "Trong tháng 10/2024, Cục ghi nhận 82 cuộc tấn công mạng gây sự cố, giảm 12% so với tháng trước.",
        "2024-11-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-15", 92.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-11-15", 88.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-11-15", 94.1),
            ("cyberattacks", "national", "month", "2024-10-31", 82),
        ],
    ),
    # Đề án 06 ranking: chip cards and VNeID national ("chạm mốc"), one province's VNeID count stored; activation rate (no id) and count of provinces not
    (
        "Tính đến ngày 31/3/2025, cả nước đã cấp 87,6 triệu thẻ căn cước công dân gắn chip; số tài khoản định danh điện tử VNeID đã kích hoạt chạm mốc 58,2 triệu.\n"
        "Theo bảng xếp hạng triển khai Đề án 06, Hà Nội dẫn đầu về số tài khoản VNeID đã kích hoạt với 6,1 triệu tài khoản;\n"
        "Bắc Ninh có tỷ lệ kích hoạt VNeID cao nhất cả nước, đạt 82%.\n"
        "Trong tháng 3, có 11 địa phương tăng hạng.",
        "2025-04-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-31", 87600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 58200000),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2025-03-31", 6100000),
        ],
    ),
    # e-Conomy SEA (vendor report, USD, regional rank, its "tăng 16%") not stored; the statistics office's share of GDP and digital-economy growth for 2023 are
    (
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa (GMV) của kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16%, xếp thứ 2 khu vực về tốc độ tăng trưởng.\n"
        "Theo Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 12,33%; kinh tế số tăng trưởng khoảng 20%, gấp gần 3 lần tốc độ tăng GDP.\n"
        "Indonesia vẫn là thị trường lớn nhất khu vực với 90 tỷ USD.",
        "2024-11-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20),
        ],
    ),
    # monthly report list of digital-society indicators: bank-account share, Mobile Money, e-invoices stored; rural sub-count after "trong đó" and the world's Findex share not
    (
        "Báo cáo chuyển đổi số quốc gia tháng 6/2024 - nhóm chỉ tiêu kinh tế số, xã hội số:\n"
        "- Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng: 87,08% (theo NHNN, đến 30/6/2024);\n"
        "- Số khách hàng sử dụng Mobile Money: 8,6 triệu, trong đó khoảng 6,2 triệu khách hàng ở nông thôn, miền núi, vùng sâu, vùng xa;\n"
        "- Hóa đơn điện tử đã tiếp nhận, xử lý: lũy kế 6,92 tỷ hóa đơn.\n"
        "Theo Global Findex của Ngân hàng Thế giới, tỷ lệ người trưởng thành có tài khoản của thế giới là 76%.",
        "2024-07-15",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.08),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8600000),
            ("e_invoices_total", "national", "as_of", "2024-06-30", 6920000000),
        ],
    ),
    # national portal: year-to-date flows go on the _new twins ("12,9 nghìn tỷ đồng" -> 12900), "Tính đến nay" accounts at the page date
    (
        "Theo Văn phòng Chính phủ, lũy kế từ đầu năm 2025 đến hết tháng 4, Cổng DVCQG đã tiếp nhận 9,8 triệu hồ sơ trực tuyến,\n"
        "thực hiện 2,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 12,9 nghìn tỷ đồng.\n"
        "Tính đến nay, số tài khoản đăng ký trên Cổng lên tới 15,2 triệu.\n"
        "Hà Nội, TP. Hồ Chí Minh và Bình Dương là 3 địa phương có nhiều hồ sơ nộp qua Cổng nhất.",
        "2025-05-08",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 9800000),
            ("online_payments_count_new", "national", "ytd", "2025-04-30", 2100000),
            ("online_payments_value_new", "national", "ytd", "2025-04-30", 12900),
            ("national_portal_accounts", "national", "as_of", "2025-05-08", 15200000),
        ],
    ),
    # eligible procedures offered full-process, by bloc at a date; the count of provinces at 100% and the last ministry not stored
    (
        "Tính đến ngày 15/4/2025, tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình của khối bộ, ngành đạt 93,8%, khối địa phương đạt 87,2%.\n"
        "Có 20 địa phương đạt 100%.\n"
        "Bộ Xây dựng xếp cuối với 41,5%.",
        "2025-04-18",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2025-04-15", 93.8),
            ("full_process_provision_rate", "localities", "as_of", "2025-04-15", 87.2),
        ],
    ),
    # provincial portal: DTI rank not stored; "Hiện nay" online-service share and full-process share (after "trong đó", another indicator) at the page date
    (
        "(Cổng TTĐT tỉnh Lào Cai) Lào Cai xếp thứ 9/63 về Chỉ số chuyển đổi số DTI 2023, tăng 12 bậc so với năm trước.\n"
        "Hiện nay, tỉnh cung cấp 1.725 DVCTT, đạt tỷ lệ 92,4% trên tổng số TTHC; trong đó 1.102 DVCTT toàn trình, chiếm 59,1% tổng số TTHC.\n"
        "Tỉnh phấn đấu năm 2024 vào nhóm 5 tỉnh dẫn đầu cả nước về DTI.",
        "2024-06-20",
        [
            ("dvctt_rate", "Lào Cai", "as_of", "2024-06-20", 92.4),
            ("dvctt_full_process_rate", "Lào Cai", "as_of", "2024-06-20", 59.1),
        ],
    ),
    # NEGATIVE: a province's 2025 plan: index targets and indicator targets (phấn đấu, mục tiêu), no achieved value
    (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Nghệ An đặt mục tiêu: Chỉ số DTI của tỉnh nằm trong nhóm 20 địa phương dẫn đầu; Bộ chỉ số phục vụ người dân, doanh nghiệp đạt từ 85 điểm trở lên.\n"
        "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50%; 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình;\n"
        "tỷ trọng kinh tế số trong GRDP đạt 12%; 80% người trưởng thành có tài khoản thanh toán.",
        "2025-02-15",
        [],
    ),
    # NEGATIVE: month-on-month changes only (điểm, điểm phần trăm, %, bậc) and counts of provinces and ministries that moved
    (
        "So với tháng 10, kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2022 của khối địa phương tăng 1,8 điểm.\n"
        "Tỷ lệ hồ sơ trực tuyến của khối địa phương tăng 3,2 điểm phần trăm, tỷ lệ cấp kết quả điện tử tăng 5,6%.\n"
        "12 địa phương tăng từ 10 bậc trở lên; Cao Bằng tăng mạnh nhất với 27 bậc, trong khi Kon Tum giảm 15 bậc.\n"
        "Khối bộ, ngành có 4 bộ tăng hạng.",
        "2022-12-10",
        [],
    ),
    # NEGATIVE: counts of meetings, decrees, decisions, conferences, plans and architectures ("63/63 địa phương" is about plans, not fees)
    (
        "Năm 2024, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 3 phiên họp; Chính phủ ban hành 15 nghị định, Thủ tướng Chính phủ ban hành 28 quyết định liên quan đến chuyển đổi số.\n"
        "Văn phòng Chính phủ tổ chức 12 hội nghị công bố Bộ chỉ số phục vụ người dân, doanh nghiệp theo tháng.\n"
        "63/63 địa phương đã ban hành kế hoạch chuyển đổi số năm 2025; 22 bộ, ngành đã phê duyệt kiến trúc Chính phủ số phiên bản 3.0.",
        "2025-01-08",
        [],
    ),
    # DTI infrastructure pillar of one province ("trên địa bàn tỉnh"), year under review: pillar score and rank not stored; three province levels are
    (
        "Năm 2024, trụ cột hạ tầng và nền tảng số của Quảng Ninh đạt 0,82 điểm, xếp thứ nhất cả nước trong DTI 2024.\n"
        "100% thôn, bản, khu phố trên địa bàn tỉnh đã có sóng di động băng rộng; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 92,5%;\n"
        "tỷ lệ thuê bao di động sử dụng điện thoại thông minh ở mức 89,3%.\n"
        "Tỉnh đặt mục tiêu đến năm 2025 phủ sóng 5G toàn bộ các khu đô thị, khu công nghiệp.",
        "2025-05-20",
        [
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "year", "2024-12-31", 100),
            ("ftth_household_rate", "Quảng Ninh", "year", "2024-12-31", 92.5),
            ("smartphone_subscriber_rate", "Quảng Ninh", "year", "2024-12-31", 89.3),
        ],
    ),
    # DataReportal (vendor: users, share, world rank) not stored; the ministry's 2023 internet-user share, broadband subscriptions and smartphone share are
    (
        "Theo báo cáo Digital 2024 của DataReportal, Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số, đứng thứ 13 thế giới.\n"
        "Theo số liệu của Bộ Thông tin và Truyền thông, năm 2023 tỷ lệ người sử dụng Internet ở Việt Nam đạt 78,1%; cả nước có 23,1 triệu thuê bao băng rộng cố định và 88,2 triệu thuê bao băng rộng di động.\n"
        "Cũng trong năm 2023, tỷ lệ thuê bao sử dụng điện thoại thông minh là 86,5% tổng số thuê bao di động.",
        "2024-02-20",
        [
            ("internet_users_rate", "national", "year", "2023-12-31", 78.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 23100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 88200000),
            ("smartphone_subscriber_rate", "national", "year", "2023-12-31", 86.5),
        ],
    ),
    # dead-zone villages: national remainder level and covered share stored, two provinces by "lần lượt là 165 và 120"; the covered count and the deadline not
    (
        "Tính đến ngày 31/10/2024, cả nước còn 1.036 thôn, bản lõm sóng di động.\n"
        "Chương trình phủ sóng thôn lõm sóng có điện đã hoàn thành 1.350/1.501 thôn, đạt 89,9%.\n"
        "Điện Biên và Lai Châu là 2 tỉnh còn nhiều thôn lõm sóng nhất, lần lượt là 165 và 120 thôn.\n"
        "Bộ TT&TT yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn lõm sóng có điện trong tháng 12/2024.",
        "2024-11-12",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 1036),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 89.9),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-10-31", 165),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-10-31", 120),
        ],
    ),
    # adults using online services in a year: national, highest and lowest province stored; the 2025 target not
    (
        "Theo kết quả đo lường trên Hệ thống EMC, năm 2024 tỷ lệ dân số trưởng thành sử dụng DVCTT của cả nước đạt 44,5%.\n"
        "Đà Nẵng dẫn đầu với 71,8%, Cao Bằng thấp nhất với 19,2%.\n"
        "Mục tiêu năm 2025 là 50% dân số trưởng thành sử dụng DVCTT.",
        "2025-02-10",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 44.5),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "year", "2024-12-31", 71.8),
            ("adult_population_using_dvctt_rate", "Cao Bằng", "year", "2024-12-31", 19.2),
        ],
    ),
    # concluding notice: "đến nay" stocks written "48/53", "60/63", "812/1.084" at the page date; the "còn 03 ... chưa ban hành" remainder and praise of ministries not
    (
        "Thông báo kết luận của Thủ tướng Chính phủ tại phiên họp thứ 10 Ủy ban Quốc gia về chuyển đổi số nêu rõ: đến nay đã có 48/53 dịch vụ công thiết yếu được cung cấp toàn trình;\n"
        "60/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT, còn 03 địa phương chưa ban hành;\n"
        "812/1.084 thủ tục hành chính đã được cắt giảm, đơn giản hóa.\n"
        "Bộ Công an, Bộ Tài chính, Bảo hiểm xã hội Việt Nam được biểu dương là các đơn vị dẫn đầu.",
        "2025-03-25",
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-25", 48),
            ("localities_fee_reduction", "national", "as_of", "2025-03-25", 60),
            ("procedures_simplified", "national", "as_of", "2025-03-25", 812),
        ],
    ),
    # quarterly index: share of online services with dossiers by bloc and the country's full-process dossier share in the quarter; city score and ranks not
    (
        "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý II/2025 cho thấy tỷ lệ DVCTT có phát sinh hồ sơ của khối địa phương đạt 51,3%, khối bộ, ngành đạt 46,7%.\n"
        "TP. Hồ Chí Minh xếp thứ 1 với 93,1 điểm, Hà Nội xếp thứ 4.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình trong quý của cả nước là 40,2%.",
        "2025-07-22",
        [
            ("dvctt_with_dossiers_rate", "localities", "quarter", "2025-06-30", 51.3),
            ("dvctt_with_dossiers_rate", "ministries", "quarter", "2025-06-30", 46.7),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-06-30", 40.2),
        ],
    ),
    # a ranking table written as numbered lines: the list numbers are ranks (not stored); each province's share and the bloc average are
    (
        "Bảng xếp hạng tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2024 (khối địa phương):\n"
        "1. Bình Dương: 89,4%\n"
        "2. Bắc Giang: 85,1%\n"
        "3. Hà Nam: 80,6%\n"
        "Bình quân khối địa phương: 41,2%",
        "2024-11-08",
        [
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2024-10-31", 89.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "month", "2024-10-31", 85.1),
            ("online_dossier_full_process_rate", "Hà Nam", "month", "2024-10-31", 80.6),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 41.2),
        ],
    ),
    # NEGATIVE: no published date and no date in the text: "Hiện nay" NDXP stocks and an undated daily average cannot be dated
    (
        "Hiện nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 112 cơ quan, đơn vị, thiết lập khoảng 2.980 điểm kết nối giữa các hệ thống thông tin, CSDL.\n"
        "Trung bình mỗi ngày NDXP có khoảng 3 triệu giao dịch.\n"
        "Bộ Công an, Bộ Tài chính và Bảo hiểm xã hội Việt Nam là 3 đơn vị có số giao dịch lớn nhất.",
        None,
        [],
    ),
    # interview: DTI rank and a PAR percent (not catalog) beside the city's 2024 digital-economy share of GRDP and online-dossier share; 2025 targets not
    (
        "Phóng viên: Xin ông cho biết những kết quả nổi bật về chuyển đổi số của Hải Phòng năm 2024?\n"
        "Ông Trần Văn Bình, Giám đốc Sở Thông tin và Truyền thông: Thành phố xếp thứ 3 về DTI 2023 và đứng đầu cả nước về Chỉ số cải cách hành chính với 92,60%.\n"
        "Năm 2024, tỷ trọng kinh tế số trong GRDP của Hải Phòng ước đạt 17,4%; tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn thành phố đạt 68,5%.\n"
        "Mục tiêu năm 2025 là kinh tế số chiếm 20% GRDP, tỷ lệ hồ sơ trực tuyến đạt 80%.",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 17.4),
            ("online_dossier_rate", "Hải Phòng", "year", "2024-12-31", 68.5),
        ],
    ),
]
