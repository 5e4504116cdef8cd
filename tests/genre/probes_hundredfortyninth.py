"""Genre probes, round 149: provincial, district and commune papers reporting the province's, a district's and a commune's figures on one page, 2022-2026 (after the 2025 merger too), written blind and held out.

Held out to the end of stop 49 and not fitted: read with the stop's start code 9b8c798 (113 of 114 right, 113 of 116 found (0.99 / 0.97)) and with its final code (113 of 114, 113 of 116 (0.99 / 0.97)).
"""

CASES = []

CASES += [
    # Provincial daily (Nghệ An, 7/2024): half-year dossier, e-result and reuse rates; last year's half in parentheses is kept.
    # Traps: change in points, district and commune rates, count of districts under 40%, end-of-year targets.
    (
        """BÁO NGHỆ AN
Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số

Nghệ An: Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm đạt 62,8%

Thanh Thủy • 12/07/2024 08:45

(Baonghean.vn) - Theo báo cáo của Sở Thông tin và Truyền thông, 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh Nghệ An đạt 62,8%, tăng 14,6 điểm phần trăm so với cùng kỳ năm trước (cùng kỳ năm 2023 đạt 48,2%).

Cùng thời gian, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của tỉnh đạt 87,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,5%.

Ở cấp huyện, nhiều địa phương có chuyển biến rõ nét. Huyện Yên Thành dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 91,2%; thị xã Hoàng Mai đạt 85,7%. Tại xã Diễn Hồng (huyện Diễn Châu), 100% hồ sơ đăng ký khai sinh, khai tử được tiếp nhận qua môi trường mạng. Tuy vậy, vẫn còn 5 huyện miền núi có tỷ lệ hồ sơ trực tuyến dưới 40%, do hạ tầng mạng và kỹ năng số của người dân còn hạn chế.

Ông Trần Quốc Bảo, Phó Giám đốc Sở Thông tin và Truyền thông cho biết, thời gian tới Sở tiếp tục tham mưu UBND tỉnh đôn đốc các sở, ngành, địa phương, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trên 70%, tỷ lệ khai thác dữ liệu số hóa đạt 60%.

Tin liên quan:
- Nghệ An ra mắt Trợ lý ảo hỗ trợ thủ tục hành chính
- Yên Thành: 100% xã có tổ công nghệ số cộng đồng""",
        "2024-07-12",
        [
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 62.8),
            ("online_dossier_rate", "Nghệ An", "half", "2023-06-30", 48.2),
            ("e_result_rate", "Nghệ An", "half", "2024-06-30", 87.4),
            ("data_reuse_rate", "Nghệ An", "half", "2024-06-30", 41.5),
        ],
    ),
    # District portal (Thọ Xuân, Thanh Hóa, 10/2023): the district's own VNeID and dossier figures; only the province's total at 30/9 is a value.
    # Traps: district's applications/activations, activation rate, district dossier rate, province's national ranking, district target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số

Thọ Xuân đẩy mạnh triển khai Đề án 06
Ngày đăng: 05/10/2023 | Lượt xem: 312

Thực hiện Đề án 06 của Chính phủ, 9 tháng đầu năm 2023, Công an huyện Thọ Xuân đã thu nhận 112.640 hồ sơ định danh điện tử, kích hoạt 98.450 tài khoản, đạt 72,5% số công dân đủ điều kiện trên địa bàn. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến tại Bộ phận Một cửa huyện đạt 45,3%; 41/41 xã, thị trấn đã thành lập tổ công nghệ số cộng đồng.

Theo Công an tỉnh Thanh Hóa, tính đến ngày 30/9/2023, toàn tỉnh đã kích hoạt 2.145.300 tài khoản định danh điện tử, đứng thứ 3 cả nước về số lượng tài khoản được kích hoạt.

Ban Chỉ đạo Đề án 06 huyện đã ban hành 12 văn bản chỉ đạo, tổ chức 4 cuộc họp giao ban. Huyện Thọ Xuân phấn đấu đến hết năm 2023 kích hoạt 120.000 tài khoản, tỷ lệ hồ sơ trực tuyến cấp huyện đạt 60%.

Nguồn: Văn phòng HĐND - UBND huyện""",
        "2023-10-05",
        [
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2023-09-30", 2145300.0),
        ],
    ),
    # Provincial daily (Quảng Ninh, 11/2025): province's 5G stations, 5G population coverage and village coverage at end of October.
    # Traps: 4G coverage (no id), one operator's station count and speeds incl. upload, special zone Cô Tô, 2026 target.
    (
        """Quảng Ninh: Vùng phủ sóng 5G đạt 91,3% dân số

BQN - Theo Sở Khoa học và Công nghệ, đến hết tháng 10/2025, toàn tỉnh Quảng Ninh có 1.486 trạm BTS 5G của các doanh nghiệp viễn thông, vùng phủ sóng 5G đạt 91,3% dân số; 100% thôn, khu, bản đã có sóng di động băng rộng.

Mạng 4G hiện đã phủ 99,9% dân số, kể cả các đảo tiền tiêu. Riêng Viettel Quảng Ninh đã phát sóng 812 trạm 5G; theo đo kiểm của doanh nghiệp, tốc độ tải xuống trung bình trên mạng 5G của Viettel tại Hạ Long đạt 380 Mbps, tốc độ tải lên đạt 95 Mbps. Tại đặc khu Cô Tô, 100% khu dân cư và các bến tàu đã có sóng 5G.

Bà Nguyễn Thị Hương, Phó Giám đốc Sở Khoa học và Công nghệ cho biết, tỉnh đặt mục tiêu đến năm 2026 phủ sóng 5G cho 99% dân số, ưu tiên các khu công nghiệp, khu du lịch và các xã vùng cao như Hoành Mô, Lục Hồn.

Thu Hà""",
        "2025-11-12",
        [
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2025-10-31", 1486.0),
            ("fiveg_population_coverage_rate", "Quảng Ninh", "as_of", "2025-10-31", 91.3),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2025-10-31", 100.0),
        ],
    ),
    # Provincial daily (Bắc Giang, 1/2024): year 2023 review — digital economy share of GRDP, FTTH and smartphone shares at end-2023.
    # Traps: change in points, DTI rank, district (Lục Ngạn) e-commerce tonnage, 2025 target, count of plans.
    (
        """Bắc Giang: Kinh tế số đóng góp khoảng 22,6% GRDP

Năm 2023, kinh tế số của tỉnh Bắc Giang đóng góp khoảng 22,6% GRDP, tăng 3,1 điểm phần trăm so với năm 2022, chủ yếu nhờ khối doanh nghiệp sản xuất linh kiện điện tử tại các khu công nghiệp Quang Châu, Vân Trung, Đình Trám.

Hạ tầng số tiếp tục được đầu tư. Tính đến hết năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 85,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 82,4%. Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh xếp thứ 12/63 tỉnh, thành phố.

Ở huyện Lục Ngạn, trong mùa vải thiều năm 2023, đã có hơn 1.500 tấn vải được tiêu thụ qua các sàn thương mại điện tử, 100% hộ trồng vải quy mô lớn có tài khoản bán hàng trực tuyến.

