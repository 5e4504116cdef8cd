"""Genre probes, round 143: a broad 2025–2026 mix of every family and genre, written blind and held out.

Held out to the end of stop 48 and not fitted: read once with the stop's start code 53696a2 (138 of 144 right, 138 of 144 found (0.96 / 0.96)) and once with its final code (138 of 143, 138 of 144 (0.97 / 0.96)).
"""

CASES = [
    # 1. Ministry monthly report excerpt (Nov 2025) with an explicit 16/10-15/11 window: portal flows on _new twins, levels at 15/11.
    #    Traps: month-on-month change, portal service counts (no id), the December target.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ

BÁO CÁO
Tình hình triển khai chuyển đổi số quốc gia tháng 11 năm 2025
(Trích phần I - Kết quả nổi bật trong tháng)

1. Cung cấp dịch vụ công trực tuyến, vận hành Cổng Dịch vụ công quốc gia

Trong tháng 11/2025 (từ ngày 16/10/2025 đến ngày 15/11/2025), Cổng Dịch vụ công quốc gia có thêm 584.216 tài khoản đăng ký mới; tiếp nhận 1.845.320 hồ sơ trực tuyến; thực hiện 3,15 triệu giao dịch thanh toán trực tuyến với số tiền 2.418 tỷ đồng, tăng 8,4% so với tháng trước.

Lũy kế đến ngày 15/11/2025, Cổng Dịch vụ công quốc gia có 21,6 triệu tài khoản đăng ký; tổng số giao dịch thanh toán trực tuyến đạt 49,7 triệu giao dịch với tổng số tiền hơn 30.126 tỷ đồng. Cổng đã công khai 4.612 dịch vụ công trực tuyến, trong đó có 2.905 dịch vụ công trực tuyến toàn trình.

2. Nhiệm vụ trọng tâm tháng 12/2025

Các bộ, ngành, địa phương tập trung rà soát, tái cấu trúc quy trình, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% trước ngày 31/12/2025; hoàn thành tích hợp thanh toán trực tuyến đối với 100% dịch vụ có phát sinh phí, lệ phí.""",
        "2025-11-21",
        [
            ("national_portal_accounts_new", "national", "month", "2025-11-15", 584216.0),
            ("national_portal_dossiers_new", "national", "month", "2025-11-15", 1845320.0),
            ("online_payments_count_new", "national", "month", "2025-11-15", 3150000.0),
            ("online_payments_value_new", "national", "month", "2025-11-15", 2418.0),
            ("national_portal_accounts", "national", "as_of", "2025-11-15", 21600000.0),
            ("online_payments_count", "national", "as_of", "2025-11-15", 49700000.0),
            ("online_payments_value", "national", "as_of", "2025-11-15", 30126.0),
        ],
    ),
    # 2. Government press-conference write-up, same day: 5G stations and coverage "đến nay", a 2024 internet-users figure.
    #    Traps: Viettel's own station count, the end-2025 and 2030 coverage targets, a 5G upload speed.
    (
        """(Chinhphu.vn) - Chiều 3/11, tại họp báo Chính phủ thường kỳ tháng 10/2025, Thứ trưởng Bộ Khoa học và Công nghệ đã trả lời câu hỏi của phóng viên về tiến độ phát triển hạ tầng số.

Theo Thứ trưởng, sau hơn một năm thương mại hóa, mạng 5G tại Việt Nam đã có bước phát triển rất nhanh. Đến nay, cả nước đã lắp đặt khoảng 28.500 trạm phát sóng 5G, vùng phủ sóng 5G đạt 86% dân số. Riêng Viettel đã đưa vào khai thác hơn 20.000 trạm, phủ sóng toàn bộ 34 tỉnh, thành phố. Tốc độ tải lên trung bình của mạng 5G đạt khoảng 95 Mbps.

"Mục tiêu của chúng ta là đến cuối năm 2025 phủ sóng 5G tới 90% dân số và tới năm 2030 là 99%. Với tốc độ triển khai hiện nay, mục tiêu năm 2025 hoàn toàn có thể đạt được", Thứ trưởng nhấn mạnh.

Thứ trưởng cũng cho biết, hạ tầng số là nền tảng để phổ cập Internet. Năm 2024, tỷ lệ người dân sử dụng Internet ở Việt Nam đạt 79,8%, thuộc nhóm cao trong khu vực.

Tại họp báo, đại diện Bộ cũng thông tin thêm về việc triển khai Nghị quyết 57-NQ/TW, trong đó nhấn mạnh yêu cầu hoàn thiện thể chế cho các mô hình kinh doanh mới dựa trên nền tảng số.""",
        "2025-11-03",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-11-03", 28500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-11-03", 86.0),
            ("internet_users_rate", "national", "year", "2024-12-31", 79.8),
        ],
    ),
    # 3. Provincial newspaper (Đà Nẵng), 9 months of 2025: the city's dossier rates as ytd.
    #    Traps: change in percentage points, ward/commune leaders' rates, year-end target, total dossiers received (no id).
    (
        """BÁO ĐÀ NẴNG ĐIỆN TỬ
Thời sự | Kinh tế | Chuyển đổi số

Đà Nẵng: 9 tháng, tỷ lệ hồ sơ trực tuyến đạt 91,6%

Thứ Ba, 14/10/2025 07:15

(ĐN) - Theo Sở Khoa học và Công nghệ thành phố, 9 tháng đầu năm 2025, các cơ quan, đơn vị và UBND các xã, phường trên địa bàn thành phố đã tiếp nhận hơn 1,42 triệu hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt 91,6%, tăng 7,2 điểm phần trăm so với cùng kỳ năm 2024; tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,8%.

Cũng trong 9 tháng, 100% kết quả giải quyết thủ tục hành chính được cấp bản điện tử; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 71,4%.

Sau khi vận hành chính quyền địa phương hai cấp từ ngày 1/7, nhiều phường, xã làm rất tốt. Phường Hải Châu và xã Hòa Vang dẫn đầu với tỷ lệ hồ sơ trực tuyến 99,1%. Tuy vậy, một số xã miền núi phía tây thành phố vẫn còn thấp do hạ tầng mạng và thiết bị chưa đồng bộ.

Thành phố phấn đấu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến đạt trên 95%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.

HOÀNG LINH

Tin liên quan:
- Đà Nẵng triển khai Trung tâm phục vụ hành chính công hai cấp
- Người dân miền núi làm quen với dịch vụ công trực tuyến""",
        "2025-10-14",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2025-09-30", 91.6),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2025-09-30", 63.8),
            ("e_result_rate", "Đà Nẵng", "ytd", "2025-09-30", 100.0),
            ("data_reuse_rate", "Đà Nẵng", "ytd", "2025-09-30", 71.4),
        ],
    ),
    # 4. National portal statistics page saved without sidecar date; the page dates itself (02/12/2025).
    #    Traps: number of online services (no id), hotline and page furniture.
    (
        """CỔNG DỊCH VỤ CÔNG QUỐC GIA
Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi

Trang chủ > Thống kê > Tình hình triển khai

SỐ LIỆU THỐNG KÊ
(Cập nhật lúc 08:00 ngày 02/12/2025)

Dịch vụ công trực tuyến trên Cổng: 4.630
Tài khoản đăng ký: 22.104.557
Hồ sơ trực tuyến thực hiện qua Cổng: 118.409.213
Giao dịch thanh toán trực tuyến: 52.680.114
Số tiền đã thanh toán trực tuyến (tỷ đồng): 31.457

Xem chi tiết theo bộ, ngành | Xem chi tiết theo địa phương

Tổng đài hỗ trợ: 18001096 | Email: dichvucong@chinhphu.vn
Cơ quan chủ quản: Văn phòng Chính phủ""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2025-12-02", 22104557.0),
            ("national_portal_dossiers", "national", "as_of", "2025-12-02", 118409213.0),
            ("online_payments_count", "national", "as_of", "2025-12-02", 52680114.0),
            ("online_payments_value", "national", "as_of", "2025-12-02", 31457.0),
        ],
    ),
    # 5. NDXP year-end review (published Jan 2026): year flow, daily average, cumulative and connection levels at 31/12/2025.
    #    Traps: population-database requests after "trong đó" (no id), growth vs 2024, 2026 target.
    (
        """NDXP năm 2025: hơn 1,1 tỷ giao dịch, trung bình trên 3 triệu giao dịch mỗi ngày

Thứ Hai, 12/01/2026 - 10:20

Năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục đóng vai trò "trục xương sống" kết nối dữ liệu giữa các hệ thống thông tin của cơ quan nhà nước. Theo Cục Chuyển đổi số quốc gia, cả năm 2025 NDXP ghi nhận 1,12 tỷ giao dịch, tăng 27% so với năm 2024; bình quân mỗi ngày có khoảng 3,07 triệu giao dịch. Trong đó, Cơ sở dữ liệu quốc gia về dân cư đáp ứng hơn 640 triệu yêu cầu tra cứu, xác thực thông tin công dân.

Lũy kế từ khi đưa vào vận hành năm 2019 đến ngày 31/12/2025, NDXP đã thực hiện hơn 4,05 tỷ giao dịch. Tính đến hết năm 2025, NDXP đã kết nối với 52 bộ, ngành, địa phương và thiết lập 1.286 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Năm 2026, Cục đặt mục tiêu 100% cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành được kết nối qua NDXP và nâng công suất xử lý lên 10 triệu giao dịch/ngày.""",
        "2026-01-12",
        [
            ("ndxp_transactions_period", "national", "year", "2025-12-31", 1120000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-12-31", 3070000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-12-31", 4050000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-12-31", 52.0),
            ("ndxp_connection_points", "national", "as_of", "2025-12-31", 1286.0),
        ],
    ),
    # 6. Cybersecurity monthly news (Sept 2025): attacks of the month, the Sept-2024 comparison in parentheses, botnet IPs at month end.
    #    Traps: attack-type sub-counts after "Trong đó", percentage changes, a regional vendor figure.
    (
        """Tháng 9/2025: Ghi nhận 512 cuộc tấn công mạng gây sự cố

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), trong tháng 9/2025, hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 512 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 14,2% so với tháng 8. Trong đó có 287 cuộc tấn công lừa đảo (Phishing), 168 cuộc tấn công thay đổi giao diện (Deface) và 57 cuộc tấn công cài mã độc (Malware). So với cùng kỳ năm trước (tháng 9/2024 có 651 cuộc), số vụ tấn công đã giảm đáng kể.

Tính đến cuối tháng 9/2025, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 318.540, giảm 4,1% so với tháng trước.

Một hãng bảo mật quốc tế cho biết trong quý III, khu vực Đông Nam Á ghi nhận hơn 2,1 triệu cuộc tấn công ransomware nhắm vào doanh nghiệp. NCSC khuyến nghị các cơ quan, tổ chức thường xuyên rà soát, vá lỗ hổng và không mở các tệp đính kèm không rõ nguồn gốc.""",
        "2025-10-06",
        [
            ("cyberattacks", "national", "month", "2025-09-30", 512.0),
            ("cyberattacks", "national", "month", "2024-09-30", 651.0),
            ("botnet_ips", "national", "as_of", "2025-09-30", 318540.0),
        ],
    ),
    # 7. Tax department news: cumulative e-invoices since 7/2022 at 30/9/2025.
    #    Traps: coded/uncoded sub-counts after "trong đó", cash-register invoices, businesses using e-invoices, petrol stations (no id).
    (
        """Hơn 11,2 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

Theo Cục Thuế (Bộ Tài chính), kể từ khi triển khai hóa đơn điện tử trên toàn quốc theo Nghị định 123/2020/NĐ-CP (tháng 7/2022) đến ngày 30/9/2025, cơ quan thuế đã tiếp nhận và xử lý hơn 11,2 tỷ hóa đơn, trong đó có 3,9 tỷ hóa đơn có mã của cơ quan thuế và 7,3 tỷ hóa đơn không có mã.

Hiện có hơn 1,2 triệu doanh nghiệp, tổ chức kinh tế và hộ, cá nhân kinh doanh đang sử dụng hóa đơn điện tử. Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đã có gần 141.000 người nộp thuế đăng ký sử dụng với hơn 2,4 tỷ hóa đơn. Đối với lĩnh vực kinh doanh xăng dầu, 100% cửa hàng đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng.

Cục Thuế cho biết sẽ tiếp tục ứng dụng trí tuệ nhân tạo trong phân tích dữ liệu hóa đơn để phát hiện sớm các hành vi mua bán hóa đơn bất hợp pháp.""",
        "2025-10-20",
        [
            ("e_invoices_total", "national", "as_of", "2025-09-30", 11200000000.0),
        ],
    ),
    # 8. Đề án 06 working-group meeting (Aug 2025): ID cards, VNeID accounts, essential services, personal-ID dossiers at 10/8.
    #    Traps: level-2 sub-count, VNeID activation share and log-ins (no id), remaining 19 services, number of tasks.
    (
        """Tổ công tác Đề án 06 họp đánh giá tiến độ tháng 8/2025

(PLO) - Ngày 14/8, Tổ công tác triển khai Đề án 06 của Chính phủ họp trực tuyến với các bộ, ngành, địa phương để đánh giá kết quả triển khai 7 tháng đầu năm.

Báo cáo tại cuộc họp cho biết, tính đến ngày 10/8/2025, Bộ Công an đã cấp 89,4 triệu thẻ căn cước, căn cước công dân gắn chip; kích hoạt 62,1 triệu tài khoản định danh điện tử VNeID, trong đó có 54,7 triệu tài khoản mức độ 2. Tỷ lệ kích hoạt tài khoản định danh điện tử đạt khoảng 83% dân số trong độ tuổi; ứng dụng VNeID đã có hơn 1,1 tỷ lượt truy cập.

Cũng tính đến ngày 10/8/2025, đã có 57/76 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 19 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện. Tỷ lệ hồ sơ thủ tục hành chính gắn với số định danh cá nhân tại thời điểm này đạt 96,4%.

Kết luận cuộc họp, Tổ trưởng Tổ công tác giao 12 nhiệm vụ cụ thể cho các bộ, ngành, yêu cầu hoàn thành cung cấp toàn trình các dịch vụ còn lại trong quý IV/2025.""",
        "2025-08-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-08-10", 89400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-08-10", 62100000.0),
            ("essential_services_full_process", "national", "as_of", "2025-08-10", 57.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-08-10", 96.4),
        ],
    ),
    # 9. Quảng Ninh half-year review (6 months 2025): the province's rates as half.
    #    Traps: Hạ Long's own rate, DTI rank (no id), year-end target.
    (
        """Quảng Ninh: Nhiều chỉ số chuyển đổi số tiếp tục dẫn đầu

Cập nhật: 12/07/2025

6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình của tỉnh Quảng Ninh đạt 84,3%; tỷ lệ trả kết quả giải quyết thủ tục hành chính điện tử đạt 100%; tỷ lệ hồ sơ có sử dụng lại thông tin, dữ liệu đã được số hóa đạt 88,6%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,2%.

Trong số các địa phương cấp huyện, thành phố Hạ Long dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,1%. Quảng Ninh tiếp tục giữ vị trí số 1 cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024.

Tỉnh phấn đấu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 90% và 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Thu Hằng (Trung tâm Truyền thông tỉnh)""",
        "2025-07-12",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2025-06-30", 84.3),
            ("e_result_rate", "Quảng Ninh", "half", "2025-06-30", 100.0),
            ("data_reuse_rate", "Quảng Ninh", "half", "2025-06-30", 88.6),
            ("satisfaction_rate", "Quảng Ninh", "half", "2025-06-30", 98.2),
        ],
    ),
    # 10. Telecom statistics news: subscriptions, per-100 densities, smartphone share, FTTH households at end of October 2025.
    #    Traps: Viettel's market share, growth since end-2024 in subscriptions.
    (
        """Hạ tầng viễn thông: 24,6 triệu thuê bao băng rộng cố định

Theo số liệu của Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 10/2025, cả nước có 24,6 triệu thuê bao băng rộng cố định, tương đương 24,3 thuê bao/100 dân, tăng 1,2 triệu thuê bao so với cuối năm 2024. Số thuê bao băng rộng di động đạt 92,4 triệu, tương đương 91,5 thuê bao/100 dân.

Cũng đến hết tháng 10/2025, tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 89,6%; tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đạt 84,1%.

Trên thị trường di động, Viettel tiếp tục dẫn đầu với 53,7% thị phần thuê bao, tiếp theo là VNPT và MobiFone. Cục Viễn thông cho biết sẽ đẩy mạnh tắt sóng 2G, hỗ trợ người dân chuyển sang điện thoại thông minh trong năm 2026.""",
        "2025-11-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-10-31", 24600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-10-31", 24.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-10-31", 92400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-10-31", 91.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-10-31", 89.6),
            ("ftth_household_rate", "national", "as_of", "2025-10-31", 84.1),
        ],
    ),
    # 11. Ookla August 2025 speeds: mobile and fixed download medians, plus the Aug-2024 comparison in parentheses.
    #    Traps: upload speeds, speed ranks, UAE and Singapore figures.
    (
        """Tốc độ Internet di động Việt Nam tăng gần gấp đôi sau một năm có 5G

Theo báo cáo Speedtest Global Index tháng 8/2025 của Ookla vừa công bố, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 146,23 Mbps, xếp thứ 18/105 quốc gia; tốc độ tải lên đạt 32,41 Mbps. So với tháng 8/2024 (74,56 Mbps), tốc độ tải xuống di động đã tăng gần gấp đôi, chủ yếu nhờ các nhà mạng mở rộng vùng phủ 5G.

Với băng rộng cố định, tốc độ tải xuống trung vị của Việt Nam trong tháng 8/2025 đạt 190,52 Mbps, xếp thứ 28/154; tốc độ tải lên đạt 187,96 Mbps.

Dẫn đầu bảng xếp hạng di động vẫn là UAE với 546,1 Mbps, trong khi Singapore đứng đầu về băng rộng cố định với hơn 400 Mbps.""",
        "2025-09-25",
        [
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 146.23),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 74.56),
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 190.52),
        ],
    ),
    # 12. Interview (Q&A) with a department head: digital-economy share and growth for 2024.
    #    Traps: the 2030 target of Resolution 57, B2C e-commerce in USD, Indonesia's share of the region.
    (
        """KINH TẾ SỐ: CẦN THỂ CHẾ ĐI TRƯỚC MỘT BƯỚC

(Phỏng vấn)

Nghị quyết 57-NQ/TW đặt mục tiêu quy mô kinh tế số đạt tối thiểu 30% GDP vào năm 2030. Phóng viên đã có cuộc trao đổi với lãnh đạo Vụ Kinh tế số và Xã hội số xung quanh chủ đề này.

- Thưa ông, kinh tế số Việt Nam hiện đang ở đâu so với mục tiêu?

- Theo số liệu của Cục Thống kê, năm 2024 tỷ trọng kinh tế số trong GDP của Việt Nam đạt 18,3%; kinh tế số năm 2024 tăng trưởng 13,2%, gấp khoảng 2 lần tốc độ tăng trưởng GDP. Như vậy, để đạt 30% vào năm 2030, mỗi năm tỷ trọng phải tăng thêm khoảng 2 điểm phần trăm. Đây là thách thức rất lớn.

- Động lực chính sẽ đến từ đâu, thưa ông?

- Thương mại điện tử vẫn là đầu kéo, quy mô thị trường bán lẻ trực tuyến năm 2024 đạt khoảng 25 tỷ USD. Nhưng trong trung hạn, phần tăng trưởng lớn phải đến từ kinh tế số ngành, tức là số hóa sản xuất, nông nghiệp, logistics. Ở khu vực, Indonesia hiện chiếm khoảng 40% quy mô kinh tế số Đông Nam Á; chúng ta cần có chiến lược riêng chứ không thể đi theo lối mòn.

- Xin cảm ơn ông!

Mai Phương (thực hiện)""",
        "2025-06-02",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 13.2),
        ],
    ),
    # 13. Notice of conclusions (Oct 2025, no sidecar date: the notice dates itself): 9-month national dossier rates; full-process share after "trong đó" is its own indicator.
    #    Traps: count of provinces below 30%, 15 tasks, the 31/12 target of 60%.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 548/TB-VPCP

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính, cung cấp dịch vụ công trực tuyến

