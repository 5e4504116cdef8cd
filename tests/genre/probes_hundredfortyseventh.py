"""Genre probes, round 147: unusual dating of figures (months in words, dateline/headline dates, ranking editions, report dates, as-of levels beside flows, weekly/daily figures), written blind.

Held out until read once: with stop 49's start code 9b8c798, 105 of 111 right, 105 of 117 found (0.95 / 0.90); with the code of that moment (2fb3f86, months in words and publication months already read from real pages), 114 of 117, 114 of 117 (0.97 / 0.97). Then fitted: accounts activated anew in a week, a numbered district's tax office, an hour's transactions, a city's share of procedures offered full-process: 116 of 116, 116 of 117.
"""

CASES = [
    # 1. Portal news: the month is written in words ("tháng Mười") in headline and body; flows of October
    #    beside levels "lũy kế đến hết ngày 31/10". Traps: changes vs September, the year-end target.
    (
        """Trang chủ › Chuyển đổi số › Chính phủ số

Tháng Mười, Cổng Dịch vụ công quốc gia có thêm 412.356 tài khoản đăng ký

03/11/2023 10:42

(Chinhphu.vn) – Theo số liệu Văn phòng Chính phủ vừa tổng hợp, trong tháng Mười năm 2023, Cổng Dịch vụ công quốc gia ghi nhận thêm 412.356 tài khoản đăng ký mới, tiếp nhận 1.183.400 hồ sơ trực tuyến và thực hiện 486.210 giao dịch thanh toán trực tuyến với số tiền 392 tỷ đồng.

So với tháng Chín, số hồ sơ nộp trực tuyến qua Cổng tăng 8,4%, số giao dịch thanh toán tăng 11,2%. Nhiều dịch vụ có lượng hồ sơ lớn là cấp đổi giấy phép lái xe, đăng ký khai sinh và nộp thuế.

Lũy kế đến hết ngày 31/10/2023, Cổng có 9.126.500 tài khoản đăng ký; đã thực hiện 7.915.300 giao dịch thanh toán trực tuyến với tổng số tiền hơn 5.870 tỷ đồng.

Theo kế hoạch, đến hết năm 2023, Cổng Dịch vụ công quốc gia phấn đấu đạt 10 triệu tài khoản và tiếp tục tích hợp thêm các dịch vụ công thiết yếu theo Đề án 06.

Cũng theo Văn phòng Chính phủ, thời gian tới sẽ tập trung nâng cấp chức năng đăng nhập một lần bằng tài khoản định danh điện tử VNeID, rút gọn các trường thông tin trên biểu mẫu điện tử và tự động điền dữ liệu đã có trong Cơ sở dữ liệu quốc gia về dân cư, giúp người dân không phải khai lại thông tin nhiều lần. Các bộ, ngành, địa phương được đề nghị rà soát, công khai đầy đủ quy trình giải quyết, không yêu cầu người dân nộp thêm bản giấy đối với hồ sơ đã nộp trực tuyến.

Hải Minh

Tin liên quan:
– Cổng Dịch vụ công quốc gia chính thức cung cấp dịch vụ cấp đổi giấy phép lái xe toàn quốc
– Đẩy mạnh thanh toán trực tuyến nghĩa vụ tài chính trong thủ tục đất đai""",
        "2023-11-03",
        [
            ("national_portal_accounts_new", "national", "month", "2023-10-31", 412356.0),
            ("national_portal_dossiers_new", "national", "month", "2023-10-31", 1183400.0),
            ("online_payments_count_new", "national", "month", "2023-10-31", 486210.0),
            ("online_payments_value_new", "national", "month", "2023-10-31", 392.0),
            ("national_portal_accounts", "national", "as_of", "2023-10-31", 9126500.0),
            ("online_payments_count", "national", "as_of", "2023-10-31", 7915300.0),
            ("online_payments_value", "national", "as_of", "2023-10-31", 5870.0),
        ],
    ),
    # 2. Press release dated only by its own dateline (no sidecar): "Hiện nay" levels take the dateline;
    #    a February flow. Traps: change vs January, one operator's share, the 2025 target.
    (
        """THÔNG CÁO BÁO CHÍ

Hà Nội, ngày 14 tháng 3 năm 2024

Chiều nay, Bộ Thông tin và Truyền thông tổ chức họp báo định kỳ, thông tin về kết quả công tác tháng 02 và nhiệm vụ trọng tâm thời gian tới.

Về hạ tầng số, hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,2%; tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 80,1%. Riêng mạng Viettel, tỷ lệ thuê bao dùng smartphone đã vượt 90%. Theo Chiến lược phát triển hạ tầng số, đến năm 2025 tỷ lệ hộ gia đình có cáp quang phải đạt 85%.

Về an toàn thông tin mạng, trong tháng 02/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 438 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,3% so với tháng 01/2024.

Bộ trưởng đề nghị các doanh nghiệp viễn thông tiếp tục rà soát, thu hồi thuê bao 2G chỉ dùng thoại, chuẩn bị cho lộ trình dừng công nghệ 2G.

VĂN PHÒNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG""",
        None,
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-03-14", 86.2),
            ("ftth_household_rate", "national", "as_of", "2024-03-14", 80.1),
            ("cyberattacks", "national", "month", "2024-02-29", 438.0),
        ],
    ),
    # 3. UN survey article: the current edition (2024) and the earlier one (2022) each dated by edition year.
    #    Traps: "tăng 15 bậc", EGDI score, ASEAN position, Singapore, 2020 rank only implied ("giữ nguyên").
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Thứ Tư, 18/09/2024 – 07:45

Ngày 17/9 (theo giờ New York), Vụ Kinh tế và Xã hội Liên Hợp Quốc (UNDESA) công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, lần đầu tiên được xếp vào nhóm “rất cao”.

Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ khảo sát trước. Ở kỳ khảo sát năm 2022, Việt Nam đứng thứ 86/193, giữ nguyên thứ hạng so với năm 2020.

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei. Singapore tiếp tục nằm trong nhóm dẫn đầu thế giới với vị trí thứ 3.

Đáng chú ý, chỉ số thành phần về hạ tầng viễn thông (TII) của Việt Nam tăng mạnh nhờ tỷ lệ phủ sóng băng rộng di động và số thuê bao băng rộng cố định tăng nhanh trong hai năm qua.

