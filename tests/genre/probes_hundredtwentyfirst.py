"""Genre probes, round 121: ministry reports and conclusion notices in their document form (letterheads, numbered sections, plan-vs-result lines, appendix tables, footnotes), written blind.

First reading (the stop's start code 5e4027b read it): 231 of 237 right, 231 of 249 found (0.97 / 0.93). Fitted after that reading (stop 46): a result beside its plan, a numbered indicator over its plan and result items, a meeting's venue, notes marked "(1)", a notice's task, a merged province's former part only after the merger, Huế city before 2025: 249 of 249, 249 of 249.
"""

CASES = []

CASES += [
    # 1. MIC monthly report 10/2023 dated on the month's last day; ministries/localities split of the dossier rate.
    # Traps: change in connection points ("tăng 12 điểm"), cyberattack change %, one operator's smartphone share, 2023 target, next-month target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                            Độc lập - Tự do - Hạnh phúc
Số: 4127/BC-BTTTT                           Hà Nội, ngày 31 tháng 10 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 10/2023

Kính gửi: Ủy ban Quốc gia về chuyển đổi số

Thực hiện chức năng cơ quan thường trực của Ủy ban Quốc gia về chuyển đổi số, Bộ Thông tin và Truyền thông báo cáo tình hình chuyển đổi số quốc gia tháng 10/2023 như sau:

I. KẾT QUẢ THỰC HIỆN TRONG THÁNG
1. Chính phủ số
a) Trong tháng 10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 68,4 triệu giao dịch; lũy kế từ năm 2019 đến ngày 31/10/2023 đạt 1,52 tỷ giao dịch.
b) Số điểm kết nối trên NDXP hiện có 1.317 điểm, tăng 12 điểm so với tháng 9/2023.
c) Tỷ lệ hồ sơ xử lý trực tuyến tháng 10/2023 của cả nước đạt 39,6%; khối bộ, ngành đạt 58,2%, khối địa phương đạt 31,4%.
2. Hạ tầng số
a) Tính đến hết tháng 10/2023, tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 79,8%.
b) Tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 84,3%; riêng mạng Viettel đạt 87,1%.
3. An toàn thông tin mạng
a) Trong tháng 10/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 743 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 4,1% so với tháng 9/2023.
b) Tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 74,5% (mục tiêu năm 2023 là 100%).

II. NHIỆM VỤ TRỌNG TÂM THÁNG 11/2023
1. Phấn đấu tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt tối thiểu 40%.
2. Hoàn thành kết nối 100% hệ thống giải quyết TTHC cấp bộ, cấp tỉnh với Hệ thống EMC.

Nơi nhận:                                   KT. BỘ TRƯỞNG
- Như trên;                                 THỨ TRƯỞNG
- Lưu: VT, CĐSQG.                           (Đã ký)
""",
        "2023-10-31",
        [
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 68400000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1520000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-10-31", 1317.0),
            ("online_dossier_rate", "national", "month", "2023-10-31", 39.6),
            ("online_dossier_rate", "ministries", "month", "2023-10-31", 58.2),
            ("online_dossier_rate", "localities", "month", "2023-10-31", 31.4),
            ("ftth_household_rate", "national", "as_of", "2023-10-31", 79.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-10-31", 84.3),
            ("cyberattacks", "national", "month", "2023-10-31", 743.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-10-31", 74.5),
        ],
    ),
    # 2. VPCP conclusion notice (Word layout) on a 2023 session; EGDI 2022 edition, a dated fee-reduction count, a footnote rate without span (as_of meeting).
    # Traps: "tăng 13 bậc", 2025 GDP-share target, 2023 full-process target, counts of sessions and documents.
    (
        """VĂN PHÒNG CHÍNH PHỦ
-------
Số: 112/TB-VPCP
Hà Nội, ngày 10 tháng 4 năm 2023

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ năm của Ủy ban

Ngày 30 tháng 3 năm 2023, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp thứ năm của Ủy ban. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo và ý kiến của các thành viên, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ CHUNG
1. Năm 2022, Ủy ban đã tổ chức 04 phiên họp, ban hành 15 văn bản chỉ đạo; các bộ, ngành, địa phương đã vào cuộc quyết liệt hơn. Việt Nam tăng 13 bậc về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc, xếp thứ 86/193 quốc gia.
2. Năm 2022, tỷ trọng kinh tế số trong GDP ước đạt 14,26%, hướng tới mục tiêu 20% vào năm 2025.
3. Tính đến ngày 28/3/2023, đã có 48/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.
4. Tuy nhiên, việc cung cấp dịch vụ công trực tuyến vẫn còn hình thức, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp(1).

II. NHIỆM VỤ THỜI GIAN TỚI
1. Năm 2023 được xác định là "Năm dữ liệu số"; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.
2. Bộ Thông tin và Truyền thông chủ trì, đôn đốc các địa phương còn lại hoàn thành việc ban hành Nghị quyết về giảm phí, lệ phí trong quý II/2023.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.
_____________
(1) Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục hành chính mới đạt 9,5%.
""",
        "2023-04-10",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("localities_fee_reduction", "national", "as_of", "2023-03-28", 48.0),
            ("online_dossier_full_process_rate", "national", "as_of", "2023-03-30", 9.5),
        ],
    ),
    # 3. Appendix table of the September 2023 report (dated after the month); two month columns and a plan column.
    # Traps: the "Kế hoạch năm 2023" column (80, 50); the procedure share and the account stock are levels at each month's end.
    (
        """PHỤ LỤC I
SỐ LIỆU MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ QUỐC GIA
(Kèm theo Báo cáo số 3985/BC-BTTTT ngày 05/10/2023 của Bộ Thông tin và Truyền thông)

STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Số liệu tháng 8/2023 | Số liệu tháng 9/2023
1 | Tỷ lệ TTHC cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình | % | 80 | 45,9 | 46,8
2 | Tỷ lệ hồ sơ xử lý trực tuyến | % | 50 | 37,2 | 38,1
3 | Số tài khoản đăng ký trên Cổng Dịch vụ công quốc gia (lũy kế) | tài khoản | - | 8.612.430 | 8.905.117
4 | Số giao dịch qua Nền tảng NDXP trong tháng | giao dịch | - | 61.245.870 | 64.810.322
5 | Số cuộc tấn công mạng gây sự cố | cuộc | - | 1.048 | 987
6 | Tốc độ truy cập Internet băng rộng cố định (tải xuống) | Mbps | - | 107,1 | 112,4

Ghi chú: Số liệu do Cục Chuyển đổi số quốc gia tổng hợp từ Hệ thống thông tin báo cáo quốc gia, Nền tảng NDXP và Trung tâm Giám sát an toàn không gian mạng quốc gia; tốc độ theo số liệu của Ookla.
""",
        "2023-10-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-08-31", 45.9),
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 46.8),
            ("online_dossier_rate", "national", "month", "2023-08-31", 37.2),
            ("online_dossier_rate", "national", "month", "2023-09-30", 38.1),
            ("national_portal_accounts", "national", "as_of", "2023-08-31", 8612430.0),
            ("national_portal_accounts", "national", "as_of", "2023-09-30", 8905117.0),
            ("ndxp_transactions_period", "national", "month", "2023-08-31", 61245870.0),
            ("ndxp_transactions_period", "national", "month", "2023-09-30", 64810322.0),
            ("cyberattacks", "national", "month", "2023-08-31", 1048.0),
            ("cyberattacks", "national", "month", "2023-09-30", 987.0),
            ("fixed_broadband_speed", "national", "month", "2023-08-31", 107.1),
            ("fixed_broadband_speed", "national", "month", "2023-09-30", 112.4),
        ],
    ),
]

CASES += [
    # 4. A province's own half-year report (Quảng Ninh): all values carry the province; dated levels and half-year flows.
    # Traps: change in points, commune-level part after "trong đó", Hạ Long city (a district-level unit), 2025 GRDP target, H2 target, count of services.
    (
        """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2024,
nhiệm vụ trọng tâm 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Về chính quyền số
1.1. Tính đến ngày 30/6/2024, tỉnh cung cấp 1.512 dịch vụ công trực tuyến toàn trình, chiếm tỷ lệ 71,8% tổng số thủ tục hành chính.
1.2. 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 78,6%, tăng 5,3 điểm phần trăm so với cùng kỳ; trong đó cấp xã đạt 70,2%. Dẫn đầu các địa phương trong tỉnh là thành phố Hạ Long với 91,4%.
1.3. Cũng trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 95,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 58,7%.
2. Về hạ tầng số
Tính đến ngày 30/6/2024, tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang trên địa bàn tỉnh đạt 88,1%.
3. Về kinh tế số
Ước 6 tháng đầu năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 11,5%; mục tiêu đến năm 2025 là 20%.

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024
Phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.

