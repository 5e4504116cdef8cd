"""Genre probes, round 129: a broad, representative sample across families and text types (press summaries, portal news, notices, reports, provincial pages, interviews), 2022–2026, written blind and held out.

Held out to the end of stop 46 and not fitted: read once with the stop's start code 5e4027b (140 of 143 right, 140 of 147 found (0.98 / 0.95)) and once with its final extraction code (140 of 143, 140 of 147).
"""

CASES = []

# 1. Portal news, monthly flows of the National Public Service Portal with their cumulative levels.
#    Traps: change (tăng 8,3%), "trong đó" land-fee sub-amount, 2024 target of 15 triệu accounts.
CASES += [
    (
        """Cổng Dịch vụ công quốc gia tháng 2/2024: số hồ sơ trực tuyến tiếp tục tăng

(Chinhphu.vn) - Theo Văn phòng Chính phủ, trong tháng 2/2024, Cổng Dịch vụ công quốc gia có thêm 312.450 tài khoản đăng ký mới. Tính đến ngày 29/02/2024, tổng số tài khoản đăng ký trên Cổng đạt 10.215.600 tài khoản.

Cũng trong tháng 2, Cổng tiếp nhận 1.462.300 hồ sơ trực tuyến, tăng 8,3% so với tháng 1/2024 dù có kỳ nghỉ Tết Nguyên đán kéo dài. Số giao dịch thanh toán trực tuyến trong tháng đạt 1.118.000 giao dịch với số tiền 1.530 tỷ đồng; trong đó thanh toán nghĩa vụ tài chính về đất đai khoảng 640 tỷ đồng.

Lũy kế đến hết tháng 2/2024, Cổng đã xử lý 12,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 9.870 tỷ đồng.

Văn phòng Chính phủ cho biết năm 2024 phấn đấu nâng tổng số tài khoản lên 15 triệu, đồng thời tiếp tục tích hợp, cung cấp thêm các dịch vụ công thiết yếu phục vụ người dân, doanh nghiệp.""",
        "2024-03-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-02-29", 312450.0),
            ("national_portal_accounts", "national", "as_of", "2024-02-29", 10215600.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 1462300.0),
            ("online_payments_count_new", "national", "month", "2024-02-29", 1118000.0),
            ("online_payments_value_new", "national", "month", "2024-02-29", 1530.0),
            ("online_payments_count", "national", "as_of", "2024-02-29", 12600000.0),
            ("online_payments_value", "national", "as_of", "2024-02-29", 9870.0),
        ],
    ),
]

# 2. Press article on the UN E-Government Survey 2024; the 2022 rank is given in parentheses for comparison (kept).
#    Traps: "tăng 15 bậc", ASEAN position 5, Singapore's world rank, EGDI/OSI index scores, EPART rank, 2025 top-50 goal.
CASES += [
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Ngày 17/9, Vụ Kinh tế và Xã hội Liên Hợp Quốc (UNDESA) công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Theo đó, chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp hạng 71/193 quốc gia, tăng 15 bậc so với kỳ khảo sát năm 2022 (xếp thứ 86/193). Lần đầu tiên Việt Nam được đưa vào nhóm các quốc gia có chỉ số EGDI ở mức rất cao.

Trong khu vực Đông Nam Á, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei; Singapore tiếp tục giữ vị trí thứ 3 thế giới. Ở các chỉ số thành phần, chỉ số Dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7865 điểm, trong khi chỉ số Tham gia điện tử (EPART) xếp thứ 52.

Đại diện Bộ Thông tin và Truyền thông cho biết, mục tiêu đặt ra là đến năm 2025 Việt Nam thuộc nhóm 50 quốc gia dẫn đầu về Chính phủ điện tử.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
]

# 3. Provincial portal, Đà Nẵng's 2023 review: rates of the year, GRDP share, FTTH level at year end.
#    Traps: "+1,3 điểm phần trăm", two districts above 95%, 2024 targets (20% GRDP, 100% số hóa).
CASES += [
    (
        """Đà Nẵng: Kinh tế số tiếp tục tăng tỷ trọng trong GRDP

Năm 2023, công tác chuyển đổi số của thành phố Đà Nẵng tiếp tục đạt nhiều kết quả tích cực. Theo Sở Thông tin và Truyền thông, năm 2023 tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố đạt 78,6%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,1%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 94,3%.

Kinh tế số năm 2023 ước chiếm 19,8% GRDP của thành phố, tăng 1,3 điểm phần trăm so với năm trước. Đến cuối năm 2023, 89% hộ gia đình trên địa bàn thành phố có kết nối cáp quang băng rộng; riêng quận Hải Châu và quận Thanh Khê đạt trên 95%.

Năm 2024, Đà Nẵng phấn đấu tỷ trọng kinh tế số đạt 20% GRDP, 100% hồ sơ thủ tục hành chính được số hóa ngay khi tiếp nhận.""",
        "2024-01-10",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 78.6),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 62.1),
            ("e_result_rate", "Đà Nẵng", "year", "2023-12-31", 94.3),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.8),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 89.0),
        ],
    ),
]

# 4. Press summary of the first half of 2024 in cyber security; "hiện" botnet level dated by the page (5 days after the half).
#    Traps: "giảm 42,6%", "trong đó" attack types, "giảm 28%", year-end goal under 500.000, Viettel's phishing-site count.
CASES += [
    (
        """Nửa đầu năm 2024, số vụ tấn công mạng vào hệ thống thông tin Việt Nam giảm mạnh

Theo Cục An toàn thông tin (Bộ TT&TT), trong 6 tháng đầu năm 2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 6.265 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 42,6% so với cùng kỳ năm 2023. Riêng trong tháng 6/2024 có 1.024 cuộc tấn công, trong đó 476 cuộc tấn công lừa đảo (Phishing), 331 cuộc tấn công thay đổi giao diện (Deface) và 217 cuộc tấn công cài mã độc (Malware).

Số lượng địa chỉ IP mạng botnet tại Việt Nam hiện vào khoảng 542.000, giảm 28% so với thời điểm đầu năm. Cục An toàn thông tin đặt mục tiêu đến cuối năm 2024 đưa số địa chỉ IP botnet xuống dưới 500.000.

Cũng trong nửa đầu năm, Trung tâm An ninh mạng Viettel cho biết đã phát hiện hơn 1.900 trang web giả mạo các cơ quan, tổ chức và ngân hàng.""",
        "2024-07-05",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 6265.0),
            ("cyberattacks", "national", "month", "2024-06-30", 1024.0),
            ("botnet_ips", "national", "as_of", "2024-07-05", 542000.0),
        ],
    ),
]