Trong năm, UBND tỉnh ban hành 7 kế hoạch chuyên đề về chuyển đổi số. Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 30% GRDP.

Phương Linh""",
        "2024-01-10",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 22.6),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2023-12-31", 85.2),
            ("smartphone_subscriber_rate", "Bắc Giang", "as_of", "2023-12-31", 82.4),
        ],
    ),
    # Ministry monthly report excerpt (8/2024): full-process dossier share national / ministries / localities, one province named, NDXP month and daily average.
    # Traps: change vs July, count of localities under 20%, 2024 target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO Tình hình chuyển đổi số tháng 8 năm 2024

1. Dịch vụ công trực tuyến
Trong tháng 8/2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 38,6%, tăng 1,8 điểm phần trăm so với tháng 7/2024; khối bộ, ngành đạt 52,3%, khối địa phương đạt 33,9%. Địa phương có tỷ lệ cao nhất là Quảng Ninh với 78,4%; vẫn còn 12 địa phương có tỷ lệ dưới 20%.
Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử trong tháng đạt 72,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 40,2%.

2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng 8/2024, NDXP ghi nhận 62,4 triệu giao dịch, trung bình 2,01 triệu giao dịch mỗi ngày.

3. Nhiệm vụ thời gian tới
Đôn đốc các bộ, ngành, địa phương bảo đảm mục tiêu năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%.""",
        "2024-09-10",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-08-31", 38.6),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-08-31", 52.3),
            ("online_dossier_full_process_rate", "localities", "month", "2024-08-31", 33.9),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2024-08-31", 78.4),
            ("e_result_rate", "national", "month", "2024-08-31", 72.1),
            ("data_reuse_rate", "national", "month", "2024-08-31", 40.2),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 62400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 2010000.0),
        ],
    ),
    # Commune page after the merger (Tuyên Quang, 8/2025): the commune's July figures and the province's July rates.
    # Traps: commune dossier counts and rates, province's dossier count (no id), August target.
    (
        """UBND XÃ YÊN MINH - TỈNH TUYÊN QUANG
Trang thông tin điện tử

Xã Yên Minh: Hơn một tháng vận hành chính quyền địa phương hai cấp

Từ ngày 01/7 đến ngày 31/7/2025, Trung tâm Phục vụ hành chính công xã Yên Minh đã tiếp nhận 1.246 hồ sơ thủ tục hành chính, trong đó 1.180 hồ sơ nộp trực tuyến, đạt 94,7%; 100% kết quả giải quyết được trả bản điện tử vào kho dữ liệu của công dân trên Cổng Dịch vụ công quốc gia. Tổ công nghệ số cộng đồng của 32 thôn, tổ dân phố thường xuyên hướng dẫn người dân nộp hồ sơ qua điện thoại.

Theo Văn phòng UBND tỉnh, trong tháng 7/2025, toàn tỉnh Tuyên Quang tiếp nhận 86.520 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 84,6%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%.

Trong tháng 8, xã phấn đấu tỷ lệ hồ sơ trực tuyến đạt 97%, không để hồ sơ trễ hạn.

Ban Biên tập""",
        "2025-08-20",
        [
            ("online_dossier_rate", "Tuyên Quang", "month", "2025-07-31", 84.6),
            ("online_dossier_full_process_rate", "Tuyên Quang", "month", "2025-07-31", 52.3),
        ],
    ),
    # Provincial daily (Đồng Tháp, 10/2025): cashless payments; only the adult account share at 30/9 is a value.
    # Traps: QR counts, social-benefit and hospital cashless shares (no id), a ward market, value growth, target.
    (
        """Đồng Tháp đẩy mạnh thanh toán không dùng tiền mặt

Theo Ngân hàng Nhà nước Khu vực 8, đến ngày 30/9/2025, tỷ lệ người trưởng thành trên địa bàn tỉnh Đồng Tháp có tài khoản giao dịch tại ngân hàng đạt 86,4%. Toàn tỉnh có hơn 1,2 triệu mã QR thanh toán được cấp cho hộ kinh doanh, tiểu thương.

Tỷ lệ chi trả an sinh xã hội không dùng tiền mặt đạt 92%; tại Bệnh viện Đa khoa Đồng Tháp, 65% giao dịch viện phí được thanh toán qua chuyển khoản hoặc quét mã QR. Tại chợ Mỹ Tho (phường Mỹ Tho), 100% tiểu thương đã niêm yết mã QR.

Tổng giá trị giao dịch qua kênh Internet Banking và Mobile Banking trên địa bàn 9 tháng năm 2025 tăng 28% so với cùng kỳ. Năm 2026, ngành ngân hàng trên địa bàn phấn đấu nâng tỷ lệ người trưởng thành có tài khoản lên 90%.

Hữu Nghĩa""",
        "2025-10-15",
        [
            ("adults_with_bank_account_rate", "Đồng Tháp", "as_of", "2025-09-30", 86.4),
        ],
    ),
    # Provincial daily (Lào Cai, 6/2023): "hiện nay" dead-zone villages and village coverage share dated by the page.
    # Traps: "trong đó" villages without electricity, district counts, one operator's stations, 2022 flow of covered villages, 2025 target.
    (
        """Lào Cai: Nỗ lực xóa "vùng lõm" sóng di động

Hiện nay, toàn tỉnh Lào Cai còn 104 thôn, bản chưa có sóng điện thoại di động, trong đó 38 thôn chưa có điện lưới quốc gia; tỷ lệ thôn, bản có sóng di động đạt 94,3%. Các thôn lõm sóng tập trung ở huyện Bát Xát (23 thôn), Si Ma Cai (17 thôn) và Mường Khương (15 thôn).

Năm 2022, các doanh nghiệp viễn thông đã phủ sóng cho 47 thôn; riêng Viettel Lào Cai lắp đặt mới 32 trạm BTS tại các xã vùng cao.

Tỉnh phấn đấu đến hết năm 2025 xóa toàn bộ thôn, bản lõm sóng, bảo đảm 100% thôn có sóng di động băng rộng.

Bài, ảnh: Quang Minh""",
        "2023-06-20",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-06-20", 104.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-06-20", 94.3),
        ],
    ),
]

