"""Blind genre probes, round 23: government documents saved as text (ministry monthly reports,
provincial plans "Kế hoạch … năm 2025" with a section reviewing the year before, Thông báo kết
luận of the Government Office, Sở KH&CN / Sở TT&TT reports, law-site pages and appendices),
copied from PDF or Word with their mastheads ("ỦY BAN NHÂN DÂN / TỈNH …", "Số: …/BC-…",
"…, ngày … tháng … năm …"), numbered headings (I., 1., a)), tables written as lines, with "|" or
with tabs, footnotes with glued markers, page numbers and "-"/"+" lists; the cases mix review
figures that must be stored (national, khối bộ ngành / khối địa phương, one province) with
targets, year-on-year changes, operators' and other countries' figures, survey figures, sub-counts
after "trong đó", remainders and counts of documents or meetings that must not be stored, and
with an undated draft whose figures cannot be dated.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Ministry monthly report: month's full-process dossier share with last month's value in parentheses, e-result share "trong tháng"
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1482/BC-BKHCN
Hà Nội, ngày 06 tháng 6 năm 2025
BÁO CÁO
Tình hình triển khai chuyển đổi số quốc gia tháng 5/2025
I. KẾT QUẢ NỔI BẬT TRONG THÁNG
1. Dịch vụ công trực tuyến
- Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 5/2025 đạt 46,35% (tháng 4/2025 là 44,90%).
- Tỷ lệ hồ sơ được trả kết quả điện tử trong tháng đạt 89,12%.
1""",
        "2025-06-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 46.35),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 44.9),
            ("e_result_rate", "national", "month", "2025-05-31", 89.12),
        ],
    ),
    # Provincial plan for 2025: "Năm 2024" review rates stored for the province, section II targets not stored
    (
        """ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
Số: 45/KH-UBND                    Thái Nguyên, ngày 20 tháng 02 năm 2025
KẾ HOẠCH
Chuyển đổi số tỉnh Thái Nguyên năm 2025
I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024
Năm 2024, tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh đạt 72,6%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC đạt 58,4%.
II. MỤC TIÊU NĂM 2025
- Phấn đấu 80% hồ sơ TTHC được xử lý trực tuyến;
- 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình.""",
        "2025-02-20",
        [
            ("online_dossier_rate", "Thái Nguyên", "year", "2024-12-31", 72.6),
            ("dvctt_full_process_rate", "Thái Nguyên", "year", "2024-12-31", 58.4),
        ],
    ),
    # NEGATIVE: a Sở KH&CN plan listing only 2025 targets (FTTH, 5G coverage, new 5G stations, villages, smartphones)
    (
        """UBND TỈNH QUẢNG TRỊ
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 112/KH-SKHCN                  Quảng Trị, ngày 14 tháng 3 năm 2025
KẾ HOẠCH
Phát triển hạ tầng số tỉnh Quảng Trị năm 2025
II. CHỈ TIÊU CỤ THỂ
a) Đến hết năm 2025, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 90%;
b) Vùng phủ sóng 5G đạt 80% dân số, phát triển mới 450 trạm BTS 5G;
c) 100% thôn, bản được phủ sóng băng rộng di động;
d) Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 95%.""",
        "2025-03-14",
        [],
    ),
    # NDXP table with "|": month column (flow, daily average) and "Lũy kế từ năm 2019" column (running total, connection points); "tỷ" and "triệu" in cells
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 2051/BC-BKHCN                 Hà Nội, ngày 05 tháng 8 năm 2025
BÁO CÁO
Kết quả vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tháng 7/2025
Bảng 2. Số liệu NDXP
| Chỉ tiêu | Tháng 7/2025 | Lũy kế từ năm 2019 |
| Số giao dịch | 112.406.391 | 4,21 tỷ |
| Bình quân giao dịch/ngày | 3,63 triệu | - |
| Số điểm kết nối | - | 1.312 |
Trang 3/8""",
        "2025-08-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-07-31", 112406391),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-07-31", 4210000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-07-31", 3630000),
            ("ndxp_connection_points", "national", "as_of", "2025-07-31", 1312),
        ],
    ),
    # NCSC bulletin: month's attacks with a year-on-year change and per-type sub-counts (not stored); botnet IPs at a date with a month-on-month change
    (
        """TRUNG TÂM GIÁM SÁT AN TOÀN KHÔNG GIAN MẠNG QUỐC GIA (NCSC)
