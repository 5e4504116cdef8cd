"""Genre probes, round 134: telecom infrastructure and digital society (5G, fibre, speeds, dead zones), written blind.

First reading (the stop's start code 6a3524e read it): 117 of 120 right, 117 of 120 found (0.975 / 0.975). Fitted after that reading (stop 47): a ministry directed to finish ("chỉ đạo … hoàn thành lắp đặt 10.000 trạm") is an aim, "Trước đó, …" with no time of its own goes to review, the last villages "cuối cùng được phủ sóng" were covered, "cáp quang hóa đến hộ gia đình", the world's medians after "Trên bình diện toàn cầu": 120 of 120, 120 of 120.
"""

CASES = [
    # 1. Ministry half-year conference (mid-2024): four national levels at end of June.
    # Traps: change "tăng 4,5%", year-end targets 85% / 90%, telecom revenue, spectrum block.
    (
        """Sơ kết 6 tháng năm 2024: Hạ tầng băng rộng tiếp tục được mở rộng

Chiều 11/7, Bộ Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024 theo hình thức trực tiếp kết hợp trực tuyến với các Sở Thông tin và Truyền thông.

Báo cáo tại hội nghị cho biết, tính đến hết tháng 6/2024, cả nước có 87,3 triệu thuê bao băng rộng di động, tăng 4,5% so với cùng kỳ năm 2023; số thuê bao băng rộng cố định đạt 23,6 triệu; tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 86,1%, tỷ lệ hộ gia đình sử dụng cáp quang đạt 81,5%.

Doanh thu dịch vụ viễn thông 6 tháng ước đạt 168.000 tỷ đồng. Trong kỳ, Bộ đã tổ chức thành công cuộc đấu giá khối băng tần C3 (3.890–3.990 MHz), tạo điều kiện để các doanh nghiệp sớm thương mại hóa 5G.

Phát biểu chỉ đạo, Bộ trưởng yêu cầu các đơn vị phấn đấu đến cuối năm 2024 nâng tỷ lệ hộ gia đình có cáp quang lên 85% và tỷ lệ thuê bao smartphone lên 90%, đồng thời hoàn thành việc dừng công nghệ 2G đối với các thuê bao 2G Only theo đúng lộ trình.""",
        "2024-07-12",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 87300000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.1),
            ("ftth_household_rate", "national", "as_of", "2024-06-30", 81.5),
        ],
    ),
    # 2. Whole press article on Ookla's December 2024 index, with page furniture.
    # Traps: upload speeds, ranks 38/110 and 37/153, month-on-month change, world medians, Singapore, Brunei.
    (
        """Công nghệ › Viễn thông

Tốc độ Internet di động của Việt Nam tăng mạnh sau khi có 5G

Thứ Ba, 14/01/2025 08:45 (GMT+7)

Minh Anh

Dữ liệu mới nhất của Ookla cho thấy tốc độ mạng di động tại Việt Nam đã có bước nhảy vọt trong tháng cuối năm 2024, thời điểm các nhà mạng lớn chính thức kinh doanh dịch vụ 5G.

Theo báo cáo Speedtest Global Index vừa được Ookla công bố, trong tháng 12/2024, tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 72,45 Mbps, tốc độ tải lên đạt 21,37 Mbps, đưa Việt Nam lên vị trí 38/110 quốc gia, vùng lãnh thổ được xếp hạng. So với tháng 11/2024, tốc độ tải xuống di động tăng 12,8%.

Ở mảng băng rộng cố định, tốc độ tải xuống trung vị của Việt Nam trong tháng 12/2024 đạt 157,21 Mbps, tải lên 152,4 Mbps, xếp thứ 37/153.

Trong khi đó, tốc độ trung vị toàn cầu tháng 12/2024 đối với mạng di động là 94,6 Mbps và mạng cố định là 93,5 Mbps. Trong khu vực Đông Nam Á, Singapore tiếp tục dẫn đầu về băng rộng cố định với 301,2 Mbps, còn Brunei đạt 154,8 Mbps với mạng di động.

Giới chuyên gia nhận định, khi các nhà mạng đẩy nhanh lắp đặt trạm 5G trong năm 2025, tốc độ di động của Việt Nam hoàn toàn có thể vượt mức trung bình thế giới.

Tin liên quan:
- Viettel chính thức kinh doanh 5G từ ngày 15/10/2024
- VNPT phủ sóng 5G tại 63 tỉnh, thành phố

Chia sẻ | Bình luận (3) | In bài""",
        "2025-01-14",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 72.45),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 157.21),
        ],
    ),
    # 3. Province (Lào Cai) "đến nay" levels, dated by the page.
    # Traps: a district's count (Bát Xát 21 thôn), targets for 2024/2025, proposed 50 villages, 35 new BTS.
    (
        """Lào Cai: Nỗ lực xóa "vùng lõm" sóng di động ở vùng cao

Thời gian qua, tỉnh Lào Cai đã chủ động phối hợp với các doanh nghiệp viễn thông đầu tư hạ tầng tại các xã vùng sâu, vùng xa, biên giới. Theo Sở Thông tin và Truyền thông, đến nay toàn tỉnh còn 86 thôn, bản chưa có sóng di động, tập trung ở các huyện Bát Xát, Mường Khương, Si Ma Cai; riêng huyện Bát Xát còn 21 thôn. Tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 68,4%.

Năm 2024, Lào Cai phấn đấu phủ sóng thêm 40 thôn, bản và đến năm 2025 cơ bản xóa toàn bộ vùng lõm sóng. Để thực hiện mục tiêu này, tỉnh đề nghị Bộ Thông tin và Truyền thông đưa 50 thôn vào danh sách hỗ trợ của Chương trình cung cấp dịch vụ viễn thông công ích; đồng thời đề nghị Viettel Lào Cai, VNPT Lào Cai sớm khảo sát, xây dựng 35 trạm BTS mới ngay trong quý III.

Ông Lý Seo Chứ, Trưởng thôn Phìn Hồ (xã Y Tý) chia sẻ: "Bà con mong có sóng điện thoại để con cháu học trực tuyến, để gọi cán bộ y tế khi ốm đau".""",
        "2024-05-20",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-05-20", 86.0),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-05-20", 68.4),
        ],
    ),
    # 4. 5G after six months of commercial service: explicit date 31/3/2025.
    # Traps: operators' station counts after "Trong đó", 4G BTS total (no id), 5G subscribers, 10.000 plan, 50% forecast.
    (
        """Sau 6 tháng thương mại hóa, 5G đã phủ sóng khoảng 1/4 dân số

Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến ngày 31/3/2025, cả nước có 8.750 trạm BTS 5G đang hoạt động, vùng phủ sóng 5G đạt khoảng 26% dân số. Trong đó, Viettel đã phát sóng hơn 6.500 trạm, VNPT khoảng 1.900 trạm, phần còn lại thuộc MobiFone.

Tổng số trạm BTS 4G trên cả nước hiện vào khoảng 128.000 trạm, bảo đảm vùng phủ 4G cho 99,8% dân số. Số thuê bao đã sử dụng dịch vụ 5G đạt hơn 9 triệu.

Theo kế hoạch, trong năm 2025 các doanh nghiệp phải lắp đặt tối thiểu 10.000 trạm 5G; dự kiến vùng phủ 5G sẽ đạt 50% dân số vào cuối quý III. Cục Viễn thông cũng đang hoàn thiện hồ sơ đấu giá thêm khối băng tần 700 MHz để mở rộng vùng phủ tại khu vực nông thôn.""",
        "2025-04-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8750.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.0),
        ],
    ),
    # 5. i-Speed (VNNIC) monthly speeds for September 2025.
    # Traps: upload speeds, change "tăng 9,4%", per-operator speeds (VNPT, Viettel, FPT, VinaPhone, MobiFone).
    (
        """VNNIC: Tốc độ truy cập Internet tháng 9/2025 tiếp tục cải thiện

Theo số liệu từ hệ thống đo tốc độ truy cập Internet Việt Nam i-Speed do Trung tâm Internet Việt Nam (VNNIC) vận hành, trong tháng 9/2025, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 229,32 Mbps, tốc độ tải lên đạt 214,8 Mbps. Với mạng di động, tốc độ tải xuống trung bình đạt 135,6 Mbps, tăng 9,4% so với tháng 8; tốc độ tải lên đạt 38,2 Mbps.

Xét theo doanh nghiệp, VNPT dẫn đầu về tốc độ băng rộng cố định với 241,5 Mbps, tiếp theo là Viettel (233,9 Mbps) và FPT Telecom (226,1 Mbps). Ở mạng di động, Viettel đạt 148,7 Mbps, VinaPhone đạt 131,2 Mbps và MobiFone đạt 96,4 Mbps.

Hệ thống i-Speed cho phép người dùng tự đo kiểm chất lượng kết nối trên máy tính, điện thoại; kết quả được VNNIC tổng hợp hằng tháng và công bố công khai để người dân tham khảo khi lựa chọn nhà cung cấp dịch vụ.""",
        "2025-10-08",
        [
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 229.32),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 135.6),
        ],
    ),
    # 6. Digital society in 2024 (year under review): Internet users and fibre households at year end.
    # Traps: adults owning smartphones (a share of people), digital skills (no id), a vendor's report (We Are Social/Meltwater), target 2025.
    (
        """Xã hội số năm 2024: 80,1% người dân sử dụng Internet

Các chỉ số về xã hội số của Việt Nam tiếp tục được cải thiện. Năm 2024, theo báo cáo tổng kết của Bộ Thông tin và Truyền thông, tỷ lệ người dân sử dụng Internet đạt 80,1%; cáp quang hóa đến hộ gia đình đạt 83,2%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 84%. Tỷ lệ người dân có kỹ năng số cơ bản ước khoảng 45%.

Một số tổ chức quốc tế cũng ghi nhận xu hướng này. Theo báo cáo Digital 2025 của We Are Social và Meltwater, Việt Nam có 79,8 triệu người dùng Internet, chiếm 78,8% dân số; thời gian trung bình một người dùng trực tuyến mỗi ngày là 6 giờ 18 phút.

Năm 2025, Bộ đặt mục tiêu 80% dân số trưởng thành có kỹ năng số cơ bản và mỗi hộ gia đình có ít nhất một người biết sử dụng dịch vụ công trực tuyến.""",
        "2025-01-08",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 80.1),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 83.2),
        ],
    ),
    # 7. Government Office notice, self-dated (no sidecar): ministries vs localities split, plus 5G stations.
    # Traps: 18 localities under 30%, one named ministry (Bộ Công an), quarter-II target, 10.000 stations to do.
    (
        """VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 112/TB-VPCP
Hà Nội, ngày 18 tháng 3 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tình hình triển khai chuyển đổi số và Đề án 06

Ngày 14 tháng 3 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tình hình triển khai chuyển đổi số quốc gia. Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, Phó Thủ tướng kết luận như sau:

1. Đánh giá chung
Tính đến ngày 10/3/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của các bộ, ngành đạt 71,2%, của các địa phương đạt 58,7%; tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 58,9%, của các địa phương đạt 41,3%. Cũng tính đến ngày 10/3/2025, cả nước đã lắp đặt 7.840 trạm BTS 5G.

Tuy nhiên, vẫn còn 18 địa phương có tỷ lệ hồ sơ trực tuyến dưới 30%; trong khi Bộ Công an dẫn đầu với tỷ lệ 95,6%.

2. Nhiệm vụ thời gian tới
a) Các bộ, ngành, địa phương phấn đấu trong quý II/2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.
b) Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp viễn thông hoàn thành lắp đặt 10.000 trạm 5G trong năm 2025.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện.""",
        None,
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-10", 71.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-10", 58.7),
            ("online_dossier_rate", "ministries", "as_of", "2025-03-10", 58.9),
            ("online_dossier_rate", "localities", "as_of", "2025-03-10", 41.3),
            ("fiveg_bts_count", "national", "as_of", "2025-03-10", 7840.0),
        ],
    ),
    # 8. Province (Quảng Trị) 5G stations and coverage at end of April, fibre/smartphone "hiện nay".
    # Traps: cities at 100% of wards, VNPT's 95 stations, 2025 target 80%, island district.
    (
        """Quảng Trị: Sóng 5G đã phủ 65% dân số

Theo Sở Khoa học và Công nghệ tỉnh Quảng Trị, tính đến cuối tháng 4/2025, các doanh nghiệp viễn thông đã lắp đặt và đưa vào hoạt động 312 trạm 5G trên địa bàn tỉnh, vùng phủ sóng 5G đạt 65% dân số. Tại thành phố Đông Hà và thị xã Quảng Trị, sóng 5G đã phủ 100% phường; riêng VNPT Quảng Trị đã phát sóng 95 trạm.

Hiện nay, tỷ lệ hộ gia đình sử dụng cáp quang của tỉnh đạt 79,6%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 83,4%.

Năm 2025, Quảng Trị đặt mục tiêu phủ sóng 5G cho 80% dân số, ưu tiên các khu công nghiệp, khu kinh tế Đông Nam và các trường học. Huyện đảo Cồn Cỏ đã có sóng 5G từ tháng 3, góp phần phục vụ quốc phòng, an ninh và phát triển du lịch đảo.""",
        "2025-05-28",
        [
            ("fiveg_bts_count", "Quảng Trị", "as_of", "2025-04-30", 312.0),
            ("fiveg_population_coverage_rate", "Quảng Trị", "as_of", "2025-04-30", 65.0),
            ("ftth_household_rate", "Quảng Trị", "as_of", "2025-05-28", 79.6),
            ("smartphone_subscriber_rate", "Quảng Trị", "as_of", "2025-05-28", 83.4),
        ],
    ),
    # 9. Public-utility telecom programme: share of electrified dead-zone villages covered.
    # Traps: the count 1.216 (no id), 367 covered in 2024 (flow), "vượt kế hoạch 17 thôn", sub-count 905, the 304 remaining, 100% target.
    (
        """Đã phủ sóng cho 80% thôn có điện lưới nhưng chưa có sóng di động

Báo cáo của Cục Viễn thông cho thấy, tính đến ngày 15/11/2024, đã có 1.216/1.520 thôn, bản có điện lưới nhưng chưa có sóng di động được phủ sóng, đạt 80%. Riêng năm 2024, các doanh nghiệp đã phủ sóng cho 367 thôn, vượt kế hoạch 17 thôn. Trong số các thôn đã được phủ sóng, 905 thôn được phủ bằng trạm 4G.

304 thôn còn lại chủ yếu nằm ở khu vực địa hình chia cắt, chưa có đường giao thông, việc vận chuyển thiết bị và nguồn điện gặp nhiều khó khăn. Bộ Thông tin và Truyền thông phấn đấu đến ngày 30/6/2025 phủ sóng 100% thôn có điện lưới trên cả nước.""",
        "2024-11-20",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-15", 80.0),
        ],
    ),
    # 10. Year-end review 2023 ("Năm 2023, ..."): subscriptions, per-100 rates, shares, villages, all at 31/12/2023.
    # Traps: revenue, change "tăng 3,6%", speed rank.
    (
        """Ngành Thông tin và Truyền thông tổng kết năm 2023

Năm 2023, hạ tầng viễn thông tiếp tục được đầu tư theo hướng hiện đại, tạo nền tảng cho chuyển đổi số quốc gia. Doanh thu dịch vụ viễn thông ước đạt 335.000 tỷ đồng, tăng 3,6% so với năm 2022.

Năm 2023, số thuê bao băng rộng cố định đạt 22,8 triệu, tương đương 22,7 thuê bao/100 dân; số thuê bao băng rộng di động đạt 85,6 triệu, tương đương 85,3 thuê bao/100 dân. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,3%, tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,5%. Số thôn, bản chưa có sóng di động giảm còn 711 thôn.

Về chất lượng dịch vụ, tốc độ truy cập Internet băng rộng cố định của Việt Nam theo xếp hạng của Ookla đứng thứ 39 thế giới. Năm 2024, ngành đặt mục tiêu thương mại hóa 5G và dừng công nghệ 2G.""",
        "2024-01-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.7),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 85600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 85.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.3),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 711.0),
        ],
    ),
    # 11. Smartphone universalisation: "hiện nay" subscriber share dated by the page.
    # Traps: 18 million remaining non-smartphone subscriptions, 2G Only sub-count, survey's people share (73%), handset price.
    (
        """Phổ cập điện thoại thông minh: doanh nghiệp được khuyến khích bán máy giá dưới 1 triệu đồng

Theo Cục Viễn thông, hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 85,4%. Cả nước còn khoảng 18 triệu thuê bao chưa sử dụng smartphone, trong đó có khoảng 3,5 triệu thuê bao 2G Only, chủ yếu là người cao tuổi, người có thu nhập thấp ở khu vực nông thôn, miền núi.

Một khảo sát do Cục thực hiện trên 5.000 hộ gia đình cho thấy tỷ lệ người dùng smartphone trên tổng số người dùng điện thoại di động mới đạt 73%. Nguyên nhân chính là giá thiết bị còn cao so với thu nhập.

Bộ Thông tin và Truyền thông khuyến khích các doanh nghiệp sản xuất, phân phối dòng điện thoại thông minh giá dưới 1 triệu đồng, đồng thời phối hợp với các nhà mạng triển khai gói cước kèm máy, hỗ trợ trả góp 0% lãi suất. Liên minh phổ cập điện thoại thông minh dự kiến hỗ trợ 1 triệu máy cho hộ nghèo trong năm nay.""",
        "2024-03-15",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-03-15", 85.4),
        ],
    ),
    # 12. Province portal (Bình Định) Q1 2024 report with an explicit date.
    # Traps: total BTS and 4G sub-count (no id), 100% communes with fixed broadband (no id), a district's 3 villages, quarterly portal dossiers.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức > Hạ tầng số