Minh Anh""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 4. Speed index published mid-August for data of "tháng Bảy" (month in words); the previous edition's
    #    mobile figure (June data) given for comparison. Traps: upload speed, global ranks, Singapore.
    (
        """Tốc độ Internet cố định của Việt Nam tiếp tục tăng

Theo Speedtest Global Index do Ookla công bố ngày 15/8, trong tháng Bảy năm 2024, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 147,26 Mbps, tốc độ tải lên đạt 142,8 Mbps. Với kết quả này, Việt Nam xếp thứ 39/153 quốc gia và vùng lãnh thổ.

Đối với băng rộng di động, tốc độ tải xuống trung vị đạt 52,41 Mbps, xếp thứ 52/111. Ở bản công bố tháng trước, với dữ liệu tháng Sáu, tốc độ tải xuống di động của Việt Nam là 50,17 Mbps.

Singapore tiếp tục dẫn đầu thế giới về tốc độ Internet cố định với 305,6 Mbps.

Các nhà mạng cho biết sẽ tiếp tục nâng cấp mạng lõi, mở rộng dung lượng kết nối quốc tế sau sự cố đứt cáp biển đầu năm.""",
        "2024-08-19",
        [
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 147.26),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 52.41),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 50.17),
        ],
    ),
    # 5. Weekly NDXP bulletin: a daily average over a stated week, a cumulative count to the week's last day,
    #    "Hiện" level at the page date. Traps: week-on-week change, a derived per-hour figure.
    (
        """Bản tin chuyển đổi số tuần

Trong tuần từ ngày 6 đến ngày 12/5/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận trung bình 2,1 triệu giao dịch mỗi ngày, tăng 6,3% so với tuần trước, tương đương khoảng 87.500 giao dịch mỗi giờ.

Lũy kế từ khi khai trương năm 2019 đến hết ngày 12/5/2024, NDXP đã thực hiện 1,92 tỷ giao dịch.

Hiện NDXP đã kết nối với 95 bộ, ngành, địa phương và hình thành 128 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu. Tuần tới, Cục Chuyển đổi số quốc gia sẽ làm việc với một số bộ để đưa thêm các cơ sở dữ liệu chuyên ngành lên nền tảng.""",
        "2024-05-14",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-12", 2100000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-12", 1920000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-05-14", 95.0),
            ("ndxp_connection_points", "national", "as_of", "2024-05-14", 128.0),
        ],
    ),
    # 6. Monthly report excerpt: "tháng Mười Một" in words with no year (the page's date gives 2023);
    #    ministries vs localities split. Traps: point changes, one named ministry's rate.
    (
        """Trong tháng Mười Một, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 61,3%, của các địa phương đạt 38,7%; tăng lần lượt 1,8 và 2,4 điểm phần trăm so với tháng trước. Bộ Tài chính tiếp tục dẫn đầu khối bộ, ngành với 98,5% hồ sơ được xử lý trực tuyến.

Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử chung cả nước trong tháng đạt 57,6%. Tuy nhiên, tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa vẫn ở mức thấp, nhiều nơi chưa có hồ sơ nào được tái sử dụng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương rà soát, tái cấu trúc quy trình, bảo đảm đến hết năm đạt tối thiểu 50% hồ sơ trực tuyến ở cấp tỉnh.""",
        "2023-12-08",
        [
            ("online_dossier_rate", "ministries", "month", "2023-11-30", 61.3),
            ("online_dossier_rate", "localities", "month", "2023-11-30", 38.7),
            ("e_result_rate", "national", "month", "2023-11-30", 57.6),
        ],
    ),
    # 7. Province news (Đà Nẵng), nine months of 2023 read from "9 tháng đầu năm"; a district's rate and
    #    the year's target are traps; the city's satisfaction rate over the same span.
    (
        """Đà Nẵng: Hơn 85% hồ sơ thủ tục hành chính được xử lý trực tuyến

ĐÀ NẴNG – Theo Sở Thông tin và Truyền thông thành phố, 9 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của Đà Nẵng đạt 85,6%, thuộc nhóm cao nhất cả nước. Tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính trong cùng kỳ đạt 98,1%.

Ở cấp quận, huyện, quận Hải Châu có tỷ lệ hồ sơ trực tuyến cao nhất với 92%, huyện Hòa Vang thấp nhất với 71,4%.

Thành phố đặt mục tiêu năm 2023 có 90% hồ sơ được xử lý trực tuyến và 100% kết quả giải quyết được số hóa. Để đạt mục tiêu, Đà Nẵng tiếp tục triển khai mô hình “Tổ công nghệ số cộng đồng” tại 56 phường, xã, hỗ trợ người dân cao tuổi nộp hồ sơ trên môi trường mạng.

Hoàng Vy""",
        "2023-10-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2023-09-30", 85.6),
            ("satisfaction_rate", "Đà Nẵng", "ytd", "2023-09-30", 98.1),
        ],
    ),
    # 8. A statistics report's publication date ("chiều 29/12/2023") differs from the period of its figures
    #    (the year 2023; 2022 given for comparison in parentheses). Traps: point change, vendor's estimate
    #    (e-Conomy SEA), the 2025 target.
    (
        """Kinh tế số chiếm 12,33% GDP năm 2023

Tại họp báo công bố số liệu thống kê kinh tế – xã hội chiều 29/12/2023, Tổng cục Thống kê cho biết tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023 ước đạt 12,33%, cao hơn năm 2022 (11,91%), tăng 0,42 điểm phần trăm.

Trước đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company công bố đầu tháng 11 ước tính quy mô nền kinh tế số Việt Nam đạt khoảng 30 tỷ USD, tăng 19% so với năm trước.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP. Nhiều chuyên gia cho rằng để đạt được mục tiêu này cần đẩy mạnh chuyển đổi số trong các ngành công nghiệp chế biến, chế tạo, nông nghiệp và logistics.""",
        "2024-01-02",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 11.91),
        ],
    ),
    # 9. 5G news of mid-2025: "ngày 30/6" with no year (page date gives 2025). Traps: one operator's stations,
    #    the year-end coverage target, an operator's 5G speed claim, "gần gấp đôi" (derived).
    (
        """Cả nước có 10.870 trạm phát sóng 5G

Tính đến ngày 30/6, cả nước có 10.870 trạm BTS 5G đang hoạt động, phủ sóng 5G đạt 26,1% dân số. Trong đó, Viettel đã lắp đặt hơn 7.500 trạm, VNPT khoảng 2.600 trạm, phần còn lại thuộc MobiFone.

Theo Cục Viễn thông, chỉ trong 6 tháng đầu năm, các doanh nghiệp đã lắp đặt mới gần gấp đôi số trạm 5G của cả năm 2024. Viettel cho biết tốc độ 5G trên mạng của hãng trung bình đạt trên 400 Mbps tại các khu vực đô thị.

Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 phủ sóng 5G cho 90% dân số, tương ứng khoảng 50.000 trạm phát sóng. Các doanh nghiệp được yêu cầu đẩy nhanh tiến độ, tập trung vào khu công nghiệp, bệnh viện, trường đại học và trung tâm hành chính các cấp.

Thu Hà""",
        "2025-07-03",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 10870.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.1),
        ],
    ),
    # 10. Press summary of a ministry report: the report's number and date (10/4/2024) stated, levels as of
    #     5/4/2024 and March flows. Traps: year-on-year change, the report's count of tasks.
    (
        """Theo Báo cáo số 86/BC-BTTTT ngày 10/4/2024 của Bộ Thông tin và Truyền thông về tình hình chuyển đổi số quý I, tính đến ngày 5/4/2024, Cổng Dịch vụ công quốc gia có 11,2 triệu tài khoản đăng ký. Trong tháng 3/2024, Cổng tiếp nhận 1,31 triệu hồ sơ trực tuyến, tăng 27% so với cùng kỳ năm 2023; thực hiện 612.000 giao dịch thanh toán trực tuyến.

Báo cáo cũng nêu 14 nhiệm vụ trong Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số đã hoàn thành đúng hạn, 9 nhiệm vụ đang triển khai.""",
        "2024-04-15",
        [
            ("national_portal_accounts", "national", "as_of", "2024-04-05", 11200000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1310000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 612000.0),
        ],
    ),
    # 11. A province's report excerpt with its own dateline only (no sidecar): "Hiện nay" at the dateline,
    #     nine months read as ytd. Traps: a city's (district-level) rate, the 2025 GRDP target, the count of
    #     procedures in the province's list.
    (
        """ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Số: 412/BC-UBND
Quảng Ninh, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chuyển đổi số 9 tháng năm 2024

…
2. Về chính quyền số
Hiện nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình (1.126 thủ tục). Trong 9 tháng năm 2024, tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến của tỉnh đạt 89,6%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,4%. Thành phố Hạ Long có tỷ lệ hồ sơ trực tuyến cao nhất với 95,1%.

3. Về kinh tế số
Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP; hiện đang phối hợp với Cục Thống kê xây dựng phương pháp đo lường.""",
        None,
        [
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2024-10-05", 100.0),
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 89.6),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 96.4),
        ],
    ),
    # 12. Banking article of February: levels "đến cuối năm 2023". Traps: rural sub-count after "trong đó",
    #     change in transactions, a target for 2025.
    (
        """Hơn 8 triệu khách hàng dùng Mobile Money

Theo Ngân hàng Nhà nước, tính đến cuối năm 2023, số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt 8,1 triệu, trong đó khoảng 6,1 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Giá trị giao dịch qua Mobile Money năm 2023 tăng 71,4% so với năm 2022.

Cũng đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%, vượt mục tiêu 80% đặt ra cho năm 2025 trong Chiến lược tài chính toàn diện quốc gia.

Ngân hàng Nhà nước cho biết sẽ tiếp tục phối hợp với Bộ Công an làm sạch dữ liệu tài khoản, đối chiếu thông tin sinh trắc học với căn cước công dân gắn chip.""",
        "2024-02-20",
        [
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 8100000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.1),
        ],
    ),
    # 13. Quarterly review printed late (page of 20 May): "Hiện nay" in a Q1 text is the quarter's end.
    #     Traps: a change in subscribers, the upload speed, the 2025 smartphone target.
    (
        """Quý I/2025: Hạ tầng băng rộng tiếp tục mở rộng

Trong quý I/2025, các doanh nghiệp viễn thông đã phát triển mới 1,2 triệu thuê bao băng rộng cố định, tăng 9,8% so với cùng kỳ năm trước. Hiện nay, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 83,5%; tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động đạt 88,7%.

Tốc độ tải lên trung bình của mạng cố định đạt 160 Mbps. Theo kế hoạch, đến cuối năm 2025 tỷ lệ thuê bao sử dụng smartphone đạt 95%, tiến tới tắt hoàn toàn sóng 2G từ tháng 9.

Nguồn: Báo cáo tổng hợp quý I/2025 của Cục Viễn thông""",
        "2025-05-20",
        [
            ("ftth_household_rate", "national", "as_of", "2025-03-31", 83.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 88.7),
        ],
    ),
    # 14. Security news with a page-furniture date only: "tháng 8 vừa qua" has no year (the page's date gives it);
    #     the July figure is given for comparison (kept). Traps: the decline in percent, the phishing count
    #     (no id), a bank's own figure.
    (
        """Trang chủ > Công nghệ > An ninh mạng
Thứ Năm, 05/09/2024 08:30 (GMT+7)

Tấn công mạng vào hệ thống thông tin Việt Nam giảm trong tháng 8

Trong tháng 8 vừa qua, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 355 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,7% so với tháng 7 (402 cuộc). Trong số đó có 211 cuộc tấn công lừa đảo (phishing), 87 cuộc tấn công thay đổi giao diện và 57 cuộc tấn công cài mã độc.

Cũng trong tháng, hệ thống kỹ thuật của Cục đã phát hiện và ngăn chặn 1.368 trang web lừa đảo. Một ngân hàng thương mại cổ phần cho biết đã chặn hơn 20.000 giao dịch đáng ngờ trong cùng thời gian.

Phạm Dũng""",
        "2024-09-05",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 355.0),
            ("cyberattacks", "national", "month", "2024-07-31", 402.0),
        ],
    ),
    # 15. Monthly report with an explicit reporting window ("từ ngày 20/8 đến ngày 19/9/2023") that wins over the
    #     calendar month; "Đến nay" level at the page's date. Traps: change vs August, the daily average of
    #     dossiers (no id), the count of services integrated.
    (
        """Trong tháng 9/2023 (từ ngày 20/8 đến ngày 19/9/2023), Cổng Dịch vụ công quốc gia có thêm 356.800 tài khoản đăng ký và tiếp nhận 1.072.500 hồ sơ trực tuyến, tăng 5,1% so với tháng 8. Trong cùng thời gian có 451.300 giao dịch thanh toán trực tuyến, tổng số tiền 347 tỷ đồng.

Bình quân mỗi ngày làm việc, Cổng tiếp nhận khoảng 48.000 hồ sơ. Trong kỳ, Văn phòng Chính phủ đã phối hợp với các bộ tích hợp thêm 12 dịch vụ công thiết yếu, trong đó có thông báo lưu trú và đăng ký thường trú.

Đến nay, Cổng đã có 8.714.100 tài khoản đăng ký.""",
        "2023-09-25",
        [
            ("national_portal_accounts_new", "national", "month", "2023-09-19", 356800.0),
            ("national_portal_dossiers_new", "national", "month", "2023-09-19", 1072500.0),
            ("online_payments_count_new", "national", "month", "2023-09-19", 451300.0),
            ("online_payments_value_new", "national", "month", "2023-09-19", 347.0),
            ("national_portal_accounts", "national", "as_of", "2023-09-25", 8714100.0),
        ],
    ),
    # 16. Police news with a clock time in the cut-off ("17h ngày 20/12/2023"). Traps: dossiers collected
    #     (not cards issued), the year-end activation target, one province's police (only as a change).
    (
        """Đã cấp hơn 85 triệu thẻ căn cước công dân gắn chip

Tính đến 17h ngày 20/12/2023, lực lượng Công an đã thu nhận 86,1 triệu hồ sơ và cấp 85,3 triệu thẻ căn cước công dân gắn chip điện tử; kích hoạt 44,5 triệu tài khoản định danh điện tử.

Bộ Công an yêu cầu Công an các đơn vị, địa phương phấn đấu đến ngày 31/12/2023 kích hoạt 45 triệu tài khoản, đồng thời tiếp tục làm sạch dữ liệu dân cư. Trong tuần qua, Công an tỉnh Nghệ An kích hoạt thêm 52.000 tài khoản, tăng 18% so với tuần trước.

Người dân có thể đăng ký tài khoản định danh điện tử mức 1 trực tiếp trên ứng dụng VNeID hoặc đến Công an cấp xã để đăng ký mức 2.""",
        "2023-12-21",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-20", 85300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-20", 44500000.0),
        ],
    ),
    # 17. Tax news: a cumulative count "từ ngày 1/7/2022 đến ngày 30/9/2023" is a level at its end date.
    #     Traps: sub-count "trong đó ... có mã", cash-register invoices (another measure), a district tax office's count.
    (
        """Ngành thuế đã tiếp nhận, xử lý hơn 4,3 tỷ hóa đơn điện tử

Theo Tổng cục Thuế, từ ngày 1/7/2022 đến ngày 30/9/2023, cơ quan thuế đã tiếp nhận, xử lý 4,3 tỷ hóa đơn điện tử, trong đó 1,1 tỷ hóa đơn có mã của cơ quan thuế. Hiện có 1,6 triệu doanh nghiệp, tổ chức và hộ kinh doanh đang sử dụng hóa đơn điện tử.

Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đến nay đã có hơn 42.000 người nộp thuế đăng ký áp dụng. Chi cục Thuế Quận 1 (TP Hồ Chí Minh) cho biết đã xử lý khoảng 78 triệu hóa đơn trong cùng kỳ.""",
        "2023-10-10",
        [("e_invoices_total", "national", "as_of", "2023-09-30", 4300000000.0)],
    ),
    # 18. Year-end security round-up (January page): "Năm 2022" flow, a December flow, a year-end botnet level.
    #     Traps: declines in percent, the phishing share, the target of the next year.
    (
        """Năm 2022: Số cuộc tấn công mạng gây sự cố giảm mạnh

Năm 2022, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,4% so với năm 2021. Riêng tháng 12/2022 ghi nhận 872 cuộc.

Tính đến hết tháng 12/2022, số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 591.000, giảm 35% so với cùng kỳ năm 2021. Tấn công lừa đảo chiếm khoảng 40% tổng số cuộc tấn công.

Năm 2023, Bộ Thông tin và Truyền thông đặt mục tiêu giảm 30% số địa chỉ IP botnet và 100% hệ thống thông tin được phê duyệt cấp độ an toàn.""",
        "2023-01-06",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("cyberattacks", "national", "month", "2022-12-31", 872.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 591000.0),
        ],
    ),
    # 19. Security-levels update: ministries vs localities and the national rate at a stated date.
    #     Traps: the count of systems, one ministry's rate, the year-end target.
    (
        """Theo Bộ Thông tin và Truyền thông, tính đến ngày 31/8/2024, cả nước có 4.817 hệ thống thông tin thuộc diện phải phê duyệt hồ sơ đề xuất cấp độ. Tỷ lệ hệ thống thông tin đã được phê duyệt cấp độ chung cả nước đạt 75,3%; khối bộ, ngành đạt 82,4%, khối địa phương đạt 71,6%. Bộ Quốc phòng và Bộ Công an đã hoàn thành 100%.

Mục tiêu đến hết năm 2024, 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn theo cấp độ.""",
        "2024-09-10",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-31", 75.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-08-31", 82.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-08-31", 71.6),
        ],
    ),
    # 20. Dead-zone programme news: "Đến nay"/"Hiện" levels at the page's date. Traps: the covered count
    #     (no id), the target of mid-2025, one province's villages still waiting (a remainder).
    (
        """Xóa “vùng lõm sóng”: tăng tốc ở các tỉnh miền núi

Đến nay, Chương trình “Sóng và máy tính cho em” cùng các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.195/1.930 thôn, bản lõm sóng có điện lưới, đạt 61,9%. Hiện cả nước còn 735 thôn, bản chưa có sóng di động băng rộng, tập trung ở Hà Giang, Lai Châu, Nghệ An và Kon Tum.

Bộ Thông tin và Truyền thông phấn đấu đến tháng 6/2025 cơ bản xóa các thôn lõm sóng có điện lưới. Tại Lai Châu, 48 thôn còn lại sẽ được phủ sóng trong quý I/2025.""",
        "2024-11-15",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-15", 61.9),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-15", 735.0),
        ],
    ),
    # 21. Đề án 06 progress: "Đến ngày 15/11/2023" carried to the next sentence ("Cũng đến thời điểm này").
    #     Traps: the remainder "28 dịch vụ còn lại", the year-end deadline.
    (
        """Đến ngày 15/11/2023, đã có 25/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 28 dịch vụ còn lại đang được các bộ, ngành hoàn thiện quy trình, dự kiến hoàn thành trong tháng 12/2023. Cũng đến thời điểm này, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình đạt 47,1%.

Tổ công tác triển khai Đề án 06 của Chính phủ yêu cầu các bộ, ngành không để tồn đọng hồ sơ trực tuyến quá hạn, tăng cường tái sử dụng dữ liệu dân cư đã được làm sạch.""",
        "2023-11-20",
        [
            ("essential_services_full_process", "national", "as_of", "2023-11-15", 25.0),
            ("dvctt_full_process_rate", "national", "as_of", "2023-11-15", 47.1),
        ],
    ),
    # 22. Portal index page for a month written in words ("Tháng Tư năm 2024") with a later data-update date
    #     (06/5/2024) that is not the period. Traps: on-time rate (no id), count of procedures published.
    (
        """Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp
Kỳ đánh giá: Tháng Tư năm 2024 – Toàn quốc
(Dữ liệu cập nhật ngày 06/5/2024)

Công khai, minh bạch: 6.342 thủ tục hành chính được công bố, công khai
Tiến độ giải quyết: 96,3% hồ sơ giải quyết đúng hạn
Dịch vụ trực tuyến: Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ 54,2%; Tỷ lệ hồ sơ xử lý trực tuyến 41,8%
Số hóa hồ sơ: Tỷ lệ cấp kết quả điện tử 64,5%; Tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa 12,8%
Mức độ hài lòng: 91,2%

Ghi chú: Số liệu được tổng hợp tự động từ Hệ thống thông tin giải quyết thủ tục hành chính của các bộ, ngành, địa phương.""",
        "2024-05-07",
        [
            ("dvctt_with_dossiers_rate", "national", "month", "2024-04-30", 54.2),
            ("online_dossier_rate", "national", "month", "2024-04-30", 41.8),
            ("e_result_rate", "national", "month", "2024-04-30", 64.5),
            ("data_reuse_rate", "national", "month", "2024-04-30", 12.8),
            ("satisfaction_rate", "national", "month", "2024-04-30", 91.2),
        ],
    ),
    # 23. Province page (Thừa Thiên Huế): a level at a stated date. Traps: a town's rate, the province's own
    #     portal count of dossiers in September, app downloads (no id), the 2025 target.
    (
        """Thừa Thiên Huế dẫn đầu về hồ sơ trực tuyến toàn trình

(TTH.VN) – Theo Sở Thông tin và Truyền thông, tính đến ngày 30/9/2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Thừa Thiên Huế đạt 72,3%, cao hơn nhiều so với bình quân cả nước. Thị xã Hương Thủy đạt 81%, cao nhất trong các đơn vị cấp huyện.

Riêng tháng 9/2024, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh tiếp nhận 45.600 hồ sơ trực tuyến. Ứng dụng Hue-S đến nay đã có hơn 1,2 triệu lượt tải.

Tỉnh phấn đấu đến năm 2025 có 80% hồ sơ được xử lý trực tuyến toàn trình, trở thành địa phương đầu tiên của cả nước vận hành mô hình đô thị thông minh bao phủ toàn tỉnh.""",
        "2024-10-08",
        [("online_dossier_full_process_rate", "Thừa Thiên Huế", "as_of", "2024-09-30", 72.3)],
    ),
    # 24. Province economy news: "Năm 2023" share of GRDP for Bình Dương. Traps: the headline's undated restatement,
    #     growth of the province's e-commerce (no id), a city named as leader, the 2025 and 2030 targets.
    (
        """Bình Dương: Kinh tế số chiếm khoảng 13,5% GRDP

Năm 2023, kinh tế số của tỉnh Bình Dương chiếm khoảng 13,5% GRDP, cao hơn bình quân cả nước. Doanh thu thương mại điện tử của tỉnh tăng 25% so với năm 2022. Thành phố Thủ Dầu Một được đánh giá là địa phương dẫn đầu về chuyển đổi số cấp huyện.

Theo Kế hoạch chuyển đổi số của tỉnh, đến năm 2025 kinh tế số chiếm 20% GRDP và đến năm 2030 đạt 30%.

Ngọc Lan""",
        "2024-03-18",
        [("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 13.5)],
    ),
    # 25. Mid-year summary: "Tính đến ngày 30/6/2024" rates split ministries/localities plus the national share
    #     of procedures online. Traps: a point change vs end-2023, the year-end target.
    (
        """Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 30/6/2024, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 59,8%, của các địa phương đạt 47,6%. Tỷ lệ thủ tục hành chính được cung cấp trực tuyến chung cả nước đạt 83,1%, tăng 2,4 điểm phần trăm so với cuối năm 2023.

Theo Nghị quyết số 01/NQ-CP, đến hết năm 2024 tỷ lệ dịch vụ công trực tuyến toàn trình phải đạt tối thiểu 80% số thủ tục hành chính có đủ điều kiện.""",
        "2024-07-10",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-06-30", 59.8),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-06-30", 47.6),
            ("dvctt_rate", "national", "as_of", "2024-06-30", 83.1),
        ],
    ),
    # 26. Report table whose column headers date the values: "Tháng 5/2024" (month) and "Lũy kế 5 tháng năm 2024"
    #     (ytd). Trap: the "So với tháng 4" column of changes.
    (
        """Bảng 1. Một số chỉ tiêu của Cổng Dịch vụ công quốc gia

| Chỉ tiêu | Tháng 5/2024 | Lũy kế 5 tháng năm 2024 | So với tháng 4 (%) |
|---|---|---|---|
| Tài khoản đăng ký mới | 1.021.300 | 3.904.700 | +14,2 |
| Hồ sơ trực tuyến tiếp nhận | 1.452.600 | 6.803.100 | +6,5 |
| Giao dịch thanh toán trực tuyến | 698.400 | 3.117.900 | +3,8 |
| Số tiền thanh toán trực tuyến (tỷ đồng) | 561 | 2.486 | +2,1 |

Nguồn: Văn phòng Chính phủ, số liệu chốt ngày 31/5/2024.""",
        "2024-06-12",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 1021300.0),
            ("national_portal_accounts_new", "national", "ytd", "2024-05-31", 3904700.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1452600.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-05-31", 6803100.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 698400.0),
            ("online_payments_count_new", "national", "ytd", "2024-05-31", 3117900.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 561.0),
            ("online_payments_value_new", "national", "ytd", "2024-05-31", 2486.0),
        ],
    ),
    # 27. NDXP monthly note: "tháng Chín" in words without a year (page date gives 2023); a daily average and a
    #     monthly flow of the same month, cumulative level to the month's end. Traps: change vs August, the count
    #     of databases connected (no id).
    (
        """Trong tháng Chín, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 51,9 triệu giao dịch, trung bình 1,73 triệu giao dịch mỗi ngày, cao hơn 9% so với tháng Tám. Lũy kế đến hết tháng 9/2023, tổng số giao dịch qua NDXP đạt 1,36 tỷ giao dịch.

NDXP hiện đang kết nối với hơn 20 cơ sở dữ liệu quốc gia, chuyên ngành, tiêu biểu là Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu quốc gia về bảo hiểm và Cơ sở dữ liệu đăng ký doanh nghiệp.""",
        "2023-10-06",
        [
            ("ndxp_transactions_period", "national", "month", "2023-09-30", 51900000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 1730000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-09-30", 1360000000.0),
        ],
    ),
    # 28. Plan news with only targets and counts of tasks (no value): "Kế hoạch năm 2025", "phấn đấu", "mục tiêu",
    #     an issue date (13/2/2025) that dates nothing measured.
    (
        """Ủy ban Quốc gia về chuyển đổi số ban hành Kế hoạch hoạt động năm 2025

Ngày 13/2/2025, Chủ tịch Ủy ban Quốc gia về chuyển đổi số ký ban hành Kế hoạch hoạt động năm 2025 với 42 nhiệm vụ giao cho các bộ, ngành, địa phương.

Theo Kế hoạch, năm 2025 phấn đấu 80% dịch vụ công trực tuyến được cung cấp toàn trình; 40% người dân trưởng thành sử dụng dịch vụ công trực tuyến; tỷ trọng kinh tế số đạt 20% GDP; phủ sóng 5G đạt 90% dân số; 100% hệ thống thông tin được phê duyệt cấp độ an toàn.

Kế hoạch cũng giao Bộ Công an chủ trì hoàn thành 25 cơ sở dữ liệu quốc gia, chuyên ngành trong quý II/2025.""",
        "2025-02-14",
        [],
    ),
    # 29. Speed article on January data with the same month a year earlier given for comparison (kept, own month).
    #     Traps: the change in percent, rank among ASEAN, the upload speed, Thailand's figure.
    (
        """Tháng Một năm 2024, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 98,62 Mbps, tăng 21,7% so với tháng Một năm 2023 (81,04 Mbps), theo dữ liệu Speedtest Global Index vừa được Ookla công bố. Tốc độ tải lên đạt 96,1 Mbps. Tốc độ tải xuống của băng rộng di động đạt 45,12 Mbps, đứng thứ 5 trong ASEAN. Cùng kỳ, Thái Lan đạt 226,4 Mbps đối với mạng cố định.

Dù chịu ảnh hưởng của sự cố 4/5 tuyến cáp quang biển quốc tế, tốc độ mạng di động vẫn được duy trì nhờ các nhà mạng điều chuyển lưu lượng sang tuyến cáp đất liền.""",
        "2024-02-21",
        [
            ("fixed_broadband_speed", "national", "month", "2024-01-31", 98.62),
            ("fixed_broadband_speed", "national", "month", "2023-01-31", 81.04),
            ("mobile_broadband_speed", "national", "month", "2024-01-31", 45.12),
        ],
    ),
    # 30. Telecom statistics to "hết tháng 6/2024": subscription counts and per-100 densities.
    #     Traps: new subscriptions in the half (no id), one operator's share, the 2025 target density.
    (
        """Theo Cục Viễn thông, đến hết tháng 6/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, đạt 23,2 thuê bao/100 dân; số thuê bao băng rộng di động đạt 89,6 triệu, tương ứng 89,9 thuê bao/100 dân. Trong 6 tháng đầu năm, các doanh nghiệp phát triển mới 742.000 thuê bao băng rộng cố định. VNPT chiếm khoảng 38% thị phần băng rộng cố định.

Chiến lược phát triển hạ tầng số đặt mục tiêu đến năm 2025 có 100 thuê bao băng rộng di động/100 dân.""",
        "2024-07-25",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.2),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 89600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 89.9),
        ],
    ),
    # 31. Internet-users article: the ministry's estimate to end-2023 is a value; the vendor's report published
    #     in February (Digital 2024) with its own share is not. Traps: vendor's user count and share, social
    #     media users, a change.
    (
        """Gần 80% dân số Việt Nam sử dụng Internet

Theo Bộ Thông tin và Truyền thông, tính đến cuối năm 2023, tỷ lệ người dân sử dụng Internet ước đạt 78,6%, tăng 1,4 điểm phần trăm so với năm 2022.

Trong khi đó, báo cáo Digital 2024 do We Are Social và Meltwater công bố cuối tháng 2 cho biết Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số, với 72,7 triệu tài khoản mạng xã hội đang hoạt động. Người Việt dành trung bình 6 giờ 18 phút mỗi ngày để truy cập Internet.

Chuyên gia nhận định tỷ lệ sử dụng Internet cao là nền tảng quan trọng để phát triển xã hội số, song khoảng cách số giữa thành thị và nông thôn vẫn còn đáng kể.""",
        "2024-03-05",
        [("internet_users_rate", "national", "as_of", "2023-12-31", 78.6)],
    ),
    # 32. Year-end conference news dated only by its page furniture (no sidecar): "Hiện nay" levels at that date;
    #     the year's flows are labelled by "năm 2024". Traps: the 2025 target, the count of conferences held.
    (
        """Cập nhật 10:15, Thứ Ba, 07/01/2025

Ngành thông tin và truyền thông tổng kết năm 2024

Sáng nay, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025 theo hình thức trực tiếp kết hợp trực tuyến tới 63 điểm cầu địa phương.

Báo cáo tại hội nghị cho biết, hiện nay 99,2% thôn, bản trên cả nước đã có sóng di động băng rộng; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 45,6%. Năm 2024, Cục An toàn thông tin đã ghi nhận 4.962 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 64,3% so với năm 2023.

Năm 2025, Bộ đặt mục tiêu 100% thôn, bản có sóng di động băng rộng và tổ chức 12 hội nghị chuyên đề về an toàn thông tin cho các địa phương.""",
        None,
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-01-07", 99.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-01-07", 45.6),
            ("cyberattacks", "national", "year", "2024-12-31", 4962.0),
        ],
    ),
    # 33. Government notice (thông báo kết luận) published a week after the meeting: "Hiện nay" and the EMC figure
    #     are at the meeting date, not the page's. Traps: the remainder "02 địa phương chưa ban hành", the
    #     notice's number and date, counts of tasks.
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp ngày 22/7/2024 về thúc đẩy cung cấp dịch vụ công trực tuyến

