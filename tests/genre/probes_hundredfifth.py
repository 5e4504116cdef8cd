"""Genre probes, round 105: a broad sample of the whole genre (national and provincial, every family, prose and tables, 2022 to 2025), written blind and held out.

First reading (the stop's start code 62e519e read it): 138 of 141 right, 138 of 148 found (0.98 / 0.93). Not fitted: read again only at the end of stop 44's extraction work.
"""

CASES = [
    # 1 — Chinhphu.vn on the UN EGDI 2024 edition, page dated September (edition labelled as its year);
    #     2022 rank given for comparison kept; OSI rank, regional rank, score and 2025/2030 targets are traps
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Thứ Tư, 18/09/2024 10:25

(Chinhphu.vn) - Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 vừa được Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193).

Đây là lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI ở mức rất cao, với điểm số 0,7709, cao hơn mức trung bình của thế giới (0,6382) và của khu vực châu Á (0,6990).

Trong ba chỉ số thành phần, chỉ số Dịch vụ trực tuyến (OSI) tăng mạnh nhất, đạt 0,7884 điểm, xếp thứ 68; chỉ số Hạ tầng viễn thông (TII) đạt 0,8239 điểm; chỉ số Nguồn nhân lực (HCI) đạt 0,7005 điểm. Trong khu vực Đông Nam Á, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.

Lãnh đạo Bộ Thông tin và Truyền thông cho biết: "Kết quả này phản ánh nỗ lực của cả hệ thống chính trị trong việc đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước và phổ cập hạ tầng băng rộng".

Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030, mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI và đến năm 2030 thuộc nhóm 30 nước dẫn đầu.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 2 — Đồng Tháp provincial portal, Q1/2023 review: quarter rates for the province; "Hiện nay" level
    #     dated at the page (12 days after the quarter); year-on-year change, district best/worst, counts, target are traps
    (
        """Đồng Tháp sơ kết chuyển đổi số quý I năm 2023

Cập nhật: 12/04/2023

Sáng ngày 11/4, Sở Thông tin và Truyền thông tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác chuyển đổi số quý I và triển khai nhiệm vụ quý II năm 2023.

Theo báo cáo, trong quý I/2023, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã tiếp nhận 152.417 hồ sơ, trong đó 89.036 hồ sơ trực tuyến; tỷ lệ hồ sơ xử lý trực tuyến đạt 58,42%, tăng 14,6% so với cùng kỳ năm 2022. Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 61,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 35,7%.

Hiện nay, tỉnh đang cung cấp 1.205 dịch vụ công trực tuyến toàn trình trên tổng số 1.796 thủ tục hành chính, đạt tỷ lệ 67,1%. Ở cấp huyện, huyện Tháp Mười dẫn đầu với tỷ lệ hồ sơ trực tuyến 81,2%, thấp nhất là huyện Tân Hồng (39,5%).

Phát biểu chỉ đạo hội nghị, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến đạt trên 70% và 100% hồ sơ được số hóa theo quy định.""",
        "2023-04-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "quarter", "2023-03-31", 58.42),
            ("e_result_rate", "Đồng Tháp", "quarter", "2023-03-31", 61.3),
            ("data_reuse_rate", "Đồng Tháp", "quarter", "2023-03-31", 35.7),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2023-04-12", 67.1),
        ],
    ),
    # 3 — Chinhphu.vn monthly note on the National Portal, March 2024: flows on the _new twins, February
    #     value in parentheses kept, cumulative levels with explicit date; one ministry's count, % change and target are traps
    (
        """Tháng 3/2024: Hơn 1,1 triệu tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia

(Chinhphu.vn) - Văn phòng Chính phủ cho biết, trong tháng 3/2024, Cổng Dịch vụ công quốc gia có thêm hơn 1,1 triệu tài khoản đăng ký mới, tiếp nhận 2,36 triệu hồ sơ trực tuyến và 1,94 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.250 tỷ đồng.

So với tháng 2/2024 (1,67 triệu hồ sơ), số hồ sơ trực tuyến nộp qua Cổng tăng 41%, chủ yếu do tháng 2 có kỳ nghỉ Tết Nguyên đán kéo dài.

Lũy kế đến ngày 31/3/2024, Cổng Dịch vụ công quốc gia có 10,6 triệu tài khoản đăng ký; đã tiếp nhận trên 57 triệu hồ sơ trực tuyến; thực hiện khoảng 41 triệu giao dịch thanh toán trực tuyến với số tiền hơn 13.600 tỷ đồng.

Trong tháng, Bộ Tài chính là cơ quan có số hồ sơ trực tuyến nộp qua Cổng nhiều nhất với hơn 950.000 hồ sơ, chủ yếu là thủ tục thuế và hải quan.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục tái cấu trúc quy trình, bảo đảm đến hết năm 2024 có 80% dịch vụ công được cung cấp trực tuyến toàn trình, tích hợp lên Cổng Dịch vụ công quốc gia.""",
        "2024-04-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 1100000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 2360000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1940000.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 1250.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 1670000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 10600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-03-31", 57000000.0),
            ("online_payments_count", "national", "as_of", "2024-03-31", 41000000.0),
            ("online_payments_value", "national", "as_of", "2024-03-31", 13600.0),
        ],
    ),
    # 4 — ministry annex table, infrastructure 2023 vs 2022: "Kế hoạch 2023" column is targets (trap),
    #     both "Thực hiện" columns kept; unit in millions in the row; 2G switch-off count has no id
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

Phụ lục II
MỘT SỐ CHỈ TIÊU VỀ HẠ TẦNG SỐ NĂM 2023
(Kèm theo Báo cáo tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024)

| TT | Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Thực hiện 2023 | Thực hiện 2022 |
|---|---|---|---|---|---|
| 1 | Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh | % | 85 | 84,6 | 73,5 |
| 2 | Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang | % | 80 | 79,6 | 75,1 |
| 3 | Tốc độ truy cập Internet băng rộng cố định trung bình (tải xuống) | Mbps | 100 | 97,6 | 71,2 |
| 4 | Tốc độ truy cập Internet băng rộng di động trung bình (tải xuống) | Mbps | 45 | 47,5 | 37,8 |
| 5 | Số thuê bao băng rộng cố định | triệu thuê bao | 22 | 21,7 | 20,5 |
| 6 | Tỷ lệ người sử dụng Internet | % | 80 | 78,6 | 74,2 |

Ghi chú: Số liệu tốc độ theo hệ thống đo i-Speed của Trung tâm Internet Việt Nam (VNNIC); số liệu năm 2023 là số ước thực hiện đến 31/12/2023.

