"""Genre probes, round 130: whole provincial newspaper and portal articles on one province's digital transformation, written blind.

First reading (the stop's start code 6a3524e read it): 138 of 140 right, 138 of 142 found (0.99 / 0.97). Fitted after that reading (stop 47): the country's same share set beside the city's ("trong khi tỷ lệ này của cả nước là 82,1%"), a bracketed national share with its qualifier inside ("(khoảng 16,5% GDP)"), fibre households with the place between ("hộ gia đình trên địa bàn thành phố sử dụng Internet cáp quang"), a special zone ("đặc khu Phú Quốc") below the province: 142 of 142, 142 of 142.
"""

CASES = []

# Báo Quảng Ninh, whole article on 9 months of 2024: province's ytd dossier rates, 5G count at 30/9, GRDP share of 2023.
# Traps: Hạ Long's own rate, Viettel's share of the 5G stations, a change in points, 2025 targets, related-news headlines.
CASES.append(
    (
        """Báo Quảng Ninh điện tử
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Văn hóa | Thể thao | Video | E-paper

Chuyển đổi số

Quảng Ninh: Chuyển đổi số tạo chuyển biến rõ nét trong 9 tháng đầu năm

Thu Hằng
Thứ Bảy, 12/10/2024 08:35

(BQN) – Xác định chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt, 9 tháng đầu năm 2024 các sở, ngành, địa phương trong tỉnh đã triển khai đồng bộ nhiều giải pháp, góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp.

Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, tỷ lệ hồ sơ TTHC được xử lý trực tuyến trên địa bàn tỉnh đạt 86,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,2%. Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 96,8%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 54,3%. Các chỉ số này đều cao hơn mức bình quân chung của khối địa phương.

Trong số các địa phương cấp huyện, TP Hạ Long tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 92,1%, tiếp đến là TX Đông Triều và TP Uông Bí.

[Ảnh] Người dân thực hiện thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Thu Hằng

Hạ tầng số tiếp tục được đầu tư mạnh mẽ. Tính đến ngày 30/9/2024, các doanh nghiệp viễn thông đã lắp đặt, phát sóng 356 trạm BTS 5G trên địa bàn tỉnh, trong đó Viettel Quảng Ninh 298 trạm, sẵn sàng cho việc khai trương dịch vụ thương mại trong tháng 10.

Kinh tế số cũng có bước phát triển đáng ghi nhận. Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 10,8%, tăng 1,4 điểm phần trăm so với năm 2022.

Lãnh đạo Sở TT&TT cho biết, thời gian tới tỉnh tập trung hoàn thiện các nền tảng dùng chung, đẩy mạnh thanh toán không dùng tiền mặt. Mục tiêu năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%, tỷ trọng kinh tế số đạt 20% GRDP.

Tin liên quan
- Quảng Ninh dẫn đầu cả nước về Chỉ số cải cách hành chính năm 2023
- Hạ Long ra mắt Trung tâm điều hành thông minh
- 177 tổ công nghệ số cộng đồng đồng hành cùng người dân

Chia sẻ: Facebook | Zalo | In bài""",
        "2024-10-12",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 86.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 61.2),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 96.8),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2024-09-30", 54.3),
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2024-09-30", 356.0),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 10.8),
        ],
    )
)

# Cổng TTĐT tỉnh Đồng Tháp, quarter III/2024 results: quarter rates and satisfaction.
# Traps: dossier count, a change vs quarter II in points, payment share (no id), district figures, documents issued, page view count, Q4 target.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách | Văn bản
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính

Kết quả giải quyết thủ tục hành chính quý III/2024

Ngày đăng: 21/10/2024 | Lượt xem: 856

Theo báo cáo của Văn phòng UBND tỉnh, trong quý III/2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 236.418 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 78,6%, tăng 6,3 điểm phần trăm so với quý II; tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,9%. Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41,2%.

Kết quả đánh giá qua hệ thống khảo sát tại bộ phận một cửa các cấp cho thấy tỷ lệ người dân, doanh nghiệp hài lòng đối với việc giải quyết TTHC trong quý đạt 99,12%.

Ở cấp huyện, huyện Tháp Mười có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 91%; TP Sa Đéc đạt 88,7%. Một số xã như Mỹ Hòa, Tân Kiều đã tiếp nhận 100% hồ sơ qua môi trường mạng.

Trong quý, Văn phòng UBND tỉnh đã ban hành 12 văn bản đôn đốc, hướng dẫn các đơn vị chuẩn hóa dữ liệu hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh. Quý IV/2024, tỉnh phấn đấu tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 85%.

Ngọc Hân (Văn phòng UBND tỉnh)

Các tin khác:
» Đồng Tháp công bố 27 thủ tục hành chính mới ban hành lĩnh vực đất đai
» Hội nghị trực tuyến triển khai Đề án 06 năm 2024

In trang | Gửi email | Chia sẻ""",
        "2024-10-21",
        [
            ("online_dossier_rate", "Đồng Tháp", "quarter", "2024-09-30", 78.6),
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2024-09-30", 48.9),
            ("satisfaction_rate", "Đồng Tháp", "quarter", "2024-09-30", 99.12),
        ],
    )
)

# Báo Lào Cai on dead zones: province's villages without coverage, coverage share and FTTH at 31/5/2024; national remainder "hiện".
# Traps: "trong đó" villages without grid power, district counts, Viettel's new stations, 2025 target.
CASES.append(
    (
        """BÁO LÀO CAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Biên giới | Chuyển đổi số | Du lịch

Nỗ lực xóa "vùng lõm" sóng di động ở vùng cao

Thanh Bình | 18/06/2024 07:20

LCĐT - Tính đến ngày 31/5/2024, toàn tỉnh Lào Cai còn 96 thôn, bản chưa có sóng di động băng rộng, trong đó 14 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động băng rộng trên địa bàn tỉnh đạt 95,8%.

Huyện Bát Xát là địa phương còn nhiều thôn lõm sóng nhất với 21 thôn, tiếp đến là Si Ma Cai 17 thôn, Mường Khương 15 thôn. Tại những nơi này, người dân muốn gọi điện phải đi bộ lên đỉnh đồi hoặc sang xã bên cạnh.

Cùng thời điểm cuối tháng 5, tỷ lệ hộ gia đình được kết nối Internet cáp quang trên địa bàn tỉnh đạt 71,3%.

[Ảnh] Kỹ thuật viên lắp đặt thiết bị tại trạm BTS mới ở xã Y Tý (Bát Xát). Ảnh: Thanh Bình

Từ đầu năm đến nay, Viettel Lào Cai đã đầu tư 38 trạm BTS mới tại các xã vùng cao; VNPT Lào Cai kéo cáp quang đến 25 thôn. Theo Bộ TT&TT, cả nước hiện còn khoảng 1.300 thôn, bản chưa có sóng di động, tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên.

Theo Sở TT&TT, tỉnh phấn đấu đến hết năm 2025 xóa toàn bộ thôn, bản lõm sóng, 80% hộ gia đình có cáp quang.

Tin liên quan
- Lào Cai: Hơn 1.500 học sinh được nhận máy tính từ chương trình "Sóng và máy tính cho em"
- Bát Xát đưa Internet về bản Mòng

Chia sẻ Facebook | Twitter | Zalo""",
        "2024-06-18",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-05-31", 96.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-05-31", 95.8),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-05-31", 71.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-18", 1300.0),
        ],
    )
)

# Cổng TTĐT tỉnh Bắc Ninh, review of 2023: year rates, levels at 31/12/2023, province's and national digital-economy shares.
# Traps: DTI rank (no id), change in points, Từ Sơn city's figure, 2024 target.
CASES.append(
    (
        """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ › Tin tức - Sự kiện › Kinh tế

Bắc Ninh: Chuyển đổi số năm 2023 đạt nhiều kết quả nổi bật

09/01/2024 15:42

Năm 2023, công tác chuyển đổi số của tỉnh được triển khai quyết liệt trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số. Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 72,5%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%.

Tính đến ngày 31/12/2023, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình đạt 58,2% tổng số TTHC; 100% TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình. TP Từ Sơn là địa phương đầu tiên của tỉnh đạt 100% hồ sơ cấp xã nộp trực tuyến.

Kinh tế số tiếp tục là điểm sáng. Năm 2023, kinh tế số ước chiếm 28,4% GRDP của tỉnh, tăng 2,1 điểm phần trăm so với năm 2022 và cao hơn nhiều so với tỷ trọng bình quân cả nước (khoảng 16,5% GDP). Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh xếp thứ 4/63 tỉnh, thành phố.

Năm 2024, Bắc Ninh phấn đấu tỷ trọng kinh tế số đạt 30% GRDP, 100% hồ sơ công việc cấp tỉnh, cấp huyện được xử lý trên môi trường mạng.

Nguồn: Sở Thông tin và Truyền thông

Tin khác
- Khai trương Trung tâm giám sát, điều hành đô thị thông minh tỉnh
- Bắc Ninh ký kết hợp tác chuyển đổi số với Tập đoàn VNPT""",
        "2024-01-09",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 72.5),
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2023-12-31", 47.3),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2023-12-31", 58.2),
            ("full_process_provision_rate", "Bắc Ninh", "as_of", "2023-12-31", 100.0),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 28.4),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    )
)

# Báo Nghệ An, first half of 2024: province's half-year rates vs the localities' average, VNeID at 30/6/2024.
# Traps: level-2 sub-count after "trong đó", TP Vinh's rate, second-half plan.
CASES.append(
    (
        """Báo Nghệ An
Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Pháp luật

