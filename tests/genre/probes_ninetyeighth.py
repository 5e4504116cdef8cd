"""Genre probes, round 98: values in less usual syntax (headings and sapo leads, bullet lists, Q&A interviews, quoted speech, parentheses, 'lần lượt là' lists, numbers before nouns, '.' decimals in speeds, abbreviations, infographic captions), national and provincial 2022–2025, written blind.

First reading (the stop's start code 1716bfb read it): 110 of 116 right, 110 of 133 found (0.95 / 0.83). With the code of stop 43's end: 123 of 129, 123 of 133. Fitted after that reading: periods listed each with its year and named back ('hai quý tương ứng', 'ba tháng này'), 'Cùng kỳ tháng 12/2022:' opening a line, a later run taking the levels named before. Left: a bracketed national run after a province's run ('cao hơn mức trung bình cả nước cùng kỳ (lần lượt …)'), an interview's quoted growth ('con số này').
"""

CASES = [
    # 1 — speed figures in the heading and sapo, '.' decimals; upload, operator, rank and other-country traps; past value in parentheses
    (
        """Tháng 3/2025: Tốc độ Internet di động Việt Nam đạt 146.26 Mbps, lọt nhóm 20 nước dẫn đầu

Thứ Năm, 17/04/2025 09:15

(ICTnews) - Trong tháng 3/2025, tốc độ tải xuống trung bình của mạng băng rộng di động (BRDĐ) tại Việt Nam đạt 146.26 Mbps, đưa Việt Nam lên vị trí thứ 18/111 quốc gia và vùng lãnh thổ được xếp hạng; tốc độ tải xuống của băng rộng cố định (BRCĐ) đạt 172.52 Mbps.

Theo số liệu Cục Viễn thông (Bộ Khoa học và Công nghệ) vừa công bố, tốc độ tải lên của BRDĐ trong tháng chỉ ở mức 38.71 Mbps, còn của BRCĐ là 165.03 Mbps. So với cùng kỳ năm trước (tháng 3/2024: 54.80 Mbps), tốc độ tải xuống BRDĐ đã tăng gần 2,7 lần, chủ yếu nhờ các doanh nghiệp mở rộng vùng phủ sóng 5G và sử dụng hiệu quả băng tần 2.600 MHz vừa được cấp phép.

Ở chiều ngược lại, tốc độ BRCĐ chỉ nhích nhẹ 1,9% so với tháng 2, do phần lớn thuê bao cáp quang vẫn dùng các gói cước dưới 300 Mbps. Đại diện Viettel cho biết tốc độ trung bình trên mạng 5G của nhà mạng này tại Hà Nội và TP. Hồ Chí Minh đạt khoảng 310.4 Mbps.

Trong khu vực, Singapore tiếp tục dẫn đầu về tốc độ BRCĐ với 345.12 Mbps, còn UAE giữ vị trí số một thế giới về BRDĐ. Cục Viễn thông cho biết sẽ tiếp tục theo dõi chất lượng dịch vụ và công bố số liệu định kỳ hằng tháng.""",
        "2025-04-17",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.26),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 172.52),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 54.80),
        ],
    ),
    # 2 — provincial portal, bullet list '- label: value' with abbreviations; digitisation, CSDL and TMĐT lines have no id
    (
        """Bắc Ninh: Kết quả thực hiện các chỉ tiêu chuyển đổi số quý III/2024

Cập nhật: 08/10/2024

Sở Thông tin và Truyền thông tỉnh Bắc Ninh vừa có báo cáo gửi UBND tỉnh về kết quả thực hiện các chỉ tiêu chuyển đổi số trong quý III/2024. Một số chỉ tiêu chính như sau:

- Tỷ lệ DVCTT toàn trình trên tổng số TTHC: 61,3%
- Tỷ lệ hồ sơ TTHC xử lý trực tuyến: 74,15%
- Tỷ lệ hồ sơ được cấp kết quả điện tử: 96,8%
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 83,2%
- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa: 44,7%
- Số CSDL chuyên ngành của tỉnh đã đưa vào khai thác: 27
- Doanh thu TMĐT ước đạt: 3.150 tỷ đồng

So với quý II/2024, tỷ lệ hồ sơ xử lý trực tuyến tăng 6,4 điểm phần trăm. Riêng tỷ lệ số hóa hồ sơ vẫn chưa đạt chỉ tiêu 90% mà UBND tỉnh giao từ đầu năm.

Sở TT&TT đề nghị các sở, ban, ngành và UBND cấp huyện tiếp tục rà soát, tái cấu trúc quy trình đối với các TTHC có số lượng hồ sơ lớn; phấn đấu đến hết năm 2024 tỷ lệ hồ sơ xử lý trực tuyến đạt từ 80% trở lên và tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 50%.""",
        "2024-10-08",
        [
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-09-30", 61.3),
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2024-09-30", 74.15),
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-09-30", 96.8),
            ("data_reuse_rate", "Bắc Ninh", "quarter", "2024-09-30", 44.7),
        ],
    ),
    # 3 — Q&A interview with an official on NDXP; cumulative, month, daily average, 'hiện' levels; change, remainder and target traps
    (
        """NDXP – “xương sống” của kết nối, chia sẻ dữ liệu quốc gia

20/11/2023

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã vận hành hơn 4 năm. Phóng viên có cuộc trao đổi với ông Lê Quang Hưng, Phó Cục trưởng Cục Chuyển đổi số quốc gia, về kết quả đạt được và những điểm nghẽn còn tồn tại.

PV: Thưa ông, sau hơn 4 năm khai trương, NDXP đã đạt được những kết quả nổi bật nào?

Ông Lê Quang Hưng: Tính đến hết tháng 10/2023, NDXP đã phục vụ tổng cộng hơn 780 triệu giao dịch kể từ khi khai trương vào tháng 3/2019. Riêng trong tháng 10, hệ thống ghi nhận khoảng 41,3 triệu giao dịch, bình quân mỗi ngày xấp xỉ 1,33 triệu giao dịch. So với cùng kỳ năm 2022, lưu lượng giao dịch tăng khoảng 35%.

Hiện NDXP đã kết nối với 98 bộ, ngành, địa phương và một số doanh nghiệp nhà nước, với hơn 3.500 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

PV: Vậy đâu là những vướng mắc lớn nhất?

Ông Lê Quang Hưng: Vẫn còn 12 CSDL chuyên ngành chưa sẵn sàng kết nối do chưa chuẩn hóa dữ liệu. Một số nền tảng của địa phương (LGSP) hoạt động chưa ổn định, có thời điểm gián đoạn vài giờ. Ngoài ra, nhiều đơn vị mới kết nối về mặt kỹ thuật nhưng lượng dữ liệu thực sự chia sẻ còn ít.

PV: Mục tiêu thời gian tới là gì, thưa ông?

Ông Lê Quang Hưng: Chúng tôi đặt mục tiêu đến năm 2025, 100% CSDL quốc gia và CSDL chuyên ngành được kết nối, chia sẻ qua NDXP, và lưu lượng giao dịch đạt trên 1 tỷ giao dịch mỗi năm.""",
        "2023-11-20",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 780000000.0),
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 41300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-10-31", 1330000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-11-20", 98.0),
            ("ndxp_connection_points", "national", "as_of", "2023-11-20", 3500.0),
        ],
    ),
    # 4 — 'lần lượt là' over three months and two quarters; cumulative level at quarter end; change and target traps
    (
        """Quý I/2024: hồ sơ trực tuyến tăng đều qua từng tháng

Ngày 12/4/2024, Bộ Thông tin và Truyền thông công bố số liệu về tình hình cung cấp và sử dụng dịch vụ công trực tuyến trong quý I/2024.

Theo đó, tỷ lệ hồ sơ TTHC được xử lý trực tuyến trên toàn quốc trong tháng 1, tháng 2 và tháng 3/2024 lần lượt là 38,5%, 40,2% và 42,7%. Tỷ lệ hồ sơ trực tuyến toàn trình của ba tháng này lần lượt đạt 19,8%, 20,6% và 23,1%. Dù tăng đều, các con số này vẫn còn cách khá xa mục tiêu 50% hồ sơ trực tuyến mà Chính phủ đặt ra cho năm 2024.

Trên Cổng Dịch vụ công quốc gia, số tài khoản đăng ký mới trong quý I/2024 và quý I/2023 lần lượt là 1,02 triệu và 640 nghìn tài khoản; số hồ sơ trực tuyến nộp qua Cổng trong hai quý tương ứng là 9,6 triệu và 5,1 triệu hồ sơ. Như vậy, lượng hồ sơ nộp qua Cổng đã tăng khoảng 88% so với cùng kỳ.

Lũy kế đến ngày 31/3/2024, Cổng Dịch vụ công quốc gia có 12,3 triệu tài khoản đăng ký. Bộ TT&TT cho biết nguyên nhân tăng trưởng chủ yếu là việc tích hợp đăng nhập bằng tài khoản định danh điện tử VNeID, giúp người dân không phải tạo thêm tài khoản riêng.""",
        "2024-04-12",
        [
            ("online_dossier_rate", "national", "month", "2024-01-31", 38.5),
            ("online_dossier_rate", "national", "month", "2024-02-29", 40.2),
            ("online_dossier_rate", "national", "month", "2024-03-31", 42.7),
            ("online_dossier_full_process_rate", "national", "month", "2024-01-31", 19.8),
            ("online_dossier_full_process_rate", "national", "month", "2024-02-29", 20.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 23.1),
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 1020000.0),
            ("national_portal_accounts_new", "national", "quarter", "2023-03-31", 640000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 9600000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2023-03-31", 5100000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 12300000.0),
        ],
    ),
    # 5 — year review with numbers before their nouns in title and body; sub-part, change, no-id traps
    (
        """84,5 triệu thuê bao BRDĐ, 23,1 triệu thuê bao BRCĐ: bức tranh hạ tầng số năm 2024

08/01/2025

Năm 2024 khép lại với 84,5 triệu thuê bao băng rộng di động (BRDĐ) và 23,1 triệu thuê bao băng rộng cố định (BRCĐ) trên cả nước, theo báo cáo tổng kết của Bộ Thông tin và Truyền thông. Số thuê bao BRDĐ tăng 7,8% so với năm 2023; trong đó khoảng 21,9 triệu thuê bao BRCĐ là thuê bao cáp quang.

Tính theo dân số, cả nước có 83,6 thuê bao BRDĐ/100 dân. 88,6% thuê bao điện thoại di động đã là thuê bao sử dụng điện thoại thông minh, tương đương gần 104 triệu thuê bao smartphone. 82% hộ gia đình đã có Internet cáp quang băng rộng, vượt mục tiêu 80% của Chiến lược hạ tầng số.

Về 5G, sau hơn hai tháng thương mại hóa, gần 7.000 trạm BTS 5G đã được lắp đặt, chủ yếu của Viettel, phục vụ hơn 9 triệu thuê bao 5G. Doanh thu dịch vụ viễn thông năm 2024 đạt khoảng 146.000 tỷ đồng.

Bộ TT&TT cho biết năm 2025 sẽ tập trung phát triển mạng 5G, tắt sóng 2G và nâng cấp mạng cáp quang lên công nghệ 10 Gbps.""",
        "2025-01-08",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 84500000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 83.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.6),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 104000000.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7000.0),
        ],
    ),
    # 6 — provincial committee notice: targets, deadlines, counts of plans only — no values
    (
        """Thông báo kết luận của Trưởng Ban Chỉ đạo chuyển đổi số tỉnh Hà Tĩnh tại phiên họp thứ hai năm 2025

Ngày 03/6/2025, Văn phòng UBND tỉnh Hà Tĩnh ban hành Thông báo số 215/TB-UBND truyền đạt ý kiến kết luận của đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh, tại phiên họp thứ hai năm 2025.

Trưởng Ban Chỉ đạo ghi nhận sự cố gắng của các sở, ngành, địa phương trong 5 tháng đầu năm, đồng thời chỉ rõ một số hạn chế: việc số hóa hồ sơ tại cấp xã còn chậm; nhiều thủ tục đã cung cấp trực tuyến nhưng chưa phát sinh hồ sơ; hạ tầng mạng tại một số xã miền núi chưa bảo đảm.

Để hoàn thành các chỉ tiêu năm 2025, Trưởng Ban Chỉ đạo yêu cầu:

- Phấn đấu đến ngày 30/9/2025, 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình; tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 80%.
- Sở Khoa học và Công nghệ chủ trì xây dựng 03 kế hoạch chuyên đề về dữ liệu, hoàn thành trước ngày 15/7/2025.
- UBND các huyện, thị xã, thành phố tổ chức ít nhất 02 hội nghị tập huấn cho Tổ công nghệ số cộng đồng trong quý III.
- Các doanh nghiệp viễn thông rà soát, bảo đảm 100% thôn, bản có sóng di động băng rộng trước ngày 31/10/2025.

Văn phòng UBND tỉnh theo dõi, đôn đốc và tổng hợp kết quả, báo cáo Trưởng Ban Chỉ đạo tại phiên họp tiếp theo.""",
        "2025-06-03",
        [],
    ),
    # 7 — infographic caption saved as text, no published date; the caption's own date dates the figures; CSDL lines and target no rows
    (
        """[Infographic] ĐỀ ÁN 06 SAU HAI NĂM TRIỂN KHAI

Số liệu tính đến ngày 31/12/2023 — Nguồn: Bộ Công an, Tổ công tác triển khai Đề án 06 của Chính phủ

▪ 86,7 TRIỆU thẻ căn cước công dân gắn chip đã được cấp
▪ 57,3 TRIỆU tài khoản định danh điện tử (VNeID) đã kích hoạt
▪ 25/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình
▪ 42/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT
▪ Hơn 102 triệu dữ liệu dân cư được làm sạch theo tiêu chí “đúng, đủ, sạch, sống”
▪ Gần 9 triệu lượt khai thác, xác thực thông tin từ CSDL quốc gia về dân cư mỗi tháng

MỤC TIÊU NĂM 2024
▪ 100% dịch vụ công thiết yếu cung cấp toàn trình
▪ 100% địa phương ban hành nghị quyết giảm phí, lệ phí

Thực hiện: Minh Anh – Hoàng Long""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 86700000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 57300000.0),
            ("essential_services_full_process", "national", "as_of", "2023-12-31", 25.0),
            ("localities_fee_reduction", "national", "as_of", "2023-12-31", 42.0),
        ],
    ),
    # 8 — provincial 'lần lượt là' over three indicators with national averages in parentheses; rank and target traps
    (
        """Thanh Hóa: 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến đạt 68,4%

09/07/2025 | Chuyển đổi số

Theo báo cáo sơ kết của UBND tỉnh, tỷ lệ hồ sơ TTHC xử lý trực tuyến, tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ hồ sơ được cấp kết quả điện tử của Thanh Hóa trong 6 tháng đầu năm 2025 lần lượt là 68,4%, 45,9% và 92,1%, cao hơn mức trung bình cả nước cùng kỳ (lần lượt 52,3%, 31,7% và 84,5%).

Hiện nay, tỉnh đã cung cấp 1.126 DVCTT toàn trình, chiếm 56,2% tổng số TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trong tỉnh. Nhiều thủ tục có lượng hồ sơ lớn như cấp phiếu lý lịch tư pháp, đăng ký hộ kinh doanh, cấp giấy phép lái xe đã được thực hiện hoàn toàn trên môi trường mạng.

Trong Bộ chỉ số phục vụ người dân, doanh nghiệp, Thanh Hóa xếp thứ 9/63 tỉnh, thành phố; Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024 xếp thứ 14/63, tăng 7 bậc so với năm trước.

Tuy nhiên, tỷ lệ hồ sơ toàn trình vẫn còn thấp so với mục tiêu 80% đề ra cho năm 2025, đặc biệt ở cấp xã. UBND tỉnh yêu cầu các sở, ngành tăng cường hướng dẫn người dân sử dụng tài khoản VNeID để nộp hồ sơ, đồng thời bố trí nhân lực hỗ trợ tại bộ phận một cửa.""",
        "2025-07-09",
        [
            ("online_dossier_rate", "Thanh Hóa", "half", "2025-06-30", 68.4),
            ("online_dossier_full_process_rate", "Thanh Hóa", "half", "2025-06-30", 45.9),
            ("e_result_rate", "Thanh Hóa", "half", "2025-06-30", 92.1),
            ("online_dossier_rate", "national", "half", "2025-06-30", 52.3),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 31.7),
            ("e_result_rate", "national", "half", "2025-06-30", 84.5),
            ("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2025-06-30", 56.2),
        ],
    ),
    # 9 — quoted speech of a minister at a year-end conference; past-year value in the quote; ICT revenue, target and other-country traps
    (
        """Bộ trưởng Nguyễn Mạnh Hùng: “Kinh tế số đang tăng trưởng gấp ba lần GDP”

06/01/2024

Phát biểu tại Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 của Bộ Thông tin và Truyền thông, Bộ trưởng Nguyễn Mạnh Hùng nhấn mạnh: “Năm 2023, kinh tế số của Việt Nam ước chiếm khoảng 16,5% GDP, tăng trưởng khoảng 20% so với năm 2022, gấp ba lần tốc độ tăng trưởng GDP. Năm 2022, con số này mới là 14,26%.”

Theo Bộ trưởng, doanh thu công nghiệp công nghệ thông tin năm 2023 ước đạt 142 tỷ USD, kim ngạch xuất khẩu phần cứng, điện tử đạt khoảng 132 tỷ USD. “Chúng ta là nước có tốc độ tăng trưởng kinh tế số nhanh nhất khu vực ASEAN, nhưng về quy mô thì vẫn còn khoảng cách. Ở Singapore, kinh tế số đã chiếm hơn 17% GDP”, ông nói.

Bộ trưởng cũng lưu ý mục tiêu kinh tế số đạt 20% GDP vào năm 2025 là một mục tiêu rất thách thức: “Muốn đạt được, mỗi năm kinh tế số phải tăng thêm khoảng 2 điểm phần trăm trong GDP. Động lực chính phải là số hóa các ngành kinh tế, chứ không chỉ dựa vào công nghiệp ICT.”

Năm 2024 được Bộ chọn là năm “Phát triển kinh tế số”, với trọng tâm là thương mại điện tử, thanh toán số và các nền tảng số quốc gia.""",
        "2024-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 10 — number in the heading; previous month in parentheses; ytd total; sub-parts after "Trong đó"; 'lần lượt là' ministries/localities
    (
        """1.105 cuộc tấn công mạng gây sự cố vào các hệ thống tại Việt Nam trong tháng 9/2023

09/10/2023

Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 9/2023, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.105 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,1% so với tháng 8 (1.203 cuộc). Trong đó có 356 cuộc tấn công lừa đảo (Phishing), 498 cuộc tấn công thay đổi giao diện (Deface) và 251 cuộc tấn công cài mã độc (Malware).

Lũy kế 9 tháng đầu năm 2023, số cuộc tấn công mạng gây sự cố là 9.512 cuộc, giảm 9,3% so với cùng kỳ năm 2022.

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet trong tháng 9 là hơn 5,62 triệu địa chỉ, giảm 6,4% so với tháng trước. Cũng trong tháng, Cục đã phát hiện và cảnh báo 243 lỗ hổng bảo mật có mức ảnh hưởng cao, nghiêm trọng.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành và các địa phương lần lượt là 68,5% và 52,1% (tính đến 30/9/2023). Cục An toàn thông tin đề nghị các đơn vị khẩn trương hoàn thành phê duyệt cấp độ cho 100% hệ thống đang vận hành trong năm 2023.""",
        "2023-10-09",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1105.0),
            ("cyberattacks", "national", "month", "2023-08-31", 1203.0),
            ("cyberattacks", "national", "ytd", "2023-09-30", 9512.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 5620000.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-09-30", 68.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-09-30", 52.1),
        ],
    ),
    # 11 — quarter-end levels with earlier values in parentheses; operator, 5G-subscriber, other-country and target traps
    (
        """Phủ sóng 5G đạt 26,1% dân số sau 9 tháng thương mại hóa

15/07/2025

Theo báo cáo quý II/2025 của Bộ Khoa học và Công nghệ, tính đến ngày 30/6/2025, cả nước có 11.480 trạm BTS 5G (cuối quý I/2025: 8.230 trạm), tỷ lệ phủ sóng 5G theo dân số đạt 26,1% (cuối quý I: 18,5%). Số thuê bao sử dụng dịch vụ 5G vào khoảng 12 triệu.

Viettel hiện chiếm khoảng 70% số trạm 5G đã phát sóng; VNPT và MobiFone đang tăng tốc lắp đặt sau khi trúng đấu giá băng tần 3.700–3.800 MHz.

Cùng với 5G, tỷ lệ thuê bao di động sử dụng điện thoại thông minh tiếp tục tăng, đạt 90,2% (quý II/2024: 86,9%), nhờ chương trình hỗ trợ chuyển đổi thuê bao 2G lên smartphone giá rẻ.

Tuy vậy, so với khu vực, mức độ phủ sóng 5G của Việt Nam vẫn còn khiêm tốn: Hàn Quốc đã phủ 5G cho khoảng 95% dân số, Thái Lan hơn 85%. Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 phủ sóng 5G đạt ít nhất 50% dân số.""",
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11480.0),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8230.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.1),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 18.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 90.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.9),
        ],
    ),
    # 12 — provincial feature with no published date: dated end-2022 and 30/6/2023 values; an undatable 'hiện nay' level; people-share trap
    (
        """Đồng Tháp đẩy mạnh phổ cập hạ tầng số đến từng ấp, khóm

Những năm qua, Đồng Tháp xác định hạ tầng số là nền tảng để người dân tiếp cận dịch vụ công trực tuyến và thương mại điện tử. Theo Sở Thông tin và Truyền thông, cuối năm 2022, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh chỉ đạt 61%, thấp hơn nhiều địa phương trong vùng Đồng bằng sông Cửu Long.

Đến ngày 30/6/2023, toàn tỉnh có 99,1% ấp, khóm có sóng di động băng rộng; tỷ lệ người trưởng thành có điện thoại thông minh đạt 79,6%. Các doanh nghiệp viễn thông đã lắp mới 126 trạm BTS 4G ở các xã biên giới thuộc huyện Hồng Ngự, Tân Hồng.

Nhờ chính sách hỗ trợ kéo cáp miễn phí cho hộ nghèo, hộ cận nghèo, hiện nay tỷ lệ hộ gia đình có cáp quang của tỉnh đã lên khoảng 78%, 100% xã, phường, thị trấn có hạ tầng băng rộng cố định.

Thời gian tới, tỉnh tiếp tục phối hợp với các doanh nghiệp phát triển mạng 5G tại TP. Cao Lãnh, TP. Sa Đéc và các khu công nghiệp, phấn đấu 100% hộ gia đình có khả năng tiếp cận cáp quang.""",
        None,
        [
            ("ftth_household_rate", "Đồng Tháp", "as_of", "2022-12-31", 61.0),
            ("villages_with_mobile_coverage_rate", "Đồng Tháp", "as_of", "2023-06-30", 99.1),
        ],
    ),
    # 13 — Q&A interview with a provincial director; ytd dossier rates, GRDP share, 'hiện' levels; DTI, change and target traps
    (
        """Quảng Ninh: “Chuyển đổi số phải lấy người dân làm trung tâm”

18/11/2024 - 08:30

Nhân dịp tổng kết các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10), phóng viên đã trao đổi với ông Trần Đức Bình, Giám đốc Sở Thông tin và Truyền thông tỉnh Quảng Ninh.

