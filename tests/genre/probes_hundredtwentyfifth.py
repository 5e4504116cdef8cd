"""Genre probes, round 125: press summaries of the monthly and quarterly national figures with time told relatively and across sentences, and provincial pages quoting them, 2022–2026, written blind and held out.

Held out to the end of stop 46 and not fitted: read once with the stop's start code 5e4027b (139 of 143 right, 139 of 153 found (0.97 / 0.91)) and once with its final extraction code (141 of 145, 141 of 153 (0.97 / 0.92)).
"""

CASES = [
    # Government portal summary of May 2024 (month named once, then "trong tháng", "cũng trong tháng 5");
    # traps: change vs previous month and vs same period, a target for end-2024, a count of documents.
    (
        """Cổng Dịch vụ công quốc gia: Số hồ sơ trực tuyến tháng 5 tiếp tục tăng

(Chinhphu.vn) - Văn phòng Chính phủ vừa có báo cáo tình hình cung cấp, sử dụng dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia tháng 5/2024.

Theo báo cáo, trong tháng, Cổng Dịch vụ công quốc gia có thêm 412.350 tài khoản đăng ký mới; tiếp nhận 1.236.800 hồ sơ trực tuyến, tăng 9,4% so với tháng trước. Cũng trong tháng 5, Cổng ghi nhận 986.400 giao dịch thanh toán trực tuyến với tổng số tiền 512 tỷ đồng.

Lũy kế từ đầu năm đến hết tháng 5, Cổng đã tiếp nhận 5,4 triệu hồ sơ trực tuyến, tăng 38% so với cùng kỳ năm 2023. Tính đến ngày 31/5/2024, tổng số tài khoản đăng ký trên Cổng đạt 12,9 triệu tài khoản.

Trong tháng, Văn phòng Chính phủ đã ban hành 06 văn bản đôn đốc, hướng dẫn các bộ, ngành, địa phương tái cấu trúc quy trình, tích hợp dịch vụ công lên Cổng. Văn phòng Chính phủ đề nghị các cơ quan phấn đấu đến hết năm 2024 đạt tỷ lệ 80% hồ sơ trực tuyến toàn trình trên tổng số hồ sơ đối với các dịch vụ công đã cung cấp toàn trình.

Thanh Hương""",
        "2024-06-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 412350.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1236800.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 986400.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 512.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-05-31", 5400000.0),
            ("national_portal_accounts", "national", "as_of", "2024-05-31", 12900000.0),
        ],
    ),
    # Quảng Ninh portal page on August 2023, quoting the national rate of "the same month";
    # traps: district (city-level) rates, change in percentage points, the September target, raw dossier counts.
    (
        """Quảng Ninh: Tỷ lệ hồ sơ trực tuyến tháng 8 đạt 78,5%

Cập nhật: 12/09/2023 08:15

Theo Trung tâm Phục vụ hành chính công tỉnh, trong tháng 8/2023, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 58.214 hồ sơ thủ tục hành chính, trong đó 45.698 hồ sơ được nộp trực tuyến, đạt tỷ lệ 78,5%. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 56,2%, cao hơn 3,1 điểm phần trăm so với tháng 7.

Đáng chú ý, nhiều địa phương cấp huyện duy trì tỷ lệ hồ sơ trực tuyến ở mức rất cao như TP Hạ Long (91,3%), TP Uông Bí (89,7%), thị xã Quảng Yên (86,4%).

Để so sánh, theo số liệu công khai trên Cổng Dịch vụ công quốc gia, trong cùng tháng, tỷ lệ hồ sơ trực tuyến bình quân của cả nước mới đạt 32,4%.

Trong tháng 9, tỉnh đặt mục tiêu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 60%, đồng thời đẩy mạnh thanh toán trực tuyến phí, lệ phí tại bộ phận một cửa các cấp.

Minh Đức - Trung tâm Truyền thông tỉnh""",
        "2023-09-12",
        [
            ("online_dossier_rate", "Quảng Ninh", "month", "2023-08-31", 78.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2023-08-31", 56.2),
            ("online_dossier_rate", "national", "month", "2023-08-31", 32.4),
        ],
    ),
    # NCSC monthly bulletin for October 2023 with the previous month in parentheses;
    # traps: sub-counts after "Trong đó", % change, botnet change, number of warnings issued.
    (
        """Trong tháng 10, ghi nhận 1.021 cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam

Thứ Sáu, 03/11/2023 - 15:40

Cục An toàn thông tin (Bộ Thông tin và Truyền thông) cho biết, trong tháng 10/2023, Hệ thống kỹ thuật của Cục đã phát hiện, cảnh báo và hướng dẫn xử lý 1.021 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 6,8% so với tháng 9 (1.095 cuộc). Trong đó có 512 cuộc tấn công lừa đảo (Phishing), 311 cuộc tấn công thay đổi giao diện (Deface) và 198 cuộc tấn công cài mã độc (Malware).

Cũng theo Cục An toàn thông tin, số lượng địa chỉ IP nằm trong các mạng botnet tại Việt Nam tính đến cuối tháng 10 là 384.210 địa chỉ, giảm 2,1% so với tháng trước.

Trong tháng, Cục đã phát đi 12 cảnh báo về các lỗ hổng bảo mật nghiêm trọng ảnh hưởng đến các sản phẩm phổ biến tại Việt Nam. Cục khuyến nghị các cơ quan, tổ chức, doanh nghiệp thường xuyên rà soát, cập nhật bản vá, theo dõi cảnh báo trên Cổng không gian mạng quốc gia.

Vân Anh""",
        "2023-11-03",
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1021.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1095.0),
            ("botnet_ips", "national", "as_of", "2023-10-31", 384210.0),
        ],
    ),
    # Quarter told relatively ("quý đầu tiên của năm nay", "tháng 3 vừa qua") with the previous quarter in parentheses;
    # traps: % changes, one company's ransomware incident.
    (
        """Quý I/2024: Số cuộc tấn công mạng giảm so với quý trước

Hà Nội - Theo báo cáo của Cục An toàn thông tin, trong quý đầu tiên của năm nay, hệ thống kỹ thuật của Cục đã ghi nhận 2.323 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, thấp hơn đáng kể so với quý IV/2023 (2.751 cuộc). Riêng tháng 3 vừa qua có 789 cuộc, tăng nhẹ 4,5% so với tháng 2.

Số địa chỉ IP botnet tại Việt Nam tính đến ngày 31/3/2024 là khoảng 312.000, giảm 18,9% so với cùng thời điểm năm 2023.

Dù số vụ tấn công giảm, mức độ nguy hiểm lại gia tăng. Cuối tháng 3, một công ty chứng khoán bị tấn công bằng mã độc tống tiền (ransomware), khiến hệ thống giao dịch gián đoạn nhiều ngày; công ty này cho biết phải khôi phục hơn 40 máy chủ. Cục An toàn thông tin khuyến cáo các doanh nghiệp, đặc biệt trong lĩnh vực tài chính, ngân hàng, năng lượng, viễn thông cần triển khai sao lưu dữ liệu định kỳ theo nguyên tắc 3-2-1.

PV""",
        "2024-04-09",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2323.0),
            ("cyberattacks", "national", "quarter", "2023-12-31", 2751.0),
            ("cyberattacks", "national", "month", "2024-03-31", 789.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 312000.0),
        ],
    ),
    # Ookla index for January 2024 with December in parentheses;
    # traps: upload speeds, speed ranks, global average, another country, one operator's speed.
    (
        """Tốc độ Internet cố định tại Việt Nam tiếp tục tăng trong tháng đầu năm

Theo báo cáo Speedtest Global Index vừa được Ookla công bố, trong tháng 1/2024, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 104,52 Mbps, cao hơn so với tháng 12/2023 (102,2 Mbps). Tốc độ tải lên đạt 100,37 Mbps. Với kết quả này, Việt Nam xếp thứ 40/178 quốc gia và vùng lãnh thổ về tốc độ băng rộng cố định.

Đối với mạng di động, tốc độ tải xuống trung vị trong tháng đạt 48,79 Mbps, tải lên 20,14 Mbps, xếp thứ 50/146. Trong khi đó, tốc độ trung vị toàn cầu của băng rộng cố định là 91,97 Mbps; Singapore tiếp tục dẫn đầu thế giới với 261,6 Mbps.

Ở góc độ doanh nghiệp, một báo cáo khác của Ookla cho thấy Viettel là nhà mạng có tốc độ di động nhanh nhất Việt Nam với 51,3 Mbps.

Hoàng Nam""",
        "2024-02-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-01-31", 104.52),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 102.2),
            ("mobile_broadband_speed", "national", "month", "2024-01-31", 48.79),
        ],
    ),
    # Đà Nẵng page on its 2022 digital economy, quoting the national share;
    # traps: target for 2025, change in percentage points, another province's figure given only as a rank.
    (
        """Kinh tế số Đà Nẵng chiếm gần 1/5 GRDP

ĐNO - Theo Sở Thông tin và Truyền thông thành phố, năm 2022, tỷ trọng kinh tế số trong GRDP của Đà Nẵng đạt 18,9%, tăng 2,1 điểm phần trăm so với năm 2021. Con số này cao hơn đáng kể so với mức bình quân của cả nước: theo Bộ Thông tin và Truyền thông, năm 2022, kinh tế số Việt Nam ước chiếm khoảng 14,26% GDP.

Thành phố hiện có hơn 1.600 doanh nghiệp công nghệ số đang hoạt động; ngành công nghiệp công nghệ thông tin đóng góp đáng kể vào tăng trưởng. Trong Bộ chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022, Đà Nẵng tiếp tục giữ vị trí dẫn đầu cả nước.

Theo Nghị quyết của Thành ủy, đến năm 2025 kinh tế số của thành phố phấn đấu chiếm 20% GRDP và đến năm 2030 đạt 30% GRDP. Để đạt mục tiêu, thành phố tập trung thu hút đầu tư vào công viên phần mềm, khu công nghệ thông tin tập trung và phát triển nguồn nhân lực số.

Đăng ngày 18/04/2023 | Lượt xem: 1.245""",
        "2023-04-18",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2022-12-31", 18.9),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # NDXP report for June 2023, told as "tháng 6 vừa qua" then "Tính đến hết tháng 6/2023" and "Cũng tính đến hết tháng 6";
    # traps: sub-count after "trong đó", peak-day figure, growth vs same period.
    (
        """Nền tảng tích hợp, chia sẻ dữ liệu quốc gia vận hành ổn định

Theo Cục Chuyển đổi số quốc gia, trong tháng 6 vừa qua, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 72.415.630 giao dịch, trong đó giao dịch với Cơ sở dữ liệu quốc gia về dân cư là 38,6 triệu; bình quân mỗi ngày trong tháng 6 có khoảng 2,41 triệu giao dịch, ngày cao điểm lên tới 3,02 triệu giao dịch.

Lũy kế 6 tháng đầu năm 2023, số giao dịch qua NDXP đạt 402 triệu, tăng 41% so với cùng kỳ năm trước.

Tính đến hết tháng 6/2023, tổng số giao dịch qua NDXP kể từ khi khai trương (tháng 10/2019) đạt 1,32 tỷ giao dịch. Cũng tính đến hết tháng 6, NDXP đã kết nối với 98 bộ, ngành, địa phương và thiết lập 187 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Bộ Thông tin và Truyền thông cho biết sẽ tiếp tục nâng cấp năng lực xử lý của nền tảng, bảo đảm đáp ứng nhu cầu chia sẻ dữ liệu ngày càng lớn.""",
        "2023-07-07",
        [
            ("ndxp_transactions_period", "national", "month", "2023-06-30", 72415630.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-06-30", 2410000.0),
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 402000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-30", 1320000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-06-30", 98.0),
            ("ndxp_connection_points", "national", "as_of", "2023-06-30", 187.0),
        ],
    ),
    # Committee conclusion notice reviewing 2024, published February 2025;
    # traps: "tăng 15 bậc", 2025 targets, the number of tasks assigned.
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp toàn thể của Ủy ban Quốc gia về chuyển đổi số

Ngày 05 tháng 02 năm 2025, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp tổng kết công tác chuyển đổi số năm 2024, triển khai nhiệm vụ năm 2025. Sau khi nghe báo cáo và ý kiến phát biểu, Thủ tướng Chính phủ kết luận như sau:

1. Năm 2024, công tác chuyển đổi số quốc gia đạt nhiều kết quả quan trọng. Kinh tế số năm 2024 ước đạt 18,3% GDP. Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam tăng 15 bậc, xếp thứ 71/193 quốc gia, lần đầu tiên đạt mức "rất cao". Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục hành chính đạt 44,3%.

2. Tuy nhiên, việc chia sẻ dữ liệu giữa các bộ, ngành, địa phương còn hạn chế; nhiều dịch vụ công trực tuyến chưa thực sự thuận tiện.

3. Năm 2025, phấn đấu kinh tế số đạt 20% GDP; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; hoàn thành 42 nhiệm vụ trọng tâm được giao tại Kế hoạch hoạt động của Ủy ban.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.""",
        "2025-02-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 44.3),
        ],
    ),
    # 5G infrastructure at the end of September 2025 (post-merger ministry) plus an Ookla month told as "tháng 8";
    # traps: one operator's stations, end-of-year target, "gấp 2,3 lần", provinces covered (no id), upload speed.
    (
        """Phủ sóng 5G mở rộng nhanh sau 9 tháng

Bộ Khoa học và Công nghệ cho biết, tính đến hết tháng 9/2025, cả nước đã có 13.860 trạm phát sóng 5G, gấp 2,3 lần so với thời điểm cuối năm 2024; vùng phủ sóng 5G đạt 26,1% dân số. Mạng 5G hiện đã có mặt tại 34/34 tỉnh, thành phố.

Riêng Viettel đã lắp đặt hơn 7.200 trạm, tiếp tục là doanh nghiệp dẫn đầu về hạ tầng 5G. VNPT và MobiFone cũng đẩy nhanh tiến độ sau khi trúng đấu giá băng tần.

Nhờ mạng 5G, chất lượng Internet di động cải thiện rõ rệt. Theo số liệu của Ookla, trong tháng 8, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 146,6 Mbps, tốc độ tải lên đạt 32,8 Mbps.

Theo kế hoạch, đến cuối năm 2025 cả nước sẽ có khoảng 20.000 trạm 5G, phủ sóng 5G tới 40% dân số.

Tuấn Minh""",
        "2025-10-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 13860.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 26.1),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 146.6),
        ],
    ),
    # Thừa Thiên Huế quarter II/2024 results and the localities' average for the first half;
    # traps: province rank, a district's rate, end-of-year target.
    (
        """Thừa Thiên Huế: Quý II, hơn 96% hồ sơ được cấp kết quả điện tử

(TTH.VN) - Theo Văn phòng UBND tỉnh, trong quý II/2024, tỷ lệ hồ sơ giải quyết thủ tục hành chính được cấp kết quả điện tử của tỉnh đạt 96,4%; tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa đạt 62,7%. Tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 98,2%.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, 6 tháng đầu năm, tỷ lệ cấp kết quả điện tử bình quân của các địa phương là 71,5%. Với kết quả trên, Thừa Thiên Huế xếp thứ 3/63 tỉnh, thành phố.

Ở cấp huyện, huyện Phú Vang có tỷ lệ cấp kết quả điện tử đạt 99,1%, cao nhất tỉnh.

UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến cuối năm 2024 đạt 100% hồ sơ được cấp kết quả điện tử và tối thiểu 70% hồ sơ tái sử dụng dữ liệu.

Hoài Thương""",
        "2024-07-15",
        [
            ("e_result_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 96.4),
            ("data_reuse_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 62.7),
            ("satisfaction_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 98.2),
            ("e_result_rate", "localities", "half", "2024-06-30", 71.5),
        ],
    ),
    # Year-start summary: "quý IV vừa qua" and "cả năm 2024" on a page of January 2025, plus stocks at 31/12/2024;
    # traps: growth vs 2023, 2025 target.
    (
        """Năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 14,6 triệu hồ sơ trực tuyến

Báo cáo của Văn phòng Chính phủ cho thấy, trong quý IV vừa qua, Cổng Dịch vụ công quốc gia đã tiếp nhận 4,1 triệu hồ sơ trực tuyến, mức cao nhất kể từ khi Cổng đi vào hoạt động.

Tính chung cả năm 2024, Cổng tiếp nhận 14,6 triệu hồ sơ trực tuyến, tăng 27% so với năm 2023; thực hiện 4,9 triệu giao dịch thanh toán trực tuyến với số tiền 3.850 tỷ đồng.

Tính đến ngày 31/12/2024, Cổng có 15,3 triệu tài khoản đăng ký. Lũy kế từ khi khai trương, Cổng đã thực hiện 18,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 12.480 tỷ đồng.

Năm 2025, Văn phòng Chính phủ đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.

Bảo Ngọc

Chia sẻ | In bài viết | Gửi góp ý

TIN LIÊN QUAN
- Đẩy mạnh thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia
- Người dân có thể đăng nhập Cổng bằng tài khoản VNeID""",
        "2025-01-10",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-12-31", 4100000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 14600000.0),
            ("online_payments_count_new", "national", "year", "2024-12-31", 4900000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 3850.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15300000.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 18200000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 12480.0),
        ],
    ),
    # Ministry monthly report with an explicit 20/02-20/03 window (month ends 2024-03-20), day average in the window;
    # traps: % change, one named ministry's transactions.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Tình hình triển khai chuyển đổi số tháng 3/2024

I. KẾT QUẢ TRIỂN KHAI
Trong tháng 3/2024 (từ ngày 20/02/2024 đến ngày 20/3/2024):

1. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) có 95,2 triệu giao dịch, tăng 8% so với tháng 02/2024; trung bình hằng ngày có 3,17 triệu giao dịch. Riêng các hệ thống của Bộ Công an thực hiện khoảng 40 triệu giao dịch. Tính đến ngày 20/3/2024, tổng số giao dịch qua NDXP từ năm 2019 là 2,01 tỷ giao dịch.

2. Cổng Dịch vụ công quốc gia có thêm 325.418 tài khoản đăng ký mới.

3. Bộ đã tổ chức 03 đoàn kiểm tra tình hình triển khai chuyển đổi số tại một số bộ, ngành, địa phương.""",
        "2024-03-25",
        [
            ("ndxp_transactions_period", "national", "month", "2024-03-20", 95200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-20", 3170000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-20", 2010000000.0),
            ("national_portal_accounts_new", "national", "month", "2024-03-20", 325418.0),
        ],
    ),
    # No sidecar date: the text dates its levels itself (30/9/2022);
    # traps: applications received (not cards/accounts), a target for end-2022.
    (
        """Hà Nội, ngày 14/10/2022 - Tại hội nghị sơ kết 9 tháng triển khai Đề án 06, đại diện Bộ Công an cho biết, tính đến ngày 30/9/2022, lực lượng Công an đã thu nhận 75,1 triệu hồ sơ cấp căn cước công dân và đã cấp 68,2 triệu thẻ căn cước công dân gắn chíp điện tử.

Về định danh điện tử, đến ngày 30/9/2022, Bộ Công an đã tiếp nhận 9,4 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó đã kích hoạt 3,52 triệu tài khoản. Mục tiêu đến cuối năm 2022 là cấp 40 triệu tài khoản định danh điện tử.

Hội nghị cũng chỉ ra những khó khăn như hạ tầng mạng tại một số địa phương còn yếu, việc làm sạch dữ liệu tại một số bộ, ngành còn chậm.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-09-30", 68200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-09-30", 3520000.0),
        ],
    ),
    # Security-level approval at 15/12/2023 with ministries/localities split, and 11 months of attacks;
    # traps: change vs end-2022, one named ministry's rate, a directive's deadline target.
    (
        """An toàn thông tin: Tỷ lệ hệ thống được phê duyệt cấp độ tăng mạnh

Phát biểu tại hội nghị tổng kết công tác an toàn thông tin năm 2023, lãnh đạo Cục An toàn thông tin cho biết, tính đến ngày 15/12/2023, tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 82,5%, tăng gần gấp đôi so với cuối năm 2022. Khối bộ, ngành đạt 78,3%; khối địa phương đạt 86,1%. Một số đơn vị như Bộ Y tế đã đạt 100%.

Trong 11 tháng năm 2023, Hệ thống kỹ thuật của Cục ghi nhận 11.236 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Chỉ thị số 09/CT-TTg yêu cầu hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành trước ngày 30/9/2024.

Đức Thiện""",
        "2023-12-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-15", 82.5),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-12-15", 78.3),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-12-15", 86.1),
            ("cyberattacks", "national", "ytd", "2023-11-30", 11236.0),
        ],
    ),
    # Government Office summary of July 2022 told as "tháng 7 vừa qua" then "Cũng trong tháng"; ministries/localities splits;
    # traps: one named ministry's rate, change in percentage points.
    (
        """Tháng 7/2022: Tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành cao gấp đôi địa phương

Theo Văn phòng Chính phủ, trong tháng 7 vừa qua, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 42,6%, trong khi của các địa phương mới đạt 21,3%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của các bộ, ngành là 35,2%, của các địa phương là 27,9%.

Một số bộ có tỷ lệ hồ sơ trực tuyến cao như Bộ Tư pháp (95%), Bộ Công Thương (89,4%).

Cũng trong tháng, tính chung cả nước, tỷ lệ hồ sơ xử lý trực tuyến đạt 25,6%, tăng 1,8 điểm phần trăm so với tháng 6. Văn phòng Chính phủ đề nghị các địa phương khẩn trương rà soát, loại bỏ các dịch vụ công trực tuyến không phát sinh hồ sơ.""",
        "2022-08-09",
        [
            ("online_dossier_rate", "ministries", "month", "2022-07-31", 42.6),
            ("online_dossier_rate", "localities", "month", "2022-07-31", 21.3),
            ("dvctt_with_dossiers_rate", "ministries", "month", "2022-07-31", 35.2),
            ("dvctt_with_dossiers_rate", "localities", "month", "2022-07-31", 27.9),
            ("online_dossier_rate", "national", "month", "2022-07-31", 25.6),
        ],
    ),
    # Mobile Money at end-November 2022 and the State Bank's account share at end-September;
    # traps: rural share after "trong đó", one provider's customers, transaction value (no id).
    (
        """Mobile Money sau gần một năm thí điểm: hơn 3 triệu khách hàng

Theo Ngân hàng Nhà nước, tính đến cuối tháng 11/2022, số khách hàng sử dụng dịch vụ Mobile Money đạt 3,06 triệu, trong đó 68,7% ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch đạt gần 1.800 tỷ đồng.

Riêng Viettel Money đã có khoảng 2,4 triệu khách hàng, chiếm phần lớn thị phần.

Ngân hàng Nhà nước cũng cho biết, đến cuối tháng 9/2022, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng là 74,6%. Đề án phát triển thanh toán không dùng tiền mặt đặt mục tiêu đến năm 2025 có 80% người trưởng thành có tài khoản.

Minh Châu""",
        "2022-12-16",
        [
            ("mobile_money_customers", "national", "as_of", "2022-11-30", 3060000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-09-30", 74.6),
        ],
    ),
    # Tax authority press note: cumulative e-invoices at end-April 2024;
    # traps: coded/uncoded sub-counts after "trong đó", number of enterprises, petrol-station invoices (no id), a target.
    (
        """Hơn 7 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

Theo Tổng cục Thuế, tính đến hết tháng 4/2024, cơ quan thuế đã tiếp nhận, xử lý 7,12 tỷ hóa đơn điện tử kể từ khi triển khai trên toàn quốc từ ngày 1/7/2022, trong đó có 2,08 tỷ hóa đơn có mã của cơ quan thuế và 5,04 tỷ hóa đơn không có mã.

Hiện có khoảng 1,2 triệu doanh nghiệp, tổ chức và hộ kinh doanh đang sử dụng hóa đơn điện tử. Đối với lĩnh vực xăng dầu, đã có 15.200 cửa hàng thực hiện lập hóa đơn điện tử theo từng lần bán hàng, đạt 95,3% tổng số cửa hàng.

Tổng cục Thuế đặt mục tiêu trong năm 2024 mở rộng triển khai hóa đơn điện tử khởi tạo từ máy tính tiền tới 100% cơ sở kinh doanh ăn uống, bán lẻ có doanh thu lớn.

Lan Phương""",
        "2024-05-08",
        [("e_invoices_total", "national", "as_of", "2024-04-30", 7120000000.0)],
    ),
    # Bình Dương page quoting national reform figures ("đến hết tháng 4/2024", "Đến nay") and its own 4-month rate;
    # traps: remainders (321 not yet cut, 5 provinces not yet), the province's fee cut (50%), a target.
    (
        """Bình Dương đẩy mạnh thanh toán trực tuyến, giảm phí cho người dân

(BDO) Thực hiện chủ trương của Chính phủ, thời gian qua Bình Dương đã ban hành nghị quyết giảm 50% phí, lệ phí khi người dân, doanh nghiệp thực hiện thủ tục hành chính qua dịch vụ công trực tuyến.

Theo Văn phòng Chính phủ, đến nay, 58/63 tỉnh, thành phố đã có Nghị quyết của HĐND về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; còn 5 địa phương chưa ban hành. Về cải cách thủ tục hành chính, đến hết tháng 4/2024, các bộ, cơ quan đã cắt giảm, đơn giản hóa 763/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, còn 321 thủ tục chưa được thực thi phương án cắt giảm.

Tại Bình Dương, 4 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 87,5%. Tỉnh phấn đấu đến cuối năm có 90% hồ sơ được xử lý trực tuyến toàn trình.

Kim Hà""",
        "2024-05-20",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-20", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-04-30", 763.0),
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-04-30", 87.5),
        ],
    ),
    # Month told only as "tháng vừa qua" on a page of early December 2022, then "11 tháng";
    # traps: % change vs October, phishing sub-count after "Trong đó".
    (
        """Tấn công mạng vào Việt Nam giảm nhẹ trong tháng vừa qua

Thống kê của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) cho thấy, trong tháng vừa qua, đã có 1.127 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 3,9% so với tháng 10. Trong đó, tấn công lừa đảo chiếm tới 603 cuộc.