Năm 2023, hạ tầng số tiếp tục được các doanh nghiệp đầu tư mạnh mẽ. Các doanh nghiệp viễn thông đã chuyển đổi hơn 3 triệu thuê bao chỉ sử dụng công nghệ 2G sang điện thoại thông minh, chuẩn bị cho lộ trình dừng công nghệ 2G từ tháng 9/2024.""",
        "2024-01-10",
        [
            ("smartphone_subscriber_rate", "national", "year", "2023-12-31", 84.6),
            ("smartphone_subscriber_rate", "national", "year", "2022-12-31", 73.5),
            ("ftth_household_rate", "national", "year", "2023-12-31", 79.6),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75.1),
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 97.6),
            ("fixed_broadband_speed", "national", "year", "2022-12-31", 71.2),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 47.5),
            ("mobile_broadband_speed", "national", "year", "2022-12-31", 37.8),
            ("fixed_broadband_subscriptions", "national", "year", "2023-12-31", 21700000.0),
            ("fixed_broadband_subscriptions", "national", "year", "2022-12-31", 20500000.0),
            ("internet_users_rate", "national", "year", "2023-12-31", 78.6),
            ("internet_users_rate", "national", "year", "2022-12-31", 74.2),
        ],
    ),
    # 5 — ICTnews on NCSC's July 2023 figures: month count, June value in parentheses, 7-month total,
    #     botnet stock dated by the month; attack-type sub-counts, % changes and one operator's IPs are traps
    (
        """Tháng 7/2023: Ghi nhận 1.115 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

ICTnews - Theo số liệu của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), Cục An toàn thông tin (Bộ TT&TT), trong tháng 7/2023, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.115 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,2% so với tháng 6/2023 (1.215 cuộc).

Trong đó có 416 cuộc tấn công lừa đảo (Phishing), 533 cuộc tấn công thay đổi giao diện (Deface) và 166 cuộc tấn công cài mã độc (Malware).

Tính chung 7 tháng đầu năm 2023, tổng số cuộc tấn công mạng gây sự cố vào các hệ thống tại Việt Nam là 7.458 cuộc, giảm 9,3% so với cùng kỳ năm 2022.

Cũng theo NCSC, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet trong tháng 7 là gần 505.000 địa chỉ, giảm 6,8% so với tháng trước. Riêng trên mạng lưới của một doanh nghiệp viễn thông lớn đã ghi nhận khoảng 120.000 địa chỉ IP bị lây nhiễm mã độc.

Đại diện Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức, doanh nghiệp chủ động rà soát, kiểm tra các hệ thống thông tin, kịp thời phát hiện và khắc phục các lỗ hổng bảo mật; đồng thời nâng cao nhận thức cho người dùng trước các hình thức lừa đảo trực tuyến ngày càng tinh vi.""",
        "2023-08-05",
        [
            ("cyberattacks", "national", "month", "2023-07-31", 1115.0),
            ("cyberattacks", "national", "month", "2023-06-30", 1215.0),
            ("cyberattacks", "national", "ytd", "2023-07-31", 7458.0),
            ("botnet_ips", "national", "as_of", "2023-07-31", 505000.0),
        ],
    ),
    # 6 — press on the first provincial digital-economy measurement (year 2022): national share and
    #     one province per clause (GRDP share -> province); HCM's figure dated by context; count of
    #     provinces under 10%, change in points and the 2025 target are traps
    (
        """Kinh tế số chiếm 14,26% GDP, nhiều địa phương vượt xa mức bình quân

Thứ Sáu, 15/09/2023 - 07:45

Lần đầu tiên Bộ Thông tin và Truyền thông công bố số liệu đo lường kinh tế số theo từng tỉnh, thành phố. Theo đó, năm 2022, tỷ trọng kinh tế số trong GDP của cả nước đạt 14,26%.

Dẫn đầu cả nước là Bắc Ninh với tỷ trọng kinh tế số trong GRDP đạt 30,32%, tiếp đến là Thái Nguyên (28,11%), Bắc Giang (22,4%) và Hải Phòng (20,55%). Đây đều là những địa phương thu hút được nhiều dự án sản xuất linh kiện, thiết bị điện tử có vốn đầu tư nước ngoài.

Ở chiều ngược lại, vẫn còn 31 tỉnh, thành phố có tỷ trọng kinh tế số dưới 10% GRDP. TP. Hồ Chí Minh, địa phương có quy mô kinh tế lớn nhất cả nước, có tỷ trọng kinh tế số đạt 16,2%, tăng 1,4 điểm phần trăm so với năm trước.

"Khoảng cách giữa các địa phương còn khá lớn, chủ yếu do kinh tế số ICT vẫn chiếm phần lớn, trong khi kinh tế số nền tảng và kinh tế số trong các ngành, lĩnh vực còn nhỏ", đại diện Vụ Kinh tế số và Xã hội số cho biết.

Theo Quyết định 411/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.""",
        "2023-09-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2022-12-31", 30.32),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2022-12-31", 28.11),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2022-12-31", 22.4),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2022-12-31", 20.55),
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2022-12-31", 16.2),
        ],
    ),
    # 7 — Báo Đầu tư, January 2025, on the 2024 year review: share and growth (growth is the indicator),
    #     GSO's 2023 figure; ICT revenue, e-commerce, exports, a vendor report's growth and the 2025 target are traps
    (
        """Kinh tế số tăng trưởng khoảng 20%, gấp ba lần tốc độ tăng GDP

Báo Đầu tư Online - 08/01/2025 06:30

Theo báo cáo tổng kết công tác năm 2024 của Bộ Thông tin và Truyền thông, năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%; tốc độ tăng trưởng kinh tế số khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.

Doanh thu công nghiệp công nghệ số ước đạt 152 tỷ USD, tăng 9,8% so với năm 2023; kim ngạch xuất khẩu phần cứng, điện tử đạt khoảng 132 tỷ USD. Doanh thu thương mại điện tử bán lẻ B2C ước đạt 25 tỷ USD.

Trước đó, theo số liệu chính thức lần đầu được Tổng cục Thống kê công bố, giá trị tăng thêm của kinh tế số năm 2023 chiếm 12,33% GDP. Theo giải thích của cơ quan thống kê, phạm vi đo lường này hẹp hơn so với cách ước tính của Bộ Thông tin và Truyền thông.

Báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company thực hiện cũng đánh giá Việt Nam là một trong những nền kinh tế số tăng trưởng nhanh nhất Đông Nam Á, với tổng giá trị hàng hóa giao dịch (GMV) đạt 36 tỷ USD, tăng 16%.

Theo Bộ trưởng Bộ Thông tin và Truyền thông, để đạt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025, cần tập trung phát triển kinh tế số ngành, thúc đẩy chuyển đổi số trong doanh nghiệp nhỏ và vừa, đồng thời hoàn thiện thể chế cho các mô hình kinh doanh mới.""",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 8 — Báo Hà Tĩnh, March 2025: "Hiện nay"/"đến nay" province levels dated at the page; villages removed
    #     in 2024 (change), all-BTS count, district counts, operator split and the FTTH target are traps
    (
        """Hà Tĩnh: Nỗ lực xóa vùng lõm sóng, đưa 5G về khu kinh tế

Báo Hà Tĩnh - 20/03/2025

Theo Sở Khoa học và Công nghệ Hà Tĩnh, năm 2024 các doanh nghiệp viễn thông đã đầu tư mới 186 trạm BTS, xóa được 57 thôn lõm sóng. Hiện nay, toàn tỉnh còn 23 thôn, bản chưa có sóng điện thoại di động, tập trung tại các huyện miền núi Hương Khê (11 thôn), Vũ Quang (7 thôn) và Hương Sơn (5 thôn).

