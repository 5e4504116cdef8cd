"""Genre probes, round 152: national 2025-2026 results after the ministry merger, NQ 57 and two-level local government, written blind and held out.

Held out to the end of stop 50 and not fitted: read with the stop's start code a6b17cb (124 of 128
right, 124 of 133 found (0.97 / 0.93)) and with its final code (124 of 128 right, 124 of 133 found
(0.97 / 0.93)).
"""

CASES = [
    # 1. Monthly press briefing of the merged Bộ KH&CN (August 2025): 5G stock, NDXP month/day-avg/cumulative.
    # Traps: Viettel's own stations and share, a 2025 coverage target, an upload speed.
    (
        """Họp báo thường kỳ tháng 8/2025: hạ tầng 5G tăng tốc, NDXP vượt mốc 3,9 tỷ giao dịch

Chiều 05/9, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ tháng 8/2025, thông tin về kết quả thực hiện nhiệm vụ trong tháng và định hướng thời gian tới.

Đại diện Cục Viễn thông cho biết, tính đến hết tháng 8/2025, cả nước đã lắp đặt và phát sóng 14.250 trạm 5G, tỷ lệ dân số được phủ sóng 5G đạt 41,6%. Riêng Viettel đã đưa vào khai thác hơn 9.800 trạm, chiếm gần 69% tổng số trạm 5G đang hoạt động. Tốc độ tải lên trung bình của mạng di động hiện ở mức 28,7 Mbps.

Về nền tảng số quốc gia, trong tháng 8/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 118,4 triệu giao dịch, bình quân mỗi ngày khoảng 3,82 triệu giao dịch. Lũy kế từ năm 2019 đến hết tháng 8/2025, NDXP đã xử lý 3,95 tỷ giao dịch.

Theo kế hoạch, đến cuối năm 2025, Bộ phấn đấu phủ sóng 5G cho 90% dân số và hoàn thành việc di dời, kết nối các hệ thống thông tin sau sắp xếp đơn vị hành chính.""",
        "2025-09-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 14250.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 41.6),
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 118400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-31", 3820000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-08-31", 3950000000.0),
        ],
    ),
    # 2. Chinhphu.vn summary of the VPCP half-year report 2025: dossier rates with ministries/localities split, portal flows.
    # Traps: a change in percentage points, a VNeID sub-count after "trong đó", a 60% target.
    (
        """Cải cách thủ tục hành chính 6 tháng đầu năm 2025: hơn một nửa hồ sơ được xử lý trực tuyến

(Chinhphu.vn) – Văn phòng Chính phủ vừa có báo cáo tình hình, kết quả công tác kiểm soát thủ tục hành chính, cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2025.

Theo báo cáo, trong 6 tháng đầu năm, tỷ lệ hồ sơ được xử lý trực tuyến trên toàn quốc đạt 52,3%, tăng 6,1 điểm phần trăm so với cùng kỳ năm 2024. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,8% (bộ, ngành đạt 61,2%; địa phương đạt 34,5%).

Cổng Dịch vụ công quốc gia tiếp tục phát huy vai trò điểm truy cập tập trung. Tính đến ngày 30/6/2025, Cổng có 21,7 triệu tài khoản đăng ký, trong đó hơn 15 triệu tài khoản đăng nhập bằng định danh điện tử VNeID. Trong 6 tháng đầu năm, Cổng đã tiếp nhận 9,6 triệu hồ sơ trực tuyến; thực hiện 6,3 triệu giao dịch thanh toán trực tuyến với số tiền hơn 7.850 tỷ đồng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương rà soát, tái cấu trúc quy trình nghiệp vụ, phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60% theo yêu cầu của Nghị quyết 57-NQ/TW và Đề án 06.""",
        "2025-07-12",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 52.3),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 39.8),
            ("online_dossier_full_process_rate", "ministries", "half", "2025-06-30", 61.2),
            ("online_dossier_full_process_rate", "localities", "half", "2025-06-30", 34.5),
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 21700000.0),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 9600000.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 6300000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 7850.0),
        ],
    ),
    # 3. Đà Nẵng (merged with Quảng Nam), Q3 2025: the city's own rates.
    # Traps: a ward's and mountain communes' figures, dossier count, a digitisation rate with no id, an 80% target.
    (
        """Đà Nẵng: hơn 68% hồ sơ nộp trực tuyến trong quý đầu vận hành chính quyền hai cấp

Ngày 8/10, Sở Khoa học và Công nghệ thành phố Đà Nẵng cho biết, trong quý III/2025 – quý đầu tiên thành phố vận hành mô hình chính quyền địa phương hai cấp sau khi hợp nhất với tỉnh Quảng Nam – các cơ quan, đơn vị trên địa bàn đã tiếp nhận hơn 412.000 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ nộp trực tuyến của thành phố đạt 68,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 91,2%; tỷ lệ trả kết quả điện tử đạt 87,5%.

Trong số 94 xã, phường, đặc khu, phường Hải Châu dẫn đầu với 96,1% hồ sơ nộp trực tuyến, trong khi một số xã miền núi phía tây như Tây Giang, Nam Trà My chỉ đạt dưới 30% do hạ tầng mạng và kỹ năng số của người dân còn hạn chế.

Thành phố đặt mục tiêu đến cuối năm 2025 nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 80% và bảo đảm 100% kết quả giải quyết thủ tục hành chính được trả dưới dạng điện tử.""",
        "2025-10-09",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2025-09-30", 68.4),
            ("e_result_rate", "Đà Nẵng", "quarter", "2025-09-30", 87.5),
        ],
    ),
    # 4. Statistics office (now under Bộ Tài chính): digital economy 2024, share and growth.
    # Traps: +1,0 point change, GDP growth, core ICT part share, e-commerce USD, NQ 57 target and required growth.
    (
        """Kinh tế số năm 2024 chiếm 18,3% GDP

Cục Thống kê (Bộ Tài chính) vừa công bố kết quả tính toán giá trị tăng thêm của kinh tế số. Theo đó, tỷ trọng kinh tế số trong GDP năm 2024 đạt 18,3%, tăng 1,0 điểm phần trăm so với năm 2023. Tốc độ tăng trưởng kinh tế số năm 2024 đạt 14,2%, cao gần gấp đôi tốc độ tăng GDP (7,09%).

Trong cơ cấu, kinh tế số ICT cốt lõi chiếm 12,3% GDP, phần còn lại đến từ kinh tế số nền tảng và kinh tế số ngành. Lĩnh vực thương mại điện tử tiếp tục tăng trưởng mạnh với doanh thu bán lẻ trực tuyến ước đạt 25 tỷ USD.

Cục Thống kê nhận định, để đạt mục tiêu quy mô kinh tế số chiếm tối thiểu 30% GDP vào năm 2030 theo Nghị quyết 57-NQ/TW, giai đoạn 2025–2030 kinh tế số cần tăng trưởng bình quân khoảng 20%/năm, đòi hỏi đẩy mạnh chuyển đổi số trong các ngành nông nghiệp, công nghiệp chế biến, chế tạo và dịch vụ.""",
        "2025-04-16",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 14.2),
        ],
    ),
    # 5. Bộ Công an on VNeID and chip ID cards at a stated date.
    # Traps: level-2 sub-count after "trong đó", activation rate (no id), daily app visits, utility count, headline rounding.
    (
        """Hơn 62 triệu tài khoản định danh điện tử đã được kích hoạt

Theo Trung tâm Dữ liệu quốc gia về dân cư (Bộ Công an), tính đến ngày 15/11/2025, hệ thống định danh và xác thực điện tử đã kích hoạt 62,4 triệu tài khoản định danh điện tử, trong đó 59,1 triệu tài khoản mức độ 2. Cùng thời điểm, cơ quan công an đã cấp 89,7 triệu thẻ căn cước công dân gắn chip và thẻ căn cước.

Tỷ lệ kích hoạt tài khoản trên tổng số hồ sơ đã cấp đạt khoảng 91%. Ứng dụng VNeID hiện có trung bình 4,5 triệu lượt truy cập mỗi ngày và tích hợp 52 tiện ích, từ giấy phép lái xe, thẻ bảo hiểm y tế đến thông báo lưu trú.

Bộ Công an cho biết sẽ tiếp tục phối hợp với Bộ Khoa học và Công nghệ, Văn phòng Chính phủ mở rộng kết nối VNeID với Cổng Dịch vụ công quốc gia, phấn đấu đến hết năm 2025 có 100% dịch vụ công trực tuyến cho phép đăng nhập bằng tài khoản định danh điện tử.""",
        "2025-11-20",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-11-15", 62400000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-11-15", 89700000.0),
        ],
    ),
    # 6. Notice of the Prime Minister's conclusions at the steering committee meeting: "Đến nay" = meeting date.
    # Traps: count of full-process services, task counts (done / late), a September deadline.
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo tại Phiên họp của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06