Ngày 22/7/2024, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp về thúc đẩy cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo, Phó Thủ tướng kết luận:

1. Thời gian qua, việc cung cấp dịch vụ công trực tuyến đã có nhiều chuyển biến. Hiện nay, 61/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 02 địa phương chưa ban hành. 100% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối, đồng bộ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC). Tỷ lệ hồ sơ thủ tục hành chính gắn với số định danh cá nhân đạt 92,4%.

2. Giao 15 nhiệm vụ cụ thể cho các bộ, ngành, địa phương, hoàn thành trước ngày 30/9/2024.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.""",
        "2024-07-30",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-07-22", 61.0),
            ("emc_connection_rate", "national", "as_of", "2024-07-22", 100.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-07-22", 92.4),
        ],
    ),
    # 34. Reform progress "tính đến ngày 31/3/2023" on a page of April. Traps: the remainder not yet cut,
    #     the count of decrees issued, the ministry leading.
    (
        """Cắt giảm, đơn giản hóa quy định kinh doanh: còn chậm ở một số bộ

Theo Văn phòng Chính phủ, tính đến ngày 31/3/2023, các bộ, cơ quan đã thực thi phương án cắt giảm, đơn giản hóa 785/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; 299 thủ tục hành chính còn lại chưa được thực thi. Trong quý I, các bộ đã ban hành 17 nghị định, thông tư để thực thi phương án. Bộ Công Thương là đơn vị có số thủ tục được cắt giảm nhiều nhất.

