"""Genre probes, round 136: merged provinces and their former parts, communes and special zones, the Ministry of Science and Technology's monthly and year-end 2025 figures, 2026 plans as traps, written blind and held out.

Held out to the end of stop 47 and not fitted: read once with the stop's start code 6a3524e (103 of 107 right, 103 of 105 found (0.96 / 0.98)) and once with its final extraction code 5bc9c80 (103 of 107, 103 of 105). While its file was being formatted, its cases once printed to the terminal; no change was made from them.
"""

CASES = [
    # 1. MOST monthly press briefing (November 2025): national 5G stations/coverage and speeds.
    # Traps: change vs October, one operator's station counts, upload speeds, 2026 targets.
    (
        """Hạ tầng 5G phủ sóng 91,2% dân số
Thứ Ba, 09/12/2025 - 15:42
(Chinhphu.vn) - Tại họp báo thường kỳ tháng 12, Bộ Khoa học và Công nghệ cho biết hạ tầng số tiếp tục được mở rộng nhanh trong tháng 11, đặc biệt là mạng di động thế hệ thứ năm.

Tính đến hết tháng 11/2025, các doanh nghiệp viễn thông đã lắp đặt và đưa vào khai thác 14.320 trạm BTS 5G trên cả nước, tăng 1.120 trạm so với cuối tháng 10. Vùng phủ sóng 5G đạt 91,2% dân số. Trong đó, Viettel chiếm 8.950 trạm, VNPT có 3.410 trạm, số còn lại thuộc MobiFone.

Về chất lượng mạng, theo kết quả đo kiểm, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam trong tháng 11/2025 đạt 231,4 Mbps, băng rộng di động đạt 152,6 Mbps; tốc độ tải lên tương ứng là 224,9 Mbps và 41,7 Mbps.

Đại diện Cục Viễn thông cho biết, năm 2026 Bộ đặt mục tiêu phủ sóng 5G tới 99% dân số, nâng tổng số trạm 5G lên khoảng 30.000 trạm và đưa tốc độ băng rộng di động vào nhóm 15 quốc gia dẫn đầu thế giới.

Thu Hằng

Tin liên quan:
- Chuyển đổi số quốc gia: 11 tháng đạt nhiều kết quả nổi bật
- Đẩy mạnh phủ sóng 5G đến vùng sâu, vùng xa""",
        "2025-12-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-11-30", 14320.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-11-30", 91.2),
            ("fixed_broadband_speed", "national", "month", "2025-11-30", 231.4),
            ("mobile_broadband_speed", "national", "month", "2025-11-30", 152.6),
        ],
    ),
    # 2. Monthly cyberattack bulletin (October 2025) with the previous month in parentheses and a 10-month total.
    # Traps: percentage changes, attack-type sub-counts.
    (
        """Tháng 10/2025: Ghi nhận 684 cuộc tấn công mạng gây sự cố

Trong tháng 10/2025, hệ thống kỹ thuật giám sát an toàn thông tin mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 684 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 3,9% so với tháng 9/2025 (712 cuộc).

Cụ thể, có 371 cuộc tấn công lừa đảo (Phishing), 196 cuộc tấn công thay đổi giao diện (Deface) và 117 cuộc tấn công cài mã độc (Malware). Lũy kế 10 tháng đầu năm 2025, tổng số cuộc tấn công mạng gây sự cố được ghi nhận là 6.905 cuộc.

Cũng theo cơ quan chức năng, tính đến cuối tháng 10/2025, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 418.270 địa chỉ, giảm 21,6% so với cùng kỳ năm 2024.

Người dùng được khuyến cáo cảnh giác với đường link lạ, tin nhắn giả danh cơ quan nhà nước, nhất là thủ đoạn mạo danh cán bộ xã, phường để "hướng dẫn" cập nhật thông tin sau khi sắp xếp đơn vị hành chính; các cơ quan, tổ chức cần thường xuyên rà soát, vá lỗ hổng cho hệ thống.""",
        "2025-11-07",
        [
            ("cyberattacks", "national", "month", "2025-10-31", 684.0),
            ("cyberattacks", "national", "month", "2025-09-30", 712.0),
            ("cyberattacks", "national", "ytd", "2025-10-31", 6905.0),
            ("botnet_ips", "national", "as_of", "2025-10-31", 418270.0),
        ],
    ),
    # 3. Merged Ninh Bình (Hà Nam + Nam Định + Ninh Bình), quarter III/2025 dossier rates.
    # Traps: former-province part "Nam Định (cũ)", wards at 100%, dossier count, 2026 target.
    (
        """Ninh Bình: Tỷ lệ hồ sơ trực tuyến quý III đạt 78,6%

Báo Ninh Bình - Sau hơn ba tháng vận hành chính quyền địa phương hai cấp, công tác giải quyết thủ tục hành chính trên địa bàn tỉnh Ninh Bình (sau hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình) từng bước đi vào nền nếp.

Theo Sở Khoa học và Công nghệ, trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh và 129 Trung tâm Phục vụ hành chính công cấp xã đã tiếp nhận 412.385 hồ sơ. Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn tỉnh đạt 78,6%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 92,1%. Riêng khu vực Nam Định (cũ), tỷ lệ hồ sơ trực tuyến đạt 81,3%, cao hơn mức bình quân chung. Một số phường như Hoa Lư, Tây Hoa Lư, Phủ Lý đạt 100% hồ sơ trực tuyến.

Bên cạnh kết quả đạt được, vẫn còn tình trạng mạng chập chờn, thiết bị tại một số xã vùng bãi ngang chưa đồng bộ, cán bộ mới điều động chưa thạo phần mềm dùng chung.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 85%, 100% hồ sơ được số hóa ngay từ khâu tiếp nhận.

Minh Đức""",
        "2025-10-14",
        [
            ("online_dossier_rate", "Ninh Bình", "quarter", "2025-09-30", 78.6),
            ("e_result_rate", "Ninh Bình", "quarter", "2025-09-30", 92.1),
        ],
    ),
    # 4. MOST year-end 2025 conference: digital economy share and growth, broadband subscriptions, FTTH.
    # Traps: ICT industry revenue in USD (no id), its growth, 2026 targets.
    (
        """Tổng kết năm 2025: Kinh tế số ước chiếm khoảng 14,02% GDP

Sáng 9/1, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Bộ hoạt động sau khi hợp nhất Bộ Khoa học và Công nghệ với Bộ Thông tin và Truyền thông.

Theo báo cáo, năm 2025 tỷ trọng kinh tế số trong GDP ước đạt khoảng 14,02%; tốc độ tăng trưởng kinh tế số ước đạt 10,8%, cao hơn tốc độ tăng trưởng GDP. Doanh thu công nghiệp công nghệ số ước đạt 190 tỷ USD, tăng 23% so với năm 2024.

Hạ tầng số tiếp tục được củng cố. Đến hết năm 2025, cả nước có 24,1 triệu thuê bao băng rộng cố định và 98,3 triệu thuê bao băng rộng di động; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 86,5%.

Về nhiệm vụ năm 2026, Bộ đặt mục tiêu kinh tế số đạt 20% GDP, tăng trưởng doanh thu công nghiệp công nghệ số trên 20%, hoàn thành phủ sóng di động băng rộng tới 100% thôn, bản.""",
        "2026-01-09",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 14.02),
            ("digital_economy_growth", "national", "year", "2025-12-31", 10.8),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-12-31", 24100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-12-31", 98300000.0),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 86.5),
        ],
    ),
    # 5. National Public Service Portal monthly figures (November 2025): stocks and monthly flows.
    # Traps: change vs October, count of online services (no id), VNeID log-ins (no id).
    (
        """Cổng Dịch vụ công quốc gia: hơn 15,3 triệu tài khoản đăng ký

Tính đến ngày 30/11/2025, Cổng Dịch vụ công quốc gia có hơn 15,3 triệu tài khoản đăng ký; 4.643 dịch vụ công trực tuyến được tích hợp, cung cấp trên Cổng.

Trong tháng 11/2025, có 312.450 tài khoản đăng ký mới, tăng 12% so với tháng 10; 1,94 triệu hồ sơ trực tuyến được nộp qua Cổng. Số lượt đăng nhập bằng tài khoản định danh điện tử VNeID chiếm trên 80% tổng số lượt đăng nhập.

Lũy kế đến hết tháng 11/2025, Cổng đã tiếp nhận 71,8 triệu hồ sơ trực tuyến, thực hiện 62,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 118.600 tỷ đồng.

Văn phòng Chính phủ cho biết sẽ tiếp tục phối hợp với Bộ Công an, Bộ Khoa học và Công nghệ nâng cấp Cổng, bảo đảm kết nối thông suốt với hệ thống giải quyết thủ tục hành chính của 34 tỉnh, thành phố và hơn 3.300 xã, phường, đặc khu.""",
        "2025-12-04",
        [
            ("national_portal_accounts", "national", "as_of", "2025-11-30", 15300000.0),
            ("national_portal_accounts_new", "national", "month", "2025-11-30", 312450.0),
            ("national_portal_dossiers_new", "national", "month", "2025-11-30", 1940000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-11-30", 71800000.0),
            ("online_payments_count", "national", "as_of", "2025-11-30", 62400000.0),
            ("online_payments_value", "national", "as_of", "2025-11-30", 118600.0),
        ],
    ),
    # 6. Merged Đà Nẵng (with Quảng Nam): "đến nay" levels dated by the page.
    # Traps: sub-count of dead-zone villages in the former Quảng Nam, one operator's new stations, 2026 deadline.
    (
        """Đà Nẵng tăng tốc phủ sóng 5G sau hợp nhất
Thứ Hai, 22/09/2025 | 08:15

ĐNO - Theo Sở Khoa học và Công nghệ TP. Đà Nẵng, đến nay toàn thành phố có 1.126 trạm BTS 5G, vùng phủ sóng 5G đạt 87,5% dân số, tập trung tại các phường trung tâm, khu công nghiệp và tuyến du lịch ven biển.

Tuy nhiên, hạ tầng viễn thông ở khu vực miền núi vẫn còn nhiều khoảng trống. Toàn thành phố hiện còn 52 thôn chưa có sóng di động băng rộng, trong đó 36 thôn thuộc các xã miền núi của khu vực Quảng Nam (cũ) như Nam Trà My, Tây Giang, Hùng Sơn. Từ đầu năm, Viettel Đà Nẵng đã lắp mới 312 trạm, chủ yếu ở vùng giáp biên.

Thành phố phấn đấu đến tháng 6/2026 xóa toàn bộ thôn lõm sóng và đến cuối năm 2026 phủ sóng 5G trên 95% dân số.

Ngọc Hà

Chia sẻ:  Facebook | Zalo | In bài""",
        "2025-09-22",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-09-22", 1126.0),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-09-22", 87.5),
            ("villages_without_mobile_coverage", "Đà Nẵng", "as_of", "2025-09-22", 52.0),
        ],
    ),
    # 7. Service index for September 2025 split ministries vs localities, plus the lowest province.
    # Traps: one named ministry's rate, change in percentage points.
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025: khoảng cách giữa các địa phương còn lớn

Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, trong tháng 9/2025, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 61,2%, của các địa phương đạt 48,7%, tăng 4,2 điểm phần trăm so với tháng 8. Tỷ lệ hồ sơ trả kết quả điện tử của khối bộ, ngành là 88,4%, khối địa phương là 94,6%.