CASES += [
    # Provincial daily (Hà Giang, 11/2024): activated VNeID accounts and issued ID cards at 31/10.
    # Traps: applications received (not activations), share of eligible citizens, district (Mèo Vạc) rate, peak-days flow, year-end target.
    (
        """Hà Giang: Hơn 412 nghìn tài khoản định danh điện tử được kích hoạt

HGĐT - Tính đến ngày 31/10/2024, Công an tỉnh Hà Giang đã thu nhận 520.800 hồ sơ định danh điện tử mức 2, kích hoạt 412.300 tài khoản, đạt 74% số công dân đủ điều kiện; cấp 698.520 thẻ Căn cước công dân gắn chip và thẻ Căn cước.

Trong đợt cao điểm 10 ngày cuối tháng 10, lực lượng công an các xã đã thu nhận thêm 15.600 hồ sơ, tổ chức cấp lưu động tại các điểm trường, chợ phiên. Huyện Mèo Vạc có tỷ lệ kích hoạt đạt 68%, huyện Đồng Văn đạt 66,5%, thấp hơn mức bình quân của tỉnh do địa bàn rộng, nhiều người dân chưa có điện thoại thông minh.

Công an tỉnh phấn đấu đến hết năm 2024 tỷ lệ kích hoạt tài khoản định danh điện tử đạt 80% số công dân đủ điều kiện.

Đức Toàn""",
        "2024-11-08",
        [
            ("vneid_activated_accounts", "Hà Giang", "as_of", "2024-10-31", 412300.0),
            ("chip_id_cards_issued", "Hà Giang", "as_of", "2024-10-31", 698520.0),
        ],
    ),
    # Whole article, city daily after the merger (Hải Phòng, 12/2025): 11-month online and full-process dossier shares, "hiện nay" provision rate.
    # Traps: dossier count (no id), ward rates, change in points, 2026 targets.
    (
        """BÁO HẢI PHÒNG
Trang chủ / Chính quyền / Cải cách hành chính

Hải Phòng: Tỷ lệ hồ sơ trực tuyến 11 tháng đạt 88,2%

Cập nhật: 08:15, 08/12/2025 | Minh Khôi

Sau 5 tháng vận hành mô hình chính quyền địa phương hai cấp, công tác giải quyết thủ tục hành chính trên địa bàn thành phố Hải Phòng (sau hợp nhất với tỉnh Hải Dương) cơ bản thông suốt, không để gián đoạn.

Theo Sở Khoa học và Công nghệ thành phố, 11 tháng năm 2025, toàn thành phố tiếp nhận hơn 1,36 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 88,2%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,7%. So với cùng kỳ năm 2024, tỷ lệ hồ sơ trực tuyến tăng 21,4 điểm phần trăm.

Hiện nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình.

Ở cấp cơ sở, phường Lê Chân có tỷ lệ hồ sơ trực tuyến đạt 99,1%, phường Hải Dương đạt 97,6%; tuy nhiên, một số xã vùng ven và xã đảo vẫn dưới 60% do người dân lớn tuổi chưa quen thao tác trên môi trường mạng.

Năm 2026, thành phố đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, 100% kết quả giải quyết thủ tục hành chính được số hóa, lưu trữ điện tử.

Tin cùng chuyên mục
- Hải Phòng ra mắt ứng dụng công dân số phiên bản mới
- Phường Ngô Quyền thí điểm "bình dân học vụ số"

Chia sẻ: Facebook | Zalo""",
        "2025-12-08",
        [
            ("online_dossier_rate", "Hải Phòng", "ytd", "2025-11-30", 88.2),
            ("online_dossier_full_process_rate", "Hải Phòng", "ytd", "2025-11-30", 61.7),
            ("full_process_provision_rate", "Hải Phòng", "as_of", "2025-12-08", 100.0),
        ],
    ),
    # Provincial daily (Thừa Thiên Huế, 8/2023): FTTH, smartphone-subscription and internet-user shares at end of June.
    # Traps: survey share of adults owning smartphones (people, no id), district (A Lưới) fibre share, upload speed, 2025 target.
    (
        """Thừa Thiên Huế: Hạ tầng số tiếp tục được mở rộng

Tính đến hết tháng 6/2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh Thừa Thiên Huế đạt 82,3%; tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 86,5%; tỷ lệ dân số sử dụng Internet đạt 78,9%.

Theo khảo sát của Sở Thông tin và Truyền thông, 91% người trưởng thành trên địa bàn có điện thoại thông minh. Tại huyện miền núi A Lưới, tỷ lệ hộ có cáp quang mới đạt 56%. Kết quả đo kiểm cho thấy tốc độ tải lên trung bình của mạng băng rộng cố định trên địa bàn thành phố Huế đạt khoảng 85 Mbps.

Tỉnh phấn đấu đến năm 2025, 100% hộ gia đình có khả năng truy cập Internet cáp quang.

Hoàng Long""",
        "2023-08-15",
        [
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-06-30", 82.3),
            ("smartphone_subscriber_rate", "Thừa Thiên Huế", "as_of", "2023-06-30", 86.5),
            ("internet_users_rate", "Thừa Thiên Huế", "as_of", "2023-06-30", 78.9),
        ],
    ),
    # Provincial daily (Bình Dương, 4/2024): Q1 online and full-process dossier shares ("trong đó" another indicator) and satisfaction.
    # No traps: a plain provincial quarterly summary.
    (
        """Bình Dương: Quý I/2024 tỷ lệ hồ sơ trực tuyến đạt 92,45%

Quý I/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Bình Dương đạt 92,45%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,1%. Tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 99,2%.

Kết quả trên có được nhờ tỉnh triển khai đồng bộ nền tảng số, đưa bộ phận một cửa các cấp vào vận hành trên môi trường mạng và tăng cường đội ngũ hướng dẫn người dân tại chỗ. Nhiều thủ tục liên quan đến doanh nghiệp, đất đai, xây dựng đã được giải quyết hoàn toàn trực tuyến.

Kim Hà""",
        "2024-04-09",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2024-03-31", 92.45),
            ("online_dossier_full_process_rate", "Bình Dương", "quarter", "2024-03-31", 68.1),
            ("satisfaction_rate", "Bình Dương", "quarter", "2024-03-31", 99.2),
        ],
    ),
    # District portal (Kon Plông, Kon Tum, 12/2022): district's 11-month dossiers; province's 11-month online share and service share at 30/11.
    # Traps: district counts and rate, a commune at 100%, district target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KON PLÔNG - TỈNH KON TUM

Kon Plông: Nâng cao hiệu quả dịch vụ công trực tuyến

Cập nhật ngày 14/12/2022

11 tháng năm 2022, Bộ phận Một cửa huyện Kon Plông tiếp nhận 6.842 hồ sơ, trong đó 2.105 hồ sơ trực tuyến, đạt 30,8%. Tại xã Hiếu, 100% hồ sơ chứng thực, hộ tịch được nộp qua Cổng dịch vụ công của tỉnh nhờ sự hỗ trợ của đoàn viên thanh niên.

Theo Sở Thông tin và Truyền thông, 11 tháng năm 2022, tỷ lệ hồ sơ trực tuyến toàn tỉnh Kon Tum đạt 26,4%; tính đến ngày 30/11/2022, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến của tỉnh đạt 97,1%.

Năm 2023, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%.

Văn phòng HĐND-UBND huyện""",
        "2022-12-14",
        [
            ("online_dossier_rate", "Kon Tum", "ytd", "2022-11-30", 26.4),
            ("dvctt_rate", "Kon Tum", "as_of", "2022-11-30", 97.1),
        ],
    ),
    # City daily after the merger (Cần Thơ, 10/2025): Q3 window 01/7–30/9 for dossier shares and e-results; share of services with dossiers at 30/9.
    # Traps: dossier count, service counts with "trong đó", ward/commune rates, target.
    (
        """Cần Thơ: Quý III/2025 tỷ lệ hồ sơ trực tuyến đạt 79,8%