Văn phòng Chính phủ đề nghị các bộ khẩn trương hoàn thành trong năm 2023.""",
        "2023-04-12",
        [("procedures_simplified", "national", "as_of", "2023-03-31", 785.0)],
    ),
    # 35. Weekly police bulletin: levels "tính đến hết ngày 8/12/2024" beside a week-on-week change.
    #     Traps: the change in percent, one province's police activations in the week, biometric updates (no id).
    (
        """Bản tin tuần (từ ngày 2/12 đến ngày 8/12/2024) về triển khai Đề án 06

Tính đến hết ngày 8/12/2024, cả nước đã cấp 87,6 triệu thẻ căn cước, căn cước công dân gắn chip và kích hoạt 58,2 triệu tài khoản định danh điện tử. Số tài khoản được kích hoạt tăng 0,7% so với tuần trước. Trong tuần, Công an tỉnh Thanh Hóa kích hoạt mới 23.400 tài khoản, dẫn đầu cả nước.

Các ngân hàng đã đối chiếu sinh trắc học thành công cho 48 triệu hồ sơ khách hàng cá nhân qua ứng dụng VNeID và thiết bị đọc chip.""",
        "2024-12-10",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-08", 87600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-08", 58200000.0),
        ],
    ),
    # 36. Headline carries the date of the level ("Ngày 20/11/2024") while the page appeared the next day and the
    #     body says only "tính đến hôm nay". Traps: level-2 sub-count after "trong đó", the year-end target.
    (
        """Ngày 20/11/2024: Số tài khoản định danh điện tử được kích hoạt tiếp tục tăng