Nơi nhận:                         TM. ỦY BAN NHÂN DÂN
- Bộ TT&TT (b/c);                 KT. CHỦ TỊCH
- Lưu: VT, TTTT.                  PHÓ CHỦ TỊCH
""",
        "2024-07-05",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-06-30", 71.8),
            ("online_dossier_rate", "Quảng Ninh", "half", "2024-06-30", 78.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2024-06-30", 62.3),
            ("e_result_rate", "Quảng Ninh", "half", "2024-06-30", 95.2),
            ("data_reuse_rate", "Quảng Ninh", "half", "2024-06-30", 58.7),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-06-30", 88.1),
            ("digital_economy_gdp_share", "Quảng Ninh", "half", "2024-06-30", 11.5),
        ],
    ),
    # 5. February 2023 report, e-services section split by ministries and localities, with one province named.
    # Traps: one ministry (Bộ Tài chính), change in percentage points, the year's plan.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 812/BC-BTTTT
Hà Nội, ngày 03 tháng 3 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 02/2023

II. CHÍNH PHỦ SỐ
2.1. Cung cấp dịch vụ công trực tuyến
Tính đến ngày 28/02/2023, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của khối bộ, ngành đạt 52,1%; khối địa phương đạt 44,7%; bình quân cả nước đạt 46,3%. Cùng thời điểm, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của khối bộ, ngành là 43,1%, của khối địa phương là 30,5%.
2.2. Xử lý hồ sơ trực tuyến
Trong tháng 02/2023, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 60,4%, của các địa phương đạt 27,9%, tăng 3,4 điểm phần trăm so với tháng 01/2023. Bộ Tài chính tiếp tục dẫn đầu khối bộ với 95,6%; ở khối địa phương, cao nhất là tỉnh Quảng Trị với 72,5%. Kế hoạch năm 2023 đặt ra là 50%.
2.3. Tỷ lệ hồ sơ thủ tục hành chính có gắn mã số định danh cá nhân trong tháng 02/2023 đạt 61,2%.
""",
        "2023-03-03",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-02-28", 52.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-02-28", 44.7),
            ("dvctt_full_process_rate", "national", "as_of", "2023-02-28", 46.3),
            ("dvctt_with_dossiers_rate", "ministries", "as_of", "2023-02-28", 43.1),
            ("dvctt_with_dossiers_rate", "localities", "as_of", "2023-02-28", 30.5),
            ("online_dossier_rate", "ministries", "month", "2023-02-28", 60.4),
            ("online_dossier_rate", "localities", "month", "2023-02-28", 27.9),
            ("online_dossier_rate", "Quảng Trị", "month", "2023-02-28", 72.5),
            ("dossiers_with_personal_id_rate", "national", "month", "2023-02-28", 61.2),
        ],
    ),
    # 6. Year-end review 2023, results-vs-plan blocks (Kế hoạch / Kết quả / Đánh giá).
    # Traps: every "Kế hoạch" line, count of targets met (4/7), count of tasks done.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 135/BC-BTTTT
Hà Nội, ngày 12 tháng 01 năm 2024

BÁO CÁO
Tổng kết công tác chuyển đổi số quốc gia năm 2023 và phương hướng, nhiệm vụ năm 2024

III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023
Năm 2023 có 4/7 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 210/263 nhiệm vụ được giao đã hoàn thành.
1. Chỉ tiêu: Tỷ lệ hồ sơ xử lý trực tuyến
- Kế hoạch năm 2023: 50%.
- Kết quả thực hiện năm 2023: 38,7%.
- Đánh giá: Chưa đạt.
2. Chỉ tiêu: Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến
- Kế hoạch năm 2023: 40%.
- Kết quả (tính đến 31/12/2023): 33,4%.
- Đánh giá: Chưa đạt.
3. Chỉ tiêu: Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang
- Kế hoạch năm 2023: 80%.
- Kết quả (tính đến 31/12/2023): 80,3%.
- Đánh giá: Đạt.
4. Chỉ tiêu: Tỷ lệ dân số trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác
- Kế hoạch năm 2023: 80%.
- Kết quả (tính đến 31/12/2023): 87,1%.
- Đánh giá: Vượt kế hoạch.
5. Chỉ tiêu: Tỷ trọng kinh tế số trong GDP
- Kế hoạch năm 2023: 20%.
- Kết quả ước năm 2023: 16,5%.
- Đánh giá: Chưa đạt.
""",
        "2024-01-12",
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 38.7),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-12-31", 33.4),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 80.3),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.1),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 7. VPCP notice on a 2025 session of the Government's steering committee (post-merger, 34 provinces).
    # Traps: Viettel's share of 5G stations after "trong đó", 34/34 provinces (no id), end-2025 targets, count of sessions.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 418/TB-VPCP
Hà Nội, ngày 12 tháng 8 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại phiên họp lần thứ ba

Ngày 05 tháng 8 năm 2025, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo đã chủ trì phiên họp lần thứ ba của Ban Chỉ đạo, kết nối trực tuyến với 34 tỉnh, thành phố trực thuộc Trung ương. Sau khi nghe báo cáo của Bộ Khoa học và Công nghệ, Bộ Công an và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận:

I. ĐÁNH GIÁ KẾT QUẢ
1. Từ đầu năm đến nay, Ban Chỉ đạo đã tổ chức 03 phiên họp, ban hành 02 kế hoạch hoạt động.
2. 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 12,4 triệu hồ sơ trực tuyến; thực hiện 9,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền 7.430 tỷ đồng.
3. Sau sắp xếp đơn vị hành chính, 34/34 tỉnh, thành phố đã vận hành ổn định Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.
4. Tính đến ngày 31/7/2025, cả nước có hơn 12.500 trạm BTS 5G, trong đó Viettel chiếm khoảng 7.200 trạm; vùng phủ sóng 5G đạt 32,5% dân số.

II. NHIỆM VỤ TRONG THỜI GIAN TỚI
1. Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp viễn thông phấn đấu đến hết năm 2025 phủ sóng 5G đạt 45% dân số.
2. Các bộ, ngành, địa phương bảo đảm 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trong năm 2025.

Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.
""",
        "2025-08-12",
        [
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 12400000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 9800000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 7430.0),
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 12500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 32.5),
        ],
    ),
    # 8. November 2024 report with bracketed footnotes: a footnote dates the subscription figures of its anchor sentence (end of October), another gives dated 5G figures.
    # Traps: Viettel's station count after "trong đó", year-on-year change, FTTH share of subscriptions (no id).
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 5102/BC-BTTTT                         Hà Nội, ngày 02 tháng 12 năm 2024

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 11/2024

1. Chính phủ số
Trong tháng 11/2024 (từ ngày 21/10/2024 đến ngày 20/11/2024), Cổng Dịch vụ công quốc gia có thêm 402.118 tài khoản đăng ký mới. Trong cùng khoảng thời gian này, Nền tảng NDXP ghi nhận 96,3 triệu giao dịch, trung bình 3,1 triệu giao dịch/ngày.

2. Hạ tầng số
Hạ tầng viễn thông tiếp tục được nâng cấp; mạng 5G đã được các doanh nghiệp triển khai thương mại nhưng vùng phủ còn hạn chế[3]. Số thuê bao băng rộng cố định đạt 23,6 triệu thuê bao, tương đương 23,5 thuê bao/100 dân; thuê bao băng rộng di động đạt 94,2 triệu thuê bao, tăng 7,4% so với cùng kỳ năm 2023[4].

                                                                        3
_______________
[3] Tính đến ngày 30/11/2024, cả nước có 6.870 trạm BTS 5G, trong đó riêng Viettel có khoảng 6.500 trạm; vùng phủ sóng 5G ước đạt 16,5% dân số.
[4] Số liệu tính đến hết tháng 10/2024, theo báo cáo của các doanh nghiệp viễn thông. Thuê bao cáp quang FTTH chiếm trên 99% tổng số thuê bao băng rộng cố định.
""",
        "2024-12-02",
        [
            ("national_portal_accounts_new", "national", "month", "2024-11-20", 402118.0),
            ("ndxp_transactions_period", "national", "month", "2024-11-20", 96300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-20", 3100000.0),
            ("fiveg_bts_count", "national", "as_of", "2024-11-30", 6870.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-11-30", 16.5),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 23600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 23.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-31", 94200000.0),
        ],
    ),
]

CASES += [
    # 9. June 2022 report saved from PDF: hard-wrapped lines, running header and page number between sections.
    # Traps: botnet change since the start of the year, count of services on the portal, the 2022 reduction target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 2344/BC-BTTTT                       Hà Nội, ngày 04 tháng 7 năm 2022

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 6 và 6 tháng đầu năm 2022

1. Dịch vụ công trực tuyến
Tính đến ngày 30/6/2022, Cổng Dịch vụ công quốc gia đã tích hợp 4.465 dịch vụ
công trực tuyến; tổng số tài khoản đăng ký trên Cổng Dịch vụ công quốc gia là
3.516.920 tài khoản. 6 tháng đầu năm 2022, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc
đạt 22,5%.
Về thanh toán trực tuyến, 6 tháng đầu năm 2022 Cổng Dịch vụ công quốc gia ghi
nhận 1,82 triệu giao dịch thanh toán trực tuyến với số tiền 1.245 tỷ đồng.

Báo cáo tháng 6/2022 – Bộ Thông tin và Truyền thông                               2

2. An toàn thông tin mạng
Tính đến ngày 30/6/2022, số địa chỉ IP tại Việt Nam nằm trong các mạng botnet là
649.872 địa chỉ, giảm 35,6% so với đầu năm. Mục tiêu trong năm 2022 là giảm thêm
ít nhất 30% số địa chỉ IP botnet.
""",
        "2022-07-04",
        [
            ("national_portal_accounts", "national", "as_of", "2022-06-30", 3516920.0),
            ("online_dossier_rate", "national", "half", "2022-06-30", 22.5),
            ("online_payments_count_new", "national", "half", "2022-06-30", 1820000.0),
            ("online_payments_value_new", "national", "half", "2022-06-30", 1245.0),
            ("botnet_ips", "national", "as_of", "2022-06-30", 649872.0),
        ],
    ),
    # 10. VPCP notice on the committee's second session (2022): "đến nay" level dated at the meeting, a "mức độ 4" share with an explicit date.
    # Traps: GCI security rank (no id), count of indicators in a resolution, the 2022 dossier target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 219/TB-VPCP
Hà Nội, ngày 20 tháng 7 năm 2022

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ hai của Ủy ban

Ngày 07 tháng 7 năm 2022, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì Phiên họp thứ hai của Ủy ban. Tham dự phiên họp có các Phó Chủ tịch Ủy ban, thành viên Ủy ban và đại diện lãnh đạo các bộ, ngành, địa phương. Thủ tướng Chính phủ kết luận như sau:

1. Thời gian qua, chuyển đổi số quốc gia đã có những chuyển biến tích cực. Đến nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã kết nối với 102 bộ, ngành, địa phương. Tính đến ngày 30/6/2022, tỷ lệ dịch vụ công trực tuyến mức độ 4 trên tổng số thủ tục hành chính đạt 38,9%.
2. Chỉ số An toàn, an ninh mạng toàn cầu (GCI) của Việt Nam xếp thứ 25/194 quốc gia. Bộ chỉ số đánh giá chuyển đổi số cấp bộ, cấp tỉnh đã được hoàn thiện với 48 chỉ tiêu thành phần.
3. Tuy nhiên, tỷ lệ hồ sơ xử lý trực tuyến còn thấp, nhiều dịch vụ công trực tuyến chưa phát sinh hồ sơ.
4. Nhiệm vụ thời gian tới: các bộ, ngành, địa phương phấn đấu trong năm 2022 đạt tỷ lệ hồ sơ xử lý trực tuyến tối thiểu 50%; Bộ Thông tin và Truyền thông hoàn thành Đề án về Chiến lược dữ liệu quốc gia trong quý IV/2022.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.
""",
        "2022-07-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2022-07-07", 102.0),
            ("dvctt_full_process_rate", "national", "as_of", "2022-06-30", 38.9),
        ],
    ),
    # 11. April 2025 report of the Ministry of Science and Technology (after the merger): month and four-month cumulative attacks, Ookla speeds.
    # Traps: upload speed, world speed ranks, Korean speed (another country), sub-count of coded invoices after "trong đó".
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1407/BC-BKHCN
Hà Nội, ngày 06 tháng 5 năm 2025

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 4/2025

I. KẾT QUẢ NỔI BẬT
1. An toàn thông tin mạng: Trong tháng 4/2025, hệ thống kỹ thuật của Bộ đã ghi nhận 1.012 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; lũy kế 4 tháng đầu năm 2025 là 3.960 cuộc.
2. Chất lượng mạng: Theo số liệu của Ookla tháng 3/2025, tốc độ tải xuống trung bình của mạng băng rộng di động đạt 142,6 Mbps, tốc độ tải lên đạt 45,1 Mbps, xếp thứ 19 thế giới; băng rộng cố định đạt 221,4 Mbps, xếp thứ 12 thế giới. Hàn Quốc, nước dẫn đầu khu vực, đạt 198,3 Mbps đối với di động.
3. Hóa đơn điện tử: Tính đến ngày 30/4/2025, hệ thống hóa đơn điện tử của ngành thuế đã tiếp nhận, xử lý 9,6 tỷ hóa đơn, trong đó 3,1 tỷ hóa đơn có mã của cơ quan thuế.

II. NHIỆM VỤ THÁNG 5/2025
Tiếp tục triển khai Nghị quyết số 57-NQ/TW; hoàn thành hướng dẫn về kiến trúc dữ liệu sau sắp xếp bộ máy.
""",
        "2025-05-06",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 1012.0),
            ("cyberattacks", "national", "ytd", "2025-04-30", 3960.0),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 142.6),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 221.4),
            ("e_invoices_total", "national", "as_of", "2025-04-30", 9600000000.0),
        ],
    ),
    # 12. Appendix table of province full-process dossier rates for March 2024, with national and localities averages.
    # Traps: the change column (điểm %), a city inside a province on a note line.
    (
        """PHỤ LỤC II
TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH CỦA CÁC ĐỊA PHƯƠNG DẪN ĐẦU, THÁNG 3/2024
(Kèm theo Báo cáo số 1208/BC-BTTTT ngày 05/4/2024)

STT | Địa phương | Tỷ lệ hồ sơ trực tuyến toàn trình tháng 3/2024 (%) | Tăng/giảm so với tháng 02/2024 (điểm %)
1 | Bình Dương | 84,6 | +2,1
2 | Đà Nẵng | 81,2 | +0,7
3 | Thừa Thiên Huế | 76,9 | -1,3
4 | Quảng Trị | 74,0 | +3,8
5 | Lào Cai | 70,5 | +1,6
   | Bình quân khối địa phương | 38,5 | +0,9
   | Bình quân cả nước | 41,1 | +1,2

Ghi chú: Số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh; riêng thành phố Thủ Dầu Một (tỉnh Bình Dương) đạt 92,3%.
""",
        "2024-04-05",
        [
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2024-03-31", 84.6),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-03-31", 81.2),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "month", "2024-03-31", 76.9),
            ("online_dossier_full_process_rate", "Quảng Trị", "month", "2024-03-31", 74.0),
            ("online_dossier_full_process_rate", "Lào Cai", "month", "2024-03-31", 70.5),
            ("online_dossier_full_process_rate", "localities", "month", "2024-03-31", 38.5),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 41.1),
        ],
    ),
]

CASES += [
    # 13. Cybersecurity section of the June 2024 report: month and half-year attacks, dated botnet stock, approved-level share with its split.
    # Traps: attack types in parentheses (sub-counts), half-year change, a fraction of systems (4.011/4.596, no id), a security vendor's count.
    (
        """III. BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG
3.1. Trong tháng 6/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.123 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (lừa đảo: 512 cuộc; thay đổi giao diện: 388 cuộc; mã độc: 223 cuộc). Lũy kế 6 tháng đầu năm 2024 ghi nhận 5.812 cuộc, giảm 23,1% so với cùng kỳ năm 2023.
3.2. Tính đến ngày 30/6/2024, số địa chỉ IP tại Việt Nam thuộc các mạng botnet là 586.214 địa chỉ.
3.3. Bảo đảm an toàn hệ thống thông tin theo cấp độ: tính đến ngày 30/6/2024, đã phê duyệt hồ sơ đề xuất cấp độ cho 4.011/4.596 hệ thống thông tin, đạt 87,3%. Khối bộ, ngành đạt 91,2%; khối địa phương đạt 84,6%.
3.4. Theo báo cáo của hãng bảo mật Kaspersky, quý II/2024 có 9,2 triệu cuộc tấn công qua trình duyệt web nhắm vào người dùng tại Việt Nam.

(Trích Báo cáo số 2610/BC-BTTTT ngày 03/7/2024 về tình hình chuyển đổi số quốc gia tháng 6/2024)
""",
        "2024-07-03",
        [
            ("cyberattacks", "national", "month", "2024-06-30", 1123.0),
            ("cyberattacks", "national", "half", "2024-06-30", 5812.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 586214.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 87.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-06-30", 91.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-06-30", 84.6),
        ],
    ),
    # 14. VPCP notice on the committee's ninth session (10/2024) with two footnotes: the 2023 digital economy (share and growth) and end-September infrastructure levels.
    # Traps: "tăng 15 bậc", the 34 remaining essential services, "gấp khoảng 3 lần", the 2024 GDP-share target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 486/TB-VPCP
Hà Nội, ngày 28 tháng 10 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ chín của Ủy ban

Ngày 17 tháng 10 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp thứ chín của Ủy ban. Sau khi nghe báo cáo của Bộ Thông tin và Truyền thông, ý kiến các thành viên, Thủ tướng Chính phủ kết luận:

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Chuyển đổi số tiếp tục có bước tiến rõ nét, kinh tế số tăng trưởng nhanh(1). Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022.
2. 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,5%; Cổng Dịch vụ công quốc gia tiếp nhận 7,9 triệu hồ sơ trực tuyến.
3. Tính đến ngày 15/10/2024, đã có 42/76 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình; 34 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện.
4. Hạ tầng số tiếp tục được đầu tư, mở rộng(2).

II. NHIỆM VỤ TRỌNG TÂM
Phấn đấu năm 2024 tỷ trọng kinh tế số đạt trên 18% GDP; hoàn thành cung cấp toàn trình 76 dịch vụ công thiết yếu trong năm 2024.
_______________
(1) Năm 2023, kinh tế số chiếm 12,33% GDP; tốc độ tăng trưởng kinh tế số năm 2023 đạt khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.
(2) Số liệu đến hết tháng 9/2024: tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 87,6%; tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%.
""",
        "2024-10-28",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-09-30", 41.5),
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 7900000.0),
            ("essential_services_full_process", "national", "as_of", "2024-10-15", 42.0),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 87.6),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.4),
        ],
    ),
    # 15. Đà Nẵng's own monthly report (Sở TT&TT): every value is the city's; month and eight-month cumulative rate.
    # Traps: dossier counts (no id), Hải Châu district's rate, the city's 2024 plan.
    (
        """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2875/BC-STTTT
Đà Nẵng, ngày 04 tháng 9 năm 2024

BÁO CÁO
Tình hình chuyển đổi số thành phố tháng 8/2024

1. Dịch vụ công trực tuyến
a) Trong tháng 8/2024, các cơ quan, đơn vị trên địa bàn thành phố tiếp nhận 62.318 hồ sơ thủ tục hành chính; số hồ sơ trực tuyến là 58.910, đạt tỷ lệ 94,5%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,2%.
b) Lũy kế 8 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 93,8%; kế hoạch năm 2024 của thành phố là 95%.
c) Quận Hải Châu tiếp tục dẫn đầu với tỷ lệ 98,1%.
d) Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính trong tháng 8/2024 đạt 98,7%.
2. Hạ tầng số
Tính đến ngày 31/8/2024, tỷ lệ hộ gia đình trên địa bàn thành phố có kết nối cáp quang đạt 90,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 94,2%.