Ngày 26 tháng 7 năm 2025, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo chủ trì Phiên họp của Ban Chỉ đạo. Sau khi nghe Bộ Khoa học và Công nghệ, Bộ Công an, Văn phòng Chính phủ báo cáo và ý kiến của các đại biểu, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ TÌNH HÌNH
Thời gian qua, các bộ, ngành, địa phương đã quyết liệt triển khai Nghị quyết số 57-NQ/TW và Đề án 06, đạt nhiều kết quả quan trọng. Đến nay, cả nước đã có 4.372 dịch vụ công trực tuyến toàn trình, đạt 56,2% tổng số thủ tục hành chính; các hệ thống giải quyết thủ tục hành chính tại 3.321 xã, phường, đặc khu vận hành thông suốt sau sắp xếp. Ban Chỉ đạo đã hoàn thành 123/138 nhiệm vụ được giao trong năm 2025.

Tuy nhiên, vẫn còn 15 nhiệm vụ chậm tiến độ; tỷ lệ hồ sơ trực tuyến toàn trình ở một số địa phương còn thấp; dữ liệu chưa thực sự "đúng, đủ, sạch, sống".

II. NHIỆM VỤ THỜI GIAN TỚI
Các bộ, ngành, địa phương phấn đấu đến hết tháng 9/2025 hoàn thành cung cấp 100% dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện.""",
        "2025-07-31",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-07-26", 56.2),
        ],
    ),
    # 7. Whole TTXVN article on the merged ministry's 2025 review: 5G at 31/12, December speeds, NDXP year, digital economy share.
    # Traps: upload speeds, a speed group rank, a % change, ICT revenue in USD, 2026 targets.
    (
        """Bộ Khoa học và Công nghệ tổng kết năm 2025: hạ tầng số đi trước một bước

TTXVN | Thứ Năm, 08/01/2026 15:42

Hà Nội, 8/1 (TTXVN) – Sáng nay, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Bộ hoạt động sau khi hợp nhất Bộ Khoa học và Công nghệ với Bộ Thông tin và Truyền thông, đồng thời là năm bản lề triển khai Nghị quyết 57-NQ/TW của Bộ Chính trị.

Theo báo cáo tại hội nghị, tính đến ngày 31/12/2025, cả nước có 24.850 trạm phát sóng 5G, phủ sóng 5G tới 72,3% dân số. Tháng 12/2025, tốc độ tải xuống trung bình của băng rộng di động đạt 146,6 Mbps, băng rộng cố định đạt 238,4 Mbps, đưa Việt Nam vào nhóm 20 quốc gia có tốc độ Internet di động nhanh nhất thế giới. Tốc độ tải lên tương ứng là 31,2 Mbps và 205,7 Mbps.

Năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia xử lý khoảng 1,4 tỷ giao dịch, tăng gần 32% so với năm trước. Tỷ trọng kinh tế số trong GDP năm 2025 ước đạt 19,4%; doanh thu công nghiệp công nghệ số ước đạt 178 tỷ USD.

Phát biểu chỉ đạo, Bộ trưởng nhấn mạnh năm 2026 toàn ngành phấn đấu phủ sóng 5G cho 90% dân số, kinh tế số đạt 22% GDP, hoàn thành xây dựng các cơ sở dữ liệu quốc gia, chuyên ngành theo Nghị quyết 71/NQ-CP.

Minh Anh (TTXVN)
Từ khóa: 5G, kinh tế số, Nghị quyết 57""",
        "2026-01-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 24850.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 72.3),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 238.4),
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1400000000.0),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.4),
        ],
    ),
    # 8. National Portal's monthly statistics page for October 2025: month flows on the _new twins, cumulative levels at 31/10.
    # Traps: page visits and count of services integrated (no id).
    (
        """CỔNG DỊCH VỤ CÔNG QUỐC GIA
Trang chủ > Thống kê > Báo cáo tháng

THỐNG KÊ HOẠT ĐỘNG CỔNG DỊCH VỤ CÔNG QUỐC GIA THÁNG 10/2025

1. Số liệu trong tháng 10/2025
- Số tài khoản đăng ký mới: 612.480
- Số hồ sơ trực tuyến tiếp nhận qua Cổng: 1.874.215
- Số giao dịch thanh toán trực tuyến: 1.126.904; số tiền thanh toán: 1.482,6 tỷ đồng
- Số lượt truy cập: 46,2 triệu lượt

2. Số liệu lũy kế đến hết ngày 31/10/2025
- Tổng số tài khoản đăng ký: 23.905.117
- Tổng số hồ sơ trực tuyến tiếp nhận qua Cổng: 58.412.330
- Tổng số giao dịch thanh toán trực tuyến: 41.287.560; tổng số tiền: 61.930 tỷ đồng
- Số dịch vụ công trực tuyến đã tích hợp, cung cấp trên Cổng: 4.511

Nguồn: Văn phòng Chính phủ – Cục Kiểm soát thủ tục hành chính""",
        "2025-11-03",
        [
            ("national_portal_accounts_new", "national", "month", "2025-10-31", 612480.0),
            ("national_portal_dossiers_new", "national", "month", "2025-10-31", 1874215.0),
            ("online_payments_count_new", "national", "month", "2025-10-31", 1126904.0),
            ("online_payments_value_new", "national", "month", "2025-10-31", 1482.6),
            ("national_portal_accounts", "national", "as_of", "2025-10-31", 23905117.0),
            ("national_portal_dossiers", "national", "as_of", "2025-10-31", 58412330.0),
            ("online_payments_count", "national", "as_of", "2025-10-31", 41287560.0),
            ("online_payments_value", "national", "as_of", "2025-10-31", 61930.0),
        ],
    ),
    # 9. VPCP report, Q1 2026: full-process dossier share, e-results, data reuse.
    # Traps: total dossiers (no id), change in points vs Q4, commune-level sub-figure, remote communes, Q2 target.
    (
        """Quý I/2026: tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%

Theo báo cáo của Văn phòng Chính phủ về tình hình giải quyết thủ tục hành chính quý I/2026, cả nước tiếp nhận khoảng 38,5 triệu hồ sơ. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%, tăng 2,0 điểm phần trăm so với quý IV/2025; riêng cấp xã đạt 41,2%. Tỷ lệ hồ sơ có kết quả giải quyết được trả dưới dạng điện tử đạt 82,6%; tỷ lệ hồ sơ tái sử dụng thông tin, dữ liệu đã được số hóa đạt 51,9%.

Văn phòng Chính phủ đánh giá chất lượng dịch vụ công trực tuyến đã cải thiện rõ rệt sau khi hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh được nâng cấp đồng bộ tại 34 tỉnh, thành phố. Tuy vậy, tại một số xã vùng sâu, vùng xa, tỷ lệ hồ sơ trực tuyến còn dưới 20%, người dân vẫn quen đến nộp trực tiếp.

