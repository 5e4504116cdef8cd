"""Genre probes, round 96: provincial, district and commune portal pages as users save them (menus, breadcrumbs, share bars, view counts, related-article lists, flattened tables), 2022-2025 including post-merger provinces, mixing province, national, district figures and targets, written blind.

First reading (the stop's start code 1716bfb read it): 78 of 100 right, 78 of 90 found (0.78 / 0.87). With the code of stop 43's end: 89 of 97, 89 of 90. Its helper wrote Hồ Chí Minh's breakdown as 'TP. Hồ Chí Minh' in three rows; they were relabelled to the catalog's 'Hồ Chí Minh', as every other file writes it, before the first reading. Fitted after that reading: district and commune portals named by their masthead, the national portal's figures on a province's page, former provinces in brackets, one-cell-a-line tables with a plan column, other articles' days under 'Bài viết khác'. What is left: former provinces' parts after the 2025 merger ('khu vực Bình Dương (cũ)', 'địa bàn tỉnh Thái Bình trước đây'; labellers of earlier rounds counted such parts as the old province's figures, this one as traps: not settled), a date told as 'Cùng thời điểm' after two dates, undated 'hiện nay' levels the product dates by the text's latest date.
"""

CASES = [
    # 1 — Bắc Ninh portal, half-year dossiers; national average in parentheses; district figures and a related headline with a number are traps
    (
        """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Liên hệ
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính

Bắc Ninh: Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm đạt 78,6%

Ngày đăng: 12/07/2024 | Lượt xem: 1.284
Cỡ chữ: A- A A+ | In bài | Chia sẻ

Theo báo cáo của Văn phòng UBND tỉnh, 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 512.340 hồ sơ thủ tục hành chính, trong đó 402.713 hồ sơ nộp trực tuyến. Tỷ lệ hồ sơ trực tuyến đạt 78,6%, cao hơn nhiều so với bình quân chung của cả nước cùng kỳ (46,2%). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,1%.

Ở cấp huyện, thành phố Bắc Ninh và thành phố Từ Sơn dẫn đầu với tỷ lệ hồ sơ trực tuyến lần lượt là 91,2% và 88,7%; huyện Lương Tài thấp nhất, mới đạt 61,5%.

Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 42,8%, tăng 9,4 điểm phần trăm so với cùng kỳ năm 2023. Tỉnh đặt mục tiêu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.

Thời gian tới, Văn phòng UBND tỉnh tiếp tục phối hợp với Sở Thông tin và Truyền thông rà soát, tái cấu trúc quy trình, nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh và đẩy mạnh tuyên truyền để người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.

Thu Hà

Tin liên quan
- Bắc Ninh thí điểm trợ lý ảo hỗ trợ giải quyết thủ tục hành chính (05/07/2024)
- Công bố Bộ chỉ số phục vụ người dân, doanh nghiệp quý I/2024 (18/04/2024)
- Tỷ lệ hồ sơ trực tuyến quý I đạt 75,3% (09/04/2024)""",
        "2024-07-12",
        [
            ("online_dossier_rate", "Bắc Ninh", "half", "2024-06-30", 78.6),
            ("online_dossier_rate", "national", "half", "2024-06-30", 46.2),
            ("online_dossier_full_process_rate", "Bắc Ninh", "half", "2024-06-30", 52.3),
        ],
    ),
    # 2 — Thái Nguyên after merging with Bắc Kạn: nine-month GRDP share and full-process dossiers; country's 2024 share for comparison; a ward's figure and targets
    (
        """BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÁI NGUYÊN
Thời sự | Kinh tế | Xã hội | Chuyển đổi số | Video
Trang chủ / Thời sự / Chuyển đổi số
Thứ Tư, 08/10/2025 - 15:42
Chia sẻ: Facebook | Zalo | Sao chép liên kết

Thái Nguyên: Kinh tế số ước chiếm hơn 40% GRDP sau 9 tháng

Sau hơn ba tháng vận hành chính quyền địa phương hai cấp, tỉnh Thái Nguyên (sau hợp nhất với tỉnh Bắc Kạn) cơ bản duy trì ổn định các nền tảng số dùng chung. Theo Sở Khoa học và Công nghệ, 9 tháng năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 40,2%, trong khi bình quân cả nước năm 2024 chỉ khoảng 18,3% GDP.

Về dịch vụ công, 9 tháng qua toàn tỉnh tiếp nhận trên 1,1 triệu hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,4%. Từ ngày 1/7/2025, 92 xã, phường đều đã có Trung tâm phục vụ hành chính công; phường Phan Đình Phùng có tỷ lệ hồ sơ trực tuyến cao nhất với 95,2%.

Tỉnh phấn đấu đến hết năm 2025 kinh tế số chiếm 42% GRDP và 80% hồ sơ được xử lý trực tuyến toàn trình. Để đạt mục tiêu, UBND tỉnh yêu cầu các xã, phường bố trí đủ công chức phụ trách công nghệ thông tin, tổ chức phong trào "Bình dân học vụ số" tới từng thôn, tổ dân phố.

Minh Hằng
Lượt xem: 856

Tin cùng chuyên mục
- Khai trương Trung tâm Giám sát, điều hành thông minh tỉnh (29/09/2025)
- Sắp xếp, kiện toàn bộ phận một cửa cấp xã sau hợp nhất (16/06/2025)""",
        "2025-10-08",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "ytd", "2025-09-30", 40.2),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("online_dossier_full_process_rate", "Thái Nguyên", "ytd", "2025-09-30", 61.4),
        ],
    ),
    # 3 — district portal (Lục Ngạn) year review: only the province average quoted for comparison is a row; district figures are traps
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Trang chủ » Tin tức » Tin trong huyện

Lục Ngạn: Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 72,4%
10/01/2024 08:30 | Lượt xem: 412 | Chia sẻ | In

Năm 2023, Bộ phận Một cửa huyện và 29 xã, thị trấn đã tiếp nhận 48.215 hồ sơ, trong đó 34.908 hồ sơ trực tuyến, đạt tỷ lệ 72,4%, cao hơn bình quân chung của tỉnh Bắc Giang (65,9%). Tỷ lệ hồ sơ trực tuyến toàn trình của huyện đạt 38,1%, xếp thứ 3/10 huyện, thị xã, thành phố.

Toàn huyện hiện có 186 trạm BTS, 100% thôn đã có sóng di động 4G; tỷ lệ hộ gia đình có đường Internet cáp quang đạt 79%. Các Tổ công nghệ số cộng đồng ở 389 thôn, tổ dân phố đã hướng dẫn hơn 21.000 người dân cài đặt, kích hoạt tài khoản định danh điện tử.

Năm 2024, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; 100% cán bộ, công chức cấp xã sử dụng thành thạo hệ thống quản lý văn bản và điều hành.

Ban Biên tập

Các tin khác
- Hội nghị tổng kết công tác năm 2023 của UBND huyện (28/12/2023)
- Xã Tân Sơn ra mắt mô hình "Chợ 4.0" bán vải thiều trực tuyến (20/12/2023)
- Huyện Lục Ngạn có thêm 12 thôn đạt chuẩn "thôn thông minh" (05/12/2023)""",
        "2024-01-10",
        [
            ("online_dossier_rate", "Bắc Giang", "year", "2023-12-31", 65.9),
        ],
    ),
    # 4 — commune news of a digital-skills class: counts of people and accounts at commune level, no catalog value
    (
        """UBND XÃ HÒA TIẾN - HUYỆN HÒA VANG - THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức - Sự kiện / Chuyển đổi số
Đăng ngày: 20-05-2024 | Lượt xem: 198
Chia sẻ | Bản in

Hòa Tiến tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng

Sáng ngày 18/5, UBND xã Hòa Tiến phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức lớp tập huấn kỹ năng số cho thành viên các Tổ công nghệ số cộng đồng trên địa bàn xã.

