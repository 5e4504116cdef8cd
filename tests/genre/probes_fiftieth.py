"""Blind genre probes, round 50: page excerpts as a scraper keeps them, cut at about 2,000 bytes
(2022-2026). Each text is the opening 1,200-2,000 characters of a Vietnamese news or portal page
(site name, menu words, breadcrumb, date stamps such as ' date 2024-05' or 'Thứ Năm, 16/05/2024
09:30', headline, sapo, body, 'Ảnh minh họa', captions, stray punctuation lines and 'Tin liên quan'
links carrying figures of other articles) and ends in the middle of a word, sentence or number; a
number cut by the end ('đạt 45,', 'lên 12.3') is not a value, a page stamp may be an update, and
related-link titles belong to other articles. The cases spread over every family of the catalog
(e-services, 5G and broadband, NDXP, cybersecurity, digital economy and society), over periods
(month, quarter, half, ytd, year, as_of, day_avg) and breakdowns (national, ministries,
localities, one province), and include negative and mixed cases: targets, year-on-year changes,
operators' own figures, other countries' and the world's figures, sub-counts after "trong đó",
counts of decrees and meetings, undated "hiện nay" on an undated page. Written for the project
from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # NDXP monthly report page: month flow, per-day average, running total, connected agencies with sub-counts after "trong đó"; related links carry other months' figures; cut at "đạt 12,".
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ - CỔNG THÔNG TIN ĐIỆN TỬ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Chuyển đổi số | Thủ tục hành chính | Liên hệ
Trang chủ » Chuyển đổi số » Tin hoạt động
 date 2025-06
Báo cáo chuyển đổi số quốc gia tháng 5/2025: giao dịch qua NDXP tiếp tục tăng
Thứ Ba, 10/06/2025 15:42
A+ A- | In bài | Chia sẻ
(MST) - Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025 vừa được Bộ Khoa học và Công nghệ phát hành, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành ổn định, bảo đảm kết nối, chia sẻ dữ liệu thông suốt giữa các bộ, ngành, địa phương.
Ảnh minh họa
Trong tháng 5/2025, tổng số giao dịch qua NDXP đạt 98,6 triệu giao dịch, bình quân 3,18 triệu giao dịch mỗi ngày. Lũy kế từ khi đưa vào vận hành đến hết ngày 31/5/2025, tổng số giao dịch qua NDXP là 4,12 tỷ giao dịch.
Tin liên quan:
» Tháng 4/2025: hơn 91 triệu giao dịch qua NDXP
» NDXP vượt mốc 4 tỷ giao dịch sau 6 năm vận hành
» Báo cáo chuyển đổi số tháng 3/2025: 88,9 triệu giao dịch
Tính đến 31/5/2025, NDXP đã kết nối với 112 cơ quan, đơn vị, trong đó có 26 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và 63 tỉnh, thành phố trực thuộc Trung ương; ngoài ra còn kết nối với một số doanh nghiệp, hiệp hội.
Theo Bộ Khoa học và Công nghệ, dữ liệu dân cư, đất đai, doanh nghiệp, bảo hiểm... được khai thác nhiều nhất. Số điểm kết nối giữa các hệ thống thông tin, CSDL trên NDXP hiện đạt 12,""",
        "2025-06-10",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4120000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-05-31", 112),
        ],
    ),
    # Provincial portal (Quảng Ninh), quarter I/2024 dossier shares and satisfaction; a change vs last year, related links with 2023 and March figures, a 2024 target cut mid-word.
    (
        """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ   Giới thiệu   Tin tức - Sự kiện   Chính quyền số   Công dân   Doanh nghiệp   Du khách
Tin tức › Cải cách hành chính
Thứ Sáu, 12/04/2024 09:30
|
Quý I/2024: Quảng Ninh giải quyết 68,5% hồ sơ trực tuyến toàn trình
Quý I/2024, công tác cải cách hành chính, chuyển đổi số trong giải quyết TTHC trên địa bàn tỉnh tiếp tục được duy trì, nhiều chỉ số giữ vị trí dẫn đầu.
Ảnh minh họa
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến.
Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh, trong quý I/2024, các cơ quan, đơn vị, địa phương trên địa bàn tỉnh đã tiếp nhận 312.540 hồ sơ TTHC, trong đó tiếp nhận trực tuyến 267.280 hồ sơ, chiếm 85,5%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,5%, tăng 7,2% so với cùng kỳ năm 2023. Tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 92,3%.
Đáng chú ý, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC trong quý đạt 98,7%; không có hồ sơ quá hạn ở cấp tỉnh.
Tin liên quan
- Quảng Ninh dẫn đầu Chỉ số hài lòng của người dân năm 2023 với 89,2%
- Năm 2023: 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình
- Tháng 3/2024, tỷ lệ hồ sơ trực tuyến đạt 87,1%
Để hoàn thành mục tiêu năm 2024 là 80% hồ sơ được giải quyết trực tuyến toàn tr""",
        "2024-04-12",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2024-03-31", 85.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-03-31", 68.5),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-03-31", 92.3),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2024-03-31", 98.7),
        ],
    ),
    # Government e-paper: half-year flows of the National Portal go on the _new twins, stocks at 30/6; year-on-year changes, "4.543 DVCTT" (no id), related links; cut at "đạt 1".
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ
Thời sự  Chính sách mới  Kinh tế  Xã hội  Quốc tế  Multimedia
Chính phủ số > Dịch vụ công
05/07/2024 10:15
Cổng Dịch vụ công quốc gia: 6 tháng có thêm 2,1 triệu tài khoản
(Chinhphu.vn) - 6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia có thêm 2,1 triệu tài khoản đăng ký mới, tiếp nhận 6,8 triệu hồ sơ trực tuyến và thực hiện 11,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 5.620 tỷ đồng.
Ảnh: VGP
Người dân thực hiện thủ tục trên Cổng Dịch vụ công quốc gia. Ảnh: VGP/Hải Minh
Theo Văn phòng Chính phủ, tính đến ngày 30/6/2024, Cổng Dịch vụ công quốc gia có 14,5 triệu tài khoản đăng ký; đã tiếp nhận tổng cộng 38,2 triệu hồ sơ trực tuyến; 4.543 dịch vụ công trực tuyến được tích hợp, cung cấp trên Cổng.
So với cùng kỳ năm 2023, số hồ sơ trực tuyến nộp qua Cổng tăng 27%, số giao dịch thanh toán trực tuyến tăng 1,6 lần.
---
Tin liên quan
Cổng Dịch vụ công quốc gia đạt 13 triệu tài khoản
Tháng 5/2024: hơn 1,2 triệu hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia
---
Tại Hội nghị trực tuyến sơ kết, đại diện Văn phòng Chính phủ cho biết, thời gian tới sẽ tập trung tái cấu trúc quy trình, bảo đảm người dân chỉ cần đăng nhập một lần để thực hiện toàn bộ các bước của dịch vụ. Số lượt truy cập Cổng trong 6 tháng đạt 1""",
        "2024-07-05",
        [
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 2100000),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 6800000),
            ("online_payments_count_new", "national", "half", "2024-06-30", 11300000),
            ("online_payments_value_new", "national", "half", "2024-06-30", 5620),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 14500000),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 38200000),
        ],
    ),
    # NEGATIVE: a provincial plan (Nghệ An) listing only targets, counts of tasks, meetings and documents; the one current figure is cut by the end ("đạt 45,").
    (
        """BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Chuyển đổi số
 date 2025-01
