"""Blind genre probes, round fourteen: provincial pages and reports (provincial newspapers with a
masthead, provincial portal news items, a Sở's monthly report excerpt with lines and tables, a
provincial People's Committee report, interviews with provincial leaders, provincial police and
bank branch news), with the province named in varied ways (only in the masthead, in the title,
only in the lead, as "tỉnh", "toàn tỉnh", "trên địa bàn", "thành phố", "Thủ đô", via a provincial
body), national figures set beside the province's ("cao hơn mức bình quân cả nước là …"), ranks
among provinces and DTI ranks (no id, not stored), district and commune figures and an operator's
provincial branch figures (not stored), merged provinces after 1/7/2025 ("tỉnh Phú Thọ (mới)",
"sau sáp nhập", the former provinces' last figures), targets, year-on-year changes, "trong đó"
sub-counts, counts of plans and meetings, and undated texts; the cases span online dossiers and
services, fibre households, smartphones, 5G stations and coverage, villages without coverage,
digital economy share and growth, VNeID and chip ID cards, cashless payments, NDXP and
cybersecurity. Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Province named only in the masthead; "4 tháng đầu năm" rates (ytd), a change, a target, a digitisation rate with no id.
    (
        """BÁO BẮC GIANG
Thứ Ba, 20/05/2025 - 08:15
Giải quyết thủ tục hành chính trên môi trường số: tỷ lệ hồ sơ trực tuyến tiếp tục tăng
(BBG) - Theo Văn phòng UBND tỉnh, 4 tháng đầu năm 2025, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 612.480 hồ sơ TTHC.
Trong đó, 548.700 hồ sơ được tiếp nhận trực tuyến, chiếm 89,6% tổng số hồ sơ.
Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,2%, tăng 8,4% so với cùng kỳ năm 2024.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 94,3%.
Tỉnh hiện là một trong những địa phương dẫn đầu khu vực trung du và miền núi phía Bắc về cải cách hành chính.
Thời gian tới, tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 80% vào cuối năm 2025.""",
        "2025-05-20",
        [
            ("online_dossier_rate", "Bắc Giang", "ytd", "2025-04-30", 89.6),
            ("online_dossier_full_process_rate", "Bắc Giang", "ytd", "2025-04-30", 61.2),
        ],
    ),
    # Provincial portal: fibre and smartphone rates with the national average set beside ("cao hơn mức bình quân cả nước là"); 5G stations "hiện đã có".
    (
        """Cổng Thông tin điện tử tỉnh Quảng Ninh
