"""Genre probes, round 142: one body's own results beside the whole's, the body named every way, written blind.

Held out through the fitting of rounds 140 and 141: with the stop's start code 53696a2, 98 of 118 right, 98 of 102 found (0.83 / 0.96); after round 140's fitting 98 of 113 (0.87); after round 141's 99 of 108 (0.92 / 0.97). Then fitted (stop 48): the sector named back ('của Ngành'), a state corporation ('thuộc EVN'), a ministry after 'tại', a ministry's own one-stop system, a ministry ranked among the others: 100 of 103, 100 of 102.
"""

CASES = [
    # 1. Government portal on the Q1/2024 service index: Bộ Công Thương heads the ministries; national and group dossier rates, national e-result rate.
    #    Traps: the ministry's own dossier rate, full-process share and e-result share, its score, a change in points, the year-end target.
    (
        """Chinhphu.vn
Trang chủ > Cải cách hành chính

Bộ Công Thương dẫn đầu khối bộ, ngành về phục vụ người dân, doanh nghiệp quý I/2024

12/04/2024 15:20

(Chinhphu.vn) - Kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công quý I/2024 cho thấy Bộ Công Thương đạt 88,62/100 điểm, tiếp tục đứng đầu khối bộ, ngành.

Trong quý I, hệ thống một cửa điện tử của Bộ Công Thương tiếp nhận 141.380 hồ sơ; 99,1% hồ sơ được tiếp nhận, giải quyết trực tuyến. Bộ hiện cung cấp 96,3% thủ tục hành chính dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ được cấp kết quả điện tử của Bộ đạt 98,5%.

Tính chung cả nước, tỷ lệ hồ sơ xử lý trực tuyến quý I/2024 đạt 44,7%; khối bộ, ngành đạt 63,2%, khối địa phương đạt 38,9%. Tỷ lệ hồ sơ được cấp kết quả điện tử trên phạm vi cả nước đạt 71,4%, tăng 6,8 điểm phần trăm so với quý IV/2023.

Lãnh đạo Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình nội bộ, phấn đấu đến hết năm 2024 tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.

Thu Giang""",
        "2024-04-12",
        [
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 44.7),
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 63.2),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 38.9),
            ("e_result_rate", "national", "quarter", "2024-03-31", 71.4),
        ],
    ),
    # 2. Đà Nẵng city portal, first half of 2024: the city's own totals are province values.
    #    Traps: Sở Tư pháp's and Sở KH&ĐT's own rates, the city police's own dossiers and share, Hải Châu district, the year-end target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Tin tức - Sự kiện > Cải cách hành chính

Đà Nẵng: Gần 80% hồ sơ thủ tục hành chính được xử lý trực tuyến trong 6 tháng đầu năm

Cập nhật: 08/07/2024

Theo báo cáo của Văn phòng UBND thành phố, 6 tháng đầu năm 2024, toàn thành phố tiếp nhận 612.540 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 78,6%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 91,2%. Tính đến ngày 30/6/2024, Đà Nẵng cung cấp 1.048 dịch vụ công trực tuyến toàn trình, đạt 98,2% số thủ tục hành chính đủ điều kiện.

Một số đơn vị có kết quả nổi bật như Sở Tư pháp với tỷ lệ hồ sơ trực tuyến 99,4%, Sở Kế hoạch và Đầu tư 98,7%. Công an thành phố đã tiếp nhận 86.215 hồ sơ trực tuyến qua Cổng dịch vụ công Bộ Công an, chiếm 92,1% tổng số hồ sơ của đơn vị. Ở cấp huyện, quận Hải Châu dẫn đầu với tỷ lệ 84,5%.

UBND thành phố yêu cầu các sở, ngành, địa phương tiếp tục nâng cao chất lượng dịch vụ công trực tuyến, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt trên 85%.""",
        "2024-07-08",
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 78.6),
            ("e_result_rate", "Đà Nẵng", "half", "2024-06-30", 91.2),
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2024-06-30", 98.2),
        ],
    ),
    # 3. Social-insurance agency news page on NDXP: national month flow, daily average and cumulative total.
    #    Traps: the agency's own April transactions and share, its year-to-date transactions, its own full-process 100%.
    (
        """BẢO HIỂM XÃ HỘI VIỆT NAM
Tin tức > Chuyển đổi số

Ngành BHXH dẫn đầu về số lượng giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia

20/05/2024 | 09:12

Theo số liệu của Cục Chuyển đổi số quốc gia (Bộ Thông tin và Truyền thông), trong tháng 4/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 68,5 triệu giao dịch, trung bình 2,28 triệu giao dịch mỗi ngày. Tính đến ngày 15/5/2024, tổng số giao dịch qua NDXP kể từ khi khai trương năm 2019 đạt hơn 1,02 tỷ giao dịch.

Riêng BHXH Việt Nam, trong tháng 4/2024 đã thực hiện 26,3 triệu giao dịch qua NDXP, chiếm khoảng 38% tổng giao dịch của cả nền tảng, chủ yếu là xác thực thông tin nhân thân với Cơ sở dữ liệu quốc gia về dân cư. Lũy kế từ đầu năm, hệ thống của Ngành đã thực hiện 97,4 triệu giao dịch qua NDXP.

Hiện 100% thủ tục hành chính thuộc thẩm quyền giải quyết của ngành BHXH đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.

Minh Phương""",
        "2024-05-20",
        [
            ("ndxp_transactions_period", "national", "month", "2024-04-30", 68500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-04-30", 2280000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-15", 1020000000.0),
        ],
    ),
    # 4. Ministry of Public Security portal, two years of Đề án 06: chip IDs and VNeID are issued nationwide by this ministry (national values).
    #    Traps: the ministry's own portal dossiers in 2023, its own full-process count and share, its own online-dossier rate, 2024 targets.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN

Bộ Công an tổng kết 2 năm triển khai Đề án 06

Thứ Sáu, 12/01/2024

Sáng 12/1, Bộ Công an tổ chức hội nghị tổng kết 2 năm triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06).

Báo cáo tại hội nghị cho biết, tính đến ngày 31/12/2023, lực lượng Công an đã thu nhận hồ sơ và cấp 85,6 triệu thẻ Căn cước công dân gắn chip điện tử; kích hoạt 55,4 triệu tài khoản định danh điện tử cho công dân.

Đối với dịch vụ công của Bộ, năm 2023 Cổng dịch vụ công Bộ Công an đã tiếp nhận 6,8 triệu hồ sơ trực tuyến. Bộ hiện cung cấp 308 dịch vụ công trực tuyến toàn trình, đạt 93,6% số thủ tục hành chính thuộc thẩm quyền; tỷ lệ hồ sơ trực tuyến của lực lượng Công an đạt 72,4%.

Năm 2024, Bộ Công an phấn đấu kích hoạt thêm 10 triệu tài khoản định danh điện tử và hoàn thành cấp thẻ căn cước cho 100% công dân đủ điều kiện.""",
        "2024-01-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 85600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 55400000.0),
        ],
    ),
    # 5. Provincial police of Quảng Ninh: chip IDs and VNeID accounts in the province (province values, "đến nay" = page date).
    #    Traps: the police's own online services and its own dossier rate, Hạ Long city's count, the activation rate (no id), target.
    (
        """BÁO QUẢNG NINH

Công an tỉnh Quảng Ninh về đích sớm nhiều chỉ tiêu của Đề án 06

28/03/2024 - 10:35

Đến nay, Công an tỉnh đã thu nhận hồ sơ và cấp 1.102.350 thẻ căn cước công dân gắn chip cho công dân trên địa bàn tỉnh; kích hoạt 812.400 tài khoản định danh điện tử, đạt tỷ lệ 79,6% số công dân thuộc diện. Riêng thành phố Hạ Long đã kích hoạt 198.000 tài khoản.

Ở lĩnh vực dịch vụ công, Công an tỉnh đang cung cấp 142 dịch vụ công trực tuyến thuộc các lĩnh vực cư trú, xuất nhập cảnh, phòng cháy chữa cháy...; từ đầu năm đến nay, tỷ lệ hồ sơ nộp trực tuyến của đơn vị đạt 87,3%.

Lãnh đạo Công an tỉnh cho biết, năm 2024 đơn vị phấn đấu kích hoạt tài khoản định danh điện tử cho 100% công dân từ đủ 14 tuổi trở lên.

Thanh Hằng""",
        "2024-03-28",
        [
            ("chip_id_cards_issued", "Quảng Ninh", "as_of", "2024-03-28", 1102350.0),
            ("vneid_activated_accounts", "Quảng Ninh", "as_of", "2024-03-28", 812400.0),
        ],
    ),
    # 6. Ministry of Information and Communications monthly report, table of security-level approvals at 29/02/2024: group rows and the national row.
    #    Traps: the ministry's own row, system counts (no id), the change in points, the year-end target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Báo cáo tình hình chuyển đổi số tháng 02/2024 (trích)

