"""Genre probes, round 109: a broad sample of the whole genre as real pages print it, written blind and held out.

First reading (the stop's start code 62e519e read it): 132 of 140 right, 132 of 137 found (0.94 / 0.96). Not fitted: read again only at the end of stop 44's extraction work.
"""

CASES = [
    # 1 — Chinhphu.vn monthly portal report (March 2024): flows on _new twins, cumulative levels at
    #     end of month, NDXP month + daily average; traps: month-on-month change, 2024 target (80%).
    (
        """Tháng 3/2024: Hơn 1,1 triệu tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia

10/04/2024 15:42

(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ về tình hình vận hành Cổng Dịch vụ công quốc gia, trong tháng 3/2024 Cổng có hơn 1,1 triệu tài khoản đăng ký mới, nâng tổng số tài khoản đăng ký lên 13,2 triệu.

Trong tháng, Cổng tiếp nhận 2,56 triệu hồ sơ trực tuyến, tăng 18,4% so với tháng trước; thực hiện 1,35 triệu giao dịch thanh toán trực tuyến với số tiền 812 tỷ đồng. Lũy kế từ khi khai trương đến hết tháng 3/2024, Cổng đã thực hiện 26,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 12,9 nghìn tỷ đồng.

Cũng theo báo cáo, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng ghi nhận 98,6 triệu giao dịch, trung bình khoảng 3,2 triệu giao dịch mỗi ngày.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu trong năm 2024 đạt tỷ lệ 80% dịch vụ công trực tuyến toàn trình theo chỉ đạo của Thủ tướng Chính phủ.

PV""",
        "2024-04-10",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 13200000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 2560000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1350000.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 812.0),
            ("online_payments_count", "national", "as_of", "2024-03-31", 26400000.0),
            ("online_payments_value", "national", "as_of", "2024-03-31", 12900.0),
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 98600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 3200000.0),
        ],
    ),
    # 2 — Đồng Tháp provincial portal, half-year review 2023 in bullets; traps: year-on-year change,
    #     digitisation rate (no id), district figures (TP Cao Lãnh, Tháp Mười), DTI rank, 2023 target.
    (
        """Đồng Tháp sơ kết 6 tháng thực hiện chuyển đổi số

Cập nhật ngày: 14/07/2023 | Lượt xem: 1.245

Sáng ngày 13/7, Ban Chỉ đạo Chuyển đổi số tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Phó Chủ tịch UBND tỉnh chủ trì hội nghị.

Theo báo cáo của Sở Thông tin và Truyền thông, 6 tháng đầu năm 2023, một số chỉ tiêu chính đạt được như sau:
- Tỷ lệ hồ sơ giải quyết trực tuyến của tỉnh đạt 61,7%, tăng 12,3% so với cùng kỳ năm 2022;
- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,2%;
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 72,5%;
- Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,9%.

Hiện toàn tỉnh cung cấp 1.276 dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 67,4% trên tổng số thủ tục hành chính. Một số địa phương có kết quả nổi bật như thành phố Cao Lãnh với tỷ lệ hồ sơ trực tuyến đạt 83,1%, huyện Tháp Mười đạt 76,5%.

Năm 2022, Chỉ số chuyển đổi số (DTI) của Đồng Tháp xếp thứ 4/63 tỉnh, thành phố.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến đạt trên 70%, đồng thời đẩy mạnh thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính.""",
        "2023-07-14",
        [
            ("online_dossier_rate", "Đồng Tháp", "half", "2023-06-30", 61.7),
            ("online_dossier_full_process_rate", "Đồng Tháp", "half", "2023-06-30", 38.2),
            ("satisfaction_rate", "Đồng Tháp", "half", "2023-06-30", 98.9),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2023-07-13", 67.4),
        ],
    ),
    # 3 — VnExpress-style EGDI 2024 story: rank of the 2024 edition and the 2022 rank given for
    #     comparison in parentheses; traps: "tăng 15 bậc", index values, OSI/EPI ranks, ASEAN place, target.
    (
        """Việt Nam tăng 15 bậc xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Thứ tư, 18/9/2024, 10:15 (GMT+7)

Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2024 của Việt Nam xếp thứ 71/193 quốc gia, lần đầu tiên vào nhóm có chỉ số EGDI rất cao.

Theo Báo cáo Khảo sát Chính phủ điện tử 2024 do Vụ Kinh tế và Xã hội Liên Hợp Quốc (UNDESA) công bố ngày 17/9 tại New York, Việt Nam tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193). Giá trị chỉ số EGDI của Việt Nam đạt 0,7709, cao hơn mức trung bình của thế giới (0,6382) và của châu Á (0,6990).

Trong ba chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) tăng mạnh nhất, xếp thứ 51; chỉ số hạ tầng viễn thông (TII) đạt 0,8002; chỉ số nguồn nhân lực (HCI) đạt 0,7490. Chỉ số tham gia điện tử (EPI) của Việt Nam xếp thứ 55.

Trong khu vực Đông Nam Á, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.

"Kết quả này cho thấy những nỗ lực bền bỉ trong phát triển Chính phủ số", đại diện Cục Chuyển đổi số quốc gia (Bộ Thông tin và Truyền thông) nhận định. Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số, Việt Nam phấn đấu đến năm 2025 thuộc nhóm 50 nước dẫn đầu về EGDI.

Hải Đăng""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 4 — ICT press on 5G after launch: national 5G stations and coverage at end of November 2024;
    #     traps: Viettel-only stations and subscribers, MobiFone's 1.000 stations, licence target, 2030 goal.
    (
        """Cả nước có khoảng 7.200 trạm 5G sau hai tháng thương mại hóa

05/12/2024 08:30 GMT+7

ICTnews - Viettel là nhà mạng đầu tiên chính thức khai trương dịch vụ 5G từ ngày 15/10/2024. Đến nay, nhà mạng này đã lắp đặt hơn 6.500 trạm 5G, phủ sóng tới 100% tỉnh, thành phố, với khoảng 3,6 triệu thuê bao đã trải nghiệm.

Theo Cục Viễn thông (Bộ Thông tin và Truyền thông), tính đến hết tháng 11/2024, cả nước có khoảng 7.200 trạm BTS 5G đang phát sóng; tỷ lệ phủ sóng 5G theo dân số đạt khoảng 26%. VinaPhone dự kiến khai trương dịch vụ 5G vào ngày 19/12, trong khi MobiFone đang hoàn tất lắp đặt 1.000 trạm đầu tiên tại Hà Nội và TP.HCM.

Đại diện Cục Viễn thông cho biết, theo cam kết khi trúng đấu giá băng tần, đến năm 2025 các doanh nghiệp phải lắp đặt tối thiểu 20.000 trạm 5G. "Đến năm 2030, vùng phủ 5G phải đạt 99% dân số", vị này nói.

Tốc độ tải xuống trung bình của mạng 5G Viettel đạt 500-700 Mbps, gấp khoảng 10 lần mạng 4G hiện tại.

Hoàng Nam""",
        "2024-12-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-11-30", 7200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-11-30", 26.0),
        ],
    ),
    # 5 — Hà Nội portal with a table: Q1/2025 and the same quarter of 2024 as columns; traps:
    #     change column, online-payment rate (no id), district figures, city counts (city system), 2025 target.
    (
        """Hà Nội: Tỷ lệ hồ sơ trực tuyến quý I/2025 đạt 72,4%

15/04/2025

(hanoi.gov.vn) – Văn phòng UBND thành phố Hà Nội vừa có báo cáo kết quả giải quyết thủ tục hành chính quý I/2025 trên Hệ thống thông tin giải quyết TTHC thành phố. Theo đó, các chỉ tiêu về dịch vụ công trực tuyến đều tăng so với cùng kỳ.

Một số chỉ tiêu chính:

| Chỉ tiêu | Quý I/2025 | Quý I/2024 | Tăng (điểm %) |
|---|---|---|---|
| Tỷ lệ hồ sơ trực tuyến (%) | 72,4 | 58,9 | 13,5 |
| Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 51,8 | 33,5 | 18,3 |
| Tỷ lệ cấp kết quả điện tử (%) | 96,2 | 88,0 | 8,2 |
| Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 41,3 | 22,7 | 18,6 |
| Tỷ lệ thanh toán trực tuyến (%) | 38,5 | 24,1 | 14,4 |

Trong quý I, thành phố tiếp nhận 1.125.670 hồ sơ, trong đó 815.010 hồ sơ nộp trực tuyến. Một số quận có tỷ lệ hồ sơ trực tuyến cao như quận Cầu Giấy (91,2%), quận Hoàn Kiếm (88,7%).

Thành phố đặt mục tiêu năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.""",
        "2025-04-15",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2025-03-31", 72.4),
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-03-31", 58.9),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2025-03-31", 51.8),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2024-03-31", 33.5),
            ("e_result_rate", "Hà Nội", "quarter", "2025-03-31", 96.2),
            ("e_result_rate", "Hà Nội", "quarter", "2024-03-31", 88.0),
            ("data_reuse_rate", "Hà Nội", "quarter", "2025-03-31", 41.3),
            ("data_reuse_rate", "Hà Nội", "quarter", "2024-03-31", 22.7),
        ],
    ),
    # 6 — Ministry annual report 2023 (no sidecar date; the heading prints 25/01/2024): a year under
    #     review, undated levels at 31/12/2023; traps: "gấp gần 2 lần", ICT revenue (USD), 2025 target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 215/BC-BTTTT
Hà Nội, ngày 25 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình Chuyển đổi số quốc gia năm 2023 và phương hướng, nhiệm vụ năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Hạ tầng số
Năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82%; tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 84%. Tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,6%.

2. Chính phủ số
Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 41,3%. Tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 42,6%, gấp gần 2 lần năm 2022.

3. Kinh tế số
Tỷ trọng kinh tế số trong GDP ước đạt 16,5%; tốc độ tăng trưởng kinh tế số ước đạt 19,8%, gấp khoảng 3 lần tốc độ tăng trưởng GDP. Doanh thu công nghiệp công nghệ thông tin ước đạt 142 tỷ USD.

II. TỒN TẠI, HẠN CHẾ
Mục tiêu tỷ trọng kinh tế số đạt 20% GDP vào năm 2025 là thách thức lớn; nhân lực số còn thiếu, nhất là ở cấp xã.""",
        None,
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 82.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-31", 99.6),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 41.3),
            ("online_dossier_rate", "national", "year", "2023-12-31", 42.6),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 19.8),
        ],
    ),
    # 7 — Nhân Dân cybersecurity, Q1/2024: quarter total, March, February given for comparison;
    #     botnet level "hiện" at the page date; traps: sub-counts after "Trong đó", changes, 2024 target.
    (
        """Quý I/2024: Ghi nhận 1.877 cuộc tấn công mạng gây sự cố

Nhân Dân điện tử | Thứ Hai, 08-04-2024, 16:20

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong quý I/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.877 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 16,8% so với cùng kỳ năm 2023. Trong đó có 1.060 cuộc tấn công lừa đảo (Phishing), 437 cuộc tấn công thay đổi giao diện (Deface) và 380 cuộc tấn công cài mã độc (Malware).

Riêng tháng 3/2024, số cuộc tấn công là 568 cuộc, giảm 9,4% so với tháng 2/2024 (627 cuộc).

Số lượng địa chỉ IP thuộc các mạng botnet tại Việt Nam hiện ở mức 563.000 địa chỉ, giảm 31,5% so với cùng kỳ năm ngoái. Tuy nhiên, Cục An toàn thông tin cảnh báo các chiến dịch tấn công có chủ đích (APT) vẫn gia tăng, nhất là nhằm vào các tổ chức tài chính, ngân hàng.

Đại diện Cục khuyến nghị các cơ quan, tổ chức thường xuyên rà soát, cập nhật bản vá, đồng thời phấn đấu hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin trong năm 2024.""",
        "2024-04-08",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 1877.0),
            ("cyberattacks", "national", "month", "2024-03-31", 568.0),
            ("cyberattacks", "national", "month", "2024-02-29", 627.0),
            ("botnet_ips", "national", "as_of", "2024-04-08", 563000.0),
        ],
    ),
    # 8 — Quảng Ninh provincial page (no sidecar; "Ngày đăng" prints the date): GRDP share of 2023,
    #     current coverage levels, 7-month rates; traps: DTI score, adults with smartphones (people),
    #     Viettel trial 5G stations, city figures (Hạ Long, Móng Cái), 2025 targets.
    (
        """Quảng Ninh: Chuyển đổi số tạo động lực tăng trưởng mới

Ngày đăng: 22/08/2024 | Nguồn: Trung tâm Truyền thông tỉnh

Năm 2023 là năm thứ 5 liên tiếp Quảng Ninh dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI), với 0,6733 điểm. Kinh tế số của tỉnh năm 2023 chiếm 8,23% GRDP, tăng 1,1 điểm phần trăm so với năm trước.

Về hạ tầng, hiện nay 100% thôn, bản, khu phố trên địa bàn tỉnh đã có sóng di động 4G; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 93,6%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 95,2%. Trên địa bàn tỉnh có 57 trạm phát sóng 5G thử nghiệm của Viettel.

Về chính quyền số, 7 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 79,6%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%. Thành phố Hạ Long và Móng Cái có tỷ lệ hồ sơ trực tuyến toàn trình trên 90%.

Bí thư Tỉnh ủy nhấn mạnh: "Chuyển đổi số phải lấy người dân, doanh nghiệp làm trung tâm, là chủ thể". Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP, 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        None,
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 8.23),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2024-08-22", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-08-22", 93.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-07-31", 79.6),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-07-31", 100.0),
        ],
    ),
    # 9 — NDXP after 9 months of 2023: cumulative at 30/9, 9-month flow and daily average, current
    #     connection points and agencies; traps: "tăng 37%", sub-counts after "trong đó", CSDL count.
    (
        """NDXP đạt gần 2,7 tỷ giao dịch sau hơn 4 năm vận hành

12/10/2023 | 09:00

Theo Văn phòng Chính phủ, tính đến ngày 30/9/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có tổng số gần 2,67 tỷ giao dịch kể từ khi khai trương vào tháng 3/2019.

Riêng 9 tháng năm 2023, NDXP ghi nhận 735 triệu giao dịch, trung bình mỗi ngày có khoảng 2,7 triệu giao dịch, tăng 37% so với cùng kỳ năm 2022.

Hiện NDXP đã thiết lập 112 điểm kết nối với hệ thống thông tin, cơ sở dữ liệu của các bộ, ngành, địa phương và một số doanh nghiệp; kết nối với 104 cơ quan, đơn vị, trong đó có 21 bộ, cơ quan ngang bộ và 63 địa phương. Nền tảng cũng đã kết nối với 9 cơ sở dữ liệu quốc gia, chuyên ngành.

Theo đại diện Cục Kiểm soát thủ tục hành chính, NDXP đóng vai trò "trục xương sống" của Chính phủ số, giúp người dân, doanh nghiệp không phải khai báo lại những thông tin đã cung cấp cho cơ quan nhà nước.""",
        "2023-10-12",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-09-30", 2670000000.0),
            ("ndxp_transactions_period", "national", "ytd", "2023-09-30", 735000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 2700000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-10-12", 112.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-10-12", 104.0),
        ],
    ),
    # 10 — CAND on Đề án 06: chip cards and activated VNeID accounts at 15/6/2024 (activated after
    #      "trong đó" is another indicator, kept), Hà Nội's own figure undated (page date); traps:
    #      received applications, VNeID log-ins, population-database requests, activation share, target.
    (
        """Đã kích hoạt hơn 57,6 triệu tài khoản định danh điện tử

18/06/2024 - 07:45

CAND - Báo cáo tại hội nghị sơ kết 6 tháng thực hiện Đề án 06 của Bộ Công an cho biết, tính đến ngày 15/6/2024, lực lượng Công an đã thu nhận hơn 87,9 triệu hồ sơ và cấp 86,8 triệu thẻ Căn cước công dân gắn chip; tiếp nhận 79,2 triệu hồ sơ cấp tài khoản định danh điện tử, trong đó đã kích hoạt 57,6 triệu tài khoản.

Ứng dụng VNeID đã có hơn 1,2 tỷ lượt truy cập, sử dụng. Cơ sở dữ liệu quốc gia về dân cư đã xác thực hơn 2,3 tỷ lượt thông tin công dân cho các bộ, ngành, địa phương.

Tại Hà Nội, Công an thành phố đã kích hoạt 6,1 triệu tài khoản định danh điện tử, đạt tỷ lệ 82% số công dân từ đủ 14 tuổi trở lên.

Thứ trưởng Bộ Công an yêu cầu công an các đơn vị, địa phương tiếp tục đẩy mạnh kích hoạt tài khoản, phấn đấu đến hết năm 2024 đạt 60 triệu tài khoản được kích hoạt.""",
        "2024-06-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-15", 86800000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-15", 57600000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-06-18", 6100000.0),
        ],
    ),
    # 11 — Finance press on the State Bank: adults with a payment account at end-2023, Mobile Money
    #      customers at 30/11/2023; traps: 80% target "vượt mục tiêu", rural share after "trong đó",
    #      points of sale, growth of mobile/QR transactions, 90% aim.
    (
        """Ngân hàng Nhà nước: 87% người trưởng thành đã có tài khoản thanh toán

Thứ Sáu, 02/02/2024 - 11:10

(TBTCO) - Theo số liệu của Ngân hàng Nhà nước Việt Nam (NHNN), tính đến cuối năm 2023, khoảng 87% người trưởng thành tại Việt Nam đã có tài khoản thanh toán tại ngân hàng, vượt mục tiêu 80% đặt ra cho năm 2025 tại Chiến lược tài chính toàn diện quốc gia.

Đối với dịch vụ Mobile Money, đến ngày 30/11/2023, số lượng khách hàng đăng ký sử dụng đạt khoảng 6,9 triệu, trong đó khoảng 71% ở khu vực nông thôn, miền núi, biên giới, hải đảo. Mạng lưới điểm kinh doanh Mobile Money đạt hơn 13.000 điểm.

Năm 2023, thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh: giao dịch qua kênh điện thoại di động tăng 59,5% về số lượng; giao dịch qua phương thức QR tăng 170% về số lượng so với năm 2022.

Phó Thống đốc NHNN cho biết, năm 2024, ngành Ngân hàng sẽ tiếp tục đẩy mạnh chuyển đổi số, phối hợp với Bộ Công an triển khai Đề án 06, phấn đấu 90% người trưởng thành có tài khoản thanh toán vào năm 2025.""",
        "2024-02-02",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2023-11-30", 6900000.0),
        ],
    ),
    # 12 — Tax authority news (no sidecar; date printed under the title): cumulative e-invoices at
    #      30/6/2024; traps: sub-counts with/without code after "trong đó", cash-register invoices,
    #      users registered, savings estimate in billion VND (no id).
    (
        """Hơn 6,9 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

Thứ Hai, ngày 08/07/2024

(TCT) - Tổng cục Thuế cho biết, tính đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 6,9 tỷ hóa đơn điện tử kể từ khi triển khai toàn quốc (tháng 7/2022), trong đó có 2,1 tỷ hóa đơn có mã của cơ quan thuế và 4,8 tỷ hóa đơn không có mã. Đã có hơn 2,3 triệu doanh nghiệp, tổ chức, hộ, cá nhân kinh doanh đăng ký sử dụng hóa đơn điện tử.

Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đã có 74.000 người nộp thuế đăng ký áp dụng với trên 810 triệu hóa đơn. Trong tháng 6/2024, có thêm gần 3.000 cửa hàng bán lẻ xăng dầu chuyển sang lập hóa đơn điện tử cho từng lần bán hàng.

Tổng cục Thuế đánh giá, hóa đơn điện tử đã giúp doanh nghiệp tiết kiệm chi phí in ấn, lưu trữ ước khoảng 10.000 tỷ đồng mỗi năm, đồng thời là nguồn dữ liệu quan trọng để phòng, chống gian lận thuế.""",
        None,
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 6900000000.0),
        ],
    ),
    # 13 — Báo Lào Cai on dead zones: province level at end of April 2024 and current coverage share;
    #      traps: electrified sub-count after "trong đó", district counts, villages covered in 2023
    #      (a flow, no id), 86 new BTS, deadline, "37 thôn còn lại".
    (
        """Lào Cai: Nỗ lực xóa "vùng lõm" sóng di động

Báo Lào Cai - 20/5/2024 | 08:12

Theo Sở Thông tin và Truyền thông, đến hết tháng 4/2024, toàn tỉnh Lào Cai còn 98 thôn, bản chưa có sóng di động, trong đó 61 thôn đã có điện lưới quốc gia. Huyện Bát Xát là địa phương còn nhiều thôn lõm sóng nhất với 24 thôn, tiếp đến là huyện Si Ma Cai (17 thôn) và Mường Khương (15 thôn).

Trong năm 2023, các doanh nghiệp viễn thông đã đầu tư 86 trạm BTS mới, phủ sóng cho 57 thôn, bản vùng sâu, vùng xa. Hiện tỷ lệ thôn, bản có sóng di động trên địa bàn tỉnh đạt 93,4%.

Một trưởng thôn ở xã Dền Sáng (huyện Bát Xát) chia sẻ: "Trước đây muốn gọi điện phải leo lên đỉnh đồi, nay nhiều hộ đã biết nộp hồ sơ trên điện thoại".

UBND tỉnh đã yêu cầu các doanh nghiệp viễn thông hoàn thành phủ sóng 61 thôn có điện trước ngày 30/9/2024; 37 thôn còn lại chưa có điện sẽ được phủ sóng khi có điện lưới.

Thu Trang""",
        "2024-05-20",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-04-30", 98.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-05-20", 93.4),
        ],
    ),
    # 14 — Chinhphu.vn on a Deputy PM's meeting "Chiều 23/8" (page 24/08/2024): covered share of
    #      electrified dead-zone villages, national dead-zone level, fee-reduction provinces; traps:
    #      596/968 count, electrified sub-count, Viettel-only 412, "02 địa phương còn lại", deadline.
    (
        """Phủ sóng 596/968 thôn lõm sóng có điện

24/08/2024 10:18

(Chinhphu.vn) - Chiều 23/8, Phó Thủ tướng chủ trì cuộc họp trực tuyến với các bộ, ngành, địa phương và doanh nghiệp viễn thông về tiến độ xóa vùng lõm sóng di động.

Theo báo cáo của Bộ Thông tin và Truyền thông, đến nay, các doanh nghiệp đã phủ sóng được 596/968 thôn lõm sóng có điện lưới, đạt tỷ lệ 61,6%. Cả nước hiện còn 1.342 thôn chưa có sóng di động, trong đó 372 thôn đã có điện. Riêng Tập đoàn Viettel đã phủ sóng 412 thôn, chiếm gần 70% số thôn được phủ.

Cũng tại cuộc họp, Văn phòng Chính phủ cho biết đã có 61/63 địa phương ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 02 địa phương còn lại đang trình Hội đồng nhân dân tại kỳ họp gần nhất.

Phó Thủ tướng yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn có điện trước tháng 12/2024, đồng thời các địa phương nghiên cứu phương án cấp điện cho các thôn còn lại.""",
        "2024-08-24",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-08-23", 61.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-23", 1342.0),
            ("localities_fee_reduction", "national", "as_of", "2024-08-23", 61.0),
        ],
    ),
    # 15 — Bắc Ninh portal, 9 months of 2024 in bullets, one comparison in parentheses; traps:
    #      online-payment share (no id), service index score and rank 7/63, district (Lương Tài), target.
    (
        """BẮC NINH: KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2024

Ngày 07/10/2024

Sở Thông tin và Truyền thông tỉnh Bắc Ninh vừa báo cáo kết quả thực hiện chuyển đổi số 9 tháng năm 2024. Theo đó, các chỉ tiêu chủ yếu về chính quyền số tiếp tục được cải thiện:
• Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến toàn trình: 62,3%.
• Tỷ lệ hồ sơ giải quyết trực tuyến: 68,5% (cùng kỳ năm 2023: 52,4%).
• Tỷ lệ hồ sơ cấp kết quả điện tử: 95,1%.
• Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 38,7%.
• Tỷ lệ hồ sơ có thanh toán trực tuyến: 45,2%.
• Tỷ lệ người dân, doanh nghiệp hài lòng: 99,6%.

Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công của tỉnh đạt 86,5 điểm, xếp thứ 7/63 tỉnh, thành phố.

Tuy nhiên, một số huyện còn đạt thấp, như huyện Lương Tài có tỷ lệ hồ sơ trực tuyến chỉ đạt 41,3%. Mục tiêu năm 2024 của tỉnh là 80% hồ sơ được xử lý trực tuyến toàn trình.""",
        "2024-10-07",
        [
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-09-30", 62.3),
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2024-09-30", 68.5),
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2023-09-30", 52.4),
            ("e_result_rate", "Bắc Ninh", "ytd", "2024-09-30", 95.1),
            ("data_reuse_rate", "Bắc Ninh", "ytd", "2024-09-30", 38.7),
            ("satisfaction_rate", "Bắc Ninh", "ytd", "2024-09-30", 99.6),
        ],
    ),
    # 16 — Press, October 2022: national online-dossier share split into ministries and localities,
    #      Bình Dương's own figure, share of services with dossiers; traps: Bộ Tài chính (one ministry),
    #      "gần 2/3", "dưới 10%", 30% target for 2022.
    (
        """Tỷ lệ hồ sơ trực tuyến toàn quốc tháng 10 đạt 21,6%

Thứ ba, 15/11/2022 - 16:05

Theo số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính và Cổng Dịch vụ công quốc gia, trong tháng 10/2022, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 21,6%. Các bộ, ngành đạt 34,2%; các địa phương đạt 18,9%.

Bộ có tỷ lệ cao nhất là Bộ Tài chính với 89,7%; địa phương dẫn đầu là Bình Dương (57,3%), tiếp theo là Đồng Tháp và Tiền Giang. Nhiều bộ, ngành còn dưới 10%.

Cũng trong tháng 10, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 35,1%, nghĩa là gần 2/3 dịch vụ công trực tuyến đã cung cấp nhưng chưa có người dân, doanh nghiệp sử dụng.

Tổ công tác của Thủ tướng đánh giá, tình trạng "có dịch vụ nhưng không có người dùng" còn phổ biến, đề nghị các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình, phấn đấu hết năm 2022 đạt tỷ lệ hồ sơ trực tuyến tối thiểu 30%.""",
        "2022-11-15",
        [
            ("online_dossier_rate", "national", "month", "2022-10-31", 21.6),
            ("online_dossier_rate", "ministries", "month", "2022-10-31", 34.2),
            ("online_dossier_rate", "localities", "month", "2022-10-31", 18.9),
            ("online_dossier_rate", "Bình Dương", "month", "2022-10-31", 57.3),
            ("dvctt_with_dossiers_rate", "national", "month", "2022-10-31", 35.1),
        ],
    ),
    # 17 — Technology page on broadband speeds for August 2024, with August 2023 for comparison;
    #      traps: upload speed, world/ASEAN ranks, Singapore's speed, FPT-only speed, "tăng 50,8%", targets.
    (
        """Tốc độ Internet cố định của Việt Nam tăng gần 51% sau một năm

20/09/2024 - 14:30 | Công nghệ

Theo số liệu Cục Viễn thông công bố, trong tháng 8/2024, tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 147,9 Mbps (tải xuống), đứng thứ 38 thế giới; tốc độ tải lên đạt 144,2 Mbps. Tốc độ băng rộng di động đạt 62,5 Mbps, xếp hạng 49.

So với tháng 8/2023 (98,1 Mbps), tốc độ Internet cố định đã tăng 50,8%, nhờ các nhà mạng đồng loạt nâng băng thông gói cước mà không tăng giá. Trong khu vực ASEAN, Việt Nam đứng thứ 4 về tốc độ băng rộng cố định, sau Singapore (292 Mbps), Thái Lan và Malaysia.

Trong số các nhà mạng, FPT Telecom có tốc độ băng rộng cố định trung bình cao nhất với 159,6 Mbps.

Lãnh đạo Cục Viễn thông cho biết, mục tiêu đến năm 2025 tốc độ băng rộng cố định đạt tối thiểu 200 Mbps, băng rộng di động đạt 100 Mbps.""",
        "2024-09-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 147.9),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 62.5),
            ("fixed_broadband_speed", "national", "month", "2023-08-31", 98.1),
        ],
    ),
    # 18 — Ministry year-end conference with a two-year table (2023, 2024 columns date their values);
    #      traps: telecom revenue row (no id), 2025 aims.
    (
        """Hạ tầng số năm 2024: Thuê bao băng rộng cố định đạt 24,7 triệu

Thứ Tư, 08/01/2025 09:40

(MIC) - Tại Hội nghị tổng kết công tác năm 2024 của Bộ Thông tin và Truyền thông, Cục Viễn thông đã báo cáo một số chỉ tiêu phát triển hạ tầng số.

Bảng: Một số chỉ tiêu hạ tầng viễn thông

| Chỉ tiêu | Năm 2023 | Năm 2024 |
|---|---|---|
| Số thuê bao băng rộng cố định (triệu thuê bao) | 22,8 | 24,7 |
| Thuê bao băng rộng cố định/100 dân | 22,7 | 24,3 |
| Số thuê bao băng rộng di động (triệu thuê bao) | 86,1 | 88,9 |
| Thuê bao băng rộng di động/100 dân | 85,9 | 87,6 |
| Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (%) | 86,5 | 89,1 |
| Tỷ lệ người sử dụng Internet (%) | 78,6 | 81,0 |
| Doanh thu dịch vụ viễn thông (nghìn tỷ đồng) | 336,2 | 345,5 |

Nguồn: Cục Viễn thông.

Theo Cục Viễn thông, năm 2025 là năm bản lề để hoàn thành mục tiêu phủ sóng 5G toàn quốc và phổ cập cáp quang tới 100% hộ gia đình có nhu cầu.""",
        "2025-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24700000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.7),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88900000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 85.9),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 87.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 86.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.1),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 81.0),
        ],
    ),
    # 19 — Báo Cần Thơ: city's 2022 GRDP share with the national 2022 share for comparison,
    #      10-month rates, 5G stations after "trong đó" (another indicator, kept); traps: Ninh Kiều
    #      district, total BTS (no id), 2025 target.
    (
        """Cần Thơ: Kinh tế số chiếm 11,2% GRDP

Báo Cần Thơ | 03/11/2023

Theo Sở Thông tin và Truyền thông TP Cần Thơ, năm 2022, tỷ trọng kinh tế số trong GRDP của thành phố đạt 11,2%, thấp hơn mức bình quân cả nước (14,26%). Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP.

Về chính quyền số, 10 tháng năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 46,8%, riêng quận Ninh Kiều đạt 71,5%. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 83%.

Hiện thành phố có 1.842 trạm BTS, trong đó 41 trạm 5G. Hạ tầng cáp quang đã phủ đến tất cả các xã, phường, thị trấn.

Giám đốc Sở Thông tin và Truyền thông cho biết: "Khó khăn lớn nhất hiện nay là nguồn nhân lực số, nhất là ở cấp xã, phường. Thành phố sẽ tập trung đào tạo, bồi dưỡng kỹ năng số cho đội ngũ cán bộ và người dân trong thời gian tới".""",
        "2023-11-03",
        [
            ("digital_economy_gdp_share", "Cần Thơ", "year", "2022-12-31", 11.2),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2023-10-31", 46.8),
            ("e_result_rate", "Cần Thơ", "ytd", "2023-10-31", 83.0),
            ("fiveg_bts_count", "Cần Thơ", "as_of", "2023-11-03", 41.0),
        ],
    ),
    # 20 — Tuổi Trẻ on TP.HCM: "tháng 10 vừa qua" dated only by the page (Nov 2024), year-to-date
    #      rate to the page date; traps: city-portal dossier count (no id), digitised share, service
    #      count, district figures ("Trong các địa phương" = districts, not 'localities'), target.
    (
        """TP.HCM: Hơn 81% hồ sơ thủ tục hành chính được nộp trực tuyến trong tháng 10

12/11/2024 06:55 GMT+7

TTO - Sở Thông tin và Truyền thông TP.HCM cho biết, trong tháng 10 vừa qua, các cơ quan, đơn vị trên địa bàn thành phố đã tiếp nhận 512.340 hồ sơ trực tuyến, chiếm 81,2% tổng số hồ sơ thủ tục hành chính.

Từ đầu năm đến nay, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 63,4%, tỷ lệ hồ sơ được số hóa đạt 88%. Thành phố hiện cung cấp 1.143 dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công thành phố.

Trong các địa phương, TP Thủ Đức có tỷ lệ hồ sơ trực tuyến cao nhất với 89,5%, tiếp đến là quận 1 (87,2%) và quận Bình Thạnh (86,9%). Huyện Cần Giờ thấp nhất với 61%.

"Thành phố đang tập trung tái cấu trúc quy trình để người dân chỉ cần khai báo thông tin một lần", đại diện Sở Thông tin và Truyền thông nói. Mục tiêu đến cuối năm 2024, 80% hồ sơ được xử lý trực tuyến toàn trình.""",
        "2024-11-12",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "month", "2024-10-31", 81.2),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "ytd", "2024-11-12", 63.4),
        ],
    ),
    # 21 — Portal news of July 2022 (no sidecar; "Cập nhật: 12/7/2022"): accounts at 30/6/2022,
    #      half-year flows on _new twins, share of procedures online, dossier share with the 2021
    #      full-year value in parentheses; traps: service count, "+6,4 điểm phần trăm", connections.
    (
        """Cổng Dịch vụ công quốc gia: 6 tháng đầu năm 2022 tiếp nhận 2,1 triệu hồ sơ trực tuyến

Cập nhật: 12/7/2022 17:20

Theo Văn phòng Chính phủ, tính đến ngày 30/6/2022, Cổng Dịch vụ công quốc gia đã có hơn 3,7 triệu tài khoản đăng ký; tích hợp, cung cấp 3.705 dịch vụ công trực tuyến, kết nối với 13 bộ, ngành và 63 địa phương.

Trong 6 tháng đầu năm 2022, Cổng tiếp nhận 2,1 triệu hồ sơ trực tuyến; thực hiện hơn 1,6 triệu giao dịch thanh toán trực tuyến với số tiền gần 1.280 tỷ đồng.

Tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến trên toàn quốc đạt 53,8%. 6 tháng đầu năm, tỷ lệ hồ sơ xử lý trực tuyến đạt 25,6%, tăng 6,4 điểm phần trăm so với cả năm 2021 (19,2%).

Văn phòng Chính phủ cho biết sẽ tiếp tục nâng cấp Cổng theo hướng lấy người dùng làm trung tâm, cá nhân hóa trang thông tin người dùng và đẩy mạnh thanh toán trực tuyến.""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2022-06-30", 3700000.0),
            ("national_portal_dossiers_new", "national", "half", "2022-06-30", 2100000.0),
            ("online_payments_count_new", "national", "half", "2022-06-30", 1600000.0),
            ("online_payments_value_new", "national", "half", "2022-06-30", 1280.0),
            ("dvctt_rate", "national", "as_of", "2022-06-30", 53.8),
            ("online_dossier_rate", "national", "half", "2022-06-30", 25.6),
            ("online_dossier_rate", "national", "year", "2021-12-31", 19.2),
        ],
    ),
    # 22 — VOV on the Đề án 06 conference: essential services at 15/7/2024 and the April 2024 figure in
    #      parentheses; traps: "tăng 04 dịch vụ", "08 dịch vụ còn lại", Bộ Công an's 27/27, VNeID utilities.
    (
        """Đã cung cấp 45/53 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia

Thứ Sáu, 19/7/2024 | 20:31

VOV.VN - Báo cáo tại Hội nghị trực tuyến toàn quốc sơ kết 6 tháng triển khai Đề án 06 sáng 19/7, Bộ Công an cho biết, tính đến ngày 15/7/2024, đã hoàn thành cung cấp 45/53 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia, tăng 04 dịch vụ so với thời điểm tháng 4/2024 (41/53). 08 dịch vụ còn lại thuộc trách nhiệm của Bộ Tài nguyên và Môi trường, Bộ Lao động - Thương binh và Xã hội, Bộ Y tế và Bảo hiểm xã hội Việt Nam.

Riêng Bộ Công an đã cung cấp 27/27 dịch vụ công trực tuyến toàn trình thuộc thẩm quyền. Ứng dụng VNeID hiện đã tích hợp 38 tiện ích phục vụ người dân.

Phát biểu kết luận, Thủ tướng yêu cầu các bộ, ngành liên quan hoàn thành 08 dịch vụ còn lại trong tháng 8/2024 và đề nghị các địa phương đẩy mạnh làm sạch dữ liệu hộ tịch, đất đai phục vụ liên thông.""",
        "2024-07-19",
        [
            ("essential_services_full_process", "national", "as_of", "2024-07-15", 45.0),
            ("essential_services_full_process", "national", "as_of", "2024-04-30", 41.0),
        ],
    ),
    # 23 — Chinhphu.vn on the year-end conference (27/12/2024), figures "tính đến ngày 20/12/2024":
    #      eligible-based vs all-procedures full-process shares, personal-ID share, satisfaction, adults
    #      using services, full-process dossier share; traps: 40% and 80% targets, 2025 aims.
    (
        """Hội nghị trực tuyến đánh giá kết quả cung cấp dịch vụ công trực tuyến năm 2024

27/12/2024 19:05

(Chinhphu.vn) - Chiều 27/12, Văn phòng Chính phủ tổ chức Hội nghị trực tuyến đánh giá tình hình cung cấp dịch vụ công trực tuyến năm 2024.

Theo báo cáo, tính đến ngày 20/12/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 86,4%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 55,8%. Tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 91,3%, tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 89,6%.

Đặc biệt, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 49,5%, vượt mục tiêu 40% đề ra cho năm 2024.

Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ đánh giá năm 2024 có nhiều chuyển biến rõ nét. Tuy nhiên, một số chỉ tiêu chưa đạt, như tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 38,7% so với mục tiêu 80%.

Năm 2025, Văn phòng Chính phủ đề nghị phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp toàn trình, 90% người dân, doanh nghiệp hài lòng.""",
        "2024-12-27",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-12-20", 86.4),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-20", 55.8),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-12-20", 91.3),
            ("satisfaction_rate", "national", "as_of", "2024-12-20", 89.6),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-20", 49.5),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-12-20", 38.7),
        ],
    ),
    # 24 — Thừa Thiên Huế office report (no sidecar; "ngày 05 tháng 3 năm 2024"): an explicit window
    #      15/01–14/02/2024 for "tháng 02/2024", January value in parentheses (calendar month); traps:
    #      counts of the provincial system, "giảm 2,8 điểm phần trăm", town/district figures.
    (
        """UBND TỈNH THỪA THIÊN HUẾ
VĂN PHÒNG
Số: 312/BC-VP
Thừa Thiên Huế, ngày 05 tháng 3 năm 2024

BÁO CÁO
Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến tháng 02/2024

Trong tháng 02/2024 (từ ngày 15/01/2024 đến ngày 14/02/2024), Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đã tiếp nhận 58.214 hồ sơ, trong đó 33.881 hồ sơ trực tuyến. Tỷ lệ hồ sơ trực tuyến đạt 58,2%, giảm 2,8 điểm phần trăm so với tháng 01/2024 (61,0%) do ảnh hưởng của kỳ nghỉ Tết Nguyên đán.

Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,4%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,9%.

Các đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao gồm: thị xã Hương Thủy (76,3%), huyện Phú Vang (70,2%). Văn phòng UBND tỉnh đề nghị các sở, ngành, địa phương có tỷ lệ thấp khẩn trương khắc phục, hướng dẫn người dân nộp hồ sơ trực tuyến.""",
        None,
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "month", "2024-02-14", 58.2),
            ("online_dossier_rate", "Thừa Thiên Huế", "month", "2024-01-31", 61.0),
            ("dvctt_with_dossiers_rate", "Thừa Thiên Huế", "month", "2024-02-14", 71.4),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "month", "2024-02-14", 44.9),
        ],
    ),
    # 25 — Security-level approvals at end of September 2024, national with ministries and localities,
    #      March 2024 in parentheses; traps: deployment share (no id), "gần 30 điểm phần trăm",
    #      named ministries, counts of provinces, the 80% threshold.
    (
        """93,2% hệ thống thông tin đã được phê duyệt cấp độ an toàn

02/10/2024 | 16:48

Theo Cục An toàn thông tin, tính đến hết tháng 9/2024, tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ trên cả nước đạt 93,2%; các bộ, ngành đạt 95,6% và các địa phương đạt 91,1%. Tỷ lệ hệ thống thông tin đã triển khai đầy đủ phương án bảo đảm an toàn theo hồ sơ được phê duyệt mới đạt 68,4%.

So với thời điểm tháng 3/2024 (64%), tỷ lệ phê duyệt cấp độ đã tăng gần 30 điểm phần trăm sau khi Thủ tướng ban hành Chỉ thị về tăng cường bảo đảm an toàn hệ thống thông tin theo cấp độ.

Bộ Quốc phòng, Bộ Công an và 28 địa phương đã hoàn thành phê duyệt 100% hệ thống. Tuy nhiên, vẫn còn 5 bộ, ngành và 11 địa phương đạt dưới 80%.

Cục An toàn thông tin đề nghị các đơn vị chưa hoàn thành khẩn trương phê duyệt cấp độ và triển khai phương án bảo vệ trước ngày 31/12/2024.""",
        "2024-10-02",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 93.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 95.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 91.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-03-31", 64.0),
        ],
    ),
    # 26 — VPCP year-end review published January 2025: NDXP in 2024 (year flow, daily average over
    #      the year, cumulative at end-2024), EMC connection, procedures simplified, new portal accounts
    #      of the year; traps: "177 thủ tục còn lại", the meeting date 15/1/2025 is not the data date.
    (
        """Năm 2024, NDXP đạt hơn 1,24 tỷ giao dịch

16/01/2025 - 10:22

Ngày 15/1/2025, Văn phòng Chính phủ tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 1,24 tỷ giao dịch, trung bình 3,4 triệu giao dịch mỗi ngày. Lũy kế từ năm 2019 đến hết năm 2024, tổng số giao dịch qua NDXP đạt 3,95 tỷ giao dịch.

Đến hết năm 2024, 100% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối, đồng bộ dữ liệu với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC).

Về cải cách thủ tục hành chính, đã cắt giảm, đơn giản hóa 907/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ; 177 thủ tục còn lại đang được các bộ, ngành khẩn trương thực hiện.

Trong năm 2024, Cổng Dịch vụ công quốc gia có 4,2 triệu tài khoản đăng ký mới. Năm 2025, Văn phòng Chính phủ tập trung đưa Cổng trở thành điểm "một cửa số" duy nhất cung cấp dịch vụ công cho người dân, doanh nghiệp.""",
        "2025-01-16",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1240000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 3400000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3950000000.0),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 100.0),
            ("procedures_simplified", "national", "as_of", "2024-12-31", 907.0),
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 4200000.0),
        ],
    ),
    # 27 — Đắk Lắk portal, first 4 months of 2025: rates to 30/4, current 5G stations and coverage at
    #      the page date; traps: operator sub-counts after "trong đó", digitisation share, Buôn Ma Thuột,
    #      GRDP target of 2025.
    (
        """Đắk Lắk: Chuyển đổi số 4 tháng đầu năm 2025 có nhiều chuyển biến

14/05/2025 07:30

(Daklak.gov.vn) - Theo báo cáo của Sở Khoa học và Công nghệ tỉnh Đắk Lắk, 4 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52,6%, tỷ lệ cấp kết quả điện tử đạt 97,3%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 79,8%.

Hạ tầng số tiếp tục được đầu tư. Hiện trên địa bàn tỉnh có 236 trạm BTS 5G, trong đó Viettel 180 trạm, VNPT 48 trạm, MobiFone 8 trạm; sóng 5G đã phủ trung tâm TP Buôn Ma Thuột và các thị xã, thị trấn. Tỷ lệ phủ sóng 5G theo dân số của tỉnh đạt khoảng 21%.

Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Đắk Lắk đặt mục tiêu năm 2025 tỷ trọng kinh tế số đạt 12% GRDP.

Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, bảo đảm 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2025-05-14",
        [
            ("online_dossier_full_process_rate", "Đắk Lắk", "ytd", "2025-04-30", 52.6),
            ("e_result_rate", "Đắk Lắk", "ytd", "2025-04-30", 97.3),
            ("fiveg_bts_count", "Đắk Lắk", "as_of", "2025-05-14", 236.0),
            ("fiveg_population_coverage_rate", "Đắk Lắk", "as_of", "2025-05-14", 21.0),
        ],
    ),
    # 28 — Nhân Dân analysis, March 2025: digital economy share 2024 with 2023 in parentheses, growth
    #      of 2024, EGDI 2024 edition; traps: Resolution 57 targets for 2030, an expert's required pace,
    #      e-Conomy SEA (vendors') GMV and its growth.
    (
        """Kinh tế số chiếm 18,3% GDP: Dư địa lớn để bứt phá

Thứ Năm, 20/3/2025 - 06:00

Nhân Dân - Theo Cục Thống kê (Bộ Tài chính), năm 2024, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 18,3%, tăng so với năm 2023 (16,5%). Kinh tế số tăng trưởng khoảng 20% trong năm 2024, gấp khoảng 3 lần tốc độ tăng GDP.

Về Chính phủ số, theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI).

Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 30% GDP; Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á về kinh tế số và nhóm 50 nước dẫn đầu thế giới về Chính phủ điện tử.