Nghệ An đẩy mạnh dịch vụ công trực tuyến, phát triển công dân số

Thành Chung • 15/07/2024

(Baonghean.vn) - 6 tháng đầu năm 2024, tỷ lệ hồ sơ nộp trực tuyến trên địa bàn tỉnh đạt 68,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,7%, thấp hơn một chút so với bình quân của khối địa phương là 41,5%.

TP Vinh là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất cấp huyện, đạt 82,4%; một số huyện miền núi như Kỳ Sơn, Tương Dương vẫn ở mức thấp do hạ tầng và kỹ năng số của người dân còn hạn chế.

Song song với đó, việc triển khai Đề án 06 có nhiều chuyển biến. Tính đến ngày 30/6/2024, Công an tỉnh đã kích hoạt 1.842.560 tài khoản định danh điện tử cho công dân, trong đó 1.523.000 tài khoản mức độ 2.

[Ảnh] Cán bộ Công an xã hướng dẫn người dân kích hoạt tài khoản VNeID. Ảnh: Thành Chung

Theo kế hoạch, 6 tháng cuối năm tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 50%, đưa các ứng dụng dùng chung đến 100% xã, phường, thị trấn.

Bài liên quan:
- Hơn 3.000 tổ công nghệ số cộng đồng ở Nghệ An đi vào hoạt động
- Nghệ An: Số hóa kết quả giải quyết TTHC còn chậm""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 68.3),
            ("online_dossier_full_process_rate", "Nghệ An", "half", "2024-06-30", 39.7),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 41.5),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-06-30", 1842560.0),
        ],
    )
)

# Cổng TTĐT Thừa Thiên Huế, 11 months of 2024: ytd full-process dossier share and e-results, "hiện nay" levels dated by the page.
# Traps: Hue-S downloads (no id), a survey share of adults owning smartphones (people, not subscriptions), 2025 target.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THỪA THIÊN HUẾ
Trang chủ | Chính quyền | Tin tức | Du lịch | Đầu tư | Hỏi đáp

Chính quyền số phục vụ người dân ngày càng hiệu quả

Cập nhật: 05/12/2024

Theo Sở Thông tin và Truyền thông, 11 tháng năm 2024, tỷ lệ hồ sơ TTHC được giải quyết trực tuyến toàn trình trên địa bàn tỉnh đạt 72,15%; tỷ lệ trả kết quả giải quyết TTHC bản điện tử đạt 98,6%.

Hiện nay, 100% TTHC đủ điều kiện đã được tỉnh cung cấp dưới dạng DVCTT toàn trình. Ứng dụng Công dân số Hue-S có hơn 1,2 triệu lượt tải, trở thành kênh tương tác chính giữa chính quyền và người dân.

Về hạ tầng, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh hiện đạt 88,6%. Một khảo sát của Sở cho thấy 92% người trưởng thành trên địa bàn có điện thoại thông minh.

Từ ngày 1/1/2025, Thừa Thiên Huế chính thức trở thành thành phố trực thuộc Trung ương. Năm 2025, địa phương phấn đấu 100% hồ sơ TTHC được xử lý trực tuyến toàn trình đối với các thủ tục đủ điều kiện.

Chia sẻ bài viết:  Facebook  Zalo  Email
Tin cùng chuyên mục
- Hue-S được vinh danh giải thưởng Thành phố thông minh
- Huế ra mắt nền tảng du lịch thông minh""",
        "2024-12-05",
        [
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "ytd", "2024-11-30", 72.15),
            ("e_result_rate", "Thừa Thiên Huế", "ytd", "2024-11-30", 98.6),
            ("full_process_provision_rate", "Thừa Thiên Huế", "as_of", "2024-12-05", 100.0),
            ("smartphone_subscriber_rate", "Thừa Thiên Huế", "as_of", "2024-12-05", 88.6),
        ],
    )
)

# Báo Bình Dương, digital infrastructure at end-2024: province's 5G stations, 5G population coverage, FTTH, December download speed; national 5G count.
# Traps: Viettel's stations, upload speed, Thủ Dầu Một's coverage, 2025 plan.
CASES.append(
    (
        """BÁO BÌNH DƯƠNG ONLINE
Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ | Thế giới

Hạ tầng số Bình Dương bứt phá trong năm 2024

14/01/2025 - 06:10

(BDO) Năm qua, hạ tầng viễn thông trên địa bàn tỉnh được các doanh nghiệp đầu tư mạnh, đặc biệt là mạng 5G sau khi được cấp phép thương mại.

Tính đến cuối năm 2024, toàn tỉnh có 1.150 trạm 5G, tỷ lệ dân số được phủ sóng 5G đạt 89%; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 95,4%. Riêng Viettel Bình Dương đã phát sóng 520 trạm 5G, phủ kín trung tâm TP Thủ Dầu Một, Thuận An và Dĩ An.

Theo kết quả đo kiểm i-Speed tháng 12/2024, tốc độ tải xuống trung bình của mạng di động trên địa bàn tỉnh đạt 68,4 Mbps, tốc độ tải lên đạt 21,7 Mbps.

Trên phạm vi cả nước, tính đến ngày 31/12/2024, các nhà mạng đã lắp đặt khoảng 7.500 trạm BTS 5G.

[Ảnh] Nhân viên kỹ thuật kiểm tra trạm 5G tại TP Thủ Dầu Một. Ảnh: Quang Trung

Năm 2025, Sở TT&TT đặt mục tiêu toàn tỉnh có 1.800 trạm 5G, phủ sóng 5G tới 100% khu công nghiệp.

Quang Trung

Xem thêm:
• Bình Dương ra mắt Trung tâm Điều hành thông minh IOC phiên bản 2.0
• 5 doanh nghiệp viễn thông cam kết đồng hành cùng tỉnh""",
        "2025-01-14",
        [
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-12-31", 1150.0),
            ("fiveg_population_coverage_rate", "Bình Dương", "as_of", "2024-12-31", 89.0),
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 95.4),
            ("mobile_broadband_speed", "Bình Dương", "month", "2024-12-31", 68.4),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7500.0),
        ],
    )
)

# Cổng TTĐT tỉnh Hà Giang, infrastructure at end of October 2023: villages without coverage, adults' accounts, fixed broadband subscriptions.
# Traps: Mèo Vạc's villages, computers donated (no id), planned coverage of 85 villages.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh

Thu hẹp khoảng cách số ở vùng cao biên giới

Ngày 20/11/2023 | Cỡ chữ: A A A

Đến hết tháng 10/2023, toàn tỉnh Hà Giang còn 312 thôn lõm sóng di động. Riêng huyện Mèo Vạc còn 58 thôn, là địa phương có nhiều thôn chưa có sóng nhất tỉnh.

Cùng thời điểm, toàn tỉnh có khoảng 152 nghìn thuê bao Internet băng rộng cố định; tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 61,5%. Các ngân hàng thương mại đã phối hợp đưa dịch vụ ngân hàng số về 193 xã, phường, thị trấn.

Trong năm, chương trình "Sóng và máy tính cho em" đã trao 1.250 máy tính cho học sinh có hoàn cảnh khó khăn. Theo kế hoạch, dự kiến đến quý II/2024 các doanh nghiệp sẽ phủ sóng thêm 85 thôn.

Sở Thông tin và Truyền thông

Lượt xem: 1.532 | In bài | Chia sẻ""",
        "2023-11-20",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-10-31", 312.0),
            ("fixed_broadband_subscriptions", "Hà Giang", "as_of", "2023-10-31", 152000.0),
            ("adults_with_bank_account_rate", "Hà Giang", "as_of", "2023-10-31", 61.5),
        ],
    )
)

# Báo Thanh Hóa, quarter I/2024: online share stated after a count, full-process share, e-results.
# Traps: counts of dossiers, on-time share and digitisation share (no id), 766 score and rank, Quảng Xương district.
CASES.append(
    (
        """BÁO THANH HÓA
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc

Thanh Hóa: Dịch vụ công trực tuyến quý I có nhiều chuyển biến

Minh Hằng | 10/04/2024 - 09:15

(Baothanhhoa.vn) - Quý I/2024, toàn tỉnh tiếp nhận 482.315 hồ sơ TTHC, trong đó hồ sơ trực tuyến là 301.420, chiếm 62,5%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 35,8%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 97,3%. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%, tỷ lệ số hóa hồ sơ đạt 88%.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp (Bộ chỉ số 766), Thanh Hóa đạt 86,2 điểm, xếp thứ 12/63 tỉnh, thành phố.

Ở cấp huyện, huyện Quảng Xương có tỷ lệ hồ sơ trực tuyến đạt 91%, cao nhất tỉnh; một số huyện miền núi như Mường Lát, Quan Sơn đạt dưới 40%.

[Ảnh] Giao dịch tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Minh Hằng

Bài và ảnh: Minh Hằng

Tin cùng chuyên mục
- Thanh Hóa ra mắt nền tảng bản đồ số du lịch
- Sở TT&TT tập huấn kỹ năng số cho 600 cán bộ cấp xã""",
        "2024-04-10",
        [
            ("online_dossier_rate", "Thanh Hóa", "quarter", "2024-03-31", 62.5),
            ("online_dossier_full_process_rate", "Thanh Hóa", "quarter", "2024-03-31", 35.8),
            ("e_result_rate", "Thanh Hóa", "quarter", "2024-03-31", 97.3),
        ],
    )
)

