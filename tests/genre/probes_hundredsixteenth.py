"""Genre probes, round 116: a year of what an analyst feeds the tracker (press summaries, provincial pages, notices, interviews and reviews), 2022–2026, written blind and held out.

Held out to the end of stop 45 and not fitted: read once with the stop's start code 15b33c0 (204 of 206 right, 204 of 214 found (0.99 / 0.95)) and once with its final extraction code (204 of 206, 204 of 214).
"""

CASES = [
    # 1. ICTnews-style summary of the MIC report for November 2022: online dossier rate national /
    # ministries / localities, NDXP flows and cumulative, portal accounts. Traps: +1,4 points, 50% target, 12 documents.
    (
        """Tháng 11/2022: Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc vẫn chưa đạt 30%

ICTnews - Theo báo cáo tình hình chuyển đổi số tháng 11/2022 vừa được Bộ Thông tin và Truyền thông công bố, các chỉ số về dịch vụ công trực tuyến tiếp tục được cải thiện nhưng chuyển biến còn chậm, nhất là ở khối địa phương.

Cụ thể, trong tháng 11/2022, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 29,6%, tăng 1,4 điểm phần trăm so với tháng trước. Khối bộ, ngành đạt 45,3%, trong khi các địa phương mới đạt 21,8%. Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 40,7%.

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 48,2 triệu giao dịch trong tháng, trung bình khoảng 1,6 triệu giao dịch mỗi ngày. Lũy kế từ khi khai trương năm 2019 đến hết tháng 11/2022, NDXP đã có hơn 1,12 tỷ giao dịch.

Về tài khoản trên Cổng Dịch vụ công quốc gia, tính đến ngày 30/11/2022, Cổng có 4,92 triệu tài khoản đăng ký.

Bộ TT&TT đánh giá, với tốc độ hiện nay, mục tiêu 50% hồ sơ được xử lý trực tuyến trong năm 2022 theo Nghị quyết 01/NQ-CP khó có thể hoàn thành. Trong tháng, Bộ đã ban hành 12 văn bản đôn đốc, hướng dẫn các bộ, ngành, địa phương.

Minh Thư""",
        "2022-12-08",
        [
            ("online_dossier_rate", "national", "month", "2022-11-30", 29.6),
            ("online_dossier_rate", "ministries", "month", "2022-11-30", 45.3),
            ("online_dossier_rate", "localities", "month", "2022-11-30", 21.8),
            ("dvctt_full_process_rate", "national", "month", "2022-11-30", 40.7),
            ("ndxp_transactions_period", "national", "month", "2022-11-30", 48200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-11-30", 1600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-11-30", 1120000000.0),
            ("national_portal_accounts", "national", "as_of", "2022-11-30", 4920000.0),
        ],
    ),
    # 2. VnExpress-style summary of the March 2023 report on infrastructure: download speeds of the
    # month, smartphone / FTTH / mobile broadband levels at end of Q1. Traps: upload speeds, speed ranks, 2023 targets, Viettel's handset sales.
    (
        """Tốc độ Internet cố định tại Việt Nam tiếp tục tăng

Tốc độ tải xuống trung vị của băng rộng cố định tại Việt Nam trong tháng 3/2023 đạt 91,4 Mbps, băng rộng di động đạt 39,8 Mbps, theo báo cáo chuyển đổi số tháng 3 của Bộ Thông tin và Truyền thông.

Báo cáo dẫn số liệu đo kiểm của Ookla cho biết tốc độ tải lên của mạng cố định đạt 89,7 Mbps, của mạng di động đạt 17,2 Mbps. Với kết quả này, Việt Nam xếp thứ 42 thế giới về tốc độ băng rộng cố định và thứ 49 về tốc độ di động.

Cũng theo Bộ, tính đến hết quý I/2023, tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 84,3%, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 75,8%; số thuê bao băng rộng di động đạt 81,5 triệu, tương đương 81,2 thuê bao/100 dân.

Năm 2023, Bộ TT&TT đặt mục tiêu tốc độ băng rộng di động đạt tối thiểu 40 Mbps và 85% thuê bao di động sử dụng smartphone. Để thúc đẩy phổ cập điện thoại thông minh, các doanh nghiệp viễn thông đã tung ra các gói máy kèm cước giá dưới 600.000 đồng; riêng Viettel đã bán hơn 300.000 máy trong quý I.

Lưu Quý""",
        "2023-04-12",
        [
            ("fixed_broadband_speed", "national", "month", "2023-03-31", 91.4),
            ("mobile_broadband_speed", "national", "month", "2023-03-31", 39.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-03-31", 84.3),
            ("ftth_household_rate", "national", "as_of", "2023-03-31", 75.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-03-31", 81500000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-03-31", 81.2),
        ],
    ),
    # 3. Báo Tin tức summary of the June 2024 report on information security: half-year and June
    # attacks, botnet IPs, approved security-level dossiers. Traps: rounded headline, % changes, 56,8% (no id), 100% target, Viettel Cyber Security's count.
    (
        """Gần 5.000 cuộc tấn công mạng vào hệ thống thông tin Việt Nam trong nửa đầu năm

(Báo Tin tức) - Theo báo cáo tháng 6/2024 của Bộ Thông tin và Truyền thông, trong 6 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 4.961 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 37,6% so với cùng kỳ năm 2023. Riêng trong tháng 6/2024 có 652 cuộc tấn công, giảm 11,2% so với tháng 5.

Số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) tính đến cuối tháng 6/2024 vào khoảng 526.000 địa chỉ, giảm 17,8% so với cùng kỳ.

Đối với công tác bảo đảm an toàn hệ thống thông tin theo cấp độ, tính đến ngày 30/6/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành, địa phương đạt 83,5%; tỷ lệ hệ thống được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ được duyệt mới đạt 56,8%. Bộ TT&TT yêu cầu trong năm 2024, 100% hệ thống thông tin đang vận hành phải được phê duyệt cấp độ.

Cũng trong nửa đầu năm, Trung tâm An ninh mạng Viettel (Viettel Cyber Security) cho biết đã phát hiện hơn 1.200 website giả mạo ngân hàng và ví điện tử.""",
        "2024-07-10",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4961.0),
            ("cyberattacks", "national", "month", "2024-06-30", 652.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 526000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 83.5),
        ],
    ),
    # 4. Hà Tĩnh provincial portal, half-year 2023: province's dossier and e-result rates, full-process
    # share "hiện nay" (page date, 14 days after the half), FTTH at end of June. Traps: districts' rates, +12,4 points, count of services, 100% communes, year-end targets.
    (
        """Hà Tĩnh: Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2023

Cập nhật lúc: 14/07/2023 09:15

Sở Thông tin và Truyền thông vừa có báo cáo UBND tỉnh về kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2023. Theo đó, các chỉ số về dịch vụ công trực tuyến của tỉnh có bước tiến rõ nét.

6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh đạt 52,3%, tăng 12,4 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 89,1%. Hiện nay, toàn tỉnh cung cấp 1.036 dịch vụ công trực tuyến toàn trình, chiếm 48,6% tổng số thủ tục hành chính. Một số địa phương có tỷ lệ hồ sơ trực tuyến cao như huyện Can Lộc (78,2%), thị xã Kỳ Anh (71,5%).

Về hạ tầng số, đến hết tháng 6/2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 71,8%; 100% xã có hạ tầng cáp quang đến trung tâm xã.

Thời gian tới, Hà Tĩnh phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến đạt trên 60%, tỷ lệ hộ gia đình có cáp quang đạt 80%.

Cổng Thông tin điện tử Hà Tĩnh""",
        "2023-07-14",
        [
            ("online_dossier_rate", "Hà Tĩnh", "half", "2023-06-30", 52.3),
            ("e_result_rate", "Hà Tĩnh", "half", "2023-06-30", 89.1),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2023-07-14", 48.6),
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2023-06-30", 71.8),
        ],
    ),
    # 5. Báo Quảng Ninh on DTI 2023: the province's 2023 figures (eligible procedures full-process,
    # dossiers online, satisfaction, digital economy share of GRDP). Traps: DTI score/rank, 95,3% digitisation (no id), 2025 target of 20%.
    (
        """Quảng Ninh giữ vững vị trí dẫn đầu về chuyển đổi số

Thứ Năm, 12/09/2024 | 16:40

Bộ Thông tin và Truyền thông vừa công bố Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2023, trong đó Quảng Ninh tiếp tục xếp thứ nhất trong 63 tỉnh, thành phố với 0,6243 điểm, là năm thứ ba liên tiếp đứng đầu cả nước.

Kết quả này phản ánh nỗ lực bền bỉ của cả hệ thống chính trị. Năm 2023, 100% thủ tục hành chính đủ điều kiện của tỉnh đã được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ tiếp nhận và giải quyết trực tuyến đạt 87,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 95,3%; mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt 97,1%. Kinh tế số năm 2023 ước đóng góp 11,2% vào GRDP của tỉnh.

Theo ông Nguyễn Văn Hưng, Giám đốc Sở Thông tin và Truyền thông, Quảng Ninh đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP, đồng thời đẩy mạnh xây dựng chính quyền số từ cấp tỉnh đến cấp xã.

Cùng với Quảng Ninh, nhóm 5 địa phương dẫn đầu DTI cấp tỉnh năm 2023 còn có Đà Nẵng, Thừa Thiên Huế, Bình Dương và Hà Nội.

Thu Hằng""",
        "2024-09-12",
        [
            ("full_process_provision_rate", "Quảng Ninh", "year", "2023-12-31", 100.0),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 87.6),
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 97.1),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 11.2),
        ],
    ),
    # 6. VPCP notice (dated in the text, no sidecar) concluding a 2023 committee meeting: "đến nay"
    # levels at the meeting date, the 2022 dossier rate. Traps: remainders (27 services, 422 procedures), tasks count, Q2 deadline.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 118/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 4 năm 2023

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại phiên họp năm 2023 của Ủy ban

