"""Ninth round of blind genre probes for the Vietnamese digital-transformation KPI extractor: 50 short press texts, ministry monthly reports, government notices, provincial portal items and interviews, spread over all five families (e-services, 5G and broadband, NDXP, cybersecurity, digital economy and society). They test how many ways reporters write the same indicators: the number before its indicator ("Có 14,6 triệu tài khoản …", "Hơn 82,5% hộ gia đình …"), the indicator after its number ("91,2% – đó là tỷ lệ dân số được phủ sóng 5G"), passive and nominal forms, questions and quotes from officials, everyday verbs (cán mốc, vượt ngưỡng, chạm mức, leo lên, giữ ở mức, đứng ở mức), unit words written differently (Mb/s, Mbit/s, megabit/giây, triệu thuê bao, nghìn tỷ đồng, tỷ USD), abbreviations (DVCTT, TTHC, DVC, CSDL, BTS, FTTH, KTS, NCSC, VNNIC, BRCĐ, BRDĐ), bulleted and semicolon lists, tables written as lines, a headline and photo caption that repeat a figure, and periods written many ways (hết quý III/2024, 9 tháng năm 2024, tính đến 30/9, trong quý vừa qua, năm ngoái, tháng 10 vừa qua, with a published date). About a dozen cases hold numbers that must not be stored: targets, year-on-year changes, operators' and vendors' figures, other countries' figures, sub-counts after "trong đó", counts of decrees and meetings, a number cut off by the end of the text, and an undated "hiện nay" with no published date. Each case is (text, published ISO date or None, expected [(indicator_id, breakdown, period_kind, period_end_iso, value)]), with values in the catalog unit. Written for the project from the genre's usual phrasings (not copied from any page)."""