# Báo Đắk Lắk on the digital economy in 2023: province's GRDP share and growth (growth is the indicator), Internet users and adults' accounts at end-2023.
# Traps: e-commerce revenue (no id), 2025 target, Buôn Ma Thuột's share.
CASES.append(
    (
        """BÁO ĐẮK LẮK ĐIỆN TỬ
Kinh tế | Chính trị | Xã hội | Văn hóa | Chuyển đổi số

Kinh tế số – động lực tăng trưởng mới của Đắk Lắk

Hoàng Anh • 02/03/2024

Năm 2023, kinh tế số của tỉnh chiếm khoảng 9,2% GRDP, tốc độ tăng trưởng kinh tế số đạt 15,6%. Doanh thu thương mại điện tử ước đạt 2.300 tỷ đồng.

Tính đến cuối năm 2023, tỷ lệ dân số sử dụng Internet ước đạt 78,5%; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 76%. Riêng TP Buôn Ma Thuột, tỷ lệ người trưởng thành có tài khoản đã vượt 90%.

Dù vậy, quy mô kinh tế số của tỉnh vẫn còn nhỏ so với mục tiêu. Theo Kế hoạch của UBND tỉnh, đến năm 2025 tỷ trọng kinh tế số phải đạt 20% GRDP, đến năm 2030 đạt 30%.

[Ảnh] Nông dân bán cà phê qua sàn thương mại điện tử. Ảnh: Hoàng Anh

Tin liên quan
- Đắk Lắk: 184 xã, phường đưa sản phẩm OCOP lên sàn
- Hội thảo "Chuyển đổi số trong nông nghiệp Tây Nguyên" """,
        "2024-03-02",
        [
            ("digital_economy_gdp_share", "Đắk Lắk", "year", "2023-12-31", 9.2),
            ("digital_economy_growth", "Đắk Lắk", "year", "2023-12-31", 15.6),
            ("internet_users_rate", "Đắk Lắk", "as_of", "2023-12-31", 78.5),
            ("adults_with_bank_account_rate", "Đắk Lắk", "as_of", "2023-12-31", 76.0),
        ],
    )
)

# Cổng TTĐT tỉnh Kiên Giang, monthly DVC report for August 2024: month and cumulative (ytd) rates.
# Traps: change vs July, Phú Quốc city, a commune's 100%, backlog count.
CASES.append(
    (
        """Cổng Thông tin điện tử tỉnh Kiên Giang
Trang chủ | Tin tức | Cải cách hành chính | Dịch vụ công | Liên hệ

Kiên Giang: Tỷ lệ hồ sơ trực tuyến tháng 8 đạt khá

06/09/2024

Trong tháng 8/2024, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 74,8%, tăng 3,2% so với tháng 7; tỷ lệ hồ sơ TTHC trực tuyến toàn trình đạt 44,1%. Lũy kế từ đầu năm đến hết tháng 8, tỷ lệ hồ sơ trực tuyến đạt 69,4%.

TP Phú Quốc tiếp tục dẫn đầu với tỷ lệ 96%; xã Thạnh Lộc (huyện Châu Thành) tiếp nhận 100% hồ sơ trực tuyến. Hiện còn 215 hồ sơ quá hạn chưa được giải quyết, chủ yếu thuộc lĩnh vực đất đai.

Văn phòng UBND tỉnh

Tin khác:
- Kiên Giang triển khai thu phí không dùng tiền mặt tại bệnh viện
- Tập huấn sử dụng chữ ký số cho cán bộ cấp xã""",
        "2024-09-06",
        [
            ("online_dossier_rate", "Kiên Giang", "month", "2024-08-31", 74.8),
            ("online_dossier_full_process_rate", "Kiên Giang", "month", "2024-08-31", 44.1),
            ("online_dossier_rate", "Kiên Giang", "ytd", "2024-08-31", 69.4),
        ],
    )
)

# Báo Cà Mau on Đề án 06: province's chip cards and VNeID at 20/9/2023; national chip cards at 15/9/2023.
# Traps: level-2 sub-count after "trong đó", a district's activations, the quota assigned (target).
CASES.append(
    (
        """BÁO CÀ MAU
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa - Thể thao

Tăng tốc làm căn cước công dân, kích hoạt định danh điện tử

Đăng ngày: 25/09/2023 07:45 | Tác giả: Hữu Nghĩa

(CMO) Tính đến ngày 20/9/2023, Công an tỉnh Cà Mau đã cấp 964.820 thẻ căn cước công dân gắn chip, kích hoạt 512.340 tài khoản định danh điện tử, trong đó 423.150 tài khoản mức độ 2.

Trong đợt cao điểm, huyện Trần Văn Thời là đơn vị dẫn đầu với 62.150 tài khoản được kích hoạt. Chỉ tiêu Bộ Công an giao cho tỉnh năm 2023 là 600.000 tài khoản, Công an tỉnh đang huy động lực lượng làm việc cả ngày nghỉ, làm lưu động tại các ấp xa.

Trên cả nước, tính đến ngày 15/9/2023, đã có hơn 84,6 triệu thẻ căn cước công dân gắn chip được cấp cho công dân.

[Ảnh] Cán bộ Công an huyện Trần Văn Thời làm thủ tục cấp CCCD lưu động. Ảnh: Hữu Nghĩa

Bình luận (0) | Chia sẻ | Gửi bài viết qua email""",
        "2023-09-25",
        [
            ("chip_id_cards_issued", "Cà Mau", "as_of", "2023-09-20", 964820.0),
            ("vneid_activated_accounts", "Cà Mau", "as_of", "2023-09-20", 512340.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-09-15", 84600000.0),
        ],
    )
)

# Cổng TTĐT tỉnh Lâm Đồng, results of 2024: year rate, share of procedures online at end-2024, national EGDI rank of the 2024 edition.
# Traps: "tăng 15 bậc", Đà Lạt's figure, DTI rank (no id), 2025 target.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Thủ tục hành chính

Lâm Đồng: Nhiều chỉ tiêu chuyển đổi số năm 2024 vượt kế hoạch

08/01/2025

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 49,6%. Đến hết năm 2024, tỷ lệ TTHC được cung cấp dưới hình thức DVCTT của tỉnh là 96,1%. TP Đà Lạt là địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 79,2%.

Theo đánh giá của Bộ TT&TT, Chỉ số chuyển đổi số (DTI) năm 2023 của Lâm Đồng xếp thứ 22/63 tỉnh, thành phố.

Ở tầm quốc gia, theo báo cáo của Liên Hợp Quốc công bố năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá trước.

Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, 100% cơ quan nhà nước sử dụng nền tảng dữ liệu dùng chung.

Sở Thông tin và Truyền thông Lâm Đồng

Các tin đã đưa:
» Lâm Đồng triển khai bệnh án điện tử tại 12 bệnh viện
» Khai giảng lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã""",
        "2025-01-08",
        [
            ("online_dossier_full_process_rate", "Lâm Đồng", "year", "2024-12-31", 49.6),
            ("dvctt_rate", "Lâm Đồng", "as_of", "2024-12-31", 96.1),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    )
)

# Báo Quảng Trị on 5G: province's stations, FTTH and smartphone subscriptions share at end of October 2024.
# Traps: Viettel's 95 stations and its 72% coverage of Đông Hà, VNPT's planned stations.
CASES.append(
    (
        """BÁO QUẢNG TRỊ
Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Khoa học - Công nghệ

5G phủ sóng thành phố Đông Hà

02/11/2024 | 08:20

QTO - Ngay sau lễ khai trương dịch vụ 5G trên toàn quốc, Viettel Quảng Trị đã phát sóng 95 trạm 5G, phủ 72% khu dân cư TP Đông Hà và trung tâm các huyện.

Theo Sở TT&TT, tính đến cuối tháng 10/2024, toàn tỉnh có 128 trạm 5G của các nhà mạng; tỷ lệ hộ gia đình có kết nối cáp quang đạt 78,2%, tỷ lệ thuê bao di động là điện thoại thông minh đạt 81,5%.

VNPT Quảng Trị cho biết sẽ lắp đặt thêm 40 trạm 5G trong năm 2025, ưu tiên các khu công nghiệp và khu kinh tế Đông Nam.

[Ảnh] Khách hàng trải nghiệm tốc độ 5G tại cửa hàng Viettel Đông Hà. Ảnh: T.L

Tin liên quan
- Quảng Trị: Đưa nền tảng "Bình dân học vụ số" đến với người dân
- Hướng Hóa nâng cấp mạng cáp quang tới các bản vùng cao

Chia sẻ: f | Zalo""",
        "2024-11-02",
        [
            ("fiveg_bts_count", "Quảng Trị", "as_of", "2024-10-31", 128.0),
            ("ftth_household_rate", "Quảng Trị", "as_of", "2024-10-31", 78.2),
            ("smartphone_subscriber_rate", "Quảng Trị", "as_of", "2024-10-31", 81.5),
        ],
    )
)

# Cổng TTĐT tỉnh Bình Định, quarter III/2023: quarter rate, share of procedures online at 30/9/2023, national portal accounts at 30/9/2023.
# Traps: An Nhơn town, count of training conferences, count of services.
CASES.append(
    (
        """Cổng Thông tin điện tử tỉnh Bình Định
Trang chủ | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Du khách

Bình Định: Tỷ lệ hồ sơ trực tuyến quý III tăng mạnh

16/10/2023

Trong quý III/2023, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh đạt 58,2%. Thị xã An Nhơn là địa phương có kết quả nổi bật với 84,5% hồ sơ nộp trực tuyến.

Đến ngày 30/9/2023, tỉnh cung cấp 1.564 DVCTT, chiếm 87,6% tổng số TTHC. Trong quý, Sở TT&TT đã tổ chức 8 hội nghị tập huấn hướng dẫn cán bộ một cửa cấp xã sử dụng hệ thống.

Theo Bộ TT&TT, tính đến ngày 30/9/2023, Cổng Dịch vụ công quốc gia đã có hơn 9,2 triệu tài khoản đăng ký.

Trung tâm Hành chính công tỉnh

Tin khác:
- Quy Nhơn thí điểm chữ ký số công cộng cho người dân
- Bình Định công bố danh mục 172 TTHC thực hiện toàn trình

Về đầu trang | In | Gửi bạn bè""",
        "2023-10-16",
        [
            ("online_dossier_rate", "Bình Định", "quarter", "2023-09-30", 58.2),
            ("dvctt_rate", "Bình Định", "as_of", "2023-09-30", 87.6),
            ("national_portal_accounts", "national", "as_of", "2023-09-30", 9200000.0),
        ],
    )
)

# Báo Vĩnh Long, a commune feature: almost all figures are the commune's or the district's; one provincial FTTH level at 15/8/2024.
# Traps: commune's FTTH 100%, people's smartphone share, district rate, counts of community teams and members.
CASES.append(
    (
        """BÁO VĨNH LONG
Thời sự | Kinh tế | Nông nghiệp | Xã hội | Chuyển đổi số

Xã Tân Hạnh – điểm sáng chuyển đổi số ở Long Hồ

Thảo Ly | Thứ Năm, 22/8/2024

Về xã Tân Hạnh (huyện Long Hồ) hôm nay, dễ dàng bắt gặp cảnh người dân quét mã QR mua hàng ở chợ. Theo UBND xã, 100% hộ trong xã đã có Internet cáp quang, 95% người dân trưởng thành sử dụng điện thoại thông minh, 1.860 hộ đã dùng thanh toán không tiền mặt.

Toàn huyện Long Hồ có 14/15 xã đạt tiêu chí chuyển đổi số, tỷ lệ hồ sơ trực tuyến của huyện đạt 88%.

Tính đến ngày 15/8/2024, toàn tỉnh có 89% hộ gia đình sử dụng Internet cáp quang. Tỉnh hiện có 1.066 tổ công nghệ số cộng đồng với hơn 6.300 thành viên; tỷ lệ người dân sử dụng điện thoại thông minh toàn tỉnh ước 84%.

[Ảnh] Tiểu thương chợ Tân Hạnh nhận thanh toán bằng mã QR. Ảnh: Thảo Ly

Tin liên quan
- Vĩnh Long: Trao 500 điện thoại thông minh cho hộ nghèo
- Huyện Trà Ôn ra mắt mô hình "Chợ 4.0"

Chia sẻ | Bình luận""",
        "2024-08-22",
        [
            ("ftth_household_rate", "Vĩnh Long", "as_of", "2024-08-15", 89.0),
        ],
    )
)

# Cổng TTĐT tỉnh Hải Dương, review of 2022: year dossier rate, full-process share of procedures at 31/12/2022, national EGDI 2022.
# Traps: "tăng 2 bậc", Chí Linh city, 2023 target.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức > Tin hoạt động

Hải Dương tổng kết công tác chuyển đổi số năm 2022

10/01/2023 16:05

Sáng 10/1, UBND tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2022, triển khai nhiệm vụ năm 2023.

Báo cáo tại hội nghị cho biết, năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 56,4%. Tính đến ngày 31/12/2022, tỉnh cung cấp 1.105 DVCTT toàn trình, chiếm 55,2% tổng số TTHC. TP Chí Linh và huyện Kim Thành là hai địa phương có tỷ lệ hồ sơ trực tuyến cao, lần lượt đạt 78% và 75,6%.

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh nhấn mạnh, năm 2022 Việt Nam xếp hạng 86/193 quốc gia về Chính phủ điện tử, tăng 2 bậc so với năm 2020; các địa phương cần tiếp tục nỗ lực để đóng góp vào kết quả chung.

Năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70%, 100% kết quả giải quyết TTHC được số hóa.

Tin, ảnh: Phòng Thông tin - Báo chí

Lượt xem: 2.041""",
        "2023-01-10",
        [
            ("online_dossier_rate", "Hải Dương", "year", "2022-12-31", 56.4),
            ("dvctt_full_process_rate", "Hải Dương", "as_of", "2022-12-31", 55.2),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    )
)

