"""Genre probes, round 114: e-services and data (national portal, online dossiers, e-results, NDXP, VNeID, EGDI), 2024–2026 incl. the 2025 reorganisation, written blind.

First reading (the stop's start code 15b33c0 read it): 117 of 128 right, 117 of 133 found (0.91 / 0.88). Fitted after that reading (stop 45): a merged province's former parts, a portal's statistics box, a title ending on its province, a ministry leading its sentence, "Trong năm, …" after a day: 125 of 126, 125 of 133. Left: footnote groups under a notice's anchor, the essential services' share, a SIPAS year read as the survey's.
"""

CASES = [
    # 1. Chinhphu.vn-style year review of the National Portal in 2024 (levels at 31/12, flows of the
    # year on the _new twins). Traps: 38% change, count of services on the portal, log-ins, 2025 targets.
    (
        """Cổng Dịch vụ công quốc gia năm 2024: tài khoản và thanh toán trực tuyến tăng mạnh

Thứ Sáu, 10/01/2025 - 14:20

(Chinhphu.vn) – Năm 2024, Cổng Dịch vụ công quốc gia tiếp tục phát huy vai trò "một cửa số" kết nối người dân, doanh nghiệp với cơ quan nhà nước trong giải quyết thủ tục hành chính, với nhiều chỉ số tăng mạnh so với năm trước.

Theo Văn phòng Chính phủ, tính đến ngày 31/12/2024, Cổng có 15,9 triệu tài khoản đăng ký; trong năm có thêm 4,3 triệu tài khoản đăng ký mới, phần lớn đăng nhập bằng tài khoản định danh điện tử VNeID. Trong năm 2024, người dân, doanh nghiệp đã nộp 9,8 triệu hồ sơ trực tuyến thông qua Cổng.

Về thanh toán trực tuyến, lũy kế từ khi khai trương đến hết năm 2024, Cổng ghi nhận hơn 45,6 triệu giao dịch với tổng số tiền trên 61.850 tỷ đồng. Riêng năm 2024 có 14,2 triệu giao dịch, số tiền 18.760 tỷ đồng, tăng 38% so với năm 2023.

Hiện Cổng cung cấp 4.512 dịch vụ công trực tuyến và đã ghi nhận hơn 1,1 tỷ lượt truy cập trong năm.

Năm 2025, Văn phòng Chính phủ phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% tổng số hồ sơ.""",
        "2025-01-10",
        [
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15900000.0),
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 4300000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9800000.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 45600000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 61850.0),
            ("online_payments_count_new", "national", "year", "2024-12-31", 14200000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 18760.0),
        ],
    ),
    # 2. Ministry of Science and Technology monthly report (October 2025), semi-tabular bullet lines,
    # national / ministries / localities. Traps: digitisation rate and online-payment share (no id),
    # change in points, the 2025 target, the 12/34 provinces count.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 10/2025

...

II. KẾT QUẢ CHỦ YẾU TRONG THÁNG
1. Chính phủ số, dịch vụ công trực tuyến
a) Một số chỉ số chính (số liệu tháng 10/2025; nguồn: Hệ thống thông tin giải quyết thủ tục hành chính và Cổng Dịch vụ công quốc gia):
- Tỷ lệ hồ sơ xử lý trực tuyến toàn trình: toàn quốc 52,7%; các bộ, ngành 61,3%; các địa phương 49,8% (tăng 2,1 điểm phần trăm so với tháng 9/2025).
- Tỷ lệ hồ sơ có kết quả giải quyết điện tử: 91,4% (bộ, ngành: 95,2%; địa phương: 90,1%).
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 86,2%.
- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 38,6%.
- Tỷ lệ hồ sơ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia: 47,5%.
b) Đánh giá: tỷ lệ hồ sơ trực tuyến toàn trình vẫn còn cách xa chỉ tiêu năm 2025 (80%); mới có 12/34 tỉnh, thành phố đạt trên 60%.""",
        "2025-11-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-10-31", 52.7),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-10-31", 61.3),
            ("online_dossier_full_process_rate", "localities", "month", "2025-10-31", 49.8),
            ("e_result_rate", "national", "month", "2025-10-31", 91.4),
            ("e_result_rate", "ministries", "month", "2025-10-31", 95.2),
            ("e_result_rate", "localities", "month", "2025-10-31", 90.1),
            ("data_reuse_rate", "national", "month", "2025-10-31", 38.6),
        ],
    ),
    # 3. Ninh Bình (after the July 2025 merger), quarter III/2025. Traps: the province's dossier count,
    # the commune-level rate ("Riêng cấp xã"), one ward's rate, the end-2025 target.
    (
        """Ninh Bình: Tỷ lệ hồ sơ trực tuyến toàn trình quý III đạt 68,4%

Cập nhật: 12/10/2025 07:30

Sau hơn 3 tháng vận hành mô hình chính quyền địa phương hai cấp, hoạt động giải quyết thủ tục hành chính trên địa bàn tỉnh Ninh Bình (mới) cơ bản thông suốt, không để xảy ra tình trạng ùn tắc hồ sơ.

Theo Sở Khoa học và Công nghệ, trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh và 129 Trung tâm phục vụ hành chính công cấp xã đã tiếp nhận 624.318 hồ sơ. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,4%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 97,5%.

Riêng cấp xã, tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 61,2%; một số xã miền núi chỉ đạt dưới 40% do người dân còn quen nộp hồ sơ giấy. Phường Hoa Lư là đơn vị dẫn đầu với 92,7%.

Tỉnh đặt mục tiêu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%, đồng thời bố trí đoàn viên thanh niên hỗ trợ người dân tại bộ phận một cửa các xã.""",
        "2025-10-12",
        [
            ("online_dossier_full_process_rate", "Ninh Bình", "quarter", "2025-09-30", 68.4),
            ("e_result_rate", "Ninh Bình", "quarter", "2025-09-30", 97.5),
        ],
    ),
    # 4. NDXP in March 2025: month, daily average, cumulative since 2019 (at 31/3), agencies and
    # connection points at an explicit date. Traps: year-on-year change, population-database requests,
    # one province's LGSP transactions.
    (
        """Giao dịch qua Nền tảng NDXP tiếp tục tăng trong tháng 3/2025

Theo Văn phòng Chính phủ, trong tháng 3/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 98,7 triệu giao dịch, bình quân 3,18 triệu giao dịch mỗi ngày, tăng 21% so với cùng kỳ năm 2024. Lũy kế từ khi đưa vào vận hành năm 2019 đến hết tháng 3/2025, tổng số giao dịch qua NDXP đạt 4,34 tỷ giao dịch.

