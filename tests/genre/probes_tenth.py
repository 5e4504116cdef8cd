"""Tenth round of blind genre probes for the Vietnamese KPI extractor: 50 short press texts,
monthly ministry reports, government notices, provincial-portal items and interviews in which
the indicators the genre states most (online public services and dossiers, National Portal
accounts, dossiers and payments, 5G and broadband, villages without coverage, NDXP
transactions, cyberattacks and botnets, digital-economy share and growth, VNeID, chip ID
cards, Mobile Money, payment accounts, e-invoices, the UN EGDI rank) are written in the many
shapes reporters use: the number before its indicator or the indicator after the number,
passive and nominal clauses, questions and officials' quotes, colloquial verbs (cán mốc, vượt
ngưỡng, chạm mốc, leo lên, tăng lên mức, giữ ở mức, đứng ở mức), unit words written
differently (Mb/s, Mbit/s, megabit/giây, triệu thuê bao, nghìn tỷ đồng, tỷ USD),
abbreviations (DVCTT, TTHC, DVC, CSDL, BTS, FTTH, KTS, NCSC, VNNIC, BRCĐ), bulleted and
semicolon lists, tables written as lines, figures repeated in a headline and a photo caption,
and periods written many ways (hết quý III/2024, 9 tháng năm 2024, tính đến 30/9, trong quý
vừa qua, năm ngoái, tháng 10 vừa qua, lũy kế từ đầu năm, "hiện nay" with and without a
published date); about ten cases carry numbers that must not be stored (targets, year-on-year
changes, operators', named ministries', surveys' and other countries' figures, sub-counts
after "trong đó", a number cut by the text's end, counts of decrees and meetings, undated
levels with no published date). Written for the project from the genre's usual phrasings (not
copied from any page).
"""

