"""Round 36 blind genre probes: LONG documents (2023-2025) for the Vietnamese KPI extractor.
Each case is a whole report excerpt or a long press article (20-40 lines) with a title, a lead,
headings of several levels (I., 1., a), -, +), bullet lists and a table written as lines with
"|" or tab separators; the period is usually given once in the title, a heading or a bracketed
cut-off line and then implied. Figures span every catalog family (e-services and portal counts,
5G and broadband, NDXP, cybersecurity, digital economy and society) for the nation, the
ministries / localities blocks and single provinces, mixed with numbers that must NOT be stored:
targets, year-on-year and quarter-on-quarter changes, sub-counts after "trong đó"/"gồm",
operators' own figures, other countries' and world figures, surveys' figures, ranks without an id,
counts of documents, meetings and tasks, remainders, and shares of people rather than of
subscriptions. Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # National monthly report (5/2025): portal stocks vs month/ytd flows, '|' table by block, NDXP month and day average (April in brackets kept), attack sub-types, yoy, targets, documents/meetings.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025
(Số liệu tổng hợp đến hết ngày 31/5/2025)

Trong tháng 5/2025, các bộ, ngành, địa phương tiếp tục triển khai quyết liệt Nghị quyết số 57-NQ/TW và Đề án 06; Ủy ban Quốc gia về chuyển đổi số đã ban hành 02 văn bản chỉ đạo và tổ chức 01 phiên họp chuyên đề. Một số kết quả chính như sau:

I. PHÁT TRIỂN CHÍNH PHỦ SỐ
1. Cổng Dịch vụ công quốc gia
- Lũy kế đến nay, Cổng DVCQG có 16,2 triệu tài khoản đăng ký và đã tiếp nhận tổng cộng 72,8 triệu hồ sơ trực tuyến; riêng trong tháng có thêm 412.306 tài khoản mới.
- Trong tháng, Cổng tiếp nhận 1,87 triệu hồ sơ trực tuyến, tăng 9,4% so với tháng 4/2025; lũy kế 5 tháng đầu năm là 8,9 triệu hồ sơ.
- Thanh toán trực tuyến: trong tháng ghi nhận 2.015.440 giao dịch với số tiền 1.326,5 tỷ đồng; lũy kế từ khi khai trương đạt 48,6 triệu giao dịch, giá trị 36,9 nghìn tỷ đồng.
2. Cung cấp dịch vụ công trực tuyến toàn trình
Tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình theo từng khối:
Khối | Tổng số TTHC | DVCTT toàn trình | Tỷ lệ
Bộ, ngành | 1.902 | 1.164 | 61,2%
Địa phương (bình quân) | 2.377 | 1.289 | 54,23%
Toàn quốc | 4.279 | 2.453 | 57,33%
Có 07 bộ, ngành và 12 địa phương đạt trên 70%; mục tiêu năm 2025 là 100% DVCTT đủ điều kiện được cung cấp toàn trình.

II. NỀN TẢNG TÍCH HỢP, CHIA SẺ DỮ LIỆU QUỐC GIA (NDXP)
- Trong tháng 5/2025 có 98,7 triệu giao dịch qua NDXP, trung bình 3,18 triệu giao dịch/ngày (tháng 4/2025 là 2,95 triệu giao dịch/ngày).
- Tổng số giao dịch lũy kế từ năm 2019 chạm mốc 3,42 tỷ giao dịch.
- Số điểm kết nối đã thiết lập là 312, tăng 4 điểm so với tháng trước.

III. AN TOÀN, AN NINH MẠNG
- Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 486 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,6% so với cùng kỳ năm 2024; trong đó 275 cuộc tấn công lừa đảo (Phishing), 163 cuộc tấn công thay đổi giao diện (Deface) và 48 cuộc tấn công cài mã độc (Malware). Lũy kế từ đầu năm là 2.496 cuộc.
- Số địa chỉ IP của Việt Nam nằm trong mạng botnet ở mức 531.207 địa chỉ.

IV. NHIỆM VỤ THÁNG 6/2025
- Phấn đấu đến hết tháng 6/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%, số tài khoản trên Cổng DVCQG đạt 17 triệu.
- Hoàn thành thêm 15 điểm kết nối trên NDXP trước ngày 30/6/2025.""",
        "2025-06-03",
        [
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 16200000),
            ("national_portal_dossiers", "national", "as_of", "2025-05-31", 72800000),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 412306),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1870000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-05-31", 8900000),
            ("online_payments_count_new", "national", "month", "2025-05-31", 2015440),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1326.5),
            ("online_payments_count", "national", "as_of", "2025-05-31", 48600000),
            ("online_payments_value", "national", "as_of", "2025-05-31", 36900),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-31", 61.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-31", 54.23),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 57.33),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3180000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 2950000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 3420000000),
            ("ndxp_connection_points", "national", "as_of", "2025-05-31", 312),
            ("cyberattacks", "national", "month", "2025-05-31", 486),
            ("cyberattacks", "national", "ytd", "2025-05-31", 2496),
            ("botnet_ips", "national", "as_of", "2025-05-31", 531207),
        ],
    ),
    # Quảng Ninh portal, quarter III/2024: 'Hiện nay' in a quarter text, 'trong đó … toàn trình, chiếm 61%', '+' dossier rates, national average, on-time table, DTI rank, operators' 5G split, targets.
    (
        """Quảng Ninh: Hơn 72% hồ sơ TTHC được giải quyết trực tuyến toàn trình trong quý III/2024
Cổng TTĐT tỉnh - Quý III/2024, công tác cải cách thủ tục hành chính gắn với chuyển đổi số trên địa bàn tỉnh Quảng Ninh tiếp tục chuyển biến rõ nét; nhiều chỉ tiêu vượt kế hoạch Chính phủ giao cho năm 2024.

1. Cung cấp dịch vụ công trực tuyến
Hiện nay, tỉnh đang cung cấp 1.648 DVCTT, đạt tỷ lệ 91,2% trên tổng số TTHC thuộc thẩm quyền giải quyết; trong đó có 1.102 DVCTT toàn trình, chiếm 61% tổng số TTHC. Toàn bộ DVCTT đã được tích hợp, công khai trên Cổng DVCQG.

2. Tiếp nhận, giải quyết hồ sơ
Trong quý, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 268.415 hồ sơ TTHC, trong đó 241.037 hồ sơ nộp trực tuyến. Các chỉ số chính:
+ Tỷ lệ hồ sơ xử lý trực tuyến: 89,8% (tăng 3,1 điểm phần trăm so với quý II/2024);
+ Tỷ lệ hồ sơ trực tuyến toàn trình: 72,46%, cao hơn nhiều mức bình quân của cả nước trong quý III/2024 là 45,3%;
+ Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 96,3%;
+ Tỷ lệ cấp kết quả giải quyết TTHC điện tử: 98,1%;
+ Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 64,7%.
Kết quả giải quyết theo cấp:
Cấp | Hồ sơ tiếp nhận | Giải quyết đúng hạn
Cấp tỉnh | 96.204 | 99,6%
Cấp huyện | 121.580 | 99,2%
Cấp xã | 50.631 | 98,7%

3. Sự hài lòng và người dân sử dụng DVCTT
- Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt 98,5%.
- Tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng DVCTT là 57,1%, vượt mục tiêu 40% mà Chính phủ đặt ra cho năm 2024.
- Về Chỉ số Chuyển đổi số (DTI) năm 2023, Quảng Ninh xếp thứ 3/63 tỉnh, thành phố.

4. Hạ tầng số
Toàn tỉnh hiện có 412 trạm BTS 5G (Viettel 265 trạm, VNPT 98 trạm, MobiFone 49 trạm); 100% thôn, bản, khu phố đã có sóng di động băng rộng. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 92,6%.

Quý IV/2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% và hoàn thành số hóa 100% kết quả giải quyết TTHC còn hiệu lực.""",
        "2024-10-08",
        [
            ("dvctt_rate", "Quảng Ninh", "as_of", "2024-09-30", 91.2),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-09-30", 61),
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2024-09-30", 89.8),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-09-30", 72.46),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 45.3),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-09-30", 98.1),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2024-09-30", 64.7),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2024-09-30", 98.5),
            ("adult_population_using_dvctt_rate", "Quảng Ninh", "as_of", "2024-09-30", 57.1),
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2024-09-30", 412),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2024-09-30", 100),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-09-30", 92.6),
        ],
    ),
    # Year-2024 infrastructure feature: operators' 5G table with a national 'Tổng' row, foreign/world figures, upload speeds and ranks, villages covered in the year, 'còn 512 thôn' kept, 'trong đó 73' not.
    (
        """Hạ tầng số năm 2024: 5G phủ khoảng 26% dân số, thuê bao smartphone vượt 87%
VietnamPlus - Năm 2024 đánh dấu bước chuyển quan trọng của hạ tầng số Việt Nam khi mạng 5G chính thức được thương mại hóa, tốc độ truy cập Internet tiếp tục cải thiện rõ rệt và hàng nghìn thôn, bản vùng sâu, vùng xa lần đầu có sóng di động.

1. 5G: từ thí điểm đến thương mại hóa
Theo Cục Viễn thông (Bộ Thông tin và Truyền thông), tính đến ngày 31/12/2024, cả nước có hơn 7.300 trạm BTS 5G đang phát sóng, vùng phủ 5G đạt khoảng 26% dân số. Số trạm và thuê bao 5G của các doanh nghiệp:
Doanh nghiệp | Số trạm 5G | Thuê bao 5G
Viettel | 6.500 | 5 triệu
VNPT | 650 | 1,2 triệu
MobiFone | 150 | chưa công bố
Tổng | 7.300 | -
Con số này vẫn khiêm tốn so với Thái Lan (hơn 30.000 trạm) hay Hàn Quốc, nơi 5G đã phủ gần 100% dân số. Mục tiêu đặt ra là đến năm 2030 phủ sóng 5G tới 99% dân số.

2. Băng rộng và điện thoại thông minh
Đến cuối năm, các chỉ số băng rộng tiếp tục tăng:
- Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (smartphone) đạt 87,2%, tăng 3,5 điểm phần trăm so với cuối năm 2023;
- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng (FTTH) là 82,4%;
- Số thuê bao băng rộng di động lên tới 89,5 triệu, số thuê bao BRCĐ chạm mốc 23,8 triệu.

3. Tốc độ truy cập
Theo số liệu đo kiểm tháng 12/2024, tốc độ tải xuống trung bình của băng rộng cố định ở mức 162,6 Mbps, của băng rộng di động là 116,8 Mbps (tốc độ tải lên lần lượt 157,4 Mbps và 34,2 Mbps). Việt Nam xếp thứ 38 thế giới về tốc độ băng rộng cố định và thứ 19 về băng rộng di động; mức trung bình toàn cầu lần lượt là 94,5 Mbps và 56,9 Mbps.

4. Xóa vùng lõm sóng
a) Kết quả: Chương trình "Sóng và máy tính cho em" cùng Chương trình cung cấp dịch vụ viễn thông công ích đã phủ sóng thêm 1.124 thôn, bản trong năm. Đến hết năm 2024, cả nước đã phủ sóng 1.853/1.926 thôn lõm sóng có điện lưới, đạt 96,2%.
b) Tồn tại: cả nước còn 512 thôn, bản lõm sóng, trong đó 73 thôn có điện lưới, chủ yếu ở Hà Giang, Lai Châu, Nghệ An. Các doanh nghiệp cam kết phủ sóng toàn bộ 73 thôn này trong quý I/2025.""",
        "2025-01-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7300),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89500000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23800000),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 162.6),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 116.8),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 96.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 512),
        ],
    ),
    # VPCP notice on Đề án 06 (cut-off in brackets once): 53/53, 872/1.084 with the remainder, 63/63, chip/VNeID, Mobile Money sub-count, EMC among shortcomings, tab appendix with 2025 targets, tasks.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 12/TB-VPCP\tHà Nội, ngày 14 tháng 01 năm 2025
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị toàn quốc tổng kết 3 năm triển khai Đề án 06
Ngày 06 tháng 01 năm 2025, Thủ tướng Chính phủ, Trưởng Tổ công tác triển khai Đề án 06 chủ trì Hội nghị trực tuyến toàn quốc tổng kết 3 năm triển khai Đề án. Sau khi nghe Bộ Công an báo cáo và ý kiến của các đại biểu, Thủ tướng kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Qua 3 năm triển khai, Đề án 06 đạt nhiều kết quả quan trọng (số liệu tính đến ngày 31/12/2024):
1. Về dịch vụ công: đã hoàn thành cung cấp 53/53 dịch vụ công thiết yếu theo Đề án 06; tỷ lệ hồ sơ TTHC được gắn định danh cá nhân đạt 92,1%; tỷ lệ cấp kết quả giải quyết TTHC điện tử là 81,7%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 48,4%.
2. Về định danh điện tử: cấp 89,2 triệu thẻ căn cước công dân gắn chip (đạt 99,5% số công dân đủ điều kiện); kích hoạt 58,1 triệu tài khoản định danh điện tử VNeID mức độ 2. Cơ sở dữ liệu quốc gia về dân cư đã kết nối với 13 bộ, ngành, 63 địa phương, 4 doanh nghiệp nhà nước, phục vụ hơn 1,2 tỷ lượt xác thực thông tin công dân.
3. Về cải cách TTHC: đã thực thi phương án cắt giảm, đơn giản hóa 872/1.084 TTHC liên quan đến công dân theo các Nghị quyết chuyên đề, còn 212 TTHC chưa thực thi; 63/63 địa phương đã ban hành Nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện DVCTT.
4. Về thanh toán không dùng tiền mặt: tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87,08%; dịch vụ Mobile Money có 9,2 triệu khách hàng, trong đó 6,6 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.
5. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 84,2%; tỷ lệ dân số trưởng thành sử dụng DVCTT là 46,5%.
Bên cạnh đó vẫn còn tồn tại, hạn chế: 18/63 địa phương chưa hoàn thành số hóa kết quả giải quyết TTHC còn hiệu lực; Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) mới kết nối 88,9% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh.

