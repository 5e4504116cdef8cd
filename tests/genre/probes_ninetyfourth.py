"""Genre probes, round 94: a third held-out sample weighted to provincial pages (quarter, half-year, nine-month and year results with many indicators in one paragraph, comparisons with the country and other provinces, SIPAS / Decision 766 / DTI rankings beside catalog values, district and commune figures beside the province's, plans with targets beside results, pages after the 2025 merger naming the old provinces) with the rest national press, about a fifth undated and about a quarter mixing traps with real values, written blind by a helper (not copied from any page).

Held out to the end of stop 42's extraction work and read once: with the stop's start code 3407584 and with the code of that moment (807976f) alike, 110 of 115 right, 110 of 115 found (0.96 / 0.96). Its general failures, fixed after that reading: a share reached over a window of years ('Từ năm 2022 đến nay, … đạt 84,4%') sent to review as a total over several years, 'các nhà mạng đã phủ sóng …' after a sentence naming one operator read as that operator's, the communes and wards of a province after 'chính quyền địa phương hai cấp' read as the locality block, a bank-account rate with 'trên địa bàn' between its words: 112 of 116, 112 of 115. Left: three undated values of case 25 dated by the year its next sentence opens on (the settled 'year under review' reading; its labels leave them out), 'tỉnh Quảng Nam (cũ) đạt lần lượt 74,1% và 45,9%' after another province's two rates, the EGDI edition ended at the page's date."""

