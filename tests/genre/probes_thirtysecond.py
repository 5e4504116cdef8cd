"""Blind genre probes, round 32: press summaries (VietnamPlus, Báo Chính phủ, VnExpress, ICTnews,
provincial portals) of the ministry's monthly 'Báo cáo chuyển đổi số quốc gia tháng MM/YYYY'
(2024-2026) and the committee's notices. Each text names its month in the title or lead and then
lists indicators of several families in sentences, bullets or a table written as lines; the
cases probe how relative periods ('trong tháng', 'tháng này', 'lũy kế từ đầu năm', 'tháng
trước', 'cùng kỳ', quý, 6 tháng đầu năm, cả năm, an explicit reporting window) resolve from the
month named, the flow twins of the cumulative portal counts, ministries/localities and province
breakdowns, abbreviations (DVCTT, TTHC, HS, NDXP, BRCĐ, VNeID), and five texts plus many clauses
whose numbers must not be stored (targets, changes, operators' and other countries' figures,
remainders, sub-counts after 'trong đó', counts of decrees and meetings, undated interviews).
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # title month resolves "trong tháng" / "tính đến hết tháng 3"; dossier rates, full-process share, new and total portal accounts
    (
        """Báo cáo chuyển đổi số quốc gia tháng 3/2024: hồ sơ trực tuyến toàn trình tăng mạnh
(VietnamPlus) Theo Báo cáo chuyển đổi số quốc gia tháng 3/2024 do Bộ Thông tin và Truyền thông công bố, các chỉ số về dịch vụ công trực tuyến tiếp tục cải thiện.
Trong tháng, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 43,6%, trong khi tỷ lệ hồ sơ trực tuyến toàn trình là 24,1%.
Tính đến hết tháng 3, tỷ lệ DVCTT toàn trình trên tổng số TTHC ở mức 41,2%.
Cổng Dịch vụ công quốc gia có thêm 412.530 tài khoản đăng ký mới trong tháng, nâng tổng số tài khoản lên 11,6 triệu.""",
        "2024-04-09",
        [
            ("online_dossier_rate", "national", "month", "2024-03-31", 43.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 24.1),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-31", 41.2),
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 412530),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 11600000),
        ],
    ),
    # leap-year February: NDXP month flow, per-day average, cumulative since 2019, agencies and connection points ("Hiện" = report cut-off)
    (
        """Tháng 2/2024: NDXP ghi nhận 78,4 triệu giao dịch
Báo cáo chuyển đổi số quốc gia tháng 2/2024 cho biết, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành ổn định.
Trong tháng này, số giao dịch qua NDXP đạt 78,4 triệu, bình quân khoảng 2,7 triệu giao dịch mỗi ngày.
Lũy kế từ năm 2019 đến hết tháng 2/2024, tổng số giao dịch qua NDXP là 1,93 tỷ.
Hiện NDXP đã có 101 cơ quan, đơn vị kết nối (gồm bộ, ngành, địa phương và một số doanh nghiệp) với 1.012 điểm kết nối được thiết lập.""",
        "2024-03-07",
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 78400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2700000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-02-29", 1930000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-29", 101),
            ("ndxp_connection_points", "national", "as_of", "2024-02-29", 1012),
        ],
    ),
    # "so với tháng trước (1.179 cuộc)" in a January report: the parenthesised value belongs to December of the previous year; the % change is not stored
    (
        """ICTnews – Báo cáo chuyển đổi số quốc gia tháng 1/2025 ghi nhận 1.042 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,6% so với tháng trước (1.179 cuộc).
Số địa chỉ IP thuộc các mạng botnet tính đến cuối tháng ở mức 512.604 địa chỉ.
Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tỷ lệ hệ thống thông tin đã được phê duyệt cấp độ đạt 82,4%.
Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức tiếp tục rà soát, xử lý mã độc trên các máy tính.""",
        "2025-02-10",
        [
            ("cyberattacks", "national", "month", "2025-01-31", 1042),
            ("cyberattacks", "national", "month", "2024-12-31", 1179),
            ("botnet_ips", "national", "as_of", "2025-01-31", 512604),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-01-31", 82.4),
        ],
    ),
    # NEGATIVE: a year plan of targets only (phấn đấu, mục tiêu) across families, plus counts of task groups and ministries
    (
        """Năm 2025, chuyển đổi số quốc gia đặt mục tiêu cao hơn
