"""Genre probes, round 150: undated pages dated by what they report (yearly indices, meetings, 'năm nay', 'quý vừa qua'), written blind.

Fitted at stop 50: first read with the stop's start code a6b17cb (108 of 123 right, 108 of 136 found
(0.88 / 0.79)); after the stop's fixes, 126 of 130 right, 126 of 136 found (0.97 / 0.93).
"""

CASES = []

CASES += [
    # 1. Quảng Ninh daily on the PAR INDEX/SIPAS 2023 release ("Chiều 16/5", so 2024): SIPAS of the province and the country (year 2023), "quý I năm nay" = Q1/2024.
    #    Traps: PAR INDEX percent and rank (no id), the gap in points, the digitisation share (no id), Hạ Long city's rate, the year's target.
    (
        """QUẢNG NINH GIỮ VỮNG NGÔI ĐẦU VỀ CẢI CÁCH HÀNH CHÍNH

Chiều 16/5, tại Hà Nội, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX 2023) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023 (SIPAS 2023).

Theo kết quả được công bố, PAR INDEX 2023 của Quảng Ninh đạt 91,26%, tiếp tục xếp thứ nhất trong 63 tỉnh, thành phố. Chỉ số SIPAS 2023 của tỉnh đạt 87,16%, cao hơn 7,08 điểm phần trăm so với giá trị trung bình của cả nước. Trên phạm vi toàn quốc, Chỉ số SIPAS 2023 đạt 80,08%, nhích nhẹ so với kỳ đánh giá trước.

Phát biểu tại điểm cầu Quảng Ninh, lãnh đạo UBND tỉnh cho biết kết quả trên có sự đóng góp quan trọng của chuyển đổi số trong giải quyết thủ tục hành chính. Theo Trung tâm Phục vụ hành chính công tỉnh, trong quý I năm nay, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trên địa bàn tỉnh đạt 82,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 95,1%. Riêng thành phố Hạ Long, tỷ lệ hồ sơ trực tuyến đạt 91,7%.

Tỉnh đặt mục tiêu trong năm nay nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 60% và tiếp tục duy trì vị trí dẫn đầu về các chỉ số PAR INDEX, SIPAS.

MINH ĐỨC""",
        None,
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 87.16),
            ("satisfaction_rate", "national", "year", "2023-12-31", 80.08),
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2024-03-31", 82.4),
        ],
    ),
    # 2. Government portal on the Đề án 06 conference "Sáng 28/3" (year from "nhiệm vụ trọng tâm năm 2024"): chip cards, VNeID, essential services, ID-tied dossiers "đến nay" = the meeting.
    #    Traps: count of connection points, Hoàn Kiếm district's accounts and share, the 76-service and extra-5-million targets, count of guidance documents.
    (
        """Thủ tướng: Đề án 06 phải tạo chuyển biến thực chất trong phục vụ người dân

Sáng 28/3, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ triển khai Đề án 06, chủ trì hội nghị trực tuyến toàn quốc sơ kết việc thực hiện Đề án 06 quý I và triển khai nhiệm vụ trọng tâm năm 2024. Hội nghị được kết nối tới 63 tỉnh, thành phố và hơn 10.000 điểm cầu cấp xã.

Báo cáo tại hội nghị, lãnh đạo Bộ Công an cho biết đến nay, cả nước đã cấp hơn 86,3 triệu thẻ Căn cước công dân gắn chíp điện tử; kích hoạt 55,6 triệu tài khoản định danh điện tử. Trong số 53 dịch vụ công thiết yếu theo Đề án 06, đã có 46 dịch vụ được cung cấp trực tuyến toàn trình. Tỷ lệ hồ sơ thủ tục hành chính được gắn với số định danh cá nhân đạt 93,4%.

Tại quận Hoàn Kiếm (Hà Nội), 100% hồ sơ đăng ký cư trú được tiếp nhận trực tuyến; quận đã kích hoạt 118.000 tài khoản định danh điện tử cho công dân trên địa bàn.

Kết luận hội nghị, Thủ tướng yêu cầu các bộ, ngành, địa phương khẩn trương hoàn thành việc cung cấp 76 dịch vụ công thiết yếu trong năm 2024, phấn đấu đến hết quý II kích hoạt thêm 5 triệu tài khoản định danh điện tử. Từ đầu năm, Bộ Công an đã ban hành 15 văn bản hướng dẫn các địa phương tháo gỡ vướng mắc.

(Theo Chinhphu.vn)""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-28", 86300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-28", 55600000.0),
            ("essential_services_full_process", "national", "as_of", "2024-03-28", 46.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-03-28", 93.4),
        ],
    ),
    # 3. Press piece on the UN E-Government Survey 2024 (edition named in the text, no page date): rank 71/193 and the 2022 rank in parentheses.
    #    Traps: the EGDI score, the OSI component rank, the jump of 15 places, Singapore/Malaysia/Thailand, the 2025 target (top 50).
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Báo cáo Khảo sát Chính phủ điện tử năm 2024 (E-Government Survey 2024) của Ban Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) vừa được công bố tại New York ngày 17/9 (giờ địa phương). Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp hạng 71/193 quốc gia thành viên, tăng 15 bậc so với kỳ đánh giá trước (năm 2022 xếp thứ 86/193).

Lần đầu tiên, Việt Nam được đưa vào nhóm các quốc gia có chỉ số EGDI ở mức "Rất cao". Trong ba chỉ số thành phần, Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7420 điểm, xếp thứ 69; Chỉ số hạ tầng viễn thông (TII) tăng mạnh lên 0,8118 điểm.

Trong khu vực ASEAN, Singapore tiếp tục dẫn đầu và xếp thứ 3 thế giới; Malaysia xếp thứ 53, Thái Lan xếp thứ 52. Việt Nam đứng thứ 5 trong khu vực Đông Nam Á.

Theo Bộ Thông tin và Truyền thông, Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử. Để đạt được mục tiêu này, các bộ, ngành, địa phương cần tiếp tục nâng cao chất lượng dịch vụ công trực tuyến, nhất là trải nghiệm của người dùng.

Chia sẻ: Facebook | Zalo | Twitter""",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 4. Dated news page (19/07/2024) on the DTI 2023 release: Đà Nẵng's GRDP share 2023, half-year dossier share, FTTH "hiện nay"; the country's share 2023.
    #    Traps: DTI scores and ranks, the DTI average's growth, Thừa Thiên Huế's rank, the 2025 target.
    (
        """Đà Nẵng dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2023

Thứ Sáu, 19/07/2024 - 10:12

(ĐN) - Chiều 18/7, Bộ Thông tin và Truyền thông công bố Báo cáo Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2023 của các bộ, cơ quan ngang bộ và các tỉnh, thành phố trực thuộc Trung ương. Đà Nẵng tiếp tục xếp thứ nhất với điểm số 0,7110; Thừa Thiên Huế xếp thứ 2, Quảng Ninh xếp thứ 3. DTI trung bình cấp tỉnh đạt 0,5018, tăng 13,8% so với năm 2022.

Theo Sở Thông tin và Truyền thông Đà Nẵng, năm 2023, tỷ trọng kinh tế số trong GRDP của thành phố ước đạt 19,1%. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến của thành phố đạt 97,2%. Hiện nay, 92,5% hộ gia đình trên địa bàn đã có kết nối Internet cáp quang.

Trên phạm vi cả nước, báo cáo DTI cho biết tỷ trọng kinh tế số năm 2023 ước đạt 12,33% GDP. Đà Nẵng đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP.

Tin cùng chuyên mục:
- Đà Nẵng ra mắt ứng dụng công dân số Danang Smartcity phiên bản mới
- Sơn Trà: 100% tổ dân phố có tổ công nghệ số cộng đồng""",
        "2024-07-19",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.1),
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 97.2),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-07-19", 92.5),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 5. Ministry report excerpt, no sidecar, dated by its title (tháng 10 and 10 tháng năm 2024): October and year-to-date attacks, last October in parentheses, botnet IPs and approved-level share at end of October.
    #    Traps: the attack types after "Trong đó", changes vs September/last year/end-2023, count of dossiers appraised, count of warnings.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Kết quả thực hiện nhiệm vụ tháng 10 và 10 tháng năm 2024