– Thưa ông, đâu là những kết quả nổi bật của Quảng Ninh trong năm 2024?

– Ông Trần Đức Bình: Tính đến hết tháng 10/2024, tỉnh đã cung cấp 1.325 DVCTT toàn trình, chiếm 78,3% tổng số TTHC. Tỷ lệ hồ sơ xử lý trực tuyến đạt 89,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,2%. Năm 2023, kinh tế số của tỉnh chiếm 11,5% GRDP, tăng 1,8 điểm phần trăm so với năm 2022. Quảng Ninh cũng là địa phương dẫn đầu Chỉ số chuyển đổi số cấp tỉnh (DTI) nhiều năm liền.

– Còn về hạ tầng số, thưa ông?

– Ông Trần Đức Bình: Hiện toàn tỉnh có 100% thôn, khu, bản có sóng di động băng rộng, kể cả các xã đảo của huyện Cô Tô, Vân Đồn; hơn 90% hộ gia đình có Internet cáp quang. Chúng tôi đang phối hợp với Viettel phủ sóng 5G tại các khu du lịch trọng điểm như Hạ Long, Móng Cái.

– Mục tiêu năm 2025 của tỉnh là gì?

– Ông Trần Đức Bình: Quảng Ninh phấn đấu năm 2025 đạt 95% hồ sơ xử lý trực tuyến, kinh tế số chiếm 15% GRDP và 100% người dân trưởng thành có tài khoản định danh điện tử.""",
        "2024-11-18",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-10-31", 78.3),
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-10-31", 89.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-10-31", 71.2),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 11.5),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2024-11-18", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-11-18", 90.0),
        ],
    ),
    # 14 — central-bank press: 'lần lượt là' over three years; Mobile Money level with a sub-part; portal payments for a year; target trap
    (
        """87% người trưởng thành đã có tài khoản thanh toán