Ở khối bộ, ngành, Bộ Tài chính dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình 99,1%, tiếp theo là Bộ Công an. Ở khối địa phương, sau sắp xếp còn 34 tỉnh, thành phố, tỷ lệ hồ sơ trực tuyến toàn trình cao nhất thuộc về Hà Nội, thấp nhất là Lâm Đồng với 21,3%.

Văn phòng Chính phủ đề nghị các địa phương chỉ đạo Trung tâm Phục vụ hành chính công cấp xã tăng cường hướng dẫn người dân tự nộp hồ sơ trực tuyến, khắc phục tình trạng cán bộ "nộp hộ" để chạy chỉ tiêu.""",
        "2025-10-10",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-09-30", 61.2),
            ("online_dossier_full_process_rate", "localities", "month", "2025-09-30", 48.7),
            ("e_result_rate", "ministries", "month", "2025-09-30", 88.4),
            ("e_result_rate", "localities", "month", "2025-09-30", 94.6),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2025-09-30", 21.3),
        ],
    ),
    # 8. Hà Nội after two-level government: city-wide July rate.
    # Traps: ward figures, count of communes/wards, number of dossiers, digitisation rate (no id), 2026 target.
    (
        """Hà Nội: Hơn 89% hồ sơ nộp trực tuyến sau một tháng vận hành chính quyền hai cấp
Thứ Ba, 19/08/2025 - 10:05

Kinhtedothi - Sau hơn một tháng vận hành, 126 Trung tâm Phục vụ hành chính công xã, phường của Thủ đô đã cơ bản hoạt động thông suốt.

Theo Sở Khoa học và Công nghệ Hà Nội, trong tháng 7/2025, các cơ quan, đơn vị trên địa bàn thành phố đã tiếp nhận gần 300.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn thành phố đạt 89,7%, tỷ lệ số hóa hồ sơ đạt 85%. Nhiều phường đạt tỷ lệ rất cao như phường Hoàn Kiếm 98,2%, phường Ba Đình 97,5%; trong khi một số xã ngoại thành như Minh Châu, Ba Vì còn dưới 60%.

Lãnh đạo Sở cho biết, thành phố đang rà soát lại đường truyền, thiết bị tại các xã mới hợp nhất, bố trí thêm tình nguyện viên hướng dẫn người cao tuổi sử dụng VNeID.

Mục tiêu năm 2026, Hà Nội phấn đấu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình và tỷ lệ hồ sơ trực tuyến đạt trên 95%.

Phương Linh""",
        "2025-08-19",
        [("online_dossier_rate", "Hà Nội", "month", "2025-07-31", 89.7)],
    ),
    # 9. Ministry of Public Security: chip ID cards and VNeID, with Hà Nội's own count.
    # Traps: level-2 sub-count after "trong đó", activation rate (no id), log-ins (no id).
    (
        """Hơn 64,7 triệu tài khoản định danh điện tử đã được kích hoạt

Theo Bộ Công an, tính đến ngày 15/12/2025, toàn quốc đã cấp 89,2 triệu thẻ căn cước công dân gắn chip và thẻ căn cước; kích hoạt 64,7 triệu tài khoản định danh điện tử, trong đó 61,3 triệu tài khoản định danh mức độ 2. Tỷ lệ kích hoạt trên tổng số hồ sơ đăng ký đạt khoảng 86%.