(Trích phần An toàn thông tin mạng)

1. Giám sát, cảnh báo, xử lý tấn công mạng

Trong tháng 10/2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.154 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 24,5% so với tháng 9 và giảm 18,8% so với cùng kỳ năm 2023 (1.421 cuộc). Trong đó có 612 cuộc tấn công lừa đảo (Phishing), 389 cuộc tấn công thay đổi giao diện (Deface) và 153 cuộc tấn công cài mã độc (Malware). Tính chung 10 tháng năm 2024, đã ghi nhận 9.851 cuộc tấn công mạng gây sự cố.

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) tính đến cuối tháng 10 là 4.120.563 địa chỉ, giảm 9,6% so với cuối năm 2023. Trong tháng, Cục đã phát hành 27 cảnh báo về các lỗ hổng bảo mật nghiêm trọng.

2. Bảo đảm an toàn hệ thống thông tin theo cấp độ

Lũy kế đến hết tháng 10/2024, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ đạt 83,6%. Trong tháng, Cục đã thẩm định 42 hồ sơ đề xuất cấp độ.""",
        None,
        [
            ("cyberattacks", "national", "month", "2024-10-31", 1154.0),
            ("cyberattacks", "national", "month", "2023-10-31", 1421.0),
            ("cyberattacks", "national", "ytd", "2024-10-31", 9851.0),
            ("botnet_ips", "national", "as_of", "2024-10-31", 4120563.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-31", 83.6),
        ],
    ),
    # 6. Bình Định's July session ("Sáng 8/7", reviewing "6 tháng đầu năm 2024"): "quý vừa qua" = Q2/2024 full-process dossiers; half-year dossier and e-result shares.
    #    Traps: the change vs Q1 in points, Quy Nhơn city and An Lão district rates, the year-end targets.
    (
        """Bình Định: Tỷ lệ hồ sơ trực tuyến toàn trình quý II tăng mạnh

Sáng 8/7, UBND tỉnh Bình Định tổ chức phiên họp thường kỳ tháng 7 nhằm đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2024 và bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Chủ tịch UBND tỉnh Phạm Anh Tuấn chủ trì phiên họp.

Về cải cách hành chính và chuyển đổi số, báo cáo của Văn phòng UBND tỉnh cho thấy trong quý vừa qua, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 41,3%, tăng 9,6 điểm phần trăm so với quý I. Tính chung 6 tháng, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến đạt 58,7%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 76,2%.

Trong các địa phương cấp huyện, TP Quy Nhơn có tỷ lệ hồ sơ trực tuyến cao nhất với 81,5%; huyện An Lão thấp nhất, chỉ đạt 22,4%.

UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến cuối năm 2024 đưa tỷ lệ hồ sơ trực tuyến đạt 80%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 50%.

NGỌC TÚ""",
        None,
        [
            ("online_dossier_full_process_rate", "Bình Định", "quarter", "2024-06-30", 41.3),
            ("online_dossier_rate", "Bình Định", "half", "2024-06-30", 58.7),
            ("e_result_rate", "Bình Định", "half", "2024-06-30", 76.2),
        ],
    ),
    # 7. Provincial portal snippet with no date at all ("Tháng trước", "Hiện nay", "cuối năm"): nothing can be dated, nothing expected.
    #    Traps: every figure (monthly dossier and e-result shares, satisfaction, service counts), a change, a target.
    (
        """Lạng Sơn: Chất lượng phục vụ người dân, doanh nghiệp chuyển biến rõ nét

Tháng trước, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của tỉnh Lạng Sơn đạt 61,8%, tăng 4,3 điểm phần trăm so với tháng liền kề; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 89,3%. Hiện nay, tỉnh đang cung cấp 1.214 dịch vụ công trực tuyến, trong đó có 702 dịch vụ công trực tuyến toàn trình; tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 97,6%.

Thời gian tới, Văn phòng UBND tỉnh tiếp tục phối hợp với Sở Thông tin và Truyền thông hướng dẫn các cơ quan, đơn vị đẩy mạnh số hóa hồ sơ, phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt trên 70%.

(Nguồn: Cổng Thông tin điện tử tỉnh Lạng Sơn)""",
        None,
        [],
    ),
    # 8. Government portal news of 04/11/2024: National Portal flows in October 2024 (_new twins, month) and cumulative stocks at 31/10/2024.
    #    Traps: VNeID log-in share (no id), one ministry's dossiers, the change in new accounts, the year-end target.
    (
        """Cổng Dịch vụ công quốc gia tiếp nhận hơn 1 triệu hồ sơ trực tuyến trong tháng 10

04/11/2024 09:30

(Chinhphu.vn) - Theo số liệu của Văn phòng Chính phủ, trong tháng 10/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 1,02 triệu hồ sơ trực tuyến; thực hiện hơn 1,1 triệu giao dịch thanh toán trực tuyến với số tiền 1.384 tỷ đồng.

Lũy kế đến hết ngày 31/10/2024, Cổng có 15,6 triệu tài khoản đăng ký; đã tiếp nhận 48,3 triệu hồ sơ trực tuyến; thực hiện 31,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 16.850 tỷ đồng. Tỷ lệ đăng nhập bằng tài khoản định danh điện tử VNeID chiếm 73,5% tổng số lượt đăng nhập.

Riêng Bộ Công an tiếp nhận 412.000 hồ sơ qua Cổng trong tháng. Số tài khoản đăng ký mới trong tháng tăng 8,4% so với tháng 9.