Phụ lục: Một số chỉ tiêu chính (tính đến 31/12/2024)
Chỉ tiêu\tKết quả\tMục tiêu 2025
Thẻ CCCD gắn chip đã cấp\t89,2 triệu\t-
Tài khoản VNeID mức độ 2 đã kích hoạt\t58,1 triệu\t65 triệu
Hồ sơ TTHC gắn định danh cá nhân\t92,1%\t100%
Người trưởng thành có tài khoản thanh toán\t87,08%\t80%

II. NHIỆM VỤ THỜI GIAN TỚI
1. Phấn đấu đến ngày 30/6/2025, 100% hồ sơ TTHC được gắn định danh cá nhân; tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 50% trong năm 2025.
2. Bộ Công an chủ trì hoàn thành 08 nhiệm vụ còn lại của Đề án trong quý I/2025; Văn phòng Chính phủ tổ chức 02 hội nghị chuyên đề về cắt giảm TTHC.
3. Ngân hàng Nhà nước Việt Nam tiếp tục mở rộng Mobile Money, phấn đấu đạt 12 triệu khách hàng vào cuối năm 2025.""",
        "2025-01-14",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 53),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-12-31", 92.1),
            ("e_result_rate", "national", "as_of", "2024-12-31", 81.7),
            ("data_reuse_rate", "national", "as_of", "2024-12-31", 48.4),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 89200000),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 58100000),
            ("procedures_simplified", "national", "as_of", "2024-12-31", 872),
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 63),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 9200000),
            ("satisfaction_rate", "national", "as_of", "2024-12-31", 84.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 46.5),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 88.9),
        ],
    ),
    # Digital-economy press summary: 2023 share and 2024 estimate with growth, GDP/ICT/USD/survey lures, '|' table of provinces' GRDP shares, Internet users, e-invoice sub-counts, EGDI 71/193 with 2022 (86/193) kept.
    (
        """Kinh tế số Việt Nam năm 2024: Ước chiếm 18,3% GDP, tăng trưởng khoảng 20%