Theo Kế hoạch hành động năm 2025 của Ủy ban Quốc gia về chuyển đổi số vừa ban hành, phấn đấu 100% dịch vụ công trực tuyến được cung cấp toàn trình.
Mục tiêu đến cuối năm 2025, tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 50%, tỷ lệ người dân, doanh nghiệp hài lòng đạt tối thiểu 90%.
Kinh tế số phấn đấu chiếm 20% GDP; 5G phủ sóng 50% dân số; 80% người trưởng thành có tài khoản thanh toán.
Kế hoạch gồm 6 nhóm nhiệm vụ và 35 chỉ tiêu cụ thể, giao cho 22 bộ, ngành triển khai.""",
        "2025-01-20",
        [],
    ),
    # bullet list split by khối bộ, ngành / khối địa phương, then "Tính chung 6 tháng đầu năm" (half) in the June report
    (
        """Báo cáo chuyển đổi số quốc gia tháng 6/2025: khoảng cách giữa bộ, ngành và địa phương thu hẹp
Số liệu tháng 6/2025 về dịch vụ công trực tuyến cho thấy:
- Tỷ lệ hồ sơ trực tuyến toàn trình: khối bộ, ngành 58,7%; khối địa phương 44,9%.
- Tỷ lệ hồ sơ được cấp kết quả điện tử: khối bộ, ngành đạt 91,2%, khối địa phương đạt 86,5%.
- Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa của khối địa phương ở mức 52,3%.
Tính chung 6 tháng đầu năm, tỷ lệ hồ sơ xử lý trực tuyến cả nước là 47,8%.""",
        "2025-07-09",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-06-30", 58.7),
            ("online_dossier_full_process_rate", "localities", "month", "2025-06-30", 44.9),
            ("e_result_rate", "ministries", "month", "2025-06-30", 91.2),
            ("e_result_rate", "localities", "month", "2025-06-30", 86.5),
            ("data_reuse_rate", "localities", "month", "2025-06-30", 52.3),
            ("online_dossier_rate", "national", "half", "2025-06-30", 47.8),
        ],
    ),
    # provincial portal: the province's figures ("của tỉnh", "Toàn tỉnh", "trên địa bàn tỉnh") beside the national average in parentheses
    (
        """Cổng TTĐT tỉnh Bắc Ninh – Theo Báo cáo chuyển đổi số quốc gia tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 71,2%, cao hơn mức bình quân cả nước (48,6%).
Toàn tỉnh có 1.214 DVCTT toàn trình, đạt tỷ lệ 68,4% trên tổng số TTHC.
Tỷ lệ hồ sơ TTHC trên địa bàn tỉnh gắn với số định danh cá nhân là 97,5%.
Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC của Bắc Ninh ở mức 93,1%.""",
        "2025-09-15",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-08-31", 71.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 48.6),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2025-08-31", 68.4),
            ("dossiers_with_personal_id_rate", "Bắc Ninh", "month", "2025-08-31", 97.5),
            ("satisfaction_rate", "Bắc Ninh", "month", "2025-08-31", 93.1),
        ],
    ),
    # infrastructure at "hết tháng": 5G stations and coverage, smartphone count and share, FTTH ("lên tới"); new stations in the month and Viettel's share are not stored
    (
        """Hạ tầng số tháng 10/2025: phủ sóng 5G vượt 60% dân số
Báo cáo chuyển đổi số quốc gia tháng 10/2025 cho thấy hạ tầng số tiếp tục được mở rộng. Tính đến hết tháng, cả nước có 11.470 trạm BTS 5G đang phát sóng, vùng phủ 5G đạt 61,8% dân số.
Số thuê bao sử dụng điện thoại thông minh là 108,3 triệu, chiếm 89,1% tổng số thuê bao di động.
Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng lên tới 83,5%.
Trong tháng, các doanh nghiệp viễn thông đã lắp mới 1.020 trạm 5G, trong đó Viettel chiếm 640 trạm.""",
        "2025-11-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 11470),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 61.8),
            ("smartphone_subscriptions", "national", "as_of", "2025-10-31", 108300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-10-31", 89.1),
            ("ftth_household_rate", "national", "as_of", "2025-10-31", 83.5),
        ],
    ),
    # download speeds (fixed, then "di động" bare) kept; upload speed, speed rank, world average and Singapore not stored
    (
        """Tốc độ Internet cố định của Việt Nam tháng 4/2025 đạt 247,6 Mbps
Theo báo cáo chuyển đổi số quốc gia tháng 4/2025, tốc độ tải xuống trung bình của mạng băng rộng cố định đạt 247,6 Mbps, tốc độ tải lên 231,2 Mbps; di động đạt 146,9 Mbps.
Với kết quả này, Việt Nam xếp thứ 10 thế giới về tốc độ băng rộng cố định, trong khi mức trung bình toàn cầu chỉ là 97,8 Mbps.
Singapore tiếp tục dẫn đầu với 345 Mbps.""",
        "2025-05-14",
        [
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 247.6),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 146.9),
        ],
    ),
    # NEGATIVE: operators' own 5G figures (Viettel, VNPT), another country's coverage and smartphone share, a count of meetings
    (
        """Viettel, VNPT tăng tốc phủ sóng 5G
