"""Genre probes, round 132: broad national monthly press mix 2022–2026 (public services, the national portal, cybersecurity, NDXP, the digital economy, infrastructure, digital society), written blind and held out.

Held out to the end of stop 47 and not fitted: read once with the stop's start code 6a3524e (128 of 128 right, 128 of 131 found (1.00 / 0.98)) and once with its final extraction code 5bc9c80 (128 of 128, 128 of 131).
"""

CASES = [
    # 1. Press summary of the National Portal for February 2024: four monthly flows and a dated stock.
    # Traps: month-on-month and year-on-year changes, a 2024 target (50%, 15 triệu).
    (
        """Cổng Dịch vụ công quốc gia vận hành ổn định trong tháng Tết

(PLO) - Theo số liệu Văn phòng Chính phủ vừa công bố, trong tháng 2/2024, Cổng Dịch vụ công quốc gia có thêm 312.540 tài khoản đăng ký mới, tiếp nhận 1,35 triệu hồ sơ trực tuyến và thực hiện 1,02 triệu giao dịch thanh toán trực tuyến với tổng số tiền 742 tỷ đồng.

Do trùng với kỳ nghỉ Tết Nguyên đán Giáp Thìn kéo dài 7 ngày, số hồ sơ trực tuyến tiếp nhận qua Cổng giảm 21,6% so với tháng trước. Tuy vậy, số tài khoản đăng ký mới vẫn tăng 4,3% so với cùng kỳ năm 2023.

Tính đến ngày 29/02/2024, tổng số tài khoản đăng ký trên Cổng đạt 11,2 triệu tài khoản. Các dịch vụ được người dân sử dụng nhiều nhất vẫn là cấp phiếu lý lịch tư pháp, đăng ký khai sinh, cấp đổi giấy phép lái xe và nộp thuế điện tử.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu trong năm 2024 đưa tỷ lệ hồ sơ trực tuyến toàn trình lên tối thiểu 50% và nâng tổng số tài khoản trên Cổng lên 15 triệu.

Thanh Hà""",
        "2024-03-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-02-29", 312540.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 1350000.0),
            ("online_payments_count_new", "national", "month", "2024-02-29", 1020000.0),
            ("online_payments_value_new", "national", "month", "2024-02-29", 742.0),
            ("national_portal_accounts", "national", "as_of", "2024-02-29", 11200000.0),
        ],
    ),
    # 2. NCSC monthly cyber bulletin, March 2023, with last month's figure in parentheses (kept).
    # Traps: sub-counts after "Trong đó" (phishing, deface, malware), percentage changes.
    (
        """NCSC ghi nhận 1.021 cuộc tấn công mạng trong tháng 3/2023

Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin, Bộ Thông tin và Truyền thông cho biết, trong tháng 3/2023, hệ thống kỹ thuật của Trung tâm đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.021 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,4% so với tháng 02/2023 (1.251 cuộc).

Trong đó có 543 cuộc tấn công lừa đảo (Phishing), 401 cuộc tấn công thay đổi giao diện (Deface) và 77 cuộc tấn công cài mã độc (Malware) vào hệ thống.

Cũng theo NCSC, tính đến cuối tháng 3/2023, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 620.150 địa chỉ, giảm 5,2% so với tháng trước.

Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức, doanh nghiệp thường xuyên rà quét, bóc gỡ mã độc, kiểm tra và khắc phục lỗ hổng trên hệ thống của mình; người dùng cảnh giác trước các đường link lạ, các cuộc gọi mạo danh cơ quan chức năng.""",
        "2023-04-04",
        [
            ("cyberattacks", "national", "month", "2023-03-31", 1021.0),
            ("cyberattacks", "national", "month", "2023-02-28", 1251.0),
            ("botnet_ips", "national", "as_of", "2023-03-31", 620150.0),
        ],
    ),
    # 3. NDXP monthly figures for May 2024: period count, daily average, cumulative, and "Hiện" stocks
    # dated by the page (a week after the month). No trap.
    (
        """Nền tảng NDXP tiếp tục tăng trưởng giao dịch

Theo Cục Chuyển đổi số quốc gia (Bộ TT&TT), trong tháng 5/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,6 triệu giao dịch, trung bình mỗi ngày có 3,18 triệu giao dịch được thực hiện qua nền tảng.

Lũy kế từ năm 2019 đến hết tháng 5/2024, tổng số giao dịch qua NDXP đạt 3,42 tỷ giao dịch.

Hiện NDXP đã thiết lập 125 điểm kết nối, phục vụ kết nối, chia sẻ dữ liệu giữa 105 bộ, ngành, địa phương với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành và các hệ thống thông tin của doanh nghiệp như ngân hàng, viễn thông, điện lực. Các dịch vụ được khai thác nhiều nhất là tra cứu thông tin công dân, tra cứu thông tin đăng ký doanh nghiệp và xác thực thông tin bảo hiểm xã hội.""",
        "2024-06-07",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 98600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 3180000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 3420000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-06-07", 125.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-07", 105.0),
        ],
    ),
    # 4. Đà Nẵng's own monthly dossier rates (July 2023); the full-process share after "trong đó" is another indicator.
    # Traps: district and ward figures (Hải Châu, Thanh Khê, Hòa Khánh Bắc), an end-of-year target.
    (
        """Đà Nẵng: tỷ lệ hồ sơ trực tuyến tháng 7 đạt 78,5%

Sở Thông tin và Truyền thông thành phố Đà Nẵng cho biết, trong tháng 7/2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn thành phố đạt 78,5%; trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%. Tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 96,2%.

Một số đơn vị có tỷ lệ hồ sơ trực tuyến cao như quận Hải Châu (91,4%), quận Thanh Khê (88,7%). Tuy nhiên, vẫn còn một số phường có tỷ lệ thấp, như phường Hòa Khánh Bắc chỉ đạt 43%.

Để nâng cao chất lượng, Sở đề nghị các đơn vị tăng cường hướng dẫn người dân tại bộ phận một cửa, bố trí máy tính, nhân viên hỗ trợ nộp hồ sơ. Thành phố phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.""",
        "2023-08-09",
        [
            ("online_dossier_rate", "Đà Nẵng", "month", "2023-07-31", 78.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2023-07-31", 52.3),
            ("e_result_rate", "Đà Nẵng", "month", "2023-07-31", 96.2),
        ],
    ),
    # 5. Digital economy 2023 share and growth, with 2022's share given for comparison (kept).
    # Traps: Google-Temasek-Bain vendor growth figure, ICT revenue in USD, 2025/2030 targets, "gấp ba lần".
    (
        """Kinh tế số chiếm 16,5% GDP năm 2023

Năm 2023, quy mô kinh tế số của Việt Nam ước chiếm khoảng 16,5% GDP, cao hơn mức 14,26% của năm 2022. Tốc độ tăng trưởng kinh tế số năm 2023 đạt khoảng 20%, gấp ba lần tốc độ tăng trưởng GDP, theo đánh giá của Bộ Thông tin và Truyền thông tại hội nghị tổng kết năm.

Doanh thu công nghiệp ICT năm 2023 ước đạt 142 tỷ USD; kim ngạch xuất khẩu phần cứng, điện tử đạt 128 tỷ USD.

Trong khi đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company cho rằng nền kinh tế Internet của Việt Nam đạt 30 tỷ USD tổng giá trị hàng hóa, tăng 19% so với năm trước, thuộc nhóm tăng nhanh nhất Đông Nam Á.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP và đến năm 2030 là 30% GDP.""",
        "2024-01-16",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 6. UN EGDI 2024 article, whole page with furniture; 2022's rank given in parentheses (kept).
    # Traps: "tăng 15 bậc", ASEAN position, Singapore and Thailand ranks, EGDI score, 2025 target.
    (
        """Trang chủ » Chuyển đổi số » Chính phủ số

Thứ Năm, 19/09/2024 - 10:42

Việt Nam tăng 15 bậc về Chính phủ điện tử

VietNamNet - Ngày 17/9/2024, Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193). Lần đầu tiên, Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI rất cao.

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore (hạng 3), Malaysia, Thái Lan (hạng 52) và Brunei. Đáng chú ý, chỉ số thành phần về hạ tầng viễn thông của Việt Nam tăng mạnh, trong khi chỉ số nguồn nhân lực tăng nhẹ.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.

Minh Thuận

Bình luận (0) | Chia sẻ
Tin cùng chuyên mục:
- Ra mắt nền tảng hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa
- Công bố Chỉ số chuyển đổi số cấp tỉnh năm 2023""",
        "2024-09-19",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 7. 5G infrastructure mid-2025 (Bộ KH&CN era): stations and population coverage at end of May.
    # Traps: operators' station counts (Viettel, VNPT), upload speed, "gấp 3 lần", end-2025 target.
    (
        """Hạ tầng 5G mở rộng nhanh sau 8 tháng thương mại hóa

Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 5/2025, cả nước có hơn 9.500 trạm phát sóng 5G, phủ sóng tới 26% dân số, chủ yếu tại các đô thị lớn, khu công nghiệp, cảng biển và sân bay. Số trạm 5G hiện gấp 3 lần thời điểm đầu năm.

Riêng Viettel đã lắp đặt hơn 6.500 trạm, VNPT khoảng 2.300 trạm; MobiFone đang đẩy nhanh triển khai sau khi trúng đấu giá băng tần. Kết quả đo kiểm cho thấy tốc độ tải lên trung bình trên mạng 5G của Viettel đạt khoảng 110 Mbps.

Bộ Khoa học và Công nghệ yêu cầu các doanh nghiệp viễn thông đẩy nhanh tiến độ, phấn đấu đến cuối năm 2025 vùng phủ 5G đạt 90% dân số.""",
        "2025-06-18",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 9500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.0),
        ],
    ),
    # 8. Villages without mobile broadband ("hiện" = page date), a province's own count, national coverage rate.
    # Traps: sub-count "trong đó 702 thôn đã có điện lưới", a district's count, villages newly covered this year, target.
    (
        """Còn 1.185 thôn, bản chưa có sóng di động băng rộng

Theo Bộ Thông tin và Truyền thông, hiện cả nước còn 1.185 thôn, bản chưa được phủ sóng di động băng rộng (thôn lõm sóng), trong đó 702 thôn đã có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đạt 98,7%.

Các thôn lõm sóng tập trung chủ yếu ở khu vực miền núi phía Bắc và Tây Nguyên. Riêng tỉnh Hà Giang còn 241 thôn, bản chưa có sóng; tại huyện Mèo Vạc vẫn còn 37 thôn người dân phải leo lên đồi cao mới gọi được điện thoại.

Từ đầu năm đến nay, các doanh nghiệp viễn thông đã phủ sóng thêm 382 thôn. Bộ TT&TT đặt mục tiêu xóa toàn bộ thôn lõm sóng có điện lưới trong năm 2025.""",
        "2024-10-08",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-08", 1185.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-10-08", 241.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-10-08", 98.7),
        ],
    ),
    # 9. Ministry's monthly report excerpt (Oct 2023): ministries/localities splits for full-process provision and online dossiers.
    # Traps: "tăng 3,1 điểm phần trăm", one ministry's rate (Bộ Tài chính), counts of documents and meetings.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ THÁNG 10/2023 (trích)

