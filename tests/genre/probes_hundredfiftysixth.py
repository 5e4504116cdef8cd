"""Genre probes, round 156: long mixed year-end reviews and conference write-ups (2022-2026) where only some of many numbers are KPI values, written blind and held out.

Held out to the end of stop 50 and not fitted: read with the stop's start code a6b17cb (227 of 231
right, 227 of 239 found (0.98 / 0.95)) and with its final code (227 of 231 right, 227 of 239 found
(0.98 / 0.95)).
"""

CASES = []

CASES += [
    # 1. MIC-portal write-up of the ministry's 2023 year-end conference (page 05/01/2024): FTTH, smartphone share, Ookla fixed speed of 12/2023, villages left, DE share, attacks, level approvals, Mobile Money, all of the year 2023.
    #    Traps: sector revenue and its growth, budget, profit, enterprise count, upload speed and world rank, "trong đó" unelectrified villages, 2021-2023 average growth, law/decree counts, 2024 targets, the rural share of Mobile Money.
    (
        """Tổng kết năm 2023: Ngành Thông tin và Truyền thông về đích nhiều chỉ tiêu quan trọng

05/01/2024 16:42 | Chính sách - Đời sống

(MIC) - Sáng 5/1, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 theo hình thức trực tiếp kết hợp trực tuyến tới 63 Sở Thông tin và Truyền thông. Bộ trưởng Nguyễn Mạnh Hùng chủ trì hội nghị.

Doanh thu toàn ngành ước đạt 3,67 triệu tỷ đồng

Theo báo cáo tại hội nghị, năm 2023, tổng doanh thu của ngành ước đạt 3,67 triệu tỷ đồng, tăng 2,68% so với năm 2022; nộp ngân sách nhà nước khoảng 92.000 tỷ đồng; lợi nhuận toàn ngành đạt 257.000 tỷ đồng. Cả nước có khoảng 74.000 doanh nghiệp công nghệ số đang hoạt động.

Hạ tầng số tiếp tục được nâng cấp

- Tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đạt 79%, tăng 4 điểm phần trăm so với năm 2022.
- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84%.
- Theo Ookla, tốc độ tải xuống trung bình của băng rộng cố định tháng 12/2023 đạt 97,63 Mbps, tốc độ tải lên đạt 96,84 Mbps; Việt Nam xếp thứ 41/180 quốc gia.
- Đến hết năm, cả nước còn 1.031 thôn, bản chưa có sóng di động băng rộng, trong đó 417 thôn chưa có điện lưới.

Kinh tế số và an toàn thông tin

Tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%. Bộ đánh giá tốc độ tăng trưởng kinh tế số giai đoạn 2021 - 2023 bình quân khoảng 20%/năm, gấp 3 lần tốc độ tăng trưởng GDP.

Trong năm 2023, hệ thống kỹ thuật của Bộ đã ghi nhận, cảnh báo và hỗ trợ xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Tỷ lệ hệ thống thông tin của cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 62%. Số khách hàng sử dụng dịch vụ Mobile Money đạt 6,3 triệu, trong đó hơn 70% ở khu vực nông thôn, miền núi, biên giới, hải đảo.

Về xây dựng thể chế, trong năm Bộ đã trình Quốc hội thông qua 2 luật, trình Chính phủ ban hành 9 nghị định và ban hành theo thẩm quyền 17 thông tư.

Năm 2024, Bộ đặt mục tiêu doanh thu toàn ngành tăng 8%, tỷ trọng kinh tế số đạt 20% GDP, 100% thôn, bản có sóng di động băng rộng và tỷ lệ hộ gia đình có cáp quang đạt 85%.

Hải Minh""",
        "2024-01-05",
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 97.63),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 1031.0),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 62.0),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6300000.0),
        ],
    ),
    # 2. Đà Nẵng city paper on its 2023 digital-transformation review (explicit 31/12/2023 levels, 2023 dossier rates, GRDP share): breakdown Đà Nẵng.
    #    Traps: DTI rank, count of full-process services, Hải Châu district's rate, people's smartphone share, training classes, money spent, 2024 targets, growth in points.
    (
        """ĐÀ NẴNG: CHUYỂN ĐỔI SỐ NĂM 2023 - NHIỀU CHỈ SỐ TIẾP TỤC DẪN ĐẦU

Cập nhật: 12/01/2024 09:15 | Lượt xem: 1.286

Chiều 11/1, Sở Thông tin và Truyền thông thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023 và triển khai kế hoạch năm 2024, với sự tham dự của lãnh đạo UBND thành phố, các sở, ban, ngành, 8 quận, huyện và 56 phường, xã.

Năm thứ hai liên tiếp dẫn đầu DTI

Theo báo cáo, Đà Nẵng tiếp tục xếp thứ nhất cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022, đồng thời đứng đầu Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT năm thứ 13 liên tiếp.

Tính đến ngày 31/12/2023, thành phố cung cấp 1.184 dịch vụ công trực tuyến toàn trình, chiếm 63,5% tổng số thủ tục hành chính. Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 89,6%, tăng 6,1 điểm phần trăm so với năm 2022. Tỷ lệ hồ sơ xử lý trực tuyến toàn trình trên tổng số hồ sơ đạt 61,2%. Có 98,5% hồ sơ được trả kết quả giải quyết dưới dạng điện tử; tỷ lệ hồ sơ tái sử dụng dữ liệu đã được số hóa đạt 64,2%. Riêng quận Hải Châu, tỷ lệ hồ sơ trực tuyến đạt 97,8%, cao nhất thành phố.

Kinh tế số, xã hội số

Tỷ trọng kinh tế số trong GRDP của thành phố năm 2023 ước đạt 19,2%. Đến cuối năm, tỷ lệ hộ gia đình có kết nối Internet cáp quang của Đà Nẵng đạt 91,4%; 93% người dân trưởng thành có điện thoại thông minh.

Trong năm, Sở đã phối hợp tổ chức 46 lớp tập huấn kỹ năng số cho hơn 2.300 lượt cán bộ, công chức và thành viên tổ công nghệ số cộng đồng. Tổng kinh phí đầu tư cho chuyển đổi số từ ngân sách thành phố năm 2023 là 186 tỷ đồng.

Năm 2024, Đà Nẵng phấn đấu tỷ trọng kinh tế số đạt 20% GRDP, 80% hồ sơ được xử lý trực tuyến toàn trình và duy trì vị trí dẫn đầu về DTI.

Ngọc Hà""",
        "2024-01-12",
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2023-12-31", 63.5),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 89.6),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 61.2),
            ("e_result_rate", "Đà Nẵng", "year", "2023-12-31", 98.5),
            ("data_reuse_rate", "Đà Nẵng", "year", "2023-12-31", 64.2),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.2),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 91.4),
        ],
    ),
    # 3. Government Office notice on the H1/2024 review meeting, numbered sections: ministries vs localities dossier and e-result rates, national full-process dossier share, NDXP half-year flow, daily average and cumulative to 30/6, essential services and EMC share at 30/6.
    #    Traps: counts of documents and tasks, digitisation share (no id), the 43 remaining services, 07 ministries not connected, year-end targets.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 318/TB-VPCP
Hà Nội, ngày 22 tháng 7 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp đánh giá tình hình thực hiện nhiệm vụ chuyển đổi số, Đề án 06 sáu tháng đầu năm 2024

Ngày 15 tháng 7 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp đánh giá tình hình thực hiện nhiệm vụ chuyển đổi số quốc gia và Đề án 06 sáu tháng đầu năm 2024. Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Thủ tướng kết luận như sau:

I. ĐÁNH GIÁ CHUNG

1. Trong 6 tháng đầu năm 2024, các bộ, ngành, địa phương đã ban hành 214 văn bản chỉ đạo, hướng dẫn về chuyển đổi số; hoàn thành 38/67 nhiệm vụ được giao trong Kế hoạch năm 2024.

2. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của các bộ, ngành đạt 63,4%, của các địa phương đạt 41,8%; tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 32,6%. Tỷ lệ trả kết quả giải quyết thủ tục hành chính điện tử của các bộ, ngành đạt 88,1%, các địa phương đạt 76,3%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 67%.

3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong 6 tháng đầu năm có 431,2 triệu giao dịch, trung bình 2,37 triệu giao dịch mỗi ngày; lũy kế từ khi khai trương đến ngày 30/6/2024 đạt 2,38 tỷ giao dịch.

4. Đến ngày 30/6/2024, đã cung cấp 33/76 dịch vụ công thiết yếu theo Đề án 06 trực tuyến toàn trình; tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 78,6%.

II. TỒN TẠI, HẠN CHẾ

Còn 43 dịch vụ công thiết yếu chưa được cung cấp toàn trình; 07 bộ, cơ quan chưa kết nối đầy đủ với Hệ thống EMC; chất lượng dữ liệu tại một số cơ sở dữ liệu chuyên ngành chưa bảo đảm "đúng, đủ, sạch, sống".

III. NHIỆM VỤ THỜI GIAN TỚI

Các bộ, ngành, địa phương phấn đấu đến hết năm 2024 đạt tỷ lệ hồ sơ trực tuyến toàn trình 50%, hoàn thành cung cấp 76 dịch vụ công thiết yếu; 100% hệ thống giải quyết thủ tục hành chính kết nối EMC trước ngày 30/9/2024.

Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.""",
        "2024-07-22",
        [
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 63.4),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 41.8),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 32.6),
            ("e_result_rate", "ministries", "half", "2024-06-30", 88.1),
            ("e_result_rate", "localities", "half", "2024-06-30", 76.3),
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 431200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2370000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2380000000.0),
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 33.0),
            ("emc_connection_rate", "national", "as_of", "2024-06-30", 78.6),
        ],
    ),
    # 4. Tech-news article on Ookla's December 2024 index: national mobile and fixed download speeds of 12/2024, and November's mobile figure kept in parentheses.
    #    Traps: upload speeds, world and ASEAN ranks, rank gains, Singapore and UAE speeds, one operator's 5G peak, growth percent, the vendor's 2025 forecast.
    (
        """Tốc độ mạng di động Việt Nam tăng vọt sau khi thương mại hóa 5G

Thứ hai, 20/1/2025, 10:05 (GMT+7)

Theo Speedtest Global Index tháng 12/2024 vừa được Ookla công bố, tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 76,11 Mbps, tăng so với tháng 11/2024 (70,4 Mbps). Tốc độ tải lên của mạng di động đạt 22,5 Mbps.

Với kết quả này, Việt Nam xếp thứ 42 thế giới về tốc độ mạng di động, tăng 8 bậc so với tháng trước và tăng tới 14 bậc so với cùng kỳ năm 2023. Tốc độ trung bình mạng di động đã tăng 55% chỉ trong một năm, chủ yếu nhờ các nhà mạng đẩy mạnh phủ sóng 5G từ cuối tháng 10/2024.

Ở băng rộng cố định, tốc độ tải xuống trung bình tháng 12/2024 đạt 152,84 Mbps; tốc độ tải lên đạt 150,1 Mbps. Việt Nam đứng thứ 35/153 quốc gia, vùng lãnh thổ được xếp hạng và thứ 3 trong khu vực ASEAN, sau Singapore và Thái Lan.

Trên thế giới, Singapore tiếp tục dẫn đầu về băng rộng cố định với 345,3 Mbps, trong khi UAE đứng đầu bảng xếp hạng di động với tốc độ 442,02 Mbps.

Trong các phép đo thực tế tại Hà Nội, mạng 5G của Viettel đạt tốc độ đỉnh hơn 1,2 Gbps, gấp khoảng 10 lần 4G.

Ookla dự báo, nếu duy trì tốc độ triển khai trạm 5G như hiện nay, tốc độ di động của Việt Nam có thể vượt mốc 100 Mbps trong năm 2025.

Minh Sơn""",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 76.11),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 70.4),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 152.84),
        ],
    ),
    # 5. Cybersecurity agency's 2024 review as a bulleted press release: attacks in 2024 and in 12/2024, botnet IPs at end-2024, level-approval shares split ministries/localities.
    #    Traps: change percents, phishing sites, money lost, one bank's incident, world figure, drill and training counts, 2025 targets.
    (
        """AN TOÀN THÔNG TIN NĂM 2024: SỐ CUỘC TẤN CÔNG MẠNG GÂY SỰ CỐ GIẢM MẠNH

15/01/2025

