"""Genre probes, round 88: a held-out representative sample of the whole 2022–2025 genre — short news items, long articles with headline and lead, interviews in question-and-answer form, monthly/quarterly bulletins and tables flattened to text, national and provincial, across online public services and dossier rates, the National Public Service Portal and online payments, NDXP, identification and VNeID, cybersecurity and botnets, broadband subscriptions and speeds, fibre, 5G, dead-zone villages, Mobile Money and payment accounts, e-invoices, digital economy and EGDI ranks — with about a fifth of pages carrying no printed date but dating their own figures, and about a quarter mixing traps (targets, changes, remaining counts, sub-counts, one ministry's/operator's/district's/foreign/vendor/survey figures, upload speeds, speed ranks, smartphone ownership, indices outside the catalog, undated levels) with real values, written blind by a helper (not copied from any page).

Held out to the end of stop 41 and read once: with the start code 3b0fde8, 128 of 136 right, 128 of 138 found; with the stop's final extraction code ee344cf, 129 of 137 right, 129 of 138 found (0.94 / 0.93). Not fitted. Its false values: 'cấp bộ, cấp tỉnh' together read as the locality block (twice), a province's 'một trong những địa phương đạt 100%' read as the block, the block's spread 'kết quả giữa các địa phương …', a registered plan of 5G stations, a province's year read a year early (two), the EGDI edition ended at the page's date. After that reading two of them were found general and fixed ('cấp bộ, cấp tỉnh' far before its number; 'các bộ, ngành, địa phương' as the locality block; 'một huyện ven biển' as a district's figure; a plan the operators registered, 'đăng ký kế hoạch lắp đặt thêm'; a bracket giving an earlier year its value, '68,7% (năm 2023 đạt 55,9%)', no longer dating the figure before it): 135 of 137, 135 of 138."""

CASES = [
    # 1 — National Portal monthly bulletin: month flows and cumulative levels, percentage-change trap
    (
        """Trang chủ > Thời sự > Cải cách hành chính

Tháng 10/2023: Cổng Dịch vụ công quốc gia có thêm hơn 412 nghìn tài khoản

06/11/2023 15:40

(Chinhphu.vn) - Theo số liệu của Văn phòng Chính phủ, trong tháng 10/2023, Cổng Dịch vụ công quốc gia có thêm 412.600 tài khoản đăng ký mới; tiếp nhận 2,15 triệu hồ sơ trực tuyến; thực hiện 1,38 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 1.240 tỷ đồng.

So với tháng 9, số tài khoản đăng ký mới tăng 6,2%, số giao dịch thanh toán trực tuyến tăng 4,8%.

Lũy kế đến ngày 31/10/2023, Cổng Dịch vụ công quốc gia có 9,26 triệu tài khoản đăng ký; tiếp nhận hơn 51,8 triệu hồ sơ trực tuyến; thực hiện 27,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền 16.850 tỷ đồng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, bảo đảm cung cấp dịch vụ công trực tuyến thực chất, lấy người dân, doanh nghiệp làm trung tâm.

Bài liên quan:
- Đẩy mạnh thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia
- Nhiều địa phương miễn, giảm lệ phí khi nộp hồ sơ trực tuyến""",
        "2023-11-06",
        [
            ("national_portal_accounts_new", "national", "month", "2023-10-31", 412600.0),
            ("national_portal_dossiers_new", "national", "month", "2023-10-31", 2150000.0),
            ("online_payments_count_new", "national", "month", "2023-10-31", 1380000.0),
            ("online_payments_value_new", "national", "month", "2023-10-31", 1240.0),
            ("national_portal_accounts", "national", "as_of", "2023-10-31", 9260000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-10-31", 51800000.0),
            ("online_payments_count", "national", "as_of", "2023-10-31", 27400000.0),
            ("online_payments_value", "national", "as_of", "2023-10-31", 16850.0),
        ],
    ),
    # 2 — provincial year review (Đồng Nai 2024): full-process share, dossier rates with previous year, target trap
    (
        """Trang chủ › Chính trị › Cải cách hành chính

Đồng Nai: Tỷ lệ hồ sơ xử lý trực tuyến năm 2024 đạt 68,7%

Thứ Năm, 09/01/2025 07:32

(ĐN) - Năm 2024, công tác cải cách thủ tục hành chính gắn với chuyển đổi số của tỉnh có nhiều chuyển biến tích cực, nhiều chỉ tiêu vượt kế hoạch đề ra.

Theo báo cáo của Sở Thông tin và Truyền thông, tính đến ngày 31/12/2024, tỉnh đang cung cấp 1.652 dịch vụ công trực tuyến, trong đó có 1.003 dịch vụ công trực tuyến toàn trình, chiếm 60,4% tổng số thủ tục hành chính của tỉnh.

Cả năm 2024, các cơ quan, đơn vị trên địa bàn tiếp nhận hơn 1,2 triệu hồ sơ; tỷ lệ hồ sơ xử lý trực tuyến đạt 68,7% (năm 2023 đạt 55,9%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%. Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 92,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 51,3%.

Phó Giám đốc Sở Thông tin và Truyền thông cho biết, năm 2025 tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%, 100% hồ sơ được số hóa ngay khi tiếp nhận, tỷ lệ khai thác, sử dụng lại dữ liệu đạt trên 70%.

Minh Anh""",
        "2025-01-09",
        [
            ("dvctt_full_process_rate", "Đồng Nai", "as_of", "2024-12-31", 60.4),
            ("online_dossier_rate", "Đồng Nai", "year", "2024-12-31", 68.7),
            ("online_dossier_rate", "Đồng Nai", "year", "2023-12-31", 55.9),
            ("online_dossier_full_process_rate", "Đồng Nai", "year", "2024-12-31", 41.2),
            ("e_result_rate", "Đồng Nai", "year", "2024-12-31", 92.5),
            ("data_reuse_rate", "Đồng Nai", "year", "2024-12-31", 51.3),
        ],
    ),
    # 3 — interview (Q&A) on cybersecurity: 11-month count, botnet level, approval rate "đến nay"; change and target traps
    (
        """An toàn thông tin năm 2023: Chủ động phát hiện, xử lý sớm các nguy cơ

27/12/2023 08:05

Nhân dịp cuối năm, phóng viên đã có cuộc trao đổi với ông Lê Minh Quân, Phó Cục trưởng Cục An toàn thông tin (Bộ Thông tin và Truyền thông) về tình hình an toàn thông tin mạng năm 2023.

PV: Thưa ông, tình hình tấn công mạng vào các hệ thống thông tin tại Việt Nam năm nay diễn biến như thế nào?

Ông Lê Minh Quân: Trong 11 tháng năm 2023, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.815 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,6% so với cùng kỳ năm 2022. Số địa chỉ IP của Việt Nam nằm trong mạng botnet đến cuối tháng 11/2023 còn khoảng 535.000 địa chỉ, giảm 43% so với thời điểm đầu năm.

PV: Việc bảo đảm an toàn hệ thống thông tin theo cấp độ đã được các cơ quan nhà nước triển khai ra sao?

Ông Lê Minh Quân: Đây là điểm có chuyển biến rõ nhất. Đến nay, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành, địa phương đạt 76,4%, trong khi đầu năm mới chỉ khoảng một nửa. Mục tiêu của chúng tôi là đến hết năm 2024, 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn.

PV: Xin cảm ơn ông!""",
        "2023-12-27",
        [
            ("cyberattacks", "national", "ytd", "2023-11-30", 12815.0),
            ("botnet_ips", "national", "as_of", "2023-11-30", 535000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-27", 76.4),
        ],
    ),
    # 4 — NO DATE: monthly speed item; upload speeds and speed ranks are traps
    (
        """Tốc độ Internet tại Việt Nam tháng 6/2024

Theo số liệu đo kiểm từ hệ thống i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 6/2024, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 151,4 Mbps, tốc độ tải lên đạt 148,9 Mbps.

Đối với băng rộng di động, tốc độ tải xuống trung bình đạt 58,2 Mbps, tốc độ tải lên đạt 21,7 Mbps.

Trên bảng xếp hạng Speedtest Global Index tháng 6/2024, Việt Nam đứng thứ 37 về tốc độ băng rộng cố định và thứ 44 về tốc độ băng rộng di động.

Người dùng có thể tự đo tốc độ kết nối của mình tại địa chỉ speedtest.vn.""",
        None,
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 151.4),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 58.2),
        ],
    ),
    # 5 — EGDI edition news: current and previous edition ranks; rank change, index score and other country are traps
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên hợp quốc