10/02/2025

Theo Ngân hàng Nhà nước Việt Nam, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng năm 2022, 2023 và 2024 lần lượt là 74%, 80% và 87%, vượt sớm mục tiêu 80% mà Chiến lược tài chính toàn diện quốc gia đặt ra cho năm 2025.

Dịch vụ Mobile Money sau hơn ba năm thí điểm cũng ghi nhận kết quả tích cực: tính đến 31/12/2024, có 9,5 triệu khách hàng đăng ký sử dụng, trong đó hơn 70% ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch Mobile Money trong năm 2024 đạt khoảng 32.500 tỷ đồng.

Thanh toán trực tuyến các nghĩa vụ tài chính trong giải quyết TTHC cũng tăng mạnh. Năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 11,8 triệu giao dịch thanh toán trực tuyến với tổng giá trị hơn 12.900 tỷ đồng, gấp gần hai lần năm trước.

Ngân hàng Nhà nước cho biết sẽ tiếp tục phối hợp với Bộ Công an khai thác CSDL quốc gia về dân cư để làm sạch dữ liệu khách hàng; đến nay đã có khoảng 200 triệu hồ sơ khách hàng cá nhân được đối chiếu, xác thực qua căn cước gắn chip.""",
        "2025-02-10",
        [
            ("adults_with_bank_account_rate", "national", "year", "2022-12-31", 74.0),
            ("adults_with_bank_account_rate", "national", "year", "2023-12-31", 80.0),
            ("adults_with_bank_account_rate", "national", "year", "2024-12-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 9500000.0),
            ("online_payments_count_new", "national", "year", "2024-12-31", 11800000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 12900.0),
        ],
    ),
    # 15 — abbreviation-heavy monthly summary (DVCTT, TTHC, CSDL, TMĐT); ministries/localities split; one-ministry and no-id traps
    (
        """Tháng 5/2023: Tỷ lệ hồ sơ xử lý trực tuyến của bộ, ngành đạt 35,1%

