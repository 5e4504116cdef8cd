"""Genre probes, round 133: ministry press conferences and year-end reviews with dense figures, runs "lần lượt là", earlier periods compared, written blind and held out.

Held out to the end of stop 47 and not fitted: read once with the stop's start code 6a3524e (128 of 128 right, 128 of 139 found (1.00 / 0.92)) and once with its final extraction code 5bc9c80 (128 of 128, 128 of 139).
"""

CASES = [
    # 1. Whole article, monthly press conference Sept 2023: "lần lượt đạt" pair of subscriptions, smartphone share,
    #    Ookla speeds of August. Traps: revenue (no id), tăng x%/điểm phần trăm, target 85%, speed rank, Viettel's count.
    (
        """Doanh thu lĩnh vực thông tin và truyền thông 9 tháng ước đạt 2,76 triệu tỷ đồng

06/10/2023 18:05 | Kinh tế - Xã hội

(TTXVN) Chiều 6/10, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức họp báo định kỳ tháng 9/2023 để thông tin về kết quả hoạt động của ngành và trả lời câu hỏi của phóng viên.

Theo báo cáo của Văn phòng Bộ, 9 tháng đầu năm 2023, tổng doanh thu lĩnh vực thông tin và truyền thông ước đạt 2,76 triệu tỷ đồng, tăng 6,2% so với cùng kỳ năm trước; nộp ngân sách nhà nước ước đạt 58.900 tỷ đồng.

Về hạ tầng số, tính đến hết tháng 9/2023, số thuê bao băng rộng cố định và băng rộng di động lần lượt đạt 21,9 triệu và 82,3 triệu thuê bao, tăng tương ứng 8,4% và 4,1% so với cùng kỳ. Cũng đến cuối tháng 9, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,6%, tăng 2,5 điểm phần trăm so với cuối năm 2022; Bộ phấn đấu đến hết năm nay chỉ tiêu này đạt 85%.

Theo số liệu của Ookla, trong tháng 8/2023, tốc độ tải xuống trung vị của mạng băng rộng cố định Việt Nam đạt 92,8 Mbps, xếp thứ 45 thế giới; tốc độ băng rộng di động đạt 51,3 Mbps. Riêng Viettel hiện có khoảng 8,2 triệu thuê bao băng rộng cố định, chiếm gần 40% thị phần.

Trả lời câu hỏi về tình trạng SIM kích hoạt sẵn, đại diện Cục Viễn thông cho biết các doanh nghiệp đã chuẩn hóa thông tin cho hơn 1,2 triệu thuê bao trong tháng.

Minh Anh

Tin liên quan:
- Bộ TT&TT họp báo định kỳ tháng 8/2023
- Đẩy mạnh phổ cập điện thoại thông minh tới người dân""",
        "2023-10-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-09-30", 21900000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-09-30", 82300000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-09-30", 84.6),
            ("fixed_broadband_speed", "national", "month", "2023-08-31", 92.8),
            ("mobile_broadband_speed", "national", "month", "2023-08-31", 51.3),
        ],
    ),
    # 2. Press conference Oct 2023, cybersecurity block: month attacks with previous month in parentheses, botnet at
    #    month's end, approved-level shares split ministries/localities "lần lượt". Traps: parts by attack type, % change, scam reports.
    (
        """Về an toàn thông tin mạng, trong tháng 10/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.054 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 14,1% so với tháng 9/2023 (1.227 cuộc). Trong đó có 512 cuộc tấn công lừa đảo (Phishing), 398 cuộc tấn công thay đổi giao diện (Deface) và 144 cuộc tấn công cài mã độc (Malware).

Tính đến cuối tháng 10/2023, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 458.219 địa chỉ, giảm 5,7% so với tháng trước. Cục An toàn thông tin cũng đã tiếp nhận 1.360 phản ánh về lừa đảo trực tuyến qua cổng canhbao.khonggianmang.gov.vn.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, đến nay tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành và khối địa phương lần lượt đạt 75,2% và 84,6%. Bộ đề nghị các cơ quan hoàn thành phê duyệt 100% hệ thống trong năm 2023.""",
        "2023-11-03",
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1054.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1227.0),
            ("botnet_ips", "national", "as_of", "2023-10-31", 458219.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-11-03", 75.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-11-03", 84.6),
        ],
    ),
    # 3. Q1/2024 press write-up: two "lần lượt là / tương ứng" pairs ministries vs localities for dossier rates.
    #    Traps: change in điểm phần trăm vs Q4/2023, target 50% for 2024.
    (
        """Tại buổi họp báo, Cục Chuyển đổi số quốc gia cho biết, quý I/2024, tỷ lệ hồ sơ xử lý trực tuyến trên tổng số hồ sơ thủ tục hành chính của các bộ, ngành và địa phương lần lượt là 48,6% và 34,2%; tỷ lệ hồ sơ trực tuyến toàn trình tương ứng đạt 36,1% và 22,5%.

So với quý IV/2023, tỷ lệ hồ sơ trực tuyến của khối địa phương tăng 2,4 điểm phần trăm, trong khi khối bộ, ngành gần như đi ngang. Nhiều địa phương vẫn còn tình trạng hồ sơ nộp trực tuyến nhưng người dân phải đến bộ phận một cửa để bổ sung giấy tờ.

Bộ Thông tin và Truyền thông đặt mục tiêu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%, đồng thời đề nghị các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình đối với các dịch vụ công có số lượng hồ sơ lớn.""",
        "2024-04-08",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 48.6),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 34.2),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-03-31", 36.1),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-03-31", 22.5),
        ],
    ),
    # 4. Whole article, year-end review of 2023 (Hội nghị tổng kết): a year under review, undated levels at 31 Dec,
    #    EGDI 2022 rank. Traps: ICT revenue/exports (no id), "gấp 3 lần", 2024 target 18%, ASEAN rank.
    (
        """Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 của Bộ Thông tin và Truyền thông

Cập nhật: 12/01/2024 10:30

Sáng 12/1, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 với chủ đề “Tăng cường quản trị số và dữ liệu số”. Thủ tướng Chính phủ dự và phát biểu chỉ đạo.

Năm 2023, tổng doanh thu lĩnh vực thông tin và truyền thông ước đạt 3,66 triệu tỷ đồng; doanh thu công nghiệp công nghệ thông tin ước đạt 3,4 triệu tỷ đồng, xuất khẩu phần cứng, điện tử đạt khoảng 126 tỷ USD.

Kinh tế số ước chiếm 16,5% GDP, tốc độ tăng trưởng khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP. Tỷ lệ thuê bao điện thoại thông minh đạt 85,3%; tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,2%; cả nước có 22,3 triệu thuê bao băng rộng cố định. Cổng Dịch vụ công quốc gia có hơn 10,3 triệu tài khoản đăng ký.

Theo Bảng xếp hạng Chính phủ điện tử gần nhất của Liên Hợp Quốc (năm 2022), Việt Nam xếp thứ 86/193 quốc gia, đứng thứ 6 trong khu vực ASEAN.

Năm 2024, ngành đặt mục tiêu kinh tế số chiếm khoảng 18% GDP, tỷ lệ thuê bao điện thoại thông minh đạt 90%.

Phát biểu tại hội nghị, Thủ tướng ghi nhận những kết quả ngành đạt được...

Hoàng Hà - Ảnh: VGP

Chia sẻ | In bài""",
        "2024-01-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 85.3),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.2),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22300000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10300000.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 5. Đà Nẵng's own year-end 2024: share of GRDP with 2023 value in parentheses, full-process dossier rate of the year,
    #    FTTH households. Traps: DTI rank among provinces, a ward's 100%, "tăng 1,5 điểm phần trăm", 2025 target.
    (
        """ĐÀ NẴNG: CHUYỂN ĐỔI SỐ TIẾP TỤC DẪN ĐẦU

Báo cáo tại hội nghị tổng kết năm 2024 của UBND thành phố Đà Nẵng cho thấy, năm 2024, kinh tế số ước đóng góp khoảng 21,2% GRDP của thành phố, tăng 1,5 điểm phần trăm so với năm 2023 (19,7%). Đà Nẵng tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, là năm thứ năm liên tiếp giữ vị trí số 1/63.

Tỷ lệ hồ sơ trực tuyến toàn trình cả năm 2024 của thành phố đạt 78,5%, trong đó nhiều phường như Hòa Minh, Thạch Thang đạt 100%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn thành phố đạt 95,1%.

Năm 2025, thành phố phấn đấu kinh tế số đóng góp 25% GRDP và tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.""",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 21.2),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.7),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2024-12-31", 78.5),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-12-31", 95.1),
        ],
    ),
    # 6. Press conference Jan 2025: 5G stations and coverage at 31/1, January attacks vs January 2024 in parentheses.
    #    Traps: Viettel's 5G stations after "trong đó", 2025 coverage target, change in %.
    (
        """Bộ TT&TT họp báo định kỳ tháng 1/2025: 5G phủ sóng khoảng 26% dân số

Chiều 6/2, Bộ Thông tin và Truyền thông tổ chức họp báo Chính phủ định kỳ tháng 1/2025.

Về phát triển mạng 5G, tính đến ngày 31/1/2025, cả nước có khoảng 7.200 trạm BTS 5G, trong đó Viettel chiếm hơn 6.500 trạm; tỷ lệ dân số được phủ sóng 5G đạt khoảng 26%. Theo kế hoạch, đến hết năm 2025 mạng 5G sẽ phủ sóng 45% dân số, riêng VNPT dự kiến lắp đặt thêm 4.000 trạm.

Về an toàn thông tin, trong tháng 1/2025, hệ thống kỹ thuật của Cục An toàn thông tin ghi nhận 595 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 40,8% so với cùng kỳ tháng 1/2024 (1.005 cuộc).

Cũng tại buổi họp báo, Bộ thông tin về việc thực hiện sắp xếp, tinh gọn bộ máy theo Nghị quyết số 18-NQ/TW.""",
        "2025-02-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-01-31", 7200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-31", 26.0),
            ("cyberattacks", "national", "month", "2025-01-31", 595.0),
            ("cyberattacks", "national", "month", "2024-01-31", 1005.0),
        ],
    ),
    # 7. Bộ KH&CN's monthly press conference April 2025 (first after the merger): subscriptions with per-100 figures.
    #    Traps: patent applications, new startups, % change year on year, telecom revenue.
    (
        """Bộ Khoa học và Công nghệ họp báo thường kỳ tháng 4/2025

Chiều 6/5, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ tháng 4/2025, lần đầu tiên sau khi hợp nhất với Bộ Thông tin và Truyền thông.

Trong lĩnh vực sở hữu trí tuệ, tháng 4/2025 Cục Sở hữu trí tuệ tiếp nhận 1.086 đơn đăng ký sáng chế và cấp 412 văn bằng bảo hộ sáng chế.

Về hạ tầng số, tính đến hết tháng 4/2025, số thuê bao băng rộng cố định đạt 24,1 triệu, tương đương 23,8 thuê bao/100 dân; số thuê bao băng rộng di động đạt 87,9 triệu, tương đương 86,8 thuê bao/100 dân, tăng 7,2% so với cùng kỳ năm 2024. Doanh thu dịch vụ viễn thông 4 tháng ước đạt 45.300 tỷ đồng.

Thứ trưởng Bùi Hoàng Phương cho biết Bộ đang hoàn thiện dự thảo Luật Công nghiệp công nghệ số để trình Quốc hội tại kỳ họp thứ 9.""",
        "2025-05-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-04-30", 24100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-04-30", 23.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 87900000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-04-30", 86.8),
        ],
    ),
    # 8. Thừa Thiên Huế's year-end 2023: dossier rate of the year, smartphone share in the province.
    #    Traps: DTI rank 3/63, app downloads, a district's rate, 2024 target.
    (
        """Thừa Thiên Huế: Năm 2023 tạo chuyển biến rõ nét trong chuyển đổi số

Năm 2023, Thừa Thiên Huế tiếp tục nằm trong nhóm dẫn đầu cả nước về chuyển đổi số, xếp thứ 3/63 tỉnh, thành phố về Chỉ số DTI năm 2022. Nền tảng Hue-S đã có hơn 1,2 triệu lượt tải, trở thành kênh tương tác chính giữa chính quyền và người dân.

Tỷ lệ hồ sơ xử lý trực tuyến cả năm 2023 của tỉnh đạt 75,6%; huyện A Lưới, địa phương miền núi, cũng đạt 68%. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 82,4%.

Năm 2024, tỉnh phấn đấu đưa tỷ lệ hồ sơ trực tuyến lên 80% và hoàn thành phủ sóng di động các thôn, bản vùng biên giới.""",
        "2024-01-20",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 75.6),
            ("smartphone_subscriber_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 82.4),
        ],
    ),
    # 9. Quảng Ninh, 9 months of 2024: full-process dossier share and e-results (ytd). Traps: Hạ Long city's share,
    #    rank in the service index, target.
    (
        """Quảng Ninh đẩy mạnh giải quyết thủ tục hành chính trên môi trường số

9 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình của tỉnh Quảng Ninh đạt 86,2%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 98,1%. Trong đó, thành phố Hạ Long có tỷ lệ hồ sơ trực tuyến toàn trình đạt 94%, cao nhất trong 13 địa phương cấp huyện.

Quảng Ninh hiện đứng đầu khối địa phương trong Bộ chỉ số phục vụ người dân, doanh nghiệp của Văn phòng Chính phủ. Tỉnh đặt mục tiêu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%.""",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 86.2),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 98.1),
        ],
    ),
    # 10. Notice of the National Committee's meeting: three e-service rates at an explicit date, each on its own base.
    #     Traps: count of thematic resolutions, 2024 target.
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp của Ủy ban Quốc gia về chuyển đổi số

