"""Round 39 blind probes: pages as a scraper saves them (2022-2025). Each case is the text of one
news or portal page with its furniture left in: site name and menu words, breadcrumb, headline,
byline and time stamp, sapo, body paragraphs carrying the figures, photo captions, 'Xem thêm:' /
'Tin liên quan' lists of other articles' headlines (whose numbers are never stored), share
buttons and tags. The cases probe ministry monthly reports, government notices, press summaries,
provincial portals and interviews across every family of the catalog, with varied verbs, number
formats, periods, breakdowns (khối bộ, ngành / khối địa phương / one province), table rows
written as lines, and negatives: targets, year-on-year changes, operators' own figures, other
countries' and the world's figures, sub-counts after "trong đó", counts of decrees and meetings,
and an undated page.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1. Ministry portal summary of a monthly national report: NDXP month flow, per-day average, running total; related headlines carry other months' numbers.
    (
        """Bộ Khoa học và Công nghệ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Liên hệ
Trang chủ > Chuyển đổi số > Tin hoạt động
Báo cáo chuyển đổi số quốc gia tháng 5/2025: NDXP vận hành ổn định
Thứ Năm, 05/06/2025 09:15
(MOST) - Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành ổn định, phục vụ kết nối, chia sẻ dữ liệu giữa các bộ, ngành, địa phương.
Trong tháng 5/2025, tổng số giao dịch qua NDXP đạt 96.812.455 giao dịch, bình quân 3,12 triệu giao dịch/ngày.
Lũy kế từ khi đưa vào vận hành đến hết tháng 5/2025, NDXP đã xử lý 4,48 tỷ giao dịch.
Trong tháng, không ghi nhận sự cố gián đoạn kéo dài quá 30 phút.
Ảnh: Trung tâm giám sát vận hành NDXP. (Ảnh minh họa)
Tin liên quan:
- Tháng 4/2025: gần 90 triệu giao dịch qua NDXP
- NDXP vượt mốc 4 tỷ giao dịch
- Quý I/2025, NDXP ghi nhận 268 triệu giao dịch
Chia sẻ: Facebook | Zalo | Email | In bài
Từ khóa: NDXP, dữ liệu, báo cáo tháng""",
        "2025-06-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 96812455),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3120000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4480000000),
        ],
    ),
    # 2. Government newspaper on the National Portal: quarter flows (-> _new twins) and running totals at 30/6 ("chạm mốc", "nghìn tỷ đồng", "tổng cộng").
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ
Thời sự | Chính sách | Chuyển đổi số | Kinh tế | Xã hội | Video
Trang chủ > Chuyển đổi số
Quý II/2025: Cổng Dịch vụ công quốc gia tiếp nhận 3,45 triệu hồ sơ trực tuyến
08/07/2025 14:22
(Chinhphu.vn) - Văn phòng Chính phủ cho biết, Cổng Dịch vụ công quốc gia (Cổng DVCQG) tiếp tục là kênh kết nối quan trọng giữa người dân, doanh nghiệp với cơ quan nhà nước.
Cụ thể, trong quý II/2025, Cổng DVCQG có thêm 1.215.340 tài khoản đăng ký mới; tiếp nhận 3,45 triệu hồ sơ trực tuyến; ghi nhận 2,16 triệu giao dịch thanh toán trực tuyến với số tiền 1.852 tỷ đồng.
Tính đến ngày 30/6/2025, tổng số tài khoản đăng ký trên Cổng DVCQG là 17,6 triệu; Cổng đã tiếp nhận tổng cộng 48,7 triệu hồ sơ trực tuyến và 29,8 triệu giao dịch thanh toán trực tuyến, tổng giá trị thanh toán trực tuyến qua Cổng chạm mốc 12,9 nghìn tỷ đồng.
So với cùng kỳ năm 2024, số hồ sơ trực tuyến nộp qua Cổng tăng 23,5%.
Ảnh: Giao diện Cổng Dịch vụ công quốc gia. Ảnh: VGP
Chia sẻ: Facebook | Zalo | Twitter | In bài
Tin liên quan
- 6 tháng đầu năm 2024: Cổng DVCQG tiếp nhận 5,6 triệu hồ sơ trực tuyến
- Hơn 15 triệu tài khoản đăng ký trên Cổng Dịch vụ công quốc gia
Từ khóa: Cổng Dịch vụ công quốc gia, thanh toán trực tuyến, VPCP""",
        "2025-07-08",
        [
            ("national_portal_accounts_new", "national", "quarter", "2025-06-30", 1215340),
            ("national_portal_dossiers_new", "national", "quarter", "2025-06-30", 3450000),
            ("online_payments_count_new", "national", "quarter", "2025-06-30", 2160000),
            ("online_payments_value_new", "national", "quarter", "2025-06-30", 1852),
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 17600000),
            ("national_portal_dossiers", "national", "as_of", "2025-06-30", 48700000),
            ("online_payments_count", "national", "as_of", "2025-06-30", 29800000),
            ("online_payments_value", "national", "as_of", "2025-06-30", 12900),
        ],
    ),
    # 3. Provincial portal (Bắc Ninh), half-year: dossier shares after "trong đó", "ở mức", "là"; a year-on-year change and a target are not values.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách
Trang chủ > Tin tức > Cải cách hành chính
Bắc Ninh: Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm đạt 78,4%
Thứ Hai, 15/07/2024 08:30 | Lượt xem: 1.245
Sáng 12/7, Sở Thông tin và Truyền thông tổ chức hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm 2024.
Theo báo cáo, 6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 412.560 hồ sơ TTHC, trong đó hồ sơ trực tuyến chiếm 78,4%; tỷ lệ hồ sơ trực tuyến toàn trình ở mức 52,1%.
Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 91,3%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa là 38,6%.
So với cùng kỳ năm 2023, tỷ lệ hồ sơ trực tuyến tăng 12 điểm phần trăm.
Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt trên 60%.
Ảnh: Quang cảnh hội nghị. (Ảnh: Sở TT&TT)
Tin liên quan:
- Bắc Giang: 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình
- Năm 2023, Bắc Ninh đứng thứ 5 cả nước về chỉ số DTI
Chia sẻ | In | Gửi email""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Bắc Ninh", "half", "2024-06-30", 78.4),
            ("online_dossier_full_process_rate", "Bắc Ninh", "half", "2024-06-30", 52.1),
            ("e_result_rate", "Bắc Ninh", "half", "2024-06-30", 91.3),
            ("data_reuse_rate", "Bắc Ninh", "half", "2024-06-30", 38.6),
        ],
    ),
    # 4. NEGATIVE: an operator's own 5G launch figures (stations, coverage, speed, trial subscribers) and a target; national figures only in "Xem thêm".
    (
        """VnExpress
Thời sự | Góc nhìn | Thế giới | Kinh doanh | Số hóa | Khoa học
Số hóa > Viễn thông
Viettel phủ sóng 5G tới 90% dân số
Thứ Tư, 16/10/2024, 10:05 (GMT+7)
Viettel cho biết đã lắp đặt hơn 6.500 trạm 5G trên cả nước, phủ sóng 90% dân số sau một ngày chính thức khai trương dịch vụ.
Theo đại diện nhà mạng, tốc độ 5G trung bình của Viettel đạt hơn 500 Mbps, gấp khoảng 10 lần 4G.
Nhà mạng đặt mục tiêu đến cuối năm 2025 có 20.000 trạm 5G.
Trong 24 giờ đầu, Viettel ghi nhận 1,3 triệu thuê bao dùng thử 5G, trong đó 70% dùng smartphone của Samsung và Apple.
Ảnh: Kỹ thuật viên Viettel lắp đặt trạm 5G tại Hà Nội. Ảnh: Viettel
Xem thêm:
- Việt Nam có 26% dân số được phủ sóng 5G
- Tốc độ Internet di động Việt Nam đạt 57,6 Mbps
Chia sẻ Facebook | Twitter | Sao chép liên kết
Tags: 5G, Viettel, nhà mạng""",
        "2024-10-16",
        [],
    ),
    # 5. Cybersecurity monthly press item: month count, previous month in parentheses (kept), kinds after "Trong đó" (not), a quarter running total, botnet IPs at month end; % changes not.
    (
        """VietNamNet
Thời sự | Kinh doanh | Thông tin và Truyền thông | Giáo dục | Sức khỏe | Thế giới
Trang chủ > Thông tin và Truyền thông > An toàn thông tin
Tháng 3/2024, các hệ thống thông tin tại Việt Nam hứng chịu 1.023 cuộc tấn công mạng
09/04/2024 - 06:00 GMT+7
Số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 3 giảm 8,4% so với tháng trước.
Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 3/2024, hệ thống kỹ thuật của đơn vị đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.023 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,4% so với tháng 2/2024 (1.117 cuộc).
Trong đó có 544 cuộc tấn công lừa đảo (Phishing), 317 cuộc tấn công thay đổi giao diện (Deface) và 162 cuộc tấn công cài mã độc (Malware).
Lũy kế 3 tháng đầu năm 2024, tổng số cuộc tấn công mạng gây sự cố là 3.202 cuộc.
Cũng theo Cục An toàn thông tin, tính đến cuối tháng 3/2024, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 612.455 địa chỉ, giảm 10,7% so với cùng kỳ năm 2023.
Ảnh: Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC). Ảnh: Trọng Đạt
Tin cùng chuyên mục
- Năm 2023, Việt Nam ghi nhận 13.900 cuộc tấn công mạng
- Hơn 1 triệu IP Việt Nam nằm trong mạng botnet
Chia sẻ | Bình luận""",
        "2024-04-09",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1023),
            ("cyberattacks", "national", "month", "2024-02-29", 1117),
            ("cyberattacks", "national", "ytd", "2024-03-31", 3202),
            ("botnet_ips", "national", "as_of", "2024-03-31", 612455),
        ],
    ),
    # 6. Press summary of a year: share of GDP ("ước đạt") and growth ("tăng trưởng khoảng"); targets, a vendor report's GMV and growth, e-commerce revenue are not values.
    (
        """VIETNAMPLUS
Chính trị | Kinh tế | Xã hội | Thế giới | Công nghệ | Văn hóa | Thể thao
Trang chủ > Công nghệ > Kinh tế số
Kinh tế số chiếm 16,5% GDP năm 2023
Thứ Ba, 05/03/2024 - 16:40
(Vietnam+) Theo số liệu được Bộ Thông tin và Truyền thông công bố, tỷ trọng kinh tế số trong GDP của Việt Nam năm 2023 ước đạt 16,5%.
Năm 2023, kinh tế số của Việt Nam tăng trưởng khoảng 20%, cao gấp 3 lần tốc độ tăng trưởng GDP.
Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP và đến năm 2030 đạt 30% GDP.
Trong khi đó, theo báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company, quy mô kinh tế số Việt Nam đạt 30 tỷ USD tổng giá trị hàng hóa (GMV), tăng 19% so với năm 2022.
Doanh thu thương mại điện tử bán lẻ năm 2023 đạt khoảng 20,5 tỷ USD.
Ảnh: Người dân thanh toán bằng mã QR tại một cửa hàng ở Hà Nội. (Ảnh: TTXVN)
Tin liên quan
- Kinh tế số Indonesia dự kiến đạt 110 tỷ USD năm 2025
- Năm 2022, kinh tế số đóng góp 14,26% GDP
Chia sẻ: Facebook | Zalo | Email
Tags: kinh tế số, GDP, Bộ TT&TT""",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20),
        ],
    ),
    # 7. Provincial portal (Quảng Ninh), a year under review: GRDP share, fibre households, smartphone share, 5G stations as the province's; a share of all BTS and a target are not.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ QUẢNG NINH