Nơi nhận:
- UBND thành phố (b/c);
- Bộ TT&TT (b/c);
- Lưu: VT, CĐS.
""",
        "2024-09-04",
        [
            ("online_dossier_rate", "Đà Nẵng", "month", "2024-08-31", 94.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-08-31", 71.2),
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-08-31", 93.8),
            ("satisfaction_rate", "Đà Nẵng", "month", "2024-08-31", 98.7),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-08-31", 90.4),
            ("smartphone_subscriber_rate", "Đà Nẵng", "as_of", "2024-08-31", 94.2),
        ],
    ),
    # 16. VPCP quarterly report on the National Portal (Q1/2024): quarter flows on the _new ids, end-of-quarter cumulative stocks, EMC share.
    # Traps: "tăng 2,2 lần", Q2 target for EMC, count of inspections.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 1650/BC-VPCP
Hà Nội, ngày 08 tháng 4 năm 2024

BÁO CÁO
Tình hình, kết quả vận hành Cổng Dịch vụ công quốc gia quý I năm 2024

1. Kết quả trong quý
Quý I/2024, Cổng Dịch vụ công quốc gia có thêm 1,15 triệu tài khoản đăng ký; tiếp nhận 3,68 triệu hồ sơ trực tuyến; thực hiện 4,2 triệu giao dịch thanh toán trực tuyến với số tiền 3.125 tỷ đồng, tăng 2,2 lần so với cùng kỳ năm 2023. Tỷ lệ hồ sơ có gắn số định danh cá nhân trong quý đạt 72,9%.
2. Kết quả lũy kế
Lũy kế đến ngày 31/3/2024, Cổng có 10,34 triệu tài khoản đăng ký; đã thực hiện 47,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền 34.870 tỷ đồng.
3. Kết nối Hệ thống EMC
Đến ngày 31/3/2024, 89,3% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC). Trong quý, Văn phòng Chính phủ đã tổ chức 12 cuộc kiểm tra tại các bộ, địa phương.
4. Nhiệm vụ quý II/2024
Phấn đấu 100% hệ thống thông tin giải quyết thủ tục hành chính kết nối đầy đủ với Hệ thống EMC.
""",
        "2024-04-08",
        [
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 1150000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 3680000.0),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 4200000.0),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 3125.0),
            ("dossiers_with_personal_id_rate", "national", "quarter", "2024-03-31", 72.9),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 10340000.0),
            ("online_payments_count", "national", "as_of", "2024-03-31", 47600000.0),
            ("online_payments_value", "national", "as_of", "2024-03-31", 34870.0),
            ("emc_connection_rate", "national", "as_of", "2024-03-31", 89.3),
        ],
    ),
]

CASES += [
    # 17. January 2026 report of the Ministry of Science and Technology: 2025 digital-economy results, January NDXP flow, dated 5G and VNeID stocks.
    # Traps: change in percentage points vs 2024, 2026 target, Thailand's 5G coverage, Viettel's share of stations.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 402/BC-BKHCN                        Hà Nội, ngày 04 tháng 02 năm 2026

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 01/2026

I. KẾT QUẢ NĂM 2025
Theo số liệu tổng hợp, năm 2025 tỷ trọng kinh tế số trong GDP ước đạt 19,1%, tăng 0,8 điểm phần trăm so với năm 2024; tốc độ tăng trưởng kinh tế số năm 2025 đạt 21,6%. Mục tiêu năm 2026 là kinh tế số chiếm 22% GDP.

II. KẾT QUẢ THÁNG 01/2026
1. Nền tảng NDXP: trong tháng 01/2026 ghi nhận 132,5 triệu giao dịch; lũy kế từ năm 2019 đến ngày 31/01/2026 đạt 4,12 tỷ giao dịch.
2. Hạ tầng 5G: tính đến ngày 31/01/2026, cả nước có 27.640 trạm BTS 5G, trong đó Viettel chiếm khoảng 58%; vùng phủ sóng 5G đạt 71,3% dân số. Để so sánh, Thái Lan hiện đã phủ sóng 5G cho khoảng 90% dân số.
3. Định danh điện tử: tính đến ngày 31/01/2026, hệ thống định danh và xác thực điện tử (VNeID) đã kích hoạt 64,5 triệu tài khoản.

III. NHIỆM VỤ THÁNG 02/2026
Triển khai Kế hoạch chuyển đổi số năm 2026; bảo đảm hạ tầng phục vụ Tết Nguyên đán Bính Ngọ.
""",
        "2026-02-04",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.1),
            ("digital_economy_growth", "national", "year", "2025-12-31", 21.6),
            ("ndxp_transactions_period", "national", "month", "2026-01-31", 132500000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2026-01-31", 4120000000.0),
            ("fiveg_bts_count", "national", "as_of", "2026-01-31", 27640.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2026-01-31", 71.3),
            ("vneid_activated_accounts", "national", "as_of", "2026-01-31", 64500000.0),
        ],
    ),
    # 18. Party steering committee notice (ĐẢNG CỘNG SẢN VIỆT NAM letterhead) on the Q1/2025 review: quarter flows, dated 5G stock.
    # Traps: GII rank (no id), disbursed science funds (billion VND, no id), the 2030 ASEAN target, count of resolutions.
    (
        """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHỈ ĐẠO TRUNG ƯƠNG
VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,
ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ
*
Số 12-TB/BCĐTW
Hà Nội, ngày 18 tháng 4 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ, TRƯỞNG BAN CHỈ ĐẠO
TẠI HỘI NGHỊ SƠ KẾT QUÝ I NĂM 2025

Ngày 15/4/2025, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tổ chức Hội nghị sơ kết quý I năm 2025. Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Tổng Bí thư, Trưởng Ban Chỉ đạo kết luận như sau:

1. Sau hơn ba tháng triển khai Nghị quyết số 57-NQ/TW, các cấp ủy, tổ chức đảng đã ban hành 42 nghị quyết, chương trình hành động. Đã giải ngân 1.250 tỷ đồng cho các nhiệm vụ khoa học, công nghệ.
2. Quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 42,8%; Cổng Dịch vụ công quốc gia tiếp nhận 5,9 triệu hồ sơ trực tuyến.
3. Tính đến ngày 31/3/2025, cả nước có 10.410 trạm BTS 5G. Chỉ số Đổi mới sáng tạo toàn cầu (GII) của Việt Nam xếp thứ 44/133.
4. Phấn đấu đến năm 2030, Việt Nam thuộc nhóm 3 nước dẫn đầu ASEAN về chuyển đổi số và kinh tế số chiếm tối thiểu 30% GDP.

Nơi nhận:                                    T/M BAN CHỈ ĐẠO
- Các đồng chí thành viên Ban Chỉ đạo,       CHÁNH VĂN PHÒNG
- Lưu Văn phòng Ban Chỉ đạo.
""",
        "2025-04-18",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 42.8),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 5900000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 10410.0),
        ],
    ),
    # 19. Thừa Thiên Huế's 2023 review (year under review): year flows and dated end-of-year levels for the province, including the remaining dead-zone villages (a level, kept).
    # Traps: Huế city's rate, A Lưới district's villages (part), the provincial DTI rank (no id), the 2025 GRDP target.
    (
        """ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
Số: 18/BC-UBND
Thừa Thiên Huế, ngày 10 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ NĂM 2023
1. Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 74,6%; riêng thành phố Huế đạt 92%.
2. Tỷ trọng kinh tế số trong GRDP của tỉnh năm 2023 ước đạt 15,6%; mục tiêu đến năm 2025 là 30%.
3. Đến ngày 31/12/2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 85,2%. Cũng tại thời điểm này, toàn tỉnh còn 12 thôn chưa có sóng di động băng rộng, trong đó huyện A Lưới có 7 thôn.
4. Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 của tỉnh xếp thứ 5/63 tỉnh, thành phố.

II. KẾ HOẠCH NĂM 2024
Phấn đấu xóa toàn bộ thôn lõm sóng; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.
""",
        "2024-01-10",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 74.6),
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2023-12-31", 15.6),
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 85.2),
            ("villages_without_mobile_coverage", "Thừa Thiên Huế", "as_of", "2023-12-31", 12.0),
        ],
    ),
    # 20. September 2022 report: nine-month cumulative flows (ytd), the 2022 EGDI edition, dated Mobile Money stock.
    # Traps: "tăng 13 bậc", Thailand's rank, rural share after "trong đó".
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 3702/BC-BTTTT
Hà Nội, ngày 05 tháng 10 năm 2022

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 9 và 9 tháng đầu năm 2022

1. Chính phủ số
- 9 tháng đầu năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 24,7%.
- Lũy kế 9 tháng đầu năm 2022, Nền tảng NDXP ghi nhận 412 triệu giao dịch.
- Tháng 9/2022, Liên Hợp Quốc công bố kết quả Khảo sát Chính phủ điện tử 2022: Chỉ số EGDI của Việt Nam xếp thứ 86/193, tăng 13 bậc so với năm 2020; Thái Lan xếp thứ 55/193.
2. An toàn thông tin
- 9 tháng đầu năm 2022 ghi nhận 9.016 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
3. Kinh tế số
- Tính đến ngày 30/9/2022, dịch vụ Mobile Money có 2,6 triệu khách hàng, trong đó 68% ở khu vực nông thôn, miền núi.
""",
        "2022-10-05",
        [
            ("online_dossier_rate", "national", "ytd", "2022-09-30", 24.7),
            ("ndxp_transactions_period", "national", "ytd", "2022-09-30", 412000000.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("cyberattacks", "national", "ytd", "2022-09-30", 9016.0),
            ("mobile_money_customers", "national", "as_of", "2022-09-30", 2600000.0),
        ],
    ),
]

