"""Genre probes, round 139: 2025–2026 reporting after the reorganisation (Bộ KH&CN, the 34 provinces, former provinces' parts), written blind and held out.

Held out to the end of stop 48 and not fitted: read once with the stop's start code 53696a2 (130 of 135 right, 130 of 135 found (0.96 / 0.96)) and once with its final code (130 of 135, 130 of 135).
"""

CASES = [
    # 1. MOST portal, whole article on the November 2025 press briefing: 5G stations/coverage at 30/11, Ookla speeds of October, FTTH "hiện nay".
    #    Traps: stations added in November, each operator's stations, upload speeds, speed rank, 2026 targets.
    (
        """Bộ Khoa học và Công nghệ
Trang chủ > Tin tức - Sự kiện > Hạ tầng số

Mạng 5G phủ sóng hơn 91% dân số sau hơn một năm thương mại hóa

Cập nhật: 05/12/2025 16:20 | Lượt xem: 1.284

(MOST) - Chiều 4/12, tại cuộc họp báo thường kỳ tháng 11/2025 của Bộ Khoa học và Công nghệ, đại diện Cục Viễn thông cho biết hạ tầng mạng di động thế hệ thứ năm tiếp tục được mở rộng nhanh, về đích sớm so với kế hoạch.

Tính đến ngày 30/11/2025, các doanh nghiệp viễn thông đã phát sóng 24.860 trạm BTS 5G trên cả nước, vùng phủ sóng 5G đạt 91,2% dân số. Riêng trong tháng 11, số trạm 5G tăng thêm 1.930 trạm. Trong tổng số trạm đã phát sóng, Viettel chiếm khoảng 17.300 trạm, VNPT 4.900 trạm và MobiFone 2.660 trạm.

Theo dữ liệu đo kiểm của Ookla, trong tháng 10/2025, tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 151,6 Mbps, băng rộng cố định đạt 171,3 Mbps; tốc độ tải lên lần lượt là 41,2 Mbps và 166,8 Mbps. Với kết quả này, Việt Nam đứng thứ 14 thế giới về tốc độ di động.

Về hạ tầng cố định, hiện nay tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 86,4%. Cục Viễn thông đang phối hợp với Sở Khoa học và Công nghệ các tỉnh, thành phố rà soát các khu vực chưa có cáp quang sau khi sắp xếp đơn vị hành chính cấp xã.

Năm 2026, Bộ đặt mục tiêu vùng phủ sóng 5G đạt 99% dân số, tốc độ băng rộng di động nằm trong nhóm 10 nước dẫn đầu thế giới.

Từ khóa: 5G, hạ tầng số, Cục Viễn thông, họp báo""",
        "2025-12-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-11-30", 24860.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-11-30", 91.2),
            ("mobile_broadband_speed", "national", "month", "2025-10-31", 151.6),
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 171.3),
            ("ftth_household_rate", "national", "as_of", "2025-12-05", 86.4),
        ],
    ),
    # 2. Central Steering Committee (NQ 57) year-end conference, January 2026: 2025 digital economy share and growth, 5G at end-2025, EGDI 2024.
    #    Traps: counts of documents and tasks, "tăng 15 bậc", GII rank (no id), R&D spending, NQ 57 targets for 2030.
    (
        """Ban Chỉ đạo Trung ương tổng kết một năm thực hiện Nghị quyết 57

Ngày 15/1/2026, tại Hà Nội, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.

Báo cáo của Cơ quan thường trực Ban Chỉ đạo cho biết, sau hơn một năm thực hiện Nghị quyết số 57-NQ/TW, Ban Chỉ đạo đã ban hành 9 văn bản chỉ đạo, giao 136 nhiệm vụ cho các cơ quan Trung ương và 34 tỉnh, thành phố; Quốc hội thông qua 4 luật liên quan trực tiếp đến khoa học, công nghệ và chuyển đổi số.

Năm 2025, quy mô kinh tế số ước chiếm 19,6% GDP; kinh tế số tăng trưởng khoảng 20%, cao gấp gần ba lần tốc độ tăng trưởng GDP. Hạ tầng số có bước tiến vượt bậc: đến hết năm 2025, mạng 5G phủ sóng 91,5% dân số. Theo báo cáo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193, tăng 15 bậc; Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2025 xếp thứ 44/139. Tổng chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025 đạt khoảng 1,1% GDP.

Hội nghị thống nhất mục tiêu năm 2026 là tạo bứt phá rõ nét, tiến tới đến năm 2030 kinh tế số đạt tối thiểu 30% GDP, Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về Chính phủ điện tử.""",
        "2026-01-16",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.6),
            ("digital_economy_growth", "national", "year", "2025-12-31", 20.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.5),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 3. Police newspaper on Đề án 06 in 2025: chip ID cards and VNeID accounts at 30/9, essential services "đến nay".
    #    Traps: VNeID log-ins and population-database requests (no id), one ministry's 100%, the two remaining services, Q4 plan.
    (
        """Đề án 06 năm 2025: Dữ liệu dân cư tiếp tục là "xương sống" của chính quyền số

Năm 2025 là năm thứ tư triển khai Đề án 06 và cũng là năm đầu tiên Đề án được chỉ đạo bởi Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06.

Theo Bộ Công an, tính đến ngày 30/9/2025, lực lượng Công an đã cấp hơn 91,4 triệu thẻ căn cước, căn cước công dân gắn chíp điện tử; kích hoạt 64,2 triệu tài khoản định danh điện tử cho công dân. Ứng dụng VNeID đã ghi nhận hơn 1,05 tỷ lượt truy cập; Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận khoảng 2,6 tỷ yêu cầu tra cứu, xác thực thông tin từ các bộ, ngành, địa phương và doanh nghiệp.

Về dịch vụ công, đến nay 74/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; 2 dịch vụ còn lại dự kiến hoàn thành trong quý IV/2025. Riêng Bộ Công an đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình.

Tổ công tác triển khai Đề án 06 của Chính phủ yêu cầu các địa phương sau sắp xếp tiếp tục làm sạch dữ liệu hộ tịch, đất đai, không để gián đoạn việc giải quyết thủ tục tại 3.321 xã, phường, đặc khu.""",
        "2025-10-08",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-09-30", 91400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-09-30", 64200000.0),
            ("essential_services_full_process", "national", "as_of", "2025-10-08", 74.0),
        ],
    ),
    # 4. Bắc Ninh (merged with Bắc Giang), Q3 2025: province's dossier rates; the full-process share after "trong đó" is another id.
    #    Traps: dossier count, former Bắc Giang area, wards, change in points, 2026 plan.
    (
        """Bắc Ninh: Quý III/2025, tỷ lệ hồ sơ trực tuyến đạt 82,6%

Theo báo cáo của Sở Khoa học và Công nghệ, trong quý III/2025 – quý đầu tiên vận hành mô hình chính quyền địa phương hai cấp – Trung tâm Phục vụ hành chính công tỉnh và 99 trung tâm cấp xã đã tiếp nhận 486.215 hồ sơ thủ tục hành chính.

Tỷ lệ hồ sơ được xử lý trực tuyến trên toàn tỉnh đạt 82,6%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,4%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,3%. Riêng khu vực Bắc Giang (cũ), tỷ lệ hồ sơ trực tuyến đạt 79,1%; các phường Kinh Bắc, Bắc Giang, Từ Sơn đạt trên 97%.

So với quý II, tỷ lệ hồ sơ trực tuyến của tỉnh tăng 6,3 điểm phần trăm. Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%.""",
        "2025-10-14",
        [
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2025-09-30", 82.6),
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2025-09-30", 58.4),
            ("e_result_rate", "Bắc Ninh", "quarter", "2025-09-30", 96.3),
        ],
    ),
    # 5. Government news portal, National Public Service Portal in October 2025: month flows and levels since launch at 31/10.
    #    Traps: localities' part of the dossiers ("trong đó"), month-on-month change.
    (
        """Cổng Dịch vụ công quốc gia tháng 10/2025: Hơn 3,8 triệu hồ sơ trực tuyến

(Chinhphu.vn) - Theo Văn phòng Chính phủ, trong tháng 10/2025, Cổng Dịch vụ công quốc gia có thêm 1,12 triệu tài khoản đăng ký mới; tiếp nhận 3,86 triệu hồ sơ trực tuyến, trong đó 1,94 triệu hồ sơ của các địa phương; thực hiện 2,74 triệu giao dịch thanh toán trực tuyến với tổng số tiền 2.315 tỷ đồng. So với tháng 9, số hồ sơ trực tuyến tăng 12,4%.

Tính từ khi khai trương đến ngày 31/10/2025, Cổng có 48,6 triệu tài khoản đăng ký; thực hiện 61,3 triệu giao dịch thanh toán trực tuyến với số tiền hơn 52.400 tỷ đồng.

Sau khi tích hợp đăng nhập bằng tài khoản định danh điện tử VNeID, số tài khoản mới tăng mạnh, nhất là ở các xã, phường mới sau sắp xếp.""",
        "2025-11-06",
        [
            ("national_portal_accounts_new", "national", "month", "2025-10-31", 1120000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-10-31", 3860000.0),
            ("online_payments_count_new", "national", "month", "2025-10-31", 2740000.0),
            ("online_payments_value_new", "national", "month", "2025-10-31", 2315.0),
            ("national_portal_accounts", "national", "as_of", "2025-10-31", 48600000.0),
            ("online_payments_count", "national", "as_of", "2025-10-31", 61300000.0),
            ("online_payments_value", "national", "as_of", "2025-10-31", 52400.0),
        ],
    ),
    # 6. Decision 766 index for November 2025: ministries vs localities splits of three dossier rates.
    #    Traps: index scores of the leading ministry and city, one ministry's own rate.
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2025: Khối địa phương vượt khối bộ về trả kết quả điện tử

Theo số liệu cập nhật trên Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg), trong tháng 11/2025, khối bộ, ngành có tỷ lệ hồ sơ xử lý trực tuyến đạt 71,3%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,8%, tỷ lệ trả kết quả điện tử đạt 88,2%. Khối địa phương có các tỷ lệ tương ứng là 62,5%, 39,1% và 93,6%.

