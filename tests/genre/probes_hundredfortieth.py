"""Genre probes, round 140: one ministry's or agency's own digital transformation beside the national figures it reports, written blind.

First reading (the stop's start code 53696a2 read it): 99 of 121 right, 99 of 102 found (0.82 / 0.97). Fitted after that reading (stop 48): an indicator a single body also has of its own is that body's when it is the sentence's subject, scene or named owner (etl/agency_figures.py, catalog 'agencies_have'): 99 of 103, 99 of 102.
"""

CASES = [
    # 1. CAND year-end article on Đề án 06 (2023): national chip cards, activated VNeID accounts and essential services at 31/12/2023.
    #    Traps: "cấp 76,1 triệu tài khoản" (issued, not activated), Bộ Công an's own portal dossiers and full-process rate, "tăng 21 điểm phần trăm", plans/documents, 2024 targets.
    (
        """CÔNG AN NHÂN DÂN ONLINE
Thời sự | Thứ Bảy, 06/01/2024 07:15

Đề án 06 năm 2023: Dữ liệu dân cư trở thành "nguồn sống" của chính quyền số

Năm 2023 là năm bản lề trong triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 (Đề án 06). Với vai trò nòng cốt, lực lượng Công an nhân dân đã cùng các bộ, ngành, địa phương tạo ra nhiều chuyển biến rõ nét.

Theo báo cáo của Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), tính đến ngày 31/12/2023, toàn lực lượng đã thu nhận hồ sơ và cấp 85,6 triệu thẻ Căn cước công dân gắn chip điện tử; cấp 76,1 triệu tài khoản định danh điện tử, trong đó đã kích hoạt 48,2 triệu tài khoản. Cũng đến hết năm 2023, các bộ, ngành, địa phương đã cung cấp 45/53 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia.

Đối với thủ tục hành chính thuộc thẩm quyền, trong năm 2023, Cổng Dịch vụ công Bộ Công an đã tiếp nhận hơn 5,8 triệu hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,4%, tăng 21 điểm phần trăm so với năm 2022. Bộ Công an đã ban hành 12 kế hoạch, 36 văn bản hướng dẫn Công an các đơn vị, địa phương triển khai.

Năm 2024, Bộ Công an phấn đấu 100% tài khoản định danh điện tử đã cấp được kích hoạt và hoàn thành cung cấp toàn bộ 53 dịch vụ công thiết yếu; 8 dịch vụ còn lại phải được đưa lên Cổng Dịch vụ công quốc gia trong quý I/2024.

NGUYỄN HOÀNG""",
        "2024-01-06",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 85600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 48200000.0),
            ("essential_services_full_process", "national", "as_of", "2023-12-31", 45.0),
        ],
    ),
    # 2. Tax administration press conference after one year of nationwide e-invoices: cumulative e-invoices at 30/6/2023.
    #    Traps: "trong đó" coded/uncoded split, daily average (derived), number of businesses, cash-register invoices (sub-count), petrol stations, year-end target.
    (
        """Tổng cục Thuế: Hóa đơn điện tử sau một năm triển khai trên toàn quốc

(TBTCO) - Ngày 11/7/2023, Tổng cục Thuế tổ chức họp báo sơ kết một năm triển khai hóa đơn điện tử trên phạm vi toàn quốc theo Nghị định số 123/2020/NĐ-CP và Thông tư số 78/2021/TT-BTC.

Theo Tổng cục Thuế, tính đến hết ngày 30/6/2023, hệ thống hóa đơn điện tử đã tiếp nhận và xử lý 4,31 tỷ hóa đơn, trong đó có 1,28 tỷ hóa đơn có mã của cơ quan thuế và 3,03 tỷ hóa đơn không có mã. Bình quân mỗi ngày hệ thống xử lý khoảng 11,8 triệu hóa đơn. Hiện có khoảng 1,42 triệu doanh nghiệp, tổ chức, hộ kinh doanh đang sử dụng hóa đơn điện tử.

Từ tháng 4/2023, ngành Thuế triển khai hóa đơn điện tử khởi tạo từ máy tính tiền. Đến nay đã có 28.600 cơ sở kinh doanh đăng ký áp dụng, với hơn 96 triệu hóa đơn được khởi tạo. Đối với lĩnh vực xăng dầu, 100% cửa hàng của các doanh nghiệp đầu mối đã xuất hóa đơn điện tử theo từng lần bán hàng.

Đại diện Tổng cục Thuế cho biết, hóa đơn điện tử giúp doanh nghiệp tiết kiệm chi phí in ấn, lưu trữ, đồng thời là cơ sở dữ liệu quan trọng để cơ quan thuế phân tích rủi ro, chống gian lận. Ngành Thuế đặt mục tiêu đến cuối năm 2023 có ít nhất 50.000 cơ sở kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Minh Anh""",
        "2023-07-12",
        [
            ("e_invoices_total", "national", "as_of", "2023-06-30", 4310000000.0),
        ],
    ),
    # 3. Social insurance agency's own digital transformation; one nationwide figure quoted from Bộ Công an with "đến nay".
    #    Traps: BHXH's own full-process share and e-transaction rate, VssID users, demographic records matched, clinics using chip cards, look-ups, target.
    (
        """BHXH Việt Nam đẩy mạnh chuyển đổi số, lấy người dân làm trung tâm

15/03/2024 09:30

Thời gian qua, Bảo hiểm xã hội (BHXH) Việt Nam đã xác định chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt. Toàn ngành đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ giao dịch điện tử của ngành đạt 99,6%. Ứng dụng VssID - BHXH số đã có 37,8 triệu người cài đặt và sử dụng.

Thực hiện Đề án 06, ngành BHXH đã đối chiếu, xác thực 93,6 triệu thông tin nhân khẩu với Cơ sở dữ liệu quốc gia về dân cư; 12.900 cơ sở khám, chữa bệnh (đạt 98,9%) đã triển khai khám, chữa bệnh bảo hiểm y tế bằng thẻ Căn cước công dân gắn chip, với hơn 78 triệu lượt tra cứu thông tin thẻ thành công.

Theo Bộ Công an, đến nay cả nước đã cấp hơn 86 triệu thẻ Căn cước công dân gắn chip. Đây là điều kiện thuận lợi để ngành BHXH tiếp tục mở rộng tiện ích, tiến tới người dân chỉ cần sử dụng thẻ Căn cước công dân hoặc ứng dụng VNeID khi đi khám, chữa bệnh.

Năm 2024, BHXH Việt Nam phấn đấu 100% cơ sở khám, chữa bệnh triển khai sử dụng thẻ Căn cước công dân gắn chip và tích hợp thông tin thẻ BHYT lên VNeID cho 100% người tham gia.

Hương Giang""",
        "2024-03-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-15", 86000000.0),
        ],
    ),
    # 4. State Bank press briefing on cashless payments: adults with accounts at end-June, Mobile Money customers at 31/7/2024.
    #    Traps: growth of cashless/Internet/QR transactions, "trong đó 68%" rural, one operator's (Viettel Money) customers, NHNN's own full-process and online-dossier rates, target.
    (
        """Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh

Thứ Sáu, 20/09/2024 10:05

(Chinhphu.vn) - Tại buổi họp báo chiều 19/9, Ngân hàng Nhà nước Việt Nam (NHNN) cho biết hoạt động thanh toán không dùng tiền mặt tiếp tục đạt kết quả tích cực.

Lũy kế 8 tháng đầu năm 2024, thanh toán không dùng tiền mặt tăng 57,6% về số lượng và 33,8% về giá trị so với cùng kỳ năm 2023; trong đó giao dịch qua kênh Internet tăng 61,5% về số lượng, qua phương thức QR code tăng 82,9%.

Đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%. Về dịch vụ Mobile Money, tính đến ngày 31/7/2024 đã có 9,3 triệu khách hàng đăng ký sử dụng, trong đó 68% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money có khoảng 6,1 triệu khách hàng.

Đối với công tác cải cách hành chính của ngành, NHNN đã cung cấp dịch vụ công trực tuyến toàn trình đối với 100% thủ tục hành chính đủ điều kiện; tỷ lệ hồ sơ trực tuyến của NHNN đạt 96,5%.

Theo Chiến lược tài chính toàn diện quốc gia, đến năm 2030 phấn đấu có ít nhất 90% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác.""",
        "2024-09-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.08),
            ("mobile_money_customers", "national", "as_of", "2024-07-31", 9300000.0),
        ],
    ),
    # 5. Government Office monthly report excerpt (April 2024): National Portal flows of the month and cumulative levels at 30/4; ministries vs localities online-dossier rates.
    #    Traps: month-on-month growth, one ministry's dossiers (Bộ Công an), documents handled and meetings held.
    (
        """II. KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN

1. Trên Cổng Dịch vụ công quốc gia

Trong tháng 4/2024, Cổng Dịch vụ công quốc gia có thêm 215.430 tài khoản đăng ký mới; tiếp nhận 1.086.520 hồ sơ trực tuyến; thực hiện 2.315.460 giao dịch thanh toán trực tuyến với số tiền 618 tỷ đồng. Lũy kế đến ngày 30/4/2024, Cổng có 12.842.560 tài khoản đăng ký; thực hiện 58,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 14.356 tỷ đồng.

2. Tình hình xử lý hồ sơ trực tuyến

Tỷ lệ hồ sơ xử lý trực tuyến trong tháng của các bộ, ngành đạt 86,7%; của các địa phương đạt 43,2%. Số lượng hồ sơ trực tuyến tăng 12,4% so với tháng 3/2024. Riêng Bộ Công an tiếp nhận 520.000 hồ sơ trực tuyến, chiếm gần một nửa tổng số hồ sơ của các bộ, ngành.

3. Hoạt động của Văn phòng Chính phủ

Trong tháng, Văn phòng Chính phủ đã xử lý 1.250 văn bản điện tử trên Hệ thống quản lý văn bản và điều hành, phục vụ 3 phiên họp Chính phủ không giấy tờ.""",
        "2024-05-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 215430.0),
            ("national_portal_dossiers_new", "national", "month", "2024-04-30", 1086520.0),
            ("online_payments_count_new", "national", "month", "2024-04-30", 2315460.0),
            ("online_payments_value_new", "national", "month", "2024-04-30", 618.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 12842560.0),
            ("online_payments_count", "national", "as_of", "2024-04-30", 58200000.0),
            ("online_payments_value", "national", "as_of", "2024-04-30", 14356.0),
            ("online_dossier_rate", "ministries", "month", "2024-04-30", 86.7),
            ("online_dossier_rate", "localities", "month", "2024-04-30", 43.2),
        ],
    ),
    # 6. State Treasury article: its own online services, and the National Portal's cumulative online payments at 30/9/2023 that it helps settle.
    #    Traps: Treasury's own dossiers and rate, units registered, "trong đó" budget revenue through the Treasury, 2024 target.
    (
        """Kho bạc Nhà nước: 100% đơn vị giao dịch tham gia dịch vụ công trực tuyến

18/10/2023

9 tháng đầu năm 2023, Kho bạc Nhà nước (KBNN) đã tiếp nhận và xử lý hơn 1,7 triệu hồ sơ trực tuyến của các đơn vị sử dụng ngân sách; tỷ lệ hồ sơ giao dịch qua dịch vụ công trực tuyến của KBNN đạt 99,6%. Hiện 100% đơn vị giao dịch với KBNN đã tham gia dịch vụ công trực tuyến, với hơn 68.000 đơn vị đăng ký tài khoản.

KBNN cũng là đầu mối phối hợp với Văn phòng Chính phủ và các ngân hàng thương mại triển khai thanh toán trực tuyến nghĩa vụ tài chính trên Cổng Dịch vụ công quốc gia. Tính đến ngày 30/9/2023, Cổng Dịch vụ công quốc gia đã ghi nhận 42,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 10.120 tỷ đồng, trong đó số thu ngân sách nhà nước nộp qua KBNN đạt khoảng 3.870 tỷ đồng.

Năm 2024, KBNN đặt mục tiêu tiếp tục hiện đại hóa, phấn đấu 100% khoản chi ngân sách được thanh toán điện tử và triển khai thí điểm chứng từ điện tử với các đơn vị ngoài ngân sách.

Lan Phương""",
        "2023-10-18",
        [
            ("online_payments_count", "national", "as_of", "2023-09-30", 42600000.0),
            ("online_payments_value", "national", "as_of", "2023-09-30", 10120.0),
        ],
    ),
    # 7. Ministry of Justice reviewing its own year of digital transformation: nothing national.
    #    Traps: the ministry's own full-process share and online-dossier share, services integrated, judicial-record applications via VNeID, civil-status records, plans and conferences, 2025 target.
    (
        """Bộ Tư pháp: Chuyển đổi số tạo chuyển biến rõ nét trong giải quyết thủ tục hành chính

27/12/2024 | 14:20

Năm 2024, Bộ Tư pháp đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình, tích hợp 51 dịch vụ công lên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ trực tuyến đạt 89,5% tổng số hồ sơ Bộ tiếp nhận.

Dịch vụ cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID đã được mở rộng ra 63 tỉnh, thành phố, tiếp nhận hơn 520.000 hồ sơ, giúp người dân không phải đến cơ quan nhà nước. Cơ sở dữ liệu hộ tịch điện tử toàn quốc đã có hơn 51 triệu dữ liệu hộ tịch được số hóa, kết nối với Cơ sở dữ liệu quốc gia về dân cư.

Trong năm, Bộ đã ban hành 14 kế hoạch, tổ chức 6 hội nghị tập huấn về chuyển đổi số cho cán bộ tư pháp các cấp. Năm 2025, Bộ Tư pháp phấn đấu 100% hồ sơ thủ tục hành chính của Bộ được tiếp nhận, giải quyết trực tuyến.

Cổng Thông tin điện tử Bộ Tư pháp""",
        "2024-12-27",
        [],
    ),
    # 8. Customs agency (under MOF after 2025) on its own e-customs: nothing national.
    #    Traps: declarations cleared electronically, its own full-process and online rates, National Single Window counts, its own NDXP transactions, target.
    (
        """Hải quan số: 99,8% tờ khai được thông quan điện tử

10/06/2025 | Báo Hải quan

5 tháng đầu năm 2025, Hệ thống thông quan tự động VNACCS/VCIS đã xử lý 8,1 triệu tờ khai, trong đó 99,8% tờ khai được thông quan điện tử. Cục Hải quan đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến của ngành đạt 99,8%.

Trên Cơ chế một cửa quốc gia, đã có 250 thủ tục hành chính của 13 bộ, ngành được kết nối, với hơn 6,3 triệu hồ sơ của 74.000 doanh nghiệp. Cục Hải quan cũng đã kết nối, chia sẻ dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) với 2,4 triệu giao dịch từ đầu năm.

Thời gian tới, Cục Hải quan đặt mục tiêu xây dựng hải quan số, hải quan thông minh, phấn đấu đến năm 2026 thông quan 100% hàng hóa qua hệ thống mới.

Quang Hùng""",
        "2025-06-10",
        [],
    ),
    # 9. CAND piece on one province's police (Thanh Hóa): chip cards and activated VNeID accounts in the province at 15/4/2024.
    #    Traps: level-2 sub-count after "trong đó", one district's figure, police-sector full-process rate, target for 30/6.
    (
        """Công an Thanh Hóa về đích sớm nhiều chỉ tiêu của Đề án 06

Cập nhật: 22/04/2024 06:45

CAND - Xác định Đề án 06 là nhiệm vụ chính trị trọng tâm, thời gian qua Công an tỉnh Thanh Hóa đã huy động tối đa lực lượng, phương tiện, làm việc cả ngày nghỉ để phục vụ nhân dân.

Tính đến ngày 15/4/2024, Công an tỉnh Thanh Hóa đã cấp 3.126.480 thẻ Căn cước công dân gắn chip cho công dân đủ điều kiện trên địa bàn; đã kích hoạt 2.052.300 tài khoản định danh điện tử, trong đó tài khoản mức độ 2 là 1.738.900. Tại huyện Quảng Xương, 100% công dân đủ điều kiện đã được cấp thẻ, kích hoạt 112.500 tài khoản định danh điện tử.

Tỷ lệ hồ sơ trực tuyến toàn trình đối với các thủ tục hành chính thuộc lĩnh vực công an trên địa bàn tỉnh đạt 91,2%. Công an tỉnh phấn đấu đến ngày 30/6/2024 kích hoạt 2,5 triệu tài khoản định danh điện tử.

Lê Hải""",
        "2024-04-22",
        [
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2024-04-15", 3126480.0),
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2024-04-15", 2052300.0),
        ],
    ),
    # 10. Government task force on Đề án 06, July 2024 meeting: essential services of the 76-list at 31/7, share of dossiers tied to personal ID in July.
    #    Traps: remaining services, one ministry's own list (Bộ Công an 27/28), documents issued, deadline target.
    (
        """Tổ công tác triển khai Đề án 06 của Chính phủ họp phiên tháng 7/2024

(Chinhphu.vn) - Chiều 7/8, tại trụ sở Bộ Công an, Tổ công tác triển khai Đề án 06 của Chính phủ đã họp phiên thường kỳ tháng 7/2024.

Báo cáo tại cuộc họp cho biết, tính đến ngày 31/7/2024, đã có 29/76 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 47 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện. Trong tháng 7/2024, tỷ lệ hồ sơ thủ tục hành chính được gắn với mã số định danh cá nhân đạt 81,3%. Riêng Bộ Công an đã cung cấp 27/28 dịch vụ công thiết yếu thuộc thẩm quyền.

Trong tháng, Tổ công tác đã ban hành 5 văn bản đôn đốc, hướng dẫn các bộ, ngành, địa phương. Tổ công tác yêu cầu các bộ, ngành hoàn thành cung cấp toàn bộ 76 dịch vụ công thiết yếu trước ngày 30/9/2024.""",
        "2024-08-08",
        [
            ("essential_services_full_process", "national", "as_of", "2024-07-31", 29.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-07-31", 81.3),
        ],
    ),
    # 11. Banking article on biometric checks (from 1/7/2024), quoting the nationwide chip-card total with "hiện".
    #    Traps: customer records checked (no id), one bank's (Vietcombank) figure, remaining records.
    (
        """Hơn 36 triệu hồ sơ khách hàng đã được đối chiếu sinh trắc học

Thứ Ba, 02/07/2024 08:40 (GMT+7)

Từ ngày 1/7/2024, theo Quyết định 2345/QĐ-NHNN, các giao dịch chuyển tiền trực tuyến trên 10 triệu đồng hoặc tổng giao dịch trong ngày trên 20 triệu đồng phải được xác thực bằng sinh trắc học.

Theo Ngân hàng Nhà nước, đến hết ngày 30/6/2024, các ngân hàng đã đối chiếu thông tin sinh trắc học cho hơn 36,1 triệu hồ sơ khách hàng cá nhân qua thẻ Căn cước công dân gắn chip hoặc ứng dụng VNeID. Riêng Vietcombank đã hoàn thành đối chiếu cho khoảng 4,3 triệu khách hàng.

Đại diện NHNN cho biết việc đối chiếu được thực hiện khá thuận lợi vì hiện Bộ Công an đã cấp gần 87,2 triệu thẻ Căn cước công dân gắn chip cho công dân trên cả nước. Số khách hàng chưa cập nhật sinh trắc học vẫn có thể giao dịch tại quầy hoặc chuyển khoản dưới hạn mức.

Thanh Hà""",
        "2024-07-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-07-02", 87200000.0),
        ],
    ),
    # 12. Ministry of Finance year-end conference (January 2025): nationwide e-invoices at 31/12/2024.
    #    Traps: budget revenue, MOF's own full-process/online-dossier rates, e-filing shares, cash-register sub-count after "trong đó", 2025 targets.
    (
        """Bộ Tài chính triển khai nhiệm vụ năm 2025

09/01/2025 | 16:32

Ngày 8/1, Bộ Tài chính tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025. Năm 2024, thu ngân sách nhà nước đạt hơn 2,03 triệu tỷ đồng, vượt 19,1% dự toán.

Về chuyển đổi số, Bộ Tài chính đã cung cấp dịch vụ công trực tuyến toàn trình đối với 100% thủ tục hành chính đủ điều kiện; tỷ lệ hồ sơ trực tuyến trên Cổng Dịch vụ công Bộ Tài chính đạt 93,4%. Có 99,8% doanh nghiệp thực hiện khai thuế điện tử và 99% doanh nghiệp nộp thuế điện tử.

Tính đến ngày 31/12/2024, cơ quan thuế đã tiếp nhận và xử lý 9,87 tỷ hóa đơn điện tử, trong đó hóa đơn khởi tạo từ máy tính tiền là 1,02 tỷ hóa đơn.

Năm 2025, Bộ Tài chính đặt mục tiêu 100% hồ sơ thủ tục hành chính được số hóa, 100% hộ kinh doanh có doanh thu lớn sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Đức Minh""",
        "2025-01-09",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 9870000000.0),
        ],
    ),
    # 13. Government portal on the National Public Service Portal in 2023: year flows, accounts at end-2023, satisfaction in 2023.
    #    Traps: "tăng 68%" change, page views (no id), 2024 target.
    (
        """Cổng Dịch vụ công quốc gia năm 2023: Nhiều chỉ số tăng mạnh

Thứ Sáu, 12/01/2024 11:20

(Chinhphu.vn) - Năm 2023, Cổng Dịch vụ công quốc gia tiếp tục khẳng định vai trò là "điểm đến" duy nhất để người dân, doanh nghiệp thực hiện thủ tục hành chính trực tuyến.

Theo Văn phòng Chính phủ, năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 7,92 triệu hồ sơ trực tuyến, tăng 68% so với năm 2022; thực hiện 24,3 triệu giao dịch thanh toán trực tuyến với số tiền 6.845 tỷ đồng. Tính đến hết năm 2023, Cổng có 11,9 triệu tài khoản đăng ký và hơn 2,1 tỷ lượt truy cập.

Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính năm 2023 đạt 84,6%.

Năm 2024, Văn phòng Chính phủ phấn đấu 100% hồ sơ thủ tục hành chính được số hóa và 50% dịch vụ công được cung cấp trực tuyến toàn trình trên Cổng.""",
        "2024-01-12",
        [
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 7920000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 24300000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 6845.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 11900000.0),
            ("satisfaction_rate", "national", "year", "2023-12-31", 84.6),
        ],
    ),
    # 14. Monthly digital-government report (October 2023): full-process share split ministries/localities; national e-result and online-dossier rates.
    #    Traps: one named ministry (Bộ Tài chính), "tăng 2,4 điểm phần trăm".
    (
        """Theo số liệu giám sát trên Hệ thống đo lường chất lượng cung cấp dịch vụ công trực tuyến, tháng 10/2023, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 52,3%; của các địa phương đạt 38,6%. Riêng Bộ Tài chính, tỷ lệ này là 85,2%.

Cũng trong tháng 10/2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 31,5%, tăng 2,4 điểm phần trăm so với tháng 9; tỷ lệ hồ sơ được cấp kết quả điện tử trên toàn quốc đạt 41,8%.""",
        "2023-11-10",
        [
            ("dvctt_full_process_rate", "ministries", "month", "2023-10-31", 52.3),
            ("dvctt_full_process_rate", "localities", "month", "2023-10-31", 38.6),
            ("online_dossier_rate", "national", "month", "2023-10-31", 31.5),
            ("e_result_rate", "national", "month", "2023-10-31", 41.8),
        ],
    ),
    # 15. CAND on Đà Nẵng city police: activated accounts in the city at 30/6/2024; the city's online-dossier and e-result rates in H1 2024.
    #    Traps: police-sector online rate, one ward's accounts, target.
    (
        """Công an TP Đà Nẵng: Đề án 06 góp phần xây dựng chính quyền số

15/07/2024 07:30

CAND - Tính đến ngày 30/6/2024, Công an TP Đà Nẵng đã kích hoạt 836.420 tài khoản định danh điện tử cho công dân trên địa bàn. Riêng phường Hòa Minh (quận Liên Chiểu) đã kích hoạt 18.600 tài khoản, là đơn vị dẫn đầu thành phố.

6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn thành phố đạt 72,5%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 94,1%. Đối với các thủ tục hành chính lĩnh vực công an, tỷ lệ hồ sơ trực tuyến đạt 96,3%.

Công an thành phố phấn đấu đến cuối năm 2024 kích hoạt 950.000 tài khoản định danh điện tử, góp phần đưa Đà Nẵng tiếp tục dẫn đầu cả nước về chuyển đổi số.

Văn Đông""",
        "2024-07-15",
        [
            ("vneid_activated_accounts", "Đà Nẵng", "as_of", "2024-06-30", 836420.0),
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 72.5),
            ("e_result_rate", "Đà Nẵng", "half", "2024-06-30", 94.1),
        ],
    ),
    # 16. Statistics Office (under MOF) publishes official digital-economy figures: 2024 share and growth, 2023 share in parentheses.
    #     Traps: core digital economy sub-share after "trong đó", MOF's own DTI standing, 2025 target.
    (
        """Cục Thống kê công bố số liệu chính thức về kinh tế số

15/04/2025 08:10

(Chinhphu.vn) - Ngày 14/4/2025, Cục Thống kê (Bộ Tài chính) công bố kết quả đo lường giá trị tăng thêm của kinh tế số theo phương pháp thống nhất, làm cơ sở cho việc theo dõi các mục tiêu chuyển đổi số quốc gia.

Theo đó, năm 2024, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP của Việt Nam đạt 13,17% (năm 2023 là 12,33%), trong đó kinh tế số lõi (ICT) chiếm 8,55% và kinh tế số ngành chiếm 4,62%. Giá trị tăng thêm của kinh tế số năm 2024 tăng trưởng 13,42%, cao gần gấp đôi tốc độ tăng GDP.

Cũng trong năm 2024, Bộ Tài chính tiếp tục dẫn đầu khối các bộ, cơ quan ngang bộ có cung cấp dịch vụ công về Chỉ số chuyển đổi số (DTI) với 0,8346 điểm.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, Việt Nam phấn đấu đến năm 2025 kinh tế số chiếm 20% GDP; đến năm 2030 đạt 30% GDP.""",
        "2025-04-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2024-12-31", 13.42),
        ],
    ),
    # 17. CAND on VNeID at 8h 20/6/2024: activated accounts nationwide.
    #     Traps: level-2 sub-count, daily additions, activation rate (no id), utilities integrated, India's Aadhaar (another country).
    (
        """VNeID: Nền tảng số của mỗi người dân

Thứ Sáu, 21/06/2024 06:00

CAND - Theo Trung tâm Dữ liệu quốc gia về dân cư (Bộ Công an), tính đến 8h ngày 20/6/2024, hệ thống định danh và xác thực điện tử đã kích hoạt 57.236.120 tài khoản định danh điện tử cho công dân, trong đó tài khoản mức độ 2 là 50.118.900. Bình quân mỗi ngày có thêm khoảng 120.000 tài khoản được kích hoạt; tỷ lệ kích hoạt trên tổng số tài khoản đã cấp đạt 78,5%.

Ứng dụng VNeID hiện đã tích hợp 42 tiện ích, trong đó có giấy phép lái xe, thẻ bảo hiểm y tế, mã số thuế, thông tin người phụ thuộc... Người dân có thể dùng VNeID thay cho thẻ Căn cước công dân khi làm thủ tục lên máy bay nội địa, khám chữa bệnh.

Nhiều chuyên gia so sánh VNeID với hệ thống Aadhaar của Ấn Độ - nền tảng đã cấp hơn 1,3 tỷ mã định danh và trở thành "xương sống" của hạ tầng số quốc gia này.

Phạm Huy""",
        "2024-06-21",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-06-20", 57236120.0),
        ],
    ),
    # 18. State Bank on the Mobile Money pilot at end-2023, with the adults-with-account share at end-2023.
    #     Traps: rural sub-count after "trong đó", transaction value (no id), "tăng 47%", one operator (Viettel Money), pilot deadline.
    (
        """Mobile Money sau hơn hai năm thí điểm: Thêm một kênh đưa dịch vụ tài chính về nông thôn

05/02/2024

Theo báo cáo của Ngân hàng Nhà nước Việt Nam (NHNN), tính đến ngày 31/12/2023, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt 6,34 triệu, trong đó khoảng 4,4 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch qua Mobile Money trong năm 2023 đạt khoảng 3.150 tỷ đồng. So với cuối năm 2022, số khách hàng tăng 47%. Riêng Viettel Money có khoảng 4,2 triệu khách hàng.

NHNN cho biết, đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87%, vượt mục tiêu đề ra cho năm 2025.

Theo Quyết định số 316/QĐ-TTg, thời gian thí điểm Mobile Money kéo dài đến hết ngày 31/12/2024. NHNN đang phối hợp với các bộ, ngành tổng kết để đề xuất khung pháp lý chính thức.

Ngọc Mai""",
        "2024-02-05",
        [
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6340000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
        ],
    ),
    # 19. CAND: Bộ Công an leads the ministries on online services (9 months of 2024); only the nationwide online-dossier share is a value.
    #     Traps: the ministry's own dossiers, full-process share, procedures offered, fees collected online.
    (
        """Bộ Công an dẫn đầu khối bộ, ngành về cung cấp dịch vụ công trực tuyến

14/10/2024 | 07:20

CAND - 9 tháng đầu năm 2024, Cổng Dịch vụ công Bộ Công an đã tiếp nhận 7,1 triệu hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến toàn trình đạt 82,6%, cao nhất trong khối các bộ, ngành. Bộ đã cung cấp 256 thủ tục hành chính dưới hình thức dịch vụ công trực tuyến toàn trình, đạt 96,2% tổng số thủ tục đủ điều kiện. Số phí, lệ phí thu qua thanh toán trực tuyến trên Cổng đạt hơn 1.250 tỷ đồng.

Theo số liệu của Văn phòng Chính phủ, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc 9 tháng đầu năm 2024 đạt 41,5%; như vậy tỷ lệ của Bộ Công an cao gấp đôi mức bình quân chung.

Thời gian tới, Bộ Công an tiếp tục rà soát, cắt giảm thủ tục, phấn đấu đến hết năm 2024 có 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.

Hoàng Nam""",
        "2024-10-14",
        [
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 41.5),
        ],
    ),
    # 20. Year-in-review of Đề án 06 for 2024: chip cards and activated accounts at end-2024, undated essential-services level (year's end), share of dossiers with personal ID in 2024.
    #     Traps: "tăng 13,1 triệu" change, savings estimate (no id), 2025 targets.
    (
        """Đề án 06 năm 2024: Những dấu ấn nổi bật

03/01/2025 06:00

Năm 2024, Đề án 06 tiếp tục được Chính phủ, Thủ tướng Chính phủ chỉ đạo quyết liệt, với sự vào cuộc của cả hệ thống chính trị.

Tính đến hết năm 2024, lực lượng Công an đã cấp 89,6 triệu thẻ căn cước gắn chip; kích hoạt 61,3 triệu tài khoản định danh điện tử, tăng 13,1 triệu tài khoản so với cuối năm 2023. Các bộ, ngành, địa phương đã cung cấp 54/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia. Trong năm 2024, 92,6% hồ sơ thủ tục hành chính được gắn với mã số định danh cá nhân.

Việc sử dụng dữ liệu dân cư để thay thế giấy tờ ước tính giúp tiết kiệm cho xã hội hơn 4.800 tỷ đồng mỗi năm.

Năm 2025, Tổ công tác đặt mục tiêu hoàn thành cung cấp toàn bộ 76 dịch vụ công thiết yếu, 100% hồ sơ thủ tục hành chính được gắn mã định danh.""",
        "2025-01-03",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 89600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 61300000.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 54.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 92.6),
        ],
    ),
    # 21. Government Office quarterly summary (Q1/2025): full-process dossier shares of ministries vs localities; National Portal flows of the quarter.
    #     Traps: percentage-point increases, one ministry's rate (Bộ Tài chính) and dossiers (Bộ Công an).
    (
        """Quý I/2025: Tỷ lệ hồ sơ trực tuyến toàn trình tiếp tục cải thiện

10/04/2025

Theo báo cáo của Văn phòng Chính phủ, quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 65,4%, của các địa phương đạt 38,9%; tăng lần lượt 7,1 và 4,6 điểm phần trăm so với quý IV/2024. Bộ Tài chính là cơ quan có tỷ lệ cao nhất với 89,3%.

Trong quý, Cổng Dịch vụ công quốc gia đã tiếp nhận 3,35 triệu hồ sơ trực tuyến; thực hiện 7,9 triệu giao dịch thanh toán trực tuyến với số tiền 2.140 tỷ đồng. Riêng Bộ Công an tiếp nhận khoảng 1,8 triệu hồ sơ.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương hoàn thành việc sắp xếp, tái cấu trúc quy trình nội bộ gắn với việc sắp xếp tổ chức bộ máy.""",
        "2025-04-10",
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 65.4),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 38.9),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 3350000.0),
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 7900000.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 2140.0),
        ],
    ),
    # 22. Social insurance agency (under MOF from 3/2025) on VNeID use; quotes the nationwide activated-account count at 31/3/2025.
    #     Traps: its own e-transactions and share, health-insurance cards on VNeID, its own NDXP look-ups, target.
    (
        """BHXH Việt Nam: Ứng dụng VNeID trong giải quyết chế độ cho người tham gia

18/04/2025 15:45

Từ ngày 1/3/2025, Bảo hiểm xã hội Việt Nam chính thức trở thành cơ quan trực thuộc Bộ Tài chính. Quý I/2025, toàn ngành đã tiếp nhận 28,6 triệu hồ sơ giao dịch điện tử, đạt 100% tổng số hồ sơ; 42,3 triệu người đã tích hợp thông tin thẻ bảo hiểm y tế trên ứng dụng VNeID.

Theo Bộ Công an, tính đến ngày 31/3/2025, cả nước có 63,4 triệu tài khoản định danh điện tử đã được kích hoạt. Đây là "chìa khóa" để BHXH mở rộng dịch vụ đăng nhập một lần, giảm giấy tờ khi giải quyết chế độ ốm đau, thai sản.

Thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia, ngành BHXH đã có hơn 1,1 tỷ lượt tra cứu, xác thực thông tin với các bộ, ngành. Năm 2025, BHXH Việt Nam phấn đấu 100% người hưởng lương hưu, trợ cấp ở đô thị nhận qua tài khoản.

Minh Thư""",
        "2025-04-18",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 63400000.0),
        ],
    ),
    # 23. Tax administration: cumulative e-invoices since 1/7/2022 to 30/4/2024.
    #     Traps: businesses flagged by risk analysis (count), cash-register sub-counts, petrol-station deadline.
    (
        """Ngành Thuế tăng cường quản lý hóa đơn điện tử khởi tạo từ máy tính tiền

14/05/2024 | 10:12

Theo Tổng cục Thuế, lũy kế từ khi triển khai trên toàn quốc (ngày 1/7/2022) đến ngày 30/4/2024, cơ quan thuế đã tiếp nhận, xử lý 7,3 tỷ hóa đơn điện tử. Qua phân tích dữ liệu hóa đơn, cơ quan thuế đã phát hiện, xử lý 524 doanh nghiệp có dấu hiệu rủi ro cao.

Đối với hóa đơn điện tử khởi tạo từ máy tính tiền, đến nay đã có 52.300 cơ sở kinh doanh đăng ký sử dụng, với 380 triệu hóa đơn được gửi đến cơ quan thuế. Các lĩnh vực áp dụng nhiều là bán lẻ, nhà hàng, siêu thị, dược phẩm.

Tổng cục Thuế yêu cầu các Cục Thuế hoàn thành việc triển khai hóa đơn điện tử theo từng lần bán hàng tại 100% cửa hàng xăng dầu trước ngày 30/6/2024.

Hà Linh""",
        "2024-05-14",
        [
            ("e_invoices_total", "national", "as_of", "2024-04-30", 7300000000.0),
        ],
    ),
    # 24. Provincial branch of the State Bank (Nghệ An): share of adults with an account in the province at 30/9/2024.
    #     Traps: one district's share, one operator's Mobile Money customers, one bank's accounts, target.
    (
        """Nghệ An: Thanh toán không dùng tiền mặt lan tỏa đến vùng sâu, vùng xa

05/11/2024

Theo Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An, đến ngày 30/9/2024, tỷ lệ người trưởng thành có tài khoản tại ngân hàng trên địa bàn tỉnh đạt 78,5%. Ở các huyện miền núi, tỷ lệ này còn thấp, như huyện Kỳ Sơn mới đạt 41%.

Dịch vụ Viettel Money đã có khoảng 152.000 khách hàng trên địa bàn tỉnh, chủ yếu ở khu vực nông thôn. Riêng Agribank Chi nhánh Nghệ An đã mở mới 120.000 tài khoản thanh toán cho người dân trong 9 tháng.

Ngân hàng Nhà nước Chi nhánh tỉnh phấn đấu đến cuối năm 2025 có 85% người trưởng thành trên địa bàn có tài khoản tại ngân hàng.

Thanh Thủy""",
        "2024-11-05",
        [
            ("adults_with_bank_account_rate", "Nghệ An", "as_of", "2024-09-30", 78.5),
        ],
    ),
    # 25. Police Department C06 three months after the Identity Law: chip cards and activated accounts at 30/9/2024 ("cùng thời điểm").
    #     Traps: new-format cards since 1/7 (sub-flow), certificates for people of Vietnamese origin, cards for children under 14 (sub-count).
    (
        """Cục C06 thông tin kết quả sau 3 tháng thi hành Luật Căn cước

05/10/2024 08:30

CAND - Tính đến ngày 30/9/2024, lực lượng Công an đã cấp tổng số 88,9 triệu thẻ căn cước gắn chip, bao gồm thẻ Căn cước công dân gắn chip và thẻ Căn cước theo mẫu mới. Riêng từ ngày 1/7/2024 đến nay, đã cấp 2,3 triệu thẻ Căn cước theo mẫu mới, trong đó có 458.000 thẻ cho trẻ em dưới 14 tuổi; cấp 12.400 giấy chứng nhận căn cước cho người gốc Việt Nam chưa xác định được quốc tịch.

Cùng thời điểm, hệ thống định danh và xác thực điện tử đã kích hoạt 59,8 triệu tài khoản định danh điện tử.

Cục C06 cho biết sẽ tiếp tục tổ chức cấp căn cước lưu động tại trường học, khu công nghiệp, vùng sâu, vùng xa, phấn đấu hết năm 2024 cấp xong cho 100% trẻ em có nhu cầu.""",
        "2024-10-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-09-30", 88900000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-30", 59800000.0),
        ],
    ),
    # 26. Thừa Thiên Huế provincial report, 8 months of 2024: full-process dossier share and data-reuse share for the province.
    #     Traps: provincial police's sector, one town's share, the province's own list of essential services (22/25), target.
    (
        """Thừa Thiên Huế: Chuyển biến tích cực trong giải quyết thủ tục hành chính trực tuyến

05/09/2024 14:10

Theo báo cáo của UBND tỉnh Thừa Thiên Huế, 8 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình trên địa bàn tỉnh đạt 58,3%; tỷ lệ hồ sơ tái sử dụng thông tin, dữ liệu số hóa đạt 46,7%. Thị xã Hương Thủy là đơn vị có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 71,2%.

Công an tỉnh đã cung cấp 100% thủ tục hành chính lĩnh vực công an đủ điều kiện dưới hình thức trực tuyến toàn trình. Tỉnh đã đưa 22/25 dịch vụ công thiết yếu theo danh mục của tỉnh lên Cổng Dịch vụ công.

Tỉnh phấn đấu đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 65%.

Hoài Thu""",
        "2024-09-05",
        [
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "ytd", "2024-08-31", 58.3),
            ("data_reuse_rate", "Thừa Thiên Huế", "ytd", "2024-08-31", 46.7),
        ],
    ),
    # 27. Banking sector's 2024 review: undated adults-with-account share in a year-under-review page (end-2024), Mobile Money at end-November.
    #     Traps: growth of cashless payments, NHNN's own online-service rate, banks opening accounts via VNeID, Thailand's share.
    (
        """Năm 2024: Ngành Ngân hàng ghi dấu ấn chuyển đổi số

20/01/2025 07:45

Năm 2024, thanh toán không dùng tiền mặt tăng 50,2% về số lượng và 35,2% về giá trị so với năm 2023. Tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng đạt 87,4%, tiệm cận nhóm các nước dẫn đầu khu vực như Thái Lan (96%). Tính đến cuối tháng 11/2024, số khách hàng sử dụng Mobile Money đạt 10,2 triệu.

Có 57 ngân hàng đã cho phép khách hàng mở tài khoản bằng ứng dụng VNeID. Về cải cách hành chính, NHNN duy trì cung cấp trực tuyến toàn trình 100% thủ tục đủ điều kiện, tỷ lệ hồ sơ trực tuyến đạt 97,1%.

Năm 2025, ngành Ngân hàng đặt mục tiêu tăng 20-25% số lượng giao dịch thanh toán không dùng tiền mặt.

Thu Hằng""",
        "2025-01-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.4),
            ("mobile_money_customers", "national", "as_of", "2024-11-30", 10200000.0),
        ],
    ),
    # 28. National Portal in the first half of 2024: half-year flows and the nationwide online-dossier share.
    #     Traps: one agency's dossiers (BHXH Việt Nam), growth on the same period.
    (
        """Cổng Dịch vụ công quốc gia: Kết quả 6 tháng đầu năm 2024

05/07/2024

6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 6,52 triệu hồ sơ trực tuyến, tăng 41% so với cùng kỳ năm 2023; thực hiện 13,6 triệu giao dịch thanh toán trực tuyến với số tiền 3.720 tỷ đồng. Tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc trong 6 tháng đạt 39,6%.

Các cơ quan có số hồ sơ trực tuyến lớn là Bộ Công an, Bộ Tài chính, BHXH Việt Nam. Riêng BHXH Việt Nam tiếp nhận 1,9 triệu hồ sơ qua Cổng Dịch vụ công quốc gia.

Văn phòng Chính phủ""",
        "2024-07-05",
        [
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 6520000.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 13600000.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 3720.0),
            ("online_dossier_rate", "national", "half", "2024-06-30", 39.6),
        ],
    ),
    # 29. Hanoi city police (CAND): chip cards and activated accounts in the city at 31/10/2023.
    #     Traps: one district's share, wards with full coverage (count), year-end target.
    (
        """Công an Hà Nội tăng tốc thực hiện Đề án 06 những tháng cuối năm

03/11/2023 06:15

CAND - Tính đến ngày 31/10/2023, Công an TP Hà Nội đã cấp hơn 7,2 triệu thẻ Căn cước công dân gắn chip, kích hoạt 4,9 triệu tài khoản định danh điện tử cho công dân trên địa bàn thủ đô. Quận Hoàn Kiếm dẫn đầu với tỷ lệ kích hoạt đạt 98%; 126 phường, xã đã hoàn thành cấp tài khoản cho 100% công dân đủ điều kiện.

Công an thành phố phấn đấu đến ngày 31/12/2023 kích hoạt 6 triệu tài khoản, bảo đảm mỗi hộ gia đình có ít nhất một tài khoản mức độ 2.

Thanh Hương""",
        "2023-11-03",
        [
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2023-10-31", 7200000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-10-31", 4900000.0),
        ],
    ),
    # 30. Tax Department (2025, after the reorganisation): cumulative e-invoices at 30/6/2025.
    #     Traps: cash-register sub-count after "trong đó", growth on the same period, household businesses registered, target to abolish lump-sum tax.
    (
        """Ba năm hóa đơn điện tử: Nền tảng dữ liệu cho quản lý thuế hiện đại

08/07/2025 09:00

Theo Cục Thuế (Bộ Tài chính), tính đến ngày 30/6/2025, hệ thống hóa đơn điện tử đã tiếp nhận và xử lý 12,7 tỷ hóa đơn, trong đó 2,1 tỷ hóa đơn khởi tạo từ máy tính tiền. Số hóa đơn phát sinh 6 tháng đầu năm 2025 tăng 18,6% so với cùng kỳ năm 2024.

Từ ngày 1/6/2025, hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên thuộc một số ngành nghề phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Đến cuối tháng 6, cả nước đã có 37.000 hộ kinh doanh đăng ký sử dụng.

Cục Thuế đặt mục tiêu đến năm 2026 xóa bỏ hoàn toàn phương pháp thuế khoán đối với hộ kinh doanh.

Phương Anh""",
        "2025-07-08",
        [
            ("e_invoices_total", "national", "as_of", "2025-06-30", 12700000000.0),
        ],
    ),
    # 31. Ministry of Information and Communications monthly briefing (November 2023): NDXP flows and cumulative total, cyberattacks, mobile download speed of October.
    #     Traps: one ministry's NDXP transactions (Bộ Tài chính), "giảm 29,6%", upload speed.
    (
        """Bộ TT&TT họp báo thường kỳ tháng 11/2023

08/12/2023 | 17:05

Chiều 7/12, Bộ Thông tin và Truyền thông tổ chức họp báo thường kỳ tháng 11/2023.

Về Chính phủ số, trong tháng 11/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 86,4 triệu giao dịch, bình quân mỗi ngày 2,88 triệu giao dịch; lũy kế từ năm 2019 đến ngày 30/11/2023 đạt 2,68 tỷ giao dịch. Bộ Tài chính là cơ quan có số giao dịch lớn nhất, với 31,2 triệu giao dịch trong tháng.

Về an toàn thông tin, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 11, giảm 29,6% so với tháng 10.

Theo dữ liệu của Ookla, trong tháng 10/2023, tốc độ tải xuống trung vị của mạng băng rộng di động Việt Nam đạt 46,5 Mbps; tốc độ tải lên đạt 19,1 Mbps.""",
        "2023-12-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-11-30", 86400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-11-30", 2880000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-11-30", 2680000000.0),
            ("cyberattacks", "national", "month", "2023-11-30", 512.0),
            ("mobile_broadband_speed", "national", "month", "2023-10-31", 46.5),
        ],
    ),
    # 32. Tax administration's official letter (no sidecar date; the text dates itself): cumulative e-invoices at 31/10/2023.
    #     Traps: coded sub-count after "trong đó", its growth on the same period, number of users "hiện nay", letters issued.
    (
        """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 4512/TCT-CNTT
V/v báo cáo kết quả triển khai hóa đơn điện tử

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 11 năm 2023

Kính gửi: Bộ Tài chính

Tổng cục Thuế báo cáo kết quả triển khai hóa đơn điện tử như sau:

1. Tính đến hết ngày 31/10/2023, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý 5,52 tỷ hóa đơn điện tử, trong đó 1,63 tỷ hóa đơn có mã của cơ quan thuế. Số hóa đơn có mã tăng 12,3% so với cùng kỳ năm 2022. Hiện nay có 1,48 triệu đơn vị, hộ kinh doanh đang sử dụng hóa đơn điện tử.

2. Trong kỳ, Tổng cục Thuế đã ban hành 4 công văn chỉ đạo các Cục Thuế rà soát rủi ro, xử lý các doanh nghiệp có dấu hiệu mua bán hóa đơn bất hợp pháp.

Tổng cục Thuế báo cáo Bộ Tài chính./.""",
        None,
        [
            ("e_invoices_total", "national", "as_of", "2023-10-31", 5520000000.0),
        ],
    ),
    # 33. Cần Thơ city police: chip cards and activated accounts in the city "hiện nay" (page date).
    #     Traps: one district's accounts, target.
    (
        """Công an TP Cần Thơ: Làm sạch dữ liệu dân cư, phục vụ người dân tốt hơn

28/03/2024 07:00

CAND - Hiện nay, Công an TP Cần Thơ đã cấp 1.052.600 thẻ Căn cước công dân gắn chip và kích hoạt 712.400 tài khoản định danh điện tử cho công dân trên địa bàn. Quận Ninh Kiều dẫn đầu với 168.000 tài khoản được kích hoạt.

Để hoàn thành chỉ tiêu năm 2024, Công an thành phố tiếp tục tổ chức cấp lưu động tại các khu công nghiệp, trường học, phấn đấu đến cuối năm kích hoạt 900.000 tài khoản định danh điện tử.

Minh Khang""",
        "2024-03-28",
        [
            ("chip_id_cards_issued", "Cần Thơ", "as_of", "2024-03-28", 1052600.0),
            ("vneid_activated_accounts", "Cần Thơ", "as_of", "2024-03-28", 712400.0),
        ],
    ),
    # 34. State Treasury year-end conference: National Portal online payments during 2024 (flow twins).
    #     Traps: Treasury's own e-documents and online share, budget spending, "trong đó" budget receipts via the Treasury, target.
    (
        """Kho bạc Nhà nước tổng kết công tác năm 2024

15/01/2025 11:30

Ngày 14/1, Kho bạc Nhà nước (KBNN) tổ chức hội nghị tổng kết công tác năm 2024. Năm 2024, KBNN đã kiểm soát chi ngân sách nhà nước hơn 2,1 triệu tỷ đồng; 100% chứng từ thanh toán được thực hiện điện tử; tỷ lệ hồ sơ giao dịch qua dịch vụ công trực tuyến của KBNN đạt 99,8%.

Về phối hợp thu ngân sách, năm 2024, trên Cổng Dịch vụ công quốc gia đã có 27,8 triệu giao dịch thanh toán trực tuyến với số tiền 7.650 tỷ đồng; trong đó các khoản thu ngân sách được hạch toán qua KBNN là 2.940 tỷ đồng.

Năm 2025, KBNN tiếp tục thực hiện sắp xếp tổ chức bộ máy theo mô hình 20 Kho bạc khu vực, phấn đấu 100% đơn vị giao dịch sử dụng chữ ký số.

Bích Ngọc""",
        "2025-01-15",
        [
            ("online_payments_count_new", "national", "year", "2024-12-31", 27800000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 7650.0),
        ],
    ),
    # 35. Cashless Day 2025 (State Bank): adults-with-account share at end-March 2025, Mobile Money customers "hiện" (page date).
    #     Traps: Singapore/Thailand shares, growth over five months, NHNN's regional branches (count), target.
    (
        """Ngày không tiền mặt 2025: Thanh toán số trở thành thói quen của người dân

16/06/2025 08:00

(Chinhphu.vn) - Theo Ngân hàng Nhà nước Việt Nam (NHNN), đến cuối tháng 3/2025, tỷ lệ người trưởng thành có tài khoản tại ngân hàng đạt 87,7%, song vẫn thấp hơn Singapore (98%) và Thái Lan (96%). Hiện có gần 11 triệu khách hàng sử dụng dịch vụ Mobile Money, phần lớn ở khu vực nông thôn.

5 tháng đầu năm 2025, giao dịch thanh toán qua điện thoại di động tăng 43% về số lượng so với cùng kỳ. Sau khi sắp xếp bộ máy, NHNN hoạt động với 15 chi nhánh khu vực, thay cho 63 chi nhánh tỉnh, thành phố trước đây.

NHNN đặt mục tiêu đến năm 2030 có ít nhất 90% người trưởng thành có tài khoản giao dịch tại ngân hàng.

Mai Phương""",
        "2025-06-16",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-03-31", 87.7),
            ("mobile_money_customers", "national", "as_of", "2025-06-16", 11000000.0),
        ],
    ),
    # 36. Đề án 06 task force, Q1/2025: essential services at 31/3/2025, share of dossiers tied to personal ID in the quarter.
    #     Traps: one ministry's own list (Bộ Y tế 9/10), remaining services, meetings held, deadline.
    (
        """Tổ công tác Đề án 06 đánh giá kết quả quý I/2025

08/04/2025

Tính đến ngày 31/3/2025, đã có 62/76 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 14 dịch vụ còn lại dự kiến hoàn thành trong quý II. Trong quý I/2025, tỷ lệ hồ sơ thủ tục hành chính được gắn với mã số định danh cá nhân đạt 94,1%.

Bộ Y tế đã cung cấp 9/10 dịch vụ công thiết yếu thuộc trách nhiệm của Bộ. Trong quý, Tổ công tác tổ chức 2 cuộc họp, 4 đoàn kiểm tra tại các địa phương.

Tổ công tác yêu cầu hoàn thành toàn bộ 76 dịch vụ công thiết yếu trước ngày 30/6/2025.""",
        "2025-04-08",
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-31", 62.0),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2025-03-31", 94.1),
        ],
    ),
    # 37. Government Office report at end-September 2024: cumulative portal levels at 30/9 and nine-month (ytd) flows.
    #     Traps: growth on the same period, one ministry's share of dossiers.
    (
        """Cổng Dịch vụ công quốc gia: Số liệu 9 tháng năm 2024

08/10/2024 15:00

Lũy kế đến ngày 30/9/2024, Cổng Dịch vụ công quốc gia có 13,98 triệu tài khoản đăng ký; đã tiếp nhận tổng cộng 52,6 triệu hồ sơ trực tuyến; thực hiện 69,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền 17.480 tỷ đồng.

Riêng 9 tháng đầu năm 2024, Cổng đã tiếp nhận 9,86 triệu hồ sơ trực tuyến, tăng 35% so với cùng kỳ; thực hiện 20,7 triệu giao dịch thanh toán trực tuyến với số tiền 5.620 tỷ đồng. Bộ Công an chiếm khoảng 41% số hồ sơ trực tuyến của các bộ, ngành.

Văn phòng Chính phủ""",
        "2024-10-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 13980000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-09-30", 52600000.0),
            ("online_payments_count", "national", "as_of", "2024-09-30", 69500000.0),
            ("online_payments_value", "national", "as_of", "2024-09-30", 17480.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 9860000.0),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 20700000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 5620.0),
        ],
    ),
    # 38. Customs newspaper on data sharing: the customs agency's own NDXP exchanges are a trap; the nationwide NDXP cumulative total and connected bodies at 30/6/2024 are values.
    #     Traps: customs' own transactions and declarations, one port's declarations, target.
    (
        """Hải quan đẩy mạnh kết nối, chia sẻ dữ liệu với các bộ, ngành

10/07/2024 | Báo Hải quan

6 tháng đầu năm 2024, Tổng cục Hải quan đã thực hiện 48,6 triệu giao dịch trao đổi dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) với Bộ Công an, Ngân hàng Nhà nước, Tổng cục Thuế và các bộ quản lý chuyên ngành. Hệ thống VNACCS/VCIS đã xử lý 9,2 triệu tờ khai; riêng Cục Hải quan TP Hải Phòng làm thủ tục cho 1,2 triệu tờ khai.

Theo Cục Chuyển đổi số quốc gia (Bộ Thông tin và Truyền thông), tính đến ngày 30/6/2024, NDXP đã ghi nhận tổng cộng 3,35 tỷ giao dịch kể từ khi khai trương năm 2019, với 95 bộ, ngành, địa phương đã kết nối.

Tổng cục Hải quan đặt mục tiêu đến năm 2025 hoàn thành xây dựng hệ thống công nghệ thông tin hải quan số, 100% thủ tục hải quan được thực hiện trên môi trường số.

Ngọc Linh""",
        "2024-07-10",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 3350000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 95.0),
        ],
    ),
    # 39. Quảng Ninh: the province's full-process dossier share for 8 months of 2023 and activated accounts at end-August.
    #     Traps: the province's own list "22/25", digitisation share (no id), provincial police's sector, one city's share, target.
    (
        """Quảng Ninh: Khai thác dữ liệu dân cư phục vụ chính quyền số

12/09/2023 10:40

8 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình của tỉnh Quảng Ninh đạt 60,4%; tỷ lệ hồ sơ được số hóa đạt 89,2%. TP Hạ Long là địa phương dẫn đầu với 78% hồ sơ trực tuyến toàn trình.

Đến hết tháng 8/2023, Công an tỉnh Quảng Ninh đã kích hoạt 870.000 tài khoản định danh điện tử cho công dân trên địa bàn. Tỉnh đã cung cấp 22/25 dịch vụ công thiết yếu theo danh mục của tỉnh; 100% thủ tục hành chính lĩnh vực công an đủ điều kiện đã được cung cấp trực tuyến toàn trình.

Quảng Ninh phấn đấu đến cuối năm 2023 có 70% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.

Thu Trang""",
        "2023-09-12",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2023-08-31", 60.4),
            ("vneid_activated_accounts", "Quảng Ninh", "as_of", "2023-08-31", 870000.0),
        ],
    ),
    # 40. Bắc Giang provincial police piece saved without a sidecar date; the text dates its figures (31/5/2023).
    #     Traps: "hiện nay" count of service points (no id), one commune's accounts.
    (
        """Bắc Giang: Phấn đấu hoàn thành sớm các chỉ tiêu của Đề án 06

Tính đến ngày 31/5/2023, Công an tỉnh Bắc Giang đã cấp 1.428.900 thẻ Căn cước công dân gắn chip, kích hoạt 702.300 tài khoản định danh điện tử cho công dân trên địa bàn. Xã Tân Mỹ (TP Bắc Giang) dẫn đầu toàn tỉnh với 9.850 tài khoản được kích hoạt.

Hiện nay, toàn tỉnh có 168 điểm tiếp nhận hồ sơ cấp căn cước công dân và định danh điện tử, phục vụ cả ngày thứ Bảy, Chủ nhật.

Công an tỉnh Bắc Giang""",
        None,
        [
            ("chip_id_cards_issued", "Bắc Giang", "as_of", "2023-05-31", 1428900.0),
            ("vneid_activated_accounts", "Bắc Giang", "as_of", "2023-05-31", 702300.0),
        ],
    ),
    # 41. National Đề án 06 summary with no sidecar: dated levels at 28/2/2025 are values; the "hiện nay" share cannot be dated (no sidecar).
    #     Traps: undatable "hiện nay" rate, utilities on VNeID, remaining accounts not activated.
    (
        """Dữ liệu dân cư - "chìa khóa" cải cách thủ tục hành chính

Theo Bộ Công an, tính đến ngày 28/2/2025, cả nước đã cấp 90,1 triệu thẻ căn cước gắn chip; hệ thống định danh và xác thực điện tử đã kích hoạt 62,8 triệu tài khoản định danh điện tử. Còn khoảng 11 triệu tài khoản đã cấp nhưng chưa được công dân kích hoạt.

Hiện nay, tỷ lệ hồ sơ thủ tục hành chính được gắn với mã số định danh cá nhân đạt 93%; ứng dụng VNeID đã tích hợp 45 tiện ích phục vụ người dân.

Bộ Công an đề nghị các bộ, ngành, địa phương tiếp tục rà soát, cắt giảm giấy tờ công dân trong thủ tục hành chính trên cơ sở khai thác dữ liệu dân cư.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-02-28", 90100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-02-28", 62800000.0),
        ],
    ),
    # 42. Bộ Công an year-end review of 2025 (after the 34-province reorganisation): activated accounts at end-2025, undated essential-services level (year's end), share of dossiers with personal ID in 2025.
    #     Traps: the ministry's own full-process share, commune police (counts), 2026 targets.
    (
        """Đề án 06 năm 2025: Hoàn thành toàn bộ dịch vụ công thiết yếu

06/01/2026 06:30

CAND - Năm 2025, trong bối cảnh sắp xếp đơn vị hành chính còn 34 tỉnh, thành phố và vận hành chính quyền địa phương hai cấp, Đề án 06 tiếp tục được triển khai thông suốt.

Tính đến hết năm 2025, hệ thống định danh và xác thực điện tử đã kích hoạt 70,5 triệu tài khoản định danh điện tử. Các bộ, ngành, địa phương đã cung cấp 76/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia. Trong năm 2025, tỷ lệ hồ sơ thủ tục hành chính được gắn với mã số định danh cá nhân đạt 96,8%.

Đối với thủ tục thuộc thẩm quyền, Bộ Công an đã cung cấp trực tuyến toàn trình 100% thủ tục đủ điều kiện; Công an 3.321 xã, phường, đặc khu đã tiếp nhận hồ sơ trực tuyến.

Năm 2026, Bộ Công an phấn đấu 100% người dân trưởng thành có tài khoản định danh điện tử mức độ 2.

Quang Minh""",
        "2026-01-06",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-12-31", 70500000.0),
            ("essential_services_full_process", "national", "as_of", "2025-12-31", 76.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2025-12-31", 96.8),
        ],
    ),
    # 43. Press summary of the ministry-level report (9 months of 2023): full-process provision over ELIGIBLE procedures, ministries vs localities.
    #     Traps: one ministry at 100% (Bộ Công an), one ministry's count of procedures (Bộ Tư pháp), target.
    (
        """Theo Bộ Thông tin và Truyền thông, 9 tháng đầu năm 2023, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 78,6%, của các địa phương đạt 52,4%. Riêng Bộ Công an đạt 100%; Bộ Tư pháp đã đưa thêm 12 thủ tục lên cung cấp toàn trình. Mục tiêu đến hết năm 2023, các bộ, ngành, địa phương phải cung cấp toàn trình 100% thủ tục hành chính đủ điều kiện.""",
        "2023-10-20",
        [
            ("full_process_provision_rate", "ministries", "ytd", "2023-09-30", 78.6),
            ("full_process_provision_rate", "localities", "ytd", "2023-09-30", 52.4),
        ],
    ),
]