3. Bảo đảm an toàn thông tin theo cấp độ

Tính đến ngày 29/02/2024, các bộ, ngành, địa phương đã phê duyệt hồ sơ đề xuất cấp độ cho 1.801/2.355 hệ thống thông tin, tăng 3,2 điểm phần trăm so với tháng trước. Kết quả cụ thể như sau:

| Khối | Tổng số hệ thống | Đã phê duyệt cấp độ | Tỷ lệ |
|---|---|---|---|
| Khối bộ, ngành | 512 | 389 | 76,0% |
| Khối địa phương | 1.843 | 1.412 | 76,6% |
| Cả nước | 2.355 | 1.801 | 76,5% |
| Bộ Thông tin và Truyền thông | 68 | 68 | 100% |

Bộ Thông tin và Truyền thông là đơn vị đầu tiên hoàn thành phê duyệt cấp độ cho toàn bộ hệ thống thông tin thuộc phạm vi quản lý. Đề nghị các bộ, ngành, địa phương hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin trong năm 2024.""",
        "2024-03-06",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-02-29", 76.0),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-02-29", 76.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-02-29", 76.5),
        ],
    ),
    # 7. Government Office monthly bulletin on the National Portal, no sidecar date: October 2024 flows and cumulative levels at 31/10/2024.
    #    Traps: the Ministry of Public Security's own payments and its share, Hà Nội's dossiers, the change over September.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Cục Kiểm soát thủ tục hành chính

Thông tin về kết quả vận hành Cổng Dịch vụ công quốc gia tháng 10/2024

Trong tháng 10/2024, Cổng Dịch vụ công quốc gia có thêm 452.000 tài khoản đăng ký mới; tiếp nhận 3,1 triệu hồ sơ trực tuyến, tăng 8,5% so với tháng 9/2024; ghi nhận 2,05 triệu giao dịch thanh toán trực tuyến với số tiền 1.180 tỷ đồng.

Lũy kế đến ngày 31/10/2024, Cổng Dịch vụ công quốc gia có 14,6 triệu tài khoản đăng ký; tổng số giao dịch thanh toán trực tuyến đạt 42,8 triệu giao dịch với tổng số tiền 18.540 tỷ đồng.

Trong các bộ, ngành, Bộ Công an là đơn vị có số giao dịch thanh toán trực tuyến lớn nhất với 1,12 triệu giao dịch trong tháng, chiếm 54,6% tổng số giao dịch của Cổng. Ở khối địa phương, Hà Nội dẫn đầu về số hồ sơ tiếp nhận qua Cổng với 286.000 hồ sơ.""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 452000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 3100000.0),
            ("online_payments_count_new", "national", "month", "2024-10-31", 2050000.0),
            ("online_payments_value_new", "national", "month", "2024-10-31", 1180.0),
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 14600000.0),
            ("online_payments_count", "national", "as_of", "2024-10-31", 42800000.0),
            ("online_payments_value", "national", "as_of", "2024-10-31", 18540.0),
        ],
    ),
    # 8. Press piece on EVN (state corporation) and the National Portal: national accounts and payments at 15/9/2023.
    #    Traps: EVN's own dossiers, its own bill payments through the Portal and their value, its share of payments, 12 services (count).
    (
        """NĂNG LƯỢNG VIỆT NAM

EVN: Hơn 3,2 triệu hồ sơ dịch vụ điện được giải quyết qua Cổng Dịch vụ công quốc gia

20/09/2023 07:45

Tập đoàn Điện lực Việt Nam (EVN) là doanh nghiệp nhà nước đầu tiên tích hợp toàn bộ 12 dịch vụ cung cấp điện lên Cổng Dịch vụ công quốc gia. Đến nay, các tổng công ty điện lực thuộc EVN đã tiếp nhận, giải quyết hơn 3,2 triệu hồ sơ qua Cổng; khách hàng đã thực hiện 17,6 triệu giao dịch thanh toán tiền điện qua Cổng với tổng số tiền trên 9.300 tỷ đồng, chiếm khoảng 75% số giao dịch thanh toán trên Cổng.

Theo Văn phòng Chính phủ, tính đến ngày 15/9/2023, Cổng Dịch vụ công quốc gia có 9,6 triệu tài khoản đăng ký; ghi nhận 23,4 triệu giao dịch thanh toán trực tuyến với số tiền hơn 11.200 tỷ đồng.

Đại diện EVN cho biết, thời gian tới Tập đoàn sẽ tiếp tục phối hợp với Văn phòng Chính phủ nâng cấp tính năng thanh toán, phấn đấu 100% khách hàng có thể thanh toán tiền điện trực tuyến.