Về hạ tầng 5G, đến nay trên địa bàn tỉnh có 312 trạm phát sóng 5G, trong đó Viettel 246 trạm, VNPT 66 trạm; sóng 5G đã phủ toàn bộ trung tâm thành phố Hà Tĩnh, thị xã Kỳ Anh và Khu kinh tế Vũng Áng. Tỷ lệ phủ sóng 5G theo dân số toàn tỉnh đạt khoảng 41%.

"Sở đang phối hợp với các nhà mạng để đến hết quý II/2025 không còn thôn lõm sóng, đồng thời nâng tỷ lệ hộ gia đình có cáp quang lên trên 85%", lãnh đạo Sở cho biết.

Hiện tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng trên địa bàn tỉnh là 78,4%. Tại các xã vùng cao, nhiều điểm trường đã được kết nối Internet miễn phí thông qua Chương trình cung cấp dịch vụ viễn thông công ích.""",
        "2025-03-20",
        [
            ("villages_without_mobile_coverage", "Hà Tĩnh", "as_of", "2025-03-20", 23.0),
            ("fiveg_bts_count", "Hà Tĩnh", "as_of", "2025-03-20", 312.0),
            ("fiveg_population_coverage_rate", "Hà Tĩnh", "as_of", "2025-03-20", 41.0),
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2025-03-20", 78.4),
        ],
    ),
    # 9 — VPCP note on NDXP for September 2024: month flow, August value in parentheses, day average over
    #     the month, cumulative with explicit date, connected agencies "Hiện" at the page; parts (63/63, 23 ministries) and service count are traps
    (
        """Nền tảng NDXP xử lý hơn 72 triệu giao dịch trong tháng 9

Thứ Hai, 07/10/2024

Theo báo cáo của Văn phòng Chính phủ, trong tháng 9/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có 72,4 triệu giao dịch, tăng 5% so với tháng 8/2024 (68,9 triệu giao dịch); trung bình mỗi ngày khoảng 2,41 triệu giao dịch.

Lũy kế từ khi khai trương (tháng 5/2019) đến ngày 30/9/2024, tổng số giao dịch qua NDXP đạt 2,15 tỷ giao dịch.

Hiện NDXP đã kết nối với 107 cơ quan, đơn vị, gồm 23 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; 63/63 tỉnh, thành phố trực thuộc Trung ương và 21 doanh nghiệp, tổ chức; cung cấp 139 dịch vụ chia sẻ dữ liệu phục vụ giải quyết thủ tục hành chính.

Các cơ sở dữ liệu được khai thác nhiều nhất qua NDXP là Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp và Cơ sở dữ liệu về bảo hiểm.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục hoàn thiện kết nối hệ thống thông tin giải quyết thủ tục hành chính với NDXP, khai thác tối đa dữ liệu đã có để không yêu cầu người dân cung cấp lại thông tin.""",
        "2024-10-07",
        [
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 72400000.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 68900000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 2410000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 2150000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-07", 107.0),
        ],
    ),
    # 10 — press table of the five provinces with the highest online-dossier rate, first half 2024,
    #      plus localities and ministries averages and the lowest province; payment share and index score columns are traps
    (
        """Top 5 địa phương có tỷ lệ hồ sơ trực tuyến cao nhất 6 tháng đầu năm 2024

Dân trí - 15/07/2024

Theo kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử, 6 tháng đầu năm 2024, Bình Dương tiếp tục dẫn đầu cả nước về tỷ lệ hồ sơ xử lý trực tuyến.

| Địa phương | Tỷ lệ hồ sơ xử lý trực tuyến (%) | Tỷ lệ thanh toán trực tuyến (%) | Điểm Bộ chỉ số |
|---|---|---|---|
| Bình Dương | 92,15 | 68,40 | 88,62 |
| Bắc Ninh | 89,73 | 61,25 | 86,10 |
| Đà Nẵng | 87,02 | 55,80 | 85,47 |
| Hà Giang | 85,66 | 47,13 | 83,95 |
| Quảng Ninh | 84,10 | 59,02 | 84,31 |

Bình quân khối địa phương, tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm đạt 45,3%, trong khi khối bộ, ngành đạt 72,8%. Địa phương có tỷ lệ thấp nhất là Tiền Giang với 14,2%.

Theo Văn phòng Chính phủ, nhiều địa phương vẫn còn tình trạng hồ sơ được cán bộ "nộp hộ", số hóa sau khi tiếp nhận trực tiếp, dẫn đến số liệu chưa phản ánh đúng mức độ sử dụng dịch vụ công trực tuyến thực chất của người dân.""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Bình Dương", "half", "2024-06-30", 92.15),
            ("online_dossier_rate", "Bắc Ninh", "half", "2024-06-30", 89.73),
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 87.02),
            ("online_dossier_rate", "Hà Giang", "half", "2024-06-30", 85.66),
            ("online_dossier_rate", "Quảng Ninh", "half", "2024-06-30", 84.1),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 45.3),
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 72.8),
            ("online_dossier_rate", "Tiền Giang", "half", "2024-06-30", 14.2),
        ],
    ),
    # 11 — CAND on the Đề án 06 two-year review: chip cards and VNeID at an explicit date, Mobile Money at
    #      end of November; dossiers received, monthly increase and rural sub-share are traps
    (
        """Đề án 06: Đã cấp 84,6 triệu thẻ căn cước công dân gắn chip

CAND - Chiều 19/12, tại Hội nghị sơ kết 2 năm triển khai Đề án 06, Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), Bộ Công an cho biết, tính đến ngày 15/12/2023, lực lượng Công an đã thu nhận 86,3 triệu hồ sơ cấp căn cước công dân, cấp 84,6 triệu thẻ căn cước công dân gắn chip; thu nhận 75,3 triệu hồ sơ định danh điện tử, kích hoạt 44,7 triệu tài khoản định danh điện tử.

Riêng trong tháng 11/2023, số tài khoản định danh điện tử được kích hoạt tăng thêm hơn 1,3 triệu tài khoản so với tháng trước.

Ứng dụng VNeID đã tích hợp nhiều tiện ích như thông báo lưu trú, tố giác tội phạm, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế, mã số thuế, giúp người dân không phải xuất trình giấy tờ khi thực hiện thủ tục.

Về thí điểm dịch vụ Mobile Money, theo Ngân hàng Nhà nước, tính đến cuối tháng 11/2023 đã có 6,3 triệu khách hàng đăng ký sử dụng, trong đó hơn 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa, biên giới, hải đảo.

Phát biểu tại hội nghị, lãnh đạo Bộ Công an đề nghị các bộ, ngành, địa phương tiếp tục làm sạch dữ liệu, phấn đấu trong năm 2024 hoàn thành cấp căn cước cho công dân đủ điều kiện.""",
        "2023-12-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-15", 84600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-15", 44700000.0),
            ("mobile_money_customers", "national", "as_of", "2023-11-30", 6300000.0),
        ],
    ),
    # 12 — ministry year report for 2022 printing its own date (no sidecar date): year under review,
    #      ministries/localities split, 2021 comparison in parentheses, subscriptions at year end; 2023 plan targets are traps
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 01/BC-BTTTT
Hà Nội, ngày 04 tháng 01 năm 2023

