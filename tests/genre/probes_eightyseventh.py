"""Genre probes, round 87: texts of 2022 and 2023 (with a few of 2024-2025) in the older wording of the Ministry of Information and Communications and the Authority of Information Technology Application (Bộ TT&TT, Cục Tin học hóa, 'dịch vụ công trực tuyến mức độ 3, 4', 'Cổng DVCQG', 'tỷ lệ hồ sơ trực tuyến', 'thuê bao băng rộng cố định/100 dân', 'Mobile Money thí điểm'), as ministry reports, committee and steering-board notices and provincial summaries: tables written with tabs or as 'label: value' lines, footnotes that carry the date or window, numbered sections (I., 1., a)), a province's figures next to the country's, ministry/locality blocks, and the period told only in a section heading or the title; with traps (targets and plans, changes, ranks and index scores not in the catalog, one ministry's or operator's figure, vendor and survey estimates, upload speeds, speed ranks, sub-counts after 'trong đó', undatable levels on undated pages), written blind by a helper (not copied from any page).

Read once with stop 41's start code 3b0fde8 (and with the stop's code at its arrival, the same) before any fitting: 126 of 148 right, 126 of 155 found (0.85 / 0.81). Fitted at stop 41 (a label's 'trong năm' under a year's report, a title opening on its province in capitals, a per-100 column, aims listed inline after 'với các chỉ tiêu:', operators listed together, the measure named after an earlier value's bracket, an earlier level dated by a day after it, a bare 'Tỷ lệ' column named by the column before, a 'Tổng' row on the country's page, a monthly table's total column, 'chỉ số hài lòng' as the yearly index, a total of attacks labelled 'Tổng cộng'): 151 of 153 right, 151 of 155 found. Left: the EGDI edition ended at the page's date, villages of one province in a list, a notice's simplified procedures, a rate of nine months in a footnote."""

CASES = [
    # 1 — ministry annual summary 2022, 'label: value' lines, section I results, section II targets
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO TÓM TẮT
Kết quả thực hiện nhiệm vụ năm 2022 và phương hướng, nhiệm vụ năm 2023
(Phần chuyển đổi số quốc gia)

I. KẾT QUẢ THỰC HIỆN NĂM 2022

1. Phát triển Chính phủ số
- Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 trên tổng số thủ tục hành chính: 97,1%
- Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3, 4 trong năm: 27,5% (năm 2021: 24,6%)
- Số bộ, ngành, địa phương đã ban hành Kiến trúc Chính phủ điện tử phiên bản 2.0: 84/84

2. Phát triển hạ tầng số
- Thuê bao băng rộng cố định/100 dân: 21,7
- Thuê bao băng rộng di động/100 dân: 83,1
- Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng: 75%
- Tốc độ truy cập Internet băng rộng di động tăng 22 bậc trên bảng xếp hạng Speedtest

3. Phát triển kinh tế số
- Tỷ trọng kinh tế số trong GDP (ước tính): 14,26%
- Doanh thu lĩnh vực công nghệ thông tin – truyền thông tăng 8,9% so với năm 2021

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
Năm 2023 được chọn là "Năm dữ liệu số". Các chỉ tiêu chủ yếu:
a) 50% hồ sơ thủ tục hành chính được xử lý trực tuyến;
b) Kinh tế số chiếm 20% GDP;
c) 80% hộ gia đình sử dụng Internet cáp quang băng rộng.""",
        "2023-01-06",
        [
            ("dvctt_rate", "national", "as_of", "2022-12-31", 97.1),
            ("online_dossier_rate", "national", "year", "2022-12-31", 27.5),
            ("online_dossier_rate", "national", "year", "2021-12-31", 24.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.7),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 83.1),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 2 — Cục Tin học hóa monthly notice, tab tables; blocks, provinces and ministries (ministries not recorded)
    (
        """CỤC TIN HỌC HÓA

THÔNG BÁO
Kết quả đo lường mức độ cung cấp và sử dụng dịch vụ công trực tuyến tháng 8/2022

Căn cứ số liệu trên Hệ thống thông tin đo lường mức độ cung cấp và sử dụng dịch vụ công trực tuyến của các bộ, ngành, địa phương, Cục Tin học hóa thông báo kết quả như sau:

Bảng 1. Tỷ lệ hồ sơ trực tuyến tháng 8/2022
STT	Đơn vị	Tỷ lệ hồ sơ trực tuyến (%)
1	Khối bộ, ngành	35,8
2	Khối địa phương	19,7
3	Toàn quốc	23,4

Bảng 2. Một số đơn vị có tỷ lệ hồ sơ trực tuyến cao trong tháng
STT	Đơn vị	Tỷ lệ (%)
1	Bộ Kế hoạch và Đầu tư	94,2
2	Bộ Tài chính	89,6
3	Đà Nẵng	63,1
4	Bình Dương	48,7
5	Vĩnh Long	46,3

Ghi chú: Tỷ lệ hồ sơ trực tuyến = Số hồ sơ tiếp nhận trực tuyến mức độ 3, 4 / Tổng số hồ sơ của các TTHC có cung cấp DVCTT mức độ 3, 4 trong tháng.

Đề nghị các bộ, ngành, địa phương có tỷ lệ dưới 10% khẩn trương rà soát, có giải pháp nâng cao tỷ lệ hồ sơ trực tuyến.""",
        "2022-09-12",
        [
            ("online_dossier_rate", "ministries", "month", "2022-08-31", 35.8),
            ("online_dossier_rate", "localities", "month", "2022-08-31", 19.7),
            ("online_dossier_rate", "national", "month", "2022-08-31", 23.4),
            ("online_dossier_rate", "Đà Nẵng", "month", "2022-08-31", 63.1),
            ("online_dossier_rate", "Bình Dương", "month", "2022-08-31", 48.7),
            ("online_dossier_rate", "Vĩnh Long", "month", "2022-08-31", 46.3),
        ],
    ),
    # 3 — provincial half-year report, period in the title only; province next to the country
    (
        """UBND TỈNH QUẢNG NINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2023, nhiệm vụ trọng tâm 6 tháng cuối năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Chính quyền số
