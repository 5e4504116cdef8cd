"""Genre probes, round 153: a province's own platforms (LGSP, provincial portal, TTHC system, data warehouse) beside NDXP and the National Portal, written blind.

Fitted at stop 50: first read with the stop's start code a6b17cb (96 of 106 right, 96 of 111 found
(0.91 / 0.86)); after the stop's fixes, 98 of 104 right, 98 of 111 found (0.94 / 0.88).
"""

CASES = [
    # 1. Đà Nẵng news article: the city's LGSP count (no id, +18% change) beside NDXP's national half-year
    #    count in the same sentence; the city's dossier rates; data-warehouse datasets and a year-end target are traps.
    (
        """ĐÀ NẴNG: NỀN TẢNG LGSP XỬ LÝ HƠN 5,6 TRIỆU GIAO DỊCH TRONG NỬA ĐẦU NĂM

Thứ Hai, 08/07/2024 09:15 | Chuyên mục: Chuyển đổi số

(CĐS) - Theo báo cáo của Sở Thông tin và Truyền thông thành phố, 6 tháng đầu năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Đà Nẵng đã xử lý hơn 5,6 triệu giao dịch, tăng 18% so với cùng kỳ năm trước. Nền tảng hiện kết nối 46 hệ thống thông tin, cơ sở dữ liệu của thành phố và liên thông với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), nơi ghi nhận khoảng 412 triệu giao dịch trên phạm vi cả nước trong cùng thời gian.

Cũng trong 6 tháng, Hệ thống thông tin giải quyết thủ tục hành chính của thành phố tiếp nhận 318.642 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 93,1%, tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 97,4%. Kho dữ liệu dùng chung của thành phố đã tích hợp 1.052 bộ dữ liệu, trong đó 214 bộ dữ liệu mở được công bố trên Cổng dữ liệu mở.

Lãnh đạo Sở TT&TT cho biết, thời gian tới thành phố phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, đồng thời tiếp tục hoàn thiện trục liên thông nội bộ để chia sẻ dữ liệu hai chiều với các bộ, ngành Trung ương.

Thu Hà

Tin liên quan:
- Đà Nẵng ra mắt ứng dụng công dân số phiên bản mới
- Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công thành phố""",
        "2024-07-08",
        [
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 412000000.0),
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 93.1),
            ("e_result_rate", "Đà Nẵng", "half", "2024-06-30", 97.4),
        ],
    ),
    # 2. Thừa Thiên Huế 9-month report excerpt: LGSP transactions, warehouse records, services integrated on the
    #    National Portal, count of online dossiers and the online-payment share have no id; a Q4 target.
    (
        """UBND TỈNH THỪA THIÊN HUẾ
BÁO CÁO
Tình hình thực hiện chuyển đổi số tỉnh Thừa Thiên Huế 9 tháng đầu năm 2023 (trích)

II. KẾT QUẢ THỰC HIỆN
1. Về hạ tầng và nền tảng số
- Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP) tiếp tục vận hành ổn định, đã kết nối 27 hệ thống thông tin và thực hiện trên 9,8 triệu lượt giao dịch; kết nối thông suốt với Nền tảng NDXP để khai thác CSDL quốc gia về dân cư, đăng ký doanh nghiệp, hộ tịch điện tử.
- Kho dữ liệu dùng chung của tỉnh lưu trữ 312 bộ dữ liệu với hơn 21 triệu bản ghi.

2. Về giải quyết thủ tục hành chính
- 9 tháng đầu năm 2023, Hệ thống thông tin giải quyết TTHC tỉnh tiếp nhận 402.318 hồ sơ, trong đó 287.615 hồ sơ trực tuyến, chiếm 71,5%; hồ sơ trực tuyến toàn trình chiếm 38,2% tổng số hồ sơ.
- Tỉnh đã tích hợp 1.827 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ có thanh toán trực tuyến đạt 34,6%.
- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 99,2%.

III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023
- Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 45% vào cuối năm; hoàn thành kết nối LGSP với các hệ thống chuyên ngành còn lại.""",
        "2023-10-16",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2023-09-30", 71.5),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "ytd", "2023-09-30", 38.2),
            ("satisfaction_rate", "Thừa Thiên Huế", "ytd", "2023-09-30", 99.2),
        ],
    ),
    # 3. Ministry monthly report excerpt on NDXP: month, daily average, cumulative and connection points;
    #    the 63 provinces' LGSP total and two provinces' LGSP volumes are not NDXP values.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Báo cáo tình hình chuyển đổi số tháng 3/2024 (trích)

3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng 3/2024, NDXP đã thực hiện 67,4 triệu giao dịch, trung bình 2,17 triệu giao dịch/ngày. Lũy kế đến ngày 31/3/2024, tổng số giao dịch qua NDXP từ khi khai trương năm 2019 đạt hơn 1,41 tỷ giao dịch. Đến ngày 31/3/2024, trên NDXP đã thiết lập 178 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Các nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (MGSP, LGSP) tiếp tục hoạt động ổn định; riêng trong tháng, LGSP của 63 địa phương ghi nhận khoảng 95 triệu giao dịch nội tỉnh. Một số địa phương có lưu lượng lớn như Đồng Nai (8,1 triệu giao dịch), Bình Dương (7,6 triệu giao dịch).

4. Nhiệm vụ tháng 4/2024
Cục Chuyển đổi số quốc gia tiếp tục hướng dẫn các bộ, địa phương rà soát, chuẩn hóa dịch vụ chia sẻ dữ liệu trên LGSP trước khi kết nối lên NDXP.""",
        "2024-04-05",
        [
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 67400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2170000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 1410000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-03-31", 178.0),
        ],
    ),
    # 4. Quảng Ninh year-end article: the province's own NDXP transactions (a province breakdown of the NDXP flow)
    #    beside its LGSP total (no id); full-process dossier share and FTTH level at year end; +8,4 points, PAR score, 2025 target are traps.
    (
        """Quảng Ninh: Dữ liệu thông suốt từ tỉnh đến Trung ương

Cập nhật lúc 10/01/2025 07:30

Năm 2024, trục tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh Quảng Ninh ghi nhận 14,2 triệu giao dịch giữa các hệ thống thông tin của tỉnh. Số giao dịch của tỉnh qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong năm đạt 3,05 triệu, chủ yếu là truy vấn, xác thực thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư.

Nhờ dữ liệu được chia sẻ, người dân không phải khai lại nhiều thông tin. Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến toàn trình trên tổng số hồ sơ của tỉnh đạt 72,6%, cao hơn 8,4 điểm phần trăm so với năm 2023. Toàn tỉnh có 88,5% hộ gia đình sử dụng Internet cáp quang.

Quảng Ninh cũng tiếp tục dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR Index) với 91,2 điểm. Năm 2025, tỉnh đặt mục tiêu 80% hồ sơ được giải quyết trực tuyến toàn trình và hoàn thành Kho dữ liệu số tập trung.

