"""Genre probes, round 115: text as users save it (PDF-to-text reports, Word footnotes, web pages with page furniture), national and provincial, 2022–2026, written blind.

First reading (the stop's start code 15b33c0 read it): 166 of 170 right, 166 of 199 found (0.98 / 0.83). Fitted after that reading (stop 45): bare shares under "Tỷ lệ …" labels, one-cell-a-line tables with group and aim columns, page numbers between cells, a mid-year "Ước cả năm", a province's own portal, a numbered heading of next year's aims: 190 of 190, 190 of 199. Left: glued footnote markers whose body names the share only by the anchor, a province named in brackets, a survey's year-to-date.
"""

CASES = [
    # 1. Ministry monthly report (May 2024) saved with pdftotext: hard-wrapped lines, page number "3" and a form feed
    # between "là" and the cumulative NDXP figure. Traps: page number, report number, "tăng 1,8 điểm phần trăm",
    # "giảm 12,4%", June targets.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
Số: 2215/BC-BTTTT
                                          Hà Nội, ngày 10 tháng 6 năm 2024

                              BÁO CÁO
          Tình hình triển khai chuyển đổi số quốc gia tháng 5 năm 2024

                 Kính gửi: Ủy ban Quốc gia về chuyển đổi số

I. KẾT QUẢ NỔI BẬT TRONG THÁNG
1. Về hạ tầng số, nền tảng số
- Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành
ổn định; trong tháng 5/2024 có 79,8 triệu giao dịch, trung bình khoảng
2,57 triệu giao dịch/ngày; tổng số giao dịch lũy kế từ năm 2019 đến hết
tháng 5/2024 là

                                                                        3
\x0c
2,14 tỷ giao dịch.
- Tính đến cuối tháng 5/2024, số địa chỉ IP thuộc các mạng botnet tại
Việt Nam là 552.384 địa chỉ.
2. Về Chính phủ số
a) Cung cấp dịch vụ công trực tuyến
Tỷ lệ hồ sơ xử lý trực tuyến toàn trình trong tháng 5/2024 của cả nước
đạt 44,1% (tăng 1,8 điểm phần trăm so với tháng 4/2024), trong đó: các
bộ, ngành đạt 59,6%; các địa phương đạt 38,7%. Tỷ lệ hồ sơ có kết quả
giải quyết điện tử đạt 88,9%; tỷ lệ khai thác, sử dụng lại thông tin,
dữ liệu số hóa đạt 36,2%.
b) An toàn thông tin mạng
Trong tháng, Cục An toàn thông tin ghi nhận 1.024 cuộc tấn công mạng
gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,4% so với
tháng 4/2024.
II. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2024
1. Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt tối thiểu
50%; các địa phương đạt tối thiểu 45%.
2. Hoàn thành 100% nhiệm vụ được giao tại Quyết định số 06/QĐ-UBQGCĐS.""",
        "2024-06-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 79800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 2570000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 2140000000.0),
            ("botnet_ips", "national", "as_of", "2024-05-31", 552384.0),
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 44.1),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-05-31", 59.6),
            ("online_dossier_full_process_rate", "localities", "month", "2024-05-31", 38.7),
            ("e_result_rate", "national", "month", "2024-05-31", 88.9),
            ("data_reuse_rate", "national", "month", "2024-05-31", 36.2),
            ("cyberattacks", "national", "month", "2024-05-31", 1024.0),
        ],
    ),
    # 2. Bắc Ninh department's Q1/2024 report copied from Word: footnote markers [1]..[3] in the body, footnote bodies
    # at the bottom carry the figures. Traps: Từ Sơn city's 81,2%, raw counts 1.742/1.951 and 1.126, number of
    # plans issued, the 2024 target.
    (
        """UBND TỈNH BẮC NINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 412/BC-STTTT                                  Bắc Ninh, ngày 04 tháng 4 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số quý I năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
Trong quý, UBND tỉnh đã ban hành 07 kế hoạch, 12 văn bản chỉ đạo về chuyển đổi số, phát triển dữ liệu.

2. Chính quyền số
Công tác cải cách thủ tục hành chính gắn với chuyển đổi số tiếp tục đạt kết quả tích cực[1]. Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; việc cung cấp dịch vụ công trực tuyến được rà soát, tái cấu trúc quy trình[2].

3. Hạ tầng số
Hạ tầng viễn thông tiếp tục được các doanh nghiệp đầu tư mở rộng, chất lượng mạng cáp quang và di động được cải thiện rõ rệt[3].

II. NHIỆM VỤ QUÝ II/2024
Phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 75%.

________________________
[1] Tỷ lệ hồ sơ xử lý trực tuyến toàn trình quý I/2024 đạt 68,3%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 96,5%. Riêng thành phố Từ Sơn, tỷ lệ hồ sơ trực tuyến toàn trình đạt 81,2%.
[2] Đến ngày 31/3/2024, toàn tỉnh có 1.742/1.951 thủ tục hành chính được cung cấp dịch vụ công trực tuyến, đạt 89,3%; trong đó 1.126 thủ tục được cung cấp toàn trình, chiếm 57,7% tổng số thủ tục.
[3] Tính đến ngày 31/3/2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh đạt 91,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,6%.""",
        "2024-04-05",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2024-03-31", 68.3),
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-03-31", 96.5),
            ("dvctt_rate", "Bắc Ninh", "as_of", "2024-03-31", 89.3),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-03-31", 57.7),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2024-03-31", 91.4),
            ("smartphone_subscriber_rate", "Bắc Ninh", "as_of", "2024-03-31", 88.6),
        ],
    ),
    # 3. News site page copied whole (menu, breadcrumb, byline, photo caption, "Xem thêm" list): 5G and Ookla August
    # speeds. Traps: Viettel's station count, upload speed, world rank, 2030 target, figures in related headlines.
    (
        """Mới nhất  Thời sự  Góc nhìn  Thế giới  Kinh doanh  Khoa học công nghệ  Số hóa  Giải trí  Thể thao
Số hóa › Viễn thông
Thứ năm, 2/10/2025, 08:15 (GMT+7)

Mạng 5G phủ hơn ba phần tư dân số sau một năm thương mại hóa

Số trạm 5G tăng nhanh trong quý III, đưa tốc độ di động của Việt Nam vào nhóm dẫn đầu châu Á.

Theo số liệu Cục Viễn thông (Bộ Khoa học và Công nghệ) công bố ngày 1/10, tính đến hết tháng 9/2025, cả nước có 24.860 trạm phát sóng 5G, vùng phủ sóng 5G đạt 77,4% dân số. Riêng Viettel đã lắp đặt hơn 16.000 trạm, phần còn lại thuộc VNPT và MobiFone.

[Ảnh] Kỹ thuật viên lắp đặt thiết bị 5G trên một nhà trạm tại TP HCM. Ảnh: Viettel

Nhờ 5G, chất lượng truy cập cải thiện rõ rệt. Theo Speedtest Global Index của Ookla, tháng 8/2025, tốc độ tải xuống trung vị của mạng di động tại Việt Nam đạt 142,3 Mbps, tốc độ tải lên đạt 31,8 Mbps; băng rộng cố định đạt 226,8 Mbps. Việt Nam xếp thứ 15 thế giới về tốc độ di động.

Theo Chiến lược phát triển hạ tầng số, đến năm 2030 mạng 5G phải phủ 99% dân số.

Lưu Quý

Chia sẻ  |  Bình luận (12)

Xem thêm
- Thuê bao 5G tại Việt Nam vượt 10 triệu
- Tốc độ Internet cố định của Việt Nam tăng 30% trong nửa năm
- MobiFone đặt mục tiêu 10.000 trạm 5G

Tin liên quan
Nhà mạng giảm giá gói cước 5G cho học sinh, sinh viên""",
        "2025-10-02",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 24860.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 77.4),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 142.3),
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 226.8),
        ],
    ),
    # 4. Đà Nẵng six-month 2023 report, annex table flattened one cell per line by pdftotext, page footer "Trang 3/7"
    # inside the table. Traps: plan column (Kế hoạch 2023) and full-year estimate column (Ước cả năm), row numbers.
    (
        """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Đà Nẵng, ngày 05 tháng 7 năm 2023