Tính đến ngày 05/4/2025, NDXP đã kết nối với 118 bộ, ngành, địa phương; thiết lập 2.740 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Trong các dịch vụ chia sẻ dữ liệu, truy vấn Cơ sở dữ liệu quốc gia về dân cư chiếm tỷ trọng lớn nhất với khoảng 41,5 triệu yêu cầu trong tháng. Ở địa phương, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bắc Ninh ghi nhận 6,2 triệu giao dịch trong quý I.""",
        "2025-04-07",
        [
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 98700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3180000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 4340000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-05", 118.0),
            ("ndxp_connection_points", "national", "as_of", "2025-04-05", 2740.0),
        ],
    ),
    # 5. UN E-Government Survey 2024 (edition year, 2022 in parentheses kept). Traps: 15-place
    # change, EGDI/OSI scores, e-participation rank, other countries' ranks, the top-50 target.
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

18/09/2024 08:45

Ngày 17/9 (giờ New York), Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số Phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193) và lần đầu tiên thuộc nhóm có mức EGDI "rất cao".

Trong ba chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) tăng mạnh nhất; chỉ số dịch vụ trực tuyến (OSI) đạt 0,7564 điểm; chỉ số nguồn nhân lực (HCI) đạt 0,6892 điểm. Ở Chỉ số tham gia điện tử (EPART), Việt Nam xếp thứ 60.

Trong khu vực Đông Nam Á, Singapore tiếp tục đứng thứ 3 thế giới; Thái Lan xếp thứ 52, Indonesia thứ 64. Đan Mạch dẫn đầu bảng xếp hạng năm nay.

Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021–2025, Việt Nam phấn đấu thuộc nhóm 50 nước dẫn đầu về EGDI.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 6. Hà Nội's e-ID and chip cards at an explicit date (mid-2024). Traps: activation share (no id),
    # applications received, one ward's 100%, the end-2024 target.
    (
        """Hà Nội đã kích hoạt hơn 6,1 triệu tài khoản định danh điện tử

Thứ Năm, 20/6/2024 | 16:05

Theo Công an thành phố Hà Nội, tính đến ngày 15/6/2024, lực lượng công an toàn thành phố đã tiếp nhận 6,8 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử; đã kích hoạt hơn 6,1 triệu tài khoản, đạt 78% số công dân đủ điều kiện. Cùng thời điểm, Hà Nội đã cấp 7,3 triệu thẻ Căn cước công dân gắn chip.

Nhiều phường đã hoàn thành kích hoạt cho 100% công dân đủ điều kiện, điển hình như phường Hàng Bạc (quận Hoàn Kiếm), phường Ngọc Thụy (quận Long Biên).

Thành phố phấn đấu đến hết năm 2024 có 90% công dân đủ điều kiện được kích hoạt tài khoản định danh điện tử mức 2, tiến tới sử dụng VNeID thay thế giấy tờ khi giải quyết thủ tục hành chính.""",
        "2024-06-20",
        [
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-06-15", 6100000.0),
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2024-06-15", 7300000.0),
        ],
    ),
    # 7. Ministry of Public Security briefing on Đề án 06 ("đến nay" = page date). Traps: the 34
    # essential services still to do, daily VNeID log-ins, utilities integrated, the 2025 target.
    (
        """Đề án 06: Đã kích hoạt hơn 62,1 triệu tài khoản định danh điện tử

Hà Nội, 08/01/2025 – Tại hội nghị tổng kết 3 năm triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06), đại diện Bộ Công an cho biết: đến nay, cả nước đã cấp hơn 87,5 triệu thẻ Căn cước công dân gắn chip và thẻ căn cước; đã kích hoạt hơn 62,1 triệu tài khoản định danh điện tử.

Ứng dụng VNeID đã tích hợp 43 tiện ích, bình quân mỗi ngày có khoảng 2,5 triệu lượt truy cập.