Riêng Hà Nội đã kích hoạt hơn 7,1 triệu tài khoản định danh điện tử, dẫn đầu cả nước.

Ứng dụng VNeID hiện tích hợp nhiều tiện ích như thông báo lưu trú, đăng ký thường trú, cấp phiếu lý lịch tư pháp, với hơn 1,2 tỷ lượt truy cập từ đầu năm. Bộ Công an đề nghị các địa phương chỉ đạo công an xã, phường tiếp tục rà soát, hỗ trợ người dân chưa kích hoạt, nhất là người cao tuổi và người ở vùng sâu, vùng xa.""",
        "2025-12-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-12-15", 89200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-12-15", 64700000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2025-12-15", 7100000.0),
        ],
    ),
    # 10. NDXP monthly: period total, daily average, cumulative since 2019, connection points and agencies.
    # Traps: month-on-month change, population-database requests (no id).
    (
        """NDXP xử lý gần 100 triệu giao dịch trong tháng 10

Theo Bộ Khoa học và Công nghệ, trong tháng 10/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 98,7 triệu giao dịch, tăng 7,5% so với tháng trước; trung bình mỗi ngày khoảng 3,18 triệu giao dịch.

Lũy kế từ khi khai trương năm 2019 đến hết tháng 10/2025, tổng số giao dịch qua NDXP đạt hơn 3,92 tỷ giao dịch. Tính đến 31/10/2025, NDXP đã thiết lập 194 điểm kết nối với 96 bộ, ngành, địa phương, tổ chức, doanh nghiệp.

Cơ sở dữ liệu quốc gia về dân cư tiếp tục là nguồn dữ liệu được khai thác nhiều nhất, với khoảng 25 triệu yêu cầu xác thực thông tin công dân trong tháng. Sau khi sắp xếp đơn vị hành chính, Bộ đã phối hợp cập nhật danh mục mã địa bàn mới của 34 tỉnh, thành phố và 3.321 đơn vị hành chính cấp xã trên nền tảng.""",
        "2025-11-12",
        [
            ("ndxp_transactions_period", "national", "month", "2025-10-31", 98700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-10-31", 3180000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-10-31", 3920000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-10-31", 194.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-10-31", 96.0),
        ],
    ),
    # 11. Merged Lào Cai (with Yên Bái) 2026 plan with one 2025 baseline.
    # Traps: 2026 targets, former Yên Bái's figure, number of tasks in the plan.
    (
        """Lào Cai ban hành Kế hoạch chuyển đổi số năm 2026

UBND tỉnh Lào Cai vừa ban hành Kế hoạch chuyển đổi số năm 2026 với 42 nhiệm vụ trọng tâm, giao cho các sở, ngành và 99 xã, phường tổ chức thực hiện.

Theo đánh giá của Sở Khoa học và Công nghệ, năm 2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 68,9%; trong đó khu vực Yên Bái (cũ) đạt 72,4%, cao hơn khu vực phía Bắc do có nền tảng hạ tầng tốt hơn. Việc hợp nhất hai hệ thống giải quyết thủ tục hành chính được hoàn thành từ tháng 8/2025.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%; 100% thôn, bản có sóng di động băng rộng; kinh tế số chiếm 10% GRDP. Kế hoạch cũng đặt mục tiêu đào tạo kỹ năng số cho 100% thành viên tổ công nghệ số cộng đồng.""",
        "2026-01-21",
        [("online_dossier_rate", "Lào Cai", "year", "2025-12-31", 68.9)],
    ),
    # 12. Merged Tuyên Quang (with Hà Giang): dead-zone villages "hiện".
    # Traps: the former Hà Giang's share after "trong đó", a commune's villages, villages covered this year (change).
    (
        """Tuyên Quang: Còn 214 thôn, bản chưa có sóng di động

Báo Tuyên Quang - Theo Sở Khoa học và Công nghệ, hiện toàn tỉnh còn 214 thôn, bản chưa có sóng di động băng rộng, trong đó khu vực Hà Giang (cũ) chiếm 168 thôn, tập trung ở các xã vùng cao núi đá như Lũng Cú, Sơn Vĩ, Mậu Duệ. Riêng xã Lũng Cú còn 9 thôn lõm sóng.

Từ đầu năm đến nay, các doanh nghiệp viễn thông đã phủ sóng mới cho 97 thôn thông qua Chương trình cung cấp dịch vụ viễn thông công ích. Tuy vậy, nhiều điểm chưa có điện lưới, địa hình chia cắt khiến việc lắp trạm gặp khó khăn.

Tỉnh đề nghị Bộ Khoa học và Công nghệ hỗ trợ kinh phí để hoàn thành xóa lõm sóng trong quý II/2026, bảo đảm người dân ở các xã mới sau sắp xếp có thể sử dụng dịch vụ công trực tuyến và ứng dụng VNeID.""",
        "2025-08-27",
        [("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-08-27", 214.0)],
    ),
    # 13. National telecom indicators to end-August 2025.
    # Traps: a survey's share of adults owning smartphones (people, not subscriptions), fixed-line upload.
    (
        """Thuê bao sử dụng điện thoại thông minh chiếm 88,9%

Theo số liệu của Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 8/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,9%; số thuê bao băng rộng di động đạt 97,4 triệu, tương đương 96,1 thuê bao/100 dân; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 84,2%; tỷ lệ dân số sử dụng Internet ước đạt 79,1%.

Trong khi đó, một khảo sát của một công ty nghiên cứu thị trường công bố tháng 7 cho thấy 87% người trưởng thành ở Việt Nam sở hữu điện thoại thông minh, riêng khu vực thành thị là 94%.

Bộ Khoa học và Công nghệ đang phối hợp với các doanh nghiệp triển khai chương trình hỗ trợ điện thoại thông minh cho hộ nghèo, hộ cận nghèo, hướng tới mục tiêu xóa bỏ hoàn toàn điện thoại "cục gạch" 2G.""",
        "2025-09-16",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-08-31", 88.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-08-31", 97400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-08-31", 96.1),
            ("ftth_household_rate", "national", "as_of", "2025-08-31", 84.2),
            ("internet_users_rate", "national", "as_of", "2025-08-31", 79.1),
        ],
    ),
    # 14. Merged Hải Phòng (with Hải Dương), self-dated dateline, no sidecar: digital economy share of GRDP 2025.
    # Traps: change in percentage points, former Hải Dương's contribution, 2026 target.
    (
        """Hải Phòng, ngày 06/01/2026

KINH TẾ SỐ ĐÓNG GÓP 16,3% GRDP THÀNH PHỐ

Theo báo cáo của Sở Khoa học và Công nghệ Hải Phòng, năm 2025, giá trị tăng thêm của kinh tế số ước chiếm 16,3% GRDP của thành phố, tăng 2,1 điểm phần trăm so với năm 2024. Đóng góp lớn nhất đến từ các doanh nghiệp sản xuất thiết bị điện tử trong các khu công nghiệp; khu vực Hải Dương (cũ) đóng góp khoảng một phần ba giá trị kinh tế số.