Chuyển đổi số
Nghệ An phấn đấu 100% dịch vụ công trực tuyến toàn trình trong năm 2025
Thứ Hai, 20/01/2025 - 07:45
UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2025 với nhiều chỉ tiêu cao hơn năm trước.
Ảnh minh họa: Internet
Theo kế hoạch, năm 2025, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 100% hồ sơ TTHC được gắn mã số định danh cá nhân; trên 50% dân số trưởng thành sử dụng DVCTT; tỷ lệ hài lòng của người dân, doanh nghiệp đạt từ 90% trở lên.
Về hạ tầng, mục tiêu đến cuối năm 2025, mạng 5G phủ sóng 60% dân số, 95% hộ gia đình có Internet cáp quang băng rộng; kinh tế số chiếm 15% GRDP.
Để thực hiện các mục tiêu, tỉnh giao 18 nhiệm vụ trọng tâm cho các sở, ngành; Ban Chỉ đạo chuyển đổi số tỉnh sẽ họp định kỳ hằng quý. Năm 2024, Ban Chỉ đạo đã tổ chức 4 phiên họp, ban hành 27 văn bản chỉ đạo, điều hành.
Tin liên quan
Nghệ An ban hành Nghị quyết miễn phí, lệ phí khi sử dụng dịch vụ công trực tuyến
Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 45,""",
        "2025-01-20",
        [],
    ),
    # Press piece on 5G: national stations and population coverage "hiện nay" (as_of the page date); Viettel's and VNPT's own counts, a 2025 target, Thailand and Malaysia are not values.
    (
        """VnExpress
Mới nhất  Thời sự  Góc nhìn  Thế giới  Kinh doanh  Khoa học công nghệ  Số hóa  ...
Số hóa › Viễn thông
Thứ tư, 12/3/2025, 14:05 (GMT+7)
Việt Nam có hơn 10.000 trạm 5G
Sau khoảng 5 tháng thương mại hóa, cả nước có hơn 10.000 trạm BTS 5G, phủ sóng khoảng 26% dân số.
Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), hiện nay cả nước có hơn 10.000 trạm BTS 5G đang phát sóng, vùng phủ sóng 5G đạt khoảng 26% dân số, tập trung tại các thành phố lớn, khu công nghiệp, cảng biển và sân bay.
Kỹ thuật viên lắp đặt thiết bị trạm 5G tại Hà Nội. Ảnh: Lưu Quý
Riêng Viettel, nhà mạng đầu tiên khai trương 5G, đã phát sóng hơn 7.000 trạm, phủ 5G tới 90% dân số tại các khu vực trung tâm của 63 tỉnh, thành. VNPT cho biết đã lắp đặt hơn 3.000 trạm 5G trên băng tần 3,7 GHz.
Mục tiêu của Bộ là đến cuối năm 2025, 5G phủ sóng 90% dân số với khoảng 50.000 trạm. Con số này vẫn thấp so với các nước trong khu vực: tại Thái Lan, 5G đã phủ tới 87% dân số, Malaysia đạt 80%.
Tin liên quan
- Viettel phát sóng 5G tại 63 tỉnh thành
- Tốc độ 5G ở Việt Nam nhanh gấp 10 lần 4G
- 5G phủ sóng 20% dân số sau 3 tháng
Theo các chuyên gia, 5G sẽ là hạ tầng quan trọng cho công nghiệp, y tế và giáo dục số. Để sớm phủ sóng, Bộ đang xem xét cơ chế dùng chung hạ tầng giữa các nhà m""",
        "2025-03-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-12", 10000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-12", 26),
        ],
    ),
    # Speeds from a monthly report: February download speeds (month), January's fixed speed kept as a parenthesised past value; upload speeds, speed ranks and world figures are not values.
    (
        """VIETNAMPLUS
Tin mới | Chính trị | Kinh tế | Xã hội | Thế giới | Khoa học - Công nghệ | Văn hóa | Thể thao
Khoa học - Công nghệ › Viễn thông
 date 2025-03
Tốc độ Internet cố định của Việt Nam vượt 160 Mbps
Thứ Ba, 18/3/2025 - 16:20
Chia sẻ  |  Facebook  |  Zalo  |  In bài  |  Lưu
(Vietnam+) - Theo Báo cáo chuyển đổi số tháng 2/2025 của Bộ Khoa học và Công nghệ, tốc độ truy cập Internet băng rộng cố định trung bình tại Việt Nam trong tháng 2/2025 đạt 162,5 Mbps, tăng so với tháng 1/2025 (157,2 Mbps).
Ảnh minh họa. (Ảnh: TTXVN)
Tốc độ tải xuống của mạng băng rộng di động trong tháng 2/2025 ở mức 64,3 Mbps; tốc độ tải lên lần lượt là 158,9 Mbps với mạng cố định và 22,6 Mbps với mạng di động.
Với kết quả này, Việt Nam xếp thứ 38 thế giới về tốc độ Internet cố định và thứ 41 về tốc độ di động. Tốc độ băng rộng cố định trung bình của thế giới hiện là 95,4 Mbps, di động là 54,1 Mbps; Singapore dẫn đầu với 345 Mbps.
////
Tin liên quan
Tốc độ mạng di động Việt Nam tăng 20% trong năm 2024
Tháng 1/2025, tốc độ Internet cố định đạt 157 Mbps
////
Các doanh nghiệp viễn thông cho biết sẽ tiếp tục nâng cấp hạ tầng, mở rộng dung lượng kết nối quốc tế để bảo đảm chất lượng dịch vụ. Dự kiến trong quý II/2025, tốc độ trung bình sẽ lên tớ""",
        "2025-03-18",
        [
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 162.5),
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 157.2),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 64.3),
        ],
    ),
    # Monthly security bulletin: attacks in March, February's count in parentheses, kinds of attack after "Trong đó" (parts), botnet IPs; drills ("02 cuộc diễn tập") and links are not values.
    (
        """CỤC AN TOÀN THÔNG TIN - BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ | Giới thiệu | Tin tức | Cảnh báo | Văn bản | Thủ tục hành chính
Tin tức > Tình hình an toàn thông tin
Thứ Hai, 08/04/2024 08:00
Tình hình an toàn thông tin tháng 3/2024
Trong tháng 3/2024, Hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.023 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12% so với tháng 2/2024 (1.163 cuộc).
Ảnh minh họa
Trong đó có 412 cuộc tấn công lừa đảo (Phishing), 375 cuộc tấn công thay đổi giao diện (Deface), 236 cuộc tấn công cài mã độc (Malware).
Số lượng địa chỉ IP nằm trong mạng botnet ghi nhận trong tháng 3/2024 là 588.210 địa chỉ, giảm 3,1% so với tháng trước. Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức rà soát, xử lý các máy tính nhiễm mã độc; đặc biệt lưu ý các chiến dịch tấn công APT nhắm vào cơ quan nhà nước, tài chính và năng lượng.
Ngày 15/3/2024, Cục đã tổ chức 02 cuộc diễn tập thực chiến bảo đảm an toàn thông tin với sự tham gia của 120 đơn vị.
Tin liên quan
» Tháng 2/2024: 1.163 cuộc tấn công mạng gây sự cố
» Quý I/2024 ghi nhận hơn 3.300 sự cố tấn công mạng
» Cảnh báo chiến dịch lừa đảo giả mạo cơ quan thuế
Để chủ động phòng ngừa, các đơn vị chuyên trách cần cập nhật bản vá cho các lỗ hổng bảo mật nghiêm trọng, trong đó có lỗ hổng CVE-2024-21413 ảnh hưởng tới Microsoft Outl""",
        "2024-04-08",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1023),
            ("cyberattacks", "national", "month", "2024-02-29", 1163),
            ("botnet_ips", "national", "as_of", "2024-03-31", 588210),
        ],
    ),
    # NEGATIVE: operators' own figures only (Viettel, VNPT, MobiFone: stations, coverage, Mobile Money customers, attacks on their own network, smartphone share); a forecast cut at "đạt 1".
    (
        """ICTnews - Báo VietNamNet
