"""Genre probes, round 112: cybersecurity and telecom infrastructure, national and provincial, 2022–2026, written blind.

First reading (the stop's start code 15b33c0 read it): 106 of 106 right, 106 of 106 found; not fitted.
"""

CASES = [
    # 1. ICTnews-style monthly cyber summary (October 2023). Traps: attack kinds after "Trong đó",
    # month-on-month changes, count of warnings issued.
    (
        """Tháng 10/2023: ghi nhận 1.027 cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam

(ICTnews) – Theo thống kê của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin, Bộ Thông tin và Truyền thông, trong tháng 10/2023, hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.027 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,6% so với tháng 9.

Trong đó có 312 cuộc tấn công lừa đảo (Phishing), 598 cuộc tấn công thay đổi giao diện (Deface) và 117 cuộc tấn công cài mã độc (Malware).

Cũng theo NCSC, số lượng địa chỉ IP nằm trong các mạng botnet tại Việt Nam tính đến hết tháng 10/2023 là 592.417 địa chỉ, giảm 3,1% so với tháng trước. Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức, doanh nghiệp thường xuyên rà soát, kiểm tra và loại bỏ mã độc trên hệ thống; người dùng cá nhân cần cảnh giác với các đường link lạ, tuyệt đối không cung cấp mã OTP cho bất kỳ ai.

Ngoài ra, trong tháng, Cục đã phát đi 11 cảnh báo về các lỗ hổng bảo mật nghiêm trọng ảnh hưởng tới sản phẩm của Microsoft, Cisco và Fortinet.""",
        "2023-11-06",
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1027.0),
            ("botnet_ips", "national", "as_of", "2023-10-31", 592417.0),
        ],
    ),
    # 2. Year 2022 summary. Traps: year-on-year change, attack kinds, an operator's (Viettel Cyber
    # Security) own APT count, a 2023 target for botnet IPs.
    (
        """Năm 2022, số cuộc tấn công mạng vào Việt Nam giảm 44,4%

Thứ Năm, 12/01/2023 - 09:15

Năm 2022, hệ thống kỹ thuật của Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,4% so với năm 2021. Trong đó, tấn công lừa đảo (Phishing) chiếm tỷ lệ lớn nhất với 4.765 cuộc; tấn công thay đổi giao diện (Deface) 4.387 cuộc và tấn công cài mã độc (Malware) 3.061 cuộc.

Tính đến cuối năm 2022, số địa chỉ IP thuộc các mạng botnet tại Việt Nam là 432.500 địa chỉ, mức thấp nhất trong nhiều năm trở lại đây.

Ở góc độ doanh nghiệp, thống kê riêng của Viettel Cyber Security cho thấy trong năm 2022 đơn vị này đã phát hiện 2.010 chiến dịch tấn công có chủ đích (APT) nhằm vào các tổ chức tại Việt Nam.

Năm 2023, Cục An toàn thông tin đặt mục tiêu giảm số địa chỉ IP botnet xuống dưới 400.000 và tiếp tục duy trì vị trí trong nhóm dẫn đầu của Chỉ số An toàn thông tin toàn cầu (GCI).""",
        "2023-01-12",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 432500.0),
        ],
    ),
    # 3. Whole article on the 5G commercial launch (October 2024). Traps: Viettel's own station
    # count, VNPT's 58 provinces, Thailand's stations, the 2025 coverage target.
    (
        """HẠ TẦNG SỐ

Viettel khai trương mạng 5G, cả nước có khoảng 7.200 trạm BTS 5G

Minh Anh | 16/10/2024 06:30

Ngày 15/10/2024, Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel) chính thức khai trương mạng 5G, trở thành nhà mạng đầu tiên tại Việt Nam cung cấp dịch vụ 5G thương mại trên quy mô toàn quốc.

Theo đại diện Viettel, nhà mạng đã lắp đặt hơn 6.500 trạm 5G, phủ sóng 63/63 tỉnh, thành phố, tốc độ thực tế có thể đạt 1 Gbps. Trước đó, VNPT cũng đã phát sóng thử nghiệm 5G tại 58 tỉnh, thành phố và dự kiến khai trương dịch vụ vào cuối năm nay.

Theo Cục Viễn thông (Bộ Thông tin và Truyền thông), tính đến ngày 15/10/2024, tổng số trạm BTS 5G đã lắp đặt trên cả nước đạt khoảng 7.200 trạm. Bộ đặt mục tiêu đến năm 2025 vùng phủ sóng 5G đạt 99% dân số, đồng thời đẩy nhanh lộ trình tắt sóng 2G để giải phóng tài nguyên tần số.

Dù vậy, so với khu vực, Việt Nam vẫn đi sau: Thái Lan đã thương mại hóa 5G từ năm 2020 và hiện có hơn 30.000 trạm.

Chia sẻ  |  Bình luận (12)
Tags: 5G, Viettel, hạ tầng số""",
        "2024-10-16",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-10-15", 7200.0),
        ],
    ),
    # 4. Đà Nẵng's own 5G and fibre figures (end of May 2025). Traps: VNPT's share after "trong đó",
    # a 5G upload speed, the city's end-2025 targets.
    (
        """Đà Nẵng đã có 1.150 trạm BTS 5G

Theo báo cáo của Sở Khoa học và Công nghệ thành phố Đà Nẵng, đến hết tháng 5/2025, trên địa bàn thành phố đã có 1.150 trạm BTS 5G đi vào hoạt động, trong đó VNPT Đà Nẵng phát sóng 410 trạm, còn lại thuộc Viettel và MobiFone. Vùng phủ sóng 5G trên địa bàn đạt 92% dân số, tập trung tại các quận trung tâm, khu công nghệ cao và dải du lịch ven biển.

Cùng với đó, hạ tầng cáp quang tiếp tục được mở rộng; tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 95,6%, cao hơn mức bình quân cả nước. Tốc độ tải lên của mạng 5G tại khu vực trung tâm đo được trên 200 Mbps.

Thành phố phấn đấu đến cuối năm 2025 phủ sóng 5G tới 100% khu dân cư và khu công nghiệp, đồng thời hoàn thành ngầm hóa 70% tuyến cáp viễn thông trên các tuyến phố chính.""",
        "2025-06-10",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-05-31", 1150.0),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-05-31", 92.0),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2025-05-31", 95.6),
        ],
    ),
    # 5. Speedtest Global Index, December 2024. Traps: upload speeds, ranks, Singapore's and
    # Brunei's speeds, year-on-year change.
    (
        """Theo Speedtest Global Index tháng 12/2024 vừa được Ookla công bố, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 60,41 Mbps, tốc độ tải lên đạt 23,15 Mbps, xếp thứ 52/111 quốc gia và vùng lãnh thổ. Với băng rộng cố định, tốc độ tải xuống đạt 146,89 Mbps, tải lên 139,57 Mbps, đứng thứ 37/158.

So với cùng kỳ năm 2023, tốc độ di động của Việt Nam tăng 29%, chủ yếu nhờ các nhà mạng mở rộng vùng phủ 5G và tối ưu mạng 4G sau khi tắt sóng 2G.

Trong khu vực ASEAN, Singapore tiếp tục dẫn đầu về băng rộng cố định với 345,33 Mbps, còn Brunei đứng đầu về di động với 130,6 Mbps. Thái Lan xếp thứ hai khu vực về băng rộng cố định với 236,1 Mbps.""",
        "2025-01-15",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 60.41),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 146.89),
        ],
    ),
    # 6. Year-end 2023 telecom figures. Traps: total mobile subscriptions (no id), growth rate,
    # telecom revenue.
    (
        """Hạ tầng viễn thông năm 2023: thuê bao băng rộng tiếp tục tăng

Tính đến hết năm 2023, cả nước có 21,9 triệu thuê bao băng rộng cố định, đạt 21,8 thuê bao/100 dân; số thuê bao băng rộng di động đạt 87,6 triệu, tương đương 87,3 thuê bao/100 dân. Tổng số thuê bao điện thoại di động là 126,8 triệu, tăng 7,2% so với năm 2022.

Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,3%. Bộ Thông tin và Truyền thông cho biết sẽ tiếp tục phối hợp với các doanh nghiệp triển khai chương trình hỗ trợ thiết bị đầu cuối, giúp người dân, nhất là hộ nghèo, cận nghèo, chuyển từ điện thoại "cục gạch" sang smartphone.

Doanh thu dịch vụ viễn thông năm 2023 ước đạt 138.000 tỷ đồng.""",
        "2024-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 21900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 21.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 87600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 87.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.3),
        ],
    ),
    # 7. Approved security levels, split ministries / localities (15/11/2023). Traps: the 27,7%
    # remainder, "100%" of 9 ministries and 21 localities (counts), the 2024 deadline.
    (
        """Đẩy nhanh phê duyệt cấp độ an toàn hệ thống thông tin

Theo số liệu của Cục An toàn thông tin, tính đến ngày 15/11/2023, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trên toàn quốc đạt 72,3%. Cụ thể, khối bộ, ngành đạt 78,5%; khối địa phương đạt 69,2%. Như vậy, vẫn còn 27,7% hệ thống thông tin đang vận hành nhưng chưa được xác định và phê duyệt cấp độ, tiềm ẩn nguy cơ mất an toàn.

Đáng chú ý, có 9 bộ, ngành và 21 địa phương đã hoàn thành phê duyệt 100% hệ thống thông tin thuộc phạm vi quản lý.

Thực hiện Chỉ thị số 09/CT-TTg của Thủ tướng Chính phủ, Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành trước ngày 31/12/2024 và triển khai phương án bảo vệ theo cấp độ đã được phê duyệt.""",
        "2023-11-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2023-11-15", 72.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-11-15", 78.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-11-15", 69.2),
        ],
    ),
    # 8. Lào Cai's dead-zone villages ("hiện" = page date). Traps: non-electrified villages after
    # "trong đó", one district's 21 villages, villages covered in 2023, the 2024 target, new BTS.
    (
        """Lào Cai: nỗ lực xóa thôn, bản lõm sóng

Những năm qua, hạ tầng viễn thông trên địa bàn tỉnh Lào Cai được đầu tư mạnh mẽ, góp phần thu hẹp khoảng cách số giữa vùng thấp và vùng cao. Theo Sở Thông tin và Truyền thông, hiện toàn tỉnh còn 86 thôn, bản chưa có sóng điện thoại di động, trong đó 12 thôn chưa có điện lưới quốc gia. Các thôn lõm sóng tập trung chủ yếu ở huyện Bát Xát (21 thôn), Si Ma Cai và Mường Khương.

Năm 2023, các doanh nghiệp viễn thông đã đầu tư xây dựng mới 74 trạm BTS, phủ sóng cho 38 thôn lõm sóng. Năm 2024, tỉnh phấn đấu xóa thêm 40 thôn lõm sóng, ưu tiên các thôn đã có điện lưới.

Ông Nguyễn Văn Đức, Giám đốc Sở Thông tin và Truyền thông cho biết, khó khăn lớn nhất là địa hình chia cắt, chi phí đầu tư cao trong khi số thuê bao ít, doanh nghiệp khó thu hồi vốn. Tỉnh đã kiến nghị Bộ Thông tin và Truyền thông hỗ trợ từ Quỹ Dịch vụ viễn thông công ích Việt Nam.""",
        "2024-03-14",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-03-14", 86.0),
        ],
    ),
    # 9. National dead-zone programme at end-September 2023. Traps: the 1.236/1.505 count pair,
    # the 2024 target, programme budget.
    (
        """Tính đến hết tháng 9/2023, các doanh nghiệp viễn thông đã phủ sóng 1.236/1.505 thôn, bản lõm sóng có điện lưới, đạt tỷ lệ 82,1%; cả nước còn 269 thôn, bản lõm sóng. Đây là kết quả của chương trình "Sóng và máy tính cho em" cùng Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025, với tổng kinh phí khoảng 1.600 tỷ đồng.

Bộ Thông tin và Truyền thông yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn lõm sóng có điện lưới trong năm 2024; với các thôn chưa có điện, doanh nghiệp nghiên cứu sử dụng trạm BTS dùng năng lượng mặt trời hoặc kết nối vệ tinh.""",
        "2023-10-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-09-30", 82.1),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-09-30", 269.0),
        ],
    ),
    # 10. Quarter I/2024 cyber summary. Traps: fraud reports and blocked scam sites (no id),
    # quarter-on-quarter change.
    (
        """Quý I/2024: hơn 2.300 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

Trong quý I/2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 2.322 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11% so với quý IV/2023.

Cũng trong quý I, Cục đã tiếp nhận 5.160 phản ánh của người dân về lừa đảo trực tuyến qua hệ thống canhbao.khonggianmang.vn; phối hợp ngăn chặn 1.824 trang web lừa đảo, giả mạo thương hiệu ngân hàng, cơ quan nhà nước. Các hình thức lừa đảo phổ biến vẫn là giả danh cơ quan công an, tuyển cộng tác viên "việc nhẹ lương cao", đầu tư tiền ảo.

Cục An toàn thông tin khuyến cáo người dân chỉ tải ứng dụng từ các kho chính thức và không truy cập đường link trong tin nhắn lạ.""",
        "2024-04-08",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2322.0),
        ],
    ),
    # 11. Thừa Thiên Huế: all its systems approved ("đến nay" = page date). Traps: 58 systems (count),
    # anomalies blocked by the IOC (not incidents), drills, a 2025 target.
    (
        """Thừa Thiên Huế: 100% hệ thống thông tin được phê duyệt cấp độ

Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế cho biết, đến nay toàn bộ 58 hệ thống thông tin đang vận hành tại các cơ quan nhà nước của tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ, đạt tỷ lệ 100%.

Trong 7 tháng đầu năm 2023, Trung tâm Giám sát, điều hành đô thị thông minh (IOC) của tỉnh đã phát hiện và ngăn chặn hơn 1.200 lượt truy cập bất thường, dò quét lỗ hổng nhằm vào hạ tầng dùng chung. Tỉnh cũng tổ chức 2 đợt diễn tập ứng cứu sự cố an toàn thông tin mạng cho cán bộ chuyên trách.

Mục tiêu đến năm 2025, 100% hệ thống thông tin của tỉnh được giám sát an toàn thông tin 24/7 theo mô hình 4 lớp.""",
        "2023-08-22",
        [
            ("info_systems_level_approved_rate", "Thừa Thiên Huế", "as_of", "2023-08-22", 100.0),
        ],
    ),
    # 12. September 2025 speeds with ASEAN comparison. Traps: upload speed, ranks, 2,4-fold change,
    # Brunei / Malaysia / Thailand speeds, Viettel's share of 5G stations.
    (
        """Tốc độ mạng di động Việt Nam lọt top 20 thế giới

Theo bảng xếp hạng Speedtest Global Index tháng 9/2025 của Ookla, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 146,64 Mbps, tăng 2,4 lần so với cùng kỳ năm trước, đưa Việt Nam lên vị trí thứ 18/103. Tốc độ tải lên đạt 31,2 Mbps. Băng rộng cố định đạt 221,35 Mbps, xếp thứ 13/154.

Trong ASEAN, tốc độ di động của Việt Nam chỉ đứng sau Brunei (165,8 Mbps); Malaysia đạt 127,5 Mbps, Thái Lan 108,9 Mbps.

Theo Bộ Khoa học và Công nghệ, sự bứt phá đến từ việc triển khai nhanh mạng 5G. Đến nay, các nhà mạng đã lắp đặt hơn 20.000 trạm 5G trên cả nước, trong đó Viettel chiếm khoảng 70%.""",
        "2025-10-14",
        [
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 146.64),
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 221.35),
            ("fiveg_bts_count", "national", "as_of", "2025-10-14", 20000.0),
        ],
    ),
    # 13. Bình Dương at end-2024: fibre, per-100 densities, 5G stations after "trong đó" (another
    # indicator: kept). Traps: share of adults with a smartphone (people), total BTS, 2025 target.
    (
        """Theo báo cáo của Sở Thông tin và Truyền thông tỉnh Bình Dương, tính đến hết năm 2024, tỷ lệ hộ gia đình trên địa bàn tỉnh sử dụng Internet cáp quang đạt 88,5%; mật độ thuê bao băng rộng cố định đạt 34,6 thuê bao/100 dân, thuê bao băng rộng di động đạt 102,3 thuê bao/100 dân. Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 91%.

Đến cuối năm 2024, toàn tỉnh có 4.260 trạm BTS các loại, trong đó 312 trạm 5G, tập trung tại Thủ Dầu Một, Thuận An, Dĩ An và các khu công nghiệp lớn.

Năm 2025, tỉnh phấn đấu phủ sóng 5G tại 100% khu công nghiệp và nâng tỷ lệ hộ gia đình có cáp quang lên trên 90%.""",
        "2025-01-20",
        [
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-12-31", 88.5),
            ("fixed_broadband_subscriptions_per_100", "Bình Dương", "as_of", "2024-12-31", 34.6),
            ("mobile_broadband_subscriptions_per_100", "Bình Dương", "as_of", "2024-12-31", 102.3),
            ("fiveg_bts_count", "Bình Dương", "as_of", "2024-12-31", 312.0),
        ],
    ),
    # 14. Smartphone subscriptions at end-November 2024. Traps: change in percentage points,
    # 2G-only handsets, the end-2025 target.
    (
        """Theo số liệu của Cục Viễn thông, tính đến hết tháng 11/2024, số thuê bao điện thoại di động sử dụng điện thoại thông minh đạt 109,2 triệu, chiếm 87,1% tổng số thuê bao di động, tăng 1,1 điểm phần trăm so với cùng kỳ năm 2023.

Sau khi dừng công nghệ 2G từ ngày 16/10/2024, hiện vẫn còn khoảng 1,6 triệu thuê bao sử dụng máy chỉ hỗ trợ 2G. Các doanh nghiệp viễn thông tiếp tục tặng máy, hỗ trợ giá thiết bị để khách hàng chuyển đổi sang điện thoại 4G.

Bộ Thông tin và Truyền thông phấn đấu đến hết năm 2025, tỷ lệ thuê bao sử dụng điện thoại thông minh đạt trên 90%.""",
        "2024-12-10",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-11-30", 109200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-11-30", 87.1),
        ],
    ),
    # 15. Internet users: the ministry's estimate vs a vendor report (Digital 2024). Traps: the
    # vendor's 79,1% and 78,44 million, daily use share, hours online.
    (
        """Theo báo cáo của Bộ Thông tin và Truyền thông, tính đến hết năm 2023, tỷ lệ người sử dụng Internet tại Việt Nam ước đạt 78,6% dân số.

Trong khi đó, báo cáo Digital 2024 của We Are Social và Meltwater cho biết Việt Nam có 78,44 triệu người dùng Internet, tương đương 79,1% dân số; trung bình mỗi người dành 6 giờ 18 phút mỗi ngày để lên mạng. Tỷ lệ người dùng truy cập Internet hàng ngày lên tới 94%.

Các chuyên gia cho rằng, tỷ lệ sử dụng Internet cao là nền tảng quan trọng để phát triển kinh tế số, song cũng đặt ra thách thức lớn về bảo đảm an toàn thông tin cho người dùng phổ thông.""",
        "2024-02-28",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    # 16. One ransomware incident at a securities firm: no KPI value. Traps: days offline,
    # a vendor's ransomware count, customer accounts, the 2023 "83.000" vendor figure.
    (
        """Một công ty chứng khoán bị tấn công ransomware, hệ thống ngừng hoạt động gần một tuần

Hà Nội – Ngày 24/3/2024, hệ thống công nghệ thông tin của một công ty chứng khoán lớn tại Hà Nội bị tấn công bằng mã độc mã hóa dữ liệu (ransomware), khiến toàn bộ website và ứng dụng giao dịch phải ngừng hoạt động. Sau 6 ngày khắc phục, công ty cho biết đã khôi phục hệ thống và dữ liệu của hơn 1 triệu tài khoản nhà đầu tư không bị ảnh hưởng.

Cục An toàn thông tin đã cử chuyên gia phối hợp xử lý sự cố. Theo thống kê của một doanh nghiệp bảo mật trong nước, năm 2023 có hơn 83.000 máy tính tại Việt Nam bị nhiễm mã độc mã hóa dữ liệu; riêng quý I/2024 đã ghi nhận 13 vụ tấn công ransomware nhằm vào doanh nghiệp lớn.

Cục khuyến nghị các tổ chức sao lưu dữ liệu định kỳ theo nguyên tắc 3-2-1 và kiểm tra khả năng khôi phục ít nhất 6 tháng một lần.""",
        "2024-04-02",
        [],
    ),
    # 17. First half of 2024, with the same half of 2023 given in parentheses (kept, own period).
    # Traps: the 10,8% change, ransomware incidents after "trong đó".
    (
        """6 tháng đầu năm 2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 4.637 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 10,8% so với cùng kỳ năm 2023 (5.198 cuộc). Số địa chỉ IP nằm trong mạng botnet tính đến cuối tháng 6/2024 là 569.300 địa chỉ.

Tuy nhiên, các cuộc tấn công bằng mã độc mã hóa dữ liệu có xu hướng gia tăng về mức độ nghiêm trọng, trong đó nổi bật là 4 vụ nhằm vào các doanh nghiệp trong lĩnh vực tài chính, năng lượng, viễn thông, gây gián đoạn dịch vụ nhiều ngày.

Cục An toàn thông tin đề nghị các cơ quan, tổ chức rà soát, bảo đảm an toàn hệ thống theo cấp độ và sẵn sàng phương án ứng cứu sự cố.""",
        "2024-07-09",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4637.0),
            ("cyberattacks", "national", "half", "2023-06-30", 5198.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 569300.0),
        ],
    ),
    # 18. Nine months of 2025 (ytd) and the approved-level rate at 30/9/2025. Traps: the 18% change,
    # the end-2025 target.
    (
        """Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), 9 tháng đầu năm 2025, hệ thống kỹ thuật đã ghi nhận 4.180 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18% so với cùng kỳ năm trước.

Tính đến ngày 30/9/2025, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trên cả nước đạt 93,6%. Cơ quan chức năng yêu cầu các đơn vị phấn đấu hoàn thành phê duyệt 100% trước ngày 31/12/2025 và kết nối đầy đủ dữ liệu giám sát về hệ thống giám sát quốc gia.""",
        "2025-10-08",
        [
            ("cyberattacks", "national", "ytd", "2025-09-30", 4180.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-09-30", 93.6),
        ],
    ),
    # 19. April 2023 monthly plus cumulative since January (ytd) and botnet IPs at 30/4.
    # Trap: the 31% change on the same period of 2022.
    (
        """Trong tháng 4/2023, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo 1.021 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Lũy kế từ đầu năm đến hết tháng 4/2023, số cuộc tấn công mạng gây sự cố là 4.213 cuộc, giảm 31% so với cùng kỳ năm 2022.

Số lượng địa chỉ IP nằm trong mạng botnet tính đến ngày 30/4/2023 là 617.215 địa chỉ. Cục đã phối hợp với các doanh nghiệp cung cấp dịch vụ Internet gửi cảnh báo tới chủ sở hữu các địa chỉ IP bị nhiễm mã độc và hướng dẫn gỡ bỏ.""",
        "2023-05-05",
        [
            ("cyberattacks", "national", "month", "2023-04-30", 1021.0),
            ("cyberattacks", "national", "ytd", "2023-04-30", 4213.0),
            ("botnet_ips", "national", "as_of", "2023-04-30", 617215.0),
        ],
    ),
    # 20. Hà Giang at end-2024: share of villages covered and villages still without signal.
    # Traps: districts' counts, Viettel's new stations and covered villages, the 2025 target.
    (
        """Hà Giang: 98,6% thôn, bản đã có sóng di động băng rộng

Đến hết năm 2024, tỉnh Hà Giang đã phủ sóng di động băng rộng tới 98,6% số thôn, bản trên địa bàn; toàn tỉnh còn 29 thôn chưa có sóng, trong đó huyện Mèo Vạc còn 9 thôn, Hoàng Su Phì 7 thôn.

Riêng năm 2024, Viettel Hà Giang đã đầu tư 60 trạm BTS mới, phủ sóng cho 34 thôn lõm sóng. Nhiều thôn vùng cao lần đầu tiên có sóng 4G, giúp người dân tiếp cận dịch vụ công trực tuyến, học tập và thanh toán không dùng tiền mặt.

Năm 2025, tỉnh đặt mục tiêu xóa toàn bộ số thôn lõm sóng còn lại và phủ sóng 4G tới 100% điểm trường.""",
        "2025-01-14",
        [
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-12-31", 98.6),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-12-31", 29.0),
        ],
    ),
    # 21. National 5G at end-November 2025. Traps: Viettel's stations, 5G subscribers (no id),
    # Thailand's coverage, the end-2025 target.
    (
        """Tính đến hết tháng 11/2025, cả nước có hơn 22.000 trạm BTS 5G, vùng phủ sóng 5G đạt 89% dân số, tiệm cận mục tiêu 90% dân số được phủ sóng 5G vào cuối năm 2025. Riêng Viettel đã phát sóng hơn 15.000 trạm. Số thuê bao sử dụng dịch vụ 5G đạt khoảng 9,8 triệu.

Theo các chuyên gia, tốc độ triển khai 5G của Việt Nam thuộc nhóm nhanh trong khu vực, dù vẫn thấp hơn Thái Lan, nơi vùng phủ 5G đã đạt 94% dân số.""",
        "2025-12-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-11-30", 22000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-11-30", 89.0),
        ],
    ),
    # 22. Mid-2025 subscriptions, densities and fibre households. Trap: fibre's share of fixed
    # broadband lines (no id).
    (
        """Tính đến hết tháng 6/2025, cả nước có 24,2 triệu thuê bao băng rộng cố định, đạt 23,9 thuê bao/100 dân; 90,8 triệu thuê bao băng rộng di động, đạt 89,8 thuê bao/100 dân. Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 84,7%.

Thuê bao cáp quang hiện chiếm khoảng 98% tổng số thuê bao băng rộng cố định; công nghệ xDSL gần như đã được thay thế hoàn toàn.""",
        "2025-07-22",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 23.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 90800000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 89.8),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 84.7),
        ],
    ),
    # 23. i-Speed (VNNIC) March 2024: national and provincial download speeds (kept). Traps: upload
    # speed, one district's speed.
    (
        """Theo dữ liệu đo kiểm i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 3/2024, tốc độ tải xuống trung bình của băng rộng cố định trên cả nước đạt 109,7 Mbps, tốc độ tải lên đạt 96,4 Mbps. Tốc độ tải xuống của băng rộng di động đạt 47,9 Mbps.

Xét theo địa phương, Hà Nội có tốc độ băng rộng cố định 118,5 Mbps, Hải Phòng 112,3 Mbps; thấp nhất là Lai Châu với 71,2 Mbps. Tại Hà Nội, quận Cầu Giấy ghi nhận tốc độ cao nhất, khoảng 130 Mbps.""",
        "2024-04-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-03-31", 109.7),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 47.9),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-03-31", 118.5),
            ("fixed_broadband_speed", "Hải Phòng", "month", "2024-03-31", 112.3),
            ("fixed_broadband_speed", "Lai Châu", "month", "2024-03-31", 71.2),
        ],
    ),
    # 24. Committee notice on digital infrastructure (levels at 20/3/2025). Traps: 2025 targets,
    # the deadline for approvals, a count of tasks.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 142/TB-VPCP

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về phát triển hạ tầng số và bảo đảm an toàn thông tin mạng