"Để đạt mục tiêu 30% GDP, chúng ta cần tăng trưởng kinh tế số bình quân trên 20%/năm", một chuyên gia kinh tế nhận định.

Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam đạt 36 tỷ USD, tăng 16% so với năm 2023.""",
        "2025-03-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 29 — Nghệ An table with monthly columns and a quarter column (headers date the columns); traps:
    #      dossier counts of the provincial system, "tăng 19,5 điểm %", districts, 50% target.
    (
        """Nghệ An: Tỷ lệ hồ sơ trực tuyến quý I/2023 đạt 32,2%

06/04/2023

Theo số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An, kết quả tiếp nhận hồ sơ trực tuyến quý I/2023 như sau:

| Chỉ tiêu | Tháng 01/2023 | Tháng 02/2023 | Tháng 3/2023 | Quý I/2023 |
|---|---|---|---|---|
| Tổng số hồ sơ tiếp nhận | 98.450 | 121.306 | 139.872 | 359.628 |
| Số hồ sơ trực tuyến | 27.960 | 38.454 | 49.235 | 115.649 |
| Tỷ lệ hồ sơ trực tuyến (%) | 28,4 | 31,7 | 35,2 | 32,2 |
| Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 12,1 | 14,6 | 17,3 | 15,0 |

So với cùng kỳ năm 2022, tỷ lệ hồ sơ trực tuyến quý I tăng 19,5 điểm %. TP Vinh và huyện Nghi Lộc là hai địa phương có tỷ lệ cao nhất, lần lượt đạt 58,1% và 47,6%; một số huyện miền núi như Kỳ Sơn, Tương Dương còn dưới 10%.