Baochinhphu.vn - Kinh tế số tiếp tục là điểm sáng của nền kinh tế trong năm 2024, với tốc độ tăng trưởng cao gấp nhiều lần GDP; thứ hạng Chính phủ điện tử của Việt Nam cũng có bước tiến vượt bậc.

I. Quy mô và tốc độ tăng trưởng
- Theo số liệu chính thức của Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GDP của Việt Nam đạt 12,33%.
- Năm 2024, kinh tế số ước chiếm khoảng 18,3% GDP, tốc độ tăng trưởng ở mức khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP (7,09%).
- Doanh thu công nghiệp công nghệ số ước đạt 158,7 tỷ USD, tăng 11,6%; xuất khẩu phần cứng, điện tử đạt 132,7 tỷ USD.
- Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước quy mô nền kinh tế Internet của Việt Nam đạt 36 tỷ USD, tăng 16%.
- Mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP, đến năm 2030 đạt 30% GDP.

II. Bức tranh địa phương
Tỷ trọng kinh tế số trong GRDP năm 2023 của một số địa phương dẫn đầu:
Địa phương | Tỷ trọng KTS/GRDP | Thứ hạng
Bắc Ninh | 33,8% | 1
Thái Nguyên | 30,2% | 2
Hải Phòng | 13,7% | 3
Ở chiều ngược lại, có 10 tỉnh, thành phố có tỷ trọng kinh tế số dưới 5% GRDP.