1. Về cung cấp dịch vụ công trực tuyến
Tính đến ngày 31/10/2023, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của các bộ, ngành đạt 50,3%, của các địa phương đạt 44,6%.

Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 10/2023 của các bộ, ngành đạt 42,7%, tăng 3,1 điểm phần trăm so với tháng 9; của các địa phương đạt 21,9%. Bộ Tài chính tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến 87,2%.

2. Về công tác chỉ đạo, điều hành
Trong tháng, Bộ đã ban hành 04 văn bản hướng dẫn, đôn đốc các bộ, ngành, địa phương; tổ chức 02 cuộc họp kiểm tra tiến độ triển khai các nền tảng số quốc gia.""",
        "2023-11-06",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-10-31", 50.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-10-31", 44.6),
            ("online_dossier_rate", "ministries", "month", "2023-10-31", 42.7),
            ("online_dossier_rate", "localities", "month", "2023-10-31", 21.9),
        ],
    ),
    # 10. Conference report on security-level approval and EMC connection ("đến nay", "hiện" = the day of the page and the conference).
    # Traps: change in percentage points, remainder count of systems, 2024 target.
    (
        """Đẩy mạnh bảo đảm an toàn hệ thống thông tin theo cấp độ

Tại hội nghị trực tuyến toàn quốc diễn ra sáng nay (27/3), đại diện Cục An toàn thông tin cho biết, đến nay tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ đạt 88,6%, tăng 21,3 điểm phần trăm so với cuối năm 2022.

