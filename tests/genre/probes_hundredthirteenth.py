"""Genre probes, round 113: a broad sample across all families and text types, 2022–2026, written blind and held out.

Held out to the end of stop 45 and not fitted: read once with the stop's start code 15b33c0 (154 of 157 right, 154 of 158 found (0.98 / 0.97)) and once with its final extraction code (154 of 157, 154 of 158).
"""

CASES = [
    # 1. Ministry monthly report excerpt (Jan 2023): NDXP month flow, daily average, cumulative, agencies; cyberattacks, botnets.
    # Traps: "tăng 12%", "giảm 5,1%", attack-type sub-counts after "trong đó", next-month target of 1,5 triệu/ngày.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
CỤC CHUYỂN ĐỔI SỐ QUỐC GIA

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 01 năm 2023

I. KẾT QUẢ TRIỂN KHAI TRONG THÁNG
1. Nền tảng số quốc gia
Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành ổn định, thông suốt. Trong tháng 01/2023, NDXP ghi nhận 42,7 triệu giao dịch, trung bình 1,38 triệu giao dịch/ngày, tăng 12% so với tháng 12/2022. Lũy kế từ năm 2019 đến hết tháng 01/2023, tổng số giao dịch qua NDXP đạt hơn 1,02 tỷ giao dịch. Tính đến ngày 31/01/2023, đã có 105 bộ, ngành, địa phương và cơ quan, tổ chức kết nối với NDXP.

2. An toàn thông tin mạng
Trong tháng, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.006 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 5,1% so với tháng trước; trong đó có 512 cuộc tấn công lừa đảo (Phishing), 343 cuộc tấn công thay đổi giao diện (Deface) và 151 cuộc tấn công cài mã độc (Malware). Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến cuối tháng 01/2023 là khoảng 1,53 triệu địa chỉ.

II. NHIỆM VỤ TRỌNG TÂM THÁNG 02/2023
- Phấn đấu nâng số giao dịch bình quân qua NDXP lên 1,5 triệu giao dịch/ngày.
- Tổ chức 02 đợt diễn tập thực chiến bảo đảm an toàn thông tin cho các hệ thống dùng chung.""",
        "2023-02-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-01-31", 42700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-01-31", 1380000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-01-31", 1020000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-01-31", 105.0),
            ("cyberattacks", "national", "month", "2023-01-31", 1006.0),
            ("botnet_ips", "national", "as_of", "2023-01-31", 1530000.0),
        ],
    ),
    # 2. Government Office conclusion notice (meeting 25/4/2024, issued 06/5/2024): "Đến nay" = meeting date.
    # Traps: "tăng 2,9 điểm phần trăm", "12 dịch vụ còn lại", target 40% / 50%, 22 nhiệm vụ.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 198/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 06 tháng 5 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ tám của Ủy ban

Ngày 25 tháng 4 năm 2024, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp thứ tám của Ủy ban, kết nối trực tuyến với 63 tỉnh, thành phố trực thuộc trung ương. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo và ý kiến của các đại biểu dự họp, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ TÌNH HÌNH
Các bộ, ngành, địa phương đã vào cuộc quyết liệt hơn, nhiều chỉ tiêu có chuyển biến rõ nét. Đến nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 53,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,2%, tăng 2,9 điểm phần trăm so với cuối năm 2023. Đã cung cấp 41/53 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia; 12 dịch vụ còn lại phải hoàn thành trong quý II/2024. Nền tảng NDXP đã kết nối với 110 bộ, ngành, địa phương và doanh nghiệp.

Tuy nhiên, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến mới đạt khoảng 32%, còn khoảng cách lớn so với mục tiêu 40% vào năm 2025; dữ liệu còn phân tán, chưa được chia sẻ thông suốt.

II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
1. Phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%.
2. Bộ Thông tin và Truyền thông chủ trì, đôn đốc hoàn thành 22 nhiệm vụ được giao tại Kế hoạch hoạt động năm 2024 của Ủy ban.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.""",
        "2024-05-06",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-04-25", 53.4),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-04-25", 31.2),
            ("essential_services_full_process", "national", "as_of", "2024-04-25", 41.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-04-25", 110.0),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-04-25", 32.0),
        ],
    ),
    # 3. Government e-portal press item on the UN survey 2024: EGDI rank of the edition, and 2022 rank in parentheses.
    # Traps: "tăng 15 bậc", OSI rank 64, ASEAN position, other countries' ranks, 2025 target of top 50.
    (
        """Thứ Tư, 18/09/2024 10:12

Việt Nam tăng 15 bậc, lần đầu vào nhóm "rất cao" về Chính phủ điện tử

(Chinhphu.vn) - Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc vừa được công bố tại New York cho thấy Việt Nam xếp thứ 71/193 quốc gia, vùng lãnh thổ về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193).

Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên vượt ngưỡng 0,75 để vào nhóm các quốc gia có mức phát triển Chính phủ điện tử "rất cao". Trong ba chỉ số thành phần, Chỉ số hạ tầng viễn thông (TII) tăng mạnh nhất; Chỉ số dịch vụ trực tuyến (OSI) xếp thứ 64; Chỉ số nguồn nhân lực (HCI) tiếp tục được cải thiện.

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore (thứ 3 thế giới), Malaysia (thứ 39), Brunei (thứ 45) và Thái Lan (thứ 52). Đan Mạch tiếp tục dẫn đầu bảng xếp hạng toàn cầu.

Theo Bộ Thông tin và Truyền thông, Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.

Minh Anh""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 4. Provincial portal (Thừa Thiên Huế), half-year 2023: online dossier share, e-result share, satisfaction.
    # Traps: dossier counts, district/town shares, count of online services "hiện nay", year-end target "trên 80%".
    (
        """Cổng Thông tin điện tử tỉnh Thừa Thiên Huế
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số

Thừa Thiên Huế: Hơn 72% hồ sơ thủ tục hành chính được nộp trực tuyến trong 6 tháng đầu năm
12/07/2023 08:45

Theo báo cáo của Sở Thông tin và Truyền thông, trong 6 tháng đầu năm 2023, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 412.385 hồ sơ thủ tục hành chính, trong đó có 298.560 hồ sơ nộp trực tuyến, tỷ lệ hồ sơ trực tuyến đạt 72,4%. Tỷ lệ hồ sơ được trả kết quả giải quyết dưới dạng điện tử đạt 96,1%; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 98,7%.

Một số địa phương có tỷ lệ hồ sơ trực tuyến cao như thị xã Hương Thủy (85,2%), huyện Phú Vang (81%), thành phố Huế (79,6%).

Hiện nay, Cổng Dịch vụ công tỉnh đang cung cấp 1.654 dịch vụ công trực tuyến, trong đó 1.005 dịch vụ trực tuyến toàn trình. Tỉnh phấn đấu đến cuối năm 2023, tỷ lệ hồ sơ trực tuyến đạt trên 80%, đồng thời đẩy mạnh thanh toán trực tuyến phí, lệ phí.

Thanh Hà""",
        "2023-07-12",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "half", "2023-06-30", 72.4),
            ("e_result_rate", "Thừa Thiên Huế", "half", "2023-06-30", 96.1),
            ("satisfaction_rate", "Thừa Thiên Huế", "half", "2023-06-30", 98.7),
        ],
    ),
    # 5. Interview (Q&A) on 5G, mid-2025: stations and population coverage at end of May.
    # Traps: Viettel's and VNPT's station counts, 5G download/upload speeds, end-2025 targets (90%, 50.000 trạm).
    (
        """Phó Cục trưởng Cục Viễn thông: "Cuối năm nay, 5G sẽ phủ phần lớn dân số"

Sau hơn nửa năm thương mại hóa, mạng 5G tại Việt Nam đang được các nhà mạng đẩy nhanh triển khai. Phóng viên đã có cuộc trao đổi với ông Nguyễn Văn Hải, Phó Cục trưởng Cục Viễn thông (Bộ Khoa học và Công nghệ).

PV: Thưa ông, mạng 5G hiện đã phát triển đến đâu?

Ông Nguyễn Văn Hải: Tính đến cuối tháng 5/2025, các doanh nghiệp viễn thông đã lắp đặt khoảng 13.400 trạm phát sóng 5G, vùng phủ 5G đạt khoảng 46% dân số. Riêng Viettel đã có hơn 8.000 trạm, VNPT gần 4.000 trạm, MobiFone đang tăng tốc sau khi trúng đấu giá băng tần. Qua đo kiểm, tốc độ tải xuống trung bình trên mạng 5G đạt trên 400 Mbps, tốc độ tải lên khoảng 50 Mbps.

PV: Mục tiêu đặt ra cho thời gian tới là gì, thưa ông?

Ông Nguyễn Văn Hải: Thực hiện Nghị quyết 57-NQ/TW, chúng tôi phấn đấu đến hết năm 2025 có 90% dân số được phủ sóng 5G, với khoảng 50.000 trạm. Bộ đang hoàn thiện cơ chế dùng chung hạ tầng để giảm chi phí đầu tư cho doanh nghiệp.

PV: Xin cảm ơn ông!

Hoàng Nam (thực hiện)""",
        "2025-06-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 13400.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 46.0),
        ],
    ),
    # 6. Infographic caption, "năm 2023 qua các con số": year shares and year-end levels; Ookla December figure.
    # Traps: "gấp 3 lần" GDP growth, speed rank 38, 100% communes with fibre (no id), 2024 target 18,5%.
    (
        """[Infographic] Chuyển đổi số quốc gia năm 2023 qua những con số

• Kinh tế số ước chiếm 16,5% GDP; tốc độ tăng trưởng kinh tế số khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP
• Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 84%
• Tỷ lệ hộ gia đình sử dụng Internet cáp quang: 79%
• 100% xã có cáp quang đến trung tâm xã
• Tỷ lệ dân số sử dụng Internet: 78,6%
• Tốc độ băng rộng cố định (Ookla, tháng 12/2023): 101,2 Mbps, xếp thứ 38 thế giới
• Mục tiêu năm 2024: kinh tế số chiếm 18,5% GDP

Nguồn: Bộ Thông tin và Truyền thông | Đồ họa: Hà Phương""",
        "2024-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.0),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 101.2),
        ],
    ),
    # 7. Table written as text (Government Office report on the National Portal, August 2024): month, 8-month and cumulative columns.
    # Traps: spans must go to the _new twins; the cumulative column is a level at 31/8/2024.
    (
        """Bảng 1. Kết quả vận hành Cổng Dịch vụ công quốc gia (số liệu đến hết ngày 31/8/2024)

Chỉ tiêu | Tháng 8/2024 | Lũy kế 8 tháng năm 2024 | Lũy kế từ khi khai trương
Tài khoản đăng ký mới | 612.450 | 4.983.020 | —
Tổng số tài khoản đăng ký | — | — | 14.236.118
Hồ sơ trực tuyến nộp qua Cổng | 1.204.377 | 8.901.562 | 22.015.640
Giao dịch thanh toán trực tuyến | 1.856.003 | 12.740.889 | 27.540.318
Giá trị thanh toán trực tuyến (tỷ đồng) | 812 | 6.015 | 14.430

Ghi chú: Số liệu trích xuất từ Hệ thống thông tin báo cáo Chính phủ; số hồ sơ chỉ tính hồ sơ nộp trực tuyến qua Cổng, không gồm hồ sơ đồng bộ trạng thái.""",
        "2024-09-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 612450.0),
            ("national_portal_accounts_new", "national", "ytd", "2024-08-31", 4983020.0),
            ("national_portal_accounts", "national", "as_of", "2024-08-31", 14236118.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1204377.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-08-31", 8901562.0),
            ("national_portal_dossiers", "national", "as_of", "2024-08-31", 22015640.0),
            ("online_payments_count_new", "national", "month", "2024-08-31", 1856003.0),
            ("online_payments_count_new", "national", "ytd", "2024-08-31", 12740889.0),
            ("online_payments_count", "national", "as_of", "2024-08-31", 27540318.0),
            ("online_payments_value_new", "national", "month", "2024-08-31", 812.0),
            ("online_payments_value_new", "national", "ytd", "2024-08-31", 6015.0),
            ("online_payments_value", "national", "as_of", "2024-08-31", 14430.0),
        ],
    ),
    # 8. Press summary of the cybersecurity authority, Q1 2024: quarter flow, March value, botnets at quarter end,
    # security-level approval share "đến nay" (page 8 days after the quarter -> page date).
    # Traps: "giảm 38,5%", "giảm 44%", 12 APT campaigns, the 58% full-deployment share (no id).
    (
        """Quý I/2024: Gần 2.000 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong quý I/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.983 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 38,5% so với cùng kỳ năm 2023. Riêng tháng 3/2024 ghi nhận 617 cuộc tấn công.

Cơ quan chức năng cũng phát hiện 12 chiến dịch tấn công có chủ đích (APT) nhắm vào các cơ quan, tổ chức trong nước. Số lượng địa chỉ IP botnet tại Việt Nam tính đến hết tháng 3/2024 là gần 680.000, giảm 44% so với cùng kỳ.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, đến nay 84,6% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ; tuy nhiên mới có khoảng 58% hệ thống triển khai đầy đủ phương án bảo vệ theo hồ sơ được duyệt.

Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức rà soát, vá lỗ hổng và tăng cường giám sát, đặc biệt trước hình thức tấn công mã hóa dữ liệu đòi tiền chuộc (ransomware).""",
        "2024-04-08",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 1983.0),
            ("cyberattacks", "national", "month", "2024-03-31", 617.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 680000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-04-08", 84.6),
        ],
    ),
    # 9. City portal (Đà Nẵng), year 2022 review: online and full-process dossier shares; FTTH level at year end.
    # Traps: dossier count, DTI rank, share of adults with smartphones (people, no id), 2023 target.
    (
        """Năm 2022, Đà Nẵng tiếp tục dẫn đầu cả nước về chuyển đổi số

(Cổng TTĐT TP Đà Nẵng) - Năm 2022, các cơ quan hành chính của thành phố đã tiếp nhận hơn 620.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 75,3%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,6%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 89%; khoảng 85% người trưởng thành trên địa bàn sở hữu điện thoại thông minh.

Đà Nẵng năm thứ ba liên tiếp xếp thứ nhất về Chỉ số chuyển đổi số cấp tỉnh (DTI). Năm 2023, thành phố đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50% và hoàn thành kho dữ liệu dùng chung.""",
        "2023-01-10",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2022-12-31", 75.3),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2022-12-31", 41.6),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2022-12-31", 89.0),
        ],
    ),
    # 10. Ministry of Science and Technology monthly report excerpt (October 2025): Ookla September speeds, 5G stock and
    # coverage and smartphone share at end of October, October attacks.
    # Traps: upload speed, speed ranks 13/154 and 17/104, "giảm 9,8%".
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Báo cáo tình hình thực hiện nhiệm vụ tháng 10 năm 2025 (trích)

3. Hạ tầng số, an toàn thông tin
Theo Speedtest Global Index do Ookla công bố, tháng 9/2025 tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 234,5 Mbps, xếp thứ 13/154 quốc gia; băng rộng di động đạt 146,2 Mbps, xếp thứ 17/104. Tốc độ tải lên băng rộng cố định đạt 228,7 Mbps.

Đến hết tháng 10/2025, tổng số trạm BTS 5G đã phát sóng là 26.900 trạm, vùng phủ sóng 5G đạt 82,3% dân số; tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động đạt 89,6%.

Trong tháng 10/2025, hệ thống kỹ thuật đã ghi nhận 498 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,8% so với tháng trước.""",
        "2025-11-07",
        [
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 234.5),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 146.2),
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 26900.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 82.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-10-31", 89.6),
            ("cyberattacks", "national", "month", "2025-10-31", 498.0),
        ],
    ),
    # 11. Banking press article: Mobile Money customers at end of May 2024 and the account-ownership share "cùng thời điểm".
    # Traps: 70% rural share after "trong đó", transaction value 4.100 tỷ (no id), Viettel Money's 6,6 triệu and 80% share.
    (
        """Mobile Money cán mốc 8,5 triệu khách hàng

Thứ Năm, 20/6/2024 - 07:30

Theo Ngân hàng Nhà nước, tính đến cuối tháng 5/2024, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt gần 8,5 triệu, trong đó khoảng 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tổng giá trị giao dịch lũy kế qua dịch vụ đạt hơn 4.100 tỷ đồng.

Thị trường vẫn do một doanh nghiệp chi phối: riêng Viettel Money chiếm khoảng 80% thị phần với hơn 6,6 triệu khách hàng.

Cùng thời điểm, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%. Giới chuyên gia cho rằng Mobile Money đang lấp khoảng trống ở nhóm dân cư chưa tiếp cận dịch vụ ngân hàng.

Lan Hương""",
        "2024-06-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 8500000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-31", 87.0),
        ],
    ),
    # 12. Tax-authority press release: e-invoices received since 1/7/2022 at an explicit date.
    # Traps: coded/uncoded sub-counts after "trong đó", 2,2 triệu users, petrol-station invoices.
    (
        """Hơn 6,2 tỷ hóa đơn điện tử được xử lý sau 17 tháng triển khai

Sau hơn 17 tháng triển khai hóa đơn điện tử trên phạm vi toàn quốc (từ ngày 1/7/2022), tính đến ngày 15/12/2023, cơ quan thuế đã tiếp nhận và xử lý hơn 6,2 tỷ hóa đơn điện tử, trong đó có 1,9 tỷ hóa đơn có mã của cơ quan thuế và 4,3 tỷ hóa đơn không có mã. Hiện có 2,2 triệu doanh nghiệp, tổ chức, hộ, cá nhân kinh doanh đang sử dụng hóa đơn điện tử.

Riêng lĩnh vực xăng dầu, đã có hơn 14.000 cửa hàng thực hiện xuất hóa đơn điện tử theo từng lần bán hàng. Tổng cục Thuế cho biết sẽ tiếp tục mở rộng áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền trong năm 2024.""",
        "2023-12-20",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-15", 6200000000.0),
        ],
    ),
    # 13. Police (C06) press summary: chip ID cards and activated VNeID accounts at 10/10/2023.
    # Traps: 62 triệu registration dossiers, level-2 sub-count after "trong đó", 1,1 tỷ population-database requests.
    (
        """Đã cấp hơn 84,7 triệu thẻ Căn cước công dân gắn chip

Tính đến ngày 10/10/2023, Bộ Công an đã cấp hơn 84,7 triệu thẻ Căn cước công dân gắn chip điện tử; tiếp nhận gần 62 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, đã kích hoạt 40,2 triệu tài khoản, trong đó 23,5 triệu tài khoản định danh mức độ 2.

Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận và phản hồi hơn 1,1 tỷ yêu cầu xác thực thông tin công dân từ các bộ, ngành, địa phương và doanh nghiệp, góp phần cắt giảm giấy tờ trong giải quyết thủ tục hành chính.""",
        "2023-10-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-10-10", 84700000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-10-10", 40200000.0),
        ],
    ),
    # 14. Press on dead-zone villages (Oct 2024): share of electrified dead-zone villages covered; villages still uncovered.
    # Traps: 1.201/1.853 counts, border-area sub-count after "trong đó", district figure, 2025 target.
    (
        """Xóa "vùng lõm sóng": Cả nước còn 652 thôn, bản chưa có sóng di động

Theo Cục Viễn thông, sau hơn hai năm triển khai Chương trình "Sóng và máy tính cho em", đến nay đã phủ sóng được 1.201/1.853 thôn, bản lõm sóng có điện lưới, đạt 64,8%. Hiện cả nước còn 652 thôn, bản chưa được phủ sóng di động băng rộng, trong đó 215 thôn thuộc khu vực biên giới.

Tại Hà Giang, việc kéo điện, dựng trạm gặp nhiều khó khăn do địa hình chia cắt; riêng huyện Mèo Vạc còn 28 thôn chưa có sóng. Bộ Thông tin và Truyền thông đặt mục tiêu đến hết năm 2025 cơ bản xóa toàn bộ thôn, bản lõm sóng.""",
        "2024-10-02",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-02", 64.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-02", 652.0),
        ],
    ),
    # 15. Conclusion notice on Đề án 06 (conference 14/02/2025): year-2024 dossier shares with ministries/localities
    # split, e-result and data-reuse shares; essential services "đến nay" = conference date.
    # Traps: "21 dịch vụ còn lại", 2025 target 80%.
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị tổng kết năm 2024 triển khai Đề án 06