Trong tháng 7/2025, Viettel cho biết đã đưa vào khai thác thêm 2.300 trạm 5G, nâng tổng số trạm 5G của nhà mạng lên 9.800 trạm, phủ sóng 5G tới 85% dân số theo vùng phủ của Viettel.
VNPT cũng công bố đạt 4.200 trạm 5G, tốc độ trung bình trên mạng 5G của VNPT đạt 520 Mbps.
Tại Thái Lan, mạng 5G đã phủ tới 90% dân số; tỷ lệ thuê bao dùng smartphone của nước này là 93%.
Bộ Khoa học và Công nghệ đã tổ chức 3 cuộc họp với các doanh nghiệp về kế hoạch phủ sóng.""",
        "2025-08-05",
        [],
    ),
    # portal flows "trong tháng" and "lũy kế từ đầu năm" go to the _new twins (month and ytd); "từ khi khai trương đến hết tháng 5" is the stock
    (
        """Cổng Dịch vụ công quốc gia tháng 5/2025: thanh toán trực tuyến đạt hơn 1.150 tỷ đồng
Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025, trong tháng Cổng DVCQG tiếp nhận 2,43 triệu hồ sơ trực tuyến; lũy kế từ đầu năm là 11,9 triệu hồ sơ.
Số giao dịch thanh toán trực tuyến trong tháng đạt 1,37 triệu giao dịch với tổng số tiền hơn 1.150 tỷ đồng.
Tính từ khi khai trương đến hết tháng 5, Cổng đã ghi nhận 61,2 triệu giao dịch thanh toán trực tuyến, tổng giá trị 21,4 nghìn tỷ đồng.""",
        "2025-06-11",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 2430000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-05-31", 11900000),
            ("online_payments_count_new", "national", "month", "2025-05-31", 1370000),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1150),
            ("online_payments_count", "national", "as_of", "2025-05-31", 61200000),
            ("online_payments_value", "national", "as_of", "2025-05-31", 21400),
        ],
    ),
    # December report with the year's estimates: digital-economy share and growth, payment-account share, EGDI "71/193"; ICT revenue, its change and "tăng 15 bậc" not stored
    (
        """Kinh tế số năm 2024 ước chiếm 18,3% GDP
Báo cáo chuyển đổi số quốc gia tháng 12/2024 ước tính tỷ trọng kinh tế số trong GDP cả năm 2024 đạt khoảng 18,3%, tốc độ tăng trưởng kinh tế số khoảng 20%, gấp khoảng 3 lần tăng trưởng GDP.
Doanh thu công nghiệp công nghệ thông tin năm 2024 ước đạt 158 tỷ USD, tăng 12,5% so với năm 2023.
Tỷ lệ người trưởng thành có tài khoản thanh toán tính đến hết năm là 87%.
Việt Nam đứng thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2024 của Liên Hợp Quốc, tăng 15 bậc.""",
        "2025-01-14",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # "tính đến ngày 15/4/2025" dates VNeID, chip cards and Mobile Money; rural customers after "trong đó" not stored; e-invoice total "đến hết tháng 4" in "tỷ"
    (
        """Đề án 06: tính đến ngày 15/4/2025, đã có 60,8 triệu tài khoản định danh điện tử (VNeID) được kích hoạt
Theo số liệu tại Báo cáo chuyển đổi số quốc gia tháng 4/2025, tính đến ngày 15/4/2025, cả nước đã cấp 88,7 triệu thẻ căn cước gắn chip.
Dịch vụ Mobile Money có 10,2 triệu khách hàng, trong đó 7,1 triệu khách hàng ở khu vực nông thôn, miền núi.
Tổng số hóa đơn điện tử đã tiếp nhận, xử lý từ khi triển khai đến hết tháng 4 đạt 9,27 tỷ hóa đơn.""",
        "2025-05-08",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 60800000),
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 88700000),
            ("mobile_money_customers", "national", "as_of", "2025-04-15", 10200000),
            ("e_invoices_total", "national", "as_of", "2025-04-30", 9270000000),
        ],
    ),
    # committee notice: "1.765/1.853 thôn ..., đạt 95,3%" is the covered share; "hiện còn 386 thôn" is the level; the 100% deadline is a target
    (
        """Thông báo kết luận của Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại phiên họp tháng 11/2024 nêu: đến hết tháng 11/2024, các doanh nghiệp đã phủ sóng băng rộng di động cho 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%.