Tính chung 11 tháng năm 2022, Việt Nam ghi nhận 11.960 cuộc tấn công mạng gây sự cố.

Theo NCSC, các chiến dịch lừa đảo trực tuyến dịp cuối năm thường gia tăng, với thủ đoạn giả mạo ngân hàng, sàn thương mại điện tử, đơn vị chuyển phát. Người dùng cần cảnh giác với các đường link lạ, không cung cấp mã OTP cho bất kỳ ai.

Phạm Hà""",
        "2022-12-05",
        [
            ("cyberattacks", "national", "month", "2022-11-30", 1127.0),
            ("cyberattacks", "national", "ytd", "2022-11-30", 11960.0),
        ],
    ),
    # Quarter told as "quý vừa qua" (page of October 2023), "9 tháng", and levels "tính đến hết quý III";
    # traps: count of full-process services (no id), a district's rate, change.
    (
        """Quý III/2023: Tỷ lệ hồ sơ trực tuyến tiếp tục cải thiện

Theo báo cáo của Văn phòng Chính phủ, trong quý vừa qua, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của cả nước đạt 32,8%, tăng 2,5 điểm phần trăm so với quý trước. Tính chung 9 tháng đầu năm, tỷ lệ hồ sơ được cấp kết quả điện tử đạt 56,4%.

