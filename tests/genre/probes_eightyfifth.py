"""Genre probes, round 85: pages scraped from provincial portals and newspapers as they come off the web (headline, lead, body paragraphs, image captions with credits, 'Xem thêm' links, bylines) reporting a province's results in annual indexes (SIPAS, PAR INDEX, DTI, PCI) and in its e-services, told beside the country's average, the locality block and other provinces' figures, with ranks, gaps, the highest/lowest province and continuations ('Theo đó,', 'Bên cạnh đó,', 'Ở chỉ số này,'), mixed with targets, operator/vendor/ministry figures, upload speeds, sub-counts and undatable levels, written blind by a helper (not copied from any page).

Read once with stop 41's start code 3b0fde8 before any fitting: 113 of 122 right, 113 of 121 found (0.93 / 0.93). Fitted at stop 41 (a list of aims past a capital after ';', one ministry's own services, a national source over every clause of its sentence, related-article links not naming the page's province, the SIPAS cues dated as a yearly index, a ministry named as the source after 'kết quả', the gap to an average): 119 of 123 right, 119 of 121 found. Left: 'Cũng tại thời điểm này' after a PCI edition, 'Hiện nay' on an undated page, the EGDI edition ended at the page's date (the convention's cost)."""

CASES = [
    # 1. Quảng Ninh SIPAS 2023 beside national average; PAR INDEX and gap are not values.
    (
        """Quảng Ninh dẫn đầu cả nước về Chỉ số hài lòng SIPAS 2023
Thứ Tư, 08/05/2024 | 16:20

(Cổng TTĐT Quảng Ninh) - Chiều 8/5, Bộ Nội vụ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX 2023) và Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS 2023) của các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố trực thuộc Trung ương.

Đồng chí Phó Chủ tịch UBND tỉnh dự hội nghị tại điểm cầu Quảng Ninh. Ảnh: Thu Chung

Theo đó, Chỉ số SIPAS 2023 của tỉnh Quảng Ninh đạt 90,61%, xếp vị thứ 1/63 tỉnh, thành phố, cao hơn 7,95% so với mức trung bình của cả nước (82,66%).

Ở chỉ số PAR INDEX 2023, tỉnh đạt 91,24%, đứng thứ 2/63, chỉ sau Hải Phòng. Đây là năm thứ 5 liên tiếp Quảng Ninh nằm trong nhóm 3 địa phương dẫn đầu về cải cách hành chính.

Xem thêm: >> Quảng Ninh công bố Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) 2023

Thu Chung (Trung tâm Truyền thông tỉnh)""",
        "2024-05-08",
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 90.61),
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.66),
        ],
    ),
    # 2. Kon Tum SIPAS 2024 with a gap only (national not printed), highest named, lowest unnamed, prior year in brackets.
    (
        """Kon Tum: Chỉ số SIPAS năm 2024 cải thiện so với năm trước

Báo Kon Tum - Theo kết quả Bộ Nội vụ vừa công bố, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024 của tỉnh Kon Tum đạt 81,02%, thấp hơn 2,92% so với trung bình cả nước.

So với năm 2023 (79,62%), chỉ số của tỉnh tăng 1,4%, vị trí xếp hạng tăng 6 bậc, đứng thứ 51/63 tỉnh, thành phố.

Ảnh nguồn: baokontum.com.vn | Người dân thực hiện thủ tục tại Trung tâm Phục vụ hành chính công tỉnh.

Trong năm 2024, địa phương có Chỉ số SIPAS cao nhất cả nước là thành phố Hải Phòng với 91,10%; địa phương có chỉ số thấp nhất đạt 76,35%.

Bên cạnh đó, Chỉ số PAR INDEX 2024 của tỉnh đạt 84,37%, xếp thứ 44/63. Năm 2025, tỉnh phấn đấu Chỉ số SIPAS đạt trên 84% và đứng trong nhóm 40 địa phương dẫn đầu.

Quang Hiếu""",
        "2025-04-17",
        [
            ("satisfaction_rate", "Kon Tum", "year", "2024-12-31", 81.02),
            ("satisfaction_rate", "Kon Tum", "year", "2023-12-31", 79.62),
            ("satisfaction_rate", "Hải Phòng", "year", "2024-12-31", 91.10),
        ],
    ),
    # 3. All traps: PAR INDEX, DTI ranks, rank jumps, targets.
    (
        """Thừa Thiên Huế tăng 5 bậc về Chỉ số cải cách hành chính năm 2022

(TTXVN) - Theo kết quả công bố Chỉ số cải cách hành chính năm 2022 (PAR INDEX 2022), tỉnh Thừa Thiên Huế đạt 87,12%, xếp thứ 8/63 tỉnh, thành phố, tăng 5 bậc so với năm 2021.

Trong 8 chỉ số thành phần, tỉnh có 3 chỉ số xếp trong nhóm 10 địa phương dẫn đầu, gồm: công tác chỉ đạo, điều hành cải cách hành chính; cải cách thủ tục hành chính và xây dựng, phát triển Chính phủ điện tử, Chính phủ số.

Ở bảng xếp hạng Chỉ số chuyển đổi số (DTI) năm 2022, Thừa Thiên Huế tiếp tục giữ vị trí thứ 3/63, sau Đà Nẵng và Thành phố Hồ Chí Minh.

Lãnh đạo Sở Nội vụ báo cáo kết quả cải cách hành chính. Ảnh: Phan Thành

Năm 2023, tỉnh đặt mục tiêu PAR INDEX đứng trong nhóm 5 địa phương dẫn đầu; Chỉ số SIPAS phấn đấu đạt trên 88%; 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.

Xem thêm: >> Huế đón nhận Bằng khen về cải cách hành chính

Phan Thành""",
        "2023-06-02",
        [],
    ),
    # 4. Đà Nẵng DTI 2023 (no id) plus e-service values: eligible full-process share as of page date, ytd dossier rate.
    (
        """Đà Nẵng dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2023

Thứ Năm, 22/08/2024 - 09:15

Bộ Thông tin và Truyền thông vừa công bố kết quả Chỉ số chuyển đổi số (DTI) năm 2023. Theo đó, thành phố Đà Nẵng dẫn đầu khối địa phương với 0,6543 điểm; vị trí thứ 2 thuộc về Thái Nguyên, thứ 3 là Thành phố Hồ Chí Minh.

Ở trụ cột Chính quyền số, Đà Nẵng đạt 0,7128 điểm, cao hơn mức trung bình của các tỉnh, thành phố 0,2311 điểm.

Bên cạnh đó, theo Sở Thông tin và Truyền thông, đến nay 100% thủ tục hành chính đủ điều kiện của thành phố đã được cung cấp dịch vụ công trực tuyến toàn trình. Tỷ lệ hồ sơ trực tuyến toàn trình trong 7 tháng đầu năm 2024 đạt 68,4%.

Trung tâm Giám sát, điều hành đô thị thông minh thành phố. Ảnh: Nguyễn Nguyên

Xem thêm: >> Đà Nẵng đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2025

NGỌC HÀ""",
        "2024-08-22",
        [
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2024-08-22", 100.0),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2024-07-31", 68.4),
        ],
    ),
    # 5. Bắc Giang SIPAS 2023 with 'Ở chỉ số này' continuation naming national and top province.
    (
        """Bắc Giang xếp thứ 12 cả nước về Chỉ số SIPAS 2023

Cập nhật: 09/05/2024 10:05

(BGĐT) - Sáng 9/5, UBND tỉnh tổ chức hội nghị quán triệt kết quả Chỉ số PAR INDEX và SIPAS năm 2023 của tỉnh.

Theo đó, Chỉ số PAR INDEX 2023 của Bắc Giang đạt 88,05%, xếp thứ 7/63. Chỉ số SIPAS 2023 của tỉnh đạt 85,37%, xếp thứ 12/63, tăng 9 bậc so với năm trước.

Ở chỉ số này, trung bình cả nước đạt 82,66%; tỉnh Quảng Ninh đứng đầu với 90,61%.

Quang cảnh hội nghị. Ảnh: BGĐT

Về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2023, Bắc Giang đạt 69,2 điểm, xếp thứ 6/63.

Hà Phương""",
        "2024-05-09",
        [
            ("satisfaction_rate", "Bắc Giang", "year", "2023-12-31", 85.37),
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.66),
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 90.61),
        ],
    ),
    # 6. No published date: SIPAS 2022 is dated by its edition; undated FTTH level is not recordable.
    (
        """Lâm Đồng: Người dân ngày càng hài lòng với sự phục vụ của cơ quan hành chính

Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2022 của tỉnh Lâm Đồng đạt 81,47%, cao hơn mức trung bình cả nước (80,08%), xếp thứ 27/63 tỉnh, thành phố.

Kết quả khảo sát cho thấy 5 chỉ số thành phần đều được người dân đánh giá tích cực, trong đó tiêu chí về công chức giải quyết công việc được đánh giá cao nhất.

Hiện nay, toàn tỉnh có 96,5% hộ gia đình sử dụng Internet cáp quang băng rộng; tỷ lệ hồ sơ xử lý trực tuyến đạt 61%.

Ảnh: Văn Báu | Bộ phận một cửa UBND thành phố Đà Lạt.

Đ.Trang""",
        None,
        [
            ("satisfaction_rate", "Lâm Đồng", "year", "2022-12-31", 81.47),
            ("satisfaction_rate", "national", "year", "2022-12-31", 80.08),
        ],
    ),
    # 7. Nghệ An month of September 2024: several dossier rates beside the locality block; digitisation rate and rank are not values.
    (
        """Nghệ An: Tỷ lệ hồ sơ xử lý trực tuyến tháng 9 đạt hơn 72%

08/10/2024 07:30

Theo Văn phòng UBND tỉnh, trong tháng 9/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Nghệ An đạt 72,35%, cao hơn mức trung bình của khối địa phương (54,2%).

Theo đó, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng đạt 48,6%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 95,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 42,7%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 88%.

Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, Nghệ An xếp thứ 14/63 tỉnh, thành phố.

Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Thành Chung

Xem thêm: >> Nghệ An đẩy mạnh thanh toán trực tuyến phí, lệ phí

THÀNH CHUNG""",
        "2024-10-08",
        [
            ("online_dossier_rate", "Nghệ An", "month", "2024-09-30", 72.35),
            ("online_dossier_rate", "localities", "month", "2024-09-30", 54.2),
            ("online_dossier_full_process_rate", "Nghệ An", "month", "2024-09-30", 48.6),
            ("e_result_rate", "Nghệ An", "month", "2024-09-30", 95.1),
            ("data_reuse_rate", "Nghệ An", "month", "2024-09-30", 42.7),
        ],
    ),
    # 8. Bình Dương 5G and fibre at end-2024; operator count, upload speed and speed rank are traps.
    (
        """Bình Dương phủ sóng 5G tại tất cả khu công nghiệp

Báo Bình Dương - Theo Sở Thông tin và Truyền thông, đến cuối năm 2024, toàn tỉnh có 1.126 trạm BTS 5G; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 89,5%.

Trong đó, Viettel Bình Dương đã phát sóng 612 trạm 5G, phủ sóng 100% khu công nghiệp trên địa bàn.

Theo kết quả đo kiểm, tốc độ tải lên trung bình của mạng di động trên địa bàn tỉnh đạt 38,6 Mbps; Bình Dương xếp thứ 5 cả nước về tốc độ truy cập Internet di động.

Kỹ thuật viên lắp đặt thiết bị 5G tại TP.Thủ Dầu Một. Ảnh: Q.Chiến

Năm 2025, tỉnh phấn đấu phủ sóng 5G đạt 90% dân số.

QUỲNH NHƯ""",
        "2025-03-12",
        [
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-12-31", 1126.0),
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 89.5),
        ],
    ),
    # 9. Speeds for October 2024: national and provinces; upload, ranks and another country are traps.
    (
        """Tốc độ Internet cố định tại Việt Nam tháng 10/2024 đạt hơn 152 Mbps

Thứ Tư, 20/11/2024 14:00 (GMT+7)

Theo số liệu từ hệ thống đo kiểm i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 10/2024, tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 152,3 Mbps; tốc độ truy cập băng rộng di động đạt 129,8 Mbps.

Tốc độ tải lên băng rộng cố định đạt 148,2 Mbps.

Xét theo địa phương, Hà Nội có tốc độ băng rộng cố định 165,4 Mbps, xếp thứ 2 cả nước. Ở mạng di động, Đà Nẵng dẫn đầu với tốc độ 141,7 Mbps.

Cùng thời điểm, tốc độ băng rộng cố định của Singapore đạt 290 Mbps.

Ảnh minh họa: Internet

Xem thêm: >> Việt Nam vào top 15 thế giới về tốc độ Internet di động

Minh Sơn""",
        "2024-11-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 152.3),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 129.8),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-10-31", 165.4),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-10-31", 141.7),
        ],
    ),
    # 10. NDXP figures reprinted on a provincial portal; LGSP count is not NDXP.
    (
        """Nền tảng NDXP phục vụ hơn 580 triệu giao dịch trong 9 tháng đầu năm 2023

Cổng Thông tin điện tử tỉnh Thanh Hóa | 12/10/2023

Theo báo cáo của Văn phòng Chính phủ, trong 9 tháng đầu năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã phát sinh 583 triệu giao dịch, trung bình 2,1 triệu giao dịch mỗi ngày.

Tính đến ngày 30/9/2023, tổng số giao dịch qua NDXP kể từ khi khai trương đạt 2,17 tỷ giao dịch; NDXP đã kết nối với 105 cơ quan, đơn vị gồm các bộ, ngành, địa phương.

Riêng tỉnh Thanh Hóa, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) đã có 12,5 triệu giao dịch.

Ảnh: Cổng TTĐT tỉnh | Trung tâm dữ liệu tỉnh Thanh Hóa.

Hoài Anh""",
        "2023-10-12",
        [
            ("ndxp_transactions_period", "national", "ytd", "2023-09-30", 583000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 2100000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-09-30", 2170000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-09-30", 105.0),
        ],
    ),
    # 11. National Portal year 2023: new accounts, cumulative accounts, value paid in the year; target is a trap.
    (
        """Năm 2023, Cổng Dịch vụ công quốc gia có thêm 3,68 triệu tài khoản

10/01/2024 08:45

Theo Văn phòng Chính phủ, trong năm 2023, Cổng Dịch vụ công quốc gia có thêm 3,68 triệu tài khoản đăng ký mới. Tính đến ngày 31/12/2023, tổng số tài khoản trên Cổng đạt hơn 10,8 triệu tài khoản.

Bên cạnh đó, giá trị thanh toán trực tuyến qua Cổng trong năm 2023 đạt 5.200 tỷ đồng.

Năm 2024, Văn phòng Chính phủ đặt mục tiêu 50% hồ sơ được nộp trực tuyến qua Cổng.

Giao diện Cổng Dịch vụ công quốc gia. Ảnh chụp màn hình

Thu Hằng""",
        "2024-01-10",
        [
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 3680000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10800000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 5200.0),
        ],
    ),
    # 12. Thanh Hóa chip ID and VNeID; the 'trong đó' that is itself an indicator is recorded, level-2 sub-count is not.
    (
        """Công an Thanh Hóa cấp gần 2,94 triệu thẻ Căn cước công dân gắn chip

Báo Thanh Hóa - Tính đến ngày 10/7/2023, Công an tỉnh Thanh Hóa đã cấp 2.935.210 thẻ Căn cước công dân gắn chip điện tử, đạt 98,6% kế hoạch.

Cùng thời điểm, đơn vị đã tiếp nhận 1,9 triệu hồ sơ định danh điện tử, trong đó đã kích hoạt 1.102.450 tài khoản định danh điện tử; trong số đó có 786.000 tài khoản mức độ 2.

Trên toàn quốc, tính đến cùng thời điểm, Bộ Công an đã cấp hơn 85,6 triệu thẻ Căn cước công dân gắn chip.

Cán bộ Công an huyện Thọ Xuân hướng dẫn người dân kích hoạt tài khoản VNeID. Ảnh: Trường Sơn

Xem thêm: >> Thanh Hóa đẩy mạnh triển khai Đề án 06

Khánh Phương""",
        "2023-07-15",
        [
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2023-07-10", 2935210.0),
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2023-07-10", 1102450.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-07-10", 85600000.0),
        ],
    ),
    # 13. Cybersecurity monthly on a provincial portal; same-month last year in brackets; province approval rate as of page date.
    (
        """Tháng 11/2023, ghi nhận 1.085 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

Sở Thông tin và Truyền thông tỉnh Bình Định | 28/12/2023

Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 11/2023, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo 1.085 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (cùng kỳ năm 2022: 1.160 cuộc), giảm 3,9% so với tháng 10.

Cũng trong tháng 11, số lượng địa chỉ IP của Việt Nam nằm trong mạng botnet là 586.000 địa chỉ.

Tại Bình Định, hiện nay tỷ lệ hệ thống thông tin của tỉnh được phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin đạt 92%.

Ảnh minh họa | Nguồn: Internet

Phòng Bưu chính, Viễn thông và Công nghệ thông tin""",
        "2023-12-28",
        [
            ("cyberattacks", "national", "month", "2023-11-30", 1085.0),
            ("cyberattacks", "national", "month", "2022-11-30", 1160.0),
            ("botnet_ips", "national", "as_of", "2023-11-30", 586000.0),
            ("info_systems_level_approved_rate", "Bình Định", "as_of", "2023-12-28", 92.0),
        ],
    ),
    # 14. Bắc Ninh digital economy 2023 beside the national share; vendor and target are traps.
    (
        """Kinh tế số Bắc Ninh chiếm hơn 31% GRDP

20/02/2024 | 15:10

(BNP) - Năm 2023, kinh tế số của tỉnh Bắc Ninh ước chiếm 31,2% GRDP, cao gần gấp ba so với tỷ trọng kinh tế số trong GDP cả nước (12,33%). Tốc độ tăng trưởng kinh tế số của tỉnh đạt 18,5%.

Theo báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company, quy mô nền kinh tế số Việt Nam năm 2023 đạt 30 tỷ USD.

Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 35% GRDP.

Dây chuyền sản xuất linh kiện điện tử tại KCN Yên Phong. Ảnh: Tư liệu

Xem thêm: >> Bắc Ninh trong nhóm 10 tỉnh dẫn đầu DTI 2022

Thu Hà""",
        "2024-02-20",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 31.2),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "Bắc Ninh", "year", "2023-12-31", 18.5),
        ],
    ),
    # 15. Mobile Money national and one province, bank accounts; operator share and 'trong đó' sub-count are traps.
    (
        """Mobile Money: Hơn 7,8 triệu khách hàng sau gần 3 năm thí điểm

Thứ Tư, 05/06/2024 - 10:20

Theo Ngân hàng Nhà nước, tính đến cuối tháng 4/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt hơn 7,8 triệu khách hàng, trong đó hơn 5,1 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Viettel Money chiếm khoảng 80% số khách hàng Mobile Money.

Cùng thời điểm, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%.

Tại Sơn La, đến cuối tháng 4/2024 có 68.500 khách hàng Mobile Money.

Người dân xã Mường Bú thanh toán qua Mobile Money. Ảnh: T.L

Lê Thủy""",
        "2024-06-05",
        [
            ("mobile_money_customers", "national", "as_of", "2024-04-30", 7800000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-04-30", 87.1),
            ("mobile_money_customers", "Sơn La", "as_of", "2024-04-30", 68500.0),
        ],
    ),
    # 16. EGDI 2024 rank reprinted on a provincial portal, with 2022 rank; other country, rank jump and score are traps.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Cổng TTĐT tỉnh Vĩnh Phúc | Thứ Tư, 18/09/2024

Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên hợp quốc, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193).

