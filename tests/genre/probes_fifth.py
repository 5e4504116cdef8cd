"""Fifth batch of blind genre probes for the Vietnamese KPI extractor: seventy short texts in the
voice of ministry monthly reports, government notices, press summaries (Báo Chính phủ, VnExpress,
VietnamPlus), provincial portals and interviews, spread over every catalog family (e-services,
5G and broadband, NDXP, cybersecurity, digital economy) and varying verbs (đạt, là, ở mức, lên
tới, chạm mốc, ghi nhận, có), number formats (48,28%; 8.412.375; 17,6 triệu; 3,84 tỷ; 12,9 nghìn tỷ đồng;
gần 2,4 nghìn; 41/53; 71/193; Mb/giây), periods (tháng, quý, 6 tháng đầu năm, lũy kế từ đầu năm,
tính đến ngày, năm, an explicit reporting window, "hiện nay/đến nay" dated by the published date
or by the quarter under review), breakdowns (khối bộ, ngành / khối địa phương / a named
province), parentheses, lists, tables written as lines and abbreviations (DVCTT, TTHC, CSDL,
NDXP, BRCĐ, VNeID); eleven are negative and about twenty mixed (targets, year-on-year changes,
operators' and other countries' figures, a survey's figure, a named ministry's figure,
sub-counts after "trong đó", remainders, counts of meetings and decrees, an undatable "hiện nay").
Written for the project from the genre's usual phrasings (not copied from any page), by a
writer who had not seen the extractor; the code of 2026-11-30 before its fixes read it at 71 of
73 accepted values right, 71 of 87 found.
"""