BÁO CÁO
Kết quả triển khai Chính phủ điện tử, chuyển đổi số năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Dịch vụ công trực tuyến
Năm 2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 38,8%. Khối bộ, ngành đạt 42,5%; khối địa phương đạt 36,9%. Tỷ lệ hồ sơ xử lý trực tuyến đạt 27,1% (năm 2021 là 21,3%).

2. Hạ tầng số
Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 75,1%; tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 73,5%. Đến hết năm 2022, cả nước có 20,5 triệu thuê bao băng rộng cố định và 82,4 triệu thuê bao băng rộng di động.

3. Nền tảng số và an toàn thông tin
Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 404 triệu giao dịch trong năm 2022. Hệ thống kỹ thuật của Bộ đã ghi nhận, xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,3% so với năm 2021.

II. NHIỆM VỤ NĂM 2023
Phấn đấu tỷ lệ dịch vụ công trực tuyến toàn trình đạt 50%; tỷ lệ hồ sơ xử lý trực tuyến đạt 40%; tỷ lệ hộ gia đình có cáp quang đạt 80%; 100% hệ thống thông tin được phê duyệt cấp độ an toàn thông tin.""",
        None,
        [
            ("dvctt_full_process_rate", "national", "year", "2022-12-31", 38.8),
            ("dvctt_full_process_rate", "ministries", "year", "2022-12-31", 42.5),
            ("dvctt_full_process_rate", "localities", "year", "2022-12-31", 36.9),
            ("online_dossier_rate", "national", "year", "2022-12-31", 27.1),
            ("online_dossier_rate", "national", "year", "2021-12-31", 21.3),
            ("ftth_household_rate", "national", "year", "2022-12-31", 75.1),
            ("smartphone_subscriber_rate", "national", "year", "2022-12-31", 73.5),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 20500000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82400000.0),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 404000000.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
        ],
    ),
    # 13 — Báo Thái Nguyên, June 2024, on DTI 2023: GRDP share and national comparison (year 2023),
    #      year-end provision and full-process dossier rates, VNeID "Hiện" for the province; DTI rank,
    #      pillar rank, city figures and the 2024 plan are traps
    (
        """Thái Nguyên giữ vững vị trí trong nhóm dẫn đầu về chuyển đổi số

Báo Thái Nguyên - 12/06/2024

Theo kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 vừa được Bộ Thông tin và Truyền thông công bố, Thái Nguyên xếp thứ 6/63 tỉnh, thành phố, tăng 3 bậc so với năm 2022; riêng trụ cột kinh tế số của tỉnh xếp thứ 2 cả nước.

Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 37,8%, cao gấp hơn hai lần bình quân cả nước (16,5%). Động lực chính vẫn đến từ các doanh nghiệp sản xuất sản phẩm điện tử trong các khu công nghiệp Yên Bình, Điềm Thụy.

Trong lĩnh vực chính quyền số, đến hết năm 2023, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 52,3%. Thành phố Thái Nguyên và thành phố Phổ Yên là hai địa phương cấp huyện có tỷ lệ cao nhất, cùng đạt trên 70%.

Hiện toàn tỉnh có hơn 812.000 tài khoản định danh điện tử đã được kích hoạt, 125 Tổ công nghệ số cộng đồng cấp xã và gần 1.500 tổ cấp thôn, xóm.

Theo Kế hoạch chuyển đổi số năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60% và giữ vững vị trí trong nhóm 10 địa phương dẫn đầu về DTI.""",
        "2024-06-12",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 37.8),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("full_process_provision_rate", "Thái Nguyên", "as_of", "2023-12-31", 100.0),
            ("online_dossier_full_process_rate", "Thái Nguyên", "year", "2023-12-31", 52.3),
            ("vneid_activated_accounts", "Thái Nguyên", "as_of", "2024-06-12", 812000.0),
        ],
    ),
    # 14 — Đà Nẵng city portal, November 2022: ten-month rates (the full-process dossier share after
    #      "trong đó" is another indicator, kept); "Hiện" level at the page; a survey's share of adults
    #      with smartphones, payment share and dossier count are traps
    (
        """Đà Nẵng: 10 tháng, hơn 82% hồ sơ thủ tục hành chính được nộp trực tuyến

Cổng thông tin điện tử thành phố Đà Nẵng - 18/11/2022

Theo báo cáo của Sở Thông tin và Truyền thông, trong 10 tháng đầu năm 2022, các cơ quan, đơn vị trên địa bàn thành phố đã tiếp nhận hơn 690.000 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ nộp trực tuyến đạt 82,7%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,5%. Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 35,2%.

Hiện thành phố cung cấp 1.131 dịch vụ công trực tuyến toàn trình, chiếm 61,2% tổng số thủ tục hành chính.

Theo kết quả khảo sát do Sở thực hiện, tỷ lệ người trưởng thành có điện thoại thông minh trên địa bàn thành phố đạt 88%, tạo điều kiện thuận lợi để người dân tiếp cận các dịch vụ số.

Giám đốc Sở Thông tin và Truyền thông cho biết, thời gian tới Sở tiếp tục phối hợp với Tổ công nghệ số cộng đồng tại 56 phường, xã hướng dẫn người dân sử dụng ứng dụng Danang Smart City và nộp hồ sơ trực tuyến, "không để người dân phải đi lại nhiều lần".""",
        "2022-11-18",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2022-10-31", 82.7),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2022-10-31", 41.5),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2022-11-18", 61.2),
        ],
    ),
    # 15 — Thời báo Tài chính, July 2024: cumulative e-invoices at an explicit date and the end-2023
    #      level given for comparison; coded/uncoded split, users, cash-register and petrol figures are traps
    (
        """Ngành thuế đã tiếp nhận, xử lý 7,6 tỷ hóa đơn điện tử

Thời báo Tài chính Việt Nam - 10/07/2024

Theo Tổng cục Thuế, tính đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận, xử lý 7,6 tỷ hóa đơn điện tử (cuối năm 2023 là 6,1 tỷ hóa đơn), trong đó có 2,38 tỷ hóa đơn có mã của cơ quan thuế và 5,22 tỷ hóa đơn không có mã.

Hiện có 1,96 triệu doanh nghiệp, tổ chức, hộ kinh doanh, cá nhân kinh doanh đang sử dụng hóa đơn điện tử. Đối với hóa đơn điện tử khởi tạo từ máy tính tiền, đã có 55.800 người nộp thuế đăng ký áp dụng với 1,1 tỷ hóa đơn được lập.

Riêng lĩnh vực kinh doanh xăng dầu, 100% cửa hàng bán lẻ xăng dầu đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng.

