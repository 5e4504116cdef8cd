"""Blind genre probes, round 26: whole ministry monthly reports and committee conclusion notices.

Each case is a complete document of 10-25 lines as it is saved to text: a title line naming the
month (or quarter, half, year), numbered sections (I., 1., a)), sub-heads, a results part and a
tasks / plans part whose numbers are targets, month-on-month comparisons with the previous
month's figure in parentheses, figures split by the ministries' block (khối bộ, ngành) and the
localities' block (khối địa phương), one or two provinces named best or worst, and a closing
signature block. The cases probe whether the extractor keeps the results while leaving out what
the genre mixes into them: targets in the tasks part, counts of decrees, plans and meetings,
year-on-year changes, remainders still to do, sub-counts after "trong đó", an operator's own
figure (Viettel, VNPT, MobiFone), another country's or the world's figure, one named ministry's
figure, districts and a province's own departments, and a bulletin nobody can date; they also
probe periods taken from a report window ("Kỳ báo cáo từ ngày ... đến ngày ..."), from a
signature date when the page has no published date, from a table header, "lũy kế từ đầu năm",
"hiện nay" with a published date, and GRDP shares that belong to one province.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Ministry monthly report: dossier rates with previous month in parentheses, blocks as a
    # dash list, best/worst province, NDXP month/day-average/cumulative; decrees and tasks left out.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1875/BC-BKHCN
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 5/2025
I. KẾT QUẢ THỰC HIỆN TRONG THÁNG
1. Về cung cấp dịch vụ công trực tuyến
a) Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 5/2025 của cả nước đạt 52,4% (tháng 4/2025: 50,9%), cụ thể:
- Khối bộ, ngành: 71,2%;
- Khối địa phương: 44,8%.
b) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,06%, tăng 1,2 điểm phần trăm so với tháng trước.
c) Địa phương dẫn đầu về tỷ lệ hồ sơ xử lý trực tuyến là Quảng Ninh với 86,5%; thấp nhất là Điện Biên, chỉ 12,3%.
2. Về Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng, NDXP ghi nhận 98,6 triệu giao dịch, bình quân 3,18 triệu giao dịch/ngày. Tính đến ngày 31/5/2025, tổng số giao dịch lũy kế từ năm 2019 lên tới 3,42 tỷ giao dịch.
3. Về thể chế
Trong tháng, Chính phủ ban hành 04 nghị định; các bộ, ngành ban hành 11 thông tư liên quan đến chuyển đổi số.
II. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2025
1. Phấn đấu tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt tối thiểu 55%; khối địa phương đạt 50%.
2. Bảo đảm 100% hồ sơ trực tuyến toàn trình được cấp kết quả điện tử.
Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT, CĐS.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG""",
        "2025-06-06",
        [
            ("online_dossier_rate", "national", "month", "2025-05-31", 52.4),
            ("online_dossier_rate", "national", "month", "2025-04-30", 50.9),
            ("online_dossier_rate", "ministries", "month", "2025-05-31", 71.2),
            ("online_dossier_rate", "localities", "month", "2025-05-31", 44.8),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 31.06),
            ("online_dossier_rate", "Quảng Ninh", "month", "2025-05-31", 86.5),
            ("online_dossier_rate", "Điện Biên", "month", "2025-05-31", 12.3),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 3420000000),
        ],
    ),
    # Government conclusion notice: "Đến nay" stocks dated at the meeting (49/53 essential
    # services, 63/63 fee resolutions), full-process share with blocks in parentheses, "mới đạt";
    # remainders (04 còn), decree/meeting counts and the tasks part left out.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 118/TB-VPCP
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ 10 của Ủy ban
Ngày 08 tháng 3 năm 2025, tại Trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì Phiên họp thứ 10 của Ủy ban Quốc gia về chuyển đổi số. Sau khi nghe Bộ Khoa học và Công nghệ báo cáo và ý kiến các thành viên, Thủ tướng Chính phủ kết luận như sau:
I. ĐÁNH GIÁ TÌNH HÌNH
1. Công tác chuyển đổi số tiếp tục có chuyển biến rõ nét. Đến nay, 49/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình; cả 63/63 tỉnh, thành phố đã có nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi sử dụng dịch vụ công trực tuyến.
2. Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình là 53,8% (khối bộ, ngành 47,2%; khối địa phương 56,9%).
3. Từ đầu nhiệm kỳ, Chính phủ, Thủ tướng Chính phủ đã ban hành 27 nghị định, 9 nghị quyết chuyên đề về cắt giảm, đơn giản hóa thủ tục hành chính; Ủy ban đã tổ chức 10 phiên họp.
4. Tuy nhiên, vẫn còn 04 dịch vụ công thiết yếu chưa được cung cấp toàn trình; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến mới đạt 38,4%, chưa đạt yêu cầu.
II. NHIỆM VỤ THỜI GIAN TỚI
1. Phấn đấu hoàn thành cung cấp toàn trình 53/53 dịch vụ công thiết yếu trong quý II/2025.
2. Đến hết năm 2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt tối thiểu 50%; 100% hồ sơ thủ tục hành chính được gắn với số định danh cá nhân.
3. Bộ Công an chủ trì, phối hợp với các bộ, ngành hoàn thành kết nối, chia sẻ dữ liệu dân cư với các hệ thống thông tin giải quyết TTHC trước ngày 30/6/2025.
Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.
Nơi nhận:
- Các thành viên Ủy ban Quốc gia về chuyển đổi số;
- Lưu: VT, KSTT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM""",
        "2025-03-14",
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-08", 49),
            ("localities_fee_reduction", "national", "as_of", "2025-03-08", 63),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-08", 53.8),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-08", 47.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-08", 56.9),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-03-08", 38.4),
        ],
    ),
    # Provincial portal (Bắc Giang): "toàn tỉnh", a count then its share, the national average in
    # parentheses, province rank "3/63" (no id) and a 4G station count (no id) left out.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Chuyển đổi số tháng 3/2024: Bắc Giang duy trì vị trí trong nhóm dẫn đầu cả nước
Ngày 08/4/2024, Sở Thông tin và Truyền thông đã ban hành báo cáo kết quả chuyển đổi số tháng 3 và quý I/2024 trên địa bàn tỉnh.
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về dịch vụ công trực tuyến
- Trong tháng 3/2024, toàn tỉnh tiếp nhận 61.245 hồ sơ TTHC, trong đó 52.370 hồ sơ nộp trực tuyến, chiếm 85,5%, cao gấp đôi bình quân cả nước (41,2%).
- Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh ở mức 64,3%, xếp thứ 3/63 tỉnh, thành phố.
- Tỷ lệ hồ sơ có kết quả giải quyết được cấp bản điện tử đạt 91,7%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa là 47,9%.
- Chỉ số hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC trong tháng đạt 96,8%.
2. Về hạ tầng số
- Toàn tỉnh có 1.246 trạm BTS 4G; đến hết tháng 3/2024, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 87,2%.
- So với cùng kỳ năm 2023, số hồ sơ trực tuyến tăng 27,4%.
II. NHIỆM VỤ THÁNG 4/2024
- Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%; 100% hồ sơ được số hóa khi tiếp nhận.
- Tổ chức 02 hội nghị tập huấn kỹ năng số cho tổ công nghệ số cộng đồng.
SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC GIANG""",
        "2024-04-08",
        [
            ("online_dossier_rate", "Bắc Giang", "month", "2024-03-31", 85.5),
            ("online_dossier_rate", "national", "month", "2024-03-31", 41.2),
            ("online_dossier_full_process_rate", "Bắc Giang", "month", "2024-03-31", 64.3),
            ("e_result_rate", "Bắc Giang", "month", "2024-03-31", 91.7),
            ("data_reuse_rate", "Bắc Giang", "month", "2024-03-31", 47.9),
            ("satisfaction_rate", "Bắc Giang", "month", "2024-03-31", 96.8),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2024-03-31", 87.2),
        ],
    ),
    # Cybersecurity monthly report: attacks with last month's count in parentheses, attack kinds
    # after "Trong đó", a foreign vendor's regional figure, "con số này" for the national share,
    # best/worst province; year-on-year change, deadline and drills left out.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
