"""Blind genre probes, round 59: the online public services family (e_services) as Vietnamese
reports and press wrote it in 2022-2026 -- the ministry's monthly digital-transformation reports,
Government Office notices, national press summaries, provincial portals about their own province,
interviews and year-end reviews -- with figures before and after their names, counts with their
shares, "lần lượt" lists, parenthesised ministry/locality splits, tables and rankings written as
lines, cumulative National Portal stocks next to their monthly and quarterly flows, and negative or
mixed texts (targets, one ministry's, one operator's, one district's or another country's figures,
year-on-year changes, remainders, sub-counts after "trong đó", procedures simplified by a province,
undatable "hiện nay" stocks). Written for the project from the genre's usual phrasings (not copied
from any page).
"""

CASES = [
    # ministry monthly report: heading over bullets, one cut-off date, ministry/locality split in parentheses
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Về cung cấp dịch vụ công trực tuyến (số liệu tính đến 31/5/2025):\n"
        "- Tỷ lệ DVCTT toàn trình trên tổng số TTHC: 55,2% (khối bộ, ngành 61,4%; khối địa phương 52,8%).\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng: 41,07%.\n"
        "- Tỷ lệ hồ sơ có kết quả điện tử: 63,5%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: 38,9%.",
        None,
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 55.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-31", 61.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-31", 52.8),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 41.07),
            ("e_result_rate", "national", "as_of", "2025-05-31", 63.5),
            ("data_reuse_rate", "national", "as_of", "2025-05-31", 38.9),
        ],
    ),
    # Government Office notice: essential services as a ratio of 53, remainder and target left out, date carried to next sentence
    (
        "Thông báo số 412/TB-VPCP ngày 18/9/2024 kết luận của Thủ tướng tại phiên họp thứ 10 của Ủy ban Quốc gia về chuyển đổi số.\n"
        "Tính đến ngày 31/8/2024, cả nước đã có 45/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 8 dịch vụ còn lại phải hoàn thành trong tháng 10/2024.\n"
        "Tỷ lệ người dân trưởng thành sử dụng DVCTT mới đạt 36,4%, thấp hơn mục tiêu 40% đặt ra cho năm 2024.\n"
        "Phấn đấu đến hết năm 2025, 100% hồ sơ TTHC được gắn với mã định danh cá nhân.",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-31", 45),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-08-31", 36.4),
        ],
    ),
    # press summary: portal stocks at end of March next to Q1 flows, "triệu" and "tỷ đồng" conversions
    (
        "Cổng Dịch vụ công quốc gia đã có hơn 15,2 triệu tài khoản đăng ký tính đến cuối tháng 3/2024, theo Văn phòng Chính phủ.\n"
        "Riêng trong quý I, cổng có thêm 1,1 triệu tài khoản mới và tiếp nhận gần 4,6 triệu hồ sơ trực tuyến.\n"
        "Lũy kế, người dân và doanh nghiệp đã nộp khoảng 52 triệu hồ sơ qua cổng, thực hiện 18,7 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 9.870 tỷ đồng.",
        "2024-04-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 15200000),
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 1100000),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 4600000),
            ("national_portal_dossiers", "national", "as_of", "2024-03-31", 52000000),
            ("online_payments_count", "national", "as_of", "2024-03-31", 18700000),
            ("online_payments_value", "national", "as_of", "2024-03-31", 9870),
        ],
    ),
    # provincial portal: quarter, count then share after "trong đó", on-time rate and service counts without id, satisfaction
    (
        "Trong quý II/2025, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh và bộ phận một cửa các cấp đã tiếp nhận 186.420 hồ sơ TTHC, trong đó 171.305 hồ sơ nộp trực tuyến, chiếm 91,89%.\n"
        "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,6%.\n"
        "Toàn tỉnh hiện cung cấp 1.612 DVCTT, trong đó 1.098 dịch vụ toàn trình.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp với việc giải quyết TTHC đạt 98,7%.",
        "2025-07-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-06-30", 91.89),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2025-06-30", 98.7),
        ],
    ),
    # mixed: index scores and rankings (no id) beside one national year rate; share of payments has no id
    (
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp (Bộ chỉ số 766) năm 2024 công bố ngày 10/1/2025, Quảng Ninh dẫn đầu khối địa phương với 90,12 điểm, tiếp theo là Bình Dương và Đà Nẵng.\n"
        "Ở khối bộ, ngành, Bảo hiểm xã hội Việt Nam xếp thứ nhất.\n"
        "Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 45,3%, trong khi tỷ lệ thanh toán trực tuyến đạt 38,5%.",
        "2025-01-11",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.3),
        ],
    ),
    # "lần lượt" list for the two levels, national after a semicolon, eligible-procedures share
    (
        "Tính đến ngày 15/4/2025, tỷ lệ cung cấp DVCTT toàn trình của khối bộ, ngành và khối địa phương lần lượt là 63,1% và 54,7%; tính chung cả nước là 56,9%.\n"
        "Tỷ lệ TTHC đủ điều kiện được cung cấp toàn trình đạt 97,2%.\n"
        "Các bộ, địa phương được yêu cầu rà soát, tái cấu trúc quy trình đối với các thủ tục còn lại.",
        None,
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-04-15", 63.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-04-15", 54.7),
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 56.9),
            ("full_process_provision_rate", "national", "as_of", "2025-04-15", 97.2),
        ],
    ),
    # interview with a provincial director: "đến nay" with published date, ratio with share, 9-month rate, provincial target left out
    (
        "Phóng viên: Xin ông cho biết kết quả cung cấp dịch vụ công trực tuyến của tỉnh Hà Tĩnh?\n"
        "Giám đốc Sở Thông tin và Truyền thông Hà Tĩnh: Đến nay, tỉnh đã cung cấp 1.428/1.795 TTHC dưới dạng dịch vụ công trực tuyến, đạt 79,6%, trong đó 912 dịch vụ toàn trình, chiếm 50,8% tổng số thủ tục.\n"
        "Tỷ lệ hồ sơ nộp trực tuyến 9 tháng đầu năm đạt 72,4%, nhưng mục tiêu của tỉnh là 80% vào cuối năm.",
        "2024-10-12",
        [
            ("dvctt_rate", "Hà Tĩnh", "as_of", "2024-10-12", 79.6),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2024-10-12", 50.8),
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2024-09-30", 72.4),
        ],
    ),
    # negative: year-on-year changes, one named ministry's own figures, a target
    (
        "Trong 6 tháng đầu năm 2025, số hồ sơ trực tuyến tiếp nhận qua Cổng Dịch vụ công quốc gia tăng 23,5% so với cùng kỳ năm trước; số giao dịch thanh toán trực tuyến tăng gấp 1,7 lần.\n"
        "Riêng Bộ Công an đã cung cấp 28 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến của bộ đạt 96%.\n"
        "Mục tiêu đến cuối năm 2025, 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến.",
        "2025-07-10",
        [],
    ),
    # table written as lines: header row with the levels, month in the title
    (
        "Bảng 2. Kết quả cung cấp, sử dụng DVCTT (số liệu tháng 10/2024)\n"
        "Chỉ tiêu | Khối bộ, ngành | Khối địa phương | Cả nước\n"
        "Tỷ lệ DVCTT/TTHC (%) | 89,6 | 82,3 | 84,1\n"
        "Tỷ lệ hồ sơ trực tuyến (%) | 71,2 | 44,8 | 52,6\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử (%) | 75,0 | 59,4 | 63,3",
        None,
        [
            ("dvctt_rate", "ministries", "month", "2024-10-31", 89.6),
            ("dvctt_rate", "localities", "month", "2024-10-31", 82.3),
            ("dvctt_rate", "national", "month", "2024-10-31", 84.1),
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 71.2),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 44.8),
            ("online_dossier_rate", "national", "month", "2024-10-31", 52.6),
            ("e_result_rate", "ministries", "month", "2024-10-31", 75.0),
            ("e_result_rate", "localities", "month", "2024-10-31", 59.4),
            ("e_result_rate", "national", "month", "2024-10-31", 63.3),
        ],
    ),
    # monthly payment flows beside cumulative stocks ("lũy kế từ khi khai trương", "lên tới", "nghìn tỷ đồng"), new accounts "trong tháng"
    (
        "Trong tháng 8/2025, Cổng Dịch vụ công quốc gia ghi nhận 2,31 triệu giao dịch thanh toán trực tuyến với số tiền 1.486 tỷ đồng.\n"
        "Lũy kế từ khi khai trương, số giao dịch thanh toán đạt trên 64,5 triệu, số tiền thanh toán lên tới 31,2 nghìn tỷ đồng.\n"
        "Cổng cũng có thêm 412.380 tài khoản đăng ký mới trong tháng.",
        "2025-09-05",
        [
            ("online_payments_count_new", "national", "month", "2025-08-31", 2310000),
            ("online_payments_value_new", "national", "month", "2025-08-31", 1486),
            ("online_payments_count", "national", "as_of", "2025-08-31", 64500000),
            ("online_payments_value", "national", "as_of", "2025-08-31", 31200),
            ("national_portal_accounts_new", "national", "month", "2025-08-31", 412380),
        ],
    ),
    # year-end review: count then share of all procedures, SIPAS, fee-reduction provinces as a ratio of 63; "2 lần" change left out
    (
        "Tổng kết năm 2023: toàn quốc có 4.432 dịch vụ công trực tuyến toàn trình, chiếm 42,9% tổng số TTHC.\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 43,5%, cao hơn 2 lần so với năm 2021.\n"
        "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS 2023) đạt 81,3%.\n"
        "Có 52/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT.",
        "2024-01-10",
        [
            ("dvctt_full_process_rate", "national", "year", "2023-12-31", 42.9),
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.5),
            ("satisfaction_rate", "national", "year", "2023-12-31", 81.3),
            ("localities_fee_reduction", "national", "as_of", "2023-12-31", 52),
        ],
    ),
    # negative: a province's own simplification count, decisions issued, training conferences, one district's rate
    (
        "Năm 2024, UBND tỉnh Lạng Sơn ban hành 14 quyết định công bố danh mục TTHC và đã rà soát, đơn giản hóa 126 thủ tục hành chính thuộc thẩm quyền của tỉnh.\n"
        "Tỉnh cũng tổ chức 3 hội nghị tập huấn về dịch vụ công trực tuyến cho cán bộ cấp xã.\n"
        "Huyện Cao Lộc có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 88,4%.",
        "2025-01-06",
        [],
    ),
    # mixed: national monthly rate with the highest and lowest provinces in parentheses on a national page
    (
        "Báo cáo tháng 3/2024 của Bộ Thông tin và Truyền thông cho biết tỷ lệ hồ sơ trực tuyến toàn trình của cả nước trong tháng đạt 27,6%.\n"
        "Địa phương có tỷ lệ cao nhất là Bình Dương (78,2%), thấp nhất là Điện Biên (9,1%).\n"
        "Tỷ lệ DVCTT toàn trình tính chung cả nước ở mức 44,7%.",
        "2024-04-10",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 27.6),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2024-03-31", 78.2),
            ("online_dossier_full_process_rate", "Điện Biên", "month", "2024-03-31", 9.1),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-31", 44.7),
        ],
    ),
    # services with dossiers: count of a base, part with "phát sinh hồ sơ", share; EMC connection
    (
        "Theo số liệu trên Hệ thống EMC đến hết tháng 6/2024, trong số 6.920 dịch vụ công trực tuyến của cả nước, chỉ 3.315 dịch vụ có phát sinh hồ sơ trực tuyến, chiếm 47,9%.\n"
        "Nhiều dịch vụ được cung cấp nhưng không có người sử dụng trong suốt 6 tháng.\n"
        "Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC là 87,5%.",
        None,
        [
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-06-30", 47.9),
            ("emc_connection_rate", "national", "as_of", "2024-06-30", 87.5),
        ],
    ),
    # personal-ID rate with colon splits in parentheses; digitisation rate (no id) next to data reuse
    (
        "Văn phòng Chính phủ ngày 25/11/2024 có văn bản gửi các bộ, ngành, địa phương về tình hình triển khai Đề án 06.\n"
        "Về việc gắn định danh, tính đến ngày 20/11/2024, tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân đạt 88,2% (bộ, ngành: 93,5%; địa phương: 86,9%).\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 61,4%, trong khi tỷ lệ khai thác, tái sử dụng dữ liệu số hóa mới ở mức 27,8%.",
        None,
        [
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-11-20", 88.2),
            ("dossiers_with_personal_id_rate", "ministries", "as_of", "2024-11-20", 93.5),
            ("dossiers_with_personal_id_rate", "localities", "as_of", "2024-11-20", 86.9),
            ("data_reuse_rate", "national", "as_of", "2024-11-20", 27.8),
        ],
    ),
    # "hiện nay" with a published date: adults share with "khoảng", 63/63 localities; 50% target left out
    (
        "Hiện nay, khoảng 45,7% dân số trưởng thành đã sử dụng dịch vụ công trực tuyến, theo Cục Chuyển đổi số quốc gia.\n"
        "Con số này cho thấy còn khoảng cách so với mục tiêu 50% vào năm 2025.\n"
        "Cả nước cũng đã có 63/63 địa phương ban hành nghị quyết giảm phí, lệ phí khi nộp hồ sơ trực tuyến.",
        "2025-03-14",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-03-14", 45.7),
            ("localities_fee_reduction", "national", "as_of", "2025-03-14", 63),
        ],
    ),
    # negative: "hiện nay" stocks with no published date and no date in the text are undatable
    (
        "Hiện nay, Cổng Dịch vụ công quốc gia đã tích hợp hơn 4.500 dịch vụ công trực tuyến, với trên 20 triệu tài khoản đăng ký.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt khoảng 40%.\n"
        "Thời gian tới, Văn phòng Chính phủ sẽ tiếp tục nâng cấp cổng theo hướng lấy người dùng làm trung tâm.",
        None,
        [],
    ),
    # mixed: other countries' shares (not stored) before Viet Nam's year figure
    (
        "Theo khảo sát Chính phủ điện tử của Liên Hợp Quốc, tại Hàn Quốc hơn 90% người trưởng thành sử dụng dịch vụ công trực tuyến; Estonia cung cấp trực tuyến 99% dịch vụ công.\n"
        "Trong khi đó, tỷ lệ dân số trưởng thành sử dụng DVCTT của Việt Nam năm 2024 là 41,2%.\n"
        "Chuyên gia cho rằng cần đơn giản hóa giao diện, giảm số bước khai báo.",
        "2025-02-20",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 41.2),
        ],
    ),
    # figures spread over sentences: total, online count, then "Như vậy" share; commune centres' sub-share left out
    (
        "Văn phòng UBND tỉnh Nghệ An vừa công bố kết quả giải quyết TTHC 9 tháng năm 2025.\n"
        "Toàn tỉnh tiếp nhận 1.254.600 hồ sơ TTHC. Trong số này, hồ sơ nộp trực tuyến là 903.312.\n"
        "Như vậy, tỷ lệ hồ sơ trực tuyến đạt 72%.\n"
        "Số hồ sơ được trả kết quả điện tử chiếm 81,5%.\n"
        "Riêng các Trung tâm phục vụ hành chính công cấp xã đã tiếp nhận 62% số hồ sơ này.",
        "2025-10-06",
        [
            ("online_dossier_rate", "Nghệ An", "ytd", "2025-09-30", 72),
            ("e_result_rate", "Nghệ An", "ytd", "2025-09-30", 81.5),
        ],
    ),
    # negative: one ministry's results under a heading with bullets
    (
        "Bộ Tư pháp: Kết quả chuyển đổi số năm 2024\n"
        "- 100% TTHC thuộc thẩm quyền của Bộ đủ điều kiện đã được cung cấp DVCTT toàn trình.\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 82,3%.\n"
        "- Đã cấp 1,2 triệu phiếu lý lịch tư pháp điện tử qua ứng dụng VNeID.",
        "2025-01-15",
        [],
    ),
    # provincial paper: eligible share 100%, province dossier rate with commune/district parts and districts left out
    (
        "Đến ngày 30/9/2024, tỉnh Bắc Giang đã đạt tỷ lệ 100% TTHC đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh đạt 67,8%; trong đó cấp xã đạt 74,1%, cấp huyện 61,5%.\n"
        "Thành phố Bắc Giang và huyện Hiệp Hòa dẫn đầu với tỷ lệ trên 80%.",
        "2024-10-03",
        [
            ("full_process_provision_rate", "Bắc Giang", "as_of", "2024-09-30", 100),
            ("online_dossier_full_process_rate", "Bắc Giang", "as_of", "2024-09-30", 67.8),
        ],
    ),
    # "chạm mốc" accounts on a dated day, ytd dossiers "từ đầu năm đến nay"; changes and synced dossiers left out
    (
        "Ngày 2/12/2024, Văn phòng Chính phủ cho biết số tài khoản đăng ký trên Cổng DVCQG đã chạm mốc 20 triệu, tăng 31% so với đầu năm.\n"
        "Từ đầu năm đến nay, cổng đã tiếp nhận 9,4 triệu hồ sơ trực tuyến, gấp 1,6 lần cùng kỳ.\n"
        "Số hồ sơ đồng bộ trạng thái từ các bộ, ngành, địa phương lên cổng là 95,3 triệu.",
        "2024-12-03",
        [
            ("national_portal_accounts", "national", "as_of", "2024-12-02", 20000000),
            ("national_portal_dossiers_new", "national", "ytd", "2024-12-02", 9400000),
        ],
    ),
    # quarter rates "ở mức" for the two levels, then "lần lượt" referring back to that order
    (
        "Quý II/2025, tỷ lệ hồ sơ xử lý trực tuyến của khối địa phương ở mức 58,6%, khối bộ, ngành ở mức 84,2%.\n"
        "Tỷ lệ hồ sơ có sử dụng lại dữ liệu đã số hóa của hai khối lần lượt là 31,5% và 47,9%.\n"
        "Tỷ lệ hồ sơ được cấp kết quả điện tử chung cả nước là 70,3%.",
        "2025-07-15",
        [
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 58.6),
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 84.2),
            ("data_reuse_rate", "localities", "quarter", "2025-06-30", 31.5),
            ("data_reuse_rate", "ministries", "quarter", "2025-06-30", 47.9),
            ("e_result_rate", "national", "quarter", "2025-06-30", 70.3),
        ],
    ),
    # Government report to the National Assembly: EMC 100%, satisfaction, fee provinces and procedures simplified as ratios
    (
        "Báo cáo của Chính phủ gửi Quốc hội tại kỳ họp thứ 8 (tháng 10/2024) nêu: đến hết tháng 9/2024, 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối với Hệ thống EMC.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết TTHC đạt 88,5%; đã có 59/63 địa phương ban hành nghị quyết giảm lệ phí DVCTT.\n"
        "Đã có 802/1.084 thủ tục hành chính được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ.\n"
        "Tuy nhiên, chất lượng DVCTT ở một số nơi chưa cao, tỷ lệ hồ sơ phải bổ sung còn lớn.",
        None,
        [
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 100),
            ("satisfaction_rate", "national", "as_of", "2024-09-30", 88.5),
            ("localities_fee_reduction", "national", "as_of", "2024-09-30", 59),
            ("procedures_simplified", "national", "as_of", "2024-09-30", 802),
        ],
    ),
    # negative: a province's plan listing targets as bullets
    (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Lâm Đồng đặt ra các chỉ tiêu:\n"
        "- 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình;\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%;\n"
        "- 80% hồ sơ được trả kết quả điện tử; 60% dân số trưởng thành sử dụng DVCTT.",
        "2025-02-10",
        [],
    ),
    # one month's portal flows in one sentence (dossiers and new accounts), payments "Cùng kỳ"; month-on-month change left out
    (
        "Tháng 2/2025, Cổng Dịch vụ công quốc gia ghi nhận 1,52 triệu hồ sơ trực tuyến và 356.900 tài khoản đăng ký mới; số hồ sơ giảm 8% so với tháng 1 do nghỉ Tết.\n"
        "Cùng kỳ, 1,12 triệu giao dịch thanh toán trực tuyến đã được thực hiện, tương ứng 742 tỷ đồng.\n"
        "Các số liệu được Văn phòng Chính phủ công bố ngày 6/3/2025.",
        "2025-03-06",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-02-28", 1520000),
            ("national_portal_accounts_new", "national", "month", "2025-02-28", 356900),
            ("online_payments_count_new", "national", "month", "2025-02-28", 1120000),
            ("online_payments_value_new", "national", "month", "2025-02-28", 742),
        ],
    ),
    # year comparison: prior year's value in parentheses kept, percentage-point change left out, level after "lên"
    (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 40,1% (năm 2023 là 28,4%).\n"
        "Tỷ lệ DVCTT toàn trình tăng 11,3 điểm phần trăm so với năm trước, lên 54,2%.\n"
        "Kết quả này được nêu tại Hội nghị tổng kết công tác năm của Ủy ban Quốc gia về chuyển đổi số.",
        "2025-01-08",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 40.1),
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 28.4),
            ("dvctt_full_process_rate", "national", "year", "2024-12-31", 54.2),
        ],
    ),
    # provincial "lũy kế từ đầu năm đến ngày", share in parentheses after "trong đó"; payment share (no id); "đạt tỷ lệ … trên tổng số TTHC"
    (
        "Lũy kế từ đầu năm đến ngày 20/5/2024, các cơ quan trên địa bàn tỉnh Long An tiếp nhận 58.412 hồ sơ, trong đó trực tuyến 45.930 hồ sơ (đạt 78,63%).\n"
        "Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41%.\n"
        "Toàn tỉnh có 1.835 TTHC, đã cung cấp 1.732 DVCTT, đạt tỷ lệ 94,39% trên tổng số TTHC.",
        "2024-05-23",
        [
            ("online_dossier_rate", "Long An", "ytd", "2024-05-20", 78.63),
            ("dvctt_rate", "Long An", "as_of", "2024-05-20", 94.39),
        ],
    ),
    # interview quote: "gần"/"hơn", procedures "lên cung cấp trực tuyến toàn trình", dossiers "xử lý toàn trình trực tuyến"; target left out
    (
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ trả lời phỏng vấn đầu năm 2025:\n"
        "'Đến cuối năm 2024, chúng ta đã đưa gần 55% TTHC lên cung cấp trực tuyến toàn trình, hơn 40% hồ sơ được xử lý toàn trình trực tuyến. Cổng Dịch vụ công quốc gia có hơn 18 triệu tài khoản.'\n"
        "'Năm 2025, chúng tôi phấn đấu 100% thủ tục đủ điều kiện được cung cấp toàn trình.'",
        "2025-01-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 55),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-12-31", 40),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 18000000),
        ],
    ),
    # mixed: procedures published/services integrated (no id), sub-count after "trong đó", call-centre count; only the month's dossiers stored
    (
        "Cổng DVCQG đã công khai 6.410 TTHC và tích hợp 4.612 DVCTT của các bộ, ngành, địa phương.\n"
        "Trong tháng 7/2024, cổng tiếp nhận 1,34 triệu hồ sơ trực tuyến, trong đó 512.000 hồ sơ nộp qua ứng dụng VNeID.\n"
        "Tổng đài hỗ trợ đã tiếp nhận 98.000 cuộc gọi trong tháng.",
        "2024-08-05",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-07-31", 1340000),
        ],
    ),
    # ranking of provinces written as numbered lines under a heading with the month
    (
        "Xếp hạng tỷ lệ hồ sơ trực tuyến toàn trình tháng 9/2025 (5 địa phương dẫn đầu):\n"
        "1. Hà Nội: 86,4%\n"
        "2. Đà Nẵng: 81,9%\n"
        "3. Quảng Ninh: 79,2%\n"
        "4. Bắc Ninh: 74,6%\n"
        "5. Tuyên Quang: 70,8%",
        "2025-10-08",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2025-09-30", 86.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-09-30", 81.9),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-09-30", 79.2),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-09-30", 74.6),
            ("online_dossier_full_process_rate", "Tuyên Quang", "month", "2025-09-30", 70.8),
        ],
    ),
    # negative: operators' own figures (VNPT, Viettel) and a vendor survey's satisfaction
    (
        "Trong năm 2024, VNPT đã triển khai nền tảng một cửa điện tử cho 35 tỉnh, xử lý hơn 22 triệu hồ sơ; 98% người dùng hài lòng với ứng dụng theo khảo sát của doanh nghiệp.\n"
        "Viettel cho biết hệ thống thanh toán của hãng đã xử lý 4,2 triệu giao dịch nộp phí, lệ phí trực tuyến.\n"
        "Cả hai doanh nghiệp đều đặt mục tiêu mở rộng cho các địa phương mới.",
        "2025-01-12",
        [],
    ),
    # provincial portal: "1.623/1.914 thủ tục, bằng 84,8%" with "(gồm một phần và toàn trình)", "tương đương … tổng số TTHC", month dossiers
    (
        "Cổng thông tin điện tử tỉnh Đồng Tháp: Tính đến hết tháng 11/2024, số TTHC được cung cấp trực tuyến (gồm một phần và toàn trình) là 1.623/1.914 thủ tục, bằng 84,8%.\n"
        "Riêng DVCTT toàn trình có 1.102 thủ tục, tương đương 57,6% tổng số TTHC.\n"
        "Hồ sơ trực tuyến toàn trình phát sinh trong tháng 11 là 21.540 hồ sơ, chiếm 63,2% tổng hồ sơ tiếp nhận.",
        "2024-12-04",
        [
            ("dvctt_rate", "Đồng Tháp", "as_of", "2024-11-30", 84.8),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2024-11-30", 57.6),
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2024-11-30", 63.2),
        ],
    ),
    # mixed: essential services ratio with the remainder beside it; VNeID dossier count (no id)
    (
        "Theo Tổ công tác triển khai Đề án 06 của Chính phủ, tính đến ngày 30/6/2024 đã có 43/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.\n"
        "10 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện.\n"
        "Trong tháng 6/2024, có 128.500 hồ sơ được nộp qua ứng dụng VNeID.",
        "2024-07-05",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 43),
        ],
    ),
    # half-year: e-results with level split in parentheses, data reuse, dossier share with full-process part after "trong đó" (another id)
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ TTHC được cấp kết quả giải quyết điện tử đạt 53,4% (bộ, ngành 71,6%; địa phương 49,2%).\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 24,1%.\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 42,8%, trong đó hồ sơ trực tuyến toàn trình chiếm 23,5% tổng số hồ sơ.",
        "2024-07-12",
        [
            ("e_result_rate", "national", "half", "2024-06-30", 53.4),
            ("e_result_rate", "ministries", "half", "2024-06-30", 71.6),
            ("e_result_rate", "localities", "half", "2024-06-30", 49.2),
            ("data_reuse_rate", "national", "half", "2024-06-30", 24.1),
            ("online_dossier_rate", "national", "half", "2024-06-30", 42.8),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 23.5),
        ],
    ),
]