Sau hợp nhất, thành phố có 114 xã, phường, đặc khu. Hệ thống hạ tầng số tiếp tục được đầu tư, 100% Trung tâm phục vụ hành chính công cấp xã được kết nối mạng truyền số liệu chuyên dùng.

Năm 2026, Hải Phòng đặt mục tiêu kinh tế số chiếm 20% GRDP, xây dựng trung tâm dữ liệu của thành phố và thu hút thêm các dự án công nghệ cao.""",
        None,
        [("digital_economy_gdp_share", "Hải Phòng", "year", "2025-12-31", 16.3)],
    ),
    # 15. National satisfaction rate (November 2025) from the service index.
    # Traps: a survey index (SIPAS), one named ministry's figure, change.
    (
        """Mức độ hài lòng của người dân trong giải quyết thủ tục hành chính đạt 91,85%

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công, trong tháng 11/2025, mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính trên toàn quốc đạt 91,85%, tăng 0,6 điểm phần trăm so với tháng trước. Bộ Tư pháp là đơn vị có mức độ hài lòng cao nhất khối bộ, ngành với 96,2%.

Trước đó, kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 do Bộ Nội vụ công bố cho thấy chỉ số chung đạt 82,66%, dựa trên khảo sát hơn 36.000 phiếu.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục chấn chỉnh tình trạng trễ hạn, yêu cầu bổ sung hồ sơ nhiều lần tại cấp xã sau khi thực hiện mô hình chính quyền hai cấp.""",
        "2025-12-12",
        [("satisfaction_rate", "national", "month", "2025-11-30", 91.85)],
    ),
    # 16. Merged Thái Nguyên (with Bắc Kạn) at 31/12/2025: full-process share over all and over eligible procedures.
    # Traps: count of services (no id), former Bắc Kạn part, 2026 target.
    (
        """Thái Nguyên: 100% thủ tục đủ điều kiện đã cung cấp trực tuyến toàn trình

Tính đến ngày 31/12/2025, tỉnh Thái Nguyên đã cung cấp 1.287 dịch vụ công trực tuyến toàn trình, đạt 52,7% tổng số thủ tục hành chính; 100% thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình.

Việc hợp nhất hệ thống thông tin giải quyết thủ tục hành chính của hai tỉnh Bắc Kạn và Thái Nguyên (cũ) được hoàn tất trong quý III/2025; khoảng 1,6 triệu hồ sơ của Bắc Kạn (cũ) đã được chuyển đổi sang hệ thống mới.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, 100% kết quả giải quyết thủ tục hành chính được số hóa, lưu trữ điện tử.""",
        "2026-01-15",
        [
            ("dvctt_full_process_rate", "Thái Nguyên", "as_of", "2025-12-31", 52.7),
            ("full_process_provision_rate", "Thái Nguyên", "as_of", "2025-12-31", 100.0),
        ],
    ),
    # 17. State Bank: Mobile Money customers and adults with accounts, end-September 2025.
    # Traps: rural sub-count after "trong đó", one operator's customers, old target.
    (
        """Mobile Money đạt khoảng 11,9 triệu khách hàng

Theo Ngân hàng Nhà nước, tính đến cuối tháng 9/2025, tổng số khách hàng sử dụng dịch vụ Mobile Money đạt khoảng 11,9 triệu, trong đó hơn 8,2 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel có khoảng 6,9 triệu khách hàng. Cũng đến thời điểm này, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,4%, vượt mục tiêu 80% đề ra cho năm 2025.

Ngân hàng Nhà nước đang tổng kết việc thí điểm Mobile Money để báo cáo Chính phủ về khuôn khổ pháp lý chính thức trong năm 2026.""",
        "2025-10-23",
        [
            ("mobile_money_customers", "national", "as_of", "2025-09-30", 11900000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-09-30", 87.4),
        ],
    ),
    # 18. Tax authority (Bộ Tài chính): cumulative e-invoices to 30/9/2025.
    # Traps: sub-counts after "trong đó", cash-register and petrol-station invoices, change.
    (
        """Hơn 12,4 tỷ hóa đơn điện tử đã được tiếp nhận, xử lý

Theo Cục Thuế (Bộ Tài chính), tính đến ngày 30/9/2025, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý hơn 12,4 tỷ hóa đơn, trong đó 3,8 tỷ hóa đơn có mã của cơ quan thuế và 8,6 tỷ hóa đơn không có mã. Số hóa đơn khởi tạo từ máy tính tiền đạt 1,5 tỷ, tăng 18% so với cùng kỳ.

Tại các cửa hàng xăng dầu, 100% doanh nghiệp đã xuất hóa đơn điện tử theo từng lần bán hàng. Sau khi sắp xếp bộ máy, Cục Thuế tổ chức lại thành 20 Chi cục Thuế khu vực và các đội thuế cấp cơ sở, tiếp tục đẩy mạnh kết nối dữ liệu hóa đơn với cơ sở dữ liệu quốc gia về dân cư.""",
        "2025-10-08",
        [("e_invoices_total", "national", "as_of", "2025-09-30", 12400000000.0)],
    ),
    # 19. Merged Cần Thơ (with Sóc Trăng, Hậu Giang), October 2025.
    # Traps: rank among 34 provinces (no id), former Sóc Trăng's rate, a commune's rate.
    (
        """Cần Thơ cải thiện chỉ số phục vụ người dân, doanh nghiệp

Trong tháng 10/2025, tỷ lệ hồ sơ trực tuyến của TP. Cần Thơ đạt 72,35%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 58,4%. Với kết quả này, thành phố xếp hạng 18/34 địa phương về Bộ chỉ số phục vụ người dân, doanh nghiệp, tăng 6 bậc so với tháng 9.

Đáng chú ý, các xã, phường thuộc khu vực Sóc Trăng (cũ) có tỷ lệ hồ sơ trực tuyến còn thấp, bình quân khoảng 61%; xã Phong Điền là đơn vị dẫn đầu với 94,2%.

Sở Khoa học và Công nghệ cho biết sẽ tập huấn lại cho cán bộ một cửa cấp xã và triển khai "tổ công nghệ số cộng đồng" đến từng ấp để hướng dẫn người dân.""",
        "2025-11-10",
        [
            ("online_dossier_rate", "Cần Thơ", "month", "2025-10-31", 72.35),
            ("data_reuse_rate", "Cần Thơ", "month", "2025-10-31", 58.4),
        ],
    ),
    # 20. Cyber-security report dated in its own header (no sidecar): December and whole-year 2025, level approvals.
    # Traps: comparison with 2024 as a change, count of drills, 2026 plan.
    (
        """BỘ CÔNG AN
CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO
Số: 15/BC-A05                                  Hà Nội, ngày 06 tháng 01 năm 2026

BÁO CÁO
Tình hình an toàn thông tin mạng tháng 12 và năm 2025

1. Tình hình tấn công mạng
Trong tháng 12/2025, hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 437 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính chung năm 2025, tổng số cuộc tấn công mạng gây sự cố là 7.962 cuộc, giảm 15,4% so với năm 2024; các cuộc tấn công chủ yếu nhằm vào cổng thông tin điện tử của cấp xã mới thành lập và hệ thống của doanh nghiệp tài chính.

2. Bảo đảm an toàn hệ thống thông tin theo cấp độ
Đến hết năm 2025, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 91,7%. Trong năm, đã tổ chức 12 đợt diễn tập thực chiến với sự tham gia của các bộ, ngành, địa phương.