Cục An toàn thông tin (Bộ Thông tin và Truyền thông) vừa công bố báo cáo tổng kết tình hình an toàn thông tin mạng năm 2024. Một số số liệu chính:

• Năm 2024, Hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 659 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 46,1% so với năm 2023. Riêng tháng 12/2024 có 38 cuộc tấn công.
• Đến hết tháng 12/2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet còn khoảng 486.000 địa chỉ, giảm 21,7% so với cùng kỳ.
• Cục đã phát hiện, ngăn chặn hơn 8.700 trang web lừa đảo, giả mạo; thiệt hại do lừa đảo trực tuyến trong năm ước khoảng 18.900 tỷ đồng.
• Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ tính đến ngày 31/12/2024: khối bộ, ngành đạt 91,2%, khối địa phương đạt 80,5%.

Theo Cục, vụ tấn công mã độc tống tiền nhằm vào hệ thống của một ngân hàng thương mại hồi tháng 4 khiến dịch vụ gián đoạn gần 4 ngày, là sự cố nghiêm trọng nhất trong năm. Trên thế giới, thiệt hại do tội phạm mạng năm 2024 được ước tính lên tới 9.500 tỷ USD.

Trong năm, Cục đã chủ trì tổ chức 3 cuộc diễn tập thực chiến quy mô quốc gia với hơn 1.200 chuyên gia tham gia, đào tạo, bồi dưỡng cho 5.600 lượt cán bộ chuyên trách.

Năm 2025, Cục đặt mục tiêu 100% hệ thống thông tin được phê duyệt cấp độ, số IP botnet giảm thêm 20%.""",
        "2025-01-15",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 659.0),
            ("cyberattacks", "national", "month", "2024-12-31", 38.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 486000.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-12-31", 91.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-12-31", 80.5),
        ],
    ),
    # 6. Police-newspaper write-up of the Đề án 06 year-end conference (explicit 31/12/2024): chip cards, VNeID, essential services, ID-tied dossiers; Hà Nội's own VNeID count (breakdown Hà Nội).
    #    Traps: authentication requests, savings in money, Ba Đình district's figures, the 16 remaining services, opinions received, 2025 targets, percent growth of VNeID.
    (
        """Tổng kết Đề án 06 năm 2024: Dữ liệu dân cư tạo nền tảng cho Chính phủ số

17/01/2025 - 07:30

CAND - Chiều 16/1, tại Hà Nội, Ban Chỉ đạo của Chính phủ triển khai Đề án 06 tổ chức hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025, kết nối trực tuyến tới 63 tỉnh, thành phố và hơn 11.000 điểm cầu cấp xã.

Những con số ấn tượng

Báo cáo tại hội nghị cho biết, tính đến ngày 31/12/2024, lực lượng Công an đã cấp hơn 88,2 triệu thẻ căn cước, căn cước công dân gắn chíp điện tử; kích hoạt hơn 60,3 triệu tài khoản định danh điện tử, tăng 18% so với cuối năm 2023. Đã hoàn thành cung cấp 60/76 dịch vụ công thiết yếu theo Đề án 06 trực tuyến toàn trình, 16 dịch vụ còn lại đang được các bộ hoàn thiện quy trình. Tỷ lệ hồ sơ thủ tục hành chính được gắn với số định danh cá nhân đạt 97,2%.

Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận, xác thực hơn 2,1 tỷ lượt yêu cầu của các bộ, ngành, địa phương và doanh nghiệp. Việc khai thác dữ liệu dân cư giúp tiết kiệm cho ngân sách và xã hội hơn 4.300 tỷ đồng mỗi năm.

Hà Nội là địa phương dẫn đầu khi đã kích hoạt 6,9 triệu tài khoản định danh điện tử cho công dân trên địa bàn; riêng quận Ba Đình đạt 98% dân số trong độ tuổi.

Trong năm, Tổ công tác triển khai Đề án 06 của Chính phủ đã tiếp nhận và xử lý 412 ý kiến, kiến nghị của các bộ, ngành, địa phương.

Năm 2025, Ban Chỉ đạo đề ra mục tiêu kích hoạt thêm 5 triệu tài khoản định danh điện tử, hoàn thành 100% dịch vụ công thiết yếu toàn trình trong quý II.

Phạm Hoàng""",
        "2025-01-17",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 88200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 60300000.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 60.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-12-31", 97.2),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-12-31", 6900000.0),
        ],
    ),
    # 7. Hà Tĩnh provincial portal, 9-month 2024 report: ytd dossier rates, e-result, reuse, and the full-process share of procedures at 30/9 (breakdown Hà Tĩnh).
    #    Traps: Can Lộc district's rate, one department's rate, point change, September dossier count, procedure counts, DTI rank, money, year-end targets.
    (
        """Hà Tĩnh: Kết quả chuyển đổi số 9 tháng đầu năm 2024

08/10/2024 | Sở Thông tin và Truyền thông

Thực hiện chế độ báo cáo định kỳ, Sở Thông tin và Truyền thông Hà Tĩnh đã tổng hợp kết quả triển khai chuyển đổi số 9 tháng đầu năm 2024 trên địa bàn tỉnh. Một số kết quả chủ yếu như sau:

1. Chính quyền số
Đến ngày 30/9/2024, tỉnh đang công khai 1.734 thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC, trong đó cung cấp 1.012 dịch vụ công trực tuyến toàn trình, chiếm 58,3% tổng số thủ tục hành chính.

Trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh đạt 72,4%, tăng 12,6 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,6%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 93,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 38,5%. Riêng trong tháng 9/2024, toàn tỉnh tiếp nhận 26.400 hồ sơ trực tuyến.

Một số đơn vị có kết quả nổi bật: huyện Can Lộc đạt tỷ lệ hồ sơ trực tuyến 91%; Sở Tư pháp đạt 99,2%.

2. Kinh tế số, xã hội số
Năm 2023, Hà Tĩnh xếp thứ 15/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI). Tổng kinh phí bố trí cho các nhiệm vụ chuyển đổi số năm 2024 là 48 tỷ đồng, đến nay đã giải ngân 61%.

3. Nhiệm vụ quý IV
Phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt 80%, hồ sơ trực tuyến toàn trình đạt 55%; 100% cán bộ, công chức cấp xã được tập huấn kỹ năng số.""",
        "2024-10-08",
        [
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2024-09-30", 58.3),
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2024-09-30", 72.4),
            ("online_dossier_full_process_rate", "Hà Tĩnh", "ytd", "2024-09-30", 45.6),
            ("e_result_rate", "Hà Tĩnh", "ytd", "2024-09-30", 93.1),
            ("data_reuse_rate", "Hà Tĩnh", "ytd", "2024-09-30", 38.5),
        ],
    ),
]
CASES += [
    # 8. Government-portal news on the National Public Service Portal at 30/11/2023: cumulative accounts, dossiers, payments (as_of), November's new accounts and dossiers, 11-month payments on the _new twins (ytd).
    #    Traps: visits, synchronised statuses, published procedures, growth percent, one ministry's dossiers, feedback count, 2024 target.
    (
        """Cổng Dịch vụ công quốc gia: Gần 13 triệu tài khoản, hơn 17 triệu hồ sơ trực tuyến

Thứ Tư, 06/12/2023 - 14:20

(Chinhphu.vn) - Sau 4 năm vận hành, Cổng Dịch vụ công quốc gia đã trở thành "địa chỉ một cửa" để người dân, doanh nghiệp thực hiện thủ tục hành chính trên môi trường điện tử.

Theo số liệu của Văn phòng Chính phủ, tính đến ngày 30/11/2023, Cổng Dịch vụ công quốc gia có 12,9 triệu tài khoản đăng ký; đã tiếp nhận trên 17,6 triệu hồ sơ trực tuyến; thực hiện 19,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 11.240 tỷ đồng. Cổng đã đồng bộ trạng thái xử lý của hơn 235 triệu hồ sơ từ các hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh và công khai 4.493 thủ tục hành chính.

Riêng trong tháng 11/2023, Cổng có thêm 386.000 tài khoản đăng ký mới và tiếp nhận 1,04 triệu hồ sơ trực tuyến. Trong 11 tháng đầu năm 2023, đã có 6,7 triệu giao dịch thanh toán trực tuyến qua Cổng với số tiền 3.950 tỷ đồng, tăng 45% so với cùng kỳ năm 2022.

Từ khi khai trương đến nay, Cổng đã có hơn 1,3 tỷ lượt truy cập và tiếp nhận, xử lý 12.300 phản ánh, kiến nghị của người dân, doanh nghiệp. Bộ Tài chính là cơ quan có số hồ sơ trực tuyến qua Cổng lớn nhất với khoảng 1,2 triệu hồ sơ trong năm.

Năm 2024, Văn phòng Chính phủ đặt mục tiêu 100% dịch vụ công trực tuyến đủ điều kiện được tích hợp lên Cổng, số tài khoản đăng ký vượt 15 triệu.

Thu Hằng""",
        "2023-12-06",
        [
            ("national_portal_accounts", "national", "as_of", "2023-11-30", 12900000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-11-30", 17600000.0),
            ("online_payments_count", "national", "as_of", "2023-11-30", 19800000.0),
            ("online_payments_value", "national", "as_of", "2023-11-30", 11240.0),
            ("national_portal_accounts_new", "national", "month", "2023-11-30", 386000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-11-30", 1040000.0),
            ("online_payments_count_new", "national", "ytd", "2023-11-30", 6700000.0),
            ("online_payments_value_new", "national", "ytd", "2023-11-30", 3950.0),
        ],
    ),
    # 9. Bắc Giang provincial paper, 2022 review with a saved table (2021 | 2022 | plan 2023): both years' dossier rates, FTTH and GRDP share for Bắc Giang; the plan column is a trap.
    #    Traps: the Kế hoạch 2023 column, DTI rank, Hiệp Hòa district, community tech teams and members, money, growth points.
    (
        """Bắc Giang: Năm 2022 chuyển đổi số có bước tiến rõ nét

10/01/2023 08:30

BGĐT - Ngày 9/1, Ban Chỉ đạo chuyển đổi số tỉnh Bắc Giang tổ chức hội nghị đánh giá kết quả thực hiện chuyển đổi số năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực chủ trì hội nghị.

Theo báo cáo, năm 2022 Bắc Giang tăng 11 bậc, xếp thứ 9/63 tỉnh, thành phố về Chỉ số chuyển đổi số cấp tỉnh năm 2021. Toàn tỉnh đã thành lập 2.350 tổ công nghệ số cộng đồng với hơn 13.000 thành viên. Kinh phí chi cho chuyển đổi số năm 2022 khoảng 95 tỷ đồng.

Một số chỉ tiêu chủ yếu:

Chỉ tiêu | Năm 2021 | Năm 2022 | Kế hoạch 2023
Tỷ lệ hồ sơ TTHC xử lý trực tuyến (%) | 45,1 | 71,4 | 80
Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 12,3 | 38,2 | 50
Tỷ lệ hộ gia đình có Internet cáp quang (%) | 68 | 76,5 | 85
Tỷ trọng kinh tế số trong GRDP (%) | 11,2 | 13,6 | 16

Như vậy, tỷ lệ hồ sơ xử lý trực tuyến năm 2022 tăng 26,3 điểm phần trăm so với năm 2021. Một số địa phương đạt kết quả cao như huyện Hiệp Hòa với tỷ lệ hồ sơ trực tuyến 95,3%, thành phố Bắc Giang 88,6%.

Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tập trung hoàn thành các chỉ tiêu năm 2023, phấn đấu đưa Bắc Giang vào nhóm 5 tỉnh dẫn đầu về DTI.

Thu Phương""",
        "2023-01-10",
        [
            ("online_dossier_rate", "Bắc Giang", "year", "2021-12-31", 45.1),
            ("online_dossier_rate", "Bắc Giang", "year", "2022-12-31", 71.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "year", "2021-12-31", 12.3),
            ("online_dossier_full_process_rate", "Bắc Giang", "year", "2022-12-31", 38.2),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2021-12-31", 68.0),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2022-12-31", 76.5),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2021-12-31", 11.2),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2022-12-31", 13.6),
        ],
    ),
    # 10. Science-and-technology ministry's Q1/2025 press conference write-up: 5G stations and population coverage, fixed/mobile broadband subscriptions and per-100, smartphone share at end of 3/2025.
    #    Traps: "trong đó" Viettel's stations, quarter revenue growth, patent applications, scam-call reductions, Thailand's 5G coverage, the 2025 target, MobiFone's launch date.
    (
        """HỌP BÁO THƯỜNG KỲ QUÝ I/2025 CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ

Hạ tầng 5G phủ sóng hơn một phần tư dân số

04/04/2025 | 15:10

Chiều 3/4, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ quý I/2025 - cuộc họp báo đầu tiên sau khi hợp nhất Bộ Thông tin và Truyền thông vào Bộ Khoa học và Công nghệ từ ngày 1/3/2025.

Doanh thu lĩnh vực công nghiệp công nghệ số quý I/2025 ước đạt 1,22 triệu tỷ đồng, tăng 13,2% so với cùng kỳ. Cục Sở hữu trí tuệ đã tiếp nhận 2.540 đơn đăng ký sáng chế trong quý.

Về hạ tầng số, tính đến hết tháng 3/2025, cả nước có 10.740 trạm 5G, trong đó Viettel chiếm khoảng 6.500 trạm; vùng phủ sóng 5G đạt 26,2% dân số. MobiFone và VNPT chính thức cung cấp dịch vụ 5G thương mại lần lượt từ tháng 12/2024 và tháng 1/2025.

Cũng tính đến hết tháng 3/2025:
- Số thuê bao băng rộng cố định đạt 24,1 triệu, tương đương 23,8 thuê bao/100 dân;
- Số thuê bao băng rộng di động đạt 88,7 triệu, tương đương 87,6 thuê bao/100 dân;
- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,3%.

Nhờ các biện pháp chuẩn hóa thông tin thuê bao, số cuộc gọi rác được phản ánh giảm 62% so với quý I/2024. Để so sánh, Thái Lan hiện phủ sóng 5G tới khoảng 90% dân số.

Năm 2025, Bộ đặt mục tiêu phủ sóng 5G đạt 45% dân số và nâng tỷ lệ thuê bao sử dụng điện thoại thông minh lên 90%.

Vũ Lâm""",
        "2025-04-04",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 10740.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.2),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 24100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 23.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 88700000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 87.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 87.3),
        ],
    ),
    # 11. Banking-paper write-up of a State Bank conference on cashless payments (page 2024-11-22): Mobile Money customers at 30/9/2024 and adults with an account at end-October.
    #    Traps: transaction growth percents, QR and card counts, the rural share "trong đó", Mobile Money transaction value, Lao/Cambodian QR links, one bank's app users, 2025 target.
    (
        """Thanh toán không dùng tiền mặt: Gần 9 người trưởng thành trên 10 đã có tài khoản

22/11/2024 06:00

(TBNH) - Ngày 21/11, Ngân hàng Nhà nước Việt Nam phối hợp với Bộ Công an tổ chức hội nghị "Thúc đẩy thanh toán không dùng tiền mặt gắn với Đề án 06", với sự tham gia của hơn 120 tổ chức tín dụng, tổ chức trung gian thanh toán.

Phát biểu khai mạc, Phó Thống đốc cho biết 10 tháng đầu năm 2024, giao dịch thanh toán không dùng tiền mặt tăng 58,3% về số lượng và 31,9% về giá trị so với cùng kỳ năm 2023; thanh toán qua phương thức QR code tăng 73,4% về số lượng. Cả nước hiện có hơn 150 triệu thẻ ngân hàng đang lưu hành.

Đến cuối tháng 10/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%. Với dịch vụ Mobile Money, tính đến ngày 30/9/2024, số khách hàng đăng ký sử dụng đạt 9,2 triệu, trong đó khoảng 6,4 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo; tổng giá trị giao dịch lũy kế đạt hơn 5.400 tỷ đồng.

Hệ thống thanh toán bằng mã QR đã được kết nối song phương với Lào, Campuchia và Thái Lan. Một ngân hàng thương mại nhà nước cho biết ứng dụng ngân hàng số của mình đã vượt 19 triệu người dùng.

Theo kế hoạch, đến năm 2025 phấn đấu 90% người trưởng thành có tài khoản và 80% dân số sử dụng dịch vụ thanh toán số.

Minh Thùy""",
        "2024-11-22",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-10-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2024-09-30", 9200000.0),
        ],
    ),
    # 12. Press article on the UN E-Government Survey 2024 (page 18/9/2024): rank 71/193 for 2024, and the 2020 and 2022 editions' 86 given as history (each labelled with its edition's year).
    #    Traps: EGDI score and component indices, rank gain, Denmark/Singapore ranks, ASEAN position, Hà Nội's LOSI, the target for 2025 and 2030.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử, lần đầu vào nhóm "rất cao"

18/09/2024 | 11:25

Liên Hợp Quốc vừa công bố Báo cáo khảo sát Chính phủ điện tử năm 2024 (E-Government Survey 2024). Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp thứ 71/193 quốc gia thành viên, tăng 15 bậc so với kỳ khảo sát trước. Đây là lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có mức EGDI rất cao.

Trong hai kỳ khảo sát năm 2020 và năm 2022, Việt Nam cùng đứng ở vị trí 86/193.

Xét các chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7813 điểm; chỉ số hạ tầng viễn thông (TII) đạt 0,8220 điểm, tăng mạnh nhờ mở rộng băng rộng di động; chỉ số nguồn nhân lực (HCI) đạt 0,7095 điểm.

Đan Mạch tiếp tục dẫn đầu bảng xếp hạng, tiếp theo là Estonia và Singapore. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei. Với chỉ số dịch vụ trực tuyến địa phương (LOSI), Hà Nội đạt 0,5 điểm, thuộc nhóm trung bình cao.

Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số, Việt Nam đặt mục tiêu đến năm 2025 thuộc nhóm 50 nước dẫn đầu về EGDI và đến năm 2030 thuộc nhóm 30 nước dẫn đầu.

Hoàng Nam""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 13. Lào Cai provincial portal, H1/2024 review: villages without coverage and the covered-villages share at 30/6 (breakdown Lào Cai), half-year dossier rates.
    #    Traps: "trong đó" unelectrified villages, Si Ma Cai district, BTS built by operators, Viettel's stations, money of the national programme, year-end target, the number of community tech teams.
    (
        """LÀO CAI: SƠ KẾT 6 THÁNG ĐẦU NĂM 2024 VỀ CHUYỂN ĐỔI SỐ

Ngày đăng: 10/07/2024

Sáng 9/7, Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai họp sơ kết 6 tháng đầu năm 2024. Theo báo cáo của Sở Thông tin và Truyền thông, trong 6 tháng đầu năm, các doanh nghiệp viễn thông đã lắp đặt mới 38 trạm BTS trên địa bàn, trong đó Viettel lắp đặt 21 trạm.

Hạ tầng viễn thông
Đến ngày 30/6/2024, toàn tỉnh còn 45 thôn, bản chưa có sóng di động băng rộng, trong đó 9 thôn chưa có điện lưới quốc gia; tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 97,9%. Huyện Si Ma Cai còn 12 thôn lõm sóng, nhiều nhất tỉnh. Chương trình cung cấp dịch vụ viễn thông công ích đã hỗ trợ 14,6 tỷ đồng cho việc phủ sóng các thôn đặc biệt khó khăn.

Chính quyền số
Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ được xử lý trực tuyến của tỉnh đạt 68,7%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,4%; tỷ lệ trả kết quả điện tử đạt 88,2%. Toàn tỉnh duy trì 1.634 tổ công nghệ số cộng đồng với hơn 8.100 thành viên.

Nhiệm vụ 6 tháng cuối năm
Phấn đấu đến cuối năm 2024 xóa toàn bộ thôn, bản lõm sóng có điện lưới; tỷ lệ hồ sơ trực tuyến đạt 75%.""",
        "2024-07-10",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-06-30", 45.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-06-30", 97.9),
            ("online_dossier_rate", "Lào Cai", "half", "2024-06-30", 68.7),
            ("online_dossier_full_process_rate", "Lào Cai", "half", "2024-06-30", 39.4),
            ("e_result_rate", "Lào Cai", "half", "2024-06-30", 88.2),
        ],
    ),
    # 14. Thừa Thiên Huế newspaper on the province's 2023 review (smart-city angle): end-2023 full-process share, 2023 dossier rate, services with dossiers, GRDP share (breakdown Thừa Thiên Huế).
    #    Traps: Hue-S downloads and feedback counts, IOC cameras and violations, DTI rank, Huế city's own rate, percent changes, 2024 targets.
    (
        """Thừa Thiên Huế: Đô thị thông minh lan tỏa, kinh tế số đóng góp ngày càng lớn

08/01/2024 - 15:02

(Báo Thừa Thiên Huế) - Năm 2023, Thừa Thiên Huế tiếp tục là một trong những địa phương đi đầu cả nước về chuyển đổi số, xếp thứ 3/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022.

Nền tảng Hue-S - "trợ lý số" của người dân
Đến cuối năm 2023, ứng dụng Hue-S đạt hơn 1,1 triệu lượt tải, tiếp nhận và xử lý gần 98.000 phản ánh hiện trường với tỷ lệ đúng hạn 96%. Hệ thống camera của Trung tâm Giám sát, điều hành đô thị thông minh (IOC) đã phát hiện hơn 8.000 trường hợp vi phạm trật tự an toàn giao thông, tăng 27% so với năm 2022.

Dịch vụ công trực tuyến
Đến cuối năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh đạt 62,8% tổng số thủ tục hành chính. Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 85,2%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 91,3%. Riêng thành phố Huế, tỷ lệ hồ sơ trực tuyến đạt 93,4%.

Kinh tế số
Tỷ trọng kinh tế số trong GRDP của tỉnh năm 2023 ước đạt 14,6%, tăng 1,9 điểm phần trăm so với năm trước.

Năm 2024, tỉnh phấn đấu tỷ trọng kinh tế số đạt 16% GRDP, 100% dịch vụ công đủ điều kiện được cung cấp toàn trình và xây dựng thành công mô hình thành phố trực thuộc Trung ương thông minh.

Hoài Thương""",
        "2024-01-08",
        [
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 62.8),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 85.2),
            ("dvctt_with_dossiers_rate", "Thừa Thiên Huế", "year", "2023-12-31", 91.3),
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2023-12-31", 14.6),
        ],
    ),
]
CASES += [
    # 15. National digital-transformation agency's note on NDXP in 2023: year flow and daily average, December's flow, cumulative and connections at end-2023.
    #    Traps: growth percent and "gấp 2,1 lần", the 20/63/23 parts of the agency count, national databases and LGSP counts, one ministry's transactions, the 2024 target.
    (
        """Nền tảng NDXP năm 2023: Hơn 821 triệu giao dịch, gấp 2,1 lần năm trước

10/01/2024 | Tin hoạt động

Theo Cục Chuyển đổi số quốc gia, năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) phát sinh 821,6 triệu giao dịch, bình quân 2,25 triệu giao dịch/ngày. Riêng tháng 12/2023, NDXP có 88,4 triệu giao dịch, cao nhất kể từ khi đưa vào vận hành. Lũy kế từ khi khai trương (tháng 10/2019) đến hết năm 2023, NDXP đã thực hiện 1,95 tỷ giao dịch.

Đến cuối năm 2023, NDXP đã kết nối với 106 cơ quan, tổ chức, gồm 20 bộ, cơ quan ngang bộ, 63 tỉnh, thành phố và 23 cơ quan, tổ chức, doanh nghiệp khác; thiết lập 152 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu. Thông qua NDXP, 8 cơ sở dữ liệu quốc gia và 63 nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP) đã được kết nối liên thông.

Bộ Tư pháp là cơ quan có lưu lượng khai thác lớn nhất với khoảng 212 triệu giao dịch trong năm, chủ yếu phục vụ liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.

Năm 2024, Cục Chuyển đổi số quốc gia đặt mục tiêu nâng số điểm kết nối lên 200 và bảo đảm NDXP vận hành ổn định với lưu lượng trên 1 tỷ giao dịch/năm.""",
        "2024-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 821600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2250000.0),
            ("ndxp_transactions_period", "national", "month", "2023-12-31", 88400000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 1950000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 106.0),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 152.0),
        ],
    ),
    # 16. Statistics-office release of the first official digital-economy measurement: national 2023 and 2022 shares, 2023 growth, three provinces' GRDP shares (each its province).
    #    Traps: the core-ICT part "trong đó", GDP growth, e-Conomy SEA (vendor) size and growth, Indonesia, surveyed-firm count, 2025/2030 targets.
    (
        """Lần đầu công bố số liệu kinh tế số chính thức của cả nước và 63 địa phương