Thời sự  Kinh doanh  Công nghệ  Viễn thông  Bảo mật  Chuyển đổi số
Viễn thông
02/10/2024   06:00 (GMT+07:00)
Nhà mạng đua nhau công bố số liệu 5G, Mobile Money
Các nhà mạng lớn vừa công bố kết quả kinh doanh 9 tháng, trong đó 5G và Mobile Money là hai mảng tăng trưởng nhanh nhất.
Ảnh minh họa
Viettel cho biết, tính đến hết tháng 9/2024, nhà mạng đã lắp đặt 6.500 trạm 5G, phủ sóng 5G tới 90% dân số tại các khu vực trung tâm. Dịch vụ Viettel Money có 22 triệu khách hàng, trong đó 8,3 triệu khách hàng sử dụng Mobile Money.
Về phía VNPT, hệ thống giám sát an toàn thông tin (SOC) của tập đoàn đã phát hiện và ngăn chặn 1.520 cuộc tấn công mạng nhằm vào hạ tầng của VNPT trong quý III/2024. VNPT Money ghi nhận 2,1 triệu khách hàng Mobile Money, tăng 35% so với cuối năm 2023.
MobiFone cho biết tỷ lệ thuê bao của nhà mạng sử dụng điện thoại thông minh đã đạt 86,5%; số thuê bao băng rộng di động của MobiFone là 17,2 triệu.
| | |
Tin liên quan:
Viettel khai trương mạng 5G, phủ sóng 63 tỉnh thành
VNPT đạt 1.000 trạm 5G sau 1 tháng
Theo các chuyên gia, cuộc đua 5G giữa các nhà mạng sẽ còn tiếp diễn trong những tháng cuối năm, khi Bộ Thông tin và Truyền thông dự kiến đấu giá thêm băng tần 700 MHz. Số trạm 5G cả nước dự kiến đạt 1""",
        "2024-10-02",
        [],
    ),
    # Digital economy, year 2023: share of GDP and growth; the ICT core's part after "trong đó", a vendor report's size and growth, Indonesia, a 2022 related link and the 2025/2030 targets are not values.
    (
        """NHÂN DÂN ĐIỆN TỬ
Chính trị | Xã luận | Kinh tế | Văn hóa | Xã hội | Pháp luật | Du lịch | Thế giới | Khoa học - Công nghệ
Kinh tế > Kinh tế số
Thứ Ba, 05-03-2024, 11:20
Kinh tế số chiếm 12,33% GDP năm 2023
Lần đầu tiên, Tổng cục Thống kê công bố số liệu chính thức về tỷ trọng kinh tế số trong GDP.
Ảnh minh họa: NDĐT
Người dân thanh toán bằng mã QR tại một cửa hàng tiện lợi ở Hà Nội.
Theo Tổng cục Thống kê, năm 2023, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP ước đạt 12,33%; trong đó kinh tế số ICT chiếm 7,29%, kinh tế số nền tảng và kinh tế số ngành chiếm 5,04%. Tốc độ tăng trưởng của kinh tế số năm 2023 ước khoảng 20%, cao gần bốn lần tốc độ tăng GDP.
Trước đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính quy mô kinh tế số Việt Nam đạt 30 tỷ USD, tăng 19% so với năm 2022, nhanh nhất Đông Nam Á; kinh tế số của Indonesia đạt 82 tỷ USD.
Tin liên quan
- Kinh tế số năm 2022 chiếm 14,26% GDP
- Doanh thu thương mại điện tử 2023 đạt 20,5 tỷ USD
Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, Việt Nam phấn đấu đến năm 2025, kinh tế số chiếm 20% GDP; đến năm 2030 chiếm 30% GDP. Để đạt mục tiêu này, tốc độ tăng trưởng kinh tế số trong giai đoạn tới phải đạt bình quân 2""",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20),
        ],
    ),
    # City portal (Đà Nẵng), year 2024: the city's share of GRDP and growth next to the national share; ICT revenue, firms, a share of people with smartphones (no id), targets and links are not values.
    (
        """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ | Chính quyền | Công dân | Doanh nghiệp | Du khách | Chuyển đổi số
Tin tức - Sự kiện » Kinh tế
Cập nhật: 15/01/2025 14:10
Kinh tế số đóng góp hơn 20% GRDP của thành phố
(dng.gov.vn) - Năm 2024, kinh tế số tiếp tục là điểm sáng trong tăng trưởng kinh tế của Đà Nẵng.
Ảnh minh họa
Quang cảnh Khu công viên phần mềm số 2. Ảnh: THÀNH LÂN
Theo Sở Thông tin và Truyền thông, năm 2024, tỷ trọng kinh tế số trong GRDP của thành phố Đà Nẵng ước đạt 20,5%, cao hơn mức bình quân cả nước; kinh tế số của thành phố tăng trưởng khoảng 12,1%. Cả nước, tỷ trọng kinh tế số năm 2024 ước khoảng 18,3% GDP.
Toàn thành phố hiện có hơn 1.200 doanh nghiệp công nghệ số, doanh thu lĩnh vực công nghệ thông tin năm 2024 đạt 38.500 tỷ đồng; 85% người trưởng thành có điện thoại thông minh.
Mục tiêu đến năm 2025, kinh tế số của Đà Nẵng chiếm 25% GRDP, đến năm 2030 chiếm 35% GRDP.
* * *
Tin liên quan
Đà Nẵng dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2023
Kinh tế số Đà Nẵng năm 2023 chiếm 18,9% GRDP
Để đạt mục tiêu, thành phố tập trung thu hút các dự án công nghệ cao, trung tâm dữ liệu và phát triển nguồn nhân lực số. Đến năm 2025, Đà Nẵng phấn đấu có 1.500 doanh nghiệp công nghệ số, thu nh""",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 20.5),
            ("digital_economy_growth", "Đà Nẵng", "year", "2024-12-31", 12.1),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # Police newspaper on Project 06: chip cards issued and VNeID accounts activated at 15/4/2025; the activated count follows "trong đó" after the accounts created (another measure, kept); activation rate and log-ins (no id), related links and a 2025 target are not values.
    (
        """CÔNG AN NHÂN DÂN ONLINE
Thời sự | An ninh trật tự | Pháp luật | Chuyển đổi số | Thế giới | Văn hóa
Chuyển đổi số
 date 2025-04
Hơn 62 triệu tài khoản định danh điện tử đã được kích hoạt
Chủ Nhật, 20/04/2025 - 08:35
Nghe bài viết  |  Cỡ chữ  A  A  |  Chia sẻ
Đề án 06 tiếp tục được triển khai quyết liệt, hệ thống định danh và xác thực điện tử trở thành nền tảng cho các dịch vụ số.
Ảnh minh họa
Người dân làm thủ tục cấp thẻ căn cước tại Công an phường. Ảnh: CAND
Theo Bộ Công an, tính đến ngày 15/4/2025, cơ quan Công an đã cấp 87,5 triệu thẻ căn cước gắn chip; tạo lập 84,3 triệu tài khoản định danh điện tử, trong đó 62,3 triệu tài khoản đã được kích hoạt, tỷ lệ kích hoạt đạt 73,9%.
Ứng dụng VNeID hiện tích hợp nhiều tiện ích như thông báo lưu trú, đăng ký thường trú, tạm trú, cấp phiếu lý lịch tư pháp; có 18,6 triệu lượt đăng nhập trong tháng 3/2025.
Tin liên quan
» VNeID vượt mốc 60 triệu tài khoản kích hoạt
» Từ 1/7/2025, dùng tài khoản VNeID để đăng nhập Cổng Dịch vụ công quốc gia
» 3 tháng, cấp hơn 2 triệu thẻ căn cước cho trẻ em dưới 14 tuổi
Bộ Công an đề nghị các bộ, ngành, địa phương tiếp tục đẩy mạnh tích hợp dữ liệu vào ứng dụng VNeID, phấn đấu đến hết năm 2025 có 70 triệu tài khoản được kích ho""",
        "2025-04-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87500000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 62300000),
        ],
    ),
    # Banking paper: Mobile Money customers and adults with a payment account at end-September; rural customers after "trong đó", transaction value, merchants, the 2025 target are not values.
    (
        """THỜI BÁO NGÂN HÀNG