Hoàng Lâm""",
        "2023-09-20",
        [
            ("national_portal_accounts", "national", "as_of", "2023-09-15", 9600000.0),
            ("online_payments_count", "national", "as_of", "2023-09-15", 23400000.0),
            ("online_payments_value", "national", "as_of", "2023-09-15", 11200.0),
        ],
    ),
    # 9. Lâm Đồng's Sở TT&TT on security-level approval: the province's rate "đến nay" (page date) and the national rate at end-June.
    #    Traps: the department's own systems at 100%, the 41/47 count, the provincial LGSP transactions (no id), the target.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LÂM ĐỒNG

Lâm Đồng đẩy mạnh bảo đảm an toàn thông tin theo cấp độ

22/07/2024

Đến nay, toàn tỉnh Lâm Đồng có 41/47 hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ, đạt 87,2%, cao hơn mức bình quân chung. Theo Cục An toàn thông tin, tính đến hết tháng 6/2024, tỷ lệ hệ thống thông tin được phê duyệt cấp độ của cả nước đạt 79,3%.

Riêng Sở Thông tin và Truyền thông đã hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin do Sở quản lý, trong đó có Trung tâm dữ liệu tỉnh và Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP). Trong 6 tháng đầu năm, LGSP của tỉnh đã thực hiện hơn 1,4 triệu giao dịch.

Sở đề nghị các sở, ban, ngành và UBND các huyện, thành phố khẩn trương hoàn thiện hồ sơ, phấn đấu trong quý III/2024 có 100% hệ thống thông tin được phê duyệt cấp độ.""",
        "2024-07-22",
        [
            ("info_systems_level_approved_rate", "Lâm Đồng", "as_of", "2024-07-22", 87.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 79.3),
        ],
    ),
    # 10. Hà Nội press, nine months of 2023: the city's year-to-date dossier rate and its full-process share at 30/9.
    #    Traps: Cầu Giấy district, Sở KH&ĐT's own rate, the city's administrative-procedure centre's own dossiers, the target.
    (
        """KINH TẾ & ĐÔ THỊ

Hà Nội: 9 tháng, hơn 61% hồ sơ thủ tục hành chính được giải quyết trực tuyến

12/10/2023 14:02

Theo Sở Thông tin và Truyền thông Hà Nội, 9 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 61,2%. Tính đến ngày 30/9/2023, Hà Nội cung cấp 1.120 dịch vụ công trực tuyến toàn trình trên tổng số 1.943 thủ tục hành chính, đạt 57,6%.

Nhiều đơn vị đạt kết quả cao: quận Cầu Giấy có tỷ lệ hồ sơ trực tuyến 88%; Sở Kế hoạch và Đầu tư đạt 100% hồ sơ đăng ký doanh nghiệp qua mạng. Trung tâm Phục vụ hành chính công thành phố, sau 3 tháng đi vào hoạt động, đã tiếp nhận 14.350 hồ sơ, trong đó 93,5% nộp trực tuyến.

Thành phố phấn đấu đến hết năm 2023, tỷ lệ hồ sơ trực tuyến đạt 70% và 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.

Nguyễn Hà""",
        "2023-10-12",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2023-09-30", 61.2),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2023-09-30", 57.6),
        ],
    ),
    # 11. State Bank news on non-cash payments: adults with accounts at end-2023 and Mobile Money customers at end-January 2024.
    #    Traps: the State Bank's own full-process services and share, the rural sub-count after "trong đó", Viettel Money's customers, the 2025 target.
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Tin hoạt động ngân hàng

Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh

22/02/2024

Theo Vụ Thanh toán, đến cuối năm 2023 đã có 87,07% người trưởng thành có tài khoản thanh toán tại ngân hàng. Tính đến cuối tháng 01/2024, dịch vụ Mobile Money có 8,7 triệu khách hàng đăng ký, trong đó 6,2 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money chiếm 5,9 triệu khách hàng.

Về cải cách hành chính, Ngân hàng Nhà nước hiện cung cấp 70 dịch vụ công trực tuyến toàn trình, đạt 100% thủ tục hành chính đủ điều kiện; tỷ lệ hồ sơ trực tuyến tại Ngân hàng Nhà nước năm 2023 đạt 86,4%.

Mục tiêu đến năm 2025, trên 80% người trưởng thành có tài khoản giao dịch tại ngân hàng đã được hoàn thành trước thời hạn.""",
        "2024-02-22",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.07),
            ("mobile_money_customers", "national", "as_of", "2024-01-31", 8700000.0),
        ],
    ),
    # 12. Press piece on Viettel's 5G (state corporation) with national 5G stations and coverage at end-May 2025.
    #    Traps: Viettel's own stations and coverage, VNPT's stations, upload speed, the year-end target.
    (
        """VIETNAMNET
Thông tin và Truyền thông

Viettel cán mốc 7.000 trạm 5G, phủ sóng toàn bộ 63 tỉnh, thành

12/06/2025

Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) cho biết đến nay đã lắp đặt và phát sóng hơn 7.000 trạm 5G, vùng phủ 5G của nhà mạng đạt khoảng 90% dân số các khu vực đô thị. Tốc độ tải lên trung bình trên mạng 5G của Viettel đạt 95 Mbps. VNPT cũng đã phát sóng khoảng 4.300 trạm.

Theo Cục Viễn thông, tính đến cuối tháng 5/2025, cả nước có trên 12.800 trạm BTS 5G; vùng phủ sóng 5G đạt khoảng 26% dân số.

Bộ Khoa học và Công nghệ đặt mục tiêu đến hết năm 2025, mạng 5G phủ sóng 90% dân số, với khoảng 20.000 trạm.