Trong quý II/2026, các bộ, ngành, địa phương phấn đấu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên tối thiểu 55%, đồng thời chấm dứt tình trạng yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu.""",
        "2026-04-14",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2026-03-31", 47.3),
            ("e_result_rate", "national", "quarter", "2026-03-31", 82.6),
            ("data_reuse_rate", "national", "quarter", "2026-03-31", 51.9),
        ],
    ),
    # 10. Hà Nội, 9 months of 2025: the capital's rates plus the national 9-month average given in parentheses.
    # Traps: dossier count, number of communes/wards, two wards' figures, year-end targets.
    (
        """Hà Nội: 9 tháng, hơn 71% hồ sơ thủ tục hành chính được nộp trực tuyến

Theo Sở Khoa học và Công nghệ Hà Nội, 9 tháng năm 2025, các cơ quan hành chính trên địa bàn Thủ đô tiếp nhận hơn 3,1 triệu hồ sơ; tỷ lệ hồ sơ trực tuyến của thành phố đạt 71,6%, cao hơn mức bình quân 9 tháng của cả nước (55,1%). Tỷ lệ hồ sơ trực tuyến toàn trình của Hà Nội trong 9 tháng đạt 58,3%.

Sau ba tháng vận hành chính quyền hai cấp, 126 xã, phường của Hà Nội đều đã kết nối hệ thống giải quyết thủ tục hành chính dùng chung của thành phố; phường Cửa Nam và phường Hoàn Kiếm đạt trên 95% hồ sơ trực tuyến. Một số xã ngoại thành như Ba Vì, Minh Châu vẫn còn gặp khó khăn do thiếu nhân lực am hiểu công nghệ.

Thành phố phấn đấu đến cuối năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%, tỷ lệ người dân, doanh nghiệp hài lòng đạt trên 95%.""",
        "2025-10-20",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-09-30", 71.6),
            ("online_dossier_rate", "national", "ytd", "2025-09-30", 55.1),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2025-09-30", 58.3),
        ],
    ),
    # 11. Regional comparison article: Vietnam's 5G at end-May 2025 and a "hiện nay" smartphone share.
    # Traps: Thailand's and Malaysia's coverage and stations, a 2030 strategy target.
    (
        """Việt Nam tăng tốc phủ sóng 5G, vẫn đi sau Thái Lan, Malaysia

Sau hơn 8 tháng thương mại hóa, đến cuối tháng 5/2025, cả nước có 8.960 trạm phát sóng 5G, phủ sóng khoảng 26,4% dân số, theo số liệu của Cục Viễn thông (Bộ Khoa học và Công nghệ). So với các nước trong khu vực, con số này còn khiêm tốn: Thái Lan đã phủ sóng 5G tới hơn 90% dân số với khoảng 30.000 trạm, còn Malaysia đạt 82,4% chỉ sau 4 năm triển khai.

Giới chuyên gia cho rằng Việt Nam có lợi thế để bứt tốc. Hiện nay, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đã đạt 88,7%, giá thiết bị hỗ trợ 5G ngày càng rẻ, nhiều mẫu chỉ còn dưới 3 triệu đồng.

Theo Chiến lược phát triển hạ tầng số, đến năm 2030 mạng 5G sẽ phủ sóng 99% dân số. Để đạt mục tiêu này, các doanh nghiệp viễn thông cần đầu tư hàng chục nghìn trạm mới mỗi năm, đồng thời dùng chung hạ tầng để giảm chi phí.""",
        "2025-06-18",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 8960.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-18", 88.7),
        ],
    ),
    # 12. One operator's milestone only: Viettel's stations, coverage, speeds, subscribers, target.
    # Traps throughout; nothing national to record.
    (
        """Viettel cán mốc 12.000 trạm 5G

Tổng Công ty Mạng lưới Viettel (Viettel Networks) cho biết, tính đến ngày 30/9/2025, Viettel đã phát sóng hơn 12.100 trạm 5G trên cả 34 tỉnh, thành phố, phủ sóng 5G tới 48% dân số. Tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt 420 Mbps, tốc độ tải lên đạt 86 Mbps, gấp khoảng 10 lần mạng 4G.

Số thuê bao sử dụng dịch vụ 5G của Viettel hiện đạt 9,2 triệu, tăng gấp 3 lần so với đầu năm. Nhà mạng đặt mục tiêu đến hết năm 2025 sẽ có 20.000 trạm 5G, đưa sóng 5G tới toàn bộ các khu công nghiệp, cảng biển, sân bay và trường đại học.

Đại diện Viettel cho biết, việc triển khai nhanh mạng 5G là cách doanh nghiệp thực hiện Nghị quyết 57-NQ/TW, góp phần đưa hạ tầng số đi trước một bước.""",
        "2025-10-02",
        [],
    ),
    # 13. NDXP at a stated date: connection points, connected agencies, cumulative transactions; 11-month flow.
    # Traps: provinces as a part of the connected count, national databases count, a peak share.
    (
        """NDXP: hơn 4,3 tỷ giao dịch sau 6 năm vận hành

Tính đến ngày 10/12/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thiết lập 2.150 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu của 68 bộ, ngành, địa phương và tổ chức; tổng số giao dịch từ năm 2019 đến nay đạt hơn 4,3 tỷ.

Trong số các đơn vị kết nối có toàn bộ 34 tỉnh, thành phố, đã hoàn thành chuyển đổi kết nối sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp. Nền tảng hiện chia sẻ dữ liệu từ 17 cơ sở dữ liệu quốc gia, chuyên ngành, trong đó Cơ sở dữ liệu quốc gia về dân cư chiếm khoảng 42% lưu lượng.

Trong 11 tháng năm 2025, NDXP ghi nhận khoảng 1,27 tỷ giao dịch. Thời gian tới, nền tảng sẽ được nâng cấp để đáp ứng yêu cầu kết nối với Trung tâm Dữ liệu quốc gia và các nền tảng số dùng chung theo Nghị quyết 57-NQ/TW.""",
        "2025-12-16",
        [
            ("ndxp_connection_points", "national", "as_of", "2025-12-10", 2150.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-12-10", 68.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-12-10", 4300000000.0),
            ("ndxp_transactions_period", "national", "ytd", "2025-11-30", 1270000000.0),
        ],
    ),
    # 14. Cybersecurity half-year 2025 (function now at Bộ Công an): attacks, botnet IPs, approved security-level dossiers.
    # Traps: % decreases, phishing sub-count after "trong đó", number of drills.
    (
        """An ninh mạng 6 tháng đầu năm 2025: số vụ tấn công gây sự cố giảm mạnh

Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (Bộ Công an), 6 tháng đầu năm 2025, hệ thống giám sát ghi nhận 4.216 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 28,4% so với cùng kỳ năm 2024, trong đó 1.980 cuộc tấn công lừa đảo (phishing).

Tính đến ngày 30/6/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet khoảng 3,18 triệu, giảm 21% so với cuối năm 2024. Cũng đến ngày 30/6/2025, tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 84,6%.

Trong 6 tháng, lực lượng chức năng đã tổ chức 12 đợt diễn tập thực chiến bảo đảm an toàn thông tin, tập trung vào hệ thống của các bộ, ngành sau sáp nhập và hệ thống giải quyết thủ tục hành chính của chính quyền cấp xã.""",
        "2025-07-15",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 4216.0),
            ("botnet_ips", "national", "as_of", "2025-06-30", 3180000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 84.6),
        ],
    ),
    # 15. Thành phố Huế, cumulative 7 months of 2025: the city's online and e-result rates.
    # Traps: on-time rate (no id), a ward centre's July figures, a 2025 target, headline "gần 75%".
    (
        """Thành phố Huế: 7 tháng, tỷ lệ hồ sơ nộp trực tuyến đạt gần 75%

