"""Genre probes, round 107: official documents reposted whole on provincial, district and department portals (the Ministry's monthly reports, notices, reviews, with letterheads, sections, tables and the portal's own masthead), written blind.

First reading (the stop's start code 62e519e read it): 59 of 144 right, 59 of 191 found (0.41 / 0.31): the portal's province took the country's figures. Fitted after that reading (stop 44): a national report named in the letterhead, title or lead gives the country's figures; 'Đối với <tỉnh>, …'; 'các tỷ lệ tương ứng' after one figure a bullet: 182 of 184, 182 of 191.
"""

CASES = [
    # 1 — Bắc Giang portal reposts the Ministry's March 2024 report: monthly flows, a cumulative
    #     level dated 31/3, a bộ/địa phương/toàn quốc table; traps: month-on-month change,
    #     cyberattack decrease, April targets.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Chuyên mục: Chuyển đổi số | Cập nhật: 12/04/2024 08:30

Bộ Thông tin và Truyền thông báo cáo tình hình chuyển đổi số quốc gia tháng 3/2024

Sở Thông tin và Truyền thông Bắc Giang trân trọng đăng tải toàn văn Báo cáo để các cơ quan, đơn vị, UBND các huyện, thành phố nghiên cứu, tham khảo.

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1187/BC-BTTTT
Hà Nội, ngày 05 tháng 4 năm 2024

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 3/2024

I. KẾT QUẢ NỔI BẬT TRONG THÁNG
1. Chính phủ số
- Cổng Dịch vụ công quốc gia: trong tháng 3/2024 có 1,1 triệu tài khoản đăng ký mới, tăng 8% so với tháng 02/2024; lũy kế đến 31/3/2024 có 12,6 triệu tài khoản.
- Trong tháng, có 2,36 triệu hồ sơ trực tuyến được nộp qua Cổng; 1,48 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.243 tỷ đồng.
- Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 81,4 triệu giao dịch trong tháng, trung bình 2,6 triệu giao dịch/ngày.

2. Các chỉ số dịch vụ công trực tuyến (số liệu tháng 3/2024)

| Chỉ số | Bộ, ngành | Địa phương | Toàn quốc |
|---|---|---|---|
| Tỷ lệ hồ sơ trực tuyến toàn trình | 31,2% | 40,6% | 38,9% |
| Tỷ lệ hồ sơ cấp kết quả điện tử | 72,4% | 80,1% | 78,7% |
| Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | 25,3% | 41,8% | 38,0% |

3. An toàn thông tin mạng
Trong tháng ghi nhận 1.037 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,5% so với tháng trước.

II. NHIỆM VỤ TRỌNG TÂM THÁNG 4/2024
- Các bộ, ngành phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 40%; các địa phương đạt tối thiểu 50%.
- Hoàn thành kết nối 100% hệ thống giải quyết TTHC với Hệ thống EMC.

Nơi nhận: Như trên; Lưu: VT, CĐSQG.""",
        "2024-04-12",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 12600000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 2360000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1480000.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 1243.0),
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 81400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2600000.0),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-03-31", 31.2),
            ("online_dossier_full_process_rate", "localities", "month", "2024-03-31", 40.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-03-31", 38.9),
            ("e_result_rate", "ministries", "month", "2024-03-31", 72.4),
            ("e_result_rate", "localities", "month", "2024-03-31", 80.1),
            ("e_result_rate", "national", "month", "2024-03-31", 78.7),
            ("data_reuse_rate", "ministries", "month", "2024-03-31", 25.3),
            ("data_reuse_rate", "localities", "month", "2024-03-31", 41.8),
            ("data_reuse_rate", "national", "month", "2024-03-31", 38.0),
            ("cyberattacks", "national", "month", "2024-03-31", 1037.0),
        ],
    ),
    # 2 — Quảng Nam department portal reposts a Government Office conclusion notice: "đến nay"
    #     is the meeting date (12/5), not the notice date; footnotes carry the Public Security
    #     ministry's cut-off and a Q1 rate; traps: remaining 28 services, a ministry-only count
    #     in a footnote, 2023 targets.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG NAM
Thứ Sáu, 02/06/2023 - 09:12

Thông báo kết luận của Thủ tướng Chính phủ tại Phiên họp thứ năm của Ủy ban Quốc gia về chuyển đổi số

Ngày 26/5/2023, Văn phòng Chính phủ ban hành Thông báo số 210/TB-VPCP. Sở Thông tin và Truyền thông Quảng Nam đăng tải toàn văn Thông báo.

VĂN PHÒNG CHÍNH PHỦ
Số: 210/TB-VPCP
Hà Nội, ngày 26 tháng 5 năm 2023

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ năm của Ủy ban

Ngày 12 tháng 5 năm 2023, tại trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì Phiên họp thứ năm của Ủy ban Quốc gia về chuyển đổi số, kết nối trực tuyến với 63 tỉnh, thành phố trực thuộc Trung ương. Sau khi nghe báo cáo và ý kiến phát biểu, Thủ tướng kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Chuyển đổi số quốc gia tiếp tục có bước tiến rõ nét. Đến nay, đã cung cấp 25/53 dịch vụ công thiết yếu theo Đề án 06 trực tuyến toàn trình[1]; 28 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện. Cả nước đã cấp 82,1 triệu thẻ căn cước công dân gắn chip, kích hoạt 28,6 triệu tài khoản định danh điện tử[2].
Tuy nhiên, tỷ lệ hồ sơ xử lý trực tuyến còn thấp[3], dữ liệu chưa được khai thác hiệu quả.

II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%; 100% dịch vụ công thiết yếu được cung cấp toàn trình.

[1] Trong đó Bộ Công an đã cung cấp 11 dịch vụ.
[2] Theo số liệu của Bộ Công an đến ngày 10/5/2023.
[3] Quý I/2023, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 27,4%; riêng các bộ, ngành đạt 46,1%.""",
        "2023-06-02",
        [
            ("essential_services_full_process", "national", "as_of", "2023-05-12", 25.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-05-10", 82100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-05-10", 28600000.0),
            ("online_dossier_rate", "national", "quarter", "2023-03-31", 27.4),
            ("online_dossier_rate", "ministries", "quarter", "2023-03-31", 46.1),
        ],
    ),
    # 3 — Đức Trọng district portal (Lâm Đồng) reposts the Ministry's half-year 2024 review:
    #     levels at end-June, half-year flows and rates, "hiện còn" villages at the report's date;
    #     traps: villages covered in the span (no id), a sub-count after "trong đó", a percentage
    #     point change, the district's own rate, the year-end target. Lâm Đồng's rate is kept.
    (
        """UBND HUYỆN ĐỨC TRỌNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện › Chuyển đổi số
22/07/2024

Toàn văn Báo cáo sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia

Thực hiện Công văn số 1520/STTTT-CĐS của Sở Thông tin và Truyền thông tỉnh Lâm Đồng, Cổng thông tin điện tử huyện đăng tải Báo cáo của Bộ Thông tin và Truyền thông để cán bộ, công chức, viên chức nghiên cứu.

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2874/BC-BTTTT
Hà Nội, ngày 12 tháng 7 năm 2024

BÁO CÁO
Sơ kết công tác chuyển đổi số quốc gia 6 tháng đầu năm 2024

1. Phát triển hạ tầng số
a) Đến hết tháng 6/2024, tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 87,1%; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 82,4%.
b) Trong 6 tháng, các doanh nghiệp viễn thông đã phủ sóng cho 1.032 thôn lõm sóng; hiện còn 1.021 thôn, bản chưa có sóng di động, trong đó 351 thôn chưa có điện lưới.

2. Chính phủ số
- Tính đến 30/6/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 44,8%.
- 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,3%, tăng 9,7 điểm phần trăm so với cùng kỳ năm 2023.
- Cổng Dịch vụ công quốc gia có 3,86 triệu tài khoản đăng ký mới trong 6 tháng, nâng tổng số tài khoản lên 14,5 triệu.
- NDXP ghi nhận 502,6 triệu giao dịch, trung bình 2,76 triệu giao dịch/ngày.

3. Nhiệm vụ 6 tháng cuối năm
Phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.

*

Tại Lâm Đồng, 6 tháng đầu năm tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 57,3%; riêng huyện Đức Trọng đạt 61,5%, đứng thứ 3 toàn tỉnh.""",
        "2024-07-22",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 87.1),
            ("ftth_household_rate", "national", "as_of", "2024-06-30", 82.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-07-12", 1021.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 44.8),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 40.3),
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 3860000.0),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 14500000.0),
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 502600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2760000.0),
            ("online_dossier_full_process_rate", "Lâm Đồng", "half", "2024-06-30", 57.3),
        ],
    ),
    # 4 — Hà Tĩnh department portal reposts the Ministry's 2022 year review: the UN edition of
    #     2022, undated year-end levels, a December speed; traps: rank change "tăng 2 bậc", a speed
    #     rank, subscriber growth, 2023 targets, the province's DTI rank.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ TĨNH