# Báo Sơn La on dead zones after the merger of departments: villages without coverage and coverage share at end-February 2025; national share of dead-zone villages covered at end-2024.
# Traps: "trong đó" villages without power, Sốp Cộp's count, covered count 1.590 (no id), ministry support in billion VND, 2025 target.
CASES.append(
    (
        """BÁO SƠN LA
Thời sự | Kinh tế | Xã hội | Biên giới | Khoa học - Công nghệ

Đưa sóng di động về bản vùng cao

Hoàng Giang - 12/03/2025

Theo Sở Khoa học và Công nghệ (sau khi hợp nhất với Sở Thông tin và Truyền thông từ ngày 1/3/2025), tính đến hết tháng 2/2025, toàn tỉnh còn 167 bản chưa có sóng di động, trong đó 43 bản chưa có điện lưới quốc gia; tỷ lệ bản có sóng di động đạt 94,6%.

Huyện Sốp Cộp hiện còn 41 bản lõm sóng, nhiều nhất tỉnh. Năm 2024, Bộ TT&TT đã hỗ trợ 56 tỷ đồng từ Quỹ Dịch vụ viễn thông công ích để phủ sóng các bản đặc biệt khó khăn.

Trên cả nước, tính đến hết năm 2024, chương trình đã phủ sóng 1.590/1.860 thôn lõm sóng có điện lưới, đạt 85,5%.

Năm 2025, tỉnh đặt mục tiêu xóa 100% bản lõm sóng có điện lưới.

[Ảnh] Lắp đặt trạm BTS tại bản Huổi Lè, xã Mường Lèo. Ảnh: Hoàng Giang

Bài viết liên quan
- Sơn La: 2.000 hộ dân vùng cao được hỗ trợ điện thoại thông minh""",
        "2025-03-12",
        [
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2025-02-28", 167.0),
            ("villages_with_mobile_coverage_rate", "Sơn La", "as_of", "2025-02-28", 94.6),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 85.5),
        ],
    )
)

# Cổng TTĐT tỉnh Tuyên Quang after the 2025 merger, 9 months of 2025: ytd full-process dossier share, 5G at 30/9/2025, national 5G "đến nay".
# Traps: a commune's rate, count of communes and wards, year-end target.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Trang chủ | Tin tức - Sự kiện | Chính quyền | Dịch vụ công | Văn bản

Chuyển đổi số ở chính quyền địa phương hai cấp: Kết quả bước đầu

10/10/2025

Sau hơn 3 tháng vận hành mô hình chính quyền địa phương hai cấp (từ ngày 1/7/2025), 124 xã, phường của tỉnh Tuyên Quang đã vận hành thông suốt Hệ thống thông tin giải quyết TTHC.

Theo báo cáo của Sở Khoa học và Công nghệ, 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 58,4%. Xã Minh Xuân là địa phương có tỷ lệ cao nhất, đạt 98%.

Tính đến ngày 30/9/2025, toàn tỉnh có 412 trạm 5G. Cả nước đến nay đã có hơn 12.000 trạm 5G được phát sóng.

Tỉnh phấn đấu đến cuối năm 2025 có 600 trạm 5G, phủ sóng 5G tại trung tâm tất cả các xã.

Sở Khoa học và Công nghệ

Chia sẻ Facebook Zalo | In trang""",
        "2025-10-10",
        [
            ("online_dossier_full_process_rate", "Tuyên Quang", "ytd", "2025-09-30", 58.4),
            ("fiveg_bts_count", "Tuyên Quang", "as_of", "2025-09-30", 412.0),
            ("fiveg_bts_count", "national", "as_of", "2025-10-10", 12000.0),
        ],
    )
)

# Báo Phú Thọ on Đề án 06: chip cards and VNeID at 15/5/2024.
# Traps: province's own list of essential services (25/25), a district's activations, level-2 sub-count, counts of trained officers.
CASES.append(
    (
        """BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Xã hội | Đề án 06

Đề án 06: Đưa tiện ích số đến từng người dân

Thu Trang | 20/05/2024 07:00

Tính đến ngày 15/5/2024, Công an tỉnh đã cấp 1.168.420 thẻ căn cước công dân gắn chip, kích hoạt 812.500 tài khoản định danh điện tử, trong đó 705.000 tài khoản mức độ 2. Huyện Thanh Sơn có tỷ lệ kích hoạt cao nhất với 52.300 tài khoản.

Tỉnh đã triển khai 25/25 dịch vụ công thiết yếu theo danh mục do UBND tỉnh lựa chọn; 2.300 cán bộ cấp xã được tập huấn sử dụng ứng dụng VNeID.

[Ảnh] Công an huyện Thanh Sơn hỗ trợ người dân kích hoạt tài khoản định danh. Ảnh: Thu Trang

