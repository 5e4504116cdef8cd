"""Genre cases: scraped-page EXCERPTS about telecom / Internet infrastructure.

CASES: (page_excerpt, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])

Each text is the start of a saved Vietnamese news page (1,200-2,000 characters): sometimes a
page-date line " date YYYY-MM" (crawler furniture, sometimes wrong: the sidecar date wins),
menus, breadcrumbs, captions; the excerpt may begin mid-article or mid-sentence and is cut at
the end, often mid-word. A number cut by the end of the excerpt is not a value. A figure whose
indicator was cut off by the start of the excerpt is not a value either.
published None = the sidecar has no date: only values dated by the text itself are expected
(the " date" line is not relied on).
Written independently from tests/golden/README.md: upload speeds, ranks, world averages,
operators' figures, changes, targets, "trong đó" sub-counts and ids not in the catalog are left out.
"""

CASES = [
    # 1 -- i-Speed June 2025 published 9 July. Pairs "x/y (tải xuống/tải lên)" and "x và y":
    # download only. "(tháng trước là ...)" = May 2025, kept. Operators (Viettel, VNPT, MobiFone,
    # FPT) out; three cities and Lai Châu: Lai Châu's number is cut by the end.
    (
        " date 2025-07\n"
        "Trang chủ › Công nghệ › Viễn thông - Internet\n"
        "Tốc độ Internet di động tại Việt Nam tháng 6 vượt mốc 150 Mbps\n"
        "Thứ Tư, 09/07/2025 - 10:15\n"
        "Cỡ chữ A- A+ | In bài | Chia sẻ\n"
        "Trung tâm Internet Việt Nam (VNNIC) vừa công bố kết quả đo tốc độ truy cập Internet i-Speed tháng "
        "6/2025, được tổng hợp từ hơn 11,2 triệu lượt đo của người dùng trên cả nước.\n"
        "Ảnh minh họa\n"
        "Theo đó, tốc độ truy cập Internet băng rộng cố định trung bình tại Việt Nam trong tháng 6 đạt "
        "172,45/166,12 Mbps (tải xuống/tải lên), tăng 2,1% so với tháng trước. Với băng rộng di động, tốc độ "
        "trung bình là 151,07 Mbps và 42,3 Mbps (tháng trước là 147,6 Mbps và 41,9 Mbps).\n"
        "Xét theo doanh nghiệp, Viettel tiếp tục dẫn đầu về tốc độ di động với 168,2 Mbps, VNPT đạt 149,5 Mbps "
        "và MobiFone đạt 112,8 Mbps. Ở mảng cố định, FPT Telecom ghi nhận 181,6 Mbps, cao nhất trong các nhà "
        "cung cấp dịch vụ.\n"
        "Theo VNNIC, độ trễ trung bình của mạng di động trong tháng là 27 ms, mạng cố định 9 ms. Tỷ lệ lượt đo trên "
        "mạng 5G chiếm 31,5% tổng số lượt đo di động, tăng mạnh so với đầu năm.\n"
        "Tin liên quan: Bộ KH&CN đặt mục tiêu phủ sóng 5G 90% dân số năm 2025\n"
        "Về địa phương, Hà Nội có tốc độ băng rộng cố định cao nhất cả nước với 181,3 Mbps, tiếp theo là TP.HCM "
        "(178,6 Mbps) và Đà Nẵng (175,04 Mbps). Trong khi đó, Lai Châu là địa phương có tốc độ cố định thấp "
        "nhất, chỉ đạt 118,",
        "2025-07-09",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 172.45),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 151.07),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 147.6),
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-06-30", 181.3),
            ("fixed_broadband_speed", "Hồ Chí Minh", "month", "2025-06-30", 178.6),
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2025-06-30", 175.04),
        ],
    ),
    # 2 -- Ookla "tháng 5" published 19 June 2025; the page-date line says 2024-06 (wrong):
    # May 2025. Starts mid-word. Ranks, "tăng 8 bậc", upload, latency, world averages, UAE,
    # Singapore, Viettel out. "Cùng kỳ năm 2024 ... 60,8 Mbps" is a stated past value (May 2024).
    (
        " date 2024-06\n"
        "bal Index tháng 5 do Ookla vừa công bố, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt "
        "146,64 Mbps, tăng 8 bậc so với tháng 4 lên vị trí 17/103 quốc gia và vùng lãnh thổ. Tốc độ tải lên "
        "di động đạt 37,9 Mbps, độ trễ trung bình 24 ms.\n"
        "Ở hạng mục băng rộng cố định, Việt Nam đạt tốc độ tải xuống 169,6 Mbps và tải lên 163,2 Mbps, đứng "
        "thứ 31/154.\n"
        "Ảnh minh họa. Nguồn: Ookla\n"
        "Tốc độ trung bình toàn cầu trong tháng 5 lần lượt là 86,4 Mbps với di động và 97,6 Mbps với băng rộng "
        "cố định. UAE dẫn đầu thế giới về tốc độ di động với 546,1 Mbps; Singapore đứng đầu về băng rộng cố "
        "định với 345,3 Mbps.\n"
        "Cùng kỳ năm 2024, tốc độ di động của Việt Nam chỉ đạt 60,8 Mbps và xếp thứ 50 thế giới. Như vậy chỉ "
        "sau một năm, tốc độ mạng di động trong nước đã tăng khoảng 2,4 lần.\n"
        "Trong khu vực Đông Nam Á, Việt Nam xếp thứ 3 về tốc độ di động, sau Singapore và Brunei; về tốc độ cố "
        "định, Việt Nam đứng thứ 4, sau Singapore, Thái Lan và Malaysia.\n"
        "Theo giới chuyên gia, sự bứt phá này đến từ việc các nhà mạng đồng loạt mở rộng mạng 5G sau khi trúng "
        "đấu giá băng tần, trong đó riêng Viettel đã phát sóng hơn 8.000 trạm 5G, chiếm hơn một nửa số trạm 5G "
        "đang hoạt động. Bên cạnh đó, việc tắt sóng 2G từ tháng 10/2024 cũng giúp giải phóng tài nguyên tần "
        "số cho 4G và 5G, chiế",
        "2025-06-19",
        [
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.64),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 169.6),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 60.8),
        ],
    ),
    # 3 -- Ministry monthly press briefing on July 2025, published 6 August. "Tính đến hết tháng
    # 7/2025" dates the level paragraph and the next one. "(tháng 6/2025 là 89,1%)" kept.
    # Traps: 7,4% change, 1.400 new stations in July (flow, no id), end-2025 targets.
    (
        "KHOA HỌC | CÔNG NGHỆ | CHUYỂN ĐỔI SỐ | VIỄN THÔNG | ĐỔI MỚI SÁNG TẠO\n"
        "Bộ KH&CN: Thuê bao băng rộng cố định đạt 24,6 triệu\n"
        "06/08/2025 15:42\n"
        "Chiều 5/8, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ, thông tin về kết quả hoạt động tháng "
        "7/2025 và nhiệm vụ trọng tâm thời gian tới.\n"
        "Quang cảnh buổi họp báo. Ảnh: Minh Hà\n"
        "Về hạ tầng số, tính đến hết tháng 7/2025, tổng số thuê bao băng rộng cố định đạt 24,6 triệu, tăng 7,4% "
        "so với cùng kỳ năm 2024; tỷ lệ thuê bao băng rộng cố định trên 100 dân ở mức 24,3. Số thuê bao băng "
        "rộng di động là 91,2 triệu, tương đương 90,1 thuê bao/100 dân.\n"
        "Tỷ lệ hộ gia đình sử dụng cáp quang (FTTH) đạt 85,2%, còn tỷ lệ thuê bao di động sử dụng điện thoại "
        "thông minh đạt 89,4% (tháng 6/2025 là 89,1%).\n"
        "Đến cuối tháng 7, cả nước có hơn 15.500 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số khoảng 26,8%. Riêng "
        "trong tháng 7, các doanh nghiệp đã phát sóng mới khoảng 1.400 trạm 5G.\n"
        "Theo Bộ KH&CN, mục tiêu đến hết năm 2025 là phủ sóng 5G tới 90% dân số, tỷ lệ thuê bao sử dụng điện "
        "thoại thông minh đạt 100%, tốc độ truy cập di động tối thiểu 100 Mbps. Thứ trưởng Phạm Đức Long cho "
        "biết, Bộ đang phối hợp với các doanh nghiệp viễn thông rà soát, đẩy nhanh tiến độ lắp đặt trạm 5G "
        "tại các khu côn",
        "2025-08-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-07-31", 24600000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-07-31", 24.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-07-31", 91200000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-07-31", 90.1),
            ("ftth_household_rate", "national", "as_of", "2025-07-31", 85.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-07-31", 89.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.1),
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 15500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 26.8),
        ],
    ),
    # 4 -- No sidecar date; the text dates everything ("tính đến hết tháng 9/2024"), and the
    # province paragraph inherits it. Traps: 214 after "trong đó", "giảm hơn 40%", 1.500 BTS,
    # Viettel's share, the end-2025 target.
    (
        "ột trong những mục tiêu của Chương trình “Sóng và máy tính cho em” là phủ sóng di động băng rộng tới "
        "các thôn, bản vùng sâu, vùng xa, tạo điều kiện cho học sinh học trực tuyến.\n"
        "Theo số liệu của Cục Viễn thông (Bộ TT&TT), tính đến hết tháng 9/2024, cả nước còn 1.048 thôn, bản "
        "chưa có sóng di động băng rộng, trong đó 214 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng "
        "di động băng rộng trên toàn quốc đạt 98,7%.\n"
        "Các thôn lõm sóng tập trung chủ yếu ở khu vực miền núi phía Bắc và Tây Nguyên. Hà Giang là tỉnh có "
        "nhiều thôn lõm sóng nhất với 142 thôn, tiếp đến là Lai Châu (98 thôn) và Nghệ An (87 thôn).\n"
        "Người dân bản Pắc Ma, xã Ka Lăng (Mường Tè, Lai Châu) phải đi bộ hàng cây số để tìm sóng điện thoại. "
        "Ảnh: TL\n"
        "So với thời điểm khởi động chương trình năm 2021, số thôn lõm sóng đã giảm hơn 40%. Các doanh nghiệp "
        "viễn thông như Viettel, VNPT, MobiFone đã đầu tư hơn 1.500 trạm BTS mới cho các khu vực này, trong đó "
        "Viettel đảm nhận khoảng 70%.\n"
        "Tại nhiều địa phương, việc phủ sóng gặp khó khăn do địa hình chia cắt, chưa có đường giao thông và điện "
        "lưới; chi phí đầu tư một trạm BTS ở vùng cao gấp 2-3 lần so với đồng bằng, trong khi mỗi trạm chỉ phục "
        "vụ vài trăm thuê bao.\n"
        "Bộ TT&TT đặt mục tiêu đến hết năm 2025 sẽ phủ sóng 100% thôn, bản có điện lưới. Để đạt được mục tiêu "
        "này, Quỹ Dịch vụ viễn thông công ích Việt Nam tiếp tục hỗ trợ doanh nghiệp đầu tư hạ tầng tại các xã "
        "đặc biệt khó khăn, xã biên gi",
        None,
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1048),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98.7),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-09-30", 142),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-09-30", 98),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-09-30", 87),
        ],
    ),
    # 5 -- Provincial paper (Điện Biên), published 22 April 2025. "đến nay toàn tỉnh vẫn còn 87"
    # = as_of published date; "cuối năm 2021 ... 186" kept as its own as_of. Traps: 35 after
    # "trong đó", 112 / 68 BTS (Viettel), 4G coverage (no id), target, 30 new stations, cost.
    (
        "Báo Điện Biên Phủ điện tử\n"
        "Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Biên giới\n"
        "Nỗ lực xóa “vùng lõm” sóng di động ở vùng cao\n"
        "Cập nhật: 22/04/2025 08:30\n"
        "(ĐBP) - Sau gần 4 năm triển khai Chương trình “Sóng và máy tính cho em”, hạ tầng viễn thông trên địa "
        "bàn tỉnh đã có chuyển biến rõ rệt. Tuy nhiên, đến nay toàn tỉnh vẫn còn 87 thôn, bản chưa có sóng di "
        "động, trong đó 35 bản chưa có điện lưới quốc gia.\n"
        "Kỹ thuật viên Viettel Điện Biên lắp đặt trạm BTS tại huyện Mường Nhé. Ảnh: Quang Hưng\n"
        "Theo Sở Khoa học và Công nghệ, cuối năm 2021, toàn tỉnh có 186 thôn, bản lõm sóng, tập trung tại các "
        "huyện Mường Nhé, Nậm Pồ, Tủa Chùa. Từ năm 2022 đến nay, các doanh nghiệp viễn thông đã đầu tư 112 trạm "
        "BTS, riêng Viettel Điện Biên lắp đặt 68 trạm. Tỷ lệ dân số được phủ sóng 4G của tỉnh đạt 97,5%.\n"
        "Ông Lò Văn Hùng, Phó Giám đốc Sở, cho biết: “Tỉnh phấn đấu đến hết năm 2025 xóa toàn bộ các thôn, bản "
        "lõm sóng có điện lưới; trong năm nay sẽ có thêm 30 trạm BTS được lắp đặt”.\n"
        "Nhờ có sóng di động, nhiều bản đã triển khai mô hình bán nông sản qua mạng, học sinh được học trực tuyến "
        "và người dân có thể thực hiện dịch vụ công trực tuyến ngay tại nhà.\n"
        "Cũng theo ông Hùng, khó khăn lớn nhất là nhiều bản nằm sâu trong rừng, giao thông chưa thuận lợi, chi "
        "phí đầu tư một trạm BTS lên tới 1,5 tỷ đồng, trong khi số thuê bao ít nên doanh nghiệp khó thu hồi vố",
        "2025-04-22",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-04-22", 87),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2021-12-31", 186),
        ],
    ),
    # 6 -- 5G one year on, published 8 October 2025: end of September levels. Traps: operators'
    # stations and coverage after "Trong đó", 5G subscribers and 5G speed (no id), the plan, and
    # the density figure cut at the end.
    (
        " date 2025-10\n"
        "VnEconomy › Công nghệ › Viễn thông\n"
        "Một năm thương mại hóa 5G: cả nước có khoảng 17.000 trạm\n"
        "Tròn một năm kể từ khi Viettel chính thức khai trương mạng 5G (15/10/2024), hạ tầng 5G tại Việt Nam "
        "đã có bước phát triển nhanh. Theo số liệu của Cục Viễn thông, tính đến cuối tháng 9/2025, cả nước có "
        "khoảng 17.000 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 31%.\n"
        "Trong đó, Viettel có khoảng 9.500 trạm, phủ sóng 5G tới 90% dân số tại các khu vực trọng điểm; VNPT "
        "đã phát sóng 5.200 trạm và MobiFone khoảng 1.800 trạm.\n"
        "Số thuê bao sử dụng dịch vụ 5G đạt hơn 11 triệu. Tốc độ tải xuống trung bình mạng 5G đo được trên "
        "500 Mbps, gấp khoảng 5 lần so với 4G.\n"
        "Ảnh minh họa\n"
        "Các nhà mạng cũng đã tung ra nhiều gói cước 5G với giá từ 135.000 đồng/tháng. Theo khảo sát của một công "
        "ty nghiên cứu thị trường, 42% người dùng được hỏi cho biết sẵn sàng chuyển sang gói 5G nếu giá hợp lý.\n"
        "Theo kế hoạch, đến hết năm 2025 các doanh nghiệp sẽ nâng tổng số trạm 5G lên khoảng 20.000 trạm, "
        "phủ sóng 90% dân số. Đại diện Cục Viễn thông cho biết, việc dùng chung hạ tầng giữa các nhà mạng sẽ "
        "giúp giảm chi phí đầu tư và đẩy nhanh tiến độ, đặc biệt tại các đô thị lớn như Hà Nội, TP.HCM, nơi "
        "nhu cầu dữ liệu tăng mạnh. Tại Hà Nội, mật độ trạm 5G hiện đạt 1",
        "2025-10-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 17000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 31),
        ],
    ),
    # 7 -- No sidecar date. DataReportal (vendor) figures out: users count, 78,8% penetration,
    # connections, time online, respondents' 72,7%, rank. White Book: "năm 2023" rates = year.
    # Targets and the cut world average out.
    (
        "Digital 2025: Việt Nam có 79,8 triệu người dùng Internet\n"
        "Chia sẻ | Lưu bài | Bình luận\n"
        "Báo cáo Digital 2025 Vietnam do We Are Social và Meltwater công bố cho thấy, tính đến đầu năm 2025, "
        "Việt Nam có 79,8 triệu người dùng Internet, tỷ lệ thâm nhập Internet đạt 78,8% dân số. Số kết nối di "
        "động là 127,1 triệu, tương đương 125,6% dân số.\n"
        "Người Việt dành trung bình 6 giờ 18 phút mỗi ngày để truy cập Internet; 72,7% người dùng được hỏi cho "
        "biết họ sử dụng Internet chủ yếu để tìm kiếm thông tin.\n"
        "Trong khi đó, theo Sách Trắng Công nghệ thông tin và Truyền thông Việt Nam năm 2024 do Bộ TT&TT phát "
        "hành, tỷ lệ người dân sử dụng Internet năm 2023 đạt 78,1%; tỷ lệ hộ gia đình có kết nối Internet cáp "
        "quang băng rộng đạt 79,2%.\n"
        "Ảnh minh họa: Người dân sử dụng điện thoại thông minh tại Hà Nội\n"
        "Việt Nam hiện đứng thứ 13 thế giới về số lượng người dùng Internet. Theo Chiến lược phát triển hạ tầng "
        "số, đến năm 2025, tỷ lệ người dân sử dụng Internet đạt trên 80%, 100% hộ gia đình có cáp quang.\n"
        "Về thiết bị, 98,1% người dùng Internet từ 16 đến 64 tuổi truy cập bằng điện thoại di động, trong khi tỷ "
        "lệ truy cập bằng máy tính xách tay và máy tính để bàn là 63,4%.\n"
        "Đáng chú ý, báo cáo của We Are Social cũng chỉ ra thời gian trung bình người Việt sử dụng mạng xã hội "
        "là 2 giờ 25 phút mỗi ngày, trong khi mức trung bình thế giới là 2 giờ 2",
        None,
        [
            ("internet_users_rate", "national", "year", "2023-12-31", 78.1),
            ("ftth_household_rate", "national", "year", "2023-12-31", 79.2),
        ],
    ),
    # 8 -- Ookla "tháng 12" published 15 January 2025, page-date line 2025-12 (wrong): December
    # 2024. "(tháng 11: x và y)" kept as November 2024. Traps: upload, ranks, bậc, world
    # averages, Singapore/Brunei, the year-long change.
    (
        " date 2025-12\n"
        "Dân trí › Sức mạnh số › Viễn thông\n"
        "Speedtest Global Index tháng 12: tốc độ di động Việt Nam vào top 20\n"
        "Theo báo cáo Speedtest Global Index tháng 12 của Ookla, tốc độ tải xuống trung bình của Internet di "
        "động và băng rộng cố định tại Việt Nam lần lượt đạt 98,6 Mbps và 162,4 Mbps; tốc độ tải lên lần lượt "
        "là 29,6 Mbps và 157,8 Mbps.\n"
        "Với kết quả này, Việt Nam xếp hạng 20/111 về di động và 35/154 về cố định, tăng lần lượt 6 và 2 bậc "
        "so với tháng trước (tháng 11: 89,9 Mbps và 158,1 Mbps).\n"
        "Tốc độ trung bình toàn cầu ghi nhận trong tháng là 61,5 Mbps với di động và 94,1 Mbps với cố định. Ở "
        "khu vực Đông Nam Á, Việt Nam đứng thứ 3 về tốc độ di động, sau Singapore (143,2 Mbps) và Brunei "
        "(139,4 Mbps).\n"
        "Ảnh: Ookla\n"
        "Tính chung cả năm, tốc độ di động của Việt Nam đã tăng khoảng 65%, chủ yếu nhờ các nhà mạng chuyển "
        "đổi tài nguyên tần số sau khi dừng công nghệ 2G và triển khai thương mại 5G từ tháng 10. Trong quý "
        "IV, các doanh nghiệp đã phát sóng thêm hàng nghìn trạm 4G, 5G tại các thành phố lớn.\n"
        "Theo Ookla, tốc độ di động của Việt Nam đã cao hơn mức trung bình toàn cầu khoảng 60%, trong khi tốc độ "
        "cố định cao hơn mức trung bình thế giới khoảng 70%.\n"
        "Tin liên quan\n"
        "Viettel chính thức khai trương mạng 5G\n"
        "Đấu giá thành công băng tần C3 cho 5G\n"
        "Nhà mạng nào có tốc độ 5G nhanh nhấ",
        "2025-01-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 98.6),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 162.4),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 89.9),
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 158.1),
        ],
    ),
    # 9 -- i-Speed year 2024 summary published 21 January 2025: "năm 2024" speeds = year;
    # "Năm 2023, ... lần lượt" = year 2023; "tháng 12/2024" = month. Traps: 20,4% / 49% changes,
    # FPT and Viettel, upload, measurement count (cut).
    (
        "Ictnews › Viễn thông › Internet\n"
        "VNNIC: Tốc độ Internet cố định năm 2024 tăng hơn 20%\n"
        "21/01/2025 07:00 GMT+7\n"
        "Theo kết quả đo i-Speed vừa được Trung tâm Internet Việt Nam (VNNIC) công bố, tốc độ trung bình "
        "băng rộng cố định của Việt Nam năm 2024 đạt 144,3 Mbps, tăng 20,4% so với năm 2023; băng rộng di động "
        "đạt 82,7 Mbps, tăng 49% so với năm trước. Năm 2023, các con số này lần lượt là 119,8 Mbps và 55,5 "
        "Mbps.\n"
        "Riêng trong tháng 12/2024, tốc độ băng rộng cố định đạt 153,2 Mbps, còn di động đạt 97,8 Mbps, mức cao "
        "nhất từ trước tới nay.\n"
        "Ảnh minh họa\n"
        "Về tốc độ tải lên, trung bình năm 2024 lần lượt là 139,1 Mbps với cố định và 31,2 Mbps với di động.\n"
        "Xét theo doanh nghiệp, FPT Telecom là nhà cung cấp có tốc độ cố định cao nhất năm 2024 (152,1 Mbps), "
        "Viettel dẫn đầu về di động (96,3 Mbps). VNNIC cho biết, tốc độ di động tăng mạnh trong quý IV nhờ các "
        "nhà mạng tắt sóng 2G, chuyển tần số sang 4G và bắt đầu khai thác thương mại 5G.\n"
        "Về địa phương, Hà Nội, Bắc Ninh và Đà Nẵng là ba tỉnh, thành phố có tốc độ cố định cao nhất năm 2024; Đà "
        "Nẵng, Hải Phòng và TP.HCM dẫn đầu về tốc độ di động.\n"
        "Độ trễ trung bình của mạng cố định trong năm là 10 ms, của mạng di động là 31 ms.\n"
        "Tổng số lượt đo được ghi nhận trong năm vượt 120 triệu, tăng 1",
        "2025-01-21",
        [
            ("fixed_broadband_speed", "national", "year", "2024-12-31", 144.3),
            ("mobile_broadband_speed", "national", "year", "2024-12-31", 82.7),
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 119.8),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 55.5),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 153.2),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 97.8),
        ],
    ),
    # 10 -- No sidecar date; "tính đến ngày 31/7/2024" dates the smartphone figures. Traps: 2G-only
    # subscribers (no id), the 60% change, operators' handset support, the 2025 target.
    (
        "iện thoại “cục gạch” chỉ hỗ trợ 2G sẽ không thể sử dụng sau thời điểm các nhà mạng chính thức dừng "
        "công nghệ 2G, dự kiến từ ngày 16/9/2024.\n"
        "Theo Cục Viễn thông, tính đến ngày 31/7/2024, cả nước còn khoảng 2,8 triệu thuê bao chỉ sử dụng 2G "
        "(2G only), giảm hơn 60% so với đầu năm. Số thuê bao di động sử dụng điện thoại thông minh đạt khoảng "
        "108,7 triệu, chiếm 86,5% tổng số thuê bao di động có phát sinh lưu lượng.\n"
        "Để hỗ trợ người dân chuyển đổi, Viettel tặng 400.000 máy điện thoại 4G cho thuê bao 2G, VNPT hỗ trợ "
        "250.000 máy, còn MobiFone giảm giá tới 50% cho các dòng điện thoại thông minh giá rẻ.\n"
        "Ảnh minh họa\n"
        "Chiến lược phát triển hạ tầng số đặt mục tiêu đến năm 2025, 100% người dân trưởng thành có điện thoại "
        "thông minh. Để đạt mục tiêu này, Bộ TT&TT đã phối hợp với các doanh nghiệp sản xuất điện thoại trong "
        "nước đưa ra thị trường các mẫu máy 4G có giá dưới 500.000 đồng.\n"
        "Theo lộ trình, những thuê bao 2G only không chuyển đổi sẽ bị dừng cung cấp dịch vụ, trừ cuộc gọi khẩn "
        "cấp tới các số 112, 113, 114 và 115. Sau khi dừng 2G, các nhà mạng sẽ tiếp tục tối ưu mạng 4G và chuẩn "
        "bị hạ tầng cho 5G.\n"
        "Bộ TT&TT khuyến nghị người dân sử dụng thiết bị 2G only liên hệ các điểm giao dịch của nhà mạng hoặc "
        "gọi tổng đài chăm sóc khách hàng để được hướng dẫn chuyển đổi trước thời hạn, tránh gián đoạn liên lạ",
        None,
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-07-31", 108700000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-07-31", 86.5),
        ],
    ),
    # 11 -- Provincial paper (Vĩnh Phúc), published 6 March 2025; "đến hết năm 2024" dates both
    # provincial values. Traps: 100% communes, total BTS count, adults with smartphones (no id),
    # Viettel/VNPT, 2025 targets.
    (
        "BÁO VĨNH PHÚC ĐIỆN TỬ\n"
        "Trang chủ | Thời sự | Kinh tế | Khoa học - Công nghệ | Xã hội\n"
        "Vĩnh Phúc: Hơn 96% hộ gia đình có kết nối cáp quang\n"
        "Thứ Năm, 06/03/2025 | 09:12\n"
        "Theo Sở Khoa học và Công nghệ, đến hết năm 2024, tỷ lệ hộ gia đình trên địa bàn tỉnh có kết nối "
        "Internet cáp quang băng rộng đạt 96,1%, cao hơn mức bình quân cả nước. 100% xã, phường, thị trấn đã "
        "có hạ tầng cáp quang đến trung tâm.\n"
        "Toàn tỉnh có 3.320 trạm BTS các loại; số trạm BTS 5G là 215 trạm, tập trung tại các khu công nghiệp "
        "Bá Thiện, Bình Xuyên và thành phố Vĩnh Yên. Tỷ lệ người dân trưởng thành có điện thoại thông minh đạt "
        "92%.\n"
        "Nhân viên kỹ thuật VNPT Vĩnh Phúc kéo cáp quang cho hộ dân. Ảnh: Thế Hùng\n"
        "Trong đó, Viettel Vĩnh Phúc đã phát sóng 140 trạm 5G, VNPT Vĩnh Phúc 75 trạm. Các doanh nghiệp cũng "
        "đẩy mạnh chỉnh trang, ngầm hóa cáp viễn thông tại các tuyến phố chính.\n"
        "Năm 2025, tỉnh phấn đấu 100% hộ gia đình có cáp quang, phủ sóng 5G tại 100% khu công nghiệp và các "
        "khu đô thị, phát triển thêm ít nhất 300 trạm 5G. Giám đốc Sở cho biết, tỉnh sẽ tiếp tục tháo gỡ "
        "vướng mắc về mặt bằng lắp đặt trạm, khuyến khích doanh nghiệp dùng chung hạ tầng nhằm tiết kiệm chi "
        "phí và bảo đảm mỹ quan đô thị, đồng thời tăng cường tuyên truyền để người dân chuyển đổi sang sử dụ",
        "2025-03-06",
        [
            ("ftth_household_rate", "Vĩnh Phúc", "as_of", "2024-12-31", 96.1),
            ("fiveg_bts_count", "Vĩnh Phúc", "as_of", "2024-12-31", 215),
        ],
    ),
    # 12 -- i-Speed September 2024 published 10 October 2024; starts mid-word. "(tháng 9/2023:
    # 113,6 Mbps)" kept. Traps: upload, 3,2% and 21% changes, Viettel/FPT, rank of provinces.
    (
        "ết quả đo tốc độ Internet i-Speed tháng 9/2024 cho thấy, tốc độ truy cập Internet băng rộng di động "
        "tại Việt Nam đạt 62,35 Mbps (tải xuống) và 24,3 Mbps (tải lên), tăng 3,2% so với tháng 8. Với băng "
        "rộng cố định, tốc độ đạt 138,5 Mbps tải xuống, 134,9 Mbps tải lên.\n"
        "So với cùng kỳ năm 2023 (tháng 9/2023: 113,6 Mbps), tốc độ cố định đã tăng hơn 21%.\n"
        "Ảnh minh họa\n"
        "Về địa phương, Đà Nẵng là nơi có tốc độ di động cao nhất (79,4 Mbps), Bình Dương có tốc độ cố định "
        "cao nhất (152,7 Mbps). Hà Nội và TP.HCM lần lượt xếp thứ 4 và thứ 6 về tốc độ cố định.\n"
        "Xét theo nhà mạng, Viettel tiếp tục có tốc độ di động nhanh nhất với 71,9 Mbps; ở mảng cố định, FPT "
        "Telecom dẫn đầu với 147,2 Mbps, tiếp theo là Viettel (143,8 Mbps) và VNPT (136,5 Mbps).\n"
        "Độ trễ trung bình của mạng cố định trong tháng là 11 ms, của mạng di động là 33 ms.\n"
        "Theo VNNIC, i-Speed là hệ thống đo tốc độ do VNNIC phát triển, cho phép người dùng tự kiểm tra chất "
        "lượng kết nối Internet trên máy tính và điện thoại. Số liệu được tổng hợp hằng tháng từ hàng triệu "
        "lượt đo trên cả nước.\n"
        "Đáng chú ý, số lượt đo trên mạng di động trong tháng chiếm tới 68% tổng số lượt đo, cho thấy người dùng "
        "ngày càng quan tâm đến chất lượng mạng di động.\n"
        "Tin liên quan:\n"
        "- Chính thức tắt sóng 2G từ giữa tháng 10\n"
        "- Viettel sắp khai trương mạ",
        "2024-10-10",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 62.35),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 138.5),
            ("fixed_broadband_speed", "national", "month", "2023-09-30", 113.6),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-09-30", 79.4),
            ("fixed_broadband_speed", "Bình Dương", "month", "2024-09-30", 152.7),
        ],
    ),
    # 13 -- No sidecar date. Ookla market analysis "quý II/2025" = quarter. Traps: operators,
    # consistency score, 5G Availability (time share, not population coverage), upload, change.
    (
        "Mạng nào nhanh nhất Việt Nam quý II/2025?\n"
        "Trang chủ / Số hóa / Viễn thông\n"
        "Theo báo cáo phân tích thị trường do Ookla công bố, trong quý II/2025, tốc độ tải xuống trung vị của "
        "mạng di động tại Việt Nam đạt 142,3 Mbps, còn băng rộng cố định đạt 171,5 Mbps. Tốc độ tải lên trung "
        "vị lần lượt là 36,8 Mbps và 165,2 Mbps.\n"
        "Viettel là nhà mạng di động nhanh nhất với tốc độ tải xuống 166,8 Mbps, điểm nhất quán (Consistency "
        "Score) 89,1%; VinaPhone đứng thứ hai với 141,5 Mbps, MobiFone đạt 96,4 Mbps.\n"
        "Ảnh minh họa\n"
        "Đáng chú ý, tỷ lệ thời gian người dùng kết nối được mạng 5G (5G Availability) của Việt Nam đạt "
        "38,4%, tăng gần 25 điểm phần trăm so với quý trước. Viettel cũng dẫn đầu chỉ số này với 47,2%.\n"
        "Ookla cũng ghi nhận độ trễ trung vị của mạng di động Việt Nam là 25 ms, của băng rộng cố định là 8 ms.\n"
        "Ở mảng cố định, FPT Telecom là nhà cung cấp nhanh nhất với 183,9 Mbps, Viettel đứng thứ hai với 176,0 "
        "Mbps. Ookla đánh giá Việt Nam là một trong những thị trường có tốc độ di động tăng nhanh nhất thế giới "
        "trong 12 tháng qua, với mức tăng hơn 130%.\n"
        "Báo cáo được tổng hợp từ hàng triệu bài kiểm tra do người dùng Speedtest thực hiện trên điện thoại "
        "và máy tính. Các nhà mạng cho biết sẽ tiếp tục mở rộng vùng phủ 5G trong nửa cuối năm, nhất là tại "
        "các khu công nghiệp, khu du lịch và tuyến giao thông trọng điể",
        None,
        [
            ("mobile_broadband_speed", "national", "quarter", "2025-06-30", 142.3),
            ("fixed_broadband_speed", "national", "quarter", "2025-06-30", 171.5),
        ],
    ),
    # 14 -- Provincial paper (Cao Bằng), published 14 February 2025. "tính đến ngày 31/12/2024"
    # dates the provincial values; the national "hiện còn khoảng 1.000" = as_of published date.
    # Traps: 46 after "trong đó", Viettel's 27 stations, 2025 plan (60 xóm).
    (
        " date 2025-02\n"
        "Cao Bằng điện tử | Thời sự | Kinh tế | Văn hóa - Xã hội | Chuyển đổi số\n"
        "Còn 118 xóm chưa có sóng điện thoại di động\n"
        "Theo báo cáo của Sở Thông tin và Truyền thông, tính đến ngày 31/12/2024, toàn tỉnh còn 118 xóm chưa "
        "có sóng điện thoại di động, trong đó 46 xóm chưa có điện lưới. Tỷ lệ xóm có sóng di động trên địa "
        "bàn tỉnh đạt 95,3%.\n"
        "Người dân xóm Khuổi Khỏn (Bảo Lâm) phải leo lên đồi cao để gọi điện thoại. Ảnh: CTV\n"
        "Năm 2024, Viettel Cao Bằng đã phát sóng 27 trạm BTS mới tại các xóm vùng sâu, vùng xa, giúp hơn 2.000 "
        "hộ dân lần đầu tiên được sử dụng sóng di động 4G. VNPT Cao Bằng cũng đầu tư 9 trạm tại các huyện Bảo "
        "Lạc, Hà Quảng.\n"
        "Theo Bộ TT&TT, cả nước hiện còn khoảng 1.000 thôn, bản lõm sóng, chủ yếu ở các tỉnh miền núi phía Bắc "
        "như Cao Bằng, Hà Giang, Lai Châu, Điện Biên.\n"
        "Ông Nông Văn Tuấn, Trưởng xóm Khuổi Khỏn, cho biết: “Bà con mong có sóng điện thoại để con cháu học "
        "trực tuyến và bán nông sản qua mạng”.\n"
        "Theo kế hoạch, năm 2025 tỉnh sẽ xóa 60 xóm lõm sóng, ưu tiên các xóm đã có điện lưới và có trường học. "
        "Để thực hiện mục tiêu này, Sở đề nghị các doanh nghiệp viễn thông dùng chung hạ tầng, tận dụng các "
        "trạm điện mặt trời và tuyến truyền dẫn vi ba tại những nơi chưa có điện lưới quốc gia. Đồng thời, "
        "tỉnh sẽ hỗ trợ mặt bằng, giải phóng nhanh các thủ tục cấp phép xây dựng trạm thu phát só",
        "2025-02-14",
        [
            ("villages_without_mobile_coverage", "Cao Bằng", "as_of", "2024-12-31", 118),
            ("villages_with_mobile_coverage_rate", "Cao Bằng", "as_of", "2024-12-31", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-02-14", 1000),
        ],
    ),
    # 15 -- Year-end conference published 27 December 2024: "Ước đến hết năm 2024" levels at
    # 2024-12-31 (qualifier ước). Traps: 8,5% change, telecom revenue (no id), 2025 targets.
    (
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n"
        "Tin tức - Sự kiện › Tin hoạt động của Bộ\n"
        "Hạ tầng số tiếp tục là điểm sáng của ngành TT&TT năm 2024\n"
        "27/12/2024\n"
        "Sáng 27/12, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai "
        "nhiệm vụ năm 2025. Thủ tướng Chính phủ Phạm Minh Chính dự và chỉ đạo hội nghị.\n"
        "Theo báo cáo, ước đến hết năm 2024, tổng số thuê bao băng rộng cố định đạt 23,1 triệu (tăng 8,5%), "
        "thuê bao băng rộng di động đạt 89,4 triệu; tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,1%, tỷ lệ thuê "
        "bao sử dụng điện thoại thông minh đạt 87,2%. Số trạm BTS 5G đạt khoảng 7.800 trạm, phủ sóng 5G tới "
        "17% dân số chỉ sau hơn hai tháng thương mại hóa.\n"
        "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị. Ảnh: VGP\n"
        "Doanh thu lĩnh vực viễn thông năm 2024 ước đạt 339.000 tỷ đồng, nộp ngân sách nhà nước khoảng "
        "41.000 tỷ đồng. Việt Nam cũng chính thức dừng công nghệ 2G đối với gần 3 triệu thuê bao.\n"
        "Năm 2025, ngành TT&TT đặt mục tiêu phủ sóng 5G tới 90% dân số, 100% hộ gia đình có cáp quang, tốc độ "
        "truy cập Internet băng rộng di động trung bình tối thiểu 100 Mbps và băng rộng cố định tối thiểu 200 "
        "Mbps. Phát biểu tại hội nghị, Thủ tướng yêu cầu ngành tập trung phát triển hạ tầng số đi trước mộ",
        "2024-12-27",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89400000),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.2),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7800),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 17),
        ],
    ),
    # 16 -- No sidecar date; page-date line 2025-11 is wrong and not relied on. "tháng 3/2025"
    # and "(tháng 2/2025: 129,2 Mbps)" are dated by the text. Traps: ranks, "36 bậc", upload,
    # world average, Qatar, Malaysia/Thailand.
    (
        " date 2025-11\n"
        "Thế giới số › Viễn thông\n"
        "Di động Việt Nam tăng 36 bậc trên bảng xếp hạng tốc độ toàn cầu\n"
        "Theo Speedtest Global Index tháng 3/2025 của Ookla, tốc độ tải xuống trung bình mạng di động Việt Nam "
        "đạt 138,9 Mbps (tháng 2/2025: 129,2 Mbps), xếp thứ 20 thế giới, tăng 36 bậc so với cùng kỳ năm trước. "
        "Tốc độ tải lên đạt 35,1 Mbps.\n"
        "Tốc độ Internet băng rộng cố định tại Việt Nam đạt 160,4 Mbps (tải xuống) và 155,7 Mbps (tải lên), "
        "đứng thứ 37/153 quốc gia.\n"
        "Biểu đồ tốc độ di động của Việt Nam qua các tháng. Nguồn: Ookla\n"
        "Tốc độ di động trung bình toàn cầu trong tháng 3/2025 đạt 90,1 Mbps. Qatar là quốc gia có tốc độ di "
        "động nhanh nhất với 517,4 Mbps. Trong khu vực, Việt Nam hiện xếp sau Singapore, Brunei nhưng vượt xa "
        "Malaysia (112,6 Mbps) và Thái Lan (102,3 Mbps).\n"
        "Độ trễ trung bình mạng di động của Việt Nam là 23 ms, thấp hơn mức 29 ms của thế giới.\n"
        "Giới phân tích cho rằng 5G là động lực chính giúp tốc độ di động tại Việt Nam tăng mạnh, khi cả ba nhà "
        "mạng lớn đều đã thương mại hóa 5G và liên tục mở rộng vùng phủ sóng tại các đô thị. Trong khi đó, tốc "
        "độ cố định tăng chậm hơn do các nhà cung cấp chủ yếu nâng cấp gói cước lên chuẩn Wi-Fi 6 và Wi-Fi 7, "
        "đồng thời chuyển dần hạ tầng mạng truy nhập sang công nghệ XGS-PO",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 138.9),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 129.2),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 160.4),
        ],
    ),
    # 17 -- i-Speed April published 9 May 2025: April 2025. "Cùng kỳ năm ngoái, tốc độ tải xuống của
    # hai loại hình này lần lượt là" = April 2024. City figures: TP.HCM (mobile), Hải Phòng cut by the end. Traps:
    # upload, "tăng 1,8%", the strategy target, operators.
    (
        "VietnamPlus\n"
        "Khoa học - Công nghệ › Viễn thông\n"
        "Tốc độ Internet cố định tại Việt Nam tháng 4 đạt gần 165 Mbps\n"
        "(Vietnam+) Trung tâm Internet Việt Nam vừa công bố kết quả đo i-Speed tháng 4, theo đó tốc độ tải "
        "xuống trung bình của băng rộng cố định và băng rộng di động lần lượt đạt 164,8 Mbps và 139,6 Mbps; "
        "tốc độ tải lên của băng rộng cố định là 159,3 Mbps, tăng 1,8% so với tháng 3.\n"
        "Cùng kỳ năm ngoái, tốc độ tải xuống của hai loại hình này lần lượt là 131,4 Mbps và 58,9 Mbps, cho "
        "thấy tốc độ di động đã tăng hơn gấp đôi chỉ trong vòng một năm.\n"
        "Ảnh minh họa. (Nguồn: Vietnam+)\n"
        "Về tốc độ di động theo địa phương, TP.HCM có tốc độ cao nhất với 152,3 Mbps, Hà Nội đứng thứ hai. "
        "Viettel và VinaPhone tiếp tục là hai nhà mạng có tốc độ tải xuống trên 140 Mbps.\n"
        "Chiến lược phát triển hạ tầng số đến năm 2025, định hướng đến năm 2030 đặt mục tiêu tốc độ truy cập "
        "băng rộng cố định đạt tối thiểu 200 Mbps, băng rộng di động tối thiểu 100 Mbps vào năm 2025. Như vậy, "
        "chỉ tiêu về tốc độ di động đã hoàn thành sớm, trong khi tốc độ cố định vẫn cần nỗ lực thêm.\n"
        "Tổng số lượt đo i-Speed trong tháng 4 đạt hơn 10 triệu, trong đó khoảng 3,2 triệu lượt đo trên mạng 5G.\n"
        "Đối với băng rộng cố định, Hà Nội vẫn là địa phương dẫn đầu, tiếp theo là Đà Nẵng và Bắc Ninh. Hải "
        "Phòng đứng thứ tư với tốc độ đạt 16",
        "2025-05-09",
        [
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 164.8),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 139.6),
            ("fixed_broadband_speed", "national", "month", "2024-04-30", 131.4),
            ("mobile_broadband_speed", "national", "month", "2024-04-30", 58.9),
            ("mobile_broadband_speed", "Hồ Chí Minh", "month", "2025-04-30", 152.3),
        ],
    ),
    # 18 -- Provincial paper (Hải Phòng), published 3 June 2025: "Đến nay" = published date.
    # Traps: Viettel/VNPT stations, 4G coverage (no id), 1.000-station target, 5G speed.
    (
        "Báo Hải Phòng\n"
        "Trang chủ » Kinh tế » Khoa học - Công nghệ\n"
        "Hải Phòng đứng trong nhóm dẫn đầu cả nước về hạ tầng 5G\n"
        "03/06/2025 06:45\n"
        "Chia sẻ\n"
        "(HPĐT) - Đến nay, toàn thành phố đã có 612 trạm BTS 5G, phủ sóng 5G đạt 71,4% dân số, tập trung tại "
        "các quận nội thành, khu kinh tế Đình Vũ - Cát Hải và các khu công nghiệp VSIP, Tràng Duệ, Deep C.\n"
        "Trong số này, Viettel Hải Phòng có 384 trạm, VNPT Hải Phòng 196 trạm, MobiFone 32 trạm. Thành phố "
        "cũng đã phủ sóng 4G tới 100% thôn, tổ dân phố, kể cả huyện đảo Bạch Long Vĩ.\n"
        "Lắp đặt trạm 5G trên nóc nhà cao tầng tại quận Lê Chân. Ảnh: Hoàng Long\n"
        "Theo Sở Khoa học và Công nghệ, tốc độ tải xuống của mạng 5G tại Hải Phòng đo được phổ biến từ 400 "
        "đến 700 Mbps. Thành phố phấn đấu đến cuối năm 2025 có 1.000 trạm 5G, phủ sóng 5G tới 95% dân số và "
        "100% khu công nghiệp, cảng biển.\n"
        "Để hoàn thành mục tiêu, thành phố đã ban hành hướng dẫn về thủ tục cấp phép lắp đặt trạm thu phát "
        "sóng, cho phép sử dụng tài sản công như trụ sở cơ quan, trường học, cột đèn chiếu sáng để đặt thiết bị "
        "viễn thông. Lãnh đạo Sở cho biết, các doanh nghiệp cũng được khuyến khích đầu tư hạ tầng dùng chung, "
        "hạn chế tình trạng mỗi nhà mạng dựng một cột anten riêng gây lãng phí và ảnh hưởng đến cảnh quan đô "
        "thị, nhất là tại khu vực trung tâm lịch sử của thàn",
        "2025-06-03",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-06-03", 612),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-06-03", 71.4),
        ],
    ),
    # 19 -- No sidecar date; "Tính đến hết quý I/2025" dates the broadband levels. Starts
    # mid-sentence. Traps: 8,2% change, FTTH share of subscriptions after "trong đó", Viettel
    # and VNPT market shares, fixed telephone count (no id), 2025 target.
    (
        "à một trong những chỉ tiêu quan trọng đánh giá mức độ phát triển hạ tầng số quốc gia.\n"
        "Tính đến hết quý I/2025, số thuê bao băng rộng cố định trên cả nước đạt 23,6 triệu, tăng 8,2% so với "
        "cùng kỳ năm trước, trong đó thuê bao cáp quang FTTH chiếm tới 99,8%. Tỷ lệ thuê bao băng rộng cố định "
        "đạt 23,4 thuê bao/100 dân; tỷ lệ hộ gia đình có kết nối cáp quang ở mức 83,0%.\n"
        "Số thuê bao băng rộng di động là 89,9 triệu, tương đương 88,8 thuê bao/100 dân.\n"
        "Ảnh minh họa\n"
        "Chuyên gia viễn thông Nguyễn Minh Hồng nhận định, băng rộng cố định đã gần đạt mức bão hòa ở đô thị.\n"
        "Thị phần thuê bao băng rộng cố định tiếp tục tập trung vào ba doanh nghiệp lớn: Viettel chiếm khoảng "
        "42%, VNPT khoảng 35%, FPT Telecom khoảng 18%. Số thuê bao điện thoại cố định chỉ còn khoảng 1,9 triệu "
        "và tiếp tục giảm.\n"
        "Doanh thu dịch vụ băng rộng cố định quý I/2025 ước đạt 11.200 tỷ đồng, tăng 6% so với cùng kỳ.\n"
        "Theo mục tiêu tại Chiến lược phát triển hạ tầng số, đến hết năm 2025, tỷ lệ thuê bao băng rộng cố "
        "định đạt 30 thuê bao/100 dân và 100% hộ gia đình có cáp quang. Các chuyên gia nhận định, với tốc độ "
        "tăng trưởng hiện nay, mục tiêu về số thuê bao trên 100 dân khó đạt được, trong khi chỉ tiêu về hộ gia "
        "đình có thể hoàn thành nếu các doanh nghiệp tiếp tục mở rộng hạ tầng ra khu vực nông thôn, miền núi "
        "và hải đả",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 23600000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 23.4),
            ("ftth_household_rate", "national", "as_of", "2025-03-31", 83.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 89900000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-03-31", 88.8),
        ],
    ),
    # 20 -- No sidecar date. The excerpt starts inside a sentence whose subject is cut off:
    # "ạt 24,1 triệu thuê bao, tương đương 23,9 thuê bao/100 dân" names no indicator -> not values.
    # Then "tính đến hết tháng 8/2025" levels. Traps: total mobile subscriptions (no id), 5G
    # subscribers, target.
    (
        "ạt 24,1 triệu thuê bao, tương đương 23,9 thuê bao/100 dân, tăng 7,1% so với cùng kỳ.\n"
        "Cũng theo báo cáo của Bộ Khoa học và Công nghệ, tính đến hết tháng 8/2025, số thuê bao băng rộng di "
        "động đạt 92 triệu, đạt 90,8 thuê bao/100 dân. Tổng số thuê bao di động là 128,6 triệu; số thuê bao sử "
        "dụng điện thoại thông minh khoảng 116,3 triệu, chiếm 90,4%.\n"
        "Ảnh minh họa\n"
        "Cùng thời điểm, cả nước đã có 16.100 trạm BTS 5G được phát sóng, tỷ lệ phủ sóng 5G theo dân số đạt "
        "28,7%. Số thuê bao 5G đạt khoảng 9,5 triệu.\n"
        "Doanh thu dịch vụ viễn thông 8 tháng đầu năm ước đạt 235.000 tỷ đồng, tăng 6,5% so với cùng kỳ.\n"
        "Theo Bộ KH&CN, để đạt mục tiêu phủ sóng 5G tới 90% dân số vào cuối năm, trong 4 tháng cuối năm các "
        "doanh nghiệp cần phát sóng thêm khoảng 5.000 trạm. Bộ đã có văn bản đề nghị các địa phương hỗ trợ "
        "mặt bằng, điện lưới và thủ tục cấp phép để đẩy nhanh tiến độ lắp đặt.\n"
        "Tin liên quan: Phủ sóng 5G: cần sự vào cuộc của các địa phương\n"
        "Bộ cũng cho biết sẽ sớm trình Chính phủ ban hành chính sách hỗ trợ doanh nghiệp phát triển hạ tầng "
        "viễn thông tại vùng sâu, vùng xa, trong đó có cơ chế sử dụng Quỹ Dịch vụ viễn thông công ích để "
        "phủ sóng di động băng rộng cho các thôn, bản còn lõm sóng, đảm bảo mọi người dân đều được tiếp cận "
        "Internet tốc độ cao với chi ph",
        None,
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-08-31", 92000000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-08-31", 90.8),
            ("smartphone_subscriptions", "national", "as_of", "2025-08-31", 116300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-08-31", 90.4),
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 16100),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 28.7),
        ],
    ),
    # 21 -- Dead-zone programme, published 20 August 2024, "Tính đến hết tháng 7/2024": the covered
    # share is dead_zone_villages_covered_rate; "cả nước còn 321 thôn chưa có sóng" is the level
    # (kept). Traps: 1.532/1.853 counts (no id), 412 villages covered this year (flow), Viettel, target.
    (
        "Trang chủ › Viễn thông › Hạ tầng\n"
        "Đã phủ sóng di động cho hơn 1.500 thôn lõm sóng\n"
        "Thứ Ba, 20/08/2024 - 16:20\n"
        "Theo báo cáo của Bộ Thông tin và Truyền thông, tính đến hết tháng 7/2024, chương trình phủ sóng "
        "thôn, bản lõm sóng đã phủ sóng di động băng rộng cho 1.532/1.853 thôn, đạt 82,7%. Như vậy, cả nước còn "
        "321 thôn chưa có sóng di động, phần lớn thuộc các tỉnh Hà Giang, Lai Châu, Điện Biên, Nghệ An và "
        "Quảng Nam.\n"
        "Riêng trong 7 tháng đầu năm 2024, các doanh nghiệp đã phủ sóng mới cho 412 thôn. Viettel là doanh "
        "nghiệp thực hiện nhiều nhất với 245 thôn, tiếp đến là VNPT với 120 thôn và MobiFone 47 thôn.\n"
        "Trạm BTS mới được lắp đặt tại bản Nậm Ban, huyện Nậm Nhùn (Lai Châu). Ảnh: Viettel\n"
        "Đối với 321 thôn còn lại, Bộ TT&TT yêu cầu các doanh nghiệp hoàn thành phủ sóng trước ngày 31/12/2024 "
        "đối với các thôn đã có điện lưới. Những thôn chưa có điện sẽ được hỗ trợ triển khai trạm sử dụng năng "
        "lượng mặt trời từ nguồn Quỹ Dịch vụ viễn thông công ích Việt Nam.\n"
        "Thứ trưởng Phạm Đức Long cho biết, việc phủ sóng thôn lõm sóng không chỉ phục vụ học tập trực tuyến "
        "của học sinh mà còn là điều kiện để người dân vùng sâu, vùng xa tiếp cận dịch vụ công trực tuyến, "
        "thanh toán không dùng tiền mặt và các nền tảng số khác. Đây là nhiệm vụ chính trị mà các doanh "
        "nghiệp viễn thông nhà nước phải ưu tiên thực hiện, kể cả khi không có hiệu quả kinh tế, bởi đây là "
        "trách nhiệm xã hộ",
        "2024-08-20",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-07-31", 82.7),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-07-31", 321),
        ],
    ),
    # 22 -- i-Speed "tháng 2" published 11 March 2025; the page-date line says 2025-01 (wrong):
    # February 2025. "(tháng 1/2025 là 154,2 Mbps)" kept. Traps: upload after "/", change,
    # operators, Bắc Ninh rank, measurement count.
    (
        " date 2025-01\n"
        "Người Lao Động › Công nghệ\n"
        "Tốc độ mạng di động tăng mạnh trong tháng 2\n"
        "11-03-2025 - 14:05\n"
        "Trung tâm Internet Việt Nam (VNNIC) vừa công bố kết quả đo tốc độ Internet i-Speed tháng 2. Theo đó, "
        "tốc độ truy cập băng rộng cố định trung bình tại Việt Nam đạt 153,1/147,9 Mbps, giảm nhẹ so với tháng "
        "trước (tháng 1/2025 là 154,2 Mbps).\n"
        "Ngược lại, tốc độ băng rộng di động tiếp tục tăng mạnh, đạt 125,8 Mbps tải xuống, tăng 12,6% so với "
        "tháng trước, chủ yếu nhờ hiệu quả của việc mở rộng mạng 5G.\n"
        "Ảnh minh họa\n"
        "Trong tháng, Viettel là nhà mạng có tốc độ di động cao nhất (141,7 Mbps), tiếp theo là VinaPhone "
        "(119,5 Mbps). Ở mảng cố định, Viettel đạt 158,4 Mbps, FPT đạt 157,2 Mbps.\n"
        "Bắc Ninh vươn lên đứng thứ hai cả nước về tốc độ Internet cố định, chỉ sau Hà Nội. Tổng số lượt đo "
        "trong tháng đạt hơn 9,6 triệu lượt.\n"
        "Độ trễ trung bình của mạng di động trong tháng 2 là 26 ms, của mạng cố định là 10 ms.\n"
        "VNNIC khuyến nghị người dùng nên đo tốc độ thường xuyên bằng công cụ i-Speed để kịp thời phát hiện "
        "các vấn đề về chất lượng dịch vụ và phản ánh với nhà cung cấp. Kết quả đo cũng là căn cứ để cơ quan "
        "quản lý nhà nước đánh giá, giám sát chất lượng dịch vụ viễn thông trên toàn quốc, đồng thời là cơ sở "
        "để các doanh nghiệp tối ưu mạng lưới, nâng cao trải nghiệm của khách hàn",
        "2025-03-11",
        [
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 153.1),
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 154.2),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 125.8),
        ],
    ),
    # 23 -- No sidecar date and no date in the text: "hiện" speeds cannot be dated (not values);
    # everything else is world averages, other countries, ranks, operators. Expected: nothing.
    (
        "Internet Việt Nam nhanh cỡ nào so với thế giới?\n"
        "Chuyên mục: Hỏi - Đáp công nghệ\n"
        "Nhiều bạn đọc gửi câu hỏi về tốc độ mạng tại Việt Nam so với các nước trong khu vực và thế giới. "
        "Dưới đây là một số thông tin tham khảo.\n"
        "Theo bảng xếp hạng Speedtest Global Index của Ookla, tốc độ di động của Việt Nam hiện đạt khoảng 146 "
        "Mbps, xếp trong nhóm 20 quốc gia nhanh nhất thế giới; tốc độ cố định khoảng 170 Mbps, nằm trong top "
        "35. Tốc độ trung bình toàn cầu hiện là khoảng 90 Mbps với di động và gần 100 Mbps với cố định.\n"
        "Ảnh minh họa\n"
        "Quốc gia có mạng di động nhanh nhất là UAE với hơn 500 Mbps, tiếp đến là Qatar và Kuwait. Về băng rộng "
        "cố định, Singapore dẫn đầu với khoảng 345 Mbps, trong khi Hồng Kông (Trung Quốc) và Chile lần lượt "
        "đứng thứ hai và thứ ba.\n"
        "Trong nước, Viettel hiện là nhà mạng có tốc độ di động cao nhất, trên 160 Mbps. Tốc độ thực tế người "
        "dùng nhận được còn phụ thuộc vào thiết bị đầu cuối, vị trí đo, thời điểm đo và số người dùng chung một "
        "trạm phát sóng.\n"
        "Để đo tốc độ, bạn đọc có thể sử dụng công cụ i-Speed của VNNIC tại địa chỉ speedtest.vn hoặc ứng dụng "
        "Speedtest của Ookla. Nên đo nhiều lần vào các thời điểm khác nhau trong ngày để có kết quả chính xác "
        "hơn. Nếu tốc độ thường xuyên thấp hơn nhiều so với gói cước đã đăng ký, người dùng có thể phản ánh "
        "với nhà mạng hoặc gọi đường dây nóng của Cục Viễn thông để được hỗ trợ giải quyết kịp thờ",
        None,
        [],
    ),
    # 24 -- Published 15 June 2024, before 5G was commercial: one operator's trial stations,
    # auction prices, targets, the 2G-only count (no id). Expected: nothing.
    (
        " date 2024-06\n"
        "Trang chủ / Viễn thông / 5G\n"
        "Nhà mạng tăng tốc chuẩn bị thương mại hóa 5G\n"
        "Chia sẻ bài viết: Facebook | Zalo | Sao chép liên kết\n"
        "Sau khi trúng đấu giá khối băng tần C3 (3,7-3,8 GHz) với giá 7.565 tỷ đồng vào tháng 3, Viettel đã "
        "lắp đặt thêm hơn 200 trạm 5G thử nghiệm tại Hà Nội, TP.HCM và Đà Nẵng, nâng tổng số trạm 5G của doanh "
        "nghiệp này lên khoảng 1.000 trạm. VNPT cũng đã trúng khối băng tần C2 với giá 7.500 tỷ đồng.\n"
        "Nhân viên kỹ thuật kiểm tra thiết bị 5G. Ảnh minh họa\n"
        "Theo kế hoạch, Viettel sẽ chính thức cung cấp dịch vụ 5G thương mại trong quý IV/2024, phấn đấu đến "
        "cuối năm có khoảng 6.000 trạm 5G, phủ sóng 5G tới các trung tâm của 63 tỉnh, thành phố. VNPT dự kiến "
        "phát sóng 5G thương mại vào đầu năm 2025.\n"
        "Bộ TT&TT cũng cho biết, cả nước hiện còn gần 8 triệu thuê bao sử dụng điện thoại chỉ hỗ trợ 2G, cần "
        "chuyển đổi trước khi các nhà mạng dừng công nghệ này vào tháng 9/2024.\n"
        "Theo Chiến lược phát triển hạ tầng số, đến năm 2025 phủ sóng 5G tới 25% dân số và đến năm 2030 đạt "
        "99% dân số. Các chuyên gia cho rằng, với việc đấu giá thành công các khối băng tần, mục tiêu này hoàn "
        "toàn khả thi nếu các doanh nghiệp đẩy nhanh đầu tư. Theo ước tính, mỗi doanh nghiệp sẽ cần đầu tư hàng "
        "chục nghìn tỷ đồng cho mạng 5G trong giai đoạn đầu, chủ yếu cho thiết bị trạm gốc và mạng truyền dẫ",
        "2024-06-15",
        [],
    ),
    # 25 -- Provincial paper (Thanh Hóa), published 24 July 2025: "tháng 6" = June 2025. The
    # national figure in parentheses is a stated national value for the same month (kept).
    # Traps: ranks "12/63", "tăng 5 bậc", upload, Viettel, the province's 2025 target.
    (
        "BÁO THANH HÓA\n"
        "Thời sự | Kinh tế | Khoa học - Công nghệ | Chuyển đổi số\n"
        "Tốc độ Internet cố định của Thanh Hóa xếp thứ 12 cả nước\n"
        "24/07/2025 07:30\n"
        "Theo kết quả đo i-Speed của Trung tâm Internet Việt Nam, trong tháng 6, tốc độ truy cập Internet băng "
        "rộng cố định trung bình trên địa bàn tỉnh Thanh Hóa đạt 168,2 Mbps (cả nước: 172,45 Mbps), xếp thứ "
        "12/63 tỉnh, thành phố, tăng 5 bậc so với tháng 5. Tốc độ tải lên đạt 161,7 Mbps.\n"
        "Tốc độ băng rộng di động của tỉnh đạt 139,5 Mbps, xếp thứ 21/63.\n"
        "Kỹ thuật viên Viettel Thanh Hóa đo kiểm chất lượng mạng tại TP Thanh Hóa. Ảnh: Viettel Thanh Hóa\n"
        "Theo Sở Khoa học và Công nghệ, tốc độ Internet của tỉnh được cải thiện nhờ các doanh nghiệp tăng cường "
        "đầu tư, nâng cấp mạng lưới. Viettel Thanh Hóa đã phát sóng 452 trạm 5G, phủ sóng toàn bộ khu vực "
        "trung tâm các huyện, thị xã và Khu kinh tế Nghi Sơn.\n"
        "Trong tháng 6, hệ thống i-Speed ghi nhận hơn 215.000 lượt đo tại Thanh Hóa, tăng 12% so với tháng trước.\n"
        "Tỉnh đặt mục tiêu đến hết năm 2025, tốc độ băng rộng cố định đạt trên 200 Mbps, tốc độ di động trên "
        "150 Mbps; 100% thôn, bản có sóng di động băng rộng. Sở đề nghị các doanh nghiệp ưu tiên đầu tư tại "
        "các huyện miền núi như Mường Lát, Quan Sơn, Quan Hóa, nơi tốc độ di động còn thấp, trung bình chỉ "
        "khoảng 4",
        "2025-07-24",
        [
            ("fixed_broadband_speed", "Thanh Hóa", "month", "2025-06-30", 168.2),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 172.45),
            ("mobile_broadband_speed", "Thanh Hóa", "month", "2025-06-30", 139.5),
        ],
    ),
    # 26 -- No sidecar date; "đến hết năm 2024" in a table written as a sentence with "lần lượt".
    # Traps: the plan column for 2025, total mobile subscriptions, growth.
    (
        "ẠNG BĂNG RỘNG VÀ ĐIỆN THOẠI THÔNG MINH\n"
        "Kết quả thực hiện các chỉ tiêu về hạ tầng số của Chiến lược phát triển hạ tầng số đến hết năm 2024 "
        "như sau: tỷ lệ thuê bao băng rộng cố định/100 dân, tỷ lệ thuê bao băng rộng di động/100 dân, tỷ lệ hộ "
        "gia đình sử dụng cáp quang và tỷ lệ thuê bao di động sử dụng điện thoại thông minh lần lượt đạt 23,3; "
        "88,6; 82,4% và 87,1%. Kế hoạch năm 2025 tương ứng là 30; 100; 100% và 100%.\n"
        "Tổng số thuê bao di động đến hết năm 2024 khoảng 127,5 triệu, tăng 2,3% so với năm 2023.\n"
        "Bảng 3: Một số chỉ tiêu hạ tầng số (Nguồn: Cục Viễn thông)\n"
        "Đánh giá chung, các chỉ tiêu về thuê bao băng rộng di động và điện thoại thông minh có khả năng hoàn "
        "thành vào năm 2025, trong khi chỉ tiêu thuê bao băng rộng cố định/100 dân khó hoàn thành do quy mô hộ "
        "gia đình ở Việt Nam khá lớn, mỗi hộ thường chỉ sử dụng một thuê bao cáp quang.\n"
        "Kiến nghị: Bộ Khoa học và Công nghệ xem xét điều chỉnh phương pháp tính chỉ tiêu thuê bao băng rộng "
        "cố định theo hộ gia đình thay vì theo dân số, phù hợp với thông lệ quốc tế và đặc điểm sử dụng dịch "
        "vụ tại Việt Nam. Đồng thời, đề nghị các doanh nghiệp viễn thông tiếp tục đầu tư mở rộng mạng cáp "
        "quang đến các thôn, bản vùng sâu, vùng xa, hải đảo và tăng cường các chương trình hỗ trợ thiết bị đầu "
        "cuối cho hộ nghèo, hộ cận nghèo, đối tượng chính sác",
        None,
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.3),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.6),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.1),
        ],
    ),
    # 27 -- No sidecar date. VNNIC resource report: "tính đến hết năm 2024" share of Internet users
    # kept; the user count has no id; .vn domains, IPv6 share and rank, IP addresses: no id.
    (
        "Báo cáo Tài nguyên Internet Việt Nam 2024\n"
        "Internet › Tài nguyên Internet\n"
        "Theo Báo cáo Tài nguyên Internet Việt Nam năm 2024 do Trung tâm Internet Việt Nam (VNNIC) phát hành, "
        "tính đến hết năm 2024, tỷ lệ người sử dụng Internet tại Việt Nam đạt 79,1% dân số, tương đương khoảng "
        "79,6 triệu người.\n"
        "Tổng số tên miền quốc gia .vn duy trì đạt 651.000, tiếp tục dẫn đầu khu vực ASEAN. Tỷ lệ sử dụng IPv6 "
        "của Việt Nam đạt 63%, đứng thứ 8 thế giới và thứ 2 ASEAN. Việt Nam hiện có khoảng 17,6 triệu địa chỉ "
        "IPv4.\n"
        "Ảnh minh họa\n"
        "Lưu lượng Internet qua Trạm trung chuyển Internet quốc gia (VNIX) đạt đỉnh 1.250 Gbps, tăng 36% so "
        "với năm 2023. Hệ thống máy chủ tên miền quốc gia .VN đảm bảo hoạt động an toàn, ổn định 100% thời "
        "gian.\n"
        "Báo cáo cũng nêu mục tiêu đến năm 2025, tỷ lệ sử dụng IPv6 đạt 70% và tỷ lệ người dùng Internet đạt "
        "trên 80% dân số. Để đạt được mục tiêu này, VNNIC tiếp tục phối hợp với các doanh nghiệp thúc đẩy "
        "chuyển đổi IPv6 cho các dịch vụ Internet, mạng di động và cổng thông tin điện tử của các cơ quan nhà "
        "nước. Theo VNNIC, đã có 100% bộ, ngành, địa phương chuyển đổi cổng thông tin điện tử sang IPv6, song "
        "tỷ lệ ứng dụng IPv6 trong các dịch vụ công trực tuyến và hệ thống thông tin nội bộ của cơ quan nhà "
        "nước còn thấp, cần tiếp tục được đẩy mạn",
        None,
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
        ],
    ),
    # 28 -- Published 12 November 2024: "tính đến cuối tháng 10/2024" dates the smartphone share;
    # "so với tháng 9/2024 (86,9%)" kept. Traps: 2G-only subscribers, subscriptions switched in
    # the month (flow), operators, the target.
    (
        "THANH NIÊN › Công nghệ › Viễn thông\n"
        "Sau tắt sóng 2G: tỷ lệ thuê bao dùng smartphone tăng nhanh\n"
        "12/11/2024 11:38 GMT+7\n"
        "Nghe bài viết | Chia sẻ\n"
        "Theo Cục Viễn thông, tính đến cuối tháng 10/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh "
        "trên cả nước đạt 88,3%, tăng so với tháng 9/2024 (86,9%). Số thuê bao chỉ sử dụng 2G còn khoảng 1,1 "
        "triệu, trong đó phần lớn là thuê bao của người cao tuổi ở nông thôn.\n"
        "Trong tháng 10, đã có hơn 700.000 thuê bao 2G chuyển sang sử dụng điện thoại 4G.\n"
        "Ảnh minh họa: Ngọc Thắng\n"
        "Viettel cho biết đã hỗ trợ hơn 1 triệu khách hàng đổi máy miễn phí hoặc trả góp 0 đồng; MobiFone hỗ "
        "trợ 350.000 thuê bao. Từ ngày 16/10/2024, các nhà mạng đã chính thức dừng cung cấp dịch vụ cho các "
        "thiết bị 2G only.\n"
        "Theo Chiến lược phát triển hạ tầng số, mục tiêu đến năm 2025, 100% thuê bao di động sử dụng điện "
        "thoại thông minh. Cục Viễn thông cho biết, sau khi dừng 2G, tài nguyên tần số được chuyển sang khai "
        "thác 4G và 5G, góp phần nâng cao tốc độ truy cập di động cho người dùng. Đại diện Cục cũng khuyến cáo "
        "người dân cảnh giác với các cuộc gọi mạo danh nhà mạng yêu cầu cung cấp mã OTP để được đổi điện "
        "thoại miễn phí, vì đây là thủ đoạn lừa đảo chiếm đoạt tài khoản ngân hàn",
        "2024-11-12",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-31", 88.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 86.9),
        ],
    ),
    # 29 -- Provincial paper (Nghệ An), published 14 August 2025: "Đến nay" = published date;
    # "tính đến ngày 30/6/2025" dates the village count. Traps: Viettel's stations, 36 after
    # "trong đó", 4G coverage, target, cost.
    (
        " date 2025-08\n"
        "Báo Nghệ An\n"
        "Kinh tế › Khoa học - Công nghệ\n"
        "Nghệ An tăng tốc phủ sóng 5G và xóa “vùng trắng” sóng di động\n"
        "(Baonghean.vn) - Đến nay, toàn tỉnh Nghệ An đã có 548 trạm BTS 5G, phủ sóng 5G tới 42,5% dân số, tập "
        "trung tại TP Vinh, thị xã Cửa Lò, thị xã Hoàng Mai và các khu công nghiệp VSIP, Hoàng Mai I.\n"
        "Trong đó, Viettel Nghệ An chiếm 310 trạm, VNPT Nghệ An 190 trạm và MobiFone 48 trạm.\n"
        "Ở khu vực miền núi, tính đến ngày 30/6/2025, toàn tỉnh còn 64 thôn, bản chưa có sóng di động, trong "
        "đó 36 bản chưa có điện lưới, chủ yếu thuộc các huyện Kỳ Sơn, Tương Dương, Quế Phong. Tỷ lệ dân số "
        "được phủ sóng 4G toàn tỉnh đạt 99,2%.\n"
        "Lắp đặt trạm BTS tại xã Na Ngoi, huyện Kỳ Sơn. Ảnh: PV\n"
        "Tỉnh phấn đấu đến hết năm 2025 có 800 trạm 5G và xóa toàn bộ thôn, bản lõm sóng có điện lưới. Theo "
        "Sở Khoa học và Công nghệ, chi phí xây dựng một trạm BTS tại các bản vùng cao lên tới 2 tỷ đồng do phải "
        "kéo điện, làm đường và vận chuyển thiết bị bằng sức người.\n"
        "Để hỗ trợ doanh nghiệp, UBND tỉnh đã chỉ đạo các huyện miền núi bố trí quỹ đất, miễn tiền thuê đất "
        "đặt trạm, đồng thời đề xuất Bộ Khoa học và Công nghệ đưa các bản còn lõm sóng vào danh sách được hỗ "
        "trợ từ Quỹ Dịch vụ viễn thông công ích Việt Nam trong năm 2025 và những năm tiếp the",
        "2025-08-14",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-08-14", 548),
            ("fiveg_population_coverage_rate", "Nghệ An", "as_of", "2025-08-14", 42.5),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2025-06-30", 64),
        ],
    ),
    # 30 -- Ministry briefing on Q1 2025, published 3 April 2025: "đến hết quý I/2025" levels.
    # Traps: 2.900 stations installed in the quarter (flow), Viettel's share, 8% change, target,
    # internet user count (no id).
    (
        "Bộ Khoa học và Công nghệ - Tin tức\n"
        "Trang chủ > Tin tức - Sự kiện > Hoạt động của Bộ\n"
        "Hạ tầng số quý I/2025: 5G phủ sóng hơn 20% dân số\n"
        "03/04/2025\n"
        "Tại buổi họp báo thường kỳ quý I/2025 chiều 2/4, đại diện Cục Viễn thông cho biết, đến hết quý "
        "I/2025, cả nước có khoảng 10.800 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 20,6%. Riêng trong quý "
        "I, các doanh nghiệp đã lắp đặt và phát sóng mới khoảng 2.900 trạm, trong đó Viettel chiếm gần 60%.\n"
        "Cùng thời điểm, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,8%; số thuê bao băng rộng cố định đạt "
        "23,5 triệu, tăng 8% so với cùng kỳ.\n"
        "Đại diện Cục Viễn thông trả lời câu hỏi của phóng viên. Ảnh: MOST\n"
        "Việt Nam hiện có khoảng 79 triệu người sử dụng Internet. Về chất lượng dịch vụ, tốc độ di động trung "
        "bình theo i-Speed tháng 3/2025 đạt 131,6 Mbps, tốc độ cố định đạt 157,5 Mbps.\n"
        "Năm 2025, Bộ Khoa học và Công nghệ đặt mục tiêu phủ sóng 5G tới 90% dân số, tốc độ băng rộng di động "
        "đạt tối thiểu 100 Mbps. Đại diện Cục Viễn thông nhấn mạnh, đây là nhiệm vụ rất nặng nề, đòi hỏi sự "
        "vào cuộc quyết liệt của các doanh nghiệp và địa phương trong việc tháo gỡ khó khăn về mặt bằng, nguồn "
        "điện và thủ tục xây dựng trạm thu phát sóng. Bộ sẽ tổ chức đợt cao điểm phát triển 5G trong tháng 4 và "
        "tháng 5, phấn đấu mỗi tháng phát sóng mới từ 3.000 đến 4.000 trạ",
        "2025-04-03",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 10800),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 20.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 87.8),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 23500000),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 131.6),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 157.5),
        ],
    ),
    # 31 -- No sidecar date, no page-date line: "tháng 7" has no year and nothing in the text fixes
    # it, so the monthly figures are not values. "Năm 2023 ... khoảng 42 Mbps" is dated (year).
    # Traps: ranks, world averages, operators.
    (
        "Speedtest: Việt Nam vào top 15 thế giới về tốc độ di động\n"
        "Công nghệ | Viễn thông | Sản phẩm | Đánh giá\n"
        "Theo bảng xếp hạng Speedtest Global Index tháng 7 vừa được Ookla công bố, tốc độ tải xuống trung bình "
        "của mạng di động tại Việt Nam đạt 152,8 Mbps, xếp thứ 15/105 quốc gia và vùng lãnh thổ. Tốc độ băng "
        "rộng cố định đạt 174,9 Mbps, xếp thứ 30/153.\n"
        "Ảnh minh họa\n"
        "Đây là lần đầu tiên Việt Nam lọt vào top 15 thế giới về tốc độ di động. Năm 2023, tốc độ di động trung "
        "bình của Việt Nam theo Ookla chỉ khoảng 42 Mbps, thuộc nhóm trung bình của khu vực.\n"
        "Tốc độ di động trung bình toàn cầu trong tháng đạt 92,3 Mbps, tốc độ cố định 98,7 Mbps. UAE, Qatar "
        "và Kuwait tiếp tục là ba quốc gia dẫn đầu về tốc độ di động; Singapore, Hồng Kông và Chile dẫn đầu về "
        "tốc độ cố định.\n"
        "Theo các nhà mạng, tốc độ di động tăng nhanh là nhờ mạng 5G được mở rộng. Viettel cho biết tốc độ 5G "
        "trung bình trên mạng của doanh nghiệp đạt hơn 500 Mbps, trong khi VinaPhone ghi nhận tốc độ 5G trung "
        "bình khoảng 420 Mbps tại Hà Nội và TP.HCM.\n"
        "Tuy nhiên, người dùng tại nhiều khu vực nông thôn, miền núi vẫn phản ánh tình trạng sóng yếu, tốc độ "
        "chậm vào giờ cao điểm. Các chuyên gia khuyến nghị nhà mạng cần cân đối đầu tư giữa đô thị và nông "
        "thôn để thu hẹp khoảng cách số, đồng thời minh bạch thông tin về vùng phủ sóng 5G để người dùng có "
        "thể lựa chọn gói cước phù h",
        None,
        [
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 42),
        ],
    ),
    # 32 -- Provincial paper (Sơn La), published 27 February 2025: "đến nay" = published date.
    # 125/210 = 59,5% is the province's dead-zone covered share; "hiện còn 85 bản" is the level.
    # Traps: 210 (no id), Viettel's 41 stations, target, electrification sub-count.
    (
        "Báo Sơn La điện tử\n"
        "Trang chủ › Kinh tế › Chuyển đổi số\n"
        "Đưa sóng di động về bản vùng cao\n"
        "Thứ Năm, 27/02/2025 - 08:00\n"
        "Giai đoạn 2021-2024, toàn tỉnh Sơn La có 210 bản thuộc diện lõm sóng cần được phủ sóng di động. Đến "
        "nay, các doanh nghiệp viễn thông đã phủ sóng cho 125/210 bản, đạt 59,5%; hiện còn 85 bản chưa có sóng "
        "di động, trong đó 51 bản chưa có điện lưới quốc gia.\n"
        "Cán bộ kỹ thuật Viettel Sơn La kiểm tra trạm BTS tại xã Chiềng Ơn, huyện Quỳnh Nhai. Ảnh: Văn Thanh\n"
        "Riêng năm 2024, Viettel Sơn La đã lắp đặt 41 trạm BTS mới, đưa sóng 4G đến 38 bản; VNPT Sơn La lắp "
        "đặt 12 trạm. Theo Sở Khoa học và Công nghệ, khó khăn lớn nhất là địa hình chia cắt, nhiều bản không có "
        "đường ô tô, phải vận chuyển thiết bị bằng ngựa hoặc sức người.\n"
        "Năm 2025, tỉnh phấn đấu phủ sóng thêm 40 bản, nâng tỷ lệ bản có sóng di động lên trên 98%. Các bản "
        "chưa có điện lưới sẽ được ưu tiên lắp đặt trạm BTS sử dụng pin năng lượng mặt trời.\n"
        "Ông Lò Văn Tiến, Bí thư chi bộ bản Huổi Hậu, xã Chiềng Ơn, chia sẻ: “Trước đây muốn gọi điện thoại, "
        "bà con phải leo lên đỉnh đồi cách bản 3 km. Từ khi có trạm phát sóng, các cháu học sinh đã có thể học "
        "trực tuyến, bà con xem được giá nông sản, bán hàng qua mạng, cuộc sống thay đổi rất nhiề",
        "2025-02-27",
        [
            ("dead_zone_villages_covered_rate", "Sơn La", "as_of", "2025-02-27", 59.5),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2025-02-27", 85),
        ],
    ),
    # 33 -- i-Speed June 2024, published 5 July 2024. "(tháng 5/2024 là 129,5 Mbps)" kept; the Ookla
    # figure for May 2024 is a stated national value (kept). Traps: upload, VNPT, Hà Nội's rank
    # (no figure), the strategy target.
    (
        "VNNIC công bố tốc độ Internet tháng 6/2024\n"
        "Đăng lúc: 05/07/2024 09:47\n"
        "Trang chủ | Tin tức | Viễn thông | Internet | CNTT\n"
        "Theo kết quả đo i-Speed, trong tháng 6/2024, tốc độ truy cập Internet băng rộng cố định tại Việt Nam "
        "đạt 132,7 Mbps (tháng 5/2024 là 129,5 Mbps); tốc độ băng rộng di động đạt 51,3 Mbps. Tốc độ tải lên "
        "lần lượt là 128,4 Mbps và 19,8 Mbps.\n"
        "Ảnh minh họa\n"
        "VNPT là doanh nghiệp có tốc độ cố định cao nhất trong tháng với 138,2 Mbps. Hà Nội tiếp tục dẫn đầu cả "
        "nước về tốc độ Internet cố định, Đà Nẵng và Bắc Ninh lần lượt đứng thứ hai và thứ ba.\n"
        "Trong khi đó, theo Ookla, tốc độ di động của Việt Nam trong tháng 5/2024 là 60,8 Mbps, xếp thứ 50 "
        "trên thế giới. Sự chênh lệch giữa hai hệ thống đo đến từ phương pháp tính và tập người dùng khác nhau.\n"
        "Theo Chiến lược phát triển hạ tầng số, đến năm 2025 tốc độ truy cập băng rộng di động đạt tối thiểu "
        "40 Mbps và băng rộng cố định tối thiểu 200 Mbps. Các chuyên gia cho rằng, để tăng tốc độ di động, các "
        "nhà mạng cần sớm triển khai thương mại 5G, đồng thời tắt sóng 2G để giải phóng tần số cho 4G. Hiện "
        "các doanh nghiệp đã trúng đấu giá các khối băng tần dành cho 5G và đang gấp rút lắp đặt thiết bị tại "
        "các thành phố lớn, dự kiến cung cấp dịch vụ thương mại trong nửa cuối nă",
        "2024-07-05",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 132.7),
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 129.5),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 51.3),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 60.8),
        ],
    ),
    # 34 -- Ministry briefing on October 2025, published 10 November: "Tính đến hết tháng 10/2025"
    # levels. Traps: revenue (no id), "tăng 6,8%", 5G subscribers, the end-2025 targets.
    (
        " date 2025-11\n"
        "Khoa học - Công nghệ › Chuyển đổi số\n"
        "Cả nước còn 520 thôn, bản chưa có sóng di động băng rộng\n"
        "Tại họp báo thường kỳ tháng 10 của Bộ Khoa học và Công nghệ, Cục Viễn thông cho biết tính đến hết "
        "tháng 10/2025, cả nước có 24,9 triệu thuê bao băng rộng cố định (24,5 thuê bao/100 dân) và 93,1 triệu "
        "thuê bao băng rộng di động (91,7 thuê bao/100 dân). Số thuê bao sử dụng điện thoại thông minh là 116,9 "
        "triệu, chiếm 91% tổng số thuê bao di động; tỷ lệ hộ gia đình có cáp quang đạt 86,4%.\n"
        "Cả nước có 18.600 trạm 5G, phủ sóng 33,2% dân số; số thuê bao 5G vượt 14 triệu. Cũng đến hết tháng 10, "
        "cả nước còn 520 thôn, bản chưa có sóng di động băng rộng.\n"
        "Ảnh minh họa\n"
        "Doanh thu dịch vụ viễn thông 10 tháng ước đạt 297.000 tỷ đồng, tăng 6,8% so với cùng kỳ năm 2024.\n"
        "Cục Viễn thông cho biết, để hoàn thành mục tiêu năm 2025 là phủ sóng 5G tới 90% dân số và không còn "
        "thôn, bản lõm sóng có điện lưới, các doanh nghiệp sẽ tập trung nguồn lực trong hai tháng cuối năm. "
        "Bộ cũng đã đề nghị các địa phương sau sắp xếp đơn vị hành chính rà soát lại danh sách thôn, bản "
        "chưa có sóng, do nhiều thôn đã được sáp nhập hoặc đổi tên, bảo đảm số liệu báo cáo thống nhất giữa "
        "trung ương và địa phương, tránh tình trạng mỗi cơ quan công bố một con số khác nha",
        "2025-11-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-10-31", 24900000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-10-31", 24.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-10-31", 93100000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-10-31", 91.7),
            ("smartphone_subscriptions", "national", "as_of", "2025-10-31", 116900000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-10-31", 91),
            ("ftth_household_rate", "national", "as_of", "2025-10-31", 86.4),
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 18600),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 33.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-10-31", 520),
        ],
    ),
    # 35 -- No sidecar date (Lào Cai provincial page): "Hiện nay" levels cannot be dated and are
    # not expected; "đến cuối năm 2023, tỉnh còn 95 thôn" is dated by the text. Traps: BTS count,
    # Viettel, target.
    (
        "Cổng Thông tin điện tử tỉnh Lào Cai\n"
        "Trang chủ > Tin tức - Sự kiện > Kinh tế\n"
        "Phát triển hạ tầng viễn thông phục vụ chuyển đổi số\n"
        "Lượt xem: 1.284 | In trang | Gửi email\n"
        "Hiện nay, toàn tỉnh Lào Cai có 1.250 trạm BTS, trong đó có 86 trạm 5G; tỷ lệ thôn, bản có sóng di "
        "động băng rộng đạt 98,1%, còn 31 thôn chưa có sóng. Tỷ lệ hộ gia đình có kết nối cáp quang đạt 78%.\n"
        "Trước đó, đến cuối năm 2023, tỉnh còn 95 thôn chưa có sóng di động, tập trung tại các huyện Si Ma Cai, "
        "Mường Khương, Bát Xát và Bắc Hà.\n"
        "Lắp đặt trạm BTS tại thôn Lao Chải, huyện Bát Xát\n"
        "Để đạt kết quả trên, UBND tỉnh đã chỉ đạo các sở, ngành phối hợp chặt chẽ với doanh nghiệp viễn thông "
        "trong việc giải phóng mặt bằng, kéo điện đến trạm. Viettel Lào Cai là doanh nghiệp đi đầu với 64 trạm "
        "BTS mới lắp đặt tại các thôn đặc biệt khó khăn.\n"
        "Tỉnh đặt mục tiêu trong thời gian tới phủ sóng di động băng rộng 100% thôn, bản, phủ sóng 5G tại 100% "
        "khu công nghiệp, khu du lịch Sa Pa và cửa khẩu quốc tế Lào Cai. Sở Khoa học và Công nghệ cũng đề nghị "
        "các doanh nghiệp tăng cường dùng chung cơ sở hạ tầng, chia sẻ cột anten, tuyến cáp quang để tiết kiệm "
        "chi phí đầu tư, đồng thời chú trọng bảo đảm chất lượng dịch vụ tại các khu vực biên giới, vùng cao "
        "có điều kiện kinh tế - xã hội đặc biệt khó khă",
        None,
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 95),
        ],
    ),
    # 36 -- i-Speed "tháng 11" published 9 December 2025: November 2025. The headline's rounded
    # "gần 160 Mbps" restates the body's 158,9 (one row). "(tháng 10 là 176,1 Mbps)" = October
    # 2025, kept. Traps: upload after "/", Viettel/VNPT, change, Hà Nội's mobile rank.
    (
        "Tốc độ Internet di động tháng 11 đạt gần 160 Mbps\n"
        "09/12/2025 08:20 | Viễn thông\n"
        "Nghe đọc bài | Theo dõi trên Google News\n"
        "Theo kết quả đo i-Speed do Trung tâm Internet Việt Nam (VNNIC) công bố, trong tháng 11, tốc độ truy cập "
        "Internet băng rộng di động trung bình tại Việt Nam đạt 158,9 Mbps, tăng 2,4% so với tháng trước.\n"
        "Tốc độ Internet cố định đạt 178,35 Mbps/171,2 Mbps (tháng 10 là 176,1 Mbps). Hà Nội là địa phương "
        "có tốc độ cố định cao nhất với 192,6 Mbps; tốc độ di động của Hà Nội xếp thứ 3 cả nước.\n"
        "Ảnh minh họa\n"
        "Xét theo doanh nghiệp, Viettel có tốc độ di động cao nhất (176,4 Mbps), VNPT đứng thứ hai (154,2 "
        "Mbps). Ở mảng cố định, Viettel cũng vươn lên dẫn đầu với 185,7 Mbps, vượt FPT Telecom.\n"
        "Theo VNNIC, tốc độ di động liên tục tăng trong năm 2025 nhờ hạ tầng 5G được mở rộng nhanh chóng. So "
        "với thời điểm đầu năm, tốc độ di động đã tăng hơn 40%, vượt xa mục tiêu 100 Mbps đặt ra trong Chiến "
        "lược phát triển hạ tầng số.\n"
        "Người dùng có thể đo tốc độ truy cập Internet bằng ứng dụng i-Speed trên điện thoại hoặc tại trang "
        "speedtest.vn. Kết quả đo của người dùng được tổng hợp hằng tháng và công bố công khai trên trang "
        "thông tin của VNNIC, làm cơ sở để các cơ quan quản lý giám sát chất lượng dịch vụ Internet của các "
        "nhà cung cấp trên toàn quố",
        "2025-12-09",
        [
            ("mobile_broadband_speed", "national", "month", "2025-11-30", 158.9),
            ("fixed_broadband_speed", "national", "month", "2025-11-30", 178.35),
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 176.1),
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-11-30", 192.6),
        ],
    ),
    # 37 -- Strategy article published 8 March 2024: almost everything is a target ("đến năm
    # 2025", "đến năm 2030"). Only "Hiện nay, tỷ lệ hộ gia đình có cáp quang là 79,5%" is a value
    # (as_of published date). Traps: targets, "tăng gần 10 điểm phần trăm".
    (
        " date 2024-03\n"
        "Chính sách › Hạ tầng số\n"
        "Hạ tầng số đi trước một bước: những chỉ tiêu cần đạt năm 2025\n"
        "Chiến lược phát triển hạ tầng số đến năm 2025, định hướng đến năm 2030 đặt ra nhiều chỉ tiêu cụ thể. "
        "Theo đó, đến năm 2025, 100% hộ gia đình có khả năng truy cập cáp quang băng rộng, phủ sóng 5G tới "
        "25% dân số, tốc độ truy cập Internet băng rộng di động tối thiểu 40 Mbps, băng rộng cố định tối thiểu "
        "200 Mbps; 100% thôn, bản có sóng di động băng rộng.\n"
        "Đến năm 2030, 99% dân số được phủ sóng 5G, tốc độ băng rộng cố định tối thiểu 1 Gbps.\n"
        "Ảnh minh họa\n"
        "Hiện nay, tỷ lệ hộ gia đình có cáp quang là 79,5%, tăng gần 10 điểm phần trăm sau ba năm. Tuy nhiên, "
        "để hoàn thành mục tiêu 100% vào năm 2025, các doanh nghiệp viễn thông cần tăng tốc đầu tư mạng "
        "truy nhập tại khu vực nông thôn, miền núi.\n"
        "Theo Cục Viễn thông, thách thức lớn nhất là chi phí kéo cáp quang tới các hộ gia đình ở vùng sâu, vùng "
        "xa rất cao, trong khi nhu cầu sử dụng và khả năng chi trả của người dân còn thấp. Bộ TT&TT sẽ nghiên "
        "cứu cơ chế hỗ trợ từ Quỹ Dịch vụ viễn thông công ích để phổ cập dịch vụ băng rộng cố định cho hộ "
        "nghèo, hộ cận nghèo. Cùng với đó, các chỉ tiêu về 5G phụ thuộc lớn vào tiến độ đấu giá tần số, dự "
        "kiến được tổ chức trong năm nay đối với các băng tần 2,6 GHz và 3,7 GH",
        "2024-03-08",
        [
            ("ftth_household_rate", "national", "as_of", "2024-03-08", 79.5),
        ],
    ),
    # 38 -- No sidecar date; "tháng 9/2025" in the text. "lần lượt đạt x/y Mbps và z/w Mbps
    # (tải xuống/tải lên)": only the first of each pair. The parenthesised August figures follow the
    # same order (fixed, mobile). Traps: upload, ranks, world averages, Singapore, change.
    (
        "Thế giới di động › Tin tức › Viễn thông\n"
        "Ookla: Internet cố định Việt Nam tháng 9/2025 tiếp tục cải thiện\n"
        "Dữ liệu từ Speedtest Global Index tháng 9/2025 cho thấy tốc độ Internet băng rộng cố định và di động "
        "tại Việt Nam lần lượt đạt 175,8/168,1 Mbps và 149,1/41,2 Mbps (tải xuống/tải lên), cải thiện so với "
        "tháng 8/2025 (172,9 Mbps và 147,3 Mbps).\n"
        "Với kết quả này, Việt Nam đứng thứ 29/153 về tốc độ cố định và 18/104 về tốc độ di động.\n"
        "Ảnh chụp màn hình Speedtest Global Index\n"
        "Tốc độ trung bình toàn cầu của băng rộng cố định trong tháng 9 là 101,2 Mbps, của di động là 93,8 "
        "Mbps. Singapore tiếp tục dẫn đầu về tốc độ cố định với 400,1 Mbps. Trong khu vực ASEAN, Việt Nam "
        "đứng thứ 4 về tốc độ cố định và thứ 3 về tốc độ di động.\n"
        "Theo đánh giá, tốc độ cố định tăng 1,7% so với tháng trước nhờ các nhà cung cấp dịch vụ nâng cấp hạ "
        "tầng cáp quang lên công nghệ XGS-PON, cho phép cung cấp các gói cước tốc độ 1 Gbps, thậm chí 10 Gbps "
        "cho khách hàng doanh nghiệp. Các nhà mạng cũng đang thử nghiệm Wi-Fi 7 với tốc độ thực tế trong nhà "
        "vượt 2 Gbps. Dù vậy, các chuyên gia lưu ý tốc độ đo được phụ thuộc nhiều vào thiết bị đầu cuối, bộ "
        "phát Wi-Fi và số lượng người dùng đồng thời trong hộ gia đình, nên kết quả đo thực tế có thể thấp hơ",
        None,
        [
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 175.8),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 149.1),
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 172.9),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 147.3),
        ],
    ),
    # 39 -- No sidecar date; "tháng 8/2024" in the text (the page-date line is not needed). Traps:
    # upload, "tăng 18%", Viettel/FPT, Bắc Ninh's rank, measurement count, cut number at the end.
    (
        " date 2024-09\n"
        "ICTVietnam › Viễn thông › Internet\n"
        "i-Speed tháng 8/2024: tốc độ di động vượt 60 Mbps\n"
        "Kết quả đo tốc độ truy cập Internet i-Speed tháng 8/2024 do VNNIC công bố cho thấy, tốc độ trung bình "
        "băng rộng di động tại Việt Nam đạt 60,4 Mbps, tốc độ tải lên đạt 23,1 Mbps; tốc độ băng rộng cố định "
        "đạt 134,1 Mbps, tăng 18% so với cùng kỳ năm 2023.\n"
        "Ảnh minh họa\n"
        "Trong tháng, Viettel có tốc độ di động cao nhất với 68,7 Mbps, FPT Telecom dẫn đầu về cố định với "
        "142,5 Mbps. Bắc Ninh lần đầu vươn lên vị trí số 1 cả nước về tốc độ Internet cố định, vượt qua Hà Nội.\n"
        "Hệ thống i-Speed ghi nhận 8,9 triệu lượt đo trong tháng, trong đó 71% thực hiện trên thiết bị di động.\n"
        "Độ trễ trung bình mạng di động là 32 ms; mạng cố định là 11 ms.\n"
        "Tin liên quan: Tắt sóng 2G: nhà mạng hỗ trợ đổi máy miễn phí\n"
        "VNNIC cho biết, tốc độ di động dự kiến sẽ cải thiện rõ rệt trong những tháng cuối năm khi các nhà "
        "mạng tắt sóng 2G và đưa 5G vào khai thác thương mại. Với băng rộng cố định, nhiều nhà cung cấp đã "
        "nâng băng thông tối thiểu của các gói cước phổ thông lên 300 Mbps mà không tăng giá cước, góp phần "
        "cải thiện tốc độ trung bình. Tuy vậy, tốc độ tại các tỉnh miền núi phía Bắc và Tây Nguyên vẫn thấp "
        "hơn đáng kể so với các thành phố lớn, khoảng cách giữa địa phương cao nhất và thấp nhất lên tới "
        "gần 6",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 60.4),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 134.1),
        ],
    ),
    # 40 -- Forum report published 20 May 2025: "hiện có ... chiếm khoảng 80% dân số" (VNNIC, an
    # administrative estimate) = as_of published date. Traps: user count (no id), IPv6, data
    # centres, submarine cables, plans.
    (
        "Trang chủ › Sự kiện › Diễn đàn Internet Việt Nam 2025\n"
        "Internet Việt Nam bước vào giai đoạn phát triển mới\n"
        "20/05/2025 17:02\n"
        "Phát biểu khai mạc Diễn đàn, Giám đốc Trung tâm Internet Việt Nam (VNNIC) cho biết Việt Nam hiện có "
        "khoảng 79,8 triệu người sử dụng Internet, chiếm khoảng 80% dân số. Tỷ lệ sử dụng IPv6 đạt 65%, đứng thứ "
        "7 thế giới.\n"
        "Quang cảnh Diễn đàn. Ảnh: BTC\n"
        "Về hạ tầng, Việt Nam đang khai thác 6 tuyến cáp quang biển quốc tế với tổng dung lượng khoảng 26 "
        "Tbps; tổng công suất các trung tâm dữ liệu trong nước đạt khoảng 350 MW. Theo kế hoạch, trong năm "
        "2025-2026 sẽ có thêm 2 tuyến cáp quang biển mới được đưa vào khai thác, nâng tổng dung lượng lên hơn "
        "60 Tbps.\n"
        "Các đại biểu cho rằng, sự cố đứt cáp quang biển nhiều lần trong năm 2023 và 2024 cho thấy yêu cầu "
        "cấp thiết phải đa dạng hóa các tuyến kết nối quốc tế, bao gồm cả cáp quang đất liền và kết nối vệ "
        "tinh. Đồng thời, cần phát triển hệ thống trung tâm dữ liệu, điện toán đám mây trong nước để giảm phụ "
        "thuộc vào lưu lượng quốc tế.\n"
        "Tại phiên thảo luận về an toàn Internet, đại diện Cục An toàn thông tin cho biết các cuộc tấn công "
        "mạng nhắm vào hạ tầng Internet có xu hướng gia tăng cả về số lượng và mức độ phức tạp, đặc biệt là "
        "các cuộc tấn công từ chối dịch vụ phân tán (DDoS) với lưu lượng có lúc lên tới hàng trăm Gbps, gây "
        "gián đoạn dịch vụ của một số doanh nghiệp cung cấp nội dung số và thương mại điện t",
        "2025-05-20",
        [
            ("internet_users_rate", "national", "as_of", "2025-05-20", 80),
        ],
    ),
    # 41 -- One operator's page, published 29 July 2025. Viettel's 10.000 stations, 65% share, 90%
    # coverage, subscribers and speed are out; the national total in parentheses is a stated
    # national level, no date in the text -> as_of published date.
    (
        "Tin tức › Doanh nghiệp › Viễn thông\n"
        "Viettel cán mốc 10.000 trạm 5G\n"
        "29/07/2025 10:00\n"
        "Tổng Công ty Viễn thông Viettel (Viettel Telecom) vừa công bố đã lắp đặt và phát sóng trạm 5G thứ "
        "10.000, chiếm khoảng 65% tổng số trạm 5G trên cả nước (khoảng 15.400 trạm). Mạng 5G của Viettel hiện "
        "phủ sóng 90% dân số tại các khu đô thị, khu công nghiệp, sân bay, cảng biển và trường đại học.\n"
        "Kỹ sư Viettel lắp đặt trạm 5G. Ảnh: Viettel\n"
        "Sau hơn 9 tháng thương mại hóa, Viettel có hơn 6 triệu thuê bao sử dụng 5G, tốc độ tải xuống trung "
        "bình đạt khoảng 550 Mbps, gấp 10 lần mạng 4G. Doanh nghiệp đặt mục tiêu đến cuối năm 2025 nâng số trạm "
        "5G lên 20.000 trạm, phủ sóng 5G tới 100% xã, phường.\n"
        "Đại diện Viettel cho biết, doanh nghiệp đã làm chủ công nghệ sản xuất thiết bị 5G, trong đó phần lớn "
        "trạm phát sóng 5G sử dụng thiết bị do Viettel tự nghiên cứu, sản xuất, giúp giảm chi phí đầu tư và "
        "chủ động trong vận hành mạng lưới. Viettel cũng là doanh nghiệp đầu tiên triển khai công nghệ 5G "
        "Standalone trên diện rộng, cho phép cung cấp các dịch vụ như cắt lát mạng, độ trễ thấp cho các nhà "
        "máy thông minh, cảng biển tự động. Trong thời gian tới, Viettel sẽ hợp tác với các địa phương để "
        "triển khai các ứng dụng 5G trong y tế, giáo dục và quản lý đô thị thông min",
        "2025-07-29",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-07-29", 15400),
        ],
    ),
    # 42 -- No sidecar date; "tính đến tháng 4/2024" = as_of end of April 2024. Starts mid-word.
    # Traps: the 2G-only count, "trong đó" FTTH share of fixed subscriptions, growth, target.
    (
        "hông tin tại Hội nghị giao ban quản lý nhà nước về viễn thông, Cục Viễn thông cho biết, tính đến "
        "tháng 4/2024, cả nước có 22,3 triệu thuê bao băng rộng cố định, trong đó 99,6% là thuê bao cáp quang; "
        "số thuê bao băng rộng di động đạt 86,4 triệu, tăng 5,1% so với cùng kỳ năm 2023. Tỷ lệ thuê bao di "
        "động sử dụng điện thoại thông minh đạt 84,6%.\n"
        "Cũng theo Cục Viễn thông, số thuê bao chỉ sử dụng điện thoại 2G vẫn còn khoảng 6,5 triệu, chủ yếu là "
        "người cao tuổi, người có thu nhập thấp ở khu vực nông thôn.\n"
        "Ảnh minh họa\n"
        "Mục tiêu đến năm 2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 100%, thuê bao băng "
        "rộng cố định đạt 30 thuê bao/100 dân. Để hoàn thành mục tiêu, Cục Viễn thông đề nghị các doanh "
        "nghiệp phối hợp với nhà sản xuất điện thoại đưa ra các dòng máy 4G giá rẻ, đồng thời có chính sách "
        "hỗ trợ khách hàng chuyển đổi.\n"
        "Doanh thu dịch vụ viễn thông 4 tháng đầu năm 2024 ước đạt 113.000 tỷ đồng.\n"
        "Tại hội nghị, đại diện các doanh nghiệp cũng kiến nghị cơ quan quản lý sớm ban hành lộ trình dừng "
        "công nghệ 2G chính thức, đồng thời có cơ chế xử lý đối với các thiết bị đầu cuối không đáp ứng quy "
        "chuẩn kỹ thuật được nhập khẩu qua đường xách tay. Cục Viễn thông cho biết sẽ tổng hợp ý kiến, báo "
        "cáo Bộ trưởng trước ngày 15/6 để kịp thời ban hành hướng dẫ",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-04-30", 22300000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-04-30", 86400000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-04-30", 84.6),
        ],
    ),
    # 43 -- No sidecar date; "6 tháng đầu năm 2025" = half; "cùng kỳ năm 2024 ... lần lượt" = half
    # 2024. Traps: upload, percentage changes, operators, Đà Nẵng's rank, the target.
    (
        "Sáu tháng, tốc độ Internet di động tăng gấp 2,6 lần\n"
        "Trang chủ » Số hóa » Viễn thông\n"
        "Bình luận (0) | Chia sẻ\n"
        "Theo tổng hợp kết quả đo i-Speed của VNNIC, tốc độ truy cập Internet trung bình 6 tháng đầu năm 2025 "
        "đạt 165,9 Mbps với băng rộng cố định và 137,4 Mbps với băng rộng di động; cùng kỳ năm 2024, các con "
        "số này lần lượt là 128,6 Mbps và 52,7 Mbps. Tốc độ tải lên trung bình của băng rộng cố định đạt "
        "160,3 Mbps.\n"
        "Ảnh minh họa\n"
        "Như vậy, tốc độ di động đã tăng khoảng 2,6 lần, còn tốc độ cố định tăng 29%. Viettel là nhà mạng có "
        "tốc độ di động trung bình cao nhất trong 6 tháng (154,1 Mbps), VNPT đứng thứ hai (132,9 Mbps). Đà "
        "Nẵng là địa phương có tốc độ di động cao nhất, Hà Nội dẫn đầu về tốc độ cố định.\n"
        "Với kết quả này, mục tiêu tốc độ băng rộng di động tối thiểu 100 Mbps vào năm 2025 đã hoàn thành "
        "sớm. Tuy nhiên, mục tiêu tốc độ băng rộng cố định tối thiểu 200 Mbps vẫn còn khoảng cách khá xa, đòi "
        "hỏi các nhà cung cấp dịch vụ đẩy nhanh việc nâng cấp hạ tầng mạng truy nhập và thiết bị đầu cuối "
        "của khách hàng. VNNIC cũng lưu ý rằng tốc độ đo được phụ thuộc vào kết nối Wi-Fi trong nhà, do nhiều "
        "hộ gia đình vẫn sử dụng bộ phát Wi-Fi thế hệ cũ, làm giảm đáng kể tốc độ thực tế so với tốc độ của "
        "đường truyền cáp quang mà nhà mạng cung cấ",
        None,
        [
            ("fixed_broadband_speed", "national", "half", "2025-06-30", 165.9),
            ("mobile_broadband_speed", "national", "half", "2025-06-30", 137.4),
            ("fixed_broadband_speed", "national", "half", "2024-06-30", 128.6),
            ("mobile_broadband_speed", "national", "half", "2024-06-30", 52.7),
        ],
    ),
    # 44 -- Provincial paper (Kon Tum), published 15 May 2025: "tính đến ngày 30/4/2025" dates the
    # paragraph. Traps: 19 after "trong đó", Viettel, 4G coverage, targets.
    (
        "BÁO KON TUM ĐIỆN TỬ\n"
        "Trang chủ | Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ\n"
        "Thu hẹp “vùng trắng” sóng di động ở các làng vùng sâu\n"
        "Thứ Năm, 15/05/2025 07:35\n"
        "Theo Sở Khoa học và Công nghệ, tính đến ngày 30/4/2025, toàn tỉnh còn 52 thôn, làng chưa có sóng di "
        "động, trong đó 19 làng chưa có điện lưới quốc gia; tỷ lệ thôn, làng có sóng di động đạt 93,9%. Tỷ lệ "
        "hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 71,3%.\n"
        "Người dân làng Đăk Xú, huyện Ngọc Hồi sử dụng điện thoại thông minh. Ảnh: H.Đ\n"
        "Năm 2024, Viettel Kon Tum đã đầu tư 23 trạm BTS tại các làng lõm sóng thuộc huyện Tu Mơ Rông, Đăk Glei "
        "và Kon Plông. Tỷ lệ dân số được phủ sóng 4G trên địa bàn tỉnh đạt 98%.\n"
        "Tỉnh phấn đấu đến hết năm 2025, 100% thôn, làng có điện lưới được phủ sóng di động băng rộng, 85% hộ "
        "gia đình có cáp quang. Để hoàn thành mục tiêu, UBND tỉnh chỉ đạo các huyện phối hợp với doanh nghiệp "
        "viễn thông khảo sát, bố trí địa điểm lắp đặt trạm; hỗ trợ kéo điện trung thế đến các trạm ở vùng "
        "sâu. Các doanh nghiệp cũng được đề nghị dành nguồn lực ưu tiên phủ sóng cho các điểm trường, trạm y "
        "tế và đồn biên phòng, nơi nhu cầu liên lạc và học tập trực tuyến rất lớn nhưng chất lượng sóng hiện "
        "còn chập chờn, thường xuyên bị mất kết nối vào mùa mư",
        "2025-05-15",
        [
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2025-04-30", 52),
            ("villages_with_mobile_coverage_rate", "Kon Tum", "as_of", "2025-04-30", 93.9),
            ("ftth_household_rate", "Kon Tum", "as_of", "2025-04-30", 71.3),
        ],
    ),
    # 45 -- i-Speed November 2024, published 5 December 2024. The excerpt starts inside a sentence
    # whose indicator is cut off ("ạt 146,0 Mbps ...") -> not a value. "(tháng 10/2024: 78,3
    # Mbps)" kept. Traps: upload, change, operators, rank.
    (
        "ạt 146,0 Mbps, tăng 1,4% so với tháng 10 và tăng 19,3% so với cùng kỳ năm 2023.\n"
        "Tốc độ băng rộng di động trong tháng 11 đạt 89,6 Mbps (tháng 10/2024: 78,3 Mbps), mức tăng mạnh nhất "
        "từ trước đến nay nhờ việc dừng công nghệ 2G từ giữa tháng 10 và Viettel chính thức khai trương mạng "
        "5G. Tốc độ tải lên của mạng di động đạt 27,4 Mbps.\n"
        "Ảnh minh họa\n"
        "Xét theo nhà mạng, Viettel đạt tốc độ di động cao nhất với 104,8 Mbps, tiếp theo là VinaPhone với 83,1 "
        "Mbps và MobiFone với 61,2 Mbps. Theo Ookla, Việt Nam đã tăng 17 bậc trên bảng xếp hạng tốc độ di động "
        "toàn cầu chỉ trong một tháng.\n"
        "Độ trễ trung bình của mạng di động là 30 ms. Tổng số lượt đo trong tháng đạt khoảng 9,8 triệu.\n"
        "Các chuyên gia nhận định, tốc độ di động sẽ còn tiếp tục tăng trong thời gian tới khi VNPT và MobiFone "
        "chính thức cung cấp dịch vụ 5G thương mại, dự kiến trong quý I/2025. Bên cạnh đó, việc các doanh "
        "nghiệp được cấp thêm băng tần trung và thấp cũng sẽ giúp mở rộng vùng phủ sóng tại khu vực nông "
        "thôn, miền núi, nơi người dùng hiện vẫn chủ yếu sử dụng 4G với tốc độ hạn chế. Tuy nhiên, để tận dụng "
        "được mạng 5G, người dùng cần có điện thoại hỗ trợ công nghệ này, trong khi tỷ lệ máy 5G trong tổng số "
        "điện thoại thông minh đang sử dụng tại Việt Nam hiện còn khá thấp, ước chỉ khoảng 2",
        "2024-12-05",
        [
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 89.6),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 78.3),
        ],
    ),
    # 46 -- Hà Nội page published 18 June 2025: "Tính đến ngày 15/6/2025" station count kept; the
    # coverage figure is for the inner city only (part of the province, no id), and for Viettel.
    # Traps: operator counts, inner-city coverage, target, 5G traffic share, "gấp 3 lần".
    (
        " date 2025-06\n"
        "Hànộimới › Kinh tế › Khoa học - Công nghệ\n"
        "Hà Nội có gần 4.000 trạm 5G\n"
        "18/06/2025 - 06:30\n"
        "Theo Sở Khoa học và Công nghệ Hà Nội, tính đến ngày 15/6/2025, trên địa bàn thành phố có 3.920 trạm "
        "BTS 5G, tăng gần gấp 3 lần so với cuối năm 2024. Mạng 5G hiện phủ sóng khoảng 85% dân số khu vực nội "
        "thành; riêng mạng 5G của Viettel phủ sóng 100% các quận.\n"
        "Trong đó, Viettel có 2.150 trạm, VNPT 1.380 trạm, MobiFone 390 trạm.\n"
        "Trạm 5G trên tuyến phố Tràng Tiền (Hoàn Kiếm). Ảnh: Viết Thành\n"
        "Lưu lượng dữ liệu di động trên mạng 5G chiếm khoảng 18% tổng lưu lượng di động của thành phố. Hà Nội "
        "phấn đấu đến hết năm 2025 có 6.000 trạm 5G, phủ sóng 5G 100% các quận và trung tâm các huyện, thị xã.\n"
        "Để thực hiện mục tiêu, thành phố cho phép doanh nghiệp viễn thông lắp đặt thiết bị trên cột đèn chiếu "
        "sáng, nhà chờ xe buýt và tại trụ sở các cơ quan nhà nước. Sở Khoa học và Công nghệ cũng đang phối hợp "
        "với Sở Xây dựng hướng dẫn thủ tục lắp đặt trạm thu phát sóng loại nhỏ, không phải xin giấy phép xây "
        "dựng, giúp rút ngắn thời gian triển khai từ vài tháng xuống còn vài ngày. Đây được xem là bước đột phá "
        "trong việc tháo gỡ điểm nghẽn về mặt bằng, vốn là khó khăn lớn nhất của các doanh nghiệp khi phát "
        "triển hạ tầng 5G tại khu vực nội đô có mật độ dân cư và công trình dày đặ",
        "2025-06-18",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-06-15", 3920),
        ],
    ),
]
