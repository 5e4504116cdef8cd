"""Genre probes, round 86: national monthly and quarterly digital-transformation news summaries as scraped pages (headline with a round figure, lead, body comparing months and same-period values, reported speech of officials, "Những chỉ tiêu chính" aim lists after results, bullet lists and flattened tables) across the National Public Service Portal, online payments, NDXP, cybersecurity and botnets, broadband speeds and subscriptions, fibre, 5G, Mobile Money, identification, digital economy and EGDI, with provincial and ministry/locality-block figures and traps (targets, changes, operators, vendors, surveys, upload speeds, speed ranks, sub-counts, undated levels), written blind by a helper (not copied from any page).

Read once with stop 41's start code 3b0fde8 before any fitting: 128 of 144 right, 128 of 165 found (0.89 / 0.78). Fitted at stop 41 (numbered aims under 'Những chỉ tiêu chính', an operator launching its network, earlier values after 'nhiều hơn mức' and of the figure of their size, the country's figure at the same time and in brackets after its month, an operator set apart as a part, a province given as the example, the State Bank speaking through its official, 'BRDĐ' before its speed, a short page's later items no context for its first, the level a change started from in brackets, a ranking table's 'Bình quân cả nước' row, two earlier values joined by 'và'): 158 of 160 right, 158 of 165 found. Left: a table flattened with spaces ('Chỉ tiêu Quý II/2023 Quý I/2023'), a city inside its province ('Riêng thành phố Huế'), the EGDI edition ended at the page's date."""