29/08/2024 14:36

Sáng 28/8, Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) tổ chức lễ công bố kết quả đo lường kinh tế số năm 2023 theo phương pháp luận chính thức, trên cơ sở dữ liệu điều tra hơn 1.800 doanh nghiệp và số liệu hành chính của các bộ, ngành.

Theo kết quả công bố, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023 đạt 12,33%, trong đó kinh tế số lõi (công nghiệp công nghệ thông tin và viễn thông) chiếm 8,95%. Năm 2022, tỷ trọng này là 12,87%. Tốc độ tăng trưởng giá trị tăng thêm của kinh tế số năm 2023 đạt 7,58%, cao hơn mức tăng 5,05% của GDP.

Ở cấp địa phương, Bắc Ninh là tỉnh có tỷ trọng kinh tế số trong GRDP cao nhất với 41,35%, tiếp đến là Thái Nguyên với 36,02%; thấp nhất là Kon Tum với 3,9%. Nguyên nhân chủ yếu là các địa phương dẫn đầu tập trung nhiều doanh nghiệp sản xuất thiết bị điện tử có vốn đầu tư nước ngoài.

Trước đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa giao dịch của nền kinh tế số Việt Nam năm 2023 đạt 30 tỷ USD, tăng 19%, nhanh nhất Đông Nam Á; Indonesia dẫn đầu khu vực về quy mô với 82 tỷ USD. Đại diện Tổng cục Thống kê lưu ý hai cách tiếp cận này không thể so sánh trực tiếp.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, Việt Nam đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% vào năm 2030.

Lan Anh""",
        "2024-08-29",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 12.87),
            ("digital_economy_growth", "national", "year", "2023-12-31", 7.58),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 41.35),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 36.02),
            ("digital_economy_gdp_share", "Kon Tum", "year", "2023-12-31", 3.9),
        ],
    ),
    # 17. Quảng Ninh provincial paper, 2024 review with a KPI table (plan | result | assessment): the "Thực hiện 2024" column is labelled (breakdown Quảng Ninh), the plan column is a trap.
    #    Traps: 18/20 targets met, PAR INDEX and DTI ranks, Hạ Long's share, money spent, IOC count, 2025 targets.
    (
        """QUẢNG NINH HOÀN THÀNH, VƯỢT 18/20 CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024

09/01/2025 | 10:12 | Chuyển đổi số

Ngày 8/1, Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ninh tổ chức hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025. Năm 2024, tỉnh đã hoàn thành và hoàn thành vượt mức 18/20 chỉ tiêu chuyển đổi số đề ra; tiếp tục dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR INDEX) năm 2023 và xếp thứ 2/63 về Chỉ số chuyển đổi số cấp tỉnh năm 2023.

Một số chỉ tiêu chủ yếu năm 2024:

TT | Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024 | Đánh giá
1 | Tỷ lệ hồ sơ TTHC được xử lý trực tuyến (%) | 85 | 90,3 | Vượt
2 | Tỷ lệ hồ sơ xử lý trực tuyến toàn trình (%) | 60 | 72,6 | Vượt
3 | Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình (%) | 65 | 68,9 | Vượt
4 | Tỷ lệ hồ sơ được trả kết quả điện tử (%) | 100 | 100 | Đạt
5 | Tỷ lệ hộ gia đình có Internet cáp quang (%) | 90 | 88,7 | Không đạt
6 | Tỷ trọng kinh tế số trong GRDP (%) | 12 | 10,8 | Không đạt

Đáng chú ý, thành phố Hạ Long có 98,1% hồ sơ được nộp trực tuyến. Trong năm, tỉnh đã bố trí 320 tỷ đồng cho các dự án chuyển đổi số, đưa vào vận hành 13 Trung tâm điều hành thông minh (IOC) cấp huyện.

Năm 2025, Quảng Ninh phấn đấu tỷ trọng kinh tế số đạt 15% GRDP, 95% hồ sơ được xử lý trực tuyến và 92% hộ gia đình có Internet cáp quang.

Mạnh Trường""",
        "2025-01-09",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 90.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 72.6),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-12-31", 68.9),
            ("e_result_rate", "Quảng Ninh", "year", "2024-12-31", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-12-31", 88.7),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 10.8),
        ],
    ),
    # 18. Conference write-up of National Digital Transformation Day 2023 (evening of 10/10/2023): "đến nay" levels dated to the page, 9-month dossier rate (ytd).
    #    Traps: community tech teams and members, event counts, Estonia, an operator's 5G trial provinces, the 2025 target, ASEAN position, participants.
    (
        """Ngày Chuyển đổi số quốc gia 2023: Khai thác dữ liệu số để tạo ra giá trị mới

10/10/2023 21:05

Tối 10/10, tại Hà Nội, Ủy ban Quốc gia về chuyển đổi số tổ chức sự kiện hưởng ứng Ngày Chuyển đổi số quốc gia năm 2023 với chủ đề "Khai thác dữ liệu số để tạo ra giá trị mới". Sự kiện được kết nối trực tuyến tới 63 tỉnh, thành phố, thu hút khoảng 1,3 triệu người theo dõi.

Báo cáo tại sự kiện cho biết, đến nay, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 41,2%; tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình đạt 82,4%. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 37,6%. Trong 9 tháng đầu năm 2023, tỷ lệ hồ sơ được xử lý trực tuyến trên toàn quốc đạt 43,5%.

Cả nước đã thành lập hơn 85.000 tổ công nghệ số cộng đồng với khoảng 420.000 thành viên, trực tiếp hướng dẫn người dân sử dụng các dịch vụ số. Trong tháng 10, các bộ, ngành, địa phương tổ chức hơn 1.300 sự kiện hưởng ứng.

Đại diện Đại sứ quán Estonia chia sẻ, tại nước này 99% dịch vụ công được cung cấp trực tuyến. Trong khi đó, Viettel cho biết đã thử nghiệm mạng 5G tại 16 tỉnh, thành phố và sẵn sàng thương mại hóa khi có tần số.

Phát biểu chỉ đạo, Thủ tướng đề nghị phấn đấu đến năm 2025 có 80% dịch vụ công trực tuyến toàn trình, đưa Việt Nam vào nhóm 3 nước dẫn đầu ASEAN về chính phủ số.

PV""",
        "2023-10-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-10-10", 41.2),
            ("full_process_provision_rate", "national", "as_of", "2023-10-10", 82.4),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-10-10", 37.6),
            ("online_dossier_rate", "national", "ytd", "2023-09-30", 43.5),
        ],
    ),
    # 19. Cần Thơ city portal, Q3/2024 report: quarter, September and 9-month dossier rates; Q3/2023 kept from the parenthesis; full-process dossier share of the quarter (breakdown Cần Thơ).
    #    Traps: digitisation share, An Hòa ward and Ninh Kiều district, dossiers handled, 766 rank, point change, year-end target.
    (
        """CẦN THƠ: TỶ LỆ HỒ SƠ TRỰC TUYẾN QUÝ III/2024 TĂNG MẠNH

15/10/2024 - 09:40

Theo báo cáo của Văn phòng UBND thành phố Cần Thơ, trong quý III/2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn thành phố đạt 68,1%, tăng 16,9 điểm phần trăm so với quý III/2023 (51,2%). Riêng tháng 9/2024, tỷ lệ này đạt 70,4%. Lũy kế 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 62,7%.

Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình trong quý III/2024 đạt 41,3%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 79%. Trong 9 tháng, các cơ quan, đơn vị trên địa bàn đã giải quyết hơn 186.000 hồ sơ, trong đó 98,6% đúng hạn.

Ở cấp cơ sở, phường An Hòa (quận Ninh Kiều) đạt 100% hồ sơ trực tuyến; quận Ninh Kiều đạt 88%.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Cần Thơ xếp thứ 6/63 tỉnh, thành phố trong 9 tháng. Thành phố phấn đấu đến cuối năm 2024 đạt tỷ lệ hồ sơ trực tuyến 75%.

Phương Thảo""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Cần Thơ", "quarter", "2024-09-30", 68.1),
            ("online_dossier_rate", "Cần Thơ", "quarter", "2023-09-30", 51.2),
            ("online_dossier_rate", "Cần Thơ", "month", "2024-09-30", 70.4),
            ("online_dossier_rate", "Cần Thơ", "ytd", "2024-09-30", 62.7),
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2024-09-30", 41.3),
        ],
    ),
    # 20. Government-portal review of administrative-procedure reform in 2024 (explicit 31/12/2024): simplified procedures, fee-reducing provinces, EMC share, satisfaction and dossier rate of 2024.
    #    Traps: the 182 not yet done, the 5 provinces not yet, business regulations cut, savings, resolution count, one ministry's 100%, 2025 target.
    (
        """Cải cách thủ tục hành chính năm 2024: Cắt giảm gần 3.000 quy định kinh doanh

06/01/2025 16:05

(Chinhphu.vn) - Năm 2024, công tác cải cách thủ tục hành chính tiếp tục được Chính phủ, Thủ tướng Chính phủ chỉ đạo quyết liệt, gắn với chuyển đổi số và Đề án 06.

Theo Văn phòng Chính phủ, trong năm, Chính phủ đã ban hành 12 nghị quyết chuyên đề; các bộ, cơ quan đã cắt giảm, đơn giản hóa 2.980 quy định kinh doanh, giúp tiết kiệm chi phí tuân thủ ước khoảng 27.000 tỷ đồng/năm.

Tính đến ngày 31/12/2024, đã thực thi phương án cắt giảm, đơn giản hóa 902/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; còn 182 thủ tục chưa được thực thi. Đã có 58/63 địa phương ban hành nghị quyết của HĐND về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến, 5 địa phương chưa ban hành. Tỷ lệ hệ thống giải quyết thủ tục hành chính kết nối đầy đủ với Hệ thống EMC đạt 85,7%.

Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên toàn quốc đạt 44,6%; mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 86,4%. Một số bộ có kết quả nổi bật như Bộ Công Thương đạt 100% hồ sơ trực tuyến toàn trình.

Năm 2025, Chính phủ yêu cầu cắt giảm ít nhất 30% thời gian giải quyết và 30% chi phí tuân thủ thủ tục hành chính.

Ngọc Vân""",
        "2025-01-06",
        [
            ("procedures_simplified", "national", "as_of", "2024-12-31", 902.0),
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 58.0),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 85.7),
            ("online_dossier_rate", "national", "year", "2024-12-31", 44.6),
            ("satisfaction_rate", "national", "year", "2024-12-31", 86.4),
        ],
    ),
    # 21. Ministry's monthly report for 10/2023 as saved (cut-off line "tính đến ngày 31/10/2023"): procedure shares at 31/10, October dossier rates with ministries/localities split, NDXP month/day-average/cumulative, new portal accounts, attacks and September's comparison in parentheses.
    #    Traps: regulatory documents and conferences, the 50% target, percent change of attacks.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Tình hình triển khai chuyển đổi số tháng 10 năm 2023
(Số liệu tính đến ngày 31/10/2023)

I. KẾT QUẢ CHỦ YẾU

1. Chính phủ số
a) Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến đạt 82,1%; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 42,7% tổng số thủ tục hành chính.
b) Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 10/2023 đạt 47,3%; các bộ, ngành đạt 68,5%, các địa phương đạt 36,4%.
c) Nền tảng NDXP: trong tháng 10/2023 có 76,2 triệu giao dịch, trung bình 2,46 triệu giao dịch/ngày; tổng số giao dịch lũy kế đạt 1,78 tỷ.
d) Cổng Dịch vụ công quốc gia: trong tháng có 352.000 tài khoản đăng ký mới.

2. An toàn thông tin mạng
Trong tháng 10/2023, Hệ thống kỹ thuật ghi nhận 1.125 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,2% so với tháng 9/2023 (1.226 cuộc).

3. Công tác chỉ đạo, điều hành
Trong tháng, Bộ đã ban hành 4 thông tư, 11 văn bản hướng dẫn; tổ chức 2 hội nghị trực tuyến với các Sở Thông tin và Truyền thông.