Tính đến hết quý III, cả nước có 4.412 dịch vụ công trực tuyến toàn trình, chiếm 43,6% tổng số thủ tục hành chính; tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình đạt 88,2%.

Một số địa phương cấp huyện đã đạt 100% hồ sơ trực tuyến như huyện Cần Giờ, quận 1 (TP Hồ Chí Minh).

Quang Vinh""",
        "2023-10-12",
        [
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 32.8),
            ("e_result_rate", "national", "ytd", "2023-09-30", 56.4),
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 43.6),
            ("full_process_provision_rate", "national", "as_of", "2023-09-30", 88.2),
        ],
    ),
    # Year-end 2023 infrastructure levels "tính đến cuối năm 2023";
    # traps: telecom revenue (no id), % growth, 4G sub-count of mobile broadband, a survey share of people with smartphones.
    (
        """Hạ tầng số năm 2023: Băng rộng cố định vượt 22 triệu thuê bao

Tổng kết năm 2023, Bộ Thông tin và Truyền thông cho biết, tính đến cuối năm 2023, cả nước có 22,4 triệu thuê bao băng rộng cố định, tăng 6,7% so với năm 2022, và 84,1 triệu thuê bao băng rộng di động, trong đó thuê bao 4G chiếm khoảng 79 triệu. Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 86,4% tổng số thuê bao điện thoại di động; tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đạt 79,6%; tỷ lệ người dân sử dụng Internet đạt 78,6%.