CASES += [
    # 21. VPCP notice on the Đề án 06 working group's May 2023 meeting: dated chip-ID, VNeID and essential-service stocks, Mobile Money at end-April.
    # Traps: applications received (not activated), VNeID activation rate (no id), the 27 remaining services, transacting customers after "trong đó", the June target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 196/TB-VPCP
Hà Nội, ngày 29 tháng 5 năm 2023

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang, Tổ trưởng Tổ công tác triển khai Đề án 06 tại cuộc họp Tổ công tác tháng 5/2023

Ngày 19 tháng 5 năm 2023, Phó Thủ tướng Chính phủ Trần Lưu Quang, Tổ trưởng Tổ công tác triển khai Đề án 06 của Chính phủ đã chủ trì cuộc họp Tổ công tác. Sau khi nghe báo cáo của Bộ Công an và ý kiến các thành viên, Phó Thủ tướng kết luận:

1. Về định danh điện tử: tính đến ngày 15/5/2023, Bộ Công an đã cấp 83,6 triệu thẻ Căn cước công dân gắn chíp; tiếp nhận 58,1 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử và đã kích hoạt 34,2 triệu tài khoản (tỷ lệ kích hoạt đạt 58,9%).
2. Về dịch vụ công thiết yếu: đến ngày 15/5/2023, đã hoàn thành cung cấp 26/53 dịch vụ công thiết yếu trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 27 dịch vụ còn lại chưa hoàn thành theo tiến độ.
3. Về thí điểm Mobile Money: đến ngày 30/4/2023 có 3,4 triệu khách hàng đăng ký sử dụng, trong đó 1,1 triệu khách hàng có phát sinh giao dịch.
4. Các bộ, ngành hoàn thành cung cấp 100% dịch vụ công thiết yếu trước ngày 30/6/2023.
""",
        "2023-05-29",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-05-15", 83600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-05-15", 34200000.0),
            ("essential_services_full_process", "national", "as_of", "2023-05-15", 26.0),
            ("mobile_money_customers", "national", "as_of", "2023-04-30", 3400000.0),
        ],
    ),
    # 22. Appendix table by ministry with group averages (July 2024): only the group rows are values.
    # Traps: each named ministry's row (one ministry's figure is not labelled).
    (
        """PHỤ LỤC III
KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CỦA MỘT SỐ BỘ, NGÀNH VÀ TỔNG HỢP THEO KHỐI
(Kèm theo Báo cáo số 2980/BC-BTTTT ngày 06/8/2024 của Bộ Thông tin và Truyền thông)

Ghi chú: Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình tính đến ngày 31/7/2024; tỷ lệ hồ sơ xử lý trực tuyến tính trong tháng 7/2024.

TT | Đơn vị | Tỷ lệ TTHC cung cấp DVCTT toàn trình (%) | Tỷ lệ hồ sơ xử lý trực tuyến (%)
1 | Bộ Tài chính | 82,1 | 97,5
2 | Bộ Công Thương | 79,4 | 91,0
3 | Ngân hàng Nhà nước Việt Nam | 65,3 | 88,2
4 | Bộ Giao thông vận tải | 58,7 | 35,4
I | Bình quân khối bộ, ngành | 71,6 | 60,8
II | Bình quân khối địa phương | 48,9 | 42,3
III | Bình quân cả nước | 52,7 | 44,1
""",
        "2024-08-06",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-07-31", 71.6),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-07-31", 48.9),
            ("dvctt_full_process_rate", "national", "as_of", "2024-07-31", 52.7),
            ("online_dossier_rate", "ministries", "month", "2024-07-31", 60.8),
            ("online_dossier_rate", "localities", "month", "2024-07-31", 42.3),
            ("online_dossier_rate", "national", "month", "2024-07-31", 44.1),
        ],
    ),
    # 23. VPCP notice on the "Năm dữ liệu số" conference (October 2023): NDXP stocks at end-September, nine-month flow and its daily average.
    # Traps: 63/63 provinces after "trong đó", population-database requests and CSDL count (no id), count of guidance documents, end-2023 target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 431/TB-VPCP
Hà Nội, ngày 20 tháng 10 năm 2023

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang tại Hội nghị đánh giá kết quả triển khai "Năm dữ liệu số"

Ngày 12 tháng 10 năm 2023, tại Hà Nội, Phó Thủ tướng Chính phủ Trần Lưu Quang đã chủ trì Hội nghị đánh giá kết quả triển khai "Năm dữ liệu số". Sau khi nghe báo cáo, ý kiến phát biểu của các đại biểu, Phó Thủ tướng kết luận như sau:

1. Tính đến ngày 30/9/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có 1.305 điểm kết nối, kết nối với 108 bộ, ngành, địa phương, trong đó 63/63 tỉnh, thành phố trực thuộc Trung ương. 9 tháng đầu năm 2023, NDXP ghi nhận 520 triệu giao dịch, trung bình 1,9 triệu giao dịch mỗi ngày.
2. Cơ sở dữ liệu quốc gia về dân cư đã đáp ứng hơn 4,6 tỷ lượt yêu cầu xác thực thông tin; 21 cơ sở dữ liệu quốc gia, chuyên ngành đã kết nối, chia sẻ dữ liệu.
3. Bộ Thông tin và Truyền thông đã ban hành 06 văn bản hướng dẫn về quản trị dữ liệu.
4. Nhiệm vụ: đến hết năm 2023, hoàn thành kết nối 100% cơ sở dữ liệu quốc gia với NDXP.
""",
        "2023-10-20",
        [
            ("ndxp_connection_points", "national", "as_of", "2023-09-30", 1305.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-09-30", 108.0),
            ("ndxp_transactions_period", "national", "ytd", "2023-09-30", 520000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 1900000.0),
        ],
    ),
    # 24. Bắc Ninh's (merged province) 2025 review: the province's year flows and dated end-2025 levels.
    # Traps: the former Bắc Giang area's rate, Kinh Bắc ward's rate, 2026 targets.
    (
        """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 09/BC-UBND
Bắc Ninh, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2025, phương hướng nhiệm vụ năm 2026

Năm 2025 là năm đầu tiên tỉnh Bắc Ninh vận hành chính quyền địa phương hai cấp sau khi hợp nhất với tỉnh Bắc Giang. Kết quả chủ yếu như sau:
1. Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 68,4%; riêng khu vực tỉnh Bắc Giang (cũ) đạt 61,7%. Phường Kinh Bắc dẫn đầu cấp xã với 95,3%.
2. Tỷ trọng kinh tế số trong GRDP của tỉnh năm 2025 ước đạt 27,5%.
3. Đến ngày 31/12/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 92,1%; tỷ lệ hộ gia đình có kết nối cáp quang đạt 93,6%.
4. Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, kinh tế số chiếm 30% GRDP.
""",
        "2026-01-08",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2025-12-31", 68.4),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2025-12-31", 27.5),
            ("smartphone_subscriber_rate", "Bắc Ninh", "as_of", "2025-12-31", 92.1),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2025-12-31", 93.6),
        ],
    ),
    # 25. March/Q1 2026 report: quarter rates, dated coverage stocks (the remaining villages are a level), quarter and month attacks.
    # Traps: unelectrified villages after "trong đó", VNPT's 5G speed, count of inspection teams, change vs the same period.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1188/BC-BKHCN
Hà Nội, ngày 06 tháng 4 năm 2026

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 3 và quý I năm 2026

1. Dịch vụ công trực tuyến: Quý I/2026, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 56,2%, tăng 9,8 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ xử lý trực tuyến đạt 63,5%.
2. Giám sát: Tính đến ngày 31/3/2026, 100% hệ thống thông tin giải quyết thủ tục hành chính của các bộ, ngành và 34/34 tỉnh, thành phố đã kết nối đầy đủ với Hệ thống EMC. Trong quý, Bộ đã tổ chức 05 đoàn kiểm tra.
3. Hạ tầng: Tính đến ngày 31/3/2026, tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,8%; cả nước còn 214 thôn, bản chưa có sóng, trong đó 150 thôn chưa có điện lưới quốc gia. Mạng 5G của VNPT đạt tốc độ tải xuống trung bình 1.200 Mbps tại một số điểm đo.
4. An toàn thông tin: Quý I/2026 ghi nhận 2.874 cuộc tấn công mạng gây sự cố; riêng tháng 3/2026 là 946 cuộc.
""",
        "2026-04-06",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2026-03-31", 56.2),
            ("online_dossier_rate", "national", "quarter", "2026-03-31", 63.5),
            ("emc_connection_rate", "national", "as_of", "2026-03-31", 100.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2026-03-31", 99.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2026-03-31", 214.0),
            ("cyberattacks", "national", "quarter", "2026-03-31", 2874.0),
            ("cyberattacks", "national", "month", "2026-03-31", 946.0),
        ],
    ),
]

CASES += [
    # 26. Appendix tracking the 2024 plan at mid-year: plan column, result column (levels dated 30/6, dossier rows over six months), completion column.
    # Traps: the plan column, the "% hoàn thành kế hoạch" column (derived), the count of targets on track.
    (
        """PHỤ LỤC
TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH CHUYỂN ĐỔI SỐ QUỐC GIA NĂM 2024
(Kèm theo Báo cáo số 2705/BC-BTTTT ngày 08/7/2024)

TT | Chỉ tiêu | Kế hoạch năm 2024 (%) | Kết quả đến 30/6/2024 (%) | Tỷ lệ hoàn thành kế hoạch (%)
1 | Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình | 90 | 87,4 | 97,1
2 | Tỷ lệ hồ sơ trực tuyến toàn trình (6 tháng đầu năm) | 50 | 44,2 | 88,4
3 | Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến | 50 | 41,6 | 83,2
4 | Tỷ lệ dân số trưởng thành có tài khoản giao dịch thanh toán | 80 | 87,3 | 109,1
5 | Tỷ lệ hồ sơ có khai thác, tái sử dụng dữ liệu đã số hóa (6 tháng đầu năm) | 50 | 31,5 | 63,0