Bộ Công an tiếp tục dẫn đầu khối bộ, ngành với 92,76 điểm; Hà Nội dẫn đầu khối địa phương với 91,3 điểm. Riêng Bộ Tài chính có tỷ lệ hồ sơ trực tuyến đạt 97,2%.

Từ tháng 7/2025, Bộ chỉ số đã được điều chỉnh để đánh giá 34 tỉnh, thành phố sau sắp xếp và tính đến cả kết quả của các xã, phường, đặc khu.""",
        "2025-12-10",
        [
            ("online_dossier_rate", "ministries", "month", "2025-11-30", 71.3),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-11-30", 44.8),
            ("e_result_rate", "ministries", "month", "2025-11-30", 88.2),
            ("online_dossier_rate", "localities", "month", "2025-11-30", 62.5),
            ("online_dossier_full_process_rate", "localities", "month", "2025-11-30", 39.1),
            ("e_result_rate", "localities", "month", "2025-11-30", 93.6),
        ],
    ),
    # 7. Villages without mobile broadband at 15/10/2025 (national and two provinces), former dead-zone villages covered "đến nay".
    #    Traps: villages covered since January (flow, no id), Viettel's part, Q4 plan, 2026 target.
    (
        """Còn 1.186 thôn, bản chưa có sóng di động băng rộng

Theo Bộ Khoa học và Công nghệ, tính đến ngày 15/10/2025, cả nước còn 1.186 thôn, bản chưa được phủ sóng di động băng rộng, nâng tỷ lệ thôn, bản có sóng di động băng rộng lên 98,9%. Đối với các thôn lõm sóng đã có điện lưới quốc gia, đến nay đã phủ sóng được 84,5%.

Từ đầu năm 2025, các doanh nghiệp viễn thông đã phủ sóng mới cho 742 thôn, bản, trong đó Viettel đảm nhận 516 thôn. Cũng tính đến ngày 15/10, các tỉnh còn nhiều thôn lõm sóng nhất là Điện Biên với 96 thôn và Lai Châu với 88 thôn, chủ yếu ở các xã biên giới chưa có điện lưới.

Dự kiến trong quý IV/2025, các doanh nghiệp sẽ phủ sóng thêm khoảng 350 thôn. Bộ Khoa học và Công nghệ đặt mục tiêu đến hết năm 2026 cơ bản xóa toàn bộ thôn, bản lõm sóng.""",
        "2025-10-22",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-10-15", 1186.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-10-15", 98.9),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-10-22", 84.5),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-10-15", 96.0),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2025-10-15", 88.0),
        ],
    ),
    # 8. Cyberattacks in September 2025 and 9 months, botnet IPs "hiện nay".
    #    Traps: change vs August, attack types after "Trong đó", year-on-year fall of botnets.
    (
        """Tháng 9/2025: Ghi nhận 1.142 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, trong tháng 9/2025, hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.142 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,5% so với tháng 8/2025. Trong đó có 486 cuộc tấn công lừa đảo (Phishing), 391 cuộc tấn công thay đổi giao diện (Deface) và 265 cuộc tấn công cài mã độc (Malware).

Lũy kế 9 tháng đầu năm 2025, hệ thống đã ghi nhận 10.357 cuộc tấn công mạng gây sự cố. Hiện nay, số lượng địa chỉ IP nằm trong các mạng máy tính ma (botnet) tại Việt Nam khoảng 412.000, giảm 23% so với cùng kỳ năm 2024.

Các chuyên gia khuyến cáo cơ quan, tổ chức tại các xã, phường mới sau sắp xếp cần rà soát lại các cổng thông tin điện tử, tránh để tồn tại các trang cũ không còn được quản trị.""",
        "2025-10-05",
        [
            ("cyberattacks", "national", "month", "2025-09-30", 1142.0),
            ("cyberattacks", "national", "ytd", "2025-09-30", 10357.0),
            ("botnet_ips", "national", "as_of", "2025-10-05", 412000.0),
        ],
    ),
    # 9. Hải Phòng (merged with Hải Dương): 2025 digital economy share and growth; 2024 shares of the two former provinces (GRDP share = one province's figure).
    #    Traps: change in points, former Hải Dương area's contribution, 2030 target.
    (
        """Hải Phòng: Kinh tế số ước chiếm 17,2% GRDP năm 2025