Ngày đăng: 09/01/2023

Bộ Thông tin và Truyền thông tổng kết năm 2022 - Năm Dữ liệu số

Sở đăng tải trích Báo cáo tổng kết của Bộ; năm 2022 Hà Tĩnh đứng thứ 21 cả nước về chỉ số chuyển đổi số cấp tỉnh (DTI).

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 5612/BC-BTTTT
Hà Nội, ngày 28 tháng 12 năm 2022

BÁO CÁO
Tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023

I. KẾT QUẢ NĂM 2022
1. Chính phủ số
Năm 2022, Liên Hợp Quốc công bố Việt Nam xếp hạng 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 2 bậc so với năm 2020. Tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 26,8%.

2. Hạ tầng số
- Số thuê bao băng rộng cố định đạt 21,4 triệu, tăng 10,1%; thuê bao băng rộng di động đạt 84,1 triệu.
- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 75,3%.
- Tốc độ truy cập Internet băng rộng cố định tháng 12/2022 đạt 81,7 Mbps, xếp thứ 45 thế giới; băng rộng di động đạt 35,6 Mbps.

3. Kinh tế số
Tỷ trọng kinh tế số trong GDP ước đạt 14,26%.

II. NHIỆM VỤ NĂM 2023
Phấn đấu tỷ lệ hộ gia đình sử dụng cáp quang đạt 80%; tỷ lệ hồ sơ xử lý trực tuyến đạt 50%.""",
        "2023-01-09",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("online_dossier_rate", "national", "year", "2022-12-31", 26.8),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21400000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 84100000.0),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.3),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 81.7),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 35.6),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 5 — Phú Lương district portal (Thái Nguyên), no sidecar: masthead date printed; the report's
    #     own window 16/9–15/10 dates the flows; a previous month's rate in parentheses is kept;
    #     traps: the botnet level phrased as a decrease, the province named without a figure.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LƯƠNG - TỈNH THÁI NGUYÊN
Thứ Tư, 15/11/2023 | 14:05

Báo cáo tình hình chuyển đổi số quốc gia tháng 10/2023

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4412/BC-BTTTT
Hà Nội, ngày 30 tháng 10 năm 2023

Kỳ báo cáo: từ ngày 16/9/2023 đến ngày 15/10/2023.

1. Dịch vụ công trực tuyến
- Trong kỳ, Cổng Dịch vụ công quốc gia có 652.000 tài khoản đăng ký mới; lũy kế đến ngày 15/10/2023 là 9,8 triệu tài khoản.
- Số hồ sơ nộp trực tuyến qua Cổng trong kỳ: 1.470.512 hồ sơ.
- Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc trong kỳ đạt 34,7% (tháng 9/2023: 33,9%).

2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
Trong kỳ, NDXP có 63,2 triệu giao dịch; lũy kế đến ngày 15/10/2023 đạt 2,31 tỷ giao dịch.

3. An toàn thông tin mạng
Trong kỳ đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.147 cuộc tấn công mạng gây sự cố. Đến ngày 15/10/2023, số địa chỉ IP botnet giảm xuống còn 612.000 địa chỉ.

4. Đánh giá
Một số địa phương, trong đó có Thái Nguyên, duy trì tỷ lệ hồ sơ trực tuyến cao; tuy nhiên tỷ lệ chung còn thấp so với mục tiêu 50% của năm 2023.""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2023-10-15", 652000.0),
            ("national_portal_accounts", "national", "as_of", "2023-10-15", 9800000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-10-15", 1470512.0),
            ("online_dossier_rate", "national", "month", "2023-10-15", 34.7),
            ("online_dossier_rate", "national", "month", "2023-09-30", 33.9),
            ("ndxp_transactions_period", "national", "month", "2023-10-15", 63200000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-15", 2310000000.0),
            ("cyberattacks", "national", "month", "2023-10-15", 1147.0),
            ("botnet_ips", "national", "as_of", "2023-10-15", 612000.0),
        ],
    ),
    # 6 — Báo Đồng Nai press piece on the November 2024 report: 5G stations and coverage at
    #     end-November, monthly speeds, Đồng Nai's own monthly rate; traps: Viettel-only and
    #     operator-in-province station counts, a speed rank, the official's year-end target.
    (
        """BÁO ĐỒNG NAI ĐIỆN TỬ
Cập nhật 12/12/2024, 16:40

Cả nước có hơn 8.200 trạm phát sóng 5G

Theo Báo cáo tình hình chuyển đổi số quốc gia tháng 11/2024 vừa được Bộ Thông tin và Truyền thông gửi các địa phương, tính đến ngày 30/11/2024, cả nước đã có hơn 8.200 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 26,3%. Riêng Viettel đã phát sóng hơn 6.500 trạm, phủ 63/63 tỉnh, thành phố.

Cũng theo báo cáo, trong tháng 11/2024 tốc độ truy cập Internet băng rộng di động đạt 56,7 Mbps, tăng 3 bậc, xếp thứ 39 thế giới; băng rộng cố định đạt 104,5 Mbps.

Tại Đồng Nai, Viettel Đồng Nai đã lắp đặt 210 trạm 5G tại các đô thị, khu công nghiệp. Trong tháng 11/2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,4%, cao hơn bình quân chung của các địa phương.

Ông Trần Minh Hoàng, Phó Giám đốc Sở Thông tin và Truyền thông cho biết: “Tỉnh phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% và 100% khu công nghiệp được phủ sóng 5G.”""",
        "2024-12-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-11-30", 8200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-11-30", 26.3),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 56.7),
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 104.5),
            ("online_dossier_full_process_rate", "Đồng Nai", "month", "2024-11-30", 62.4),
        ],
    ),
    # 7 — Long An justice department portal reposts a 2025 Government Office notice of the
    #     Government Steering Committee: "đến nay" = the meeting of 08/3/2025; 2024 figures in
    #     footnotes; traps: rank change, remaining 51 services, 2025 targets, the Public Security
    #     ministry's own count.
    (
        """SỞ TƯ PHÁP TỈNH LONG AN