3. Phương hướng năm 2026
Phấn đấu 100% hệ thống thông tin được phê duyệt cấp độ; 100% Trung tâm phục vụ hành chính công cấp xã được giám sát an toàn thông tin tập trung.""",
        None,
        [
            ("cyberattacks", "national", "month", "2025-12-31", 437.0),
            ("cyberattacks", "national", "year", "2025-12-31", 7962.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-12-31", 91.7),
        ],
    ),
    # 21. Half-year 2025 review with its own dateline (no sidecar): H1 attacks and 5G stations at 30/6.
    # Traps: multiple of end-2024 (change), year-end 2025 target, one operator's stations.
    (
        """Sơ kết 6 tháng đầu năm 2025: Hạ tầng 5G tăng tốc
Thứ Ba, 15/07/2025 09:30 (GMT+7)

Tại hội nghị sơ kết công tác 6 tháng đầu năm 2025 của Bộ Khoa học và Công nghệ, lãnh đạo Cục Viễn thông cho biết, tính đến ngày 30/6/2025, trên toàn quốc có 8.460 trạm BTS 5G, gấp khoảng 2,5 lần so với cuối năm 2024. Viettel tiếp tục là doanh nghiệp dẫn đầu với hơn 5.000 trạm.

Về an toàn thông tin, 6 tháng đầu năm 2025, hệ thống giám sát đã ghi nhận 3.457 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Bộ đặt mục tiêu đến cuối năm 2025 phủ sóng 5G tới 90% dân số, đồng thời hỗ trợ các địa phương bảo đảm hạ tầng mạng cho bộ máy chính quyền cấp xã vận hành từ ngày 1/7/2025.

Hải Yến""",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 8460.0),
            ("cyberattacks", "national", "half", "2025-06-30", 3457.0),
        ],
    ),
    # 22. EGDI article: Viet Nam's 2024 rank.
    # Traps: rank change, other countries' ranks, sub-index, 2030 target.
    (
        """Chính phủ số: Việt Nam đặt mục tiêu vào nhóm 50 nước dẫn đầu

Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 và lần đầu tiên thuộc nhóm có chỉ số EGDI rất cao. Trong khu vực ASEAN, Singapore xếp thứ 3, Malaysia thứ 37, Thái Lan thứ 52.

Các chuyên gia nhận định, chỉ số thành phần về hạ tầng viễn thông của Việt Nam cải thiện mạnh, trong khi chỉ số dịch vụ trực tuyến và nguồn nhân lực còn dư địa.

Với việc tinh gọn bộ máy và vận hành chính quyền địa phương hai cấp từ tháng 7/2025, Chính phủ đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu về chính phủ điện tử. Kỳ đánh giá tiếp theo của Liên Hợp Quốc sẽ được công bố vào năm 2026.""",
        "2025-09-05",
        [("egdi_rank", "national", "year", "2024-12-31", 71.0)],
    ),
    # 23. Đề án 06 progress "đến nay": essential services full-process and dossiers with personal ID.
    # Traps: the remaining services, a province's own list (22/25), count of meetings.
    (
        """Đề án 06: 46/76 dịch vụ công thiết yếu đã cung cấp trực tuyến toàn trình

Tại phiên họp thứ 7 của Tổ công tác triển khai Đề án 06 của Chính phủ, Bộ Công an cho biết đến nay, 46/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; 30 dịch vụ còn lại đang được các bộ hoàn thiện quy trình, dự kiến hoàn thành trong quý IV/2025. Tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân hiện đạt 95,3%.

Nhiều địa phương đã chủ động xây dựng danh mục dịch vụ thiết yếu riêng; tỉnh Gia Lai đã cung cấp 22/25 dịch vụ công thiết yếu của tỉnh trên Cổng dịch vụ công.

Tổ công tác yêu cầu các bộ, ngành, địa phương bảo đảm dữ liệu "đúng, đủ, sạch, sống", nhất là dữ liệu hộ tịch, đất đai tại các xã, phường sau sắp xếp.""",
        "2025-08-12",
        [
            ("essential_services_full_process", "national", "as_of", "2025-08-12", 46.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-08-12", 95.3),
        ],
    ),
    # 24. Merged Gia Lai (with Bình Định) at end-October 2025: FTTH and 5G stations.
    # Traps: one operator's stations, the former Bình Định part, a commune's rate.
    (
        """Gia Lai: 81,6% hộ gia đình dùng Internet cáp quang

Theo Sở Khoa học và Công nghệ tỉnh Gia Lai, tính đến cuối tháng 10/2025, tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh đạt 81,6%; toàn tỉnh có 738 trạm BTS 5G. Riêng VNPT Gia Lai đã đưa vào hoạt động 412 trạm 5G.

Mức độ phổ cập có sự chênh lệch rõ giữa các khu vực: khu vực Bình Định (cũ) ven biển đạt 89,2% hộ gia đình có cáp quang, trong khi nhiều xã vùng cao phía Tây như Ia Grai, Ia Pa chỉ đạt khoảng 60%.

Tỉnh đang phối hợp với các doanh nghiệp triển khai gói cước ưu đãi cho hộ nghèo, hộ đồng bào dân tộc thiểu số nhằm thu hẹp khoảng cách số giữa hai vùng.""",
        "2025-11-25",
        [
            ("ftth_household_rate", "Gia Lai", "as_of", "2025-10-31", 81.6),
            ("fiveg_bts_count", "Gia Lai", "as_of", "2025-10-31", 738.0),
        ],
    ),
    # 25. MOST digital-government bulletin to end-November 2025: EMC connection, services with dossiers, adults using services.
    # Traps: a 2025 target, count of services (no id), change.
    (
        """Chính phủ số: 97,9% hệ thống giải quyết thủ tục hành chính kết nối EMC

Theo bản tin Chuyển đổi số tháng 11 của Bộ Khoa học và Công nghệ, tính đến hết tháng 11/2025, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 97,9%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 64,8%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 58,2%, tăng 3,1 điểm phần trăm so với tháng 6.

Dù vậy, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến vẫn còn cách xa mục tiêu 70% của năm 2025. Hiện có khoảng 4.600 dịch vụ công trực tuyến được cung cấp nhưng nhiều dịch vụ chưa phát sinh hồ sơ nào trong năm.""",
        "2025-12-23",
        [
            ("emc_connection_rate", "national", "as_of", "2025-11-30", 97.9),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-11-30", 64.8),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-11-30", 58.2),
        ],
    ),
    # 26. Merged Quảng Trị (with Quảng Bình): August 2025 full-process dossier rate.
    # Traps: number of communes/wards/special zone, one commune centre's dossiers, former Quảng Bình's rate.
    (
        """Quảng Trị: Trung tâm phục vụ hành chính công cấp xã dần đi vào nền nếp

Sau hai tháng vận hành mô hình chính quyền địa phương hai cấp, 78 xã, phường, đặc khu của tỉnh Quảng Trị đã ổn định hoạt động tiếp nhận, giải quyết thủ tục hành chính.

Theo Văn phòng UBND tỉnh, trong tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh đạt 41,6%. Các xã thuộc khu vực Quảng Bình (cũ) đạt tỷ lệ cao hơn, khoảng 47%. Trung tâm Phục vụ hành chính công xã Bố Trạch là đơn vị tiếp nhận nhiều nhất với 1.245 hồ sơ trong tháng.