Ngày 10 tháng 10 năm 2025, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp về tình hình cải cách thủ tục hành chính, cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Phó Thủ tướng kết luận như sau:

1. Đánh giá cao nỗ lực của các bộ, ngành, địa phương. 9 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 52,7%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 36,5%.

2. Tuy nhiên, kết quả chưa đồng đều, vẫn còn 9/34 địa phương có tỷ lệ hồ sơ trực tuyến toàn trình dưới 30%.

3. Giao 15 nhiệm vụ cụ thể cho các bộ, ngành, địa phương; yêu cầu đến ngày 31/12/2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.""",
        None,
        [
            ("online_dossier_rate", "national", "ytd", "2025-09-30", 52.7),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 38.9),
            ("data_reuse_rate", "national", "ytd", "2025-09-30", 36.5),
        ],
    ),
    # 14. Year-end review of 2025 (published Jan 2026): yearly satisfaction and adult-use rates, procedure shares at 31/12/2025.
    #    Traps: point change vs 2024, 2026 targets.
    (
        """Cải cách hành chính năm 2025: Người dân hài lòng hơn

Thứ Năm, 08/01/2026

Năm 2025, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 56,7%, tăng 11,2 điểm phần trăm so với năm 2024; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 91,4%.

Tính đến ngày 31/12/2025, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 96,8%, trong đó tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 58,3%.

