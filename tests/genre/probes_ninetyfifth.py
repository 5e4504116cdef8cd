"""Genre probes, round 95: a fourth held-out sample weighted to national press summaries and the ministry's monthly reports as newspapers retell them in 2022-2025 (about half), the rest provincial pages and interviews: several months or years compared in one paragraph, figures restated in headline and body, running totals beside a month's flows, the country's figure beside a province's, per-100-inhabitant figures, speeds with their rank, one operator's figure beside the country's, next year's targets beside this year's results, about a fifth with no published date and about a quarter mixing traps with real values, written blind by a helper (not copied from any page).

Held out to the end of stop 42's extraction work and read once: with the stop's start code 3407584 and with the code of that moment (8007cb0) alike, 106 of 110 right, 106 of 117 found (0.96 / 0.91). Its general failures, fixed after that reading: two per-100 figures in one clause ("41,2 thuê bao băng rộng cố định/100 dân và 118,5 thuê bao băng rộng di động/100 dân", the second read with the first's words) and the country's figures after them in a bracketed run ("mức bình quân cả nước (lần lượt là 22,9 và 84,1 thuê bao/100 dân)"), procedures simplified counted as bare "thủ tục": 111 of 114, 111 of 117. Left: the EGDI editions (the one of 2024 ended at the page's date; the earlier ones named only by year), an undated interview's "Hiện nay … khoảng 85%" dated by the "tính đến hết năm 2022" in its next sentence (its labels leave it out), an undated page's nine-month flows held as "document date known only to its year", a province's fibre share with no time of its own dated by the page (its labels give the year-end of the paragraph before)."""

CASES = [
    # 1 — monthly report retold: subscriptions and per-100 figures, headline restates body, a target
    (
        """Cả nước có hơn 22,5 triệu thuê bao băng rộng cố định
VietNamNet - 12/09/2023 06:40

Theo báo cáo tháng 8 của Bộ Thông tin và Truyền thông, tính đến hết tháng 8/2023, cả nước có 22,5 triệu thuê bao băng rộng cố định, đạt mật độ 22,6 thuê bao/100 dân; số thuê bao băng rộng di động là 82,1 triệu, tương đương 83,2 thuê bao/100 dân.

Cũng theo báo cáo, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,5%, tăng 1,2 điểm phần trăm so với cuối năm 2022. Bộ đặt mục tiêu đến cuối năm 2023 có 85% thuê bao di động sử dụng smartphone và tiếp tục tắt sóng 2G đối với các máy chỉ hỗ trợ 2G.""",
        "2023-09-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-08-31", 22500000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-08-31", 22.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-08-31", 82100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-08-31", 83.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-08-31", 84.5),
        ],
    ),
    # 2 — UN EGDI: several editions compared in one paragraph, a rank change, a sub-index
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử
18/09/2024

Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc công bố ngày 17/9, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ trước và lần đầu vào nhóm có chỉ số EGDI "rất cao". Ở các kỳ đánh giá trước, Việt Nam cùng đứng thứ 86/193 vào năm 2020 và năm 2022, sau vị trí 88/193 của năm 2018.