Phụ lục
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2023
(Kèm theo Báo cáo số 1873/BC-STTTT ngày 05/7/2023)
STT
Chỉ tiêu
Đơn vị tính
Kế hoạch năm 2023
Thực hiện 6 tháng đầu năm 2023
Ước cả năm 2023
1
Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến
%
70
73,8
75
2
Tỷ lệ hồ sơ xử lý trực tuyến toàn trình
%
50
46,2
50
Trang 3/7
3
Tỷ lệ hồ sơ có kết quả giải quyết điện tử
%
100
98,7
100
4
Tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết thủ tục hành chính
%
90
92,5
92
5
Tỷ trọng kinh tế số trong GRDP
%
20
18,9
20""",
        "2023-07-06",
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2023-06-30", 73.8),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2023-06-30", 46.2),
            ("e_result_rate", "Đà Nẵng", "half", "2023-06-30", 98.7),
            ("satisfaction_rate", "Đà Nẵng", "half", "2023-06-30", 92.5),
            ("digital_economy_gdp_share", "Đà Nẵng", "half", "2023-06-30", 18.9),
        ],
    ),
    # 5. Ministry year-end report 2023, comparison table flattened with runs of spaces between cells; no sidecar date,
    # the column headers date the values. Traps: change column ("+4,5"), 2024 target column, rank column.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Hà Nội, ngày 18 tháng 01 năm 2024
BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 (trích Phụ lục 2)

Bảng 2. Một số chỉ tiêu hạ tầng số, kinh tế số

Chỉ tiêu                                        Năm 2022     Năm 2023     Tăng/giảm     Mục tiêu 2024
Tỷ lệ hộ gia đình sử dụng Internet cáp quang (%)      75,1         79,6         +4,5           82
Tỷ lệ thuê bao di động sử dụng smartphone (%)        81,2         84,0         +2,8           85
Tỷ lệ dân số sử dụng Internet (%)                    73,2         78,6         +5,4           80
Tỷ trọng kinh tế số trong GDP (%)                   14,26        16,5         +2,24          18,5
Tốc độ băng rộng cố định, tháng 12 (Mbps)           81,7         101,2        +19,5          -
Tốc độ băng rộng di động, tháng 12 (Mbps)           39,6         48,6         +9,0           -

Ghi chú: Tốc độ truy cập theo Speedtest Global Index (Ookla), tính theo tốc độ tải xuống trung vị.""",
        None,
        [
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.1),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 73.2),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 81.7),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 101.2),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 39.6),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 48.6),
        ],
    ),
    # 6. Quảng Ninh provincial portal page (2022) with top menu, breadcrumb, font-size widget, view counter and
    # "Các tin khác" list. Traps: view count, Hạ Long city's rate, online-payment share (no id), DTI rank,
    # dated headlines of other articles.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách | Văn bản
Trang chủ / Tin tức - Sự kiện / Chuyển đổi số
Cỡ chữ: A A A    In bài    Gửi email
12/10/2022 | Lượt xem: 1.245

Quảng Ninh: 9 tháng, gần 90% hồ sơ thủ tục hành chính được xử lý trực tuyến

Theo Trung tâm Phục vụ hành chính công tỉnh, 9 tháng đầu năm 2022, toàn tỉnh tiếp nhận trên 785.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt 89,6%, trong đó hồ sơ trực tuyến toàn trình chiếm 61,4% tổng số hồ sơ. Tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 97,2%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 42%.

Trong số các địa phương, thành phố Hạ Long dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 96,8%. Năm 2021, Quảng Ninh xếp thứ 2/63 tỉnh, thành phố về chỉ số chuyển đổi số cấp tỉnh (DTI).

Tỉnh phấn đấu đến cuối năm 2022, tỷ lệ hồ sơ trực tuyến đạt trên 90%.

Thu Hằng (Trung tâm Truyền thông tỉnh)