Về kết nối với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC), hiện tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với EMC đạt 71,4%; vẫn còn 15 hệ thống chưa kết nối hoặc kết nối chưa đầy đủ.

Bộ TT&TT đề nghị các cơ quan khẩn trương hoàn thiện, phấn đấu trong năm 2024 có 100% hệ thống thông tin được phê duyệt cấp độ.""",
        "2024-03-27",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-03-27", 88.6),
            ("emc_connection_rate", "national", "as_of", "2024-03-27", 71.4),
        ],
    ),
    # 11. Đề án 06 half-year review 2024: reuse, personal-ID and satisfaction rates over the half.
    # No trap.
    (
        """Sơ kết 6 tháng triển khai Đề án 06: nhiều chỉ tiêu chuyển biến rõ nét

Theo báo cáo của Tổ công tác triển khai Đề án 06 của Chính phủ, 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính có tái sử dụng thông tin, dữ liệu đã được số hóa đạt 24,6%; tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 92,3%.

Cũng trong 6 tháng đầu năm, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 85,2%. Nhiều địa phương đã chủ động làm sạch dữ liệu hộ tịch, đất đai để kết nối với Cơ sở dữ liệu quốc gia về dân cư, giảm giấy tờ phải nộp cho người dân.""",
        "2024-07-08",
        [
            ("data_reuse_rate", "national", "half", "2024-06-30", 24.6),
            ("dossiers_with_personal_id_rate", "national", "half", "2024-06-30", 92.3),
            ("satisfaction_rate", "national", "half", "2024-06-30", 85.2),
        ],
    ),
    # 12. Mobile Money pilot at end of March 2023, plus adults' account ownership at end of 2022.
    # Traps: rural sub-count after "trong đó", operators' customers (Viettel Money, VNPT Money), transaction value, 2025 target.
    (
        """Mobile Money mở rộng tới vùng sâu, vùng xa sau hơn một năm thí điểm

Theo Ngân hàng Nhà nước, tính đến hết tháng 3/2023, số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt gần 5,5 triệu, trong đó hơn 3,8 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Viettel Money chiếm phần lớn với khoảng 4,1 triệu khách hàng, VNPT Money khoảng 1 triệu khách hàng. Tổng giá trị giao dịch qua Mobile Money từ khi thí điểm ước đạt 2.650 tỷ đồng.

Cũng theo Ngân hàng Nhà nước, đến cuối năm 2022, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 74,6%. Mục tiêu đến năm 2025, tỷ lệ này đạt ít nhất 80%.""",
        "2023-05-22",
        [
            ("mobile_money_customers", "national", "as_of", "2023-03-31", 5500000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 74.6),
        ],
    ),
    # 13. E-invoices received since July 2022 up to a stated day.
    # No trap.
    (
        """Hóa đơn điện tử: nguồn dữ liệu quan trọng của ngành thuế

Tổng cục Thuế cho biết, từ ngày 01/7/2022 đến ngày 20/02/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 6,3 tỷ hóa đơn điện tử, bao gồm cả hóa đơn có mã và không có mã của cơ quan thuế. Hóa đơn điện tử hiện đã được áp dụng rộng rãi tại doanh nghiệp, tổ chức và hộ kinh doanh trên cả nước.

Việc triển khai hóa đơn điện tử giúp doanh nghiệp tiết kiệm chi phí in ấn, lưu trữ, đồng thời là nguồn dữ liệu quan trọng để cơ quan thuế phân tích rủi ro, phát hiện các hành vi mua bán hóa đơn bất hợp pháp.""",
        "2024-02-26",
        [("e_invoices_total", "national", "as_of", "2024-02-20", 6300000000.0)],
    ),
    # 14. Chip ID cards and activated VNeID accounts at a stated date.
    # No trap.
    (
        """Đẩy nhanh cấp căn cước gắn chip và tài khoản định danh điện tử

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an), tính đến ngày 25/12/2023, cả nước đã cấp 84,6 triệu thẻ căn cước công dân gắn chip điện tử. Cùng thời điểm, lực lượng Công an đã kích hoạt 41,3 triệu tài khoản định danh điện tử cho công dân.

Bộ Công an đề nghị các địa phương tiếp tục tuyên truyền, hướng dẫn người dân sử dụng ứng dụng VNeID để thực hiện dịch vụ công trực tuyến, thay thế giấy tờ khi đi máy bay, khám chữa bệnh.""",
        "2023-12-28",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-25", 84600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-25", 41300000.0),
        ],
    ),
    # 15. Whole article: National Portal 2023 year review; year flows go on the _new twins, end-2023 stocks as_of.
    # No trap (page furniture only).
    (
        """Trang chủ > Thời sự > Chính sách mới