CASES = [
    # 1 — provincial portal, quarter results in one paragraph, national average for comparison
    (
        """Bắc Ninh: Kết quả chuyển đổi số quý I/2024
Cập nhật: 10/04/2024 08:15

Quý I/2024, các cơ quan, đơn vị trên địa bàn tỉnh Bắc Ninh tiếp nhận 186.420 hồ sơ thủ tục hành chính, trong đó 152.130 hồ sơ nộp trực tuyến; tỷ lệ hồ sơ xử lý trực tuyến đạt 81,6%, cao hơn mức bình quân cả nước (47,3%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,2%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 94,7%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,5%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 98,9%. Hiện tỉnh cung cấp 1.124 dịch vụ công trực tuyến toàn trình, chiếm 57,8% tổng số TTHC.""",
        "2024-04-10",
        [
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2024-03-31", 81.6),
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 47.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2024-03-31", 58.2),
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-03-31", 94.7),
            ("data_reuse_rate", "Bắc Ninh", "quarter", "2024-03-31", 41.5),
            ("satisfaction_rate", "Bắc Ninh", "quarter", "2024-03-31", 98.9),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-03-31", 57.8),
        ],
    ),
    # 2 — year results beside next year's targets, DTI rank, a district's figure, a change
    (
        """Quảng Ninh: Năm 2023 tiếp tục dẫn đầu cả nước về chuyển đổi số
15/01/2024

Năm 2023, Quảng Ninh tiếp tục giữ vị trí dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) và Chỉ số cải cách hành chính (PAR Index). Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 88,4%, tăng 6,1 điểm phần trăm so với năm 2022; tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,2%. Riêng TP Hạ Long, tỷ lệ hồ sơ trực tuyến đạt 96,5%, cao nhất trong 13 địa phương cấp huyện. Kinh tế số ước chiếm 11,3% GRDP của tỉnh.

Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%, kinh tế số chiếm 14% GRDP; 100% thôn, bản có sóng di động băng rộng và 95% hộ gia đình có Internet cáp quang. Hiện toàn tỉnh còn 8 thôn, bản chưa có sóng di động, đều thuộc huyện Bình Liêu và Ba Chẽ.""",
        "2024-01-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 88.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 71.2),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 11.3),
            ("villages_without_mobile_coverage", "Quảng Ninh", "as_of", "2023-12-31", 8.0),
        ],
    ),
    # 3 — SIPAS and PAR Index (no id) beside Decision 766 components with ids
    (
        """Đồng Tháp giữ vững thứ hạng cao về SIPAS và PAR Index 2024

Ngày 19/3/2025, Bộ Nội vụ công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024: Đồng Tháp đạt 86,74%, xếp thứ 4/63 tỉnh, thành phố; Chỉ số cải cách hành chính (PAR Index) đạt 89,12%, xếp thứ 6.

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg), năm 2024 tỉnh đạt 86,3/100 điểm, xếp thứ 9/63. Trong đó, tỷ lệ hồ sơ xử lý trực tuyến đạt 74,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 89,7%; tỷ lệ thanh toán trực tuyến đạt 52,4%; tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết TTHC đạt 99,2%.

Năm 2025, tỉnh phấn đấu nằm trong nhóm 5 địa phương dẫn đầu về cả ba chỉ số.""",
        "2025-03-20",
        [
            ("online_dossier_rate", "Đồng Tháp", "year", "2024-12-31", 74.6),
            ("satisfaction_rate", "Đồng Tháp", "year", "2024-12-31", 99.2),
        ],
    ),
    # 4 — after the 2025 merger: the new province's levels and the old provinces' 2024 figures
    (
        """Tuyên Quang (mới): hạ tầng số sau hợp nhất
12/08/2025

Sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang từ ngày 1/7/2025, tỉnh Tuyên Quang có 124 đơn vị hành chính cấp xã. Tính đến ngày 31/7/2025, toàn tỉnh có 1.046 trạm phát sóng 5G, tỷ lệ dân số được phủ sóng 5G đạt 38,5%; còn 214 thôn chưa có sóng di động, chủ yếu thuộc địa bàn Hà Giang cũ.

Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Hà Giang (cũ) đạt 61,3%, của tỉnh Tuyên Quang (cũ) đạt 72,8%. Tỉnh đặt mục tiêu đến hết năm 2025 xóa toàn bộ thôn lõm sóng.""",
        "2025-08-12",
        [
            ("fiveg_bts_count", "Tuyên Quang", "as_of", "2025-07-31", 1046.0),
            ("fiveg_population_coverage_rate", "Tuyên Quang", "as_of", "2025-07-31", 38.5),
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-07-31", 214.0),
            ("online_dossier_rate", "Hà Giang", "year", "2024-12-31", 61.3),
            ("online_dossier_rate", "Tuyên Quang", "year", "2024-12-31", 72.8),
        ],
    ),
    # 5 — one undated sentence, no published date: nothing can be dated
    (
        """Lai Châu: 100% TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình

Hiện nay, toàn bộ thủ tục hành chính đủ điều kiện của tỉnh Lai Châu đã được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt trên 65%.""",
        None,
        [],
    ),
    # 6 — half-year results with tier and district figures beside the province's
    (
        """Thanh Hóa: 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 71,3%

(Thanh Hóa) – 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 1.284.600 hồ sơ TTHC; tỷ lệ hồ sơ xử lý trực tuyến đạt 71,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,9%. Ở cấp xã, tỷ lệ hồ sơ trực tuyến đạt 78,2%; cấp huyện đạt 64,5%. Dẫn đầu là huyện Thọ Xuân (92,1%), thị xã Nghi Sơn (89,4%); thấp nhất là huyện Mường Lát (31,7%).

Tỷ lệ hồ sơ cấp kết quả điện tử đạt 88,6%; tỷ lệ hồ sơ được số hóa đạt 82,3%. Tỉnh yêu cầu các huyện có tỷ lệ dưới 50% khẩn trương khắc phục trong quý III.""",
        "2024-07-08",
        [
            ("online_dossier_rate", "Thanh Hóa", "half", "2024-06-30", 71.3),
            ("online_dossier_full_process_rate", "Thanh Hóa", "half", "2024-06-30", 46.9),
            ("e_result_rate", "Thanh Hóa", "half", "2024-06-30", 88.6),
        ],
    ),
    # 7 — national monthly report: cyberattacks with last month's figure, botnet, NDXP
    (
        """BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THÁNG 8/2024 (trích)

2. An toàn thông tin mạng
Trong tháng 8/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 41 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18% so với tháng 7/2024 (50 cuộc). Số địa chỉ IP thuộc mạng botnet tại Việt Nam hiện ở mức 531.400 địa chỉ. Tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 88,2%.

3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng, có 98,6 triệu giao dịch qua NDXP, trung bình 3,18 triệu giao dịch/ngày; lũy kế từ năm 2019 đến nay đạt 2,86 tỷ giao dịch.""",
        "2024-09-05",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 41.0),
            ("cyberattacks", "national", "month", "2024-07-31", 50.0),
            ("botnet_ips", "national", "as_of", "2024-08-31", 531400.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-31", 88.2),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 98600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 3180000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-08-31", 2860000000.0),
        ],
    ),
    # 8 — nine-month results, no published date but dated in the text; a rank and a plan share
    (
        """Lâm Đồng: Kết quả chuyển đổi số 9 tháng năm 2023

9 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Lâm Đồng đạt 52,7%, xếp thứ 18/63 tỉnh, thành phố; tỷ lệ hồ sơ trực tuyến toàn trình đạt 34,1%; tỷ lệ hồ sơ thủ tục hành chính gắn mã định danh cá nhân đạt 96,8%. Tính đến ngày 30/9/2023, toàn tỉnh có 612.500 tài khoản định danh điện tử được kích hoạt, đạt 62% kế hoạch; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,3%.""",
        None,
        [
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2023-09-30", 52.7),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2023-09-30", 34.1),
            ("dossiers_with_personal_id_rate", "Lâm Đồng", "ytd", "2023-09-30", 96.8),
            ("vneid_activated_accounts", "Lâm Đồng", "as_of", "2023-09-30", 612500.0),
            ("smartphone_subscriber_rate", "Lâm Đồng", "as_of", "2023-09-30", 84.3),
        ],
    ),
    # 9 — a province's plan: last year's results beside the new year's targets
    (
        """Bình Dương ban hành Kế hoạch chuyển đổi số năm 2025
14/02/2025

UBND tỉnh Bình Dương vừa ban hành Kế hoạch chuyển đổi số năm 2025. Theo đánh giá, năm 2024 tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 79,4%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 97,1%; tỷ lệ hộ gia đình có Internet cáp quang đạt 91,2%; kinh tế số đóng góp khoảng 18,5% GRDP.

Mục tiêu năm 2025: 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; kinh tế số chiếm 20% GRDP; 100% hộ gia đình có cáp quang; phủ sóng 5G toàn bộ các khu công nghiệp.""",
        "2025-02-14",
        [
            ("online_dossier_rate", "Bình Dương", "year", "2024-12-31", 79.4),
            ("e_result_rate", "Bình Dương", "year", "2024-12-31", 97.1),
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 91.2),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2024-12-31", 18.5),
        ],
    ),
    # 10 — GRDP share compared with the country and with two other provinces
    (
        """Kinh tế số Bắc Giang năm 2024 ước chiếm 19,8% GRDP

Theo Sở Thông tin và Truyền thông, năm 2024 tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Giang ước đạt 19,8%, cao hơn mức bình quân cả nước (khoảng 18,3%), nhưng còn đứng sau các tỉnh lân cận là Bắc Ninh (35,6%) và Thái Nguyên (41,2%). Tốc độ tăng trưởng kinh tế số của tỉnh ước đạt 23,6%. Đến năm 2025, tỉnh phấn đấu kinh tế số chiếm 25% GRDP.""",
        "2025-01-20",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2024-12-31", 19.8),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 35.6),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 41.2),
            ("digital_economy_growth", "Bắc Giang", "year", "2024-12-31", 23.6),
        ],
    ),
    # 11 — province levels "đến nay" beside a commune's figures and an operator's work
    (
        """Hà Tĩnh: đưa sóng di động về thôn, xóm vùng sâu
28/12/2023

Đến nay, toàn tỉnh Hà Tĩnh đã có 99,6% thôn, tổ dân phố có sóng di động băng rộng; tỷ lệ hộ gia đình có Internet cáp quang đạt 76,4%. Toàn tỉnh còn 7 thôn lõm sóng, tập trung ở các huyện Hương Khê, Vũ Quang.

Tại xã Hương Liên (huyện Hương Khê), sau khi Viettel lắp đặt trạm BTS mới, 100% hộ dân đã có sóng 4G; 85% hộ trong xã dùng điện thoại thông minh. Từ năm 2022 đến nay, các nhà mạng đã phủ sóng 38/45 thôn lõm sóng có điện trên địa bàn tỉnh, đạt 84,4%.""",
        "2023-12-28",
        [
            ("villages_with_mobile_coverage_rate", "Hà Tĩnh", "as_of", "2023-12-28", 99.6),
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2023-12-28", 76.4),
            ("villages_without_mobile_coverage", "Hà Tĩnh", "as_of", "2023-12-28", 7.0),
            ("dead_zone_villages_covered_rate", "Hà Tĩnh", "as_of", "2023-12-28", 84.4),
        ],
    ),
    # 12 — year results mixed with a change, a sub-count, a target and one department's figure
    (
        """Nghệ An: chuyển đổi số năm 2023 có nhiều chuyển biến
02/02/2024

Năm 2023, Chỉ số chuyển đổi số (DTI) của Nghệ An xếp thứ 25/63, tăng 11 bậc. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC đạt 49,3%; tỷ lệ hồ sơ xử lý trực tuyến đạt 47,6%, tăng 2,3 lần so với năm 2022. Toàn tỉnh có 2,1 triệu tài khoản định danh điện tử được kích hoạt, trong đó 1,9 triệu tài khoản mức 2. Riêng Sở Tư pháp, 100% hồ sơ lý lịch tư pháp được nộp trực tuyến.

Năm 2024, tỉnh đặt mục tiêu 70% dân số trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2024-02-02",
        [
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2023-12-31", 49.3),
            ("online_dossier_rate", "Nghệ An", "year", "2023-12-31", 47.6),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2023-12-31", 2100000.0),
        ],
    ),
    # 13 — after the merger: nine months of the new province, commune tier, the old provinces' same period
    (
        """Tây Ninh: 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%
Thứ Sáu, 10/10/2025

9 tháng năm 2025, tỉnh Tây Ninh (sau hợp nhất với tỉnh Long An) có tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%, tỷ lệ hồ sơ xử lý trực tuyến đạt 84,5%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 98,1%.

Kể từ khi vận hành chính quyền địa phương hai cấp (1/7/2025), 96 xã, phường của tỉnh đã tiếp nhận 412.000 hồ sơ, trong đó 91,3% nộp trực tuyến. Cùng kỳ năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Long An (cũ) là 63,7% và của tỉnh Tây Ninh (cũ) là 58,2%.""",
        "2025-10-10",
        [
            ("online_dossier_full_process_rate", "Tây Ninh", "ytd", "2025-09-30", 68.2),
            ("online_dossier_rate", "Tây Ninh", "ytd", "2025-09-30", 84.5),
            ("satisfaction_rate", "Tây Ninh", "ytd", "2025-09-30", 98.1),
            ("online_dossier_rate", "Long An", "ytd", "2024-09-30", 63.7),
            ("online_dossier_rate", "Tây Ninh", "ytd", "2024-09-30", 58.2),
        ],
    ),
    # 14 — provincial TV news: Mobile Money with rural sub-count, an operator's share and a target
    (
        """Hải Dương: hơn 186.000 khách hàng sử dụng Mobile Money

(HDTV) – Tính đến hết tháng 6/2023, toàn tỉnh Hải Dương có hơn 186.000 khách hàng đăng ký sử dụng dịch vụ Mobile Money, trong đó hơn 112.000 khách hàng ở khu vực nông thôn. Riêng Viettel chiếm hơn 70% thị phần. Tỷ lệ người trưởng thành trên địa bàn có tài khoản thanh toán tại ngân hàng đạt khoảng 78%. Ngân hàng Nhà nước chi nhánh tỉnh đặt mục tiêu đến cuối năm 2023 có 250.000 khách hàng Mobile Money.""",
        "2023-07-20",
        [
            ("mobile_money_customers", "Hải Dương", "as_of", "2023-06-30", 186000.0),
            ("adults_with_bank_account_rate", "Hải Dương", "as_of", "2023-06-30", 78.0),
        ],
    ),
    # 15 — Decision 766 quarter score and rank (no id) with two components that have ids
    (
        """Hậu Giang xếp thứ 7 cả nước về chỉ số phục vụ người dân, doanh nghiệp quý III/2024
25/10/2024

Theo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định 766/QĐ-TTg), quý III/2024, tỉnh Hậu Giang đạt 87,45/100 điểm, xếp thứ 7/63 tỉnh, thành phố, tăng 5 bậc so với quý II.