CỤC AN TOÀN THÔNG TIN
BÁO CÁO TÌNH HÌNH AN TOÀN THÔNG TIN MẠNG THÁNG 4/2024
I. TÌNH HÌNH TẤN CÔNG MẠNG
1. Trong tháng 4/2024, Hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.104 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với tháng 3/2024 (1.217 cuộc) và giảm 41,7% so với cùng kỳ năm 2023.
Trong đó có 472 cuộc tấn công lừa đảo (Phishing), 315 cuộc tấn công thay đổi giao diện (Deface), 317 cuộc tấn công cài mã độc (Malware).
2. Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet ghi nhận trong tháng là 512.620 địa chỉ, giảm 18,5% so với tháng trước.
3. Theo thống kê của một hãng bảo mật quốc tế, trong quý I/2024 khu vực châu Á - Thái Bình Dương ghi nhận hơn 13.900 cuộc tấn công DDoS mỗi ngày.
II. BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ
1. Đến hết tháng 4/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành đạt 86,4%; của khối địa phương đạt 79,1%. Tính chung cả nước, con số này là 81,6%.
2. Tỉnh Vĩnh Long dẫn đầu khối địa phương với 100%; tỉnh Lai Châu thấp nhất, mới đạt 31%.
III. NHIỆM VỤ THÁNG 5/2024
1. Các bộ, ngành, địa phương hoàn thành phê duyệt cấp độ 100% hệ thống thông tin đang vận hành trước tháng 9/2024.
2. Tổ chức 02 đợt diễn tập thực chiến bảo đảm an toàn thông tin mạng.
Nơi nhận:
- Bộ trưởng (để b/c);
- Lưu: VT.
CỤC TRƯỞNG""",
        "2024-05-06",
        [
            ("cyberattacks", "national", "month", "2024-04-30", 1104),
            ("cyberattacks", "national", "month", "2024-03-31", 1217),
            ("botnet_ips", "national", "as_of", "2024-04-30", 512620),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-04-30", 86.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-04-30", 79.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-04-30", 81.6),
            ("info_systems_level_approved_rate", "Vĩnh Long", "as_of", "2024-04-30", 100),
            ("info_systems_level_approved_rate", "Lai Châu", "as_of", "2024-04-30", 31),
        ],
    ),
    # Infrastructure section of a monthly report: 5G stations (with last month's in parentheses),
    # Viettel's own stations, coverage "tăng ... điểm phần trăm", download speeds with upload
    # speeds beside them, world rank and world average, targets in the plan part.
    (
        """BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 7/2025
(Trích phần hạ tầng số)
II. HẠ TẦNG SỐ
1. Mạng di động 5G
a) Tính đến ngày 31/7/2025, cả nước có 9.860 trạm BTS 5G đang phát sóng (tháng 6/2025: 8.420 trạm); riêng Viettel đã đưa vào khai thác 6.500 trạm.
b) Vùng phủ sóng 5G đạt 26,3% dân số, tăng 4,1 điểm phần trăm so với tháng trước.
2. Băng rộng
a) Tỷ lệ thuê bao di động sử dụng điện thoại thông minh ở mức 88,7%.
b) Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang là 82,1%.
c) Tốc độ tải xuống trung vị của mạng băng rộng di động trong tháng 7/2025 đạt 144,2 Mbps, băng rộng cố định đạt 209,4 Mbps; tốc độ tải lên lần lượt là 41,2 Mbps và 197,5 Mbps.
d) Việt Nam xếp thứ 16 thế giới về tốc độ di động; tốc độ trung bình toàn cầu là 98,6 Mbps.
3. Địa phương
Hà Nội và Đà Nẵng là hai địa phương đầu tiên phủ sóng 5G tại 100% trung tâm xã, phường.
III. KẾ HOẠCH THÁNG 8/2025
- Phấn đấu hết năm 2025 có 20.000 trạm BTS 5G, phủ sóng 5G cho 45% dân số.
- Hoàn thành 05 văn bản quy phạm pháp luật về viễn thông.
CỤC VIỄN THÔNG
(Đã ký)""",
        "2025-08-07",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 9860),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 8420),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 26.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-07-31", 88.7),
            ("ftth_household_rate", "national", "as_of", "2025-07-31", 82.1),
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 144.2),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 209.4),
        ],
    ),
    # Digital-economy summary for a quarter: last year's share and growth, GRDP shares that belong
    # to provinces, ICT revenue (no id), Mobile Money with rural sub-count, Viettel Money's own
    # customers, a target beside the bank-account rate, invoices with the quarter's new ones.
    (
        """TỔNG HỢP SỐ LIỆU KINH TẾ SỐ, XÃ HỘI SỐ QUÝ II/2025
(Báo Điện tử Chính phủ)
1. Kinh tế số
- Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%; kinh tế số tăng trưởng khoảng 20%, gấp khoảng 3 lần tốc độ tăng GDP.
- Tỷ trọng kinh tế số trong GRDP năm 2024 cao nhất thuộc về Bắc Ninh (35,8%), thấp nhất là Kon Tum (3,2%).
- Doanh thu công nghiệp công nghệ số 6 tháng đầu năm 2025 ước đạt 84,2 tỷ USD, tăng 41,1% so với cùng kỳ.
2. Thanh toán số
- Tính đến hết quý II/2025, số khách hàng sử dụng Mobile Money đạt 10,4 triệu, trong đó 7,2 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo.
- Đến cuối tháng 6/2025, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87,3%, vượt mục tiêu 80% đề ra cho năm 2025.
- Riêng Viettel Money hiện có 11,9 triệu khách hàng.
3. Hóa đơn điện tử
- Từ tháng 7/2022 đến ngày 30/6/2025, cơ quan thuế đã tiếp nhận, xử lý 9,26 tỷ hóa đơn điện tử; riêng trong quý II/2025 có 1,12 tỷ hóa đơn mới được khởi tạo.
4. Định hướng quý III/2025
- Phấn đấu tỷ trọng kinh tế số đạt 20% GDP vào cuối năm 2025.
- Hoàn thiện 03 đề án phát triển thanh toán không dùng tiền mặt.
Nguồn: Tổng hợp từ báo cáo của Bộ Khoa học và Công nghệ, Ngân hàng Nhà nước Việt Nam, Bộ Tài chính.
Hoàng Long""",
        "2025-07-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 35.8),
            ("digital_economy_gdp_share", "Kon Tum", "year", "2024-12-31", 3.2),
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 10400000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.3),
            ("e_invoices_total", "national", "as_of", "2025-06-30", 9260000000),
        ],
    ),
    # Press summary (VnExpress style) of a monthly report: month flows on the _new twins,
    # "hiện nay" dated at the published date, cumulative payments and dossiers at an explicit
    # date, province new accounts; a year-on-year change, a target in a quote, log-ins left out.
    (
        """VnExpress
