"""Genre cases: scraped-page excerpts about online public services and digital government.

CASES: (excerpt, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project (not copied from any page); excerpts start mid-article and end cut.
"""

CASES = [
    (
        " date 2025-01\nTrang chủ / Thời sự / Chính phủ số\nCổng Dịch vụ công quốc gia có thêm hơn 3,2 triệu tài khoản trong năm 2024\nThứ Tư, 08/01/2025 09:42 (GMT+7)\n(Chinhphu.vn) - Theo số liệu của Văn phòng Chính phủ, tính đến hết ngày 31/12/2024, Cổng Dịch vụ công quốc gia đã có 15,62 triệu tài khoản đăng ký, 4.543 thủ tục hành chính, dịch vụ công được tích hợp, cung cấp. Riêng trong năm 2024, có 3,24 triệu tài khoản đăng ký mới, tăng 26% so với năm 2023.\nKể từ khi khai trương (9/12/2019) đến hết năm 2024, Cổng đã tiếp nhận, đồng bộ trạng thái của 58,7 triệu hồ sơ trực tuyến.\nVề thanh toán trực tuyến, lũy kế có 15,4 triệu giao dịch với tổng số tiền trên 9.870 tỷ đồng; trong năm 2024 là 5,8 triệu giao dịch, số tiền 4.120 tỷ đồng.\nNgười dân thực hiện thủ tục trên Cổng Dịch vụ công quốc gia. Ảnh: VGP\nNăm 2025, Văn phòng Chính phủ đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, tối thiểu 80% hồ sơ được giải quyết trực tuyến toàn trình.\nCũng theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước năm 2024 đạt 4",
        "2025-01-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15620000),
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 3240000),
            ("national_portal_dossiers", "national", "as_of", "2024-12-31", 58700000),
            ("online_payments_count", "national", "as_of", "2024-12-31", 15400000),
            ("online_payments_value", "national", "as_of", "2024-12-31", 9870),
            ("online_payments_count_new", "national", "year", "2024-12-31", 5800000),
            ("online_payments_value_new", "national", "year", "2024-12-31", 4120),
        ],
    ),
    (
        " date 2025-07\nChia sẻ  |  In bài  |  Lưu tin  |  A- A+\nng tác cải cách thủ tục hành chính, chuyển đổi số 6 tháng đầu năm 2025 tiếp tục có chuyển biến rõ nét.\nTheo báo cáo, 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 8,46 triệu hồ sơ trực tuyến (cùng kỳ năm 2024 là 6,9 triệu hồ sơ), tăng 22,6%; thực hiện 3,71 triệu giao dịch thanh toán trực tuyến với số tiền hơn 2.980 tỷ đồng.\nLũy kế từ khi khai trương đến ngày 30/6/2025, Cổng đã có 19,8 triệu tài khoản đăng ký.\nTrong 6 tháng, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 47,2%; tỷ lệ hồ sơ trực tuyến toàn trình là 39,8%.\nRiêng Bộ Công an tiếp nhận 2,1 triệu hồ sơ trên Cổng dịch vụ công của Bộ, chiếm tỷ lệ cao nhất trong các bộ, ngành.\nVăn phòng Chính phủ đề nghị các bộ, ngành, địa phương phấn đấu đến cuối năm đạt tối thiểu 80% hồ sơ trực tuyến toàn trình, đồng thời rà soát, tái cấu trúc quy trình đối với các thủ tục có số lượng hồ sơ lớn.\nXem thêm:\n- Hơn 1.100 thủ tục hành chính nội bộ được cắt giảm\n- Hà Nội đứng đầu về số hồ sơ trực tuyến toàn tr",
        None,
        [
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 8460000),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 6900000),
            ("online_payments_count_new", "national", "half", "2025-06-30", 3710000),
            ("online_payments_value_new", "national", "half", "2025-06-30", 2980),
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 19800000),
            ("online_dossier_rate", "national", "half", "2025-06-30", 47.2),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 39.8),
        ],
    ),
    (
        "Báo Đồng Tháp Online\nChính trị | Kinh tế | Xã hội | Chuyển đổi số\nTỷ lệ hồ sơ trực tuyến của tỉnh đạt trên 91%\nCập nhật: 14/10/2024 - 07:35\n(ĐT) - Theo Văn phòng UBND tỉnh, 9 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 612.450 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến đạt 91,2%, tăng 6,5 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,3% (bình quân cả nước là 42,9%).\nTỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,8%; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính là 99,1%.\nHiện, tỉnh cung cấp 1.254 dịch vụ công trực tuyến; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 57,4%.\nTheo Bộ chỉ số phục vụ người dân, doanh nghiệp, Đồng Tháp xếp thứ 2/63 tỉnh, thành phố với 88,56 điểm, chỉ sau Quảng Ninh.\nCán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến.\nPhó Chủ tịch UBND tỉnh yêu cầu các sở, ngành tiếp tục rà soát, đơn giản hóa quy trình, nâng cao chất lượng các dịch vụ công trực tuyến có phát sinh hồ sơ, phấn đấu đến cuối năm tỷ lệ này đạt trên 95",
        "2024-10-14",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2024-09-30", 91.2),
            ("online_dossier_full_process_rate", "Đồng Tháp", "ytd", "2024-09-30", 78.3),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-09-30", 42.9),
            ("e_result_rate", "Đồng Tháp", "ytd", "2024-09-30", 96.8),
            ("satisfaction_rate", "Đồng Tháp", "ytd", "2024-09-30", 99.1),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2024-10-14", 57.4),
        ],
    ),
    (
        'VnEconomy › Đầu tư › Chính sách\nPhó Thủ tướng: Không để người dân phải đi lại nhiều lần khi làm thủ tục\nThứ Tư, 20/11/2024 - 16:05\nPhát biểu kết luận hội nghị, Phó Thủ tướng nhấn mạnh: "Đến nay gần như 100% thủ tục hành chính đã được công khai, chúng ta đã cấp khoảng 80 triệu thẻ căn cước, hàng chục triệu người dân đã dùng VNeID để làm thủ tục. Đó là những con số rất ấn tượng nhưng chưa phải là đích đến".\nTheo báo cáo của Văn phòng Chính phủ tại hội nghị, tính đến ngày 15/11/2024, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 43,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 72,1%.\nMột số bộ, ngành có kết quả nổi bật. Bộ Tư pháp cho biết 96% hồ sơ cấp phiếu lý lịch tư pháp của bộ đã được nộp trực tuyến, thời gian trả kết quả rút ngắn còn 3 ngày.\nPhó Thủ tướng yêu cầu trong năm 2025, các bộ, ngành, địa phương phải bảo đảm tối thiểu 80% hồ sơ được giải quyết trực tuyến toàn trình, "cái gì đã làm được thì phải làm cho thực chất, không chạy theo chỉ tiêu".\nToàn cảnh hội nghị. Ảnh: VGP/Nhật Bắc\nTại hội nghị, đại diện Bộ Công an báo cáo kết quả triển khai Đề án 06, trong đó nhấn mạnh việc tích hợp các dịch vụ công thiết yếu trên ứng dụ',
        "2024-11-20",
        [("online_dossier_full_process_rate", "national", "as_of", "2024-11-15", 43.6)],
    ),
    (
        "VietnamPlus\nXã hội | Chính trị | Kinh doanh | Chuyển đổi số\nTỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành vượt 58%\nTheo báo cáo của Văn phòng Chính phủ về tình hình cải cách thủ tục hành chính, trong tháng 9/2024, tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành và địa phương lần lượt là 58,3% và 37,6%, tăng 3,1 điểm phần trăm so với tháng trước; tỷ lệ hồ sơ xử lý trực tuyến chung đạt 51,9%.\nTỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 80,4% (tháng 8 là 78,9%), tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,2%.\nTrong các bộ, ngành, Bộ Tài chính dẫn đầu với 97,5% hồ sơ được xử lý trực tuyến toàn trình.\nTính đến cuối tháng 9/2024, Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đã kết nối đầy đủ với 98,4% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh.\nẢnh minh họa. (Nguồn: TTXVN)\nVăn phòng Chính phủ cho biết sẽ tiếp tục theo dõi, đánh giá hằng tháng và công khai kết quả trên Cổng Dịch vụ công quốc gia để người dân, doanh nghiệp giám s",
        None,
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-09-30", 58.3),
            ("online_dossier_full_process_rate", "localities", "month", "2024-09-30", 37.6),
            ("online_dossier_rate", "national", "month", "2024-09-30", 51.9),
            ("e_result_rate", "national", "month", "2024-09-30", 80.4),
            ("e_result_rate", "national", "month", "2024-08-31", 78.9),
            ("data_reuse_rate", "national", "month", "2024-09-30", 41.2),
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 98.4),
        ],
    ),
    (
        " date 2024-08\nDân trí > Xã hội > Chính trị\n46/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình\nChủ nhật, 15/09/2024 - 06:30\n(Dân trí) - Đến nay, đã có 46/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình, còn 7 dịch vụ đang được các bộ, ngành hoàn thiện quy trình.\nTheo Tổ công tác triển khai Đề án 06 của Chính phủ, Bộ Công an đã cấp 87,8 triệu thẻ căn cước công dân gắn chip; số tài khoản định danh điện tử (VNeID) đã kích hoạt là hơn 58,6 triệu, đạt tỷ lệ 81% số tài khoản đã cấp. Ứng dụng VNeID hiện đã tích hợp 22 tiện ích phục vụ người dân.\nRiêng trên Cổng dịch vụ công Bộ Công an, từ đầu năm đã tiếp nhận, giải quyết hơn 4,1 triệu hồ sơ trực tuyến.\nNgười dân làm thủ tục cấp căn cước tại Công an phường. Ảnh: Minh Quang\nThủ tướng yêu cầu các bộ, ngành còn lại khẩn trương hoàn thành việc cung cấp các dịch vụ công thiết yếu trước ngày 31/12/2024, gắn với việc tái cấu trúc quy trình, bảo đảm người dân chỉ cung cấp thông tin một lần.\nĐồng thời, các địa phương cần đẩy mạnh việc làm sạch dữ liệu hộ tịch, đất đai, bảo hiểm xã hội phục vụ kết nối với Cơ sở dữ liệu quốc gia về d",
        "2024-09-15",
        [
            ("essential_services_full_process", "national", "as_of", "2024-09-15", 46),
            ("chip_id_cards_issued", "national", "as_of", "2024-09-15", 87800000),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-15", 58600000),
        ],
    ),
    (
        "ICTNews - Chuyên trang của Báo VietNamNet\nChính phủ số\nViệt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc\n18/09/2024 10:12\nTheo Báo cáo khảo sát Chính phủ điện tử năm 2024 mà Liên Hợp Quốc vừa công bố, Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá năm 2022 và lần đầu tiên được xếp vào nhóm có chỉ số phát triển Chính phủ điện tử (EGDI) rất cao. Chỉ số EGDI của Việt Nam đạt 0,7709 điểm, cao hơn mức trung bình thế giới (0,6382) và khu vực châu Á (0,6990).\nTrong ba chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) đạt 0,8002 và có mức tăng mạnh nhất; chỉ số dịch vụ trực tuyến (OSI) đạt 0,7540. Riêng chỉ số tham gia điện tử (EPI), Việt Nam xếp thứ 56.\nTrong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore (thứ 3), Malaysia, Thái Lan và Brunei. Hàn Quốc tiếp tục đứng đầu châu Á ở vị trí thứ 4.\nTrụ sở Liên Hợp Quốc tại New York. Ảnh: UN\nChiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI. Theo các chuyên gia, để đạt mục tiêu này, Việt Nam cần cải thiện mạnh mẽ chỉ số vốn con ngư",
        "2024-09-18",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    (
        "ình hình an toàn thông tin mạng tháng 10/2024.\nTrong tháng 10/2024, Cục An toàn thông tin ghi nhận, cảnh báo và hướng dẫn xử lý 88 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12% so với tháng 9 (100 cuộc). Các cuộc tấn công bao gồm 41 cuộc tấn công lừa đảo (Phishing), 30 cuộc tấn công thay đổi giao diện (Deface) và 17 cuộc tấn công cài mã độc (Malware).\nCũng trong tháng, Cục đã phát hiện và ngăn chặn 1.490 trang web lừa đảo, giả mạo cơ quan nhà nước và ngân hàng.\nSố lượng địa chỉ IP nằm trong các mạng botnet tại Việt Nam trong tháng 10 là 556.214, giảm 4,3% so với tháng trước.\nTính chung 10 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận, xử lý tổng cộng 1.026 cuộc tấn công mạng gây sự cố.\nẢnh minh họa: Internet\nCục An toàn thông tin khuyến cáo các cơ quan, tổ chức, doanh nghiệp thường xuyên kiểm tra, rà soát, kịp thời cập nhật các bản vá cho các phần mềm, hệ điều hành; đặc biệt lưu ý các lỗ hổng nghiêm trọng đang bị khai thác trên thế giới. Người dùng cá nhân cần cảnh giác trước các tin nhắ",
        None,
        [
            ("cyberattacks", "national", "month", "2024-10-31", 88),
            ("cyberattacks", "national", "month", "2024-09-30", 100),
            ("botnet_ips", "national", "month", "2024-10-31", 556214),
            ("cyberattacks", "national", "ytd", "2024-10-31", 1026),
        ],
    ),
    (
        " date 2025-02\nThanh Niên > Kinh tế\nKinh tế số chiếm hơn 18% GDP, tăng trưởng gấp 3 lần GDP\n20/02/2025 05:50 GMT+7\nTheo Bộ Thông tin và Truyền thông, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tốc độ tăng trưởng của kinh tế số khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP. Trong đó, kinh tế số ICT chiếm 8,7% GDP, kinh tế số nền tảng và kinh tế số ngành chiếm 9,6%.\nTheo số liệu chính thức lần đầu được Tổng cục Thống kê công bố, giá trị tăng thêm của kinh tế số năm 2023 chiếm 12,33% GDP.\nDoanh thu thương mại điện tử bán lẻ năm 2024 đạt khoảng 25 tỷ USD.\nSản xuất linh kiện điện tử tại một nhà máy ở Bắc Ninh. Ảnh: Ngọc Thắng\nSo với khu vực, quy mô kinh tế số của Việt Nam chỉ đứng sau Indonesia, quốc gia có nền kinh tế số chiếm khoảng 9% GDP với giá trị 90 tỷ USD.\nMục tiêu đến năm 2025, kinh tế số chiếm 20% GDP và tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%. Các chuyên gia cho rằng với đà hiện nay, mục tiêu này hoàn toàn khả thi nếu thể chế cho kinh tế dữ liệu được hoàn thiện sớm, nhất là các quy định về s",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    (
        "VnExpress\nKinh doanh › Ngân hàng\nGần 10 triệu khách hàng dùng Mobile Money\nThứ sáu, 5/7/2024, 11:00 (GMT+7)\nTheo Ngân hàng Nhà nước, tính đến cuối tháng 5/2024, tổng số khách hàng sử dụng dịch vụ Mobile Money đạt 9,86 triệu, trong đó hơn 70% ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng số giao dịch đạt 1,86 tỷ, với giá trị khoảng 38.000 tỷ đồng.\nViettel hiện dẫn đầu với khoảng 7,6 triệu khách hàng Viettel Money, tiếp theo là VNPT với 1,4 triệu và MobiFone với khoảng 800.000 khách hàng.\nCũng theo Ngân hàng Nhà nước, đến cuối tháng 5/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu đặt ra cho năm 2025 (80%).\nNgười dân rút tiền tại điểm kinh doanh Mobile Money ở Hà Giang. Ảnh: Viettel\nThí điểm Mobile Money được Chính phủ cho phép từ tháng 3/2021, thời gian thí điểm 2 năm và đã được gia hạn đến hết năm 2024. Ngân hàng Nhà nước đang tổng kết để trình Chính phủ cơ chế chính thức cho dịch vụ này, trong đó có quy định hạn mức giao dịch không quá 10 triệu đồng/th",
        "2024-07-05",
        [
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 9860000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-31", 87.08),
        ],
    ),
    (
        "Tiền Phong\nThời sự › Chính trị\nQuảng Ninh dẫn đầu cả nước về tỷ lệ hồ sơ xử lý trực tuyến\nThứ Ba, 03/12/2024 08:15\nTP - Theo dữ liệu công khai trên Cổng Dịch vụ công quốc gia, trong 11 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của Quảng Ninh đạt 92,3%, cao nhất cả nước; tiếp theo là Bình Dương (88,1%), Đà Nẵng (85%) và Bắc Giang (84,6%). Bình quân các địa phương, tỷ lệ này là 55,4%, tăng 3,8 điểm phần trăm so với cùng kỳ năm trước.\nỞ nhóm cuối bảng, các tỉnh miền núi phía Bắc như Lai Châu, Điện Biên, Hà Giang có tỷ lệ hồ sơ trực tuyến dưới 20%.\nVề Bộ chỉ số phục vụ người dân, doanh nghiệp, Quảng Ninh cũng đứng đầu với 90,12 điểm, Đồng Tháp đạt 88,56 điểm.\nBộ phận một cửa tại Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh. Ảnh: Thu Hà\nLãnh đạo Văn phòng UBND tỉnh Quảng Ninh cho biết, tỉnh đã giao chỉ tiêu hồ sơ trực tuyến đến từng sở, ngành, địa phương và đánh giá hằng tháng; cán bộ một cửa được bố trí hướng dẫn người dân nộp hồ sơ ngay tại quầy.\nTrong khi đó, tại một số địa phương, tỷ lệ này còn rất thấp. Đơn cử, Cao Bằng chỉ đạt 1",
        "2024-12-03",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-11-30", 92.3),
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-11-30", 88.1),
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-11-30", 85),
            ("online_dossier_rate", "Bắc Giang", "ytd", "2024-11-30", 84.6),
            ("online_dossier_rate", "localities", "ytd", "2024-11-30", 55.4),
        ],
    ),
    (
        "Báo Nhân Dân điện tử\nChính trị | Kinh tế | Xã hội\nMức độ hài lòng của người dân với thủ tục hành chính đạt gần 93%\nThứ Hai, 17-03-2025, 15:40\nTheo báo cáo tổng kết của Văn phòng Chính phủ, năm 2024, mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 92,8%. Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 56,2%, tăng gần 10 điểm phần trăm so với năm 2023; tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân là 98,4%.\nKhảo sát Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024 cho thấy 34,6% người được hỏi đã từng sử dụng Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ công cấp tỉnh.\nNgười dân làm thủ tục tại Bộ phận một cửa phường Dịch Vọng (Hà Nội). Ảnh: Thành Đạt\nNăm 2025, Chính phủ yêu cầu nâng mức độ hài lòng lên tối thiểu 95% và phấn đấu tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến đạt 70%.\nVăn phòng Chính phủ cũng đề nghị các bộ, ngành, địa phương công khai kết quả đánh giá trên Cổng Dịch vụ công quốc gia theo thời gian thực, coi đây là căn cứ để đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu các cơ qu",
        "2025-03-17",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 92.8),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 56.2),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 98.4),
        ],
    ),
    (
        "Công an nhân dân online\nTrang chủ > Tin tức > Đề án 06\nHiện nay, 42/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình, tạo thuận lợi lớn cho người dân khi thực hiện thủ tục hành chính mà không phải đến cơ quan nhà nước.\nTính đến ngày 20/6/2024, Bộ Công an đã thu nhận 90,3 triệu hồ sơ cấp căn cước công dân, đã cấp 87,4 triệu thẻ căn cước công dân gắn chip. Về định danh điện tử, lực lượng Công an đã thu nhận 80,6 triệu hồ sơ, kích hoạt 57,2 triệu tài khoản định danh điện tử, trong đó có 1.260 tài khoản của người nước ngoài.\nỨng dụng VNeID hiện có trung bình khoảng 1 triệu lượt truy cập mỗi ngày, trở thành kênh quan trọng để người dân thực hiện các thủ tục như đăng ký thường trú, tạm trú, thông báo lưu trú.\nCán bộ Công an thu nhận hồ sơ cấp căn cước cho người dân tại trụ sở. Ảnh: CAND\nTừ ngày 1/7/2024, Luật Căn cước có hiệu lực, thẻ căn cước công dân gắn chip đã cấp vẫn có giá trị sử dụng đến hết thời hạn ghi trên thẻ. Bộ Công an đề nghị người dân chủ động cập nhật thông tin, tích hợp giấy tờ lên ứng dụng VNeID để sử dụng thay thế giấy tờ gốc khi thực hiện các thủ tục hà",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-20", 87400000),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-20", 57200000),
        ],
    ),
    (
        ' date 2025-06\nBáo Điện tử Chính phủ\nHơn 91% thủ tục đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình\n18/06/2025 10:30\n(Chinhphu.vn) - Tính đến hết tháng 5/2025, cả nước có 4.210 dịch vụ công trực tuyến toàn trình, chiếm 52,8% tổng số thủ tục hành chính và đạt 91,6% trên tổng số thủ tục hành chính đủ điều kiện. Tỷ lệ này ở các bộ, ngành là 55,1%, ở các địa phương là 50,3%.\nCũng đến hết tháng 5, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến (gồm một phần và toàn trình) là 80,2%, tăng 2,3 điểm phần trăm so với cuối năm 2024; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 61,7%.\nẢnh minh họa\nVăn phòng Chính phủ yêu cầu trong năm 2025, 100% thủ tục hành chính đủ điều kiện phải được cung cấp trực tuyến toàn trình, đồng thời tập trung nâng cao chất lượng, không để tình trạng dịch vụ "có mà không dùng". Nhiều dịch vụ công trực tuyến dù đã được cung cấp nhưng cả năm không phát sinh hồ sơ nào, gây lãng phí nguồn lực đầu tư.\nTheo Văn phòng Chính phủ, nguyên nhân chủ yếu là giao diện còn phức tạp, yêu cầu người dân kê k',
        "2025-06-18",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 52.8),
            ("full_process_provision_rate", "national", "as_of", "2025-05-31", 91.6),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-31", 55.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-31", 50.3),
            ("dvctt_rate", "national", "as_of", "2025-05-31", 80.2),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-05-31", 61.7),
        ],
    ),
    (
        " date 2024-11\nVnExpress\nThời sự › Chính trị\n812 thủ tục liên quan đến dân cư đã được cắt giảm, đơn giản hóa\nThứ hai, 30/12/2024, 17:20 (GMT+7)\nTheo Văn phòng Chính phủ, đến nay đã có 812/1.084 thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ; 272 thủ tục còn lại chưa được thực thi do vướng quy định tại luật, nghị định. Việc cắt giảm giúp tiết kiệm chi phí tuân thủ khoảng 4.200 tỷ đồng mỗi năm.\nCùng với đó, 58/63 địa phương đã ban hành nghị quyết của HĐND về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 5 địa phương chưa ban hành.\nCác bộ, ngành cũng đã cắt giảm, đơn giản hóa hơn 1.100 thủ tục hành chính nội bộ; Chính phủ ban hành 2 nghị định sửa đổi các quy định liên quan.\nNgười dân làm thủ tục tại Trung tâm Phục vụ hành chính công Hà Nội. Ảnh: Ngọc Thành\nVăn phòng Chính phủ đề nghị các bộ, ngành khẩn trương trình cấp có thẩm quyền sửa đổi các văn bản để thực thi phương án đơn giản hóa đối với các thủ tục còn lại trong quý I/2025, không để kéo dài gây phiền hà cho người d",
        "2024-12-30",
        [
            ("procedures_simplified", "national", "as_of", "2024-12-30", 812),
            ("localities_fee_reduction", "national", "as_of", "2024-12-30", 58),
        ],
    ),
    (
        'Báo Đầu tư\nThứ Tư, 05/11/2025 09:10\nThủ tướng: Chuyển đổi số phải mang lại lợi ích thực chất cho người dân\nPhát biểu tại Diễn đàn Chuyển đổi số quốc gia, Thủ tướng Chính phủ cho biết: "Chúng ta đã cấp khoảng 90 triệu thẻ căn cước, hàng chục triệu người dân đã dùng định danh điện tử, gần 100% giao dịch ngân hàng cá nhân đã thực hiện trên môi trường số".\nTheo Thủ tướng, kinh tế số đang tăng trưởng nhanh, gấp khoảng 3 lần tốc độ tăng GDP. Dự kiến năm 2025, tỷ trọng kinh tế số trong GDP đạt khoảng 19-20%; mục tiêu đến năm 2030 đạt 30% GDP.\nThủ tướng yêu cầu các bộ, ngành, địa phương bảo đảm ít nhất 50% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình ngay trong năm nay, "không chấp nhận dịch vụ công trực tuyến chỉ có trên giấy".\nTại diễn đàn, đại diện Viettel cho biết tập đoàn đã phủ sóng 5G cho hơn 90% dân số và đưa nền tảng Viettel Money tới 22 triệu khách hàng.\nThủ tướng và các đại biểu tham quan gian trưng bày sản phẩm công nghệ số. Ảnh: VGP\nKết thúc diễn đàn, Ban Chỉ đạo đã trao bằng khen cho các tập thể, cá nhân có thành tích xuất sắc tr',
        "2025-11-05",
        [],
    ),
    (
        " date 2025-09\nChia sẻ Facebook | Zalo | In\nTháng 7, Cổng Dịch vụ công quốc gia tiếp nhận hơn 2,1 triệu hồ sơ trực tuyến\n06/08/2025 - 08:00\nTheo Văn phòng Chính phủ, trong tháng 7/2025, Cổng Dịch vụ công quốc gia có thêm 412.500 tài khoản đăng ký mới, nâng tổng số tài khoản lên 20,2 triệu; tiếp nhận 2,15 triệu hồ sơ trực tuyến (tháng 6 là 1,96 triệu hồ sơ), tăng 9,7%; thực hiện 1,3 triệu giao dịch thanh toán trực tuyến với số tiền 1.120 tỷ đồng.\nĐây là tháng đầu tiên vận hành mô hình chính quyền địa phương hai cấp, với 34 tỉnh, thành phố và 3.321 đơn vị hành chính cấp xã sau sắp xếp cùng kết nối với Cổng.\nNgười dân làm thủ tục tại Trung tâm phục vụ hành chính công một phường mới. Ảnh: VGP\nVăn phòng Chính phủ cho biết, trong những ngày đầu, một số địa phương gặp khó khăn do việc chuyển đổi dữ liệu, tài khoản cán bộ trên hệ thống thông tin giải quyết thủ tục hành chính chưa hoàn tất, khiến hồ sơ bị chậm đồng bộ lên Cổng. Đến cuối tháng, các lỗi cơ bản đã được khắc phục.\nTrong tháng 8, Văn phòng Chính phủ sẽ phối hợp với Bộ Công an tiếp tục làm sạch dữ liệu tài kho",
        "2025-08-06",
        [
            ("national_portal_accounts_new", "national", "month", "2025-07-31", 412500),
            ("national_portal_accounts", "national", "as_of", "2025-07-31", 20200000),
            ("national_portal_dossiers_new", "national", "month", "2025-07-31", 2150000),
            ("national_portal_dossiers_new", "national", "month", "2025-06-30", 1960000),
            ("online_payments_count_new", "national", "month", "2025-07-31", 1300000),
            ("online_payments_value_new", "national", "month", "2025-07-31", 1120),
        ],
    ),
    (
        " date 2025-07\nTin tức - Sự kiện > Cải cách hành chính\nt 62,4%, cao hơn kỳ trước.\nCũng trong quý II/2025, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 61,9%; của các địa phương đạt 44,7%. Tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân là 99,1%.\nMột số bộ có tỷ lệ cao như Bộ Tài chính (96,3%), Bộ Nông nghiệp và Môi trường (88,7%).\nĐến hết quý II/2025, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 97,5%.\nVăn phòng Chính phủ yêu cầu các cơ quan bảo đảm tỷ lệ đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia đạt trên 90%, kịp thời xử lý các trường hợp hồ sơ trễ hạn.\nHình ảnh giao diện Hệ thống EMC. Ảnh chụp màn hình\nTheo các chuyên gia, việc đo lường theo thời gian thực qua EMC giúp lãnh đạo các bộ, ngành, địa phương nắm bắt chính xác tình hình cung cấp và sử dụng dịch vụ công trực tuyến, thay cho việc tổng hợp báo cáo thủ công như trước đây. Tuy nhiên, dữ liệu trên EMC vẫn phụ thuộc vào chất lượng kết nối của các hệ thống cấp bộ, cấp t",
        None,
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-06-30", 61.9),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-06-30", 44.7),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2025-06-30", 99.1),
            ("emc_connection_rate", "national", "as_of", "2025-06-30", 97.5),
        ],
    ),
    (
        " date 2024-07\nBáo Bắc Giang điện tử\nChuyển đổi số\nBắc Giang: Hồ sơ trực tuyến toàn trình đạt hơn 73%\nBGĐT - 6 tháng đầu năm 2024, các cơ quan hành chính của tỉnh tiếp nhận, giải quyết hồ sơ đối với 1.912 thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 73,6%, tăng 11,2 điểm phần trăm so với cùng kỳ, đứng thứ 2 toàn quốc; tỷ lệ cấp kết quả điện tử đạt 92,4%; tỷ lệ khai thác, tái sử dụng dữ liệu đã số hóa là 45,2%.\nNăm 2023, kinh tế số của tỉnh chiếm 19,6% GRDP. Tỉnh đặt mục tiêu đến năm 2025 nâng tỷ trọng này lên 25%.\nCán bộ Trung tâm Phục vụ hành chính công tỉnh hỗ trợ người dân nộp hồ sơ trực tuyến. Ảnh: Minh Hà\nĐồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, UBND các huyện, thành phố tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến; kiên quyết xử lý trách nhiệm người đứng đầu để xảy ra tình trạng hồ sơ trễ hạn, yêu cầu bổ sung giấy tờ không đúng quy định.\nTrong quý III, tỉnh sẽ triển khai thí điểm ký số miễn phí cho người dân tại bộ phận một cửa cấp x",
        None,
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "half", "2024-06-30", 73.6),
            ("e_result_rate", "Bắc Giang", "half", "2024-06-30", 92.4),
            ("data_reuse_rate", "Bắc Giang", "half", "2024-06-30", 45.2),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 19.6),
        ],
    ),
    (
        "Báo Lao Động\nThời sự | Xã hội | Kinh tế\nBình Dương dẫn đầu về tỷ lệ hồ sơ trực tuyến toàn trình tháng 5\nThứ Năm, 12/06/2025 07:45\nBình luận (0)  |  Chia sẻ  |  Theo dõi Lao Động trên Google News\nTheo kết quả đánh giá trên Hệ thống EMC, trong tháng 5/2025, Bình Dương là địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 88,5%, tiếp đến là Đồng Tháp 82,1%, Quảng Ninh 80,3% và Hà Nội 71,8%. Bình quân các địa phương đạt 41,5%.\nỞ khối bộ, ngành, Bộ Tài chính dẫn đầu với 95,1% hồ sơ trực tuyến toàn trình nhờ các dịch vụ thuế, hải quan đã được số hóa gần như hoàn toàn.\nNhóm các địa phương có tỷ lệ dưới 15% chủ yếu thuộc khu vực miền núi, nơi hạ tầng và kỹ năng số của người dân còn hạn chế.\nNgười dân nộp hồ sơ qua ứng dụng trên điện thoại. Ảnh minh họa\nTheo lãnh đạo Văn phòng UBND tỉnh Bình Dương, tỉnh đã bố trí đội ngũ hỗ trợ tại bộ phận một cửa, đồng thời miễn 100% lệ phí đối với hồ sơ nộp trực tuyến, góp phần khuyến khích người dân.\nTrong khi đó, tỉnh có tỷ lệ thấp nhất là Lai Châu, chỉ đạt 12",
        "2025-06-12",
        [
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2025-05-31", 88.5),
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2025-05-31", 82.1),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-05-31", 80.3),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2025-05-31", 71.8),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 41.5),
        ],
    ),
    (
        " date 2025-01\nICTNews\nAn toàn thông tin\nSố cuộc tấn công mạng gây sự cố tại Việt Nam năm 2024 giảm 27%\nBáo cáo tổng kết công tác năm 2024 của Cục An toàn thông tin cho thấy, trong năm 2024, Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.226 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 27% so với năm 2023 (1.680 cuộc).\nTính đến hết năm 2024, số địa chỉ IP nằm trong các mạng botnet tại Việt Nam ở mức khoảng 548.000, giảm 11% so với cuối năm 2023. Cũng đến hết năm 2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 82,3% (cuối năm 2022 là 36%).\nTuy vậy, theo khảo sát của Hiệp hội An ninh mạng quốc gia (NCA), 46,15% cơ quan, tổ chức, doanh nghiệp được hỏi cho biết đã từng bị tấn công mạng trong năm 2024; thiệt hại ước tính khoảng 8.900 tỷ đồng.\nẢnh minh họa: Shutterstock\nTrên thế giới, thiệt hại do tội phạm mạng gây ra năm 2024 được ước tính lên tới 9.500 tỷ USD. Các chuyên gia dự báo năm 2025, tấn công bằng mã độc tống tiền (ransomware) nhắm vào hệ thống của các tổ chức tài chính, y tế sẽ tiếp tục gia tăng, đặc biệt là các cuộc tấn công sử dụng trí tuệ nhân tạo để tạo nội dung giả mạo, lừa đ",
        None,
        [
            ("cyberattacks", "national", "year", "2024-12-31", 1226),
            ("cyberattacks", "national", "year", "2023-12-31", 1680),
            ("botnet_ips", "national", "as_of", "2024-12-31", 548000),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 82.3),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-12-31", 36),
        ],
    ),
    (
        " date 2025-04\nảo, lừa đảo trực tuyến tiếp tục diễn biến phức tạp trong tháng qua.\nTrong tháng 3, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 62 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trong đó có 28 cuộc tấn công lừa đảo (Phishing), 20 cuộc tấn công thay đổi giao diện (Deface) và 14 cuộc tấn công cài mã độc (Malware). Tính chung quý I/2025, có 181 cuộc tấn công mạng gây sự cố.\nSố lượng địa chỉ IP botnet trong tháng 3 là 498.760 (tháng 2 là 515.320), giảm 3,3%.\nHiện NCSC đang theo dõi, giám sát khoảng 1,2 triệu địa chỉ IP có dấu hiệu bất thường.\nẢnh minh họa\nNCSC khuyến nghị các cơ quan, tổ chức khẩn trương vá lỗ hổng bảo mật nghiêm trọng trong các sản phẩm của Microsoft, Fortinet và Ivanti đã được công bố trong tháng; đồng thời rà soát các máy chủ có kết nối Internet, tắt các dịch vụ không cần thiết, thay đổi mật khẩu mặc định và triển khai xác thực đa yếu tố cho tài khoản quản trị.\nNgười dùng cần cảnh giác với các cuộc gọi mạo danh cơ quan công an, thuế, bảo hiểm xã hội yêu cầu cài đặt ứng dụng lạ hoặc cung cấp mã OTP. Trong quý I, NCSC đã tiếp nhận hơn 4.000 phản á",
        "2025-04-08",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 62),
            ("cyberattacks", "national", "quarter", "2025-03-31", 181),
            ("botnet_ips", "national", "month", "2025-03-31", 498760),
            ("botnet_ips", "national", "month", "2025-02-28", 515320),
        ],
    ),
    (
        " date 2025-02\nTrang chủ » Chuyển đổi số » Chính phủ số\n... Nhờ những nỗ lực đó, vị thế của Việt Nam về Chính phủ điện tử được cải thiện rõ rệt. Theo Báo cáo khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố ngày 17/9/2024, Việt Nam xếp hạng 71/193 quốc gia, vùng lãnh thổ, đứng thứ 5 trong khu vực ASEAN.\nNăm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45,2%, tỷ lệ hồ sơ xử lý trực tuyến là 52,7%.\nHiện nay, Cổng Dịch vụ công quốc gia có hơn 16 triệu tài khoản đăng ký; dịch vụ Mobile Money có trên 12 triệu khách hàng, phần lớn ở khu vực nông thôn.\nGiao diện Cổng Dịch vụ công quốc gia trên điện thoại di động.\nNăm 2025, Chính phủ đặt mục tiêu 80% hồ sơ được giải quyết trực tuyến toàn trình, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình và ít nhất 40% người trưởng thành sử dụng dịch vụ công trực tuyến.\nĐể đạt được các mục tiêu này, các chuyên gia cho rằng cần tiếp tục tái cấu trúc quy trình theo hướng lấy người dân làm trung tâm, tăng cường kết nối, chia sẻ dữ liệu giữa các cơ sở dữ liệu quốc gia, chuyên ngành để người dân không phải khai báo lại những thông tin đã có. Bên cạnh đó, công tác bảo đảm an toàn thông tin cho các hệ thống cũng phải được coi trọng đú",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 45.2),
            ("online_dossier_rate", "national", "year", "2024-12-31", 52.7),
        ],
    ),
    (
        'Báo Quảng Ninh điện tử\nThời sự | Kinh tế | Chuyển đổi số | Văn hóa\nKinh tế số chiếm gần 16% GRDP của tỉnh\nCập nhật: 27/12/2024 | 16:20\nNăm 2024, kinh tế số của tỉnh ước chiếm 15,8% GRDP, tăng 1,6 điểm phần trăm so với năm 2023. Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.\nHiện nay, toàn tỉnh có 2.185 thủ tục hành chính; 100% thủ tục hành chính đủ điều kiện đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình. Tỷ lệ hồ sơ xử lý trực tuyến năm 2024 ước đạt 93,5%; mức độ hài lòng của người dân, doanh nghiệp cả năm đạt 99,2%.\nLãnh đạo tỉnh trao đổi với người dân tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Thu Chung\nNăm 2025, tỉnh đặt mục tiêu kinh tế số chiếm 20% GRDP, 100% hồ sơ công việc tại cấp tỉnh, cấp huyện được xử lý trên môi trường mạng (trừ hồ sơ mật).\nĐồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung xây dựng, hoàn thiện các cơ sở dữ liệu chuyên ngành, bảo đảm "đúng, đủ, sạch, sống", kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư, phục vụ giải quyết thủ tục hành chính và phát triển dịch vụ đô thị thông min',
        "2024-12-27",
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 15.8),
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2024-12-27", 100),
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 93.5),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 99.2),
        ],
    ),
    (
        "VnEconomy\nThứ Ba, 14/10/2025 11:25\nNăm 2026: phấn đấu 100% dịch vụ công trực tuyến toàn trình\nBộ Khoa học và Công nghệ vừa lấy ý kiến dự thảo Kế hoạch chuyển đổi số quốc gia năm 2026. Theo dự thảo, năm 2026 phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%, tỷ trọng kinh tế số đạt 22% GDP và Việt Nam vào nhóm 60 nước dẫn đầu về Chính phủ điện tử.\nDự thảo nêu, dự kiến năm 2025 tỷ trọng kinh tế số trong GDP đạt khoảng 19,5%; xếp hạng Chính phủ điện tử đã tăng 15 bậc trong kỳ đánh giá gần nhất.\nKinh nghiệm quốc tế cho thấy, Hàn Quốc có 97% hồ sơ hành chính được nộp trực tuyến, Estonia cung cấp trực tuyến 99% dịch vụ công, Singapore đứng thứ 3 thế giới về EGDI.\nTrong khi đó, theo khảo sát PCI 2024 của VCCI, 71% doanh nghiệp được hỏi cho biết đã sử dụng dịch vụ công trực tuyến khi thực hiện thủ tục về thuế, hải quan.\nẢnh minh họa\nBộ Khoa học và Công nghệ đề nghị các bộ, ngành, địa phương góp ý cho dự thảo trước ngày 25/10/2025 để tổng hợp, trình Thủ tướng Chính phủ xem xét, ban hành trong tháng 1",
        "2025-10-14",
        [],
    ),
    (
        " date 2025-01\nBáo Tin tức - TTXVN\nChính trị › Chính phủ số\n49/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình\n14/01/2025 09:05\nTheo Văn phòng Chính phủ, đến hết năm 2024, đã có 49/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 4 dịch vụ còn lại đang được hoàn thiện để cung cấp trong quý I/2025. Riêng Bộ Công an đã hoàn thành 12 dịch vụ công thiết yếu thuộc thẩm quyền.\nĐến ngày 10/1/2025, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính kết nối đầy đủ với Hệ thống EMC của các bộ, ngành là 90,5% và của các địa phương là 100%; 2 bộ chưa hoàn thành kết nối.\nSố liệu tổng hợp từ EMC cho thấy, năm 2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ ở mức 58,9%.\nVăn phòng Chính phủ đề nghị các bộ, ngành, địa phương trong năm 2025 nâng tỷ lệ này lên tối thiểu 70%, rà soát, đề xuất dừng cung cấp các dịch vụ không phát sinh hồ sơ.\nNgười dân làm thủ tục tại Bộ phận một cửa. Ảnh: TTXVN\nTheo đánh giá, nhiều dịch vụ công trực tuyến tuy đã được cung cấp nhưng quy trình còn rườm rà, người dân phải nhập lại thông tin đã có trong cơ sở dữ liệu quốc gia, dẫn tới tâm lý ngại sử d",
        "2025-01-14",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 49),
            ("emc_connection_rate", "ministries", "as_of", "2025-01-10", 90.5),
            ("emc_connection_rate", "localities", "as_of", "2025-01-10", 100),
            ("dvctt_with_dossiers_rate", "national", "year", "2024-12-31", 58.9),
        ],
    ),
    (
        "Báo Pháp luật Việt Nam\nXã hội › Đời sống\nHơn 61 triệu tài khoản định danh điện tử đã được kích hoạt\nThứ Bảy, 15/3/2025 - 08:00\nTheo Bộ Công an, hiện nay đã cấp hơn 89,7 triệu thẻ căn cước, căn cước công dân gắn chip; số tài khoản định danh điện tử đã kích hoạt là 61,4 triệu. Từ đầu năm, các tiện ích trên ứng dụng VNeID đã được sử dụng khoảng 45 triệu lượt.\nVề thanh toán, Ngân hàng Nhà nước cho biết tính đến hết tháng 1/2025, dịch vụ Mobile Money có 10,9 triệu khách hàng, trong đó 7,2 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa. Riêng Viettel Money đã có khoảng 22 triệu người dùng, tính cả tài khoản ví điện tử.\nHiện tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng ở mức khoảng 87%.\nNgười dân sử dụng ứng dụng VNeID để làm thủ tục. Ảnh minh họa\nChính phủ đã cho phép gia hạn thí điểm Mobile Money đến hết ngày 31/12/2026, qua đó tạo điều kiện để người dân ở vùng chưa có điểm giao dịch ngân hàng tiếp cận dịch vụ thanh toán không dùng tiền mặt. Ngân hàng Nhà nước yêu cầu các doanh nghiệp viễn thông tăng cường giám sát, phòng ngừa việc lợi dụng tài khoản Mobile Money để thực hiện hành vi lừa đảo, đánh bạc trực tuy",
        "2025-03-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-15", 89700000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-15", 61400000),
            ("mobile_money_customers", "national", "as_of", "2025-01-31", 10900000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-03-15", 87),
        ],
    ),
    (
        ' date 2025-05\nCổng Thông tin điện tử Bộ Công an\nTổ công tác triển khai Đề án 06 của Chính phủ họp đánh giá kết quả tháng 2\nChiều 4/3/2025, tại trụ sở Bộ Công an, Phó Thủ tướng, Tổ trưởng Tổ công tác triển khai Đề án 06 của Chính phủ chủ trì cuộc họp đánh giá kết quả thực hiện Đề án.\nBáo cáo tại cuộc họp cho biết, đến nay đã có 50/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình, còn 3 dịch vụ đang hoàn thiện; 826/1.084 thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư đã được cắt giảm, đơn giản hóa, 258 thủ tục còn lại đang được sửa đổi văn bản; 60/63 địa phương đã ban hành nghị quyết giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến, 3 địa phương chưa ban hành.\nPhát biểu chỉ đạo, Phó Thủ tướng nêu rõ: "Gần như toàn bộ các nhiệm vụ trọng tâm đã hoàn thành, nhưng chất lượng dịch vụ công trực tuyến vẫn là điểm nghẽn". Phó Thủ tướng yêu cầu hoàn thành các dịch vụ công thiết yếu còn lại trước ngày 30/6/2025.\nQuang cảnh cuộc họp. Ảnh: Bộ Công an\nPhó Thủ tướng cũng đề nghị các bộ, ngành khẩn trương kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu qu',
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-04", 50),
            ("procedures_simplified", "national", "as_of", "2025-03-04", 826),
            ("localities_fee_reduction", "national", "as_of", "2025-03-04", 60),
        ],
    ),
    (
        "ợc 1,16 triệu, tăng 8% so với quý trước.\nTheo số liệu của Văn phòng Chính phủ, 9 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 10,2 triệu hồ sơ trực tuyến, tăng 47% so với cùng kỳ; thực hiện 3,9 triệu giao dịch thanh toán trực tuyến với tổng số tiền 2.810 tỷ đồng.\nTính đến ngày 30/9/2024, tổng số hồ sơ trực tuyến được tiếp nhận, đồng bộ qua Cổng kể từ khi khai trương là 55,3 triệu hồ sơ. Hiện Cổng có gần 14,3 triệu tài khoản đăng ký và cung cấp hơn 4.500 thủ tục hành chính, dịch vụ công.\nTrong đó, riêng Bộ Công an đã tiếp nhận 2,2 triệu hồ sơ qua Cổng dịch vụ công của Bộ.\nẢnh: Cổng Dịch vụ công quốc gia\nVăn phòng Chính phủ cho biết, trong quý IV sẽ tập trung hoàn thiện chức năng thanh toán, cấp kết quả điện tử, nâng cấp tính năng cá nhân hóa để người dân có thể theo dõi toàn bộ lịch sử giao dịch với cơ quan nhà nước trên một tài khoản duy nhất, đồng thời tích hợp với ứng dụng VNeID.\nNgoài ra, hệ thống tiếp nhận, xử lý phản ánh, kiến nghị trên Cổng đã tiếp nhận, xử lý hơn 11.000 phản ánh; tỷ lệ phản ánh được xử lý đúng hạn đạt 1",
        "2024-10-16",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 10200000),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 3900000),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 2810),
            ("national_portal_dossiers", "national", "as_of", "2024-09-30", 55300000),
            ("national_portal_accounts", "national", "as_of", "2024-10-16", 14300000),
        ],
    ),
    (
        "Báo Thanh Hóa\nThời sự › Cải cách hành chính\nThanh Hóa: Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm đạt 62,5%\nTheo Văn phòng UBND tỉnh, 6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 62,5%, tăng 14,6 điểm phần trăm so với cùng kỳ, cao hơn bình quân cả nước (47,2%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,3%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính là 96,4%.\nCũng trong 6 tháng, kinh tế số của tỉnh ước chiếm 9,2% GRDP.\nHiện toàn tỉnh cung cấp 1.650 dịch vụ công trực tuyến toàn trình. Theo kết quả đánh giá trên Cổng Dịch vụ công quốc gia, Thanh Hóa xếp thứ 8/34 tỉnh, thành phố về chất lượng phục vụ.\nCán bộ phường Hạc Thành hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Minh Hiếu\nTỉnh phấn đấu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%; 100% cán bộ, công chức cấp xã sau sắp xếp được tập huấn kỹ năng số. UBND tỉnh yêu cầu thủ trưởng các sở, ngành, chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra tình trạng hồ sơ trễ hạn, yêu cầu người dân bổ sung giấy tờ không đúng quy đị",
        None,
        [
            ("online_dossier_rate", "Thanh Hóa", "half", "2025-06-30", 62.5),
            ("online_dossier_rate", "national", "half", "2025-06-30", 47.2),
            ("online_dossier_full_process_rate", "Thanh Hóa", "half", "2025-06-30", 51.3),
            ("satisfaction_rate", "Thanh Hóa", "half", "2025-06-30", 96.4),
            ("digital_economy_gdp_share", "Thanh Hóa", "half", "2025-06-30", 9.2),
        ],
    ),
    (
        # before 2022 the genre called full-process "mức (độ) cao nhất"
        "Năm 2019, tỷ lệ hồ sơ trực tuyến mức độ cao nhất trên tổng số hồ sơ thủ tục hành chính "
        "chỉ khoảng 6%. Hiện nay, tỷ lệ này đạt 41%.",
        "2024-05-10",
        [
            ("online_dossier_full_process_rate", "national", "year", "2019-12-31", 6),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-05-10", 41),
        ],
    ),
    (
        # a share of all services offered at the highest level ("mức cao nhất"), years ago
        "Năm 2018 cả nước có 120 dịch vụ công trực tuyến mức cao nhất, chiếm 2,1% tổng số dịch vụ "
        "công.",
        "2024-05-10",
        [("dvctt_full_process_rate", "national", "year", "2018-12-31", 2.1)],
    ),
]
