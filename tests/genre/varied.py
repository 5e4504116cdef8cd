"""Genre cases: varied real-world phrasing (abbreviations, bullet / colon lists, flattened table rows,
indicator named after the number, nominal phrases, headlines, officials' quotes, "phần trăm",
excerpts starting mid-sentence or cut mid-word, page furniture). About a third are traps.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
published None = a page saved without a date: only values dated by the text itself are expected.
Written independently from tests/golden/README.md and the catalog; each row checked twice.
"""

CASES = [
    # ================================================================ E-SERVICES
    # 1 "+" bullet list under a dated header; 42/53 -> 42.
    (
        "Kết quả cung cấp DVCTT tính đến ngày 30/9/2025:\n"
        "+ Tỷ lệ DVCTT toàn trình: 54,3%;\n"
        "+ Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình: 96,1%;\n"
        "+ Số DVC thiết yếu cung cấp toàn trình: 42/53.",
        "2025-10-08",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-30", 54.3),
            ("full_process_provision_rate", "national", "as_of", "2025-09-30", 96.1),
            ("essential_services_full_process", "national", "as_of", "2025-09-30", 42),
        ],
    ),
    # 2 flattened table, header names the months; each column dates its values.
    (
        "Bảng 1. Kết quả giải quyết TTHC trên môi trường điện tử\n"
        "Chỉ tiêu | Tháng 7/2025 | Tháng 8/2025\n"
        "Tỷ lệ hồ sơ trực tuyến | 45,2% | 52,1%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 38,7% | 41,4%\n"
        "Nguồn: Hệ thống EMC",
        "2025-09-10",
        [
            ("online_dossier_rate", "national", "month", "2025-07-31", 45.2),
            ("online_dossier_rate", "national", "month", "2025-08-31", 52.1),
            ("online_dossier_full_process_rate", "national", "month", "2025-07-31", 38.7),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 41.4),
        ],
    ),
    # 3 flattened table with a change column (trap: the "+x điểm %" changes).
    (
        "Chỉ tiêu | Quý II/2025 | So với quý I/2025\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử | 78,4% | +6,2 điểm %\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | 41,3% | +3,5 điểm %",
        "2025-07-12",
        [
            ("e_result_rate", "national", "quarter", "2025-06-30", 78.4),
            ("data_reuse_rate", "national", "quarter", "2025-06-30", 41.3),
        ],
    ),
    # 4 flattened table: columns are breakdowns, the period is in the header.
    (
        "Chỉ tiêu 6 tháng đầu năm 2025 | Bộ, ngành | Địa phương\n"
        "Tỷ lệ hồ sơ trực tuyến | 61,4% | 48,2%\n"
        "Tỷ lệ cấp kết quả điện tử | 90,2% | 80,7%",
        "2025-07-20",
        [
            ("online_dossier_rate", "ministries", "half", "2025-06-30", 61.4),
            ("online_dossier_rate", "localities", "half", "2025-06-30", 48.2),
            ("e_result_rate", "ministries", "half", "2025-06-30", 90.2),
            ("e_result_rate", "localities", "half", "2025-06-30", 80.7),
        ],
    ),
    # 5 indicator named after the number; "trong đó" sub-count is a trap.
    (
        "Tính đến ngày 15/3/2024, cả nước đã có 48,3 triệu tài khoản được kích hoạt trên ứng dụng VNeID, "
        "trong đó 46,1 triệu tài khoản định danh mức độ 2.",
        "2024-03-18",
        [("vneid_activated_accounts", "national", "as_of", "2024-03-15", 48300000)],
    ),
    # 6 CCCD: 87,6 triệu hồ sơ thu nhận is not cards issued (trap).
    (
        "Bộ Công an đã thu nhận 87,6 triệu hồ sơ và cấp 86,2 triệu thẻ CCCD gắn chip (số liệu tính đến cuối tháng 12/2023).",
        "2024-01-05",
        [("chip_id_cards_issued", "national", "as_of", "2023-12-31", 86200000)],
    ),
    # 7 official's quote: "đến nay" -> published date; the half-year dossiers go on the _new twin.
    (
        "“Đến nay, Cổng DVCQG đã có hơn 41,2 triệu tài khoản đăng ký; chỉ tính riêng 6 tháng đầu năm 2025, Cổng "
        "đã tiếp nhận hơn 5,1 triệu hồ sơ trực tuyến”, Phó Chủ nhiệm Văn phòng Chính phủ cho biết tại hội nghị.",
        "2025-07-05",
        [
            ("national_portal_accounts", "national", "as_of", "2025-07-05", 41200000),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 5100000),
        ],
    ),
    # 8 headline fragment, no date in the text: stocks as of the published date.
    (
        "Cổng DVCQG: 45 triệu tài khoản, gần 290 triệu hồ sơ trực tuyến",
        "2025-10-20",
        [
            ("national_portal_accounts", "national", "as_of", "2025-10-20", 45000000),
            ("national_portal_dossiers", "national", "as_of", "2025-10-20", 290000000),
        ],
    ),
    # 9 TRAP headline without any date (page saved without date): nothing can be dated.
    (
        "Cổng DVCQG cán mốc 40 triệu tài khoản",
        None,
        [],
    ),
    # 10 span figures of payments -> _new twins; "9.950 tỷ đồng" -> 9950.
    (
        "Thanh toán trực tuyến trên Cổng DVCQG 9 tháng đầu năm 2024: 13,6 triệu giao dịch, tổng số tiền hơn 9.950 tỷ đồng.",
        "2024-10-10",
        [
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 13600000),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 9950),
        ],
    ),
    # 11 cumulative payments "đến nay"; "12,9 nghìn tỷ đồng" -> 12900.
    (
        "Lũy kế từ khi triển khai đến nay, Cổng DVCQG đã ghi nhận 42,7 triệu giao dịch thanh toán trực tuyến "
        "với số tiền 12,9 nghìn tỷ đồng.",
        "2024-11-12",
        [
            ("online_payments_count", "national", "as_of", "2024-11-12", 42700000),
            ("online_payments_value", "national", "as_of", "2024-11-12", 12900),
        ],
    ),
    # 12 TRAP one named ministry's payments.
    (
        "Riêng Bộ Công an đã tiếp nhận 3,2 triệu giao dịch thanh toán trực tuyến, với số tiền khoảng 1.250 tỷ đồng.",
        "2024-11-12",
        [],
    ),
    # 13 TRAP survey respondents' share.
    (
        "Theo kết quả khảo sát trực tuyến do Hiệp hội thực hiện, 67,4% người được hỏi cho biết đã từng sử dụng "
        "DVCTT ít nhất một lần trong năm 2024.",
        "2025-01-08",
        [],
    ),
    # 14 "phần trăm" written out; "năm 2024" -> year.
    (
        "Năm 2024, khoảng 40,9 phần trăm dân số trưởng thành đã sử dụng dịch vụ công trực tuyến, theo báo cáo "
        "của Ủy ban Quốc gia về chuyển đổi số.",
        "2025-02-20",
        [("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 40.9)],
    ),
    # 15 "Chỉ tiêu: giá trị (kỳ)" colon line.
    (
        "Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC: 96,2% (6 tháng đầu năm 2025).",
        "2025-07-15",
        [("satisfaction_rate", "national", "half", "2025-06-30", 96.2)],
    ),
    # 16 "-" list under a dated source line; EMC split by bộ, ngành / địa phương.
    (
        "Số liệu đến 31/8/2025 (nguồn: Hệ thống EMC)\n"
        "- Hồ sơ TTHC gắn định danh cá nhân: 89,7%\n"
        "- Hệ thống giải quyết TTHC kết nối EMC: 100% bộ, ngành; 98,4% địa phương",
        "2025-09-04",
        [
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-08-31", 89.7),
            ("emc_connection_rate", "ministries", "as_of", "2025-08-31", 100),
            ("emc_connection_rate", "localities", "as_of", "2025-08-31", 98.4),
        ],
    ),
    # 17 58/63 kept; the 05 remaining provinces are a trap.
    (
        "Đến nay đã có 58/63 tỉnh, thành phố ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT; "
        "05 địa phương còn lại chưa ban hành.",
        "2024-06-20",
        [("localities_fee_reduction", "national", "as_of", "2024-06-20", 58)],
    ),
    # 18 812/1.084 kept; "(đạt 74,9%)" has no id; the 272 remaining are a trap.
    (
        "Tính đến hết quý I/2025, đã có 812/1.084 TTHC được cắt giảm, đơn giản hóa (đạt 74,9%), còn 272 thủ tục "
        "chưa thực hiện.",
        "2025-04-09",
        [("procedures_simplified", "national", "as_of", "2025-03-31", 812)],
    ),
    # 19 "30/6" without a year takes the published year.
    (
        "Tính đến ngày 30/6, DVCTT chiếm 81,3% tổng số TTHC của các bộ, ngành, địa phương.",
        "2025-07-03",
        [("dvctt_rate", "national", "as_of", "2025-06-30", 81.3)],
    ),
    # 20 counts of services have no id; the share with dossiers is kept for the quarter.
    (
        "Quý III/2025, trong 4.512 DVCTT được cung cấp có 2.301 dịch vụ phát sinh hồ sơ; tỷ lệ DVCTT có phát sinh "
        "hồ sơ là 51 phần trăm.",
        "2025-10-11",
        [("dvctt_with_dossiers_rate", "national", "quarter", "2025-09-30", 51)],
    ),
    # 21 TRAP targets.
    (
        "Phấn đấu năm 2025: 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn "
        "trình tối thiểu 50%.",
        "2025-02-10",
        [],
    ),
    # 22 TRAP "gần một nửa" is not a number.
    (
        "Gần một nửa số hồ sơ TTHC hiện nay đã được nộp trực tuyến, theo Văn phòng Chính phủ.",
        "2025-05-02",
        [],
    ),
    # 23 TRAP change in points.
    (
        "Tỷ lệ hồ sơ xử lý trực tuyến tăng 7,4 điểm phần trăm so với cùng kỳ năm 2024.",
        "2025-08-01",
        [],
    ),
    # 24 starts mid-sentence; "tháng 9" takes the published year.
    (
        "…và đơn giản hóa TTHC, tỷ lệ hồ sơ được cấp kết quả điện tử của các bộ, ngành đạt 88,5%, của các địa "
        "phương là 79,2% trong tháng 9.",
        "2025-10-06",
        [
            ("e_result_rate", "ministries", "month", "2025-09-30", 88.5),
            ("e_result_rate", "localities", "month", "2025-09-30", 79.2),
        ],
    ),
    # 25 starts mid-sentence, ends cut mid-number: the trailing "8" is not a value.
    (
        "quý II/2025, tỷ lệ khai thác, sử dụng lại dữ liệu số hóa trên toàn quốc ở mức 43,6%, trong khi tỷ lệ hồ "
        "sơ cấp kết quả điện tử đạt 8",
        "2025-07-25",
        [("data_reuse_rate", "national", "quarter", "2025-06-30", 43.6)],
    ),
    # 26 page furniture around a provincial figure; the "Xem thêm" link has no number.
    (
        "Trang chủ | Thời sự | Chuyển đổi số | Đời sống\n"
        "Ảnh minh họa\n"
        "Tính đến hết tháng 10/2024, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố Hải Phòng đạt 62,4%.\n"
        "Xem thêm: Hà Nội dẫn đầu cả nước về DVCTT toàn trình",
        "2024-11-08",
        [("online_dossier_full_process_rate", "Hải Phòng", "as_of", "2024-10-31", 62.4)],
    ),
    # 27 TRAP related-article links (other articles' headlines).
    (
        "Xem thêm:\n"
        "Việt Nam có hơn 10.000 trạm BTS 5G sau 6 tháng thương mại hóa\n"
        "Tỷ lệ DVCTT toàn trình đạt 55%: cần thực chất hơn\n"
        "Tin liên quan | Bình luận (0) | Chia sẻ",
        "2025-06-03",
        [],
    ),
    # 28 provincial "+" list; the digitisation rate has no id.
    (
        "Kết quả 9 tháng đầu năm 2025 của tỉnh Quảng Ninh:\n"
        "+ Tỷ lệ hồ sơ trực tuyến: 89,6%;\n"
        "+ Tỷ lệ hồ sơ trực tuyến toàn trình: 71,2%;\n"
        "+ Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 95,3%;\n"
        "+ Mức độ hài lòng của người dân, doanh nghiệp: 98,9%.",
        "2025-10-14",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2025-09-30", 89.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2025-09-30", 71.2),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2025-09-30", 98.9),
        ],
    ),
    # 29 provincial paper: province's own figure and the national average in parentheses.
    (
        "Tính đến hết tháng 5/2024, tỷ lệ DVCTT toàn trình của tỉnh Bắc Ninh đạt 60,3%, cao hơn mức bình quân "
        "cả nước (47,5%).",
        "2024-06-07",
        [
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-05-31", 60.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-31", 47.5),
        ],
    ),
    # 30 month flow of new accounts + the resulting level at month end.
    (
        "Riêng trong tháng 8/2025, Cổng DVCQG có thêm 652 nghìn tài khoản đăng ký mới, nâng tổng số tài khoản "
        "lên 44,9 triệu.",
        "2025-09-05",
        [
            ("national_portal_accounts_new", "national", "month", "2025-08-31", 652000),
            ("national_portal_accounts", "national", "as_of", "2025-08-31", 44900000),
        ],
    ),
    # 31 quarter flow of portal dossiers, full digits.
    (
        "Quý II/2024, Cổng DVCQG tiếp nhận 2.930.415 hồ sơ trực tuyến.",
        "2024-07-10",
        [("national_portal_dossiers_new", "national", "quarter", "2024-06-30", 2930415)],
    ),
    # 32 TRAP log-ins with VNeID have no id.
    (
        "Trong tháng 6/2025, có 12,3 triệu lượt đăng nhập Cổng DVCQG bằng tài khoản VNeID.",
        "2025-07-04",
        [],
    ),
    # 33 TRAP VNeID activation rate has no id.
    (
        "Tỷ lệ kích hoạt tài khoản VNeID hiện đạt khoảng 82% dân số trưởng thành.",
        "2025-03-12",
        [],
    ),
    # 34 TRAP remainder not yet done.
    (
        "Hiện vẫn còn 11/53 dịch vụ công thiết yếu chưa được cung cấp toàn trình.",
        "2025-08-19",
        [],
    ),
    # 35 TRAP procedures integrated on the portal have no id.
    (
        "Cổng DVCQG đã tích hợp, cung cấp 4.612 DVCTT trên tổng số 6.298 TTHC.",
        "2025-05-15",
        [],
    ),
    # 36 "lần lượt" after two named indicators.
    (
        "Tỷ lệ DVCTT toàn trình và tỷ lệ hồ sơ trực tuyến toàn trình tính đến hết tháng 11/2024 lần lượt là "
        "47,9% và 38,2%.",
        "2024-12-09",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-11-30", 47.9),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-11-30", 38.2),
        ],
    ),
    # 37 abbreviations with parentheses.
    (
        "Đến cuối quý I/2025, tỷ lệ TTHC cung cấp DVCTT toàn trình (trên tổng số TTHC) đạt 55,2%; tỷ lệ TTHC "
        "được cung cấp dưới dạng DVCTT là 80,1%.",
        "2025-04-16",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-31", 55.2),
            ("dvctt_rate", "national", "as_of", "2025-03-31", 80.1),
        ],
    ),
    # 38 TRAP headline with a target.
    (
        "Phấn đấu 100% DVC thiết yếu toàn trình trong năm 2025",
        "2025-01-14",
        [],
    ),
    # ================================================================ 5G AND BROADBAND
    # 39 colon label, BTS abbreviation, date in parentheses at the end.
    (
        "Mạng 5G: 15.210 trạm BTS đã phát sóng, phủ sóng 29,1% dân số (số liệu đến hết tháng 9/2025).",
        "2025-10-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 15210),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 29.1),
        ],
    ),
    # 40 nominal phrase "mức độ phủ sóng 5G", "hiện" -> published date.
    (
        "Mức độ phủ sóng 5G theo dân số hiện ở ngưỡng 26%, theo đại diện Cục Viễn thông.",
        "2025-06-02",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-06-02", 26)],
    ),
    # 41 TRAP one operator's coverage.
    (
        "VNPT cho biết mức độ phủ sóng 5G của nhà mạng này đã đạt 80% dân số tại 34 tỉnh, thành phố.",
        "2025-09-22",
        [],
    ),
    # 42 "mật độ thuê bao" per 100 inhabitants.
    (
        "Đến cuối năm 2024, mật độ thuê bao băng rộng cố định đạt 24,5 thuê bao/100 dân, mật độ thuê bao băng "
        "rộng di động đạt 91,2 thuê bao/100 dân.",
        "2025-01-15",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.5),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 91.2),
        ],
    ),
    # 43 "-" list with FTTH abbreviation.
    (
        "Hạ tầng số tính đến 30/6/2025:\n"
        "- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng (FTTH): 85,7%;\n"
        "- Thuê bao băng rộng cố định: 23,9 triệu;\n"
        "- Thuê bao băng rộng di động: 89,4 triệu.",
        "2025-07-14",
        [
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 85.7),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 23900000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 89400000),
        ],
    ),
    # 44 TRAP one operator's FTTH subscribers and its growth.
    (
        "Số thuê bao FTTH của Viettel tăng 12% so với cùng kỳ, đạt hơn 5,6 triệu thuê bao.",
        "2025-04-02",
        [],
    ),
    # 45 download speed kept; upload speed is a trap.
    (
        "Theo Speedtest Global Index tháng 5/2025 của Ookla, tốc độ tải xuống trung bình băng rộng di động tại "
        "Việt Nam đạt 146,6 Mbps, tốc độ tải lên đạt 34,2 Mbps.",
        "2025-06-18",
        [("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6)],
    ),
    # 46 TRAP speed ranks and a world average.
    (
        "Việt Nam xếp thứ 18 thế giới về tốc độ Internet di động và thứ 13 về băng rộng cố định; tốc độ băng rộng "
        "cố định trung bình thế giới là 94,3 Mbps.",
        "2025-06-18",
        [],
    ),
    # 47 "phần trăm", indicator after the number.
    (
        "Đến cuối tháng 3/2025, khoảng 86 phần trăm thuê bao di động là thuê bao sử dụng điện thoại thông minh.",
        "2025-04-15",
        [("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 86)],
    ),
    # 48 smartphone subscriptions, "hiện có" -> published date.
    (
        "Cả nước hiện có 103,5 triệu thuê bao sử dụng điện thoại thông minh.",
        "2025-04-10",
        [("smartphone_subscriptions", "national", "as_of", "2025-04-10", 103500000)],
    ),
    # 49 year after the number; a vendor's user count has no id (trap).
    (
        "Người dân sử dụng Internet chiếm 79,1% dân số năm 2024; theo DataReportal, Việt Nam có 79,8 triệu người "
        "dùng Internet vào đầu năm 2025.",
        "2025-03-05",
        [("internet_users_rate", "national", "year", "2024-12-31", 79.1)],
    ),
    # 50 level kept, "trong đó" sub-count a trap.
    (
        "Hiện cả nước còn 1.327 thôn, bản lõm sóng di động, trong đó 412 thôn đã có điện lưới.",
        "2024-10-02",
        [("villages_without_mobile_coverage", "national", "as_of", "2024-10-02", 1327)],
    ),
    # 51 programme name in quotes, then a colon.
    (
        "Chương trình “Sóng và máy tính cho em”: tính đến ngày 30/11/2024, 97,5% thôn lõm sóng có điện đã được "
        "phủ sóng di động.",
        "2024-12-05",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 97.5)],
    ),
    # 52 share of villages kept; 100% of communes has no id (trap).
    (
        "99,8% thôn, bản trên cả nước đã có sóng di động; 100% xã có hạ tầng Internet băng rộng cáp quang.",
        "2025-03-01",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2025-03-01", 99.8)],
    ),
    # 53 provincial paper.
    (
        "Đến nay, toàn tỉnh Lào Cai còn 47 thôn, bản lõm sóng di động; tỷ lệ thôn, bản có sóng di động đạt 97,6%.",
        "2024-08-15",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-08-15", 47),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-08-15", 97.6),
        ],
    ),
    # 54 starts mid-sentence, ends cut: "13.4" is a truncated number, not a value.
    (
        "…Bộ KH&CN cho biết, tính đến cuối tháng 7/2025, tỷ lệ phủ sóng 5G theo dân số đạt 25,6%, tổng số trạm "
        "BTS 5G trên cả nước là 13.4",
        "2025-08-08",
        [("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 25.6)],
    ),
    # 55 TRAP totals with no id (all mobile subscriptions, 4G share).
    (
        "Tổng số thuê bao di động đạt 128,5 triệu, trong đó tỷ lệ thuê bao 4G chiếm 78%.",
        "2025-02-11",
        [],
    ),
    # 56 TRAP forecast.
    (
        "Dự kiến đến cuối năm nay, số trạm BTS 5G sẽ đạt khoảng 20.000 trạm, phủ sóng 90% dân số.",
        "2025-08-20",
        [],
    ),
    # 57 TRAP operator's speed.
    (
        "Theo nPerf, Viettel dẫn đầu về tốc độ tải xuống trên mạng 5G với 280 Mbps.",
        "2025-05-28",
        [],
    ),
    # 58 no published date; the text dates both values.
    (
        "Tính đến ngày 31/12/2023, cả nước có 22,8 triệu thuê bao băng rộng cố định và 86,3 triệu thuê bao băng "
        "rộng di động.",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86300000),
        ],
    ),
    # 59 headline fragment, no date: as of published date.
    (
        "5G đã phủ sóng 30,5% dân số, cả nước có gần 16.000 trạm BTS 5G",
        "2025-10-15",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-15", 30.5),
            ("fiveg_bts_count", "national", "as_of", "2025-10-15", 16000),
        ],
    ),
    # 60 breadcrumb + caption furniture; change is a trap.
    (
        "Trang chủ > Viễn thông > Internet\n"
        "Tốc độ băng rộng cố định tháng 7/2025 đạt 168,4 Mbps, tăng 3,2% so với tháng trước.\n"
        "Ảnh minh họa: Kỹ thuật viên kéo cáp quang FTTH cho hộ gia đình.",
        "2025-08-12",
        [("fixed_broadband_speed", "national", "month", "2025-07-31", 168.4)],
    ),
    # ================================================================ NDXP
    # 61 cumulative "đến nay" + month + daily average.
    (
        "Nền tảng NDXP – lũy kế từ năm 2019 đến nay: hơn 2,6 tỷ giao dịch; riêng tháng 6/2025: 98,2 triệu giao "
        "dịch, trung bình 3,27 triệu giao dịch/ngày.",
        "2025-07-08",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-07-08", 2600000000),
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 98200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3270000),
        ],
    ),
    # 62 "-" colon list.
    (
        "Tính đến 31/12/2024:\n"
        "- Số điểm kết nối trên NDXP: 142;\n"
        "- Số cơ quan, đơn vị kết nối NDXP: 112.",
        "2025-01-10",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-12-31", 142),
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-31", 112),
        ],
    ),
    # 63 indicator after the number, long name with the abbreviation in parentheses.
    (
        "Hiện đã có 106 cơ quan, đơn vị kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).",
        "2024-05-20",
        [("ndxp_connected_agencies", "national", "as_of", "2024-05-20", 106)],
    ),
    # 64 TRAP CSDL and system counts have no id.
    (
        "NDXP hiện kết nối với 11 CSDL quốc gia, 68 CSDL chuyên ngành và 22 hệ thống thông tin của các bộ, ngành.",
        "2025-02-25",
        [],
    ),
    # 65 TRAP multiplicative change.
    (
        "Số giao dịch qua NDXP tăng gấp 1,8 lần so với cùng kỳ năm 2024.",
        "2025-07-08",
        [],
    ),
    # 66 ytd flow.
    (
        "9 tháng đầu năm 2024, có hơn 742 triệu giao dịch được thực hiện qua NDXP.",
        "2024-10-05",
        [("ndxp_transactions_period", "national", "ytd", "2024-09-30", 742000000)],
    ),
    # 67 no published date; month and year in the text.
    (
        "Trong tháng 02/2024, NDXP ghi nhận 66,4 triệu giao dịch, bình quân 2,3 triệu giao dịch mỗi ngày.",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 66400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2300000),
        ],
    ),
    # 68 TRAP population-database requests have no id.
    (
        "CSDL quốc gia về dân cư đã tiếp nhận hơn 1,2 tỷ yêu cầu xác thực, chia sẻ thông tin công dân từ các bộ, "
        "ngành, địa phương.",
        "2024-12-20",
        [],
    ),
    # 69 year after the number.
    (
        "Số giao dịch qua Nền tảng NDXP: hơn 1,05 tỷ giao dịch năm 2024.",
        "2025-01-20",
        [("ndxp_transactions_period", "national", "year", "2024-12-31", 1050000000)],
    ),
    # ================================================================ CYBERSECURITY
    # 70 half-year flow.
    (
        "Trong 6 tháng đầu năm 2025, cơ quan chức năng đã ghi nhận, cảnh báo và hướng dẫn xử lý 6.208 cuộc tấn "
        "công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2025-07-10",
        [("cyberattacks", "national", "half", "2025-06-30", 6208)],
    ),
    # 71 figure first, date after.
    (
        "593.512 địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến cuối tháng 5/2024.",
        "2024-06-12",
        [("botnet_ips", "national", "as_of", "2024-05-31", 593512)],
    ),
    # 72 colon list; comparison value in parentheses kept ("tháng 9" -> published year); "giảm 7%" trap.
    (
        "An toàn thông tin tháng 10/2024:\n"
        "- Tấn công mạng gây sự cố: 1.089 cuộc (tháng 9: 1.170 cuộc), giảm 7%.",
        "2024-11-05",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 1089),
            ("cyberattacks", "national", "month", "2024-09-30", 1170),
        ],
    ),
    # 73 official's quote, "đến nay" -> published date.
    (
        "“Đến nay đã có 91,3% hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất cấp "
        "độ”, đại diện Cục An toàn thông tin nói.",
        "2024-12-10",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-12-10", 91.3)],
    ),
    # 74 TRAP vendor's figures and regional rank.
    (
        "Theo báo cáo của Kaspersky, Việt Nam đứng thứ 4 khu vực Đông Nam Á về số cuộc tấn công mã độc tống "
        "tiền, với hơn 1,2 triệu cuộc tấn công bị ngăn chặn trong năm 2024.",
        "2025-03-18",
        [],
    ),
    # 75 starts mid-sentence; "phần trăm".
    (
        "…đến hết quý I/2023, tỷ lệ hệ thống thông tin được phê duyệt cấp độ mới đạt 50,1 phần trăm, theo Bộ TT&TT.",
        "2023-04-12",
        [("info_systems_level_approved_rate", "national", "as_of", "2023-03-31", 50.1)],
    ),
    # 76 starts mid-sentence, cut at the end: the botnet "56" is truncated.
    (
        "tháng 3/2025 ghi nhận 402 cuộc tấn công mạng gây sự cố, số địa chỉ IP botnet ở mức 56",
        "2025-04-07",
        [("cyberattacks", "national", "month", "2025-03-31", 402)],
    ),
    # ================================================================ DIGITAL ECONOMY AND SOCIETY
    # 77 year after the number.
    (
        "Kinh tế số chiếm khoảng 18,3% GDP năm 2024, theo Bộ KH&CN.",
        "2025-03-20",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3)],
    ),
    # 78 growth is the indicator; "gấp 3 lần" is a trap.
    (
        "Tốc độ tăng trưởng kinh tế số năm 2024 ước khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.",
        "2025-03-20",
        [("digital_economy_growth", "national", "year", "2024-12-31", 20)],
    ),
    # 79 TRAP forecast by foreign firms, in USD.
    (
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company dự báo nền kinh tế số Việt Nam đạt 45 tỷ "
        "USD vào năm 2025.",
        "2024-11-14",
        [],
    ),
    # 80 TRAP ICT revenue and exports have no id.
    (
        "Doanh thu công nghiệp ICT 9 tháng đầu năm 2025 ước đạt 3,18 triệu tỷ đồng; kim ngạch xuất khẩu phần "
        "cứng, điện tử đạt 132,6 tỷ USD.",
        "2025-10-07",
        [],
    ),
    # 81 indicator after the number; rural sub-count a trap.
    (
        "tính đến hết tháng 6/2024, hơn 9,2 triệu khách hàng đã đăng ký sử dụng Mobile Money, trong đó 6,5 triệu "
        "khách hàng ở khu vực nông thôn, miền núi.",
        "2024-07-16",
        [("mobile_money_customers", "national", "as_of", "2024-06-30", 9200000)],
    ),
    # 82 national total kept; one operator's share a trap.
    (
        "Trong tổng số 9,8 triệu khách hàng Mobile Money trên toàn quốc (đến 31/3/2025), Viettel chiếm hơn 60%.",
        "2025-04-20",
        [("mobile_money_customers", "national", "as_of", "2025-03-31", 9800000)],
    ),
    # 83 world average a trap.
    (
        "Đến cuối năm 2023, hơn 87% người trưởng thành đã có tài khoản thanh toán, cao hơn mức trung bình thế "
        "giới là 76%.",
        "2024-02-01",
        [("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87)],
    ),
    # 84 TRAP "hiện nay" on a page without a date: cannot be dated.
    (
        "Hiện nay, tỷ lệ người trưởng thành có tài khoản thanh toán đạt khoảng 87%.",
        None,
        [],
    ),
    # 85 cumulative e-invoices; "trong đó" sub-count a trap.
    (
        "Từ tháng 7/2022 đến ngày 20/3/2025, cơ quan thuế đã tiếp nhận, xử lý hơn 9,7 tỷ hóa đơn điện tử, trong "
        "đó 2,1 tỷ hóa đơn có mã.",
        "2025-03-25",
        [("e_invoices_total", "national", "as_of", "2025-03-20", 9700000000)],
    ),
    # 86 TRAP cash-register invoices and business counts.
    (
        "Cả nước có hơn 142.000 doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, "
        "với 1,4 tỷ hóa đơn.",
        "2025-03-25",
        [],
    ),
    # 87 official's quote, "71 trên 193".
    (
        "“Chỉ số EGDI của Việt Nam hiện đứng thứ 71 trên 193 quốc gia thành viên Liên hợp quốc”, Thứ trưởng cho biết.",
        "2025-02-14",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    # 88 TRAP regional rank and EGDI score.
    (
        "Về Chính phủ điện tử, Việt Nam đứng thứ 6 ASEAN, điểm EGDI đạt 0,7709.",
        "2024-09-20",
        [],
    ),
    # 89 starts mid-sentence; cut mid-word: "59,4 tri" is not a value.
    (
        "đến nay, Bộ Công an đã cấp hơn 87 triệu thẻ CCCD gắn chip và kích hoạt 59,4 tri",
        "2024-08-01",
        [("chip_id_cards_issued", "national", "as_of", "2024-08-01", 87000000)],
    ),
]
