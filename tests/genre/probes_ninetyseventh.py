"""Genre probes, round 97: national press summaries of the ministry's monthly and quarterly digital-transformation reports 2023–2025 (before and after the March 2025 merger into Bộ Khoa học và Công nghệ), dense with running totals, year-to-date flows, per-100 figures, speeds, cyberattacks, portal figures and ministry/locality full-process rates with earlier figures in parentheses, written blind.

First reading (the stop's start code 1716bfb read it): 203 of 215 right, 203 of 211 found (0.94 / 0.96). With the code of stop 43's end: 207 of 215, 207 of 211. Fitted after that reading: 'kể từ khi' telling of the report before its source speaks, a span's second figure ('…, giá trị …'), 'Đến cuối năm' early in the next year.
"""

CASES = [
    # 1 — monthly press summary (October 2024): portal running total beside the month's flows, ministries/localities online rates, cyberattacks with previous month in parentheses
    (
        """Tháng 10/2024: Cổng Dịch vụ công quốc gia có thêm gần 1,1 triệu tài khoản

07/11/2024 09:15

(Chinhphu.vn) – Báo cáo tình hình chuyển đổi số tháng 10/2024 do Bộ Thông tin và Truyền thông vừa ban hành cho thấy nhiều chỉ số về dịch vụ công trực tuyến và an toàn thông tin mạng tiếp tục chuyển biến tích cực.

Theo báo cáo, trong tháng 10, Cổng Dịch vụ công quốc gia có thêm gần 1,1 triệu tài khoản đăng ký mới (tháng 9: 980.000 tài khoản), nâng tổng số tài khoản trên Cổng lên hơn 14,6 triệu. Cũng trong tháng, Cổng tiếp nhận 1,72 triệu hồ sơ trực tuyến; lũy kế từ đầu năm, số hồ sơ trực tuyến nộp qua Cổng đạt 15,3 triệu. Số giao dịch thanh toán trực tuyến trong tháng là 2,35 triệu giao dịch với tổng số tiền hơn 1.480 tỷ đồng.

Trong tháng 10, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 61,4%, của các địa phương đạt 47,9%.

Về bảo đảm an toàn thông tin, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 612 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,4% so với tháng 9 (668 cuộc). Tính đến hết tháng 10, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là hơn 420.000 địa chỉ.

Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình nghiệp vụ để nâng tỷ lệ hồ sơ trực tuyến toàn trình, phấn đấu đạt mục tiêu 80% vào cuối năm 2024.""",
        "2024-11-07",
        [
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 1100000.0),
            ("national_portal_accounts_new", "national", "month", "2024-09-30", 980000.0),
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 14600000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 1720000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-10-31", 15300000.0),
            ("online_payments_count_new", "national", "month", "2024-10-31", 2350000.0),
            ("online_payments_value_new", "national", "month", "2024-10-31", 1480.0),
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 61.4),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 47.9),
            ("cyberattacks", "national", "month", "2024-10-31", 612.0),
            ("cyberattacks", "national", "month", "2024-09-30", 668.0),
            ("botnet_ips", "national", "as_of", "2024-10-31", 420000.0),
        ],
    ),
    # 2 — ten-month cybersecurity summary 2024: ytd with last year's ytd in parentheses; traps: change %, target, a vendor's count, a GCI rank
    (
        """An toàn thông tin 10 tháng năm 2024: số cuộc tấn công mạng gây sự cố giảm mạnh

13/11/2024

Số liệu của Bộ Thông tin và Truyền thông cho thấy, trong 10 tháng đầu năm 2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý tổng cộng 6.280 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 36,1% so với cùng kỳ năm 2023 (9.830 cuộc). Riêng tháng 10 có 612 cuộc.

Tính đến cuối tháng 10, số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 420.000 địa chỉ, thấp hơn đáng kể so với thời điểm cuối năm 2023 (khoảng 560.000 địa chỉ).

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, đến hết tháng 10, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 78,2%, trong khi yêu cầu đặt ra là hoàn thành phê duyệt 100% trong năm 2024.

Cũng trong thời gian này, một hãng bảo mật quốc tế công bố các sản phẩm của hãng đã phát hiện và ngăn chặn hơn 39 triệu cuộc tấn công trực tuyến nhắm vào người dùng tại Việt Nam trong 9 tháng. Trên bảng xếp hạng Chỉ số an toàn thông tin toàn cầu (GCI) gần nhất, Việt Nam đứng thứ 17/194 quốc gia, vùng lãnh thổ.

Theo Cục An toàn thông tin, các cơ quan, tổ chức cần chủ động rà quét, khắc phục lỗ hổng, đặc biệt trong các dịp cao điểm cuối năm.""",
        "2024-11-13",
        [
            ("cyberattacks", "national", "ytd", "2024-10-31", 6280.0),
            ("cyberattacks", "national", "ytd", "2023-10-31", 9830.0),
            ("cyberattacks", "national", "month", "2024-10-31", 612.0),
            ("botnet_ips", "national", "as_of", "2024-10-31", 420000.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 560000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-31", 78.2),
        ],
    ),
    # 3 — infrastructure paragraph of the September 2024 report: per-100 with previous month, speeds with previous month; traps: upload speed, speed rank, one operator's 5G stations
    (
        """Hạ tầng số tháng 9/2024: tốc độ băng rộng cố định vượt mốc 150 Mbps

10/10/2024

Theo báo cáo chuyển đổi số tháng 9/2024 của Bộ Thông tin và Truyền thông, tính đến hết tháng 9, cả nước có 23,9 triệu thuê bao băng rộng cố định, tương đương 23,6 thuê bao/100 dân (tháng 8: 23,4 thuê bao/100 dân). Số thuê bao băng rộng di động đạt 88,2 triệu, tương đương 87,1 thuê bao/100 dân. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,9%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82,3%.

Về chất lượng dịch vụ, tốc độ tải xuống trung bình của mạng băng rộng cố định trong tháng 9 đạt 152,4 Mbps (tháng 8: 148,7 Mbps); của mạng băng rộng di động đạt 55,1 Mbps. Tốc độ tải lên của mạng cố định đạt khoảng 147 Mbps. Với kết quả này, Việt Nam xếp thứ 38 thế giới về tốc độ băng rộng cố định.

Ở mảng 5G, Viettel cho biết đang hoàn tất lắp đặt hơn 6.000 trạm BTS 5G để sẵn sàng khai trương dịch vụ thương mại trong tháng 10. Các doanh nghiệp khác cũng đẩy nhanh tiến độ triển khai sau khi trúng đấu giá băng tần.

Bộ Thông tin và Truyền thông nhận định, hạ tầng số tiếp tục được nâng cấp mạnh mẽ, tạo nền tảng cho phát triển kinh tế số và xã hội số.""",
        "2024-10-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 23.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-08-31", 23.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 88200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 87.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 86.9),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.3),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 152.4),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 148.7),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 55.1),
        ],
    ),
    # 4 — first months after the merger (May 2025, Bộ KH&CN): full-process dossier rates by ministries/localities with April in parentheses; traps: change in points, target, one ministry's rate
    (
        """Bộ Khoa học và Công nghệ: tỷ lệ hồ sơ trực tuyến toàn trình của địa phương vượt 43%

11/06/2025

Bộ Khoa học và Công nghệ vừa có báo cáo tình hình chuyển đổi số quốc gia tháng 5/2025, báo cáo tháng thứ ba kể từ khi Bộ tiếp nhận chức năng quản lý nhà nước về chuyển đổi số sau khi hợp nhất với Bộ Thông tin và Truyền thông.

Theo báo cáo, trong tháng 5, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 52,6% (tháng 4: 50,9%), của các địa phương đạt 43,3% (tháng 4: 41,8%). Tỷ lệ hồ sơ được cấp kết quả điện tử trên toàn quốc đạt 91,2%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 46,5%, tăng 2,1 điểm phần trăm so với tháng trước.

So với mục tiêu đến năm 2025 có tối thiểu 80% hồ sơ được xử lý trực tuyến toàn trình, kết quả trên vẫn còn khoảng cách đáng kể. Trong khối bộ, ngành, Bộ Công an tiếp tục dẫn đầu với tỷ lệ toàn trình đạt 89,7%.

Về dữ liệu, trong tháng, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện khoảng 98 triệu giao dịch, trung bình hơn 3,1 triệu giao dịch mỗi ngày. Bộ Khoa học và Công nghệ đề nghị các bộ, ngành, địa phương khẩn trương hoàn thành việc kết nối các hệ thống thông tin giải quyết thủ tục hành chính với các cơ sở dữ liệu quốc gia, chuyên ngành.""",
        "2025-06-11",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 52.6),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-04-30", 50.9),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 43.3),
            ("online_dossier_full_process_rate", "localities", "month", "2025-04-30", 41.8),
            ("e_result_rate", "national", "month", "2025-05-31", 91.2),
            ("data_reuse_rate", "national", "month", "2025-05-31", 46.5),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3100000.0),
        ],
    ),
    # 5 — quarterly summary Q1/2023: NDXP quarter flow, daily average, running total since 2019, connections; traps: change vs previous quarter, share after "Trong đó", target
    (
        """Quý I/2023: Nền tảng NDXP xử lý hơn 120 triệu giao dịch

Ngày 13/4/2023

Báo cáo của Bộ Thông tin và Truyền thông về kết quả triển khai chuyển đổi số quý I/2023 cho biết, trong quý, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận hơn 120 triệu giao dịch, bình quân khoảng 1,33 triệu giao dịch/ngày, tăng gần 25% so với quý IV/2022. Trong đó, giao dịch phục vụ kết nối với Cơ sở dữ liệu quốc gia về dân cư chiếm khoảng 40%.

Lũy kế từ khi khai trương vào tháng 5/2019 đến hết quý I/2023, tổng số giao dịch qua NDXP đạt hơn 1,05 tỷ giao dịch. Đến hết tháng 3/2023, đã có 104 bộ, ngành, địa phương và cơ quan, đơn vị kết nối với NDXP; tổng số điểm kết nối được thiết lập là 2.450.

Bộ Thông tin và Truyền thông cho biết sẽ tiếp tục hoàn thiện các nền tảng dùng chung, hướng tới mục tiêu 100% cơ sở dữ liệu quốc gia được kết nối, chia sẻ qua NDXP trong năm 2023. Tại hội nghị giao ban quý, đại diện một số địa phương kiến nghị sớm hướng dẫn chuẩn dữ liệu dùng chung để giảm chi phí kết nối, đồng thời đề xuất tăng cường hỗ trợ kỹ thuật cho các tỉnh miền núi.""",
        "2023-04-13",
        [
            ("ndxp_transactions_period", "national", "quarter", "2023-03-31", 120000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-03-31", 1330000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-03-31", 1050000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-03-31", 104.0),
            ("ndxp_connection_points", "national", "as_of", "2023-03-31", 2450.0),
        ],
    ),
    # 6 — undated explainer page (no published date): explicitly dated portal running totals are values; "Hiện nay" rates cannot be dated
    (
        """Bức tranh dịch vụ công trực tuyến qua các con số

Cổng Dịch vụ công quốc gia được khai trương ngày 09/12/2019, là "một cửa" tích hợp thông tin, dịch vụ công của các bộ, ngành, địa phương. Tính đến ngày 30/6/2024, Cổng đã có hơn 11,6 triệu tài khoản đăng ký; tổng số hồ sơ trực tuyến thực hiện qua Cổng đạt khoảng 71,5 triệu hồ sơ. Cũng tính đến thời điểm này, Cổng đã xử lý 35,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền gần 16.900 tỷ đồng.

Việc tích hợp dịch vụ công không chỉ giúp người dân tiết kiệm thời gian, chi phí đi lại mà còn tạo điều kiện công khai, minh bạch trong giải quyết thủ tục hành chính. Người dân có thể theo dõi tiến độ giải quyết hồ sơ, nhận kết quả bản điện tử và thanh toán phí, lệ phí ngay trên điện thoại.

Hiện nay, tỷ lệ hồ sơ được xử lý trực tuyến toàn trình trên toàn quốc đạt khoảng 40%, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt trên 90%.

Nhiều chuyên gia cho rằng, để dịch vụ công trực tuyến thực sự đi vào cuộc sống, cần tiếp tục đơn giản hóa quy trình, giảm số trường thông tin phải khai báo và tăng cường tái sử dụng dữ liệu đã có trong các cơ sở dữ liệu quốc gia.""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 11600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 71500000.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 35800000.0),
            ("online_payments_value", "national", "as_of", "2024-06-30", 16900.0),
        ],
    ),
    # 7 — provincial portal (Bắc Ninh, July 2024): the province's own rates with June in parentheses, localities' average; traps: own essential-services list 22/25, provincial rank, target
    (
        """Bắc Ninh: tháng 7/2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 78,6%

Cổng Thông tin điện tử tỉnh Bắc Ninh – 06/08/2024

Theo báo cáo của Sở Thông tin và Truyền thông, trong tháng 7/2024, các cơ quan, đơn vị trên địa bàn tỉnh Bắc Ninh đã tiếp nhận 48.215 hồ sơ thủ tục hành chính, trong đó có 37.897 hồ sơ trực tuyến. Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 78,6% (tháng 6: 76,2%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,1%. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 95,4%.

Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh cao hơn nhiều so với mức bình quân của các địa phương trên cả nước (tháng 7 đạt 46,8%). Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công, Bắc Ninh đang xếp thứ 4/63 tỉnh, thành phố.

Đến nay, tỉnh đã cung cấp toàn trình 22/25 dịch vụ công thiết yếu thuộc danh mục của tỉnh; 3 dịch vụ còn lại đang được hoàn thiện quy trình kết nối với cơ sở dữ liệu chuyên ngành.

Sở Thông tin và Truyền thông đề nghị các sở, ngành, UBND cấp huyện tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng tài khoản định danh điện tử để thực hiện dịch vụ công, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 70%.""",
        "2024-08-06",
        [
            ("online_dossier_rate", "Bắc Ninh", "month", "2024-07-31", 78.6),
            ("online_dossier_rate", "Bắc Ninh", "month", "2024-06-30", 76.2),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2024-07-31", 62.1),
            ("e_result_rate", "Bắc Ninh", "month", "2024-07-31", 95.4),
            ("online_dossier_rate", "localities", "month", "2024-07-31", 46.8),
        ],
    ),
    # 8 — interview: targets, changes and counts of documents only — no values
    (
        """Thứ trưởng: Năm 2025 phải tạo bước chuyển thực chất về dịch vụ công toàn trình

16/01/2025

PV: Thưa Thứ trưởng, năm 2025 được xác định là năm tăng tốc, về đích của nhiều mục tiêu chuyển đổi số. Bộ đặt ra những ưu tiên nào?

Thứ trưởng: Chúng tôi xác định năm 2025 phải tạo bước chuyển thực chất, không chạy theo số lượng dịch vụ. Mục tiêu đến cuối năm 2025 là 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80% và 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến.

PV: So với năm trước, kết quả đã chuyển biến ra sao?

Thứ trưởng: Số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia năm 2024 tăng khoảng 30% so với năm 2023, số giao dịch thanh toán trực tuyến tăng gần 1,5 lần. Tuy nhiên, chất lượng dịch vụ ở nhiều nơi chưa đồng đều. Năm qua, Bộ đã ban hành 12 văn bản hướng dẫn, tổ chức 4 đoàn kiểm tra tại các bộ, ngành, địa phương và chủ trì 3 hội nghị chuyên đề.

PV: Thứ trưởng có khuyến nghị gì với các địa phương?

Thứ trưởng: Các địa phương cần rà soát lại toàn bộ quy trình, bỏ các bước thừa, tăng kết nối với cơ sở dữ liệu quốc gia để người dân không phải khai lại thông tin đã có. Người đứng đầu phải trực tiếp chỉ đạo và chịu trách nhiệm về kết quả.""",
        "2025-01-16",
        [],
    ),
    # 9 — year review 2023: sentences opening on the year, undated levels at 31 December; last year in parentheses; EGDI edition 2022; traps: change, "gấp 3 lần", target
    (
        """Nhìn lại năm 2023: kinh tế số ước chiếm 16,5% GDP

09/01/2024

Theo báo cáo tổng kết công tác năm 2023 của Bộ Thông tin và Truyền thông, tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%; tốc độ tăng trưởng kinh tế số khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.

Năm 2023, hạ tầng số tiếp tục được củng cố. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,5%; số thuê bao băng rộng cố định đạt 22,1 thuê bao/100 dân, băng rộng di động đạt 84,7 thuê bao/100 dân. Tỷ lệ dân số sử dụng Internet ước đạt 78,6%.

Về an toàn thông tin, cả năm 2023, Cục An toàn thông tin ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022 (15.360 cuộc).

Trong kỳ đánh giá gần nhất của Liên Hợp Quốc, công bố năm 2022, Việt Nam xếp thứ 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử, tăng 2 bậc so với kỳ trước.

Bước sang năm 2024, ngành đặt mục tiêu kinh tế số chiếm khoảng 18% GDP, 80% dịch vụ công trực tuyến được cung cấp toàn trình và hoàn thành phủ sóng các thôn lõm sóng có điện lưới. Bộ trưởng nhấn mạnh năm 2024 là năm phải "tăng tốc, bứt phá" trong triển khai các nền tảng số quốc gia.""",
        "2024-01-09",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.5),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 84.7),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 15360.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 10 — monthly cybersecurity figures September 2023 with August in parentheses and the nine-month total; traps: attack types after "Trong đó", change %, a vendor's count
    (
        """Tháng 9/2023 ghi nhận hơn 1.100 cuộc tấn công mạng gây sự cố

05/10/2023

Cục An toàn thông tin (Bộ Thông tin và Truyền thông) cho biết, trong tháng 9/2023, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.105 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, tăng nhẹ 2% so với tháng 8 (1.083 cuộc). Trong đó có 412 cuộc tấn công lừa đảo (Phishing), 501 cuộc tấn công thay đổi giao diện (Deface) và 192 cuộc tấn công cài mã độc (Malware).

Lũy kế 9 tháng đầu năm 2023, tổng số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam là 9.120 cuộc.

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet ghi nhận trong tháng 9 là 610.340 địa chỉ, giảm 4,6% so với tháng trước (639.800 địa chỉ).

Trong khi đó, theo báo cáo của Kaspersky, trong 6 tháng đầu năm 2023, các giải pháp của hãng đã ngăn chặn hơn 8,2 triệu cuộc tấn công qua web nhắm vào doanh nghiệp tại Việt Nam.

Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức thường xuyên cập nhật bản vá, kiểm tra, đánh giá an toàn thông tin định kỳ; người dân cảnh giác với các tin nhắn, đường link lạ mạo danh cơ quan nhà nước, ngân hàng.""",
        "2023-10-05",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1105.0),
            ("cyberattacks", "national", "month", "2023-08-31", 1083.0),
            ("cyberattacks", "national", "ytd", "2023-09-30", 9120.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 610340.0),
            ("botnet_ips", "national", "as_of", "2023-08-31", 639800.0),
        ],
    ),
    # 11 — Mobile Money section of the June 2023 report: level with "trong đó" rural share (trap), one operator's customers (trap), bank-account rate with end-2022 in parentheses, target (trap)
    (
        """Mobile Money: hơn 5 triệu khách hàng sau gần hai năm thí điểm

21/07/2023

Báo cáo tình hình chuyển đổi số tháng 6/2023 của Bộ Thông tin và Truyền thông dẫn số liệu của Ngân hàng Nhà nước cho biết, tính đến hết tháng 6/2023, số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt khoảng 5,1 triệu, trong đó hơn 3,5 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tổng số lượng giao dịch đạt hơn 48 triệu, với tổng giá trị khoảng 1.180 tỷ đồng. Riêng Viettel Money đã có hơn 4 triệu khách hàng sử dụng dịch vụ.

Cũng đến cuối tháng 6/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 77,4% (cuối năm 2022: 74%).

Theo Ngân hàng Nhà nước, Mobile Money đã góp phần đưa dịch vụ thanh toán đến với người dân chưa có tài khoản ngân hàng, đặc biệt ở những địa bàn chưa có chi nhánh, phòng giao dịch. Chiến lược tài chính toàn diện quốc gia đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác.

Các doanh nghiệp viễn thông kiến nghị sớm hoàn thiện hành lang pháp lý chính thức sau giai đoạn thí điểm, đồng thời mở rộng hạn mức giao dịch để đáp ứng nhu cầu thực tế.""",
        "2023-07-21",
        [
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 5100000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 77.4),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 74.0),
        ],
    ),
    # 12 — quarter III and nine months 2025 (Bộ KH&CN): 5G stations with end of Q2 in parentheses, per-100, portal ytd and quarter flows, cyberattacks ytd with same period 2024
    (
        """9 tháng năm 2025: cả nước có hơn 13.000 trạm BTS 5G

09/10/2025

Báo cáo tình hình chuyển đổi số quý III và 9 tháng năm 2025 của Bộ Khoa học và Công nghệ cho thấy hạ tầng 5G tiếp tục được mở rộng nhanh. Tính đến hết tháng 9/2025, tổng số trạm BTS 5G trên cả nước đạt hơn 13.000 trạm (cuối quý II: khoảng 10.500 trạm), vùng phủ sóng 5G đạt khoảng 28% dân số. Số thuê bao băng rộng di động đạt 90,6 thuê bao/100 dân; băng rộng cố định đạt 25,1 thuê bao/100 dân.

Trong 9 tháng, Cổng Dịch vụ công quốc gia tiếp nhận 21,7 triệu hồ sơ trực tuyến; riêng quý III tiếp nhận 8,1 triệu hồ sơ. Số giao dịch thanh toán trực tuyến lũy kế 9 tháng đạt 31,2 triệu giao dịch, giá trị 19.450 tỷ đồng.

Về an toàn thông tin mạng, 9 tháng năm 2025 ghi nhận 4.120 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm hơn 27% so với cùng kỳ năm 2024 (5.670 cuộc).

Bộ Khoa học và Công nghệ cho biết sẽ tập trung hướng dẫn các địa phương sau sắp xếp đơn vị hành chính hoàn thiện hệ thống thông tin giải quyết thủ tục hành chính thống nhất, bảo đảm không gián đoạn dịch vụ công.""",
        "2025-10-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 13000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 10500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 28.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 90.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 25.1),
            ("national_portal_dossiers_new", "national", "ytd", "2025-09-30", 21700000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2025-09-30", 8100000.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 31200000.0),
            ("online_payments_value_new", "national", "ytd", "2025-09-30", 19450.0),
            ("cyberattacks", "national", "ytd", "2025-09-30", 4120.0),
            ("cyberattacks", "national", "ytd", "2024-09-30", 5670.0),
        ],
    ),
    # 13 — March 2023 report: portal running totals since launch with end-February in parentheses, quarter flows, full-process procedure shares by ministries/localities; trap: a count of services with no dossiers (remainder, no id)
    (
        """Đến hết tháng 3/2023, Cổng Dịch vụ công quốc gia có 9,2 triệu tài khoản

07/04/2023

Báo cáo chuyển đổi số tháng 3/2023 của Bộ Thông tin và Truyền thông cho biết, tính đến ngày 31/3/2023, Cổng Dịch vụ công quốc gia đã có 9,2 triệu tài khoản đăng ký (cuối tháng 2: 8,85 triệu), lũy kế tiếp nhận 55,4 triệu hồ sơ trực tuyến và 21,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 9.800 tỷ đồng.

Trong quý I/2023, Cổng có thêm khoảng 1 triệu tài khoản mới và tiếp nhận 4,3 triệu hồ sơ trực tuyến.

Về cung cấp dịch vụ, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của các bộ, ngành là 45,6%, của các địa phương là 51,2%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 38,7% (tháng 2: 37,9%), cho thấy nhiều dịch vụ đã được đưa lên nhưng người dân, doanh nghiệp chưa sử dụng.

Bộ Thông tin và Truyền thông lưu ý, cả nước vẫn còn hơn 2.100 dịch vụ công trực tuyến toàn trình chưa phát sinh hồ sơ trong 3 tháng liên tiếp. Bộ đề nghị các cơ quan rà soát, đánh giá lại nhu cầu thực tế, tập trung nâng cao chất lượng những dịch vụ có số lượng hồ sơ lớn thay vì chạy theo số lượng dịch vụ cung cấp.""",
        "2023-04-07",
        [
            ("national_portal_accounts", "national", "as_of", "2023-03-31", 9200000.0),
            ("national_portal_accounts", "national", "as_of", "2023-02-28", 8850000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-03-31", 55400000.0),
            ("online_payments_count", "national", "as_of", "2023-03-31", 21600000.0),
            ("online_payments_value", "national", "as_of", "2023-03-31", 9800.0),
            ("national_portal_accounts_new", "national", "quarter", "2023-03-31", 1000000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2023-03-31", 4300000.0),
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-03-31", 45.6),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-03-31", 51.2),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2023-03-31", 38.7),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2023-02-28", 37.9),
        ],
    ),
    # 14 — national committee meeting after the merger (April 2025): EGDI 2024 edition, VNeID, chip cards, e-invoices at an explicit date, fee-reduction count "đến nay"; traps: rank change, target
    (
        """Ủy ban Quốc gia về chuyển đổi số họp phiên đầu tiên năm 2025

17/04/2025

Sáng 16/4/2025, Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp đầu tiên năm 2025. Theo báo cáo do Bộ Khoa học và Công nghệ, cơ quan thường trực của Ủy ban sau khi hợp nhất Bộ Thông tin và Truyền thông, trình bày tại phiên họp, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử của Liên Hợp Quốc năm 2024, tăng 15 bậc so với kỳ đánh giá năm 2022 và lần đầu tiên thuộc nhóm có chỉ số rất cao.

Tính đến ngày 31/3/2025, đã có hơn 62,5 triệu tài khoản định danh điện tử VNeID được kích hoạt; cơ quan công an đã cấp hơn 89 triệu thẻ căn cước gắn chip. Tổng số hóa đơn điện tử đã tiếp nhận, xử lý kể từ khi triển khai đại trà đạt hơn 9,8 tỷ hóa đơn.

Đến nay, 63/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.

Kết luận phiên họp, Thủ tướng yêu cầu phấn đấu đến năm 2030 Việt Nam thuộc nhóm 50 quốc gia dẫn đầu về Chính phủ điện tử, đồng thời giao Bộ Khoa học và Công nghệ chủ trì xây dựng bộ chỉ số đo lường chuyển đổi số thống nhất, áp dụng từ quý III/2025 cho các bộ, ngành, địa phương.""",
        "2025-04-17",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 62500000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-03-31", 89000000.0),
            ("e_invoices_total", "national", "as_of", "2025-03-31", 9800000000.0),
            ("localities_fee_reduction", "national", "as_of", "2025-04-16", 63.0),
        ],
    ),
    # 15 — city portal (Đà Nẵng, Q2/2024): the city's own quarter rates with Q1 in parentheses and the national average beside them; traps: DTI rank, change in points, target
    (
        """Đà Nẵng: quý II/2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,3%

15/07/2024 – Sở Thông tin và Truyền thông thành phố Đà Nẵng

Trong quý II/2024, các cơ quan, đơn vị trên địa bàn thành phố Đà Nẵng đã tiếp nhận 186.400 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến đạt 89,2% (quý I: 86,5%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,3%, tăng 4,1 điểm phần trăm so với quý trước và cao gần gấp đôi mức bình quân cả nước trong quý (36,4%).

Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa của thành phố đạt 58,4%; tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,6%.

Đà Nẵng tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, đồng thời đứng đầu về Chỉ số cải cách hành chính.

Theo kế hoạch, đến cuối năm 2024 thành phố phấn đấu đạt tỷ lệ hồ sơ trực tuyến toàn trình 80%, 100% kết quả giải quyết thủ tục hành chính được số hóa. Sở Thông tin và Truyền thông đề nghị các sở, ngành, quận, huyện rà soát các thủ tục có số lượng hồ sơ lớn nhưng tỷ lệ trực tuyến thấp để có giải pháp cụ thể.""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-06-30", 89.2),
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 86.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2024-06-30", 71.3),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-06-30", 36.4),
            ("data_reuse_rate", "Đà Nẵng", "quarter", "2024-06-30", 58.4),
            ("satisfaction_rate", "Đà Nẵng", "quarter", "2024-06-30", 98.6),
        ],
    ),
    # 16 — undated digest (no published date): an opening paragraph of "hiện" levels nobody can date, then explicitly dated November 2023 figures with October in parentheses
    (
        """Chuyển đổi số: những con số đáng chú ý

Hạ tầng số của Việt Nam đang được nâng cấp nhanh. Tốc độ truy cập Internet băng rộng cố định hiện đạt khoảng 100 Mbps, băng rộng di động khoảng 47 Mbps; tỷ lệ thuê bao di động sử dụng điện thoại thông minh hiện vào khoảng 84%. Đây là nền tảng quan trọng để người dân tiếp cận dịch vụ công trực tuyến và thương mại điện tử.

Riêng về dịch vụ công, báo cáo tháng 11/2023 của Bộ Thông tin và Truyền thông ghi nhận, trong tháng 11, Cổng Dịch vụ công quốc gia có thêm 742.000 tài khoản đăng ký mới; số hồ sơ trực tuyến nộp qua Cổng trong tháng là 1,46 triệu hồ sơ. Cũng trong tháng 11/2023, Cục An toàn thông tin ghi nhận 876 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (tháng 10: 710 cuộc).

Theo các chuyên gia, con số tấn công mạng thường tăng vào những tháng cuối năm khi các tổ chức, doanh nghiệp đẩy mạnh giao dịch trực tuyến. Người dùng được khuyến cáo không truy cập đường link lạ, không cung cấp mã OTP cho bất kỳ ai và cập nhật thường xuyên các ứng dụng, hệ điều hành.""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2023-11-30", 742000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-11-30", 1460000.0),
            ("cyberattacks", "national", "month", "2023-11-30", 876.0),
            ("cyberattacks", "national", "month", "2023-10-31", 710.0),
        ],
    ),
    # 17 — year-end 2024 coverage summary: dead-zone coverage rate, village coverage rate, remaining dead-zone villages (a level); traps: covered count 1.050/1.068, 18 not yet covered (remainder), villages covered in the year, deadline
    (
        """Phủ sóng thôn lõm sóng: năm 2024 về đích gần trọn vẹn

08/01/2025

Theo báo cáo tổng kết năm 2024 của Bộ Thông tin và Truyền thông, đến hết năm 2024, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.050/1.068 thôn lõm sóng có điện lưới, đạt tỷ lệ 98,3%. Trong năm, đã phủ sóng mới 1.037 thôn, bản, trong đó nhiều thôn thuộc các huyện biên giới, hải đảo.

Tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đạt 99,2%. Tuy vậy, cả nước hiện vẫn còn khoảng 1.400 thôn, bản lõm sóng, chủ yếu là các thôn chưa có điện lưới quốc gia, địa hình chia cắt, dân cư thưa thớt.

18 thôn có điện lưới còn lại chưa được phủ sóng sẽ được hoàn thành trong quý I/2025 bằng các giải pháp trạm phát sóng sử dụng năng lượng mặt trời và truyền dẫn vệ tinh.

Bộ Thông tin và Truyền thông cho biết, việc xóa thôn lõm sóng được thực hiện chủ yếu bằng nguồn lực của doanh nghiệp, kết hợp với Chương trình cung cấp dịch vụ viễn thông công ích. Năm 2025, Bộ tiếp tục phối hợp với các địa phương kéo điện lưới đến các thôn, bản còn lại để tạo điều kiện phủ sóng.""",
        "2025-01-08",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 98.3),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1400.0),
        ],
    ),
    # 18 — quarterly press conference Q3/2024: quarter flows with Q2 in parentheses, running totals at quarter end, ministries/localities rates ("lần lượt"); trap: cyberattacks per day (no id), change %
    (
        """Họp báo Bộ Thông tin và Truyền thông: quý III/2024, Cổng Dịch vụ công quốc gia tiếp nhận 4,9 triệu hồ sơ

04/10/2024

Tại cuộc họp báo định kỳ chiều 3/10, đại diện Bộ Thông tin và Truyền thông cho biết, trong quý III/2024, Cổng Dịch vụ công quốc gia tiếp nhận 4,9 triệu hồ sơ trực tuyến (quý II: 4,4 triệu), thực hiện 6,8 triệu giao dịch thanh toán trực tuyến với giá trị khoảng 4.150 tỷ đồng. Tổng số tài khoản trên Cổng đến cuối tháng 9 đạt 13,5 triệu.

Tỷ lệ hồ sơ trực tuyến toàn trình trong quý III của khối bộ, ngành đạt 48,9%, khối địa phương đạt 37,6% (quý II lần lượt là 45,1% và 34,8%).

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trong quý ghi nhận 312 triệu giao dịch, tăng 18% so với quý trước; lũy kế từ khi đưa vào vận hành đạt 2,64 tỷ giao dịch.

Về an toàn thông tin mạng, quý III ghi nhận 1.735 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trung bình gần 19 cuộc mỗi ngày. Bộ khuyến cáo các cơ quan, tổ chức tăng cường giám sát, nhất là các hệ thống cung cấp dịch vụ công có nhiều giao dịch thanh toán.""",
        "2024-10-04",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-09-30", 4900000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-06-30", 4400000.0),
            ("online_payments_count_new", "national", "quarter", "2024-09-30", 6800000.0),
            ("online_payments_value_new", "national", "quarter", "2024-09-30", 4150.0),
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 13500000.0),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-09-30", 48.9),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-09-30", 37.6),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-06-30", 45.1),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-06-30", 34.8),
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 312000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 2640000000.0),
            ("cyberattacks", "national", "quarter", "2024-09-30", 1735.0),
        ],
    ),
    # 19 — year 2024 summary (December and full-year report): year flows with 2023 in parentheses, year-end totals, ministries/localities year rates, eligible full-process share; traps: change %, "vượt mục tiêu 40%"
    (
        """Năm 2024: Cổng Dịch vụ công quốc gia tiếp nhận gần 19 triệu hồ sơ trực tuyến

03/01/2025

Theo số liệu tổng hợp tại báo cáo chuyển đổi số tháng 12 và cả năm 2024 của Bộ Thông tin và Truyền thông, năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận gần 19 triệu hồ sơ trực tuyến (năm 2023: 14,2 triệu), thực hiện 28,4 triệu giao dịch thanh toán trực tuyến với tổng giá trị 16.700 tỷ đồng. Đến cuối năm, tổng số tài khoản trên Cổng đạt 16,8 triệu.

Tính chung cả năm, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 63,2%, của các địa phương đạt 49,5%. Toàn quốc, tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình đạt 91,3%. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 41,8%, vượt mục tiêu 40% đặt ra cho năm 2024.

Về an toàn thông tin, năm 2024 cả nước ghi nhận 7.050 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm khoảng 49% so với năm 2023 (13.900 cuộc). Số địa chỉ IP thuộc các mạng botnet vào cuối năm ở mức khoảng 380.000 địa chỉ.

Bộ Thông tin và Truyền thông đánh giá năm 2024 là năm dịch vụ công trực tuyến có bước chuyển rõ nét về chất lượng, song tỷ lệ hồ sơ trực tuyến toàn trình ở nhiều địa phương vẫn thấp, nhất là ở cấp xã.""",
        "2025-01-03",
        [
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 19000000.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 14200000.0),
            ("online_payments_count_new", "national", "year", "2024-12-31", 28400000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 16700.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 16800000.0),
            ("online_dossier_rate", "ministries", "year", "2024-12-31", 63.2),
            ("online_dossier_rate", "localities", "year", "2024-12-31", 49.5),
            ("full_process_provision_rate", "national", "as_of", "2024-12-31", 91.3),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 41.8),
            ("cyberattacks", "national", "year", "2024-12-31", 7050.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 380000.0),
        ],
    ),
    # 20 — July 2025 report (Bộ KH&CN, first month of two-tier local government): ministries/localities full-process with June "lần lượt", speeds with June, per-100, cyberattacks ytd and month; traps: counts of provinces and communes, speed rank
    (
        """Báo cáo chuyển đổi số tháng 7/2025: tốc độ băng rộng cố định vượt 218 Mbps

07/08/2025

Bộ Khoa học và Công nghệ vừa công bố báo cáo tình hình chuyển đổi số tháng 7/2025, tháng đầu tiên vận hành mô hình chính quyền địa phương hai cấp với 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu.

Trong tháng, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 58,3%, của các địa phương đạt 47,1% (tháng 6 lần lượt là 55,7% và 45,9%). Báo cáo nhận định kết quả này cho thấy việc chuyển đổi hệ thống thông tin giải quyết thủ tục hành chính sau sắp xếp cơ bản không làm gián đoạn dịch vụ.

Về hạ tầng số, tốc độ tải xuống trung bình của mạng băng rộng cố định trong tháng 7 đạt 218,6 Mbps (tháng 6: 211,3 Mbps), của mạng băng rộng di động đạt 146,2 Mbps (tháng 6: 139,8 Mbps), đưa Việt Nam lên vị trí thứ 13 thế giới về tốc độ di động. Tính đến cuối tháng 7, số thuê bao băng rộng cố định đạt 25,0 thuê bao/100 dân, băng rộng di động đạt 89,8 thuê bao/100 dân.

Về an toàn thông tin mạng, lũy kế 7 tháng năm 2025 ghi nhận 3.210 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; riêng tháng 7 là 455 cuộc. Bộ Khoa học và Công nghệ đề nghị các địa phương mới hợp nhất sớm rà soát, phê duyệt lại cấp độ an toàn cho các hệ thống thông tin được hình thành sau sắp xếp.""",
        "2025-08-07",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-07-31", 58.3),
            ("online_dossier_full_process_rate", "localities", "month", "2025-07-31", 47.1),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-06-30", 55.7),
            ("online_dossier_full_process_rate", "localities", "month", "2025-06-30", 45.9),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 218.6),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 211.3),
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 146.2),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 139.8),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-07-31", 25.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-07-31", 89.8),
            ("cyberattacks", "national", "ytd", "2025-07-31", 3210.0),
            ("cyberattacks", "national", "month", "2025-07-31", 455.0),
        ],
    ),
    # 21 — trap-heavy April 2024 summary: named ministries' rates, one operator's subscribers, other countries' speeds, target; real values: national rate with March in parentheses, one province, national speed
    (
        """Dịch vụ công trực tuyến tháng 4/2024: Bộ Công an dẫn đầu về tỷ lệ toàn trình

09/05/2024

Theo báo cáo tháng 4/2024 của Bộ Thông tin và Truyền thông, Bộ Công an tiếp tục là đơn vị dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,4%; Bộ Tài chính đứng thứ hai với 88,1%. Ở khối địa phương, Quảng Ninh dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình đạt 70,2%.

Tính chung toàn quốc, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 4 đạt 33,6% (tháng 3: 31,9%), vẫn cách khá xa mục tiêu 80% đặt ra cho năm 2024.

Về hạ tầng, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam trong tháng 4 đạt 97,8 Mbps. Con số này vẫn thấp hơn nhiều so với Thái Lan (khoảng 230 Mbps) hay Singapore (hơn 280 Mbps). Riêng VNPT cho biết đã có 9,8 triệu thuê bao cáp quang FTTH, chiếm khoảng 42% thị phần.

Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương học tập cách làm của các đơn vị dẫn đầu, trong đó tập trung tái cấu trúc quy trình, kết nối với Cơ sở dữ liệu quốc gia về dân cư để người dân không phải nộp lại giấy tờ đã có.""",
        "2024-05-09",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2024-04-30", 70.2),
            ("online_dossier_full_process_rate", "national", "month", "2024-04-30", 33.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 31.9),
            ("fixed_broadband_speed", "national", "month", "2024-04-30", 97.8),
        ],
    ),
    # 22 — NDXP section of the November 2024 report: month with October in parentheses, daily average, year-to-date, total since launch, connection points "nâng tổng số lên", agencies "hiện có"; trap: added points
    (
        """NDXP tháng 11/2024: gần 4 triệu giao dịch mỗi ngày

06/12/2024

Theo báo cáo chuyển đổi số tháng 11/2024 của Bộ Thông tin và Truyền thông, trong tháng 11, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 118,6 triệu giao dịch (tháng 10: 109,2 triệu), trung bình 3,95 triệu giao dịch/ngày. Lũy kế từ đầu năm, NDXP đã xử lý 1,09 tỷ giao dịch; tổng số giao dịch kể từ khi khai trương năm 2019 đạt 2,87 tỷ.

Trong tháng, các cơ quan thiết lập thêm 36 điểm kết nối, nâng tổng số điểm kết nối trên NDXP lên 3.112 điểm. Hiện có 112 bộ, ngành, địa phương và cơ quan, tổ chức kết nối với nền tảng.

Một số hệ thống có lưu lượng giao dịch lớn là Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu quốc gia về bảo hiểm, Hệ thống đăng ký doanh nghiệp quốc gia và Hệ thống thông tin quản lý văn bản, điều hành của các bộ, ngành, địa phương.

Bộ Thông tin và Truyền thông cho biết sẽ tiếp tục nâng cấp năng lực xử lý của NDXP, bảo đảm đáp ứng lưu lượng tăng cao khi triển khai kết nối chính quyền cấp xã và các nền tảng dữ liệu chuyên ngành trong năm 2025.""",
        "2024-12-06",
        [
            ("ndxp_transactions_period", "national", "month", "2024-11-30", 118600000.0),
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 109200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 3950000.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-11-30", 1090000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-30", 2870000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-11-30", 3112.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-06", 112.0),
        ],
    ),
    # 23 — August 2024 report on dossier quality: e-result rate by ministries/localities with July "lần lượt", reuse, personal-ID, satisfaction; trap: digitisation rate (no id), change in points
    (
        """Tháng 8/2024: tỷ lệ hồ sơ có kết quả điện tử của các bộ, ngành đạt 86,1%

10/09/2024

Báo cáo tình hình chuyển đổi số tháng 8/2024 của Bộ Thông tin và Truyền thông cho thấy chất lượng giải quyết thủ tục hành chính trên môi trường số tiếp tục được cải thiện. Trong tháng 8, tỷ lệ hồ sơ được cấp kết quả điện tử của các bộ, ngành đạt 86,1%, của các địa phương đạt 79,4% (tháng 7 lần lượt là 84,9% và 77,0%).

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp đạt khoảng 65%, tăng 3 điểm phần trăm so với tháng trước. Toàn quốc, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 37,2%; tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 84,7%. Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 90,8%.

Theo Bộ Thông tin và Truyền thông, việc tái sử dụng dữ liệu vẫn là khâu yếu nhất: nhiều hệ thống chưa kết nối với kho quản lý dữ liệu điện tử của tổ chức, cá nhân, khiến người dân vẫn phải nộp lại giấy tờ đã được cơ quan nhà nước cấp trước đó. Bộ đề nghị các địa phương hoàn thành kết nối trong quý IV/2024.""",
        "2024-09-10",
        [
            ("e_result_rate", "ministries", "month", "2024-08-31", 86.1),
            ("e_result_rate", "localities", "month", "2024-08-31", 79.4),
            ("e_result_rate", "ministries", "month", "2024-07-31", 84.9),
            ("e_result_rate", "localities", "month", "2024-07-31", 77.0),
            ("data_reuse_rate", "national", "month", "2024-08-31", 37.2),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-08-31", 84.7),
            ("satisfaction_rate", "national", "month", "2024-08-31", 90.8),
        ],
    ),
    # 24 — first quarterly report of Bộ KH&CN (Q1/2025): quarter flows with Q4/2024 and Q1/2024 in parentheses, running total, procedure shares, 5G; trap: 5G target
    (
        """Quý I/2025: Cổng Dịch vụ công quốc gia có thêm 2,9 triệu tài khoản

09/04/2025

Trong báo cáo chuyển đổi số quý I/2025, báo cáo quý đầu tiên kể từ khi tiếp nhận nhiệm vụ từ Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ cho biết, trong quý I, Cổng Dịch vụ công quốc gia tiếp nhận 6,2 triệu hồ sơ trực tuyến (quý IV/2024: 5,4 triệu). Số tài khoản đăng ký mới trong quý đạt 2,9 triệu, nâng tổng số tài khoản lên 19,7 triệu.

Đến hết quý I/2025, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến trên tổng số thủ tục hành chính toàn quốc đạt 84,6%, trong đó tỷ lệ thủ tục được cung cấp trực tuyến toàn trình đạt 52,4%.

Hạ tầng 5G được mở rộng sau khi các doanh nghiệp khai trương dịch vụ thương mại: cả nước có khoảng 8.200 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 21% dân số. Mục tiêu năm 2025 là phủ sóng 5G cho 26% dân số.

Về an toàn thông tin mạng, quý I/2025 ghi nhận 1.390 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (quý I/2024: 1.950 cuộc). Bộ Khoa học và Công nghệ đề nghị các cơ quan hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin trước ngày 30/6/2025.""",
        "2025-04-09",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 6200000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-12-31", 5400000.0),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 2900000.0),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 19700000.0),
            ("dvctt_rate", "national", "as_of", "2025-03-31", 84.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-31", 52.4),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 21.0),
            ("cyberattacks", "national", "quarter", "2025-03-31", 1390.0),
            ("cyberattacks", "national", "quarter", "2024-03-31", 1950.0),
        ],
    ),
    # 25 — notice on the merger of the two ministries: counts of units, decrees and tasks, a target — no values
    (
        """Hợp nhất Bộ Thông tin và Truyền thông vào Bộ Khoa học và Công nghệ: bảo đảm không gián đoạn công tác chuyển đổi số

03/03/2025

Thực hiện Nghị quyết của Quốc hội về cơ cấu tổ chức của Chính phủ nhiệm kỳ khóa XV, từ ngày 01/3/2025, Bộ Khoa học và Công nghệ chính thức đi vào hoạt động trên cơ sở hợp nhất Bộ Khoa học và Công nghệ và Bộ Thông tin và Truyền thông. Sau hợp nhất, Bộ có 25 đơn vị trực thuộc, giảm 8 đầu mối so với tổng số đơn vị của hai bộ trước đây.

Theo Bộ trưởng, toàn bộ 4 nhiệm vụ thường trực của Ủy ban Quốc gia về chuyển đổi số, 6 nền tảng số quốc gia và hệ thống báo cáo chuyển đổi số định kỳ hằng tháng được chuyển giao nguyên trạng, bảo đảm không gián đoạn. Bộ đã ban hành 3 quyết định về giao nhiệm vụ và 1 kế hoạch chuyển tiếp.

Trong năm 2025, Bộ đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và kinh tế số đạt khoảng 20% GDP. Bộ trưởng yêu cầu các đơn vị không để "khoảng trống" trong chỉ đạo, điều hành, đặc biệt với các nhiệm vụ có thời hạn hoàn thành trong quý I và quý II năm nay.

Báo cáo chuyển đổi số định kỳ tháng 3/2025 sẽ là báo cáo đầu tiên do Bộ Khoa học và Công nghệ ban hành, tiếp tục bám sát bộ chỉ số đã được Ủy ban Quốc gia về chuyển đổi số thống nhất.""",
        "2025-03-03",
        [],
    ),
    # 26 — August 2025 summary copied without its date line (no published date): explicit month and 8-month figures are values; a 5G figure given "trước đó" at an unnamed seminar cannot be dated
    (
        """Tháng 8/2025: Cổng Dịch vụ công quốc gia tiếp nhận 2,4 triệu hồ sơ trực tuyến

Theo báo cáo chuyển đổi số tháng 8/2025 của Bộ Khoa học và Công nghệ, trong tháng 8, Cổng Dịch vụ công quốc gia tiếp nhận 2,4 triệu hồ sơ trực tuyến; lũy kế 8 tháng năm 2025 đạt 18,9 triệu hồ sơ. Số giao dịch thanh toán trực tuyến trong tháng đạt 3,6 triệu giao dịch, với giá trị 2.310 tỷ đồng.

Tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc trong tháng 8 đạt 49,6% (tháng 7: 48,2%). Theo Bộ Khoa học và Công nghệ, sau hơn một tháng vận hành chính quyền địa phương hai cấp, nhiều xã, phường đã chủ động hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại bộ phận một cửa.

Trước đó, tại một hội thảo về hạ tầng số, đại diện Cục Viễn thông cho biết tổng số trạm BTS 5G trên cả nước đã vượt mốc 10.000 trạm, vùng phủ sóng 5G đạt khoảng 25% dân số.

Bộ Khoa học và Công nghệ đề nghị các địa phương tiếp tục rà soát, công bố danh mục thủ tục hành chính sau sắp xếp, cập nhật đầy đủ lên Cơ sở dữ liệu quốc gia về thủ tục hành chính để bảo đảm người dân, doanh nghiệp tra cứu, thực hiện thuận lợi.""",
        None,
        [
            ("national_portal_dossiers_new", "national", "month", "2025-08-31", 2400000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2025-08-31", 18900000.0),
            ("online_payments_count_new", "national", "month", "2025-08-31", 3600000.0),
            ("online_payments_value_new", "national", "month", "2025-08-31", 2310.0),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 49.6),
            ("online_dossier_full_process_rate", "national", "month", "2025-07-31", 48.2),
        ],
    ),
    # 27 — half-year review 2023: half flows with H1/2022 in parentheses, level at 30/6, "Hiện nay" share (page date); traps: change %, sub-share after "Trong đó", target
    (
        """Sơ kết 6 tháng đầu năm 2023: dịch vụ công trực tuyến tăng cả về lượng và chất

13/07/2023

Theo báo cáo sơ kết 6 tháng đầu năm 2023 của Bộ Thông tin và Truyền thông, trong 6 tháng, Cổng Dịch vụ công quốc gia tiếp nhận 8,6 triệu hồ sơ trực tuyến (6 tháng đầu năm 2022: 5,9 triệu), tăng khoảng 45,8%. Trong đó, hồ sơ nộp qua ứng dụng trên thiết bị di động chiếm khoảng 22%. Số giao dịch thanh toán trực tuyến đạt 7,9 triệu, với giá trị 4.230 tỷ đồng. Tính đến ngày 30/6/2023, Cổng có 10,1 triệu tài khoản đăng ký.

Tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc 6 tháng đầu năm đạt 41,2%. Hiện nay, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 45,5%; mục tiêu cả năm 2023 là 50%.

Về an toàn thông tin mạng, 6 tháng đầu năm 2023, Cục An toàn thông tin ghi nhận 5.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm hơn 31% so với cùng kỳ năm 2022 (8.560 cuộc).

Bộ Thông tin và Truyền thông đánh giá, kết quả 6 tháng cho thấy dịch vụ công trực tuyến đã dần trở thành lựa chọn thường xuyên của người dân, doanh nghiệp, song mức độ sử dụng giữa các địa phương còn chênh lệch lớn.""",
        "2023-07-13",
        [
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 8600000.0),
            ("national_portal_dossiers_new", "national", "half", "2022-06-30", 5900000.0),
            ("online_payments_count_new", "national", "half", "2023-06-30", 7900000.0),
            ("online_payments_value_new", "national", "half", "2023-06-30", 4230.0),
            ("national_portal_accounts", "national", "as_of", "2023-06-30", 10100000.0),
            ("online_dossier_rate", "national", "half", "2023-06-30", 41.2),
            ("dvctt_full_process_rate", "national", "as_of", "2023-07-13", 45.5),
            ("cyberattacks", "national", "half", "2023-06-30", 5900.0),
            ("cyberattacks", "national", "half", "2022-06-30", 8560.0),
        ],
    ),
    # 28 — Đề án 06 working-group summary (May 2024): essential services 41/53, fee-reduction provinces, simplified procedures, EMC connection; traps: remainders ("còn lại", "chưa"), deadlines
    (
        """Đề án 06: 41/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình

20/06/2024

Tại cuộc họp của Tổ công tác triển khai Đề án 06 ngày 19/6, Văn phòng Chính phủ và Bộ Thông tin và Truyền thông báo cáo, tính đến ngày 31/5/2024, đã có 41/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 12 dịch vụ còn lại phải hoàn thành trong tháng 6/2024.

Cũng đến hết tháng 5, đã có 58/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 5 địa phương chưa ban hành được yêu cầu hoàn thành trước ngày 30/6. Các bộ, ngành đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, còn 272 thủ tục chưa được cắt giảm.

Về giám sát, đánh giá, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ chính phủ số (EMC) đạt 72,6%.

Tổ công tác yêu cầu các bộ, ngành, địa phương khẩn trương hoàn thành các nhiệm vụ chậm tiến độ, đồng thời chuẩn bị triển khai danh mục dịch vụ công thiết yếu mở rộng từ nửa cuối năm 2024.""",
        "2024-06-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-05-31", 41.0),
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-05-31", 812.0),
            ("emc_connection_rate", "national", "as_of", "2024-05-31", 72.6),
        ],
    ),
    # 29 — December 2022 infrastructure figures (published January 2023): levels at end-2022, per-100, speeds; traps: a survey's Internet-user share, a share of people with smartphones
    (
        """Hạ tầng số cuối năm 2022: 21 triệu thuê bao băng rộng cố định

10/01/2023

Báo cáo chuyển đổi số tháng 12/2022 của Bộ Thông tin và Truyền thông cho biết, tính đến hết tháng 12/2022, cả nước có 21 triệu thuê bao băng rộng cố định, đạt 21,2 thuê bao/100 dân; số thuê bao băng rộng di động là 82,1 triệu, đạt 82,5 thuê bao/100 dân. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 79,6%; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 75,3%; tỷ lệ người sử dụng Internet đạt 75,9%.

Tốc độ tải xuống trung bình của mạng băng rộng cố định trong tháng 12/2022 đạt 82,7 Mbps, băng rộng di động đạt 37,9 Mbps.

Trong khi đó, báo cáo Digital 2023 của We Are Social và Meltwater công bố cuối tháng 1 ước tính Việt Nam có 77,9 triệu người dùng Internet, tương đương 79,1% dân số. Một khảo sát xã hội học khác cho thấy khoảng 73% người dùng điện thoại di động tại Việt Nam đang sử dụng smartphone.

Bộ Thông tin và Truyền thông cho biết, năm 2023 sẽ tiếp tục thúc đẩy phổ cập điện thoại thông minh, hướng tới mục tiêu mỗi người dân trưởng thành có một điện thoại thông minh, đồng thời chuẩn bị các điều kiện cấp phép băng tần cho 5G.""",
        "2023-01-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21000000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.2),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 82.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 79.6),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.3),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 75.9),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 82.7),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 37.9),
        ],
    ),
    # 30 — February 2025 report (last prepared before the merger): month flows beside the running total, 2-month ytd with same period 2024, cyberattacks with January, ministries/localities full-process procedure shares; traps: change %, commune-level sub-share after "trong đó"
    (
        """Báo cáo chuyển đổi số tháng 2/2025: lũy kế 2 tháng, Cổng Dịch vụ công quốc gia tiếp nhận 3,9 triệu hồ sơ

06/03/2025

Báo cáo tình hình chuyển đổi số tháng 2/2025, báo cáo cuối cùng do Bộ Thông tin và Truyền thông xây dựng trước khi hợp nhất vào Bộ Khoa học và Công nghệ, cho biết trong tháng 2, Cổng Dịch vụ công quốc gia có thêm 870.000 tài khoản, đưa tổng số tài khoản lên 18,6 triệu. Trong tháng, Cổng tiếp nhận 1,7 triệu hồ sơ trực tuyến; lũy kế 2 tháng đầu năm đạt 3,9 triệu hồ sơ (cùng kỳ năm 2024: 2,8 triệu), tăng khoảng 39%. Số giao dịch thanh toán trực tuyến trong tháng là 2,1 triệu, giá trị 1.260 tỷ đồng.

Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 55,1%, của các địa phương đạt 50,3%, trong đó cấp xã mới đạt 31,4%.

Về an toàn thông tin mạng, tháng 2/2025 ghi nhận 402 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (tháng 1: 515 cuộc); lũy kế 2 tháng là 917 cuộc.

Báo cáo đề nghị các bộ, ngành, địa phương bảo đảm việc sắp xếp tổ chức bộ máy không làm gián đoạn việc cung cấp dịch vụ công trực tuyến và vận hành các hệ thống thông tin.""",
        "2025-03-06",
        [
            ("national_portal_accounts_new", "national", "month", "2025-02-28", 870000.0),
            ("national_portal_accounts", "national", "as_of", "2025-02-28", 18600000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-02-28", 1700000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2025-02-28", 3900000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-02-29", 2800000.0),
            ("online_payments_count_new", "national", "month", "2025-02-28", 2100000.0),
            ("online_payments_value_new", "national", "month", "2025-02-28", 1260.0),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-02-28", 55.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-02-28", 50.3),
            ("cyberattacks", "national", "month", "2025-02-28", 402.0),
            ("cyberattacks", "national", "month", "2025-01-31", 515.0),
            ("cyberattacks", "national", "ytd", "2025-02-28", 917.0),
        ],
    ),
]