Trang chủ › Văn bản chỉ đạo › Chuyển đổi số
Ngày đăng: 24/03/2025

Thông báo kết luận của Thủ tướng Chính phủ tại Phiên họp thứ nhất Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06

VĂN PHÒNG CHÍNH PHỦ
Số: 118/TB-VPCP
Hà Nội, ngày 19 tháng 3 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo

Ngày 08 tháng 3 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp thứ nhất của Ban Chỉ đạo. Sau khi nghe báo cáo, Thủ tướng kết luận:

1. Kết quả đạt được
Năm 2024, kinh tế số tiếp tục là điểm sáng[1]. Liên Hợp Quốc xếp hạng Việt Nam thứ 71/193 về Chỉ số phát triển Chính phủ điện tử, tăng 15 bậc so với năm 2022. Đến nay, 63/63 địa phương đã ban hành Nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87,4%. Đã cung cấp 25/76 dịch vụ công thiết yếu trực tuyến toàn trình, 51 dịch vụ còn lại phải hoàn thành trong năm 2025[2].

2. Nhiệm vụ năm 2025
Phấn đấu kinh tế số đạt 20% GDP; 100% dịch vụ công thiết yếu được cung cấp toàn trình; tăng trưởng kinh tế số trên 20%.

[1] Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%; tốc độ tăng trưởng kinh tế số khoảng 13%.
[2] Riêng Bộ Công an đã hoàn thành 12 dịch vụ.""",
        "2025-03-24",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("localities_fee_reduction", "national", "as_of", "2025-03-08", 63.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-03-08", 87.4),
            ("essential_services_full_process", "national", "as_of", "2025-03-08", 25.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 13.0),
        ],
    ),
    # 8 — Bình Phước portal reposts the January 2023 report with a two-month comparison table:
    #     each column header dates its values (12/2022 and 01/2023); trap: the change column;
    #     Bình Phước's own monthly rate kept.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC
14/02/2023 10:22

Báo cáo tình hình chuyển đổi số quốc gia tháng 01/2023

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 389/BC-BTTTT
Hà Nội, ngày 07 tháng 02 năm 2023

I. TÌNH HÌNH CHUNG
Tháng 01/2023 trùng với kỳ nghỉ Tết Nguyên đán nên số hồ sơ phát sinh giảm.

II. CÁC CHỈ SỐ CHÍNH PHỦ SỐ

| Chỉ số | Số liệu tháng 12/2022 | Số liệu tháng 01/2023 | Tăng/giảm |
|---|---|---|---|
| Tỷ lệ DVCTT toàn trình/tổng số TTHC | 40,1% | 41,2% | +1,1 |
| Tỷ lệ DVCTT có phát sinh hồ sơ | 32,5% | 34,0% | +1,5 |
| Tỷ lệ hồ sơ xử lý trực tuyến | 27,9% | 24,6% | -3,3 |

Nguồn: Hệ thống thông tin giải quyết TTHC của các bộ, ngành, địa phương.

III. ĐÁNH GIÁ
Tỷ lệ hồ sơ xử lý trực tuyến giảm 3,3 điểm phần trăm, chủ yếu do ảnh hưởng của Tết. Đề nghị các địa phương có tỷ lệ dưới 20% khẩn trương khắc phục.

*

Theo Sở Thông tin và Truyền thông, trong tháng 01/2023 tỷ lệ hồ sơ xử lý trực tuyến của Bình Phước đạt 52,1%, thuộc nhóm 10 địa phương dẫn đầu.""",
        "2023-02-14",
        [
            ("dvctt_full_process_rate", "national", "month", "2022-12-31", 40.1),
            ("dvctt_full_process_rate", "national", "month", "2023-01-31", 41.2),
            ("dvctt_with_dossiers_rate", "national", "month", "2022-12-31", 32.5),
            ("dvctt_with_dossiers_rate", "national", "month", "2023-01-31", 34.0),
            ("online_dossier_rate", "national", "month", "2022-12-31", 27.9),
            ("online_dossier_rate", "national", "month", "2023-01-31", 24.6),
            ("online_dossier_rate", "Bình Phước", "month", "2023-01-31", 52.1),
        ],
    ),
    # 9 — Nghệ An science department portal reposts the Ministry of Science and Technology's
    #     April 2025 report: 5G level at 30/4, monthly speeds, this and last month's cyberattacks;
    #     traps: operator sub-count after "trong đó", year-on-year speed gain, a ranking place.
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ NGHỆ AN
Tin hoạt động | 16/05/2025

Bộ Khoa học và Công nghệ báo cáo tình hình chuyển đổi số quốc gia tháng 4/2025

Thực hiện chức năng quản lý nhà nước về chuyển đổi số sau khi hợp nhất, Bộ Khoa học và Công nghệ đã ban hành báo cáo tháng. Sở đăng tải toàn văn để các phòng, đơn vị nghiên cứu.

BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1340/BC-BKHCN
Hà Nội, ngày 08 tháng 5 năm 2025

1. Hạ tầng số
- Tính đến 30/4/2025, cả nước có 9.650 trạm BTS 5G, trong đó Viettel 7.020 trạm; tỷ lệ dân số được phủ sóng 5G đạt 30,2%.
- Tốc độ truy cập Internet băng rộng cố định tháng 4/2025 đạt 154,1 Mbps, tăng 12,3 Mbps so với cùng kỳ; băng rộng di động đạt 71,6 Mbps, Việt Nam xếp thứ 20 thế giới.

2. An toàn thông tin mạng
- Trong tháng, đã ghi nhận 582 cuộc tấn công mạng gây sự cố (tháng 3/2025: 651 cuộc).
- Đến cuối tháng 4/2025, số địa chỉ IP thuộc mạng botnet là 402.000.

3. Dịch vụ công trực tuyến
Theo số liệu của Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến toàn trình tháng 4/2025 đạt 48,5%.

4. Nhiệm vụ tháng 5/2025
Tiếp tục triển khai Nghị quyết số 57-NQ/TW; phấn đấu phủ sóng 5G đạt 45% dân số vào cuối năm 2025.""",
        "2025-05-16",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 9650.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-30", 30.2),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 154.1),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 71.6),
            ("cyberattacks", "national", "month", "2025-04-30", 582.0),
            ("cyberattacks", "national", "month", "2025-03-31", 651.0),
            ("botnet_ips", "national", "as_of", "2025-04-30", 402000.0),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 48.5),
        ],
    ),
    # 10 — Cần Giờ district portal (TP. Hồ Chí Minh) reposts the Ministry's 2023 year review:
    #      sentences open on "Năm 2023" so undated levels are year-end; TP. Hồ Chí Minh's yearly
    #      rate kept; traps: growth vs 2022, the district's own rate, ICT revenue (no id), 2024 targets.
    (
        """UBND HUYỆN CẦN GIỜ
Cổng thông tin điện tử | 15/01/2024

Tổng kết chuyển đổi số quốc gia năm 2023

Văn phòng HĐND và UBND huyện đăng tải trích Báo cáo tổng kết của Bộ Thông tin và Truyền thông.

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 5203/BC-BTTTT
Hà Nội, ngày 27 tháng 12 năm 2023

