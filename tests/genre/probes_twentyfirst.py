"""Blind genre probes, round 21: periods and dates in press summaries. Each case imitates a
VnExpress / VietnamPlus / Báo Chính phủ / VOV summary, a ministry monthly, quarterly, half-year or
year report, a provincial portal item or a committee meeting report, where the period of every
value has to be worked out rather than read off: "tháng trước", "cùng kỳ" values in parentheses,
"quý vừa qua" against the published date, "9 tháng", "lũy kế từ đầu năm", "tính đến cuối tháng
10" with the year only in the headline, a meeting day ("Chiều 12/3") with the year elsewhere,
"hiện nay"/"đến nay" resolved to the published date (or to the end of the quarter under review),
two periods side by side ("lần lượt"), and a month named without its year (December read in a
January article belongs to the previous year). Six cases hold nothing to store (targets,
year-on-year changes only, an operator's and another country's figures, counts of meetings and
decisions, an undatable "hiện nay"); several others mix stored values with remainders, sub-counts
after "trong đó" and changes. Written for the project from the genre's usual phrasings (not
copied from any page).
"""

CASES = [
    # Monthly report: month given without year in the body ("tháng 5", "tháng trước"), year only in the title; daily average and cumulative stock.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 (tóm tắt)\n"
        "Trong tháng 5, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,4 triệu "
        "giao dịch, cao hơn tháng trước (91,2 triệu giao dịch).\n"
        "Trung bình mỗi ngày trong tháng có khoảng 3,17 triệu giao dịch được thực hiện qua NDXP.\n"
        "Lũy kế từ khi đưa vào vận hành đến hết tháng 5, tổng số giao dịch qua NDXP đạt hơn "
        "4,1 tỷ giao dịch.",
        "2025-06-04",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98400000),
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 91200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3170000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4100000000),
        ],
    ),
    # Quarter flow with the "cùng kỳ năm ngoái" value in parentheses (kept, own period); "hết tháng 3" takes the quarter's year; the % change is not stored.
    (
        "VietnamPlus - Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong quý I/2025, "
        "hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.540 cuộc tấn công mạng gây "
        "sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Con số này giảm 13,6% so với cùng kỳ năm ngoái (1.783 cuộc).\n"
        "Số lượng địa chỉ IP thuộc các mạng botnet tính đến hết tháng 3 ở mức 452.310 địa chỉ.",
        None,
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1540),
            ("cyberattacks", "national", "quarter", "2024-03-31", 1783),
            ("botnet_ips", "national", "as_of", "2025-03-31", 452310),
        ],
    ),
    # "Quý vừa qua" resolved from the published date (early October -> Q3 of that year); the year target in parentheses is not stored.
    (
        "Thủ tục hành chính trực tuyến: chuyển biến nhưng chưa đạt kỳ vọng\n"
        "VOV.VN - Báo cáo của Bộ Thông tin và Truyền thông công bố ngày 7/10 cho thấy, trong quý "
        "vừa qua, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 46,3%, tỷ lệ hồ sơ trực tuyến toàn "
        "trình ở mức 28,7%.\n"
        "Cả hai chỉ số đều cải thiện so với quý trước nhưng vẫn còn khoảng cách lớn so với mục "
        "tiêu đề ra cho cả năm (80%).",
        "2024-10-08",
        [
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 46.3),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 28.7),
        ],
    ),
    # "9 tháng năm 2024" is year-to-date; spans of the portal's cumulative counts go on the _new twins; "riêng trong tháng 9" is its own month.
    (
        'Cổng Dịch vụ công quốc gia tiếp tục là "địa chỉ" tin cậy của người dân, doanh nghiệp\n'
        "Báo Chính phủ - 9 tháng năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 6,9 triệu hồ sơ "
        "trực tuyến, thực hiện 9,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn "
        "5.600 tỷ đồng.\n"
        "Riêng trong tháng 9, Cổng tiếp nhận 812.000 hồ sơ trực tuyến.",
        "2024-10-03",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 6900000),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 9800000),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 5600),
            ("national_portal_dossiers_new", "national", "month", "2024-09-30", 812000),
        ],
    ),
    # "Lũy kế từ đầu năm đến hết tháng 7/2025": a ytd flow of new accounts beside the stock it raises ("nâng tổng số ... lên"); "riêng tháng 7" a month flow.
    (
        "Cổng DVCQG thu hút thêm người dùng\n"
        "Theo Văn phòng Chính phủ, lũy kế từ đầu năm đến hết tháng 7/2025, Cổng DVCQG có thêm "
        "2,35 triệu tài khoản đăng ký mới, nâng tổng số tài khoản trên Cổng lên 16,8 triệu tài "
        "khoản.\n"
        "Riêng tháng 7 có 318.000 tài khoản mới.",
        None,
        [
            ("national_portal_accounts_new", "national", "ytd", "2025-07-31", 2350000),
            ("national_portal_accounts", "national", "as_of", "2025-07-31", 16800000),
            ("national_portal_accounts_new", "national", "month", "2025-07-31", 318000),
        ],
    ),
    # "Tính đến cuối tháng 10" with the year only in the headline; the month-on-month increase is not stored.
    (
        "Kết quả triển khai Đề án 06 tháng 10/2024\n"
        "Tính đến cuối tháng 10, cả nước đã cấp 87,6 triệu thẻ căn cước công dân gắn chip, kích "
        "hoạt 59,1 triệu tài khoản định danh điện tử (VNeID).\n"
        "So với cuối tháng 9, số tài khoản VNeID được kích hoạt tăng thêm gần 1 triệu.",
        "2024-11-08",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-10-31", 87600000),
            ("vneid_activated_accounts", "national", "as_of", "2024-10-31", 59100000),
        ],
    ),
    # Meeting day "Chiều 12/3" with the year only in the session's name; "đến nay" is the meeting date; no published date.
    (
        "Chiều 12/3, tại trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì Phiên họp thứ nhất năm "
        "2025 của Ủy ban Quốc gia về chuyển đổi số.\n"
        "Báo cáo tại phiên họp nêu rõ, đến nay tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%; 53/53 "
        "dịch vụ công thiết yếu đã được cung cấp toàn trình.\n"
        "Thủ tướng yêu cầu trong năm 2025 hoàn thành dứt điểm các nhiệm vụ còn chậm.",
        None,
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2025-03-12", 41.2),
            ("essential_services_full_process", "national", "as_of", "2025-03-12", 53),
        ],
    ),
    # Interview quote with "Hiện nay" and a published date (as_of that date); the year-end target is not stored.
    (
        "Phủ sóng 5G: tăng tốc để về đích\n"
        'Trả lời phỏng vấn VnExpress, lãnh đạo Cục Viễn thông cho biết: "Hiện nay, mạng 5G đã phủ '
        'sóng tới 26% dân số, với khoảng 7.000 trạm BTS 5G đang phát sóng trên cả nước".\n'
        "Theo ông, các doanh nghiệp phấn đấu đến cuối năm nay phủ sóng 5G cho 90% dân số.",
        "2025-05-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-20", 26),
            ("fiveg_bts_count", "national", "as_of", "2025-05-20", 7000),
        ],
    ),
    # NEGATIVE: "hiện nay" with no published date and no date anywhere in the text cannot be dated.
    (
        "Xóa vùng lõm sóng: còn nhiều thách thức\n"
        "Đại diện Bộ Thông tin và Truyền thông cho biết, hiện nay cả nước còn khoảng 1.500 thôn, "
        "bản lõm sóng di động, chủ yếu ở khu vực miền núi phía Bắc và Tây Nguyên.\n"
        "Bộ đang phối hợp với các doanh nghiệp viễn thông để xóa các vùng lõm sóng này.",
        None,
        [],
    ),
    # Two months side by side, the second month without its year, and "lần lượt" pairing two values to two months.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 6/2025\n"
        "Tốc độ truy cập Internet băng rộng cố định trung bình tháng 6/2025 đạt 238,5 Mbps, tháng 5 "
        "là 231,2 Mbps.\n"
        "Với băng rộng di động, tốc độ trung bình của hai tháng này lần lượt là 152,8 Mbps và "
        "146,1 Mbps.",
        "2025-07-10",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 238.5),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 231.2),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 152.8),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.1),
        ],
    ),
    # "Trong tháng 11" without a year, taken from the published date; localities and ministries blocks.
    (
        "Cấp kết quả điện tử: khối bộ, ngành dẫn đầu\n"
        "VOV.VN - Trong tháng 11, tỷ lệ hồ sơ được cấp kết quả điện tử của khối địa phương đạt "
        "78,4%, của khối bộ, ngành đạt 85,1%.\n"
        "Kết quả này được Bộ Thông tin và Truyền thông nêu trong báo cáo tháng gửi Ủy ban Quốc gia "
        "về chuyển đổi số.",
        "2024-12-03",
        [
            ("e_result_rate", "localities", "month", "2024-11-30", 78.4),
            ("e_result_rate", "ministries", "month", "2024-11-30", 85.1),
        ],
    ),
    # "Trong tháng 12" read in a January article: the previous year's December.
    (
        "Số hóa hồ sơ, tái sử dụng dữ liệu: kết quả tích cực cuối năm\n"
        "Báo Chính phủ - Theo số liệu tổng hợp trên Hệ thống thông tin giải quyết TTHC, trong tháng "
        "12, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trên cả nước đạt 42,7%; tỷ lệ "
        "hồ sơ TTHC gắn mã định danh cá nhân đạt 96,5%.\n"
        "Đây là những kết quả tích cực trong tháng cuối cùng của năm.",
        "2025-01-06",
        [
            ("data_reuse_rate", "national", "month", "2024-12-31", 42.7),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-12-31", 96.5),
        ],
    ),
    # Provincial portal, "toàn tỉnh" quarter; the count after "trong đó" has no id, its share is the rate; the change in points is not stored.
    (
        "Bắc Ninh: Hồ sơ trực tuyến chiếm tỷ lệ cao\n"
        "Cổng Thông tin điện tử tỉnh Bắc Ninh - Trong quý II/2025, toàn tỉnh tiếp nhận 215.430 hồ "
        "sơ TTHC, trong đó 198.120 hồ sơ trực tuyến, chiếm tỷ lệ 91,97%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,5%, tăng 6,2 điểm phần trăm so với quý I.",
        "2025-07-08",
        [
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2025-06-30", 91.97),
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2025-06-30", 64.5),
        ],
    ),
    # "6 tháng đầu năm 2024" for one city ("trên địa bàn thành phố Đà Nẵng"); the year-end target is not stored.
    (
        "Đà Nẵng duy trì mức độ hài lòng cao\n"
        "6 tháng đầu năm 2024, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết "
        "TTHC trên địa bàn thành phố Đà Nẵng đạt 96,2%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt "
        "91,4%.\n"
        "Thành phố phấn đấu đến cuối năm nâng tỷ lệ hài lòng lên trên 98%.",
        None,
        [
            ("satisfaction_rate", "Đà Nẵng", "half", "2024-06-30", 96.2),
            ("e_result_rate", "Đà Nẵng", "half", "2024-06-30", 91.4),
        ],
    ),
    # Year under review with an estimate ("ước đạt") and the previous year's value in a separate sentence; "gấp gần 3 lần" is not stored.
    (
        "Kinh tế số: động lực tăng trưởng mới\n"
        "Theo Bộ Thông tin và Truyền thông, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3%; "
        "kinh tế số tăng trưởng khoảng 20%, gấp gần 3 lần tốc độ tăng GDP.\n"
        "Năm 2023, tỷ trọng này là 16,5%.",
        "2025-02-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # NEGATIVE: targets only (mục tiêu đến năm 2025, phấn đấu đến năm 2030).
    (
        "Những mục tiêu lớn cho chuyển đổi số\n"
        "Nghị quyết đề ra mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP, 80% dịch vụ công trực "
        "tuyến được cung cấp toàn trình và 50% người trưởng thành sử dụng DVCTT.\n"
        "Đến năm 2030, phấn đấu tỷ trọng kinh tế số đạt 30% GDP, 100% hộ gia đình có Internet cáp "
        "quang băng rộng.",
        "2024-09-01",
        [],
    ),
    # NEGATIVE: one operator's own figures (Viettel), dated but not national.
    (
        "Viettel tăng tốc phủ sóng 5G\n"
        "Tính đến cuối tháng 9/2024, Viettel đã lắp đặt 3.200 trạm BTS 5G và phủ sóng 5G tới 90% "
        "dân số tại các quận trung tâm của 63 tỉnh, thành phố.\n"
        "Doanh nghiệp cho biết số thuê bao 5G của mạng này đã vượt 1 triệu sau hai tháng thương "
        "mại hóa.",
        "2024-10-15",
        [],
    ),
    # Mixed: other countries' ranks are not stored; Viet Nam's 2024 edition and the 2022 edition in parentheses are; "tăng 15 bậc" is not.
    (
        "Việt Nam thăng hạng Chính phủ điện tử\n"
        "Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Đan Mạch đứng đầu, Estonia và "
        "Singapore lần lượt xếp thứ 2 và 3.\n"
        "Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193).",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # "Tính đến hết tháng 2" without a year (from the published date); the 4G part after "trong đó" is not stored; count and share of smartphone subscriptions.
    (
        "Thuê bao băng rộng di động tiếp tục tăng\n"
        "Báo cáo của Cục Viễn thông cho biết, tính đến hết tháng 2, tổng số thuê bao băng rộng di "
        "động đạt 90,2 triệu, trong đó thuê bao 4G chiếm 78,4 triệu.\n"
        "Số thuê bao sử dụng điện thoại thông minh là 83,1 triệu, tương đương 84,7% tổng số thuê "
        "bao điện thoại di động.",
        "2025-03-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-02-28", 90200000),
            ("smartphone_subscriptions", "national", "as_of", "2025-02-28", 83100000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-02-28", 84.7),
        ],
    ),
    # NEGATIVE: year-on-year and month-on-month changes only (tăng 21%, gấp 1,8 lần, giảm 9,3%, tăng 34%).
    (
        "Các chỉ số chuyển đổi số cải thiện so với cùng kỳ\n"
        "So với cùng kỳ năm trước, số hồ sơ trực tuyến nộp qua Cổng DVCQG trong quý III/2024 tăng "
        "21%, giá trị thanh toán trực tuyến tăng gấp 1,8 lần, còn số cuộc tấn công mạng gây sự cố "
        "giảm 9,3%.\n"
        "Tốc độ băng rộng di động tăng 34% so với tháng 9 năm ngoái.",
        "2024-10-10",
        [],
    ),
    # A table written as lines under a month header; ministries, localities and the national row.
    (
        "Kết quả cung cấp dịch vụ công trực tuyến tháng 4/2025:\n"
        "- Khối bộ, ngành: tỷ lệ DVCTT toàn trình 61,2%; tỷ lệ hồ sơ xử lý trực tuyến 72,4%.\n"
        "- Khối địa phương: tỷ lệ DVCTT toàn trình 53,8%; tỷ lệ hồ sơ xử lý trực tuyến 48,1%.\n"
        "- Chung cả nước: tỷ lệ DVCTT toàn trình 55,6%; tỷ lệ hồ sơ xử lý trực tuyến 52,3%.",
        None,
        [
            ("dvctt_full_process_rate", "ministries", "month", "2025-04-30", 61.2),
            ("online_dossier_rate", "ministries", "month", "2025-04-30", 72.4),
            ("dvctt_full_process_rate", "localities", "month", "2025-04-30", 53.8),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 48.1),
            ("dvctt_full_process_rate", "national", "month", "2025-04-30", 55.6),
            ("online_dossier_rate", "national", "month", "2025-04-30", 52.3),
        ],
    ),
    # "Tính đến ngày 15/4/2025" with "61/63" as a count; the 2 remaining provinces are not stored.
    (
        "Miễn, giảm phí để khuyến khích người dân dùng dịch vụ công trực tuyến\n"
        "Tính đến ngày 15/4/2025, 61/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành nghị "
        "quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện DVCTT; 2 địa phương còn lại đang "
        "hoàn thiện hồ sơ trình HĐND tại kỳ họp gần nhất.\n"
        "Bộ Tài chính đề nghị các địa phương sớm hoàn tất việc ban hành nghị quyết.",
        None,
        [
            ("localities_fee_reduction", "national", "as_of", "2025-04-15", 61),
        ],
    ),
    # Press briefing "Sáng 5/9" whose year is only in the headline about the previous month; "đến nay" is the briefing day; the remainder (219) is not stored.
    (
        "Họp báo Chính phủ thường kỳ tháng 8/2024\n"
        "Sáng 5/9, tại họp báo, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho biết đến nay đã có "
        "865/1.084 thủ tục hành chính được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của "
        "Chính phủ, còn 219 thủ tục đang được các bộ khẩn trương xử lý.\n"
        "Người phát ngôn Chính phủ cũng trả lời các câu hỏi của phóng viên về tình hình kinh tế - xã hội.",
        None,
        [
            ("procedures_simplified", "national", "as_of", "2024-09-05", 865),
        ],
    ),
    # "Tính đến hết quý III/2024": two levels at the quarter's end; "bộ, ngành, địa phương" together is national.
    (
        "Bảo đảm an toàn thông tin theo cấp độ: chuyển biến rõ nét\n"
        "Tính đến hết quý III/2024, 92,5% hệ thống thông tin của các bộ, ngành, địa phương đã được "
        "phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin; 100% hệ thống giải quyết TTHC cấp bộ, "
        "cấp tỉnh đã kết nối, đồng bộ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng "
        "dịch vụ (EMC).\n"
        "Các cơ quan được yêu cầu tiếp tục rà soát, triển khai phương án bảo đảm an toàn theo hồ sơ đã được phê duyệt.",
        "2024-10-12",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 92.5),
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 100),
        ],
    ),
    # Year under review ("Năm 2024, ...") read in January: rates for the year and a stock at 31 December.
    (
        "Hạ tầng số năm 2024: nhiều dấu ấn\n"
        "Năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,5%; tỷ lệ hộ gia "
        "đình sử dụng Internet cáp quang băng rộng đạt 82,3%; số thuê bao băng rộng cố định đạt "
        "24,6 triệu thuê bao.\n"
        "Hạ tầng viễn thông tiếp tục được đánh giá là nền tảng cho phát triển kinh tế số.",
        "2025-01-20",
        [
            ("smartphone_subscriber_rate", "national", "year", "2024-12-31", 88.5),
            ("ftth_household_rate", "national", "year", "2024-12-31", 82.3),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24600000),
        ],
    ),
    # Half-year value beside the "cùng kỳ năm 2024" value in parentheses (its own half); a third value with no date of its own takes the half.
    (
        "Người dân dùng dịch vụ công trực tuyến ngày càng nhiều\n"
        "6 tháng đầu năm 2025, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt "
        "52,1%, cao hơn nhiều so với cùng kỳ năm 2024 (39,8%).\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC ở mức 91,6%.",
        "2025-07-15",
        [
            ("adult_population_using_dvctt_rate", "national", "half", "2025-06-30", 52.1),
            ("adult_population_using_dvctt_rate", "national", "half", "2024-06-30", 39.8),
            ("satisfaction_rate", "national", "half", "2025-06-30", 91.6),
        ],
    ),
    # Mixed: "tính đến cuối tháng 6/2024" carries to the next sentence; the rural sub-count after "trong đó" is not stored.
    (
        "Tài chính toàn diện: độ phủ tài khoản thanh toán mở rộng\n"
        "Theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, khoảng 87% người trưởng thành đã có "
        "tài khoản thanh toán.\n"
        "Số khách hàng sử dụng dịch vụ Mobile Money đạt 8,6 triệu, trong đó gần 6 triệu khách hàng "
        "ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.",
        None,
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8600000),
        ],
    ),
    # "Từ ... (tháng 7/2022) đến nay": the start month is a trap, the level is as_of the published date; the "trong đó" sub-count is not stored.
    (
        "Hóa đơn điện tử: hiệu quả rõ rệt\n"
        "Tổng cục Thuế cho biết, từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022) "
        "đến nay, cơ quan thuế đã tiếp nhận, xử lý hơn 8,2 tỷ hóa đơn điện tử, trong đó có 2,5 tỷ "
        "hóa đơn có mã của cơ quan thuế.\n"
        "Việc sử dụng hóa đơn điện tử giúp giảm chi phí tuân thủ cho doanh nghiệp và tăng cường chống thất thu thuế.",
        "2024-08-14",
        [
            ("e_invoices_total", "national", "as_of", "2024-08-14", 8200000000),
        ],
    ),
    # "Đến hết tháng 9/2024" for three village measures in two sentences (dead-zone count, share covered, share of villages with signal).
    (
        "Sóng di động về thôn, bản vùng khó\n"
        "Đến hết tháng 9/2024, cả nước còn 1.246 thôn, bản lõm sóng di động.\n"
        "Tỷ lệ thôn, bản có điện lưới trước đây lõm sóng nay đã được phủ sóng đạt 92,1%; 99,7% "
        "thôn, bản trên cả nước đã có sóng di động.",
        None,
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1246),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 92.1),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 99.7),
        ],
    ),
    # Conference "Sáng 28/11" with the year only in the event's name; the parts in parentheses are not stored.
    (
        "NDXP kết nối ngày càng rộng\n"
        "Sáng 28/11, tại Hà Nội, Văn phòng Chính phủ tổ chức hội nghị tổng kết công tác vận hành "
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia năm 2024.\n"
        "Đến nay, NDXP đã kết nối với 107 cơ quan, đơn vị (gồm 24 bộ, ngành, 63 địa phương và 20 "
        "doanh nghiệp, tổ chức) với 8.560 điểm kết nối.",
        None,
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-28", 107),
            ("ndxp_connection_points", "national", "as_of", "2024-11-28", 8560),
        ],
    ),
    # "Tính đến 30/6/2025" national value with the blocks in parentheses.
    (
        "Dịch vụ công trực tuyến toàn trình: khối bộ, ngành dẫn đầu\n"
        "Tính đến 30/6/2025, tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình đạt 89,6% "
        "(khối bộ, ngành đạt 92%; khối địa phương đạt 87,4%).\n"
        "Văn phòng Chính phủ đề nghị các địa phương còn thấp tập trung rà soát, tái cấu trúc quy trình.",
        None,
        [
            ("full_process_provision_rate", "national", "as_of", "2025-06-30", 89.6),
            ("full_process_provision_rate", "ministries", "as_of", "2025-06-30", 92),
            ("full_process_provision_rate", "localities", "as_of", "2025-06-30", 87.4),
        ],
    ),
    # Two periods side by side: "đến cuối năm 2023" and "đến nay" (published date) in one sentence, plus "chạm mốc".
    (
        "Dịch vụ công trực tuyến tiếp tục được mở rộng\n"
        "Đến cuối năm 2023, tỷ lệ DVCTT trên tổng số TTHC là 81,3%; đến nay, con số này đã lên "
        "tới 84,6%, trong khi tỷ lệ DVCTT toàn trình chạm mốc 52%.\n"
        "Các bộ, ngành, địa phương được yêu cầu nâng cao chất lượng, tránh chạy theo số lượng.",
        "2024-05-10",
        [
            ("dvctt_rate", "national", "as_of", "2023-12-31", 81.3),
            ("dvctt_rate", "national", "as_of", "2024-05-10", 84.6),
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-10", 52),
        ],
    ),
    # "Trong 9 tháng năm 2024" rates (ytd) beside "Tính đến 30/9" without its year; the services count has no id.
    (
        "Dịch vụ công có phát sinh hồ sơ chưa cao\n"
        "Trong 9 tháng năm 2024, tỷ lệ DVCTT có phát sinh hồ sơ trên cả nước đạt 59,4%; tỷ lệ hồ "
        "sơ xử lý trực tuyến đạt 44,9%.\n"
        "Tính đến 30/9, cả nước có 4.481 DVCTT toàn trình, đạt tỷ lệ 46,8% tổng số TTHC.",
        "2024-10-05",
        [
            ("dvctt_with_dossiers_rate", "national", "ytd", "2024-09-30", 59.4),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 44.9),
            ("dvctt_full_process_rate", "national", "as_of", "2024-09-30", 46.8),
        ],
    ),
    # "Hiện nay" in a text about quý I/2024 published in late June: the end of the quarter, not the published date; the yoy change is not stored.
    (
        "Hạ tầng số quý I: tiếp tục mở rộng\n"
        "Trong quý I/2024, hạ tầng số tiếp tục được mở rộng, số thuê bao băng rộng cố định tăng "
        "1,2 triệu so với cùng kỳ.\n"
        "Hiện nay, tỷ lệ người sử dụng Internet đạt 79,1% dân số, tỷ lệ thuê bao di động sử dụng "
        "điện thoại thông minh là 86,2%.",
        "2024-06-20",
        [
            ("internet_users_rate", "national", "as_of", "2024-03-31", 79.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-03-31", 86.2),
        ],
    ),
    # Month flows ("trong tháng 8/2024") beside cumulative stocks "lũy kế đến nay" (published date); "12,9 nghìn tỷ đồng".
    (
        "Cổng DVCQG: hồ sơ trực tuyến và thanh toán tăng đều\n"
        "Báo Chính phủ - Trong tháng 8/2024, Cổng DVCQG tiếp nhận 1,12 triệu hồ sơ trực tuyến và "
        "1,4 triệu giao dịch thanh toán trực tuyến.\n"
        "Lũy kế đến nay, Cổng đã tiếp nhận 54,3 triệu hồ sơ trực tuyến, thực hiện 41,7 triệu giao "
        "dịch thanh toán trực tuyến với tổng số tiền 12,9 nghìn tỷ đồng.",
        "2024-09-06",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1120000),
            ("online_payments_count_new", "national", "month", "2024-08-31", 1400000),
            ("national_portal_dossiers", "national", "as_of", "2024-09-06", 54300000),
            ("online_payments_count", "national", "as_of", "2024-09-06", 41700000),
            ("online_payments_value", "national", "as_of", "2024-09-06", 12900),
        ],
    ),
    # "Từ đầu năm đến nay" (ytd to the published date) beside a stock at the end of quý III and "cuối quý trước" in parentheses.
    (
        "An toàn thông tin: số vụ tấn công gây sự cố giảm\n"
        "Theo Cục An toàn thông tin, từ đầu năm đến nay, cả nước ghi nhận 2.950 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin.\n"
        "Số địa chỉ IP thuộc mạng botnet vào cuối quý III/2024 là 389.000, giảm 7% so với cuối quý "
        "trước (418.300 địa chỉ).",
        "2024-10-15",
        [
            ("cyberattacks", "national", "ytd", "2024-10-15", 2950),
            ("botnet_ips", "national", "as_of", "2024-09-30", 389000),
            ("botnet_ips", "national", "as_of", "2024-06-30", 418300),
        ],
    ),
    # "9 tháng đầu năm 2025" flow and its daily average ("bình quân mỗi ngày"); the yoy change is not stored.
    (
        "NDXP: lưu lượng giao dịch tăng mạnh\n"
        "Trong 9 tháng đầu năm 2025, NDXP đã xử lý 820 triệu giao dịch, tăng 35% so với cùng kỳ "
        "năm 2024; bình quân mỗi ngày có khoảng 3 triệu giao dịch.\n"
        'Nền tảng đang trở thành "trục" kết nối dữ liệu giữa các bộ, ngành, địa phương.',
        None,
        [
            ("ndxp_transactions_period", "national", "ytd", "2025-09-30", 820000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-09-30", 3000000),
        ],
    ),
    # NEGATIVE: counts of meetings, decisions and tasks for a year, with a "trong đó" sub-count.
    (
        "Ủy ban Quốc gia về chuyển đổi số: một năm hoạt động tích cực\n"
        "Năm 2024, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 4 phiên họp, ban hành 12 nghị "
        "quyết, quyết định và giao 76 nhiệm vụ cho các bộ, ngành, địa phương; trong đó 58 nhiệm vụ "
        "đã hoàn thành đúng hạn.\n"
        "Nhiều nhiệm vụ còn lại được chuyển tiếp sang năm sau.",
        "2025-01-10",
        [],
    ),
    # NEGATIVE: an operator's (VNPT) speeds incl. upload, another country's and the world's averages.
    (
        "VNPT công bố tốc độ Internet trên mạng của mình\n"
        "VNPT cho biết, trong tháng 9, tốc độ truy cập băng rộng cố định trung bình trên mạng của "
        "doanh nghiệp đạt 250 Mbps, tốc độ tải lên đạt 240 Mbps.\n"
        "Cùng thời điểm, tốc độ băng rộng cố định trung bình của Thái Lan là 230 Mbps, của thế "
        "giới là 95 Mbps.",
        "2024-10-20",
        [],
    ),
    # "Đến cuối tháng 4" with the year only in the title; "tăng 3 dịch vụ so với tháng trước" and the 6 remaining are not stored; "trong tháng" flow.
    (
        "Báo cáo tình hình triển khai Đề án 06 tháng 4/2024\n"
        "Đến cuối tháng 4, đã có 47/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình, "
        "tăng 3 dịch vụ so với tháng trước; 6 dịch vụ còn lại phải hoàn thành trong quý II.\n"
        "Cổng DVCQG có thêm 412.000 tài khoản đăng ký mới trong tháng.",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-30", 47),
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 412000),
        ],
    ),
]