Thứ Tư, 10/01/2024 08:15 (GMT+7)

Năm 2023, Cổng Dịch vụ công quốc gia tiếp nhận 16,8 triệu hồ sơ trực tuyến

(Chinhphu.vn) - Năm 2023, Cổng Dịch vụ công quốc gia tiếp tục khẳng định vai trò là kênh tương tác chủ yếu giữa người dân, doanh nghiệp với cơ quan nhà nước trong giải quyết thủ tục hành chính.

Theo Văn phòng Chính phủ, trong năm 2023, Cổng Dịch vụ công quốc gia tiếp nhận 16,8 triệu hồ sơ trực tuyến; thực hiện 9,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 5.360 tỷ đồng. Số tài khoản đăng ký mới trong năm đạt 2,9 triệu.

Tính đến hết ngày 31/12/2023, Cổng có hơn 10,3 triệu tài khoản đăng ký; tổng số tiền thanh toán trực tuyến lũy kế từ khi Cổng khai trương (tháng 12/2019) đạt 8.760 tỷ đồng.

Năm 2024, Văn phòng Chính phủ sẽ tập trung nâng cấp Cổng theo hướng cá nhân hóa, đồng bộ đăng nhập bằng tài khoản VNeID, giảm tối đa thông tin người dân phải khai báo.

Bích Ngọc

Chia sẻ | In bài | Gửi bài
Tin liên quan:
- Đẩy mạnh thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia
- Hướng dẫn đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID""",
        "2024-01-10",
        [
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 16800000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 9500000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 5360.0),
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 2900000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10300000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 8760.0),
        ],
    ),
    # 16. Smartphone share and count of subscriptions, FTTH households at end of Q1 2024.
    # Traps: a survey's share of adults owning a smartphone (people, not subscriptions), programme target.
    (
        """Điện thoại thông minh ngày càng phổ biến

Số liệu của Cục Viễn thông cho thấy, đến hết quý I/2024, tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 86,2%, tương đương khoảng 107,8 triệu thuê bao smartphone. Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 79,5%.

Một khảo sát của Decision Lab công bố cùng thời điểm cho thấy 84% người trưởng thành tại Việt Nam sở hữu điện thoại thông minh.

Chương trình "Mỗi người dân một điện thoại thông minh" tiếp tục được các doanh nghiệp viễn thông triển khai với các gói máy giá rẻ dưới 1 triệu đồng, hướng tới mục tiêu phổ cập smartphone cho 100% người dân trong độ tuổi lao động.""",
        "2024-04-18",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-03-31", 86.2),
            ("smartphone_subscriptions", "national", "as_of", "2024-03-31", 107800000.0),
            ("ftth_household_rate", "national", "as_of", "2024-03-31", 79.5),
        ],
    ),
    # 17. Broadband subscriptions and per-100 densities at end of 2022.
    # No trap.
    (
        """Thuê bao băng rộng tiếp tục tăng trưởng trong năm 2022

Tính đến hết năm 2022, số thuê bao băng rộng cố định trên cả nước đạt 21,1 triệu, tương đương 21,2 thuê bao/100 dân; số thuê bao băng rộng di động đạt 77,6 triệu, tương đương 78 thuê bao/100 dân.

Hạ tầng băng rộng được mở rộng tới vùng sâu, vùng xa, tạo nền tảng cho triển khai các dịch vụ số tại khu vực nông thôn.""",
        "2023-02-09",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.2),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 77600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 78.0),
        ],
    ),
    # 18. Internet users: the ministry's administrative estimate at end of 2023.
    # Traps: DataReportal/We Are Social vendor share, other countries (Thailand, Singapore).
    (
        """Gần 8/10 người Việt sử dụng Internet

Theo Bộ Thông tin và Truyền thông, tính đến cuối năm 2023, tỷ lệ dân số sử dụng Internet của Việt Nam đạt 78,6%.

Trong khi đó, báo cáo Digital 2024 do We Are Social và Meltwater công bố đầu năm nay cho biết Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số. Cùng báo cáo, tỷ lệ này ở Thái Lan là 88%, còn Singapore lên tới 96%.

Người Việt dành trung bình gần 6 giờ 18 phút mỗi ngày để truy cập Internet, chủ yếu qua điện thoại di động.""",
        "2024-02-25",
        [("internet_users_rate", "national", "as_of", "2023-12-31", 78.6)],
    ),
    # 19. Download speeds of October 2024 from the ministry's i-Speed measurements.
    # Traps: upload speeds, a world speed rank, year-on-year change.
    (
        """Tốc độ Internet cố định tháng 10 đạt 154,5 Mbps

Theo số liệu đo kiểm từ hệ thống i-Speed của Cục Viễn thông, trong tháng 10/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 154,5 Mbps, của mạng băng rộng di động đạt 61,3 Mbps. Tốc độ tải lên lần lượt đạt 151,2 Mbps và 22,8 Mbps.

Với kết quả này, Việt Nam xếp hạng 41 thế giới về tốc độ băng rộng cố định. So với cùng kỳ năm 2023, tốc độ tải xuống băng rộng di động tăng 18%, nhờ các nhà mạng mở rộng băng tần và bắt đầu thương mại hóa 5G.""",
        "2024-11-14",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 154.5),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 61.3),
        ],
    ),
    # 20. VPCP year-end 2024: full-process over eligible vs over all procedures, and the 2024 dossier full-process share.
    # No trap.
    (
        """Dịch vụ công trực tuyến toàn trình: chuyển biến rõ trong năm 2024