Ngày 14 tháng 02 năm 2025, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến toàn quốc tổng kết năm 2024, triển khai nhiệm vụ năm 2025 của Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06). Thủ tướng kết luận:

1. Năm 2024, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính đạt 42,3% (bộ, ngành đạt 61,5%; địa phương đạt 38,9%); tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 80,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 37,5%.

2. Đến nay, đã có 55/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 21 dịch vụ còn lại phải hoàn thành trước ngày 30/6/2025.

3. Năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% đối với các thủ tục đủ điều kiện.""",
        "2025-02-20",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 42.3),
            ("online_dossier_rate", "ministries", "year", "2024-12-31", 61.5),
            ("online_dossier_rate", "localities", "year", "2024-12-31", 38.9),
            ("e_result_rate", "national", "year", "2024-12-31", 80.4),
            ("data_reuse_rate", "national", "year", "2024-12-31", 37.5),
            ("essential_services_full_process", "national", "as_of", "2025-02-14", 55.0),
        ],
    ),
    # 16. Press on the service index (Bộ chỉ số): year-2023 satisfaction and share of online services with dossiers.
    # Traps: VCCI PCI survey share 72,1%, "tăng 4,2 điểm phần trăm".
    (
        """Người dân hài lòng hơn với thủ tục hành chính