Ngày 18 tháng 3 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp ... Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Thủ tướng kết luận như sau:

1. Đánh giá chung: Thời gian qua, Chính phủ đã ban hành 06 nghị quyết chuyên đề về cắt giảm, đơn giản hóa thủ tục hành chính. Tính đến ngày 15/3/2024, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện đạt 85,2%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 46,8%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 54,1%.

2. Nhiệm vụ thời gian tới: Phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%...""",
        "2024-03-22",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-03-15", 85.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-15", 46.8),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-03-15", 54.1),
        ],
    ),
    # 11. NDXP in the August 2024 press conference: month flow, daily average in the month, July's flow in parentheses,
    #     cumulative "đến nay", connected agencies "hiện có". Trap: % change month on month.
    (
        """Về chia sẻ dữ liệu, trong tháng 8/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,6 triệu giao dịch, tăng 7% so với tháng 7/2024 (92,1 triệu giao dịch); trung bình mỗi ngày trong tháng có khoảng 3,18 triệu giao dịch. Lũy kế từ khi khai trương năm 2019 đến nay, NDXP đã thực hiện hơn 2,3 tỷ giao dịch.

Hiện có 112 bộ, ngành, địa phương và cơ quan, đơn vị đã kết nối với NDXP để chia sẻ dữ liệu phục vụ giải quyết thủ tục hành chính.""",
        "2024-09-06",
        [
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 98600000.0),
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 92100000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 3180000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-06", 2300000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-09-06", 112.0),
        ],
    ),
    # 12. Cổng DVCQG monthly figures (June 2024) then cumulative at end of June: four _new flows and four stocks.
    #     Trap: business accounts after "trong đó".
    (
        """Trong tháng 6/2024, Cổng Dịch vụ công quốc gia có thêm 486.512 tài khoản đăng ký mới, trong đó có 32.400 tài khoản của doanh nghiệp; tiếp nhận 1,92 triệu hồ sơ trực tuyến; thực hiện 2,75 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.521 tỷ đồng.