Theo Sở Khoa học và Công nghệ thành phố, năm 2025 – năm đầu tiên sau khi hợp nhất thành phố Hải Phòng và tỉnh Hải Dương – giá trị tăng thêm của kinh tế số ước chiếm 17,2% GRDP của thành phố, tăng 1,6 điểm phần trăm so với số liệu cộng gộp năm 2024. Trước hợp nhất, năm 2024 tỷ trọng kinh tế số trong GRDP của thành phố Hải Phòng là 15,6%, của tỉnh Hải Dương là 11,9%.

Kinh tế số của thành phố năm 2025 tăng trưởng 18,4%, chủ yếu nhờ các doanh nghiệp sản xuất linh kiện, thiết bị điện tử trong các khu công nghiệp. Khu vực Hải Dương (cũ) đóng góp khoảng 35% giá trị tăng thêm của kinh tế số.

Thành phố đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP.""",
        "2026-01-15",
        [
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2025-12-31", 17.2),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 15.6),
            ("digital_economy_gdp_share", "Hải Dương", "year", "2024-12-31", 11.9),
            ("digital_economy_growth", "Hải Phòng", "year", "2025-12-31", 18.4),
        ],
    ),
    # 10. Tây Ninh (merged with Long An): FTTH and smartphone-subscription shares at end-September 2025.
    #     Traps: former Long An area, a survey's share of people with smartphones, VNPT's subscribers, a ward, 2026 aim.
    (
        """Tây Ninh đẩy mạnh phổ cập hạ tầng số sau hợp nhất

Theo Sở Khoa học và Công nghệ tỉnh Tây Ninh, đến cuối tháng 9/2025, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 84,7%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,9%. Khu vực Long An (cũ) có tỷ lệ hộ dùng cáp quang cao hơn, đạt 88,2%, trong khi các xã biên giới phía Bắc còn thấp.

Kết quả khảo sát của tỉnh cho thấy 91% người trưởng thành có điện thoại thông minh. VNPT Tây Ninh hiện phục vụ khoảng 236.000 thuê bao cáp quang, riêng phường Tân An có trên 95% hộ gia đình sử dụng cáp quang.

Năm 2026, tỉnh phấn đấu 90% hộ gia đình có cáp quang và 100% xã, phường có tổ công nghệ số cộng đồng hoạt động hiệu quả.""",
        "2025-10-09",
        [
            ("ftth_household_rate", "Tây Ninh", "as_of", "2025-09-30", 84.7),
            ("smartphone_subscriber_rate", "Tây Ninh", "as_of", "2025-09-30", 87.9),
        ],
    ),
    # 11. NDXP in August 2025 with an explicit 21/7-20/8 window: transactions, daily average, cumulative and connections "đến nay/hiện nay".
    #     Traps: change vs previous period, ministries' part of the connected units.
    (
        """Nền tảng NDXP xử lý trung bình 4,6 triệu giao dịch mỗi ngày

Theo Cục Chuyển đổi số quốc gia (Bộ Khoa học và Công nghệ), trong tháng 8/2025 (từ ngày 21/7/2025 đến ngày 20/8/2025), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 142.618.350 giao dịch, trung bình 4,6 triệu giao dịch mỗi ngày, tăng 9,2% so với kỳ trước.

Lũy kế từ năm 2019 đến nay, NDXP đã thực hiện khoảng 3,94 tỷ giao dịch. Hiện nay, NDXP đã thiết lập 131 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu; có 58 bộ, ngành, địa phương đã kết nối, chia sẻ dữ liệu qua nền tảng (trong đó 24 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ).

Sau khi sắp xếp tổ chức bộ máy, Cục đã hướng dẫn các địa phương hợp nhất chuyển đổi kết nối từ các tỉnh cũ sang tỉnh mới, bảo đảm không gián đoạn việc chia sẻ dữ liệu.""",
        "2025-08-25",
        [
            ("ndxp_transactions_period", "national", "month", "2025-08-20", 142618350.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-20", 4600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-08-25", 3940000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-08-25", 131.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-08-25", 58.0),
        ],
    ),
    # 12. Hà Nội, November 2025, whole article: city's monthly rates and October's rate given in parentheses (kept with its month).
    #     Traps: a ward's 100%, number of communes and wards, change in points, 2026 target.
    (
        """Hànộimới
Thời sự | Chính trị | Kinh tế | Đô thị | Xã hội | Chuyển đổi số

Hà Nội: Tỷ lệ hồ sơ trực tuyến tháng 11 đạt 93,4%

Minh Anh
04/12/2025 - 07:45

(HNM) - Theo Văn phòng UBND thành phố, trong tháng 11/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của Hà Nội đạt 93,4%, cao hơn so với tháng 10/2025 (90,8%). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,6%; tỷ lệ trả kết quả giải quyết thủ tục hành chính điện tử đạt 98,9%.

Mức độ hài lòng của người dân, doanh nghiệp cũng được cải thiện: tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính trong tháng đạt 97,2%. Tại 126 xã, phường, nhiều đơn vị như phường Hoàn Kiếm, phường Ba Đình đạt 100% hồ sơ trực tuyến.

So với tháng trước, tỷ lệ hồ sơ trực tuyến toàn trình tăng 2,6 điểm phần trăm. Thành phố phấn đấu năm 2026 cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình.

Bài liên quan:
- Hà Nội vận hành Trung tâm Phục vụ hành chính công một cấp
- Phường Hoàn Kiếm số hóa 100% hồ sơ hộ tịch""",
        "2025-12-04",
        [
            ("online_dossier_rate", "Hà Nội", "month", "2025-11-30", 93.4),
            ("online_dossier_rate", "Hà Nội", "month", "2025-10-31", 90.8),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2025-11-30", 71.6),
            ("e_result_rate", "Hà Nội", "month", "2025-11-30", 98.9),
            ("satisfaction_rate", "Hà Nội", "month", "2025-11-30", 97.2),
        ],
    ),
    # 13. Ninh Bình (merged with Hà Nam, Nam Định) at 31/12/2025: 5G stations, 5G coverage, FTTH share.
    #     Traps: former Nam Định area's stations, Viettel's stations, a ward's coverage, upload speed, 2026 plan.
    (
        """Ninh Bình: Hơn 1.300 trạm 5G phủ sóng toàn tỉnh

Báo Ninh Bình - Theo Sở Khoa học và Công nghệ, tính đến ngày 31/12/2025, trên địa bàn tỉnh Ninh Bình có 1.320 trạm BTS 5G đang hoạt động, vùng phủ sóng 5G đạt 94,6% dân số; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 89,3%.

Trong số các trạm 5G, khu vực Nam Định (cũ) có 540 trạm; Viettel Ninh Bình là doanh nghiệp có nhiều trạm nhất với 860 trạm. Phường Hoa Lư và các phường trung tâm đã được phủ sóng 5G 100%. Tốc độ tải lên trung bình của mạng 5G đo tại trung tâm tỉnh đạt 92 Mbps.

Năm 2026, các doanh nghiệp dự kiến lắp đặt thêm khoảng 600 trạm 5G, ưu tiên các xã ven biển và khu công nghiệp.""",
        "2026-01-09",
        [
            ("fiveg_bts_count", "Ninh Bình", "as_of", "2025-12-31", 1320.0),
            ("fiveg_population_coverage_rate", "Ninh Bình", "as_of", "2025-12-31", 94.6),
            ("ftth_household_rate", "Ninh Bình", "as_of", "2025-12-31", 89.3),
        ],
    ),
    # 14. MOST year-end conference, telecom figures at end-2025: broadband subscriptions and per 100, smartphone subscriptions after "trong đó" (another id) and share, Internet users.
    #     Traps: total mobile subscriptions (no id), ICT revenue and growth, 2026 targets.
    (
        """Hạ tầng viễn thông năm 2025: 88,1% thuê bao di động dùng điện thoại thông minh