Về dịch vụ công thiết yếu, trong danh mục 76 dịch vụ công thiết yếu theo Đề án 06, đã có 42/76 dịch vụ được cung cấp trực tuyến toàn trình; 34 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện, phấn đấu hoàn thành trong năm 2025.""",
        "2025-01-08",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-01-08", 87500000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-01-08", 62100000.0),
            ("essential_services_full_process", "national", "as_of", "2025-01-08", 42.0),
        ],
    ),
    # 8. Ranking list of provinces (34 after the merger) for July 2025, numbered lines. Each province's
    # rate is kept, plus the localities' average. Traps: index scores, the lowest province's rank.
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 7/2025: Hà Nội dẫn đầu về hồ sơ trực tuyến toàn trình

Theo số liệu công khai trên Cổng Dịch vụ công quốc gia, trong tháng 7/2025 – tháng đầu tiên vận hành chính quyền địa phương hai cấp – tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các địa phương đạt 54,6%.

Năm địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất:
1. Hà Nội: 89,6%
2. Đà Nẵng: 87,3%
3. Quảng Ninh: 85,9%
4. Bắc Ninh: 81,4%
5. Lâm Đồng: 78,2%

Về điểm đánh giá tổng thể Bộ chỉ số, Quảng Ninh đạt 88,4/100 điểm, đứng đầu cả nước; Hà Nội 86,1 điểm. Địa phương có điểm thấp nhất xếp thứ 34/34 với 61,7 điểm.

Văn phòng Chính phủ đề nghị các địa phương có tỷ lệ dưới 40% khẩn trương rà soát, cấu hình lại quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.""",
        "2025-08-14",
        [
            ("online_dossier_full_process_rate", "localities", "month", "2025-07-31", 54.6),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2025-07-31", 89.6),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-07-31", 87.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-07-31", 85.9),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-07-31", 81.4),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2025-07-31", 78.2),
        ],
    ),
    # 9. Commune news from Lào Cai (new) with one province-wide figure over an explicit window
    # 1/7–30/9/2025 (= quarter III). Traps: the commune's dossier count and its 92% rate, the
    # volunteers count.
    (
        """Xã vùng cao Lào Cai đưa dịch vụ công trực tuyến đến từng bản

Báo Lào Cai | 05/10/2025

Sau ba tháng vận hành bộ máy chính quyền cấp xã mới, Trung tâm Phục vụ hành chính công xã Bắc Hà đã tiếp nhận 4.215 hồ sơ, trong đó 92% được nộp trực tuyến nhờ tổ công nghệ số cộng đồng hướng dẫn người dân thao tác ngay trên điện thoại.

"Trước đây bà con phải đi mấy chục cây số lên huyện, nay chỉ cần ra trung tâm xã hoặc làm ngay tại nhà," anh Lù Seo Páo, thành viên tổ công nghệ số cộng đồng thôn Na Hối, chia sẻ. Toàn xã hiện có 36 tình nguyện viên hỗ trợ người dân cài đặt VNeID và nộp hồ sơ.

Theo Sở Khoa học và Công nghệ, tính từ ngày 01/7 đến ngày 30/9/2025, tỷ lệ hồ sơ xử lý trực tuyến trên toàn tỉnh Lào Cai đạt 74,6%, cao hơn mức bình quân của các địa phương.""",
        "2025-10-05",
        [
            ("online_dossier_rate", "Lào Cai", "quarter", "2025-09-30", 74.6),
        ],
    ),
    # 10. Procedures offered online at 30/6/2024: all procedures, full-process over all, over eligible,
    # and services with dossiers; "trong đó" full-process figure is another indicator (kept).
    # Traps: one ministry's 100%, a change in points, the 2025 target.
    (
        """Tính đến ngày 30/6/2024, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến trên toàn quốc đạt 82,3%, trong đó dịch vụ công trực tuyến toàn trình chiếm 52,1% tổng số thủ tục hành chính, tăng 4,8 điểm phần trăm so với cuối năm 2023. Tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình đạt 91,5%. Tuy nhiên, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ mới đạt 38,7%, cho thấy nhiều dịch vụ được đưa lên nhưng người dân chưa sử dụng.

Một số bộ, ngành đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức toàn trình, như Bộ Tài chính, Bộ Công Thương. Mục tiêu đến năm 2025 là 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2024-07-12",
        [
            ("dvctt_rate", "national", "as_of", "2024-06-30", 82.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 52.1),
            ("full_process_provision_rate", "national", "as_of", "2024-06-30", 91.5),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-06-30", 38.7),
        ],
    ),
    # 11. National Portal in March 2024 (month flows on _new twins, cumulative at 31/3) with a ytd
    # quarter-to-date sum on "lũy kế từ đầu năm". Traps: one payment intermediary's share, the 12,5% change.
    (
        """Trong tháng 3/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 1,46 triệu hồ sơ trực tuyến; ghi nhận 1,02 triệu giao dịch thanh toán trực tuyến với số tiền 812 tỷ đồng, tăng 12,5% so với tháng 02/2024. Lũy kế từ đầu năm, số hồ sơ trực tuyến tiếp nhận qua Cổng đạt 3,91 triệu hồ sơ.

Tính đến hết tháng 3/2024, tổng số giao dịch thanh toán trực tuyến trên Cổng đạt 35,1 triệu giao dịch, tổng số tiền 45.720 tỷ đồng. Trong tháng, riêng giao dịch qua ví VNPT Money chiếm khoảng 18% số giao dịch.""",
        "2024-04-09",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1460000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1020000.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 812.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-03-31", 3910000.0),
            ("online_payments_count", "national", "as_of", "2024-03-31", 35100000.0),
            ("online_payments_value", "national", "as_of", "2024-03-31", 45720.0),
        ],
    ),
    # 12. Quarter III/2024 satisfaction and EMC connection (level at end of the quarter). Traps: the
    # SIPAS survey index, the average star rating, the count of systems still not fully connected.
    (
        """Quý III/2024, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 89,6%, theo kết quả đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính và Cổng Dịch vụ công quốc gia; điểm đánh giá trung bình đạt 4,6/5.

Đến hết quý III/2024, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối, tích hợp đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 87,5%; còn 11 hệ thống chưa kết nối đầy đủ.

Cũng theo Bộ Nội vụ, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023, đo bằng điều tra xã hội học, đạt 80,08%.""",
        "2024-10-16",
        [
            ("satisfaction_rate", "national", "quarter", "2024-09-30", 89.6),
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 87.5),
        ],
    ),
    # 13. Government Office notice of a meeting (cut-off = meeting date 23/8/2024). Traps: the 11
    # provinces that have not issued, the 272 procedures not yet cut, the count of tasks, deadlines.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 412/TB-VPCP
Hà Nội, ngày 28 tháng 8 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính và cung cấp dịch vụ công trực tuyến

Ngày 23 tháng 8 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tình hình cải cách thủ tục hành chính, cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo của Văn phòng Chính phủ và ý kiến các đại biểu, Phó Thủ tướng kết luận như sau:

1. Thời gian qua, công tác cải cách thủ tục hành chính đạt nhiều kết quả tích cực. Đến nay, các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ; 272 thủ tục hành chính còn lại chưa được thực thi. Đã có 52/63 tỉnh, thành phố trình Hội đồng nhân dân ban hành Nghị quyết giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 11 địa phương chưa ban hành.

2. Các bộ, cơ quan, địa phương tập trung thực hiện 9 nhiệm vụ trọng tâm sau đây: ... hoàn thành trước ngày 30/9/2024.""",
        "2024-08-28",
        [
            ("procedures_simplified", "national", "as_of", "2024-08-23", 812.0),
            ("localities_fee_reduction", "national", "as_of", "2024-08-23", 52.0),
        ],
    ),
    # 14. Portal statistics box saved without sidecar; the text dates itself ("tính đến 20/11/2025").
    # Traps: count of online services, log-ins, synchronised dossiers (another measure).
    (
        """CỔNG DỊCH VỤ CÔNG QUỐC GIA
Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi

THỐNG KÊ (số liệu tính đến 20/11/2025)
Dịch vụ công trực tuyến: 4.728
Tài khoản đăng ký: 19.842.516
Hồ sơ trực tuyến thực hiện qua Cổng: 62.418.330
Hồ sơ đồng bộ trạng thái: 812.504.117
Giao dịch thanh toán trực tuyến: 71.204.118
Số tiền thanh toán trực tuyến (tỷ đồng): 98.512
Lượt truy cập: 1.236.480.902

Hỗ trợ: 18001096 | Email: dichvucong@chinhphu.vn""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2025-11-20", 19842516.0),
            ("national_portal_dossiers", "national", "as_of", "2025-11-20", 62418330.0),
            ("online_payments_count", "national", "as_of", "2025-11-20", 71204118.0),
            ("online_payments_value", "national", "as_of", "2025-11-20", 98512.0),
        ],
    ),
    # 15. Quảng Ninh year 2024: online dossiers with the full-process share after "trong đó" (another
    # indicator, kept), e-results. Traps: digitisation rate, the index score, one commune's figure.
    (
        """Quảng Ninh: Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 92,4%

Hạ Long, 15/01/2025 – Năm 2024, tỉnh Quảng Ninh tiếp tục giữ vững vị trí dẫn đầu cả nước trong cải cách hành chính và cung cấp dịch vụ công trực tuyến. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn tỉnh đạt 92,4%, trong đó hồ sơ trực tuyến toàn trình đạt 79,8%. Tỷ lệ hồ sơ được trả kết quả điện tử đạt 100%; tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 98%.

Quảng Ninh dẫn đầu Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024 với 90,5 điểm. Nhiều xã vùng cao như xã Đồng Văn (huyện Bình Liêu) đã đạt 100% hồ sơ trực tuyến nhờ mô hình "bưu điện hành chính công" và tổ công nghệ số cộng đồng.""",
        "2025-01-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2024-12-31", 92.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 79.8),
            ("e_result_rate", "Quảng Ninh", "year", "2024-12-31", 100.0),
        ],
    ),
    # 16. Gia Lai (merged with Bình Định) in August 2025: online share and its full-process part
    # (kept). Traps: the partial-online part, online-payment share, the former Bình Định area's rate.
    (
        """Gia Lai: Tháng 8/2025, gần hai phần ba hồ sơ thủ tục hành chính được xử lý trực tuyến

Quy Nhơn, 09/9/2025 – Theo Trung tâm Phục vụ hành chính công tỉnh Gia Lai, trong tháng 8/2025, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 168.905 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến đạt 63,8%, gồm 41,2% hồ sơ trực tuyến toàn trình và 22,6% hồ sơ trực tuyến một phần. Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến đạt 35%.

Giữa hai khu vực vẫn còn chênh lệch: các xã, phường thuộc tỉnh Bình Định cũ đạt 71% hồ sơ trực tuyến, trong khi nhiều xã vùng đồng bào dân tộc thiểu số phía tây chỉ đạt khoảng 30%.

Lãnh đạo Sở Khoa học và Công nghệ cho biết, tỉnh sẽ tăng cường đội ngũ hỗ trợ tại các trung tâm phục vụ hành chính công cấp xã, phấn đấu quý IV/2025 đưa tỷ lệ hồ sơ trực tuyến lên trên 70%.""",
        "2025-09-09",
        [
            ("online_dossier_rate", "Gia Lai", "month", "2025-08-31", 63.8),
            ("online_dossier_full_process_rate", "Gia Lai", "month", "2025-08-31", 41.2),
        ],
    ),
    # 17. NDXP year 2024 with 2023 in parentheses (kept, own period), daily average over the year,
    # cumulative at end-2024. Traps: the 45% change, costs saved, count of national databases.
    (
        """NDXP năm 2024: giao dịch chia sẻ dữ liệu vượt mốc tỷ

Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 1,05 tỷ giao dịch (năm 2023: 723 triệu giao dịch), tăng 45%; bình quân đạt 2,88 triệu giao dịch/ngày. Tính đến hết năm 2024, tổng số giao dịch lũy kế kể từ khi khai trương năm 2019 đạt 4,05 tỷ giao dịch.

NDXP hiện là "trục" kết nối 11 cơ sở dữ liệu quốc gia, chuyên ngành với hệ thống thông tin giải quyết thủ tục hành chính của các bộ, ngành, địa phương. Việc chia sẻ dữ liệu qua Nền tảng ước tính giúp tiết kiệm hơn 1.600 tỷ đồng chi phí xã hội mỗi năm.""",
        "2025-01-20",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1050000000.0),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 723000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2880000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 4050000000.0),
        ],
    ),
    # 18. Tuyên Quang (merged with Hà Giang) e-ID accounts at 30/9/2025. Traps: activation share
    # (no id), the former Hà Giang area's share, e-ID applications, the end-2025 target.
    (
        """Tuyên Quang đẩy mạnh kích hoạt tài khoản định danh điện tử sau sáp nhập

Theo Công an tỉnh Tuyên Quang, đến ngày 30/9/2025, toàn tỉnh đã thu nhận 1,41 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử và đã kích hoạt 1,28 triệu tài khoản mức 2, đạt 84,3% số công dân từ 14 tuổi trở lên. Riêng khu vực tỉnh Hà Giang cũ, tỷ lệ kích hoạt mới đạt 71%, do địa hình chia cắt, nhiều thôn vùng cao chưa có sóng di động ổn định.

Công an tỉnh đã thành lập 124 tổ công tác lưu động về các xã để thu nhận hồ sơ căn cước và hướng dẫn người dân kích hoạt ứng dụng VNeID. Mục tiêu đến hết năm 2025, trên 95% công dân đủ điều kiện được kích hoạt tài khoản định danh điện tử.""",
        "2025-10-03",
        [
            ("vneid_activated_accounts", "Tuyên Quang", "as_of", "2025-09-30", 1280000.0),
        ],
    ),
    # 19. Year 2024 online dossier rates, national with 2023 in parentheses (kept), ministries vs
    # localities, and the national full-process share. Traps: the 50% target of Resolution 01,
    # the 9/63 count of provinces meeting it.
    (
        """Tỷ lệ hồ sơ trực tuyến năm 2024 chưa đạt chỉ tiêu

Theo báo cáo của Văn phòng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 01/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến năm 2024 đạt 46,3% (năm 2023: 40,1%). Khối bộ, ngành đạt 74,2%; khối địa phương đạt 38,5%. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đạt 39,8%.

Như vậy, so với chỉ tiêu tại Nghị quyết số 01/NQ-CP (tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%), kết quả năm 2024 vẫn còn thấp. Chỉ có 9/63 địa phương đạt và vượt chỉ tiêu này, trong đó nhiều tỉnh miền núi phía Bắc còn dưới 30%.""",
        "2025-02-05",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 46.3),
            ("online_dossier_rate", "national", "year", "2023-12-31", 40.1),
            ("online_dossier_rate", "ministries", "year", "2024-12-31", 74.2),
            ("online_dossier_rate", "localities", "year", "2024-12-31", 38.5),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 39.8),
        ],
    ),
    # 20. Lâm Đồng (merged with Đắk Nông and Bình Thuận), September 2025, semi-tabular lines.
    # Traps: dossier count, the former Đắk Nông area's rate, commune count, digitisation rate.
    (
        """KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 9/2025 – TỈNH LÂM ĐỒNG

Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (124 xã, phường, đặc khu và các sở, ngành):
• Tổng số hồ sơ tiếp nhận: 186.540 hồ sơ
• Tỷ lệ hồ sơ xử lý trực tuyến: 71,6%
• Tỷ lệ hồ sơ trực tuyến toàn trình: 55,2%
• Tỷ lệ hồ sơ cấp kết quả điện tử: 93,8%
• Tỷ lệ số hóa hồ sơ, kết quả giải quyết: 88,0%
• Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa: 41,3%

Ghi chú: khu vực tỉnh Đắk Nông cũ có tỷ lệ hồ sơ trực tuyến toàn trình thấp nhất (43,5%); đặc khu Phú Quý đạt 96%.""",
        "2025-10-06",
        [
            ("online_dossier_rate", "Lâm Đồng", "month", "2025-09-30", 71.6),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2025-09-30", 55.2),
            ("e_result_rate", "Lâm Đồng", "month", "2025-09-30", 93.8),
            ("data_reuse_rate", "Lâm Đồng", "month", "2025-09-30", 41.3),
        ],
    ),
    # 21. Đề án 06 half-year 2025: dossiers tied to personal ID (half), adult use of online services
    # (level at 30/6). Traps: paper documents no longer required, the over-70% strategy target,
    # the app's downloads.
    (
        """6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính gắn mã số định danh cá nhân đạt 97,2%, giúp người dân không phải xuất trình khoảng 4,2 triệu giấy tờ, bản sao chứng thực. Đến hết tháng 6/2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 56%, trong khi mục tiêu của Chiến lược phát triển Chính phủ điện tử đến năm 2025 là trên 70%.

Ứng dụng VNeID đã có hơn 74 triệu lượt tải về; các tiện ích như thông báo lưu trú, đăng ký tạm trú, cấp phiếu lý lịch tư pháp được người dân sử dụng nhiều nhất.""",
        "2025-07-10",
        [
            ("dossiers_with_personal_id_rate", "national", "half", "2025-06-30", 97.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-06-30", 56.0),
        ],
    ),
    # 22. Commentary comparing e-ID abroad with Viet Nam (VNeID at 31/3/2025 kept). Traps: Estonia's,
    # Singapore's and Korea's figures and ranks, VNeID organisation accounts not mentioned.
    (
        """Định danh điện tử: Việt Nam đang ở đâu?

15/04/2025 | Góc nhìn

Estonia thường được nhắc đến như hình mẫu: 99% dịch vụ công của nước này có thể thực hiện trực tuyến và gần như toàn bộ người dân dùng thẻ định danh điện tử. Tại Singapore, tài khoản Singpass được khoảng 97% cư dân từ 15 tuổi trở lên sử dụng. Hàn Quốc – quốc gia xếp thứ 4 trong Chỉ số Phát triển Chính phủ điện tử năm 2024 – đã tích hợp định danh di động vào hầu hết giao dịch công.

Việt Nam đi sau nhưng tốc độ nhanh. Theo Bộ Công an, đến ngày 31/3/2025, cả nước đã có hơn 62,9 triệu tài khoản định danh điện tử được kích hoạt. Thách thức hiện nay là chuyển từ "có tài khoản" sang "dùng thường xuyên": phần lớn người dân mới dùng VNeID để xuất trình giấy tờ, chưa dùng để nộp hồ sơ dịch vụ công.""",
        "2025-04-15",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 62900000.0),
        ],
    ),
    # 23. Steering committee report excerpt with a table: results at 31/3/2025 and a target column.
    # Traps: the whole "Mục tiêu 2025" column, the remainder of essential services.
    (
        """BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ

Phụ lục II. Một số chỉ tiêu về Chính phủ số

| Chỉ tiêu | Kết quả (đến 31/3/2025) | Mục tiêu năm 2025 |
|---|---|---|
| Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính | 54,7% | 80% |
| Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình | 93,1% | 100% |
| Số dịch vụ công thiết yếu (Đề án 06) cung cấp toàn trình | 48/76 | 76/76 |
| Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với EMC | 90,5% | 100% |

Ghi chú: 28 dịch vụ công thiết yếu còn lại chủ yếu thuộc lĩnh vực đất đai, tư pháp, cần sửa đổi văn bản quy phạm pháp luật.""",
        "2025-04-18",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-31", 54.7),
            ("full_process_provision_rate", "national", "as_of", "2025-03-31", 93.1),
            ("essential_services_full_process", "national", "as_of", "2025-03-31", 48.0),
            ("emc_connection_rate", "national", "as_of", "2025-03-31", 90.5),
        ],
    ),
    # 24. Đà Nẵng (merged with Quảng Nam), year 2025 review (page of January 2026). Traps: the former
    # Quảng Nam area's rate, the city app's accounts (no id), commune count, the 2026 target.
    (
        """Đà Nẵng: Năm 2025, 82,5% hồ sơ được xử lý trực tuyến toàn trình

Đà Nẵng, 09/01/2026 – Tại hội nghị tổng kết công tác chuyển đổi số năm 2025, Sở Khoa học và Công nghệ thành phố cho biết, năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 82,5%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 99,1%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 57,3%.

Sau khi hợp nhất với tỉnh Quảng Nam, thành phố có 94 đơn vị hành chính cấp xã. Khu vực Quảng Nam cũ vẫn thấp hơn mặt bằng chung, với tỷ lệ hồ sơ toàn trình khoảng 68%. Ứng dụng công dân số Danang Smart City đã có hơn 1,2 triệu tài khoản.

Năm 2026, thành phố đặt mục tiêu 90% hồ sơ được xử lý trực tuyến toàn trình, 100% kết quả điện tử.""",
        "2026-01-09",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2025-12-31", 82.5),
            ("e_result_rate", "Đà Nẵng", "year", "2025-12-31", 99.1),
            ("data_reuse_rate", "Đà Nẵng", "year", "2025-12-31", 57.3),
        ],
    ),
    # 25. Nine months of 2025 on the National Portal (ytd flows on _new twins), accounts level at
    # 30/9. Traps: the 2,3-fold change, time saved.
    (
        """Lũy kế 9 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 21,4 triệu hồ sơ trực tuyến, gấp 2,3 lần cùng kỳ năm 2024; có 3,9 triệu tài khoản đăng ký mới; ghi nhận 21,6 triệu giao dịch thanh toán trực tuyến với số tiền 29.870 tỷ đồng. Tính đến ngày 30/9/2025, tổng số tài khoản đăng ký trên Cổng đạt 19,6 triệu.

Việc kết nối, chia sẻ dữ liệu dân cư giúp giảm trung bình 2–3 ngày giải quyết đối với mỗi hồ sơ đăng ký hộ tịch, cư trú.""",
        "2025-10-08",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-09-30", 21400000.0),
            ("national_portal_accounts_new", "national", "ytd", "2025-09-30", 3900000.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 21600000.0),
            ("online_payments_value_new", "national", "ytd", "2025-09-30", 29870.0),
            ("national_portal_accounts", "national", "as_of", "2025-09-30", 19600000.0),
        ],
    ),
    # 26. Quarter I/2025 payments on the portal. Traps: land-levy sub-value after "trong đó",
    # costs saved, banks' count.
    (
        """Trong quý I/2025, Cổng Dịch vụ công quốc gia ghi nhận 4,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền 7.215 tỷ đồng, trong đó thanh toán nghĩa vụ tài chính về đất đai chiếm 3.100 tỷ đồng. Hiện có 46 ngân hàng và 11 trung gian thanh toán kết nối với Nền tảng thanh toán trực tuyến của Cổng. Theo ước tính của Văn phòng Chính phủ, thanh toán trực tuyến giúp tiết kiệm cho xã hội khoảng 900 tỷ đồng mỗi quý.""",
        "2025-04-10",
        [
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 4800000.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 7215.0),
        ],
    ),
    # 27. Thừa Thiên Huế, eight months of 2024 (ytd). Traps: the Hue-S app's accounts, one town's
    # rate, the year-end target.
    (
        """Thừa Thiên Huế: 8 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 88,2%

Huế, 11/9/2024 – Theo Sở Thông tin và Truyền thông, 8 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Thừa Thiên Huế đạt 88,2%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,7%. Thị xã Hương Thủy dẫn đầu khối cấp huyện với 94,5% hồ sơ trực tuyến.

Nền tảng Hue-S hiện có hơn 1,5 triệu tài khoản người dùng, trở thành kênh chính để người dân tra cứu hồ sơ, phản ánh hiện trường. Tỉnh phấn đấu cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.""",
        "2024-09-11",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2024-08-31", 88.2),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "ytd", "2024-08-31", 61.7),
        ],
    ),
    # 28. Whole article with byline on digitised records in Hải Phòng (merged with Hải Dương), month
    # of November 2025. Traps: digitisation rate (no id), pages scanned, one ward's figure, the target.
    (
        """CHUYỂN ĐỔI SỐ

Hải Phòng: Dữ liệu số hóa bắt đầu "sống"

Thanh Hương | 03/12/2025 06:00

Sau nhiều năm "số hóa cho có", dữ liệu hồ sơ thủ tục hành chính ở Hải Phòng đang thực sự được dùng lại. Người dân làm thủ tục lần thứ hai không còn phải nộp lại bản sao giấy khai sinh, giấy chứng nhận quyền sử dụng đất đã có trong kho dữ liệu.

Theo Sở Khoa học và Công nghệ, trong tháng 11/2025, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của thành phố đạt 95,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 46,8%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 98,3%. Từ đầu năm, các đơn vị đã số hóa khoảng 12 triệu trang tài liệu lưu trữ.

Tại phường Lê Chân, tỷ lệ tái sử dụng dữ liệu đã lên tới 72%. "Cán bộ một cửa chỉ cần nhập số định danh cá nhân, hệ thống tự điền thông tin," chị Nguyễn Thị Mai, công chức phường, cho biết.

Thành phố đặt mục tiêu đến giữa năm 2026, tỷ lệ tái sử dụng dữ liệu số hóa đạt trên 60%.

Tags: số hóa, dịch vụ công, Hải Phòng""",
        "2025-12-03",
        [
            ("data_reuse_rate", "Hải Phòng", "month", "2025-11-30", 46.8),
            ("e_result_rate", "Hải Phòng", "month", "2025-11-30", 98.3),
        ],
    ),
    # 29. Cần Thơ (merged with Sóc Trăng, Hậu Giang), report period 15/9–14/10/2025 (explicit window
    # wins). Traps: the former Sóc Trăng area's rate, one ward's rate.
    (
        """Theo báo cáo của Văn phòng UBND thành phố Cần Thơ, trong kỳ báo cáo tháng 10/2025 (từ ngày 15/9/2025 đến ngày 14/10/2025), tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố đạt 66,9%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,3%. Khu vực tỉnh Sóc Trăng cũ có tỷ lệ hồ sơ trực tuyến thấp nhất, khoảng 52%; phường Ninh Kiều đạt cao nhất với 91,2%.

UBND thành phố yêu cầu các xã, phường rà soát quy trình nội bộ, không để phát sinh hồ sơ trễ hạn trên hệ thống.""",
        "2025-10-20",
        [
            ("online_dossier_rate", "Cần Thơ", "month", "2025-10-14", 66.9),
            ("online_dossier_full_process_rate", "Cần Thơ", "month", "2025-10-14", 48.3),
        ],
    ),
    # 30. National Portal, window 15/4–14/5/2024: new accounts and dossiers (month, explicit window),
    # accounts level at 14/5. Trap: the daily average of new accounts (no id), the 8% change.
    (
        """Từ ngày 15/4/2024 đến ngày 14/5/2024, Cổng Dịch vụ công quốc gia có 386.000 tài khoản đăng ký mới, bình quân khoảng 12.450 tài khoản mỗi ngày; tiếp nhận 1,38 triệu hồ sơ trực tuyến, tăng 8% so với kỳ trước. Tính đến ngày 14/5/2024, tổng số tài khoản đăng ký trên Cổng đạt 12,9 triệu tài khoản.""",
        "2024-05-20",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-14", 386000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-14", 1380000.0),
            ("national_portal_accounts", "national", "as_of", "2024-05-14", 12900000.0),
        ],
    ),
    # 31. UN E-Government Survey 2022 (page of September 2022): 2022 rank, 2020 and 2018 ranks given
    # for comparison (kept, their own editions). Traps: score, regional position, Philippines' rank.
    (
        """Chỉ số Chính phủ điện tử của Việt Nam năm 2022 giữ nguyên thứ hạng

29/09/2022 10:12

Theo Báo cáo Khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc vừa được công bố, Việt Nam xếp thứ 86/193 quốc gia, vùng lãnh thổ về Chỉ số Phát triển Chính phủ điện tử (EGDI), giữ nguyên vị trí so với năm 2020 (thứ 86/193); trước đó, năm 2018 Việt Nam xếp thứ 88/193. Điểm EGDI của Việt Nam tăng từ 0,6667 lên 0,6787, song vẫn thấp hơn mức trung bình của khu vực châu Á.

Trong ASEAN, Việt Nam đứng thứ 6, sau Singapore, Malaysia, Thái Lan, Brunei và Indonesia; Philippines xếp thứ 89 thế giới.

Bộ Thông tin và Truyền thông cho biết sẽ tập trung cải thiện chỉ số dịch vụ trực tuyến (OSI) – chỉ số thành phần có trọng số lớn và là điểm yếu của Việt Nam – với mục tiêu vào top 50 vào năm 2025.""",
        "2022-09-29",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
        ],
    ),
    # 32. Year 2025 review at the Government's year-end conference (page of January 2026): dossier
    # rates, e-results, portal accounts at 31/12, NDXP in the year and agencies after the
    # reorganisation. Traps: the change in points, the 2026 targets, 34 provinces and 3.321 communes.
    (
        """CHÍNH PHỦ SỐ NĂM 2025: DỮ LIỆU TRỞ THÀNH NỀN TẢNG

Hà Nội, 12/01/2026 – Năm 2025 là năm bản lề của chuyển đổi số quốc gia với việc sắp xếp đơn vị hành chính còn 34 tỉnh, thành phố và 3.321 đơn vị hành chính cấp xã, vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025.

Theo báo cáo tổng kết của Văn phòng Chính phủ, năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 67,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,6%, tăng 18,8 điểm phần trăm so với năm 2024; tỷ lệ hồ sơ có kết quả điện tử đạt 93,1%.

Tính đến ngày 31/12/2025, Cổng Dịch vụ công quốc gia có 21,3 triệu tài khoản đăng ký. Trong năm, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) thực hiện 1,42 tỷ giao dịch; đến cuối năm, sau sắp xếp, số bộ, ngành, địa phương kết nối với NDXP là 89 đơn vị.

