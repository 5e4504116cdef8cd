"""Round 53 blind genre probes: how the Vietnamese press and official reports weigh one figure
against another (2022-2026). Each case sets a value against another time, another place or a
plan in the same sentence or the next: then-and-now contrasts ("Nếu như … thì …", "…, trong khi
…", "…, còn …", "so với …"), a result stated after its plan or target, a province's figure next
to the country's average, regions and mountain provinces next to the whole, a change followed by
the level it reached, periods said in words (năm ngoái, năm vừa qua, tháng trước, nửa đầu năm,
tháng 8 năm nay, cùng kỳ năm trước) and short lists or tables where each line gives a period or a
place under a heading naming the figure. About eight cases carry only numbers that must not be
stored (targets, changes, regions' parts, operators', named ministries', other countries' figures,
undatable "hiện nay"). Written for the project from the genre's usual phrasings (not copied from
any page).
"""

CASES = [
    # Monthly ministry report: "Nếu như cuối năm 2023 … thì đến hết tháng 5/2025 …", a two-line list under a "(%)" heading, "so với tháng trước" change
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "1. Về dịch vụ công trực tuyến, nếu như cuối năm 2023 tỷ lệ DVCTT toàn trình trên tổng số TTHC mới ở mức 39,6% thì đến hết tháng 5/2025 tỷ lệ này đã đạt 54,3%.\n"
        "2. Tỷ lệ DVCTT có phát sinh hồ sơ (%):\n"
        "- Tháng 4/2025: 55,9\n"
        "- Tháng 5/2025: 58,2\n"
        "3. Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng đạt 42,7%, cao hơn 3,1 điểm phần trăm so với tháng trước.",
        "2025-06-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 39.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 54.3),
            ("dvctt_with_dossiers_rate", "national", "month", "2025-04-30", 55.9),
            ("dvctt_with_dossiers_rate", "national", "month", "2025-05-31", 58.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 42.7),
        ],
    ),
    # Provincial portal: province vs "mức trung bình cả nước (82,1%)" and "trong khi bình quân chung toàn quốc"; a station count with a share of the country's (no id)
    (
        "Quảng Ninh tiếp tục dẫn đầu về hạ tầng số\n"
        "Theo Sở Thông tin và Truyền thông tỉnh Quảng Ninh, tính đến ngày 30/9/2024, tỷ lệ hộ gia đình trên địa bàn tỉnh có Internet cáp quang băng rộng (FTTH) đạt 91,2%, cao hơn mức trung bình cả nước (82,1%).\n"
        "Cùng thời điểm, tỷ lệ thuê bao di động sử dụng điện thoại thông minh của tỉnh ở mức 89,5%, trong khi bình quân chung toàn quốc khoảng 86%.\n"
        "Cũng đến thời điểm này, toàn tỉnh có 412 trạm BTS 5G, chiếm khoảng 6% số trạm 5G của cả nước.",
        "2024-10-12",
        [
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-09-30", 91.2),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.1),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2024-09-30", 89.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 86.0),
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2024-09-30", 412),
        ],
    ),
    # Province year review: plan given first, result after it ("được giao là 50%, kết quả cả năm đạt", "kế hoạch 90%, thực hiện", "so với mục tiêu 100%")
    (
        "UBND tỉnh Nghệ An vừa tổng kết kết quả cải cách hành chính năm 2024.\n"
        "Chỉ tiêu tỷ lệ hồ sơ xử lý trực tuyến được giao là 50%, kết quả cả năm đạt 55,38%, vượt 5,38 điểm phần trăm.\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC: kế hoạch 90%, thực hiện 92,1%.\n"
        "Tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 87,4% so với mục tiêu 100%.",
        "2025-01-10",
        [
            ("online_dossier_rate", "Nghệ An", "year", "2024-12-31", 55.38),
            ("satisfaction_rate", "Nghệ An", "year", "2024-12-31", 92.1),
            ("e_result_rate", "Nghệ An", "year", "2024-12-31", 87.4),
        ],
    ),
    # Press: "Năm ngoái" / "năm trước đó (13.505 cuộc)" / "cuối năm" in words; title carries only a change
    (
        "Số vụ tấn công mạng gây sự cố giảm gần 30%\n"
        "Năm ngoái, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 9.856 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 27% so với năm trước đó (13.505 cuộc).\n"
        "Số địa chỉ IP của Việt Nam nằm trong mạng botnet tính đến cuối năm còn khoảng 550.000, so với hơn 740.000 địa chỉ vào thời điểm cuối năm 2023.",
        "2025-02-14",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 9856),
            ("cyberattacks", "national", "year", "2023-12-31", 13505),
            ("botnet_ips", "national", "as_of", "2024-12-31", 550000),
            ("botnet_ips", "national", "as_of", "2023-12-31", 740000),
        ],
    ),
    # Table written as lines: unit in the caption ("triệu giao dịch"), one month per row, then the quarter's total with a change
    (
        "Bảng 2. Số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) quý I/2025 (đơn vị: triệu giao dịch)\n"
        "Tháng 1/2025 | 98,4\n"
        "Tháng 2/2025 | 87,1\n"
        "Tháng 3/2025 | 112,6\n"
        "Cộng quý I/2025 | 298,1 (tăng 21% so với quý IV/2024)",
        "2025-04-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-01-31", 98400000),
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 87100000),
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 112600000),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 298100000),
        ],
    ),
    # List of provinces under a heading naming the figure and the half; then "Bình quân khối địa phương …, còn khối bộ, ngành …"
    (
        "Theo Bộ Thông tin và Truyền thông, tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đầu năm 2024 ở một số địa phương dẫn đầu như sau:\n"
        "- Hà Nội: 61,2%\n"
        "- Đà Nẵng: 58,7%\n"
        "- Bình Dương: 55,4%\n"
        "Bình quân khối địa phương chỉ đạt 38,9%, còn khối bộ, ngành là 45,3%.",
        "2024-07-15",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "half", "2024-06-30", 61.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2024-06-30", 58.7),
            ("online_dossier_full_process_rate", "Bình Dương", "half", "2024-06-30", 55.4),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 38.9),
            ("online_dossier_full_process_rate", "ministries", "half", "2024-06-30", 45.3),
        ],
    ),
    # Whole country vs a mountain region ("còn tại khu vực … mới đạt"), an operator's part after "trong đó riêng Viettel", a 2030 target
    (
        "Tính đến hết tháng 6/2025, mạng 5G đã phủ sóng 90% dân số cả nước, còn tại khu vực trung du và miền núi phía Bắc, tỷ lệ này mới đạt khoảng 62%.\n"
        "Cả nước có 13.500 trạm BTS 5G, trong đó riêng Viettel đã lắp đặt hơn 8.000 trạm.\n"
        "Mục tiêu đặt ra là phủ sóng 5G tới 99% dân số vào năm 2030.",
        "2025-07-10",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 90.0),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 13500),
        ],
    ),
    # A change followed by the level it reached ("tăng 19,6% …, lên 12,8 triệu"), "lũy kế từ đầu năm đến ngày này", a quarter in a later sentence
    (
        "Tính đến ngày 15/4/2025, số tài khoản đăng ký trên Cổng DVCQG tăng 19,6% so với cuối năm 2024, lên 12,8 triệu tài khoản.\n"
        "Lũy kế từ đầu năm đến ngày này, Cổng đã tiếp nhận 9,35 triệu hồ sơ trực tuyến, gấp 1,4 lần cùng kỳ.\n"
        "Riêng quý I/2025, giá trị thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia là 3.415 tỷ đồng.",
        "2025-04-17",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-15", 12800000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-15", 9350000),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 3415),
        ],
    ),
    # "khối bộ, ngành …, trong khi khối địa phương chỉ đạt …"; a named ministry's figure; the whole vs "so với … của quý I/2025"
    (
        "Trong quý II/2025, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 72,4%, trong khi khối địa phương chỉ đạt 49,8%.\n"
        "Riêng Bộ Công an có tỷ lệ 98%, cao nhất trong các bộ.\n"
        "Tính chung cả nước, tỷ lệ này là 58,1%, so với 52,6% của quý I/2025.",
        "2025-07-20",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 72.4),
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 49.8),
            ("online_dossier_rate", "national", "quarter", "2025-06-30", 58.1),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 52.6),
        ],
    ),
    # "…, còn số tài khoản …" with "chạm mốc"; "Cùng thời điểm năm trước" for a stock; a year-end target
    (
        "Đến ngày 30/6/2024, cả nước đã cấp 86,4 triệu thẻ căn cước công dân gắn chip, còn số tài khoản định danh điện tử (VNeID) đã kích hoạt chạm mốc 56,2 triệu.\n"
        "Cùng thời điểm năm trước, số tài khoản VNeID được kích hoạt mới dừng ở 37,1 triệu.\n"
        "Mục tiêu đến cuối năm 2024 là 60 triệu tài khoản.",
        "2024-07-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 86400000),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 56200000),
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 37100000),
        ],
    ),
    # A province's GRDP share next to the country's share in parentheses, a second province named bare ("Đứng sau là Thái Nguyên với tỷ trọng"), a target
    (
        "Năm 2023, kinh tế số của tỉnh Bắc Ninh chiếm 29,6% GRDP, cao gần gấp đôi tỷ trọng kinh tế số trong GDP của cả nước (16,5%).\n"
        "Đứng sau là Thái Nguyên với tỷ trọng 27,3%.\n"
        "Bắc Ninh phấn đấu đến năm 2025 kinh tế số đạt 30% GRDP.",
        "2024-05-20",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.6),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 27.3),
        ],
    ),
    # Growth IS the indicator (kept) next to GDP growth (no id); share "ước đạt …, trong khi năm 2023 là …"; ASEAN's average not stored
    (
        "Năm 2024, kinh tế số Việt Nam tăng trưởng khoảng 20%, gấp gần ba lần tốc độ tăng GDP (7,09%).\n"
        "Tỷ trọng kinh tế số trong GDP ước đạt 18,3%, trong khi năm 2023 là 16,5%.\n"
        "Trong khu vực ASEAN, tốc độ tăng trưởng kinh tế số bình quân là 15%.",
        "2025-01-20",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # Viet Nam vs the world average in one sentence; "so với … của tháng trước" (past value kept); a speed rank and an upload speed not stored
    (
        "Theo Ookla, tháng 11/2024 tốc độ truy cập băng rộng cố định (tải xuống) của Việt Nam đạt 154,8 Mbps, xếp thứ 13 thế giới, trong khi tốc độ trung bình toàn cầu chỉ là 93,3 Mbps.\n"
        "Với băng rộng di động, Việt Nam ở mức 72,3 Mbps, giảm nhẹ so với 76,5 Mbps của tháng trước.\n"
        "Tốc độ tải lên của băng rộng di động đạt 22,1 Mbps.",
        "2024-12-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 154.8),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 72.3),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 76.5),
        ],
    ),
    # Interview: "Nếu như năm 2022 … 86/193 thì … năm 2024 … tăng 15 bậc, lên vị trí 71/193"; a 2030 aim
    (
        "Phóng viên: Vị trí của Việt Nam trên bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc đã thay đổi thế nào?\n"
        "Đại diện Cục Chuyển đổi số quốc gia: Nếu như năm 2022, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 86/193 thì trong bảng xếp hạng năm 2024, chúng ta đã tăng 15 bậc, lên vị trí 71/193.\n"
        "Mục tiêu của chúng ta là vào nhóm 50 nước dẫn đầu vào năm 2030.",
        "2025-03-01",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # "Trong tháng 8 năm nay" (month in words, year from the page), "giảm … so với tháng trước"; "Lũy kế 8 tháng"; kinds of attack after "Trong đó"
    (
        "Trong tháng 8 năm nay, Cục An toàn thông tin ghi nhận 312 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,5% so với tháng trước.\n"
        "Lũy kế 8 tháng đầu năm 2025, tổng số vụ tấn công gây sự cố là 2.947 vụ.\n"
        "Trong đó có 1.180 cuộc tấn công lừa đảo (Phishing) và 904 cuộc tấn công cài mã độc.",
        "2025-09-05",
        [
            ("cyberattacks", "national", "month", "2025-08-31", 312),
            ("cyberattacks", "national", "ytd", "2025-08-31", 2947),
        ],
    ),
    # Government notice: earlier meeting's ratio vs a later date ("mới có 41/53 …; đến ngày 30/9/2024 … 51/53"), remainder; "hiện đã có 63/63 …, trong khi thời điểm tháng 4/2024 mới có 56"; meeting count
    (
        "Thông báo kết luận của Thủ tướng Chính phủ tại phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số nêu rõ:\n"
        "Tại phiên họp ngày 24/4/2024, mới có 41/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; đến ngày 30/9/2024, con số này đã là 51/53, 2 dịch vụ còn lại phải hoàn thành trong quý IV/2024.\n"
        "Về miễn, giảm phí, lệ phí khi sử dụng DVCTT, hiện đã có 63/63 tỉnh, thành phố ban hành nghị quyết, trong khi thời điểm tháng 4/2024 mới có 56 địa phương.",
        "2024-10-15",
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-24", 41),
            ("essential_services_full_process", "national", "as_of", "2024-09-30", 51),
            ("localities_fee_reduction", "national", "as_of", "2024-10-15", 63),
            ("localities_fee_reduction", "national", "as_of", "2024-04-30", 56),
        ],
    ),
    # Result stated before the target in the same sentence ("đạt 45,6%, vượt chỉ tiêu 40%", "đạt 96,8%, tiến gần mục tiêu 100%"); plan total then "912/1.084", remainder
    (
        "Năm 2024, tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 45,6%, vượt chỉ tiêu 40% Chính phủ giao.\n"
        "Cũng trong năm 2024, tỷ lệ hồ sơ TTHC gắn với số định danh cá nhân đạt 96,8%, tiến gần mục tiêu 100% vào năm 2025.\n"
        "Về cắt giảm quy định kinh doanh, kế hoạch yêu cầu cắt giảm, đơn giản hóa 1.084 TTHC; đến hết năm 2024 đã cắt giảm, đơn giản hóa được 912/1.084 thủ tục, còn 172 thủ tục chưa thực hiện.",
        "2025-01-15",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 45.6),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 96.8),
            ("procedures_simplified", "national", "as_of", "2024-12-31", 912),
        ],
    ),
    # A stock with its rural part after "trong đó" and "cùng kỳ năm trước con số này là"; a national rate vs target; a mountain province's rate "tỷ lệ này mới đạt"
    (
        "Tính đến 31/12/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt 10,2 triệu, trong đó khoảng 68% ở khu vực nông thôn, miền núi, biên giới, hải đảo; cùng kỳ năm trước con số này là 7,5 triệu khách hàng.\n"
        "Cũng đến thời điểm này, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87%, vượt mục tiêu 80% đặt ra cho năm 2025.\n"
        "Tại tỉnh Điện Biên, tỷ lệ này mới đạt 61%.",
        "2025-02-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10200000),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 7500000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.0),
            ("adults_with_bank_account_rate", "Điện Biên", "as_of", "2024-12-31", 61.0),
        ],
    ),
    # "so với 5,43 tỷ hóa đơn vào cùng thời điểm năm 2023" (past stock kept); the month's new invoices and a "Trong đó" kind are not the total
    (
        "Tính đến hết tháng 10/2024, cơ quan thuế đã tiếp nhận, xử lý 8,26 tỷ hóa đơn điện tử, so với 5,43 tỷ hóa đơn vào cùng thời điểm năm 2023.\n"
        "Trong đó, hóa đơn có mã của cơ quan thuế là 2,9 tỷ hóa đơn.\n"
        "Riêng trong tháng 10 có 360 triệu hóa đơn được khởi tạo mới.",
        "2024-11-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-10-31", 8260000000),
            ("e_invoices_total", "national", "as_of", "2023-10-31", 5430000000),
        ],
    ),
    # Monthly NDXP block: per-day average with last month's in parentheses, cumulative "lên tới 3,12 tỷ", a change then the level ("tăng thêm 12 điểm, lên 128 điểm"), agencies "so với … cuối năm 2022"
    (
        "Kết quả vận hành NDXP tháng 4/2025:\n"
        "- Số giao dịch trong tháng: 105,3 triệu, bình quân 3,51 triệu giao dịch/ngày (tháng 3/2025 là 3,63 triệu giao dịch/ngày).\n"
        "- Tổng số giao dịch từ khi khai trương (năm 2019) đến hết tháng 4/2025 lên tới 3,12 tỷ giao dịch.\n"
        "- Số điểm kết nối giữa các hệ thống thông tin, CSDL tăng thêm 12 điểm, lên 128 điểm; số cơ quan, đơn vị đã kết nối NDXP là 106, so với 95 vào cuối năm 2022.",
        "2025-05-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 105300000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 3510000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3630000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 3120000000),
            ("ndxp_connection_points", "national", "as_of", "2025-04-30", 128),
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-30", 106),
            ("ndxp_connected_agencies", "national", "as_of", "2022-12-31", 95),
        ],
    ),
    # "Năm vừa qua" (the year just ended) with BRCĐ, levels then changes; "so với 78,6% của năm trước"; operators' market share
    (
        "Năm vừa qua, số thuê bao BRCĐ trên cả nước đạt 23,6 triệu, tăng 11,3% so với năm 2023; thuê bao băng rộng di động đạt 88,7 triệu, tăng 5,1%.\n"
        "Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số, so với 78,6% của năm trước.\n"
        "Các doanh nghiệp lớn như Viettel, VNPT chiếm hơn 90% thị phần băng rộng cố định.",
        "2025-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23600000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88700000),
            ("internet_users_rate", "national", "year", "2024-12-31", 79.1),
            ("internet_users_rate", "national", "year", "2023-12-31", 78.6),
        ],
    ),
    # "Nếu như cuối năm 2023 … thì đến nay …" for a count; "phủ sóng được 1.702/1.811 thôn, đạt 94%" then the target; villages covered in the year (no id)
    (
        "Nếu như cuối năm 2023 cả nước còn 1.057 thôn, bản lõm sóng thì đến nay con số này chỉ còn 403 thôn.\n"
        "Riêng với các thôn lõm sóng đã có điện lưới, các doanh nghiệp đã phủ sóng được 1.702/1.811 thôn, đạt 94%; mục tiêu là hoàn thành 100% trước ngày 31/12/2024.\n"
        "Số thôn được xóa lõm sóng trong năm là 654 thôn.",
        "2024-12-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 1057),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-20", 403),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 94.0),
        ],
    ),
    # Mountain province portal: "Toàn tỉnh … hiện có 97,2% …, thấp hơn tỷ lệ chung của cả nước (99,3%)"; the province's remaining dead-zone villages; a plan
    (
        "Toàn tỉnh Lào Cai hiện có 97,2% thôn, bản có sóng di động, thấp hơn tỷ lệ chung của cả nước (99,3%).\n"
        "Số thôn lõm sóng trên địa bàn tỉnh còn 41 thôn, chủ yếu ở các huyện vùng cao Bát Xát, Si Ma Cai.\n"
        "Năm 2025, tỉnh phấn đấu xóa toàn bộ thôn lõm sóng.",
        "2025-03-12",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-03-12", 97.2),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-03-12", 99.3),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-03-12", 41),
        ],
    ),
    # A half's flows "so với … của cùng kỳ năm 2023" (two past values in one clause); "Lũy kế … đến nay … 12,9 nghìn tỷ đồng"; "nửa đầu năm" in words
    (
        "6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 11,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 6.720 tỷ đồng, so với 4,1 triệu giao dịch và 2.980 tỷ đồng của cùng kỳ năm 2023.\n"
        "Lũy kế từ khi triển khai đến nay, giá trị thanh toán trực tuyến qua Cổng đạt 12,9 nghìn tỷ đồng.\n"
        "Số hồ sơ trực tuyến nộp qua Cổng trong nửa đầu năm là 4,6 triệu hồ sơ.",
        "2024-07-10",
        [
            ("online_payments_count_new", "national", "half", "2024-06-30", 11300000),
            ("online_payments_value_new", "national", "half", "2024-06-30", 6720),
            ("online_payments_count_new", "national", "half", "2023-06-30", 4100000),
            ("online_payments_value_new", "national", "half", "2023-06-30", 2980),
            ("online_payments_value", "national", "as_of", "2024-07-10", 12900),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 4600000),
        ],
    ),
    # Ministries, localities and the whole in one sentence, then the unmet deadline; "Hiện nay 100% …, trong khi hồi tháng 1/2024 tỷ lệ này mới là 68%"
    (
        "Bộ Thông tin và Truyền thông báo cáo tiến độ bảo đảm an toàn hệ thống thông tin theo cấp độ.\n"
        "Tính đến ngày 31/10/2024, tỷ lệ hệ thống thông tin được phê duyệt cấp độ của các bộ, ngành là 91,4%, của các địa phương là 85,2%; tính chung cả nước đạt 87,6%, chưa đạt yêu cầu hoàn thành 100% trong tháng 9/2024.\n"
        "Hiện nay, 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối với Hệ thống EMC, trong khi hồi tháng 1/2024 tỷ lệ này mới là 68%.",
        "2024-11-05",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-10-31", 91.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-10-31", 85.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-31", 87.6),
            ("emc_connection_rate", "national", "as_of", "2024-11-05", 100.0),
            ("emc_connection_rate", "national", "as_of", "2024-01-31", 68.0),
        ],
    ),
    # A city's share "cao hơn mức 81,6% của cả nước"; "Trong đó" full-process share (another indicator, kept); "gấp 1,3 lần bình quân chung" (a ratio, not stored)
    (
        "Tính đến ngày 15/4/2025, thành phố Đà Nẵng cung cấp 1.587 dịch vụ công trực tuyến, đạt tỷ lệ 88,7% trên tổng số TTHC, cao hơn mức 81,6% của cả nước.\n"
        "Trong đó, DVCTT toàn trình chiếm 61,2%.\n"
        "Tỷ lệ hồ sơ trực tuyến của thành phố trong quý I/2025 đạt 74,5%, gấp 1,3 lần bình quân chung.",
        "2025-04-20",
        [
            ("dvctt_rate", "Đà Nẵng", "as_of", "2025-04-15", 88.7),
            ("dvctt_rate", "national", "as_of", "2025-04-15", 81.6),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2025-04-15", 61.2),
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2025-03-31", 74.5),
        ],
    ),
    # One figure on two bases ("nếu tính trên tổng số TTHC … còn nếu chỉ tính trên số TTHC đủ điều kiện"); province vs the localities' average; "so với … cùng kỳ năm 2023"
    (
        "Theo báo cáo của UBND tỉnh Thái Nguyên, tính đến hết quý III/2024, nếu tính trên tổng số TTHC thì tỷ lệ DVCTT toàn trình của tỉnh là 52,4%; còn nếu chỉ tính trên số TTHC đủ điều kiện, tỷ lệ này lên tới 96,1%.\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của tỉnh đạt 38,2%, thấp hơn mức bình quân khối địa phương (41,5%).\n"
        "Tỷ lệ hồ sơ được trả kết quả điện tử đạt 92,7%, so với 80,1% cùng kỳ năm 2023.",
        "2024-10-18",
        [
            ("dvctt_full_process_rate", "Thái Nguyên", "as_of", "2024-09-30", 52.4),
            ("full_process_provision_rate", "Thái Nguyên", "as_of", "2024-09-30", 96.1),
            ("data_reuse_rate", "Thái Nguyên", "ytd", "2024-09-30", 38.2),
            ("data_reuse_rate", "localities", "ytd", "2024-09-30", 41.5),
            ("e_result_rate", "Thái Nguyên", "ytd", "2024-09-30", 92.7),
            ("e_result_rate", "Thái Nguyên", "ytd", "2023-09-30", 80.1),
        ],
    ),
    # NEGATIVE: a plan's list of targets under a heading ("đặt ra các chỉ tiêu"), no verb of aim on the lines; a 2030 line
    (
        "Kế hoạch chuyển đổi số năm 2025 của Chính phủ đặt ra các chỉ tiêu:\n"
        "- 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình;\n"
        "- Tỷ lệ dân số trưởng thành sử dụng DVCTT đạt tối thiểu 50%;\n"
        "- Tỷ lệ hồ sơ TTHC được cấp kết quả điện tử đạt 100%;\n"
        "- Đến năm 2030, kinh tế số chiếm 30% GDP, mạng 5G phủ sóng 99% dân số.",
        "2025-03-01",
        [],
    ),
    # NEGATIVE: other countries' ranks and the world's and Singapore's speeds, all next to a UN survey's name
    (
        "Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Đan Mạch tiếp tục dẫn đầu thế giới về EGDI, Singapore xếp thứ 3, Hàn Quốc đứng thứ 4.\n"
        "Trong ASEAN, Malaysia xếp thứ 50/193, Thái Lan xếp thứ 52/193.\n"
        "Tốc độ băng rộng di động trung bình toàn cầu tháng 8/2024 là 56,2 Mbps, trong khi của Singapore là 128 Mbps.",
        "2024-09-20",
        [],
    ),
    # NEGATIVE: operators' own figures (coverage, stations, subscriptions, smartphone share) and an operator's target
    (
        "Viettel cho biết đến nay mạng 5G của doanh nghiệp đã phủ sóng 60% dân số, với hơn 6.500 trạm BTS 5G.\n"
        "VNPT hiện có 4,9 triệu thuê bao băng rộng cố định, tăng 8% so với năm ngoái; MobiFone đặt mục tiêu phát sóng 3.000 trạm 5G vào cuối năm 2025.\n"
        "Tỷ lệ thuê bao sử dụng smartphone trên mạng Viettel đạt 92%.",
        "2024-12-05",
        [],
    ),
    # NEGATIVE: only changes ("tăng 35% so với cùng kỳ", "tăng 1,6 lần", "tăng 4,2 điểm phần trăm") and counts of meetings, decrees, decisions
    (
        "Quý I/2025, số hồ sơ trực tuyến nộp qua Cổng DVCQG tăng 35% so với cùng kỳ năm 2024, giá trị thanh toán trực tuyến tăng 1,6 lần.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình tăng 4,2 điểm phần trăm so với quý trước.\n"
        "Trong quý, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 2 phiên họp, Chính phủ ban hành 5 nghị định và 12 quyết định liên quan đến chuyển đổi số.",
        "2025-04-10",
        [],
    ),
    # NEGATIVE: a list by region (parts of the country) under a dated heading, no national line
    (
        "Tỷ lệ hộ gia đình có Internet cáp quang băng rộng theo vùng (tính đến 30/6/2024):\n"
        "- Đồng bằng sông Hồng: 92,3%\n"
        "- Đông Nam Bộ: 90,8%\n"
        "- Tây Nguyên: 71,4%\n"
        "- Trung du và miền núi phía Bắc: 68,5%",
        "2024-08-15",
        [],
    ),
    # NEGATIVE: "hiện nay / hiện đạt" levels with no published date and no date in the text (undatable)
    (
        "Hiện nay, cả nước có hơn 9.000 trạm BTS 5G, phủ sóng khoảng 30% dân số.\n"
        "Số tài khoản định danh điện tử VNeID đã kích hoạt hiện đạt trên 60 triệu.\n"
        "Theo Cục Viễn thông, tốc độ truy cập băng rộng di động hiện nay ở mức 70 Mbps, còn băng rộng cố định khoảng 150 Mbps.",
        None,
        [],
    ),
    # NEGATIVE: a province's plan for the next year and 2030 ("đặt chỉ tiêu", "phấn đấu", "dự kiến") published late in the year
    (
        "Nghị quyết của HĐND tỉnh Nghệ An về kế hoạch phát triển kinh tế - xã hội năm 2026 đặt chỉ tiêu kinh tế số chiếm 15% GRDP; tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n"
        "Đến năm 2030, tỉnh phấn đấu 100% hộ gia đình có Internet cáp quang và 100% thôn, bản được phủ sóng 5G.\n"
        "Tổng vốn đầu tư cho hạ tầng số giai đoạn 2026-2030 dự kiến khoảng 2.500 tỷ đồng.",
        "2025-12-15",
        [],
    ),
    # NEGATIVE: named ministries' own figures compared with each other ("dẫn đầu khối bộ, ngành với …, tiếp đến là …"), a sub-count after "trong đó", a change
    (
        "Trong tháng 5/2025, Bộ Tài chính dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình 88,6%, tiếp đến là Bộ Công an (85,1%).\n"
        "Bộ Tư pháp có 312 DVCTT toàn trình, trong đó 45 dịch vụ mới được bổ sung trong tháng.\n"
        "Riêng Bộ Xây dựng, tỷ lệ hồ sơ được trả kết quả điện tử đạt 72%, tăng 9% so với tháng trước.",
        "2025-06-10",
        [],
    ),
]