a) Cung cấp dịch vụ công trực tuyến
Tính đến ngày 30/6/2023, tỉnh cung cấp 1.129 dịch vụ công trực tuyến toàn trình trên tổng số 1.950 TTHC, tỷ lệ DVCTT toàn trình đạt 57,9%.

b) Tình hình tiếp nhận, giải quyết hồ sơ
Trong kỳ báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,4%, cao hơn nhiều so với bình quân cả nước (36,2%). Tỷ lệ hồ sơ được số hóa đạt 72%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 98,1%.

2. Hạ tầng số
Tiếp tục phối hợp với các doanh nghiệp viễn thông (VNPT Quảng Ninh, Viettel Quảng Ninh) mở rộng vùng phủ sóng tại các xã đảo.

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023
- Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 75%;
- 100% kết quả giải quyết TTHC được cấp dưới dạng điện tử.""",
        "2023-07-12",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-06-30", 57.9),
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2023-06-30", 68.4),
            ("online_dossier_full_process_rate", "national", "half", "2023-06-30", 36.2),
            ("e_result_rate", "Quảng Ninh", "half", "2023-06-30", 98.1),
        ],
    ),
    # 4 — Mobile Money pilot after six months; operator share and sub-share are traps
    (
        """Mobile Money sau 6 tháng thí điểm: hơn 2,1 triệu khách hàng

08/07/2022 07:30

(ICTnews) - Theo Bộ Thông tin và Truyền thông, tính đến ngày 30/6/2022, ba doanh nghiệp viễn thông được cấp phép thí điểm dịch vụ Mobile Money là Viettel, VNPT và MobiFone đã có tổng cộng 2,14 triệu khách hàng đăng ký sử dụng, trong đó khoảng 70% là khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Tổng giá trị giao dịch qua Mobile Money đạt khoảng 4.300 tỷ đồng. Riêng Viettel Money chiếm hơn 90% số khách hàng với khoảng 1,9 triệu tài khoản.

Theo Quyết định 316/QĐ-TTg, thời gian thí điểm là 2 năm. Bộ TT&TT đặt mục tiêu đến hết giai đoạn thí điểm có ít nhất 10 triệu người dùng.""",
        "2022-07-08",
        [
            ("mobile_money_customers", "national", "as_of", "2022-06-30", 2140000.0),
        ],
    ),
    # 5 — National Portal three years; cumulative levels dated by the anniversary, ytd new accounts, sub-count trap
    (
        """Cổng Dịch vụ công quốc gia tròn 3 năm vận hành

Cập nhật: 09/12/2022

Sau 3 năm khai trương (9/12/2019 - 9/12/2022), Cổng Dịch vụ công quốc gia đã tích hợp, cung cấp 4.432 dịch vụ công trực tuyến; có hơn 4,3 triệu tài khoản đăng ký (trong đó 3,9 triệu tài khoản cá nhân); hơn 158 triệu lượt truy cập; 9,6 triệu hồ sơ trực tuyến được thực hiện qua Cổng; hơn 5,7 triệu giao dịch thanh toán trực tuyến với số tiền trên 4.100 tỷ đồng.

Riêng 11 tháng năm 2022, Cổng có thêm 1,1 triệu tài khoản đăng ký mới.

Văn phòng Chính phủ ước tính, việc cung cấp DVCTT qua Cổng giúp tiết kiệm chi phí xã hội trên 6.700 tỷ đồng mỗi năm.""",
        "2022-12-09",
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-09", 4300000.0),
            ("national_portal_dossiers", "national", "as_of", "2022-12-09", 9600000.0),
            ("online_payments_count", "national", "as_of", "2022-12-09", 5700000.0),
            ("online_payments_value", "national", "as_of", "2022-12-09", 4100.0),
            ("national_portal_accounts_new", "national", "ytd", "2022-11-30", 1100000.0),
        ],
    ),
    # 6 — NDXP in 2022: year flow, daily average, cumulative and connected agencies
    (
        """Nền tảng NDXP: Năm 2022 có hơn 580 triệu giao dịch

10/01/2023

Theo Cục Tin học hóa (Bộ TT&TT), trong năm 2022, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận hơn 580 triệu giao dịch, trung bình khoảng 1,59 triệu giao dịch mỗi ngày, cao gấp 2,3 lần năm 2021.

Lũy kế từ khi khai trương (tháng 10/2019) đến hết năm 2022, tổng số giao dịch qua NDXP đạt gần 1,1 tỷ giao dịch.

Tính đến ngày 31/12/2022, NDXP đã kết nối với 96 bộ, ngành, địa phương, cùng một số doanh nghiệp, tổ chức. Năm 2023, Cục Tin học hóa sẽ nâng cấp NDXP để đáp ứng 5 triệu giao dịch/ngày.""",
        "2023-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 580000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-12-31", 1590000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-12-31", 1100000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2022-12-31", 96.0),
        ],
    ),
    # 7 — cybersecurity 2022 with a tab table by month, quarter and year totals, previous year, botnet
    (
        """CỤC AN TOÀN THÔNG TIN
Tình hình an toàn thông tin năm 2022

Bảng 1. Số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam quý IV/2022
Tháng	Phishing	Deface	Malware	Tổng
10/2022	228	512	305	1.045
11/2022	197	431	287	915
12/2022	160	301	211	672

Tổng cộng quý IV/2022: 2.632 cuộc.

Tính chung cả năm 2022, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố, giảm 44,4% so với năm 2021 (21.963 cuộc).

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet tại thời điểm 31/12/2022: 541.632 địa chỉ.""",
        "2023-01-09",
        [
            ("cyberattacks", "national", "month", "2022-10-31", 1045.0),
            ("cyberattacks", "national", "month", "2022-11-30", 915.0),
            ("cyberattacks", "national", "month", "2022-12-31", 672.0),
            ("cyberattacks", "national", "quarter", "2022-12-31", 2632.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("cyberattacks", "national", "year", "2021-12-31", 21963.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 541632.0),
        ],
    ),
    # 8 — Thừa Thiên Huế 2022 summary, 'mức độ 3, 4' wording, country average, DTI/PAR ranks as traps
    (
        """TỈNH THỪA THIÊN HUẾ: KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2022