Dương Nguyễn""",
        "2025-06-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 12800.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.0),
        ],
    ),
    # 13. Government portal on the Q3/2023 service index: group rates of data reuse and e-results.
    #    Traps: Bộ Tư pháp's own rates and score, the online-payment share (no id), the change in points.
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ

Quý III/2023: Tỷ lệ tái sử dụng dữ liệu số hóa còn thấp

25/10/2023 16:40

(Chinhphu.vn) - Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý III/2023 trên Cổng Dịch vụ công quốc gia, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của khối bộ, ngành đạt 18,4%, khối địa phương đạt 32,7%. Tỷ lệ hồ sơ được cấp kết quả điện tử của khối bộ, ngành đạt 79,5%; khối địa phương đạt 68,1%, tăng 5,3 điểm phần trăm so với quý II.

Bộ Tư pháp là một trong những đơn vị có kết quả tốt nhất với tỷ lệ tái sử dụng dữ liệu đạt 64,2% và 100% hồ sơ được cấp kết quả điện tử, đạt 85,3 điểm. Tỷ lệ hồ sơ thanh toán trực tuyến trên cả nước mới đạt 20,6%.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định 107/2021/NĐ-CP.""",
        "2023-10-25",
        [
            ("data_reuse_rate", "ministries", "quarter", "2023-09-30", 18.4),
            ("data_reuse_rate", "localities", "quarter", "2023-09-30", 32.7),
            ("e_result_rate", "ministries", "quarter", "2023-09-30", 79.5),
            ("e_result_rate", "localities", "quarter", "2023-09-30", 68.1),
        ],
    ),
    # 14. Thừa Thiên Huế provincial news, year 2023: the province's dossier rate for the year and full-process share at 31/12/2023.
    #    Traps: the provincial public-administration centre's own dossiers and rate, Phú Vang district, Hue-S downloads, the 2024 target.
    (
        """BÁO THỪA THIÊN HUẾ

Thừa Thiên Huế: Năm 2023, gần 70% hồ sơ được xử lý trực tuyến

08/01/2024

Năm 2023, toàn tỉnh Thừa Thiên Huế tiếp nhận hơn 1,2 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 69,8%. Tính đến ngày 31/12/2023, tỉnh cung cấp 1.156 dịch vụ công trực tuyến toàn trình, chiếm 60,3% tổng số thủ tục hành chính.

Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 128.400 hồ sơ, tỷ lệ nộp trực tuyến tại Trung tâm đạt 96,1%. Ở cấp huyện, huyện Phú Vang có tỷ lệ hồ sơ trực tuyến cao nhất với 82,3%. Ứng dụng Hue-S đã có hơn 1,1 triệu lượt tải.

Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%.

Hữu Phúc""",
        "2024-01-08",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 69.8),
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 60.3),
        ],
    ),
    # 15. Ministry of Justice news page on its own services with the national count of Đề án 06 essential services offered full-process.
    #    Traps: the ministry's own full-process services, its judicial-record requests via VNeID (no id), the remaining services, a target.
    (
        """BỘ TƯ PHÁP
Tin tức - Sự kiện

Bộ Tư pháp đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình

15/08/2023

Tính đến ngày 10/8/2023, Bộ Tư pháp đã cung cấp 52 dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công của Bộ, đạt 53,6% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết. Thí điểm cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID tại Hà Nội và Thừa Thiên Huế đã tiếp nhận 48.300 yêu cầu.

Cũng theo Tổ công tác triển khai Đề án 06 của Chính phủ, đến nay cả nước đã cung cấp trực tuyến toàn trình 48/53 dịch vụ công thiết yếu; 5 dịch vụ còn lại đang được các bộ, ngành gấp rút hoàn thiện, trong đó có 2 dịch vụ thuộc lĩnh vực tư pháp.

Bộ Tư pháp phấn đấu đến hết năm 2023 hoàn thành 100% dịch vụ thiết yếu thuộc phạm vi quản lý.""",
        "2023-08-15",
        [
            ("essential_services_full_process", "national", "as_of", "2023-08-15", 48.0),
        ],
    ),
    # 16. Finance ministry (after the 2025 merger) half-year review: national e-invoices since July 2022, at 30/6/2025.
    #    Traps: the ministry's own portal dossiers and online share, the coded and cash-register sub-counts after "trong đó", a change, the target.
    (
        """TẠP CHÍ TÀI CHÍNH
Trang chủ > Chuyển đổi số

Bộ Tài chính: Chuyển đổi số là "chìa khóa" hiện đại hóa ngành tài chính

Thứ Ba, 15/07/2025

Tại hội nghị sơ kết 6 tháng đầu năm 2025, Bộ Tài chính cho biết trong nửa đầu năm, Cổng Dịch vụ công của Bộ Tài chính tiếp nhận 1,86 triệu hồ sơ, trong đó 97,2% hồ sơ được nộp trực tuyến. Sau khi hợp nhất với Bộ Kế hoạch và Đầu tư, Bộ hiện quản lý 1.019 thủ tục hành chính, 82,5% đã được cung cấp trực tuyến toàn trình.

Đối với hóa đơn điện tử, lũy kế từ khi triển khai (tháng 7/2022) đến ngày 30/6/2025, cơ quan thuế đã tiếp nhận và xử lý 11,3 tỷ hóa đơn điện tử, trong đó 3,4 tỷ hóa đơn có mã của cơ quan thuế và khoảng 1,2 tỷ hóa đơn khởi tạo từ máy tính tiền. Số hóa đơn phát sinh trong 6 tháng tăng 18% so với cùng kỳ năm 2024.

Bộ Tài chính đặt mục tiêu đến cuối năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Lê Hà""",
        "2025-07-15",
        [
            ("e_invoices_total", "national", "as_of", "2025-06-30", 11300000000.0),
        ],
    ),
    # 17. Health ministry news page on its own portal with the group rates of dossiers tied to personal ID numbers (8 months of 2024).
    #    Traps: the ministry's own full-process count and dossier rate, e-health books and driving-licence health checks (no id), a target.
    (
        """BỘ Y TẾ
Cổng thông tin điện tử

Bộ Y tế: 99,6% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến

18/09/2024

Theo Văn phòng Bộ Y tế, hiện Bộ đang cung cấp 96 dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công của Bộ. Trong 8 tháng đầu năm 2024, tỷ lệ hồ sơ tiếp nhận trực tuyến tại Bộ đạt 99,6%. Ngành y tế đã liên thông 5,3 triệu giấy khám sức khỏe lái xe và tạo lập 12 triệu sổ sức khỏe điện tử trên ứng dụng VNeID.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, 8 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính có gắn mã định danh cá nhân của khối bộ, ngành đạt 81,2%, khối địa phương đạt 68,5%.

Bộ Y tế phấn đấu đến hết năm 2024, 100% hồ sơ của Bộ được gắn mã định danh cá nhân, mã số doanh nghiệp.

Hà An""",
        "2024-09-18",
        [
            ("dossiers_with_personal_id_rate", "ministries", "ytd", "2024-08-31", 81.2),
            ("dossiers_with_personal_id_rate", "localities", "ytd", "2024-08-31", 68.5),
        ],
    ),
    # 18. Transport press: the ministry's driving-licence renewals beside the national half-year full-process dossier rate.
    #    Traps: the ministry's own renewals, its own provision share, the traffic-police fines paid online, the change, the target.
    (
        """BÁO GIAO THÔNG

Hơn 1 triệu hồ sơ đổi giấy phép lái xe được nộp trực tuyến

03/07/2024 06:30

Theo Cục Đường bộ Việt Nam, từ đầu năm 2024 đến ngày 20/6, ngành giao thông vận tải đã tiếp nhận 1,05 triệu hồ sơ đổi giấy phép lái xe qua Cổng Dịch vụ công quốc gia và Cổng dịch vụ công của Bộ, tăng 2,1 lần so với cùng kỳ. Bộ Giao thông vận tải hiện cung cấp trực tuyến toàn trình 100% thủ tục hành chính đủ điều kiện.

Theo Văn phòng Chính phủ, 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên phạm vi cả nước đạt 32,4%. Số tiền nộp phạt vi phạm giao thông qua Cổng Dịch vụ công quốc gia đạt 146 tỷ đồng.

Bộ Giao thông vận tải phấn đấu năm 2024 có ít nhất 80% hồ sơ đổi giấy phép lái xe được thực hiện trực tuyến.

Tạ Hải""",
        "2024-07-03",
        [
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 32.4),
        ],
    ),
    # 19. Bình Dương provincial portal, 11 months of 2024: the province's dossier rate and its share of services with dossiers.
    #    Traps: Sở KH&ĐT's own business-registration rate, Thủ Dầu Một city, the provincial police's own dossiers, target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG

Bình Dương: Hơn 86% hồ sơ thủ tục hành chính được xử lý trực tuyến

20/12/2024

Theo báo cáo của Sở Thông tin và Truyền thông, 11 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Bình Dương đạt 86,4%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 72,5%.

Sở Kế hoạch và Đầu tư tiếp tục là đơn vị dẫn đầu với 100% hồ sơ đăng ký doanh nghiệp được nộp qua mạng. Thành phố Thủ Dầu Một đạt tỷ lệ hồ sơ trực tuyến 93,7%, cao nhất trong các địa phương cấp huyện. Công an tỉnh tiếp nhận 318.600 hồ sơ trực tuyến trong các lĩnh vực cư trú, căn cước, xuất nhập cảnh.

Năm 2025, tỉnh đặt mục tiêu 90% hồ sơ được xử lý trực tuyến.

