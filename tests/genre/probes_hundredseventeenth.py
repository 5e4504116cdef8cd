"""Genre probes, round 117: whose figure and which indicator (national, groups, one province, one ministry, one operator, a district, a merged province's former part, abroad, a survey side by side; neighbouring indicators), 2022–2026, written blind.

First reading (the stop's start code 15b33c0 read it): 145 of 158 right, 145 of 164 found (0.92 / 0.88). Fitted after that reading (stop 45): a reporting ministry named as the one that has a figure, units under a ministry, a province named the locality that has it, a lead opening on its day then its province, the country's average with its time, a rate "của Bộ" after a reporting ministry, a running count whose span names its month: 152 of 154, 152 of 164. Left: "Nếu tính trên tổng số thủ tục hành chính, tỷ lệ này đạt 53,4% (…)" (a share named back on another base), "tỷ lệ chung" after a skipped ministry's figure, NDXP's month beside a ministry's system in the same window.
"""

CASES = [
    # 1. Chinhphu.vn-style summary of the May 2023 report: national / ministries / localities online dossier
    # rate and the leading province. Traps: 21-point gap, two named ministries, a district, a survey share, 50% target.
    (
        """Trang chủ > Chuyển đổi số > Chính phủ số

Tỷ lệ hồ sơ trực tuyến tháng 5/2023: khối địa phương vẫn là điểm nghẽn

09/06/2023 08:15 | Chia sẻ | In bài

(Chinhphu.vn) - Báo cáo tình hình chuyển đổi số tháng 5/2023 của Bộ Thông tin và Truyền thông cho thấy tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 38,6%. Cụ thể, khối bộ, ngành đạt 52,1%, khối địa phương đạt 30,4%, chênh lệch gần 21 điểm phần trăm.

Ở khối bộ, Bộ Tài chính tiếp tục giữ vị trí dẫn đầu với 97,2% hồ sơ được xử lý trực tuyến, tiếp theo là Bộ Công Thương với 91,5%. Ở khối địa phương, Bình Dương là tỉnh có tỷ lệ cao nhất với 86,3%, trong khi nhiều tỉnh miền núi phía Bắc vẫn ở mức dưới 10%.

Một số đơn vị cấp huyện đã đạt kết quả vượt trội: huyện Đức Trọng (Lâm Đồng) đạt 94,7% hồ sơ trực tuyến nhờ triển khai tổ công nghệ số cộng đồng tới từng thôn, tổ dân phố.

Tuy vậy, theo khảo sát nhanh của một viện nghiên cứu chính sách với 1.200 người dân tại 6 tỉnh, thành phố, chỉ 27,5% người được hỏi cho biết đã từng tự nộp hồ sơ trực tuyến.

Bộ TT&TT đề nghị các địa phương phấn đấu đạt tỷ lệ 50% hồ sơ trực tuyến ngay trong năm 2023 theo Nghị quyết 01/NQ-CP của Chính phủ.

Thanh Quang

TIN LIÊN QUAN
- Đẩy mạnh tổ công nghệ số cộng đồng ở vùng sâu, vùng xa
- Thủ tướng chủ trì phiên họp Ủy ban Quốc gia về chuyển đổi số
Từ khóa: chuyển đổi số, dịch vụ công trực tuyến, hồ sơ trực tuyến""",
        "2023-06-09",
        [
            ("online_dossier_rate", "national", "month", "2023-05-31", 38.6),
            ("online_dossier_rate", "ministries", "month", "2023-05-31", 52.1),
            ("online_dossier_rate", "localities", "month", "2023-05-31", 30.4),
            ("online_dossier_rate", "Bình Dương", "month", "2023-05-31", 86.3),
        ],
    ),
    # 2. ICT press note on NDXP in February 2024: period total vs daily average vs running total,
    # connected agencies and connection points. Traps: rounded headline, a province's LGSP count,
    # population-database requests (no id), month-on-month fall, a yearly target.
    (
        """NDXP xử lý hơn 74 triệu giao dịch trong tháng 2/2024

Theo Bộ Thông tin và Truyền thông, trong tháng 2/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 74,6 triệu giao dịch, giảm 8,1% so với tháng 1 do kỳ nghỉ Tết Nguyên đán kéo dài. Bình quân mỗi ngày trong tháng 2/2024, NDXP xử lý 2,57 triệu giao dịch.

Tính từ khi khai trương vào tháng 11/2019 đến hết ngày 29/02/2024, tổng số giao dịch qua NDXP đạt 2,93 tỷ. Cũng tính đến cuối tháng 2/2024, đã có 106 bộ, ngành, địa phương, cơ quan, tổ chức kết nối với NDXP, với tổng cộng 4.120 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Ở cấp địa phương, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Quảng Ninh ghi nhận 3,4 triệu giao dịch trong tháng, cao nhất cả nước. Cơ sở dữ liệu quốc gia về dân cư tiếp tục là nguồn dữ liệu được khai thác nhiều nhất, với hơn 1,1 tỷ yêu cầu xác thực kể từ khi đưa vào vận hành.

Năm 2024, Bộ TT&TT đặt mục tiêu NDXP đạt bình quân 3 triệu giao dịch mỗi ngày.""",
        "2024-03-12",
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 74600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2570000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-02-29", 2930000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-29", 106.0),
            ("ndxp_connection_points", "national", "as_of", "2024-02-29", 4120.0),
        ],
    ),
    # 3. Portal figures for June 2024: new accounts vs cumulative accounts, dossiers of the month vs running
    # total, payments of the month / of the half / since launch. Traps: "trong đó" business accounts, an online poll share, a bank's share.
    (
        """Cổng Dịch vụ công quốc gia có thêm gần 1,1 triệu tài khoản trong tháng 6

Trong tháng 6/2024, Cổng Dịch vụ công quốc gia có thêm 1,08 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên 13,64 triệu tính đến ngày 30/6/2024, trong đó có 612.000 tài khoản của doanh nghiệp.

Cũng trong tháng 6/2024, Cổng tiếp nhận 2,35 triệu hồ sơ trực tuyến; lũy kế từ khi khai trương đến hết tháng 6/2024, Cổng đã tiếp nhận 71,2 triệu hồ sơ.

Về thanh toán trực tuyến, trong tháng 6 có 1,46 triệu giao dịch với số tiền 1.052 tỷ đồng. Tính chung 6 tháng đầu năm 2024, Cổng ghi nhận 7,9 triệu giao dịch thanh toán trực tuyến. Lũy kế từ khi triển khai đến ngày 30/6/2024 đạt 46,8 triệu giao dịch, tổng số tiền 24.910 tỷ đồng. Riêng một ngân hàng thương mại nhà nước chiếm tới 31% số giao dịch.

Một cuộc thăm dò trực tuyến do một tờ báo điện tử thực hiện với hơn 5.000 độc giả cho thấy 41% người trả lời chưa từng đăng nhập Cổng.""",
        "2024-07-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-06-30", 1080000.0),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 13640000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-06-30", 2350000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 71200000.0),
            ("online_payments_count_new", "national", "month", "2024-06-30", 1460000.0),
            ("online_payments_value_new", "national", "month", "2024-06-30", 1052.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 7900000.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 46800000.0),
            ("online_payments_value", "national", "as_of", "2024-06-30", 24910.0),
        ],
    ),
    # 4. Press piece (after the July 2025 merger) on 5G: national stations vs population coverage, the merged
    # Đà Nẵng's stations. Traps: one operator's stations, the former Quảng Nam part, a ward, Thailand, end-2025 targets.
    (
        """Cả nước có hơn 12.400 trạm 5G, vùng phủ đạt khoảng một phần ba dân số

Theo Bộ Khoa học và Công nghệ, tính đến hết tháng 9/2025, cả nước có 12.460 trạm phát sóng 5G đang hoạt động, vùng phủ sóng 5G đạt 34,5% dân số. Trong số này, riêng Viettel đã phát sóng hơn 8.000 trạm, phần còn lại thuộc VNPT và MobiFone.

Tại TP Đà Nẵng (sau hợp nhất với tỉnh Quảng Nam), đến ngày 30/9/2025 có 690 trạm 5G; riêng khu vực tỉnh Quảng Nam cũ mới có 142 trạm, chủ yếu tại Tam Kỳ và Hội An. Phường Hải Châu là địa bàn đầu tiên của thành phố được phủ sóng 5G toàn bộ.

So với khu vực, tốc độ triển khai 5G của Việt Nam vẫn đi sau: Thái Lan hiện đã phủ sóng 5G cho khoảng 88% dân số.

Bộ KH&CN yêu cầu các doanh nghiệp viễn thông phấn đấu đến cuối năm 2025 đạt 20.000 trạm 5G và phủ sóng 90% dân số.""",
        "2025-10-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 12460.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 34.5),
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-09-30", 690.0),
        ],
    ),
    # 5. Ookla-based speed report for October 2024: fixed vs mobile download. Traps: upload speeds, ranks,
    # Singapore's speed, one operator's i-Speed figure, year-on-year growth.
    (
        """Tốc độ Internet tháng 10/2024: băng rộng cố định vượt 158 Mbps

Theo dữ liệu Speedtest Global Index của Ookla, trong tháng 10/2024, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 158,6 Mbps, tăng 12,3% so với cùng kỳ năm trước; tốc độ tải xuống trung vị của mạng băng rộng di động đạt 56,4 Mbps.

Ở chiều tải lên, tốc độ tương ứng là 150,2 Mbps với mạng cố định và 20,1 Mbps với mạng di động. Việt Nam xếp thứ 37 thế giới về tốc độ băng rộng cố định và thứ 57 về tốc độ di động. Singapore tiếp tục dẫn đầu thế giới về mạng cố định với 292,4 Mbps.

Theo hệ thống đo kiểm i-Speed của Trung tâm Internet Việt Nam (VNNIC), nhà mạng Viettel có tốc độ di động trung bình cao nhất trong tháng, đạt 68,3 Mbps.""",
        "2024-11-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 158.6),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 56.4),
        ],
    ),
    # 6. Year-end 2024 telecom figures: fixed / mobile broadband subscriptions vs per-100 density, smartphone share.
    # Traps: total mobile subscriptions (no id), "trong đó" fibre share, one operator's count, yearly increase, 2025 target.
    (
        """Tính đến hết năm 2024, cả nước có 24,1 triệu thuê bao băng rộng cố định, tương đương 23,8 thuê bao/100 dân, tăng 1,6 triệu thuê bao so với cuối năm 2023; trong đó 99,2% là thuê bao cáp quang. Riêng VNPT đang cung cấp dịch vụ cho khoảng 9,2 triệu thuê bao cố định.

Cùng thời điểm, số thuê bao băng rộng di động đạt 88,7 triệu, tương ứng 87,6 thuê bao/100 dân, trên tổng số 127,5 triệu thuê bao di động. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,4%.

Năm 2025, ngành phấn đấu đạt 30 thuê bao băng rộng cố định/100 dân và 95 thuê bao băng rộng di động/100 dân.""",
        "2025-02-05",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88700000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 87.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.4),
        ],
    ),
    # 7. Provincial portal page of Bắc Giang (pre-merger), nine months of 2024: the province's rates plus the national
    # nine-month rate given for comparison. Traps: a district's rate, full-process level vs dossiers, 80% target.
    (
        """BẮC GIANG: 9 THÁNG NĂM 2024, TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẠT 78,5%

Cổng TTĐT tỉnh - Theo Sở Thông tin và Truyền thông, 9 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Bắc Giang đạt 78,5%, cao hơn nhiều so với mức bình quân của cả nước trong 9 tháng là 44,1%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 92,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 48,7%.

Tính đến ngày 30/9/2024, tỉnh cung cấp 1.284 dịch vụ công trực tuyến toàn trình, chiếm 56,2% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền tỉnh.

Trong các huyện, thị xã, thành phố, huyện Lục Nam có tỷ lệ hồ sơ trực tuyến cao nhất với 91,2%; thấp nhất là huyện Sơn Động với 61,4%.

Tỉnh phấn đấu đến hết năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%.

Thu Hà""",
        "2024-10-10",
        [
            ("online_dossier_rate", "Bắc Giang", "ytd", "2024-09-30", 78.5),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 44.1),
            ("e_result_rate", "Bắc Giang", "ytd", "2024-09-30", 92.3),
            ("data_reuse_rate", "Bắc Giang", "ytd", "2024-09-30", 48.7),
            ("dvctt_full_process_rate", "Bắc Giang", "as_of", "2024-09-30", 56.2),
        ],
    ),
    # 8. Tuyên Quang after its merger with Hà Giang, third quarter of 2025: the merged province's dossier rates.
    # Traps: the former Hà Giang part, a commune's rate, dossier count (no id), commune count, year-end target.
    (
        """Tuyên Quang: Quý III/2025, tỷ lệ hồ sơ trực tuyến đạt 71,6%

Báo Tuyên Quang - Quý III/2025 là quý đầu tiên tỉnh Tuyên Quang mới (hợp nhất từ hai tỉnh Tuyên Quang và Hà Giang) vận hành mô hình chính quyền địa phương hai cấp. Trong quý, toàn tỉnh tiếp nhận 412.500 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh trong quý III/2025 đạt 71,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%.

Riêng khu vực tỉnh Hà Giang cũ, tỷ lệ hồ sơ trực tuyến mới đạt 58,2% do hạ tầng mạng ở các xã vùng cao còn hạn chế. Trong số 124 xã, phường, xã Minh Xuân dẫn đầu với 96,4%.

Tỉnh đặt mục tiêu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80% trở lên.

Hoàng Anh""",
        "2025-10-08",
        [
            ("online_dossier_rate", "Tuyên Quang", "quarter", "2025-09-30", 71.6),
            ("online_dossier_full_process_rate", "Tuyên Quang", "quarter", "2025-09-30", 38.9),
        ],
    ),
    # 9. Press summary of a government review (May 2024): eligible vs all procedures full-process, ministries /
    # localities split, essential services of Đề án 06. Traps: remaining services, one ministry's share, 2024 target.
    (
        """Tính đến ngày 15/5/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 89,2%. Nếu tính trên tổng số thủ tục hành chính, tỷ lệ này đạt 53,4% (khối bộ, ngành 58,1%; khối địa phương 49,6%).

Đối với 76 dịch vụ công thiết yếu theo Đề án 06, đã có 45/76 dịch vụ được cung cấp toàn trình trên Cổng Dịch vụ công quốc gia; 31 dịch vụ còn lại đang được các bộ, ngành hoàn thiện quy trình. Bộ Công an là đơn vị có tỷ lệ cao nhất với 97% thủ tục hành chính được cung cấp toàn trình.

Thủ tướng yêu cầu trong năm 2024 phải hoàn thành cung cấp toàn trình toàn bộ 76 dịch vụ công thiết yếu.""",
        "2024-05-20",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-05-15", 89.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-15", 53.4),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-05-15", 58.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-05-15", 49.6),
            ("essential_services_full_process", "national", "as_of", "2024-05-15", 45.0),
        ],
    ),
    # 10. UN E-Government Survey 2024 news: Viet Nam's rank in 2024 and the 2022 edition in parentheses.
    # Traps: rise in places, Thailand / Malaysia ranks, EGDI and OSI scores (no id).
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Theo kết quả Khảo sát Chính phủ điện tử năm 2024 (E-Government Survey 2024) do Liên Hợp Quốc công bố ngày 17/9, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193). Lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI ở mức rất cao, với giá trị 0,7709.

Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7564, cao hơn mức trung bình thế giới. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia (xếp thứ 47), Thái Lan (xếp thứ 52) và Brunei.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 11. Monthly information-security summary, September 2023: attacks of the month vs nine-month total,
    # botnet IPs, approved security-level dossiers, one province's approval rate. Traps: a security
    # firm's count, one ministry's 100%, percentage changes.
    (
        """An toàn thông tin tháng 9/2023: hơn 1.000 cuộc tấn công mạng

Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 9/2023 đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.036 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 9,4% so với tháng 8. Lũy kế 9 tháng đầu năm 2023, tổng số cuộc tấn công mạng gây sự cố là 9.540 cuộc.

Số địa chỉ IP Việt Nam nằm trong các mạng botnet tính đến cuối tháng 9/2023 là khoảng 640.000 địa chỉ, giảm 5,2% so với tháng trước. Cũng đến cuối tháng 9/2023, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 65,3%; Nghệ An là một trong số ít địa phương đã phê duyệt 100% hồ sơ đề xuất cấp độ. Ở khối bộ, Bộ Tư pháp cũng đã hoàn thành phê duyệt 100%.

Trong khi đó, theo thống kê riêng của một công ty an ninh mạng, 9 tháng qua đã có hơn 13.900 cuộc tấn công nhắm vào các hệ thống thông tin của Việt Nam.""",
        "2023-10-12",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1036.0),
            ("cyberattacks", "national", "ytd", "2023-09-30", 9540.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 640000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-09-30", 65.3),
            ("info_systems_level_approved_rate", "Nghệ An", "as_of", "2023-09-30", 100.0),
        ],
    ),
    # 12. Article on the 2023 digital economy: national share of GDP and growth, one province's share of GRDP.
    # Traps: e-Conomy SEA (vendor) Internet economy value and growth, Indonesia's share, 2025/2030 targets.
    (
        """Kinh tế số năm 2023 chiếm 16,5% GDP

Theo số liệu của Bộ Thông tin và Truyền thông, năm 2023, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 16,5%, tốc độ tăng trưởng kinh tế số đạt khoảng 20%, gấp ba lần tốc độ tăng trưởng GDP.

Ở cấp địa phương, Bắc Ninh là tỉnh có tỷ trọng kinh tế số trong GRDP cao nhất cả nước, đạt 30,2% năm 2023, nhờ đóng góp lớn của ngành sản xuất thiết bị điện tử.

Báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính quy mô nền kinh tế Internet của Việt Nam đạt 30 tỷ USD, tăng 19% so với năm 2022; trong khu vực, Indonesia có tỷ trọng kinh tế số khoảng 10% GDP.

Mục tiêu đặt ra là kinh tế số đạt 20% GDP vào năm 2025 và 30% GDP vào năm 2030.""",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 30.2),
        ],
    ),
    # 13. Report excerpt, July 2023: smartphone share of subscriptions vs count, FTTH households.
    # Traps: survey share of adults owning a smartphone, remaining 2G subscriptions, end-2023 target, an operator's sales.
    (
        """Tính đến hết tháng 7/2023, tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 84,1%, tương ứng 104,6 triệu thuê bao smartphone; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 77,4%.

Vẫn còn khoảng 19,8 triệu thuê bao chỉ sử dụng điện thoại phổ thông 2G, tập trung ở vùng sâu, vùng xa. Theo một khảo sát của công ty nghiên cứu thị trường Decision Lab, 93% người trưởng thành tại các đô thị lớn đã sở hữu điện thoại thông minh.

Bộ TT&TT phấn đấu đến cuối năm 2023 đạt tỷ lệ 85% thuê bao di động sử dụng điện thoại thông minh. Riêng MobiFone đã hỗ trợ chuyển đổi hơn 450.000 thuê bao 2G sang smartphone trong 7 tháng.""",
        "2023-08-15",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2023-07-31", 84.1),
            ("smartphone_subscriptions", "national", "as_of", "2023-07-31", 104600000.0),
            ("ftth_household_rate", "national", "as_of", "2023-07-31", 77.4),
        ],
    ),
    # 14. Year-end 2024 news on mobile dead zones: villages still uncovered, share of villages covered, share of
    # former dead-zone villages covered, one province's remaining villages. Traps: a district's count, "trong đó" no-grid
    # villages, count of villages covered (no id), an operator's stations, 2025 target.
    (
        """Còn hơn 1.100 thôn, bản chưa có sóng di động băng rộng

Theo Bộ Thông tin và Truyền thông, đến nay cả nước còn 1.115 thôn, bản chưa có sóng di động băng rộng, trong đó 612 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động băng rộng đạt 98,9%.

Sau ba năm thực hiện Chương trình "Sóng và máy tính cho em", đã phủ sóng cho 1.890 thôn lõm sóng, đạt 70,2% số thôn lõm sóng có điện lưới. Riêng Viettel đã xây mới hơn 1.200 trạm BTS tại các khu vực này.

Lai Châu hiện còn 87 thôn, bản lõm sóng, nhiều nhất là huyện Mường Tè với 34 thôn.

Mục tiêu đến hết năm 2025 là phủ sóng di động băng rộng tới 100% thôn, bản trên cả nước.""",
        "2024-12-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-20", 1115.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-20", 98.9),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 70.2),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-12-20", 87.0),
        ],
    ),
    # 15. Đề án 06 year-end 2023 figures: chip ID cards, VNeID accounts, Hà Nội's accounts.
    # Traps: "trong đó" level-2 accounts, app log-ins and activation rate (no id), 2024 target.
    (
        """Tính đến ngày 31/12/2023, Bộ Công an đã cấp 85,6 triệu thẻ căn cước công dân gắn chíp điện tử và kích hoạt 56,3 triệu tài khoản định danh điện tử, trong đó 40,2 triệu tài khoản mức độ 2. Ứng dụng VNeID đã có hơn 1,2 tỷ lượt truy cập; tỷ lệ kích hoạt tài khoản trên tổng số hồ sơ đăng ký đạt 82%.

Tại Hà Nội, cũng đến hết năm 2023, Công an thành phố đã kích hoạt 5,1 triệu tài khoản định danh điện tử cho người dân.

Năm 2024, Bộ Công an đặt mục tiêu kích hoạt thêm 20 triệu tài khoản định danh điện tử mức độ 2.""",
        "2024-01-08",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 85600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 56300000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-12-31", 5100000.0),
        ],
    ),
    # 16. Banking-sector news, end of Q1 2024: Mobile Money customers and adults with an account (administrative).
    # Traps: "trong đó" rural customers, one operator's wallet, the World Bank Findex survey share, Thailand's share.
    (
        """Mobile Money đạt 8,7 triệu khách hàng

Theo Ngân hàng Nhà nước Việt Nam, tính đến cuối tháng 3/2024, dịch vụ Mobile Money đã có 8,7 triệu khách hàng đăng ký, trong đó khoảng 6,1 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Riêng Viettel Money chiếm khoảng 5,9 triệu khách hàng.

Cũng đến cuối tháng 3/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%. Con số này cao hơn nhiều so với kết quả khảo sát Global Findex gần nhất của Ngân hàng Thế giới, theo đó chỉ khoảng 56% người trưởng thành Việt Nam có tài khoản; tại Thái Lan, tỷ lệ này là 96%.

Ngân hàng Nhà nước đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch.""",
        "2024-04-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8700000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-03-31", 87.1),
        ],
    ),
    # 17. Tax-sector note on e-invoices, end of January 2023: invoices received since July 2022.
    # Traps: "trong đó" coded invoices, petrol-station invoices (no id), business count, a month's rise.
    (
        """Tổng cục Thuế cho biết, từ khi triển khai hóa đơn điện tử trên toàn quốc đến hết ngày 31/01/2023, hệ thống đã tiếp nhận và xử lý 3,26 tỷ hóa đơn điện tử, trong đó 1,12 tỷ hóa đơn có mã của cơ quan thuế. Đã có 1,64 triệu doanh nghiệp, tổ chức và hộ kinh doanh sử dụng hóa đơn điện tử.

Riêng hóa đơn điện tử khởi tạo từ máy tính tiền tại các cửa hàng xăng dầu đạt khoảng 280 triệu hóa đơn. Số hóa đơn trong tháng 1/2023 tăng 14% so với tháng 12/2022 do nhu cầu mua sắm dịp Tết.""",
        "2023-02-15",
        [
            ("e_invoices_total", "national", "as_of", "2023-01-31", 3260000000.0),
        ],
    ),
    # 18. First-quarter 2023 review: share of online services with at least one dossier vs share of dossiers online,
    # ministries / localities, one province. Traps: one ministry's 100%, a provincial city's rate, a point change.
    (
        """Trong quý I/2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 43,2% (khối bộ, ngành đạt 51,7%; khối địa phương đạt 40,8%), tăng 3,6 điểm phần trăm so với quý IV/2022. Tỷ lệ hồ sơ xử lý trực tuyến trong quý đạt 27,8%.

Bộ Thông tin và Truyền thông là đơn vị có 100% dịch vụ công trực tuyến phát sinh hồ sơ. Ở khối địa phương, Đồng Tháp dẫn đầu với 78,4% dịch vụ công trực tuyến có phát sinh hồ sơ; riêng thành phố Cao Lãnh đạt 88,9%.""",
        "2023-04-18",
        [
            ("dvctt_with_dossiers_rate", "national", "quarter", "2023-03-31", 43.2),
            ("dvctt_with_dossiers_rate", "ministries", "quarter", "2023-03-31", 51.7),
            ("dvctt_with_dossiers_rate", "localities", "quarter", "2023-03-31", 40.8),
            ("online_dossier_rate", "national", "quarter", "2023-03-31", 27.8),
            ("dvctt_with_dossiers_rate", "Đồng Tháp", "quarter", "2023-03-31", 78.4),
        ],
    ),
    # 19. Portal-based index for the first seven months of 2024: satisfaction and dossiers tied to a personal
    # ID number, one province's satisfaction. Traps: a commune's rate, PAPI survey share, a point change.
    (
        """Chỉ số phục vụ người dân, doanh nghiệp 7 tháng đầu năm 2024

Theo dữ liệu trên Cổng Dịch vụ công quốc gia, trong 7 tháng đầu năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 94,8%, tăng 2,1 điểm phần trăm so với cùng kỳ; Ninh Thuận là địa phương có tỷ lệ hài lòng cao nhất, đạt 99,1%. Tỷ lệ hồ sơ thủ tục hành chính có gắn mã số định danh cá nhân đạt 61,3%.

Ở cấp xã, xã Phước Hậu (Ninh Thuận) được người dân đánh giá hài lòng 100% trong 7 tháng.

Trong khi đó, theo Chỉ số PAPI 2023 (khảo sát xã hội học), chỉ 4,4% người được hỏi cho biết đã từng sử dụng Cổng Dịch vụ công quốc gia.""",
        "2024-08-09",
        [
            ("satisfaction_rate", "national", "ytd", "2024-07-31", 94.8),
            ("satisfaction_rate", "Ninh Thuận", "ytd", "2024-07-31", 99.1),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2024-07-31", 61.3),
        ],
    ),
    # 20. Government Office notice excerpt (September 2023, levels "đến nay"): fee reductions, procedures
    # simplified, EMC connection. Traps: remaining provinces, procedures not yet cut, one ministry not connected, a deadline.
    (
        """Đến nay, đã có 52/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 11 địa phương còn lại chưa ban hành. Các bộ, cơ quan đã thực thi phương án cắt giảm, đơn giản hóa 698/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, còn 386 thủ tục hành chính chưa được thực thi.

Tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống đánh giá, đo lường chất lượng giải quyết thủ tục hành chính (EMC) đạt 79,4%; Bộ Y tế vẫn chưa hoàn thành kết nối.

Thủ tướng yêu cầu các địa phương chưa ban hành nghị quyết hoàn thành trước ngày 31/10/2023.""",
        "2023-09-22",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-09-22", 52.0),
            ("procedures_simplified", "national", "as_of", "2023-09-22", 698.0),
            ("emc_connection_rate", "national", "as_of", "2023-09-22", 79.4),
        ],
    ),
    # 21. Year review of digital society 2024: adults using online public services (with 2023 in parentheses),
    # Internet users (administrative). Traps: PAPI survey share, DataReportal (vendor) share, Malaysia's share, 2025 target.
    (
        """Năm 2024, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 53,7% (năm 2023: 41,2%), theo báo cáo tổng kết của Bộ Thông tin và Truyền thông. Cũng trong năm 2024, tỷ lệ dân số sử dụng Internet ước đạt 78,6%.

Các nguồn độc lập cho kết quả khác: khảo sát PAPI 2024 cho thấy chỉ 21,3% người trả lời đã từng dùng dịch vụ công trực tuyến, còn báo cáo Digital 2025 của DataReportal ước tính 79,8% dân số Việt Nam dùng Internet, thấp hơn Malaysia (97,7%).

Mục tiêu năm 2025 là 80% người dân trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2025-01-15",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 53.7),
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 41.2),
            ("internet_users_rate", "national", "year", "2024-12-31", 78.6),
        ],
    ),
    # 22. Cần Thơ (merged with Sóc Trăng and Hậu Giang) 5G page, end of November 2025: the merged city's coverage
    # and stations. Traps: the former Sóc Trăng part, one operator's stations, a ward, a year-end target.
    (
        """Cần Thơ: vùng phủ sóng 5G đạt 76,3% dân số

Sở Khoa học và Công nghệ TP Cần Thơ cho biết, tính đến ngày 30/11/2025, vùng phủ sóng 5G trên địa bàn thành phố (sau hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang) đạt 76,3% dân số, với 1.120 trạm 5G đã phát sóng. Riêng khu vực tỉnh Sóc Trăng cũ, tỷ lệ phủ sóng 5G mới đạt 61,2% dân số.

Trong số các doanh nghiệp, MobiFone đã lắp đặt 210 trạm 5G trên địa bàn. Phường Ninh Kiều là địa bàn đầu tiên được phủ sóng 5G 100% diện tích.

Thành phố phấn đấu đến hết năm 2025 phủ sóng 5G cho 85% dân số.""",
        "2025-12-10",
        [
            ("fiveg_population_coverage_rate", "Cần Thơ", "as_of", "2025-11-30", 76.3),
            ("fiveg_bts_count", "Cần Thơ", "as_of", "2025-11-30", 1120.0),
        ],
    ),
    # 23. Ministry of Public Security press release, October 2024: its own rates (not labelled) next to the national
    # count of essential services offered full-process. Traps: the ministry's dossier rate and its 25/25, the remainder.
    (
        """Bộ Công an: 100% dịch vụ công thiết yếu thuộc thẩm quyền đã được cung cấp toàn trình

Tại hội nghị sơ kết ngày 31/10/2024, Bộ Công an cho biết đã cung cấp toàn trình 25/25 dịch vụ công thiết yếu thuộc thẩm quyền theo Đề án 06; tỷ lệ hồ sơ trực tuyến của Bộ trong 10 tháng đạt 93,8%.

Trên phạm vi toàn quốc, tính đến ngày 31/10/2024, đã có 72/76 dịch vụ công thiết yếu theo Đề án 06 được cung cấp toàn trình trên Cổng Dịch vụ công quốc gia; 04 dịch vụ còn lại thuộc trách nhiệm của Bộ Tài nguyên và Môi trường và Bộ Lao động - Thương binh và Xã hội.""",
        "2024-11-02",
        [
            ("essential_services_full_process", "national", "as_of", "2024-10-31", 72.0),
        ],
    ),
    # 24. Provincial newspaper on a district of Đồng Nai, October 2023: the province's ten-month rate.
    # Traps: the district's and a commune's rates, the district's dossier count, a target.
    (
        """Cẩm Mỹ - điểm sáng về dịch vụ công trực tuyến

Báo Đồng Nai - Trong 10 tháng năm 2023, huyện Cẩm Mỹ tiếp nhận hơn 38.000 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ nộp trực tuyến đạt 92%. Xã Xuân Đông là đơn vị dẫn đầu huyện với 98% hồ sơ trực tuyến.

Cùng kỳ, tỷ lệ hồ sơ xử lý trực tuyến chung của tỉnh Đồng Nai đạt 68,4%, xếp trong nhóm 10 địa phương dẫn đầu cả nước.

Huyện phấn đấu đến cuối năm 2023, 100% hồ sơ cấp xã được tiếp nhận trực tuyến.

Minh Tâm""",
        "2023-11-20",
        [
            ("online_dossier_rate", "Đồng Nai", "ytd", "2023-10-31", 68.4),
        ],
    ),
    # 25. Year-in-review piece on 2023 e-government: undated provision levels at year end, the year's dossier rate,
    # one province's dossier rate. Traps: a point change, one ministry's lowest rate, 2024 target.
    (
        """Năm 2023, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến đạt 82,7% tổng số thủ tục hành chính; tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 46,6%. Tính chung cả năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 41,5%, tăng 9,7 điểm phần trăm so với năm 2022.

Quảng Ninh tiếp tục là địa phương dẫn đầu với tỷ lệ hồ sơ xử lý trực tuyến năm 2023 đạt 93,6%. Ở khối bộ, ngành, đơn vị có tỷ lệ thấp nhất là Bộ Tư pháp với 2,1%.

Năm 2024, Chính phủ yêu cầu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.""",
        "2024-01-22",
        [
            ("dvctt_rate", "national", "as_of", "2023-12-31", 82.7),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 46.6),
            ("online_dossier_rate", "national", "year", "2023-12-31", 41.5),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 93.6),
        ],
    ),
    # 26. Hà Nội telecom page, end of May 2024: the city's fixed subscriptions, density and FTTH households,
    # the national density at the same date. Traps: one operator's share, upload speed, a district's coverage.
    (
        """Tính đến hết tháng 5/2024, trên địa bàn Thành phố Hà Nội có 3,05 triệu thuê bao băng rộng cố định, đạt 35,6 thuê bao/100 dân, cao hơn đáng kể so với mức bình quân của cả nước cùng thời điểm là 22,9 thuê bao/100 dân. Tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn thành phố đạt 96,1%.

Trong đó, VNPT Hà Nội chiếm khoảng 41% thị phần thuê bao cố định. Tốc độ tải lên trung bình của mạng cáp quang tại Hà Nội đạt 160 Mbps. Huyện Ba Vì là địa bàn cuối cùng của thành phố được phủ cáp quang đến 100% thôn.""",
        "2024-06-25",
        [
            ("fixed_broadband_subscriptions", "Hà Nội", "as_of", "2024-05-31", 3050000.0),
            ("fixed_broadband_subscriptions_per_100", "Hà Nội", "as_of", "2024-05-31", 35.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-05-31", 22.9),
            ("ftth_household_rate", "Hà Nội", "as_of", "2024-05-31", 96.1),
        ],
    ),
    # 27. Report excerpt with an explicit monthly window (15/4–14/5/2024) for NDXP: window total, window daily
    # average, running total at 14/5. Traps: a change, one ministry's system count, a target.
    (
        """Trong tháng 5/2024 (từ ngày 15/4/2024 đến ngày 14/5/2024), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 86,3 triệu giao dịch, tăng 6,3% so với tháng trước; trung bình mỗi ngày trong kỳ có 2,78 triệu giao dịch. Lũy kế đến ngày 14/5/2024, tổng số giao dịch qua NDXP đạt 3,18 tỷ giao dịch.

Hệ thống thông tin của Bộ Tài chính là hệ thống có nhiều giao dịch nhất trong kỳ, với 18,2 triệu giao dịch. Bộ TT&TT phấn đấu đến hết năm 2024 NDXP đạt 4 tỷ giao dịch lũy kế.""",
        "2024-05-22",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-14", 86300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-14", 2780000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-14", 3180000000.0),
        ],
    ),
    # 28. Portal news on the first quarter of 2025: accounts added in the quarter vs the total, the quarter's dossiers
    # and payment value. Traps: share of VNeID log-in accounts, page views (no id), a quarter-on-quarter change.
    (
        """Quý I/2025: Cổng Dịch vụ công quốc gia có thêm 2,9 triệu tài khoản

Văn phòng Chính phủ cho biết, trong quý I/2025, Cổng Dịch vụ công quốc gia có thêm 2,9 triệu tài khoản đăng ký, nâng tổng số tài khoản tính đến ngày 31/3/2025 lên 19,3 triệu; trong đó 78% tài khoản đăng nhập bằng tài khoản định danh điện tử VNeID. Cổng ghi nhận khoảng 420 triệu lượt truy cập trong quý.

Cũng trong quý I/2025, Cổng đã tiếp nhận 9,6 triệu hồ sơ trực tuyến và xử lý thanh toán trực tuyến với tổng số tiền 3.215 tỷ đồng, tăng 18% so với quý IV/2024.""",
        "2025-04-10",
        [
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 2900000.0),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 19300000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 9600000.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 3215.0),
        ],
    ),
    # 29. Speed report for December 2024 with regional comparison. Traps: upload speeds, ranks, China and
    # Thailand, an operator's 5G test speed, growth over the year.
    (
        """Tháng 12/2024, tốc độ tải xuống trung vị của mạng băng rộng di động Việt Nam đạt 58,9 Mbps, của mạng băng rộng cố định đạt 163,1 Mbps, theo Ookla. So với tháng 12/2023, tốc độ di động tăng 34%.

Tốc độ tải lên của mạng di động và cố định lần lượt là 21,4 Mbps và 155,8 Mbps. Việt Nam xếp thứ 52 về tốc độ di động và thứ 35 về tốc độ cố định; trong khi Trung Quốc đạt 139,6 Mbps với mạng di động và Thái Lan đạt 235,2 Mbps với mạng cố định.

Trong đợt thử nghiệm mạng 5G thương mại, Viettel ghi nhận tốc độ tải xuống trung bình trên 700 Mbps.""",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 58.9),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 163.1),
        ],
    ),
    # 30. Interview with a Vĩnh Long official (merged with Bến Tre and Trà Vinh), end of October 2025: the merged
    # province's full-process share and ten-month dossier rate. Traps: service counts (no id), the former Bến Tre part, commune count, target.
    (
        """Vĩnh Long đẩy mạnh dịch vụ công trực tuyến sau hợp nhất

PV: Xin ông cho biết kết quả cung cấp dịch vụ công trực tuyến của tỉnh sau hợp nhất?

Ông Trần Văn Phúc, Giám đốc Sở Khoa học và Công nghệ tỉnh Vĩnh Long: Tính đến ngày 31/10/2025, tỉnh Vĩnh Long (mới) đã cung cấp 1.652 dịch vụ công trực tuyến, trong đó 1.118 dịch vụ toàn trình; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 61,4%. Trong 10 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến toàn tỉnh đạt 74,2%. Riêng khu vực tỉnh Bến Tre cũ đạt 81,5%, cao nhất trong ba khu vực.

PV: Tỉnh đặt mục tiêu gì cho thời gian tới?

Ông Trần Văn Phúc: Với 124 xã, phường, đặc khu, chúng tôi phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến đạt trên 80%.""",
        "2025-11-18",
        [
            ("dvctt_full_process_rate", "Vĩnh Long", "as_of", "2025-10-31", 61.4),
            ("online_dossier_rate", "Vĩnh Long", "ytd", "2025-10-31", 74.2),
        ],
    ),
    # 31. Year-end 2022 portal payments: the year's transactions and value (flows on the _new twins) vs the running
    # totals since launch, accounts at year end. Traps: a multiple, "trong đó" tax share, one bank's count.
    (
        """Năm 2022, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh

Năm 2022, Cổng Dịch vụ công quốc gia ghi nhận 10,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền 5.820 tỷ đồng, số giao dịch tăng 2,3 lần so với năm 2021. Lũy kế từ khi khai trương (tháng 12/2019) đến hết ngày 31/12/2022, Cổng đã xử lý 14,9 triệu giao dịch thanh toán trực tuyến, tổng số tiền 8.960 tỷ đồng; trong đó, nộp thuế điện tử chiếm khoảng 62% giá trị. Riêng VietinBank xử lý 2,1 triệu giao dịch trong năm.

Cũng tính đến hết năm 2022, Cổng có 7,1 triệu tài khoản đăng ký.""",
        "2023-01-10",
        [
            ("online_payments_count_new", "national", "year", "2022-12-31", 10500000.0),
            ("online_payments_value_new", "national", "year", "2022-12-31", 5820.0),
            ("online_payments_count", "national", "as_of", "2022-12-31", 14900000.0),
            ("online_payments_value", "national", "as_of", "2022-12-31", 8960.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 7100000.0),
        ],
    ),
    # 32. Hà Nội in July 2025, first month of two-tier local government: the city's dossier rates and the national
    # rate of the same month. Traps: a ward's and a commune's rates, dossier and commune counts, a target.
    (
        """Hà Nội: Tháng đầu vận hành chính quyền hai cấp, 82,3% hồ sơ được nộp trực tuyến

Trong tháng 7/2025, tháng đầu tiên vận hành mô hình chính quyền địa phương hai cấp, 126 xã, phường của Hà Nội đã tiếp nhận khoảng 251.000 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến của toàn thành phố đạt 82,3%, trong khi bình quân cả nước cùng tháng là 63,5%. Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 46,8%.

Phường Hoàn Kiếm có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 99,1%; thấp nhất là xã Minh Châu với 41,7%.

Thành phố phấn đấu đến cuối năm 2025, 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.""",
        "2025-08-12",
        [
            ("online_dossier_rate", "Hà Nội", "month", "2025-07-31", 82.3),
            ("online_dossier_rate", "national", "month", "2025-07-31", 63.5),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2025-07-31", 46.8),
        ],
    ),
    # 33. Business-press piece, first half of 2024: national / ministries / localities dossier rate and the
    # full-process dossier share. Traps: the PCI survey share of firms, one ministry's 100%, a target.
    (
        """Doanh nghiệp ngày càng quen với dịch vụ công trực tuyến

Theo báo cáo của Văn phòng Chính phủ, 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 47,3% (khối bộ, ngành: 67,2%; khối địa phương: 40,1%). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 26,1%.

Ở lĩnh vực đăng ký doanh nghiệp, Bộ Kế hoạch và Đầu tư cho biết 100% hồ sơ đã được tiếp nhận qua mạng. Kết quả khảo sát Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2023 của VCCI cho thấy 83,5% doanh nghiệp được hỏi đã sử dụng dịch vụ công trực tuyến.

Chính phủ yêu cầu đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 40%.""",
        "2024-07-25",
        [
            ("online_dossier_rate", "national", "half", "2024-06-30", 47.3),
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 67.2),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 40.1),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 26.1),
        ],
    ),
    # 34. Ninh Bình (merged with Hà Nam and Nam Định), end of August 2025: the province's FTTH households, fixed
    # subscriptions and smartphone share. Traps: the former Nam Định and Hà Nam parts, an operator's count, a commune, target.
    (
        """Ninh Bình: 89,6% hộ gia đình có Internet cáp quang

Sở Khoa học và Công nghệ tỉnh Ninh Bình cho biết, tính đến ngày 31/8/2025, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng trên địa bàn tỉnh (sau hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình) đạt 89,6%, với 1,02 triệu thuê bao băng rộng cố định. Khu vực tỉnh Nam Định cũ có tỷ lệ cao nhất, đạt 92,4%; khu vực Hà Nam cũ đạt 90,8%.

Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 91,2%. Riêng FPT Telecom đang cung cấp dịch vụ cho khoảng 180.000 thuê bao. Xã ven biển Kim Đông có tỷ lệ hộ dùng cáp quang thấp nhất, khoảng 71%.

Tỉnh phấn đấu đến hết năm 2025 đạt 95% hộ gia đình có cáp quang.""",
        "2025-09-12",
        [
            ("ftth_household_rate", "Ninh Bình", "as_of", "2025-08-31", 89.6),
            ("fixed_broadband_subscriptions", "Ninh Bình", "as_of", "2025-08-31", 1020000.0),
            ("smartphone_subscriber_rate", "Ninh Bình", "as_of", "2025-08-31", 91.2),
        ],
    ),
    # 35. January 2026 summary of the year 2025: NDXP year total vs December total vs daily average vs running total,
    # connection points, the year's dossier rate with ministries / localities. Traps: growth, a database's requests, 2026 target.
    (
        """NDXP xử lý 1,42 tỷ giao dịch trong năm 2025

Theo báo cáo tổng kết của Bộ Khoa học và Công nghệ, năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 1,42 tỷ giao dịch, tăng 27% so với năm 2024, bình quân 3,89 triệu giao dịch mỗi ngày trong năm. Riêng tháng 12/2025 có 132 triệu giao dịch. Lũy kế từ khi khai trương năm 2019 đến hết năm 2025, NDXP đạt 5,46 tỷ giao dịch. Đến cuối năm 2025, NDXP có 5.210 điểm kết nối.

Cơ sở dữ liệu quốc gia về dân cư tiếp tục được khai thác nhiều nhất với khoảng 2,1 tỷ lượt yêu cầu trong năm.

Cũng trong năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 61,8% (bộ, ngành 78,4%; địa phương 57,9%). Năm 2026, Bộ đặt mục tiêu NDXP đạt bình quân 5 triệu giao dịch/ngày.""",
        "2026-01-14",
        [
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1420000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-12-31", 3890000.0),
            ("ndxp_transactions_period", "national", "month", "2025-12-31", 132000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-12-31", 5460000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-12-31", 5210.0),
            ("online_dossier_rate", "national", "year", "2025-12-31", 61.8),
            ("online_dossier_rate", "ministries", "year", "2025-12-31", 78.4),
            ("online_dossier_rate", "localities", "year", "2025-12-31", 57.9),
        ],
    ),
    # 36. May 2024 report: full-process dossier share with April in parentheses, ministries / localities, any-online
    # dossier rate, one province. Traps: the point change, one ministry's share.
    (
        """Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 5/2024 đạt 27,4% (tháng 4/2024: 25,9%), tăng 1,5 điểm phần trăm; khối bộ, ngành đạt 34,6%, khối địa phương đạt 24,8%. Tỷ lệ hồ sơ xử lý trực tuyến (bao gồm toàn trình và một phần) trong tháng đạt 49,2%.

Ở khối bộ, Bộ Giao thông vận tải có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 81,3%. Ở khối địa phương, Đà Nẵng dẫn đầu với 68,9% hồ sơ trực tuyến toàn trình.""",
        "2024-06-12",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 27.4),
            ("online_dossier_full_process_rate", "national", "month", "2024-04-30", 25.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-05-31", 34.6),
            ("online_dossier_full_process_rate", "localities", "month", "2024-05-31", 24.8),
            ("online_dossier_rate", "national", "month", "2024-05-31", 49.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-05-31", 68.9),
        ],
    ),
    # 37. Security news, May 2025 (Ministry of Public Security): attacks of the month vs year-to-date, botnet IPs.
    # Traps: "trong đó" ransomware cases, a vendor's blocked threats, Thailand, leaked accounts found by a company.
    (
        """AN NINH MẠNG | Thứ Năm, 05/06/2025 - 10:42

Hơn 2.700 cuộc tấn công mạng vào hệ thống thông tin Việt Nam từ đầu năm

Ngọc Minh

Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (Bộ Công an), trong tháng 5/2025 đã ghi nhận 512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Lũy kế từ đầu năm đến hết tháng 5/2025 là 2.714 cuộc, trong đó có 37 vụ tấn công bằng mã độc tống tiền (ransomware). Số địa chỉ IP thuộc các mạng botnet tính đến cuối tháng 5/2025 khoảng 418.000 địa chỉ.

Theo hãng bảo mật Kaspersky, trong quý I/2025, các giải pháp của hãng đã ngăn chặn 40,2 triệu mối đe dọa trực tuyến nhắm vào người dùng tại Việt Nam, nhiều hơn Thái Lan (28,5 triệu). Một doanh nghiệp an ninh mạng trong nước cũng phát hiện 1,2 triệu tài khoản người dùng Việt Nam bị lộ lọt trong 5 tháng.

>> Xem thêm: Cảnh giác với thủ đoạn giả mạo cơ quan chức năng qua điện thoại

Bình luận (0) | Gửi bài viết | Đầu trang""",
        "2025-06-05",
        [
            ("cyberattacks", "national", "month", "2025-05-31", 512.0),
            ("cyberattacks", "national", "ytd", "2025-05-31", 2714.0),
            ("botnet_ips", "national", "as_of", "2025-05-31", 418000.0),
        ],
    ),
    # 38. Two cities compared, eleven months of 2023: Hà Nội and Đà Nẵng dossier rates. Traps: urban districts'
    # rates, a ranking position among provinces, a target.
    (
        """Hai đô thị lớn và cuộc đua dịch vụ công trực tuyến

Những năm gần đây, Hà Nội và Đà Nẵng luôn nằm trong nhóm địa phương được chú ý nhất mỗi khi Bộ Thông tin và Truyền thông công bố số liệu về dịch vụ công trực tuyến. Số liệu mới nhất cho thấy khoảng cách giữa hai thành phố vẫn còn đáng kể.

11 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của Đà Nẵng đạt 72,5%, xếp thứ 4 cả nước; Hà Nội đạt 55,9%. Tại Đà Nẵng, quận Hải Châu có tỷ lệ cao nhất với 88,2%, trong khi ở Hà Nội, quận Cầu Giấy dẫn đầu với 79,5%.

Lãnh đạo Sở TT&TT Hà Nội cho biết, thành phố có quy mô dân số lớn, số hồ sơ gấp nhiều lần Đà Nẵng nên việc nâng tỷ lệ trực tuyến đòi hỏi thời gian. Cả hai thành phố đều đặt mục tiêu đến năm 2025 có trên 80% hồ sơ được xử lý trực tuyến.""",
        "2023-12-28",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2023-11-30", 72.5),
            ("online_dossier_rate", "Hà Nội", "ytd", "2023-11-30", 55.9),
        ],
    ),
    # 39. Mid-2025 telecom figures with a rounded headline: mobile / fixed subscriptions and per-100 densities.
    # Traps: "trong đó" 5G subscriptions, total mobile subscriptions, one operator's market share, half-year increase, target.
    (
        """Gần 90 triệu thuê bao băng rộng di động

Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 6/2025, số thuê bao băng rộng di động đạt 89,6 triệu, tương đương 88,9 thuê bao/100 dân, trong đó khoảng 12 triệu thuê bao đã sử dụng dịch vụ 5G. Thuê bao băng rộng cố định đạt 25,3 triệu, tương đương 24,9 thuê bao/100 dân, tăng 0,9 triệu thuê bao so với cuối năm 2024.

Tổng số thuê bao di động trên cả nước là 128,4 triệu; Viettel chiếm 55,1% thị phần. Mục tiêu đến cuối năm 2025 là 95 thuê bao băng rộng di động/100 dân.""",
        "2025-07-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 89600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 88.9),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 25300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 24.9),
        ],
    ),
    # 40. Table from a January 2024 report (no sidecar; the header dates the columns): ministries / localities / national
    # dossier rates, full-process dossier share and electronic results. Traps: the target row, the change column.
    (
        """BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ THÁNG 01/2024
Phụ lục 2. Kết quả cung cấp, sử dụng dịch vụ công trực tuyến (Số liệu tháng 01/2024)

| Chỉ tiêu | Bộ, ngành | Địa phương | Toàn quốc | Thay đổi so với tháng 12/2023 |
|---|---|---|---|---|
| Tỷ lệ hồ sơ xử lý trực tuyến (%) | 71,5 | 38,2 | 46,9 | +2,4 điểm % |
| Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 40,3 | 19,6 | 24,7 | +1,1 điểm % |
| Tỷ lệ cấp kết quả giải quyết TTHC điện tử (%) | 88,1 | 72,4 | 76,0 | +0,8 điểm % |
| Mục tiêu năm 2024 - tỷ lệ hồ sơ xử lý trực tuyến (%) | 80 | 50 | 50 | |

Nguồn: Cổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết TTHC các bộ, ngành, địa phương.""",
        None,
        [
            ("online_dossier_rate", "ministries", "month", "2024-01-31", 71.5),
            ("online_dossier_rate", "localities", "month", "2024-01-31", 38.2),
            ("online_dossier_rate", "national", "month", "2024-01-31", 46.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-01-31", 40.3),
            ("online_dossier_full_process_rate", "localities", "month", "2024-01-31", 19.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-01-31", 24.7),
            ("e_result_rate", "ministries", "month", "2024-01-31", 88.1),
            ("e_result_rate", "localities", "month", "2024-01-31", 72.4),
            ("e_result_rate", "national", "month", "2024-01-31", 76.0),
        ],
    ),
    # 41. Ministry of Finance news, February 2023: the ministry's own rate (not labelled) beside the ministries' bloc
    # and national rates. Traps: the ministry's and customs' rates, the ministry's service count.
    (
        """Bộ Tài chính dẫn đầu khối bộ, ngành về hồ sơ trực tuyến

(Tạp chí Tài chính) - Theo báo cáo tháng 2/2023 của Bộ Thông tin và Truyền thông, Bộ Tài chính tiếp tục dẫn đầu các bộ, ngành với tỷ lệ hồ sơ xử lý trực tuyến đạt 98,7%, trong khi tỷ lệ chung của khối bộ, ngành trong tháng 2/2023 là 55,3% và của cả nước là 31,9%.

Trong các đơn vị thuộc Bộ, Tổng cục Hải quan đạt 99,9% hồ sơ trực tuyến. Hiện Bộ Tài chính cung cấp 847 dịch vụ công trực tuyến toàn trình, chiếm 81% tổng số thủ tục hành chính của Bộ.""",
        "2023-03-20",
        [
            ("online_dossier_rate", "ministries", "month", "2023-02-28", 55.3),
            ("online_dossier_rate", "national", "month", "2023-02-28", 31.9),
        ],
    ),
    # 42. Quảng Trị (merged with Quảng Bình), August 2025: the province's remaining dead-zone villages and covered
    # share, the national count at end of June. Traps: the former Quảng Bình part, a commune, operators' stations, target.
    (
        """Quảng Trị còn 46 thôn, bản chưa có sóng di động

Theo Sở Khoa học và Công nghệ tỉnh Quảng Trị, hiện toàn tỉnh (sau hợp nhất với tỉnh Quảng Bình) còn 46 thôn, bản chưa có sóng thông tin di động băng rộng; riêng khu vực tỉnh Quảng Bình cũ còn 19 thôn, tập trung ở vùng núi phía tây. Xã Hướng Lập là địa bàn còn nhiều thôn lõm sóng nhất với 9 thôn. Tỷ lệ thôn, bản có sóng di động băng rộng của toàn tỉnh đạt 98,1%.

Trên cả nước, tính đến hết tháng 6/2025, còn 385 thôn, bản chưa có sóng di động băng rộng. Trong năm 2025, Viettel và VNPT sẽ xây dựng thêm 12 trạm BTS tại Quảng Trị; tỉnh phấn đấu xóa toàn bộ thôn lõm sóng trước ngày 31/12/2025.""",
        "2025-08-28",
        [
            ("villages_without_mobile_coverage", "Quảng Trị", "as_of", "2025-08-28", 46.0),
            ("villages_with_mobile_coverage_rate", "Quảng Trị", "as_of", "2025-08-28", 98.1),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-06-30", 385.0),
        ],
    ),
    # 43. Provincial report excerpt of Thừa Thiên Huế at 30/6/2023 (no sidecar): any online vs full-process (after
    # "trong đó") vs eligible-based share. Traps: service counts, a town's 100%, an app's users with no date.
    (
        """Tính đến ngày 30/6/2023, tỉnh Thừa Thiên Huế đã cung cấp 1.880 dịch vụ công trực tuyến, đạt 97,8% tổng số thủ tục hành chính; trong đó có 1.215 dịch vụ công trực tuyến toàn trình, chiếm 63,2% tổng số thủ tục hành chính. Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 95,1%.

Thị xã Hương Thủy là đơn vị cấp huyện đầu tiên đưa 100% thủ tục hành chính cấp huyện lên môi trường mạng. Ứng dụng Hue-S hiện có hơn 1,2 triệu lượt cài đặt.""",
        None,
        [
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2023-06-30", 97.8),
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2023-06-30", 63.2),
            ("full_process_provision_rate", "Thừa Thiên Huế", "as_of", "2023-06-30", 95.1),
        ],
    ),
    # 44. Late-2022 digital-society note: Mobile Money customers and fixed broadband at end of October 2022.
    # Traps: We Are Social (vendor) Internet users, Thailand's density, one operator's customers, a target.
    (
        """Tính đến hết tháng 10/2022, dịch vụ Mobile Money đã có 3,4 triệu khách hàng, trong đó Viettel Money chiếm hơn 2,6 triệu. Cùng thời điểm, cả nước có 19,9 triệu thuê bao băng rộng cố định, đạt 20,1 thuê bao/100 dân, trong khi Thái Lan đạt khoảng 16 thuê bao/100 dân.

Theo báo cáo Digital 2022 của We Are Social và Kepios, Việt Nam có 72,1 triệu người dùng Internet, tương đương 73,2% dân số. Mục tiêu đến năm 2025 là 30 thuê bao băng rộng cố định/100 dân.""",
        "2022-12-01",
        [
            ("mobile_money_customers", "national", "as_of", "2022-10-31", 3400000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-10-31", 19900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-10-31", 20.1),
        ],
    ),
    # 45. Dense Q3 2025 review: national / ministries / localities dossier rates, the merged Lâm Đồng, all-procedure vs
    # eligible full-process shares at 30/9. Traps: one ministry, the former Bình Thuận part, a special zone, an operator,
    # Korea, an online poll, a target.
    (
        """Quý III/2025: tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt 66,2%

Theo Văn phòng Chính phủ, trong quý III/2025, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 66,2%; khối bộ, ngành đạt 81,4%, khối địa phương đạt 62,7%. Bộ Công an tiếp tục dẫn đầu khối bộ với 97,6%.

Trong 34 tỉnh, thành phố, tỉnh Lâm Đồng (sau hợp nhất với Đắk Nông và Bình Thuận) đạt 70,3% trong quý; riêng khu vực tỉnh Bình Thuận cũ đạt 78,9%, còn đặc khu Phú Quý đạt tới 95%. Để hỗ trợ người dân vùng sâu, Viettel đã phủ sóng 5G tới 100% trung tâm xã của tỉnh.

Cũng tính đến ngày 30/9/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước đạt 58,7%; tính trên tổng số thủ tục hành chính đủ điều kiện, tỷ lệ này là 92,4%.

Tại Hàn Quốc, tỷ lệ hồ sơ hành chính được xử lý trực tuyến đã vượt 90% từ nhiều năm trước. Trong khi đó, một cuộc thăm dò trực tuyến với hơn 3.000 độc giả cho thấy 36% người trả lời vẫn phải đến bộ phận một cửa để bổ sung giấy tờ. Chính phủ yêu cầu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.""",
        "2025-10-20",
        [
            ("online_dossier_rate", "national", "quarter", "2025-09-30", 66.2),
            ("online_dossier_rate", "ministries", "quarter", "2025-09-30", 81.4),
            ("online_dossier_rate", "localities", "quarter", "2025-09-30", 62.7),
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-09-30", 70.3),
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-30", 58.7),
            ("full_process_provision_rate", "national", "as_of", "2025-09-30", 92.4),
        ],
    ),
]