Ngày 24 tháng 3 năm 2023, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì phiên họp của Ủy ban. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo và ý kiến của các đại biểu, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Năm 2022, công tác chuyển đổi số quốc gia đạt được nhiều kết quả tích cực. Tỷ lệ hồ sơ xử lý trực tuyến năm 2022 đạt 31,2%, cao hơn nhiều so với năm 2021 nhưng chưa đạt mục tiêu đề ra. Đến nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã kết nối với 95 bộ, ngành, địa phương và 9 doanh nghiệp; đã có 26/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 52/63 địa phương đã ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Các bộ, ngành đã cắt giảm, đơn giản hóa 662/1.084 thủ tục hành chính, quy định kinh doanh theo các Nghị quyết chuyên đề của Chính phủ; còn 422/1.084 thủ tục chưa được cắt giảm, đơn giản hóa.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Các bộ, ngành, địa phương tập trung hoàn thành 27 dịch vụ công thiết yếu còn lại trong quý II/2023.
2. Bộ Thông tin và Truyền thông chủ trì triển khai 15 nhiệm vụ trọng tâm của Ủy ban trong năm 2023 ...

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.""",
        None,
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 31.2),
            ("ndxp_connected_agencies", "national", "as_of", "2023-03-24", 95.0),
            ("essential_services_full_process", "national", "as_of", "2023-03-24", 26.0),
            ("localities_fee_reduction", "national", "as_of", "2023-03-24", 52.0),
            ("procedures_simplified", "national", "as_of", "2023-03-24", 662.0),
        ],
    ),
    # 7. Infographic captions for the year 2023 (year under review: levels at 31/12). Traps: "gấp 3 lần",
    # ICT revenue (no id), 2025 targets.
    (
        """INFOGRAPHIC | Chuyển đổi số Việt Nam năm 2023 qua các con số

(Nguồn: Bộ Thông tin và Truyền thông)

• Kinh tế số: ước chiếm 16,5% GDP; tăng trưởng khoảng 20% so với năm 2022, gấp 3 lần tốc độ tăng trưởng GDP
• Người sử dụng Internet: 78,6% dân số
• Băng rộng cố định: 22,4 thuê bao/100 dân
• Băng rộng di động: 84,6 thuê bao/100 dân
• Hộ gia đình có cáp quang: 79,5%
• Doanh thu công nghiệp ICT: 142 tỷ USD
• Mục tiêu 2025: kinh tế số chiếm 20% GDP, 80% hộ gia đình có cáp quang

Thực hiện: Hồng Nhung – Đồ họa: Minh Khang""",
        "2024-01-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 84.6),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.5),
        ],
    ),
    # 8. VietnamPlus summary of the Ministry of Science and Technology's May 2025 report: national,
    # ministries (after "trong đó"), localities, one named province's value; portal flows. Traps: one agency's rate (BHXH), +3,1 points, 80% target.
    (
        """Tháng 5/2025: 91,8% hồ sơ có kết quả giải quyết điện tử

(VietnamPlus) - Bộ Khoa học và Công nghệ vừa công bố báo cáo tình hình chuyển đổi số quốc gia tháng 5/2025, báo cáo tháng thứ ba kể từ khi Bộ tiếp nhận chức năng quản lý nhà nước về chuyển đổi số.

Theo báo cáo, trong tháng 5, tỷ lệ hồ sơ có kết quả giải quyết điện tử của cả nước đạt 91,8%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 41,2%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 49,7%, tăng 3,1 điểm phần trăm so với tháng 4, trong đó khối bộ, ngành đạt 64,5%, khối địa phương đạt 44,9%.

Đứng đầu khối bộ, ngành về tỷ lệ hồ sơ trực tuyến toàn trình là Bảo hiểm xã hội Việt Nam với 99,1%. Ở khối địa phương, Bắc Giang tiếp tục dẫn đầu với 82,6%.

Trong tháng, Cổng Dịch vụ công quốc gia tiếp nhận 1,46 triệu hồ sơ trực tuyến; ghi nhận 2,1 triệu giao dịch thanh toán trực tuyến với số tiền 2.315 tỷ đồng.

Bộ Khoa học và Công nghệ lưu ý, để đạt mục tiêu 80% hồ sơ trực tuyến toàn trình trong năm 2025, các địa phương cần khẩn trương chuẩn hóa quy trình nội bộ, tái cấu trúc quy trình nghiệp vụ.""",
        "2025-06-10",
        [
            ("e_result_rate", "national", "month", "2025-05-31", 91.8),
            ("data_reuse_rate", "national", "month", "2025-05-31", 41.2),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 49.7),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 64.5),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 44.9),
            ("online_dossier_full_process_rate", "Bắc Giang", "month", "2025-05-31", 82.6),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 1460000.0),
            ("online_payments_count_new", "national", "month", "2025-05-31", 2100000.0),
            ("online_payments_value_new", "national", "month", "2025-05-31", 2315.0),
        ],
    ),
    # 9. Báo Lào Cai on dead-zone villages (2022): the province's villages without coverage and share
    # of villages covered at end of September. Traps: 41 without electricity after "trong đó", 35-village plan, Viettel / VNPT stations, one district's 29.
    (
        """Lào Cai nỗ lực xóa "vùng lõm" sóng di động

Báo Lào Cai - Những năm qua, hạ tầng viễn thông trên địa bàn tỉnh được đầu tư mạnh mẽ, tuy nhiên tại nhiều thôn, bản vùng cao, người dân vẫn phải "đi tìm sóng" mỗi khi cần liên lạc.

Tính đến tháng 9/2022, toàn tỉnh còn 97 thôn, bản chưa có sóng điện thoại di động, tập trung tại các huyện Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà; tỷ lệ thôn, bản có sóng di động của tỉnh mới đạt 95,3%. Trong số các thôn lõm sóng, có 41 thôn chưa có điện lưới quốc gia. Riêng huyện Bát Xát còn 29 thôn chưa có sóng.

Ông Hoàng Văn Tuấn, Giám đốc Sở Thông tin và Truyền thông cho biết, năm 2022, tỉnh phấn đấu phủ sóng thêm 35 thôn, bản. Thời gian qua, Viettel Lào Cai đã lắp đặt 18 trạm BTS mới tại các thôn lõm sóng, VNPT Lào Cai triển khai thêm 9 trạm.

"Với những thôn chưa có điện lưới, chúng tôi đề nghị doanh nghiệp sử dụng trạm BTS dùng pin năng lượng mặt trời", ông Tuấn nói.

Đức Anh""",
        "2022-10-20",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2022-09-30", 97.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2022-09-30", 95.3),
        ],
    ),
    # 10. Báo Tin tức summary of the August 2024 report on the National Portal: flows of the month on
    # the _new twins, cumulative levels at end of August, services with dossiers. Traps: page visits, +8,2%.
    (
        """Cổng Dịch vụ công quốc gia tiếp tục tăng trưởng mạnh về tài khoản và thanh toán trực tuyến

(Báo Tin tức/TTXVN) - Theo báo cáo tình hình chuyển đổi số tháng 8/2024 của Bộ Thông tin và Truyền thông, trong tháng, Cổng Dịch vụ công quốc gia có thêm 432.600 tài khoản đăng ký, tiếp nhận hơn 1,02 triệu hồ sơ trực tuyến; thực hiện 1,38 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.480 tỷ đồng.

Lũy kế đến hết tháng 8/2024, Cổng có 13,2 triệu tài khoản đăng ký; tổng số giao dịch thanh toán trực tuyến đạt 40,6 triệu, với số tiền hơn 52.870 tỷ đồng. Số lượt truy cập Cổng trong tháng đạt 96 triệu, tăng 8,2% so với tháng 7.