Các tin khác
• Quảng Ninh ra mắt nền tảng công dân số (05/10/2022)
• 100% xã, phường có cáp quang (28/9/2022)
• Tỷ lệ thuê bao smartphone đạt 85% (20/9/2022)""",
        "2022-10-12",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2022-09-30", 89.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2022-09-30", 61.4),
            ("e_result_rate", "Quảng Ninh", "ytd", "2022-09-30", 97.2),
        ],
    ),
    # 7. Government Office notice saved from Word, footnotes [3]..[5] at the end with the portal figures of 6 months
    # 2024. Traps: 12 essential services "còn lại", the end-2024 target, number of conclusions, meeting date.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 331/TB-VPCP                                     Hà Nội, ngày 16 tháng 7 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp Tổ công tác cải cách thủ tục hành chính
của Thủ tướng Chính phủ ngày 12 tháng 7 năm 2024

Sau khi nghe Văn phòng Chính phủ báo cáo và ý kiến của các thành viên, Phó Thủ tướng kết luận như sau:

1. Trong 6 tháng đầu năm 2024, việc cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia có chuyển biến rõ nét[3]; tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành, địa phương tiếp tục tăng nhưng chưa đồng đều[4]. Đến ngày 30/6/2024, đã có 48/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến[5].

2. Tuy nhiên, vẫn còn 12 dịch vụ công thiết yếu theo Đề án 06 chưa được cung cấp toàn trình; đề nghị các bộ hoàn thành trước ngày 31/12/2024.

3. Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% đối với các bộ, ngành và 40% đối với địa phương.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
__________________
[3] Đến ngày 30/6/2024, Cổng Dịch vụ công quốc gia có 13,2 triệu tài khoản đăng ký. Trong 6 tháng đầu năm 2024, Cổng tiếp nhận 4,6 triệu hồ sơ trực tuyến; thực hiện 6,9 triệu giao dịch thanh toán trực tuyến với số tiền 9.456 tỷ đồng.
[4] Tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đầu năm 2024 đạt 42,8% (bộ, ngành: 53,1%; địa phương: 39,4%).
[5] Còn 15 địa phương chưa ban hành.""",
        "2024-07-16",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 13200000.0),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 4600000.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 6900000.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 9456.0),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 42.8),
            ("online_dossier_full_process_rate", "ministries", "half", "2024-06-30", 53.1),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 39.4),
            ("localities_fee_reduction", "national", "as_of", "2024-06-30", 48.0),
        ],
    ),
    # 8. Government newspaper page on cyber security in 2022, copied with share bar, tags and related links.
    # Traps: "giảm 44,3%", a security vendor's malware count, phishing sites count, tag line, related headlines.
    (
        """Báo Điện tử Chính phủ
Trang chủ > Khoa học - Công nghệ > Chuyển đổi số
Thứ Năm, 05/01/2023 09:40
Chia sẻ: Facebook  Zalo  In  Cỡ chữ

Năm 2022, số cuộc tấn công mạng vào hệ thống thông tin Việt Nam giảm mạnh

(Chinhphu.vn) - Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong năm 2022, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,3% so với năm 2021. Riêng tháng 12/2022 ghi nhận 1.089 cuộc tấn công.

Tính đến hết năm 2022, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 712.500 địa chỉ, giảm mạnh so với đầu năm.

Trong khi đó, theo thống kê của một hãng bảo mật, năm 2022 có hơn 65 triệu lượt máy tính tại Việt Nam bị nhiễm mã độc. Cục cũng đã ngăn chặn hơn 4.000 trang web lừa đảo.

Tuấn Anh
Từ khóa: an toàn thông tin, tấn công mạng, botnet

Tin liên quan
- Phát động chiến dịch làm sạch mã độc năm 2022 (12/6/2022)
- 5 giải pháp bảo vệ hệ thống thông tin cấp độ 3 (03/11/2022)""",
        "2023-01-05",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("cyberattacks", "national", "month", "2022-12-31", 1089.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 712500.0),
        ],
    ),
    # 9. Lâm Đồng department's December 2024 report via pdftotext: numbered "1.", "a)", "-" items, running footer with
    # the report number and "Trang 2" inside a sentence. Traps: Đức Trọng district's rate, people's smartphone share
    # (no id), 2025 target, footer numbers.
    (
        """UBND TỈNH LÂM ĐỒNG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Tình hình thực hiện chuyển đổi số tháng 11 và 11 tháng năm 2024
...
II. KẾT QUẢ CỤ THỂ
1. Hạ tầng số
a) Hạ tầng viễn thông
- Tính đến ngày 30/11/2024, tỷ lệ hộ gia đình có kết nối Internet cáp
quang đạt 78,5%; tỷ lệ dân số trưởng thành sử dụng điện thoại thông
minh đạt 82%.
- Toàn tỉnh còn 9 thôn chưa có sóng thông tin di động băng rộng, tập
trung tại các huyện Lạc Dương, Đam Rông.
b) Dịch vụ công trực tuyến
- Lũy kế 11 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến toàn trình
của tỉnh đạt 51,4%; trong đó huyện Đức Trọng đạt cao nhất với 72%.
- Tỷ lệ hồ sơ có kết quả giải quyết điện tử 11 tháng đạt

Báo cáo số 215/BC-STTTT ngày 15/12/2024 của Sở TT&TT Lâm Đồng          Trang 2

93,6%.
2. Kinh tế số
Ước năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 9,2%; mục
tiêu năm 2025 là 12%.""",
        "2024-12-16",
        [
            ("ftth_household_rate", "Lâm Đồng", "as_of", "2024-11-30", 78.5),
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2024-11-30", 9.0),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2024-11-30", 51.4),
            ("e_result_rate", "Lâm Đồng", "ytd", "2024-11-30", 93.6),
            ("digital_economy_gdp_share", "Lâm Đồng", "year", "2024-12-31", 9.2),
        ],
    ),
    # 10. Đề án 06 working group's September 2023 report copied from Word: footnote numbers glued to the words
    # ("yêu cầu2"), bodies at the end. Traps: 69,4 million applications (not activated), "còn 16 dịch vụ",
    # rural sub-count after "trong đó", footnote numbers next to figures.
    (
        """BỘ CÔNG AN
TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06
Hà Nội, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả triển khai Đề án 06 tháng 9 năm 2023

1. Về cấp Căn cước công dân và định danh điện tử
Công tác cấp Căn cước công dân gắn chíp và tài khoản định danh điện tử tiếp tục được đẩy mạnh, cơ bản đáp ứng yêu cầu2.

2. Về dịch vụ công thiết yếu
Việc tích hợp, cung cấp dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia có tiến bộ nhưng còn chậm so với tiến độ3.

3. Về thanh toán không dùng tiền mặt
Thí điểm dịch vụ Mobile Money tiếp tục được mở rộng tại khu vực nông thôn, miền núi, vùng sâu, vùng xa4.

_______________
2 Tính đến ngày 30/9/2023, toàn quốc đã cấp 84,2 triệu thẻ Căn cước công dân gắn chíp; tiếp nhận 69,4 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, đã kích hoạt 39,6 triệu tài khoản.
3 Đến nay đã cung cấp 37/53 dịch vụ công thiết yếu trực tuyến toàn trình; còn 16 dịch vụ đang được các bộ, ngành hoàn thiện.
4 Đến hết tháng 8/2023, có 5,08 triệu khách hàng đăng ký sử dụng Mobile Money, trong đó 3,4 triệu khách hàng ở khu vực nông thôn, miền núi.""",
        "2023-10-06",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-09-30", 84200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-09-30", 39600000.0),
            ("essential_services_full_process", "national", "as_of", "2023-10-06", 37.0),
            ("mobile_money_customers", "national", "as_of", "2023-08-31", 5080000.0),
        ],
    ),
    # 11. Provincial newspaper page (Thừa Thiên Huế, year 2023) copied with menu, photo captions, byline and "Tin cùng
    # chuyên mục". Traps: Hue-S installs and reports (no id), Huế city's own rate, the 2024 GRDP target.
    (
        """BÁO THỪA THIÊN HUẾ ĐIỆN TỬ
Trang chủ | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao | Đô thị thông minh | Media
Đô thị thông minh
15/01/2024 06:45

Chuyển đổi số năm 2023: Dấu ấn từ dịch vụ công và thanh toán số

BHG - Năm 2023, Thừa Thiên Huế tiếp tục nằm trong nhóm địa phương dẫn đầu cả nước về chuyển đổi số, nhiều chỉ tiêu vượt kế hoạch đề ra.

[Ảnh] Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: T.HẢI

Theo Sở Thông tin và Truyền thông, năm 2023, tỷ lệ hồ sơ xử lý trực tuyến toàn trình của tỉnh đạt 63,1%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 99,2%. Đến cuối năm 2023, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình.

Ứng dụng Hue-S đã có hơn 1,1 triệu lượt cài đặt, tiếp nhận trên 46.000 phản ánh hiện trường trong năm. Tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng đến cuối năm đạt 87,4%.

[Ảnh] Trung tâm Giám sát, điều hành đô thị thông minh tỉnh (IOC) vận hành 24/7. Ảnh: PV

Riêng TP Huế, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70,3%, cao nhất trong các địa phương cấp huyện. Năm 2024, tỉnh phấn đấu kinh tế số chiếm 15% GRDP.

HỮU PHÚC

Bình luận (0)
Tin cùng chuyên mục
• Huế ra mắt nền tảng du lịch thông minh phiên bản mới
• Hue-S đạt giải thưởng Chuyển đổi số Việt Nam 2023""",
        "2024-01-15",
        [
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 63.1),
            ("e_result_rate", "Thừa Thiên Huế", "year", "2023-12-31", 99.2),
            ("full_process_provision_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 100.0),
            ("adults_with_bank_account_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 87.4),
        ],
    ),
    # 12. Statistics office press release page (January 2025) with breadcrumb, view counter and attachment line:
    # digital economy share 2024 and 2023, growth 2024. Traps: core and sector sub-shares after "trong đó", value added
    # in VND (no id), 2025 target, attachment size, view count.
    (
        """TỔNG CỤC THỐNG KÊ
Trang chủ > Tin tức - Sự kiện > Thông cáo báo chí
Ngày đăng: 06/01/2025  |  Lượt xem: 3.118

THÔNG CÁO BÁO CHÍ
Về kết quả biên soạn chỉ tiêu tỷ trọng kinh tế số năm 2024

Theo kết quả biên soạn sơ bộ, năm 2024 giá trị tăng thêm của kinh tế số ước đạt khoảng 1.544 nghìn tỷ đồng, chiếm 13,17% GDP; trong đó kinh tế số lõi (công nghiệp công nghệ thông tin và viễn thông) chiếm 8,52% GDP, kinh tế số ngành chiếm 4,65% GDP.

Tính theo giá so sánh, giá trị tăng thêm của kinh tế số năm 2024 tăng 10,9% so với năm 2023, cao hơn tốc độ tăng trưởng chung của nền kinh tế. Theo số liệu chính thức, tỷ trọng kinh tế số trong GDP năm 2023 là 12,33%.

Để đạt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025, cần đẩy mạnh chuyển đổi số trong các ngành, lĩnh vực.

File đính kèm: TCBC_KinhTeSo_2024.pdf (412 KB)
Các tin đã đưa ngày:
• Thông cáo báo chí tình hình kinh tế - xã hội quý IV và năm 2024 (06/01/2025)""",
        "2025-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_growth", "national", "year", "2024-12-31", 10.9),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 13. Committee bulletin (October 2022) via pdftotext, hard-wrapped, page number "2" alone on a line.
    # EGDI 2022 edition and end-September full-process share. Traps: Singapore's rank, OSI/TII component ranks,
    # "tăng 7 bậc", bulletin number.
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
BẢN TIN CHUYỂN ĐỔI SỐ QUỐC GIA - SỐ 10/2022

1. Liên Hợp Quốc công bố kết quả Khảo sát Chính phủ điện tử 2022
Ngày 28/9/2022, Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố
Báo cáo Khảo sát Chính phủ điện tử 2022. Theo đó, Chỉ số phát triển
Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 86/193 quốc gia, giữ
nguyên thứ hạng so với kỳ khảo sát trước; chỉ số thành phần hạ tầng
viễn thông (TII) tăng 7 bậc, chỉ số dịch vụ trực tuyến (OSI) xếp thứ
75. Trong khu vực ASEAN, Singapore tiếp tục dẫn đầu, xếp thứ 12 thế

2

giới.
2. Dịch vụ công trực tuyến toàn trình
Tính đến ngày 30/9/2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên
tổng số thủ tục hành chính của cả nước là 41,2%; các bộ, ngành, địa
phương đang tiếp tục rà soát, tái cấu trúc quy trình để nâng tỷ lệ này
lên trên 50% trong năm 2023.""",
        "2022-10-03",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("dvctt_full_process_rate", "national", "as_of", "2022-09-30", 41.2),
        ],
    ),
    # 14. Ministry January 2025 report, table with runs of spaces (column header "Số liệu tháng 01/2025") for national /
    # ministries / localities; a page number between caption and table. A December value in parentheses is kept.
    # Traps: digitisation row (no id), "tăng 1,3 điểm phần trăm", source cut-off date, page number.
    (
        """2.2. Chỉ số phục vụ người dân, doanh nghiệp

Bảng 1. Một số chỉ số chính (Số liệu tháng 01/2025)

                                                                    2

Chỉ số                                   Toàn quốc    Bộ, ngành    Địa phương
Hồ sơ trực tuyến toàn trình (%)             45,2         67,3          39,8
Hồ sơ có kết quả điện tử (%)                87,5         94,1          85,6
Số hóa hồ sơ, kết quả (%)                   71,4         60,9          74,2
Khai thác, sử dụng lại dữ liệu (%)          34,8         41,2          33,0

Nguồn: Hệ thống thông tin giải quyết TTHC, tổng hợp đến ngày 05/02/2025.

So với tháng 12/2024 (43,9%), tỷ lệ hồ sơ trực tuyến toàn trình của cả nước tăng 1,3 điểm phần trăm; tuy nhiên tỷ lệ khai thác, sử dụng lại dữ liệu của các địa phương vẫn ở mức thấp.""",
        "2025-02-12",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-01-31", 45.2),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-01-31", 67.3),
            ("online_dossier_full_process_rate", "localities", "month", "2025-01-31", 39.8),
            ("e_result_rate", "national", "month", "2025-01-31", 87.5),
            ("e_result_rate", "ministries", "month", "2025-01-31", 94.1),
            ("e_result_rate", "localities", "month", "2025-01-31", 85.6),
            ("data_reuse_rate", "national", "month", "2025-01-31", 34.8),
            ("data_reuse_rate", "ministries", "month", "2025-01-31", 41.2),
            ("data_reuse_rate", "localities", "month", "2025-01-31", 33.0),
            ("online_dossier_full_process_rate", "national", "month", "2024-12-31", 43.9),
        ],
    ),
    # 15. News site page (September 2024) with section menu, breadcrumb, caption and "Bài liên quan": villages without
    # mobile broadband. Traps: Mường Nhé district's 14 villages, Viettel's 312, 2025 target, related headline 1.200.
    (
        """DÂN TRÍ
Xã hội  Thế giới  Kinh doanh  Bất động sản  Sức mạnh số  Giáo dục  Sức khỏe
Sức mạnh số › Viễn thông
Thứ ba, 10/09/2024 - 07:05

Cả nước vẫn còn hàng trăm thôn, bản chưa có sóng di động băng rộng

(Dân trí) - Sau hơn hai năm triển khai chương trình "Sóng và máy tính cho em", số thôn, bản lõm sóng đã giảm mạnh, song phần còn lại đều nằm ở vùng đặc biệt khó khăn.

Theo Cục Viễn thông, tính đến hết tháng 8/2024, cả nước còn 752 thôn, bản chưa có sóng thông tin di động băng rộng; tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 99,3%. Trong số các thôn lõm sóng đã có điện lưới, 94,6% đã được phủ sóng.

Riêng tỉnh Điện Biên còn 38 thôn, bản lõm sóng, trong đó huyện Mường Nhé còn 14 bản. Viettel cho biết từ đầu năm đã phủ sóng mới cho 312 thôn.

[Ảnh] Người dân bản Huổi Lóng (Điện Biên) lần đầu dùng 4G để học trực tuyến. Ảnh: Cục Viễn thông

Bộ Thông tin và Truyền thông đặt mục tiêu xóa toàn bộ thôn, bản lõm sóng trong năm 2025.

Nguyễn Hưng

Bài liên quan
- 1.200 thôn bản vùng sâu chưa có sóng di động: Bao giờ mới hết?
- Nhà mạng cam kết phủ sóng 4G tới 100% thôn có điện lưới""",
        "2024-09-10",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-31", 752.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-08-31", 99.3),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-08-31", 94.6),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-08-31", 38.0),
        ],
    ),
    # 16. Bình Dương's 2022 year report via pdftotext: "Năm / 2022" split by a hard wrap, page number "3" between
    # sections. Traps: raw dossier counts (612.480, 356.463 after "trong đó"), "gấp 2,1 lần", 2.136 cameras,
    # Thủ Dầu Một city's 71,5%, 2023 target.
    (
        """ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH DƯƠNG                           Độc lập - Tự do - Hạnh phúc
Số: 09/BC-UBND                         Bình Dương, ngày 09 tháng 01 năm 2023

BÁO CÁO
Kết quả thực hiện Chương trình chuyển đổi số năm 2022
và phương hướng, nhiệm vụ năm 2023

II. KẾT QUẢ THỰC HIỆN NĂM 2022
1. Chính quyền số
1.1. Dịch vụ công trực tuyến
Đến ngày 31/12/2022, tỉnh đã cung cấp 1.386 dịch vụ công trực tuyến
toàn trình trên tổng số 1.882 thủ tục hành chính, đạt tỷ lệ 73,6%. Năm
2022, toàn tỉnh tiếp nhận 612.480 hồ sơ, trong đó 356.463 hồ sơ trực
tuyến, chiếm tỷ lệ 58,2%, gấp 2,1 lần so với năm 2021.

                                                                      3

1.2. Đô thị thông minh
Trung tâm Điều hành đô thị thông minh (IOC) của tỉnh đã kết nối 2.136
camera giám sát; thành phố Thủ Dầu Một có tỷ lệ hồ sơ trực tuyến đạt
71,5%, cao nhất tỉnh.
2. Kinh tế số
Ước năm 2022, kinh tế số đóng góp 12,6% GRDP của tỉnh.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
1. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%; kinh tế số chiếm 15% GRDP.""",
        "2023-01-10",
        [
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2022-12-31", 73.6),
            ("online_dossier_rate", "Bình Dương", "year", "2022-12-31", 58.2),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2022-12-31", 12.6),
        ],
    ),
    # 17. Cà Mau conference paper copied from Word: footnote numbers glued to words, and footnote 3's body begins with
    # "6 tháng" so the marker sits right before a digit. The localities' average in parentheses is kept.
    # Traps: Ngọc Hiển district's 41%, DTI rank 45/63, 100% communes with fibre (no id).
    (
        """THAM LUẬN
Chuyển đổi số tỉnh Cà Mau: kết quả bước đầu, khó khăn và kiến nghị
(Hội nghị sơ kết 6 tháng đầu năm 2024 thực hiện Đề án 06 và chuyển đổi số khu vực Đồng bằng sông Cửu Long)

Thời gian qua, tỉnh Cà Mau đã tập trung lãnh đạo, chỉ đạo quyết liệt công tác chuyển đổi số; 100% xã, phường, thị trấn đã có cáp quang đến trung tâm. Năm 2023, tỉnh xếp thứ 45/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI).