Doanh thu lĩnh vực viễn thông năm 2023 ước đạt 336.000 tỷ đồng. Một khảo sát độc lập cho thấy 73% người trưởng thành tại Việt Nam sở hữu điện thoại thông minh.

Năm 2024, Bộ đặt mục tiêu phổ cập điện thoại thông minh, hướng tới 100% người dùng điện thoại di động sử dụng smartphone.""",
        "2024-01-22",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22400000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 84100000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 86.4),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.6),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    # Bắc Ninh page quoting the statistics office's 2023 shares of GRDP (every province named is labelled) and the national share;
    # traps: change in percentage points, the 2025 target.
    (
        """Bắc Ninh dẫn đầu cả nước về tỷ trọng kinh tế số

Theo số liệu lần đầu tiên được Tổng cục Thống kê công bố, năm 2023, tỷ trọng kinh tế số trong GDP của cả nước đạt 12,33%. Địa phương có tỷ trọng kinh tế số trong GRDP cao nhất là Bắc Ninh với 44,6%, tiếp đến là Thái Nguyên với 39,15% và Hải Phòng 24,11%.

So với năm 2022, tỷ trọng kinh tế số của Bắc Ninh tăng 0,8 điểm phần trăm, chủ yếu nhờ đóng góp của ngành công nghiệp sản xuất sản phẩm điện tử, máy vi tính.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, đến năm 2025 kinh tế số phấn đấu chiếm 20% GDP; Bắc Ninh đặt mục tiêu duy trì tỷ trọng trên 45% GRDP.