CASES = [
    # monthly report with heading; dossier full-process rate split by ministries / localities
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Trong tháng 5/2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 48,28%, "
        "của khối địa phương đạt 39,61%.",
        "2025-06-06",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 48.28),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 39.61),
        ],
    ),
    # portal accounts: cumulative stock at a date next to the month's new registrations (flow twin)
    (
        "Tính đến ngày 31/5/2025, Cổng Dịch vụ công quốc gia có hơn 17,6 triệu tài khoản đăng ký; "
        "riêng trong tháng 5/2025 có thêm 412.506 tài khoản đăng ký mới.",
        "2025-06-06",
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 17600000),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 412506),
        ],
    ),
    # year-to-date portal dossiers go on the _new twin; the total since launch ("lên tới") is the stock
    (
        "Lũy kế từ đầu năm đến hết tháng 4/2025, Cổng DVCQG đã tiếp nhận 8.412.375 hồ sơ trực tuyến, "
        "nâng tổng số hồ sơ trực tuyến nộp qua Cổng từ khi khai trương lên tới 61,3 triệu hồ sơ.",
        "2025-05-08",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 8412375),
            ("national_portal_dossiers", "national", "as_of", "2025-04-30", 61300000),
        ],
    ),
    # online payments in one month: count in "triệu", value in "tỷ đồng" with thousands dot
    (
        "Trong tháng 3/2024, Cổng Dịch vụ công quốc gia ghi nhận 1,2 triệu giao dịch thanh toán "
        "trực tuyến với tổng số tiền 1.134 tỷ đồng.",
        "2024-04-05",
        [
            ("online_payments_count_new", "national", "month", "2024-03-31", 1200000),
            ("online_payments_value_new", "national", "month", "2024-03-31", 1134),
        ],
    ),
    # cumulative payments "lũy kế đến nay", value in "nghìn tỷ đồng", dated by the published date
    (
        "(Chinhphu.vn) - Lũy kế đến nay, tổng số tiền thanh toán trực tuyến qua Cổng DVCQG đạt "
        "12,9 nghìn tỷ đồng với 38,5 triệu giao dịch.",
        "2024-11-20",
        [
            ("online_payments_value", "national", "as_of", "2024-11-20", 12900),
            ("online_payments_count", "national", "as_of", "2024-11-20", 38500000),
        ],
    ),
    # full-process services as a share of all procedures, "đạt tỷ lệ … tổng số TTHC", exact date
    (
        "Tính đến ngày 15/4/2025, cả nước có 4.712 DVCTT toàn trình, đạt tỷ lệ 52,3% tổng số TTHC.",
        "2025-04-20",
        [("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 52.3)],
    ),
    # government-portal lead: online-service share of all procedures and the full-process share
    (
        "(Chinhphu.vn) - Đến hết quý I/2025, tỷ lệ TTHC được cung cấp dưới dạng dịch vụ công trực "
        "tuyến trên tổng số TTHC là 81,5%; tỷ lệ DVCTT toàn trình là 53,2%.",
        "2025-04-10",
        [
            ("dvctt_rate", "national", "as_of", "2025-03-31", 81.5),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-31", 53.2),
        ],
    ),
    # eligible-procedures share with the two blocks in parentheses after colons
    (
        "Tính đến ngày 30/9/2024, tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình đạt 96,8% "
        "(khối bộ, ngành: 98,1%; khối địa phương: 95,9%).",
        "2024-10-08",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-09-30", 96.8),
            ("full_process_provision_rate", "ministries", "as_of", "2024-09-30", 98.1),
            ("full_process_provision_rate", "localities", "as_of", "2024-09-30", 95.9),
        ],
    ),
    # list under a heading that carries both the month and the localities breakdown
    (
        "Chỉ số phục vụ người dân, doanh nghiệp tháng 4/2025 – khối địa phương:\n"
        "- Tỷ lệ cấp kết quả giải quyết TTHC điện tử: 71,35%;\n"
        "- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 42,07%.",
        "2025-05-12",
        [
            ("e_result_rate", "localities", "month", "2025-04-30", 71.35),
            ("data_reuse_rate", "localities", "month", "2025-04-30", 42.07),
        ],
    ),
    # satisfaction for a whole year, "mức độ hài lòng … đạt"
    (
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC năm 2024 đạt 87,6%.",
        "2025-02-14",
        [("satisfaction_rate", "national", "year", "2024-12-31", 87.6)],
    ),
    # speech: "hiện nay" level dated by the published date; the 2025 target is not a value
    (
        "Phát biểu tại hội nghị, Thứ trưởng cho biết hiện nay tỷ lệ dân số trưởng thành sử dụng dịch "
        "vụ công trực tuyến là 46,7%, còn cách mục tiêu 50% của năm 2025 không xa.",
        "2025-03-12",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2025-03-12", 46.7)],
    ),
    # Roman-numeral quarter, dossiers tied to the personal identification number
    (
        "Trong quý II/2025, tỷ lệ hồ sơ TTHC được gắn với mã số định danh cá nhân đạt 91,2%.",
        "2025-07-10",
        [("dossiers_with_personal_id_rate", "national", "quarter", "2025-06-30", 91.2)],
    ),
    # essential services as "53/53", "đến nay" dated by the published date
    (
        "(Chinhphu.vn) - Đến nay, 53/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực "
        "tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
        "2024-12-25",
        [("essential_services_full_process", "national", "as_of", "2024-12-25", 53)],
    ),
    # mixed: provinces with a fee-reduction resolution "61/63"; the 02 remaining are not a value
    (
        "Tính đến ngày 30/6/2024, 61/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí "
        "khi thực hiện DVCTT; 02 địa phương còn lại đang hoàn thiện hồ sơ trình HĐND.",
        "2024-07-05",
        [("localities_fee_reduction", "national", "as_of", "2024-06-30", 61)],
    ),
    # mixed: procedures simplified "812/1.084"; the 272 not yet cut are a remainder
    (
        "Tính đến ngày 31/3/2025, đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính theo các "
        "nghị quyết chuyên đề của Chính phủ, còn 272 thủ tục chưa được cắt giảm.",
        "2025-04-08",
        [("procedures_simplified", "national", "as_of", "2025-03-31", 812)],
    ),
    # EMC connection share, date without "ngày"
    (
        "Tính đến 20/5/2025, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ "
        "với Hệ thống EMC đạt 94,2%.",
        "2025-05-25",
        [("emc_connection_rate", "national", "as_of", "2025-05-20", 94.2)],
    ),
    # share of online services with dossiers; the change in percentage points is not a value
    (
        "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến trong tháng 2/2025 là 58,4%, tăng 3,1 điểm phần "
        "trăm so với tháng trước.",
        "2025-03-07",
        [("dvctt_with_dossiers_rate", "national", "month", "2025-02-28", 58.4)],
    ),
    # provincial portal, half-year: online-receipt rate and e-result rate of one province
    (
        "Trong 6 tháng đầu năm 2025, toàn tỉnh Quảng Ninh tiếp nhận 312.540 hồ sơ TTHC; tỷ lệ tiếp "
        "nhận trực tuyến đạt 92,17%, tỷ lệ trả kết quả điện tử đạt 88,5%.",
        "2025-07-04",
        [
            ("online_dossier_rate", "Quảng Ninh", "half", "2025-06-30", 92.17),
            ("e_result_rate", "Quảng Ninh", "half", "2025-06-30", 88.5),
        ],
    ),
    # "trên địa bàn tỉnh" with the province named earlier; percent-first phrasing and "ở mức"
    (
        "Theo Cổng thông tin điện tử tỉnh Đồng Tháp, quý I/2025 trên địa bàn tỉnh có 78,4% hồ sơ "
        "được xử lý trực tuyến; tỷ lệ hồ sơ trực tuyến toàn trình ở mức 63,9%.",
        "2025-04-15",
        [
            ("online_dossier_rate", "Đồng Tháp", "quarter", "2025-03-31", 78.4),
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2025-03-31", 63.9),
        ],
    ),
    # a city's full-process share "chiếm … tổng số TTHC", "hiện có" dated by the published date
    (
        "Thành phố Đà Nẵng hiện có 1.230 DVCTT toàn trình, chiếm 64,5% tổng số TTHC thuộc thẩm quyền "
        "giải quyết.",
        "2024-09-02",
        [("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-09-02", 64.5)],
    ),
    # interview quote: 5G coverage of population and station count, "hiện nay"
    (
        '"Hiện nay, mạng 5G đã phủ sóng khoảng 30% dân số với hơn 11.000 trạm", Cục trưởng Cục '
        "Viễn thông cho biết khi trả lời phỏng vấn.",
        "2025-05-15",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-15", 30),
            ("fiveg_bts_count", "national", "as_of", "2025-05-15", 11000),
        ],
    ),
    # mixed: download speed kept, upload speed not labelled
    (
        "Số liệu đo kiểm của Cục Viễn thông tháng 1/2025 cho thấy tốc độ tải xuống trung bình của "
        "băng rộng cố định đạt 210,3 Mbps, tốc độ tải lên đạt 198,7 Mbps.",
        "2025-02-12",
        [("fixed_broadband_speed", "national", "month", "2025-01-31", 210.3)],
    ),
    # mixed: Viet Nam's mobile speed kept; the world median and Singapore's are not
    (
        "Tháng 6/2024, tốc độ truy cập băng rộng di động của Việt Nam ở mức 52,16 Mbps, trong khi tốc "
        "độ trung vị toàn cầu là 49,21 Mbps và Singapore dẫn đầu khu vực với 121,7 Mbps.",
        "2024-07-15",
        [("mobile_broadband_speed", "national", "month", "2024-06-30", 52.16)],
    ),
    # BRCĐ abbreviation, mobile named alone after a comma; the world rank is not labelled
    (
        "Theo số liệu đo kiểm của Cục Viễn thông, tốc độ BRCĐ trung bình tháng 2/2025 đạt 219,7 Mbps, "
        "di động đạt 139,2 Mbps, đưa Việt Nam lên hạng 11 thế giới về băng rộng cố định.",
        "2025-03-10",
        [
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 219.7),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 139.2),
        ],
    ),
    # fibre households at a quarter's end
    (
        "Tính đến hết quý I/2025, tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 82,3%.",
        "2025-04-10",
        [("ftth_household_rate", "national", "as_of", "2025-03-31", 82.3)],
    ),
    # smartphone subscription share with "(smartphone)" in parentheses, "vào cuối năm 2024"
    (
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (smartphone) đạt 89,2% vào cuối năm 2024.",
        "2025-01-20",
        [("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.2)],
    ),
    # mixed: smartphone subscriptions count kept; a survey's share of adults owning one is not
    (
        "Đến hết tháng 6/2025, cả nước có 112,4 triệu thuê bao di động sử dụng điện thoại thông minh; "
        "theo một khảo sát, 78% người trưởng thành sở hữu smartphone.",
        "2025-07-08",
        [("smartphone_subscriptions", "national", "as_of", "2025-06-30", 112400000)],
    ),
    # negative: one operator's stations and coverage
    (
        "Viettel cho biết đã lắp đặt hơn 6.500 trạm 5G, phủ sóng 90% dân số tại các thành phố lớn; "
        "VNPT có khoảng 3.000 trạm.",
        "2025-03-20",
        [],
    ),
    # mixed: national 5G stations kept; the operator's part after "trong đó" is not
    (
        "Tính đến 30/4/2025, cả nước có 11.250 trạm BTS 5G, trong đó Viettel chiếm 7.100 trạm.",
        "2025-05-06",
        [("fiveg_bts_count", "national", "as_of", "2025-04-30", 11250)],
    ),
    # mixed: villages still without coverage kept; villages covered since January are not a level
    (
        "Hiện cả nước còn 1.028 thôn lõm sóng di động. Từ đầu năm đến nay, các doanh nghiệp viễn "
        "thông đã phủ sóng cho 316 thôn.",
        "2024-08-15",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-08-15", 1028)],
    ),
    # electrified dead-zone villages covered "1.765/1.853 …, đạt 95,3%"
    (
        "Đến hết tháng 11/2024, các doanh nghiệp đã phủ sóng 1.765/1.853 thôn lõm sóng có điện lưới, "
        "đạt 95,3%.",
        "2024-12-10",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 95.3)],
    ),
    # provincial portal: "Toàn tỉnh" share of villages with mobile coverage
    (
        "Toàn tỉnh Hà Giang hiện có 98,6% số thôn, bản được phủ sóng di động, tăng mạnh so với đầu "
        "nhiệm kỳ.",
        "2024-10-02",
        [("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-10-02", 98.6)],
    ),
    # broadband subscription counts and mobile subscriptions per 100 inhabitants
    (
        "Tính đến hết tháng 6/2025, số thuê bao băng rộng cố định đạt 24,1 triệu; số thuê bao băng "
        "rộng di động là 89,3 triệu, tương ứng 88,4 thuê bao/100 dân.",
        "2025-07-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 89300000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 88.4),
        ],
    ),
    # Internet users share, annual estimate "ước đạt … dân số"
    (
        "Năm 2024, tỷ lệ người sử dụng Internet tại Việt Nam ước đạt 79,1% dân số.",
        "2025-01-08",
        [("internet_users_rate", "national", "year", "2024-12-31", 79.1)],
    ),
    # NDXP monthly trio: month's transactions, per-day average, cumulative since launch
    (
        "Báo cáo tháng 5/2025: Trong tháng, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi "
        "nhận 96,4 triệu giao dịch, trung bình 3,1 triệu giao dịch/ngày; lũy kế từ khi vận hành đạt "
        "3,84 tỷ giao dịch.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 96400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3100000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 3840000000),
        ],
    ),
    # NDXP connection points and connected agencies, "đến nay"
    (
        "Đến nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có 1.412 điểm kết nối, kết "
        "nối với 112 bộ, ngành, địa phương, cơ quan, tổ chức.",
        "2024-10-10",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-10-10", 1412),
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-10", 112),
        ],
    ),
    # explicit reporting window inside the month phrase; "bình quân … mỗi ngày"
    (
        "Trong tháng 02/2025 (từ ngày 20/01/2025 đến ngày 19/02/2025), NDXP có 80,2 triệu giao dịch, "
        "bình quân 2,59 triệu giao dịch mỗi ngày.",
        "2025-02-25",
        [
            ("ndxp_transactions_period", "national", "month", "2025-02-19", 80200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-02-19", 2590000),
        ],
    ),
    # mixed: half-year NDXP transactions kept; the year-on-year rise is not
    (
        "6 tháng đầu năm 2024, NDXP đã xử lý 412 triệu giao dịch, tăng 35% so với cùng kỳ năm trước.",
        "2024-07-05",
        [("ndxp_transactions_period", "national", "half", "2024-06-30", 412000000)],
    ),
    # mixed: month's attacks kept, the change is not, the previous month in parentheses is kept
    (
        "Trong tháng 4/2025, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.043 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,2% so với tháng "
        "3/2025 (1.136 cuộc).",
        "2025-05-08",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 1043),
            ("cyberattacks", "national", "month", "2025-03-31", 1136),
        ],
    ),
    # mixed: quarter total kept; attack types listed after "gồm" are parts
    (
        "Trong quý I/2024, có 3.210 cuộc tấn công mạng gây sự cố, gồm 1.480 cuộc tấn công lừa đảo "
        "(Phishing), 1.102 cuộc tấn công thay đổi giao diện (Deface) và 628 cuộc tấn công cài mã độc "
        "(Malware).",
        "2024-04-12",
        [("cyberattacks", "national", "quarter", "2024-03-31", 3210)],
    ),
    # botnet IPs at a month's end with "là … địa chỉ"; the year-on-year fall is not a value
    (
        "Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến hết tháng 5/2025 là "
        "512.736 địa chỉ, giảm 40% so với cùng kỳ.",
        "2025-06-06",
        [("botnet_ips", "national", "as_of", "2025-05-31", 512736)],
    ),
    # "mạng máy tính ma", "ở mức gần 580 nghìn"
    (
        "Tính đến ngày 30/9/2024, số địa chỉ IP tại Việt Nam nằm trong các mạng máy tính ma ở mức "
        "gần 580 nghìn địa chỉ.",
        "2024-10-05",
        [("botnet_ips", "national", "as_of", "2024-09-30", 580000)],
    ),
    # information systems with approved security level, blocks in parentheses
    (
        "Tính đến ngày 30/6/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt "
        "87,4% (khối bộ, ngành 92,1%; khối địa phương 84,3%).",
        "2024-07-12",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 87.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-06-30", 92.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-06-30", 84.3),
        ],
    ),
    # negative: another country's attacks and a world-wide change, from a vendor's report
    (
        "Theo báo cáo của một hãng bảo mật quốc tế, năm 2024 Thái Lan ghi nhận hơn 2.100 cuộc tấn "
        "công mạng nhắm vào cơ quan nhà nước, còn trên toàn cầu số vụ tấn công ransomware tăng 18%.",
        "2025-02-03",
        [],
    ),
    # mixed: year's attacks kept; the 2025 reduction target is not
    (
        "Năm 2024, Việt Nam ghi nhận 12.467 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin; "
        "năm 2025 phấn đấu giảm ít nhất 10% số sự cố.",
        "2025-01-15",
        [("cyberattacks", "national", "year", "2024-12-31", 12467)],
    ),
    # digital economy share of GDP and its growth in one clause, "chiếm khoảng … GDP"
    (
        "Năm 2024, kinh tế số chiếm khoảng 18,3% GDP và tăng trưởng khoảng 20%, gấp khoảng 3 lần tốc "
        "độ tăng trưởng GDP.",
        "2025-03-01",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # half-year share "tỷ trọng kinh tế số trong GDP ước đạt"
    (
        "(TTXVN/Vietnam+) 6 tháng đầu năm 2025, tỷ trọng kinh tế số trong GDP ước đạt 18,72%.",
        "2025-07-06",
        [("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.72)],
    ),
    # negative: national targets for 2025 and 2030 only
    (
        "Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP; đến năm 2030 đạt 30% GDP, tỷ trọng kinh tế "
        "số trong từng ngành, lĩnh vực đạt tối thiểu 20%.",
        "2024-06-01",
        [],
    ),
    # a province's share of GRDP for a past year
    (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Ninh đạt 28,6%, cao nhất cả nước.",
        "2024-05-10",
        [("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 28.6)],
    ),
    # negative: a private survey's size and growth of the digital economy
    (
        "Theo báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố, quy mô nền kinh "
        "tế số Việt Nam đạt 36 tỷ USD, tăng trưởng 16%, thuộc nhóm nhanh nhất khu vực.",
        "2024-11-12",
        [],
    ),
    # mixed: identification accounts issued are not activated; the activated after "trong đó" is
    (
        "Tính đến ngày 15/4/2025, cả nước đã cấp hơn 86 triệu tài khoản định danh điện tử, trong đó "
        "có 61,2 triệu tài khoản đã được kích hoạt.",
        "2025-04-18",
        [("vneid_activated_accounts", "national", "as_of", "2025-04-15", 61200000)],
    ),
    # chip ID cards issued, "gắn chíp" spelling
    (
        "Tính đến ngày 30/6/2024, cả nước đã cấp 87,5 triệu thẻ Căn cước công dân gắn chíp.",
        "2024-07-03",
        [("chip_id_cards_issued", "national", "as_of", "2024-06-30", 87500000)],
    ),
    # mixed: Mobile Money customers kept; the rural part after "trong đó" is not
    (
        "Tính đến cuối tháng 3/2024, số khách hàng sử dụng Mobile Money đạt 8,4 triệu, trong đó khoảng "
        "5,9 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.",
        "2024-04-20",
        [("mobile_money_customers", "national", "as_of", "2024-03-31", 8400000)],
    ),
    # adults with a payment account at a year's end
    (
        "Theo Ngân hàng Nhà nước, đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán "
        "trên cả nước đạt khoảng 87%.",
        "2025-02-20",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87)],
    ),
    # mixed: cumulative e-invoices in "tỷ" kept; the coded-invoice type after "trong đó" is not
    (
        "Lũy kế từ ngày 1/7/2022 đến ngày 31/3/2025, cơ quan thuế đã tiếp nhận, xử lý 9,26 tỷ hóa đơn "
        "điện tử, trong đó có 2,1 tỷ hóa đơn có mã của cơ quan thuế.",
        "2025-04-15",
        [("e_invoices_total", "national", "as_of", "2025-03-31", 9260000000)],
    ),
    # UN rank "71/193" for the 2024 edition and the 2022 rank given in parentheses
    (
        "Theo Báo cáo khảo sát Chính phủ điện tử của Liên hợp quốc năm 2024, Việt Nam xếp thứ 71/193 "
        "quốc gia, tăng 15 bậc so với năm 2022 (86/193).",
        "2025-01-15",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # negative: other countries' EGDI ranks and a target of places to gain
    (
        "Trong khu vực ASEAN, Singapore xếp thứ 3 về Chỉ số phát triển Chính phủ điện tử, Thái Lan xếp "
        "thứ 52; Việt Nam phấn đấu tăng ít nhất 5 bậc ở kỳ xếp hạng năm 2026.",
        "2025-03-05",
        [],
    ),
    # negative: meetings, directives, decrees and national databases counted
    (
        "Trong tháng 5/2025, Ban Chỉ đạo quốc gia về chuyển đổi số đã tổ chức 3 phiên họp, ban hành 12 "
        "văn bản chỉ đạo; Chính phủ ban hành 02 nghị định về dữ liệu và đã có 9 CSDL quốc gia đi vào "
        "vận hành.",
        "2025-06-06",
        [],
    ),
    # negative: a list of targets written with "đạt" and "tối thiểu"
    (
        "Phấn đấu đến hết năm 2025, 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình, "
        "tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% và 90% người dân, doanh nghiệp hài lòng.",
        "2025-02-01",
        [],
    ),
    # negative: year-on-year changes only ("tăng 12%", "tăng 2,3 lần")
    (
        "So với cùng kỳ năm 2024, số hồ sơ trực tuyến nộp qua Cổng DVCQG trong quý I/2025 tăng 12%, số "
        "giao dịch thanh toán trực tuyến tăng 2,3 lần.",
        "2025-04-09",
        [],
    ),
    # negative: "hiện nay" with no published date and no date in the text cannot be dated
    (
        "Hiện nay, cả nước có khoảng 9.800 trạm 5G và tỷ lệ thuê bao di động sử dụng smartphone đạt "
        "khoảng 87%.",
        None,
        [],
    ),
    # negative: operators' own figures (VNPT speed, MobiFone 5G subscriptions)
    (
        "Theo VNPT, tốc độ truy cập băng rộng cố định trung bình trên mạng của doanh nghiệp đạt 250 "
        "Mbps; MobiFone hiện có 3,2 triệu thuê bao băng rộng di động 5G.",
        "2025-04-22",
        [],
    ),
    # negative: one named ministry's dossier rate
    (
        "Riêng Bộ Tư pháp, tỷ lệ hồ sơ được xử lý trực tuyến trong tháng 4/2025 đạt 98,2%, cao nhất "
        "trong khối bộ, ngành.",
        "2025-05-09",
        [],
    ),
    # mixed: "41/53" essential services kept; the 12 remaining with a deadline are not
    (
        "Đến ngày 24/4/2024, đã có 41/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; "
        "12 dịch vụ còn lại phải hoàn thành trong tháng 6/2024.",
        "2024-04-26",
        [("essential_services_full_process", "national", "as_of", "2024-04-24", 41)],
    ),
    # "hiện nay" in a provincial text about a quarter: dated at the quarter's end
    (
        "Trong quý I/2025, toàn tỉnh Lâm Đồng tiếp nhận 98.450 hồ sơ TTHC. Hiện nay, tỉnh có 812 DVCTT "
        "toàn trình, chiếm 42,5% tổng số TTHC.",
        "2025-05-20",
        [("dvctt_full_process_rate", "Lâm Đồng", "as_of", "2025-03-31", 42.5)],
    ),
    # a year under review: undated levels are the year's end
    (
        "Năm 2024, hạ tầng số tiếp tục được đầu tư mạnh. Tỷ lệ hộ gia đình sử dụng cáp quang đạt "
        "82,1%; số thuê bao băng rộng cố định đạt 23,6 triệu thuê bao.",
        "2025-01-10",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23600000),
        ],
    ),
    # "gần 2,4 nghìn" attacks in a month opening the sentence
    (
        "Tháng 10/2024, hệ thống kỹ thuật của Cục An toàn thông tin ghi nhận gần 2,4 nghìn cuộc tấn "
        "công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2024-11-05",
        [("cyberattacks", "national", "month", "2024-10-31", 2400)],
    ),
    # mobile download speed "trên thiết bị di động" in "Mb/giây"
    (
        "Trong tháng 9/2024, tốc độ tải xuống trên thiết bị di động trung bình tại Việt Nam ở mức "
        "58,63 Mb/giây.",
        "2024-10-10",
        [("mobile_broadband_speed", "national", "month", "2024-09-30", 58.63)],
    ),
    # a table written as lines: two month columns, percent unit in the row label
    (
        "Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp (toàn quốc)\n"
        "Chỉ tiêu | Tháng 4/2025 | Tháng 5/2025\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 44,12 | 46,35\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến (%) | 68,90 | 70,02",
        "2025-06-10",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 44.12),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 46.35),
            ("online_dossier_rate", "national", "month", "2025-04-30", 68.90),
            ("online_dossier_rate", "national", "month", "2025-05-31", 70.02),
        ],
    ),
    # VNeID activated accounts "chạm mốc 62 triệu" on a named day
    (
        "Ngày 20/5/2025, số tài khoản định danh điện tử VNeID được kích hoạt đã chạm mốc 62 triệu.",
        "2025-05-21",
        [("vneid_activated_accounts", "national", "as_of", "2025-05-20", 62000000)],
    ),
]