Kết quả phát triển hạ tầng viễn thông quý I/2024

Tính đến ngày 31/3/2024, toàn tỉnh Bình Định có 1.842 trạm BTS, trong đó 1.567 trạm phát sóng 4G; tỷ lệ hộ gia đình có kết nối cáp quang đạt 76,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 82,5%; tỷ lệ thôn, làng có sóng di động băng rộng đạt 99,1%. 100% xã, phường, thị trấn đã có hạ tầng băng rộng cố định. Riêng huyện An Lão còn 3 làng chưa có sóng di động ổn định.

Trong quý I/2024, Cổng Dịch vụ công của tỉnh tiếp nhận 41.250 hồ sơ trực tuyến. Sở đề nghị các doanh nghiệp viễn thông tiếp tục ưu tiên đầu tư tại các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh.

Lượt xem: 1.024 | In trang | Gửi email""",
        "2024-04-08",
        [
            ("ftth_household_rate", "Bình Định", "as_of", "2024-03-31", 76.2),
            ("smartphone_subscriber_rate", "Bình Định", "as_of", "2024-03-31", 82.5),
            ("villages_with_mobile_coverage_rate", "Bình Định", "as_of", "2024-03-31", 99.1),
        ],
    ),
    # 13. Nine-month e-government and infrastructure summary: ytd flows, ministries/localities split, national fibre.
    # Traps: change "tăng 28%" so với cùng kỳ; the levels are dated 30/9 explicitly.
    (
        """Kết quả chuyển đổi số quốc gia 9 tháng năm 2024