Nhiều cán bộ cấp xã cho biết, khó khăn lớn nhất là việc chuyển đổi dữ liệu hộ tịch, đất đai từ các huyện cũ sang hệ thống mới, trong khi đường truyền ở một số xã miền núi phía Tây chưa ổn định.""",
        "2025-09-09",
        [("online_dossier_full_process_rate", "Quảng Trị", "month", "2025-08-31", 41.6)],
    ),
    # 27. Thành phố Huế "hiện": share of procedures online and full-process.
    # Traps: counts of services, a ward at 100%, change.
    (
        """Huế: 96,8% thủ tục hành chính được cung cấp trực tuyến

Theo Sở Khoa học và Công nghệ thành phố Huế, hiện thành phố cung cấp 1.812 dịch vụ công trực tuyến, chiếm 96,8% tổng số thủ tục hành chính; trong đó 1.104 dịch vụ trực tuyến toàn trình, chiếm 58,9% tổng số thủ tục hành chính, tăng 6 điểm phần trăm so với đầu năm.

Tại cấp xã, phường Thuận Hóa và phường Phú Xuân duy trì tỷ lệ 100% hồ sơ tiếp nhận trực tuyến. Ứng dụng Hue-S tiếp tục là kênh tương tác chính giữa người dân và chính quyền với hơn 1,3 triệu lượt tải.

Thành phố đặt mục tiêu năm 2026 trở thành đô thị thông minh dẫn đầu miền Trung.""",
        "2025-12-02",
        [
            ("dvctt_rate", "Huế", "as_of", "2025-12-02", 96.8),
            ("dvctt_full_process_rate", "Huế", "as_of", "2025-12-02", 58.9),
        ],
    ),
    # 28. Merged An Giang (with Kiên Giang): hamlets with coverage and dead-zone hamlets "hiện".
    # Traps: special zones (đặc khu) figures, the former Kiên Giang's share after "trong đó", 2026 target.
    (
        """An Giang: 99,4% số ấp đã có sóng di động băng rộng

Báo An Giang - Theo Sở Khoa học và Công nghệ, hiện 99,4% số ấp trên địa bàn tỉnh An Giang đã có sóng di động băng rộng; toàn tỉnh còn 14 ấp lõm sóng, trong đó 9 ấp thuộc khu vực Kiên Giang (cũ), chủ yếu ở các xã vùng biên và hải đảo.

Tại đặc khu Phú Quốc, 100% khu dân cư đã được phủ sóng 4G, nhiều khu du lịch đã có sóng 5G. Đặc khu Thổ Châu hiện có 2 trạm BTS phục vụ quân và dân trên đảo.

Tỉnh phấn đấu trong năm 2026 xóa hoàn toàn ấp lõm sóng, phủ sóng 5G toàn bộ các phường và trung tâm xã.""",
        "2025-10-30",
        [
            ("villages_with_mobile_coverage_rate", "An Giang", "as_of", "2025-10-30", 99.4),
            ("villages_without_mobile_coverage", "An Giang", "as_of", "2025-10-30", 14.0),
        ],
    ),
    # 29. National broadband subscriptions at end-June 2025 with per-100 rates.
    # Traps: total mobile subscriptions (no id), change.
    (
        """Thuê bao băng rộng cố định đạt 23,5 triệu

Theo Bộ Khoa học và Công nghệ, tính đến hết tháng 6/2025, số thuê bao băng rộng cố định trên cả nước đạt 23,5 triệu, tương đương 23,2 thuê bao/100 dân, tăng 6,8% so với cùng kỳ năm trước. Mật độ thuê bao băng rộng di động đạt 95,8 thuê bao/100 dân. Tổng số thuê bao di động mặt đất khoảng 127 triệu.

Cục Viễn thông cho biết, thị trường băng rộng cố định đang chuyển dịch mạnh sang các gói cước tốc độ từ 300 Mbps trở lên, trong khi doanh thu từ dịch vụ thoại truyền thống tiếp tục giảm.""",
        "2025-07-22",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 23500000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 23.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 95.8),
        ],
    ),
    # 30. Government Office year-end 2025 review of administrative dossiers (national).
    # Traps: change in points vs 2024, count of new commune-level units, 2026 targets.
    (
        """Năm 2025: Hơn một nửa hồ sơ thủ tục hành chính được xử lý trực tuyến

Theo báo cáo tổng kết của Văn phòng Chính phủ, năm 2025, tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 52,8%, tăng 9,4 điểm phần trăm so với năm 2024; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,3%; tỷ lệ hồ sơ trả kết quả điện tử đạt 89,6%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 47,5%.

Năm 2025 cũng là năm đầu tiên thủ tục hành chính được giải quyết không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh, sau khi 3.321 đơn vị hành chính cấp xã mới đi vào hoạt động.

Năm 2026, Chính phủ yêu cầu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và cắt giảm ít nhất 30% thời gian giải quyết thủ tục.""",
        "2026-01-13",
        [
            ("online_dossier_rate", "national", "year", "2025-12-31", 52.8),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 41.3),
            ("e_result_rate", "national", "year", "2025-12-31", 89.6),
            ("data_reuse_rate", "national", "year", "2025-12-31", 47.5),
        ],
    ),
    # 31. Merged Bắc Ninh (with Bắc Giang): 9-month digital economy share of GRDP.
    # Traps: 2030 target, former Bắc Giang's industrial parks, change.
    (
        """Bắc Ninh: Kinh tế số chiếm gần 30% GRDP

Theo Sở Khoa học và Công nghệ tỉnh Bắc Ninh, 9 tháng năm 2025, kinh tế số chiếm 29,7% GRDP của tỉnh, tiếp tục thuộc nhóm dẫn đầu cả nước, tăng 1,8 điểm phần trăm so với cùng kỳ. Phần lớn giá trị đến từ ngành sản xuất sản phẩm điện tử, máy tính tại các khu công nghiệp Yên Phong, Quế Võ và các khu công nghiệp Quang Châu, Vân Trung thuộc khu vực Bắc Giang (cũ).

Tỉnh đặt mục tiêu đến năm 2030 kinh tế số chiếm 35% GRDP, hình thành trung tâm đổi mới sáng tạo và thu hút các doanh nghiệp bán dẫn.""",
        "2025-11-18",
        [("digital_economy_gdp_share", "Bắc Ninh", "ytd", "2025-09-30", 29.7)],
    ),
    # 32. Speed ranking article for October 2025.
    # Traps: world ranks, other countries' speeds, upload speed.
    (
        """Tốc độ Internet di động Việt Nam lọt top 20 thế giới

Theo báo cáo Speedtest Global Index vừa công bố, trong tháng 10/2025, tốc độ tải xuống trung vị của băng rộng cố định tại Việt Nam đạt 228,7 Mbps, xếp thứ 11 thế giới; băng rộng di động đạt 147,3 Mbps, xếp thứ 17. Tốc độ tải lên của mạng di động đạt 40,2 Mbps.

Trong khu vực, Singapore tiếp tục dẫn đầu về băng rộng cố định với 402,5 Mbps; Thái Lan đạt 247,1 Mbps. Ở mạng di động, Các Tiểu vương quốc Ả-rập Thống nhất đứng đầu thế giới với hơn 600 Mbps.