II. NHIỆM VỤ THÁNG 11/2023
Tiếp tục đôn đốc các bộ, ngành, địa phương phấn đấu đạt tỷ lệ dịch vụ công trực tuyến toàn trình 50% vào cuối năm 2023.""",
        "2023-11-06",
        [
            ("dvctt_rate", "national", "as_of", "2023-10-31", 82.1),
            ("dvctt_full_process_rate", "national", "as_of", "2023-10-31", 42.7),
            ("online_dossier_rate", "national", "month", "2023-10-31", 47.3),
            ("online_dossier_rate", "ministries", "month", "2023-10-31", 68.5),
            ("online_dossier_rate", "localities", "month", "2023-10-31", 36.4),
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 76200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-10-31", 2460000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1780000000.0),
            ("national_portal_accounts_new", "national", "month", "2023-10-31", 352000.0),
            ("cyberattacks", "national", "month", "2023-10-31", 1125.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1226.0),
        ],
    ),
]
CASES += [
    # 22. Science-and-technology ministry's 2025 year-end conference (page 06/01/2026), long bulleted write-up: 5G stations and coverage, December 2025 download speeds, FTTH, smartphone share, villages left, DE share and growth, botnet IPs, all of 2025.
    #    Traps: sector revenue and growth, budget, patents, startups, R&D share, Viettel's share of 5G stations, top-20 claim, e-commerce revenue, trainees, 2026 targets, Singapore.
    (
        """Tổng kết năm 2025: Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tạo xung lực mới

06/01/2026 | 18:20 | Sự kiện

Ngày 6/1, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Năm 2025 là năm đầu tiên Bộ hoạt động theo mô hình mới sau hợp nhất và là năm bản lề triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.

Kết quả nổi bật

Năm 2025, doanh thu các lĩnh vực do Bộ quản lý ước đạt 4,3 triệu tỷ đồng, tăng 14% so với năm 2024; nộp ngân sách nhà nước khoảng 108.000 tỷ đồng. Cục Sở hữu trí tuệ tiếp nhận 11.200 đơn đăng ký sáng chế, tăng 21%. Cả nước có khoảng 4.000 doanh nghiệp khởi nghiệp sáng tạo; tổng chi cho nghiên cứu và phát triển ước bằng 0,6% GDP.

Hạ tầng số

- Đến hết năm 2025, cả nước có hơn 35.000 trạm 5G, trong đó Viettel chiếm khoảng 60%; vùng phủ sóng 5G đạt 91% dân số.
- Theo Ookla, tốc độ tải xuống trung bình tháng 12/2025 của mạng di động đạt 148,6 Mbps, của băng rộng cố định đạt 231,4 Mbps; Việt Nam lần đầu lọt vào nhóm 20 nước có tốc độ di động cao nhất thế giới. Singapore vẫn dẫn đầu về băng rộng cố định với hơn 400 Mbps.
- Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 88,5%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 90,2%.
- Số thôn, bản chưa có sóng di động băng rộng giảm còn 112.

Kinh tế số, an toàn thông tin

- Tỷ trọng kinh tế số trong GDP năm 2025 ước đạt 14,02%; kinh tế số tăng trưởng khoảng 15,3%, gấp gần 2 lần tăng trưởng GDP.
- Doanh thu thương mại điện tử bán lẻ ước đạt 32 tỷ USD.
- Số địa chỉ IP của Việt Nam nằm trong mạng botnet giảm còn khoảng 315.000.
- Chương trình đào tạo nhân lực công nghệ số đã bồi dưỡng cho hơn 50.000 lượt học viên.

Nhiệm vụ năm 2026

Năm 2026, Bộ đặt mục tiêu phủ sóng 5G tới 99% dân số, tỷ trọng kinh tế số đạt 16% GDP, xóa toàn bộ thôn, bản lõm sóng và tăng chi cho nghiên cứu và phát triển lên 1% GDP.

Thanh Tùng""",
        "2026-01-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 35000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 148.6),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 231.4),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 88.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 90.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-12-31", 112.0),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 14.02),
            ("digital_economy_growth", "national", "year", "2025-12-31", 15.3),
            ("botnet_ips", "national", "as_of", "2025-12-31", 315000.0),
        ],
    ),
    # 23. Nghệ An provincial paper, 2024 review: 2024 dossier rates, full-process share of procedures and adults with an account at end-2024 (breakdown Nghệ An).
    #    Traps: Quỳnh Lưu district, Vinh city, Nghi Phong commune's fibre, DTI rank, community teams, classes, money, 2025 targets, point changes.
    (
        """Nghệ An: Chuyển đổi số năm 2024 tạo chuyển biến rõ ở cơ sở

14/01/2025 15:30

(Baonghean.vn) - Sáng 13/1, Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025, kết nối trực tuyến với 21 huyện, thành phố, thị xã.

Chính quyền số chuyển biến tích cực

Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 58,9%, tăng 14,3 điểm phần trăm so với năm 2023; tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,2%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 90,5%. Tính đến ngày 31/12/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của tỉnh đạt 54,1%.

Dẫn đầu khối huyện là huyện Quỳnh Lưu với 85% hồ sơ trực tuyến; thành phố Vinh đạt 79,6%. Tại xã Nghi Phong (huyện Nghi Lộc), 100% hộ gia đình đã có Internet cáp quang.

Xã hội số, kinh tế số

Đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt 81%. Toàn tỉnh có hơn 7.000 tổ công nghệ số cộng đồng; trong năm đã tổ chức 1.200 lớp tập huấn kỹ năng số. Tổng kinh phí đầu tư cho chuyển đổi số năm 2024 hơn 80 tỷ đồng.

Theo kết quả đánh giá năm 2023, Nghệ An xếp thứ 19/63 về Chỉ số chuyển đổi số cấp tỉnh, tăng 12 bậc.

Năm 2025, tỉnh phấn đấu 70% hồ sơ được xử lý trực tuyến, 50% hồ sơ trực tuyến toàn trình và đưa Nghệ An vào tốp 15 về DTI.

Thành Duy""",
        "2025-01-14",
        [
            ("online_dossier_rate", "Nghệ An", "year", "2024-12-31", 58.9),
            ("online_dossier_full_process_rate", "Nghệ An", "year", "2024-12-31", 36.2),
            ("e_result_rate", "Nghệ An", "year", "2024-12-31", 90.5),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2024-12-31", 54.1),
            ("adults_with_bank_account_rate", "Nghệ An", "as_of", "2024-12-31", 81.0),
        ],
    ),
    # 24. Đồng Tháp provincial report for 8 months of 2024 as saved, no sidecar date (the text dates itself: 05/9/2024, "8 tháng", "đến ngày 31/8/2024"); breakdown Đồng Tháp.
    #    Traps: plan figures, directive counts, Tháp Mười district, one department, point change, reports due, the 2025 aim.
    (
        """UỶ BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 312/BC-UBND
Đồng Tháp, ngày 05 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện chuyển đổi số 8 tháng đầu năm 2024

1. Công tác chỉ đạo, điều hành
Trong 8 tháng, UBND tỉnh đã ban hành 27 văn bản chỉ đạo, 4 kế hoạch chuyên đề về chuyển đổi số; Ban Chỉ đạo tỉnh tổ chức 2 phiên họp định kỳ.