CTO - Từ ngày 01/7 đến ngày 30/9/2025, các cơ quan, đơn vị trên địa bàn thành phố Cần Thơ tiếp nhận 412.600 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 79,8%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,6%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 93,2%.

Tính đến ngày 30/9/2025, thành phố cung cấp 1.712 dịch vụ công trực tuyến, trong đó 1.045 dịch vụ toàn trình; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 68,3%.

Phường Ninh Kiều dẫn đầu với tỷ lệ hồ sơ trực tuyến 96%; phường Vị Thanh đạt 91,4%, phường Sóc Trăng đạt 88,7%. Một số xã như Lịch Hội Thượng, Trần Đề còn dưới 50%.

Thành phố phấn đấu quý IV/2025 tỷ lệ hồ sơ trực tuyến đạt trên 85%.

Gia Bảo""",
        "2025-10-06",
        [
            ("online_dossier_rate", "Cần Thơ", "quarter", "2025-09-30", 79.8),
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2025-09-30", 48.6),
            ("e_result_rate", "Cần Thơ", "quarter", "2025-09-30", 93.2),
            ("dvctt_with_dossiers_rate", "Cần Thơ", "as_of", "2025-09-30", 68.3),
        ],
    ),
    # City portal after the merger (Đà Nẵng), no sidecar date: August online share and VNeID at 31/8 both dated by the text.
    # Traps: ward and commune rates, activation share, September target.
    (
        """Đà Nẵng: Tháng 8/2025 tỷ lệ hồ sơ trực tuyến đạt 90,6%

Trong tháng 8/2025, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của thành phố Đà Nẵng đạt 90,6%. Phường Hải Châu đạt 98,2%, phường Hội An đạt 95,1%; xã Trà My, xã Nam Trà My chỉ đạt lần lượt 61% và 54% do hạ tầng mạng ở vùng núi còn hạn chế.

Về Đề án 06, tính đến ngày 31/8/2025, toàn thành phố có 2,21 triệu tài khoản định danh điện tử được kích hoạt, đạt 88% số công dân đủ điều kiện.

Tháng 9/2025, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến đạt 93%.

Trung tâm Thông tin - Sở Khoa học và Công nghệ""",
        None,
        [
            ("online_dossier_rate", "Đà Nẵng", "month", "2025-08-31", 90.6),
            ("vneid_activated_accounts", "Đà Nẵng", "as_of", "2025-08-31", 2210000.0),
        ],
    ),
    # Provincial daily after the merger (Gia Lai, 1/2026): ID cards issued and VNeID accounts at 31/12/2025.
    # Traps: ward figure, share of eligible citizens, population-database authentications (no id), 2026 target.
    (
        """Gia Lai: Hoàn thành nhiều chỉ tiêu Đề án 06 năm 2025

Tính đến ngày 31/12/2025, Công an tỉnh Gia Lai đã cấp 2.865.400 thẻ căn cước; kích hoạt 2.104.700 tài khoản định danh điện tử mức 2, đạt hơn 96% số công dân đủ điều kiện. Riêng phường Quy Nhơn đã kích hoạt 118.500 tài khoản, cao nhất tỉnh.

Trong năm 2025, hệ thống đã thực hiện 4,8 triệu lượt xác thực thông tin công dân qua Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính.

Năm 2026, Công an tỉnh phấn đấu 100% công dân đủ điều kiện được kích hoạt tài khoản định danh điện tử.

Minh Tú""",
        "2026-01-12",
        [
            ("chip_id_cards_issued", "Gia Lai", "as_of", "2025-12-31", 2865400.0),
            ("vneid_activated_accounts", "Gia Lai", "as_of", "2025-12-31", 2104700.0),
        ],
    ),
]

CASES += [
    # Provincial daily after the merger (Thái Nguyên, 2/2026): 2025 digital-economy share (ước) and digital-economy growth (growth is the indicator).
    # Traps: change in points, one company's export value, ward (Phổ Yên) figure, 2030 target.
    (
        """Thái Nguyên: Kinh tế số ước đạt 40,5% GRDP

Năm 2025, kinh tế số của tỉnh Thái Nguyên ước đạt 40,5% GRDP, tăng 2,1 điểm phần trăm so với năm 2024; tốc độ tăng trưởng kinh tế số đạt 15,2%, cao hơn tốc độ tăng trưởng chung của nền kinh tế.

Đóng góp chủ yếu vẫn đến từ công nghiệp điện tử: riêng Samsung Electronics Việt Nam Thái Nguyên đạt kim ngạch xuất khẩu hơn 26 tỷ USD. Tại phường Phổ Yên, 100% hộ kinh doanh trong các chợ đã sử dụng thanh toán không dùng tiền mặt.

Theo Nghị quyết của Tỉnh ủy, đến năm 2030 kinh tế số chiếm 45% GRDP, hình thành ít nhất 2 doanh nghiệp công nghệ số quy mô lớn.

Văn Thành""",
        "2026-02-05",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2025-12-31", 40.5),
            ("digital_economy_growth", "Thái Nguyên", "year", "2025-12-31", 15.2),
        ],
    ),
    # National news summary of the Ministry's April 2024 report: online share split ministries/localities, one province named, portal accounts month flow and stock.
    # Traps: count of localities under 20%, change in points, one ministry's rate.
    (
        """Tỷ lệ hồ sơ xử lý trực tuyến tháng 4/2024 đạt 46,3%

(ICTnews) - Báo cáo tháng 4/2024 của Bộ Thông tin và Truyền thông cho thấy, tỷ lệ hồ sơ xử lý trực tuyến trong tháng của cả nước đạt 46,3%, tăng 2,4 điểm phần trăm so với tháng trước; trong đó khối bộ, ngành đạt 61,8%, khối địa phương đạt 39,5%. Bộ Tài chính tiếp tục dẫn đầu khối bộ với 96,7%. Ở khối địa phương, Đắk Nông có tỷ lệ thấp nhất với 14,2%; cả nước còn 06 địa phương dưới 20%.

Trong tháng, Cổng Dịch vụ công quốc gia có thêm 512.000 tài khoản đăng ký mới; tính đến ngày 30/4/2024, tổng số tài khoản đăng ký trên Cổng đạt 12,6 triệu.

Hải Đăng""",
        "2024-05-08",
        [
            ("online_dossier_rate", "national", "month", "2024-04-30", 46.3),
            ("online_dossier_rate", "ministries", "month", "2024-04-30", 61.8),
            ("online_dossier_rate", "localities", "month", "2024-04-30", 39.5),
            ("online_dossier_rate", "Đắk Nông", "month", "2024-04-30", 14.2),
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 512000.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 12600000.0),
        ],
    ),
    # Provincial daily (Lạng Sơn, 4/2025): Q1 online share, e-results, reuse and satisfaction.
    # Traps: district (Cao Lộc) and commune rates, service-index points (no id), target.
    (
        """Lạng Sơn: Nhiều chỉ số cải cách hành chính quý I tăng