Tin tức | Ngân hàng | Tài chính | Chứng khoán | Doanh nghiệp | Ngân hàng số | Bảo hiểm | Multimedia
Ngân hàng số
Thứ Ba, 05/11/2024 10:05
...
Mobile Money: hơn 10 triệu khách hàng sau 3 năm thí điểm
Sau 3 năm triển khai thí điểm, dịch vụ Mobile Money đã góp phần đưa dịch vụ tài chính đến với người dân vùng sâu, vùng xa.
Ảnh minh họa
Người dân xã vùng cao nhận tiền trợ cấp qua tài khoản Mobile Money. Ảnh: TBNH
Theo Ngân hàng Nhà nước, tính đến cuối tháng 9/2024, dịch vụ Mobile Money có 10,2 triệu khách hàng, trong đó 7,1 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tổng giá trị giao dịch qua Mobile Money 9 tháng đạt 4.560 tỷ đồng; có 13.400 điểm kinh doanh chấp nhận thanh toán.
Cũng đến cuối tháng 9/2024, khoảng 87,08% người trưởng thành có tài khoản thanh toán tại ngân hàng, vượt mục tiêu 80% đặt ra cho năm 2025 tại Chiến lược tài chính toàn diện quốc gia.
Tin liên quan
Đề xuất kéo dài thí điểm Mobile Money đến năm 2026
Thanh toán không tiền mặt tăng 58% trong 9 tháng
Theo đánh giá của Ngân hàng Nhà nước, việc thí điểm đã đạt mục tiêu đề ra, góp phần thúc đẩy tài chính toàn diện. Tuy nhiên, tỷ lệ khách hàng thực sự giao dịch thường xuyên chỉ chiếm khoảng 3""",
        "2024-11-05",
        [
            ("mobile_money_customers", "national", "as_of", "2024-09-30", 10200000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-09-30", 87.08),
        ],
    ),
    # Tax magazine: e-invoices processed to 31/12/2024 ("hơn 8,1 tỷ"); the cash-register part after "trong đó", December's new invoices, firms, petrol stations and a 2023 link are not the total.
    (
        """TẠP CHÍ THUẾ - Tổng cục Thuế
Trang chủ  Thời sự  Chính sách  Quản lý thuế  Hóa đơn điện tử  Hỏi đáp
Hóa đơn điện tử
 date 2025-01
10/01/2025 | 09:15
Hơn 8,1 tỷ hóa đơn điện tử đã được tiếp nhận, xử lý
Sau hơn 2 năm triển khai toàn quốc, hóa đơn điện tử đã trở thành công cụ quan trọng trong quản lý thuế.
Ảnh minh họa
Cơ quan thuế hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Ảnh: TCT
Theo Tổng cục Thuế, tính đến ngày 31/12/2024, cơ quan thuế đã tiếp nhận, xử lý hơn 8,1 tỷ hóa đơn điện tử, trong đó có 2,4 tỷ hóa đơn khởi tạo từ máy tính tiền. Riêng tháng 12/2024, có 420 triệu hóa đơn điện tử được khởi tạo trong tháng.
Hiện có 1,1 triệu doanh nghiệp, tổ chức kinh tế và 108.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử; 16.800 cửa hàng xăng dầu đã áp dụng hóa đơn điện tử cho từng lần bán.
Tin liên quan:
- Năm 2023: tiếp nhận 3,5 tỷ hóa đơn điện tử
- Phát hiện 524 doanh nghiệp có dấu hiệu mua bán hóa đơn bất hợp pháp
Ngành thuế đặt mục tiêu năm 2025 mở rộng hóa đơn điện tử khởi tạo từ máy tính tiền tới 100% hộ kinh doanh thuộc các ngành bán lẻ, ăn uống. Bên cạnh đó, cơ quan thuế sẽ tiếp tục phân tích dữ liệu hóa đơn để phát hiện các dấu hiệu gian lận, hoàn thuế sai quy đ""",
        "2025-01-10",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8100000000),
        ],
    ),
    # UN e-government survey 2024 ("71/193"), the 2022 rank given in parentheses (kept with its own year); the index value, ASEAN place, sub-index moves, a GII link and the target are not values.
    (
        """VnEconomy
Tiêu điểm | Tài chính | Đầu tư | Thị trường | Doanh nghiệp | Kinh tế số | Thế giới
Kinh tế số
Thứ Tư, 18/09/2024, 07:30
Việt Nam tăng 15 bậc về Chính phủ điện tử
Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc cho thấy Việt Nam có bước tiến vượt bậc.
Ảnh minh họa
Ngày 17/9/2024, Vụ Kinh tế và Xã hội Liên Hợp Quốc (UNDESA) công bố Bộ chỉ số phát triển Chính phủ điện tử (EGDI) năm 2024. Theo đó, Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (xếp thứ 86), lần đầu tiên lọt vào nhóm các quốc gia có chỉ số EGDI rất cao.
Giá trị chỉ số EGDI của Việt Nam đạt 0,7709 điểm, cao hơn mức trung bình của thế giới (0,6382). Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei. Đan Mạch tiếp tục dẫn đầu bảng xếp hạng, tiếp theo là Estonia và Singapore.
Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam tăng 22 bậc, chỉ số hạ tầng viễn thông (TII) tăng 8 bậc.
Tin liên quan
- Năm 2022: Việt Nam xếp thứ 86/193 về Chính phủ điện tử
- Chỉ số Đổi mới sáng tạo toàn cầu 2024: Việt Nam xếp thứ 44
Theo Bộ Thông tin và Truyền thông, mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử. Kết quả năm 2024 là cơ sở quan trọng để các bộ, ngành tiếp tục đẩy mạn""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Ministry monthly report (October 2024): smartphone share of subscriptions, fibre households, mobile broadband subscriptions at month end; the adults' smartphone share (people, no id), communes with fibre (no id), a 4G part, a September link and a 2G forecast cut at "2," are not values.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ  Giới thiệu  Tin tức  Chính sách  Thống kê  Dịch vụ công  Hỏi đáp
Tin tức » Chuyển đổi số
 date 2024-11
Thứ Ba, 12/11/2024 17:00
Báo cáo chuyển đổi số tháng 10/2024: 89,1% thuê bao di động dùng smartphone
Báo cáo chuyển đổi số quốc gia tháng 10/2024 cho thấy hạ tầng số tiếp tục được củng cố, mở rộng.
Ảnh minh họa
Kỹ thuật viên nhà mạng lắp đặt cáp quang cho hộ gia đình ở ngoại thành. (Ảnh minh họa)
Theo báo cáo, tính đến hết tháng 10/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,1%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82,3%. Số thuê bao băng rộng di động là 91,2 triệu thuê bao, trong đó thuê bao 4G chiếm 87%.
Cũng theo báo cáo, tỷ lệ người trưởng thành sở hữu điện thoại thông minh ước đạt 84%; tỷ lệ xã, phường có Internet cáp quang băng rộng là 100%.
Tin liên quan
» Tháng 9/2024: 88,7% thuê bao sử dụng điện thoại thông minh
» Hơn 80% hộ gia đình có cáp quang
Để phổ cập điện thoại thông minh, Bộ Thông tin và Truyền thông tiếp tục triển khai Chương trình “Mỗi người dân một điện thoại thông minh”, phối hợp với các doanh nghiệp tắt sóng 2G, hỗ trợ người dân chuyển đổi sang thiết bị 4G. Dự kiến đến hết năm 2024, số thuê bao 2G chỉ còn khoảng 2,""",
        "2024-11-12",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-31", 89.1),
            ("ftth_household_rate", "national", "as_of", "2024-10-31", 82.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-31", 91200000),
        ],
    ),
    # Provincial portal (Lào Cai): electrified dead-zone villages covered "215/230 …, đạt 93,5%", dead-zone villages left (27, with the electrified part after "trong đó"), villages with signal; new stations, a 2023 link ("xóa 120 thôn": covered, not left) and targets are not values.
    (
        """Cổng Thông tin điện tử tỉnh Lào Cai
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Chuyển đổi số | Dịch vụ công
Tin tức - Sự kiện / Kinh tế
Thứ Sáu, 06/12/2024 15:20
Lào Cai: phủ sóng di động cho 93,5% thôn lõm sóng có điện lưới
Thực hiện Chương trình “Sóng và máy tính cho em”, các doanh nghiệp viễn thông đã đầu tư hàng trăm trạm BTS tại các xã vùng cao của tỉnh.
Ảnh minh họa
Lắp đặt trạm BTS tại xã Y Tý, huyện Bát Xát. Ảnh: Sở TT&TT Lào Cai
Theo Sở Thông tin và Truyền thông, tính đến ngày 30/11/2024, toàn tỉnh đã phủ sóng di động băng rộng cho 215/230 thôn lõm sóng có điện lưới, đạt 93,5%. Cũng tính đến 30/11/2024, toàn tỉnh còn 27 thôn lõm sóng, trong đó 15 thôn đã có điện lưới, 12 thôn chưa có điện. Tỷ lệ thôn, bản có sóng di động trên địa bàn tỉnh đạt 98,7%.
Năm 2024, các doanh nghiệp đã xây mới 186 trạm BTS, trong đó có 45 trạm dùng chung hạ tầng.
Tin liên quan
- Năm 2023, Lào Cai xóa 120 thôn lõm sóng
- Phủ sóng 4G đến 100% trung tâm xã
Tỉnh phấn đấu đến hết năm 2024 phủ sóng 100% thôn lõm sóng có điện lưới; đến năm 2025 không còn thôn trắng sóng. Để làm được điều này, UBND tỉnh yêu cầu các sở, ngành phối hợp với doanh nghiệp tháo gỡ vướng mắc về mặt bằng, nguồn điện tại 1""",
        "2024-12-06",
        [
            ("dead_zone_villages_covered_rate", "Lào Cai", "as_of", "2024-11-30", 93.5),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-11-30", 27),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-11-30", 98.7),
        ],
    ),
    # NEGATIVE: world news page: China's 5G stations, Korea's and Singapore's coverage, global speeds, Thailand's smartphone share and digital-economy share, ASEAN Mobile Money; Viet Nam appears only with a target cut at "đạt 8".
    (
        """VIETNAMPLUS