Năm 2026, Chính phủ phấn đấu tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 70%, mức độ hài lòng đạt trên 95%.""",
        "2026-01-08",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2025-12-31", 56.7),
            ("satisfaction_rate", "national", "year", "2025-12-31", 91.4),
            ("dvctt_rate", "national", "as_of", "2025-12-31", 96.8),
            ("dvctt_full_process_rate", "national", "as_of", "2025-12-31", 58.3),
        ],
    ),
    # 15. State Bank news on financial inclusion at 30/6/2025: Mobile Money customers and adults' account share.
    #    Traps: rural sub-count after "trong đó", one operator's customers, transaction counts (no id), the exceeded 80% target.
    (
        """Mobile Money: 11,3 triệu khách hàng sau hơn bốn năm thí điểm

Theo Ngân hàng Nhà nước, tính đến ngày 30/6/2025, số lượng khách hàng sử dụng dịch vụ Mobile Money đạt 11,3 triệu, trong đó 7,4 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money có hơn 8 triệu khách hàng đăng ký. Trong 6 tháng đầu năm, số giao dịch qua Mobile Money đạt khoảng 1,04 tỷ giao dịch.

Cũng tính đến ngày 30/6/2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,4%, vượt mục tiêu 80% đề ra trong Chiến lược tài chính toàn diện quốc gia đến năm 2025.""",
        "2025-08-05",
        [
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 11300000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.4),
        ],
    ),
    # 16. Dead-zone villages programme at end-September 2025: covered share and the remaining villages (a level, kept).
    #    Traps: 1.862/1.987 covered count (no id), the year-end goal.
    (
        """Còn 125 thôn, bản chưa có sóng di động

