"""Blind genre probes, round 38: public services online (2022-2025). Short Vietnamese texts in the
voice of the Văn phòng Chính phủ, the Cổng Dịch vụ công quốc gia, ministries' monthly digital
transformation reports, provincial portals, press summaries and interviews, probing the catalog's
e-services indicators only: the online-service and full-process shares (over all procedures, over
eligible ones, over dossiers), online and full-process dossier rates, electronic results, data
reuse, personal-ID dossiers, adult usage, satisfaction, EMC connection, the 53 essential services,
fee-reduction provinces, simplified procedures, and the national portal's accounts, dossiers and
payments as cumulative levels and as monthly, quarterly, year-to-date and yearly flows (the _new
twins); with block breakdowns (khối bộ, ngành / khối địa phương), named provinces, tables and
bullet lists written as lines, "lần lượt" pairs, "hiện nay" resolved by a published date or by the
quarter under review, and negative or mixed cases (targets, year-on-year changes, a vendor's or a
named ministry's figure, foreign figures, sub-counts after "trong đó", counts of directives and
meetings, digitisation rates and log-ins that have no id, an undatable level).
Written for the project from the genre's usual phrasings (not copied from any page).

Each case: (text, published_iso_date_or_None,
            [(indicator_id, breakdown, period_kind, period_end_iso, value), ...])
"""