Tham dự lớp tập huấn có 120 học viên là thành viên 15 Tổ công nghệ số cộng đồng ở các thôn, đoàn viên thanh niên và hội viên Hội Phụ nữ. Học viên được hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2, nộp hồ sơ trực tuyến trên Cổng dịch vụ công, thanh toán không dùng tiền mặt và nhận diện các thủ đoạn lừa đảo trên không gian mạng.

Dịp này, Đoàn xã ra quân hỗ trợ người dân thôn Lệ Sơn 1 và Lệ Sơn 2 cài đặt ứng dụng; trong buổi sáng đã hỗ trợ 86 người kích hoạt tài khoản và 34 hộ kinh doanh mở tài khoản thanh toán.

Phát biểu bế mạc, Phó Chủ tịch UBND xã đề nghị các Tổ công nghệ số cộng đồng tiếp tục "đi từng ngõ, gõ từng nhà", phấn đấu trong năm 2024 toàn xã có thêm 500 người dân sử dụng dịch vụ công trực tuyến.

Văn Tâm - Đài truyền thanh xã

Tin liên quan
- Hòa Tiến ra mắt mô hình "Khu dân cư không dùng tiền mặt" (10/04/2024)
- Đoàn xã tổ chức Ngày hội chuyển đổi số (26/03/2024)""",
        "2024-05-20",
        [],
    ),
    # 5 — Quảng Ninh year review with a flattened plan/actual table (plan column is a target)
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Chuyển đổi số > Tin hoạt động
Quảng Ninh hoàn thành vượt phần lớn chỉ tiêu chuyển đổi số năm 2022
Cập nhật lúc 14:20 ngày 05/01/2023
Chia sẻ | In | Gửi email

Ngày 4/1, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023. Theo báo cáo, năm 2022 tỉnh đã hoàn thành 41/45 chỉ tiêu của Kế hoạch chuyển đổi số; kết quả một số chỉ tiêu chủ yếu như sau:

Bảng: Kết quả thực hiện một số chỉ tiêu năm 2022
Chỉ tiêu
Kế hoạch năm 2022
Thực hiện năm 2022
Tỷ lệ DVCTT toàn trình/tổng số TTHC
50%
56,2%
Tỷ lệ hồ sơ xử lý trực tuyến
60%
71,8%
Tỷ lệ hộ gia đình có Internet cáp quang băng rộng
80%
87,5%
Tỷ lệ thuê bao di động sử dụng điện thoại thông minh
85%
88,1%
Tỷ trọng kinh tế số trong GRDP
10%
9,2%

Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021 với 0,6247 điểm. Riêng chỉ tiêu tỷ trọng kinh tế số chưa đạt kế hoạch do quy mô công nghiệp ICT của tỉnh còn nhỏ.

Năm 2023, tỉnh đặt mục tiêu tỷ lệ hồ sơ xử lý trực tuyến đạt 70% trở lên ở cấp xã và kinh tế số chiếm 12% GRDP.

Lượt truy cập: 2.016

Tin khác
- Quảng Ninh ra mắt ứng dụng công dân số (22/12/2022)
- Công bố Chỉ số DTI 2021: Quảng Ninh dẫn đầu (14/07/2022)""",
        "2023-01-05",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "year", "2022-12-31", 56.2),
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 71.8),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2022-12-31", 87.5),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2022-12-31", 88.1),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2022-12-31", 9.2),
        ],
    ),
    # 6 — Đồng Nai interview on 5G: province count and coverage, one operator's share (trap), country's count, targets
    (
        """Báo Đồng Nai điện tử
Trang chủ › Khoa học - Công nghệ › Chuyển đổi số
Thứ Năm, 20/03/2025 06:15 | Chia sẻ | Lượt đọc: 1.530

Đồng Nai tăng tốc phủ sóng 5G: "Khu công nghiệp đi trước, khu dân cư theo sau"

Phóng viên Báo Đồng Nai có cuộc trao đổi với ông Lê Văn Thắng, Giám đốc Sở Khoa học và Công nghệ, về tiến độ phát triển hạ tầng 5G trên địa bàn.

- Thưa ông, hạ tầng 5G của tỉnh hiện nay ra sao?
- Ông Lê Văn Thắng: Tính đến hết tháng 2/2025, trên địa bàn tỉnh có 268 trạm BTS 5G của các doanh nghiệp viễn thông, riêng Viettel đã lắp đặt 214 trạm. Sóng 5G hiện phủ khoảng 32% dân số, tập trung ở TP. Biên Hòa, TP. Long Khánh và các khu công nghiệp lớn. Để so sánh, theo Cục Viễn thông, đến cuối tháng 2/2025 cả nước có gần 7.000 trạm 5G.

- Vậy mục tiêu trong năm nay là gì?
- Tỉnh phấn đấu đến cuối năm 2025 có 800 trạm 5G, 100% khu công nghiệp có sóng 5G và tỷ lệ phủ sóng 5G đạt 60% dân số. Sở đang phối hợp với các doanh nghiệp rà soát, dùng chung cột ăng-ten trên các trụ đèn chiếu sáng, nhà văn hóa khu phố.

- Người dân có thể làm gì để tận dụng 5G?
- Điều quan trọng là thiết bị. Trên địa bàn tỉnh còn nhiều thuê bao dùng máy 2G, chúng tôi cùng các nhà mạng hỗ trợ đổi máy miễn phí cho hộ nghèo, cận nghèo.

- Xin cảm ơn ông!

Hoàng Lộc (thực hiện)

Tin liên quan
- Viettel chính thức phát sóng 5G tại Đồng Nai (28/10/2024)
- Đồng Nai hỗ trợ 3.200 máy điện thoại thông minh cho hộ nghèo (14/01/2025)""",
        "2025-03-20",
        [
            ("fiveg_bts_count", "Đồng Nai", "as_of", "2025-02-28", 268.0),
            ("fiveg_population_coverage_rate", "Đồng Nai", "as_of", "2025-03-20", 32.0),
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 7000.0),
        ],
    ),
    # 7 — undated Sở page (Hà Tĩnh): two yearly dossier rates are datable; infrastructure shares with no date at all are not
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ
Trang chủ > Chuyển đổi số > Bài viết

Chuyển đổi số ở Hà Tĩnh: Những kết quả bước đầu
Chia sẻ | Lượt xem: 3.027

Hà Tĩnh là một trong những địa phương sớm ban hành nghị quyết chuyên đề về chuyển đổi số. Hạ tầng số của tỉnh được đầu tư đồng bộ: tỷ lệ hộ gia đình sử dụng Internet cáp quang của tỉnh đạt 78%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh khoảng 82%, mạng truyền số liệu chuyên dùng kết nối tới cấp xã.

Trong lĩnh vực dịch vụ công, kết quả chuyển biến rõ qua từng năm. Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 32,6%; sang năm 2023 con số này đã nâng lên 58,3%. Nhiều thủ tục về đất đai, hộ tịch, đăng ký kinh doanh đã được thực hiện trực tuyến toàn trình.

Theo định hướng đến năm 2025, tầm nhìn đến năm 2030, Hà Tĩnh phấn đấu 100% hồ sơ công việc cấp tỉnh, cấp huyện được xử lý trên môi trường mạng; kinh tế số chiếm 20% GRDP vào năm 2030.

Sở Thông tin và Truyền thông

Tin liên quan
- Hà Tĩnh khai trương Trung tâm điều hành thông minh (IOC) (22/03/2024)
- Hội nghị Ban Chỉ đạo chuyển đổi số tỉnh phiên thứ nhất năm 2024 (15/02/2024)
- Tập huấn kỹ năng số cho cán bộ cấp xã (30/01/2024)""",
        None,
        [
            ("online_dossier_rate", "Hà Tĩnh", "year", "2022-12-31", 32.6),
            ("online_dossier_rate", "Hà Tĩnh", "year", "2023-12-31", 58.3),
        ],
    ),
    # 8 — Gia Lai after merging with Bình Định: August rates of the new province, first-half rates of the two former provinces, commune figures
    (
        """BÁO GIA LAI ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Chính quyền số