Tuy nhiên, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh còn thấp3, hạ tầng cáp quang chưa phủ đều đến các ấp vùng sâu, vùng xa4.

Từ thực tiễn trên, tỉnh Cà Mau kiến nghị Trung ương hỗ trợ kinh phí phủ sóng cho các ấp lõm sóng ven biển.

_______________
3 6 tháng đầu năm 2024 đạt 29,7%, thấp hơn bình quân chung của các địa phương (38,2%).
4 Đến ngày 30/6/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh đạt 68,5%, riêng huyện Ngọc Hiển chỉ đạt 41%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,2%.""",
        "2024-07-25",
        [
            ("online_dossier_full_process_rate", "Cà Mau", "half", "2024-06-30", 29.7),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 38.2),
            ("ftth_household_rate", "Cà Mau", "as_of", "2024-06-30", 68.5),
            ("smartphone_subscriber_rate", "Cà Mau", "as_of", "2024-06-30", 84.2),
        ],
    ),
    # 18. Newspaper page (January 2023) on the National Portal's 2022 payments, with menu, breadcrumb, photo caption
    # and "Tin liên quan". Year flows on the _new twins, end-2022 stocks as_of. Traps: "gấp gần 3 lần",
    # Hà Nội's own city portal count, related headline "hơn 500 tỷ đồng", 2023 target.
    (
        """TUỔI TRẺ ONLINE
Thời sự | Thế giới | Pháp luật | Kinh doanh | Công nghệ | Xe | Du lịch | Nhịp sống trẻ | Văn hóa
Trang chủ » Công nghệ » Chuyển đổi số
09/01/2023 11:32 GMT+7

Thanh toán trực tuyến trên Cổng dịch vụ công quốc gia tăng vọt

TTO - Năm 2022, người dân, doanh nghiệp đã thực hiện 4,1 triệu giao dịch thanh toán trực tuyến trên Cổng dịch vụ công quốc gia với số tiền hơn 4.430 tỷ đồng, gấp gần 3 lần năm 2021.

Theo Văn phòng Chính phủ, tính đến hết năm 2022, Cổng có 8,7 triệu tài khoản đăng ký. Lũy kế từ khi khai trương (tháng 12/2019) đến 31/12/2022, Cổng đã thực hiện 6,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 5.870 tỷ đồng.

[Ảnh] Người dân nộp hồ sơ tại bộ phận một cửa quận Ba Đình (Hà Nội) - Ảnh: NAM TRẦN

Riêng Cổng dịch vụ công của TP Hà Nội ghi nhận hơn 380.000 giao dịch thanh toán trong năm. Năm 2023, Văn phòng Chính phủ đặt mục tiêu 30% hồ sơ dịch vụ công được thanh toán trực tuyến.

LÊ THANH

Tin liên quan
• Hà Nội thu hơn 500 tỷ đồng phí, lệ phí qua thanh toán trực tuyến
• Miễn phí nộp hồ sơ trực tuyến: nhiều tỉnh đã làm""",
        "2023-01-09",
        [
            ("online_payments_count_new", "national", "year", "2022-12-31", 4100000.0),
            ("online_payments_value_new", "national", "year", "2022-12-31", 4430.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 8700000.0),
            ("online_payments_count", "national", "as_of", "2022-12-31", 6200000.0),
            ("online_payments_value", "national", "as_of", "2022-12-31", 5870.0),
        ],
    ),
    # 19. Ministry of Science and Technology September 2025 report, annex table flattened one cell per line with a
    # page number "12" inside it. Traps: online-payment share row (no id), "Chỉ tiêu 2025" column, 21/34 provinces count.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 9 năm 2025

Phụ lục 1
CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP THÁNG 9/2025
TT
Chỉ số
Toàn quốc
Bộ, ngành
Địa phương
Chỉ tiêu năm 2025
1
Tỷ lệ hồ sơ xử lý trực tuyến toàn trình
55,6%
72,8%
51,9%
80%
2
Tỷ lệ hồ sơ có kết quả giải quyết điện tử
92,3%
96,0%
91,5%
100%

12

3
Tỷ lệ hồ sơ thanh toán trực tuyến
38,4%
45,0%
36,7%
50%
Ghi chú: Có 21/34 tỉnh, thành phố đạt tỷ lệ hồ sơ trực tuyến toàn trình trên 50%.""",
        "2025-10-08",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-09-30", 55.6),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-09-30", 72.8),
            ("online_dossier_full_process_rate", "localities", "month", "2025-09-30", 51.9),
            ("e_result_rate", "national", "month", "2025-09-30", 92.3),
            ("e_result_rate", "ministries", "month", "2025-09-30", 96.0),
            ("e_result_rate", "localities", "month", "2025-09-30", 91.5),
        ],
    ),
    # 20. Bắc Giang newspaper page (November 2022) with menu, caption naming an operator's figure, and "Tin mới".
    # The caption repeats the fibre share. Traps: VNPT's subscriber count, Lục Nam district, 2025 target.
    (
        """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Chuyển đổi số | Văn hóa | Thể thao | Bạn đọc
Chuyển đổi số
Chủ nhật, 20/11/2022 - 08:10

Hạ tầng số "đi trước mở đường"

BGĐT - Nhờ các doanh nghiệp viễn thông đầu tư mạnh, hạ tầng số của Bắc Giang đã phủ rộng tới vùng nông thôn, miền núi, tạo nền tảng cho chuyển đổi số.

Theo Sở Thông tin và Truyền thông, tính đến hết tháng 10/2022, tỷ lệ hộ gia đình sử dụng Internet cáp quang của tỉnh đạt 80,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 83,5%. Trong 10 tháng năm 2022, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến mức độ 3, 4 đạt 57,1%.

[Ảnh] Kỹ thuật viên VNPT Bắc Giang lắp đặt cáp quang cho hộ dân ở huyện Lục Nam. VNPT Bắc Giang hiện có hơn 120.000 thuê bao cáp quang. Tỷ lệ hộ dùng cáp quang toàn tỉnh đạt 80,2%.

Tỉnh phấn đấu đến năm 2025 có 90% hộ gia đình sử dụng cáp quang.

Thu Hương

Tin mới
• Bắc Giang: 100% trường học kết nối Internet tốc độ cao
• Lục Nam xây dựng xã thông minh đầu tiên""",
        "2022-11-20",
        [
            ("ftth_household_rate", "Bắc Giang", "as_of", "2022-10-31", 80.2),
            ("smartphone_subscriber_rate", "Bắc Giang", "as_of", "2022-10-31", 83.5),
            ("online_dossier_rate", "Bắc Giang", "ytd", "2022-10-31", 57.1),
        ],
    ),
    # 21. Ministry of Science and Technology year-2025 report (January 2026) via pdftotext, "-" bullets, page number
    # "2" inside a sentence. Year-end levels as_of, December speeds, the UN 2024 edition. Traps: speed ranks 11/14,
    # "giảm 31%", 2026 targets.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Tổng kết công tác chuyển đổi số năm 2025, nhiệm vụ năm 2026