Tại Hội nghị tổng kết công tác năm 2025 của Bộ Khoa học và Công nghệ diễn ra ngày 7/1/2026, Cục Viễn thông cho biết, đến hết năm 2025 cả nước có 24,9 triệu thuê bao băng rộng cố định, đạt 24,6 thuê bao/100 dân, và 94,3 triệu thuê bao băng rộng di động, đạt 92,9 thuê bao/100 dân.

Cũng tính đến cuối năm 2025, tổng số thuê bao di động đạt 118,6 triệu, trong đó 104,5 triệu thuê bao sử dụng điện thoại thông minh; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,1%. Tỷ lệ người dân sử dụng Internet đạt 80,5%.

Doanh thu lĩnh vực công nghiệp công nghệ số năm 2025 ước đạt 176 tỷ USD, tăng 6,2% so với năm 2024. Năm 2026, Bộ đặt mục tiêu 100% thuê bao di động sử dụng điện thoại thông minh và tắt hoàn toàn sóng 2G.""",
        "2026-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-12-31", 24900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 24.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-12-31", 94300000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 92.9),
            ("smartphone_subscriptions", "national", "as_of", "2025-12-31", 104500000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 88.1),
            ("internet_users_rate", "national", "as_of", "2025-12-31", 80.5),
        ],
    ),
    # 15. Đà Nẵng (merged with Quảng Nam), October 2025: city's online and full-process dossier rates.
    #     Traps: former Quảng Nam area, a ward's and a mountain commune's rates, change in points, end-2025 aim.
    (
        """Đà Nẵng: Chênh lệch lớn về hồ sơ trực tuyến toàn trình giữa phường và xã miền núi

Theo Sở Khoa học và Công nghệ thành phố Đà Nẵng, trong tháng 10/2025, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của thành phố đạt 87,5%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,3%, tăng 4,1 điểm phần trăm so với tháng 9.

Tuy nhiên, mức độ chênh lệch giữa 94 xã, phường, đặc khu còn lớn. Phường Hải Châu có tỷ lệ hồ sơ trực tuyến toàn trình đạt 88%, trong khi xã Nam Trà My chỉ đạt 31%. Bình quân khu vực Quảng Nam (cũ) đạt 52,6%, thấp hơn nhiều so với các phường nội thành.

Thành phố đặt mục tiêu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%, đồng thời hỗ trợ thiết bị, đường truyền cho các xã miền núi phía Tây.""",
        "2025-11-07",
        [
            ("online_dossier_rate", "Đà Nẵng", "month", "2025-10-31", 87.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-10-31", 64.3),
        ],
    ),
    # 16. Ookla June 2025 press piece: national download speeds.
    #     Traps: upload speeds, Singapore's and Thailand's speeds, rank, year-on-year growth, Viettel's own 5G speed.
    (
        """Tốc độ Internet di động Việt Nam vượt mốc 130 Mbps

Theo báo cáo Speedtest Global Index tháng 6/2025 của Ookla, tốc độ tải xuống trung bình mạng băng rộng di động tại Việt Nam đạt 134,8 Mbps, băng rộng cố định đạt 162,5 Mbps. Tốc độ tải lên lần lượt đạt 38,6 Mbps và 158,2 Mbps.

Với kết quả này, Việt Nam xếp thứ 18 thế giới về tốc độ di động, tăng 18% so với cùng kỳ năm 2024. Trong khu vực, Singapore có tốc độ băng rộng cố định cao nhất với 345,6 Mbps; Thái Lan đạt 231,4 Mbps.