Theo báo cáo của Cục Chuyển đổi số quốc gia, 9 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 6,12 triệu hồ sơ trực tuyến, tăng 28% so với cùng kỳ; thực hiện 12,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền 8.930 tỷ đồng.

Tính đến ngày 30/9/2024, tỷ lệ dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 67,8%, của các địa phương đạt 52,3%.

Về hạ tầng số, cũng tính đến ngày 30/9/2024, tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,5%, số thuê bao băng rộng di động đạt 88,4 triệu. Các doanh nghiệp viễn thông đang khẩn trương chuẩn bị hạ tầng để cung cấp dịch vụ 5G thương mại trong quý IV.""",
        "2024-10-10",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 6120000.0),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 12400000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 8930.0),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-09-30", 67.8),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-09-30", 52.3),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 88400000.0),
        ],
    ),
    # 14. Whole article: 2025 year-end 5G results and December speeds.
    # Traps: "gấp 4 lần", "vượt mục tiêu 90%", Viettel's 20.000 stations, speed rank 15/101, upload, 2026 target 99%.
    (
        """Trang chủ / Kinh tế số / Hạ tầng

Năm 2025: Việt Nam cơ bản phủ sóng 5G toàn quốc

06/01/2026 | 07:30

Thanh Hà

Theo báo cáo tổng kết năm 2025 của Bộ Khoa học và Công nghệ, tính đến ngày 31/12/2025, cả nước đã lắp đặt gần 28.000 trạm BTS 5G, tăng gấp 4 lần so với cuối năm 2024; vùng phủ sóng 5G đạt 91% dân số, vượt mục tiêu 90% đề ra từ đầu năm. Riêng Viettel đã lắp đặt hơn 20.000 trạm.

Chất lượng mạng cũng cải thiện rõ rệt. Theo Ookla, trong tháng 12/2025, tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 152,6 Mbps, xếp thứ 15/101; tốc độ tải lên đạt 36,9 Mbps. Tốc độ tải xuống trung vị băng rộng cố định tháng 12/2025 đạt 246,8 Mbps.

