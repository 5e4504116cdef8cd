"""Genre probes, round 138: periods carried from bylines, stamps, comparisons and year-end reviews, written blind.

First reading (the stop's start code 53696a2 read it): 125 of 127 right, 125 of 132 found (0.98 / 0.95). Fitted after that reading (stop 48): 'quý IV' with no year in a January page, '…; tính chung cả năm 2023 đạt …' going on with the same measure, 'Hiện nay, tỉnh đang cung cấp …', dead zones counted then covered ('Trong số 1.800 thôn lõm sóng …, đạt 82,6%'), 'dịch vụ công thiết yếu theo Đề án 06, hiện đã có 47/76', one ministry's NDXP transactions: 132 of 133, 132 of 132.
"""

CASES = [
    # 1. Portal news page, date only in the update stamp; "tháng 5" and "31/5" take the stamp's year.
    # Traps: "tăng 6,1% so với tháng trước" (change), year-end target of 4,5 tỷ giao dịch.
    (
        """Nền tảng NDXP xử lý 92,4 triệu giao dịch trong tháng 5
Cập nhật: 08:35 | 07/06/2024

(Chinhphu.vn) - Theo số liệu Cục Chuyển đổi số quốc gia vừa công bố, trong tháng 5, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 92,4 triệu giao dịch, tăng 6,1% so với tháng trước. Bình quân mỗi ngày trong tháng có 2,98 triệu giao dịch được thực hiện qua nền tảng, chủ yếu là các giao dịch tra cứu, xác thực thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư và các giao dịch liên thông giữa các hệ thống giải quyết thủ tục hành chính.

Tính đến ngày 31/5, tổng số giao dịch lũy kế qua NDXP kể từ khi khai trương (năm 2019) đạt 3,96 tỷ giao dịch.

Theo Cục Chuyển đổi số quốc gia, thời gian tới đơn vị sẽ tiếp tục phối hợp với các bộ, ngành, địa phương rà soát, bổ sung các dịch vụ chia sẻ dữ liệu trên nền tảng, phấn đấu đến hết năm nay đạt mốc 4,5 tỷ giao dịch lũy kế.

Hải Yến""",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 92400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 2980000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 3960000000.0),
        ],
    ),
    # 2. Year-end review of the sector published in January of the next year: "Năm 2024" flows are the year,
    # undated levels are 31/12/2024; "so với cuối năm 2023 (78,6%)" is kept with its own date.
    # Traps: ICT revenue (no id), 2025 targets (20% GDP), growth "gấp 3 lần".
    (
        """TỔNG KẾT NĂM 2024
Ngành Thông tin và Truyền thông: Kinh tế số tiếp tục là điểm sáng

Năm 2024, doanh thu lĩnh vực công nghiệp công nghệ thông tin, viễn thông ước đạt 4,2 triệu tỷ đồng; xuất khẩu phần cứng, điện tử đạt khoảng 132 tỷ USD. Tỷ trọng kinh tế số trong GDP ước đạt 18,3%, kinh tế số tăng trưởng khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.

Về hạ tầng, tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%, cao hơn mức cuối năm 2023 (78,6%); tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,1%. Năm 2024 cũng là năm Việt Nam có bước tiến vượt bậc về Chính phủ điện tử khi tăng 15 bậc, lên vị trí 71/193 trong bảng xếp hạng EGDI của Liên Hợp Quốc.

Năm 2025, ngành đặt mục tiêu kinh tế số chiếm khoảng 20% GDP, 100% thôn, bản có sóng di động băng rộng và phủ sóng 5G tới toàn bộ các khu công nghiệp.

Minh Khôi""",
        "2025-01-07",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 78.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.1),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 3. No sidecar; the dateline "Hà Nội, 04/7/2023" gives the year of "tháng 6", "tháng 5 (1.227 cuộc)"
    # and "6 tháng đầu năm nay". Traps: sub-counts after "Trong đó", "giảm 12,4%", "giảm 9,8%", "giảm 16%".
    (
        """Hà Nội, 04/7/2023 – Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin cho biết, trong tháng 6, hệ thống kỹ thuật của trung tâm đã ghi nhận, cảnh báo 1.075 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,4% so với tháng 5 (1.227 cuộc). Trong đó có 523 cuộc tấn công lừa đảo (Phishing), 412 cuộc tấn công thay đổi giao diện (Deface) và 140 cuộc tấn công cài mã độc (Malware).

Tính chung 6 tháng đầu năm nay, NCSC ghi nhận tổng cộng 5.180 cuộc tấn công mạng gây sự cố, giảm 9,8% so với cùng kỳ năm 2022.

Về tình hình mã độc, tính đến hết tháng 6, số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 497.000, giảm 16% so với thời điểm đầu năm. Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức thường xuyên rà soát, cập nhật bản vá cho các hệ thống.""",
        None,
        [
            ("cyberattacks", "national", "month", "2023-06-30", 1075.0),
            ("cyberattacks", "national", "month", "2023-05-31", 1227.0),
            ("cyberattacks", "national", "half", "2023-06-30", 5180.0),
            ("botnet_ips", "national", "as_of", "2023-06-30", 497000.0),
        ],
    ),
    # 4. Mobile Money with the pilot's legal term (9/3/2021 - 9/3/2023, extended to 31/12/2024): the term
    # must not date the figure. Traps: rural sub-count after "trong đó", one operator (Viettel Money).
    (
        """Mobile Money sau gần ba năm thí điểm

Theo Ngân hàng Nhà nước Việt Nam, tính đến ngày 30/11/2023, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt 6,63 triệu, trong đó khoảng 4,6 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Mạng lưới điểm kinh doanh phục vụ rút, nạp tiền mặt đã phủ khắp 63 tỉnh, thành phố.

Theo Quyết định số 316/QĐ-TTg của Thủ tướng Chính phủ, dịch vụ được triển khai thí điểm trong thời gian 2 năm, từ ngày 9/3/2021 đến ngày 9/3/2023. Sau đó, Thủ tướng đã đồng ý kéo dài thời gian thí điểm đến hết ngày 31/12/2024 để có thêm thời gian đánh giá, hoàn thiện khung pháp lý.

Trong ba doanh nghiệp viễn thông được cấp phép, Viettel Money hiện dẫn đầu với hơn 4 triệu khách hàng. Các chuyên gia cho rằng Mobile Money là kênh quan trọng để đưa dịch vụ tài chính đến với người dân chưa có tài khoản ngân hàng.""",
        "2023-12-18",
        [
            ("mobile_money_customers", "national", "as_of", "2023-11-30", 6630000.0),
        ],
    ),
    # 5. "hiện nay" level dated by the sidecar; the past value "cuối năm 2021 (1,1 triệu)" keeps its own date.
    # Traps: "tăng hơn 2,5 lần" (change), the pilot's end in March 2023 (deadline), "70%" rural share.
    (
        """Sau hơn một năm rưỡi thí điểm (bắt đầu từ tháng 3/2021), số khách hàng sử dụng Mobile Money hiện nay đã đạt khoảng 2,8 triệu, tăng hơn 2,5 lần so với cuối năm 2021 (1,1 triệu khách hàng). Khoảng 70% khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.

Đại diện Vụ Thanh toán (Ngân hàng Nhà nước) cho biết, thời gian thí điểm sẽ kết thúc vào tháng 3/2023, khi đó cơ quan quản lý sẽ tổng kết, đánh giá để đề xuất Chính phủ hướng xử lý tiếp theo. Trước mắt, các nhà mạng cần tăng cường kiểm soát rủi ro, nhất là việc sử dụng tài khoản Mobile Money cho các giao dịch bất hợp pháp.""",
        "2022-10-14",
        [
            ("mobile_money_customers", "national", "as_of", "2022-10-14", 2800000.0),
            ("mobile_money_customers", "national", "as_of", "2021-12-31", 1100000.0),
        ],
    ),
    # 6. Provincial page (Đà Nẵng), date only in the page stamp; "quý I" takes the stamp's year, "Đến nay" is the stamp's day.
    # Traps: "tăng 3,2 điểm phần trăm", district figure (quận Hải Châu), 2024 target of 80%, count of 1.053 services.
    (
        """Thứ Ba, 16/04/2024 09:45

Đà Nẵng đẩy mạnh xử lý hồ sơ trực tuyến

Theo Sở Thông tin và Truyền thông thành phố Đà Nẵng, trong quý I, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của thành phố đạt 78,5%, tăng 3,2 điểm phần trăm so với quý IV/2023. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,7%; trong đó quận Hải Châu dẫn đầu với 92,1%.

Đến nay, thành phố đã cung cấp 1.053 dịch vụ công trực tuyến toàn trình, chiếm 55,6% tổng số thủ tục hành chính. Thành phố đặt mục tiêu năm 2024 có 80% hồ sơ được xử lý trực tuyến và 100% kết quả giải quyết được số hóa.""",
        None,
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 78.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2024-03-31", 61.7),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-04-16", 55.6),
        ],
    ),
    # 7. NDXP year review published 10 days into the next year; the year's daily average keeps the year as window;
    # "so với năm 2022 (720 triệu giao dịch)" is kept. Traps: "tăng 45,8%", 2024 target of 1,5 tỷ.
    (
        """NDXP: Năm 2023 vượt mốc 1 tỷ giao dịch

Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 1,05 tỷ giao dịch, tăng 45,8% so với năm 2022 (720 triệu giao dịch); bình quân mỗi ngày có khoảng 2,88 triệu giao dịch được thực hiện.

Lũy kế từ khi khai trương (tháng 5/2019) đến hết năm 2023, NDXP đã thực hiện 3,3 tỷ giao dịch. Tính đến ngày 31/12/2023, nền tảng đã thiết lập 112 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu của bộ, ngành, địa phương.

Năm 2024, Cục Chuyển đổi số quốc gia phấn đấu nâng số giao dịch qua NDXP lên khoảng 1,5 tỷ giao dịch, mở rộng kết nối với các hệ thống của doanh nghiệp nhà nước.""",
        "2024-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 1050000000.0),
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 720000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2880000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 3300000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 112.0),
        ],
    ),
    # 8. Monthly portal figures with "so với cùng kỳ tháng 4/2023 (1,46 triệu hồ sơ)": the past flow keeps April 2023.
    # Traps: "tăng 31,5%", one ministry's count (Bộ Công an).
    (
        """Trang chủ > Thời sự > Chính phủ số

Cổng Dịch vụ công quốc gia: Hồ sơ trực tuyến tháng 4 tăng mạnh

(PLO) - Số hồ sơ trực tuyến tiếp nhận qua Cổng Dịch vụ công quốc gia tiếp tục tăng, cho thấy người dân ngày càng quen với việc làm thủ tục trên môi trường số.


Theo Văn phòng Chính phủ, trong tháng 4/2024, Cổng Dịch vụ công quốc gia có 412.600 tài khoản đăng ký mới; tiếp nhận 1,92 triệu hồ sơ trực tuyến, tăng 31,5% so với cùng kỳ tháng 4/2023 (1,46 triệu hồ sơ). Bộ Công an tiếp tục là đơn vị có nhiều hồ sơ nhất với khoảng 620.000 hồ sơ.

Cũng trong tháng, Cổng ghi nhận 1,23 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.046 tỷ đồng.

Lũy kế đến ngày 30/4/2024, Cổng Dịch vụ công quốc gia có 11,8 triệu tài khoản đăng ký.

NGỌC ANH

Chia sẻ  |  In bài
TIN LIÊN QUAN
- Thanh toán phí, lệ phí trực tuyến: người dân được giảm đến 50%
- Hướng dẫn đăng ký tài khoản trên Cổng Dịch vụ công quốc gia bằng VNeID""",
        "2024-05-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 412600.0),
            ("national_portal_dossiers_new", "national", "month", "2024-04-30", 1920000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-04-30", 1460000.0),
            ("online_payments_count_new", "national", "month", "2024-04-30", 1230000.0),
            ("online_payments_value_new", "national", "month", "2024-04-30", 1046.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 11800000.0),
        ],
    ),
    # 9. Stamp dated 05/02/2025: "tháng 1" is January 2025 and "tháng trước (937 cuộc)" is December 2024.
    # Traps: "tăng 8%", scam reports (no id), botnet change only (giảm 4,7%), Tết timing.
    (
        """Thứ Tư, 05/02/2025 | 14:10

Tháng đầu năm, tấn công mạng gây sự cố tăng nhẹ

Trong tháng 1, Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.012 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 8% so với tháng trước (937 cuộc).

Dịp cận Tết Nguyên đán Ất Tỵ, các đối tượng lừa đảo tăng cường mạo danh cơ quan nhà nước, ngân hàng để chiếm đoạt tài sản; Cục đã tiếp nhận 1.430 phản ánh về lừa đảo trực tuyến qua hệ thống canhbao.khonggianmang.gov.vn. Số địa chỉ IP botnet tại Việt Nam giảm 4,7% so với tháng 12.

Cục An toàn thông tin khuyến cáo người dân cảnh giác với các tin nhắn, cuộc gọi yêu cầu cung cấp mã OTP.""",
        None,
        [
            ("cyberattacks", "national", "month", "2025-01-31", 1012.0),
            ("cyberattacks", "national", "month", "2024-12-31", 937.0),
        ],
    ),
    # 10. Broadband subscriptions at end of June with "so với cuối năm 2023 (21,9 triệu)".
    # Traps: "tăng 1,2 triệu" (change), one operator's market share (Viettel).
    (
        """Hạ tầng băng rộng tiếp tục mở rộng

Theo Cục Viễn thông, tính đến hết tháng 6/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, tăng 1,2 triệu thuê bao so với cuối năm 2023 (21,9 triệu); số thuê bao băng rộng di động đạt 87,4 triệu.

Mật độ thuê bao băng rộng cố định đạt khoảng 23 thuê bao/100 dân, băng rộng di động đạt 87,1 thuê bao/100 dân. Trên thị trường băng rộng cố định, Viettel chiếm 39,5% thị phần, tiếp theo là VNPT và FPT Telecom.

Cục Viễn thông cho biết sẽ tiếp tục chỉ đạo các doanh nghiệp đẩy nhanh tiến độ chuyển đổi thuê bao 2G lên 4G trước thời điểm dừng công nghệ 2G.""",
        "2024-07-18",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23100000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 21900000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 87400000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 87.1),
        ],
    ),
    # 11. Byline-dated 5G article with the licence term (15 years, 2024-2039); "cùng thời điểm" carries 31/3/2025.
    # Traps: Viettel's station count after "trong đó" and its 5G speed, end-2025 plan, licence years.
    (
        """Một năm sau đấu giá băng tần, 5G phủ sóng ra sao?
Minh Anh | 02/04/2025 08:00

Tháng 3/2024, Viettel trúng đấu giá khối băng tần 2500-2600 MHz; sau đó VNPT và MobiFone cũng lần lượt trúng đấu giá các khối băng tần C3 và C2. Giấy phép sử dụng băng tần có thời hạn 15 năm, từ năm 2024 đến năm 2039.

Theo Cục Viễn thông, tính đến ngày 31/3/2025, cả nước có khoảng 8.000 trạm BTS 5G đang phát sóng, trong đó Viettel có hơn 6.500 trạm. Cùng thời điểm, vùng phủ sóng 5G ước đạt 26% dân số. Tốc độ tải xuống trung bình trên mạng 5G của Viettel đo được khoảng 700 Mbps.

Theo kế hoạch, đến cuối năm 2025, các doanh nghiệp sẽ lắp đặt thêm khoảng 20.000 trạm 5G, phủ sóng toàn bộ các trung tâm hành chính cấp tỉnh và khu công nghiệp.""",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.0),
        ],
    ),
    # 12. Speedtest index for August 2024 with July in parentheses ("cao hơn tháng 7" takes the edition's year).
    # Traps: upload speed, speed ranks, Thailand's and Singapore's speeds.
    (
        """Tốc độ Internet cố định của Việt Nam tiếp tục tăng

Theo Speedtest Global Index tháng 8/2024 do Ookla công bố, tốc độ tải xuống trung vị băng rộng cố định của Việt Nam đạt 155,9 Mbps, cao hơn tháng 7 (150,2 Mbps); tốc độ tải lên đạt 162,4 Mbps. Với kết quả này, Việt Nam xếp thứ 41 thế giới về tốc độ băng rộng cố định.

Đối với mạng di động, tốc độ tải xuống trung vị đạt 52,3 Mbps, xếp thứ 48. Trong khu vực, Thái Lan có tốc độ băng rộng cố định 226,8 Mbps, còn Singapore tiếp tục dẫn đầu thế giới với 302,4 Mbps.""",
        "2024-09-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 155.9),
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 150.2),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 52.3),
        ],
    ),
    # 13. Ministry report whose header gives the date; "quý II" takes its year; ministries vs localities split.
    # Traps: one ministry (Bộ Tư pháp), "tăng 4,1 điểm phần trăm", count of documents, end-2024 target.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 3051/BC-BTTTT