Cổng Dịch vụ công quốc gia thêm hơn 1,5 triệu tài khoản trong tháng 3
Thứ bảy, 12/4/2025
Báo cáo chuyển đổi số quốc gia tháng 3/2025 của Bộ Khoa học và Công nghệ cho thấy lượng người dùng Cổng Dịch vụ công quốc gia tiếp tục tăng mạnh.
Tài khoản và hồ sơ
Trong tháng 3, Cổng có thêm 1,52 triệu tài khoản đăng ký, nâng tổng số tài khoản hiện nay lên hơn 46,3 triệu. Cũng trong tháng, Cổng tiếp nhận 2,1 triệu hồ sơ trực tuyến, tăng 36% so với cùng kỳ năm trước.
Thanh toán trực tuyến
Tháng 3 ghi nhận 1,87 triệu giao dịch thanh toán trực tuyến với số tiền 1.426 tỷ đồng. Tính đến ngày 31/3/2025, lũy kế từ khi khai trương (12/2019), Cổng đã có 62,4 triệu giao dịch thanh toán trực tuyến, tổng giá trị khoảng 12,9 nghìn tỷ đồng, và đã tiếp nhận tổng cộng 87,5 triệu hồ sơ trực tuyến.
Bộ, ngành và địa phương
Hà Nội là địa phương có nhiều tài khoản đăng ký mới nhất trong tháng 3 với 142.000 tài khoản, trong khi Bắc Kạn chỉ có 2.300 tài khoản.
Hiện mỗi ngày Cổng có trung bình 350.000 lượt truy cập.
Kế hoạch
Theo đại diện Cục Chuyển đổi số quốc gia, mục tiêu năm 2025 là 60 triệu tài khoản, tương đương 80% dân số trưởng thành. Trong tháng 4, Bộ sẽ ban hành 2 quyết định công bố danh mục dịch vụ công mới.
Minh Sơn""",
        "2025-04-12",
        [
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 1520000),
            ("national_portal_accounts", "national", "as_of", "2025-04-12", 46300000),
            ("national_portal_dossiers_new", "national", "month", "2025-03-31", 2100000),
            ("online_payments_count_new", "national", "month", "2025-03-31", 1870000),
            ("online_payments_value_new", "national", "month", "2025-03-31", 1426),
            ("online_payments_count", "national", "as_of", "2025-03-31", 62400000),
            ("online_payments_value", "national", "as_of", "2025-03-31", 12900),
            ("national_portal_dossiers", "national", "as_of", "2025-03-31", 87500000),
            ("national_portal_accounts_new", "Hà Nội", "month", "2025-03-31", 142000),
            ("national_portal_accounts_new", "Bắc Kạn", "month", "2025-03-31", 2300),
        ],
    ),
    # Quarterly report with a table written as pipe lines (columns: ministries, localities,
    # nation), the previous quarter in a note, best/worst province; point changes, document
    # counts and next-quarter targets left out.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Kết quả chuyển đổi số quý II/2025
I. KẾT QUẢ CUNG CẤP VÀ SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN
Bảng 1. Một số chỉ tiêu chính quý II/2025 (đơn vị: %)
| Chỉ tiêu | Khối bộ, ngành | Khối địa phương | Cả nước |
| Tỷ lệ DVCTT toàn trình | 62,4 | 54,1 | 55,7 |
| Tỷ lệ hồ sơ xử lý trực tuyến | 68,0 | 41,5 | 47,3 |
| Tỷ lệ hồ sơ cấp kết quả điện tử | 79,6 | 66,2 | 70,8 |
| Tỷ lệ hồ sơ gắn định danh cá nhân | 97,1 | 92,4 | 93,5 |
Ghi chú: tỷ lệ hồ sơ xử lý trực tuyến quý I/2025 của cả nước là 44,9%.
II. ĐÁNH GIÁ
- So với quý I/2025, tỷ lệ hồ sơ xử lý trực tuyến cả nước tăng 2,4 điểm phần trăm; so với cùng kỳ năm 2024 tăng 9,1 điểm phần trăm.
- Địa phương có tỷ lệ hồ sơ xử lý trực tuyến cao nhất là Bình Dương (89,2%), thấp nhất là Sơn La (15,7%).
- Trong quý, các bộ, ngành, địa phương ban hành 126 văn bản chỉ đạo, điều hành về chuyển đổi số.
III. NHIỆM VỤ QUÝ III/2025
- Phấn đấu tỷ lệ DVCTT toàn trình cả nước đạt 70%, tỷ lệ hồ sơ xử lý trực tuyến đạt 55%.
- 100% hồ sơ TTHC được gắn số định danh cá nhân trước ngày 30/9/2025.
Nơi nhận:
- Ủy ban Quốc gia về chuyển đổi số;
- Lưu: VT.
BỘ TRƯỞNG""",
        "2025-07-10",
        [
            ("dvctt_full_process_rate", "ministries", "quarter", "2025-06-30", 62.4),
            ("dvctt_full_process_rate", "localities", "quarter", "2025-06-30", 54.1),
            ("dvctt_full_process_rate", "national", "quarter", "2025-06-30", 55.7),
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 68.0),
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 41.5),
            ("online_dossier_rate", "national", "quarter", "2025-06-30", 47.3),
            ("e_result_rate", "ministries", "quarter", "2025-06-30", 79.6),
            ("e_result_rate", "localities", "quarter", "2025-06-30", 66.2),
            ("e_result_rate", "national", "quarter", "2025-06-30", 70.8),
            ("dossiers_with_personal_id_rate", "ministries", "quarter", "2025-06-30", 97.1),
            ("dossiers_with_personal_id_rate", "localities", "quarter", "2025-06-30", 92.4),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2025-06-30", 93.5),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 44.9),
            ("online_dossier_rate", "Bình Dương", "quarter", "2025-06-30", 89.2),
            ("online_dossier_rate", "Sơn La", "quarter", "2025-06-30", 15.7),
        ],
    ),
    # Provincial committee notice (Thanh Hóa): quarter figures, "trên địa bàn tỉnh" adults rate,
    # villages "4.318/4.370 ..., đạt 98,8%" and "hiện còn 52"; districts, year-on-year change,
    # plans, Viettel's provincial 5G count and the "52 thôn còn lại" task left out.
    (
        """ỦY BAN NHÂN DÂN TỈNH THANH HÓA
VĂN PHÒNG
Số: 52/TB-VP
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh tại hội nghị sơ kết quý I/2025
Ngày 14/4/2025, đồng chí Chủ tịch UBND tỉnh chủ trì hội nghị sơ kết công tác chuyển đổi số quý I/2025. Sau khi nghe Sở Khoa học và Công nghệ báo cáo, ý kiến của các thành viên, đồng chí Chủ tịch kết luận:
1. Quý I/2025, công tác chuyển đổi số trên địa bàn tỉnh có nhiều chuyển biến. Tỷ lệ hồ sơ giải quyết TTHC trực tuyến của tỉnh đạt 58,2%, tăng 14,6% so với cùng kỳ năm 2024; tỷ lệ hồ sơ trực tuyến toàn trình đạt 37,5%.
2. Tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng DVCTT ước đạt 41,5%.
3. Về hạ tầng, đến hết tháng 3/2025, toàn tỉnh đã có 4.318/4.370 thôn, bản có sóng di động băng rộng, đạt 98,8%; hiện còn 52 thôn, bản chưa có sóng, tập trung ở huyện Mường Lát và Quan Sơn.
4. Huyện Quảng Xương dẫn đầu về tỷ lệ hồ sơ trực tuyến (81,3%); huyện Mường Lát thấp nhất (19,4%).
5. Trong quý, UBND tỉnh đã ban hành 07 kế hoạch, 12 văn bản chỉ đạo về chuyển đổi số.
Nhiệm vụ quý II/2025:
a) Phấn đấu đến ngày 30/6/2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.
b) Sở Khoa học và Công nghệ phối hợp với Viettel Thanh Hóa, VNPT Thanh Hóa phủ sóng 52 thôn còn lại trong năm 2025; Viettel Thanh Hóa hiện có 612 trạm 5G trên địa bàn.
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG""",
        "2025-04-18",
        [
            ("online_dossier_rate", "Thanh Hóa", "quarter", "2025-03-31", 58.2),
            ("online_dossier_full_process_rate", "Thanh Hóa", "quarter", "2025-03-31", 37.5),
            ("adult_population_using_dvctt_rate", "Thanh Hóa", "quarter", "2025-03-31", 41.5),
            ("villages_with_mobile_coverage_rate", "Thanh Hóa", "as_of", "2025-03-31", 98.8),
            ("villages_without_mobile_coverage", "Thanh Hóa", "as_of", "2025-03-31", 52),
        ],
    ),
    # NDXP half-year report: "Đến nay" agencies and connection points (parts in parentheses left
    # out), half total and daily average, June alone, cumulative at 30/6, one province's half
    # total; traffic shares by block and population-database requests (no id) and targets left out.
    (
        """CỤC CHUYỂN ĐỔI SỐ QUỐC GIA
BÁO CÁO
Tình hình vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) 6 tháng đầu năm 2025
I. KẾT QUẢ
1. Kết nối
- Đến nay, NDXP đã kết nối với 106 cơ quan, đơn vị (gồm 25 bộ, ngành, 63 tỉnh, thành phố và 18 tổ chức, doanh nghiệp), thiết lập 168 điểm kết nối tới các hệ thống thông tin, cơ sở dữ liệu.
2. Giao dịch
- 6 tháng đầu năm 2025, tổng số giao dịch qua NDXP là 612,4 triệu, bình quân khoảng 3,38 triệu giao dịch mỗi ngày.
- Riêng tháng 6/2025 có 108,2 triệu giao dịch, cao nhất từ trước đến nay.
- Lũy kế từ khi đưa vào vận hành (năm 2019) đến ngày 30/6/2025, NDXP ghi nhận 3,58 tỷ giao dịch.
- Khối bộ, ngành chiếm 61% lưu lượng, khối địa phương chiếm 39%.
- CSDL quốc gia về dân cư có 1,12 tỷ lượt khai thác qua NDXP.
- Địa phương có số giao dịch lớn nhất là Hà Nội với 21,3 triệu giao dịch trong 6 tháng.
II. KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025
- Phấn đấu đạt 1,5 tỷ giao dịch trong năm 2025, bình quân 4 triệu giao dịch mỗi ngày.
- Thiết lập thêm 30 điểm kết nối; ban hành 02 quy chế khai thác dữ liệu.
Nơi nhận:
- Bộ trưởng (để b/c);
- Lưu: VT.
CỤC TRƯỞNG""",
        "2025-07-08",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-07-08", 106),
            ("ndxp_connection_points", "national", "as_of", "2025-07-08", 168),
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 612400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3380000),
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 108200000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3580000000),
            ("ndxp_transactions_period", "Hà Nội", "half", "2025-06-30", 21300000),
        ],
    ),
    # Đề án 06 monthly report dated by its title ("số liệu tính đến ngày 15/4/2025"): chip cards,
    # VNeID with level-2 sub-count and activation rate (no id), best/worst province with
    # "hơn"/"khoảng ... nghìn", personal-ID rates by block; documents, meetings, targets left out.
    (
        """BỘ CÔNG AN - TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06 CỦA CHÍNH PHỦ
BÁO CÁO
Kết quả triển khai Đề án 06 tháng 4/2025 (số liệu tính đến ngày 15/4/2025)
I. KẾT QUẢ NỔI BẬT
1. Về định danh và xác thực điện tử
- Đã cấp 87,6 triệu thẻ căn cước gắn chip (bao gồm thẻ CCCD gắn chip và thẻ căn cước theo Luật Căn cước năm 2023).
- Đã kích hoạt 58,3 triệu tài khoản định danh điện tử VNeID, trong đó 45,2 triệu tài khoản mức độ 2; tỷ lệ kích hoạt trên tổng số hồ sơ đăng ký đạt 93%.
- Hà Nội là địa phương dẫn đầu với hơn 6,1 triệu tài khoản VNeID được kích hoạt; Bắc Kạn có số lượng thấp nhất (khoảng 190 nghìn tài khoản).
2. Về gắn định danh trong giải quyết TTHC
- Tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân của khối bộ, ngành là 95,8%, khối địa phương là 91,3%.
- 100% bộ, ngành, địa phương đã kết nối với CSDL quốc gia về dân cư.
3. Công tác chỉ đạo: trong tháng, Tổ công tác đã ban hành 06 văn bản đôn đốc, tổ chức 02 cuộc họp giao ban.
II. NHIỆM VỤ THÁNG 5/2025
- Phấn đấu đến ngày 30/6/2025 có 65 triệu tài khoản VNeID được kích hoạt.
- Bảo đảm 100% hồ sơ TTHC gắn với số định danh cá nhân.
TM. TỔ CÔNG TÁC
TỔ TRƯỞNG
(Đã ký)""",
        "2025-04-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 58300000),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2025-04-15", 6100000),
            ("vneid_activated_accounts", "Bắc Kạn", "as_of", "2025-04-15", 190000),
            ("dossiers_with_personal_id_rate", "ministries", "as_of", "2025-04-15", 95.8),
            ("dossiers_with_personal_id_rate", "localities", "as_of", "2025-04-15", 91.3),
        ],
    ),
    # Summary report on the citizen-service indicators: satisfaction with last month in
    # parentheses and blocks, "ước đạt" adults rate, EMC connection share, best province; the
    # complaints-handling satisfaction, a named ministry, the yearly target and tasks left out.
    (
        """VĂN PHÒNG CHÍNH PHỦ - CỤC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
BÁO CÁO TÓM TẮT
Tình hình thực hiện Chính phủ số tháng 9/2024
I. KẾT QUẢ THEO BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP
1. Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết TTHC trong tháng 9/2024 đạt 84,6% (tháng 8/2024: 83,9%); khối bộ, ngành 81,2%, khối địa phương 85,4%.
2. Tỷ lệ hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị đạt 90,1%.
3. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trong tháng ước đạt 36,2%; mục tiêu năm 2024 là 40%.
4. Tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 92,1% (số liệu đến ngày 30/9/2024).
5. Tỉnh có mức độ hài lòng cao nhất là Long An (98,7%); Bộ Xây dựng thấp nhất khối bộ (62%).
II. TỒN TẠI
Còn 7 bộ, ngành và 11 địa phương chưa kết nối đầy đủ với Hệ thống EMC.
III. NHIỆM VỤ THÁNG 10/2024
1. Nâng tỷ lệ hệ thống kết nối đầy đủ với EMC lên 100% trước ngày 31/12/2024.
2. Tổ chức 01 hội nghị trực tuyến toàn quốc về Bộ chỉ số.
Nơi nhận:
- Thủ tướng, các Phó Thủ tướng (để b/c);
- Lưu: VT, KSTT.
CỤC TRƯỞNG""",
        "2024-10-07",
        [
            ("satisfaction_rate", "national", "month", "2024-09-30", 84.6),
            ("satisfaction_rate", "national", "month", "2024-08-31", 83.9),
            ("satisfaction_rate", "ministries", "month", "2024-09-30", 81.2),
            ("satisfaction_rate", "localities", "month", "2024-09-30", 85.4),
            ("adult_population_using_dvctt_rate", "national", "month", "2024-09-30", 36.2),
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 92.1),
            ("satisfaction_rate", "Long An", "month", "2024-09-30", 98.7),
        ],
    ),
    # Dead-zone villages report: "1.781/1.853 ..., đạt 96,1%" with last month's rate, "hiện còn"
    # level, all-village coverage share, the worst province; the electrified/not sub-counts,
    # operators' shares, a province's villages covered and the deadline task left out.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Kết quả phủ sóng di động thôn, bản lõm sóng tháng 11/2024
