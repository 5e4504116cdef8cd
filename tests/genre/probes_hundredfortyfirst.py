"""Genre probes, round 141: ministries', sectors' and agencies' own results beside nationwide figures and group rates, written blind.

Written after round 140 was fitted and read as held out first: with the stop's start code 53696a2, 83 of 103 right, 83 of 86 found (0.81 / 0.97); with the code fitted to round 140, 83 of 101 (0.82 / 0.97): the fitting had not generalised. Then fitted (stop 48): the ministry named back ('Bộ hiện cung cấp', 'thuộc Bộ'), its scene ('Tại Bộ …,'), its leading the others, its name after 'của', names read case-sensitively, a level opening the sentence, an agency's app: 84 of 84, 84 of 86.
"""

CASES = [
    # 1. Finance ministry year-end conference (Jan 2024): nationwide e-invoices at 31/12/2023.
    #    Traps: MOF's own online services and full-process share, its own online-dossier rate, coded sub-count after "trong đó", e-filing shares (no id), 2024 target.
    (
        """TẠP CHÍ TÀI CHÍNH
Trang chủ > Tài chính > Chuyển đổi số

Bộ Tài chính: Chuyển đổi số là động lực hiện đại hóa quản lý tài chính công

(TCTC) - Tại Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 tổ chức ngày 9/1/2024, lãnh đạo Bộ Tài chính đánh giá chuyển đổi số tiếp tục là một trong những điểm sáng nổi bật của toàn ngành.

Năm 2023, Bộ Tài chính đã cung cấp 862 dịch vụ công trực tuyến, trong đó có 586 dịch vụ công trực tuyến toàn trình, chiếm 67,98% tổng số thủ tục hành chính thuộc phạm vi quản lý của Bộ. Tỷ lệ hồ sơ được xử lý trực tuyến tại các đơn vị thuộc Bộ đạt 93,6%. Bộ cũng đã tích hợp 469 dịch vụ công lên Cổng Dịch vụ công quốc gia, đứng trong nhóm dẫn đầu các bộ, ngành.

Đối với hóa đơn điện tử, tính đến ngày 31/12/2023, cơ quan thuế đã tiếp nhận và xử lý trên 6,12 tỷ hóa đơn điện tử, trong đó có 1,86 tỷ hóa đơn có mã của cơ quan thuế. Tỷ lệ doanh nghiệp khai thuế điện tử đạt 99,9%, nộp thuế điện tử đạt 99,4%. Trong lĩnh vực hải quan, 99,65% doanh nghiệp đã tham gia thủ tục hải quan điện tử.

Phát biểu chỉ đạo, Bộ trưởng đề nghị các đơn vị tiếp tục rà soát, tái cấu trúc quy trình; phấn đấu năm 2024 có 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình và ít nhất 80% hồ sơ được giải quyết trực tuyến.

Hương Giang""",
        "2024-01-10",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-31", 6120000000.0),
        ],
    ),
    # 2. Customs newspaper on its own e-customs in 2023 and Q1/2024: nothing national.
    #    Traps: customs' own full-process share and declarations, National Single Window counts (procedures, ministries, dossiers), Singapore's clearance time, year target.
    (
        """BÁO HẢI QUAN

Ngành Hải quan: Hơn 99% thủ tục được thực hiện trên môi trường điện tử

Thứ Tư, 20/3/2024 | 08:45

Theo Cục Công nghệ thông tin và Thống kê hải quan, năm 2023 Tổng cục Hải quan đã cung cấp 223 dịch vụ công trực tuyến, trong đó 187 dịch vụ toàn trình, chiếm 83,9% tổng số thủ tục hành chính của ngành. Hệ thống thông quan tự động VNACCS/VCIS xử lý hơn 16,3 triệu tờ khai, với 99,65% doanh nghiệp tham gia; tỷ lệ hồ sơ trực tuyến toàn trình của ngành đạt 97,2%.

Quý I/2024, các đơn vị hải quan tiếp nhận 3,9 triệu tờ khai, tăng 11,4% so với cùng kỳ. Đến nay, Cơ chế một cửa quốc gia đã kết nối 250 thủ tục hành chính của 13 bộ, ngành, với trên 6,1 triệu hồ sơ của 71.000 doanh nghiệp được xử lý.

Theo lãnh đạo Tổng cục, thời gian thông quan bình quân vẫn dài hơn so với Singapore, nơi 90% lô hàng được thông quan trong vòng 10 phút. Năm 2024, ngành Hải quan đặt mục tiêu đưa thêm 30 thủ tục lên Cơ chế một cửa quốc gia và nâng tỷ lệ hồ sơ toàn trình lên 99%.

Quang Hùng""",
        "2024-03-20",
        [],
    ),
    # 3. Social-insurance agency portal on its own digital transformation (7 months of 2024); nationwide activated VNeID accounts "đến nay" (page date).
    #    Traps: its own full-process share, its e-transaction dossiers, VssID accounts, clinics using chip cards, population records matched, target.
    (
        """BẢO HIỂM XÃ HỘI VIỆT NAM
Tin hoạt động

BHXH Việt Nam đẩy mạnh ứng dụng dữ liệu dân cư, phục vụ người tham gia tốt hơn

15/08/2024

Thực hiện Đề án 06 của Chính phủ, ngành BHXH Việt Nam đã cung cấp 100% dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia đối với 25 thủ tục hành chính thuộc thẩm quyền. Trong 7 tháng đầu năm 2024, toàn ngành tiếp nhận 98,3 triệu hồ sơ giao dịch điện tử; ứng dụng VssID có 38,5 triệu tài khoản cài đặt và sử dụng.

Hiện nay đã có 13.012 cơ sở khám, chữa bệnh, chiếm 99,8% tổng số cơ sở, triển khai khám chữa bệnh BHYT bằng thẻ Căn cước công dân gắn chip. Cơ sở dữ liệu của ngành đã được xác thực 98,6 triệu thông tin nhân khẩu với Cơ sở dữ liệu quốc gia về dân cư.

Theo Bộ Công an, đến nay cả nước đã có 58,6 triệu tài khoản định danh điện tử được kích hoạt; người dân có thể sử dụng thẻ BHYT tích hợp trên ứng dụng VNeID khi đi khám bệnh. BHXH Việt Nam phấn đấu đến hết năm 2024, 100% giao dịch với người dân được thực hiện trên môi trường điện tử.

Phòng Truyền thông""",
        "2024-08-15",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-08-15", 58600000.0),
        ],
    ),
    # 4. State Treasury piece (Oct 2024): National Portal online payments in 9 months of 2024 (ytd flows) and cumulative at end-September.
    #    Traps: the Treasury's own online dossiers and share, units registered, "trong đó" budget collections via the Treasury, growth, 2025 target.
    (
        """Kho bạc Nhà nước: Hoàn thiện hệ sinh thái thanh toán điện tử trong khu vực công

Thời báo Tài chính Việt Nam - 08/10/2024

Đến nay, 100% đơn vị sử dụng ngân sách trên cả nước đã đăng ký tham gia dịch vụ công trực tuyến của Kho bạc Nhà nước (KBNN), với 68.920 đơn vị. Trong 9 tháng đầu năm 2024, hệ thống KBNN đã tiếp nhận gần 5,4 triệu hồ sơ, tỷ lệ hồ sơ giao dịch qua dịch vụ công trực tuyến đạt 99,2%. Tổng thu ngân sách nhà nước qua KBNN đạt 1,53 triệu tỷ đồng, trong đó thu qua kênh điện tử chiếm khoảng 95%.

KBNN cũng là đơn vị đầu mối kết nối thanh toán với Nền tảng thanh toán của Cổng Dịch vụ công quốc gia. Theo số liệu của Văn phòng Chính phủ, trong 9 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 9,87 triệu giao dịch thanh toán trực tuyến với tổng số tiền 5.426 tỷ đồng, tăng 34% so với cùng kỳ năm trước. Lũy kế đến hết tháng 9/2024, tổng số giao dịch thanh toán trực tuyến qua Cổng đạt 51,3 triệu giao dịch, với số tiền 17.860 tỷ đồng.

Năm 2025, KBNN đặt mục tiêu 100% khoản thu ngân sách được thực hiện qua phương thức điện tử.

Thu Hằng""",
        "2024-10-08",
        [
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 9870000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 5426.0),
            ("online_payments_count", "national", "as_of", "2024-09-30", 51300000.0),
            ("online_payments_value", "national", "as_of", "2024-09-30", 17860.0),
        ],
    ),
    # 5. Ministry of Justice reviews its own 2024: nothing national.
    #    Traps: its own full-process share and online-dossier share, judicial-record certificates via VNeID (sub-count after "trong đó"), nationwide linked birth registrations (no id), conferences, 2025 target.
    (
        """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ

Năm 2024: Bộ Tư pháp cơ bản hoàn thành các chỉ tiêu chuyển đổi số

26/12/2024

Chiều 25/12, Bộ Tư pháp tổ chức Hội nghị đánh giá kết quả chuyển đổi số năm 2024. Theo báo cáo, Bộ hiện cung cấp 138 dịch vụ công trực tuyến, trong đó 104 dịch vụ toàn trình, đạt 75,4% tổng số thủ tục hành chính của Bộ; tỷ lệ hồ sơ được tiếp nhận trực tuyến tại các đơn vị thuộc Bộ đạt 81,7%.

Trong năm, các cơ quan có thẩm quyền đã cấp 1,2 triệu Phiếu lý lịch tư pháp, trong đó 412.000 phiếu được đề nghị qua ứng dụng VNeID. Trên phạm vi cả nước, hai nhóm thủ tục hành chính liên thông (đăng ký khai sinh - đăng ký thường trú - cấp thẻ BHYT cho trẻ em dưới 6 tuổi; đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí) đã tiếp nhận trên 2,1 triệu hồ sơ. Cơ sở dữ liệu hộ tịch điện tử hiện lưu trữ hơn 50 triệu dữ liệu hộ tịch.

Bộ đã tổ chức 4 hội nghị tập huấn và ban hành 15 văn bản hướng dẫn. Năm 2025, Bộ Tư pháp phấn đấu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.

Văn phòng Bộ""",
        "2024-12-26",
        [],
    ),
    # 6. Ministry of Health portal on electronic health books on VNeID; quotes nationwide activated VNeID accounts at 30/4/2024.
    #    Traps: health books created (no id), driver health certificates linked, its own full-process services, clinics, India's digital ID (another country), target.
    (
        """Bộ Y tế: Hơn 13,7 triệu sổ sức khỏe điện tử đã được tích hợp trên VNeID

SKĐS - Ngày 20/5/2024, Bộ Y tế cho biết, thực hiện Đề án 06, ngành y tế đã phối hợp với Bộ Công an triển khai sổ sức khỏe điện tử trên ứng dụng VNeID. Đến nay, cả nước đã có hơn 13,7 triệu sổ sức khỏe điện tử được tạo lập; 1.486 cơ sở khám, chữa bệnh liên thông giấy khám sức khỏe lái xe với hơn 2,3 triệu giấy được đẩy lên hệ thống.

Về thủ tục hành chính, Bộ Y tế đã cung cấp 128 dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến của Bộ đạt 85,3%.

Theo Bộ Công an, tính đến ngày 30/4/2024, cả nước đã có hơn 50,3 triệu tài khoản định danh điện tử được kích hoạt, là nền tảng để mỗi người dân có một hồ sơ sức khỏe điện tử duy nhất. Đại diện Bộ Y tế cho biết, tại Ấn Độ, nền tảng định danh Aadhaar đã gắn với hơn 1,3 tỷ người dân và là mô hình tham khảo. Bộ Y tế phấn đấu đến năm 2025, 100% người dân có sổ sức khỏe điện tử.

Thùy Linh""",
        "2024-05-20",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-04-30", 50300000.0),
        ],
    ),
    # 7. Government Office monthly summary (June 2024): ministries vs localities dossier rates and the National Portal's June flows.
    #    Traps: Bộ Công an's own rate, Bộ Tài chính's own dossiers, "tăng 3,2 điểm phần trăm", meetings and documents.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ

Tháng 6/2024: Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành tiếp tục tăng

(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ về tình hình cải cách thủ tục hành chính tháng 6/2024, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 72,4%, khối địa phương đạt 48,9%; tỷ lệ hồ sơ trực tuyến toàn trình tương ứng là 58,1% và 35,6%. So với tháng 5, tỷ lệ toàn trình của khối bộ, ngành tăng 3,2 điểm phần trăm.

Dẫn đầu các bộ là Bộ Công an với tỷ lệ hồ sơ trực tuyến toàn trình đạt 96,2%; Bộ Tài chính tiếp nhận 1,05 triệu hồ sơ trực tuyến trong tháng.

Trên Cổng Dịch vụ công quốc gia, trong tháng 6/2024 có 1,21 triệu hồ sơ trực tuyến được thực hiện; 1,16 triệu giao dịch thanh toán trực tuyến với số tiền 612 tỷ đồng. Trong tháng, Văn phòng Chính phủ đã tổ chức 3 cuộc họp chuyên đề và ban hành 7 văn bản đôn đốc các bộ, ngành, địa phương.

Minh Châu""",
        "2024-07-08",
        [
            ("online_dossier_rate", "ministries", "month", "2024-06-30", 72.4),
            ("online_dossier_rate", "localities", "month", "2024-06-30", 48.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-06-30", 58.1),
            ("online_dossier_full_process_rate", "localities", "month", "2024-06-30", 35.6),
            ("national_portal_dossiers_new", "national", "month", "2024-06-30", 1210000.0),
            ("online_payments_count_new", "national", "month", "2024-06-30", 1160000.0),
            ("online_payments_value_new", "national", "month", "2024-06-30", 612.0),
        ],
    ),
    # 8. Police newspaper on Nghệ An provincial police: chip cards and activated accounts in the province at 15/11/2023.
    #    Traps: dossiers collected (not cards issued), level-2 sub-count after "trong đó", one district's accounts, the police sector's own full-process rate, year-end target.
    (
        """CÔNG AN NHÂN DÂN ONLINE
Thứ Hai, 20/11/2023 06:30

Công an Nghệ An: Về đích sớm nhiều chỉ tiêu Đề án 06

Tính đến ngày 15/11/2023, Công an tỉnh Nghệ An đã thu nhận 2.736.418 hồ sơ đề nghị cấp thẻ Căn cước công dân gắn chip, cấp 2.698.502 thẻ Căn cước công dân gắn chip cho công dân trên địa bàn. Tổng số tài khoản định danh điện tử đã kích hoạt là 1.452.380, trong đó mức độ 2 là 1.120.647 tài khoản.

Huyện Quỳnh Lưu là địa phương dẫn đầu với 148.302 tài khoản được kích hoạt. Đối với dịch vụ công thuộc lĩnh vực của ngành, tỷ lệ hồ sơ trực tuyến toàn trình của Công an tỉnh đạt 96,5%, cao nhất trong các sở, ngành của tỉnh.

Đại tá Nguyễn Đức Hải, Phó Giám đốc Công an tỉnh cho biết, đơn vị phấn đấu đến ngày 31/12/2023 hoàn thành kích hoạt tài khoản định danh điện tử cho 100% công dân đủ điều kiện.

Bài và ảnh: Hồng Sơn""",
        "2023-11-20",
        [
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2023-11-15", 2698502.0),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2023-11-15", 1452380.0),
        ],
    ),
    # 9. Bình Dương provincial tax department (Apr 2024): its own e-tax results; nationwide e-invoices since 1/7/2022 to 31/3/2024.
    #    Traps: the department's e-filing share and cash-register outlets, its own online-dossier share, growth, target.
    (
        """Cục Thuế Bình Dương: 99,8% doanh nghiệp khai thuế điện tử

Báo Bình Dương - 12/4/2024

Quý I/2024, Cục Thuế tỉnh Bình Dương tiếp tục đẩy mạnh ứng dụng công nghệ thông tin trong quản lý thuế. Đến nay, 99,8% doanh nghiệp đang hoạt động trên địa bàn đã thực hiện khai thuế điện tử; 99,5% doanh nghiệp nộp thuế điện tử. Toàn tỉnh có 3.214 cơ sở kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, tăng 1.050 cơ sở so với cuối năm 2023. Tỷ lệ hồ sơ thủ tục hành chính thuế được tiếp nhận trực tuyến tại Cục Thuế đạt 98,7%.

Theo Tổng cục Thuế, lũy kế từ ngày 1/7/2022 đến ngày 31/3/2024, hệ thống hóa đơn điện tử của ngành Thuế đã tiếp nhận và xử lý 7,05 tỷ hóa đơn, góp phần minh bạch hóa hoạt động kinh doanh.

Ngành Thuế Bình Dương phấn đấu năm 2024 có thêm ít nhất 2.000 cơ sở kinh doanh áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Minh Duy""",
        "2024-04-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-03-31", 7050000000.0),
        ],
    ),
    # 10. State Bank press briefing (Mar 2024): adults with an account at end-2023, Mobile Money customers at 31/12/2023.
    #     Traps: rural share after "trong đó", "tăng 56,2%", one operator's customers (Viettel Money), NHNN's own eligible-procedures share, 2025 target.
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Thông cáo báo chí

Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh

Hà Nội, ngày 05/3/2024

Theo Vụ Thanh toán, Ngân hàng Nhà nước (NHNN), đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%. Dịch vụ Mobile Money đến ngày 31/12/2023 có 8,37 triệu khách hàng đăng ký sử dụng, trong đó 68% khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo; số lượng giao dịch qua Mobile Money tăng 56,2% so với năm 2022. Riêng Viettel Money có khoảng 6 triệu khách hàng.

Về cải cách hành chính nội ngành, NHNN hiện cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến của NHNN năm 2023 đạt 74,5%.

NHNN đặt mục tiêu đến năm 2025 có trên 80% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác.""",
        "2024-03-05",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 8370000.0),
        ],
    ),
    # 11. Electricity group article (Dec 2023): cumulative National Portal online payments at 30/11/2023.
    #     Traps: EVN's own online requests and services, its cashless share, electricity's part after "trong đó", 2024 target.
    (
        """EVN: 100% dịch vụ điện được cung cấp trực tuyến mức độ 4

Năng lượng Việt Nam - 12/12/2023

Tập đoàn Điện lực Việt Nam (EVN) là doanh nghiệp đầu tiên đưa 100% dịch vụ điện lên Cổng Dịch vụ công quốc gia. Tính đến ngày 30/11/2023, EVN đã tiếp nhận 7,2 triệu yêu cầu dịch vụ điện qua Cổng, tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt của EVN đạt 92,6%.

Theo số liệu của Văn phòng Chính phủ, tính đến ngày 30/11/2023, Cổng Dịch vụ công quốc gia đã ghi nhận 38,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 11.420 tỷ đồng; trong đó thanh toán tiền điện chiếm trên 80% số giao dịch.

Trong năm 2024, EVN phấn đấu nâng tỷ lệ thanh toán tiền điện không dùng tiền mặt lên trên 95% và ứng dụng định danh điện tử VNeID trong 100% giao dịch cấp điện mới.

Thanh Tâm""",
        "2023-12-12",
        [
            ("online_payments_count", "national", "as_of", "2023-11-30", 38600000.0),
            ("online_payments_value", "national", "as_of", "2023-11-30", 11420.0),
        ],
    ),
    # 12. Education ministry on online university admissions (July 2024): nothing national under a KPI id.
    #     Traps: candidates registering online and paying fees online (no id), the ministry's own full-process services, candidates authenticated via VNeID, target.
    (
        """GIÁO DỤC & THỜI ĐẠI

99,7% thí sinh đăng ký xét tuyển đại học trực tuyến

30/07/2024 | 14:20

Theo Bộ Giáo dục và Đào tạo, năm 2024 có 1,03 triệu thí sinh đăng ký xét tuyển đại học với hơn 3,3 triệu nguyện vọng; 99,7% thí sinh thực hiện đăng ký trên Hệ thống hỗ trợ tuyển sinh chung của Bộ. Có 72,4% thí sinh nộp lệ phí xét tuyển trực tuyến qua các kênh thanh toán điện tử.

Năm nay, Bộ GD&ĐT lần đầu xác thực thông tin thí sinh qua Cơ sở dữ liệu quốc gia về dân cư, với trên 1,07 triệu thí sinh được đối soát. Hiện Bộ cung cấp 36 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến của Bộ trong 6 tháng đầu năm đạt 88,1%.

Bộ GD&ĐT đặt mục tiêu năm 2025 100% thí sinh nộp lệ phí trực tuyến.

Hà Cường""",
        "2024-07-30",
        [],
    ),
    # 13. Agriculture ministry on the Decision 766 index of October 2024: the ministries' average full-process and e-result rates.
    #     Traps: the ministry's own score and rates, its own rank, the digitisation share (no id), target.
    (
        """Bộ Nông nghiệp và PTNT vào nhóm dẫn đầu về phục vụ người dân, doanh nghiệp

(MARD) - 05/11/2024

Theo kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg) tháng 10/2024, Bộ Nông nghiệp và Phát triển nông thôn đạt 82,4 điểm, xếp thứ 4/17 bộ, ngành. Tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt 91,3%, tỷ lệ cấp kết quả điện tử đạt 100%.

Bình quân khối bộ, ngành, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 10/2024 đạt 54,7%, tỷ lệ cấp kết quả điện tử đạt 71,5%, tỷ lệ số hóa hồ sơ đạt 62,1%.

Bộ trưởng yêu cầu các đơn vị phấn đấu đến hết năm 2024 đạt 100% hồ sơ được số hóa và 95% hồ sơ trực tuyến toàn trình.

Văn phòng Bộ""",
        "2024-11-05",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-31", 54.7),
            ("e_result_rate", "ministries", "month", "2024-10-31", 71.5),
        ],
    ),
    # 14. Industry and Trade ministry (Sept 2023) on its own e-certificates of origin and online services: nothing national.
    #     Traps: its own full-process share, e-C/O counts, e-commerce revenue in USD (no id), Thailand's e-commerce, target.
    (
        """BỘ CÔNG THƯƠNG
Cổng thông tin điện tử

Bộ Công Thương tiếp tục nằm trong nhóm dẫn đầu về cung cấp dịch vụ công trực tuyến

15/9/2023

8 tháng đầu năm 2023, Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử (eCoSys) đã cấp hơn 1,1 triệu bộ C/O; 100% hồ sơ C/O được tiếp nhận trực tuyến. Hiện Bộ Công Thương cung cấp 214 dịch vụ công trực tuyến toàn trình, chiếm 70,4% tổng số thủ tục hành chính của Bộ, và đã kết nối 37 thủ tục với Cơ chế một cửa quốc gia.

Doanh thu thương mại điện tử bán lẻ năm 2022 của Việt Nam đạt 16,4 tỷ USD, chiếm 7,5% tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng cả nước; con số này của Thái Lan là 26 tỷ USD.

Bộ Công Thương phấn đấu năm 2025 doanh thu thương mại điện tử bán lẻ đạt 25 tỷ USD.""",
        "2023-09-15",
        [],
    ),
    # 15. Police year-end review of Đề án 06 for 2024: chip cards, activated VNeID accounts and essential services at 31/12/2024.
    #     Traps: Bộ Công an's own dossiers and full-process rate, "tăng 13,1 triệu", the 6 remaining services, 2025 targets.
    (
        """CÔNG AN NHÂN DÂN ONLINE
Chủ Nhật, 05/01/2025 07:00

Đề án 06 năm 2024: Những dấu ấn nổi bật

Năm 2024, Bộ Công an tiếp tục là lực lượng nòng cốt triển khai Đề án 06. Tính đến ngày 31/12/2024, cả nước đã cấp 87,9 triệu thẻ Căn cước công dân gắn chip và thẻ căn cước; có 61,2 triệu tài khoản định danh điện tử được kích hoạt, tăng 13,1 triệu tài khoản so với cuối năm 2023. Các bộ, ngành, địa phương đã cung cấp trực tuyến toàn trình 70/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia; 6 dịch vụ còn lại sẽ được hoàn thành trong quý I/2025.

Riêng tại Bộ Công an, Cổng Dịch vụ công của Bộ đã tiếp nhận 11,3 triệu hồ sơ trực tuyến trong năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt 97%.

Năm 2025, Bộ Công an đặt mục tiêu kích hoạt tài khoản định danh điện tử cho 100% công dân đủ điều kiện, hoàn thành toàn bộ 76 dịch vụ công thiết yếu.

Nguyễn Hoàng""",
        "2025-01-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 87900000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 61200000.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 70.0),
        ],
    ),
    # 16. Đà Nẵng city portal, Q1/2024: the city's online, full-process and e-result dossier rates.
    #     Traps: the city police's and the Justice department's own rates, one district's rate, dossier count, 2024 target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG

Quý I/2024: Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 66,7%

16/04/2024

Theo báo cáo của Sở Thông tin và Truyền thông, trong quý I/2024, các cơ quan, đơn vị trên địa bàn thành phố đã tiếp nhận 98.412 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến của thành phố đạt 91,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 66,7%; tỷ lệ trả kết quả giải quyết thủ tục hành chính điện tử đạt 84,3%.

Dẫn đầu các cơ quan là Công an thành phố với tỷ lệ hồ sơ trực tuyến đạt 99,1%, tiếp đến là Sở Tư pháp với 97,5%. Ở cấp quận, huyện, quận Hải Châu có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất, đạt 78,2%.

Năm 2024, Đà Nẵng phấn đấu đạt tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 70% và 100% kết quả giải quyết thủ tục hành chính được số hóa.

Ngọc Hà""",
        "2024-04-16",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 91.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2024-03-31", 66.7),
            ("e_result_rate", "Đà Nẵng", "quarter", "2024-03-31", 84.3),
        ],
    ),
    # 17. Government Office quarterly summary (Q3/2024): full-process share of procedures at 30/9 split ministries/localities; national e-result and data-reuse shares in Q3.
    #     Traps: one ministry's own share (Bộ Tài chính), "tăng 4,1 điểm phần trăm", counts of reports and checks.
    (
        """Văn phòng Chính phủ: Kết quả cải cách thủ tục hành chính quý III/2024