Theo Văn phòng Chính phủ, tính đến ngày 31/12/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 93,5%. Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 53,4%.

Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đạt 43,6%. Văn phòng Chính phủ đánh giá đây là bước chuyển rõ nét từ "cung cấp" sang "sử dụng" dịch vụ công trực tuyến.""",
        "2025-01-15",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-12-31", 93.5),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 53.4),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 43.6),
        ],
    ),
    # 21. Đề án 06 essential services offered full-process ("đến nay" = page date).
    # Traps: remainder "9 dịch vụ còn lại", a province's own list (Hà Nội 22/25).
    (
        """Đã cung cấp 44/53 dịch vụ công thiết yếu trực tuyến toàn trình

Theo Bộ Công an, đến nay đã có 44/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 9 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện quy trình.

Đối với danh mục 25 dịch vụ công thiết yếu do địa phương thực hiện, Hà Nội đã hoàn thành 22/25 dịch vụ, là một trong những địa phương dẫn đầu cả nước. Các dịch vụ được sử dụng nhiều nhất là đăng ký khai sinh, đăng ký thường trú và cấp phiếu lý lịch tư pháp.""",
        "2024-05-20",
        [("essential_services_full_process", "national", "as_of", "2024-05-20", 44.0)],
    ),
    # 22. Fee reductions by provinces and procedures simplified ("đến nay" = page date).
    # Traps: remainders (11 provinces not yet, 386 procedures not yet), the count of 19 thematic resolutions.
    (
        """Đến nay, 52/63 địa phương đã có nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến; 11 địa phương chưa ban hành.

Về cải cách thủ tục hành chính, các bộ, cơ quan đã thực thi phương án cắt giảm, đơn giản hóa 698/1.084 thủ tục hành chính, quy định kinh doanh theo 19 nghị quyết chuyên đề của Chính phủ; còn 386 thủ tục chưa được cắt giảm, đơn giản hóa do vướng quy định tại luật.

Văn phòng Chính phủ đề nghị các bộ, ngành sớm trình sửa đổi văn bản quy phạm pháp luật để thực thi các phương án đã được phê duyệt.""",
        "2023-09-12",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-09-12", 52.0),
            ("procedures_simplified", "national", "as_of", "2023-09-12", 698.0),
        ],
    ),
    # 23. Cyber year review 2022: year count and botnet stock at December 2022.
    # No trap.
    (
        """Năm 2022, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, chủ yếu là tấn công lừa đảo, thay đổi giao diện và cài mã độc.

Tính đến tháng 12/2022, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 585.224. Đây là năm thứ ba liên tiếp số địa chỉ IP botnet của Việt Nam giảm.""",
        "2023-01-06",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 585224.0),
        ],
    ),
    # 24. Whole article (2025, Bộ Công an era): Q1 2025 cyberattacks and the March figure.
    # Traps: Kaspersky vendor figure, change vs same quarter of 2024.
    (
        """An ninh mạng | 10/04/2025 14:20

Quý I/2025: ghi nhận 1.886 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

(ANTĐ) - Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05, Bộ Công an), trong quý I/2025, hệ thống giám sát đã ghi nhận 1.886 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,8% so với cùng kỳ năm 2024; riêng tháng 3/2025 là 612 cuộc.

Các hình thức tấn công phổ biến vẫn là lừa đảo, thay đổi giao diện và cài mã độc tống tiền nhằm vào các cơ quan, doanh nghiệp có hệ thống bảo mật yếu.

Trong khi đó, báo cáo của hãng bảo mật Kaspersky cho biết, quý I/2025 hãng đã phát hiện và ngăn chặn hơn 11,2 triệu mối đe dọa trực tuyến nhắm vào người dùng tại Việt Nam.

Hoàng Anh

Chia sẻ bài viết:  Facebook | Zalo""",
        "2025-04-10",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1886.0),
            ("cyberattacks", "national", "month", "2025-03-31", 612.0),
        ],
    ),
    # 25. Thừa Thiên Huế half-year 2023 dossier rates; "Hiện nay" share of online procedures dated by the page (12 days later).
    # Traps: a city-level (district) figure (thành phố Huế), count of online services (no id), the year's target.
    (
        """Thừa Thiên Huế: 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 73,6%

Theo Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế, 6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến trên địa bàn tỉnh đạt 73,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%. Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 88,9%.

Hiện nay, tỉnh cung cấp 1.356 dịch vụ công trực tuyến, tỷ lệ thủ tục hành chính được cung cấp trực tuyến đạt 96,8%. Đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất là thành phố Huế với 95,3%.

Tỉnh phấn đấu cả năm 2023 tỷ lệ hồ sơ trực tuyến đạt trên 80%.""",
        "2023-07-12",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "half", "2023-06-30", 73.6),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "half", "2023-06-30", 41.2),
            ("e_result_rate", "Thừa Thiên Huế", "half", "2023-06-30", 88.9),
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2023-07-12", 96.8),
        ],
    ),
    # 26. Digital economy 2024: national share and two provinces' GRDP shares (province breakdowns).
    # No trap.
    (
        """Năm 2024, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 18,3%, theo số liệu Cục Thống kê (Bộ Tài chính) công bố lần đầu theo phương pháp mới. Ở cấp địa phương, Bắc Ninh dẫn đầu cả nước với tỷ trọng kinh tế số trong GRDP đạt 40,51%, tiếp theo là Hải Phòng với 25,12%.

Các địa phương có tỷ trọng cao đều là nơi tập trung các dự án sản xuất thiết bị điện tử, linh kiện của doanh nghiệp FDI.""",
        "2025-03-03",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 40.51),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 25.12),
        ],
    ),
    # 27. Whole article, year-end 2025 review by Bộ KH&CN (page of 2026): 5G stations and coverage, digital economy share, December speed.
    # Traps: targets for 2026, an operator's share, a speed rank ("top 20").
    (
        """Khoa học - Công nghệ | Thứ Sáu, 09/01/2026