Năm 2026, Chính phủ đặt mục tiêu 90% hồ sơ được xử lý trực tuyến toàn trình và 100% thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến.""",
        "2026-01-12",
        [
            ("online_dossier_rate", "national", "year", "2025-12-31", 67.2),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 58.6),
            ("e_result_rate", "national", "year", "2025-12-31", 93.1),
            ("national_portal_accounts", "national", "as_of", "2025-12-31", 21300000.0),
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1420000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-12-31", 89.0),
        ],
    ),
    # 33. First half of 2025: one ministry's own figures (not labelled) against the ministries'
    # average (kept). Traps: the Ministry of Public Security's rate and dossier count, the Ministry
    # of Finance's e-tax share.
    (
        """6 tháng đầu năm 2025, Bộ Công an tiếp tục là đơn vị dẫn đầu khối bộ, ngành về cung cấp dịch vụ công trực tuyến với 18,2 triệu hồ sơ được tiếp nhận, tỷ lệ hồ sơ trực tuyến toàn trình đạt 92%. Bộ Tài chính cho biết 99% doanh nghiệp đã kê khai thuế điện tử.

Tính chung khối bộ, ngành, tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đầu năm 2025 đạt 68,4%, cao hơn đáng kể so với khối địa phương (43,7%). Một số bộ có tỷ lệ dưới 20% do thủ tục chủ yếu phải thẩm định hồ sơ, kiểm tra thực tế.""",
        "2025-07-14",
        [
            ("online_dossier_full_process_rate", "ministries", "half", "2025-06-30", 68.4),
            ("online_dossier_full_process_rate", "localities", "half", "2025-06-30", 43.7),
        ],
    ),
    # 34. Hà Nội in quarter II/2024 (before the abolition of districts): city rate and full-process
    # services share at the quarter's end. Traps: district rates, count of full-process services.
    (
        """Hà Nội: Quý II/2024, tỷ lệ hồ sơ trực tuyến đạt 81,3%