# 5. Conclusion notice (Thông báo kết luận) on Đề án 06 with an explicit cut-off date.
#    Traps: 7 services remaining, 78,7 triệu applications (not activations), 12 documents, the 53/53 deadline.
CASES += [
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị sơ kết 2 năm triển khai Đề án 06

Ngày 16/11/2023, tại trụ sở Chính phủ, Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo triển khai Đề án 06 đã chủ trì Hội nghị sơ kết 2 năm thực hiện Đề án. Sau khi nghe báo cáo của Bộ Công an và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ KẾT QUẢ
Tính đến ngày 15/11/2023, đã cung cấp trực tuyến toàn trình 46/53 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia; 7 dịch vụ còn lại đang được các bộ hoàn thiện quy trình. Đã thu nhận 78,7 triệu hồ sơ cấp tài khoản định danh điện tử; cả nước đã kích hoạt 40,6 triệu tài khoản định danh điện tử và cấp 85,3 triệu thẻ Căn cước công dân gắn chip. Các bộ, ngành, địa phương đã ban hành 12 văn bản hướng dẫn triển khai các mô hình điểm.

II. NHIỆM VỤ THỜI GIAN TỚI
Các bộ, ngành khẩn trương hoàn thành cung cấp 53/53 dịch vụ công thiết yếu trước ngày 31/12/2023; các địa phương tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng tài khoản định danh điện tử.""",
        "2023-11-20",
        [
            ("essential_services_full_process", "national", "as_of", "2023-11-15", 46.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-11-15", 40600000.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-11-15", 85300000.0),
        ],
    ),
]

# 6. Provincial page, Quảng Ninh's first quarter of 2025.
#    Traps: dossier count, district/city 100%, full-year target above 80%.
CASES += [
    (
        """Quảng Ninh duy trì vị trí dẫn đầu về dịch vụ công trực tuyến

Theo Trung tâm Phục vụ hành chính công tỉnh, quý I/2025, toàn tỉnh Quảng Ninh tiếp nhận 168.720 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ được xử lý trực tuyến đạt 92,4%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,5%, tỷ lệ hồ sơ được trả kết quả điện tử đạt 99,1%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 98,9%.

Nhiều địa phương có kết quả nổi bật như thành phố Hạ Long, huyện Vân Đồn với 100% hồ sơ được tiếp nhận trực tuyến. Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.""",
        "2025-04-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 92.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 71.5),
            ("e_result_rate", "Quảng Ninh", "quarter", "2025-03-31", 99.1),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2025-03-31", 98.9),
        ],
    ),
]

# 7. Interview (Q&A) on 5G, "hiện nay" levels dated by the page.
#    Traps: Viettel's 6.500 stations, Korea's and Thailand's figures, 2025 target 50%, Viettel's 5G speed.
CASES += [
    (
        """Thứ trưởng Bộ TT&TT: "Năm 2025, 5G phải phủ sóng các khu công nghiệp, cảng biển"

PV: Thưa Thứ trưởng, sau thời gian ngắn thương mại hóa, mạng 5G của Việt Nam đã đạt được những kết quả gì?

Thứ trưởng: Sau hơn hai tháng kể từ khi Viettel chính thức cung cấp dịch vụ 5G thương mại ngày 15/10/2024, hiện nay cả nước đã có khoảng 7.500 trạm BTS 5G được lắp đặt, phủ sóng khoảng 26% dân số. Riêng Viettel đã phát sóng hơn 6.500 trạm; VinaPhone cũng đã khai trương dịch vụ tại Hà Nội và TP. Hồ Chí Minh. Tốc độ tải xuống trung bình của mạng 5G Viettel đo được khoảng 400 Mbps.

PV: So với các nước trong khu vực thì sao?

Thứ trưởng: Chúng ta đi sau. Hàn Quốc hiện có hơn 300.000 trạm 5G, Thái Lan đã phủ sóng 5G tới 85% dân số. Vì vậy, mục tiêu đến cuối năm 2025 là phủ sóng 5G cho 50% dân số, ưu tiên các khu công nghiệp, cảng biển, trường đại học.

PV: Xin cảm ơn Thứ trưởng!""",
        "2024-12-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-20", 7500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-20", 26.0),
        ],
    ),
]

# 8. Press item on Ookla's Speedtest Global Index, July 2024 edition (download speeds of the month).
#    Traps: upload speed, world ranks, month-on-month change, Singapore's speed.
CASES += [
    (
        """Tốc độ Internet băng rộng cố định của Việt Nam vượt mốc 150 Mbps

Theo Speedtest Global Index tháng 7/2024 do Ookla công bố, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 152,07 Mbps, tốc độ tải lên đạt 149,5 Mbps, xếp hạng 40 thế giới. Đối với mạng di động, tốc độ tải xuống trung vị đạt 52,38 Mbps, tăng 4,1% so với tháng trước, xếp thứ 52 trên thế giới.

Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với hơn 320 Mbps.""",
        "2024-08-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 152.07),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 52.38),
        ],
    ),
]

# 9. Monthly report excerpt (May 2024): DVCTT shares with a ministries/localities split, dossier shares split, NDXP figures.
#    Traps: June target of 45% for localities, number of connected systems mentioned as a task.
CASES += [
    (
        """BÁO CÁO
Tình hình triển khai chuyển đổi số quốc gia tháng 5/2024 (trích)

1. Về cung cấp dịch vụ công trực tuyến
Tính đến ngày 31/5/2024, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 81,2% (bộ, ngành: 84,5%; địa phương: 79,0%); tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 48,6%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 54,9%.
Trong tháng 5/2024, tỷ lệ hồ sơ được xử lý trực tuyến của các bộ, ngành đạt 52,3%, của các địa phương đạt 38,7%.

2. Về Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng 5/2024, NDXP ghi nhận 98,4 triệu giao dịch, trung bình 3,17 triệu giao dịch/ngày. Lũy kế từ năm 2019 đến hết tháng 5/2024, tổng số giao dịch qua NDXP đạt 2,35 tỷ giao dịch.

3. Nhiệm vụ trọng tâm tháng 6/2024
Đôn đốc các địa phương phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt 45%; hoàn thành kết nối 05 hệ thống thông tin giải quyết thủ tục hành chính còn lại với NDXP.""",
        "2024-06-10",
        [
            ("dvctt_rate", "national", "as_of", "2024-05-31", 81.2),
            ("dvctt_rate", "ministries", "as_of", "2024-05-31", 84.5),
            ("dvctt_rate", "localities", "as_of", "2024-05-31", 79.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-31", 48.6),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-05-31", 54.9),
            ("online_dossier_rate", "ministries", "month", "2024-05-31", 52.3),
            ("online_dossier_rate", "localities", "month", "2024-05-31", 38.7),
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 98400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 3170000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 2350000000.0),
        ],
    ),
]

# 10. Provincial portal, Thừa Thiên Huế after nine months of 2023; "hiện nay" FTTH level dated by the page.
#     Traps: "+6,5 điểm phần trăm", a town's 72% and a commune's 90%, DTI rank 3/63, 2023 target 60%.
CASES += [
    (
        """Thừa Thiên Huế: Hồ sơ trực tuyến toàn trình tăng mạnh trong 9 tháng

Theo Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế, 9 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 57,3%, tăng 6,5 điểm phần trăm so với cùng kỳ năm trước; tỷ lệ hồ sơ tái sử dụng dữ liệu, thông tin đã được số hóa đạt 41,2%.

Ở khối cấp huyện, thị xã Hương Thủy dẫn đầu với 72% hồ sơ trực tuyến toàn trình; ở cấp xã, xã Phú Mậu (huyện Phú Vang) đạt tới 90%. Hiện nay, 82% hộ gia đình trên địa bàn tỉnh đã sử dụng Internet cáp quang.

Năm 2022, Thừa Thiên Huế xếp thứ 3/63 tỉnh, thành phố về Chỉ số chuyển đổi số (DTI). Mục tiêu năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.""",
        "2023-10-12",
        [
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "ytd", "2023-09-30", 57.3),
            ("data_reuse_rate", "Thừa Thiên Huế", "ytd", "2023-09-30", 41.2),
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-10-12", 82.0),
        ],
    ),
]

# 11. Whole news article (headline, dateline, byline) on financial inclusion: bank-account share and Mobile Money customers.
#     Traps: "trong đó" rural sub-count, cumulative transaction value, Viettel Money's share, the 80% target already exceeded.
CASES += [
    (
        """Kinh tế > Ngân hàng
Thứ Năm, 02/05/2024, 08:15 (GMT+7)

Gần 87% người trưởng thành có tài khoản ngân hàng

Minh Anh

(Báo Đầu tư) - Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh, tỷ lệ người dân có tài khoản ngân hàng vượt xa kỳ vọng.

Theo Ngân hàng Nhà nước, đến cuối tháng 3/2024, khoảng 87% người trưởng thành tại Việt Nam đã có tài khoản thanh toán tại ngân hàng, vượt mục tiêu 80% đặt ra cho năm 2025 tại Chiến lược tài chính toàn diện quốc gia.

Đối với dịch vụ Mobile Money, tính đến ngày 31/3/2024 có 8,3 triệu khách hàng đăng ký sử dụng, trong đó khoảng 6 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tổng giá trị giao dịch lũy kế đạt hơn 2.800 tỷ đồng. Riêng Viettel Money chiếm khoảng 70% số khách hàng.

Tin liên quan:
- Thanh toán qua QR code tăng gần 100% trong quý I
- Ngân hàng đẩy mạnh xác thực sinh trắc học""",
        "2024-05-02",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-03-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8300000.0),
        ],
    ),
]

# 12. Government Office notice with its own heading dates (no sidecar); split ministries/localities; "hiện nay" = meeting day.
#     Traps: 15 tasks, the year-end 80% requirement, one named ministry (Bộ Tư pháp 90%).
CASES += [
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 352/TB-VPCP
Hà Nội, ngày 15 tháng 7 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại phiên họp Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ngày 12/7/2025

1. Đánh giá chung
Tính đến ngày 30/6/2025, tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 45,2% (các bộ, ngành đạt 58,1%, các địa phương đạt 41,6%); tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 56,7%. Hiện nay, cả nước có 59,2 triệu tài khoản định danh điện tử đã được kích hoạt. Một số bộ có kết quả nổi bật, như Bộ Tư pháp đạt 90% hồ sơ trực tuyến.

2. Nhiệm vụ trong thời gian tới
Ban Chỉ đạo giao 15 nhiệm vụ cụ thể cho các bộ, ngành, địa phương; yêu cầu đến ngày 31/12/2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.""",
        None,
        [
            ("online_dossier_rate", "national", "as_of", "2025-06-30", 45.2),
            ("online_dossier_rate", "ministries", "as_of", "2025-06-30", 58.1),
            ("online_dossier_rate", "localities", "as_of", "2025-06-30", 41.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 56.7),
            ("vneid_activated_accounts", "national", "as_of", "2025-07-12", 59200000.0),
        ],
    ),
]