Hạ tầng số tạo đà cho năm 2026

(Báo Tin tức) - Ngày 8/1, Bộ Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.

Theo báo cáo, tính đến hết năm 2025, cả nước có hơn 23.000 trạm phát sóng 5G, vùng phủ 5G đạt 89,5% dân số; Viettel chiếm khoảng 70% số trạm. Tốc độ tải xuống trung bình của mạng di động trong tháng 12/2025 đạt 155 Mbps, đưa Việt Nam vào top 20 thế giới.

Năm 2025, kinh tế số ước đạt 19,5% GDP. Sau sắp xếp đơn vị hành chính, 34 tỉnh, thành phố đều đã kết nối hệ thống giải quyết thủ tục hành chính với Cổng Dịch vụ công quốc gia.

Năm 2026, Bộ đặt mục tiêu kinh tế số chiếm 22% GDP, phủ sóng 5G tới 99% dân số.

Phương Hoa""",
        "2026-01-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 23000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 89.5),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 155.0),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
        ],
    ),
    # 28. Committee notice: dated levels of online-service provision and usage, with a ministries/localities split in parentheses.
    # Traps: count of tasks assigned, deadline, target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 371/TB-VPCP
Hà Nội, ngày 22 tháng 8 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về tình hình cung cấp dịch vụ công trực tuyến

Theo báo cáo, tính đến ngày 15/8/2024, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 79,5%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 46,3% (bộ, ngành: 52,1%; địa phương: 44,8%).

Phó Thủ tướng giao 12 nhiệm vụ cụ thể cho các bộ, ngành, địa phương, yêu cầu trước ngày 30/9/2024 hoàn thành rà soát, cắt bỏ các dịch vụ công trực tuyến không phát sinh hồ sơ; phấn đấu đến hết năm 2024 tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt trên 60%.""",
        "2024-08-22",
        [
            ("dvctt_rate", "national", "as_of", "2024-08-15", 79.5),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-08-15", 46.3),
            ("dvctt_with_dossiers_rate", "ministries", "as_of", "2024-08-15", 52.1),
            ("dvctt_with_dossiers_rate", "localities", "as_of", "2024-08-15", 44.8),
        ],
    ),
    # 29. Adult population using online public services ("Hiện nay" = page date).
    # No trap.
    (
        """Hiện nay, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến của Việt Nam đạt 42,5%, theo thống kê của Bộ Thông tin và Truyền thông.

Để nâng cao tỷ lệ này, Bộ TT&TT đang phối hợp với Đoàn Thanh niên triển khai các tổ công nghệ số cộng đồng tới từng thôn, tổ dân phố, hướng dẫn người dân cài đặt, sử dụng dịch vụ công trực tuyến. Các tổ này cũng hỗ trợ người cao tuổi, người dân vùng sâu, vùng xa tạo tài khoản, thanh toán trực tuyến và tra cứu kết quả giải quyết hồ sơ ngay trên điện thoại.""",
        "2023-12-20",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2023-12-20", 42.5)],
    ),
    # 30. National monthly dossier rates for January 2025 and dossiers received through the Portal.
    # No trap.
    (
        """Tháng 1/2025: tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 38,6%

Theo Văn phòng Chính phủ, trong tháng 1/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên cả nước đạt 51,2%; tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình đạt 38,6%. Cổng Dịch vụ công quốc gia tiếp nhận 2,17 triệu hồ sơ trực tuyến trong tháng.

Văn phòng Chính phủ đề nghị các địa phương tiếp tục bố trí nhân lực hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.""",
        "2025-02-11",
        [
            ("online_dossier_rate", "national", "month", "2025-01-31", 51.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-01-31", 38.6),
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 2170000.0),
        ],
    ),
    # 31. NDXP with an explicit reporting window (21/01-20/02/2023): period, daily average, cumulative at the window's end. No trap.
    (
        """Trong tháng 02/2023 (từ ngày 21/01/2023 đến ngày 20/02/2023), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) có 52,6 triệu giao dịch, trung bình hằng ngày có gần 1,7 triệu giao dịch được thực hiện. Tính đến ngày 20/02/2023, tổng số giao dịch qua NDXP từ khi khai trương đạt 1,74 tỷ giao dịch.

NDXP tiếp tục đóng vai trò trục kết nối trung tâm, bảo đảm thông suốt việc chia sẻ dữ liệu giữa các cơ sở dữ liệu quốc gia với hệ thống giải quyết thủ tục hành chính của các bộ, ngành, địa phương.""",
        "2023-03-20",
        [
            ("ndxp_transactions_period", "national", "month", "2023-02-20", 52600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-02-20", 1700000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-02-20", 1740000000.0),
        ],
    ),
    # 32. Quảng Ninh's nine-month 2024 rates (ytd) and a quarter figure.
    # Traps: Hạ Long city's figure (district level), PAR Index rank, the year's target.
    (
        """Quảng Ninh dẫn đầu cả nước về giải quyết thủ tục hành chính trực tuyến

9 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trên địa bàn tỉnh Quảng Ninh đạt 95,1%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 82,4%, riêng quý III/2024 đạt 84,1%. Tỷ lệ hồ sơ có tái sử dụng dữ liệu đã số hóa đạt 61,5%.

Thành phố Hạ Long là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất với 99,2%. Quảng Ninh nhiều năm liền đứng thứ nhất Chỉ số cải cách hành chính (PAR Index). Tỉnh phấn đấu hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.""",
        "2024-10-14",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 95.1),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 82.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-09-30", 84.1),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2024-09-30", 61.5),
        ],
    ),
    # 33. Lào Cai's villages without coverage and its coverage rate ("hiện nay" = page date).
    # Traps: a district's count (Bát Xát), villages covered during 2024 (a flow without id), target.
    (
        """Lào Cai nỗ lực xóa thôn lõm sóng

Hiện nay, toàn tỉnh Lào Cai còn 98 thôn, bản chưa có sóng di động băng rộng, tỷ lệ thôn, bản có sóng di động của tỉnh đạt 93,8%. Huyện Bát Xát là địa phương còn nhiều thôn lõm sóng nhất với 25 thôn.

Trong năm 2024, các doanh nghiệp viễn thông đã đầu tư, phủ sóng cho 64 thôn trên địa bàn tỉnh. Tỉnh phấn đấu đến hết năm 2025 không còn thôn, bản lõm sóng.""",
        "2025-04-22",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-04-22", 98.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-04-22", 93.8),
        ],
    ),
    # 34. Nine-month 2022 flows on the National Portal (ytd on the _new twins).
    # No trap.
    (
        """9 tháng năm 2022, Cổng Dịch vụ công quốc gia tiếp nhận 4,1 triệu hồ sơ trực tuyến; thực hiện 5,2 triệu giao dịch thanh toán trực tuyến với số tiền 3.150 tỷ đồng.

Các dịch vụ công liên thông về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em đang được người dân sử dụng ngày càng nhiều. Văn phòng Chính phủ cho biết sẽ tiếp tục phối hợp với các ngân hàng, trung gian thanh toán để đa dạng hóa phương thức thanh toán phí, lệ phí trên Cổng.""",
        "2022-10-06",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2022-09-30", 4100000.0),
            ("online_payments_count_new", "national", "ytd", "2022-09-30", 5200000.0),
            ("online_payments_value_new", "national", "ytd", "2022-09-30", 3150.0),
        ],
    ),
    # 35. Dead-zone electrified villages covered, as a share ("đến nay" = page date).
    # Traps: count covered (no id), one operator's share (Viettel 712 thôn), deadline.
    (
        """Chương trình "Phủ sóng thôn lõm sóng": đã hoàn thành hơn 2/3 khối lượng

Theo Bộ Thông tin và Truyền thông, đến nay, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.254/1.853 thôn, bản có điện lưới nhưng chưa có sóng, đạt 67,7%. Riêng Viettel đã phủ sóng 712 thôn.

Bộ yêu cầu các doanh nghiệp hoàn thành phủ sóng các thôn có điện lưới trong quý I/2025.""",
        "2024-12-26",
        [("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-26", 67.7)],
    ),
    # 36. Chip ID cards in mid-2022, national and one province's (Hà Nội) figure.
    # No trap.
    (
        """Tính đến ngày 25/6/2022, lực lượng Công an đã cấp 63,8 triệu thẻ căn cước công dân gắn chip điện tử cho người dân. Riêng Hà Nội đã cấp 5,9 triệu thẻ.

Nhiều địa phương tổ chức cấp căn cước lưu động vào buổi tối, ngày nghỉ và tại nhà cho người già yếu, người khuyết tật. Việc cấp căn cước gắn chip là cơ sở để triển khai ứng dụng định danh điện tử, kết nối với các dịch vụ ngân hàng, y tế, bảo hiểm xã hội trong thời gian tới.""",
        "2022-06-28",
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-06-25", 63800000.0),
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2022-06-25", 5900000.0),
        ],
    ),
    # 37. Whole article on the ministry's August 2023 press briefing: mixed monthly figures and a ytd cyber count.
    # Traps: counts of circulars and conferences, a change, an operator's FTTH count.
    (
        """Thứ Sáu, 08/09/2023 | 16:30

Họp báo định kỳ tháng 8/2023 của Bộ Thông tin và Truyền thông

(ICTnews) - Chiều 8/9, Bộ TT&TT tổ chức họp báo định kỳ, thông tin về kết quả công tác tháng 8/2023.

Về an toàn thông tin, trong tháng 8/2023 đã ghi nhận 1.135 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; lũy kế 8 tháng đầu năm là 9.250 cuộc.

Về chuyển đổi số, Nền tảng NDXP ghi nhận 72,4 triệu giao dịch trong tháng 8. Cổng Dịch vụ công quốc gia có thêm 268.000 tài khoản đăng ký trong tháng, tăng 9% so với tháng 7.

Về viễn thông, đến hết tháng 8/2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 77,3%. Riêng VNPT đã cung cấp dịch vụ cáp quang cho hơn 9 triệu thuê bao.

Trong tháng, Bộ đã ban hành 5 thông tư và tổ chức 3 hội nghị chuyên đề về chuyển đổi số.

Minh Khánh
Từ khóa: họp báo, Bộ TT&TT, chuyển đổi số""",
        "2023-09-08",
        [
            ("cyberattacks", "national", "month", "2023-08-31", 1135.0),
            ("cyberattacks", "national", "ytd", "2023-08-31", 9250.0),
            ("ndxp_transactions_period", "national", "month", "2023-08-31", 72400000.0),
            ("national_portal_accounts_new", "national", "month", "2023-08-31", 268000.0),
            ("ftth_household_rate", "national", "as_of", "2023-08-31", 77.3),
        ],
    ),
    # 38. VPCP notice (no sidecar date; the notice dates itself): values at a stated date.
    # No trap.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 178/TB-VPCP