Tin liên quan
- Phú Thọ: 100% cơ sở khám chữa bệnh sử dụng CCCD thay thẻ BHYT
- Hội nghị sơ kết 2 năm thực hiện Đề án 06""",
        "2024-05-20",
        [
            ("chip_id_cards_issued", "Phú Thọ", "as_of", "2024-05-15", 1168420.0),
            ("vneid_activated_accounts", "Phú Thọ", "as_of", "2024-05-15", 812500.0),
        ],
    )
)

# Báo Bến Tre on cashless payments: province's adults with accounts at 31/12/2023; national Mobile Money customers at end-2023.
# Traps: rural share after "trong đó", Viettel Money's customers in the province, e-commerce revenue (no id), a growth of cashless transactions.
CASES.append(
    (
        """BÁO ĐỒNG KHỞI ĐIỆN TỬ
Tỉnh Bến Tre | Kinh tế | Xã hội | Nông thôn mới

Thanh toán không dùng tiền mặt lan tỏa về nông thôn

26/02/2024 - 08:12 | Hữu Hiệp

Theo Ngân hàng Nhà nước chi nhánh tỉnh, tính đến ngày 31/12/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng trên địa bàn tỉnh đạt 79,5%. Số giao dịch thanh toán không dùng tiền mặt năm 2023 tăng 28% so với năm trước.

Trên cả nước, đến cuối năm 2023, dịch vụ Mobile Money có hơn 7,3 triệu khách hàng, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa. Tại Bến Tre, Viettel Money đã phát triển được 45.000 khách hàng.

Doanh thu thương mại điện tử của tỉnh năm 2023 ước đạt 1.850 tỷ đồng, chủ yếu từ dừa, trái cây và cây giống.

[Ảnh] Người dân Chợ Lách thanh toán bằng mã QR. Ảnh: Hữu Hiệp

Tin cùng chuyên mục
- Bến Tre: 135 sản phẩm OCOP được đưa lên sàn thương mại điện tử""",
        "2024-02-26",
        [
            ("adults_with_bank_account_rate", "Bến Tre", "as_of", "2023-12-31", 79.5),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 7300000.0),
        ],
    )
)

# Cổng TTĐT tỉnh Long An, quarterly briefing on quarter I/2025: quarter rates and data reuse.
# Traps: count of plans issued, Đức Hòa district, meeting ordinal, 2025 targets.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN
Trang chủ | Tin tức | Chỉ đạo điều hành | Công khai | Hỏi đáp

Giao ban Ban Chỉ đạo chuyển đổi số tỉnh quý I/2025

08/04/2025

Chiều 7/4, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức phiên giao ban lần thứ 3 để đánh giá kết quả quý I/2025.

Theo báo cáo, quý I/2025 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 71,9%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 54,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 45,7%. Huyện Đức Hòa có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 89%.

Trong quý, Sở Khoa học và Công nghệ đã tham mưu UBND tỉnh ban hành 4 kế hoạch triển khai Nghị quyết 57-NQ/TW. Năm 2025, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, tỷ trọng kinh tế số đạt 20% GRDP.

Minh Đức

Các tin khác
- Long An phát động phong trào "Bình dân học vụ số"
- Công bố danh mục TTHC được thực hiện không phụ thuộc địa giới hành chính""",
        "2025-04-08",
        [
            ("online_dossier_rate", "Long An", "quarter", "2025-03-31", 71.9),
            ("online_dossier_full_process_rate", "Long An", "quarter", "2025-03-31", 54.2),
            ("data_reuse_rate", "Long An", "quarter", "2025-03-31", 45.7),
        ],
    )
)

# Báo Gia Lai, first half of 2023: province's half-year rate with the national average in brackets, share of procedures online at 30/6/2023.
# Traps: count of full-process services after "trong đó", Pleiku's rate, change in points, second-half target.
CASES.append(
    (
        """BÁO GIA LAI
Thời sự | Kinh tế | Xã hội | Văn hóa | Pháp luật | Chuyển đổi số

Gia Lai: Hồ sơ trực tuyến vẫn "lệch pha" với dịch vụ được cung cấp

Minh Nguyệt | 12/07/2023, 06:00

(GLO)- 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 26,8%, tăng 8,2 điểm phần trăm so với cùng kỳ nhưng vẫn thấp hơn mức bình quân cả nước (37,2%). Riêng TP Pleiku đạt 45%, còn nhiều huyện phía Đông dưới 15%.

Trong khi đó, tính đến ngày 30/6/2023, tỉnh cung cấp 1.612 DVCTT, đạt tỷ lệ 84,3% tổng số TTHC; trong đó 745 DVCTT toàn trình. Nhiều dịch vụ "có mà không dùng", cả năm không phát sinh hồ sơ nào.

Theo Sở TT&TT, nguyên nhân chính là người dân chưa quen thao tác, nhiều thủ tục yêu cầu nộp bản giấy để đối chiếu. 6 tháng cuối năm, tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên 40%.

[Ảnh] Người dân làm thủ tục tại Bộ phận một cửa TP Pleiku. Ảnh: M.N

Tin liên quan
- Gia Lai: Đẩy mạnh thanh toán trực tuyến phí, lệ phí
- Pleiku ra mắt mô hình "Phường không tiền mặt" """,
        "2023-07-12",
        [
            ("online_dossier_rate", "Gia Lai", "half", "2023-06-30", 26.8),
            ("online_dossier_rate", "national", "half", "2023-06-30", 37.2),
            ("dvctt_rate", "Gia Lai", "as_of", "2023-06-30", 84.3),
        ],
    )
)

# Báo Đà Nẵng, 10 months of 2024: ytd full-process dossier share, "đến nay" FTTH for the city and the country, eligible procedures full-process, September download speed.
# Traps: upload speed, adults' smartphone ownership (people), Hải Châu district, DTI lead (no number).
CASES.append(
    (
        """BÁO ĐÀ NẴNG
Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ | Quốc tế | Thể thao

Đà Nẵng giữ vững vị trí dẫn đầu về chuyển đổi số

Phong Lan | Thứ Hai, 04/11/2024, 07:05

10 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 70,3%; quận Hải Châu đạt 85,6%, cao nhất trong các quận, huyện.

Thành phố hiện đã cung cấp DVCTT toàn trình cho 100% TTHC đủ điều kiện. Đến nay, 98,5% hộ gia đình trên địa bàn thành phố sử dụng Internet cáp quang, trong khi tỷ lệ này của cả nước là 82,1%.

Tốc độ Internet di động trung bình tại Đà Nẵng trong tháng 9/2024 đạt 61,2 Mbps tải xuống và 22,4 Mbps tải lên. Theo khảo sát của Sở TT&TT, 95,2% người dân trưởng thành trên địa bàn có điện thoại thông minh.

Đà Nẵng tiếp tục dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2023, năm thứ năm liên tiếp.

[Ảnh] Trung tâm Giám sát điều hành đô thị thông minh Đà Nẵng. Ảnh: Phong Lan

Tin liên quan:
- Đà Nẵng thí điểm 5G tại các tuyến phố du lịch
- Hơn 700 doanh nghiệp công nghệ số đăng ký mới trong năm

Chia sẻ | Lưu | In""",
        "2024-11-04",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2024-10-31", 70.3),
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2024-11-04", 100.0),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-11-04", 98.5),
            ("ftth_household_rate", "national", "as_of", "2024-11-04", 82.1),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-09-30", 61.2),
        ],
    )
)

# Cổng TTĐT tỉnh Ninh Bình, report of "tháng 5/2024" with an explicit window 15/4–14/5: month rates end on 14/5.
# Traps: payment share (no id), 766 score and rank, Yên Khánh district.
CASES.append(
    (
        """Cổng thông tin điện tử tỉnh Ninh Bình
Trang chủ › Cải cách hành chính › Tin tức

Kết quả giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh tháng 5/2024

Ngày đăng: 07/06/2024

Trong tháng 5/2024 (từ ngày 15/4/2024 đến ngày 14/5/2024), tỷ lệ hồ sơ trực tuyến của tỉnh đạt 67,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,8%; tỷ lệ thanh toán trực tuyến đạt 38,1%. Huyện Yên Khánh có tỷ lệ hồ sơ trực tuyến cao nhất với 90,2%.

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, Ninh Bình đạt 84,7 điểm, xếp thứ 15/63 tỉnh, thành phố.

Trung tâm Phục vụ hành chính công tỉnh

Tệp đính kèm: BC_thang5_2024.pdf
Tin khác | Bản in | Gửi email""",
        "2024-06-07",
        [
            ("online_dossier_rate", "Ninh Bình", "month", "2024-05-14", 67.3),
            ("online_dossier_full_process_rate", "Ninh Bình", "month", "2024-05-14", 40.8),
        ],
    )
)

# Báo Hà Tĩnh, three years of the digital-transformation resolution, levels at end of August 2024 (a "trong đó" figure of another indicator is kept).
# Traps: "tăng 3 lần", Cẩm Xuyên's communes, 2025 targets.
CASES.append(
    (
        """BÁO HÀ TĨNH
Thời sự | Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ

3 năm thực hiện Nghị quyết về chuyển đổi số: Hà Tĩnh có nhiều chuyển biến

Thu Phương • 28/09/2024 - 06:30

Tính đến hết tháng 8/2024, tỷ lệ TTHC được cung cấp dưới dạng DVCTT đạt 92,6% tổng số TTHC, trong đó DVCTT toàn trình chiếm 46,8% tổng số TTHC. Số hồ sơ nộp trực tuyến tăng 3 lần so với năm 2021.

Cùng thời điểm, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 81%, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 83,5%. Huyện Cẩm Xuyên là địa phương đầu tiên có 100% xã được phủ cáp quang đến thôn.

Mục tiêu đến năm 2025, Hà Tĩnh phấn đấu 90% hộ gia đình có cáp quang, tỷ trọng kinh tế số đạt 20% GRDP.

[Ảnh] Cán bộ bưu điện hướng dẫn người dân nộp hồ sơ trực tuyến tại xã Cẩm Duệ. Ảnh: Thu Phương

Tin liên quan
- Hà Tĩnh: 2.000 tổ công nghệ số cộng đồng phát huy hiệu quả""",
        "2024-09-28",
        [
            ("dvctt_rate", "Hà Tĩnh", "as_of", "2024-08-31", 92.6),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2024-08-31", 46.8),
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2024-08-31", 81.0),
            ("adults_with_bank_account_rate", "Hà Tĩnh", "as_of", "2024-08-31", 83.5),
        ],
    )
)