# 13. Press summary of telecom infrastructure at the end of 2023: subscriptions, per-100 densities, smartphone and FTTH shares.
#     Traps: telecom revenue in tỷ đồng and its growth, the year's 1,1 triệu new fixed subscriptions (no flow id).
CASES += [
    (
        """Hạ tầng số tiếp tục được củng cố trong năm 2023

Theo số liệu của Bộ Thông tin và Truyền thông, tính đến cuối năm 2023, tổng số thuê bao băng rộng cố định đạt 22,8 triệu, tương đương 22,7 thuê bao/100 dân; số thuê bao băng rộng di động đạt 85 triệu, tương đương 85,4 thuê bao/100 dân. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84%; 79,6% hộ gia đình đã có kết nối cáp quang.

Doanh thu lĩnh vực viễn thông năm 2023 ước đạt 137.000 tỷ đồng, tăng 6% so với năm 2022. Trong năm, các doanh nghiệp đã phát triển mới khoảng 1,1 triệu thuê bao băng rộng cố định.""",
        "2024-01-25",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.7),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 85000000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 85.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.6),
        ],
    ),
]

# 14. Hà Nội's 2024 review on the city portal: year rates, GRDP share, FTTH level at year end.
#     Traps: 100% of communes with fibre (no id), count of 1.785 DVCTT, a district's 98%, 2025 target 30%.
CASES += [
    (
        """Hà Nội: Chuyển đổi số tạo chuyển biến rõ nét trong phục vụ người dân

Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố Hà Nội đạt 85,6%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%; mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt 96%. Thành phố hiện cung cấp 1.785 dịch vụ công trực tuyến trên Cổng dịch vụ công thành phố; quận Cầu Giấy có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 98%.

Đến hết năm 2024, 90,5% hộ gia đình trên địa bàn thành phố sử dụng Internet cáp quang; 100% xã, phường, thị trấn có hạ tầng cáp quang băng rộng. Kinh tế số năm 2024 ước đạt 20,1% GRDP của Thủ đô.

Năm 2025, Hà Nội phấn đấu kinh tế số chiếm 30% GRDP.""",
        "2025-01-06",
        [
            ("online_dossier_rate", "Hà Nội", "year", "2024-12-31", 85.6),
            ("online_dossier_full_process_rate", "Hà Nội", "year", "2024-12-31", 62.3),
            ("satisfaction_rate", "Hà Nội", "year", "2024-12-31", 96.0),
            ("ftth_household_rate", "Hà Nội", "as_of", "2024-12-31", 90.5),
            ("digital_economy_gdp_share", "Hà Nội", "year", "2024-12-31", 20.1),
        ],
    ),
]