Hạ tầng số đi trước một bước
25/10/2024 | Tin tức - Sự kiện
Theo Sở Thông tin và Truyền thông, tính đến hết tháng 9/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh đạt 91,5%, cao hơn mức bình quân cả nước là 82,3%.
Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 88,7%.
Chỉ sau 10 ngày kể từ khi các nhà mạng khai trương dịch vụ 5G, toàn tỉnh hiện đã có 186 trạm BTS 5G, phủ sóng trung tâm các thành phố Hạ Long, Cẩm Phả, Móng Cái và các khu công nghiệp.
100% xã, phường, thị trấn đã có hạ tầng băng rộng cố định.
Giai đoạn tới, tỉnh đặt mục tiêu 100% hộ gia đình có cáp quang vào năm 2025.""",
        "2024-10-25",
        [
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-09-30", 91.5),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.3),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2024-09-30", 88.7),
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2024-10-25", 186),
        ],
    ),
    # A Sở's monthly report excerpt written as lines: counts with shares of all procedures in parentheses, the month's dossier rates.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NGHỆ AN
BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số tháng 3/2024
I. CHÍNH QUYỀN SỐ
1. Cung cấp dịch vụ công trực tuyến (số liệu đến ngày 31/3/2024):
- Tổng số TTHC thuộc thẩm quyền giải quyết của tỉnh: 1.842 thủ tục.
- Số DVCTT: 1.695 (đạt tỷ lệ 92,02% trên tổng số TTHC).
- Số DVCTT toàn trình: 958, chiếm 52,01% tổng số TTHC.
2. Kết quả xử lý hồ sơ trong tháng 3/2024:
- Tỷ lệ hồ sơ xử lý trực tuyến: 68,4%.
- Tỷ lệ hồ sơ cấp kết quả điện tử: 71,2%.
- Tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa: 38,5%.""",
        None,
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2024-03-31", 92.02),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2024-03-31", 52.01),
            ("online_dossier_rate", "Nghệ An", "month", "2024-03-31", 68.4),
            ("e_result_rate", "Nghệ An", "month", "2024-03-31", 71.2),
            ("data_reuse_rate", "Nghệ An", "month", "2024-03-31", 38.5),
        ],
    ),
    # Provincial People's Committee half-year report: GRDP share with a point change, DTI rank (no id), plans and meetings, targets.
    (
        """UBND TỈNH THÁI NGUYÊN
BÁO CÁO
Kết quả thực hiện Chương trình chuyển đổi số 6 tháng đầu năm 2024
1. Kết quả nổi bật:
- Tỷ trọng kinh tế số trong GRDP của tỉnh 6 tháng đầu năm 2024 ước đạt 38,6%, tăng 1,2 điểm phần trăm so với cùng kỳ năm trước.
- Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 của tỉnh xếp thứ 9/63 tỉnh, thành phố, tăng 4 bậc.
- Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình 6 tháng đạt 42,7%.
- UBND tỉnh đã ban hành 14 kế hoạch, 6 quyết định về chuyển đổi số; tổ chức 3 hội nghị chuyên đề.
2. Mục tiêu đến năm 2025: kinh tế số chiếm 40% GRDP; tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        None,
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "half", "2024-06-30", 38.6),
            ("online_dossier_full_process_rate", "Thái Nguyên", "half", "2024-06-30", 42.7),
        ],
    ),
    # Interview with a provincial leader: villages covered (not the level), villages left "đến nay", a district's count, an operator's stations, a target.
    (
        """Phó Chủ tịch UBND tỉnh Lào Cai: "Không để thôn, bản nào đứng ngoài chuyển đổi số"
PV: Thưa ông, công tác xóa vùng lõm sóng năm 2024 của tỉnh đạt kết quả như thế nào?
Phó Chủ tịch UBND tỉnh: Năm 2024, tỉnh đã phối hợp với các doanh nghiệp viễn thông phủ sóng cho 112 thôn, bản lõm sóng.
Đến nay, toàn tỉnh còn 46 thôn, bản chưa có sóng di động, tập trung ở các huyện Bát Xát, Mường Khương, Si Ma Cai; riêng huyện Si Ma Cai còn 9 thôn.
Tỷ lệ thôn, bản có sóng di động băng rộng đạt 97,1%.
Riêng Viettel Lào Cai trong năm đã đầu tư 38 trạm BTS mới ở vùng cao.
PV: Mục tiêu của tỉnh trong năm 2025 là gì, thưa ông?
Phó Chủ tịch UBND tỉnh: Tỉnh phấn đấu đến hết năm 2025 không còn thôn, bản lõm sóng và 100% hộ gia đình có Internet cáp quang.""",
        "2024-12-28",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-12-28", 46),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-12-28", 97.1),
        ],
    ),
    # Merged province "tỉnh Phú Thọ (mới)" after 1/7/2025: VNeID at a date, the month's full-process rate; ward and commune figures not stored.
    (
        """BÁO PHÚ THỌ ĐIỆN TỬ
Tỉnh Phú Thọ (mới) đẩy mạnh ứng dụng VNeID sau sáp nhập
Sau sáp nhập ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình, tỉnh Phú Thọ (mới) có 148 đơn vị hành chính cấp xã với dân số hơn 4 triệu người.
Theo Công an tỉnh, tính đến ngày 31/7/2025, toàn tỉnh đã kích hoạt 2.614.300 tài khoản định danh điện tử mức độ 2.
Trong tháng 7/2025, tỷ lệ hồ sơ TTHC của toàn tỉnh được giải quyết trực tuyến toàn trình đạt 58,4%.
Phường Vĩnh Yên dẫn đầu với 81.200 tài khoản được kích hoạt; xã Đà Bắc có tỷ lệ hồ sơ trực tuyến đạt 73%.
Công an tỉnh đặt mục tiêu 100% công dân đủ điều kiện được kích hoạt tài khoản trước ngày 31/12/2025.""",
        "2025-08-12",
        [
            ("vneid_activated_accounts", "Phú Thọ", "as_of", "2025-07-31", 2614300),
            ("online_dossier_full_process_rate", "Phú Thọ", "month", "2025-07-31", 58.4),
        ],
    ),
    # Provincial police (Công an tỉnh) report: applications received (no id) then "trong đó đã kích hoạt" (another indicator, stored), chip cards, a district police count.
    (
        """CÔNG AN TỈNH HÀ TĨNH
Kết quả triển khai Đề án 06 tính đến ngày 29/02/2024
Tính đến ngày 29/02/2024, Công an tỉnh đã thu nhận 1.021.450 hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó đã kích hoạt 712.380 tài khoản.
Lực lượng Cảnh sát quản lý hành chính đã cấp 1.132.600 thẻ Căn cước công dân gắn chip, đạt 99,2% số công dân thuộc diện cấp.
Công an huyện Kỳ Anh là đơn vị dẫn đầu với 48.310 tài khoản được kích hoạt.
Trong tháng 02/2024, Công an tỉnh tổ chức 126 đợt cấp lưu động tại các xã và 14 buổi tuyên truyền.
Thời gian tới, phấn đấu kích hoạt thêm 150.000 tài khoản trước ngày 30/6/2024.""",
        "2024-03-05",
        [
            ("vneid_activated_accounts", "Hà Tĩnh", "as_of", "2024-02-29", 712380),
            ("chip_id_cards_issued", "Hà Tĩnh", "as_of", "2024-02-29", 1132600),
        ],
    ),
    # Cashless, from a bank branch: the province's adult account rate with the national level in parentheses, Mobile Money customers, rural part, an operator's own figure.
    (
        """Báo Đồng Tháp
Thanh toán không dùng tiền mặt lan tỏa về nông thôn
Theo Ngân hàng Nhà nước chi nhánh tỉnh Đồng Tháp, đến cuối tháng 5/2024, tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt 78,5%, thấp hơn mức chung của cả nước (khoảng 87%).
Dịch vụ Mobile Money trên địa bàn có 95.400 khách hàng đăng ký, trong đó 71% ở khu vực nông thôn.
Riêng Viettel Money đã có hơn 60.000 khách hàng tại Đồng Tháp.
Tỷ lệ chi trả an sinh xã hội qua tài khoản đạt 92%.
Giá trị giao dịch thanh toán qua mã QR 5 tháng đầu năm tăng 45% so với cùng kỳ năm 2023.""",
        "2024-06-20",
        [
            ("adults_with_bank_account_rate", "Đồng Tháp", "as_of", "2024-05-31", 78.5),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-31", 87),
            ("mobile_money_customers", "Đồng Tháp", "as_of", "2024-05-31", 95400),
        ],
    ),
    # Provincial tax office: cumulative e-invoices since 1/7/2022 with "gần … triệu", a "trong đó" part, cash-register businesses, a yearly change.
    (
        """BÁO BÌNH DƯƠNG
Hóa đơn điện tử góp phần chống thất thu ngân sách
Theo Cục Thuế tỉnh, lũy kế từ ngày 1/7/2022 đến ngày 31/12/2023, cơ quan thuế đã tiếp nhận, xử lý gần 412 triệu hóa đơn điện tử.
Trong đó có 95,6 triệu hóa đơn có mã của cơ quan thuế.
Hiện trên địa bàn có 2.150 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.
Riêng năm 2023, số hóa đơn tiếp nhận tăng 18% so với năm 2022.
Năm 2024, Cục Thuế tỉnh đặt mục tiêu 100% cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán.""",
        "2024-01-10",
        [
            ("e_invoices_total", "Bình Dương", "as_of", "2023-12-31", 412000000),
        ],
    ),
    # Provincial People's Committee quarterly report: satisfaction, adults using DVCTT, personal-ID dossiers, e-results; a change and the year's target.
    (
        """UBND TỈNH HẢI DƯƠNG
BÁO CÁO
Công tác cải cách hành chính quý II/2024
Kết quả một số chỉ tiêu chủ yếu trong quý:
- Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC: 98,6%.
- Tỷ lệ dân số trưởng thành sử dụng DVCTT: 47,3%.
- Tỷ lệ hồ sơ TTHC gắn với số định danh cá nhân: 99,1%.
- Tỷ lệ hồ sơ cấp kết quả điện tử: 87,9%.
So với quý I/2024, tỷ lệ hài lòng tăng 0,8%.
Chỉ tiêu năm 2024 theo Nghị quyết của HĐND tỉnh: tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 50%.""",
        None,
        [
            ("satisfaction_rate", "Hải Dương", "quarter", "2024-06-30", 98.6),
            ("adult_population_using_dvctt_rate", "Hải Dương", "quarter", "2024-06-30", 47.3),
            ("dossiers_with_personal_id_rate", "Hải Dương", "quarter", "2024-06-30", 99.1),
            ("e_result_rate", "Hải Dương", "quarter", "2024-06-30", 87.9),
        ],
    ),
    # Centrally-run city ("thành phố"): eligible procedures (full_process_provision_rate) vs all procedures, the national average in parentheses, a rank among provinces.
    (
        """Cổng thông tin điện tử thành phố Đà Nẵng
Đà Nẵng: 100% thủ tục đủ điều kiện đã được cung cấp trực tuyến toàn trình
10/9/2024
Theo Sở Thông tin và Truyền thông, đến nay thành phố đã cung cấp DVCTT toàn trình đối với 1.025/1.025 TTHC đủ điều kiện, đạt 100%.
Tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình trên tổng số TTHC của thành phố đạt 56,8%, cao hơn mức trung bình cả nước (khoảng 41,5%).
Tỷ lệ hồ sơ nộp trực tuyến 8 tháng đầu năm 2024 đạt 91,2%, xếp thứ 2/63 tỉnh, thành phố.
Thành phố phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%.""",
        "2024-09-10",
        [
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2024-09-10", 100),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-09-10", 56.8),
            ("dvctt_full_process_rate", "national", "as_of", "2024-09-10", 41.5),
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-08-31", 91.2),
        ],
    ),
    # Press summary on the capital ("Thủ đô", "trên địa bàn thành phố"): 5G stations with operators' parts after "trong đó", 5G population coverage, a 5G-only speed, the national count.
    (
        """Hà Nội có hơn 2.100 trạm 5G
Thủ đô đang dẫn đầu cả nước về số trạm phát sóng 5G.
Theo Sở Khoa học và Công nghệ Hà Nội, đến hết tháng 2/2025, trên địa bàn thành phố có 2.150 trạm BTS 5G, trong đó Viettel 1.420 trạm, VNPT 730 trạm.
Vùng phủ sóng 5G đã đạt khoảng 85% dân số thành phố, tập trung tại các quận nội thành.
Tốc độ tải xuống trung bình trên mạng 5G đo được tại nội thành đạt 320 Mbps.
Cả nước hiện có khoảng 7.500 trạm 5G đang hoạt động.
Năm 2025, thành phố đặt mục tiêu phủ sóng 5G tới 100% khu công nghiệp, khu công nghệ cao.""",
        "2025-03-10",
        [
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-02-28", 2150),
            ("fiveg_population_coverage_rate", "Hà Nội", "as_of", "2025-02-28", 85),
            ("fiveg_bts_count", "national", "as_of", "2025-03-10", 7500),
        ],
    ),
    # Negative: a commune's and a district's figures only (below the province), nothing stored.
    (
        """Báo Nam Định
Xã Yên Lương: điểm sáng chuyển đổi số ở vùng nông thôn
Đến nay, 100% hộ gia đình ở xã Yên Lương (huyện Ý Yên) đã có kết nối Internet cáp quang.
Tỷ lệ người trưởng thành trong xã có điện thoại thông minh đạt 93%; 88% hộ gia đình có tài khoản thanh toán.
Tỷ lệ hồ sơ TTHC của xã được nộp trực tuyến đạt 96%, cao nhất huyện.
Toàn huyện Ý Yên hiện có 45 trạm 5G, tỷ lệ hộ có cáp quang đạt 89,2%.
Mô hình "Tổ công nghệ số cộng đồng" của xã có 14 tổ với 86 thành viên.""",
        "2024-11-02",
        [],
    ),
    # An operator's provincial branch figures (VNPT, Viettel; not stored) beside the Sở's province-wide figures "đến nay".
    (
        """BÁO THANH HÓA
Hạ tầng viễn thông sẵn sàng cho chuyển đổi số
VNPT Thanh Hóa cho biết đơn vị đang phục vụ hơn 210.000 thuê bao Internet cáp quang, chiếm 46% thị phần băng rộng cố định trên địa bàn; năm 2024 đã phát sóng 85 trạm 5G.
Viettel Thanh Hóa đã đưa vào hoạt động 310 trạm 5G, phủ sóng thành phố Thanh Hóa, thị xã Nghi Sơn và thành phố Sầm Sơn.
Theo Sở Thông tin và Truyền thông, đến nay toàn tỉnh có 512 trạm 5G.
Tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh đạt 84,3%.
Mục tiêu đến năm 2025 là phủ sóng 5G tới 100% khu kinh tế, khu công nghiệp của tỉnh.""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "Thanh Hóa", "as_of", "2025-01-15", 512),
            ("ftth_household_rate", "Thanh Hóa", "as_of", "2025-01-15", 84.3),
        ],
    ),
    # Sở report on the provincial platform: LGSP transactions (not NDXP) vs the province's NDXP transactions in the month and per day; the national cumulative.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH
Báo cáo kết quả chuyển đổi số tháng 6/2024 (trích)
3. Nền tảng tích hợp, chia sẻ dữ liệu
- Nền tảng LGSP của tỉnh trong tháng 6/2024 thực hiện 1.254.300 giao dịch; lũy kế từ khi vận hành đạt 18,2 triệu giao dịch.
- LGSP đã kết nối với NDXP để khai thác 9 CSDL quốc gia, CSDL chuyên ngành; trong tháng 6/2024 phát sinh 356.420 giao dịch của tỉnh qua NDXP.
- Bình quân mỗi ngày trong tháng có khoảng 11.880 giao dịch của tỉnh qua NDXP.
- Theo Cục Chuyển đổi số quốc gia, đến hết tháng 6/2024, NDXP đã thực hiện lũy kế 1,05 tỷ giao dịch.""",
        None,
        [
            ("ndxp_transactions_period", "Bình Định", "month", "2024-06-30", 356420),
            ("ndxp_transactions_daily_avg", "Bình Định", "day_avg", "2024-06-30", 11880),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 1050000000),
        ],
    ),
    # Cybersecurity in a province: attacks blocked by the provincial SOC (not incidents), level approval as "142/150 …, đạt 94,7%", the national incident count for the half.
    (
        """Lâm Đồng bảo đảm an toàn thông tin cho chính quyền số