Sự cải thiện chủ yếu đến từ việc các nhà mạng mở rộng mạng 5G; riêng Viettel công bố tốc độ 5G trung bình trên mạng của mình đạt 538 Mbps.""",
        "2025-07-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 134.8),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 162.5),
        ],
    ),
    # 17. MOST half-year 2025 report excerpt, no sidecar date (header dates it): ministries/localities full-process provision at 30/6, national procedure share, H1 dossier rates.
    #     Traps: one ministry's 100%, procedures not yet provided (remainder), decrees counted, end-2025 target.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 2718/BC-BKHCN                      Hà Nội, ngày 14 tháng 7 năm 2025

BÁO CÁO
Tình hình triển khai chuyển đổi số quốc gia 6 tháng đầu năm 2025

II. KẾT QUẢ THỰC HIỆN
1. Chính phủ số
- Tính đến ngày 30/6/2025, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình của khối bộ, ngành đạt 88,6%, khối địa phương đạt 91,2%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước đạt 56,7%. Bộ Tài chính đã cung cấp 100% thủ tục đủ điều kiện; còn 412 thủ tục đủ điều kiện chưa được cung cấp toàn trình.
- 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 46,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,8%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 68,2%.
- Chính phủ đã ban hành 5 nghị định về cung cấp dịch vụ công trực tuyến và chia sẻ dữ liệu.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
- Phấn đấu đến ngày 31/12/2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.""",
        None,
        [
            ("full_process_provision_rate", "ministries", "as_of", "2025-06-30", 88.6),
            ("full_process_provision_rate", "localities", "as_of", "2025-06-30", 91.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 56.7),
            ("online_dossier_rate", "national", "half", "2025-06-30", 46.3),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 31.8),
            ("dvctt_with_dossiers_rate", "national", "half", "2025-06-30", 68.2),
        ],
    ),
    # 18. Thanh Hóa police, Đề án 06 at 31/10/2025: province's chip IDs and VNeID accounts.
    #     Traps: activation rate (no id), level-2 accounts after "trong đó", a ward's share, number of communes.
    (
        """Thanh Hóa: Kích hoạt 2,86 triệu tài khoản định danh điện tử

Tính đến ngày 31/10/2025, Công an tỉnh Thanh Hóa đã cấp 3,52 triệu thẻ căn cước, căn cước công dân gắn chíp; kích hoạt 2,86 triệu tài khoản định danh điện tử, đạt tỷ lệ 81,7% số công dân thuộc diện, trong đó 2,71 triệu tài khoản mức độ 2.

Công an 166 xã, phường đã thành lập các tổ lưu động hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID. Phường Hạc Thành có tỷ lệ kích hoạt cao nhất tỉnh, đạt 98%.

Thời gian tới, Công an tỉnh tiếp tục phối hợp với Sở Khoa học và Công nghệ làm sạch dữ liệu hộ tịch, đất đai, phục vụ giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính.""",
        "2025-11-05",
        [
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2025-10-31", 3520000.0),
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2025-10-31", 2860000.0),
        ],
    ),
    # 19. Cà Mau (merged with Bạc Liêu), end-September 2025: province's adults with accounts and Mobile Money customers.
    #     Traps: Viettel Money's customers, former Bạc Liêu area, growth of payments, 2026 aim.
    (
        """Cà Mau: Thanh toán số về đến ấp, khóm

Theo Ngân hàng Nhà nước Khu vực 14, đến cuối tháng 9/2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng trên địa bàn tỉnh Cà Mau đạt 84,2%; số khách hàng sử dụng dịch vụ Mobile Money đạt 412.500 khách hàng. Riêng Viettel Money có khoảng 268.000 khách hàng trên địa bàn.

Khu vực Bạc Liêu (cũ) có tỷ lệ người trưởng thành có tài khoản khoảng 79%. Giá trị giao dịch thanh toán không dùng tiền mặt 9 tháng đầu năm tăng 38% so với cùng kỳ.

Tỉnh phấn đấu năm 2026 có 90% người trưởng thành có tài khoản thanh toán.""",
        "2025-10-20",
        [
            ("adults_with_bank_account_rate", "Cà Mau", "as_of", "2025-09-30", 84.2),
            ("mobile_money_customers", "Cà Mau", "as_of", "2025-09-30", 412500.0),
        ],
    ),
    # 20. State Bank at end-June 2025: national Mobile Money customers and adults with accounts.
    #     Traps: rural customers after "trong đó", Thailand's rate, growth of mobile payments, accounts and biometric counts (no id).
    (
        """Thanh toán không dùng tiền mặt 6 tháng đầu năm 2025: Hơn 11 triệu khách hàng Mobile Money

Theo Ngân hàng Nhà nước Việt Nam, đến cuối tháng 6/2025, số khách hàng sử dụng dịch vụ Mobile Money đạt 11,2 triệu, trong đó 7,6 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng đạt 87,6%, tiệm cận mức của Thái Lan (96%).

Giao dịch thanh toán qua kênh điện thoại di động 6 tháng đầu năm tăng 38,4% về số lượng so với cùng kỳ. Toàn hệ thống có gần 200 triệu tài khoản thanh toán cá nhân; 118 triệu hồ sơ khách hàng đã được đối chiếu sinh trắc học với dữ liệu căn cước theo Đề án 06.""",
        "2025-07-25",
        [
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 11200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.6),
        ],
    ),
    # 21. Tax authority, e-invoices since 2022 at 31/12/2025.
    #     Traps: coded invoices after "trong đó", users counted (no id), cash-register invoices, tax revenue.
    (
        """Hơn 11,6 tỷ hóa đơn điện tử được tiếp nhận, xử lý

Theo Cục Thuế (Bộ Tài chính), tính đến ngày 31/12/2025, cơ quan thuế đã tiếp nhận và xử lý hơn 11,6 tỷ hóa đơn điện tử kể từ khi triển khai toàn quốc vào tháng 7/2022, trong đó 5,8 tỷ hóa đơn có mã của cơ quan thuế.

Hiện có khoảng 1,12 triệu doanh nghiệp, tổ chức và hộ kinh doanh sử dụng hóa đơn điện tử; 112.000 hộ kinh doanh đã áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Việc bỏ thuế khoán đối với hộ kinh doanh từ năm 2026 dự kiến sẽ đưa thêm hàng trăm nghìn hộ tham gia.

Tổng thu ngân sách nội địa năm 2025 do cơ quan thuế quản lý ước đạt 2,05 triệu tỷ đồng.""",
        "2026-01-12",
        [
            ("e_invoices_total", "national", "as_of", "2025-12-31", 11600000000.0),
        ],
    ),
    # 22. Information-security briefing at 30/9/2025: level-approval share (national and ministries/localities split), EMC connection.
    #     Traps: share with full protection measures after "trong đó" (no id), guidance documents counted, end-2025 target.
    (
        """Hơn 91% hệ thống thông tin được phê duyệt cấp độ an toàn

Tại hội nghị giao ban an toàn thông tin quý III/2025, cơ quan chủ trì cho biết, tính đến ngày 30/9/2025, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ đạt 91,6%; khối bộ, ngành đạt 95,2%, khối địa phương đạt 89,4%, trong đó 64,3% đã triển khai đầy đủ phương án bảo đảm an toàn theo cấp độ.

Cũng tính đến ngày 30/9/2025, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 97,1%.

Trong quý, các cơ quan chức năng đã ban hành 3 văn bản hướng dẫn việc chuyển đổi hệ thống thông tin của các tỉnh sau hợp nhất. Mục tiêu đến cuối năm 2025, 100% hệ thống thông tin được phê duyệt cấp độ.""",
        "2025-10-16",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-09-30", 91.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-09-30", 95.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-09-30", 89.4),
            ("emc_connection_rate", "national", "as_of", "2025-09-30", 97.1),
        ],
    ),
    # 23. Government Office notice of the Government Steering Committee (S&T, innovation, digital transformation and Đề án 06), no sidecar: 8-month rates, "đến nay" levels dated by the notice.
    #     Traps: decrees counted, the remaining services, deadlines and targets, slow ministries.
    (
        """VĂN PHÒNG CHÍNH PHỦ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 512/TB-VPCP                      Hà Nội, ngày 18 tháng 9 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại phiên họp lần thứ ba

I. ĐÁNH GIÁ CHUNG
Thời gian qua, các bộ, ngành, địa phương đã tích cực triển khai Nghị quyết số 57-NQ/TW và Đề án 06, đạt nhiều kết quả quan trọng. 8 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 43,2%; tỷ lệ hồ sơ thủ tục hành chính gắn số định danh cá nhân đạt 94,7%. Đến nay, Cổng Dịch vụ công quốc gia có 46,9 triệu tài khoản đăng ký; 71/76 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình. Chính phủ đã ban hành 14 nghị định hướng dẫn thi hành các luật có liên quan.
Tuy nhiên, còn 5 dịch vụ công thiết yếu chưa hoàn thành; một số bộ như Bộ Y tế, Bộ Xây dựng còn chậm kết nối dữ liệu chuyên ngành.

II. NHIỆM VỤ TRONG THỜI GIAN TỚI
Hoàn thành cung cấp 76/76 dịch vụ công thiết yếu trước ngày 31/12/2025; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% trong năm 2026.""",
        None,
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2025-08-31", 43.2),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2025-08-31", 94.7),
            ("national_portal_accounts", "national", "as_of", "2025-09-18", 46900000.0),
            ("essential_services_full_process", "national", "as_of", "2025-09-18", 71.0),
        ],
    ),
    # 24. Gia Lai (merged with Bình Định), "hiện nay" levels: 5G stations and villages without signal.
    #     Traps: former Bình Định area's stations, Viettel's stations, a commune's villages, 2026 target.
    (
        """Gia Lai: Phủ sóng 5G từ phố biển đến cao nguyên

Báo Gia Lai - Sau hợp nhất, tỉnh Gia Lai có địa bàn trải dài từ biển Quy Nhơn lên đến biên giới Campuchia. Theo Sở Khoa học và Công nghệ, hiện nay toàn tỉnh có 1.046 trạm BTS 5G, trong đó khu vực Bình Định (cũ) có 712 trạm; Viettel Gia Lai là doanh nghiệp dẫn đầu với 640 trạm.

Ở chiều ngược lại, toàn tỉnh hiện còn 58 làng chưa có sóng điện thoại di động, tập trung ở các xã biên giới phía Tây; riêng xã Ia Mơ còn 7 làng.

Tỉnh đặt mục tiêu đến năm 2026 có 2.000 trạm 5G, 100% làng có sóng di động.""",
        "2025-11-20",
        [
            ("fiveg_bts_count", "Gia Lai", "as_of", "2025-11-20", 1046.0),
            ("villages_without_mobile_coverage", "Gia Lai", "as_of", "2025-11-20", 58.0),
        ],
    ),
    # 25. MOST (just merged with MIC) Q1 2025 report: NDXP quarter flow, March daily average, fee-reduction localities "đến nay" (of 63, before the merger).
    #     Traps: year-on-year change, the 4 remaining provinces, ministry merger counts.
    (
        """Quý I/2025: NDXP xử lý hơn 356 triệu giao dịch

Theo báo cáo của Bộ Khoa học và Công nghệ (sau khi hợp nhất với Bộ Thông tin và Truyền thông từ ngày 1/3/2025), quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 356,2 triệu giao dịch, tăng 21% so với cùng kỳ năm 2024. Riêng tháng 3/2025, trung bình mỗi ngày NDXP xử lý 4,1 triệu giao dịch.

Về chính sách khuyến khích sử dụng dịch vụ công trực tuyến, đến nay đã có 59/63 tỉnh, thành phố ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện thủ tục hành chính trực tuyến; 4 địa phương còn lại đang hoàn thiện hồ sơ trình HĐND.

Sau hợp nhất, Bộ Khoa học và Công nghệ có 25 đơn vị trực thuộc, giảm 10 đầu mối so với tổng số của hai bộ trước đây.""",
        "2025-04-10",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 356200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 4100000.0),
            ("localities_fee_reduction", "national", "as_of", "2025-04-10", 59.0),
        ],
    ),
    # 26. Viettel's 5G anniversary piece: one national figure at 30/9/2025 among operator figures.
    #     Traps: Viettel's stations, coverage, 5G subscribers and speed, province count.
    (
        """Một năm 5G: Viettel phủ sóng 100% tỉnh, thành phố

Tròn một năm sau khi chính thức khai trương mạng 5G (15/10/2024), Viettel đã phát sóng hơn 15.800 trạm 5G, phủ sóng 85% dân số tại 34/34 tỉnh, thành phố, thu hút 9,2 triệu thuê bao sử dụng dịch vụ 5G. Tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt 538 Mbps, gấp khoảng 7 lần mạng 4G.

Theo Cục Viễn thông, tính đến ngày 30/9/2025, cả nước có 21.070 trạm 5G của các doanh nghiệp đã được phát sóng. Viettel cho biết sẽ tiếp tục đầu tư để năm 2026 đạt 30.000 trạm 5G.""",
        "2025-10-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 21070.0),
        ],
    ),
    # 27. Đồng Nai (merged with Bình Phước), year 2025 rates; H1 2025 rates of the two provinces before the merger (each its own province then).
    #     Traps: former Bình Phước area in 2025, change in points, 2026 target.
    (
        """Đồng Nai: Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 76,8%

Theo UBND tỉnh Đồng Nai, năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 76,8%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 55,2%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 97,4%. Riêng khu vực Bình Phước (cũ), tỷ lệ hồ sơ trực tuyến đạt 68,5%.

Trước khi hợp nhất, 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Phước đạt 61,3%, của tỉnh Đồng Nai đạt 72,1%. So với năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh mới tăng 9,7 điểm phần trăm.

Năm 2026, Đồng Nai phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%, trong đó toàn trình đạt 70%.""",
        "2026-01-20",
        [
            ("online_dossier_rate", "Đồng Nai", "year", "2025-12-31", 76.8),
            ("online_dossier_full_process_rate", "Đồng Nai", "year", "2025-12-31", 55.2),
            ("e_result_rate", "Đồng Nai", "year", "2025-12-31", 97.4),
            ("online_dossier_rate", "Bình Phước", "half", "2025-06-30", 61.3),
            ("online_dossier_rate", "Đồng Nai", "half", "2025-06-30", 72.1),
        ],
    ),
    # 28. Government Office year 2025: adults using online services, satisfaction.
    #     Traps: SIPAS survey index (a survey), 2026 target, log-in counts.
    (
        """Năm 2025: 58,3% người trưởng thành sử dụng dịch vụ công trực tuyến

Theo báo cáo của Văn phòng Chính phủ, năm 2025, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 58,3%; tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 92,4%.

Trong khi đó, kết quả khảo sát Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2025 do Bộ Nội vụ công bố đạt 83,12%. Cổng Dịch vụ công quốc gia ghi nhận khoảng 1,4 tỷ lượt truy cập trong năm.

Năm 2026, Chính phủ đặt mục tiêu 70% người dân trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2026-02-10",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2025-12-31", 58.3),
            ("satisfaction_rate", "national", "year", "2025-12-31", 92.4),
        ],
    ),
    # 29. Q3 2025 national figures: dossiers with personal ID, data reuse (national and split), services with dossiers.
    #     Traps: digitisation share (no id), one ministry's reuse rate.
    (
        """Quý III/2025: Tỷ lệ tái sử dụng dữ liệu số hóa đạt 41,7%

Theo Văn phòng Chính phủ, quý III/2025, tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân đạt 96,2%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 41,7%. Khối bộ, ngành đạt 35,1%, khối địa phương đạt 43,2%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 71,4%.

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 63,5%. Bộ Tư pháp là đơn vị có tỷ lệ tái sử dụng dữ liệu cao nhất khối bộ với 78%.""",
        "2025-10-15",
        [
            ("dossiers_with_personal_id_rate", "national", "quarter", "2025-09-30", 96.2),
            ("data_reuse_rate", "national", "quarter", "2025-09-30", 41.7),
            ("data_reuse_rate", "ministries", "quarter", "2025-09-30", 35.1),
            ("data_reuse_rate", "localities", "quarter", "2025-09-30", 43.2),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2025-09-30", 71.4),
        ],
    ),
    # 30. Lâm Đồng (merged with Đắk Nông, Bình Thuận) at 30/11/2025: villages without coverage, share of villages covered.
    #     Traps: former Đắk Nông area, a commune's villages, Q1 2026 plan, number of communes.
    (
        """Lâm Đồng: Còn 41 thôn, bon chưa có sóng di động

Theo Sở Khoa học và Công nghệ tỉnh Lâm Đồng, tính đến ngày 30/11/2025, toàn tỉnh còn 41 thôn, bon chưa có sóng di động băng rộng; tỷ lệ thôn, bon có sóng di động băng rộng đạt 98,7%. Trong số các thôn lõm sóng, khu vực Đắk Nông (cũ) có 29 thôn; riêng xã Quảng Trực còn 6 bon.

Với 124 xã, phường, đặc khu và địa bàn rộng nhất cả nước, việc phát triển hạ tầng viễn thông ở Lâm Đồng gặp nhiều khó khăn. Dự kiến đến hết quý I/2026, các doanh nghiệp sẽ phủ sóng thêm 20 thôn.""",
        "2025-12-08",
        [
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2025-11-30", 41.0),
            ("villages_with_mobile_coverage_rate", "Lâm Đồng", "as_of", "2025-11-30", 98.7),
        ],
    ),
    # 31. Opinion piece, one year of NQ 57: a single 2024 level amid targets.
    #     Traps: 2030 and 2045 targets, R&D share, EGDI top-50 aim, Korea's share.
    (
        """Nghị quyết 57 sau một năm: Từ khát vọng đến hành động

Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nghị quyết đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 30% GDP; đến năm 2045 đạt tối thiểu 50% GDP; chi cho nghiên cứu phát triển đạt 2% GDP; Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về Chính phủ điện tử.

Điểm xuất phát không hề thấp: năm 2024, kinh tế số của Việt Nam chiếm 18,3% GDP. Tuy nhiên, nếu so với Hàn Quốc, nơi kinh tế số chiếm khoảng 26% GDP, chặng đường phía trước còn dài.

Một năm qua, cùng với việc sắp xếp bộ máy, hợp nhất Bộ Khoa học và Công nghệ với Bộ Thông tin và Truyền thông, chính quyền địa phương hai cấp đã đi vào vận hành. Điều quan trọng bây giờ là biến các chỉ tiêu trên giấy thành kết quả cụ thể tại từng xã, phường.""",
        "2025-12-22",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 32. Khánh Hòa (merged with Ninh Thuận), July 2025, the first month of two-tier government: province's monthly rates.
    #     Traps: former Ninh Thuận area, a ward's rate, number of communes, change vs June.
    (
        """Khánh Hòa: Tháng đầu vận hành chính quyền hai cấp, 64,8% hồ sơ nộp trực tuyến

Trong tháng 7/2025, 65 xã, phường, đặc khu của tỉnh Khánh Hòa đã tiếp nhận hơn 58.000 hồ sơ thủ tục hành chính. Theo Sở Khoa học và Công nghệ, tỷ lệ hồ sơ xử lý trực tuyến toàn tỉnh trong tháng đạt 64,8%; tỷ lệ trả kết quả giải quyết thủ tục hành chính điện tử đạt 91,3%.

Khu vực Ninh Thuận (cũ) có tỷ lệ hồ sơ trực tuyến khoảng 57%, thấp hơn bình quân chung; phường Nha Trang đạt 89%. So với tháng 6, tỷ lệ hồ sơ trực tuyến giảm nhẹ do người dân chưa quen với địa chỉ giao dịch mới.""",
        "2025-08-06",
        [
            ("online_dossier_rate", "Khánh Hòa", "month", "2025-07-31", 64.8),
            ("e_result_rate", "Khánh Hòa", "month", "2025-07-31", 91.3),
        ],
    ),
    # 33. Cần Thơ (merged with Sóc Trăng, Hậu Giang), 2025: city's digital economy share and growth.
    #     Traps: change in points, former Sóc Trăng area's share, 2030 target.
    (
        """Cần Thơ: Kinh tế số năm 2025 tăng trưởng 14,6%

Theo Sở Khoa học và Công nghệ TP Cần Thơ, năm 2025, kinh tế số của thành phố tăng trưởng 14,6%; tỷ trọng kinh tế số trong GRDP ước đạt 9,8%, tăng 1,2 điểm phần trăm so với năm trước. Khu vực Sóc Trăng (cũ) và Hậu Giang (cũ) mới đóng góp khoảng 22% giá trị kinh tế số của thành phố.

Thành phố đặt mục tiêu đến năm 2030 kinh tế số chiếm 20% GRDP, trở thành trung tâm đổi mới sáng tạo của vùng Đồng bằng sông Cửu Long.""",
        "2026-02-05",
        [
            ("digital_economy_growth", "Cần Thơ", "year", "2025-12-31", 14.6),
            ("digital_economy_gdp_share", "Cần Thơ", "year", "2025-12-31", 9.8),
        ],
    ),
    # 34. Cyberattacks in 2025 with the 2024 figure in parentheses (kept with its year); botnet IPs at 31/12/2025.
    #     Traps: phishing sub-count, DDoS peak, share of attacks on state bodies, percentage fall.
    (
        """Năm 2025: Số cuộc tấn công mạng gây sự cố giảm 11%

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, năm 2025 đã ghi nhận 13.842 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11% so với năm 2024 (15.552 cuộc), trong đó 6.120 cuộc tấn công lừa đảo. Các hệ thống thông tin của cơ quan nhà nước chiếm khoảng 28% số sự cố. Cuộc tấn công từ chối dịch vụ (DDoS) lớn nhất có băng thông lên tới 1,2 Tbps.

Tính đến ngày 31/12/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet khoảng 398.600 địa chỉ, thấp nhất trong 5 năm trở lại đây.""",
        "2026-01-06",
        [
            ("cyberattacks", "national", "year", "2025-12-31", 13842.0),
            ("cyberattacks", "national", "year", "2024-12-31", 15552.0),
            ("botnet_ips", "national", "as_of", "2025-12-31", 398600.0),
        ],
    ),
    # 35. Interview with MOST leadership: Internet users "hiện nay".
    #     Traps: digital tech enterprises and ICT revenue (no id), NQ 57 targets, Korea, 2026 plans.
    (
        """"Chuyển đổi số phải đo được bằng con số"

Nhân dịp kỷ niệm 80 năm ngày truyền thống ngành, phóng viên đã có cuộc trao đổi với lãnh đạo Bộ Khoa học và Công nghệ về kết quả chuyển đổi số sau khi hợp nhất hai bộ.

PV: Thưa ông, hạ tầng số hiện nay đã đáp ứng được yêu cầu của Nghị quyết 57 hay chưa?

- Hạ tầng số của chúng ta đã có bước tiến lớn. Hiện nay, tỷ lệ người dân sử dụng Internet đạt 79,8%; cả nước có khoảng 47.000 doanh nghiệp công nghệ số. Doanh thu công nghiệp công nghệ số 8 tháng đầu năm ước đạt 1,8 triệu tỷ đồng. Tuy vậy, so với Hàn Quốc, nơi gần như 100% dân số dùng Internet, chúng ta vẫn còn khoảng cách.

PV: Mục tiêu trong thời gian tới là gì?

- Nghị quyết 57 yêu cầu đến năm 2030 có 100% hộ gia đình được tiếp cận Internet cáp quang tốc độ 1 Gb/s trở lên, phủ sóng 5G toàn quốc. Năm 2026, Bộ sẽ tập trung hoàn thiện khung pháp lý về dữ liệu và trí tuệ nhân tạo.""",
        "2025-09-02",
        [
            ("internet_users_rate", "national", "as_of", "2025-09-02", 79.8),
        ],
    ),
    # 36. Hưng Yên (merged with Thái Bình), Q4 2025: adults using online services, full-process dossier share.
    #     Traps: former Thái Bình area, a ward's rate, change vs Q3, 2026 aim.
    (
        """Hưng Yên: 64,1% người trưởng thành sử dụng dịch vụ công trực tuyến

Theo Sở Khoa học và Công nghệ tỉnh Hưng Yên, quý IV/2025, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh đạt 64,1%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 57,3%. Khu vực Thái Bình (cũ) đạt 60,2%, phường Phố Hiến dẫn đầu với 92%.

So với quý III/2025, tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến tăng 5,4 điểm phần trăm. Năm 2026, tỉnh phấn đấu tỷ lệ này đạt 75%.""",
        "2026-01-14",
        [
            ("adult_population_using_dvctt_rate", "Hưng Yên", "quarter", "2025-12-31", 64.1),
            ("online_dossier_full_process_rate", "Hưng Yên", "quarter", "2025-12-31", 57.3),
        ],
    ),
    # 37. Đắk Lắk (merged with Phú Yên), end-2025: FTTH and Internet users shares.
    #     Traps: former Phú Yên area, VNPT's subscribers, 2030 targets.
    (
        """Đắk Lắk: Phủ cáp quang đến buôn làng

Theo Sở Khoa học và Công nghệ tỉnh Đắk Lắk, đến hết năm 2025, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 78,6%, tỷ lệ người dân sử dụng Internet đạt 74,1%. Khu vực Phú Yên (cũ) có tỷ lệ hộ dùng cáp quang khoảng 82%.

VNPT Đắk Lắk hiện phục vụ khoảng 310.000 thuê bao Internet cáp quang. Tỉnh đặt mục tiêu đến năm 2030 có 100% hộ gia đình được tiếp cận cáp quang, 100% buôn, thôn có sóng 5G.""",
        "2026-01-22",
        [
            ("ftth_household_rate", "Đắk Lắk", "as_of", "2025-12-31", 78.6),
            ("internet_users_rate", "Đắk Lắk", "as_of", "2025-12-31", 74.1),
        ],
    ),
    # 38. EGDI press piece (2025, after the ministry merger): 2024 rank and the 2022 rank given in parentheses.
    #     Traps: EGDI and OSI scores (no id), Thailand's and Malaysia's ranks, jump of 15 places, top-50 aim.
    (
        """Chính phủ điện tử Việt Nam: Từ vị trí 71 hướng tới top 50

Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193). Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên vào nhóm "Rất cao"; chỉ số dịch vụ trực tuyến (OSI) đạt 0,7743.