Trong ba chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) của Việt Nam tăng mạnh nhất, xếp thứ 50. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
        ],
    ),
    # 3 — national portal: a month's flows beside running totals, a month-on-month change
    (
        """Tháng 3, thêm 1,1 triệu tài khoản đăng ký trên Cổng Dịch vụ công quốc gia
Thứ Ba, 09/04/2024

Trong tháng 3/2024, Cổng Dịch vụ công quốc gia ghi nhận 1,1 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên 12,3 triệu; tiếp nhận 2,4 triệu hồ sơ trực tuyến, tăng 8% so với tháng 2. Cũng trong tháng, Cổng có 1,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.850 tỷ đồng.

Lũy kế đến hết tháng 3/2024, Cổng đã ghi nhận 14,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 21,5 nghìn tỷ đồng. Văn phòng Chính phủ cho biết sẽ tiếp tục phối hợp với Bộ Công an tích hợp đăng nhập bằng tài khoản VNeID.""",
        "2024-04-09",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 12300000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 2400000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1300000.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 1850.0),
            ("online_payments_count", "national", "as_of", "2024-03-31", 14800000.0),
            ("online_payments_value", "national", "as_of", "2024-03-31", 21500.0),
        ],
    ),
    # 4 — NDXP monthly figures, daily average over the month, cumulative total
    (
        """NDXP xử lý 78,3 triệu giao dịch trong tháng 10
Báo Điện tử Chính phủ - 10/11/2023

Trong tháng 10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 78,3 triệu giao dịch, trung bình 2,53 triệu giao dịch mỗi ngày. Lũy kế từ khi khai trương năm 2019 đến hết tháng 10/2023, NDXP đã có hơn 1,86 tỷ giao dịch.

Đến cuối tháng 10, đã có 112 cơ quan, đơn vị kết nối với NDXP, gồm các bộ, ngành, địa phương và một số doanh nghiệp nhà nước, với 2.960 điểm kết nối giữa các hệ thống thông tin và cơ sở dữ liệu.""",
        "2023-11-10",
        [
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 78300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-10-31", 2530000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1860000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-10-31", 112.0),
            ("ndxp_connection_points", "national", "as_of", "2023-10-31", 2960.0),
        ],
    ),
    # 5 — province beside the country: fibre households, per-100 figures, an operator's 5G
    (
        """Đồng Nai: 85,3% hộ gia đình có Internet cáp quang
Cổng TTĐT tỉnh Đồng Nai - 15/07/2024

Tính đến ngày 30/6/2024, tỷ lệ hộ gia đình trên địa bàn tỉnh có Internet cáp quang băng rộng đạt 85,3%, cao hơn mức trung bình cả nước (79,1%). Mật độ thuê bao băng rộng di động của tỉnh đạt 93,6 thuê bao/100 dân; thuê bao băng rộng cố định đạt 31,4 thuê bao/100 dân. 100% xã, phường, thị trấn đã có hạ tầng cáp quang đến trung tâm xã.

Theo Sở Thông tin và Truyền thông, Viettel Đồng Nai đã phát sóng 5G tại TP Biên Hòa và TP Long Khánh, phủ khoảng 40% dân số hai thành phố.""",
        "2024-07-15",
        [
            ("ftth_household_rate", "Đồng Nai", "as_of", "2024-06-30", 85.3),
            ("ftth_household_rate", "national", "as_of", "2024-06-30", 79.1),
            ("mobile_broadband_subscriptions_per_100", "Đồng Nai", "as_of", "2024-06-30", 93.6),
            ("fixed_broadband_subscriptions_per_100", "Đồng Nai", "as_of", "2024-06-30", 31.4),
        ],
    ),
    # 6 — Ookla speeds with their ranks, an upload speed, a past month in parentheses
    (
        """Tốc độ Internet di động Việt Nam tăng 7 bậc trong tháng 12/2023
18/01/2024 14:05

Theo Speedtest Global Index của Ookla, trong tháng 12/2023, tốc độ tải xuống băng rộng di động của Việt Nam đạt 46,78 Mbps, xếp thứ 48/146 quốc gia, tăng 7 bậc so với tháng trước; tốc độ tải lên đạt 19,3 Mbps. Với băng rộng cố định, tốc độ tải xuống đạt 97,2 Mbps, xếp hạng 43/178.

So với tháng 12/2022 (33,6 Mbps), tốc độ băng rộng di động đã tăng gần 40%, nhờ các nhà mạng mở rộng băng tần và tối ưu mạng 4G.""",
        "2024-01-18",
        [
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 46.78),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 97.2),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 33.6),
        ],
    ),
    # 7 — one operator's 5G figures beside the country's, an operator target
    (
        """Viettel vượt 6.500 trạm 5G sau ba tháng thương mại
Thanh Niên - 20/01/2025

Tính đến hết năm 2024, Viettel đã lắp đặt hơn 6.500 trạm BTS 5G, phủ sóng 5G cho khoảng 90% dân số tại 63 tỉnh, thành phố. VNPT cho biết đã phát sóng gần 1.000 trạm 5G tại các đô thị lớn và khu công nghiệp.

Theo Cục Viễn thông, đến ngày 31/12/2024, cả nước có khoảng 12.000 trạm BTS 5G; tỷ lệ phủ sóng 5G theo dân số đạt 26,5%. Năm 2025, Viettel đặt mục tiêu nâng số trạm 5G lên 20.000 trạm, còn Bộ Khoa học và Công nghệ yêu cầu các doanh nghiệp phủ sóng 5G cho ít nhất 50% dân số.""",
        "2025-01-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 12000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.5),
        ],
    ),
    # 8 — ministry's year review: results of 2023 beside the targets for 2024
    (
        """Bộ TT&TT tổng kết năm 2023: Kinh tế số chiếm 16,5% GDP
06/01/2024

Tại Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024, Bộ Thông tin và Truyền thông cho biết năm 2023, tỷ trọng kinh tế số ước đạt 16,5% GDP; tăng trưởng kinh tế số khoảng 20%, gấp gần ba lần tăng trưởng GDP. Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 79%; tỷ lệ người sử dụng Internet đạt 78,6%.

Năm 2024, ngành đặt mục tiêu tỷ trọng kinh tế số đạt 18,5% GDP, 82% hộ gia đình có cáp quang và tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 50%. Doanh thu ngành ước đạt 3,8 triệu tỷ đồng, tăng 5% so với năm 2022.""",
        "2024-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.0),
            ("internet_users_rate", "national", "year", "2023-12-31", 78.6),
        ],
    ),
    # 9 — undated interview: an undated "hiện nay" level, a dated year-end level, a remainder, a target
    (
        """Thứ trưởng Bộ TT&TT: Phổ cập smartphone là nền móng của xã hội số

PV: Thưa Thứ trưởng, việc phổ cập điện thoại thông minh hiện đến đâu?

Thứ trưởng: Hiện nay, tỷ lệ thuê bao di động sử dụng smartphone đã đạt khoảng 85%, nhưng vẫn còn khoảng 12 triệu thuê bao dùng máy "cục gạch", chủ yếu ở vùng sâu, vùng xa. Hạ tầng băng rộng cố định phát triển rất nhanh: tính đến hết năm 2022, cả nước có 19,8 triệu thuê bao băng rộng cố định.

Mục tiêu của chúng tôi là đến năm 2025, 100% người dân trưởng thành có điện thoại thông minh.""",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 19800000.0),
        ],
    ),
    # 10 — provincial dead-zone villages beside the country's, a "trong đó" sub-count, a plan
    (
        """Lào Cai còn 85 thôn, bản lõm sóng di động
Báo Lào Cai - 12/10/2024

Tính đến ngày 30/9/2024, toàn tỉnh Lào Cai còn 85 thôn, bản chưa có sóng di động băng rộng, trong đó 40 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động của tỉnh đạt 95,7%, thấp hơn bình quân cả nước (98,2%).

Theo Bộ Thông tin và Truyền thông, tính đến tháng 9/2024, cả nước còn khoảng 1.300 thôn lõm sóng. Tỉnh phấn đấu đến hết năm 2025 xóa toàn bộ thôn lõm sóng; riêng quý IV/2024, các doanh nghiệp viễn thông sẽ lắp đặt thêm 25 trạm BTS mới.""",
        "2024-10-12",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-09-30", 85.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-09-30", 95.7),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1300.0),
        ],
    ),
    # 11 — cyberattacks: a month, the previous month in parentheses, the half's total, botnet level
    (
        """Tháng 6/2024: 1.020 cuộc tấn công mạng gây sự cố
ICTnews - 05/07/2024

Theo Cục An toàn thông tin, trong tháng 6/2024, hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.020 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12% so với tháng 5 (1.160 cuộc). Tính chung 6 tháng đầu năm 2024, có 5.470 cuộc tấn công mạng gây sự cố.

Số địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến cuối tháng 6 là khoảng 540.000, giảm 18% so với cùng kỳ năm 2023. Đến hết tháng 6, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất cấp độ đạt 78%.""",
        "2024-07-05",
        [
            ("cyberattacks", "national", "month", "2024-06-30", 1020.0),
            ("cyberattacks", "national", "month", "2024-05-31", 1160.0),
            ("cyberattacks", "national", "half", "2024-06-30", 5470.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 540000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 78.0),
        ],
    ),
    # 12 — headline restates the body's figure; VNeID and chip ID cards; a deadline
    (
        """Đã cấp 85,2 triệu thẻ căn cước công dân gắn chip
Công an nhân dân - 16/03/2024

Tính đến ngày 15/3/2024, Bộ Công an đã cấp 85,2 triệu thẻ căn cước công dân gắn chip điện tử và kích hoạt 48,6 triệu tài khoản định danh điện tử VNeID. Với 85,2 triệu thẻ đã cấp, cơ bản toàn bộ công dân đủ điều kiện đã được cấp thẻ.

Bộ Công an đặt mục tiêu đến ngày 30/6/2024 kích hoạt 60 triệu tài khoản định danh điện tử, đồng thời mở rộng tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào ứng dụng VNeID.""",
        "2024-03-16",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 85200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-15", 48600000.0),
        ],
    ),
    # 13 — a city's per-100 figures beside the country's, a district's figure
    (
        """Hà Nội dẫn đầu cả nước về mật độ thuê bao băng rộng
Hànộimới - 20/02/2024

Đến hết năm 2023, Hà Nội có 41,2 thuê bao băng rộng cố định/100 dân và 118,5 thuê bao băng rộng di động/100 dân, gần gấp đôi mức bình quân cả nước (lần lượt là 22,9 và 84,1 thuê bao/100 dân).

Tỷ lệ hộ gia đình trên địa bàn thành phố có Internet cáp quang băng rộng đạt 94%; riêng quận Hoàn Kiếm và quận Cầu Giấy đạt 100%. Sở Thông tin và Truyền thông cho biết năm 2024 thành phố sẽ phối hợp với các doanh nghiệp ngầm hóa 1.500 km cáp viễn thông.""",
        "2024-02-20",
        [
            ("fixed_broadband_subscriptions_per_100", "Hà Nội", "as_of", "2023-12-31", 41.2),
            ("mobile_broadband_subscriptions_per_100", "Hà Nội", "as_of", "2023-12-31", 118.5),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.9),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 84.1),
            ("ftth_household_rate", "Hà Nội", "as_of", "2023-12-31", 94.0),
        ],
    ),
    # 14 — undated interview: two years compared in one answer, a target, an undated level
    (
        """Cục trưởng Cục Kiểm soát thủ tục hành chính: "Phải lấy người dân làm trung tâm"

PV: Kết quả xử lý hồ sơ trực tuyến thời gian qua ra sao, thưa ông?

Ông Ngô Hải Phan: Có chuyển biến rõ rệt. Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 42,5%, trong khi năm 2022 mới chỉ là 25,3%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính năm 2023 đạt 85,6%.

Tuy vậy, so với mục tiêu 80% hồ sơ được xử lý trực tuyến vào năm 2025 thì còn khoảng cách lớn. Hiện nhiều dịch vụ công trực tuyến vẫn chưa phát sinh hồ sơ, mới khoảng 60% dịch vụ có hồ sơ.""",
        None,
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 42.5),
            ("online_dossier_rate", "national", "year", "2022-12-31", 25.3),
            ("satisfaction_rate", "national", "year", "2023-12-31", 85.6),
        ],
    ),
    # 15 — post-merger ministry's monthly report retold: subscriptions, smartphones, 5G, a speed with its rank
    (
        """Bộ KH&CN: Cả nước có 24,1 triệu thuê bao băng rộng cố định
Báo Tin tức - 12/05/2025

Theo báo cáo tháng 4/2025 của Bộ Khoa học và Công nghệ, tính đến hết tháng 4, cả nước có 24,1 triệu thuê bao băng rộng cố định và 92,3 triệu thuê bao băng rộng di động. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,6%, tương đương 106,7 triệu thuê bao; số trạm BTS 5G đạt 15.800 trạm.

Theo Ookla, trong tháng 4/2025, tốc độ tải xuống băng rộng di động của Việt Nam đạt 62,4 Mbps, xếp thứ 38 thế giới, tăng 3 bậc so với tháng 3.""",
        "2025-05-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-04-30", 24100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 92300000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-30", 89.6),
            ("smartphone_subscriptions", "national", "as_of", "2025-04-30", 106700000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 15800.0),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 62.4),
        ],
    ),
    # 16 — three months compared in one paragraph
    (
        """Tỷ lệ hồ sơ trực tuyến toàn trình tăng liên tục
VGP News - 11/06/2024

Theo Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến toàn trình tháng 5/2024 đạt 38,2%, tháng 4 đạt 35,6% và tháng 3 là 33,1%. Trong tháng 5, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 47,9%, tăng 2,3 điểm phần trăm so với tháng trước.

Một số bộ, ngành như Bộ Tài chính, Bảo hiểm xã hội Việt Nam duy trì tỷ lệ hồ sơ trực tuyến trên 90%.""",
        "2024-06-11",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 38.2),
            ("online_dossier_full_process_rate", "national", "month", "2024-04-30", 35.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 33.1),
            ("online_dossier_rate", "national", "month", "2024-05-31", 47.9),
        ],
    ),
    # 17 — a city's quarter results beside the country's, an index rank with no id
    (
        """Đà Nẵng: 86,1% hồ sơ thủ tục hành chính được xử lý trực tuyến trong quý III
Cổng TTĐT thành phố Đà Nẵng - 08/10/2024

Quý III/2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 86,1%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 98,7%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 65,4%. Trên toàn quốc, tỷ lệ hồ sơ xử lý trực tuyến trong quý đạt 45,2%.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766), Đà Nẵng xếp thứ 2/63 tỉnh, thành phố.""",
        "2024-10-08",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-09-30", 86.1),
            ("e_result_rate", "Đà Nẵng", "quarter", "2024-09-30", 98.7),
            ("data_reuse_rate", "Đà Nẵng", "quarter", "2024-09-30", 65.4),
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 45.2),
        ],
    ),
    # 18 — undated page with an explicit nine-month span: flows, a change, a "trong đó" sub-count
    (
        """Cổng Dịch vụ công quốc gia: 9 tháng tiếp nhận 5,6 triệu hồ sơ trực tuyến

Chín tháng đầu năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 5,6 triệu hồ sơ trực tuyến, tăng 35% so với cùng kỳ năm 2022; trong đó có 3,1 triệu hồ sơ của doanh nghiệp. Cũng trong 9 tháng, Cổng thực hiện 6,2 triệu giao dịch thanh toán trực tuyến với số tiền 7.300 tỷ đồng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu hết năm 2023 có 50% hồ sơ được xử lý trực tuyến.""",
        None,
        [
            ("national_portal_dossiers_new", "national", "ytd", "2023-09-30", 5600000.0),
            ("online_payments_count_new", "national", "ytd", "2023-09-30", 6200000.0),
            ("online_payments_value_new", "national", "ytd", "2023-09-30", 7300.0),
        ],
    ),
    # 19 — digital economy: three years in one sentence, two provinces' GRDP shares, a vendor's growth figure
    (
        """Kinh tế số: Từ 11,91% lên 16,5% GDP trong ba năm
Báo Đầu tư - 22/04/2024

Theo số liệu của Tổng cục Thống kê, tỷ trọng kinh tế số trong GDP năm 2021 đạt 11,91%, năm 2022 đạt 14,26% và năm 2023 ước đạt 16,5%. Năm 2023, Bắc Ninh dẫn đầu cả nước với tỷ trọng kinh tế số trong GRDP 29,8%, tiếp theo là Thái Nguyên với 27,6%.

Báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company cho biết kinh tế số Việt Nam năm 2023 tăng 19%, đạt quy mô khoảng 30 tỷ USD, nhanh nhất Đông Nam Á.""",
        "2024-04-22",
        [
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.91),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.8),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 27.6),
        ],
    ),
    # 20 — payments and e-invoices: two cut-offs in one article, "trong đó" sub-counts, a target
    (
        """87% người trưởng thành đã có tài khoản thanh toán
Thời báo Ngân hàng - 30/08/2024

Theo Ngân hàng Nhà nước, đến cuối tháng 6/2024, khoảng 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng; số khách hàng sử dụng dịch vụ Mobile Money đạt 8,1 triệu, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa. Mục tiêu đến năm 2025 là ít nhất 90% người trưởng thành có tài khoản.

Tổng cục Thuế cho biết, tính đến ngày 31/7/2024, hệ thống đã tiếp nhận, xử lý 8,2 tỷ hóa đơn điện tử, trong đó 2,6 tỷ hóa đơn có mã của cơ quan thuế.""",
        "2024-08-30",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8100000.0),
            ("e_invoices_total", "national", "as_of", "2024-07-31", 8200000000.0),
        ],
    ),
    # 21 — provincial portal, "hiện nay" levels on the published date, a share after "trong đó"
    (
        """Thừa Thiên Huế: 82,4% thủ tục hành chính được cung cấp trực tuyến
Cổng TTĐT tỉnh Thừa Thiên Huế - 24/11/2023

Hiện nay, tỉnh cung cấp 1.542 dịch vụ công trực tuyến, chiếm 82,4% tổng số thủ tục hành chính; trong đó có 1.020 dịch vụ công trực tuyến toàn trình, chiếm 54,5% tổng số thủ tục. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,3%; tỷ lệ hồ sơ thủ tục hành chính gắn mã định danh cá nhân đạt 92,5%.

Thời gian tới, tỉnh tiếp tục đẩy mạnh ứng dụng Hue-S, phấn đấu đến cuối năm 2023 có 80% dịch vụ công trực tuyến phát sinh hồ sơ.""",
        "2023-11-24",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2023-11-24", 82.4),
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2023-11-24", 54.5),
            ("dvctt_with_dossiers_rate", "Thừa Thiên Huế", "as_of", "2023-11-24", 71.3),
            ("dossiers_with_personal_id_rate", "Thừa Thiên Huế", "as_of", "2023-11-24", 92.5),
        ],
    ),
    # 22 — undated interview with an operator: operator figures, undated national levels
    (
        """Giám đốc VNPT VinaPhone: "Smartphone giá rẻ là chìa khóa tắt sóng 2G"

PV: Thưa ông, VinaPhone chuẩn bị cho việc tắt sóng 2G thế nào?

Ông Nguyễn Văn Hải: Hiện VinaPhone có khoảng 35 triệu thuê bao, trong đó hơn 80% đã dùng smartphone. Trên cả nước, hiện có khoảng 100 triệu thuê bao sử dụng điện thoại thông minh, tỷ lệ thuê bao smartphone vào khoảng 85%. Tốc độ băng rộng di động trung bình hiện cũng đã đạt trên 50 Mbps.

Chúng tôi sẽ tặng máy cho các hộ nghèo và hỗ trợ đổi máy với giá chỉ từ 500.000 đồng.""",
        None,
        [],
    ),
    # 23 — NDXP year review: year total, daily average over the year, cumulative, previous year in parentheses
    (
        """Năm 2023, NDXP ghi nhận 820 triệu giao dịch
ICTnews - 15/01/2024

Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 820 triệu giao dịch, trung bình 2,25 triệu giao dịch mỗi ngày, tăng 60% so với năm 2022 (512 triệu giao dịch). Tổng số giao dịch lũy kế từ năm 2019 đến hết năm 2023 đạt 2,03 tỷ.

Đến hết năm 2023, có 117 bộ, ngành, địa phương, cơ quan và doanh nghiệp kết nối với NDXP. Năm 2024, Văn phòng Chính phủ đặt mục tiêu NDXP xử lý trên 1 tỷ giao dịch.""",
        "2024-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 820000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2250000.0),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 512000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 2030000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 117.0),
        ],
    ),
    # 24 — working group report retold: levels "đến nay" beside remainders not done
    (
        """Tổ công tác cải cách TTHC: 44/53 dịch vụ công thiết yếu đã cung cấp toàn trình
Báo Điện tử Chính phủ - 28/05/2024

Theo báo cáo của Tổ công tác cải cách thủ tục hành chính của Thủ tướng, đến nay, 44/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp toàn trình, 9 dịch vụ còn lại đang được các bộ hoàn thiện. 58/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 5 địa phương chưa ban hành.

Tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối với Hệ thống EMC đạt 84,6%. Các bộ, ngành đã cắt giảm, đơn giản hóa 812/1.084 thủ tục theo các nghị quyết chuyên đề của Chính phủ, 272 thủ tục chưa được cắt giảm.""",
        "2024-05-28",
        [
            ("essential_services_full_process", "national", "as_of", "2024-05-28", 44.0),
            ("localities_fee_reduction", "national", "as_of", "2024-05-28", 58.0),
            ("emc_connection_rate", "national", "as_of", "2024-05-28", 84.6),
            ("procedures_simplified", "national", "as_of", "2024-05-28", 812.0),
        ],
    ),
    # 25 — year review with next year's targets, a past year in parentheses, a speed with its rank
    (
        """Năm 2024: 82,5% dân số sử dụng Internet, kinh tế số ước chiếm 18,3% GDP
Nhân Dân - 08/01/2025

Báo cáo tổng kết của Bộ Thông tin và Truyền thông cho biết năm 2024, tỷ lệ người sử dụng Internet đạt 82,5%; tỷ trọng kinh tế số ước đạt 18,3% GDP. Đến hết năm 2024, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 82,4%, tăng 3,4 điểm phần trăm so với cuối năm 2023 (79%); tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,6%.

Trong tháng 12/2024, tốc độ băng rộng cố định của Việt Nam theo Ookla đạt 154,2 Mbps, xếp thứ 36 thế giới.

Năm 2025, ngành đặt mục tiêu kinh tế số chiếm 20% GDP, phủ sóng 5G cho 50% dân số và 85% hộ gia đình có cáp quang.""",
        "2025-01-08",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 82.5),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.6),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 154.2),
        ],
    ),
    # 26 — undated provincial page: a year and a half compared, the country's half, an undated level
    (
        """Nghệ An: Hồ sơ trực tuyến toàn trình tăng mạnh

Năm 2022, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Nghệ An chỉ đạt 12,4%; 6 tháng đầu năm 2023, tỷ lệ này đã tăng lên 28,7%, cao hơn mức bình quân cả nước cùng kỳ (20,1%). Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính trong 6 tháng đạt 98,2%.

Hiện tỉnh đã cung cấp 1.100 dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công của tỉnh.""",
        None,
        [
            ("online_dossier_full_process_rate", "Nghệ An", "year", "2022-12-31", 12.4),
            ("online_dossier_full_process_rate", "Nghệ An", "half", "2023-06-30", 28.7),
            ("online_dossier_full_process_rate", "national", "half", "2023-06-30", 20.1),
            ("satisfaction_rate", "Nghệ An", "half", "2023-06-30", 98.2),
        ],
    ),
    # 27 — monthly report with an explicit window: flows, running totals, a daily average
    (
        """Tháng 7, Cổng Dịch vụ công quốc gia có thêm 845.000 tài khoản
Báo Chính phủ - 22/07/2024

Trong tháng 7/2024 (từ ngày 16/6 đến ngày 15/7/2024), Cổng Dịch vụ công quốc gia có 845.000 tài khoản đăng ký mới, nâng tổng số tài khoản lên 14,6 triệu; tiếp nhận 1,9 triệu hồ sơ trực tuyến, nâng tổng số hồ sơ trực tuyến từ khi khai trương lên 52,3 triệu hồ sơ.

Cũng trong thời gian này, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia hàng ngày có trung bình 3,1 triệu giao dịch.""",
        "2024-07-22",
        [
            ("national_portal_accounts_new", "national", "month", "2024-07-15", 845000.0),
            ("national_portal_accounts", "national", "as_of", "2024-07-15", 14600000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-07-15", 1900000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-07-15", 52300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-15", 3100000.0),
        ],
    ),
    # 28 — provincial director's interview: "đến nay" levels on the published date, a city's figure, targets
    (
        """Giám đốc Sở TT&TT Bình Dương: "Dữ liệu là tài nguyên của chính quyền số"
Báo Bình Dương - 15/11/2024

PV: Xin ông cho biết kết quả nổi bật của tỉnh?

Ông Nguyễn Thanh Toàn: Đến nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ dân số trưởng thành của tỉnh sử dụng dịch vụ công trực tuyến đạt 58%. Tỷ lệ hộ gia đình có Internet cáp quang đạt 92%, riêng TP Thủ Dầu Một đạt 98%. Toàn tỉnh đã có 640 trạm BTS 5G.

Năm 2025, tỉnh phấn đấu 70% người trưởng thành sử dụng dịch vụ công trực tuyến và phủ sóng 5G toàn bộ khu công nghiệp.""",
        "2024-11-15",
        [
            ("full_process_provision_rate", "Bình Dương", "as_of", "2024-11-15", 100.0),
            ("adult_population_using_dvctt_rate", "Bình Dương", "as_of", "2024-11-15", 58.0),
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-11-15", 92.0),
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-11-15", 640.0),
        ],
    ),
    # 29 — dead-zone villages programme: a share, a count of covered villages, a remainder, a past year in parentheses
    (
        """Chương trình "Sóng và máy tính cho em": 77,6% thôn lõm sóng có điện đã được phủ sóng
VnExpress - 12/12/2023

Theo Bộ Thông tin và Truyền thông, đến hết tháng 11/2023, các doanh nghiệp đã phủ sóng cho 1.562/2.014 thôn lõm sóng có điện lưới, đạt 77,6% (cuối năm 2022 là 38%); 452 thôn có điện còn lại sẽ được phủ sóng trong năm 2024. Tính đến cùng thời điểm, cả nước còn 1.628 thôn lõm sóng di động, chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên.""",
        "2023-12-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-11-30", 77.6),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2022-12-31", 38.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-11-30", 1628.0),
        ],
    ),
    # 30 — undated one-paragraph provincial note: a quarter's rates beside the country's, a change
    (
        """Quý II/2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Sóc Trăng đạt 52,3%, tăng 9,6 điểm phần trăm so với quý I, cao hơn bình quân cả nước (31,2%); tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 76,8%.""",
        None,
        [
            ("online_dossier_rate", "Sóc Trăng", "quarter", "2023-06-30", 52.3),
            ("online_dossier_rate", "national", "quarter", "2023-06-30", 31.2),
            ("e_result_rate", "Sóc Trăng", "quarter", "2023-06-30", 76.8),
        ],
    ),
]