Trang chủ | Chính quyền | Tin tức | Công khai | Tiện ích | English
Trang chủ > Tin tức > Chuyển đổi số
Quảng Ninh: Kinh tế số đóng góp khoảng 10,2% GRDP năm 2024
Thứ Hai, 20/01/2025 10:12
Năm 2024, tỉnh Quảng Ninh tiếp tục giữ vị trí dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh (DTI).
Theo Sở TT&TT, năm 2024 kinh tế số của tỉnh đóng góp khoảng 10,2% GRDP; 100% xã, phường có hạ tầng cáp quang.
Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang trên địa bàn tỉnh đạt 89,6%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 90,2%.
Toàn tỉnh có 1.056 trạm BTS 5G, chiếm khoảng 12% tổng số trạm BTS.
Phấn đấu năm 2025, kinh tế số chiếm 15% GRDP.
Ảnh: Trung tâm Điều hành thông minh tỉnh Quảng Ninh.
Xem thêm:
- Hà Nội: kinh tế số chiếm 21,5% GRDP
- Quảng Ninh dẫn đầu chỉ số DTI năm 2023
Chia sẻ | Bản in""",
        "2025-01-20",
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 10.2),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-12-31", 89.6),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2024-12-31", 90.2),
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2024-12-31", 1056),
        ],
    ),
    # 8. NEGATIVE: interview in Q&A form with the world's and other countries' figures and Viet Nam's targets only.
    (
        """Tạp chí Thông tin và Truyền thông
Trang chủ | Thời sự | Chuyển đổi số | Diễn đàn | Quốc tế
Trang chủ > Diễn đàn > Phỏng vấn
Chuyên gia: "5G là nền móng của kinh tế số"
Thứ Tư, 22/11/2023 15:00
Bên lề Diễn đàn Quốc gia phát triển doanh nghiệp công nghệ số, phóng viên đã có cuộc trao đổi với TS. Nguyễn Văn An, chuyên gia viễn thông.
PV: Thưa ông, Việt Nam đang ở đâu trên bản đồ 5G thế giới?
TS. Nguyễn Văn An: Theo GSMA, đến cuối năm 2023, mạng 5G toàn cầu đã phủ sóng khoảng 40% dân số thế giới. Hàn Quốc có hơn 30 triệu thuê bao 5G, phủ sóng 5G tới 95% dân số; Thái Lan đã lắp đặt hơn 20.000 trạm 5G.
Chúng ta đặt mục tiêu đến năm 2025 phủ sóng 5G đạt 30% dân số và đến năm 2030 đạt 99% dân số.
PV: Còn tốc độ băng rộng thì sao?
TS. Nguyễn Văn An: Tốc độ băng rộng cố định trung bình của Singapore hơn 260 Mbps, cao nhất thế giới. Theo ITU, tỷ lệ người sử dụng Internet toàn cầu năm 2023 là 67%.
Ảnh: TS. Nguyễn Văn An. (Ảnh: Ngọc Mai)
Tin liên quan
- Tốc độ Internet cố định Việt Nam đạt 97 Mbps
- Thử nghiệm 5G: hơn 1.000 trạm được lắp đặt
Chia sẻ | Tags: 5G, phỏng vấn, hạ tầng số""",
        "2023-11-22",
        [],
    ),
    # 9. UN ranking "71/193" for the 2024 edition and the 2022 edition in parentheses; ASEAN place, OSI place, score, target and a related headline are not values.
    (
        """Báo Nhân Dân điện tử
Chính trị | Kinh tế | Văn hóa | Xã hội | Pháp luật | Thế giới
Trang chủ > Chính trị > Chuyển đổi số
Việt Nam tăng 15 bậc về Chính phủ điện tử
Thứ Sáu, 10/01/2025 - 07:45
Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc (công bố tháng 9/2024), Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193).
Lần đầu tiên Việt Nam được xếp vào nhóm có chỉ số EGDI ở mức rất cao, với điểm số 0,7709.
Trong khu vực ASEAN, Việt Nam xếp thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.
Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7400, xếp thứ 49.
Mục tiêu đến năm 2025, Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử.
Ảnh: Phiên họp của Ủy ban Quốc gia về chuyển đổi số. (Ảnh: Nhân Dân)
Bài viết liên quan
- Đan Mạch tiếp tục dẫn đầu bảng xếp hạng Chính phủ điện tử
- Năm 2020, Việt Nam xếp thứ 86/193 về EGDI
Chia sẻ | Lưu bài""",
        "2025-01-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 10. News-agency item on NDXP at a dated cut-off: agencies (parts after "gồm" not), connection points, running total; a quarter flow kept, its % change not.
    (
        """BÁO TIN TỨC - TTXVN