Tin mới | Chính trị | Kinh tế | Xã hội | Thế giới | Khoa học - Công nghệ | Văn hóa | Thể thao
Thế giới › Công nghệ
Thứ Hai, 10/6/2024 - 21:40
Hàn Quốc, Singapore dẫn đầu châu Á về hạ tầng số
(Vietnam+) - Theo báo cáo mới nhất của Hiệp hội GSMA, châu Á - Thái Bình Dương tiếp tục là khu vực phát triển 5G nhanh nhất thế giới.
Ảnh minh họa. (Nguồn: GSMA)
Tính đến cuối tháng 5/2024, Trung Quốc đã lắp đặt 3,8 triệu trạm BTS 5G, chiếm hơn 60% tổng số trạm 5G toàn cầu; mạng 5G của Hàn Quốc phủ sóng 98% dân số, Singapore đạt 95%.
Tốc độ băng rộng cố định trung vị toàn cầu trong tháng 4/2024 là 93,6 Mbps, băng rộng di động là 52,1 Mbps; Singapore dẫn đầu với 288,6 Mbps. Tại Thái Lan, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 91%; kinh tế số chiếm khoảng 13% GDP.
Cũng theo GSMA, năm 2023 thế giới ghi nhận hơn 1,6 tỷ thuê bao 5G; các nước Đông Nam Á có khoảng 95 triệu khách hàng Mobile Money.
Tin liên quan
- Thái Lan phủ sóng 5G tới 85% dân số
- Indonesia đặt mục tiêu 5G toàn quốc vào năm 2030
Đối với Việt Nam, các chuyên gia GSMA khuyến nghị cần sớm thương mại hóa 5G sau khi đấu giá thành công băng tần. Bộ Thông tin và Truyền thông đặt mục tiêu đến năm 2025 phủ sóng 5G tới 100% khu công nghiệp và tỷ lệ hộ gia đình có cáp quang đạt 8""",
        "2024-06-10",
        [],
    ),
    # Government e-paper: "Đến nay" stocks dated by the page: 25/53 essential services full-process and 58/63 provinces with a fee resolution; the 28 left, 05 not issued, the 53/53 target, meetings and an April link are not values.
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ
Thời sự  Chính sách mới  Kinh tế  Xã hội  Chính phủ số  Multimedia
Chính phủ số › Đề án 06
20/05/2024 16:30
Đã có 25/53 dịch vụ công thiết yếu được cung cấp toàn trình
(Chinhphu.vn) - Tổ công tác triển khai Đề án 06 của Chính phủ cho biết tiến độ cung cấp các dịch vụ công thiết yếu đã có chuyển biến rõ rệt.
Ảnh: VGP
Đến nay, 25/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 28 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện.
Về chính sách miễn, giảm phí, lệ phí, đến nay đã có 58/63 tỉnh, thành phố ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến; 05 địa phương còn lại chưa ban hành, dự kiến hoàn thành trong kỳ họp tới.
Tại phiên họp thứ 8 của Ủy ban Quốc gia về chuyển đổi số, Thủ tướng yêu cầu hoàn thành 53/53 dịch vụ công thiết yếu trong năm 2024.
Tin liên quan
Tháng 4/2024: 41/63 địa phương miễn, giảm phí dịch vụ công trực tuyến
Thủ tướng chủ trì phiên họp thứ 8 Ủy ban Quốc gia về chuyển đổi số
Theo Văn phòng Chính phủ, các bộ, ngành còn chậm trễ gồm Bộ Tài nguyên và Môi trường, Bộ Giao thông vận tải, Bộ Lao động - Thương binh và Xã hội. Trong tháng 5, Văn phòng Chính phủ đã tổ chức 3 cuộc làm việc với các bộ này để tháo g""",
        "2024-05-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-05-20", 25),
            ("localities_fee_reduction", "national", "as_of", "2024-05-20", 58),
        ],
    ),
    # Government Office quarterly report: DVCTT share of all procedures, full-process share after "trong đó" (its own value), procedures simplified "821/1.084" (263 left is not), NDXP quarter flow and connection points; a quarter I link and a target are not values.
    (
        """VĂN PHÒNG CHÍNH PHỦ - CỔNG THÔNG TIN ĐIỆN TỬ
Giới thiệu | Tin tức | Cải cách thủ tục hành chính | Chính phủ số | Văn bản
Tin tức › Cải cách TTHC
 date 2025-07
Thứ Năm, 10/07/2025 08:45
Kết quả cải cách TTHC, chuyển đổi số quý II/2025
Văn phòng Chính phủ vừa có báo cáo tình hình, kết quả thực hiện cải cách TTHC, chuyển đổi số trong quý II/2025.
Ảnh minh họa
Theo báo cáo, tính đến ngày 30/6/2025, cả nước đã cung cấp 4.312 DVCTT, tương đương 69,5% tổng số TTHC; trong đó 3.091 DVCTT toàn trình, chiếm 49,8% tổng số TTHC.
Về cắt giảm, đơn giản hóa quy định, tính đến hết quý II/2025 đã cắt giảm, đơn giản hóa 821/1.084 TTHC theo các nghị quyết chuyên đề của Chính phủ; còn 263 thủ tục chưa được cắt giảm, đơn giản hóa.
Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP): trong quý II/2025, tổng số giao dịch qua NDXP đạt 301,5 triệu giao dịch; tính đến 30/6/2025, đã thiết lập 9.215 điểm kết nối giữa các hệ thống thông tin, CSDL.
Tin liên quan
- Quý I/2025: 47,6% TTHC được cung cấp DVCTT toàn trình
- Thủ tướng: Cắt giảm ít nhất 30% TTHC trong năm 2025
Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương rà soát, tái cấu trúc quy trình để cung cấp DVCTT toàn trình, bảo đảm sau sắp xếp đơn vị hành chính, người dân không phải đi lại nhiều l""",
        "2025-07-10",
        [
            ("dvctt_rate", "national", "as_of", "2025-06-30", 69.5),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 49.8),
            ("procedures_simplified", "national", "as_of", "2025-06-30", 821),
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 301500000),
            ("ndxp_connection_points", "national", "as_of", "2025-06-30", 9215),
        ],
    ),
    # Statistics page with a table written as lines: full-process provision by ministries and localities at 31/7, dossier shares in July by ministries, localities and the country, share of services with dossiers; a percentage-point change, one ministry's link and a count of provinces are not values.
    (
        """BÁO CÁO CHUYỂN ĐỔI SỐ - Chính phủ điện tử
Trang chủ | Tin tức | Số liệu | Bộ chỉ số | Văn bản | Hỏi đáp | Liên hệ | Đăng nhập
Số liệu › Dịch vụ công trực tuyến
 date 2024-08
09/08/2024
Số liệu dịch vụ công trực tuyến tháng 7/2024
Theo số liệu tổng hợp từ Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC), kết quả cung cấp và sử dụng dịch vụ công trực tuyến của các bộ, ngành, địa phương như sau:
Ảnh minh họa
Đơn vị tính: %
1. Kết quả cung cấp DVCTT toàn trình (tính đến 31/7/2024):
- Khối bộ, ngành: 45,2%
- Khối địa phương: 56,8%
2. Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 7/2024:
- Bộ, ngành: 61,3%
- Địa phương: 48,9%
- Toàn quốc: 52,4%
3. Tỷ lệ DVCTT có phát sinh hồ sơ trong tháng 7/2024: 42,7%
.
Ghi chú: số liệu của Bộ Công an, Bộ Quốc phòng không bao gồm trong bảng tổng hợp.
Tin liên quan
» Tháng 6/2024: tỷ lệ hồ sơ trực tuyến toàn quốc đạt 50,1%
» Bộ Tài chính dẫn đầu khối bộ về DVCTT toàn trình với 92%
Nhận xét: So với tháng 6/2024, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc tăng 2,3 điểm phần trăm; tuy nhiên còn 18 địa phương có tỷ lệ dưới 30%, chủ yếu ở khu vực miền núi phía Bắc và Tây Nguyên. Một số bộ có nhiều TTHC nhưng tỷ lệ hồ sơ trực tuyến thấp như Bộ Tài ng""",
        "2024-08-09",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-07-31", 45.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-07-31", 56.8),
            ("online_dossier_rate", "ministries", "month", "2024-07-31", 61.3),
            ("online_dossier_rate", "localities", "month", "2024-07-31", 48.9),
            ("online_dossier_rate", "national", "month", "2024-07-31", 52.4),
            ("dvctt_with_dossiers_rate", "national", "month", "2024-07-31", 42.7),
        ],
    ),
    # Interview (Thái Nguyên) in PV/answer form: "Hiện nay" levels dated by the page; the 2025 targets, a related link with its own figure and community-team counts are not values.
    (
        """BÁO THÁI NGUYÊN ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Văn hóa | Thể thao
Chuyển đổi số
 date 2025-02
Thứ Sáu, 14/02/2025, 10:00 [GMT+7]
Đưa dịch vụ công trực tuyến đến gần hơn với người dân
Phóng viên Báo Thái Nguyên đã có cuộc trao đổi với đồng chí Giám đốc Sở Thông tin và Truyền thông về kết quả chuyển đổi số trong giải quyết TTHC.
Ảnh minh họa
PV: Thưa ông, việc sử dụng dịch vụ công trực tuyến của người dân trên địa bàn tỉnh hiện nay ra sao?
Đồng chí Giám đốc Sở: Hiện nay, tỷ lệ dân số trưởng thành trên địa bàn tỉnh sử dụng DVCTT đạt khoảng 52%, cao hơn bình quân chung cả nước. 100% TTHC đủ điều kiện của tỉnh đã được cung cấp DVCTT toàn trình; 96,4% hồ sơ TTHC được gắn mã số định danh cá nhân.
Tuy vậy, vẫn còn người dân, nhất là ở vùng sâu, vùng xa chưa có thói quen nộp hồ sơ qua mạng.
PV: Mục tiêu của tỉnh thời gian tới là gì, thưa ông?
Đồng chí Giám đốc Sở: Năm 2025, Thái Nguyên phấn đấu 70% dân số trưởng thành sử dụng DVCTT, 100% hồ sơ gắn định danh cá nhân...
Tin liên quan
Thái Nguyên: 100% xã có điểm hỗ trợ dịch vụ công
Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 65%
Chúng tôi sẽ tiếp tục phát huy vai trò của Tổ công nghệ số cộng đồng với hơn 1.500 tổ, 9.000 thành viên, đi từng ngõ, gõ từng nhà hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và tài khoản dịch v""",
        "2025-02-14",
        [
            ("adult_population_using_dvctt_rate", "Thái Nguyên", "as_of", "2025-02-14", 52),
            ("full_process_provision_rate", "Thái Nguyên", "as_of", "2025-02-14", 100),
            ("dossiers_with_personal_id_rate", "Thái Nguyên", "as_of", "2025-02-14", 96.4),
        ],
    ),
    # NEGATIVE: provincial page (Hà Tĩnh) with no date stamp, no published date and no date in the text: "Hiện nay" stations, fibre and smartphone shares, villages left cannot be dated.
    (
        """Cổng thông tin điện tử tỉnh Hà Tĩnh
Trang chủ | Giới thiệu | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Liên hệ
Tin tức › Thông tin - Truyền thông
Lượt xem: 1.284
Hạ tầng số trên địa bàn tỉnh ngày càng hoàn thiện
Những năm qua, hạ tầng viễn thông trên địa bàn tỉnh Hà Tĩnh được đầu tư đồng bộ, làm nền tảng cho chuyển đổi số.
Ảnh minh họa
Kỹ thuật viên VNPT Hà Tĩnh kiểm tra thiết bị tại nhà trạm. Ảnh: Trần Tuấn
Cỡ chữ  A-  A+  |  In bài  |  Gửi email
Hiện nay, toàn tỉnh có 2.150 trạm BTS, trong đó 312 trạm 5G; 100% xã, phường, thị trấn có hạ tầng cáp quang. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 85,6%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh khoảng 88%.
Hiện toàn tỉnh còn 14 thôn lõm sóng, chủ yếu ở các huyện miền núi Hương Khê, Hương Sơn, Vũ Quang. Các doanh nghiệp đang khảo sát để đầu tư trạm phát sóng trong thời gian tới.
Tin liên quan
- Hà Tĩnh: 58% hồ sơ được xử lý trực tuyến toàn trình
- Kinh tế số đóng góp 12% GRDP của tỉnh
Theo Sở Thông tin và Truyền thông, tỉnh đang phối hợp với các nhà mạng triển khai Đề án phát triển hạ tầng số, phấn đấu phủ sóng 5G tới toàn bộ trung tâm các huyện, thị xã và khu công nghiệp Vũng Áng. Dự kiến kinh phí đầu tư cho giai đoạn tới khoảng 1.""",
        None,
        [],
    ),
    # Workers' paper: subscriptions and Internet users at end-March 2025; 5G subscriptions after "trong đó" (no id), year-on-year changes, a survey's daily-use share, links, and a station count cut by the end ("lên 12.3") are not values.
    (
        """Báo Lao Động
Thời sự | Xã hội | Kinh tế | Thế giới | Công nghệ | Bạn đọc | Pháp luật | Văn hóa
Công nghệ
16/04/2025 11:30
Việt Nam có 95,6 triệu thuê bao băng rộng di động
Số liệu mới nhất của Bộ Khoa học và Công nghệ cho thấy hạ tầng băng rộng tiếp tục phát triển mạnh trong quý đầu năm.
Ảnh minh họa. Ảnh: Lao Động
Người dân trải nghiệm dịch vụ 5G tại một cửa hàng của nhà mạng ở Hà Nội.
Tính đến hết tháng 3/2025, cả nước có 24,1 triệu thuê bao băng rộng cố định; số thuê bao băng rộng di động đạt 95,6 triệu, trong đó số thuê bao 5G đạt khoảng 8,2 triệu. Tỷ lệ người sử dụng Internet đạt 79,1% dân số.
So với cùng kỳ năm 2024, số thuê bao băng rộng cố định tăng 8,6%, số thuê bao băng rộng di động tăng 3,2%.
Trong khi đó, theo khảo sát của một hãng nghiên cứu thị trường, 94% người dùng Internet Việt Nam truy cập mạng hằng ngày, thời gian trung bình gần 7 giờ/ngày. Các nhà mạng cho biết nhu cầu dữ liệu di động tăng mạnh sau Tết, nhất là tại các đô thị lớn.
Tin liên quan
» Doanh thu viễn thông quý I/2025 đạt 85.000 tỷ đồng
» Tốc độ 5G trung bình đạt 300 Mbps
» Tắt sóng 2G: còn hơn 1 triệu thuê bao chưa chuyển đổi
Về hạ tầng 5G, sau khoảng 6 tháng kể từ khi các nhà mạng thương mại hóa, đến cuối tháng 3/2025 số trạm BTS 5G trên cả nước đã tăng lên 12.3""",
        "2025-04-16",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 24100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 95600000),
            ("internet_users_rate", "national", "as_of", "2025-03-31", 79.1),
        ],
    ),
    # A year under review (2023) on a page whose only stamp is a later update and which has no published date: year rates, the 2022 rate in parentheses, the portal's accounts at year end, the year's dossiers and payments on the _new twins; an undated link and a target are not values.
    (
        """TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM
Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh | Đối ngoại
Kinh tế › Chuyển đổi số
Cập nhật: 08:15 03/01/2025
Năm 2023: Dịch vụ công trực tuyến tạo chuyển biến rõ nét
Năm 2023 được chọn là “Năm dữ liệu số”, công tác cung cấp dịch vụ công trực tuyến có nhiều chuyển biến tích cực.
Ảnh minh họa
Người dân thực hiện dịch vụ công trực tuyến tại nhà. Ảnh: TTXVN
Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt 43,6%, cao hơn nhiều so với năm 2022 (28,4%). Cổng Dịch vụ công quốc gia có 11,5 triệu tài khoản đăng ký; trong năm 2023 đã tiếp nhận hơn 7,5 triệu hồ sơ trực tuyến, thực hiện 8,2 triệu giao dịch thanh toán trực tuyến.
Cũng trong năm, đã có 24 bộ, ngành, địa phương kết nối với Cổng; 1.100 TTHC được tái cấu trúc quy trình.
Tin liên quan
Năm 2024: hơn 40 triệu hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia
Đến nay, 63/63 địa phương đã miễn, giảm phí dịch vụ công trực tuyến
Bước sang năm 2024, Chính phủ yêu cầu các bộ, ngành, địa phương tập trung thực hiện tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình, đồng thời đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC. Theo kế hoạch, tỷ lệ hồ sơ trực tuyến năm 2024 phấn đấu đạt tối th""",
        None,
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.6),
            ("online_dossier_rate", "national", "year", "2022-12-31", 28.4),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 11500000),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 7500000),
            ("online_payments_count_new", "national", "year", "2023-12-31", 8200000),
        ],
    ),
    # Government Office page: satisfaction over 11 months (ytd) nationally and for one province (Quảng Ninh); one ministry's figure, 12 systems left, an October link are not values; EMC connection share at 30/11.
    (
        """VĂN PHÒNG CHÍNH PHỦ - CỔNG THÔNG TIN ĐIỆN TỬ
Giới thiệu | Tin tức | Kiểm soát thủ tục hành chính | Chính phủ số | Văn bản | Liên hệ
Trang chủ » Tin tức » Kiểm soát TTHC
Thứ Năm, 05/12/2024 14:00
11 tháng năm 2024: mức độ hài lòng của người dân đạt 91,6%
Văn phòng Chính phủ vừa tổng hợp kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công theo thời gian thực.
Ảnh minh họa
Theo đó, trong 11 tháng năm 2024, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC trên toàn quốc đạt 91,6%. Trong khối bộ, ngành, Bộ Tư pháp đạt cao nhất với 95,2%; khối địa phương, tỉnh Quảng Ninh đạt 97,4%.
Về kết nối, tính đến ngày 30/11/2024, tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 84,2%; còn 12 hệ thống chưa hoàn thành kết nối.
Tin liên quan
• Tháng 10/2024: 83,1% hệ thống kết nối EMC
• Chỉ số phục vụ người dân, doanh nghiệp: Quảng Ninh dẫn đầu
Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương chưa hoàn thành kết nối khẩn trương khắc phục trước ngày 31/12/2024 để bảo đảm số liệu trên Bộ chỉ số phục vụ người dân, doanh nghiệp được cập nhật đầy đủ, chính xác, công khai. Đồng thời tiếp tục rà soát, cập nhật, công khai đầy đủ TTHC trên Cơ sở dữ liệu quốc gia về TTHC, nâng cao chất lượng tư vấn, hướng dẫn tại bộ phận một cửa các cấ""",
        "2024-12-05",
        [
            ("satisfaction_rate", "national", "ytd", "2024-11-30", 91.6),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2024-11-30", 97.4),
            ("emc_connection_rate", "national", "as_of", "2024-11-30", 84.2),
        ],
    ),
    # Provincial paper (Bắc Ninh), first half of 2024: data reuse, electronic results, services with dossiers; the digitisation share and procedure counts (no id), a change, a provincial ranking, a quarter I link and a year-end target cut at "trên 6" are not values.
    (
        """BÁO BẮC NINH
Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Văn hóa | Thể thao | Quốc tế | Bạn đọc | Video
Chuyển đổi số
Thứ Hai, 15/07/2024 | 08:20
6 tháng đầu năm: Bắc Ninh khai thác, sử dụng lại 48,2% dữ liệu số hóa
Trong 6 tháng đầu năm 2024, các chỉ tiêu về số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh Bắc Ninh tiếp tục cải thiện.
Ảnh minh họa
Giải quyết TTHC tại Trung tâm Hành chính công tỉnh. Ảnh: BBN
Nghe đọc bài  |  Chia sẻ
Theo Văn phòng UBND tỉnh, 6 tháng đầu năm 2024, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh đạt 88,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 48,2%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 95,1%. Tỷ lệ DVCTT có phát sinh hồ sơ đạt 71,6%, tăng 9,4% so với cùng kỳ.
Toàn tỉnh hiện có 1.945 TTHC, trong đó 1.012 thủ tục thuộc thẩm quyền cấp tỉnh.
Tin liên quan
- Bắc Ninh xếp thứ 3 cả nước về Chỉ số chuyển đổi số cấp tỉnh
- Quý I/2024, tỷ lệ hồ sơ trực tuyến toàn trình của Bắc Ninh đạt 62%
UBND tỉnh yêu cầu các sở, ngành, UBND cấp huyện tiếp tục rà soát, tái cấu trúc quy trình, khắc phục tình trạng hồ sơ số hóa nhưng không được khai thác, sử dụng lại; phấn đấu đến hết năm 2024, tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt trên 6""",
        "2024-07-15",
        [
            ("data_reuse_rate", "Bắc Ninh", "half", "2024-06-30", 48.2),
            ("e_result_rate", "Bắc Ninh", "half", "2024-06-30", 95.1),
            ("dvctt_with_dossiers_rate", "Bắc Ninh", "half", "2024-06-30", 71.6),
        ],
    ),
    # NEGATIVE: half-year summary made only of changes against last year (NDXP, portal dossiers, payments, attacks, botnet), counts of decrees, resolutions and meetings, a link with another month's figure; the one level is cut by the end ("khoảng 4").
    (
        """Báo Đầu tư Online
Thời sự | Đầu tư | Kinh doanh | Tài chính | Bất động sản | Chuyển đổi số
Chuyển đổi số
Chủ nhật, 20/07/2025 15:10
Nửa đầu năm 2025: Nhiều chỉ số chuyển đổi số tăng mạnh so với cùng kỳ
Các chỉ số về dữ liệu, an toàn thông tin và dịch vụ công đều ghi nhận mức tăng đáng kể so với 6 tháng đầu năm 2024.
Ảnh minh họa
Theo số liệu tổng hợp, 6 tháng đầu năm 2025, số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tăng 35% so với cùng kỳ năm 2024; số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia tăng 2,3 lần; giá trị thanh toán trực tuyến tăng 41%.
Về an toàn thông tin, số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam giảm 9,3% so với cùng kỳ; số địa chỉ IP thuộc mạng botnet giảm 18%.
Trong nửa đầu năm, Chính phủ ban hành 15 nghị định, 4 nghị quyết liên quan đến chuyển đổi số; Ủy ban Quốc gia về chuyển đổi số tổ chức 3 phiên họp; Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số họp 2 lần.
Tin liên quan
» Tháng 6/2025: 102 triệu giao dịch qua NDXP
» Nghị quyết 57: 5 nhóm nhiệm vụ trọng tâm
Các chuyên gia nhận định, tốc độ tăng này cho thấy nền tảng số đã đi vào thực chất. Tuy nhiên, tỷ lệ dân số trưởng thành sử dụng DVCTT mới đạt khoảng 4""",
        "2025-07-20",
        [],
    ),
    # Security magazine: level-approved share at 15/10 nationally and for Gia Lai "cùng thời điểm" (156/156, 100%); attacks over 9 months (ytd) with phishing after "trong đó"; a change, deadlines from a directive, systems left and links are not values.
    (
        """TẠP CHÍ AN TOÀN THÔNG TIN
Tin tức | Sự kiện | Chính sách | Giải pháp | Mật mã dân sự | Tài liệu
Tin tức › Trong nước
 date 2024-10
21/10/2024
Hơn 91% hệ thống thông tin đã được phê duyệt cấp độ
Công tác bảo đảm an toàn hệ thống thông tin theo cấp độ tại các bộ, ngành, địa phương đã có nhiều chuyển biến trong năm 2024.
Ảnh minh họa
Theo Cục An toàn thông tin, tính đến ngày 15/10/2024, tỷ lệ hệ thống thông tin được phê duyệt cấp độ đạt 91,4%, tăng 20% so với đầu năm. Cùng thời điểm, tại tỉnh Gia Lai, 100% hệ thống thông tin của các cơ quan nhà nước (156/156 hệ thống) đã được phê duyệt hồ sơ đề xuất cấp độ.
Trong 9 tháng năm 2024, hệ thống kỹ thuật của Cục ghi nhận 6.208 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trong đó có 2.341 cuộc tấn công lừa đảo.
Tin liên quan
→ Tháng 9/2024: 560 cuộc tấn công mạng gây sự cố
→ Thủ tướng yêu cầu phê duyệt cấp độ 100% hệ thống thông tin trước tháng 9/2024
Theo Chỉ thị số 09/CT-TTg của Thủ tướng Chính phủ, các bộ, ngành, địa phương phải hoàn thành việc phê duyệt cấp độ an toàn hệ thống thông tin trước tháng 9/2024 và triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ trước tháng 12/2024. Đến nay, vẫn còn 37 hệ thống của 9 bộ, ngành chưa được phê du""",
        "2024-10-21",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-15", 91.4),
            ("info_systems_level_approved_rate", "Gia Lai", "as_of", "2024-10-15", 100),
            ("cyberattacks", "national", "ytd", "2024-09-30", 6208),
        ],
    ),
    # NEGATIVE: the page's figures sit only in the 'Tin liên quan' block (other articles: 2024 dossiers, February payments, accounts, 5G) and the body is cut at its first number ("12,").
    (
        """VIETNAMNET
Thời sự | Kinh doanh | Chính trị | Thế giới | Giáo dục | Đời sống | Công nghệ | Bất động sản
Thời sự › Chính phủ số
15/04/2025 - 19:05
Bình luận (0)  |  Lưu bài  |  Chia sẻ  |  In
Quý I/2025, số hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia tăng mạnh
Người dân, doanh nghiệp ngày càng quen với việc nộp hồ sơ, thanh toán phí, lệ phí qua Cổng Dịch vụ công quốc gia thay vì đến trực tiếp bộ phận một cửa, nhất là từ khi đăng nhập bằng tài khoản VNeID.
Ảnh minh họa
Người dân được hướng dẫn thực hiện thủ tục trên Cổng Dịch vụ công quốc gia tại bộ phận một cửa phường. Ảnh: Thạch Thảo
*
Tin liên quan
- Năm 2024: Cổng Dịch vụ công quốc gia tiếp nhận 28,6 triệu hồ sơ trực tuyến
- Tháng 2/2025, hơn 1,5 triệu giao dịch thanh toán trực tuyến
- 40 triệu tài khoản đăng ký trên Cổng Dịch vụ công quốc gia
- 5G phủ sóng 26% dân số
Theo Văn phòng Chính phủ, việc tích hợp tài khoản định danh điện tử VNeID để đăng nhập đã giúp thủ tục đăng ký tài khoản trở nên đơn giản hơn nhiều. Người dân chỉ cần quét mã QR trên ứng dụng là có thể thực hiện hầu hết các dịch vụ công thiết yếu như đăng ký khai sinh, thường trú, cấp đổi giấy phép lái xe.
Cũng theo Văn phòng Chính phủ, trong quý I/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 12,""",
        "2025-04-15",
        [],
    ),
    # News agency page after the 2025 merger (34 provinces): payments "lũy kế từ đầu năm" (ytd, _new twins), August alone (month, _new twins), and the running totals since launch (stocks); a July link is not a value.
    (
        """Báo Tin tức - TTXVN
Thời sự | Kinh tế | Xã hội | Pháp luật | Thế giới | Khoa học - Công nghệ | Văn hóa
Kinh tế › Chính phủ số
Thứ Hai, 08/09/2025 09:40
8 tháng, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 12,9 nghìn tỷ đồng
Sau sắp xếp, 34 tỉnh, thành phố đều đã tích hợp thanh toán phí, lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia.
Ảnh minh họa
Theo Văn phòng Chính phủ, lũy kế từ đầu năm đến hết tháng 8/2025, Cổng Dịch vụ công quốc gia ghi nhận 52,3 triệu giao dịch thanh toán trực tuyến với số tiền 12,9 nghìn tỷ đồng. Riêng tháng 8/2025 có 7,1 triệu giao dịch thanh toán trực tuyến, tương ứng 1.640 tỷ đồng.
Tính từ khi triển khai nền tảng thanh toán trực tuyến đến hết tháng 8/2025, tổng số giao dịch thanh toán trực tuyến trên Cổng là 246,8 triệu giao dịch, tổng số tiền 58,4 nghìn tỷ đồng.
Tin liên quan
» Tháng 7/2025: 6,8 triệu giao dịch thanh toán trực tuyến
» Hà Nội dẫn đầu về thanh toán trực tuyến dịch vụ công
Trong tháng 8/2025, nhiều địa phương có số giao dịch tăng mạnh như TP. Hồ Chí Minh, Hà Nội, Hải Phòng. Văn phòng Chính phủ đề nghị các địa phương tiếp tục rà soát, bổ sung các khoản phí, lệ phí chưa được tích hợp thanh toán trực tuyến, đồng thời hướng dẫn người dân sử dụng các phương thức thanh toán qua ứng dụng ngân hàng, ví điện t""",
        "2025-09-08",
        [
            ("online_payments_count_new", "national", "ytd", "2025-08-31", 52300000),
            ("online_payments_value_new", "national", "ytd", "2025-08-31", 12900),
            ("online_payments_count_new", "national", "month", "2025-08-31", 7100000),
            ("online_payments_value_new", "national", "month", "2025-08-31", 1640),
            ("online_payments_count", "national", "as_of", "2025-08-31", 246800000),
            ("online_payments_value", "national", "as_of", "2025-08-31", 58400),
        ],
    ),
]