Lũy kế 7 tháng đầu năm 2025, các cơ quan hành chính của thành phố Huế tiếp nhận hơn 285.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ nộp trực tuyến đạt 74,8%, tỷ lệ trả kết quả điện tử đạt 93,2%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.

Từ ngày 1/7, sau khi sắp xếp còn 40 xã, phường, thành phố đã bố trí cán bộ công nghệ thông tin hỗ trợ tại tất cả trung tâm phục vụ hành chính công cấp xã. Riêng Trung tâm Phục vụ hành chính công phường Thuận Hóa trong tháng 7 tiếp nhận 12.400 hồ sơ, 92% được nộp trực tuyến.

Huế phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%, tiếp tục giữ vị trí trong nhóm dẫn đầu cả nước về chuyển đổi số.""",
        "2025-08-12",
        [
            ("online_dossier_rate", "Huế", "ytd", "2025-07-31", 74.8),
            ("e_result_rate", "Huế", "ytd", "2025-07-31", 93.2),
        ],
    ),
    # 16. Tây Ninh (merged with Long An): the province's 5G stations and population coverage.
    # Traps: VNPT's stations, a border commune, number of communes, a 2026 target.
    (
        """Tây Ninh: sóng 5G đã có mặt tại trung tâm tất cả xã, phường

Sở Khoa học và Công nghệ tỉnh Tây Ninh cho biết, tính đến ngày 20/9/2025, trên địa bàn tỉnh có 1.126 trạm 5G của các doanh nghiệp viễn thông, phủ sóng 5G cho 61,5% dân số của tỉnh. Riêng VNPT Tây Ninh đã phát sóng 418 trạm, tập trung tại các khu công nghiệp và đô thị dọc quốc lộ 1.

Hiện 100% trung tâm hành chính của 96 xã, phường đã có sóng 5G. Tuy nhiên, tại một số xã biên giới như Tân Hòa, Mỹ Quý Tây, mật độ trạm còn thấp, người dân vẫn chủ yếu sử dụng mạng 4G.

Tỉnh đặt mục tiêu đến năm 2026 phủ sóng 5G cho 90% dân số, ưu tiên các vùng sản xuất nông nghiệp công nghệ cao và khu kinh tế cửa khẩu.""",
        "2025-09-25",
        [
            ("fiveg_bts_count", "Tây Ninh", "as_of", "2025-09-20", 1126.0),
            ("fiveg_population_coverage_rate", "Tây Ninh", "as_of", "2025-09-20", 61.5),
        ],
    ),
    # 17. First quarter of two-level government (1/7-30/9/2025): national online dossier rate.
    # Traps: provincial-level and commune-level sub-rates (not ministries/localities), commune count, dossier count, deadline.
    (
        """Ba tháng vận hành chính quyền hai cấp: tỷ lệ hồ sơ trực tuyến toàn quốc đạt 58,7%

Theo Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ), từ ngày 1/7 đến ngày 30/9/2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên toàn quốc đạt 58,7%. Trong đó, cấp tỉnh đạt 72,1%, cấp xã đạt 46,3%.

Sau ba tháng, 3.321 xã, phường, đặc khu đã tiếp nhận hơn 21 triệu hồ sơ. Bên cạnh kết quả tích cực, vẫn còn tình trạng quá tải cục bộ tại một số phường đông dân, hệ thống phần mềm một số nơi chưa ổn định, cán bộ cấp xã còn lúng túng khi tiếp nhận các thủ tục mới được phân cấp.

Văn phòng Chính phủ đề nghị các địa phương tiếp tục rà soát, bảo đảm đến ngày 31/12/2025 có 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.""",
        "2025-10-06",
        [
            ("online_dossier_rate", "national", "quarter", "2025-09-30", 58.7),
        ],
    ),
    # 18. Procedure-side rates at 15/5/2025: full-process over all procedures (with split), over eligible ones, services with dossiers.
    # Traps: ministry counts after the restructuring, one named ministry's rate, "hơn một nửa" derived.
    (
        """Tính đến ngày 15/5/2025, cả nước có 55,4% thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình (khối bộ, ngành 61,0%; khối địa phương 51,7%). Tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình đạt 88,6%.

Cũng đến ngày 15/5/2025, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ mới đạt 48,2%, nghĩa là hơn một nửa số dịch vụ đã cung cấp nhưng chưa được người dân, doanh nghiệp sử dụng.

Sau khi sắp xếp tổ chức bộ máy, Chính phủ hiện có 14 bộ và 3 cơ quan ngang bộ; việc chuẩn hóa, công bố lại thủ tục hành chính theo chức năng mới đang được các bộ khẩn trương thực hiện. Trong khối bộ, ngành, Bộ Tài chính có tỷ lệ dịch vụ công trực tuyến toàn trình cao nhất với 78%.""",
        "2025-05-20",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-15", 55.4),
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-05-15", 61.0),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-05-15", 51.7),
            ("full_process_provision_rate", "national", "as_of", "2025-05-15", 88.6),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-05-15", 48.2),
        ],
    ),
    # 19. Service-delivery index 2025: national satisfaction and the leading province's own figure.
    # Traps: point change, one named ministry's figure, an average index score.
    (
        """Công bố Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025

Ngày 9/2, Văn phòng Chính phủ công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công năm 2025 – năm đầu tiên áp dụng cho mô hình chính quyền địa phương hai cấp.

Kết quả cho thấy, năm 2025, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính trên toàn quốc đạt 86,7%, tăng 2,1 điểm phần trăm so với năm 2024. Trong 34 tỉnh, thành phố, Quảng Ninh tiếp tục dẫn đầu với mức độ hài lòng 95,3%; ở khối bộ, ngành, Bộ Tư pháp đạt 92,4%.

Điểm trung bình Bộ chỉ số của các địa phương đạt 82,15/100 điểm. Các tiêu chí về công khai, minh bạch và tiến độ giải quyết được đánh giá cao, trong khi tiêu chí về mức độ số hóa hồ sơ vẫn là điểm yếu của nhiều địa phương.""",
        "2026-02-10",
        [
            ("satisfaction_rate", "national", "year", "2025-12-31", 86.7),
            ("satisfaction_rate", "Quảng Ninh", "year", "2025-12-31", 95.3),
        ],
    ),
    # 20. Telecom infrastructure at end-2025: subscriptions, per-100 densities, FTTH and smartphone shares.
    # Traps: 5G subscriptions after "trong đó" (part of the same measure), adults owning a smartphone (people share), VNPT market share.
    (
        """Hạ tầng băng rộng năm 2025: hơn 96 triệu thuê bao băng rộng di động

Theo Cục Viễn thông, tính đến hết năm 2025, cả nước có 24,6 triệu thuê bao băng rộng cố định và 96,4 triệu thuê bao băng rộng di động, trong đó khoảng 12,8 triệu thuê bao 5G. Mật độ thuê bao băng rộng cố định đạt 24,4 thuê bao/100 dân; băng rộng di động đạt 95,4 thuê bao/100 dân.

Cũng đến hết năm 2025, tỷ lệ hộ gia đình sử dụng cáp quang (FTTH) đạt 86,3%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 90,1%. Theo một khảo sát xã hội học, khoảng 84% người trưởng thành sở hữu điện thoại thông minh.

Thị trường băng rộng cố định tiếp tục tập trung, VNPT chiếm khoảng 38% thị phần, Viettel chiếm 37%. Các doanh nghiệp đang đẩy nhanh nâng cấp mạng cáp quang lên công nghệ XGS-PON để đáp ứng nhu cầu tốc độ gigabit.""",
        "2026-01-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-12-31", 24600000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-12-31", 96400000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 24.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 95.4),
            ("ftth_household_rate", "national", "as_of", "2025-12-31", 86.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 90.1),
        ],
    ),
    # 21. Remaining dead-zone villages "hiện nay" (page date), coverage share, one province's remaining count.
    # Traps: villages without grid power after "Trong số", villages covered during the year (no id), a 2026 target.
    (
        """Xóa "vùng lõm" sóng di động: còn 842 thôn, bản chưa có sóng băng rộng