Theo Bộ Khoa học và Công nghệ, đến hết tháng 9/2025, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.862/1.987 thôn, bản lõm sóng có điện lưới, đạt 93,7%. Như vậy, tính đến ngày 30/9/2025, cả nước còn 125 thôn, bản chưa có sóng, tập trung chủ yếu tại các xã biên giới, vùng núi cao phía Bắc và Tây Nguyên.

Bộ yêu cầu các doanh nghiệp hoàn thành phủ sóng toàn bộ số thôn, bản còn lại trước ngày 31/12/2025; đồng thời phối hợp với chính quyền địa phương hỗ trợ học sinh vùng khó khăn có thiết bị học tập trực tuyến.""",
        "2025-10-09",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-09-30", 93.7),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-09-30", 125.0),
        ],
    ),
    # 17. Ministry monthly report (Oct 2025, window 16/9-15/10): ministries vs localities dossier rates, and one province named.
    #    Traps: two named ministries' own rates (not labelled), month-on-month point change.
    (
        """Trích Báo cáo tháng 10/2025 về tình hình cung cấp dịch vụ công trực tuyến

Trong tháng 10/2025 (từ ngày 16/9/2025 đến ngày 15/10/2025), tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 71,2%; khối địa phương đạt 54,6%, tăng 1,8 điểm phần trăm so với tháng trước. Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 58,4%, khối địa phương đạt 41,3%.

Một số bộ có tỷ lệ hồ sơ trực tuyến cao như Bộ Công an (96,7%), Bộ Tài chính (93,5%). Ở khối địa phương, dẫn đầu là Bắc Ninh với tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,5%; một số địa phương miền núi vẫn ở mức dưới 30%.""",
        "2025-10-23",
        [
            ("online_dossier_rate", "ministries", "month", "2025-10-15", 71.2),
            ("online_dossier_rate", "localities", "month", "2025-10-15", 54.6),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-10-15", 58.4),
            ("online_dossier_full_process_rate", "localities", "month", "2025-10-15", 41.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-10-15", 88.5),
        ],
    ),
    # 18. Half-year information-security report: security-level approvals (national and the ministries/localities split) and EMC connection at 30/6/2025.
    #    Traps: count of drills, 100% SOC deployment (no id), year-end deadline.
    (
        """Sơ kết 6 tháng công tác bảo đảm an toàn thông tin mạng

Tính đến ngày 30/6/2025, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin đạt 94,2%. Khối bộ, ngành đạt 97,1%; khối địa phương đạt 92,5%.

Cũng đến ngày 30/6/2025, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ số (EMC) đạt 88,2%.

Trong 6 tháng, các cơ quan chức năng đã tổ chức 14 cuộc diễn tập thực chiến an toàn thông tin; 100% bộ, ngành đã triển khai trung tâm giám sát an toàn thông tin (SOC). Các đơn vị còn lại được yêu cầu hoàn thành phê duyệt cấp độ trước ngày 31/12/2025.""",
        "2025-07-18",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 94.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-06-30", 97.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-06-30", 92.5),
            ("emc_connection_rate", "national", "as_of", "2025-06-30", 88.2),
        ],
    ),
    # 19. Hà Nội, 11 months of 2025 (city newspaper): ytd dossier rates; "Hiện nay" provision share dated by the page.
    #    Traps: total dossiers received (no id), a ward's rate, the number of communes and wards, 2026 target.
    (
        """HÀ NỘI MỚI
Thủ đô | Chính trị | Kinh tế | Đô thị

Hà Nội: 11 tháng, gần 90% hồ sơ được xử lý trực tuyến

10/12/2025 06:30

Theo Sở Khoa học và Công nghệ Hà Nội, 11 tháng năm 2025, các cơ quan hành chính trên địa bàn thành phố đã tiếp nhận 3,86 triệu hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ được xử lý trực tuyến đạt 89,7%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,5%.

Hiện nay, 100% thủ tục hành chính đủ điều kiện đã được thành phố cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. Tại 126 xã, phường, bộ phận một cửa được trang bị máy tính, máy quét phục vụ người dân tự nộp hồ sơ; phường Hoàn Kiếm đạt tỷ lệ hồ sơ trực tuyến 99,2%, cao nhất thành phố.

Năm 2026, Hà Nội phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 85%.

Phương Nhi""",
        "2025-12-10",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-11-30", 89.7),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2025-11-30", 72.5),
            ("full_process_provision_rate", "Hà Nội", "as_of", "2025-12-10", 100.0),
        ],
    ),
    # 20. Government Office news (Apr 2025): provinces with fee reductions and procedures cut "đến nay".
    #    Traps: 316 procedures still pending (remainder), Resolution 66's 30% target, count of resolutions.
    (
        """Văn phòng Chính phủ: 63/63 địa phương đã giảm phí, lệ phí khi làm thủ tục trực tuyến

Văn phòng Chính phủ cho biết, đến nay 63/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành nghị quyết của Hội đồng nhân dân về việc giảm phí, lệ phí khi người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.

Đối với 1.084 thủ tục hành chính thuộc phạm vi 5 nghị quyết chuyên đề của Chính phủ, tính đến nay các bộ, ngành đã cắt giảm, đơn giản hóa 768 thủ tục; còn 316 thủ tục chưa được thực thi phương án cắt giảm do vướng quy định tại luật, nghị định.

Thời gian tới, thực hiện Nghị quyết 66/NQ-CP, các bộ, ngành phải cắt giảm ít nhất 30% thời gian giải quyết và 30% chi phí tuân thủ thủ tục hành chính trong năm 2025.""",
        "2025-04-08",
        [
            ("localities_fee_reduction", "national", "as_of", "2025-04-08", 63.0),
            ("procedures_simplified", "national", "as_of", "2025-04-08", 768.0),
        ],
    ),
    # 21. Quarter III/2025 national review: services with dossiers and full-process dossier share, with the Q2 comparison in parentheses.
    #    Traps: point change, the average score of the service index (no id).
    (
        """Quý III/2025: Tỷ lệ hồ sơ trực tuyến toàn trình tăng mạnh