Thời sự > Chính quyền số

Gia Lai: Tỷ lệ hồ sơ trực tuyến tháng 8 đạt 82,4%
16/09/2025 07:05 | Chia sẻ | Lượt xem: 1.102

Theo Trung tâm Phục vụ hành chính công tỉnh, trong tháng 8/2025, toàn tỉnh Gia Lai tiếp nhận 187.460 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến đạt 82,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 76,9%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 91,3%.

Đây là tháng thứ hai tỉnh vận hành chính quyền địa phương hai cấp sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định. Trước hợp nhất, trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Định đạt 67,5%, của tỉnh Gia Lai (cũ) là 58,2%.

Trong số 135 xã, phường, có 41 đơn vị đạt tỷ lệ hồ sơ trực tuyến trên 90%; phường Quy Nhơn đứng đầu với 98,6%, trong khi một số xã vùng sâu như Ia Púch, Ia Mơ mới đạt dưới 35%.

Chủ tịch UBND tỉnh yêu cầu các xã còn thấp khẩn trương bố trí máy tính, thiết bị ký số tại bộ phận một cửa, phân công đoàn viên thanh niên hỗ trợ người dân; phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 90%.

Đức Thụy

Tin liên quan
- Gia Lai công bố 135 Trung tâm phục vụ hành chính công cấp xã (02/07/2025)
- Bình Định dẫn đầu khu vực về Chỉ số phục vụ người dân, doanh nghiệp (21/05/2025)""",
        "2025-09-16",
        [
            ("online_dossier_rate", "Gia Lai", "month", "2025-08-31", 82.4),
            ("e_result_rate", "Gia Lai", "month", "2025-08-31", 91.3),
            ("online_dossier_rate", "Bình Định", "half", "2025-06-30", 67.5),
            ("online_dossier_rate", "Gia Lai", "half", "2025-06-30", 58.2),
        ],
    ),
    # 9 — Cần Thơ after merging with Sóc Trăng and Hậu Giang: Đề án 06 levels at a date, the country's VNeID count at the same date, a ward's counts
    (
        """Cổng thông tin điện tử thành phố Cần Thơ
Trang chủ › Tin tức › Đề án 06
Cần Thơ đẩy mạnh khai thác dữ liệu dân cư sau hợp nhất
07/11/2025 | Lượt xem: 645 | Chia sẻ Facebook | Zalo

Sáng 6/11, Tổ công tác triển khai Đề án 06 thành phố họp đánh giá kết quả tháng 10/2025. Theo báo cáo của Công an thành phố, tính đến ngày 31/10/2025, thành phố Cần Thơ (gồm địa bàn thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang trước đây) đã cấp 3.126.480 thẻ căn cước gắn chip, kích hoạt 2.418.000 tài khoản định danh điện tử mức độ 2. Cùng thời điểm, cả nước có hơn 62 triệu tài khoản VNeID đã được kích hoạt.

Trong tháng 10/2025, tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân trên Hệ thống thông tin giải quyết TTHC thành phố đạt 97,8%. Riêng Công an phường Ninh Kiều tiếp nhận 1.240 hồ sơ cấp căn cước và 2.310 hồ sơ kích hoạt tài khoản, cao nhất trong 103 xã, phường.

Tổ công tác yêu cầu các xã, phường hoàn thành làm sạch dữ liệu hộ tịch, đất đai; phấn đấu đến ngày 31/12/2025 kích hoạt đạt 3 triệu tài khoản định danh điện tử và 100% người hưởng an sinh xã hội nhận tiền qua tài khoản.

Phòng Thông tin - Truyền thông

Các tin đã đưa
- Cần Thơ ra mắt ứng dụng Công dân số thành phố (15/10/2025)
- Hội nghị sơ kết 9 tháng thực hiện Đề án 06 (03/10/2025)""",
        "2025-11-07",
        [
            ("chip_id_cards_issued", "Cần Thơ", "as_of", "2025-10-31", 3126480.0),
            ("vneid_activated_accounts", "Cần Thơ", "as_of", "2025-10-31", 2418000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-10-31", 62000000.0),
            ("dossiers_with_personal_id_rate", "Cần Thơ", "month", "2025-10-31", 97.8),
        ],
    ),
    # 10 — Lâm Đồng (before the merger) year-2024 review with a flattened district table; the district subtotal row is a trap
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ / Tin tức - Sự kiện / Cải cách hành chính
Kết quả giải quyết hồ sơ trực tuyến năm 2024 của các huyện, thành phố
15/01/2025 | Chia sẻ | In trang | Lượt xem: 734

Theo báo cáo tổng kết công tác cải cách hành chính, năm 2024 tỷ lệ hồ sơ trực tuyến toàn tỉnh Lâm Đồng đạt 68,2%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,7%. Kết quả tiếp nhận hồ sơ ở cấp huyện, cấp xã như sau:

Đơn vị    Tổng số hồ sơ    Hồ sơ trực tuyến    Tỷ lệ (%)
TP. Đà Lạt    58.412    47.320    81,0
TP. Bảo Lộc    31.207    24.130    77,3
Huyện Đức Trọng    36.540    25.870    70,8
Huyện Lâm Hà    22.118    14.690    66,4
Huyện Di Linh    19.806    11.250    56,8
Huyện Đam Rông    7.903    3.410    43,1
Cộng cấp huyện, cấp xã    175.986    126.670    72,0

Nhìn chung, các địa phương có đô thị lớn đạt kết quả tốt; các huyện có đông đồng bào dân tộc thiểu số còn hạn chế do thiếu thiết bị và kỹ năng số.

Năm 2025, UBND tỉnh giao chỉ tiêu mỗi huyện đạt tối thiểu 70% hồ sơ trực tuyến, trong đó huyện Đam Rông, Di Linh phải đạt 55%.

Tin liên quan
- Lâm Đồng: 12 thủ tục đất đai thực hiện trực tuyến toàn trình (08/01/2025)
- Đà Lạt thí điểm không dùng hồ sơ giấy (19/12/2024)""",
        "2025-01-15",
        [
            ("online_dossier_rate", "Lâm Đồng", "year", "2024-12-31", 68.2),
            ("online_dossier_full_process_rate", "Lâm Đồng", "year", "2024-12-31", 41.7),
        ],
    ),
    # 11 — Hà Giang dead-zone villages at a date, sub-part after "trong đó", the country's count at an earlier date, a flow and a target
    (
        """BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ > Kinh tế > Hạ tầng
Xóa "lõm sóng" vùng cao: còn nhiều thách thức
08/12/2023 | Chia sẻ | Lượt xem: 967

Theo Sở Thông tin và Truyền thông, tính đến ngày 30/11/2023, toàn tỉnh Hà Giang còn 168 thôn chưa có sóng điện thoại di động, trong đó 52 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động của tỉnh đạt 91,5%.

Trong năm 2023, các doanh nghiệp viễn thông đã đầu tư mới 74 trạm BTS, phủ sóng cho 81 thôn. Tuy nhiên, địa hình chia cắt, nhiều thôn chỉ vài chục hộ khiến chi phí đầu tư một trạm lên tới 1,5 - 2 tỷ đồng, gấp 3 lần vùng đồng bằng.

Trên phạm vi cả nước, tính đến ngày 31/10/2023, còn khoảng 1.800 thôn, bản chưa có sóng di động, tập trung ở các tỉnh miền núi phía Bắc và Tây Nguyên.

Năm 2024, tỉnh phấn đấu xóa thêm 100 thôn lõm sóng thông qua Chương trình cung cấp dịch vụ viễn thông công ích và nguồn xã hội hóa của các doanh nghiệp.

Vũ Quang

Tin liên quan
- Đồng Văn: 12 thôn lần đầu có sóng di động (20/11/2023)
- Hà Giang đứng thứ 55/63 về Chỉ số chuyển đổi số cấp tỉnh (30/10/2023)""",
        "2023-12-08",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-11-30", 168.0),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2023-11-30", 91.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-10-31", 1800.0),
        ],
    ),
    # 12 — Nghệ An conference page dense with traps (ranks, counts of plans, operator figures, changes, targets) around two real values
    (
        """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ >> Tin tức >> Chuyển đổi số
Nghệ An: Chuyển đổi số phải đi vào thực chất
22/02/2024 10:05 | Lượt xem: 1.448 | Chia sẻ | In

Chiều 21/2, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị đánh giá kết quả năm 2023. Năm qua, UBND tỉnh ban hành 15 kế hoạch, 4 đề án với 126 nhiệm vụ về chuyển đổi số; Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 của Nghệ An xếp thứ 34/63, tăng 8 bậc.

Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 45,6%, tăng 18,2 điểm phần trăm so với năm 2022 nhưng chưa đạt mục tiêu 50%. Có 42,5% người trưởng thành trên địa bàn sử dụng dịch vụ công trực tuyến. Toàn tỉnh thành lập 5.317 Tổ công nghệ số cộng đồng với hơn 28.000 thành viên.

Các doanh nghiệp viễn thông tiếp tục mở rộng hạ tầng: VNPT Nghệ An phát triển mới 25.400 thuê bao cáp quang, tăng 12% so với năm 2022; Viettel Nghệ An lắp đặt thêm 310 trạm 4G.

Tuy vậy, một số sở, ngành và 9/21 huyện có tỷ lệ hồ sơ trực tuyến dưới 30%; huyện Kỳ Sơn chỉ đạt 11,4%.

Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, nâng thứ hạng DTI vào nhóm 25 tỉnh dẫn đầu.

Tin liên quan
- Nghệ An tập huấn chuyển đổi số cho 1.200 cán bộ cấp xã (02/02/2024)
- Ra mắt nền tảng Công dân số Nghệ An (19/01/2024)""",
        "2024-02-22",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "year", "2023-12-31", 45.6),
            ("adult_population_using_dvctt_rate", "Nghệ An", "year", "2023-12-31", 42.5),
        ],
    ),
    # 13 — undated page (Quảng Bình) on Đề án 06: a level at a stated date and a quarter's rate are datable; a bank-account share with no date is not
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Trang chủ | Tin tức | Đề án 06 | Công khai | Hỏi đáp
Trang chủ / Đề án 06 / Tin hoạt động