Cũng trong tháng 8/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trên toàn quốc đạt 46,3%. Bộ TT&TT đề nghị các bộ, ngành, địa phương rà soát, cắt giảm các dịch vụ công trực tuyến không phát sinh hồ sơ hoặc có tỷ lệ sử dụng thấp để tập trung nguồn lực.""",
        "2024-09-09",
        [
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 432600.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1020000.0),
            ("online_payments_count_new", "national", "month", "2024-08-31", 1380000.0),
            ("online_payments_value_new", "national", "month", "2024-08-31", 1480.0),
            ("national_portal_accounts", "national", "as_of", "2024-08-31", 13200000.0),
            ("online_payments_count", "national", "as_of", "2024-08-31", 40600000.0),
            ("online_payments_value", "national", "as_of", "2024-08-31", 52870.0),
            ("dvctt_with_dossiers_rate", "national", "month", "2024-08-31", 46.3),
        ],
    ),
    # 11. MIC report excerpt, September 2022, table of 9-month figures (ytd) by ministries / localities /
    # national, plus EMC connection level. Traps: the plan column, 77/85 count, 07 documents.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Tình hình chuyển đổi số tháng 9 và 9 tháng đầu năm 2022

...

II. KẾT QUẢ TRIỂN KHAI
1. Chính phủ số
a) Dịch vụ công trực tuyến

Bảng 1. Một số chỉ số về dịch vụ công trực tuyến (số liệu 9 tháng đầu năm 2022; nguồn: Hệ thống EMC)

| Chỉ số | Bộ, ngành | Địa phương | Toàn quốc | Kế hoạch năm 2022 |
|---|---|---|---|---|
| Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình | 71,4% | 58,9% | 62,1% | 100% |
| Tỷ lệ DVCTT có phát sinh hồ sơ | 39,2% | 24,5% | 27,8% | 50% |
| Tỷ lệ hồ sơ xử lý trực tuyến | 41,6% | 19,7% | 26,4% | 50% |

b) Kết nối hệ thống giám sát
Tính đến ngày 30/9/2022, 77/85 hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC, đạt tỷ lệ 90,6%.

Trong tháng 9, Bộ đã ban hành 07 văn bản hướng dẫn kỹ thuật về kết nối, chia sẻ dữ liệu với Hệ thống EMC.""",
        "2022-10-07",
        [
            ("full_process_provision_rate", "ministries", "ytd", "2022-09-30", 71.4),
            ("full_process_provision_rate", "localities", "ytd", "2022-09-30", 58.9),
            ("full_process_provision_rate", "national", "ytd", "2022-09-30", 62.1),
            ("dvctt_with_dossiers_rate", "ministries", "ytd", "2022-09-30", 39.2),
            ("dvctt_with_dossiers_rate", "localities", "ytd", "2022-09-30", 24.5),
            ("dvctt_with_dossiers_rate", "national", "ytd", "2022-09-30", 27.8),
            ("online_dossier_rate", "ministries", "ytd", "2022-09-30", 41.6),
            ("online_dossier_rate", "localities", "ytd", "2022-09-30", 19.7),
            ("online_dossier_rate", "national", "ytd", "2022-09-30", 26.4),
            ("emc_connection_rate", "national", "as_of", "2022-09-30", 90.6),
        ],
    ),
    # 12. Báo Đà Nẵng, Q3 2025 after the merger: the city's full-process dossier share (after "trong đó",
    # its own value), e-results, data reuse. Traps: 412.000 dossiers, one ward's and communes' rates, year-end target.
    (
        """Quý III/2025: Đà Nẵng có 71,2% hồ sơ thủ tục hành chính trực tuyến toàn trình

Thứ Tư, 15/10/2025, 06:45 [GMT+7]

Sau hơn 3 tháng vận hành chính quyền địa phương hai cấp, hoạt động giải quyết thủ tục hành chính trên môi trường số của thành phố Đà Nẵng (mới) từng bước đi vào nền nếp.

Theo Sở Khoa học và Công nghệ, trong quý III/2025, toàn thành phố tiếp nhận hơn 412.000 hồ sơ thủ tục hành chính, trong đó 71,2% hồ sơ được nộp trực tuyến toàn trình; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 96,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 58,3%.

Phường Hải Châu dẫn đầu với 93,4% hồ sơ trực tuyến toàn trình. Trong khi đó, một số xã miền núi phía Tây như Trà Tân, Nam Trà My mới đạt dưới 30% do hạ tầng mạng và thiết bị còn hạn chế, người dân chưa quen thao tác.

Thành phố đặt mục tiêu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, 100% xã, phường có bộ phận hỗ trợ người dân sử dụng dịch vụ công trực tuyến.

Hoàng Hiệp""",
        "2025-10-15",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2025-09-30", 71.2),
            ("e_result_rate", "Đà Nẵng", "quarter", "2025-09-30", 96.5),
            ("data_reuse_rate", "Đà Nẵng", "quarter", "2025-09-30", 58.3),
        ],
    ),
    # 13. Interview with the head of the Telecommunications Authority, December 2024: "hiện nay / đến nay"
    # levels at the page date (5G stations and coverage, dead-zone villages, FTTH). Traps: Viettel's stations, 5G subscribers (no id), "giảm khoảng 500", 2025 target.
    (
        """"Phủ sóng 5G là bước đi chiến lược của hạ tầng số quốc gia"

Nhân dịp tổng kết năm 2024, phóng viên có cuộc trao đổi với ông Nguyễn Phong Nhã, Cục trưởng Cục Viễn thông (Bộ Thông tin và Truyền thông) về kết quả phát triển hạ tầng số.

PV: Sau hơn hai tháng các nhà mạng chính thức khai trương dịch vụ 5G, ông đánh giá như thế nào về tiến độ triển khai?

Ông Nguyễn Phong Nhã: Tốc độ triển khai rất nhanh. Hiện nay, cả nước đã có hơn 7.200 trạm phát sóng 5G, tỷ lệ dân số được phủ sóng 5G khoảng 16,8%, chủ yếu tại các đô thị lớn và khu công nghiệp. Riêng Viettel đã phát sóng khoảng 6.500 trạm. Số thuê bao sử dụng dịch vụ 5G đã vượt 4 triệu.

PV: Còn câu chuyện xóa vùng lõm sóng thì sao, thưa ông?

Ông Nguyễn Phong Nhã: Đến nay, cả nước còn 1.635 thôn, bản chưa có sóng di động băng rộng, giảm khoảng 500 thôn so với đầu năm. Về băng rộng cố định, tỷ lệ hộ gia đình có cáp quang đã đạt 82,4%. Năm 2025, chúng tôi đặt mục tiêu 5G phủ sóng 30% dân số và cơ bản xóa toàn bộ thôn, bản lõm sóng.

PV: Xin cảm ơn ông!""",
        "2024-12-18",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-18", 7200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-18", 16.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-18", 1635.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-18", 82.4),
        ],
    ),
    # 14. Báo Nhân Dân summary of the January 2026 report on NDXP: month flow, daily average, cumulative,
    # "hiện" connection points and agencies at page date. Traps: +21%, sub-count after "trong đó", 24 enterprises.
    (
        """NDXP: Lưu lượng giao dịch tháng đầu năm 2026 tiếp tục tăng mạnh

(Báo Nhân Dân) - Theo báo cáo tình hình chuyển đổi số tháng 1/2026 của Bộ Khoa học và Công nghệ, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 142,7 triệu giao dịch trong tháng, tăng 21% so với cùng kỳ năm trước; trong đó hơn 30 triệu giao dịch khai thác Cơ sở dữ liệu quốc gia về dân cư. Trung bình mỗi ngày trong tháng 1 có 4,6 triệu giao dịch.

Lũy kế từ năm 2019 đến hết tháng 1/2026, NDXP đã thực hiện 4,13 tỷ giao dịch. Hiện nền tảng đã thiết lập 246 điểm kết nối với 71 bộ, ngành, địa phương và 24 doanh nghiệp, tổ chức.

Theo Bộ Khoa học và Công nghệ, năm 2026 NDXP sẽ được nâng cấp để đáp ứng yêu cầu chia sẻ dữ liệu phục vụ chính quyền địa phương hai cấp và các cơ sở dữ liệu quốc gia mới hình thành.""",
        "2026-02-09",
        [
            ("ndxp_transactions_period", "national", "month", "2026-01-31", 142700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2026-01-31", 4600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2026-01-31", 4130000000.0),
            ("ndxp_connection_points", "national", "as_of", "2026-02-09", 246.0),
            ("ndxp_connected_agencies", "national", "as_of", "2026-02-09", 71.0),
        ],
    ),
    # 15. Báo Thanh Hóa, December 2022, Đề án 06: the province's chip ID cards and activated VNeID
    # accounts (after "trong đó", another measure, kept). Traps: 98,6% of eligible (no id), 1,12 million applications, one district's figure, Q1/2023 target.
    (
        """Thanh Hóa đẩy nhanh cấp căn cước công dân gắn chip và định danh điện tử

Báo Thanh Hóa - Thực hiện Đề án 06 của Chính phủ, thời gian qua Công an tỉnh Thanh Hóa đã huy động tối đa lực lượng, làm việc cả ngày nghỉ, ngoài giờ hành chính để phục vụ nhân dân.

Tính đến ngày 20/12/2022, Công an tỉnh đã cấp 2,86 triệu thẻ căn cước công dân gắn chip điện tử, đạt 98,6% số công dân đủ điều kiện; thu nhận 1,12 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó đã kích hoạt 418.500 tài khoản.

Công an huyện Quảng Xương là đơn vị dẫn đầu toàn tỉnh với hơn 95.000 hồ sơ định danh điện tử được thu nhận.

Mục tiêu đến hết quý I/2023, toàn tỉnh kích hoạt 1 triệu tài khoản định danh điện tử, 100% công dân đủ điều kiện được cấp căn cước công dân gắn chip.

Lê Hợi""",
        "2022-12-26",
        [
            ("chip_id_cards_issued", "Thanh Hóa", "as_of", "2022-12-20", 2860000.0),
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2022-12-20", 418500.0),
        ],
    ),
    # 16. Báo Đầu tư summary of the July 2023 report: e-invoices and Mobile Money at end of July, adults
    # with an account at end of June. Traps: coded invoices after "trong đó", 68% rural share, Viettel Money's customers, 2025 target.
    (
        """Hóa đơn điện tử, Mobile Money: những con số sau một năm triển khai diện rộng

Báo Đầu tư - Báo cáo tình hình chuyển đổi số tháng 7/2023 của Bộ Thông tin và Truyền thông dành một phần đáng kể cho các chỉ số của kinh tế số và xã hội số, trong đó có hóa đơn điện tử và thanh toán không dùng tiền mặt.

Theo số liệu Tổng cục Thuế cung cấp, tính đến ngày 31/7/2023, cơ quan thuế đã tiếp nhận và xử lý 3,71 tỷ hóa đơn điện tử kể từ khi triển khai trên phạm vi toàn quốc từ tháng 7/2022, trong đó có 2,26 tỷ hóa đơn có mã của cơ quan thuế.

Dịch vụ Mobile Money đến hết tháng 7/2023 có 5,94 triệu khách hàng đăng ký sử dụng, trong đó khoảng 68% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money chiếm khoảng 3,8 triệu khách hàng.

Ngân hàng Nhà nước cho biết, tính đến cuối tháng 6/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 80,1%. Chiến lược tài chính toàn diện quốc gia đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng.

Thanh Xuân""",
        "2023-08-14",
        [
            ("e_invoices_total", "national", "as_of", "2023-07-31", 3710000000.0),
            ("mobile_money_customers", "national", "as_of", "2023-07-31", 5940000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 80.1),
        ],
    ),
    # 17. Bến Tre provincial portal, Q1/2024: the province's online dossier share, satisfaction survey of
    # the quarter, dossiers with personal ID. Traps: on-time rate, online-payment share and digitisation (no id), one district, +9,6 points.
    (
        """Bến Tre: Quý I/2024, tỷ lệ hồ sơ trực tuyến đạt 58,4%

Ngày đăng: 16/04/2024

Theo báo cáo của Văn phòng UBND tỉnh, trong quý I/2024, các cơ quan, đơn vị trên địa bàn tỉnh Bến Tre đã tiếp nhận 186.420 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ đạt 58,4%, tăng 9,6 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 41,3%; tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 76,5%.

Tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân của người nộp trong quý I/2024 đạt 92,7%. Kết quả khảo sát trong quý cho thấy mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 98,2%.

Trong các địa phương cấp huyện, huyện Chợ Lách có tỷ lệ hồ sơ trực tuyến cao nhất với 86%, thành phố Bến Tre đạt 71,4%.

Cổng Thông tin điện tử tỉnh Bến Tre""",
        "2024-04-16",
        [
            ("online_dossier_rate", "Bến Tre", "quarter", "2024-03-31", 58.4),
            ("dossiers_with_personal_id_rate", "Bến Tre", "quarter", "2024-03-31", 92.7),
            ("satisfaction_rate", "Bến Tre", "quarter", "2024-03-31", 98.2),
        ],
    ),
    # 18. VPCP notice concluding the Đề án 06 half-year conference of 2024: "đến nay" levels at the
    # conference date, half-year share of dossiers with personal ID. Traps: 29 remaining services, +4,2%, 12 tasks, year-end deadline.
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Hội nghị sơ kết 6 tháng đầu năm 2024 triển khai Đề án 06