CASES = [
    # 1 — cybersecurity monthly, month vs previous month, ytd with same-period comparison, botnet level
    (
        """Trang chủ > Công nghệ > An ninh mạng

Tháng 10/2024: Hơn 1.000 cuộc tấn công mạng gây sự cố vào hệ thống thông tin Việt Nam

08/11/2024 09:15 GMT+7

(ICTnews) - Số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 10 tiếp tục tăng, chủ yếu là tấn công lừa đảo và thay đổi giao diện.

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 10/2024, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.094 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, nhiều hơn mức 876 cuộc của tháng 9/2024.

Trong đó có 412 cuộc tấn công lừa đảo (Phishing), 385 cuộc tấn công thay đổi giao diện (Deface) và 297 cuộc tấn công cài mã độc (Malware).

Lũy kế 10 tháng năm 2024, tổng số cuộc tấn công mạng gây sự cố là 10.870 cuộc, giảm 12,4% so với cùng kỳ năm 2023 (12.410 cuộc).

Cũng theo Cục An toàn thông tin, tính đến cuối tháng 10/2024, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 512.300 địa chỉ, giảm 8% so với tháng trước. Cục khuyến nghị các cơ quan, tổ chức, doanh nghiệp thường xuyên rà soát, bóc gỡ mã độc và tăng cường giám sát hệ thống.

Chia sẻ | Bình luận (0)
Tags: tấn công mạng, NCSC, botnet""",
        "2024-11-08",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 1094.0),
            ("cyberattacks", "national", "month", "2024-09-30", 876.0),
            ("cyberattacks", "national", "ytd", "2024-10-31", 10870.0),
            ("cyberattacks", "national", "ytd", "2023-10-31", 12410.0),
            ("botnet_ips", "national", "as_of", "2024-10-31", 512300.0),
        ],
    ),
    # 2 — NDXP monthly with daily average, previous month, cumulative, connection points and agencies
    (
        """Nền tảng NDXP xử lý hơn 112 triệu giao dịch trong tháng 9

Cập nhật: 07/10/2024 - 10:42

Theo Cục Chuyển đổi số quốc gia, trong tháng 9/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 112,6 triệu giao dịch, trung bình khoảng 3,75 triệu giao dịch mỗi ngày, nhiều hơn mức 104,3 triệu giao dịch của tháng 8.

Lũy kế từ khi khai trương (tháng 10/2019) đến hết tháng 9/2024, tổng số giao dịch qua NDXP đạt hơn 3,45 tỷ giao dịch.

Đến cuối tháng 9/2024, NDXP đã thiết lập 1.312 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu của 106 bộ, ngành, địa phương và cơ quan, đơn vị.

Đại diện Cục Chuyển đổi số quốc gia cho biết: "Lượng giao dịch tăng mạnh chủ yếu do việc khai thác Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu chuyên ngành phục vụ giải quyết thủ tục hành chính."

Xem thêm:
- Kết nối dữ liệu đất đai với Cơ sở dữ liệu dân cư: còn nhiều vướng mắc""",
        "2024-10-07",
        [
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 112600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3750000.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 104300000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 3450000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-09-30", 1312.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-09-30", 106.0),
        ],
    ),
    # 3 — National Portal monthly: round headline, cumulative levels and month flows, deadline trap
    (
        """Cổng Dịch vụ công quốc gia đạt gần 10 triệu tài khoản đăng ký

06/12/2023 | 14:22

VGP - Văn phòng Chính phủ vừa công bố số liệu vận hành Cổng Dịch vụ công quốc gia tháng 11/2023.

Tính đến hết tháng 11/2023, Cổng Dịch vụ công quốc gia có 9,87 triệu tài khoản đăng ký; tiếp nhận 18,5 triệu hồ sơ trực tuyến; thực hiện 13,4 triệu giao dịch thanh toán trực tuyến với số tiền hơn 8.950 tỷ đồng.

Riêng trong tháng 11/2023, Cổng có thêm 312.000 tài khoản đăng ký mới, tiếp nhận 1,06 triệu hồ sơ trực tuyến và 845.000 giao dịch thanh toán trực tuyến với tổng số tiền 612 tỷ đồng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, bảo đảm 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình trước ngày 31/12/2023.

Bài liên quan
- Hơn 300 dịch vụ công được tích hợp mới lên Cổng trong quý III""",
        "2023-12-06",
        [
            ("national_portal_accounts", "national", "as_of", "2023-11-30", 9870000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-11-30", 18500000.0),
            ("online_payments_count", "national", "as_of", "2023-11-30", 13400000.0),
            ("online_payments_value", "national", "as_of", "2023-11-30", 8950.0),
            ("national_portal_accounts_new", "national", "month", "2023-11-30", 312000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-11-30", 1060000.0),
            ("online_payments_count_new", "national", "month", "2023-11-30", 845000.0),
            ("online_payments_value_new", "national", "month", "2023-11-30", 612.0),
        ],
    ),
    # 4 — quarterly ministry briefing 2025: speeds (rank/upload traps), 5G (operator trap), fibre, aims list
    (
        """Bộ Khoa học và Công nghệ giao ban quý I/2025: Tốc độ Internet di động lần đầu vượt 79 Mbps

10/04/2025 16:40

Sáng 10/4, Bộ Khoa học và Công nghệ tổ chức hội nghị giao ban trực tuyến đánh giá kết quả quý I và triển khai nhiệm vụ quý II/2025.

Theo báo cáo, trong tháng 3/2025, tốc độ tải xuống trung bình Internet băng rộng di động của Việt Nam đạt 79,2 Mbps, xếp thứ 20 thế giới; băng rộng cố định đạt 172,3 Mbps, xếp thứ 11 thế giới. Tốc độ tải lên băng rộng di động đạt 31,4 Mbps.

Về hạ tầng 5G, đến hết quý I/2025, cả nước đã lắp đặt 8.215 trạm BTS 5G, trong đó riêng Viettel có hơn 6.700 trạm; tỷ lệ phủ sóng 5G theo dân số đạt 26,4%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82,1%.

Thứ trưởng Phạm Đức Long nhấn mạnh: "Hạ tầng số phải đi trước một bước. Các doanh nghiệp viễn thông cần đẩy nhanh tiến độ lắp đặt trạm 5G, nhất là tại các khu công nghiệp, bệnh viện, trường học."

Những chỉ tiêu chính năm 2025:
1. Phủ sóng 5G đạt 45% dân số;
2. Tốc độ băng rộng di động đạt tối thiểu 100 Mbps, băng rộng cố định đạt 200 Mbps;
3. 100% thôn, bản có sóng băng rộng di động;
4. 85% hộ gia đình có Internet cáp quang.""",
        "2025-04-10",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 79.2),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 172.3),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8215.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.4),
            ("ftth_household_rate", "national", "as_of", "2025-03-31", 82.1),
        ],
    ),
    # 5 — Mobile Money end-2023 with past comparison; operator and rural sub-count traps; bank accounts
    (
        """Mobile Money đạt 6,5 triệu khách hàng sau hơn hai năm thí điểm

18/01/2024 - 10:05

Theo Ngân hàng Nhà nước Việt Nam (NHNN), tính đến ngày 31/12/2023, số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt khoảng 6,5 triệu, gấp hơn hai lần so với mức 3,2 triệu khách hàng tại thời điểm cuối năm 2022. Trong đó, hơn 4,3 triệu khách hàng (chiếm 66%) ở khu vực nông thôn, miền núi, biên giới, hải đảo.

Ba doanh nghiệp được cấp phép thí điểm gồm Viettel, VNPT và MobiFone; riêng Viettel Money chiếm hơn 5,1 triệu khách hàng.

Cũng theo NHNN, đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%.

Mạng lưới điểm kinh doanh Mobile Money hiện đã lên tới gần 12.000 điểm, phần lớn ở các xã vùng sâu, vùng xa.""",
        "2024-01-18",
        [
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6500000.0),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 3200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
        ],
    ),
    # 6 — year-under-review results then numbered aims for 2025; growth recorded, rank change not
    (
        """Ủy ban Quốc gia về chuyển đổi số: Năm 2024 kinh tế số chiếm 18,3% GDP

20/02/2025 08:00

Báo cáo kết quả chuyển đổi số quốc gia năm 2024 cho biết, năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%; tăng trưởng kinh tế số đạt 20,3%, gấp khoảng ba lần tốc độ tăng trưởng GDP.

Chỉ số Phát triển Chính phủ điện tử (EGDI) của Liên hợp quốc năm 2024 xếp Việt Nam thứ 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá trước.

Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 55%.

Những chỉ tiêu chính năm 2025:
1. Kinh tế số chiếm 20% GDP;
2. 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình;
3. Tỷ lệ hồ sơ trực tuyến đạt 80%;
4. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 60%;
5. Phủ sóng 5G đạt 45% dân số.""",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.3),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 55.0),
        ],
    ),
    # 7 — province monthly: month vs previous month, national average same month, e-results; city trap
    (
        """Thừa Thiên Huế: Tỷ lệ hồ sơ trực tuyến tháng 8 đạt 78,5%

06/09/2023 08:30

Theo Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế, trong tháng 8/2023, toàn tỉnh tiếp nhận 41.250 hồ sơ thủ tục hành chính, trong đó 32.381 hồ sơ trực tuyến. Tỷ lệ hồ sơ xử lý trực tuyến đạt 78,5%, cao hơn mức 74,2% của tháng 7/2023 và cao gần gấp đôi bình quân cả nước trong tháng 8 (42,3%).

Tỷ lệ hồ sơ được cấp kết quả điện tử của tỉnh trong tháng 8 đạt 92,6%. Riêng thành phố Huế đạt tỷ lệ hồ sơ trực tuyến 85,1%.

Ông Nguyễn Xuân Sơn, Giám đốc Sở Thông tin và Truyền thông cho biết: "Tỉnh sẽ tiếp tục duy trì vị trí dẫn đầu cả nước và phấn đấu đạt 85% hồ sơ trực tuyến trong năm 2023."

Chia sẻ Facebook | Zalo | In bài""",
        "2023-09-06",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "month", "2023-08-31", 78.5),
            ("online_dossier_rate", "Thừa Thiên Huế", "month", "2023-07-31", 74.2),
            ("online_dossier_rate", "national", "month", "2023-08-31", 42.3),
            ("e_result_rate", "Thừa Thiên Huế", "month", "2023-08-31", 92.6),
        ],
    ),
    # 8 — vendor report and survey traps; one official digital-economy share
    (
        """Báo cáo e-Conomy SEA 2024: Kinh tế số Việt Nam đạt 36 tỷ USD

12/11/2024

Theo báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 ước đạt 36 tỷ USD, tăng 16% so với năm 2023 và được dự báo đạt 90–200 tỷ USD vào năm 2030. Thương mại điện tử đóng góp khoảng 22 tỷ USD.

Khảo sát đi kèm báo cáo cho thấy 82% người dùng Internet được hỏi đã sử dụng ví điện tử; 94% sở hữu điện thoại thông minh.

Trong khi đó, theo số liệu chính thức của Bộ Thông tin và Truyền thông, năm 2023 tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 16,5%.

Các chuyên gia nhận định Việt Nam tiếp tục là một trong những nền kinh tế số tăng trưởng nhanh nhất khu vực.""",
        "2024-11-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 9 — operator 5G launch, mostly traps; one national smartphone-subscription share
    (
        """Viettel chính thức khai trương mạng 5G

16/10/2024 11:02

Ngày 15/10, Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) chính thức khai trương mạng 5G trên toàn quốc với 6.500 trạm phát sóng, phủ sóng 90% dân số. Tốc độ thử nghiệm trên mạng Viettel đạt tới 1,1 Gbps.

VNPT cho biết đã lắp đặt hơn 1.000 trạm 5G và đặt mục tiêu nâng lên 5.000 trạm trong năm 2025. MobiFone dự kiến khai trương 5G trong quý I/2025.

Theo Cục Viễn thông, tính đến hết tháng 9/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,5%, tạo nền tảng thuận lợi để người dùng chuyển lên 5G.

Từ khóa: 5G, Viettel, VNPT""",
        "2024-10-16",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 87.5),
        ],
    ),
    # 10 — flattened table of NDXP quarterly figures; new connection points not an indicator
    (
        """NDXP quý II/2023: hơn 258 triệu giao dịch

12/07/2023 15:10

Bảng: Kết quả vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Chỉ tiêu Quý II/2023 Quý I/2023
Tổng số giao dịch trong quý 258,4 triệu 231,7 triệu
Trung bình giao dịch/ngày 2,84 triệu 2,57 triệu
Số điểm kết nối mới trong quý 46 38
(Nguồn: Cục Tin học hóa)

Lũy kế đến ngày 30/6/2023, NDXP đã xử lý 2,05 tỷ giao dịch kể từ khi khai trương.

Cục Tin học hóa cho biết sẽ tiếp tục phối hợp với các bộ, ngành nâng cấp năng lực xử lý của nền tảng trong 6 tháng cuối năm.""",
        "2023-07-12",
        [
            ("ndxp_transactions_period", "national", "quarter", "2023-06-30", 258400000.0),
            ("ndxp_transactions_period", "national", "quarter", "2023-03-31", 231700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-06-30", 2840000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-03-31", 2570000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-30", 2050000000.0),
        ],
    ),
    # 11 — half-year 2022: portal flows for the half, cumulative levels, ministry/locality block shares
    (
        """Văn phòng Chính phủ: 6 tháng đầu năm 2022, Cổng Dịch vụ công quốc gia tiếp nhận 2,9 triệu hồ sơ trực tuyến

08/07/2022 15:30

Tại họp báo Chính phủ thường kỳ tháng 6, Văn phòng Chính phủ cho biết, 6 tháng đầu năm 2022, Cổng Dịch vụ công quốc gia đã tiếp nhận 2,9 triệu hồ sơ trực tuyến; thực hiện 2,1 triệu giao dịch thanh toán trực tuyến với số tiền 1.850 tỷ đồng.

Lũy kế từ khi khai trương (12/2019) đến ngày 30/6/2022, Cổng có 3,2 triệu tài khoản đăng ký, tiếp nhận 6,4 triệu hồ sơ trực tuyến.

Về cung cấp dịch vụ công trực tuyến, đến ngày 30/6/2022, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của khối bộ, ngành đạt 43,5%; khối địa phương đạt 52,1%.""",
        "2022-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2022-06-30", 2900000.0),
            ("online_payments_count_new", "national", "half", "2022-06-30", 2100000.0),
            ("online_payments_value_new", "national", "half", "2022-06-30", 1850.0),
            ("national_portal_accounts", "national", "as_of", "2022-06-30", 3200000.0),
            ("national_portal_dossiers", "national", "as_of", "2022-06-30", 6400000.0),
            ("dvctt_full_process_rate", "ministries", "as_of", "2022-06-30", 43.5),
            ("dvctt_full_process_rate", "localities", "as_of", "2022-06-30", 52.1),
        ],
    ),
    # 12 — monthly speeds with previous month; upload, rank and other-country traps
    (
        """Tốc độ Internet di động tại Việt Nam tháng 6 đạt gần 52 Mbps

15/07/2024 | 07:45

Theo số liệu Speedtest Global Index của Ookla được Cục Viễn thông dẫn lại, trong tháng 6/2024, tốc độ tải xuống trung bình băng rộng di động tại Việt Nam đạt 51,83 Mbps, tốc độ tải lên 24,1 Mbps, xếp thứ 46/111 thị trường. Băng rộng cố định đạt tốc độ tải xuống 138,4 Mbps (tải lên 137,2 Mbps), xếp thứ 37/180.

So với tháng 5/2024, tốc độ băng rộng di động tăng 2,93 Mbps (từ mức 48,9 Mbps); tốc độ băng rộng cố định tăng từ mức 134,1 Mbps của tháng 5.

Trong khu vực, Singapore tiếp tục dẫn đầu về tốc độ băng rộng cố định với 330,2 Mbps.""",
        "2024-07-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 51.83),
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 138.4),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 48.9),
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 134.1),
        ],
    ),
    # 13 — Hà Nội quarter: dossier shares over the quarter; districts and target traps
    (
        """Hà Nội: Quý I/2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%

08/04/2025 17:05

Theo báo cáo của UBND thành phố Hà Nội, trong quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính của thành phố đạt 68,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 57,8%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 96,4%.

Một số quận dẫn đầu về tỷ lệ hồ sơ trực tuyến toàn trình như Hoàn Kiếm (91,5%), Cầu Giấy (89,2%).

Năm 2025, thành phố phấn đấu đạt tỷ lệ 80% hồ sơ trực tuyến toàn trình và 100% hồ sơ được cấp kết quả điện tử.""",
        "2025-04-08",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2025-03-31", 68.2),
            ("data_reuse_rate", "Hà Nội", "quarter", "2025-03-31", 57.8),
            ("e_result_rate", "Hà Nội", "quarter", "2025-03-31", 96.4),
        ],
    ),
    # 14 — payments: year 2024 vs year 2023 flows, cumulative at year end; quote; sub-count trap
    (
        """Năm 2024: Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt hơn 9.200 tỷ đồng

10/01/2025 09:20

Năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 9,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền 9.215 tỷ đồng, nhiều hơn mức 6,1 triệu giao dịch và 5.420 tỷ đồng của năm 2023.

Lũy kế đến ngày 31/12/2024, tổng số giao dịch thanh toán trực tuyến qua Cổng đạt 24,1 triệu giao dịch với số tiền 18.760 tỷ đồng.

Bà Ngô Hải Phan, Cục trưởng Cục Kiểm soát thủ tục hành chính cho biết: "Các khoản thanh toán chủ yếu là phí, lệ phí đăng ký xe, nộp phạt vi phạm hành chính trong lĩnh vực giao thông và thuế." Trong đó, riêng nộp phạt vi phạm giao thông chiếm 3,2 triệu giao dịch.""",
        "2025-01-10",
        [
            ("online_payments_count_new", "national", "year", "2024-12-31", 9800000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 9215.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 6100000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 5420.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 24100000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 18760.0),
        ],
    ),
    # 15 — identification (Đề án 06): chip cards, VNeID, essential services; aims list trap
    (
        """Bộ Công an: Đã cấp hơn 85,6 triệu thẻ Căn cước công dân gắn chip

05/12/2023 | 16:12

Tại hội nghị sơ kết Đề án 06 tháng 11/2023, Bộ Công an cho biết, tính đến ngày 30/11/2023, đã cấp 85,6 triệu thẻ Căn cước công dân gắn chip; tiếp nhận 73,1 triệu hồ sơ cấp tài khoản định danh điện tử, kích hoạt 48,9 triệu tài khoản định danh điện tử (VNeID).

Cũng đến ngày 30/11/2023, đã có 42/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.

Những chỉ tiêu chính năm 2024:
- 100% công dân đủ điều kiện được cấp thẻ Căn cước công dân gắn chip;
- Kích hoạt 70 triệu tài khoản VNeID;
- 53/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.""",
        "2023-12-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-11-30", 85600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-11-30", 48900000.0),
            ("essential_services_full_process", "national", "as_of", "2023-11-30", 42.0),
        ],
    ),
    # 16 — fee-reduction resolutions, undated level (published); remainder and deadline traps
    (
        """58/63 địa phương đã ban hành Nghị quyết miễn, giảm phí, lệ phí dịch vụ công trực tuyến

10/04/2024 11:30

Theo Văn phòng Chính phủ, đến nay đã có 58/63 tỉnh, thành phố trực thuộc Trung ương ban hành Nghị quyết của Hội đồng nhân dân về việc miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.

Còn 5 địa phương chưa ban hành; Văn phòng Chính phủ đề nghị các địa phương này hoàn thành trước ngày 30/6/2024.

Tại Long An, người dân nộp hồ sơ trực tuyến được giảm 50% lệ phí đối với nhiều thủ tục.""",
        "2024-04-10",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-04-10", 58.0),
        ],
    ),
    # 17 — bullet list under a dated header: simplification, EMC, personal ID; business-rule trap
    (
        """Tháng 7/2024: Cải cách thủ tục hành chính tiếp tục có chuyển biến

09/08/2024

Báo cáo của Văn phòng Chính phủ về tình hình, kết quả cải cách thủ tục hành chính tháng 7/2024 (số liệu tính đến hết ngày 31/7/2024):
- Các bộ, cơ quan đã cắt giảm, đơn giản hóa 856/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ;
- 91,2% hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC);
- Tỷ lệ hồ sơ thủ tục hành chính được gắn định danh cá nhân đạt 97,3%;
- 7 tháng, đã cắt giảm, đơn giản hóa 2.354 quy định kinh doanh.""",
        "2024-08-09",
        [
            ("procedures_simplified", "national", "as_of", "2024-07-31", 856.0),
            ("emc_connection_rate", "national", "as_of", "2024-07-31", 91.2),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-07-31", 97.3),
        ],
    ),
    # 18 — year 2022 review: provision level at year end, dossier share over the year; change and ministry index traps
    (
        """Năm 2022: Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 41,9%

20/01/2023 10:00

Theo báo cáo tổng kết công tác cải cách hành chính năm 2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 41,9%. Tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 30,4%, tăng 10,9 điểm phần trăm so với năm trước.

Chỉ số PAR INDEX 2022 của Bộ Tài chính đạt 90,75%, tiếp tục dẫn đầu khối bộ, ngành.

Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn nhấn mạnh: "Năm 2023 phải là năm tạo chuyển biến thực chất, lấy người dân, doanh nghiệp làm trung tâm." """,
        "2023-01-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2022-12-31", 41.9),
            ("online_dossier_rate", "national", "year", "2022-12-31", 30.4),
        ],
    ),
    # 19 — province fibre with national figure at the same time; commune-level trap
    (
        """Quảng Ninh: 91% hộ gia đình có Internet cáp quang

02/11/2022 14:00

Đến cuối tháng 10/2022, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng của Quảng Ninh đạt 91,3%, cao hơn nhiều so với mức 74% của cả nước cùng thời điểm. 100% xã, phường, thị trấn trên địa bàn đã có cáp quang đến trung tâm xã; tỷ lệ thôn, bản của tỉnh có sóng di động đạt 100%.

Tỉnh đặt mục tiêu đến năm 2025 phủ sóng 5G toàn bộ các khu công nghiệp, khu du lịch trọng điểm.""",
        "2022-11-02",
        [
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2022-10-31", 91.3),
            ("ftth_household_rate", "national", "as_of", "2022-10-31", 74.0),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2022-10-31", 100.0),
        ],
    ),
    # 20 — subscriptions at mid-2024: counts, per-100, smartphone count and share; revenue trap
    (
        """Việt Nam có 23,1 triệu thuê bao băng rộng cố định

20/07/2024 08:15

Theo Cục Viễn thông, tính đến hết tháng 6/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, đạt 23 thuê bao/100 dân; 88,5 triệu thuê bao băng rộng di động, đạt 88,2 thuê bao/100 dân.

Số thuê bao sử dụng điện thoại thông minh là 109,2 triệu, chiếm 85,9% tổng số thuê bao di động.

Tổng doanh thu dịch vụ viễn thông 6 tháng đầu năm đạt khoảng 71.000 tỷ đồng.""",
        "2024-07-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 88500000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 88.2),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 109200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 85.9),
        ],
    ),
    # 21 — cyber quarter with "(cùng kỳ ...)", months compared, block shares of approved systems
    (
        """Quý I/2023: Gần 3.000 cuộc tấn công mạng gây sự cố

10/04/2023 09:00

Theo Cục An toàn thông tin, quý I/2023, hệ thống kỹ thuật của NCSC đã ghi nhận, cảnh báo và hướng dẫn xử lý 2.962 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (cùng kỳ 2022: 3.295 cuộc), trong đó có 1.210 cuộc tấn công lừa đảo.

Riêng tháng 3/2023 ghi nhận 1.105 cuộc, nhiều hơn mức 853 cuộc của tháng 2/2023.

Tính đến hết quý I/2023, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành đạt 82,4%, khối địa phương đạt 75,1%.

Cục An toàn thông tin khuyến cáo: "Các cơ quan cần hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin trong năm 2023." """,
        "2023-04-10",
        [
            ("cyberattacks", "national", "quarter", "2023-03-31", 2962.0),
            ("cyberattacks", "national", "quarter", "2022-03-31", 3295.0),
            ("cyberattacks", "national", "month", "2023-03-31", 1105.0),
            ("cyberattacks", "national", "month", "2023-02-28", 853.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-03-31", 82.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-03-31", 75.1),
        ],
    ),
    # 22 — all traps: one ministry, change, target, operator, unnamed province
    (
        """Bộ Tư pháp: 95% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến

05/06/2024 13:45

Bộ Tư pháp cho biết, 5 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đối với thủ tục cấp Phiếu lý lịch tư pháp của Bộ đạt 95%, tăng gấp 2 lần so với cùng kỳ. Mục tiêu đến hết năm 2024 đạt 100% hồ sơ trực tuyến.

Hơn 5 triệu khách hàng Viettel Money có thể thanh toán phí cấp phiếu ngay trên ứng dụng.

Một tỉnh miền Trung đã đạt tỷ lệ 99% hồ sơ lý lịch tư pháp nộp trực tuyến.""",
        "2024-06-05",
        [],
    ),
    # 23 — undated page (no sidecar date): explicit date values recorded, "hiện nay" level not
    (
        """DỊCH VỤ CÔNG TRỰC TUYẾN – SỐ LIỆU CẬP NHẬT

Tính đến ngày 15/5/2024, tổng số thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến là 4.468/6.348 thủ tục, đạt 70,4%; trong đó dịch vụ công trực tuyến toàn trình là 2.928 dịch vụ, chiếm 46,1% tổng số thủ tục hành chính.

Khối địa phương cung cấp 2.150 dịch vụ công trực tuyến toàn trình.

Hiện nay, Cổng Dịch vụ công quốc gia có hơn 14 triệu tài khoản đăng ký.""",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2024-05-15", 70.4),
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-15", 46.1),
        ],
    ),
    # 24 — Bà Rịa - Vũng Tàu: eligible provision, services with dossiers, 7-month dossier share
    (
        """Bà Rịa - Vũng Tàu: 100% thủ tục đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình

15/08/2024

Tính đến hết tháng 7/2024, tỉnh Bà Rịa - Vũng Tàu đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 72,3%.

Trong 7 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 64,8%.

Ông Đặng Sơn Hải, Giám đốc Sở Thông tin và Truyền thông cho biết: "Tỉnh sẽ tập trung nâng cao chất lượng dịch vụ công để người dân thực sự sử dụng." """,
        "2024-08-15",
        [
            ("full_process_provision_rate", "Bà Rịa - Vũng Tàu", "as_of", "2024-07-31", 100.0),
            ("dvctt_with_dossiers_rate", "Bà Rịa - Vũng Tàu", "as_of", "2024-07-31", 72.3),
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "ytd", "2024-07-31", 64.8),
        ],
    ),
    # 25 — villages and dead-zone coverage at end 2024; 2025 plan trap
    (
        """Năm 2024: Cơ bản xóa thôn lõm sóng có điện lưới

15/01/2025 10:30

Tính đến hết năm 2024, Chương trình "Sóng và máy tính cho em" cùng các doanh nghiệp viễn thông đã phủ sóng 1.623/2.100 thôn lõm sóng có điện lưới, đạt 77,3%. Cả nước còn 1.018 thôn, bản chưa có sóng di động băng rộng. Tỷ lệ thôn, bản có sóng di động đạt 99,2%.

Kế hoạch năm 2025: phủ sóng toàn bộ các thôn lõm sóng có điện lưới trước ngày 30/6/2025.""",
        "2025-01-15",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 77.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1018.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.2),
        ],
    ),
    # 26 — Internet users and e-invoices; "trong đó" sub-count trap
    (
        """Hạ tầng số và dữ liệu: những con số cuối năm 2023

25/01/2024

Theo Bộ Thông tin và Truyền thông, đến hết năm 2023, tỷ lệ người sử dụng Internet tại Việt Nam đạt 79,1% dân số.

Tổng cục Thuế cho biết, tính đến ngày 31/12/2023, ngành thuế đã tiếp nhận, xử lý 6,1 tỷ hóa đơn điện tử kể từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022), trong đó 1,8 tỷ hóa đơn có mã của cơ quan thuế.""",
        "2024-01-25",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 79.1),
            ("e_invoices_total", "national", "as_of", "2023-12-31", 6100000000.0),
        ],
    ),
    # 27 — February vs January flows on the Portal (leap year), cumulative level
    (
        """Tháng 2/2024: Số tài khoản mới trên Cổng Dịch vụ công quốc gia giảm do nghỉ Tết

06/03/2024 15:00

Trong tháng 2/2024, Cổng Dịch vụ công quốc gia có thêm 198.400 tài khoản đăng ký mới, ít hơn mức 276.500 tài khoản của tháng 1/2024 do kỳ nghỉ Tết Nguyên đán kéo dài. Số hồ sơ trực tuyến nộp qua Cổng trong tháng đạt 612.000 hồ sơ, so với 845.300 hồ sơ của tháng trước.

Lũy kế đến hết tháng 2/2024, Cổng có 10,65 triệu tài khoản đăng ký.""",
        "2024-03-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-02-29", 198400.0),
            ("national_portal_accounts_new", "national", "month", "2024-01-31", 276500.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 612000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-01-31", 845300.0),
            ("national_portal_accounts", "national", "as_of", "2024-02-29", 10650000.0),
        ],
    ),
    # 28 — Mobile Money 2022: rural share, transaction value (not Portal payments), change traps
    (
        """Mobile Money cán mốc 2,14 triệu khách hàng

15/10/2022

Theo Ngân hàng Nhà nước, tính đến cuối tháng 9/2022, số khách hàng sử dụng dịch vụ Mobile Money đạt 2,14 triệu, trong đó 68% ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch qua Mobile Money đạt khoảng 1.700 tỷ đồng.

So với tháng 3/2022, số khách hàng tăng thêm khoảng 1,2 triệu.""",
        "2022-10-15",
        [
            ("mobile_money_customers", "national", "as_of", "2022-09-30", 2140000.0),
        ],
    ),
    # 29 — EGDI edition ranks; score, regional rank, other country traps
    (
        """Việt Nam tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử của Liên hợp quốc

18/09/2024 07:30

Theo Báo cáo khảo sát Chính phủ điện tử 2024 của Liên hợp quốc (UN DESA) công bố ngày 17/9, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với vị trí 86/193 năm 2022. Điểm EGDI của Việt Nam đạt 0,7709, lần đầu vào nhóm "rất cao".

Trong ASEAN, Việt Nam đứng thứ 5 sau Singapore, Malaysia, Thái Lan và Brunei. Singapore xếp thứ 3 thế giới.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 30 — half-year 2025: NDXP flow and daily average, Portal half flows; tasks list trap
    (
        """6 tháng đầu năm 2025: Nền tảng NDXP xử lý hơn 634 triệu giao dịch

08/07/2025 14:50

Theo báo cáo sơ kết 6 tháng, trong 6 tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 634,5 triệu giao dịch, trung bình 3,5 triệu giao dịch/ngày.

Cổng Dịch vụ công quốc gia trong 6 tháng tiếp nhận 5,2 triệu hồ sơ trực tuyến; thực hiện 4,6 triệu giao dịch thanh toán trực tuyến với số tiền 3.950 tỷ đồng.

Nhiệm vụ trọng tâm 6 tháng cuối năm:
1. Bảo đảm 100% hồ sơ thủ tục hành chính được số hóa;
2. Nâng tỷ lệ thanh toán trực tuyến lên 50%.""",
        "2025-07-08",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 634500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3500000.0),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 5200000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 4600000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 3950.0),
        ],
    ),
    # 31 — monthly bulletin with bullets under one dated header
    (
        """Bản tin chuyển đổi số tháng 5/2025

06/06/2025

Những con số nổi bật (số liệu tính đến hết ngày 31/5/2025):
• Cổng Dịch vụ công quốc gia: 17,6 triệu tài khoản; trong tháng có 310.000 tài khoản đăng ký mới.
• NDXP: 118,2 triệu giao dịch trong tháng 5, trung bình 3,81 triệu giao dịch/ngày.
• An toàn thông tin: 745 cuộc tấn công mạng gây sự cố trong tháng, giảm 9,6% so với tháng 4.
• Mobile Money: 11,4 triệu khách hàng.
• Tài khoản định danh điện tử VNeID đã kích hoạt: 62,3 triệu.""",
        "2025-06-06",
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 17600000.0),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 310000.0),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 118200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3810000.0),
            ("cyberattacks", "national", "month", "2025-05-31", 745.0),
            ("mobile_money_customers", "national", "as_of", "2025-05-31", 11400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-05-31", 62300000.0),
        ],
    ),
    # 32 — reported speech: agencies level at speech date, 10-month dossier shares; target trap
    (
        """Thứ trưởng Nguyễn Huy Dũng: Phải lấy dữ liệu làm trung tâm

13/11/2023 18:20

Phát biểu tại hội thảo sáng nay (13/11), Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Huy Dũng nhấn mạnh: "Đến nay, đã có 107 bộ, ngành, địa phương và cơ quan, đơn vị kết nối với Nền tảng NDXP. Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước trong 10 tháng năm 2023 mới đạt 29,6%, còn thấp so với mục tiêu 50%."

Ông cho biết thêm: "Có những địa phương làm rất tốt như Bình Dương, tỷ lệ hồ sơ trực tuyến toàn trình trong cùng thời gian đạt 65,8%." """,
        "2023-11-13",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-11-13", 107.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2023-10-31", 29.6),
            ("online_dossier_full_process_rate", "Bình Dương", "ytd", "2023-10-31", 65.8),
        ],
    ),
    # 33 — flattened ranking table, 9 months: provinces and national average; payment share and score traps
    (
        """Bảng xếp hạng địa phương 9 tháng năm 2024 (trích)

12/10/2024

STT | Địa phương | Tỷ lệ hồ sơ xử lý trực tuyến | Tỷ lệ thanh toán trực tuyến | Điểm Bộ chỉ số 766
1 | Bắc Giang | 92,4% | 68,1% | 87,6
2 | Đà Nẵng | 85,7% | 61,3% | 85,2
3 | Bình Dương | 83,9% | 57,4% | 84,0
... | ... | ... | ... | ...
Bình quân cả nước | 47,5% | 39,2% | 70,1

Nguồn: Hệ thống thông tin giải quyết TTHC, số liệu 9 tháng năm 2024.""",
        "2024-10-12",
        [
            ("online_dossier_rate", "Bắc Giang", "ytd", "2024-09-30", 92.4),
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-09-30", 85.7),
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-09-30", 83.9),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 47.5),
        ],
    ),
    # 34 — survey and vendor traps beside official smartphone and Internet figures
    (
        """Người Việt dùng smartphone nhiều đến mức nào?

10/02/2023 20:00

Theo khảo sát của Decision Lab công bố tháng 1/2023, 84% người Việt trong độ tuổi 16–64 sở hữu điện thoại thông minh. Báo cáo Digital 2023 của We Are Social ước tính 77,9% dân số Việt Nam sử dụng Internet.

Số liệu của Cục Viễn thông cho thấy, tính đến hết tháng 12/2022, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 76,5%, với 95,3 triệu thuê bao sử dụng smartphone. Theo Bộ Thông tin và Truyền thông, đến hết năm 2022, tỷ lệ người sử dụng Internet đạt 78,6%.""",
        "2023-02-10",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 76.5),
            ("smartphone_subscriptions", "national", "as_of", "2022-12-31", 95300000.0),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 78.6),
        ],
    ),
    # 35 — digital economy 2022 share; multiple-of-GDP, targets, vendor traps
    (
        """Kinh tế số năm 2022: Tỷ trọng trong GDP đạt 14,26%

15/03/2023 09:40

Năm 2022, tỷ trọng kinh tế số trong GDP của Việt Nam đạt 14,26%. Kinh tế số tiếp tục tăng trưởng nhanh, cao gấp khoảng 3 lần tốc độ tăng GDP.

Mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP và đến năm 2030 chiếm 30% GDP.

Theo báo cáo của Google, Temasek và Bain, tổng giá trị hàng hóa của nền kinh tế số Việt Nam năm 2022 đạt 23 tỷ USD.""",
        "2023-03-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 36 — Đồng Tháp quarter vs previous quarter, reuse, satisfaction; digitisation trap
    (
        """Đồng Tháp: Quý III/2023 tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,2%

09/10/2023

Trong quý III/2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Đồng Tháp đạt 45,2%, nhiều hơn mức 38,7% của quý II/2023; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 32,1%; tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,6%.

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 78%.""",
        "2023-10-09",
        [
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2023-09-30", 45.2),
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2023-06-30", 38.7),
            ("data_reuse_rate", "Đồng Tháp", "quarter", "2023-09-30", 32.1),
            ("satisfaction_rate", "Đồng Tháp", "quarter", "2023-09-30", 98.6),
        ],
    ),
    # 37 — cyber year 2022: attacks, botnet, approved systems with ministry block; GCI trap
    (
        """Năm 2022: Số cuộc tấn công mạng gây sự cố giảm mạnh

05/01/2023 16:00

Theo Cục An toàn thông tin, năm 2022, hệ thống kỹ thuật đã ghi nhận 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,4% so với năm 2021.

Số địa chỉ IP của Việt Nam nằm trong mạng botnet tại thời điểm cuối năm 2022 là 615.530, giảm 30% so với cuối năm 2021.

Đến hết năm 2022, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 83,6%, trong đó khối bộ, ngành đạt 91%.

Việt Nam xếp thứ 25/194 trong Chỉ số An toàn an ninh mạng toàn cầu (GCI) của ITU.""",
        "2023-01-05",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 615530.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-12-31", 83.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2022-12-31", 91.0),
        ],
    ),
    # 38 — central bank speech, Q1 2025: accounts share, Mobile Money; rural share, change, target traps
    (
        """Phó Thống đốc: Thanh toán không dùng tiền mặt tiếp tục tăng mạnh

22/04/2025 10:10

Phát biểu tại hội thảo, Phó Thống đốc Ngân hàng Nhà nước Phạm Tiến Dũng cho biết: "Đến cuối tháng 3/2025, 87,5% người trưởng thành đã có tài khoản thanh toán. Dịch vụ Mobile Money có 11,1 triệu khách hàng, trong đó khoảng 70% ở vùng nông thôn, miền núi."

Quý I/2025, giao dịch thanh toán không dùng tiền mặt tăng 45% về số lượng so với cùng kỳ. Mục tiêu đến hết năm 2025, 90% người trưởng thành có tài khoản thanh toán.""",
        "2025-04-22",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-03-31", 87.5),
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 11100000.0),
        ],
    ),
    # 39 — Portal Oct 2024 with same-period values in parentheses, 10-month flow
    (
        """Cổng Dịch vụ công quốc gia vượt mốc 16 triệu tài khoản

06/11/2024 11:00

Đến hết tháng 10/2024, Cổng Dịch vụ công quốc gia có 16,1 triệu tài khoản đăng ký (cùng kỳ 2023: 9,6 triệu), tiếp nhận 31,2 triệu hồ sơ trực tuyến (cùng kỳ 2023: 17,4 triệu).

Trong 10 tháng năm 2024, Cổng tiếp nhận 10,4 triệu hồ sơ trực tuyến.""",
        "2024-11-06",
        [
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 16100000.0),
            ("national_portal_accounts", "national", "as_of", "2023-10-31", 9600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-10-31", 31200000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-10-31", 17400000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-10-31", 10400000.0),
        ],
    ),
    # 40 — undated portal intro page: "hiện nay" level not recorded, explicitly dated values are
    (
        """Cổng Dịch vụ công quốc gia – Giới thiệu

Hiện nay, Cổng Dịch vụ công quốc gia đã có hơn 11 triệu tài khoản đăng ký, cung cấp hơn 4.400 dịch vụ công trực tuyến.

Tính đến ngày 30/4/2024, Cổng đã có 11,3 triệu tài khoản và tiếp nhận 23,9 triệu hồ sơ trực tuyến.

Trong năm 2023, Cổng đã thực hiện 6,1 triệu giao dịch thanh toán trực tuyến.""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 11300000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-04-30", 23900000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 6100000.0),
        ],
    ),
    # 41 — NDXP: round headline, cumulative at a mid-month date, May vs April
    (
        """Hơn 3 tỷ giao dịch qua Nền tảng NDXP

20/06/2024 09:00

Tính đến ngày 15/6/2024, tổng số giao dịch lũy kế qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) kể từ khi khai trương đạt 3,06 tỷ giao dịch.

Trong tháng 5/2024, NDXP ghi nhận 96,1 triệu giao dịch, bình quân mỗi ngày khoảng 3,1 triệu giao dịch, nhiều hơn mức 88,4 triệu giao dịch của tháng 4/2024.""",
        "2024-06-20",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-15", 3060000000.0),
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 96100000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 3100000.0),
            ("ndxp_transactions_period", "national", "month", "2024-04-30", 88400000.0),
        ],
    ),
    # 42 — identification at end 2024
    (
        """Đề án 06: Kết quả năm 2024

08/01/2025 14:30

Tính đến ngày 31/12/2024, Bộ Công an đã kích hoạt 58,2 triệu tài khoản định danh điện tử VNeID; cấp 87,3 triệu thẻ Căn cước công dân gắn chip. Đã có 46/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.

Năm 2025, Bộ Công an phấn đấu hoàn thành cung cấp 53/53 dịch vụ công thiết yếu.""",
        "2025-01-08",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 58200000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 87300000.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 46.0),
        ],
    ),
    # 43 — end-2023 infrastructure: fibre level, December speeds; 5G trial trap
    (
        """Hạ tầng viễn thông quý IV/2023: Cáp quang đến 79% hộ gia đình

30/01/2024

Đến hết năm 2023, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 79%. Trong tháng 12/2023, tốc độ truy cập băng rộng di động đạt 47,3 Mbps, băng rộng cố định đạt 105,6 Mbps.

Các nhà mạng mới triển khai thử nghiệm 5G tại 58 tỉnh, thành phố; dự kiến thương mại hóa trong năm 2024.""",
        "2024-01-30",
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.0),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 47.3),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 105.6),
        ],
    ),
    # 44 — blocks and national share for October vs September; one ministry trap
    (
        """Tháng 10/2024: Tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt 48,9%

07/11/2024 16:25

Theo số liệu từ Hệ thống EMC, tháng 10/2024, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 61,3%, khối địa phương đạt 46,8%; tính chung cả nước đạt 48,9%, nhiều hơn mức 47,2% của tháng 9/2024.

Bộ Công an tiếp tục dẫn đầu khối bộ, ngành với tỷ lệ 99%.""",
        "2024-11-07",
        [
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 61.3),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 46.8),
            ("online_dossier_rate", "national", "month", "2024-10-31", 48.9),
            ("online_dossier_rate", "national", "month", "2024-09-30", 47.2),
        ],
    ),
    # 45 — province plan page: targets everywhere, two past values for the year under review
    (
        """Nghệ An ban hành Kế hoạch chuyển đổi số năm 2025

20/01/2025

Kế hoạch đặt ra các chỉ tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%; 90% hộ gia đình có Internet cáp quang; 100% thôn, bản có sóng di động 4G; kinh tế số chiếm 12% GRDP.

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 38,5%; kinh tế số ước chiếm 9,5% GRDP.""",
        "2025-01-20",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "year", "2024-12-31", 38.5),
            ("digital_economy_gdp_share", "Nghệ An", "year", "2024-12-31", 9.5),
        ],
    ),
    # 46 — quarter 2022 Portal flows; percentage change trap
    (
        """Quý I/2022: Cổng Dịch vụ công quốc gia tiếp nhận 1,35 triệu hồ sơ trực tuyến

08/04/2022 10:15

Quý I/2022, Cổng Dịch vụ công quốc gia có 412.000 tài khoản đăng ký mới, tiếp nhận 1,35 triệu hồ sơ trực tuyến, tăng 38% so với cùng kỳ; thực hiện 980.000 giao dịch thanh toán trực tuyến với giá trị 870 tỷ đồng.""",
        "2022-04-08",
        [
            ("national_portal_accounts_new", "national", "quarter", "2022-03-31", 412000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2022-03-31", 1350000.0),
            ("online_payments_count_new", "national", "quarter", "2022-03-31", 980000.0),
            ("online_payments_value_new", "national", "quarter", "2022-03-31", 870.0),
        ],
    ),
]