I. KẾT QUẢ NỔI BẬT NĂM 2025
- Hạ tầng số: đến hết năm 2025, cả nước có 31.450 trạm BTS 5G, vùng
phủ sóng 5G đạt 91,3% dân số; tỷ lệ thuê bao di động sử dụng điện thoại
thông minh đạt 91,8%; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt
86,4%.
- Chất lượng mạng: theo Ookla, tháng 12/2025 tốc độ tải xuống trung vị
của băng rộng cố định đạt 248,6 Mbps, băng rộng di động đạt 158,9 Mbps,
lần lượt xếp thứ 11 và thứ 14 thế giới.
- Chính phủ số: năm 2025, tỷ lệ hồ sơ xử lý trực tuyến toàn trình của

                                                                        2

cả nước đạt 53,8%. Theo bảng xếp hạng năm 2024 của Liên Hợp Quốc, Việt
Nam xếp thứ 71/193 về Chỉ số phát triển Chính phủ điện tử (EGDI).
- An toàn thông tin: năm 2025 ghi nhận 8.960 cuộc tấn công mạng gây sự
cố, giảm 31% so với năm 2024; số địa chỉ IP botnet đến cuối năm còn
398.000 địa chỉ.
- Kinh tế số: ước năm 2025, kinh tế số chiếm khoảng 19,5% GDP.
II. NHIỆM VỤ NĂM 2026
- Phủ sóng 5G 99% dân số; kinh tế số đạt 22% GDP.""",
        "2026-01-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 31450.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 91.8),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 86.4),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 248.6),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 158.9),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 53.8),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("cyberattacks", "national", "year", "2025-12-31", 8960.0),
            ("botnet_ips", "national", "as_of", "2025-12-31", 398000.0),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
        ],
    ),
    # 22. Government newspaper page (February 2026) on NDXP in 2025, with share bar, caption and related links.
    # Traps: one ministry's 420 million transactions, "tăng 38%", related headline figures.
    (
        """Báo Điện tử Chính phủ
Trang chủ > Chuyển đổi số > Dữ liệu số
Thứ Ba, 03/02/2026 15:20
Chia sẻ: Facebook  Zalo  Sao chép liên kết

NDXP: Hơn 1,35 tỷ giao dịch trong năm 2025

(Chinhphu.vn) - Năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện hơn 1,35 tỷ giao dịch, bình quân 3,7 triệu giao dịch mỗi ngày, tăng 38% so với năm 2024. Lũy kế từ khi đưa vào vận hành năm 2019 đến hết năm 2025, NDXP đạt 4,86 tỷ giao dịch.

Tính đến ngày 31/12/2025, NDXP đã kết nối với 59 bộ, ngành, địa phương và thiết lập 1.126 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu. Riêng các hệ thống của Bộ Công an phát sinh khoảng 420 triệu giao dịch trong năm.

[Ảnh] Trung tâm dữ liệu quốc gia tại Khu công nghệ cao Hòa Lạc. Ảnh: VGP

Minh Anh

Tin liên quan
- Cơ sở dữ liệu quốc gia về dân cư phục vụ 2,5 tỷ lượt xác thực
- 34 tỉnh, thành phố hoàn thành kết nối hệ thống giải quyết thủ tục hành chính""",
        "2026-02-03",
        [
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1350000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-12-31", 3700000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-12-31", 4860000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-12-31", 59.0),
            ("ndxp_connection_points", "national", "as_of", "2025-12-31", 1126.0),
        ],
    ),
    # 23. Ministry of Finance report from Word, footnotes [1]-[2] with the e-invoice totals. Traps: coded/uncoded
    # sub-counts after "trong đó", cash-register invoices and registrants (no id), budget revenue.
    (
        """BỘ TÀI CHÍNH
BÁO CÁO
Kết quả triển khai hóa đơn điện tử năm 2023

1. Sau gần hai năm triển khai trên toàn quốc, hóa đơn điện tử đã được áp dụng đối với 100% doanh nghiệp, tổ chức kinh tế[1], góp phần chống thất thu ngân sách; tổng thu ngân sách nhà nước do cơ quan thuế quản lý năm 2023 đạt 1.409.000 tỷ đồng.

2. Giải pháp hóa đơn điện tử khởi tạo từ máy tính tiền tiếp tục được mở rộng tới các lĩnh vực bán lẻ, ăn uống, xăng dầu[2].

_______________
[1] Tính đến ngày 31/12/2023, cơ quan thuế đã tiếp nhận và xử lý 6,72 tỷ hóa đơn điện tử, trong đó 1,48 tỷ hóa đơn có mã của cơ quan thuế và 5,24 tỷ hóa đơn không có mã.
[2] Đã có 52.200 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, với 352 triệu hóa đơn.""",
        "2024-01-22",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-31", 6720000000.0),
        ],
    ),
    # 24. Hà Nội's six-month 2025 report via pdftotext, "a)", "b)", "-" items, footer "Trang 5/14" mid-sentence.
    # Traps: Hoàn Kiếm ward's 98%, the 126 communes and wards, 1,2 million dossiers (raw count), year-end target.
    (
        """UBND THÀNH PHỐ HÀ NỘI
BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2025

2. Phát triển chính quyền số
a) Cung cấp dịch vụ công trực tuyến
- Tính đến ngày 30/6/2025, 100% thủ tục hành chính đủ điều kiện của
Thành phố đã được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ
dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt
56,8%.
b) Kết quả giải quyết thủ tục hành chính
- 6 tháng đầu năm 2025, Thành phố tiếp nhận 1,2 triệu hồ sơ; tỷ lệ hồ sơ
xử lý trực tuyến toàn trình đạt 65,4%; tỷ lệ hồ sơ có kết quả giải quyết

Trang 5/14

điện tử đạt 94,7%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 97,3%.
- Từ ngày 01/7/2025, Thành phố vận hành chính quyền hai cấp với 126 xã,
phường; phường Hoàn Kiếm có tỷ lệ hồ sơ trực tuyến đạt 98%.
c) Phấn đấu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2025-07-15",
        [
            ("full_process_provision_rate", "Hà Nội", "as_of", "2025-06-30", 100.0),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2025-06-30", 56.8),
            ("online_dossier_full_process_rate", "Hà Nội", "half", "2025-06-30", 65.4),
            ("e_result_rate", "Hà Nội", "half", "2025-06-30", 94.7),
            ("satisfaction_rate", "Hà Nội", "half", "2025-06-30", 97.3),
        ],
    ),
    # 25. Ministry portal page (May 2024) with breadcrumb and caption: subscriptions at end of April. The smartphone
    # count after "trong đó" is another indicator and kept. Traps: total mobile subscriptions (no id), an operator's
    # market share, 2G subscribers, related headline.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Tin tổng hợp
20/05/2024

Thuê bao băng rộng di động tiếp tục tăng, smartphone chiếm ưu thế

Theo số liệu Cục Viễn thông, tính đến hết tháng 4/2024, cả nước có 85,9 triệu thuê bao băng rộng di động, tương đương 86,1 thuê bao/100 dân, và 23,4 triệu thuê bao băng rộng cố định, tương đương 23,3 thuê bao/100 dân.