Theo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, năm 2023 mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính cả nước đạt 86,4%, tăng 4,2 điểm phần trăm so với năm trước. Cũng trong năm 2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 54,2%.

Trong khi đó, khảo sát PCI 2023 của VCCI cho thấy 72,1% doanh nghiệp đánh giá thủ tục hành chính đã được cải thiện. Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, loại bỏ các dịch vụ công trực tuyến "có mà không dùng".""",
        "2024-03-25",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 86.4),
            ("dvctt_with_dossiers_rate", "national", "year", "2023-12-31", 54.2),
        ],
    ),
    # 17. Provincial portal (Quảng Ninh), 9 months 2024: full-process service share at end-September (level) vs
    # 9-month dossier shares (ytd).
    # Traps: headline "hơn 81%", "tăng 6,3 điểm phần trăm", digitisation share (no id), Hạ Long city figure, target.
    (
        """Quảng Ninh: 9 tháng, hơn 81% hồ sơ thủ tục hành chính được xử lý trực tuyến

15/10/2024 | 16:20

Đến hết tháng 9/2024, tỉnh Quảng Ninh cung cấp 1.150 dịch vụ công trực tuyến toàn trình, chiếm 62,5% tổng số thủ tục hành chính. Trong 9 tháng đầu năm, tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến đạt 81,2%, tăng 6,3 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,9%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92%.