Cả nước hiện còn 386 thôn lõm sóng, chủ yếu ở khu vực chưa có điện lưới quốc gia.
Tỷ lệ thôn, bản có sóng di động trên toàn quốc đạt 99,6%.
Chủ tịch Ủy ban yêu cầu hoàn thành phủ sóng 100% thôn có điện trước ngày 31/12/2024.""",
        "2024-12-06",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 386),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-30", 99.6),
        ],
    ),
    # NEGATIVE: undated interview with no published date ("hiện nay" cannot be dated), a target, the 53 total and a count of decrees
    (
        """Trả lời phỏng vấn báo chí, lãnh đạo Cục Chuyển đổi số quốc gia cho biết hiện nay cả nước có khoảng 58 triệu tài khoản VNeID đã kích hoạt và hơn 40 triệu tài khoản trên Cổng Dịch vụ công quốc gia.
“Tỷ lệ hồ sơ trực tuyến toàn trình hiện mới ở mức khoảng 40%, chúng ta phải phấn đấu đạt 80%”, ông nói.
Theo ông, thời gian tới cần tập trung vào 53 dịch vụ công thiết yếu, trong đó ưu tiên các dịch vụ liên quan đến đất đai, hộ tịch.
Ông cũng cho biết Bộ đang xây dựng 3 nghị định hướng dẫn Luật Dữ liệu.""",
        None,
        [],
    ),
    # table written as lines with two month columns (this month and the previous one), units in the row labels
    (
        """Một số chỉ số chính trong Báo cáo chuyển đổi số quốc gia tháng 9/2025:
Chỉ tiêu | Tháng 9/2025 | Tháng 8/2025
Số giao dịch qua NDXP (triệu giao dịch) | 112,4 | 104,9
Số cuộc tấn công mạng gây sự cố | 687 | 742
Số địa chỉ IP botnet | 498.210 | 503.877
Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 52,6 | 51,3""",
        "2025-10-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-09-30", 112400000),
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 104900000),
            ("cyberattacks", "national", "month", "2025-09-30", 687),
            ("cyberattacks", "national", "month", "2025-08-31", 742),
            ("botnet_ips", "national", "as_of", "2025-09-30", 498210),
            ("botnet_ips", "national", "as_of", "2025-08-31", 503877),
            ("online_dossier_full_process_rate", "national", "month", "2025-09-30", 52.6),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 51.3),
        ],
    ),
    # "đến nay" = end of the report month; ratios "51/53", "63/63", "781/1.084"; the remainder "còn 303 thủ tục" is not stored
    (
        """Báo Chính phủ – Báo cáo chuyển đổi số quốc gia tháng 8/2024 cho biết, đến nay đã có 51/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 63/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT.
Về cải cách TTHC, đã cắt giảm, đơn giản hóa 781/1.084 thủ tục hành chính; còn 303 thủ tục chưa được cắt giảm.
Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 87,3%.
Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình.""",
        "2024-09-10",
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-31", 51),
            ("localities_fee_reduction", "national", "as_of", "2024-08-31", 63),
            ("procedures_simplified", "national", "as_of", "2024-08-31", 781),
            ("emc_connection_rate", "national", "as_of", "2024-08-31", 87.3),
        ],
    ),
    # explicit reporting window "(số liệu từ ngày 20/02/2024 đến ngày 19/3/2024)" ends the month's flows on 19 March, not 31 March
    (
        """Báo cáo chuyển đổi số quốc gia tháng 3/2024 (số liệu từ ngày 20/02/2024 đến ngày 19/3/2024) ghi nhận Cổng Dịch vụ công quốc gia có thêm 389.214 tài khoản đăng ký mới và tiếp nhận 1,86 triệu hồ sơ trực tuyến.
Giá trị thanh toán trực tuyến qua Cổng trong kỳ là 812 tỷ đồng.
Tỷ lệ hồ sơ TTHC gắn với số định danh cá nhân trong kỳ báo cáo đạt 84,6%.
Số liệu do Cục Chuyển đổi số quốc gia tổng hợp từ Hệ thống EMC.""",
        "2024-03-26",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-19", 389214),
            ("national_portal_dossiers_new", "national", "month", "2024-03-19", 1860000),
            ("online_payments_value_new", "national", "month", "2024-03-19", 812),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-03-19", 84.6),
        ],
    ),
    # June report: "tính chung quý II" (quarter) vs "riêng trong tháng 6" (month); year-on-year % and phishing sub-count not stored; quarter's per-day average
    (
        """Quý II/2025: tấn công mạng gây sự cố giảm, giao dịch dữ liệu tăng