Hoàng Nga""",
        "2025-01-10",
        [
            ("ndxp_transactions_period", "Quảng Ninh", "year", "2024-12-31", 3050000.0),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 72.6),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-12-31", 88.5),
        ],
    ),
    # 5. Bình Dương: the province's full-process service share (level, "Hiện nay"); the provincial portal's
    #    accounts are no id but the National Portal's accounts in the same sentence are national; district rates are traps.
    (
        """Bình Dương đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình

Hiện nay, tỉnh Bình Dương đang cung cấp 1.124 dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 61,4% tổng số thủ tục hành chính của tỉnh. Toàn bộ các dịch vụ này đã được tích hợp, đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia.

Cổng Dịch vụ công của tỉnh hiện có hơn 412.000 tài khoản người dùng, trong khi theo số liệu của Văn phòng Chính phủ, Cổng Dịch vụ công quốc gia đã có trên 12,3 triệu tài khoản đăng ký trên phạm vi cả nước. Người dân có thể đăng nhập bằng tài khoản định danh điện tử VNeID trên cả hai cổng.

Ở cấp huyện, thành phố Thủ Dầu Một dẫn đầu với tỷ lệ hồ sơ trực tuyến 89%, tiếp đến là thành phố Dĩ An với 84,7%. Sở Thông tin và Truyền thông cho biết sẽ tiếp tục rà soát, tái cấu trúc quy trình để nâng số dịch vụ toàn trình trong năm nay.""",
        "2024-05-20",
        [
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2024-05-20", 61.4),
            ("national_portal_accounts", "national", "as_of", "2024-05-20", 12300000.0),
        ],
    ),
    # 6. VPCP 9-month press summary: ministries vs localities split with "tương ứng"; one province (Lào Cai) leads;
    #    one named ministry (Bộ Tài chính) and a count of provinces below 30% are traps.
    (
        """Theo báo cáo của Văn phòng Chính phủ, 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 62,4%, của các địa phương đạt 41,8%. Tỷ lệ cấp kết quả giải quyết TTHC điện tử tương ứng là 86,3% và 71,8%.

Trong khối bộ, ngành, Bộ Tài chính có tỷ lệ hồ sơ trực tuyến gần như tuyệt đối (99,4%); ở khối địa phương, Lào Cai dẫn đầu với tỷ lệ hồ sơ trực tuyến 88,7%, tiếp theo là Bình Dương và Đà Nẵng.

Đáng chú ý, nhiều địa phương đã chủ động vận hành Hệ thống thông tin giải quyết TTHC cấp tỉnh kết nối, đồng bộ với Cổng Dịch vụ công quốc gia và Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ (EMC). Tuy nhiên, vẫn còn 9 địa phương có tỷ lệ hồ sơ trực tuyến dưới 30%, chủ yếu do dịch vụ chưa thực chất, người dân còn quen nộp trực tiếp.""",
        "2024-10-08",
        [
            ("online_dossier_rate", "ministries", "ytd", "2024-09-30", 62.4),
            ("online_dossier_rate", "localities", "ytd", "2024-09-30", 41.8),
            ("e_result_rate", "ministries", "ytd", "2024-09-30", 86.3),
            ("e_result_rate", "localities", "ytd", "2024-09-30", 71.8),
            ("online_dossier_rate", "Lào Cai", "ytd", "2024-09-30", 88.7),
        ],
    ),
    # 7. Thái Nguyên committee notice, no sidecar (dated by its header): 5-month full-process share and the 2023
    #    GRDP share are the province's; LGSP transactions "with NDXP and central systems" mixed, documents/meetings, 80% target.
    (
        """UBND TỈNH THÁI NGUYÊN
Số: 85/TB-UBND
Thái Nguyên, ngày 14 tháng 6 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo chuyển đổi số tỉnh lần thứ hai năm 2024

Ngày 10/6/2024, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì phiên họp. Sau khi nghe Sở Thông tin và Truyền thông báo cáo và ý kiến của các thành viên, Chủ tịch UBND tỉnh kết luận như sau:

1. 5 tháng đầu năm 2024, công tác chuyển đổi số của tỉnh đạt nhiều kết quả tích cực. Tỷ lệ hồ sơ TTHC trực tuyến toàn trình của tỉnh đạt 58,3%. Trục liên thông LGSP của tỉnh đã kết nối với NDXP và các hệ thống của Trung ương, thực hiện 2,4 triệu giao dịch. Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 34,1%. Từ đầu năm, Ban Chỉ đạo đã ban hành 12 văn bản chỉ đạo, tổ chức 02 phiên họp.

2. Nhiệm vụ thời gian tới: phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%; Sở Thông tin và Truyền thông hoàn thiện Kho dữ liệu dùng chung, bảo đảm kết nối với các CSDL quốc gia trước ngày 30/9/2024.