09/06/2023

Báo cáo tình hình thực hiện Chương trình Chuyển đổi số quốc gia tháng 5/2023 của Bộ TT&TT cho thấy một số chuyển biến về DVCTT, song chất lượng vẫn chưa đồng đều.

Về cung cấp dịch vụ, tỷ lệ TTHC được cung cấp dưới hình thức DVCTT (trên tổng số TTHC) đạt 71,2%; tỷ lệ TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình là 48,3%. Tỷ lệ DVCTT có phát sinh hồ sơ trong tháng đạt 52,6%, nghĩa là gần một nửa dịch vụ đã cung cấp vẫn chưa có người dùng.

Về sử dụng, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 35,1%; của các địa phương đạt 28,4%. Một số bộ như Bộ Tài chính, Bộ Công Thương duy trì tỷ lệ trên 90%.

Về dữ liệu, 6/6 CSDL quốc gia ưu tiên đã cơ bản hoàn thành xây dựng; 19 bộ, ngành đã công bố danh mục CSDL chuyên ngành. Về kinh tế số, doanh thu TMĐT B2C 5 tháng đầu năm ước đạt 9,2 tỷ USD, tăng 22% so với cùng kỳ.

Bộ TT&TT đề nghị các bộ, ngành, địa phương tập trung tái cấu trúc quy trình, cắt giảm thành phần hồ sơ, tránh tình trạng cung cấp DVCTT “cho có”.""",
        "2023-06-09",
        [
            ("dvctt_rate", "national", "as_of", "2023-05-31", 71.2),
            ("full_process_provision_rate", "national", "as_of", "2023-05-31", 48.3),
            ("dvctt_with_dossiers_rate", "national", "month", "2023-05-31", 52.6),
            ("online_dossier_rate", "ministries", "month", "2023-05-31", 35.1),
            ("online_dossier_rate", "localities", "month", "2023-05-31", 28.4),
        ],
    ),
    # 16 — heading opens on the number; month flows and cumulative levels on the portal; sub-part, one-ministry and remainder traps
    (
        """7,3 triệu hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia trong tháng 11