1. Năm 2023, Cổng Dịch vụ công quốc gia có 3,6 triệu tài khoản đăng ký mới, tăng 20% so với năm 2022; tổng số tài khoản đạt 10,9 triệu.
2. Năm 2023, Nền tảng NDXP có 780 triệu giao dịch; đã kết nối 112 cơ quan, đơn vị.
3. Tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%; doanh thu công nghiệp ICT ước đạt 142 tỷ USD.
4. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 32%.

Năm 2024, Bộ đặt mục tiêu tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 40%.

*

Tại Thành phố, tỷ lệ hồ sơ xử lý trực tuyến năm 2023 của TP. Hồ Chí Minh đạt 72,8%; huyện Cần Giờ đạt 65,1%, tăng 14 điểm phần trăm so với năm trước.""",
        "2024-01-15",
        [
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 3600000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10900000.0),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 780000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 112.0),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-12-31", 32.0),
            ("online_dossier_rate", "Hồ Chí Minh", "year", "2023-12-31", 72.8),
        ],
    ),
    # 11 — Kon Tum department portal reposts the half-year 2023 review: levels at 30/6 with
    #      per-100 ratios, a half-year rate; the portal's own "hiện nay" level for Kon Tum at the
    #      page date; traps: the year's target, a count of villages covered since January.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KON TUM
Cập nhật ngày 20/07/2023

Bộ Thông tin và Truyền thông sơ kết 6 tháng đầu năm 2023

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2711/BC-BTTTT
Hà Nội, ngày 10 tháng 7 năm 2023

BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023

1. Hạ tầng viễn thông
Đến ngày 30/6/2023:
- Tổng số thuê bao băng rộng di động đạt 85,6 triệu, tương đương 86,4 thuê bao/100 dân;
- Thuê bao băng rộng cố định đạt 22,1 triệu, tương đương 22,3 thuê bao/100 dân;
- Tỷ lệ thôn, bản có sóng di động đạt 98,4%. Từ đầu năm, các doanh nghiệp đã phủ sóng thêm 312 thôn.

2. Dịch vụ công trực tuyến
6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 31,5%.

3. Nhiệm vụ 6 tháng cuối năm
Phấn đấu cuối năm 2023 xóa toàn bộ thôn, bản lõm sóng có điện lưới.

*

Tại Kon Tum, hiện nay toàn tỉnh còn 59 thôn chưa có sóng di động, tập trung ở các huyện Tu Mơ Rông, Kon Plông, Ia H'Drai.""",
        "2023-07-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-06-30", 85600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-06-30", 86.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-06-30", 22100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-06-30", 22.3),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-06-30", 98.4),
            ("online_dossier_rate", "national", "half", "2023-06-30", 31.5),
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2023-07-20", 59.0),
        ],
    ),
    # 12 — Yên Bái portal reposts the June 2022 report: levels at 30/6, a monthly rate; traps:
    #      the share of adults owning a smartphone (people, no id), the province's fibre to
    #      communes (no id), year target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
Thứ Năm, 14/07/2022

Tình hình chuyển đổi số quốc gia tháng 6/2022

Yên Bái - Ngày 06/7/2022, Bộ Thông tin và Truyền thông ban hành Báo cáo số 2456/BC-BTTTT về tình hình chuyển đổi số quốc gia tháng 6/2022. Cổng thông tin điện tử tỉnh trích đăng các nội dung chính.

1. Hạ tầng và nền tảng số
Tính đến 30/6/2022, tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 73,5%; tỷ lệ người trưởng thành có điện thoại thông minh đạt 78,1%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 71,2%.

2. Chính phủ số
- Tính đến 30/6/2022, Cổng Dịch vụ công quốc gia có 4,6 triệu tài khoản đăng ký.
- Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 6/2022 đạt 21,7%.

3. Nhiệm vụ
Phấn đấu năm 2022 tỷ lệ hồ sơ xử lý trực tuyến đạt 50%.

Cũng trong tháng, Yên Bái hoàn thành đưa cáp quang đến 100% xã, là một trong những địa phương miền núi đi đầu.""",
        "2022-07-14",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2022-06-30", 73.5),
            ("ftth_household_rate", "national", "as_of", "2022-06-30", 71.2),
            ("national_portal_accounts", "national", "as_of", "2022-06-30", 4600000.0),
            ("online_dossier_rate", "national", "month", "2022-06-30", 21.7),
        ],
    ),
    # 13 — Hà Nam home-affairs portal reposts a conclusion notice from a PDF: glued footnote
    #      markers ("còn thấp2"); "đến nay" = meeting of 18/01/2024; a footnote splits the 2023
    #      full-process dossier rate by bộ/địa phương; traps: 372 procedures still to cut, 2024 targets.
    (
        """SỞ NỘI VỤ TỈNH HÀ NAM
Văn bản mới | 20/02/2024

Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ bảy của Ủy ban Quốc gia về chuyển đổi số

(Tệp đính kèm: TB-45-VPCP.pdf)

VĂN PHÒNG CHÍNH PHỦ
Số: 45/TB-VPCP
Hà Nội, ngày 05 tháng 02 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ bảy của Ủy ban Quốc gia về chuyển đổi số

Ngày 18 tháng 01 năm 2024, Thủ tướng Chính phủ chủ trì Phiên họp thứ bảy của Ủy ban Quốc gia về chuyển đổi số. Thủ tướng kết luận như sau:

I. ĐÁNH GIÁ
1. Năm 2023 - Năm Dữ liệu số, các bộ, ngành, địa phương đã tích cực triển khai. Năm 2023, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 88,3%1. Đến nay, tỷ lệ hồ sơ thủ tục hành chính được gắn định danh cá nhân đạt 60,4%; tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 76,9%. Đã cắt giảm, đơn giản hóa 712/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề; 372 thủ tục còn lại phải hoàn thành trong quý I/2024.
2. Tuy nhiên, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp2.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; mức độ hài lòng đạt 90%.

______
1 Theo Bộ chỉ số phục vụ người dân, doanh nghiệp.
2 Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 26,8%; bộ, ngành đạt 18,2%; địa phương đạt 29,1%.""",
        "2024-02-20",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 88.3),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-01-18", 60.4),
            ("emc_connection_rate", "national", "as_of", "2024-01-18", 76.9),
            ("procedures_simplified", "national", "as_of", "2024-01-18", 712.0),
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 26.8),
            ("online_dossier_full_process_rate", "ministries", "year", "2023-12-31", 18.2),
            ("online_dossier_full_process_rate", "localities", "year", "2023-12-31", 29.1),
        ],
    ),
    # 14 — Press piece on the September 2024 report, official quoted: the report's window
    #      15/8–15/9 dates flows; August's flow in parentheses kept; traps: VNeID activation
    #      rate (no id), a year-on-year change, Quảng Ninh's figure kept as a province.
    (
        """BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM
Thứ Ba, 08/10/2024 - 10:15

Tài khoản mới trên Cổng Dịch vụ công quốc gia tăng mạnh

Báo cáo tình hình chuyển đổi số quốc gia tháng 9/2024 của Bộ Thông tin và Truyền thông (kỳ báo cáo từ ngày 16/8/2024 đến ngày 15/9/2024) cho thấy Cổng Dịch vụ công quốc gia có 1,25 triệu tài khoản đăng ký mới trong kỳ (kỳ trước: 1,02 triệu tài khoản, từ 16/7 đến 15/8/2024). Tỷ lệ hồ sơ trực tuyến toàn trình trong kỳ đạt 44,9%, tăng 8,5 điểm phần trăm so với cùng kỳ năm 2023.