Theo đánh giá trên Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ số (EMC), quý III/2025, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 61,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,9% (quý II/2025: 40,2%), tăng 4,7 điểm phần trăm.

Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, điểm trung bình của các địa phương trong quý III đạt 78,6/100 điểm, của các bộ, ngành đạt 74,2/100 điểm. Việc sắp xếp chính quyền địa phương hai cấp từ 1/7 bước đầu không làm gián đoạn việc tiếp nhận, giải quyết thủ tục hành chính.""",
        "2025-10-28",
        [
            ("dvctt_with_dossiers_rate", "national", "quarter", "2025-09-30", 61.5),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-09-30", 44.9),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-06-30", 40.2),
        ],
    ),
    # 22. Lâm Đồng half-year review published 20/8: "hiện nay" 5G stations dated at the half's end (review ends >35 days before the page).
    #    Traps: Viettel Lâm Đồng's stations, year-end 1.500-station target, a former district's rate.
    (
        """Lâm Đồng: Hạ tầng số đi trước một bước

Sở Khoa học và Công nghệ tỉnh Lâm Đồng vừa có báo cáo sơ kết 6 tháng đầu năm 2025 về chuyển đổi số. Theo đó, 6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh đạt 78,2%; huyện Đạ Huoai (cũ) đạt 95,4%, cao nhất tỉnh.

