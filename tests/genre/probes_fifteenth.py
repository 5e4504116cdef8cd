"""Fifteenth batch of blind genre probes for the Vietnamese KPI extractor: forty short press
texts and portal paragraphs (VnExpress, Tuổi Trẻ, Thanh Niên, VietnamPlus, Báo Chính phủ,
ICTnews, Nhân Dân, QĐND, VOV, provincial portals, ministry monthly reports) that vary wording
across every family of the catalog -- number-first sentences, nominal phrases, semicolon lists,
parentheses, officials' quotes, headlines repeating a body figure, approximating words
(khoảng/gần/hơn/trên), unit words spelled differently (nghìn/ngàn, Mb/s, nghìn tỷ đồng, tỷ hóa
đơn), periods written many ways (dates in words, quý II/2025, nửa đầu năm, lũy kế từ đầu năm,
"hiện nay" with a published date), breakdowns by ministries, localities and named provinces --
plus negative and mixed cases (targets, year-on-year changes, operators' and surveys' figures,
other countries' and world figures, sub-counts after "trong đó", counts of meetings and decrees,
a number cut by the end of the text, an undated "hiện nay" with no published date). Written for
the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # VnExpress-style headline repeating the body figure, "gần" + an anaphoric past value ("tỷ lệ này") at end-2023
    (
        "Gần 56% thủ tục hành chính đã làm trọn trên mạng\n\n"
        "Tính đến ngày 15/4/2025, gần 56% thủ tục hành chính trên cả nước đã được cung cấp dưới "
        "dạng dịch vụ công trực tuyến toàn trình, theo Văn phòng Chính phủ. Cuối năm 2023, tỷ lệ "
        "này chỉ khoảng 41%. Người dân có thể nộp hồ sơ, thanh toán phí và nhận kết quả mà không "
        "phải đến cơ quan nhà nước.",
        "2025-04-17",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 56.0),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 41.0),
        ],
    ),
    # Báo Chính phủ: ministries / localities split with a semicolon, then the national figure as "con số này ở mức"; a point change not stored
    (
        "Theo báo cáo của Văn phòng Chính phủ, đến hết tháng 6/2025, tỷ lệ TTHC được cung cấp "
        "dưới dạng dịch vụ công trực tuyến của khối bộ, ngành là 88,4%; khối địa phương là "
        "81,07%. Tính chung cả nước, con số này ở mức 83,2%, cao hơn 2,5 điểm phần trăm so với "
        "cuối năm 2024.",
        "2025-07-08",
        [
            ("dvctt_rate", "ministries", "as_of", "2025-06-30", 88.4),
            ("dvctt_rate", "localities", "as_of", "2025-06-30", 81.07),
            ("dvctt_rate", "national", "as_of", "2025-06-30", 83.2),
        ],
    ),
    # VietnamPlus: a month's dossiers, online share after "trong đó" as a bare percent, full-process share "ở mức"; the total and the point change not stored
    (
        "Trong tháng 3/2025, các bộ, ngành, địa phương tiếp nhận khoảng 7,2 triệu hồ sơ TTHC, "
        "trong đó 52,6% được nộp trực tuyến. Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình ở mức "
        "31,4%, tăng 4,2 điểm phần trăm so với tháng 2.",
        "2025-04-09",
        [
            ("online_dossier_rate", "national", "month", "2025-03-31", 52.6),
            ("online_dossier_full_process_rate", "national", "month", "2025-03-31", 31.4),
        ],
    ),
    # Provincial portal (Đồng Nai), quý II/2025, three dossier rates in one sentence list; the dossier total has no id
    (
        "(Cổng TTĐT Đồng Nai) - Quý II/2025, toàn tỉnh tiếp nhận 312.456 hồ sơ TTHC, tỷ lệ hồ sơ "
        "trực tuyến đạt 78,35%. Tỷ lệ cấp kết quả giải quyết TTHC điện tử là 96,1%; tỷ lệ khai "
        "thác, sử dụng lại thông tin, dữ liệu đã số hóa đạt 42,8%.",
        "2025-07-10",
        [
            ("online_dossier_rate", "Đồng Nai", "quarter", "2025-06-30", 78.35),
            ("e_result_rate", "Đồng Nai", "quarter", "2025-06-30", 96.1),
            ("data_reuse_rate", "Đồng Nai", "quarter", "2025-06-30", 42.8),
        ],
    ),
    # Tuổi Trẻ: number-first nominal phrase ("Hơn 1,2 tỷ giao dịch - đó là ..."), "chạm mốc", a year's flow and its daily average
    (
        "Hơn 1,2 tỷ giao dịch - đó là con số mà Nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
        "(NDXP) chạm mốc tính đến ngày 31/12/2024, sau 5 năm vận hành. Riêng năm 2024, nền tảng "
        "ghi nhận gần 420 triệu giao dịch, bình quân khoảng 1,15 triệu giao dịch mỗi ngày.",
        "2025-01-08",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 1200000000),
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 420000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 1150000),
        ],
    ),
    # Ministry monthly report written as table lines (label: value), ytd flow, bare count, parenthetical sub-counts not stored
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\n"
        "- Số giao dịch trong tháng: 98.712.340\n"
        "- Trung bình/ngày: 3.184.269 giao dịch\n"
        "- Lũy kế từ đầu năm: 452,6 triệu giao dịch\n"
        "- Số điểm kết nối đã thiết lập: 412\n"
        "- Số cơ quan đã kết nối: 104 (22 bộ, ngành; 63 địa phương; 19 cơ quan khác)",
        "2025-06-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98712340),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3184269),
            ("ndxp_transactions_period", "national", "ytd", "2025-05-31", 452600000),
            ("ndxp_connection_points", "national", "as_of", "2025-05-31", 412),
            ("ndxp_connected_agencies", "national", "as_of", "2025-05-31", 104),
        ],
    ),
    # Thanh Niên: a month's attacks with the previous month's count in parentheses, a % change not stored, botnet IPs "khoảng 468 nghìn" at month end
    (
        "Trong tháng 4/2025, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.023 "
        "cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,6% so với "
        "tháng 3 (1.119 cuộc). Tính đến cuối tháng, số địa chỉ IP của Việt Nam nằm trong các mạng "
        "botnet vào khoảng 468 nghìn.",
        "2025-05-06",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 1023),
            ("cyberattacks", "national", "month", "2025-03-31", 1119),
            ("botnet_ips", "national", "as_of", "2025-04-30", 468000),
        ],
    ),
    # NEGATIVE: a resolution's targets only (mục tiêu đến năm 2025, phấn đấu, đến năm 2030)
    (
        "Nghị quyết đặt mục tiêu đến năm 2025, 100% dịch vụ công đủ điều kiện được cung cấp trực "
        "tuyến toàn trình; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 50%; "
        "phấn đấu kinh tế số chiếm 20% GDP và đưa Việt Nam vào nhóm 50 nước dẫn đầu về Chính phủ "
        "điện tử. Đến năm 2030, 100% hộ gia đình có kết nối cáp quang.",
        "2024-08-01",
        [],
    ),
    # VOV: national 5G stations and coverage "đạt 26% dân số"; an operator's (Viettel) own station count and speed not stored
    (
        "Đến hết tháng 6/2025, cả nước có khoảng 11.800 trạm BTS 5G, vùng phủ sóng 5G đạt 26% "
        "dân số. Riêng Viettel đã phát sóng hơn 7.500 trạm; theo nhà mạng, tốc độ tải xuống trung "
        "bình trên mạng 5G của Viettel đạt khoảng 850 Mbps.",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11800),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # ICTnews: speeds written "Mb/s", BRCĐ abbreviation, upload in parentheses not stored, mobile speed with the direction after the number
    (
        "Theo kết quả đo i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 02/2025, tốc "
        "độ tải xuống trung bình của mạng BRCĐ tại Việt Nam là 171,3 Mb/s (tải lên: 163,8 Mb/s); "
        "băng rộng di động đạt 121,6 Mb/s ở chiều tải xuống. Kết quả được tổng hợp từ hàng triệu "
        "lượt đo của người dùng trên cả nước.",
        "2025-03-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 171.3),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 121.6),
        ],
    ),
    # Nhân Dân: smartphone share of subscriptions, FTTH households number-first, smartphone subscriptions "vào khoảng"; a survey's share of people with a smartphone not stored
    (
        "Tính đến ngày 30/9/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,4%; "
        "82,1% hộ gia đình đã có kết nối Internet cáp quang (FTTH). Cùng thời điểm, số thuê bao "
        "sử dụng smartphone vào khoảng 108,6 triệu. Một khảo sát của doanh nghiệp "
        "nghiên cứu thị trường cho thấy 73% người trưởng thành sở hữu smartphone.",
        "2024-10-18",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 87.4),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.1),
            ("smartphone_subscriptions", "national", "as_of", "2024-09-30", 108600000),
        ],
    ),
    # Provincial paper (Hà Giang): villages covered in a half (not stored) and "Hiện nay ... còn 73 thôn" dated at the half's end
    (
        "Sáu tháng đầu năm 2024, các doanh nghiệp viễn thông trên địa bàn tỉnh Hà Giang đã phủ "
        "sóng di động cho 112 thôn, bản lõm sóng. Hiện nay toàn tỉnh còn 73 thôn, bản chưa có "
        "sóng di động, chủ yếu ở các huyện vùng cao núi đá.",
        "2024-07-05",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-06-30", 73),
        ],
    ),
    # Ministry portal: "x/y thôn, bản lõm sóng có điện lưới, đạt z%"; the remaining villages' deadline not stored
    (
        "Bộ Thông tin và Truyền thông cho biết, đến ngày 31/12/2024, đã phủ sóng di động cho "
        "1.692/1.750 thôn, bản lõm sóng có điện lưới, đạt 96,7%. Các thôn còn lại sẽ được phủ sóng "
        "trong quý I/2025.",
        "2025-01-06",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 96.7),
        ],
    ),
    # Official's quote opening the article ("Đến nay, 53/53 ..."), reported speech with 63/63 provinces and "865 trong tổng số 1.084" procedures
    (
        "“Đến nay, 53/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn "
        "trình”, Phó Chủ nhiệm Văn phòng Chính phủ phát biểu tại hội nghị sáng 12/3. Theo ông, cả "
        "63/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng dịch vụ "
        "công trực tuyến; 865 trong tổng số 1.084 thủ tục hành chính thuộc các nghị quyết chuyên "
        "đề đã được cắt giảm, đơn giản hóa.",
        "2025-03-12",
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-12", 53),
            ("localities_fee_reduction", "national", "as_of", "2025-03-12", 63),
            ("procedures_simplified", "national", "as_of", "2025-03-12", 865),
        ],
    ),
    # Police-press style: "Tính đến 0 giờ ngày 01/7/2024", chip ID cards and activated VNeID accounts; the level-2 sub-count after "trong đó" not stored
    (
        "Tính đến 0 giờ ngày 01/7/2024, Bộ Công an đã cấp hơn 87,3 triệu thẻ căn cước công dân gắn "
        "chip; hơn 57,2 triệu tài khoản định danh điện tử VNeID đã được kích hoạt, trong đó 41,6 "
        "triệu tài khoản mức độ 2. Người dân có thể dùng tài khoản mức 2 để đăng nhập Cổng Dịch vụ "
        "công quốc gia mà không cần tạo tài khoản riêng.",
        "2024-07-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-07-01", 87300000),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-01", 57200000),
        ],
    ),
    # Mobile Money customers at end of September; the rural sub-count after "trong đó" and a year-on-year % not stored
    (
        "Đến cuối tháng 9/2024, dịch vụ Mobile Money có khoảng 9,1 triệu khách hàng, trong đó gần "
        "6,4 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tổng giá trị giao "
        "dịch lũy kế tăng 35% so với cùng kỳ năm trước.",
        "2024-10-25",
        [
            ("mobile_money_customers", "national", "as_of", "2024-09-30", 9100000),
        ],
    ),
    # Year under review opening the sentence ("Năm 2024, khoảng 87% người trưởng thành ..."), the 2025 target of 80% not stored
    (
        "Năm 2024, khoảng 87% người trưởng thành có tài khoản thanh toán tại ngân hàng, vượt mục "
        "tiêu 80% mà Chiến lược tài chính toàn diện quốc gia đặt ra cho năm 2025. Thanh toán không "
        "dùng tiền mặt qua điện thoại di động tăng 39,5% về số lượng so với năm 2023.",
        "2025-01-10",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.0),
        ],
    ),
    # Tax press: "lên tới hơn 11,6 tỷ hóa đơn" (billions as a count), sub-counts by invoice type after "trong đó" not stored
    (
        "Từ khi triển khai toàn quốc (tháng 7/2022) đến ngày 20/5/2025, số hóa đơn điện tử cơ quan "
        "thuế tiếp nhận và xử lý đã lên tới hơn 11,6 tỷ hóa đơn; trong đó có 4,1 tỷ hóa đơn có mã "
        "của cơ quan thuế và gần 7,5 tỷ hóa đơn không mã. Hơn 1,1 triệu doanh nghiệp và hộ kinh "
        "doanh đang sử dụng hóa đơn điện tử.",
        "2025-05-22",
        [
            ("e_invoices_total", "national", "as_of", "2025-05-20", 11600000000),
        ],
    ),
    # Digital economy share "ước chiếm khoảng 18,3% GDP" and growth "khoảng 20%" for the year 2024
    (
        "Năm 2024, quy mô kinh tế số của Việt Nam ước chiếm khoảng 18,3% GDP; tốc độ tăng trưởng "
        "khoảng 20%, cao gấp ba lần tốc độ tăng GDP. Đây là năm thứ hai liên tiếp Việt Nam thuộc "
        "nhóm có kinh tế số tăng trưởng nhanh nhất khu vực.",
        "2025-02-03",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # NEGATIVE: a consultancy report's GMV (USD, no id), its growth, Indonesia's size and Thailand's GDP share
    (
        "Theo báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố, tổng giá trị "
        "hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16%. Tại "
        "Indonesia, kinh tế số đạt 90 tỷ USD; tỷ trọng kinh tế số trong GDP của Thái Lan vào "
        "khoảng 16%.",
        "2024-11-12",
        [],
    ),
    # VietnamPlus: UN EGDI "đứng thứ 71/193", the 2022 rank in parentheses kept, other countries' ranks and "tăng 15 bậc" not stored
    (
        "Trong Bảng xếp hạng Chính phủ điện tử (EGDI) năm 2024 của Liên Hợp Quốc, Việt Nam đứng "
        "thứ 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá năm 2022 (hạng 86). Singapore xếp "
        "thứ 3, Hàn Quốc thứ 4.",
        "2025-03-01",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Báo Chính phủ: "Lũy kế đến ngày 30/4/2025" with four portal stocks in a semicolon list, money in "nghìn tỷ đồng"
    (
        "Lũy kế đến ngày 30/4/2025, Cổng Dịch vụ công quốc gia có 15,4 triệu tài khoản đăng ký; "
        "73,2 triệu hồ sơ trực tuyến được nộp qua Cổng; 19,8 triệu giao dịch thanh toán trực tuyến "
        "với tổng số tiền trên 12,9 nghìn tỷ đồng. Cổng tiếp tục được nâng cấp để kết nối với hệ "
        "thống thông tin giải quyết TTHC của các bộ, ngành, địa phương.",
        "2025-05-06",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 15400000),
            ("national_portal_dossiers", "national", "as_of", "2025-04-30", 73200000),
            ("online_payments_count", "national", "as_of", "2025-04-30", 19800000),
            ("online_payments_value", "national", "as_of", "2025-04-30", 12900),
        ],
    ),
    # ICTnews: one month's portal flows ("có thêm hơn 212 ngàn", "ngàn" spelling), money in parentheses "(tương ứng 1.085 tỷ đồng)"
    (
        "Riêng tháng 4/2025, Cổng DVCQG có thêm hơn 212 ngàn tài khoản đăng ký mới, tiếp nhận "
        "1.136.578 hồ sơ trực tuyến và ghi nhận 1,02 triệu giao dịch thanh toán trực tuyến (tương "
        "ứng 1.085 tỷ đồng). Lượng truy cập tăng mạnh vào thời điểm người dân làm thủ tục đăng ký "
        "xe và cấp đổi giấy phép lái xe.",
        "2025-05-07",
        [
            ("national_portal_accounts_new", "national", "month", "2025-04-30", 212000),
            ("national_portal_dossiers_new", "national", "month", "2025-04-30", 1136578),
            ("online_payments_count_new", "national", "month", "2025-04-30", 1020000),
            ("online_payments_value_new", "national", "month", "2025-04-30", 1085),
        ],
    ),
    # Interview: quoted official, "Hiện khoảng 45% dân số trưởng thành đã dùng ..." and satisfaction, dated by the published date
    (
        "Trả lời phỏng vấn, một lãnh đạo Cục Kiểm soát thủ tục hành chính cho biết: “Hiện khoảng "
        "45% dân số trưởng thành đã dùng dịch vụ công trực tuyến. Mức độ hài lòng của người dân, "
        "doanh nghiệp đối với việc giải quyết TTHC đạt 84,5%, chúng tôi sẽ tiếp tục cải thiện”.",
        "2024-11-20",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-11-20", 45.0),
            ("satisfaction_rate", "national", "as_of", "2024-11-20", 84.5),
        ],
    ),
    # NEGATIVE: undated "Hiện nay" with no published date (personal-ID share, NDXP points, 5G stations)
    (
        "Hiện nay, khoảng 92% hồ sơ TTHC đã được gắn với số định danh cá nhân; cả nước có hơn 98 "
        "điểm kết nối trên NDXP và gần 10.000 trạm 5G đang hoạt động. Các chỉ tiêu này được nêu "
        "trong tài liệu giới thiệu về chuyển đổi số.",
        None,
        [],
    ),
    # Provincial portal (Bắc Ninh): a month, personal-ID share, electronic results "cấp bản điện tử", satisfaction as "label: value"
    (
        "Tháng 10/2024, tỷ lệ hồ sơ TTHC trên địa bàn tỉnh Bắc Ninh được gắn với số định danh cá "
        "nhân đạt 97,8%, tỷ lệ hồ sơ có kết quả giải quyết được cấp bản điện tử là 99,2%. Mức độ "
        "hài lòng của người dân, doanh nghiệp: 96,5%.",
        "2024-11-08",
        [
            ("dossiers_with_personal_id_rate", "Bắc Ninh", "month", "2024-10-31", 97.8),
            ("e_result_rate", "Bắc Ninh", "month", "2024-10-31", 99.2),
            ("satisfaction_rate", "Bắc Ninh", "month", "2024-10-31", 96.5),
        ],
    ),
    # Number-first EMC connection share and security-level approval share, the second dated "Cũng tại thời điểm này"
    (
        "Đến ngày 15/8/2024, 92,06% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối "
        "đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số "
        "(EMC). Cũng tại thời điểm này, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất "
        "cấp độ an toàn thông tin là 68,4%.",
        "2024-08-20",
        [
            ("emc_connection_rate", "national", "as_of", "2024-08-15", 92.06),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-15", 68.4),
        ],
    ),
    # Label with colon, ministries/localities given bare ("bộ, ngành đạt ..., địa phương đạt ..."), date only in a trailing parenthesis
    (
        "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện: bộ, "
        "ngành đạt 89,1%, địa phương đạt 94,6% (số liệu tính đến ngày 30/11/2024). Một số bộ, "
        "ngành chưa hoàn thành việc tái cấu trúc quy trình trước khi đưa lên Cổng.",
        "2024-12-05",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2024-11-30", 89.1),
            ("full_process_provision_rate", "localities", "as_of", "2024-11-30", 94.6),
        ],
    ),
    # Provincial (Quảng Ninh): count then share of all procedures, then "trong đó" another indicator (services with dossiers), "hiện" dated by publication
    (
        "Quảng Ninh hiện cung cấp 1.742 DVCTT, chiếm 93,5% tổng số TTHC của tỉnh; trong đó tỷ lệ "
        "DVCTT có phát sinh hồ sơ là 71,2%. Tỉnh đang rà soát để cắt giảm những dịch vụ ít người "
        "dùng.",
        "2024-09-10",
        [
            ("dvctt_rate", "Quảng Ninh", "as_of", "2024-09-10", 93.5),
            ("dvctt_with_dossiers_rate", "Quảng Ninh", "as_of", "2024-09-10", 71.2),
        ],
    ),
    # NEGATIVE: counts of meetings, documents and decrees; an operator's (VNPT) own platform figures
    (
        "Năm 2024, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 4 phiên họp, ban hành 27 văn bản chỉ "
        "đạo; Chính phủ ban hành 12 nghị định liên quan đến dữ liệu và giao dịch điện tử. Tại hội "
        "nghị, đại diện VNPT cho biết nền tảng VNPT iGate của tập đoàn đã xử lý 45 triệu hồ sơ "
        "trong năm, tỷ lệ hồ sơ trực tuyến trên nền tảng đạt 61%.",
        "2025-01-20",
        [],
    ),
    # Mixed: half-year subscriptions (BRCĐ, "khoảng 93,1 triệu") and Internet users "ước đạt"; year-on-year % and ICT revenue growth not stored
    (
        "Tính đến hết 6 tháng đầu năm 2025, tổng số thuê bao BRCĐ đạt 23,5 triệu, tăng 9% so với "
        "cùng kỳ; thuê bao băng rộng di động khoảng 93,1 triệu. Tỷ lệ người dân sử dụng Internet "
        "ước đạt 84%. Doanh thu công nghiệp ICT tăng 22,7%.",
        "2025-07-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 23500000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 93100000),
            ("internet_users_rate", "national", "as_of", "2025-06-30", 84.0),
        ],
    ),
    # QĐND: one named ministry's 100% (not stored) next to the ministries' bloc figure with the date in parentheses "(đến 30/6/2024)"
    (
        "Bộ Quốc phòng hiện cung cấp 100% dịch vụ công trực tuyến toàn trình đối với các TTHC đủ "
        "điều kiện. Tính chung khối bộ, ngành, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình "
        "là 61,2% (đến 30/6/2024).",
        "2024-07-12",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-06-30", 61.2),
        ],
    ),
    # VOV headline with quoted slang “trắng sóng” repeating the body figure, "hết quý III/2024"; the unelectrified sub-count after "trong đó" not stored, then the share of villages covered
    (
        "Cả nước còn khoảng 1.200 thôn, bản “trắng sóng”\n\n"
        "Theo Bộ Thông tin và Truyền thông, tính đến hết quý III/2024, cả nước còn khoảng 1.200 "
        "thôn, bản chưa được phủ sóng di động băng rộng, trong đó 348 thôn chưa có điện lưới. Tỷ lệ "
        "thôn, bản có sóng di động băng rộng trên cả nước đạt 98,9%.",
        "2024-10-10",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1200),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98.9),
        ],
    ),
    # NEGATIVE: another country's and the world's figures (Thailand's 5G coverage, global average, China's stations, world median speed)
    (
        "Theo GSMA Intelligence, tỷ lệ phủ sóng 5G của Thái Lan đã đạt 85% dân số; bình quân toàn "
        "cầu là 51%. Trung Quốc hiện có hơn 4,2 triệu trạm 5G, trong khi tốc độ băng rộng di động "
        "trung vị của thế giới vào khoảng 56 Mbps.",
        "2025-03-03",
        [],
    ),
    # "Nửa đầu năm 2024" with "tổng cộng", a kind of attack after "trong đó" and a year-on-year % not stored
    (
        "Nửa đầu năm 2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận tổng cộng 4.317 "
        "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, trong đó 1.522 "
        "cuộc tấn công lừa đảo (Phishing). So với cùng kỳ năm 2023, số vụ giảm 36,7%.",
        "2024-07-08",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4317),
        ],
    ),
    # Provincial (Thái Nguyên): date written in words, "triển khai DVCTT đối với x/y TTHC, đạt z%"
    (
        "Tính tới ngày 20 tháng 12 năm 2024, tỉnh Thái Nguyên đã triển khai dịch vụ công trực tuyến "
        "đối với 1.618/1.795 TTHC, đạt 90,14%. Tỉnh đồng thời hoàn thành kết nối hệ thống thông "
        "tin giải quyết TTHC với Cổng Dịch vụ công quốc gia.",
        "2024-12-23",
        [
            ("dvctt_rate", "Thái Nguyên", "as_of", "2024-12-20", 90.14),
        ],
    ),
    # Mixed: a quarter's NDXP flow, then a CSDL sentence, then a cumulative figure cut by the end of the text ("đạt 1,") not stored
    (
        "Trong quý I/2025, NDXP ghi nhận 265,4 triệu giao dịch. Nền tảng tiếp tục được mở rộng "
        "kết nối với các cơ sở dữ liệu quốc gia, CSDL chuyên ngành. Lũy kế đến 31/3/2025, tổng số giao "
        "dịch qua nền tảng đạt 1,",
        "2025-04-03",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 265400000),
        ],
    ),
    # NEGATIVE: only year-on-year changes (giảm 17,5%, giảm 12%, tăng gấp 2,3 lần, tăng thêm 6 điểm phần trăm)
    (
        "Tháng 7/2025, số cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam giảm 17,5% so "
        "với cùng kỳ năm 2024; số địa chỉ IP botnet giảm 12%. Số trạm 5G tăng gấp 2,3 lần sau một "
        "năm, còn tỷ lệ hồ sơ trực tuyến tăng thêm 6 điểm phần trăm.",
        "2025-08-06",
        [],
    ),
    # NEGATIVE: an activated-VNeID figure cut by the end of the text ("đạt 61,")
    (
        "Ứng dụng VNeID ngày càng được dùng để làm thủ tục hành chính. Thông tin từ Trung tâm "
        "Dữ liệu quốc gia về dân cư cho biết, tính đến ngày 31/5/2025, số "
        "tài khoản định danh điện tử đã được kích hoạt trên toàn quốc đạt 61,",
        "2025-06-02",
        [],
    ),
    # NEGATIVE: a provincial plan's targets (Nghệ An: mục tiêu, tối thiểu, phấn đấu ... GRDP)
    (
        "Kế hoạch chuyển đổi số năm 2025 của UBND tỉnh Nghệ An đặt mục tiêu: 100% TTHC đủ điều kiện "
        "được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%; phấn "
        "đấu kinh tế số chiếm 20% GRDP của tỉnh và 100% hồ sơ TTHC được gắn mã định danh. Các sở, "
        "ngành phải báo cáo kết quả thực hiện trước ngày 15/12/2025.",
        "2025-02-14",
        [],
    ),
]