I. KẾT QUẢ PHỦ SÓNG
1. Tính đến ngày 30/11/2024, các doanh nghiệp viễn thông đã phủ sóng 1.781/1.853 thôn lõm sóng có điện lưới, đạt 96,1%; tháng 10/2024 tỷ lệ này là 88,4%.
2. Cả nước hiện còn 1.138 thôn, bản chưa có sóng di động băng rộng, trong đó 72 thôn có điện lưới và 1.066 thôn chưa có điện lưới.
3. Tỷ lệ thôn, bản có sóng di động băng rộng trên toàn quốc đạt 98,7%.
4. Hà Giang là tỉnh còn nhiều thôn lõm sóng nhất (165 thôn); Điện Biên đã xóa toàn bộ 74 thôn lõm sóng có điện lưới.
5. Riêng Viettel phủ sóng 1.012 thôn, VNPT 498 thôn, MobiFone 271 thôn.
II. NHIỆM VỤ THÁNG 12/2024
1. Hoàn thành phủ sóng 100% thôn lõm sóng có điện lưới trước ngày 31/12/2024.
2. Đối với 1.066 thôn chưa có điện lưới, phấn đấu phủ sóng bằng vệ tinh trong năm 2025.
3. Tổ chức 01 đoàn kiểm tra tại các tỉnh Hà Giang, Lai Châu.
Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT, CVT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG""",
        "2024-12-05",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 96.1),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 88.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 1138),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-30", 98.7),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-30", 165),
        ],
    ),
    # Half-year review for a national conference ("Phần I / Phần II"): half flows across families
    # (attacks, NDXP, portal _new twins), botnet level "khoảng ... nghìn", blocks and best/worst
    # province; year-on-year changes, laws and decrees, year-end targets left out.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Sơ kết công tác chuyển đổi số 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm
(Tài liệu phục vụ Hội nghị trực tuyến toàn quốc)
Phần I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024
1. An toàn thông tin mạng: 6 tháng đầu năm 2024 đã ghi nhận 6.780 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 20,2% so với cùng kỳ năm 2023. Số địa chỉ IP botnet tính đến hết tháng 6/2024 là khoảng 593 nghìn, giảm 23% so với cùng kỳ.
2. Nền tảng NDXP: 6 tháng đầu năm, NDXP có 431,2 triệu giao dịch, trung bình 2,37 triệu giao dịch/ngày.
3. Cổng Dịch vụ công quốc gia: trong 6 tháng, Cổng có thêm 3,9 triệu tài khoản đăng ký; tiếp nhận 6,7 triệu hồ sơ trực tuyến; 11,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 6.024 tỷ đồng.
4. Hồ sơ trực tuyến: tỷ lệ hồ sơ xử lý trực tuyến 6 tháng của khối địa phương đạt 38,7%, khối bộ, ngành đạt 58,2%. Đồng Tháp dẫn đầu khối địa phương (85,1%), Lai Châu thấp nhất (9,6%).
5. Thể chế: trong 6 tháng, Quốc hội thông qua 2 luật, Chính phủ ban hành 14 nghị định liên quan đến chuyển đổi số.
Phần II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu đến hết năm 2024: 80% DVCTT toàn trình, 40% dân số trưởng thành sử dụng DVCTT.
2. Giảm 30% số cuộc tấn công mạng gây sự cố so với năm 2023.
3. Tổ chức Ngày Chuyển đổi số quốc gia 10/10.
BỘ THÔNG TIN VÀ TRUYỀN THÔNG""",
        "2024-07-05",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 6780),
            ("botnet_ips", "national", "as_of", "2024-06-30", 593000),
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 431200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2370000),
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 3900000),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 6700000),
            ("online_payments_count_new", "national", "half", "2024-06-30", 11300000),
            ("online_payments_value_new", "national", "half", "2024-06-30", 6024),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 38.7),
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 58.2),
            ("online_dossier_rate", "Đồng Tháp", "half", "2024-06-30", 85.1),
            ("online_dossier_rate", "Lai Châu", "half", "2024-06-30", 9.6),
        ],
    ),
    # Central steering committee notice: UN rank "71/193" of the 2024 survey with 2022's "86/193"
    # in parentheses, ASEAN countries' ranks, a share and growth "so với năm 2023" (growth IS the
    # indicator), bank accounts at 31/12; a vendor's market size, GII rank, ranking targets left out.
    (
        """BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại phiên họp tháng 2/2025
Ngày 15/02/2025, Trưởng Ban Chỉ đạo chủ trì phiên họp. Sau khi nghe Cơ quan thường trực báo cáo, Trưởng Ban Chỉ đạo kết luận:
I. VỀ KẾT QUẢ
1. Theo Khảo sát Chính phủ điện tử của Liên hợp quốc năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193); trong khu vực ASEAN, Singapore xếp thứ 3, Malaysia thứ 40, Thái Lan thứ 52.
2. Năm 2024, kinh tế số của Việt Nam ước chiếm 18,3% GDP, tăng trưởng khoảng 20% so với năm 2023; theo báo cáo e-Conomy SEA 2024, quy mô nền kinh tế Internet của Việt Nam đạt 36 tỷ USD.
3. Đến hết năm 2024, 87,1% người trưởng thành đã có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép.
4. Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2024, Việt Nam xếp thứ 44/133.
II. VỀ NHIỆM VỤ
1. Phấn đấu năm 2026 Việt Nam vào nhóm 50 nước dẫn đầu về EGDI; đến năm 2030 vào nhóm 30 nước dẫn đầu.
2. Trong quý I/2025, trình ban hành 05 nghị định hướng dẫn Nghị quyết số 57-NQ/TW.
3. Các bộ, ngành, địa phương (trước hết là Hà Nội, TP. Hồ Chí Minh) xây dựng kế hoạch hành động trước ngày 31/3/2025.
T/M BAN CHỈ ĐẠO
CHÁNH VĂN PHÒNG""",
        "2025-02-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.1),
        ],
    ),
    # Interview (Q&A) on a monthly report: "Hiện nay" dated at the published date, the month's
    # rates by block and two named provinces, all operators' 5G stations "khoảng"; Viettel's own
    # stations, the deputy minister's targets and decree count left out.
    (
        """PHỎNG VẤN
Thứ trưởng Bộ Thông tin và Truyền thông: "Dịch vụ công toàn trình phải thực chất"
(Chinhphu.vn) - Nhân dịp Bộ công bố báo cáo chuyển đổi số tháng 10/2024, phóng viên Báo Điện tử Chính phủ đã có cuộc trao đổi với Thứ trưởng Bộ Thông tin và Truyền thông.
PV: Thưa Thứ trưởng, bức tranh dịch vụ công trực tuyến hiện nay ra sao?
Thứ trưởng: Hiện nay, tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình đã lên tới 55,2%. Riêng trong tháng 10, tỷ lệ hồ sơ nộp trực tuyến là 44,1%; khối bộ, ngành làm tốt hơn, đạt 63%.
PV: Còn khối địa phương thì sao?
Thứ trưởng: Khối địa phương có tỷ lệ hồ sơ trực tuyến trong tháng là 38,5%. Có nơi làm rất tốt như Bình Định với 91%, nhưng cũng có nơi như Cao Bằng mới được 11%.
PV: Hạ tầng 5G đang phát triển thế nào?
Thứ trưởng: Sau hơn một tháng khai trương, Viettel đã phát sóng 5G tại 63 tỉnh, thành phố với hơn 2.000 trạm. Tính chung các nhà mạng, cả nước hiện có khoảng 3.500 trạm BTS 5G.
PV: Mục tiêu thời gian tới là gì, thưa Thứ trưởng?
Thứ trưởng: Chúng tôi đặt mục tiêu đến hết năm 2024 đạt 80% dịch vụ công trực tuyến toàn trình và 40% người trưởng thành dùng dịch vụ công trực tuyến. Bộ cũng vừa trình Chính phủ 02 nghị định về dữ liệu.
PV: Xin cảm ơn Thứ trưởng!
Thu Hà (thực hiện)""",
        "2024-11-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-11-20", 55.2),
            ("online_dossier_rate", "national", "month", "2024-10-31", 44.1),
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 63),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 38.5),
            ("online_dossier_rate", "Bình Định", "month", "2024-10-31", 91),
            ("online_dossier_rate", "Cao Bằng", "month", "2024-10-31", 11),
            ("fiveg_bts_count", "national", "as_of", "2024-11-20", 3500),
        ],
    ),
    # Negative: a yearly action plan, goals only (đến hết năm 2025 ... đạt, phấn đấu, "mỗi tháng
    # tăng thêm", "phải tăng tối thiểu 30%"), decree and meeting counts, provinces named as weak.
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
KẾ HOẠCH HOẠT ĐỘNG NĂM 2025
(Ban hành kèm theo Quyết định số 15/QĐ-UBQGCĐS ngày 06/01/2025)
I. MỤC TIÊU
1. Đến hết năm 2025, 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 60%.
2. Tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 50%; 90% người dân, doanh nghiệp hài lòng với việc giải quyết TTHC.
3. Tỷ trọng kinh tế số đạt 20% GDP; tốc độ tăng trưởng kinh tế số tối thiểu 20%/năm.
4. Phủ sóng 5G cho 45% dân số; mỗi tháng tăng thêm bình quân 1.000 trạm BTS 5G.
5. Khối bộ, ngành: tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; khối địa phương đạt 40%.
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng, trình ban hành 12 nghị định, 20 thông tư; tổ chức 4 phiên họp Ủy ban.
2. Các tỉnh có tỷ lệ hồ sơ trực tuyến thấp (Lai Châu, Điện Biên) xây dựng kế hoạch riêng, phấn đấu đạt tối thiểu 30%.
3. So với năm 2024, số giao dịch qua NDXP phải tăng tối thiểu 30%; không để xảy ra quá 500 cuộc tấn công mạng gây sự cố mỗi tháng.
III. TỔ CHỨC THỰC HIỆN
Bộ Thông tin và Truyền thông là cơ quan thường trực, theo dõi, đôn đốc; định kỳ hằng tháng báo cáo Thủ tướng Chính phủ.
TM. ỦY BAN
CHỦ TỊCH
Thủ tướng Chính phủ""",
        "2025-01-08",
        [],
    ),
    # Procedure-provision report for a quarter: a share of ALL procedures vs of ELIGIBLE ones
    # ("tính trên 3.960 TTHC đủ điều kiện"), services that received dossiers, blocks, one named
    # ministry (left out) and the best province; the remainder (558 chưa) and targets left out.
    (
        """VĂN PHÒNG CHÍNH PHỦ