BẢN TIN AN TOÀN THÔNG TIN THÁNG 3/2025
1. Tình hình tấn công mạng
Trong tháng 3/2025, hệ thống kỹ thuật đã ghi nhận 1.067 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,6% so với cùng kỳ năm 2024; trong đó có 412 cuộc tấn công lừa đảo (Phishing), 388 cuộc tấn công thay đổi giao diện (Deface), 267 cuộc tấn công cài mã độc (Malware).
2. Mạng botnet
Số lượng địa chỉ IP thuộc các mạng botnet tại Việt Nam tính đến ngày 31/3/2025 là 612.830 địa chỉ, giảm 3,2% so với tháng trước.""",
        None,
        [
            ("cyberattacks", "national", "month", "2025-03-31", 1067),
            ("botnet_ips", "national", "as_of", "2025-03-31", 612830),
        ],
    ),
    # Thông báo kết luận: half-year rate and 41/53 essential services stored; plans, meetings, "12 dịch vụ còn lại" and the target not
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 318/TB-VPCP                   Hà Nội, ngày 18 tháng 7 năm 2025
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ 12 của Ủy ban
I. ĐÁNH GIÁ CHUNG
6 tháng đầu năm 2025, Ủy ban đã ban hành 05 kế hoạch, tổ chức 03 phiên họp chuyên đề; tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 52,7%; đã có 41/53 dịch vụ công thiết yếu được cung cấp toàn trình, 12 dịch vụ còn lại phải hoàn thành trong quý III/2025.
II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến hết năm 2025, 100% dịch vụ công trực tuyến được cung cấp toàn trình.""",
        "2025-07-18",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 52.7),
            ("essential_services_full_process", "national", "as_of", "2025-06-30", 41),
        ],
    ),
    # Sở KH&CN quarterly report: "Toàn tỉnh hiện có" 5G stations with operators' shares in parentheses (not stored), 5G coverage, VNeID accounts of the province
    (
        """UBND TỈNH NGHỆ AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 876/BC-SKHCN                  Nghệ An, ngày 10 tháng 4 năm 2025
BÁO CÁO
Kết quả thực hiện chuyển đổi số quý I/2025
1. Hạ tầng số
- Toàn tỉnh hiện có 1.286 trạm BTS 5G (trong đó Viettel 842 trạm, VNPT 301 trạm, MobiFone 143 trạm); tỷ lệ dân số được phủ sóng 5G đạt 68,2%.
2. Danh tính số
- Công an tỉnh đã kích hoạt thành công 2,46 triệu tài khoản định danh điện tử (VNeID) mức độ 2.""",
        "2025-04-10",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-04-10", 1286),
            ("fiveg_population_coverage_rate", "Nghệ An", "as_of", "2025-04-10", 68.2),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2025-04-10", 2460000),
        ],
    ),
    # NEGATIVE: appendix of international reference figures: world and other countries' speeds, an operator's 5G speed, Korea's 5G coverage
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Phụ lục II
THÔNG TIN THAM KHẢO QUỐC TẾ (kèm theo Báo cáo số 1733/BC-BKHCN ngày 04/7/2025)
1. Theo Speedtest Global Index tháng 5/2025, tốc độ tải xuống băng rộng di động trung bình toàn cầu là 91,3 Mbps; Các Tiểu vương quốc Ả Rập Thống nhất dẫn đầu với 546,1 Mbps.
2. Tốc độ băng rộng cố định trung bình của Singapore đạt 345,3 Mbps, xếp thứ nhất thế giới.
3. Theo thông tin của doanh nghiệp, tốc độ trung bình mạng 5G của Viettel đạt trên 400 Mbps; Hàn Quốc có tỷ lệ phủ sóng 5G đạt 98% dân số.
- 12 -""",
        "2025-07-04",
        [],
    ),
    # Monthly report section: fixed and mobile download speeds stored, upload speed and speed ranks "11/153" not; smartphone share with "+"
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO chuyển đổi số quốc gia tháng 5/2025 (Số: 1482/BC-BKHCN ngày 06/6/2025)
3. Hạ tầng số
- Theo số liệu đo kiểm tháng 5/2025, tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 213,6 Mbps (tốc độ tải lên 196,4 Mbps), xếp hạng 11/153 quốc gia;
- Tốc độ BRDĐ trung bình (tải xuống) ở mức 146,2 Mbps, xếp hạng 19/104 quốc gia.
+ Tỷ lệ thuê bao điện thoại di động sử dụng smartphone tính đến cuối tháng 5/2025: 89,4%.""",
        "2025-06-06",
        [
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 213.6),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 89.4),
        ],
    ),
    # Provincial digital-economy plan: 2024 share of GRDP (change in points not stored), payment accounts, smartphone share; 2025 targets not stored
    (
        """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 27/KH-UBND                    Bắc Ninh, ngày 24 tháng 01 năm 2025
KẾ HOẠCH Phát triển kinh tế số, xã hội số tỉnh Bắc Ninh năm 2025
I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
1. Kinh tế số: tỷ trọng kinh tế số trong GRDP của tỉnh năm 2024 ước đạt 29,8%, tăng 2,1 điểm phần trăm so với năm 2023.
2. Xã hội số: tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác đạt 86,4%; tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 91,5%.
II. CHỈ TIÊU NĂM 2025
- Tỷ trọng kinh tế số đạt 32% GRDP; 90% người trưởng thành có tài khoản thanh toán.""",
        "2025-01-24",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 29.8),
            ("adults_with_bank_account_rate", "Bắc Ninh", "year", "2024-12-31", 86.4),
            ("smartphone_subscriber_rate", "Bắc Ninh", "year", "2024-12-31", 91.5),
        ],
    ),
    # National portal block of a monthly report: running total of accounts vs the month's new accounts, month and year-to-date dossiers, the month's payments
    (
        """(Trích Báo cáo tháng 5/2025 của Bộ Khoa học và Công nghệ)
II. KẾT QUẢ CỤ THỂ
1. Chính phủ số
c) Cổng Dịch vụ công quốc gia
- Lũy kế đến ngày 31/5/2025, Cổng DVCQG có 15,73 triệu tài khoản đăng ký; riêng trong tháng 5/2025 có thêm 286.410 tài khoản mới.
- Số hồ sơ trực tuyến nộp qua Cổng trong tháng: 1.942.605 hồ sơ; lũy kế từ đầu năm 2025: 8,7 triệu hồ sơ.
- Thanh toán trực tuyến: trong tháng 5 có 1.108.220 giao dịch, số tiền 1.264 tỷ đồng.
5""",
        "2025-06-06",
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 15730000),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 286410),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1942605),
            ("national_portal_dossiers_new", "national", "ytd", "2025-05-31", 8700000),
            ("online_payments_count_new", "national", "month", "2025-05-31", 1108220),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1264),
        ],
    ),
    # Thông báo with footnotes glued to words in the body ("còn thấp1"): the footnote bodies carry the dated values; the 100% requirement is a target
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 341/TB-VPCP                   Hà Nội, ngày 05 tháng 8 năm 2025
THÔNG BÁO Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về triển khai Đề án 06
1. Thời gian qua, việc cung cấp dịch vụ công trực tuyến có chuyển biến tích cực, tuy nhiên tỷ lệ người dân trưởng thành sử dụng DVCTT còn thấp1; tỷ lệ hồ sơ gắn mã định danh cá nhân chưa cao2.
2. Yêu cầu các bộ, ngành, địa phương khẩn trương tái cấu trúc quy trình, bảo đảm 100% hồ sơ TTHC gắn mã định danh cá nhân trong năm 2025.
_______________
1 Tính đến ngày 30/6/2025, tỷ lệ người dân trưởng thành sử dụng DVCTT đạt 38,6%.
2 Tỷ lệ hồ sơ TTHC gắn với mã số định danh cá nhân đến ngày 30/6/2025 là 71,25%.""",
        "2025-08-05",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-06-30", 38.6),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-06-30", 71.25),
        ],
    ),
    # Tab-separated table with two year columns: satisfaction rate for each year; complaints and on-time dossiers have no id
    (
        """UBND TỈNH QUẢNG NINH