Văn phòng Chính phủ cho biết đang phối hợp với các bộ, ngành, địa phương tiếp tục tái cấu trúc quy trình, phấn đấu đến hết năm 2024 Cổng có 18 triệu tài khoản đăng ký.""",
        "2024-11-04",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 1020000.0),
            ("online_payments_count_new", "national", "month", "2024-10-31", 1100000.0),
            ("online_payments_value_new", "national", "month", "2024-10-31", 1384.0),
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 15600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-10-31", 48300000.0),
            ("online_payments_count", "national", "as_of", "2024-10-31", 31200000.0),
            ("online_payments_value", "national", "as_of", "2024-10-31", 16850.0),
        ],
    ),
]

CASES += [
    # 9. National committee's yearly report, no sidecar, dated by its header (10/01/2025) and reviewing 2024: NDXP year flow, daily average, cumulative to end-2024; digital economy share and growth; full-process share of procedures with 2023's in parentheses; adults using online services.
    #    Traps: "gấp gần 3 lần" (derived), the 2025 targets (20% GDP, 100% eligible procedures).
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
Số: 01/BC-UBQGCĐS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện chuyển đổi số quốc gia năm 2024 và phương hướng, nhiệm vụ năm 2025

I. KẾT QUẢ NỔI BẬT

1. Về dữ liệu và nền tảng số
Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành ổn định, kết nối với toàn bộ các bộ, ngành, địa phương. Năm 2024, NDXP ghi nhận khoảng 1,2 tỷ giao dịch, trung bình mỗi ngày khoảng 3,3 triệu giao dịch; lũy kế từ năm 2019 đến hết năm 2024 đạt 3,24 tỷ giao dịch.

2. Về kinh tế số
Tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%; tốc độ tăng trưởng kinh tế số khoảng 20%, gấp gần 3 lần tốc độ tăng trưởng GDP.

3. Về Chính phủ số
Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 54,8% (năm 2023 là 42,7%). Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 51%.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu tỷ trọng kinh tế số đạt 20% GDP; 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt trên 60%.""",
        None,
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1200000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 3300000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3240000000.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 54.8),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 42.7),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 51.0),
        ],
    ),
    # 10. PAPI 2024 launch ("Sáng 22/4", so 2025; the ministry is already Bộ Khoa học và Công nghệ): the administrative Internet-use and smartphone-subscription shares "hiện" = the launch day.
    #     Traps: survey respondents' shares (74%, 27,6%), sample size, provinces at the top, the 2030 target.
    (
        """PAPI 2024: Người dân đánh giá cao hơn về dịch vụ công trực tuyến

Sáng 22/4, tại Hà Nội, Chương trình Phát triển Liên Hợp Quốc (UNDP) phối hợp với các cơ quan liên quan công bố Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam năm 2024 (PAPI 2024), dựa trên ý kiến của 19.278 người dân được khảo sát ngẫu nhiên trên toàn quốc.

Theo báo cáo, tỷ lệ người được hỏi cho biết có truy cập Internet hằng ngày tăng lên 74%; 27,6% người trả lời đã từng sử dụng Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ công cấp tỉnh để thực hiện thủ tục hành chính. Quảng Ninh, Hải Phòng, Bình Định nằm trong nhóm địa phương có điểm tổng hợp cao nhất.

Chia sẻ tại lễ công bố, đại diện Bộ Khoa học và Công nghệ cho biết, theo số liệu quản lý nhà nước, tỷ lệ người dân sử dụng Internet ở Việt Nam hiện đạt 79,1%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 89,7%. Tuy nhiên, khoảng cách số giữa thành thị và nông thôn, giữa các nhóm thu nhập vẫn còn đáng kể.

Các chuyên gia khuyến nghị chính quyền các cấp tiếp tục đơn giản hóa giao diện cổng dịch vụ công, hướng tới mục tiêu đến năm 2030 có 80% người trưởng thành sử dụng dịch vụ công trực tuyến.

HOÀI THU""",
        None,
        [
            ("internet_users_rate", "national", "as_of", "2025-04-22", 79.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-22", 89.7),
        ],
    ),
    # 11. Government portal, 18/04/2025: Q1/2025 index results, national with ministries/localities split, e-result and reuse shares, the leading province.
    #     Traps: one ministry's rate (Bộ Tài chính), counts of ministries and provinces under 30%, the 2025 target.
    (
        """Quý I/2025: Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 52,6%

(Chinhphu.vn) - Văn phòng Chính phủ vừa có báo cáo gửi Thủ tướng Chính phủ về kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp quý I/2025.

Theo đó, trong quý I/2025, tỷ lệ hồ sơ trực tuyến toàn quốc đạt 52,6%, trong đó khối bộ, ngành đạt 71,3%, khối địa phương đạt 48,9%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử chung cả nước đạt 88,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 42,1%.

Bộ Tài chính là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất khối bộ, ngành với 98,2%. Ở khối địa phương, Bình Dương dẫn đầu với 96,8%. Vẫn còn 5 bộ và 14 địa phương có tỷ lệ hồ sơ trực tuyến dưới 30%.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương quyết liệt thực hiện để đạt mục tiêu năm 2025 là tỷ lệ hồ sơ trực tuyến tối thiểu 80%.""",
        "2025-04-18",
        [
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 52.6),
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 71.3),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 48.9),
            ("e_result_rate", "national", "quarter", "2025-03-31", 88.4),
            ("data_reuse_rate", "national", "quarter", "2025-03-31", 42.1),
            ("online_dossier_rate", "Bình Dương", "quarter", "2025-03-31", 96.8),
        ],
    ),
    # 12. Telecom news, no date: "9 tháng đầu năm nay" with "cùng kỳ năm 2023" puts the year at 2024; subscriptions and smartphone share at end of September.
    #     Traps: the growth vs 2023, Viettel's market share, telecom revenue (no id), the upload speed, the 2025 target.
    (
        """Thuê bao băng rộng cố định vượt mốc 23,6 triệu

Theo Cục Viễn thông (Bộ Thông tin và Truyền thông), tính đến hết tháng 9 năm nay, tổng số thuê bao băng rộng cố định trên cả nước đạt 23,6 triệu, tăng 9,5% so với cùng kỳ năm 2023. Số thuê bao băng rộng di động đạt 90,1 triệu, tương đương 89,8 thuê bao/100 dân; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,2%.

Doanh thu dịch vụ viễn thông 9 tháng đầu năm ước đạt 110.500 tỷ đồng. Viettel tiếp tục chiếm khoảng 55% thị phần thuê bao di động, VNPT và MobiFone lần lượt chiếm 22% và 19%.

Về chất lượng, tốc độ tải lên trung bình của mạng băng rộng cố định đạt 138 Mbps. Cục Viễn thông cho biết sẽ tiếp tục đôn đốc doanh nghiệp tắt sóng 2G, hướng tới mục tiêu đến năm 2025 có 100% hộ gia đình được phủ cáp quang.""",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23600000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 90100000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-09-30", 89.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 88.2),
        ],
    ),
    # 13. Viettel's 5G launch "Ngày 15/10" (year from "tháng 3/2024" and "tháng 12/2024"): the country's 5G stations and population coverage "hiện" = 15/10/2024.
    #     Traps: Viettel's own stations and coverage, its download and upload speeds, VNPT's plan, the 2025 target.
    (
        """Viettel chính thức khai trương mạng 5G

Ngày 15/10, Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) chính thức khai trương mạng 5G, trở thành doanh nghiệp đầu tiên thương mại hóa dịch vụ 5G tại Việt Nam sau khi trúng đấu giá khối băng tần 2500-2600 MHz hồi tháng 3/2024.

Theo Viettel, doanh nghiệp đã lắp đặt hơn 6.500 trạm phát sóng 5G, vùng phủ đáp ứng khoảng 90% dân số tại trung tâm 63 tỉnh, thành phố. Tốc độ tải xuống trung bình đo được trên mạng 5G của Viettel đạt 700 Mbps, tốc độ tải lên đạt 120 Mbps.

Theo Cục Viễn thông, hiện cả nước có khoảng 7.200 trạm BTS 5G đã được lắp đặt; tỷ lệ dân số được phủ sóng 5G đạt khoảng 26%. VNPT dự kiến khai trương mạng 5G vào tháng 12/2024, MobiFone trong quý I năm sau. Mục tiêu đến năm 2025, 50% dân số được phủ sóng 5G.

Hải Đăng""",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2024-10-15", 7200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-10-15", 26.0),
        ],
    ),
    # 14. Dated tech page (25/07/2024) on Ookla's June 2024 index: fixed and mobile download medians.
    #     Traps: upload speeds, speed ranks, growth vs June 2023, Singapore's speed, regional position.
    (
        """Tốc độ Internet băng rộng cố định của Việt Nam tháng 6 đạt hơn 145 Mbps

25/07/2024 | 14:05

Theo số liệu Speedtest Global Index do Ookla công bố, trong tháng 6/2024, tốc độ tải xuống trung vị của băng rộng cố định tại Việt Nam đạt 145,22 Mbps, tốc độ tải lên đạt 141,09 Mbps, xếp hạng 39/179 quốc gia và vùng lãnh thổ. Với mạng di động, tốc độ tải xuống đạt 53,38 Mbps, tải lên 20,51 Mbps, xếp thứ 47/111.

So với tháng 6/2023, tốc độ tải xuống băng rộng cố định tăng 45,7%. Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 293,41 Mbps.

Trong khu vực Đông Nam Á, Việt Nam đứng thứ 3 về tốc độ mạng di động, sau Brunei và Malaysia.

Từ khóa: Ookla, tốc độ Internet, băng rộng""",
        "2024-07-25",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 145.22),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 53.38),
        ],
    ),
    # 15. Statistics office press conference "Sáng 6/1" on "quý IV và năm 2024": the digital economy's GDP share 2024 and TP.HCM's GRDP share.
    #     Traps: GDP growth, the change in points, retail e-commerce in USD (no id), the 2025 target.
    (
        """Lần đầu công bố chính thức: Kinh tế số chiếm 18,3% GDP

Sáng 6/1, Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) tổ chức họp báo công bố số liệu thống kê kinh tế - xã hội quý IV và năm 2024. Theo đó, GDP cả năm tăng 7,09%, thuộc nhóm tăng trưởng cao trong khu vực.

Đáng chú ý, giá trị tăng thêm của kinh tế số năm 2024 ước chiếm 18,3% GDP, tăng 1,8 điểm phần trăm so với năm trước. Quy mô thị trường thương mại điện tử bán lẻ ước đạt 25 tỷ USD.

Tại TP Hồ Chí Minh, theo ước tính của Cục Thống kê thành phố, kinh tế số đóng góp khoảng 21,2% GRDP năm 2024.

Đại diện Tổng cục Thống kê cho biết, để đạt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025, cần tiếp tục hoàn thiện phương pháp đo lường và thu thập dữ liệu từ các nền tảng số.""",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2024-12-31", 21.2),
        ],
    ),
    # 16. Banking news, no page date, dated by "tính đến ngày 30/6/2024": Mobile Money customers and adults with an account.
    #     Traps: the rural sub-count after "trong đó" and its share, transaction value, Viettel Money's share, the pilot's start.
    (
        """Mobile Money: hơn 8,6 triệu khách hàng sau gần 3 năm thí điểm

Theo Ngân hàng Nhà nước Việt Nam, tính đến ngày 30/6/2024, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt 8,66 triệu, trong đó khoảng 6,1 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo (chiếm 70,4%). Tổng giá trị giao dịch lũy kế từ khi triển khai thí điểm (tháng 11/2021) đạt gần 4.000 tỷ đồng.

Viettel Money hiện chiếm khoảng 70% số khách hàng; VNPT Money và MobiFone Money chia nhau phần còn lại.

Cũng theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%. Mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản đã sớm được hoàn thành.""",
        None,
        [
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8660000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.1),
        ],
    ),
]