# 15. Tax-authority news: cumulative e-invoices since July 2022 at an explicit date.
#     Traps: "trong đó" with/without-code invoices, cash-register sub-count, business counts, "tăng 18%".
CASES += [
    (
        """Hơn 6,8 tỷ hóa đơn điện tử được cơ quan thuế tiếp nhận, xử lý

Tổng cục Thuế cho biết, từ ngày 1/7/2022 đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 6,8 tỷ hóa đơn điện tử, trong đó có 2,1 tỷ hóa đơn có mã của cơ quan thuế và 4,7 tỷ hóa đơn không có mã. Riêng hóa đơn khởi tạo từ máy tính tiền đạt khoảng 750 triệu hóa đơn.

Hiện có 868.000 doanh nghiệp và 82.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử. Trong 6 tháng đầu năm 2024, số lượng hóa đơn điện tử tăng 18% so với cùng kỳ năm trước.""",
        "2024-07-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 6800000000.0),
        ],
    ),
]

# 16. Press item on mobile dead zones: national and one province's remaining villages; share of electrified dead zones covered.
#     Traps: "trong đó" electrified sub-count, a district's 31 villages, target to cover all by end-2024.
CASES += [
    (
        """Còn hơn 1.000 thôn, bản chưa có sóng di động băng rộng

Theo Bộ Thông tin và Truyền thông, đến ngày 31/8/2023, cả nước còn 1.059 thôn, bản chưa có sóng di động băng rộng, trong đó 612 thôn đã có điện lưới quốc gia. Cũng đến ngày 31/8/2023, Chương trình "Sóng và máy tính cho em" đã phủ sóng cho 55,6% số thôn lõm sóng có điện lưới.

Riêng tỉnh Hà Giang còn 126 thôn chưa có sóng di động băng rộng, tập trung nhiều nhất ở huyện Mèo Vạc với 31 thôn. Mục tiêu đến hết năm 2024, 100% thôn, bản có điện lưới được phủ sóng di động băng rộng.""",
        "2023-09-06",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-08-31", 1059.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-08-31", 126.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-08-31", 55.6),
        ],
    ),
]

# 17. Statistics-office press summary: digital economy share of GDP 2024, the 2023 share in parentheses (kept), growth (its own id).
#     Traps: "gấp khoảng 3 lần" (derived), "trong đó" core-ICT part of the same measure, ICT revenue in USD, 2025/2030 targets.
CASES += [
    (
        """Kinh tế số năm 2024 ước chiếm 18,3% GDP

Theo Tổng cục Thống kê, năm 2024, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 18,3%, cao hơn năm 2023 (16,5%). Tốc độ tăng trưởng kinh tế số năm 2024 ước khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP; trong đó kinh tế số lõi (ngành công nghiệp ICT và viễn thông) chiếm 12,3% GDP.

Doanh thu công nghiệp công nghệ thông tin năm 2024 ước đạt 152 tỷ USD, xuất khẩu phần cứng, điện tử đạt khoảng 132 tỷ USD. Theo Chiến lược quốc gia, đến năm 2025 kinh tế số phải chiếm 20% GDP và đến năm 2030 đạt 30% GDP.""",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
]

# 18. Interview with a provincial department director (Bình Dương): "hiện nay" share dated by the page, a five-month share.
#     Traps: a city's 85% (district level), DTI rank 5, year-end target 80%.
CASES += [
    (
        """Bình Dương: Chuyển đổi số phải lấy người dân làm trung tâm

PV: Thưa ông, đến nay việc cung cấp dịch vụ công trực tuyến của tỉnh đạt kết quả ra sao?

Giám đốc Sở Thông tin và Truyền thông: Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh Bình Dương đạt 63,4% trên tổng số thủ tục hành chính. Trong 5 tháng đầu năm 2023, tỷ lệ hồ sơ được xử lý trực tuyến đạt 71,8%, trong đó thành phố Thủ Dầu Một đạt 85%. Năm 2022, Bình Dương đứng thứ 5 cả nước về Chỉ số chuyển đổi số cấp tỉnh.

PV: Mục tiêu của tỉnh trong thời gian tới là gì?

Giám đốc Sở: Chúng tôi phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến đạt 80%, đồng thời đưa Trung tâm điều hành đô thị thông minh phục vụ người dân tốt hơn.""",
        "2023-06-20",
        [
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2023-06-20", 63.4),
            ("online_dossier_rate", "Bình Dương", "ytd", "2023-05-31", 71.8),
        ],
    ),
]

# 19. Monthly report with an explicit reporting window (20/3-19/4/2024): flows end on 19/4, NDXP levels at that date.
#     Traps: "tăng 12%", one named ministry's NDXP transactions (Bộ Tài chính), the remaining systems to connect.
CASES += [
    (
        """Báo cáo tình hình chuyển đổi số tháng 4/2024 (trích)

Trong tháng 4/2024 (từ ngày 20/3/2024 đến ngày 19/4/2024), Cổng Dịch vụ công quốc gia có 245.100 tài khoản đăng ký mới. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) có 86,2 triệu giao dịch, tăng 12% so với tháng 3/2024; hàng ngày có trung bình 2,78 triệu giao dịch. Bộ Tài chính là đơn vị có số giao dịch lớn nhất với 9,4 triệu giao dịch.

Tính đến ngày 19/4/2024, NDXP đã kết nối với 104 bộ, cơ quan, địa phương, thiết lập 1.143 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu. Còn 06 hệ thống chưa hoàn thành kết nối do vướng mắc kỹ thuật.""",
        "2024-04-25",
        [
            ("national_portal_accounts_new", "national", "month", "2024-04-19", 245100.0),
            ("ndxp_transactions_period", "national", "month", "2024-04-19", 86200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-04-19", 2780000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-04-19", 104.0),
            ("ndxp_connection_points", "national", "as_of", "2024-04-19", 1143.0),
        ],
    ),
]

# 20. Cyber-security year review 2023: the 2022 count in parentheses (kept), botnet and level-approval at 31/12/2023.
#     Traps: "tăng 9,5%", "giảm 35%", the 2024 goal of 100% approved, phishing-site count.
CASES += [
    (
        """Năm 2023: Hơn 13.000 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin Việt Nam

Theo báo cáo tổng kết của Cục An toàn thông tin, năm 2023 hệ thống kỹ thuật đã ghi nhận 13.373 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 9,5% so với năm 2022 (12.213 cuộc). Tại thời điểm 31/12/2023, số địa chỉ IP thuộc các mạng botnet tại Việt Nam vào khoảng 753.000, giảm 35% so với cuối năm 2022.

Cũng tại thời điểm 31/12/2023, tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 79%. Năm 2024, Cục đặt mục tiêu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn theo cấp độ. Trong năm, Cục cũng đã phát hiện, xử lý hơn 1.500 trang web lừa đảo.""",
        "2024-01-08",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13373.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 753000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 79.0),
        ],
    ),
]