Theo Bộ Công an, tính đến ngày 15/9/2024 đã có 57,3 triệu tài khoản định danh điện tử được kích hoạt, tỷ lệ kích hoạt trên số công dân đủ điều kiện đạt gần 70%.

“Việc người dân dùng một tài khoản VNeID để đăng nhập Cổng Dịch vụ công quốc gia là yếu tố quyết định”, lãnh đạo Cục Chuyển đổi số quốc gia nhận định.

Trong kỳ, Quảng Ninh tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình 84,5%.""",
        "2024-10-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-09-15", 1250000.0),
            ("national_portal_accounts_new", "national", "month", "2024-08-15", 1020000.0),
            ("online_dossier_full_process_rate", "national", "month", "2024-09-15", 44.9),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-15", 57300000.0),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2024-09-15", 84.5),
        ],
    ),
    # 15 — Cà Mau home-affairs portal reposts a Q1/2025 report on Resolution 57: quarter flows and
    #      daily average, cumulative NDXP at 31/3, connection points; Cà Mau's quarter rate kept;
    #      traps: quarter-on-quarter change, Public Security ministry's own rate, 2025 targets.
    (
        """SỞ NỘI VỤ TỈNH CÀ MAU
Ngày 17/04/2025

Báo cáo kết quả triển khai Nghị quyết số 57-NQ/TW và chuyển đổi số quý I năm 2025

BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 905/BC-BKHCN
Hà Nội, ngày 07 tháng 4 năm 2025

1. Chính phủ số
Quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,2%, tăng 3,1 điểm phần trăm so với quý IV/2024. Riêng Bộ Công an đạt 98,0%.

2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
- Trong quý I/2025, NDXP có 720 triệu giao dịch, trung bình 8 triệu giao dịch mỗi ngày.
- Lũy kế đến ngày 31/3/2025 đạt 5,1 tỷ giao dịch.
- Đã thiết lập 236 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

3. Nhiệm vụ
Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 100% cơ sở dữ liệu quốc gia kết nối qua NDXP.

*

Đối với tỉnh Cà Mau, quý I/2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,7%; các huyện Năm Căn, Ngọc Hiển đạt trên 70%.""",
        "2025-04-17",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 46.2),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 720000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 8000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 5100000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-04-07", 236.0),
            ("online_dossier_full_process_rate", "Cà Mau", "quarter", "2025-03-31", 58.7),
        ],
    ),
    # 16 — Bình Định portal reposts the nine-month 2024 report (ytd to 30/9): flows and a rate
    #      over nine months, the dead-zone coverage share at 30/9; Bình Định's nine-month rate
    #      kept; traps: year-on-year changes, the year-end target.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
21/10/2024 | Chuyển đổi số

Kết quả chuyển đổi số quốc gia 9 tháng năm 2024

Ngày 11/10/2024, Bộ Thông tin và Truyền thông ban hành Báo cáo số 4018/BC-BTTTT về tình hình chuyển đổi số quốc gia 9 tháng năm 2024. Một số kết quả chính:

- 9 tháng năm 2024, Cổng Dịch vụ công quốc gia có 5,9 triệu tài khoản đăng ký mới, gấp 1,9 lần cùng kỳ.
- Thanh toán trực tuyến: 16,8 triệu giao dịch với tổng giá trị 12.460 tỷ đồng, tăng 41% so với cùng kỳ.
- Tỷ lệ hồ sơ trực tuyến toàn trình 9 tháng đạt 43,2%.
- Tính đến ngày 30/9/2024, tỷ lệ thôn lõm sóng có điện lưới đã được phủ sóng di động đạt 91,2%.

Bộ Thông tin và Truyền thông yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn lõm sóng có điện trước ngày 31/12/2024.

Tại Bình Định, 9 tháng năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 55,6%, xếp thứ 12/63 tỉnh, thành phố.""",
        "2024-10-21",
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-09-30", 5900000.0),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 16800000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 12460.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-09-30", 43.2),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 91.2),
            ("online_dossier_full_process_rate", "Bình Định", "ytd", "2024-09-30", 55.6),
        ],
    ),
    # 17 — Tây Ninh (merged province) portal reposts the July 2025 report: levels at 31/7, a
    #      Mobile Money level at 30/6 (State Bank), e-invoices from 2022; traps: rural sub-count
    #      after "trong đó", commune counts (no id), "chưa kết nối" remainder.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
14/08/2025 07:50

Báo cáo tình hình chuyển đổi số quốc gia tháng 7/2025

Sau khi tỉnh Tây Ninh và tỉnh Long An hợp nhất, Cổng thông tin điện tử tỉnh Tây Ninh tiếp tục đăng tải báo cáo tháng của Bộ Khoa học và Công nghệ.

BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 2611/BC-BKHCN
Hà Nội, ngày 06 tháng 8 năm 2025

1. Dịch vụ công trực tuyến
Trong tháng 7/2025, tháng đầu tiên vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%. Tính đến ngày 31/7/2025, tỷ lệ hệ thống giải quyết thủ tục hành chính kết nối đầy đủ với Hệ thống EMC đạt 94,1%; 2 hệ thống cấp bộ chưa kết nối. 3.321 xã, phường, đặc khu đã sử dụng hệ thống thông tin giải quyết TTHC của tỉnh.

2. Danh tính số và thanh toán
- Tính đến ngày 31/7/2025, có 64,2 triệu tài khoản định danh điện tử đã được kích hoạt.
- Theo Ngân hàng Nhà nước, đến ngày 30/6/2025 số khách hàng sử dụng Mobile Money đạt 10,8 triệu, trong đó 7,1 triệu khách hàng ở khu vực nông thôn, miền núi.
- Từ năm 2022 đến ngày 31/7/2025, cơ quan thuế đã tiếp nhận, xử lý 10,2 tỷ hóa đơn điện tử.""",
        "2025-08-14",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-07-31", 52.3),
            ("emc_connection_rate", "national", "as_of", "2025-07-31", 94.1),
            ("vneid_activated_accounts", "national", "as_of", "2025-07-31", 64200000.0),
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 10800000.0),
            ("e_invoices_total", "national", "as_of", "2025-07-31", 10200000000.0),
        ],
    ),
    # 18 — Bình Dương portal reposts the December 2023 report with a top-five provinces table
    #      (each province's monthly rate kept) and the national rate; traps: rank positions and
    #      "tăng 4 bậc", a city within the province (not a breakdown).
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
10/01/2024

Bình Dương dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình tháng 12/2023

Theo Báo cáo số 102/BC-BTTTT ngày 05/01/2024 của Bộ Thông tin và Truyền thông về tình hình chuyển đổi số quốc gia tháng 12/2023, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước trong tháng đạt 36,2%.

Bảng: 05 địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất tháng 12/2023

| STT | Địa phương | Tỷ lệ |
|---|---|---|
| 1 | Bình Dương | 81,4% |
| 2 | Bắc Giang | 78,2% |
| 3 | Đà Nẵng | 75,0% |
| 4 | Quảng Ninh | 73,6% |
| 5 | Bình Phước | 70,9% |

So với tháng 11/2023, Bình Dương tăng 4 bậc. Trong tỉnh, thành phố Thủ Dầu Một đạt 88,2%, cao nhất.

Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương duy trì tỷ lệ trên 80% trong năm 2024.""",
        "2024-01-10",
        [
            ("online_dossier_full_process_rate", "national", "month", "2023-12-31", 36.2),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2023-12-31", 81.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "month", "2023-12-31", 78.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2023-12-31", 75.0),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2023-12-31", 73.6),
            ("online_dossier_full_process_rate", "Bình Phước", "month", "2023-12-31", 70.9),
        ],
    ),
    # 19 — Sóc Trăng department portal, no sidecar: page date printed; August 2022 report with
    #      cumulative payments at 31/8, monthly payment flows and July's flow in parentheses,
    #      provision rates over eligible and over all procedures; trap: payment growth in %.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Ngày cập nhật: 07/09/2022