Trong khu vực, Malaysia xếp thứ 39, Thái Lan xếp thứ 52. Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử. Bộ Khoa học và Công nghệ, cơ quan được giao chủ trì sau khi hợp nhất với Bộ Thông tin và Truyền thông, đang xây dựng bộ chỉ số theo dõi các chỉ tiêu thành phần.""",
        "2025-03-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 39. Lào Cai (merged with Yên Bái) at 30/9/2025: province's procedure shares.
    #     Traps: counts of services, former Yên Bái area, a commune, 2026 target.
    (
        """Lào Cai: 94,2% thủ tục hành chính được cung cấp trực tuyến

Theo Sở Khoa học và Công nghệ, tính đến ngày 30/9/2025, tỉnh Lào Cai đang cung cấp 1.842 dịch vụ công trực tuyến, trong đó 1.156 dịch vụ toàn trình. Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến đạt 94,2%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 59,1%.

Khu vực Yên Bái (cũ) có tỷ lệ hồ sơ nộp trực tuyến cao hơn, khoảng 74%; xã Bắc Hà là đơn vị cấp xã dẫn đầu. Năm 2026, tỉnh phấn đấu 100% thủ tục đủ điều kiện được cung cấp toàn trình.""",
        "2025-10-07",
        [
            ("dvctt_rate", "Lào Cai", "as_of", "2025-09-30", 94.2),
            ("dvctt_full_process_rate", "Lào Cai", "as_of", "2025-09-30", 59.1),
        ],
    ),
    # 40. National portal, 11 months of 2025 (ytd flows on the _new twins) and November's dossiers.
    #     Traps: year-on-year change, one ministry's dossiers after "trong đó".
    (
        """Lũy kế 11 tháng năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 38,4 triệu hồ sơ