Chinhphu.vn - 10/10/2024

Tính đến ngày 30/9/2024, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của khối bộ, ngành đạt 48,9%, khối địa phương đạt 52,3%. Một số bộ đạt tỷ lệ cao, như Bộ Tài chính với 85,3%.

Trong quý III/2024, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của cả nước đạt 71,3%, tăng 4,1 điểm phần trăm so với quý II; tỷ lệ hồ sơ có tái sử dụng dữ liệu đã được số hóa đạt 18,4%.

Trong quý, Văn phòng Chính phủ đã tổng hợp 12 báo cáo chuyên đề và tổ chức 5 đoàn kiểm tra tại các bộ, địa phương.""",
        "2024-10-10",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-09-30", 48.9),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-09-30", 52.3),
            ("e_result_rate", "national", "quarter", "2024-09-30", 71.3),
            ("data_reuse_rate", "national", "quarter", "2024-09-30", 18.4),
        ],
    ),
    # 18. Tax administration official letter saved without a sidecar; the letter's own date and "tính đến hết ngày 31/5/2024" date the cumulative e-invoices.
    #     Traps: coded sub-count after "trong đó", cash-register outlets "hiện có", letter numbers, deadline.
    (
        """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 2145/TCT-DNNCN
V/v tăng cường triển khai hóa đơn điện tử khởi tạo từ máy tính tiền

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 6 năm 2024

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Chỉ thị số 07/CT-BTC của Bộ trưởng Bộ Tài chính, Tổng cục Thuế thông báo kết quả triển khai hóa đơn điện tử như sau: tính đến hết ngày 31/5/2024, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý 7,65 tỷ hóa đơn, trong đó 2,31 tỷ hóa đơn có mã của cơ quan thuế. Hiện có 53.400 cơ sở kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố rà soát, hoàn thành việc triển khai đối với 100% cơ sở kinh doanh xăng dầu trước ngày 30/6/2024 và báo cáo kết quả về Tổng cục Thuế (qua Vụ Dự toán thu NSNN) trước ngày 05/7/2024.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG""",
        None,
        [
            ("e_invoices_total", "national", "as_of", "2024-05-31", 7650000000.0),
        ],
    ),
    # 19. Finance ministry (merged with Planning and Investment) at mid-2025: nationwide e-invoices at 30/6/2025.
    #     Traps: MOF's own online services and full-process dossier share, cash-register invoices after "trong đó", household businesses (no id), growth, target.
    (
        """Bộ Tài chính sơ kết 6 tháng đầu năm 2025: Chuyển đổi số gắn với tinh gọn bộ máy

Thời báo Tài chính Việt Nam | 15/07/2025

Sau khi hợp nhất với Bộ Kế hoạch và Đầu tư từ ngày 1/3/2025, Bộ Tài chính hiện cung cấp 1.012 dịch vụ công trực tuyến, trong đó 687 dịch vụ toàn trình. Tỷ lệ hồ sơ trực tuyến toàn trình tại các đơn vị thuộc Bộ trong 6 tháng đầu năm 2025 đạt 79,4%.

Về hóa đơn điện tử, tính đến ngày 30/6/2025, hệ thống của cơ quan thuế đã tiếp nhận và xử lý 11,6 tỷ hóa đơn điện tử, trong đó hóa đơn khởi tạo từ máy tính tiền là 1,02 tỷ hóa đơn. Số lượng hóa đơn từ máy tính tiền trong 6 tháng tăng 18% so với cùng kỳ. Cả nước hiện có khoảng 2,3 triệu hộ kinh doanh đang nộp thuế theo phương pháp khoán.

Bộ Tài chính đặt mục tiêu xóa bỏ hoàn toàn phương pháp thuế khoán đối với hộ kinh doanh từ năm 2026.

Vũ Long""",
        "2025-07-15",
        [
            ("e_invoices_total", "national", "as_of", "2025-06-30", 11600000000.0),
        ],
    ),
    # 20. Information ministry's monthly briefing (April 2024): NDXP transactions in April, daily average, cumulative since 2019 at 30/4.
    #     Traps: one ministry's NDXP exchanges (Bộ Tài chính), "tăng 8,6%", press questions count.
    (
        """Họp báo định kỳ Bộ Thông tin và Truyền thông tháng 5/2024

VietNamNet - 10/5/2024

Tại buổi họp báo chiều 9/5, đại diện Cục Chuyển đổi số quốc gia cho biết, trong tháng 4/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 121,6 triệu giao dịch, tăng 8,6% so với tháng 3; trung bình mỗi ngày có 4,05 triệu giao dịch. Lũy kế từ năm 2019 đến ngày 30/4/2024, NDXP đã có 3,72 tỷ giao dịch.

Trong số các bộ, ngành, Bộ Tài chính là đơn vị có lượng giao dịch qua NDXP lớn nhất trong tháng, với 32,4 triệu giao dịch.

Buổi họp báo cũng trả lời 14 câu hỏi của các cơ quan báo chí về công tác quản lý nhà nước của Bộ.