1. Chính quyền số
- Tỷ lệ DVCTT mức độ 3, 4/tổng số TTHC: 95,4%
- Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trong năm 2022: 56,2% (bình quân cả nước: 26,8%)
- Tỷ lệ hồ sơ giải quyết đúng hạn: 99,6%

2. Hạ tầng số
- Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng: 81,3%
- Tổng số trạm BTS trên địa bàn: 2.941 trạm

3. Xếp hạng
- Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021: xếp thứ 2/63
- Chỉ số cải cách hành chính (PAR INDEX) năm 2021: xếp thứ 7/63

Năm 2023, tỉnh phấn đấu giữ vững vị trí trong nhóm 3 địa phương dẫn đầu về chuyển đổi số.""",
        "2023-01-16",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2022-12-31", 95.4),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2022-12-31", 56.2),
            ("online_dossier_rate", "national", "year", "2022-12-31", 26.8),
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2022-12-31", 81.3),
        ],
    ),
    # 9 — Speedtest December 2022; upload speeds, ranks, other country are traps; past month value recorded
    (
        """Tốc độ Internet di động Việt Nam tháng 12/2022 đạt hơn 40 Mbps

20/01/2023

Theo Speedtest Global Index tháng 12/2022 do Ookla công bố, tốc độ tải xuống trung bình của mạng băng rộng di động Việt Nam đạt 40,12 Mbps, tốc độ tải lên đạt 17,8 Mbps, xếp thứ 49/140 quốc gia.

Với băng rộng cố định, tốc độ tải xuống đạt 84,5 Mbps, tốc độ tải lên 83,9 Mbps, đứng thứ 45/181.

So với tháng 12/2021 (32,6 Mbps), tốc độ di động đã tăng 23%. Singapore tiếp tục dẫn đầu thế giới về băng rộng cố định với 247 Mbps.""",
        "2023-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 40.12),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 84.5),
            ("mobile_broadband_speed", "national", "month", "2021-12-31", 32.6),
        ],
    ),
    # 10 — EGDI 2022 edition and the 2020 edition for comparison; score, sub-index, ASEAN rank, targets are traps
    (
        """Việt Nam giữ hạng 86/193 về Chính phủ điện tử

30/09/2022

Bộ Kinh tế và Xã hội Liên hợp quốc (UNDESA) vừa công bố Báo cáo khảo sát Chính phủ điện tử năm 2022. Theo đó, Việt Nam xếp hạng 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), bằng với thứ hạng 86/193 của kỳ đánh giá năm 2020.

Điểm EGDI của Việt Nam đạt 0,6787, tăng 0,0119 điểm. Chỉ số dịch vụ trực tuyến (OSI) xếp thứ 76. Trong khu vực ASEAN, Việt Nam đứng thứ 6, sau Singapore (12), Malaysia (53), Thái Lan (55), Brunei và Philippines.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.""",
        "2022-09-30",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
        ],
    ),
    # 11 — SIPAS 2022 edition with provinces; PAR INDEX scores and ministry ranks are traps
    (
        """Công bố Chỉ số SIPAS 2022 và PAR INDEX 2022

Chiều 31/3, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2022 (PAR INDEX 2022) và Chỉ số hài lòng về sự phục vụ hành chính năm 2022 (SIPAS 2022).

Kết quả SIPAS 2022 cho thấy, mức độ hài lòng chung của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt 80,08%, tăng 0,52% so với năm 2021. Hải Phòng là địa phương có chỉ số hài lòng cao nhất, đạt 88,32%; Đắk Nông thấp nhất, đạt 73,5%.

Về PAR INDEX 2022, Quảng Ninh tiếp tục dẫn đầu với 91,04 điểm; trong khối bộ, Ngân hàng Nhà nước Việt Nam đứng đầu với 90,26 điểm.""",
        "2023-03-31",
        [
            ("satisfaction_rate", "national", "year", "2022-12-31", 80.08),
            ("satisfaction_rate", "Hải Phòng", "year", "2022-12-31", 88.32),
            ("satisfaction_rate", "Đắk Nông", "year", "2022-12-31", 73.5),
        ],
    ),
    # 12 — Government Office notice on the National Committee session; period in section heading; targets in II.
    (
        """VĂN PHÒNG CHÍNH PHỦ

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ năm của Ủy ban

I. ĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM 2023
1. Chuyển đổi số quốc gia đã có bước tiến rõ nét. Tỷ lệ hồ sơ trực tuyến đạt 42,5%, tăng gần 2 lần so với cùng kỳ năm 2022.
2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 415 triệu giao dịch; Cổng Dịch vụ công quốc gia có thêm 1,4 triệu tài khoản đăng ký mới.
3. Tuy nhiên, việc cung cấp dịch vụ công trực tuyến ở nhiều nơi còn mang tính hình thức; tỷ lệ hồ sơ trực tuyến tại một số bộ, địa phương còn thấp.

II. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
1. Phấn đấu đến cuối năm 2023 đạt tỷ lệ 50% hồ sơ trực tuyến.
2. 80% dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.
3. Bộ Thông tin và Truyền thông chủ trì hoàn thành Cổng dữ liệu quốc gia trong quý III/2023.""",
        "2023-07-25",
        [
            ("online_dossier_rate", "national", "half", "2023-06-30", 42.5),
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 415000000.0),
            ("national_portal_accounts_new", "national", "half", "2023-06-30", 1400000.0),
        ],
    ),
    # 13 — Đề án 06 progress report, date in the heading; collected applications and level-2 sub-count are traps
    (
        """BỘ CÔNG AN
Báo cáo tiến độ triển khai Đề án 06 (số liệu đến ngày 31/10/2023)

1. Cấp căn cước công dân gắn chip
Đã thu nhận 86,2 triệu hồ sơ; đã cấp 84,1 triệu thẻ căn cước công dân gắn chip.

2. Định danh và xác thực điện tử
Đã thu nhận 60,1 triệu hồ sơ định danh điện tử; đã kích hoạt 39,2 triệu tài khoản định danh điện tử (trong đó tài khoản mức độ 2: 35,4 triệu).