Theo Bộ Khoa học và Công nghệ, hiện nay cả nước còn 842 thôn, bản chưa có sóng di động băng rộng, chủ yếu ở khu vực miền núi phía Bắc và Tây Nguyên. Lai Châu là địa phương còn nhiều thôn lõm sóng nhất với 186 thôn. Tỷ lệ thôn, bản được phủ sóng di động băng rộng hiện đạt 99,2%.

Trong số thôn còn lõm sóng, có 310 thôn chưa có điện lưới quốc gia, khiến việc lắp đặt trạm gặp nhiều khó khăn. Năm 2025, thông qua Chương trình cung cấp dịch vụ viễn thông công ích, các doanh nghiệp đã phủ sóng cho 1.134 thôn, bản.

Mục tiêu đến hết năm 2026 xóa toàn bộ thôn, bản lõm sóng, bảo đảm người dân vùng sâu, vùng xa có thể sử dụng dịch vụ công trực tuyến và ứng dụng VNeID.""",
        "2025-11-28",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-11-28", 842.0),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2025-11-28", 186.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-11-28", 99.2),
        ],
    ),
    # 22. Internet use and online-service use in 2025 (ministry estimate), against a private report's survey figure.
    # Traps: We Are Social survey share, time online, point change.
    (
        """Hơn 85% dân số sử dụng Internet

Theo Bộ Khoa học và Công nghệ, tỷ lệ dân số sử dụng Internet năm 2025 ước đạt 85,2%, tăng 1,4 điểm phần trăm so với năm 2024. Tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến năm 2025 ước đạt 56,3%, nhờ việc đồng bộ tài khoản VNeID với Cổng Dịch vụ công quốc gia.

Trong khi đó, báo cáo Digital 2025 của We Are Social và Meltwater, dựa trên khảo sát người dùng, đưa ra con số 79,8% dân số Việt Nam truy cập Internet; thời gian trực tuyến trung bình của người Việt là 6 giờ 18 phút mỗi ngày.

Các chuyên gia cho rằng sự khác biệt đến từ phương pháp thống kê: số liệu của cơ quan quản lý dựa trên thuê bao và lưu lượng, còn số liệu của các hãng nghiên cứu dựa trên mẫu khảo sát.""",
        "2025-12-18",
        [
            ("internet_users_rate", "national", "year", "2025-12-31", 85.2),
            ("adult_population_using_dvctt_rate", "national", "year", "2025-12-31", 56.3),
        ],
    ),
    # 23. EGDI retrospective: the 2024 edition rank and the 2022 rank given in parentheses (kept with its own year).
    # Traps: "tăng 15 bậc", other countries' ranks, a sub-index score, an NQ 57 target.
    (
        """Chính phủ điện tử: Việt Nam và mục tiêu vào nhóm 50 nước dẫn đầu

Trong Báo cáo Khảo sát Chính phủ điện tử năm 2024 do Liên Hợp Quốc công bố, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193). Lần đầu tiên Việt Nam được xếp vào nhóm có mức EGDI rất cao.