Ngày 08 tháng 7 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Tổ công tác triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06) đã chủ trì Hội nghị sơ kết 6 tháng đầu năm 2024. Sau khi nghe báo cáo của Bộ Công an và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận:

1. Đến nay, Bộ Công an đã cấp 87,3 triệu thẻ căn cước công dân gắn chip, kích hoạt 57,6 triệu tài khoản định danh điện tử; đã có 47/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình theo Quyết định 206/QĐ-TTg. Dịch vụ Mobile Money có 9,1 triệu khách hàng; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87,1%, tăng 4,2% so với cùng kỳ.

2. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân đạt 79,5%.

3. Các bộ, ngành, địa phương khẩn trương hoàn thành 29 dịch vụ công thiết yếu còn lại trước ngày 31/12/2024; Tổ công tác Đề án 06 theo dõi, đôn đốc 12 nhiệm vụ trọng tâm được giao tại Hội nghị.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.""",
        "2024-07-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-07-08", 87300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-08", 57600000.0),
            ("essential_services_full_process", "national", "as_of", "2024-07-08", 47.0),
            ("mobile_money_customers", "national", "as_of", "2024-07-08", 9100000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-07-08", 87.1),
            ("dossiers_with_personal_id_rate", "national", "half", "2024-06-30", 79.5),
        ],
    ),
    # 19. Nhân Dân year-end review of 2022 (page of early January 2023): digital economy share, EGDI 2022
    # edition, adults with accounts, Mobile Money, VNeID accounts at year end. Traps: "tăng 2 bậc", Singapore's rank, 2025 target.
    (
        """Năm 2022 – dấu mốc của chuyển đổi số quốc gia

Năm 2022 được Thủ tướng Chính phủ chọn là "Năm chuyển đổi số quốc gia", với chủ đề "Chuyển đổi số toàn dân, toàn diện, để đạt được mục tiêu kép". Nhìn lại một năm, có thể thấy nhận thức về chuyển đổi số đã lan tỏa mạnh mẽ từ trung ương tới cơ sở.

Năm 2022, kinh tế số ước chiếm 14,26% GDP. Theo Báo cáo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2022, chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 86/193 quốc gia, tăng 2 bậc so với năm 2020; trong khu vực, Singapore đứng thứ 12.

Trên lĩnh vực tài chính số, tỷ lệ người trưởng thành có tài khoản thanh toán đạt khoảng 74%; dịch vụ Mobile Money sau hơn một năm thí điểm đã có 2,6 triệu khách hàng. Hơn 4,6 triệu tài khoản định danh điện tử đã được kích hoạt sau gần 6 tháng Bộ Công an triển khai ứng dụng VNeID.

Chặng đường phía trước còn dài: mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP và Việt Nam thuộc nhóm 50 quốc gia dẫn đầu về Chính phủ điện tử.

Nhóm phóng viên Ban Thông tin""",
        "2023-01-03",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 74.0),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 2600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-12-31", 4600000.0),
        ],
    ),
    # 20. ICTnews summary of the April 2022 report (the level-3/4 era): shares at end of April, one named
    # province's services-with-dossiers share. Traps: one ministry's 100%, Hà Nội's count of services, +6,3 points, year-end target.
    (
        """Hơn một nửa thủ tục hành chính đã có dịch vụ công trực tuyến

ICTnews - Báo cáo tình hình chuyển đổi số tháng 4/2022 của Bộ Thông tin và Truyền thông cho thấy, tính đến hết tháng 4/2022, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến (mức độ 3 và 4) trên toàn quốc đạt 56,9%; tỷ lệ dịch vụ công trực tuyến mức độ 4 (toàn trình) trên tổng số thủ tục hành chính đạt 34,2%, tăng 6,3 điểm phần trăm so với cùng kỳ năm 2021.

Tuy nhiên, tại thời điểm cuối tháng 4/2022, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ vẫn ở mức thấp, chỉ đạt 21,6%. Đồng Tháp là địa phương dẫn đầu về chỉ số này với 89,5%.

Ở khối bộ, ngành, Bộ Tư pháp đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến mức độ 4. Hà Nội hiện cung cấp 2.011 dịch vụ công trực tuyến, nhiều nhất cả nước.

Theo Kế hoạch năm 2022, đến hết năm, 100% thủ tục hành chính đủ điều kiện phải được cung cấp dịch vụ công trực tuyến mức độ 4.

Duy Vũ""",
        "2022-05-11",
        [
            ("dvctt_rate", "national", "as_of", "2022-04-30", 56.9),
            ("dvctt_full_process_rate", "national", "as_of", "2022-04-30", 34.2),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2022-04-30", 21.6),
            ("dvctt_with_dossiers_rate", "Đồng Tháp", "as_of", "2022-04-30", 89.5),
        ],
    ),
    # 21. Báo Khánh Hòa on the province's digital infrastructure (October 2023): smartphone share, FTTH,
    # villages covered. Traps: upload speed, VNPT Khánh Hòa's subscribers, one district's FTTH, 2025 target.
    (
        """Khánh Hòa: Hạ tầng số phủ rộng, tạo nền tảng cho chuyển đổi số

Cập nhật: 22/11/2023

Những năm gần đây, hạ tầng viễn thông trên địa bàn tỉnh Khánh Hòa được các doanh nghiệp đầu tư đồng bộ, từng bước đáp ứng yêu cầu chuyển đổi số của chính quyền, người dân và doanh nghiệp.

Theo Sở Thông tin và Truyền thông, tính đến hết tháng 10/2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 86,4%; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 79,3%; 100% thôn, tổ dân phố đã có sóng di động 4G. Tốc độ tải lên trung bình của mạng cáp quang đạt trên 90 Mbps.