Kết quả triển khai Đề án 06 trên địa bàn tỉnh
Chia sẻ | Bản in

Thực hiện Đề án 06 của Chính phủ, Công an tỉnh đã phối hợp với các sở, ngành, địa phương triển khai đồng bộ các nhóm nhiệm vụ. Tính đến ngày 31/8/2024, Công an tỉnh đã thu nhận 612.000 hồ sơ đề nghị cấp tài khoản định danh điện tử, kích hoạt 498.320 tài khoản.

Trong quý II/2024, tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân trên Hệ thống thông tin giải quyết TTHC tỉnh đạt 96,4%; 100% cơ sở khám, chữa bệnh sử dụng căn cước công dân gắn chip thay thẻ bảo hiểm y tế.

Về thanh toán không dùng tiền mặt, tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt khoảng 84%, 100% đối tượng hưởng trợ cấp người có công tại thành phố Đồng Hới nhận tiền qua tài khoản.

Thời gian tới, tỉnh tiếp tục triển khai các mô hình điểm, trọng tâm là "Xã điện tử", "Khu dân cư không dùng tiền mặt", phấn đấu 100% người dân đủ điều kiện được kích hoạt tài khoản định danh điện tử mức độ 2.

Ban Biên tập

Tin liên quan
- Quảng Bình sơ kết 6 tháng thực hiện Đề án 06 (12/07/2024)
- Ra mắt mô hình "Chợ không dùng tiền mặt" tại Đồng Hới (25/06/2024)""",
        None,
        [
            ("vneid_activated_accounts", "Quảng Bình", "as_of", "2024-08-31", 498320.0),
            ("dossiers_with_personal_id_rate", "Quảng Bình", "quarter", "2024-06-30", 96.4),
        ],
    ),
    # 14 — Long An monthly summary: month and ten-month rates, e-results, the ministry's national figure for the previous month
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG LONG AN
Trang chủ > Tin tức > Thông tin chỉ đạo, điều hành
Tình hình chuyển đổi số tháng 10/2024
06/11/2024 | Chia sẻ | Lượt xem: 389

Trong tháng 10/2024, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận 96.528 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến đạt 74,1%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 96%. Lũy kế 10 tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70,2%.

Theo số liệu của Bộ Thông tin và Truyền thông, tỷ lệ hồ sơ trực tuyến của cả nước trong tháng 9/2024 là 48,7%; như vậy Long An tiếp tục nằm trong nhóm địa phương có tỷ lệ cao.

Trong tháng, Sở đã tổ chức 02 lớp tập huấn an toàn thông tin cho 180 cán bộ, công chức; hướng dẫn 14 xã hoàn thiện trang thông tin điện tử theo mẫu thống nhất. Hệ thống quản lý văn bản và điều hành đã luân chuyển 212.410 văn bản điện tử, đạt 99,6% văn bản được ký số.

Nhiệm vụ tháng 11/2024: tiếp tục theo dõi, đôn đốc các sở, ngành, UBND cấp huyện nâng tỷ lệ hồ sơ trực tuyến toàn trình, phấn đấu cả năm đạt 75%; chuẩn bị tổ chức Ngày Chuyển đổi số tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Các sở, ban, ngành tỉnh;
- Lưu: VT, CĐS.

Văn bản liên quan
- Tình hình chuyển đổi số tháng 9/2024 (07/10/2024)
- Tình hình chuyển đổi số quý III/2024 (04/10/2024)""",
        "2024-11-06",
        [
            ("online_dossier_rate", "Long An", "month", "2024-10-31", 74.1),
            ("e_result_rate", "Long An", "month", "2024-10-31", 96.0),
            ("online_dossier_rate", "Long An", "ytd", "2024-10-31", 70.2),
            ("online_dossier_rate", "national", "month", "2024-09-30", 48.7),
        ],
    ),
    # 15 — Tuyên Quang after merging with Hà Giang: dead-zone villages at end-July, sub-part of the former province, the country's June count, a target
    (
        """BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Xã hội | Chuyển đổi số
Trang chủ » Kinh tế » Hạ tầng số
18/08/2025 09:12 | Chia sẻ | Lượt xem: 522

Tuyên Quang quyết tâm xóa thôn "lõm sóng" trong năm 2025

Sau khi hợp nhất với tỉnh Hà Giang, tỉnh Tuyên Quang có 2.095 thôn, tổ dân phố, trong đó nhiều thôn vùng cao biên giới. Theo Sở Khoa học và Công nghệ, tính đến ngày 31/7/2025, toàn tỉnh còn 196 thôn chưa có sóng điện thoại di động (trong đó 128 thôn thuộc địa bàn tỉnh Hà Giang trước đây); tỷ lệ thôn, tổ dân phố có sóng di động băng rộng đạt 90,6%.

Trên cả nước, theo Bộ Khoa học và Công nghệ, đến hết ngày 30/6/2025 vẫn còn 1.027 thôn, bản chưa có sóng di động.

Năm 2024, hai tỉnh đã xóa được 93 thôn lõm sóng. Để hoàn thành mục tiêu 100% thôn có sóng di động vào cuối năm 2025, Sở đã làm việc với Viettel, VNPT, MobiFone thống nhất danh mục 196 thôn, phân công doanh nghiệp phụ trách từng thôn; ở những nơi chưa có điện lưới sẽ dùng trạm năng lượng mặt trời.

Thanh Phúc

Tin cùng chuyên mục
- Xã Lũng Cú (mới) có trạm BTS đầu tiên phủ sóng 5G (06/08/2025)
- Tuyên Quang: 124 xã, phường vận hành ổn định hệ thống một cửa điện tử (21/07/2025)""",
        "2025-08-18",
        [
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-07-31", 196.0),
            ("villages_with_mobile_coverage_rate", "Tuyên Quang", "as_of", "2025-07-31", 90.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-06-30", 1027.0),
        ],
    ),
    # 16 — Bình Dương interview: undated "hiện nay" levels take the page date; a city's figure, DTI rank and targets are traps
    (
        """Báo Bình Dương điện tử
Trang chủ / Chính trị / Chuyển đổi số
Thứ Năm, 14/09/2023 | Chia sẻ | Lượt xem: 2.205

Bình Dương đặt người dân làm trung tâm của chuyển đổi số

Nhân dịp tỉnh chuẩn bị tổ chức Diễn đàn chuyển đổi số năm 2023, phóng viên Báo Bình Dương có cuộc trao đổi với ông Nguyễn Lộc Hà, Phó Chủ tịch UBND tỉnh.

- Phóng viên: Xin ông cho biết một số kết quả nổi bật về hạ tầng số của tỉnh?
- Ông Nguyễn Lộc Hà: Hiện nay, tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng của tỉnh đạt 95%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 92,3%, tỷ lệ người dân sử dụng Internet ước khoảng 87%. Riêng thành phố Thủ Dầu Một đã có 98% hộ gia đình dùng cáp quang. Năm 2022, Bình Dương xếp thứ 5/63 về Chỉ số chuyển đổi số cấp tỉnh.

- Phóng viên: Còn về dịch vụ công trực tuyến?
- Ông Nguyễn Lộc Hà: Tỉnh đã tích hợp toàn bộ dịch vụ công lên Cổng Dịch vụ công quốc gia. Chúng tôi phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, 100% người dân trưởng thành có danh tính số.

- Phóng viên: Xin cảm ơn ông!

Ngọc Thành (thực hiện)

Tin liên quan
- Khai mạc Diễn đàn chuyển đổi số Bình Dương 2023 (20/09/2023)
- Bình Dương ra mắt Trung tâm điều hành thông minh (28/06/2023)""",
        "2023-09-14",
        [
            ("ftth_household_rate", "Bình Dương", "as_of", "2023-09-14", 95.0),
            ("smartphone_subscriber_rate", "Bình Dương", "as_of", "2023-09-14", 92.3),
            ("internet_users_rate", "Bình Dương", "as_of", "2023-09-14", 87.0),
        ],
    ),
    # 17 — Hải Dương year-2024 review: GRDP share with last year's value for comparison, digital economy growth, full-process services
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh
Kinh tế số chiếm 16,5% GRDP của tỉnh
Ngày xuất bản: 08/01/2025 | Cỡ chữ | Chia sẻ | Lượt xem: 1.016

Năm 2024, kinh tế số của Hải Dương tiếp tục phát triển nhanh. Theo ước tính của Sở Thông tin và Truyền thông, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 16,5% (năm 2023 là 14,2%); tốc độ tăng trưởng kinh tế số ước đạt 21,3%, cao gấp hơn hai lần tốc độ tăng trưởng GRDP.

Trong khu vực công, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh đạt 54,8%; 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, trừ văn bản mật. Ngành công nghiệp chế biến, chế tạo ứng dụng mạnh tự động hóa, nhiều doanh nghiệp điện tử tại Khu công nghiệp Đại An, Cẩm Điền - Lương Điền mở rộng sản xuất.

Tuy vậy, thương mại điện tử mới chiếm khoảng 6% tổng mức bán lẻ hàng hóa, số doanh nghiệp công nghệ số còn ít (khoảng 320 doanh nghiệp).

Năm 2025, tỉnh phấn đấu kinh tế số chiếm 20% GRDP, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

P.V

Tin liên quan
- Hải Dương khai trương sàn giao dịch thương mại điện tử tỉnh (27/12/2024)
- Tổng kết Ngày Chuyển đổi số tỉnh năm 2024 (11/10/2024)""",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "Hải Dương", "year", "2024-12-31", 16.5),
            ("digital_economy_gdp_share", "Hải Dương", "year", "2023-12-31", 14.2),
            ("digital_economy_growth", "Hải Dương", "year", "2024-12-31", 21.3),
            ("dvctt_full_process_rate", "Hải Dương", "as_of", "2024-12-31", 54.8),
        ],
    ),
    # 18 — Hậu Giang quarterly table flattened into lines: two quarter columns plus a target column
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG
Trang chủ › Cải cách hành chính › Kết quả giải quyết TTHC
Kết quả giải quyết thủ tục hành chính quý III/2024
10/10/2024 | Chia sẻ | In | Lượt xem: 256

Văn phòng UBND tỉnh thông tin kết quả theo dõi một số chỉ số phục vụ người dân, doanh nghiệp trên Hệ thống thông tin giải quyết TTHC tỉnh như sau:

STT | Chỉ số | Quý II/2024 | Quý III/2024 | Mục tiêu năm 2024
1 | Tỷ lệ hồ sơ trực tuyến | 60,1% | 64,8% | 70%
2 | Tỷ lệ hồ sơ trực tuyến toàn trình | 33,5% | 37,2% | 50%
3 | Mức độ hài lòng của người dân, doanh nghiệp | 97,9% | 98,4% | 95%

So với quý II, các chỉ số đều tăng; trong đó tỷ lệ hồ sơ trực tuyến tăng 4,7 điểm phần trăm. Thành phố Vị Thanh và huyện Châu Thành A là hai địa phương có tỷ lệ hồ sơ trực tuyến trên 75%.

Văn phòng UBND tỉnh đề nghị các sở, ngành và UBND cấp huyện tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến, đặc biệt là các thủ tục có số lượng hồ sơ lớn như cấp phiếu lý lịch tư pháp, đăng ký hộ kinh doanh, chứng thực bản sao điện tử.

Tin liên quan
- Kết quả giải quyết thủ tục hành chính quý II/2024 (09/07/2024)
- Hậu Giang: 100% xã có Tổ công nghệ số cộng đồng (15/08/2024)""",
        "2024-10-10",
        [
            ("online_dossier_rate", "Hậu Giang", "quarter", "2024-06-30", 60.1),
            ("online_dossier_rate", "Hậu Giang", "quarter", "2024-09-30", 64.8),
            ("online_dossier_full_process_rate", "Hậu Giang", "quarter", "2024-06-30", 33.5),
            ("online_dossier_full_process_rate", "Hậu Giang", "quarter", "2024-09-30", 37.2),
            ("satisfaction_rate", "Hậu Giang", "quarter", "2024-06-30", 97.9),
            ("satisfaction_rate", "Hậu Giang", "quarter", "2024-09-30", 98.4),
        ],
    ),
    # 19 — Đà Nẵng after merging with Quảng Nam: 5G stations and coverage at end-September, the southern area's part (trap), country's figures
    (
        """BÁO ĐÀ NẴNG ĐIỆN TỬ
Trang chủ / Khoa học - Công nghệ / Viễn thông
Thứ Hai, 20/10/2025, 16:30 | Chia sẻ | Lượt xem: 1.377

Đà Nẵng phủ sóng 5G cho 85% dân số

Theo Sở Khoa học và Công nghệ thành phố Đà Nẵng, tính đến ngày 30/9/2025, trên địa bàn thành phố có 1.420 trạm BTS 5G, tỷ lệ phủ sóng 5G đạt 85% dân số. Riêng khu vực phía Nam thành phố (địa bàn tỉnh Quảng Nam trước đây) mới có 312 trạm, chủ yếu tại Tam Kỳ, Hội An và các khu công nghiệp.

Cũng theo Bộ Khoa học và Công nghệ, đến cuối tháng 9/2025, cả nước có hơn 13.000 trạm 5G, phủ sóng khoảng 26% dân số. Như vậy, Đà Nẵng là một trong những địa phương có mật độ trạm 5G cao nhất cả nước.

Tốc độ tải xuống trung bình trên mạng 5G tại trung tâm thành phố đo được khoảng 420 Mb/giây. Nhiều điểm du lịch như Bà Nà, Ngũ Hành Sơn, phố cổ Hội An đã có sóng 5G ổn định phục vụ du khách.

Thành phố đặt mục tiêu đến năm 2026 phủ sóng 5G toàn bộ 94 xã, phường, đặc khu, ưu tiên các xã miền núi phía Tây để phục vụ giáo dục, y tế từ xa.

Hải Yến

Tin liên quan
- Đà Nẵng thử nghiệm dịch vụ công trên nền tảng AI (10/10/2025)
- Viettel khai trương 200 trạm 5G tại khu vực Hội An, Tam Kỳ (25/08/2025)""",
        "2025-10-20",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-09-30", 1420.0),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-09-30", 85.0),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 13000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 26.0),
        ],
    ),
    # 20 — undated Ninh Thuận overview page: a year's rate and a level at a stated date are datable; an FTTH share with no date is not
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG NINH THUẬN
Giới thiệu | Tin tức - Sự kiện | Chuyển đổi số | Văn bản pháp quy | Hỏi đáp
Trang chủ » Chuyển đổi số » Tổng quan