Thời sự | Kinh tế | Xã hội | Pháp luật | Khoa học - Công nghệ
Khoa học - Công nghệ > Chuyển đổi số
NDXP kết nối 112 cơ quan, đơn vị với 1.268 điểm kết nối
18/04/2025 11:20
Tính đến ngày 15/4/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 112 cơ quan, đơn vị, gồm 26 bộ, ngành, 63 địa phương và 23 doanh nghiệp, tổ chức.
Trên nền tảng đã thiết lập 1.268 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.
Lũy kế từ khi đưa vào vận hành, tổng số giao dịch qua NDXP đạt hơn 4,12 tỷ giao dịch.
Riêng quý I/2025, NDXP ghi nhận 268,4 triệu giao dịch, tăng 31% so với quý I/2024.
Ảnh: Các đại biểu tham quan mô hình NDXP. Ảnh: TTXVN
Tin liên quan:
- NDXP đạt 3 tỷ giao dịch
- 6 tháng đầu năm 2024, NDXP xử lý 439 triệu giao dịch
Tags: NDXP, dữ liệu, chia sẻ dữ liệu""",
        "2025-04-18",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-15", 112),
            ("ndxp_connection_points", "national", "as_of", "2025-04-15", 1268),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-15", 4120000000),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 268400000),
        ],
    ),
    # 11. Government notice on the portal: "đến nay" dated by the meeting; 25/53 and 58/63 and 763/1.084 kept, remainders ("còn lại", "chưa"), attendees, documents, a target not.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
Trang chủ | Chính phủ | Công dân | Doanh nghiệp | Văn bản | Chỉ đạo điều hành
Trang chủ > Chỉ đạo điều hành > Thông báo
Kết luận của Thủ tướng tại phiên họp thứ 8 Ủy ban Quốc gia về chuyển đổi số
Ngày đăng: 10/05/2024
Văn phòng Chính phủ ban hành Thông báo số 215/TB-VPCP kết luận của Thủ tướng Chính phủ tại phiên họp ngày 08/5/2024 của Ủy ban Quốc gia về chuyển đổi số.
Thủ tướng đánh giá: đến nay, đã có 25/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 28 dịch vụ còn lại phải hoàn thành trong năm 2024.
58/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 05 địa phương chưa ban hành.
Các bộ, ngành đã cắt giảm, đơn giản hóa 763/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, còn 321 thủ tục chưa được cắt giảm.
Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình đạt 89,6%.
Phiên họp có 45 đại biểu dự trực tiếp; Ủy ban đã ban hành 14 văn bản chỉ đạo trong quý I/2024.
Thủ tướng yêu cầu phấn đấu đến hết năm 2024 đạt 80% hồ sơ trực tuyến toàn trình.
Tải về: 215-TB-VPCP.pdf
Văn bản liên quan
- Thông báo 203/TB-VPCP: 12/53 dịch vụ công thiết yếu còn lại phải hoàn thành trong tháng 6/2024
- Quyết định 06/QĐ-TTg về Đề án phát triển ứng dụng dữ liệu dân cư
In trang | Gửi email""",
        "2024-05-10",
        [
            ("essential_services_full_process", "national", "as_of", "2024-05-08", 25),
            ("localities_fee_reduction", "national", "as_of", "2024-05-08", 58),
            ("procedures_simplified", "national", "as_of", "2024-05-08", 763),
            ("full_process_provision_rate", "national", "as_of", "2024-05-08", 89.6),
        ],
    ),
    # 12. Ministry of Public Security page: chip cards at a date (exact count), activated VNeID accounts ("hơn ... triệu"), one province's figure; sub-counts and an activation rate not.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN
Trang chủ | Tin tức | Văn bản | Dịch vụ công | Hỏi đáp
Trang chủ > Tin tức > Đề án 06
Đã kích hoạt hơn 60,3 triệu tài khoản định danh điện tử
Thứ Năm, 03/10/2024 | 09:00
Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), tính đến ngày 30/9/2024, toàn quốc đã cấp 87.648.210 thẻ Căn cước công dân gắn chip và thẻ Căn cước.
Cùng thời điểm, lực lượng Công an đã kích hoạt hơn 60,3 triệu tài khoản định danh điện tử VNeID, trong đó có 4,1 triệu tài khoản mức độ 1.
Tỷ lệ kích hoạt trên tổng số tài khoản đã cấp đạt 75,2%.
Dẫn đầu cả nước là Hà Nội với 6,2 triệu tài khoản định danh điện tử đã kích hoạt.
Ứng dụng VNeID hiện đã tích hợp 38 tiện ích phục vụ người dân.
Ảnh: Cán bộ Công an hướng dẫn người dân kích hoạt tài khoản VNeID. (Ảnh: Bộ Công an)
Tin liên quan
- TP.HCM cấp hơn 7 triệu tài khoản định danh điện tử
- Đề án 06: 100% công an xã triển khai thu nhận hồ sơ
Chia sẻ: Facebook | Zalo""",
        "2024-10-03",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-09-30", 87648210),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-30", 60300000),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-09-30", 6200000),
        ],
    ),
    # 13. Banking press: Mobile Money customers at end of June (rural part after "trong đó" not), adults with a payment account; Mobile Money transactions, an operator's share, the target not.
    (
        """THỜI BÁO NGÂN HÀNG