Duy Vũ""",
        "2024-05-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-04-30", 121600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-04-30", 4050000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-04-30", 3720000000.0),
        ],
    ),
    # 21. Information Security Authority (August 2024): cyberattacks in August; information systems approved by level at 31/8, ministries vs localities.
    #     Traps: "giảm 12,5%", attacks on one ministry's systems after "trong đó", the Authority's own warnings count, Bộ Công an's own share, target.
    (
        """Cục An toàn thông tin: Tháng 8/2024 ghi nhận 612 cuộc tấn công mạng

Báo Điện tử Chính phủ - 12/9/2024

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 8/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 612 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,5% so với tháng 7; trong đó có 28 cuộc nhắm vào hệ thống của một bộ. Cục đã phát đi 9 cảnh báo về lỗ hổng bảo mật.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tính đến hết tháng 8/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành đạt 71,2%, của khối địa phương đạt 76,8%. Riêng Bộ Công an đã phê duyệt cấp độ cho 100% hệ thống thông tin thuộc phạm vi quản lý.

Cục An toàn thông tin đề nghị các cơ quan phấn đấu hoàn thành phê duyệt cấp độ cho 100% hệ thống trong năm 2024.

Hải Minh""",
        "2024-09-12",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 612.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-08-31", 71.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-08-31", 76.8),
        ],
    ),
    # 22. Banking newspaper (July 2024): adults with an account at end-Q2/2024, Mobile Money customers at end-May 2024.
    #     Traps: rural share after "trong đó", "tăng 17,3%", Thailand's share, NHNN's own online-dossier rate, one operator (VNPT Money).
    (
        """THỜI BÁO NGÂN HÀNG

Thanh toán số "phủ sóng" đến vùng sâu, vùng xa

25/07/2024 - 09:12

Theo Ngân hàng Nhà nước, đến hết quý II/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,6%, tiệm cận mức của Thái Lan (96%). Dịch vụ Mobile Money tính đến cuối tháng 5/2024 có 9,82 triệu khách hàng, trong đó 71% ở khu vực nông thôn, miền núi, biên giới, hải đảo; giá trị giao dịch tăng 17,3% so với cùng kỳ. Riêng VNPT Money đã phát triển khoảng 1,9 triệu khách hàng Mobile Money.

Bên cạnh đó, NHNN cũng đẩy mạnh chuyển đổi số trong chính hoạt động quản lý của mình: 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến tại NHNN đạt 81,4%.

Lê Mai""",
        "2024-07-25",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.6),
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 9820000.0),
        ],
    ),
    # 23. Police newspaper on the Decision 766 index, November 2024: averages of ministries and of localities for e-result and data-reuse shares.
    #     Traps: Bộ Công an's own shares, its score and rank, change in points.
    (
        """CÔNG AN NHÂN DÂN ONLINE

Bộ Công an dẫn đầu Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2024

10/12/2024 | 16:40

Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công (theo Quyết định 766/QĐ-TTg) tháng 11/2024, Bộ Công an tiếp tục đứng đầu khối bộ, ngành với 91,6 điểm. Tỷ lệ cấp kết quả điện tử của Bộ Công an đạt 100%, tỷ lệ tái sử dụng dữ liệu đạt 85%, tăng 7 điểm phần trăm so với tháng 10.

Cũng theo Bộ chỉ số, trong tháng 11/2024, tỷ lệ cấp kết quả điện tử bình quân của khối bộ, ngành là 73,8%, khối địa phương là 80,2%; tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa của khối bộ, ngành đạt 41,6%, khối địa phương đạt 29,5%.

Phan Anh""",
        "2024-12-10",
        [
            ("e_result_rate", "ministries", "month", "2024-11-30", 73.8),
            ("e_result_rate", "localities", "month", "2024-11-30", 80.2),
            ("data_reuse_rate", "ministries", "month", "2024-11-30", 41.6),
            ("data_reuse_rate", "localities", "month", "2024-11-30", 29.5),
        ],
    ),
    # 24. Thừa Thiên Huế provincial police: chip cards and activated accounts in the province at 25/5/2024.
    #     Traps: Huế city's accounts, "tăng 45.200" change, the police's own full-process rate, target.
    (
        """Công an Thừa Thiên Huế đẩy mạnh kích hoạt tài khoản định danh điện tử

Báo Thừa Thiên Huế - 28/05/2024

Theo Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh Thừa Thiên Huế, tính đến ngày 25/5/2024, toàn tỉnh đã cấp 1.012.736 thẻ Căn cước công dân gắn chip; kích hoạt 704.215 tài khoản định danh điện tử, tăng 45.200 tài khoản so với cuối tháng 4. Riêng thành phố Huế có 198.330 tài khoản được kích hoạt.

Trong lĩnh vực dịch vụ công, 95% hồ sơ thủ tục hành chính thuộc thẩm quyền của Công an tỉnh được tiếp nhận, giải quyết trực tuyến toàn trình.

Công an tỉnh phấn đấu đến ngày 30/6/2024 kích hoạt thêm 50.000 tài khoản định danh điện tử.

Hoài Thương""",
        "2024-05-28",
        [
            ("chip_id_cards_issued", "Thừa Thiên Huế", "as_of", "2024-05-25", 1012736.0),
            ("vneid_activated_accounts", "Thừa Thiên Huế", "as_of", "2024-05-25", 704215.0),
        ],
    ),
    # 25. Transport ministry on online driving-licence renewals; the Đề án 06 task force's count of essential services at 30/6/2024.
    #     Traps: licence dossiers (no id), its own full-process services, dossiers via VNeID after "trong đó", the ministry's own list (5/6), deadline.
    (
        """Bộ GTVT: Hơn 1,4 triệu hồ sơ cấp đổi giấy phép lái xe được nộp trực tuyến

Báo Giao thông - 18/07/2024

Theo Bộ Giao thông vận tải, 6 tháng đầu năm 2024, các Sở GTVT đã tiếp nhận hơn 1,4 triệu hồ sơ cấp đổi giấy phép lái xe trực tuyến, trong đó 620.000 hồ sơ nộp qua ứng dụng VNeID. Bộ hiện cung cấp 297 dịch vụ công trực tuyến toàn trình; Bộ đã hoàn thành 5/6 dịch vụ công thiết yếu thuộc trách nhiệm của mình theo Đề án 06.

Theo Tổ công tác triển khai Đề án 06 của Chính phủ, tính đến ngày 30/6/2024, các bộ, ngành, địa phương đã cung cấp trực tuyến toàn trình 55/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia.

Bộ GTVT yêu cầu các đơn vị hoàn thành dịch vụ công thiết yếu còn lại trước ngày 30/9/2024.

Đức Anh""",
        "2024-07-18",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 55.0),
        ],
    ),
    # 26. Quảng Ninh year 2024 review (page of January 2025): the province's full-process, online and data-reuse dossier shares for 2024.
    #     Traps: the provincial police's and tax department's own rates, Hạ Long city's share, "tăng 6,3 điểm phần trăm", 2025 target.
    (
        """QUẢNG NINH: Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,4%

Cổng TTĐT tỉnh Quảng Ninh - 08/01/2025

Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình của tỉnh Quảng Ninh đạt 86,4%, tăng 6,3 điểm phần trăm so với năm 2023; tỷ lệ hồ sơ trực tuyến đạt 97,1%; tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa đạt 62,8%.

Trong các cơ quan, Công an tỉnh có tỷ lệ hồ sơ toàn trình cao nhất với 99,6%; Cục Thuế tỉnh có 99,2% hồ sơ khai thuế được thực hiện điện tử. Ở cấp huyện, thành phố Hạ Long đạt tỷ lệ hồ sơ trực tuyến toàn trình 91,5%.

Năm 2025, tỉnh phấn đấu đạt trên 90% hồ sơ trực tuyến toàn trình.