Tổng số thuê bao điện thoại di động đạt 127,6 triệu, trong đó 108,3 triệu thuê bao sử dụng điện thoại thông minh, chiếm 84,9%. Số thuê bao chỉ dùng công nghệ 2G còn khoảng 6,5 triệu; Viettel chiếm 54,2% thị phần thuê bao di động.

[Ảnh] Người dân trải nghiệm dịch vụ 4G tại một điểm giao dịch ở Hà Nội.

Tin liên quan:
- Tắt sóng 2G: hơn 2 triệu thuê bao đã được hỗ trợ chuyển đổi""",
        "2024-05-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-04-30", 85900000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-04-30", 86.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-04-30", 23400000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-04-30", 23.3),
            ("smartphone_subscriptions", "national", "as_of", "2024-04-30", 108300000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-04-30", 84.9),
        ],
    ),
    # 26. Nghệ An's Q1/2025 report, table with runs of spaces: columns "Quý I/2025" and "Cùng kỳ 2024" (both dated
    # by their headers: Q1 of each year). Traps: change column in points, "Kế hoạch 2025" column, page footer numbers.
    (
        """UBND TỈNH NGHỆ AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO NHANH CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP QUÝ I/2025

Chỉ số                                          Quý I/2025   Cùng kỳ 2024   Tăng/giảm (điểm %)   Kế hoạch 2025
Tỷ lệ hồ sơ xử lý trực tuyến                       72,4          61,8             +10,6               85
Tỷ lệ hồ sơ trực tuyến toàn trình                  48,9          35,2             +13,7               60
Tỷ lệ hồ sơ có kết quả điện tử                     95,1          90,4             +4,7                100
Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa        29,3          18,6             +10,7               50

Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh Nghệ An                     Trang 1/3""",
        "2025-04-10",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-03-31", 72.4),
            ("online_dossier_rate", "Nghệ An", "quarter", "2024-03-31", 61.8),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2025-03-31", 48.9),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2024-03-31", 35.2),
            ("e_result_rate", "Nghệ An", "quarter", "2025-03-31", 95.1),
            ("e_result_rate", "Nghệ An", "quarter", "2024-03-31", 90.4),
            ("data_reuse_rate", "Nghệ An", "quarter", "2025-03-31", 29.3),
            ("data_reuse_rate", "Nghệ An", "quarter", "2024-03-31", 18.6),
        ],
    ),
    # 27. Tech news page (April 2024) with comment counter and "Đọc nhiều" box: Q1/2024 attacks and the approved
    # security-level share. Traps: a security firm's leaked-accounts count, ransomware cases, headline figures in
    # "Đọc nhiều".
    (
        """VIETNAMNET
Chính trị | Thời sự | Kinh doanh | Thông tin và Truyền thông | Thế giới | Giáo dục
Thông tin và Truyền thông › An toàn thông tin
08/04/2024 06:00 (GMT+07:00)

Quý I/2024: Tấn công mạng gây sự cố vẫn ở mức cao, ransomware gia tăng

Theo Cục An toàn thông tin, trong quý I/2024, Việt Nam ghi nhận 3.042 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin, trong đó có nhiều vụ tấn công mã hóa dữ liệu tống tiền (ransomware) nhắm vào doanh nghiệp lớn.

Đến hết tháng 3/2024, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ đạt 72,4%.

Theo một công ty bảo mật trong nước, quý I có khoảng 13,5 triệu tài khoản người dùng Việt Nam bị lộ lọt trên các diễn đàn tin tặc.

Vân Anh
Bình luận (24)

Đọc nhiều
1. 5 bước tự bảo vệ tài khoản ngân hàng trước lừa đảo
2. Hơn 70% doanh nghiệp chưa có phương án phòng chống ransomware""",
        "2024-04-08",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 3042.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-03-31", 72.4),
        ],
    ),
    # 28. Thanh Hóa police report on Đề án 06 from Word, footnotes [1]..[2]: the province's chip cards, VNeID and
    # dossiers with personal ID. Traps: "còn 186.000 trường hợp chưa kích hoạt" (remainder), Sầm Sơn city, count of
    # conferences, applications received.
    (
        """CÔNG AN TỈNH THANH HÓA
BÁO CÁO
Kết quả triển khai Đề án 06 quý III năm 2024

1. Công tác cấp Căn cước, định danh và xác thực điện tử được triển khai quyết liệt, đạt nhiều kết quả[1]. Trong quý, Công an tỉnh đã tổ chức 14 hội nghị tập huấn cho cán bộ cấp xã.

2. Việc sử dụng mã số định danh cá nhân trong giải quyết thủ tục hành chính được quan tâm[2]; thành phố Sầm Sơn dẫn đầu với 98,1% hồ sơ.

_______________
[1] Tính đến ngày 30/9/2024, toàn tỉnh đã cấp 3,05 triệu thẻ Căn cước công dân gắn chíp; tiếp nhận 2,31 triệu hồ sơ cấp tài khoản định danh điện tử, đã kích hoạt 2,12 triệu tài khoản; còn 186.000 trường hợp chưa kích hoạt.
[2] Quý III/2024, tỷ lệ hồ sơ thủ tục hành chính gắn mã số định danh cá nhân đạt 92,4%.""",
        "2024-10-08",
        [
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2024-09-30", 3050000.0),
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2024-09-30", 2120000.0),
            ("dossiers_with_personal_id_rate", "Thanh Hóa", "quarter", "2024-09-30", 92.4),
        ],
    ),
    # 29. Ministry's nine-month 2023 report via pdftotext: year-to-date flows and rates, a page header line
    # "Báo cáo 9 tháng năm 2023" repeated after a form feed. Traps: "tăng 27%", the remaining-quarter target,
    # running header numbers.
    (
        """2. Về Chính phủ số