(LĐ) - Theo Sở Thông tin và Truyền thông tỉnh Lâm Đồng, 6 tháng đầu năm 2024, Trung tâm Giám sát an toàn thông tin (SOC) của tỉnh đã phát hiện, ngăn chặn 2.315 lượt tấn công, dò quét vào các hệ thống thông tin của tỉnh.
Không để xảy ra sự cố nghiêm trọng làm gián đoạn hoạt động của các cơ quan nhà nước.
Đến ngày 30/6/2024, tỉnh đã phê duyệt hồ sơ đề xuất cấp độ cho 142/150 hệ thống thông tin, đạt 94,7%.
Theo Cục An toàn thông tin, 6 tháng đầu năm 2024 cả nước ghi nhận 4.125 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 32% so với cùng kỳ.
Tỉnh đặt mục tiêu hoàn thành phê duyệt cấp độ cho 100% hệ thống trong quý III/2024.""",
        "2024-07-25",
        [
            ("info_systems_level_approved_rate", "Lâm Đồng", "as_of", "2024-06-30", 94.7),
            ("cyberattacks", "national", "half", "2024-06-30", 4125),
        ],
    ),
    # A year under review: the province's digital economy growth and GRDP share, the national share beside it, ICT revenue (no id), DTI rank, a target.
    (
        """BÁO BẮC NINH
Kinh tế số - động lực tăng trưởng mới
Năm 2023, kinh tế số của tỉnh tăng trưởng 14,2%, chiếm 26,3% GRDP, cao gấp đôi mức 12,3% của cả nước.
Doanh thu công nghiệp công nghệ thông tin, điện tử - viễn thông trên địa bàn đạt 61,5 tỷ USD.
Chỉ số DTI năm 2022 của tỉnh xếp thứ 12/63 tỉnh, thành phố.
Bắc Ninh đặt mục tiêu đến năm 2025 kinh tế số chiếm 30% GRDP.
Giai đoạn 2026-2030, tỉnh định hướng phát triển các khu công nghiệp công nghệ số tập trung.""",
        "2024-02-20",
        [
            ("digital_economy_growth", "Bắc Ninh", "year", "2023-12-31", 14.2),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 26.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.3),
        ],
    ),
    # Merged province: the three former provinces' last figures before 1/7/2025 (one sharing the new name), the new province's first fortnight.
    (
        """BÁO NINH BÌNH
Hợp nhất hệ thống giải quyết TTHC của ba tỉnh sau sáp nhập
Từ ngày 1/7/2025, tỉnh Ninh Bình (mới) chính thức đi vào hoạt động trên cơ sở hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình, với 129 xã, phường.
Tính đến ngày 30/6/2025, trước thời điểm sáp nhập, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Nam Định đạt 71,3%, tỉnh Hà Nam đạt 65,8%, tỉnh Ninh Bình (cũ) đạt 68,1%.
Tỉnh Ninh Bình (mới) hiện cung cấp 1.934 DVCTT, trong đó có 1.108 DVCTT toàn trình.
Từ ngày 1/7 đến ngày 15/7/2025, Hệ thống thông tin giải quyết TTHC của tỉnh đã tiếp nhận hơn 52.000 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt 84,5%.""",
        "2025-07-20",
        [
            ("online_dossier_full_process_rate", "Nam Định", "as_of", "2025-06-30", 71.3),
            ("online_dossier_full_process_rate", "Hà Nam", "as_of", "2025-06-30", 65.8),
            ("online_dossier_full_process_rate", "Ninh Bình", "as_of", "2025-06-30", 68.1),
            ("online_dossier_rate", "Ninh Bình", "month", "2025-07-15", 84.5),
        ],
    ),
    # Merged province (Tuyên Quang with Hà Giang): villages left "hiện nay", electrified part after "trong đó", villages newly covered, a commune's count, a target.
    (
        """Cổng TTĐT tỉnh Tuyên Quang
Sau sáp nhập, xóa vùng lõm sóng là nhiệm vụ trọng tâm
Sau khi hợp nhất với tỉnh Hà Giang, địa bàn tỉnh Tuyên Quang mở rộng lên tới các xã biên giới của cao nguyên đá.
Hiện nay, toàn tỉnh còn 312 thôn, bản lõm sóng di động, trong đó 204 thôn đã có điện lưới quốc gia.
Trong tháng 8/2025, các doanh nghiệp viễn thông đã phủ sóng thêm 27 thôn.
Riêng xã Mèo Vạc còn 18 thôn chưa có sóng.
Tỉnh phấn đấu đến hết năm 2025 xóa 150 thôn lõm sóng, ưu tiên các thôn đã có điện.""",
        "2025-09-05",
        [
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-09-05", 312),
        ],
    ),
    # Centrally-run city, first half before the merger: portal payments, their value and new accounts (the _new twins), a change.
    (
        """Cần Thơ: thanh toán trực tuyến trên Cổng DVCQG tăng mạnh
