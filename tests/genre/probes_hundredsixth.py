"""Genre probes, round 106: precision traps (targets, plans, forecasts, one ministry, operator, district or country, surveys, changes, remainders, averages) mixed with genuine values, written blind.

First reading (the stop's start code 62e519e read it): 116 of 120 right, 116 of 121 found (0.97 / 0.96). Fitted after that reading (stop 44): a sentence set abroad, a one-stop centre's rate, a ministry as a whole ('Toàn Bộ'): 117 of 118, 117 of 121.
"""

CASES = [
    # 1 — Chinhphu.vn monthly portal news (April 2024); traps: one ministry's full-process
    #     rate (Bộ Công an 96,8%), month-on-month change, 80%/50% targets, plan of 12 services
    (
        """Tháng 4/2024: Hơn 1,2 triệu tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia

(Chinhphu.vn) – Theo số liệu Văn phòng Chính phủ vừa công bố, trong tháng 4/2024, Cổng Dịch vụ công quốc gia có thêm hơn 1,2 triệu tài khoản đăng ký mới, nâng tổng số tài khoản trên Cổng tính đến hết tháng 4/2024 lên hơn 14,6 triệu tài khoản.

Cũng trong tháng 4, Cổng tiếp nhận 1.905.300 hồ sơ trực tuyến, tăng 12,4% so với tháng trước. Về thanh toán trực tuyến, trong tháng có 912.500 giao dịch với tổng số tiền 1.018 tỷ đồng. Lũy kế đến hết tháng 4/2024, Cổng đã ghi nhận hơn 21,3 triệu giao dịch thanh toán trực tuyến, với số tiền gần 13,7 nghìn tỷ đồng.

Đáng chú ý, riêng Bộ Công an đã cung cấp 96,8% thủ tục hành chính thuộc thẩm quyền dưới dạng dịch vụ công trực tuyến toàn trình. Tính chung cả nước, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 45,3%, còn cách khá xa mục tiêu 80% đặt ra cho năm 2024.

"Chúng tôi đề nghị các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình để nâng tỷ lệ hồ sơ trực tuyến toàn trình lên ít nhất 50% ngay trong quý III", đại diện Cục Kiểm soát thủ tục hành chính cho biết.

Theo kế hoạch, trong tháng 5/2024, Văn phòng Chính phủ sẽ phối hợp với Bộ Công an đưa thêm 12 dịch vụ công thiết yếu lên Cổng.""",
        "2024-05-10",
        [
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 1200000.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 14600000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-04-30", 1905300.0),
            ("online_payments_count_new", "national", "month", "2024-04-30", 912500.0),
            ("online_payments_value_new", "national", "month", "2024-04-30", 1018.0),
            ("online_payments_count", "national", "as_of", "2024-04-30", 21300000.0),
            ("online_payments_value", "national", "as_of", "2024-04-30", 13700.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-04-30", 45.3),
        ],
    ),
    # 2 — Đồng Tháp provincial half-year review; traps: regional average of 13 Mekong provinces,
    #     district figures (Lai Vung, Sa Đéc), total BTS and 4G BTS (no id), Viettel's 4G claim,
    #     end-2023 targets, a percentage-point gap
    (
        """Đồng Tháp: Chuyển đổi số 6 tháng đầu năm 2023 có nhiều chuyển biến

Ngày 11/7, Sở Thông tin và Truyền thông tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023.

Theo báo cáo, 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 61,7%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 58,2%. Mức bình quân của 13 tỉnh, thành vùng Đồng bằng sông Cửu Long về hồ sơ trực tuyến chỉ khoảng 38%. Trong các địa phương cấp huyện, huyện Lai Vung dẫn đầu với 85,4% hồ sơ nộp trực tuyến, thành phố Sa Đéc đạt 79,1%.

Về hạ tầng số, toàn tỉnh hiện có 2.412 trạm BTS, trong đó 1.980 trạm 4G; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 78,5%. Viettel Đồng Tháp cho biết đã phủ sóng 4G tới 100% xã, phường, thị trấn.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến đạt 70% và tỷ lệ hộ gia đình có cáp quang đạt 85%. "Số liệu 6 tháng cho thấy chúng ta đi đúng hướng, nhưng tỷ lệ hồ sơ trực tuyến ở một số sở vẫn thấp hơn cùng kỳ năm ngoái 3,2 điểm phần trăm", ông nói.""",
        "2023-07-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "half", "2023-06-30", 61.7),
            ("e_result_rate", "Đồng Tháp", "half", "2023-06-30", 58.2),
            ("ftth_household_rate", "Đồng Tháp", "as_of", "2023-06-30", 78.5),
        ],
    ),
    # 3 — ICTnews on MIC's monthly press conference (July 2024 data); traps: % change vs June,
    #     botnet year-on-year change, upload speeds, mobile speed rank, Viettel's 5G stations,
    #     VNPT's 5G target, fraud reports (no id) and their daily average; the June count in
    #     parentheses is kept
    (
        """Bộ TT&TT họp báo thường kỳ: Tấn công mạng gây sự cố giảm so với tháng trước

ICTnews – Chiều 2/8, Bộ Thông tin và Truyền thông tổ chức họp báo định kỳ, thông tin về kết quả công tác tháng 7/2024.

Về an toàn thông tin, trong tháng 7/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.040 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 7,3% so với tháng 6/2024 (1.122 cuộc). Số địa chỉ IP thuộc mạng botnet tính đến hết tháng 7/2024 là khoảng 587.000, giảm 40,2% so với cùng kỳ năm 2023.

Về hạ tầng, theo số liệu đo kiểm tháng 7/2024, tốc độ tải xuống trung bình của băng rộng cố định đạt 163,4 Mbps, băng rộng di động đạt 65,2 Mbps; tốc độ tải lên tương ứng là 160,1 Mbps và 25,3 Mbps. Với kết quả này, Việt Nam xếp thứ 40 thế giới về tốc độ băng rộng di động.

Đại diện Viettel cho biết doanh nghiệp đã lắp đặt hơn 6.000 trạm 5G và dự kiến khai trương mạng 5G thương mại vào tháng 10/2024. VNPT đặt mục tiêu phủ sóng 5G tại các khu công nghiệp trọng điểm trong năm 2025.

Trả lời câu hỏi của phóng viên về tình trạng lừa đảo trực tuyến, Thứ trưởng cho biết trong 7 tháng đầu năm, hệ thống đã tiếp nhận 12.500 phản ánh của người dân về lừa đảo, trung bình mỗi ngày hơn 58 phản ánh.""",
        "2024-08-02",
        [
            ("cyberattacks", "national", "month", "2024-07-31", 1040.0),
            ("cyberattacks", "national", "month", "2024-06-30", 1122.0),
            ("botnet_ips", "national", "as_of", "2024-07-31", 587000.0),
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 163.4),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 65.2),
        ],
    ),
    # 4 — Quảng Ninh provincial report with its own date line (no sidecar date); year under
    #     review 2022; traps: count of full-process services (no id), 9,1% change, one department
    #     (Sở Tư pháp), one city (Hạ Long), a survey's share of people with smartphones, 2023 targets
    (
        """ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Số: 415/BC-UBND                     Quảng Ninh, ngày 20 tháng 12 năm 2022

BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2022, phương hướng nhiệm vụ năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2022
1. Chính quyền số
Năm 2022, toàn tỉnh cung cấp 1.392 dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 72,6% trên tổng số thủ tục hành chính; tỷ lệ hồ sơ giải quyết trực tuyến đạt 82,6%, tăng 9,1% so với năm 2021. Riêng Sở Tư pháp đạt 100% hồ sơ trực tuyến; thành phố Hạ Long đạt 95,3%, cao nhất khối cấp huyện.
2. Hạ tầng số
Toàn tỉnh có 100% thôn, bản được phủ sóng di động băng rộng; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 85,2%. Theo khảo sát xã hội học do Sở Thông tin và Truyền thông tổ chức, 88% người trưởng thành trên địa bàn sở hữu điện thoại thông minh.
3. Kinh tế số
Tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 9,8%.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
Phấn đấu tỷ lệ hồ sơ giải quyết trực tuyến đạt trên 90%; tỷ trọng kinh tế số trong GRDP đạt 12%; 100% hộ gia đình có nhu cầu được kết nối Internet cáp quang.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, TTTT.""",
        None,
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "year", "2022-12-20", 72.6),
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-20", 82.6),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2022-12-20", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2022-12-20", 85.2),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2022-12-20", 9.8),
        ],
    ),
    # 5 — VietnamPlus on the first months of commercial 5G; traps: operator station counts
    #     (Viettel, VinaPhone), Thailand's and Malaysia's coverage, a Decision Lab survey,
    #     end-2025 targets, Ericsson's 2030 forecast, operators' planned stations
    (
        """Năm đầu thương mại hóa 5G: Hơn 9.000 trạm phát sóng, phủ khoảng 26% dân số

VietnamPlus – Sau chưa đầy 3 tháng kể từ khi mạng 5G chính thức được thương mại hóa (15/10/2024), hạ tầng 5G tại Việt Nam đã có bước phát triển nhanh.

Theo Cục Viễn thông, tính đến hết năm 2024, cả nước có khoảng 9.200 trạm BTS 5G, phủ sóng 5G cho khoảng 26% dân số. Trong đó, Viettel có hơn 7.000 trạm; VinaPhone khoảng 2.000 trạm. Cũng đến hết năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,5%.

Dù vậy, so với khu vực, Việt Nam vẫn là "người đến sau". Thái Lan hiện phủ sóng 5G tới khoảng 85% dân số, còn Malaysia là 80%. Theo khảo sát của Decision Lab công bố tháng 12/2024, 74% người dùng điện thoại tại Việt Nam cho biết sẵn sàng nâng cấp lên thiết bị hỗ trợ 5G trong 12 tháng tới.

Kế hoạch của Bộ Thông tin và Truyền thông đặt mục tiêu đến cuối năm 2025, mạng 5G phủ sóng 50% dân số và cả nước có 20.000 trạm 5G. Báo cáo Ericsson Mobility Report dự báo đến năm 2030, thuê bao 5G sẽ chiếm khoảng 60% tổng số thuê bao di động tại khu vực Đông Nam Á.

"Năm 2025 sẽ là năm các nhà mạng đẩy mạnh đầu tư, mỗi doanh nghiệp dự kiến lắp đặt thêm từ 5.000 đến 10.000 trạm", lãnh đạo Cục Viễn thông cho biết.""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 9200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.5),
        ],
    ),
    # 6 — Party e-newspaper on Q1 2023 cybersecurity; traps: year-on-year change, monthly
    #     average in the quarter, one ministry (Bộ Tài chính 100%), Bkav's damage estimate and
    #     its survey, botnet and approval targets; ministries/localities split kept
    (
        """Quý I/2023: Ghi nhận 2.830 cuộc tấn công mạng gây sự cố

Báo Điện tử Đảng Cộng sản Việt Nam – Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong quý I/2023, hệ thống kỹ thuật của Cục đã ghi nhận 2.830 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 34,6% so với cùng kỳ năm 2022. Riêng tháng 3/2023 ghi nhận 1.012 cuộc; bình quân mỗi tháng trong quý khoảng 943 cuộc.

Tính đến cuối tháng 3/2023, số địa chỉ IP thuộc mạng botnet tại Việt Nam là 682.400 địa chỉ. Cũng đến thời điểm này, tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 67,3%. Khối bộ, ngành đạt 71,5%, khối địa phương đạt 64,8%; riêng Bộ Tài chính đã phê duyệt cấp độ cho 100% hệ thống.

Trong khi đó, theo đánh giá của Công ty An ninh mạng Bkav, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam năm 2022 lên tới 21.200 tỷ đồng; 56% người dùng được khảo sát cho biết từng nhận tin nhắn lừa đảo.

Cục An toàn thông tin đặt mục tiêu trong năm 2023 giảm 50% số địa chỉ IP botnet so với năm 2022 và đến hết tháng 9/2023 hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin.""",
        "2023-04-06",
        [
            ("cyberattacks", "national", "quarter", "2023-03-31", 2830.0),
            ("cyberattacks", "national", "month", "2023-03-31", 1012.0),
            ("botnet_ips", "national", "as_of", "2023-03-31", 682400.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-03-31", 67.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-03-31", 71.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-03-31", 64.8),
        ],
    ),
    # 7 — Hà Nội portal, 9 months of 2024; traps: dossier count (no id), percentage-point
    #     change, district figures (Hoàn Kiếm, Cầu Giấy, Mỹ Đức), the city's own list of 25
    #     essential services, a remainder of 14 procedures, 2024 plan targets, a full-year forecast
    (
        """Hà Nội: 9 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 68,9%

hanoi.gov.vn – Thông tin tại phiên họp thường kỳ tháng 10 của UBND thành phố, Văn phòng UBND thành phố cho biết trong 9 tháng năm 2024, các cơ quan, đơn vị của thành phố đã tiếp nhận hơn 2,9 triệu hồ sơ thủ tục hành chính, tỷ lệ hồ sơ xử lý trực tuyến đạt 68,9%, tăng 12 điểm phần trăm so với cùng kỳ. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 87,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 45,7%.

Một số quận, huyện có tỷ lệ hồ sơ trực tuyến cao như quận Hoàn Kiếm (96,2%), quận Cầu Giấy (93,8%). Ở chiều ngược lại, huyện Mỹ Đức mới đạt 52,1%.

Hiện thành phố đã cung cấp 25/25 dịch vụ công thiết yếu theo danh mục của thành phố trên Cổng dịch vụ công Hà Nội. Tuy nhiên, vẫn còn 14 thủ tục hành chính đủ điều kiện nhưng chưa được cung cấp trực tuyến toàn trình.

Theo Kế hoạch số 02/KH-UBND, năm 2024 Hà Nội phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%, tỷ lệ khai thác, sử dụng lại dữ liệu đạt 60%. Văn phòng UBND thành phố dự báo cả năm, tỷ lệ hồ sơ xử lý trực tuyến có thể đạt khoảng 72%.""",
        "2024-10-21",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-09-30", 68.9),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2024-09-30", 41.2),
            ("e_result_rate", "Hà Nội", "ytd", "2024-09-30", 87.4),
            ("data_reuse_rate", "Hà Nội", "ytd", "2024-09-30", 45.7),
        ],
    ),
    # 8 — Vietnamnet on the GSO's digital-economy shares; traps: e-Conomy SEA GMV (USD) and
    #     its 19% growth and 2025 forecast (third-party report, not the GSO measure), e-commerce
    #     growth, 20%/30% strategy targets, required pace in points; the 2022 share in
    #     parentheses and the two provinces' GRDP shares are kept
    (
        """Kinh tế số chiếm 12,33% GDP: Bắc Ninh, Thái Nguyên dẫn đầu cả nước

Vietnamnet – Lần đầu tiên, Tổng cục Thống kê công bố số liệu chính thức về tỷ trọng kinh tế số theo từng tỉnh, thành phố.

Theo đó, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023 đạt 12,33%, cao hơn năm 2022 (11,87%). Dẫn đầu cả nước là Bắc Ninh với tỷ trọng kinh tế số trong GRDP đạt 27,78%, tiếp đến là Thái Nguyên với 24,61%. Nhóm cuối bảng chủ yếu là các tỉnh miền núi phía Bắc và Tây Nguyên.

Cũng theo báo cáo e-Conomy SEA 2023 do Google, Temasek và Bain & Company thực hiện, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2023 đạt khoảng 30 tỷ USD, tăng 19% so với năm 2022, và được dự báo đạt 45 tỷ USD vào năm 2025. Thương mại điện tử tiếp tục là động lực chính với mức tăng trưởng 25%.

Mục tiêu Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025 là kinh tế số chiếm 20% GDP; đến năm 2030 là 30% GDP. Để đạt mục tiêu, tỷ trọng kinh tế số cần tăng bình quân khoảng 2,5 điểm phần trăm mỗi năm, gấp nhiều lần tốc độ hiện nay.

"Con số 12,33% phản ánh sát thực hơn bức tranh kinh tế số", một chuyên gia của Viện Chiến lược Thông tin và Truyền thông nhận định.""",
        "2024-09-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 11.87),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 27.78),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 24.61),
        ],
    ),
    # 9 — Banking Times on the SBV's 2024 kick-off conference; traps: "vượt mục tiêu 80%",
    #     non-cash growth rates, interbank daily average, rural share of Mobile Money customers
    #     (part after "trong đó"), Viettel Money's customers, counts of banks/intermediaries,
    #     2024 growth targets
    (
        """NHNN: Hơn 87% người trưởng thành đã có tài khoản thanh toán

Thời báo Ngân hàng – Tại hội nghị triển khai nhiệm vụ ngành Ngân hàng năm 2024 ngày 25/1, Ngân hàng Nhà nước (NHNN) cho biết tính đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu 80% đặt ra cho năm 2025.

Năm 2023, thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh: so với năm 2022, số lượng giao dịch qua kênh Internet tăng 50,3%, qua điện thoại di động tăng 59,9%. Trung bình mỗi ngày, hệ thống thanh toán điện tử liên ngân hàng xử lý khoảng 5,3 triệu giao dịch.

Về dịch vụ Mobile Money, đến hết năm 2023, tổng số khách hàng đăng ký sử dụng đạt hơn 6,6 triệu, trong đó khoảng 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money có khoảng 5 triệu khách hàng.

Trong năm 2023, ngành Ngân hàng đã phối hợp với Bộ Công an xác thực thông tin khách hàng với Cơ sở dữ liệu quốc gia về dân cư; đến nay có 50 ngân hàng và 33 tổ chức trung gian thanh toán triển khai giải pháp sử dụng thẻ căn cước công dân gắn chip qua ứng dụng.

NHNN đặt mục tiêu năm 2024 số lượng giao dịch thanh toán không dùng tiền mặt tăng 20-25%, giá trị tăng 15-20%.""",
        "2024-01-26",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6600000.0),
        ],
    ),
    # 10 — Báo Lào Cai on dead-zone villages; traps: 41 villages newly covered (flow, no id),
    #      52 without power (part after "trong đó"), district counts, the 35 electrified villages
    #      "còn lại", the December 2024 target, a 1.000-village support plan; the province's level
    #      of 87 villages and the national level of 1.253 are kept
    (
        """Lào Cai: Nỗ lực xóa "vùng lõm" sóng di động trước tháng 12/2024

Báo Lào Cai – Theo Sở Thông tin và Truyền thông, từ đầu năm đến nay, các doanh nghiệp viễn thông đã phát sóng mới cho 41 thôn, bản. Tuy nhiên, toàn tỉnh hiện vẫn còn 87 thôn, bản chưa có sóng di động, trong đó 52 thôn chưa có điện lưới quốc gia. Riêng huyện Bát Xát còn 31 thôn, huyện Si Ma Cai còn 18 thôn.

Đến nay, tỷ lệ thôn, bản trên địa bàn tỉnh có sóng di động đạt 96,1%; tỷ lệ thôn lõm sóng có điện đã được phủ sóng đạt 72,3%.

Ông Hoàng Văn T., Phó Giám đốc Sở Thông tin và Truyền thông cho biết: "Theo chỉ đạo của Chính phủ, tỉnh phấn đấu trước tháng 12/2024 phủ sóng 100% thôn, bản có điện. Với 35 thôn có điện còn lại, tỉnh đã giao các doanh nghiệp cụ thể từng địa bàn."

Trên phạm vi cả nước, tính đến hết tháng 5/2024, còn 1.253 thôn, bản lõm sóng, tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên. Theo Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025, Nhà nước sẽ hỗ trợ đầu tư hạ tầng cho khoảng 1.000 thôn.""",
        "2024-06-18",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-06-18", 87.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-06-18", 96.1),
            ("dead_zone_villages_covered_rate", "Lào Cai", "as_of", "2024-06-18", 72.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-05-31", 1253.0),
        ],
    ),
    # 11 — MIC magazine's "10 highlights of 2024" (published January 2025); traps: "tăng 15 bậc"
    #      (the 2022 rank would be arithmetic), ASEAN position, Viettel's 7.000 stations and 63
    #      provinces, "gấp khoảng 3 lần", international capacity (no id), 2025 targets, ITU GCI tier
    (
        """10 dấu ấn nổi bật của ngành Thông tin và Truyền thông năm 2024

Tạp chí Thông tin và Truyền thông – Ngày 3/1/2025, Bộ Thông tin và Truyền thông công bố 10 sự kiện nổi bật của ngành năm 2024. Xin giới thiệu một số dấu ấn tiêu biểu.

1. Chỉ số Chính phủ điện tử tăng 15 bậc
Tháng 9/2024, Liên Hợp Quốc công bố Báo cáo khảo sát Chính phủ điện tử, theo đó Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá năm 2022, lần đầu tiên vào nhóm có chỉ số ở mức rất cao. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.

2. Chính thức thương mại hóa 5G
Ngày 15/10/2024, Viettel chính thức khai trương mạng 5G; đến cuối năm, riêng Viettel đã có hơn 7.000 trạm 5G, phủ sóng tại 63 tỉnh, thành phố.

3. Kinh tế số tiếp tục tăng trưởng cao
Năm 2024, kinh tế số Việt Nam ước tăng trưởng khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP. Tỷ trọng kinh tế số trong GDP ước đạt 18,3%.

4. Mở rộng hạ tầng kết nối quốc tế
Việt Nam đưa vào khai thác thêm tuyến cáp quang biển, nâng tổng dung lượng kết nối quốc tế lên 20 Tbps. Năm 2025, Bộ đặt mục tiêu triển khai thêm 2 tuyến cáp mới và nâng tỷ lệ hộ gia đình có cáp quang lên 85%.

5. An toàn thông tin được quốc tế ghi nhận
Theo Chỉ số an toàn thông tin toàn cầu (GCI) của Liên minh Viễn thông Quốc tế (ITU), Việt Nam tiếp tục thuộc nhóm bậc 1, cùng với Hàn Quốc, Singapore và nhiều quốc gia phát triển.""",
        "2025-01-06",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 12 — VTV on NDXP; traps: "tăng 2,2 lần", one ministry's traffic share (Bộ Tư pháp 40%),
    #      Bình Dương's LGSP (another platform), plan of 12 databases, 100% target, 10 million a
    #      day by 2025; cumulative, September flow, September daily average, agencies and points kept
    (
        """NDXP: Hơn 1,25 tỷ giao dịch kể từ khi đưa vào vận hành

Báo Điện tử VTV – Theo Bộ Thông tin và Truyền thông, tính đến ngày 15/10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có tổng cộng hơn 1,25 tỷ giao dịch kể từ khi đưa vào vận hành năm 2019.

Riêng trong tháng 9/2023, NDXP ghi nhận 92,4 triệu giao dịch, tăng 2,2 lần so với cùng kỳ năm 2022; trung bình mỗi ngày trong tháng có khoảng 3,08 triệu giao dịch. Hiện NDXP đã kết nối với 115 cơ quan, đơn vị, gồm các bộ, ngành, địa phương và một số tổ chức, thiết lập 1.058 điểm kết nối giữa các hệ thống thông tin và cơ sở dữ liệu.

Trong số các cơ quan khai thác, Bộ Tư pháp chiếm khoảng 40% lưu lượng giao dịch, chủ yếu phục vụ liên thông đăng ký khai sinh, đăng ký thường trú. Ở cấp địa phương, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bình Dương ghi nhận 12,6 triệu giao dịch trong 9 tháng đầu năm.

Theo kế hoạch, đến hết năm 2023, NDXP sẽ kết nối thêm 12 cơ sở dữ liệu chuyên ngành, hướng tới mục tiêu 100% cơ sở dữ liệu quốc gia được kết nối, chia sẻ qua nền tảng. "Mỗi ngày NDXP cần xử lý được 10 triệu giao dịch vào năm 2025", đại diện Cục Chuyển đổi số quốc gia cho biết.""",
        "2023-10-18",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-15", 1250000000.0),
            ("ndxp_transactions_period", "national", "month", "2023-09-30", 92400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 3080000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-10-18", 115.0),
            ("ndxp_connection_points", "national", "as_of", "2023-10-18", 1058.0),
        ],
    ),
    # 13 — Báo Thanh Hóa, month given without its year ("tháng 2", year from the page date);
    #      traps: the province's dossier counts (not the National Portal), change vs January,
    #      count of services, VNPT's 215.000 portal accounts (one operator), Viettel's payment
    #      points, one district (Quảng Xương), 2023 targets, a forecast for June
    (
        """Thanh Hóa: Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình

Báo Thanh Hóa – Theo Văn phòng UBND tỉnh, trong tháng 2, các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận 186.420 hồ sơ thủ tục hành chính, trong đó 71.350 hồ sơ trực tuyến, chiếm 38,3%. So với tháng 1, tỷ lệ này tăng 4,6 điểm phần trăm.

Đến nay, tỉnh đã cung cấp 1.126 dịch vụ công trực tuyến toàn trình, đạt 97,4% số thủ tục hành chính đủ điều kiện. Tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân của người nộp đạt 64,5%.

Theo báo cáo của VNPT Thanh Hóa, đơn vị đã hỗ trợ tạo lập 215.000 tài khoản trên Cổng Dịch vụ công quốc gia cho người dân; Viettel Thanh Hóa đã triển khai 1.200 điểm thanh toán không dùng tiền mặt. Tại huyện Quảng Xương, địa phương được chọn làm điểm, 92% hồ sơ cấp xã được nộp trực tuyến.

Kế hoạch chuyển đổi số năm 2023 của tỉnh đặt mục tiêu: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; 100% thủ tục đủ điều kiện được cung cấp toàn trình. Theo dự báo của Sở Thông tin và Truyền thông, nếu duy trì tốc độ hiện nay, đến tháng 6 tỷ lệ hồ sơ trực tuyến có thể đạt 45%.""",
        "2023-03-03",
        [
            ("online_dossier_rate", "Thanh Hóa", "month", "2023-02-28", 38.3),
            ("full_process_provision_rate", "Thanh Hóa", "as_of", "2023-03-03", 97.4),
            ("dossiers_with_personal_id_rate", "Thanh Hóa", "as_of", "2023-03-03", 64.5),
        ],
    ),
    # 14 — MIC 2022 summary report with a table; traps: the "Kế hoạch năm 2022" and
    #      "Kế hoạch năm 2023" columns, "3/5 chỉ tiêu", "đạt 83% kế hoạch", a percentage-point
    #      change; only the "Thực hiện năm 2022" column is recorded
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Báo cáo tổng kết công tác năm 2022 (trích)

Phần III. Kết quả thực hiện các chỉ tiêu chuyển đổi số quốc gia

Bảng 2. Một số chỉ tiêu chủ yếu

| TT | Chỉ tiêu | Kế hoạch năm 2022 | Thực hiện năm 2022 | Kế hoạch năm 2023 |
|---|---|---|---|---|
| 1 | Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC (%) | 50 | 41,5 | 80 |
| 2 | Tỷ lệ hộ gia đình có Internet cáp quang băng rộng (%) | 75 | 75,3 | 80 |
| 3 | Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (%) | 80 | 81,3 | 85 |
| 4 | Tỷ trọng kinh tế số trong GDP (%) | 14 | 14,26 (ước) | 16,5 |
| 5 | Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến (%) | 30 | 26 | 40 |

Ghi chú: Chỉ tiêu 4 là số ước tính theo phương pháp của Bộ Thông tin và Truyền thông; số liệu chính thức do Tổng cục Thống kê công bố.

Đánh giá chung: Năm 2022, 3/5 chỉ tiêu đạt và vượt kế hoạch. Hai chỉ tiêu chưa đạt là tỷ lệ dịch vụ công trực tuyến toàn trình (đạt 83% kế hoạch) và tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến. So với năm 2021, tỷ lệ hộ gia đình có cáp quang tăng 7,5 điểm phần trăm.""",
        "2023-01-12",
        [
            ("dvctt_full_process_rate", "national", "year", "2022-12-31", 41.5),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75.3),
            ("smartphone_subscriber_rate", "national", "year", "2022-12-31", 81.3),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 26.0),
        ],
    ),
    # 15 — Nhân Dân on the National Portal in May 2024; traps: daily average of dossiers (no id),
    #      "gấp 2 lần", average value per payment, one bank's share (Vietcombank), the two
    #      provinces "còn lại", Bình Định's own 50% reduction for 39 procedures, end-2024 target
    (
        """Cổng Dịch vụ công quốc gia: Hơn 16 triệu tài khoản đăng ký

Nhân Dân – Theo Văn phòng Chính phủ, trong tháng 5/2024, Cổng Dịch vụ công quốc gia có 1.523.000 tài khoản đăng ký mới; tính đến ngày 31/5/2024, tổng số tài khoản đăng ký trên Cổng là hơn 16,1 triệu tài khoản. Trung bình mỗi ngày, Cổng tiếp nhận khoảng 65.000 hồ sơ trực tuyến.

Trong tháng, Cổng ghi nhận 1,36 triệu giao dịch thanh toán trực tuyến với số tiền 1.246 tỷ đồng, gấp 2 lần cùng kỳ năm 2023; giá trị bình quân mỗi giao dịch khoảng 916.000 đồng. Riêng Vietcombank chiếm khoảng 28% số giao dịch thanh toán qua Cổng.

Về việc miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến, đến ngày 31/5/2024 đã có 61/63 địa phương ban hành nghị quyết của Hội đồng nhân dân. Hai địa phương còn lại đang hoàn thiện hồ sơ, dự kiến trình Hội đồng nhân dân tại kỳ họp giữa năm. Nghị quyết của tỉnh Bình Định quy định giảm 50% mức thu lệ phí đối với 39 thủ tục.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, bảo đảm đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất 50%.""",
        "2024-06-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 1523000.0),
            ("national_portal_accounts", "national", "as_of", "2024-05-31", 16100000.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 1360000.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 1246.0),
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 61.0),
        ],
    ),
    # 16 — Báo Đà Nẵng on the city's 2024 review; traps: DTI score (no id), a survey of 5.000
    #      residents (smartphone owners, e-wallet users), one district (Hải Châu), a
    #      percentage-point change, Busan (another country's city), 2025 targets
    (
        """Đà Nẵng: Năm thứ 5 liên tiếp dẫn đầu về chuyển đổi số

Báo Đà Nẵng – Chiều 28/12, UBND thành phố tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2024. Năm 2024, Đà Nẵng tiếp tục giữ vị trí thứ nhất về Chỉ số chuyển đổi số cấp tỉnh (DTI) với 0,6734 điểm.

Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 84,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%. Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 62%. Kinh tế số ước chiếm 20,1% GRDP của thành phố.

Theo khảo sát của Sở Thông tin và Truyền thông với 5.000 người dân, 93,5% người trưởng thành có điện thoại thông minh và 78% từng sử dụng ví điện tử. Đặc biệt, quận Hải Châu có 100% hồ sơ cấp phường được giải quyết trực tuyến.

Phát biểu tại hội nghị, Chủ tịch UBND thành phố đánh giá: "So với năm 2023, các chỉ số đều cải thiện, tỷ lệ hồ sơ trực tuyến toàn trình tăng gần 18 điểm phần trăm." Thành phố cũng đang học hỏi mô hình đô thị thông minh của Busan (Hàn Quốc), nơi 98% giao dịch hành chính được thực hiện trên môi trường số.

Năm 2025, Đà Nẵng phấn đấu kinh tế số chiếm 25% GRDP, 100% hồ sơ của các thủ tục đủ điều kiện được giải quyết trực tuyến toàn trình.""",
        "2025-01-02",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2024-12-31", 84.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2024-12-31", 61.3),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "year", "2024-12-31", 62.0),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 20.1),
        ],
    ),
    # 17 — Tuổi Trẻ on Đề án 06 after two years; traps: one district (Cầu Giấy 97%), an
    #      activation rate of TP.HCM (no id), the 60-million target, the 15 million still to
    #      activate, 3 million not yet collected, a readers' survey, Estonia; Hà Nội's activated
    #      accounts are kept under the province
    (
        """Hơn 45 triệu tài khoản định danh điện tử đã được kích hoạt

Tuổi Trẻ Online – Sáng 21/11, tại hội nghị sơ kết 2 năm triển khai Đề án 06, đại diện Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an) cho biết đến nay, cả nước đã cấp 84,9 triệu thẻ căn cước công dân gắn chip và kích hoạt 45,1 triệu tài khoản định danh điện tử VNeID.

Hà Nội là địa phương dẫn đầu với 5,2 triệu tài khoản định danh điện tử được kích hoạt; riêng quận Cầu Giấy đã kích hoạt cho 97% người dân đủ điều kiện. Tại TP.HCM, tỷ lệ kích hoạt tài khoản mức 2 đạt khoảng 55%.

Mục tiêu đến hết năm 2023, cả nước kích hoạt 60 triệu tài khoản định danh điện tử. Như vậy, còn gần 15 triệu tài khoản cần được kích hoạt trong hơn một tháng còn lại của năm. Hiện vẫn còn khoảng 3 triệu công dân đủ điều kiện nhưng chưa đến nhận thẻ căn cước.

Theo một khảo sát trực tuyến của báo với hơn 2.000 bạn đọc, 68% cho biết đã dùng VNeID để xuất trình giấy tờ thay cho bản giấy. Trong khi đó, tại Estonia – quốc gia đi đầu về định danh số – 99% công dân sở hữu thẻ ID điện tử.

"Trong tháng 12, lực lượng công an sẽ ra quân cao điểm, làm việc cả thứ bảy, chủ nhật", đại diện C06 cho biết.""",
        "2023-11-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-11-21", 84900000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-11-21", 45100000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-11-21", 5200000.0),
        ],
    ),
    # 18 — Thời báo Tài chính on e-invoices; traps: invoices with/without code (parts after
    #      "trong đó"), 1,2 million users, cash-register registrants and share, petrol-station
    #      invoices and their TP.HCM share (no id), 10.000 billion savings, end-2024 targets
    (
        """Hơn 8,3 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

Thời báo Tài chính – Theo Tổng cục Thuế, tính đến ngày 30/6/2024, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý hơn 8,3 tỷ hóa đơn, trong đó khoảng 2,64 tỷ hóa đơn có mã của cơ quan thuế và 5,66 tỷ hóa đơn không có mã. Cả nước hiện có khoảng 1,2 triệu doanh nghiệp, tổ chức kinh tế và hộ kinh doanh sử dụng hóa đơn điện tử.

Riêng đối với hóa đơn điện tử khởi tạo từ máy tính tiền, đã có 72.400 người nộp thuế đăng ký áp dụng; số hóa đơn khởi tạo từ máy tính tiền chiếm khoảng 17% tổng số hóa đơn.

Đối với lĩnh vực kinh doanh xăng dầu, đến hết tháng 6/2024, 16.500 cửa hàng xăng dầu đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng, đạt 95,6% tổng số cửa hàng. Cục Thuế TP. Hồ Chí Minh cho biết trên địa bàn thành phố, tỷ lệ này đạt 99%.

Theo Tổng cục Thuế, việc triển khai hóa đơn điện tử giúp tiết kiệm cho xã hội khoảng 10.000 tỷ đồng mỗi năm. Mục tiêu đến hết năm 2024, 100% cửa hàng xăng dầu xuất hóa đơn điện tử cho từng lần bán hàng; ngành thuế cũng dự kiến mở rộng áp dụng với lĩnh vực ăn uống, bán lẻ.""",
        "2024-07-09",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 8300000000.0),
        ],
    ),
    # 19 — Bình Dương portal, Q3 2022; traps: counts of services and procedures, departments
    #      (Sở KH&ĐT, Sở GTVT), one city (Thủ Dầu Một), comparison with a region and TP.HCM
    #      without figures, Q4 and full-year targets, the service centre's daily average; the
    #      Q3 2021 rate in parentheses is kept; the full-process share after "trong đó" is its
    #      own indicator
    (
        """Bình Dương: Quý III/2022, tỷ lệ hồ sơ trực tuyến đạt 46,8%

Cổng Thông tin điện tử tỉnh Bình Dương – Theo báo cáo của Sở Thông tin và Truyền thông, quý III/2022, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 46,8%, tăng mạnh so với cùng kỳ năm 2021 (28,4%).

Tính đến ngày 30/9/2022, tỉnh đã cung cấp 1.688 dịch vụ công trực tuyến trên tổng số 1.729 thủ tục hành chính, đạt tỷ lệ 97,6%; trong đó dịch vụ công trực tuyến toàn trình chiếm 62,1% tổng số thủ tục hành chính.

Một số đơn vị có tỷ lệ hồ sơ trực tuyến cao như Sở Kế hoạch và Đầu tư (99,2%), Sở Giao thông vận tải (95,6%). Thành phố Thủ Dầu Một đạt 71,3%, dẫn đầu khối cấp huyện.

Tỷ lệ hồ sơ trực tuyến của Bình Dương cao hơn mức trung bình của các tỉnh Đông Nam Bộ, song vẫn thấp hơn TP. Hồ Chí Minh. Theo kế hoạch, quý IV/2022 tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 55%, cả năm đạt trên 50%; 100% dịch vụ công đủ điều kiện được cung cấp toàn trình.

"Chúng tôi đang tập trung hỗ trợ người dân tại bộ phận một cửa để nâng số hồ sơ trực tuyến", đại diện Sở cho biết. Bình quân mỗi ngày, Trung tâm Hành chính công tỉnh tiếp nhận hơn 1.100 hồ sơ.""",
        "2022-10-14",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2022-09-30", 46.8),
            ("online_dossier_rate", "Bình Dương", "quarter", "2021-09-30", 28.4),
            ("dvctt_rate", "Bình Dương", "as_of", "2022-09-30", 97.6),
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2022-09-30", 62.1),
        ],
    ),
    # 20 — VnExpress on February 2024 Internet speeds (VNNIC i-Speed); traps: upload speed,
    #      change vs January, operators' speeds (FPT, Viettel, VNPT), Ookla rank, global median,
    #      Singapore and Thailand, 2025 targets, an experts' forecast
    (
        """Tốc độ Internet cố định của Việt Nam tăng mạnh sau sự cố cáp quang biển

VnExpress – Theo số liệu đo kiểm của Trung tâm Internet Việt Nam (VNNIC) công bố ngày 11/3, trong tháng 2/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 96,5 Mbps, băng rộng di động đạt 47,8 Mbps. Tốc độ tải lên của mạng cố định là 92,3 Mbps.

So với tháng 1/2024, tốc độ băng rộng cố định tăng 8,4%, chủ yếu nhờ các tuyến cáp quang biển APG và AAE-1 được sửa chữa xong. Trong ba nhà mạng lớn, FPT Telecom đạt tốc độ cố định cao nhất với 104,2 Mbps, tiếp đến là Viettel (98,1 Mbps) và VNPT (91,7 Mbps).

Trên bảng xếp hạng Speedtest Global Index của Ookla, Việt Nam đứng thứ 45 thế giới về tốc độ băng rộng cố định. Mức trung vị toàn cầu là 88,1 Mbps; Singapore dẫn đầu thế giới với 272 Mbps, Thái Lan đạt 226 Mbps.

Theo Chiến lược phát triển hạ tầng số, đến năm 2025, tốc độ truy cập băng rộng cố định trung bình phải đạt trên 200 Mbps, băng rộng di động trên 100 Mbps. Các chuyên gia dự báo tốc độ sẽ tiếp tục cải thiện khi tuyến cáp quang biển ADC đi vào khai thác cuối năm 2024.""",
        "2024-03-12",
        [
            ("fixed_broadband_speed", "national", "month", "2024-02-29", 96.5),
            ("mobile_broadband_speed", "national", "month", "2024-02-29", 47.8),
        ],
    ),
    # 21 — Cần Thơ city office's monthly report with its own date line (no sidecar date);
    #      traps: district figures (Ninh Kiều, Thới Lai), change vs January, 214 procedures and
    #      3 units not yet done (remainders), Resolution 57 targets for 2025
    (
        """ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
VĂN PHÒNG
Số: 89/BC-VPUB                       Cần Thơ, ngày 10 tháng 3 năm 2025

BÁO CÁO
Tình hình giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến tháng 02 năm 2025

1. Kết quả
Trong tháng 02/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn thành phố đạt 52,8%; tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 91,4%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 38,6%.
Khối cấp huyện: quận Ninh Kiều có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất (78,2%); huyện Thới Lai thấp nhất (29,5%).
Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố tăng 6,1 điểm phần trăm so với tháng 01/2025, nhưng vẫn thấp hơn mức trung bình của cả nước.

2. Tồn tại, hạn chế
Còn 214 thủ tục hành chính đủ điều kiện nhưng chưa phát sinh hồ sơ trực tuyến trong năm; 03 đơn vị chưa kết nối hệ thống với Cơ sở dữ liệu quốc gia về dân cư.

3. Nhiệm vụ thời gian tới
Thực hiện Nghị quyết số 57-NQ/TW, phấn đấu năm 2025: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 100% hồ sơ gắn định danh cá nhân; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 90%.

Nơi nhận:
- Thường trực Thành ủy;
- Chủ tịch, các PCT UBND thành phố;
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG""",
        None,
        [
            ("online_dossier_full_process_rate", "Cần Thơ", "month", "2025-02-28", 52.8),
            ("dossiers_with_personal_id_rate", "Cần Thơ", "month", "2025-02-28", 91.4),
            ("data_reuse_rate", "Cần Thơ", "month", "2025-02-28", 38.6),
        ],
    ),
    # 22 — Pháp luật TP.HCM on satisfaction; traps: an independent survey (61%, 37%), PAPI
    #      respondents (12%), one ministry (Bộ Tư pháp 99,1%), Resolution 66 targets for 2024;
    #      the adult-usage rate takes its date from the previous sentence; TP.HCM's 10-month
    #      satisfaction is kept under the province
    (
        """Người dân hài lòng với dịch vụ công trực tuyến ở mức nào?

Pháp luật TP.HCM – Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, tính đến hết tháng 10/2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 95,2%. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 48%.

Tuy nhiên, một khảo sát độc lập do Viện Nghiên cứu phát triển thực hiện với 3.200 người tại 6 tỉnh, thành cho thấy chỉ 61% người được hỏi hài lòng với dịch vụ công trực tuyến; 37% cho biết chưa từng nộp hồ sơ trực tuyến. Chỉ số PAPI 2023 cũng ghi nhận chỉ khoảng 12% người trả lời đã sử dụng Cổng Dịch vụ công quốc gia.

Riêng tại TP. Hồ Chí Minh, trong 10 tháng năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 97,3%. Bộ Tư pháp là bộ có tỷ lệ hài lòng cao nhất với 99,1%.

Ông Lê Minh K., chuyên gia về cải cách hành chính, cho rằng sự chênh lệch giữa số liệu hành chính và số liệu khảo sát "cần được nhìn nhận nghiêm túc". Theo Nghị quyết số 66/NQ-CP, mục tiêu năm 2024 là 90% người dân, doanh nghiệp hài lòng và 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2024-11-14",
        [
            ("satisfaction_rate", "national", "as_of", "2024-10-31", 95.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-31", 48.0),
            ("satisfaction_rate", "Hồ Chí Minh", "ytd", "2024-10-31", 97.3),
        ],
    ),
    # 23 — TTXVN's Tin tức on fibre broadband (data to end of Q1 2024, page 47 days later);
    #      traps: FTTH share of fixed subscriptions, operators' market shares, world average,
    #      Korea, Europe, year-on-year changes, 2025/2030 targets
    (
        """Việt Nam thuộc nhóm dẫn đầu thế giới về tỷ lệ hộ gia đình dùng cáp quang

Báo Tin tức (TTXVN) – Theo Cục Viễn thông, tính đến hết quý I/2024, cả nước có 22,8 triệu thuê bao băng rộng cố định, tương đương 22,7 thuê bao/100 dân; tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,7%. Số thuê bao băng rộng di động đạt 86,4 triệu, tương đương 86 thuê bao/100 dân.

Trong tổng số thuê bao băng rộng cố định, thuê bao cáp quang FTTH chiếm tới 99,3%. Viettel tiếp tục dẫn đầu thị trường với khoảng 42% thị phần, VNPT chiếm 36%, FPT Telecom chiếm 19%.

Tỷ lệ hộ gia đình dùng cáp quang của Việt Nam cao gấp gần 3 lần mức trung bình thế giới (khoảng 29%), chỉ đứng sau một số nước như Hàn Quốc (97%), Singapore và Trung Quốc. Tại châu Âu, tỷ lệ này bình quân chỉ khoảng 25%.

So với cùng kỳ năm 2023, số thuê bao băng rộng cố định tăng 9,8%, thuê bao băng rộng di động tăng 5,1%.

Cục Viễn thông đặt mục tiêu đến năm 2025, 100% hộ gia đình có nhu cầu được cung cấp cáp quang với tốc độ 1 Gbps; đến năm 2030, tỷ lệ thuê bao băng rộng cố định đạt 40 thuê bao/100 dân.""",
        "2024-05-17",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-03-31", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 22.7),
            ("ftth_household_rate", "national", "as_of", "2024-03-31", 82.7),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-03-31", 86400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 86.0),
        ],
    ),
    # 24 — Hải Phòng portal, first half of 2023; traps: dossier count, the city's own list of
    #      25 essential services, the service centre's rate and daily average, one district
    #      (Thủy Nguyên), change vs Q1, end-2023 targets; the full-process share of dossiers
    #      after "trong đó" is its own indicator
    (
        """Hải Phòng: 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình

haiphong.gov.vn – Ngày 4/7/2023, Văn phòng UBND thành phố Hải Phòng cho biết, 6 tháng đầu năm 2023, các cơ quan hành chính thành phố tiếp nhận 612.000 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 53,4%, trong đó hồ sơ trực tuyến toàn trình chiếm 21,7% tổng số hồ sơ.

Hiện 100% thủ tục hành chính đủ điều kiện đã được thành phố cung cấp dịch vụ công trực tuyến toàn trình. Thành phố đã tích hợp 25/25 dịch vụ công thiết yếu thuộc thẩm quyền của địa phương lên Cổng Dịch vụ công quốc gia.

Trung tâm Phục vụ hành chính công thành phố đạt tỷ lệ hồ sơ trực tuyến 88,1%; bình quân mỗi ngày tiếp nhận khoảng 1.250 hồ sơ. Huyện Thủy Nguyên là địa phương cấp huyện có tỷ lệ cao nhất (74,6%).

Tuy nhiên, tỷ lệ hồ sơ trực tuyến của thành phố giảm 2,3 điểm phần trăm so với quý I/2023. Thời gian tới, thành phố phấn đấu đến hết năm 2023 tỷ lệ hồ sơ trực tuyến đạt 60%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 30%.""",
        "2023-07-05",
        [
            ("online_dossier_rate", "Hải Phòng", "half", "2023-06-30", 53.4),
            ("online_dossier_full_process_rate", "Hải Phòng", "half", "2023-06-30", 21.7),
            ("full_process_provision_rate", "Hải Phòng", "as_of", "2023-06-30", 100.0),
        ],
    ),
    # 25 — VPCP conclusion notice with its own date line (no sidecar date); "Đến nay" is the
    #      meeting date (06/9/2023); traps: the 23 essential services "còn lại"/not finished,
    #      08 ministries not connected to EMC, 2023 targets, a ministry's deadline;
    #      ministries/localities splits kept
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 356/TB-VPCP                      Hà Nội, ngày 12 tháng 9 năm 2023

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tình hình triển khai Đề án 06 và cung cấp dịch vụ công trực tuyến

Ngày 06 tháng 9 năm 2023, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ, Tổ trưởng Tổ công tác chủ trì cuộc họp với các bộ, cơ quan, địa phương về tình hình triển khai Đề án 06 và cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Phó Thủ tướng kết luận:

1. Đánh giá chung
Đến nay, đã hoàn thành tích hợp, cung cấp 30/53 dịch vụ công thiết yếu theo Đề án 06 dưới hình thức toàn trình trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến trong 8 tháng đầu năm đạt 38,9%. Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 47,2%, của các địa phương đạt 51,6%.
Tuy nhiên, việc số hóa hồ sơ còn chậm; tỷ lệ cấp kết quả điện tử của khối địa phương mới đạt 34,5%; vẫn còn 23 dịch vụ công thiết yếu chưa hoàn thành; 08 bộ, ngành chưa kết nối hệ thống giải quyết thủ tục hành chính với Hệ thống EMC.

2. Nhiệm vụ thời gian tới
a) Bộ Công an, Văn phòng Chính phủ khẩn trương hoàn thành 23 dịch vụ công thiết yếu còn lại trong năm 2023.
b) Các bộ, ngành, địa phương phấn đấu đến hết năm 2023 tỷ lệ hồ sơ trực tuyến đạt 50%; 100% hồ sơ được cấp kết quả điện tử.
c) Bộ Tài chính hoàn thành kết nối Cơ sở dữ liệu quốc gia về bảo hiểm với Cổng Dịch vụ công quốc gia trước ngày 30/9/2023.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.""",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2023-09-06", 30.0),
            ("online_dossier_rate", "national", "ytd", "2023-08-31", 38.9),
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-09-06", 47.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-09-06", 51.6),
            ("e_result_rate", "localities", "as_of", "2023-09-06", 34.5),
        ],
    ),
    # 26 — Báo Hà Giang on "Sóng và máy tính cho em"; traps: devices donated (no id), the
    #      decrease of 96 villages, 39 without power (part after "Trong số"), district counts,
    #      a regional average without figure, Viettel's planned 45 stations, a youth-union
    #      survey, end-2022 targets; the province's level of 142 villages is kept
    (
        """Hà Giang: Sau một năm triển khai chương trình "Sóng và máy tính cho em"

Báo Hà Giang – Sau hơn một năm triển khai chương trình "Sóng và máy tính cho em", tỉnh Hà Giang đã tiếp nhận 6.850 máy tính bảng, máy tính xách tay để trao tặng học sinh có hoàn cảnh khó khăn.

Theo Sở Thông tin và Truyền thông, tính đến ngày 15/8/2022, toàn tỉnh còn 142 thôn, bản chưa có sóng điện thoại di động, giảm 96 thôn so với thời điểm bắt đầu chương trình. Trong số 142 thôn này, có 39 thôn chưa có điện lưới. Cùng thời điểm, tỷ lệ thôn lõm sóng có điện đã được phủ sóng đạt 71,1%.

Huyện Hoàng Su Phì và Xín Mần là hai địa phương còn nhiều thôn lõm sóng nhất, lần lượt là 34 và 29 thôn. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh mới đạt 63,8%, thấp hơn nhiều so với bình quân các tỉnh vùng trung du và miền núi phía Bắc.

Viettel Hà Giang cho biết trong năm 2022, doanh nghiệp sẽ đầu tư 45 trạm BTS mới để xóa thôn lõm sóng. Theo khảo sát của Tỉnh đoàn, khoảng 30% học sinh vùng cao chưa có thiết bị học trực tuyến.

Theo kế hoạch, đến hết năm 2022, Hà Giang phấn đấu xóa 100% thôn lõm sóng có điện và nâng tỷ lệ thuê bao sử dụng điện thoại thông minh lên 70%.""",
        "2022-08-19",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2022-08-15", 142.0),
            ("dead_zone_villages_covered_rate", "Hà Giang", "as_of", "2022-08-15", 71.1),
            ("smartphone_subscriber_rate", "Hà Giang", "as_of", "2022-08-15", 63.8),
        ],
    ),
    # 27 — Short Lao Động item on May 2025; traps: "gấp đôi cùng kỳ", a daily average per
    #      working day (no id), VNeID log-in share of new accounts, June and end-2025 targets
    (
        """Tháng 5/2025: Cổng Dịch vụ công quốc gia tiếp nhận hơn 3,1 triệu hồ sơ trực tuyến

Lao Động – Theo Văn phòng Chính phủ, trong tháng 5/2025, Cổng Dịch vụ công quốc gia tiếp nhận hơn 3,1 triệu hồ sơ trực tuyến, gấp đôi cùng kỳ năm 2024; trung bình mỗi ngày làm việc, Cổng tiếp nhận khoảng 150.000 hồ sơ. Số tài khoản đăng ký mới trong tháng đạt 1,8 triệu, trong đó khoảng 85% đăng nhập bằng tài khoản định danh điện tử VNeID.

Văn phòng Chính phủ đặt mục tiêu trong tháng 6/2025, số hồ sơ trực tuyến nộp qua Cổng vượt 3,5 triệu và đến hết năm 2025, tổng số tài khoản trên Cổng đạt 40 triệu.""",
        "2025-06-04",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 3100000.0),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 1800000.0),
        ],
    ),
    # 28 — VPCP administrative-reform bulletin, Q3 2024 table by ministries / localities /
    #      national; traps: one agency (BHXH Việt Nam 98,6%), percentage-point changes vs Q2,
    #      the Resolution 66 minimum of 50%; Bắc Ninh's rate is kept under the province
    (
        """Bản tin Cải cách hành chính quý III/2024

(Văn phòng Chính phủ) – Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử quý III/2024 được tổng hợp như sau:

| Chỉ tiêu (quý III/2024) | Khối bộ, ngành | Khối địa phương | Chung cả nước |
|---|---|---|---|
| Tỷ lệ hồ sơ xử lý trực tuyến (%) | 72,4 | 44,9 | 48,7 |
| Tỷ lệ hồ sơ cấp kết quả điện tử (%) | 88,1 | 66,3 | 69,5 |
| Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 21,8 | 33,2 | 31,6 |
| Tỷ lệ hồ sơ gắn định danh cá nhân (%) | 93,0 | 85,7 | 86,9 |

Trong khối bộ, ngành, Bảo hiểm xã hội Việt Nam có tỷ lệ hồ sơ trực tuyến cao nhất (98,6%), Bộ Quốc phòng thấp nhất. Ở khối địa phương, Bắc Ninh dẫn đầu với tỷ lệ hồ sơ xử lý trực tuyến 71,5%.

So với quý II/2024, tỷ lệ hồ sơ xử lý trực tuyến chung cả nước tăng 3,8 điểm phần trăm; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa tăng 5,1 điểm phần trăm nhưng vẫn còn thấp so với yêu cầu tại Nghị quyết số 66/NQ-CP (tối thiểu 50% trong năm 2024).

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương có chỉ số dưới mức trung bình chung khẩn trương rà soát nguyên nhân, có giải pháp khắc phục ngay trong quý IV/2024.""",
        "2024-10-15",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-09-30", 72.4),
            ("online_dossier_rate", "localities", "quarter", "2024-09-30", 44.9),
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 48.7),
            ("e_result_rate", "ministries", "quarter", "2024-09-30", 88.1),
            ("e_result_rate", "localities", "quarter", "2024-09-30", 66.3),
            ("e_result_rate", "national", "quarter", "2024-09-30", 69.5),
            ("data_reuse_rate", "ministries", "quarter", "2024-09-30", 21.8),
            ("data_reuse_rate", "localities", "quarter", "2024-09-30", 33.2),
            ("data_reuse_rate", "national", "quarter", "2024-09-30", 31.6),
            ("dossiers_with_personal_id_rate", "ministries", "quarter", "2024-09-30", 93.0),
            ("dossiers_with_personal_id_rate", "localities", "quarter", "2024-09-30", 85.7),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2024-09-30", 86.9),
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2024-09-30", 71.5),
        ],
    ),
    # 29 — Zing News on Internet and smartphone use; traps: Digital 2023 (We Are Social /
    #      Meltwater) users and share, social-media users, a Decision Lab survey of people,
    #      time online, a 2025 target for people using smartphones, Indonesia, Philippines;
    #      the official rates at end-2022 and the smartphone count (dated by the sentence
    #      before it) are kept
    (
        """Bao nhiêu người Việt dùng Internet và điện thoại thông minh?

Zing News – Báo cáo Digital 2023 của We Are Social và Meltwater vừa công bố cho thấy Việt Nam có 77,93 triệu người dùng Internet vào đầu năm 2023, tương đương 79,1% dân số; 70 triệu người dùng mạng xã hội.

Trong khi đó, theo số liệu Bộ Thông tin và Truyền thông công bố tại hội nghị tổng kết, tính đến hết năm 2022, tỷ lệ người sử dụng Internet tại Việt Nam đạt 78,6% dân số; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 81,3%. Số thuê bao sử dụng điện thoại thông minh đạt 97,8 triệu.

Một khảo sát của Decision Lab với 4.000 người cho thấy 89% người trưởng thành tại thành thị sở hữu smartphone, trong khi ở nông thôn là 78%. Trung bình mỗi người Việt dành 6 giờ 23 phút mỗi ngày để truy cập Internet.

Theo Chiến lược phát triển kinh tế số và xã hội số, mục tiêu đến năm 2025 tỷ lệ người dân sử dụng điện thoại thông minh đạt 80%. Tại Indonesia, tỷ lệ sử dụng Internet là 77%, tại Philippines là 73,1%.""",
        "2023-02-14",
        [
            ("internet_users_rate", "national", "as_of", "2022-12-31", 78.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.3),
            ("smartphone_subscriptions", "national", "as_of", "2022-12-31", 97800000.0),
        ],
    ),
    # 30 — Tạp chí Tài chính on the Ministry of Finance's 2024 results; traps: nearly every
    #      figure is one ministry's (services, full-process shares, tax filing), its score and
    #      rank 2/18, customs' single window and daily average, the Treasury's 99,8%, 2025
    #      targets; the ministries' block and national rates are kept
    (
        """Bộ Tài chính dẫn đầu các bộ, ngành về cung cấp dịch vụ công trực tuyến năm 2024

Tạp chí Tài chính – Năm 2024, Bộ Tài chính tiếp tục là một trong những bộ dẫn đầu về cải cách thủ tục hành chính và chuyển đổi số. Toàn Bộ hiện cung cấp 895 dịch vụ công trực tuyến toàn trình, chiếm 96,7% tổng số thủ tục hành chính thuộc thẩm quyền; tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,3%; 100% hồ sơ khai thuế của doanh nghiệp được nộp qua mạng.

Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024 do Văn phòng Chính phủ công bố, Bộ Tài chính đạt 88,5 điểm, xếp thứ 2/18 bộ, ngành. Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành năm 2024 đạt 68,2%; tính chung cả nước đạt 55,4%.

Tại Tổng cục Hải quan, Cơ chế một cửa quốc gia đã kết nối 13 bộ, ngành với 250 thủ tục; trung bình mỗi ngày xử lý 36.000 tờ khai. Kho bạc Nhà nước cho biết 99,8% đơn vị giao dịch đã sử dụng dịch vụ công trực tuyến.

Năm 2025, Bộ Tài chính đặt mục tiêu 100% thủ tục đủ điều kiện được cung cấp toàn trình, tỷ lệ hồ sơ trực tuyến toàn trình đạt 95%. Theo Thứ trưởng Bộ Tài chính, Bộ sẽ ưu tiên tái cấu trúc quy trình đối với các thủ tục có số lượng hồ sơ lớn trong lĩnh vực thuế, hải quan.""",
        "2025-01-20",
        [
            ("online_dossier_full_process_rate", "ministries", "year", "2024-12-31", 68.2),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 55.4),
        ],
    ),
]