Lũy kế đến hết tháng 6/2024, Cổng Dịch vụ công quốc gia đã có 14,1 triệu tài khoản đăng ký, tiếp nhận 61,3 triệu hồ sơ trực tuyến, thực hiện 38,4 triệu giao dịch thanh toán trực tuyến với số tiền hơn 15.600 tỷ đồng.""",
        "2024-07-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-06-30", 486512.0),
            ("national_portal_dossiers_new", "national", "month", "2024-06-30", 1920000.0),
            ("online_payments_count_new", "national", "month", "2024-06-30", 2750000.0),
            ("online_payments_value_new", "national", "month", "2024-06-30", 1521.0),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 14100000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 61300000.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 38400000.0),
            ("online_payments_value", "national", "as_of", "2024-06-30", 15600.0),
        ],
    ),
    # 13. Half-year 2024 cybersecurity: H1 attacks with H1 2023 in parentheses, botnet at 30/6.
    #     Traps: ransomware cases (one kind), % change, vendor's (Kaspersky) figure.
    (
        """An toàn thông tin 6 tháng đầu năm 2024: số vụ tấn công giảm mạnh

6 tháng đầu năm 2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 4.317 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 45,7% so với cùng kỳ năm 2023 (7.948 cuộc). Đáng chú ý, đã có 23 vụ tấn công bằng mã độc tống tiền (ransomware) nhắm vào các doanh nghiệp lớn trong lĩnh vực tài chính, năng lượng, viễn thông.