(CT) - 6 tháng đầu năm 2025, trước thời điểm hợp nhất với Sóc Trăng và Hậu Giang, thành phố Cần Thơ ghi nhận 52.600 giao dịch thanh toán trực tuyến qua Cổng DVCQG với tổng số tiền 48,7 tỷ đồng.
Số giao dịch tăng 27% so với cùng kỳ năm 2024.
Cũng trong 6 tháng, có 38.900 tài khoản đăng ký mới trên Cổng DVCQG.
Trong cùng kỳ, người dân thành phố đã nộp 145.000 hồ sơ trực tuyến qua Cổng DVCQG.
Trung tâm Phục vụ hành chính công thành phố bố trí 12 máy tính hướng dẫn người dân thanh toán.""",
        "2025-07-08",
        [
            ("online_payments_count_new", "Cần Thơ", "half", "2025-06-30", 52600),
            ("online_payments_value_new", "Cần Thơ", "half", "2025-06-30", 48.7),
            ("national_portal_accounts_new", "Cần Thơ", "half", "2025-06-30", 38900),
            ("national_portal_dossiers_new", "Cần Thơ", "half", "2025-06-30", 145000),
        ],
    ),
    # A Sở KH&CN (after the 2025 merger of departments) quick report as a table: a month column and a cumulative 5-month column; stocks at the month's end.
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN
Báo cáo nhanh kết quả chuyển đổi số tháng 5/2025
STT | Chỉ tiêu | Tháng 5/2025 | Lũy kế 5 tháng
1 | Tỷ lệ hồ sơ tiếp nhận trực tuyến (%) | 72,6 | 70,9
2 | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 51,3 | 49,8
3 | Tỷ lệ hồ sơ có kết quả điện tử (%) | 90,2 | 88,7
4 | Số trạm BTS 5G (trạm) | 412 | -
5 | Tỷ lệ hộ gia đình có Internet cáp quang (%) | 86,4 | -
Ghi chú: số liệu trạm 5G và cáp quang tính đến ngày 31/5/2025.""",
        "2025-06-05",
        [
            ("online_dossier_rate", "Nghệ An", "month", "2025-05-31", 72.6),
            ("online_dossier_rate", "Nghệ An", "ytd", "2025-05-31", 70.9),
            ("online_dossier_full_process_rate", "Nghệ An", "month", "2025-05-31", 51.3),
            ("online_dossier_full_process_rate", "Nghệ An", "ytd", "2025-05-31", 49.8),
            ("e_result_rate", "Nghệ An", "month", "2025-05-31", 90.2),
            ("e_result_rate", "Nghệ An", "ytd", "2025-05-31", 88.7),
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-05-31", 412),
            ("ftth_household_rate", "Nghệ An", "as_of", "2025-05-31", 86.4),
        ],
    ),
    # Interview with the head of a city's Sở after the merger: "hiện nay" stocks and rates at the publication date, DTI ranks of both former units, a target.
    (
        """Giám đốc Sở Khoa học và Công nghệ Hải Phòng: "Hạ tầng số phải đi trước sau hợp nhất"
PV: Sau khi hợp nhất với Hải Dương, hạ tầng số của thành phố hiện ra sao, thưa ông?
Giám đốc Sở: Thành phố hiện có 114 đơn vị hành chính cấp xã, gồm xã, phường và đặc khu.
Hiện nay, tỷ lệ hộ gia đình có Internet cáp quang toàn thành phố đạt 96,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 90,4%.
Thành phố đã có 1.870 trạm 5G, vùng phủ sóng 5G đạt 78% dân số.
Trong bảng xếp hạng DTI năm 2024, Hải Phòng xếp thứ 5/63, Hải Dương xếp thứ 21/63.
PV: Mục tiêu của thành phố trong năm 2026?
Giám đốc Sở: Phủ sóng 5G tới 95% dân số và 100% khu công nghiệp.""",
        "2025-10-10",
        [
            ("ftth_household_rate", "Hải Phòng", "as_of", "2025-10-10", 96.2),
            ("smartphone_subscriber_rate", "Hải Phòng", "as_of", "2025-10-10", 90.4),
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-10-10", 1870),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-10-10", 78),
        ],
    ),
    # Provincial portal relaying the national monthly report: ministries and localities blocks, then several provinces in parentheses.
    (
        """Cổng TTĐT tỉnh Quảng Ninh
Quảng Ninh dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình
12/6/2025
Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 48,2%, khối địa phương đạt 45,6%.
Quảng Ninh dẫn đầu khối địa phương với 78,3%, tiếp theo là Bình Dương (74,1%) và Đà Nẵng (72,9%).
Địa phương có tỷ lệ thấp nhất là Kon Tum (18,2%).
Tỉnh tiếp tục duy trì vị trí dẫn đầu Chỉ số DTI cấp tỉnh năm 2024.""",
        "2025-06-12",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 48.2),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 45.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-05-31", 78.3),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2025-05-31", 74.1),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-05-31", 72.9),
            ("online_dossier_full_process_rate", "Kon Tum", "month", "2025-05-31", 18.2),
        ],
    ),
    # Year-on-year changes beside levels: subscriptions "tính đến 30/6/2024" with their growth, revenue (no id), "1,15 triệu".
    (
        """BÁO GIA LAI
Viễn thông tăng trưởng ổn định 6 tháng đầu năm
Theo Sở Thông tin và Truyền thông, tính đến ngày 30/6/2024, toàn tỉnh có 196.500 thuê bao băng rộng cố định, tăng 12% so với cùng kỳ.
Số thuê bao băng rộng di động đạt 1,15 triệu thuê bao, tăng 9,4%.
Doanh thu dịch vụ viễn thông 6 tháng đạt 1.020 tỷ đồng, tăng 5% so với cùng kỳ năm 2023.
100% xã, phường, thị trấn đã có cáp quang đến trung tâm.
Số lượng trạm BTS 4G tăng thêm 210 trạm so với cuối năm 2023.""",
        "2024-07-30",
        [
            ("fixed_broadband_subscriptions", "Gia Lai", "as_of", "2024-06-30", 196500),
            ("mobile_broadband_subscriptions", "Gia Lai", "as_of", "2024-06-30", 1150000),
        ],
    ),
    # Smartphone share of people (no id, not stored) vs of subscriptions (stored), the smartphone count, Internet users.
    (
        """BÁO LẠNG SƠN
Điện thoại thông minh "phủ" vùng biên
Tính đến hết tháng 4/2024, tỷ lệ người trưởng thành sử dụng điện thoại thông minh trên địa bàn tỉnh Lạng Sơn đạt 85,2%.
Số thuê bao sử dụng điện thoại thông minh là 612.000 thuê bao, chiếm 79,4% tổng số thuê bao di động.
Tỷ lệ người dân sử dụng Internet đạt 76%.
Tại huyện Bình Gia, tỷ lệ này mới đạt 58%.
Năm 2024, tỉnh phấn đấu 90% người trưởng thành có điện thoại thông minh.""",
        "2024-05-16",
        [
            ("smartphone_subscriptions", "Lạng Sơn", "as_of", "2024-04-30", 612000),
            ("smartphone_subscriber_rate", "Lạng Sơn", "as_of", "2024-04-30", 79.4),
            ("internet_users_rate", "Lạng Sơn", "as_of", "2024-04-30", 76),
        ],
    ),
    # A table written as lines: the province's column and the national column, dated in the caption; a DTI rank row.
    (
        """UBND TỈNH BẮC KẠN
Báo cáo đánh giá hạ tầng số năm 2024 (trích)
Bảng 2. Một số chỉ tiêu hạ tầng số của tỉnh so với cả nước (số liệu đến 31/12/2024)
Chỉ tiêu | Bắc Kạn | Cả nước
Tỷ lệ hộ gia đình có Internet cáp quang (%) | 68,2 | 82,9
Tỷ lệ thuê bao di động sử dụng smartphone (%) | 81,5 | 86,7
Số thôn, bản chưa có sóng di động (thôn) | 57 | 1.233
Tỷ lệ dân số trưởng thành sử dụng DVCTT (%) | 41,6 | 44,8
Xếp hạng DTI năm 2023 | 55/63 | -""",
        None,
        [
            ("ftth_household_rate", "Bắc Kạn", "as_of", "2024-12-31", 68.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.9),
            ("smartphone_subscriber_rate", "Bắc Kạn", "as_of", "2024-12-31", 81.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 86.7),
            ("villages_without_mobile_coverage", "Bắc Kạn", "as_of", "2024-12-31", 57),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1233),
            ("adult_population_using_dvctt_rate", "Bắc Kạn", "as_of", "2024-12-31", 41.6),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 44.8),
        ],
    ),
    # A Sở's monthly report: the month's share after a count, "lũy kế từ đầu năm", portal payments in the month, a rank among provinces (not stored).
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG TRỊ
Báo cáo tháng 10/2024
1. Giải quyết TTHC trên môi trường điện tử
Trong tháng 10/2024, Hệ thống thông tin giải quyết TTHC tỉnh tiếp nhận 24.512 hồ sơ, trong đó tiếp nhận trực tuyến 19.003 hồ sơ, chiếm 77,5%.
Lũy kế từ đầu năm đến ngày 31/10/2024, tỷ lệ hồ sơ trực tuyến đạt 74,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,6%.
Trong tháng, Nền tảng thanh toán trực tuyến của Cổng DVCQG ghi nhận 3.415 giao dịch của tỉnh với số tiền hơn 1,2 tỷ đồng.
Tỉnh xếp thứ 12/63 cả nước về Chỉ số phục vụ người dân, doanh nghiệp.""",
        None,
        [
            ("online_dossier_rate", "Quảng Trị", "month", "2024-10-31", 77.5),
            ("online_dossier_rate", "Quảng Trị", "ytd", "2024-10-31", 74.2),
            ("online_dossier_full_process_rate", "Quảng Trị", "ytd", "2024-10-31", 39.6),
            ("online_payments_count_new", "Quảng Trị", "month", "2024-10-31", 3415),
            ("online_payments_value_new", "Quảng Trị", "month", "2024-10-31", 1.2),
        ],
    ),
    # Estimates for the year ("ước chiếm", "ước đạt"): GRDP share and growth of one province; e-commerce revenue (no id) and targets.
    (
        """BÁO VĨNH LONG