Ở nhóm chỉ số thành phần, tỷ lệ hồ sơ cấp kết quả điện tử đạt 96,3%; tỷ lệ số hóa hồ sơ đạt 92,8%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 58,4%; chỉ số công khai, minh bạch đạt 17,5/18 điểm. Điểm trung bình của các địa phương là 79,2 điểm.""",
        "2024-10-25",
        [
            ("e_result_rate", "Hậu Giang", "quarter", "2024-09-30", 96.3),
            ("data_reuse_rate", "Hậu Giang", "quarter", "2024-09-30", 58.4),
        ],
    ),
    # 16 — after the merger, undated levels, no published date: nothing can be dated
    (
        """Quảng Trị sau hợp nhất: hạ tầng viễn thông phủ khắp

Sau khi hợp nhất với tỉnh Quảng Bình, tỉnh Quảng Trị hiện có 3.120 trạm BTS, trong đó 415 trạm 5G; tỷ lệ dân số được phủ sóng 5G đạt khoảng 35%. Toàn tỉnh còn 46 thôn, bản chưa có sóng di động, chủ yếu ở các xã miền núi thuộc Quảng Bình cũ. Tỉnh phấn đấu đến năm 2026 xóa hoàn toàn các điểm lõm sóng.""",
        None,
        [],
    ),
    # 17 — half-year figures of the two old units before the merger, the new city's level, a target
    (
        """Đà Nẵng: kết quả cải cách hành chính 6 tháng đầu năm 2025