Tổng quan chuyển đổi số tỉnh Ninh Thuận
Chia sẻ | In trang | Lượt truy cập: 5.812

Ninh Thuận xác định chuyển đổi số là động lực để thu hẹp khoảng cách phát triển với các tỉnh trong khu vực. Về hạ tầng, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 71%; toàn tỉnh có 1.356 trạm BTS các loại.

Việc phủ sóng vùng sâu, vùng xa được chú trọng: tính đến ngày 30/6/2024, 100% thôn, khu phố trên địa bàn tỉnh đã có sóng di động, kể cả các thôn vùng đồng bào Raglai ở Bác Ái, Thuận Bắc.

Về dịch vụ công, năm 2023 tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 49,2%; các huyện Ninh Phước, Thuận Nam và thành phố Phan Rang - Tháp Chàm có tỷ lệ trên 60%.

Định hướng thời gian tới, tỉnh tập trung phát triển năng lượng tái tạo gắn với chuyển đổi số, xây dựng đô thị thông minh Phan Rang - Tháp Chàm, phấn đấu đến năm 2025 kinh tế số chiếm 15% GRDP.

Liên kết website
Cổng thông tin điện tử tỉnh | Cổng dịch vụ công tỉnh | Hệ thống một cửa điện tử

Bài viết khác
- Ninh Thuận tổ chức Ngày Chuyển đổi số năm 2024 (10/10/2024)
- Khai trương nền tảng du lịch thông minh (02/09/2024)""",
        None,
        [
            ("villages_with_mobile_coverage_rate", "Ninh Thuận", "as_of", "2024-06-30", 100.0),
            ("online_dossier_rate", "Ninh Thuận", "year", "2023-12-31", 49.2),
        ],
    ),
    # 21 — commune portal in Lào Cai after the merger: the commune's own figures and rank are traps; the province's September rate is a row
    (
        """TRANG THÔNG TIN ĐIỆN TỬ XÃ BẢO YÊN - TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ
Trang chủ > Tin tức > Hoạt động của xã

Xã Bảo Yên: Bộ phận một cửa vận hành hiệu quả sau 3 tháng
Đăng lúc: 12/10/2025 14:02 | Chia sẻ | Lượt xem: 164

Sau hơn 3 tháng đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, Trung tâm phục vụ hành chính công xã Bảo Yên đã tiếp nhận 1.215 hồ sơ; tỷ lệ hồ sơ trực tuyến của xã đạt 93%, 100% hồ sơ được giải quyết đúng hạn. Trong tháng 9/2025, xã xếp thứ 12/99 xã, phường về Bộ chỉ số phục vụ người dân, doanh nghiệp.

Theo Văn phòng UBND tỉnh, trong tháng 9/2025 tỷ lệ hồ sơ trực tuyến toàn tỉnh Lào Cai đạt 86,3%, tỷ lệ hồ sơ được số hóa đạt 79,5%. Như vậy, kết quả của xã Bảo Yên cao hơn mức chung của tỉnh.

Để duy trì kết quả, xã bố trí 2 đoàn viên thanh niên trực hỗ trợ tại trung tâm, phối hợp với Bưu điện xã tiếp nhận hồ sơ tại nhà cho người cao tuổi; phấn đấu đến cuối năm 2025 đạt 95% hồ sơ trực tuyến.

Người viết: Hoàng Thu Trang

Tin khác
- Xã Bảo Yên ra mắt Tổ công nghệ số cộng đồng các thôn (20/08/2025)
- Hội nghị triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I (05/08/2025)""",
        "2025-10-12",
        [
            ("online_dossier_rate", "Lào Cai", "month", "2025-09-30", 86.3),
        ],
    ),
    # 22 — Bình Thuận annual plan for 2025: only targets, counts of tasks and a budget, no value
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH THUẬN
Trang chủ / Chỉ đạo điều hành / Kế hoạch
UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2025
20/01/2025 | Chia sẻ | Lượt xem: 612

UBND tỉnh vừa ban hành Kế hoạch số 215/KH-UBND về chuyển đổi số tỉnh Bình Thuận năm 2025, gồm 6 nhóm nhiệm vụ với 48 nhiệm vụ cụ thể, giao cho 22 sở, ngành, địa phương chủ trì.

Kế hoạch đặt mục tiêu đến hết năm 2025: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%; 90% hộ gia đình có đường Internet cáp quang băng rộng; 100% thôn, khu phố có sóng di động băng rộng; kinh tế số chiếm 20% GRDP; 50% người trưởng thành sử dụng dịch vụ công trực tuyến.

Đối với cấp huyện, kế hoạch yêu cầu thành phố Phan Thiết, thị xã La Gi hoàn thành thí điểm mô hình đô thị thông minh; các huyện Bắc Bình, Đức Linh, Tánh Linh phấn đấu không còn thôn lõm sóng.

Tổng kinh phí dự kiến khoảng 320 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa. Sở Thông tin và Truyền thông là cơ quan thường trực, định kỳ hằng quý tổng hợp báo cáo UBND tỉnh.

Tệp đính kèm: KH 215-UBND.pdf

Tin liên quan
- Bình Thuận tổng kết công tác chuyển đổi số năm 2024 (27/12/2024)
- Bình Thuận ban hành Kế hoạch chuyển đổi số năm 2024 (16/01/2024)""",
        "2025-01-20",
        [],
    ),
    # 23 — Thanh Hóa half-year 2023: satisfaction, data reuse and e-results of the province; the country's reuse rate for comparison; a city's figure
    (
        """Báo Thanh Hóa điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số
Trang chủ > Thời sự > Cải cách hành chính
Thứ Bảy, 15/07/2023 - 08:40 | Chia sẻ | Lượt xem: 1.903

Thanh Hóa: Mức độ hài lòng của người dân đạt 98,6%

Theo Trung tâm Phục vụ hành chính công tỉnh, 6 tháng đầu năm 2023, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính trên địa bàn tỉnh đạt 98,6%. Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 88,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 21,4%, cao gần gấp đôi mức chung của cả nước cùng kỳ (11,2%).

Thành phố Thanh Hóa tiếp tục là địa phương dẫn đầu khối cấp huyện với tỷ lệ hồ sơ trực tuyến 83%, trong khi các huyện miền núi Mường Lát, Quan Sơn còn dưới 20%.

Đáng chú ý, tỉnh đã đưa vào vận hành Kho dữ liệu điện tử của tổ chức, cá nhân, giúp người dân không phải nộp lại các giấy tờ đã được số hóa trước đó. Trong 6 tháng, kho đã lưu trữ trên 1,2 triệu giấy tờ.

Trong 6 tháng cuối năm, tỉnh phấn đấu tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 30% và 100% kết quả giải quyết TTHC được số hóa.

Minh Hiếu

Tin liên quan
- Thanh Hóa công khai Bộ chỉ số phục vụ người dân, doanh nghiệp (05/07/2023)
- Trung tâm Phục vụ hành chính công tỉnh đón 1 triệu lượt hồ sơ (12/06/2023)""",
        "2023-07-15",
        [
            ("satisfaction_rate", "Thanh Hóa", "half", "2023-06-30", 98.6),
            ("e_result_rate", "Thanh Hóa", "half", "2023-06-30", 88.5),
            ("data_reuse_rate", "Thanh Hóa", "half", "2023-06-30", 21.4),
            ("data_reuse_rate", "national", "half", "2023-06-30", 11.2),
        ],
    ),
    # 24 — Kiên Giang cashless payments: province's adult account share at a date, the central bank's national share at an earlier date, one bank's figure (trap)
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KIÊN GIANG
Trang chủ » Tin tức » Kinh tế
Kiên Giang đẩy mạnh thanh toán không dùng tiền mặt
05/09/2024 | Chia sẻ | Lượt xem: 477