Hạ tầng viễn thông tiếp tục được các doanh nghiệp đầu tư mạnh. Hiện nay, toàn tỉnh có 1.046 trạm phát sóng 5G, riêng Viettel Lâm Đồng đã phát sóng 620 trạm. Tỉnh đặt mục tiêu đến cuối năm 2025 nâng tổng số trạm 5G lên khoảng 1.500 trạm, phủ sóng toàn bộ trung tâm các xã, phường.""",
        "2025-08-20",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2025-06-30", 78.2),
            ("fiveg_bts_count", "Lâm Đồng", "as_of", "2025-06-30", 1046.0),
        ],
    ),
    # 23. News on the UN e-government ranking, saved without a date (the editions date the ranks): the 2024 edition's rank and the 2022 rank in parentheses.
    #    Traps: rank change in places, ASEAN position, other countries' ranks, 2030 target.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử: Cần giữ đà bứt phá

Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ khảo sát năm 2022 (86/193). Lần đầu tiên Việt Nam được xếp vào nhóm có chỉ số EGDI "rất cao".

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei. Đan Mạch tiếp tục dẫn đầu thế giới, Singapore xếp thứ 3.

Theo Chiến lược phát triển Chính phủ số, Việt Nam phấn đấu đến năm 2030 lọt vào nhóm 50 quốc gia dẫn đầu về EGDI.""",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 24. Ministry report for January 2026 (calendar month): portal flows, accounts at month end, NDXP month flow, cyberattacks.
    #    Traps: year-on-year change, change vs December, Tết-related guidance.
    (
        """BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ THÁNG 01/2026 (TÓM TẮT)

1. Dịch vụ công trực tuyến: Trong tháng 01/2026, Cổng Dịch vụ công quốc gia tiếp nhận 1,62 triệu hồ sơ trực tuyến, tăng 5,3% so với cùng kỳ; có thêm 498.700 tài khoản đăng ký. Đến hết tháng 01/2026, Cổng có 23,1 triệu tài khoản đăng ký.

2. Dữ liệu: Trong tháng 01/2026, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 97,8 triệu giao dịch.

3. An toàn thông tin: Trong tháng 01/2026 ghi nhận 438 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam, giảm 9,5% so với tháng 12/2025. Dịp Tết Nguyên đán Bính Ngọ, các đơn vị chuyên trách được yêu cầu trực 24/7, đề phòng các chiến dịch lừa đảo trực tuyến.""",
        "2026-02-10",
        [
            ("national_portal_dossiers_new", "national", "month", "2026-01-31", 1620000.0),
            ("national_portal_accounts_new", "national", "month", "2026-01-31", 498700.0),
            ("national_portal_accounts", "national", "as_of", "2026-01-31", 23100000.0),
            ("ndxp_transactions_period", "national", "month", "2026-01-31", 97800000.0),
            ("cyberattacks", "national", "month", "2026-01-31", 438.0),
        ],
    ),
    # 25. Report appendix table (Sept 2025): columns "Tháng 9/2025" and "Lũy kế 9 tháng" date their values; a cumulative line at 30/9.
    #    Traps: none beyond keeping month vs ytd columns apart.
    (
        """PHỤ LỤC
SỐ LIỆU VẬN HÀNH CỔNG DỊCH VỤ CÔNG QUỐC GIA
(Kèm theo Báo cáo tháng 9/2025)

| STT | Chỉ tiêu | Tháng 9/2025 | Lũy kế 9 tháng năm 2025 |
|---|---|---|---|
| 1 | Tài khoản đăng ký mới | 602.114 | 5.318.240 |
| 2 | Hồ sơ trực tuyến tiếp nhận qua Cổng | 1.702.455 | 14.906.337 |
| 3 | Giao dịch thanh toán trực tuyến | 2.981.006 | 25.447.912 |
| 4 | Số tiền thanh toán trực tuyến (tỷ đồng) | 2.206 | 19.884 |

Ghi chú: Lũy kế từ khi triển khai đến ngày 30/9/2025 có 45.902.318 giao dịch thanh toán trực tuyến với số tiền 27.641 tỷ đồng.""",
        "2025-10-16",
        [
            ("national_portal_accounts_new", "national", "month", "2025-09-30", 602114.0),
            ("national_portal_accounts_new", "national", "ytd", "2025-09-30", 5318240.0),
            ("national_portal_dossiers_new", "national", "month", "2025-09-30", 1702455.0),
            ("national_portal_dossiers_new", "national", "ytd", "2025-09-30", 14906337.0),
            ("online_payments_count_new", "national", "month", "2025-09-30", 2981006.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 25447912.0),
            ("online_payments_value_new", "national", "month", "2025-09-30", 2206.0),
            ("online_payments_value_new", "national", "ytd", "2025-09-30", 19884.0),
            ("online_payments_count", "national", "as_of", "2025-09-30", 45902318.0),
            ("online_payments_value", "national", "as_of", "2025-09-30", 27641.0),
        ],
    ),
    # 26. Bắc Ninh year-end 2025 (provincial paper, Jan 2026): digital economy share of GRDP and its growth, full-process dossiers for the year.
    #    Traps: electronics exports in USD, DTI rank, 2030 target of 40% GRDP.
    (
        """BẮC NINH: KINH TẾ SỐ CHIẾM HƠN 31% GRDP

Năm 2025 - năm đầu tiên tỉnh Bắc Ninh mới đi vào hoạt động sau sáp nhập - kinh tế số tiếp tục là điểm sáng. Theo Sở Tài chính, năm 2025 kinh tế số của tỉnh ước chiếm 31,2% GRDP, tốc độ tăng trưởng kinh tế số đạt 15,4%. Kim ngạch xuất khẩu nhóm hàng điện tử, máy tính và linh kiện đạt trên 50 tỷ USD, chủ yếu từ khối doanh nghiệp FDI.

Về chính quyền số, cả năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,9%. Bắc Ninh hiện nằm trong nhóm 5 địa phương dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh.

Tỉnh đặt mục tiêu đến năm 2030 kinh tế số chiếm 40% GRDP.

Tin, ảnh: Ngọc Hà""",
        "2026-01-15",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2025-12-31", 31.2),
            ("digital_economy_growth", "Bắc Ninh", "year", "2025-12-31", 15.4),
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2025-12-31", 68.9),
        ],
    ),
    # 27. Cybersecurity year review 2025: attacks of the year, botnet IPs and approval share at 31/12/2025.
    #    Traps: phishing sub-count after "Trong đó", fraud losses in tỷ đồng (no id), year change, 2026 target.
    (
        """Toàn cảnh an ninh mạng Việt Nam năm 2025

Năm 2025, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận 5.816 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,6% so với năm 2024. Trong đó, tấn công lừa đảo (Phishing) chiếm nhiều nhất với 3.102 cuộc.

Tính đến ngày 31/12/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 286.412; tỷ lệ hệ thống thông tin của cơ quan nhà nước được phê duyệt hồ sơ đề xuất cấp độ đạt 96,5%.

Thiệt hại do lừa đảo trực tuyến gây ra trong năm ước khoảng 18.900 tỷ đồng. Năm 2026, cơ quan chức năng đặt mục tiêu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo vệ theo 4 lớp.""",
        "2026-01-06",
        [
            ("cyberattacks", "national", "year", "2025-12-31", 5816.0),
            ("botnet_ips", "national", "as_of", "2025-12-31", 286412.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-12-31", 96.5),
        ],
    ),
    # 28. Interview with Nghệ An's chairman (Nov 2025): the province's Q3 dossier rates.
    #    Traps: a commune's rate, number of communes, the year-end 80% goal.
    (
        """Chủ tịch UBND tỉnh Nghệ An: "Không để người dân phải đi lại nhiều lần"

Sau hơn bốn tháng vận hành chính quyền địa phương hai cấp, Nghệ An đã đạt những kết quả gì trong cải cách thủ tục hành chính? Phóng viên đã có cuộc trò chuyện với Chủ tịch UBND tỉnh.

PV: Thưa ông, việc giải quyết thủ tục hành chính ở cấp xã sau sắp xếp đang diễn ra thế nào?

Chủ tịch UBND tỉnh: Toàn tỉnh hiện có 130 xã, phường. Quý III/2025 - quý đầu tiên vận hành mô hình mới - tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 68,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,2%. Dù vậy, vẫn có những xã miền núi như xã Con Cuông mới đạt 42% vì người dân chưa quen, sóng di động chưa ổn định.

PV: Tỉnh có giải pháp gì trong thời gian tới?

Chủ tịch UBND tỉnh: Chúng tôi phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt 80%, đồng thời huy động đoàn viên thanh niên hướng dẫn bà con tại bộ phận một cửa.

PV: Xin cảm ơn ông!""",
        "2025-11-05",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-09-30", 68.4),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2025-09-30", 47.2),
        ],
    ),
    # 29. Ministry's half-year conference (July 2025): H1 portal payments on _new twins, H1 full-process share, 5G stations at 30/6.
    #    Traps: ICT industry revenue and electronics exports (no id), a 2025 target.
    (
        """Bộ Khoa học và Công nghệ sơ kết 6 tháng đầu năm 2025

Ngày 8/7, Bộ Khoa học và Công nghệ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025. Doanh thu công nghiệp công nghệ số 6 tháng ước đạt 1,9 triệu tỷ đồng; xuất khẩu phần cứng, điện tử đạt 72 tỷ USD.

Về chuyển đổi số, 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia ghi nhận 16,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền 13.105 tỷ đồng; tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 35,7%.

Về hạ tầng số, tính đến ngày 30/6/2025, cả nước có 14.200 trạm phát sóng 5G. Bộ đặt mục tiêu năm 2025 có 100% hộ gia đình được phủ cáp quang và 5G đạt 90% dân số.""",
        "2025-07-09",
        [
            ("online_payments_count_new", "national", "half", "2025-06-30", 16500000.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 13105.0),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 35.7),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 14200.0),
        ],
    ),
    # 30. Thái Nguyên Đề án 06 results at 31/8/2025: the province's VNeID accounts and personal-ID dossier share.
    #    Traps: activation share of the population (no id), child ID cards issued in August (sub-group flow), VNeID usage counts.
    (
        """Thái Nguyên: Hơn 1 triệu tài khoản định danh điện tử được kích hoạt

Theo Công an tỉnh Thái Nguyên, tính đến ngày 31/8/2025, toàn tỉnh đã kích hoạt 1,08 triệu tài khoản định danh điện tử, tỷ lệ kích hoạt đạt 92% dân số từ 14 tuổi trở lên. Cũng đến ngày 31/8/2025, tỷ lệ hồ sơ thủ tục hành chính của tỉnh gắn với số định danh cá nhân đạt 99,6%.

Riêng trong tháng 8, Công an tỉnh đã cấp 15.200 thẻ căn cước cho trẻ em dưới 14 tuổi để phục vụ nhập học. Ứng dụng VNeID trên địa bàn tỉnh ghi nhận 4,6 triệu lượt sử dụng các tiện ích.""",
        "2025-09-12",
        [
            ("vneid_activated_accounts", "Thái Nguyên", "as_of", "2025-08-31", 1080000.0),
            ("dossiers_with_personal_id_rate", "Thái Nguyên", "as_of", "2025-08-31", 99.6),
        ],
    ),
    # 31. Telecom news (Dec 2025): smartphone subscriptions count and share at 30/11/2025.
    #    Traps: a survey's share of adults owning a smartphone (people, not subscriptions), 2G-only subscriptions left, handset-support plan.
    (
        """Gần 97 triệu thuê bao di động đã dùng điện thoại thông minh

Theo Cục Viễn thông, tính đến ngày 30/11/2025, cả nước có 96,8 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 89,9% tổng số thuê bao di động. Hiện vẫn còn khoảng 6,7 triệu thuê bao chỉ sử dụng điện thoại 2G, chủ yếu là người cao tuổi và người dân vùng sâu, vùng xa.

Một khảo sát do một công ty nghiên cứu thị trường thực hiện cuối năm 2025 cho thấy 84% người trưởng thành tại Việt Nam sở hữu điện thoại thông minh.

Để hỗ trợ lộ trình dừng công nghệ 2G, các nhà mạng cam kết tặng và trợ giá khoảng 1 triệu máy điện thoại 4G cho các hộ nghèo, hộ cận nghèo trong năm 2026.""",
        "2025-12-18",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-11-30", 96800000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-11-30", 89.9),
        ],
    ),
    # 32. Provincial feature on a commune (Tây Ninh, Nov 2025) that also gives the province's October rate.
    #    Traps: the commune's rate and dossier count, community tech-team members, the commune's goal.
    (
        """BÁO TÂY NINH
Xã hội | Cải cách hành chính

Xã Tân Lập: Một cửa "không giấy" sau sắp xếp

Thứ Bảy, 08/11/2025 - 09:05

Mới 7 giờ sáng, bộ phận một cửa xã Tân Lập đã có người dân đến làm thủ tục. Thay vì xếp hàng nộp giấy tờ, bà con được các thành viên tổ công nghệ số cộng đồng hướng dẫn nộp hồ sơ trên điện thoại qua ứng dụng VNeID và Cổng Dịch vụ công quốc gia.

Theo lãnh đạo UBND xã, từ ngày 1/7 đến nay, xã đã tiếp nhận 3.412 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 96%. Toàn xã có 48 thành viên tổ công nghệ số cộng đồng, tỉnh có hơn 1.250 thành viên.

Theo Sở Khoa học và Công nghệ, trong tháng 10/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của toàn tỉnh Tây Ninh đạt 81,5%. Xã Tân Lập phấn đấu đến cuối năm 100% hồ sơ được nộp trực tuyến.

Bài, ảnh: Minh Tâm

Chia sẻ: Facebook | Zalo | In bài""",
        "2025-11-08",
        [
            ("online_dossier_rate", "Tây Ninh", "month", "2025-10-31", 81.5),
        ],
    ),
    # 33. Regional comparison (Jan 2026): Viet Nam's 5G coverage and stations at 31/12/2025.
    #    Traps: Thailand's coverage, Korea's 5G speed, 5G subscriber count (no id), MobiFone's stations.
    (
        """5G Việt Nam sau 15 tháng: Bắt kịp khu vực

Tính đến ngày 31/12/2025, vùng phủ sóng 5G tại Việt Nam đạt 91% dân số với khoảng 31.800 trạm phát sóng, đưa Việt Nam vào nhóm các nước triển khai 5G nhanh nhất Đông Nam Á. Số thuê bao sử dụng dịch vụ 5G đã vượt 12 triệu. Riêng MobiFone đã phát sóng hơn 4.000 trạm 5G trong năm 2025.

Tại Thái Lan, nơi 5G được thương mại hóa từ năm 2020, vùng phủ đã đạt khoảng 98% dân số. Hàn Quốc hiện có tốc độ 5G trung bình trên 400 Mbps.

Giới chuyên gia cho rằng bài toán tiếp theo của Việt Nam không chỉ là vùng phủ mà là các ứng dụng 5G trong công nghiệp, y tế, giáo dục.""",
        "2026-01-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 31800.0),
        ],
    ),
    # 34. Government report to the National Assembly (Oct 2025): provision and full-process shares of procedures, essential services at 15/10.
    #    Traps: business conditions cut (no id), decrees issued, 2026 target.
    (
        """Trích Báo cáo của Chính phủ gửi Quốc hội về công tác cải cách hành chính năm 2025

Tính đến ngày 15/10/2025, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 97,3%; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 56,9%. Đến cùng thời điểm, 68/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình.

Trong năm, Chính phủ đã ban hành 18 nghị định sửa đổi, bổ sung quy định liên quan đến thủ tục hành chính, cắt giảm 2.051 điều kiện kinh doanh. Năm 2026, phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2025-10-21",
        [
            ("full_process_provision_rate", "national", "as_of", "2025-10-15", 97.3),
            ("dvctt_full_process_rate", "national", "as_of", "2025-10-15", 56.9),
            ("essential_services_full_process", "national", "as_of", "2025-10-15", 68.0),
        ],
    ),
    # 35. Khánh Hòa digital-transformation plan for 2026: only the 2025 baselines are values.
    #    Traps: every 2026 target (full-process share, digital economy, 5G, adult use).
    (
        """UBND TỈNH KHÁNH HÒA
KẾ HOẠCH
Chuyển đổi số tỉnh Khánh Hòa năm 2026

I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025
Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,4%; kinh tế số ước chiếm 12,8% GRDP. Hạ tầng số được đầu tư đồng bộ tại các xã, phường, đặc khu sau sắp xếp.

II. MỤC TIÊU NĂM 2026
- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.
- Kinh tế số chiếm 15% GRDP.
- 100% xã, phường, đặc khu được phủ sóng 5G.
- Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 70%.

III. NHIỆM VỤ, GIẢI PHÁP
Các sở, ngành, địa phương xây dựng kế hoạch chi tiết, hoàn thành trước ngày 28/02/2026.""",
        "2026-01-20",
        [
            ("online_dossier_full_process_rate", "Khánh Hòa", "year", "2025-12-31", 62.4),
            ("digital_economy_gdp_share", "Khánh Hòa", "year", "2025-12-31", 12.8),
        ],
    ),
    # 36. Statistics office press conference on 2025 (Jan 2026): national digital-economy share and growth.
    #    Traps: GDP growth, the core ICT sub-share after "trong đó", e-commerce in USD.
    (
        """Cục Thống kê: Kinh tế số chiếm 19,1% GDP năm 2025

Tại họp báo công bố số liệu kinh tế - xã hội năm 2025 sáng 6/1, Cục Thống kê (Bộ Tài chính) cho biết GDP năm 2025 ước tăng 8,02% so với năm trước.

Quy mô kinh tế số năm 2025 ước chiếm 19,1% GDP, trong đó kinh tế số lõi (công nghệ thông tin - truyền thông) chiếm 12,4%. Kinh tế số năm 2025 ước tăng 14,5%, cao gần gấp đôi tốc độ tăng trưởng chung của nền kinh tế. Doanh thu thương mại điện tử bán lẻ ước đạt 31 tỷ USD.""",
        "2026-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.1),
            ("digital_economy_growth", "national", "year", "2025-12-31", 14.5),
        ],
    ),
    # 37. NDXP monthly item (June 2025 report, window 16/5-15/6): period flow, daily average over the window, connection points and cumulative at 15/6.
    #    Traps: month-on-month change, the population database's share of requests.
    (
        """NDXP: 86,3 triệu giao dịch trong tháng 6

Trong tháng 6/2025 (từ ngày 16/5 đến ngày 15/6/2025), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 86,3 triệu giao dịch, tăng 12% so với tháng 5, trung bình 2,78 triệu giao dịch/ngày. Khoảng 60% số giao dịch là yêu cầu xác thực thông tin công dân với Cơ sở dữ liệu quốc gia về dân cư.

Tính đến ngày 15/6/2025, NDXP đã thiết lập 1.214 điểm kết nối; lũy kế từ năm 2019 đạt 3,52 tỷ giao dịch.""",
        "2025-06-20",
        [
            ("ndxp_transactions_period", "national", "month", "2025-06-15", 86300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-15", 2780000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-06-15", 1214.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-15", 3520000000.0),
        ],
    ),
    # 38. Quarter II/2025 EMC review: e-result and data-reuse shares split ministries/localities.
    #    Traps: a named ministry's 100%, point change vs Q1.
    (
        """Theo số liệu trên Hệ thống EMC, quý II/2025, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của khối bộ, ngành đạt 94,8%, của khối địa phương đạt 87,3%. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của khối bộ, ngành đạt 41,2%; khối địa phương đạt 33,6%, tăng 6 điểm phần trăm so với quý I.

Một số bộ đạt kết quả cao, như Bộ Tư pháp cấp 100% kết quả điện tử. Tuy nhiên, việc tái sử dụng dữ liệu vẫn là điểm nghẽn, do nhiều cơ sở dữ liệu chuyên ngành chưa được kết nối, chia sẻ.""",
        "2025-07-25",
        [
            ("e_result_rate", "ministries", "quarter", "2025-06-30", 94.8),
            ("e_result_rate", "localities", "quarter", "2025-06-30", 87.3),
            ("data_reuse_rate", "ministries", "quarter", "2025-06-30", 41.2),
            ("data_reuse_rate", "localities", "quarter", "2025-06-30", 33.6),
        ],
    ),
    # 39. Hải Phòng, 10 months of 2025 (whole city-newspaper article): the city's ytd rates.
    #    Traps: PAR-index places gained, a special zone's rate, year-end target, related-news furniture.
    (
        """BÁO HẢI PHÒNG
Trang chủ > Chính trị > Cải cách hành chính

Hải Phòng: 10 tháng, tỷ lệ hồ sơ trực tuyến đạt 88,2%

14/11/2025 | 15:42

(HP) - Theo báo cáo của UBND thành phố, 10 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố Hải Phòng đạt 88,2%; tỷ lệ hồ sơ gắn với mã số định danh cá nhân đạt 99,1%; tỷ lệ cấp kết quả điện tử đạt 96,4%.

Chỉ số cải cách hành chính (PAR Index) năm 2024 của thành phố tăng 2 bậc so với năm trước. Sau khi sắp xếp, đặc khu Cát Hải đạt tỷ lệ hồ sơ trực tuyến 97,3%, thuộc nhóm cao nhất thành phố.

Thành phố phấn đấu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến đạt 92%.

Thanh Tùng

BÀI LIÊN QUAN
- Hải Phòng khai trương Trung tâm phục vụ hành chính công thành phố
- Đặc khu Bạch Long Vĩ phủ sóng 5G""",
        "2025-11-14",
        [
            ("online_dossier_rate", "Hải Phòng", "ytd", "2025-10-31", 88.2),
            ("dossiers_with_personal_id_rate", "Hải Phòng", "ytd", "2025-10-31", 99.1),
            ("e_result_rate", "Hải Phòng", "ytd", "2025-10-31", 96.4),
        ],
    ),
    # 40. State Bank press conference (Jan 2026): adults' account share and Mobile Money customers at end of 2025.
    #    Traps: QR and cashless growth rates, payment value as a multiple of GDP, cross-border QR with Cambodia.
    (
        """Ngân hàng Nhà nước: Thanh toán không dùng tiền mặt tiếp tục tăng mạnh

Tại họp báo triển khai nhiệm vụ ngân hàng năm 2026 ngày 13/1, đại diện Vụ Thanh toán cho biết, năm 2025 giao dịch thanh toán không dùng tiền mặt tăng 42% về số lượng; riêng thanh toán qua mã QR tăng 68%. Tổng giá trị thanh toán điện tử gấp khoảng 25 lần GDP.

Tính đến cuối năm 2025, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 88,6%; dịch vụ Mobile Money có 12,1 triệu khách hàng.

Ngân hàng Nhà nước cũng đã kết nối thanh toán QR song phương với Campuchia, Lào, Thái Lan và sẽ mở rộng sang Trung Quốc, Hàn Quốc trong năm 2026.""",
        "2026-01-13",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-12-31", 88.6),
            ("mobile_money_customers", "national", "as_of", "2025-12-31", 12100000.0),
        ],
    ),
    # 41. Year-end summary of the National Public Service Portal (Jan 2026): 2025 flows on _new twins, levels at 31/12/2025.
    #    Traps: year-on-year growth, number of services (no id), 2026 account target.
    (
        """Cổng Dịch vụ công quốc gia năm 2025: Những con số ấn tượng

Năm 2025, Cổng Dịch vụ công quốc gia có thêm 7,04 triệu tài khoản đăng ký, tiếp nhận 20,3 triệu hồ sơ trực tuyến, tăng 35% so với năm 2024. Người dân, doanh nghiệp đã thực hiện 34,9 triệu giao dịch thanh toán trực tuyến với số tiền 27.052 tỷ đồng.

Tính đến ngày 31/12/2025, Cổng có 22,6 triệu tài khoản đăng ký và tổng số 120,2 triệu hồ sơ trực tuyến đã được thực hiện qua Cổng; số dịch vụ công trực tuyến được tích hợp là 4.650.

Năm 2026, Văn phòng Chính phủ đặt mục tiêu Cổng có trên 30 triệu tài khoản và trở thành "điểm một cửa số" duy nhất cho người dân.""",
        "2026-01-09",
        [
            ("national_portal_accounts_new", "national", "year", "2025-12-31", 7040000.0),
            ("national_portal_dossiers_new", "national", "year", "2025-12-31", 20300000.0),
            ("online_payments_count_new", "national", "year", "2025-12-31", 34900000.0),
            ("online_payments_value_new", "national", "year", "2025-12-31", 27052.0),
            ("national_portal_accounts", "national", "as_of", "2025-12-31", 22600000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-12-31", 120200000.0),
        ],
    ),
    # 42. Quarter I/2026 review (April 2026): quarterly attacks and full-process share, 5G and village coverage at 31/3/2026.
    #    Traps: change vs Q4/2025, MobiFone's stations, 2026 targets.
    (
        """Quý I/2026: Hạ tầng số tiếp tục mở rộng, tấn công mạng giảm

Theo báo cáo của Bộ Khoa học và Công nghệ, quý I/2026, hệ thống kỹ thuật ghi nhận 1.274 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8% so với quý IV/2025. Tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc trong quý I/2026 đạt 53,8%.

Tính đến ngày 31/3/2026, cả nước có 38.600 trạm 5G, vùng phủ 5G đạt 94,5% dân số; 99,9% thôn, bản trên cả nước đã có sóng di động băng rộng. Riêng MobiFone đã nâng số trạm 5G lên 6.200 trạm.

Năm 2026, Bộ đặt mục tiêu phủ sóng 5G tới 99% dân số, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.""",
        "2026-04-08",
        [
            ("cyberattacks", "national", "quarter", "2026-03-31", 1274.0),
            ("online_dossier_full_process_rate", "national", "quarter", "2026-03-31", 53.8),
            ("fiveg_bts_count", "national", "as_of", "2026-03-31", 38600.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2026-03-31", 94.5),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2026-03-31", 99.9),
        ],
    ),
    # 43. A ministry's own results (Construction, Dec 2025): only the ministries' 11-month average is a value.
    #    Traps: the ministry's own full-process and online shares, its number of services, its online payments.
    (
        """Bộ Xây dựng: 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình

Theo Văn phòng Bộ Xây dựng, hiện Bộ đang cung cấp 312 dịch vụ công trực tuyến, trong đó 100% thủ tục hành chính đủ điều kiện đã được cung cấp toàn trình. 11 tháng năm 2025, tỷ lệ hồ sơ trực tuyến của Bộ đạt 92,3%, cao hơn đáng kể so với mức bình quân của khối bộ, ngành trong cùng kỳ là 69,8%.

Trong 11 tháng, Bộ đã tiếp nhận hơn 48.000 giao dịch thanh toán phí, lệ phí trực tuyến với tổng số tiền khoảng 215 tỷ đồng, chủ yếu trong lĩnh vực đăng kiểm, cấp giấy phép lái xe.""",
        "2025-12-05",
        [
            ("online_dossier_rate", "ministries", "ytd", "2025-11-30", 69.8),
        ],
    ),
]