SỞ NỘI VỤ
Số: 205/BC-SNV                    Quảng Ninh, ngày 16 tháng 01 năm 2025
BÁO CÁO Kết quả đo lường sự hài lòng của người dân, doanh nghiệp năm 2024
Bảng 1. Kết quả chính
STT\tChỉ tiêu\tNăm 2023\tNăm 2024
1\tTỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC (%)\t94,10\t96,35
2\tSố phản ánh, kiến nghị đã xử lý (lượt)\t1.204\t1.390
3\tTỷ lệ hồ sơ giải quyết đúng hạn (%)\t98,9\t99,2""",
        "2025-01-16",
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 94.1),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 96.35),
        ],
    ),
    # NEGATIVE: direction section: decrees, circulars, conferences, connected databases, population-database requests, ICT revenue in USD, training classes
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1890/BC-BKHCN                 Hà Nội, ngày 08 tháng 7 năm 2025
II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH QUÝ II/2025
- Bộ đã trình Chính phủ ban hành 03 nghị định, ban hành theo thẩm quyền 07 thông tư; tổ chức 02 hội nghị trực tuyến toàn quốc với 63 điểm cầu.
- Đã kết nối 26 cơ sở dữ liệu quốc gia, CSDL chuyên ngành với CSDL quốc gia về dân cư; CSDL dân cư đã phục vụ 1,2 tỷ lượt yêu cầu xác thực.
- Doanh thu công nghiệp công nghệ số quý II/2025 ước đạt 42,6 tỷ USD, tăng 21% so với cùng kỳ.
- Tổ chức 14 lớp bồi dưỡng kỹ năng số cho 2.350 cán bộ, công chức.""",
        "2025-07-08",
        [],
    ),
    # Provincial plan: dead-zone villages covered "148/176 … (đạt 84,1%)" in the 2024 review, "Hiện còn 57" left kept, "trong đó 29" and the target not
    (
        """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 18/KH-UBND                    Lào Cai, ngày 15 tháng 01 năm 2025
KẾ HOẠCH Phủ sóng di động các thôn, bản lõm sóng năm 2025
I. KẾT QUẢ NĂM 2024
Năm 2024, toàn tỉnh đã phủ sóng 148/176 thôn, bản lõm sóng có điện lưới (đạt 84,1%). Hiện còn 57 thôn, bản chưa có sóng di động băng rộng, trong đó 29 thôn chưa có điện lưới quốc gia.
II. MỤC TIÊU
Phấn đấu đến hết quý III/2025 xóa 100% thôn, bản lõm sóng có điện lưới.""",
        "2025-01-15",
        [
            ("dead_zone_villages_covered_rate", "Lào Cai", "year", "2024-12-31", 84.1),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-01-15", 57),
        ],
    ),
    # Security-level approval split into khối bộ, ngành / khối địa phương in parentheses; September target not stored; EMC share after "84/92 …, đạt"
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1733/BC-BKHCN                 Hà Nội, ngày 04 tháng 7 năm 2025
BÁO CÁO chuyển đổi số quốc gia tháng 6 và 6 tháng đầu năm 2025
4. An toàn thông tin mạng
- Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ tính đến hết tháng 6/2025 đạt 87,4% (khối bộ, ngành 82,1%; khối địa phương 90,3%).
- Mục tiêu đến tháng 9/2025: 100% hệ thống thông tin được phê duyệt cấp độ.
5. Hệ thống giám sát, đo lường (EMC)
- 84/92 hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC, đạt 91,3%.""",
        "2025-07-04",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 87.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-06-30", 82.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-06-30", 90.3),
            ("emc_connection_rate", "national", "as_of", "2025-06-30", 91.3),
        ],
    ),
    # "Tính đến ngày 30/4/2025:" heading a "-" list: e-invoices and Mobile Money totals stored, their "trong đó" parts not; payment-account share
    (
        """BÁO CÁO Tình hình phát triển kinh tế số, xã hội số tháng 4/2025