Thứ Ba, 10/12/2024

Theo Văn phòng Chính phủ, trong tháng 11/2024, Cổng Dịch vụ công quốc gia tiếp nhận 7,3 triệu hồ sơ trực tuyến, tăng 15,2% so với tháng 10; trong đó 1,4 triệu hồ sơ được nộp qua ứng dụng VNeID. Riêng Bộ Công an tiếp nhận 2,6 triệu hồ sơ, chủ yếu là đăng ký cư trú và cấp căn cước.

Cũng trong tháng, Cổng ghi nhận 2,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 3.250 tỷ đồng, cùng 612 nghìn tài khoản đăng ký mới.

Lũy kế đến hết tháng 11/2024, Cổng có hơn 15,8 triệu tài khoản đăng ký, 58,2 triệu hồ sơ trực tuyến đã được tiếp nhận và 26,4 triệu giao dịch thanh toán trực tuyến với tổng giá trị hơn 21.700 tỷ đồng.

Văn phòng Chính phủ cho biết vẫn còn 156 TTHC thuộc danh mục phải tích hợp nhưng chưa được đưa lên Cổng; đề nghị các bộ, ngành, địa phương hoàn thành trong tháng 12/2024.""",
        "2024-12-10",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-11-30", 7300000.0),
            ("online_payments_count_new", "national", "month", "2024-11-30", 2100000.0),
            ("online_payments_value_new", "national", "month", "2024-11-30", 3250.0),
            ("national_portal_accounts_new", "national", "month", "2024-11-30", 612000.0),
            ("national_portal_accounts", "national", "as_of", "2024-11-30", 15800000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-11-30", 58200000.0),
            ("online_payments_count", "national", "as_of", "2024-11-30", 26400000.0),
            ("online_payments_value", "national", "as_of", "2024-11-30", 21700.0),
        ],
    ),
    # 17 — provincial infographic caption (Đà Nẵng 2023) saved as text; DTI rank and camera count no id
    (
        """ĐÀ NẴNG – DẤU ẤN CHUYỂN ĐỔI SỐ NĂM 2023

(Infographic) 15/01/2024

Năm 2023, Đà Nẵng tiếp tục là một trong những địa phương dẫn đầu cả nước về chuyển đổi số. Một số kết quả nổi bật:

• 92,7% hồ sơ TTHC được tiếp nhận, xử lý trực tuyến
• 86,5% TTHC được cung cấp dưới hình thức DVCTT toàn trình
• 18,2% – tỷ trọng kinh tế số trong GRDP của thành phố
• 95% hộ gia đình có Internet cáp quang băng rộng
• TOP 1 Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022
• 1.250 camera giám sát giao thông, an ninh trật tự được kết nối về Trung tâm IOC
• 7 CSDL chuyên ngành dùng chung được công bố dữ liệu mở

Nguồn: Sở Thông tin và Truyền thông thành phố Đà Nẵng
Đồ họa: Thanh Tùng""",
        "2024-01-15",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 92.7),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2023-12-31", 86.5),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.2),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 95.0),
        ],
    ),
    # 18 — national interview on cybersecurity; 'đến nay' level with end-2023 comparison; ytd attacks; remainder, target and vendor traps
    (
        """Cục trưởng Cục An toàn thông tin: “Không để hệ thống nào vận hành mà chưa được phê duyệt cấp độ”

22/08/2024

Thực hiện Chỉ thị 09/CT-TTg về bảo đảm an toàn hệ thống thông tin theo cấp độ, nhiều bộ, ngành, địa phương đã có chuyển biến rõ rệt. Phóng viên đã có cuộc trao đổi với Cục trưởng Cục An toàn thông tin.

Phóng viên: Thưa ông, tiến độ phê duyệt cấp độ hiện nay ra sao?

Cục trưởng: Đến nay, cả nước đã có 78,4% hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ, so với 39% hồi cuối năm 2023. Như vậy chỉ trong hơn bảy tháng, tỷ lệ này đã tăng gấp đôi. Còn khoảng 21,6% hệ thống chưa được phê duyệt, chủ yếu ở cấp huyện.

Phóng viên: Tình hình tấn công mạng năm nay thế nào?