Bộ Thông tin và Truyền thông: Báo cáo tình hình chuyển đổi số tháng 8/2022

Sở Thông tin và Truyền thông tỉnh Sóc Trăng đăng tải nội dung Báo cáo số 3315/BC-BTTTT ngày 02/9/2022 của Bộ Thông tin và Truyền thông.

1. Cung cấp dịch vụ công trực tuyến
Đến hết tháng 8/2022, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 97,5%; tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 71,3%.

2. Thanh toán trực tuyến
- Trong tháng 8/2022, Cổng Dịch vụ công quốc gia ghi nhận 612.000 giao dịch thanh toán trực tuyến với số tiền 830 tỷ đồng (tháng 7/2022: 540.000 giao dịch), tăng 13,3%.
- Lũy kế đến ngày 31/8/2022, có 4,9 triệu giao dịch thanh toán trực tuyến với tổng số tiền 6.800 tỷ đồng.

3. Đề nghị
Các địa phương tiếp tục rà soát, tái cấu trúc quy trình, bảo đảm đến cuối năm 2022 đạt 100% dịch vụ công đủ điều kiện được cung cấp toàn trình.""",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2022-08-31", 97.5),
            ("full_process_provision_rate", "national", "as_of", "2022-08-31", 71.3),
            ("online_payments_count_new", "national", "month", "2022-08-31", 612000.0),
            ("online_payments_value_new", "national", "month", "2022-08-31", 830.0),
            ("online_payments_count_new", "national", "month", "2022-07-31", 540000.0),
            ("online_payments_count", "national", "as_of", "2022-08-31", 4900000.0),
            ("online_payments_value", "national", "as_of", "2022-08-31", 6800.0),
        ],
    ),
    # 20 — Tiên Du district portal (Bắc Ninh) reposts a Government Office notice on Project 06:
    #      "đến nay" = the conference of 19/8/2023, not the notice (31/8) or page date; traps: a
    #      ministry-only collection count, the district's share, "còn lại" services, targets.
    (
        """UBND HUYỆN TIÊN DU - TỈNH BẮC NINH
Thông báo - Chỉ đạo | 05/09/2023

Kết luận của Thủ tướng Chính phủ tại Hội nghị sơ kết 6 tháng triển khai Đề án 06 và chuyển đổi số

VĂN PHÒNG CHÍNH PHỦ
Số: 336/TB-VPCP
Hà Nội, ngày 31 tháng 8 năm 2023

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Hội nghị trực tuyến toàn quốc sơ kết 6 tháng năm 2023

Ngày 19 tháng 8 năm 2023, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với 63 tỉnh, thành phố trực thuộc Trung ương. Thủ tướng kết luận:

1. Đến nay, đã cấp 84,3 triệu thẻ căn cước công dân gắn chip; kích hoạt 40,2 triệu tài khoản định danh điện tử; tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 77,4%. Số khách hàng sử dụng dịch vụ Mobile Money đạt 4,4 triệu. Bộ Công an đã thu nhận 1,2 triệu hồ sơ cấp tài khoản định danh mức độ 2 trong tháng 7.
2. Đã cung cấp 26/53 dịch vụ công thiết yếu trực tuyến toàn trình; 27 dịch vụ còn lại phải hoàn thành trong năm 2023.
3. Phấn đấu đến hết năm 2023 có 50 triệu tài khoản định danh điện tử được kích hoạt.

*

Trên địa bàn huyện Tiên Du, đến nay 91% công dân đủ điều kiện đã được cấp tài khoản định danh điện tử; tỉnh Bắc Ninh là một trong những địa phương dẫn đầu về triển khai Đề án 06.""",
        "2023-09-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-08-19", 84300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-08-19", 40200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-08-19", 77.4),
            ("mobile_money_customers", "national", "as_of", "2023-08-19", 4400000.0),
            ("essential_services_full_process", "national", "as_of", "2023-08-19", 26.0),
        ],
    ),
    # 21 — Huế department portal reposts the Ministry's 2024 year review: year-end levels
    #      (5G, Internet users, smartphone count and share of subscriptions), December speeds;
    #      traps: telecom revenue (no id), growth of 5G subscribers, 2025 targets.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ HUẾ
08/01/2025

Toàn văn Báo cáo tổng kết năm 2024 của Bộ Thông tin và Truyền thông (trích)

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 5480/BC-BTTTT
Hà Nội, ngày 30 tháng 12 năm 2024

BÁO CÁO
Tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025

I. HẠ TẦNG SỐ
Năm 2024 đánh dấu việc thương mại hóa 5G. Hết năm 2024, cả nước có 8.800 trạm BTS 5G, tỷ lệ dân số được phủ sóng 5G đạt 26,5%; số thuê bao 5G tăng gấp 4 lần sau 2 tháng.
Số thuê bao sử dụng điện thoại thông minh đạt 94,1 triệu, chiếm 89,2% tổng số thuê bao điện thoại di động. Tỷ lệ người sử dụng Internet đạt 78,8%.
Tốc độ truy cập Internet băng rộng di động tháng 12/2024 đạt 58,4 Mbps; băng rộng cố định đạt 109,6 Mbps.

II. DOANH THU
Doanh thu dịch vụ viễn thông năm 2024 ước đạt 143.000 tỷ đồng.

III. NHIỆM VỤ NĂM 2025
Phấn đấu phủ sóng 5G cho 45% dân số, tỷ lệ người sử dụng Internet đạt 85%.

Huế là một trong những địa phương đầu tiên có sóng 5G thương mại tại khu vực miền Trung.""",
        "2025-01-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 8800.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.5),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 94100000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.2),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 78.8),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 58.4),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 109.6),
        ],
    ),
    # 22 — Gia Lai department portal reposts the May 2024 report with a table of named ministries
    #      (not labelled) and the averages of bộ, ngành / địa phương / toàn quốc; Gia Lai kept;
    #      traps: the named-ministry rows, the count of provinces below 30%.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG GIA LAI
Chuyển đổi số | 13/06/2024

Tình hình cung cấp dịch vụ công trực tuyến tháng 5/2024

Trích Báo cáo số 2190/BC-BTTTT ngày 06/6/2024 của Bộ Thông tin và Truyền thông.

Bảng 1. Tỷ lệ hồ sơ trực tuyến toàn trình tháng 5/2024

| Cơ quan | Tỷ lệ |
|---|---|
| Bộ Công an | 96,1% |
| Bộ Tài chính | 72,3% |
| Bộ Tư pháp | 41,0% |
| Trung bình bộ, ngành | 35,8% |
| Trung bình địa phương | 44,1% |
| Toàn quốc | 42,0% |

