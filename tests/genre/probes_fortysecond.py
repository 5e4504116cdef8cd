"""Blind genre probes, round 42: comparisons between a province and the country or other provinces (2022-2025). The cases set a province's figure beside the national average ("cao hơn mức bình quân cả nước (48,6%)", "trong khi trung bình toàn quốc là ..."), give rankings ("đứng thứ 3/63", "dẫn đầu cả nước với 97,5%", "đứng thứ 2/34" after the 2025 merger), list several provinces with their figures, compare a province with its own earlier year or the same span a year before, and split values between the ministries' and the localities' blocks (khối bộ, ngành / khối địa phương). Breakdown is the province's bare name ("Bắc Ninh", "Hà Nội", no "tỉnh"/"TP"), "national" for the country's figure or average, "ministries"/"localities" for the blocks. About six cases store nothing (targets, year-on-year changes, DTI ranks, operators' and other countries' figures, an undatable "hiện nay"), and many others mix such numbers with values that are stored; provinces' ranks, counts of localities, sub-counts and the other non-indicator numbers are never expected. Written for the project from the genre's usual phrasings (not copied from any page)."""

CASES = [
    # provincial portal, quarter: province vs national average in parentheses, then an undated-subject second rate
    (
        "Cổng TTĐT tỉnh Bắc Ninh - Trong quý I/2025, toàn tỉnh tiếp nhận 186.420 hồ sơ TTHC. "
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bắc Ninh đạt 61,35%, cao hơn mức bình quân "
        "cả nước (48,6%); tỷ lệ hồ sơ xử lý trực tuyến đạt 83,2%.",
        "2025-04-08",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2025-03-31", 61.35),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 48.6),
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2025-03-31", 83.2),
        ],
    ),
    # monthly national report: "dẫn đầu cả nước ... với 97,5%, trong khi trung bình toàn quốc là ..."
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 cho biết, tính đến ngày 31/5/2025, "
        "Quảng Ninh dẫn đầu cả nước về tỷ lệ hồ sơ được cấp kết quả giải quyết TTHC điện tử "
        "với 97,5%, trong khi trung bình toàn quốc là 71,4%.",
        "2025-06-06",
        [
            ("e_result_rate", "Quảng Ninh", "as_of", "2025-05-31", 97.5),
            ("e_result_rate", "national", "as_of", "2025-05-31", 71.4),
        ],
    ),
    # "đứng thứ 3/63" after a full-process share: the rank is no indicator (not a count of provinces)
    (
        "(VietnamPlus) Năm 2023, Thừa Thiên Huế có 1.072 DVCTT toàn trình, chiếm 56,8% tổng số "
        "TTHC, đứng thứ 3/63 tỉnh, thành phố về tỷ lệ cung cấp DVCTT toàn trình.",
        "2024-01-18",
        [
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 56.8),
        ],
    ),
    # a list of five provinces "Tỉnh (x%)" then the national average; a count of localities below a threshold is not stored
    (
        "Theo báo cáo của Văn phòng Chính phủ, trong tháng 4/2024, 5 địa phương có tỷ lệ hồ sơ "
        "trực tuyến cao nhất là: Đồng Tháp (89,6%), Bình Dương (86,1%), Hải Phòng (84,7%), "
        "Long An (80,3%) và Tây Ninh (78,9%). Bình quân cả nước đạt 43,2%; 12 địa phương có tỷ "
        "lệ dưới 20%.",
        "2024-05-09",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-04-30", 89.6),
            ("online_dossier_rate", "Bình Dương", "month", "2024-04-30", 86.1),
            ("online_dossier_rate", "Hải Phòng", "month", "2024-04-30", 84.7),
            ("online_dossier_rate", "Long An", "month", "2024-04-30", 80.3),
            ("online_dossier_rate", "Tây Ninh", "month", "2024-04-30", 78.9),
            ("online_dossier_rate", "national", "month", "2024-04-30", 43.2),
        ],
    ),
    # blocks written as report lines: label, then "khối bộ, ngành x%; khối địa phương y%; cả nước z%"
    (
        "Báo cáo chuyển đổi số quốc gia tháng 3/2025 (số liệu tính đến 31/3/2025):\n"
        "- Tỷ lệ DVCTT toàn trình trên tổng số TTHC: khối bộ, ngành 62,4%; khối địa phương 55,1%.\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng: khối bộ, ngành 38,9%; khối địa phương "
        "31,2%; cả nước 35,6%.",
        "2025-04-07",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-31", 62.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-31", 55.1),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-03-31", 38.9),
            ("online_dossier_full_process_rate", "localities", "month", "2025-03-31", 31.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-03-31", 35.6),
        ],
    ),
    # a province against its own earlier year in parentheses; the change in points is not stored
    (
        "Năm 2024, tỷ lệ hồ sơ TTHC được xử lý trực tuyến trên địa bàn tỉnh Lâm Đồng đạt 72,5%, "
        "tăng 31,2 điểm phần trăm so với năm 2023 (41,3%).",
        "2025-01-14",
        [
            ("online_dossier_rate", "Lâm Đồng", "year", "2024-12-31", 72.5),
            ("online_dossier_rate", "Lâm Đồng", "year", "2023-12-31", 41.3),
        ],
    ),
    # NEGATIVE: a province's target, a DTI rank "12/63" and a rise in places: nothing to store
    (
        "Tỉnh Vĩnh Phúc phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, nằm "
        "trong nhóm 10 địa phương dẫn đầu cả nước. Năm 2023, Chỉ số chuyển đổi số (DTI) của tỉnh "
        "xếp thứ 12/63, tăng 7 bậc so với năm 2022.",
        "2024-07-02",
        [],
    ),
    # "hiện nay" with a published date: 5G population coverage of a city vs "mức trung bình cả nước là"
    (
        "(VietnamPlus) Hiện nay, vùng phủ sóng 5G tại Hà Nội đã đạt khoảng 90% dân số, cao hơn "
        "nhiều so với mức trung bình cả nước là 26% dân số.",
        "2025-06-18",
        [
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-06-18", 90),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-18", 26),
        ],
    ),
    # 5G stations of a city beside the country's; the operator's part after "trong đó" is not stored
    (
        "Tính đến ngày 30/6/2025, trên địa bàn TP Đà Nẵng có 1.046 trạm BTS 5G, trong đó Viettel "
        "có 612 trạm. Cùng thời điểm, cả nước có khoảng 9.000 trạm 5G của ba nhà mạng.",
        "2025-07-05",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-06-30", 1046),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9000),
        ],
    ),
    # "đứng thứ 2 cả nước sau Hà Nội (94,1%)": the leader's figure in parentheses is Hà Nội's value
    (
        "Theo Sở TT&TT, đến hết năm 2023, tỷ lệ hộ gia đình sử dụng cáp quang băng rộng trên địa "
        "bàn tỉnh Bình Dương đạt 92,3%, đứng thứ 2 cả nước sau Hà Nội (94,1%); tỷ lệ thuê bao sử "
        "dụng điện thoại thông minh trên tổng số thuê bao di động đạt 91,5%.",
        "2024-02-20",
        [
            ("ftth_household_rate", "Bình Dương", "as_of", "2023-12-31", 92.3),
            ("ftth_household_rate", "Hà Nội", "as_of", "2023-12-31", 94.1),
            ("smartphone_subscriber_rate", "Bình Dương", "as_of", "2023-12-31", 91.5),
        ],
    ),
    # national count of villages without coverage, then a list "Tỉnh (n thôn)"
    (
        "Tính đến ngày 15/4/2024, cả nước còn 1.038 thôn, bản chưa có sóng di động băng rộng. Các "
        "địa phương còn nhiều thôn lõm sóng nhất gồm Nghệ An (206 thôn), Điện Biên (139 thôn), "
        "Hà Giang (98 thôn) và Sơn La (87 thôn).",
        "2024-04-22",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-04-15", 1038),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-04-15", 206),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-04-15", 139),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-04-15", 98),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-04-15", 87),
        ],
    ),
    # dead-zone villages covered: "152/160 ..., đạt 95%" (the 152 covered are no indicator) vs "tỷ lệ chung của cả nước"
    (
        "Đến hết tháng 9/2024, tỉnh Lào Cai đã phủ sóng di động cho 152/160 thôn lõm sóng có điện "
        "lưới, đạt 95%; tỷ lệ chung của cả nước là 89,5%.",
        "2024-10-10",
        [
            ("dead_zone_villages_covered_rate", "Lào Cai", "as_of", "2024-09-30", 95),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 89.5),
        ],
    ),
    # speeds: a city's download vs the country's; speed rank and upload speed are not stored
    (
        "Theo dữ liệu i-Speed của VNNIC tháng 10/2024, tốc độ tải xuống trung bình của Internet "
        "băng rộng cố định tại Đà Nẵng đạt 158,7 Mbps, đứng thứ 4 cả nước, tốc độ tải lên 150,1 "
        "Mbps; tốc độ tải xuống trung bình toàn quốc là 149,2 Mbps. Tốc độ tải xuống băng rộng di "
        "động của thành phố ở mức 62,3 Mbps.",
        "2024-11-12",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2024-10-31", 158.7),
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 149.2),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-10-31", 62.3),
        ],
    ),
    # NDXP half-year flow and running total ("chạm mốc"); a province's own LGSP is not NDXP
    (
        "Báo Chính phủ - Trong 6 tháng đầu năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
        "(NDXP) ghi nhận 432,6 triệu giao dịch; lũy kế từ năm 2019 đến hết tháng 6/2024 chạm mốc "
        "3,41 tỷ giao dịch. Riêng nền tảng LGSP của tỉnh Quảng Ninh có 12,5 triệu giao dịch, cao "
        "nhất khối địa phương. Hiện đã có 105 cơ quan, đơn vị (bộ, ngành, địa phương) kết nối với "
        "NDXP.",
        "2024-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 432600000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 3410000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 105),
        ],
    ),
    # NDXP month, per-day average, and connection points split "gồm ... khối bộ, ngành và ... khối địa phương"
    (
        "Tháng 8/2024, NDXP ghi nhận 98,7 triệu giao dịch, bình quân 3,18 triệu giao dịch/ngày. "
        "Tính đến ngày 31/8/2024, số điểm kết nối trên NDXP là 2.047 điểm, gồm 612 điểm của khối "
        "bộ, ngành và 1.435 điểm của khối địa phương.",
        "2024-09-09",
        [
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 98700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 3180000),
            ("ndxp_connection_points", "national", "as_of", "2024-08-31", 2047),
            ("ndxp_connection_points", "ministries", "as_of", "2024-08-31", 612),
            ("ndxp_connection_points", "localities", "as_of", "2024-08-31", 1435),
        ],
    ),
    # cyberattacks in a quarter, the capital's part after "riêng"; the year-on-year fall is not stored
    (
        "Trong quý III/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận "
        "1.563 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,4% "
        "so với cùng kỳ năm 2023; riêng các hệ thống trên địa bàn TP Hà Nội bị tấn công 214 cuộc.",
        "2024-10-15",
        [
            ("cyberattacks", "national", "quarter", "2024-09-30", 1563),
            ("cyberattacks", "Hà Nội", "quarter", "2024-09-30", 214),
        ],
    ),
    # botnet IPs of Viet Nam beside other countries' (not stored) and a change (not stored)
    (
        "Tính đến hết tháng 6/2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là "
        "582.114 địa chỉ, thấp hơn Indonesia (1,2 triệu địa chỉ) và Thái Lan (734.000 địa chỉ). "
        "So với cuối năm 2023, con số này giảm 11,6%.",
        "2024-07-18",
        [
            ("botnet_ips", "national", "as_of", "2024-06-30", 582114),
        ],
    ),
    # security-level approval: ministries, localities, "tính chung cả nước", and one province at 100%
    (
        "Tính đến ngày 30/9/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của "
        "khối bộ, ngành đạt 84,7%, khối địa phương đạt 71,2%; tính chung cả nước là 76,3%. Tỉnh "
        "Đồng Nai có 100% hệ thống thông tin đã được phê duyệt cấp độ.",
        "2024-10-08",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 84.7),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 71.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 76.3),
            ("info_systems_level_approved_rate", "Đồng Nai", "as_of", "2024-09-30", 100),
        ],
    ),
    # GRDP shares listed "Tỉnh x%; Tỉnh y%", then the country's share of GDP
    (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của một số địa phương dẫn đầu như sau: Thái "
        "Nguyên 42,92%; Bắc Ninh 29,7%; Bắc Giang 26,1%; Hải Phòng 20,4%. Tính chung cả nước, "
        "kinh tế số chiếm 12,33% GDP.",
        "2024-08-26",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 42.92),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.7),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 26.1),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 20.4),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # a city's GRDP share with its previous year in parentheses, its growth; the 2025 target is not stored
    (
        "Kinh tế số của TP Đà Nẵng năm 2024 ước chiếm 20,1% GRDP (năm 2023 là 18,8%), tốc độ tăng "
        "trưởng đạt 13,5%. Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 25% GRDP.",
        "2025-01-20",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 20.1),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.8),
            ("digital_economy_growth", "Đà Nẵng", "year", "2024-12-31", 13.5),
        ],
    ),
    # VNeID: "lên tới 6,12 triệu ... dẫn đầu cả nước; toàn quốc có hơn 58,6 triệu"
    (
        "Tính đến ngày 15/4/2025, số tài khoản định danh điện tử đã được kích hoạt trên địa bàn TP "
        "Hà Nội lên tới 6,12 triệu tài khoản, dẫn đầu cả nước; toàn quốc có hơn 58,6 triệu tài "
        "khoản được kích hoạt.",
        "2025-04-17",
        [
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2025-04-15", 6120000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 58600000),
        ],
    ),
    # chip ID cards "đến nay" (published date) with "đứng thứ 2/63" and a coverage share: only the count is stored
    (
        "Đến nay, trên địa bàn tỉnh Thanh Hóa đã cấp 2.860.431 thẻ CCCD gắn chip, đứng thứ 2/63 "
        "địa phương về số lượng thẻ đã cấp, đạt 98,6% số công dân thuộc diện cấp.",
        "2023-08-12",
        [
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2023-08-12", 2860431),
        ],
    ),
    # bank accounts: a city "trong khi bình quân cả nước là"
    (
        "Đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng trên "
        "địa bàn TP Cần Thơ đạt 82%, trong khi bình quân cả nước là 87%.",
        "2025-01-09",
        [
            ("adults_with_bank_account_rate", "Cần Thơ", "as_of", "2024-12-31", 82),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
        ],
    ),
    # Mobile Money: national stock, a rural share after "trong đó" (not stored), a province, an operator (not stored)
    (
        "Tính đến ngày 30/9/2023, cả nước có 6,9 triệu khách hàng sử dụng Mobile Money, trong đó "
        "hơn 70% ở khu vực nông thôn, miền núi. Trên địa bàn tỉnh Đắk Lắk, số khách hàng Mobile "
        "Money đạt 152.000 khách hàng. Riêng Viettel Money có 3,4 triệu khách hàng trên cả nước.",
        "2023-10-12",
        [
            ("mobile_money_customers", "national", "as_of", "2023-09-30", 6900000),
            ("mobile_money_customers", "Đắk Lắk", "as_of", "2023-09-30", 152000),
        ],
    ),
    # EGDI "71/193" with the 2022 edition in parentheses; ASEAN place and other countries' ranks are not stored
    (
        "Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 "
        "quốc gia, tăng 15 bậc so với năm 2022 (86/193). Trong khu vực ASEAN, Việt Nam đứng thứ 5, "
        "sau Singapore (hạng 3), Malaysia (hạng 40), Thái Lan (hạng 52) và Brunei (hạng 63).",
        "2025-02-14",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # "hiện nay" + count then share of all procedures, "cao hơn tỷ lệ bình quân cả nước (80,1%)"
    (
        "Hiện nay, tỉnh Ninh Bình đang cung cấp 1.512 DVCTT, đạt tỷ lệ 86,4% trên tổng số TTHC, "
        "cao hơn tỷ lệ bình quân cả nước (80,1%).",
        "2024-05-20",
        [
            ("dvctt_rate", "Ninh Bình", "as_of", "2024-05-20", 86.4),
            ("dvctt_rate", "national", "as_of", "2024-05-20", 80.1),
        ],
    ),
    # eligible procedures: a province at 100%, "1 trong 18 địa phương" (no indicator), the national share
    (
        "Tính đến ngày 31/12/2024, tỉnh Khánh Hòa đã cung cấp 100% DVCTT toàn trình đối với các "
        "TTHC đủ điều kiện, là 1 trong 18 địa phương đạt mức này; bình quân cả nước, tỷ lệ TTHC "
        "đủ điều kiện được cung cấp DVCTT toàn trình là 91,3%.",
        "2025-01-06",
        [
            ("full_process_provision_rate", "Khánh Hòa", "as_of", "2024-12-31", 100),
            ("full_process_provision_rate", "national", "as_of", "2024-12-31", 91.3),
        ],
    ),
    # satisfaction in the service index: "đứng đầu cả nước"; "bình quân khối địa phương" is the localities block
    (
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024, mức độ hài lòng của người dân, "
        "doanh nghiệp đối với việc giải quyết TTHC của tỉnh Quảng Ninh đạt 98,9%, đứng đầu cả "
        "nước; bình quân khối địa phương đạt 86,1%.",
        "2025-02-27",
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 98.9),
            ("satisfaction_rate", "localities", "year", "2024-12-31", 86.1),
        ],
    ),
    # half year: personal-ID blocks, then a province's data reuse "gấp gần 2 lần bình quân cả nước (37,5%)"
    (
        "6 tháng đầu năm 2025, tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân của khối địa phương "
        "đạt 91,4%, khối bộ, ngành đạt 84,2%. Tỷ lệ hồ sơ sử dụng lại thông tin, dữ liệu đã số hóa "
        "của tỉnh Tây Ninh đạt 72,8%, gấp gần 2 lần bình quân cả nước (37,5%).",
        "2025-07-08",
        [
            ("dossiers_with_personal_id_rate", "localities", "half", "2025-06-30", 91.4),
            ("dossiers_with_personal_id_rate", "ministries", "half", "2025-06-30", 84.2),
            ("data_reuse_rate", "Tây Ninh", "half", "2025-06-30", 72.8),
            ("data_reuse_rate", "national", "half", "2025-06-30", 37.5),
        ],
    ),
    # interview: "trên địa bàn tỉnh" (province named in the question), "đến nay" = published date; the target is not stored
    (
        "Phóng viên: Xin ông cho biết kết quả triển khai DVCTT của Bình Định thời gian qua?\n"
        "Giám đốc Sở TT&TT tỉnh Bình Định: Đến nay, tỷ lệ người dân trưởng thành trên địa bàn tỉnh "
        "sử dụng DVCTT đạt 46,5%, trong khi bình quân cả nước mới khoảng 30%. Mục tiêu của tỉnh "
        "đến cuối năm là 50%.",
        "2024-10-05",
        [
            ("adult_population_using_dvctt_rate", "Bình Định", "as_of", "2024-10-05", 46.5),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-05", 30),
        ],
    ),
    # a year on the National Portal (flows go on the _new twins, "12,9 nghìn tỷ đồng"), one province's dossiers, its rank not stored
    (
        "Năm 2024, Cổng DVCQG tiếp nhận 9,8 triệu hồ sơ trực tuyến; thực hiện 14,2 triệu giao dịch "
        "thanh toán trực tuyến với số tiền 12,9 nghìn tỷ đồng. Tỉnh Long An có 312.450 hồ sơ nộp "
        "qua Cổng DVCQG, đứng thứ 5 cả nước.",
        "2025-01-16",
        [
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9800000),
            ("online_payments_count_new", "national", "year", "2024-12-31", 14200000),
            ("online_payments_value_new", "national", "year", "2024-12-31", 12900),
            ("national_portal_dossiers_new", "Long An", "year", "2024-12-31", 312450),
        ],
    ),
    # EMC connection: "100% hệ thống ... cấp tỉnh" is the localities block, "khối bộ, ngành đạt" the ministries
    (
        "Tính đến tháng 11/2024, 100% hệ thống thông tin giải quyết TTHC cấp tỉnh đã kết nối đầy "
        "đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ (EMC); khối bộ, "
        "ngành đạt 76,5%.",
        "2024-12-05",
        [
            ("emc_connection_rate", "localities", "as_of", "2024-11-30", 100),
            ("emc_connection_rate", "ministries", "as_of", "2024-11-30", 76.5),
        ],
    ),
    # "lũy kế từ đầu năm" with the same span a year before ("cùng kỳ năm 2024 tỷ lệ này là"); counts are no indicator
    (
        "Lũy kế từ đầu năm đến hết tháng 8/2025, tỉnh Nghệ An tiếp nhận 1.234.567 hồ sơ TTHC, "
        "trong đó 912.300 hồ sơ trực tuyến, chiếm 73,9%; cùng kỳ năm 2024 tỷ lệ này là 52,6%.",
        "2025-09-05",
        [
            ("online_dossier_rate", "Nghệ An", "ytd", "2025-08-31", 73.9),
            ("online_dossier_rate", "Nghệ An", "ytd", "2024-08-31", 52.6),
        ],
    ),
    # after the 2025 merger: "đứng thứ 2/34 tỉnh, thành" (not stored), block averages after the province
    (
        "Báo cáo chuyển đổi số quốc gia tháng 10/2025: tính đến ngày 31/10/2025, tỷ lệ hồ sơ trực "
        "tuyến toàn trình của TP Hải Phòng đạt 68,7%, đứng thứ 2/34 tỉnh, thành; bình quân khối "
        "địa phương là 44,9%, khối bộ, ngành 51,2%.",
        "2025-11-06",
        [
            ("online_dossier_full_process_rate", "Hải Phòng", "as_of", "2025-10-31", 68.7),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-10-31", 44.9),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-10-31", 51.2),
        ],
    ),
    # Internet users: "cao hơn mức 78,4% của cả nước" (the national figure after "mức", before "của cả nước")
    (
        "Năm 2024, tỷ lệ người dân sử dụng Internet trên địa bàn tỉnh Quảng Nam ước đạt 85%, cao "
        "hơn mức 78,4% của cả nước.",
        "2025-02-03",
        [
            ("internet_users_rate", "Quảng Nam", "year", "2024-12-31", 85),
            ("internet_users_rate", "national", "year", "2024-12-31", 78.4),
        ],
    ),
    # NEGATIVE: operators' own 5G coverage, an operator's target, the world's average
    (
        "Viettel cho biết mạng 5G của doanh nghiệp đã phủ sóng 90% dân số tại Hà Nội và 85% dân số "
        "tại TP Hồ Chí Minh; VNPT đặt mục tiêu phủ sóng 5G tới 100% quận, huyện vào cuối năm 2025. "
        "Theo GSMA, trung bình toàn cầu 5G phủ 51% dân số.",
        "2025-03-20",
        [],
    ),
    # NEGATIVE: other countries' digital-economy shares and Viet Nam's targets
    (
        "Theo một báo cáo khu vực công bố tháng 11/2024, tỷ trọng kinh tế số trong GDP của "
        "Singapore là 17,3%, Indonesia 8,5% và Thái Lan 11,2%. Việt Nam phấn đấu đến năm 2025 kinh "
        "tế số chiếm 20% GDP, đến năm 2030 đạt 30%.",
        "2024-11-25",
        [],
    ),
    # NEGATIVE: DTI ranking table of provinces (scores and places, "63/63") has no indicator id
    (
        "Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023:\n"
        "1. Quảng Ninh: 0,6672 điểm\n"
        "2. Đà Nẵng: 0,6259 điểm\n"
        "3. Thừa Thiên Huế: 0,6044 điểm\n"
        "Bắc Kạn xếp cuối bảng, thứ 63/63.",
        "2024-07-31",
        [],
    ),
    # NEGATIVE: "hiện nay" with no published date and no date in the text: undatable, nothing stored
    (
        "Hiện nay, tỷ lệ hồ sơ trực tuyến của tỉnh Trà Vinh đạt 65,2%, cao hơn bình quân cả nước "
        "(45%); toàn tỉnh đã có 98% hộ gia đình sử dụng cáp quang.",
        None,
        [],
    ),
    # NEGATIVE: a province's changes (points, places, villages fewer), plans, conferences and a target
    (
        "So với năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Kiên Giang tăng 18,5 điểm phần trăm, "
        "vươn lên xếp thứ 15/63; số thôn lõm sóng giảm 24 thôn. Năm 2024, tỉnh ban hành 12 kế "
        "hoạch, tổ chức 4 hội nghị chuyên đề về chuyển đổi số và đặt mục tiêu năm 2025 tỷ lệ hồ sơ "
        "trực tuyến đạt 80%.",
        "2025-01-22",
        [],
    ),
]