Lãnh đạo Tổng cục Thuế cho biết, dữ liệu hóa đơn điện tử đang được sử dụng hiệu quả trong công tác quản lý rủi ro, phát hiện các hành vi mua bán hóa đơn bất hợp pháp. Thời gian tới, ngành thuế sẽ mở rộng áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền với các lĩnh vực ăn uống, bán lẻ, dịch vụ.""",
        "2024-07-10",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 7600000000.0),
            ("e_invoices_total", "national", "as_of", "2023-12-31", 6100000000.0),
        ],
    ),
    # 16 — Thời báo Ngân hàng, June 2024: account-holding rate at end-2023 (with the 80% target beside it),
    #      Mobile Money at an explicit date; rural sub-count, one operator's customers, Q1 payment growth and account count are traps
    (
        """Hơn 87% người trưởng thành đã có tài khoản thanh toán

Thời báo Ngân hàng - 17/06/2024

Theo Vụ Thanh toán (Ngân hàng Nhà nước), đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu 80% đặt ra tại Chiến lược tài chính toàn diện quốc gia đến năm 2025. Cả nước hiện có hơn 180 triệu tài khoản thanh toán cá nhân.

Dịch vụ Mobile Money sau hơn 2 năm thí điểm cũng ghi nhận kết quả tích cực. Tính đến ngày 30/4/2024, tổng số khách hàng đăng ký sử dụng Mobile Money đạt 8,37 triệu khách hàng, trong đó khoảng 5,8 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money chiếm khoảng 5,6 triệu khách hàng.

Trong quý I/2024, giao dịch thanh toán qua kênh Internet tăng 58,7% về số lượng và 36,6% về giá trị so với cùng kỳ; qua kênh điện thoại di động tăng lần lượt 64,2% và 40,3%.

"Thanh toán không dùng tiền mặt đã trở thành thói quen của nhiều người dân, kể cả ở nông thôn", lãnh đạo Vụ Thanh toán nhận định.""",
        "2024-06-17",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2024-04-30", 8370000.0),
        ],
    ),
    # 17 — VietNamNet, December 2023, EMC figures at 30/11: national, ministries and localities averages;
    #      a table of single ministries (not labelled), a count of ministries under 20%; eleven-month share of services with dossiers
    (
        """Nhiều bộ, ngành còn chậm cung cấp dịch vụ công trực tuyến toàn trình

VietNamNet - 08/12/2023

Số liệu trên Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) cho thấy, tính đến ngày 30/11/2023, tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước đạt 51,3%. Bình quân các bộ, ngành đạt 54,7%, các địa phương đạt 49,2%.

Bảng: Tỷ lệ DVCTT toàn trình của một số bộ, ngành (tính đến 30/11/2023)

| Bộ, ngành | Số TTHC | Số DVCTT toàn trình | Tỷ lệ (%) |
|---|---|---|---|
| Bộ Tài chính | 921 | 788 | 85,6 |
| Bộ Công Thương | 372 | 264 | 71,0 |
| Bộ Tư pháp | 295 | 183 | 62,0 |
| Bộ Xây dựng | 112 | 27 | 24,1 |
| Bộ Văn hóa, Thể thao và Du lịch | 297 | 51 | 17,2 |

Đáng chú ý, vẫn còn 3 bộ có tỷ lệ dịch vụ công trực tuyến toàn trình dưới 20%.

Cũng theo EMC, trong 11 tháng năm 2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ chỉ đạt 47,6%, nghĩa là hơn một nửa số dịch vụ đã được đầu tư nhưng không có người dùng.

Một chuyên gia về chính phủ số nhận xét: "Cung cấp nhiều dịch vụ chưa phải là đích đến. Điều quan trọng là dịch vụ phải đủ đơn giản để người dân muốn dùng".""",
        "2023-12-08",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-11-30", 51.3),
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-11-30", 54.7),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-11-30", 49.2),
            ("dvctt_with_dossiers_rate", "national", "ytd", "2023-11-30", 47.6),
        ],
    ),
    # 18 — Báo Nhân Dân, September 2025 (two-tier local government): August flows on the _new twins,
    #      same month of 2024 in parentheses kept, eight-month rates national and for the merged Ninh Bình;
    #      one ministry's count is a trap
    (
        """Tháng 8/2025: Cổng Dịch vụ công quốc gia tiếp nhận hơn 4,1 triệu hồ sơ trực tuyến

Nhân Dân điện tử - 10/09/2025

Theo Văn phòng Chính phủ, trong tháng 8/2025, tháng thứ hai vận hành mô hình chính quyền địa phương hai cấp, Cổng Dịch vụ công quốc gia đã tiếp nhận hơn 4,1 triệu hồ sơ trực tuyến, tăng mạnh so với cùng kỳ năm 2024 (2,9 triệu hồ sơ). Số giao dịch thanh toán trực tuyến đạt 3,2 triệu giao dịch với số tiền khoảng 2.870 tỷ đồng.

Trong tháng, Bộ Công an là cơ quan có nhiều hồ sơ trực tuyến nhất với gần 1,2 triệu hồ sơ, chủ yếu là đăng ký cư trú và cấp đổi giấy phép lái xe.

Tính chung 8 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 42,6%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 71,4%. Trong 34 tỉnh, thành phố, dẫn đầu là Ninh Bình với tỷ lệ hồ sơ trực tuyến toàn trình đạt 76,3%.

Văn phòng Chính phủ cho biết, sau hợp nhất, nhiều địa phương đã khẩn trương chuẩn hóa dữ liệu, kết nối hệ thống giải quyết thủ tục hành chính cấp tỉnh với Cổng Dịch vụ công quốc gia, bảo đảm người dân được nộp hồ sơ không phụ thuộc địa giới hành chính.""",
        "2025-09-10",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-08-31", 4100000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 2900000.0),
            ("online_payments_count_new", "national", "month", "2025-08-31", 3200000.0),
            ("online_payments_value_new", "national", "month", "2025-08-31", 2870.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-08-31", 42.6),
            ("e_result_rate", "national", "ytd", "2025-08-31", 71.4),
            ("online_dossier_full_process_rate", "Ninh Bình", "ytd", "2025-08-31", 76.3),
        ],
    ),
    # 19 — Báo Cần Thơ, October 2024: city levels at end-September; one operator's 5G stations,
    #      a statistics-office survey share of people with smartphones, all-BTS count and the 2025 target are traps
    (
        """Cần Thơ: Hạ tầng số phủ rộng, sẵn sàng cho 5G

Báo Cần Thơ - 22/10/2024

Theo Sở Thông tin và Truyền thông TP Cần Thơ, đến cuối tháng 9/2024, tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh trên địa bàn thành phố đạt 89,2%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 86,5%; tỷ lệ người sử dụng Internet ước khoảng 82%.

Toàn thành phố hiện có 1.650 trạm phát sóng thông tin di động (BTS), bảo đảm phủ sóng 4G tới 100% xã, phường, thị trấn. Ngay sau khi được cấp phép thương mại, Viettel đã lắp đặt 120 trạm 5G trên địa bàn thành phố, tập trung tại các quận Ninh Kiều, Cái Răng và Bình Thủy.

Theo kết quả khảo sát mức sống dân cư của Cục Thống kê thành phố, 91% người từ 15 tuổi trở lên có sử dụng điện thoại thông minh.