Trong tháng, còn 9 địa phương có tỷ lệ dưới 30%. Tỷ lệ hồ sơ trực tuyến toàn trình của Gia Lai đạt 51,3%, đứng thứ 27 cả nước.

Bộ Thông tin và Truyền thông đề nghị các bộ, ngành có tỷ lệ thấp rà soát, bảo đảm mục tiêu năm 2024 đạt tối thiểu 50%.""",
        "2024-06-13",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-05-31", 35.8),
            ("online_dossier_full_process_rate", "localities", "month", "2024-05-31", 44.1),
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 42.0),
            ("online_dossier_full_process_rate", "Gia Lai", "month", "2024-05-31", 51.3),
        ],
    ),
    # 23 — Hải Phòng science department portal reposts the Ministry of Science and Technology's
    #      half-year 2025 review: levels at 30/6, June speed, half-year cyberattacks; traps: the
    #      city's DTI rank, year-on-year change, year-end 5G target.
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG
Ngày 18/07/2025

Bộ Khoa học và Công nghệ sơ kết 6 tháng đầu năm 2025

BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 2245/BC-BKHCN
Hà Nội, ngày 09 tháng 7 năm 2025

BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025

1. Hạ tầng số
Tính đến ngày 30/6/2025:
- Tỷ lệ dân số được phủ sóng 5G đạt 34,1%, với 11.240 trạm BTS 5G;
- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 85,2%.
Tốc độ truy cập Internet băng rộng cố định tháng 6/2025 đạt 167,8 Mbps, tăng 48% so với cùng kỳ.

2. An toàn thông tin mạng
Trong 6 tháng đầu năm, đã ghi nhận 3.512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

3. Nhiệm vụ 6 tháng cuối năm
Phấn đấu đến cuối năm 2025 phủ sóng 5G cho 45% dân số.

Hải Phòng, địa phương đứng thứ 5 cả nước về chỉ số chuyển đổi số cấp tỉnh năm 2024, đang triển khai 5G tại tất cả khu công nghiệp.""",
        "2025-07-18",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 34.1),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11240.0),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 85.2),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 167.8),
            ("cyberattacks", "national", "half", "2025-06-30", 3512.0),
        ],
    ),
    # 24 — Long Biên district portal (Hà Nội) reposts the February 2023 report with its own
    #      window 16/01–15/02; the previous window's cyberattacks in parentheses kept; Hà Nội's
    #      rate kept; traps: botnet percent decrease, the district's own share.
    (
        """UBND QUẬN LONG BIÊN
Cổng thông tin điện tử | 06/03/2023

Báo cáo tình hình chuyển đổi số quốc gia tháng 02/2023

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 712/BC-BTTTT
Hà Nội, ngày 24 tháng 02 năm 2023

Số liệu trong báo cáo được tính từ ngày 16/01/2023 đến ngày 15/02/2023.

1. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
Trong kỳ, NDXP trung bình mỗi ngày có 2,1 triệu giao dịch; lũy kế từ năm 2019 đến ngày 15/02/2023 đạt 1,72 tỷ giao dịch.

2. An toàn thông tin mạng
Trong kỳ, ghi nhận 1.020 cuộc tấn công mạng gây sự cố (kỳ trước, từ 16/12/2022 đến 15/01/2023: 1.214 cuộc). Số địa chỉ IP botnet giảm 5,2%.

3. Dịch vụ công trực tuyến
Tỷ lệ hồ sơ xử lý trực tuyến của Hà Nội trong kỳ đạt 41,3%, cao hơn mức trung bình cả nước.

*

Quận Long Biên đạt tỷ lệ 95% hồ sơ tiếp nhận trực tuyến, dẫn đầu khối quận, huyện của Thành phố.""",
        "2023-03-06",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-02-15", 2100000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-02-15", 1720000000.0),
            ("cyberattacks", "national", "month", "2023-02-15", 1020.0),
            ("cyberattacks", "national", "month", "2023-01-15", 1214.0),
            ("online_dossier_rate", "Hà Nội", "month", "2023-02-15", 41.3),
        ],
    ),
    # 25 — Châu Thành district portal (Đồng Tháp) reposts the October 2024 report: 5G stations at
    #      31/10, a monthly share of services with dossiers, the UN 2024 edition published in
    #      September (year 2024); Đồng Tháp kept; traps: "tăng 15 bậc", the district's rate.
    (
        """UBND HUYỆN CHÂU THÀNH - TỈNH ĐỒNG THÁP
Tin tức | 12/11/2024

Báo cáo tình hình chuyển đổi số quốc gia tháng 10/2024

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4470/BC-BTTTT
Hà Nội, ngày 06 tháng 11 năm 2024

1. Sự kiện nổi bật
Ngày 15/10/2024, dịch vụ 5G chính thức được thương mại hóa. Tính đến 31/10/2024, cả nước có 6.900 trạm BTS 5G.
Tháng 9/2024, Liên Hợp Quốc công bố Chỉ số phát triển Chính phủ điện tử năm 2024; Việt Nam xếp hạng 71/193, tăng 15 bậc so với năm 2022.

2. Dịch vụ công trực tuyến
Trong tháng 10/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 51,2%; tỷ lệ hồ sơ trực tuyến toàn trình của Đồng Tháp đạt 63,9%.

3. Nhiệm vụ
Phấn đấu đến cuối năm 2024 có 80% dịch vụ công trực tuyến toàn trình.

*

Huyện Châu Thành đạt 70,2% hồ sơ trực tuyến toàn trình trong tháng, đứng đầu khối huyện của tỉnh.""",
        "2024-11-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-10-31", 6900.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("dvctt_with_dossiers_rate", "national", "month", "2024-10-31", 51.2),
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2024-10-31", 63.9),
        ],
    ),
    # 26 — Quảng Trị portal, no sidecar: page date printed; May 2024 infrastructure report with
    #      levels at 31/5 and Quảng Trị's own village count; traps: villages still to cover
    #      (remainder), a sub-count after "trong đó", the target before December.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Thứ Hai, 10/06/2024

Bộ Thông tin và Truyền thông báo cáo hạ tầng số tháng 5/2024

Theo Báo cáo số 2101/BC-BTTTT ngày 04/6/2024 của Bộ Thông tin và Truyền thông về tình hình chuyển đổi số quốc gia tháng 5/2024:

- Đến ngày 31/5/2024, cả nước còn 1.146 thôn, bản lõm sóng di động, trong đó 402 thôn chưa có điện lưới quốc gia.
- Tỷ lệ thôn lõm sóng có điện đã được phủ sóng đạt 79,6%; 744 thôn có điện còn lại sẽ được phủ sóng trước tháng 12/2024.
- Số thuê bao băng rộng cố định đạt 23,9 thuê bao/100 dân.

Đối với Quảng Trị, đến ngày 31/5/2024 toàn tỉnh còn 38 thôn, bản chưa có sóng di động, chủ yếu ở huyện Hướng Hóa và Đakrông. UBND tỉnh đã giao Sở Thông tin và Truyền thông phối hợp các doanh nghiệp hoàn thành phủ sóng trong năm 2024.""",
        None,
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-05-31", 1146.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-05-31", 79.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-05-31", 23.9),
            ("villages_without_mobile_coverage", "Quảng Trị", "as_of", "2024-05-31", 38.0),
        ],
    ),
    # 27 — Quảng Bình home-affairs portal reposts the Government Office's 2022 review: year flows
    #      of 2022, a year-end level, the 2021 flow in parentheses kept; Quảng Bình kept; traps:
    #      a named ministry's rate, growth percent, 2023 targets.
    (
        """SỞ NỘI VỤ TỈNH QUẢNG BÌNH