Tính đến ngày 30/6/2024, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 612.350 địa chỉ, giảm khoảng 30% so với cùng thời điểm năm trước. Theo báo cáo của Kaspersky, trong nửa đầu năm, hãng đã phát hiện và ngăn chặn hơn 12 triệu cuộc tấn công trực tuyến nhắm vào người dùng tại Việt Nam.""",
        "2024-07-10",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4317.0),
            ("cyberattacks", "national", "half", "2023-06-30", 7948.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 612350.0),
        ],
    ),
    # 14. EGDI 2024 announced in September: edition's year, previous edition's rank in parentheses.
    #     Traps: "tăng 15 bậc", ASEAN rank, index score, OSI rank, Singapore's and Denmark's ranks.
    (
        """Việt Nam tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Ngày 17/9, Liên Hợp Quốc công bố Khảo sát Chính phủ điện tử năm 2024. Theo đó, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193), lần đầu tiên vào nhóm các quốc gia có chỉ số EGDI ở mức rất cao với giá trị 0,7709.

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei. Singapore xếp thứ 3 thế giới, Đan Mạch tiếp tục dẫn đầu. Riêng Chỉ số dịch vụ trực tuyến (OSI), Việt Nam xếp thứ 47.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 15. Whole article, year-end review of 2024: dense paragraph of levels at 31 Dec, share, growth, EGDI 2024.
    #     Traps: revenue, number of digital firms, ASEAN rank, 2025 targets, "tăng 1,8 điểm phần trăm".
    (
        """Năm 2024: Kinh tế số ước chiếm 18,3% GDP

Thứ Hai, 06/01/2025 - 09:15 | Lượt xem: 1.482

Sáng 6/1, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Năm 2024, tổng doanh thu lĩnh vực ước đạt 4,01 triệu tỷ đồng; cả nước có khoảng 74.000 doanh nghiệp công nghệ số. Kinh tế số ước chiếm 18,3% GDP, tăng 1,8 điểm phần trăm so với năm trước, với tốc độ tăng trưởng khoảng 20%.

Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 87,5%; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82,3%; tỷ lệ dân số sử dụng Internet đạt 78,8%. Việt Nam xếp thứ 71/193 về Chỉ số phát triển Chính phủ điện tử của Liên Hợp Quốc năm 2024, đứng thứ 5 ASEAN.

Năm 2025, ngành phấn đấu kinh tế số chiếm 20% GDP, 5G phủ sóng 45% dân số, tỷ lệ thuê bao điện thoại thông minh đạt 90%.

Hải Minh

Bình luận (0) | Gửi bài viết cho bạn bè""",
        "2025-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.5),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.3),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 78.8),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 16. Hà Nội, half year 2025: full-process share of procedures at 30/6, online and full-process dossier rates of the half.
    #     Traps: count of full-process services, DTI rank 9/63, district-level rates, target.
    (
        """Hà Nội: 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến đạt 74,3%

Theo báo cáo của UBND thành phố Hà Nội, tính đến ngày 30/6/2025, thành phố đã cung cấp 1.680 dịch vụ công trực tuyến toàn trình, chiếm 82,1% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết. 6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 74,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,7%.

Một số đơn vị cấp huyện (trước sắp xếp) như Cầu Giấy, Tây Hồ có tỷ lệ hồ sơ trực tuyến trên 90%. Năm 2024, Hà Nội xếp thứ 9/63 về Chỉ số chuyển đổi số cấp tỉnh. Thành phố đặt mục tiêu cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2025-07-04",
        [
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2025-06-30", 82.1),
            ("online_dossier_rate", "Hà Nội", "half", "2025-06-30", 74.3),
            ("online_dossier_full_process_rate", "Hà Nội", "half", "2025-06-30", 58.7),
        ],
    ),
    # 17. Bộ KH&CN press conference July 2025: 5G stock and coverage at end of July, Ookla June download speeds.
    #     Traps: upload speeds "lần lượt", speed ranks, patents granted, innovation centres.
    (
        """Họp báo thường kỳ tháng 7/2025 của Bộ Khoa học và Công nghệ diễn ra chiều 5/8. Trong tháng, Cục Sở hữu trí tuệ đã cấp 1.450 bằng độc quyền sáng chế; Bộ cũng đã thành lập 12 trung tâm đổi mới sáng tạo vùng.

Về hạ tầng số, đến hết tháng 7/2025, cả nước có khoảng 11.200 trạm 5G, tỷ lệ phủ sóng 5G đạt 39,5% dân số. Theo Ookla, tháng 6/2025, tốc độ tải xuống trung vị của mạng băng rộng di động Việt Nam đạt 146,6 Mbps, của mạng băng rộng cố định đạt 232,1 Mbps; tốc độ tải lên lần lượt đạt 56,4 Mbps và 223,5 Mbps. Việt Nam xếp thứ 16 thế giới về tốc độ di động và thứ 12 về tốc độ cố định.""",
        "2025-08-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 11200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 39.5),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 232.1),
        ],
    ),
    # 18. Đề án 06 progress: essential services full-process at 10/6, share of dossiers tied to personal ID.
    #     Traps: 47 remaining services, a province's own list 22/25, one ministry's count.
    (
        """Tại hội nghị sơ kết 6 tháng thực hiện Đề án 06, Bộ Công an cho biết, tính đến ngày 10/6/2024, các bộ, ngành, địa phương đã cung cấp trực tuyến toàn trình 29/76 dịch vụ công thiết yếu; 47 dịch vụ còn lại đang được khẩn trương hoàn thiện quy trình, kết nối dữ liệu. Bộ Tư pháp đã đưa vào vận hành 2 nhóm thủ tục hành chính liên thông.

Cũng đến ngày 10/6/2024, tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 95,6%. Ở cấp tỉnh, Hậu Giang đã tích hợp 22/25 dịch vụ công thiết yếu trong danh mục riêng của tỉnh.""",
        "2024-06-15",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-10", 29.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-06-10", 95.6),
        ],
    ),
    # 19. Chip ID cards and VNeID at 30/9/2024. Traps: level-2 accounts after "trong đó", a ward's share, 2024 target
    #     for children's cards.
    (
        """Tính đến ngày 30/9/2024, lực lượng Công an đã cấp 87,3 triệu thẻ căn cước công dân gắn chip và thẻ căn cước; kích hoạt 58,5 triệu tài khoản định danh điện tử, trong đó có 51,2 triệu tài khoản mức độ 2. Nhiều đơn vị như phường Hàng Trống (quận Hoàn Kiếm, Hà Nội) đã kích hoạt cho 100% người dân đủ điều kiện.

Bộ Công an đặt mục tiêu trong năm 2024 cấp khoảng 10 triệu thẻ căn cước cho trẻ em dưới 14 tuổi theo Luật Căn cước.""",
        "2024-10-03",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-09-30", 87300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-30", 58500000.0),
        ],
    ),
    # 20. State Bank summary at end-2023: Mobile Money customers and adults with accounts.
    #     Traps: rural customers after "trong đó", one operator's customers, transaction value (no id).
    (
        """Theo Ngân hàng Nhà nước, tính đến ngày 31/12/2023, có 6,5 triệu khách hàng đăng ký sử dụng dịch vụ Mobile Money, trong đó khoảng 4,5 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Riêng Viettel Money chiếm khoảng 3,8 triệu khách hàng. Tổng giá trị giao dịch qua Mobile Money từ khi triển khai thí điểm đạt khoảng 2.600 tỷ đồng.

Cũng đến cuối năm 2023, 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng, vượt mục tiêu 80% đề ra cho năm 2025.""",
        "2024-01-25",
        [
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6500000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
        ],
    ),
    # 21. E-invoices at 31/12/2024 since rollout. Traps: invoices with tax code and from cash registers (sub-counts),
    #     number of businesses, petrol stations.
    (
        """Tổng cục Thuế cho biết, tính đến ngày 31/12/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 8,4 tỷ hóa đơn điện tử kể từ khi triển khai trên toàn quốc từ tháng 7/2022, trong đó 2,7 tỷ hóa đơn có mã của cơ quan thuế và 1,1 tỷ hóa đơn khởi tạo từ máy tính tiền. Hiện có khoảng 1,2 triệu doanh nghiệp và tổ chức kinh tế sử dụng hóa đơn điện tử; 100% cửa hàng xăng dầu đã thực hiện xuất hóa đơn điện tử cho từng lần bán hàng.""",
        "2025-03-10",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8400000000.0),
        ],
    ),
    # 22. Dead-zone villages at 15/11/2024: covered share, villages still without coverage nationally and in Hà Giang.
    #     Traps: count of covered villages (no id), 2025 target.
    (
        """Chương trình “Sóng và máy tính cho em”: đã phủ sóng hơn 1.400 thôn, bản

Theo Cục Viễn thông, tính đến ngày 15/11/2024, các doanh nghiệp đã phủ sóng di động băng rộng cho 1.423/2.610 thôn, bản lõm sóng có điện lưới, đạt 54,5%. Tính cả các thôn chưa có điện lưới, cũng đến ngày 15/11/2024 cả nước còn 1.650 thôn, bản chưa có sóng di động băng rộng, riêng tỉnh Hà Giang còn 98 thôn.

Bộ Thông tin và Truyền thông phấn đấu đến hết năm 2025 hoàn thành phủ sóng 100% thôn, bản có điện lưới.""",
        "2024-11-28",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-15", 54.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-15", 1650.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-15", 98.0),
        ],
    ),
    # 23. Ministries vs localities full-process share "lần lượt là", national share over eligible procedures.
    #     Traps: Bộ Công an's own share, change in điểm %.
    (
        """Tính đến ngày 15/5/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của các bộ, ngành và của các địa phương lần lượt là 55,6% và 50,2%. Trên toàn quốc, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 88,4%. Dẫn đầu khối bộ, ngành là Bộ Công an với 97% thủ tục được cung cấp toàn trình. Tỷ lệ hồ sơ trực tuyến toàn trình tăng khoảng 5 điểm phần trăm so với cuối năm 2023.""",
        "2024-05-20",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-05-15", 55.6),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-05-15", 50.2),
            ("full_process_provision_rate", "national", "as_of", "2024-05-15", 88.4),
        ],
    ),
    # 24. Service index (Bộ chỉ số 766) results at 15/12/2024: e-results and data reuse, ministries vs localities.
    #     Traps: scores and ranks of VSS, Quảng Ninh, Đắk Nông; number of units assessed.
    (
        """Văn phòng Chính phủ công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024 đối với 22 bộ, ngành và 63 địa phương. Tính đến ngày 15/12/2024, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của các bộ, ngành đạt 72,4%, của các địa phương đạt 78,9%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của bộ, ngành và địa phương lần lượt là 32,5% và 40,2%.

Bảo hiểm xã hội Việt Nam dẫn đầu khối bộ, ngành với 88,6 điểm; Quảng Ninh đứng đầu khối địa phương với 90,1 điểm, trong khi Đắk Nông xếp cuối bảng với 61,3 điểm.""",
        "2024-12-20",
        [
            ("e_result_rate", "ministries", "as_of", "2024-12-15", 72.4),
            ("e_result_rate", "localities", "as_of", "2024-12-15", 78.9),
            ("data_reuse_rate", "ministries", "as_of", "2024-12-15", 32.5),
            ("data_reuse_rate", "localities", "as_of", "2024-12-15", 40.2),
        ],
    ),
    # 25. Portal-based satisfaction and adult use of online services "đến nay". Traps: 2025 target 50%, PAPI survey share.
    (
        """Theo Văn phòng Chính phủ, đến nay tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính qua đánh giá trên Cổng Dịch vụ công quốc gia đạt 88,7%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 38,5%, còn cách khá xa mục tiêu 50% vào năm 2025. Trong khi đó, khảo sát PAPI năm 2022 cho thấy chỉ 24% người trả lời từng sử dụng Cổng Dịch vụ công quốc gia.""",
        "2023-08-15",
        [
            ("satisfaction_rate", "national", "as_of", "2023-08-15", 88.7),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-08-15", 38.5),
        ],
    ),
    # 26. Fee reduction and simplified procedures "đến nay". Traps: 5 remaining provinces, 272 procedures not yet cut,
    #     number of resolutions.
    (
        """Đến nay, 58/63 tỉnh, thành phố đã có nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến; 5 địa phương còn lại đang trình Hội đồng nhân dân xem xét. Thực hiện 6 nghị quyết chuyên đề của Chính phủ, các bộ, ngành đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính liên quan đến dân cư, 272 thủ tục chưa được cắt giảm theo phương án được phê duyệt.""",
        "2024-02-29",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-02-29", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-02-29", 812.0),
        ],
    ),
    # 27. EMC connection share at an explicit date. Trap: the count 73/84 systems (no id).
    (
        """Về kết nối với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC), tính đến ngày 20/4/2024, đã có 73/84 hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối hoàn toàn với EMC, đạt tỷ lệ 86,9%. Bộ Thông tin và Truyền thông đề nghị 11 hệ thống chưa kết nối hoàn thành trước ngày 30/6/2024.""",
        "2024-04-25",
        [
            ("emc_connection_rate", "national", "as_of", "2024-04-20", 86.9),
        ],
    ),
    # 28. Year-end approved-level shares at 25/12/2023: national and split without "trong đó".
    #     Traps: protection-plan share (no id), 2024 target 100%.
    (
        """Tính đến ngày 25/12/2023, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trên toàn quốc đạt 85,3%; khối bộ, ngành đạt 80,1%, khối địa phương đạt 89,4%. Tuy nhiên, tỷ lệ hệ thống đã triển khai đầy đủ phương án bảo vệ theo hồ sơ được duyệt mới đạt 61,2%. Bộ Thông tin và Truyền thông phấn đấu trong năm 2024 có 100% hệ thống được phê duyệt cấp độ.""",
        "2023-12-28",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-25", 85.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-12-25", 80.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-12-25", 89.4),
        ],
    ),
    # 29. May 2024 press: month rates with the previous month's in parentheses and "tháng trước là".
    #     Trap: "tăng 1,2 điểm phần trăm".
    (
        """Số liệu trên Hệ thống EMC cho thấy, trong tháng 5/2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 45,1%, tăng 1,2 điểm phần trăm so với tháng 4/2024 (43,9%). Tỷ lệ hồ sơ trực tuyến toàn trình tháng 5 đạt 30,7%, tháng trước là 29,8%.

Ở khối bộ, ngành, Bộ Tài chính có tỷ lệ hồ sơ trực tuyến cao nhất với 89,5%. Bộ Thông tin và Truyền thông nhấn mạnh, để đạt mục tiêu 50% hồ sơ trực tuyến trong năm 2024, các địa phương cần tái cấu trúc quy trình, tránh tình trạng “trực tuyến nửa vời” khi người dân vẫn phải nộp bản giấy.""",
        "2024-06-06",
        [
            ("online_dossier_rate", "national", "month", "2024-05-31", 45.1),
            ("online_dossier_rate", "national", "month", "2024-04-30", 43.9),
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 30.7),
            ("online_dossier_full_process_rate", "national", "month", "2024-04-30", 29.8),
        ],
    ),
    # 30. Ookla March 2024 with other countries: Singapore's and Thailand's speeds, upload speed, ranks are traps.
    (
        """Theo Speedtest Global Index tháng 3/2024 của Ookla, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 95,2 Mbps, xếp thứ 42 thế giới; tốc độ băng rộng di động đạt 47,8 Mbps, xếp thứ 54. Tốc độ tải lên của mạng cố định đạt 91,5 Mbps.

Trong khu vực, Singapore dẫn đầu thế giới về tốc độ cố định với 283 Mbps, Thái Lan đạt 225 Mbps, còn Campuchia chỉ khoảng 30 Mbps.""",
        "2024-04-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-03-31", 95.2),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 47.8),
        ],
    ),
    # 31. Bắc Giang half-year 2024: province dossier rate. Traps: Lục Nam district, % change, DTI rank 14/63, target 80%.
    (
        """BẮC GIANG – 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến trên địa bàn toàn tỉnh đạt 72,3%, tăng 18,4% so với cùng kỳ năm trước. Trong đó, huyện Lục Nam là địa phương có tỷ lệ cao nhất với 85,1%. Bắc Giang hiện xếp thứ 14/63 về Chỉ số chuyển đổi số cấp tỉnh. Tỉnh phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến đạt 80%.""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Bắc Giang", "half", "2024-06-30", 72.3),
        ],
    ),
    # 32. No sidecar: a ministry report dated in its own text, NDXP figures at 31/01/2024 and January's flow.
    #     Trap: the number of the report and count of agencies expected to connect (plan).
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 45/BC-BTTTT
Hà Nội, ngày 05 tháng 02 năm 2024