Hà Nội, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình cung cấp, sử dụng dịch vụ công trực tuyến quý II

1. Kết quả
Trong quý II, tỷ lệ hồ sơ xử lý trực tuyến toàn trình của các bộ, ngành đạt 41,2%; của các địa phương đạt 35,6%. Riêng Bộ Tư pháp đạt 85,3%, cao nhất trong các bộ, ngành. So với quý I, tỷ lệ của các địa phương tăng 4,1 điểm phần trăm.

Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của các bộ, ngành đạt 52,8%; của các địa phương đạt 47,5%.

Trong quý, Bộ đã ban hành 12 văn bản hướng dẫn, đôn đốc các bộ, ngành, địa phương.

2. Nhiệm vụ thời gian tới
Phấn đấu đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%.""",
        None,
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-06-30", 41.2),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-06-30", 35.6),
            ("dvctt_with_dossiers_rate", "ministries", "quarter", "2024-06-30", 52.8),
            ("dvctt_with_dossiers_rate", "localities", "quarter", "2024-06-30", 47.5),
        ],
    ),
    # 14. Province year-end review (Quảng Ninh) published in January: "Năm 2023" values are the year; the undated
    # fibre level is 31/12/2023. Traps: city-level figure (Hạ Long), 2024 target, "100% xã" (no id).
    (
        """Quảng Ninh: Năm 2023 tạo chuyển biến rõ nét về chuyển đổi số

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Quảng Ninh đạt 92,5%, trong đó thành phố Hạ Long đạt 97,2%. Kinh tế số của tỉnh ước chiếm 10,2% GRDP.