Nguyễn Thơm""",
        "2024-03-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 44.6),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 39.15),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 24.11),
        ],
    ),
    # August 2024 with the same month of 2023 in parentheses, and "8 tháng" payments;
    # traps: a named ministry's rate, the year-end target.
    (
        """Tháng 8/2024, hơn 41% hồ sơ được xử lý trực tuyến toàn trình

Theo Văn phòng Chính phủ, trong tháng 8/2024, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của các bộ, ngành, địa phương đạt 41,8%, cao hơn nhiều so với cùng kỳ năm 2023 (27,3%). Bộ Tài chính tiếp tục dẫn đầu khối bộ, ngành với 96,5%.

Lũy kế 8 tháng đầu năm, Cổng Dịch vụ công quốc gia ghi nhận 3,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 2.146 tỷ đồng.

Văn phòng Chính phủ yêu cầu các cơ quan tiếp tục phấn đấu hoàn thành chỉ tiêu 80% hồ sơ trực tuyến toàn trình trước ngày 31/12/2024.

Khánh Linh""",
        "2024-09-05",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-08-31", 41.8),
            ("online_dossier_full_process_rate", "national", "month", "2023-08-31", 27.3),
            ("online_payments_count_new", "national", "ytd", "2024-08-31", 3200000.0),
            ("online_payments_value_new", "national", "ytd", "2024-08-31", 2146.0),
        ],
    ),
    # January 2026 (Ministry of Science and Technology, 34 provinces), month named once then "Cũng trong tháng" / "hết tháng";
    # traps: a ward's rate, change vs December, number of provinces fully connected (no id).
    (
        """Tháng đầu năm 2026: NDXP xử lý 168 triệu giao dịch

Bộ Khoa học và Công nghệ vừa công bố số liệu chuyển đổi số tháng 1/2026. Theo đó, trong tháng, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 168 triệu giao dịch, tăng 12% so với tháng 12/2025.

Cũng trong tháng, Cổng Dịch vụ công quốc gia tiếp nhận 1,62 triệu hồ sơ trực tuyến. Tính đến hết tháng 1/2026, Cổng có 21,4 triệu tài khoản đăng ký; 34/34 tỉnh, thành phố đã kết nối, tích hợp hệ thống giải quyết thủ tục hành chính với Cổng.

Sau sắp xếp chính quyền địa phương hai cấp, nhiều xã, phường có tỷ lệ hồ sơ trực tuyến rất cao, như phường Hạc Thành (Thanh Hóa) đạt 100%.

Minh Khôi""",
        "2026-02-10",
        [
            ("ndxp_transactions_period", "national", "month", "2026-01-31", 168000000.0),
            ("national_portal_dossiers_new", "national", "month", "2026-01-31", 1620000.0),
            ("national_portal_accounts", "national", "as_of", "2026-01-31", 21400000.0),
        ],
    ),
    # Hà Nội page on October 2024 ("tháng 10 vừa qua", then "trong tháng"), quoting the national rate;
    # traps: a district's rate, online-payment share (no id), change in points, the year-end target.
    (
        """Hà Nội: Tháng 10, tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,4%

Kinhtedothi - Theo Sở Thông tin và Truyền thông Hà Nội, trong tháng 10 vừa qua, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của thành phố đạt 68,4%, tăng 4,2 điểm phần trăm so với tháng 9. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính trong tháng đạt 99,1%; tỷ lệ hồ sơ có thanh toán trực tuyến đạt 52,6%.

Ở cấp huyện, quận Cầu Giấy dẫn đầu với 92,7% hồ sơ trực tuyến toàn trình.

Theo số liệu của Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến toàn trình bình quân của cả nước trong tháng là 43,1%. Thành phố phấn đấu đến ngày 31/12/2024 đạt tối thiểu 80%.

Thu Hằng""",
        "2024-11-06",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2024-10-31", 68.4),
            ("satisfaction_rate", "Hà Nội", "month", "2024-10-31", 99.1),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 43.1),
        ],
    ),
    # February 2023 told as "tháng 2 vừa qua" and "hai tháng đầu năm" (ytd to 28/02), level at 28/2/2023;
    # traps: % change vs January, the Lunar New Year dip explanation with a percentage.
    (
        """Cổng Dịch vụ công quốc gia có thêm gần 290 nghìn tài khoản trong tháng 2

Theo Văn phòng Chính phủ, trong tháng 2 vừa qua, Cổng Dịch vụ công quốc gia có thêm 286.120 tài khoản đăng ký, tăng 26,6% so với tháng 1 do tháng 1 trùng kỳ nghỉ Tết Nguyên đán. Tính chung hai tháng đầu năm, Cổng có thêm 512.400 tài khoản mới và tiếp nhận 1,38 triệu hồ sơ trực tuyến.

Tính đến ngày 28/2/2023, tổng số tài khoản đăng ký trên Cổng là 8,92 triệu.

Văn phòng Chính phủ cho biết sẽ tiếp tục nâng cấp chức năng đăng nhập một lần, kết nối với tài khoản định danh điện tử VNeID để người dân thuận tiện hơn.""",
        "2023-03-08",
        [
            ("national_portal_accounts_new", "national", "month", "2023-02-28", 286120.0),
            ("national_portal_accounts_new", "national", "ytd", "2023-02-28", 512400.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-02-28", 1380000.0),
            ("national_portal_accounts", "national", "as_of", "2023-02-28", 8920000.0),
        ],
    ),
    # Project 06 half-year 2025 review: "6 tháng đầu năm 2025" rate and levels at 30/6/2025;
    # traps: level-2 sub-count after "trong đó", year-end forecast, count of tasks completed.
    (
        """Đề án 06: Hơn 92% hồ sơ thủ tục hành chính đã gắn số định danh cá nhân