III. Xã hội số
- Theo Bộ Thông tin và Truyền thông, tỷ lệ người sử dụng Internet năm 2024 ước đạt 78,1% dân số; báo cáo Digital 2025 của DataReportal thì ghi nhận 79,8 triệu người dùng Internet tại Việt Nam.
- Tính đến hết năm 2024, hệ thống hóa đơn điện tử của ngành Thuế đã tiếp nhận, xử lý 8,87 tỷ hóa đơn, trong đó hơn 2,2 tỷ hóa đơn có mã của cơ quan thuế; riêng hóa đơn khởi tạo từ máy tính tiền là 1,15 tỷ hóa đơn.

IV. Thứ hạng quốc tế
Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tháng 9/2024, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193). Trong ASEAN, Việt Nam đứng thứ 5; Singapore dẫn đầu khu vực với vị trí thứ 3 thế giới. Về Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2024, Việt Nam xếp thứ 44/133.""",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 33.8),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 30.2),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 13.7),
            ("internet_users_rate", "national", "year", "2024-12-31", 78.1),
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8870000000),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Cybersecurity quarter I/2025 article (no published date): month-by-type '|' table (only totals kept), q/q and yoy falls, world loss, botnet with end-2024 in brackets, Mirai sub-count, approval rates by block.
    (
        """Quý I/2025: Ghi nhận 1.521 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam
VnExpress - Trong ba tháng đầu năm 2025, số cuộc tấn công mạng gây sự cố giảm so với quý trước, song các chiến dịch lừa đảo trực tuyến và mã độc tống tiền vẫn diễn biến phức tạp, theo Cục An toàn thông tin.

I. Tình hình tấn công mạng
Trong quý I/2025, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.521 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 23,7% so với quý IV/2024 và giảm 15,2% so với cùng kỳ năm 2024. Chi tiết theo tháng:
Tháng | Lừa đảo (Phishing) | Thay đổi giao diện (Deface) | Mã độc (Malware) | Tổng
01/2025 | 301 | 118 | 92 | 511
02/2025 | 266 | 131 | 78 | 475
03/2025 | 312 | 145 | 78 | 535
Quý I/2025 | 879 | 394 | 248 | 1.521
Đáng chú ý, trong tháng 3 một công ty chứng khoán lớn bị tấn công bằng mã độc tống tiền (ransomware), khiến hệ thống giao dịch gián đoạn 4 ngày. Trên thế giới, thiệt hại do tội phạm mạng năm 2024 được ước tính khoảng 9.500 tỷ USD.

II. Mạng máy tính ma (botnet)
- Tính đến ngày 31/3/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 482.951 địa chỉ, giảm 12,4% so với cuối năm 2024 (551.300 địa chỉ).
- Trong đó, 61.200 địa chỉ thuộc mạng botnet Mirai, chủ yếu là camera IP và router gia đình.

III. Bảo đảm an toàn hệ thống thông tin theo cấp độ
Đến hết quý I/2025, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ như sau:
+ Khối bộ, ngành: 96,4% (2.116/2.195 hệ thống);
+ Khối địa phương: 91,8% (4.407/4.801 hệ thống);
+ Chung cả nước: 93,2%.
Tuy nhiên, mới có 78% hệ thống triển khai đầy đủ phương án bảo đảm an toàn theo hồ sơ được duyệt. Mục tiêu là 100% hệ thống được phê duyệt cấp độ và triển khai đầy đủ phương án trong năm 2025.