Năm 2026, Bộ Khoa học và Công nghệ đặt mục tiêu vùng phủ 5G đạt 99% dân số, tiếp tục tắt sóng 3G theo lộ trình và thúc đẩy các mô hình ứng dụng 5G trong nhà máy thông minh, cảng biển, y tế từ xa.

Từ khóa: 5G, hạ tầng số, Ookla

Bài viết cùng chuyên mục:
› Đấu giá băng tần 700 MHz: lợi ích cho vùng nông thôn
› Thuê bao 5G vượt mốc 30 triệu""",
        "2026-01-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 28000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 152.6),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 246.8),
        ],
    ),
    # 15. ASEAN comparison: Viet Nam's stations and coverage at end of July 2025.
    # Traps: Thailand, Malaysia, Philippines figures; 5G subscriber share (no id).
    (
        """5G Việt Nam: Đi sau nhưng tăng tốc nhanh

Theo Bộ Khoa học và Công nghệ, tính đến hết tháng 7/2025, cả nước có 14.500 trạm 5G, vùng phủ sóng đạt 42% dân số. Con số này còn khiêm tốn so với một số nước trong khu vực: Thái Lan sau 5 năm triển khai đã phủ sóng 5G tới 90% dân số với hơn 100.000 trạm; Malaysia đạt 82% vùng phủ tại khu vực đông dân cư; Philippines khoảng 50%.

Tỷ lệ thuê bao 5G trên tổng số thuê bao di động của Việt Nam mới khoảng 10%. Tuy vậy, tốc độ lắp đặt trạm 5G tại Việt Nam thuộc nhóm nhanh nhất khu vực, bình quân mỗi tháng các nhà mạng đưa thêm khoảng 1.500 trạm vào hoạt động.

Các chuyên gia cho rằng để thu hẹp khoảng cách, cần sớm hoàn thiện cơ chế dùng chung hạ tầng giữa các doanh nghiệp và đơn giản hóa thủ tục cấp phép xây dựng trạm.""",
        "2025-08-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 14500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 42.0),
        ],
    ),
    # 16. New coverage criterion (4G): national count plus three provinces' counts in the same dated sentence.
    # Traps: sub-count 420 without grid power, the undated old-criterion figure "khoảng 600", 2025 target.
    (
        """Rà soát theo tiêu chí mới: cả nước còn 1.605 thôn chưa có sóng di động băng rộng

Thực hiện chỉ đạo của Thủ tướng Chính phủ, Cục Viễn thông đã phối hợp với các địa phương rà soát lại hiện trạng phủ sóng theo tiêu chí mới, theo đó thôn được coi là có sóng khi có tín hiệu 4G ổn định. Kết quả, tính đến ngày 25/10/2024, cả nước còn 1.605 thôn, bản chưa có sóng di động băng rộng, trong đó 420 thôn chưa có điện lưới quốc gia; Hà Giang là địa phương còn nhiều thôn lõm sóng nhất với 152 thôn, tiếp đến là Nghệ An (131 thôn) và Điện Biên (97 thôn).

Trước đó, theo tiêu chí cũ (không có sóng 2G, 3G hoặc 4G), số thôn lõm sóng chỉ còn khoảng 600 thôn. Bộ Thông tin và Truyền thông đặt mục tiêu đến hết năm 2025 cơ bản xóa thôn lõm sóng di động băng rộng.""",
        "2024-10-30",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-25", 1605.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-10-25", 152.0),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-10-25", 131.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-10-25", 97.0),
        ],
    ),
    # 17. Digital-skills movement: nothing with an id.
    # Traps: learners, certificates, basic-skills share and its change in points, community tech teams, 2030 target.
    (
        """Phong trào "Bình dân học vụ số": hơn 12 triệu lượt người tham gia

Sau hơn nửa năm triển khai, phong trào "Bình dân học vụ số" đã lan tỏa rộng khắp. Tính đến ngày 31/10/2025, nền tảng học tập trực tuyến của phong trào đã có hơn 12 triệu lượt người học, 2,3 triệu người được cấp chứng nhận hoàn thành khóa học kỹ năng số cơ bản. Tỷ lệ người dân có kỹ năng số cơ bản ước đạt 58%, tăng 13 điểm phần trăm so với năm 2024.

Cả nước hiện có hơn 80.000 tổ công nghệ số cộng đồng với khoảng 390.000 thành viên, trực tiếp "cầm tay chỉ việc" cho người dân cài đặt VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ trực tuyến.

Mục tiêu đến năm 2030, 80% người dân được phổ cập kỹ năng số cơ bản và 100% cán bộ, công chức được bồi dưỡng kỹ năng số.""",
        "2025-11-12",
        [],
    ),
    # 18. Ookla June 2023.
    # Traps: ranks 52/142 and 43/180, change "+2,3 Mbps", global averages, China, UAE.
    (
        """Ookla: Tốc độ mạng cố định Việt Nam tháng 6/2023 tiến sát 100 Mbps

Theo Speedtest Global Index tháng 6/2023 của Ookla, tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 43,12 Mbps, xếp thứ 52/142; băng rộng cố định đạt 97,62 Mbps, xếp thứ 43/180. So với tháng 5, tốc độ mạng cố định tăng 2,3 Mbps.

Trên bình diện toàn cầu, tốc độ trung vị di động là 44,1 Mbps và cố định là 83,5 Mbps. Trung Quốc đạt 117,6 Mbps với mạng di động, còn UAE tiếp tục dẫn đầu thế giới với 233,9 Mbps.

Việc các doanh nghiệp nâng cấp dung lượng tuyến cáp quang biển và mở rộng băng thông quốc tế được xem là nguyên nhân giúp tốc độ truy cập trong nước cải thiện.""",
        "2023-07-18",
        [
            ("mobile_broadband_speed", "national", "month", "2023-06-30", 43.12),
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 97.62),
        ],
    ),
    # 19. One operator's news (VNPT): nothing national.
    # Traps: operator fibre subscribers, market share, operator 5G coverage and stations, operator speed, operator target.
    (
        """VNPT cán mốc 10 triệu thuê bao Internet cáp quang

Ngày 30/5, Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) cho biết đã có 10,2 triệu thuê bao Internet cáp quang (FTTH), chiếm khoảng 42% thị phần băng rộng cố định. Cùng với đó, mạng 5G VinaPhone đã phủ sóng 35% dân số với 2.800 trạm, tốc độ tải xuống trung bình đo được trên mạng 5G đạt 420 Mbps.

Trong năm 2025, VNPT đặt mục tiêu nâng số trạm 5G lên 6.000 trạm và triển khai công nghệ XGS-PON cho 1 triệu khách hàng doanh nghiệp, hộ gia đình tại các thành phố lớn.""",
        "2025-06-02",
        [],
    ),
    # 20. City (Đà Nẵng) "đến nay" levels.
    # Traps: a rural district's fibre share (Hòa Vang 88,1%), 5G trial speed 1,2 Gbps.
    (
        """Đà Nẵng: 100% thôn, tổ dân phố đã có sóng 4G

Theo Sở Thông tin và Truyền thông thành phố Đà Nẵng, đến nay 100% thôn và tổ dân phố trên địa bàn thành phố đã được phủ sóng di động 4G; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 95,8%; tỷ lệ thuê bao di động sử dụng smartphone đạt 92,3%.

