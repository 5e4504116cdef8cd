"""Genre probes, round 101: tables and layouts as saved from pages and PDFs (cell-per-line HTML tables, pipe and space-aligned tables, plan-vs-result columns, province tables with a national total, key-figure boxes, infographic captions, label: value bullets, numbers with a unit row under them), national and provincial, 2022-2025, written blind.

First reading (the stop's start code 1716bfb read it): 120 of 135 right, 120 of 166 found (0.89 / 0.72). With the code of stop 43's end: 155 of 162, 155 of 166. Fitted after that reading: tables copied one cell a line (a header of words, an index and a unit column), two columns one wide gap apart, 'Tỉnh/thành phố' and 'Xếp hạng' heads, 'Chung cả nước' rows, a column naming its own measure, 'TH 2023' / 'Ước TH 2024' columns. Left: a key-figure bullet under a year's heading read as a level when nothing but the heading says it is the year's ('SỐ LIỆU NỔI BẬT NĂM 2024' over '• 11,8 triệu hồ sơ trực tuyến nộp qua Cổng'), an NDXP row whose label ends on '(NDXP) trong tháng 6'.
"""

CASES = [
    # 1 — HTML table copied one cell per line (STT / chỉ tiêu / đơn vị / số liệu), national, mid-2024; a month-on-month change as trap
    (
        """Bức tranh chuyển đổi số tháng 6/2024 qua các con số

Thứ Hai, 08/07/2024 09:15

(ICTVN) - Bộ Thông tin và Truyền thông vừa tổng hợp số liệu về hạ tầng dữ liệu, an toàn thông tin và dịch vụ công trực tuyến trong tháng 6/2024. Dưới đây là một số chỉ tiêu chính; số liệu tính đến ngày 30/6/2024.

STT
Chỉ tiêu
Đơn vị tính
Số liệu
1
Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm
%
47,2
2
Số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng 6
triệu giao dịch
78,4
3
Tổng số giao dịch qua NDXP lũy kế từ năm 2019
tỷ giao dịch
2,91
4
Số địa chỉ IP thuộc mạng botnet
địa chỉ IP
512.300
5
Số cuộc tấn công mạng gây sự cố trong tháng 6
cuộc
1.129

Theo Bộ Thông tin và Truyền thông, số cuộc tấn công mạng gây sự cố trong tháng đã giảm 8,6% so với tháng 5, trong khi lưu lượng giao dịch qua NDXP tiếp tục tăng đều nhờ các bộ, ngành đẩy mạnh kết nối với cơ sở dữ liệu quốc gia về dân cư. Bộ đề nghị các cơ quan tiếp tục rà soát, xử lý triệt để các máy tính nhiễm mã độc trong hệ thống của mình.""",
        "2024-07-08",
        [
            ("online_dossier_rate", "national", "half", "2024-06-30", 47.2),
            ("ndxp_transactions_period", "national", "month", "2024-06-30", 78400000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2910000000.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 512300.0),
            ("cyberattacks", "national", "month", "2024-06-30", 1129.0),
        ],
    ),
    # 2 — markdown pipe table of provinces with a 'Toàn quốc' row, quarter I/2024; the payment-rate column has no id (trap), a 2024 target (trap)
    (
        """Hưng Yên trong nhóm dẫn đầu vùng về hồ sơ trực tuyến quý I/2024

Cập nhật: 12/04/2024

Theo số liệu Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Bộ chỉ số 766) trên Cổng Dịch vụ công quốc gia, kết quả quý I/2024 của một số tỉnh vùng Đồng bằng sông Hồng như sau:

| Tỉnh | Hồ sơ xử lý trực tuyến (%) | Cấp kết quả điện tử (%) | Thanh toán trực tuyến (%) |
|---|---|---|---|
| Hưng Yên | 58,36 | 91,20 | 42,15 |
| Bắc Ninh | 61,04 | 88,75 | 47,90 |
| Hải Dương | 44,82 | 79,31 | 30,06 |
| Thái Bình | 39,57 | 83,48 | 28,73 |
| Toàn quốc | 41,25 | 72,60 | 35,18 |

Nguồn: Cổng Dịch vụ công quốc gia, số liệu đến hết ngày 31/3/2024.

Ông Nguyễn Văn Hùng, Giám đốc Sở Thông tin và Truyền thông cho biết, so với quý IV/2023, tỷ lệ hồ sơ trực tuyến của tỉnh đã tăng gần 9 điểm phần trăm. Mục tiêu của tỉnh trong năm 2024 là đạt tối thiểu 65% hồ sơ được xử lý trực tuyến và 100% hồ sơ được cấp kết quả điện tử. Để làm được điều đó, Sở sẽ phối hợp với Công an tỉnh đẩy mạnh hướng dẫn người dân sử dụng tài khoản định danh điện tử khi nộp hồ sơ.""",
        "2024-04-12",
        [
            ("online_dossier_rate", "Hưng Yên", "quarter", "2024-03-31", 58.36),
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2024-03-31", 61.04),
            ("online_dossier_rate", "Hải Dương", "quarter", "2024-03-31", 44.82),
            ("online_dossier_rate", "Thái Bình", "quarter", "2024-03-31", 39.57),
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 41.25),
            ("e_result_rate", "Hưng Yên", "quarter", "2024-03-31", 91.2),
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-03-31", 88.75),
            ("e_result_rate", "Hải Dương", "quarter", "2024-03-31", 79.31),
            ("e_result_rate", "Thái Bình", "quarter", "2024-03-31", 83.48),
            ("e_result_rate", "national", "quarter", "2024-03-31", 72.6),
        ],
    ),
    # 3 — space-aligned PDF table, two year columns and a change column (trap), national infrastructure 2022/2023
    (
        """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 (trích)
Phần II. Hạ tầng viễn thông, Internet

Năm 2023, hạ tầng số tiếp tục được mở rộng, chất lượng mạng cố định và di động cải thiện rõ rệt. Bảng dưới đây tổng hợp một số chỉ tiêu chính.

Bảng 3. Một số chỉ tiêu phát triển hạ tầng số giai đoạn 2022-2023

Chỉ tiêu                                      Đơn vị       Năm 2022    Năm 2023    Tăng/giảm
Thuê bao băng rộng cố định                    triệu TB       21,2        22,8        +7,5%
Thuê bao băng rộng di động                    triệu TB       82,6        86,1        +4,2%
Tỷ lệ thuê bao di động dùng smartphone          %            81,9        84,5        +2,6 điểm
Tốc độ tải xuống băng rộng cố định              Mbps         71,1        89,4        +25,7%
Tốc độ tải xuống băng rộng di động              Mbps         35,2        42,3        +20,2%
Tỷ lệ hộ gia đình có cáp quang băng rộng        %            75,0        79,2        +4,2 điểm

Ghi chú: số thuê bao tính đến ngày 31/12 hằng năm; tốc độ theo kết quả đo kiểm tháng 12 hằng năm.

Tốc độ băng rộng cố định tăng mạnh nhờ các doanh nghiệp nâng cấp gói cước lên tối thiểu 150 Mbps. Năm 2024, Bộ đặt mục tiêu tốc độ băng rộng di động đạt trên 50 Mbps.""",
        "2024-01-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21200000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82600000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86100000.0),
            ("smartphone_subscriber_rate", "national", "year", "2022-12-31", 81.9),
            ("smartphone_subscriber_rate", "national", "year", "2023-12-31", 84.5),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 71.1),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 89.4),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 35.2),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 42.3),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75.0),
            ("ftth_household_rate", "national", "year", "2023-12-31", 79.2),
        ],
    ),
    # 4 — plan column beside the result (plan and ratio-to-plan are traps), one province, 9 months of 2024, '|' separators without markdown rule
    (
        """UBND TỈNH QUẢNG NINH
BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng đầu năm 2024

Trong 9 tháng đầu năm 2024, các sở, ngành, địa phương trong tỉnh đã tập trung triển khai đồng bộ các nhiệm vụ chuyển đổi số, gắn với Đề án 06 và cải cách thủ tục hành chính. Kết quả thực hiện một số chỉ tiêu như sau:

Bảng 1. Kết quả thực hiện chỉ tiêu chuyển đổi số 9 tháng năm 2024
Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 9 tháng | So với KH (%)
Tỷ lệ hồ sơ xử lý trực tuyến | 80% | 78,6% | 98,3
Tỷ lệ DVCTT toàn trình trên tổng số TTHC | 60% | 57,4% | 95,7
Tỷ lệ hồ sơ cấp kết quả điện tử | ≥ 98% | 96,2% | 98,2
Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | 50% | 41,5% | 83,0
Tỷ lệ người dân, doanh nghiệp hài lòng | ≥ 95% | 97,1% | 102,2

Chỉ tiêu về khai thác, sử dụng lại dữ liệu số hóa còn thấp so với kế hoạch do nhiều hệ thống chuyên ngành chưa kết nối với Kho dữ liệu dùng chung của tỉnh. Trong quý IV, Sở Thông tin và Truyền thông sẽ chủ trì rà soát, hoàn thành kết nối trước ngày 15/12/2024.""",
        "2024-10-10",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 78.6),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-09-30", 57.4),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 96.2),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2024-09-30", 41.5),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2024-09-30", 97.1),
        ],
    ),
    # 5 — space-aligned province table (one province a row) with a 'Cả nước' total row; a flow column with no id and a deadline as traps
    (
        """Phủ sóng thôn lõm sóng: còn những điểm nghẽn nào?

20/07/2024

Theo số liệu của Cục Viễn thông, tính đến ngày 30/6/2024, cả nước còn 1.418 thôn, bản chưa có sóng di động băng rộng, tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên. Năm địa phương còn nhiều thôn lõm sóng nhất như sau:

Địa phương     Số thôn lõm sóng    Tỷ lệ thôn có sóng di động (%)    Đã phủ sóng từ đầu năm
Nghệ An              210                      98,8                             74
Hà Giang             182                      97,6                             51
Điện Biên            141                      97,3                             38
Lai Châu              95                      98,1                             40
Kon Tum               64                      98,5                             22
Cả nước            1.418                      99,2                            612

Nguyên nhân chính là nhiều thôn chưa có điện lưới, đường giao thông khó khăn, chi phí đầu tư trạm cao trong khi số hộ dân ít. Các doanh nghiệp viễn thông đã cam kết phủ sóng toàn bộ số thôn có điện trước tháng 12/2024; với các thôn chưa có điện, Bộ đang nghiên cứu phương án dùng trạm sử dụng năng lượng mặt trời.""",
        "2024-07-20",
        [
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-06-30", 210.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-06-30", 182.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-06-30", 141.0),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-06-30", 95.0),
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2024-06-30", 64.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 1418.0),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2024-06-30", 98.8),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-06-30", 97.6),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2024-06-30", 97.3),
            ("villages_with_mobile_coverage_rate", "Lai Châu", "as_of", "2024-06-30", 98.1),
            ("villages_with_mobile_coverage_rate", "Kon Tum", "as_of", "2024-06-30", 98.5),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-06-30", 99.2),
        ],
    ),
    # 6 — 'Số liệu nổi bật' key-figure box, national portal, year 2024; changes and a 2025 target as traps
    (
        """Cổng Dịch vụ công quốc gia năm 2024 qua những con số

06/01/2025 | Chính phủ số

SỐ LIỆU NỔI BẬT NĂM 2024
• 4,3 triệu tài khoản đăng ký mới
• 17,2 triệu tài khoản tính đến 31/12/2024
• 11,8 triệu hồ sơ trực tuyến nộp qua Cổng
• 9.870 tỷ đồng thanh toán trực tuyến trong năm
• 21,5 triệu giao dịch thanh toán trực tuyến lũy kế đến hết năm 2024

Năm 2024, Cổng Dịch vụ công quốc gia tiếp tục giữ vai trò "một cửa số" kết nối người dân, doanh nghiệp với cơ quan nhà nước. Số tài khoản đăng ký mới tăng 35% so với năm 2023, giá trị thanh toán trực tuyến tăng gần 1,6 lần. Nhiều dịch vụ công liên thông như đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi đã được người dân sử dụng rộng rãi.

Văn phòng Chính phủ đặt mục tiêu năm 2025 có ít nhất 15 triệu hồ sơ trực tuyến được nộp qua Cổng và 100% dịch vụ công đủ điều kiện được cung cấp toàn trình.""",
        "2025-01-06",
        [
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 4300000.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 17200000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 11800000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 9870.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 21500000.0),
        ],
    ),
    # 7 — infographic captions ('Ảnh 1: ...'), national digital economy 2023; ICT revenue, e-commerce and a 2025 target as traps
    (
        """[Infographic] Kinh tế số Việt Nam năm 2023

10/03/2024 | Đồ họa: Minh Anh

Ảnh 1: Năm 2023, kinh tế số đóng góp 12,33% GDP của cả nước.

Ảnh 2: Tăng trưởng kinh tế số năm 2023 ước khoảng 20%, gấp gần ba lần tốc độ tăng GDP.

Ảnh 3: Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08% (hết năm 2023).

Ảnh 4: Doanh thu công nghiệp công nghệ thông tin, viễn thông năm 2023 đạt khoảng 142 tỷ USD.

Ảnh 5: Thương mại điện tử bán lẻ tăng 25%, quy mô khoảng 20,5 tỷ USD.

Ảnh 6: Năm 2023, tỷ lệ người sử dụng Internet đạt 78,6% dân số.

Ảnh 7: Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP; đến năm 2030 đạt 30% GDP.

Bộ ảnh tổng hợp từ báo cáo của Tổng cục Thống kê và Bộ Thông tin và Truyền thông công bố đầu năm 2024.""",
        "2024-03-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
            ("internet_users_rate", "national", "year", "2023-12-31", 78.6),
        ],
    ),
    # 8 — bulleted 'label: value' list, one province, first half of 2025; plan in brackets, a province-own essential-services list, a payment rate without id (traps)
    (
        """Đồng Nai: kết quả nổi bật về chuyển đổi số 6 tháng đầu năm 2025

08/07/2025

Sáng 7/7, Sở Khoa học và Công nghệ tỉnh Đồng Nai tổ chức hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025. Theo báo cáo, một số kết quả chính của tỉnh trong 6 tháng đầu năm như sau:

- Tỷ lệ hồ sơ xử lý trực tuyến: 72,4% (kế hoạch năm: 80%).
- Tỷ lệ hồ sơ trực tuyến toàn trình: 55,1%.
- Tỷ lệ hồ sơ cấp kết quả điện tử: 98,6%.
- Tỷ lệ thanh toán trực tuyến: 61,3%.
- Số trạm BTS 5G đã phát sóng (tính đến 30/6/2025): 412 trạm.
- Tỷ lệ hộ gia đình có Internet cáp quang: 86%.
- Dịch vụ công thiết yếu của tỉnh cung cấp toàn trình: 22/25 dịch vụ.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành khẩn trương hoàn thiện dữ liệu, bảo đảm đến cuối năm 2025 đạt 100% hồ sơ được cấp kết quả điện tử và 3/25 dịch vụ thiết yếu còn lại được cung cấp toàn trình, đồng thời chuẩn bị chu đáo việc chuyển giao hệ thống khi sắp xếp đơn vị hành chính.""",
        "2025-07-08",
        [
            ("online_dossier_rate", "Đồng Nai", "half", "2025-06-30", 72.4),
            ("online_dossier_full_process_rate", "Đồng Nai", "half", "2025-06-30", 55.1),
            ("e_result_rate", "Đồng Nai", "half", "2025-06-30", 98.6),
            ("fiveg_bts_count", "Đồng Nai", "as_of", "2025-06-30", 412.0),
            ("ftth_household_rate", "Đồng Nai", "as_of", "2025-06-30", 86.0),
        ],
    ),
    # 9 — numbers with a unit row under them (web 'con số' blocks), national, cut-off 28/02/2025; plus a day average over two months
    (
        """Chính phủ số qua những con số

05/03/2025

Số liệu cập nhật đến ngày 28/02/2025

61,2
triệu
tài khoản định danh điện tử VNeID đã kích hoạt

87,6
triệu
thẻ căn cước gắn chip đã cấp cho công dân

3,12
tỷ
giao dịch qua NDXP, lũy kế từ năm 2019

10,4
triệu
khách hàng sử dụng dịch vụ Mobile Money

Trong hai tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận trung bình khoảng 4,1 triệu giao dịch mỗi ngày, chủ yếu phục vụ xác thực thông tin công dân cho các thủ tục đăng ký xe, bảo hiểm xã hội và cấp phiếu lý lịch tư pháp. Các con số trên cho thấy nền tảng dữ liệu dân cư đã trở thành "xương sống" của Chính phủ số.""",
        "2025-03-05",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-02-28", 61200000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-02-28", 87600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-02-28", 3120000000.0),
            ("mobile_money_customers", "national", "as_of", "2025-02-28", 10400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-02-28", 4100000.0),
        ],
    ),
    # 10 — NO published date: a provincial annex table; one row dated (31/12/2023), one rate for 2023, the rest undatable
    (
        """BẢNG TỔNG HỢP
Kết quả triển khai Đề án 06 trên địa bàn tỉnh Hà Tĩnh
(Kèm theo Báo cáo của Tổ công tác triển khai Đề án 06 tỉnh)

TT | Nội dung | Kết quả | Ghi chú
1 | Số thẻ căn cước công dân gắn chip đã cấp (tính đến 31/12/2023) | 1.012.450 thẻ |
2 | Số tài khoản định danh điện tử đã kích hoạt | 512.300 tài khoản | Cập nhật tại thời điểm báo cáo
3 | Tỷ lệ hồ sơ TTHC gắn định danh cá nhân năm 2023 | 96,4% |
4 | Tỷ lệ người trưởng thành có tài khoản thanh toán | 81,7% | Theo số liệu Ngân hàng Nhà nước chi nhánh tỉnh
5 | Số điểm kết nối Internet miễn phí tại nơi công cộng | 148 điểm |

Ghi chú chung: các chỉ tiêu không ghi thời điểm được tổng hợp đến thời điểm lập báo cáo. Tổ công tác đề nghị các sở, ngành, UBND cấp huyện tiếp tục rà soát, làm sạch dữ liệu, phấn đấu 100% hồ sơ thủ tục hành chính được gắn định danh cá nhân.""",
        None,
        [
            ("chip_id_cards_issued", "Hà Tĩnh", "as_of", "2023-12-31", 1012450.0),
            ("dossiers_with_personal_id_rate", "Hà Tĩnh", "year", "2023-12-31", 96.4),
        ],
    ),
    # 11 — NO values: a province's 2025 plan table, every figure a target
    (
        """Lào Cai ban hành Kế hoạch chuyển đổi số năm 2025

Đăng ngày: 15/01/2025

UBND tỉnh Lào Cai vừa ban hành Kế hoạch chuyển đổi số năm 2025 với mục tiêu tạo chuyển biến rõ nét trong cung cấp dịch vụ công trực tuyến và phát triển hạ tầng số. Các chỉ tiêu chủ yếu:

Chỉ tiêu | Mục tiêu năm 2025
Tỷ lệ hồ sơ xử lý trực tuyến | ≥ 80%
Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình | 100%
Tỷ lệ hồ sơ cấp kết quả điện tử | 100%
Tỷ lệ hộ gia đình có Internet cáp quang | 90%
Tỷ lệ phủ sóng 5G theo dân số | ≥ 30%
Tỷ trọng kinh tế số trong GRDP | 10%

Kế hoạch giao Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc; các sở, ngành báo cáo kết quả định kỳ hằng quý trước ngày 15 của tháng cuối quý. Kinh phí thực hiện được bố trí từ ngân sách tỉnh và huy động từ doanh nghiệp viễn thông. Các nhiệm vụ phải hoàn thành trước ngày 31/12/2025.""",
        "2025-01-15",
        [],
    ),
    # 12 — cell-per-line operator table with a 'Tổng cộng' row; operator rows, an operator's own coverage and another country as traps
    (
        """5G Việt Nam sau gần ba tháng thương mại hóa

10/01/2025

Tính đến ngày 31/12/2024, số trạm 5G đã phát sóng của các doanh nghiệp như sau:

Doanh nghiệp
Số trạm 5G đã phát sóng
Viettel
6.520
VNPT
1.340
Tổng cộng
7.860

Cũng đến thời điểm này, tỷ lệ phủ sóng 5G theo dân số cả nước đạt khoảng 26,4%, theo đánh giá của Cục Viễn thông. Riêng Viettel cho biết mạng 5G của doanh nghiệp đã phủ tới 30% dân số và toàn bộ các khu công nghiệp trọng điểm.

So với khu vực, Việt Nam vẫn đi sau: Thái Lan hiện có trên 110.000 trạm 5G và phủ sóng hơn 85% dân số. Bộ Thông tin và Truyền thông đặt mục tiêu trong năm 2025 phủ sóng 5G cho ít nhất 50% dân số, đồng thời thúc đẩy thiết bị đầu cuối 5G giá rẻ.""",
        "2025-01-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7860.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.4),
        ],
    ),
    # 13 — markdown pipe table with two month columns and a year-to-date column, NDXP, July–August 2024
    (
        """NDXP tiếp tục tăng trưởng trong tháng 8/2024

12/09/2024

Theo Cục Chuyển đổi số quốc gia, lưu lượng giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục tăng trong tháng 8, chủ yếu từ các luồng khai thác Cơ sở dữ liệu quốc gia về dân cư và dữ liệu đăng ký doanh nghiệp. Số liệu cụ thể:

| Chỉ tiêu | Tháng 7/2024 | Tháng 8/2024 | Lũy kế 8 tháng năm 2024 |
|---|---|---|---|
| Số giao dịch qua NDXP (triệu giao dịch) | 92,6 | 96,3 | 701,8 |
| Bình quân giao dịch/ngày (triệu) | 2,99 | 3,11 | – |
| Số điểm kết nối trên NDXP (cuối kỳ) | 124 | 126 | – |

So với tháng 7, số giao dịch tháng 8 tăng 4%. Cục cho biết sẽ tiếp tục hướng dẫn các địa phương kết nối hệ thống thông tin giải quyết thủ tục hành chính với các cơ sở dữ liệu chuyên ngành, phấn đấu đến cuối năm 2024 đạt trên 1 tỷ giao dịch trong năm.""",
        "2024-09-12",
        [
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 92600000.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 96300000.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-08-31", 701800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-31", 2990000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 3110000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-07-31", 124.0),
            ("ndxp_connection_points", "national", "as_of", "2024-08-31", 126.0),
        ],
    ),
    # 14 — HTML ranking table one cell per line (rank / province / score / full-process dossier rate), October 2024; rank and score have no id (traps)
    (
        """Bộ chỉ số 766 tháng 10/2024: Bắc Giang dẫn đầu khối địa phương

08/11/2024

Theo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp tháng 10/2024 công bố trên Cổng Dịch vụ công quốc gia, năm địa phương đứng đầu gồm:

Xếp hạng
Tỉnh, thành phố
Điểm
Tỷ lệ hồ sơ trực tuyến toàn trình (%)
1
Bắc Giang
89,42
68,5
2
Quảng Ninh
88,90
64,2
3
Lâm Đồng
87,15
59,8
4
Bình Dương
86,73
61,3
5
Hà Nam
86,02
55,7

Bình quân cả nước, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 10/2024 đạt 38,6%. Nhiều địa phương đứng cuối bảng có tỷ lệ dưới 20% do chưa tái cấu trúc quy trình và chưa kết nối thanh toán trực tuyến. Văn phòng Chính phủ đề nghị các địa phương này xây dựng lộ trình cụ thể, phấn đấu cuối năm đạt tối thiểu 50%.""",
        "2024-11-08",
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "month", "2024-10-31", 68.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2024-10-31", 64.2),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2024-10-31", 59.8),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2024-10-31", 61.3),
            ("online_dossier_full_process_rate", "Hà Nam", "month", "2024-10-31", 55.7),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 38.6),
        ],
    ),
    # 15 — pipe table with 'bộ, ngành' / 'địa phương' / whole-country rows, November 2024; a digitisation column without id (trap)
    (
        """Tình hình giải quyết thủ tục hành chính trực tuyến tháng 11/2024

10/12/2024

Văn phòng Chính phủ vừa có báo cáo tình hình, kết quả cải cách thủ tục hành chính tháng 11/2024. Theo đó, các chỉ tiêu về hồ sơ trực tuyến của khối bộ, ngành tiếp tục cao hơn đáng kể so với khối địa phương:

| Khối | Hồ sơ xử lý trực tuyến | Hồ sơ trực tuyến toàn trình | Số hóa hồ sơ | Cấp kết quả điện tử |
|---|---|---|---|---|
| Các bộ, ngành | 78,2% | 51,4% | 66,0% | 85,9% |
| Các địa phương | 44,6% | 23,9% | 79,3% | 88,1% |
| Chung cả nước | 49,8% | 27,5% | 77,2% | 87,6% |

Báo cáo nêu rõ, một số bộ có tỷ lệ hồ sơ trực tuyến rất cao nhờ đặc thù thủ tục thuế, hải quan, trong khi nhiều địa phương còn lúng túng trong việc số hóa kết quả giải quyết. Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương khắc phục, bảo đảm hoàn thành chỉ tiêu năm 2024.""",
        "2024-12-10",
        [
            ("online_dossier_rate", "ministries", "month", "2024-11-30", 78.2),
            ("online_dossier_rate", "localities", "month", "2024-11-30", 44.6),
            ("online_dossier_rate", "national", "month", "2024-11-30", 49.8),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-11-30", 51.4),
            ("online_dossier_full_process_rate", "localities", "month", "2024-11-30", 23.9),
            ("online_dossier_full_process_rate", "national", "month", "2024-11-30", 27.5),
            ("e_result_rate", "ministries", "month", "2024-11-30", 85.9),
            ("e_result_rate", "localities", "month", "2024-11-30", 88.1),
            ("e_result_rate", "national", "month", "2024-11-30", 87.6),
        ],
    ),
    # 16 — committee conclusion notice with 'label: value' bullets for one province, first half of 2023; a DTI rank and targets as traps
    (
        """THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An tại phiên họp sơ kết 6 tháng đầu năm 2023

Ngày 18/8/2023, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức phiên họp sơ kết 6 tháng đầu năm 2023. Sau khi nghe báo cáo và ý kiến các thành viên, Trưởng Ban Chỉ đạo kết luận như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
- Tỷ lệ DVCTT trên tổng số TTHC: 71,2%.
- Tỷ lệ DVCTT có phát sinh hồ sơ: 64,5%.
- Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng: 35,8%.
- Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ cấp độ: 87%.
- Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh: xếp thứ 24/63.

II. NHIỆM VỤ THỜI GIAN TỚI
- Phấn đấu đến hết năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.
- 100% hệ thống thông tin được phê duyệt cấp độ trước ngày 30/9/2023.
- Sở Thông tin và Truyền thông chủ trì tham mưu sửa đổi Kế hoạch chuyển đổi số giai đoạn 2023-2025.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.""",
        "2023-08-20",
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2023-06-30", 71.2),
            ("dvctt_with_dossiers_rate", "Nghệ An", "half", "2023-06-30", 64.5),
            ("online_dossier_rate", "Nghệ An", "half", "2023-06-30", 35.8),
            ("info_systems_level_approved_rate", "Nghệ An", "as_of", "2023-06-30", 87.0),
        ],
    ),
    # 17 — space-aligned table of provinces with a 'Cả nước' row, digital economy share of GRDP/GDP for 2023
    (
        """Kinh tế số chiếm bao nhiêu phần trăm GRDP của các địa phương?

15/08/2024

Lần đầu tiên, kết quả đo lường tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP) năm 2023 của 63 tỉnh, thành phố được công bố. Các địa phương có nhiều doanh nghiệp sản xuất thiết bị điện tử dẫn đầu nhờ khu vực công nghiệp ICT có quy mô lớn.

Tỉnh/thành phố          Tỷ trọng kinh tế số/GRDP năm 2023 (%)
Thái Nguyên                        38,71
Bắc Ninh                           29,46
Bắc Giang                          21,13
Hà Nội                             17,93
Hải Phòng                          15,08
Cả nước (tỷ trọng trong GDP)       12,33

Ở chiều ngược lại, nhiều tỉnh vùng Tây Nguyên và Đồng bằng sông Cửu Long có tỷ trọng dưới 5%. Các chuyên gia cho rằng cần thận trọng khi so sánh vì kinh tế số lõi ở một số tỉnh chủ yếu đến từ vài doanh nghiệp FDI lớn. Theo kế hoạch, kết quả năm 2024 sẽ được công bố vào quý III/2025.""",
        "2024-08-15",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 38.71),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.46),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 21.13),
            ("digital_economy_gdp_share", "Hà Nội", "year", "2023-12-31", 17.93),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 15.08),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 18 — NO published date: infographic panels for one province; year-dated values kept, 'hiện nay' levels undatable, DTI rank without id
    (
        """INFOGRAPHIC | Bắc Giang: dấu ấn chuyển đổi số

Khung 1 – Năm 2022: tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 52,7%, đứng trong nhóm 10 địa phương dẫn đầu.

Khung 2 – Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022: xếp thứ 9/63 tỉnh, thành phố.

Khung 3 – Năm 2023: tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 96,1%.

Khung 4 – Hạ tầng số hiện nay: 100% xã, phường có cáp quang; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 84%.

Khung 5 – Hiện có 96 trạm BTS 5G đang phát sóng trên địa bàn tỉnh.

Khung 6 – Định hướng: xây dựng Bắc Giang trở thành tỉnh công nghiệp hiện đại, kinh tế số chiếm 30% GRDP vào năm 2030.

Thực hiện: Trung tâm Văn hóa – Thông tin tỉnh.""",
        None,
        [
            ("online_dossier_rate", "Bắc Giang", "year", "2022-12-31", 52.7),
            ("satisfaction_rate", "Bắc Giang", "year", "2023-12-31", 96.1),
        ],
    ),
    # 19 — space-aligned table with this quarter and same quarter last year (both kept) and a comparison column (trap); an operator's own count as trap
    (
        """An toàn thông tin quý III/2024: số cuộc tấn công gây sự cố giảm

15/10/2024

Cục An toàn thông tin cho biết, trong quý III/2024 hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý các cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. So với cùng kỳ năm trước, tình hình có chuyển biến tích cực:

Chỉ tiêu                                    Quý III/2024    Quý III/2023    So sánh
Tấn công mạng gây sự cố (cuộc)                  2.896           3.412        -15,1%
Địa chỉ IP thuộc mạng botnet (cuối kỳ)        498.700         612.400        -18,6%
Tỷ lệ HTTT được phê duyệt cấp độ (%)             61,8            38,9        +22,9 điểm

Trong số các cuộc tấn công, lừa đảo (phishing) chiếm tỷ lệ lớn nhất. Riêng Trung tâm An ninh mạng của một doanh nghiệp viễn thông cho biết đã phát hiện và ngăn chặn hơn 1.200 cuộc tấn công vào khách hàng của mình trong quý. Cục khuyến nghị các cơ quan, tổ chức khẩn trương hoàn thành phê duyệt hồ sơ cấp độ cho 100% hệ thống thông tin trong năm 2024.""",
        "2024-10-15",
        [
            ("cyberattacks", "national", "quarter", "2024-09-30", 2896.0),
            ("cyberattacks", "national", "quarter", "2023-09-30", 3412.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 498700.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 612400.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 61.8),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-09-30", 38.9),
        ],
    ),
    # 20 — monthly report summary with an explicit window (20/02–19/3/2024) and 'label: value' bullets; flows go to the _new twins, cumulatives at the window end
    (
        """Tóm tắt Báo cáo tháng 3/2024 về Cổng Dịch vụ công quốc gia

25/03/2024

Trong tháng 3/2024 (từ ngày 20/02/2024 đến ngày 19/3/2024), Cổng Dịch vụ công quốc gia ghi nhận các kết quả sau:
- Tài khoản đăng ký mới: 312.450 tài khoản.
- Hồ sơ trực tuyến nộp qua Cổng: 1.086.200 hồ sơ.
- Giao dịch thanh toán trực tuyến: 1.502.300 giao dịch.
- Giá trị thanh toán trực tuyến: 1.214 tỷ đồng.

Lũy kế đến ngày 19/3/2024:
- Tổng số tài khoản: 12.406.800 tài khoản.
- Tổng giá trị thanh toán trực tuyến: 11.870 tỷ đồng.

Số hồ sơ nộp qua Cổng tăng 12% so với tháng trước, do sau Tết Nguyên đán nhu cầu đăng ký kinh doanh, cấp đổi giấy phép lái xe tăng trở lại. Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát các dịch vụ có số lượng hồ sơ thấp để tái cấu trúc quy trình.""",
        "2024-03-25",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-19", 312450.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-19", 1086200.0),
            ("online_payments_count_new", "national", "month", "2024-03-19", 1502300.0),
            ("online_payments_value_new", "national", "month", "2024-03-19", 1214.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-19", 12406800.0),
            ("online_payments_value", "national", "as_of", "2024-03-19", 11870.0),
        ],
    ),
    # 21 — 'Số liệu nổi bật' box of one province, year 2023 under review (undated level = 31/12); DTI rank and an app's user count without id
    (
        """Thừa Thiên Huế: năm 2023 – năm bứt phá về chính quyền số

20/01/2024

Năm 2023, Thừa Thiên Huế tiếp tục là một trong những địa phương đi đầu cả nước về chuyển đổi số, đặc biệt trong cung cấp dịch vụ công và phát triển đô thị thông minh.

SỐ LIỆU NỔI BẬT
97,8%   hồ sơ được cấp kết quả điện tử
65,3%   hồ sơ xử lý trực tuyến
92,1%   hộ gia đình có Internet cáp quang
Top 3   Chỉ số chuyển đổi số cấp tỉnh (DTI)
1,2 triệu   lượt tải ứng dụng Hue-S

Theo Sở Thông tin và Truyền thông, nền tảng Hue-S đã trở thành kênh tương tác chủ yếu giữa người dân và chính quyền, tiếp nhận trung bình hơn 300 phản ánh mỗi ngày. Năm 2024, tỉnh đặt mục tiêu đưa 100% dịch vụ công đủ điều kiện lên toàn trình và nâng tỷ lệ hồ sơ trực tuyến lên 75%.""",
        "2024-01-20",
        [
            ("e_result_rate", "Thừa Thiên Huế", "year", "2023-12-31", 97.8),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 65.3),
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 92.1),
        ],
    ),
    # 22 — press item with 'đến nay' levels (page date) in bullets; a named ministry's rate and a remainder as traps
    (
        """Cải cách thủ tục hành chính: nhiều chỉ tiêu chuyển biến tích cực

16/05/2024

Tại cuộc họp của Tổ công tác cải cách thủ tục hành chính của Thủ tướng, đại diện Văn phòng Chính phủ cho biết, đến nay:
- Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình: 84,6%.
- Tỷ lệ DVCTT trên tổng số TTHC: 79,9%.
- Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC: 92,4%.
- Số địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT: 58/63.
- Số TTHC đã được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề: 760/1.084; 324 thủ tục còn lại đang được các bộ rà soát.

Riêng Bộ Tư pháp, tỷ lệ hồ sơ xử lý trực tuyến đạt 92%, cao nhất trong khối bộ, ngành nhờ triển khai liên thông cấp phiếu lý lịch tư pháp qua VNeID. Tổ công tác yêu cầu 5 địa phương còn lại ban hành nghị quyết trước ngày 30/6/2024.""",
        "2024-05-16",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-05-16", 84.6),
            ("dvctt_rate", "national", "as_of", "2024-05-16", 79.9),
            ("emc_connection_rate", "national", "as_of", "2024-05-16", 92.4),
            ("localities_fee_reduction", "national", "as_of", "2024-05-16", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-05-16", 760.0),
        ],
    ),
    # 23 — pipe table, quarter I/2025 beside quarter I/2024 (both kept); a survey share and a people-based smartphone share as traps
    (
        """Hạ tầng băng rộng quý I/2025: mật độ thuê bao tiếp tục tăng

22/04/2025

Số liệu của Cục Viễn thông cho thấy mật độ thuê bao băng rộng tiếp tục tăng trong quý đầu năm 2025:

| Chỉ tiêu | Quý I/2025 | Quý I/2024 |
|---|---|---|
| Thuê bao băng rộng cố định/100 dân | 24,6 | 23,1 |
| Thuê bao băng rộng di động/100 dân | 88,4 | 85,0 |
| Tỷ lệ người sử dụng Internet (%) | 80,2 | – |
| Tỷ lệ thuê bao di động sử dụng smartphone (%) | 87,9 | 85,7 |

(Số liệu tại thời điểm cuối quý.)

Trong khi đó, một khảo sát trực tuyến do một công ty nghiên cứu thị trường thực hiện với 1.500 người trả lời cho thấy 94% người trưởng thành ở đô thị có điện thoại thông minh. Cục Viễn thông lưu ý kết quả khảo sát không thay thế số liệu thống kê chính thức.""",
        "2025-04-22",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 24.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 23.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 88.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 85.0),
            ("internet_users_rate", "national", "as_of", "2025-03-31", 80.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 87.9),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-03-31", 85.7),
        ],
    ),
    # 24 — HTML top-5 table one cell per line after the 2025 merger (34 provinces), August 2025, with a localities average and a national figure
    (
        """Tháng 8/2025: 5 địa phương dẫn đầu về hồ sơ trực tuyến toàn trình

10/09/2025

Sau hơn hai tháng vận hành chính quyền địa phương hai cấp, nhiều tỉnh, thành phố mới hợp nhất đã nhanh chóng ổn định hệ thống giải quyết thủ tục hành chính. Theo số liệu trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình tháng 8/2025 của 5 địa phương dẫn đầu như sau:

Hạng
Địa phương
Tỷ lệ (%)
1
Ninh Bình
82,35
2
Phú Thọ
79,80
3
Lâm Đồng
77,12
4
Gia Lai
75,04
5
Quảng Ngãi
74,60

Bình quân khối địa phương (34 tỉnh, thành phố) đạt 61,7%; tính chung toàn quốc, kể cả các bộ, ngành, tỷ lệ này là 58,9%. Một số địa phương còn gặp khó khăn do phải chuyển đổi dữ liệu từ hệ thống cũ của các tỉnh trước sáp nhập.""",
        "2025-09-10",
        [
            ("online_dossier_full_process_rate", "Ninh Bình", "month", "2025-08-31", 82.35),
            ("online_dossier_full_process_rate", "Phú Thọ", "month", "2025-08-31", 79.8),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2025-08-31", 77.12),
            ("online_dossier_full_process_rate", "Gia Lai", "month", "2025-08-31", 75.04),
            ("online_dossier_full_process_rate", "Quảng Ngãi", "month", "2025-08-31", 74.6),
            ("online_dossier_full_process_rate", "localities", "month", "2025-08-31", 61.7),
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 58.9),
        ],
    ),
    # 25 — NO values: infographic captions carrying only changes, multiples and targets
    (
        """[Infographic] 9 tháng năm 2024: các chỉ số chuyển đổi số tăng mạnh

20/10/2024 | Đồ họa: Thu Hà

Ảnh 1: Số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia tăng 18% so với cùng kỳ năm 2023.

Ảnh 2: Số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia tăng gấp 2,1 lần.

Ảnh 3: Tài khoản đăng ký mới trên Cổng tăng 40% so với 9 tháng năm trước.

Ảnh 4: Số cuộc tấn công mạng gây sự cố giảm 24% so với cùng kỳ.

Ảnh 5: Thêm 9 dịch vụ công thiết yếu được cung cấp toàn trình so với đầu năm.

Ảnh 6: Mục tiêu cuối năm 2024: 80% dịch vụ công trực tuyến toàn trình; 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến; 90% người dân, doanh nghiệp hài lòng.

Nguồn: tổng hợp từ báo cáo của Văn phòng Chính phủ và Bộ Thông tin và Truyền thông.""",
        "2024-10-20",
        [],
    ),
    # 26 — NO published date: provincial PDF annex, space-aligned, month columns dated by their headers; an undatable note and a count without id
    (
        """PHỤ LỤC
SỐ LIỆU THỐNG KÊ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRỰC TUYẾN
(Kèm theo Báo cáo của Sở Thông tin và Truyền thông tỉnh Bình Định)

Chỉ tiêu                                     Số liệu tháng 01/2023    Số liệu tháng 02/2023
Tổng số hồ sơ tiếp nhận                             48.215                  52.906
Tỷ lệ hồ sơ xử lý trực tuyến (%)                      28,4                    31,7
Tỷ lệ hồ sơ cấp kết quả điện tử (%)                   64,0                    66,8
Tỷ lệ hồ sơ trực tuyến toàn trình (%)                 12,3                    14,9

Ghi chú:
- Số liệu tháng được trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; tháng 02/2023 có nhiều ngày nghỉ Tết nên số hồ sơ tiếp nhận thấp hơn các tháng khác trong năm.
- Tỷ lệ DVCTT toàn trình trên tổng số TTHC của tỉnh tại thời điểm lập phụ lục: 47,5%.
- Các đơn vị có tỷ lệ hồ sơ trực tuyến dưới 10% đề nghị báo cáo nguyên nhân, giải pháp khắc phục.""",
        None,
        [
            ("online_dossier_rate", "Bình Định", "month", "2023-01-31", 28.4),
            ("online_dossier_rate", "Bình Định", "month", "2023-02-28", 31.7),
            ("e_result_rate", "Bình Định", "month", "2023-01-31", 64.0),
            ("e_result_rate", "Bình Định", "month", "2023-02-28", 66.8),
            ("online_dossier_full_process_rate", "Bình Định", "month", "2023-01-31", 12.3),
            ("online_dossier_full_process_rate", "Bình Định", "month", "2023-02-28", 14.9),
        ],
    ),
    # 27 — numbers with a unit row under them, one province, year 2024 under review; a DTI change and an operator's own count as traps
    (
        """Bình Dương năm 2024 qua các con số chuyển đổi số

14/01/2025

Năm 2024, Bình Dương tiếp tục triển khai mạnh mẽ Đề án 06 và các nền tảng số dùng chung, hướng tới mô hình thành phố thông minh.

1,68
triệu
tài khoản định danh điện tử đã kích hoạt (tính đến 31/12/2024)

92,5
%
người trưởng thành có tài khoản thanh toán

215
trạm
BTS 5G đã phát sóng

47,3
%
hồ sơ trực tuyến toàn trình trong năm 2024

+2
bậc
Chỉ số DTI năm 2023 so với năm 2022

Trong số các trạm 5G, riêng Viettel Bình Dương đã lắp đặt 160 trạm, tập trung tại các khu công nghiệp VSIP, Mỹ Phước và trung tâm thành phố Thủ Dầu Một. Tỉnh đặt mục tiêu năm 2025 phủ sóng 5G toàn bộ các khu công nghiệp và đô thị.""",
        "2025-01-14",
        [
            ("vneid_activated_accounts", "Bình Dương", "as_of", "2024-12-31", 1680000.0),
            ("adults_with_bank_account_rate", "Bình Dương", "as_of", "2024-12-31", 92.5),
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-12-31", 215.0),
            ("online_dossier_full_process_rate", "Bình Dương", "year", "2024-12-31", 47.3),
        ],
    ),
    # 28 — year-review pipe table for 2022 with the UN EGDI rank; an innovation rank and a target as traps
    (
        """Nhìn lại năm 2022: những kết quả nổi bật của Chính phủ điện tử

12/01/2023

Năm 2022 được xác định là "Năm thúc đẩy chuyển đổi số quốc gia". Bảng dưới đây tóm tắt một số kết quả chính theo báo cáo tổng kết của Ủy ban Quốc gia về chuyển đổi số.

| Chỉ tiêu | Kết quả năm 2022 | Ghi chú |
| Xếp hạng Chính phủ điện tử (EGDI) của Liên Hợp Quốc | 86/193 | Công bố tháng 9/2022 |
| Tỷ lệ DVCTT toàn trình trên tổng số TTHC | 42,5% | |
| Tỷ lệ hồ sơ xử lý trực tuyến | 25,6% | |
| Số giao dịch qua NDXP trong năm | 520 triệu | |
| Số cơ quan, đơn vị kết nối NDXP | 106 | Bộ, ngành, địa phương và một số doanh nghiệp |
| Chỉ số Đổi mới sáng tạo toàn cầu (GII) | 48/132 | |

Dù đạt nhiều kết quả, tỷ lệ hồ sơ xử lý trực tuyến vẫn thấp so với kỳ vọng. Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử.""",
        "2023-01-12",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("dvctt_full_process_rate", "national", "as_of", "2022-12-31", 42.5),
            ("online_dossier_rate", "national", "year", "2022-12-31", 25.6),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 520000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2022-12-31", 106.0),
        ],
    ),
    # 29 — province table with result, plan and estimate columns (TH 2023 | KH 2024 | Ước TH 2024 | KH 2025); plans are traps, estimates are kept
    (
        """Bắc Ninh: dự kiến hoàn thành vượt nhiều chỉ tiêu chuyển đổi số năm 2024

20/12/2024

Tại kỳ họp cuối năm của HĐND tỉnh, Sở Thông tin và Truyền thông Bắc Ninh đã báo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số như sau:

Chỉ tiêu | TH 2023 | KH 2024 | Ước TH 2024 | KH 2025
Tỷ lệ hồ sơ xử lý trực tuyến (%) | 62,1 | 75 | 76,8 | 85
Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 38,0 | 50 | 52,4 | 65
Tỷ trọng kinh tế số trong GRDP (%) | 29,46 | 30 | 30,2 | 32
Số trạm BTS 5G (trạm) | – | 300 | 356 | 600

Theo Sở, chỉ tiêu hồ sơ trực tuyến toàn trình vượt kế hoạch nhờ triển khai thanh toán trực tuyến cho toàn bộ thủ tục thuộc lĩnh vực đất đai, hộ tịch. Số trạm 5G tăng nhanh sau khi các doanh nghiệp được cấp phép thương mại hóa từ tháng 10/2024. Năm 2025, tỉnh tiếp tục ưu tiên phủ sóng 5G tại các khu công nghiệp.""",
        "2024-12-20",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 62.1),
            ("online_dossier_rate", "Bắc Ninh", "year", "2024-12-31", 76.8),
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2023-12-31", 38.0),
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2024-12-31", 52.4),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.46),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 30.2),
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2024-12-31", 356.0),
        ],
    ),
    # 30 — HTML table one cell per line with national and two city columns, 31/5/2025; a 'trong đó' sub-part and an operator share as traps
    (
        """5G phủ sóng nhanh tại các đô thị lớn

05/06/2025

Theo Cục Viễn thông, tính đến ngày 31/5/2025, hạ tầng 5G đã được triển khai tại tất cả các tỉnh, thành phố. Một số chỉ tiêu so sánh giữa cả nước và hai đô thị lớn:

Chỉ tiêu
Cả nước
Hà Nội
Đà Nẵng
Số trạm BTS 5G
14.820
2.130
640
Tỷ lệ phủ sóng 5G theo dân số (%)
36,5
78,2
70,4
Tỷ lệ thuê bao di động sử dụng smartphone (%)
88,6
93,1
91,7

Cả nước có 14.820 trạm 5G, trong đó 3.120 trạm đặt tại khu vực nông thôn, miền núi. Riêng Viettel chiếm khoảng 11.200 trạm. Cục Viễn thông cho biết tốc độ triển khai 5G của Việt Nam thuộc nhóm nhanh nhất khu vực và sẽ tiếp tục hỗ trợ doanh nghiệp hoàn thành mục tiêu phủ sóng 5G cho 90% dân số vào năm 2030.""",
        "2025-06-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 14820.0),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-05-31", 2130.0),
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-05-31", 640.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 36.5),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-05-31", 78.2),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-05-31", 70.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 88.6),
            ("smartphone_subscriber_rate", "Hà Nội", "as_of", "2025-05-31", 93.1),
            ("smartphone_subscriber_rate", "Đà Nẵng", "as_of", "2025-05-31", 91.7),
        ],
    ),
]