Theo Cục Viễn thông, việc mở rộng mạng 5G là động lực chính giúp tốc độ di động tăng nhanh trong năm 2025.""",
        "2025-11-19",
        [
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 228.7),
            ("mobile_broadband_speed", "national", "month", "2025-10-31", 147.3),
        ],
    ),
    # 33. Merged Hưng Yên (with Thái Bình) at 31/7/2025: VNeID and ID cards.
    # Traps: the former Thái Bình part, a commune's activation rate (no id).
    (
        """Hưng Yên: 2,65 triệu tài khoản định danh điện tử được kích hoạt

Tính đến ngày 31/7/2025, Công an tỉnh Hưng Yên đã cấp 3,1 triệu thẻ căn cước, căn cước công dân gắn chip và kích hoạt 2,65 triệu tài khoản định danh điện tử cho người dân trên địa bàn. Trong số đó, khu vực Thái Bình (cũ) có khoảng 1,4 triệu tài khoản.

Công an các xã, phường mới đã tổ chức các đợt cao điểm làm thủ tục tại nhà cho người già, người khuyết tật. Một số đơn vị như xã Hồng Châu đạt tỷ lệ kích hoạt trên 95% dân số từ 14 tuổi trở lên.""",
        "2025-08-05",
        [
            ("chip_id_cards_issued", "Hưng Yên", "as_of", "2025-07-31", 3100000.0),
            ("vneid_activated_accounts", "Hưng Yên", "as_of", "2025-07-31", 2650000.0),
        ],
    ),
    # 34. Ministries vs localities at 30/9/2025: full-process share of procedures and dossiers with personal ID.
    # Traps: one named ministry at 100%, counts of services.
    (
        """Dịch vụ công trực tuyến toàn trình: địa phương đi trước bộ, ngành

Theo Văn phòng Chính phủ, tính đến ngày 30/9/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của khối bộ, ngành đạt 47,3%, khối địa phương đạt 55,9%. Tỷ lệ hồ sơ thủ tục hành chính được định danh bằng số định danh cá nhân của bộ, ngành là 86,2%, của địa phương là 97,5%.

Bộ Công an là đơn vị duy nhất đạt 100% thủ tục đủ điều kiện được cung cấp toàn trình, với 263 dịch vụ. Trong khi đó, nhiều bộ mới hợp nhất đang phải tích hợp lại hệ thống thông tin một cửa điện tử của các bộ cũ.""",
        "2025-10-06",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-09-30", 47.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-09-30", 55.9),
            ("dossiers_with_personal_id_rate", "ministries", "as_of", "2025-09-30", 86.2),
            ("dossiers_with_personal_id_rate", "localities", "as_of", "2025-09-30", 97.5),
        ],
    ),
    # 35. MOST 2026 digital transformation plan: targets only, no value.
    # Traps: every figure is a 2026 target or deadline; count of tasks.
    (
        """Bộ Khoa học và Công nghệ ban hành Kế hoạch chuyển đổi số năm 2026

Bộ Khoa học và Công nghệ vừa ban hành Kế hoạch triển khai chuyển đổi số quốc gia năm 2026 với 5 nhóm nhiệm vụ, 38 chỉ tiêu cụ thể.

Theo đó, năm 2026 phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 75%. Về hạ tầng, mục tiêu phủ sóng 5G tới 99% dân số, tốc độ băng rộng di động trung bình đạt 200 Mbps, 100% thôn, bản có sóng di động băng rộng.

Kinh tế số dự kiến chiếm 20% GDP; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 90%. Kế hoạch giao Cục Chuyển đổi số quốc gia chủ trì theo dõi, tổng hợp, báo cáo định kỳ hằng tháng.""",
        "2026-01-27",
        [],
    ),
    # 36. A single commune's report (Thanh Hóa mountain commune): nothing national or provincial.
    # Traps: commune dossier rate, commune dead-zone villages, commune FTTH share.
    (
        """Xã Mường Lát nỗ lực đưa dịch vụ công trực tuyến đến từng bản

Sau ba tháng vận hành chính quyền hai cấp, Trung tâm Phục vụ hành chính công xã Mường Lát (Thanh Hóa) đã tiếp nhận 1.426 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 76%. Xã hiện còn 3 bản chưa có sóng di động băng rộng; tỷ lệ hộ gia đình sử dụng cáp quang mới đạt 41%.

Để hỗ trợ người dân, xã đã thành lập 12 tổ công nghệ số cộng đồng, mỗi tổ phụ trách một bản, trực tiếp đến từng nhà hướng dẫn cài đặt VNeID, nộp hồ sơ đăng ký khai sinh, khai tử trên điện thoại.

Chủ tịch UBND xã cho biết, mục tiêu cuối năm 2025 là 85% hồ sơ được nộp trực tuyến.""",
        "2025-09-30",
        [],
    ),
    # 37. Merged Đồng Nai (with Bình Phước): 11-month and November dossier rates.
    # Traps: former Bình Phước's rate, change, 2026 target. ("Riêng tháng 11" is a period, not a part.)
    (
        """Đồng Nai: 11 tháng, tỷ lệ hồ sơ trực tuyến đạt 74,2%

Theo Sở Khoa học và Công nghệ tỉnh Đồng Nai, 11 tháng năm 2025, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 74,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 49,8%. Riêng tháng 11/2025, tỷ lệ hồ sơ trực tuyến đạt 79,1%, cao nhất từ đầu năm.

Khu vực Bình Phước (cũ) có tỷ lệ thấp hơn, khoảng 65%, do nhiều xã biên giới còn hạn chế về hạ tầng. So với cùng kỳ, tỷ lệ hồ sơ trực tuyến toàn tỉnh tăng 11,5 điểm phần trăm.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%, rút ngắn thời gian giải quyết thủ tục đất đai tại cấp xã.""",
        "2025-12-29",
        [
            ("online_dossier_rate", "Đồng Nai", "ytd", "2025-11-30", 74.2),
            ("online_dossier_full_process_rate", "Đồng Nai", "ytd", "2025-11-30", 49.8),
            ("online_dossier_rate", "Đồng Nai", "month", "2025-11-30", 79.1),
        ],
    ),
    # 38. Merged Lâm Đồng (with Đắk Nông, Bình Thuận) at 30/9/2025: 5G stations and coverage.
    # Traps: the former Bình Thuận's stations, special zone Phú Quý, 2026 plan.
    (
        """Lâm Đồng có 642 trạm 5G sau hợp nhất

Đến ngày 30/9/2025, toàn tỉnh Lâm Đồng có 642 trạm BTS 5G, vùng phủ sóng 5G đạt 68,3% dân số. Trong số này, khu vực Bình Thuận (cũ) chiếm 305 trạm, tập trung ở phường Phan Thiết, Mũi Né và các khu du lịch ven biển; đặc khu Phú Quý đã có 4 trạm 5G đầu tiên.