Theo Văn phòng Chính phủ, lũy kế 11 tháng năm 2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 38,4 triệu hồ sơ trực tuyến, tăng 32% so với cùng kỳ, trong đó hồ sơ thuộc thẩm quyền của Bộ Công an là 9,6 triệu; thực hiện 27,9 triệu giao dịch thanh toán trực tuyến với tổng số tiền 24.615 tỷ đồng.

Riêng trong tháng 11/2025, Cổng tiếp nhận 3,95 triệu hồ sơ trực tuyến, mức cao nhất từ trước đến nay.""",
        "2025-12-12",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-11-30", 38400000.0),
            ("online_payments_count_new", "national", "ytd", "2025-11-30", 27900000.0),
            ("online_payments_value_new", "national", "ytd", "2025-11-30", 24615.0),
            ("national_portal_dossiers_new", "national", "month", "2025-11-30", 3950000.0),
        ],
    ),
    # 41. Q1 2026 Government report: national dossier rates for the quarter; NDXP in March 2026 with an explicit window.
    #     Traps: Q2 expectation, Tết dip, change in points.
    (
        """Quý I/2026: Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 61,4%

Theo báo cáo của Văn phòng Chính phủ tại phiên họp Chính phủ thường kỳ tháng 3/2026, quý I/2026, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên toàn quốc đạt 61,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,8%, tăng 4,6 điểm phần trăm so với quý IV/2025. Số hồ sơ trong tháng 2 giảm do nghỉ Tết Nguyên đán.