BÁO CÁO
Tình hình cung cấp dịch vụ công trực tuyến quý I/2025
I. KẾT QUẢ CUNG CẤP DVCTT (tính đến hết quý I/2025)
1. Tổng số TTHC thuộc thẩm quyền giải quyết của các bộ, ngành, địa phương: 6.325 thủ tục.
2. Số TTHC đã cung cấp dưới dạng DVCTT: 4.785, tương đương 75,7% tổng số TTHC.
3. Trong đó, DVCTT toàn trình có 3.402 dịch vụ, chiếm 53,8% tổng số TTHC; tính trên 3.960 TTHC đủ điều kiện thì tỷ lệ cung cấp toàn trình đạt 85,9%.
4. Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến trong quý là 61,2%.
5. Theo khối: tỷ lệ DVCTT toàn trình của khối bộ, ngành là 49,3%, của khối địa phương là 55,6%. Bộ Tư pháp đạt 100%; trong khối địa phương, Đà Nẵng dẫn đầu với 78,4%.
II. TỒN TẠI, HẠN CHẾ
- Còn 558 TTHC đủ điều kiện nhưng chưa được cung cấp toàn trình.
- 02 bộ chưa hoàn thành rà soát, công bố danh mục TTHC.
III. NHIỆM VỤ QUÝ II/2025
- Phấn đấu 100% TTHC đủ điều kiện được cung cấp toàn trình trước ngày 30/6/2025.
- Nâng tỷ lệ DVCTT có phát sinh hồ sơ lên 70%.
Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT, KSTT.
CỤC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH""",
        "2025-04-10",
        [
            ("dvctt_rate", "national", "as_of", "2025-03-31", 75.7),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-31", 53.8),
            ("full_process_provision_rate", "national", "as_of", "2025-03-31", 85.9),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2025-03-31", 61.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-31", 49.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-31", 55.6),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2025-03-31", 78.4),
        ],
    ),
    # Deputy PM's conclusion notice on procedure reform: "812/1.084" simplified kept, "còn 272 ...
    # chưa" left out, "56/63 ... ; còn 07/63 chưa ban hành", e-result rates by block with a
    # year-on-year change; resolutions, decrees and the tasks part left out.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 207/TB-VPCP
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính và dịch vụ công trực tuyến tháng 4/2024
Ngày 06/5/2024, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp. Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Thủ tướng kết luận:
I. ĐÁNH GIÁ
1. Về cắt giảm, đơn giản hóa TTHC theo các nghị quyết chuyên đề của Chính phủ: đến nay đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính; còn 272 thủ tục chưa được cắt giảm, đơn giản hóa.
2. Về miễn, giảm phí, lệ phí: 56/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT; còn 07/63 địa phương chưa ban hành.
3. Tỷ lệ hồ sơ có kết quả giải quyết điện tử tháng 4/2024 đạt 62,3% (khối bộ, ngành 74,9%, khối địa phương 58,8%), tăng 8,1% so với tháng 4/2023.
4. Đến nay, Chính phủ đã ban hành 5 nghị quyết chuyên đề và 20 nghị định sửa đổi, bổ sung.
II. NHIỆM VỤ
1. Phấn đấu trong tháng 5/2024, 100% tỉnh, thành phố ban hành nghị quyết miễn, giảm phí, lệ phí.
2. Hoàn thành cắt giảm, đơn giản hóa 272 thủ tục còn lại trong năm 2024.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM""",
        "2024-05-10",
        [
            ("procedures_simplified", "national", "as_of", "2024-05-06", 812),
            ("localities_fee_reduction", "national", "as_of", "2024-05-06", 56),
            ("e_result_rate", "national", "month", "2024-04-30", 62.3),
            ("e_result_rate", "ministries", "month", "2024-04-30", 74.9),
            ("e_result_rate", "localities", "month", "2024-04-30", 58.8),
        ],
    ),
    # Telecom figures for a month: subscriptions with "tương đương 23 thuê bao/100 dân" and a
    # parenthesised per-100 figure, BRCĐ/BRDĐ abbreviations, smartphone count and share, an
    # estimate of Internet users, one province; operators' figures, a survey, change, target out.
    (
        """CỤC VIỄN THÔNG
BÁO CÁO
Số liệu phát triển hạ tầng viễn thông tháng 7/2024
1. Thuê bao băng rộng
- Tính đến hết tháng 7/2024, tổng số thuê bao băng rộng cố định đạt 23,1 triệu, tương đương 23 thuê bao/100 dân, tăng 9% so với cùng kỳ năm 2023.
- Số thuê bao BRDĐ là 89,2 triệu (90,3 thuê bao/100 dân).
- Số thuê bao sử dụng smartphone đạt 108,6 triệu; tỷ lệ thuê bao di động sử dụng điện thoại thông minh chiếm 84,7%.
- VNPT chiếm 35,2% thị phần băng rộng cố định; Viettel có 10,6 triệu thuê bao BRCĐ.
2. Người sử dụng Internet
- Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số.
- Theo báo cáo Digital 2024 của We Are Social, Việt Nam có 78,44 triệu người dùng Internet.
3. Địa phương
- Hà Nội có số thuê bao BRCĐ cao nhất cả nước với 3,4 triệu thuê bao.
4. Kế hoạch tháng 8/2024
- Phấn đấu đến năm 2025 thuê bao BRCĐ đạt 30 thuê bao/100 dân.
- Ban hành 02 quy chuẩn kỹ thuật quốc gia về chất lượng dịch vụ băng rộng.
CỤC TRƯỞNG
(Đã ký)""",
        "2024-08-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-07-31", 23100000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-07-31", 23),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-07-31", 89200000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-07-31", 90.3),
            ("smartphone_subscriptions", "national", "as_of", "2024-07-31", 108600000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-07-31", 84.7),
            ("internet_users_rate", "national", "as_of", "2024-07-31", 79.1),
            ("fixed_broadband_subscriptions", "Hà Nội", "as_of", "2024-07-31", 3400000),
        ],
    ),
    # Portal report over an explicit window ("Kỳ báo cáo: từ ngày 16/4/2025 đến ngày 15/5/2025"):
    # exact counts with thousands dots, "1.512,6 tỷ đồng", blocks and provinces, cumulative
    # level at 15/5 ("14,2 nghìn tỷ đồng"); "tăng ... so với kỳ trước", targets left out.
    (
        """VĂN PHÒNG CHÍNH PHỦ
BÁO CÁO THÁNG 5/2025
Kết quả vận hành Cổng Dịch vụ công quốc gia
(Kỳ báo cáo: từ ngày 16/4/2025 đến ngày 15/5/2025)
I. KẾT QUẢ TRONG KỲ
1. Tài khoản: có thêm 1.384.550 tài khoản đăng ký mới; tổng số tài khoản đến ngày 15/5/2025 là 47.912.006.
2. Hồ sơ: Cổng tiếp nhận 2.305.118 hồ sơ trực tuyến, tăng 6,2% so với kỳ trước.
3. Thanh toán trực tuyến: 2.021.337 giao dịch, tương ứng 1.512,6 tỷ đồng.
4. Theo khối: khối bộ, ngành có 742.010 hồ sơ; khối địa phương có 1.563.108 hồ sơ.
5. Địa phương có số hồ sơ nộp qua Cổng nhiều nhất là Hà Nội (187.402 hồ sơ); thấp nhất là Bắc Kạn (3.115 hồ sơ).
II. LŨY KẾ
Lũy kế đến ngày 15/5/2025, Cổng đã xử lý 71,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền 14,2 nghìn tỷ đồng.
III. NHIỆM VỤ KỲ TỚI
- Phấn đấu đạt 50 triệu tài khoản trước ngày 30/6/2025.
- Hoàn thành tích hợp 15 dịch vụ công mới lên Cổng.
Nơi nhận:
- Lãnh đạo Văn phòng Chính phủ;
- Lưu: VT.
GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG""",
        "2025-05-20",
        [
            ("national_portal_accounts_new", "national", "month", "2025-05-15", 1384550),
            ("national_portal_accounts", "national", "as_of", "2025-05-15", 47912006),
            ("national_portal_dossiers_new", "national", "month", "2025-05-15", 2305118),
            ("online_payments_count_new", "national", "month", "2025-05-15", 2021337),
            ("online_payments_value_new", "national", "month", "2025-05-15", 1512.6),
            ("national_portal_dossiers_new", "ministries", "month", "2025-05-15", 742010),
            ("national_portal_dossiers_new", "localities", "month", "2025-05-15", 1563108),
            ("national_portal_dossiers_new", "Hà Nội", "month", "2025-05-15", 187402),
            ("national_portal_dossiers_new", "Bắc Kạn", "month", "2025-05-15", 3115),
            ("online_payments_count", "national", "as_of", "2025-05-15", 71400000),
            ("online_payments_value", "national", "as_of", "2025-05-15", 14200),
        ],
    ),
    # Provincial portal (Đồng Tháp), one quarter: the province's rates and the national average,
    # "trong đó có 64 trạm 5G" (another indicator after trong đó), GRDP share for 9 months;
    # the digitisation rate (no id), a point change and the year-end plans left out.
    (
        """TRANG THÔNG TIN ĐIỆN TỬ SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG THÁP
Đồng Tháp: kết quả chuyển đổi số quý III/2024
Quý III/2024, công tác chuyển đổi số trên địa bàn tỉnh tiếp tục đạt nhiều kết quả tích cực.
1. Chính quyền số
- Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh trong quý đạt 78,6%, cao nhất khối địa phương; bình quân cả nước cùng kỳ là 29,4%.
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,5%; tỷ lệ tái sử dụng dữ liệu số hóa là 41,2%.
- Tỷ lệ hồ sơ TTHC gắn số định danh cá nhân đạt 99,1%.
2. Hạ tầng số
- Đến cuối quý III, toàn tỉnh có 1.732 trạm BTS, trong đó có 64 trạm 5G.
- Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 79,3%.
3. Kinh tế số
- Tỷ trọng kinh tế số trong GRDP của tỉnh 9 tháng năm 2024 ước đạt 9,8%, tăng 0,6 điểm phần trăm so với cùng kỳ.
4. Phương hướng quý IV/2024
- Phấn đấu đến cuối năm 2024 có 120 trạm 5G, tỷ trọng kinh tế số đạt 10% GRDP.
- Tổ chức 01 đợt cao điểm hưởng ứng Ngày Chuyển đổi số tỉnh.
Thanh Tâm - Sở Thông tin và Truyền thông""",
        "2024-10-12",
        [
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2024-09-30", 78.6),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 29.4),
            ("data_reuse_rate", "Đồng Tháp", "quarter", "2024-09-30", 41.2),
            ("dossiers_with_personal_id_rate", "Đồng Tháp", "quarter", "2024-09-30", 99.1),
            ("fiveg_bts_count", "Đồng Tháp", "as_of", "2024-09-30", 64),
            ("ftth_household_rate", "Đồng Tháp", "as_of", "2024-09-30", 79.3),
            ("digital_economy_gdp_share", "Đồng Tháp", "ytd", "2024-09-30", 9.8),
        ],
    ),
    # Year-end review: year flows, "năm 2023: ..." and "(13.750 cuộc)" as past values, cumulative
    # at 31/12, full-process share "đến hết năm", best/worst province; year-on-year changes,
    # laws and decrees in the tasks part left out.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Tổng kết công tác chuyển đổi số năm 2024, nhiệm vụ năm 2025