Kinh tế số từng bước khẳng định vai trò
Năm 2024, kinh tế số của tỉnh Vĩnh Long ước chiếm 9,8% GRDP; tốc độ tăng trưởng kinh tế số ước đạt 11,5%.
Doanh thu thương mại điện tử trên địa bàn ước đạt 1.250 tỷ đồng.
Toàn tỉnh có 1.840 hộ sản xuất, kinh doanh đưa sản phẩm lên sàn thương mại điện tử.
Theo Kế hoạch của UBND tỉnh, tỷ trọng kinh tế số phải đạt 15% GRDP vào năm 2025 và 30% vào năm 2030.""",
        "2025-01-06",
        [
            ("digital_economy_gdp_share", "Vĩnh Long", "year", "2024-12-31", 9.8),
            ("digital_economy_growth", "Vĩnh Long", "year", "2024-12-31", 11.5),
        ],
    ),
    # Dead-zone villages: "245/268 thôn … có điện lưới …, đạt 91,4%" (covered share), the electrified remainder (not stored), all villages left.
    (
        """Sơn La: phủ sóng hơn 91% thôn, bản lõm sóng có điện lưới
Tính đến ngày 31/10/2024, các doanh nghiệp viễn thông đã phủ sóng di động 245/268 thôn, bản lõm sóng có điện lưới trên địa bàn tỉnh Sơn La, đạt 91,4%.
Còn 23 thôn, bản đã có điện nhưng chưa có sóng, chủ yếu ở huyện Sốp Cộp và Mường La.
Toàn tỉnh hiện còn 410 thôn, bản chưa có sóng di động, phần lớn là các thôn chưa có điện lưới.
Viettel Sơn La đã xây dựng mới 68 trạm BTS trong 10 tháng.
Tỉnh phấn đấu trong quý I/2025 phủ sóng toàn bộ 23 thôn còn lại.""",
        "2024-11-12",
        [
            ("dead_zone_villages_covered_rate", "Sơn La", "as_of", "2024-10-31", 91.4),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-11-12", 410),
        ],
    ),
    # Provincial portal "hiện nay": Internet users (ước đạt), subscriptions, "trong đó 62 trạm 5G" (another indicator, stored), a district's rate.
    (
        """Cổng Thông tin điện tử tỉnh Cao Bằng