CASES = [
    # Ministry monthly report, bullets: a month's new accounts/dossiers/payments go on the _new twins; "nâng tổng số lên" is the level at month end
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "II. Về dịch vụ công trực tuyến\n"
        "- Trong tháng 5/2025, Cổng Dịch vụ công quốc gia có thêm 312.450 tài khoản đăng ký mới, "
        "nâng tổng số tài khoản lên 16,8 triệu.\n"
        "- Cổng tiếp nhận 2,1 triệu hồ sơ trực tuyến trong tháng.\n"
        "- Thanh toán trực tuyến trong tháng: 1,35 triệu giao dịch với số tiền hơn 1.120 tỷ đồng.",
        "2025-06-05",
        [
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 312450),
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 16800000),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 2100000),
            ("online_payments_count_new", "national", "month", "2025-05-31", 1350000),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1120.0),
        ],
    ),
    # Báo Chính phủ, quarter with two blocks written as "lần lượt là ... và ..." and "tương ứng"
    (
        "(Chinhphu.vn) - Văn phòng Chính phủ vừa có báo cáo tình hình giải quyết TTHC quý I/2025.\n"
        "Theo đó, quý I/2025, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành và khối địa phương "
        "lần lượt là 62,4% và 48,7%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình tương ứng đạt 41,2% và 33,9%.\n"
        "Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình.",
        "2025-04-10",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 62.4),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 48.7),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 41.2),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 33.9),
        ],
    ),
    # Provincial portal table as lines (half-year); the digitisation row has no id
    (
        "Cổng thông tin điện tử tỉnh Quảng Ninh công bố kết quả cải cách TTHC 6 tháng đầu năm 2024:\n"
        "Chỉ tiêu | Kết quả\n"
        "Tỷ lệ hồ sơ trực tuyến | 78,6%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 55,2%\n"
        "Tỷ lệ hồ sơ trả kết quả điện tử | 96,1%\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 88,4%",
        "2024-07-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "half", "2024-06-30", 78.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2024-06-30", 55.2),
            ("e_result_rate", "Quảng Ninh", "half", "2024-06-30", 96.1),
        ],
    ),
    # NEGATIVE: a directive's targets (phấn đấu đến hết năm 2025 ...), nothing stored
    (
        "Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương phấn đấu đến hết năm 2025:\n"
        "- 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình;\n"
        "- Tỷ lệ người dân trưởng thành sử dụng DVCTT đạt trên 50%;\n"
        "- Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 90%;\n"
        "- 100% hồ sơ TTHC được gắn mã định danh cá nhân.",
        "2025-02-14",
        [],
    ),
    # Press, a year's flows with year-on-year changes: only the year's own figures are stored
    (
        "(VietnamPlus) Cổng Dịch vụ công quốc gia tiếp tục là điểm sáng của Chính phủ số.\n"
        "Năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 9,8 triệu hồ sơ trực tuyến, tăng 38% so với năm 2023.\n"
        "Riêng trong năm, Cổng ghi nhận thêm 4,3 triệu tài khoản đăng ký mới.\n"
        "Số giao dịch thanh toán trực tuyến tăng gấp 2,1 lần, giá trị thanh toán tăng 67% so với cùng kỳ.",
        "2025-01-08",
        [
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9800000),
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 4300000),
        ],
    ),
    # "tính đến ngày" level with a "trong đó" sub-count (business accounts) and a log-in share: only the total
    (
        "Số liệu mới nhất từ Văn phòng Chính phủ cho thấy người dân ngày càng quen với dịch vụ công trực tuyến.\n"
        "Tính đến ngày 15/4/2025, Cổng DVCQG có hơn 15,6 triệu tài khoản đăng ký, "
        "trong đó có 1,2 triệu tài khoản doanh nghiệp.\n"
        "Khoảng 87% lượt đăng nhập được thực hiện bằng tài khoản định danh điện tử VNeID.",
        "2025-04-16",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-15", 15600000),
        ],
    ),
    # "hiện nay" with a published date; full-process count then share of all TTHC; "(gồm cả ...)" parenthesis
    (
        "Theo Văn phòng Chính phủ, việc cung cấp dịch vụ công trực tuyến đã có chuyển biến rõ nét.\n"
        "Hiện nay, cả nước cung cấp 4.432 DVCTT toàn trình, chiếm 46,2% tổng số TTHC.\n"
        "Tỷ lệ TTHC được cung cấp trực tuyến (gồm cả toàn trình và một phần) là 83,1%.",
        "2025-03-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-10", 46.2),
            ("dvctt_rate", "national", "as_of", "2025-03-10", 83.1),
        ],
    ),
    # Share of ELIGIBLE procedures by block, second block written as "con số này ... là"
    (
        "Về cung cấp dịch vụ công trực tuyến toàn trình:\n"
        "Tính đến hết tháng 9/2024, khối bộ, ngành đã cung cấp DVCTT toàn trình đối với 97,3% TTHC đủ điều kiện;\n"
        "con số này ở khối địa phương là 91,8%.\n"
        "Một số bộ, địa phương chưa hoàn thành việc tái cấu trúc quy trình.",
        "2024-10-08",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2024-09-30", 97.3),
            ("full_process_provision_rate", "localities", "as_of", "2024-09-30", 91.8),
        ],
    ),
    # Essential services as "25/53" with "Đến nay"; the remainder (28 còn lại) is not stored
    (
        "Triển khai Đề án 06 của Chính phủ\n"
        "Đến nay, 25/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình "
        "trên Cổng Dịch vụ công quốc gia.\n"
        "28 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện để đưa lên Cổng.",
        "2024-01-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-01-20", 25),
        ],
    ),
    # Interview Q&A: adult usage "ở mức khoảng" at end-2024 beside a target; satisfaction for the year
    (
        "PV: Thưa ông, tỷ lệ người dân sử dụng dịch vụ công trực tuyến hiện ra sao?\n"
        "Cục trưởng Cục Kiểm soát TTHC: Đến cuối năm 2024, tỷ lệ dân số trưởng thành sử dụng DVCTT "
        "ở mức khoảng 43%, còn cách khá xa mục tiêu 50% vào năm 2025.\n"
        "PV: Còn sự hài lòng của người dân thì sao, thưa ông?\n"
        "Cục trưởng: Năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC đạt 86,5%.",
        "2025-01-20",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 43.0),
            ("satisfaction_rate", "national", "year", "2024-12-31", 86.5),
        ],
    ),
    # "9 tháng năm 2024" (ytd) with the breakdown after the value ("ở khối bộ, ngành")
    (
        "Báo cáo của Văn phòng Chính phủ về kết quả thực hiện Đề án 06:\n"
        "9 tháng năm 2024, tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân đạt 78,5% ở khối bộ, ngành "
        "và 85,1% ở khối địa phương.\n"
        "Việc làm sạch dữ liệu tiếp tục được đẩy mạnh.",
        "2024-10-07",
        [
            ("dossiers_with_personal_id_rate", "ministries", "ytd", "2024-09-30", 78.5),
            ("dossiers_with_personal_id_rate", "localities", "ytd", "2024-09-30", 85.1),
        ],
    ),
    # EMC connection share with the system's long name in parentheses; "3/22 bộ, ngành chưa kết nối" is a remainder, not a value
    (
        "Về kết nối, đo lường chất lượng dịch vụ công:\n"
        "Đến ngày 31/12/2024, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ "
        "với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 88,9%.\n"
        "Hiện còn 3/22 bộ, ngành chưa kết nối đầy đủ dữ liệu.",
        "2025-01-15",
        [
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 88.9),
        ],
    ),
    # Fee-reduction provinces as "56/63", with "07 địa phương chưa ban hành" (remainder, not stored)
    (
        "Về chính sách khuyến khích sử dụng dịch vụ công trực tuyến:\n"
        "Tính đến ngày 31/5/2024, 56/63 tỉnh, thành phố đã ban hành nghị quyết của HĐND về miễn, giảm phí, "
        "lệ phí khi thực hiện DVCTT.\n"
        "07 địa phương chưa ban hành được đề nghị hoàn thành trong tháng 6/2024.",
        "2024-06-04",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 56),
        ],
    ),
    # Procedures simplified "812/1.084" with "Đến nay"; remainder and the count of resolutions not stored
    (
        "Cải cách thủ tục hành chính liên quan đến hoạt động kinh doanh\n"
        "Đến nay đã có 812/1.084 TTHC được cắt giảm, đơn giản hóa theo 06 nghị quyết chuyên đề của Chính phủ.\n"
        "Còn 272 thủ tục chưa được cắt giảm theo phương án đã được phê duyệt.",
        "2024-06-15",
        [
            ("procedures_simplified", "national", "as_of", "2024-06-15", 812),
        ],
    ),
    # "Trên địa bàn tỉnh" + quarter III: electronic results and data reuse for one province
    (
        "(Báo Bắc Ninh) Chuyển biến trong giải quyết thủ tục hành chính\n"
        "Trên địa bàn tỉnh Bắc Ninh, quý III/2024, tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 98,2%.\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,7%.\n"
        "Tỉnh tiếp tục đứng trong nhóm dẫn đầu cả nước về chỉ số phục vụ người dân, doanh nghiệp.",
        "2024-10-12",
        [
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-09-30", 98.2),
            ("data_reuse_rate", "Bắc Ninh", "quarter", "2024-09-30", 41.7),
        ],
    ),
    # Share of online services with dossiers ("có phát sinh hồ sơ") in a month; the month-on-month change not stored
    (
        "Văn phòng Chính phủ cho biết:\n"
        "Trong tháng 10/2024, tỷ lệ DVCTT có phát sinh hồ sơ của cả nước ghi nhận ở mức 51,3%, "
        "tăng 3,2 điểm phần trăm so với tháng 9.\n"
        "Nhiều dịch vụ đã cung cấp nhưng chưa có người sử dụng.",
        "2024-11-06",
        [
            ("dvctt_with_dossiers_rate", "national", "month", "2024-10-31", 51.3),
        ],
    ),
    # NEGATIVE: a vendor's own figures (VNPT's systems in 25 provinces)
    (
        "Theo VNPT, Hệ thống thông tin giải quyết TTHC do đơn vị này triển khai tại 25 tỉnh, thành phố "
        "đã tiếp nhận hơn 18 triệu hồ sơ trong năm 2023.\n"
        "Trong đó, tỷ lệ hồ sơ trực tuyến đạt 65%, tỷ lệ trả kết quả điện tử đạt 90%.\n"
        "Đại diện VNPT cho biết sẽ tiếp tục nâng cấp nền tảng trong năm 2024.",
        "2024-02-01",
        [],
    ),
    # NEGATIVE: other countries' figures from a UN survey
    (
        "Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024:\n"
        "Tại Hàn Quốc, 89% người trưởng thành sử dụng dịch vụ công trực tuyến.\n"
        "Estonia cung cấp trực tuyến 99% dịch vụ công, tỷ lệ người dân hài lòng đạt 94%.\n"
        "Đây là những kinh nghiệm Việt Nam có thể tham khảo.",
        "2024-09-20",
        [],
    ),
    # NEGATIVE: counts of directives, meetings and inspection teams
    (
        "Tổng kết công tác chỉ đạo năm 2024\n"
        "Năm 2024, Thủ tướng Chính phủ đã ban hành 05 công điện, 12 chỉ thị và 3 quyết định về đẩy mạnh "
        "cung cấp DVCTT.\n"
        "Tổ công tác cải cách TTHC tổ chức 9 cuộc họp, thành lập 27 đoàn kiểm tra tại 18 bộ, ngành, địa phương.",
        "2025-01-12",
        [],
    ),
    # NEGATIVE: one named ministry's figures (Bộ Công an)
    (
        "Bộ Công an dẫn đầu về cung cấp dịch vụ công trực tuyến\n"
        "Bộ Công an hiện cung cấp 299 DVCTT toàn trình trên Cổng DVCQG.\n"
        "Riêng trong quý I/2025, tỷ lệ hồ sơ trực tuyến của Bộ đạt 92,3%, "
        "tỷ lệ hồ sơ cấp kết quả điện tử đạt 100%.",
        "2025-04-12",
        [],
    ),
    # NEGATIVE: "hiện có" levels with no date in the text and no published date: cannot be dated
    (
        "Cổng Dịch vụ công quốc gia - nơi kết nối người dân với chính quyền\n"
        "Cổng Dịch vụ công quốc gia hiện có hơn 14 triệu tài khoản đăng ký.\n"
        "Cổng đã tiếp nhận trên 190 triệu hồ sơ trực tuyến và tỷ lệ hồ sơ trực tuyến toàn trình hiện đạt 38%.",
        None,
        [],
    ),
    # NEGATIVE: changes only (tăng ... so với cùng kỳ, tăng 1,8 lần, tăng ... điểm phần trăm)
    (
        "Kết quả quý I/2025 của Cổng Dịch vụ công quốc gia\n"
        "So với cùng kỳ năm 2024, số hồ sơ trực tuyến qua Cổng DVCQG trong quý I/2025 tăng 24,6%.\n"
        "Giá trị thanh toán trực tuyến tăng 1,8 lần;\n"
        "tỷ lệ hồ sơ trực tuyến của cả nước tăng 6,3 điểm phần trăm.",
        "2025-04-15",
        [],
    ),
    # NEGATIVE: digitisation rate, VNeID log-ins and procedures published on the portal: no catalog id
    (
        "Theo báo cáo tháng 6/2024 của Văn phòng Chính phủ:\n"
        "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC ở khối địa phương đạt 72,4%;\n"
        "- Cổng DVCQG ghi nhận 3,5 triệu lượt đăng nhập bằng tài khoản VNeID trong tháng;\n"
        "- 4.543/6.325 TTHC đã được công khai trên Cổng.",
        "2024-07-05",
        [],
    ),
    # NEGATIVE: a province's plan targets (mục tiêu, phấn đấu)
    (
        "Kế hoạch chuyển đổi số năm 2025 của UBND tỉnh Nghệ An đặt mục tiêu:\n"
        "tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%; 100% hồ sơ TTHC được số hóa;\n"
        "tỷ lệ người dân trưởng thành sử dụng DVCTT trên 60%.\n"
        "Tỉnh cũng phấn đấu tỷ lệ hài lòng của người dân, doanh nghiệp đạt trên 95%.",
        "2025-01-18",
        [],
    ),
    # Monthly bullet list with "(lũy kế: ...)" in parentheses: month flows and month-end levels side by side
    (
        "Số liệu tháng 3/2024 của Cổng Dịch vụ công quốc gia (tính đến ngày 31/3/2024):\n"
        "- Số tài khoản đăng ký mới: 198.760 (lũy kế: 10.925.430 tài khoản);\n"
        "- Số hồ sơ trực tuyến thực hiện qua Cổng: 1.526.310 hồ sơ (lũy kế: 58.203.119 hồ sơ);\n"
        "- Thanh toán trực tuyến: 1.012.406 giao dịch, số tiền 652,4 tỷ đồng.",
        "2024-04-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 198760),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 10925430),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1526310),
            ("national_portal_dossiers", "national", "as_of", "2024-03-31", 58203119),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1012406),
            ("online_payments_value_new", "national", "month", "2024-03-31", 652.4),
        ],
    ),
    # "Lũy kế từ đầu năm ... đến hết tháng 4" (ytd) on the _new twins; the daily average has no id
    (
        "Cổng Dịch vụ công quốc gia: kết quả 4 tháng đầu năm 2025\n"
        "Lũy kế từ đầu năm 2025 đến hết tháng 4, Cổng DVCQG đã tiếp nhận 7,4 triệu hồ sơ trực tuyến, "
        "bình quân mỗi ngày khoảng 61.000 hồ sơ.\n"
        "Cổng thực hiện 4,6 triệu giao dịch thanh toán trực tuyến với tổng giá trị 3.850 tỷ đồng.",
        "2025-05-06",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 7400000),
            ("online_payments_count_new", "national", "ytd", "2025-04-30", 4600000),
            ("online_payments_value_new", "national", "ytd", "2025-04-30", 3850.0),
        ],
    ),
    # Cumulative payments "lên tới 12,9 nghìn tỷ đồng" and "gần 35,4 triệu giao dịch" at a date
    (
        "Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tiếp tục tăng mạnh.\n"
        "Tính đến ngày 30/6/2024, lũy kế giá trị thanh toán trực tuyến trên Cổng DVCQG lên tới 12,9 nghìn tỷ đồng,\n"
        "tương ứng gần 35,4 triệu giao dịch.",
        "2024-07-03",
        [
            ("online_payments_value", "national", "as_of", "2024-06-30", 12900.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 35400000),
        ],
    ),
    # Named city, a year under review; full-process share after "trong đó" is its own indicator
    (
        "Đà Nẵng dẫn đầu về dịch vụ công trực tuyến\n"
        "Năm 2023, Đà Nẵng có 97,8% TTHC được cung cấp dưới dạng DVCTT, "
        "trong đó 48,5% TTHC được cung cấp dưới dạng DVCTT toàn trình.\n"
        "Tỷ lệ hồ sơ trực tuyến của thành phố đạt 86,32%.",
        "2024-01-15",
        [
            ("dvctt_rate", "Đà Nẵng", "year", "2023-12-31", 97.8),
            ("dvctt_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 48.5),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 86.32),
        ],
    ),
    # Provincial portal "Toàn tỉnh hiện có" (province named in the source line); "10 tháng" is ytd
    (
        "(Cổng TTĐT tỉnh Lào Cai) - Sở Thông tin và Truyền thông vừa báo cáo kết quả cung cấp DVCTT.\n"
        "Toàn tỉnh hiện có 1.652 DVCTT, đạt tỷ lệ 89,7% trên tổng số TTHC;\n"
        "trong đó có 943 DVCTT toàn trình, chiếm 51,2% tổng số TTHC.\n"
        "Tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh 10 tháng năm 2024 đạt 71,4%.",
        "2024-11-12",
        [
            ("dvctt_rate", "Lào Cai", "as_of", "2024-11-12", 89.7),
            ("dvctt_full_process_rate", "Lào Cai", "as_of", "2024-11-12", 51.2),
            ("online_dossier_rate", "Lào Cai", "ytd", "2024-10-31", 71.4),
        ],
    ),
    # "chạm mốc 10 triệu tài khoản" on a stated day; "gần 4 năm" is not a value
    (
        "Cổng Dịch vụ công quốc gia cán mốc mới\n"
        "Ngày 5/1/2024, Cổng Dịch vụ công quốc gia chính thức chạm mốc 10 triệu tài khoản đăng ký,\n"
        "sau gần 4 năm vận hành.",
        "2024-01-06",
        [
            ("national_portal_accounts", "national", "as_of", "2024-01-05", 10000000),
        ],
    ),
    # Quarter II and the half ending on the same day, both national online dossier rates
    (
        "Văn phòng Chính phủ: kết quả giải quyết TTHC quý II/2025\n"
        "Quý II/2025, tỷ lệ hồ sơ trực tuyến toàn quốc đạt 52,6%;\n"
        "tính chung 6 tháng đầu năm 2025, tỷ lệ này đạt 50,1%.",
        "2025-07-08",
        [
            ("online_dossier_rate", "national", "quarter", "2025-06-30", 52.6),
            ("online_dossier_rate", "national", "half", "2025-06-30", 50.1),
        ],
    ),
    # Named provinces in parentheses after their names, plus the localities' average
    (
        "Trong tháng 8/2024, các địa phương có tỷ lệ hồ sơ trực tuyến cao nhất là "
        "Bình Dương (91,4%), Đồng Tháp (88,9%) và Cà Mau (87,2%).\n"
        "Bình quân khối địa phương đạt 46,8%.\n"
        "Vẫn còn một số địa phương có tỷ lệ dưới 20%.",
        "2024-09-10",
        [
            ("online_dossier_rate", "Bình Dương", "month", "2024-08-31", 91.4),
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-08-31", 88.9),
            ("online_dossier_rate", "Cà Mau", "month", "2024-08-31", 87.2),
            ("online_dossier_rate", "localities", "month", "2024-08-31", 46.8),
        ],
    ),
    # "Hiện nay ... mới ở mức" data reuse by block, dated by the published date
    (
        "Tái sử dụng dữ liệu: khâu yếu của dịch vụ công trực tuyến\n"
        "Hiện nay, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết TTHC "
        "mới ở mức 19,6% ở khối bộ, ngành và 27,4% ở khối địa phương.\n"
        "Người dân vẫn phải nộp lại giấy tờ đã có trong cơ sở dữ liệu.",
        "2024-10-02",
        [
            ("data_reuse_rate", "ministries", "as_of", "2024-10-02", 19.6),
            ("data_reuse_rate", "localities", "as_of", "2024-10-02", 27.4),
        ],
    ),
    # Table with two block columns written as lines; the month comes from the table title
    (
        "Bảng 2. Kết quả cung cấp, sử dụng DVCTT tháng 7/2025\n"
        "Chỉ tiêu | Khối bộ, ngành | Khối địa phương\n"
        "Tỷ lệ hồ sơ trực tuyến | 71,25% | 52,08%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 45,10% | 30,76%\n"
        "Tỷ lệ hồ sơ được cấp kết quả điện tử | 89,12% | 93,05%\n"
        "Tỷ lệ khai thác, tái sử dụng dữ liệu số hóa | 12,3% | 18,6%",
        "2025-08-06",
        [
            ("online_dossier_rate", "ministries", "month", "2025-07-31", 71.25),
            ("online_dossier_rate", "localities", "month", "2025-07-31", 52.08),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-07-31", 45.10),
            ("online_dossier_full_process_rate", "localities", "month", "2025-07-31", 30.76),
            ("e_result_rate", "ministries", "month", "2025-07-31", 89.12),
            ("e_result_rate", "localities", "month", "2025-07-31", 93.05),
            ("data_reuse_rate", "ministries", "month", "2025-07-31", 12.3),
            ("data_reuse_rate", "localities", "month", "2025-07-31", 18.6),
        ],
    ),
    # Mixed: the year's actual beside the unmet target ("chưa đạt mục tiêu 80%"), and the year's dossier rate
    (
        "Tổng kết năm 2024 về cải cách TTHC\n"
        "Năm 2024, tỷ lệ DVCTT toàn trình trên tổng số TTHC đạt 55,8%, chưa đạt mục tiêu 80% đề ra.\n"
        "Tỷ lệ hồ sơ trực tuyến cả năm của cả nước đạt 44,6%.",
        "2025-01-10",
        [
            ("dvctt_full_process_rate", "national", "year", "2024-12-31", 55.8),
            ("online_dossier_rate", "national", "year", "2024-12-31", 44.6),
        ],
    ),
    # Province satisfaction in a quarter; "Hiện nay" in a quarter text published >35 days later = the quarter's end
    (
        "Thừa Thiên Huế: người dân hài lòng với dịch vụ hành chính công\n"
        "Trong quý I/2024, tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC "
        "tại tỉnh Thừa Thiên Huế đạt 98,5%.\n"
        "Hiện nay, 100% TTHC của tỉnh đã được cung cấp dưới dạng DVCTT.",
        "2024-05-20",
        [
            ("satisfaction_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 98.5),
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2024-03-31", 100.0),
        ],
    ),
    # "hơn 91% hồ sơ ... đã được gắn số định danh cá nhân" (share written before the noun), at a date
    (
        "Đề án 06 tạo chuyển biến trong giải quyết thủ tục hành chính\n"
        "Tính đến ngày 20/8/2024, hơn 91% hồ sơ TTHC trên cả nước đã được gắn số định danh cá nhân.\n"
        "Người dân không phải khai lại thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.",
        "2024-08-23",
        [
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-08-20", 91.0),
        ],
    ),
    # Hà Nội adult usage for the year; a part of the same measure after "trong đó" (nội thành) is not stored
    (
        "Hà Nội đẩy mạnh dịch vụ công trực tuyến\n"
        "Năm 2024, tỷ lệ người dân trưởng thành trên địa bàn Thủ đô Hà Nội sử dụng DVCTT đạt 58,4%,\n"
        "trong đó ở khu vực nội thành là 70,2%.\n"
        "Thành phố đặt mục tiêu năm 2025 đạt trên 65%.",
        "2025-01-25",
        [
            ("adult_population_using_dvctt_rate", "Hà Nội", "year", "2024-12-31", 58.4),
        ],
    ),
    # VnExpress-style: simplified procedures "tính đến cuối tháng"; resolutions and savings are not values
    (
        "(VnExpress) Chính phủ đã cắt giảm, đơn giản hóa 856 thủ tục hành chính tính đến cuối tháng 10/2024,\n"
        "theo 05 nghị quyết chuyên đề ban hành từ năm 2022.\n"
        "Ước tính chi phí tuân thủ tiết kiệm được khoảng 2.300 tỷ đồng mỗi năm.",
        "2024-11-04",
        [
            ("procedures_simplified", "national", "as_of", "2024-10-31", 856),
        ],
    ),
    # Essential services complete ("53/53"); the online rate of the 53 services is a subset, not online_dossier_rate
    (
        "Hoàn thành cung cấp toàn bộ dịch vụ công thiết yếu\n"
        "Đến hết tháng 12/2024, đã hoàn thành cung cấp 53/53 dịch vụ công thiết yếu trực tuyến toàn trình "
        "trên Cổng Dịch vụ công quốc gia.\n"
        "Tuy nhiên, tỷ lệ hồ sơ trực tuyến của 53 dịch vụ này mới đạt 34%.",
        "2025-01-05",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 53),
        ],
    ),
]