Thành phố Hạ Long dẫn đầu toàn tỉnh với 93,4% hồ sơ nộp trực tuyến. Tỉnh phấn đấu đến cuối năm 2024 có 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.

Phương Linh - Trung tâm Truyền thông tỉnh""",
        "2024-10-15",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-09-30", 62.5),
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 81.2),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 58.9),
        ],
    ),
    # 18. Press piece comparing speeds (Ookla, December 2023): Viet Nam's download speeds only.
    # Traps: "tăng 37%", Thailand and Singapore values, mobile upload 20,5 Mbps, rank.
    (
        """Internet di động Việt Nam nhanh tới đâu so với khu vực?

Theo Speedtest Global Index tháng 12/2023 của Ookla, tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 48,6 Mbps, tăng 37% so với cùng kỳ năm trước; mạng băng rộng cố định đạt 101,2 Mbps. Tốc độ tải lên của mạng di động đạt 20,5 Mbps.

Dù cải thiện nhanh, Việt Nam vẫn xếp sau nhiều nước trong khu vực: Thái Lan đạt 60,1 Mbps với di động và 223 Mbps với cố định, Singapore dẫn đầu Đông Nam Á với 118 Mbps di động. Việt Nam đứng thứ 50 thế giới về tốc độ di động.

Theo các chuyên gia, khi 5G được thương mại hóa, tốc độ mạng di động trong nước có thể tăng gấp đôi.""",
        "2024-01-19",
        [
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 48.6),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 101.2),
        ],
    ),
    # 19. Ministry monthly report with an explicit reporting window (20/01–20/02/2024): all flows end 20/02/2024;
    # the January attacks in parentheses are kept with their own month.
    # Traps: "giảm 20,3%", window vs calendar month.
    (
        """BÁO CÁO THÁNG 02/2024
Tình hình triển khai Chính phủ số (trích)

Trong tháng 02/2024 (từ ngày 20/01/2024 đến ngày 20/02/2024), Nền tảng NDXP thực hiện 58,3 triệu giao dịch, bình quân 1,88 triệu giao dịch mỗi ngày; tổng số giao dịch lũy kế đến ngày 20/02/2024 đạt 1,7 tỷ.

Trên Cổng Dịch vụ công quốc gia, trong tháng có 405.120 tài khoản đăng ký mới và 712.300 hồ sơ trực tuyến được nộp qua Cổng.

Về an toàn thông tin, trong tháng ghi nhận 606 cuộc tấn công mạng gây sự cố, giảm 20,3% so với tháng 01/2024 (760 cuộc).""",
        "2024-02-26",
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-20", 58300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-20", 1880000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-02-20", 1700000000.0),
            ("national_portal_accounts_new", "national", "month", "2024-02-20", 405120.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-20", 712300.0),
            ("cyberattacks", "national", "month", "2024-02-20", 606.0),
            ("cyberattacks", "national", "month", "2024-01-31", 760.0),
        ],
    ),
    # 20. Operator press release (VNPT): only one operator's figures and plans — nothing to record.
    # Traps: VNPT's 4G coverage, fixed broadband subscribers, speeds, 2024 plan.
    (
        """VNPT công bố kết quả kinh doanh 6 tháng đầu năm 2023

Hà Nội, 15/8/2023 - Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) cho biết, 6 tháng đầu năm 2023, mạng 4G của VNPT đã phủ sóng 99,5% dân số; số thuê bao băng rộng cố định của VNPT đạt 9,6 triệu, tăng 7% so với cùng kỳ. Tốc độ truy cập trung bình trên mạng cáp quang VNPT đạt 112 Mbps.