Theo Sở Thông tin và Truyền thông Hà Nội, trong quý II/2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn thành phố đạt 81,3%. Nhiều quận, huyện đạt kết quả cao như quận Cầu Giấy (97%), huyện Đông Anh (95%), quận Hoàn Kiếm (93,6%).

Đến hết quý II/2024, thành phố đã cung cấp 1.987 dịch vụ công trực tuyến toàn trình, chiếm 74,5% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết. Thành phố yêu cầu các sở, ngành tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu cuối năm đạt 80%.""",
        "2024-07-08",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-06-30", 81.3),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-06-30", 74.5),
        ],
    ),
    # 35. Phú Thọ (merged with Vĩnh Phúc and Hòa Bình), index of service quality for quarter III/2025.
    # Traps: the index score and rank 9/34, the former Hòa Bình area.
    (
        """Phú Thọ xếp thứ 9/34 về Bộ chỉ số phục vụ người dân, doanh nghiệp quý III/2025

Theo kết quả đánh giá công khai trên Cổng Dịch vụ công quốc gia, quý III/2025, tỉnh Phú Thọ đạt 82,37/100 điểm, xếp thứ 9/34 tỉnh, thành phố. Trong quý, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 70,1%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 54,3%.

Ở nhóm chỉ tiêu công khai, minh bạch, tỉnh đạt điểm tối đa; tuy nhiên, tiến độ giải quyết hồ sơ ở các xã thuộc khu vực Hòa Bình cũ còn chậm, tỷ lệ hồ sơ trễ hạn khoảng 4%.""",
        "2025-10-22",
        [
            ("online_dossier_full_process_rate", "Phú Thọ", "quarter", "2025-09-30", 70.1),
            ("dvctt_with_dossiers_rate", "Phú Thọ", "quarter", "2025-09-30", 54.3),
        ],
    ),
    # 36. Ministry of Public Security year-end figures at an explicit date (15/12/2025). Traps: the
    # under-14 cards after "trong đó" (part of the same measure), VNeID daily users, record services.
    (
        """Tính đến ngày 15/12/2025, cơ quan công an các cấp đã cấp 92,3 triệu thẻ Căn cước công dân gắn chip và thẻ căn cước, trong đó 12,5 triệu thẻ cấp cho trẻ em dưới 14 tuổi theo Luật Căn cước năm 2023. Cùng thời điểm, cả nước đã kích hoạt 65,8 triệu tài khoản định danh điện tử; ứng dụng VNeID có khoảng 9 triệu người dùng hoạt động mỗi ngày. Dịch vụ cấp phiếu lý lịch tư pháp trên VNeID đã tiếp nhận hơn 1,7 triệu hồ sơ kể từ khi triển khai.""",
        "2025-12-19",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-12-15", 92300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-12-15", 65800000.0),
        ],
    ),
    # 37. A plan with targets only (Kế hoạch năm 2026): nothing to record. Traps: every figure is a
    # target or deadline; the 34 provinces and the 76 essential services are list sizes.
    (
        """KẾ HOẠCH