3. Dịch vụ công thiết yếu
Đã hoàn thành cung cấp 29/53 dịch vụ công thiết yếu trực tuyến toàn trình theo Đề án 06; 24 dịch vụ còn lại đang được các bộ, ngành tập trung hoàn thiện.""",
        "2023-11-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-10-31", 84100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-10-31", 39200000.0),
            ("essential_services_full_process", "national", "as_of", "2023-10-31", 29.0),
        ],
    ),
    # 14 — telecom statistics table 2023 vs 2022 (tabs); revenue and survey smartphone ownership are traps
    (
        """CỤC VIỄN THÔNG
Số liệu thống kê chủ yếu về viễn thông năm 2023

Chỉ tiêu	Đơn vị	Năm 2023	Năm 2022
Thuê bao băng rộng cố định	triệu thuê bao	22,7	21,3
Thuê bao băng rộng cố định/100 dân	thuê bao	22,8	21,7
Thuê bao băng rộng di động	triệu thuê bao	87,1	82,0
Thuê bao băng rộng di động/100 dân	thuê bao	86,9	83,1
Tỷ lệ thuê bao di động sử dụng điện thoại thông minh	%	84,0	78,0
Doanh thu dịch vụ viễn thông	nghìn tỷ đồng	138,0	135,2

Ghi chú: Số liệu năm 2023 là số ước tính đến 31/12/2023; số liệu năm 2022 là số chính thức đến 31/12/2022.

Theo một khảo sát của doanh nghiệp nghiên cứu thị trường công bố cùng thời điểm, 73% người dân Việt Nam sở hữu điện thoại thông minh.""",
        "2024-01-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22700000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.8),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.7),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 87100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82000000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 86.9),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 83.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 78.0),
        ],
    ),
    # 15 — Hà Nội year-end news with dated levels, 11-month rates next to the country's; DTI rank trap
    (
        """Hà Nội: Dấu ấn chuyển đổi số năm 2023

22/12/2023 | 14:05

Sở Thông tin và Truyền thông Hà Nội cho biết, tính đến ngày 15/12/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC của thành phố đạt 60,2%; số thuê bao băng rộng cố định/100 dân đạt 41,2.

Trong 11 tháng năm 2023, tỷ lệ hồ sơ trực tuyến của thành phố đạt 57,3%, cao hơn mức 43,1% của cả nước.

Theo Bộ chỉ số DTI 2022, Hà Nội xếp thứ 3/63 tỉnh, thành phố. Năm 2024, thành phố đặt mục tiêu 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình.""",
        "2023-12-22",
        [
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2023-12-15", 60.2),
            ("fixed_broadband_subscriptions_per_100", "Hà Nội", "as_of", "2023-12-15", 41.2),
            ("online_dossier_rate", "Hà Nội", "ytd", "2023-11-30", 57.3),
            ("online_dossier_rate", "national", "ytd", "2023-11-30", 43.1),
        ],
    ),
    # 16 — Bình Dương steering-board notice, undated page, quarter values dated by the heading; digitisation and payment shares are traps
    (
        """BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH BÌNH DƯƠNG

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp đánh giá kết quả chuyển đổi số quý I/2023

1. Kết quả quý I/2023
- Tỷ lệ hồ sơ trực tuyến: 47,8% (quý IV/2022: 41,2%)
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 35%
- Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: 12,4%
- Tỷ lệ hồ sơ thanh toán trực tuyến: 21%

2. Nhiệm vụ quý II/2023
- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 55%;
- Các sở, ngành, UBND cấp huyện rà soát, tái cấu trúc quy trình các TTHC có số lượng hồ sơ lớn.""",
        None,
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2023-03-31", 47.8),
            ("online_dossier_rate", "Bình Dương", "quarter", "2022-12-31", 41.2),
            ("data_reuse_rate", "Bình Dương", "quarter", "2023-03-31", 12.4),
        ],
    ),
    # 17 — Cần Thơ plan for 2023: mostly targets, a change and an operator figure; one dated past level
    (
        """Cần Thơ ban hành Kế hoạch chuyển đổi số năm 2023

20/02/2023

UBND TP. Cần Thơ vừa ban hành Kế hoạch chuyển đổi số năm 2023 với các chỉ tiêu: 100% dịch vụ công trực tuyến mức độ 4 đối với các TTHC đủ điều kiện; tỷ lệ hồ sơ trực tuyến đạt 50%; kinh tế số chiếm 15% GRDP; 90% hộ gia đình sử dụng Internet cáp quang.

Năm 2022, tỷ lệ hồ sơ trực tuyến của thành phố tăng 12% so với năm 2021; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 78,5%.

Trên địa bàn, Viettel Cần Thơ đã phát triển khoảng 45.000 khách hàng Mobile Money sau một năm thí điểm.""",
        "2023-02-20",
        [
            ("ftth_household_rate", "Cần Thơ", "as_of", "2022-12-31", 78.5),
        ],
    ),
    # 18 — digital economy share published by the statistics office, ministry growth estimate; vendor report is a trap
    (
        """Lần đầu công bố tỷ trọng kinh tế số trong GDP

05/03/2024

Tổng cục Thống kê cho biết, năm 2023 tỷ trọng kinh tế số trong GDP của Việt Nam đạt 12,33% (năm 2022: 11,91%).

Theo Bộ Thông tin và Truyền thông, kinh tế số năm 2023 tăng trưởng khoảng 20%, gấp 3 lần tốc độ tăng GDP.

Trước đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa giao dịch (GMV) của nền kinh tế số Việt Nam đạt 30 tỷ USD, tăng trưởng 19%, thuộc nhóm nhanh nhất Đông Nam Á.""",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 11.91),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 19 — 5G pilot 2023; operator sub-count, pilot speed and commercial launch plan are traps
    (
        """5G: Sẵn sàng cho thương mại hóa

20/06/2023

Theo Cục Viễn thông, tính đến cuối tháng 5/2023, ba doanh nghiệp được cấp phép thử nghiệm đã lắp đặt tổng cộng 1.080 trạm BTS 5G tại 59 tỉnh, thành phố, trong đó Viettel chiếm 850 trạm.