Theo Trung tâm dữ liệu quốc gia về dân cư (Bộ Công an), tính đến hôm nay, cả nước đã kích hoạt 57,3 triệu tài khoản định danh điện tử, trong đó 54,9 triệu tài khoản mức độ 2. Bộ Công an phấn đấu đến cuối năm 2024 có 60 triệu tài khoản được kích hoạt, phục vụ việc đăng nhập một lần vào Cổng Dịch vụ công quốc gia và các ứng dụng ngân hàng.""",
        "2024-11-21",
        [("vneid_activated_accounts", "national", "as_of", "2024-11-20", 57300000.0)],
    ),
    # 37. Early-January statistics news: the year 2024's digital-economy share and its growth (growth is the
    #     indicator here). Traps: the vendor's growth estimate, the 2030 target, e-commerce growth (no id).
    (
        """Kinh tế số năm 2024 tăng trưởng mạnh

Theo số liệu Tổng cục Thống kê công bố sáng 6/1/2025, giá trị tăng thêm của kinh tế số năm 2024 tăng 16,1% so với năm 2023 và chiếm 18,3% GDP. Doanh thu bán lẻ trực tuyến tăng 21% so với năm trước.

Trước đó, báo cáo e-Conomy SEA 2024 công bố tháng 11/2024 dự báo kinh tế số Việt Nam tăng 16% và đạt 36 tỷ USD tổng giá trị hàng hóa. Mục tiêu đến năm 2030, kinh tế số chiếm 30% GDP.""",
        "2025-01-07",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 16.1),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 38. Half-year security news: a half, a June month, a botnet level "đến ngày 30/6/2023". Traps: the change,
    #     the share of phishing, the 6-month count of warnings (no id).
    (
        """6 tháng đầu năm 2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 5.750 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Riêng tháng 6/2023 ghi nhận 1.032 cuộc. Số lượng địa chỉ IP của Việt Nam nằm trong mạng botnet đến ngày 30/6/2023 là 546.000, giảm 10,2% so với cuối năm 2022.