Nơi nhận: Như trên; Lưu: VT, KGVX.""",
        None,
        [
            ("online_dossier_full_process_rate", "Thái Nguyên", "ytd", "2024-05-31", 58.3),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 34.1),
        ],
    ),
    # 8. National Portal online payments in 2023: flows for the year and the cumulative level at year end; Hà Nội's
    #    transactions through the National Portal are its own value; HCMC's own-portal payments, +42% and a 2024 target are traps.
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh

Năm 2023, Cổng Dịch vụ công quốc gia ghi nhận 9,6 triệu giao dịch thanh toán trực tuyến với số tiền 6.820 tỷ đồng, tăng 42% về số giao dịch so với năm 2022. Lũy kế đến hết năm 2023, tổng số giao dịch thanh toán trực tuyến qua Cổng đạt 34,2 triệu giao dịch, tổng số tiền hơn 15.960 tỷ đồng.

Hà Nội là địa phương có số giao dịch thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia nhiều nhất với khoảng 1,2 triệu giao dịch trong năm 2023. Trong khi đó, nhiều địa phương sử dụng song song cổng thanh toán riêng được tích hợp trên Cổng dịch vụ công cấp tỉnh, như TP Hồ Chí Minh với 640.000 giao dịch.

Năm 2024, Văn phòng Chính phủ đặt mục tiêu 30% hồ sơ TTHC có nghĩa vụ tài chính được thanh toán trực tuyến và yêu cầu các địa phương chuyển toàn bộ thanh toán về nền tảng dùng chung.""",
        "2024-01-12",
        [
            ("online_payments_count_new", "national", "year", "2023-12-31", 9600000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 6820.0),
            ("online_payments_count", "national", "as_of", "2023-12-31", 34200000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 15960.0),
            ("online_payments_count_new", "Hà Nội", "year", "2023-12-31", 1200000.0),
        ],
    ),
    # 9. Long An Q1: LGSP transactions, CSDL counts, a district's rate and the vendor's (VNPT) response time are traps;
    #    data-reuse and online-dossier shares are the province's for the quarter.
    (
        """Long An: Trục LGSP kết nối 38 hệ thống, dữ liệu dùng chung ngày càng "sống"

Quý I/2024, Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh Long An thực hiện khoảng 1,9 triệu giao dịch, kết nối 38 hệ thống thông tin trong và ngoài tỉnh. Kho dữ liệu dùng chung của tỉnh hiện quản lý 140 cơ sở dữ liệu chuyên ngành, từ đất đai, hộ tịch đến an sinh xã hội.

Nhờ dữ liệu được chia sẻ, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết TTHC của tỉnh trong quý I đạt 37,6%; tỷ lệ hồ sơ trực tuyến đạt 68,9%. Huyện Đức Hòa là đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 92%.

Đại diện VNPT Long An, đơn vị xây dựng nền tảng, cho biết hệ thống vận hành ổn định, thời gian phản hồi trung bình dưới 1 giây cho mỗi lượt truy vấn.""",
        "2024-04-22",
        [
            ("data_reuse_rate", "Long An", "quarter", "2024-03-31", 37.6),
            ("online_dossier_rate", "Long An", "quarter", "2024-03-31", 68.9),
        ],
    ),
    # 10. National: EMC connection level "Đến nay" and NDXP's connected agencies at the page date, NDXP's August flow;
    #     dossiers synced to EMC from provincial systems have no id.
    (
        """Đến nay, 100% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối, tích hợp với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC). Nền tảng NDXP đã kết nối với 109 bộ, ngành, địa phương, cơ quan, tổ chức, bảo đảm việc chia sẻ dữ liệu giữa Trung ương và địa phương.

Tháng 8/2024, NDXP đạt 72,5 triệu giao dịch. Cũng trong tháng, Hệ thống EMC ghi nhận 8,2 triệu hồ sơ được đồng bộ từ các Hệ thống thông tin giải quyết TTHC cấp tỉnh, phục vụ đánh giá chất lượng cung cấp dịch vụ công trực tuyến theo thời gian thực.

Theo Cục Chuyển đổi số quốc gia, việc đo lường bằng dữ liệu thay cho báo cáo giấy giúp các địa phương nhìn rõ điểm nghẽn, từ đó điều chỉnh quy trình nội bộ.""",
        "2024-09-10",
        [
            ("emc_connection_rate", "national", "as_of", "2024-09-10", 100.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-09-10", 109.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 72500000.0),
        ],
    ),
    # 11. Lào Cai year under review 2023: service share and coverage levels at year end, dossier share for the year;
    #     the remaining-villages level IS kept; LGSP transactions, Viettel's new stations and the 2024 target are traps.
    (
        """Lào Cai: Năm 2023, chuyển đổi số tạo chuyển biến rõ nét

Năm 2023, tỉnh Lào Cai cung cấp 1.659 dịch vụ công trực tuyến, tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến đạt 86,5%. Tỷ lệ hồ sơ được xử lý trực tuyến đạt 74,2%, thuộc nhóm dẫn đầu cả nước. Hệ thống LGSP của tỉnh được nâng cấp, tích hợp với Nền tảng NDXP, thực hiện 3,6 triệu lượt giao dịch trong năm.

Về hạ tầng, tỷ lệ thôn, bản có sóng di động đạt 98,6%; toàn tỉnh còn 42 thôn, bản chưa có sóng, tập trung ở các huyện Si Ma Cai và Bát Xát. Trong năm, Viettel Lào Cai đã phát sóng mới 35 trạm BTS tại các khu vực vùng lõm.

Năm 2024, tỉnh đặt mục tiêu 100% thôn, bản có sóng di động và 60% hồ sơ được giải quyết trực tuyến toàn trình.""",
        "2024-01-15",
        [
            ("dvctt_rate", "Lào Cai", "as_of", "2023-12-31", 86.5),
            ("online_dossier_rate", "Lào Cai", "year", "2023-12-31", 74.2),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-12-31", 98.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 42.0),
        ],
    ),
    # 12. Hà Nội 10 months: the city's rates from its TTHC system, the national average in the same period;
    #     districts, on-time share, portal visits, 100% sync to the National Portal and a target are traps.
    (
        """Hà Nội: 10 tháng, hơn 1,4 triệu hồ sơ nộp trực tuyến

05/11/2024 14:20

(HNM) - Theo Văn phòng UBND thành phố, 10 tháng năm 2024, Hệ thống thông tin giải quyết thủ tục hành chính thành phố Hà Nội tiếp nhận 1,86 triệu hồ sơ, trong đó 1,41 triệu hồ sơ nộp trực tuyến, đạt tỷ lệ 75,8%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,4%; tỷ lệ hồ sơ giải quyết đúng hạn 98,9%.

Nhiều quận, huyện đạt kết quả cao như quận Hoàn Kiếm với 95,1% hồ sơ trực tuyến, quận Cầu Giấy 93,6%. Trong khi đó, bình quân cả nước 10 tháng năm 2024, tỷ lệ hồ sơ trực tuyến mới đạt 45,3%.

Cổng Dịch vụ công thành phố ghi nhận 2,1 triệu lượt truy cập trong tháng 10; thành phố đã đồng bộ 100% trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia. Hà Nội đặt mục tiêu đến cuối năm có 80% hồ sơ được nộp trực tuyến.

Phương Nguyên""",
        "2024-11-05",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-10-31", 75.8),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2024-10-31", 52.4),
            ("online_dossier_rate", "national", "ytd", "2024-10-31", 45.3),
        ],
    ),
    # 13. Đồng Tháp "Hiện nay": the province's LGSP daily volume (no id) beside NDXP's national daily average;
    #     the province's adult-usage share; digital-tech team members are no id.
    (
        """Đồng Tháp: Dữ liệu dùng chung phục vụ người dân

Hiện nay, Nền tảng LGSP của tỉnh Đồng Tháp xử lý bình quân khoảng 48.000 giao dịch mỗi ngày, kết nối 22 hệ thống thông tin của các sở, ngành và UBND cấp huyện. Ở cấp quốc gia, Nền tảng NDXP hiện xử lý trung bình 2,3 triệu giao dịch/ngày, trong đó phần lớn là các truy vấn tới Cơ sở dữ liệu quốc gia về dân cư.

Nhờ hạ tầng dữ liệu thông suốt, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến của tỉnh hiện đạt 43,5%. Mạng lưới tổ công nghệ số cộng đồng với hơn 8.600 thành viên tiếp tục hướng dẫn người dân cài đặt, sử dụng các ứng dụng số tại ấp, khóm.""",
        "2024-06-18",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-18", 2300000.0),
            ("adult_population_using_dvctt_rate", "Đồng Tháp", "as_of", "2024-06-18", 43.5),
        ],
    ),
    # 14. VPCP notice, no sidecar (dated by its header): national half-year dossier share and National Portal dossiers,
    #     full-process share at 30/6; 18 localities with incomplete sync and the 50% target are traps.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 312/TB-VPCP