Tốc độ tải xuống đo được trên mạng 5G thử nghiệm của Viettel đạt tới 1,2 Gbps. Bộ TT&TT dự kiến tổ chức đấu giá băng tần và thương mại hóa 5G trong năm 2024.""",
        "2023-06-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2023-05-31", 1080.0),
        ],
    ),
    # 20 — dead-zone villages at end-2022 with two provinces; sub-count without grid power and target are traps
    (
        """Bộ TT&TT: Cả nước còn 1.801 thôn, bản lõm sóng

28/02/2023

Theo số liệu rà soát của Bộ Thông tin và Truyền thông, tính đến ngày 31/12/2022, cả nước còn 1.801 thôn, bản chưa có sóng di động (thôn lõm sóng), trong đó 1.109 thôn chưa có điện lưới. Riêng Hà Giang còn 168 thôn lõm sóng, Điện Biên còn 124 thôn. Cũng tại thời điểm này, tỷ lệ thôn, bản có sóng di động trên cả nước đạt 98,2%.

Bộ TT&TT đặt mục tiêu đến hết năm 2024 cơ bản xóa các thôn lõm sóng đã có điện lưới.""",
        "2023-02-28",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2022-12-31", 1801.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2022-12-31", 168.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2022-12-31", 124.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2022-12-31", 98.2),
        ],
    ),
    # 21 — Mobile Money pilot at end-Q3 2023 with end-2022 comparison; transaction value and rural share are traps
    (
        """Mobile Money thí điểm: số khách hàng tăng gấp đôi sau 9 tháng

25/10/2023

Theo Ngân hàng Nhà nước, tính đến ngày 30/9/2023, số khách hàng sử dụng dịch vụ Mobile Money đạt 6,1 triệu, tăng gấp đôi so với 2,5 triệu khách hàng vào thời điểm 31/12/2022. Khoảng 70% khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Tổng giá trị giao dịch lũy kế đạt khoảng 5.400 tỷ đồng. Thời gian thí điểm dịch vụ dự kiến kết thúc vào tháng 3/2024.""",
        "2023-10-25",
        [
            ("mobile_money_customers", "national", "as_of", "2023-09-30", 6100000.0),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 2500000.0),
        ],
    ),
    # 22 — e-invoices after one year; coded-invoice sub-count and number of firms are traps
    (
        """Một năm triển khai hóa đơn điện tử: cơ quan thuế tiếp nhận 4,3 tỷ hóa đơn

05/07/2023

Sau một năm triển khai hóa đơn điện tử trên toàn quốc (từ 1/7/2022 đến 30/6/2023), cơ quan thuế đã tiếp nhận, xử lý tổng cộng 4,3 tỷ hóa đơn điện tử, trong đó 1,2 tỷ hóa đơn có mã của cơ quan thuế và 3,1 tỷ hóa đơn không có mã.

Hiện có hơn 1,5 triệu doanh nghiệp, tổ chức, hộ kinh doanh sử dụng hóa đơn điện tử.""",
        "2023-07-05",
        [
            ("e_invoices_total", "national", "as_of", "2023-06-30", 4300000000.0),
        ],
    ),
    # 23 — Internet users 2022 (administrative figure) vs DataReportal survey (trap)
    (
        """Tỷ lệ người dùng Internet tại Việt Nam năm 2022

15/02/2023

Theo số liệu của Bộ Thông tin và Truyền thông, tỷ lệ người sử dụng Internet tại Việt Nam năm 2022 đạt 78,6% dân số.

Trong khi đó, báo cáo Digital 2023 của We Are Social và Meltwater cho biết Việt Nam có 77,93 triệu người dùng Internet, chiếm 79,1% dân số; thời gian sử dụng Internet trung bình mỗi ngày là 6 giờ 23 phút.""",
        "2023-02-15",
        [
            ("internet_users_rate", "national", "as_of", "2022-12-31", 78.6),
        ],
    ),
    # 24 — provinces with fee-reduction resolutions; provinces named and the remainder are traps
    (
        """37 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí dịch vụ công trực tuyến

18/08/2023

Văn phòng Chính phủ cho biết, tính đến ngày 15/8/2023, đã có 37/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện thủ tục hành chính bằng dịch vụ công trực tuyến. Một số tỉnh như Hà Nam, Bắc Giang miễn 100% lệ phí đối với một số DVCTT.

26 địa phương còn lại cần khẩn trương trình HĐND cùng cấp ban hành trong năm 2023.""",
        "2023-08-18",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-08-15", 37.0),
        ],
    ),
    # 25 — simplification under the thematic resolutions; 'đến nay' dated by the page; business regulations and the remainder are traps
    (
        """Thực thi cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến dữ liệu dân cư

05/12/2023

Chính phủ đã ban hành 14 nghị quyết chuyên đề, phê duyệt phương án cắt giảm, đơn giản hóa 1.084 thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư. Đến nay, các bộ, ngành đã thực thi cắt giảm, đơn giản hóa 568/1.084 TTHC; còn 516 TTHC chưa được thực thi.

Ngoài ra, từ năm 2021 đến nay, các bộ, cơ quan đã cắt giảm, đơn giản hóa 2.961 quy định kinh doanh.""",
        "2023-12-05",
        [
            ("procedures_simplified", "national", "as_of", "2023-12-05", 568.0),
        ],
    ),
    # 26 — monthly bulletin: security-level approval table by block (tabs) and EMC connection
    (
        """BẢN TIN CHUYỂN ĐỔI SỐ THÁNG 9/2023
(Bộ Thông tin và Truyền thông)

1. Bảo đảm an toàn hệ thống thông tin theo cấp độ (tính đến hết quý III/2023)
Khối	Tổng số HTTT	Đã phê duyệt hồ sơ cấp độ	Tỷ lệ
Bộ, ngành	1.102	928	84,2%
Địa phương	2.458	1.782	72,5%
Tổng	3.560	2.710	76,1%