Thu Chung""",
        "2025-01-08",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 86.4),
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 97.1),
            ("data_reuse_rate", "Quảng Ninh", "year", "2024-12-31", 62.8),
        ],
    ),
    # 27. Tax administration on eTax Mobile (Nov 2024): cumulative e-invoices at 31/10/2024.
    #     Traps: eTax Mobile users and payments (no id), the tax sector's own online personal-income-tax filings, growth, target.
    (
        """Tổng cục Thuế: Ứng dụng eTax Mobile đạt hơn 5,2 triệu người dùng

Báo Đầu tư - 14/11/2024

Sau hơn 2 năm đưa vào sử dụng, ứng dụng eTax Mobile của ngành Thuế đã có hơn 5,2 triệu người dùng, với 2,1 triệu giao dịch nộp thuế điện tử được thực hiện trong 10 tháng đầu năm 2024. Trong đợt quyết toán thuế thu nhập cá nhân năm 2023, 98% hồ sơ được nộp qua mạng.

Cũng theo Tổng cục Thuế, tính đến ngày 31/10/2024, hệ thống hóa đơn điện tử đã tiếp nhận và xử lý 9,18 tỷ hóa đơn kể từ khi triển khai trên toàn quốc. Số người dùng eTax Mobile tăng 2,3 lần so với cuối năm 2023.

Ngành Thuế đặt mục tiêu đến cuối năm 2025, 100% người nộp thuế cá nhân có thể thực hiện thủ tục thuế trên ứng dụng di động.