BÁO CÁO
Tình hình triển khai Nền tảng tích hợp, chia sẻ dữ liệu quốc gia tháng 01/2024

Tính đến ngày 31/01/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 105 bộ, ngành, địa phương và cơ quan, đơn vị; lũy kế số giao dịch từ năm 2019 đạt 1,79 tỷ giao dịch. Trong tháng 01/2024, NDXP ghi nhận 80,4 triệu giao dịch. Dự kiến trong quý I/2024 sẽ kết nối thêm 6 cơ quan.""",
        None,
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-01-31", 105.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-01-31", 1790000000.0),
            ("ndxp_transactions_period", "national", "month", "2024-01-31", 80400000.0),
        ],
    ),
    # 33. No sidecar: Cục ATTT's conference of 10/01/2023 reviewing 2022: year attacks, botnet at 31/12/2022.
    #     Traps: % change vs 2021, a US figure.
    (
        """Ngày 10/01/2023, tại Hà Nội, Cục An toàn thông tin tổ chức hội nghị tổng kết công tác năm 2022.

Năm 2022, hệ thống kỹ thuật của Cục đã ghi nhận 12.166 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,3% so với năm 2021. Tính đến ngày 31/12/2022, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 705.392 địa chỉ. Để so sánh, theo FBI, riêng tại Mỹ năm 2022 đã có hơn 800.000 khiếu nại liên quan đến tội phạm mạng.""",
        None,
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12166.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 705392.0),
        ],
    ),
    # 34. Bộ KH&CN press conference on 9 months of 2025: ytd portal dossiers and full-process rate with last year's
    #     same period, Q3 attacks. Traps: patent applications, GII rank 44/139, % change.
    (
        """Bộ Khoa học và Công nghệ: Kết quả 9 tháng năm 2025