Theo Báo cáo chuyển đổi số quốc gia tháng 6/2025, tính chung quý II, số cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam là 2.215 cuộc, giảm 18% so với cùng kỳ năm 2024.
Riêng trong tháng 6, có 694 cuộc tấn công gây sự cố, trong đó 402 cuộc tấn công lừa đảo (phishing).
Trong quý II, NDXP ghi nhận 301,7 triệu giao dịch; bình quân mỗi ngày 3,3 triệu giao dịch.""",
        "2025-07-10",
        [
            ("cyberattacks", "national", "quarter", "2025-06-30", 2215),
            ("cyberattacks", "national", "month", "2025-06-30", 694),
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 301700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3300000),
        ],
    ),
    # actual values set against year targets in the same sentence ("mới đạt 46,2%, trong khi mục tiêu ... là 50%")
    (
        """Còn một tháng để về đích: nhiều chỉ tiêu chuyển đổi số năm 2025 khó hoàn thành
Theo Báo cáo chuyển đổi số quốc gia tháng 11/2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến mới đạt 46,2%, trong khi mục tiêu năm 2025 là 50%.
Tỷ lệ DVCTT toàn trình trên tổng số TTHC là 63,8%, còn cách xa mục tiêu 100% đã đề ra.
Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết TTHC đạt 88,9%, thấp hơn chỉ tiêu 90%.""",
        "2025-12-09",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-11-30", 46.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-11-30", 63.8),
            ("satisfaction_rate", "national", "month", "2025-11-30", 88.9),
        ],
    ),
    # NEGATIVE: only changes (so với cùng kỳ, lần, so với tháng trước), an operator's added stations, counts of decrees, decisions and meetings
    (
        """So với cùng kỳ năm 2024, số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia trong tháng 3/2025 tăng 27,4%; giá trị thanh toán trực tuyến tăng 1,8 lần.
Số cuộc tấn công mạng gây sự cố giảm 9,3% so với tháng trước, trong đó tấn công cài mã độc giảm mạnh nhất.
Trong tháng, Chính phủ ban hành 4 nghị định và Thủ tướng ký 7 quyết định liên quan đến chuyển đổi số; Ủy ban Quốc gia tổ chức 2 phiên họp chuyên đề.
Lũy kế từ đầu năm, số trạm 5G do Viettel lắp đặt tăng thêm 1.850 trạm.""",
        "2025-04-08",
        [],
    ),
    # "trong tháng này" and "Lũy kế từ đầu năm" (ytd) for attacks; botnet "hiện ở mức" with a % change; the rounded title figure "hơn 1.000" is not a second value
    (
        """Tháng 5/2024: hơn 1.000 cuộc tấn công mạng gây sự cố
VietnamPlus – Theo Báo cáo chuyển đổi số quốc gia tháng 5/2024, trong tháng này Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.021 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
Lũy kế từ đầu năm, tổng số cuộc tấn công gây sự cố là 4.863 cuộc.
Số địa chỉ IP của Việt Nam nằm trong mạng máy tính ma (botnet) hiện ở mức 579.102 địa chỉ, giảm 4,2% so với tháng 4/2024.""",
        "2024-06-07",
        [
            ("cyberattacks", "national", "month", "2024-05-31", 1021),
            ("cyberattacks", "national", "ytd", "2024-05-31", 4863),
            ("botnet_ips", "national", "as_of", "2024-05-31", 579102),
        ],
    ),
    # provincial portal: "toàn tỉnh ... trong đó tỷ lệ" (other indicators after "trong đó"), "trên địa bàn tỉnh"; rank 1/63, dossier count and digitisation share have no id
    (
        """Quảng Ninh dẫn đầu cả nước về dịch vụ công trực tuyến trong tháng 9/2024