Riêng VNPT Khánh Hòa hiện có hơn 128.000 thuê bao cáp quang. Tại huyện miền núi Khánh Sơn, tỷ lệ hộ gia đình có cáp quang mới đạt 52%.

Tỉnh đặt mục tiêu đến năm 2025, 90% hộ gia đình có cáp quang và phủ sóng 5G tại thành phố Nha Trang, Cam Ranh.

Phan Sông Ngân""",
        "2023-11-22",
        [
            ("smartphone_subscriber_rate", "Khánh Hòa", "as_of", "2023-10-31", 86.4),
            ("ftth_household_rate", "Khánh Hòa", "as_of", "2023-10-31", 79.3),
            ("villages_with_mobile_coverage_rate", "Khánh Hòa", "as_of", "2023-10-31", 100.0),
        ],
    ),
    # 22. Báo Chính phủ-style summary of the Ministry of Science and Technology's March 2025 report on
    # infrastructure: 5G levels at end of March, download speeds of the month, smartphone share. Traps: upload speeds, global rank, Viettel's share, 2025 target.
    (
        """Tháng 3/2025: Tốc độ Internet di động tại Việt Nam tăng mạnh nhờ 5G

(Chinhphu.vn) - Theo báo cáo tình hình chuyển đổi số tháng 3/2025 của Bộ Khoa học và Công nghệ, tính đến hết tháng 3/2025, cả nước có hơn 9.300 trạm phát sóng 5G, tỷ lệ dân số được phủ sóng 5G đạt 26,6%; hơn 70% số trạm do Viettel triển khai.

Nhờ mạng 5G mở rộng, tốc độ tải xuống trung vị của băng rộng di động trong tháng 3/2025 đạt 66,5 Mbps; băng rộng cố định đạt 162,4 Mbps. Tốc độ tải lên tương ứng đạt 26,1 Mbps và 158,7 Mbps. Việt Nam hiện xếp thứ 20 thế giới về tốc độ băng rộng di động.

Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đến hết tháng 3/2025 đạt 89,2%.

Năm 2025, Bộ Khoa học và Công nghệ đặt mục tiêu phủ sóng 5G tới 45% dân số, tiến tới tắt sóng 2G trên phạm vi toàn quốc.""",
        "2025-04-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 9300.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.6),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 66.5),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 162.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 89.2),
        ],
    ),
    # 23. Báo Lâm Đồng (merged province), January 2026, the province's year 2025: digital economy share of
    # GRDP, adults using online services and adults with accounts ("Cũng trong năm 2025": year). Traps: GRDP growth (not DE growth), one commune's rate, 2026 target.
    (
        """Lâm Đồng: Kinh tế số đóng góp khoảng 9,4% GRDP năm 2025

Báo Lâm Đồng - Năm 2025 là năm đầu tiên tỉnh Lâm Đồng (mới) vận hành sau hợp nhất với Đắk Nông và Bình Thuận. Dù khối lượng công việc lớn, công tác chuyển đổi số của tỉnh vẫn đạt nhiều kết quả nổi bật.

Năm 2025, kinh tế số của tỉnh ước đóng góp khoảng 9,4% GRDP; tăng trưởng GRDP toàn tỉnh đạt 7,2%. Cũng trong năm 2025, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 52,6%; tỷ lệ dân số trưởng thành có tài khoản thanh toán đạt 85,3%.

Tại cấp xã, nhiều địa phương đã làm tốt công tác hỗ trợ người dân. Xã Đạ Tẻh có tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến đạt 71%, cao nhất tỉnh.

Năm 2026, Lâm Đồng phấn đấu kinh tế số chiếm 12% GRDP, 70% người trưởng thành sử dụng dịch vụ công trực tuyến.