Trong khu vực, Singapore đứng thứ 3, Malaysia thứ 40, Thái Lan thứ 52. Chỉ số thành phần hạ tầng viễn thông (TII) của Việt Nam đạt 0,7678 điểm, là chỉ số có mức cải thiện mạnh nhất.

Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về chính phủ điện tử. Kỳ khảo sát tiếp theo sẽ được Liên Hợp Quốc công bố vào năm 2026, phản ánh kết quả sau khi sắp xếp bộ máy và vận hành chính quyền địa phương hai cấp.""",
        "2025-02-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 24. National Portal online payments in 2025 and cumulative levels at 31/12/2025.
    # Traps: % change, a sub-count of registration-fee payments after "trong đó".
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia năm 2025

Năm 2025, thông qua Cổng Dịch vụ công quốc gia đã thực hiện 13,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 16.650 tỷ đồng, tăng 35% về số giao dịch so với năm 2024, trong đó thanh toán lệ phí trước bạ chiếm 4,2 triệu giao dịch.

Lũy kế đến ngày 31/12/2025, Cổng đã xử lý 43,7 triệu giao dịch thanh toán trực tuyến với tổng giá trị 64.950 tỷ đồng. Cũng đến ngày 31/12/2025, Cổng có hơn 25,1 triệu tài khoản đăng ký và đã tiếp nhận 62,2 triệu hồ sơ trực tuyến.

Văn phòng Chính phủ cho biết, năm 2026 sẽ mở rộng các kênh thanh toán qua ví điện tử và mã QR, đồng thời cho phép thanh toán phí, lệ phí ngay trên ứng dụng VNeID.""",
        "2026-01-15",
        [
            ("online_payments_count_new", "national", "year", "2025-12-31", 13100000.0),
            ("online_payments_value_new", "national", "year", "2025-12-31", 16650.0),
            ("online_payments_count", "national", "as_of", "2025-12-31", 43700000.0),
            ("online_payments_value", "national", "as_of", "2025-12-31", 64950.0),
            ("national_portal_accounts", "national", "as_of", "2025-12-31", 25100000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-12-31", 62200000.0),
        ],
    ),
    # 25. Monthly data-quality rates, November 2025.
    # Traps: VNeID log-ins (no id), one named ministry at 100%.
    (
        """Tháng 11/2025: gần như toàn bộ hồ sơ thủ tục hành chính gắn số định danh cá nhân

Theo số liệu trên Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số, trong tháng 11/2025, tỷ lệ hồ sơ thủ tục hành chính có sử dụng số định danh cá nhân đạt 97,4%; tỷ lệ hồ sơ tái sử dụng dữ liệu đã số hóa đạt 49,3%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 81,4%.

Trong tháng, Cổng Dịch vụ công quốc gia ghi nhận 7,8 triệu lượt đăng nhập bằng tài khoản VNeID. Bộ Công an tiếp tục là đơn vị đạt 100% hồ sơ gắn số định danh và tái sử dụng dữ liệu dân cư.

Cơ quan quản lý lưu ý, tỷ lệ tái sử dụng dữ liệu tuy cải thiện nhưng vẫn chưa đạt yêu cầu, nhiều nơi vẫn yêu cầu người dân cung cấp lại giấy tờ đã được số hóa.""",
        "2025-12-10",
        [
            ("dossiers_with_personal_id_rate", "national", "month", "2025-11-30", 97.4),
            ("data_reuse_rate", "national", "month", "2025-11-30", 49.3),
            ("e_result_rate", "national", "month", "2025-11-30", 81.4),
        ],
    ),
    # 26. Regular Government meeting for November 2025: 11-month dossier rates among macro figures.
    # Traps: GDP, CPI, budget revenue, tourist arrivals, exports (no ids).
    (
        """Phiên họp Chính phủ thường kỳ tháng 11/2025: kinh tế tiếp tục xu hướng tích cực

Sáng 6/12, Thủ tướng Chính phủ chủ trì Phiên họp Chính phủ thường kỳ tháng 11/2025. Theo báo cáo, chỉ số giá tiêu dùng (CPI) bình quân 11 tháng tăng 3,27%; thu ngân sách nhà nước 11 tháng ước đạt 2,25 triệu tỷ đồng; kim ngạch xuất khẩu ước đạt 430 tỷ USD; khách quốc tế đến Việt Nam đạt gần 19 triệu lượt.

Về cải cách hành chính và chuyển đổi số, 11 tháng năm 2025, tỷ lệ hồ sơ được xử lý trực tuyến đạt 56,8%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,6%. Chính quyền địa phương hai cấp tiếp tục vận hành ổn định, thông suốt.

Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung hoàn thành các chỉ tiêu năm 2025, phấn đấu tăng trưởng GDP cả năm đạt trên 8%, đẩy mạnh giải ngân vốn đầu tư công và hoàn thiện các cơ sở dữ liệu quốc gia theo Nghị quyết 57-NQ/TW.""",
        "2025-12-07",
        [
            ("online_dossier_rate", "national", "ytd", "2025-11-30", 56.8),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-11-30", 44.6),
        ],
    ),
    # 27. Commentary on Nghị quyết 57 targets: every figure is a target or a count of task groups.
    # Nothing to record.
    (
        """Nghị quyết 57: những chỉ tiêu "đột phá" đến năm 2030

Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được đánh giá là "khoán 10" trong lĩnh vực khoa học, công nghệ.

Nghị quyết đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 30% GDP; tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%; hạ tầng công nghệ thông tin và truyền thông tiên tiến, hiện đại, mạng 5G phủ sóng toàn quốc; Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á và nhóm 50 nước dẫn đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử. Tầm nhìn đến năm 2045, kinh tế số đạt tối thiểu 50% GDP.

Để hiện thực hóa các mục tiêu, Nghị quyết đề ra 7 nhóm nhiệm vụ, giải pháp; Chính phủ đã ban hành Chương trình hành động với hơn 140 nhiệm vụ cụ thể, giao cho các bộ, ngành, địa phương, trong đó xác định năm 2025 kinh tế số phải chiếm khoảng 20% GDP.""",
        "2025-01-15",
        [],
    ),
    # 28. NDXP fourth quarter 2025: quarter flow and daily average over the quarter.
    # Traps: % change vs Q3, population database's share of traffic.
    (
        """Quý IV/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 381,6 triệu giao dịch, bình quân khoảng 4,15 triệu giao dịch mỗi ngày, tăng 18,6% so với quý III/2025. Cơ sở dữ liệu quốc gia về dân cư tiếp tục là nguồn dữ liệu được khai thác nhiều nhất, chiếm khoảng 42% số giao dịch.

Lưu lượng tăng mạnh vào những tuần cuối năm, khi các địa phương đồng loạt kết nối hệ thống cấp xã để đồng bộ dữ liệu hộ tịch, đất đai và bảo hiểm xã hội. Đơn vị vận hành cho biết đã nâng cấp năng lực xử lý của nền tảng để bảo đảm không xảy ra gián đoạn trong giai đoạn cao điểm.""",
        "2026-01-12",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-12-31", 381600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-12-31", 4150000.0),
        ],
    ),
    # 29. Half-year 2026: national dossier rates and 5G at 30/6/2026.
    # Traps: Viettel's stations, a 2026 target, a point change.
    (
        """Sáu tháng đầu năm 2026: chuyển đổi số quốc gia giữ nhịp tăng trưởng

Theo báo cáo sơ kết 6 tháng của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, 6 tháng đầu năm 2026, tỷ lệ hồ sơ được xử lý trực tuyến trên toàn quốc đạt 63,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,2%, tăng 3,9 điểm phần trăm so với quý I/2026.

Về hạ tầng, tính đến ngày 30/6/2026, cả nước có 34.100 trạm 5G, phủ sóng 84,7% dân số; riêng Viettel chiếm khoảng 21.000 trạm.

Ban Chỉ đạo yêu cầu phấn đấu đến hết năm 2026 tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%, phủ sóng 5G cho 90% dân số.""",
        "2026-07-09",
        [
            ("online_dossier_rate", "national", "half", "2026-06-30", 63.5),
            ("online_dossier_full_process_rate", "national", "half", "2026-06-30", 51.2),
            ("fiveg_bts_count", "national", "as_of", "2026-06-30", 34100.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2026-06-30", 84.7),
        ],
    ),
    # 30. Administrative reform at 31/3/2025: EMC connection, fee-reduction provinces, simplified procedures.
    # Traps: 280 procedures still not handled (remainder), ministry count after restructuring, a 30/6 target.
    (
        """Đến ngày 31/3/2025, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 93,8%; 63/63 tỉnh, thành phố đã có nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.

Về cắt giảm, đơn giản hóa thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, cũng đến ngày 31/3/2025 đã thực thi phương án đối với 804/1.084 thủ tục, còn 280 thủ tục chưa được xử lý do vướng quy định tại luật.

Sau sắp xếp bộ máy từ ngày 1/3/2025, một số bộ mới hợp nhất như Bộ Khoa học và Công nghệ, Bộ Nông nghiệp và Môi trường đang chuyển đổi hệ thống; Văn phòng Chính phủ yêu cầu hoàn thành kết nối 100% với EMC trước ngày 30/6/2025.""",
        "2025-04-08",
        [
            ("emc_connection_rate", "national", "as_of", "2025-03-31", 93.8),
            ("localities_fee_reduction", "national", "as_of", "2025-03-31", 63.0),
            ("procedures_simplified", "national", "as_of", "2025-03-31", 804.0),
        ],
    ),
    # 31. Tax e-invoices cumulative at 30/9/2025.
    # Traps: coded invoices and cash-register invoices as sub-counts, number of businesses.
    (
        """Hơn 13 tỷ hóa đơn điện tử được xử lý

Theo Cục Thuế (Bộ Tài chính), từ khi triển khai hóa đơn điện tử trên toàn quốc năm 2022 đến ngày 30/9/2025, cơ quan thuế đã tiếp nhận, xử lý 13,6 tỷ hóa đơn điện tử, trong đó 4,8 tỷ hóa đơn có mã của cơ quan thuế. Riêng hóa đơn khởi tạo từ máy tính tiền đạt 2,9 tỷ hóa đơn với hơn 142.000 doanh nghiệp, hộ kinh doanh đăng ký sử dụng.

Dữ liệu hóa đơn điện tử đã được kết nối, chia sẻ với cơ quan công an, hải quan và quản lý thị trường, góp phần phát hiện nhiều đường dây mua bán hóa đơn bất hợp pháp. Từ ngày 1/6/2025, Nghị định 70/2025/NĐ-CP có hiệu lực, mở rộng đối tượng bắt buộc sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.""",
        "2025-10-07",
        [
            ("e_invoices_total", "national", "as_of", "2025-09-30", 13600000000.0),
        ],
    ),
    # 32. State Bank: payment-account share of adults and Mobile Money customers at end-June 2025.
    # Traps: rural sub-count after "trong đó", QR growth %, cashless transaction counts.
    (
        """Thanh toán không dùng tiền mặt tăng mạnh, hơn 88% người trưởng thành có tài khoản

Theo Ngân hàng Nhà nước, đến cuối tháng 6/2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 88,6%. Dịch vụ Mobile Money có 10,3 triệu khách hàng đăng ký, trong đó hơn 7 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.

Trong 6 tháng đầu năm 2025, giao dịch thanh toán không dùng tiền mặt tăng 48,9% về số lượng; giao dịch qua phương thức QR Code tăng 62%. Việc đối chiếu thông tin sinh trắc học với cơ sở dữ liệu căn cước giúp các ngân hàng làm sạch hơn 110 triệu hồ sơ khách hàng cá nhân.

Ngân hàng Nhà nước cho biết sẽ tiếp tục phối hợp với Bộ Công an triển khai Đề án 06, mở rộng ứng dụng VNeID trong giao dịch ngân hàng.""",
        "2025-08-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 88.6),
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 10300000.0),
        ],
    ),
    # 33. Whole provincial newspaper article, Lào Cai (merged with Yên Bái): year 2025 rate, FTTH and 5G at 20/12.
    # Traps: a commune's figure (Y Tý), number of communes, a 2026 target, headline-free byline figures.
    (
        """Báo Lào Cai điện tử | Kinh tế - Xã hội | 29/12/2025 07:15

LÀO CAI: CHUYỂN ĐỔI SỐ Ở VÙNG CAO SAU HỢP NHẤT

Năm đầu tiên vận hành tỉnh Lào Cai mới (hợp nhất Lào Cai và Yên Bái) cùng mô hình chính quyền địa phương hai cấp, công tác chuyển đổi số của tỉnh ghi nhận nhiều chuyển biến rõ nét.

Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,7%, vượt mức bình quân của khu vực miền núi phía Bắc. Hạ tầng số được đầu tư mạnh: tính đến ngày 20/12/2025, 89,4% hộ gia đình trên địa bàn tỉnh đã sử dụng cáp quang, toàn tỉnh có 612 trạm 5G.

Tuy vậy, khoảng cách số giữa vùng thấp và vùng cao vẫn lớn. Tại xã Y Tý, tỷ lệ hồ sơ nộp trực tuyến mới đạt 41%; nhiều thôn vùng cao của 99 xã, phường còn thiếu người hướng dẫn sử dụng dịch vụ công.

Năm 2026, tỉnh phấn đấu 80% hồ sơ trực tuyến toàn trình, phủ sóng 5G đến trung tâm tất cả các xã.

Thanh Hà""",
        "2025-12-29",
        [
            ("online_dossier_full_process_rate", "Lào Cai", "year", "2025-12-31", 62.7),
            ("ftth_household_rate", "Lào Cai", "as_of", "2025-12-20", 89.4),
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-12-20", 612.0),
        ],
    ),
    # 34. First month of two-level government, July 2025: localities' online dossier rate.
    # Traps: dossier counts (not National Portal dossiers), online meetings count, citizen feedback count.
    (
        """Tháng đầu vận hành chính quyền hai cấp: các địa phương tiếp nhận hơn 7 triệu hồ sơ

Theo báo cáo của Văn phòng Chính phủ, trong tháng 7/2025 – tháng đầu tiên vận hành chính quyền địa phương hai cấp – các địa phương đã tiếp nhận 7,35 triệu hồ sơ thủ tục hành chính, trong đó 4,2 triệu hồ sơ trực tuyến, đạt tỷ lệ 57,1%.

Trong tháng, các địa phương đã tổ chức 2.430 cuộc họp trực tuyến kết nối từ cấp tỉnh đến cấp xã; hệ thống tiếp nhận hơn 4.000 ý kiến phản ánh, kiến nghị của người dân, chủ yếu liên quan đến việc đăng nhập hệ thống và sai lệch dữ liệu địa giới hành chính mới.

Văn phòng Chính phủ đề nghị khẩn trương cập nhật danh mục thủ tục hành chính theo địa giới mới, bảo đảm không để gián đoạn việc tiếp nhận hồ sơ của người dân, doanh nghiệp.""",
        "2025-08-04",
        [
            ("online_dossier_rate", "localities", "month", "2025-07-31", 57.1),
        ],
    ),
    # 35. Second quarter 2025: ministries vs localities online dossier rates, no national figure.
    # Traps: one named ministry's rate, a stated gap in points.
    (
        """Quý II/2025, tỷ lệ hồ sơ được xử lý trực tuyến của khối bộ, ngành đạt 58,1%, của khối địa phương đạt 46,4%, chênh lệch 11,7 điểm phần trăm. Bộ Công an tiếp tục dẫn đầu với 98,2% hồ sơ trực tuyến, chủ yếu nhờ các dịch vụ đăng ký cư trú, cấp căn cước và đăng ký xe.

Các địa phương giải thích tỷ lệ thấp một phần do tập trung nguồn lực cho việc sắp xếp đơn vị hành chính, chuẩn bị vận hành chính quyền hai cấp từ ngày 1/7/2025. Văn phòng Chính phủ lưu ý các địa phương không để việc sắp xếp bộ máy làm chậm tiến độ cung cấp dịch vụ công trực tuyến.""",
        "2025-07-20",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 58.1),
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 46.4),
        ],
    ),
    # 36. Bắc Ninh (merged with Bắc Giang): the province's 5G and FTTH at 31/10/2025.
    # Traps: an upload speed, MobiFone's stations, industrial-park coverage.
    (
        """Bắc Ninh: phủ sóng 5G hơn 83% dân số

Sở Khoa học và Công nghệ tỉnh Bắc Ninh cho biết, tính đến ngày 31/10/2025, toàn tỉnh có 1.856 trạm 5G, phủ sóng 5G cho 83,2% dân số; tỷ lệ hộ gia đình sử dụng cáp quang đạt 93,5%. Tốc độ tải lên trung bình trên mạng 5G tại các khu công nghiệp đạt khoảng 95 Mbps, đáp ứng yêu cầu của các nhà máy sản xuất linh kiện điện tử.

Trong số các doanh nghiệp, MobiFone đã phát sóng 300 trạm, tập trung tại khu công nghiệp Quang Châu, Vân Trung và khu vực trung tâm phường Kinh Bắc. 100% khu công nghiệp đang hoạt động trên địa bàn đã được phủ sóng 5G.

Tỉnh đang xây dựng đề án đưa Bắc Ninh thành trung tâm công nghiệp công nghệ số của vùng, thu hút đầu tư sản xuất chip bán dẫn theo tinh thần Nghị quyết 57-NQ/TW.""",
        "2025-11-11",
        [
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2025-10-31", 1856.0),
            ("fiveg_population_coverage_rate", "Bắc Ninh", "as_of", "2025-10-31", 83.2),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2025-10-31", 93.5),
        ],
    ),
    # 37. VPCP year 2025 results: rates with ministries/localities split, portal flows for the year.
    # Traps: point change, count of thematic resolutions, 2026 targets.
    (
        """Năm 2025: gần 6 triệu tài khoản mới trên Cổng Dịch vụ công quốc gia

(Chinhphu.vn) – Tại hội nghị tổng kết công tác năm 2025 của Văn phòng Chính phủ, Cục Kiểm soát thủ tục hành chính cho biết, năm 2025, tỷ lệ hồ sơ được xử lý trực tuyến trên toàn quốc đạt 57,4%, tăng 8,2 điểm phần trăm so với năm 2024. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,3% (bộ, ngành 66,8%; địa phương 40,2%). Tỷ lệ hồ sơ có kết quả điện tử đạt 79,6%; tỷ lệ tái sử dụng thông tin, dữ liệu số hóa đạt 47,5%.

Trong năm 2025, Cổng Dịch vụ công quốc gia có thêm 5,9 triệu tài khoản đăng ký và tiếp nhận 20,5 triệu hồ sơ trực tuyến. Chính phủ đã ban hành 12 nghị quyết chuyên đề về phân cấp, cắt giảm thủ tục hành chính.

Năm 2026, Văn phòng Chính phủ đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%, 100% kết quả giải quyết thủ tục được số hóa.""",
        "2026-01-06",
        [
            ("online_dossier_rate", "national", "year", "2025-12-31", 57.4),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 45.3),
            ("online_dossier_full_process_rate", "ministries", "year", "2025-12-31", 66.8),
            ("online_dossier_full_process_rate", "localities", "year", "2025-12-31", 40.2),
            ("e_result_rate", "national", "year", "2025-12-31", 79.6),
            ("data_reuse_rate", "national", "year", "2025-12-31", 47.5),
            ("national_portal_accounts_new", "national", "year", "2025-12-31", 5900000.0),
            ("national_portal_dossiers_new", "national", "year", "2025-12-31", 20500000.0),
        ],
    ),
    # 38. Quảng Ninh first half 2025: the province's full-process, reuse and e-result rates.
    # Traps: a former city's service centre figure, a target for the year.
    (
        """Quảng Ninh dẫn đầu về dịch vụ công trực tuyến toàn trình

Sáu tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Quảng Ninh đạt 78,9%; tỷ lệ hồ sơ tái sử dụng dữ liệu đạt 63,4%; tỷ lệ trả kết quả điện tử đạt 96,2%. Trung tâm Phục vụ hành chính công thành phố Hạ Long (trước sắp xếp) đạt tới 99% hồ sơ trực tuyến.

Từ ngày 1/7/2025, khi không còn cấp huyện, tỉnh đã chuyển giao toàn bộ hệ thống một cửa điện tử về 54 xã, phường, đặc khu, bảo đảm người dân có thể nộp hồ sơ không phụ thuộc địa giới hành chính.

Quảng Ninh đặt mục tiêu cuối năm 2025 đạt 90% hồ sơ trực tuyến toàn trình, tiếp tục giữ vị trí số một về chỉ số chuyển đổi số cấp tỉnh.""",
        "2025-07-08",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2025-06-30", 78.9),
            ("data_reuse_rate", "Quảng Ninh", "half", "2025-06-30", 63.4),
            ("e_result_rate", "Quảng Ninh", "half", "2025-06-30", 96.2),
        ],
    ),
    # 39. Ministry's September 2025 report excerpt, no sidecar date: only explicitly dated values.
    # Traps: change vs August, October plan figures.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Tình hình thực hiện nhiệm vụ chuyển đổi số tháng 9 năm 2025