2. Kết nối Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC)
Tính đến ngày 30/9/2023, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 71,4%.""",
        "2023-10-20",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-09-30", 84.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-09-30", 72.5),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-09-30", 76.1),
            ("emc_connection_rate", "national", "as_of", "2023-09-30", 71.4),
        ],
    ),
    # 27 — Bà Rịa - Vũng Tàu nine-month report, period in the title only; counts and payment share are traps
    (
        """UBND TỈNH BÀ RỊA - VŨNG TÀU

BÁO CÁO
Tình hình thực hiện chuyển đổi số 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Dịch vụ công trực tuyến
- Số TTHC cung cấp dịch vụ công trực tuyến: 1.421/1.898 TTHC
- Tỷ lệ hồ sơ trực tuyến: 64,7% (bình quân cả nước theo Cổng DVCQG: 41,9%)
- Tỷ lệ hồ sơ được cấp kết quả điện tử: 88,9%
- Tỷ lệ hồ sơ thanh toán trực tuyến: 18,3%

2. Tồn tại, hạn chế
Một số địa phương cấp xã còn tiếp nhận hồ sơ trực tiếp rồi nhập lại lên hệ thống.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu tỷ lệ hồ sơ trực tuyến cả năm đạt 70%.""",
        "2023-10-09",
        [
            ("online_dossier_rate", "Bà Rịa - Vũng Tàu", "ytd", "2023-09-30", 64.7),
            ("online_dossier_rate", "national", "ytd", "2023-09-30", 41.9),
            ("e_result_rate", "Bà Rịa - Vũng Tàu", "ytd", "2023-09-30", 88.9),
        ],
    ),
    # 28 — Đồng Nai undated briefing with footnotes carrying the window and date; undated FTTH level and rank are traps
    (
        """UBND TỈNH ĐỒNG NAI
Báo cáo tóm tắt tình hình chuyển đổi số (phục vụ phiên họp Ban Chỉ đạo)

1. Chính quyền số
- Tỷ lệ DVCTT mức độ 3, 4²: 78,4%
- Tỷ lệ hồ sơ trực tuyến¹: 48,6%, đứng thứ 9/63 tỉnh, thành phố

2. Hạ tầng số
- Tỷ lệ hộ gia đình có Internet cáp quang: 86%

---
¹ Số liệu từ ngày 01/01/2022 đến ngày 31/10/2022, trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh.
² Tính đến ngày 15/11/2022.""",
        None,
        [
            ("dvctt_rate", "Đồng Nai", "as_of", "2022-11-15", 78.4),
            ("online_dossier_rate", "Đồng Nai", "ytd", "2022-10-31", 48.6),
        ],
    ),
    # 29 — Speedtest June 2023 with two cities; upload and rank are traps
    (
        """Speedtest tháng 6/2023: Internet cố định Việt Nam đạt 93,7 Mbps

18/07/2023

Theo báo cáo Speedtest Global Index tháng 6/2023 của Ookla, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 93,7 Mbps (tải lên 91,5 Mbps), xếp thứ 42 thế giới; băng rộng di động đạt 44,1 Mbps (tải lên 18,2 Mbps).

Tại Hà Nội, tốc độ băng rộng cố định đạt 98,1 Mbps, băng rộng di động đạt 47,6 Mbps. Đà Nẵng có tốc độ băng rộng cố định 95,2 Mbps.""",
        "2023-07-18",
        [
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 93.7),
            ("mobile_broadband_speed", "national", "month", "2023-06-30", 44.1),
            ("fixed_broadband_speed", "Hà Nội", "month", "2023-06-30", 98.1),
            ("mobile_broadband_speed", "Hà Nội", "month", "2023-06-30", 47.6),
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2023-06-30", 95.2),
        ],
    ),
    # 30 — cybersecurity Q1 2023 with same quarter of 2022, March, botnet
    (
        """Quý I/2023: Hơn 2.400 cuộc tấn công mạng gây sự cố

06/04/2023

Cục An toàn thông tin cho biết, trong quý I/2023, hệ thống kỹ thuật của NCSC đã ghi nhận 2.459 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 19% so với cùng kỳ năm 2022 (3.021 cuộc). Riêng tháng 3/2023 có 927 cuộc.

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến cuối tháng 3/2023 là 567.890 địa chỉ.""",
        "2023-04-06",
        [
            ("cyberattacks", "national", "quarter", "2023-03-31", 2459.0),
            ("cyberattacks", "national", "quarter", "2022-03-31", 3021.0),
            ("cyberattacks", "national", "month", "2023-03-31", 927.0),
            ("botnet_ips", "national", "as_of", "2023-03-31", 567890.0),
        ],
    ),
    # 31 — National Portal 2023 results as 'label: value' lines; visits and feedback counts are traps
    (
        """KẾT QUẢ VẬN HÀNH CỔNG DỊCH VỤ CÔNG QUỐC GIA NĂM 2023

- Tài khoản đăng ký mới trong năm: 3,27 triệu
- Tổng số tài khoản lũy kế đến 31/12/2023: 9,8 triệu
- Hồ sơ trực tuyến thực hiện qua Cổng trong năm: 7,9 triệu
- Giao dịch thanh toán trực tuyến trong năm: 5,1 triệu giao dịch, giá trị 5.830 tỷ đồng
- Lượt truy cập: 108 triệu
- Phản ánh, kiến nghị tiếp nhận: 9.500

(Nguồn: Văn phòng Chính phủ)""",
        "2024-01-08",
        [
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 3270000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 9800000.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 7900000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 5100000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 5830.0),
        ],
    ),
    # 32 — all traps: plan for 2022 with targets, a rank change and an increase
    (
        """Ủy ban Quốc gia về chuyển đổi số ban hành Kế hoạch hoạt động năm 2022

03/06/2022

Kế hoạch đặt ra các chỉ tiêu chủ yếu năm 2022: 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến mức độ 4; 50% hồ sơ thủ tục hành chính được xử lý trực tuyến; 80% hộ gia đình có Internet cáp quang băng rộng; kinh tế số chiếm 20% GDP vào năm 2025.