Phó Giám đốc Sở Thông tin và Truyền thông cho biết, thành phố đặt mục tiêu đến năm 2025, 100% hộ gia đình có khả năng tiếp cận Internet cáp quang và 5G được phủ sóng tại toàn bộ khu công nghiệp, khu đô thị mới.""",
        "2024-10-22",
        [
            ("smartphone_subscriber_rate", "Cần Thơ", "as_of", "2024-09-30", 89.2),
            ("ftth_household_rate", "Cần Thơ", "as_of", "2024-09-30", 86.5),
            ("internet_users_rate", "Cần Thơ", "as_of", "2024-09-30", 82.0),
        ],
    ),
    # 20 — Chinhphu.vn on the administrative-reform working group, October 2024: nine-month rates,
    #      "Đến nay" levels at the page; digitisation rate (no id), one ministry's satisfaction, remainder and targets are traps
    (
        """Cải cách thủ tục hành chính 9 tháng: 94,6% người dân, doanh nghiệp hài lòng

(Chinhphu.vn) - 15/10/2024 - Ngày 14/10, Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ họp phiên thường kỳ quý III/2024.

Theo báo cáo của Văn phòng Chính phủ, 9 tháng năm 2024, tỷ lệ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 94,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 53,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa đạt 38,7%. Bộ Tư pháp là đơn vị có tỷ lệ hài lòng cao nhất với 99,1%.

Đến nay, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 87,6%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 41,2%. Cổng Dịch vụ công quốc gia đã cung cấp toàn trình 48/53 dịch vụ công thiết yếu; 5 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện.

Phát biểu kết luận, Tổ trưởng Tổ công tác yêu cầu các bộ, ngành, địa phương phấn đấu đến hết năm 2024 đạt tối thiểu 80% dịch vụ công trực tuyến toàn trình, 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến, mức độ hài lòng đạt tối thiểu 90%.""",
        "2024-10-15",
        [
            ("satisfaction_rate", "national", "ytd", "2024-09-30", 94.6),
            ("data_reuse_rate", "national", "ytd", "2024-09-30", 38.7),
            ("full_process_provision_rate", "national", "as_of", "2024-10-15", 87.6),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-15", 41.2),
            ("essential_services_full_process", "national", "as_of", "2024-10-15", 48.0),
        ],
    ),
    # 21 — ICTnews on VNNIC's i-Speed for June 2024: download speeds national and Hà Nội, June 2023
    #      value in parentheses kept; upload speeds, an operator's speed, an international speed rank are traps
    (
        """i-Speed: Tốc độ Internet cố định tại Việt Nam đạt 124,7 Mbps trong tháng 6

ICTnews - 12/07/2024

Theo số liệu đo kiểm từ hệ thống i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 6/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 124,7 Mbps, tốc độ tải lên đạt 118,3 Mbps. Tốc độ tải xuống đã tăng gần 46% so với tháng 6/2023 (85,4 Mbps).

Với mạng băng rộng di động, tốc độ tải xuống trung bình đạt 58,9 Mbps, tốc độ tải lên đạt 22,1 Mbps.

Xét theo địa phương, Hà Nội là nơi có tốc độ tải xuống băng rộng cố định cao nhất cả nước với 142,3 Mbps. Xét theo nhà mạng, VNPT tiếp tục dẫn đầu về tốc độ băng rộng cố định với 131,6 Mbps.

Trên bảng xếp hạng Speedtest Global Index của Ookla công bố cùng thời điểm, Việt Nam đứng thứ 39 thế giới về tốc độ băng rộng cố định và thứ 52 về tốc độ băng rộng di động.

Đại diện VNNIC cho biết, việc các doanh nghiệp nâng cấp mạng truy nhập lên công nghệ XGS-PON và mở rộng dung lượng kết nối quốc tế là nguyên nhân chính giúp tốc độ tăng nhanh trong năm qua.""",
        "2024-07-12",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 124.7),
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 85.4),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 58.9),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-06-30", 142.3),
        ],
    ),
    # 22 — VnExpress, November 2024, on dead-zone villages: covered share at end-October, villages
    #      with coverage, "hiện còn" levels (national and two provinces) at the page; covered count,
    #      remainder to do, unelectrified sub-count, an operator's count and the deadline are traps
    (
        """Hơn 1.000 thôn lõm sóng có điện đã được phủ sóng di động

VnExpress - Thứ ba, 26/11/2024, 14:05 (GMT+7)

Theo Cục Viễn thông (Bộ Thông tin và Truyền thông), tính đến hết tháng 10/2024, các doanh nghiệp viễn thông đã phủ sóng được 1.019/1.176 thôn lõm sóng có điện lưới, đạt tỷ lệ 86,7%. Với kết quả này, tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đã đạt 99,6%.

Trong số 157 thôn có điện còn lại, phần lớn nằm ở khu vực biên giới, địa hình chia cắt, chưa có đường giao thông để vận chuyển thiết bị. Riêng Viettel đã phủ sóng 612 thôn, chiếm hơn một nửa số thôn được phủ sóng.

Cả nước hiện còn 422 thôn, bản chưa có sóng di động, trong đó 265 thôn chưa có điện lưới quốc gia. Các địa phương hiện còn nhiều thôn lõm sóng nhất là Nghệ An (68 thôn) và Quảng Nam (57 thôn).

Bộ Thông tin và Truyền thông yêu cầu các doanh nghiệp hoàn thành phủ sóng toàn bộ thôn lõm sóng có điện trước ngày 31/12/2024; với các thôn chưa có điện, sẽ triển khai giải pháp trạm sử dụng năng lượng mặt trời và kết nối vệ tinh.""",
        "2024-11-26",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 86.7),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-10-31", 99.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-26", 422.0),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-11-26", 68.0),
            ("villages_without_mobile_coverage", "Quảng Nam", "as_of", "2024-11-26", 57.0),
        ],
    ),
    # 23 — Lào Cai provincial portal, May 2024: the province's 25/25 essential services (its own list,
    #      not labelled), April rates with the March rate in parentheses kept; Sa Pa's figure and index rank are traps
    (
        """Lào Cai hoàn thành cung cấp toàn trình 25/25 dịch vụ công thiết yếu

Cổng Thông tin điện tử tỉnh Lào Cai - 14/05/2024

Theo Văn phòng UBND tỉnh, đến nay Lào Cai đã hoàn thành tích hợp, cung cấp toàn trình 25/25 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia, trở thành một trong những địa phương đầu tiên của khu vực miền núi phía Bắc hoàn thành nhiệm vụ này.