Tại hội nghị sơ kết 6 tháng đầu năm 2025 triển khai Đề án 06, Bộ Công an cho biết, trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân đạt 92,3%.

Tính đến ngày 30/6/2025, cả nước đã cấp 87,4 triệu thẻ căn cước công dân gắn chíp và thẻ căn cước; 61,2 triệu tài khoản định danh điện tử đã được kích hoạt, trong đó có 58 triệu tài khoản mức độ 2. Dự kiến đến cuối năm 2025 sẽ có khoảng 65 triệu tài khoản được kích hoạt.

Trong 6 tháng, các bộ, ngành, địa phương đã hoàn thành 18/27 nhiệm vụ được giao trong năm 2025.

Hà Vy""",
        "2025-07-14",
        [
            ("dossiers_with_personal_id_rate", "national", "half", "2025-06-30", 92.3),
            ("chip_id_cards_issued", "national", "as_of", "2025-06-30", 87400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 61200000.0),
        ],
    ),
    # Quarter I/2024 review published mid-May: "Hiện nay" in a quarter text is the quarter's end (review > 35 days before the page);
    # traps: villages without electricity after "trong đó", villages covered during the quarter (flow, no id), a target.
    (
        """Sóng và máy tính cho em: Xóa lõm sóng thêm 120 thôn trong quý I

Báo cáo của Cục Viễn thông về kết quả triển khai Chương trình trong quý I/2024 cho biết, trong quý, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng thêm 120 thôn, bản.

Hiện nay, cả nước còn 1.057 thôn, bản chưa có sóng di động băng rộng, trong đó 412 thôn chưa có điện lưới. Tỷ lệ thôn, bản có điện lưới thuộc diện lõm sóng đã được phủ sóng đạt 56,5%; tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đạt 99,2%.

Bộ Thông tin và Truyền thông đặt mục tiêu trong năm 2024 hoàn thành phủ sóng cho 100% thôn, bản có điện lưới.

Thanh Tùng""",
        "2024-05-15",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-03-31", 1057.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-03-31", 56.5),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-03-31", 99.2),
        ],
    ),
    # Nghệ An page at 30/4/2022 quoting the national 4-month dossier rate;
    # traps: the count of services, a district's rate, the 2022 target.
    (
        """Nghệ An: Đẩy mạnh cung cấp dịch vụ công trực tuyến

Tính đến ngày 30/4/2022, tỉnh Nghệ An đang cung cấp 1.624 dịch vụ công trực tuyến mức độ 3, 4, đạt tỷ lệ 81,2% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh. Trong 4 tháng đầu năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 24,8%.

Theo Văn phòng Chính phủ, tính chung cả nước, 4 tháng đầu năm 2022, tỷ lệ hồ sơ xử lý trực tuyến đạt 21,9%.

Một số địa phương cấp huyện có kết quả nổi bật như huyện Quỳnh Lưu với tỷ lệ hồ sơ trực tuyến 47,3%. Năm 2022, tỉnh phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp ở mức độ 4.

Phương Thúy""",
        "2022-05-11",
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2022-04-30", 81.2),
            ("online_dossier_rate", "Nghệ An", "ytd", "2022-04-30", 24.8),
            ("online_dossier_rate", "national", "ytd", "2022-04-30", 21.9),
        ],
    ),
    # Government Office report dated by its own cut-off 31/01/2023 (no sidecar needed but given);
    # traps: the 91,8% reporting-system connection rate (no id), count of procedures on the portal.
    (
        """Văn phòng Chính phủ: Kết nối hệ thống EMC đạt trên 90%

Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 31/01/2023, 92,5% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống đo lường, giám sát mức độ cung cấp và sử dụng dịch vụ công trực tuyến (EMC). Cùng thời điểm, 91,8% hệ thống đã kết nối với Hệ thống thông tin báo cáo Chính phủ.

Cũng đến ngày 31/01/2023, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 51,7%; Cổng Dịch vụ công quốc gia đã tích hợp 4.452 dịch vụ công trực tuyến.

Văn phòng Chính phủ đề nghị các bộ, địa phương còn lại sớm hoàn thành kết nối trong quý I/2023.""",
        "2023-02-15",
        [
            ("emc_connection_rate", "national", "as_of", "2023-01-31", 92.5),
            ("dvctt_rate", "national", "as_of", "2023-01-31", 51.7),
        ],
    ),
    # Quarter I/2025 told as "quý I vừa qua", the day average over the quarter, and the same quarter of 2024 in parentheses;
    # traps: % change, one named ministry (Bộ Công an) transactions, peak-day figure.
    (
        """NDXP xử lý hơn 370 triệu giao dịch trong quý I/2025

Theo Trung tâm Chuyển đổi số quốc gia, trong quý I vừa qua, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 371,5 triệu giao dịch, tăng mạnh so với quý I/2024 (263 triệu giao dịch). Bình quân mỗi ngày trong quý I có khoảng 4,1 triệu giao dịch; ngày cao điểm sau Tết đạt 6,8 triệu giao dịch.

Riêng tháng 3, NDXP ghi nhận 139,2 triệu giao dịch. Các hệ thống của Bộ Công an tiếp tục là đơn vị khai thác nhiều nhất với khoảng 45% tổng số giao dịch.

Tính đến ngày 31/3/2025, tổng số giao dịch qua NDXP kể từ năm 2019 đạt 3,35 tỷ.

Đức Anh""",
        "2025-04-10",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 371500000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 263000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 4100000.0),
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 139200000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 3350000000.0),
        ],
    ),
    # UN survey 2022 reported in October: edition year labelled as the whole year;
    # traps: index scores (no id), sub-index ranks, other countries' ranks.
    (
        """Việt Nam giữ vị trí 86/193 về Chính phủ điện tử

Tháng 9/2022, Liên Hợp Quốc công bố Báo cáo khảo sát Chính phủ điện tử năm 2022. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7260 điểm, xếp thứ 86/193 quốc gia, giữ nguyên thứ hạng so với năm 2020 và thuộc nhóm có chỉ số EGDI cao.

Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,6484 điểm; Chỉ số tham gia điện tử (EPART) xếp thứ 72. Trong khu vực ASEAN, Việt Nam đứng thứ 6, sau Singapore (xếp thứ 12), Malaysia, Thái Lan, Brunei và Philippines. Đan Mạch tiếp tục dẫn đầu thế giới.

Bộ Thông tin và Truyền thông cho biết sẽ tập trung cải thiện các chỉ số thành phần để đến năm 2025 Việt Nam vào nhóm 50 nước dẫn đầu.""",
        "2022-10-05",
        [("egdi_rank", "national", "year", "2022-12-31", 86.0)],
    ),
    # Ookla June 2023 with "tháng trước đó" value in parentheses (May);
    # traps: upload speed, ranks, another country, an operator's speed.
    (
        """Tốc độ mạng di động Việt Nam cải thiện trong tháng 6

Số liệu từ Speedtest Global Index của Ookla cho thấy, tháng 6/2023, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 43,96 Mbps, tăng so với tháng trước đó (41,2 Mbps). Tốc độ tải lên đạt 18,7 Mbps. Việt Nam xếp thứ 52/142 quốc gia về tốc độ di động.