Ngày 25 tháng 3 năm 2025, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp về tình hình phát triển hạ tầng số và bảo đảm an toàn thông tin mạng. Sau khi nghe Bộ Khoa học và Công nghệ, Bộ Công an báo cáo và ý kiến của các đại biểu, Phó Thủ tướng kết luận như sau:

1. Tính đến ngày 20/3/2025, cả nước có 10.500 trạm BTS 5G, vùng phủ sóng 5G đạt 30,6% dân số; cả nước còn 214 thôn, bản lõm sóng; tỷ lệ hệ thống thông tin được phê duyệt cấp độ của các bộ, ngành đạt 92,4%, của các địa phương đạt 88,7%.

2. Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông phấn đấu phủ sóng di động tới 100% thôn, bản trong năm 2025; các bộ, ngành, địa phương hoàn thành phê duyệt cấp độ 100% hệ thống thông tin trong quý III/2025.

3. Các bộ, ngành, địa phương khẩn trương thực hiện 12 nhiệm vụ được giao tại Thông báo này.""",
        "2025-04-02",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-20", 10500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-20", 30.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-03-20", 214.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-03-20", 92.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-03-20", 88.7),
        ],
    ),
    # 25. Year 2024 cyber summary with 2023 in parentheses (kept). Traps: the 24,4% change,
    # Kaspersky's world rank for attacked computers.
    (
        """Năm 2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 10.512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 24,4% so với năm 2023 (13.900 cuộc). Tính đến cuối năm 2024, số địa chỉ IP thuộc mạng botnet tại Việt Nam là 491.600 địa chỉ.