Trang chủ | Ngân hàng | Tài chính | Doanh nghiệp | Thị trường | Công nghệ
Trang chủ > Ngân hàng > Thanh toán
Mobile Money: 9,8 triệu khách hàng sau hơn 2 năm thí điểm
Thứ Tư, 14/08/2024 07:30
Theo số liệu của Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt 9,8 triệu khách hàng, trong đó khoảng 6,6 triệu khách hàng tại khu vực nông thôn, miền núi, vùng sâu, vùng xa.
Tổng số lượng giao dịch qua Mobile Money đạt 91,5 triệu giao dịch với giá trị 3.820 tỷ đồng.
Cũng đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87%, vượt mục tiêu 80% của Chiến lược tài chính toàn diện quốc gia.
Viettel Money chiếm hơn 70% tổng số khách hàng Mobile Money, với khoảng 6,9 triệu người dùng.
Ảnh: Người dân giao dịch qua Mobile Money tại một điểm kinh doanh ở Hà Giang.
Tin liên quan
- NHNN đề xuất kéo dài thí điểm Mobile Money đến hết năm 2025
- Thanh toán không dùng tiền mặt tăng 58% trong 6 tháng đầu năm
Chia sẻ | Theo dõi trên Google News
Tags: Mobile Money, tài chính toàn diện""",
        "2024-08-14",
        [
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 9800000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87),
        ],
    ),
    # 14. Tax press: e-invoices "lũy kế từ ... đến ngày 31/3/2025" as "10,2 tỷ" (count); kinds after "trong đó", cash-register invoices, a quarter's new invoices not.
    (
        """Tạp chí Thuế
Trang chủ | Thời sự | Chính sách | Hóa đơn điện tử | Hỏi đáp
Trang chủ > Hóa đơn điện tử
Cơ quan thuế đã tiếp nhận, xử lý 10,2 tỷ hóa đơn điện tử
Thứ Ba, 08/04/2025 14:05
(TCT) Theo Cục Thuế (Bộ Tài chính), lũy kế từ ngày 1/7/2022 đến ngày 31/3/2025, cơ quan thuế đã tiếp nhận và xử lý 10,2 tỷ hóa đơn điện tử, trong đó 3,6 tỷ hóa đơn có mã của cơ quan thuế và 6,6 tỷ hóa đơn không có mã.
Hiện có 1,28 triệu doanh nghiệp, tổ chức và 98.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử.
Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đã có 135.600 cơ sở kinh doanh đăng ký áp dụng với 1,1 tỷ hóa đơn.
Trong quý I/2025, cơ quan thuế tiếp nhận 1,02 tỷ hóa đơn, tăng 9% so với cùng kỳ.
Ảnh: Hóa đơn điện tử giúp doanh nghiệp tiết kiệm chi phí. Ảnh: Cục Thuế
Xem thêm:
- Hóa đơn điện tử từ máy tính tiền: hơn 1 tỷ hóa đơn sau 2 năm
- Năm 2024, ngành thuế thu ngân sách vượt 20% dự toán
Chia sẻ | In bài""",
        "2025-04-08",
        [
            ("e_invoices_total", "national", "as_of", "2025-03-31", 10200000000),
        ],
    ),
    # 15. Speeds for a month (download only): fixed "đạt", mobile "là"; upload speed, ranks, other countries, a % change and a target not.
    (
        """ICTVietnam
Trang chủ | Viễn thông | Chuyển đổi số | An toàn thông tin | Công nghệ | Quốc tế
Viễn thông > Hạ tầng
Tốc độ băng rộng cố định của Việt Nam đạt 153,6 Mbps
20/11/2024 08:00
Theo số liệu Bộ Thông tin và Truyền thông công bố, trong tháng 10/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 153,6 Mbps, xếp thứ 36/154 quốc gia; tốc độ tải lên đạt 151,2 Mbps.
Với mạng di động, tốc độ tải xuống là 66,1 Mbps, tăng 43% so với cùng kỳ năm ngoái, xếp thứ 39 thế giới.
Hiện Singapore vẫn dẫn đầu thế giới về tốc độ băng rộng cố định với 322 Mbps, trong khi UAE dẫn đầu tốc độ di động với 421 Mbps.
Bộ TT&TT đặt mục tiêu đến năm 2025, tốc độ băng rộng cố định đạt tối thiểu 200 Mbps.
Ảnh: Kỹ thuật viên kiểm tra thiết bị tại trạm viễn thông. Ảnh: ICTVietnam
Tin liên quan
- Tốc độ Internet di động Việt Nam tăng 6 bậc, đạt 57 Mbps
- Việt Nam lọt top 40 thế giới về tốc độ băng rộng cố định
Chia sẻ Facebook | Zalo""",
        "2024-11-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 153.6),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 66.1),
        ],
    ),
    # 16. National 5G at end of March ("vùng phủ 5G đạt khoảng 26% dân số"), smartphone share and count ("tương ứng"); operators' station counts, 5G subscribers ("hiện"), targets not.
    (
        """THANH NIÊN
Thời sự | Thế giới | Kinh tế | Đời sống | Công nghệ | Giáo dục | Thể thao
Trang chủ > Công nghệ > Viễn thông
Cả nước có hơn 8.500 trạm 5G, phủ sóng 26% dân số
Thứ Năm, 10/04/2025 06:45
Sau gần nửa năm thương mại hóa, mạng 5G tại Việt Nam đang được mở rộng nhanh chóng.
Theo Cục Viễn thông, tính đến cuối tháng 3/2025, cả nước đã lắp đặt hơn 8.500 trạm BTS 5G; vùng phủ 5G đạt khoảng 26% dân số.
Trong số này, Viettel có khoảng 6.900 trạm, VNPT có khoảng 1.200 trạm. Số thuê bao 5G hiện đạt 9,1 triệu.
Cùng thời điểm, tỷ lệ thuê bao di động sử dụng smartphone trên tổng số thuê bao di động đạt 88,4%, tương ứng khoảng 107,2 triệu thuê bao.
Chính phủ đặt mục tiêu năm 2025 phủ sóng 5G tới 30% dân số; đến năm 2030 là 99%.
Ảnh: Người dùng trải nghiệm 5G tại TP.HCM. Ảnh: Ngọc Dương
Xem thêm:
- Thái Lan có hơn 30.000 trạm 5G
- VNPT chính thức khai trương 5G, phủ sóng 63 tỉnh, thành
Chia sẻ | Bình luận (12)
Tags: 5G, smartphone, Cục Viễn thông""",
        "2025-04-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 88.4),
            ("smartphone_subscriptions", "national", "as_of", "2025-03-31", 107200000),
        ],
    ),
    # 17. Dead-zone villages at a date: "1.770/1.853 ... đạt 95,5%", villages left ("còn 1.450 thôn lõm sóng"), all villages covered; the electrified remainder after "trong đó", a province's villages covered, a deadline not.
    (
        """Báo Dân tộc và Phát triển