Hà Nội, ngày 20 tháng 7 năm 2024

THÔNG BÁO
Kết luận tại cuộc họp đánh giá tình hình cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2024

1. 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 43,6%; Cổng Dịch vụ công quốc gia tiếp nhận 4,7 triệu hồ sơ trực tuyến. Tính đến ngày 30/6/2024, tỷ lệ TTHC được cung cấp trực tuyến toàn trình trên tổng số TTHC đạt 48,9%. Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh cơ bản đã kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; tuy nhiên, 18 địa phương còn tình trạng đồng bộ chưa đầy đủ, chưa kịp thời.

2. Yêu cầu các bộ, ngành, địa phương phấn đấu đến hết năm 2024 tỷ lệ hồ sơ xử lý trực tuyến đạt 50%; không yêu cầu người dân nộp lại giấy tờ đã được số hóa, đã có trong cơ sở dữ liệu.""",
        None,
        [
            ("online_dossier_rate", "national", "half", "2024-06-30", 43.6),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 4700000.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 48.9),
        ],
    ),
    # 15. Bắc Ninh at 31/7/2024: the province's chip IDs and VNeID activations, the national VNeID level at the same date;
    #     level-2 accounts after "trong đó" and warehouse records synced via LGSP are traps.
    (
        """Bắc Ninh: Hơn 812.000 tài khoản định danh điện tử được kích hoạt

Tính đến ngày 31/7/2024, Công an tỉnh Bắc Ninh đã cấp 1,12 triệu thẻ căn cước công dân gắn chip và kích hoạt 812.000 tài khoản định danh điện tử, trong đó 645.000 tài khoản mức độ 2. Kho dữ liệu dùng chung của tỉnh đã đồng bộ 1,4 triệu bản ghi dữ liệu dân cư qua trục LGSP để phục vụ giải quyết thủ tục hành chính, giúp cắt giảm giấy tờ phải nộp.

Trên phạm vi cả nước, đến cùng thời điểm đã có hơn 57 triệu tài khoản định danh điện tử được kích hoạt. Lực lượng Công an tỉnh tiếp tục tổ chức cấp tài khoản lưu động tại các khu công nghiệp, ưu tiên công nhân ở trọ.""",
        "2024-08-14",
        [
            ("chip_id_cards_issued", "Bắc Ninh", "as_of", "2024-07-31", 1120000.0),
            ("vneid_activated_accounts", "Bắc Ninh", "as_of", "2024-07-31", 812000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-31", 57000000.0),
        ],
    ),
    # 16. Ministry annex table for August 2024: ministries / localities / national rows, plus National Portal dossiers
    #     in the note; total dossiers received have no id.
    (
        """Phụ lục II. Kết quả giải quyết TTHC tháng 8/2024
(Nguồn: Hệ thống EMC, Cổng Dịch vụ công quốc gia)

| Khối | Tổng hồ sơ tiếp nhận | Tỷ lệ hồ sơ trực tuyến | Tỷ lệ cấp kết quả điện tử |
|---|---|---|---|
| Bộ, ngành | 1.284.512 | 63,5% | 88,1% |
| Địa phương | 6.902.340 | 42,7% | 73,4% |
| Toàn quốc | 8.186.852 | 46% | 75,7% |

Ghi chú: Số liệu khối địa phương được tổng hợp từ Hệ thống thông tin giải quyết TTHC cấp tỉnh đồng bộ về Hệ thống EMC. Trong tháng 8/2024, số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia là 1,05 triệu hồ sơ.""",
        "2024-09-06",
        [
            ("online_dossier_rate", "ministries", "month", "2024-08-31", 63.5),
            ("online_dossier_rate", "localities", "month", "2024-08-31", 42.7),
            ("online_dossier_rate", "national", "month", "2024-08-31", 46.0),
            ("e_result_rate", "ministries", "month", "2024-08-31", 88.1),
            ("e_result_rate", "localities", "month", "2024-08-31", 73.4),
            ("e_result_rate", "national", "month", "2024-08-31", 75.7),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1050000.0),
        ],
    ),
    # 17. Nghệ An half-year: documents sent on the intra-provincial axis, 100% signed, meetings, LGSP transactions
    #     and a plan are traps; the two dossier shares are the province's.
    (
        """Nghệ An: Trục liên thông văn bản gửi, nhận 1,25 triệu văn bản trong 6 tháng

6 tháng đầu năm 2024, trục liên thông văn bản của tỉnh Nghệ An đã gửi, nhận 1,25 triệu văn bản điện tử, 100% văn bản đi được ký số. Ban Chỉ đạo chuyển đổi số tỉnh tổ chức 3 phiên họp, ban hành 15 văn bản chỉ đạo, điều hành. Nền tảng LGSP của tỉnh thực hiện 4,3 triệu giao dịch với các hệ thống trong tỉnh và Nền tảng NDXP.

Trong giải quyết thủ tục hành chính, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 54,2%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,7%. Theo kế hoạch, 6 tháng cuối năm tỉnh sẽ đưa Kho dữ liệu dùng chung vào vận hành chính thức và mở rộng kết nối với 12 cơ sở dữ liệu chuyên ngành.""",
        "2024-07-12",
        [
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 54.2),
            ("online_dossier_full_process_rate", "Nghệ An", "half", "2024-06-30", 31.7),
        ],
    ),
    # 18. Seminar report: NDXP's 2023 total is national; Korea's sharing platform (another country) and Đà Nẵng's
    #     LGSP volume (own platform) are traps.
    (
        """Hội thảo "Chia sẻ dữ liệu - nền tảng của chính quyền số"

Hà Nội, 19/3 - Phát biểu tại hội thảo, đại diện Cục Chuyển đổi số quốc gia cho biết năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt 632 triệu giao dịch, phục vụ hàng trăm dịch vụ chia sẻ dữ liệu giữa các bộ, ngành, địa phương.

Chuyên gia Hàn Quốc chia sẻ, nền tảng chia sẻ thông tin hành chính của nước này xử lý khoảng 1,1 tỷ giao dịch mỗi năm, giúp người dân gần như không phải nộp giấy tờ khi làm thủ tục.

Tại hội thảo, đại diện thành phố Đà Nẵng giới thiệu mô hình trục LGSP với 11 triệu giao dịch trong năm 2023, trong đó nhiều dịch vụ dữ liệu đã được chuẩn hóa để chia sẻ lên NDXP. Các đại biểu kiến nghị sớm ban hành danh mục dữ liệu mở dùng chung và cơ chế chi trả chi phí khai thác dữ liệu giữa các cơ quan.""",
        "2024-03-20",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 632000000.0),
        ],
    ),
    # 19. Bắc Giang year 2024: the province's payments through the National Portal's payment platform (province flow);
    #     its own-portal wallet payments, the paid-dossier share and the 2025 target are traps.
    (
        """Bắc Giang: Thanh toán trực tuyến phí, lệ phí ngày càng phổ biến