Hạ tầng số vùng biên: nhiều chuyển biến
20/11/2024
Hiện nay, tỷ lệ người dân sử dụng Internet trên địa bàn tỉnh ước đạt 72%.
Toàn tỉnh có 78.400 thuê bao băng rộng cố định và 412.000 thuê bao băng rộng di động.
Tỷ lệ hộ gia đình có Internet cáp quang đạt 65,3%, riêng huyện Bảo Lạc mới đạt 38%.
Toàn tỉnh có 1.460 trạm BTS, trong đó 62 trạm 5G.
Tỉnh đang đề xuất hỗ trợ từ Quỹ Dịch vụ viễn thông công ích để phủ sóng các xóm vùng cao.""",
        "2024-11-20",
        [
            ("internet_users_rate", "Cao Bằng", "as_of", "2024-11-20", 72),
            ("fixed_broadband_subscriptions", "Cao Bằng", "as_of", "2024-11-20", 78400),
            ("mobile_broadband_subscriptions", "Cao Bằng", "as_of", "2024-11-20", 412000),
            ("ftth_household_rate", "Cao Bằng", "as_of", "2024-11-20", 65.3),
            ("fiveg_bts_count", "Cao Bằng", "as_of", "2024-11-20", 62),
        ],
    ),
    # Negative: an interview with no publication date and no date in the text ("hiện nay" only, years only in targets): nothing can be dated.
    (
        """PHỎNG VẤN
Chủ tịch UBND tỉnh Kon Tum: "Chuyển đổi số phải lấy người dân làm trung tâm"
PV: Xin ông đánh giá kết quả chuyển đổi số của tỉnh thời gian qua?
Chủ tịch UBND tỉnh: Hiện nay, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt khoảng 60%, tỷ lệ hộ gia đình có cáp quang khoảng 70%.
Toàn tỉnh còn 96 thôn, làng lõm sóng, chủ yếu ở các huyện Kon Plông, Tu Mơ Rông.
PV: Mục tiêu thời gian tới của tỉnh là gì?
Chủ tịch UBND tỉnh: Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 10% GRDP và 100% thôn, làng có sóng di động.""",
        None,
        [],
    ),
    # Counts of resolutions, plans, decisions and conferences around two dated rates of procedures (levels at the quarter's end).
    (
        """BÁO HÀ NAM
Chuyển đổi số: từ nghị quyết đến kết quả cụ thể
Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, UBND tỉnh đã ban hành 25 kế hoạch, 12 quyết định và tổ chức 4 hội nghị chuyên đề về chuyển đổi số.
Tính đến hết quý I/2024, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình đạt 58% tổng số TTHC của tỉnh.
Tỷ lệ DVCTT trên tổng số TTHC đạt 97,6%.
Tỉnh đã ban hành 3 nghị quyết của HĐND về cơ chế, chính sách hỗ trợ chuyển đổi số.
100% cán bộ, công chức cấp tỉnh sử dụng chữ ký số trong xử lý văn bản.""",
        "2024-04-02",
        [
            ("dvctt_full_process_rate", "Hà Nam", "as_of", "2024-03-31", 58),
            ("dvctt_rate", "Hà Nam", "as_of", "2024-03-31", 97.6),
        ],
    ),
    # A province's own fee resolution (a percentage cut, not a value) and the national count of provinces with such resolutions ("một trong 58 tỉnh").
    (
        """BÁO GIA LAI
HĐND tỉnh giảm 50% phí, lệ phí khi nộp hồ sơ trực tuyến
Tại kỳ họp thứ 20, HĐND tỉnh Gia Lai khóa XII đã thông qua Nghị quyết quy định mức thu phí, lệ phí bằng 50% khi người dân, doanh nghiệp nộp hồ sơ qua dịch vụ công trực tuyến.
Nghị quyết áp dụng đối với 21 loại phí, lệ phí thuộc thẩm quyền của HĐND tỉnh.
Theo Văn phòng Chính phủ, với nghị quyết này, Gia Lai là một trong 58 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT.
Nghị quyết có hiệu lực từ ngày 1/7/2024 đến hết ngày 31/12/2025.""",
        "2024-05-28",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-28", 58),
        ],
    ),
    # Half-year review published weeks later: "Hiện nay" is the end of the half (2024-06-30), not the page date; portal accounts and VNeID of one province.
    (
        """BÁO BÌNH PHƯỚC
Sơ kết 6 tháng thực hiện Đề án 06: nhiều chỉ tiêu về đích sớm
Trong 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 186.400 hồ sơ TTHC, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 82,3%.
Tỷ lệ hồ sơ TTHC được số hóa kết quả đạt 76%.
Hiện nay, toàn tỉnh có 386.200 tài khoản đăng ký trên Cổng DVCQG; Công an tỉnh đã kích hoạt 612.000 tài khoản định danh điện tử cho công dân.
Công an tỉnh tổ chức 240 đợt cấp lưu động tại các xã vùng sâu, vùng xa.
Tỉnh xếp thứ 18/63 về tiến độ triển khai Đề án 06.""",
        "2024-08-20",
        [
            ("online_dossier_rate", "Bình Phước", "half", "2024-06-30", 82.3),
            ("national_portal_accounts", "Bình Phước", "as_of", "2024-06-30", 386200),
            ("vneid_activated_accounts", "Bình Phước", "as_of", "2024-06-30", 612000),
        ],
    ),
    # A centrally-run city since 2025 ("thành phố Huế"), quarter report: cumulative chip cards and VNeID "lũy kế đến 31/3/2025", an activation share (no id), the quarter's new cards.
    (
        """CÔNG AN THÀNH PHỐ HUẾ
Kết quả thực hiện Đề án 06 quý I/2025
Trong quý I/2025, Công an thành phố cấp mới 21.400 thẻ căn cước cho công dân.
Lũy kế đến ngày 31/3/2025, Công an thành phố Huế đã cấp 1.036.800 thẻ Căn cước công dân gắn chip và thẻ căn cước.
Đã kích hoạt 702.500 tài khoản định danh điện tử mức độ 2, đạt 71,8% dân số từ 14 tuổi trở lên.
Công an quận Thuận Hóa kích hoạt nhiều nhất với 41.200 tài khoản.
Quý II/2025, Công an thành phố phấn đấu kích hoạt thêm 50.000 tài khoản.""",
        "2025-04-18",
        [
            ("chip_id_cards_issued", "Huế", "as_of", "2025-03-31", 1036800),
            ("vneid_activated_accounts", "Huế", "as_of", "2025-03-31", 702500),
        ],
    ),
    # Download speeds of one province from a month's measurement, upload speeds (not stored), the national averages in parentheses, another country's figure.
    (
        """BÁO KHÁNH HÒA