Huyện Hòa Vang, địa bàn nông thôn duy nhất của thành phố, có tỷ lệ hộ gia đình dùng cáp quang đạt 88,1%. Thành phố cũng đang phối hợp với các nhà mạng thử nghiệm 5G tại Khu công nghệ cao và bán đảo Sơn Trà, tốc độ tải xuống thử nghiệm đạt 1,2 Gbps.""",
        "2024-09-05",
        [
            ("villages_with_mobile_coverage_rate", "Đà Nẵng", "as_of", "2024-09-05", 100.0),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-09-05", 95.8),
            ("smartphone_subscriber_rate", "Đà Nẵng", "as_of", "2024-09-05", 92.3),
        ],
    ),
    # 21. Nine-month 2025 report: six national levels at end of September.
    # Traps: revenue and its change "tăng 5,2%".
    (
        """Bộ Khoa học và Công nghệ: Hạ tầng viễn thông 9 tháng năm 2025

Tính đến hết tháng 9/2025, cả nước có 92,6 triệu thuê bao băng rộng di động, đạt 91,5 thuê bao/100 dân; 24,9 triệu thuê bao băng rộng cố định, đạt 24,6 thuê bao/100 dân. Tỷ lệ thuê bao di động sử dụng smartphone đạt 91,2%, tỷ lệ hộ gia đình có cáp quang đạt 84,9%.

Doanh thu dịch vụ viễn thông 9 tháng ước đạt 261.000 tỷ đồng, tăng 5,2% so với cùng kỳ năm 2024. Bộ cho biết sẽ tiếp tục rà soát, sửa đổi quy định về dùng chung cơ sở hạ tầng kỹ thuật viễn thông thụ động để giảm chi phí đầu tư cho doanh nghiệp.""",
        "2025-10-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 92600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 91.5),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 24900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 24.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-09-30", 91.2),
            ("ftth_household_rate", "national", "as_of", "2025-09-30", 84.9),
        ],
    ),
    # 22. Half-year 2025 e-government flows, ministries/localities online-dossier shares, 5G stations at 30/6.
    # Traps: change "tăng 21%", target 60% for the year.
    (
        """6 tháng đầu năm 2025: Hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia tăng mạnh

6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 4,85 triệu hồ sơ trực tuyến, tăng 21% so với cùng kỳ; thực hiện 9,6 triệu giao dịch thanh toán trực tuyến với số tiền 6.240 tỷ đồng.

Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm của các bộ, ngành đạt 61,3%, của các địa phương đạt 49,8%. Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước trong 6 tháng đạt 36,4%, còn cách khá xa mục tiêu 60% đặt ra cho cả năm.

Về hạ tầng số, tính đến ngày 30/6/2025, cả nước có 11.850 trạm 5G đang phát sóng, tạo nền tảng cho các dịch vụ số đòi hỏi băng thông lớn.""",
        "2025-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 4850000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 9600000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 6240.0),
            ("online_dossier_rate", "ministries", "half", "2025-06-30", 61.3),
            ("online_dossier_rate", "localities", "half", "2025-06-30", 49.8),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 36.4),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11850.0),
        ],
    ),
    # 23. Tết traffic story with Ookla January 2025 mobile speed.
    # Traps: traffic growth 25%, Viettel 5G traffic "gấp 3 lần", upload, operator complaint counts.
    (
        """Lưu lượng dữ liệu di động dịp Tết Ất Tỵ tăng 25%

Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ, lưu lượng dữ liệu di động trên toàn mạng tăng khoảng 25% so với ngày thường, đặc biệt vào thời khắc giao thừa. Riêng Viettel ghi nhận lưu lượng trên mạng 5G tăng gấp 3 lần so với Tết năm trước, khi số thuê bao 5G đã vượt 5 triệu.

Dù lưu lượng tăng đột biến, chất lượng mạng vẫn được bảo đảm. Theo Ookla, trong tháng 1/2025 tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 81,4 Mbps, tốc độ tải lên đạt 22,6 Mbps. Các nhà mạng cho biết chỉ ghi nhận hơn 1.200 phản ánh của khách hàng về chất lượng dịch vụ trong dịp Tết, giảm mạnh so với năm trước.""",
        "2025-02-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 81.4),
        ],
    ),
    # 24. Ookla July 2025: Viet Nam in the world's top 20 for mobile speed.
    # Traps: rank 19/104 and "tăng 16 bậc", fixed rank 31/153, upload, global median, UAE.
    (
        """Việt Nam lọt top 20 thế giới về tốc độ Internet di động

Theo Speedtest Global Index tháng 7/2025 vừa được Ookla công bố, Việt Nam xếp thứ 19/104 quốc gia về tốc độ Internet di động với tốc độ tải xuống trung vị 146,6 Mbps, tăng 16 bậc so với tháng 1. Tốc độ tải lên trung vị đạt 34,2 Mbps.

Với băng rộng cố định, tốc độ tải xuống trung vị của Việt Nam trong tháng 7/2025 đạt 221,45 Mbps, xếp thứ 31/153.

Tốc độ trung vị di động toàn cầu trong tháng 7/2025 là 100,5 Mbps; UAE đứng đầu thế giới với 546,1 Mbps. Đây là lần đầu tiên Việt Nam vượt mức trung bình thế giới về tốc độ di động, chủ yếu nhờ các nhà mạng đẩy nhanh triển khai 5G trên băng tần 2.600 MHz và 3.700 MHz.""",
        "2025-08-14",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 221.45),
        ],
    ),
    # 25. Merged province (Tuyên Quang, after 1/7/2025): count and share with an explicit date.
    # Traps: communes' counts (Lũng Cú 7, Mậu Duệ 9), total 7.246 villages (no id), target 150 villages.
    (
        """Tuyên Quang: Còn 298 thôn chưa có sóng di động băng rộng

Sau sắp xếp đơn vị hành chính, tỉnh Tuyên Quang (mới) có 124 xã, phường với 7.246 thôn, tổ dân phố. Theo Sở Khoa học và Công nghệ, tính đến ngày 15/9/2025, toàn tỉnh còn 298 thôn chưa có sóng di động băng rộng, tỷ lệ thôn có sóng di động băng rộng đạt 95,9%.

Các thôn lõm sóng tập trung ở khu vực biên giới phía Bắc như xã Lũng Cú (còn 7 thôn), xã Mậu Duệ (còn 9 thôn). Tỉnh phấn đấu trước ngày 31/12/2025 phủ sóng thêm 150 thôn và đề nghị Bộ Khoa học và Công nghệ hỗ trợ kinh phí từ Quỹ Dịch vụ viễn thông công ích.""",
        "2025-09-25",
        [
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-09-15", 298.0),
            ("villages_with_mobile_coverage_rate", "Tuyên Quang", "as_of", "2025-09-15", 95.9),
        ],
    ),
    # 26. Report annex table, self-dated (no sidecar): the "thực hiện" column, not the plan column.
    # Traps: the "Kế hoạch năm 2024" column (85, 90, 0, 24, 80).
    (
        """Phụ lục
MỘT SỐ CHỈ TIÊU PHÁT TRIỂN HẠ TẦNG SỐ, XÃ HỘI SỐ
(Kèm theo Báo cáo tình hình hoạt động tháng 5/2024 của Bộ Thông tin và Truyền thông)

| TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện đến 31/5/2024 |
|---|---|---|---|---|
| 1 | Tỷ lệ hộ gia đình sử dụng cáp quang | % | 85 | 80,9 |
| 2 | Tỷ lệ thuê bao di động sử dụng điện thoại thông minh | % | 90 | 85,7 |
| 3 | Số thôn, bản chưa có sóng di động | thôn | 0 | 685 |
| 4 | Số thuê bao băng rộng cố định | triệu thuê bao | 24 | 23,4 |
| 5 | Tỷ lệ người dân sử dụng Internet | % | 80 | 79,2 |

Ghi chú: Số liệu do Cục Viễn thông tổng hợp từ báo cáo của các doanh nghiệp viễn thông.""",
        None,
        [
            ("ftth_household_rate", "national", "as_of", "2024-05-31", 80.9),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-05-31", 85.7),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-05-31", 685.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-05-31", 23400000.0),
            ("internet_users_rate", "national", "as_of", "2024-05-31", 79.2),
        ],
    ),
    # 27. Government press briefing: fibre at end of June 2025, mobile speed for May.
    # Traps: change "tăng 2,7 điểm phần trăm", 100% communes with fibre (no id), 5G subscribers.
    (
        """Họp báo Chính phủ thường kỳ tháng 6/2025: Hạ tầng số tiếp tục được nâng cấp

Trả lời câu hỏi của báo chí về hạ tầng số tại họp báo Chính phủ thường kỳ chiều 2/7, Thứ trưởng Bộ Khoa học và Công nghệ cho biết: đến cuối tháng 6/2025, tỷ lệ hộ gia đình sử dụng cáp quang đạt 84,2%, tăng 2,7 điểm phần trăm so với cùng kỳ năm 2024; 100% xã đã có hạ tầng cáp quang.

"Chất lượng mạng di động cũng có bước tiến lớn. Theo Ookla, tháng 5/2025, tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 120,3 Mbps", Thứ trưởng nói. Hiện có khoảng 14 triệu thuê bao đã trải nghiệm dịch vụ 5G.

Thứ trưởng cũng thông tin, Bộ đang xây dựng chiến lược hạ tầng số giai đoạn tới, với yêu cầu mỗi hộ gia đình đều có thể truy cập Internet tốc độ gigabit.""",
        "2025-07-03",
        [
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 84.2),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 120.3),
        ],
    ),
    # 28. Province (Bắc Kạn) completes dead-zone removal: "đến nay" levels.
    # Traps: 23 last villages covered (flow, no id), a district's fibre share (Pác Nặm 64%).
    (
        """Bắc Kạn hoàn thành xóa thôn, bản lõm sóng

Đến nay, 100% thôn, bản trên địa bàn tỉnh Bắc Kạn đã có sóng di động, sau khi 23 thôn cuối cùng được phủ sóng trong năm 2024 từ nguồn Quỹ Dịch vụ viễn thông công ích và vốn của doanh nghiệp. Tỷ lệ thuê bao di động sử dụng smartphone của tỉnh đạt 78,5%; tỷ lệ hộ gia đình có cáp quang đạt 71,3%.

Tuy vậy, khoảng cách số giữa các địa bàn vẫn còn lớn: tại huyện Pác Nặm, tỷ lệ hộ gia đình có cáp quang mới đạt 64%. Tỉnh sẽ tiếp tục vận động người dân chuyển sang dùng điện thoại thông minh, kết hợp hướng dẫn kỹ năng số qua tổ công nghệ số cộng đồng.""",
        "2024-12-24",
        [
            ("villages_with_mobile_coverage_rate", "Bắc Kạn", "as_of", "2024-12-24", 100.0),
            ("smartphone_subscriber_rate", "Bắc Kạn", "as_of", "2024-12-24", 78.5),
            ("ftth_household_rate", "Bắc Kạn", "as_of", "2024-12-24", 71.3),
        ],
    ),
    # 29. Reportage from a mountain district; only the province's figure is a value.
    # Traps: district count (Mường Lát 14 bản), commune count (Pù Nhi 5 bản), distances.
    (
        """Mường Lát: Những bản làng vẫn "khát" sóng điện thoại

Để gọi được một cuộc điện thoại, anh Vi Văn Thắng ở bản Ón, xã Tam Chung phải leo lên đỉnh đồi cách nhà gần 2 km. Toàn huyện Mường Lát hiện còn 14 bản chưa có sóng di động, riêng xã Pù Nhi còn 5 bản.

Theo Sở Thông tin và Truyền thông Thanh Hóa, hiện toàn tỉnh còn 47 thôn, bản lõm sóng, phần lớn thuộc các huyện miền núi Mường Lát, Quan Sơn, Lang Chánh. Sở đã đề nghị các doanh nghiệp viễn thông ưu tiên đầu tư trạm BTS tại những khu vực này, đồng thời đề xuất đưa vào danh mục hỗ trợ của Chương trình cung cấp dịch vụ viễn thông công ích.""",
        "2024-08-15",
        [
            ("villages_without_mobile_coverage", "Thanh Hóa", "as_of", "2024-08-15", 47.0),
        ],
    ),
    # 30. ITU world figures; Viet Nam's ministry estimate "hiện nay".
    # Traps: world 67%, 2,6 billion offline, Europe 91%, the gap "11,6 điểm phần trăm".
    (
        """ITU: 67% dân số thế giới đã sử dụng Internet

Theo báo cáo Facts and Figures 2023 của Liên minh Viễn thông quốc tế (ITU), khoảng 67% dân số thế giới, tương đương 5,4 tỷ người, đang sử dụng Internet; 2,6 tỷ người vẫn chưa được kết nối. Châu Âu có tỷ lệ cao nhất với 91%, trong khi châu Phi chỉ đạt 37%.

Tại Việt Nam, theo Bộ Thông tin và Truyền thông, hiện nay tỷ lệ người dân sử dụng Internet khoảng 78,6%, cao hơn mức trung bình thế giới 11,6 điểm phần trăm. Khoảng cách số giữa thành thị và nông thôn, giữa các nhóm tuổi vẫn còn đáng kể.""",
        "2023-12-20",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-20", 78.6),
        ],
    ),
    # 31. Self-dated news (dateline, no sidecar) one month after the 2G switch-off.
    # Traps: 1,6 million converted (flow), 2,1 million remaining, Viettel's 460.000 handsets.
    (
        """Hà Nội, ngày 16/10/2024 – Sau một tháng thực hiện dừng công nghệ 2G đối với thuê bao 2G Only, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên cả nước đã đạt 89,3%.

Theo Cục Viễn thông, từ ngày 16/9/2024 đến nay đã có 1,6 triệu thuê bao 2G chuyển đổi sang điện thoại hỗ trợ 4G; số thuê bao 2G Only còn lại khoảng 2,1 triệu, chủ yếu là thuê bao ít phát sinh cuộc gọi. Riêng Viettel đã hỗ trợ miễn phí 460.000 máy điện thoại 4G cho khách hàng.