Cải cách hành chính | 28/02/2023

Kết quả cung cấp dịch vụ công trực tuyến năm 2022

VĂN PHÒNG CHÍNH PHỦ
Số: 62/BC-VPCP
Hà Nội, ngày 15 tháng 02 năm 2023

BÁO CÁO
Tình hình, kết quả cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia năm 2022

1. Năm 2022, Cổng Dịch vụ công quốc gia có 4,1 triệu tài khoản đăng ký mới; tính đến ngày 31/12/2022, tổng số tài khoản là 7,3 triệu.
2. Số hồ sơ trực tuyến nộp qua Cổng trong năm 2022 là 6,7 triệu hồ sơ.
3. Năm 2022 có 3,8 triệu giao dịch thanh toán trực tuyến (năm 2021: 1,9 triệu giao dịch), với số tiền 5.430 tỷ đồng, tăng 85%.
4. Bộ Tài chính có tỷ lệ hồ sơ xử lý trực tuyến cao nhất, đạt 96%.

Năm 2023, phấn đấu 50% hồ sơ được xử lý trực tuyến.

*

Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của Quảng Bình đạt 36,1%.""",
        "2023-02-28",
        [
            ("national_portal_accounts_new", "national", "year", "2022-12-31", 4100000.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 7300000.0),
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 6700000.0),
            ("online_payments_count_new", "national", "year", "2022-12-31", 3800000.0),
            ("online_payments_count_new", "national", "year", "2021-12-31", 1900000.0),
            ("online_payments_value_new", "national", "year", "2022-12-31", 5430.0),
            ("online_dossier_rate", "Quảng Bình", "year", "2022-12-31", 36.1),
        ],
    ),
    # 28 — Báo Lào Cai reposts the November 2023 report: monthly rates, a level at 30/11,
    #      Lào Cai's reuse rate kept; traps: the deputy minister's December target, a named
    #      ministry's figure, a ranking place.
    (
        """BÁO LÀO CAI ĐIỆN TỬ
12/12/2023 - 15:30

Tỷ lệ tái sử dụng dữ liệu số hóa còn thấp

Báo cáo tình hình chuyển đổi số quốc gia tháng 11/2023 do Bộ Thông tin và Truyền thông ban hành ngày 05/12/2023 cho thấy trong tháng 11/2023, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa chỉ đạt 21,6%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 69,8%. Tính đến ngày 30/11/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 42,3%.

Bộ Tư pháp có tỷ lệ cấp kết quả điện tử đạt 100%.

Lào Cai là một trong 5 địa phương có tỷ lệ tái sử dụng dữ liệu cao nhất, tháng 11/2023 đạt 62,4%, xếp thứ 3 cả nước.

Phát biểu tại hội nghị giao ban, Thứ trưởng Bộ Thông tin và Truyền thông đề nghị: “Các bộ, ngành, địa phương phấn đấu trong tháng 12 nâng tỷ lệ tái sử dụng dữ liệu lên tối thiểu 30%”.""",
        "2023-12-12",
        [
            ("data_reuse_rate", "national", "month", "2023-11-30", 21.6),
            ("e_result_rate", "national", "month", "2023-11-30", 69.8),
            ("dvctt_full_process_rate", "national", "as_of", "2023-11-30", 42.3),
            ("data_reuse_rate", "Lào Cai", "month", "2023-11-30", 62.4),
        ],
    ),
    # 29 — Hậu Giang department portal reposts a 2022 conclusion notice: "đến nay" = meeting of
    #      30/9/2022; the 2021 digital economy share; a nine-month flow in a footnote (ytd); traps:
    #      the 2022 targets, a count of online services (no id).
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HẬU GIANG
18/10/2022

Thông báo kết luận Phiên họp thứ ba của Ủy ban Quốc gia về chuyển đổi số

VĂN PHÒNG CHÍNH PHỦ
Số: 288/TB-VPCP
Hà Nội, ngày 12 tháng 10 năm 2022

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ ba của Ủy ban Quốc gia về chuyển đổi số

Ngày 30 tháng 9 năm 2022, Thủ tướng Chính phủ chủ trì Phiên họp thứ ba của Ủy ban Quốc gia về chuyển đổi số.

I. KẾT QUẢ
1. Cổng Dịch vụ công quốc gia đã cung cấp 4.400 dịch vụ công trực tuyến; đến nay có 5,3 triệu tài khoản đăng ký[1]. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 38,6%.
2. Năm 2021, kinh tế số chiếm 12,87% GDP[2].

II. NHIỆM VỤ
Phấn đấu năm 2022 tỷ lệ hồ sơ xử lý trực tuyến đạt 50%; kinh tế số đạt 20% GDP vào năm 2025.

[1] Trong 9 tháng năm 2022, có 2,95 triệu hồ sơ nộp trực tuyến qua Cổng.
[2] Theo ước tính của Bộ Thông tin và Truyền thông.""",
        "2022-10-18",
        [
            ("national_portal_accounts", "national", "as_of", "2022-09-30", 5300000.0),
            ("dvctt_full_process_rate", "national", "as_of", "2022-09-30", 38.6),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 12.87),
            ("national_portal_dossiers_new", "national", "ytd", "2022-09-30", 2950000.0),
        ],
    ),
    # 30 — Lạng Sơn department portal reposts the January 2025 report: January flows and rate,
    #      the 2024 yearly rate in parentheses kept, a cumulative level at 31/01; Lạng Sơn kept;
    #      traps: Tết slowdown in percent, the 2025 target.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LẠNG SƠN
14/02/2025 | Tin chuyển đổi số

Tình hình chuyển đổi số quốc gia tháng 01/2025

Ngày 07/02/2025, Bộ Thông tin và Truyền thông ban hành Báo cáo số 412/BC-BTTTT về tình hình chuyển đổi số quốc gia tháng 01/2025. Sở Thông tin và Truyền thông Lạng Sơn đăng tải toàn văn phần kết quả.

1. Trong tháng 01/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,3% (năm 2024: 42,4%).
2. Cổng Dịch vụ công quốc gia tiếp nhận 2,9 triệu hồ sơ trực tuyến trong tháng, giảm 6% do kỳ nghỉ Tết Nguyên đán; lũy kế đến ngày 31/01/2025 có 18,9 triệu tài khoản đăng ký.
3. Trong tháng có 2,1 triệu giao dịch thanh toán trực tuyến với giá trị 1.620 tỷ đồng.
4. Năm 2025, Bộ đặt mục tiêu 80% hồ sơ trực tuyến toàn trình.

Tại Lạng Sơn, tỷ lệ hồ sơ trực tuyến toàn trình tháng 01/2025 đạt 47,2%, cao hơn mức bình quân cả nước.""",
        "2025-02-14",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-01-31", 45.3),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 42.4),
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 2900000.0),
            ("national_portal_accounts", "national", "as_of", "2025-01-31", 18900000.0),
            ("online_payments_count_new", "national", "month", "2025-01-31", 2100000.0),
            ("online_payments_value_new", "national", "month", "2025-01-31", 1620.0),
            ("online_dossier_full_process_rate", "Lạng Sơn", "month", "2025-01-31", 47.2),
        ],
    ),
]