Minh Duy""",
        "2024-12-20",
        [
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-11-30", 86.4),
            ("dvctt_with_dossiers_rate", "Bình Dương", "ytd", "2024-11-30", 72.5),
        ],
    ),
    # 20. Government portal on the 2023 service index: group provision rates at 31/12/2023 and the national dossier rate for the year.
    #    Traps: Bộ Giao thông vận tải's own rate and rank, the rank of a province, the 2024 target.
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ

Công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2023

05/02/2024 10:15

(Chinhphu.vn) - Văn phòng Chính phủ vừa công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2023 của các bộ, ngành, địa phương.

Theo đó, tính đến ngày 31/12/2023, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện của khối bộ, ngành đạt 85,4%, khối địa phương đạt 80,1%. Cả năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên phạm vi cả nước đạt 43,6%.

Bộ Giao thông vận tải đứng thứ 3 khối bộ, ngành với 81,3 điểm; tỷ lệ hồ sơ trực tuyến tại Bộ đạt 96,8%. Ở khối địa phương, Quảng Ninh tiếp tục dẫn đầu.

Năm 2024, Chính phủ yêu cầu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.""",
        "2024-02-05",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2023-12-31", 85.4),
            ("full_process_provision_rate", "localities", "as_of", "2023-12-31", 80.1),
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.6),
        ],
    ),
    # 21. Press summary of the National Portal in 2024: year flows and end-2024 levels.
    #    Traps: the Ministry of Public Security's own portal dossiers and its share, the year-on-year changes, the 2025 target.
    (
        """VNEXPRESS
Thời sự > Chính trị

Cổng Dịch vụ công quốc gia tiếp nhận hơn 36 triệu hồ sơ trong năm 2024

Thứ Hai, 6/1/2025, 17:20 (GMT+7)

Năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 36,5 triệu hồ sơ trực tuyến, tăng 41% so với năm 2023; ghi nhận 22,4 triệu giao dịch thanh toán trực tuyến với số tiền 12.150 tỷ đồng.

Tính đến ngày 31/12/2024, Cổng có 15,1 triệu tài khoản đăng ký, lũy kế 46,9 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 20.600 tỷ đồng.

Trong số các bộ, ngành, Bộ Công an có lượng hồ sơ lớn nhất: Cổng dịch vụ công Bộ Công an năm qua tiếp nhận 14,2 triệu hồ sơ, chiếm khoảng 71% hồ sơ của khối bộ, ngành, chủ yếu là đăng ký cư trú, cấp hộ chiếu và nộp phạt vi phạm giao thông.

Năm 2025, Chính phủ yêu cầu các bộ, ngành, địa phương đưa tỷ lệ hồ sơ trực tuyến toàn trình lên tối thiểu 60%.

Sơn Hà""",
        "2025-01-06",
        [
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 36500000.0),
            ("online_payments_count_new", "national", "year", "2024-12-31", 22400000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 12150.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15100000.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 46900000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 20600.0),
        ],
    ),
    # 22. Vietnam Post (state corporation) article with the national share of adults using online services at end-October 2024.
    #    Traps: VNPost's own dossiers delivered and people assisted, its postal points (count), the 2025 target.
    (
        """BƯU ĐIỆN VIỆT NAM
Tin tức

Bưu điện Việt Nam đồng hành cùng người dân trên môi trường số

14/11/2024

Là doanh nghiệp nhà nước trong lĩnh vực bưu chính, từ đầu năm 2024 đến nay, Tổng công ty Bưu điện Việt Nam (VNPost) đã tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích cho 4,6 triệu hồ sơ. Hệ thống hơn 7.500 điểm Bưu điện - Văn hóa xã đã hỗ trợ 1,2 triệu lượt người dân nộp hồ sơ trực tuyến và thanh toán phí, lệ phí.

Theo Bộ Thông tin và Truyền thông, đến hết tháng 10/2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 52,4%. Mục tiêu đến năm 2025 là 80% người trưởng thành sử dụng dịch vụ công trực tuyến.

Ngọc Mai""",
        "2024-11-14",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-10-31", 52.4),
        ],
    ),
    # 23. Education press on exam-fee payments: national payment levels on the Portal at end-July 2024.
    #    Traps: the education ministry's own candidates, payments and their share, a change, the target.
    (
        """GIÁO DỤC & THỜI ĐẠI

Hơn 2,3 triệu giao dịch nộp lệ phí xét tuyển đại học qua Cổng Dịch vụ công quốc gia

02/08/2024 08:10

Kỳ tuyển sinh năm 2024, Bộ Giáo dục và Đào tạo ghi nhận 2,3 triệu giao dịch nộp lệ phí xét tuyển qua Cổng Dịch vụ công quốc gia, với số tiền 68,5 tỷ đồng, tăng 14% so với năm 2023. Tỷ lệ thí sinh thanh toán trực tuyến trên hệ thống của Bộ đạt 99,3%.

Theo Văn phòng Chính phủ, tính đến hết tháng 7/2024, tổng số giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 37,9 triệu giao dịch với số tiền 16.020 tỷ đồng.

Bộ Giáo dục và Đào tạo cho biết sẽ tiếp tục phối hợp để tiến tới 100% lệ phí thi, tuyển sinh được thanh toán trực tuyến.

Vân Anh""",
        "2024-08-02",
        [
            ("online_payments_count", "national", "as_of", "2024-07-31", 37900000.0),
            ("online_payments_value", "national", "as_of", "2024-07-31", 16020.0),
        ],
    ),
    # 24. Bắc Ninh provincial press, nine months of 2024: the province's full-process and overall dossier rates.
    #    Traps: the provincial police's own residence dossiers and rate, Bắc Ninh city, the target.
    (
        """BÁO BẮC NINH

Bắc Ninh: Hơn 54% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình

05/10/2024

Theo báo cáo của UBND tỉnh, 9 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bắc Ninh đạt 54,2%; tỷ lệ hồ sơ xử lý trực tuyến (cả một phần và toàn trình) đạt 81,7%.

Công an tỉnh là đơn vị có lượng hồ sơ trực tuyến lớn nhất: đơn vị đã tiếp nhận hơn 210.000 hồ sơ đăng ký cư trú qua Cổng dịch vụ công Bộ Công an, đạt 98% tổng số hồ sơ cư trú. Thành phố Bắc Ninh có tỷ lệ hồ sơ toàn trình 68,9%, cao nhất cấp huyện.

Tỉnh phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.

Nguyễn Thủy""",
        "2024-10-05",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "ytd", "2024-09-30", 54.2),
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2024-09-30", 81.7),
        ],
    ),
    # 25. Year 2022 review (Government Office press release): group full-process shares at 31/12/2022 and new Portal accounts in 2022.
    #    Traps: the Finance ministry's own integrated services, the count of integrated services, a change, the 2023 target.
    (
        """VĂN PHÒNG CHÍNH PHỦ

Năm 2022: Cổng Dịch vụ công quốc gia tiếp tục khẳng định vai trò kết nối

09/01/2023

Năm 2022, Cổng Dịch vụ công quốc gia có thêm 2,9 triệu tài khoản đăng ký mới, tăng 36% so với năm 2021. Bộ Tài chính là đơn vị có nhiều dịch vụ công tích hợp trên Cổng nhất với 420 dịch vụ.

Tính đến ngày 31/12/2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của các bộ, ngành đạt 45,3%, của các địa phương đạt 39,2%.

Năm 2023, Văn phòng Chính phủ đặt mục tiêu tích hợp thêm 1.000 dịch vụ công trực tuyến lên Cổng.""",
        "2023-01-09",
        [
            ("national_portal_accounts_new", "national", "year", "2022-12-31", 2900000.0),
            ("dvctt_full_process_rate", "ministries", "as_of", "2022-12-31", 45.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2022-12-31", 39.2),
        ],
    ),
    # 26. Science and Technology ministry news (after the merger), nine months of 2025: national and group full-process dossier rates.
    #    Traps: the ministry's own portal dossiers and online share, its own provision 100%, the 2026 target.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Tin tức - Sự kiện

Bộ Khoa học và Công nghệ hoàn thành cung cấp 100% dịch vụ công trực tuyến toàn trình

08/10/2025

Sau hợp nhất, Bộ Khoa học và Công nghệ đã cung cấp trực tuyến toàn trình 100% thủ tục hành chính đủ điều kiện. Trong 9 tháng năm 2025, Cổng dịch vụ công của Bộ tiếp nhận 312.000 hồ sơ, trong đó 99,3% được nộp trực tuyến.

Theo Văn phòng Chính phủ, 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên phạm vi cả nước đạt 47,5%; khối bộ, ngành đạt 71,2%, khối địa phương đạt 44,8%.

Năm 2026, Bộ đặt mục tiêu 100% hồ sơ được số hóa và tái sử dụng dữ liệu.

Minh Khôi""",
        "2025-10-08",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 47.5),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2025-09-30", 71.2),
            ("online_dossier_full_process_rate", "localities", "ytd", "2025-09-30", 44.8),
        ],
    ),
    # 27. Ministry of Public Security year-end 2025 (page of January 2026): nationwide ID cards and VNeID at 31/12/2025.
    #    Traps: the ministry's own online dossiers in 2025 and their rate, the level-2 sub-count after "trong đó", the 2026 target.
    (
        """BÁO CÔNG AN NHÂN DÂN

Bộ Công an: Năm 2025 hoàn thành toàn diện các chỉ tiêu của Đề án 06

14/01/2026

Theo báo cáo tại Hội nghị Công an toàn quốc, tính đến ngày 31/12/2025, lực lượng Công an đã cấp 92,4 triệu thẻ căn cước công dân và thẻ căn cước; cấp 68,3 triệu tài khoản định danh điện tử đã kích hoạt, trong đó 61,7 triệu tài khoản mức độ 2.

Năm 2025, Cổng dịch vụ công Bộ Công an tiếp nhận 17,8 triệu hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến của lực lượng Công an đạt 89,6%.

Năm 2026, Bộ Công an đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình và tích hợp trên VNeID.

Hoàng Nam""",
        "2026-01-14",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-12-31", 92400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-12-31", 68300000.0),
        ],
    ),
    # 28. State Treasury news page on its own e-services with the national share of procedures offered online ("hiện nay" = page date).
    #    Traps: the Treasury's own services, its own transacting units 100%, its own payment value, the target.
    (
        """KHO BẠC NHÀ NƯỚC
Tin hoạt động

Kho bạc Nhà nước: 100% đơn vị giao dịch sử dụng dịch vụ công trực tuyến

20/11/2023

Đến nay, Kho bạc Nhà nước (KBNN) đã cung cấp 12 dịch vụ công trực tuyến toàn trình, 100% đơn vị sử dụng ngân sách giao dịch với KBNN qua Cổng dịch vụ công của KBNN. Trong 10 tháng đầu năm 2023, hệ thống đã xử lý 9,8 triệu chứng từ điện tử với tổng giá trị thanh toán hơn 1,3 triệu tỷ đồng.

Theo Văn phòng Chính phủ, hiện nay cả nước có 75,9% thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến.

KBNN phấn đấu đến năm 2025 hoàn thành xây dựng Kho bạc số.""",
        "2023-11-20",
        [
            ("dvctt_rate", "national", "as_of", "2023-11-20", 75.9),
        ],
    ),
    # 29. Customs press on its NDXP connection, with NDXP's connected agencies and connection points "đến nay".
    #    Traps: customs' own NDXP transactions, the National Single Window's procedures and ministries (counts), its dossiers.
    (
        """BÁO HẢI QUAN

Hải quan kết nối, chia sẻ dữ liệu qua Nền tảng NDXP

25/06/2024 | 14:10

Hệ thống thông tin của Tổng cục Hải quan đã kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), từ đầu năm 2024 đến nay đã thực hiện 4,2 triệu giao dịch chia sẻ dữ liệu với các bộ, ngành. Cơ chế một cửa quốc gia hiện kết nối 250 thủ tục hành chính của 13 bộ, ngành, với hơn 6,4 triệu hồ sơ của doanh nghiệp được xử lý.