(Số: 1122/BC-BKHCN ngày 08/5/2025)
3. Thanh toán số, hóa đơn điện tử
Tính đến ngày 30/4/2025:
- Hệ thống hóa đơn điện tử đã tiếp nhận, xử lý 9,12 tỷ hóa đơn, trong đó 3,2 tỷ hóa đơn có mã của cơ quan thuế;
- Dịch vụ Mobile Money có 10,2 triệu khách hàng, trong đó 7,1 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa;
- Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87,1%.""",
        "2025-05-08",
        [
            ("e_invoices_total", "national", "as_of", "2025-04-30", 9120000000),
            ("mobile_money_customers", "national", "as_of", "2025-04-30", 10200000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-04-30", 87.1),
        ],
    ),
    # Ministry of Public Security report with "+" list under "Tính đến ngày 15/4/2025": ID cards and VNeID totals; sub-count and 30/6 target not stored
    (
        """BỘ CÔNG AN
Số: 95/BC-BCA-C06                 Hà Nội, ngày 18 tháng 4 năm 2025
BÁO CÁO Sơ kết quý I/2025 thực hiện Đề án 06
Tính đến ngày 15/4/2025:
+ Cả nước đã cấp 88.612.437 thẻ căn cước (gồm thẻ Căn cước công dân gắn chip và thẻ căn cước);
+ Kích hoạt 61,3 triệu tài khoản định danh điện tử (VNeID), trong đó 58,9 triệu tài khoản của công dân Việt Nam mức độ 2;
+ Phấn đấu đến ngày 30/6/2025 kích hoạt 65 triệu tài khoản.""",
        "2025-04-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 88612437),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 61300000),
        ],
    ),
    # NEGATIVE: Sở report with only year-on-year changes, "gấp 2,1 lần", one operator's stations and subscribers, inspections and documents
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Số: 1520/BC-SKHCN                 Đồng Nai, ngày 09 tháng 7 năm 2025
BÁO CÁO Tình hình phát triển hạ tầng số 6 tháng đầu năm 2025
- Số thuê bao băng rộng cố định trên địa bàn tỉnh tăng 8,4% so với cùng kỳ; số trạm 5G tăng gấp 2,1 lần so với cuối năm 2024.
- Riêng VNPT Đồng Nai đã lắp đặt 214 trạm 5G, phát triển mới 35.600 thuê bao FiberVNN; Viettel Đồng Nai phủ sóng 5G tới 92% khu công nghiệp.
- Sở đã tổ chức 04 cuộc kiểm tra, ban hành 06 văn bản hướng dẫn về hạ tầng viễn thông thụ động.""",
        "2025-07-09",
        [],
    ),
    # City report: "1.702 DVCTT, đạt tỷ lệ 92,4% trên tổng số TTHC" then, after "trong đó", the full-process share of ELIGIBLE procedures
    (
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 98/BC-UBND                    Đà Nẵng, ngày 12 tháng 4 năm 2025
BÁO CÁO Tình hình cải cách TTHC, chuyển đổi số quý I/2025
1. Cung cấp dịch vụ công trực tuyến
Tính đến ngày 31/3/2025, thành phố cung cấp 1.702 DVCTT, đạt tỷ lệ 92,4% trên tổng số TTHC; trong đó 1.215 DVCTT toàn trình, đạt 96,8% số TTHC đủ điều kiện cung cấp toàn trình.""",
        "2025-04-12",
        [
            ("dvctt_rate", "Đà Nẵng", "as_of", "2025-03-31", 92.4),
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2025-03-31", 96.8),
        ],
    ),
    # Space-aligned table from a PDF with ministries / localities columns under a month caption; digitisation row has no id; source line and page number
    (
        """Bảng 3. Một số chỉ tiêu theo Quyết định số 766/QĐ-TTg, tháng 4/2025
Chỉ tiêu                                          Khối bộ, ngành    Khối địa phương
Tỷ lệ hồ sơ trực tuyến (%)                             61,20              48,75
Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%)         38,02              52,16
Tỷ lệ trả kết quả điện tử (%)                          91,47              96,03
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)          70,15              81,44
Nguồn: Cổng Dịch vụ công quốc gia, số liệu ngày 05/5/2025
- 9 -""",
        "2025-05-07",
        [
            ("online_dossier_rate", "ministries", "month", "2025-04-30", 61.2),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 48.75),
            ("data_reuse_rate", "ministries", "month", "2025-04-30", 38.02),
            ("data_reuse_rate", "localities", "month", "2025-04-30", 52.16),
            ("e_result_rate", "ministries", "month", "2025-04-30", 91.47),
            ("e_result_rate", "localities", "month", "2025-04-30", 96.03),
        ],
    ),
    # Sở report "Toàn tỉnh hiện có": mobile and fixed broadband subscriptions (fixed broadband written "băng thông rộng cố định"), FTTH share; communes with broadband has no id
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH
Số: 310/BC-SKHCN                  Hà Tĩnh, ngày 20 tháng 3 năm 2025
BÁO CÁO Hiện trạng hạ tầng số trên địa bàn tỉnh
a) Hạ tầng viễn thông
- Toàn tỉnh hiện có 412.500 thuê bao băng rộng di động và 168.900 thuê bao băng thông rộng cố định;
- 86,7% hộ gia đình đã sử dụng Internet cáp quang (FTTH);
- 100% xã, phường, thị trấn có hạ tầng băng rộng cố định.""",
        "2025-03-20",
        [
            ("mobile_broadband_subscriptions", "Hà Tĩnh", "as_of", "2025-03-20", 412500),
            ("fixed_broadband_subscriptions", "Hà Tĩnh", "as_of", "2025-03-20", 168900),
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2025-03-20", 86.7),
        ],
    ),
    # NEGATIVE: undated draft ("DỰ THẢO", blank date line) with no published date: its "Hiện nay" figures cannot be dated
    (
        """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
DỰ THẢO
Số:      /BC-UBND                 Sơn La, ngày      tháng      năm
BÁO CÁO Tình hình chuyển đổi số trên địa bàn tỉnh
Hiện nay, toàn tỉnh có 1.050 trạm BTS 5G; tỷ lệ hộ gia đình có kết nối cáp quang đạt 71%; 2.840 thôn, bản đã có sóng di động, còn 96 bản chưa có sóng.""",
        None,
        [],
    ),
    # National 2025 plan reviewing 2024: EGDI "71/193" (change of 15 places not stored), digital economy share of GDP and its growth; targets not stored
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 412/KH-BKHCN                  Hà Nội, ngày 14 tháng 02 năm 2025
KẾ HOẠCH Chuyển đổi số quốc gia năm 2025
I. KẾT QUẢ NĂM 2024
- Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2024 của Liên Hợp Quốc: Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá năm 2022.
- Kinh tế số năm 2024 ước chiếm 18,3% GDP; tốc độ tăng trưởng kinh tế số khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.
II. MỤC TIÊU NĂM 2025
- Kinh tế số đạt 20% GDP; EGDI tăng tối thiểu 5 bậc.""",
        "2025-02-14",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # "Tính đến hết quý I/2025:" over a list: connected agencies with a "trong đó" breakdown (not stored), connection points, year-to-date transactions and daily average
    (
        """(Trích Báo cáo số 905/BC-BKHCN ngày 07/4/2025)