I. KẾT QUẢ NĂM 2024
1. Nền tảng số quốc gia
- Năm 2024, NDXP có 1,05 tỷ giao dịch, tăng 23% so với năm 2023; bình quân 2,87 triệu giao dịch/ngày.
- Tổng số giao dịch lũy kế đến ngày 31/12/2024 là 2,89 tỷ.
2. An toàn thông tin
- Cả năm ghi nhận 12.412 cuộc tấn công mạng gây sự cố, giảm 9,7% so với năm 2023 (13.750 cuộc).
3. Dịch vụ công trực tuyến
- Tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 45,1% (năm 2023: 31,6%); khối bộ, ngành 62,4%, khối địa phương 40,3%.
- Tỷ lệ TTHC cung cấp trực tuyến toàn trình đến hết năm là 58,3%.
- Dẫn đầu cả nước là Bình Dương với tỷ lệ hồ sơ trực tuyến 87,6%; cuối bảng là Kon Tum (14,8%).
4. Doanh thu lĩnh vực công nghệ thông tin ước đạt 158 tỷ USD, tăng 11,6%.
II. NHIỆM VỤ NĂM 2025
- Phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt 60%; 100% DVCTT đủ điều kiện được cung cấp toàn trình.
- Trình ban hành 03 luật, 08 nghị định trong lĩnh vực chuyển đổi số.
Nơi nhận:
- Ban Bí thư, Thủ tướng Chính phủ (để b/c);
- Lưu: VT.
BỘ TRƯỞNG""",
        "2025-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1050000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2870000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 2890000000),
            ("cyberattacks", "national", "year", "2024-12-31", 12412),
            ("cyberattacks", "national", "year", "2023-12-31", 13750),
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.1),
            ("online_dossier_rate", "national", "year", "2023-12-31", 31.6),
            ("online_dossier_rate", "ministries", "year", "2024-12-31", 62.4),
            ("online_dossier_rate", "localities", "year", "2024-12-31", 40.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 58.3),
            ("online_dossier_rate", "Bình Dương", "year", "2024-12-31", 87.6),
            ("online_dossier_rate", "Kon Tum", "year", "2024-12-31", 14.8),
        ],
    ),
    # No published date: the signature line "Hà Nội, ngày 04 tháng 11 năm 2024" is the cut-off
    # for "hiện tổng số" and "Đến nay"; month values from the title; decrees, meeting, target out.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4521/BC-BTTTT
Hà Nội, ngày 04 tháng 11 năm 2024
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 10/2024
I. KẾT QUẢ
1. Trong tháng 10/2024, Cổng Dịch vụ công quốc gia có thêm 1,27 triệu tài khoản; hiện tổng số tài khoản là 41,6 triệu.
2. Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng đạt 29,9% (khối bộ, ngành 41,8%; khối địa phương 24,7%).
3. Đến nay, cả nước có khoảng 1.400 trạm BTS 5G đã phát sóng.
4. Tỉnh Hậu Giang có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất (72,1%).
5. Trong tháng, Chính phủ ban hành 03 nghị định; Tổ công tác tổ chức 01 phiên họp.
II. NHIỆM VỤ THÁNG 11/2024
1. Phấn đấu đạt 50 triệu tài khoản trên Cổng Dịch vụ công quốc gia trước ngày 31/12/2024.
2. Khối địa phương nâng tỷ lệ hồ sơ trực tuyến toàn trình lên tối thiểu 30%.
Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT, CĐSQG.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 1270000),
            ("national_portal_accounts", "national", "as_of", "2024-11-04", 41600000),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 29.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-31", 41.8),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 24.7),
            ("online_dossier_full_process_rate", "Hậu Giang", "month", "2024-10-31", 72.1),
            ("fiveg_bts_count", "national", "as_of", "2024-11-04", 1400),
        ],
    ),
    # Negative: an internal bulletin "THÁNG 8" with no year anywhere and no published date;
    # nothing in it can be dated, so nothing is stored.
    (
        """BẢN TIN CHUYỂN ĐỔI SỐ THÁNG 8