Hạ tầng số tiếp tục được đầu tư đồng bộ: 100% xã, phường, thị trấn có mạng băng rộng cáp quang; tỷ lệ hộ gia đình sử dụng cáp quang đạt 88,6%.

Năm 2024, tỉnh phấn đấu kinh tế số chiếm 12% GRDP, 100% hồ sơ được số hóa ngay từ khâu tiếp nhận.

Quang Minh""",
        "2024-01-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 92.5),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 10.2),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2023-12-31", 88.6),
        ],
    ),
    # 15. Provincial article dated only in its dateline; "hết tháng 9 năm nay" takes 2024 from it.
    # Traps: district remainder (huyện Bát Xát), 2025 plan, villages newly covered this year (change).
    (
        """Lào Cai, 14/10/2024 – Theo Sở Thông tin và Truyền thông tỉnh Lào Cai, tính đến hết tháng 9 năm nay, toàn tỉnh còn 96 thôn, bản chưa có sóng di động băng rộng; tỷ lệ thôn, bản có sóng di động băng rộng đạt 93,7%. Từ đầu năm, các doanh nghiệp viễn thông đã phủ sóng thêm cho 45 thôn, bản.

Huyện Bát Xát là địa phương còn nhiều thôn lõm sóng nhất với 18 thôn, chủ yếu ở các xã biên giới có địa hình chia cắt mạnh.