# 21. Portal news: full-process share over ELIGIBLE procedures with ministries/localities split; personal-ID and EMC shares.
#     Traps: one named ministry's 100% (Bộ Công an), the 3 systems not yet connected.
CASES += [
    (
        """Phần lớn thủ tục đủ điều kiện đã được cung cấp trực tuyến toàn trình

Theo Văn phòng Chính phủ, tính đến ngày 31/10/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 88,7% (bộ, ngành: 91,3%; địa phương: 86,2%).

Cũng tính đến ngày 31/10/2024, tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân đạt 82,4%; tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống đánh giá, đo lường chất lượng giải quyết thủ tục hành chính (EMC) đạt 96,8%. Bộ Công an là đơn vị dẫn đầu với 100% hồ sơ gắn số định danh; còn 3 hệ thống chưa kết nối với EMC.""",
        "2024-11-08",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-10-31", 88.7),
            ("full_process_provision_rate", "ministries", "as_of", "2024-10-31", 91.3),
            ("full_process_provision_rate", "localities", "as_of", "2024-10-31", 86.2),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-10-31", 82.4),
            ("emc_connection_rate", "national", "as_of", "2024-10-31", 96.8),
        ],
    ),
]

# 22. Provincial page, Lâm Đồng's first half of 2024.
#     Traps: dossier counts (total and online), 76% digitised (no id), Đà Lạt city's 81%, "+12 điểm phần trăm".
CASES += [
    (
        """Lâm Đồng: 6 tháng đầu năm, hồ sơ trực tuyến tăng mạnh

6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Lâm Đồng đã tiếp nhận 182.450 hồ sơ thủ tục hành chính, trong đó 124.300 hồ sơ nộp trực tuyến. Tỷ lệ hồ sơ được xử lý trực tuyến của tỉnh đạt 68,1%, tăng 12 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ được trả kết quả điện tử đạt 89,4%; tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 76%.

Thành phố Đà Lạt là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 81%.""",
        "2024-07-22",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 68.1),
            ("e_result_rate", "Lâm Đồng", "half", "2024-06-30", 89.4),
        ],
    ),
]

# 23. Press summary of the National Portal's year 2023: year flows on the _new twins, account level at year end.
#     Traps: "tăng 34%", social-cost saving in tỷ đồng, count of services on the portal.
CASES += [
    (
        """Cổng Dịch vụ công quốc gia: Một năm nhìn lại

Năm 2023, Cổng Dịch vụ công quốc gia có thêm 2,9 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên 9,6 triệu. Trong năm, Cổng tiếp nhận 10,8 triệu hồ sơ trực tuyến, tăng 34% so với năm 2022; thực hiện 6,2 triệu giao dịch thanh toán trực tuyến với số tiền 5.100 tỷ đồng.

Hiện Cổng đã tích hợp, cung cấp 4.412 dịch vụ công trực tuyến. Theo ước tính của Văn phòng Chính phủ, việc cung cấp dịch vụ công qua Cổng giúp tiết kiệm chi phí xã hội hơn 6.700 tỷ đồng mỗi năm.""",
        "2024-01-20",
        [
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 2900000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 9600000.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 10800000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 6200000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 5100.0),
        ],
    ),
]

# 24. Undated press item (no sidecar) on the UN E-Government Survey 2022; the text itself dates the edition.
#     Traps: EGDI and OSI scores, Thailand's and Malaysia's ranks, "giữ nguyên" (no 2020 rank stated).
CASES += [
    (
        """Chính phủ điện tử Việt Nam trong Báo cáo của Liên Hợp Quốc năm 2022

Ngày 28/9/2022, Liên Hợp Quốc công bố Báo cáo Khảo sát Chính phủ điện tử năm 2022. Theo đó, Việt Nam xếp thứ 86/193 quốc gia, giữ nguyên thứ hạng so với kỳ khảo sát trước; chỉ số EGDI của Việt Nam đạt 0,6787 điểm, chỉ số thành phần Dịch vụ trực tuyến (OSI) đạt 0,6521 điểm.

Trong khu vực, Malaysia xếp thứ 53, Thái Lan xếp thứ 55. Các chuyên gia đánh giá chỉ số nguồn nhân lực và hạ tầng viễn thông của Việt Nam cải thiện rõ rệt, song dịch vụ trực tuyến vẫn là điểm nghẽn cần tập trung tháo gỡ.""",
        None,
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
]

# 25. Report appendix table: results column dated by its header (quý III/2023) beside a target column.
#     Traps: the whole "Mục tiêu năm 2023" column.
CASES += [
    (
        """Phụ lục
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU VỀ DỊCH VỤ CÔNG TRỰC TUYẾN QUÝ III/2023
(Kèm theo Báo cáo số 4127/BC-BTTTT ngày 05/10/2023)

| STT | Chỉ tiêu | Kết quả quý III/2023 | Mục tiêu năm 2023 |
|---|---|---|---|
| 1 | Tỷ lệ hồ sơ được xử lý trực tuyến | 43,6% | 50% |
| 2 | Tỷ lệ hồ sơ trực tuyến toàn trình | 23,4% | 30% |
| 3 | Tỷ lệ kết quả giải quyết thủ tục hành chính được trả điện tử | 65,2% | 80% |
| 4 | Tỷ lệ hồ sơ tái sử dụng dữ liệu đã được số hóa | 12,8% | 20% |
| 5 | Tỷ lệ hài lòng của người dân, doanh nghiệp | 84,5% | 90% |""",
        "2023-10-09",
        [
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 43.6),
            ("online_dossier_full_process_rate", "national", "quarter", "2023-09-30", 23.4),
            ("e_result_rate", "national", "quarter", "2023-09-30", 65.2),
            ("data_reuse_rate", "national", "quarter", "2023-09-30", 12.8),
            ("satisfaction_rate", "national", "quarter", "2023-09-30", 84.5),
        ],
    ),
]

