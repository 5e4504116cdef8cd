"""Blind genre probes, round eleven: wording variety across all five families (e-services,
5G and broadband, NDXP, cybersecurity, digital economy and society). Each case is a short press
text, provincial-portal item, ministry report excerpt or interview in which the indicators the
genre states most are written the many ways reporters write them: the number before its
indicator ("Có 12,3 triệu tài khoản …", "Hơn 82% hộ gia đình …"), the indicator after the
number ("… đạt 91,2%, là tỷ lệ dân số được phủ sóng 5G"), passive and nominal forms, questions
and officials' quotes, colloquial verbs (cán mốc, vượt ngưỡng, chạm mức, leo lên, tăng lên mức,
đứng ở mức), units spelt differently (Mb/s, Mbit/s, megabit/giây, triệu thuê bao, nghìn tỷ
đồng, tỷ USD), abbreviations (DVCTT, TTHC, DVC, CSDL, BTS, FTTH, KTS, NCSC, VNNIC, BRCĐ),
bullet and semicolon lists, tables written as lines, a headline and a photo caption repeating
a figure, and periods written many ways (hết quý III/2025, 9 tháng năm 2024, tính đến 30/9,
trong quý vừa qua, năm ngoái, tháng 10 vừa qua, "hiện nay" with and without a published date).
About ten cases carry numbers that must not be stored (targets, year-on-year changes, an
operator's, a named ministry's, a vendor's, a survey's or another country's figure, sub-counts
after "trong đó", decrees and meetings, a number cut by the text's end, an undated "hiện nay"
with no published date); their expected lists hold only what a careful analyst would store.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1. number first ("Có 12,3 triệu tài khoản"), day-month date whose year comes from the published date; a change vs end-2023 is not stored
    (
        "Có 12,3 triệu tài khoản đã đăng ký trên Cổng Dịch vụ công quốc gia tính đến ngày 30/9. "
        "Theo Văn phòng Chính phủ, con số này tăng gần 2,6 triệu tài khoản so với cuối năm 2023, "
        "cho thấy người dân ngày càng quen với việc nộp hồ sơ qua mạng.",
        "2024-10-03",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 12300000),
        ],
    ),
    # 2. "Hơn 82% hộ gia đình" number-first FTTH share; a second stock in the year-end review; "100% xã" has no id
    (
        "Hơn 82% hộ gia đình trên cả nước đã sử dụng Internet cáp quang băng rộng (FTTH) tính đến "
        "hết năm 2024, theo báo cáo tổng kết ngành. Cáp quang đã đến 100% xã, phường, thị trấn; "
        "số thuê bao băng rộng cố định đạt 23,5 triệu thuê bao.",
        "2025-01-15",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23500000),
        ],
    ),
    # 3. indicator named after its number ("đạt 91,2%, là tỷ lệ dân số được phủ sóng 5G"), "hết quý III/2025", "hiện" BTS count dated by the page
    (
        "Hết quý III/2025, độ phủ của mạng di động thế hệ mới đã đạt 91,2%, là tỷ lệ dân số được "
        "phủ sóng 5G theo số liệu của Cục Viễn thông. Mạng 5G hiện có mặt tại toàn bộ 34 tỉnh, "
        "thành phố với hơn 27.000 trạm BTS 5G đang phát sóng.",
        "2025-10-08",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 91.2),
            ("fiveg_bts_count", "national", "as_of", "2025-10-08", 27000),
        ],
    ),
    # 4. provincial portal, nominal/passive shares ("số hồ sơ được tiếp nhận trực tuyến chiếm 58%"), quarter; the dossier total has no id
    (
        "Trong quý I/2025, các cơ quan, đơn vị trên địa bàn tỉnh Quảng Ninh đã tiếp nhận 186.420 "
        "hồ sơ thủ tục hành chính. Số hồ sơ được tiếp nhận trực tuyến chiếm 58%; số hồ sơ được trả "
        "kết quả điện tử chiếm 64,7%. Mức độ hài lòng của người dân, doanh nghiệp đạt 98,2%.",
        "2025-04-10",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 58),
            ("e_result_rate", "Quảng Ninh", "quarter", "2025-03-31", 64.7),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2025-03-31", 98.2),
        ],
    ),
    # 5. official's quote, "tháng 10 vừa qua" dated by the published date; attack kinds after "Trong số này" are parts, not stored
    (
        "Ông Lê Minh Đức, đại diện Cục An toàn thông tin, cho biết: “Trong tháng 10 vừa qua, hệ "
        "thống kỹ thuật của Cục đã phát hiện, cảnh báo và hướng dẫn xử lý 1.027 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam”. Trong số này có 512 cuộc tấn công lừa "
        "đảo (Phishing), 389 cuộc tấn công thay đổi giao diện (Deface) và 126 cuộc tấn công cài mã "
        "độc (Malware).",
        "2024-11-06",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 1027),
        ],
    ),
    # 6. "cán mốc" with a bare "60 triệu"; chip cards in a second sentence dated "cùng thời điểm"
    (
        "Số tài khoản định danh điện tử (VNeID) được kích hoạt đã cán mốc 60 triệu vào cuối tháng "
        "6/2025. Bộ Công an cho biết, đến cùng thời điểm, toàn quốc đã cấp hơn 87,5 triệu thẻ căn "
        "cước công dân gắn chip và thẻ căn cước.",
        "2025-07-02",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 60000000),
            ("chip_id_cards_issued", "national", "as_of", "2025-06-30", 87500000),
        ],
    ),
    # 7. "vượt ngưỡng 8 triệu" Mobile Money; the rural part after "trong đó" and the transaction value (nghìn tỷ đồng, no id) are not stored
    (
        "Tính đến 31/3/2024, số khách hàng sử dụng dịch vụ Mobile Money đã vượt ngưỡng 8 triệu, "
        "trong đó khoảng 5,6 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. "
        "Tổng giá trị giao dịch qua Mobile Money từ khi thí điểm đạt hơn 31 nghìn tỷ đồng.",
        "2024-04-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8000000),
        ],
    ),
    # 8. "chạm mức" with Mbit/s and megabit/giây; upload speeds and the world rank are not stored
    (
        "Trong tháng 8/2025, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam chạm "
        "mức 158,4 Mbit/s, còn băng rộng di động đạt 146,6 megabit/giây. Tốc độ tải lên lần lượt "
        "là 151,9 Mbit/s và 41,3 Mbit/s; Việt Nam đứng thứ 13 thế giới về tốc độ di động.",
        "2025-09-15",
        [
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 158.4),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 146.6),
        ],
    ),
    # 9. "leo lên" smartphone share, "tương ứng khoảng 110 triệu thuê bao smartphone"; 2G subscribers have no id
    (
        "Đến cuối năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đã leo lên 89,5%, "
        "tương ứng khoảng 110 triệu thuê bao smartphone. Chỉ còn khoảng 8 triệu thuê bao 2G chưa "
        "chuyển sang thiết bị mới.",
        "2025-01-10",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.5),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 110000000),
        ],
    ),
    # 10. NEGATIVE: one named ministry's own rates ("tăng lên mức") and an operator's FTTH figure
    (
        "Bộ Tài chính cho biết đến hết tháng 6/2024, tỷ lệ DVCTT toàn trình của Bộ đã tăng lên mức "
        "96,5%, tỷ lệ hồ sơ xử lý trực tuyến đạt 99,2%. Cùng thời gian, Tập đoàn VNPT thông báo đã "
        "cung cấp Internet cáp quang (FTTH) cho hơn 10,6 triệu hộ gia đình.",
        "2024-07-05",
        [],
    ),
    # 11. EGDI rank "71/193" with the edition year; "tăng 15 bậc" and other countries' ranks are not stored
    (
        "Trong bảng xếp hạng Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam tăng 15 bậc, "
        "đứng ở vị trí 71/193 quốc gia và lần đầu tiên vào nhóm có chỉ số EGDI rất cao. Thái Lan "
        "xếp thứ 52, còn Singapore đứng thứ 3.",
        "2025-03-12",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # 12. "Năm ngoái" dated by the published date, "đứng ở mức khoảng"; the USD value added has no id; "gấp ba lần" not stored
    (
        "Năm ngoái, tỷ trọng kinh tế số trong GDP của Việt Nam đứng ở mức khoảng 18,3%, tốc độ "
        "tăng trưởng kinh tế số đạt khoảng 20%, gấp ba lần tốc độ tăng GDP. Giá trị tăng thêm của "
        "nền kinh tế số ước khoảng 36 tỷ USD.",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # 13. monthly report table written as lines with "|", units "(Mb/s)" and "(%)" in the row labels, two month columns
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 – Phần hạ tầng số\n"
        "Chỉ tiêu | Tháng 5/2025 | Tháng 4/2025\n"
        "Tốc độ băng rộng di động (Mb/s) | 138,9 | 133,2\n"
        "Tốc độ băng rộng cố định (Mb/s) | 171,3 | 168,0\n"
        "Tỷ lệ dân số được phủ sóng 5G (%) | 46,5 | 44,9",
        "2025-06-05",
        [
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 138.9),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 133.2),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 171.3),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 168.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 46.5),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-30", 44.9),
        ],
    ),
    # 14. "hơn 7,2 tỷ hóa đơn" total since 7/2022; the coded invoices after "trong đó" and cash-register registrations are not stored
    (
        "Từ tháng 7/2022 đến hết ngày 31/10/2024, cơ quan thuế đã tiếp nhận, xử lý hơn 7,2 tỷ hóa "
        "đơn điện tử, trong đó hơn 2,3 tỷ hóa đơn có mã của cơ quan thuế. Riêng với hóa đơn khởi "
        "tạo từ máy tính tiền, đã có 61.700 doanh nghiệp, hộ kinh doanh đăng ký sử dụng.",
        "2024-11-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-10-31", 7200000000),
        ],
    ),
    # 15. "Lũy kế từ đầu năm" (flows on the _new twins) next to since-launch totals; "Cổng DVCQG", "nghìn tỷ đồng"
    (
        "Lũy kế từ đầu năm đến ngày 15/4/2025, Cổng DVCQG ghi nhận 3,6 triệu giao dịch thanh toán "
        "trực tuyến với tổng số tiền hơn 2,4 nghìn tỷ đồng. Tính từ khi khai trương, Cổng đã xử lý "
        "hơn 42,7 triệu giao dịch thanh toán trực tuyến, giá trị trên 14.980 tỷ đồng.",
        "2025-04-18",
        [
            ("online_payments_count_new", "national", "ytd", "2025-04-15", 3600000),
            ("online_payments_value_new", "national", "ytd", "2025-04-15", 2400),
            ("online_payments_count", "national", "as_of", "2025-04-15", 42700000),
            ("online_payments_value", "national", "as_of", "2025-04-15", 14980),
        ],
    ),
    # 16. "khối bộ, ngành … khối địa phương", "lần lượt là" pairs, "hết quý II/2025"
    (
        "Theo Văn phòng Chính phủ, hết quý II/2025, tỷ lệ DVC trực tuyến toàn trình trên tổng số "
        "TTHC của khối bộ, ngành đạt 61,2%, khối địa phương đạt 52,8%. Tỷ lệ hồ sơ trực tuyến toàn "
        "trình của hai khối lần lượt là 48,6% và 41,3%.",
        "2025-07-15",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-06-30", 61.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-06-30", 52.8),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-06-30", 48.6),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-06-30", 41.3),
        ],
    ),
    # 17. NDXP bullet list under a month header; "khoảng 3,18 triệu" daily; CSDL count has no id
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) – số liệu tháng 5/2025:\n"
        "• Giao dịch trong tháng: 98.456.210 giao dịch;\n"
        "• Bình quân mỗi ngày: khoảng 3,18 triệu giao dịch;\n"
        "• Tổng giao dịch từ khi vận hành (năm 2019) đến 31/5/2025: 2.874.512.306 giao dịch;\n"
        "• Điểm kết nối: 128; cơ quan, đơn vị đã kết nối: 104;\n"
        "• Số CSDL quốc gia, CSDL chuyên ngành đã kết nối: 14.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98456210),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 2874512306),
            ("ndxp_connection_points", "national", "as_of", "2025-05-31", 128),
            ("ndxp_connected_agencies", "national", "as_of", "2025-05-31", 104),
        ],
    ),
    # 18. headline and photo caption repeat the province's figure (stored once); "thành phố Hà Nội"
    (
        "Hà Nội: 93,4% hồ sơ thủ tục hành chính được xử lý trực tuyến\n"
        "Tính đến ngày 15/12/2024, tỷ lệ hồ sơ TTHC được xử lý trực tuyến trên địa bàn thành phố Hà "
        "Nội đạt 93,4%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,2%.\n"
        "Ảnh: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công Hà Nội, nơi 93,4% hồ sơ đã "
        "được xử lý trực tuyến.",
        "2024-12-20",
        [
            ("online_dossier_rate", "Hà Nội", "as_of", "2024-12-15", 93.4),
            ("e_result_rate", "Hà Nội", "as_of", "2024-12-15", 88.2),
        ],
    ),
    # 19. "9 tháng năm 2024" opening the sentence: span flows of the portal go on the _new twins
    (
        "9 tháng năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận hơn 7,8 triệu hồ sơ trực tuyến, "
        "thanh toán trực tuyến 9,1 triệu giao dịch với số tiền gần 5.300 tỷ đồng.",
        "2024-10-08",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 7800000),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 9100000),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 5300),
        ],
    ),
    # 20. "Tính đến 30/9" without a year, ratios "61/63" and "53/53"; the 2 provinces "còn lại" are a remainder
    (
        "Tính đến 30/9, đã có 61/63 tỉnh, thành phố ban hành nghị quyết của HĐND về miễn, giảm phí, "
        "lệ phí khi sử dụng DVCTT; 2 địa phương còn lại đang trình HĐND tại kỳ họp cuối năm. Về Đề "
        "án 06, 53/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình.",
        "2024-10-12",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-09-30", 61),
            ("essential_services_full_process", "national", "as_of", "2024-09-30", 53),
        ],
    ),
    # 21. "Trong quý vừa qua" dated by the published date, NCSC; a quarter-on-quarter change is not stored
    (
        "Trong quý vừa qua, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận "
        "và hướng dẫn xử lý 2.784 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt "
        "Nam, giảm 18,6% so với quý IV/2024. Số địa chỉ IP thuộc các mạng botnet bị theo dõi đến "
        "cuối tháng 3 là 612.350 địa chỉ.",
        "2025-04-08",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 2784),
            ("botnet_ips", "national", "as_of", "2025-03-31", 612350),
        ],
    ),
    # 22. NEGATIVE: targets only (mục tiêu đến hết năm 2025, phấn đấu, đến năm 2030)
    (
        "Nghị quyết đặt mục tiêu đến hết năm 2025, 100% TTHC đủ điều kiện được cung cấp dưới dạng "
        "dịch vụ công trực tuyến toàn trình; tỷ lệ người trưởng thành có tài khoản thanh toán đạt "
        "trên 80%; kinh tế số phấn đấu chiếm 20% GDP. Đến năm 2030, Việt Nam phấn đấu nằm trong "
        "nhóm 50 nước dẫn đầu về Chính phủ điện tử.",
        "2025-02-28",
        [],
    ),
    # 23. NEGATIVE: operators' own figures (Viettel's BTS and coverage, VNPT's speed, MobiFone's plan)
    (
        "Viettel cho biết đã lắp đặt hơn 6.000 trạm BTS 5G, phủ sóng tới 90% dân số tại các khu vực "
        "trung tâm tỉnh, thành phố. VNPT cũng công bố tốc độ trung bình trên mạng 5G của mình đạt "
        "520 Mbps; MobiFone dự kiến phát sóng 5G thương mại vào quý I năm sau.",
        "2024-10-16",
        [],
    ),
    # 24. NEGATIVE: the world's and other countries' figures (global medians, Korea's 5G coverage, Thailand's 5G subscribers)
    (
        "Theo Ookla, tốc độ băng rộng di động trung vị toàn cầu tháng 1/2025 là 94,8 Mbps, băng "
        "rộng cố định là 95,7 Mbps. Tại Hàn Quốc, tỷ lệ dân số được phủ sóng 5G đã vượt 95%, còn "
        "Thái Lan có hơn 7 triệu thuê bao 5G.",
        "2025-03-05",
        [],
    ),
    # 25. NEGATIVE: undated "Hiện nay" and no published date: nothing can be dated
    (
        "Hiện nay, toàn quốc còn khoảng 1.900 thôn, bản chưa có sóng di động, chủ yếu ở khu vực "
        "miền núi phía Bắc và Tây Nguyên. Tỷ lệ thôn, bản có sóng di động hiện đạt khoảng 98,6%.",
        None,
        [],
    ),
    # 26. NEGATIVE: the only figure is cut by the text's end ("đạt 56.2" with an incomplete thousands group)
    (
        "Bộ Công an vừa cập nhật số liệu triển khai Đề án 06. Tính đến ngày 20/5/2024, số tài "
        "khoản định danh điện tử đã kích hoạt trên toàn quốc đạt 56.2",
        "2024-05-21",
        [],
    ),
    # 27. NEGATIVE: meetings, decrees, ICT revenue growth and USD exports (no ids)
    (
        "Trong năm 2024, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 4 phiên họp; Chính phủ ban "
        "hành 15 nghị định và 28 nghị quyết liên quan đến chuyển đổi số. Doanh thu công nghiệp công "
        "nghệ số tăng 12% so với cùng kỳ, kim ngạch xuất khẩu phần cứng, điện tử đạt 132 tỷ USD.",
        "2024-12-28",
        [],
    ),
    # 28. month flows of the portal ("có thêm … tài khoản đăng ký mới"), year-on-year and month-on-month changes not stored
    (
        "Trong tháng 2/2024, Cổng Dịch vụ công quốc gia có thêm 412.560 tài khoản đăng ký mới, tăng "
        "12% so với cùng kỳ năm trước. Số hồ sơ trực tuyến nộp qua Cổng trong tháng đạt 1.106.420 hồ "
        "sơ, giảm 9,3% so với tháng 1 do kỳ nghỉ Tết Nguyên đán.",
        "2024-03-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-02-29", 412560),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 1106420),
        ],
    ),
    # 29. interview: a reporter's question, the answer "là khoảng 39,6%"; the year's 40% target is not stored
    (
        "Phóng viên: Bao nhiêu phần trăm người trưởng thành đã dùng dịch vụ công trực tuyến, thưa "
        "ông?\n"
        "Ông Phạm Quang Vinh (Cục Chuyển đổi số quốc gia): Đến hết tháng 7/2024, tỷ lệ dân số "
        "trưởng thành sử dụng dịch vụ công trực tuyến là khoảng 39,6%, còn cách mục tiêu 40% của "
        "năm nay không xa.",
        "2024-08-20",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-07-31", 39.6),
        ],
    ),
    # 30. province: share of villages with coverage and villages left ("còn 63 thôn lõm sóng"); the electrified part after "trong đó" not stored
    (
        "Tính đến ngày 15/4/2025, tỷ lệ thôn, bản trên địa bàn tỉnh Hà Giang có sóng di động đạt "
        "96,8%. Toàn tỉnh còn 63 thôn lõm sóng, trong đó 41 thôn đã có điện lưới quốc gia.",
        "2025-04-22",
        [
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2025-04-15", 96.8),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2025-04-15", 63),
        ],
    ),
    # 31. provincial GRDP share with "KTS", "ước đạt", growth of the province's digital economy; firm count has no id
    (
        "Năm 2023, tỷ trọng KTS trong GRDP của tỉnh Bắc Ninh ước đạt 28,5%, dẫn đầu cả nước; kinh "
        "tế số của tỉnh tăng trưởng 14,2%. Toàn tỉnh có 1.170 doanh nghiệp công nghệ số đang hoạt "
        "động.",
        "2024-06-25",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 28.5),
            ("digital_economy_growth", "Bắc Ninh", "year", "2023-12-31", 14.2),
        ],
    ),
    # 32. number-first share of systems with level approval; the deployment share has no id
    (
        "Đến hết tháng 9/2024, 91,6% hệ thống thông tin của các bộ, ngành, địa phương đã được phê "
        "duyệt hồ sơ đề xuất cấp độ; 78,3% hệ thống đã triển khai đầy đủ phương án bảo đảm an toàn "
        "thông tin theo cấp độ được duyệt.",
        "2024-10-02",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 91.6),
        ],
    ),
    # 33. "Đến nay" with a published date: EMC connection share ("là 94,1%") and "812/1.084 TTHC được cắt giảm"
    (
        "Đến nay, tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC "
        "là 94,1%. Đã có 812/1.084 TTHC được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề "
        "của Chính phủ.",
        "2024-12-10",
        [
            ("emc_connection_rate", "national", "as_of", "2024-12-10", 94.1),
            ("procedures_simplified", "national", "as_of", "2024-12-10", 812),
        ],
    ),
    # 34. "10 tháng năm 2024" (ytd) on a provincial portal; "gắn mã định danh", "khai thác, sử dụng lại"
    (
        "10 tháng năm 2024, trên địa bàn tỉnh Đồng Nai có 97,8% hồ sơ TTHC được gắn mã định danh cá "
        "nhân; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,5%.",
        "2024-11-20",
        [
            ("dossiers_with_personal_id_rate", "Đồng Nai", "ytd", "2024-10-31", 97.8),
            ("data_reuse_rate", "Đồng Nai", "ytd", "2024-10-31", 41.5),
        ],
    ),
    # 35. same services over two bases: "chiếm 44,7% tổng số TTHC" then "tính trên số TTHC đủ điều kiện … lên tới 85,3%"
    (
        "Hết tháng 8/2024, cả nước đã cung cấp 4.312 DVCTT toàn trình, chiếm 44,7% tổng số TTHC; "
        "tính trên số TTHC đủ điều kiện, tỷ lệ này lên tới 85,3%.",
        "2024-09-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-08-31", 44.7),
            ("full_process_provision_rate", "national", "as_of", "2024-08-31", 85.3),
        ],
    ),
    # 36. "tương đương 80,1% tổng số TTHC" (dvctt_rate) and "chỉ 43,5% số DVCTT này có phát sinh hồ sơ"
    (
        "Năm 2023, cả nước cung cấp 5.061 DVCTT, tương đương 80,1% tổng số TTHC; tuy nhiên, chỉ "
        "43,5% số DVCTT này có phát sinh hồ sơ trực tuyến.",
        "2024-01-05",
        [
            ("dvctt_rate", "national", "year", "2023-12-31", 80.1),
            ("dvctt_with_dossiers_rate", "national", "year", "2023-12-31", 43.5),
        ],
    ),
    # 37. "đưa sóng di động tới 1.698/1.789 thôn … đạt 94,9%" (covered share), villages still left dated "hiện"
    (
        "Đến ngày 25/12/2024, chương trình phủ sóng đã đưa sóng di động tới 1.698/1.789 thôn, bản "
        "lõm sóng có điện, đạt 94,9%. Cả nước hiện còn 412 thôn chưa có sóng di động, phần lớn do "
        "chưa có điện lưới quốc gia.",
        "2024-12-30",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-25", 94.9),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-30", 412),
        ],
    ),
    # 38. Internet users' share, mobile broadband subscriptions in "triệu" with per-100 in parentheses; VNNIC's IPv6 share and a survey's daily use not stored
    (
        "Tính đến hết năm 2024, tỷ lệ người sử dụng Internet tại Việt Nam đạt 84,2% dân số; số thuê "
        "bao băng rộng di động đạt 88,5 triệu (tương đương 87,6 thuê bao/100 dân). Theo VNNIC, tỷ lệ "
        "sử dụng IPv6 đạt 60%; một khảo sát quốc tế cho biết 94% người dùng truy cập mạng hằng ngày.",
        "2025-01-20",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 84.2),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 87.6),
        ],
    ),
    # 39. "khoảng 87% người trưởng thành đã có tài khoản"; cashless growth year-on-year not stored
    (
        "Theo Ngân hàng Nhà nước, đến cuối tháng 6/2024 khoảng 87% người trưởng thành đã có tài "
        "khoản thanh toán tại ngân hàng. Giao dịch thanh toán không dùng tiền mặt 6 tháng đầu năm "
        "tăng 58,2% về số lượng và 35,9% về giá trị so với cùng kỳ.",
        "2024-08-12",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87),
        ],
    ),
    # 40. headline "chạm mốc 100 triệu hồ sơ", cumulative level and a separate 4-month flow ("Riêng 4 tháng đầu năm")
    (
        "Cổng Dịch vụ công quốc gia chạm mốc 100 triệu hồ sơ trực tuyến\n"
        "Tính đến ngày 5/5/2025, tổng số hồ sơ trực tuyến được thực hiện qua Cổng Dịch vụ công quốc "
        "gia đã chạm mốc 100 triệu. Riêng 4 tháng đầu năm 2025, Cổng tiếp nhận 14,3 triệu hồ sơ "
        "trực tuyến.",
        "2025-05-08",
        [
            ("national_portal_dossiers", "national", "as_of", "2025-05-05", 100000000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 14300000),
        ],
    ),
    # 41. satisfaction by block over "6 tháng đầu năm 2024"; satisfaction with complaint handling is another measure
    (
        "6 tháng đầu năm 2024, mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải "
        "quyết TTHC của khối bộ, ngành đạt 86,4%, của khối địa phương đạt 91,7%. Riêng việc xử lý "
        "phản ánh, kiến nghị đạt mức hài lòng 78,2%.",
        "2024-07-25",
        [
            ("satisfaction_rate", "ministries", "half", "2024-06-30", 86.4),
            ("satisfaction_rate", "localities", "half", "2024-06-30", 91.7),
        ],
    ),
    # 42. "Toàn tỉnh" with BRCĐ abbreviation, "thuê bao/100 dân", mobile broadband count as a plain number
    (
        "Năm 2023, toàn tỉnh Thừa Thiên Huế có 312.450 thuê bao BRCĐ, đạt 27,1 thuê bao/100 dân; "
        "số thuê bao băng rộng di động là 1.012.300 thuê bao.",
        "2024-02-02",
        [
            ("fixed_broadband_subscriptions", "Thừa Thiên Huế", "as_of", "2023-12-31", 312450),
            (
                "fixed_broadband_subscriptions_per_100",
                "Thừa Thiên Huế",
                "as_of",
                "2023-12-31",
                27.1,
            ),
            ("mobile_broadband_subscriptions", "Thừa Thiên Huế", "as_of", "2023-12-31", 1012300),
        ],
    ),
    # 43. reported speech at a year-end conference: year flow, "tăng lên mức 2,03 triệu" daily average, cumulative "hơn 1,52 tỷ"
    (
        "Phát biểu tại hội nghị tổng kết, bà Nguyễn Thị Hạnh, đại diện Cục Chuyển đổi số quốc gia, "
        "nhấn mạnh: năm 2023, nền tảng NDXP đã xử lý 742,6 triệu giao dịch, bình quân mỗi ngày tăng "
        "lên mức 2,03 triệu giao dịch. Lũy kế từ năm 2019 đến hết năm 2023, tổng số giao dịch qua "
        "NDXP đạt hơn 1,52 tỷ.",
        "2024-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 742600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2030000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 1520000000),
        ],
    ),
    # 44. NEGATIVE: a vendor's malware counts, a ransomware year-on-year rise and an association's survey share
    (
        "Theo báo cáo của Bkav, năm 2024 có 17,2 triệu lượt máy tính tại Việt Nam bị nhiễm mã độc; "
        "số vụ tấn công mã hóa dữ liệu tống tiền (ransomware) tăng 50% so với năm trước. Một khảo "
        "sát của Hiệp hội An ninh mạng quốc gia cho thấy 46,15% cơ quan, tổ chức từng bị tấn công "
        "mạng ít nhất một lần.",
        "2025-01-22",
        [],
    ),
    # 45. e-services paragraph with semicolons, "Quý I năm 2024", a parenthesised base, "tái sử dụng" wording
    (
        "Về dịch vụ công trực tuyến: Quý I năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt "
        "42,3%; tỷ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ) đạt 25,9%; tỷ lệ cấp kết quả "
        "điện tử 54,2%; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa 20,8%.",
        "2024-04-26",
        [
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 42.3),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 25.9),
            ("e_result_rate", "national", "quarter", "2024-03-31", 54.2),
            ("data_reuse_rate", "national", "quarter", "2024-03-31", 20.8),
        ],
    ),
    # 46. NEGATIVE: shares of people from a survey (smartphone owners, daily Internet use), not of subscriptions
    (
        "Kết quả khảo sát công bố ngày 10/6/2024 cho thấy 78,4% người từ 15 tuổi trở lên có điện "
        "thoại thông minh, trong khi tỷ lệ người dùng Internet truy cập mạng hằng ngày lên tới 94%.",
        "2024-06-14",
        [],
    ),
    # 47. quarter text with "Hiện nay" published 50 days later (dated at the quarter's end); "trong đó 71,6% được nộp trực tuyến"; another indicator after "trong đó"
    (
        "Trong quý I/2025, Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng tiếp nhận 92.114 hồ sơ, "
        "trong đó 71,6% được nộp trực tuyến. Hiện nay, toàn tỉnh có 1.043 DVCTT, trong đó 612 dịch "
        "vụ toàn trình, chiếm 44,2% tổng số TTHC.",
        "2025-05-20",
        [
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-03-31", 71.6),
            ("dvctt_full_process_rate", "Lâm Đồng", "as_of", "2025-03-31", 44.2),
        ],
    ),
    # 48. question headline, "tổng cộng khoảng 7.600 trạm BTS 5G", "phủ khoảng 26,4% dân số"; Viettel's share not stored
    (
        "Việt Nam đã có bao nhiêu trạm 5G? Tính đến hết quý IV/2024, các doanh nghiệp viễn thông đã "
        "lắp đặt tổng cộng khoảng 7.600 trạm BTS 5G, giúp sóng 5G phủ khoảng 26,4% dân số. Riêng "
        "Viettel chiếm hơn 6.500 trạm.",
        "2025-01-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7600),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.4),
        ],
    ),
    # 49. "trong đó kích hoạt 42,1 triệu tài khoản" (another indicator after trong đó); applications received and the activation ratio have no id
    (
        "Tính đến ngày 20/2/2024, Bộ Công an đã cấp 84,8 triệu thẻ căn cước công dân gắn chip; thu "
        "nhận 59,9 triệu hồ sơ cấp tài khoản định danh điện tử, trong đó kích hoạt 42,1 triệu tài "
        "khoản, đạt tỷ lệ 70,3%.",
        "2024-02-26",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-02-20", 84800000),
            ("vneid_activated_accounts", "national", "as_of", "2024-02-20", 42100000),
        ],
    ),
    # 50. actual level next to targets in the same sentences ("mới đạt 39,7%, trong khi mục tiêu … là 80%"; "chỉ tiêu đến năm 2025 đạt 100%")
    (
        "Tháng 2/2024, tỷ lệ DVCTT toàn trình của cả nước mới đạt 39,7%, trong khi mục tiêu đến hết "
        "năm 2024 là 80%. Với tỷ lệ hồ sơ TTHC gắn định danh cá nhân, con số thực tế là 82,4%, còn "
        "chỉ tiêu đến năm 2025 đạt 100%.",
        "2024-03-15",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-02-29", 39.7),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-02-29", 82.4),
        ],
    ),
]