Quý I/2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh Lạng Sơn đạt 71,4%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,7%. Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 98,9%.

Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh quý I đạt 82,5/100 điểm. Huyện Cao Lộc có tỷ lệ hồ sơ trực tuyến cao nhất với 85%; xã Tân Liên (huyện Cao Lộc) đạt 100% hồ sơ hộ tịch trực tuyến.

Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt trên 80%.

Hoàng Anh""",
        "2025-04-10",
        [
            ("online_dossier_rate", "Lạng Sơn", "quarter", "2025-03-31", 71.4),
            ("e_result_rate", "Lạng Sơn", "quarter", "2025-03-31", 96.5),
            ("data_reuse_rate", "Lạng Sơn", "quarter", "2025-03-31", 52.7),
            ("satisfaction_rate", "Lạng Sơn", "quarter", "2025-03-31", 98.9),
        ],
    ),
    # Provincial year-end page (Quảng Bình), no sidecar date: year 2024 dossier shares and FTTH at 31/12/2024, all dated in the text.
    # No traps.
    (
        """QUẢNG BÌNH: CHUYỂN ĐỔI SỐ NĂM 2024 - NHỮNG DẤU ẤN

Năm 2024, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh Quảng Bình đạt 58,9%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,2%.

Tính đến ngày 31/12/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 79,6%.

Những kết quả này cho thấy nhận thức của cán bộ, người dân về chuyển đổi số đã có chuyển biến rõ nét, nhất là ở các xã vùng sâu, vùng xa, nơi các tổ công nghệ số cộng đồng trực tiếp đến từng hộ để hướng dẫn.

Phan Phương""",
        None,
        [
            ("online_dossier_rate", "Quảng Bình", "year", "2024-12-31", 58.9),
            ("online_dossier_full_process_rate", "Quảng Bình", "year", "2024-12-31", 36.2),
            ("ftth_household_rate", "Quảng Bình", "as_of", "2024-12-31", 79.6),
        ],
    ),
    # Provincial daily (Bến Tre, 9/2023): adult account share at 31/8.
    # Traps: school-fee cashless share, district (Ba Tri) and QR counts, one operator's Mobile Money customers, target.
    (
        """Bến Tre: Thanh toán không dùng tiền mặt lan tỏa đến vùng nông thôn

Tính đến ngày 31/8/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng trên địa bàn tỉnh Bến Tre đạt 81,7%. Toàn tỉnh có 2.150 điểm chấp nhận thanh toán bằng mã QR; 96% trường học đã thu học phí không dùng tiền mặt.

Tại huyện Ba Tri, 100% chi trả lương hưu, trợ cấp bảo hiểm xã hội được thực hiện qua tài khoản. Viettel Money đã phát triển 45.200 khách hàng Mobile Money trên địa bàn tỉnh.

Mục tiêu đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản đạt 85%.

Thanh Đồng""",
        "2023-09-22",
        [
            ("adults_with_bank_account_rate", "Bến Tre", "as_of", "2023-08-31", 81.7),
        ],
    ),
    # Provincial daily (Sơn La, 11/2025): villages without coverage and village coverage share at 31/10/2025.
    # Traps: "trong đó" villages without power, commune counts, one operator's stations, 2026 target.
    (
        """Sơn La còn 287 bản "trắng" sóng di động

Đến ngày 31/10/2025, toàn tỉnh Sơn La còn 287 bản chưa có sóng di động, trong đó 64 bản chưa có điện lưới; tỷ lệ bản có sóng di động băng rộng đạt 91,2%.

Các bản lõm sóng tập trung tại các xã vùng cao biên giới như Mường Lạn (21 bản), Chiềng Khương (14 bản). Trong năm 2025, Viettel Sơn La đã xây dựng mới 45 trạm BTS phục vụ các bản vùng sâu.

Tỉnh đặt mục tiêu năm 2026 phủ sóng thêm 150 bản, tiến tới xóa toàn bộ vùng lõm sóng vào năm 2027.

Quỳnh Anh""",
        "2025-11-18",
        [
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2025-10-31", 287.0),
            ("villages_with_mobile_coverage_rate", "Sơn La", "as_of", "2025-10-31", 91.2),
        ],
    ),
    # City daily (Hà Nội, 10/2025): 5G stations, 5G population coverage and FTTH at end of September.
    # Traps: ward coverage, one operator's stations and speeds (incl. upload), growth multiple.
    (
        """Hà Nội: Phủ sóng 5G đạt 95,6% dân số

Tính đến hết tháng 9/2025, trên địa bàn Thủ đô có 4.870 trạm BTS 5G, vùng phủ sóng 5G đạt 95,6% dân số; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 96,2%.

Số trạm 5G tăng gấp 3,2 lần so với đầu năm. Riêng VNPT Hà Nội đã phát sóng 1.630 trạm, tốc độ tải xuống trung bình đo được tại phường Cửa Nam đạt 520 Mbps, tải lên 110 Mbps. Các phường Hoàn Kiếm, Ba Đình, Cửa Nam đã được phủ sóng 5G 100% diện tích.

Ngọc Lan""",
        "2025-10-20",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-09-30", 4870.0),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-09-30", 95.6),
            ("ftth_household_rate", "Hà Nội", "as_of", "2025-09-30", 96.2),
        ],
    ),
    # Provincial daily after the merger (Vĩnh Long, 10/2025): Q3 online share, VNeID accounts at 30/9.
    # No traps.
    (
        """Vĩnh Long: Quý III/2025 tỷ lệ hồ sơ trực tuyến đạt 82,4%

Quý III/2025, quý đầu tiên vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh Vĩnh Long đạt 82,4%.

Tính đến ngày 30/9/2025, toàn tỉnh có 2.316.800 tài khoản định danh điện tử được kích hoạt.

Lãnh đạo UBND tỉnh yêu cầu các xã, phường tiếp tục kiện toàn Trung tâm Phục vụ hành chính công, bảo đảm trang thiết bị và đường truyền để người dân không phải đi lại nhiều lần.

Thảo Nguyên""",
        "2025-10-09",
        [
            ("online_dossier_rate", "Vĩnh Long", "quarter", "2025-09-30", 82.4),
            ("vneid_activated_accounts", "Vĩnh Long", "as_of", "2025-09-30", 2316800.0),
        ],
    ),
]

CASES += [
    # Provincial daily (Yên Bái, 8/2024): July online share; chip ID cards at 31/7.
    # Traps: district rates (Trấn Yên, Mù Cang Chải), "trong đó" criminal-record dossiers, target.
    (
        """Yên Bái: Tháng 7/2024 tỷ lệ hồ sơ trực tuyến đạt 57,3%

Trong tháng 7/2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh Yên Bái đạt 57,3%; các cơ quan, địa phương tiếp nhận 38.420 hồ sơ, trong đó có 1.250 hồ sơ cấp phiếu lý lịch tư pháp trực tuyến. Huyện Trấn Yên dẫn đầu với 82%, huyện Mù Cang Chải thấp nhất với 38%.

Tính đến ngày 31/7/2024, Công an tỉnh đã cấp 612.450 thẻ Căn cước công dân gắn chip.