# 26. Press item after the 2G switch-off: smartphone share of subscriptions, its count, mobile broadband density (end of January 2025).
#     Traps: share of ADULTS owning a smartphone (people, no id), remaining 2G-handset users, VNPT's 1,2 triệu conversions.
CASES += [
    (
        """Gần 9/10 thuê bao di động đã dùng điện thoại thông minh

Theo Cục Viễn thông, tính đến hết tháng 1/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,3%, tương đương 105,4 triệu thuê bao; mật độ thuê bao băng rộng di động đạt 91,2 thuê bao/100 dân.

Sau khi dừng công nghệ 2G từ ngày 16/10/2024, hiện vẫn còn khoảng 1,3 triệu thuê bao sử dụng máy chỉ hỗ trợ 2G đang được các nhà mạng hỗ trợ chuyển đổi; riêng VNPT đã hỗ trợ chuyển đổi cho 1,2 triệu thuê bao. Một khảo sát của doanh nghiệp nghiên cứu thị trường cho thấy 84% người trưởng thành tại Việt Nam sở hữu điện thoại thông minh.""",
        "2025-03-02",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-01-31", 89.3),
            ("smartphone_subscriptions", "national", "as_of", "2025-01-31", 105400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-01-31", 91.2),
        ],
    ),
]

# 27. District portal page (Quế Võ, Bắc Ninh): the province's average in parentheses is the only value.
#     Traps: the district's 94,2%, a commune's 100%, district rank 2/8, the district's 2024 target 95%.
CASES += [
    (
        """Huyện Quế Võ đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử

9 tháng năm 2024, Bộ phận Một cửa huyện Quế Võ tiếp nhận 21.380 hồ sơ; tỷ lệ hồ sơ được xử lý trực tuyến của huyện đạt 94,2%, cao hơn mức bình quân chung của toàn tỉnh Bắc Ninh (86,5%). Nhiều xã như Phượng Mao, Yên Giả đạt 100% hồ sơ tiếp nhận trực tuyến.

Với kết quả này, Quế Võ đứng thứ 2/8 đơn vị cấp huyện của tỉnh về cải cách hành chính. Huyện phấn đấu cả năm 2024 tỷ lệ hồ sơ trực tuyến đạt 95%.""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2024-09-30", 86.5),
        ],
    ),
]

# 28. Ookla index of May 2025 after 5G; the April 2025 mobile speed in parentheses is kept with its own month.
#     Traps: upload speed, world rank 18 and "top 20", Viettel's 5G speed.
CASES += [
    (
        """Tốc độ Internet di động của Việt Nam lần đầu lọt top 20 thế giới

Theo Speedtest Global Index tháng 5/2025 của Ookla, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 146,6 Mbps, tăng mạnh so với tháng 4/2025 (130,2 Mbps), xếp thứ 18 thế giới; tốc độ tải lên đạt 31,7 Mbps. Với băng rộng cố định, tốc độ tải xuống trung vị đạt 236,1 Mbps.

Các chuyên gia cho rằng sự bứt phá đến từ việc các nhà mạng mở rộng vùng phủ 5G. Đo kiểm của Viettel cho thấy tốc độ trung bình mạng 5G của nhà mạng này đạt khoảng 523 Mbps.""",
        "2025-06-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 130.2),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 236.1),
        ],
    ),
]

# 29. Provincial news, Đồng Tháp 2022: an eleven-month share and a "hiện" provision level dated by the page.
#     Traps: counts of services (1.217, 612), a district's 70%, 2023 target 60%.
CASES += [
    (
        """Đồng Tháp nâng cao chất lượng dịch vụ công trực tuyến

11 tháng năm 2022, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Đồng Tháp đạt 52,7%. Tỉnh đã cung cấp 1.217 dịch vụ công trực tuyến, trong đó có 612 dịch vụ công trực tuyến toàn trình; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh hiện đạt 40,8%. Huyện Cao Lãnh là địa phương dẫn đầu với 70% hồ sơ trực tuyến.

Năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 60%.""",
        "2022-12-26",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2022-11-30", 52.7),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2022-12-26", 40.8),
        ],
    ),
]

# 30. Press item on the dead-zone programme, October 2024: national remaining villages, coverage share, one province.
#     Traps: "trong đó" villages without grid power, 350 new BTS, target by end of Q1/2025.
CASES += [
    (
        """Xóa "vùng lõm" sóng: Còn 437 thôn, bản chưa có sóng di động

Theo Cục Viễn thông, đến ngày 31/10/2024, cả nước còn 437 thôn, bản chưa có sóng di động băng rộng, trong đó 215 thôn chưa có điện lưới; tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,6%. Riêng tỉnh Điện Biên còn 58 thôn chưa có sóng.

Trong 10 tháng qua, các doanh nghiệp viễn thông đã lắp đặt mới 350 trạm BTS tại các khu vực này. Bộ Thông tin và Truyền thông yêu cầu đến hết quý I/2025 phủ sóng 100% thôn, bản có điện lưới.""",
        "2024-11-05",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 437.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-10-31", 99.6),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-10-31", 58.0),
        ],
    ),
]

# 31. Whole article with page furniture (breadcrumb, date line, view counter, related links) on the Q1/2025 press conference.
#     Traps: view counter 1.245, digital-industry revenue in tỷ đồng and its growth, Viettel's 6.500 stations in a related link.
CASES += [
    (
        """Trang chủ > Khoa học - Công nghệ > Chuyển đổi số
Thứ Ba, 08/04/2025 15:30

Bộ Khoa học và Công nghệ họp báo thường kỳ quý I/2025

(ICTnews) - Chiều 8/4, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ thông tin về kết quả thực hiện nhiệm vụ quý I/2025.

Theo báo cáo, quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 312 triệu giao dịch, trung bình 3,47 triệu giao dịch/ngày. Lũy kế từ năm 2019 đến hết quý I/2025, tổng số giao dịch qua NDXP đạt 3,32 tỷ giao dịch.

Về hạ tầng, tính đến hết quý I/2025, cả nước có khoảng 9.300 trạm BTS 5G đang hoạt động. Doanh thu công nghiệp công nghệ số quý I ước đạt 1,18 triệu tỷ đồng, tăng 24% so với cùng kỳ.

Hà Linh
Lượt xem: 1.245 | Chia sẻ | In bài

Bài viết liên quan:
- Viettel vượt mốc 6.500 trạm 5G
- Hoàn thiện hành lang pháp lý cho công nghiệp bán dẫn""",
        "2025-04-08",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 312000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3470000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 3320000000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 9300.0),
        ],
    ),
]

# 32. Portal news with "đến nay / hiện" levels dated by the page: fee-reduction provinces, simplified procedures, adult usage.
#     Traps: the 15 provinces remaining, the 294 procedures not yet simplified, the 100% target of the resolution.
CASES += [
    (
        """Đẩy mạnh miễn, giảm phí khi thực hiện dịch vụ công trực tuyến

Theo Văn phòng Chính phủ, đến nay 48/63 tỉnh, thành phố trực thuộc Trung ương đã có Nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến; 15 địa phương còn lại đang hoàn thiện hồ sơ trình Hội đồng nhân dân.

Về cắt giảm, đơn giản hóa thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ, đến nay đã thực hiện 790/1.084 thủ tục, còn 294 thủ tục chưa được thực thi. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến hiện đạt 41,7%, trong khi Nghị quyết đặt mục tiêu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2024-06-05",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-05", 48.0),
            ("procedures_simplified", "national", "as_of", "2024-06-05", 790.0),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-06-05", 41.7),
        ],
    ),
]