# Cổng TTĐT tỉnh Điện Biên, broadband at 31/12/2023: subscriptions and per-100 densities of the province.
# Traps: a district's subscriptions, VNPT's market share, telecom revenue (no id).
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Hạ tầng viễn thông Điện Biên năm 2023

18/01/2024

Đến ngày 31/12/2023, toàn tỉnh có 89.430 thuê bao băng rộng cố định, đạt 14 thuê bao/100 dân; 412.600 thuê bao băng rộng di động, đạt 64,5 thuê bao/100 dân. Riêng huyện Mường Nhé có 3.210 thuê bao băng rộng cố định.

VNPT Điện Biên chiếm 61% thị phần băng rộng cố định. Doanh thu dịch vụ viễn thông trên địa bàn năm 2023 ước đạt 720 tỷ đồng.

Sở Thông tin và Truyền thông

Tin khác:
- Điện Biên: Phủ sóng di động cho 27 bản vùng biên
- Khai trương điểm bưu điện văn hóa xã Sín Thầu

Lượt truy cập: 3.417""",
        "2024-01-18",
        [
            ("fixed_broadband_subscriptions", "Điện Biên", "as_of", "2023-12-31", 89430.0),
            ("fixed_broadband_subscriptions_per_100", "Điện Biên", "as_of", "2023-12-31", 14.0),
            ("mobile_broadband_subscriptions", "Điện Biên", "as_of", "2023-12-31", 412600.0),
            ("mobile_broadband_subscriptions_per_100", "Điện Biên", "as_of", "2023-12-31", 64.5),
        ],
    )
)

# Báo Lai Châu, dead zones at 15/12/2024: coverage share and villages left in one clause.
# Traps: Viettel's villages covered in the year, Mường Tè's villages, commune fibre (no id), 2025 target.
CASES.append(
    (
        """BÁO LAI CHÂU
Thời sự | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hóa

Sóng di động về với bản xa

20/12/2024 | Quang Huy

Tính đến ngày 15/12/2024, tỷ lệ thôn, bản có sóng di động trên địa bàn tỉnh đạt 97,2%, toàn tỉnh còn 38 bản chưa có sóng. 100% xã đã có cáp quang đến trung tâm.

Trong năm, Viettel Lai Châu phủ sóng thêm 22 bản. Huyện Mường Tè hiện còn 19 bản lõm sóng, chủ yếu ở các xã biên giới Thu Lũm, Pa Ủ.

Năm 2025, tỉnh phấn đấu xóa hết bản lõm sóng có điện lưới.

[Ảnh] Người dân bản Nhóm Pố gọi video lần đầu tiên. Ảnh: Quang Huy

Chia sẻ | Bình luận""",
        "2024-12-20",
        [
            ("villages_with_mobile_coverage_rate", "Lai Châu", "as_of", "2024-12-15", 97.2),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-12-15", 38.0),
        ],
    )
)

# Báo Ấp Bắc (Tiền Giang), first half of 2024: province's half-year rate; national NDXP cumulative at 30/6/2024.
# Traps: the province's own LGSP transactions (no id), change vs same period, Mỹ Tho city.
CASES.append(
    (
        """BÁO ẤP BẮC ĐIỆN TỬ
Tiền Giang | Thời sự | Kinh tế | Xã hội | Khoa học

Kết nối, chia sẻ dữ liệu: nền tảng của chính quyền số

25/07/2024 08:00 | Hoài Thương

6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 60,2%, tăng 14,6% so với cùng kỳ. TP Mỹ Tho có tỷ lệ cao nhất với 78,9%.

Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Tiền Giang đã thực hiện hơn 3,2 triệu giao dịch, kết nối với các cơ sở dữ liệu quốc gia về dân cư, đất đai, hộ tịch.

Ở cấp quốc gia, tính đến hết tháng 6/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện hơn 980 triệu giao dịch kể từ khi khai trương năm 2019.

Tin liên quan
- Tiền Giang ra mắt ứng dụng "Tiền Giang Smart"
- Triển khai sổ sức khỏe điện tử trên VNeID""",
        "2024-07-25",
        [
            ("online_dossier_rate", "Tiền Giang", "half", "2024-06-30", 60.2),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 980000000.0),
        ],
    )
)

# Cổng TTĐT tỉnh Quảng Nam, press conference; no sidecar date, every value dated by the text: half-year rates with ministries/localities averages, FTTH at 30/6/2024.
# Traps: change vs same period, Hội An's rate, Nam Trà My, count of press agencies.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Tin tức - Sự kiện > Hoạt động lãnh đạo tỉnh

Họp báo thông tin kết quả kinh tế - xã hội 6 tháng đầu năm 2024

Ngày 05/7/2024, UBND tỉnh Quảng Nam tổ chức họp báo định kỳ với sự tham dự của 32 cơ quan báo chí.

Về chuyển đổi số, 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 63,7%, tăng 12,5% so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 37,9%. Theo Bộ chỉ số 766, cùng kỳ, tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các bộ, ngành là 52,3%, của các địa phương là 41,5%.

TP Hội An có tỷ lệ hồ sơ trực tuyến cao nhất với 91,4%, trong khi huyện Nam Trà My mới đạt 22%.

Tính đến ngày 30/6/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 76,4%.

Người phát ngôn UBND tỉnh cho biết, 6 tháng cuối năm tỉnh tập trung nâng cao chất lượng dữ liệu, phấn đấu tỷ lệ hồ sơ toàn trình đạt 50%.

VP UBND tỉnh""",
        None,
        [
            ("online_dossier_rate", "Quảng Nam", "half", "2024-06-30", 63.7),
            ("online_dossier_full_process_rate", "Quảng Nam", "half", "2024-06-30", 37.9),
            ("online_dossier_full_process_rate", "ministries", "half", "2024-06-30", 52.3),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 41.5),
            ("ftth_household_rate", "Quảng Nam", "as_of", "2024-06-30", 76.4),
        ],
    )
)

# Báo Quảng Ngãi on cashless payments: province's adults with accounts at 30/9/2024; national at end of June 2024.
# Traps: payment share of dossiers (no id), one bank's accounts, change in points, e-wallets count.
CASES.append(
    (
        """BÁO QUẢNG NGÃI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Thanh toán số len lỏi về miền núi

Bài, ảnh: Thanh Nhị | 15/10/2024

Theo Ngân hàng Nhà nước chi nhánh tỉnh, tính đến ngày 30/9/2024, 86,2% người trưởng thành trên địa bàn tỉnh có tài khoản thanh toán, tăng 4,5 điểm phần trăm so với cuối năm 2023. Cả nước, tính đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản ngân hàng đạt khoảng 87%.

Riêng Agribank Quảng Ngãi đã mở mới 120.000 tài khoản cho người dân vùng nông thôn. 9 tháng năm 2024, tỷ lệ hồ sơ TTHC có thanh toán trực tuyến của tỉnh đạt 35%; trên địa bàn có hơn 320.000 ví điện tử được kích hoạt.

[Ảnh] Người dân huyện Sơn Tây chuyển tiền qua ứng dụng ngân hàng. Ảnh: Thanh Nhị

Tin liên quan
- Quảng Ngãi chi trả an sinh xã hội qua tài khoản""",
        "2024-10-15",
        [
            ("adults_with_bank_account_rate", "Quảng Ngãi", "as_of", "2024-09-30", 86.2),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
        ],
    )
)

# Cổng TTĐT tỉnh Bạc Liêu, excerpt of a provincial report; no sidecar date: levels at 30/11/2023 in a labelled list, 11-month ytd rates.
# Traps: the 2024 target, a district's rate, count of documents, count of procedures.
CASES.append(
    (
        """Cổng thông tin điện tử tỉnh Bạc Liêu > Văn bản chỉ đạo điều hành

Trích Báo cáo số 215/BC-UBND ngày 12/12/2023 của UBND tỉnh Bạc Liêu về tình hình thực hiện chuyển đổi số năm 2023

1. Cung cấp dịch vụ công trực tuyến
Tính đến ngày 30/11/2023:
- Tổng số TTHC của tỉnh: 1.842;
- Số DVCTT: 1.689 (đạt 91,7%);
- DVCTT toàn trình: 1.003 (54,45%).

2. Kết quả tiếp nhận, giải quyết hồ sơ
11 tháng năm 2023, tỷ lệ hồ sơ trực tuyến đạt 55,8%; tỷ lệ trả kết quả giải quyết TTHC điện tử đạt 92,4%. Huyện Hòa Bình có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 68%.

Trong năm, UBND tỉnh đã ban hành 15 văn bản chỉ đạo về chuyển đổi số. Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70%.

Tải văn bản: 215-BC-UBND.pdf (1,2 MB)""",
        None,
        [
            ("dvctt_rate", "Bạc Liêu", "as_of", "2023-11-30", 91.7),
            ("dvctt_full_process_rate", "Bạc Liêu", "as_of", "2023-11-30", 54.45),
            ("online_dossier_rate", "Bạc Liêu", "ytd", "2023-11-30", 55.8),
            ("e_result_rate", "Bạc Liêu", "ytd", "2023-11-30", 92.4),
        ],
    )
)