Với mạng băng rộng cố định, tốc độ tải xuống trung vị trong tháng đạt 89,1 Mbps, xếp thứ 45/180. Thái Lan, nước láng giềng, đạt tới 205,6 Mbps với băng rộng cố định.

Các chuyên gia nhận định, việc các nhà mạng tái canh tác tần số 2G, 3G sang 4G đã giúp tốc độ di động tăng đáng kể; riêng mạng Viettel đạt tốc độ trung vị 47,5 Mbps.

Thế Anh""",
        "2023-07-10",
        [
            ("mobile_broadband_speed", "national", "month", "2023-06-30", 43.96),
            ("mobile_broadband_speed", "national", "month", "2023-05-31", 41.2),
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 89.1),
        ],
    ),
    # Quarter III/2024 security review: "9 tháng", "riêng quý III", "tháng 9 vừa qua", botnet at end of September;
    # traps: DDoS peak size, phishing sites handled (no id), % change.
    (
        """9 tháng năm 2024: Hơn 7.000 cuộc tấn công mạng gây sự cố

Theo Cục An toàn thông tin, tính chung 9 tháng năm 2024, hệ thống kỹ thuật của Cục đã ghi nhận 7.014 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 31,2% so với cùng kỳ năm 2023. Riêng quý III có 2.240 cuộc; tháng 9 vừa qua ghi nhận 732 cuộc.

Số địa chỉ IP botnet tại Việt Nam tính đến hết tháng 9 là 296.500 địa chỉ.

Trong quý, Cục cũng đã phối hợp xử lý, ngăn chặn 1.250 trang web lừa đảo. Đáng chú ý, một cuộc tấn công từ chối dịch vụ (DDoS) nhằm vào hệ thống của một doanh nghiệp có lưu lượng đỉnh lên tới 1,2 Tbps.

Hải Yến""",
        "2024-10-09",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 7014.0),
            ("cyberattacks", "national", "quarter", "2024-09-30", 2240.0),
            ("cyberattacks", "national", "month", "2024-09-30", 732.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 296500.0),
        ],
    ),
    # Tây Ninh (after the July 2025 merger) page on July 2025, quoting the national rate "cùng tháng";
    # traps: a commune's rate, number of procedures received at commune level, the target.
    (
        """Tây Ninh: Tháng đầu vận hành chính quyền hai cấp, hồ sơ trực tuyến toàn trình đạt 72,5%

Báo Tây Ninh - Tháng 7/2025 là tháng đầu tiên tỉnh Tây Ninh (mới) vận hành mô hình chính quyền địa phương hai cấp. Theo Trung tâm Phục vụ hành chính công tỉnh, trong tháng, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 72,5%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 94,8%.

Cấp xã đã tiếp nhận hơn 86.000 hồ sơ; nhiều xã như xã Mỹ Hạnh đạt 100% hồ sơ trực tuyến toàn trình.

Theo Văn phòng Chính phủ, cùng tháng, tỷ lệ hồ sơ trực tuyến toàn trình bình quân của cả nước đạt 55,4%. Tỉnh đặt mục tiêu đến cuối năm 2025 đạt trên 80%.

Ngọc Hân""",
        "2025-08-06",
        [
            ("online_dossier_full_process_rate", "Tây Ninh", "month", "2025-07-31", 72.5),
            ("e_result_rate", "Tây Ninh", "month", "2025-07-31", 94.8),
            ("online_dossier_full_process_rate", "national", "month", "2025-07-31", 55.4),
        ],
    ),
    # Đồng Tháp page in early December 2024: "Trong tháng qua" (= November), then "11 tháng";
    # traps: a district's rate, the province's rank, change in points.
    (
        """Đồng Tháp: Cải cách hành chính chuyển biến rõ nét

Theo Văn phòng UBND tỉnh Đồng Tháp, trong tháng qua, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của tỉnh đạt 61,4%, tăng 2,9 điểm phần trăm so với tháng trước; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 98,6%. Tính chung 11 tháng năm 2024, tỷ lệ hồ sơ có tái sử dụng dữ liệu số hóa đạt 71,2%.

Huyện Lai Vung là địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất tỉnh với 88,5%. Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, Đồng Tháp hiện xếp thứ 4/63 tỉnh, thành phố.

Bảo Trân""",
        "2024-12-05",
        [
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2024-11-30", 61.4),
            ("e_result_rate", "Đồng Tháp", "month", "2024-11-30", 98.6),
            ("data_reuse_rate", "Đồng Tháp", "ytd", "2024-11-30", 71.2),
        ],
    ),
    # Year 2025 review published January 2026: "Năm 2025" spans and end-of-year levels "đến ngày 31/12/2025";
    # traps: 2026 targets, a change in points, digital-enterprise count (no id).
    (
        """Chuyển đổi số năm 2025: Kinh tế số tăng trưởng trên 20%

Tại hội nghị tổng kết năm 2025 của Bộ Khoa học và Công nghệ, lãnh đạo Bộ cho biết, năm 2025, kinh tế số tăng trưởng 20,4%, chiếm khoảng 19,5% GDP. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 58,6%, tăng 14,3 điểm phần trăm so với năm 2024.

Về hạ tầng, tính đến ngày 31/12/2025, số thuê bao băng rộng cố định đạt 23,9 thuê bao/100 dân, băng rộng di động đạt 91,5 thuê bao/100 dân. Cả nước có khoảng 75.000 doanh nghiệp công nghệ số.