Khánh Phúc""",
        "2026-01-14",
        [
            ("digital_economy_gdp_share", "Lâm Đồng", "year", "2025-12-31", 9.4),
            ("adult_population_using_dvctt_rate", "Lâm Đồng", "year", "2025-12-31", 52.6),
            ("adults_with_bank_account_rate", "Lâm Đồng", "year", "2025-12-31", 85.3),
        ],
    ),
    # 24. MIC annual report excerpt (year 2023): NDXP year flow, daily average, cumulative, connection
    # points; EMC connection; cyberattacks of the year. Traps: +9,5%, attacks on state bodies after "trong đó", 2024 plan.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Tổng kết công tác chuyển đổi số năm 2023, phương hướng nhiệm vụ năm 2024

...

3. Nền tảng số quốc gia
Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) thực hiện 760 triệu giao dịch, trung bình 2,08 triệu giao dịch/ngày. Lũy kế từ năm 2019 đến ngày 31/12/2023, NDXP đã thực hiện 1,93 tỷ giao dịch; đã thiết lập 218 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

4. Giám sát, đo lường dịch vụ công trực tuyến
Đến ngày 31/12/2023, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 93,4%.

5. An toàn thông tin mạng
Năm 2023, đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 9,5% so với năm 2022; trong đó 1.065 cuộc tấn công vào hệ thống thông tin của cơ quan nhà nước.

Kế hoạch năm 2024: 100% hệ thống thông tin giải quyết thủ tục hành chính kết nối đầy đủ với EMC; NDXP đạt 1 tỷ giao dịch/năm.""",
        "2024-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 760000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2080000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 1930000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 218.0),
            ("emc_connection_rate", "national", "as_of", "2023-12-31", 93.4),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
        ],
    ),
    # 25. Interview with a State Bank official (July 2025): adults with accounts and Mobile Money at end of
    # May. Traps: rural share after "trong đó", Viettel Money, Thailand's rate, 80% target, +43% cashless change.
    (
        """Tài chính toàn diện: "Không để ai bị bỏ lại phía sau"

Nhân dịp Ngày Không tiền mặt 16/6, phóng viên đã phỏng vấn ông Phạm Anh Tuấn, Vụ trưởng Vụ Thanh toán, Ngân hàng Nhà nước Việt Nam.

PV: Thưa ông, mức độ phổ cập dịch vụ tài chính của người dân hiện đã đạt đến đâu?

Ông Phạm Anh Tuấn: Tính đến cuối tháng 5/2025, tỷ lệ người trưởng thành có tài khoản tại ngân hàng đạt khoảng 87%, vượt xa mục tiêu 80% của Chiến lược tài chính toàn diện quốc gia đến năm 2025. Giao dịch thanh toán không dùng tiền mặt 5 tháng đầu năm tăng 43% về số lượng so với cùng kỳ.

PV: Dịch vụ Mobile Money sau hơn ba năm thí điểm có kết quả ra sao?

Ông Phạm Anh Tuấn: Đến cuối tháng 5/2025, Mobile Money có 11,2 triệu khách hàng, trong đó hơn 70% ở khu vực nông thôn, miền núi, hải đảo. Riêng Viettel Money chiếm khoảng 8 triệu khách hàng. Tuy nhiên, so với Thái Lan, nơi tỷ lệ người trưởng thành có tài khoản đã lên tới 96%, chúng ta vẫn còn dư địa lớn.

PV: Xin cảm ơn ông!""",
        "2025-07-02",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-05-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2025-05-31", 11200000.0),
        ],
    ),
    # 26. Báo Tin tức summary of the October 2024 report: month and 10-month (ytd) full-process dossier
    # shares, e-results, full-process share of procedures, one named province. Traps: one ministry's rate, +2,6 points, count of provinces above 60%.
    (
        """Tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2024 đạt 43,6%

(Báo Tin tức) - Bộ Thông tin và Truyền thông vừa ban hành báo cáo tình hình chuyển đổi số tháng 10/2024. Theo đó, trong tháng 10, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính của cả nước đạt 43,6%, tăng 2,6 điểm phần trăm so với tháng 9; lũy kế 10 tháng đầu năm 2024 đạt 40,8%. Riêng trong tháng 10, có 13 địa phương đạt trên 60%, trong đó Bắc Ninh dẫn đầu với 87,4%.

Cũng trong tháng 10/2024, tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 81,3%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 54,3%.

Ở khối bộ, ngành, Bộ Tài chính tiếp tục có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 96,2%.""",
        "2024-11-08",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 43.6),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-10-31", 40.8),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2024-10-31", 87.4),
            ("e_result_rate", "national", "month", "2024-10-31", 81.3),
            ("dvctt_full_process_rate", "national", "month", "2024-10-31", 54.3),
        ],
    ),
    # 27. Báo Điện Biên, December 2024, dead-zone villages: "đến nay" levels at the page date (villages
    # without coverage, share of covered villages, share of electrified dead zones covered). Traps: 41 without electricity, 46 remaining, one district, VNPT's stations.
    (
        """Điện Biên: Nỗ lực xóa thôn, bản "trắng" sóng di động

Thứ Hai, 09/12/2024 - 10:05

Báo Điện Biên Phủ - Với địa hình đồi núi chia cắt, dân cư thưa thớt, việc phủ sóng di động tới các thôn, bản vùng sâu, vùng xa của tỉnh luôn là bài toán khó.

Thực hiện Chương trình cung cấp dịch vụ viễn thông công ích, trong số 132 thôn, bản đã có điện lưới nhưng chưa có sóng di động được rà soát đầu năm 2024, đến nay đã có 86 thôn được phủ sóng, đạt 65,2%; 46 thôn còn lại sẽ được các doanh nghiệp hoàn thành trong quý I/2025.

Đến nay, toàn tỉnh còn 87 thôn, bản chưa có sóng di động, trong đó 41 thôn chưa có điện lưới quốc gia; tỷ lệ thôn, bản có sóng di động đạt 94,6%. Huyện Mường Nhé còn nhiều thôn lõm sóng nhất với 28 thôn.

Trong năm, VNPT Điện Biên đã lắp đặt 12 trạm BTS mới tại các khu vực này.

Lò Hương""",
        "2024-12-09",
        [
            ("dead_zone_villages_covered_rate", "Điện Biên", "as_of", "2024-12-09", 65.2),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-12-09", 87.0),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2024-12-09", 94.6),
        ],
    ),
    # 28. ICTVietnam summary of the September 2023 report on security: 9-month (ytd) and September attacks,
    # botnet IPs at end of September. Traps: phishing / defacement sub-counts, +9,5%, share from abroad, 2024 plan.
    (
        """9 tháng năm 2023: Ghi nhận 9.476 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

ICTVietnam - Theo báo cáo tình hình chuyển đổi số tháng 9/2023 của Bộ Thông tin và Truyền thông, trong 9 tháng đầu năm 2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 9.476 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 9,5% so với cùng kỳ năm 2022; trong đó có 4.011 cuộc tấn công lừa đảo (phishing), 3.218 cuộc tấn công thay đổi giao diện (deface). Riêng tháng 9/2023 ghi nhận 1.031 cuộc tấn công.

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến hết tháng 9/2023 khoảng 612.000 địa chỉ. Khoảng 30% số cuộc tấn công có nguồn gốc từ nước ngoài.

Theo kế hoạch, năm 2024 các bộ, ngành, địa phương phải hoàn thành phê duyệt hồ sơ đề xuất cấp độ cho 100% hệ thống thông tin đang vận hành.""",
        "2023-10-10",
        [
            ("cyberattacks", "national", "ytd", "2023-09-30", 9476.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1031.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 612000.0),
        ],
    ),
    # 29. Hưng Yên (merged) provincial portal, Q1/2026: e-results, data reuse, full-process dossiers,
    # satisfaction. Traps: one ward's and one commune's rates, rank 5/34 (no id), 2026 target.
    (
        """Hưng Yên: Chỉ số phục vụ người dân, doanh nghiệp quý I/2026 tiếp tục cải thiện

Ngày đăng: 10/04/2026

Theo Trung tâm Phục vụ hành chính công tỉnh Hưng Yên, trong quý I/2026, tỷ lệ hồ sơ có kết quả giải quyết điện tử của tỉnh đạt 98,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 67,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,9%. Mức độ hài lòng của người dân, doanh nghiệp trong quý đạt 95,8%.

Với kết quả này, Hưng Yên xếp thứ 5/34 tỉnh, thành phố về chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính. Phường Phố Hiến có tỷ lệ hồ sơ trực tuyến toàn trình 99%, trong khi xã Hưng Hà mới đạt 61,5%.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 90%.

Cổng Thông tin điện tử tỉnh Hưng Yên""",
        "2026-04-10",
        [
            ("e_result_rate", "Hưng Yên", "quarter", "2026-03-31", 98.1),
            ("data_reuse_rate", "Hưng Yên", "quarter", "2026-03-31", 67.4),
            ("online_dossier_full_process_rate", "Hưng Yên", "quarter", "2026-03-31", 78.9),
            ("satisfaction_rate", "Hưng Yên", "quarter", "2026-03-31", 95.8),
        ],
    ),
    # 30. Infographic captions "Hạ tầng số Việt Nam năm 2024" (page of January 2025): year-end levels,
    # December speeds. Traps: speed rank, "tăng 24%", 2025 targets.
    (
        """INFOGRAPHIC: Hạ tầng số Việt Nam năm 2024

Nguồn: Bộ Thông tin và Truyền thông – Thực hiện: Ban Đồ họa

▪ Thuê bao băng rộng cố định: 23,4 triệu, đạt 23,2 thuê bao/100 dân
▪ Thuê bao băng rộng di động: 87,2 thuê bao/100 dân
▪ Hộ gia đình sử dụng cáp quang: 82,7%
▪ Người sử dụng Internet: 79,1% dân số
▪ Thuê bao di động sử dụng smartphone: 89,1%
▪ Tốc độ tải xuống tháng 12/2024: di động 58,6 Mbps, cố định 146,1 Mbps (tăng 24% so với cùng kỳ; xếp thứ 19 thế giới về băng rộng cố định)
▪ Mục tiêu 2025: 5G phủ 30% dân số; 100% thôn, bản có băng rộng di động""",
        "2025-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23400000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 87.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.7),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.1),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 58.6),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 146.1),
        ],
    ),
    # 31. Chinhphu.vn summary of the August 2025 report: portal flows of the month, cumulative accounts
    # and dossiers at end of August, eligible procedures offered full-process. Traps: +35%, commune-level rate, 34/34 provinces, year-end target.
    (
        """Cổng Dịch vụ công quốc gia tăng mạnh người dùng sau khi vận hành chính quyền địa phương hai cấp

(Chinhphu.vn) – Theo báo cáo tình hình chuyển đổi số tháng 8/2025 của Bộ Khoa học và Công nghệ, trong tháng 8, Cổng Dịch vụ công quốc gia có thêm 1,12 triệu tài khoản đăng ký mới, tăng 35% so với tháng 7; tiếp nhận 2,74 triệu hồ sơ trực tuyến. Lũy kế đến hết tháng 8/2025, Cổng có 19,6 triệu tài khoản và đã tiếp nhận tổng cộng 71,3 triệu hồ sơ trực tuyến.

Cũng theo báo cáo, tính đến ngày 31/8/2025, tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình đạt 88,7%. Riêng ở cấp xã, sau hai tháng vận hành mô hình mới, tỷ lệ hồ sơ trực tuyến đạt 61,2%.

Hiện 34/34 tỉnh, thành phố đã kết nối, đồng bộ Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh với Cổng Dịch vụ công quốc gia. Bộ Khoa học và Công nghệ đề nghị các địa phương bảo đảm đến ngày 31/12/2025, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2025-09-11",
        [
            ("national_portal_accounts_new", "national", "month", "2025-08-31", 1120000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-08-31", 2740000.0),
            ("national_portal_accounts", "national", "as_of", "2025-08-31", 19600000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-08-31", 71300000.0),
            ("full_process_provision_rate", "national", "as_of", "2025-08-31", 88.7),
        ],
    ),
    # 32. Báo Bắc Giang, October 2022: the province's month rates and its full-process share of procedures
    # at 31/10. Traps: dossier count, one district's 91,3%, "đứng đầu cả nước", 70% target.
    (
        """Bắc Giang: Tháng 10/2022, tỷ lệ hồ sơ xử lý trực tuyến đạt 68,5%

Thứ Ba, 08/11/2022 - 15:20

BBG - Theo Sở Thông tin và Truyền thông, trong tháng 10/2022, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 62.130 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 68,5%, cao nhất từ trước đến nay và đứng đầu cả nước; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,2%.

Tính đến ngày 31/10/2022, tỉnh cung cấp 1.102 dịch vụ công trực tuyến toàn trình, đạt 54,9% tổng số thủ tục hành chính.

Ở cấp huyện, huyện Lạng Giang có tỷ lệ hồ sơ trực tuyến cao nhất với 91,3%, tiếp đến là huyện Tân Yên và thành phố Bắc Giang.

Mục tiêu năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 70% trở lên.

Ngọc Thành""",
        "2022-11-08",
        [
            ("online_dossier_rate", "Bắc Giang", "month", "2022-10-31", 68.5),
            ("dvctt_with_dossiers_rate", "Bắc Giang", "month", "2022-10-31", 71.2),
            ("dvctt_full_process_rate", "Bắc Giang", "as_of", "2022-10-31", 54.9),
        ],
    ),
    # 33. VPCP notice (dated in the text, no sidecar) after the Steering Committee meeting of 4 June 2025:
    # "đến nay" levels at the meeting date; 5-month (ytd) rates and new accounts. Traps: "gấp 2,3 lần", 7 remaining services, 31 tasks, 30/6 deadline.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 296/TB-VPCP
Hà Nội, ngày 13 tháng 6 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại phiên họp lần thứ hai của Ban Chỉ đạo

Ngày 04 tháng 6 năm 2025, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính đã chủ trì phiên họp lần thứ hai của Ban Chỉ đạo. Sau khi nghe Bộ Khoa học và Công nghệ, Bộ Công an báo cáo và ý kiến các thành viên, Thủ tướng Chính phủ kết luận:

I. ĐÁNH GIÁ TÌNH HÌNH
Đến nay, đã có 61,3 triệu tài khoản định danh điện tử được kích hoạt; 90,2 triệu thẻ căn cước, căn cước công dân gắn chip đã được cấp; 69/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình. Trong 5 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,8%, tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 90,6%; Cổng Dịch vụ công quốc gia có thêm 3,9 triệu tài khoản đăng ký, gấp 2,3 lần cùng kỳ.

Tuy nhiên, 7 dịch vụ công thiết yếu còn lại vẫn chưa hoàn thành; việc tái cấu trúc quy trình ở nhiều địa phương còn chậm.

II. NHIỆM VỤ TRỌNG TÂM
Ban Chỉ đạo giao 31 nhiệm vụ cụ thể cho các bộ, ngành, địa phương; trong đó yêu cầu hoàn thành toàn bộ dịch vụ công thiết yếu trước ngày 30/6/2025.""",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-06-04", 61300000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-06-04", 90200000.0),
            ("essential_services_full_process", "national", "as_of", "2025-06-04", 69.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-05-31", 47.8),
            ("e_result_rate", "national", "ytd", "2025-05-31", 90.6),
            ("national_portal_accounts_new", "national", "ytd", "2025-05-31", 3900000.0),
        ],
    ),
    # 34. VnEconomy summary of the October 2023 report: 10-month (ytd) and October online dossier rates,
    # adults using online services at end of October, portal flows of the month. Traps: +1,1 points, South Korea's 92%, 2025 target.
    (
        """10 tháng năm 2023: Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 42,1%

VnEconomy - Theo báo cáo tình hình chuyển đổi số tháng 10/2023 của Bộ Thông tin và Truyền thông, lũy kế 10 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 42,1%; riêng tháng 10 đạt 44,7%, tăng 1,1 điểm phần trăm so với tháng 9.

Tính đến hết tháng 10/2023, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 35,6%, còn khá xa so với mục tiêu 50% vào năm 2025. Tại Hàn Quốc, quốc gia dẫn đầu về Chính phủ điện tử, tỷ lệ này đã vượt 92%.

Trong tháng 10/2023, Cổng Dịch vụ công quốc gia có thêm 251.400 tài khoản đăng ký và tiếp nhận 812.000 hồ sơ trực tuyến.

Bộ TT&TT cho rằng nguyên nhân chủ yếu là chất lượng dịch vụ công trực tuyến chưa cao, quy trình còn phức tạp, nhiều dịch vụ chưa được thiết kế lấy người dùng làm trung tâm.

Bảo Anh""",
        "2023-11-09",
        [
            ("online_dossier_rate", "national", "ytd", "2023-10-31", 42.1),
            ("online_dossier_rate", "national", "month", "2023-10-31", 44.7),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-10-31", 35.6),
            ("national_portal_accounts_new", "national", "month", "2023-10-31", 251400.0),
            ("national_portal_dossiers_new", "national", "month", "2023-10-31", 812000.0),
        ],
    ),
    # 35. Thừa Thiên Huế provincial newspaper, November 2023: 10-month (ytd) rates and the 2022 digital
    # economy share of GRDP. Traps: share of adults owning a smartphone (people, no id), Hue-S downloads, Huế city's rate, 2025 target.
    (
        """Thừa Thiên Huế: Dịch vụ công trực tuyến ngày càng đi vào thực chất

Cập nhật: 20/11/2023 08:05

Theo Sở Thông tin và Truyền thông, 10 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh Thừa Thiên Huế đạt 74,6%, tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 93,2%. Riêng thành phố Huế có tỷ lệ hồ sơ trực tuyến đạt 81%.

Nền tảng Hue-S đã có hơn 1,1 triệu lượt tải, trở thành "người bạn đồng hành" của người dân trong tương tác với chính quyền. Tỷ lệ người trưởng thành sở hữu điện thoại thông minh trên địa bàn tỉnh ước khoảng 88%.

Năm 2022, kinh tế số của tỉnh chiếm 11,5% GRDP. Tỉnh đặt mục tiêu đến năm 2025, kinh tế số chiếm 30% GRDP.

Minh Văn""",
        "2023-11-20",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2023-10-31", 74.6),
            ("e_result_rate", "Thừa Thiên Huế", "ytd", "2023-10-31", 93.2),
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2022-12-31", 11.5),
        ],
    ),
    # 36. Year-end interview with a deputy minister of Science and Technology (page of 2 January 2026):
    # the year 2025's digital economy share and growth, end-2025 levels. Traps: "gần 3 lần", Viettel's stations, South Korea's 5G, 2030 target.
    (
        """Thứ trưởng Bộ Khoa học và Công nghệ: "Năm 2025, chuyển đổi số đã đi vào thực chất"

Nhân dịp năm mới 2026, phóng viên có cuộc trao đổi với Thứ trưởng Bộ Khoa học và Công nghệ Nguyễn Thanh Sơn về những kết quả nổi bật của chuyển đổi số quốc gia.

PV: Thưa Thứ trưởng, đâu là điểm sáng của chuyển đổi số năm 2025?

Thứ trưởng Nguyễn Thanh Sơn: Điểm sáng lớn nhất là kinh tế số. Năm 2025, kinh tế số ước chiếm khoảng 19,5% GDP, tăng trưởng khoảng 21%, gấp gần 3 lần tốc độ tăng GDP.

Về hạ tầng, đến cuối năm 2025, cả nước có hơn 25.000 trạm 5G, phủ sóng 47,5% dân số; tỷ lệ hộ gia đình có cáp quang đạt 85,6%; tỷ lệ người sử dụng Internet đạt 81,3% dân số. Riêng Viettel đã lắp đặt khoảng 20.000 trạm 5G. Tất nhiên, so với Hàn Quốc, nơi 5G đã phủ tới 98% dân số, chúng ta còn phải nỗ lực nhiều.

PV: Mục tiêu của giai đoạn tới là gì, thưa Thứ trưởng?

Thứ trưởng Nguyễn Thanh Sơn: Theo Nghị quyết 57-NQ/TW, đến năm 2030 kinh tế số phải đạt tối thiểu 30% GDP, thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử.""",
        "2026-01-02",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
            ("digital_economy_growth", "national", "year", "2025-12-31", 21.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 25000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 47.5),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 85.6),
            ("internet_users_rate", "national", "as_of", "2025-12-31", 81.3),
        ],
    ),
    # 37. Summary of the February 2026 report, whose window is stated (21/01–20/02/2026): national /
    # ministries / localities full-process dossier shares, Hà Nội's, full-process share of procedures, NDXP flow. Traps: -18% during Tết, one ward.
    (
        """Dịch vụ công trực tuyến giữ nhịp tăng trưởng trong tháng có Tết

(Báo Pháp luật) - Theo báo cáo tình hình chuyển đổi số tháng 2/2026 của Bộ Khoa học và Công nghệ, trong kỳ báo cáo (từ ngày 21/01/2026 đến ngày 20/02/2026), tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 72,4%, trong đó khối bộ, ngành đạt 81,9%, khối địa phương đạt 70,3%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 68,2%. Nền tảng NDXP ghi nhận 128,5 triệu giao dịch trong kỳ.

Do trùng kỳ nghỉ Tết Nguyên đán Bính Ngọ, tổng số hồ sơ thủ tục hành chính giảm 18% so với kỳ trước, nhưng tỷ lệ xử lý trực tuyến vẫn được duy trì. Hà Nội đạt tỷ lệ hồ sơ trực tuyến toàn trình 83,6% trong kỳ; riêng phường Hoàn Kiếm đạt 97%.

Hà An""",
        "2026-03-10",
        [
            ("online_dossier_full_process_rate", "national", "month", "2026-02-20", 72.4),
            ("online_dossier_full_process_rate", "ministries", "month", "2026-02-20", 81.9),
            ("online_dossier_full_process_rate", "localities", "month", "2026-02-20", 70.3),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2026-02-20", 83.6),
            ("dvctt_full_process_rate", "national", "month", "2026-02-20", 68.2),
            ("ndxp_transactions_period", "national", "month", "2026-02-20", 128500000.0),
        ],
    ),
    # 38. Báo Sơn La, December 2024: the province's 11-month (ytd) rates and villages without coverage at
    # 15/12. Traps: 97 without electricity after "trong đó", one district's 58, Viettel's stations, 2025 target.
    (
        """Sơn La: Chuyển đổi số cấp cơ sở – còn nhiều việc phải làm

Thứ Sáu, 27/12/2024

Theo Sở Thông tin và Truyền thông tỉnh Sơn La, 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 38,2%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 88,4%.

Hạ tầng viễn thông tại vùng cao vẫn là điểm nghẽn. Tính đến ngày 15/12/2024, toàn tỉnh còn 214 bản chưa có sóng di động băng rộng, trong đó 97 bản chưa có điện lưới quốc gia; huyện Sốp Cộp còn nhiều bản lõm sóng nhất với 58 bản. Trong năm, Viettel Sơn La đã đầu tư 36 trạm BTS tại các bản đặc biệt khó khăn.

Năm 2025, tỉnh phấn đấu xóa 150 bản lõm sóng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.

Quàng Minh""",
        "2024-12-27",
        [
            ("online_dossier_full_process_rate", "Sơn La", "ytd", "2024-11-30", 38.2),
            ("e_result_rate", "Sơn La", "ytd", "2024-11-30", 88.4),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-12-15", 214.0),
        ],
    ),
    # 39. MIC half-year 2024 report excerpt on the National Portal: half-year flows on the _new twins,
    # cumulative levels at 30/6, full-process share of procedures. Traps: business dossiers after "trong đó", 2024 plan.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Sơ kết công tác chuyển đổi số 6 tháng đầu năm 2024