Tỉnh có địa bàn rộng nhất cả nước sau sắp xếp, nhiều xã vùng cao của khu vực Đắk Nông (cũ) vẫn chỉ có sóng 4G. Theo kế hoạch, năm 2026 các doanh nghiệp sẽ lắp đặt thêm khoảng 900 trạm, nâng tổng số lên trên 1.500 trạm 5G.""",
        "2025-10-02",
        [
            ("fiveg_bts_count", "Lâm Đồng", "as_of", "2025-09-30", 642.0),
            ("fiveg_population_coverage_rate", "Lâm Đồng", "as_of", "2025-09-30", 68.3),
        ],
    ),
    # 39. Quarter III/2025 review read in late November: "Hiện nay" is the quarter's end; quarterly attacks.
    # Traps: change vs end of June, 2025 year-end target.
    (
        """Quý III/2025: Hạ tầng số phục vụ bộ máy chính quyền hai cấp

Trong quý III/2025, Bộ Khoa học và Công nghệ đã tập trung bảo đảm hạ tầng mạng, đường truyền cho 3.321 đơn vị hành chính cấp xã sau sắp xếp. Hiện nay, cả nước có 12.140 trạm 5G, tăng 3.680 trạm so với cuối tháng 6; vùng phủ sóng 5G đạt 89,6% dân số.

Cũng trong quý III/2025, hệ thống giám sát đã ghi nhận 2.764 cuộc tấn công mạng gây sự cố, trong đó nhiều cuộc nhắm vào cổng thông tin của các xã, phường mới thành lập.

Bộ yêu cầu các doanh nghiệp viễn thông hoàn thành mục tiêu phủ sóng 5G 90% dân số trước ngày 31/12/2025.""",
        "2025-11-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 12140.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 89.6),
            ("cyberattacks", "national", "quarter", "2025-09-30", 2764.0),
        ],
    ),
    # 40. National Portal online payments over 11 months of 2025 (flows).
    # Traps: year-on-year change, one bank's share.
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh

Trong 11 tháng năm 2025, Cổng Dịch vụ công quốc gia đã ghi nhận 9,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền 21.430 tỷ đồng, tăng 34% về số giao dịch so với cùng kỳ năm 2024. Các khoản thu phổ biến gồm lệ phí trước bạ, phí đăng ký xe, tiền phạt vi phạm giao thông và thuế đất.

Trong số các ngân hàng, trung gian thanh toán kết nối, BIDV chiếm khoảng 22% giá trị giao dịch. Văn phòng Chính phủ đề nghị mở rộng thanh toán trực tuyến nghĩa vụ tài chính về đất đai tại cấp xã.""",
        "2025-12-05",
        [
            ("online_payments_count_new", "national", "ytd", "2025-11-30", 9600000.0),
            ("online_payments_value_new", "national", "ytd", "2025-11-30", 21430.0),
        ],
    ),
    # 41. First days of two-level government (July 2025), with a national share at 30/6/2025.
    # Traps: counts of new units (34 provinces, 3.321 communes...), one week's dossiers, targets.
    (
        """Tuần đầu vận hành chính quyền hai cấp: thủ tục hành chính thông suốt

Từ ngày 1/7/2025, cả nước chính thức vận hành chính quyền địa phương hai cấp với 34 tỉnh, thành phố và 3.321 đơn vị hành chính cấp xã, gồm 2.621 xã, 687 phường và 13 đặc khu. Trong tuần đầu tiên, các Trung tâm Phục vụ hành chính công cấp xã đã tiếp nhận khoảng 456.000 hồ sơ.

Theo Văn phòng Chính phủ, tính đến ngày 30/6/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến trên toàn quốc đạt 85,6%. Hệ thống thông tin giải quyết thủ tục hành chính của các tỉnh đã được cập nhật danh mục đơn vị hành chính mới để người dân nộp hồ sơ không phụ thuộc địa giới.

Thủ tướng yêu cầu trong tháng 7 phải bảo đảm 100% cán bộ cấp xã sử dụng thành thạo phần mềm dùng chung.""",
        "2025-07-10",
        [("dvctt_rate", "national", "as_of", "2025-06-30", 85.6)],
    ),
    # 42. MOST January 2026 bulletin: 5G stations at 31/1/2026, January attacks with December in parentheses.
    # Traps: 2026 targets, change, one operator's stations.
    (
        """Tháng 01/2026: Cả nước có 15.980 trạm 5G
Thứ Ba, 10/02/2026 - 14:20

Theo bản tin tháng 01/2026 của Bộ Khoa học và Công nghệ, tính đến ngày 31/01/2026, cả nước có 15.980 trạm BTS 5G; riêng Viettel đã lắp đặt hơn 10.000 trạm.

Trong tháng 01/2026, hệ thống kỹ thuật đã ghi nhận 512 cuộc tấn công mạng gây sự cố, tăng 17,2% so với tháng 12/2025 (437 cuộc), chủ yếu là tấn công lừa đảo trong dịp cao điểm mua sắm trước Tết Nguyên đán.

Năm 2026, Bộ đặt mục tiêu phủ sóng 5G 99% dân số, giảm ít nhất 30% số cuộc tấn công mạng gây sự cố so với năm 2025.""",
        "2026-02-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2026-01-31", 15980.0),
            ("cyberattacks", "national", "month", "2026-01-31", 512.0),
            ("cyberattacks", "national", "month", "2025-12-31", 437.0),
        ],
    ),
    # 43. Merged Phú Thọ (Vĩnh Phúc, Hòa Bình, Phú Thọ): July 2025 dossier rate.
    # Traps: former Hòa Bình's rate, number of communes/wards, a ward's rate, target.
    (
        """Phú Thọ: Tháng đầu vận hành mô hình mới, 70,4% hồ sơ nộp trực tuyến

Trong tháng 7/2025 - tháng đầu tiên vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ trực tuyến toàn tỉnh Phú Thọ đạt 70,4%. Khu vực Hòa Bình (cũ) còn thấp, khoảng 58%, do địa hình đồi núi, nhiều xã chưa có đường truyền ổn định; phường Vĩnh Yên đạt 95%.

Tỉnh hiện có 148 xã, phường sau sắp xếp. UBND tỉnh yêu cầu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến đạt trên 80%, không còn tình trạng hồ sơ giấy song song với hồ sơ điện tử.""",
        "2025-08-21",
        [("online_dossier_rate", "Phú Thọ", "month", "2025-07-31", 70.4)],
    ),
    # 44. Merged Vĩnh Long (Bến Tre, Trà Vinh, Vĩnh Long) at end-November 2025: FTTH and smartphone subscriptions.
    # Traps: share of adults with a smartphone (people), former Trà Vinh's rate, one operator's subscribers.
    (
        """Vĩnh Long thu hẹp khoảng cách số sau hợp nhất

Theo Sở Khoa học và Công nghệ tỉnh Vĩnh Long, tính đến cuối tháng 11/2025, tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh đạt 78,9%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,1%.

Theo kết quả điều tra của tỉnh, 83% người dân trưởng thành có điện thoại thông minh. Khu vực Trà Vinh (cũ) có tỷ lệ hộ dùng cáp quang thấp nhất, khoảng 71%. VNPT Vĩnh Long hiện phục vụ 412.000 thuê bao Internet cáp quang.

Tỉnh đặt mục tiêu năm 2026 phổ cập cáp quang tới 90% hộ gia đình và hỗ trợ điện thoại thông minh cho toàn bộ hộ nghèo.""",
        "2025-12-26",
        [
            ("ftth_household_rate", "Vĩnh Long", "as_of", "2025-11-30", 78.9),
            ("smartphone_subscriber_rate", "Vĩnh Long", "as_of", "2025-11-30", 86.1),
        ],
    ),
]