Tại họp báo thường kỳ quý III/2025 chiều 7/10, đại diện Bộ Khoa học và Công nghệ cho biết, 9 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 28,6 triệu hồ sơ trực tuyến, tăng 21% so với cùng kỳ. Tỷ lệ hồ sơ trực tuyến toàn trình 9 tháng đạt 52,4%, trong khi cùng kỳ năm 2024 chỉ đạt 38,1%.

Quý III/2025, hệ thống kỹ thuật ghi nhận 1.530 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Về khoa học, công nghệ và đổi mới sáng tạo, 9 tháng qua Cục Sở hữu trí tuệ tiếp nhận 8.120 đơn đăng ký sáng chế; Việt Nam xếp thứ 44/139 trong Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2025.""",
        "2025-10-07",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-09-30", 28600000.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 52.4),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-09-30", 38.1),
            ("cyberattacks", "national", "quarter", "2025-09-30", 1530.0),
        ],
    ),
    # 35. Whole article, Bộ KH&CN year-end review of 2025: 5G stock and coverage, share of GDP, smartphone share.
    #     Traps: 15.000 new stations in the year (flow), GII rank, revenue, 2026 targets.
    (
        """Tổng kết năm 2025: Hạ tầng 5G phủ sóng 91% dân số

Thứ Sáu, 09/01/2026 - 16:20