- Chín tháng đầu năm 2023, Cổng Dịch vụ công quốc gia có thêm 1,9 triệu
tài khoản đăng ký mới, tiếp nhận 5,4 triệu hồ sơ trực tuyến, tăng 27% so
với cùng kỳ năm 2022.
- Tỷ lệ hồ sơ xử lý trực tuyến của cả nước 9 tháng đạt 43,4%; tỷ lệ hài
lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt
\x0c
Bộ Thông tin và Truyền thông - Báo cáo 9 tháng năm 2023                 4
88,7%.
- Lũy kế đến ngày 30/9/2023, Cổng có 9,9 triệu tài khoản đăng ký.
3. Nhiệm vụ quý IV/2023
- Phấn đấu tỷ lệ hồ sơ trực tuyến cả năm đạt 50%.""",
        "2023-10-10",
        [
            ("national_portal_accounts_new", "national", "ytd", "2023-09-30", 1900000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-09-30", 5400000.0),
            ("online_dossier_rate", "national", "ytd", "2023-09-30", 43.4),
            ("satisfaction_rate", "national", "ytd", "2023-09-30", 88.7),
            ("national_portal_accounts", "national", "as_of", "2023-09-30", 9900000.0),
        ],
    ),
    # 30. Vĩnh Long provincial portal page (December 2023) with breadcrumb, view count and "Tin liên quan": the share
    # of adults using online services and of services with dossiers, 11 months. Traps: DTI rank 14/63, Trà Ôn
    # district's share, 2025 target, view count.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ | Giới thiệu | Tin tức | Chính quyền | Dịch vụ công | Liên hệ
Trang chủ > Tin tức > Kinh tế
12/12/2023 | Lượt xem: 856

Vĩnh Long: Người dân sử dụng dịch vụ công trực tuyến ngày càng nhiều

Theo Sở Thông tin và Truyền thông, đến cuối tháng 11/2023, tỷ lệ dân số trưởng thành của tỉnh sử dụng dịch vụ công trực tuyến đạt 42,5%. Trong 11 tháng năm 2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 68,3%.

Năm 2022, Vĩnh Long xếp thứ 14/63 tỉnh, thành phố về Chỉ số chuyển đổi số cấp tỉnh. Riêng huyện Trà Ôn có 75,6% dịch vụ công trực tuyến phát sinh hồ sơ. Mục tiêu đến năm 2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt trên 50%.

Ngọc Trinh

Tin liên quan
• Vĩnh Long triển khai nền tảng công dân số (05/12/2023)
• 107 tổ công nghệ số cộng đồng đi vào hoạt động (28/11/2023)""",
        "2023-12-12",
        [
            ("adult_population_using_dvctt_rate", "Vĩnh Long", "as_of", "2023-11-30", 42.5),
            ("dvctt_with_dossiers_rate", "Vĩnh Long", "ytd", "2023-11-30", 68.3),
        ],
    ),
    # 31. National Assembly committee review report from Word (October 2024), footnotes [7]-[8] at the end.
    # Traps: an independent survey's 31% (not an administrative figure), Thailand's 58%, the 2025 target 50%,
    # the Government report number.
    (
        """ỦY BAN KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG
BÁO CÁO THẨM TRA (trích)
Báo cáo của Chính phủ về kết quả thực hiện chuyển đổi số năm 2024

3. Về phát triển xã hội số
Ủy ban ghi nhận việc phổ cập tài khoản thanh toán và dịch vụ công trực tuyến đến người dân có nhiều tiến bộ[7]; tuy nhiên, chất lượng sử dụng còn hạn chế. Theo một khảo sát độc lập thực hiện năm 2024, chỉ 31% người dùng hài lòng với trải nghiệm dịch vụ công trực tuyến, thấp hơn nhiều nước trong khu vực[8].

Ủy ban đề nghị Chính phủ làm rõ nguyên nhân và có giải pháp nâng cao chất lượng dịch vụ công trực tuyến trong năm 2025.

_______________
[7] Theo Báo cáo số 512/BC-CP, đến hết tháng 9/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,2%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 48,3%, mục tiêu đến năm 2025 là 50%.
[8] Tỷ lệ tương ứng tại Thái Lan là 58%.""",
        "2024-10-24",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-09-30", 87.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-09-30", 48.3),
        ],
    ),
    # 32. Provincial TV station page (Yên Bái, July 2023) saved with video-player text, tags and "Bài viết cùng
    # chuyên mục". Traps: player timecodes, Mù Cang Chải district's 21 villages, VNPT's 35 stations, 2025 target.
    (
        """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH YÊN BÁI
Trang chủ | Thời sự | Kinh tế | Xã hội | Video | Radio
Thời sự > Kinh tế
12/07/2023 | 19:45

Yên Bái: Nỗ lực xóa vùng lõm sóng di động

▶ 00:00 / 02:35   🔊   ⛶

YTV - Tính đến ngày 30/6/2023, toàn tỉnh Yên Bái còn 47 thôn, bản chưa có sóng thông tin di động băng rộng; tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 96,9%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 68,2%.

Các thôn lõm sóng chủ yếu thuộc vùng cao, trong đó huyện Mù Cang Chải còn 21 thôn. Năm 2023, VNPT Yên Bái đầu tư 35 trạm BTS mới tại các xã vùng cao. Tỉnh phấn đấu đến năm 2025 không còn thôn, bản lõm sóng.

Phóng viên: Minh Huyền - Quang Tuấn
Từ khóa: lõm sóng, hạ tầng số, Mù Cang Chải

Bài viết cùng chuyên mục
- Yên Bái: 100% UBND cấp xã kết nối mạng truyền số liệu chuyên dùng
- Trạm Tấu đưa Internet về 12 thôn vùng cao""",
        "2023-07-12",
        [
            ("villages_without_mobile_coverage", "Yên Bái", "as_of", "2023-06-30", 47.0),
            ("villages_with_mobile_coverage_rate", "Yên Bái", "as_of", "2023-06-30", 96.9),
            ("ftth_household_rate", "Yên Bái", "as_of", "2023-06-30", 68.2),
        ],
    ),
    # 33. Ministry October 2023 report via pdftotext, running header after a form feed, sub-items "a)", "b)":
    # NDXP month flows and levels, EMC connection and security-level shares. Traps: one ministry's transactions,
    # header page number "5", "tăng 8,7%", the 12 enterprises after the page break.
    (
        """b) Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng 10/2023, NDXP có 62,5 triệu giao dịch (tăng 8,7% so với
tháng 9/2023), trung bình 2,02 triệu giao dịch/ngày, riêng Bộ Tài chính
chiếm 18,4 triệu giao dịch. Tính đến ngày 31/10/2023, tổng số giao dịch
lũy kế đạt 1,48 tỷ; NDXP đã kết nối với 104 bộ, ngành, địa phương
\x0c
Bộ Thông tin và Truyền thông                  Báo cáo tháng 10/2023                5
và 12 doanh nghiệp.
c) Giám sát, đo lường và an toàn thông tin
- Tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh
kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng
dịch vụ số (EMC) đạt 65,2%.
- Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 61,4%.""",
        "2023-11-09",
        [
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 62500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-10-31", 2020000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1480000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-10-31", 104.0),
            ("emc_connection_rate", "national", "as_of", "2023-10-31", 65.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-10-31", 61.4),
        ],
    ),
    # 34. Government Office report from Word (August 2024), footnotes [2]-[3]: procedures simplified and the
    # seven-month satisfaction share. Traps: "còn 272" not yet cut (remainder), number of resolutions, target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
BÁO CÁO
Tình hình, kết quả cải cách thủ tục hành chính tháng 7 và 7 tháng năm 2024

1. Việc cắt giảm, đơn giản hóa quy định, thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ tiếp tục được đẩy mạnh[2]; trong 7 tháng, Chính phủ đã ban hành 05 nghị quyết chuyên đề.

2. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính được duy trì ở mức cao[3].

3. Phấn đấu đến hết năm 2024 hoàn thành cắt giảm, đơn giản hóa toàn bộ thủ tục hành chính nội bộ và các thủ tục thuộc Nghị quyết chuyên đề.

_______________
[2] Tính đến ngày 15/8/2024, đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề; còn 272 thủ tục chưa được thực thi phương án cắt giảm.
[3] Tỷ lệ hài lòng của người dân, doanh nghiệp 7 tháng đầu năm 2024 đạt 86,9%.""",
        "2024-08-20",
        [
            ("procedures_simplified", "national", "as_of", "2024-08-15", 812.0),
            ("satisfaction_rate", "national", "ytd", "2024-07-31", 86.9),
        ],
    ),
    # 35. News agency page (June 2024) with breadcrumb, infographic alt text and related links: Mobile Money customers
    # at end of May and the adult account share "hiện nay" (page date). Traps: rural share after "trong đó", one
    # operator's wallet count, Thailand's 96%.
    (
        """VIETNAMPLUS
Trang chủ / Kinh tế / Tài chính - Ngân hàng
18/06/2024 10:25 GMT+7

Mobile Money mở rộng, tài chính toàn diện về đến vùng sâu

Theo Ngân hàng Nhà nước, tính đến cuối tháng 5/2024, dịch vụ Mobile Money đã có 8,2 triệu khách hàng đăng ký, trong đó hơn 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng ví Viettel Money có khoảng 6,1 triệu người dùng Mobile Money.

Hiện nay, khoảng 87% người trưởng thành tại Việt Nam có tài khoản thanh toán tại ngân hàng, trong khi tỷ lệ này ở Thái Lan là 96%.

[Infographic] Mobile Money sau hơn hai năm thí điểm. Đồ họa: TTXVN

(TTXVN/Vietnam+)

Tin liên quan
• Thanh toán không tiền mặt tăng hơn 50% trong 5 tháng
• Ngân hàng Nhà nước gia hạn thí điểm Mobile Money""",
        "2024-06-18",
        [
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 8200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-18", 87.0),
        ],
    ),
    # 36. Gia Lai's Q1/2025 report via pdftotext, numbered "1.", "a)", "-", footer "Trang 4/9" and a hard wrap between
    # "47,6" and "%". Traps: Kbang district's 12 villages, DTI rank 37/63, the 2025 target, footer numbers.
    (
        """UBND TỈNH GIA LAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số quý I năm 2025

1. Hạ tầng số
a) Đến ngày 31/3/2025, tỷ lệ hộ gia đình có kết nối Internet cáp quang
trên địa bàn tỉnh đạt 71,9%; toàn tỉnh còn 26 thôn, làng chưa có sóng
di động băng rộng, trong đó huyện Kbang còn 12 làng.
b) Năm 2024, tỉnh xếp thứ 37/63 về Chỉ số chuyển đổi số cấp tỉnh.
2. Chính quyền số
- Quý I/2025, tỷ lệ hồ sơ xử lý trực tuyến toàn trình của tỉnh đạt 47,6

Trang 4/9

%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 31,2%.
- Phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2025-04-07",
        [
            ("ftth_household_rate", "Gia Lai", "as_of", "2025-03-31", 71.9),
            ("villages_without_mobile_coverage", "Gia Lai", "as_of", "2025-03-31", 26.0),
            ("online_dossier_full_process_rate", "Gia Lai", "quarter", "2025-03-31", 47.6),
            ("data_reuse_rate", "Gia Lai", "quarter", "2025-03-31", 31.2),
        ],
    ),
    # 37. Provincial portal page (Ninh Bình after the 2025 merger, February 2026) with menu, breadcrumb and caption:
    # January 2026 rates and a "hiện" level at the page date. Traps: Hoa Lư ward's 96%, "tăng 5,6 điểm phần trăm",
    # Q1 target, the 129 communes and wards.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH
Trang chủ | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du lịch
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
06/02/2026 08:30

Tháng 1/2026: Tỷ lệ hồ sơ trực tuyến toàn trình của Ninh Bình tăng mạnh

Theo Văn phòng UBND tỉnh, trong tháng 1/2026, tỷ lệ hồ sơ xử lý trực tuyến toàn trình của tỉnh đạt 74,2%, tăng 5,6 điểm phần trăm so với tháng trước; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 97,8%. Hiện tỉnh cung cấp 1.512 dịch vụ công trực tuyến toàn trình, chiếm 61,7% tổng số thủ tục hành chính.

Trong 129 xã, phường, phường Hoa Lư có tỷ lệ hồ sơ trực tuyến cao nhất với 96%.

[Ảnh] Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến.

Quý I/2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.