1. Hạ tầng số
Tính đến ngày 30/9/2025, cả nước có 16.480 trạm 5G đang hoạt động. Các doanh nghiệp tiếp tục triển khai dùng chung hạ tầng tại 34 tỉnh, thành phố.

2. Nền tảng số
Trong tháng 9/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 121,7 triệu giao dịch, tăng 2,8% so với tháng 8; trung bình 4,06 triệu giao dịch/ngày. Cổng Dịch vụ công quốc gia có thêm 587.300 tài khoản đăng ký mới trong tháng 9/2025.

3. Kế hoạch tháng 10/2025
Phấn đấu phát sóng thêm 2.500 trạm 5G; hoàn thành kết nối 100% hệ thống thông tin giải quyết thủ tục hành chính cấp xã với NDXP.""",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 16480.0),
            ("ndxp_transactions_period", "national", "month", "2025-09-30", 121700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-09-30", 4060000.0),
            ("national_portal_accounts_new", "national", "month", "2025-09-30", 587300.0),
        ],
    ),
    # 40. First-quarter 2026 bulletin with its own dateline, no sidecar: attacks in the quarter, 5G at 31/3/2026.
    # Traps: an operator's station count, a % decrease, warnings count.
    (
        """Bản tin chuyển đổi số quý I/2026