IV. Khuyến nghị
- Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức khẩn trương rà soát, vá 12 lỗ hổng nghiêm trọng được công bố trong quý.
- Người dân cảnh giác với các cuộc gọi, tin nhắn giả danh cơ quan nhà nước.""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1521),
            ("cyberattacks", "national", "month", "2025-01-31", 511),
            ("cyberattacks", "national", "month", "2025-02-28", 475),
            ("cyberattacks", "national", "month", "2025-03-31", 535),
            ("botnet_ips", "national", "as_of", "2025-03-31", 482951),
            ("botnet_ips", "national", "as_of", "2024-12-31", 551300),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-03-31", 96.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-03-31", 91.8),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-03-31", 93.2),
        ],
    ),
    # Interview (end 2023): 'Hiện nay/đến nay' dated by the published date, year flow and day average, 'gồm'/'trong đó' parts, tab table with 2022 column kept, Estonia, DVCTT by block, 2024 targets, GCI rank.
    (
        """"Dữ liệu phải được chia sẻ thông suốt như một dòng chảy"
Chinhphu.vn - Nhân dịp cuối năm 2023, Báo Điện tử Chính phủ đã có cuộc trao đổi với Thứ trưởng Bộ Thông tin và Truyền thông về kết quả kết nối, chia sẻ dữ liệu và phát triển Chính phủ số.

1. Về Nền tảng NDXP
PV: Thưa Thứ trưởng, năm 2023 Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã đạt được những kết quả nào?
Thứ trưởng: Hiện nay NDXP đã kết nối với 105 cơ quan, đơn vị, gồm 22 bộ, ngành, 63 địa phương và 20 tổ chức, doanh nghiệp. Tính riêng năm 2023, NDXP phục vụ hơn 780 triệu giao dịch, trung bình mỗi ngày khoảng 2,1 triệu giao dịch; tổng số giao dịch từ khi khai trương đến nay đã lên tới hơn 2,08 tỷ.
Đã có 248 điểm kết nối giữa các hệ thống thông tin, CSDL được thiết lập, trong đó 86 điểm kết nối với CSDL quốc gia về dân cư.
Một số con số so sánh:
Chỉ số\tNăm 2022\tNăm 2023
Số giao dịch trong năm\t496 triệu\thơn 780 triệu
Trung bình mỗi ngày\t1,36 triệu\t2,1 triệu
Số điểm kết nối\t214\t248
Để so sánh, nền tảng X-Road của Estonia xử lý khoảng 2,2 tỷ giao dịch mỗi năm.

2. Về dịch vụ công trực tuyến
PV: Còn việc cung cấp dịch vụ công trực tuyến, kết quả cụ thể ra sao?
Thứ trưởng: Đến nay, tỷ lệ TTHC được cung cấp dưới dạng DVCTT của khối bộ, ngành là 86,2%, của khối địa phương là 81,5%; tỷ lệ DVCTT toàn trình trên cả nước là 46,8%. Tuy nhiên, tỷ lệ DVCTT có phát sinh hồ sơ mới đạt 53,1%, nghĩa là gần một nửa số dịch vụ đưa lên nhưng chưa có người dùng.
PV: Mục tiêu năm 2024 là gì, thưa Thứ trưởng?
Thứ trưởng: Năm 2024, chúng tôi đặt mục tiêu 80% DVCTT toàn trình, 40% dân số trưởng thành sử dụng DVCTT và 100% bộ, ngành, địa phương kết nối NDXP với ít nhất 5 CSDL quốc gia. Bộ cũng sẽ trình Chính phủ 03 nghị định về dữ liệu trong quý I/2024.

3. Về an toàn thông tin
PV: Còn về bảo đảm an toàn thông tin cho các nền tảng này?
Thứ trưởng: Chúng tôi yêu cầu mọi hệ thống kết nối NDXP phải được phê duyệt cấp độ. Việt Nam hiện xếp thứ 25/194 về Chỉ số an toàn, an ninh mạng toàn cầu (GCI) của ITU, nhưng không được chủ quan.
PV: Xin trân trọng cảm ơn Thứ trưởng!""",
        "2023-12-28",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-28", 105),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 780000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2100000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-28", 2080000000),
            ("ndxp_connection_points", "national", "as_of", "2023-12-28", 248),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 496000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-12-31", 1360000),
            ("ndxp_connection_points", "national", "as_of", "2022-12-31", 214),
            ("dvctt_rate", "ministries", "as_of", "2023-12-28", 86.2),
            ("dvctt_rate", "localities", "as_of", "2023-12-28", 81.5),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-28", 46.8),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2023-12-28", 53.1),
        ],
    ),
    # Đồng Tháp half-year report (window 15/12/2024-14/6/2025): eligible-procedure rate, tab table by level (only 'Toàn tỉnh' kept), GRDP share with 2024 in brackets, e-commerce tỷ đồng, share of people with smartphones, scans, 62/62.
    (
        """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
BÁO CÁO
Kết quả thực hiện chuyển đổi số và Đề án 06 sáu tháng đầu năm 2025, phương hướng, nhiệm vụ 6 tháng cuối năm 2025
(Kỳ báo cáo: từ ngày 15/12/2024 đến ngày 14/6/2025)

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Phát triển chính quyền số
a) Cung cấp DVCTT
Toàn tỉnh hiện cung cấp 1.712 DVCTT, trong đó 1.046 DVCTT toàn trình, chiếm 57,1% tổng số TTHC; 666 DVCTT một phần. Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình đạt 98,6%.
b) Kết quả giải quyết hồ sơ trong kỳ
Chỉ tiêu\tCấp tỉnh\tCấp huyện\tCấp xã\tToàn tỉnh
Tỷ lệ hồ sơ trực tuyến (%)\t95,2\t88,7\t81,4\t87,9
Tỷ lệ hồ sơ trực tuyến toàn trình (%)\t71,3\t58,2\t49,6\t60,5
Tỷ lệ cấp kết quả điện tử (%)\t99,1\t97,8\t95,0\t97,4
Tỷ lệ hồ sơ gắn định danh cá nhân (%)\t-\t-\t-\t96,7
- Mức độ hài lòng của người dân, doanh nghiệp đạt 97,9%.
- Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC của tỉnh đạt 86,2 điểm, xếp thứ 9/63 tỉnh, thành phố.

2. Phát triển kinh tế số
- 6 tháng đầu năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 9,1% (năm 2024 là 8,3%).
- Doanh thu thương mại điện tử trên địa bàn ước đạt 1.250 tỷ đồng, tăng 18% so với cùng kỳ; 2.140 hộ kinh doanh, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử.

3. Phát triển xã hội số và hạ tầng số
+ Toàn tỉnh đã kích hoạt 1,52 triệu tài khoản định danh điện tử VNeID mức độ 2, đạt 93,5% số công dân đủ điều kiện.
+ Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh là 85,3%; tỷ lệ người trưởng thành có điện thoại thông minh khoảng 88%.
+ Trên địa bàn tỉnh có 236 trạm BTS 5G, vùng phủ 5G đạt khoảng 41% dân số toàn tỉnh; 100% xã, phường, thị trấn có hạ tầng cáp quang.

4. Bảo đảm an toàn thông tin
Trong kỳ, Trung tâm Giám sát, điều hành đô thị thông minh của tỉnh phát hiện, ngăn chặn 12.450 lượt dò quét, tấn công. 100% hệ thống thông tin của tỉnh (62/62 hệ thống) đã được phê duyệt hồ sơ đề xuất cấp độ.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
- Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%, tỷ trọng kinh tế số trong GRDP đạt 10% vào cuối năm 2025.
- Hoàn thành rà soát, kết nối các hệ thống thông tin sau khi sắp xếp đơn vị hành chính.""",
        "2025-06-18",
        [
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2025-06-14", 57.1),
            ("full_process_provision_rate", "Đồng Tháp", "as_of", "2025-06-14", 98.6),
            ("online_dossier_rate", "Đồng Tháp", "half", "2025-06-14", 87.9),
            ("online_dossier_full_process_rate", "Đồng Tháp", "half", "2025-06-14", 60.5),
            ("e_result_rate", "Đồng Tháp", "half", "2025-06-14", 97.4),
            ("dossiers_with_personal_id_rate", "Đồng Tháp", "half", "2025-06-14", 96.7),
            ("satisfaction_rate", "Đồng Tháp", "half", "2025-06-14", 97.9),
            ("digital_economy_gdp_share", "Đồng Tháp", "half", "2025-06-30", 9.1),
            ("digital_economy_gdp_share", "Đồng Tháp", "year", "2024-12-31", 8.3),
            ("vneid_activated_accounts", "Đồng Tháp", "as_of", "2025-06-14", 1520000),
            ("smartphone_subscriber_rate", "Đồng Tháp", "as_of", "2025-06-14", 85.3),
            ("fiveg_bts_count", "Đồng Tháp", "as_of", "2025-06-14", 236),
            ("fiveg_population_coverage_rate", "Đồng Tháp", "as_of", "2025-06-14", 41),
            ("info_systems_level_approved_rate", "Đồng Tháp", "as_of", "2025-06-14", 100),
        ],
    ),
]