Theo Ngân hàng Nhà nước chi nhánh tỉnh Kiên Giang, tính đến ngày 31/8/2024, tỷ lệ người từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng trên địa bàn tỉnh đạt 78,4%. Trên phạm vi cả nước, theo Ngân hàng Nhà nước Việt Nam, đến cuối tháng 6/2024 có khoảng 87% người trưởng thành có tài khoản thanh toán.

Cùng thời điểm, Công an tỉnh đã kích hoạt 780.500 tài khoản định danh điện tử mức độ 2, tạo thuận lợi cho việc xác thực khi mở tài khoản ngân hàng trực tuyến. Tỷ lệ chi trả an sinh xã hội qua tài khoản đạt 95,1%.

Riêng Agribank Kiên Giang trong 8 tháng đã mở mới 45.000 tài khoản cho khách hàng ở nông thôn, tăng 18% so với cùng kỳ. Tại thành phố Phú Quốc, 100% cơ sở lưu trú du lịch chấp nhận thanh toán bằng mã QR.

Thời gian tới, tỉnh phấn đấu đến năm 2025 có 85% người trưởng thành có tài khoản thanh toán, 100% trường học, bệnh viện thu phí không dùng tiền mặt.

Bảo Trân

Tin liên quan
- Kiên Giang triển khai mô hình "Chợ 4.0" tại 15 huyện, thành phố (20/08/2024)
- Sơ kết 6 tháng thực hiện Đề án 06 (11/07/2024)""",
        "2024-09-05",
        [
            ("adults_with_bank_account_rate", "Kiên Giang", "as_of", "2024-08-31", 78.4),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("vneid_activated_accounts", "Kiên Giang", "as_of", "2024-08-31", 780500.0),
        ],
    ),
    # 25 — Bình Phước portal relaying the ministry's quarter figures: national portal and payment figures, one ministry's rate (trap), the province's quarter rate
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC
Trang chủ > Tin tức > Chuyển đổi số
Cả nước: Tỷ lệ hồ sơ trực tuyến quý I/2024 đạt 41,2%
12/04/2024 15:30 | Chia sẻ | Lượt xem: 301

Theo báo cáo của Bộ Thông tin và Truyền thông về tình hình chuyển đổi số quý I/2024, tỷ lệ hồ sơ trực tuyến của cả nước trong quý đạt 41,2%. Tính đến ngày 31/3/2024, Cổng Dịch vụ công quốc gia có 11,8 triệu tài khoản đăng ký. Trong quý I, Cổng ghi nhận 3,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 2.150 tỷ đồng.

Đến hết tháng 3/2024, đã có 52/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; Bình Phước là một trong những tỉnh ban hành sớm.

Đáng chú ý, Bộ Công an đạt tỷ lệ hồ sơ trực tuyến 95,6%, cao nhất trong khối bộ, ngành.

Tại Bình Phước, quý I/2024 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 52,7%, cao hơn mức bình quân cả nước; tỷ lệ hồ sơ trực tuyến toàn trình đạt 30,4%. Thị xã Bình Long và huyện Chơn Thành có tỷ lệ trên 70%.

Sở Thông tin và Truyền thông đề nghị các cơ quan, địa phương tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu quý II/2024 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 60%.

Ngọc Hân (tổng hợp)

Tin liên quan
- Bình Phước miễn 100% lệ phí khi nộp hồ sơ trực tuyến (28/12/2023)
- Tập huấn sử dụng chữ ký số cho cán bộ cấp xã (22/03/2024)""",
        "2024-04-12",
        [
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 41.2),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 11800000.0),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 3200000.0),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 2150.0),
            ("localities_fee_reduction", "national", "as_of", "2024-03-31", 52.0),
            ("online_dossier_rate", "Bình Phước", "quarter", "2024-03-31", 52.7),
            ("online_dossier_full_process_rate", "Bình Phước", "quarter", "2024-03-31", 30.4),
        ],
    ),
    # 26 — Hưng Yên after merging with Thái Bình: eleven-month dossier rate and adult account share at end-November; the former province's part and targets are traps
    (
        """BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ | Thời sự | Kinh tế | Chuyển đổi số | Bạn đọc
Trang chủ / Chuyển đổi số / Chính quyền số
Thứ Tư, 10/12/2025 - 10:18 | Chia sẻ | Lượt xem: 733

Hưng Yên: 11 tháng, gần 80% hồ sơ thủ tục hành chính nộp trực tuyến

Theo Văn phòng UBND tỉnh, 11 tháng năm 2025, toàn tỉnh Hưng Yên tiếp nhận trên 1,6 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 79,6%. Riêng khu vực phía Đông tỉnh (địa bàn tỉnh Thái Bình trước đây) đạt 74%, thấp hơn khu vực phía Tây do nhiều xã thuần nông, người cao tuổi đông.

Ở lĩnh vực thanh toán, Ngân hàng Nhà nước Khu vực 4 cho biết, đến cuối tháng 11/2025, tỷ lệ người trưởng thành trên địa bàn tỉnh có tài khoản thanh toán đạt 89,2%; 100% học phí tại các trường công lập được thu không dùng tiền mặt.

Sau ngày 1/7/2025, tỉnh có 104 xã, phường. Nhiều xã như Thái Thụy, Tiền Hải, Phố Hiến đã triển khai mô hình "Trợ lý số" hướng dẫn người dân tại bộ phận một cửa.

UBND tỉnh yêu cầu các xã, phường tập trung hoàn thành chỉ tiêu cả năm: tỷ lệ hồ sơ trực tuyến đạt 85%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%; 100% cán bộ cấp xã được bồi dưỡng kỹ năng số.

Khánh Linh

Tin cùng chuyên mục
- Hưng Yên ra mắt ứng dụng Hưng Yên số (28/11/2025)
- Tỷ lệ hồ sơ trực tuyến tháng 10 đạt 81,2% (06/11/2025)""",
        "2025-12-10",
        [
            ("online_dossier_rate", "Hưng Yên", "ytd", "2025-11-30", 79.6),
            ("adults_with_bank_account_rate", "Hưng Yên", "as_of", "2025-11-30", 89.2),
        ],
    ),
    # 27 — Sơn La broadband density and subscriptions at end-June; a dead-zone level; a related headline carries a figure of another article
    (
        """Báo Sơn La điện tử
Trang chủ › Kinh tế › Hạ tầng - Giao thông
25/07/2024 08:00 | Chia sẻ | Lượt xem: 615

Hạ tầng viễn thông Sơn La từng bước đáp ứng yêu cầu chuyển đổi số

Theo Sở Thông tin và Truyền thông, đến hết tháng 6/2024, toàn tỉnh có 168.200 thuê bao băng rộng cố định, mật độ đạt 12,4 thuê bao/100 dân; thuê bao băng rộng di động đạt mật độ 78,5 thuê bao/100 dân. Cũng đến thời điểm này, toàn tỉnh còn 87 bản chưa có sóng di động, chủ yếu ở các huyện Sốp Cộp, Bắc Yên, Phù Yên.

Huyện Sốp Cộp hiện còn 31 bản lõm sóng, nhiều nhất tỉnh. Tại đây, người dân phải đi bộ vài cây số lên đồi cao mới có sóng để gọi điện.

Năm 2024, Sơn La được Bộ Thông tin và Truyền thông hỗ trợ qua Chương trình viễn thông công ích để phủ sóng cho 45 bản; các doanh nghiệp Viettel, VNPT cam kết đầu tư thêm 60 trạm BTS. Tỉnh đặt mục tiêu đến cuối năm 2025 không còn bản lõm sóng.

Ông Lò Văn Hùng, Phó Giám đốc Sở, cho biết khó khăn lớn nhất là nhiều bản chưa có điện lưới, chi phí vận hành trạm bằng pin mặt trời cao, trong khi số thuê bao ít nên doanh nghiệp khó hoàn vốn.

Lan Phương

Tin liên quan
- Sơn La: 94% bản có sóng điện thoại di động (12/05/2024)
- Khai trương trạm BTS tại bản Huổi Luông, xã Chiềng Sơ (30/04/2024)""",
        "2024-07-25",
        [
            ("fixed_broadband_subscriptions", "Sơn La", "as_of", "2024-06-30", 168200.0),
            ("fixed_broadband_subscriptions_per_100", "Sơn La", "as_of", "2024-06-30", 12.4),
            ("mobile_broadband_subscriptions_per_100", "Sơn La", "as_of", "2024-06-30", 78.5),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-06-30", 87.0),
        ],
    ),
    # 28 — Vĩnh Long after merging with Bến Tre and Trà Vinh: third-quarter service rates, the national average for the same quarter, a former province's part (trap)
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Vĩnh Long: Kết quả cung cấp dịch vụ công trực tuyến quý III/2025
03/10/2025 | Chia sẻ | In | Lượt xem: 418