(Phát hành nội bộ - Ban Chỉ đạo chuyển đổi số)
I. ĐIỂM TIN
1. Trong tháng 8, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 43,2%; khối bộ, ngành 60,1%, khối địa phương 37,9%.
2. NDXP ghi nhận 72,5 triệu giao dịch trong tháng.
3. Hiện nay, Cổng Dịch vụ công quốc gia có hơn 39 triệu tài khoản.
4. Tỉnh Tây Ninh dẫn đầu về tỷ lệ hồ sơ trực tuyến toàn trình (70,4%).
II. VIỆC CẦN LÀM THÁNG 9
- Các địa phương có tỷ lệ thấp phấn đấu đạt tối thiểu 30% hồ sơ trực tuyến.
- Hoàn thiện 02 dự thảo thông tư.
BAN BIÊN TẬP""",
        None,
        [],
    ),
    # Provincial committee notice (Lâm Đồng) for a half: the province's totals kept, its own
    # departments/districts/communes (not a catalog breakdown) left out, the localities' national
    # average kept, rank 12/63 and VNPT's stations left out, "Hiện ... còn 18 thôn" kept.
    (
        """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo chuyển đổi số tỉnh tại phiên họp sơ kết 6 tháng đầu năm 2024
Ngày 30/7/2024, Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng tổ chức phiên họp sơ kết. Sau khi nghe báo cáo, Trưởng Ban Chỉ đạo kết luận:
I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024
1. Tỷ lệ hồ sơ TTHC xử lý trực tuyến toàn tỉnh đạt 73,5%; khối sở, ngành đạt 92%, cấp huyện 71%, cấp xã 64%.
2. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,2%, đứng thứ 12/63 tỉnh, thành phố; bình quân khối địa phương của cả nước là 23,6%.
3. Tỷ lệ hồ sơ được cấp kết quả giải quyết TTHC điện tử đạt 81,4%.
4. Thành phố Đà Lạt dẫn đầu toàn tỉnh (88%); huyện Đam Rông thấp nhất (41%).
5. Hiện trên địa bàn tỉnh còn 18 thôn chưa có sóng di động.
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% vào cuối năm 2024.
2. Phối hợp với VNPT Lâm Đồng phủ sóng 18 thôn còn lại; VNPT Lâm Đồng đã đầu tư 25 trạm BTS mới trong 6 tháng.
3. Tổ chức 03 lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã.
TRƯỞNG BAN
CHỦ TỊCH UBND TỈNH""",
        "2024-08-02",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 73.5),
            ("online_dossier_full_process_rate", "Lâm Đồng", "half", "2024-06-30", 48.2),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 23.6),
            ("e_result_rate", "Lâm Đồng", "half", "2024-06-30", 81.4),
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2024-07-30", 18),
        ],
    ),
    # Press summary (VietnamPlus style) of a June report: "lần đầu vượt ngưỡng 35%, ở mức 35,4%",
    # "lũy kế từ đầu năm" (ytd), half flows, "lần lượt 82,3% và 80,6%", one ministry (left out),
    # the point change year on year and next-quarter targets left out.
    (
        """VietnamPlus