Cũng trong 6 tháng, Cục đã phát đi 34 cảnh báo về các lỗ hổng bảo mật nghiêm trọng, đề nghị các cơ quan, tổ chức khẩn trương rà soát, khắc phục.""",
        "2023-07-06",
        [
            ("cyberattacks", "national", "half", "2023-06-30", 5750.0),
            ("cyberattacks", "national", "month", "2023-06-30", 1032.0),
            ("botnet_ips", "national", "as_of", "2023-06-30", 546000.0),
        ],
    ),
    # 39. EGDI 2022 article (September 2022) giving earlier editions: 2020 in parentheses and 2018 in a history
    #     sentence; each rank dated by its edition's year. Traps: EGDI score, the online-services sub-index rank,
    #     Singapore's rank, "tăng 1 bậc".
    (
        """Việt Nam giữ vững vị trí 86/193 về Chính phủ điện tử

Báo cáo Khảo sát Chính phủ điện tử năm 2022 do Liên Hợp Quốc công bố ngày 28/9 cho thấy Việt Nam xếp thứ 86/193 quốc gia, giữ nguyên vị trí so với kỳ đánh giá năm 2020 (cũng ở vị trí 86/193). Điểm EGDI của Việt Nam tăng lên 0,6787. Chỉ số dịch vụ trực tuyến (OSI) xếp thứ 76.