Năm 2024, tỉnh Bắc Giang ghi nhận 215.430 giao dịch thanh toán trực tuyến qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia, với tổng số tiền 96,4 tỷ đồng. Ngoài ra, Cổng dịch vụ công của tỉnh tích hợp ví điện tử, ghi nhận thêm khoảng 38.000 giao dịch.

Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến của tỉnh đạt 41,3%. Năm 2025, Bắc Giang phấn đấu nâng tỷ lệ này lên 60%, đồng thời triển khai thanh toán không dùng tiền mặt tại 100% bộ phận một cửa cấp xã.

Minh Anh""",
        "2025-01-20",
        [
            ("online_payments_count_new", "Bắc Giang", "year", "2024-12-31", 215430.0),
            ("online_payments_value_new", "Bắc Giang", "year", "2024-12-31", 96.4),
        ],
    ),
    # 20. Hậu Giang Q3: the province's personal-ID share and the national average in the same quarter; data reuse;
    #     LGSP queries to the population DB are traps.
    (
        """Quý III/2024, 99,1% hồ sơ TTHC tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh Hậu Giang được gắn số định danh cá nhân, cao hơn mức bình quân cả nước trong quý là 87,3%. Tỷ lệ hồ sơ có khai thác, tái sử dụng dữ liệu số hóa của tỉnh đạt 28,4%.

Để có kết quả này, tỉnh đã kết nối Hệ thống thông tin giải quyết TTHC với Cơ sở dữ liệu quốc gia về dân cư thông qua trục LGSP và Nền tảng NDXP; trong quý, trục LGSP ghi nhận 612.000 lượt truy vấn thông tin công dân. Văn phòng UBND tỉnh cho biết sẽ tiếp tục làm sạch dữ liệu hộ tịch để tăng tỷ lệ tái sử dụng trong quý IV.""",
        "2024-10-15",
        [
            ("dossiers_with_personal_id_rate", "Hậu Giang", "quarter", "2024-09-30", 99.1),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2024-09-30", 87.3),
            ("data_reuse_rate", "Hậu Giang", "quarter", "2024-09-30", 28.4),
        ],
    ),
    # 21. National full-process service share split ministries / localities at 29/02/2024, with Cần Thơ the highest;
    #     services integrated on the National Portal have no id.
    (
        """Tính đến ngày 29/02/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của các bộ, ngành đạt 62,1%, của các địa phương đạt 46,8%. Trong khối địa phương, Cần Thơ có tỷ lệ cao nhất với 70,4%.

Cổng Dịch vụ công quốc gia hiện đã tích hợp 4.502 dịch vụ công trực tuyến toàn trình của các bộ, ngành, địa phương. Văn phòng Chính phủ đề nghị các địa phương rà soát, loại bỏ các dịch vụ "trực tuyến hình thức", tập trung vào dịch vụ có số lượng hồ sơ lớn.""",
        "2024-03-08",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-02-29", 62.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-02-29", 46.8),
            ("dvctt_full_process_rate", "Cần Thơ", "as_of", "2024-02-29", 70.4),
        ],
    ),
    # 22. Thừa Thiên Huế platforms article: Hue-S installs, reports, data-lake records, LGSP connections, DTI rank and a
    #     survey share of adults with smartphones are not values; only the FTTH level (page date).
    (
        """Thừa Thiên Huế: Nền tảng Hue-S vượt mốc 1,2 triệu lượt cài đặt

Đến nay, ứng dụng Hue-S đã có hơn 1,2 triệu lượt cài đặt, tiếp nhận và xử lý 285.000 phản ánh hiện trường của người dân. Kho dữ liệu dùng chung (Data Lake) của tỉnh lưu trữ 47 triệu bản ghi; trục LGSP kết nối 35 hệ thống thông tin và liên thông với Nền tảng NDXP của Trung ương.

Thừa Thiên Huế xếp thứ 3/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023. Theo một khảo sát xã hội học, 89% người trưởng thành trên địa bàn có điện thoại thông minh. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 86,4%.

Từ ngày 1/1/2025, khi Thừa Thiên Huế trở thành thành phố trực thuộc Trung ương, các nền tảng số sẽ tiếp tục được nâng cấp để phục vụ mô hình đô thị thông minh.""",
        "2024-12-02",
        [
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2024-12-02", 86.4),
        ],
    ),
    # 23. Ninh Bình Q2: NDXP's national quarter beside the province's LGSP and provincial-portal counts (no id);
    #     the province's full-process dossier share for the quarter.
    (
        """Ninh Bình: Quý II/2024, 64,8% hồ sơ được giải quyết trực tuyến toàn trình

Theo Sở Thông tin và Truyền thông tỉnh Ninh Bình, trong quý II/2024, Nền tảng LGSP của tỉnh thực hiện 2,7 triệu giao dịch; Cổng Dịch vụ công của tỉnh tiếp nhận 98.000 hồ sơ trực tuyến. Cũng trong quý II/2024, Nền tảng NDXP trên phạm vi cả nước đạt 216 triệu giao dịch.

Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của tỉnh trong quý II/2024 đạt 64,8%, đứng trong nhóm 10 địa phương dẫn đầu. Tỉnh đang phối hợp với Văn phòng Chính phủ chuẩn hóa dữ liệu để đồng bộ đầy đủ hồ sơ lên Cổng Dịch vụ công quốc gia.""",
        "2024-07-09",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-06-30", 216000000.0),
            ("online_dossier_full_process_rate", "Ninh Bình", "quarter", "2024-06-30", 64.8),
        ],
    ),
    # 24. Tây Ninh half-year review published 51 days after the half: "Hiện nay" levels date to 30/6; LGSP count and
    #     "tăng 1,6 lần" are traps.
    (
        """Tây Ninh: Sơ kết chuyển đổi số 6 tháng đầu năm 2024

Theo báo cáo sơ kết 6 tháng đầu năm 2024 của Sở Thông tin và Truyền thông tỉnh Tây Ninh, Nền tảng LGSP của tỉnh thực hiện 2,15 triệu giao dịch, tăng 1,6 lần so với cùng kỳ. Hệ thống thông tin giải quyết TTHC tỉnh tiếp nhận 184.920 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 58,8%.

Hiện nay, tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình của tỉnh đạt 57,2%; tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,4%. Tỉnh đang xây dựng Kho dữ liệu dùng chung, dự kiến đưa vào vận hành trong quý IV.""",
        "2024-08-20",
        [
            ("online_dossier_rate", "Tây Ninh", "half", "2024-06-30", 58.8),
            ("dvctt_full_process_rate", "Tây Ninh", "as_of", "2024-06-30", 57.2),
            ("ftth_household_rate", "Tây Ninh", "as_of", "2024-06-30", 79.4),
        ],
    ),
    # 25. Sơn La at end-September: the province's coverage share and the remaining villages (a level, kept);
    #     one district's villages after "trong đó" and the 2025 plan are traps.
    (
        """Sơn La nỗ lực xóa "vùng lõm" sóng di động