CASES += [
    # 17. Tax news page of 02/08/2024: e-invoices received at 30/6/2024.
    #     Traps: sub-counts after "trong đó" (with and without code), users counts, cash-register invoices, the 2 years since 1/7/2022, a plan.
    (
        """Hơn 7,2 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

02/08/2024

Tổng cục Thuế cho biết, sau 2 năm triển khai trên toàn quốc (từ ngày 1/7/2022), tính đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 7,2 tỷ hóa đơn điện tử, trong đó có 2,4 tỷ hóa đơn có mã của cơ quan thuế và 4,8 tỷ hóa đơn không có mã. Hiện có 1,7 triệu doanh nghiệp, tổ chức và 61.200 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử.

Riêng đối với hóa đơn điện tử khởi tạo từ máy tính tiền, đã có 82.900 người nộp thuế đăng ký áp dụng với 1,1 tỷ hóa đơn.

Tổng cục Thuế dự kiến trong năm nay sẽ mở rộng việc áp dụng hóa đơn khởi tạo từ máy tính tiền đối với các cửa hàng bán lẻ xăng dầu, nhà hàng, khách sạn.""",
        "2024-08-02",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 7200000000.0),
        ],
    ),
    # 18. Telecom news, no page date, dated by "tính đến ngày 30/6/2024": dead-zone programme covered share, villages still uncovered (country and three provinces).
    #     Traps: the covered count (no id), the unelectrified sub-count after "trong đó", Viettel's villages, the end-2025 target.
    (
        """Xóa vùng lõm sóng: cả nước còn 673 thôn, bản chưa có sóng di động

Theo Bộ Thông tin và Truyền thông, tính đến ngày 30/6/2024, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.211 thôn, bản lõm sóng có điện lưới, đạt 64,3% số thôn cần phủ sóng theo Chương trình "Sóng và máy tính cho em". Đến thời điểm này, cả nước còn 673 thôn, bản chưa có sóng di động, trong đó 252 thôn chưa có điện lưới quốc gia.

Viettel là doanh nghiệp đóng góp nhiều nhất với 735 thôn được phủ sóng mới.

Địa phương còn nhiều thôn lõm sóng nhất là Hà Giang với 112 thôn, tiếp đến là Nghệ An với 98 thôn và Lai Châu với 74 thôn.

Bộ Thông tin và Truyền thông đặt mục tiêu đến hết năm 2025 cơ bản xóa toàn bộ vùng lõm sóng, bảo đảm 100% thôn, bản có sóng di động băng rộng.""",
        None,
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-06-30", 64.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 673.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-06-30", 112.0),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-06-30", 98.0),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-06-30", 74.0),
        ],
    ),
    # 19. Security news, no date: "quý I năm nay" against "cùng kỳ năm 2023" = Q1/2024 attacks, "Riêng tháng 3" = March 2024, and the whole of 2023.
    #     Traps: changes, the ransomware victims, a vendor's (Kaspersky) phishing count, a count of warnings.
    (
        """Quý I, hơn 2.300 cuộc tấn công mạng gây sự cố vào hệ thống thông tin Việt Nam

Theo Cục An toàn thông tin, trong quý I năm nay, hệ thống kỹ thuật đã ghi nhận 2.323 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 25,3% so với cùng kỳ năm 2023. Riêng tháng 3 ghi nhận 712 cuộc, trong đó nổi lên các vụ tấn công mã hóa dữ liệu tống tiền nhằm vào một công ty chứng khoán và một doanh nghiệp xăng dầu.

Năm 2023, tổng số cuộc tấn công mạng gây sự cố là 13.900 cuộc, giảm 9,5% so với năm 2022.

Theo số liệu của hãng bảo mật Kaspersky, trong quý đầu năm, giải pháp của hãng đã ngăn chặn hơn 1,2 triệu cuộc tấn công lừa đảo nhắm vào người dùng tại Việt Nam.

Cục An toàn thông tin đã phát đi 18 cảnh báo, khuyến nghị các cơ quan, tổ chức kiểm tra, rà soát hệ thống, sao lưu dữ liệu định kỳ.""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2323.0),
            ("cyberattacks", "national", "month", "2024-03-31", 712.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
        ],
    ),
    # 20. Government Office notice, no sidecar, dated by its heading (meeting "Ngày 29 tháng 02 năm 2024"): fee-reduction provinces and EMC connection "đến nay", procedures simplified, the 2023 dossier share.
    #     Traps: the remainder not yet simplified, the provinces still without a resolution, count of tasks, the 2024 targets.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 98/TB-VPCP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 08 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang tại cuộc họp về tình hình cung cấp dịch vụ công trực tuyến

Ngày 29 tháng 02 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Lưu Quang đã chủ trì cuộc họp về tình hình cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo của Văn phòng Chính phủ và ý kiến của các đại biểu, Phó Thủ tướng kết luận như sau:

1. Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của cả nước đạt 34,6%. Đến nay, đã có 49/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; còn 14 địa phương chưa ban hành. Các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 802/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, còn 282 thủ tục chưa thực thi. Tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ (EMC) đạt 87,3%.

2. Giao Văn phòng Chính phủ chủ trì, phối hợp với các bộ, cơ quan thực hiện 09 nhiệm vụ trọng tâm, phấn đấu trong năm 2024 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50% và 100% địa phương ban hành nghị quyết miễn, giảm phí, lệ phí.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.""",
        None,
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 34.6),
            ("localities_fee_reduction", "national", "as_of", "2024-02-29", 49.0),
            ("procedures_simplified", "national", "as_of", "2024-02-29", 802.0),
            ("emc_connection_rate", "national", "as_of", "2024-02-29", 87.3),
        ],
    ),
    # 21. Đồng Nai steering-committee meeting "Ngày 10/10" reviewing "9 tháng năm 2024": "quý vừa qua" = Q3/2024 dossier share; nine-month e-result and reuse shares; the province's full-process share of procedures at 30/9.
    #     Traps: Biên Hòa city's rate, the change, the count of services, the year-end target.
    (
        """Đồng Nai: Quý III, tỷ lệ hồ sơ trực tuyến đạt gần 70%

Ngày 10/10, Ban Chỉ đạo chuyển đổi số tỉnh Đồng Nai họp đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng năm 2024 và triển khai nhiệm vụ quý IV.

Theo báo cáo của Sở Thông tin và Truyền thông, trong quý vừa qua, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của tỉnh đạt 69,4%, tăng 7,1 điểm phần trăm so với quý trước. Tính chung 9 tháng, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 84,6%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 38,9%.

Tính đến ngày 30/9/2024, tỉnh cung cấp 1.136 dịch vụ công trực tuyến, trong đó 852 dịch vụ toàn trình; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh đạt 44,7%. TP Biên Hòa dẫn đầu khối cấp huyện với tỷ lệ hồ sơ trực tuyến 88,2%.

Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành phấn đấu đến cuối năm đạt tỷ lệ hồ sơ trực tuyến trên 80%.

THANH HẢI""",
        None,
        [
            ("online_dossier_rate", "Đồng Nai", "quarter", "2024-09-30", 69.4),
            ("e_result_rate", "Đồng Nai", "ytd", "2024-09-30", 84.6),
            ("data_reuse_rate", "Đồng Nai", "ytd", "2024-09-30", 38.9),
            ("dvctt_full_process_rate", "Đồng Nai", "as_of", "2024-09-30", 44.7),
        ],
    ),
    # 22. Commentary with "Tháng 3 vừa qua" and "hiện nay" but no year of its own: only the value named "Năm 2022" can be dated.
    #     Traps: the undated FTTH share and adults' use share, the meeting's unknown year, the 2025 and 2030 targets.
    (
        """Kinh tế số: Động lực mới cho tăng trưởng

Tháng 3 vừa qua, tại phiên họp của Ủy ban Quốc gia về chuyển đổi số, nhiều thành viên Ủy ban nhấn mạnh yêu cầu phải đo đếm được đóng góp của kinh tế số vào tăng trưởng.

Theo số liệu được công bố, năm 2022, tỷ trọng kinh tế số trong GDP của Việt Nam đạt 14,26%. Hiện nay, 79,4% hộ gia đình đã có kết nối Internet cáp quang; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 38,5%.

Các ý kiến tại phiên họp cho rằng, để đạt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% vào năm 2030, cần có giải pháp đột phá về hạ tầng, nhân lực và thể chế, nhất là cơ chế thử nghiệm có kiểm soát đối với các mô hình kinh doanh mới.

Bài: PHƯƠNG ANH""",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 23. Hải Phòng daily on the PAR INDEX/SIPAS 2024 release ("Sáng 23/4", so 2025): the city's and the country's SIPAS 2024; "quý I năm nay" = Q1/2025 dossier and full-process dossier shares.
    #     Traps: PAR INDEX percent and rank, the city's own cut procedures, a ward's rate, the year's target.
    (
        """HẢI PHÒNG DẪN ĐẦU CẢ NƯỚC VỀ CHỈ SỐ HÀI LÒNG

Sáng 23/4, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024 (PAR INDEX 2024) và Chỉ số hài lòng về sự phục vụ hành chính năm 2024 (SIPAS 2024) của các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố.

Theo đó, Hải Phòng xếp thứ 2 về PAR INDEX với 92,15%. Đặc biệt, Chỉ số SIPAS 2024 của thành phố đạt 89,15%, cao nhất cả nước. Chỉ số SIPAS 2024 bình quân cả nước đạt 83,15%.

Cùng với kết quả trên, công tác chuyển đổi số của thành phố có nhiều chuyển biến. Trong quý I năm nay, tỷ lệ hồ sơ trực tuyến của Hải Phòng đạt 74,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%. Năm qua, thành phố đã cắt giảm, đơn giản hóa 312 thủ tục hành chính nội bộ. Phường Lạch Tray (quận Ngô Quyền) có tỷ lệ hồ sơ trực tuyến đạt 98%.

Thành phố đặt mục tiêu năm nay giữ vững vị trí trong nhóm 3 địa phương dẫn đầu về PAR INDEX và SIPAS.

PV""",
        None,
        [
            ("satisfaction_rate", "Hải Phòng", "year", "2024-12-31", 89.15),
            ("satisfaction_rate", "national", "year", "2024-12-31", 83.15),
            ("online_dossier_rate", "Hải Phòng", "quarter", "2025-03-31", 74.6),
            ("online_dossier_full_process_rate", "Hải Phòng", "quarter", "2025-03-31", 52.3),
        ],
    ),
    # 24. Dated page (09/10/2025), after the provincial merger: national nine-month 2025 portal flows (_new, ytd), dossier share, adults' use share at 30/9/2025, Hà Nội's rate.
    #     Traps: the 34-province count, a commune's rate, changes vs the same period of 2024, the year-end target.
    (
        """9 tháng năm 2025: Cổng Dịch vụ công quốc gia tiếp nhận 14,6 triệu hồ sơ trực tuyến

09/10/2025 16:20

Theo Văn phòng Chính phủ, 9 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 14,6 triệu hồ sơ trực tuyến, tăng 28% so với cùng kỳ năm 2024; thực hiện 9,8 triệu giao dịch thanh toán trực tuyến với số tiền 7.420 tỷ đồng.

Cũng trong 9 tháng, tỷ lệ hồ sơ trực tuyến toàn quốc đạt 61,3%. Tính đến ngày 30/9/2025, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 58,6%.

Sau sắp xếp đơn vị hành chính, 34 tỉnh, thành phố đã vận hành hệ thống thông tin giải quyết thủ tục hành chính thống nhất. Hà Nội là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất với 89,7%. Tại xã Tân Uyên (tỉnh Lai Châu), 100% hồ sơ được tiếp nhận trực tuyến.

Văn phòng Chính phủ đề nghị các địa phương phấn đấu hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%.""",
        "2025-10-09",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-09-30", 14600000.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 9800000.0),
            ("online_payments_value_new", "national", "ytd", "2025-09-30", 7420.0),
            ("online_dossier_rate", "national", "ytd", "2025-09-30", 61.3),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-09-30", 58.6),
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-09-30", 89.7),
        ],
    ),
]