Chiều 9/1, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, các doanh nghiệp viễn thông đã phát triển mới khoảng 15.000 trạm 5G, nâng tổng số trạm 5G trên cả nước lên hơn 22.500 trạm; mạng 5G phủ sóng tới 91% dân số. Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 91,2%. Tỷ trọng kinh tế số trong GDP ước đạt 19,5%. Doanh thu công nghiệp công nghệ số ước đạt 180 tỷ USD; Việt Nam xếp thứ 44/139 về Chỉ số Đổi mới sáng tạo toàn cầu.

Năm 2026, Bộ đặt mục tiêu kinh tế số chiếm 22% GDP và tỷ lệ thuê bao điện thoại thông minh đạt 95%.

PV

Từ khóa: tổng kết, 5G, kinh tế số""",
        "2026-01-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 22500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 91.2),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
        ],
    ),
    # 36. Operator-heavy page with one national stock at 31/7/2024. Traps: VNPT's smartphone share, Viettel's and
    #     FPT's subscriptions, market share.
    (
        """Cuộc đua băng rộng cố định: Viettel, VNPT, FPT chia nhau thị phần

Tính đến ngày 31/7/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định. Trong đó, Viettel có khoảng 9,4 triệu thuê bao, VNPT khoảng 7,8 triệu và FPT Telecom khoảng 4,5 triệu. Theo VNPT, tỷ lệ thuê bao VinaPhone sử dụng điện thoại thông minh đã đạt 90%, cao hơn mức chung của thị trường. Ba nhà mạng lớn chiếm tổng cộng hơn 90% thị phần băng rộng cố định.""",
        "2024-08-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-07-31", 23100000.0),
        ],
    ),
    # 37. Half-year 2023 press conference: dossier rates by ministries/localities "lần lượt là", full-process share at
    #     30/6, H1 attacks. Traps: % change, target.
    (
        """Tại họp báo định kỳ tháng 6/2023 chiều 6/7, Bộ Thông tin và Truyền thông cho biết, 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành và địa phương lần lượt là 38,9% và 22,4%. Tính đến ngày 30/6/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 42,3%.

Cũng trong 6 tháng đầu năm 2023, đã ghi nhận 7.948 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với cùng kỳ năm 2022. Bộ phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến của khối địa phương đạt 30%.""",
        "2023-07-07",
        [
            ("online_dossier_rate", "ministries", "half", "2023-06-30", 38.9),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 22.4),
            ("dvctt_full_process_rate", "national", "as_of", "2023-06-30", 42.3),
            ("cyberattacks", "national", "half", "2023-06-30", 7948.0),
        ],
    ),
    # 38. Bình Dương year-end 2024: province share of GRDP and FTTH households. Traps: DTI rank 8/63, Thủ Dầu Một's figure,
    #     2025 target.
    (
        """Bình Dương: kinh tế số chiếm 13,4% GRDP