CASES = [
    # 01 ministry monthly report: number first ("Có 14,6 triệu tài khoản"), cumulative stock plus the month's flow on the _new twin; visits have no id
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025. Có 14,6 triệu tài khoản đã được đăng ký trên "
        "Cổng Dịch vụ công quốc gia tính đến ngày 31/5/2025. Riêng trong tháng 5, Cổng DVCQG có thêm "
        "412.300 tài khoản mới; lượt truy cập trung bình khoảng 1,1 triệu lượt/ngày.",
        "2025-06-06",
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 14600000),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 412300),
        ],
    ),
    # 02 "Hơn 82,5% hộ gia đình" number first with FTTH abbreviation, "hết quý III/2024", "lên tới … triệu thuê bao", year-on-year % dropped
    (
        "Hơn 82,5% hộ gia đình trên cả nước đã sử dụng Internet cáp quang (FTTH) tính đến hết quý III/2024, "
        "theo số liệu của Cục Viễn thông. Cùng thời điểm, tổng số thuê bao băng rộng cố định lên tới "
        "23,1 triệu thuê bao, tăng 9,6% so với cùng kỳ năm 2023.",
        "2024-10-16",
        [
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.5),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23100000),
        ],
    ),
    # 03 indicator after its number ("91,2% – đó là tỷ lệ dân số được phủ sóng 5G"), BTS count in the next sentence, year-end target dropped
    (
        "91,2% – đó là tỷ lệ dân số được phủ sóng 5G tính đến ngày 30/6/2025, theo Bộ Khoa học và Công nghệ. "
        "Để đạt con số này, các doanh nghiệp viễn thông đã đưa vào khai thác tổng cộng 8.512 trạm BTS 5G "
        "trên cả nước tính đến cùng thời điểm. Đại diện Cục Viễn thông cho biết mục tiêu cuối năm là phủ sóng 5G "
        "tới 99% dân số.",
        "2025-07-09",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 91.2),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 8512),
        ],
    ),
    # 04 passive/nominal forms ("số hồ sơ được tiếp nhận trực tuyến chiếm 58,4%"), a city named once, quarter period; the dossier total has no id
    (
        "Trong quý II/2025, các cơ quan hành chính trên địa bàn thành phố Đà Nẵng đã tiếp nhận 186.420 hồ sơ TTHC. "
        "Số hồ sơ được tiếp nhận trực tuyến chiếm 58,4%, còn hồ sơ trực tuyến toàn trình chiếm 41,7% tổng số hồ sơ. "
        "Sở Khoa học và Công nghệ thành phố đánh giá đây là mức cao nhất từ trước đến nay.",
        "2025-07-04",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2025-06-30", 58.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2025-06-30", 41.7),
        ],
    ),
    # 05 interview: a question, then an official's quote with "hiện ở mức" dated by the published date; the 50% target is not stored
    (
        "Vậy đến nay đã có bao nhiêu người dân thực sự dùng dịch vụ công trực tuyến? Trả lời phóng viên, "
        "ông Trần Quốc Hưng, Phó Cục trưởng Cục Chuyển đổi số quốc gia, cho biết: “Tỷ lệ người trưởng thành "
        "sử dụng DVCTT hiện ở mức 47,3%. Chúng tôi tin rằng mục tiêu 50% trong năm 2025 là trong tầm tay.”",
        "2025-03-18",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-03-18", 47.3),
        ],
    ),
    # 06 headline plus body repeating "cán mốc 3 tỷ", a cumulative NDXP stock, and a daily average for the previous month ("bình quân mỗi ngày")
    (
        "NDXP cán mốc 3 tỷ giao dịch\n"
        "Tính đến ngày 15/4/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã cán mốc 3 tỷ giao dịch "
        "kể từ khi khai trương năm 2019. Trong tháng 3/2025, bình quân mỗi ngày nền tảng xử lý khoảng "
        "4,1 triệu giao dịch.",
        "2025-04-16",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-15", 3000000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 4100000),
        ],
    ),
    # 07 "vượt ngưỡng 60 triệu, cụ thể là 60,2 triệu": the precise figure is the value; "cuối tháng 2/2025"; app visits have no id
    (
        "Tính đến cuối tháng 2/2025, số tài khoản định danh điện tử (VNeID) được kích hoạt đã vượt ngưỡng "
        "60 triệu, cụ thể là 60,2 triệu tài khoản. Trung bình mỗi ngày có khoảng 2 triệu lượt truy cập ứng dụng.",
        "2025-03-04",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-02-28", 60200000),
        ],
    ),
    # 08 "chạm mức … Mbit/s" and "megabit/giây" for download speeds in a month; the upload speed is not stored
    (
        "Tốc độ truy cập Internet băng rộng di động trung bình tại Việt Nam trong tháng 9/2024 chạm mức "
        "71,6 Mbit/s, cao nhất từ trước đến nay. Băng rộng cố định đạt 155,2 megabit/giây, tốc độ tải lên "
        "tương ứng là 69,4 Mbit/s (số liệu do Cục Viễn thông tổng hợp).",
        "2024-10-21",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 71.6),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 155.2),
        ],
    ),
    # 09 "leo lên vị trí 71/193" EGDI rank of the 2024 edition; the past edition in parentheses is kept, "tăng 15 bậc" is not
    (
        "Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, chỉ số EGDI của Việt Nam leo lên "
        "vị trí 71/193, tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193). Đây là lần đầu tiên Việt Nam thuộc "
        "nhóm có chỉ số phát triển Chính phủ điện tử rất cao.",
        "2025-01-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 10 "năm ngoái" resolved by the published date; GDP share and growth; "gấp ba lần" and the size in tỷ USD (no id) are not stored
    (
        "Năm ngoái, kinh tế số đóng góp 18,3% GDP và tăng trưởng 20,2%, gấp khoảng ba lần tốc độ tăng GDP. "
        "Quy mô KTS ước khoảng 36 tỷ USD, đứng thứ hai khu vực Đông Nam Á.",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.2),
        ],
    ),
    # 11 "giữ ở mức" satisfaction and a number-first sentence ("92,1% hồ sơ TTHC đã được gắn mã số định danh") for a half year
    (
        "Báo Chính phủ – Sáu tháng đầu năm 2025, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết "
        "TTHC giữ ở mức 88,6%. 92,1% hồ sơ TTHC đã được gắn mã số định danh cá nhân, mã số doanh nghiệp, "
        "theo báo cáo của Văn phòng Chính phủ.",
        "2025-07-08",
        [
            ("satisfaction_rate", "national", "half", "2025-06-30", 88.6),
            ("dossiers_with_personal_id_rate", "national", "half", "2025-06-30", 92.1),
        ],
    ),
    # 12 "tháng 10 vừa qua" with a published date, NCSC abbreviation, month-on-month change dropped, "đứng ở mức" botnet stock at month end
    (
        "Trong tháng 10 vừa qua, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.027 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,4% so với tháng 9. Số địa chỉ IP "
        "thuộc các mạng máy tính ma (botnet) đứng ở mức 612.340 địa chỉ vào cuối tháng.",
        "2024-11-06",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 1027),
            ("botnet_ips", "national", "as_of", "2024-10-31", 612340),
        ],
    ),
    # 13 "triệu thuê bao" count and the smartphone share of mobile subscriptions ("chiếm 89,6% tổng số thuê bao di động")
    (
        "Đến hết ngày 31/12/2024, tổng số thuê bao băng rộng di động đạt 86,4 triệu thuê bao. Thuê bao sử dụng "
        "điện thoại thông minh chiếm 89,6% tổng số thuê bao di động, theo số liệu của Cục Viễn thông.",
        "2025-01-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 86400000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.6),
        ],
    ),
    # 14 "nghìn tỷ đồng" and "tỷ đồng"; cumulative since launch (date in parentheses) vs "9 tháng năm 2024" on the _new twins
    (
        "VietnamPlus – Lũy kế từ khi khai trương, Cổng Dịch vụ công quốc gia đã xử lý 52,8 triệu giao dịch thanh toán "
        "trực tuyến với tổng số tiền 21,6 nghìn tỷ đồng (số liệu tính đến 30/9/2024). Riêng 9 tháng năm 2024 có "
        "14,2 triệu giao dịch, trị giá 7.830 tỷ đồng.",
        "2024-10-10",
        [
            ("online_payments_count", "national", "as_of", "2024-09-30", 52800000),
            ("online_payments_value", "national", "as_of", "2024-09-30", 21600),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 14200000),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 7830),
        ],
    ),
    # 15 negative: a plan's targets only (mục tiêu, phấn đấu đến năm 2025 … đạt), listed with semicolons
    (
        "Kế hoạch chuyển đổi số năm 2025 đặt mục tiêu: 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình; "
        "tối thiểu 50% người trưởng thành sử dụng DVCTT; phủ sóng 5G đạt 80% dân số; tỷ trọng KTS đạt 20% GDP. "
        "Các bộ, ngành, địa phương phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%.",
        "2025-01-20",
        [],
    ),
    # 16 mixed: operators' own 5G figures (Viettel, VNPT, MobiFone) are not stored; the national "hiện có" count is, as of the published date
    (
        "Viettel cho biết đã phát sóng hơn 6.000 trạm BTS 5G, phủ sóng tới 90% dân số; VNPT có khoảng 2.100 trạm "
        "và MobiFone hơn 1.000 trạm. Theo Cục Viễn thông, cả nước hiện có 9.480 trạm 5G đang hoạt động.",
        "2025-03-25",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-25", 9480),
        ],
    ),
    # 17 negative: the world's and other countries' figures (global speed, Singapore, Thailand's 5G, Korea's EGDI rank)
    (
        "Theo số liệu tháng 8/2024, tốc độ băng rộng cố định trung bình toàn cầu là 92,4 Mbps, trong khi Singapore "
        "dẫn đầu với 305,7 Mbps. Tại Thái Lan, 5G đã phủ sóng 88% dân số; Hàn Quốc đứng thứ 4/193 trong bảng "
        "xếp hạng EGDI.",
        "2024-09-20",
        [],
    ),
    # 18 mixed: Mobile Money total kept; year-on-year % and the rural sub-count after "trong đó" dropped; transaction value has no id
    (
        "Tính đến ngày 31/3/2025, có 11,2 triệu khách hàng sử dụng dịch vụ Mobile Money, tăng 25% so với cùng kỳ "
        "năm trước; trong đó hơn 7,5 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa. Giá trị giao dịch "
        "qua Mobile Money trong quý I đạt 2.350 tỷ đồng.",
        "2025-04-14",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 11200000),
        ],
    ),
    # 19 mixed: chip ID cards "hết tháng 9/2024" kept; the e-invoice figure is cut off by the end of the text ("đạt 7,") and not stored
    (
        "Hết tháng 9/2024, cả nước đã cấp 82,7 triệu thẻ căn cước công dân gắn chip. Số hóa đơn điện tử cơ quan "
        "thuế đã tiếp nhận, xử lý kể từ khi triển khai đạt 7,",
        "2024-10-03",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-09-30", 82700000),
        ],
    ),
    # 20 negative: undated "hiện nay" with no published date and no date in the text
    (
        "Hiện nay, cả nước có khoảng 10,2 triệu khách hàng dùng Mobile Money và hơn 56 triệu tài khoản VNeID đã "
        "được kích hoạt. Tỷ lệ hộ gia đình có cáp quang đạt trên 80%.",
        None,
        [],
    ),
    # 21 negative: counts of decrees, resolutions, meetings and tasks
    (
        "Năm 2024, Chính phủ đã ban hành 12 nghị định và 5 nghị quyết liên quan đến chuyển đổi số; Ủy ban Quốc gia "
        "về chuyển đổi số tổ chức 4 phiên họp và giao 286 nhiệm vụ cho các bộ, ngành, địa phương. Đến nay, "
        "246 nhiệm vụ đã hoàn thành.",
        "2025-01-12",
        [],
    ),
    # 22 bulleted list under one dated heading: NDXP connection points, agencies, half-year flow and cumulative "hơn 4,1 tỷ"; the CSDL count has no id
    (
        "Kết quả vận hành NDXP đến hết tháng 6/2025:\n"
        "- 1.356 điểm kết nối giữa các hệ thống thông tin, CSDL;\n"
        "- 105 cơ quan, đơn vị (bộ, ngành, địa phương) đã kết nối;\n"
        "- 23 CSDL quốc gia, chuyên ngành được chia sẻ qua nền tảng;\n"
        "- 612 triệu giao dịch trong 6 tháng đầu năm;\n"
        "- lũy kế từ năm 2019: hơn 4,1 tỷ giao dịch.",
        "2025-07-03",
        [
            ("ndxp_connection_points", "national", "as_of", "2025-06-30", 1356),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-30", 105),
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 612000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 4100000000),
        ],
    ),
    # 23 a table written as lines with "|", columns khối bộ, ngành / khối địa phương, the quarter in the caption
    (
        "Bảng 1. Kết quả cung cấp, sử dụng DVCTT quý I/2025\n"
        "Chỉ tiêu | Khối bộ, ngành | Khối địa phương\n"
        "Tỷ lệ DVCTT toàn trình | 61,2% | 49,8%\n"
        "Tỷ lệ hồ sơ trực tuyến | 58,4% | 47,1%\n"
        "Tỷ lệ cấp kết quả điện tử | 76,3% | 69,0%\n"
        "Nguồn: Hệ thống EMC, Bộ Khoa học và Công nghệ.",
        "2025-04-10",
        [
            ("dvctt_full_process_rate", "ministries", "quarter", "2025-03-31", 61.2),
            ("dvctt_full_process_rate", "localities", "quarter", "2025-03-31", 49.8),
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 58.4),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 47.1),
            ("e_result_rate", "ministries", "quarter", "2025-03-31", 76.3),
            ("e_result_rate", "localities", "quarter", "2025-03-31", 69.0),
        ],
    ),
    # 24 provincial portal ("toàn tỉnh", province in the byline), "9 tháng năm 2024", "đạt tỷ lệ" after a count; the digitisation rate has no id
    (
        "Cổng TTĐT tỉnh Quảng Ninh – 9 tháng năm 2024, toàn tỉnh tiếp nhận 1.025.310 hồ sơ TTHC, trong đó 912.400 "
        "hồ sơ trực tuyến, đạt tỷ lệ 89,0%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95,3%; tỷ lệ khai thác, "
        "sử dụng lại thông tin, dữ liệu số hóa đạt 62,5%.",
        "2024-10-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 89.0),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2024-09-30", 62.5),
        ],
    ),
    # 25 the same figure in the headline, the photo caption ("Ảnh: …") and the body: one value; eligible-procedure base; city's 9-month dossier rate
    (
        "Hà Nội: 100% TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình\n"
        "Ảnh: Người dân làm thủ tục tại bộ phận một cửa quận Cầu Giấy. Tính đến 30/9/2024, 100% TTHC đủ điều kiện "
        "của thành phố đã được cung cấp toàn trình.\n"
        "Theo Sở Thông tin và Truyền thông Hà Nội, tính đến ngày 30/9/2024, thành phố đã cung cấp 1.450 DVCTT "
        "toàn trình, đạt 100% số TTHC đủ điều kiện. Tỷ lệ hồ sơ xử lý trực tuyến 9 tháng năm 2024 đạt 71,2%.",
        "2024-10-12",
        [
            ("full_process_provision_rate", "Hà Nội", "as_of", "2024-09-30", 100),
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-09-30", 71.2),
        ],
    ),
    # 26 interview Q&A layout ("PV: …?"), number first ("96,8% hệ thống thông tin … đã được phê duyệt"); the change in points is dropped
    (
        "PV: Thưa ông, việc phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin đến nay ra sao?\n"
        "Ông Lê Minh Tuấn (Cục An toàn thông tin): Tính đến ngày 15/11/2024, 96,8% hệ thống thông tin của các bộ, "
        "ngành, địa phương đã được phê duyệt hồ sơ cấp độ, tăng gần 40 điểm phần trăm so với đầu năm. Số còn lại "
        "chủ yếu là hệ thống mới đưa vào vận hành.",
        "2024-11-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-15", 96.8),
        ],
    ),
    # 27 monthly report title dates an undated level (EMC connection "là 92,1%"), "trong tháng" e-result rate, cumulative portal dossiers "lũy kế đến"
    (
        "Báo cáo tình hình chuyển đổi số tháng 8/2024. Tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh "
        "đã kết nối đầy đủ với Hệ thống EMC là 92,1%. Trong tháng, tỷ lệ hồ sơ được cấp kết quả điện tử trên toàn "
        "quốc đạt 71,5%. Lũy kế đến ngày 31/8/2024, Cổng DVCQG đã tiếp nhận 48,7 triệu hồ sơ trực tuyến.",
        "2024-09-05",
        [
            ("emc_connection_rate", "national", "as_of", "2024-08-31", 92.1),
            ("e_result_rate", "national", "month", "2024-08-31", 71.5),
            ("national_portal_dossiers", "national", "as_of", "2024-08-31", 48700000),
        ],
    ),
    # 28 "48/53 dịch vụ công thiết yếu" with "đến nay" dated by the published date; the 5 remaining services are not stored
    (
        "Đến nay, đã có 48/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình; 5 dịch vụ "
        "còn lại dự kiến hoàn thành trong quý IV/2024.",
        "2024-10-25",
        [
            ("essential_services_full_process", "national", "as_of", "2024-10-25", 48),
        ],
    ),
    # 29 "63/63 tỉnh, thành phố" fee reduction and "789/1.084 TTHC" simplified, "cũng đến thời điểm này" carrying the date; the 295 remainder dropped
    (
        "Tính đến hết tháng 7/2024, 63/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi người dân "
        "sử dụng DVCTT. Cũng đến thời điểm này, đã cắt giảm, đơn giản hóa 789/1.084 TTHC theo các nghị quyết chuyên "
        "đề của Chính phủ, còn 295 thủ tục chưa được thực thi.",
        "2024-08-06",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-07-31", 63),
            ("procedures_simplified", "national", "as_of", "2024-07-31", 789),
        ],
    ),
    # 30 "còn 320 thôn, bản" level kept, the unelectrified sub-count after "trong đó" dropped, number-first covered share
    (
        "Tính đến 31/10/2024, cả nước còn 320 thôn, bản chưa có sóng di động, trong đó 112 thôn chưa có điện lưới "
        "quốc gia. 95,1% số thôn lõm sóng có điện lưới đã được phủ sóng di động, theo Cục Viễn thông.",
        "2024-11-12",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 320),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 95.1),
        ],
    ),
    # 31 mixed: a vendor report's Internet users (not stored) beside the ministry's "ước đạt" estimate for 2024 (stored)
    (
        "Theo báo cáo Digital 2025 của We Are Social và Meltwater, Việt Nam có 79,8 triệu người dùng Internet, tương "
        "đương 78,8% dân số. Số liệu của Bộ Khoa học và Công nghệ cao hơn: năm 2024, tỷ lệ dân số sử dụng Internet "
        "ước đạt 84,2%.",
        "2025-02-20",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 84.2),
        ],
    ),
    # 32 negative: VNNIC figures with no indicator id (IPv6 share, .vn domains, VNIX members)
    (
        "Theo Trung tâm Internet Việt Nam (VNNIC), tính đến tháng 6/2024, tỷ lệ sử dụng IPv6 tại Việt Nam đạt 60%, "
        "xếp thứ 8 thế giới; số tên miền quốc gia .vn duy trì đạt 651.000 tên miền. Trạm trung chuyển Internet "
        "quốc gia VNIX hiện có 56 thành viên kết nối.",
        "2024-07-15",
        [],
    ),
    # 33 "chiếm 69,2% tổng số TTHC" services share, another indicator after "trong đó" (toàn trình 47,8%) kept, services with dossiers
    (
        "Tính đến ngày 15/4/2025, cả nước cung cấp 4.512 DVCTT, chiếm 69,2% tổng số TTHC; trong đó 3.120 DVCTT toàn "
        "trình, chiếm 47,8% tổng số TTHC. Tỷ lệ DVCTT có phát sinh hồ sơ đạt 58,6%.",
        "2025-04-18",
        [
            ("dvctt_rate", "national", "as_of", "2025-04-15", 69.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 47.8),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-04-15", 58.6),
        ],
    ),
    # 34 a lead naming the indicator and month, then bare lines "Khối bộ, ngành: 38,5%;" per breakdown and the national average
    (
        "Báo cáo của Cục Chuyển đổi số quốc gia cho thấy tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 3/2024 như sau:\n"
        "Khối bộ, ngành: 38,5%;\n"
        "Khối địa phương: 31,2%;\n"
        "Bình quân cả nước: 33,4%.",
        "2024-04-09",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-03-31", 38.5),
            ("online_dossier_full_process_rate", "localities", "month", "2024-03-31", 31.2),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 33.4),
        ],
    ),
    # 35 "còn … mới ở mức" contrastive phrasing for a half year; the decree's 50% requirement and its number are not stored
    (
        "Trong 6 tháng đầu năm 2024, tỷ lệ cấp kết quả giải quyết TTHC điện tử trên toàn quốc đạt 64,1%, còn tỷ lệ "
        "khai thác, tái sử dụng dữ liệu đã số hóa mới ở mức 38,7%, thấp xa so với yêu cầu 50% của Nghị định 107.",
        "2024-07-12",
        [
            ("e_result_rate", "national", "half", "2024-06-30", 64.1),
            ("data_reuse_rate", "national", "half", "2024-06-30", 38.7),
        ],
    ),
    # 36 "tỷ hóa đơn" count since 2022 kept; coded-invoice sub-count after "trong đó" and "trong quý vừa qua" flow (no id) not stored
    (
        "Tổng cục Thuế cho biết, lũy kế từ tháng 7/2022 đến ngày 31/3/2025, hệ thống đã tiếp nhận, xử lý 9,8 tỷ hóa "
        "đơn điện tử, trong đó 3,1 tỷ hóa đơn có mã của cơ quan thuế. Riêng trong quý vừa qua, có thêm 1,15 tỷ hóa "
        "đơn được tiếp nhận.",
        "2025-04-07",
        [
            ("e_invoices_total", "national", "as_of", "2025-03-31", 9800000000),
        ],
    ),
    # 37 cashless: number-first adults with a payment account "đến cuối năm 2024"; year-on-year cashless growth figures dropped
    (
        "Đến cuối năm 2024, 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng, theo Ngân hàng Nhà nước. "
        "Giao dịch không dùng tiền mặt năm 2024 tăng 56% về số lượng và 35% về giá trị so với năm 2023; thanh toán "
        "qua QR tăng hơn 1.000%.",
        "2025-01-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
        ],
    ),
    # 38 an official's quoted speech, "Đến nay" dated by the conference day named in the text; "hơn 87 triệu thẻ" and VNeID accounts
    (
        "Phát biểu tại hội nghị tổng kết ngày 28/12/2024, lãnh đạo Bộ Công an cho biết: “Đến nay, toàn lực lượng đã "
        "cấp hơn 87 triệu thẻ căn cước gắn chip và kích hoạt 59,5 triệu tài khoản định danh điện tử VNeID cho "
        "công dân.”",
        "2024-12-30",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-28", 87000000),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-28", 59500000),
        ],
    ),
    # 39 "trong quý vừa qua" with a published date; one named ministry's figure dropped, the ministries' and localities' averages kept
    (
        "Trong quý vừa qua, Bộ Tài chính dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình 92,3%. Bình quân "
        "khối bộ, ngành đạt 45,3%, thấp hơn mức 52,8% của khối địa phương.",
        "2024-10-07",
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-09-30", 45.3),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-09-30", 52.8),
        ],
    ),
    # 40 a province's GRDP share kept under the province, the national figure given for comparison kept too, the 2025 target dropped
    (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Giang đạt 22,5%, cao hơn bình quân cả nước năm 2023 "
        "là 18,3%. Tỉnh đặt mục tiêu đến năm 2025 KTS chiếm 25% GRDP.",
        "2024-05-10",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 22.5),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 18.3),
        ],
    ),
    # 41 a quarter text published 50 days later: "Hiện nay" is the quarter's end; the portal's quarter flows go on the _new twins
    (
        "Trong quý I/2024, Cổng Dịch vụ công quốc gia tiếp nhận 3,9 triệu hồ sơ trực tuyến và có thêm 1,02 triệu tài "
        "khoản đăng ký mới. Hiện nay, 56/63 tỉnh, thành phố đã có nghị quyết của HĐND về miễn, giảm phí, lệ phí khi "
        "sử dụng DVCTT.",
        "2024-05-20",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 3900000),
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 1020000),
            ("localities_fee_reduction", "national", "as_of", "2024-03-31", 56),
        ],
    ),
    # 42 "gần 1,2 nghìn trạm BTS 5G" in a province ("trên địa bàn tỉnh"), 5G coverage of the province's population
    (
        "Tính đến hết tháng 6/2025, các doanh nghiệp viễn thông đã lắp đặt gần 1,2 nghìn trạm BTS 5G trên địa bàn "
        "tỉnh Bình Dương, phủ sóng 85% dân số toàn tỉnh, Sở Khoa học và Công nghệ tỉnh cho biết.",
        "2025-07-05",
        [
            ("fiveg_bts_count", "Bình Dương", "as_of", "2025-06-30", 1200),
            ("fiveg_population_coverage_rate", "Bình Dương", "as_of", "2025-06-30", 85),
        ],
    ),
    # 43 negative: a vendor report's digital-economy GMV in tỷ USD, its growth and forecast (no id, not official)
    (
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa giao dịch (GMV) "
        "của kinh tế số Việt Nam đạt 36 tỷ USD, tăng 16% so với năm 2023; thương mại điện tử chiếm 22 tỷ USD. Báo cáo "
        "dự báo đến năm 2030, con số này có thể lên tới 90–200 tỷ USD.",
        "2024-11-12",
        [],
    ),
    # 44 negative: NDXP changes only (month-on-month %, "gấp 1,5 lần", points and CSDL added)
    (
        "Số giao dịch qua NDXP trong tháng 3/2025 tăng 18% so với tháng trước và gấp 1,5 lần cùng kỳ năm 2024. Số điểm "
        "kết nối tăng thêm 12 điểm, số CSDL được chia sẻ tăng thêm 3.",
        "2025-04-09",
        [],
    ),
    # 45 NDXP month flow, "giao dịch/ngày" average, and "lũy kế từ đầu năm" (ytd flow, not the since-2019 stock)
    (
        "Trong tháng 10/2024, NDXP ghi nhận 98,6 triệu giao dịch, bình quân 3,18 triệu giao dịch/ngày; lũy kế từ đầu "
        "năm đạt 912 triệu giao dịch.",
        "2024-11-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 3180000),
            ("ndxp_transactions_period", "national", "ytd", "2024-10-31", 912000000),
        ],
    ),
    # 46 "9 tháng năm 2024" cyberattacks with NCSC; year-on-year % and the per-type sub-counts after "Trong đó" dropped
    (
        "9 tháng năm 2024, NCSC đã ghi nhận, cảnh báo và hướng dẫn xử lý 9.412 cuộc tấn công mạng gây sự cố vào các hệ "
        "thống thông tin tại Việt Nam, tăng 12% so với cùng kỳ năm 2023. Trong đó có 3.218 cuộc tấn công lừa đảo "
        "(phishing), 2.906 cuộc tấn công thay đổi giao diện (deface) và 3.288 cuộc tấn công cài mã độc.",
        "2024-10-15",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 9412),
        ],
    ),
    # 47 abbreviations BRCĐ/BRDĐ with "/100 dân" (per_100 unit), number-first village coverage share, "Mb/s" speed in a month
    (
        "Hết năm 2024, số thuê bao BRCĐ/100 dân đạt 24,1 và số thuê bao BRDĐ/100 dân đạt 87,5. 99,3% số thôn, bản trên "
        "cả nước đã có sóng di động băng rộng. Tốc độ băng rộng cố định trong tháng 12/2024 đạt 162,4 Mb/s.",
        "2025-01-10",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 87.5),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.3),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 162.4),
        ],
    ),
    # 48 "Lũy kế từ đầu năm đến ngày 20/11/2024" in a province; online payment share (no id) and the year-end requirement dropped
    (
        "Lũy kế từ đầu năm đến ngày 20/11/2024, trên địa bàn tỉnh Thái Nguyên, tỷ lệ hồ sơ TTHC được xử lý trực tuyến "
        "đạt 83,2%; tỷ lệ thanh toán trực tuyến đạt 61%. UBND tỉnh yêu cầu các sở, ngành nâng tỷ lệ hồ sơ trực tuyến "
        "lên 90% trước ngày 31/12/2024.",
        "2024-11-22",
        [
            ("online_dossier_rate", "Thái Nguyên", "ytd", "2024-11-20", 83.2),
        ],
    ),
    # 49 "năm ngoái" cyberattacks and year-end botnet level "ở mức"; the change vs 2023 and a security vendor's loss estimate dropped
    (
        "Cục An toàn thông tin cho biết năm ngoái có 8.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại "
        "Việt Nam. Số địa chỉ IP botnet vào thời điểm cuối năm ở mức 435.000, giảm 33% so với cuối năm 2023. Theo ước "
        "tính của Bkav, thiệt hại do virus máy tính gây ra cho người dùng Việt Nam năm 2024 là 21.900 tỷ đồng.",
        "2025-01-06",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 8900),
            ("botnet_ips", "national", "as_of", "2024-12-31", 435000),
        ],
    ),
    # 50 quote opening the text with "Hiện nay" dated by the published date; 5G coverage and the smartphone subscription count
    (
        "“Hiện nay mạng 5G đã phủ sóng 26,6% dân số và cả nước có 68,5 triệu thuê bao sử dụng smartphone”, đại diện "
        "Cục Viễn thông nói với phóng viên VietnamPlus. Theo ông, các nhà mạng sẽ tiếp tục mở rộng vùng phủ trong năm nay.",
        "2025-01-14",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-14", 26.6),
            ("smartphone_subscriptions", "national", "as_of", "2025-01-14", 68500000),
        ],
    ),
]