Trong tháng 4/2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 66,5%, cao hơn tháng 3/2024 (61,2%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,9%; tỷ lệ hồ sơ thủ tục hành chính gắn với mã số định danh cá nhân đạt 97,1%. Thị xã Sa Pa là địa phương cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất với 82%.

Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, Lào Cai hiện xếp thứ 8/63 tỉnh, thành phố.

Chủ tịch UBND tỉnh yêu cầu các sở, ngành tiếp tục rà soát quy trình nội bộ, không để phát sinh hồ sơ trễ hạn, đồng thời đẩy mạnh tuyên truyền để người dân chủ động nộp hồ sơ trực tuyến thay vì đến Bộ phận Một cửa.""",
        "2024-05-14",
        [
            ("online_dossier_rate", "Lào Cai", "month", "2024-04-30", 66.5),
            ("online_dossier_rate", "Lào Cai", "month", "2024-03-31", 61.2),
            ("online_dossier_full_process_rate", "Lào Cai", "month", "2024-04-30", 48.9),
            ("dossiers_with_personal_id_rate", "Lào Cai", "month", "2024-04-30", 97.1),
        ],
    ),
    # 24 — Chinhphu.vn, June 2024: fee-reduction provinces, procedures simplified and EMC connection
    #      "Đến nay" at the page; the two remaining provinces, 299 not yet cut, resolution count and the
    #      reporting-system connection (no id) are traps
    (
        """Đã có 61/63 địa phương ban hành nghị quyết giảm phí, lệ phí dịch vụ công trực tuyến

(Chinhphu.vn) - 24/06/2024 - Văn phòng Chính phủ vừa có báo cáo về tình hình thực hiện các nhiệm vụ cải cách thủ tục hành chính, phát triển Chính phủ số.

Theo báo cáo, đến nay đã có 61/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện thủ tục hành chính trên môi trường điện tử; 2 địa phương còn lại dự kiến ban hành tại kỳ họp tháng 7/2024.

Thực hiện 12 nghị quyết chuyên đề của Chính phủ, các bộ, ngành đã cắt giảm, đơn giản hóa 785/1.084 thủ tục hành chính, quy định kinh doanh; 299 thủ tục chưa được cắt giảm, đơn giản hóa do phải sửa đổi luật.

Đến nay, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 84,1%; 93,2% bộ, ngành, địa phương đã kết nối với Hệ thống thông tin báo cáo Chính phủ.

Văn phòng Chính phủ đề nghị các bộ, ngành chưa hoàn thành khẩn trương sửa đổi văn bản, bảo đảm lộ trình cắt giảm đã được Thủ tướng Chính phủ phê duyệt.""",
        "2024-06-24",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-24", 61.0),
            ("procedures_simplified", "national", "as_of", "2024-06-24", 785.0),
            ("emc_connection_rate", "national", "as_of", "2024-06-24", 84.1),
        ],
    ),
    # 25 — Quảng Ninh steering-committee report printing its own date (no sidecar): a plan-vs-actual
    #      table for 2024; the plan column and the assessment column are traps, DTI rank too
    (
        """UBND TỈNH QUẢNG NINH
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
Số: 05/BC-BCĐ
Quảng Ninh, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2024, nhiệm vụ trọng tâm năm 2025

Năm 2024, tỉnh Quảng Ninh tiếp tục duy trì vị trí dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI). Kết quả thực hiện các chỉ tiêu chủ yếu như sau:

| STT | Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024 | Đánh giá |
|---|---|---|---|---|
| 1 | Tỷ lệ DVCTT toàn trình/tổng số TTHC (%) | 80 | 82,6 | Vượt |
| 2 | Tỷ lệ hồ sơ xử lý trực tuyến (%) | 70 | 78,3 | Vượt |
| 3 | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 50 | 57,9 | Vượt |
| 4 | Tỷ lệ cấp kết quả giải quyết TTHC điện tử (%) | 100 | 100 | Đạt |
| 5 | Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 50 | 46,2 | Chưa đạt |
| 6 | Tỷ trọng kinh tế số trong GRDP (%) | 15 | 13,4 (ước) | Chưa đạt |
| 7 | Tỷ lệ hộ gia đình có Internet cáp quang (%) | 95 | 96,1 | Vượt |

Nguyên nhân chỉ tiêu khai thác, sử dụng lại dữ liệu chưa đạt kế hoạch là do việc kết nối, đồng bộ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với các cơ sở dữ liệu chuyên ngành của các bộ còn chậm; tỷ trọng kinh tế số chưa đạt do kinh tế số trong các ngành nông nghiệp, du lịch còn nhỏ.

Năm 2025, tỉnh phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình, tỷ trọng kinh tế số trong GRDP đạt 20%.""",
        None,
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 82.6),
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 78.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 57.9),
            ("e_result_rate", "Quảng Ninh", "year", "2024-12-31", 100.0),
            ("data_reuse_rate", "Quảng Ninh", "year", "2024-12-31", 46.2),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 13.4),
            ("ftth_household_rate", "Quảng Ninh", "year", "2024-12-31", 96.1),
        ],
    ),
    # 26 — Báo Tin tức, December 2022, three years of the National Portal: cumulative levels at 30/11,
    #      eleven-month new accounts on the _new twin; services count, visits and savings are traps
    (
        """Ba năm vận hành Cổng Dịch vụ công quốc gia: Hơn 4,3 triệu tài khoản đăng ký

Báo Tin tức (TTXVN) - 09/12/2022

Sau 3 năm vận hành (9/12/2019 - 9/12/2022), Cổng Dịch vụ công quốc gia đã trở thành điểm truy cập tập trung để người dân, doanh nghiệp thực hiện thủ tục hành chính trên môi trường điện tử, với hơn 4.400 dịch vụ công trực tuyến được tích hợp.

Theo Văn phòng Chính phủ, tính đến ngày 30/11/2022, Cổng có hơn 4,3 triệu tài khoản đăng ký; tiếp nhận trên 6,5 triệu hồ sơ trực tuyến; thực hiện hơn 5,7 triệu giao dịch thanh toán trực tuyến với số tiền hơn 4.400 tỷ đồng. Riêng trong 11 tháng năm 2022, có 1,6 triệu tài khoản đăng ký mới.

Trung bình mỗi ngày, Cổng có khoảng 180.000 lượt truy cập. Việc cung cấp dịch vụ công trực tuyến qua Cổng ước tính giúp tiết kiệm chi phí xã hội hơn 6.700 tỷ đồng mỗi năm.

Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho rằng: "Cổng Dịch vụ công quốc gia không chỉ là một kênh nộp hồ sơ mà phải trở thành nơi người dân được phục vụ thuận lợi nhất, chỉ cần một tài khoản là có thể thực hiện mọi thủ tục".

Thời gian tới, Cổng sẽ tiếp tục được nâng cấp, tích hợp với ứng dụng định danh điện tử VNeID để người dân đăng nhập một lần.""",
        "2022-12-09",
        [
            ("national_portal_accounts", "national", "as_of", "2022-11-30", 4300000.0),
            ("national_portal_dossiers", "national", "as_of", "2022-11-30", 6500000.0),
            ("online_payments_count", "national", "as_of", "2022-11-30", 5700000.0),
            ("online_payments_value", "national", "as_of", "2022-11-30", 4400.0),
            ("national_portal_accounts_new", "national", "ytd", "2022-11-30", 1600000.0),
        ],
    ),
    # 27 — VietnamPlus, October 2024: approved-level share at end-September with ministries/localities
    #      split, September attacks; change in points, deployment share (no id), one ministry's 100% and deadlines are traps
    (
        """Gần 77% hệ thống thông tin đã được phê duyệt cấp độ an toàn