Tỉnh phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến đạt 70%.

Thanh Chi""",
        "2024-08-14",
        [
            ("online_dossier_rate", "Yên Bái", "month", "2024-07-31", 57.3),
            ("chip_id_cards_issued", "Yên Bái", "as_of", "2024-07-31", 612450.0),
        ],
    ),
    # Provincial daily (Long An, 10/2024): 9-month online share; service and full-process service shares at 30/9 ("trong đó" another indicator).
    # Traps: district (Đức Hòa) and commune rates, change in points, target.
    (
        """Long An: 9 tháng, tỷ lệ hồ sơ trực tuyến đạt 76,9%

9 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Long An đạt 76,9%, tăng 8,5 điểm phần trăm so với cùng kỳ.

Tính đến ngày 30/9/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến của tỉnh đạt 98,3%, trong đó tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình đạt 63,4%.

Huyện Đức Hòa có tỷ lệ hồ sơ trực tuyến cao nhất với 93,6%; xã Mỹ Hạnh Nam (huyện Đức Hòa) đạt 100% hồ sơ hộ tịch trực tuyến. Tỉnh phấn đấu cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt 80%.

Minh Phương""",
        "2024-10-11",
        [
            ("online_dossier_rate", "Long An", "ytd", "2024-09-30", 76.9),
            ("dvctt_rate", "Long An", "as_of", "2024-09-30", 98.3),
            ("dvctt_full_process_rate", "Long An", "as_of", "2024-09-30", 63.4),
        ],
    ),
    # Provincial daily after the merger (Quảng Ngãi, 12/2025): 5G stations and coverage at 30/11.
    # Traps: one operator's stations, special zone Lý Sơn, the western communes (former Kon Tum) as a sub-area, growth multiple, target.
    (
        """Quảng Ngãi: Hơn 1.100 trạm 5G phủ sóng toàn tỉnh

Tính đến ngày 30/11/2025, toàn tỉnh Quảng Ngãi có 1.138 trạm 5G; vùng phủ sóng 5G đạt 74,8% dân số. Số trạm tăng 3,5 lần so với đầu năm, trong đó Viettel chiếm 690 trạm.

Tại đặc khu Lý Sơn, 100% khu dân cư đã có sóng 5G. Khu vực phía Tây của tỉnh (các xã thuộc tỉnh Kon Tum trước đây) có 312 trạm, tập trung ở phường Kon Tum và các xã dọc Quốc lộ 14.

Năm 2026, tỉnh phấn đấu vùng phủ 5G đạt 90% dân số.

Thanh Nhị""",
        "2025-12-16",
        [
            ("fiveg_bts_count", "Quảng Ngãi", "as_of", "2025-11-30", 1138.0),
            ("fiveg_population_coverage_rate", "Quảng Ngãi", "as_of", "2025-11-30", 74.8),
        ],
    ),
    # Provincial daily (Thanh Hóa, 1/2023): year 2022 review — yearly online share (ước), adult-use share at end-2022.
    # Traps: city/district rates (Sầm Sơn, Mường Lát), DTI rank, 2023 target.
    (
        """Thanh Hóa: Năm 2022, tỷ lệ hồ sơ trực tuyến ước đạt 35,6%

Năm 2022, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Thanh Hóa ước đạt 35,6%. Đến cuối năm 2022, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 28,4%.

Thành phố Sầm Sơn có tỷ lệ hồ sơ trực tuyến cao nhất với 68%, trong khi huyện Mường Lát chỉ đạt 9%. Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021 của Thanh Hóa xếp thứ 20/63.

Năm 2023, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 50%.

Lê Hội""",
        "2023-01-06",
        [
            ("online_dossier_rate", "Thanh Hóa", "year", "2022-12-31", 35.6),
            ("adult_population_using_dvctt_rate", "Thanh Hóa", "as_of", "2022-12-31", 28.4),
        ],
    ),
    # Provincial daily after the merger (Hưng Yên, 1/2026): year 2025 full-process dossiers, e-results, reuse.
    # Traps: ward and commune rates, change in points, 2026 target, count of meetings.
    (
        """Hưng Yên: Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,4%

Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh Hưng Yên đạt 58,4%, tăng 12,6 điểm phần trăm so với năm 2024; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 97,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 64,8%.

Phường Thái Bình và phường Phố Hiến có tỷ lệ hồ sơ trực tuyến toàn trình trên 80%; xã Tiền Hải đạt 71%. Ban Chỉ đạo tỉnh đã tổ chức 6 phiên họp chuyên đề về chuyển đổi số trong năm.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 75%.

Đức Anh""",
        "2026-01-09",
        [
            ("online_dossier_full_process_rate", "Hưng Yên", "year", "2025-12-31", 58.4),
            ("e_result_rate", "Hưng Yên", "year", "2025-12-31", 97.2),
            ("data_reuse_rate", "Hưng Yên", "year", "2025-12-31", 64.8),
        ],
    ),
    # National news (7/2025): half-year full-process dossier share with one province; full-process service shares ministries/localities at 30/6; national 5G stations.
    # Traps: one ministry's figure, year-end target, stations of one operator.
    (
        """Chính phủ số: Nhiều chỉ tiêu 6 tháng đầu năm 2025 chuyển biến tích cực

(Chinhphu.vn) - 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 42,8%. Bắc Ninh dẫn đầu khối địa phương với 89,6%; trong khối bộ, Bộ Công an đạt 92%.

Tính đến ngày 30/6/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của khối bộ, ngành đạt 58,2%, khối địa phương đạt 49,6%.

Về hạ tầng, tính đến ngày 30/6/2025, cả nước có hơn 9.000 trạm 5G, riêng Viettel đã phát sóng 6.500 trạm.

Chính phủ yêu cầu phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2025-07-14",
        [
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 42.8),
            ("online_dossier_full_process_rate", "Bắc Ninh", "half", "2025-06-30", 89.6),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-06-30", 58.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-06-30", 49.6),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9000.0),
        ],
    ),
    # Provincial daily (Điện Biên, 4/2023): dead-zone villages and FTTH at 31/3.
    # Traps: district (Mường Nhé), "trong đó" villages without power, 2022 flow, target.
    (
        """Điện Biên: Còn 128 thôn, bản chưa có sóng điện thoại

Tính đến ngày 31/3/2023, toàn tỉnh Điện Biên còn 128 thôn, bản chưa có sóng điện thoại di động, trong đó 57 bản chưa có điện lưới quốc gia. Riêng huyện Mường Nhé còn 41 bản. Năm 2022, các doanh nghiệp đã phủ sóng được 23 bản.

Tính đến ngày 31/3/2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 52,6%.

Tỉnh phấn đấu đến năm 2025 cơ bản xóa các thôn, bản lõm sóng.

Phạm Quang""",
        "2023-04-18",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2023-03-31", 128.0),
            ("ftth_household_rate", "Điện Biên", "as_of", "2023-03-31", 52.6),
        ],
    ),
    # Provincial daily after the merger (Cà Mau, 11/2025): FTTH, smartphone-subscription and internet-user shares at 31/10.
    # Traps: communes with fibre (no id), commune FTTH share, upload speed, one operator's new subscribers.
    (
        """Cà Mau: Hạ tầng số vươn tới vùng sâu, vùng xa

Tính đến ngày 31/10/2025, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh Cà Mau đạt 78,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,9%; tỷ lệ dân số sử dụng Internet đạt 81,3%.

100% xã, phường đã có hạ tầng cáp quang đến trung tâm. Tuy vậy, tại xã Đất Mũi, tỷ lệ hộ có cáp quang mới đạt 62%. Tốc độ tải lên trung bình của mạng di động tại phường Bạc Liêu đạt 28 Mbps. VNPT Cà Mau phát triển mới 12.500 thuê bao băng rộng cố định trong 10 tháng.

Huỳnh Lâm""",
        "2025-11-25",
        [
            ("ftth_household_rate", "Cà Mau", "as_of", "2025-10-31", 78.4),
            ("smartphone_subscriber_rate", "Cà Mau", "as_of", "2025-10-31", 84.9),
            ("internet_users_rate", "Cà Mau", "as_of", "2025-10-31", 81.3),
        ],
    ),
]

