"""Seventh round of blind genre probes for the Vietnamese digital-transformation KPI extractor:
dates, periods and tables. The cases probe texts with no published date whose date must come
from the text itself (a printed "Hà Nội, ngày … tháng … năm …", a byline "Thứ Hai, 06/01/2025
09:15", a news lead "Sáng 12/3" with the year elsewhere, "Ngày đăng: …"), relative periods
("tháng trước", "tháng qua", "quý vừa qua", "năm ngoái", "cùng kỳ năm trước", "6 tháng đầu năm
nay", "từ đầu năm đến nay", "tính đến cuối tháng"), explicit windows, months and quarters
written without a year after a year stated once, a monthly bulletin whose figures belong to the
previous month, January reviews of the year before, and tables written as lines with "|" or tabs
whose headers name months, quarters, years, dates or levels (Bộ, ngành | Địa phương | Cả nước)
and whose labels carry the unit ("(%)", "(Mbps)", "(triệu)", "(nghìn địa chỉ)"); about ten cases
hold only numbers that must not be stored (deadlines, targets, decree dates, counts of plans and
meetings, operators' and vendors' figures, remainders, values with no knowable date).
Written for the project from the genre's usual phrasings (not copied from any page), by a
writer who had not seen the extractor; the code of 2026-11-30 before its fixes read it at 56 of
63 accepted values right, 56 of 126 found.
"""