...

2.3. Cổng Dịch vụ công quốc gia
- 6 tháng đầu năm 2024: Cổng có thêm 2,3 triệu tài khoản đăng ký; tiếp nhận 5,1 triệu hồ sơ trực tuyến, trong đó 1,2 triệu hồ sơ của doanh nghiệp; thực hiện 6,9 triệu giao dịch thanh toán trực tuyến với số tiền 8.960 tỷ đồng.
- Lũy kế đến ngày 30/6/2024: 12,1 triệu tài khoản; 53,6 triệu hồ sơ trực tuyến; 37,9 triệu giao dịch thanh toán trực tuyến với số tiền 50.090 tỷ đồng.

2.4. Dịch vụ công trực tuyến
Tính đến ngày 30/6/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 52,8%.

Kế hoạch năm 2024: tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%; Cổng Dịch vụ công quốc gia đạt 15 triệu tài khoản.""",
        "2024-07-12",
        [
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 2300000.0),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 5100000.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 6900000.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 8960.0),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 12100000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 53600000.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 37900000.0),
            ("online_payments_value", "national", "as_of", "2024-06-30", 50090.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 52.8),
        ],
    ),
    # 40. Quảng Trị (merged) provincial portal, October 2025: the province's month rates. Traps: the special
    # zone's 100% and one commune's rate, +5,4 points, rank 14/34.
    (
        """Quảng Trị: Tháng 10/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,8%