Cục trưởng: 7 tháng đầu năm 2024, chúng tôi ghi nhận 6.100 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Số địa chỉ IP Việt Nam nằm trong mạng botnet hiện đã giảm xuống còn khoảng 4,8 triệu, thấp nhất trong 5 năm. Theo một hãng bảo mật nước ngoài, riêng nửa đầu năm họ đã chặn hơn 37 triệu mối đe dọa trực tuyến nhắm vào người dùng Việt Nam.

Phóng viên: Mục tiêu sắp tới là gì?

Cục trưởng: Chỉ thị 09 yêu cầu hoàn thành phê duyệt cấp độ cho 100% hệ thống trước tháng 9/2024 và triển khai đầy đủ phương án bảo đảm an toàn trước tháng 12/2024. Đây là yêu cầu bắt buộc, không có ngoại lệ.""",
        "2024-08-22",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-22", 78.4),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 39.0),
            ("cyberattacks", "national", "ytd", "2024-07-31", 6100.0),
            ("botnet_ips", "national", "as_of", "2024-08-22", 4800000.0),
        ],
    ),
    # 19 — provincial committee notice on dead-zone villages; share in parentheses, level kept, remainder-to-do trap; a national figure too
    (
        """Nghệ An: Đã phủ sóng 95/137 thôn, bản lõm sóng có điện lưới

20/08/2024

Ngày 20/8/2024, Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An ban hành Thông báo về tiến độ xóa vùng lõm sóng trên địa bàn tỉnh.

Tính đến ngày 15/8/2024, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 95/137 thôn, bản lõm sóng có điện lưới (đạt 69,3%). 42 thôn, bản còn lại tập trung ở các huyện Kỳ Sơn, Tương Dương, Quế Phong; các doanh nghiệp cam kết hoàn thành trước ngày 30/11/2024.

Hiện toàn tỉnh còn 100 thôn, bản lõm sóng di động (gồm 42 thôn có điện lưới và 58 thôn chưa có điện lưới quốc gia). Đối với các thôn chưa có điện, Ban Chỉ đạo đề nghị nghiên cứu giải pháp dùng pin năng lượng mặt trời và trạm phát sóng công suất nhỏ.

Theo Bộ Thông tin và Truyền thông, tính đến cuối tháng 7/2024, cả nước đã phủ sóng cho 70,2% số thôn lõm sóng có điện lưới. Ban Chỉ đạo yêu cầu Sở TT&TT hằng tuần cập nhật tiến độ, báo cáo UBND tỉnh những vướng mắc về mặt bằng, giải phóng cột, đường điện để kịp thời tháo gỡ.""",
        "2024-08-20",
        [
            ("dead_zone_villages_covered_rate", "Nghệ An", "as_of", "2024-08-15", 69.3),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-08-20", 100.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-07-31", 70.2),
        ],
    ),
    # 20 — 'lần lượt là' ministries/localities over the first nine months; one-ministry, change and target traps
    (
        """9 tháng năm 2024: tỷ lệ cấp kết quả điện tử của địa phương vượt bộ, ngành

14/10/2024

Theo số liệu trên Hệ thống thông tin giải quyết TTHC của các bộ, ngành, địa phương, trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ được cấp kết quả điện tử của bộ, ngành và địa phương lần lượt là 78,2% và 85,6%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa lần lượt là 30,1% và 42,4%.

Tính chung cả nước, tỷ lệ hồ sơ xử lý trực tuyến đạt 44,6%, tăng 11,3 điểm phần trăm so với cùng kỳ năm 2023; tỷ lệ hồ sơ TTHC gắn số định danh cá nhân đạt 88,9%. Bộ Tư pháp là đơn vị dẫn đầu khối bộ, ngành với tỷ lệ cấp kết quả điện tử 99,5%.

Dù có tiến bộ, tỷ lệ khai thác, sử dụng lại dữ liệu vẫn thấp so với mục tiêu 50% trong năm 2024. Nguyên nhân chủ yếu là nhiều hệ thống chưa kết nối với kho quản lý dữ liệu điện tử của tổ chức, cá nhân; cán bộ một cửa vẫn yêu cầu người dân nộp lại giấy tờ đã được số hóa.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương rà soát, bảo đảm kết quả giải quyết TTHC được số hóa và đồng bộ về kho dữ liệu ngay khi cấp.""",
        "2024-10-14",
        [
            ("e_result_rate", "ministries", "ytd", "2024-09-30", 78.2),
            ("e_result_rate", "localities", "ytd", "2024-09-30", 85.6),
            ("data_reuse_rate", "ministries", "ytd", "2024-09-30", 30.1),
            ("data_reuse_rate", "localities", "ytd", "2024-09-30", 42.4),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 44.6),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2024-09-30", 88.9),
        ],
    ),
    # 21 — provincial training news: participant and team counts, plans — no values
    (
        """Lâm Đồng tập huấn kỹ năng số cho 350 thành viên Tổ công nghệ số cộng đồng

05/09/2023

Ngày 05/9/2023, Sở Thông tin và Truyền thông tỉnh Lâm Đồng phối hợp với Viettel Lâm Đồng tổ chức lớp tập huấn kỹ năng số cho 350 thành viên Tổ công nghệ số cộng đồng tại các huyện Đức Trọng, Lâm Hà và Di Linh.

Tại lớp tập huấn, học viên được hướng dẫn cách cài đặt, kích hoạt ứng dụng VNeID; nộp hồ sơ trên Cổng Dịch vụ công quốc gia và Cổng dịch vụ công của tỉnh; sử dụng các ứng dụng thanh toán không dùng tiền mặt; nhận diện các hình thức lừa đảo trực tuyến phổ biến.

Toàn tỉnh hiện có hơn 1.100 Tổ công nghệ số cộng đồng với khoảng 7.500 thành viên, là lực lượng “đi từng ngõ, gõ từng nhà” hướng dẫn người dân sử dụng dịch vụ số. Năm 2023, UBND tỉnh đã ban hành 12 kế hoạch liên quan đến chuyển đổi số và tổ chức 4 hội nghị chuyên đề.

Phát biểu bế mạc, lãnh đạo Sở TT&TT đề nghị các học viên sau tập huấn tiếp tục hướng dẫn lại cho người dân tại thôn, tổ dân phố, góp phần hoàn thành các chỉ tiêu chuyển đổi số của tỉnh trong năm 2023.""",
        "2023-09-05",
        [],
    ),
    # 22 — explainer with no published date: UN rank and 2022 Internet users dated by year; 'hiện nay' figures undatable
    (
        """Chuyển đổi số là gì? Việt Nam đang ở đâu trên bản đồ số thế giới?

Chuyển đổi số là quá trình thay đổi tổng thể và toàn diện của cá nhân, tổ chức về cách sống, cách làm việc và phương thức sản xuất dựa trên các công nghệ số. Ở Việt Nam, Chương trình Chuyển đổi số quốc gia xác định ba trụ cột: chính phủ số, kinh tế số và xã hội số.