Thanh Nga""",
        "2024-11-14",
        [
            ("e_invoices_total", "national", "as_of", "2024-10-31", 9180000000.0),
        ],
    ),
    # 28. Information ministry portal (Aug 2023): EMC connection share at 31/7/2023 and the national share of online services with dossiers in 7 months.
    #     Traps: the ministry's own 100% full-process services, its own dossiers, target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Tin tức - Sự kiện

Đẩy mạnh kết nối Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC)

10/8/2023

Tính đến ngày 31/7/2023, tỷ lệ Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 87,1%. Theo số liệu trên EMC, trong 7 tháng đầu năm 2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của cả nước đạt 41,2%.

Tại Bộ Thông tin và Truyền thông, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; Bộ tiếp nhận 214.600 hồ sơ trực tuyến trong 7 tháng.

Bộ đề nghị các bộ, ngành, địa phương hoàn thành kết nối 100% hệ thống với EMC trong quý III/2023.""",
        "2023-08-10",
        [
            ("emc_connection_rate", "national", "as_of", "2023-07-31", 87.1),
            ("dvctt_with_dossiers_rate", "national", "ytd", "2023-07-31", 41.2),
        ],
    ),
    # 29. Government portal on the National Public Service Portal in 2023: year flows and registered accounts at 31/12/2023.
    #     Traps: "tăng 68%", page visits (no id), one agency's share of dossiers (BHXH Việt Nam), 2024 target.
    (
        """Cổng Dịch vụ công quốc gia năm 2023: Hơn 11,8 triệu hồ sơ trực tuyến

Chinhphu.vn - 20/01/2024

Năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 11,8 triệu hồ sơ trực tuyến, tăng 68% so với năm 2022; ghi nhận 14,2 triệu giao dịch thanh toán trực tuyến với số tiền 4.836 tỷ đồng. Tính đến ngày 31/12/2023, Cổng có 9,98 triệu tài khoản đăng ký, với hơn 2,1 tỷ lượt truy cập.

Trong số các cơ quan, BHXH Việt Nam là đơn vị có số lượng hồ sơ qua Cổng lớn nhất, chiếm khoảng 35% tổng số hồ sơ.

Năm 2024, Văn phòng Chính phủ tiếp tục nâng cấp Cổng theo hướng lấy người dùng làm trung tâm, phấn đấu tích hợp 100% dịch vụ công trực tuyến toàn trình của các bộ, ngành, địa phương.""",
        "2024-01-20",
        [
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 11800000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 14200000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 4836.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 9980000.0),
        ],
    ),
    # 30. Monthly digital-government report (November 2023): full-process provision over ELIGIBLE procedures at 30/11, ministries vs localities.
    #     Traps: Bộ Công an's own 100%, Bộ Tài chính's own count, "tăng 2,5 điểm phần trăm", target.
    (
        """Báo cáo tháng 11/2023: Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình tiếp tục được cải thiện

ICTnews - 08/12/2023

Theo báo cáo tình hình phát triển Chính phủ số tháng 11/2023, tính đến ngày 30/11/2023, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của khối bộ, ngành đạt 89,2%, tăng 2,5 điểm phần trăm so với tháng 10; của khối địa phương đạt 91,5%.

Trong khối bộ, ngành, Bộ Công an đã đạt 100%; Bộ Tài chính cung cấp 586 dịch vụ công trực tuyến toàn trình, nhiều nhất trong các bộ.

Mục tiêu đến hết năm 2023 là 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Hải Vân""",
        "2023-12-08",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2023-11-30", 89.2),
            ("full_process_provision_rate", "localities", "as_of", "2023-11-30", 91.5),
        ],
    ),
    # 31. Đề án 06 task force meeting (November 2024): share of dossiers tied to a personal ID number in October, essential services at 31/10/2024.
    #     Traps: the Health ministry's own list (9/10), the 12 remaining services, meetings and documents, deadline.
    (
        """Tổ công tác Đề án 06: Còn 12 dịch vụ công thiết yếu chưa hoàn thành

Báo Điện tử Chính phủ - 12/11/2024

Chiều 11/11, Tổ công tác triển khai Đề án 06 của Chính phủ họp phiên thường kỳ tháng 11. Theo báo cáo, tính đến ngày 31/10/2024, các bộ, ngành, địa phương đã cung cấp trực tuyến toàn trình 64/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia; 12 dịch vụ còn lại đang được đẩy nhanh tiến độ. Trong tháng 10/2024, tỷ lệ hồ sơ thủ tục hành chính có gắn mã số định danh cá nhân trên cả nước đạt 92,7%.

Đối với từng bộ, Bộ Y tế đã hoàn thành 9/10 dịch vụ công thiết yếu được giao. Từ đầu năm, Tổ công tác đã tổ chức 10 phiên họp và ban hành 23 văn bản chỉ đạo.

Tổ công tác yêu cầu hoàn thành toàn bộ 76 dịch vụ công thiết yếu trước ngày 31/12/2024.

Thành Chung""",
        "2024-11-12",
        [
            ("essential_services_full_process", "national", "as_of", "2024-10-31", 64.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-10-31", 92.7),
        ],
    ),
    # 32. Planning and Investment ministry on online business registration (Feb 2024); the nationwide full-process dossier share of 2023 quoted from the Government Office.
    #     Traps: the ministry's own online share and registrations via VNeID, Singapore's 15 minutes, target.
    (
        """Đăng ký doanh nghiệp qua mạng: Gần như toàn bộ hồ sơ đã được nộp trực tuyến

Báo Đầu tư - 22/02/2024

Theo Cục Quản lý đăng ký kinh doanh (Bộ Kế hoạch và Đầu tư), năm 2023, 98,6% hồ sơ đăng ký doanh nghiệp trên cả nước được nộp qua mạng điện tử; đã có 15.300 hồ sơ sử dụng tài khoản định danh điện tử VNeID để xác thực. Tỷ lệ hồ sơ trực tuyến toàn trình của các thủ tục thuộc thẩm quyền của Bộ đạt 92,4%.

Theo Văn phòng Chính phủ, năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 38,2%. So với Singapore, nơi doanh nghiệp có thể được cấp đăng ký chỉ trong 15 phút, thời gian xử lý ở Việt Nam vẫn còn dài hơn.

Năm 2024, Bộ Kế hoạch và Đầu tư phấn đấu rút ngắn thời gian đăng ký doanh nghiệp xuống còn 1 ngày làm việc.

Bảo Ngọc""",
        "2024-02-22",
        [
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 38.2),
        ],
    ),
    # 33. Thanh Hóa provincial social-insurance office (Sept 2024): its own e-transactions; activated VNeID accounts in the province at 31/8/2024 quoted from the provincial police.
    #     Traps: the office's own e-transaction share and VssID users, one district's accounts, target.
    (
        """BHXH tỉnh Thanh Hóa: 99,7% hồ sơ được giao dịch điện tử

Báo Thanh Hóa - 18/09/2024

8 tháng đầu năm 2024, BHXH tỉnh Thanh Hóa đã tiếp nhận, giải quyết 1,36 triệu hồ sơ, trong đó 99,7% hồ sơ được giao dịch điện tử. Ứng dụng VssID hiện có 2,1 triệu người dùng trên địa bàn tỉnh.

Ngành BHXH tỉnh đã phối hợp với Công an tỉnh làm sạch dữ liệu người tham gia, hướng dẫn người dân sử dụng thẻ BHYT trên ứng dụng VNeID. Theo Công an tỉnh, tính đến ngày 31/8/2024, toàn tỉnh đã kích hoạt 2.412.563 tài khoản định danh điện tử; huyện Thọ Xuân có tỷ lệ kích hoạt cao nhất với 186.204 tài khoản.

BHXH tỉnh phấn đấu đến cuối năm 2024 có 2,5 triệu người sử dụng VssID.

Lê Hà""",
        "2024-09-18",
        [
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2024-08-31", 2412563.0),
        ],
    ),
    # 34. Telecom authority and operators (March 2025): nationwide 5G stations and population coverage at end-February 2025.
    #     Traps: Viettel's and VNPT's own stations, Viettel's 5G download and upload speeds, industrial parks covered, 2025 target.
    (
        """5G Việt Nam sau 5 tháng thương mại hóa: Hơn 10.250 trạm phát sóng

VnExpress - Thứ Năm, 20/3/2025, 10:05 (GMT+7)

Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 2/2025, cả nước có hơn 10.250 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 26% dân số.

Trong đó, Viettel là nhà mạng có hạ tầng lớn nhất với hơn 7.000 trạm, phủ sóng 5G tại 90% khu công nghiệp trên cả nước; VNPT đã lắp đặt khoảng 1.800 trạm. Theo đo kiểm nội bộ của Viettel, tốc độ tải xuống trung bình trên mạng 5G của nhà mạng đạt 400 Mbps, tốc độ tải lên đạt 120 Mbps.

Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 vùng phủ 5G đạt 90% dân số.

Lưu Quý""",
        "2025-03-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 10250.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-02-28", 26.0),
        ],
    ),
    # 35. Police piece on the population database (Oct 2024): NDXP's current daily average and connection points "hiện nay/tới nay" (page date).
    #     Traps: population-database requests and VNeID log-ins (no id), Bộ Công an's own exchanges, "tăng 40%".
    (
        """Cơ sở dữ liệu quốc gia về dân cư: "Trái tim" của Chính phủ số

CAND Online - 25/10/2024

Từ khi vận hành đến nay, Cơ sở dữ liệu quốc gia về dân cư do Bộ Công an quản lý đã tiếp nhận hơn 1,9 tỷ yêu cầu tra cứu, xác thực thông tin từ các bộ, ngành, địa phương; ứng dụng VNeID có 24,5 triệu lượt đăng nhập mỗi tháng. Riêng Bộ Công an đã trao đổi 420 triệu lượt dữ liệu với các hệ thống bên ngoài, tăng 40% so với năm 2023.

Cơ sở dữ liệu dân cư được chia sẻ qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP). Hiện nay, NDXP đạt trung bình 3,9 triệu giao dịch mỗi ngày; tới nay nền tảng đã thiết lập 162 điểm kết nối giữa các hệ thống, cơ sở dữ liệu.

Hồng Phúc""",
        "2024-10-25",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-25", 3900000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-10-25", 162.0),
        ],
    ),
    # 36. Construction ministry portal (April 2024): its own services; the March 2024 share of online services with dossiers, ministries vs localities.
    #     Traps: the ministry's own full-process count and share with dossiers, its rank, target.
    (
        """BỘ XÂY DỰNG
Cổng thông tin điện tử

Nâng cao hiệu quả khai thác dịch vụ công trực tuyến

15/04/2024

Bộ Xây dựng hiện cung cấp 52 dịch vụ công trực tuyến toàn trình; trong tháng 3/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của Bộ đạt 63,5%, xếp thứ 6 trong khối bộ, ngành.

Theo số liệu của Hệ thống EMC, tháng 3/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của khối bộ, ngành đạt 48,2%, khối địa phương đạt 39,6%. Nhiều dịch vụ công trực tuyến được cung cấp nhưng chưa có người sử dụng.

Bộ Xây dựng phấn đấu năm 2024 có ít nhất 80% dịch vụ công trực tuyến phát sinh hồ sơ.

Trung tâm Thông tin""",
        "2024-04-15",
        [
            ("dvctt_with_dossiers_rate", "ministries", "month", "2024-03-31", 48.2),
            ("dvctt_with_dossiers_rate", "localities", "month", "2024-03-31", 39.6),
        ],
    ),
    # 37. Lâm Đồng, 9 months of 2024: the province's online and full-process dossier shares (ytd).
    #     Traps: the Justice department's 100%, the provincial tax department's own share, Đà Lạt city's rate, target.
    (
        """Lâm Đồng: Tỷ lệ hồ sơ trực tuyến 9 tháng đạt 78,3%

Báo Lâm Đồng - 14/10/2024

Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng đạt 78,3%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,6%.

Một số cơ quan đạt tỷ lệ cao như Sở Tư pháp (100% hồ sơ trực tuyến), Cục Thuế tỉnh (99,9% hồ sơ khai thuế điện tử). Thành phố Đà Lạt dẫn đầu khối cấp huyện với tỷ lệ hồ sơ trực tuyến 88,2%.

Tỉnh phấn đấu đến cuối năm 2024 đạt tỷ lệ hồ sơ trực tuyến toàn trình trên 60%.

K'Linh""",
        "2024-10-14",
        [
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2024-09-30", 78.3),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2024-09-30", 52.6),
        ],
    ),
    # 38. Social-insurance agency on health-insurance checks with chip cards (March 2024); nationwide chip cards issued at 15/3/2024.
    #     Traps: clinics using chip cards and their share, look-ups of insurance cards, the agency's own full-process services, target.
    (
        """Khám chữa bệnh BHYT bằng CCCD gắn chip: Hơn 45 triệu lượt tra cứu thành công

Báo Bảo hiểm xã hội - 22/03/2024

Theo BHXH Việt Nam, đến nay đã có 12.962 cơ sở khám, chữa bệnh BHYT trên toàn quốc triển khai khám chữa bệnh bằng thẻ Căn cước công dân gắn chip, chiếm 99,6% tổng số cơ sở; đã có hơn 45,3 triệu lượt tra cứu thông tin thẻ BHYT bằng số định danh cá nhân thành công. Ngành BHXH cung cấp 100% thủ tục thuộc thẩm quyền dưới dạng dịch vụ công trực tuyến toàn trình.

Theo Bộ Công an, tính đến ngày 15/3/2024, cả nước đã cấp 86,1 triệu thẻ Căn cước công dân gắn chip, tạo điều kiện để người dân không phải mang theo thẻ BHYT giấy khi đi khám bệnh.

BHXH Việt Nam phấn đấu năm 2024 có 100% cơ sở khám, chữa bệnh tiếp đón người bệnh bằng thẻ Căn cước công dân gắn chip hoặc VNeID.

Phương Thảo""",
        "2024-03-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 86100000.0),
        ],
    ),
    # 39. Hà Nội city police and the nationwide count (July 2025): activated VNeID accounts at 30/6/2025, national and in Hà Nội.
    #     Traps: level-2 sub-count after "trong đó", one ward's accounts, the city police's own online dossiers, target.
    (
        """Hà Nội dẫn đầu cả nước về số tài khoản định danh điện tử được kích hoạt

Hànộimới - 05/07/2025

Theo Bộ Công an, tính đến ngày 30/6/2025, cả nước có 66,5 triệu tài khoản định danh điện tử đã được kích hoạt. Cùng thời điểm, Công an thành phố Hà Nội đã kích hoạt 6.214.809 tài khoản định danh điện tử cho công dân trên địa bàn, trong đó tài khoản mức độ 2 là 5.380.120.

Phường Cầu Giấy là một trong những đơn vị có kết quả tốt với 112.450 tài khoản được kích hoạt. Trong 6 tháng đầu năm 2025, Công an thành phố đã tiếp nhận 1,8 triệu hồ sơ dịch vụ công trực tuyến, tỷ lệ toàn trình đạt 98,9%.

Công an thành phố phấn đấu đến hết năm 2025 hoàn thành kích hoạt tài khoản định danh điện tử cho 100% công dân đủ điều kiện.

Ngọc Thủy""",
        "2025-07-05",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 66500000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2025-06-30", 6214809.0),
        ],
    ),
    # 40. Health ministry's conclusion notice saved without a sidecar; the notice date and "tính đến ngày 31/5/2024" date the nationwide chip cards and activated accounts.
    #     Traps: the ministry's own full-process share, health books and clinics (no id), tasks assigned, deadlines.
    (
        """BỘ Y TẾ
Số: 512/TB-BYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2024

THÔNG BÁO
Kết luận của Thứ trưởng tại Hội nghị sơ kết triển khai Đề án 06 trong ngành y tế

Ngày 07/6/2024, Thứ trưởng Bộ Y tế chủ trì Hội nghị sơ kết triển khai Đề án 06 trong ngành y tế. Sau khi nghe báo cáo và ý kiến của các đại biểu, Thứ trưởng kết luận như sau:

1. Đánh giá chung: Bộ Y tế đã cung cấp 128 dịch vụ công trực tuyến toàn trình, đạt 63,7% tổng số thủ tục hành chính của Bộ; đã có 14,2 triệu sổ sức khỏe điện tử được tạo lập trên VNeID. Theo số liệu của Bộ Công an, tính đến ngày 31/5/2024, cả nước đã cấp 86,4 triệu thẻ Căn cước công dân gắn chip và kích hoạt 52,8 triệu tài khoản định danh điện tử, là điều kiện thuận lợi để ngành y tế mở rộng các tiện ích.

2. Nhiệm vụ thời gian tới: Cục Công nghệ thông tin chủ trì hoàn thành 12 nhiệm vụ được giao trước ngày 30/9/2024; phấn đấu 100% cơ sở khám, chữa bệnh sử dụng CCCD gắn chip thay thẻ BHYT.

Văn phòng Bộ xin thông báo để các đơn vị biết, thực hiện./.

TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-05-31", 86400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-05-31", 52800000.0),
        ],
    ),
    # 41. Cần Thơ, 7 months of 2024: the city's full-process dossier share (ytd).
    #     Traps: VNPT Cần Thơ's accounts supported (operator), the city tax department's own share, Ninh Kiều district's rate, target.
    (
        """Cần Thơ: 7 tháng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,9%

Báo Cần Thơ - 20/08/2024

Theo UBND thành phố Cần Thơ, trong 7 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 58,9%. Cục Thuế thành phố tiếp tục dẫn đầu về ứng dụng công nghệ với 99,6% hồ sơ khai thuế điện tử; quận Ninh Kiều có tỷ lệ hồ sơ trực tuyến toàn trình 71,4%.

VNPT Cần Thơ đã hỗ trợ hơn 120.000 người dân cài đặt và sử dụng dịch vụ công trực tuyến, đồng thời triển khai 85 điểm hỗ trợ tại bộ phận một cửa cấp xã.

Thành phố phấn đấu đến cuối năm 2024 đạt tỷ lệ hồ sơ trực tuyến toàn trình 65%.

Gia Bảo""",
        "2024-08-20",
        [
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2024-07-31", 58.9),
        ],
    ),
    # 42. Government Office year-end review (January 2024): national share of procedures offered online at 31/12/2023 and, after "trong đó", the full-process share (another id).
    #     Traps: "tăng 5,3 điểm phần trăm", one ministry's own share (Bộ Tư pháp), procedures cut (of one ministry, no national count), target.
    (
        """Năm 2023: Hơn 81% thủ tục hành chính đã được cung cấp trực tuyến

Chinhphu.vn - 25/01/2024

Theo Văn phòng Chính phủ, tính đến ngày 31/12/2023, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến của cả nước đạt 81,2%, tăng 5,3 điểm phần trăm so với cuối năm 2022; trong đó dịch vụ công trực tuyến toàn trình chiếm 46,8% tổng số thủ tục hành chính.

Trong khối bộ, ngành, Bộ Tư pháp đạt tỷ lệ cung cấp dịch vụ công trực tuyến 92%, đã cắt giảm 47 thủ tục hành chính trong năm.

Năm 2024, Chính phủ đặt mục tiêu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2024-01-25",
        [
            ("dvctt_rate", "national", "as_of", "2023-12-31", 81.2),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 46.8),
        ],
    ),
    # 43. State Bank year-end conference (January 2025): adults with an account at end-2024; Mobile Money customers "hiện có" (page date).
    #     Traps: QR payment growth, NHNN's own online-service share, Cambodia's share, one bank's customers, 2025 target.
    (
        """NHNN triển khai nhiệm vụ ngân hàng năm 2025

Thời báo Ngân hàng - 10/01/2025

Tại Hội nghị triển khai nhiệm vụ ngân hàng năm 2025 diễn ra ngày 9/1, Thống đốc NHNN cho biết, đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản tại ngân hàng đạt 87,9%. Giao dịch thanh toán qua QR code tăng 76% về số lượng so với năm 2023. Dịch vụ Mobile Money hiện có 10,7 triệu khách hàng, phần lớn ở khu vực nông thôn, vùng sâu, vùng xa. Riêng Vietcombank có hơn 20 triệu khách hàng cá nhân sử dụng ngân hàng số.

Trong công tác cải cách hành chính, 100% thủ tục hành chính đủ điều kiện của NHNN được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến năm 2024 của NHNN đạt 86,2%. Theo Ngân hàng Thế giới, tỷ lệ này ở Campuchia mới đạt khoảng 33%.

Năm 2025, ngành Ngân hàng phấn đấu tỷ lệ người trưởng thành có tài khoản đạt trên 90%.

Hà Linh""",
        "2025-01-10",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.9),
            ("mobile_money_customers", "national", "as_of", "2025-01-10", 10700000.0),
        ],
    ),
    # 44. Police portal on VNeID log-in to the National Portal (April 2025): portal accounts at 31/3/2025 and dossiers on the portal in Q1/2025.
    #     Traps: accounts using VNeID after "trong đó", Bộ Công an's own portal dossiers and full-process share, growth.
    (
        """Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID: Thuận tiện, an toàn

Cổng TTĐT Bộ Công an - 08/04/2025

Tính đến ngày 31/3/2025, Cổng Dịch vụ công quốc gia có 13,6 triệu tài khoản đăng ký, trong đó 9,4 triệu tài khoản đăng nhập bằng tài khoản định danh điện tử VNeID. Trong quý I/2025, Cổng đã tiếp nhận 4,2 triệu hồ sơ trực tuyến, tăng 21% so với cùng kỳ năm 2024.

Tại Bộ Công an, Cổng dịch vụ công của Bộ trong quý I/2025 tiếp nhận 3,1 triệu hồ sơ, tỷ lệ hồ sơ trực tuyến toàn trình đạt 98,3%.

Phòng Truyền thông""",
        "2025-04-08",
        [
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 13600000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 4200000.0),
        ],
    ),
]