Theo kế hoạch, đến hết năm 2025, tỉnh sẽ xóa toàn bộ thôn, bản lõm sóng, bảo đảm 100% người dân được tiếp cận hạ tầng số.""",
        None,
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-09-30", 96.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-09-30", 93.7),
        ],
    ),
    # 16. National dead-zone figures at end of 2023 on a February page; levels keep the stated date.
    # Traps: villages without power after "trong đó", one district (Mường Tè), 2024 plan of 600 villages.
    (
        """Xóa vùng lõm sóng: còn hơn 1.500 thôn, bản chưa có sóng di động băng rộng

Theo Bộ Thông tin và Truyền thông, đến hết năm 2023, cả nước còn 1.505 thôn, bản chưa có sóng di động băng rộng, trong đó 310 thôn chưa có điện lưới. Huyện Mường Tè (Lai Châu) là địa phương còn nhiều thôn lõm sóng nhất với 74 thôn.

Trong số 1.800 thôn lõm sóng có điện lưới được rà soát năm 2021, đến hết năm 2023 đã có 1.486 thôn được phủ sóng, đạt 82,6%. Cũng tính đến hết năm 2023, tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đạt 97,9%.

Năm 2024, Bộ dự kiến phối hợp với các doanh nghiệp phủ sóng thêm khoảng 600 thôn, bản, ưu tiên các thôn đã có điện lưới.""",
        "2024-02-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 1505.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-12-31", 82.6),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-31", 97.9),
        ],
    ),
    # 17. Stamp-dated page; "ngày 20/5" takes 2024 from the stamp. Traps: level-2 sub-count after "trong đó",
    # the 30/6 deadline and its 60 million target, the law's effective date.
    (
        """21/05/2024 15:30 GMT+7

Bộ Công an đẩy nhanh cấp căn cước, kích hoạt định danh điện tử

Tính đến ngày 20/5, Bộ Công an đã thu nhận hồ sơ và cấp 86,4 triệu thẻ Căn cước công dân gắn chip; kích hoạt 55,4 triệu tài khoản định danh điện tử, trong đó 40,6 triệu tài khoản mức độ 2.

Theo kế hoạch, đến ngày 30/6, lực lượng Công an các địa phương phấn đấu kích hoạt 60 triệu tài khoản định danh điện tử. Từ ngày 1/7/2024, Luật Căn cước có hiệu lực thi hành, thẻ Căn cước công dân được đổi tên thành thẻ Căn cước.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-05-20", 86400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-05-20", 55400000.0),
        ],
    ),
    # 18. E-invoices from the national roll-out (1/7/2022) to 31/3/2024: the start date must not date the stock.
    # Traps: sub-counts (có mã / không có mã), enterprises count, petrol stations (no id), "tăng 15%".
    (
        """Hóa đơn điện tử: hơn 7 tỷ hóa đơn sau gần hai năm triển khai

Theo Tổng cục Thuế, từ ngày 1/7/2022 (thời điểm triển khai hóa đơn điện tử trên toàn quốc) đến ngày 31/3/2024, cơ quan thuế đã tiếp nhận và xử lý 7,06 tỷ hóa đơn điện tử, trong đó có 2,37 tỷ hóa đơn có mã của cơ quan thuế và 4,69 tỷ hóa đơn không có mã. Số lượng hóa đơn quý I/2024 tăng khoảng 15% so với cùng kỳ.

Hiện có hơn 1,2 triệu doanh nghiệp và hộ kinh doanh sử dụng hóa đơn điện tử. Riêng lĩnh vực bán lẻ xăng dầu, 16.000 cửa hàng đã kết nối, lập hóa đơn điện tử theo từng lần bán.""",
        "2024-04-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-03-31", 7060000000.0),
        ],
    ),
    # 19. Financial inclusion at end of June with "cuối năm 2023 (87%)" kept; Mobile Money at the same date.
    # Traps: the 2025 strategy target (80%), "tăng 1 điểm phần trăm", QR payments growth.
    (
        """Theo Ngân hàng Nhà nước, đến cuối tháng 6/2024, khoảng 88% người trưởng thành tại Việt Nam đã có tài khoản ngân hàng, tăng 1 điểm phần trăm so với cuối năm 2023 (87%) và vượt xa mục tiêu 80% vào năm 2025 đặt ra trong Chiến lược tài chính toàn diện quốc gia.

Cũng đến cuối tháng 6/2024, dịch vụ Mobile Money có 8,7 triệu khách hàng đăng ký. Giao dịch thanh toán qua mã QR 6 tháng đầu năm tăng gần 80% về số lượng so với cùng kỳ.""",
        "2024-08-05",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 88.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8700000.0),
        ],
    ),
    # 20. Report dated in its header; "ngày 15/8" takes 2024; ministries vs localities split of dvctt_rate.
    # Traps: 4.412/6.280 procedures on the portal (no id), request to finish "trước ngày 30/9".
    (
        """VĂN PHÒNG CHÍNH PHỦ
Hà Nội, ngày 22 tháng 8 năm 2024

BÁO CÁO NHANH
Tình hình cung cấp dịch vụ công trực tuyến

Tính đến ngày 15/8, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến của các bộ, ngành đạt 81,3%, của các địa phương đạt 79,6%; tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 91,2%.

Cổng Dịch vụ công quốc gia đã tích hợp 4.412/6.280 thủ tục hành chính. Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương hoàn thành việc tái cấu trúc quy trình đối với các thủ tục còn lại trước ngày 30/9.""",
        None,
        [
            ("dvctt_rate", "ministries", "as_of", "2024-08-15", 81.3),
            ("dvctt_rate", "localities", "as_of", "2024-08-15", 79.6),
            ("full_process_provision_rate", "national", "as_of", "2024-08-15", 91.2),
        ],
    ),
    # 21. Administrative Internet-use rate at end of 2023 beside a survey's share and another country.
    # Traps: We Are Social's 79,1% and 78,44 million users (survey), Thailand's 88%.
    (
        """Theo Bộ Thông tin và Truyền thông, đến cuối năm 2023, tỷ lệ dân số sử dụng Internet của Việt Nam đạt 78,6%.

Trong khi đó, báo cáo Digital 2024 của We Are Social và Meltwater cho biết Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số; người dùng dành trung bình 6 giờ 18 phút mỗi ngày để truy cập mạng. Trong khu vực, tỷ lệ này của Thái Lan là khoảng 88%.

Theo Bộ Thông tin và Truyền thông, sự khác biệt giữa các con số chủ yếu do phương pháp thống kê: số liệu của Bộ được tổng hợp từ báo cáo của các doanh nghiệp viễn thông, trong khi các tổ chức quốc tế dựa trên khảo sát và dữ liệu từ các nền tảng quảng cáo trực tuyến.""",
        "2024-03-05",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    # 22. EGDI edition published in September 2024, no sidecar; the 2022 rank in parentheses is kept as its year.
    # Traps: "tăng 15 bậc", Thailand's rank, OSI/EPI component ranks (no id), top-50 target.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

New York, 17/9/2024 – Liên Hợp Quốc vừa công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193).