Đến cuối tháng 9/2024, tỷ lệ thôn, bản có sóng di động của tỉnh Sơn La đạt 96,3%, toàn tỉnh còn 118 thôn, bản chưa có sóng di động, trong đó huyện Sốp Cộp còn 23 bản. Phần lớn các bản nằm ở vùng núi cao, giáp biên giới, dân cư thưa thớt nên doanh nghiệp khó đầu tư.

Dự kiến đến hết năm 2025, tỉnh sẽ phủ sóng toàn bộ các thôn, bản còn lại thông qua Chương trình cung cấp dịch vụ viễn thông công ích. Trục liên thông văn bản của tỉnh cũng đã kết nối tới 100% UBND cấp xã, bảo đảm chỉ đạo, điều hành thông suốt.""",
        "2024-10-10",
        [
            ("villages_with_mobile_coverage_rate", "Sơn La", "as_of", "2024-09-30", 96.3),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-09-30", 118.0),
        ],
    ),
    # 26. Hải Phòng IOC and 5G: the city's 5G stations and population coverage "Đến nay"; Viettel's share after
    #     "trong đó", the 5G upload speed, IOC-connected systems and the LGSP 2-month count are traps.
    (
        """Hải Phòng: Trung tâm IOC kết nối 24 hệ thống, hạ tầng 5G phủ rộng

Trung tâm Giám sát, điều hành đô thị thông minh (IOC) của thành phố Hải Phòng hiện kết nối 24 hệ thống thông tin. Trong 2 tháng đầu năm 2025, Nền tảng LGSP của thành phố ghi nhận 3,4 triệu giao dịch.

Đến nay, trên địa bàn thành phố có 486 trạm BTS 5G, phủ sóng khoảng 72% dân số; trong đó Viettel có 390 trạm. Theo đo kiểm của các doanh nghiệp, tốc độ tải lên trung bình mạng 5G tại khu vực nội thành đạt 85 Mbps.

Thành phố đặt mục tiêu đến hết năm 2025 phủ sóng 5G toàn bộ các khu công nghiệp và khu kinh tế.""",
        "2025-03-12",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-03-12", 486.0),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-03-12", 72.0),
        ],
    ),
    # 27. National Portal in May 2024: new accounts, dossiers, payments (flows on the _new twins);
    #     ministerial/provincial systems' totals and the provincial portals' online dossiers are not National Portal values.
    (
        """Trong tháng 5/2024, Cổng Dịch vụ công quốc gia có thêm 286.000 tài khoản đăng ký mới, tiếp nhận 1,02 triệu hồ sơ trực tuyến và xử lý 1,36 triệu giao dịch thanh toán trực tuyến với số tiền 712 tỷ đồng.