# Báo Khánh Hòa, 9 months of 2023: province's ytd rates; ministries vs localities averages of the same span.
# Traps: Nha Trang and Cam Ranh figures, DTI rank (no id), 2025 target.
CASES.append(
    (
        """BÁO KHÁNH HÒA
Thời sự | Kinh tế | Xã hội | Du lịch | Khoa học - Công nghệ

Khánh Hòa: Chậm cải thiện tỷ lệ hồ sơ trực tuyến toàn trình

09/10/2023 - 07:30 | Đông Hải

9 tháng năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 59,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 35,6%. Theo Bộ chỉ số 766, cùng kỳ, tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các bộ, ngành là 41,7%, của các địa phương là 29,3%.

TP Nha Trang đạt 67%, TP Cam Ranh đạt 52%; nhiều huyện như Khánh Sơn, Khánh Vĩnh chưa đến 20%. Chỉ số DTI năm 2022 của tỉnh xếp thứ 21/63.

Mục tiêu đến năm 2025, 80% hồ sơ TTHC được xử lý trực tuyến toàn trình.

Tin liên quan
- Nha Trang thí điểm thanh toán học phí không dùng tiền mặt
- Khánh Hòa ra mắt Tổng đài 1022""",
        "2023-10-09",
        [
            ("online_dossier_rate", "Khánh Hòa", "ytd", "2023-09-30", 59.4),
            ("online_dossier_full_process_rate", "Khánh Hòa", "ytd", "2023-09-30", 35.6),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2023-09-30", 41.7),
            ("online_dossier_full_process_rate", "localities", "ytd", "2023-09-30", 29.3),
        ],
    )
)

# Báo Bình Phước, a district feature (Đồng Phú) with one provincial figure for 2023.
# Traps: district and commune rates, community-team members, district target.
CASES.append(
    (
        """BÁO BÌNH PHƯỚC
Thời sự | Kinh tế | Xã hội | Chuyển đổi số | Pháp luật

Đồng Phú: Chuyển đổi số từ cơ sở

15/03/2024 | Bài, ảnh: Hồng Nhung

Năm 2023, tỷ lệ hồ sơ trực tuyến của huyện Đồng Phú đạt 81,3%, cao hơn nhiều so với mức chung toàn tỉnh. Xã Tân Lập đã có 100% hộ gia đình sử dụng Internet cáp quang, 1.245 thành viên tổ công nghệ số cộng đồng đi từng nhà hướng dẫn người dân cài đặt ứng dụng.

Theo Sở TT&TT, năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 52,7%.

Năm 2024, huyện phấn đấu 100% xã đạt tiêu chí xã chuyển đổi số, tỷ lệ hồ sơ trực tuyến toàn trình trên 60%.

[Ảnh] Thành viên tổ công nghệ số cộng đồng xã Tân Lập hướng dẫn người dân nộp hồ sơ. Ảnh: Hồng Nhung

Tin liên quan
- Bình Phước: Ra mắt mô hình "Khu dân cư số"
- Hớn Quản triển khai camera an ninh kết nối Trung tâm IOC""",
        "2024-03-15",
        [
            ("online_dossier_rate", "Bình Phước", "year", "2023-12-31", 52.7),
        ],
    )
)

# Cổng TTĐT tỉnh Thái Nguyên, digital economy in 2024: GRDP share and growth of the province, national share of GDP.
# Traps: Samsung's export value (a firm's figure, no id), 2025 target, DTI rank.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Trang chủ › Tin tức › Kinh tế

Kinh tế số chiếm tỷ trọng cao trong cơ cấu kinh tế của tỉnh

10/02/2025 | Lượt xem: 1.208

Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 43,6%, tốc độ tăng trưởng kinh tế số ước đạt 8,7%. Kinh tế số ICT chiếm phần lớn nhờ các dự án sản xuất điện tử tại các khu công nghiệp Yên Bình, Điềm Thụy; riêng Samsung Electronics Việt Nam Thái Nguyên đạt giá trị xuất khẩu khoảng 28 tỷ USD.

Cả nước, năm 2024 tỷ trọng kinh tế số ước đạt 18,3% GDP.

Chỉ số DTI năm 2023 của Thái Nguyên xếp thứ 6/63. Năm 2025, tỉnh phấn đấu tỷ trọng kinh tế số đạt 45% GRDP, kinh tế số ngoài ICT tăng trưởng trên 15%.

Nguồn: Sở TT&TT

Tin cùng chuyên mục
- Thái Nguyên khởi công Trung tâm dữ liệu tỉnh""",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 43.6),
            ("digital_economy_growth", "Thái Nguyên", "year", "2024-12-31", 8.7),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    )
)

# Báo Hưng Yên, infrastructure at end of May 2025: province's 5G, 5G coverage, FTTH; national download speeds of April 2025.
# Traps: the speed rank, Viettel's stations, Mỹ Hào's coverage, year-end target.
CASES.append(
    (
        """BÁO HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Văn hóa

Hưng Yên phủ sóng 5G tới tất cả các khu công nghiệp

Thanh Hà | 10/06/2025 - 07:45

Theo Sở Khoa học và Công nghệ, tính đến hết tháng 5/2025, toàn tỉnh có 640 trạm 5G, tỷ lệ dân số được phủ sóng 5G đạt 92,3%, tỷ lệ hộ gia đình sử dụng cáp quang đạt 93,5%. Trong đó, Viettel Hưng Yên đã phát sóng 410 trạm; thị xã Mỹ Hào và TP Hưng Yên được phủ sóng 5G 100% diện tích.

Theo Bộ Khoa học và Công nghệ, tháng 4/2025, tốc độ băng rộng di động trung bình của Việt Nam đạt 146,6 Mbps, xếp thứ 19 thế giới; tốc độ băng rộng cố định đạt 187,4 Mbps.

Cuối năm 2025, tỉnh phấn đấu có 900 trạm 5G.

[Ảnh] Kỹ sư kiểm tra trạm 5G tại KCN Phố Nối A. Ảnh: Thanh Hà

Tin liên quan
- Hưng Yên: 100% thôn, khu phố có cáp quang""",
        "2025-06-10",
        [
            ("fiveg_bts_count", "Hưng Yên", "as_of", "2025-05-31", 640.0),
            ("fiveg_population_coverage_rate", "Hưng Yên", "as_of", "2025-05-31", 92.3),
            ("ftth_household_rate", "Hưng Yên", "as_of", "2025-05-31", 93.5),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 187.4),
        ],
    )
)

# Cổng TTĐT tỉnh Cao Bằng, "năm qua" in a January 2025 page: year 2024 rates.
# Traps: Trùng Khánh district, a commune's 100%, DTI rank change, 2025 target.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ | Tin tức - Sự kiện | Chính quyền | Thủ tục hành chính | Liên hệ

Cao Bằng: Dịch vụ công trực tuyến có bước tiến mới

20/01/2025

Trong năm qua, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 48,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,4%. Huyện Trùng Khánh dẫn đầu với 67,5%; xã Đàm Thủy tiếp nhận 100% hồ sơ cấp xã qua mạng.

Chỉ số DTI năm 2023 của tỉnh tăng 11 bậc so với năm trước. Năm 2025, Cao Bằng phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%.

Văn phòng UBND tỉnh

Tin khác
- Cao Bằng: Ra mắt bản đồ số du lịch Non nước Cao Bằng
- Tập huấn kỹ năng số cho 1.200 đoàn viên thanh niên

Chia sẻ | In | Về đầu trang""",
        "2025-01-20",
        [
            ("online_dossier_rate", "Cao Bằng", "year", "2024-12-31", 48.2),
            ("online_dossier_full_process_rate", "Cao Bằng", "year", "2024-12-31", 31.4),
        ],
    )
)

# Báo Hòa Bình on community digital-technology teams: one provincial FTTH level "hiện có", dated by the page.
# Traps: counts of teams, members and classes, people's smartphone share, Lạc Sơn district, target.
CASES.append(
    (
        """BÁO HÒA BÌNH
Thời sự | Kinh tế | Xã hội | Dân tộc - Miền núi | Chuyển đổi số

Tổ công nghệ số cộng đồng – "cánh tay nối dài" của chính quyền số

02/04/2024 | Đức Anh

Toàn tỉnh hiện có 1.540 tổ công nghệ số cộng đồng với gần 9.800 thành viên. Trong quý I, Sở TT&TT đã mở 12 lớp tập huấn kỹ năng cho các tổ.

Nhờ sự đồng hành của các tổ, người dân vùng cao đã quen với việc nộp hồ sơ qua mạng, thanh toán điện tử. Hiện có 86,4% hộ gia đình trên địa bàn tỉnh có kết nối Internet cáp quang; tỷ lệ người dân trưởng thành có điện thoại thông minh khoảng 80%. Tại huyện Lạc Sơn, 95% thôn, xóm đã có tổ công nghệ số.

Đến năm 2025, tỉnh đặt mục tiêu 100% thôn, xóm có tổ công nghệ số hoạt động hiệu quả.

[Ảnh] Thành viên tổ công nghệ số cộng đồng xóm Ải (Tân Lạc) hướng dẫn người dân. Ảnh: Đức Anh

Chia sẻ: Facebook | Zalo""",
        "2024-04-02",
        [
            ("ftth_household_rate", "Hòa Bình", "as_of", "2024-04-02", 86.4),
        ],
    )
)