VNPT đã hoàn thành thử nghiệm 5G tại 6 tỉnh, thành phố và lên kế hoạch năm 2024 đạt 12 triệu thuê bao cáp quang. Tập đoàn cũng cung cấp hơn 50 nền tảng số phục vụ chính quyền các cấp.""",
        "2023-08-15",
        [],
    ),
    # 21. Provincial table as text (Bình Dương, Q1 2025): quarter dossier shares, last year's same-quarter value in
    # parentheses, dated levels (FTTH, 5G stations) at 31/3/2025.
    # Traps: online payment share (no id), 2025 target line.
    (
        """Bình Dương: Kết quả thực hiện các chỉ tiêu chuyển đổi số quý I/2025

- Tỷ lệ hồ sơ xử lý trực tuyến: 88,7% (cùng kỳ 2024: 79,2%)
- Tỷ lệ hồ sơ trực tuyến toàn trình: 64,3%
- Tỷ lệ hồ sơ có kết quả giải quyết điện tử: 99,1%
- Tỷ lệ thanh toán trực tuyến phí, lệ phí: 45%
- Tỷ lệ hộ gia đình sử dụng cáp quang (tính đến 31/3/2025): 92,4%
- Số trạm 5G đã phát sóng trên địa bàn (tính đến 31/3/2025): 1.020 trạm
- Chỉ tiêu năm 2025: 95% hồ sơ xử lý trực tuyến

Nguồn: Sở Khoa học và Công nghệ tỉnh Bình Dương""",
        "2025-04-10",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2025-03-31", 88.7),
            ("online_dossier_rate", "Bình Dương", "quarter", "2024-03-31", 79.2),
            ("online_dossier_full_process_rate", "Bình Dương", "quarter", "2025-03-31", 64.3),
            ("e_result_rate", "Bình Dương", "quarter", "2025-03-31", 99.1),
            ("ftth_household_rate", "Bình Dương", "as_of", "2025-03-31", 92.4),
            ("fiveg_bts_count", "Bình Dương", "as_of", "2025-03-31", 1020.0),
        ],
    ),
    # 22. Interview on telecom infrastructure at end of 2024: subscription counts and per-100 densities, FTTH and
    # smartphone shares.
    # Traps: telecom revenue (no id), 2025 target, "tăng 9%".
    (
        """Cục trưởng Cục Viễn thông: Hạ tầng băng rộng đã sẵn sàng cho giai đoạn mới

PV: Ông đánh giá thế nào về hạ tầng viễn thông năm 2024?

Ông Nguyễn Thanh Tùng: Tính đến hết năm 2024, cả nước có khoảng 23,6 triệu thuê bao băng rộng cố định, tương đương 23,4 thuê bao/100 dân, tăng 9% so với năm 2023; số thuê bao băng rộng di động đạt 90,2 triệu, tương đương 89,3 thuê bao/100 dân. Tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,9%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,1%. Doanh thu dịch vụ viễn thông ước đạt 142.000 tỷ đồng.

PV: Năm 2025, ngành đặt mục tiêu gì?

Ông Nguyễn Thanh Tùng: Chúng tôi phấn đấu 100% thôn, bản có sóng di động băng rộng và tỷ lệ hộ gia đình dùng cáp quang đạt 85%.""",
        "2025-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 90200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 89.3),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.9),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.1),
        ],
    ),
    # 23. News item on Internet users: the ministry's estimate "tính đến tháng 6/2024" on a July page.
    # Traps: headline "Hơn 78%", We Are Social / Meltwater vendor report figures.
    (
        """Hơn 78% dân số Việt Nam sử dụng Internet

30/07/2024 09:15 GMT+7

Theo số liệu của Bộ Thông tin và Truyền thông, tính đến tháng 6/2024, tỷ lệ người dân sử dụng Internet ước đạt 78,8%. Trong khi đó, báo cáo Digital 2024 của We Are Social và Meltwater cho biết Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số, với thời gian truy cập trung bình gần 6 giờ 20 phút mỗi ngày.

Chia sẻ  |  Bình luận (0)""",
        "2024-07-30",
        [
            ("internet_users_rate", "national", "as_of", "2024-06-30", 78.8),
        ],
    ),
    # 24. Infographic caption, the National Portal's third anniversary: cumulative levels dated 08/12/2022.
    # Traps: visits (no id), 4.432 integrated services (no id), synced-status dossiers.
    (
        """CỔNG DỊCH VỤ CÔNG QUỐC GIA - 3 NĂM MỘT CHẶNG ĐƯỜNG (09/12/2019 - 09/12/2022)

Số liệu tính đến ngày 08/12/2022:
- Hơn 3,7 triệu tài khoản đăng ký
- Hơn 180 triệu lượt truy cập
- 4.432 dịch vụ công trực tuyến được tích hợp, cung cấp
- Hơn 14,5 triệu hồ sơ đồng bộ trạng thái
- Hơn 6,6 triệu hồ sơ trực tuyến thực hiện qua Cổng
- 5,1 triệu giao dịch thanh toán trực tuyến với số tiền hơn 3.800 tỷ đồng

Thực hiện: Văn phòng Chính phủ - Trình bày: Thu Hằng""",
        "2022-12-09",
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-08", 3700000.0),
            ("national_portal_dossiers", "national", "as_of", "2022-12-08", 6600000.0),
            ("online_payments_count", "national", "as_of", "2022-12-08", 5100000.0),
            ("online_payments_value", "national", "as_of", "2022-12-08", 3800.0),
        ],
    ),
    # 25. Press on the EMC monitoring system: share of ministerial/provincial systems fully connected, "đến nay".
    # Traps: 100% issued EMC accounts (not the measure), April dossier count on EMC (no id).
    (
        """Hệ thống EMC: "Thước đo" thực chất dịch vụ công trực tuyến

Đến nay, 100% bộ, ngành, địa phương đã được cấp tài khoản trên Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC); tuy nhiên, chỉ 67,3% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ, đúng quy định với EMC. Trong tháng 4/2023, EMC ghi nhận khoảng 3,2 triệu hồ sơ trực tuyến phát sinh.

Cục Chuyển đổi số quốc gia cho biết sẽ công khai hằng tháng danh sách các đơn vị chưa kết nối đầy đủ.""",
        "2023-05-18",
        [
            ("emc_connection_rate", "national", "as_of", "2023-05-18", 67.3),
        ],
    ),
    # 26. Op-ed looking back: online-dossier shares and digital-economy shares of several past years.
    # Traps: "gần gấp đôi" (derived), 2030 target 30% GDP.
    (
        """Góc nhìn: Chuyển đổi số - từ con số đến thực chất