Tổng hợp: 01/5 chỉ tiêu đã vượt kế hoạch năm; 04/5 chỉ tiêu cần tiếp tục đẩy mạnh trong 6 tháng cuối năm.
""",
        "2024-07-08",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-06-30", 87.4),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 44.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-06-30", 41.6),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.3),
            ("data_reuse_rate", "national", "half", "2024-06-30", 31.5),
        ],
    ),
    # 27. Report on 2022 (year under review, dated after the year): year flows, an undated level read as the year's end, a dated account stock.
    # Traps: Indonesia's digital economy (another country, USD), count of documents, growth of transactions.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 38/BC-BTTTT
Hà Nội, ngày 06 tháng 01 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 12 và năm 2022

1. Năm 2022, Ủy ban Quốc gia về chuyển đổi số và cơ quan thường trực đã tham mưu ban hành 25 văn bản chỉ đạo, điều hành.
2. Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 26,8%. Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 40,1%.
3. Năm 2022, Nền tảng NDXP ghi nhận 572 triệu giao dịch, tăng 2,1 lần so với năm 2021. Cổng Dịch vụ công quốc gia tiếp nhận 7,2 triệu hồ sơ trực tuyến trong năm.
4. Tính đến ngày 31/12/2022, tổng số tài khoản đăng ký trên Cổng Dịch vụ công quốc gia đạt 4,62 triệu tài khoản.
5. Trong khu vực, kinh tế số của Indonesia năm 2022 đạt khoảng 77 tỷ USD, dẫn đầu Đông Nam Á.
""",
        "2023-01-06",
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 26.8),
            ("dvctt_full_process_rate", "national", "as_of", "2022-12-31", 40.1),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 572000000.0),
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 7200000.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 4620000.0),
        ],
    ),
    # 28. Lào Cai's provincial steering committee notice (Q3/2023 session): nine-month rate and dated coverage levels for the province.
    # Traps: Si Ma Cai district's villages, one department's 100%, the 2023 plan, a count of tasks overdue.
    (
        """UBND TỈNH LÀO CAI
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH
Số: 27/TB-BCĐ
Lào Cai, ngày 16 tháng 10 năm 2023

THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh tại phiên họp quý III năm 2023

Ngày 10/10/2023, đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì phiên họp quý III năm 2023. Sau khi nghe Sở Thông tin và Truyền thông báo cáo, Trưởng Ban Chỉ đạo kết luận:

1. Kết quả: 9 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 48,7% (kế hoạch năm 2023 là 70%); Sở Y tế đạt 100%.
2. Về hạ tầng: tính đến ngày 30/9/2023, tỷ lệ thôn, bản có sóng di động băng rộng trên địa bàn tỉnh đạt 93,7%; toàn tỉnh còn 94 thôn, bản chưa có sóng, riêng huyện Si Ma Cai còn 25 thôn.
3. Tồn tại: còn 9 nhiệm vụ trong Kế hoạch năm 2023 chậm tiến độ.
4. Giao Sở Thông tin và Truyền thông phối hợp các doanh nghiệp viễn thông phủ sóng 100% thôn, bản trong năm 2024.
""",
        "2023-10-16",
        [
            ("online_dossier_full_process_rate", "Lào Cai", "ytd", "2023-09-30", 48.7),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-09-30", 93.7),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-09-30", 94.0),
        ],
    ),
    # 29. July 2023 report with a stated window (21/6-20/7) for portal flows, a previous month's figure in parentheses, cumulative stocks at the window's end.
    # Traps: the change in percent vs June.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2911/BC-BTTTT
Hà Nội, ngày 26 tháng 7 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 7/2023

2. Cổng Dịch vụ công quốc gia
2.1. Từ ngày 21/6/2023 đến ngày 20/7/2023, Cổng Dịch vụ công quốc gia có thêm 530.214 tài khoản đăng ký, tăng 10,4% so với tháng 6/2023 (480.100 tài khoản); tiếp nhận 1,32 triệu hồ sơ trực tuyến; thực hiện 1,6 triệu giao dịch thanh toán trực tuyến với số tiền 1.087 tỷ đồng.
2.2. Lũy kế đến ngày 20/7/2023, Cổng có 8,12 triệu tài khoản đăng ký; đã thực hiện 36,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền 24.650 tỷ đồng.
""",
        "2023-07-26",
        [
            ("national_portal_accounts_new", "national", "month", "2023-07-20", 530214.0),
            ("national_portal_accounts_new", "national", "month", "2023-06-30", 480100.0),
            ("national_portal_dossiers_new", "national", "month", "2023-07-20", 1320000.0),
            ("online_payments_count_new", "national", "month", "2023-07-20", 1600000.0),
            ("online_payments_value_new", "national", "month", "2023-07-20", 1087.0),
            ("national_portal_accounts", "national", "as_of", "2023-07-20", 8120000.0),
            ("online_payments_count", "national", "as_of", "2023-07-20", 36800000.0),
            ("online_payments_value", "national", "as_of", "2023-07-20", 24650.0),
        ],
    ),
]

CASES += [
    # 30. Infrastructure appendix with year-end columns and a mid-2024 column: per-100 rates, smartphone share, Internet users share.
    # Traps: the upload-speed row, the growth column.
    (
        """PHỤ LỤC 2
MỘT SỐ CHỈ TIÊU VỀ HẠ TẦNG SỐ
(Kèm theo Báo cáo số 3580/BC-BTTTT ngày 10/9/2024 của Bộ Thông tin và Truyền thông)

TT | Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Đến 30/6/2024 | Tăng trưởng 2023/2022
1 | Thuê bao băng rộng cố định/100 dân | thuê bao | 21,7 | 22,9 | 23,2 | 5,5%
2 | Thuê bao băng rộng di động/100 dân | thuê bao | 84,0 | 88,6 | 91,3 | 5,5%
3 | Tỷ lệ thuê bao di động sử dụng điện thoại thông minh | % | 81,5 | 84,8 | 86,3 | -
4 | Tỷ lệ người sử dụng Internet | % | 78,6 | 79,1 | 80,2 | -
5 | Tốc độ tải lên trung bình băng rộng cố định | Mbps | 71,3 | 96,8 | 118,5 | 35,8%

Ghi chú: Số liệu năm là số liệu tại thời điểm 31/12 của năm; số liệu thuê bao do doanh nghiệp viễn thông báo cáo.
""",
        "2024-09-10",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.7),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.9),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 84.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 88.6),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 91.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.3),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 78.6),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 79.1),
            ("internet_users_rate", "national", "as_of", "2024-06-30", 80.2),
        ],
    ),
    # 31. Ministry's own conclusion notice (TB-BTTTT) after the mid-2023 review: half-year flows and dated levels.
    # Traps: ICT revenue and digital-firm count (no id), "mới bằng khoảng 70%" (derived), the year's plan, Mobile Money target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 245/TB-BTTTT
Hà Nội, ngày 17 tháng 7 năm 2023

THÔNG BÁO
Kết luận của Bộ trưởng Nguyễn Mạnh Hùng tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Thông tin và Truyền thông

Ngày 12 tháng 7 năm 2023, Bộ trưởng Nguyễn Mạnh Hùng đã chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2023. Sau khi nghe báo cáo của các cơ quan, đơn vị, Bộ trưởng kết luận:

1. Doanh thu công nghiệp công nghệ thông tin 6 tháng đầu năm 2023 ước đạt 1.734 nghìn tỷ đồng; cả nước có khoảng 73.000 doanh nghiệp công nghệ số.
2. 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 35,4%, mới bằng khoảng 70% kế hoạch năm (50%). Trong cùng thời gian, hệ thống giám sát ghi nhận 6.980 cuộc tấn công mạng gây sự cố.
3. Tính đến ngày 30/6/2023, tỷ lệ hộ gia đình có kết nối cáp quang đạt 78,6%; dịch vụ Mobile Money có 4,4 triệu khách hàng (mục tiêu năm 2023 là 5,5 triệu).
4. Các đơn vị tập trung hoàn thành các chỉ tiêu năm 2023, nhất là chỉ tiêu về hồ sơ trực tuyến.
""",
        "2023-07-17",
        [
            ("online_dossier_rate", "national", "half", "2023-06-30", 35.4),
            ("cyberattacks", "national", "half", "2023-06-30", 6980.0),
            ("ftth_household_rate", "national", "as_of", "2023-06-30", 78.6),
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 4400000.0),
        ],
    ),
    # 32. Đồng Tháp's monthly report with numbered footnotes: month rates and a footnote-dated share of services with dossiers.
    # Traps: Lai Vung district's rate, a count of provinces above 50% in the footnote, the province's plan.
    (
        """UBND TỈNH ĐỒNG THÁP
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1543/BC-STTTT
Đồng Tháp, ngày 04 tháng 12 năm 2023

BÁO CÁO
Tình hình chuyển đổi số trên địa bàn tỉnh tháng 11/2023

1. Trong tháng 11/2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 61,2%, thuộc nhóm dẫn đầu cả nước(1); huyện Lai Vung đạt cao nhất với 89%. Kế hoạch năm 2023 của tỉnh là 70%.
2. Tỷ lệ hồ sơ có gắn mã số định danh cá nhân trong tháng 11/2023 đạt 98,1%.
3. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh còn thấp(2).
_______________
(1) Theo Hệ thống EMC, có 35/63 tỉnh, thành phố đạt tỷ lệ trên 50%.
(2) Tính đến ngày 30/11/2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 52,4%.
""",
        "2023-12-04",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2023-11-30", 61.2),
            ("dossiers_with_personal_id_rate", "Đồng Tháp", "month", "2023-11-30", 98.1),
            ("dvctt_with_dossiers_rate", "Đồng Tháp", "as_of", "2023-11-30", 52.4),
        ],
    ),
    # 33. January 2025 report (last under the MIC letterhead): 2024 year results and January attacks, dated 5G stock at end-2024.
    # Traps: growth vs 2023, the 2025 station plan ("dự kiến"), Viettel's launch date.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 412/BC-BTTTT
Hà Nội, ngày 05 tháng 02 năm 2025

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 01/2025