# Cổng TTĐT TP Cần Thơ, first half of 2024: the city's half-year rates and satisfaction; dossiers on the National Portal in the half.
# Traps: Ninh Kiều district, 766 rank (no id), change vs same period.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp

Cần Thơ: 6 tháng đầu năm 2024 tỷ lệ hồ sơ trực tuyến đạt khá

08/07/2024

6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 65,8%, tăng 9% so với cùng kỳ; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 97,9%; tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết TTHC đạt 98,4%. Quận Ninh Kiều có tỷ lệ hồ sơ trực tuyến cao nhất với 82%.

Theo Bộ chỉ số 766, Cần Thơ xếp thứ 9/63 tỉnh, thành phố. Trên phạm vi cả nước, 6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận hơn 3,1 triệu hồ sơ trực tuyến.

Văn phòng UBND thành phố

Tin khác
- Cần Thơ triển khai hồ sơ sức khỏe điện tử
- Ra mắt nền tảng "Cần Thơ Online" """,
        "2024-07-08",
        [
            ("online_dossier_rate", "Cần Thơ", "half", "2024-06-30", 65.8),
            ("e_result_rate", "Cần Thơ", "half", "2024-06-30", 97.9),
            ("satisfaction_rate", "Cần Thơ", "half", "2024-06-30", 98.4),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 3100000.0),
        ],
    )
)

# Báo Yên Bái on smartphones: province's smartphone subscriptions count and share at 31/5/2023; national share "tính đến tháng 4/2023".
# Traps: people's smartphone share (survey), Viettel's donated phones, Mù Cang Chải's share, 2025 target.
CASES.append(
    (
        """BÁO YÊN BÁI
Chính trị | Kinh tế | Xã hội | Văn hóa | Chuyển đổi số

Phổ cập điện thoại thông minh – chìa khóa xây dựng xã hội số

Thanh Tân | 12/06/2023

Đến ngày 31/5/2023, toàn tỉnh có 612.500 thuê bao sử dụng điện thoại thông minh, chiếm 78,4% tổng số thuê bao di động. Theo kết quả điều tra của Sở, khoảng 70% người dân trong độ tuổi lao động có smartphone; riêng huyện Mù Cang Chải, tỷ lệ thuê bao smartphone mới đạt 52%.

Theo Bộ TT&TT, tính đến tháng 4/2023, tỷ lệ thuê bao sử dụng điện thoại thông minh trên cả nước đạt 84,5%.

Viettel Yên Bái đã tặng 1.000 máy điện thoại thông minh cho hộ nghèo, cận nghèo. Năm 2025, tỉnh phấn đấu tỷ lệ thuê bao smartphone đạt 85%.

[Ảnh] Người dân xã La Pán Tẩn học cách dùng điện thoại thông minh. Ảnh: Thanh Tân

Tin liên quan
- Yên Bái: Hơn 2.500 tổ công nghệ số cộng đồng ra mắt""",
        "2023-06-12",
        [
            ("smartphone_subscriptions", "Yên Bái", "as_of", "2023-05-31", 612500.0),
            ("smartphone_subscriber_rate", "Yên Bái", "as_of", "2023-05-31", 78.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-04-30", 84.5),
        ],
    )
)

# Báo Bà Rịa - Vũng Tàu, first half of 2023: half-year dossier rate; e-invoices of the province's tax department and of the country since rollout, at 30/6/2023.
# Traps: coded-invoice sub-count after "trong đó", Vũng Tàu city's rate, budget revenue (no id).
CASES.append(
    (
        """BÁO BÀ RỊA - VŨNG TÀU
Thời sự | Kinh tế | Xã hội | Biển đảo | Khoa học - Công nghệ

Bà Rịa - Vũng Tàu: Số hóa mạnh mẽ trong thuế và dịch vụ công

20/07/2023 | Quang Vũ

6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Bà Rịa - Vũng Tàu đạt 45,3%; TP Vũng Tàu đạt 71%.

Từ khi triển khai hóa đơn điện tử (1/7/2022) đến ngày 30/6/2023, Cục Thuế tỉnh đã tiếp nhận, xử lý 78,6 triệu hóa đơn điện tử, trong đó 41,2 triệu hóa đơn có mã của cơ quan thuế. Cả nước, tính đến ngày 30/6/2023, cơ quan thuế đã tiếp nhận, xử lý hơn 2,1 tỷ hóa đơn điện tử.

Thu ngân sách nội địa 6 tháng của tỉnh đạt 17.850 tỷ đồng.

Tin liên quan
- Phú Mỹ: Hơn 90% doanh nghiệp kê khai thuế điện tử

Chia sẻ | Bình luận""",
        "2023-07-20",
        [
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "half", "2023-06-30", 45.3),
            ("e_invoices_total", "Bà Rịa - Vũng Tàu", "as_of", "2023-06-30", 78600000.0),
            ("e_invoices_total", "national", "as_of", "2023-06-30", 2100000000.0),
        ],
    )
)

# Báo An Giang after the 2025 merger, 10 months of 2025: ytd rates, eligible procedures full-process at 31/10/2025.
# Traps: count of communes, wards and special zones, a ward's and Phú Quốc special zone's rates, change in points, target.
CASES.append(
    (
        """BÁO AN GIANG
Thời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Biển đảo

An Giang: Hồ sơ trực tuyến tăng mạnh sau sáp nhập

12/11/2025 - 06:00 | Hữu Huynh

10 tháng năm 2025, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh An Giang (mới) đạt 82,4%, tăng 9,6 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,7%.

Tính đến ngày 31/10/2025, 100% TTHC đủ điều kiện đã được cung cấp dưới dạng DVCTT toàn trình. 102 xã, phường, đặc khu đều vận hành thông suốt hệ thống một cửa điện tử; phường Long Xuyên đạt 95%, đặc khu Phú Quốc đạt 97% hồ sơ trực tuyến.

Tỉnh phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.

[Ảnh] Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Rạch Giá. Ảnh: Hữu Huynh

Tin liên quan
- Hướng dẫn người dân thực hiện TTHC không phụ thuộc địa giới hành chính""",
        "2025-11-12",
        [
            ("online_dossier_rate", "An Giang", "ytd", "2025-10-31", 82.4),
            ("online_dossier_full_process_rate", "An Giang", "ytd", "2025-10-31", 61.7),
            ("full_process_provision_rate", "An Giang", "as_of", "2025-10-31", 100.0),
        ],
    )
)

# Cổng TTĐT tỉnh Trà Vinh: national count of provinces reducing fees at 15/3/2024; province's share of procedures online at 20/3/2024 and its 2-month ytd rate.
# Traps: the resolution number, the 50% fee cut, Trà Vinh city's rate.
CASES.append(
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH
Trang chủ › Tin tức - Sự kiện › Cải cách hành chính

Giảm 50% lệ phí khi thực hiện dịch vụ công trực tuyến

25/03/2024

HĐND tỉnh đã thông qua Nghị quyết số 05/2024/NQ-HĐND quy định giảm 50% mức thu phí, lệ phí đối với hồ sơ nộp trực tuyến, có hiệu lực từ ngày 1/4/2024. Theo Văn phòng Chính phủ, tính đến ngày 15/3/2024, đã có 52/63 địa phương ban hành nghị quyết giảm phí, lệ phí khi thực hiện DVCTT.

Tính đến ngày 20/3/2024, Trà Vinh cung cấp 1.702 DVCTT, đạt 89,1% tổng số TTHC. 2 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 54,6%; TP Trà Vinh đạt 76%.

Sở Tư pháp

Văn bản liên quan: Nghị quyết 05/2024/NQ-HĐND (tải về)""",
        "2024-03-25",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-03-15", 52.0),
            ("dvctt_rate", "Trà Vinh", "as_of", "2024-03-20", 89.1),
            ("online_dossier_rate", "Trà Vinh", "ytd", "2024-02-29", 54.6),
        ],
    )
)

# Bản tin chuyển đổi số tỉnh Kon Tum, no sidecar date: October 2024 month rate, 10-month ytd full-process share, 5G at 31/10/2024.
# Traps: Kon Tum city's rate, Tu Mơ Rông district, change vs September.
CASES.append(
    (
        """BẢN TIN CHUYỂN ĐỔI SỐ TỈNH KON TUM – SỐ 10/2024
Sở Thông tin và Truyền thông tỉnh Kon Tum

I. CHÍNH QUYỀN SỐ
Trong tháng 10/2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 57,3%, tăng 2,1% so với tháng 9. Lũy kế 10 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,2%. TP Kon Tum đạt 75%; huyện Tu Mơ Rông mới đạt 18,4%.

II. HẠ TẦNG SỐ
Tính đến ngày 31/10/2024, toàn tỉnh có 76 trạm 5G, tập trung tại TP Kon Tum và trung tâm các huyện.

III. XÃ HỘI SỐ
Các tổ công nghệ số cộng đồng tiếp tục hướng dẫn người dân cài đặt, sử dụng VNeID, ứng dụng ngân hàng số.

(Trang 1/4)""",
        None,
        [
            ("online_dossier_rate", "Kon Tum", "month", "2024-10-31", 57.3),
            ("online_dossier_full_process_rate", "Kon Tum", "ytd", "2024-10-31", 36.2),
            ("fiveg_bts_count", "Kon Tum", "as_of", "2024-10-31", 76.0),
        ],
    )
)