Theo Cục Chuyển đổi số quốc gia, đến nay NDXP đã kết nối với 85 bộ, ngành, địa phương và thiết lập 1.150 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Tổng cục Hải quan sẽ tiếp tục mở rộng kết nối với Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp trong năm 2024.

Ngọc Linh""",
        "2024-06-25",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-25", 85.0),
            ("ndxp_connection_points", "national", "as_of", "2024-06-25", 1150.0),
        ],
    ),
    # 30. Agriculture ministry news page on its one-stop system with the national EMC connection share "đến nay".
    #    Traps: the ministry's own connection 100%, its own full-process share and dossiers, the target.
    (
        """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN

Hệ thống một cửa điện tử của Bộ kết nối đầy đủ với Hệ thống EMC

08/05/2024

Văn phòng Bộ Nông nghiệp và Phát triển nông thôn cho biết, hệ thống thông tin giải quyết thủ tục hành chính (hệ thống một cửa điện tử) của Bộ đã kết nối đầy đủ, đồng bộ 100% trạng thái hồ sơ với Hệ thống thông tin đo lường, theo dõi, đánh giá trực tuyến (EMC). Bộ hiện cung cấp 131 dịch vụ công trực tuyến toàn trình, chiếm 64,2% thủ tục hành chính; 4 tháng đầu năm, hệ thống tiếp nhận 52.700 hồ sơ.

Theo Văn phòng Chính phủ, đến nay 94% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC.