Cũng trong tháng, Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh tiếp nhận tổng cộng 7,8 triệu hồ sơ, trong đó các Cổng dịch vụ công cấp tỉnh tiếp nhận 2,9 triệu hồ sơ trực tuyến. Văn phòng Chính phủ tiếp tục đôn đốc các địa phương đồng bộ đầy đủ, kịp thời dữ liệu hồ sơ về Cổng Dịch vụ công quốc gia.""",
        "2024-06-07",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 286000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1020000.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 1360000.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 712.0),
        ],
    ),
    # 28. Vĩnh Long department portal table with a month column and a 10-month column: the province's NDXP row and
    #     its rates are values; LGSP and provincial-portal rows are not.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH VĨNH LONG
Trang chủ > Chuyển đổi số > Số liệu thống kê

MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TỈNH

| Chỉ tiêu | Tháng 10/2024 | Lũy kế 10 tháng năm 2024 |
|---|---|---|
| Giao dịch qua Nền tảng LGSP tỉnh | 412.560 | 3.986.240 |
| Giao dịch của tỉnh qua Nền tảng NDXP | 96.310 | 874.905 |
| Hồ sơ tiếp nhận trên Cổng Dịch vụ công tỉnh | 38.214 | 361.077 |
| Tỷ lệ hồ sơ trực tuyến (%) | 71,2 | 66,8 |
| Tỷ lệ cấp kết quả điện tử (%) | 92,5 | 90,1 |

Ghi chú: Số liệu giao dịch qua NDXP do Cục Chuyển đổi số quốc gia cung cấp; các chỉ tiêu còn lại trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh.

Lượt xem: 1.024 | In trang | Chia sẻ""",
        "2024-11-08",
        [
            ("ndxp_transactions_period", "Vĩnh Long", "month", "2024-10-31", 96310.0),
            ("ndxp_transactions_period", "Vĩnh Long", "ytd", "2024-10-31", 874905.0),
            ("online_dossier_rate", "Vĩnh Long", "month", "2024-10-31", 71.2),
            ("online_dossier_rate", "Vĩnh Long", "ytd", "2024-10-31", 66.8),
            ("e_result_rate", "Vĩnh Long", "month", "2024-10-31", 92.5),
            ("e_result_rate", "Vĩnh Long", "ytd", "2024-10-31", 90.1),
        ],
    ),
    # 29. Cà Mau 8 months: a combined LGSP + NDXP total is no value; the province's two dossier shares are.
    (
        """Cà Mau: Dữ liệu liên thông giúp rút ngắn thời gian giải quyết hồ sơ

8 tháng đầu năm 2024, tổng số giao dịch qua Nền tảng LGSP của tỉnh Cà Mau và Nền tảng NDXP phục vụ giải quyết TTHC của tỉnh đạt 2,2 triệu giao dịch. Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 61,5%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,9%.

Tại bộ phận một cửa các cấp, công chức không còn yêu cầu người dân xuất trình bản sao giấy tờ đã có trong cơ sở dữ liệu. Thời gian giải quyết bình quân một hồ sơ đăng ký kinh doanh giảm còn 1,5 ngày làm việc.""",
        "2024-09-25",
        [
            ("online_dossier_rate", "Cà Mau", "ytd", "2024-08-31", 61.5),
            ("online_dossier_full_process_rate", "Cà Mau", "ytd", "2024-08-31", 36.9),
        ],
    ),
    # 30. Kiên Giang 11 months: the province's data-reuse and e-result shares; warehouse CSDL count and Estonia's
    #     X-Road (another country) are traps.
    (
        """Kiên Giang khai thác hiệu quả Kho dữ liệu dùng chung

11 tháng năm 2024, tỷ lệ hồ sơ TTHC có khai thác, sử dụng lại thông tin, dữ liệu số hóa của tỉnh Kiên Giang đạt 33,2%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 89,6%. Kho dữ liệu dùng chung của tỉnh hiện tích hợp 86 cơ sở dữ liệu, kết nối với Cơ sở dữ liệu quốc gia về dân cư thông qua trục LGSP và Nền tảng NDXP.

Theo các chuyên gia, mô hình của Kiên Giang tiệm cận cách làm của Estonia, nơi hệ thống X-Road xử lý hơn 1,5 tỷ giao dịch mỗi năm giữa các cơ quan nhà nước. Tuy vậy, tỉnh vẫn cần chuẩn hóa dữ liệu đất đai, hộ tịch để tăng tỷ lệ tái sử dụng.""",
        "2024-12-20",
        [
            ("data_reuse_rate", "Kiên Giang", "ytd", "2024-11-30", 33.2),
            ("e_result_rate", "Kiên Giang", "ytd", "2024-11-30", 89.6),
        ],
    ),
    # 31. Cần Thơ Q1/2025: the city's online-dossier share and NDXP's national quarter in the same paragraph;
    #     a district (quận Ninh Kiều) and the city's LGSP count are traps.
    (
        """Cần Thơ: Quý I/2025, 85,6% hồ sơ thủ tục hành chính nộp trực tuyến

Theo Sở Khoa học và Công nghệ thành phố Cần Thơ, quý I/2025, tỷ lệ hồ sơ trực tuyến trên Hệ thống thông tin giải quyết TTHC của thành phố đạt 85,6%; quận Ninh Kiều dẫn đầu với 96,5%. Nền tảng LGSP của thành phố thực hiện 4,8 triệu giao dịch, trong khi trên phạm vi cả nước, Nền tảng NDXP đạt 241 triệu giao dịch trong quý I/2025.

Thành phố tiếp tục rà soát quy trình nội bộ, chuẩn bị cho việc sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp.""",
        "2025-04-10",
        [
            ("online_dossier_rate", "Cần Thơ", "quarter", "2025-03-31", 85.6),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 241000000.0),
        ],
    ),
    # 32. NDXP year 2024 summary: year flow, year-window daily average, cumulative and connection points at year end;
    #     +35%, HCMC's own LGSP volume and the 2025 target are traps.
    (
        """NDXP: 852 triệu giao dịch trong năm 2024

Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 852 triệu giao dịch, trung bình khoảng 2,33 triệu giao dịch mỗi ngày, tăng 35% so với năm 2023. Lũy kế từ khi đưa vào vận hành năm 2019 đến hết năm 2024, NDXP đạt hơn 2,07 tỷ giao dịch. Đến cuối năm 2024, trên NDXP có 196 điểm kết nối.

Các nền tảng LGSP cấp tỉnh đóng vai trò "cửa ngõ" dữ liệu của địa phương; TP Hồ Chí Minh là địa phương có lưu lượng lớn nhất với khoảng 98 triệu giao dịch qua trục liên thông của thành phố.

Năm 2025, NDXP phấn đấu đạt 1 tỷ giao dịch và hoàn thành kết nối với các cơ sở dữ liệu quốc gia mới.""",
        "2025-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 852000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2330000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 2070000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-12-31", 196.0),
        ],
    ),
    # 33. Quảng Bình fee cut: the national count of localities with fee-reduction resolutions "đến nay"; the 50% cut and
    #     the 11 remaining localities are traps.
    (
        """Quảng Bình giảm 50% lệ phí khi nộp hồ sơ trực tuyến

HĐND tỉnh Quảng Bình vừa ban hành Nghị quyết giảm 50% mức thu phí, lệ phí đối với hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết TTHC của tỉnh, áp dụng đến hết năm 2025.

Theo Văn phòng Chính phủ, đến nay đã có 52/63 địa phương ban hành nghị quyết giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 11 địa phương còn lại đang hoàn thiện hồ sơ trình HĐND.

Đại diện Sở Tài chính Quảng Bình cho biết, chính sách này kỳ vọng khuyến khích người dân chuyển từ nộp trực tiếp sang nộp trực tuyến.""",
        "2024-06-25",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-25", 52.0),
        ],
    ),
    # 34. Hà Giang half-year: the province's full-process dossier share; "+12,4 điểm phần trăm", one district's share,
    #     LGSP transactions are traps.
    (
        """6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Giang đạt 47,3%, tăng 12,4 điểm phần trăm so với cùng kỳ năm 2023. Huyện Đồng Văn dù điều kiện khó khăn vẫn đạt 52%.

Nền tảng LGSP của tỉnh thực hiện 1,1 triệu giao dịch, kết nối với các hệ thống của Trung ương qua Nền tảng NDXP. Theo lãnh đạo Sở Thông tin và Truyền thông, kết quả có được nhờ các tổ công nghệ số cộng đồng trực tiếp hỗ trợ người dân tại bộ phận một cửa cấp xã.""",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "Hà Giang", "half", "2024-06-30", 47.3),
        ],
    ),
    # 35. Thanh Hóa, year under review 2023: GRDP share (year) and full-process service share (level at year end);
    #     IOC cameras, LGSP transactions and the 2024 plan are traps.
    (
        """Thanh Hóa: Kinh tế số chiếm 11,2% GRDP

Năm 2023, kinh tế số của tỉnh Thanh Hóa chiếm khoảng 11,2% GRDP. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh đạt 46,1%.

Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh kết nối 1.350 camera giám sát; Nền tảng LGSP thực hiện 19,4 triệu giao dịch trong năm, liên thông với Nền tảng NDXP và các cơ sở dữ liệu quốc gia.

Theo kế hoạch, năm 2024 tỉnh dự kiến nâng tỷ trọng kinh tế số lên 15% GRDP và hoàn thành xây dựng Kho dữ liệu dùng chung.""",
        "2024-02-05",
        [
            ("digital_economy_gdp_share", "Thanh Hóa", "year", "2023-12-31", 11.2),
            ("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2023-12-31", 46.1),
        ],
    ),
    # 36. Year-end report excerpt, no sidecar (dated by the text): National Portal accounts at 31/12/2023 and the
    #     year's new accounts; provincial portals' accounts are not National Portal values.
    (
        """Báo cáo tổng kết công tác năm 2023 (trích)

Tính đến ngày 31/12/2023, Cổng Dịch vụ công quốc gia có 10,9 triệu tài khoản đăng ký; năm 2023 có thêm 3,1 triệu tài khoản mới, chủ yếu nhờ tích hợp đăng nhập bằng tài khoản định danh điện tử VNeID. Ngoài ra, các Cổng dịch vụ công cấp tỉnh có khoảng 6,5 triệu tài khoản, một phần trùng với tài khoản trên Cổng Dịch vụ công quốc gia.

Việc thống nhất tài khoản giữa Cổng Dịch vụ công quốc gia, Cổng dịch vụ công cấp bộ, cấp tỉnh sẽ tiếp tục được thực hiện trong năm 2024.""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10900000.0),
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 3100000.0),
        ],
    ),
    # 37. Hà Tĩnh monthly report with an explicit window (15/6-14/7): the province's rates end on 14/7.
    (
        """Trong tháng 7/2024 (từ ngày 15/6/2024 đến ngày 14/7/2024), Hệ thống thông tin giải quyết TTHC tỉnh Hà Tĩnh tiếp nhận 52.318 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 63,5%, tỷ lệ cấp kết quả điện tử đạt 88,2%. Toàn bộ hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia và Hệ thống EMC.

Văn phòng UBND tỉnh đề nghị các sở, ngành, địa phương tiếp tục tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến, xử lý dứt điểm các hồ sơ quá hạn.""",
        "2024-07-18",
        [
            ("online_dossier_rate", "Hà Tĩnh", "month", "2024-07-14", 63.5),
            ("e_result_rate", "Hà Tĩnh", "month", "2024-07-14", 88.2),
        ],
    ),
    # 38. Đắk Lắk Q1: share of the province's online services with dossiers; the count of services on the provincial
    #     portal is no id.
    (
        """Đắk Lắk: Nhiều dịch vụ công trực tuyến đã "có người dùng"

Cổng Dịch vụ công tỉnh Đắk Lắk hiện cung cấp 1.548 dịch vụ công trực tuyến. Trong quý I/2024, có 71,3% dịch vụ công trực tuyến của tỉnh phát sinh hồ sơ trực tuyến, cải thiện rõ so với tình trạng "có dịch vụ nhưng không có hồ sơ" trước đây.

Tỉnh đã cắt giảm các dịch vụ ít phát sinh, tập trung nâng cấp giao diện, tích hợp đăng nhập một lần với Cổng Dịch vụ công quốc gia qua tài khoản VNeID.""",
        "2024-04-18",
        [
            ("dvctt_with_dossiers_rate", "Đắk Lắk", "quarter", "2024-03-31", 71.3),
        ],
    ),
    # 39. Bến Tre end-2023: the province's smartphone-subscription share and Internet users; a share of adults owning
    #     smartphones (people, not subscriptions) and LGSP transactions are traps.
    (
        """Bến Tre: Hạ tầng số phủ rộng đến ấp

Đến cuối năm 2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh Bến Tre đạt 87,2%; tỷ lệ dân số sử dụng Internet đạt 78,5%. Theo khảo sát của Sở Thông tin và Truyền thông, 81% người trưởng thành trên địa bàn có điện thoại thông minh.

Nền tảng LGSP của tỉnh thực hiện 2,6 triệu giao dịch trong năm 2023, kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư qua Nền tảng NDXP.""",
        "2024-04-02",
        [
            ("smartphone_subscriber_rate", "Bến Tre", "as_of", "2023-12-31", 87.2),
            ("internet_users_rate", "Bến Tre", "as_of", "2023-12-31", 78.5),
        ],
    ),
    # 40. Merged Tuyên Quang (after 1/7/2025), 9 months of 2025: the province's full-process dossier share;
    #     a ward's share and the province's LGSP transactions are traps.
    (
        """Tuyên Quang: Vận hành thống nhất hệ thống giải quyết thủ tục hành chính sau hợp nhất

Từ ngày 1/7/2025, tỉnh Tuyên Quang (sau hợp nhất với tỉnh Hà Giang) vận hành thống nhất một Hệ thống thông tin giải quyết TTHC, kết nối với Cổng Dịch vụ công quốc gia. 9 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,7%; phường Minh Xuân đạt 94%.

Nền tảng LGSP của tỉnh cũ Hà Giang và tỉnh cũ Tuyên Quang đã được hợp nhất, thực hiện 3,9 triệu giao dịch trong 9 tháng. Sở Khoa học và Công nghệ cho biết đang tập trung làm sạch dữ liệu, bảo đảm không gián đoạn phục vụ người dân tại 124 xã, phường.""",
        "2025-10-06",
        [
            ("online_dossier_full_process_rate", "Tuyên Quang", "ytd", "2025-09-30", 68.7),
        ],
    ),
    # 41. Gia Lai provincial portal statistics widget (1/1-30/4/2024): the province's online share, e-result and
    #     satisfaction; on-time share, counts and portal accounts have no id.
    (
        """CỔNG DỊCH VỤ CÔNG TỈNH GIA LAI
Thống kê tình hình giải quyết hồ sơ
Từ ngày 01/01/2024 đến ngày 30/4/2024

Tổng số hồ sơ tiếp nhận: 142.318
- Hồ sơ trực tuyến: 89.376 (62,8%)
- Hồ sơ trực tiếp và qua bưu chính: 52.942
Hồ sơ giải quyết đúng hạn: 97,6%
Tỷ lệ cấp kết quả điện tử: 84,1%
Số tài khoản đăng ký trên Cổng: 186.450
Đánh giá hài lòng: 98,9%

Hướng dẫn sử dụng | Câu hỏi thường gặp | Tổng đài hỗ trợ: 1900 xxxx""",
        "2024-05-06",
        [
            ("online_dossier_rate", "Gia Lai", "ytd", "2024-04-30", 62.8),
            ("e_result_rate", "Gia Lai", "ytd", "2024-04-30", 84.1),
            ("satisfaction_rate", "Gia Lai", "ytd", "2024-04-30", 98.9),
        ],
    ),
    # 42. An Giang LGSP article with nothing to store: LGSP transactions and connections, documents, meetings,
    #     VNPT's contract and a target only.
    (
        """An Giang nâng cấp trục tích hợp, chia sẻ dữ liệu

Nền tảng LGSP của tỉnh An Giang vừa được nâng cấp lên phiên bản mới, có khả năng xử lý 5 triệu giao dịch mỗi tháng. Từ đầu năm, nền tảng đã kết nối thêm 9 hệ thống thông tin, nâng tổng số hệ thống kết nối lên 41. Trục liên thông văn bản của tỉnh gửi, nhận hơn 320.000 văn bản điện tử.

Gói nâng cấp do VNPT An Giang thực hiện với kinh phí 4,8 tỷ đồng. Ban Chỉ đạo chuyển đổi số tỉnh đã tổ chức 2 cuộc họp chuyên đề về dữ liệu. Tỉnh phấn đấu đến cuối năm 2024 kết nối 100% hệ thống thông tin dùng chung với LGSP.""",
        "2024-03-15",
        [],
    ),
    # 43. Quảng Trị 2025 plan: only the 2024 baseline is a value; every 2025 figure is a target.
    (
        """UBND TỈNH QUẢNG TRỊ
KẾ HOẠCH
Chuyển đổi số tỉnh Quảng Trị năm 2025 (trích)

I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52,1%. Nền tảng LGSP được nâng cấp, liên thông với Nền tảng NDXP; Kho dữ liệu dùng chung bước đầu đưa vào khai thác.

II. CHỈ TIÊU NĂM 2025
- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.
- 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
- Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%.
- Tỷ trọng kinh tế số đạt 12% GRDP.""",
        "2025-02-14",
        [
            ("online_dossier_full_process_rate", "Quảng Trị", "year", "2024-12-31", 52.1),
        ],
    ),
]
