"""Genre probes, round 83: longer texts (about 20 cases, each a whole press article or report section of 8-15 sentences summarising a month's or a quarter's national digital-transformation results, or a province's year-end review, with headline, lead, sub-headings, bullet lists, one table written as text, comparisons with earlier periods, targets, operators' figures and other traps mixed in), written blind by a helper (not copied from any page).

First reading with 6c351a2: 137 of 146 right, 137 of 163 found (the start code 2235ecf: 133 of 141, 133 of 163). Fitted: table rows and level columns named without 'Tỷ lệ', a note cell's aim, a column's day in brackets, a table's rows reading the page's title, 'Trong 53 dịch vụ công thiết yếu …, đã có 29 dịch vụ được cung cấp toàn trình', the population database's connections are not NDXP's; now 150/156, 150/163. Left: a plan's bullets under 'Những chỉ tiêu chính' read as results, 'trong năm' under a year's heading, a rate estimated for a year not yet ended, counts in a table whose caption is two lines up.
"""

CASES = [
    # 1. National monthly report, September 2024
    (
        """Chuyển đổi số quốc gia tháng 9/2024: gần một nửa hồ sơ thủ tục hành chính được xử lý trực tuyến
Bộ Thông tin và Truyền thông vừa phát hành Báo cáo chuyển đổi số quốc gia tháng 9/2024, tổng hợp số liệu từ các bộ, ngành, địa phương.
1. Dịch vụ công trực tuyến
- Trong tháng 9/2024, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 48,72%, tăng 1,9 điểm phần trăm so với tháng 8.
- Khối bộ, ngành đạt 61,4%; khối địa phương đạt 42,15%.
- Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng đạt 31,6%, vẫn còn cách khá xa mục tiêu 50% đặt ra cho năm 2024.
- Một số đơn vị dẫn đầu như Bộ Tài chính đạt 97,3% hồ sơ trực tuyến.
2. Dữ liệu số và NDXP
Trong tháng, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 79,3 triệu giao dịch, bình quân khoảng 2,64 triệu giao dịch mỗi ngày. So với cùng kỳ năm 2023, lượng giao dịch tăng khoảng 37%.
3. An toàn thông tin mạng
Hệ thống kỹ thuật của Bộ đã phát hiện, cảnh báo và hướng dẫn xử lý 1.125 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 9, giảm 18% so với tháng trước.
Bảng tóm tắt:
Chỉ tiêu | Tháng 9/2024 | Ghi chú
Hồ sơ xử lý trực tuyến | 48,72% | +1,9 điểm % so với tháng 8
Hồ sơ trực tuyến toàn trình | 31,6% | mục tiêu 2024: 50%
Giao dịch qua NDXP | 79,3 triệu | bình quân 2,64 triệu/ngày
Tấn công mạng gây sự cố | 1.125 | -18% so với tháng 8""",
        "2024-10-08",
        [
            ("online_dossier_rate", "national", "month", "2024-09-30", 48.72),
            ("online_dossier_rate", "ministries", "month", "2024-09-30", 61.4),
            ("online_dossier_rate", "localities", "month", "2024-09-30", 42.15),
            ("online_dossier_full_process_rate", "national", "month", "2024-09-30", 31.6),
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 79300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 2640000.0),
            ("cyberattacks", "national", "month", "2024-09-30", 1125.0),
        ],
    ),
    # 2. National Portal, Q3/2024, with a two-quarter table in millions
    (
        """Cổng Dịch vụ công quốc gia quý III/2024: hơn 7,4 triệu hồ sơ trực tuyến
Văn phòng Chính phủ cho biết, hoạt động của Cổng Dịch vụ công quốc gia trong quý III/2024 tiếp tục tăng trưởng so với quý trước.
Tài khoản và hồ sơ
- Tính đến ngày 30/9/2024, Cổng có 15,3 triệu tài khoản đăng ký.
- Riêng trong quý III/2024 có thêm 1,35 triệu tài khoản mới.
- Mục tiêu đặt ra là đạt 18 triệu tài khoản vào cuối năm 2024.
Thanh toán trực tuyến
Số giao dịch thanh toán trực tuyến trong quý tăng 17,9% so với quý II, giá trị tăng khoảng 12%. Bộ Công an là đơn vị có lượng hồ sơ lớn nhất, chiếm khoảng 38% tổng số hồ sơ nộp qua Cổng.
Kết quả hai quý gần nhất:
Chỉ tiêu | Quý II/2024 | Quý III/2024
Hồ sơ trực tuyến nộp qua Cổng (triệu hồ sơ) | 6,8 | 7,45
Giao dịch thanh toán trực tuyến (triệu giao dịch) | 3,9 | 4,6
Giá trị thanh toán trực tuyến (tỷ đồng) | 2.870 | 3.215
Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình để tích hợp thêm dịch vụ lên Cổng trong quý IV.""",
        "2024-10-15",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 15300000.0),
            ("national_portal_accounts_new", "national", "quarter", "2024-09-30", 1350000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-06-30", 6800000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-09-30", 7450000.0),
            ("online_payments_count_new", "national", "quarter", "2024-06-30", 3900000.0),
            ("online_payments_count_new", "national", "quarter", "2024-09-30", 4600000.0),
            ("online_payments_value_new", "national", "quarter", "2024-06-30", 2870.0),
            ("online_payments_value_new", "national", "quarter", "2024-09-30", 3215.0),
        ],
    ),
    # 3. Đà Nẵng year-end review 2024 with 2023/2024 table
    (
        """Đà Nẵng tổng kết chuyển đổi số năm 2024: dịch vụ công trực tuyến vượt kế hoạch
Sáng 5/1/2025, Sở Thông tin và Truyền thông Đà Nẵng tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2024 và triển khai nhiệm vụ năm 2025.
Chính quyền số
- Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 92,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,8%.
- Trong năm, 100% hồ sơ giải quyết xong được cấp kết quả điện tử; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 85,3%.
- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính năm 2024 đạt 98,6%.
- Quận Hải Châu tiếp tục dẫn đầu với 97,2% hồ sơ trực tuyến.
Hạ tầng và kinh tế số
Đến ngày 31/12/2024, 96% hộ gia đình trên địa bàn có Internet cáp quang băng rộng. Kinh tế số năm 2024 ước chiếm 21,5% GRDP của thành phố, tăng gần 2 điểm phần trăm so với năm trước. Riêng VNPT Đà Nẵng đã nâng cấp hơn 1.200 tuyến cáp quang trong năm.
Bảng so sánh:
Chỉ tiêu | Năm 2023 | Năm 2024
Hồ sơ xử lý trực tuyến | 86,1% | 92,5%
Hồ sơ trực tuyến toàn trình | 60,4% | 71,8%
Kinh tế số/GRDP | 19,6% | 21,5%
Năm 2025, thành phố phấn đấu kinh tế số chiếm 25% GRDP và 100% hồ sơ đủ điều kiện được xử lý toàn trình.""",
        "2025-01-06",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2024-12-31", 92.5),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 86.1),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2024-12-31", 71.8),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 60.4),
            ("e_result_rate", "Đà Nẵng", "year", "2024-12-31", 100.0),
            ("data_reuse_rate", "Đà Nẵng", "year", "2024-12-31", 85.3),
            ("satisfaction_rate", "Đà Nẵng", "year", "2024-12-31", 98.6),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-12-31", 96.0),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 21.5),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.6),
        ],
    ),
    # 4. Telecom infrastructure after 9 months of 2024, speed table by month
    (
        """Hạ tầng số 9 tháng năm 2024: tốc độ Internet cố định vượt 146 Mbps
Theo số liệu của Cục Viễn thông, hạ tầng viễn thông tiếp tục được mở rộng trong 9 tháng đầu năm 2024.
Thuê bao
Tính đến hết tháng 9/2024:
- cả nước có 22,8 triệu thuê bao băng rộng cố định và 89,5 triệu thuê bao băng rộng di động;
- tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,2%;
- 82,4% hộ gia đình có Internet cáp quang băng rộng, nghĩa là vẫn còn khoảng 17,6% hộ chưa được kết nối cáp quang.
Đến cuối tháng 9/2024, cả nước còn 1.142 thôn, bản chưa có sóng di động.
Tốc độ truy cập
Theo Speedtest Global Index của Ookla:
Chỉ tiêu | Tháng 8/2024 | Tháng 9/2024
Băng rộng cố định (Mbps) | 140,3 | 146,1
Băng rộng di động (Mbps) | 54,6 | 57,9
Tốc độ di động của Việt Nam vẫn thấp hơn Thái Lan (khoảng 64 Mbps).
Về 5G, Viettel cho biết đã lắp đặt khoảng 6.000 trạm và sẽ khai trương dịch vụ thương mại vào giữa tháng 10.""",
        "2024-10-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 22800000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 89500000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 86.2),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1142.0),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 140.3),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 146.1),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 54.6),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 57.9),
        ],
    ),
    # 5. Cybersecurity Q1/2025 with monthly table (phishing sub-column is a trap)
    (
        """An toàn thông tin quý I/2025: 2.610 cuộc tấn công mạng gây sự cố
Cục An toàn thông tin (Bộ Khoa học và Công nghệ) vừa công bố tình hình an toàn thông tin mạng quý I/2025.
Tấn công mạng
Trong quý I/2025, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 2.610 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,4% so với cùng kỳ năm 2024. Diễn biến theo tháng như sau:
Tháng | Số cuộc tấn công gây sự cố | Trong đó lừa đảo (phishing)
Tháng 1/2025 | 905 | 412
Tháng 2/2025 | 798 | 355
Tháng 3/2025 | 907 | 401
Mạng botnet
Tính đến ngày 31/3/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 523.000, giảm 8% so với cùng kỳ.
Bảo đảm an toàn hệ thống thông tin theo cấp độ
- Đến hết quý I/2025, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 91,3%;
- khối bộ, ngành đạt 96,1%, khối địa phương đạt 88,7%;
- riêng Bộ Tài chính đã hoàn thành phê duyệt 100% hệ thống.
Mục tiêu năm 2025 là toàn bộ hệ thống thông tin của các cơ quan nhà nước được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn.""",
        "2025-04-10",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 2610.0),
            ("cyberattacks", "national", "month", "2025-01-31", 905.0),
            ("cyberattacks", "national", "month", "2025-02-28", 798.0),
            ("cyberattacks", "national", "month", "2025-03-31", 907.0),
            ("botnet_ips", "national", "as_of", "2025-03-31", 523000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-03-31", 91.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-03-31", 96.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-03-31", 88.7),
        ],
    ),
    # 6. Digital economy 2024 (GSO), e-invoices, Mobile Money; operator and foreign traps
    (
        """Kinh tế số năm 2024: chiếm hơn 18% GDP
Tổng cục Thống kê lần đầu công bố số liệu chính thức về quy mô kinh tế số, theo đó tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%.
Quy mô và tốc độ tăng trưởng
Theo báo cáo, kinh tế số năm 2024 tăng trưởng 19,8%, gấp gần ba lần tốc độ tăng GDP. Mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP vẫn là thách thức lớn.
Chỉ tiêu | Năm 2023 | Năm 2024
Tỷ trọng kinh tế số trong GDP (%) | 16,5 | 18,3
Tăng trưởng kinh tế số (%) | 20,0 | 19,8
Thanh toán và hóa đơn điện tử
- Tính đến 31/12/2024, ngành thuế đã tiếp nhận và xử lý 9,4 tỷ hóa đơn điện tử kể từ khi triển khai năm 2022.
- Đến cuối tháng 12/2024, dịch vụ Mobile Money có 8,9 triệu khách hàng, trong đó khoảng 70% ở khu vực nông thôn, miền núi; riêng Viettel Money chiếm khoảng 6,2 triệu khách hàng.
- Tính đến hết năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87%.
Trong khu vực, kinh tế số Indonesia ước đạt khoảng 90 tỷ USD, lớn nhất Đông Nam Á.""",
        "2025-02-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 19.8),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("e_invoices_total", "national", "as_of", "2024-12-31", 9400000000.0),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 8900000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.0),
        ],
    ),
    # 7. Thừa Thiên Huế Q2/2024; table by government level (levels are traps), district trap
    (
        """Thừa Thiên Huế: dịch vụ công trực tuyến quý II/2024 tiếp tục chuyển biến
Theo báo cáo của Sở Thông tin và Truyền thông Thừa Thiên Huế, kết quả cung cấp và sử dụng dịch vụ công trực tuyến của tỉnh trong quý II/2024 có nhiều chuyển biến tích cực.
Kết quả chính
- Trong quý II/2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 75,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,4%.
- Tỷ lệ hồ sơ được cấp kết quả điện tử trong quý đạt 96,7%.
- Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong quý đạt 63%.
- Tính đến 30/6/2024, số dịch vụ công trực tuyến toàn trình chiếm 54,1% tổng số thủ tục hành chính của tỉnh.
Theo cấp chính quyền
Cấp | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến
Cấp tỉnh | 45.210 | 89,1%
Cấp huyện | 60.330 | 71,4%
Cấp xã | 98.500 | 71,2%
Huyện Phú Vang có tỷ lệ hồ sơ trực tuyến cao nhất khối cấp huyện với 88%. So với quý I, tỷ lệ hồ sơ trực tuyến toàn tỉnh tăng 4,6 điểm phần trăm. Tỉnh phấn đấu đến cuối năm 2024 đạt 80% hồ sơ xử lý trực tuyến. Ứng dụng Hue-S hiện có hơn 1,2 triệu lượt tải.""",
        "2024-07-12",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 75.2),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 58.4),
            ("e_result_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 96.7),
            ("dvctt_with_dossiers_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 63.0),
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 54.1),
        ],
    ),
    # 8. NDXP and identification, November 2023; CSDL dân cư connections are a trap
    (
        """NDXP tháng 11/2023: hơn 64 triệu giao dịch, lũy kế vượt 1 tỷ
Báo cáo chuyển đổi số quốc gia tháng 11/2023 cho thấy việc kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước tiếp tục được đẩy mạnh.
Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
- Tính đến hết tháng 11/2023, NDXP đã thiết lập 352 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu của 96 cơ quan, đơn vị.
- Trong tháng 11/2023, có 64,2 triệu giao dịch được thực hiện qua NDXP, bình quân khoảng 2,14 triệu giao dịch mỗi ngày.
- Tổng số giao dịch lũy kế từ năm 2019 đến hết tháng 11/2023 là 1.048.630.215 giao dịch.
- Riêng Bộ Tài chính thực hiện khoảng 12 triệu giao dịch trong tháng.
Phân bổ điểm kết nối (đến hết tháng 11/2023):
Nhóm | Số điểm kết nối
Bộ, ngành | 198
Địa phương | 154
Định danh và xác thực điện tử
Theo Bộ Công an, tính đến ngày 30/11/2023 đã cấp 86,6 triệu thẻ căn cước công dân gắn chip và kích hoạt 51,2 triệu tài khoản định danh điện tử VNeID. Bộ Công an đặt mục tiêu kích hoạt thêm 5 triệu tài khoản trong tháng 12. Cơ sở dữ liệu quốc gia về dân cư hiện đã kết nối với 11 bộ, ngành và 63 địa phương.""",
        "2023-12-08",
        [
            ("ndxp_connection_points", "national", "as_of", "2023-11-30", 352.0),
            ("ndxp_connection_points", "ministries", "as_of", "2023-11-30", 198.0),
            ("ndxp_connection_points", "localities", "as_of", "2023-11-30", 154.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-11-30", 96.0),
            ("ndxp_transactions_period", "national", "month", "2023-11-30", 64200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-11-30", 2140000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-11-30", 1048630215.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-11-30", 86600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-11-30", 51200000.0),
        ],
    ),
    # 9. National year-end review 2024: EGDI, fee resolutions, simplification, EMC, society
    (
        """Nhìn lại năm 2024: Chính phủ số có nhiều bước tiến
Năm 2024 ghi dấu nhiều kết quả nổi bật của chuyển đổi số quốc gia, theo báo cáo tổng kết của Bộ Thông tin và Truyền thông.
Xếp hạng quốc tế
Trong bảng xếp hạng Chính phủ điện tử (EGDI) năm 2024 của Liên hợp quốc, Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022. Đan Mạch tiếp tục dẫn đầu, Singapore đứng thứ 3.
Chỉ số | Năm 2022 | Năm 2024
Xếp hạng EGDI | 86/193 | 71/193
Dịch vụ công và cải cách thủ tục
Tính đến hết năm 2024:
- 63/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng dịch vụ công trực tuyến;
- đã cắt giảm, đơn giản hóa 680/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ;
- trong 53 dịch vụ công thiết yếu, 25 dịch vụ đã được cung cấp toàn trình;
- 94% hệ thống giải quyết thủ tục hành chính của các bộ, ngành, địa phương đã kết nối đầy đủ với Hệ thống EMC.
Xã hội số
Năm 2024, ước khoảng 49% dân số trưởng thành đã sử dụng dịch vụ công trực tuyến và tỷ lệ người dân sử dụng Internet đạt 78,1%. Năm 2025, Bộ đặt mục tiêu 80% dân số trưởng thành dùng dịch vụ công trực tuyến, đồng thời triển khai Nghị quyết 57-NQ/TW cùng 5 nghị định hướng dẫn.""",
        "2025-01-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 63.0),
            ("procedures_simplified", "national", "as_of", "2024-12-31", 680.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 25.0),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 94.0),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 49.0),
            ("internet_users_rate", "national", "year", "2024-12-31", 78.1),
        ],
    ),
    # 10. No publication date: monthly portal report May 2024; "hiện nay" figure must not be kept
    (
        """Báo cáo nhanh: Cổng Dịch vụ công quốc gia tháng 5/2024
Theo số liệu tổng hợp của Văn phòng Chính phủ, hoạt động cung cấp dịch vụ công trực tuyến trong tháng 5/2024 duy trì ổn định.
Hồ sơ và thanh toán trong tháng
- Trong tháng 5/2024, Cổng tiếp nhận 2,35 triệu hồ sơ trực tuyến.
- Trong tháng có 1,41 triệu giao dịch thanh toán trực tuyến, tổng giá trị 1.026 tỷ đồng, tăng 25% so với cùng kỳ năm trước.
- Tỷ lệ hồ sơ thủ tục hành chính gắn mã định danh cá nhân trong tháng 5/2024 đạt 93,4%.
Lũy kế
Tính đến ngày 31/5/2024, Cổng đã ghi nhận 38,7 triệu giao dịch thanh toán trực tuyến với tổng giá trị 28.940 tỷ đồng. Hiện nay, Cổng có hơn 13 triệu tài khoản đăng ký.
Tỷ lệ hồ sơ xử lý trực tuyến tháng 5/2024:
Khối | Tỷ lệ
Bộ, ngành | 55,3%
Địa phương | 40,8%
Toàn quốc | 44,1%
Riêng tỉnh Quảng Ninh đạt 80,2% trong tháng 5/2024, cao nhất cả nước. Mục tiêu năm 2024 là 50% hồ sơ được xử lý trực tuyến.""",
        None,
        [
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 2350000.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 1410000.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 1026.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-05-31", 93.4),
            ("online_payments_count", "national", "as_of", "2024-05-31", 38700000.0),
            ("online_payments_value", "national", "as_of", "2024-05-31", 28940.0),
            ("online_dossier_rate", "ministries", "month", "2024-05-31", 55.3),
            ("online_dossier_rate", "localities", "month", "2024-05-31", 40.8),
            ("online_dossier_rate", "national", "month", "2024-05-31", 44.1),
            ("online_dossier_rate", "Quảng Ninh", "month", "2024-05-31", 80.2),
        ],
    ),
    # 11. Lào Cai review published before year end: full-year estimates end after the
    #     published date (traps), district table (traps), Viettel figure (trap)
    (
        """Lào Cai: xóa dần "vùng lõm" sóng, đẩy mạnh dịch vụ công trực tuyến
Tại hội nghị tổng kết năm 2024 tổ chức ngày 18/12/2024, Sở Thông tin và Truyền thông Lào Cai đã báo cáo kết quả chuyển đổi số của tỉnh.
Hạ tầng viễn thông
Tính đến ngày 15/12/2024:
- tỷ lệ thôn, bản có sóng di động trên địa bàn tỉnh đạt 97,6%;
- toàn tỉnh còn 58 thôn, bản chưa có sóng di động;
- 81% số thôn lõm sóng đã có điện lưới được phủ sóng;
- 71,3% hộ gia đình có Internet cáp quang băng rộng.
Thôn, bản chưa có sóng tại một số huyện:
Huyện | Số thôn lõm sóng
Bát Xát | 14
Mường Khương | 9
Si Ma Cai | 12
Trong năm, Viettel Lào Cai đã xây mới 120 trạm BTS phục vụ xóa vùng lõm.
Chính quyền số
Trong 11 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 83,9%. Ước cả năm 2024, tỷ lệ này đạt khoảng 85% và kinh tế số chiếm khoảng 9,5% GRDP. Năm 2025, tỉnh phấn đấu xóa hoàn toàn thôn lõm sóng.""",
        "2024-12-20",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-12-15", 97.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-12-15", 58.0),
            ("dead_zone_villages_covered_rate", "Lào Cai", "as_of", "2024-12-15", 81.0),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-12-15", 71.3),
            ("online_dossier_rate", "Lào Cai", "ytd", "2024-11-30", 83.9),
        ],
    ),
    # 12. Telecoms year 2024: 5G, per-100 densities, smartphone count, end-of-year table
    (
        """Viễn thông năm 2024: 5G chính thức thương mại hóa, phủ sóng 26% dân số
Cục Viễn thông vừa công bố số liệu phát triển hạ tầng viễn thông năm 2024, năm đánh dấu việc triển khai thương mại mạng 5G tại Việt Nam.
5G
Tính đến ngày 31/12/2024, cả nước có khoảng 7.000 trạm BTS 5G, vùng phủ 5G đạt 26% dân số. Riêng Viettel đã phát sóng hơn 6.000 trạm 5G; mục tiêu năm 2025 là phủ sóng 5G cho 50% dân số. Tại Hàn Quốc, số trạm 5G đã vượt 300.000.
Băng rộng
- Đến hết năm 2024, mật độ thuê bao băng rộng cố định đạt 24,3 thuê bao/100 dân; băng rộng di động đạt 89,6 thuê bao/100 dân.
- Cũng đến hết năm 2024, số thuê bao sử dụng điện thoại thông minh đạt 97 triệu.
Chỉ tiêu | 31/12/2023 | 31/12/2024
Thuê bao băng rộng cố định (triệu) | 22,1 | 24,2
Thuê bao băng rộng di động (triệu) | 86,3 | 90,1
Doanh thu dịch vụ viễn thông năm 2024 tăng khoảng 3% so với năm 2023.""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.3),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 89.6),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 97000000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22100000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24200000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86300000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 90100000.0),
        ],
    ),
    # 13. TP. Hồ Chí Minh year-end 2023; plan-vs-actual table (plan column = targets)
    (
        """TP. Hồ Chí Minh: 78,6% hồ sơ thủ tục hành chính được xử lý trực tuyến trong năm 2023
Ngày 10/1/2024, UBND TP. Hồ Chí Minh tổ chức hội nghị tổng kết Chương trình chuyển đổi số năm 2023.
Chính quyền số
- Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 78,6%, tăng 12,3 điểm phần trăm so với năm 2022; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 94,8%.
- Đến cuối năm 2023, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình, trong khi tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính là 41,2%.
- TP. Thủ Đức có tỷ lệ hồ sơ trực tuyến cao nhất với 91%.
Kinh tế số
Kinh tế số năm 2023 ước đóng góp 19% GRDP của thành phố.
Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023
Hồ sơ xử lý trực tuyến | 70% | 78,6%
Kinh tế số/GRDP | 20% | 19%
Tổng đài 1022 đã tiếp nhận hơn 1,2 triệu cuộc gọi trong năm. Năm 2024, thành phố đặt mục tiêu kinh tế số chiếm 22% GRDP.""",
        "2024-01-12",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "year", "2023-12-31", 78.6),
            ("e_result_rate", "Hồ Chí Minh", "year", "2023-12-31", 94.8),
            ("full_process_provision_rate", "Hồ Chí Minh", "as_of", "2023-12-31", 100.0),
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2023-12-31", 41.2),
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2023-12-31", 19.0),
        ],
    ),
    # 14. National monthly report February 2025 (Tết dip), provision rates vs dossier rates
    (
        """Chuyển đổi số tháng 2/2025: tỷ lệ hồ sơ trực tuyến giảm nhẹ do nghỉ Tết
Báo cáo chuyển đổi số quốc gia tháng 2/2025 ghi nhận lượng hồ sơ giảm trong dịp Tết Nguyên đán, song việc cung cấp dịch vụ toàn trình tiếp tục được mở rộng.
Cung cấp dịch vụ công trực tuyến (tính đến ngày 28/2/2025)
- Tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 82,1%; riêng dịch vụ công trực tuyến toàn trình chiếm 50,6% tổng số thủ tục hành chính.
- 89,3% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.
- Trong 53 dịch vụ công thiết yếu theo Đề án 06, đã có 29 dịch vụ được cung cấp toàn trình.
Xử lý hồ sơ trong tháng
Tỷ lệ hồ sơ xử lý trực tuyến tháng 2/2025 đạt 45,3%, giảm 3,1 điểm phần trăm so với tháng 1. Trong tháng 2/2025, NDXP ghi nhận 82,5 triệu giao dịch.
Khối | DVCTT toàn trình/tổng TTHC (28/2/2025) | Hồ sơ trực tuyến tháng 2/2025
Bộ, ngành | 62,4% | 58,0%
Địa phương | 47,9% | 40,2%
Bộ Tư pháp và Bộ Công Thương đạt 100% hồ sơ trực tuyến. Mục tiêu năm 2025 là 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình.""",
        "2025-03-07",
        [
            ("dvctt_rate", "national", "as_of", "2025-02-28", 82.1),
            ("dvctt_full_process_rate", "national", "as_of", "2025-02-28", 50.6),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-02-28", 62.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-02-28", 47.9),
            ("full_process_provision_rate", "national", "as_of", "2025-02-28", 89.3),
            ("essential_services_full_process", "national", "as_of", "2025-02-28", 29.0),
            ("online_dossier_rate", "national", "month", "2025-02-28", 45.3),
            ("online_dossier_rate", "ministries", "month", "2025-02-28", 58.0),
            ("online_dossier_rate", "localities", "month", "2025-02-28", 40.2),
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 82500000.0),
        ],
    ),
    # 15. Đề án 06 at mid-2024: VNeID/chip table, ward figure and targets as traps
    (
        """Đề án 06 sau nửa năm 2024: hơn 58 triệu tài khoản VNeID được kích hoạt
Bộ Công an vừa thông tin về kết quả triển khai Đề án 06 tính đến cuối tháng 6/2024.
Định danh điện tử
Chỉ tiêu | 31/3/2024 | 30/6/2024
Tài khoản VNeID đã kích hoạt (triệu) | 54,6 | 58,4
Thẻ căn cước công dân gắn chip đã cấp (triệu) | 86,9 | 87,2
Bộ Công an đặt mục tiêu đạt 70 triệu tài khoản VNeID kích hoạt vào cuối năm 2024. Ứng dụng VNeID đã tích hợp hơn 9,2 triệu giấy phép lái xe. Công an phường Dịch Vọng Hậu (quận Cầu Giấy, Hà Nội) đã kích hoạt tài khoản cho 98% cư dân trong độ tuổi.
Dịch vụ công
- Trong quý II/2024, tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 95,2%.
- Tính đến 30/6/2024, trong 53 dịch vụ công thiết yếu, đã có 22 dịch vụ được cung cấp toàn trình.
Thanh toán không dùng tiền mặt
Tính đến 30/6/2024, dịch vụ Mobile Money có 7,1 triệu khách hàng, khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa.""",
        "2024-07-05",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-03-31", 54600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 58400000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-03-31", 86900000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 87200000.0),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2024-06-30", 95.2),
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 22.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 7100000.0),
        ],
    ),
    # 16. Quảng Ninh year-end 2023; payment share and commune fibre are traps
    (
        """Quảng Ninh: hồ sơ trực tuyến toàn trình năm 2023 đạt 68,2%
Báo cáo tổng kết công tác chuyển đổi số năm 2023 của tỉnh Quảng Ninh cho thấy nhiều chỉ tiêu về chính quyền số tiếp tục tăng.
Chính quyền số
Năm 2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 78,4%; tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán đạt 52%.
Chỉ tiêu | Năm 2022 | Năm 2023
Hồ sơ xử lý trực tuyến | 80,1% | 86,5%
Hồ sơ trực tuyến toàn trình | 55,7% | 68,2%
TP. Hạ Long dẫn đầu khối cấp huyện với 95% hồ sơ trực tuyến.
Hạ tầng và xã hội số
- Đến cuối năm 2023, 100% xã, phường, thị trấn có cáp quang đến trung tâm xã.
- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 87% tính đến 31/12/2023.
- Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 88,5% tính đến 31/12/2023.
Năm 2024, tỉnh đặt mục tiêu 90% hồ sơ xử lý trực tuyến và duy trì vị trí dẫn đầu về chỉ số chuyển đổi số cấp tỉnh (DTI).""",
        "2024-01-05",
        [
            ("dvctt_with_dossiers_rate", "Quảng Ninh", "year", "2023-12-31", 78.4),
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 80.1),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 86.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2022-12-31", 55.7),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 68.2),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2023-12-31", 87.0),
            ("adults_with_bank_account_rate", "Quảng Ninh", "as_of", "2023-12-31", 88.5),
        ],
    ),
    # 17. Online payments on the National Portal, year 2023; quarterly table; bank share trap
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia năm 2023 đạt hơn 8.300 tỷ đồng
Năm 2023, hoạt động thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tiếp tục tăng mạnh, theo Văn phòng Chính phủ.
Kết quả năm 2023
- Cổng ghi nhận 12,9 triệu giao dịch thanh toán trực tuyến trong năm với tổng giá trị 8.320 tỷ đồng, tăng 62% so với năm 2022.
- Trong năm 2023 có 21,8 triệu hồ sơ trực tuyến được nộp qua Cổng.
- Tính đến 31/12/2023, Cổng có 11,2 triệu tài khoản đăng ký.
Lũy kế từ khi khai trương (tháng 12/2019) đến 31/12/2023, Cổng đã xử lý 31,6 triệu giao dịch thanh toán với tổng giá trị 23.730 tỷ đồng.
Kết quả hai quý cuối năm:
Quý | Số giao dịch (triệu) | Giá trị (tỷ đồng)
Quý III/2023 | 3,4 | 2.150
Quý IV/2023 | 3,9 | 2.480
Vietcombank là ngân hàng có tỷ trọng giao dịch lớn nhất, khoảng 21%. Hiện Cổng đã tích hợp hơn 4.400 dịch vụ công trực tuyến và đón khoảng 350 triệu lượt truy cập trong năm. Năm 2024, Văn phòng Chính phủ phấn đấu nâng tỷ lệ thanh toán trực tuyến lên 30%.""",
        "2024-01-20",
        [
            ("online_payments_count_new", "national", "year", "2023-12-31", 12900000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 8320.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 21800000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 11200000.0),
            ("online_payments_count", "national", "as_of", "2023-12-31", 31600000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 23730.0),
            ("online_payments_count_new", "national", "quarter", "2023-09-30", 3400000.0),
            ("online_payments_count_new", "national", "quarter", "2023-12-31", 3900000.0),
            ("online_payments_value_new", "national", "quarter", "2023-09-30", 2150.0),
            ("online_payments_value_new", "national", "quarter", "2023-12-31", 2480.0),
        ],
    ),
    # 18. Nghệ An after 9 months of 2024: ytd values, one month value, prior-year ytd in table
    (
        """Nghệ An: 9 tháng năm 2024, hơn 62% hồ sơ được xử lý trực tuyến
Sở Thông tin và Truyền thông Nghệ An vừa có báo cáo kết quả chuyển đổi số 9 tháng đầu năm 2024.
Dịch vụ công trực tuyến
- 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 62,4%, riêng tháng 9/2024 đạt 66%.
- Trong 9 tháng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 89,5%.
- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong 9 tháng đạt 41,2%.
- Mức độ hài lòng của người dân, doanh nghiệp 9 tháng đầu năm đạt 97,1%.
So sánh cùng kỳ:
Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024
Hồ sơ xử lý trực tuyến | 47,8% | 62,4%
Thị xã Cửa Lò đạt tỷ lệ cao nhất với 92%. Tỉnh phấn đấu đến hết năm 2024 đạt 70% hồ sơ trực tuyến.
Hạ tầng số
Tính đến 30/9/2024, 76,5% hộ gia đình trong tỉnh có Internet cáp quang băng rộng. MobiFone Nghệ An cho biết đã phát triển thêm 12.000 thuê bao FTTH trong 9 tháng.""",
        "2024-10-10",
        [
            ("online_dossier_rate", "Nghệ An", "ytd", "2024-09-30", 62.4),
            ("online_dossier_rate", "Nghệ An", "ytd", "2023-09-30", 47.8),
            ("online_dossier_rate", "Nghệ An", "month", "2024-09-30", 66.0),
            ("online_dossier_full_process_rate", "Nghệ An", "ytd", "2024-09-30", 38.9),
            ("e_result_rate", "Nghệ An", "ytd", "2024-09-30", 89.5),
            ("data_reuse_rate", "Nghệ An", "ytd", "2024-09-30", 41.2),
            ("satisfaction_rate", "Nghệ An", "ytd", "2024-09-30", 97.1),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-09-30", 76.5),
        ],
    ),
    # 19. Trap-heavy: 2025 plan article; only the "Thực hiện 2024" column is values
    (
        """Kế hoạch chuyển đổi số năm 2025: nhiều chỉ tiêu cao hơn năm trước
Ủy ban Quốc gia về chuyển đổi số vừa ban hành Kế hoạch hoạt động năm 2025 với chủ đề "Bứt phá từ chuyển đổi số".
Những chỉ tiêu chính
- 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.
- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
- Phủ sóng 5G đạt 50% dân số; kinh tế số chiếm 20% GDP.
Xuất phát điểm
Chỉ tiêu | Thực hiện 2024 | Mục tiêu 2025
Hồ sơ xử lý trực tuyến | 45,6% | 90%
Hồ sơ trực tuyến toàn trình | 40,2% | 80%
Tỷ trọng kinh tế số/GDP | 18,3% | 20%
Dân số trưởng thành sử dụng DVCTT | 49% | 80%
Đến nay, 21/22 bộ, ngành và 62/63 tỉnh, thành phố đã ban hành kế hoạch chuyển đổi số năm 2025. Chính phủ cũng đã ban hành 3 nghị định và 2 quyết định liên quan trong hai tháng đầu năm. Các bộ, ngành, địa phương được yêu cầu hoàn thành 12 nhóm nhiệm vụ trọng tâm trước ngày 31/12/2025.""",
        "2025-02-20",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.6),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 40.2),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 49.0),
        ],
    ),
    # 20. Cybersecurity July 2023: month + ytd, attack-type table (traps), operator trap
    (
        """Tháng 7/2023: 1.051 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam
Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), tình hình an toàn thông tin mạng tháng 7/2023 tiếp tục diễn biến phức tạp.
Tấn công mạng
Trong tháng 7/2023, Cục đã ghi nhận và hướng dẫn xử lý 1.051 cuộc tấn công mạng gây sự cố, tăng 9,2% so với cùng kỳ năm 2022. Lũy kế 7 tháng đầu năm 2023, tổng số cuộc tấn công gây sự cố là 7.420.
Loại tấn công | Số vụ tháng 7/2023
Lừa đảo (Phishing) | 402
Thay đổi giao diện (Deface) | 288
Mã độc (Malware) | 361
Botnet và cấp độ hệ thống
- Đến ngày 31/7/2023, số địa chỉ IP của Việt Nam nằm trong mạng botnet vào khoảng 612.000.
- Cũng tính đến 31/7/2023, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 72,6%, trong đó khối bộ, ngành đạt 83,4% và khối địa phương đạt 67,9%.
Viettel Cyber Security cho biết đã phát hiện hơn 3.000 website giả mạo trong tháng. Mục tiêu đến năm 2025 là 100% hệ thống thông tin được phê duyệt cấp độ.""",
        "2023-08-05",
        [
            ("cyberattacks", "national", "month", "2023-07-31", 1051.0),
            ("cyberattacks", "national", "ytd", "2023-07-31", 7420.0),
            ("botnet_ips", "national", "as_of", "2023-07-31", 612000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-07-31", 72.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-07-31", 83.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-07-31", 67.9),
        ],
    ),
    # 21. Hà Nội year-end 2024: LGSP transactions are not NDXP, plan column and districts are traps
    (
        """Hà Nội tổng kết chuyển đổi số năm 2024
Ngày 7/1/2025, Ban Chỉ đạo chuyển đổi số TP. Hà Nội tổ chức hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025.
Chính quyền số
- Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 90,4%, trong đó hồ sơ trực tuyến toàn trình đạt 55,9%.
- Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính năm 2024 đạt 92,3%.
- Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của thành phố thực hiện hơn 28 triệu giao dịch trong năm.
Hạ tầng số
Tính đến 31/12/2024, trên địa bàn Hà Nội có khoảng 2.100 trạm BTS 5G; 94,5% hộ gia đình có Internet cáp quang băng rộng.
Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024
Hồ sơ xử lý trực tuyến | 85% | 90,4%
Hồ sơ trực tuyến toàn trình | 60% | 55,9%
Quận Cầu Giấy và quận Hoàn Kiếm đạt trên 95% hồ sơ trực tuyến. Năm 2025, thành phố đặt mục tiêu kinh tế số chiếm 30% GRDP.""",
        "2025-01-08",
        [
            ("online_dossier_rate", "Hà Nội", "year", "2024-12-31", 90.4),
            ("online_dossier_full_process_rate", "Hà Nội", "year", "2024-12-31", 55.9),
            ("satisfaction_rate", "Hà Nội", "year", "2024-12-31", 92.3),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2024-12-31", 2100.0),
            ("ftth_household_rate", "Hà Nội", "as_of", "2024-12-31", 94.5),
        ],
    ),
    # 22. National half-year 2023 review; yoy changes, one ministry, counts of documents as traps
    (
        """Sơ kết 6 tháng đầu năm 2023: dịch vụ công trực tuyến và dữ liệu số có chuyển biến
Tại hội nghị sơ kết ngày 7/7/2023, Bộ Thông tin và Truyền thông đã điểm lại các kết quả chuyển đổi số quốc gia nửa đầu năm.
Thể chế
Trong 6 tháng đầu năm 2023, Chính phủ, Thủ tướng Chính phủ đã ban hành 4 nghị định, 9 quyết định và 2 chỉ thị liên quan đến chuyển đổi số.
Dịch vụ công trực tuyến
- 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 36,6%, tăng 9,5 điểm phần trăm so với cùng kỳ năm 2022.
- Cổng Dịch vụ công quốc gia tiếp nhận 9,6 triệu hồ sơ trực tuyến trong 6 tháng đầu năm 2023.
- Riêng Bộ Giao thông vận tải đạt tỷ lệ 68% hồ sơ trực tuyến.
Dữ liệu và an toàn thông tin
Trong nửa đầu năm, NDXP ghi nhận 128,4 triệu giao dịch, gấp 2,1 lần cùng kỳ. Số cuộc tấn công mạng gây sự cố trong 6 tháng đầu năm 2023 là 6.369.
Chỉ tiêu | 6 tháng 2022 | 6 tháng 2023
Tấn công mạng gây sự cố | 5.514 | 6.369
Giao dịch qua NDXP (triệu) | 61,2 | 128,4
Bộ đề nghị các địa phương phấn đấu đạt 50% hồ sơ trực tuyến vào cuối năm 2023.""",
        "2023-07-10",
        [
            ("online_dossier_rate", "national", "half", "2023-06-30", 36.6),
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 9600000.0),
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 128400000.0),
            ("ndxp_transactions_period", "national", "half", "2022-06-30", 61200000.0),
            ("cyberattacks", "national", "half", "2023-06-30", 6369.0),
            ("cyberattacks", "national", "half", "2022-06-30", 5514.0),
        ],
    ),
]