15/07/2025

6 tháng đầu năm 2025, thành phố Đà Nẵng (cũ) có tỷ lệ hồ sơ xử lý trực tuyến đạt 86,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%; tỉnh Quảng Nam (cũ) đạt lần lượt 74,1% và 45,9%.

Từ ngày 1/7/2025, thành phố Đà Nẵng (hợp nhất Đà Nẵng và Quảng Nam) có 94 đơn vị hành chính cấp xã với 2.215 TTHC; trong đó 1.286 TTHC được cung cấp dịch vụ công trực tuyến toàn trình, đạt 58,1%. Thành phố phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2025-07-15",
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2025-06-30", 86.7),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2025-06-30", 62.4),
            ("online_dossier_rate", "Quảng Nam", "half", "2025-06-30", 74.1),
            ("online_dossier_full_process_rate", "Quảng Nam", "half", "2025-06-30", 45.9),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2025-07-15", 58.1),
        ],
    ),
    # 18 — comparison with other provinces of the region; a survey's figure
    (
        """Cần Thơ dẫn đầu Đồng bằng sông Cửu Long về hồ sơ trực tuyến năm 2024
09/01/2025

Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố Cần Thơ đạt 82,3%, cao nhất vùng Đồng bằng sông Cửu Long, vượt xa An Giang (56,2%) và Kiên Giang (49,8%). Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn đạt 88,5%; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 86%. Theo khảo sát của Sở Thông tin và Truyền thông, 74% người dân được hỏi sử dụng Internet hằng ngày.""",
        "2025-01-09",
        [
            ("online_dossier_rate", "Cần Thơ", "year", "2024-12-31", 82.3),
            ("online_dossier_rate", "An Giang", "year", "2024-12-31", 56.2),
            ("online_dossier_rate", "Kiên Giang", "year", "2024-12-31", 49.8),
            ("smartphone_subscriber_rate", "Cần Thơ", "as_of", "2024-12-31", 88.5),
            ("adults_with_bank_account_rate", "Cần Thơ", "as_of", "2024-12-31", 86.0),
        ],
    ),
    # 19 — DTI score and pillar ranks (no id), no published date, year values in the text
    (
        """Gia Lai: Chỉ số DTI năm 2023 tăng 8 bậc

Bộ Thông tin và Truyền thông vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023. Gia Lai đạt 0,4521 điểm, xếp thứ 38/63, tăng 8 bậc so với năm 2022. Trụ cột chính quyền số xếp thứ 31, kinh tế số thứ 45, xã hội số thứ 40. Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 39,2%; tỷ trọng kinh tế số trong GRDP ước đạt 7,6%.""",
        None,
        [
            ("online_dossier_rate", "Gia Lai", "year", "2023-12-31", 39.2),
            ("digital_economy_gdp_share", "Gia Lai", "year", "2023-12-31", 7.6),
        ],
    ),
    # 20 — city police figures with an explicit date, a city-district's figure, a plan share and a target
    (
        """TP.HCM: hơn 5,6 triệu tài khoản định danh điện tử đã được kích hoạt
20/05/2024

Tính đến ngày 15/5/2024, Công an TP.HCM đã thu nhận và cấp hơn 8,9 triệu thẻ căn cước công dân gắn chip, kích hoạt hơn 5,6 triệu tài khoản định danh điện tử, đạt 68% kế hoạch. Riêng TP Thủ Đức có 760.000 tài khoản được kích hoạt. Thành phố phấn đấu đến ngày 30/6/2024 kích hoạt 7 triệu tài khoản.""",
        "2024-05-20",
        [
            ("chip_id_cards_issued", "Hồ Chí Minh", "as_of", "2024-05-15", 8900000.0),
            ("vneid_activated_accounts", "Hồ Chí Minh", "as_of", "2024-05-15", 5600000.0),
        ],
    ),
    # 21 — a 2022 year review: many infrastructure and service indicators in one paragraph, a change, a plan
    (
        """Bến Tre: tổng kết chuyển đổi số năm 2022
06/01/2023

Năm 2022, tỷ lệ người sử dụng Internet trên địa bàn tỉnh Bến Tre đạt 72,4%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 68,9%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 79,6%. Toàn tỉnh có 153.700 thuê bao băng rộng cố định và 1,12 triệu thuê bao băng rộng di động. Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến mức độ 3, 4 trên tổng số TTHC đạt 97,2%; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 31,5%, tăng 14,2% so với năm 2021.

Kế hoạch năm 2023 đặt mục tiêu 80% hộ gia đình có cáp quang.""",
        "2023-01-06",
        [
            ("internet_users_rate", "Bến Tre", "as_of", "2022-12-31", 72.4),
            ("ftth_household_rate", "Bến Tre", "as_of", "2022-12-31", 68.9),
            ("smartphone_subscriber_rate", "Bến Tre", "as_of", "2022-12-31", 79.6),
            ("fixed_broadband_subscriptions", "Bến Tre", "as_of", "2022-12-31", 153700.0),
            ("mobile_broadband_subscriptions", "Bến Tre", "as_of", "2022-12-31", 1120000.0),
            ("dvctt_rate", "Bến Tre", "as_of", "2022-12-31", 97.2),
            ("online_dossier_rate", "Bến Tre", "year", "2022-12-31", 31.5),
        ],
    ),
    # 22 — national year review: split ministries / localities, portal stocks and a year flow
    (
        """Năm 2024: tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 45,2%
08/01/2025

Báo cáo của Văn phòng Chính phủ cho biết, năm 2024, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 45,2%, trong đó các bộ, ngành đạt 66,5%, các địa phương đạt 40,3%. Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 54,4%.

Tính đến ngày 31/12/2024, Cổng Dịch vụ công quốc gia có 45,6 triệu tài khoản đăng ký; năm 2024 Cổng tiếp nhận 9,8 triệu hồ sơ trực tuyến; lũy kế có 23,4 triệu giao dịch thanh toán trực tuyến với tổng giá trị hơn 11.600 tỷ đồng. Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết TTHC năm 2024 đạt 90,5%.""",
        "2025-01-08",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.2),
            ("online_dossier_rate", "ministries", "year", "2024-12-31", 66.5),
            ("online_dossier_rate", "localities", "year", "2024-12-31", 40.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 54.4),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 45600000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9800000.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 23400000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 11600.0),
            ("satisfaction_rate", "national", "year", "2024-12-31", 90.5),
        ],
    ),
    # 23 — speeds: download kept, upload, rank, one operator's 5G and the change left out
    (
        """Tốc độ Internet di động của Việt Nam tăng mạnh sau khi thương mại hóa 5G
22/01/2025

Theo Cục Viễn thông (Bộ TT&TT), tháng 12/2024, tốc độ tải xuống trung bình của mạng băng rộng di động tại Việt Nam đạt 71,4 Mbps, tốc độ tải lên đạt 20,8 Mbps; băng rộng cố định đạt tốc độ tải xuống 158,6 Mbps, tải lên 149,2 Mbps. Với kết quả này, Việt Nam xếp thứ 20 thế giới về tốc độ di động. Riêng mạng 5G của Viettel đạt tốc độ tải xuống trung bình 312 Mbps. So với tháng 12/2023 (46,9 Mbps), tốc độ tải xuống di động tăng 52%.""",
        "2025-01-22",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 71.4),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 158.6),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 46.9),
        ],
    ),
    # 24 — no published date, year in the text; changes, a survey and a target left out
    (
        """Năm 2023, Việt Nam ghi nhận 13.900 cuộc tấn công mạng gây sự cố

Theo Cục An toàn thông tin, năm 2023 hệ thống kỹ thuật đã ghi nhận, cảnh báo 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Cuối năm 2023, số địa chỉ IP thuộc mạng botnet là 613.000, giảm 36,8% so với năm 2022. Theo khảo sát của Hiệp hội An ninh mạng quốc gia, 46% người dùng được hỏi từng gặp lừa đảo trực tuyến. Năm 2024, Cục đặt mục tiêu giảm 10% số địa chỉ IP botnet.""",
        None,
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 613000.0),
        ],
    ),
    # 25 — ministry monthly infrastructure figures after the 2025 ministry merger, with a target
    (
        """Bộ Khoa học và Công nghệ: hạ tầng số tháng 5/2025
06/06/2025

Tính đến hết tháng 5/2025, cả nước có khoảng 9.400 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 26,3%. Tổng số thuê bao băng rộng di động đạt 90,2 triệu, tương đương 89,1 thuê bao/100 dân; thuê bao băng rộng cố định đạt 24,6 triệu, tương đương 24,3 thuê bao/100 dân. Số thuê bao sử dụng điện thoại thông minh đạt 107,8 triệu, chiếm 85,1% tổng số thuê bao di động. Bộ đặt mục tiêu đến cuối năm 2025 phủ sóng 5G đạt 90% dân số.""",
        "2025-06-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 9400.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-05-31", 90200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 89.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-05-31", 24600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 24.3),
            ("smartphone_subscriptions", "national", "as_of", "2025-05-31", 107800000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 85.1),
        ],
    ),
    # 26 — no published date: undated levels are not values, the one dated clause is
    (
        """Hạ tầng băng rộng: số thuê bao tiếp tục tăng

Hiện cả nước có khoảng 87,7 triệu thuê bao băng rộng di động và 22,8 triệu thuê bao băng rộng cố định; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79%. Năm 2022, tốc độ truy cập băng rộng cố định trung bình của Việt Nam đạt 82,2 Mbps. Mục tiêu là 100% hộ gia đình có cáp quang.""",
        None,
        [
            ("fixed_broadband_speed", "national", "year", "2022-12-31", 82.2),
        ],
    ),
    # 27 — Mobile Money: rural sub-count, one operator's share, transaction value and its change left out
    (
        """Mobile Money: gần 7,8 triệu khách hàng sau gần hai năm thí điểm
20/02/2024

Theo Ngân hàng Nhà nước, tính đến ngày 31/12/2023, dịch vụ Mobile Money có gần 7,8 triệu khách hàng đăng ký, trong đó khoảng 5,6 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%. Riêng Viettel Money chiếm khoảng 70% số khách hàng. Năm 2023, tổng giá trị giao dịch Mobile Money đạt 3.200 tỷ đồng, tăng 45% so với năm 2022.""",
        "2024-02-20",
        [
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 7800000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
        ],
    ),
    # 28 — Đề án 06 with a dated "đến nay", remainders left out
    (
        """Đề án 06: 25/53 dịch vụ công thiết yếu đã được cung cấp toàn trình
22/03/2024

Theo Tổ công tác triển khai Đề án 06 của Chính phủ, đến nay (20/3/2024), đã có 25/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 28 dịch vụ còn lại đang được các bộ, ngành hoàn thiện. Có 55/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 8 địa phương chưa ban hành. Cả nước đã cấp 86,4 triệu thẻ căn cước công dân gắn chip và kích hoạt 52,3 triệu tài khoản định danh điện tử.""",
        "2024-03-22",
        [
            ("essential_services_full_process", "national", "as_of", "2024-03-20", 25.0),
            ("localities_fee_reduction", "national", "as_of", "2024-03-20", 55.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-03-20", 86400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-20", 52300000.0),
        ],
    ),
    # 29 — national press on the Decision 766 results: scores (no id), localities' average and named provinces
    (
        """Công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024
16/01/2025

Theo dữ liệu trên Hệ thống thông tin giải quyết TTHC (Bộ chỉ số theo Quyết định 766/QĐ-TTg), năm 2024, bình quân các bộ, ngành đạt 77,6 điểm, các địa phương đạt 80,4 điểm; dẫn đầu về điểm số là Quảng Ninh với 90,8 điểm.

Tỷ lệ hồ sơ xử lý trực tuyến của các địa phương bình quân đạt 51,3%, trong đó cao nhất là Bà Rịa - Vũng Tàu (89,2%), Hà Nam (86,4%); thấp nhất là Điện Biên (18,6%). Tỷ lệ hồ sơ có kết quả giải quyết điện tử bình quân toàn quốc đạt 82,5%.""",
        "2025-01-16",
        [
            ("online_dossier_rate", "localities", "year", "2024-12-31", 51.3),
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "year", "2024-12-31", 89.2),
            ("online_dossier_rate", "Hà Nam", "year", "2024-12-31", 86.4),
            ("online_dossier_rate", "Điện Biên", "year", "2024-12-31", 18.6),
            ("e_result_rate", "national", "year", "2024-12-31", 82.5),
        ],
    ),
    # 30 — UN e-government edition published during its year, with the previous edition in parentheses
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử
18/09/2024

Ngày 17/9/2024, Liên Hợp Quốc công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193). Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 52. Lần đầu tiên Việt Nam được xếp vào nhóm có chỉ số EGDI rất cao. Singapore xếp thứ 3, Malaysia xếp thứ 53.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
]