Việt Nam phấn đấu tăng 5 bậc trong bảng xếp hạng Chính phủ điện tử của Liên hợp quốc; tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng 15% so với năm 2021. Bộ TT&TT sẽ triển khai chương trình phổ cập điện thoại thông minh để mỗi người dân trưởng thành có một điện thoại thông minh.""",
        "2022-06-03",
        [],
    ),
    # 33 — province table (tabs) of FTTH and fixed broadband per 100 at a date in the caption
    (
        """Bảng 3. Một số chỉ tiêu hạ tầng số theo địa phương (số liệu đến 31/12/2022)

Địa phương	Tỷ lệ hộ gia đình có Internet cáp quang (%)	Thuê bao băng rộng cố định/100 dân
Toàn quốc	75,0	21,7
Đà Nẵng	93,5	39,8
Bắc Ninh	90,2	33,1
Điện Biên	41,7	8,6

Nguồn: Cục Viễn thông, Bộ TT&TT.
Ghi chú: Thuê bao băng rộng cố định tính theo số hợp đồng cung cấp dịch vụ còn hiệu lực.""",
        "2023-03-10",
        [
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.7),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2022-12-31", 93.5),
            ("fixed_broadband_subscriptions_per_100", "Đà Nẵng", "as_of", "2022-12-31", 39.8),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2022-12-31", 90.2),
            ("fixed_broadband_subscriptions_per_100", "Bắc Ninh", "as_of", "2022-12-31", 33.1),
            ("ftth_household_rate", "Điện Biên", "as_of", "2022-12-31", 41.7),
            ("fixed_broadband_subscriptions_per_100", "Điện Biên", "as_of", "2022-12-31", 8.6),
        ],
    ),
    # 34 — National Portal nine months of 2022: period flows and cumulative payments
    (
        """Cổng DVCQG: 9 tháng năm 2022 có hơn 3 triệu giao dịch thanh toán trực tuyến

12/10/2022

Trong 9 tháng năm 2022, Cổng Dịch vụ công quốc gia ghi nhận 3,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 2.450 tỷ đồng; có thêm 905.000 tài khoản đăng ký mới và tiếp nhận 3,4 triệu hồ sơ trực tuyến.

Lũy kế từ khi khai trương đến ngày 30/9/2022, Cổng đã có 5,1 triệu giao dịch thanh toán trực tuyến với số tiền 3.720 tỷ đồng.""",
        "2022-10-12",
        [
            ("online_payments_count_new", "national", "ytd", "2022-09-30", 3100000.0),
            ("online_payments_value_new", "national", "ytd", "2022-09-30", 2450.0),
            ("national_portal_accounts_new", "national", "ytd", "2022-09-30", 905000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2022-09-30", 3400000.0),
            ("online_payments_count", "national", "as_of", "2022-09-30", 5100000.0),
            ("online_payments_value", "national", "as_of", "2022-09-30", 3720.0),
        ],
    ),
    # 35 — ministry figures at end of November 2023; digital-signature share is a trap
    (
        """Bộ TT&TT: Một số chỉ tiêu chuyển đổi số đến hết tháng 11/2023

12/12/2023

Tính đến hết tháng 11/2023:
- Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến: 36,2%
- Tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác: 86,9%
- Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân: 14,5%

Bộ TT&TT nhận định đây là những chỉ tiêu phản ánh mức độ sẵn sàng của xã hội số.""",
        "2023-12-12",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-11-30", 36.2),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-11-30", 86.9),
        ],
    ),
    # 36 — Lào Cai dated component rates from the portal; index score and rank are traps
    (
        """LÀO CAI: KẾT QUẢ THỰC HIỆN BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP

Số liệu tính đến ngày 20/12/2023 (theo Cổng Dịch vụ công quốc gia):
- Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình: 98,3%
- Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ: 61,2%
- Tỷ lệ hồ sơ TTHC gắn với mã định danh cá nhân: 97,5%
- Tỷ lệ hồ sơ được cấp kết quả điện tử: 93,6%
- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 28,4%
- Điểm Bộ chỉ số: 79,6 điểm, xếp thứ 14/63""",
        "2023-12-26",
        [
            ("full_process_provision_rate", "Lào Cai", "as_of", "2023-12-20", 98.3),
            ("dvctt_with_dossiers_rate", "Lào Cai", "as_of", "2023-12-20", 61.2),
            ("dossiers_with_personal_id_rate", "Lào Cai", "as_of", "2023-12-20", 97.5),
            ("e_result_rate", "Lào Cai", "as_of", "2023-12-20", 93.6),
            ("data_reuse_rate", "Lào Cai", "as_of", "2023-12-20", 28.4),
        ],
    ),
    # 37 — Đồng Tháp leads the monthly service index; score, rank, digitisation share are traps
    (
        """Đồng Tháp dẫn đầu Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2023

10/11/2023

Theo kết quả công bố trên Cổng Dịch vụ công quốc gia, trong tháng 10/2023, Đồng Tháp đạt 85,4 điểm, xếp thứ 1/63 tỉnh, thành phố.

Ở các chỉ tiêu thành phần trong tháng 10, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 52,3% (bình quân cả nước 40,6%); tỷ lệ số hóa hồ sơ đạt 88%; nhóm chỉ tiêu mức độ hài lòng đạt 18/18 điểm.""",
        "2023-11-10",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2023-10-31", 52.3),
            ("online_dossier_rate", "national", "month", "2023-10-31", 40.6),
        ],
    ),
    # 38 — DTI 2022 announcement: index scores and ranks are traps; one provincial year rate
    (
        """Công bố Chỉ số chuyển đổi số DTI 2022

22/07/2023

Bộ Thông tin và Truyền thông đã công bố Báo cáo Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022. Ở cấp tỉnh, Quảng Ninh dẫn đầu với 0,6099 điểm, tiếp theo là Đà Nẵng và Thừa Thiên Huế. Ở khối bộ có cung cấp dịch vụ công, Bộ Tư pháp dẫn đầu.

Đại diện Quảng Ninh cho biết, trong năm 2022 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 74,6%; 100% xã, phường có hạ tầng cáp quang. Chỉ số DTI quốc gia năm 2022 đạt 0,5073, tăng 0,02 điểm so với năm 2021.""",
        "2023-07-22",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 74.6),
        ],
    ),
    # 39 — Yên Bái Mobile Money at end-2022; one operator's share is a trap
    (
        """Yên Bái: Hơn 41.000 khách hàng sử dụng Mobile Money