Bộ phấn đấu trong năm 2024 nâng tỷ lệ dịch vụ công trực tuyến toàn trình lên trên 80%.""",
        "2024-05-08",
        [
            ("emc_connection_rate", "national", "as_of", "2024-05-08", 94.0),
        ],
    ),
    # 31. Cần Thơ city portal, Q1/2024: the city's data-reuse and e-result rates for the quarter.
    #    Traps: Sở Tài nguyên và Môi trường's own rate, An Khánh ward, the change in points, the target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ

Cần Thơ nâng cao tỷ lệ tái sử dụng dữ liệu số hóa trong giải quyết thủ tục hành chính

15/04/2024

Quý I/2024, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết thủ tục hành chính của thành phố Cần Thơ đạt 41,5%, tăng 9,2 điểm phần trăm so với quý IV/2023; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,3%.

Sở Tài nguyên và Môi trường là đơn vị có tỷ lệ tái sử dụng dữ liệu cao nhất với 76,4%. Ở cấp xã, phường An Khánh (quận Ninh Kiều) đạt 100% hồ sơ được số hóa khi tiếp nhận.

Thành phố phấn đấu đến hết năm 2024, tỷ lệ tái sử dụng dữ liệu số hóa đạt tối thiểu 50%.

Trung Hiếu""",
        "2024-04-15",
        [
            ("data_reuse_rate", "Cần Thơ", "quarter", "2024-03-31", 41.5),
            ("e_result_rate", "Cần Thơ", "quarter", "2024-03-31", 88.3),
        ],
    ),
    # 32. Government portal on the digital economy and e-government at a ministry's 2025 planning conference: 2024 share of GDP and the 2024 EGDI edition.
    #    Traps: the jump of 15 places, South Korea's rank, the ministry's own services, the 2025 target.
    (
        """Chinhphu.vn
Trang chủ > Khoa học - Công nghệ

Kinh tế số chiếm hơn 18% GDP, Việt Nam tăng 15 bậc về Chính phủ điện tử

14/03/2025 11:05

(Chinhphu.vn) - Tại hội nghị triển khai nhiệm vụ năm 2025 của Bộ Khoa học và Công nghệ sau hợp nhất, lãnh đạo Bộ cho biết năm 2024, tỷ trọng kinh tế số ước đạt 18,3% GDP.

Theo báo cáo của Liên Hợp Quốc công bố năm 2024, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022. Hàn Quốc tiếp tục giữ vị trí thứ 4.

Riêng Bộ Khoa học và Công nghệ hiện cung cấp 98 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến tại Bộ năm 2024 đạt 97,5%.

Năm 2025, ngành phấn đấu kinh tế số đạt 20% GDP.

Thanh Tùng""",
        "2025-03-14",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 33. Bình Định's Sở TT&TT on dead zones: the province's villages without coverage ("hiện" = page date) and the national count at end-July 2024.
    #    Traps: the department's own stations built with operators, Viettel's stations, the count of villages newly covered (a change), the target.
    (
        """BÁO BÌNH ĐỊNH

Bình Định: Còn 12 thôn, làng chưa có sóng di động

20/08/2024

Theo Sở Thông tin và Truyền thông, hiện toàn tỉnh Bình Định còn 12 thôn, làng chưa có sóng thông tin di động, chủ yếu ở các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh. Từ đầu năm đến nay, Sở đã phối hợp với các doanh nghiệp viễn thông lắp đặt 25 trạm BTS, phủ sóng thêm 9 thôn; riêng Viettel đầu tư 14 trạm.

Theo Bộ Thông tin và Truyền thông, tính đến hết tháng 7/2024, cả nước còn 1.176 thôn, bản chưa có sóng di động.

Sở Thông tin và Truyền thông đặt mục tiêu xóa toàn bộ "vùng lõm" sóng trên địa bàn tỉnh trong năm 2025.

Ngọc Thuận""",
        "2024-08-20",
        [
            ("villages_without_mobile_coverage", "Bình Định", "as_of", "2024-08-20", 12.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-07-31", 1176.0),
        ],
    ),
    # 34. Government portal report of a Đề án 06 working-group meeting, no sidecar date: meeting-dated national and Hà Nội figures.
    #    Traps: the Ministry of Public Security's own DVC count, its VNeID-integrated services (count), the activation rate, the target.
    (
        """Tổ công tác triển khai Đề án 06 họp phiên thường kỳ tháng 7

(Chinhphu.vn) - Chiều 15/7/2024, Phó Thủ tướng chủ trì phiên họp thường kỳ tháng 7 của Tổ công tác triển khai Đề án 06 của Chính phủ.

Báo cáo tại phiên họp cho biết, tính đến ngày 10/7/2024, cả nước có 58,7 triệu tài khoản định danh điện tử đã được kích hoạt; riêng Hà Nội có 5,1 triệu tài khoản được kích hoạt. Đến nay, tỷ lệ hồ sơ thủ tục hành chính có gắn mã định danh cá nhân trên cả nước đạt 78,5%.

Bộ Công an đã cung cấp 308 dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công của Bộ; 42 dịch vụ đã tích hợp trên ứng dụng VNeID. Tỷ lệ kích hoạt tài khoản định danh điện tử so với số công dân từ 14 tuổi trở lên đạt 76,3%.

Phó Thủ tướng yêu cầu phấn đấu trong năm 2024 kích hoạt 65 triệu tài khoản định danh điện tử.""",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-07-10", 58700000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-07-10", 5100000.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-07-15", 78.5),
        ],
    ),
    # 35. Long An provincial press, first half of 2023: the province's e-result rate and full-process provision share at 30/6/2023.
    #    Traps: Sở Tài nguyên và Môi trường's own dossiers and late rate, Đức Hòa district, the target.
    (
        """BÁO LONG AN

Long An: Cải cách hành chính gắn với chuyển đổi số

12/07/2023

Theo Văn phòng UBND tỉnh, 6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được cấp kết quả điện tử của tỉnh Long An đạt 62,8%. Tính đến ngày 30/6/2023, tỉnh đã cung cấp trực tuyến toàn trình 78,4% thủ tục hành chính đủ điều kiện.

Sở Tài nguyên và Môi trường là đơn vị có số hồ sơ lớn nhất với 96.500 hồ sơ, tuy nhiên tỷ lệ hồ sơ trễ hạn tại Sở vẫn ở mức 6,1%. Huyện Đức Hòa có tỷ lệ hồ sơ trực tuyến 72,3%, dẫn đầu cấp huyện.

UBND tỉnh yêu cầu phấn đấu năm 2023 đạt tỷ lệ cấp kết quả điện tử 80%.

Phạm Phong""",
        "2023-07-12",
        [
            ("e_result_rate", "Long An", "half", "2023-06-30", 62.8),
            ("full_process_provision_rate", "Long An", "as_of", "2023-06-30", 78.4),
        ],
    ),
    # 36. Finance ministry's IT department on its own security approvals, beside group and national approval rates at 31/12/2024.
    #    Traps: the ministry's own rate and system count, cyber incidents handled by the ministry, the target.
    (
        """BỘ TÀI CHÍNH
Cục Tin học và Thống kê tài chính

Bảo đảm an toàn thông tin cho hệ thống thông tin ngành Tài chính

20/01/2025

Năm 2024, Bộ Tài chính đã phê duyệt hồ sơ đề xuất cấp độ cho 95,3% hệ thống thông tin thuộc phạm vi quản lý (143 hệ thống). Cục Tin học và Thống kê tài chính đã phát hiện, xử lý 27 sự cố an toàn thông tin trên các hệ thống của Bộ.

Theo Bộ Thông tin và Truyền thông, tính đến ngày 31/12/2024, tỷ lệ hệ thống thông tin được phê duyệt cấp độ của khối bộ, ngành đạt 88,6%; khối địa phương đạt 91,2%; tính chung cả nước đạt 90,4%.

Năm 2025, Bộ Tài chính phấn đấu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ.""",
        "2025-01-20",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-12-31", 88.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-12-31", 91.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 90.4),
        ],
    ),
    # 37. Banking press on Agribank (state bank) with the national share of adults with accounts at end-2024 and Mobile Money at end-2024.
    #    Traps: Agribank's own digital customers and transactions, its share, a change, the target.
    (
        """THỜI BÁO NGÂN HÀNG

Agribank đẩy mạnh tài chính toàn diện ở khu vực nông thôn

18/03/2025

Đến cuối năm 2024, Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) có 18 triệu khách hàng sử dụng ngân hàng số, giao dịch qua kênh số chiếm 92% tổng giao dịch của ngân hàng, tăng 12% so với năm 2023.

Theo Ngân hàng Nhà nước, đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%. Tính đến ngày 31/12/2024, dịch vụ Mobile Money có 10,4 triệu khách hàng, trong đó hơn 70% ở khu vực nông thôn, miền núi.

Agribank đặt mục tiêu năm 2025 có thêm 3 triệu khách hàng mở tài khoản trực tuyến bằng căn cước.

Thu Hằng""",
        "2025-03-18",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.1),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10400000.0),
        ],
    ),
    # 38. Ministry monthly report excerpt for September 2023: group dossier rates for the month and the top province.
    #    Traps: the top ministry's own rate, the lowest ministry, the count of provinces above 50% (count of localities, no id).
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Báo cáo tình hình chuyển đổi số tháng 9/2023 (trích)

II. Kết quả cung cấp dịch vụ công trực tuyến

Trong tháng 9/2023, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 59,3%, khối địa phương đạt 33,8%. Bộ có tỷ lệ cao nhất là Bộ Công Thương (99,4%); thấp nhất là Bộ Văn hóa, Thể thao và Du lịch (4,2%). Địa phương có tỷ lệ cao nhất là Bình Dương (86,2%); có 17/63 địa phương đạt tỷ lệ trên 50%.

Đề nghị các bộ, ngành, địa phương có tỷ lệ thấp khẩn trương rà soát, khắc phục.""",
        "2023-10-06",
        [
            ("online_dossier_rate", "ministries", "month", "2023-09-30", 59.3),
            ("online_dossier_rate", "localities", "month", "2023-09-30", 33.8),
            ("online_dossier_rate", "Bình Dương", "month", "2023-09-30", 86.2),
        ],
    ),
    # 39. Foreign-affairs ministry news on its consular services with the national NDXP month flow and cumulative total at 30/11/2023.
    #    Traps: the ministry's own legalisation dossiers and its own NDXP transactions, the change, the target.
    (
        """BỘ NGOẠI GIAO