Ngày 12/11/2025

Theo số liệu của Trung tâm Phục vụ hành chính công tỉnh, trong tháng 10/2025, tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh Quảng Trị đạt 74,3%; tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ đạt 62,8%, tăng 5,4 điểm phần trăm so với tháng 9; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 95,1%; tỷ lệ hồ sơ có gắn số định danh cá nhân đạt 99,3%.

Đặc khu Cồn Cỏ đạt 100% hồ sơ trực tuyến toàn trình; trong khi đó xã Hướng Phùng mới đạt 31,4%. Với kết quả này, Quảng Trị xếp thứ 14/34 tỉnh, thành phố về chỉ số phục vụ người dân, doanh nghiệp.

Cổng Thông tin điện tử tỉnh Quảng Trị""",
        "2025-11-12",
        [
            ("online_dossier_rate", "Quảng Trị", "month", "2025-10-31", 74.3),
            ("online_dossier_full_process_rate", "Quảng Trị", "month", "2025-10-31", 62.8),
            ("e_result_rate", "Quảng Trị", "month", "2025-10-31", 95.1),
            ("dossiers_with_personal_id_rate", "Quảng Trị", "month", "2025-10-31", 99.3),
        ],
    ),
    # 41. Infographic captions "Chính phủ số, kinh tế số Việt Nam 2024" with a "tính đến 31/12/2024"
    # footer: EGDI 2024 edition, digital economy share of 2024, levels at 31/12. Traps: "tăng 15 bậc", OSI score.
    (
        """INFOGRAPHIC | Chính phủ số, kinh tế số Việt Nam 2024

• Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc năm 2024: Việt Nam xếp hạng 71/193, tăng 15 bậc
• Chỉ số Dịch vụ trực tuyến (OSI): 0,8649 điểm
• Kinh tế số năm 2024: ước chiếm 18,3% GDP
• Tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến: 50,7%
• Thuê bao di động sử dụng điện thoại thông minh: 113,6 triệu
• Tài khoản định danh điện tử VNeID đã kích hoạt: 59,4 triệu

Số liệu tính đến 31/12/2024. Nguồn: Bộ Thông tin và Truyền thông, Bộ Công an, Liên Hợp Quốc.
Đồ họa: Thu Trang""",
        "2025-01-03",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 50.7),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 113600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 59400000.0),
        ],
    ),
    # 42. VietnamNet summary of the June 2022 report (half-year): online dossier rate, portal and NDXP flows
    # of the half, approved security levels at 30/6. Traps: one ministry's 100%, "gấp 5 lần", 50% target.
    (
        """6 tháng đầu năm 2022: Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 22,4%

VietNamNet - Báo cáo tình hình chuyển đổi số 6 tháng đầu năm 2022 của Bộ Thông tin và Truyền thông cho thấy, trong 6 tháng đầu năm, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 22,4%, còn cách xa mục tiêu 50% của năm 2022. Bộ Công an là đơn vị dẫn đầu khối bộ, ngành với 100% hồ sơ đăng ký xe được tiếp nhận trực tuyến tại một số địa phương thí điểm.

Trong 6 tháng, Cổng Dịch vụ công quốc gia có thêm 1,06 triệu tài khoản đăng ký; ghi nhận 1,9 triệu giao dịch thanh toán trực tuyến với số tiền 2.870 tỷ đồng, gấp 5 lần cùng kỳ năm 2021. Nền tảng NDXP thực hiện 241 triệu giao dịch trong nửa đầu năm.

Về an toàn thông tin, tính đến ngày 30/6/2022, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 61,4%.

Vân Anh""",
        "2022-07-12",
        [
            ("online_dossier_rate", "national", "half", "2022-06-30", 22.4),
            ("national_portal_accounts_new", "national", "half", "2022-06-30", 1060000.0),
            ("online_payments_count_new", "national", "half", "2022-06-30", 1900000.0),
            ("online_payments_value_new", "national", "half", "2022-06-30", 2870.0),
            ("ndxp_transactions_period", "national", "half", "2022-06-30", 241000000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-06-30", 61.4),
        ],
    ),
    # 43. Báo Nghệ An, July 2025: the province's half-year rates, eligible procedures full-process at 30/6,
    # and the 2024 digital economy share of GRDP. Traps: one commune's rate, PAPI rank change, 2025 target.
    (
        """Nghệ An: Dịch vụ công trực tuyến chuyển biến rõ nét trong 6 tháng đầu năm 2025

Báo Nghệ An - Ngày 09/7/2025

Theo Văn phòng UBND tỉnh, 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 51,4%; tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân đạt 98,7%. Tính đến ngày 30/6/2025, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 96,3%.

Sau ngày 1/7/2025, khi chính quyền địa phương hai cấp đi vào hoạt động, nhiều xã vùng cao còn gặp khó khăn; xã Mường Xén trong tuần đầu mới đạt 12% hồ sơ trực tuyến.

Theo số liệu thống kê, năm 2024 kinh tế số của Nghệ An chiếm 8,1% GRDP; chỉ số PAPI của tỉnh tăng 12 bậc. Tỉnh phấn đấu năm 2025 kinh tế số chiếm 10% GRDP.

Thành Chung""",
        "2025-07-09",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "half", "2025-06-30", 51.4),
            ("dossiers_with_personal_id_rate", "Nghệ An", "half", "2025-06-30", 98.7),
            ("full_process_provision_rate", "Nghệ An", "as_of", "2025-06-30", 96.3),
            ("digital_economy_gdp_share", "Nghệ An", "year", "2024-12-31", 8.1),
        ],
    ),
    # 44. VPCP notice (dated in the text, no sidecar) after the portal conference of 16 December 2022:
    # "đến nay" levels at the conference date, 11-month (ytd) satisfaction. Traps: 17 provinces not yet (remainder), 10 tasks, 2023 target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 362/TB-VPCP
Hà Nội, ngày 28 tháng 12 năm 2022

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang tại Hội nghị trực tuyến đánh giá kết quả triển khai Cổng Dịch vụ công quốc gia năm 2022

Ngày 16 tháng 12 năm 2022, Phó Thủ tướng Chính phủ Trần Lưu Quang đã chủ trì Hội nghị trực tuyến toàn quốc đánh giá kết quả triển khai Cổng Dịch vụ công quốc gia năm 2022. Sau khi nghe báo cáo của Văn phòng Chính phủ và ý kiến các đại biểu, Phó Thủ tướng kết luận như sau:

1. Đến nay, Cổng Dịch vụ công quốc gia đã có 4,96 triệu tài khoản đăng ký; lũy kế 6,4 triệu giao dịch thanh toán trực tuyến với số tiền 8.120 tỷ đồng. 46/63 địa phương đã ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 17 địa phương còn lại chưa ban hành. Các bộ, ngành đã cắt giảm, đơn giản hóa 591/1.084 thủ tục hành chính, quy định kinh doanh.

2. Trong 11 tháng năm 2022, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 86,9%.

3. Năm 2023, phấn đấu 100% địa phương ban hành Nghị quyết giảm phí; Văn phòng Chính phủ chủ trì, phối hợp triển khai 10 nhiệm vụ trọng tâm được nêu tại Hội nghị./.""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-16", 4960000.0),
            ("online_payments_count", "national", "as_of", "2022-12-16", 6400000.0),
            ("online_payments_value", "national", "as_of", "2022-12-16", 8120.0),
            ("localities_fee_reduction", "national", "as_of", "2022-12-16", 46.0),
            ("procedures_simplified", "national", "as_of", "2022-12-16", 591.0),
            ("satisfaction_rate", "national", "ytd", "2022-11-30", 86.9),
        ],
    ),
]