Chuyển đổi số trong giải quyết thủ tục hành chính năm 2026

I. MỤC TIÊU
1. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 90%; 100% kết quả giải quyết được cấp dưới dạng điện tử.
2. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 80%.
3. 100% dịch vụ công thiết yếu trong danh mục 76 dịch vụ được cung cấp toàn trình trên Cổng Dịch vụ công quốc gia.
4. 34/34 tỉnh, thành phố kết nối, chia sẻ dữ liệu với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia; phấn đấu NDXP đạt bình quân 5 triệu giao dịch/ngày.
5. Tỷ lệ người dân, doanh nghiệp hài lòng đạt trên 95%.

II. NHIỆM VỤ, GIẢI PHÁP
...""",
        "2026-02-03",
        [],
    ),
    # 38. Government Office notice with a footnote giving the ministries / localities split of April
    # 2025; NDXP agencies "đến nay" = meeting date. Traps: the 80% target, deadline, tasks count.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 228/TB-VPCP
Hà Nội, ngày 16 tháng 5 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp về đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình

Ngày 12 tháng 5 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp về đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, kết nối, chia sẻ dữ liệu. Thủ tướng kết luận:

1. Việc cung cấp dịch vụ công trực tuyến đã có chuyển biến nhưng chưa đạt yêu cầu. Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 4/2025 mới đạt 45,6%[3], thấp hơn nhiều so với chỉ tiêu 80%. Đến nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã kết nối với 121 bộ, ngành, địa phương.

2. Giao các bộ, ngành, địa phương thực hiện 7 nhóm nhiệm vụ, hoàn thành trước ngày 30/6/2025.

____________
[3] Bộ, ngành: 58,1%; địa phương: 41,9%.""",
        "2025-05-16",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 45.6),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-04-30", 58.1),
            ("online_dossier_full_process_rate", "localities", "month", "2025-04-30", 41.9),
            ("ndxp_connected_agencies", "national", "as_of", "2025-05-12", 121.0),
        ],
    ),
    # 39. Quarter II/2025 national rates with the same quarter of 2024 in parentheses (kept).
    # Traps: the change in points, the online-payment share.
    (
        """Quý II/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên toàn quốc đạt 51,4% (quý II/2024: 43,9%), tăng 7,5 điểm phần trăm; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,7%. Tỷ lệ hồ sơ thanh toán trực tuyến đạt 39,2%, vẫn là khâu yếu nhất trong quy trình trực tuyến, nhất là đối với các khoản nghĩa vụ tài chính có giá trị lớn.""",
        "2025-07-18",
        [
            ("online_dossier_rate", "national", "quarter", "2025-06-30", 51.4),
            ("online_dossier_rate", "national", "quarter", "2024-06-30", 43.9),
            ("e_result_rate", "national", "quarter", "2025-06-30", 88.7),
        ],
    ),
    # 40. Bắc Ninh (merged with Bắc Giang), November 2025: full-process dossiers and dossiers tied to
    # personal ID. Traps: the province's LGSP transactions (not NDXP), one industrial-zone figure.
    (
        """Bắc Ninh: 99,1% hồ sơ thủ tục hành chính gắn mã số định danh cá nhân

Trong tháng 11/2025, tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình của tỉnh Bắc Ninh đạt 73,4%; tỷ lệ hồ sơ gắn mã số định danh cá nhân đạt 99,1%. Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh ghi nhận 2,1 triệu giao dịch trong tháng, chủ yếu là truy vấn thông tin dân cư và đất đai.

Tại Ban Quản lý các khu công nghiệp, 100% hồ sơ cấp giấy phép lao động cho người nước ngoài đã được thực hiện toàn trình trực tuyến.""",
        "2025-12-05",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-11-30", 73.4),
            ("dossiers_with_personal_id_rate", "Bắc Ninh", "month", "2025-11-30", 99.1),
        ],
    ),
    # 41. Short portal news: NDXP levels "hiện nay" (= page date) and a daily average with no window
    # (day_avg at the page date). Trap: the 2019 launch year, the target of 5 million a day.
    (
        """Hiện nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 112 bộ, ngành, địa phương, thiết lập 2.456 điểm kết nối; trung bình mỗi ngày có khoảng 2,9 triệu giao dịch được thực hiện qua Nền tảng. Văn phòng Chính phủ phấn đấu đến năm 2025 NDXP đạt bình quân 5 triệu giao dịch mỗi ngày, đáp ứng yêu cầu kết nối giữa các cơ sở dữ liệu quốc gia và hệ thống thông tin giải quyết thủ tục hành chính.""",
        "2024-11-22",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-22", 112.0),
            ("ndxp_connection_points", "national", "as_of", "2024-11-22", 2456.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-22", 2900000.0),
        ],
    ),
    # 42. Nationwide commune level after the reorganisation (August 2025): the national rate is kept;
    # the commune-level aggregate and one commune's figures are not. Traps: 3.321 units, days
    # of handling saved.
    (
        """Cấp xã "gánh" phần lớn hồ sơ sau hai tháng vận hành chính quyền hai cấp

Theo Văn phòng Chính phủ, trong tháng 8/2025, 3.321 xã, phường, đặc khu trên cả nước đã tiếp nhận khoảng 7,2 triệu hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến ở cấp xã đạt 64%. Tính chung cả nước, tỷ lệ hồ sơ được xử lý trực tuyến trong tháng 8/2025 đạt 68,9%.

Nhiều xã đã chủ động "đi trước một bước": xã Tam Đảo (Phú Thọ) bố trí điểm hỗ trợ tại nhà văn hóa các thôn, đưa tỷ lệ hồ sơ trực tuyến lên 90%; thời gian giải quyết trung bình giảm 1,5 ngày so với trước sắp xếp.""",
        "2025-09-08",
        [
            ("online_dossier_rate", "national", "month", "2025-08-31", 68.9),
        ],
    ),
    # 43. A 2026 page ahead of the next UN survey: the 2024 edition's rank is kept (year of edition).
    # Traps: the top-50 target, Singapore's rank, the survey's expected release.
    (
        """Chuẩn bị cho kỳ khảo sát Chính phủ điện tử 2026 của Liên Hợp Quốc

02/03/2026

Theo kế hoạch, Liên Hợp Quốc sẽ công bố Báo cáo Khảo sát Chính phủ điện tử 2026 vào khoảng tháng 9/2026. Ở kỳ khảo sát năm 2024, Việt Nam xếp thứ 71/193 về Chỉ số Phát triển Chính phủ điện tử (EGDI), lần đầu vào nhóm "rất cao".

Bộ Khoa học và Công nghệ đã đề nghị các bộ, ngành, địa phương cập nhật đầy đủ thông tin trên cổng thông tin điện tử, bảo đảm dịch vụ công trực tuyến hoạt động ổn định trong giai đoạn khảo sát, phấn đấu đưa Việt Nam vào nhóm 50 quốc gia dẫn đầu. Singapore hiện đứng thứ 3 thế giới và dẫn đầu ASEAN.""",
        "2026-03-02",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 44. Nghệ An's half-year 2024 results as a bullet list: provision rates at 30/6 and the half's
    # online dossier rate. Traps: the count of full-process services, the 2024 target line.
    (
        """NGHỆ AN – MỘT SỐ KẾT QUẢ NỔI BẬT 6 THÁNG ĐẦU NĂM 2024 VỀ CHÍNH QUYỀN SỐ

• Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình (đến 30/6/2024): 100%.
• Số dịch vụ công trực tuyến toàn trình: 1.245 dịch vụ; chiếm 51,3% tổng số thủ tục hành chính của tỉnh.
• Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm: 47,9%.
• Tỷ lệ hồ sơ cấp kết quả điện tử 6 tháng đầu năm: 84,6%.
• Chỉ tiêu năm 2024 về hồ sơ trực tuyến (Nghị quyết của Tỉnh ủy): 50%.""",
        "2024-07-15",
        [
            ("full_process_provision_rate", "Nghệ An", "as_of", "2024-06-30", 100.0),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2024-06-30", 51.3),
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 47.9),
            ("e_result_rate", "Nghệ An", "half", "2024-06-30", 84.6),
        ],
    ),
]