Tin liên quan
• Ninh Bình vận hành Trung tâm dữ liệu tỉnh sau hợp nhất""",
        "2026-02-06",
        [
            ("online_dossier_full_process_rate", "Ninh Bình", "month", "2026-01-31", 74.2),
            ("e_result_rate", "Ninh Bình", "month", "2026-01-31", 97.8),
            ("dvctt_full_process_rate", "Ninh Bình", "as_of", "2026-02-06", 61.7),
        ],
    ),
    # 38. Government Office Q1/2025 report from Word, footnotes [1]-[2] with the portal's quarter flows, the end-March
    # account stock and the essential services. Traps: "còn 08 dịch vụ", the target, "tăng 26%".
    (
        """VĂN PHÒNG CHÍNH PHỦ
BÁO CÁO
Tình hình, kết quả thực hiện cải cách thủ tục hành chính quý I năm 2025

1. Cổng Dịch vụ công quốc gia tiếp tục được nâng cấp, vận hành ổn định, số lượng người dùng và giao dịch tăng khá[1].

2. Việc cung cấp dịch vụ công thiết yếu theo Đề án 06 đạt tiến độ tích cực[2].

3. Trong quý II/2025, tiếp tục rà soát để bảo đảm 100% dịch vụ công thiết yếu được cung cấp toàn trình.

_______________
[1] Trong quý I/2025, Cổng có thêm 1,1 triệu tài khoản đăng ký; tiếp nhận 2,9 triệu hồ sơ trực tuyến; thực hiện 4,2 triệu giao dịch thanh toán trực tuyến với số tiền 6.318 tỷ đồng, tăng 26% so với cùng kỳ. Lũy kế đến ngày 31/3/2025, Cổng có 17,3 triệu tài khoản đăng ký.
[2] Đến ngày 31/3/2025, đã có 68/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; còn 08 dịch vụ đang hoàn thiện.""",
        "2025-04-15",
        [
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 1100000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 2900000.0),
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 4200000.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 6318.0),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 17300000.0),
            ("essential_services_full_process", "national", "as_of", "2025-03-31", 68.0),
        ],
    ),
    # 39. Provincial newspaper page (Đồng Nai, March 2024) saved with a photo gallery ("Ảnh 1/5" captions) and "Tin
    # khác": end-2023 levels. Traps: Biên Hòa city's fibre share, VNPT's subscriber count in a caption, 2025 target.
    (
        """BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Văn hóa | Thể thao
Khoa học - Công nghệ
05/03/2024 - 07:20

Đồng Nai: Hạ tầng số sẵn sàng cho chính quyền số

Theo Sở Thông tin và Truyền thông, đến cuối năm 2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh đạt 82,1%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,4%. Cũng đến cuối năm 2023, tỉnh đã cung cấp dịch vụ công trực tuyến toàn trình cho 48,5% tổng số thủ tục hành chính.

Ảnh 1/5: Kỹ thuật viên kéo cáp quang tại khu dân cư ở TP Biên Hòa, nơi 95% hộ đã có cáp quang.
Ảnh 2/5: VNPT Đồng Nai hiện phục vụ hơn 210.000 thuê bao cáp quang.
Ảnh 3/5: Người dân tra cứu hồ sơ trên Cổng dịch vụ công tỉnh.

Mục tiêu đến năm 2025, 90% hộ gia đình trên địa bàn tỉnh sử dụng cáp quang.

Hạnh Dung

Tin khác
• Đồng Nai ra mắt ứng dụng công dân số Đồng Nai Smart
• 171 xã, phường có tổ công nghệ số cộng đồng""",
        "2024-03-05",
        [
            ("ftth_household_rate", "Đồng Nai", "as_of", "2023-12-31", 82.1),
            ("smartphone_subscriber_rate", "Đồng Nai", "as_of", "2023-12-31", 86.4),
            ("dvctt_full_process_rate", "Đồng Nai", "as_of", "2023-12-31", 48.5),
        ],
    ),
    # 40. Ministry's year-end 2022 conference report via pdftotext, no sidecar date (the text dates itself), slide-like
    # bullets. Year 2022 estimates: year-end levels and the year's share. Traps: people's smartphone share (no id),
    # ICT revenue (no id), 2023 targets, "tăng 9,2%".
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Hà Nội, ngày 28 tháng 12 năm 2022
BÁO CÁO TẠI HỘI NGHỊ TỔNG KẾT NĂM 2022
VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2023
...
2. Hạ tầng số, xã hội số
• Ước năm 2022, cả nước có 82,4 triệu thuê bao băng rộng di động và
21,2 triệu thuê bao băng rộng cố định; tỷ lệ dân số sử dụng Internet đạt
73,2%.
• Tỷ lệ người trưởng thành có điện thoại thông minh đạt 73,5%.
3. Kinh tế số
• Tỷ trọng kinh tế số trong GDP năm 2022 ước đạt 14,26%; doanh thu
công nghiệp ICT ước đạt 148 tỷ USD, tăng 9,2% so với năm 2021.
4. Chỉ tiêu năm 2023
• Kinh tế số chiếm 16,5% GDP; 80% hộ gia đình có cáp quang.""",
        None,
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82400000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21200000.0),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 73.2),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 41. Portal-news page (November 2024) saved with a cookie banner, newsletter box and breadcrumb: levels at end
    # of October. Traps: one ministry's 100%, cookie and newsletter furniture, the 2025 target, "tăng 12 điểm".
    (
        """Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. [Đồng ý] [Tùy chỉnh]

DỮ LIỆU & CHUYỂN ĐỔI SỐ
Trang chủ › Chính phủ số › Dịch vụ công
12/11/2024

Dịch vụ công trực tuyến toàn trình: đã phủ phần lớn thủ tục đủ điều kiện

Theo Văn phòng Chính phủ, tính đến ngày 31/10/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 91,2%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 47,6%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 63,7%, tăng 12 điểm phần trăm so với đầu năm.

Riêng Bộ Tài chính đã cung cấp toàn trình 100% thủ tục đủ điều kiện. Mục tiêu năm 2025 là 100% thủ tục đủ điều kiện ở tất cả bộ, ngành, địa phương.

📩 Đăng ký nhận bản tin hằng tuần
Email của bạn: ____________ [Gửi]

Bài viết liên quan
› 10 thủ tục được người dân nộp trực tuyến nhiều nhất
› Cắt giảm phí khi nộp hồ sơ trực tuyến: thêm 5 địa phương""",
        "2024-11-12",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-10-31", 91.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-10-31", 47.6),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-10-31", 63.7),
        ],
    ),
    # 42. Sơn La's year-2025 report (January 2026), annex table flattened one cell per line with columns "Năm 2024"
    # and "Năm 2025", page number "7" inside. Traps: plan column 2026, Mường Lạn commune's 5 villages in the note,
    # unit cells.
    (
        """UBND TỈNH SƠN LA
Phụ lục
MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TỈNH NĂM 2025
(Kèm theo Báo cáo số 38/BC-UBND ngày 19/01/2026)
TT
Chỉ tiêu
Đơn vị
Năm 2024
Năm 2025
Kế hoạch 2026
1
Tỷ lệ hồ sơ xử lý trực tuyến toàn trình
%
38,6
61,2
80
2
Tỷ lệ hộ gia đình sử dụng Internet cáp quang
%
58,4

7

67,9
75
3
Số thôn, bản chưa có sóng di động băng rộng
thôn, bản
84
12
0
Ghi chú: Riêng xã Mường Lạn còn 5 bản chưa có sóng.""",
        "2026-01-20",
        [
            ("online_dossier_full_process_rate", "Sơn La", "year", "2024-12-31", 38.6),
            ("online_dossier_full_process_rate", "Sơn La", "year", "2025-12-31", 61.2),
            ("ftth_household_rate", "Sơn La", "as_of", "2024-12-31", 58.4),
            ("ftth_household_rate", "Sơn La", "as_of", "2025-12-31", 67.9),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-12-31", 84.0),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2025-12-31", 12.0),
        ],
    ),
    # 43. Information-security report from Word (July 2025) with "(1)"-style footnote markers and bodies at the end:
    # six-month attacks, end-June botnet and approved-level share. Traps: "giảm 22%", 12 drills, a vendor's
    # phishing-site count, 2025 target.
    (
        """BỘ CÔNG AN
CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO
BÁO CÁO
Tình hình an toàn thông tin mạng 6 tháng đầu năm 2025

1. Tình hình tấn công mạng có chiều hướng giảm về số lượng nhưng tinh vi hơn về phương thức(1). Trong 6 tháng, các cơ quan chức năng đã tổ chức 12 cuộc diễn tập thực chiến an toàn thông tin.

2. Công tác bảo đảm an toàn hệ thống thông tin theo cấp độ có chuyển biến(2); tuy nhiên vẫn còn hệ thống chưa được phê duyệt cấp độ. Phấn đấu đến hết năm 2025, 100% hệ thống thông tin được phê duyệt hồ sơ cấp độ.

3. Theo thống kê của một doanh nghiệp bảo mật, 6 tháng đầu năm có hơn 2.400 trang web giả mạo thương hiệu ngân hàng.

_______________
(1) 6 tháng đầu năm 2025 ghi nhận 4.312 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 22% so với cùng kỳ năm 2024. Đến ngày 30/6/2025, số địa chỉ IP thuộc mạng botnet là 451.200.
(2) Đến ngày 30/6/2025, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 86,7%.""",
        "2025-07-08",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 4312.0),
            ("botnet_ips", "national", "as_of", "2025-06-30", 451200.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 86.7),
        ],
    ),
]