Hà Nội, ngày 10/4/2026 – Quý I/2026, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 1.096 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,5% so với quý IV/2025; cơ quan chức năng đã phát đi 37 cảnh báo về lỗ hổng bảo mật nghiêm trọng.

Về hạ tầng, tính đến ngày 31/3/2026, cả nước có 29.600 trạm 5G, trong đó VNPT có khoảng 5.400 trạm. Các nhà mạng đang tăng tốc đưa sóng 5G về trung tâm các xã, đặc khu sau khi hoàn thành giai đoạn phủ sóng đô thị.

Trong quý II/2026, Bộ Khoa học và Công nghệ sẽ tổ chức đấu giá bổ sung băng tần cho 5G và thử nghiệm mạng riêng 5G tại một số khu công nghiệp.""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2026-03-31", 1096.0),
            ("fiveg_bts_count", "national", "as_of", "2026-03-31", 29600.0),
        ],
    ),
    # 41. Early-2025 recap of 2024, no sidecar: NDXP year flows incl. the 2023 comparison in parentheses, levels at 31/12/2024.
    # Traps: "gấp gần 1,5 lần" (change).
    (
        """Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia xử lý 1,06 tỷ giao dịch, gấp gần 1,5 lần năm 2023 (720 triệu giao dịch). Tính đến ngày 31/12/2024, tổng số giao dịch qua nền tảng kể từ khi vận hành năm 2019 đạt 3,05 tỷ.

Cũng đến ngày 31/12/2024, Cổng Dịch vụ công quốc gia có 19,2 triệu tài khoản đăng ký. Việc đồng bộ đăng nhập bằng tài khoản định danh điện tử VNeID được đánh giá là yếu tố then chốt giúp số tài khoản tăng nhanh.

Bước sang năm 2025, với việc hợp nhất các bộ và chuẩn bị tổ chức chính quyền địa phương hai cấp, các nền tảng dùng chung được yêu cầu bảo đảm vận hành liên tục, không gián đoạn.""",
        None,
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1060000000.0),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 720000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3050000000.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 19200000.0),
        ],
    ),
    # 42. Cần Thơ (merged with Sóc Trăng, Hậu Giang), 9 months 2025: the city's full-process dossier share.
    # Traps: the derived remainder 47,4%, a commune's figure, a target.
    (
        """Cần Thơ: hơn một nửa hồ sơ được giải quyết trực tuyến toàn trình

Theo Văn phòng UBND thành phố Cần Thơ, 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 52,6%. Như vậy, vẫn còn khoảng 47,4% hồ sơ mà người dân phải đến cơ quan hành chính ít nhất một lần để bổ sung giấy tờ hoặc nhận kết quả.

Sau khi hợp nhất với Sóc Trăng và Hậu Giang, thành phố có 103 xã, phường; trong đó xã Phong Điền là đơn vị dẫn đầu với 81% hồ sơ trực tuyến toàn trình. Thành phố đã bố trí tổ công nghệ số cộng đồng tại tất cả các ấp, khu vực để hướng dẫn người dân.

Cần Thơ phấn đấu đến cuối năm 2025, tỷ lệ này đạt 65%.""",
        "2025-10-15",
        [
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2025-09-30", 52.6),
        ],
    ),
    # 43. One year of Nghị quyết 57: procedure full-process share and essential services at 15/12/2025.
    # Traps: point change, count of completed tasks, 2026 targets, count of national databases.
    (
        """Một năm thực hiện Nghị quyết 57: dịch vụ công trực tuyến chuyển biến rõ nét

Sau một năm triển khai Nghị quyết 57-NQ/TW, nhiều chỉ tiêu về chuyển đổi số quốc gia đã có bước tiến quan trọng. Tính đến ngày 15/12/2025, cả nước có 58,9% thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, tăng 9 điểm phần trăm so với thời điểm ban hành Nghị quyết; 74/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình.

Các bộ, ngành đã hoàn thành 1.190 nhiệm vụ được giao tại Chương trình hành động của Chính phủ và các kế hoạch chuyên đề; 13 cơ sở dữ liệu quốc gia đã được đưa vào vận hành.

Năm 2026, Ban Chỉ đạo đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình, 100% dịch vụ công thiết yếu được cung cấp trên ứng dụng VNeID.""",
        "2025-12-22",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-12-15", 58.9),
            ("essential_services_full_process", "national", "as_of", "2025-12-15", 74.0),
        ],
    ),
    # 44. Monthly download speeds, July 2025, measured by the ministry's i-Speed.
    # Traps: upload speeds, speed ranks, Singapore's speed.
    (
        """Tốc độ Internet di động của Việt Nam tiếp tục tăng nhờ 5G

Theo kết quả đo kiểm của Cục Viễn thông qua hệ thống i-Speed, trong tháng 7/2025, tốc độ tải xuống trung bình của băng rộng di động tại Việt Nam đạt 139,2 Mbps; băng rộng cố định đạt 221,8 Mbps. Tốc độ tải lên tương ứng đạt 27,4 Mbps và 196,5 Mbps.

Trên bảng xếp hạng quốc tế, Việt Nam hiện đứng thứ 18 thế giới về tốc độ di động và thứ 13 về tốc độ cố định. Singapore vẫn dẫn đầu khu vực với tốc độ băng rộng cố định 345 Mbps.

Cục Viễn thông cho biết, việc các nhà mạng đẩy nhanh phát sóng 5G và nâng cấp mạng cáp quang là yếu tố chính giúp tốc độ kết nối cải thiện liên tục trong năm 2025.""",
        "2025-08-10",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 139.2),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 221.8),
        ],
    ),
]