Chỉ số EGDI của Việt Nam đạt 0,7709 điểm, lần đầu tiên thuộc nhóm "Rất cao". Hàn Quốc tiếp tục giữ vị trí thứ 4 thế giới.

Ảnh: Báo cáo của UN DESA

Xem thêm: >> Vĩnh Phúc tăng 8 bậc Chỉ số chuyển đổi số DTI

BT""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 17. All traps: a provincial plan for 2025.
    (
        """Hà Tĩnh ban hành Kế hoạch chuyển đổi số năm 2025

15/01/2025 | 08:00

UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch chuyển đổi số năm 2025 với nhiều chỉ tiêu cụ thể.

Theo đó, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%; Chỉ số SIPAS đạt trên 85%; tỷ lệ phủ sóng 5G đạt 70% dân số.

Bên cạnh đó, kế hoạch đề ra chỉ tiêu kinh tế số chiếm 20% GRDP, 90% hộ gia đình có Internet cáp quang băng rộng và 80% người trưởng thành có tài khoản thanh toán.

Ảnh: Hồng Nhung | Quang cảnh hội nghị triển khai kế hoạch.

Xem thêm: >> Hà Tĩnh đặt mục tiêu lọt top 20 DTI

P.V""",
        "2025-01-15",
        [],
    ),
    # 18. SIPAS 2024 top five and national on the Nam Định portal; PAR INDEX list is a trap.
    (
        """Nam Định lần đầu vào top 5 Chỉ số SIPAS

Cổng Thông tin điện tử tỉnh Nam Định | 16/04/2025

Theo kết quả công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2024 (SIPAS 2024), Nam Định đạt 89,60%, xếp thứ 5/63 tỉnh, thành phố.

Năm địa phương dẫn đầu Chỉ số SIPAS 2024 gồm: Hải Phòng (91,10%), Quảng Ninh (90,87%), Hải Dương (90,18%), Thái Nguyên (89,95%) và Nam Định (89,60%). Chỉ số SIPAS trung bình của cả nước là 83,94%.

Ở Chỉ số PAR INDEX 2024, Nam Định đạt 87,3%, xếp thứ 15/63.

Ảnh: Viết Dư | Bộ phận một cửa huyện Hải Hậu.

Viết Dư""",
        "2025-04-16",
        [
            ("satisfaction_rate", "Nam Định", "year", "2024-12-31", 89.60),
            ("satisfaction_rate", "Hải Phòng", "year", "2024-12-31", 91.10),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 90.87),
            ("satisfaction_rate", "Hải Dương", "year", "2024-12-31", 90.18),
            ("satisfaction_rate", "Thái Nguyên", "year", "2024-12-31", 89.95),
            ("satisfaction_rate", "national", "year", "2024-12-31", 83.94),
        ],
    ),
    # 19. Full-process services over all procedures: ministry block, locality block, Long An; one ministry is a trap.
    (
        """Long An: Tỷ lệ dịch vụ công trực tuyến toàn trình cao hơn trung bình khối địa phương

Báo Long An | 10/07/2024

Theo báo cáo của Văn phòng Chính phủ, tính đến hết tháng 6/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của khối bộ, ngành đạt 57,2%; khối địa phương đạt 53,9%.

Ở chỉ số này, tỉnh Long An đạt 61,4%, cao hơn trung bình khối địa phương 7,5%.

Trong khối bộ, ngành, Bộ Tài chính đạt tỷ lệ cao nhất với 91%.

Ảnh: Phương Hằng | Người dân nộp hồ sơ trực tuyến tại UBND huyện Đức Hòa.

Xem thêm: >> Long An: Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính

PHƯƠNG HẰNG""",
        "2024-07-10",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-06-30", 57.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-06-30", 53.9),
            ("dvctt_full_process_rate", "Long An", "as_of", "2024-06-30", 61.4),
        ],
    ),
    # 20. Tây Ninh dossier rate vs national at 31/12/2022 with a rank.
    (
        """Tây Ninh nằm trong nhóm 15 địa phương có tỷ lệ hồ sơ trực tuyến cao nhất

15/03/2023 09:30

(BTNO) - Tính đến ngày 31/12/2022, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Tây Ninh đạt 41,6%, cao hơn tỷ lệ chung của cả nước (38,2%), xếp thứ 13/63.

Cùng thời điểm, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 58,3%.

Bên cạnh đó, tỉnh đang rà soát để cắt giảm thêm 120 thủ tục hành chính trong năm 2023.

Ảnh: Hoàng Yến | Trung tâm Phục vụ hành chính công tỉnh.

Hoàng Yến""",
        "2023-03-15",
        [
            ("online_dossier_rate", "Tây Ninh", "as_of", "2022-12-31", 41.6),
            ("online_dossier_rate", "national", "as_of", "2022-12-31", 38.2),
            ("dvctt_with_dossiers_rate", "Tây Ninh", "as_of", "2022-12-31", 58.3),
        ],
    ),
    # 21. Hà Nam Q1/2025 service index: score and rank are not values; quarterly dossier and satisfaction rates are.
    (
        """Hà Nam xếp thứ 5 cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp quý I/2025

Thứ Năm, 10/04/2025 16:45

Theo kết quả đánh giá trên Cổng Dịch vụ công quốc gia, quý I/2025, tỉnh Hà Nam đạt 88,76/100 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 5/63 tỉnh, thành phố.

Theo đó, tỷ lệ hồ sơ trực tuyến toàn trình trong quý của tỉnh đạt 62,3%; mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 98,2%. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.

Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Minh Phương

Xem thêm: >> Hà Nam phấn đấu giữ vững top 5 trong năm 2025

Minh Phương""",
        "2025-04-10",
        [
            ("online_dossier_full_process_rate", "Hà Nam", "quarter", "2025-03-31", 62.3),
            ("satisfaction_rate", "Hà Nam", "quarter", "2025-03-31", 98.2),
        ],
    ),
    # 22. Hà Giang dead-zone villages at end of September 2024, national count too; target is a trap.
    (
        """Hà Giang: Còn 92 thôn chưa có sóng di động

02/10/2024 | 14:25

Báo Hà Giang - Theo Sở Thông tin và Truyền thông, đến hết tháng 9/2024, toàn tỉnh còn 92 thôn chưa có sóng di động; tỷ lệ thôn, bản có sóng di động đạt 95,1%.

Trên cả nước, tính đến cùng thời điểm còn khoảng 1.035 thôn, bản lõm sóng di động.

Tỉnh phấn đấu đến hết năm 2024 xóa thêm 50 thôn lõm sóng.

Trạm BTS mới lắp đặt tại xã Lũng Cú, huyện Đồng Văn. Ảnh: Đức Bình

Đức Bình""",
        "2024-10-02",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-09-30", 92.0),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-09-30", 95.1),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1035.0),
        ],
    ),
    # 23. Đồng Tháp digital society indicators as of page date; people owning smartphones and survey share are traps.
    (
        """Đồng Tháp: Xã hội số có nhiều chuyển biến tích cực

20/12/2023 07:45

Theo Sở Thông tin và Truyền thông, hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh Đồng Tháp đạt 86,3%; tỷ lệ người sử dụng Internet đạt 79,4%.

Tỷ lệ người dân trong độ tuổi lao động có điện thoại thông minh đạt 78%.

Bên cạnh đó, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 82%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 46,5%.

Theo khảo sát của Sở, 63% người được hỏi cho biết thường xuyên mua sắm trực tuyến.

Ảnh: Hữu Nghĩa | Tổ công nghệ số cộng đồng hướng dẫn người dân cài ứng dụng.

H.NGHĨA""",
        "2023-12-20",
        [
            ("smartphone_subscriber_rate", "Đồng Tháp", "as_of", "2023-12-20", 86.3),
            ("internet_users_rate", "Đồng Tháp", "as_of", "2023-12-20", 79.4),
            ("adults_with_bank_account_rate", "Đồng Tháp", "as_of", "2023-12-20", 82.0),
            ("adult_population_using_dvctt_rate", "Đồng Tháp", "as_of", "2023-12-20", 46.5),
        ],
    ),
    # 24. No published date: undated levels are not recordable; only the explicitly dated FTTH rate is.
    (
        """Phú Yên đẩy mạnh hạ tầng số

Hiện nay, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Phú Yên đạt 70%; toàn tỉnh có 1.850 trạm BTS.

Tính đến ngày 30/6/2023, tỷ lệ hộ gia đình có Internet cáp quang băng rộng trên địa bàn tỉnh đạt 82,4%.

Ở bảng xếp hạng Chỉ số chuyển đổi số DTI 2022, Phú Yên xếp thứ 38/63.

Ảnh: Trần Quý | Nhân viên VNPT Phú Yên kéo cáp quang về buôn.

Trần Quý""",
        None,
        [
            ("ftth_household_rate", "Phú Yên", "as_of", "2023-06-30", 82.4),
        ],
    ),
    # 25. Đồng Nai service shares over all procedures as of page date; service counts are not values.
    (
        """Đồng Nai cung cấp gần 1.400 dịch vụ công trực tuyến

Thứ Sáu, 25/11/2022 - 10:00

(ĐN) - Hiện nay, tỉnh Đồng Nai đang cung cấp 1.396 dịch vụ công trực tuyến trên tổng số 1.871 thủ tục hành chính, đạt 74,6%; trong đó có 748 dịch vụ công trực tuyến toàn trình, đạt 40% tổng số thủ tục hành chính.

Theo đó, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 63,2%.

Ảnh: Huy Anh | Cán bộ một cửa tiếp nhận hồ sơ.

Xem thêm: >> Đồng Nai: Chỉ số PAR INDEX 2021 tăng 4 bậc

Hải Quân""",
        "2022-11-25",
        [
            ("dvctt_rate", "Đồng Nai", "as_of", "2022-11-25", 74.6),
            ("dvctt_full_process_rate", "Đồng Nai", "as_of", "2022-11-25", 40.0),
            ("dvctt_with_dossiers_rate", "Đồng Nai", "as_of", "2022-11-25", 63.2),
        ],
    ),
    # 26. Đề án 06 essential services and fee-reduction provinces, as of page date.
    (
        """An Giang ban hành Nghị quyết giảm lệ phí khi nộp hồ sơ trực tuyến

20/05/2024 | 09:10

Theo Văn phòng Chính phủ, đến nay 42/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 62/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.

An Giang là một trong những địa phương sớm ban hành chính sách này, áp dụng mức giảm 50% lệ phí.

Ảnh: Thanh Tiến | Người dân nộp hồ sơ trực tuyến tại UBND phường Mỹ Bình.

Thanh Tiến""",
        "2024-05-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-05-20", 42.0),
            ("localities_fee_reduction", "national", "as_of", "2024-05-20", 62.0),
        ],
    ),
    # 27. Bà Rịa - Vũng Tàu SIPAS 2023, national average; PCI is a trap.
    (
        """Bà Rịa - Vũng Tàu: Chỉ số SIPAS 2023 đạt 84,1%

10/05/2024 | 11:30

Theo kết quả công bố của Bộ Nội vụ, Chỉ số SIPAS 2023 của tỉnh Bà Rịa - Vũng Tàu đạt 84,1%, xếp thứ 24/63, cao hơn mức trung bình cả nước là 82,66%.

Ảnh nguồn: baobariavungtau.com.vn | Trung tâm Phục vụ hành chính công tỉnh.

Bên cạnh đó, Chỉ số PCI 2023 của tỉnh đạt 66,91 điểm, xếp thứ 11/63.

Hồng Nhung""",
        "2024-05-10",
        [
            ("satisfaction_rate", "Bà Rịa - Vũng Tàu", "year", "2023-12-31", 84.1),
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.66),
        ],
    ),
    # 28. Thừa Thiên Huế SIPAS 2023 with gap only; Đà Nẵng named; change and PAR INDEX are traps.
    (
        """Thừa Thiên Huế: Chỉ số SIPAS 2023 cao hơn bình quân cả nước

Thứ Năm, 09/05/2024 14:10

Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS 2023) của tỉnh Thừa Thiên Huế đạt 85,27%, cao hơn 2,61% so với bình quân chung cả nước, giảm 0,8% so với năm 2022.

Trong khi đó, thành phố Đà Nẵng đạt 88,4%.

Chỉ số PAR INDEX 2023 của tỉnh đạt 89,1%, xếp thứ 6/63.

Ảnh: Nhật Minh | Lãnh đạo tỉnh trao đổi với người dân tại bộ phận một cửa.

Nhật Minh""",
        "2024-05-09",
        [
            ("satisfaction_rate", "Thừa Thiên Huế", "year", "2023-12-31", 85.27),
            ("satisfaction_rate", "Đà Nẵng", "year", "2023-12-31", 88.4),
        ],
    ),
    # 29. National fixed/mobile broadband at end-2022 and one province's FTTH; change is a trap.
    (
        """Năm 2022, Việt Nam có hơn 21 triệu thuê bao băng rộng cố định

12/01/2023 16:00

Theo Bộ Thông tin và Truyền thông, tính đến ngày 31/12/2022, cả nước có 21,2 triệu thuê bao băng rộng cố định, tăng 12% so với năm 2021; số thuê bao băng rộng di động đạt 82,8 thuê bao/100 dân; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 75%.

Riêng tỉnh Vĩnh Phúc, cùng thời điểm tỷ lệ hộ gia đình có cáp quang băng rộng đạt 86%.

Ảnh minh họa | Nguồn: Bộ TT&TT

P.V""",
        "2023-01-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 82.8),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
            ("ftth_household_rate", "Vĩnh Phúc", "as_of", "2022-12-31", 86.0),
        ],
    ),
    # 30. National Portal cumulative figures at 30/9/2022 plus new accounts in September.
    (
        """Cổng Dịch vụ công quốc gia có hơn 4,2 triệu tài khoản đăng ký

05/10/2022 | 10:15

Tính đến ngày 30/9/2022, Cổng Dịch vụ công quốc gia đã có 4,2 triệu tài khoản đăng ký; thực hiện hơn 5,5 triệu giao dịch thanh toán trực tuyến với số tiền trên 3.450 tỷ đồng.

Riêng trong tháng 9/2022, Cổng có 212.000 tài khoản đăng ký mới.

Ảnh chụp màn hình Cổng Dịch vụ công quốc gia.

Xem thêm: >> Gia Lai tích hợp 1.200 dịch vụ công lên Cổng quốc gia

Thanh Hà""",
        "2022-10-05",
        [
            ("national_portal_accounts", "national", "as_of", "2022-09-30", 4200000.0),
            ("online_payments_count", "national", "as_of", "2022-09-30", 5500000.0),
            ("online_payments_value", "national", "as_of", "2022-09-30", 3450.0),
            ("national_portal_accounts_new", "national", "month", "2022-09-30", 212000.0),
        ],
    ),
    # 31. Quảng Nam 5G: operators, one ministry and vendor estimate are traps; province totals as of page date.
    (
        """Quảng Nam có hơn 400 trạm phát sóng 5G

Thứ Ba, 03/12/2024 08:30

(QNO) - Hiện nay, toàn tỉnh Quảng Nam có 410 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số của tỉnh đạt 42%.

Trong đó, VNPT Quảng Nam đã lắp đặt 180 trạm, MobiFone 95 trạm.

Ở lĩnh vực dịch vụ công, Bộ Công an hiện cung cấp 100% dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện.

Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16%.

Ảnh: VĂN PHIN | Kỹ thuật viên VNPT lắp đặt trạm 5G tại Tam Kỳ.

VĂN PHIN""",
        "2024-12-03",
        [
            ("fiveg_bts_count", "Quảng Nam", "as_of", "2024-12-03", 410.0),
            ("fiveg_population_coverage_rate", "Quảng Nam", "as_of", "2024-12-03", 42.0),
        ],
    ),
    # 32. Sóc Trăng SIPAS 2022 with national, highest and lowest provinces named.
    (
        """Sóc Trăng: Chỉ số SIPAS 2022 đạt 80,5%

26/05/2023 | 15:40

Theo Bộ Nội vụ, Chỉ số hài lòng về sự phục vụ hành chính năm 2022 của tỉnh Sóc Trăng đạt 80,5%, xếp thứ 36/63, cao hơn một chút so với trung bình cả nước (80,08%).

Năm 2022, địa phương có Chỉ số SIPAS cao nhất là Quảng Ninh (89,11%), thấp nhất là Kiên Giang (71,35%).

Ảnh: Quốc Tuấn | Bộ phận một cửa thị xã Vĩnh Châu.

Quốc Tuấn""",
        "2023-05-26",
        [
            ("satisfaction_rate", "Sóc Trăng", "year", "2022-12-31", 80.5),
            ("satisfaction_rate", "national", "year", "2022-12-31", 80.08),
            ("satisfaction_rate", "Quảng Ninh", "year", "2022-12-31", 89.11),
            ("satisfaction_rate", "Kiên Giang", "year", "2022-12-31", 71.35),
        ],
    ),
    # 33. Lào Cai DTI 2022 (no id) and a personal-ID dossier share as of page date.
    (
        """Lào Cai tăng 8 bậc Chỉ số chuyển đổi số DTI 2022

20/07/2023 10:00

(BLC) - Theo kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2022, Lào Cai đạt 0,4932 điểm, xếp thứ 19/63, tăng 8 bậc so với năm 2021.

Ở chỉ số Chính quyền số, Lào Cai xếp thứ 11.

Bên cạnh đó, đến nay 100% hồ sơ thủ tục hành chính của tỉnh đã được gắn mã định danh cá nhân của người dân.

Ảnh: Tuấn Anh | Hội nghị Ban Chỉ đạo chuyển đổi số tỉnh.

Tuấn Anh""",
        "2023-07-20",
        [
            ("dossiers_with_personal_id_rate", "Lào Cai", "as_of", "2023-07-20", 100.0),
        ],
    ),
    # 34. Hải Phòng PCI 2023 (no id) and full-process dossier share as of page date.
    (
        """Hải Phòng dẫn đầu PCI 2023

16/05/2024 | 09:45

Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023. Theo đó, Hải Phòng đạt 73,47 điểm, dẫn đầu cả nước.

Cũng tại thời điểm này, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 78,3%.

Ảnh nguồn: haiphong.gov.vn | Lãnh đạo thành phố nhận chứng nhận PCI.

Xem thêm: >> Hải Phòng đứng đầu PAR INDEX 2023

Hoàng Lâm""",
        "2024-05-16",
        [
            ("online_dossier_full_process_rate", "Hải Phòng", "as_of", "2024-05-16", 78.3),
        ],
    ),
    # 35. Cần Thơ first half of 2025: dossier share over the half; counts and digitisation are not values.
    (
        """Cần Thơ: 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến đạt 77,3%

08/07/2025 14:20

Trong 6 tháng đầu năm 2025, thành phố Cần Thơ tiếp nhận 412.000 hồ sơ thủ tục hành chính, trong đó có 318.500 hồ sơ trực tuyến, tỷ lệ hồ sơ xử lý trực tuyến đạt 77,3%. Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 92%.

Tính đến ngày 30/6/2025, trên địa bàn thành phố có 981.200 tài khoản định danh điện tử VNeID đã được kích hoạt.

Ảnh: Duy Khương | Trung tâm Phục vụ hành chính công thành phố.

Duy Khương""",
        "2025-07-08",
        [
            ("online_dossier_rate", "Cần Thơ", "half", "2025-06-30", 77.3),
            ("vneid_activated_accounts", "Cần Thơ", "as_of", "2025-06-30", 981200.0),
        ],
    ),
    # 36. NDXP Q1/2024 with same period last year in brackets; connection points as of page date.
    (
        """Quý I/2024, NDXP phát sinh 221 triệu giao dịch

12/04/2024 | 10:00

Theo Văn phòng Chính phủ, quý I/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) phát sinh 221 triệu giao dịch (cùng kỳ năm 2023: 165 triệu giao dịch), trung bình 2,4 triệu giao dịch mỗi ngày.

Đến nay, NDXP đã có 398 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu.

Tỉnh Yên Bái đã hoàn thành kết nối Nền tảng LGSP của tỉnh với NDXP.

Ảnh minh họa | Nguồn: VGP

P.V""",
        "2024-04-12",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 221000000.0),
            ("ndxp_transactions_period", "national", "quarter", "2023-03-31", 165000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2400000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-04-12", 398.0),
        ],
    ),
    # 37. Cyberattacks year 2023 and 2022 in brackets; botnet IPs end-2023; change is a trap.
    (
        """Năm 2023, gần 13.900 cuộc tấn công mạng vào hệ thống thông tin Việt Nam

09/01/2024 08:00

Theo Cục An toàn thông tin, năm 2023 đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (năm 2022: 12.213 cuộc).

Tính đến hết năm 2023, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 568.000, giảm 15% so với cuối năm 2022.

Ảnh minh họa | Nguồn: Internet

Xem thêm: >> Khánh Hòa diễn tập ứng cứu sự cố an toàn thông tin mạng

BT""",
        "2024-01-09",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 568000.0),
        ],
    ),
    # 38. Vĩnh Long Đề án 06 indicators as of page date.
    (
        """Vĩnh Long: 99,8% hồ sơ thủ tục hành chính gắn định danh cá nhân

Thứ Năm, 14/11/2024 - 15:00

Theo Văn phòng UBND tỉnh, đến nay tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân trên địa bàn tỉnh Vĩnh Long đạt 99,8%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%.

Bên cạnh đó, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 35,6%.

Ảnh: Thảo Ly | Người dân tra cứu hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.

Thảo Ly""",
        "2024-11-14",
        [
            ("dossiers_with_personal_id_rate", "Vĩnh Long", "as_of", "2024-11-14", 99.8),
            ("e_result_rate", "Vĩnh Long", "as_of", "2024-11-14", 100.0),
            ("data_reuse_rate", "Vĩnh Long", "as_of", "2024-11-14", 35.6),
        ],
    ),
    # 39. No published date: month-dated dossier rates for Quảng Bình and the country; rank is a trap.
    (
        """Quảng Bình: Tỷ lệ hồ sơ trực tuyến tháng 8 cao hơn mức chung cả nước

Tháng 8/2023, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh Quảng Bình đạt 38,42%, trong khi tỷ lệ chung của cả nước là 26,8%. Với kết quả này, tỉnh xếp thứ 12/63.

Ảnh: Tâm Phúc | Cán bộ bộ phận một cửa huyện Lệ Thủy.

Tâm Phúc""",
        None,
        [
            ("online_dossier_rate", "Quảng Bình", "month", "2023-08-31", 38.42),
            ("online_dossier_rate", "national", "month", "2023-08-31", 26.8),
        ],
    ),
    # 40. All traps: upload speed, speed ranks, another country, a survey, a target.
    (
        """Tốc độ mạng di động tại Việt Nam tiếp tục cải thiện

05/03/2024 | 13:15

Theo báo cáo mới nhất của Ookla, tốc độ tải lên băng rộng di động của Việt Nam đạt 18,9 Mbps; Việt Nam xếp thứ 47 thế giới về tốc độ Internet di động và thứ 37 về băng rộng cố định.

Trong khu vực, Thái Lan đạt tốc độ băng rộng cố định 213 Mbps.

Theo khảo sát của Cimigo, 78% người dùng Internet tại các thành phố lớn truy cập mạng xã hội hằng ngày.

Bộ TT&TT đặt mục tiêu đến năm 2025 tốc độ băng rộng di động đạt 100 Mbps.

Ảnh minh họa | Nguồn: Ookla

P.V""",
        "2024-03-05",
        [],
    ),
    # 41. Đà Nẵng (post-merger) 766 index values dated 15/9/2025.
    (
        """Đà Nẵng: 99,2% người dân hài lòng với giải quyết thủ tục hành chính

18/09/2025 08:20

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, tính đến ngày 15/9/2025, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính của thành phố Đà Nẵng đạt 99,2%; tỷ lệ hồ sơ xử lý trực tuyến đạt 88,5%.

Ảnh: Hoàng Hiệp | Người dân phường Hải Châu làm thủ tục tại Trung tâm phục vụ hành chính công phường.

Xem thêm: >> Đà Nẵng sau hợp nhất: 94 xã, phường vận hành ổn định

Hoàng Hiệp""",
        "2025-09-18",
        [
            ("satisfaction_rate", "Đà Nẵng", "as_of", "2025-09-15", 99.2),
            ("online_dossier_rate", "Đà Nẵng", "as_of", "2025-09-15", 88.5),
        ],
    ),
    # 42. Procedures simplified and EMC connection, national, as of page date; province note is not a value.
    (
        """Đã cắt giảm, đơn giản hóa 701 thủ tục hành chính

20/12/2024 | 17:00

Theo Văn phòng Chính phủ, đến nay các bộ, ngành đã cắt giảm, đơn giản hóa 701/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 85%.

Tại Bến Tre, hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã hoàn thành kết nối với EMC.

Ảnh: VGP/Nhật Bắc

Xem thêm: >> Bến Tre: Người dân được giảm 50% lệ phí khi nộp hồ sơ trực tuyến

Thu Giang""",
        "2024-12-20",
        [
            ("procedures_simplified", "national", "as_of", "2024-12-20", 701.0),
            ("emc_connection_rate", "national", "as_of", "2024-12-20", 85.0),
        ],
    ),
    # 43. Hà Nội SIPAS 2023 with gap only (no national), prior year's value; PAR INDEX rank is a trap.
    (
        """Hà Nội xếp thứ 3 về Chỉ số cải cách hành chính năm 2023

Thứ Năm, 09/05/2024 - 18:30

(HNP) - Theo kết quả công bố của Bộ Nội vụ, Chỉ số PAR INDEX 2023 của thành phố Hà Nội đạt 89,81%, xếp thứ 3/63.

Ở chỉ số SIPAS, Hà Nội đạt 85,59%, xếp thứ 17, cao hơn 2,93% so với trung bình cả nước. Năm 2022, chỉ số SIPAS của thành phố đạt 83,04%.

Ảnh: Viết Thành | Lãnh đạo thành phố dự hội nghị công bố các chỉ số.

Viết Thành""",
        "2024-05-09",
        [
            ("satisfaction_rate", "Hà Nội", "year", "2023-12-31", 85.59),
            ("satisfaction_rate", "Hà Nội", "year", "2022-12-31", 83.04),
        ],
    ),
    # 44. Bắc Kạn May 2025: gap to locality block only, lowest unnamed; target is a trap.
    (
        """Bắc Kạn: Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp

Báo Bắc Kạn | 12/06/2025

Trong tháng 5/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bắc Kạn đạt 36,75%, thấp hơn 2,19% so với bình quân khối địa phương. Địa phương có tỷ lệ thấp nhất cả nước chỉ đạt 12,4%.

Tỉnh phấn đấu đến tháng 9/2025 tỷ lệ này đạt trên 50%.

Ảnh: Nông Thủy | Người dân xã Nông Thượng nộp hồ sơ qua ứng dụng VNeID.

Nông Thủy""",
        "2025-06-12",
        [
            ("online_dossier_full_process_rate", "Bắc Kạn", "month", "2025-05-31", 36.75),
        ],
    ),
    # 45. Đắk Lắk SIPAS 2023 with Tây Nguyên peers and national; caption repeats the province's value.
    (
        """Đắk Lắk: Chỉ số SIPAS 2023 đạt 82,4%

10/05/2024 | 07:50

Chỉ số SIPAS 2023 của tỉnh đạt 82,4%. Ảnh: Hoàng Gia

(ĐL) - Theo kết quả Bộ Nội vụ công bố, Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS 2023) của tỉnh Đắk Lắk đạt 82,4%, thấp hơn mức trung bình cả nước (82,66%), xếp thứ 40/63.

Trong khu vực Tây Nguyên, Gia Lai đạt 83,84%, Lâm Đồng đạt 83,1%, Kon Tum đạt 79,62%, Đắk Nông đạt 80,9%.

Xem thêm: >> Đắk Lắk tăng 4 bậc Chỉ số PAR INDEX 2023

Hoàng Gia""",
        "2024-05-10",
        [
            ("satisfaction_rate", "Đắk Lắk", "year", "2023-12-31", 82.4),
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.66),
            ("satisfaction_rate", "Gia Lai", "year", "2023-12-31", 83.84),
            ("satisfaction_rate", "Lâm Đồng", "year", "2023-12-31", 83.1),
            ("satisfaction_rate", "Kon Tum", "year", "2023-12-31", 79.62),
            ("satisfaction_rate", "Đắk Nông", "year", "2023-12-31", 80.9),
        ],
    ),
    # 46. Hòa Bình SIPAS 2022 and PAR INDEX 2022 (trap); full-process provision over eligible procedures as of page date.
    (
        """Hòa Bình cải thiện Chỉ số hài lòng SIPAS 2022

Thứ Sáu, 02/06/2023 16:35

Theo đó, Chỉ số SIPAS 2022 của tỉnh Hòa Bình đạt 78,96%, xếp thứ 50/63, thấp hơn 1,12% so với trung bình cả nước. Chỉ số PAR INDEX 2022 của tỉnh đạt 82,5%, xếp thứ 45/63.

Bên cạnh đó, hiện nay 78,5% thủ tục hành chính đủ điều kiện của tỉnh đã được cung cấp dịch vụ công trực tuyến toàn trình.

Ảnh: Đinh Thắng | Cán bộ bộ phận một cửa huyện Lạc Sơn hướng dẫn người dân.

Xem thêm: >> Hòa Bình phấn đấu năm 2023 tăng ít nhất 10 bậc SIPAS

Đinh Thắng""",
        "2023-06-02",
        [
            ("satisfaction_rate", "Hòa Bình", "year", "2022-12-31", 78.96),
            ("full_process_provision_rate", "Hòa Bình", "as_of", "2023-06-02", 78.5),
        ],
    ),
]