Hà Nội, ngày 12 tháng 5 năm 2023

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị trực tuyến về triển khai Đề án 06

Tính đến ngày 30/4/2023, đã cung cấp 25/53 dịch vụ công thiết yếu trực tuyến toàn trình; đã cấp 80,3 triệu thẻ căn cước công dân gắn chip và kích hoạt hơn 11,2 triệu tài khoản định danh điện tử.

Thủ tướng biểu dương các bộ, ngành, địa phương đã tích cực triển khai Đề án và yêu cầu tiếp tục làm sạch dữ liệu, bảo đảm thông tin "đúng, đủ, sạch, sống".""",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2023-04-30", 25.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-04-30", 80300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-04-30", 11200000.0),
        ],
    ),
    # 39. Ministry's monthly report for November 2024 (no sidecar; header and month date it): flows, daily average, dossier rates with split.
    # No trap.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Hà Nội, ngày 05 tháng 12 năm 2024

BÁO CÁO
Kết quả chuyển đổi số quốc gia tháng 11/2024

1. Trong tháng 11/2024, Cổng Dịch vụ công quốc gia có thêm 845.200 tài khoản đăng ký mới và tiếp nhận 2,56 triệu hồ sơ trực tuyến.

2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 142,7 triệu giao dịch trong tháng 11/2024, trung bình 4,76 triệu giao dịch/ngày.

3. Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc tháng 11/2024 đạt 47,8% (bộ, ngành đạt 68,9%; địa phương đạt 40,2%).""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2024-11-30", 845200.0),
            ("national_portal_dossiers_new", "national", "month", "2024-11-30", 2560000.0),
            ("ndxp_transactions_period", "national", "month", "2024-11-30", 142700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 4760000.0),
            ("online_dossier_rate", "national", "month", "2024-11-30", 47.8),
            ("online_dossier_rate", "ministries", "month", "2024-11-30", 68.9),
            ("online_dossier_rate", "localities", "month", "2024-11-30", 40.2),
        ],
    ),
    # 40. Government portal article (no sidecar; dateline and half-year date it): first half 2025 figures.
    # No trap.
    (
        """(Chinhphu.vn) - Chiều 14/7/2025, Văn phòng Chính phủ tổ chức hội nghị sơ kết công tác cải cách thủ tục hành chính 6 tháng đầu năm 2025.