Trước đó, năm 2018, Việt Nam xếp thứ 88/193, tăng 1 bậc so với năm 2016. Singapore đứng thứ 12 trong kỳ đánh giá năm 2022.""",
        "2022-09-29",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
        ],
    ),
    # 40. Portal monthly split for "tháng Hai năm 2025" in words. Traps: point changes attributed to Tết holidays,
    #     a named ministry's rate, the province leading.
    (
        """Trong tháng Hai năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 52,6%, của các địa phương đạt 39,4%. Do ảnh hưởng của kỳ nghỉ Tết Nguyên đán, tỷ lệ này ở khối địa phương giảm 1,9 điểm phần trăm so với tháng Một. Bộ Công an đạt 96,8%; Bắc Ninh dẫn đầu khối địa phương.

Văn phòng Chính phủ lưu ý các địa phương không được yêu cầu người dân nộp thêm bản giấy đối với hồ sơ đã nộp trực tuyến.""",
        "2025-03-10",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-02-28", 52.6),
            ("online_dossier_full_process_rate", "localities", "month", "2025-02-28", 39.4),
        ],
    ),
    # 41. Whole city article (Hà Nội) on the third quarter, printed 15 days later: the quarter's rate and a
    #     "Hiện nay" level at the page's date. Traps: a district's and a ward's figures, the year-end target,
    #     the count of online services (no id).
    (
        """HÀ NỘI MỚI