# 33. Press item on Internet use at the end of 2024: administrative Internet-user share, fixed subscriptions and density.
#     Traps: DataReportal's user count and share (a report's figure), social-media accounts.
CASES += [
    (
        """Gần 8/10 người Việt sử dụng Internet

Theo số liệu của Bộ Thông tin và Truyền thông, đến hết năm 2024, tỷ lệ người dân sử dụng Internet đạt 79,1%; số thuê bao băng rộng cố định đạt 24,5 triệu, tương đương 24,3 thuê bao/100 dân.

Trong khi đó, báo cáo Digital 2025 của We Are Social và Meltwater (DataReportal) cho biết Việt Nam có 79,8 triệu người dùng Internet, tương đương 78,8% dân số, cùng 76,2 triệu danh tính người dùng mạng xã hội.""",
        "2025-02-20",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24500000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.3),
        ],
    ),
]

# 34. Press summary of the Government's Q1/2023 report: full-process dossier share split ministries/localities, services with dossiers.
#     Traps: "+5,1 điểm phần trăm", one named ministry (Bộ Tài chính 92%), 2023 target 50%.
CASES += [
    (
        """Quý I/2023: Tỷ lệ hồ sơ trực tuyến toàn trình ở địa phương còn thấp

Theo báo cáo của Chính phủ về tình hình cải cách thủ tục hành chính quý I/2023, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 35,2%, của các địa phương mới đạt 18,6%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 42,3%, tăng 5,1 điểm phần trăm so với quý IV/2022.

Bộ Tài chính tiếp tục dẫn đầu với 92% hồ sơ được xử lý trực tuyến. Chính phủ yêu cầu các địa phương phấn đấu cả năm 2023 đạt tỷ lệ hồ sơ trực tuyến toàn trình 50%.""",
        "2023-04-18",
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2023-03-31", 35.2),
            ("online_dossier_full_process_rate", "localities", "quarter", "2023-03-31", 18.6),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2023-03-31", 42.3),
        ],
    ),
]

# 35. Provincial page, Bắc Giang: infrastructure shares at 30/6/2024 and a half-year GRDP share.
#     Traps: "+2,1 điểm phần trăm", the provincial city's 95% (district level), 2025 target 30%.
CASES += [
    (
        """Bắc Giang: Hạ tầng số làm nền tảng cho kinh tế số bứt phá

Tính đến ngày 30/6/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh Bắc Giang đạt 85,4%, trong đó thành phố Bắc Giang đạt 95%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,2%.

6 tháng đầu năm 2024, kinh tế số ước chiếm 25,3% GRDP của tỉnh, tăng 2,1 điểm phần trăm so với cùng kỳ, chủ yếu nhờ đóng góp của các doanh nghiệp sản xuất sản phẩm điện tử. Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 30% GRDP.""",
        "2024-08-05",
        [
            ("ftth_household_rate", "Bắc Giang", "as_of", "2024-06-30", 85.4),
            ("smartphone_subscriber_rate", "Bắc Giang", "as_of", "2024-06-30", 87.2),
            ("digital_economy_gdp_share", "Bắc Giang", "half", "2024-06-30", 25.3),
        ],
    ),
]

# 36. Interview (2025) with "hiện nay" national levels dated by the page; foreign comparisons.
#     Traps: Estonia's 99%, Korea's EGDI rank 4, 2030 targets (100%, 70%).
CASES += [
    (
        """"Người dân phải thấy dịch vụ công trực tuyến thuận tiện hơn đến trực tiếp"

PV: Thưa ông, bức tranh dịch vụ công trực tuyến hiện nay ra sao?

Ông Nguyễn Văn Hùng (Cục Kiểm soát thủ tục hành chính): Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 94,2%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 52,4%. Con số này vẫn còn khoảng cách xa so với Estonia, nơi 99% dịch vụ công đã được cung cấp trực tuyến, hay Hàn Quốc, quốc gia đứng thứ 4 thế giới về Chính phủ điện tử.

PV: Mục tiêu đặt ra cho giai đoạn tới là gì?

Ông Nguyễn Văn Hùng: Đến năm 2030, 100% dịch vụ công đủ điều kiện được cung cấp toàn trình, cá nhân hóa, và tối thiểu 70% người trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2025-09-10",
        [
            ("full_process_provision_rate", "national", "as_of", "2025-09-10", 94.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-09-10", 52.4),
        ],
    ),
]

# 37. Provincial plan for 2026 (Nghệ An): almost everything is a target; one 2025 baseline is a value.
#     Traps: every 2026 and 2030 target (80%, 100%, 20%, 95%), number of tasks.
CASES += [
    (
        """UBND tỉnh Nghệ An ban hành Kế hoạch chuyển đổi số năm 2026

UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2026 với 38 nhiệm vụ cụ thể. Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 58,4%, thấp hơn mức trung bình của khu vực Bắc Trung Bộ.

Theo kế hoạch, năm 2026 tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%; 100% hộ gia đình có khả năng tiếp cận Internet cáp quang; kinh tế số chiếm 20% GRDP; mức độ hài lòng của người dân, doanh nghiệp đạt trên 95%. Đến năm 2030, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2026-01-12",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "year", "2025-12-31", 58.4),
        ],
    ),
]

# 38. Press summary of telecom at the end of 2022: mobile and fixed subscriptions and densities, FTTH share.
#     Traps: Viettel's 54% market share, Thailand's fixed density.
CASES += [
    (
        """Năm 2022: Thuê bao băng rộng tiếp tục tăng

Tính đến hết năm 2022, số thuê bao băng rộng di động đạt 82,1 triệu, tương đương 82,8 thuê bao/100 dân; số thuê bao băng rộng cố định đạt 21,1 triệu, tương đương 21,2 thuê bao/100 dân. Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 74,2%.

Viettel tiếp tục dẫn đầu thị trường với khoảng 54% thị phần thuê bao di động. Trong khu vực, mật độ băng rộng cố định của Thái Lan vào khoảng 17 thuê bao/100 dân.""",
        "2023-02-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 82.8),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.2),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 74.2),
        ],
    ),
]