Theo báo cáo, 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,1%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 85,3%. Cổng Dịch vụ công quốc gia tiếp nhận 14,2 triệu hồ sơ trực tuyến; thực hiện 8,1 triệu giao dịch thanh toán trực tuyến với số tiền 6.420 tỷ đồng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương bảo đảm hệ thống giải quyết thủ tục hành chính vận hành thông suốt sau khi sắp xếp đơn vị hành chính.""",
        None,
        [
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 46.1),
            ("e_result_rate", "national", "half", "2025-06-30", 85.3),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 14200000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 8100000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 6420.0),
        ],
    ),
    # 41. Bank-account ownership and Mobile Money at end of June 2025.
    # No trap.
    (
        """Thanh toán không dùng tiền mặt tiếp tục tăng mạnh

Theo Ngân hàng Nhà nước, đến cuối tháng 6/2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,4%. Cùng thời điểm, số khách hàng sử dụng dịch vụ Mobile Money đạt hơn 10,2 triệu, phần lớn ở khu vực nông thôn, miền núi.

Thanh toán qua mã QR, ví điện tử tiếp tục là kênh được người dân ưa chuộng.""",
        "2025-08-15",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.4),
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 10200000.0),
        ],
    ),
    # 42. Bình Dương's eleven-month 2024 satisfaction and online dossier rates (ytd). No trap.
    (
        """Bình Dương nâng cao chất lượng phục vụ người dân, doanh nghiệp

Theo Văn phòng UBND tỉnh Bình Dương, 11 tháng năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng về việc tiếp nhận, giải quyết thủ tục hành chính trên địa bàn tỉnh đạt 98,6%; tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt 86,3%.

Tỉnh tiếp tục duy trì Tổng đài 1022 tiếp nhận phản ánh, kiến nghị, hỗ trợ người dân thực hiện dịch vụ công trực tuyến 24/7.""",
        "2024-12-20",
        [
            ("satisfaction_rate", "Bình Dương", "ytd", "2024-11-30", 98.6),
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-11-30", 86.3),
        ],
    ),
    # 43. National Portal in January 2026: monthly flows and the stock at 31/01/2026.
    # No trap.
    (
        """Tháng 1/2026: Cổng Dịch vụ công quốc gia có thêm 1,15 triệu tài khoản

Theo Văn phòng Chính phủ, trong tháng 1/2026, Cổng Dịch vụ công quốc gia có thêm 1,15 triệu tài khoản đăng ký, tiếp nhận 3,4 triệu hồ sơ trực tuyến; thực hiện 2,9 triệu giao dịch thanh toán trực tuyến với số tiền 1.980 tỷ đồng.

Tính đến ngày 31/01/2026, tổng số tài khoản đăng ký trên Cổng đạt 28,6 triệu. Người dân có thể đăng nhập Cổng bằng tài khoản định danh điện tử VNeID.""",
        "2026-02-09",
        [
            ("national_portal_accounts_new", "national", "month", "2026-01-31", 1150000.0),
            ("national_portal_dossiers_new", "national", "month", "2026-01-31", 3400000.0),
            ("online_payments_count_new", "national", "month", "2026-01-31", 2900000.0),
            ("online_payments_value_new", "national", "month", "2026-01-31", 1980.0),
            ("national_portal_accounts", "national", "as_of", "2026-01-31", 28600000.0),
        ],
    ),
    # 44. Cần Thơ's 2022 year figures.
    # No trap.
    (
        """Năm 2022, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của thành phố Cần Thơ đạt 35,7%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 61,8%.

Thời gian tới, thành phố tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp; đồng thời rà soát, loại bỏ các dịch vụ công trực tuyến ít phát sinh hồ sơ, tập trung nâng cấp những dịch vụ người dân có nhu cầu cao như đăng ký hộ tịch, cấp giấy phép xây dựng, đăng ký kinh doanh.""",
        "2023-01-12",
        [
            ("online_dossier_rate", "Cần Thơ", "year", "2022-12-31", 35.7),
            ("e_result_rate", "Cần Thơ", "year", "2022-12-31", 61.8),
        ],
    ),
]