Tốc độ Internet tại Khánh Hòa tiệm cận mức trung bình cả nước
Theo kết quả đo kiểm của Cục Viễn thông tháng 1/2025, tốc độ tải xuống băng rộng cố định trên địa bàn tỉnh đạt 152,6 Mbps, băng rộng di động đạt 64,3 Mbps.
Tốc độ tải lên lần lượt đạt 138,4 Mbps và 21,7 Mbps.
So với mức trung bình cả nước (tương ứng 148,2 Mbps và 71,5 Mbps), tốc độ băng rộng cố định của tỉnh cao hơn, băng rộng di động thấp hơn.
Singapore hiện dẫn đầu thế giới với tốc độ băng rộng cố định trên 300 Mbps.
Các nhà mạng đang nâng cấp thêm 120 trạm 4G tại các huyện đảo và vùng núi.""",
        "2025-02-14",
        [
            ("fixed_broadband_speed", "Khánh Hòa", "month", "2025-01-31", 152.6),
            ("mobile_broadband_speed", "Khánh Hòa", "month", "2025-01-31", 64.3),
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 148.2),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 71.5),
        ],
    ),
    # "11 tháng năm 2024" rates (ytd) with a rank among 63 provinces, a point change, two rates with no id, services that received dossiers.
    (
        """Cổng TTĐT tỉnh Tây Ninh
Tây Ninh vào nhóm dẫn đầu về giải quyết hồ sơ trực tuyến
11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 81,7%, xếp thứ 12/63 cả nước, tăng 23,5 điểm phần trăm so với cùng kỳ.
Tỷ lệ DVCTT có phát sinh hồ sơ đạt 76,4%.
Tỷ lệ hồ sơ thanh toán trực tuyến đạt 42%; tỷ lệ số hóa hồ sơ đạt 87%.
Các sở, ngành đã rà soát, đề xuất cắt giảm 36 TTHC nội bộ.
Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 85%.""",
        "2024-12-05",
        [
            ("online_dossier_rate", "Tây Ninh", "ytd", "2024-11-30", 81.7),
            ("dvctt_with_dossiers_rate", "Tây Ninh", "ytd", "2024-11-30", 76.4),
        ],
    ),
    # Merged province's police: the two former provinces' counts at 30/6/2025 and the new province's total at 15/7/2025, an activation share (no id), wards, a target.
    (
        """CÔNG AN TỈNH ĐẮK LẮK
Đề án 06: hợp nhất dữ liệu định danh điện tử sau sáp nhập
Từ ngày 1/7/2025, Công an tỉnh Đắk Lắk (mới) chính thức hoạt động trên cơ sở hợp nhất Công an hai tỉnh Đắk Lắk và Phú Yên.
Trước thời điểm sáp nhập, tính đến ngày 30/6/2025, Công an tỉnh Đắk Lắk đã kích hoạt 1.574.200 tài khoản định danh điện tử; Công an tỉnh Phú Yên kích hoạt 736.300 tài khoản.
Tính đến ngày 15/7/2025, toàn tỉnh Đắk Lắk (mới) đã kích hoạt 2.338.400 tài khoản định danh điện tử, đạt 79,6% dân số từ 14 tuổi trở lên.
Phường Tuy Hòa và phường Buôn Ma Thuột là hai đơn vị có số tài khoản kích hoạt cao nhất.
Công an tỉnh phấn đấu đến hết năm 2025 có 95% công dân đủ điều kiện được kích hoạt tài khoản.""",
        "2025-07-20",
        [
            ("vneid_activated_accounts", "Đắk Lắk", "as_of", "2025-06-30", 1574200),
            ("vneid_activated_accounts", "Phú Yên", "as_of", "2025-06-30", 736300),
            ("vneid_activated_accounts", "Đắk Lắk", "as_of", "2025-07-15", 2338400),
        ],
    ),
    # A provincial year-end report with no publication date: sentences open on "Năm 2024", so undated levels are the year's end; 4G coverage of villages, villages left, fibre.
    (
        """UBND TỈNH HÀ GIANG
BÁO CÁO
Tổng kết công tác chuyển đổi số năm 2024
Năm 2024, tỉnh đã phối hợp với các doanh nghiệp viễn thông phủ sóng 4G đến 98,2% thôn, bản trên địa bàn.
Số thôn lõm sóng còn 189 thôn, tập trung ở các huyện Mèo Vạc, Đồng Văn, Hoàng Su Phì.
Tỷ lệ hộ gia đình có Internet cáp quang đạt 59%.
Tỉnh đã cấp 2.850 chứng thư số cho cán bộ, công chức cấp xã.
Năm 2025, tỉnh phấn đấu tỷ lệ hộ gia đình có cáp quang đạt 70%.""",
        None,
        [
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-12-31", 98.2),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-12-31", 189),
            ("ftth_household_rate", "Hà Giang", "as_of", "2024-12-31", 59),
        ],
    ),
    # Merged province (An Giang with Kiên Giang) cashless: adult accounts at a date, Mobile Money customers, a rural share, an operator's own accounts, a rank among 34, a target.
    (
        """BÁO AN GIANG
Thanh toán không dùng tiền mặt: An Giang (mới) xếp thứ 8/34 tỉnh, thành
Sau sáp nhập tỉnh Kiên Giang vào tỉnh An Giang, ngành ngân hàng trên địa bàn đã hợp nhất số liệu thanh toán của hai tỉnh cũ.
Tính đến ngày 31/8/2025, tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt 81,3%.
Toàn tỉnh có 215.300 khách hàng sử dụng dịch vụ Mobile Money, trong đó khách hàng ở nông thôn, vùng biên giới chiếm 64%.
Riêng VNPT Money có 48.700 tài khoản tại An Giang.
100% các khoản chi trả trợ cấp xã hội tại 102 xã, phường, đặc khu được thực hiện qua tài khoản.
Theo kế hoạch, đến cuối năm 2025 tỷ lệ người trưởng thành có tài khoản thanh toán đạt 85%.""",
        "2025-09-15",
        [
            ("adults_with_bank_account_rate", "An Giang", "as_of", "2025-08-31", 81.3),
            ("mobile_money_customers", "An Giang", "as_of", "2025-08-31", 215300),
        ],
    ),
]