Theo kết quả công bố tại Báo cáo chuyển đổi số quốc gia tháng 9/2024, Quảng Ninh xếp thứ nhất trong 63 tỉnh, thành phố về cung cấp dịch vụ công trực tuyến.
Trong tháng, toàn tỉnh tiếp nhận 98.540 hồ sơ TTHC, trong đó tỷ lệ hồ sơ xử lý trực tuyến đạt 94,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 81,2%.
Tỷ lệ cấp kết quả điện tử trên địa bàn tỉnh đạt 100%; tỷ lệ số hóa hồ sơ đạt 96,8%.""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "month", "2024-09-30", 94.7),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2024-09-30", 81.2),
            ("e_result_rate", "Quảng Ninh", "month", "2024-09-30", 100.0),
        ],
    ),
    # interview with a published date: "hiện nay" levels dated on the page's date; "mới khoảng 58%" is a level, "vượt 70%" a target
    (
        """Phỏng vấn: “Dữ liệu phải chạy, không để người dân chạy”
Trao đổi với phóng viên, Cục trưởng Cục Chuyển đổi số quốc gia cho biết hiện nay NDXP đã kết nối với 107 cơ quan, đơn vị, với tổng số 1.190 điểm kết nối.
“Hiện nay, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến là 82,1%, nhưng số hồ sơ phát sinh ở nhiều dịch vụ vẫn thấp”, ông nói.
Theo ông, tỷ lệ DVCTT có phát sinh hồ sơ mới khoảng 58%, mục tiêu năm nay phải vượt 70%.""",
        "2025-03-12",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-12", 107),
            ("ndxp_connection_points", "national", "as_of", "2025-03-12", 1190),
            ("dvctt_rate", "national", "as_of", "2025-03-12", 82.1),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-03-12", 58.0),
        ],
    ),
    # December report's year totals ("Cả năm 2025", "trong năm") on flow twins and NDXP, cumulative stocks ("từ khi khai trương", "chạm mốc"), then "Riêng tháng 12"
    (
        """Báo cáo chuyển đổi số quốc gia tháng 12/2025 – tổng kết năm 2025
Cả năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 29,4 triệu hồ sơ trực tuyến, nâng tổng số hồ sơ trực tuyến nộp qua Cổng từ khi khai trương lên 118,6 triệu; thanh toán trực tuyến đạt 15,8 triệu giao dịch với giá trị 14,6 nghìn tỷ đồng.
Tổng số giao dịch qua NDXP trong năm là 1,31 tỷ, đưa tổng số giao dịch lũy kế từ năm 2019 chạm mốc 5,02 tỷ.
Riêng tháng 12, số tài khoản đăng ký mới trên Cổng DVCQG là 1,12 triệu.""",
        "2026-01-13",
        [
            ("national_portal_dossiers_new", "national", "year", "2025-12-31", 29400000),
            ("national_portal_dossiers", "national", "as_of", "2025-12-31", 118600000),
            ("online_payments_count_new", "national", "year", "2025-12-31", 15800000),
            ("online_payments_value_new", "national", "year", "2025-12-31", 14600),
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1310000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-12-31", 5020000000),
            ("national_portal_accounts_new", "national", "month", "2025-12-31", 1120000),
        ],
    ),
    # NEGATIVE: the UN survey's other countries, the world's average and Internet use, and a target for Viet Nam's rank
    (
        """Liên Hợp Quốc công bố Khảo sát Chính phủ điện tử 2024: Đan Mạch tiếp tục dẫn đầu
Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Đan Mạch, Estonia và Singapore là ba quốc gia dẫn đầu về Chỉ số phát triển Chính phủ điện tử (EGDI); Hàn Quốc xếp thứ 4.
Giá trị EGDI trung bình toàn cầu đạt 0,6382; khoảng 67% dân số thế giới sử dụng Internet.
Trong ASEAN, Malaysia xếp thứ 35, Thái Lan thứ 52.
Báo cáo chuyển đổi số quốc gia tháng 9/2024 đặt mục tiêu Việt Nam tăng ít nhất 5 bậc trong kỳ đánh giá tiếp theo và vào nhóm 50 nước dẫn đầu vào năm 2030.""",
        "2024-09-25",
        [],
    ),
    # eligible-procedure base (đủ điều kiện) vs all-procedure base in one sentence; "(gồm cả toàn trình và một phần)"; provincial systems' EMC connection
    (
        """Tháng 7/2025: 34 tỉnh, thành phố vận hành ổn định hệ thống giải quyết TTHC sau sắp xếp
Báo cáo chuyển đổi số quốc gia tháng 7/2025 cho biết, tỷ lệ TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình đạt 93,4%; tính trên tổng số TTHC thì tỷ lệ DVCTT toàn trình là 57,1%.
Tỷ lệ TTHC được cung cấp trực tuyến (gồm cả toàn trình và một phần) là 84,7%.
Trong tháng, 100% hệ thống thông tin giải quyết TTHC cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC.""",
        "2025-08-07",
        [
            ("full_process_provision_rate", "national", "as_of", "2025-07-31", 93.4),
            ("dvctt_full_process_rate", "national", "as_of", "2025-07-31", 57.1),
            ("dvctt_rate", "national", "as_of", "2025-07-31", 84.7),
            ("emc_connection_rate", "localities", "as_of", "2025-07-31", 100.0),
        ],
    ),
    # BRCĐ abbreviation; "trong đó ... cáp quang" is part of the same measure (not stored) but "trong đó số thuê bao sử dụng smartphone" is another indicator
    (
        """Báo cáo chuyển đổi số quốc gia tháng 2/2026: số thuê bao băng rộng cố định vượt 25 triệu
Tính đến hết tháng 2/2026, cả nước có 25,3 triệu thuê bao BRCĐ; trong đó 24,9 triệu thuê bao cáp quang (FTTH).
Số thuê bao băng rộng di động ở mức 98,6 triệu, trong đó số thuê bao sử dụng smartphone là 91,2 triệu.
Tỷ lệ người sử dụng Internet trên dân số ước đạt 84%.""",
        "2026-03-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2026-02-28", 25300000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2026-02-28", 98600000),
            ("smartphone_subscriptions", "national", "as_of", "2026-02-28", 91200000),
            ("internet_users_rate", "national", "as_of", "2026-02-28", 84.0),
        ],
    ),
    # city figures ("trên địa bàn thành phố") beside a ward's figure (not a province), an online-payment share with no id and a government target
    (
        """Đà Nẵng: tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2025 đạt 76,5%
Theo Báo cáo chuyển đổi số quốc gia tháng 10/2025, Đà Nẵng là một trong 5 địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất cả nước với 76,5%.
Tỷ lệ thanh toán trực tuyến trên địa bàn thành phố đạt 62,3% số hồ sơ có yêu cầu nghĩa vụ tài chính.
Tỷ lệ người dân trưởng thành trên địa bàn thành phố sử dụng DVCTT đạt 58,4%, vượt mục tiêu 50% của Chính phủ.
Riêng phường Hải Châu, tỷ lệ hồ sơ trực tuyến toàn trình lên tới 92%.""",
        "2025-11-20",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-10-31", 76.5),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "as_of", "2025-10-31", 58.4),
        ],
    ),
    # half-year digital economy: national share and growth "so với cùng kỳ" (growth IS the indicator), provinces' GRDP shares (bare "Bắc Ninh 33,7%"); e-commerce USD not stored
    (
        """Kinh tế số 6 tháng đầu năm 2025 ước chiếm 14,2% GDP
Báo cáo chuyển đổi số quốc gia tháng 6/2025 cho biết, 6 tháng đầu năm, tỷ trọng kinh tế số trong GDP ước đạt 14,2%; kinh tế số tăng trưởng khoảng 11,5% so với cùng kỳ.
Cũng trong 6 tháng đầu năm, địa phương có tỷ trọng kinh tế số trong GRDP cao nhất là Thái Nguyên với 42,9%, tiếp đến là Bắc Ninh 33,7%.
Doanh thu thương mại điện tử B2C ước đạt 16 tỷ USD.""",
        "2025-07-25",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 14.2),
            ("digital_economy_growth", "national", "half", "2025-06-30", 11.5),
            ("digital_economy_gdp_share", "Thái Nguyên", "half", "2025-06-30", 42.9),
            ("digital_economy_gdp_share", "Bắc Ninh", "half", "2025-06-30", 33.7),
        ],
    ),
    # national 5G level next to "Trong số này, Viettel ..." (operator, not stored); "tăng 8,3 Mbps so với tháng 12/2024" is a change
    (
        """Báo cáo chuyển đổi số quốc gia tháng 1/2025: mạng 5G phủ 26% dân số
Sau ba tháng thương mại hóa, tính đến cuối tháng 1/2025, cả nước có khoảng 7.500 trạm BTS 5G, vùng phủ 5G đạt 26% dân số.
Trong số này, Viettel chiếm hơn 6.000 trạm, phủ sóng 5G tại 63/63 tỉnh, thành phố.
Tốc độ trung bình băng rộng di động tháng 1/2025 đạt 124,6 Mbps, tăng 8,3 Mbps so với tháng 12/2024.
Tỷ lệ thuê bao di động dùng smartphone là 87,6%.""",
        "2025-02-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-01-31", 7500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-31", 26.0),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 124.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-01-31", 87.6),
        ],
    ),
    # "lũy kế 3 tháng đầu năm" with "(cùng kỳ năm 2025: ...)": the parenthesised comparison values kept for the previous year's same span
    (
        """Quý I/2026: thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia tăng mạnh
Theo Báo cáo chuyển đổi số quốc gia tháng 3/2026, lũy kế 3 tháng đầu năm, Cổng DVCQG ghi nhận 5,12 triệu giao dịch thanh toán trực tuyến, tổng số tiền 4.870 tỷ đồng (cùng kỳ năm 2025: 3,46 triệu giao dịch, 3.120 tỷ đồng).
Tỷ lệ hồ sơ trực tuyến toàn trình trong quý I là 61,4%.
Tổng số tài khoản đăng ký trên Cổng tính đến hết tháng 3 là 24,7 triệu.""",
        "2026-04-09",
        [
            ("online_payments_count_new", "national", "ytd", "2026-03-31", 5120000),
            ("online_payments_value_new", "national", "ytd", "2026-03-31", 4870),
            ("online_payments_count_new", "national", "ytd", "2025-03-31", 3460000),
            ("online_payments_value_new", "national", "ytd", "2025-03-31", 3120),
            ("online_dossier_full_process_rate", "national", "quarter", "2026-03-31", 61.4),
            ("national_portal_accounts", "national", "as_of", "2026-03-31", 24700000),
        ],
    ),
    # EGDI 2024 edition cited in an April 2025 report with the 2022 edition in parentheses "(86/193)"; ASEAN ranks not stored; level approval split by khối
    (
        """Theo Báo cáo chuyển đổi số quốc gia tháng 4/2025, trong Bộ chỉ số EGDI năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193, tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193).
Trong khu vực ASEAN, Singapore đứng thứ 3, Malaysia thứ 35 và Thái Lan thứ 52.
Về an toàn thông tin, tính đến hết tháng 4/2025, 88,6% hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ. Theo từng khối, bộ, ngành đạt 94,1%; địa phương đạt 85,2%.
Bộ Khoa học và Công nghệ đề nghị các địa phương hoàn thành phê duyệt 100% hệ thống trước tháng 6/2025.""",
        "2025-05-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-04-30", 88.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-04-30", 94.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-04-30", 85.2),
        ],
    ),
    # slide-style bullets with abbreviations (CĐS, DVCTT/TTHC, HS) and no published date: the month in the heading dates everything; "DVCTT một phần" has no id
    (
        """BÁO CÁO CĐS QUỐC GIA THÁNG 8/2025 – MỘT SỐ SỐ LIỆU NỔI BẬT
• Tỷ lệ DVCTT/TTHC: 85,3%; trong đó DVCTT toàn trình chiếm 58,9%, DVCTT một phần chiếm 26,4%.
• Tỷ lệ HS trực tuyến toàn trình: 49,7%.
• Tỷ lệ HS TTHC gắn định danh cá nhân: 91,6%.
• Giao dịch qua NDXP trong tháng: 108,2 triệu.
• Số tài khoản VNeID đã kích hoạt: 63,4 triệu.""",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2025-08-31", 85.3),
            ("dvctt_full_process_rate", "national", "as_of", "2025-08-31", 58.9),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 49.7),
            ("dossiers_with_personal_id_rate", "national", "month", "2025-08-31", 91.6),
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 108200000),
            ("vneid_activated_accounts", "national", "as_of", "2025-08-31", 63400000),
        ],
    ),
    # January 2026 report: "Tháng này" and "tháng trước (2,71 triệu hồ sơ)" resolve across the year boundary; "đến nay" = cut-off
    (
        """VnExpress – Báo cáo chuyển đổi số quốc gia tháng 1/2026 vừa được công bố. Tháng này, Cổng DVCQG tiếp nhận 2,06 triệu hồ sơ trực tuyến, thấp hơn tháng trước (2,71 triệu hồ sơ).
Số tài khoản đăng ký mới trong tháng là 845.300.
Số cuộc tấn công mạng gây sự cố trong tháng 1 là 512 cuộc, tăng 6% so với tháng 12/2025.
Tỷ lệ thôn lõm sóng có điện lưới được phủ sóng đến nay đạt 100%.""",
        "2026-02-06",
        [
            ("national_portal_dossiers_new", "national", "month", "2026-01-31", 2060000),
            ("national_portal_dossiers_new", "national", "month", "2025-12-31", 2710000),
            ("national_portal_accounts_new", "national", "month", "2026-01-31", 845300),
            ("cyberattacks", "national", "month", "2026-01-31", 512),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2026-01-31", 100.0),
        ],
    ),
    # government notice (TB-VPCP) quoting the October report: "3.256 DVCTT toàn trình, chiếm 48,7%", "(đạt 51/53)" beside a remainder, and year-end targets
    (
        """Văn phòng Chính phủ ban hành Thông báo số 512/TB-VPCP kết luận của Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại phiên họp ngày 30/10/2024.
Thông báo nêu, theo Báo cáo chuyển đổi số quốc gia tháng 10/2024, cả nước có 3.256 DVCTT toàn trình, chiếm 48,7% tổng số TTHC; còn 2 dịch vụ công thiết yếu chưa cung cấp toàn trình (đạt 51/53).
Tỷ lệ hồ sơ trực tuyến toàn trình cả nước trong tháng 10 đạt 32,8%; tỷ lệ người dân trưởng thành sử dụng DVCTT đạt 38,6%.
Thủ tướng yêu cầu đến hết năm 2024 phải đạt 80% DVCTT toàn trình và 40% người trưởng thành sử dụng DVCTT.""",
        "2024-11-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-10-31", 48.7),
            ("essential_services_full_process", "national", "as_of", "2024-10-31", 51),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 32.8),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-31", 38.6),
        ],
    ),
]