Tỉnh phấn đấu năm 2023 tỷ lệ hồ sơ trực tuyến đạt trên 50%.""",
        "2023-04-06",
        [
            ("online_dossier_rate", "Nghệ An", "month", "2023-01-31", 28.4),
            ("online_dossier_rate", "Nghệ An", "month", "2023-02-28", 31.7),
            ("online_dossier_rate", "Nghệ An", "month", "2023-03-31", 35.2),
            ("online_dossier_rate", "Nghệ An", "quarter", "2023-03-31", 32.2),
            ("online_dossier_full_process_rate", "Nghệ An", "month", "2023-01-31", 12.1),
            ("online_dossier_full_process_rate", "Nghệ An", "month", "2023-02-28", 14.6),
            ("online_dossier_full_process_rate", "Nghệ An", "month", "2023-03-31", 17.3),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2023-03-31", 15.0),
        ],
    ),
    # 30 — VietNamNet on fee-reduction resolutions at 20/11/2023; Quảng Nam's October rate (its earlier
    #      18% has no date: not listed); traps: "11 địa phương còn lại", 50%/100% fee levels, Hà Nội and
    #      Bắc Giang named without figures, the 2023 deadline.
    (
        """52/63 địa phương đã ban hành nghị quyết miễn, giảm phí khi nộp hồ sơ trực tuyến

24/11/2023 11:15

VietNamNet - Theo Văn phòng Chính phủ, tính đến ngày 20/11/2023, đã có 52/63 tỉnh, thành phố trực thuộc Trung ương ban hành Nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 11 địa phương còn lại chưa ban hành.

Mức giảm phổ biến là 50% so với nộp hồ sơ trực tiếp; một số địa phương như Hà Nội, Bắc Giang miễn 100% lệ phí đối với một số thủ tục trong giai đoạn 2023-2025.

Theo đánh giá của nhiều địa phương, chính sách miễn, giảm phí đã có tác động rõ rệt. Tại Quảng Nam, từ khi nghị quyết có hiệu lực, tỷ lệ hồ sơ trực tuyến của tỉnh đã tăng từ 18% lên 39,6% trong tháng 10.

Thủ tướng Chính phủ đã yêu cầu 100% địa phương ban hành nghị quyết trong năm 2023, coi đây là giải pháp quan trọng để khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.""",
        "2023-11-24",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-11-20", 52.0),
            ("online_dossier_rate", "Quảng Nam", "month", "2023-10-31", 39.6),
        ],
    ),
]