Cục Viễn thông khuyến cáo người dân còn dùng máy 2G nhanh chóng liên hệ nhà mạng để được hỗ trợ đổi máy, tránh bị gián đoạn liên lạc.""",
        None,
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-16", 89.3),
        ],
    ),
    # 32. Total mobile subscriptions (no id) with smartphone count after "trong đó" (another indicator) and its share.
    # Traps: total 127,6 million, 2G Only 6,8 million, net additions in January.
    (
        """Tính đến hết tháng 1/2024, tổng số thuê bao di động trên cả nước đạt 127,6 triệu, trong đó có 108,4 triệu thuê bao sử dụng smartphone, chiếm 85% tổng số thuê bao di động. Số thuê bao 2G Only còn khoảng 6,8 triệu.

Trong tháng 1, số thuê bao phát triển mới đạt 1,9 triệu, giảm nhẹ so với tháng 12/2023 do các nhà mạng tăng cường chuẩn hóa thông tin thuê bao. Cục Viễn thông cho biết sẽ phối hợp với các doanh nghiệp lập danh sách thuê bao 2G Only để hỗ trợ chuyển đổi trước khi dừng công nghệ 2G vào tháng 9/2024.""",
        "2024-02-20",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-01-31", 108400000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-01-31", 85.0),
        ],
    ),
    # 33. Upload-focused story (Ookla March 2024): the download figures are the values.
    # Traps: upload 139,5 and 18,9 Mbps, China's upload, the headline's "top đầu".
    (
        """Tốc độ tải lên băng rộng cố định của Việt Nam thuộc nhóm cao thế giới

Theo Ookla, trong tháng 3/2024, tốc độ tải lên trung vị của mạng băng rộng cố định tại Việt Nam đạt 139,5 Mbps, gần tương đương tốc độ tải xuống 140,83 Mbps. Đây là đặc điểm hiếm thấy, bởi ở nhiều quốc gia tốc độ tải lên thường chỉ bằng 1/5 đến 1/10 tốc độ tải xuống; ví dụ tại Trung Quốc, tốc độ tải lên trung vị chỉ khoảng 40 Mbps.

Nguyên nhân là các nhà mạng Việt Nam triển khai công nghệ GPON, XGS-PON với băng thông đối xứng. Ngược lại, ở mạng di động, tốc độ tải xuống trung vị tháng 3/2024 đạt 49,64 Mbps trong khi tốc độ tải lên chỉ 18,9 Mbps.""",
        "2024-04-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-03-31", 140.83),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 49.64),
        ],
    ),
    # 34. Operator claim (Viettel) beside the telecom authority's national figures.
    # Traps: Viettel's 63% and 15.000 stations, the 3,5 Gbps demo.
    (
        """Viettel: Mạng 5G đã phủ sóng 63% dân số

Đại diện Tổng công ty Viễn thông Viettel cho biết, đến nay mạng 5G của Viettel đã phủ sóng 63% dân số với hơn 15.000 trạm, tốc độ trình diễn tối đa đạt 3,5 Gbps.

Theo Cục Viễn thông, tính đến ngày 20/10/2025, cả nước có 21.360 trạm 5G, vùng phủ sóng 5G của cả ba nhà mạng đạt 68% dân số. Cục đang xây dựng bộ tiêu chuẩn chất lượng dịch vụ 5G, dự kiến ban hành trong quý I/2026.""",
        "2025-10-25",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-10-20", 21360.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-20", 68.0),
        ],
    ),
    # 35. 2022 year in review (year-end levels) and Ookla November 2022.
    # Traps: target 2025 100% fibre, 4G coverage 99,8% (no id), 5G trial cities.
    (
        """Nhìn lại năm 2022: Hạ tầng số tạo nền móng cho chuyển đổi số

Năm 2022, tỷ lệ hộ gia đình sử dụng cáp quang đạt 75,1%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 77,2%; cả nước còn khoảng 1.400 thôn, bản chưa có sóng di động. Mạng 4G đã phủ sóng 99,8% dân số, trong khi 5G mới được thử nghiệm tại 16 tỉnh, thành phố.

Theo Ookla, tháng 11/2022, tốc độ tải xuống trung vị băng rộng cố định của Việt Nam đạt 82,39 Mbps, băng rộng di động đạt 35,24 Mbps.

Chiến lược hạ tầng số đặt mục tiêu đến năm 2025, 100% hộ gia đình có khả năng tiếp cận cáp quang và phổ cập điện thoại thông minh.""",
        "2023-01-04",
        [
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 77.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2022-12-31", 1400.0),
            ("fixed_broadband_speed", "national", "month", "2022-11-30", 82.39),
            ("mobile_broadband_speed", "national", "month", "2022-11-30", 35.24),
        ],
    ),
    # 36. Monthly report excerpt, self-dated (no sidecar); a past value for comparison in parentheses is kept.
    # Traps: 45 villages covered in the month, 312 since January (flows, no id), "62,4% kế hoạch năm".
    (
        """BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG THÁNG 8/2023 (trích)

II. Lĩnh vực viễn thông
Trong tháng 8/2023, các doanh nghiệp viễn thông đã phủ sóng thêm 45 thôn, nâng tổng số thôn được phủ sóng từ đầu năm lên 312 thôn, đạt 62,4% kế hoạch năm. Tính đến ngày 31/8/2023, cả nước còn 1.045 thôn chưa có sóng di động, giảm so với cuối năm 2022 (1.357 thôn).

Cục Viễn thông tiếp tục đôn đốc các doanh nghiệp hoàn thành phủ sóng các thôn thuộc Chương trình "Sóng và máy tính cho em" trước khai giảng năm học mới.""",
        None,
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-08-31", 1045.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2022-12-31", 1357.0),
        ],
    ),
    # 37. Province (Điện Biên) at 31/3/2023.
    # Traps: share of villages without coverage 8,9% (complement would be derived), district count (Mường Nhé 41 bản), 2023 target.
    (
        """Điện Biên đẩy nhanh phủ sóng di động vùng biên giới

Tính đến ngày 31/3/2023, toàn tỉnh Điện Biên còn 164 thôn, bản chưa có sóng di động, chiếm 8,9% tổng số thôn, bản; tỷ lệ hộ gia đình có kết nối cáp quang đạt 52,6%. Huyện Mường Nhé là địa bàn khó khăn nhất với 41 bản chưa có sóng.

Năm 2023, tỉnh phấn đấu phủ sóng cho 60 bản, ưu tiên các bản có điểm trường, trạm y tế. Các doanh nghiệp viễn thông cho biết chi phí đầu tư một trạm BTS tại vùng núi cao gấp 2–3 lần vùng đồng bằng do phải kéo điện và làm đường vận chuyển.""",
        "2023-04-20",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2023-03-31", 164.0),
            ("ftth_household_rate", "Điện Biên", "as_of", "2023-03-31", 52.6),
        ],
    ),
    # 38. Whole article: 2025 digital society year in review (year-end levels).
    # Traps: digital skills 60% (no id), change "tăng 2,3 điểm phần trăm", 2026 targets, Internet users count (no id).
    (
        """XÃ HỘI SỐ

Năm 2025: Khoảng cách số tiếp tục được thu hẹp

15/01/2026 - 09:12 | Bảo Ngọc