Dù số vụ tấn công giảm, mức độ nguy hiểm lại tăng. Theo Kaspersky, Việt Nam đứng thứ 4 thế giới về tỷ lệ máy tính bị tấn công bởi các mối đe dọa cục bộ trong năm 2024.""",
        "2025-01-06",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 10512.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 491600.0),
        ],
    ),
    # 26. Quảng Ninh's smartphone subscriptions and share (end-August 2024). Traps: the share of
    # adults owning a smartphone (people), the end-2024 target.
    (
        """Quảng Ninh: 92,3% thuê bao di động dùng điện thoại thông minh

Tính đến cuối tháng 8/2024, trên địa bàn tỉnh Quảng Ninh có hơn 1,48 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 92,3% tổng số thuê bao di động, cao hơn mức bình quân chung cả nước. Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 89,7%.

Tỉnh phấn đấu đến cuối năm 2024 nâng tỷ lệ thuê bao sử dụng smartphone lên 95%, đồng thời phối hợp với các nhà mạng hỗ trợ máy cho hộ nghèo tại các huyện miền núi, hải đảo như Bình Liêu, Ba Chẽ, Cô Tô.""",
        "2024-09-05",
        [
            ("smartphone_subscriptions", "Quảng Ninh", "as_of", "2024-08-31", 1480000.0),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2024-08-31", 92.3),
        ],
    ),
    # 27. Dead-zone review under the new criterion (end of April 2024), with one province's count
    # (kept). Traps: non-electrified villages after "trong đó", one district's count, the target.
    (
        """Rà soát lại thôn lõm sóng theo tiêu chí mới