# Each case: (text, published ISO date or None,
#             [(indicator_id, breakdown, period_kind, period_end_iso, value), ...])
CASES = [
    # 1. monthly national report: number first ("Có 2.214 TTHC, tương đương 56,8%"), khối bộ/khối địa phương split, a wordy dvctt_rate label
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025. Có 2.214 thủ tục hành chính, tương đương "
        "56,8% tổng số TTHC, đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình tính "
        "đến ngày 31/5/2025. Khối bộ, ngành đạt 61,2%; khối địa phương đạt 53,4%. Tỷ lệ "
        "TTHC được cung cấp trực tuyến (gồm cả toàn trình và một phần) là 82,1%.",
        "2025-06-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 56.8),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-31", 61.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-31", 53.4),
            ("dvctt_rate", "national", "as_of", "2025-05-31", 82.1),
        ],
    ),
    # 2. provincial portal, passive/nominal shares ("số hồ sơ được tiếp nhận trực tuyến chiếm"), quarter, province named once
    (
        "Trong quý I/2025, trên địa bàn tỉnh Quảng Ninh, số hồ sơ được tiếp nhận trực tuyến chiếm "
        "78,6% tổng số hồ sơ TTHC; hồ sơ giải quyết trực tuyến toàn trình chiếm 52,1%. Tỷ lệ cấp "
        "kết quả giải quyết TTHC điện tử của toàn tỉnh đạt 94,3%.",
        "2025-04-10",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 78.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 52.1),
            ("e_result_rate", "Quảng Ninh", "quarter", "2025-03-31", 94.3),
        ],
    ),
    # 3. NDXP monthly bullets: label, colon, number; day average and cumulative under the month's heading
    (
        "Kết quả vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tháng 10/2024:\n"
        "- Số giao dịch trong tháng: 98.412.650 giao dịch;\n"
        "- Trung bình mỗi ngày: khoảng 3,17 triệu giao dịch;\n"
        "- Lũy kế từ năm 2019: hơn 2,36 tỷ giao dịch;\n"
        "- 112 cơ quan, đơn vị đã kết nối với nền tảng.",
        "2024-11-06",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98412650),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 3170000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-10-31", 2360000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-31", 112),
        ],
    ),
    # 4. official's quote ("ông X cho biết"), "tháng 9 vừa qua" with a published date, month-on-month % not stored, botnet count inside the quote
    (
        "Ông Lê Văn Hòa, Phó Cục trưởng Cục An toàn thông tin, cho biết trong tháng 9 vừa qua, hệ "
        "thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.047 cuộc tấn công mạng "
        'gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,4% so với tháng 8. "Số địa chỉ '
        'IP nằm trong mạng botnet đã xuống còn khoảng 612.000, mức thấp nhất từ đầu năm", ông Hòa nói.',
        "2024-10-03",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 1047),
            ("botnet_ips", "national", "as_of", "2024-09-30", 612000),
        ],
    ),
    # 5. headline with the abbreviation KTS, figure repeated in headline and photo caption, growth "gấp 3 lần" not stored
    (
        "KTS chiếm 18,3% GDP năm 2024\n"
        "Năm 2024, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 18,3%, theo số liệu Tổng cục "
        "Thống kê công bố đầu tháng 1. Tốc độ tăng trưởng của kinh tế số ước khoảng 20%, gấp khoảng "
        "3 lần tốc độ tăng GDP.\n"
        "Ảnh: Kinh tế số đóng góp 18,3% GDP năm 2024 (minh họa).",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # 6. NEGATIVE: a provincial plan's targets (mục tiêu, tối thiểu, phấn đấu) and counts of tasks and a decision number
    (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Nghệ An đặt mục tiêu: 100% TTHC đủ điều kiện được "
        "cung cấp DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%; tỷ lệ dân "
        "số trưởng thành sử dụng dịch vụ công trực tuyến phấn đấu đạt 50%. Kế hoạch gồm 5 nhóm "
        "nhiệm vụ, 42 nhiệm vụ cụ thể, ban hành kèm Quyết định số 1875/QĐ-UBND.",
        "2024-08-20",
        [],
    ),
    # 7. NEGATIVE: an operator's own 5G figures and other countries' coverage
    (
        "Viettel cho biết, tính đến ngày 15/10/2024, mạng 5G của doanh nghiệp đã phủ sóng khoảng 90% "
        "dân số tại các khu vực đô thị với hơn 6.500 trạm phát sóng 5G. Trong khi đó, Thái Lan hiện "
        "có tỷ lệ dân số được phủ sóng 5G lên tới 85%, Malaysia khoảng 80%.",
        "2024-10-20",
        [],
    ),
    # 8. NEGATIVE: year-on-year changes only, then a total cut by the text's end (no unit after it)
    (
        "Trong 9 tháng năm 2024, số giao dịch qua NDXP tăng 38% so với cùng kỳ năm trước; giá trị "
        "thanh toán trực tuyến trên Cổng DVCQG tăng 21,5%. Tính đến 30/9/2024, tổng số giao dịch "
        "thanh toán trực tuyến trên Cổng đạt 12,3",
        "2024-10-10",
        [],
    ),
    # 9. NEGATIVE: undated "Hiện nay" with no published date, and a sub-count after "trong đó"
    (
        "Hiện nay, cả nước có 9,2 triệu khách hàng sử dụng dịch vụ Mobile Money, trong đó hơn 6,1 "
        "triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Mạng lưới điểm kinh "
        "doanh Mobile Money đã vượt 190.000 điểm.",
        None,
        [],
    ),
    # 10. EGDI "71/193" in a later article, the previous edition's rank in parentheses kept, a "tăng 15 bậc" change, an ASEAN place and the index score not stored
    (
        "Trong Khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tháng 9/2024, Việt Nam đứng thứ "
        "71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ trước "
        "(năm 2022 xếp thứ 86). Việt Nam đứng thứ 5 trong khu vực ASEAN; điểm EGDI đạt 0,7709.",
        "2025-03-12",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 11. "tháng 10 vừa qua" with a published date, units written "Mbit/s" and "megabit/giây", VNNIC's i-Speed measurement, "đứng ở mức"
    (
        "Theo số liệu đo kiểm của hệ thống i-Speed do VNNIC vận hành, tháng 10 vừa qua tốc độ tải "
        "xuống trung bình của Internet băng rộng cố định tại Việt Nam đạt 153,2 Mbit/s, còn băng "
        "rộng di động đứng ở mức 58,7 megabit/giây.",
        "2024-11-12",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 153.2),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 58.7),
        ],
    ),
    # 12. number first ("Hơn 86,1 triệu thẻ … đã được cấp"), then a nominal "con số tài khoản … là"
    (
        "Hơn 86,1 triệu thẻ căn cước công dân gắn chíp đã được cấp tính đến ngày 30/6/2024. Cũng "
        "đến thời điểm này, con số tài khoản định danh điện tử VNeID được kích hoạt là 56,7 triệu.",
        "2024-07-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 86100000),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 56700000),
        ],
    ),
    # 13. e-invoices "tỷ hóa đơn" since 2022; invoice types after "trong đó", cash-register invoices and the month's new invoices not stored
    (
        "Lũy kế từ tháng 7/2022 đến hết ngày 31/12/2024, ngành thuế đã tiếp nhận và xử lý trên 9,6 "
        "tỷ hóa đơn điện tử, trong đó có 2,3 tỷ hóa đơn có mã của cơ quan thuế; riêng hóa đơn khởi "
        "tạo từ máy tính tiền là 1,2 tỷ hóa đơn. Trong tháng 12, có 412 triệu hóa đơn mới được khởi tạo.",
        "2025-01-08",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 9600000000),
        ],
    ),
    # 14. colloquial "cán mốc … vào cuối tháng 6/2024", a target after "vượt mục tiêu" not stored, cashless growth % not stored
    (
        "Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đã cán mốc 87% vào cuối "
        "tháng 6/2024, vượt mục tiêu 80% đặt ra cho năm 2025. Giao dịch thanh toán không dùng tiền "
        "mặt qua điện thoại di động tăng 41% so với cùng kỳ.",
        "2024-08-05",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87),
        ],
    ),
    # 15. Mobile Money total kept; rural sub-count after "trong đó" and one operator's customers not stored
    (
        "Tính đến hết tháng 8/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt 9,6 triệu, trong "
        "đó khoảng 6,4 triệu khách hàng ở nông thôn, miền núi. Riêng Viettel ghi nhận hơn 7 triệu "
        "khách hàng Mobile Money.",
        "2024-09-12",
        [
            ("mobile_money_customers", "national", "as_of", "2024-08-31", 9600000),
        ],
    ),
    # 16. the indicator after the number ("đạt 91,2% – đó là tỷ lệ dân số được phủ sóng 5G"), BTS with "lên tới hơn", "gấp đôi" not stored
    (
        "Cả nước đã đạt 91,2% – đó là tỷ lệ dân số được phủ sóng 5G tính đến hết tháng 11/2025, "
        "theo Cục Viễn thông (Bộ Khoa học và Công nghệ). Số trạm BTS 5G cũng đã lên tới hơn 16.000 "
        "trạm, gấp đôi so với đầu năm.",
        "2025-12-10",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-11-30", 91.2),
            ("fiveg_bts_count", "national", "as_of", "2025-11-30", 16000),
        ],
    ),
    # 17. provincial portal "Toàn tỉnh … hiện cung cấp" dated by the published date; "trong đó" introducing another indicator (kept)
    (
        "Toàn tỉnh Lào Cai hiện cung cấp 1.642 dịch vụ công trực tuyến, đạt tỷ lệ 90,3% trên tổng "
        "số TTHC; trong đó có 1.015 DVCTT toàn trình, chiếm 55,8% tổng số TTHC của tỉnh.",
        "2024-09-18",
        [
            ("dvctt_rate", "Lào Cai", "as_of", "2024-09-18", 90.3),
            ("dvctt_full_process_rate", "Lào Cai", "as_of", "2024-09-18", 55.8),
        ],
    ),
    # 18. "lũy kế từ đầu năm đến ngày 31/5/2025" (ytd flows on the _new twins), "tỷ đồng" and "nghìn tỷ đồng", a cumulative value "từ khi khai trương đến nay"
    (
        "Lũy kế từ đầu năm đến ngày 31/5/2025, Cổng Dịch vụ công quốc gia ghi nhận 4,8 triệu giao "
        "dịch thanh toán trực tuyến với tổng số tiền khoảng 3.150 tỷ đồng. Từ khi khai trương đến "
        "nay, tổng giá trị thanh toán trực tuyến qua Cổng đạt 12,9 nghìn tỷ đồng.",
        "2025-06-04",
        [
            ("online_payments_count_new", "national", "ytd", "2025-05-31", 4800000),
            ("online_payments_value_new", "national", "ytd", "2025-05-31", 3150),
            ("online_payments_value", "national", "as_of", "2025-05-31", 12900),
        ],
    ),
    # 19. a reporter's question, then "6 tháng đầu năm 2025"; satisfaction and personal-ID share, number before "hồ sơ TTHC được gắn"
    (
        "Bao nhiêu phần trăm người dân hài lòng khi làm thủ tục hành chính? Theo Bộ Chỉ số phục vụ "
        "người dân, doanh nghiệp, 6 tháng đầu năm 2025, mức độ hài lòng của người dân, doanh nghiệp "
        "trong tiếp nhận, giải quyết TTHC đạt 87,6%. Cũng trong kỳ, 92,4% hồ sơ TTHC được gắn mã số "
        "định danh cá nhân.",
        "2025-07-15",
        [
            ("satisfaction_rate", "national", "half", "2025-06-30", 87.6),
            ("dossiers_with_personal_id_rate", "national", "half", "2025-06-30", 92.4),
        ],
    ),
    # 20. a table written as lines, two month columns dating their values, "(%)" in the row label
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025 – một số chỉ tiêu chính\n"
        "Chỉ tiêu | Tháng 3/2025 | Tháng 4/2025\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 41,7 | 43,9\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 28,5 | 30,2\n"
        "Số cuộc tấn công mạng gây sự cố | 1.112 | 986",
        "2025-05-08",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-03-31", 41.7),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 43.9),
            ("data_reuse_rate", "national", "month", "2025-03-31", 28.5),
            ("data_reuse_rate", "national", "month", "2025-04-30", 30.2),
            ("cyberattacks", "national", "month", "2025-03-31", 1112),
            ("cyberattacks", "national", "month", "2025-04-30", 986),
        ],
    ),
    # 21. "Trong quý vừa qua" with a published date (Q3/2024), "bình quân mỗi ngày", "hiện kết nối"; a CSDL count not stored
    (
        "Trong quý vừa qua, NDXP đã xử lý 312,5 triệu giao dịch, bình quân mỗi ngày khoảng 3,4 triệu "
        "giao dịch. Nền tảng hiện kết nối với 113 cơ quan, đơn vị, với 1.287 điểm kết nối giữa các "
        "hệ thống thông tin và 27 CSDL quốc gia, chuyên ngành.",
        "2024-10-09",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 312500000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3400000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-09", 113),
            ("ndxp_connection_points", "national", "as_of", "2024-10-09", 1287),
        ],
    ),
    # 22. number first ("Hơn 93% hệ thống thông tin … đã được phê duyệt"), a past level "so với mức 68% cuối năm 2023" kept with its own date
    (
        "Hơn 93% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất "
        "cấp độ an toàn thông tin tính đến hết tháng 12/2024, so với mức 68% vào cuối năm 2023.",
        "2025-01-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 93),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 68),
        ],
    ),
    # 23. a semicolon list after "Tính đến ngày 31/12/2024:"; ratio then share; villages left; all villages' coverage
    (
        "Tính đến ngày 31/12/2024: đã phủ sóng 1.823/1.853 thôn lõm sóng có điện lưới, đạt 98,4%; "
        "cả nước còn 312 thôn, bản lõm sóng; tỷ lệ thôn, bản có sóng di động băng "
        "rộng đạt 99,6%.",
        "2025-01-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 98.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 312),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.6),
        ],
    ),
    # 24. "Đến hết quý III/2024", colloquial "leo lên", FTTH in parentheses, smartphone share "chiếm … tổng số thuê bao"
    (
        "Đến hết quý III/2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng (FTTH) leo lên "
        "82,4%; thuê bao sử dụng điện thoại thông minh chiếm 87,1% tổng số thuê bao điện thoại di động.",
        "2024-10-25",
        [
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 87.1),
        ],
    ),
    # 25. "Có 12,3 triệu tài khoản đã được đăng ký …" (number first), "Riêng năm 2023 … đăng ký mới" on the _new twin
    (
        "Có 12,3 triệu tài khoản đã được đăng ký trên Cổng Dịch vụ công quốc gia tính đến hết năm "
        "2023, theo Văn phòng Chính phủ. Riêng năm 2023, Cổng có thêm 2,6 triệu tài khoản đăng ký mới.",
        "2024-01-12",
        [
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 12300000),
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 2600000),
        ],
    ),
    # 26. half-year flow of portal dossiers with citizens'/businesses' parts after "trong đó" (not stored)
    (
        "Trong 6 tháng đầu năm 2024, Cổng DVCQG đã tiếp nhận 8,7 triệu hồ sơ trực tuyến, trong đó "
        "5,2 triệu hồ sơ của người dân và 3,5 triệu hồ sơ của doanh nghiệp.",
        "2024-07-05",
        [
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 8700000),
        ],
    ),
    # 27. government notice "Đến nay" dated by the meeting; "63/63 tỉnh, thành phố", "856/1.084 TTHC"; remainder, notice number and meeting count not stored
    (
        "Thông báo số 452/TB-VPCP truyền đạt kết luận của Thủ tướng tại cuộc họp ngày 10/10/2024 "
        "(cuộc họp thứ 3 trong năm của Ban Chỉ đạo). Đến nay, đã có 63/63 tỉnh, thành phố ban hành "
        "nghị quyết về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; Chính phủ đã "
        "thông qua phương án cắt giảm, đơn giản hóa 856/1.084 thủ tục hành chính, còn 228 thủ tục "
        "chưa được cắt giảm.",
        "2024-10-15",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-10-10", 63),
            ("procedures_simplified", "national", "as_of", "2024-10-10", 856),
        ],
    ),
    # 28. "Tính đến ngày 15/4/2025", "100% hệ thống … kết nối với Hệ thống EMC", "46/53 dịch vụ công thiết yếu"; the 7 remaining not stored
    (
        "Tính đến ngày 15/4/2025, 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối với Hệ "
        "thống EMC. 46/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn "
        "trình; 7 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện.",
        "2025-04-17",
        [
            ("emc_connection_rate", "national", "as_of", "2025-04-15", 100),
            ("essential_services_full_process", "national", "as_of", "2025-04-15", 46),
        ],
    ),
    # 29. interview quote opening on "Hiện nay" (dated by the published date), "vượt mục tiêu 40%" not stored
    (
        '"Hiện nay tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đã đạt khoảng 42%, '
        'vượt mục tiêu 40% của năm 2024", bà Nguyễn Thị Lan, Phó Cục trưởng Cục Kiểm soát thủ tục '
        "hành chính, trả lời phỏng vấn báo Chính phủ.",
        "2024-12-20",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-20", 42),
        ],
    ),
    # 30. "Tính đến 30/9" with no year (the published date gives it), eligible base, "DVCTT có phát sinh hồ sơ"
    (
        "Tính đến 30/9, 89,6% TTHC đủ điều kiện đã được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ "
        "DVCTT có phát sinh hồ sơ đạt 64,2%.",
        "2024-10-12",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-09-30", 89.6),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-09-30", 64.2),
        ],
    ),
    # 31. "triệu thuê bao", the abbreviation BRCĐ, "hiện có" dated by the published date; a survey's smartphone-owner share not stored
    (
        "Việt Nam hiện có khoảng 84 triệu thuê bao băng rộng di động và 23,5 triệu thuê bao BRCĐ; "
        "tỷ lệ người dân sử dụng Internet đạt 79,1%. Theo khảo sát của một hiệp hội thương mại điện "
        "tử, 78% người trưởng thành sở hữu smartphone.",
        "2024-06-10",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-10", 84000000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-10", 23500000),
            ("internet_users_rate", "national", "as_of", "2024-06-10", 79.1),
        ],
    ),
    # 32. one province's GRDP share ("đóng góp 26,7% GRDP của tỉnh Bắc Ninh"), its growth, "đứng đầu cả nước" not a value
    (
        "Năm 2023, kinh tế số đóng góp 26,7% GRDP của tỉnh Bắc Ninh, đứng đầu cả nước; tốc độ tăng "
        "trưởng kinh tế số của tỉnh đạt 14,2%.",
        "2024-05-22",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 26.7),
            ("digital_economy_growth", "Bắc Ninh", "year", "2023-12-31", 14.2),
        ],
    ),
    # 33. NEGATIVE: counts of decrees and conferences, an operator's stations and its year-on-year growth
    (
        "Trong năm 2024, Bộ Thông tin và Truyền thông đã trình Chính phủ ban hành 12 nghị định và tổ "
        "chức 8 hội nghị chuyên đề về chuyển đổi số. VNPT cho biết đã lắp đặt 3.200 trạm 5G trong "
        "năm; số thuê bao cáp quang của doanh nghiệp tăng 14% so với cùng kỳ.",
        "2025-01-05",
        [],
    ),
    # 34. NEGATIVE: the world's and another country's figures, then a national target
    (
        "Theo Liên minh Viễn thông Quốc tế (ITU), tỷ lệ người sử dụng Internet trên toàn cầu năm 2024 "
        "là 68%; Singapore có tốc độ băng rộng cố định 345 Mbps, cao nhất thế giới. Việt Nam đặt mục "
        "tiêu đến năm 2025 tốc độ truy cập băng rộng cố định đạt 200 Mbps.",
        "2024-12-02",
        [],
    ),
    # 35. headline "chạm mốc 60 triệu", the exact figure in the body, "hơn 60 triệu" again in the photo caption (one value only)
    (
        "VNeID chạm mốc 60 triệu tài khoản kích hoạt\n"
        "Tính đến ngày 20/10/2024, số tài khoản định danh điện tử đã kích hoạt trên ứng dụng VNeID "
        "chạm mốc 60,2 triệu.\n"
        "Ảnh: Người dân kích hoạt tài khoản VNeID tại Công an phường; hơn 60 triệu tài khoản đã được "
        "kích hoạt.",
        "2024-10-22",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-10-20", 60200000),
        ],
    ),
    # 36. "9 tháng năm 2024" (ytd), a city's dossiers with the online share after "trong đó … được nộp trực tuyến"
    (
        "9 tháng năm 2024, các cơ quan hành chính trên địa bàn thành phố Đà Nẵng đã tiếp nhận hơn "
        "1,04 triệu hồ sơ TTHC, trong đó 86,2% được nộp trực tuyến.",
        "2024-10-15",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-09-30", 86.2),
        ],
    ),
    # 37. "năm ngoái" with a published date, "giữ ở mức", "Chỉ số hài lòng"
    (
        "Chỉ số hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC năm ngoái giữ ở mức "
        "85,4%, theo báo cáo Văn phòng Chính phủ công bố ngày 20/2.",
        "2025-02-21",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 85.4),
        ],
    ),
    # 38. "Hết quý IV/2024", "vượt ngưỡng 6.000 trạm", "vùng phủ 5G đạt khoảng 26% dân số"
    (
        "Hết quý IV/2024, số trạm BTS 5G trên toàn quốc vượt ngưỡng 6.000 trạm, vùng phủ 5G đạt "
        "khoảng 26% dân số.",
        "2025-01-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26),
        ],
    ),
    # 39. NCSC abbreviation, a year's attacks and the previous year's in parentheses (kept), the % change not stored
    (
        "Cả năm 2024, hệ thống kỹ thuật của NCSC ghi nhận 12.480 cuộc tấn công mạng gây sự cố vào các "
        "hệ thống thông tin tại Việt Nam, giảm 10,2% so với năm 2023 (13.900 cuộc).",
        "2025-01-14",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 12480),
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
        ],
    ),
    # 40. provincial bulleted list with "•" and "label: value;", the quarter given only in the heading, DVC/TTHC abbreviations
    (
        "Kết quả chuyển đổi số tỉnh Thừa Thiên Huế quý III/2024:\n"
        "• Tỷ lệ DVC trực tuyến toàn trình: 58,9%;\n"
        "• Tỷ lệ hồ sơ TTHC xử lý trực tuyến: 71,3%;\n"
        "• Tỷ lệ cấp kết quả điện tử: 99,2%;\n"
        "• Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: 42,6%.",
        "2024-10-20",
        [
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2024-09-30", 58.9),
            ("online_dossier_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 71.3),
            ("e_result_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 99.2),
            ("data_reuse_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 42.6),
        ],
    ),
    # 41. "Kết quả của khối bộ, ngành đạt …", a ratio in parentheses, "tương ứng là … và …", the date in a closing parenthesis
    (
        "Về cung cấp DVCTT toàn trình, kết quả của khối bộ, ngành đạt 72,5% (1.012/1.396 TTHC), khối "
        "địa phương đạt 58,1%. Tỷ lệ hồ sơ trực tuyến toàn trình tương ứng là 48,2% và 36,7%. (Số "
        "liệu tính đến ngày 30/4/2025.)",
        "2025-05-06",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-04-30", 72.5),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-04-30", 58.1),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-04-30", 48.2),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-04-30", 36.7),
        ],
    ),
    # 42. half-year GDP share "tỷ trọng KTS trong GDP"; a vendor report's "tỷ USD" size and GMV growth not stored
    (
        "Theo Cục Thống kê, 6 tháng đầu năm 2025, tỷ trọng KTS trong GDP ước đạt 18,7%. Trong khi đó, "
        "báo cáo e-Conomy SEA của Google, Temasek và Bain ước quy mô nền kinh tế số Việt Nam khoảng "
        "36 tỷ USD, tổng giá trị hàng hóa giao dịch (GMV) tăng 16%.",
        "2025-07-28",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7),
        ],
    ),
    # 43. NEGATIVE: "Hiện nay" with no published date and no date in the text, then a target
    (
        "Hiện nay, tỷ lệ hộ gia đình có Internet cáp quang (FTTH) đạt khoảng 80%, tốc độ truy cập "
        "băng rộng di động trung bình đạt 52 Mbps. Mục tiêu đến năm 2025 là 100% hộ gia đình có khả "
        "năng kết nối cáp quang.",
        None,
        [],
    ),
    # 44. "Riêng tháng 10 vừa qua" with a published date; count of payments and "số tiền hơn 812 tỷ đồng" on the _new twins
    (
        "Riêng tháng 10 vừa qua, Cổng DVCQG ghi nhận 1.186.420 giao dịch thanh toán trực tuyến với số "
        "tiền hơn 812 tỷ đồng, theo Văn phòng Chính phủ.",
        "2024-11-04",
        [
            ("online_payments_count_new", "national", "month", "2024-10-31", 1186420),
            ("online_payments_value_new", "national", "month", "2024-10-31", 812),
        ],
    ),
    # 45. "tăng lên mức … tính đến hết tháng 3/2025", "đứng ở mức" for the portal's accounts
    (
        "Số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia tăng lên mức 42,6 triệu hồ sơ tính đến "
        "hết tháng 3/2025; số tài khoản đăng ký trên Cổng đứng ở mức 15,8 triệu tài khoản.",
        "2025-04-05",
        [
            ("national_portal_dossiers", "national", "as_of", "2025-03-31", 42600000),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 15800000),
        ],
    ),
    # 46. "Tháng 6/2025:" heading-like opener, "cả nước đạt", "chỉ đứng ở mức"
    (
        "Tháng 6/2025: tỷ lệ cấp kết quả giải quyết TTHC điện tử của cả nước đạt 92,7%; tỷ lệ khai "
        "thác, sử dụng lại thông tin, dữ liệu số hóa chỉ đứng ở mức 38,4%, thấp hơn nhiều so với yêu cầu.",
        "2025-07-05",
        [
            ("e_result_rate", "national", "month", "2025-06-30", 92.7),
            ("data_reuse_rate", "national", "month", "2025-06-30", 38.4),
        ],
    ),
    # 47. "Mb/s" unit; the upload speed and a world speed rank not stored
    (
        "Tốc độ tải xuống trung bình của mạng di động tại Việt Nam trong tháng 12/2024 đạt 68,9 Mb/s, "
        "tốc độ tải lên đạt 21,3 Mb/s; Việt Nam xếp thứ 42 thế giới về tốc độ Internet di động.",
        "2025-01-16",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 68.9),
        ],
    ),
    # 48. "Năm ngoái" with a published date for an NDXP flow, "gấp 1,5 lần" not stored, "nâng tổng số … lên" a cumulative level at the year's end
    (
        "Năm ngoái, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã thực hiện hơn 1,1 tỷ giao dịch, "
        "gấp 1,5 lần năm 2023, nâng tổng số giao dịch từ khi vận hành lên 2,6 tỷ giao dịch.",
        "2025-02-10",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1100000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 2600000000),
        ],
    ),
    # 49. named ministries' own rates not stored, the ministries' average ("Bình quân khối bộ, ngành ở mức") kept
    (
        "Trong tháng 2/2025, Bộ Tư pháp dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình "
        "đạt 78,4%, tiếp theo là Bộ Công an với 71,2%. Bình quân khối bộ, ngành, tỷ lệ hồ sơ trực "
        "tuyến toàn trình ở mức 45,3%.",
        "2025-03-05",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-02-28", 45.3),
        ],
    ),
    # 50. NEGATIVE: a forecast ("dự báo … có thể đạt"), a plan for more stations, a resolution's 2030 target
    (
        "Bộ Khoa học và Công nghệ dự báo tỷ trọng kinh tế số trong GDP năm 2025 có thể đạt khoảng 20%, "
        "đồng thời lên kế hoạch lắp đặt thêm 5.000 trạm BTS 5G trong quý IV. Nghị quyết 57-NQ/TW đặt "
        "mục tiêu kinh tế số đạt 30% GDP vào năm 2030.",
        "2025-09-02",
        [],
    ),
]