2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Tính đến hết quý I/2025:
- NDXP đã kết nối với 102 cơ quan, đơn vị (trong đó 18 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, 63 tỉnh, thành phố trực thuộc Trung ương và 21 tổ chức, doanh nghiệp);
- Thiết lập 1.408 điểm kết nối giữa các hệ thống thông tin, CSDL;
- Lũy kế từ đầu năm 2025, NDXP phát sinh 301,5 triệu giao dịch, bình quân 3,35 triệu giao dịch/ngày.""",
        "2025-04-07",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-31", 102),
            ("ndxp_connection_points", "national", "as_of", "2025-03-31", 1408),
            ("ndxp_transactions_period", "national", "ytd", "2025-03-31", 301500000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3350000),
        ],
    ),
    # Quarterly bulletin: quarter's attacks and the previous quarter's in parentheses both stored; the change and the "+" list by type are not
    (
        """BẢN TIN AN TOÀN THÔNG TIN QUÝ II/2025
I. TỔNG QUAN
Quý II/2025, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 2.815 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (quý I/2025: 3.046 cuộc), giảm 7,6%.
Phân theo loại hình:
+ Lừa đảo (Phishing): 1.190 cuộc;
+ Thay đổi giao diện (Deface): 968 cuộc;
+ Mã độc (Malware): 657 cuộc.""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2025-06-30", 2815),
            ("cyberattacks", "national", "quarter", "2025-03-31", 3046),
        ],
    ),
    # Law-site page ("Số hiệu | Loại văn bản | Ngày ban hành") of a provincial plan: 2024 results (100% of eligible full-process, FTTH) stored; digitisation and target not
    (
        """Kế hoạch 156/KH-UBND năm 2025 về chuyển đổi số tỉnh Vĩnh Long
Số hiệu: 156/KH-UBND | Loại văn bản: Kế hoạch | Nơi ban hành: Tỉnh Vĩnh Long | Ngày ban hành: 28/02/2025 | Tình trạng: Còn hiệu lực
I. KẾT QUẢ ĐẠT ĐƯỢC NĂM 2024
- 100% TTHC đủ điều kiện đã được cung cấp dưới dạng DVCTT toàn trình;
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,6%;
- Tỷ lệ hộ gia đình có kết nối Internet cáp quang: 82,3%.
II. MỤC TIÊU NĂM 2025
- Tỷ lệ hộ gia đình có kết nối cáp quang đạt trên 90%.""",
        "2025-02-28",
        [
            ("full_process_provision_rate", "Vĩnh Long", "year", "2024-12-31", 100),
            ("ftth_household_rate", "Vĩnh Long", "year", "2024-12-31", 82.3),
        ],
    ),
    # Notice with "Đến nay": 56/63 provinces with a fee resolution and 798/1.084 procedures simplified stored; "07 … chưa ban hành", "còn 286" and the deadline not
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 221/TB-VPCP                   Hà Nội, ngày 15 tháng 5 năm 2024
THÔNG BÁO Kết luận của Thủ tướng Chính phủ tại cuộc họp trực tuyến về cải cách TTHC
1. Đến nay, 56/63 tỉnh, thành phố đã ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện DVCTT; 07 địa phương chưa ban hành.
2. Các bộ, cơ quan đã cắt giảm, đơn giản hóa 798/1.084 TTHC theo các Nghị quyết chuyên đề của Chính phủ, còn 286 TTHC chưa thực hiện.
3. Yêu cầu các địa phương còn lại ban hành nghị quyết trước ngày 31/5/2024.""",
        "2024-05-15",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-15", 56),
            ("procedures_simplified", "national", "as_of", "2024-05-15", 798),
        ],
    ),
    # Half-year online payments (flow twins) vs running totals since launch ("42,7 nghìn tỷ đồng"); the 34% change not stored
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1740/BC-BKHCN                 Hà Nội, ngày 10 tháng 7 năm 2025
BÁO CÁO chuyển đổi số quốc gia 6 tháng đầu năm 2025
d) Thanh toán trực tuyến trên Cổng DVCQG
6 tháng đầu năm 2025, Cổng DVCQG ghi nhận 7,56 triệu giao dịch thanh toán trực tuyến với tổng số tiền 9.842 tỷ đồng, tăng 34% so với cùng kỳ.
Lũy kế từ khi khai trương, đã có 51,3 triệu giao dịch thanh toán trực tuyến, tổng giá trị 42,7 nghìn tỷ đồng.
Trang 4""",
        "2025-07-10",
        [
            ("online_payments_count_new", "national", "half", "2025-06-30", 7560000),
            ("online_payments_value_new", "national", "half", "2025-06-30", 9842),
            ("online_payments_count", "national", "as_of", "2025-06-30", 51300000),
            ("online_payments_value", "national", "as_of", "2025-06-30", 42700),
        ],
    ),
    # NEGATIVE: newsletter items: single named ministries' rates, a market survey of people (smartphone users, respondents), Korea's figure, a target
    (
        """BẢN TIN CHUYỂN ĐỔI SỐ SỐ 04/2025
Điểm tin tháng 4/2025
- Bộ Tài chính dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến toàn trình đạt 94,2%; Bộ Công Thương đạt 91%.
- Theo khảo sát của một đơn vị nghiên cứu thị trường, 84% người dùng điện thoại tại Việt Nam sử dụng smartphone; 73% người được hỏi đã từng dùng dịch vụ công trực tuyến.
- Tại Hàn Quốc, tỷ lệ hồ sơ trực tuyến đạt 98%.
- Mục tiêu đến năm 2025: 80% hồ sơ trực tuyến toàn trình.""",
        "2025-05-02",
        [],
    ),
    # Pre-2022 wording in a 2022 provincial plan: "DVCTT mức độ 3, 4" (online services), "mức độ 4 chiếm … tổng số TTHC" (full-process), "có phát sinh hồ sơ"
    (
        """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 310/KH-UBND                   Long An, ngày 21 tháng 01 năm 2022
KẾ HOẠCH Chuyển đổi số tỉnh Long An năm 2022
1. Kết quả năm 2021
Năm 2021, tỷ lệ DVCTT mức độ 3, 4 của tỉnh đạt 55,5%; trong đó DVCTT mức độ 4 chiếm 36,8% tổng số TTHC; tỷ lệ DVCTT mức độ 3, 4 có phát sinh hồ sơ đạt 42,6%.
2. Mục tiêu năm 2022
Phấn đấu 100% DVCTT đủ điều kiện được cung cấp ở mức độ 4; tỷ lệ hồ sơ trực tuyến đạt trên 50%.""",
        "2022-01-21",
        [
            ("dvctt_rate", "Long An", "year", "2021-12-31", 55.5),
            ("dvctt_full_process_rate", "Long An", "year", "2021-12-31", 36.8),
            ("dvctt_with_dossiers_rate", "Long An", "year", "2021-12-31", 42.6),
        ],
    ),
    # Press release: national 5G stations "hơn 11.200" and coverage at a date; operators' stations, Viettel's "chạm mốc 90%" and the year-end target not stored
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
THÔNG CÁO BÁO CHÍ                 Hà Nội, ngày 17 tháng 10 năm 2025
Kết quả triển khai mạng 5G
Tính đến ngày 15/10/2025, cả nước đã lắp đặt hơn 11.200 trạm 5G, vùng phủ sóng 5G đạt 86,3% dân số; trong đó Viettel chiếm khoảng 8.000 trạm, VNPT 2.300 trạm.
Viettel cho biết vùng phủ 5G của mạng này đã chạm mốc 90% dân số.
Mục tiêu đến hết năm 2025 phủ sóng 5G đạt 90% dân số.""",
        "2025-10-17",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-10-15", 11200),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-15", 86.3),
        ],
    ),
    # Tab table with a unit column ("triệu thuê bao", "%") and the date in the caption; telecom revenue has no id
    (
        """Phụ lục 1