Hiện nay, cả nước có hơn 80 triệu thuê bao băng rộng di động, khoảng 84% thuê bao di động sử dụng điện thoại thông minh. Đây là nền tảng quan trọng để người dân tiếp cận các dịch vụ số.

Theo báo cáo khảo sát Chính phủ điện tử mà Liên Hợp Quốc công bố năm 2022, Việt Nam xếp hạng 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), thuộc nhóm có chỉ số cao. Theo số liệu của Bộ Thông tin và Truyền thông, tỷ lệ người sử dụng Internet tại Việt Nam trong năm 2022 là 79,1% dân số.

Để thúc đẩy chuyển đổi số, người dân có thể bắt đầu từ những việc đơn giản: kích hoạt tài khoản định danh điện tử, sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và trang bị kỹ năng nhận diện lừa đảo trên mạng.""",
        None,
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("internet_users_rate", "national", "year", "2022-12-31", 79.1),
        ],
    ),
    # 23 — speed bulletin as a bullet list with '.' decimals; upload, rank and other-country traps; same month a year earlier kept
    (
        """Tốc độ Internet Việt Nam tháng 12/2023

16/01/2024

Cục Viễn thông công bố kết quả đo tốc độ truy cập Internet của Việt Nam trong tháng 12/2023 như sau:

- BRCĐ, tốc độ tải xuống: 93.33 Mbps
- BRCĐ, tốc độ tải lên: 91.06 Mbps
- BRDĐ, tốc độ tải xuống: 47.07 Mbps
- BRDĐ, tốc độ tải lên: 19.42 Mbps
- Xếp hạng BRCĐ: 44/178
- Xếp hạng BRDĐ: 48/146
- Cùng kỳ tháng 12/2022: BRCĐ 68.67 Mbps, BRDĐ 38.03 Mbps (tải xuống)

Như vậy, sau một năm, tốc độ tải xuống BRCĐ tăng khoảng 36%, BRDĐ tăng khoảng 24%. Trong khu vực ASEAN, Singapore vẫn dẫn đầu về BRCĐ với 271.85 Mbps; Việt Nam đứng thứ 4 về BRCĐ và thứ 5 về BRDĐ.

Cục Viễn thông cho biết việc các doanh nghiệp nâng cấp gói cước cáp quang lên tối thiểu 150 Mbps và mở rộng băng tần 4G là nguyên nhân chính giúp tốc độ được cải thiện.""",
        "2024-01-16",
        [
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 93.33),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 47.07),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 68.67),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 38.03),
        ],
    ),
    # 24 — quoted speech of a Deputy PM at the Project 06 review; levels at 31/12/2024 and a 2024 rate; one-ministry, sub-part, target traps
    (
        """Phó Thủ tướng: “Đề án 06 đã thực sự đi vào cuộc sống”

07/01/2025

Phát biểu tại Hội nghị sơ kết 3 năm triển khai Đề án 06 diễn ra ngày 6/1/2025, Phó Thủ tướng Chính phủ, Tổ trưởng Tổ công tác triển khai Đề án 06, nhấn mạnh: “Tính đến ngày 31/12/2024, cả nước đã cấp hơn 88,3 triệu thẻ căn cước, căn cước công dân gắn chip; kích hoạt 61,2 triệu tài khoản định danh điện tử. Chúng ta đã cung cấp toàn trình 53/53 dịch vụ công thiết yếu theo danh mục của Đề án.”

Phó Thủ tướng cho biết, trong năm 2024, tỷ lệ hồ sơ TTHC gắn số định danh cá nhân đạt 92,1%. Riêng Bộ Công an đã tiếp nhận, giải quyết hơn 15 triệu hồ sơ trực tuyến; hơn 10 triệu người dân đã tích hợp giấy phép lái xe lên ứng dụng VNeID.

“Năm 2025, phải bảo đảm 100% hồ sơ TTHC gắn định danh cá nhân, hoàn thành triển khai danh mục dịch vụ công thiết yếu mở rộng và làm sạch toàn bộ dữ liệu đất đai”, Phó Thủ tướng yêu cầu.

Hội nghị cũng đã khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc trong triển khai Đề án 06.""",
        "2025-01-07",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 88300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 61200000.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 53.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 92.1),
        ],
    ),
    # 25 — provincial sapo lead plus bullet list at year end; people-share smartphone line (no id) and target traps
    (
        """Bình Dương: Nhiều chỉ tiêu hạ tầng số về đích trước hạn

20/01/2025

(BDO) Tính đến hết năm 2024, nhiều chỉ tiêu hạ tầng số và xã hội số của Bình Dương đã vượt kế hoạch đề ra cho giai đoạn 2021–2025. Theo báo cáo của Sở Thông tin và Truyền thông, cụ thể:

- Tỷ lệ hộ gia đình có Internet cáp quang: 92,4%
- Tỷ lệ người trưởng thành sử dụng điện thoại thông minh: 89%
- Tỷ lệ người trưởng thành có tài khoản thanh toán: 86,7%
- Tỷ lệ khu phố, ấp có sóng di động băng rộng: 100%
- Số trạm BTS 5G đã phát sóng: 312 trạm
- Tỷ lệ dân số trưởng thành sử dụng DVCTT: 61,5%

Bên cạnh đó, doanh thu TMĐT trên địa bàn tỉnh năm 2024 ước đạt 9.800 tỷ đồng; 100% cơ quan nhà nước sử dụng văn bản điện tử có ký số.

Năm 2025, tỉnh đặt mục tiêu 95% hộ gia đình có cáp quang, phủ sóng 5G toàn bộ các khu công nghiệp và 70% dân số trưởng thành sử dụng DVCTT. Sở TT&TT cũng kiến nghị các doanh nghiệp viễn thông ưu tiên đầu tư hạ tầng tại các huyện phía Bắc như Bắc Tân Uyên, Dầu Tiếng, Phú Giáo.""",
        "2025-01-20",
        [
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 92.4),
            ("adults_with_bank_account_rate", "Bình Dương", "as_of", "2024-12-31", 86.7),
            ("villages_with_mobile_coverage_rate", "Bình Dương", "as_of", "2024-12-31", 100.0),
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-12-31", 312.0),
            ("adult_population_using_dvctt_rate", "Bình Dương", "as_of", "2024-12-31", 61.5),
        ],
    ),
    # 26 — UN e-government edition in the heading; earlier edition in parentheses; score, sub-index, other-country, change and target traps
    (
        """Việt Nam tăng 15 bậc, xếp thứ 71/193 về Chính phủ điện tử

18/09/2024

Ngày 17/9/2024, Liên Hợp Quốc công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp hạng 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193). Lần đầu tiên Việt Nam được xếp vào nhóm có chỉ số phát triển Chính phủ điện tử rất cao.