Năm 2024, kinh tế số của tỉnh Bình Dương ước chiếm 13,4% GRDP; tỷ lệ hộ gia đình có kết nối băng rộng cáp quang đạt 92,6%. Thành phố Thủ Dầu Một dẫn đầu tỉnh với tỷ lệ hộ gia đình sử dụng cáp quang 98%. Bình Dương xếp thứ 8/63 về Chỉ số chuyển đổi số cấp tỉnh năm 2023 và đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2025.""",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "Bình Dương", "year", "2024-12-31", 13.4),
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 92.6),
        ],
    ),
    # 39. Half-year 2025 national review (Bộ KH&CN): half-year share of GDP, new portal accounts in the half,
    #     internet users at 30/6. Traps: 34 provinces (count), target, change.
    (
        """6 tháng đầu năm 2025, tỷ trọng kinh tế số trong GDP ước đạt 18,7%. Cũng trong 6 tháng, Cổng Dịch vụ công quốc gia có thêm 3,1 triệu tài khoản đăng ký mới, tăng 35% so với cùng kỳ. Tính đến ngày 30/6/2025, tỷ lệ dân số sử dụng Internet đạt 80,2%.

Từ ngày 1/7/2025, cả nước có 34 tỉnh, thành phố sau sắp xếp; Bộ Khoa học và Công nghệ đặt mục tiêu bảo đảm 100% thủ tục hành chính cấp xã được cung cấp trực tuyến ngay từ ngày đầu vận hành chính quyền hai cấp.""",
        "2025-07-10",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7),
            ("national_portal_accounts_new", "national", "half", "2025-06-30", 3100000.0),
            ("internet_users_rate", "national", "as_of", "2025-06-30", 80.2),
        ],
    ),
    # 40. Press conference January 2023: month attacks with December in parentheses, new portal accounts of the month,
    #     smartphone share at end of January. Traps: % change, Viettel's 5G trial.
    (
        """Họp báo định kỳ tháng 1/2023: Nhiều chỉ số chuyển đổi số tiếp tục cải thiện

Trong tháng 1/2023, Cục An toàn thông tin ghi nhận 1.057 cuộc tấn công mạng gây sự cố, giảm 12,9% so với tháng 12/2022 (1.213 cuộc). Cổng Dịch vụ công quốc gia trong tháng có thêm 250.400 tài khoản đăng ký mới. Đến hết tháng 1/2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 82,3%. Viettel tiếp tục thử nghiệm 5G tại 6 tỉnh, thành phố.""",
        "2023-02-08",
        [
            ("cyberattacks", "national", "month", "2023-01-31", 1057.0),
            ("cyberattacks", "national", "month", "2022-12-31", 1213.0),
            ("national_portal_accounts_new", "national", "month", "2023-01-31", 250400.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-01-31", 82.3),
        ],
    ),
    # 41. Ranking of provinces on full-process dossier shares over 11 months: "lần lượt là" of three provinces,
    #     the lowest province, national figure. Traps: Bộ Công an's share, rank words.
    (
        """Theo số liệu trên Hệ thống EMC, 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 41,3%. Ba địa phương dẫn đầu là Bắc Ninh, Quảng Ninh và Đà Nẵng với tỷ lệ lần lượt là 75,2%, 70,1% và 68,4%; địa phương có tỷ lệ thấp nhất là Kon Tum với 18,2%. Ở khối bộ, ngành, Bộ Công an tiếp tục dẫn đầu với 95%.""",
        "2024-12-10",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2024-11-30", 41.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "ytd", "2024-11-30", 75.2),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-11-30", 70.1),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2024-11-30", 68.4),
            ("online_dossier_full_process_rate", "Kon Tum", "ytd", "2024-11-30", 18.2),
        ],
    ),
    # 42. February 2024 press conference with an explicit window (21/01-20/02): new accounts and NDXP daily average in
    #     that window. Trap: % change.
    (
        """Trong tháng 2/2024 (từ ngày 21/01/2024 đến ngày 20/02/2024), Cổng Dịch vụ công quốc gia có thêm 1,1 triệu tài khoản đăng ký mới, tăng 32% so với tháng trước; trong cùng khoảng thời gian này, Nền tảng NDXP có trung bình mỗi ngày 2,9 triệu giao dịch.

Theo Cục Chuyển đổi số quốc gia, lượng tài khoản tăng mạnh chủ yếu do người dân thực hiện thủ tục trước dịp Tết Nguyên đán và việc đăng nhập bằng tài khoản định danh điện tử VNeID được mở rộng trên Cổng.""",
        "2024-03-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-02-20", 1100000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-20", 2900000.0),
        ],
    ),
    # 43. Huế (city from 2025), 11 months of 2025: its online dossier rate. Traps: rank 1/34 in the service index,
    #     a ward's figure, target.
    (
        """Thành phố Huế: Tỷ lệ hồ sơ trực tuyến 11 tháng đạt 88%

11 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố Huế đạt 88%. Huế hiện xếp thứ 1/34 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp. Phường Thuận Hóa có tỷ lệ hồ sơ trực tuyến đạt 97%. Thành phố phấn đấu năm 2026 đạt 95%.""",
        "2025-12-05",
        [
            ("online_dossier_rate", "Huế", "ytd", "2025-11-30", 88.0),
        ],
    ),
    # 44. Q1/2023 press write-up published 10 days after the quarter: "hiện nay" is the page's date.
    #     Traps: Q1 revenue, % change, 2023 target.
    (
        """Quý I/2023, doanh thu lĩnh vực thông tin và truyền thông ước đạt 867.000 tỷ đồng, tăng 7,8% so với cùng kỳ. Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 40,5%. Bộ phấn đấu năm 2023 nâng tỷ lệ này lên 50%. Trong quý, Bộ đã ban hành 12 văn bản hướng dẫn các bộ, ngành, địa phương về tái cấu trúc quy trình và chuẩn hóa dữ liệu thủ tục hành chính.""",
        "2023-04-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-04-10", 40.5),
        ],
    ),
]