Quý III/2025 là quý đầu tiên tỉnh Vĩnh Long (mới) vận hành hệ thống giải quyết thủ tục hành chính thống nhất sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Theo Sở Khoa học và Công nghệ, trong quý, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 97,4%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,3%.

Tỷ lệ hồ sơ trực tuyến toàn trình quý III đạt 58,9%, cao hơn bình quân cả nước cùng kỳ (47,1%). Trong đó, các xã, phường thuộc địa bàn tỉnh Bến Tre trước đây đạt 63,5%, địa bàn tỉnh Trà Vinh trước đây đạt 52,2%.

Một số khó khăn vẫn còn: đường truyền tại một số xã cù lao chưa ổn định; nhiều cán bộ một cửa cấp xã mới được điều động, chưa thành thạo nghiệp vụ; người dân vùng sâu chưa quen nộp hồ sơ qua điện thoại.

Quý IV/2025, Sở đề xuất UBND tỉnh tổ chức đợt cao điểm "100 ngày hồ sơ trực tuyến", phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình cả năm đạt 65%.

Tin liên quan
- Vĩnh Long công bố danh mục 1.958 thủ tục hành chính sau hợp nhất (15/07/2025)
- Ra mắt Trung tâm phục vụ hành chính công 124 xã, phường (01/07/2025)""",
        "2025-10-03",
        [
            ("full_process_provision_rate", "Vĩnh Long", "quarter", "2025-09-30", 97.4),
            ("dvctt_with_dossiers_rate", "Vĩnh Long", "quarter", "2025-09-30", 71.3),
            ("online_dossier_full_process_rate", "Vĩnh Long", "quarter", "2025-09-30", 58.9),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-09-30", 47.1),
        ],
    ),
    # 29 — Khánh Hòa information security 2022: province's approved-level share at a date, the country's earlier share; scan attempts and system counts are traps
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG KHÁNH HÒA
Trang chủ / Tin tức / An toàn thông tin
Khánh Hòa hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin
15/11/2022 | Chia sẻ | Lượt xem: 288

Tính đến ngày 31/10/2022, 100% hệ thống thông tin của các cơ quan nhà nước tỉnh Khánh Hòa (87 hệ thống) đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin theo Nghị định 85/2016/NĐ-CP. Trong khi đó, theo Cục An toàn thông tin, tính đến tháng 9/2022, cả nước mới có khoảng 46% hệ thống thông tin được phê duyệt cấp độ.

Trung tâm giám sát, điều hành an toàn thông tin (SOC) của tỉnh trong 10 tháng đã phát hiện và ngăn chặn 1.240 lượt tấn công dò quét, không để xảy ra sự cố nghiêm trọng. Sở đã tổ chức 2 đợt diễn tập thực chiến với sự tham gia của 35 cán bộ chuyên trách.

Ông Trần Văn Minh, Phó Giám đốc Sở, cho biết thời gian tới sẽ ưu tiên triển khai phương án bảo đảm an toàn thông tin theo cấp độ cho các hệ thống mới, trong đó có Trung tâm điều hành thông minh và Kho dữ liệu dùng chung tỉnh; phấn đấu năm 2023 100% máy trạm của cơ quan nhà nước được cài phần mềm phòng chống mã độc tập trung.

Tin liên quan
- Diễn tập an toàn thông tin mạng tỉnh Khánh Hòa năm 2022 (20/10/2022)
- Cảnh báo lừa đảo mạo danh cơ quan nhà nước (03/10/2022)""",
        "2022-11-15",
        [
            ("info_systems_level_approved_rate", "Khánh Hòa", "as_of", "2022-10-31", 100.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-09-30", 46.0),
        ],
    ),
    # 30 — TP. Hồ Chí Minh after merging with Bình Dương and Bà Rịa - Vũng Tàu: August and eight-month rates; a former area's part and a ward's figure are traps
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TP. HỒ CHÍ MINH
Trang chủ › Tin tức › Cải cách hành chính
TP. Hồ Chí Minh: Tỷ lệ hồ sơ trực tuyến tháng 8/2025 đạt 84,7%
09/09/2025 17:20 | Chia sẻ | Lượt xem: 2.648

Theo Sở Khoa học và Công nghệ, trong tháng 8/2025, các cơ quan, đơn vị trên địa bàn TP. Hồ Chí Minh tiếp nhận khoảng 1,42 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 84,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 66,2%. Lũy kế 8 tháng năm 2025, tỷ lệ hồ sơ trực tuyến của Thành phố đạt 80,1%.

Sau hợp nhất, khu vực Bình Dương (cũ) có tỷ lệ hồ sơ trực tuyến 79%, khu vực Bà Rịa - Vũng Tàu (cũ) đạt 72,5%. Phường Sài Gòn dẫn đầu 168 xã, phường, đặc khu với 97,3%.

Thành phố đã cung cấp ứng dụng "Công dân số TP.HCM" tích hợp 1.100 dịch vụ công; số lượt truy cập ứng dụng trong tháng đạt 3,6 triệu lượt.

Lãnh đạo Sở cho biết sẽ hoàn thành đồng bộ dữ liệu hộ tịch, đất đai của ba địa phương cũ trong tháng 10, phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 75% và 100% hồ sơ được số hóa ngay khi tiếp nhận.

Tin liên quan
- Vận hành thông suốt hệ thống một cửa tại 168 xã, phường, đặc khu (15/07/2025)
- TP. Hồ Chí Minh: Tỷ lệ hồ sơ trực tuyến tháng 7 đạt 81,9% (08/08/2025)""",
        "2025-09-09",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "month", "2025-08-31", 84.7),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "month", "2025-08-31", 66.2),
            ("online_dossier_rate", "Hồ Chí Minh", "ytd", "2025-08-31", 80.1),
        ],
    ),
]