13/01/2023

Sau một năm triển khai thí điểm, tính đến ngày 31/12/2022, toàn tỉnh Yên Bái có 41.250 khách hàng đăng ký sử dụng dịch vụ Mobile Money, trong đó VNPT Yên Bái phát triển được khoảng 12.000 khách hàng. Tỉnh đặt mục tiêu năm 2023 có 80.000 khách hàng sử dụng dịch vụ.""",
        "2023-01-13",
        [
            ("mobile_money_customers", "Yên Bái", "as_of", "2022-12-31", 41250.0),
        ],
    ),
    # 40 — Nghệ An quarterly summary, period in the title; on-time share is a trap
    (
        """Nghệ An: Kết quả cải cách hành chính, chuyển đổi số quý III/2023

Trong quý, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 39,4%, cao hơn bình quân cả nước (35,9%). Hồ sơ trực tuyến toàn trình chiếm 22,1% tổng số hồ sơ. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%.

Quý IV/2023, tỉnh tập trung nâng cao chất lượng DVCTT, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 45%.""",
        "2023-10-11",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2023-09-30", 39.4),
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 35.9),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2023-09-30", 22.1),
        ],
    ),
    # 41 — cybersecurity 2023 year with 2022 comparison values; changes are traps
    (
        """Năm 2023: Gần 13.900 cuộc tấn công mạng vào các hệ thống thông tin Việt Nam

05/01/2024

Theo Cục An toàn thông tin, năm 2023, NCSC đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 13,8% so với năm 2022 (12.213 cuộc).

Số địa chỉ IP của Việt Nam nằm trong các mạng botnet tại thời điểm cuối năm 2023 là khoảng 636.000, tăng 17% so với cuối năm 2022 (541.632 địa chỉ).""",
        "2024-01-05",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 636000.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 541632.0),
        ],
    ),
    # 42 — ministry 2024 year-end lines (older style) with 2023 comparison; 5G stations and coverage
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG – TỔNG KẾT NĂM 2024
Một số kết quả nổi bật về hạ tầng số:

1. Thuê bao băng rộng cố định/100 dân: 24,3 (năm 2023: 22,8)
2. Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng: 82,3%
3. Mạng 5G: tính đến 31/12/2024, đã lắp đặt hơn 7.000 trạm BTS 5G; tỷ lệ phủ sóng 5G theo dân số đạt 19,6%
4. Tốc độ băng rộng di động tăng 15 bậc trên bảng xếp hạng toàn cầu

Năm 2025: phấn đấu phủ sóng 5G đạt 45% dân số.""",
        "2025-01-14",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.3),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.8),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.3),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 19.6),
        ],
    ),
    # 43 — Mobile Money 2025 with end-2024 comparison; operator figure is a trap
    (
        """Mobile Money vượt mốc 10 triệu khách hàng

10/04/2025

Theo Ngân hàng Nhà nước, tính đến ngày 31/3/2025, tổng số khách hàng sử dụng dịch vụ Mobile Money đạt 10,1 triệu (cuối năm 2024: 9,3 triệu khách hàng). Trong đó, Viettel Money chiếm khoảng 85%. Giá trị giao dịch bình quân mỗi tháng đạt khoảng 1.200 tỷ đồng.""",
        "2025-04-10",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 10100000.0),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 9300000.0),
        ],
    ),
    # 44 — Hà Giang dead-zone villages at a date; national 'hiện' level dated by the page; sub-count and target are traps
    (
        """Hà Giang nỗ lực xóa thôn lõm sóng

14/09/2023

Tính đến ngày 31/8/2023, toàn tỉnh Hà Giang còn 129 thôn lõm sóng di động, trong đó 47 thôn chưa có điện lưới quốc gia; tỷ lệ thôn, bản có sóng di động của tỉnh đạt 93,8%.

Theo Bộ Thông tin và Truyền thông, cả nước hiện còn 1.340 thôn, bản lõm sóng. Tỉnh phấn đấu đến hết năm 2024 phủ sóng di động tới 100% thôn, bản có điện.""",
        "2023-09-14",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-08-31", 129.0),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2023-08-31", 93.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-09-14", 1340.0),
        ],
    ),
    # 45 — SIPAS 2023 with two provinces; PAR INDEX score and change are traps
    (
        """Chỉ số hài lòng SIPAS 2023 đạt 82,66%

28/02/2024

Bộ Nội vụ vừa công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS 2023). Theo đó, mức độ hài lòng chung của người dân, tổ chức đạt 82,66%, tăng 2,58 điểm phần trăm so với năm 2022. Ninh Bình đạt 87,4%, thuộc nhóm dẫn đầu; Sóc Trăng đạt 77,8%, thuộc nhóm thấp nhất.

PAR INDEX 2023 ghi nhận Hải Phòng đứng đầu với 91,9 điểm.""",
        "2024-02-28",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.66),
            ("satisfaction_rate", "Ninh Bình", "year", "2023-12-31", 87.4),
            ("satisfaction_rate", "Sóc Trăng", "year", "2023-12-31", 77.8),
        ],
    ),
    # 46 — undated NDXP monthly report: flows and cumulative dated by the text; month-on-month change and next month's plan are traps
    (
        """BÁO CÁO TÌNH HÌNH VẬN HÀNH NỀN TẢNG NDXP THÁNG 5/2023

a) Trong tháng 5/2023, NDXP ghi nhận 78,4 triệu giao dịch, trung bình 2,53 triệu giao dịch/ngày.
b) Tổng số giao dịch từ khi khai trương đến hết ngày 31/5/2023: 1,92 tỷ giao dịch.
c) Số giao dịch trong tháng tăng 8% so với tháng 4/2023.
d) Kế hoạch tháng 6/2023: hoàn thành kết nối với Cơ sở dữ liệu quốc gia về bảo hiểm.""",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2023-05-31", 78400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-05-31", 2530000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-05-31", 1920000000.0),
        ],
    ),
]