I. KẾT QUẢ NĂM 2024
1. Năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 10,8 triệu hồ sơ trực tuyến; Nền tảng NDXP ghi nhận 1,07 tỷ giao dịch, tăng 25% so với năm 2023.
2. Tính đến ngày 31/12/2024, cả nước có 7.540 trạm BTS 5G; mạng 5G của Viettel được khai trương thương mại từ ngày 15/10/2024. Dự kiến năm 2025 các doanh nghiệp lắp đặt thêm khoảng 20.000 trạm 5G.

II. KẾT QUẢ THÁNG 01/2025
Trong tháng 01/2025, hệ thống kỹ thuật ghi nhận 932 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
""",
        "2025-02-05",
        [
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 10800000.0),
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1070000000.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7540.0),
            ("cyberattacks", "national", "month", "2025-01-31", 932.0),
        ],
    ),
]

CASES += [
    # 34. VPCP notice after the 2022 National Digital Transformation Day: end-September levels and the nine-month dossier rate.
    # Traps: "một nửa mục tiêu 50%" (derived and target), Google-Temasek-Bain figures (vendor, USD, growth), count of connection points of the event.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 338/TB-VPCP
Hà Nội, ngày 18 tháng 10 năm 2022

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Hội nghị hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022

Ngày 10 tháng 10 năm 2022, Thủ tướng Chính phủ Phạm Minh Chính đã chủ trì Hội nghị hưởng ứng Ngày Chuyển đổi số quốc gia năm 2022, được tổ chức trực tuyến tới hơn 5.000 điểm cầu trên cả nước. Sau khi nghe báo cáo và ý kiến phát biểu, Thủ tướng Chính phủ kết luận như sau:

1. Tính đến ngày 30/9/2022, Cổng Dịch vụ công quốc gia có 3,92 triệu tài khoản đăng ký; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 73,9%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 80,4%.
2. 9 tháng đầu năm 2022, tỷ lệ hồ sơ xử lý trực tuyến đạt 24,7%, mới bằng khoảng một nửa mục tiêu 50% đề ra cho năm 2022.
3. Theo báo cáo e-Conomy SEA của Google, Temasek và Bain & Company, quy mô kinh tế số Việt Nam năm 2022 đạt khoảng 23 tỷ USD, tăng 28% so với năm 2021.
4. Các bộ, ngành, địa phương tập trung hoàn thành các chỉ tiêu chuyển đổi số năm 2022 theo Quyết định số 27/QĐ-UBQGCĐS.
""",
        "2022-10-18",
        [
            ("national_portal_accounts", "national", "as_of", "2022-09-30", 3920000.0),
            ("ftth_household_rate", "national", "as_of", "2022-09-30", 73.9),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-09-30", 80.4),
            ("online_dossier_rate", "national", "ytd", "2022-09-30", 24.7),
        ],
    ),
    # 35. Nghệ An's Q3/2024 report: quarter rates and dated coverage levels for the province.
    # Traps: Vinh city and Kỳ Sơn district rates, the districts' village counts, the Q4 plan.
    (
        """UBND TỈNH NGHỆ AN
Số: 702/BC-UBND
Nghệ An, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình triển khai chuyển đổi số quý III năm 2024

1. Chính quyền số
Quý III/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 67,4%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 92,8%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 45,1%. Ở cấp huyện, thành phố Vinh đạt 88,9%, huyện Kỳ Sơn thấp nhất với 28,3%.
2. Hạ tầng số
Tính đến ngày 30/9/2024, tỷ lệ thôn, bản có sóng di động băng rộng trên địa bàn tỉnh đạt 98,9%; toàn tỉnh còn 62 thôn, bản lõm sóng, tập trung tại huyện Kỳ Sơn (31 thôn) và huyện Tương Dương (18 thôn).
3. Nhiệm vụ quý IV/2024
Phối hợp các doanh nghiệp viễn thông phấn đấu xóa thêm 30 thôn, bản lõm sóng.
""",
        "2024-10-07",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2024-09-30", 67.4),
            ("e_result_rate", "Nghệ An", "quarter", "2024-09-30", 92.8),
            ("data_reuse_rate", "Nghệ An", "quarter", "2024-09-30", 45.1),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2024-09-30", 98.9),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-09-30", 62.0),
        ],
    ),
    # 36. VPCP notice on Đề án 06's mid-2024 review, saved from PDF with glued footnote markers ("đẩy mạnh1"); footnotes carry dated stocks.
    # Traps: the 51 remaining services, rural customers after "trong đó", the year-end target of 76 services.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 352/TB-VPCP
Hà Nội, ngày 25 tháng 7 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Hội nghị sơ kết 6 tháng đầu năm 2024 triển khai Đề án 06

Ngày 16 tháng 7 năm 2024, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo triển khai Đề án 06 đã chủ trì Hội nghị sơ kết 6 tháng đầu năm 2024. Sau khi nghe báo cáo của Bộ Công an và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận:

I. KẾT QUẢ
1. Việc cấp căn cước, định danh điện tử tiếp tục được đẩy mạnh1. Tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân 6 tháng đầu năm 2024 đạt 88,6%.
2. Tính đến ngày 30/6/2024, đã cung cấp trực tuyến toàn trình 25/76 dịch vụ công thiết yếu theo Đề án 06; 51 dịch vụ còn lại đang được các bộ, ngành hoàn thiện.
3. Thí điểm dịch vụ Mobile Money tiếp tục được mở rộng2.

II. NHIỆM VỤ
Các bộ, ngành hoàn thành cung cấp toàn trình 76 dịch vụ công thiết yếu trong năm 2024.
____________
1 Tính đến ngày 30/6/2024, đã cấp 86,2 triệu thẻ căn cước công dân gắn chíp và thẻ căn cước; kích hoạt 56,4 triệu tài khoản định danh điện tử.
2 Đến ngày 30/6/2024, có 9,6 triệu khách hàng sử dụng Mobile Money, trong đó 6,5 triệu khách hàng ở khu vực nông thôn, miền núi.
""",
        "2024-07-25",
        [
            ("dossiers_with_personal_id_rate", "national", "half", "2024-06-30", 88.6),
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 25.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 86200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 56400000.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 9600000.0),
        ],
    ),
    # 37. Ministry portal page reproducing the October 2025 report (breadcrumb, date line, views counter, byline, related links).
    # Traps: views counter, upload speed, Singapore's speed, change in points, the year-end target.
    (
        """Trang chủ > Tin tức - Sự kiện > Chuyển đổi số

Báo cáo tình hình chuyển đổi số quốc gia tháng 10/2025: tỷ lệ hồ sơ toàn trình tiếp tục tăng

Thứ Tư, 05/11/2025 15:20 | Lượt xem: 1.284

(MST) - Bộ Khoa học và Công nghệ vừa ban hành Báo cáo số 3870/BC-BKHCN về tình hình chuyển đổi số quốc gia tháng 10/2025 gửi Ban Chỉ đạo của Chính phủ.

Theo báo cáo, 10 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 49,3%, tăng 2,1 điểm phần trăm so với 9 tháng; mục tiêu cả năm là 60%. Trong tháng 10/2025, Nền tảng NDXP ghi nhận 121,4 triệu giao dịch.

Về hạ tầng, tính đến ngày 31/10/2025, cả nước có 23.150 trạm BTS 5G, vùng phủ sóng 5G đạt 64,2% dân số. Theo số liệu tháng 9/2025 của Ookla, tốc độ tải xuống trung bình băng rộng di động đạt 158,3 Mbps, tải lên 52,4 Mbps; băng rộng cố định đạt 245,6 Mbps. Singapore tiếp tục dẫn đầu khu vực với tốc độ băng rộng cố định khoảng 290 Mbps.

Minh Anh

Chia sẻ: Facebook | Zalo | In bài

Tin liên quan:
- Hội nghị giao ban chuyển đổi số các tỉnh, thành phố khu vực miền Trung
- Hướng dẫn kiến trúc dữ liệu sau sắp xếp đơn vị hành chính
""",
        "2025-11-05",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2025-10-31", 49.3),
            ("ndxp_transactions_period", "national", "month", "2025-10-31", 121400000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 23150.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 64.2),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 158.3),
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 245.6),
        ],
    ),
    # 38. May 2023 report with no sidecar date: the letterhead and explicit dates carry every value.
    # Traps: the 2023 botnet reduction target, change vs April.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 2105/BC-BTTTT                       Hà Nội, ngày 02 tháng 6 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 5/2023

1. Chính phủ số
a) Trong tháng 5/2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 34,9%, tăng 1,2 điểm phần trăm so với tháng 4/2023.
b) Tính đến ngày 31/5/2023, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 45,6%.
2. An toàn thông tin mạng
a) Trong tháng 5/2023, ghi nhận 1.163 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
b) Tính đến ngày 31/5/2023, số địa chỉ IP tại Việt Nam nằm trong các mạng botnet là 612.904; mục tiêu năm 2023 giảm 30% so với cuối năm 2022.
""",
        None,
        [
            ("online_dossier_rate", "national", "month", "2023-05-31", 34.9),
            ("dvctt_full_process_rate", "national", "as_of", "2023-05-31", 45.6),
            ("cyberattacks", "national", "month", "2023-05-31", 1163.0),
            ("botnet_ips", "national", "as_of", "2023-05-31", 612904.0),
        ],
    ),
]