CASES = [
    # --- dates that must come from the text ---------------------------------------------------
    # printed "Hà Nội, ngày 12 tháng 5 năm 2025" as the only date: "Hiện nay" is that day; the notice number and the target are not values
    (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 215/TB-VPCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 12 tháng 5 năm 2025\n\nTHÔNG BÁO\n"
        "Kết luận của Thủ tướng Chính phủ tại phiên họp Ủy ban Quốc gia về chuyển đổi số\n\n"
        "1. Công tác chuyển đổi số thời gian qua có nhiều chuyển biến rõ nét. Hiện nay, Cổng Dịch vụ "
        "công quốc gia đã có 46,2 triệu tài khoản đăng ký; tỷ lệ TTHC được cung cấp dưới dạng DVCTT "
        "toàn trình là 54,3%. Phấn đấu đến hết năm 2025, tỷ lệ này đạt 80%.",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-12", 46200000),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-12", 54.3),
        ],
    ),
    # byline "Thứ Hai, 06/01/2025 09:15" dates a review of 2024: "cuối năm" is the end of 2024, not of 2025
    (
        "Thứ Hai, 06/01/2025 09:15 (GMT+7)\n\nSố vụ tấn công mạng gây sự cố giảm hơn một nửa\n\n"
        "Theo Cục An toàn thông tin, trong năm 2024, hệ thống kỹ thuật của Trung tâm Giám sát an toàn "
        "không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 6.208 cuộc tấn công "
        "mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 52,4% so với năm 2023. Tính đến "
        "cuối năm, số địa chỉ IP thuộc các mạng botnet tại Việt Nam là 612.340 địa chỉ, mức thấp nhất "
        "trong nhiều năm.",
        None,
        [
            ("cyberattacks", "national", "year", "2024-12-31", 6208),
            ("botnet_ips", "national", "as_of", "2024-12-31", 612340),
        ],
    ),
    # news lead "Sáng 12/3" with the year only in "hai tháng đầu năm 2025": "đến nay" is 12 March 2025
    (
        "Sáng 12/3, tại Hà Nội, Bộ Công an tổ chức hội nghị trực tuyến toàn quốc sơ kết kết quả triển "
        "khai Đề án 06 trong hai tháng đầu năm 2025. Báo cáo tại hội nghị cho biết, đến nay đã có 58,6 "
        "triệu tài khoản định danh điện tử VNeID được kích hoạt; cơ quan công an các cấp đã cấp hơn 87,3 "
        "triệu thẻ căn cước gắn chip cho công dân.",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-03-12", 58600000),
            ("chip_id_cards_issued", "national", "as_of", "2025-03-12", 87300000),
        ],
    ),
    # provincial portal "Ngày đăng: 15/04/2025": "Từ đầu năm đến nay" is ytd to that day; the view counter is not a value
    (
        "Ngày đăng: 15/04/2025 | Lượt xem: 1.204\n\n"
        "HÀ TĨNH NÂNG CAO CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n\n"
        "Từ đầu năm đến nay, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp trên địa "
        "bàn tỉnh đã tiếp nhận 212.580 hồ sơ TTHC; tỷ lệ hồ sơ xử lý trực tuyến đạt 86,4%; tỷ lệ cấp kết "
        "quả giải quyết TTHC điện tử là 93,1%.",
        None,
        [
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2025-04-15", 86.4),
            ("e_result_rate", "Hà Tĩnh", "ytd", "2025-04-15", 93.1),
        ],
    ),
    # printed date of a 2024 notice: "Đến nay" levels dated 5 August 2024; the remainder "còn 8 dịch vụ" is not a value
    (
        "VĂN PHÒNG CHÍNH PHỦ\nHà Nội, ngày 05 tháng 8 năm 2024\n\nTHÔNG BÁO\nÝ kiến kết luận của Phó Thủ "
        "tướng tại cuộc họp về triển khai Đề án 06\n\nĐến nay, đã cung cấp 45/53 dịch vụ công thiết yếu "
        "theo hướng trực tuyến toàn trình, còn 8 dịch vụ chưa hoàn thành; 61/63 tỉnh, thành phố đã ban "
        "hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện DVCTT.",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-05", 45),
            ("localities_fee_reduction", "national", "as_of", "2024-08-05", 61),
        ],
    ),
    # byline "Thứ Năm, 05/06/2025 - 10:20" gives the year of "Tháng 5 vừa qua"; "toàn tỉnh" named only in the source line
    (
        "Thứ Năm, 05/06/2025 - 10:20\n\nTháng 5 vừa qua, toàn tỉnh tiếp nhận 96.240 hồ sơ TTHC, trong đó "
        "hồ sơ trực tuyến chiếm 78,6% tổng số hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,4%; tỷ lệ "
        "thanh toán trực tuyến đạt 61,2%. Nhiều xã, phường đã bố trí tổ công nghệ số cộng đồng hỗ trợ "
        "người dân nộp hồ sơ.\n\n(Nguồn: Sở Khoa học và Công nghệ tỉnh Thái Nguyên)",
        None,
        [
            ("online_dossier_rate", "Thái Nguyên", "month", "2025-05-31", 78.6),
            ("online_dossier_full_process_rate", "Thái Nguyên", "month", "2025-05-31", 52.4),
        ],
    ),
    # provincial report with printed "Quảng Ninh, ngày 03 tháng 4 năm 2025": a dated level, then "hiện nay" at the printed date
    (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nSố: 118/BC-UBND\nQuảng Ninh, ngày 03 tháng 4 năm 2025\n\n"
        "BÁO CÁO\nKết quả cải cách thủ tục hành chính, chuyển đổi số quý I năm 2025\n\n"
        "Tính đến ngày 31/3/2025, tỉnh có 1.852 TTHC, trong đó 1.214 DVCTT toàn trình, chiếm 65,6% tổng "
        "số TTHC. Hiện nay, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC của tỉnh đạt "
        "98,1%; 100% hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia.",
        None,
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2025-03-31", 65.6),
            ("satisfaction_rate", "Quảng Ninh", "as_of", "2025-04-03", 98.1),
        ],
    ),
    # month report title "tháng 4/2025" and "Tính đến cuối tháng": as_of the last day of April
    (
        "BÁO CÁO\nTình hình phát triển hạ tầng số tháng 4/2025\n\n1. Hạ tầng viễn thông\n"
        "Tính đến cuối tháng, cả nước có 13.200 trạm BTS 5G đang phát sóng, vùng phủ 5G đạt 26,5% dân "
        "số. Số thuê bao băng rộng di động đạt 89,4 triệu thuê bao.",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 13200),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-30", 26.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 89400000),
        ],
    ),
    # explicit window "từ ngày 15/1 đến 14/2/2025": flows end 14 February, the new total is as_of that day
    (
        "BÁO CÁO\nTình hình, kết quả vận hành Cổng Dịch vụ công quốc gia\n(Số 512/BC-VPCP)\n\n"
        "Trong kỳ báo cáo (từ ngày 15/1 đến 14/2/2025), Cổng Dịch vụ công quốc gia có thêm 1,21 triệu "
        "tài khoản đăng ký mới, nâng tổng số tài khoản lên 45,08 triệu; tiếp nhận 2,35 triệu hồ sơ trực "
        "tuyến.",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2025-02-14", 1210000),
            ("national_portal_accounts", "national", "as_of", "2025-02-14", 45080000),
            ("national_portal_dossiers_new", "national", "month", "2025-02-14", 2350000),
        ],
    ),
    # --- relative periods against a published date --------------------------------------------
    # "tháng trước" in a page of 10 June 2025 is May 2025; the month-on-month change is not a value
    (
        "(VietnamPlus) Theo số liệu đo kiểm của Cục Viễn thông, tháng trước tốc độ tải xuống trung bình "
        "của Internet băng rộng cố định tại Việt Nam đạt 183,5 Mbps; băng rộng di động ở mức 146,2 Mbps, "
        "tăng 4,1% so với tháng 4.",
        "2025-06-10",
        [
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 183.5),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.2),
        ],
    ),
    # "tháng qua" on 3 April is March; the February figure in parentheses is kept; the attack types after "Trong đó" are parts
    (
        "Trong tháng qua, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo "
        "và hướng dẫn xử lý 1.146 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, "
        "giảm 8,2% so với tháng 2 (1.248 cuộc). Trong đó có 512 cuộc tấn công lừa đảo (Phishing), 398 "
        "cuộc tấn công thay đổi giao diện (Deface) và 236 cuộc tấn công cài mã độc (Malware).",
        "2025-04-03",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 1146),
            ("cyberattacks", "national", "month", "2025-02-28", 1248),
        ],
    ),
    # "quý vừa qua" on 8 April is Q1 2025 (flow and daily average); "Hiện" levels are the page's date
    (
        "Báo Chính phủ – Trong quý vừa qua, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận "
        "312,4 triệu giao dịch, bình quân khoảng 3,47 triệu giao dịch mỗi ngày. Hiện NDXP đã kết nối với "
        "112 cơ quan, đơn vị (gồm các bộ, ngành, địa phương và một số doanh nghiệp nhà nước), với 1.134 "
        "điểm kết nối.",
        "2025-04-08",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 312400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3470000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-08", 112),
            ("ndxp_connection_points", "national", "as_of", "2025-04-08", 1134),
        ],
    ),
    # interview: "Năm ngoái" in February 2025 is 2024 (share and growth); "Năm nay … mục tiêu" is a target
    (
        "Trả lời phỏng vấn báo chí đầu xuân, Thứ trưởng Bộ Khoa học và Công nghệ cho biết: “Năm ngoái, "
        "kinh tế số của Việt Nam chiếm khoảng 18,3% GDP và tăng trưởng khoảng 20%, gấp ba lần tốc độ tăng "
        "GDP. Năm nay, chúng ta đặt mục tiêu tỷ trọng này đạt 20%”.",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # "6 tháng đầu năm nay" and "cùng kỳ năm trước (2.932 cuộc)": two halves; "Riêng tháng 6" a month; the 12% is a change
    (
        "6 tháng đầu năm nay, hệ thống giám sát quốc gia đã phát hiện 2.580 cuộc tấn công mạng gây sự cố "
        "vào các hệ thống thông tin tại Việt Nam, giảm 12% so với cùng kỳ năm trước (2.932 cuộc). Riêng "
        "tháng 6 ghi nhận 398 cuộc.",
        "2025-07-08",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 2580),
            ("cyberattacks", "national", "half", "2024-06-30", 2932),
            ("cyberattacks", "national", "month", "2025-06-30", 398),
        ],
    ),
    # half-year flows of the portal's cumulative counts go on the _new twins ("hơn 9.860 tỷ đồng" -> 9860)
    (
        "Theo Văn phòng Chính phủ, 6 tháng đầu năm nay, Cổng Dịch vụ công quốc gia đã tiếp nhận 8,7 triệu "
        "hồ sơ trực tuyến; ghi nhận 21,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 9.860 "
        "tỷ đồng.",
        "2025-07-04",
        [
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 8700000),
            ("online_payments_count_new", "national", "half", "2025-06-30", 21300000),
            ("online_payments_value_new", "national", "half", "2025-06-30", 9860),
        ],
    ),
    # "Từ đầu năm đến nay" with blocks (khối địa phương / khối bộ, ngành) and a national "(cả nước)" rate: ytd to the page's date
    (
        "Từ đầu năm đến nay, tỷ lệ hồ sơ TTHC được xử lý trực tuyến toàn trình của khối địa phương đạt "
        "41,6%, khối bộ, ngành đạt 52,3%; tỷ lệ hồ sơ có khai thác, sử dụng lại dữ liệu số hóa đạt 38,9% "
        "(cả nước).",
        "2025-05-20",
        [
            ("online_dossier_full_process_rate", "localities", "ytd", "2025-05-20", 41.6),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2025-05-20", 52.3),
            ("data_reuse_rate", "national", "ytd", "2025-05-20", 38.9),
        ],
    ),
    # "hiện nay" in a text about Q1 published late May is the end of the quarter (review ends > 35 days before the page)
    (
        "Báo cáo kết quả quý I/2025 được Văn phòng Chính phủ gửi tới các bộ, ngành, địa phương cho thấy: "
        "trong quý I/2025, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết TTHC đạt "
        "92,5%. Hiện nay, 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống "
        "EMC.",
        "2025-05-28",
        [
            ("satisfaction_rate", "national", "quarter", "2025-03-31", 92.5),
            ("emc_connection_rate", "national", "as_of", "2025-03-31", 100),
        ],
    ),
    # "tính đến cuối tháng 9" with the year only in the target clause and the page date; the target is not a value
    (
        "Theo báo cáo của Cục An toàn thông tin, tính đến cuối tháng 9, tỷ lệ hệ thống thông tin được phê "
        "duyệt hồ sơ đề xuất cấp độ đạt 89,6%, trong khi mục tiêu đặt ra là 100% trong tháng 9/2024.",
        "2024-10-09",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 89.6),
        ],
    ),
    # explicit "Tính đến ngày 15/4/2025": the count is a level; the "đạt 73,2%" share and the remainder are not values
    (
        "Tính đến ngày 15/4/2025, đã có 794/1.084 thủ tục hành chính liên quan đến công dân được cắt "
        "giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ, đạt 73,2%; còn 290 thủ tục chưa "
        "thực hiện.",
        "2025-04-22",
        [
            ("procedures_simplified", "national", "as_of", "2025-04-15", 794),
        ],
    ),
    # stated window of cumulative invoices; the 4-month flow has no id and the "trong đó" part is not the total
    (
        "Lũy kế từ ngày 1/7/2022 đến ngày 30/4/2025, cơ quan thuế đã tiếp nhận, xử lý 9,12 tỷ hóa đơn điện "
        "tử, trong đó 3,6 tỷ hóa đơn có mã của cơ quan thuế. Riêng 4 tháng đầu năm 2025, cơ quan thuế tiếp "
        "nhận 1,05 tỷ hóa đơn.",
        "2025-05-12",
        [
            ("e_invoices_total", "national", "as_of", "2025-04-30", 9120000000),
        ],
    ),
    # "Tính đến ngày 28/2/2025" for four cumulative portal counts ("trên 45.200 tỷ đồng" -> 45200)
    (
        "Tính đến ngày 28/2/2025, Cổng DVCQG đã có 45,6 triệu tài khoản đăng ký; tiếp nhận hơn 260,3 "
        "triệu hồ sơ trực tuyến; thực hiện 81,4 triệu giao dịch thanh toán trực tuyến với số tiền trên "
        "45.200 tỷ đồng.",
        "2025-03-04",
        [
            ("national_portal_accounts", "national", "as_of", "2025-02-28", 45600000),
            ("national_portal_dossiers", "national", "as_of", "2025-02-28", 260300000),
            ("online_payments_count", "national", "as_of", "2025-02-28", 81400000),
            ("online_payments_value", "national", "as_of", "2025-02-28", 45200),
        ],
    ),
    # "Quý II/2025" (Roman numeral) for four e-service rates with different bases
    (
        "Quý II/2025, tỷ lệ TTHC được cung cấp dưới dạng DVCTT trên tổng số TTHC của cả nước là 84,6%; tỷ "
        "lệ TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình đạt 89,1%; tỷ lệ DVCTT có phát sinh hồ sơ "
        "là 61,7%; tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 45,3%.",
        "2025-07-15",
        [
            ("dvctt_rate", "national", "quarter", "2025-06-30", 84.6),
            ("full_process_provision_rate", "national", "quarter", "2025-06-30", 89.1),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2025-06-30", 61.7),
            ("adult_population_using_dvctt_rate", "national", "quarter", "2025-06-30", 45.3),
        ],
    ),
    # "Hiện nay" with a published date: smartphone count and its share of subscriptions, Internet users' share
    (
        "Hiện nay, Việt Nam có khoảng 109 triệu thuê bao sử dụng điện thoại thông minh, chiếm 87,2% tổng "
        "số thuê bao di động; tỷ lệ người sử dụng Internet đạt 79,1% dân số.",
        "2025-05-17",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-05-17", 109000000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-17", 87.2),
            ("internet_users_rate", "national", "as_of", "2025-05-17", 79.1),
        ],
    ),
    # "tính đến ngày 31/5/2025" with a "trong đó" sub-count of rural customers (not stored)
    (
        "Theo Ngân hàng Nhà nước, tính đến ngày 31/5/2025, dịch vụ Mobile Money có 9,2 triệu khách hàng, "
        "trong đó 6,5 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.",
        "2025-06-18",
        [
            ("mobile_money_customers", "national", "as_of", "2025-05-31", 9200000),
        ],
    ),
    # --- months and quarters without a year; monthly bulletins; January reviews ----------------
    # year stated once ("Năm 2024"), then "tháng 3", "tháng 9", "tháng 12" without it, in a January 2025 page
    (
        "Năm 2024 chứng kiến tốc độ Internet di động tại Việt Nam tăng vọt sau khi các nhà mạng thương "
        "mại hóa 5G. Theo đo kiểm của Cục Viễn thông, tháng 3 tốc độ tải xuống trung bình của băng rộng "
        "di động mới ở mức 59,2 Mbps; đến tháng 9 đã lên 92,4 Mbps và chạm mốc 145,3 Mbps vào tháng 12.",
        "2025-01-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 59.2),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 92.4),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 145.3),
        ],
    ),
    # bulletin "SỐ 06/2025" published in June carries May's data: "Trong tháng" is May; "(năm 2019)" is not a value
    (
        "BẢN TIN CHUYỂN ĐỔI SỐ QUỐC GIA – SỐ 06/2025\n(Số liệu tháng 5/2025)\n\n"
        "Nền tảng NDXP: Trong tháng, NDXP ghi nhận 118,6 triệu giao dịch; lũy kế từ khi đưa vào vận hành "
        "(năm 2019) đạt 2,14 tỷ giao dịch.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 118600000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 2140000000),
        ],
    ),
    # January review: "năm qua" is 2024 although the only year written is 2025 (the new year's tasks and target)
    (
        "Tại Hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm 2025 của ngành thông tin và truyền "
        "thông, Bộ trưởng cho biết: năm qua, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt "
        "82,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 86,7%; số thuê bao băng rộng cố "
        "định đạt 24,1 triệu. Năm 2025, ngành phấn đấu phủ sóng 5G tới 90% dân số.",
        "2025-01-10",
        [
            ("ftth_household_rate", "national", "year", "2024-12-31", 82.4),
            ("smartphone_subscriber_rate", "national", "year", "2024-12-31", 86.7),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24100000),
        ],
    ),
    # January review: UN edition of September 2024 is the year 2024; the 2022 rank in parentheses is kept; the ASEAN place is not
    (
        "Nhìn lại năm 2024, một điểm sáng là xếp hạng Chính phủ điện tử. Tháng 9/2024, Liên Hợp Quốc công "
        "bố Báo cáo khảo sát Chính phủ điện tử, theo đó Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt "
        "Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193) và đứng thứ 5 trong khu vực "
        "ASEAN.",
        "2025-01-03",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # a province's GRDP share of the digital economy in a January review; the province's GRDP growth is not digital_economy_growth
    (
        "Năm 2024, kinh tế số của tỉnh Bắc Ninh ước chiếm 31,5% GRDP, thuộc nhóm cao nhất cả nước; tăng "
        "trưởng GRDP của tỉnh đạt 6,05%.",
        "2025-01-14",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 31.5),
        ],
    ),
    # "Năm 2024" stated once, then "Tháng 6" and "cuối tháng 11" levels and a "Tính đến ngày 20/12" rate; 1.765 covered villages are not villages left
    (
        "Năm 2024, Chương trình phủ sóng thôn, bản lõm sóng được đẩy nhanh. Tháng 6, cả nước còn 1.312 "
        "thôn lõm sóng; đến cuối tháng 11, con số này giảm còn 620 thôn. Tính đến ngày 20/12, các doanh "
        "nghiệp viễn thông đã phủ sóng 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%.",
        "2024-12-26",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 1312),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 620),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 95.3),
        ],
    ),
    # --- tables written as lines ---------------------------------------------------------------
    # "|" table, headers "Tháng 1 | Tháng 2 | Tháng 3" with the year only in the caption, unit "(%)" in the labels
    (
        "Bảng 1. Một số chỉ tiêu dịch vụ công trực tuyến quý I/2025\n"
        "Chỉ tiêu | Tháng 1 | Tháng 2 | Tháng 3\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến (%) | 45,2 | 47,8 | 50,1\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 28,6 | 30,4 | 33,0\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử (%) | 71,3 | 74,9 | 77,2",
        None,
        [
            ("online_dossier_rate", "national", "month", "2025-01-31", 45.2),
            ("online_dossier_rate", "national", "month", "2025-02-28", 47.8),
            ("online_dossier_rate", "national", "month", "2025-03-31", 50.1),
            ("online_dossier_full_process_rate", "national", "month", "2025-01-31", 28.6),
            ("online_dossier_full_process_rate", "national", "month", "2025-02-28", 30.4),
            ("online_dossier_full_process_rate", "national", "month", "2025-03-31", 33.0),
            ("e_result_rate", "national", "month", "2025-01-31", 71.3),
            ("e_result_rate", "national", "month", "2025-02-28", 74.9),
            ("e_result_rate", "national", "month", "2025-03-31", 77.2),
        ],
    ),
    # tab table, headers "Quý I … Quý IV" with "năm 2024" in the lead line; "(nghìn địa chỉ)" scales the botnet row
    (
        "Kết quả giám sát an toàn thông tin mạng năm 2024 theo từng quý như sau:\n"
        "Chỉ số\tQuý I\tQuý II\tQuý III\tQuý IV\n"
        "Số cuộc tấn công mạng gây sự cố\t1.877\t1.703\t1.462\t1.166\n"
        "Số địa chỉ IP botnet (nghìn địa chỉ)\t738\t702\t655\t612",
        "2025-01-20",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 1877),
            ("cyberattacks", "national", "quarter", "2024-06-30", 1703),
            ("cyberattacks", "national", "quarter", "2024-09-30", 1462),
            ("cyberattacks", "national", "quarter", "2024-12-31", 1166),
            ("botnet_ips", "national", "as_of", "2024-03-31", 738000),
            ("botnet_ips", "national", "as_of", "2024-06-30", 702000),
            ("botnet_ips", "national", "as_of", "2024-09-30", 655000),
            ("botnet_ips", "national", "as_of", "2024-12-31", 612000),
        ],
    ),
    # "|" table by level (Bộ, ngành | Địa phương | Cả nước), period only in the caption "6 tháng đầu năm 2025"
    (
        "Bảng 2. Kết quả cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2025\n"
        "Chỉ tiêu | Bộ, ngành | Địa phương | Cả nước\n"
        "Tỷ lệ DVCTT toàn trình (%) | 62,4 | 48,7 | 52,1\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 39,5 | 27,8 | 30,2\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 45,1 | 36,3 | 38,0\n"
        "Tỷ lệ hồ sơ TTHC gắn mã định danh cá nhân (%) | 88,9 | 93,4 | 92,6",
        None,
        [
            ("dvctt_full_process_rate", "ministries", "half", "2025-06-30", 62.4),
            ("dvctt_full_process_rate", "localities", "half", "2025-06-30", 48.7),
            ("dvctt_full_process_rate", "national", "half", "2025-06-30", 52.1),
            ("online_dossier_full_process_rate", "ministries", "half", "2025-06-30", 39.5),
            ("online_dossier_full_process_rate", "localities", "half", "2025-06-30", 27.8),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 30.2),
            ("data_reuse_rate", "ministries", "half", "2025-06-30", 45.1),
            ("data_reuse_rate", "localities", "half", "2025-06-30", 36.3),
            ("data_reuse_rate", "national", "half", "2025-06-30", 38.0),
            ("dossiers_with_personal_id_rate", "ministries", "half", "2025-06-30", 88.9),
            ("dossiers_with_personal_id_rate", "localities", "half", "2025-06-30", 93.4),
            ("dossiers_with_personal_id_rate", "national", "half", "2025-06-30", 92.6),
        ],
    ),
    # "|" table with year headers; the ICT-core row ("Kinh tế số ICT/GDP") has no id
    (
        "Bảng: Kinh tế số Việt Nam giai đoạn 2022–2024\n"
        "Chỉ tiêu | 2022 | 2023 | 2024\n"
        "Tỷ trọng kinh tế số trong GDP (%) | 14,26 | 16,50 | 18,30\n"
        "Tăng trưởng kinh tế số (%) | 19,8 | 20,1 | 20,0\n"
        "Kinh tế số ICT/GDP (%) | 7,8 | 8,0 | 8,1",
        "2025-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2022-12-31", 19.8),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.1),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # tab table with date headers and "(triệu)" in the labels; the NDXP row is a quarter's flow ending at each date
    (
        "Kết quả triển khai Đề án 06 và Nền tảng NDXP\n"
        "Chỉ tiêu\t31/3/2025\t30/6/2025\n"
        "Tài khoản VNeID đã kích hoạt (triệu)\t59,8\t61,2\n"
        "Thẻ căn cước gắn chip đã cấp (triệu)\t88,1\t89,0\n"
        "Giao dịch qua NDXP trong quý (triệu)\t312,4\t355,7",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 59800000),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 61200000),
            ("chip_id_cards_issued", "national", "as_of", "2025-03-31", 88100000),
            ("chip_id_cards_issued", "national", "as_of", "2025-06-30", 89000000),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 312400000),
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 355700000),
        ],
    ),
    # "|" table with "(Mbps)" labels: download rows stored, upload rows not
    (
        "Kết quả đo tốc độ truy cập Internet tại Việt Nam (số liệu đo kiểm của Cục Viễn thông)\n"
        "Chỉ tiêu | Tháng 11/2024 | Tháng 12/2024\n"
        "Tốc độ tải xuống băng rộng cố định (Mbps) | 168,4 | 172,9\n"
        "Tốc độ tải lên băng rộng cố định (Mbps) | 160,2 | 165,0\n"
        "Tốc độ tải xuống băng rộng di động (Mbps) | 139,6 | 145,3\n"
        "Tốc độ tải lên băng rộng di động (Mbps) | 35,1 | 36,8",
        "2025-01-08",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 168.4),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 172.9),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 139.6),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 145.3),
        ],
    ),
    # provincial "|" table by district: only the "Toàn tỉnh" row is a value (province breakdown); dossier counts have no id
    (
        "Kết quả giải quyết TTHC quý I/2025 trên địa bàn tỉnh Đồng Tháp\n"
        "Đơn vị | Số hồ sơ tiếp nhận | Tỷ lệ hồ sơ trực tuyến (%)\n"
        "TP. Cao Lãnh | 18.420 | 91,2\n"
        "TP. Sa Đéc | 9.875 | 88,6\n"
        "Huyện Tháp Mười | 7.302 | 84,9\n"
        "Toàn tỉnh | 186.540 | 87,3",
        "2025-04-05",
        [
            ("online_dossier_rate", "Đồng Tháp", "quarter", "2025-03-31", 87.3),
        ],
    ),
    # tab table with relative columns "Tháng trước" and "Cùng kỳ 2024" in a May 2025 report; the comparison column is not stored
    (
        "BÁO CÁO TÌNH HÌNH AN TOÀN THÔNG TIN MẠNG THÁNG 5/2025\n"
        "Chỉ số\tTháng 5/2025\tTháng trước\tCùng kỳ 2024\tSo sánh cùng kỳ (%)\n"
        "Số cuộc tấn công mạng gây sự cố\t512\t548\t701\t-27,0\n"
        "Số địa chỉ IP botnet\t498.210\t505.633\t681.402\t-26,9",
        None,
        [
            ("cyberattacks", "national", "month", "2025-05-31", 512),
            ("cyberattacks", "national", "month", "2025-04-30", 548),
            ("cyberattacks", "national", "month", "2024-05-31", 701),
            ("botnet_ips", "national", "as_of", "2025-05-31", 498210),
            ("botnet_ips", "national", "as_of", "2025-04-30", 505633),
            ("botnet_ips", "national", "as_of", "2024-05-31", 681402),
        ],
    ),
    # provincial tab table with a unit column and a plan column ("Kế hoạch năm 2025") and a "So với KH (%)" column: only "Thực hiện quý I" is stored
    (
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\n"
        "Biểu: Kết quả thực hiện chỉ tiêu chuyển đổi số quý I/2025\n"
        "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện quý I\tSo với KH (%)\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình\t%\t80\t56,2\t70,3\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử\t%\t100\t95,4\t95,4\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang\t%\t95\t91,7\t96,5",
        None,
        [
            ("online_dossier_full_process_rate", "Bình Dương", "quarter", "2025-03-31", 56.2),
            ("e_result_rate", "Bình Dương", "quarter", "2025-03-31", 95.4),
            ("ftth_household_rate", "Bình Dương", "as_of", "2025-03-31", 91.7),
        ],
    ),
    # --- mixed: another source's figures beside the one to store -------------------------------
    # a vendor's index (world, Singapore, Viet Nam and its rank) beside the ministry's measurement, which alone is stored
    (
        "Theo Ookla Speedtest Global Index tháng 3/2025, tốc độ băng rộng cố định trung bình toàn cầu là "
        "94,8 Mbps; Singapore dẫn đầu với 345,3 Mbps; Việt Nam đạt 162,4 Mbps, xếp thứ 38/153. Trong khi "
        "đó, số liệu đo kiểm của Cục Viễn thông cho thấy tốc độ tải xuống BRCĐ trung bình tại Việt Nam "
        "trong tháng 3/2025 đạt 171,6 Mbps.",
        "2025-04-16",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 171.6),
        ],
    ),
    # --- nothing to store ----------------------------------------------------------------------
    # deadlines: a dispatch's date, "chậm nhất ngày 30/6/2025", "trước ngày 31/12/2025", "53/53 … trong quý II/2025" are all targets
    (
        "Công điện số 25/CĐ-TTg ngày 08/3/2025 của Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương "
        "chậm nhất ngày 30/6/2025, 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình; trước ngày "
        "31/12/2025, 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC; hoàn "
        "thành 53/53 dịch vụ công thiết yếu trong quý II/2025.",
        "2025-03-10",
        [],
    ),
    # a provincial plan's targets ("đến năm 2025 … phấn đấu", "mục tiêu"): no value
    (
        "Theo Kế hoạch chuyển đổi số năm 2025, đến năm 2025, tỉnh Nghệ An phấn đấu tỷ trọng kinh tế số "
        "đạt 20% GRDP; 100% thôn, bản được phủ sóng băng rộng di động; tỷ lệ hộ gia đình sử dụng cáp "
        "quang đạt trên 80%; mục tiêu 50% dân số trưởng thành sử dụng DVCTT.",
        "2025-02-14",
        [],
    ),
    # decree and decision dates, counts of plans, conferences and trainees: no value
    (
        "Thực hiện Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông "
        "tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng và Quyết định số "
        "06/QĐ-TTg ngày 06/01/2022, đến nay các bộ, ngành, địa phương đã ban hành 1.245 kế hoạch, văn bản "
        "hướng dẫn triển khai; tổ chức 86 hội nghị tập huấn cho hơn 12.000 lượt cán bộ.",
        "2025-05-02",
        [],
    ),
    # "Hiện nay" with no published date and no date anywhere in the text: nothing can be dated
    (
        "Hiện nay, cả nước có khoảng 12.500 trạm BTS 5G; tốc độ truy cập băng rộng cố định trung bình đạt "
        "khoảng 175 Mbps, thuộc nhóm 15 nước dẫn đầu thế giới; tỷ lệ thuê bao sử dụng smartphone là 86%.",
        None,
        [],
    ),
    # "Tháng 10" with no year anywhere and no published date: not datable
    (
        "Tháng 10, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 35,4%, tăng 2,1 điểm phần trăm so "
        "với tháng 9; tỷ lệ cấp kết quả điện tử đạt 78,3%.",
        None,
        [],
    ),
    # operators' own figures (Viettel, VNPT) with "đến nay": not national values
    (
        "Đại diện Viettel cho biết, đến nay mạng 5G của Viettel đã có hơn 7.500 trạm phát sóng, phủ 90% "
        "dân số, tốc độ tải xuống trung bình đạt 700 Mbps. VNPT cũng công bố đã có 1,2 triệu thuê bao 5G "
        "sau 3 tháng thương mại hóa.",
        "2025-03-28",
        [],
    ),
    # only changes (year-on-year, month-on-month) and counts of meetings and documents: no value
    (
        "Tháng 4/2025, số giao dịch qua NDXP tăng 18,4% so với cùng kỳ năm 2024 và tăng 6,1% so với tháng "
        "3. Trong tháng, Tổ công tác đã tổ chức 3 cuộc họp, ban hành 12 văn bản đôn đốc; 5 bộ, ngành được "
        "kiểm tra.",
        "2025-05-06",
        [],
    ),
    # "63/63 tỉnh … ban hành kế hoạch" counts plans, not fee-reduction resolutions; the resolution date is not a value
    (
        "Đến nay, 63/63 tỉnh, thành phố đã ban hành kế hoạch chuyển đổi số năm 2025; 22/22 bộ, cơ quan "
        "ngang bộ đã ban hành chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
        "Bộ Chính trị.",
        "2025-02-27",
        [],
    ),
    # remainders still to do ("còn 8/53 … chưa", "2 tỉnh chưa", "290 thủ tục chưa"): no value
    (
        "Theo báo cáo, còn 8/53 dịch vụ công thiết yếu chưa được cung cấp toàn trình; 2 tỉnh chưa ban hành "
        "nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT; 290 thủ tục hành chính chưa được cắt giảm, "
        "đơn giản hóa theo kế hoạch.",
        "2024-08-02",
        [],
    ),
    # a vendors' survey (e-Conomy SEA) of the digital economy in USD and its growth: not stored
    (
        "Báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố ngày 12/11 cho biết, tổng "
        "giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 ước đạt 36 tỷ USD, tăng 16% so với "
        "năm 2023, thuộc nhóm tăng nhanh nhất Đông Nam Á.",
        "2024-11-15",
        [],
    ),
]