VietnamPlus - 09/10/2024

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), tính đến cuối tháng 9/2024, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất cấp độ đạt 76,8%, tăng 9,4 điểm phần trăm so với đầu năm. Khối bộ, ngành đạt 73,5%; khối địa phương đạt 78,9%. Bộ Y tế là một trong số ít bộ đã phê duyệt 100% hệ thống thông tin thuộc phạm vi quản lý.

Tuy nhiên, tỷ lệ hệ thống thông tin đã triển khai đầy đủ phương án bảo đảm an toàn theo hồ sơ được phê duyệt mới đạt 45,1%.

Riêng trong tháng 9/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 628 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Theo chỉ đạo của Thủ tướng Chính phủ, việc phê duyệt cấp độ cho toàn bộ hệ thống thông tin phải hoàn thành trong tháng 9/2024 và triển khai đầy đủ phương án bảo vệ trong tháng 12/2024. "Nhiều đơn vị vẫn coi việc xác định cấp độ là thủ tục hành chính trên giấy, chưa gắn với bố trí nguồn lực", đại diện Cục An toàn thông tin nhấn mạnh.""",
        "2024-10-09",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 76.8),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 73.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 78.9),
            ("cyberattacks", "national", "month", "2024-09-30", 628.0),
        ],
    ),
    # 28 — Báo Bình Dương, July 2022: first-half rates (level-4 dossiers = full-process share), "Hiện"
    #      share of procedures online at the page; payment share, dossier count, city figure and change are traps
    (
        """Bình Dương: 6 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến đạt 32,6%

Báo Bình Dương - 08/07/2022

Tại hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2022 do UBND tỉnh tổ chức ngày 7/7, Sở Nội vụ cho biết, 6 tháng đầu năm, hệ thống một cửa điện tử của tỉnh đã tiếp nhận hơn 482.000 hồ sơ. Tỷ lệ hồ sơ trực tuyến đạt 32,6%, tăng 2,5 lần so với cùng kỳ năm 2021; tỷ lệ hồ sơ trực tuyến toàn trình (mức độ 4) đạt 18,4%; tỷ lệ hồ sơ có thanh toán trực tuyến đạt 21,5%. Thành phố Thủ Dầu Một dẫn đầu cấp huyện với tỷ lệ hồ sơ trực tuyến 45%.

Hiện tỉnh cung cấp 1.428 dịch vụ công trực tuyến mức độ 3, 4, chiếm 81,3% tổng số thủ tục hành chính.

Phó Chủ tịch UBND tỉnh đánh giá, kết quả này có đóng góp lớn của các Tổ công nghệ số cộng đồng và đoàn viên thanh niên tình nguyện hỗ trợ người dân tại bộ phận một cửa. Tuy vậy, một số sở, ngành vẫn còn tình trạng yêu cầu người dân nộp thêm hồ sơ giấy sau khi đã nộp trực tuyến, gây phiền hà.

Trong 6 tháng cuối năm, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50% trở lên.""",
        "2022-07-08",
        [
            ("online_dossier_rate", "Bình Dương", "half", "2022-06-30", 32.6),
            ("online_dossier_full_process_rate", "Bình Dương", "half", "2022-06-30", 18.4),
            ("dvctt_rate", "Bình Dương", "as_of", "2022-07-08", 81.3),
        ],
    ),
    # 29 — telecom department press release printing its own date (no sidecar): subscriptions, per-100
    #      rates, smartphone count and share at end of June 2024; total mobile subs, revenue, changes, an operator's market share are traps
    (
        """THÔNG CÁO BÁO CHÍ
Kết quả hoạt động lĩnh vực viễn thông 6 tháng đầu năm 2024

Ngày đăng: 15/07/2024 | Nguồn: Cục Viễn thông

Tính đến hết tháng 6/2024, tổng số thuê bao băng rộng cố định đạt 22,6 triệu, tương đương 22,5 thuê bao/100 dân; số thuê bao băng rộng di động đạt 84,1 triệu, tương đương 83,8 thuê bao/100 dân. So với cùng kỳ năm 2023, số thuê bao băng rộng cố định tăng 6,2%.

Trong tổng số 122,2 triệu thuê bao di động, có 105,2 triệu thuê bao sử dụng điện thoại thông minh, chiếm 86,1%. Tỷ lệ người sử dụng Internet đạt 79,1%.

Doanh thu dịch vụ viễn thông 6 tháng ước đạt 72.600 tỷ đồng, tăng 2,1% so với cùng kỳ. Viettel tiếp tục dẫn đầu thị trường di động với 54,2% thị phần thuê bao.

Trong 6 tháng cuối năm, Cục Viễn thông sẽ tập trung chỉ đạo doanh nghiệp triển khai lộ trình dừng công nghệ 2G từ ngày 16/9/2024, thúc đẩy thương mại hóa 5G và hoàn thành phủ sóng các thôn lõm sóng có điện lưới.""",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 22600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 22.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 84100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 83.8),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 105200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.1),
            ("internet_users_rate", "national", "as_of", "2024-06-30", 79.1),
        ],
    ),
    # 30 — Người Lao Động, May 2025, on 5G in TP.HCM: city levels at an explicit date, national levels
    #      "hiện" at the page; one operator's stations and its 5G speed test, 5G subscribers and the year-end target are traps
    (
        """TP.HCM: Sóng 5G đã phủ 92% dân số

Người Lao Động - 28/05/2025

Theo Sở Khoa học và Công nghệ TP.HCM, tính đến ngày 20/5/2025, trên địa bàn thành phố có 3.215 trạm phát sóng 5G, tỷ lệ phủ sóng 5G theo dân số đạt 92%. Trong đó, Viettel có khoảng 2.100 trạm, phần còn lại thuộc VNPT và MobiFone.

Theo kết quả đo kiểm do Viettel thực hiện, tốc độ tải xuống trung bình trên mạng 5G của nhà mạng này tại TP.HCM đạt khoảng 350 Mbps, gấp 7 lần mạng 4G. Số thuê bao sử dụng dịch vụ 5G trên địa bàn đã vượt 1,8 triệu.

Trên phạm vi cả nước, theo Cục Viễn thông, hiện có khoảng 13.500 trạm 5G đang hoạt động, phủ sóng khoảng 26% dân số.

Lãnh đạo Sở Khoa học và Công nghệ TP.HCM cho biết, thành phố đặt mục tiêu đến cuối năm 2025 phủ sóng 5G cho 99% dân số, ưu tiên các khu công nghệ cao, khu chế xuất, bệnh viện và trường đại học. "Hạ tầng 5G phải đi trước một bước để phục vụ kinh tế số và đô thị thông minh", vị này nói.""",
        "2025-05-28",
        [
            ("fiveg_bts_count", "Hồ Chí Minh", "as_of", "2025-05-20", 3215.0),
            ("fiveg_population_coverage_rate", "Hồ Chí Minh", "as_of", "2025-05-20", 92.0),
            ("fiveg_bts_count", "national", "as_of", "2025-05-28", 13500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-28", 26.0),
        ],
    ),
]