Theo kết quả rà soát của Bộ Thông tin và Truyền thông và các địa phương theo tiêu chí mới (thôn, bản được xác định là có sóng khi có sóng băng rộng di động 4G đáp ứng quy chuẩn chất lượng), tính đến hết tháng 4/2024, cả nước còn 1.182 thôn, bản lõm sóng, trong đó có 412 thôn chưa có điện lưới. Tỷ lệ thôn, bản có sóng di động băng rộng trên toàn quốc đạt 98,8%.

Điện Biên là địa phương còn nhiều thôn lõm sóng nhất với 128 thôn, riêng huyện Mường Nhé có 41 thôn. Bộ yêu cầu các doanh nghiệp phấn đấu đến hết năm 2024 giảm số thôn lõm sóng xuống dưới 600 thôn.""",
        "2024-05-16",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-04-30", 1182.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-04-30", 98.8),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-04-30", 128.0),
        ],
    ),
    # 28. Ministry monthly report excerpt without sidecar date: explicit 16/7–15/8 window, July's
    # figure in parentheses (kept), levels at 15/8. Traps: change, documents and drills counted.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Tình hình hoạt động tháng 8/2024

II. CÔNG TÁC BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG
1. Trong tháng 8/2024 (từ ngày 16/7/2024 đến ngày 15/8/2024), hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo 842 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 6,3% so với tháng 7/2024 (899 cuộc).
2. Số lượng địa chỉ IP nằm trong mạng botnet tính đến ngày 15/8/2024 là 552.800 địa chỉ.
3. Tính đến ngày 15/8/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ là 84,1% (bộ, ngành: 88,6%; địa phương: 81,9%).
4. Trong tháng, Bộ đã ban hành 03 văn bản hướng dẫn, cảnh báo về an toàn thông tin và tổ chức 01 cuộc diễn tập thực chiến cho khối tài chính – ngân hàng.""",
        None,
        [
            ("cyberattacks", "national", "month", "2024-08-15", 842.0),
            ("cyberattacks", "national", "month", "2024-07-31", 899.0),
            ("botnet_ips", "national", "as_of", "2024-08-15", 552800.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-15", 84.1),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-08-15", 88.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-08-15", 81.9),
        ],
    ),
    # 29. Nghệ An's 5G, fibre and dead zones ("hiện nay" = page date). Traps: Viettel's stations
    # after "trong đó", one commune's hamlets without signal.
    (
        """Nghệ An đẩy mạnh phủ sóng 5G

Theo Sở Khoa học và Công nghệ Nghệ An, hiện nay toàn tỉnh có 1.020 trạm 5G, trong đó Viettel chiếm 780 trạm; vùng phủ sóng 5G đạt 72% dân số. Tỷ lệ hộ gia đình có Internet cáp quang đạt 81,5%. Toàn tỉnh còn 17 thôn, bản lõm sóng, chủ yếu ở khu vực biên giới phía Tây.

Tại xã Tri Lễ, địa bàn miền núi khó khăn, vẫn còn 6 bản chưa có sóng di động; người dân phải đi hàng cây số lên đồi mới gọi được điện thoại. Sở đã đề nghị các doanh nghiệp ưu tiên lắp đặt trạm phát sóng tại khu vực này trong quý IV/2025.""",
        "2025-08-20",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-08-20", 1020.0),
            ("fiveg_population_coverage_rate", "Nghệ An", "as_of", "2025-08-20", 72.0),
            ("ftth_household_rate", "Nghệ An", "as_of", "2025-08-20", 81.5),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2025-08-20", 17.0),
        ],
    ),
    # 30. Per-100 densities at end-2024 against ITU world averages. Traps: the world's and China's
    # densities.
    (
        """Theo Bộ Khoa học và Công nghệ, tính đến hết năm 2024, mật độ thuê bao băng rộng cố định của Việt Nam đạt 23,6 thuê bao/100 dân, cao hơn mức trung bình thế giới (19,3 thuê bao/100 dân theo số liệu của Liên minh Viễn thông quốc tế - ITU) nhưng còn thấp hơn nhiều so với Trung Quốc (45,2 thuê bao/100 dân). Mật độ thuê bao băng rộng di động đạt 88,4 thuê bao/100 dân, trong khi mức trung bình thế giới là 87 thuê bao/100 dân.""",
        "2025-03-12",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.6),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.4),
        ],
    ),
    # 31. Operator press release (VNPT): every figure is one operator's. No value.
    (
        """VNPT công bố kết quả kinh doanh năm 2024

Theo VNPT, tính đến hết năm 2024, tập đoàn có hơn 9,4 triệu thuê bao băng rộng cố định cáp quang (FTTH), chiếm khoảng 40% thị phần; mạng di động VinaPhone đã phát sóng 4.200 trạm 5G tại các tỉnh, thành phố lớn. Tốc độ tải xuống trung vị của mạng VinaPhone trong quý IV/2024 đạt 58,9 Mbps theo đo kiểm của Ookla.

Năm 2025, VNPT đặt mục tiêu nâng số trạm 5G lên 10.000 trạm và tỷ lệ thuê bao VinaPhone dùng smartphone đạt 90%.""",
        "2025-02-18",
        [],
    ),
    # 32. Approved security levels at 30/11/2024. Traps: the 4.516/5.320 pair, the 804 remaining
    # systems, the change in percentage points, inspections counted.
    (
        """Tính đến ngày 30/11/2024, cả nước đã có 4.516/5.320 hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ, đạt tỷ lệ 84,9%, tăng 12,6 điểm phần trăm so với cùng kỳ năm 2023. Trong số 804 hệ thống còn lại chưa được phê duyệt, phần lớn thuộc cấp huyện, cấp xã.

Trong năm, Cục An toàn thông tin đã kiểm tra, đánh giá an toàn thông tin đối với 26 hệ thống thông tin quan trọng của các bộ, ngành, địa phương, qua đó phát hiện và yêu cầu khắc phục nhiều lỗ hổng nghiêm trọng.""",
        "2024-12-06",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 84.9),
        ],
    ),
    # 33. Cần Thơ: i-Speed speeds for May 2024 and fibre households at 31/5. Traps: upload speed,
    # one district's (Ninh Kiều) speed.
    (
        """Cần Thơ: tốc độ Internet di động đạt 52,7 Mbps

Theo dữ liệu đo i-Speed, trong tháng 5/2024, tốc độ tải xuống trung bình của mạng di động trên địa bàn thành phố Cần Thơ đạt 52,7 Mbps, tốc độ tải lên đạt 19,4 Mbps; băng rộng cố định đạt 104,3 Mbps. Quận Ninh Kiều có tốc độ băng rộng cố định cao nhất, khoảng 128 Mbps.

Tính đến ngày 31/5/2024, tỷ lệ hộ gia đình trên địa bàn thành phố có Internet cáp quang đạt 86,2%. Sở Thông tin và Truyền thông cho biết sẽ phối hợp với các doanh nghiệp tiếp tục chỉnh trang, ngầm hóa mạng cáp để nâng cao chất lượng dịch vụ.""",
        "2024-06-12",
        [
            ("mobile_broadband_speed", "Cần Thơ", "month", "2024-05-31", 52.7),
            ("fixed_broadband_speed", "Cần Thơ", "month", "2024-05-31", 104.3),
            ("ftth_household_rate", "Cần Thơ", "as_of", "2024-05-31", 86.2),
        ],
    ),
    # 34. Quarter I/2025 review published 50 days later: "Hiện nay" = end of the quarter. Traps:
    # stations added in the quarter (flow), 5G subscribers.
    (
        """Hạ tầng viễn thông quý I/2025: 5G tăng tốc

Trong quý I/2025, các doanh nghiệp viễn thông đã lắp đặt mới 3.100 trạm 5G, nâng chất lượng mạng di động tại các đô thị lớn và khu công nghiệp. Hiện nay, cả nước có 11.200 trạm 5G, vùng phủ sóng 5G đạt 32,1% dân số. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh hiện đạt 88,9%.

Số thuê bao 5G trong quý tăng thêm khoảng 1,3 triệu. Các nhà mạng cho biết sẽ tiếp tục mở rộng vùng phủ ra khu vực nông thôn trong những tháng tiếp theo.""",
        "2025-05-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 11200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 32.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 88.9),
        ],
    ),
    # 35. Quarter III/2023 with September's own figure. Traps: attack kinds, the phishing share.
    (
        """Quý III/2023, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 2.987 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Riêng tháng 9/2023, ghi nhận 976 cuộc.

Tấn công lừa đảo (Phishing) vẫn chiếm tỷ lệ cao nhất với 1.102 cuộc, tương đương 36,9%; tấn công thay đổi giao diện 1.258 cuộc; tấn công cài mã độc 627 cuộc. Nhiều chiến dịch lừa đảo giả mạo website của các ngân hàng, sàn thương mại điện tử và cổng dịch vụ công nhằm đánh cắp thông tin tài khoản.""",
        "2023-10-09",
        [
            ("cyberattacks", "national", "quarter", "2023-09-30", 2987.0),
            ("cyberattacks", "national", "month", "2023-09-30", 976.0),
        ],
    ),
    # 36. Fibre households: "tăng từ ... lên ..." keeps both stated levels. Traps: 99,2% of
    # households able to get fibre (reach, not take-up), change in points, 2025 target.
    (
        """Đến hết năm 2024, hạ tầng cáp quang đã phủ tới 100% xã, phường, thị trấn; 99,2% hộ gia đình có khả năng tiếp cận cáp quang. Tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đã tăng từ 75,2% cuối năm 2022 lên 82,4% cuối năm 2024, tăng 3,4 điểm phần trăm so với năm 2023.

Chiến lược phát triển hạ tầng số đặt mục tiêu đến năm 2025 có trên 80% hộ gia đình sử dụng cáp quang, đến năm 2030 đạt 100%. Như vậy, chỉ tiêu của năm 2025 đã về đích sớm.""",
        "2025-02-10",
        [
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
        ],
    ),
    # 37. Year-end conference on information security: approved-level rate at end-2024. Traps:
    # legal documents, drills, participating units, "100%" of level-4/5 systems monitored.
    (
        """Hội nghị tổng kết công tác bảo đảm an toàn thông tin năm 2024

Báo cáo tại hội nghị cho biết, năm 2024, Bộ đã tham mưu ban hành 12 văn bản quy phạm pháp luật và hướng dẫn chuyên môn; tổ chức 5 cuộc diễn tập thực chiến với sự tham gia của hơn 1.200 đơn vị. Tính đến hết năm 2024, tỷ lệ hệ thống thông tin được phê duyệt cấp độ trên cả nước đạt 87,6%; 100% hệ thống thông tin cấp độ 4, cấp độ 5 đã được kết nối giám sát với Trung tâm Giám sát an toàn không gian mạng quốc gia.

Năm 2025, ngành đặt mục tiêu hoàn thành phê duyệt cấp độ cho toàn bộ hệ thống thông tin đang vận hành.""",
        "2025-03-03",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 87.6),
        ],
    ),
    # 38. Year 2025 review: sentences opening on the year date levels at 31 December. Traps: 2026
    # targets, 5G subscribers.
    (
        """Năm 2025: bứt phá hạ tầng số

Năm 2025 ghi dấu bước tiến mạnh mẽ của hạ tầng viễn thông Việt Nam. Năm 2025, cả nước có gần 26.000 trạm 5G, vùng phủ sóng 5G đạt 91% dân số, vượt mục tiêu đề ra. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 91,2%; tỷ lệ người sử dụng Internet ước đạt 84,6% dân số.

Bước sang năm 2026, Bộ Khoa học và Công nghệ đặt mục tiêu phủ sóng 5G tới 99% dân số và nâng số thuê bao 5G lên 25 triệu.""",
        "2026-01-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 26000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-12-31", 91.2),
            ("internet_users_rate", "national", "as_of", "2025-12-31", 84.6),
        ],
    ),
    # 39. Lâm Đồng at end-November 2023: share of villages covered and villages left. Trap: one
    # district's (Đam Rông) villages.
    (
        """Lâm Đồng: 99,2% thôn, tổ dân phố đã có sóng di động

Tính đến hết tháng 11/2023, tỷ lệ thôn, tổ dân phố trên địa bàn tỉnh Lâm Đồng có sóng di động băng rộng đạt 99,2%; toàn tỉnh còn 11 thôn lõm sóng, tập trung tại các huyện Lạc Dương và Đam Rông, trong đó riêng Đam Rông có 6 thôn.

Sở Thông tin và Truyền thông đang phối hợp với Viettel, VNPT khảo sát vị trí lắp đặt trạm, dự kiến hoàn thành phủ sóng các thôn này trong năm 2024.""",
        "2023-12-20",
        [
            ("villages_with_mobile_coverage_rate", "Lâm Đồng", "as_of", "2023-11-30", 99.2),
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2023-11-30", 11.0),
        ],
    ),
    # 40. Short portal item that dates itself (no sidecar): January 2026 figures. Traps: change
    # on December, scam sites blocked.
    (
        """Hà Nội, ngày 06/02/2026 – Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) cho biết, trong tháng 01/2026, hệ thống kỹ thuật đã ghi nhận 486 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12% so với tháng 12/2025. Số địa chỉ IP thuộc mạng botnet tính đến hết tháng 01/2026 là 389.700 địa chỉ. Trong tháng, NCSC cũng phối hợp ngăn chặn 712 tên miền lừa đảo.""",
        None,
        [
            ("cyberattacks", "national", "month", "2026-01-31", 486.0),
            ("botnet_ips", "national", "as_of", "2026-01-31", 389700.0),
        ],
    ),
    # 41. Mobile broadband at end-October 2025. Traps: 5G subscribers after "trong đó" (part of
    # the same measure), Viettel's 5G subscribers, a 5G upload speed.
    (
        """Tính đến hết tháng 10/2025, tổng số thuê bao băng rộng di động trên cả nước đạt 92,4 triệu, trong đó thuê bao 5G đạt 8,6 triệu; mật độ thuê bao băng rộng di động đạt 91,2 thuê bao/100 dân. Riêng Viettel có 5,9 triệu thuê bao 5G.

Đo kiểm của Cục Viễn thông cho thấy tốc độ tải lên trung bình của mạng 5G đạt 95 Mbps, tốc độ tải xuống vượt 400 Mbps tại nhiều khu vực đô thị.""",
        "2025-11-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-10-31", 92400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-10-31", 91.2),
        ],
    ),
    # 42. Phishing awareness piece: only the botnet level is a value. Traps: phishing attacks
    # alone (one kind), a survey's shares, victims' losses.
    (
        """Cảnh giác trước các chiêu lừa đảo trực tuyến mùa du lịch hè

Theo Cục An toàn thông tin, trong tháng 5/2024 đã ghi nhận 1.203 cuộc tấn công lừa đảo (Phishing) nhằm vào người dùng Việt Nam, chủ yếu giả mạo các trang đặt phòng khách sạn, vé máy bay. Kết quả khảo sát của Cục cho thấy cứ 220 người dùng smartphone thì có 1 người là nạn nhân của lừa đảo trực tuyến; 59% người tham gia khảo sát từng nhận được tin nhắn, cuộc gọi lừa đảo.

Số địa chỉ IP thuộc mạng botnet tại Việt Nam tính đến cuối tháng 5/2024 là 574.900 địa chỉ. Người dùng cần cập nhật phần mềm thường xuyên, sử dụng xác thực hai lớp và không cài ứng dụng ngoài kho chính thức.""",
        "2024-06-06",
        [
            ("botnet_ips", "national", "as_of", "2024-05-31", 574900.0),
        ],
    ),
    # 43. Bắc Giang's approved-level rate at 30/9/2024. Traps: the 61/63 pair, security-risk
    # warnings (not incidents), district-level rate.
    (
        """Bắc Giang: 96,8% hệ thống thông tin được phê duyệt cấp độ

Tính đến ngày 30/9/2024, tỷ lệ hệ thống thông tin của tỉnh Bắc Giang được phê duyệt hồ sơ đề xuất cấp độ đạt 96,8% (61/63 hệ thống). Ở cấp huyện, tỷ lệ này mới đạt 75%, chủ yếu do thiếu nhân lực chuyên trách.

Trong 9 tháng đầu năm 2024, Trung tâm Điều hành an toàn thông tin (SOC) của tỉnh đã phát hiện, cảnh báo 327 nguy cơ mất an toàn thông tin và hướng dẫn các đơn vị khắc phục kịp thời.""",
        "2024-10-24",
        [
            ("info_systems_level_approved_rate", "Bắc Giang", "as_of", "2024-09-30", 96.8),
        ],
    ),
    # 44. Speedtest July 2022. Traps: ranks, world averages, upload speed.
    (
        """Theo Speedtest Global Index tháng 7/2022, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 82,14 Mbps, xếp thứ 45 thế giới; băng rộng di động đạt 33,37 Mbps, xếp thứ 49. Tốc độ tải lên của băng rộng di động đạt 14,2 Mbps.

Trong khi đó, tốc độ trung bình toàn cầu là 69,96 Mbps với băng rộng cố định và 31,95 Mbps với băng rộng di động. Như vậy, tốc độ Internet của Việt Nam đã vượt mức trung bình của thế giới ở cả hai loại hình.""",
        "2022-08-18",
        [
            ("fixed_broadband_speed", "national", "month", "2022-07-31", 82.14),
            ("mobile_broadband_speed", "national", "month", "2022-07-31", 33.37),
        ],
    ),
]