Trong tháng 3/2026 (từ ngày 21/2/2026 đến ngày 20/3/2026), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 168.204.733 giao dịch.

Dự kiến quý II/2026, tỷ lệ hồ sơ trực tuyến sẽ đạt 65% khi các xã, phường hoàn thành số hóa dữ liệu hộ tịch.""",
        "2026-04-08",
        [
            ("online_dossier_rate", "national", "quarter", "2026-03-31", 61.4),
            ("online_dossier_full_process_rate", "national", "quarter", "2026-03-31", 47.8),
            ("ndxp_transactions_period", "national", "month", "2026-03-20", 168204733.0),
        ],
    ),
    # 42. Phú Thọ (merged with Vĩnh Phúc, Hòa Bình), September 2025 speeds measured in the province.
    #     Traps: upload speed, former Hòa Bình area's lower speed, Viettel's 5G speed, a ward.
    (
        """Phú Thọ: Tốc độ di động trung bình đạt 128,4 Mbps

Theo kết quả đo kiểm do Sở Khoa học và Công nghệ tỉnh Phú Thọ công bố, trong tháng 9/2025, tốc độ tải xuống trung bình băng rộng di động trên địa bàn tỉnh đạt 128,4 Mbps, băng rộng cố định đạt 149,7 Mbps; tốc độ tải lên di động đạt 38,2 Mbps.

Khu vực Hòa Bình (cũ) có tốc độ di động thấp hơn, khoảng 96 Mbps, do nhiều xã vùng cao chưa có trạm 5G. Tại phường Vĩnh Yên, tốc độ mạng 5G của Viettel đo được đạt 420 Mbps.""",
        "2025-10-12",
        [
            ("mobile_broadband_speed", "Phú Thọ", "month", "2025-09-30", 128.4),
            ("fixed_broadband_speed", "Phú Thọ", "month", "2025-09-30", 149.7),
        ],
    ),
    # 43. Thái Nguyên and Bắc Kạn before the merger, no sidecar (dateline in the page): 2024 GRDP shares of both provinces.
    #     Traps: the new province's 2030 target, number of communes after the merger.
    (
        """Thứ Sáu, 20/6/2025 09:15 (GMT+7)

Thái Nguyên - Bắc Kạn: Hợp nhất để cùng phát triển kinh tế số

Chỉ còn ít ngày nữa, tỉnh Thái Nguyên và tỉnh Bắc Kạn sẽ chính thức hợp nhất thành tỉnh Thái Nguyên mới với 92 xã, phường. Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh Thái Nguyên đạt 43,1%, thuộc nhóm dẫn đầu cả nước nhờ các dự án sản xuất điện tử quy mô lớn; trong khi đó Bắc Kạn chỉ đạt 5,2%.

Theo dự thảo kế hoạch chuyển đổi số của tỉnh mới, đến năm 2030 kinh tế số sẽ chiếm 35% GRDP, 100% xã, phường có hạ tầng cáp quang đến thôn, bản.""",
        None,
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 43.1),
            ("digital_economy_gdp_share", "Bắc Kạn", "year", "2024-12-31", 5.2),
        ],
    ),
]