Trang chủ | Thời sự | Chính sách | Vùng DTTS & MN | Văn hóa | Pháp luật
Trang chủ > Vùng DTTS & MN > Hạ tầng
Chương trình "Sóng và máy tính cho em": 95,5% thôn lõm sóng có điện đã được phủ sóng
Thứ Ba, 03/12/2024 09:40
Tính đến ngày 30/11/2024, các doanh nghiệp viễn thông đã phủ sóng di động cho 1.770/1.853 thôn lõm sóng có điện lưới, đạt 95,5%.
Cũng tính đến thời điểm này, cả nước còn 1.450 thôn lõm sóng, chủ yếu ở khu vực chưa có điện lưới quốc gia; trong đó 83 thôn đã có điện nhưng chưa có sóng.
Tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đạt 98,6%.
Riêng tỉnh Hà Giang, đã phủ sóng 145 thôn trong năm 2024.
Bộ TT&TT yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn lõm sóng có điện trước ngày 31/12/2024.
Ảnh: Trạm BTS mới lắp đặt tại một bản vùng cao tỉnh Điện Biên.
Tin liên quan
- Hơn 2.000 thôn, bản sẽ có sóng di động trong năm 2024
- Lai Châu: 98% thôn, bản có sóng 4G
Chia sẻ | In""",
        "2024-12-03",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 95.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 1450),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-30", 98.6),
        ],
    ),
    # 18. Provincial portal (Đồng Nai), a quarter: satisfaction "mức độ hài lòng", dossiers tied to ID "là 100%", data reuse; on-time and digitisation rates (no id), a change in points not.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức sự kiện | Chính quyền | Dịch vụ công | Liên hệ
Trang chủ > Tin tức sự kiện > Cải cách hành chính
Quý I/2025: 96,2% người dân, doanh nghiệp hài lòng với việc giải quyết TTHC
15/04/2025 16:20
Theo báo cáo của Văn phòng UBND tỉnh, trong quý I/2025, các cơ quan, đơn vị trên địa bàn tỉnh Đồng Nai đã tiếp nhận 198.430 hồ sơ TTHC; 98,7% hồ sơ được giải quyết đúng hạn.
Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện TTHC đạt 96,2%.
Tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân là 100%; tỷ lệ hồ sơ được số hóa đạt 85,4%.
Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 45,3%, tăng 6,8 điểm phần trăm so với quý IV/2024.
Hệ thống thông tin giải quyết TTHC của tỉnh đã kết nối đầy đủ với Hệ thống EMC.
Ảnh: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. (Ảnh: Trung Hiếu)
Tin liên quan
- Đồng Nai phấn đấu 100% hồ sơ được số hóa trong năm 2025
- Tháng 3/2025, Đồng Nai tiếp nhận 72.000 hồ sơ trực tuyến
Chia sẻ | In bài""",
        "2025-04-15",
        [
            ("satisfaction_rate", "Đồng Nai", "quarter", "2025-03-31", 96.2),
            ("dossiers_with_personal_id_rate", "Đồng Nai", "quarter", "2025-03-31", 100),
            ("data_reuse_rate", "Đồng Nai", "quarter", "2025-03-31", 45.3),
        ],
    ),
    # 19. NEGATIVE: a plan page: counts of decrees, resolutions, meetings, tasks; a list of targets ("đặt mục tiêu:", "phấn đấu", "trước ngày"); related headlines carry figures.
    (
        """Báo điện tử Đảng Cộng sản Việt Nam
Trang chủ | Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh
Trang chủ > Chính trị > Chuyển đổi số
Chính phủ ban hành Kế hoạch chuyển đổi số năm 2025
Thứ Sáu, 14/02/2025 - 10:30
Năm 2024, Chính phủ đã ban hành 12 nghị định, 38 nghị quyết liên quan đến chuyển đổi số; Ủy ban Quốc gia về chuyển đổi số tổ chức 4 phiên họp.
Kế hoạch năm 2025 đặt mục tiêu:
- 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình;
- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%;
- Kinh tế số chiếm 20% GDP.
Phấn đấu đến hết năm 2025, 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến.
Bộ Công an được giao chủ trì 15 nhiệm vụ; Bộ TT&TT chủ trì 22 nhiệm vụ.
Kế hoạch cũng yêu cầu 63/63 tỉnh, thành phố hoàn thành kết nối với Hệ thống EMC trước ngày 30/6/2025.
Ảnh: Phiên họp thứ 9 của Ủy ban Quốc gia về chuyển đổi số.
Tin liên quan
- Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,9%
- 53/53 dịch vụ công thiết yếu đã được cung cấp toàn trình
Chia sẻ | Gửi bài""",
        "2025-02-14",
        [],
    ),
    # 20. Monthly report page with a table written as lines ("Chỉ tiêu | Khối bộ, ngành | Khối địa phương"), a national "DVCTT/TTHC" share, EMC "(82/88 hệ thống)"; the online-payment share (no id) not.
    (
        """Cục Chuyển đổi số quốc gia
Trang chủ | Giới thiệu | Tin tức | Báo cáo | Văn bản | Liên hệ
Trang chủ > Tin tức > Báo cáo định kỳ
Báo cáo chuyển đổi số quốc gia tháng 4/2025
Thứ Hai, 12/05/2025 10:00 | Tác giả: Phòng Tổng hợp
Báo cáo tổng hợp số liệu triển khai chuyển đổi số quốc gia trong tháng 4/2025, theo dữ liệu của Hệ thống EMC.
1. Cung cấp dịch vụ công trực tuyến (số liệu tháng 4/2025)
Chỉ tiêu | Khối bộ, ngành | Khối địa phương
Tỷ lệ DVCTT toàn trình | 62,5% | 51,2%
Tỷ lệ hồ sơ trực tuyến | 48,3% | 55,9%
Tỷ lệ hồ sơ trực tuyến toàn trình | 36,1% | 44,7%
Tỷ lệ DVCTT có phát sinh hồ sơ | 58,0% | 49,6%
2. Toàn quốc: tỷ lệ DVCTT/TTHC là 84,3%; tỷ lệ thanh toán trực tuyến 38,5%.
3. Kết nối EMC: tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối với Hệ thống EMC đạt 93,2% (82/88 hệ thống).
Ảnh: Màn hình giám sát của Hệ thống EMC.
Xem thêm:
- Báo cáo chuyển đổi số quốc gia tháng 3/2025
- Tháng 3/2025: tỷ lệ hồ sơ trực tuyến toàn trình khối địa phương đạt 43,9%
Chia sẻ | Tải báo cáo (PDF)""",
        "2025-05-12",
        [
            ("dvctt_full_process_rate", "ministries", "month", "2025-04-30", 62.5),
            ("dvctt_full_process_rate", "localities", "month", "2025-04-30", 51.2),
            ("online_dossier_rate", "ministries", "month", "2025-04-30", 48.3),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 55.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-04-30", 36.1),
            ("online_dossier_full_process_rate", "localities", "month", "2025-04-30", 44.7),
            ("dvctt_with_dossiers_rate", "ministries", "month", "2025-04-30", 58.0),
            ("dvctt_with_dossiers_rate", "localities", "month", "2025-04-30", 49.6),
            ("dvctt_rate", "national", "month", "2025-04-30", 84.3),
            ("emc_connection_rate", "national", "month", "2025-04-30", 93.2),
        ],
    ),
    # 21. Conference report on nine months: adults using DVCTT "tính đến hết quý III/2024 ... ước đạt", systems with approved level ("90,7% hệ thống ... phê duyệt"), attacks "9 tháng đầu năm"; deployment share, change, target, attendees not.
    (
        """Báo Điện tử VOV
Trang chủ | Chính trị | Kinh tế | Xã hội | Pháp luật | Thế giới | Công nghệ
Trang chủ > Xã hội > Chuyển đổi số
Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 48%
Thứ Sáu, 25/10/2024 | 15:12
VOV.VN - Chiều 24/10, tại Hà Nội, Bộ TT&TT tổ chức Hội nghị sơ kết 9 tháng triển khai chuyển đổi số quốc gia.
Báo cáo tại hội nghị cho biết, tính đến hết quý III/2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 48%, sát mục tiêu 50% đặt ra cho năm 2025.
Về an toàn thông tin, 90,7% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ; 76% hệ thống đã triển khai đầy đủ phương án bảo vệ theo hồ sơ được duyệt.
9 tháng đầu năm 2024, hệ thống kỹ thuật ghi nhận 7.254 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 35,8% so với cùng kỳ năm 2023.
Hội nghị có sự tham dự của 600 đại biểu tại điểm cầu trung tâm và 63 điểm cầu địa phương.
Ảnh: Thứ trưởng Bộ TT&TT phát biểu tại hội nghị. (Ảnh: VOV)
Tin liên quan
- Năm 2023: 48,2% người trưởng thành dùng smartphone
- Mục tiêu 80% DVCTT toàn trình trong năm 2024
Chia sẻ | Bình luận""",
        "2024-10-25",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-09-30", 48),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 90.7),
            ("cyberattacks", "national", "ytd", "2024-09-30", 7254),
        ],
    ),
    # 22. Year-end summary (year under review 2023): fixed and mobile broadband subscriptions with densities "thuê bao/100 dân", Internet users "ước đạt", fibre households after a count ("chiếm"); revenue, change, target not.
    (
        """VnEconomy
Trang chủ | Thời sự | Tài chính | Doanh nghiệp | Công nghệ | Bất động sản
Trang chủ > Công nghệ > Viễn thông
Hạ tầng viễn thông năm 2023: 22,8 triệu thuê bao băng rộng cố định
Thứ Sáu, 12/01/2024 20:05
Tại Hội nghị tổng kết năm 2023 của Bộ TT&TT, Cục Viễn thông cho biết năm 2023 hạ tầng viễn thông tiếp tục được mở rộng.
Số thuê bao băng rộng cố định đạt 22,8 triệu, mật độ 22,9 thuê bao/100 dân; số thuê bao băng rộng di động đạt 88,7 triệu, mật độ 89,1 thuê bao/100 dân.
Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số.
Số hộ gia đình có đường cáp quang đạt hơn 19,5 triệu, chiếm 73,5% tổng số hộ gia đình.
Doanh thu viễn thông năm 2023 ước đạt 340.000 tỷ đồng, tăng 1,5% so với năm 2022.
Năm 2024, Bộ đặt mục tiêu 100% thôn, bản có sóng di động băng rộng.
Ảnh: Kỹ thuật viên bảo dưỡng tuyến cáp quang. Ảnh: VnEconomy
Tin liên quan
- Việt Nam có 127 triệu thuê bao di động
- Doanh thu công nghiệp ICT năm 2023 đạt 142 tỷ USD
Chia sẻ | Lưu""",
        "2024-01-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 88700000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 89.1),
            ("internet_users_rate", "national", "year", "2023-12-31", 79.1),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 73.5),
        ],
    ),
    # 23. Interview with "Hiện nay" dated by the page: eligible-procedure share, all-procedure share ("Khoảng 48,5% TTHC ... toàn trình"), dossiers "mới ở mức"; target and foreign figures not.
    (
        """LAO ĐỘNG
Thời sự | Công đoàn | Xã hội | Kinh tế | Thế giới | Bạn đọc
Trang chủ > Xã hội > Phỏng vấn
"Dịch vụ công trực tuyến phải thực chất, không chạy theo số lượng"
Thứ Ba, 20/08/2024 06:00
Phóng viên Báo Lao Động đã phỏng vấn ông Trần Văn Bình, Cục trưởng Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ).
PV: Xin ông cho biết kết quả cung cấp dịch vụ công trực tuyến đến nay?
Ông Trần Văn Bình: Hiện nay, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp DVCTT toàn trình đã đạt 87%. Khoảng 48,5% TTHC trên cả nước đã được cung cấp dưới dạng DVCTT toàn trình.
Tuy nhiên, tỷ lệ hồ sơ trực tuyến toàn trình mới ở mức 39,2%, còn cách khá xa mục tiêu 80% của năm 2024.
PV: Kinh nghiệm quốc tế thế nào, thưa ông?
Ông Trần Văn Bình: Ở Estonia, 99% dịch vụ công đã được cung cấp trực tuyến; tại Hàn Quốc, tỷ lệ người dân sử dụng dịch vụ công trực tuyến trên 90%.
PV: Xin cảm ơn ông!
Ảnh: Ông Trần Văn Bình. Ảnh: Hải Nguyễn
Tin liên quan
- Tỷ lệ hồ sơ trực tuyến toàn trình tăng lên 41%
- 6 tháng đầu năm, hơn 8,1 triệu hồ sơ nộp qua Cổng DVCQG
Chia sẻ | Bình luận""",
        "2024-08-20",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-08-20", 87),
            ("dvctt_full_process_rate", "national", "as_of", "2024-08-20", 48.5),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-08-20", 39.2),
        ],
    ),
    # 24. NEGATIVE: an undated how-to page (no time stamp, no published date) with "Hiện nay" figures; the only date is in a related headline, which is not stored.
    (
        """Trang thông tin điện tử Đoàn Thanh niên
Trang chủ | Tin tức | Hoạt động | Tuyên truyền | Liên hệ
Trang chủ > Tuyên truyền > Đề án 06
Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2
Hiện nay, cả nước đã có hơn 81 triệu tài khoản định danh điện tử được kích hoạt và hơn 100 triệu thẻ căn cước gắn chip đã được cấp.
Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến hiện đạt khoảng 55%.
Người dân có nhu cầu kích hoạt tài khoản định danh điện tử mức độ 2 thực hiện như sau:
Bước 1: Đến Công an cấp xã nơi cư trú, mang theo thẻ căn cước và điện thoại thông minh.
Bước 2: Cán bộ thu nhận thông tin, ảnh chân dung và vân tay.
Bước 3: Tải ứng dụng VNeID, nhập số định danh cá nhân và mã kích hoạt được gửi qua tin nhắn.
Ảnh: Đoàn viên hỗ trợ người dân cài đặt ứng dụng VNeID.
Tin liên quan
- 87 triệu thẻ căn cước đã được cấp tính đến 30/9/2024
Chia sẻ | In""",
        None,
        [],
    ),
    # 25. City portal (Hà Nội), "lũy kế từ đầu năm đến hết tháng 8/2024": online share after a count ("đạt tỷ lệ"), full-process share of the city; the city portal's accounts (not the national portal) and a paid-online share not.
    (
        """CỔNG GIAO TIẾP ĐIỆN TỬ THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Chính quyền | Dịch vụ công | Du lịch | Đầu tư
Trang chủ > Tin tức > Cải cách hành chính
Hà Nội: 8 tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 82,3%
Thứ Ba, 10/09/2024 17:00
Lũy kế từ đầu năm đến hết tháng 8/2024, các cơ quan, đơn vị của thành phố Hà Nội đã tiếp nhận 1,45 triệu hồ sơ TTHC, trong đó có 1,19 triệu hồ sơ trực tuyến, đạt tỷ lệ 82,3%.
Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 47,6%.
Tính đến hết tháng 8/2024, tỷ lệ DVCTT toàn trình của thành phố là 68,4%.
Cổng Dịch vụ công thành phố hiện có 2,9 triệu tài khoản đăng ký, tăng 18% so với cuối năm 2023.
Thành phố phấn đấu đến cuối năm 2024 đạt 90% hồ sơ trực tuyến.
Ảnh: Bộ phận Một cửa UBND quận Hoàn Kiếm. (Ảnh: Phạm Hùng)
Tin liên quan
- TP.HCM: hơn 2 triệu hồ sơ trực tuyến trong 6 tháng đầu năm
- Hà Nội dẫn đầu cả nước về chỉ số phục vụ người dân, doanh nghiệp
Chia sẻ | Gửi email | In bài""",
        "2024-09-10",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-08-31", 82.3),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-08-31", 68.4),
        ],
    ),
]