Nhìn lại, năm 2021 tỷ lệ hồ sơ xử lý trực tuyến của cả nước mới ở mức 22,7%; năm 2022 đạt 27,9%, năm 2023 lên 36,6% và năm 2024 đạt 42,3%, tức là gần gấp đôi chỉ sau ba năm. Kinh tế số cũng từ mức 12,7% GDP năm 2021 đã tăng lên khoảng 18,3% GDP năm 2024.

Thế nhưng con số chưa nói hết câu chuyện. Để đạt mục tiêu kinh tế số chiếm 30% GDP vào năm 2030, điều cần nhất là dữ liệu được chia sẻ thật, dịch vụ được dùng thật.

TS. Lê Quang Minh""",
        "2025-03-03",
        [
            ("online_dossier_rate", "national", "year", "2021-12-31", 22.7),
            ("online_dossier_rate", "national", "year", "2022-12-31", 27.9),
            ("online_dossier_rate", "national", "year", "2023-12-31", 36.6),
            ("online_dossier_rate", "national", "year", "2024-12-31", 42.3),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 12.7),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 27. Committee notice 2022 with no sidecar date (the text dates itself): full-process share (mức độ 4) and NDXP
    # cumulative at 31/7/2022, NDXP 7-month flow.
    # Traps: 2022 target 50%, 8/63 localities (count of plans), meeting count.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 247/TB-VPCP                         Hà Nội, ngày 19 tháng 8 năm 2022

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ ba của Ủy ban Quốc gia về chuyển đổi số

Ngày 10 tháng 8 năm 2022, Thủ tướng Chính phủ chủ trì Phiên họp thứ ba của Ủy ban Quốc gia về chuyển đổi số. Thủ tướng kết luận:

Tính đến ngày 31/7/2022, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình (mức độ 4) đạt 36,4%; Nền tảng NDXP đã thực hiện lũy kế hơn 780 triệu giao dịch, riêng 7 tháng đầu năm 2022 đạt 245 triệu giao dịch. Mới có 8/63 địa phương ban hành kế hoạch chuyển đổi số năm 2022 có bố trí kinh phí cụ thể.

Phấn đấu đến hết năm 2022 tỷ lệ dịch vụ công trực tuyến toàn trình đạt 50%. Ủy ban họp định kỳ 6 tháng một lần.""",
        None,
        [
            ("dvctt_full_process_rate", "national", "as_of", "2022-07-31", 36.4),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-07-31", 780000000.0),
            ("ndxp_transactions_period", "national", "ytd", "2022-07-31", 245000000.0),
        ],
    ),
    # 28. Monthly report excerpt (November 2024) with national / ministries / localities split; service shares at 30/11.
    # Traps: digitisation shares (no id), "tăng 1,4 điểm phần trăm".
    (
        """Tình hình cung cấp, sử dụng dịch vụ công trực tuyến tháng 11/2024

a) Tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 11/2024: toàn quốc 38,7%; bộ, ngành 52,4%; địa phương 35,1%. So với tháng 10, tỷ lệ chung tăng 1,4 điểm phần trăm.
b) Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: bộ, ngành 71,6%; địa phương 69,8%.
c) Đến ngày 30/11/2024, tỷ lệ thủ tục hành chính đã được cung cấp dịch vụ công trực tuyến (một phần và toàn trình) đạt 82,3%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 55,2%, trên số thủ tục hành chính đủ điều kiện đạt 95,6%.""",
        "2024-12-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-11-30", 38.7),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-11-30", 52.4),
            ("online_dossier_full_process_rate", "localities", "month", "2024-11-30", 35.1),
            ("dvctt_rate", "national", "as_of", "2024-11-30", 82.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-11-30", 55.2),
            ("full_process_provision_rate", "national", "as_of", "2024-11-30", 95.6),
        ],
    ),
    # 29. Provincial portal (Lào Cai): villages without coverage and coverage share "đến nay".
    # Traps: commune Y Tý's 7 villages, 2023 plan of 40 more villages.
    (
        """Lào Cai nỗ lực xóa thôn "trắng sóng"

06/09/2023

Theo Sở Thông tin và Truyền thông Lào Cai, đến nay toàn tỉnh còn 93 thôn chưa có sóng di động, tập trung ở các huyện Bát Xát, Si Ma Cai, Mường Khương; riêng xã Y Tý còn 7 thôn. Tỷ lệ thôn, bản có sóng di động trên địa bàn tỉnh đạt 94,2%.

Năm 2023, tỉnh phấn đấu phủ sóng thêm 40 thôn, ưu tiên các thôn đã có điện lưới quốc gia. Các doanh nghiệp viễn thông cam kết đầu tư trạm BTS mới bằng nguồn vốn xã hội hóa kết hợp Quỹ Dịch vụ viễn thông công ích.""",
        "2023-09-06",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-09-06", 93.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-09-06", 94.2),
        ],
    ),
    # 30. Government e-portal press on administrative reform (Nov 2023): procedures simplified, fee-reduction
    # localities, 10-month portal dossiers (flow -> _new twin, ytd).
    # Traps: remainders "còn 272", "8 địa phương chưa ban hành".
    (
        """Cải cách thủ tục hành chính: Đã cắt giảm, đơn giản hóa 812 thủ tục

Đến nay, các bộ, ngành đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính liên quan đến hoạt động kinh doanh theo các Nghị quyết chuyên đề của Chính phủ; còn 272 thủ tục chưa được thực thi. 55/63 địa phương đã ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 8 địa phương chưa ban hành.

Trong 10 tháng đầu năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 5,1 triệu hồ sơ trực tuyến, góp phần tiết kiệm chi phí xã hội đáng kể.""",
        "2023-11-28",
        [
            ("procedures_simplified", "national", "as_of", "2023-11-28", 812.0),
            ("localities_fee_reduction", "national", "as_of", "2023-11-28", 55.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-10-31", 5100000.0),
        ],
    ),
    # 31. Press release of the digital-transformation department, first half 2023: NDXP half flow, daily average,
    # cumulative, connection points and agencies at 30/6/2023.
    # Traps: "tăng 23%", 2023 target.
    (
        """NDXP: Hơn 287 triệu giao dịch trong 6 tháng đầu năm 2023

Theo Cục Chuyển đổi số quốc gia, 6 tháng đầu năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện hơn 287 triệu giao dịch, bình quân khoảng 1,58 triệu giao dịch/ngày, tăng 23% so với cùng kỳ. Tính đến 30/6/2023, tổng số giao dịch từ khi vận hành năm 2019 đạt hơn 1,26 tỷ; NDXP đã thiết lập 124 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu và kết nối với 108 bộ, ngành, địa phương, cơ quan.

Năm 2023, Cục đặt mục tiêu nâng số giao dịch bình quân lên 2 triệu giao dịch/ngày.""",
        "2023-07-20",
        [
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 287000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-06-30", 1580000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-30", 1260000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-06-30", 124.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-06-30", 108.0),
        ],
    ),
    # 32. Year-end infographic of Đề án 06 (2024): ID cards and VNeID at 31/12/2024; year share of dossiers with ID.
    # Traps: VNeID log-ins (no id), 120 utilities integrated, 2025 target.
    (
        """ĐỀ ÁN 06 - DẤU ẤN NĂM 2024

Tính đến ngày 31/12/2024:
▪ 87,2 triệu thẻ căn cước, căn cước công dân gắn chip đã được cấp
▪ 59,8 triệu tài khoản định danh điện tử VNeID đã kích hoạt
▪ Ứng dụng VNeID tích hợp 120 tiện ích, hơn 1,2 tỷ lượt đăng nhập

Năm 2024, tỷ lệ hồ sơ thủ tục hành chính gắn với số định danh cá nhân đạt 96,3%.

Mục tiêu năm 2025: 100% hồ sơ thủ tục hành chính được xác thực qua định danh điện tử.

Nguồn: Tổ công tác triển khai Đề án 06 của Chính phủ""",
        "2025-01-06",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 87200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 59800000.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 96.3),
        ],
    ),
    # 33. City portal (Hải Phòng), 5 months 2022: online dossier share (mức độ 3, 4) ytd; full-process share of
    # procedures "hiện" = page date.
    # Traps: district Thủy Nguyên figure, online payment share (no id), 2022 target 50%.
    (
        """Hải Phòng: Tỷ lệ hồ sơ trực tuyến tăng mạnh trong 5 tháng đầu năm

14/06/2022

5 tháng đầu năm 2022, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên địa bàn thành phố Hải Phòng đạt 51,6%; huyện Thủy Nguyên đạt 70,2%, cao nhất thành phố. Tỷ lệ thanh toán trực tuyến đạt 12%.

Hiện thành phố cung cấp 1.296 dịch vụ công trực tuyến mức độ 4, chiếm 58% tổng số thủ tục hành chính. Thành phố phấn đấu năm 2022 có trên 50% hồ sơ được nộp trực tuyến ở tất cả các cấp.""",
        "2022-06-14",
        [
            ("online_dossier_rate", "Hải Phòng", "ytd", "2022-05-31", 51.6),
            ("dvctt_full_process_rate", "Hải Phòng", "as_of", "2022-06-14", 58.0),
        ],
    ),
    # 34. Year-review article (January 2026) on 2025: digital economy share and growth, 5G at end-2025, year
    # full-process dossier share.
    # Traps: 2026 targets, "gấp 2,5 lần", Viettel share.
    (
        """Kinh tế số năm 2025: Bứt tốc nhờ hạ tầng 5G

Thứ Hai, 12/01/2026 06:00

Năm 2025, quy mô kinh tế số của Việt Nam ước chiếm khoảng 19,2% GDP, tốc độ tăng trưởng kinh tế số đạt khoảng 22%, gấp 2,5 lần tốc độ tăng trưởng GDP. Đến hết năm 2025, mạng 5G đã phủ sóng 91% dân số với hơn 30.000 trạm phát sóng, trong đó Viettel chiếm khoảng 60% số trạm.

Trong lĩnh vực dịch vụ công, tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 52,7%.

Năm 2026, Bộ Khoa học và Công nghệ đặt mục tiêu kinh tế số chiếm 21% GDP và 99% dân số được phủ sóng 5G.

Đức Thiện""",
        "2026-01-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.2),
            ("digital_economy_growth", "national", "year", "2025-12-31", 22.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 30000.0),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 52.7),
        ],
    ),
    # 35. District news (Đông Anh, Hà Nội) with one city-wide figure for 10 months 2024.
    # Traps: district and commune shares, district count of dossiers, 2025 target.
    (
        """Đông Anh: Hơn 92% hồ sơ thủ tục hành chính nộp trực tuyến

05/11/2024 | Cổng TTĐT huyện Đông Anh

10 tháng năm 2024, UBND huyện Đông Anh tiếp nhận 48.630 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 92,3%; xã Uy Nỗ dẫn đầu với 97,5%. Tính chung toàn thành phố Hà Nội, 10 tháng năm 2024 tỷ lệ hồ sơ trực tuyến đạt 74,6%.

Huyện phấn đấu năm 2025 có 100% hồ sơ đủ điều kiện được nộp trực tuyến toàn trình.""",
        "2024-11-05",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-10-31", 74.6),
        ],
    ),
    # 36. Analysis of Q1 2024 published in late May: "Hiện nay" in a quarter review more than 35 days old -> 31/3/2024.
    # Traps: 4.490 full-process services (count, no id), "tăng 1,5 điểm phần trăm".
    (
        """Chuyển đổi số quý I/2024 nhìn từ các con số

Trong quý I/2024, Cổng Dịch vụ công quốc gia ghi nhận 2,3 triệu tài khoản đăng ký mới; tỷ lệ hồ sơ trực tuyến toàn trình trong quý đạt 29,8%, tăng 1,5 điểm phần trăm so với quý IV/2023.

Hiện nay, cả nước có 4.490 dịch vụ công trực tuyến toàn trình, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính là 52,1%.

Những con số trên cho thấy chuyển biến tích cực, song khoảng cách giữa "cung" và "cầu" dịch vụ công trực tuyến vẫn còn lớn.""",
        "2024-05-20",
        [
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 2300000.0),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 29.8),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-31", 52.1),
        ],
    ),
    # 37. Press on smartphones (June 2023): subscription count and share at end of May.
    # Traps: share of adults owning a smartphone (people, no id), Viettel's free phones, 2G-only subscribers.
    (
        """Gần 100 triệu thuê bao di động đã dùng smartphone

Tính đến hết tháng 5/2023, cả nước có khoảng 99,2 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 82,6% tổng số thuê bao di động. Theo một khảo sát, 73% người trưởng thành ở Việt Nam sở hữu smartphone.

Hiện vẫn còn khoảng 10 triệu thuê bao chỉ dùng công nghệ 2G. Riêng Viettel đã hỗ trợ đổi máy miễn phí cho hơn 500.000 khách hàng trước lộ trình tắt sóng 2G.""",
        "2023-06-28",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-05-31", 99200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-05-31", 82.6),
        ],
    ),
    # 38. Central-bank year-end press (2023): account ownership at end-2023; Mobile Money at 30/11/2023.
    # Traps: "vượt mục tiêu 80%", "tăng 58,2%".
    (
        """Tài chính toàn diện: Hơn 87% người trưởng thành có tài khoản ngân hàng

Tại hội nghị triển khai nhiệm vụ ngân hàng năm 2024, Ngân hàng Nhà nước cho biết đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu 80% của Chiến lược tài chính toàn diện quốc gia đến năm 2025. Dịch vụ Mobile Money có 6,1 triệu khách hàng (tính đến 30/11/2023).

Giao dịch thanh toán không dùng tiền mặt năm 2023 tăng 58,2% về số lượng so với năm 2022.""",
        "2024-01-12",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
            ("mobile_money_customers", "national", "as_of", "2023-11-30", 6100000.0),
        ],
    ),
    # 39. Government Office monthly summary (September 2025): portal flows for the month, accounts level, 9-month
    # payment count.
    # Traps: "tăng 35%", commune-level portal usage.
    (
        """Cổng Dịch vụ công quốc gia tháng 9/2025: Tăng mạnh sau vận hành chính quyền hai cấp

Trong tháng 9/2025, Cổng Dịch vụ công quốc gia có thêm 1,12 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên hơn 22,4 triệu; tiếp nhận 3,6 triệu hồ sơ trực tuyến, tăng 35% so với tháng trước. Cũng trong tháng, có 2,7 triệu giao dịch thanh toán trực tuyến với số tiền 1.380 tỷ đồng. Lũy kế 9 tháng năm 2025, số giao dịch thanh toán trực tuyến đạt 19,8 triệu giao dịch.

Tại cấp xã, nhiều địa phương đã có trên 90% hồ sơ được tiếp nhận qua Cổng.""",
        "2025-10-04",
        [
            ("national_portal_accounts_new", "national", "month", "2025-09-30", 1120000.0),
            ("national_portal_accounts", "national", "as_of", "2025-09-30", 22400000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-09-30", 3600000.0),
            ("online_payments_count_new", "national", "month", "2025-09-30", 2700000.0),
            ("online_payments_value_new", "national", "month", "2025-09-30", 1380.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 19800000.0),
        ],
    ),
    # 40. Provincial portal (Đồng Nai, after the 2025 merger), 11 months 2025: dossier shares ytd.
    # Traps: ward Trấn Biên's figure, 2026 target, digitisation share (no id).
    (
        """Đồng Nai: 11 tháng năm 2025, hơn 71% hồ sơ được giải quyết trực tuyến toàn trình

18/12/2025

Theo Sở Khoa học và Công nghệ, 11 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh Đồng Nai đạt 71,5%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 97,8%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 62,4%. Tỷ lệ số hóa hồ sơ đạt 88%.

Phường Trấn Biên dẫn đầu với 89% hồ sơ trực tuyến toàn trình. Năm 2026, tỉnh phấn đấu 100% hồ sơ đủ điều kiện được xử lý trực tuyến toàn trình.""",
        "2025-12-18",
        [
            ("online_dossier_full_process_rate", "Đồng Nai", "ytd", "2025-11-30", 71.5),
            ("e_result_rate", "Đồng Nai", "ytd", "2025-11-30", 97.8),
            ("data_reuse_rate", "Đồng Nai", "ytd", "2025-11-30", 62.4),
        ],
    ),
    # 41. Ministry year-end review 2022 with no sidecar (the text dates itself): year attacks, digital-economy share,
    # year-end smartphone share.
    # Traps: 2023 targets, "giảm 7%", 4G coverage (no id).
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2022 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023 (trích)

Năm 2022, kinh tế số ước chiếm 14,26% GDP. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 81,2%; mạng 4G phủ sóng 99,8% dân số. Trong năm, hệ thống kỹ thuật ghi nhận 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 7% so với năm 2021.

Năm 2023, phấn đấu kinh tế số chiếm 16% GDP, tỷ lệ thuê bao smartphone đạt 85%.""",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.2),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
        ],
    ),
    # 42. Government Office notice on administrative reform (March 2023): year-2022 shares by ministries and localities,
    # share of services with dossiers.
    # Traps: 4.400/6.328 procedures on the portal (no id), digitisation 25% (no id), 2023 target 50%.
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại Hội nghị trực tuyến về cải cách thủ tục hành chính, ngày 15 tháng 3 năm 2023

Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 62,1%, của các địa phương đạt 22,2%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ là 41,2%. Đến ngày 28/02/2023, Cổng Dịch vụ công quốc gia đã tích hợp 4.400/6.328 thủ tục hành chính. Tỷ lệ số hóa hồ sơ, kết quả giải quyết của các bộ, ngành mới đạt 25%.

Năm 2023, phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.""",
        "2023-03-22",
        [
            ("online_dossier_rate", "ministries", "year", "2022-12-31", 62.1),
            ("online_dossier_rate", "localities", "year", "2022-12-31", 22.2),
            ("dvctt_with_dossiers_rate", "national", "year", "2022-12-31", 41.2),
        ],
    ),
    # 43. Infographic caption "Tháng 7/2025 qua các con số": month attacks, botnet and 5G stock at 31/7/2025.
    # Traps: 5G target 50.000, "giảm 12%".
    (
        """THÁNG 7/2025 QUA CÁC CON SỐ - HẠ TẦNG SỐ & AN TOÀN THÔNG TIN

567 cuộc tấn công mạng gây sự cố được ghi nhận trong tháng 7/2025 (giảm 12% so với tháng 6)
502.000 địa chỉ IP botnet (tính đến 31/7/2025)
17.600 trạm 5G đã phát sóng (tính đến 31/7/2025)
Mục tiêu cuối năm 2025: 50.000 trạm 5G

Nguồn: Bộ Khoa học và Công nghệ""",
        "2025-08-06",
        [
            ("cyberattacks", "national", "month", "2025-07-31", 567.0),
            ("botnet_ips", "national", "as_of", "2025-07-31", 502000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 17600.0),
        ],
    ),
    # 44. Press (August 2025): national villages still without coverage and coverage share "đến nay", plus one
    # province's remaining villages (labelled with the province).
    # Traps: Viettel's station count, end-2025 target, "giảm 476 thôn" change.
    (
        """Còn 176 thôn, bản chưa có sóng di động

Thứ Hai, 25/8/2025 - 14:05

Theo Bộ Khoa học và Công nghệ, đến nay cả nước còn 176 thôn, bản chưa có sóng di động, giảm 476 thôn so với cùng kỳ năm trước; tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,8%. Các thôn còn lại tập trung chủ yếu ở Điện Biên (19 thôn), Lai Châu, Sơn La.

Riêng Viettel đã lắp đặt hơn 300 trạm BTS tại các thôn lõm sóng trong 8 tháng qua. Bộ đặt mục tiêu xóa toàn bộ thôn, bản lõm sóng trước ngày 31/12/2025.""",
        "2025-08-25",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-08-25", 176.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-08-25", 99.8),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2025-08-25", 19.0),
        ],
    ),
]