CASES += [
    # 25. Lâm Đồng's quarterly report, no sidecar, dated by its header (03/4/2025): provision share at 31/3/2025; "quý vừa qua" = Q1/2025 services-with-dossiers and dossier shares.
    #     Traps: counts of procedures and services, Đà Lạt city's rate, a change, the 2025 target.
    (
        """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 78/BC-UBND

Lâm Đồng, ngày 03 tháng 4 năm 2025

BÁO CÁO
Tình hình cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh

1. Tình hình cung cấp dịch vụ công trực tuyến
Tính đến ngày 31/3/2025, tỉnh đã cung cấp 1.087/1.163 thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình, đạt 93,5%.

2. Tình hình sử dụng
Trong quý vừa qua, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 71,2%; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến đạt 64,9%, tăng 5,8 điểm phần trăm so với quý IV/2024. Thành phố Đà Lạt có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 82,3%.

3. Nhiệm vụ thời gian tới
Phấn đấu đến hết năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt trên 80%./.""",
        None,
        [
            ("full_process_provision_rate", "Lâm Đồng", "as_of", "2025-03-31", 93.5),
            ("dvctt_with_dossiers_rate", "Lâm Đồng", "quarter", "2025-03-31", 71.2),
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-03-31", 64.9),
        ],
    ),
    # 26. Ministry's year-end conference "Sáng 8/1" on "tổng kết công tác năm 2023" (so 2024): year-under-review levels at 31/12/2023 (FTTH, fixed subscriptions per 100, villages with coverage), smartphone subscriptions.
    #     Traps: the share of people using smartphones (no id), ICT revenue (no id), the 2024 theme and targets, Make-in-Vietnam firm count.
    (
        """Ngành Thông tin và Truyền thông tổng kết năm 2023: Hạ tầng số tiếp tục được mở rộng

Sáng 8/1, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 với chủ đề "Phát triển hạ tầng số".

Theo báo cáo tại hội nghị, năm 2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79,4%; cả nước có 21,3 triệu thuê bao băng rộng cố định, tương đương 21,2 thuê bao/100 dân. Số thuê bao di động sử dụng điện thoại thông minh đạt 82,7 triệu. Tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,3%. Tỷ lệ người dùng điện thoại thông minh trên tổng số người dùng điện thoại di động đạt 84%.

Doanh thu công nghiệp công nghệ thông tin - viễn thông năm 2023 ước đạt 3,7 triệu tỷ đồng. Cả nước có hơn 74.000 doanh nghiệp công nghệ số.

Năm 2024, Bộ đặt mục tiêu phổ cập điện thoại thông minh, phấn đấu 85% hộ gia đình có cáp quang và thương mại hóa 5G.

NHẬT NAM""",
        None,
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 21300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 21.2),
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 82700000.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-31", 99.3),
        ],
    ),
    # 27. Huế newspaper on the DTI 2022 release ("Ngày 27/7", DTI of 2022 announced in 2023): "6 tháng đầu năm nay" = H1/2023 province figures.
    #     Traps: DTI score and rank, Đà Nẵng's first place, a district's (Phú Vang) rate, the change in points, targets.
    (
        """Thừa Thiên Huế giữ vị trí thứ hai về chuyển đổi số cấp tỉnh

Ngày 27/7, Bộ Thông tin và Truyền thông công bố kết quả Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022. Thừa Thiên Huế đạt 0,6280 điểm, tiếp tục xếp thứ 2/63 tỉnh, thành phố, chỉ sau Đà Nẵng.

Theo Sở Thông tin và Truyền thông, 6 tháng đầu năm nay, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 71,8%, tăng 6,2 điểm phần trăm so với cùng kỳ; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 33,5%. Huyện Phú Vang có tỷ lệ hồ sơ trực tuyến cao nhất khối huyện với 86,1%.

Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 30% GRDP và nằm trong nhóm 3 địa phương dẫn đầu về DTI.

Tin, ảnh: HỮU PHÚC""",
        None,
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "half", "2023-06-30", 71.8),
            ("data_reuse_rate", "Thừa Thiên Huế", "half", "2023-06-30", 33.5),
        ],
    ),
    # 28. Dated provincial page (12/01/2024), Bắc Ninh's police: chip cards and VNeID accounts of the province at 31/12/2023.
    #     Traps: a ward's accounts, the activation rate among eligible citizens (no id), dossiers of residence, the target for 2024.
    (
        """Bắc Ninh hoàn thành cấp Căn cước công dân gắn chíp

12/01/2024 07:45

BNP - Theo Công an tỉnh Bắc Ninh, tính đến ngày 31/12/2023, Công an tỉnh đã cấp 1.246.520 thẻ Căn cước công dân gắn chíp điện tử, hoàn thành việc cấp cho 100% công dân đủ điều kiện trên địa bàn. Toàn tỉnh đã kích hoạt 853.400 tài khoản định danh điện tử, đạt 72,6% số công dân từ đủ 14 tuổi trở lên.

Phường Võ Cường (TP Bắc Ninh) dẫn đầu với 21.350 tài khoản được kích hoạt. Trong năm 2023, Công an tỉnh tiếp nhận 312.000 hồ sơ đăng ký cư trú trực tuyến.

Năm 2024, Công an tỉnh phấn đấu kích hoạt thêm 150.000 tài khoản, đưa tỷ lệ lên trên 85%.""",
        "2024-01-12",
        [
            ("chip_id_cards_issued", "Bắc Ninh", "as_of", "2023-12-31", 1246520.0),
            ("vneid_activated_accounts", "Bắc Ninh", "as_of", "2023-12-31", 853400.0),
        ],
    ),
    # 29. Undated district-flavoured note with "quý vừa qua", "năm nay", "cùng kỳ năm trước" and no anchor anywhere: nothing expected.
    #     Traps: the province's quarterly shares, satisfaction, year-to-date count of new accounts, a change, a target.
    (
        """Yên Bái đẩy mạnh dịch vụ công trực tuyến

Trong quý vừa qua, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của tỉnh Yên Bái đạt 57,2%, cao hơn 11,4 điểm phần trăm so với cùng kỳ năm trước; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,6%. Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 99,1%.

Từ đầu năm nay, toàn tỉnh có thêm 42.700 tài khoản đăng ký trên Cổng Dịch vụ công quốc gia. UBND tỉnh yêu cầu các cơ quan tiếp tục hướng dẫn người dân, phấn đấu cuối năm tỷ lệ hồ sơ trực tuyến đạt 70%.

Ngọc Lan (Trung tâm Phục vụ hành chính công tỉnh)""",
        None,
        [],
    ),
    # 30. Dated ministry page (16/10/2023): full-process and online-service shares at 30/9/2023, with ministries/localities splits.
    #     Traps: counts of services, the remainder of procedures not provided, a named ministry's share, the 2025 target.
    (
        """Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 43,2%

16/10/2023

Theo số liệu tổng hợp của Văn phòng Chính phủ, tính đến ngày 30/9/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước đạt 43,2%, trong đó khối bộ, ngành đạt 39,4%, khối địa phương đạt 47,1%. Tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 78,6%.

Tổng số dịch vụ công trực tuyến đang được cung cấp là 4.218 dịch vụ, trong đó có 2.287 dịch vụ toàn trình. Vẫn còn 1.150 thủ tục hành chính chưa được cung cấp trực tuyến. Bộ Tư pháp có tỷ lệ dịch vụ công trực tuyến toàn trình cao nhất với 92,3%.

Theo Kế hoạch năm 2023 và Chiến lược phát triển Chính phủ điện tử, đến năm 2025 tỷ lệ dịch vụ công trực tuyến toàn trình phải đạt 80%.""",
        "2023-10-16",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 43.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-09-30", 39.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-09-30", 47.1),
            ("dvctt_rate", "national", "as_of", "2023-09-30", 78.6),
        ],
    ),
    # 31. Report of the Government's "phiên họp thường kỳ tháng 3" without a page date; the year comes from "quý I năm 2023" in the same report: Q1/2023 portal flows.
    #     Traps: GDP growth, the change in dossiers, one province's dossiers, the year's targets.
    (
        """Chính phủ họp phiên thường kỳ tháng 3: Đẩy mạnh cung cấp dịch vụ công trực tuyến

Tại phiên họp Chính phủ thường kỳ tháng 3 diễn ra ngày 1/4, Chính phủ đã thảo luận Báo cáo tình hình kinh tế - xã hội tháng 3 và quý I năm 2023. Theo báo cáo, GDP quý I tăng 3,32%, thấp hơn kỳ vọng.

Về cải cách thủ tục hành chính, trong quý I, Cổng Dịch vụ công quốc gia đã tiếp nhận 1,68 triệu hồ sơ trực tuyến, tăng 29,7% so với cùng kỳ; thực hiện 1,17 triệu giao dịch thanh toán trực tuyến với số tiền 914 tỷ đồng. Riêng tháng 3, Cổng tiếp nhận 612.000 hồ sơ.

Tại địa phương, Cổng Dịch vụ công tỉnh Bình Dương tiếp nhận 118.000 hồ sơ trong quý. Chính phủ yêu cầu các bộ, ngành, địa phương phấn đấu năm 2023 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.""",
        None,
        [
            ("national_portal_dossiers_new", "national", "quarter", "2023-03-31", 1680000.0),
            ("online_payments_count_new", "national", "quarter", "2023-03-31", 1170000.0),
            ("online_payments_value_new", "national", "quarter", "2023-03-31", 914.0),
            ("national_portal_dossiers_new", "national", "month", "2023-03-31", 612000.0),
        ],
    ),
    # 32. Dated ministry news (08/02/2023): NDXP in January 2023 (period, daily average over the month) and cumulative to the end of January.
    #     Traps: change vs December, count of connected systems of one ministry (no id), the 2023 target.
    (
        """NDXP xử lý hơn 45 triệu giao dịch trong tháng 1/2023

08/02/2023

Theo Văn phòng Chính phủ, trong tháng 1/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 45,2 triệu giao dịch, trung bình 1,46 triệu giao dịch/ngày, giảm 6,8% so với tháng 12/2022 do kỳ nghỉ Tết Nguyên đán. Tính đến hết tháng 1/2023, tổng số giao dịch lũy kế qua NDXP từ khi khai trương (năm 2019) đạt 1,58 tỷ giao dịch.

Bộ Tài chính đã kết nối 14 hệ thống thông tin chuyên ngành với NDXP. Năm 2023, Văn phòng Chính phủ phấn đấu nâng số giao dịch bình quân lên 2 triệu giao dịch/ngày.""",
        "2023-02-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-01-31", 45200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-01-31", 1460000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-01-31", 1580000000.0),
        ],
    ),
    # 33. White-book summary, no page date, dated by its own "năm 2023" and "tính đến hết năm 2023": Internet users and mobile broadband levels at 31/12/2023.
    #     Traps: ICT exports in USD, enterprise counts, growth, a survey's share of people, a Thailand figure.
    (
        """SÁCH TRẮNG CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG VIỆT NAM 2024: NHỮNG CON SỐ ĐÁNG CHÚ Ý

Sách Trắng năm nay tổng hợp số liệu của năm 2023. Tính đến hết năm 2023, tỷ lệ người dân sử dụng Internet ở Việt Nam đạt 78,44%; cả nước có 87,3 triệu thuê bao băng rộng di động, tương đương 86,9 thuê bao/100 dân.

Kim ngạch xuất khẩu phần cứng, điện tử năm 2023 đạt 125 tỷ USD, giảm 3,2% so với năm 2022; số doanh nghiệp công nghệ số đạt hơn 74.000. Theo một khảo sát xã hội học được trích trong Sách Trắng, 73% người trưởng thành được hỏi có sử dụng điện thoại thông minh hằng ngày.

Để so sánh, tỷ lệ sử dụng Internet của Thái Lan cùng thời điểm đạt khoảng 88%.""",
        None,
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.44),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 87300000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 86.9),
        ],
    ),
]