Trong ba chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) có mức tăng mạnh nhất, đạt 0,8002 điểm; chỉ số dịch vụ trực tuyến (OSI) đạt 0,7311 điểm; chỉ số nguồn nhân lực (HCI) gần như không đổi.

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore (xếp thứ 3 thế giới), Malaysia, Thái Lan và Brunei.

Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số, Việt Nam phấn đấu đến năm 2025 thuộc nhóm 50 nước dẫn đầu về EGDI. Để đạt mục tiêu này, Bộ TT&TT cho biết sẽ tập trung cải thiện chỉ số dịch vụ trực tuyến, vốn là điểm yếu nhất trong nhiều kỳ đánh giá.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 27 — government-office news: fee-reduction and simplification counts with 'đến nay'; remainder, 'trong đó' and percent-of-plan traps
    (
        """Đã có 58/63 địa phương ban hành nghị quyết giảm phí khi làm DVCTT

22/05/2024

Theo Văn phòng Chính phủ, đến nay đã có 58/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện TTHC trên môi trường điện tử; 5 địa phương còn lại cam kết hoàn thành trong tháng 6/2024.

Về cải cách TTHC, đã có 785/1.084 TTHC được cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ (đạt 72,4% kế hoạch), trong đó 423 TTHC đã được thực thi trên thực tế. 299 TTHC còn lại đang được các bộ soạn thảo văn bản sửa đổi.

Việc kết nối, theo dõi trên Hệ thống EMC cũng có tiến bộ: tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 87,3%.

Văn phòng Chính phủ đề nghị các địa phương chưa ban hành nghị quyết khẩn trương trình HĐND tại kỳ họp gần nhất; các bộ, ngành đẩy nhanh việc sửa đổi văn bản quy phạm pháp luật để thực thi phương án cắt giảm.""",
        "2024-05-22",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-22", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-05-22", 785.0),
            ("emc_connection_rate", "national", "as_of", "2024-05-22", 87.3),
        ],
    ),
    # 28 — NDXP monthly figures with an explicit reporting window in parentheses; daily average over the window; change and one-ministry traps
    (
        """Tháng 6/2025: NDXP ghi nhận 72,4 triệu giao dịch

25/06/2025

Theo báo cáo của Cục Chuyển đổi số quốc gia (Bộ Khoa học và Công nghệ), trong tháng 6/2025 (từ ngày 20/5 đến ngày 19/6/2025), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 72,4 triệu giao dịch, trung bình 2,34 triệu giao dịch/ngày, tăng 28% so với cùng kỳ năm 2024. Riêng các giao dịch khai thác CSDL quốc gia về dân cư của Bộ Công an chiếm khoảng 40%.

Tổng số giao dịch lũy kế từ năm 2019 đến ngày 19/6/2025 đạt hơn 4,1 tỷ giao dịch. NDXP hiện có 1.146 điểm kết nối với 112 cơ quan, đơn vị, bao gồm các bộ, ngành, địa phương, tổ chức chính trị – xã hội và một số doanh nghiệp nhà nước.

Cục Chuyển đổi số quốc gia cho biết đang chuẩn bị phương án điều chỉnh kết nối khi các tỉnh thực hiện sắp xếp đơn vị hành chính từ ngày 1/7/2025, bảo đảm hoạt động chia sẻ dữ liệu không bị gián đoạn.""",
        "2025-06-25",
        [
            ("ndxp_transactions_period", "national", "month", "2025-06-19", 72400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-19", 2340000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-19", 4100000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-06-19", 1146.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-19", 112.0),
        ],
    ),
    # 29 — provincial year review opening on the year (undated levels are year end); digitisation, TMĐT, change and target traps
    (
        """Lào Cai: Năm 2023, kinh tế số chiếm 6,1% GRDP

03/01/2024

Năm 2023, công tác chuyển đổi số của tỉnh Lào Cai ghi nhận nhiều chuyển biến tích cực. Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến đạt 63,2%, tăng 21 điểm phần trăm so với năm 2022; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78%.

Về hạ tầng, toàn tỉnh hiện có 98,6% thôn, bản có sóng di động; 68% hộ gia đình có Internet cáp quang. Các xã vùng cao như Y Tý, A Lù, Dền Sáng đã có sóng 4G ổn định.

Kinh tế số ước chiếm 6,1% GRDP của tỉnh. Hơn 3.200 sản phẩm OCOP và nông sản địa phương được đưa lên các sàn TMĐT Postmart, Voso; doanh thu TMĐT năm 2023 ước đạt 450 tỷ đồng. Tỉnh đã đưa vào vận hành 15 CSDL chuyên ngành.

Năm 2024, Lào Cai đặt mục tiêu kinh tế số đạt 8% GRDP, 100% thôn, bản có sóng di động băng rộng và 80% hồ sơ TTHC được xử lý trực tuyến.""",
        "2024-01-03",
        [
            ("online_dossier_rate", "Lào Cai", "year", "2023-12-31", 63.2),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-12-31", 98.6),
            ("ftth_household_rate", "Lào Cai", "as_of", "2023-12-31", 68.0),
            ("digital_economy_gdp_share", "Lào Cai", "year", "2023-12-31", 6.1),
        ],
    ),
    # 30 — quoted speech at a conference: 'hiện nay' levels (meeting date), per-100 densities, a 2024 estimate; other-country and target traps
    (
        """Cục trưởng Cục Viễn thông: “Hạ tầng số phải đi trước một bước”

12/03/2025

Phát biểu tại Hội nghị triển khai nhiệm vụ năm 2025 của ngành viễn thông ngày 11/3/2025, Cục trưởng Cục Viễn thông cho biết: “Hiện nay, 83,5% hộ gia đình Việt Nam đã có Internet cáp quang; mật độ thuê bao BRCĐ đạt 24,5 thuê bao/100 dân, còn BRDĐ là 87,9 thuê bao/100 dân. Tỷ lệ người sử dụng Internet năm 2024 ước đạt 80,8% dân số.”

Theo Cục trưởng, những con số này đưa Việt Nam vào nhóm dẫn đầu khu vực về hạ tầng cáp quang, nhưng khoảng cách về 5G vẫn còn lớn. “Thái Lan đã phủ sóng 5G cho hơn 90% dân số. Chúng ta phải tăng tốc nếu không muốn tụt lại phía sau”, ông nói.

Cục trưởng nhấn mạnh mục tiêu đến năm 2030 phủ sóng 5G cho 99% dân số, 100% hộ gia đình có khả năng truy cập cáp quang tốc độ 1 Gbps. Để đạt được, Cục sẽ đề xuất cơ chế dùng chung hạ tầng cột, cống bể và ưu đãi về giá thuê đất cho trạm BTS.""",
        "2025-03-12",
        [
            ("ftth_household_rate", "national", "as_of", "2025-03-11", 83.5),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-03-11", 24.5),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-03-11", 87.9),
            ("internet_users_rate", "national", "year", "2024-12-31", 80.8),
        ],
    ),
]