Cổng thông tin điện tử

Bộ Ngoại giao đẩy mạnh dịch vụ công trực tuyến trong lĩnh vực lãnh sự

08/12/2023

Trong 11 tháng năm 2023, Cục Lãnh sự đã tiếp nhận 25.800 hồ sơ chứng nhận, hợp pháp hóa lãnh sự trực tuyến qua Cổng dịch vụ công của Bộ Ngoại giao, chiếm 63% tổng số hồ sơ. Hệ thống của Bộ đã thực hiện 1,6 triệu giao dịch qua NDXP để xác thực thông tin công dân.

Theo Bộ Thông tin và Truyền thông, trong tháng 11/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 51,6 triệu giao dịch, tăng 7,3% so với tháng trước; lũy kế đến ngày 30/11/2023 đạt 695 triệu giao dịch.

Bộ Ngoại giao phấn đấu năm 2024 cung cấp trực tuyến toàn trình 100% thủ tục lãnh sự đủ điều kiện.""",
        "2023-12-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-11-30", 51600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-11-30", 695000000.0),
        ],
    ),
    # 40. Nghệ An provincial press on 2024: the province's dossier rate for the year and dossiers tied to personal ID.
    #    Traps: the provincial police's own services and residence dossiers, the province's rank (no id), Vinh city, the 2025 target.
    (
        """BÁO NGHỆ AN

Năm 2024: Nghệ An có 75,6% hồ sơ thủ tục hành chính xử lý trực tuyến

10/01/2025

Năm 2024, toàn tỉnh Nghệ An tiếp nhận hơn 1,8 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 75,6%; tỷ lệ hồ sơ có gắn mã định danh cá nhân đạt 92,4%. Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Nghệ An xếp thứ 18/63 tỉnh, thành phố.

Công an tỉnh Nghệ An hiện cung cấp 137 dịch vụ công trực tuyến, trong năm tiếp nhận 386.000 hồ sơ đăng ký cư trú trực tuyến. Thành phố Vinh có tỷ lệ hồ sơ trực tuyến 89,1%.

Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.

Thành Chung""",
        "2025-01-10",
        [
            ("online_dossier_rate", "Nghệ An", "year", "2024-12-31", 75.6),
            ("dossiers_with_personal_id_rate", "Nghệ An", "year", "2024-12-31", 92.4),
        ],
    ),
    # 41. Press piece on VNPT (state corporation) fibre with the national FTTH household share at end-August 2024.
    #    Traps: VNPT's own FTTH subscribers and market share, its upload speed, the 2025 target.
    (
        """ICTNEWS

VNPT vượt mốc 10 triệu thuê bao cáp quang

10/09/2024

Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) vừa công bố đã phục vụ hơn 10 triệu thuê bao băng rộng cố định cáp quang (FTTH), chiếm khoảng 42% thị phần. Tốc độ tải lên trung bình của các gói cước VNPT đạt 98 Mbps.

Theo Cục Viễn thông, tính đến hết tháng 8/2024, tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đạt 82,4%.

VNPT đặt mục tiêu năm 2025 cung cấp gói cước tốc độ 1 Gbps tới 100% khu vực đô thị.

Hải Đăng""",
        "2024-09-10",
        [
            ("ftth_household_rate", "national", "as_of", "2024-08-31", 82.4),
        ],
    ),
    # 42. Quảng Nam provincial report table, Q3/2024: department rows (own figures) and the province total row.
    #    Traps: every department's own row, the column of dossier counts, the target below the table.
    (
        """UBND TỈNH QUẢNG NAM
Báo cáo kết quả giải quyết thủ tục hành chính quý III/2024 (trích)

Bảng 2. Tình hình tiếp nhận hồ sơ trực tuyến quý III/2024

| Đơn vị | Tổng số hồ sơ | Hồ sơ trực tuyến | Tỷ lệ trực tuyến |
|---|---|---|---|
| Sở Tư pháp | 12.480 | 12.231 | 98,0% |
| Sở Giao thông vận tải | 18.905 | 17.620 | 93,2% |
| Sở Tài nguyên và Môi trường | 21.337 | 9.175 | 43,0% |
| Công an tỉnh | 64.210 | 56.702 | 88,3% |
| Toàn tỉnh | 298.640 | 208.152 | 69,7% |

Phấn đấu quý IV/2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trên 75%.""",
        "2024-10-14",
        [
            ("online_dossier_rate", "Quảng Nam", "quarter", "2024-09-30", 69.7),
        ],
    ),
    # 43. Construction ministry news on its own services, with the national count of provinces that cut fees for online services.
    #    Traps: the ministry's own full-process services and share, its own dossiers, the remaining provinces, the target.
    (
        """BỘ XÂY DỰNG
Tin tức

Bộ Xây dựng đẩy mạnh cung cấp dịch vụ công trực tuyến

22/06/2023

Bộ Xây dựng hiện cung cấp 58 dịch vụ công trực tuyến toàn trình, đạt 47,5% số thủ tục hành chính thuộc thẩm quyền; 5 tháng đầu năm 2023, Cổng dịch vụ công của Bộ tiếp nhận 6.420 hồ sơ.

Để khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, đến nay đã có 58/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện thủ tục hành chính trên môi trường điện tử; 5 địa phương còn lại đang hoàn thiện hồ sơ trình Hội đồng nhân dân.

Bộ Xây dựng phấn đấu đến hết năm 2023 cung cấp trực tuyến toàn trình 100% thủ tục hành chính đủ điều kiện.""",
        "2023-06-22",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-06-22", 58.0),
        ],
    ),
    # 44. Natural-resources ministry news page with only its own results (nothing national): every figure belongs to the ministry.
    #    Traps: the ministry's own nine-month dossier rate, full-process share, fees paid through its portal, its NDXP transactions, the target.
    (
        """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin tức - Sự kiện

Bộ Tài nguyên và Môi trường: 92% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến

15/10/2024

Theo Văn phòng Bộ, 9 tháng đầu năm 2024, hệ thống một cửa điện tử của Bộ Tài nguyên và Môi trường tiếp nhận 21.640 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 92%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 85,7%. Bộ hiện cung cấp 84 dịch vụ công trực tuyến toàn trình, chiếm 68,3% tổng số thủ tục hành chính của Bộ.

Người dân, doanh nghiệp đã nộp 12,4 tỷ đồng phí, lệ phí qua chức năng thanh toán trực tuyến của Cổng dịch vụ công Bộ Tài nguyên và Môi trường. Cơ sở dữ liệu đất đai của ngành đã thực hiện 3,6 triệu giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.

Bộ phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt trên 80%.

Mai Lan""",
        "2024-10-15",
        [],
    ),
    # 45. Information-security agency brief on Q2/2024: cyberattacks in the quarter and botnet IPs at end-June; no body of its own.
    #    Traps: the state-agency sub-count after "trong đó", the change over Q1.
    (
        """Cục An toàn thông tin: Quý II/2024 ghi nhận 2.322 cuộc tấn công mạng

05/07/2024

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong quý II/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 2.322 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 15,8% so với quý I; trong đó có 412 cuộc tấn công vào hệ thống của cơ quan nhà nước.

Tính đến cuối tháng 6/2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là khoảng 790.000 địa chỉ.""",
        "2024-07-05",
        [
            ("cyberattacks", "national", "quarter", "2024-06-30", 2322.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 790000.0),
        ],
    ),
]