2. Kết quả thực hiện các chỉ tiêu
- Tính đến ngày 31/8/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 61,7%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 88,2%.
- Trong 8 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 76,8% (kế hoạch năm là 70%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 49,5%, tăng 9 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ được trả kết quả điện tử đạt 95,4%; tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa đạt 42,7%.
- Huyện Tháp Mười có tỷ lệ hồ sơ trực tuyến cao nhất với 93,2%; Sở Kế hoạch và Đầu tư đạt 100% hồ sơ trực tuyến toàn trình.

3. Phương hướng 4 tháng cuối năm
Duy trì tỷ lệ hồ sơ trực tuyến trên 80%, phấn đấu đến năm 2025 có 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình. Các sở, ngành, địa phương gửi báo cáo năm về Sở Thông tin và Truyền thông trước ngày 05/12/2024.

Nơi nhận: Bộ TT&TT; TT/TU, TT/HĐND tỉnh; Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH""",
        None,
        [
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2024-08-31", 61.7),
            ("dvctt_with_dossiers_rate", "Đồng Tháp", "as_of", "2024-08-31", 88.2),
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2024-08-31", 76.8),
            ("online_dossier_full_process_rate", "Đồng Tháp", "ytd", "2024-08-31", 49.5),
            ("e_result_rate", "Đồng Tháp", "ytd", "2024-08-31", 95.4),
            ("data_reuse_rate", "Đồng Tháp", "ytd", "2024-08-31", 42.7),
        ],
    ),
    # 25. Press feature on the dead-zone programme at 30/11/2024: covered share of electrified dead-zone villages, villages still without coverage, share of villages covered nationally, and Hà Giang's remaining villages (breakdown Hà Giang).
    #    Traps: the 1.254/1.342 counts behind the share, "trong đó" unelectrified villages, Viettel's villages, the fund's money, percent fall, a district's count, the 2025 target.
    (
        """Xóa "vùng lõm sóng": Còn hơn 500 thôn, bản chờ sóng di động

10/12/2024 07:45

Theo Bộ Thông tin và Truyền thông, tính đến ngày 30/11/2024, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.254 thôn, bản trong tổng số 1.342 thôn, bản lõm sóng có điện lưới được rà soát năm 2022, đạt 93,4%. Riêng Viettel đã phủ sóng cho 812 thôn, bản.

Cũng tính đến ngày 30/11/2024, cả nước còn 568 thôn, bản chưa có sóng di động băng rộng, giảm 45% so với đầu năm, trong đó 248 thôn, bản chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động băng rộng trên toàn quốc đạt 99,5%.

Hà Giang vẫn là địa phương còn nhiều thôn lõm sóng nhất với 96 thôn, bản; riêng huyện Mèo Vạc còn 27 thôn.

Quỹ Dịch vụ viễn thông công ích Việt Nam đã bố trí khoảng 1.200 tỷ đồng hỗ trợ doanh nghiệp đầu tư hạ tầng tại các thôn, bản đặc biệt khó khăn. Tuy nhiên, theo các nhà mạng, chi phí đầu tư một trạm BTS tại vùng sâu có thể lên tới 2 tỷ đồng, trong khi doanh thu mỗi trạm chỉ vài triệu đồng mỗi tháng.

Bộ Thông tin và Truyền thông yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn, bản có điện lưới trong năm 2025 và phối hợp với ngành điện để đưa điện lưới về các thôn còn lại.

Đức Anh""",
        "2024-12-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 93.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 568.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-30", 99.5),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-30", 96.0),
        ],
    ),
    # 26. Tax-sector article on two years of e-invoices (cumulative at 30/6/2024).
    #    Traps: "trong đó" coded and uncoded invoices, cash-register invoices, enterprise and household counts, the half-year flow (no flow id), petrol stations, budget growth, Korea.
    (
        """Hai năm triển khai hóa đơn điện tử: Gần 8 tỷ hóa đơn được xử lý

05/07/2024 10:20

(TBTC) - Sau hai năm áp dụng hóa đơn điện tử trên toàn quốc từ ngày 1/7/2022, tính đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận và xử lý 7,9 tỷ hóa đơn điện tử, trong đó có 2,3 tỷ hóa đơn có mã của cơ quan thuế và 5,6 tỷ hóa đơn không có mã. Riêng hóa đơn khởi tạo từ máy tính tiền đạt 1,05 tỷ hóa đơn.

Hiện có hơn 1,6 triệu doanh nghiệp, tổ chức và 125.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử. Trong 6 tháng đầu năm 2024, cơ quan thuế tiếp nhận khoảng 2,1 tỷ hóa đơn.

Đối với lĩnh vực xăng dầu, 16.500 cửa hàng đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng, đạt 98% tổng số cửa hàng.

Việc áp dụng hóa đơn điện tử góp phần giúp thu ngân sách nhà nước do ngành thuế quản lý 6 tháng đầu năm tăng 18% so với cùng kỳ. Theo đại diện Tổng cục Thuế, kinh nghiệm của Hàn Quốc cho thấy hóa đơn điện tử có thể giúp giảm tới 30% tình trạng gian lận thuế giá trị gia tăng.

Hồng Vân""",
        "2024-07-05",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 7900000000.0),
        ],
    ),
    # 27. Explainer contrasting DataReportal (vendor survey) with ministry figures for 2023: the ministry's Internet-user share and smartphone subscriptions count and share at end-2023.
    #    Traps: DataReportal users and share, social-media accounts, time online, survey share of adults owning a smartphone, Thailand, growth.
    (
        """Bao nhiêu người Việt dùng Internet? Số liệu khác nhau vì đâu

27/02/2024 | 08:00

Báo cáo Digital 2024 của We Are Social và Meltwater (thường được biết đến qua DataReportal) cho biết Việt Nam có 78,44 triệu người dùng Internet vào đầu năm 2024, tương đương 79,1% dân số, và 72,7 triệu danh tính người dùng mạng xã hội. Người Việt dành trung bình 6 giờ 18 phút mỗi ngày để lên mạng.

Trong khi đó, theo số liệu của Bộ Thông tin và Truyền thông, năm 2023 tỷ lệ người dân sử dụng Internet đạt 78,1%. Số thuê bao di động sử dụng điện thoại thông minh đạt trên 105 triệu, chiếm 84% tổng số thuê bao di động, tăng 3 điểm phần trăm so với năm 2022.

Một khảo sát trực tuyến của một công ty nghiên cứu thị trường cho thấy 73% người trưởng thành ở Việt Nam sở hữu điện thoại thông minh. Các chuyên gia lưu ý số liệu khảo sát phản ánh người trả lời, còn số liệu của Bộ dựa trên dữ liệu thuê bao của doanh nghiệp.

Để so sánh, Thái Lan có tỷ lệ người dùng Internet 88% dân số, Malaysia 97,4%.

Quang Huy""",
        "2024-02-27",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.1),
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 105000000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
        ],
    ),
    # 28. Khánh Hòa provincial portal, 2024 review with a short bulleted list: 2024 dossier rates, full-process share at year end, GRDP share, FTTH (breakdown Khánh Hòa).
    #    Traps: Nha Trang and Cam Lâm figures, DTI rank and gain, tourism app users, money, 2025 targets, growth in points.
    (
        """Khánh Hòa tổng kết công tác chuyển đổi số năm 2024

20/01/2025 | Sở Thông tin và Truyền thông

Chiều 17/1, UBND tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2024 và triển khai kế hoạch năm 2025. Năm 2023, Khánh Hòa xếp thứ 11/63 về Chỉ số chuyển đổi số cấp tỉnh, tăng 2 bậc.

Kết quả năm 2024 trên một số chỉ tiêu:
- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến: 74,2%.
- Tỷ lệ hồ sơ trực tuyến toàn trình: 51,8%.
- Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình (đến 31/12/2024): 57,3%.
- Tỷ trọng kinh tế số trong GRDP: ước 8,6%, tăng 0,9 điểm phần trăm.
- Tỷ lệ hộ gia đình có Internet cáp quang (đến 31/12/2024): 86,1%.

Thành phố Nha Trang tiếp tục dẫn đầu với 89,7% hồ sơ trực tuyến; huyện Cam Lâm đạt 80,2%. Ứng dụng du lịch thông minh "Nha Trang Tourism" có hơn 120.000 người dùng. Trong năm, tỉnh đã giải ngân 65 tỷ đồng cho các dự án chuyển đổi số.

Năm 2025, tỉnh đặt mục tiêu 80% hồ sơ trực tuyến, kinh tế số đạt 10% GRDP và 90% hộ gia đình có cáp quang.""",
        "2025-01-20",
        [
            ("online_dossier_rate", "Khánh Hòa", "year", "2024-12-31", 74.2),
            ("online_dossier_full_process_rate", "Khánh Hòa", "year", "2024-12-31", 51.8),
            ("dvctt_full_process_rate", "Khánh Hòa", "as_of", "2024-12-31", 57.3),
            ("digital_economy_gdp_share", "Khánh Hòa", "year", "2024-12-31", 8.6),
            ("ftth_household_rate", "Khánh Hòa", "as_of", "2024-12-31", 86.1),
        ],
    ),
]
CASES += [
    # 29. Lâm Đồng (merged province) portal, Q3/2025 after the two-tier reform: quarter dossier rates, full-process share and 5G stations at 30/9/2025 (breakdown Lâm Đồng).
    #    Traps: commune-unit count, the former Bình Thuận area and one ward, "trong đó" Viettel's stations, computers handed out, money, trainees, year-end target.
    (
        """Lâm Đồng: Hồ sơ trực tuyến quý III/2025 đạt gần 80% sau sắp xếp chính quyền hai cấp

14/10/2025 | 16:45

Sau hơn 3 tháng vận hành mô hình chính quyền địa phương hai cấp, hệ thống giải quyết thủ tục hành chính của tỉnh Lâm Đồng đã kết nối thông suốt tới 124 xã, phường, đặc khu.

Theo Sở Khoa học và Công nghệ, trong quý III/2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh đạt 79,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,3%; tỷ lệ trả kết quả điện tử đạt 96,7%; tỷ lệ hồ sơ có tái sử dụng dữ liệu số hóa đạt 51,2%. Tính đến ngày 30/9/2025, tỉnh cung cấp 1.329 dịch vụ công trực tuyến toàn trình, đạt 66,4% tổng số thủ tục hành chính.

Khu vực Bình Thuận cũ có tỷ lệ hồ sơ trực tuyến cao nhất với 86%; phường Xuân Hương - Đà Lạt đạt 97%.

Về hạ tầng, đến ngày 30/9/2025, trên địa bàn tỉnh có 1.120 trạm 5G, trong đó Viettel 640 trạm. Để bảo đảm vận hành chính quyền cấp xã, tỉnh đã cấp bổ sung 2.800 máy tính, chi khoảng 145 tỷ đồng nâng cấp hạ tầng và tập huấn cho 1.560 cán bộ cấp xã.

Tỉnh phấn đấu đến cuối năm 2025 đạt tỷ lệ hồ sơ trực tuyến 85%, hồ sơ toàn trình 65%.

Minh Quân""",
        "2025-10-14",
        [
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-09-30", 79.6),
            ("online_dossier_full_process_rate", "Lâm Đồng", "quarter", "2025-09-30", 58.3),
            ("e_result_rate", "Lâm Đồng", "quarter", "2025-09-30", 96.7),
            ("data_reuse_rate", "Lâm Đồng", "quarter", "2025-09-30", 51.2),
            ("dvctt_full_process_rate", "Lâm Đồng", "as_of", "2025-09-30", 66.4),
            ("fiveg_bts_count", "Lâm Đồng", "as_of", "2025-09-30", 1120.0),
        ],
    ),
    # 30. Hà Nội city paper, 2024 review: 2024 dossier rates, VNeID accounts and chip cards at 31/12/2024, GRDP share (breakdown Hà Nội).
    #    Traps: iHanoi downloads and feedback, DTI rank, Hoàn Kiếm district, commune-unit count, money, camera count, 2025 targets, point change.
    (
        """Hà Nội: Năm 2024 chuyển đổi số đi vào chiều sâu, iHanoi trở thành "kênh kết nối" với người dân

08/01/2025 | 19:02

(HNM) - Chiều 7/1, Ban Chỉ đạo chuyển đổi số thành phố Hà Nội tổ chức hội nghị tổng kết năm 2024. Theo báo cáo, Hà Nội xếp thứ 6/63 về Chỉ số chuyển đổi số cấp tỉnh năm 2023.

Chính quyền số
Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn thành phố đạt 78,4%, tăng 6,2 điểm phần trăm; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%. Quận Hoàn Kiếm đạt 99% hồ sơ trực tuyến, cao nhất trong 30 quận, huyện, thị xã.

Ứng dụng iHanoi sau hơn một năm vận hành đã có 3,1 triệu lượt tải, tiếp nhận hơn 25.000 phản ánh của người dân, 96% được xử lý đúng hạn.

Đề án 06
Tính đến ngày 31/12/2024, Công an thành phố đã cấp 7,6 triệu thẻ căn cước, căn cước công dân gắn chíp và kích hoạt 6,9 triệu tài khoản định danh điện tử. Thành phố đã lắp đặt thêm 1.700 camera giám sát an ninh, trật tự kết nối với hệ thống của Công an thành phố.

Kinh tế số
Tỷ trọng kinh tế số trong GRDP của Hà Nội năm 2024 ước đạt 20,5%. Tổng kinh phí ngân sách thành phố chi cho chuyển đổi số năm 2024 khoảng 1.300 tỷ đồng.

Năm 2025, Hà Nội phấn đấu 85% hồ sơ được xử lý trực tuyến, 100% hồ sơ được số hóa và tỷ trọng kinh tế số đạt 30% GRDP vào năm 2030.

Thu Trang""",
        "2025-01-08",
        [
            ("online_dossier_rate", "Hà Nội", "year", "2024-12-31", 78.4),
            ("online_dossier_full_process_rate", "Hà Nội", "year", "2024-12-31", 52.3),
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2024-12-31", 7600000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-12-31", 6900000.0),
            ("digital_economy_gdp_share", "Hà Nội", "year", "2024-12-31", 20.5),
        ],
    ),
    # 31. Article on the service-index (Bộ chỉ số 766) after 11 months of 2024 with a ranking table: ministries/localities dossier and e-result rates (ytd), national satisfaction (ytd).
    #    Traps: average scores, the whole ranking table (ranks and scores), online-payment share (no id), one ministry's score, Bình Dương's 100%, target.
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp: Nhiều địa phương bứt phá sau 11 tháng

12/12/2024 09:00

Theo dữ liệu cập nhật trên Cổng Dịch vụ công quốc gia, trong 11 tháng năm 2024, điểm trung bình Bộ chỉ số phục vụ người dân, doanh nghiệp của các bộ, ngành đạt 68,74/100 điểm, của các địa phương đạt 74,91/100 điểm.

5 địa phương dẫn đầu:

Xếp hạng | Địa phương | Điểm
1 | Bình Dương | 90,12
2 | Bà Rịa - Vũng Tàu | 87,45
3 | Hà Nam | 86,03
4 | Cần Thơ | 85,71
5 | Đồng Tháp | 85,02

Ở nhóm chỉ tiêu về số hóa, trong 11 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 71,6%, của các địa phương đạt 49,3%. Tỷ lệ hồ sơ được trả kết quả điện tử của các bộ, ngành đạt 90,2%, các địa phương đạt 84,5%. Tỷ lệ hồ sơ có thanh toán trực tuyến của các địa phương mới đạt 36,7%. Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính trên toàn quốc đạt 86,1%.

Khối bộ, ngành, Bộ Tài chính dẫn đầu với 84,6 điểm. Bình Dương là địa phương duy nhất đạt 100% hồ sơ trả kết quả điện tử.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương phấn đấu đạt tối thiểu 80 điểm trong năm 2025.

Bảo Châu""",
        "2024-12-12",
        [
            ("online_dossier_rate", "ministries", "ytd", "2024-11-30", 71.6),
            ("online_dossier_rate", "localities", "ytd", "2024-11-30", 49.3),
            ("e_result_rate", "ministries", "ytd", "2024-11-30", 90.2),
            ("e_result_rate", "localities", "ytd", "2024-11-30", 84.5),
            ("satisfaction_rate", "national", "ytd", "2024-11-30", 86.1),
        ],
    ),
    # 32. Ministry's H1/2023 review conference (page 08/7/2023): half-year attacks, NDXP flow and cumulative at 30/6, portal dossiers and payments of the half (_new twins), FTTH, smartphone share and Mobile Money at 30/6/2023.
    #    Traps: half-year revenue and growth, hardware exports, press-agency count, postal figures, year-end targets.
    (
        """Bộ Thông tin và Truyền thông sơ kết 6 tháng đầu năm 2023

08/07/2023 | 11:30

Ngày 7/7, Bộ Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm.

Doanh thu và đóng góp
6 tháng đầu năm 2023, tổng doanh thu toàn ngành ước đạt 1,7 triệu tỷ đồng, tăng 8,7% so với cùng kỳ; kim ngạch xuất khẩu phần cứng, điện tử đạt khoảng 56 tỷ USD. Sản lượng bưu gửi tăng 19%. Cả nước hiện có 832 cơ quan báo chí.

Chuyển đổi số quốc gia
- Nền tảng NDXP có 340,5 triệu giao dịch trong 6 tháng đầu năm; lũy kế đến ngày 30/6/2023 đạt 1,47 tỷ giao dịch.
- Cổng Dịch vụ công quốc gia tiếp nhận 5,2 triệu hồ sơ trực tuyến trong 6 tháng; thực hiện 3,1 triệu giao dịch thanh toán trực tuyến với số tiền 2.060 tỷ đồng.
- Đến ngày 30/6/2023, số khách hàng sử dụng Mobile Money đạt 5,1 triệu.

Hạ tầng số
Đến ngày 30/6/2023, tỷ lệ hộ gia đình sử dụng cáp quang đạt 76,9%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 82,5%.

An toàn thông tin
Trong 6 tháng đầu năm 2023, Hệ thống kỹ thuật của Bộ đã ghi nhận 6.641 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Nhiệm vụ 6 tháng cuối năm
Phấn đấu đến cuối năm 2023 đạt 80% hộ gia đình có cáp quang, 85% thuê bao sử dụng điện thoại thông minh và 50% dịch vụ công trực tuyến toàn trình.

Hoàng Hà""",
        "2023-07-08",
        [
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 340500000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-30", 1470000000.0),
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 5200000.0),
            ("online_payments_count_new", "national", "half", "2023-06-30", 3100000.0),
            ("online_payments_value_new", "national", "half", "2023-06-30", 2060.0),
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 5100000.0),
            ("ftth_household_rate", "national", "as_of", "2023-06-30", 76.9),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-06-30", 82.5),
            ("cyberattacks", "national", "half", "2023-06-30", 6641.0),
        ],
    ),
    # 33. Committee's 2022 results report saved without a date sidecar; the text dates itself (report of 15/01/2023 on "năm 2022", "đến hết năm 2022").
    #    Traps: 2025 targets, counts of national databases and LGSPs, procedures published, revenue, the growth multiple, decisions issued.
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
Số: 05/BC-UBQGCĐS
Hà Nội, ngày 15 tháng 01 năm 2023

BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số quốc gia năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Trong năm 2022, Thủ tướng Chính phủ, Chủ tịch Ủy ban đã ban hành 6 quyết định, 3 chỉ thị liên quan đến chuyển đổi số; 6 cơ sở dữ liệu quốc gia quan trọng đã được đưa vào vận hành, 63/63 địa phương triển khai nền tảng LGSP.

2. Về chính phủ số: đến hết năm 2022, tỷ lệ dịch vụ công trực tuyến toàn trình đạt 38,6% tổng số thủ tục hành chính. Năm 2022, tỷ lệ hồ sơ được xử lý trực tuyến đạt 36,6%; Nền tảng NDXP phát sinh 392,4 triệu giao dịch, tăng gấp 3 lần năm 2021.

3. Về kinh tế số: doanh thu công nghiệp công nghệ thông tin năm 2022 ước đạt 148 tỷ USD; tỷ trọng kinh tế số trong GDP năm 2022 ước đạt 14,26%.

4. Về an toàn thông tin: năm 2022, Hệ thống kỹ thuật đã ghi nhận 15.360 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

II. NHIỆM VỤ NĂM 2023
Năm 2023 được chọn là "Năm Dữ liệu số quốc gia". Phấn đấu đến năm 2025 đạt 80% dịch vụ công trực tuyến toàn trình, kinh tế số chiếm 20% GDP; công khai 100% thủ tục hành chính trên Cổng Dịch vụ công quốc gia.""",
        None,
        [
            ("dvctt_full_process_rate", "national", "as_of", "2022-12-31", 38.6),
            ("online_dossier_rate", "national", "year", "2022-12-31", 36.6),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 392400000.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("cyberattacks", "national", "year", "2022-12-31", 15360.0),
        ],
    ),
    # 34. Business-news piece on Viettel's commercial 5G launch (15/10/2024), mostly the operator's figures; only the ministry's national subscriptions, per-100 and smartphone share at end of 9/2024 are values.
    #    Traps: Viettel's stations, subscribers, speed, investment, coverage of its network, VinaPhone/MobiFone plans, South Korea, the ministry's 5G target.
    (
        """Viettel chính thức khai trương mạng 5G: Người dùng không phải đổi SIM

16/10/2024 | 06:30

Ngày 15/10, Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) chính thức khai trương mạng 5G, trở thành nhà mạng đầu tiên cung cấp dịch vụ 5G thương mại tại Việt Nam.

Theo Viettel, nhà mạng đã lắp đặt khoảng 6.500 trạm 5G, phủ sóng 100% tỉnh, thành phố, tập trung tại trung tâm các tỉnh, khu công nghiệp, bệnh viện, trường đại học và điểm du lịch. Tốc độ thử nghiệm đạt trung bình 1 Gbps, gấp 10 lần 4G. Viettel hiện có hơn 56 triệu thuê bao di động, dự kiến đầu tư khoảng 4.500 tỷ đồng cho mạng 5G trong năm đầu tiên. VinaPhone và MobiFone cho biết sẽ khai trương 5G trong quý IV/2024 hoặc quý I/2025.

Dư địa cho 5G là rất lớn. Theo Bộ Thông tin và Truyền thông, tính đến hết tháng 9/2024, cả nước có 85,6 triệu thuê bao băng rộng di động, tương đương 86,3 thuê bao/100 dân; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,1%.

Tại Hàn Quốc - quốc gia đi đầu về 5G, số thuê bao 5G đã vượt 33 triệu sau 5 năm. Theo Chiến lược phát triển hạ tầng số, Việt Nam đặt mục tiêu phủ sóng 5G tới 30% dân số vào năm 2025 và 99% dân số vào năm 2030.

Tuấn Kiệt""",
        "2024-10-16",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 85600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 86.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 86.1),
        ],
    ),
    # 35. Appendix table of a monthly report for 5/2024 saved without sidecar (title and signature date it): month, 5-month (ytd) and same-period-2023 comparison columns; the change column is a trap.
    #    Traps: the "Tăng/giảm (%)" column, the row with no id (visits), the note on targets.
    (
        """PHỤ LỤC
Một số chỉ tiêu vận hành nền tảng, hệ thống dùng chung tháng 5 năm 2024
(Kèm theo Báo cáo số 1875/BC-BTTTT ngày 10 tháng 6 năm 2024 của Bộ Thông tin và Truyền thông)

TT | Chỉ tiêu | Tháng 5/2024 | Lũy kế 5 tháng năm 2024 | Cùng kỳ 5 tháng năm 2023 | Tăng/giảm (%)
1 | Số giao dịch qua Nền tảng NDXP (triệu giao dịch) | 74,8 | 356,9 | 281,2 | +26,9
2 | Số tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia (nghìn tài khoản) | 412 | 1.986 | 1.544 | +28,6
3 | Số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia (triệu hồ sơ) | 1,12 | 5,34 | 4,27 | +25,1
4 | Số lượt truy cập Cổng Dịch vụ công quốc gia (triệu lượt) | 96,5 | 462,3 | 380,7 | +21,4
5 | Số cuộc tấn công mạng gây sự cố (cuộc) | 52 | 318 | 5.412 | -94,1

Ghi chú: Số liệu tấn công mạng từ năm 2024 được thống kê theo tiêu chí mới (chỉ tính các sự cố đã được xác minh), không so sánh trực tiếp với năm 2023. Chỉ tiêu năm 2024: NDXP đạt 1 tỷ giao dịch; Cổng Dịch vụ công quốc gia có thêm 5 triệu tài khoản.""",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 74800000.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-05-31", 356900000.0),
            ("ndxp_transactions_period", "national", "ytd", "2023-05-31", 281200000.0),
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 412000.0),
            ("national_portal_accounts_new", "national", "ytd", "2024-05-31", 1986000.0),
            ("national_portal_accounts_new", "national", "ytd", "2023-05-31", 1544000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1120000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-05-31", 5340000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-05-31", 4270000.0),
            ("cyberattacks", "national", "month", "2024-05-31", 52.0),
            ("cyberattacks", "national", "ytd", "2024-05-31", 318.0),
            ("cyberattacks", "national", "ytd", "2023-05-31", 5412.0),
        ],
    ),
]
CASES += [
    # 36. Excerpt of the Government's socio-economic report to the National Assembly (page 21/10/2024), digital-transformation part: levels at 30/9/2024 and the 9-month dossier rate.
    #    Traps: GDP growth, FDI, exports, electronics exports, the full-year growth forecast, point change, e-commerce growth, procedures cut in decrees.
    (
        """Trích Báo cáo của Chính phủ về tình hình kinh tế - xã hội năm 2024 trình Quốc hội tại Kỳ họp thứ 8

(Phần II.5 - Chuyển đổi số, cải cách hành chính)

Tăng trưởng GDP 9 tháng năm 2024 đạt 6,82%, dự báo cả năm đạt khoảng 7%. Vốn FDI thực hiện đạt 17,3 tỷ USD, cao nhất từ trước đến nay; tổng kim ngạch xuất khẩu đạt 299,6 tỷ USD, trong đó điện tử, máy tính và linh kiện đạt 52,1 tỷ USD.

Chuyển đổi số quốc gia, phát triển kinh tế số được đẩy mạnh. Tính đến ngày 30/9/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 47,9%; Cổng Dịch vụ công quốc gia có 16,9 triệu tài khoản đăng ký, tổng giá trị thanh toán trực tuyến lũy kế đạt 15.270 tỷ đồng; đã kích hoạt 57,4 triệu tài khoản định danh điện tử. Trong 9 tháng, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 42,7%, tăng 9,3 điểm phần trăm so với cùng kỳ. Doanh thu thương mại điện tử bán lẻ tăng khoảng 25%.

Các bộ, ngành đã trình Chính phủ ban hành 17 nghị định cắt giảm, đơn giản hóa 214 thủ tục hành chính. Phấn đấu đến hết năm 2024 hoàn thành cung cấp 100% dịch vụ công thiết yếu toàn trình và tỷ trọng kinh tế số đạt khoảng 18,5% GDP.""",
        "2024-10-21",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-09-30", 47.9),
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 16900000.0),
            ("online_payments_value", "national", "as_of", "2024-09-30", 15270.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-30", 57400000.0),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 42.7),
        ],
    ),
    # 37. Finance-ministry news praising its own Q1/2024 results; the only values are the Government Office's Q1/2024 dossier rates (ministries, localities, national).
    #    Traps: the ministry's dossiers and shares, tax, customs and treasury shares, services integrated, the ministry's targets.
    (
        """Bộ Tài chính tiếp tục dẫn đầu khối bộ, ngành về dịch vụ công trực tuyến

12/04/2024 | 14:00

(MOF) - Trong quý I/2024, Bộ Tài chính đã tiếp nhận và xử lý khoảng 9,8 triệu hồ sơ trực tuyến, trong đó 95,6% là hồ sơ trực tuyến toàn trình. Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của Bộ đạt 89%.

Cụ thể, tại Tổng cục Thuế, 99,6% doanh nghiệp đang hoạt động đã khai thuế điện tử và 97,8% doanh nghiệp nộp thuế điện tử; Tổng cục Hải quan có 99,7% thủ tục được thực hiện qua Hệ thống thông quan tự động VNACCS/VCIS; Kho bạc Nhà nước đạt 100% đơn vị giao dịch sử dụng dịch vụ công trực tuyến. Bộ Tài chính đã tích hợp 924 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia.

Để so sánh, theo số liệu của Văn phòng Chính phủ, trong quý I/2024, tỷ lệ hồ sơ được xử lý trực tuyến của các bộ, ngành đạt 60,4%, của các địa phương đạt 38,1%; tính chung cả nước đạt 45,2%.

Năm 2024, Bộ Tài chính đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình và 100% hồ sơ được số hóa ngay khi tiếp nhận.

Phương Linh""",
        "2024-04-12",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 60.4),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 38.1),
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 45.2),
        ],
    ),
    # 38. Bình Dương provincial paper, 2023 review: 2023 dossier rates, reuse, FTTH at 31/12/2023 and GRDP share (breakdown Bình Dương).
    #    Traps: Thủ Dầu Một city, the 766-index first place, "trong đó" dossier count, the smart-city project money, 2024 targets, percent growth of dossiers.
    (
        """Bình Dương: Năm 2023 hoàn thành nhiều chỉ tiêu chuyển đổi số quan trọng

16/01/2024 07:10

(BDO) - Chiều 15/1, Ban Chỉ đạo chuyển đổi số tỉnh Bình Dương tổ chức hội nghị tổng kết năm 2023, triển khai phương hướng, nhiệm vụ năm 2024.