CASES += [
    # 34. Hà Nội news, no page date: "9 tháng năm nay" against "cùng kỳ năm 2024" = Jan-Sep 2025, the city's full-process dossier, e-result and satisfaction shares.
    #     Traps: a ward's (phường Hoàn Kiếm) rate, the change in points, count of public administrative service centres, the year-end target.
    (
        """Hà Nội: 9 tháng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%

Theo Sở Nội vụ Hà Nội, 9 tháng năm nay, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 68,2%, tăng 3,7 điểm phần trăm so với cùng kỳ năm 2024. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 95,4%; tỷ lệ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 98,9%.

Sau khi vận hành mô hình chính quyền địa phương hai cấp, thành phố đã thành lập 126 Trung tâm Phục vụ hành chính công cấp xã. Phường Hoàn Kiếm là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất với 99,2%.

UBND thành phố yêu cầu các đơn vị phấn đấu đến hết năm tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%.""",
        None,
        [
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2025-09-30", 68.2),
            ("e_result_rate", "Hà Nội", "ytd", "2025-09-30", 95.4),
            ("satisfaction_rate", "Hà Nội", "ytd", "2025-09-30", 98.9),
        ],
    ),
    # 35. Dated Lào Cai page (22/05/2024): villages with mobile coverage and FTTH households "đến nay" (page date).
    #     Traps: a district's uncovered villages, one operator's planned stations, the electrification share (no id), the 2025 target.
    (
        """Lào Cai: 98,7% thôn, bản đã có sóng di động băng rộng

22/05/2024 08:10

Theo Sở Thông tin và Truyền thông tỉnh Lào Cai, đến nay, 98,7% thôn, bản trên địa bàn tỉnh đã được phủ sóng di động băng rộng; 76,5% hộ gia đình có kết nối Internet cáp quang. Huyện Si Ma Cai vẫn còn 9 thôn chưa có sóng.

Trong năm 2024, VNPT Lào Cai dự kiến xây dựng thêm 25 trạm BTS tại các xã vùng cao. Hiện 97,8% số thôn, bản trong tỉnh đã có điện lưới quốc gia. Tỉnh phấn đấu đến năm 2025, 100% thôn, bản có sóng di động băng rộng.""",
        "2024-05-22",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-05-22", 98.7),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-05-22", 76.5),
        ],
    ),
    # 36. Article on the UN survey "Ngày 28/9" naming its 2022 edition: rank 86/193 for 2022 and the unchanged 2020 rank.
    #     Traps: the EGDI score, the E-Participation rank, Cambodia/Laos, Denmark's first place, the 2025 target.
    (
        """Chỉ số Chính phủ điện tử của Việt Nam tiếp tục tăng điểm

Ngày 28/9, Ban Kinh tế và Xã hội Liên Hợp Quốc công bố Báo cáo Khảo sát Chính phủ điện tử năm 2022. Việt Nam đạt 0,6787 điểm, giữ nguyên thứ hạng 86/193 quốc gia như kỳ đánh giá năm 2020 (cũng xếp thứ 86), dù điểm số tăng đáng kể.

Chỉ số tham gia điện tử (EPI) của Việt Nam xếp thứ 73. Đan Mạch tiếp tục đứng đầu thế giới; trong ASEAN, Campuchia xếp thứ 127, Lào thứ 159.

Theo các chuyên gia, để đạt mục tiêu vào nhóm 50 nước dẫn đầu vào năm 2025, Việt Nam cần cải thiện mạnh chỉ số nguồn nhân lực và chỉ số dịch vụ trực tuyến.""",
        None,
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
        ],
    ),
    # 37. Đề án 06 Q1/2025 review "Chiều 10/4" (the year from "quý I/2025"): VNeID, chip cards and essential services (76 list) "đến nay" = 10/4/2025.
    #     Traps: Bộ Công an's own dossiers, a province's (Hà Nam) accounts share, the added-this-quarter count, the deadline.
    (
        """Đề án 06: Sơ kết quý I/2025, nhiều chỉ tiêu về đích sớm

Chiều 10/4, Tổ công tác triển khai Đề án 06 của Chính phủ tổ chức hội nghị trực tuyến sơ kết quý I/2025.

Theo báo cáo, đến nay cả nước đã kích hoạt 63,9 triệu tài khoản định danh điện tử, trong quý tăng thêm 2,1 triệu tài khoản. Tổng số thẻ Căn cước và Căn cước công dân gắn chíp đã cấp là 91,5 triệu thẻ. Đã có 69/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.

Riêng Bộ Công an đã tiếp nhận 5,2 triệu hồ sơ trực tuyến trong quý. Tỉnh Hà Nam có tỷ lệ công dân kích hoạt tài khoản định danh điện tử cao nhất cả nước, đạt 96,4%.

Tổ công tác yêu cầu các bộ, ngành hoàn thành 7 dịch vụ công thiết yếu còn lại trước ngày 30/6/2025.""",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-04-10", 63900000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-04-10", 91500000.0),
            ("essential_services_full_process", "national", "as_of", "2025-04-10", 69.0),
        ],
    ),
    # 38. Bắc Giang's December session "Ngày 19/12" reviewing "năm 2023": "11 tháng qua" = Jan-Nov 2023 dossier and e-result shares; the province's GRDP share of the digital economy in 2023.
    #     Traps: the 766 score and rank, a district's rate, the 2024 targets.
    (
        """Bắc Giang: Tỷ lệ hồ sơ trực tuyến 11 tháng đạt 72,3%

Ngày 19/12, UBND tỉnh Bắc Giang tổ chức phiên họp thường kỳ tháng 12 để đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023.

Báo cáo tại phiên họp cho biết, trong 11 tháng qua, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của tỉnh đạt 72,3%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 91,8%. Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 84,6/100 điểm, xếp thứ 5/63. Huyện Việt Yên có tỷ lệ hồ sơ trực tuyến đạt 89,4%.

Năm 2023, kinh tế số ước đóng góp 21,5% GRDP của tỉnh. Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, kinh tế số chiếm 25% GRDP.""",
        None,
        [
            ("online_dossier_rate", "Bắc Giang", "ytd", "2023-11-30", 72.3),
            ("e_result_rate", "Bắc Giang", "ytd", "2023-11-30", 91.8),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 21.5),
        ],
    ),
    # 39. Dated government page (05/03/2024): NDXP connection points and connected agencies at 29/02/2024, February flows and daily average over the month.
    #     Traps: LGSP counts (no id), a province's transactions, the change, the target.
    (
        """NDXP: 29 ngày, hơn 62 triệu giao dịch

05/03/2024

Theo Văn phòng Chính phủ, tính đến ngày 29/02/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thiết lập 105 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu; kết nối, chia sẻ dữ liệu với 94 bộ, ngành, địa phương. Trong tháng 2/2024, NDXP ghi nhận 62,4 triệu giao dịch, trung bình 2,15 triệu giao dịch/ngày, tăng 11,2% so với tháng 1.

Hiện có 63/63 địa phương đã triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP). Riêng TP Hồ Chí Minh thực hiện 3,8 triệu giao dịch qua NDXP trong tháng.

Văn phòng Chính phủ phấn đấu đến hết năm 2024 kết nối 100% cơ sở dữ liệu quốc gia với NDXP.""",
        "2024-03-05",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-02-29", 105.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-29", 94.0),
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 62400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2150000.0),
        ],
    ),
    # 40. Q&A interview, no page date: "Năm nay là năm cuối của giai đoạn 2021-2025" dates "6 tháng đầu năm nay" to H1/2025 for Thanh Hóa.
    #     Traps: the Sở's planned targets, a district's rate, the change vs same period, count of trained community tech teams.
    (
        """Phỏng vấn: "Chuyển đổi số phải lấy người dân làm trung tâm"

PV: Thưa ông, năm nay là năm cuối của giai đoạn 2021-2025, Thanh Hóa đã đạt được những kết quả gì trong cung cấp dịch vụ công trực tuyến?

Ông Lê Văn Hùng, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Thanh Hóa: 6 tháng đầu năm nay, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 55,4%, tăng 12,1 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 81,6%. Huyện Hoằng Hóa có tỷ lệ cao nhất, 93,2%. Toàn tỉnh có 4.375 tổ công nghệ số cộng đồng với hơn 22.000 thành viên.

PV: Mục tiêu thời gian tới là gì, thưa ông?

Ông Lê Văn Hùng: Chúng tôi phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%, 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình.""",
        None,
        [
            ("online_dossier_full_process_rate", "Thanh Hóa", "half", "2025-06-30", 55.4),
            ("online_dossier_rate", "Thanh Hóa", "half", "2025-06-30", 81.6),
        ],
    ),
    # 41. Dated government page (20/12/2024): provision shares of eligible procedures at 15/12/2024 for the country, ministries and localities.
    #     Traps: procedure counts, the remaining procedures, one ministry (Bộ Xây dựng) lagging, the 2025 target.
    (
        """Gần 90% thủ tục hành chính đủ điều kiện đã được cung cấp toàn trình

20/12/2024 11:00

(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 15/12/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của cả nước đạt 89,6%, trong đó khối bộ, ngành đạt 87,2%, khối địa phương đạt 92,4%.

Hiện còn 187 thủ tục hành chính đủ điều kiện nhưng chưa được cung cấp toàn trình, tập trung ở một số bộ, trong đó Bộ Xây dựng mới đạt 61,5%.

Văn phòng Chính phủ đề nghị các bộ, ngành hoàn thành việc cung cấp 100% dịch vụ công trực tuyến toàn trình đối với thủ tục đủ điều kiện trong quý I/2025.""",
        "2024-12-20",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-12-15", 89.6),
            ("full_process_provision_rate", "ministries", "as_of", "2024-12-15", 87.2),
            ("full_process_provision_rate", "localities", "as_of", "2024-12-15", 92.4),
        ],
    ),
    # 42. Opinion piece, no page date, on the e-Conomy SEA 2024 report: only the official figure with its own year (digital economy growth 2023) is a value.
    #     Traps: Google/Temasek/Bain's size and growth (a vendor's survey), Indonesia, e-commerce GMV, the 2030 target.
    (
        """Kinh tế số Việt Nam: Tăng trưởng nhanh nhưng cần bền vững

Báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company thực hiện ước tính tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm nay đạt 36 tỷ USD, tăng 16% so với năm trước, trong đó thương mại điện tử chiếm 22 tỷ USD. Indonesia vẫn là thị trường lớn nhất khu vực với 90 tỷ USD.

Theo số liệu chính thức của Bộ Thông tin và Truyền thông, năm 2023, tốc độ tăng trưởng kinh tế số của Việt Nam đạt khoảng 19%, cao hơn nhiều so với mức tăng GDP.

Tuy nhiên, theo các chuyên gia, để hướng tới mục tiêu kinh tế số chiếm 30% GDP vào năm 2030, Việt Nam cần thu hẹp khoảng cách giữa doanh nghiệp lớn và khối doanh nghiệp nhỏ và vừa trong ứng dụng công nghệ số.

TS. NGUYỄN MINH KHOA""",
        None,
        [
            ("digital_economy_growth", "national", "year", "2023-12-31", 19.0),
        ],
    ),
    # 43. Ministry press briefing "ngày 4/7" reviewing "6 tháng đầu năm 2024": "quý vừa qua" = Q2/2024 attacks, half-year total, botnet IPs "hiện" = 4/7/2024.
    #     Traps: change vs Q1, a bank's incident, count of cyber-drills, the year-end botnet target.
    (
        """An toàn thông tin 6 tháng: Tấn công mạng có xu hướng giảm

Tại cuộc họp báo thường kỳ ngày 4/7 của Bộ Thông tin và Truyền thông nhằm thông tin về kết quả công tác 6 tháng đầu năm 2024, đại diện Cục An toàn thông tin cho biết, trong quý vừa qua, hệ thống giám sát ghi nhận 2.134 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,1% so với quý trước. Tính chung 6 tháng, tổng số cuộc tấn công mạng gây sự cố là 4.457 cuộc.

Hiện số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 4.460.000 địa chỉ. Cục đã tổ chức 3 cuộc diễn tập thực chiến an toàn thông tin cho các ngân hàng và tổ chức tài chính, sau sự cố mã độc tống tiền tại một công ty chứng khoán hồi tháng 3.

Cục đặt mục tiêu đến cuối năm giảm số địa chỉ IP botnet xuống dưới 4 triệu.""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-06-30", 2134.0),
            ("cyberattacks", "national", "half", "2024-06-30", 4457.0),
            ("botnet_ips", "national", "as_of", "2024-07-04", 4460000.0),
        ],
    ),
]
