"""Blind genre probes, round nineteen: online public services and administrative procedures.

The cases probe how national monthly reports, half-year and year reviews, Government-portal and
press summaries (Báo Chính phủ, VietnamPlus style), interviews and provincial portals word the
shares of procedures offered online and full-process (over all procedures and over eligible ones),
the shares of dossiers filed online and handled full-process, services with dossiers, the National
Public Service Portal's accounts, dossiers and online payments (cumulative and for a span),
VNeID, satisfaction, data reuse, electronic results, personal-ID dossiers, fee-reduction
provinces, simplified procedures and EMC, with the khối bộ, ngành / khối địa phương / province
breakdowns, a few NDXP, cybersecurity, infrastructure and digital-economy figures met in the same
reports, and distractors (targets, changes, remainders, sub-counts after "trong đó", one ministry's,
one district's, one department's or one operator's figure, surveys, other countries, counts of
decrees, digitisation shares and other figures with no id). Written for the project from the
genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1. national monthly report: full-process share of procedures split ministries / localities after "trong đó"; count, change and target are not stored
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "1. Về Chính phủ số: Tính đến ngày 31/5/2025, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình "
        "của cả nước đạt 53,2%, trong đó khối bộ, ngành ở mức 61,5%, khối địa phương là 50,1%.\n"
        "Số DVCTT toàn trình đang cung cấp là 4.481 dịch vụ, tăng 112 dịch vụ so với tháng trước.\n"
        "Mục tiêu năm 2025 là 80% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình.",
        "2025-06-06",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 53.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-31", 61.5),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-31", 50.1),
        ],
    ),
    # 2. government-portal half-year summary: dossiers online and "Riêng hồ sơ ... toàn trình chiếm"; change in points and digitisation share not stored
    (
        "(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ, 6 tháng đầu năm 2025, tỷ lệ hồ sơ TTHC "
        "được tiếp nhận, giải quyết trực tuyến trên toàn quốc đạt 46,8%, tăng 9,1 điểm phần trăm so với "
        "cùng kỳ năm 2024.\n"
        "Riêng hồ sơ trực tuyến toàn trình chiếm 31,27% tổng số hồ sơ.\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 52,4%, trong khi yêu cầu đặt ra là 100% theo "
        "Nghị định 45/2020/NĐ-CP.",
        "2025-07-08",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 46.8),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 31.27),
        ],
    ),
    # 3. portal cumulative stocks in one dated sentence pair: accounts, dossiers, payments count and "12,9 nghìn tỷ đồng"; procedures on the portal (x/y) has no id
    (
        "Tính đến ngày 15/4/2025, Cổng Dịch vụ công quốc gia đã có hơn 15,2 triệu tài khoản đăng ký, "
        "tiếp nhận 62,7 triệu hồ sơ trực tuyến.\n"
        "Cổng cũng đã thực hiện 27,4 triệu giao dịch thanh toán trực tuyến với số tiền lên tới hơn "
        "12,9 nghìn tỷ đồng.\n"
        "Hiện có 4.543/6.325 TTHC được tích hợp, cung cấp trên Cổng.",
        "2025-04-17",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-15", 15200000),
            ("national_portal_dossiers", "national", "as_of", "2025-04-15", 62700000),
            ("online_payments_count", "national", "as_of", "2025-04-15", 27400000),
            ("online_payments_value", "national", "as_of", "2025-04-15", 12900),
        ],
    ),
    # 4. one month's portal flows go on the _new twins, next to the cumulative account total ("Lũy kế đến hết tháng 3/2025")
    (
        "CỔNG DỊCH VỤ CÔNG QUỐC GIA - SỐ LIỆU THÁNG 3/2025\n"
        "Trong tháng 3/2025, Cổng DVCQG có thêm 312.450 tài khoản đăng ký mới; tiếp nhận 1,86 triệu hồ sơ "
        "trực tuyến; ghi nhận 2,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.204 tỷ đồng.\n"
        "Lũy kế đến hết tháng 3/2025, tổng số tài khoản đăng ký trên Cổng là 14,8 triệu tài khoản.",
        "2025-04-08",
        [
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 312450),
            ("national_portal_dossiers_new", "national", "month", "2025-03-31", 1860000),
            ("online_payments_count_new", "national", "month", "2025-03-31", 2100000),
            ("online_payments_value_new", "national", "month", "2025-03-31", 1204),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 14800000),
        ],
    ),
    # 5. provincial portal year review (Quảng Ninh): five shares of the province; a city's figure (TP. Hạ Long) not stored
    (
        "Năm 2024, tỷ lệ hồ sơ TTHC trên địa bàn tỉnh Quảng Ninh được tiếp nhận và giải quyết trực tuyến "
        "đạt 92,6%; tỷ lệ hồ sơ trực tuyến toàn trình là 78,3%.\n"
        "Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu "
        "số hóa đạt 68,5%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của tỉnh đạt 95,1%.\n"
        "Riêng TP. Hạ Long, tỷ lệ hồ sơ trực tuyến lên tới 97,2%.",
        "2025-01-09",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 92.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 78.3),
            ("e_result_rate", "Quảng Ninh", "year", "2024-12-31", 100),
            ("data_reuse_rate", "Quảng Ninh", "year", "2024-12-31", 68.5),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 95.1),
        ],
    ),
    # 6. NEGATIVE: a provincial plan listing only targets (mục tiêu, phấn đấu, tối thiểu, trên)
    (
        "Kế hoạch chuyển đổi số năm 2025 của UBND tỉnh Lâm Đồng đặt mục tiêu: 100% TTHC đủ điều kiện "
        "được cung cấp DVCTT toàn trình;\n"
        "tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%;\n"
        "phấn đấu 70% người dân trưởng thành sử dụng DVCTT;\n"
        "mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt trên 90%.",
        "2025-02-14",
        [],
    ),
    # 7. NEGATIVE: one named ministry's own figures and a national year-on-year change only
    (
        "Quý I/2025, Bộ Tư pháp tiếp nhận gần 1,2 triệu hồ sơ cấp Phiếu lý lịch tư pháp, trong đó 87% "
        "được nộp trực tuyến qua Cổng DVCQG và ứng dụng VNeID.\n"
        "Theo Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến trên toàn quốc quý I tăng 6,4% so với cùng kỳ "
        "năm trước.\n"
        "Bộ Giao thông vận tải cho biết đã cung cấp 100% TTHC đủ điều kiện dưới dạng DVCTT toàn trình.",
        "2025-04-10",
        [],
    ),
    # 8. a table written as lines under a month header: ministries / localities / national, "DVCTT/tổng số TTHC" and pipes
    (
        "BẢNG 2. KẾT QUẢ CUNG CẤP DVCTT (số liệu tháng 02/2025)\n"
        "Khối bộ, ngành: DVCTT/tổng số TTHC 87,4% | DVCTT toàn trình 58,9% | Hồ sơ trực tuyến 72,05%\n"
        "Khối địa phương: DVCTT/tổng số TTHC 81,2% | DVCTT toàn trình 49,6% | Hồ sơ trực tuyến 51,77%\n"
        "Toàn quốc: Hồ sơ trực tuyến 55,3%\n"
        "Ghi chú: tỷ lệ DVCTT toàn trình tính trên tổng số TTHC.",
        "2025-03-07",
        [
            ("dvctt_rate", "ministries", "as_of", "2025-02-28", 87.4),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-02-28", 58.9),
            ("online_dossier_rate", "ministries", "month", "2025-02-28", 72.05),
            ("dvctt_rate", "localities", "as_of", "2025-02-28", 81.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-02-28", 49.6),
            ("online_dossier_rate", "localities", "month", "2025-02-28", 51.77),
            ("online_dossier_rate", "national", "month", "2025-02-28", 55.3),
        ],
    ),
    # 9. fee-reduction provinces as "58/63 tỉnh, thành phố" with "Đến nay (ngày ...)"; remainder and the Prime Minister's deadline not stored
    (
        "Giảm phí, lệ phí để khuyến khích người dân dùng DVCTT\n"
        "Đến nay (ngày 20/5/2024), đã có 58/63 tỉnh, thành phố trực thuộc Trung ương ban hành Nghị quyết "
        "của HĐND về giảm mức thu phí, lệ phí khi thực hiện DVCTT; 5 địa phương còn lại đang hoàn thiện "
        "hồ sơ trình HĐND tại kỳ họp gần nhất.\n"
        "Trước đó, tại phiên họp thứ 8 của Ủy ban Quốc gia về chuyển đổi số, Thủ tướng yêu cầu 100% địa "
        "phương ban hành trong tháng 5/2024.",
        "2024-05-22",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-20", 58),
        ],
    ),
    # 10. Đề án 06: essential services "43/53 DVC thiết yếu" and personal-ID dossiers dated by the previous sentence; remaining 10 not stored
    (
        "Triển khai Đề án 06: những kết quả nổi bật\n"
        "Về Đề án 06, đến ngày 30/6/2024, đã hoàn thành cung cấp 43/53 DVC thiết yếu trực tuyến toàn "
        "trình; 10 dịch vụ còn lại được giao Bộ Công an, Bộ Tài chính hoàn thành trong quý III.\n"
        "Tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân đạt 88,2%.",
        "2024-07-03",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 43),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-06-30", 88.2),
        ],
    ),
    # 11. VNeID "Đến nay" with a published date: activated accounts after "trong đó" (another indicator than issued accounts); activation rate and utilities not stored
    (
        "Định danh điện tử: nền tảng cho dịch vụ công số\n"
        "Đến nay, Bộ Công an đã cấp hơn 57,3 triệu tài khoản định danh điện tử, trong đó 55,9 triệu tài "
        "khoản đã được kích hoạt, tỷ lệ kích hoạt đạt 97,5%.\n"
        "Cả nước đã cấp 87,2 triệu thẻ căn cước công dân gắn chip; ứng dụng VNeID đã tích hợp 42 tiện ích.",
        "2024-11-12",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-11-12", 55900000),
            ("chip_id_cards_issued", "national", "as_of", "2024-11-12", 87200000),
        ],
    ),
    # 12. year review: adults using online services "ước đạt", beside the exceeded target and the next target
    (
        "Bức tranh dịch vụ công trực tuyến năm 2024\n"
        "Năm 2024, tỷ lệ người dân trưởng thành sử dụng DVCTT trên cả nước ước đạt 41,5%, vượt chỉ tiêu "
        "40% mà Thủ tướng giao tại Hội nghị toàn quốc về chuyển đổi số.\n"
        "Mục tiêu đến năm 2025 là 50% người trưởng thành sử dụng DVCTT.",
        "2025-01-06",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 41.5),
        ],
    ),
    # 13. UN e-government rank "71/193" with other countries' places, the rank change and a sub-index rank (OSI) not stored
    (
        "Việt Nam tăng hạng về Chính phủ điện tử\n"
        "Kết quả Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024: Việt Nam xếp hạng 71/193 quốc gia "
        "về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022; Đan Mạch đứng đầu, "
        "Singapore xếp thứ 3.\n"
        "Riêng Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 73.",
        "2025-01-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # 14. provincial monthly (Đồng Nai): "trong đó tiếp nhận trực tuyến ..., chiếm" and "100% hồ sơ được cấp kết quả điện tử"; online fee-payment share has no id
    (
        "Đồng Nai: kết quả cải cách TTHC tháng 4/2025\n"
        "Trong tháng 4/2025, các cơ quan, đơn vị trên địa bàn tỉnh Đồng Nai tiếp nhận 98.512 hồ sơ TTHC, "
        "trong đó tiếp nhận trực tuyến 86.340 hồ sơ, chiếm 87,64%.\n"
        "Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 42,3%; 100% hồ sơ được cấp kết quả điện tử.",
        "2025-05-06",
        [
            ("online_dossier_rate", "Đồng Nai", "month", "2025-04-30", 87.64),
            ("e_result_rate", "Đồng Nai", "month", "2025-04-30", 100),
        ],
    ),
    # 15. eligible-procedures base ("trong số các TTHC đủ điều kiện") beside the all-procedures base ("tính trên tổng số TTHC, tỷ lệ này")
    (
        "DVCTT toàn trình: khoảng cách lớn giữa hai cách tính\n"
        "Tính đến hết tháng 9/2024, trong số các TTHC đủ điều kiện, 97,2% đã được cung cấp dưới dạng "
        "DVCTT toàn trình; nếu tính trên tổng số TTHC, tỷ lệ này mới ở mức 55,6%.\n"
        "Văn phòng Chính phủ đề nghị các bộ, ngành rà soát để đạt 100% trong năm 2024.",
        "2024-10-08",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-09-30", 97.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-09-30", 55.6),
        ],
    ),
    # 16. services with dossiers ("DVCTT có phát sinh hồ sơ") for localities, and for ministries inside a comparison's parentheses
    (
        "Tỷ lệ DVCTT phát sinh hồ sơ còn thấp\n"
        "Quý III/2024, tỷ lệ DVCTT có phát sinh hồ sơ của khối địa phương chỉ đạt 41,5%, thấp hơn nhiều "
        "so với khối bộ, ngành (63,8%).\n"
        "Nhiều DVCTT được cung cấp nhưng chưa có hồ sơ phát sinh, gây lãng phí nguồn lực.",
        "2024-10-15",
        [
            ("dvctt_with_dossiers_rate", "localities", "quarter", "2024-09-30", 41.5),
            ("dvctt_with_dossiers_rate", "ministries", "quarter", "2024-09-30", 63.8),
        ],
    ),
    # 17. a district's and a department's figures (not stored) before the province's own share; counts of plans not stored
    (
        "6 tháng đầu năm 2024, huyện Đức Trọng (tỉnh Lâm Đồng) tiếp nhận 21.384 hồ sơ, tỷ lệ hồ sơ trực "
        "tuyến đạt 94,2%; Sở Tư pháp đạt 100%.\n"
        "Toàn tỉnh Lâm Đồng, tỷ lệ hồ sơ trực tuyến trong cùng kỳ ở mức 81,9%.\n"
        "UBND huyện đã ban hành 12 kế hoạch, 34 văn bản chỉ đạo về chuyển đổi số.",
        "2024-07-12",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 81.9),
        ],
    ),
    # 18. interview in quotation marks: "Hiện nay ... đã lên tới 91%", "khoảng 43%" dated by the published date; the 2025 requirement not stored
    (
        "Hướng tới nền hành chính phục vụ\n"
        'Trả lời phỏng vấn báo chí, lãnh đạo Cục Kiểm soát TTHC (Văn phòng Chính phủ) cho biết: "Hiện nay, '
        "tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân đã lên tới 91%, còn tỷ lệ người dân trưởng "
        'thành sử dụng DVCTT khoảng 43%."\n'
        "Theo ông, trong năm 2025 phải bảo đảm 100% hồ sơ gắn mã định danh.",
        "2025-03-20",
        [
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-03-20", 91),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-03-20", 43),
        ],
    ),
    # 19. NDXP in an e-services report: cumulative "3,2 tỷ", the quarter's "riêng quý I", "giao dịch/ngày", agencies and connection points
    (
        "Tính đến ngày 31/3/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có tổng cộng hơn "
        "3,2 tỷ giao dịch kể từ khi khai trương;\n"
        "riêng quý I/2025 là 245,6 triệu giao dịch, trung bình "
        "2,73 triệu giao dịch/ngày.\n"
        "Hiện có 112 cơ quan, đơn vị kết nối với NDXP, thiết lập 1.874 điểm kết nối phục vụ giải quyết TTHC.",
        "2025-04-09",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 3200000000),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 245600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 2730000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-31", 112),
            ("ndxp_connection_points", "national", "as_of", "2025-03-31", 1874),
        ],
    ),
    # 20. cybersecurity section of a monthly report: level-approval share, month's attacks, botnet IPs; change and the state-agency sub-count not stored
    (
        "Báo cáo tháng 5/2025 - Mục An toàn thông tin mạng:\n"
        "Tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 84,7% (tính đến 31/5/2025).\n"
        "Trong tháng 5/2025, ghi nhận 487 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt "
        "Nam, giảm 21% so với cùng kỳ; số địa chỉ IP nằm trong mạng botnet là 512.340, trong đó 3.112 địa "
        "chỉ thuộc cơ quan nhà nước.",
        "2025-06-06",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-05-31", 84.7),
            ("cyberattacks", "national", "month", "2025-05-31", 487),
            ("botnet_ips", "national", "as_of", "2025-05-31", 512340),
        ],
    ),
    # 21. provincial year review (Bắc Ninh) mixing infrastructure (FTTH, smartphone) with dossiers online and electronic results
    (
        "Năm 2024, hạ tầng số của tỉnh Bắc Ninh tiếp tục được đầu tư: 98,6% hộ gia đình có kết nối cáp "
        "quang FTTH;\n"
        "tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,4%.\n"
        "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến đạt 85,2%; 100% kết quả giải quyết TTHC được cấp dưới dạng "
        "điện tử.",
        "2025-01-15",
        [
            ("ftth_household_rate", "Bắc Ninh", "year", "2024-12-31", 98.6),
            ("smartphone_subscriber_rate", "Bắc Ninh", "year", "2024-12-31", 89.4),
            ("online_dossier_rate", "Bắc Ninh", "year", "2024-12-31", 85.2),
            ("e_result_rate", "Bắc Ninh", "year", "2024-12-31", 100),
        ],
    ),
    # 22. digital-economy figures met in the same reports: payment accounts, Mobile Money (rural sub-count not stored), e-invoices "tính đến nay"
    (
        "Theo Ngân hàng Nhà nước, đến 30/6/2024, 87% người trưởng thành có tài khoản thanh toán.\n"
        "Cũng đến thời điểm này, dịch vụ Mobile Money có khoảng 8,7 triệu khách hàng, trong đó 6,3 triệu "
        "khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.\n"
        "Tính đến nay, hệ thống hóa đơn điện tử của ngành thuế đã tiếp nhận, xử lý hơn 8,53 tỷ hóa đơn "
        "kể từ năm 2022.",
        "2024-07-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8700000),
            ("e_invoices_total", "national", "as_of", "2024-07-20", 8530000000),
        ],
    ),
    # 23. simplified procedures "812/1.084" under thematic resolutions; the share, the 25 resolutions and the 272 left not stored
    (
        "Tổ công tác của Thủ tướng về rà soát quy định, TTHC: kết quả năm 2024\n"
        "Đến ngày 31/12/2024, các bộ, cơ quan đã thực thi phương án cắt giảm, đơn giản hóa 812/1.084 quy "
        "định kinh doanh, TTHC theo 25 Nghị quyết chuyên đề của Chính phủ, đạt 74,9%; còn 272 quy định "
        "chưa được thực thi.\n"
        "Tổ công tác đề nghị các bộ khẩn trương xử lý dứt điểm số quy định còn tồn đọng.",
        "2025-01-08",
        [
            ("procedures_simplified", "national", "as_of", "2024-12-31", 812),
        ],
    ),
    # 24. EMC connection share "đạt tỷ lệ 88,2%" after two x/y counts, "Hiện có" dated by the published date
    (
        "Kết nối Hệ thống EMC\n"
        "Hiện có 57/63 địa phương và 18/22 bộ, ngành đã kết nối đầy đủ Hệ thống một cửa điện tử với Hệ "
        "thống EMC (giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số), đạt tỷ lệ 88,2%.\n"
        "Số liệu trên EMC được dùng để xếp hạng các bộ, ngành, địa phương hằng tháng.",
        "2024-08-15",
        [
            ("emc_connection_rate", "national", "as_of", "2024-08-15", 88.2),
        ],
    ),
    # 25. NEGATIVE: "Hiện nay" levels with no published date and no date in the text: nothing can be dated
    (
        "Dịch vụ công trực tuyến: cần thực chất hơn\n"
        "Hiện nay, Cổng DVCQG có khoảng 14 triệu tài khoản đăng ký, cung cấp hơn 4.400 DVCTT.\n"
        "Tuy nhiên, tỷ lệ hồ sơ trực tuyến toàn trình mới ở mức khoảng 30%, chưa tương xứng với tiềm năng.",
        None,
        [],
    ),
    # 26. year-to-date portal flows "Lũy kế từ đầu năm đến ngày ..." go on the _new twins as ytd
    (
        "(VietnamPlus) Dịch vụ công trực tuyến tiếp tục tăng mạnh\n"
        "Lũy kế từ đầu năm đến ngày 20/11/2024, Cổng DVCQG đã tiếp nhận 9,1 triệu hồ sơ trực tuyến;\n"
        "thực hiện 11,4 triệu giao dịch thanh toán trực tuyến với số tiền 6.872 tỷ đồng.",
        "2024-11-22",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-11-20", 9100000),
            ("online_payments_count_new", "national", "ytd", "2024-11-20", 11400000),
            ("online_payments_value_new", "national", "ytd", "2024-11-20", 6872),
        ],
    ),
    # 27. exact account total written in full ("16.034.512") with business / citizen sub-counts after "trong đó" not stored
    (
        "Cổng DVCQG: số liệu tổng hợp\n"
        "Tính đến 30/6/2025, tổng số tài khoản đăng ký trên Cổng DVCQG là 16.034.512, trong đó tài khoản "
        "doanh nghiệp là 412.300 và tài khoản công dân là 15.622.212.\n"
        "Cổng đã đồng bộ trạng thái hồ sơ với hệ thống giải quyết TTHC của 22 bộ, ngành và 63 địa phương.",
        "2025-07-03",
        [
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 16034512),
        ],
    ),
    # 28. pre-2022 wording: "DVCTT mức độ 3, 4" is the online share, "mức độ 4" the full-process share; level 3 alone has no id
    (
        "Báo cáo tổng kết năm 2021 về công tác cải cách TTHC (trích)\n"
        "Năm 2021, tỷ lệ DVCTT mức độ 3, 4 của cả nước đạt 55,8% (trong đó mức độ 3 là 18,2%, mức độ 4 là "
        "37,6%);\n"
        "tỷ lệ hồ sơ trực tuyến của DVCTT mức độ 3, 4 đạt 23,5%.",
        "2022-01-12",
        [
            ("dvctt_rate", "national", "year", "2021-12-31", 55.8),
            ("dvctt_full_process_rate", "national", "year", "2021-12-31", 37.6),
            ("online_dossier_rate", "national", "year", "2021-12-31", 23.5),
        ],
    ),
    # 29. province (Hà Tĩnh): count then share "đạt tỷ lệ 92,02% trên tổng số TTHC", full-process in parentheses; partly-online share not stored
    (
        "Hà Tĩnh đẩy mạnh cung cấp dịch vụ công trực tuyến\n"
        "Tính đến ngày 15/12/2024, tỉnh Hà Tĩnh cung cấp 1.695 DVCTT, đạt tỷ lệ 92,02% trên tổng số TTHC;\n"
        "trong đó có 1.003 DVCTT toàn trình (chiếm 54,45% tổng số TTHC) và 692 DVCTT một phần "
        "(chiếm 37,57%).",
        "2024-12-18",
        [
            ("dvctt_rate", "Hà Tĩnh", "as_of", "2024-12-15", 92.02),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2024-12-15", 54.45),
        ],
    ),
    # 30. NEGATIVE: operators' own figures (VNPT, Viettel)
    (
        "Doanh nghiệp công nghệ đồng hành cùng chính quyền số\n"
        "VNPT cho biết, Hệ thống thông tin giải quyết TTHC do doanh nghiệp này triển khai đang được 40 tỉnh, "
        "thành phố sử dụng; năm 2024 hệ thống đã xử lý hơn 12,5 triệu hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 58%.\n"
        "Viettel cũng cho biết nền tảng một cửa của mình có hơn 3 triệu tài khoản người dùng.",
        "2025-02-10",
        [],
    ),
    # 31. NEGATIVE: counts of decrees, decisions, meetings and tasks, then 2025 targets
    (
        "Cải cách TTHC năm 2024: nhiều chuyển biến\n"
        "Năm 2024, Chính phủ đã ban hành 14 nghị định, Thủ tướng ban hành 9 quyết định liên quan đến cải "
        "cách TTHC; Tổ công tác tổ chức 4 phiên họp, giao 36 nhiệm vụ cho các bộ, ngành.\n"
        "Năm 2025, phấn đấu 100% hồ sơ TTHC được số hóa, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.",
        "2025-01-20",
        [],
    ),
    # 32. satisfaction with procedures kept; satisfaction with complaint handling ("phản ánh, kiến nghị") is another measure
    (
        "Người dân hài lòng hơn với dịch vụ công\n"
        "Tính đến ngày 30/9/2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết TTHC "
        "trên toàn quốc đạt 93,8%.\n"
        "Riêng tỷ lệ hài lòng đối với việc xử lý phản ánh, kiến nghị đạt 87%.",
        "2024-10-05",
        [
            ("satisfaction_rate", "national", "as_of", "2024-09-30", 93.8),
        ],
    ),
    # 33. a report month with its own window "(từ ngày 20/9/2024 đến ngày 20/10/2024)"; national then bare "khối ... 48,1%" list
    (
        "Báo cáo chuyển đổi số quốc gia tháng 10/2024 (trích)\n"
        "Trong tháng 10/2024 (từ ngày 20/9/2024 đến ngày 20/10/2024), tỷ lệ hồ sơ trực tuyến toàn trình "
        "trên tổng số hồ sơ TTHC của cả nước đạt 39,4%;\n"
        "khối bộ, ngành 48,1%, khối địa phương 35,2%.",
        "2024-10-25",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-10-20", 39.4),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-20", 48.1),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-20", 35.2),
        ],
    ),
    # 34. provincial table (Bình Dương) with this quarter and the same quarter last year as columns: both kept; digitisation row has no id
    (
        "Kết quả thực hiện Chỉ thị số 01/CT-UBND về chuyển đổi số của tỉnh Bình Dương:\n"
        "Chỉ tiêu | Quý I/2025 | Quý I/2024\n"
        "Tỷ lệ hồ sơ trực tuyến | 91,5% | 76,2%\n"
        "Tỷ lệ cấp kết quả điện tử | 100% | 98,4%\n"
        "Tỷ lệ số hóa hồ sơ | 96,3% | 88,0%\n"
        "Tỷ lệ khai thác, tái sử dụng dữ liệu số hóa | 72,5% | 35,1%",
        "2025-04-15",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2025-03-31", 91.5),
            ("online_dossier_rate", "Bình Dương", "quarter", "2024-03-31", 76.2),
            ("e_result_rate", "Bình Dương", "quarter", "2025-03-31", 100),
            ("e_result_rate", "Bình Dương", "quarter", "2024-03-31", 98.4),
            ("data_reuse_rate", "Bình Dương", "quarter", "2025-03-31", 72.5),
            ("data_reuse_rate", "Bình Dương", "quarter", "2024-03-31", 35.1),
        ],
    ),
    # 35. city (Cần Thơ): adults using services "trên địa bàn TP. Cần Thơ" and "100% hồ sơ ... gắn mã định danh"; a DTI rank has no id
    (
        "Cần Thơ: kết quả chuyển đổi số 6 tháng đầu năm 2025\n"
        "6 tháng đầu năm 2025, tỷ lệ người dân trưởng thành trên địa bàn TP. Cần Thơ sử dụng DVCTT đạt "
        "46,2%; 100% hồ sơ TTHC được gắn mã định danh cá nhân, định danh tổ chức.\n"
        "Thành phố xếp thứ 12/63 về Chỉ số chuyển đổi số (DTI) năm 2024.",
        "2025-07-05",
        [
            ("adult_population_using_dvctt_rate", "Cần Thơ", "half", "2025-06-30", 46.2),
            ("dossiers_with_personal_id_rate", "Cần Thơ", "half", "2025-06-30", 100),
        ],
    ),
    # 36. three changes ("tăng gấp 2,3 lần", "tăng 46%", "tăng 18,5% so với cuối năm") then one cumulative payment value
    (
        "Dịch vụ công trực tuyến tăng tốc\n"
        "5 tháng đầu năm 2025, số hồ sơ nộp qua Cổng DVCQG tăng gấp 2,3 lần so với cùng kỳ; số giao dịch "
        "thanh toán trực tuyến tăng 46%; số tài khoản đăng ký tăng 18,5% so với cuối năm 2024.\n"
        "Tổng số tiền thanh toán trực tuyến lũy kế trên Cổng tính đến 31/5/2025 đạt 13.406 tỷ đồng.",
        "2025-06-10",
        [
            ("online_payments_value", "national", "as_of", "2025-05-31", 13406),
        ],
    ),
    # 37. year total of dossiers then "trong đó 43,6% được thực hiện trực tuyến và 23,4% là hồ sơ trực tuyến toàn trình"; national data reuse
    (
        "Tổng kết công tác cải cách TTHC năm 2024\n"
        "Năm 2024, các bộ, ngành, địa phương đã tiếp nhận, giải quyết hơn 148 triệu hồ sơ TTHC, trong đó "
        "43,6% được thực hiện trực tuyến và 23,4% là hồ sơ trực tuyến toàn trình.\n"
        "Tỷ lệ tái sử dụng dữ liệu đã số hóa trên toàn quốc chỉ đạt 13,5%.",
        "2025-01-14",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 43.6),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 23.4),
            ("data_reuse_rate", "national", "year", "2024-12-31", 13.5),
        ],
    ),
    # 38. quarter report (Nghệ An) published seven weeks later: "Hiện nay" is the quarter's end; "chiếm 88,7% tổng số TTHC"
    (
        "Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số quý II/2025 của UBND tỉnh Nghệ An nêu rõ:\n"
        "trong quý, tỷ lệ hồ sơ TTHC nộp trực tuyến của tỉnh đạt 78,9%.\n"
        "Hiện nay, tỉnh cung cấp 1.512 DVCTT, chiếm 88,7% tổng số TTHC, trong đó 907 DVCTT toàn trình.",
        "2025-08-20",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-06-30", 78.9),
            ("dvctt_rate", "Nghệ An", "as_of", "2025-06-30", 88.7),
        ],
    ),
    # 39. NEGATIVE: a market survey's respondents and other countries' figures
    (
        "Người dân và dịch vụ công trực tuyến: nhìn từ khảo sát\n"
        "Theo khảo sát của một công ty nghiên cứu thị trường với 1.200 người, 62% người được hỏi cho biết "
        "đã từng sử dụng DVCTT trong năm qua.\n"
        "Tại Estonia, 99% dịch vụ công được cung cấp trực tuyến; Hàn Quốc có tỷ lệ người dân sử dụng dịch "
        "vụ công trực tuyến lên tới 89%.",
        "2024-12-02",
        [],
    ),
    # 40. "chạm mốc 15 triệu tài khoản" on a dated morning, and the quarter's new accounts "gần 1,1 triệu" on the _new twin
    (
        "Cổng Dịch vụ công quốc gia cán mốc mới\n"
        "Sáng 2/4/2025, Cổng DVCQG chính thức chạm mốc 15 triệu tài khoản đăng ký.\n"
        "Riêng trong quý I/2025, Cổng có gần 1,1 triệu tài khoản đăng ký mới, phần lớn được tạo qua "
        "đăng nhập bằng tài khoản VNeID.",
        "2025-04-02",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-02", 15000000),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 1100000),
        ],
    ),
]