Trong các chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 60, chỉ số tham gia điện tử (EPI) xếp thứ 40. Trong ASEAN, Thái Lan xếp thứ 52.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025, Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.""",
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 23. Government notice dated 14/01/2025 reviewing 2024: year flows/rates for "Năm 2024", levels at 31/12/2024.
    # Traps: counts of meetings and plans, 2025 targets (80%), "100% thôn" (no id).
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 18/TB-VPCP
Hà Nội, ngày 14 tháng 01 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị tổng kết công tác chuyển đổi số năm 2024

1. Năm 2024, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 02 phiên họp, ban hành 05 kế hoạch hoạt động. Tỷ lệ hồ sơ trực tuyến toàn trình cả năm đạt 42,5%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 85,7%; mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 84,2%.

Đến hết năm 2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 55,1%; Cổng Dịch vụ công quốc gia có 15,3 triệu tài khoản đăng ký.

2. Năm 2025, các bộ, ngành, địa phương phấn đấu đạt 80% hồ sơ trực tuyến toàn trình, bảo đảm 100% thôn, bản có sóng di động băng rộng.""",
        None,
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 42.5),
            ("e_result_rate", "national", "year", "2024-12-31", 85.7),
            ("satisfaction_rate", "national", "year", "2024-12-31", 84.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 55.1),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15300000.0),
        ],
    ),
    # 24. "5 tháng đầu năm nay" and "Riêng tháng 5" on a June page; spans of portal counts go on the _new twins.
    # Traps: "tăng 40% so với cùng kỳ", full-year forecast of 22 million dossiers.
    (
        """Năm 2024 là năm thứ ba liên tiếp Chính phủ xác định đẩy mạnh cung cấp dịch vụ công trực tuyến là nhiệm vụ trọng tâm của cải cách hành chính. Theo Văn phòng Chính phủ, 5 tháng đầu năm nay, Cổng Dịch vụ công quốc gia đã tiếp nhận 8,9 triệu hồ sơ trực tuyến, tăng 40% so với cùng kỳ; thực hiện 5,6 triệu giao dịch thanh toán trực tuyến với số tiền 4.870 tỷ đồng.

Riêng tháng 5, Cổng tiếp nhận 2,05 triệu hồ sơ trực tuyến, mức cao nhất từ trước đến nay. Với đà này, dự kiến cả năm 2024 Cổng sẽ tiếp nhận khoảng 22 triệu hồ sơ.""",
        "2024-06-10",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-05-31", 8900000.0),
            ("online_payments_count_new", "national", "ytd", "2024-05-31", 5600000.0),
            ("online_payments_value_new", "national", "ytd", "2024-05-31", 4870.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 2050000.0),
        ],
    ),
    # 25. Deadlines that must not date the figures ("đến hết năm 2025", "trước ngày 30/9/2024"); "Hiện nay" is the page's day.
    # Traps: the 80% target, "29 dịch vụ còn lại" (remainder).
    (
        """Còn nhiều việc phải làm để đạt mục tiêu dịch vụ công toàn trình

Theo mục tiêu Chính phủ đặt ra, đến hết năm 2025, 80% hồ sơ thủ tục hành chính phải được xử lý trực tuyến toàn trình. Tuy nhiên, hiện nay tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước mới đạt 38,5%.

Đối với nhóm dịch vụ công thiết yếu theo Đề án 06, hiện đã có 47/76 dịch vụ được cung cấp trực tuyến toàn trình; 29 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện. Thủ tướng yêu cầu trước ngày 30/9/2024, các bộ, cơ quan hoàn thành tái cấu trúc quy trình, đưa các dịch vụ này lên Cổng Dịch vụ công quốc gia.""",
        "2024-09-23",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2024-09-23", 38.5),
            ("essential_services_full_process", "national", "as_of", "2024-09-23", 47.0),
        ],
    ),
    # 26. Cyber-security review of 2023 published in January 2024; "năm 2022 (12.213 cuộc)" kept as its year.
    # Traps: "tăng 13,8%", the GCI rank (no id), 2024 target of 100% approved systems.
    (
        """An toàn thông tin năm 2023: Tấn công mạng gia tăng, hệ thống được bảo vệ tốt hơn

Năm 2023, Cục An toàn thông tin đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 13,8% so với năm 2022 (12.213 cuộc). Tính đến cuối năm 2023, số địa chỉ IP của Việt Nam nằm trong các mạng botnet còn khoảng 460.000.

Đến hết năm 2023, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất cấp độ đạt 80,5%. Việt Nam hiện xếp thứ 25/194 trong Chỉ số an toàn, an ninh mạng toàn cầu (GCI) của Liên minh Viễn thông quốc tế.

Năm 2024, Cục đặt mục tiêu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ.""",
        "2024-01-12",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 460000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 80.5),
        ],
    ),
    # 27. Stamp-dated page: "hết tháng 10" takes 2024; smartphone count and its share of subscriptions.
    # Traps: survey share of people using smartphones (91%), 2G-only remainder, Viettel's handsets, 2G switch-off date.
    (
        """Cập nhật 12/11/2024 10:05

Sau tắt sóng 2G, thuê bao smartphone chiếm hơn 86%

Theo Cục Viễn thông, tính đến hết tháng 10, cả nước có 104,6 triệu thuê bao sử dụng điện thoại thông minh, chiếm 86,2% tổng số thuê bao di động. Sau thời điểm dừng công nghệ 2G ngày 15/10/2024, vẫn còn khoảng 2,4 triệu thuê bao chỉ sử dụng điện thoại 2G chưa chuyển đổi.

Riêng Viettel đã hỗ trợ hơn 700.000 máy điện thoại 4G miễn phí cho khách hàng. Một khảo sát gần đây cho thấy 91% người dùng điện thoại di động tại Việt Nam đang dùng smartphone.""",
        None,
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-10-31", 104600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-31", 86.2),
        ],
    ),
    # 28. Province (Thừa Thiên Huế), "9 tháng năm 2024" as ytd. Traps: "tăng 15,3 điểm phần trăm so với cùng kỳ",
    # a district's rate (Phong Điền), the DTI rank (no id), year-end target.
    (
        """Thừa Thiên Huế: Tỷ lệ cấp kết quả điện tử đạt gần 97%

Theo Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế, trong 9 tháng năm 2024, tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến của tỉnh đạt 88,9%, tăng 15,3 điểm phần trăm so với cùng kỳ. Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,8%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 68,2%. Huyện Phong Điền có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 99,1%.

Năm 2023, tỉnh xếp thứ 3 cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI). Tỉnh phấn đấu đến cuối năm 2024 tỷ lệ tái sử dụng dữ liệu đạt trên 80%.""",
        "2024-10-08",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2024-09-30", 88.9),
            ("e_result_rate", "Thừa Thiên Huế", "ytd", "2024-09-30", 96.8),
            ("data_reuse_rate", "Thừa Thiên Huế", "ytd", "2024-09-30", 68.2),
        ],
    ),
    # 29. Fee reductions "Đến nay" (page's day) and cumulative portal payments to 31/10/2023.
    # Traps: "07 địa phương chưa ban hành" (remainder), online-payment share of procedures (no id).
    (
        """Đến nay, đã có 56/63 tỉnh, thành phố trực thuộc Trung ương ban hành nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện thủ tục hành chính qua dịch vụ công trực tuyến; còn 07 địa phương chưa ban hành.

Lũy kế đến ngày 31/10/2023, Cổng Dịch vụ công quốc gia đã thực hiện 18,6 triệu giao dịch thanh toán trực tuyến với số tiền 9.980 tỷ đồng. Tỷ lệ hồ sơ có thanh toán trực tuyến trong 10 tháng đầu năm 2023 đạt 29,6%.""",
        "2023-11-20",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-11-20", 56.0),
            ("online_payments_count", "national", "as_of", "2023-10-31", 18600000.0),
            ("online_payments_value", "national", "as_of", "2023-10-31", 9980.0),
        ],
    ),
    # 30. Procedures simplified at 31/3/2024. Traps: "còn 295 thủ tục chưa thực thi" (remainder),
    # count of thematic resolutions, the 72,8% share (no id).
    (
        """Tính đến ngày 31/3/2024, các bộ, cơ quan đã thực thi phương án cắt giảm, đơn giản hóa 789/1.084 thủ tục hành chính, quy định kinh doanh theo các nghị quyết chuyên đề của Chính phủ, đạt 72,8%; còn 295 thủ tục chưa được thực thi. Từ năm 2022 đến nay, Chính phủ đã ban hành 19 nghị quyết chuyên đề phê duyệt phương án phân cấp, đơn giản hóa thủ tục hành chính.

Văn phòng Chính phủ đề nghị các bộ, cơ quan khẩn trương trình cấp có thẩm quyền sửa đổi, bổ sung các văn bản quy phạm pháp luật để thực thi phương án đã được phê duyệt, bảo đảm hoàn thành trong năm 2024.""",
        "2024-04-05",
        [
            ("procedures_simplified", "national", "as_of", "2024-03-31", 789.0),
        ],
    ),
    # 31. "tháng 8/2024" rate kept as the month; "cuối tháng 8" level. Traps: "tăng 2,3 điểm phần trăm so với tháng 7",
    # remainder of localities not fully connected, one ministry.
    (
        """Hồ sơ gắn mã định danh tiếp tục tăng

Theo Văn phòng Chính phủ, trong tháng 8/2024, tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân, mã số doanh nghiệp đạt 91,5%, tăng 2,3 điểm phần trăm so với tháng 7.

Tính đến cuối tháng 8, 95,2% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC); còn 3 địa phương chưa hoàn thành kết nối. Bộ Giao thông vận tải là đơn vị cuối cùng trong khối bộ, ngành hoàn thành kết nối trong tháng.""",
        "2024-09-12",
        [
            ("dossiers_with_personal_id_rate", "national", "month", "2024-08-31", 91.5),
            ("emc_connection_rate", "national", "as_of", "2024-08-31", 95.2),
        ],
    ),
    # 32. Year-2023 review published mid-January; "năm 2022 (29,5%)" kept as the previous year.
    # Traps: one ministry (Bộ Tài chính 98%), 2024 target of 50%.
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp: Năm 2023 nhiều chỉ tiêu cải thiện