CASES += [
    # Provincial daily after the merger (Phú Thọ, 9/2025): VNeID accounts and ID cards at 31/8, August online share.
    # Traps: ward/commune figures, activation share, target.
    (
        """Phú Thọ: Hơn 2,68 triệu tài khoản định danh điện tử được kích hoạt

Tính đến ngày 31/8/2025, Công an tỉnh Phú Thọ đã kích hoạt 2.684.300 tài khoản định danh điện tử mức 2, đạt 89,5% số công dân đủ điều kiện; cấp 3.412.600 thẻ căn cước. Phường Việt Trì và phường Vĩnh Phúc là hai địa phương có số tài khoản kích hoạt cao nhất, lần lượt 142.600 và 121.300 tài khoản; xã Tam Đảo đạt tỷ lệ kích hoạt 93%.

Trong tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 87,9%.

Công an tỉnh phấn đấu đến hết năm 2025 kích hoạt cho 95% công dân đủ điều kiện.

Hà Trang""",
        "2025-09-10",
        [
            ("vneid_activated_accounts", "Phú Thọ", "as_of", "2025-08-31", 2684300.0),
            ("chip_id_cards_issued", "Phú Thọ", "as_of", "2025-08-31", 3412600.0),
            ("online_dossier_rate", "Phú Thọ", "month", "2025-08-31", 87.9),
        ],
    ),
    # Provincial daily after the merger (Khánh Hòa, 10/2025): adult account share at end of September.
    # Traps: ward (Nha Trang) share of hotels with QR, cashless share at tourist sites, payment value in tỷ đồng (no id), target.
    (
        """Khánh Hòa: Du khách dễ dàng "quẹt thẻ, quét mã"

Đến cuối tháng 9/2025, tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh Khánh Hòa đạt 89,1%. Tại phường Nha Trang, 95% cơ sở lưu trú đã chấp nhận thanh toán bằng mã QR; tỷ lệ giao dịch không dùng tiền mặt tại các điểm du lịch lớn đạt khoảng 70%.

9 tháng năm 2025, tổng giá trị thanh toán qua POS và mã QR trên địa bàn đạt 12.500 tỷ đồng. Tỉnh phấn đấu đến năm 2026 có 95% người trưởng thành sở hữu tài khoản thanh toán.

Xuân Thành""",
        "2025-10-28",
        [
            ("adults_with_bank_account_rate", "Khánh Hòa", "as_of", "2025-09-30", 89.1),
        ],
    ),
    # Provincial daily (Hậu Giang, 3/2024): national ID cards and VNeID at 15/3 beside the province's own at the same date.
    # Traps: district/city figures, activation share, target.
    (
        """Hậu Giang tăng tốc kích hoạt tài khoản định danh điện tử

Theo Bộ Công an, tính đến ngày 15/3/2024, cả nước đã cấp hơn 85,6 triệu thẻ Căn cước công dân gắn chip, kích hoạt 55,3 triệu tài khoản định danh điện tử.

Tại Hậu Giang, tính đến ngày 15/3/2024, Công an tỉnh đã cấp 598.700 thẻ Căn cước công dân gắn chip, kích hoạt 389.250 tài khoản định danh điện tử, đạt 71% số công dân đủ điều kiện. Thành phố Vị Thanh có tỷ lệ kích hoạt cao nhất với 82%; huyện Phụng Hiệp đạt 64%.

Công an tỉnh phấn đấu đến ngày 30/6/2024 kích hoạt 450.000 tài khoản.

Trúc Ly""",
        "2024-03-25",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 85600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-15", 55300000.0),
            ("chip_id_cards_issued", "Hậu Giang", "as_of", "2024-03-15", 598700.0),
            ("vneid_activated_accounts", "Hậu Giang", "as_of", "2024-03-15", 389250.0),
        ],
    ),
    # District portal (Trần Đề, Sóc Trăng, 12/2023): district's dossiers; the province's 11-month online share.
    # Traps: district counts and rate, commune rate, district target.
    (
        """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ

Trần Đề: Chuyển biến trong giải quyết thủ tục hành chính trực tuyến
12/12/2023

11 tháng năm 2023, Bộ phận Một cửa huyện Trần Đề tiếp nhận 9.215 hồ sơ, trong đó 3.870 hồ sơ trực tuyến, đạt 42%. Xã Lịch Hội Thượng có tỷ lệ hồ sơ trực tuyến cao nhất huyện với 76%.

Theo UBND tỉnh, 11 tháng năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh Sóc Trăng đạt 52,6%.

Năm 2024, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%.

Văn phòng HĐND và UBND huyện""",
        "2023-12-12",
        [
            ("online_dossier_rate", "Sóc Trăng", "ytd", "2023-11-30", 52.6),
        ],
    ),
    # Provincial daily after the merger (Đắk Lắk, 12/2025): share of services with dossiers and full-process provision over eligible procedures at 30/11.
    # Traps: service counts, the province's own list of essential services (22/25), ward rates.
    (
        """Đắk Lắk: Nâng chất lượng dịch vụ công trực tuyến sau sáp nhập

Tính đến ngày 30/11/2025, tỉnh Đắk Lắk cung cấp 1.836 dịch vụ công trực tuyến; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,6%; tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 98,4%.

Trong danh mục 25 dịch vụ công thiết yếu do UBND tỉnh ban hành, đã có 22/25 dịch vụ được cung cấp toàn trình. Phường Buôn Ma Thuột có tỷ lệ hồ sơ trực tuyến 94,5%, phường Tuy Hòa đạt 91,2%.

Hồng Nhung""",
        "2025-12-03",
        [
            ("dvctt_with_dossiers_rate", "Đắk Lắk", "as_of", "2025-11-30", 71.6),
            ("full_process_provision_rate", "Đắk Lắk", "as_of", "2025-11-30", 98.4),
        ],
    ),
    # Provincial daily (Quảng Nam, 6/2024): 5-month online share, e-results, satisfaction (ytd to May).
    # Traps: city (Hội An) and district (Nam Trà My) rates, change, target.
    (
        """Quảng Nam: 5 tháng, tỷ lệ hồ sơ trực tuyến đạt 49,7%

5 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh Quảng Nam đạt 49,7%, tăng 11,2 điểm phần trăm so với cùng kỳ; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 91,3%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 97,8%.

Thành phố Hội An dẫn đầu với 80%; huyện Nam Trà My thấp nhất, chỉ 12%. Tỉnh phấn đấu cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt 65%.

Vĩnh Lộc""",
        "2024-06-20",
        [
            ("online_dossier_rate", "Quảng Nam", "ytd", "2024-05-31", 49.7),
            ("e_result_rate", "Quảng Nam", "ytd", "2024-05-31", 91.3),
            ("satisfaction_rate", "Quảng Nam", "ytd", "2024-05-31", 97.8),
        ],
    ),
    # Provincial daily (Hải Dương, 3/2023): February online share of the province and the national rate.
    # No traps: province and national rates for the same month.
    (
        """Hải Dương: Tháng 2/2023 tỷ lệ hồ sơ trực tuyến đạt 31,4%

Trong tháng 2/2023, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh Hải Dương đạt 31,4%, cao hơn tỷ lệ chung của cả nước trong tháng 2/2023 là 28,7%.

Sở Thông tin và Truyền thông đề nghị các sở, ngành, địa phương tiếp tục rà soát, cắt giảm giấy tờ không cần thiết, tăng cường tuyên truyền để người dân biết và sử dụng dịch vụ công trực tuyến.

Thành Chung""",
        "2023-03-08",
        [
            ("online_dossier_rate", "Hải Dương", "month", "2023-02-28", 31.4),
            ("online_dossier_rate", "national", "month", "2023-02-28", 28.7),
        ],
    ),
    # Provincial daily after the merger (An Giang, 3/2026): 2-month online and full-process shares (ytd to February).
    # Traps: special zone Phú Quốc and ward rates, change in points, 2026 target.
    (
        """An Giang: 2 tháng đầu năm 2026, tỷ lệ hồ sơ trực tuyến đạt 86,7%

2 tháng đầu năm 2026, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh An Giang đạt 86,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,2%, tăng 9,4 điểm phần trăm so với cùng kỳ.

Đặc khu Phú Quốc có tỷ lệ hồ sơ trực tuyến 98%; phường Rạch Giá đạt 95,5%, phường Long Xuyên đạt 94,1%.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%.

Phước Lộc""",
        "2026-03-10",
        [
            ("online_dossier_rate", "An Giang", "ytd", "2026-02-28", 86.7),
            ("online_dossier_full_process_rate", "An Giang", "ytd", "2026-02-28", 63.2),
        ],
    ),
    # Provincial daily (Bình Định, 10/2024): UN EGDI 2024 rank with the 2022 rank in parentheses; province's full-process service share at 30/9.
    # Traps: rank change, another country's rank, DTI rank, city (Quy Nhơn) figure.
    (
        """Bình Định: Đẩy mạnh dịch vụ công trực tuyến toàn trình

Tháng 9/2024, Liên Hợp Quốc công bố kết quả khảo sát Chính phủ điện tử năm 2024, Việt Nam xếp hạng 71/193 quốc gia (năm 2022 xếp 86/193), tăng 15 bậc; Hàn Quốc xếp thứ 4.

Tại Bình Định, tính đến ngày 30/9/2024, tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình của tỉnh đạt 57,2%. Chỉ số DTI năm 2023 của tỉnh xếp thứ 14/63. Thành phố Quy Nhơn có 100% phường triển khai thanh toán trực tuyến phí, lệ phí.

Nhật Minh""",
        "2024-10-02",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("dvctt_full_process_rate", "Bình Định", "as_of", "2024-09-30", 57.2),
        ],
    ),
    # Provincial daily after the merger (Lâm Đồng, 11/2025): 5G stations, 5G population coverage, FTTH at end of October.
    # No traps.
    (
        """Lâm Đồng: Hạ tầng 5G phủ rộng sau hợp nhất

Đến hết tháng 10/2025, toàn tỉnh Lâm Đồng có 1.352 trạm 5G, vùng phủ sóng 5G đạt 68,4% dân số; tỷ lệ hộ gia đình có kết nối cáp quang đạt 81,7%.

Sở Khoa học và Công nghệ cho biết, việc phát triển hạ tầng 5G được ưu tiên tại các trung tâm hành chính, khu du lịch và khu công nghiệp; các doanh nghiệp viễn thông được tạo điều kiện dùng chung cột treo cáp, nhà trạm.

Khánh Phúc""",
        "2025-11-05",
        [
            ("fiveg_bts_count", "Lâm Đồng", "as_of", "2025-10-31", 1352.0),
            ("fiveg_population_coverage_rate", "Lâm Đồng", "as_of", "2025-10-31", 68.4),
            ("ftth_household_rate", "Lâm Đồng", "as_of", "2025-10-31", 81.7),
        ],
    ),
    # Provincial daily after the merger (Ninh Bình, 10/2025): full-process service share at 15/10, September online share.
    # No traps.
    (
        """Ninh Bình: 72,6% thủ tục hành chính được cung cấp trực tuyến toàn trình

Tính đến ngày 15/10/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của tỉnh Ninh Bình đạt 72,6%. Trong tháng 9/2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 91,3%.

Tỉnh đã chuẩn hóa quy trình nội bộ, cấu hình lại toàn bộ thủ tục trên Hệ thống thông tin giải quyết thủ tục hành chính sau khi hợp nhất với Hà Nam, Nam Định, bảo đảm người dân nộp hồ sơ ở bất kỳ xã, phường nào.

Mai Hương""",
        "2025-10-22",
        [
            ("dvctt_full_process_rate", "Ninh Bình", "as_of", "2025-10-15", 72.6),
            ("online_dossier_rate", "Ninh Bình", "month", "2025-09-30", 91.3),
        ],
    ),
    # Commune page after the merger (Nghĩa Đàn, Nghệ An, 11/2025): only the commune's own figures — nothing to record.
    # Traps: commune online share, commune VNeID accounts, QR in the market, 5G at the commune centre.
    (
        """UBND XÃ NGHĨA ĐÀN - TỈNH NGHỆ AN
Chuyên mục: Chuyển đổi số

Xã Nghĩa Đàn: Chuyển đổi số từ cơ sở

Đăng ngày: 24/11/2025

Từ ngày 01/7 đến ngày 31/10/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 4.618 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 97,2%. Trên địa bàn xã có 18.420 tài khoản định danh điện tử được kích hoạt; 100% tiểu thương chợ Nghĩa Đàn đã sử dụng mã QR. Trung tâm xã và 28/28 xóm đã có sóng 4G, khu vực trung tâm đã có sóng 5G.

Xã phấn đấu hết năm 2025 có 100% hộ gia đình có kết nối cáp quang.""",
        "2025-11-24",
        [],
    ),
]