Năm 2025, tỷ lệ người dân sử dụng Internet ước đạt 82,5%, tương đương khoảng 84 triệu người. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 93,1%; tỷ lệ hộ gia đình sử dụng cáp quang đạt 86,5%, tăng 2,3 điểm phần trăm so với tháng 6/2025. Số thuê bao băng rộng di động đạt 94,8 triệu.

Về kỹ năng số, tỷ lệ dân số trưởng thành có kỹ năng số cơ bản đạt khoảng 60%, nhờ phong trào "Bình dân học vụ số" được triển khai sâu rộng đến từng thôn, tổ dân phố.

Năm 2026, Bộ Khoa học và Công nghệ phấn đấu 95% thuê bao di động sử dụng smartphone và 90% hộ gia đình có cáp quang; đồng thời hoàn thành dừng công nghệ 3G.

Chia sẻ:  Facebook  Zalo  |  Bản in
Tin khác:
• Thuê bao 5G vượt mốc 30 triệu
• Hà Nội triển khai Wi-Fi miễn phí tại các điểm du lịch""",
        "2026-01-15",
        [
            ("internet_users_rate", "national", "as_of", "2025-12-31", 82.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 93.1),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 86.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-12-31", 94800000.0),
        ],
    ),
    # 39. Province plan (Nghệ An): the current-status section holds values, the targets section does not.
    # Traps: 2026 targets (100% 5G, 2.000 stations, 90% fibre, zero dead zones).
    (
        """UBND TỈNH NGHỆ AN
KẾ HOẠCH
Phát triển hạ tầng số trên địa bàn tỉnh Nghệ An năm 2026

I. THỰC TRẠNG
Hiện nay, toàn tỉnh có 1.120 trạm 5G, vùng phủ sóng 5G đạt 72% dân số; tỷ lệ hộ gia đình sử dụng cáp quang đạt 80,4%; còn 64 thôn, bản chưa có sóng di động băng rộng, chủ yếu thuộc các xã biên giới miền Tây.

II. MỤC TIÊU
1. Phấn đấu đến hết năm 2026, 100% dân số được phủ sóng 5G, tổng số trạm 5G đạt tối thiểu 2.000 trạm.
2. Tỷ lệ hộ gia đình sử dụng cáp quang đạt 90%.
3. Xóa 100% thôn, bản lõm sóng di động băng rộng.

III. NHIỆM VỤ, GIẢI PHÁP
Các sở, ngành, UBND các xã, phường tạo điều kiện thuận lợi về mặt bằng để doanh nghiệp lắp đặt trạm; khuyến khích dùng chung hạ tầng cột ăng-ten.""",
        "2025-12-10",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-12-10", 1120.0),
            ("fiveg_population_coverage_rate", "Nghệ An", "as_of", "2025-12-10", 72.0),
            ("ftth_household_rate", "Nghệ An", "as_of", "2025-12-10", 80.4),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2025-12-10", 64.0),
        ],
    ),
    # 40. Merged city (Hải Phòng) at 31/10/2025.
    # Traps: a special zone's coverage (Bạch Long Vĩ), Viettel's stations, target 100%.
    (
        """Hải Phòng: 5G phủ sóng 97% dân số

Tính đến ngày 31/10/2025, trên địa bàn thành phố Hải Phòng có 2.450 trạm 5G, vùng phủ sóng 5G đạt 97% dân số; tỷ lệ hộ gia đình sử dụng cáp quang đạt 91,4%. Tại đặc khu Bạch Long Vĩ, sóng 5G đã phủ 100% khu dân cư từ tháng 8. Riêng Viettel Hải Phòng đã lắp đặt 1.380 trạm.

Thành phố đặt mục tiêu trong năm 2026 phủ sóng 5G 100% dân số và các khu công nghiệp, cảng biển, phục vụ phát triển logistics thông minh.""",
        "2025-11-20",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-10-31", 2450.0),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-10-31", 97.0),
            ("ftth_household_rate", "Hải Phòng", "as_of", "2025-10-31", 91.4),
        ],
    ),
    # 41. Per-100 comparison with OECD and Korea at end of July 2024.
    # Traps: OECD average 36,4, Korea 45,3, OECD mobile 127.
    (
        """Mật độ thuê bao băng rộng của Việt Nam so với thế giới

Tính đến hết tháng 7/2024, Việt Nam có 23,7 thuê bao băng rộng cố định/100 dân và 87,6 thuê bao băng rộng di động/100 dân. Trong khi đó, mức trung bình của các nước OECD là 36,4 thuê bao băng rộng cố định/100 dân và khoảng 127 thuê bao băng rộng di động/100 dân; Hàn Quốc đạt 45,3 thuê bao băng rộng cố định/100 dân.

Theo các chuyên gia, mật độ băng rộng cố định của Việt Nam còn dư địa tăng trưởng lớn, nhất là ở khu vực nông thôn, nơi nhiều hộ gia đình vẫn chỉ truy cập Internet qua điện thoại di động.""",
        "2024-08-28",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-07-31", 23.7),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-07-31", 87.6),
        ],
    ),
    # 42. Government portal summary on digital infrastructure and the draft strategy: one "hiện" level among no-id and target figures.
    # Traps: fibre km, submarine cables, 4G population coverage (no id), data-centre capacity, 2025/2030 targets.
    (
        """Cổng Thông tin điện tử Chính phủ
Chuyên đề: Chuyển đổi số quốc gia

Hạ tầng số – nền tảng của kinh tế số

Theo số liệu của Bộ Thông tin và Truyền thông, Việt Nam đã có hơn 1,2 triệu km cáp quang, 5 tuyến cáp quang biển quốc tế đang khai thác; mạng 4G phủ sóng 99,8% dân số. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh hiện đạt 86,2%.

Tổng công suất các trung tâm dữ liệu trong nước đạt khoảng 45 MW. Dự thảo Chiến lược hạ tầng số đặt mục tiêu đến năm 2025 có ít nhất 10 tuyến cáp quang biển, đến năm 2030 phổ cập dịch vụ băng rộng cố định tốc độ 1 Gb/s và 5G phủ 99% dân số.""",
        "2024-07-25",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-07-25", 86.2),
        ],
    ),
    # 43. Capital (Hà Nội) 5G and fibre at 31/8/2025.
    # Traps: historic inner-city zone 100%, Viettel Hà Nội's 2.300 stations, target 100% by end of year.
    (
        """Hà Nội: Vùng phủ sóng 5G đạt 95% dân số

Theo Sở Khoa học và Công nghệ Hà Nội, tính đến ngày 31/8/2025, trên địa bàn Thủ đô có 4.120 trạm 5G, vùng phủ sóng 5G đạt 95% dân số; tỷ lệ hộ gia đình sử dụng cáp quang đạt 96,7%. Khu vực nội đô lịch sử đã được phủ 100%, riêng Viettel Hà Nội đã lắp đặt khoảng 2.300 trạm.

Thành phố đặt mục tiêu đến cuối năm 2025 phủ sóng 5G toàn bộ 126 xã, phường, ưu tiên bệnh viện, trường đại học, khu công nghiệp và các điểm du lịch.""",
        "2025-09-10",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-08-31", 4120.0),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-08-31", 95.0),
            ("ftth_household_rate", "Hà Nội", "as_of", "2025-08-31", 96.7),
        ],
    ),
]
