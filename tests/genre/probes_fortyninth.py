"""Blind genre probes, round 49: online public services as national press pages write them (2022-2026).

The cases probe how news and government pages quote the National Public Service Portal's and the
country's figures: portal accounts, online dossiers, online payments (count and value, running
totals against a month's, a quarter's or the year-to-date flows), full-process online services
over all procedures against over eligible procedures, the dossiers' online and full-process shares,
electronic results and reuse of digitised data (next to digitisation shares that have no id),
blocks of ministries and of localities, one province's figures, monthly reports quoted some days
after the month, stale figures a page repeats from an earlier report with their own date,
conflicting figures from two sources, "hiện nay" read against the published date or the span under
review, and distractors: targets of Decision 06 and Resolution 57, year-on-year changes, operators',
surveys', vendors' and other countries' figures, sub-counts after "trong đó", counts of decrees
and meetings, projections, and pages with no date at all; a few cases spread over the other
families (5G and broadband, NDXP, cybersecurity, digital economy). Written for the project from
the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1. Monthly national report quoted by the press 12 days later: month flows on the _new twins, running totals as_of the month's end.
    (
        "(Chinhphu.vn) - Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025 do Bộ Khoa học và Công nghệ vừa phát hành, trong tháng 5/2025, Cổng Dịch vụ công quốc gia có thêm 312.457 tài khoản đăng ký mới và tiếp nhận 1,96 triệu hồ sơ trực tuyến.\n"
        "Lũy kế đến hết tháng 5/2025, Cổng Dịch vụ công quốc gia có 15,8 triệu tài khoản; tổng số hồ sơ trực tuyến nộp qua Cổng lên tới 63,4 triệu hồ sơ.\n"
        "Cũng trong tháng 5, người dân, doanh nghiệp đã thực hiện 2,8 triệu giao dịch thanh toán trực tuyến trên Cổng với số tiền 1.234 tỷ đồng.\n"
        "Bộ Khoa học và Công nghệ đánh giá thói quen sử dụng dịch vụ công trên môi trường số đang dần hình thành.",
        "2025-06-12",
        [
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 312457),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1960000),
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 15800000),
            ("national_portal_dossiers", "national", "as_of", "2025-05-31", 63400000),
            ("online_payments_count_new", "national", "month", "2025-05-31", 2800000),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1234),
        ],
    ),
    # 2. Provincial page ("toàn tỉnh", province named once) for a quarter: dossier shares, e-results, satisfaction; the province's dossier counts and digitisation share have no id; a target.
    (
        "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh cho biết, trong quý I/2024, toàn tỉnh tiếp nhận 152.318 hồ sơ TTHC, trong đó 128.862 hồ sơ nộp trực tuyến.\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 84,6%; riêng tỷ lệ hồ sơ trực tuyến toàn trình là 61,2%.\n"
        "100% hồ sơ giải quyết xong được cấp kết quả điện tử; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,4%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp với việc giải quyết TTHC trên địa bàn tỉnh đạt 98,7%.\n"
        "Tỉnh phấn đấu trong năm 2024 đưa tỷ lệ hồ sơ trực tuyến toàn trình lên trên 70%.",
        "2024-04-09",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2024-03-31", 84.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-03-31", 61.2),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-03-31", 100),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2024-03-31", 98.7),
        ],
    ),
    # 3. NEGATIVE: targets of Resolution 57 and Decision 06 (Đề án 06), a plan's targets, counts of tasks and ministries.
    (
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đặt mục tiêu đến năm 2030, tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến đạt trên 80%; quy mô kinh tế số đạt tối thiểu 30% GDP.\n"
        "Việt Nam phấn đấu thuộc nhóm 3 nước dẫn đầu Đông Nam Á, nhóm 50 nước dẫn đầu thế giới về Chính phủ điện tử.\n"
        "Trước đó, Đề án 06 (Quyết định 06/QĐ-TTg) yêu cầu đến năm 2025, 100% hồ sơ TTHC được gắn số định danh cá nhân và 100% dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.\n"
        "Kế hoạch năm 2025 của Ủy ban Quốc gia về chuyển đổi số cũng đề ra mục tiêu 100% DVCTT toàn trình đối với các TTHC đủ điều kiện, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.\n"
        "Để triển khai, Chính phủ đã ban hành Chương trình hành động với 140 nhiệm vụ, giao 23 bộ, ngành chủ trì.",
        "2025-01-15",
        [],
    ),
    # 4. Stale figure repeated with its own date (30/9/2024) next to current ones ("Đến nay", "hiện có") dated by the page; "tỷ lệ này" refers back.
    (
        "(VietnamPlus) Tại thời điểm 30/9/2024, theo số liệu được Văn phòng Chính phủ công bố, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình của cả nước là 55,6%.\n"
        "Con số này vẫn thường được nhắc lại trong nhiều hội nghị gần đây, song không còn phản ánh đúng tình hình.\n"
        "Đến nay, theo Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC), tỷ lệ này đã lên tới 61,3%; tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ TTHC đạt 40,8%.\n"
        "Trong khi đó, Cổng Dịch vụ công quốc gia hiện có hơn 15,1 triệu tài khoản đăng ký.",
        "2025-03-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-09-30", 55.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-20", 61.3),
            ("online_dossier_full_process_rate", "national", "as_of", "2025-03-20", 40.8),
            ("national_portal_accounts", "national", "as_of", "2025-03-20", 15100000),
        ],
    ),
    # 5. Conflicting figures from two sources for the online dossier share: the Government Office's half-year against EMC's figure at a date.
    (
        'Số liệu về dịch vụ công trực tuyến nửa đầu năm 2025 đang "vênh" nhau giữa các nguồn.\n'
        "Báo cáo của Văn phòng Chính phủ cho biết, 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến trên cả nước đạt 45,6%, tỷ lệ hồ sơ trực tuyến toàn trình là 30,2%.\n"
        "Trong khi đó, dữ liệu trích xuất từ Hệ thống EMC tính đến ngày 20/7/2025 lại ghi nhận tỷ lệ hồ sơ trực tuyến ở mức 52,1%.\n"
        "Lý giải sự chênh lệch, đại diện Cục Chuyển đổi số quốc gia cho rằng EMC chỉ tính các hệ thống đã kết nối, còn báo cáo của Văn phòng Chính phủ tính trên toàn bộ hồ sơ tiếp nhận.",
        "2025-07-28",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 45.6),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 30.2),
            ("online_dossier_rate", "national", "as_of", "2025-07-20", 52.1),
        ],
    ),
    # 6. A table written as lines: two blocks (ministries, localities) as columns, the month in the header row.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025 - Nhóm chỉ tiêu dịch vụ công trực tuyến\n"
        "Chỉ tiêu (số liệu tháng 4/2025) | Khối bộ, ngành | Khối địa phương\n"
        "Tỷ lệ DVCTT toàn trình | 48,9% | 57,2%\n"
        "Tỷ lệ hồ sơ trực tuyến | 39,4% | 51,6%\n"
        "Tỷ lệ cấp kết quả điện tử | 71,2% | 83,5%\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | 28,7% | 41,3%\n"
        "Nguồn: Hệ thống EMC, Bộ Khoa học và Công nghệ.",
        "2025-05-14",
        [
            ("dvctt_full_process_rate", "ministries", "month", "2025-04-30", 48.9),
            ("dvctt_full_process_rate", "localities", "month", "2025-04-30", 57.2),
            ("online_dossier_rate", "ministries", "month", "2025-04-30", 39.4),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 51.6),
            ("e_result_rate", "ministries", "month", "2025-04-30", 71.2),
            ("e_result_rate", "localities", "month", "2025-04-30", 83.5),
            ("data_reuse_rate", "ministries", "month", "2025-04-30", 28.7),
            ("data_reuse_rate", "localities", "month", "2025-04-30", 41.3),
        ],
    ),
    # 7. Interview (Q&A): "Hiện nay"/"Đến nay" dated by the page; a count of services (no id), a remainder, a change and a year-end target.
    (
        "Phóng viên: Xin ông cho biết kết quả vận hành Cổng Dịch vụ công quốc gia thời gian qua?\n"
        "Đại diện Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ): Hiện nay, Cổng Dịch vụ công quốc gia đã tích hợp, cung cấp 4.412 dịch vụ công trực tuyến, có hơn 14 triệu tài khoản đăng ký.\n"
        "Đến nay đã có 46/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình, 7 dịch vụ còn lại đang được các bộ hoàn thiện.\n"
        "So với cuối năm 2023, số tài khoản đã tăng khoảng 35%.\n"
        "Phóng viên: Mục tiêu đặt ra đến cuối năm là gì?\n"
        "Chúng tôi phấn đấu đến ngày 31/12/2024 hoàn thành 53/53 dịch vụ công thiết yếu và đạt 80% DVCTT toàn trình.",
        "2024-11-05",
        [
            ("national_portal_accounts", "national", "as_of", "2024-11-05", 14000000),
            ("essential_services_full_process", "national", "as_of", "2024-11-05", 46),
        ],
    ),
    # 8. NEGATIVE: operators' own 5G figures (Viettel, VNPT), the world's and other countries' figures, an operators' target.
    (
        "Viettel cho biết đến hết quý I/2025, mạng 5G của doanh nghiệp đã có hơn 7.000 trạm phát sóng, phủ sóng khoảng 90% dân số tại các khu đô thị.\n"
        "VNPT công bố tốc độ tải xuống trung bình trên mạng 5G VinaPhone đạt 450 Mbps.\n"
        "Theo Hiệp hội GSMA, đến cuối năm 2024 mạng 5G đã phủ sóng 51% dân số thế giới; Hàn Quốc có hơn 340.000 trạm 5G.\n"
        "Tại Trung Quốc, số trạm gốc 5G đã vượt 4,2 triệu trạm.\n"
        "Các nhà mạng trong nước đặt mục tiêu phủ sóng 5G tới 90% dân số vào năm 2030.",
        "2025-04-02",
        [],
    ),
    # 9. NDXP in a month: the month's transactions, the daily average, the running total since launch, agencies (with a "gồm" breakdown) and connection points; a change.
    (
        "Theo báo cáo của Bộ Thông tin và Truyền thông, trong tháng 3/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,7 triệu giao dịch, trung bình mỗi ngày 3,18 triệu giao dịch.\n"
        "Lũy kế từ khi đưa vào vận hành đến hết tháng 3/2024, tổng số giao dịch qua NDXP đạt 3,15 tỷ.\n"
        "Tính đến ngày 31/3/2024, NDXP đã kết nối với 139 cơ quan, đơn vị (gồm 26 bộ, ngành, 63 địa phương và 50 tổ chức, doanh nghiệp), thiết lập 1.012 điểm kết nối.\n"
        "Số giao dịch trong tháng tăng 8,6% so với tháng 2/2024.",
        "2024-04-12",
        [
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 98700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 3180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 3150000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-03-31", 139),
            ("ndxp_connection_points", "national", "as_of", "2024-03-31", 1012),
        ],
    ),
    # 10. Cybersecurity month: attacks causing incidents (kinds after "Trong đó" are parts), a change, botnet IPs at the month's end, the 9-month running count.
    (
        "Trong tháng 9/2023, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.027 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,4% so với tháng 8/2023.\n"
        "Trong đó có 431 cuộc tấn công lừa đảo (Phishing), 367 cuộc tấn công thay đổi giao diện (Deface) và 229 cuộc tấn công cài mã độc (Malware).\n"
        "Số lượng địa chỉ IP nằm trong mạng botnet tại Việt Nam tính đến cuối tháng 9/2023 là 698.512 địa chỉ.\n"
        "Lũy kế 9 tháng đầu năm 2023, đã có 9.421 cuộc tấn công mạng gây sự cố.\n"
        "Cục khuyến nghị các cơ quan, tổ chức thường xuyên rà quét, khắc phục điểm yếu trên hệ thống.",
        "2023-10-06",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1027),
            ("botnet_ips", "national", "as_of", "2023-09-30", 698512),
            ("cyberattacks", "national", "ytd", "2023-09-30", 9421),
        ],
    ),
    # 11. Đề án 06 page: chip ID cards and activated VNeID accounts at a date; a level-2 part after "trong đó", VNeID log-ins to the portal and the activation share (no id), a target.
    (
        "Tính đến ngày 15/4/2025, Bộ Công an đã cấp 87,2 triệu thẻ căn cước gắn chip cho công dân, đồng thời kích hoạt 59,3 triệu tài khoản định danh điện tử (VNeID), trong đó 55,1 triệu tài khoản mức độ 2.\n"
        "Ứng dụng VNeID đã ghi nhận hơn 7,5 triệu lượt đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử.\n"
        "Tỷ lệ kích hoạt tài khoản VNeID so với dân số từ 14 tuổi trở lên đạt 78%.\n"
        "Bộ Công an phấn đấu hết năm 2025 kích hoạt tài khoản cho 100% công dân đủ điều kiện.",
        "2025-04-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87200000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 59300000),
        ],
    ),
    # 12. Full-process share over ALL procedures vs over ELIGIBLE ones, services that received dossiers, all online services "(gồm cả toàn trình và một phần)"; the date carried from the first sentence; a remainder.
    (
        "Văn phòng Chính phủ cho biết, tính đến ngày 30/6/2024, cả nước có 4.481 DVCTT toàn trình, đạt tỷ lệ 46,8% tổng số TTHC.\n"
        "Nếu chỉ tính trên số TTHC đủ điều kiện, tỷ lệ cung cấp DVCTT toàn trình là 85,4%.\n"
        'Tỷ lệ DVCTT có phát sinh hồ sơ đạt 59,3%, nghĩa là vẫn còn hơn 40% dịch vụ "không có người dùng".\n'
        "Tỷ lệ TTHC được cung cấp trực tuyến (gồm cả toàn trình và một phần) là 80,1%.",
        "2024-07-08",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 46.8),
            ("full_process_provision_rate", "national", "as_of", "2024-06-30", 85.4),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-06-30", 59.3),
            ("dvctt_rate", "national", "as_of", "2024-06-30", 80.1),
        ],
    ),
    # 13. NEGATIVE: only year-on-year changes (%, times, added VND, percentage points), counts of conferences, documents, decrees and resolutions.
    (
        "6 tháng đầu năm 2024, số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia tăng 38% so với cùng kỳ năm 2023.\n"
        "Số giao dịch thanh toán trực tuyến tăng gấp 2,1 lần, giá trị thanh toán tăng thêm khoảng 2.300 tỷ đồng so với cùng kỳ.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình tăng 7,3 điểm phần trăm, tỷ lệ hài lòng tăng 1,5%.\n"
        "Trong kỳ, Văn phòng Chính phủ đã tổ chức 4 hội nghị trực tuyến với các bộ, ngành, địa phương và ban hành 12 văn bản hướng dẫn.\n"
        "Chính phủ ban hành 3 nghị định và 5 nghị quyết chuyên đề về cắt giảm, đơn giản hóa TTHC.",
        "2024-07-10",
        [],
    ),
    # 14. A city's year under review ("Năm 2023, …"): online dossier share, adults using online services, the digital economy's share of GRDP; DTI score (no id), a target.
    (
        "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của thành phố Đà Nẵng đạt 72,18%, cao hơn mức trung bình cả nước.\n"
        "Tỷ lệ người dân trưởng thành trên địa bàn thành phố có sử dụng DVCTT là 58%.\n"
        "Kinh tế số đóng góp khoảng 20,1% GRDP của thành phố.\n"
        "Đà Nẵng tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số (DTI) cấp tỉnh với 0,6335 điểm.\n"
        "Thành phố đặt mục tiêu năm 2025 kinh tế số chiếm 25% GRDP.",
        "2024-02-05",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 72.18),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "year", "2023-12-31", 58),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 20.1),
        ],
    ),
    # 15. Online payments: running totals since launch ("12,9 nghìn tỷ đồng") and the year's flows; kinds of payment after "Trong đó" are parts; banks connected (no id).
    (
        "Lũy kế từ khi triển khai đến ngày 31/12/2023, Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia đã thực hiện 17,2 triệu giao dịch với tổng số tiền hơn 12,9 nghìn tỷ đồng.\n"
        "Riêng năm 2023, có 9,4 triệu giao dịch thanh toán trực tuyến, giá trị 6.852 tỷ đồng.\n"
        "Trong đó, thanh toán nghĩa vụ tài chính về đất đai chiếm 3.120 tỷ đồng; lệ phí trước bạ ô tô, xe máy chiếm 1.845 tỷ đồng.\n"
        "Ngân hàng Nhà nước cho biết 42 ngân hàng và 7 trung gian thanh toán đã kết nối với Cổng.",
        "2024-01-18",
        [
            ("online_payments_count", "national", "as_of", "2023-12-31", 17200000),
            ("online_payments_value", "national", "as_of", "2023-12-31", 12900),
            ("online_payments_count_new", "national", "year", "2023-12-31", 9400000),
            ("online_payments_value_new", "national", "year", "2023-12-31", 6852),
        ],
    ),
    # 16. National year 2024 reviewed in January 2025: adults using online services (with a target beside it), satisfaction, dossiers tied to personal ID.
    (
        "Năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 47%, vượt mục tiêu 40% đề ra cho năm 2024.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt 84,2%.\n"
        "Tỷ lệ hồ sơ TTHC được gắn với mã số định danh cá nhân là 97,3%.\n"
        "Năm 2025, Chính phủ yêu cầu nâng tỷ lệ người trưởng thành sử dụng DVCTT lên 50% và mức độ hài lòng lên 90%.",
        "2025-01-08",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 47),
            ("satisfaction_rate", "national", "year", "2024-12-31", 84.2),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 97.3),
        ],
    ),
    # 17. Digital economy year: share of GDP and growth in one clause, adults with a payment account, Mobile Money customers (rural part after "trong đó"); e-commerce (no id), a Resolution 57 target.
    (
        "Năm 2024, kinh tế số ước chiếm 18,3% GDP, tốc độ tăng trưởng khoảng 20%, gấp khoảng 3 lần tốc độ tăng GDP.\n"
        "Tính đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87%.\n"
        "Dịch vụ Mobile Money có hơn 10,5 triệu khách hàng, trong đó khoảng 7,2 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.\n"
        "Doanh thu thương mại điện tử bán lẻ đạt khoảng 25 tỷ USD.\n"
        "Nghị quyết 57-NQ/TW đặt mục tiêu kinh tế số đạt 30% GDP vào năm 2030.",
        "2025-02-18",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10500000),
        ],
    ),
    # 18. Broadband at year end: FTTH households, smartphone share of subscriptions, December's download speeds; upload speeds and a speed rank are not stored.
    (
        "Đến hết năm 2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,4%.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 89,5%.\n"
        "Theo Bộ Thông tin và Truyền thông, tháng 12/2024, tốc độ tải xuống trung bình băng rộng cố định của Việt Nam đạt 171,2 Mbps, băng rộng di động 82,3 Mbps; tốc độ tải lên tương ứng là 165,8 Mbps và 30,1 Mbps.\n"
        "Việt Nam xếp thứ 41 thế giới về tốc độ băng rộng cố định.",
        "2025-01-20",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.5),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 171.2),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 82.3),
        ],
    ),
    # 19. E-invoices: the running total ("9,28 tỷ") at a date; a part with the tax office's code, the quarter's new invoices and cash-register invoices are not the total.
    (
        "Cục Thuế (Bộ Tài chính) cho biết, tính đến ngày 31/3/2025, cơ quan thuế đã tiếp nhận, xử lý hơn 9,28 tỷ hóa đơn điện tử, trong đó 2,34 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Riêng quý I/2025, có 812 triệu hóa đơn điện tử được khởi tạo.\n"
        "Số hóa đơn khởi tạo từ máy tính tiền đạt 1,52 tỷ hóa đơn, với 98.650 doanh nghiệp, hộ kinh doanh đăng ký sử dụng.\n"
        "Cơ quan thuế tiếp tục đẩy mạnh triển khai hóa đơn điện tử tại các cửa hàng xăng dầu.",
        "2025-04-10",
        [
            ("e_invoices_total", "national", "as_of", "2025-03-31", 9280000000),
        ],
    ),
    # 20. NEGATIVE: no published date and no date in the text ("Hiện nay", "hiện ở mức"); other countries' figures.
    (
        "Hiện nay, Cổng Dịch vụ công quốc gia có hơn 12 triệu tài khoản đăng ký, tiếp nhận trung bình khoảng 1,5 triệu hồ sơ trực tuyến mỗi tháng.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình hiện ở mức 35%.\n"
        "Theo các chuyên gia, con số này vẫn thấp hơn nhiều so với Hàn Quốc hay Estonia, nơi gần 99% dịch vụ công được cung cấp trực tuyến.\n"
        "Thời gian tới cần tiếp tục tái cấu trúc quy trình, giảm giấy tờ cho người dân.",
        None,
        [],
    ),
    # 21. Year-to-date flows ("Lũy kế 4 tháng đầu năm") on the _new twins, one month's new accounts, the running account total at the month's end; the report's issue date in the text.
    (
        "Lũy kế 4 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 7,62 triệu hồ sơ trực tuyến, thực hiện 10,1 triệu giao dịch thanh toán trực tuyến với số tiền 4.815 tỷ đồng.\n"
        "Riêng tháng 4/2025, Cổng có thêm 286.410 tài khoản mới.\n"
        "Tính chung từ khi khai trương đến hết tháng 4/2025, Cổng đã có 15,5 triệu tài khoản.\n"
        "Số liệu được Bộ Khoa học và Công nghệ tổng hợp trong báo cáo tháng 4, công bố ngày 8/5.",
        "2025-05-09",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 7620000),
            ("online_payments_count_new", "national", "ytd", "2025-04-30", 10100000),
            ("online_payments_value_new", "national", "ytd", "2025-04-30", 4815),
            ("national_portal_accounts_new", "national", "month", "2025-04-30", 286410),
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 15500000),
        ],
    ),
    # 22. Ratios as counts: provinces with a fee-reduction resolution (56/63) and procedures simplified (812/1.084); the remainders ("chưa ban hành", "chưa được cắt giảm") are not stored.
    (
        "Tính đến ngày 31/5/2024, đã có 56/63 tỉnh, thành phố ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 7 địa phương chưa ban hành.\n"
        "Về cải cách TTHC theo các nghị quyết chuyên đề của Chính phủ, đã có 812/1.084 thủ tục hành chính được cắt giảm, đơn giản hóa; 272 thủ tục còn lại chưa được cắt giảm.\n"
        "Văn phòng Chính phủ đề nghị các địa phương còn lại hoàn thành trong tháng 6/2024.\n"
        "Các bộ, ngành được yêu cầu trình phương án cắt giảm trước ngày 30/6/2024.",
        "2024-06-05",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 56),
            ("procedures_simplified", "national", "as_of", "2024-05-31", 812),
        ],
    ),
    # 23. EMC connection share with its ratio in parentheses, information systems with an approved security level; a remainder and a deadline.
    (
        "Tính đến ngày 15/8/2024, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 87,2% (75/86 hệ thống).\n"
        "Về bảo đảm an toàn thông tin, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 79,6%, còn hơn 20% hệ thống chưa được phê duyệt.\n"
        "Bộ TT&TT yêu cầu hoàn thành phê duyệt cấp độ cho 100% hệ thống trước ngày 30/9/2024.\n"
        "Các đơn vị chậm tiến độ sẽ được nêu tên trong báo cáo tháng.",
        "2024-08-20",
        [
            ("emc_connection_rate", "national", "as_of", "2024-08-15", 87.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-15", 79.6),
        ],
    ),
    # 24. UN EGDI rank "71/193" of the 2024 edition with the 2022 rank in parentheses (kept with its own year); places gained, ASEAN place, score and a Resolution 57 target are not stored.
    (
        "Theo Báo cáo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193).\n"
        "Trong khu vực ASEAN, Việt Nam đứng thứ 5.\n"
        "Đây là lần đầu tiên Việt Nam lọt vào nhóm quốc gia có chỉ số EGDI ở mức Rất cao, với điểm số 0,7709.\n"
        "Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về Chính phủ điện tử.",
        "2025-03-05",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 25. Villages: electrified dead-zone villages covered "1.799/1.853 …, đạt 97,1%" at a date, villages still without coverage ("hiện còn", the page's date), all villages with coverage; a deadline.
    (
        "Tính đến ngày 31/10/2024, các doanh nghiệp viễn thông đã phủ sóng 1.799/1.853 thôn lõm sóng có điện lưới, đạt 97,1%.\n"
        "Cả nước hiện còn 1.245 thôn, bản lõm sóng, phần lớn chưa có điện lưới quốc gia.\n"
        "Tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đạt 99,2%.\n"
        "Bộ TT&TT yêu cầu hoàn thành phủ sóng 100% thôn lõm sóng có điện trong tháng 12/2024.",
        "2024-11-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 97.1),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-12", 1245),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-12", 99.2),
        ],
    ),
    # 26. Blocks against named ministries: the ministries' and localities' averages and one province are stored, the named ministries' figures are not.
    (
        "Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, tháng 11/2024, tỷ lệ hồ sơ trực tuyến của khối bộ, ngành bình quân đạt 51,3%.\n"
        "Dẫn đầu là Bộ Tài chính với 97,6%, tiếp đến Bộ Công Thương 95,2%; thấp nhất là Bộ Nông nghiệp và Phát triển nông thôn với 4,1%.\n"
        "Ở khối địa phương, tỷ lệ hồ sơ trực tuyến bình quân là 47,8%; Đồng Nai dẫn đầu với 89,2%.\n"
        "Tỷ lệ cấp kết quả điện tử của khối bộ, ngành chỉ đạt 38,5%.",
        "2024-12-16",
        [
            ("online_dossier_rate", "ministries", "month", "2024-11-30", 51.3),
            ("online_dossier_rate", "localities", "month", "2024-11-30", 47.8),
            ("online_dossier_rate", "Đồng Nai", "month", "2024-11-30", 89.2),
            ("e_result_rate", "ministries", "month", "2024-11-30", 38.5),
        ],
    ),
    # 27. "Trên địa bàn tỉnh" for 9 months (ytd): full-process dossier share, e-results, reuse of digitised data; the online-payment share and the digitisation share have no id; a target.
    (
        "9 tháng đầu năm 2024, trên địa bàn tỉnh Lào Cai tiếp nhận 298.640 hồ sơ TTHC; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,6%.\n"
        "Tỷ lệ hồ sơ có thanh toán trực tuyến là 38%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 76,5%.\n"
        "Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 89,4%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 45,2%.\n"
        "Tỉnh phấn đấu đến cuối năm có trên 60% hồ sơ trực tuyến toàn trình.",
        "2024-10-08",
        [
            ("online_dossier_full_process_rate", "Lào Cai", "ytd", "2024-09-30", 52.6),
            ("e_result_rate", "Lào Cai", "ytd", "2024-09-30", 89.4),
            ("data_reuse_rate", "Lào Cai", "ytd", "2024-09-30", 45.2),
        ],
    ),
    # 28. NEGATIVE: a vendor's report (e-Conomy SEA), a survey (PAPI), other countries' and the world's figures.
    (
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa giao dịch (GMV) của nền kinh tế số Việt Nam đạt 36 tỷ USD, tăng 16% so với năm 2023.\n"
        "Khảo sát PAPI 2023 cho thấy chỉ 13,7% người được hỏi cho biết đã từng sử dụng Cổng Dịch vụ công quốc gia.\n"
        "Ở Estonia, 99% dịch vụ công đã được cung cấp trực tuyến; tại Hàn Quốc, tỷ lệ người dân sử dụng dịch vụ công trực tuyến lên tới 92%.\n"
        "Theo ITU, tỷ lệ người sử dụng Internet trên toàn cầu năm 2024 là 68%.",
        "2024-12-02",
        [],
    ),
    # 29. Government notice: "đến nay" levels dated by the notice; 53/53 essential services; the Prime Minister's targets and a remainder of eligible procedures.
    (
        "Thông báo kết luận của Thủ tướng Chính phủ tại phiên họp Ban Chỉ đạo về cải cách TTHC (ban hành ngày 10/9/2025) nêu rõ: đến nay, tỷ lệ DVCTT toàn trình đạt 58,9%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 42,3%.\n"
        "Cổng Dịch vụ công quốc gia đã có 19,6 triệu tài khoản; 53/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình.\n"
        "Thủ tướng yêu cầu phấn đấu trong năm 2025 đạt 100% DVCTT toàn trình đối với TTHC đủ điều kiện và tối thiểu 50% hồ sơ trực tuyến.\n"
        "Các bộ, ngành, địa phương còn 1.530 TTHC đủ điều kiện nhưng chưa cung cấp toàn trình.",
        "2025-09-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-10", 58.9),
            ("online_dossier_full_process_rate", "national", "as_of", "2025-09-10", 42.3),
            ("national_portal_accounts", "national", "as_of", "2025-09-10", 19600000),
            ("essential_services_full_process", "national", "as_of", "2025-09-10", 53),
        ],
    ),
    # 30. A quarter reviewed more than 35 days later: "Hiện nay" is the quarter's end, not the page's date; quarter flows on the _new twins; a change and the report's sending date.
    (
        "Trong quý II/2025, Cổng Dịch vụ công quốc gia tiếp nhận 5,9 triệu hồ sơ trực tuyến, tăng 21% so với quý I.\n"
        "Số tài khoản đăng ký mới trong quý là 948.300 tài khoản.\n"
        "Hiện nay, Cổng có 16,1 triệu tài khoản; tỷ lệ hồ sơ trực tuyến toàn trình ở mức 34,6%.\n"
        "Báo cáo này được Văn phòng Chính phủ gửi Thủ tướng ngày 15/8/2025.",
        "2025-08-20",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-06-30", 5900000),
            ("national_portal_accounts_new", "national", "quarter", "2025-06-30", 948300),
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 16100000),
            ("online_dossier_full_process_rate", "national", "as_of", "2025-06-30", 34.6),
        ],
    ),
    # 31. NDXP year under review: the year's transactions ("1,13 tỷ"), the daily average "/ngày", the running total since 2019, agencies connected; database counts (no id), a change.
    (
        "Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) có tổng số 1,13 tỷ giao dịch, bình quân 3,1 triệu giao dịch/ngày.\n"
        "Lũy kế từ năm 2019 đến hết năm 2023, số giao dịch qua NDXP đạt 2,86 tỷ giao dịch.\n"
        "NDXP đã kết nối với 119 cơ quan, đơn vị, đồng thời hỗ trợ kết nối 26 cơ sở dữ liệu quốc gia, chuyên ngành.\n"
        "Số giao dịch năm 2023 tăng 40% so với năm 2022.",
        "2024-01-25",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 1130000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 3100000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 2860000000),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 119),
        ],
    ),
    # 32. NEGATIVE: counts of decrees, decisions, meetings, community teams, plans ("63/63 địa phương" is not the fee-reduction count), a change.
    (
        "Năm 2024, Chính phủ đã ban hành 18 nghị định, Thủ tướng Chính phủ ban hành 27 quyết định liên quan đến chuyển đổi số.\n"
        "Ủy ban Quốc gia về chuyển đổi số tổ chức 4 phiên họp; 63/63 tỉnh, thành phố thành lập Tổ công nghệ số cộng đồng với hơn 92.000 tổ và 390.000 thành viên.\n"
        "Có 22 bộ, ngành và 63/63 địa phương đã ban hành kế hoạch thực hiện Đề án 06 năm 2024.\n"
        "Số nhiệm vụ hoàn thành đúng hạn tăng 17,7% so với năm 2023.",
        "2025-01-03",
        [],
    ),
    # 33. "chạm mốc" with a date in the text; running payment value with the count in "tương ứng"; "gấp hơn 2 lần" is a change.
    (
        "Ngày 28/10/2025, Cổng Dịch vụ công quốc gia chính thức chạm mốc 20 triệu tài khoản đăng ký.\n"
        "Đại diện Văn phòng Chính phủ cho biết, con số này gấp hơn 2 lần so với thời điểm cuối năm 2022.\n"
        "Cũng tính đến ngày 28/10/2025, tổng giá trị thanh toán trực tuyến qua Cổng lũy kế đạt 48.560 tỷ đồng, tương ứng 61,7 triệu giao dịch.\n"
        "Thời gian tới, Cổng sẽ tiếp tục được nâng cấp theo hướng lấy người dùng làm trung tâm.",
        "2025-10-30",
        [
            ("national_portal_accounts", "national", "as_of", "2025-10-28", 20000000),
            ("online_payments_value", "national", "as_of", "2025-10-28", 48560),
            ("online_payments_count", "national", "as_of", "2025-10-28", 61700000),
        ],
    ),
    # 34. A month's report as a bullet list with labels and blocks in parentheses ("HS" for hồ sơ); digitisation and online-payment shares have no id.
    (
        "Báo cáo tháng 11/2024 của Văn phòng Chính phủ về tình hình cung cấp, sử dụng DVCTT nêu các kết quả chính:\n"
        "- Tỷ lệ DVCTT trên tổng số TTHC: 82,3%;\n"
        "- Tỷ lệ DVCTT toàn trình: 56,4%;\n"
        "- Tỷ lệ hồ sơ trực tuyến (khối địa phương): 46,3%;\n"
        "- Tỷ lệ HS trực tuyến toàn trình (khối bộ, ngành): 33,7%;\n"
        "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 54,8%;\n"
        "- Tỷ lệ thanh toán trực tuyến: 31,2%.",
        "2024-12-11",
        [
            ("dvctt_rate", "national", "month", "2024-11-30", 82.3),
            ("dvctt_full_process_rate", "national", "month", "2024-11-30", 56.4),
            ("online_dossier_rate", "localities", "month", "2024-11-30", 46.3),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-11-30", 33.7),
        ],
    ),
    # 35. NEGATIVE: a province's own system dossier count, its departments' and a district's shares, a target, community teams.
    (
        "Năm 2023, Hệ thống thông tin giải quyết TTHC tỉnh Nghệ An tiếp nhận 412.506 hồ sơ; Sở Tư pháp có tỷ lệ hồ sơ trực tuyến đạt 99,1%, Sở Giao thông vận tải đạt 96,4%.\n"
        "UBND huyện Diễn Châu dẫn đầu khối cấp huyện với 82,3% hồ sơ trực tuyến.\n"
        "Tỉnh đặt mục tiêu năm 2024 có 60% hồ sơ được giải quyết trực tuyến toàn trình.\n"
        "Toàn tỉnh hiện có 2.150 tổ công nghệ số cộng đồng.",
        "2024-03-04",
        [],
    ),
    # 36. Sub-counts after "trong đó" (personal and business accounts, VNeID-registered) are parts; a full-process share after "trong đó" is its own value; dossiers synced to the portal are not its online dossiers.
    (
        "Tính đến ngày 31/10/2023, Cổng Dịch vụ công quốc gia có 9,6 triệu tài khoản đăng ký, trong đó 9,1 triệu tài khoản cá nhân và khoảng 500 nghìn tài khoản doanh nghiệp.\n"
        "Đáng chú ý, có 3,2 triệu tài khoản được đăng ký thông qua tài khoản định danh điện tử VNeID.\n"
        "Cả nước có 6.321 TTHC, trong đó 41,5% TTHC được cung cấp dưới dạng DVCTT toàn trình.\n"
        "Số hồ sơ đồng bộ trạng thái lên Cổng đạt 180 triệu hồ sơ.",
        "2023-11-07",
        [
            ("national_portal_accounts", "national", "as_of", "2023-10-31", 9600000),
            ("dvctt_full_process_rate", "national", "as_of", "2023-10-31", 41.5),
        ],
    ),
    # 37. Half-year digital economy share of GDP ("ước đạt"); "Hiện nay" in a half-year text is the half's end; ICT revenue (no id) and a target.
    (
        "6 tháng đầu năm 2025, tỷ trọng kinh tế số trong GDP ước đạt 18,7%.\n"
        "Doanh thu công nghiệp công nghệ số ước đạt 1,94 triệu tỷ đồng, tăng 36,7% so với cùng kỳ.\n"
        "Hiện nay, tỷ lệ người trưởng thành có tài khoản thanh toán là 88%.\n"
        "Mục tiêu năm 2025 là kinh tế số chiếm 20% GDP.",
        "2025-07-20",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 88),
        ],
    ),
    # 38. Subscriptions, smartphone share, 5G stations and population coverage, Internet users, all at a month's end; an operator's 5G count is not stored.
    (
        "Tính đến hết tháng 6/2025, cả nước có 86,7 triệu thuê bao băng rộng di động và 24,1 triệu thuê bao băng rộng cố định.\n"
        "Thuê bao sử dụng điện thoại thông minh chiếm 90,1% tổng số thuê bao điện thoại di động.\n"
        "Cũng đến hết tháng 6/2025, cả nước có khoảng 11.200 trạm BTS 5G, phủ sóng 5G đạt 26% dân số.\n"
        "Tỷ lệ người sử dụng Internet ước đạt 84,2% dân số.\n"
        "Riêng Viettel đã phát sóng hơn 7.500 trạm 5G.",
        "2025-07-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 86700000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24100000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 90.1),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11200),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26),
            ("internet_users_rate", "national", "as_of", "2025-06-30", 84.2),
        ],
    ),
    # 39. Two sources, two dates: the Ministry of Public Security's current VNeID count and an older figure another report repeats; the activation share has no id.
    (
        "Bộ Công an cho biết, tính đến ngày 30/6/2025, đã có 65,8 triệu tài khoản định danh điện tử VNeID được kích hoạt.\n"
        "Trong khi đó, báo cáo chuyển đổi số quốc gia do Bộ KH&CN phát hành tháng 7 vẫn dẫn lại con số 58,9 triệu tài khoản kích hoạt tính đến ngày 31/3/2025.\n"
        "Sự chênh lệch khiến nhiều địa phương lúng túng khi báo cáo chỉ tiêu Đề án 06.\n"
        "Theo Bộ Công an, tỷ lệ kích hoạt trên dân số đủ điều kiện đạt 82%.",
        "2025-07-25",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 65800000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 58900000),
        ],
    ),
    # 40. NEGATIVE: projections ("Dự kiến … sẽ có"), an estimated saving, a plan's targets and Resolution 57's target.
    (
        "Dự kiến đến cuối năm 2025, Cổng Dịch vụ công quốc gia sẽ có khoảng 25 triệu tài khoản và tiếp nhận 30 triệu hồ sơ trực tuyến trong năm.\n"
        "Văn phòng Chính phủ ước tính việc thanh toán trực tuyến giúp tiết kiệm cho xã hội hơn 6.300 tỷ đồng mỗi năm.\n"
        "Kế hoạch năm 2026 đặt chỉ tiêu 100% hồ sơ TTHC được số hóa, 80% hồ sơ trực tuyến toàn trình.\n"
        "Theo lộ trình của Nghị quyết 57, đến năm 2030 tỷ lệ sử dụng DVCTT của người dân, doanh nghiệp phải đạt trên 80%.",
        "2025-10-01",
        [],
    ),
]