Năm 2023, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 41,3%, cao hơn năm 2022 (29,5%). Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính năm 2023 đạt 82,6%.

Cũng trong năm, tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 71,2%, trong đó Bộ Tài chính đạt 98%. Năm 2024, Chính phủ đặt mục tiêu ít nhất 50% người trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2024-01-16",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 41.3),
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 29.5),
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.6),
            ("e_result_rate", "national", "year", "2023-12-31", 71.2),
        ],
    ),
    # 33. Quarterly bulletin dated only by its title "QUÝ III/2024"; "quý II (251,8 triệu)" kept as its quarter.
    # Traps: "tăng 9,8%", one ministry's transactions, forecast for quý IV.
    (
        """BẢN TIN CHUYỂN ĐỔI SỐ QUÝ III/2024

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia

Quý III, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 276,5 triệu giao dịch, tăng 9,8% so với quý II (251,8 triệu giao dịch); bình quân 3,01 triệu giao dịch/ngày. Riêng các giao dịch của Bộ Công an chiếm khoảng 120 triệu giao dịch.

Lũy kế đến hết quý III, tổng số giao dịch qua NDXP kể từ năm 2019 đạt 4,33 tỷ giao dịch. Dự kiến trong quý IV, số giao dịch sẽ đạt khoảng 300 triệu do nhu cầu xác thực thông tin tăng cao vào dịp cuối năm.""",
        None,
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 276500000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-06-30", 251800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3010000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 4330000000.0),
        ],
    ),
    # 34. Portal home page saved without a date: the live counters cannot be dated and are not values;
    # the dated news item "(03/6/2024)" carries its own figures.
    (
        """CỔNG DỊCH VỤ CÔNG QUỐC GIA
Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi

THỐNG KÊ
Số tài khoản đăng ký: 13.512.406
Số hồ sơ đồng bộ trạng thái: 312.745.118
Số giao dịch thanh toán trực tuyến: 28.305.117

TIN TỨC - SỰ KIỆN
(03/6/2024) Trong tháng 5/2024, Cổng Dịch vụ công quốc gia tiếp nhận 2,05 triệu hồ sơ trực tuyến từ người dân, doanh nghiệp. Lũy kế đến hết tháng 5/2024, số giao dịch thanh toán trực tuyến trên Cổng đạt 26,9 triệu giao dịch.

(28/5/2024) Hướng dẫn thực hiện thủ tục cấp đổi giấy phép lái xe trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.""",
        None,
        [
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 2050000.0),
            ("online_payments_count", "national", "as_of", "2024-05-31", 26900000.0),
        ],
    ),
    # 35. Year-2025 review published January 2026; "so với cuối năm 2024 (5.600 trạm)" kept.
    # Traps: Viettel's stations, 2026 targets, "gấp hơn 3 lần" (change).
    (
        """Năm 2025: Hạ tầng 5G bứt phá, kinh tế số tăng tốc

Năm 2025, tỷ trọng kinh tế số trong GDP ước đạt 19,8%; kinh tế số tăng trưởng khoảng 21%.

Theo Bộ Khoa học và Công nghệ, tính đến hết năm 2025, cả nước có hơn 18.000 trạm 5G, gấp hơn 3 lần so với cuối năm 2024 (5.600 trạm), trong đó Viettel chiếm khoảng 12.000 trạm. Vùng phủ sóng 5G đạt khoảng 45% dân số.

Năm 2026, Bộ đặt mục tiêu tỷ trọng kinh tế số đạt 22% GDP, nâng tổng số trạm 5G lên 30.000 trạm và phủ sóng 5G cho 70% dân số.

Thu Hà""",
        "2026-01-09",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.8),
            ("digital_economy_growth", "national", "year", "2025-12-31", 21.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 18000.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5600.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 45.0),
        ],
    ),
    # 36. Half-year 2025 with "cùng kỳ năm 2024 (32,8%)" kept as half 2024.
    # Traps: "tăng 12,3 điểm phần trăm", one ministry (Bộ Công an 97%), the 1/7/2025 two-tier start date.
    (
        """Theo Văn phòng Chính phủ, 6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến toàn trình trên cả nước đạt 45,1%, tăng 12,3 điểm phần trăm và cao hơn rõ rệt so với cùng kỳ năm 2024 (32,8%). Tỷ lệ hồ sơ trực tuyến, bao gồm cả một phần và toàn trình, đạt 58,3%. Bộ Công an là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất với 97%.

Từ ngày 1/7/2025, khi mô hình chính quyền địa phương hai cấp chính thức vận hành, toàn bộ thủ tục hành chính cấp huyện được chuyển về cấp xã hoặc cấp tỉnh giải quyết.""",
        "2025-07-15",
        [
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 45.1),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 32.8),
            ("online_dossier_rate", "national", "half", "2025-06-30", 58.3),
        ],
    ),
    # 37. January 2025 page about "tháng 12" (December 2024) and "tháng 11 (58,4 Mbps)"; "cùng kỳ tháng 12/2023" kept.
    # Traps: upload speed, ranks, Malaysia's speed.
    (
        """Công nghệ | Viễn thông
Tốc độ mạng di động Việt Nam tăng mạnh trong tháng cuối năm
Bảo Lâm - Thứ Sáu, 10/01/2025

Theo Speedtest Global Index của Ookla, trong tháng 12, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 59,6 Mbps, tăng so với tháng 11 (58,4 Mbps) và cao hơn nhiều so với cùng kỳ tháng 12/2023 (44,9 Mbps). Tốc độ tải lên đạt 20,3 Mbps. Việt Nam xếp thứ 44 thế giới về tốc độ di động.

Tốc độ băng rộng cố định đạt 161,7 Mbps, xếp thứ 37. Trong khu vực, Malaysia có tốc độ di động 104,5 Mbps.

Theo các chuyên gia, tốc độ di động tăng mạnh nhờ các nhà mạng chuyển đổi thuê bao 2G lên 4G và bắt đầu khai thác thương mại 5G từ tháng 10/2024.

Từ khóa: Ookla, tốc độ Internet, 5G
Bình luận (0)""",
        "2025-01-10",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 59.6),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 58.4),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 44.9),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 161.7),
        ],
    ),
    # 38. Mobile Money at end of the (extended) pilot, published January 2025: the pilot's end date is also the stock's date.
    # Traps: rural sub-count after "trong đó", one operator (MobiFone), "tăng khoảng 50%".
    (
        """Mobile Money kết thúc giai đoạn thí điểm với hơn 10 triệu khách hàng

Đến hết năm 2024, dịch vụ Mobile Money có 10,2 triệu khách hàng đăng ký, tăng khoảng 50% so với một năm trước, trong đó khoảng 7 triệu khách hàng ở khu vực nông thôn, miền núi. Riêng MobiFone có khoảng 1,5 triệu khách hàng.

Thời gian thí điểm dịch vụ theo Quyết định số 316/QĐ-TTg, sau khi được gia hạn, đã kết thúc vào ngày 31/12/2024. Ngân hàng Nhà nước đang phối hợp với các bộ liên quan tổng kết việc thí điểm để báo cáo Thủ tướng Chính phủ xem xét, quyết định.""",
        "2025-01-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10200000.0),
        ],
    ),
    # 39. Province (Bắc Giang) "5 tháng đầu năm 2023" as ytd; "Hiện nay" is the page's day.
    # Traps: a district's rate (Yên Dũng), "phấn đấu" target for the year.
    (
        """5 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến của tỉnh Bắc Giang đạt 71,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 43,5%. Huyện Yên Dũng là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất với 95,2%.

Hiện nay, tỉnh đang cung cấp 1.004 dịch vụ công trực tuyến toàn trình, chiếm 52,3% tổng số thủ tục hành chính. Năm nay, tỉnh phấn đấu đạt 80% hồ sơ được giải quyết trực tuyến.""",
        "2023-06-08",
        [
            ("online_dossier_rate", "Bắc Giang", "ytd", "2023-05-31", 71.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "ytd", "2023-05-31", 43.5),
            ("dvctt_full_process_rate", "Bắc Giang", "as_of", "2023-06-08", 52.3),
        ],
    ),
    # 40. January portal figures with "tháng trước (2,06 triệu hồ sơ)" = December 2023 and "cuối năm 2023 (9,7 triệu)".
    # Traps: "giảm 18,4%", "tăng 6,2%", the Tết explanation.
    (
        """Trong tháng 1/2024, Cổng Dịch vụ công quốc gia có thêm 598.000 tài khoản đăng ký mới; tiếp nhận 1,68 triệu hồ sơ trực tuyến, giảm 18,4% so với tháng trước (2,06 triệu hồ sơ) do nhu cầu giải quyết thủ tục thường tăng cao vào cuối năm.

Tính đến ngày 31/1/2024, Cổng có 10,3 triệu tài khoản đăng ký, tăng 6,2% so với cuối năm 2023 (9,7 triệu tài khoản). Dịp Tết Nguyên đán Giáp Thìn, số hồ sơ dự kiến tiếp tục giảm.""",
        "2024-02-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-01-31", 598000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-01-31", 1680000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-12-31", 2060000.0),
            ("national_portal_accounts", "national", "as_of", "2024-01-31", 10300000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 9700000.0),
        ],
    ),
    # 41. Provincial year report (Nghệ An) dated 15/01/2024 in its header; levels at 31/12/2023, "Năm 2023" rate as the year.
    # Traps: the province's own 22/25 essential services, 2024 targets, the count of 1.036 services.
    (
        """UBND TỈNH NGHỆ AN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 112/BC-STTTT
Nghệ An, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Chính quyền số
- Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình: 48,7% (1.036/2.127 thủ tục).
- Năm 2023, tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến đạt 62,8%.
- Tỉnh đã hoàn thành triển khai 22/25 dịch vụ công thiết yếu do tỉnh lựa chọn ưu tiên.
2. Hạ tầng số
- Tỷ lệ thôn, bản có sóng di động băng rộng đạt 98,9%.

II. CHỈ TIÊU NĂM 2024
- Phấn đấu 70% hồ sơ được tiếp nhận, giải quyết trực tuyến; 100% thôn, bản có sóng di động băng rộng.""",
        None,
        [
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2023-12-31", 48.7),
            ("online_dossier_rate", "Nghệ An", "year", "2023-12-31", 62.8),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2023-12-31", 98.9),
        ],
    ),
    # 42. Year-2022 digital-economy review published in January 2023; a GRDP share is one province's figure (Bắc Ninh).
    # Traps: Google-Temasek-Bain's size and growth (vendor), 2025/2030 targets.
    (
        """Kinh tế số năm 2022: Quy mô ngày càng lớn

Năm 2022, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 14,26%. Trong số các địa phương, Bắc Ninh có tỷ trọng kinh tế số trong GRDP cao nhất cả nước với 25,4%, chủ yếu nhờ ngành công nghiệp điện tử.

Theo báo cáo e-Conomy SEA 2022 của Google, Temasek và Bain & Company, quy mô kinh tế số Việt Nam năm 2022 đạt 23 tỷ USD, tăng 28% so với năm trước, nhanh nhất Đông Nam Á.

Chiến lược quốc gia phát triển kinh tế số và xã hội số đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% GDP vào năm 2030.""",
        "2023-01-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2022-12-31", 25.4),
        ],
    ),
    # 43. A figure nobody can date ("Có thời điểm ... vượt 100 triệu giao dịch") beside dated ones:
    # "tháng 2" of the page's year and "Hiện nay" on the page's day. Traps: the undated peak, "giảm" due to Tết.
    (
        """NDXP: Trục dữ liệu xương sống của Chính phủ số

Theo Cục Chuyển đổi số quốc gia, trong tháng 2, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 71,5 triệu giao dịch, giảm so với tháng 1 do trùng kỳ nghỉ Tết Nguyên đán. Có thời điểm, số giao dịch qua nền tảng trong một tháng đã vượt 100 triệu giao dịch.

Hiện nay, 96 bộ, ngành, địa phương đã kết nối với NDXP để chia sẻ dữ liệu phục vụ giải quyết thủ tục hành chính và chỉ đạo, điều hành.""",
        "2024-03-20",
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 71500000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-03-20", 96.0),
        ],
    ),
    # 44. Provincial page published in January: "quý IV" and "cả năm 2023" belong to 2023.
    # Traps: a city inside the province (Thủ Dầu Một), online-payment share (no id), 2024 target.
    (
        """Bình Dương: Hồ sơ trực tuyến quý IV đạt hơn 86%

Theo Sở Thông tin và Truyền thông tỉnh Bình Dương, trong quý IV, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 86,4%; tính chung cả năm 2023 đạt 79,8%. Thành phố Thủ Dầu Một có tỷ lệ cao nhất với 95%. Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 40,5%.

Năm 2024, tỉnh đặt chỉ tiêu tối thiểu 90% hồ sơ được xử lý trực tuyến, 50% hồ sơ có thanh toán trực tuyến.""",
        "2024-01-09",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2023-12-31", 86.4),
            ("online_dossier_rate", "Bình Dương", "year", "2023-12-31", 79.8),
        ],
    ),
]