Thứ tư, 18/9/2024, 16:20 (GMT+7)

Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc vừa công bố, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (xếp hạng 86/193).

Giá trị chỉ số EGDI của Việt Nam đạt 0,7709 điểm, lần đầu tiên được xếp vào nhóm có chỉ số phát triển Chính phủ điện tử rất cao. Trong đó, chỉ số dịch vụ trực tuyến (OSI) đạt 0,7824; chỉ số hạ tầng viễn thông (TII) tăng mạnh nhờ phát triển băng rộng di động.

Trong khu vực Đông Nam Á, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan (xếp thứ 52) và Brunei.

Bộ Thông tin và Truyền thông cho biết sẽ tiếp tục phối hợp với các bộ, ngành nâng cao chất lượng dịch vụ công trực tuyến, phấn đấu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 6 — digital economy article: share of GDP with previous year, growth; vendor estimate, "gấp 3 lần" and target traps
    (
        """KINH TẾ SỐ

Kinh tế số chiếm 12,33% GDP, động lực tăng trưởng mới

12/11/2024 | 09:48

Kinh tế số đang trở thành một trong những động lực quan trọng của tăng trưởng, với tốc độ cao gấp nhiều lần tốc độ tăng GDP.

Theo số liệu chính thức do Tổng cục Thống kê công bố, tỷ trọng kinh tế số trong GDP năm 2023 đạt 12,33% (năm 2022: 11,91%). Năm 2023, kinh tế số Việt Nam tăng trưởng khoảng 20%, cao gấp 3 lần tốc độ tăng GDP.

Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16% so với năm trước, và có thể đạt 90-200 tỷ USD vào năm 2030.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.

Hà Linh""",
        "2024-11-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 11.91),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 7 — Mobile Money: level at month end; rural sub-count and one operator's figure are traps
    (
        """Mobile Money đạt hơn 6,2 triệu khách hàng

20/06/2023 - 11:15

Theo Ngân hàng Nhà nước, tính đến ngày 31/5/2023, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt hơn 6,2 triệu, trong đó khoảng 4,1 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo.

Mạng lưới điểm kinh doanh dịch vụ Mobile Money đã phủ khắp 63 tỉnh, thành phố. Riêng Viettel Money hiện có khoảng 4,9 triệu khách hàng đăng ký sử dụng Mobile Money.

Ngân hàng Nhà nước cho biết sẽ tiếp tục theo dõi sát tình hình triển khai thí điểm, kịp thời xử lý các vướng mắc, bảo đảm an toàn, bảo mật cho khách hàng.""",
        "2023-06-20",
        [
            ("mobile_money_customers", "national", "as_of", "2023-05-31", 6200000.0),
        ],
    ),
    # 8 — table flattened to text, Q3/2024: ministry block, locality block, country, one province (one ministry is a trap)
    (
        """KẾT QUẢ XỬ LÝ HỒ SƠ TRỰC TUYẾN QUÝ III/2024

15/10/2024

Bảng 1. Tỷ lệ hồ sơ xử lý trực tuyến theo khối, quý III/2024

Khối | Tỷ lệ hồ sơ xử lý trực tuyến | Tỷ lệ hồ sơ trực tuyến toàn trình
Bộ, ngành | 62,4% | 35,1%
Địa phương | 48,7% | 27,9%
Cả nước | 54,6% | 30,8%

Ghi chú: Bộ có tỷ lệ hồ sơ xử lý trực tuyến cao nhất là Bộ Tài chính (95,6%); địa phương có tỷ lệ cao nhất là tỉnh Bình Dương (89,3%).

Nguồn: Hệ thống thông tin giải quyết TTHC, Văn phòng Chính phủ""",
        "2024-10-15",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-09-30", 62.4),
            ("online_dossier_rate", "localities", "quarter", "2024-09-30", 48.7),
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 54.6),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-09-30", 35.1),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-09-30", 27.9),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 30.8),
            ("online_dossier_rate", "Bình Dương", "quarter", "2024-09-30", 89.3),
        ],
    ),
    # 9 — identification (Đề án 06) mid-2023: chip IDs, VNeID, essential services
    (
        """Đề án 06: Đã kích hoạt 37,5 triệu tài khoản định danh điện tử

05/07/2023 | 10:12

Tại hội nghị sơ kết 6 tháng triển khai Đề án 06, Bộ Công an cho biết, tính đến ngày 30/6/2023, lực lượng Công an đã cấp hơn 83,3 triệu thẻ căn cước công dân gắn chip; thu nhận 63,4 triệu hồ sơ định danh điện tử và kích hoạt 37,5 triệu tài khoản định danh điện tử.

Về dịch vụ công, đã cung cấp trực tuyến toàn trình 41/53 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia.

Lãnh đạo Bộ Công an đề nghị các bộ, ngành, địa phương tiếp tục làm sạch dữ liệu, đẩy mạnh kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư.""",
        "2023-07-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-06-30", 83300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 37500000.0),
            ("essential_services_full_process", "national", "as_of", "2023-06-30", 41.0),
        ],
    ),
    # 10 — telecom subscriptions bulletin: counts, per-100 densities, smartphone count and share
    (
        """Cục Viễn thông: Số liệu thuê bao tháng 2/2023

21/03/2023

Tính đến hết tháng 2/2023, cả nước có 21,3 triệu thuê bao băng rộng cố định, tăng 12,8% so với cùng kỳ năm 2022, và 84,1 triệu thuê bao băng rộng di động.

Mật độ thuê bao băng rộng cố định đạt 21,5 thuê bao/100 dân; mật độ thuê bao băng rộng di động đạt 85,2 thuê bao/100 dân.

Số thuê bao di động sử dụng điện thoại thông minh đạt 93,6 triệu, chiếm 78,9% tổng số thuê bao di động.""",
        "2023-03-21",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-02-28", 21300000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-02-28", 84100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-02-28", 21.5),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-02-28", 85.2),
            ("smartphone_subscriptions", "national", "as_of", "2023-02-28", 93600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-02-28", 78.9),
        ],
    ),
    # 11 — 5G end of 2024: BTS count and population coverage; operator sub-count and plan traps
    (
        """Sau 2 tháng thương mại hóa, cả nước có hơn 8.700 trạm BTS 5G

15/01/2025 14:30

Theo Cục Viễn thông, tính đến ngày 31/12/2024, cả nước đã lắp đặt và đưa vào hoạt động 8.720 trạm BTS 5G, trong đó Viettel chiếm khoảng 6.500 trạm. Vùng phủ sóng 5G đạt khoảng 26% dân số.

Các doanh nghiệp đã đăng ký kế hoạch lắp đặt thêm khoảng 20.000 trạm BTS 5G trong năm 2025, phấn đấu phủ sóng 5G tới 90% dân số vào năm 2026.

Số thuê bao sử dụng dịch vụ 5G sau 2 tháng đã vượt 4 triệu, chủ yếu tập trung tại các đô thị lớn.""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 8720.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
        ],
    ),
    # 12 — dead-zone villages programme: remaining dead-zone villages, covered share, all-village coverage; non-indicator remainder and plan traps
    (
        """Xóa vùng lõm sóng: Đã phủ sóng 79% thôn lõm sóng có điện lưới

Thứ Năm, 10/10/2024 - 09:00

Bộ Thông tin và Truyền thông cho biết, đến hết tháng 9/2024, chương trình xóa vùng lõm sóng đã phủ sóng di động cho 1.920/2.430 thôn, bản lõm sóng có điện lưới, đạt 79%.

Trên cả nước hiện còn 1.068 thôn, bản lõm sóng di động, trong đó 310 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đạt 98,9%.

Theo kế hoạch, các doanh nghiệp viễn thông sẽ hoàn thành phủ sóng toàn bộ các thôn lõm sóng có điện trong năm 2025.""",
        "2024-10-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 79.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1068.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98.9),
        ],
    ),
    # 13 — Thừa Thiên Huế: DTI score and rank are not catalog values; provincial rates for 2023
    (
        """Thừa Thiên Huế giữ vững vị trí dẫn đầu chỉ số chuyển đổi số cấp tỉnh

02/07/2024 16:45

TTH.VN - Theo kết quả Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2023 vừa được Bộ Thông tin và Truyền thông công bố, Thừa Thiên Huế xếp thứ nhất trong 63 tỉnh, thành phố với 0,6123 điểm.

Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 72,4%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 96,8%; tỷ lệ hồ sơ thủ tục hành chính được gắn định danh cá nhân đạt 91,2%.

Ứng dụng Hue-S đã có hơn 1,3 triệu lượt tải, trở thành kênh tương tác chính giữa chính quyền và người dân.""",
        "2024-07-02",
        [
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 72.4),
            ("e_result_rate", "Thừa Thiên Huế", "year", "2023-12-31", 96.8),
            ("dossiers_with_personal_id_rate", "Thừa Thiên Huế", "year", "2023-12-31", 91.2),
        ],
    ),
    # 14 — provincial interview (Quảng Ninh): PAR INDEX is not a catalog value; satisfaction and dossier rates for 2023
    (
        """Quảng Ninh: Lấy sự hài lòng của người dân làm thước đo

20/05/2024 07:30

Quảng Ninh tiếp tục dẫn đầu Chỉ số cải cách hành chính (PAR INDEX) năm 2023 với 91,35%. Phóng viên đã trao đổi với Chánh Văn phòng UBND tỉnh về kết quả này.

PV: Đâu là điểm nổi bật trong công tác cải cách hành chính của tỉnh năm qua?

Chánh Văn phòng UBND tỉnh: Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 81,6%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 99,2%. Tỉnh cũng là một trong những địa phương đầu tiên miễn 100% phí, lệ phí khi người dân nộp hồ sơ trực tuyến.

PV: Mục tiêu của tỉnh trong năm 2024?

Chánh Văn phòng UBND tỉnh: Chúng tôi đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70% và duy trì tỷ lệ hài lòng trên 98%.""",
        "2024-05-20",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 81.6),
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 99.2),
        ],
    ),
    # 15 — NDXP Q2/2025: quarter flow, daily average, half flow, cumulative, connected agencies
    (
        """Nền tảng NDXP: Quý II/2025 ghi nhận hơn 412 triệu giao dịch

08/07/2025 | 15:05

Theo Bộ Khoa học và Công nghệ, trong quý II/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 412,5 triệu giao dịch, trung bình khoảng 4,53 triệu giao dịch mỗi ngày. Tính chung 6 tháng đầu năm 2025, NDXP đạt 790 triệu giao dịch.

Lũy kế từ khi khai trương đến ngày 30/6/2025, tổng số giao dịch qua NDXP đạt 5,12 tỷ giao dịch. Hiện đã có 112 bộ, ngành, địa phương và cơ quan, đơn vị kết nối với NDXP.""",
        "2025-07-08",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 412500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 4530000.0),
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 790000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 5120000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-07-08", 112.0),
        ],
    ),
    # 16 — NO DATE: provincial page (Bắc Ninh) dating its 2023 figures
    (
        """Bắc Ninh: Kết quả cải cách thủ tục hành chính năm 2023

Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Bắc Ninh đạt 76,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,8%.

Tính đến ngày 31/12/2023, tỉnh cung cấp 1.126 dịch vụ công trực tuyến toàn trình trên tổng số 1.890 thủ tục hành chính, chiếm 59,6%.

Trung tâm Phục vụ hành chính công tỉnh đã triển khai số hóa hồ sơ ngay từ khâu tiếp nhận, rút ngắn thời gian giải quyết cho người dân, doanh nghiệp.""",
        None,
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 76.4),
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2023-12-31", 52.8),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2023-12-31", 59.6),
        ],
    ),
    # 17 — Government meeting report: fee-reduction provinces, simplified procedures, EMC connection; remainders are traps
    (
        """Đẩy nhanh cắt giảm, đơn giản hóa thủ tục hành chính

16/04/2024 18:20

(Chinhphu.vn) - Chiều 16/4, tại phiên họp của Tổ công tác cải cách thủ tục hành chính của Thủ tướng, Văn phòng Chính phủ báo cáo tình hình thực hiện nhiệm vụ quý I/2024.

Theo báo cáo, đến nay đã có 57/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; còn 6 địa phương chưa ban hành.

Các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 695/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; còn 389 thủ tục chưa được thực thi.

Tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống thông tin theo dõi, giám sát, đánh giá (EMC) đạt 84,6%.""",
        "2024-04-16",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-04-16", 57.0),
            ("procedures_simplified", "national", "as_of", "2024-04-16", 695.0),
            ("emc_connection_rate", "national", "as_of", "2024-04-16", 84.6),
        ],
    ),
    # 18 — e-invoices since July 2022: total level; coded-invoice sub-count and enterprise count are traps
    (
        """Hơn 5,58 tỷ hóa đơn điện tử được tiếp nhận, xử lý

14/11/2023 08:40

Theo Tổng cục Thuế, từ ngày 1/7/2022 đến ngày 31/10/2023, cơ quan thuế đã tiếp nhận, xử lý hơn 5,58 tỷ hóa đơn điện tử, trong đó có 1,47 tỷ hóa đơn có mã của cơ quan thuế.

Hiện có hơn 1,6 triệu doanh nghiệp, tổ chức, hộ kinh doanh sử dụng hóa đơn điện tử. Tổng cục Thuế tiếp tục triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với các lĩnh vực bán lẻ, ăn uống, xăng dầu.""",
        "2023-11-14",
        [
            ("e_invoices_total", "national", "as_of", "2023-10-31", 5580000000.0),
        ],
    ),
    # 19 — financial inclusion: payment accounts, Mobile Money; smartphone ownership and survey figures are traps
    (
        """Thanh toán không dùng tiền mặt: 87% người trưởng thành có tài khoản

15/03/2024 10:25

Theo Ngân hàng Nhà nước, đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%. Số khách hàng sử dụng dịch vụ Mobile Money tính đến ngày 31/12/2023 đạt 8,72 triệu.

Tỷ lệ người trưởng thành sở hữu điện thoại thông minh ước khoảng 73%, tạo điều kiện để mở rộng thanh toán số. Trước đó, theo khảo sát Global Findex 2021 của Ngân hàng Thế giới, chỉ có 56% người trưởng thành Việt Nam có tài khoản.

Ngân hàng Nhà nước đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác.""",
        "2024-03-15",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 8720000.0),
        ],
    ),
    # 20 — fibre households end-2024 with previous-year value; point change is a trap
    (
        """Hạ tầng số: 82,1% hộ gia đình có Internet cáp quang

Thứ Tư, 12/02/2025

Tính đến hết năm 2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng trên cả nước đạt 82,1%, tăng 3,4 điểm phần trăm so với năm 2023 (78,7%).

Cục Viễn thông cho biết hạ tầng cáp quang đã phủ đến 100% xã, phường, thị trấn; tốc độ truy cập băng rộng cố định tiếp tục được cải thiện nhờ các doanh nghiệp nâng cấp gói cước lên tối thiểu 300 Mbps.""",
        "2025-02-12",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.1),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 78.7),
        ],
    ),
    # 21 — Government Office 11-month report 2024: adult use, services with dossiers, personal ID, payments
    (
        """Văn phòng Chính phủ: Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp 11 tháng năm 2024

10/12/2024 | 17:02

Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 30/11/2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 51,8%.

Trong 11 tháng năm 2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 62,4%; tỷ lệ hồ sơ thủ tục hành chính được gắn định danh cá nhân đạt 93,7%.

Cũng trong 11 tháng, Cổng Dịch vụ công quốc gia thực hiện 12,6 triệu giao dịch thanh toán trực tuyến với tổng giá trị 9.850 tỷ đồng.""",
        "2024-12-10",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-11-30", 51.8),
            ("dvctt_with_dossiers_rate", "national", "ytd", "2024-11-30", 62.4),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2024-11-30", 93.7),
            ("online_payments_count_new", "national", "ytd", "2024-11-30", 12600000.0),
            ("online_payments_value_new", "national", "ytd", "2024-11-30", 9850.0),
        ],
    ),
    # 22 — Long An short item: eligible procedures offered full-process
    (
        """Long An: 86,7% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình

11/09/2023

Đến ngày 31/8/2023, tỉnh Long An đã cung cấp 1.012/1.167 thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình, đạt 86,7%. Các dịch vụ đều được tích hợp trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.""",
        "2023-09-11",
        [
            ("full_process_provision_rate", "Long An", "as_of", "2023-08-31", 86.7),
        ],
    ),
    # 23 — ALL TRAPS: a provincial plan for 2025 (targets only)
    (
        """UBND tỉnh Hà Tĩnh ban hành Kế hoạch chuyển đổi số năm 2025

25/02/2025 09:10

UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch chuyển đổi số năm 2025 với nhiều chỉ tiêu cụ thể.

Theo đó, phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 100% hồ sơ được cấp kết quả điện tử; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 90%.

Về hạ tầng, mục tiêu 90% hộ gia đình có Internet cáp quang băng rộng, 100% thôn, bản có sóng di động băng rộng; kinh tế số chiếm 15% GRDP.

Sở Thông tin và Truyền thông được giao chủ trì, theo dõi, đôn đốc việc thực hiện kế hoạch.""",
        "2025-02-25",
        [],
    ),
    # 24 — ALL TRAPS, NO DATE: undated levels ("hiện nay"), nothing can be dated
    (
        """Dịch vụ công trực tuyến ngày càng thuận tiện

Hiện nay, Cổng Dịch vụ công quốc gia đã có hơn 10 triệu tài khoản đăng ký, cung cấp trên 4.400 dịch vụ công trực tuyến. Tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt khoảng 45%, nhiều địa phương đạt trên 80%.

Người dân có thể đăng nhập bằng tài khoản định danh điện tử VNeID để nộp hồ sơ, thanh toán phí, lệ phí và nhận kết quả ngay trên môi trường mạng.""",
        None,
        [],
    ),
    # 25 — ALL TRAPS: operators' 5G figures, foreign country, vendor forecast
    (
        """MobiFone chính thức khai trương mạng 5G

15/10/2024 20:00

Tối 15/10, MobiFone khai trương mạng 5G tại 63 tỉnh, thành phố. Trước đó, Viettel đã thương mại hóa 5G từ ngày 15/10 với khoảng 6.500 trạm, phủ sóng 100% trung tâm tỉnh, thành phố; VNPT dự kiến khai trương 5G trong tháng 12/2024.

Tại Thái Lan, mạng 5G đã phủ tới 85% dân số. Theo báo cáo Ericsson Mobility Report, thuê bao 5G tại khu vực Đông Nam Á dự kiến chiếm 45% tổng thuê bao di động vào năm 2029.

Đại diện MobiFone cho biết doanh nghiệp đặt mục tiêu lắp đặt 3.000 trạm 5G trong năm đầu tiên.""",
        "2024-10-15",
        [],
    ),
    # 26 — Hà Nội monthly: month and year-to-date rates; district figures are traps
    (
        """Hà Nội: Tháng 7 tỷ lệ hồ sơ trực tuyến đạt 85,3%

12/08/2024 14:12

(HNM) - Theo Sở Thông tin và Truyền thông Hà Nội, trong tháng 7/2024, các cơ quan, đơn vị của thành phố tiếp nhận 298.400 hồ sơ thủ tục hành chính, trong đó 254.500 hồ sơ trực tuyến, đạt tỷ lệ 85,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,1%.

Lũy kế 7 tháng năm 2024, tỷ lệ hồ sơ trực tuyến của thành phố đạt 82,6%.

Nhiều đơn vị cấp huyện đạt tỷ lệ cao như quận Hoàn Kiếm (98,4%), quận Cầu Giấy (97,9%), huyện Gia Lâm (95,2%).""",
        "2024-08-12",
        [
            ("online_dossier_rate", "Hà Nội", "month", "2024-07-31", 85.3),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2024-07-31", 62.1),
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-07-31", 82.6),
        ],
    ),
    # 27 — Đà Nẵng 2023 review: digital economy share of GRDP, fibre households, adult use of online services
    (
        """Đà Nẵng: Kinh tế số ước chiếm 19,3% GRDP

20/02/2024 08:15

Năm 2023, kinh tế số của thành phố Đà Nẵng ước chiếm 19,3% GRDP, cao hơn nhiều so với bình quân cả nước.

Tính đến cuối năm 2023, 95,6% hộ gia đình trên địa bàn thành phố có Internet cáp quang băng rộng; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 66,2%.

Thành phố tiếp tục đẩy mạnh xây dựng đô thị thông minh, phát triển các trung tâm dữ liệu và khu công nghệ thông tin tập trung.""",
        "2024-02-20",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.3),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 95.6),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "as_of", "2023-12-31", 66.2),
        ],
    ),
    # 28 — NO DATE: Cần Thơ nine months 2024 (digitisation rate is not a catalog value)
    (
        """Cần Thơ đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử

Trong 9 tháng năm 2024, các cơ quan, đơn vị trên địa bàn thành phố Cần Thơ tiếp nhận 412.360 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến đạt 71,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,5%.

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 87,4%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 90,8%.""",
        None,
        [
            ("online_dossier_rate", "Cần Thơ", "ytd", "2024-09-30", 71.2),
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2024-09-30", 46.5),
            ("e_result_rate", "Cần Thơ", "ytd", "2024-09-30", 90.8),
        ],
    ),
    # 29 — NDXP monthly 2023 with same-month 2022 comparison
    (
        """NDXP xử lý 86,4 triệu giao dịch trong tháng 5

09/06/2023 10:30

Theo Cục Chuyển đổi số quốc gia, trong tháng 5/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 86,4 triệu giao dịch (cùng kỳ năm 2022: 41,3 triệu giao dịch), trung bình 2,79 triệu giao dịch mỗi ngày.

Lũy kế đến hết tháng 5/2023, tổng số giao dịch qua NDXP đạt 1,92 tỷ giao dịch. NDXP đã thiết lập 1.086 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu của 104 cơ quan, đơn vị.""",
        "2023-06-09",
        [
            ("ndxp_transactions_period", "national", "month", "2023-05-31", 86400000.0),
            ("ndxp_transactions_period", "national", "month", "2022-05-31", 41300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-05-31", 2790000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-05-31", 1920000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-05-31", 1086.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-05-31", 104.0),
        ],
    ),
    # 30 — cyberattacks Q1/2025: month, quarter, same quarter 2024; attack-type shares are traps
    (
        """Quý I/2025: Gần 1.500 cuộc tấn công mạng gây sự cố

08/04/2025 - 07:50

Trong tháng 3/2025, hệ thống giám sát quốc gia ghi nhận 523 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính chung quý I/2025, tổng số cuộc tấn công mạng gây sự cố là 1.487 cuộc (cùng kỳ 2024: 1.642 cuộc).

Tấn công lừa đảo (Phishing) chiếm khoảng 46%, tấn công thay đổi giao diện chiếm 31%, còn lại là tấn công cài mã độc.

Người dùng được khuyến cáo cảnh giác với các đường link lạ, không cung cấp mã OTP cho bất kỳ ai.""",
        "2025-04-08",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 523.0),
            ("cyberattacks", "national", "quarter", "2025-03-31", 1487.0),
            ("cyberattacks", "national", "quarter", "2024-03-31", 1642.0),
        ],
    ),
    # 31 — national year review 2022: Portal accounts and year flow, dossier rate, full-process share; "gấp 2 lần" trap
    (
        """Nhìn lại năm 2022: Dịch vụ công trực tuyến có bước tiến quan trọng

05/01/2023 06:00

Năm 2022 ghi nhận sự chuyển biến rõ nét trong cung cấp và sử dụng dịch vụ công trực tuyến.

Tính đến ngày 31/12/2022, Cổng Dịch vụ công quốc gia có 5,92 triệu tài khoản đăng ký. Trong năm 2022, Cổng tiếp nhận 14,8 triệu hồ sơ trực tuyến.

Tỷ lệ hồ sơ xử lý trực tuyến năm 2022 đạt 32,4%, gấp 2 lần năm 2021. Đến cuối năm, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 41,6%.""",
        "2023-01-05",
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 5920000.0),
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 14800000.0),
            ("online_dossier_rate", "national", "year", "2022-12-31", 32.4),
            ("dvctt_full_process_rate", "national", "as_of", "2022-12-31", 41.6),
        ],
    ),
    # 32 — Lào Cai villages: remaining dead-zone villages, village coverage share; new-coverage flow and plan traps
    (
        """Lào Cai: Còn 48 thôn, bản chưa có sóng di động

18/01/2024 15:20

Đến hết năm 2023, toàn tỉnh Lào Cai còn 48 thôn, bản chưa có sóng di động. Tỷ lệ thôn, bản có sóng di động băng rộng đạt 97,1%.

Trong năm 2023, các doanh nghiệp viễn thông đã phủ sóng mới cho 36 thôn, bản. Theo kế hoạch, năm 2024 tỉnh sẽ phủ sóng thêm 30 thôn, bản.""",
        "2024-01-18",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 48.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-12-31", 97.1),
        ],
    ),
    # 33 — interview with a deputy minister at end of 2022: digital economy share, Internet users, fibre; targets
    (
        """Thứ trưởng Bộ TT&TT: Năm 2022 là năm tăng tốc chuyển đổi số

28/12/2022 | 08:20

PV: Thưa Thứ trưởng, kinh tế số năm 2022 đạt được những kết quả gì?

Thứ trưởng: Ước năm 2022, kinh tế số chiếm khoảng 14,26% GDP. Hạ tầng số được phát triển mạnh: tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 75%; tỷ lệ người dân sử dụng Internet đạt khoảng 79,1%.

PV: Còn mục tiêu cho những năm tới?

Thứ trưởng: Chúng ta phấn đấu đến năm 2025 kinh tế số đạt 20% GDP, 80% hộ gia đình có cáp quang và phổ cập dịch vụ mạng di động 5G.""",
        "2022-12-28",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 79.1),
        ],
    ),
    # 34 — NO DATE: Mobile Money level at end of September 2024; rural sub-count and share are traps
    (
        """Mobile Money: Hơn 10 triệu khách hàng

Tính đến hết tháng 9/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt 10,2 triệu, trong đó khoảng 7,1 triệu khách hàng (chiếm 70%) ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Số điểm kinh doanh dịch vụ Mobile Money đạt khoảng 327.000 điểm trên toàn quốc.""",
        None,
        [
            ("mobile_money_customers", "national", "as_of", "2024-09-30", 10200000.0),
        ],
    ),
    # 35 — national first four months 2025 with ministry/locality blocks; Resolution 57 target trap
    (
        """4 tháng đầu năm 2025: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%

14/05/2025 11:00

Theo Văn phòng Chính phủ, 4 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 47,3%, trong đó khối bộ, ngành đạt 58,1%, khối địa phương đạt 39,8%.

Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 86,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,5%.

Theo Nghị quyết 57-NQ/TW, đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình phải đạt tối thiểu 80%.""",
        "2025-05-14",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2025-04-30", 47.3),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2025-04-30", 58.1),
            ("online_dossier_full_process_rate", "localities", "ytd", "2025-04-30", 39.8),
            ("e_result_rate", "national", "ytd", "2025-04-30", 86.4),
            ("data_reuse_rate", "national", "ytd", "2025-04-30", 41.5),
        ],
    ),
    # 36 — NO DATE: identification figures dated 25/12/2024
    (
        """Gần 60 triệu tài khoản định danh điện tử đã được kích hoạt

Đến ngày 25/12/2024, hệ thống định danh và xác thực điện tử của Bộ Công an đã kích hoạt 59,8 triệu tài khoản định danh điện tử. Bộ Công an đã cấp hơn 87,6 triệu thẻ căn cước công dân gắn chip.

Ứng dụng VNeID đã tích hợp giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký xe và nhiều giấy tờ khác.""",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-12-25", 59800000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-25", 87600000.0),
        ],
    ),
    # 37 — Bình Định first-half 2024 indicator list (digitisation share not in catalog)
    (
        """Bình Định: Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp 6 tháng đầu năm 2024

10/07/2024

Kết quả thực hiện 6 tháng đầu năm 2024 của tỉnh Bình Định:
- Tỷ lệ hồ sơ xử lý trực tuyến: 63,5%
- Tỷ lệ hồ sơ trực tuyến toàn trình: 40,2%
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 85,1%
- Tỷ lệ hồ sơ cấp kết quả điện tử: 89,7%
- Tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết TTHC: 98,7%""",
        "2024-07-10",
        [
            ("online_dossier_rate", "Bình Định", "half", "2024-06-30", 63.5),
            ("online_dossier_full_process_rate", "Bình Định", "half", "2024-06-30", 40.2),
            ("e_result_rate", "Bình Định", "half", "2024-06-30", 89.7),
            ("satisfaction_rate", "Bình Định", "half", "2024-06-30", 98.7),
        ],
    ),
    # 38 — long article on first half of 2025: Portal half flows, dossier rate, 5G, fibre; change and targets traps
    (
        """Chuyển đổi số 6 tháng đầu năm 2025: Nhiều chỉ số tăng mạnh

Dịch vụ công trực tuyến, hạ tầng 5G và cáp quang đều ghi nhận bước tiến rõ rệt trong nửa đầu năm, tạo đà cho việc hoàn thành các mục tiêu năm 2025.

14/07/2025 | 07:00

Theo báo cáo của Văn phòng Chính phủ, 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia có 2,86 triệu tài khoản đăng ký mới, tiếp nhận 21,4 triệu hồ sơ trực tuyến, tăng 35% so với cùng kỳ; thực hiện 9,3 triệu giao dịch thanh toán trực tuyến với giá trị 11.600 tỷ đồng. Tỷ lệ hồ sơ xử lý trực tuyến của cả nước 6 tháng đạt 54,2%.

Về hạ tầng, theo Bộ Khoa học và Công nghệ, tính đến ngày 30/6/2025, cả nước có hơn 12.300 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 35% dân số; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 84,2%.

Mục tiêu đến cuối năm 2025: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, vùng phủ 5G đạt 90% dân số.""",
        "2025-07-14",
        [
            ("national_portal_accounts_new", "national", "half", "2025-06-30", 2860000.0),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 21400000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 9300000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 11600.0),
            ("online_dossier_rate", "national", "half", "2025-06-30", 54.2),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12300.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 35.0),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 84.2),
        ],
    ),
    # 39 — Gia Lai end of 2022: share of procedures online, 11-month dossier rate
    (
        """Gia Lai: 58,4% thủ tục hành chính được cung cấp trực tuyến

20/12/2022 16:00

Tính đến ngày 15/12/2022, tỉnh Gia Lai cung cấp 1.138 dịch vụ công trực tuyến trên tổng số 1.947 thủ tục hành chính, đạt 58,4%. Trong 11 tháng năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 24,6%.""",
        "2022-12-20",
        [
            ("dvctt_rate", "Gia Lai", "as_of", "2022-12-15", 58.4),
            ("online_dossier_rate", "Gia Lai", "ytd", "2022-11-30", 24.6),
        ],
    ),
    # 40 — NO DATE: Vĩnh Phúc first quarter 2023; change trap
    (
        """Vĩnh Phúc: Quý I/2023 tỷ lệ hồ sơ trực tuyến đạt 51,2%

Quý I/2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Vĩnh Phúc đạt 51,2%, tăng 9,6 điểm phần trăm so với quý IV/2022.

Tính đến ngày 31/3/2023, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình.""",
        None,
        [
            ("online_dossier_rate", "Vĩnh Phúc", "quarter", "2023-03-31", 51.2),
            ("full_process_provision_rate", "Vĩnh Phúc", "as_of", "2023-03-31", 100.0),
        ],
    ),
    # 41 — speeds February 2025 with same month 2024; upload and rank traps
    (
        """Tốc độ băng rộng cố định tháng 2/2025 đạt 182,6 Mbps

12/03/2025 09:30

Theo kết quả đo kiểm i-Speed của VNNIC, tháng 2/2025, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 182,6 Mbps, tăng mạnh so với tháng 2/2024 (139,8 Mbps). Tốc độ tải xuống trung bình của băng rộng di động đạt 118,3 Mbps nhờ mạng 5G; tốc độ tải lên di động đạt 32,4 Mbps.

Việt Nam hiện xếp thứ 18 thế giới về tốc độ băng rộng di động trên bảng xếp hạng Speedtest Global Index.""",
        "2025-03-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 182.6),
            ("fixed_broadband_speed", "national", "month", "2024-02-29", 139.8),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 118.3),
        ],
    ),
    # 42 — Hải Phòng interview: 2024 rates and digital economy; DTI rank and 2025 target are traps
    (
        """Hải Phòng: Chuyển đổi số phải mang lại lợi ích thiết thực cho người dân

18/02/2025 08:00

PV: Xin ông cho biết kết quả nổi bật về chuyển đổi số của thành phố năm 2024?

Giám đốc Sở Thông tin và Truyền thông Hải Phòng: Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 79,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,7%. Kinh tế số ước chiếm 16,1% GRDP. Thành phố xếp thứ 5 cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.

PV: Mục tiêu năm 2025 của thành phố là gì?

Giám đốc Sở: Hải Phòng phấn đấu kinh tế số chiếm 20% GRDP và tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2025-02-18",
        [
            ("online_dossier_rate", "Hải Phòng", "year", "2024-12-31", 79.4),
            ("online_dossier_full_process_rate", "Hải Phòng", "year", "2024-12-31", 58.7),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 16.1),
        ],
    ),
    # 43 — national short item, August 2022: share of procedures online, full-process share, Portal accounts
    (
        """Đến hết tháng 8/2022, 58,9% thủ tục hành chính được cung cấp trực tuyến

08/09/2022 17:45

Tính đến hết tháng 8/2022, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến (toàn trình và một phần) trên cả nước đạt 58,9%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 34,6%. Cổng Dịch vụ công quốc gia có 4,96 triệu tài khoản đăng ký.""",
        "2022-09-08",
        [
            ("dvctt_rate", "national", "as_of", "2022-08-31", 58.9),
            ("dvctt_full_process_rate", "national", "as_of", "2022-08-31", 34.6),
            ("national_portal_accounts", "national", "as_of", "2022-08-31", 4960000.0),
        ],
    ),
    # 44 — NO DATE: cybersecurity year 2024 with 2023 comparison, botnet at year end; percentage change and plan traps
    (
        """Tổng kết an toàn thông tin mạng năm 2024

Năm 2024, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận tổng cộng 9.843 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 29% so với năm 2023 (13.900 cuộc).

Đến cuối năm 2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet khoảng 480.000 địa chỉ. Kế hoạch năm 2025 đặt ra giảm số IP botnet xuống dưới 400.000.""",
        None,
        [
            ("cyberattacks", "national", "year", "2024-12-31", 9843.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 480000.0),
        ],
    ),
    # 45 — NO DATE: Bà Rịa - Vũng Tàu first half 2023; unnamed district figure is a trap
    (
        """Bà Rịa - Vũng Tàu: Nâng cao hiệu quả dịch vụ công trực tuyến

6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Bà Rịa - Vũng Tàu đạt 62,8%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 48,6%.

Tuy nhiên, kết quả giữa các địa phương chưa đồng đều: một huyện ven biển có tỷ lệ hồ sơ trực tuyến thấp nhất, chỉ đạt 18%.""",
        None,
        [
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "half", "2023-06-30", 62.8),
            ("dvctt_with_dossiers_rate", "Bà Rịa - Vũng Tàu", "half", "2023-06-30", 48.6),
        ],
    ),
]
