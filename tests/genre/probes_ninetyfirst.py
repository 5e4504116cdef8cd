"""Genre probes, round 91: pages of the second half of 2025 and early 2026 — provincial portals of the 34 provinces after the July 2025 merger (new provinces that keep one old name, with the merged old provinces named), communes, wards and special zones under the two-level local government (whose figures are not a province's), Bộ Khoa học và Công nghệ as the reporting ministry, the Decision 766 service index with province scores and ranks, Project 06 results, VNeID and level-2 e-identification accounts, online payments and fee-waiver resolutions, and year-end 2025 reviews with 2024 comparisons; about a third provincial portals, a third national press and a third ministry bulletins, written blind by a helper (not copied from any page).

First reading (stop 42): with the stop's start code 3407584 and with the code of that moment (59252c6) alike, 111 of 116 right, 111 of 117 found (0.96 / 0.95). Fitted after that reading (general fixes: wards listed after "Một số phường như", a ward that leads its province, one ministry's own rate with a five-word name, "sẽ giúp … đạt" as an aim, a source in brackets read past, provinces merged together in brackets): 114 of 115, 114 of 117. Left: "trong 6 tháng" after a window of six months told in the sentence before; a year's dossiers told "trong năm" after the number under an as-of date carried from the sentence before."""

CASES = [
    # 1 — provincial portal, new Tuyên Quang (Hà Giang + Tuyên Quang), Q3 2025; commune figure and target are traps
    (
        """Tuyên Quang: Kết quả giải quyết thủ tục hành chính quý III/2025
Cập nhật: 08/10/2025 | Văn phòng UBND tỉnh

Sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang thành tỉnh Tuyên Quang (mới), từ ngày 01/7/2025 toàn bộ hồ sơ thủ tục hành chính của tỉnh được tiếp nhận, giải quyết thống nhất trên Hệ thống thông tin giải quyết thủ tục hành chính dùng chung.

Trong quý III/2025, toàn tỉnh tiếp nhận 186.420 hồ sơ, trong đó có 152.300 hồ sơ trực tuyến; tỷ lệ hồ sơ xử lý trực tuyến đạt 81,7%. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,2%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 52,4%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 97,9%.

Trong số 124 xã, phường của tỉnh, xã Bạch Đích và phường Hà Giang 1 có tỷ lệ hồ sơ trực tuyến trên 95%.

Mục tiêu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt tối thiểu 85%.""",
        "2025-10-08",
        [
            ("online_dossier_rate", "Tuyên Quang", "quarter", "2025-09-30", 81.7),
            ("e_result_rate", "Tuyên Quang", "quarter", "2025-09-30", 88.2),
            ("data_reuse_rate", "Tuyên Quang", "quarter", "2025-09-30", 52.4),
            ("satisfaction_rate", "Tuyên Quang", "quarter", "2025-09-30", 97.9),
        ],
    ),
    # 2 — Bộ KH&CN monthly report, November 2025; change and one ministry's count are traps
    (
        """BÁO CÁO
Tình hình thực hiện chuyển đổi số quốc gia tháng 11/2025
(Bộ Khoa học và Công nghệ)

1. Về phát triển Chính phủ số
Tính đến ngày 30/11/2025, Cổng Dịch vụ công quốc gia có 21,6 triệu tài khoản đăng ký; riêng trong tháng 11/2025 có thêm 412.000 tài khoản mới, tăng 6,2% so với tháng 10. Trong tháng, Cổng tiếp nhận 2,35 triệu hồ sơ trực tuyến; thực hiện 1,87 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.946 tỷ đồng. Bộ Công an là đơn vị có số hồ sơ trực tuyến lớn nhất với hơn 640.000 hồ sơ.

2. Về hạ tầng dữ liệu
Trong tháng 11/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 62,4 triệu giao dịch, trung bình 2,08 triệu giao dịch mỗi ngày; lũy kế từ năm 2019 đến hết tháng 11/2025 đạt 2,46 tỷ giao dịch.

3. Nhiệm vụ tháng 12/2025
Các bộ, ngành, địa phương bảo đảm tỷ lệ hồ sơ trực tuyến năm 2025 đạt tối thiểu 60%.""",
        "2025-12-05",
        [
            ("national_portal_accounts", "national", "as_of", "2025-11-30", 21600000.0),
            ("national_portal_accounts_new", "national", "month", "2025-11-30", 412000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-11-30", 2350000.0),
            ("online_payments_count_new", "national", "month", "2025-11-30", 1870000.0),
            ("online_payments_value_new", "national", "month", "2025-11-30", 1946.0),
            ("ndxp_transactions_period", "national", "month", "2025-11-30", 62400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-11-30", 2080000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-11-30", 2460000000.0),
        ],
    ),
    # 3 — national press, VNeID year-end 2025 with 2024 comparison; sub-count, activation rate and app visits are traps
    (
        """Hơn 65 triệu tài khoản định danh điện tử mức độ 2 đã được kích hoạt

Năm 2025, lực lượng Công an tiếp tục giữ vai trò nòng cốt trong triển khai Đề án 06. Tính đến ngày 31/12/2025, cả nước đã có 65,3 triệu tài khoản định danh điện tử mức độ 2 được kích hoạt (cùng thời điểm năm 2024 là 57,9 triệu), trong đó hơn 3,1 triệu tài khoản của trẻ em dưới 14 tuổi. Tỷ lệ kích hoạt đạt 91,2% số hồ sơ đề nghị cấp tài khoản đã tiếp nhận.

Cũng trong năm, Công an các địa phương đã hoàn thành cấp đổi theo Luật Căn cước; tổng số thẻ căn cước, căn cước công dân gắn chip đã cấp là 89,6 triệu thẻ.

Ứng dụng VNeID hiện tích hợp hơn 40 tiện ích, ghi nhận bình quân 4,5 triệu lượt truy cập mỗi ngày.""",
        "2026-01-06",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-12-31", 65300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 57900000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-12-31", 89600000.0),
        ],
    ),
    # 4 — provincial portal, new Lâm Đồng (Đắk Nông + Bình Thuận + Lâm Đồng), Decision 766 index for October; score, rank and payment share have no id
    (
        """Lâm Đồng xếp thứ 9/34 về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2025

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo Quyết định số 766/QĐ-TTg, tháng 10/2025 tỉnh Lâm Đồng đạt 84,12/100 điểm, xếp thứ 9/34 tỉnh, thành phố, tăng 4 bậc so với tháng 9.

Đây là kết quả tích cực sau hơn ba tháng tỉnh Lâm Đồng mới (hình thành từ tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận) vận hành chính quyền địa phương hai cấp với 124 xã, phường, đặc khu.

Ở nhóm chỉ số thành phần, trong tháng 10/2025 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 63,8%; tỷ lệ hồ sơ cấp kết quả điện tử đạt 94,6%; tỷ lệ thanh toán trực tuyến đạt 71,2%. Chỉ số về mức độ hài lòng đạt 17,6/18 điểm.""",
        "2025-11-12",
        [
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2025-10-31", 63.8),
            ("e_result_rate", "Lâm Đồng", "month", "2025-10-31", 94.6),
        ],
    ),
    # 5 — VPCP bulletin, 9 months 2025, ministries vs localities; index average, leaders and one ministry are traps
    (
        """Văn phòng Chính phủ thông tin kết quả Bộ chỉ số 766 chín tháng năm 2025

Chín tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 68,4%, của các địa phương đạt 49,7%. Tỷ lệ hồ sơ cấp kết quả điện tử của các bộ, ngành đạt 82,6%, của các địa phương đạt 90,3%.

Điểm bình quân Bộ chỉ số của 34 địa phương đạt 80,15/100 điểm; 5 địa phương dẫn đầu là Hải Phòng, Quảng Ninh, Hà Nội, Hồ Chí Minh và Cần Thơ. Bộ Tài chính có tỷ lệ hồ sơ trực tuyến cao nhất khối bộ, ngành (91,2%).

Văn phòng Chính phủ đề nghị các địa phương chỉ đạo các xã, phường, đặc khu nâng tỷ lệ hồ sơ trực tuyến lên trên 80% trong quý IV.""",
        "2025-10-14",
        [
            ("online_dossier_rate", "ministries", "ytd", "2025-09-30", 68.4),
            ("online_dossier_rate", "localities", "ytd", "2025-09-30", 49.7),
            ("e_result_rate", "ministries", "ytd", "2025-09-30", 82.6),
            ("e_result_rate", "localities", "ytd", "2025-09-30", 90.3),
        ],
    ),
    # 6 — national press, year 2025 vs 2024 (parenthesised past value kept); change and 2026 targets are traps
    (
        """Năm 2025: hơn một nửa hồ sơ thủ tục hành chính được xử lý trực tuyến

Theo báo cáo tại Hội nghị tổng kết công tác cải cách thủ tục hành chính, năm 2025, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 52,3%, tăng 8,1 điểm phần trăm so với năm 2024 (44,2%). Tính đến cuối năm 2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 56,7%.

Trong năm 2025, Cổng Dịch vụ công quốc gia thực hiện 19,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 21,4 nghìn tỷ đồng; số giao dịch tăng 37% so với năm trước.

Năm 2026, Chính phủ đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70% và 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.""",
        "2026-01-10",
        [
            ("online_dossier_rate", "national", "year", "2025-12-31", 52.3),
            ("online_dossier_rate", "national", "year", "2024-12-31", 44.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-12-31", 56.7),
            ("online_payments_count_new", "national", "year", "2025-12-31", 19800000.0),
            ("online_payments_value_new", "national", "year", "2025-12-31", 21400.0),
        ],
    ),
    # 7 — one sentence, undated level, no sidecar date: not a value
    (
        """Hiện cả nước có hơn 21 triệu tài khoản đăng ký trên Cổng Dịch vụ công quốc gia, phần lớn đăng nhập bằng tài khoản định danh điện tử VNeID.""",
        None,
        [],
    ),
    # 8 — ministry bulletin, one sentence: all 34 provinces have fee-waiver resolutions
    (
        """Tính đến hết tháng 12/2025, 34/34 tỉnh, thành phố đã ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến.""",
        "2026-01-08",
        [
            ("localities_fee_reduction", "national", "as_of", "2025-12-31", 34.0),
        ],
    ),
    # 9 — provincial portal, new Đồng Tháp (Tiền Giang + Đồng Tháp) fee-waiver resolution; forecast, payment share and target are traps
    (
        """HĐND tỉnh Đồng Tháp thông qua nghị quyết miễn lệ phí khi thực hiện dịch vụ công trực tuyến

Tại kỳ họp chuyên đề ngày 10/12/2025, HĐND tỉnh Đồng Tháp (tỉnh mới sau sáp nhập tỉnh Tiền Giang và tỉnh Đồng Tháp) đã thông qua Nghị quyết quy định miễn 100% lệ phí đối với hồ sơ nộp trực tuyến của 46 thủ tục hành chính, áp dụng từ ngày 01/01/2026 đến hết ngày 31/12/2027.

Theo tờ trình của UBND tỉnh, 11 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 76,3%, tỷ lệ hồ sơ có thanh toán trực tuyến đạt 58,6%. Dự kiến mỗi năm có khoảng 650.000 hồ sơ được miễn lệ phí với tổng số tiền khoảng 28 tỷ đồng.

Nghị quyết giao UBND các xã, phường đẩy mạnh tuyên truyền để tỷ lệ hồ sơ trực tuyến đạt trên 85% vào cuối năm 2026.""",
        "2025-12-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2025-11-30", 76.3),
        ],
    ),
    # 10 — Bộ KH&CN telecom figures end of September 2025; one operator's sub-count and growth are traps
    (
        """Hạ tầng viễn thông đến hết tháng 9/2025

Theo Bộ Khoa học và Công nghệ, tính đến hết tháng 9/2025, cả nước có 18.600 trạm BTS 5G, trong đó Viettel chiếm khoảng 10.200 trạm; vùng phủ sóng 5G đạt 86% dân số. Tổng số thuê bao băng rộng cố định đạt 24,1 triệu, thuê bao băng rộng di động đạt 97,6 triệu. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,2%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 85,4%.

So với cùng kỳ năm 2024, số trạm 5G tăng gấp 3,4 lần.""",
        "2025-10-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 18600.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 86.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 24100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 97600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-09-30", 89.2),
            ("ftth_household_rate", "national", "as_of", "2025-09-30", 85.4),
        ],
    ),
    # 11 — national press, Ookla November 2025; upload speeds and ranks are traps
    (
        """Tốc độ Internet di động của Việt Nam vào top 15 thế giới

Theo báo cáo Speedtest Global Index của Ookla, tháng 11/2025 tốc độ tải xuống trung vị của mạng băng rộng di động Việt Nam đạt 152,7 Mbps, tốc độ tải lên đạt 38,4 Mbps. Với mạng băng rộng cố định, tốc độ tải xuống đạt 198,3 Mbps và tải lên đạt 187,9 Mbps.

Với kết quả này, Việt Nam xếp thứ 13 thế giới về tốc độ di động và thứ 24 về tốc độ cố định. Giới chuyên gia cho rằng sự bứt phá chủ yếu nhờ việc các nhà mạng đẩy nhanh phủ sóng 5G trong năm 2025.""",
        "2025-12-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-11-30", 152.7),
            ("fixed_broadband_speed", "national", "month", "2025-11-30", 198.3),
        ],
    ),
    # 12 — provincial portal, Hải Phòng (merged with Hải Dương), November 2025; commune-level part and ward figures are traps
    (
        """Hải Phòng: tỷ lệ hồ sơ trực tuyến tháng 11 đạt 84,5%

Theo Sở Khoa học và Công nghệ thành phố Hải Phòng, trong tháng 11/2025 toàn thành phố tiếp nhận 142.860 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 84,5%, trong đó cấp xã đạt 79,1%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%.

Sau khi hợp nhất với tỉnh Hải Dương, thành phố có 114 đơn vị hành chính cấp xã. Một số phường như Lê Chân, Hải Dương, Thủy Nguyên có tỷ lệ hồ sơ trực tuyến trên 97%; ngược lại, đặc khu Bạch Long Vĩ mới đạt 42%.

Hiện nay, thành phố cung cấp 1.186 dịch vụ công trực tuyến toàn trình, chiếm 58,2% tổng số thủ tục hành chính.""",
        "2025-12-08",
        [
            ("online_dossier_rate", "Hải Phòng", "month", "2025-11-30", 84.5),
            ("online_dossier_full_process_rate", "Hải Phòng", "month", "2025-11-30", 61.3),
            ("dvctt_full_process_rate", "Hải Phòng", "as_of", "2025-11-30", 58.2),
        ],
    ),
    # 13 — national press, six months of two-level local government; commune-level rate, on-time rate and one ward are traps
    (
        """Sáu tháng vận hành chính quyền địa phương hai cấp: cấp xã gánh phần lớn hồ sơ

Từ ngày 01/7/2025 đến ngày 31/12/2025, 3.321 xã, phường, đặc khu trên cả nước đã tiếp nhận hơn 19,4 triệu hồ sơ thủ tục hành chính. Tính chung cả nước, tỷ lệ hồ sơ xử lý trực tuyến trong 6 tháng đạt 55,2%; riêng cấp xã đạt 71,6%. Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp xã đạt 96,8%.

Nhiều phường đô thị đạt tỷ lệ rất cao, như phường Hoàn Kiếm (Hà Nội) 98,4% hay phường Bến Thành (TP.HCM) 97,9%. Ngược lại, một số xã miền núi mới sáp nhập vẫn còn tình trạng thiếu máy tính, đường truyền chập chờn.

Bộ Nội vụ cho biết sẽ tiếp tục rà soát, bố trí cán bộ công nghệ thông tin cho cấp xã trong năm 2026.""",
        "2026-01-05",
        [
            ("online_dossier_rate", "national", "half", "2025-12-31", 55.2),
        ],
    ),
    # 14 — ministry bulletin, cyber security October 2025; change is a trap, parenthesised September value kept
    (
        """Tình hình an toàn thông tin mạng tháng 10/2025

Trong tháng 10/2025, hệ thống kỹ thuật giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 14,2% so với tháng 9/2025 (597 cuộc).

Tính đến cuối tháng 10/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 612.430, giảm 3,1% so với tháng trước.

Đến nay, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất cấp độ đạt 88,7%.""",
        "2025-11-06",
        [
            ("cyberattacks", "national", "month", "2025-10-31", 512.0),
            ("cyberattacks", "national", "month", "2025-09-30", 597.0),
            ("botnet_ips", "national", "as_of", "2025-10-31", 612430.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-10-31", 88.7),
        ],
    ),
    # 15 — provincial portal, new Bắc Ninh (Bắc Giang + Bắc Ninh), VNeID; activation share and a ward's count are traps
    (
        """Bắc Ninh đẩy mạnh kích hoạt tài khoản định danh điện tử

Tỉnh Bắc Ninh mới được thành lập trên cơ sở hợp nhất tỉnh Bắc Giang và tỉnh Bắc Ninh. Đến ngày 15/9/2025, Công an tỉnh đã kích hoạt 2.486.300 tài khoản định danh điện tử mức độ 2, đạt 93,4% số công dân đủ điều kiện; đã cấp 3.012.000 thẻ căn cước cho công dân trên địa bàn.

Phường Kinh Bắc dẫn đầu toàn tỉnh với hơn 62.000 tài khoản được kích hoạt.""",
        "2025-09-18",
        [
            ("vneid_activated_accounts", "Bắc Ninh", "as_of", "2025-09-15", 2486300.0),
            ("chip_id_cards_issued", "Bắc Ninh", "as_of", "2025-09-15", 3012000.0),
        ],
    ),
    # 16 — ministry bulletin, Project 06 year-end review; parenthesised 2024 value kept, population-database checks and target are traps
    (
        """Tổ công tác triển khai Đề án 06 của Chính phủ tổng kết năm 2025

Chiều 14/01/2026, Tổ công tác triển khai Đề án 06 tổ chức hội nghị tổng kết năm 2025. Báo cáo cho biết, đến nay 53/53 dịch vụ công thiết yếu theo Quyết định 422/QĐ-TTg đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia (năm 2024 là 44/53).

Trong năm 2025, tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 96,8%. Cơ sở dữ liệu quốc gia về dân cư đã xác thực hơn 1,2 tỷ lượt thông tin công dân cho các bộ, ngành, địa phương.

Năm 2026, Tổ công tác đặt mục tiêu 100% hồ sơ thủ tục hành chính được gắn định danh cá nhân và 100% dịch vụ công trực tuyến tích hợp thanh toán trực tuyến.""",
        "2026-01-15",
        [
            ("essential_services_full_process", "national", "as_of", "2025-12-31", 53.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 44.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2025-12-31", 96.8),
        ],
    ),
    # 17 — national press, digital economy 2025 with 2024 comparison; ICT revenue, exports and targets are traps
    (
        """Kinh tế số năm 2025 ước chiếm 14,02% GDP

Theo Cục Thống kê (Bộ Tài chính), năm 2025, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP ước đạt 14,02% (năm 2024: 13,17%). Tốc độ tăng trưởng kinh tế số ước đạt 20,5%, gấp khoảng 2,5 lần tốc độ tăng GDP.

Doanh thu công nghiệp công nghệ số năm 2025 ước đạt 172 tỷ USD; xuất khẩu phần cứng, điện tử đạt 168 tỷ USD.

Mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 chưa đạt; Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 kinh tế số đạt tối thiểu 30% GDP.""",
        "2026-01-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 14.02),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_growth", "national", "year", "2025-12-31", 20.5),
        ],
    ),
    # 18 — provincial portal, Đà Nẵng (merged with Quảng Nam), year 2025; index score, ward figure and target are traps
    (
        """Đà Nẵng: kinh tế số chiếm 18,6% GRDP năm 2025

Năm 2025, kinh tế số của thành phố Đà Nẵng (sau sáp nhập với tỉnh Quảng Nam) ước chiếm 18,6% GRDP. Tỷ lệ hồ sơ xử lý trực tuyến của thành phố cả năm đạt 88,9%; phường Hải Châu dẫn đầu với 99,2%, phường Hội An đạt 96,5%.

Thành phố xếp thứ 2/34 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp với 90,37 điểm.

Năm 2026, Đà Nẵng phấn đấu kinh tế số chiếm 22% GRDP.""",
        "2026-01-22",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2025-12-31", 18.6),
            ("online_dossier_rate", "Đà Nẵng", "year", "2025-12-31", 88.9),
        ],
    ),
    # 19 — bulletin without a sidecar date, explicit cut-off; the counts have no id
    (
        """Báo cáo nhanh: Tính đến ngày 31/10/2025, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 91,3% (3.846/4.212 thủ tục).""",
        None,
        [
            ("full_process_provision_rate", "national", "as_of", "2025-10-31", 91.3),
        ],
    ),
    # 20 — provincial plan for 2026, new Hưng Yên (Thái Bình + Hưng Yên): targets only
    (
        """Kế hoạch chuyển đổi số năm 2026 của tỉnh Hưng Yên

UBND tỉnh Hưng Yên (tỉnh mới hình thành từ tỉnh Thái Bình và tỉnh Hưng Yên) ban hành Kế hoạch chuyển đổi số năm 2026 với các chỉ tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 80%, cao hơn kết quả năm 2025; 100% hồ sơ được số hóa, cấp kết quả điện tử; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt trên 60%; kinh tế số chiếm 15% GRDP.

Đến hết năm 2026, 100% xã, phường có đội công nghệ số cộng đồng hoạt động hiệu quả.""",
        "2026-01-12",
        [],
    ),
    # 21 — provincial portal, new Lào Cai (Yên Bái + Lào Cai), dead zones; a commune's count and targets are traps
    (
        """Lào Cai: phấn đấu xóa 60 thôn lõm sóng trong năm 2025

Sau hợp nhất tỉnh Yên Bái và tỉnh Lào Cai, tỉnh Lào Cai (mới) có 99 xã, phường. Hiện toàn tỉnh còn 112 thôn, bản chưa có sóng di động, tập trung tại các xã vùng cao như Bản Xèo, Y Tý, Mù Cang Chải; riêng xã Y Tý còn 9 thôn. Tỷ lệ thôn, bản có sóng di động băng rộng đạt 97,1%.

Năm 2025, tỉnh phấn đấu xóa 60 thôn lõm sóng; đến năm 2026, 100% thôn, bản có sóng di động.""",
        "2025-09-20",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-09-20", 112.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-09-20", 97.1),
        ],
    ),
    # 22 — Bộ KH&CN bulletin without a sidecar date, explicit end-2025 cut-off
    (
        """Chương trình cung cấp dịch vụ viễn thông công ích: kết quả đến hết năm 2025

Tính đến ngày 31/12/2025, cả nước còn 187 thôn, bản chưa có sóng di động, chủ yếu ở các xã biên giới của Lai Châu, Điện Biên, Sơn La và Quảng Trị. Tỷ lệ thôn lõm sóng có điện lưới đã được phủ sóng di động đạt 94,5%.

Bộ Khoa học và Công nghệ yêu cầu các doanh nghiệp viễn thông hoàn thành phủ sóng các thôn còn lại trong quý II/2026.""",
        None,
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-12-31", 187.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-12-31", 94.5),
        ],
    ),
    # 23 — national press, EGDI ranks (UN survey editions 2024 and 2022 kept); foreign leader and target are traps
    (
        """Việt Nam đặt mục tiêu vào nhóm 50 nước dẫn đầu về Chính phủ điện tử

Trong Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193, tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193). Đan Mạch tiếp tục dẫn đầu bảng xếp hạng.

Chiến lược phát triển Chính phủ số đặt mục tiêu đến kỳ khảo sát năm 2026 Việt Nam thuộc nhóm 50 nước dẫn đầu. Bộ Khoa học và Công nghệ cho biết đang phối hợp với các bộ, ngành cập nhật dữ liệu phục vụ kỳ đánh giá mới.""",
        "2026-02-03",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 24 — VPCP bulletin, December 2025: satisfaction and EMC connection
    (
        """Văn phòng Chính phủ: Kết quả cải cách thủ tục hành chính tháng 12/2025

Trong tháng 12/2025, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính (qua đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính) đạt 95,8%.

Đến nay, 100% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối, tích hợp đầy đủ với Hệ thống EMC. Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục chuẩn hóa dữ liệu trong năm 2026.""",
        "2026-01-07",
        [
            ("satisfaction_rate", "national", "month", "2025-12-31", 95.8),
            ("emc_connection_rate", "national", "as_of", "2025-12-31", 100.0),
        ],
    ),
    # 25 — provincial portal, Cần Thơ (Sóc Trăng + Hậu Giang + Cần Thơ), online payments in 2025; payment share is a trap
    (
        """Cần Thơ: năm 2025 thu hơn 600 tỷ đồng qua thanh toán trực tuyến

Năm 2025, qua Cổng Dịch vụ công quốc gia, thành phố Cần Thơ (sau hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang) thực hiện 486.200 giao dịch thanh toán trực tuyến với tổng số tiền 612 tỷ đồng. Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến đạt 68%.

Thành phố đang triển khai thí điểm thanh toán không dùng tiền mặt tại bộ phận một cửa của 103 xã, phường.""",
        "2026-01-14",
        [
            ("online_payments_count_new", "Cần Thơ", "year", "2025-12-31", 486200.0),
            ("online_payments_value_new", "Cần Thơ", "year", "2025-12-31", 612.0),
        ],
    ),
    # 26 — national press on Q3 published 51 days after the quarter: "hiện nay" is the quarter's end; growth flow is a trap
    (
        """Thuê bao băng rộng tiếp tục tăng trong quý III

Trong quý III/2025, các doanh nghiệp viễn thông phát triển mới khoảng 1,1 triệu thuê bao băng rộng di động. Hiện nay, số thuê bao băng rộng di động đạt 96,3 thuê bao/100 dân; băng rộng cố định đạt 24,2 thuê bao/100 dân.

Theo Bộ Khoa học và Công nghệ, đà tăng chủ yếu đến từ nhu cầu sử dụng gói cước 5G và các chương trình chuyển đổi thuê bao 2G.""",
        "2025-11-20",
        [
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 96.3),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 24.2),
        ],
    ),
    # 27 — provincial portal, Hà Nội (not merged), 9 months with same-period 2024 value in parentheses
    (
        """Hà Nội: 9 tháng năm 2025 tỷ lệ hồ sơ trực tuyến đạt 78,4%

Theo Sở Khoa học và Công nghệ Hà Nội, 9 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 78,4% (cùng kỳ năm 2024 là 61,2%). Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 47,5%.

Từ 01/7/2025, 126 xã, phường của Thủ đô đã tiếp nhận hồ sơ trên hệ thống dùng chung; phường Cửa Nam, phường Ba Đình có tỷ lệ hồ sơ trực tuyến trên 95%.

Thành phố phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt 85%.""",
        "2025-10-20",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-09-30", 78.4),
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-09-30", 61.2),
            ("data_reuse_rate", "Hà Nội", "ytd", "2025-09-30", 47.5),
        ],
    ),
    # 28 — ministry bulletin, National Portal in 2025: flows and end-year stocks; VNeID log-ins are a trap
    (
        """Cổng Dịch vụ công quốc gia năm 2025

Trong năm 2025, Cổng Dịch vụ công quốc gia có thêm 4,9 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên 22,3 triệu (tính đến ngày 31/12/2025); ghi nhận 28,4 triệu lượt đăng nhập bằng tài khoản VNeID. Cổng tiếp nhận 26,7 triệu hồ sơ trực tuyến trong năm; lũy kế từ khi khai trương đạt 98,5 triệu hồ sơ.

Năm 2026, Cổng sẽ được nâng cấp theo hướng lấy người dùng làm trung tâm, cá nhân hóa dịch vụ trên nền tảng dữ liệu dân cư.""",
        "2026-01-09",
        [
            ("national_portal_accounts_new", "national", "year", "2025-12-31", 4900000.0),
            ("national_portal_accounts", "national", "as_of", "2025-12-31", 22300000.0),
            ("national_portal_dossiers_new", "national", "year", "2025-12-31", 26700000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-12-31", 98500000.0),
        ],
    ),
    # 29 — provincial portal, Nghệ An (not merged), Q4 2025; "trong đó" full-process share is its own value
    (
        """Nghệ An: kết quả cung cấp dịch vụ công trực tuyến quý IV/2025

Quý IV/2025, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Nghệ An đạt 73,8%. Tính đến ngày 31/12/2025, tỉnh cung cấp 1.925 dịch vụ công trực tuyến, đạt 97,6% tổng số thủ tục hành chính; trong đó 1.402 dịch vụ công trực tuyến toàn trình, chiếm 71,1% tổng số thủ tục hành chính.

Trong quý, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 78,4%. Xã Con Cuông, xã Quỳ Hợp đạt tỷ lệ hồ sơ trực tuyến trên 90%.""",
        "2026-01-16",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-12-31", 73.8),
            ("dvctt_rate", "Nghệ An", "as_of", "2025-12-31", 97.6),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2025-12-31", 71.1),
            ("dvctt_with_dossiers_rate", "Nghệ An", "quarter", "2025-12-31", 78.4),
        ],
    ),
    # 30 — press without a sidecar date, explicit month; foreign speeds are traps
    (
        """Tháng 9/2025, tốc độ tải xuống băng rộng di động tại Việt Nam đạt 146,2 Mbps, vượt Thái Lan (118,5 Mbps) và Malaysia (112,0 Mbps), đứng đầu khu vực Đông Nam Á.""",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 146.2),
        ],
    ),
    # 31 — national press, Internet users end-2025; a vendor's estimate is a trap
    (
        """Tỷ lệ người dùng Internet tại Việt Nam đạt 84,3%

Theo số liệu của Bộ Khoa học và Công nghệ, tính đến cuối năm 2025, tỷ lệ người sử dụng Internet tại Việt Nam đạt 84,3% dân số.

Trong khi đó, báo cáo Digital 2026 của We Are Social và Meltwater ước tính Việt Nam có 80,1 triệu người dùng Internet, tương đương 79,4% dân số, thời gian sử dụng trung bình gần 6,5 giờ mỗi ngày.""",
        "2026-01-28",
        [
            ("internet_users_rate", "national", "as_of", "2025-12-31", 84.3),
        ],
    ),
    # 32 — Bộ Tài chính bulletin, e-invoices end-2025; sub-counts after "trong đó" are traps
    (
        """Hóa đơn điện tử: hơn 11 tỷ hóa đơn được tiếp nhận, xử lý

Tính đến ngày 31/12/2025, cơ quan thuế đã tiếp nhận, xử lý 11,3 tỷ hóa đơn điện tử, trong đó 4,1 tỷ hóa đơn có mã của cơ quan thuế; riêng hóa đơn khởi tạo từ máy tính tiền là 2,8 tỷ hóa đơn. Năm 2025 có thêm hơn 190.000 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.""",
        "2026-01-13",
        [
            ("e_invoices_total", "national", "as_of", "2025-12-31", 11300000000.0),
        ],
    ),
    # 33 — central bank bulletin, Mobile Money and payment accounts end-October 2025; rural share is a trap
    (
        """Thanh toán không dùng tiền mặt đến cuối tháng 10/2025

Đến cuối tháng 10/2025, số khách hàng sử dụng dịch vụ Mobile Money đạt 11,2 triệu, trong đó khoảng 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Cũng đến cuối tháng 10/2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 88,6%.

Ngân hàng Nhà nước cho biết sẽ tổng kết việc thí điểm Mobile Money trong quý I/2026.""",
        "2025-11-18",
        [
            ("mobile_money_customers", "national", "as_of", "2025-10-31", 11200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-10-31", 88.6),
        ],
    ),
    # 34 — provincial portal without a sidecar date, Quảng Trị (merged with Quảng Bình), December 2025; score, rank and digitisation share have no id
    (
        """Quảng Trị: Kết quả Bộ chỉ số 766 tháng 12/2025

Tháng 12/2025, tỉnh Quảng Trị đạt 82,47/100 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 14/34 tỉnh, thành phố, tăng 6 bậc so với tháng 11. Tỷ lệ hồ sơ xử lý trực tuyến đạt 69,2%; tỷ lệ số hóa hồ sơ đạt 87,5%; tỷ lệ hồ sơ cấp kết quả điện tử đạt 92,3%.

Trong tháng, các xã, phường thuộc địa bàn tỉnh Quảng Bình cũ có tỷ lệ hồ sơ trực tuyến cao hơn khu vực phía Nam của tỉnh.""",
        None,
        [
            ("online_dossier_rate", "Quảng Trị", "month", "2025-12-31", 69.2),
            ("e_result_rate", "Quảng Trị", "month", "2025-12-31", 92.3),
        ],
    ),
    # 35 — provincial snippet, undated levels, no sidecar date: nothing
    (
        """Tỉnh Gia Lai hiện có 1.432 dịch vụ công trực tuyến toàn trình, chiếm 71,5% tổng số thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 66,3%, cao nhất khu vực Tây Nguyên.""",
        None,
        [],
    ),
    # 36 — provincial portal, new Ninh Bình (Hà Nam + Nam Định + Ninh Bình), to 30/11/2025; rank change is a trap
    (
        """Ninh Bình: 100% thủ tục đủ điều kiện đã cung cấp trực tuyến toàn trình

Tính đến ngày 30/11/2025, tỉnh Ninh Bình (hợp nhất từ ba tỉnh Hà Nam, Nam Định và Ninh Bình) đã cung cấp dịch vụ công trực tuyến toàn trình cho 100% thủ tục hành chính đủ điều kiện.

Lũy kế 11 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 58,7%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 61,2%. Trên Bộ chỉ số 766, tỉnh tăng 12 bậc so với tháng 6/2025.""",
        "2025-12-03",
        [
            ("full_process_provision_rate", "Ninh Bình", "as_of", "2025-11-30", 100.0),
            ("online_dossier_full_process_rate", "Ninh Bình", "ytd", "2025-11-30", 58.7),
            ("data_reuse_rate", "Ninh Bình", "ytd", "2025-11-30", 61.2),
        ],
    ),
    # 37 — ministry bulletin without a sidecar date, NDXP connections at end-2025; parts after "gồm" are traps
    (
        """Đến hết ngày 31/12/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 118 cơ quan, đơn vị, gồm 14 bộ, 3 cơ quan ngang bộ, 34 tỉnh, thành phố và các tổ chức, doanh nghiệp; thiết lập 1.542 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.""",
        None,
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-12-31", 118.0),
            ("ndxp_connection_points", "national", "as_of", "2025-12-31", 1542.0),
        ],
    ),
    # 38 — provincial portal, Hồ Chí Minh (merged with Bình Dương, Bà Rịa - Vũng Tàu), Q4 2025; ward and special-zone figures are traps
    (
        """TP.HCM: quý IV/2025 tỷ lệ hồ sơ trực tuyến đạt 83,2%

Quý IV/2025, Thành phố Hồ Chí Minh (sau hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu) tiếp nhận 1,46 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 83,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,5%; tỷ lệ tái sử dụng dữ liệu số hóa đạt 55,9%.

Trong 168 xã, phường, đặc khu, phường Sài Gòn đạt tỷ lệ trực tuyến cao nhất (98,1%), đặc khu Côn Đảo đạt 61%.

Thành phố đặt mục tiêu năm 2026 đưa tỷ lệ hồ sơ trực tuyến toàn trình lên 80%.""",
        "2026-01-09",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "quarter", "2025-12-31", 83.2),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "quarter", "2025-12-31", 64.5),
            ("data_reuse_rate", "Hồ Chí Minh", "quarter", "2025-12-31", 55.9),
        ],
    ),
    # 39 — one sentence, national share of dossiers paid online: no id
    (
        """Tháng 8/2025, tỷ lệ hồ sơ có thanh toán trực tuyến trên toàn quốc đạt 42,5%, tăng 3,8 điểm phần trăm so với tháng 7.""",
        "2025-09-10",
        [],
    ),
    # 40 — Bộ KH&CN year-end conference, long; comparisons in parentheses kept; operator, ministry, changes, revenue and targets are traps
    (
        """Bộ Khoa học và Công nghệ tổng kết năm 2025: hạ tầng số bứt phá

Sáng 08/01/2026, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Bộ hoạt động sau khi hợp nhất với Bộ Thông tin và Truyền thông.

Về hạ tầng số, đến hết năm 2025 cả nước có hơn 22.000 trạm BTS 5G (cuối năm 2024 là khoảng 5.500 trạm), vùng phủ sóng 5G đạt 91% dân số. Riêng Viettel chiếm gần 60% số trạm 5G.

Thuê bao băng rộng di động đạt 98,4 thuê bao/100 dân vào cuối năm; tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 86,7%.

Theo Ookla, tháng 12/2025 tốc độ tải xuống băng rộng di động của Việt Nam đạt 156 Mbps, tăng 2,3 lần so với cùng kỳ; băng rộng cố định đạt 212 Mbps. Việt Nam lọt top 15 thế giới về tốc độ Internet di động.

Về an toàn thông tin, năm 2025 ghi nhận 5.960 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11% so với năm 2024.

Về Chính phủ số, tỷ lệ hồ sơ trực tuyến của Bộ Khoa học và Công nghệ đạt 95%. Doanh thu toàn ngành ước đạt 4,2 triệu tỷ đồng.

Năm 2026, Bộ đặt mục tiêu phủ sóng 5G đạt 99% dân số và tốc độ băng rộng di động đạt 200 Mbps.""",
        "2026-01-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 22000.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 98.4),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 86.7),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 156.0),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 212.0),
            ("cyberattacks", "national", "year", "2025-12-31", 5960.0),
        ],
    ),
    # 41 — provincial portal, new Thái Nguyên (Bắc Kạn + Thái Nguyên), Project 06; activation share is a trap
    (
        """Thái Nguyên: hơn 1 triệu tài khoản định danh điện tử được kích hoạt

Tính đến ngày 31/12/2025, tỉnh Thái Nguyên (sau hợp nhất với tỉnh Bắc Kạn) có 1.012.450 tài khoản định danh điện tử mức độ 2 được kích hoạt, tỷ lệ kích hoạt đạt 87% số công dân đủ điều kiện. Năm 2025, tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân của tỉnh đạt 98,9%.

Trong năm 2026, Công an tỉnh tiếp tục hỗ trợ các xã vùng cao của khu vực Bắc Kạn cũ kích hoạt tài khoản cho người dân.""",
        "2026-01-05",
        [
            ("vneid_activated_accounts", "Thái Nguyên", "as_of", "2025-12-31", 1012450.0),
            ("dossiers_with_personal_id_rate", "Thái Nguyên", "year", "2025-12-31", 98.9),
        ],
    ),
    # 42 — provincial portal, new Khánh Hòa (Ninh Thuận + Khánh Hòa), fee waiver for the province (national-only id not used); "hiện nay" = page date
    (
        """Khánh Hòa miễn 100% lệ phí cho hồ sơ nộp trực tuyến

HĐND tỉnh Khánh Hòa vừa ban hành Nghị quyết miễn 100% phí, lệ phí đối với hồ sơ thủ tục hành chính nộp trực tuyến trong giai đoạn 2026 – 2027, áp dụng trên địa bàn tỉnh Khánh Hòa mới (gồm tỉnh Khánh Hòa và tỉnh Ninh Thuận cũ).

Hiện nay, tỉnh Khánh Hòa cung cấp 1.120 dịch vụ công trực tuyến toàn trình trên tổng số 1.865 thủ tục hành chính, đạt 60,05%.

Tỉnh kỳ vọng chính sách miễn phí sẽ giúp tỷ lệ hồ sơ trực tuyến đạt trên 80% ngay trong năm 2026.""",
        "2026-02-05",
        [
            ("dvctt_full_process_rate", "Khánh Hòa", "as_of", "2026-02-05", 60.05),
        ],
    ),
    # 43 — national press, fee-waiver resolutions at 30/9/2025; remainder is a trap
    (
        """Tính đến ngày 30/9/2025, 25/34 tỉnh, thành phố đã ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; còn 9 địa phương chưa ban hành, trong đó có 3 địa phương chưa trình HĐND.""",
        "2025-10-06",
        [
            ("localities_fee_reduction", "national", "as_of", "2025-09-30", 25.0),
        ],
    ),
    # 44 — VPCP bulletin without a sidecar date, procedures simplified to 31/12/2025; share and remainder are traps
    (
        """Tính đến ngày 31/12/2025, đã có 2.451 thủ tục hành chính được cắt giảm, đơn giản hóa liên quan đến hoạt động sản xuất, kinh doanh theo Nghị quyết 66/NQ-CP, bằng 38,2% tổng số thủ tục thuộc phạm vi rà soát; còn 3.960 thủ tục chưa được cắt giảm, đơn giản hóa.""",
        None,
        [
            ("procedures_simplified", "national", "as_of", "2025-12-31", 2451.0),
        ],
    ),
    # 45 — Bộ KH&CN monthly report, January 2026; parenthesised January 2025 value kept
    (
        """Bộ Khoa học và Công nghệ: tình hình chuyển đổi số tháng 01/2026

Trong tháng 01/2026, Cổng Dịch vụ công quốc gia tiếp nhận 2,18 triệu hồ sơ trực tuyến (tháng 01/2025: 1,62 triệu hồ sơ); thực hiện 1,54 triệu giao dịch thanh toán trực tuyến với số tiền 1.712 tỷ đồng. Tính đến ngày 31/01/2026, Cổng có 22,8 triệu tài khoản đăng ký.

Cũng trong tháng 01/2026, NDXP ghi nhận 71,3 triệu giao dịch, bình quân 2,3 triệu giao dịch mỗi ngày.

Trong tháng 02/2026, Bộ sẽ hướng dẫn các tỉnh hoàn thiện kho dữ liệu dùng chung phục vụ cấp xã.""",
        "2026-02-06",
        [
            ("national_portal_dossiers_new", "national", "month", "2026-01-31", 2180000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 1620000.0),
            ("online_payments_count_new", "national", "month", "2026-01-31", 1540000.0),
            ("online_payments_value_new", "national", "month", "2026-01-31", 1712.0),
            ("national_portal_accounts", "national", "as_of", "2026-01-31", 22800000.0),
            ("ndxp_transactions_period", "national", "month", "2026-01-31", 71300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2026-01-31", 2300000.0),
        ],
    ),
    # 46 — provincial portal, new Cà Mau (Bạc Liêu + Cà Mau), second half of 2025; a commune's rate is a trap
    (
        """Cà Mau: sáu tháng cuối năm 2025 tỷ lệ hồ sơ trực tuyến đạt 70,4%

Sáu tháng cuối năm 2025, sau khi hợp nhất tỉnh Bạc Liêu và tỉnh Cà Mau, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Cà Mau đạt 70,4%; tỷ lệ người dân, doanh nghiệp hài lòng đạt 98,2%. Xã Đất Mũi có tỷ lệ hồ sơ trực tuyến thấp nhất tỉnh (38%) do hạ tầng mạng còn hạn chế.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.""",
        "2026-01-08",
        [
            ("online_dossier_rate", "Cà Mau", "half", "2025-12-31", 70.4),
            ("satisfaction_rate", "Cà Mau", "half", "2025-12-31", 98.2),
        ],
    ),
    # 47 — national press, year-end 2025: adults using online services and smartphone subscriptions; people's smartphone share is a trap
    (
        """Người dân sử dụng dịch vụ công trực tuyến ngày càng nhiều

Theo báo cáo của Bộ Khoa học và Công nghệ, năm 2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 58%. Tính đến cuối năm 2025, cả nước có 112,6 triệu thuê bao di động sử dụng điện thoại thông minh.

Một khảo sát độc lập công bố tháng 12/2025 cho thấy 87% người trưởng thành có điện thoại thông minh, trong đó hơn một nửa từng nộp hồ sơ trực tuyến qua ứng dụng VNeID.""",
        "2026-01-25",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2025-12-31", 58.0),
            ("smartphone_subscriptions", "national", "as_of", "2025-12-31", 112600000.0),
        ],
    ),
]