Bảng 1. Hạ tầng viễn thông (số liệu đến ngày 31/8/2025)
STT\tChỉ tiêu\tĐơn vị tính\tGiá trị
1\tThuê bao băng rộng di động\ttriệu thuê bao\t94,62
2\tThuê bao băng rộng cố định\ttriệu thuê bao\t24,31
3\tTỷ lệ thuê bao sử dụng điện thoại thông minh\t%\t90,7
4\tDoanh thu dịch vụ viễn thông (lũy kế 8 tháng)\tnghìn tỷ đồng\t231,5
(Nguồn: Cục Viễn thông)""",
        None,
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-08-31", 94620000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-08-31", 24310000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-08-31", 90.7),
        ],
    ),
    # Conference paper of a Sở: "Đến cuối năm 2024" share of villages with coverage, "chỉ còn 31 làng", Internet users; 2025 aims not stored
    (
        """THAM LUẬN
Của Sở Khoa học và Công nghệ tỉnh Gia Lai tại Hội nghị sơ kết chuyển đổi số (ngày 22/01/2025)
Kính thưa các đồng chí,
Đến cuối năm 2024, 98,6% thôn, làng trên địa bàn tỉnh đã có sóng di động băng rộng, chỉ còn 31 làng chưa có sóng; tỷ lệ người dân sử dụng Internet ước đạt 78%.
Năm 2025, tỉnh phấn đấu phủ sóng 100% thôn, làng và 85% người dân sử dụng Internet.""",
        "2025-01-22",
        [
            ("villages_with_mobile_coverage_rate", "Gia Lai", "as_of", "2024-12-31", 98.6),
            ("villages_without_mobile_coverage", "Gia Lai", "as_of", "2024-12-31", 31),
            ("internet_users_rate", "Gia Lai", "as_of", "2024-12-31", 78),
        ],
    ),
    # Reporting window "từ ngày 15/8/2025 đến ngày 14/9/2025" (month ending on the 14th), daily average, running total "lũy kế từ khi đưa vào vận hành"
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 2460/BC-BKHCN                 Hà Nội, ngày 16 tháng 9 năm 2025
BÁO CÁO Tình hình chuyển đổi số quốc gia tháng 9/2025
3. Nền tảng NDXP
Trong kỳ báo cáo (từ ngày 15/8/2025 đến ngày 14/9/2025), NDXP ghi nhận 118,2 triệu giao dịch, trung bình 3,81 triệu giao dịch/ngày.
Tổng số giao dịch lũy kế từ khi đưa vào vận hành: 4,39 tỷ giao dịch.""",
        "2025-09-16",
        [
            ("ndxp_transactions_period", "national", "month", "2025-09-14", 118200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-09-14", 3810000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-09-14", 4390000000),
        ],
    ),
    # Báo Chính phủ summary of a notice: adults using DVCTT "45,2% người trưởng thành" and satisfaction "tính đến hết tháng 8/2025"; the 50% and 100% targets not
    (
        """Kết luận Phiên họp thứ 14 Ủy ban Quốc gia về chuyển đổi số
(Chinhphu.vn) - Văn phòng Chính phủ vừa ban hành Thông báo số 412/TB-VPCP ngày 22/9/2025 kết luận của Thủ tướng Chính phủ tại Phiên họp thứ 14 Ủy ban Quốc gia về chuyển đổi số.
Thông báo nêu rõ, tính đến hết tháng 8/2025, 45,2% người trưởng thành đã sử dụng DVCTT, chưa đạt mục tiêu 50% đề ra cho năm 2025; tỷ lệ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt 92,6%.
Thủ tướng yêu cầu đến hết năm 2025 bảo đảm 100% hồ sơ TTHC gắn với mã định danh cá nhân.""",
        "2025-09-23",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-08-31", 45.2),
            ("satisfaction_rate", "national", "as_of", "2025-08-31", 92.6),
        ],
    ),
    # Label then "cả nước 60,1% (khối bộ, ngành …; khối địa phương …)" for full-process services; month's full-process dossier share per block
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 2711/BC-BKHCN                 Hà Nội, ngày 07 tháng 10 năm 2025
BÁO CÁO Tình hình chuyển đổi số quốc gia tháng 9/2025
1. Dịch vụ công trực tuyến
- Tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình trên tổng số TTHC tính đến 30/9/2025: cả nước 60,1% (khối bộ, ngành 65,3%; khối địa phương 58,9%).
- Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 9/2025: khối bộ, ngành 49,02%; khối địa phương 43,70%.""",
        "2025-10-07",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-30", 60.1),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-09-30", 65.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-09-30", 58.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-09-30", 49.02),
            ("online_dossier_full_process_rate", "localities", "month", "2025-09-30", 43.7),
        ],
    ),
    # Appendix with the date in a parenthesised caption and "+" items: dead-zone share after "1.804/1.912 …, đạt", villages left; parts and BTS count not stored
    (
        """Phụ lục 3
KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỦ SÓNG THÔN, BẢN LÕM SÓNG
(Tính đến ngày 30/11/2024)
+ Đã phủ sóng 1.804/1.912 thôn, bản lõm sóng có điện lưới, đạt 94,4%;
+ Hiện còn 378 thôn, bản chưa có sóng di động (gồm 108 thôn có điện lưới và 270 thôn chưa có điện lưới);
+ Các doanh nghiệp đã đầu tư 1.136 trạm BTS mới phục vụ chương trình.""",
        None,
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 94.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 378),
        ],
    ),
    # Month's new e-invoices (no id) vs the total since 7/2022 "lên tới 12,4 tỷ"; portal accounts and dossiers running totals
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 3020/BC-BKHCN                 Hà Nội, ngày 05 tháng 11 năm 2025
BÁO CÁO chuyển đổi số quốc gia tháng 10/2025
- Trong tháng 10/2025 có 412 triệu hóa đơn điện tử được khởi tạo; tổng số hóa đơn điện tử đã tiếp nhận, xử lý từ tháng 7/2022 đến 31/10/2025 lên tới 12,4 tỷ hóa đơn.
- Số tài khoản đăng ký trên Cổng DVCQG lũy kế đến 31/10/2025 lên tới 17,02 triệu tài khoản; tổng số hồ sơ trực tuyến đã nộp qua Cổng từ khi khai trương là 58,4 triệu hồ sơ.""",
        "2025-11-05",
        [
            ("e_invoices_total", "national", "as_of", "2025-10-31", 12400000000),
            ("national_portal_accounts", "national", "as_of", "2025-10-31", 17020000),
            ("national_portal_dossiers", "national", "as_of", "2025-10-31", 58400000),
        ],
    ),
    # City half-year report with a) b) c) items: online dossiers, personal-ID dossiers, data reuse for Hà Nội; d) target not stored
    (
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 214/BC-UBND                   Hà Nội, ngày 08 tháng 7 năm 2024
BÁO CÁO Kết quả thực hiện Đề án 06 và chuyển đổi số 6 tháng đầu năm 2024
a) 6 tháng đầu năm 2024, tỷ lệ hồ sơ TTHC của Thành phố được xử lý trực tuyến đạt 61,8%;
b) Tỷ lệ hồ sơ TTHC sử dụng mã số định danh cá nhân đạt 98,7%;
c) Tỷ lệ tái sử dụng dữ liệu, giấy tờ đã được số hóa đạt 36,2%;
d) Phấn đấu đến hết năm 2024 tỷ lệ tái sử dụng dữ liệu đạt 50%.""",
        "2024-07-08",
        [
            ("online_dossier_rate", "Hà Nội", "half", "2024-06-30", 61.8),
            ("dossiers_with_personal_id_rate", "Hà Nội", "half", "2024-06-30", 98.7),
            ("data_reuse_rate", "Hà Nội", "half", "2024-06-30", 36.2),
        ],
    ),
]