# 39. Police-ministry press item on identity cards and VNeID at an explicit date.
#     Traps: "trong đó" cards for children under 14, savings in tỷ đồng, 2025 target of 100%.
CASES += [
    (
        """Hơn 88 triệu thẻ căn cước gắn chip đã được cấp

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an), tính đến ngày 25/12/2024, cả nước đã cấp 88,2 triệu thẻ Căn cước công dân gắn chip và thẻ Căn cước, trong đó 1,3 triệu thẻ Căn cước cấp cho trẻ em dưới 14 tuổi; đã kích hoạt 58,7 triệu tài khoản định danh điện tử.

Việc sử dụng thẻ căn cước và tài khoản định danh điện tử thay cho giấy tờ giúp tiết kiệm cho xã hội hơn 3.000 tỷ đồng mỗi năm. Năm 2025, Bộ Công an phấn đấu 100% công dân đủ điều kiện được cấp thẻ Căn cước.""",
        "2024-12-30",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-25", 88200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-25", 58700000.0),
        ],
    ),
]

# 40. Monthly press summary of July 2025: month and year-to-date attacks, 5G levels at month end.
#     Traps: VNPT's 4.700 stations, year-end target of 20.000 stations, "giảm 15%".
CASES += [
    (
        """Tháng 7/2025: Tấn công mạng giảm, 5G phủ sóng gần 30% dân số

Theo báo cáo của Bộ Khoa học và Công nghệ, trong tháng 7/2025, hệ thống giám sát ghi nhận 1.136 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 15% so với tháng 6; lũy kế 7 tháng đầu năm 2025 là 7.948 cuộc.

Đến cuối tháng 7/2025, mạng 5G đã phủ sóng 29,5% dân số với khoảng 14.800 trạm BTS 5G, trong đó VNPT có khoảng 4.700 trạm. Các doanh nghiệp đặt mục tiêu đến cuối năm 2025 nâng tổng số trạm 5G lên 20.000 trạm.""",
        "2025-08-12",
        [
            ("cyberattacks", "national", "month", "2025-07-31", 1136.0),
            ("cyberattacks", "national", "ytd", "2025-07-31", 7948.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 29.5),
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 14800.0),
        ],
    ),
]

# 41. Press summary on Đề án 06 at the end of 2024: essential services (76 list) and personal-ID dossier share.
#     Traps: the 2 services remaining, a province's own 22/25 list (another measure), count of models replicated.
CASES += [
    (
        """Đề án 06: Hoàn thành cung cấp gần hết dịch vụ công thiết yếu

Theo Tổ công tác triển khai Đề án 06 của Chính phủ, đến hết năm 2024 đã hoàn thành cung cấp trực tuyến toàn trình 74/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia; 2 dịch vụ còn lại dự kiến hoàn thành trong quý I/2025. Cũng đến hết năm 2024, tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân đạt 91,5%.

Ở địa phương, tỉnh Quảng Nam đã cung cấp 22/25 dịch vụ công thiết yếu thuộc danh mục của tỉnh và nhân rộng 30 mô hình điểm của Đề án.""",
        "2025-01-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 74.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-12-31", 91.5),
        ],
    ),
]

# 42. Portal table of January 2025 with ministries and localities columns; the header row dates the values.
#     Traps: the count row (dossiers received, no id).
CASES += [
    (
        """Kết quả giải quyết thủ tục hành chính trên môi trường điện tử tháng 01/2025

| Chỉ số (tháng 01/2025) | Bộ, ngành | Địa phương |
|---|---|---|
| Số hồ sơ tiếp nhận | 1.254.300 | 6.873.900 |
| Tỷ lệ hồ sơ xử lý trực tuyến | 61,4% | 47,9% |
| Tỷ lệ kết quả giải quyết trả điện tử | 88,3% | 80,6% |

Nguồn: Hệ thống thông tin giải quyết thủ tục hành chính, Văn phòng Chính phủ.""",
        "2025-02-14",
        [
            ("online_dossier_rate", "ministries", "month", "2025-01-31", 61.4),
            ("online_dossier_rate", "localities", "month", "2025-01-31", 47.9),
            ("e_result_rate", "ministries", "month", "2025-01-31", 88.3),
            ("e_result_rate", "localities", "month", "2025-01-31", 80.6),
        ],
    ),
]

# 43. Provincial news, Cần Thơ's 2024 review.
#     Traps: Ninh Kiều district's 99%, PAR INDEX "tăng 3 bậc", SIPAS rank 5, 2025 target 98%.
CASES += [
    (
        """Cần Thơ: Sự hài lòng của người dân là thước đo cải cách hành chính

Năm 2024, tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính của thành phố Cần Thơ đạt 97,8%; tỷ lệ hồ sơ tái sử dụng dữ liệu đã được số hóa đạt 35,6%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 92,1%. Quận Ninh Kiều dẫn đầu với 99% hồ sơ được trả kết quả điện tử.

Chỉ số cải cách hành chính (PAR INDEX) của thành phố tăng 3 bậc, trong khi Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) xếp thứ 5 cả nước. Năm 2025, thành phố phấn đấu mức độ hài lòng đạt trên 98%.""",
        "2025-01-09",
        [
            ("satisfaction_rate", "Cần Thơ", "year", "2024-12-31", 97.8),
            ("data_reuse_rate", "Cần Thơ", "year", "2024-12-31", 35.6),
            ("e_result_rate", "Cần Thơ", "year", "2024-12-31", 92.1),
        ],
    ),
]

# 44. Undated opinion piece (no sidecar): "hiện nay" levels cannot be dated; only the year-stated share is a value.
#     Traps: undatable "hiện nay" subscriptions and FTTH share, Google-Temasek-Bain's USD size and 19% growth (a report's figure).
CASES += [
    (
        """Hạ tầng số - nền móng của kinh tế số

Hiện nay, cả nước có hơn 80 triệu thuê bao băng rộng di động và khoảng 80% hộ gia đình đã sử dụng Internet cáp quang. Năm 2023, kinh tế số chiếm khoảng 16,5% GDP của Việt Nam.

Theo báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company, quy mô nền kinh tế số Việt Nam đạt khoảng 30 tỷ USD, tăng trưởng 19%, thuộc nhóm nhanh nhất Đông Nam Á. Tuy vậy, để kinh tế số thực sự trở thành động lực tăng trưởng, hạ tầng số cần được đầu tư đồng bộ, đi trước một bước.""",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
]