Năm 2026, ngành đặt mục tiêu kinh tế số chiếm 22% GDP, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2026-01-14",
        [
            ("digital_economy_growth", "national", "year", "2025-12-31", 20.4),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 58.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 23.9),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-12-31", 91.5),
        ],
    ),
    # First half of 2022 ("6 tháng đầu năm", "Riêng tháng 6") with ministries/localities split of e-results;
    # traps: % growth, a named ministry's figure, the year-end target.
    (
        """6 tháng đầu năm 2022: Cổng Dịch vụ công quốc gia tiếp nhận 2,6 triệu hồ sơ

Báo cáo của Văn phòng Chính phủ cho biết, 6 tháng đầu năm 2022, Cổng Dịch vụ công quốc gia đã tiếp nhận 2,6 triệu hồ sơ trực tuyến, tăng 52% so với cùng kỳ; thực hiện 1,13 triệu giao dịch thanh toán trực tuyến với số tiền 890 tỷ đồng. Riêng tháng 6, Cổng tiếp nhận 520.000 hồ sơ.

Trong 6 tháng, tỷ lệ hồ sơ được cấp kết quả điện tử của các bộ, ngành đạt 52,1%, của các địa phương mới đạt 18,4%. Bộ Kế hoạch và Đầu tư đạt 100%.

Văn phòng Chính phủ đề nghị các cơ quan phấn đấu đến cuối năm 2022 đạt tối thiểu 50% hồ sơ được cấp kết quả điện tử.

Tùng Lâm""",
        "2022-07-08",
        [
            ("national_portal_dossiers_new", "national", "half", "2022-06-30", 2600000.0),
            ("online_payments_count_new", "national", "half", "2022-06-30", 1130000.0),
            ("online_payments_value_new", "national", "half", "2022-06-30", 890.0),
            ("national_portal_dossiers_new", "national", "month", "2022-06-30", 520000.0),
            ("e_result_rate", "ministries", "half", "2022-06-30", 52.1),
            ("e_result_rate", "localities", "half", "2022-06-30", 18.4),
        ],
    ),
    # Smartphone subscriptions at end-March 2023 (count and share);
    # traps: the remaining 2G feature-phone subscriptions, one operator's 2G base, the switch-off date and target.
    (
        """Hơn 84% thuê bao di động đã dùng điện thoại thông minh

Cục Viễn thông cho biết, tính đến hết tháng 3/2023, cả nước có 103,5 triệu thuê bao điện thoại di động sử dụng điện thoại thông minh, chiếm 84,2% tổng số thuê bao di động. Còn khoảng 17 triệu thuê bao vẫn sử dụng điện thoại phổ thông chỉ hỗ trợ 2G, riêng mạng Viettel có khoảng 3,4 triệu thuê bao loại này.

Bộ Thông tin và Truyền thông đang xây dựng lộ trình dừng công nghệ 2G, dự kiến bắt đầu từ tháng 9/2024, đồng thời phối hợp với các doanh nghiệp hỗ trợ người dân chuyển đổi sang smartphone, hướng tới mục tiêu phổ cập điện thoại thông minh vào năm 2025.

Minh Sơn""",
        "2023-05-05",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-03-31", 103500000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-03-31", 84.2),
        ],
    ),
    # Cần Thơ page in August 2024 quoting the national "7 tháng đầu năm 2024" and its own July rate;
    # traps: a district's rate, a province rank, growth vs same period.
    (
        """Cần Thơ nỗ lực nâng tỷ lệ hồ sơ trực tuyến

(CTO) - Theo Sở Thông tin và Truyền thông thành phố Cần Thơ, trong tháng 7/2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 71,2%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 64,5%. Quận Ninh Kiều tiếp tục dẫn đầu với 89,3% hồ sơ trực tuyến.

Trên phạm vi cả nước, theo Văn phòng Chính phủ, 7 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 7,6 triệu hồ sơ trực tuyến, tăng 35% so với cùng kỳ năm trước.

Cần Thơ hiện đứng thứ 18/63 tỉnh, thành phố về mức độ cung cấp và sử dụng dịch vụ công trực tuyến.

Hồng Vân""",
        "2024-08-12",
        [
            ("online_dossier_rate", "Cần Thơ", "month", "2024-07-31", 71.2),
            ("dvctt_with_dossiers_rate", "Cần Thơ", "month", "2024-07-31", 64.5),
            ("national_portal_dossiers_new", "national", "ytd", "2024-07-31", 7600000.0),
        ],
    ),
    # No sidecar: a ministry report whose header and explicit window date everything (month ends 2024-09-20);
    # traps: count of documents issued, a plan for October, change vs previous period.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 3812/BC-BTTTT
Hà Nội, ngày 25 tháng 9 năm 2024

BÁO CÁO
Tình hình, kết quả thực hiện nhiệm vụ chuyển đổi số tháng 9 năm 2024

1. Kết quả nổi bật trong tháng 9/2024 (từ ngày 20/8/2024 đến ngày 20/9/2024)
- Cổng Dịch vụ công quốc gia có thêm 398.214 tài khoản đăng ký mới, tăng 4,1% so với kỳ trước. Tính đến ngày 20/9/2024, tổng số tài khoản trên Cổng là 14,1 triệu.
- Nền tảng NDXP có 101,3 triệu giao dịch trong tháng. Tính đến ngày 20/9/2024, tổng số giao dịch qua NDXP kể từ năm 2019 là 2,62 tỷ.
- Bộ đã ban hành 04 văn bản hướng dẫn các bộ, ngành, địa phương.

2. Nhiệm vụ tháng 10/2024
Dự kiến trong tháng 10/2024, hoàn thành kết nối thêm 05 cơ sở dữ liệu chuyên ngành với NDXP.""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2024-09-20", 398214.0),
            ("national_portal_accounts", "national", "as_of", "2024-09-20", 14100000.0),
            ("ndxp_transactions_period", "national", "month", "2024-09-20", 101300000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-20", 2620000000.0),
        ],
    ),
    # "Năm qua" and "tháng 12 vừa qua" on a page of 9 January 2023 (both 2022), level at end of 2022;
    # traps: growth vs 2021, the 2023 target.
    (
        """Dịch vụ công trực tuyến: Năm qua, Cổng Dịch vụ công quốc gia tiếp nhận 6,2 triệu hồ sơ

Theo Văn phòng Chính phủ, năm qua, Cổng Dịch vụ công quốc gia đã tiếp nhận 6,2 triệu hồ sơ trực tuyến, gấp 2,1 lần năm 2021. Riêng tháng 12 vừa qua, Cổng tiếp nhận 608.000 hồ sơ, mức cao nhất trong năm.

Tính đến hết năm 2022, Cổng có 8,41 triệu tài khoản đăng ký, trở thành điểm truy cập dịch vụ công quen thuộc của người dân, doanh nghiệp.

Năm 2023, Văn phòng Chính phủ phấn đấu 50% hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến.

An Nhiên""",
        "2023-01-09",
        [
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 6200000.0),
            ("national_portal_dossiers_new", "national", "month", "2022-12-31", 608000.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 8410000.0),
        ],
    ),
    # Lào Cai page on quarter I/2024 with the national quarter rate quoted;
    # traps: a district (Sa Pa town) rate, target, change.
    (
        """Lào Cai: Quý I, gần 70% dịch vụ công trực tuyến có phát sinh hồ sơ

Theo Sở Thông tin và Truyền thông Lào Cai, trong quý I/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 68,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,9%, tăng 6,3 điểm phần trăm so với quý IV/2023. Thị xã Sa Pa có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất tỉnh, đạt 79,2%.

Cũng trong quý I, theo số liệu của Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước là 36,1%.

Tỉnh phấn đấu hết năm 2024 có 80% dịch vụ công trực tuyến phát sinh hồ sơ.

Lê Thu""",
        "2024-04-16",
        [
            ("dvctt_with_dossiers_rate", "Lào Cai", "quarter", "2024-03-31", 68.5),
            ("online_dossier_full_process_rate", "Lào Cai", "quarter", "2024-03-31", 47.9),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 36.1),
        ],
    ),
    # February 2025 told as "tháng 2 vừa qua" with January in parentheses, then "2 tháng đầu năm";
    # traps: % change, phishing sub-count after "trong đó", warnings issued.
    (
        """Tấn công mạng vào hệ thống thông tin Việt Nam giảm trong tháng 2

Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao và Trung tâm Giám sát an toàn không gian mạng quốc gia, trong tháng 2 vừa qua, đã ghi nhận 537 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 17,6% so với tháng 1 (652 cuộc), trong đó có 301 cuộc tấn công lừa đảo.

Tính chung 2 tháng đầu năm 2025, cả nước ghi nhận 1.189 cuộc tấn công mạng gây sự cố.

Trong tháng, các cơ quan chức năng đã phát đi 9 cảnh báo về chiến dịch tấn công có chủ đích (APT) nhằm vào cơ quan, doanh nghiệp Việt Nam.

Khánh Vân""",
        "2025-03-06",
        [
            ("cyberattacks", "national", "month", "2025-02-28", 537.0),
            ("cyberattacks", "national", "month", "2025-01-31", 652.0),
            ("cyberattacks", "national", "ytd", "2025-02-28", 1189.0),
        ],
    ),
]