CASES += [
    # 39. Minister's conclusion notice (TB-BKHCN) after the October 2025 briefing, no sidecar date: nine-month rate, September attacks, dated levels.
    # Traps: count of circulars, end-2025 targets (100%, over 70%).
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 512/TB-BKHCN
Hà Nội, ngày 14 tháng 10 năm 2025

THÔNG BÁO
Kết luận của Bộ trưởng Nguyễn Mạnh Hùng tại Hội nghị giao ban chuyển đổi số tháng 10/2025

Ngày 09/10/2025, Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng chủ trì Hội nghị giao ban chuyển đổi số tháng 10/2025 với các bộ, ngành và 34 tỉnh, thành phố. Bộ trưởng kết luận:

1. Về kết quả: 9 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 47,2%. Trong tháng 9/2025, hệ thống kỹ thuật ghi nhận 1.087 cuộc tấn công mạng gây sự cố.
2. Tính đến ngày 30/9/2025, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 96,1%; cả nước có 21.300 trạm BTS 5G.
3. Trong tháng 9/2025, Bộ đã ban hành 03 thông tư hướng dẫn về chuyển đổi số.
4. Về nhiệm vụ: đến hết năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình; phấn đấu phủ sóng 5G trên 70% dân số.
""",
        None,
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 47.2),
            ("cyberattacks", "national", "month", "2025-09-30", 1087.0),
            ("full_process_provision_rate", "national", "as_of", "2025-09-30", 96.1),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 21300.0),
        ],
    ),
    # 40. Hà Nội's Q2/2025 report (written just before the two-tier reform): the city's quarter and half-year rates, dated 5G and fibre levels.
    # Traps: Cầu Giấy district's rate, Viettel Hà Nội's stations, count of new communes and wards.
    (
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 198/BC-UBND
Hà Nội, ngày 04 tháng 7 năm 2025

BÁO CÁO
Kết quả thực hiện chuyển đổi số quý II và 6 tháng đầu năm 2025

1. Quý II/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn thành phố đạt 74,8%. Tính chung 6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 88,5%; quận Cầu Giấy dẫn đầu với 97,6%.
2. Tính đến ngày 30/6/2025, trên địa bàn thành phố có 2.640 trạm BTS 5G, riêng Viettel Hà Nội có khoảng 1.500 trạm; tỷ lệ hộ gia đình có kết nối cáp quang đạt 96,2%.
3. Từ ngày 01/7/2025, thành phố vận hành chính quyền địa phương hai cấp với 126 xã, phường; hệ thống giải quyết thủ tục hành chính đã được cấu hình cho toàn bộ đơn vị hành chính mới.
""",
        "2025-07-04",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2025-06-30", 74.8),
            ("online_dossier_rate", "Hà Nội", "half", "2025-06-30", 88.5),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2025-06-30", 2640.0),
            ("ftth_household_rate", "Hà Nội", "as_of", "2025-06-30", 96.2),
        ],
    ),
    # 41. March 2024 report dated before the month's end, with a stated window (20/02-20/3) for NDXP flows, daily average and attacks.
    # Traps: year-on-year change, April plan.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1090/BC-BTTTT
Hà Nội, ngày 25 tháng 3 năm 2024

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 3/2024

I. KẾT QUẢ TRONG THÁNG
1. Trong tháng 3/2024 (từ ngày 20/02/2024 đến ngày 20/3/2024), Nền tảng NDXP ghi nhận 78,9 triệu giao dịch, tăng 38% so với cùng kỳ năm 2023, trung bình 2,72 triệu giao dịch/ngày; lũy kế đến ngày 20/3/2024 đạt 1,93 tỷ giao dịch.
2. Tính đến ngày 20/3/2024, trên NDXP đã thiết lập 1.392 điểm kết nối.
3. Cũng trong khoảng thời gian trên, hệ thống kỹ thuật ghi nhận 897 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

II. KẾ HOẠCH THÁNG 4/2024
Phấn đấu số giao dịch qua NDXP đạt trên 85 triệu giao dịch/tháng.
""",
        "2024-03-25",
        [
            ("ndxp_transactions_period", "national", "month", "2024-03-20", 78900000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-20", 2720000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-20", 1930000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-03-20", 1392.0),
            ("cyberattacks", "national", "month", "2024-03-20", 897.0),
        ],
    ),
    # 42. VPCP notice on the steering committee's January 2026 session reviewing 2025: year flows and end-2025 levels.
    # Traps: "tăng hơn 2,2 lần", count of sessions, 2026 targets.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 41/TB-VPCP
Hà Nội, ngày 28 tháng 01 năm 2026

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại phiên họp tổng kết năm 2025

Ngày 20 tháng 01 năm 2026, Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo chủ trì phiên họp tổng kết năm 2025 của Ban Chỉ đạo. Thủ tướng Chính phủ kết luận:

I. KẾT QUẢ NĂM 2025
1. Năm 2025, Ban Chỉ đạo đã họp 05 phiên. Cổng Dịch vụ công quốc gia tiếp nhận 24,6 triệu hồ sơ trực tuyến, tăng hơn 2,2 lần so với năm 2024; thực hiện 20,1 triệu giao dịch thanh toán trực tuyến với số tiền 15.870 tỷ đồng.
2. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 51,6%.
3. Tính đến ngày 31/12/2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 58,3%; tỷ lệ dân số trưởng thành có tài khoản thanh toán đạt 89,6%; đã kích hoạt 62,8 triệu tài khoản định danh điện tử.

II. NHIỆM VỤ NĂM 2026
Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 70%.
""",
        "2026-01-28",
        [
            ("national_portal_dossiers_new", "national", "year", "2025-12-31", 24600000.0),
            ("online_payments_count_new", "national", "year", "2025-12-31", 20100000.0),
            ("online_payments_value_new", "national", "year", "2025-12-31", 15870.0),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 51.6),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-12-31", 58.3),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-12-31", 89.6),
            ("vneid_activated_accounts", "national", "as_of", "2025-12-31", 62800000.0),
        ],
    ),
    # 43. 2024 year-end review with "Thực hiện .../KH ..." result lines: year flow rate and end-2024 levels, 2024 digital economy.
    # Traps: every KH figure, the "đạt ...% KH" completion shares (derived), count of targets met.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 96/BC-BTTTT
Hà Nội, ngày 10 tháng 01 năm 2025

BÁO CÁO
Tổng kết công tác chuyển đổi số quốc gia năm 2024

II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
Năm 2024 có 6/10 chỉ tiêu đạt và vượt kế hoạch.
1. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024: thực hiện 43,6%/KH 50% (đạt 87,2% KH).
2. Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình (tính đến 31/12/2024): thực hiện 91,6%/KH 100%.
3. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (tính đến 31/12/2024): thực hiện 88,4%/KH 85% (vượt KH).
4. Tỷ lệ hộ gia đình có kết nối Internet cáp quang (tính đến 31/12/2024): thực hiện 83,1%/KH 82% (vượt KH).
5. Tỷ trọng kinh tế số trong GDP năm 2024: ước thực hiện 18,3%/KH 18,5%; tốc độ tăng trưởng kinh tế số năm 2024 ước đạt 20,3%.
""",
        "2025-01-10",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 43.6),
            ("full_process_provision_rate", "national", "as_of", "2024-12-31", 91.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.4),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 83.1),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.3),
        ],
    ),
    # 44. A conclusion notice that assigns tasks and targets only: nothing to record.
    # Traps: targets for 2025 (80%, 100%, 20% of GDP), deadlines, counts of tasks and documents, a 63-province deadline.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 275/TB-VPCP
Hà Nội, ngày 14 tháng 6 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang tại cuộc họp về triển khai Kế hoạch chuyển đổi số năm 2024

Ngày 07 tháng 6 năm 2024, Phó Thủ tướng Chính phủ Trần Lưu Quang chủ trì cuộc họp về triển khai Kế hoạch chuyển đổi số năm 2024. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo, Phó Thủ tướng kết luận:

1. Các bộ, ngành, địa phương tập trung thực hiện 12 nhóm nhiệm vụ trọng tâm; Bộ Thông tin và Truyền thông trình Thủ tướng Chính phủ 02 đề án trước ngày 30/9/2024.
2. Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; đến năm 2025 đạt 80% và 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
3. Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP; 63/63 tỉnh, thành phố hoàn thành kết nối hệ thống giải quyết thủ tục hành chính với Hệ thống EMC trước ngày 31/12/2024.
4. Giao Bộ Thông tin và Truyền thông tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 15 hằng tháng.
""",
        "2024-06-14",
        [],
    ),
]

CASES += [
    # 45. Government portal article reprinting a conclusion notice (Đề án 06, one-year review): headline, date line, lead, byline, keywords.
    # Traps: registration dossiers received (not activated), "tăng gần 3 lần", 2023 targets, count of services on the portal (no id).
    (
        """Thời sự > Chính sách mới

Kết luận của Thủ tướng tại Hội nghị sơ kết 1 năm triển khai Đề án 06

Thứ Ba, 17/01/2023 19:45 (GMT+7)

(Chinhphu.vn) - Văn phòng Chính phủ vừa ban hành Thông báo số 14/TB-VPCP ngày 16/01/2023 kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Hội nghị sơ kết 1 năm triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06), tổ chức ngày 06/01/2023.

Thông báo nêu rõ, sau một năm triển khai, Đề án 06 đã đạt được nhiều kết quả quan trọng. Tính đến ngày 31/12/2022, Bộ Công an đã cấp 80,9 triệu thẻ Căn cước công dân gắn chíp; tiếp nhận 21,5 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, đã kích hoạt 12,6 triệu tài khoản, tăng gần 3 lần so với giữa năm 2022.

Cũng tại thời điểm 31/12/2022, dịch vụ Mobile Money có 2,9 triệu khách hàng đăng ký. Cổng Dịch vụ công quốc gia đã tích hợp, cung cấp hơn 4.400 dịch vụ công trực tuyến.

Thủ tướng yêu cầu trong năm 2023 phấn đấu kích hoạt 40 triệu tài khoản định danh điện tử, cấp xong thẻ Căn cước công dân cho toàn bộ công dân đủ điều kiện.

Thu Giang

Từ khóa: Đề án 06, định danh điện tử, căn cước công dân

Tin liên quan:
- Thủ tướng chủ trì Hội nghị sơ kết 1 năm Đề án 06
- Bộ Công an hướng dẫn kích hoạt tài khoản định danh điện tử
""",
        "2023-01-17",
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-12-31", 80900000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-12-31", 12600000.0),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 2900000.0),
        ],
    ),
]