Báo cáo tại hội nghị cho thấy, năm 2023, toàn tỉnh tiếp nhận hơn 1,9 triệu hồ sơ thủ tục hành chính, tăng 24% so với năm 2022, trong đó hơn 1,6 triệu hồ sơ nộp trực tuyến. Tỷ lệ hồ sơ xử lý trực tuyến năm 2023 đạt 85,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 69,8%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 99,1%; tỷ lệ hồ sơ tái sử dụng dữ liệu đã số hóa đạt 70,2%. Thành phố Thủ Dầu Một đạt 98% hồ sơ trực tuyến.

Bình Dương xếp thứ nhất cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2023 với 89,78 điểm.

Về hạ tầng số, tính đến ngày 31/12/2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh đạt 92,3%. Tỷ trọng kinh tế số trong GRDP năm 2023 ước đạt 13,9%. Đề án thành phố thông minh Bình Dương giai đoạn 2023 - 2025 có tổng vốn dự kiến khoảng 5.000 tỷ đồng.

Năm 2024, tỉnh phấn đấu đạt 90% hồ sơ trực tuyến, 75% hồ sơ toàn trình và kinh tế số chiếm 15% GRDP.

Thanh Hằng""",
        "2024-01-16",
        [
            ("online_dossier_rate", "Bình Dương", "year", "2023-12-31", 85.6),
            ("online_dossier_full_process_rate", "Bình Dương", "year", "2023-12-31", 69.8),
            ("e_result_rate", "Bình Dương", "year", "2023-12-31", 99.1),
            ("data_reuse_rate", "Bình Dương", "year", "2023-12-31", 70.2),
            ("ftth_household_rate", "Bình Dương", "as_of", "2023-12-31", 92.3),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 13.9),
        ],
    ),
    # 39. Write-up of the Internet-day forum (page 26/7/2024): fixed broadband subscriptions, per-100 and Internet-user share at 30/6/2024.
    #    Traps: IPv6 adoption share and rank, .vn domains, traffic growth, data centres, submarine cables, Malaysia/Thailand IPv6, the 1997 history, 2025 targets.
    (
        """Ngày Internet Việt Nam 2024: Hướng tới hạ tầng Internet thế hệ mới

26/07/2024 | 17:25

Chiều 25/7, tại Hà Nội, Trung tâm Internet Việt Nam (VNNIC) phối hợp với Hiệp hội Internet Việt Nam tổ chức Ngày Internet Việt Nam 2024 với chủ đề "Hạ tầng Internet thế hệ mới - Nền tảng cho kinh tế số". Sự kiện có hơn 600 đại biểu tham dự.

Phát biểu khai mạc, lãnh đạo Bộ Thông tin và Truyền thông nhắc lại, từ khi chính thức kết nối Internet toàn cầu năm 1997, hạ tầng Internet của Việt Nam đã phát triển vượt bậc. Theo Bộ, tính đến ngày 30/6/2024, cả nước có 23,2 triệu thuê bao băng rộng cố định, tương đương 23,1 thuê bao/100 dân; tỷ lệ người dân sử dụng Internet đạt 78,8%.

Theo VNNIC, tỷ lệ sử dụng IPv6 của Việt Nam đạt khoảng 60%, xếp thứ 8 thế giới, cao hơn Malaysia (57%) và Thái Lan (41%). Số tên miền quốc gia .vn duy trì trên 650.000, lưu lượng Internet qua các trạm trung chuyển VNIX tăng 25% so với cùng kỳ. Cả nước hiện có khoảng 45 trung tâm dữ liệu thương mại và 5 tuyến cáp quang biển quốc tế, trong đó tuyến AAG vẫn đang sửa chữa.

Mục tiêu đến năm 2025, tỷ lệ sử dụng IPv6 đạt 70%, 100% cơ quan nhà nước chuyển đổi IPv6 và Việt Nam có thêm ít nhất 2 tuyến cáp quang biển mới.

Hà Phương""",
        "2024-07-26",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.1),
            ("internet_users_rate", "national", "as_of", "2024-06-30", 78.8),
        ],
    ),
    # 40. Ministry's 2022 year-end review (page 06/01/2023), long mixed page: FTTH, smartphone share, December 2022 download speeds, Mobile Money, villages left and the 2022 EGDI rank.
    #    Traps: revenue and growth, GII rank, upload speed, "giữ nguyên" (2020 rank not stated), 5G trial provinces, enterprises, targets for 2023.
    (
        """Ngành Thông tin và Truyền thông năm 2022: Hạ tầng số đi trước một bước

06/01/2023 08:15

Ngày 5/1, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.

Theo báo cáo, năm 2022 tổng doanh thu toàn ngành ước đạt 3,6 triệu tỷ đồng, tăng 8,5% so với năm 2021; cả nước có khoảng 70.000 doanh nghiệp công nghệ số. Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2022 của Việt Nam xếp thứ 48/132.

Về hạ tầng số, năm 2022:
- Tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đạt 75%;
- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 81%;
- Theo Ookla, tháng 12/2022 tốc độ tải xuống trung bình của băng rộng cố định đạt 84,9 Mbps (tốc độ tải lên 83,2 Mbps), của mạng di động đạt 38,3 Mbps;
- Cả nước còn 1.958 thôn, bản chưa có sóng di động băng rộng;
- Các doanh nghiệp đã thử nghiệm 5G tại 18 tỉnh, thành phố.

Dịch vụ Mobile Money sau hơn một năm thí điểm đã có 3,8 triệu khách hàng. Về chính phủ số, Việt Nam xếp thứ 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2022 của Liên Hợp Quốc, giữ nguyên vị trí so với kỳ đánh giá năm 2020.

Năm 2023, Bộ đặt mục tiêu doanh thu toàn ngành tăng 10%, 80% hộ gia đình có cáp quang, 85% thuê bao sử dụng điện thoại thông minh và tỷ trọng kinh tế số đạt 16,5% GDP.

Minh Đức""",
        "2023-01-06",
        [
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.0),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 84.9),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 38.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2022-12-31", 1958.0),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 3800000.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 41. Bà Rịa - Vũng Tàu portal, 5 months of 2025: ytd and May dossier rates, 5G stations and the province's 5G population coverage at 31/5/2025 (breakdown Bà Rịa - Vũng Tàu).
    #    Traps: Vũng Tàu city and Côn Đảo district, commune-unit count before the merger, "trong đó" VNPT's stations, tourism app users, money, year-end targets.
    (
        """Bà Rịa - Vũng Tàu: Kết quả chuyển đổi số 5 tháng đầu năm 2025

10/06/2025 | 08:50 | Sở Khoa học và Công nghệ

Trong 5 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 81,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,2%. Riêng tháng 5/2025, tỷ lệ hồ sơ trực tuyến đạt 84,7%, cao nhất từ trước đến nay. Thành phố Vũng Tàu đạt 92,4%; huyện Côn Đảo đạt 76%.

Về hạ tầng, tính đến ngày 31/5/2025, trên địa bàn tỉnh có 412 trạm 5G, trong đó VNPT 96 trạm; vùng phủ sóng 5G đạt 38% dân số của tỉnh.

Ứng dụng du lịch thông minh của tỉnh có hơn 85.000 người dùng. Tỉnh đã bố trí 57 tỷ đồng cho việc chuẩn bị hạ tầng số phục vụ sắp xếp 77 xã, phường, thị trấn trước khi hợp nhất vào Thành phố Hồ Chí Minh.

Phấn đấu đến cuối năm 2025, 90% hồ sơ được xử lý trực tuyến và phủ sóng 5G tới 60% dân số.""",
        "2025-06-10",
        [
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "ytd", "2025-05-31", 81.5),
            ("online_dossier_full_process_rate", "Bà Rịa - Vũng Tàu", "ytd", "2025-05-31", 63.2),
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "month", "2025-05-31", 84.7),
            ("fiveg_bts_count", "Bà Rịa - Vũng Tàu", "as_of", "2025-05-31", 412.0),
            ("fiveg_population_coverage_rate", "Bà Rịa - Vũng Tàu", "as_of", "2025-05-31", 38.0),
        ],
    ),
    # 42. Q&A interview with a deputy minister (page 15/3/2024): full-process shares at end of 2/2024 (of all procedures and of eligible ones), February's full-process dossier share.
    #    Traps: the 2019 count of services, inspection teams, decrees in drafting, Estonia, targets, the unnamed-locality bounds (vượt 70%, dưới 20%), point change.
    (
        """Thứ trưởng Bộ Thông tin và Truyền thông: "Dịch vụ công trực tuyến phải dùng được, dùng thật"

15/03/2024 | 06:00

PV: Thưa Thứ trưởng, bức tranh dịch vụ công trực tuyến hiện nay ra sao?

Thứ trưởng: Chúng ta đã đi một chặng đường dài. Năm 2019, khi Cổng Dịch vụ công quốc gia khai trương, mới có 8 dịch vụ được tích hợp. Tính đến hết tháng 2/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đã đạt 45,1%; tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp toàn trình đạt 88,6%.

PV: Nhưng người dân vẫn phàn nàn nộp trực tuyến khó hơn nộp trực tiếp?

Thứ trưởng: Đó là thực tế. Trong tháng 2/2024, tỷ lệ hồ sơ được xử lý trực tuyến toàn trình mới đạt 31,2%, tăng 2,4 điểm phần trăm so với tháng trước. Có địa phương đã vượt 70%, nhưng nhiều nơi còn dưới 20%. Năm nay, Bộ sẽ phối hợp thành lập 12 đoàn kiểm tra và đang xây dựng 3 nghị định liên quan.

PV: Kinh nghiệm quốc tế cho thấy điều gì?

Thứ trưởng: Ở Estonia, 99% dịch vụ công đã trực tuyến và người dân chỉ cần đến cơ quan nhà nước khi kết hôn hoặc ly hôn. Mục tiêu của chúng ta là đến cuối năm 2024 có 50% hồ sơ được xử lý trực tuyến toàn trình, đến năm 2025 đạt 80% dịch vụ công trực tuyến toàn trình.

Hoàng Long (thực hiện)""",
        "2024-03-15",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-02-29", 45.1),
            ("full_process_provision_rate", "national", "as_of", "2024-02-29", 88.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-02-29", 31.2),
        ],
    ),
    # 43. Write-up of National Digital Transformation Day 10/10/2025 (evening event, page same day): "đến nay" levels dated to the page: VNeID, chip cards, portal accounts, full-process share, 5G coverage.
    #    Traps: "Bình dân học vụ số" participants, Resolution 57 money and tasks, province and commune counts, Estonia and Korea, 2030 targets, Viettel's 5G share.
    (
        """Ngày Chuyển đổi số quốc gia 2025: Đưa Nghị quyết 57 vào cuộc sống

10/10/2025 22:10

Tối 10/10, tại Hà Nội, Ủy ban Quốc gia về chuyển đổi số tổ chức chương trình hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025, kết nối trực tuyến tới 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu.

Báo cáo tại chương trình cho biết, đến nay, cả nước đã kích hoạt hơn 63,2 triệu tài khoản định danh điện tử, cấp 91,5 triệu thẻ căn cước và căn cước công dân gắn chíp. Cổng Dịch vụ công quốc gia đã có hơn 30,5 triệu tài khoản đăng ký; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 55,8%. Vùng phủ sóng 5G hiện đạt 87% dân số, trong đó mạng của Viettel chiếm khoảng 60% số trạm.

Phong trào "Bình dân học vụ số" đã thu hút hơn 12 triệu lượt người tham gia học kỹ năng số cơ bản. Sau 10 tháng triển khai Nghị quyết 57-NQ/TW, các bộ, ngành, địa phương đã hoàn thành 71 nhiệm vụ, ngân sách trung ương bố trí khoảng 25.000 tỷ đồng cho khoa học, công nghệ và chuyển đổi số.

Các chuyên gia quốc tế đến từ Estonia và Hàn Quốc chia sẻ kinh nghiệm xây dựng chính phủ số; Hàn Quốc hiện có tỷ lệ phủ sóng 5G trên 95% dân số.

Phát biểu tại chương trình, Thủ tướng nhấn mạnh mục tiêu đến năm 2030 Việt Nam thuộc nhóm 30 nước dẫn đầu về chính phủ số và kinh tế số đạt 30% GDP.

PV""",
        "2025-10-10",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-10-10", 63200000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-10-10", 91500000.0),
            ("national_portal_accounts", "national", "as_of", "2025-10-10", 30500000.0),
            ("dvctt_full_process_rate", "national", "as_of", "2025-10-10", 55.8),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-10", 87.0),
        ],
    ),
]