Thứ Ba, 15/10/2024 | Chính trị – Thời sự

Hà Nội: Hồ sơ trực tuyến quý III/2024 tăng mạnh ở cấp xã

Theo Sở Thông tin và Truyền thông Hà Nội, quý III/2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của thành phố đạt 77,8%. Trong đó, quận Hoàn Kiếm đạt 93,2%, cao nhất trong 30 quận, huyện, thị xã; phường Cửa Nam là đơn vị cấp xã có tỷ lệ cao nhất với 98%.

Hiện nay, tỷ lệ thủ tục hành chính của thành phố được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình đạt 61,5%, tương ứng 1.187 dịch vụ.

Thành phố đặt mục tiêu đến hết năm 2024, 80% hồ sơ được xử lý trực tuyến và 100% kết quả giải quyết thủ tục hành chính được số hóa.

Bài và ảnh: Thanh Hiền

Từ khóa: chuyển đổi số, dịch vụ công trực tuyến, Hà Nội""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-09-30", 77.8),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-10-15", 61.5),
        ],
    ),
    # 42. A yearbook's release date (tháng 9/2024) differs from its data (end of 2023). Traps: ICT revenue (no id),
    #     the change, the yearbook's page count.
    (
        """Sách trắng Công nghệ thông tin và truyền thông Việt Nam 2024 được phát hành tháng 9/2024, dày 284 trang, cung cấp số liệu thống kê chính thức của ngành. Theo Sách trắng, tính đến hết năm 2023, cả nước có 22,1 triệu thuê bao băng rộng cố định và 93,5 triệu thuê bao di động sử dụng điện thoại thông minh. Doanh thu lĩnh vực công nghiệp công nghệ thông tin năm 2023 đạt 142 tỷ USD, tăng 8,3% so với năm 2022.""",
        "2024-10-02",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22100000.0),
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 93500000.0),
        ],
    ),
    # 43. Half-year review printed in late August: the half's flows and a "Hiện nay" level that belongs to the
    #     half's end (more than 35 days before the page). Traps: change vs the same half of 2022, the target.
    (
        """Sơ kết 6 tháng đầu năm 2023 về cải cách thủ tục hành chính

6 tháng đầu năm 2023, Cổng Dịch vụ công quốc gia có thêm 2,1 triệu tài khoản đăng ký mới và tiếp nhận 5,2 triệu hồ sơ trực tuyến, tăng 38% so với cùng kỳ năm 2022. Hiện nay, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 81,2%.

Theo kế hoạch, năm 2023 phấn đấu 50% hồ sơ thủ tục hành chính được xử lý trực tuyến.""",
        "2023-08-20",
        [
            ("national_portal_accounts_new", "national", "half", "2023-06-30", 2100000.0),
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 5200000.0),
            ("dvctt_rate", "national", "as_of", "2023-06-30", 81.2),
        ],
    ),
    # 44. NDXP article of early April: a quarter's flow, a "hiện" daily average with no window (page date) and
    #     a cumulative level "đến nay". Traps: a province's LGSP daily figure, the change in percent.
    (
        """Nền tảng NDXP xử lý 212 triệu giao dịch trong quý I

Trong quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 212 triệu giao dịch, tăng 31% so với cùng kỳ năm 2024. Hiện mỗi ngày NDXP xử lý bình quân khoảng 2,5 triệu giao dịch. Từ khi đưa vào vận hành năm 2019 đến nay, tổng số giao dịch qua NDXP đạt 3,1 tỷ.

Ở cấp địa phương, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bắc Giang xử lý trung bình 120.000 giao dịch mỗi ngày.""",
        "2025-04-02",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 212000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-02", 2500000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-02", 3100000000.0),
        ],
    ),
]