Chuyển đổi số tháng 6/2025: Tỷ lệ hồ sơ trực tuyến toàn trình vượt 35%
Theo báo cáo vừa được Bộ Khoa học và Công nghệ công bố, trong tháng 6/2025, tỷ lệ hồ sơ trực tuyến toàn trình cả nước lần đầu vượt ngưỡng 35%, ở mức 35,4%.
Các con số chính
- Tỷ lệ hồ sơ xử lý trực tuyến tháng 6/2025: 53,9% (tháng 5/2025: 52,4%).
- Lũy kế từ đầu năm đến hết tháng 6/2025, tỷ lệ hồ sơ xử lý trực tuyến là 50,2%.
- 6 tháng đầu năm, Cổng Dịch vụ công quốc gia có thêm 8,2 triệu tài khoản, tiếp nhận 12,1 triệu hồ sơ trực tuyến.
- Tỷ lệ dân số trưởng thành sử dụng DVCTT tính đến ngày 30/6/2025 đạt 44,7%.
Khối bộ, ngành và địa phương
- Khối bộ, ngành có tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 6 là 46,9%; khối địa phương là 31,2%.
- Về tỷ lệ hồ sơ trực tuyến toàn trình, Quảng Ninh và Bắc Ninh dẫn đầu với lần lượt 82,3% và 80,6%; Hà Giang đứng cuối với 9,8%.
- Bộ Tài chính có 98,7% hồ sơ được tiếp nhận trực tuyến.
Định hướng
- Bộ yêu cầu các địa phương phấn đấu đến hết quý III/2025 đạt 45% hồ sơ trực tuyến toàn trình.
- Bộ sẽ trình Chính phủ 02 nghị định sửa đổi trong tháng 7.
So với cùng kỳ năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình tăng 11,2 điểm phần trăm.
(TTXVN/Vietnam+)""",
        "2025-07-09",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-06-30", 35.4),
            ("online_dossier_rate", "national", "month", "2025-06-30", 53.9),
            ("online_dossier_rate", "national", "month", "2025-05-31", 52.4),
            ("online_dossier_rate", "national", "ytd", "2025-06-30", 50.2),
            ("national_portal_accounts_new", "national", "half", "2025-06-30", 8200000),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 12100000),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-06-30", 44.7),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-06-30", 46.9),
            ("online_dossier_full_process_rate", "localities", "month", "2025-06-30", 31.2),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-06-30", 82.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-06-30", 80.6),
            ("online_dossier_full_process_rate", "Hà Giang", "month", "2025-06-30", 9.8),
        ],
    ),
    # Mixed notice on digital infrastructure: national 5G and speeds kept with one province's
    # coverage; Viettel's share, Korea's coverage, the world rank, Singapore's speed, two named
    # ministries and MobiFone's subscribers left out; attacks with last month in parentheses.
    (
        """VĂN PHÒNG CHÍNH PHỦ
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về phát triển hạ tầng số tháng 8/2025
Ngày 10/9/2025, Phó Thủ tướng Chính phủ chủ trì cuộc họp với các bộ, ngành và doanh nghiệp viễn thông. Phó Thủ tướng kết luận:
I. TÌNH HÌNH
1. Đến hết tháng 8/2025, cả nước có 12.350 trạm BTS 5G, vùng phủ sóng 5G đạt 31,2% dân số; Viettel chiếm 68% số trạm. Tại Hàn Quốc, mạng 5G đã phủ trên 95% dân số.
2. Tốc độ tải xuống trung vị băng rộng di động tháng 8/2025 đạt 151,3 Mbps, đứng thứ 14 thế giới; tốc độ tải xuống băng rộng cố định đạt 216 Mbps. Tốc độ băng rộng cố định của Singapore là 345 Mbps.
3. Thành phố Hải Phòng có tỷ lệ dân số được phủ sóng 5G cao nhất, đạt 72%.
4. Bộ Quốc phòng, Bộ Công an đã phê duyệt cấp độ cho 100% hệ thống thông tin.
5. Số thuê bao băng rộng di động của MobiFone đạt 18,4 triệu.
6. Trong tháng 8/2025 có 1.016 cuộc tấn công mạng gây sự cố (tháng 7/2025: 1.120 cuộc), giảm 28% so với cùng kỳ.
II. CHỈ ĐẠO
1. Các doanh nghiệp phấn đấu đến ngày 31/12/2025 phủ sóng 5G cho 50% dân số, xây mới 8.000 trạm.
2. Bộ Khoa học và Công nghệ chủ trì sửa đổi 02 thông tư về quy hoạch băng tần.
Văn phòng Chính phủ thông báo để các cơ quan, doanh nghiệp biết, thực hiện./.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM""",
        "2025-09-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 12350),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 31.2),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 151.3),
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 216),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-08-31", 72),
            ("cyberattacks", "national", "month", "2025-08-31", 1016),
            ("cyberattacks", "national", "month", "2025-07-31", 1120),
        ],
    ),
    # Report over a window (15/10-14/11/2024) titled "tháng 11/2024": NDXP window total and exact
    # daily average, connection points "(kỳ trước: 149)", blocks and provinces ("0,21 triệu"),
    # attacks and botnet in the window; plans left out.
    (
        """CỤC CHUYỂN ĐỔI SỐ QUỐC GIA
BÁO CÁO
Tình hình triển khai chuyển đổi số tháng 11/2024
(Kỳ báo cáo từ ngày 15/10/2024 đến ngày 14/11/2024)
I. NỀN TẢNG TÍCH HỢP, CHIA SẺ DỮ LIỆU QUỐC GIA
1. Trong kỳ báo cáo, NDXP đã xử lý 94.215.330 giao dịch; trung bình mỗi ngày 3.039.204 giao dịch.
2. Số điểm kết nối đang hoạt động: 152 điểm (kỳ trước: 149 điểm).
3. Phân theo khối: khối bộ, ngành phát sinh 58,1 triệu giao dịch; khối địa phương 36,1 triệu giao dịch.
4. Địa phương có lưu lượng lớn nhất là Hà Nội (4,6 triệu giao dịch); thấp nhất là Lai Châu (0,21 triệu giao dịch).
II. AN TOÀN THÔNG TIN
1. Trong kỳ, ghi nhận 1.193 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam.
2. Số địa chỉ IP thuộc mạng botnet tại thời điểm cuối kỳ là 561.004.
III. KẾ HOẠCH KỲ TỚI
1. Duy trì trên 3 triệu giao dịch/ngày; kết nối thêm 05 hệ thống thông tin.
2. Tổ chức 01 hội thảo về chia sẻ dữ liệu.
Nơi nhận:
- Bộ trưởng (để b/c);
- Lưu: VT.
CỤC TRƯỞNG""",
        "2024-11-20",
        [
            ("ndxp_transactions_period", "national", "month", "2024-11-14", 94215330),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-14", 3039204),
            ("ndxp_connection_points", "national", "as_of", "2024-11-14", 152),
            ("ndxp_connection_points", "national", "as_of", "2024-10-14", 149),
            ("ndxp_transactions_period", "ministries", "month", "2024-11-14", 58100000),
            ("ndxp_transactions_period", "localities", "month", "2024-11-14", 36100000),
            ("ndxp_transactions_period", "Hà Nội", "month", "2024-11-14", 4600000),
            ("ndxp_transactions_period", "Lai Châu", "month", "2024-11-14", 210000),
            ("cyberattacks", "national", "month", "2024-11-14", 1193),
            ("botnet_ips", "national", "as_of", "2024-11-14", 561004),
        ],
    ),
    # Provincial portal (Quảng Ninh), nine months: "Lũy kế 9 tháng" (ytd) rates of the province,
    # the national 9-month average, GRDP share for 9 months; a year-on-year change, documents
    # issued and the quarter-IV plans left out.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Quảng Ninh: 9 tháng năm 2024 tiếp tục dẫn đầu cả nước về phục vụ người dân, doanh nghiệp
I. KẾT QUẢ
1. Lũy kế 9 tháng đầu năm 2024, tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến của toàn tỉnh đạt 96,2%, trong khi bình quân cả nước là 42,7%.
2. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,5%.
3. Tỷ lệ hồ sơ được trả kết quả điện tử đạt 100%.
4. Mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết TTHC đạt 99,2%.
5. Đến cuối tháng 9/2024, tỷ lệ người dân trưởng thành trên địa bàn tỉnh có sử dụng DVCTT là 62,8%.
6. Kinh tế số: tỷ trọng kinh tế số trong GRDP của tỉnh 9 tháng ước đạt 7,3%.
7. So với cùng kỳ năm 2023, số hồ sơ trực tuyến tăng 18%; trong 9 tháng, UBND tỉnh ban hành 14 văn bản về chuyển đổi số.
II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu tỷ trọng kinh tế số đạt 10% GRDP năm 2024.
2. Duy trì 100% hồ sơ được trả kết quả điện tử; tỷ lệ hồ sơ toàn trình đạt 80%.
Trung tâm Truyền thông tỉnh Quảng Ninh""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 96.2),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 42.7),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 71.5),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 100),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2024-09-30", 99.2),
            ("adult_population_using_dvctt_rate", "Quảng Ninh", "as_of", "2024-09-30", 62.8),
            ("digital_economy_gdp_share", "Quảng Ninh", "ytd", "2024-09-30", 7.3),
        ],
    ),
]
