"""Genre probes, round 151: Internet speeds (Ookla, i-Speed) and cyberattack/botnet counts, written blind and held out.

Held out to the end of stop 50 and not fitted: read with the stop's start code a6b17cb (116 of 117
right, 116 of 118 found (0.99 / 0.98)) and with its final code (116 of 117 right, 116 of 118 found
(0.99 / 0.98)).
"""

CASES = [
    # 1. Ookla Speedtest Global Index, July 2024, press article with page furniture.
    #    Traps: ranks, upload speeds, latency, "tăng 3,1%", Singapore/UAE figures, a 2025 target.
    (
        """Trang chủ > Công nghệ > Viễn thông

Tốc độ Internet Việt Nam tháng 7/2024: cố định tăng nhẹ, di động vẫn "dậm chân"

Cập nhật: 20/08/2024 09:15 | Minh Khang

(CNTT) - Theo báo cáo Speedtest Global Index vừa được Ookla công bố, trong tháng 7/2024, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 54,17 Mbps, xếp thứ 50/111 quốc gia và vùng lãnh thổ được khảo sát. Tốc độ tải lên của mạng di động đạt 21,35 Mbps, độ trễ trung bình ở mức 27 ms.

Đối với băng rộng cố định, tốc độ tải xuống đạt 152,43 Mbps, tăng 3,1% so với tháng 6, giúp Việt Nam đứng thứ 35/180. Tốc độ tải lên của mạng cố định đạt 148,6 Mbps, gần tương đương tốc độ tải xuống nhờ hạ tầng cáp quang đối xứng.

Ở chiều ngược lại, Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 300,39 Mbps, còn Các Tiểu vương quốc Ả Rập Thống nhất (UAE) giữ ngôi đầu về di động với 398,51 Mbps.

Giới chuyên gia cho rằng tốc độ di động của Việt Nam khó có bước nhảy vọt khi mạng 5G chưa được thương mại hóa rộng rãi. Bộ Thông tin và Truyền thông đặt mục tiêu đến cuối năm 2025, tốc độ di động trung bình đạt 100 Mbps.

Từ khóa: Ookla, tốc độ Internet, 5G
Bài liên quan: Nhà mạng đẩy nhanh thử nghiệm 5G tại Hà Nội""",
        "2024-08-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 54.17),
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 152.43),
        ],
    ),
    # 2. VNNIC i-Speed quarterly report Q1/2024 with province figures.
    #    Traps: one operator's speed (Viettel), "tăng 6,4%" change, a district-free rank list.
    (
        """Trung tâm Internet Việt Nam (VNNIC) công bố kết quả đo tốc độ truy cập Internet quý I/2024

Theo số liệu từ hệ thống đo kiểm i-Speed, trong quý I/2024, tốc độ truy cập Internet băng rộng cố định trung bình tại Việt Nam đạt 98,7 Mbps, tăng 6,4% so với quý IV/2023; tốc độ truy cập Internet băng rộng di động trung bình đạt 45,3 Mbps.

Xét theo địa phương, Hà Nội dẫn đầu cả nước về tốc độ băng rộng cố định với 112,4 Mbps, tiếp theo là Đà Nẵng với 108,9 Mbps. Bắc Kạn là địa phương có tốc độ băng rộng cố định thấp nhất, chỉ đạt 71,5 Mbps.

Xét theo doanh nghiệp, Viettel là nhà mạng có tốc độ băng rộng cố định cao nhất với 105,2 Mbps, còn tốc độ di động cao nhất cũng thuộc về Viettel với 49,8 Mbps.

VNNIC cho biết, trong quý có hơn 2,1 triệu lượt đo được thực hiện trên i-Speed qua ứng dụng di động và trình duyệt web. Người dùng có thể truy cập https://speedtest.vn để tự kiểm tra chất lượng kết nối của mình.""",
        "2024-04-25",
        [
            ("fixed_broadband_speed", "national", "quarter", "2024-03-31", 98.7),
            ("mobile_broadband_speed", "national", "quarter", "2024-03-31", 45.3),
            ("fixed_broadband_speed", "Hà Nội", "quarter", "2024-03-31", 112.4),
            ("fixed_broadband_speed", "Đà Nẵng", "quarter", "2024-03-31", 108.9),
            ("fixed_broadband_speed", "Bắc Kạn", "quarter", "2024-03-31", 71.5),
        ],
    ),
    # 3. NCSC monthly bulletin, March 2023: attacks, previous month in parentheses, botnet.
    #    Traps: sub-counts after "trong đó" (Phishing/Deface/Malware), "tăng 11,7%", "giảm 3,2%", blocked phishing sites.
    (
        """Tình hình an toàn thông tin mạng tháng 3/2023

Trong tháng 3/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.124 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, trong đó có 386 cuộc tấn công lừa đảo (Phishing), 548 cuộc tấn công thay đổi giao diện (Deface) và 190 cuộc tấn công cài mã độc (Malware). So với tháng 2/2023 (1.006 cuộc), số cuộc tấn công tăng 11,7%.

Cũng trong tháng, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 611.288, giảm 3,2% so với tháng trước.

Ngoài ra, Cục An toàn thông tin đã phối hợp với các doanh nghiệp viễn thông ngăn chặn 1.512 trang web lừa đảo, giả mạo thương hiệu ngân hàng và cơ quan nhà nước. Người dân có thể tra cứu, phản ánh các trang lừa đảo qua Cổng khonggianmang.vn.""",
        "2023-04-05",
        [
            ("cyberattacks", "national", "month", "2023-03-31", 1124.0),
            ("cyberattacks", "national", "month", "2023-02-28", 1006.0),
            ("botnet_ips", "national", "as_of", "2023-03-31", 611288.0),
        ],
    ),
    # 4. Year-end 2023 review of cybersecurity, with ministries/localities split of approved security levels.
    #    Traps: "tăng 13,8%", 390 warning documents, phishing websites, 2024 target.
    (
        """Năm 2023: số cuộc tấn công mạng gây sự cố tiếp tục ở mức cao

Năm 2023, Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 13,8% so với năm 2022. Đến hết năm 2023, số địa chỉ IP nằm trong mạng botnet tại Việt Nam còn khoảng 620.000.

Trong năm, Cục đã ban hành 390 văn bản cảnh báo về các lỗ hổng bảo mật nghiêm trọng và chiến dịch tấn công có chủ đích, đồng thời phát hiện, xử lý hơn 5.000 trang web lừa đảo trực tuyến.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tính đến hết năm 2023, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ tại các bộ, ngành đạt 84,6%, tại các địa phương đạt 71,3%. Năm 2024, Bộ yêu cầu 100% hệ thống thông tin đang vận hành phải được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn.""",
        "2024-01-10",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 620000.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-12-31", 84.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-12-31", 71.3),
        ],
    ),
    # 5. Ookla December 2024, after 5G launch.
    #    Traps: 5G-only median, Viettel 5G figure, "tăng 38%", rank jumps, upload.
    (
        """Sau 5G, tốc độ di động Việt Nam tăng vọt trên bảng xếp hạng Ookla

Theo Speedtest Global Index tháng 12/2024 do Ookla công bố ngày 15/1, tốc độ Internet di động trung bình của Việt Nam đạt 74,45 Mbps, tăng 38% so với tháng 9/2024 - thời điểm trước khi các nhà mạng khai trương 5G. Nhờ đó, Việt Nam tăng 14 bậc, lên vị trí thứ 35 thế giới.

Tốc độ băng rộng cố định trong tháng 12/2024 đạt 159,26 Mbps, xếp thứ 30. Tốc độ tải lên tương ứng của di động và cố định lần lượt là 24,1 Mbps và 152,8 Mbps.

Riêng trên mạng 5G, tốc độ tải xuống trung vị đo được tại Việt Nam là 312,6 Mbps. Viettel, nhà mạng đầu tiên thương mại hóa 5G từ ngày 15/10/2024, cho biết tốc độ trung bình thuê bao 5G của mạng này đạt khoảng 350 Mbps.""",
        "2025-01-16",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 74.45),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 159.26),
        ],
    ),
    # 6. i-Speed monthly report May 2025.
    #    Traps: upload, latency, VNPT's figure, 5G-only speed.
    (
        """VNNIC: Tốc độ Internet cố định tháng 5/2025 tiếp tục cải thiện

Báo cáo đo kiểm i-Speed tháng 5/2025 cho thấy tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam đạt 196,8 Mbps; tốc độ tải lên đạt 188,2 Mbps; độ trễ trung bình 11 ms. Với Internet băng rộng di động, tốc độ tải xuống trung bình đạt 121,4 Mbps, tốc độ tải lên đạt 33,5 Mbps.

Trong các doanh nghiệp cung cấp dịch vụ băng rộng cố định, VNPT có tốc độ tải xuống cao nhất với 201,3 Mbps. Đáng chú ý, tốc độ tải xuống trung bình trên mạng 5G đạt 285,7 Mbps, gấp hơn hai lần tốc độ chung của mạng di động.

Hệ thống i-Speed được VNNIC vận hành từ năm 2018, là công cụ đo tốc độ Internet trung lập phục vụ công tác quản lý nhà nước về chất lượng dịch vụ.""",
        "2025-06-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 196.8),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 121.4),
        ],
    ),
    # 7. Half-year 2024 cybersecurity article, with June figure and botnet.
    #    Traps: ransomware victims count, "giảm 50,3%", phishing reports.
    (
        """6 tháng đầu năm 2024: hơn 3.400 cuộc tấn công mạng gây sự cố

Thứ Hai, 08/07/2024 - 14:32

Theo Cục An toàn thông tin, 6 tháng đầu năm 2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 3.417 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 50,3% so với cùng kỳ năm 2023. Riêng tháng 6/2024 ghi nhận 415 cuộc.

Số địa chỉ IP trong mạng botnet tháng 6/2024 là 526.842. Dù có xu hướng giảm, đây vẫn là con số đáng lo ngại, bởi các máy tính bị nhiễm mã độc có thể bị lợi dụng để tấn công từ chối dịch vụ (DDoS).

Nửa đầu năm cũng chứng kiến làn sóng tấn công mã độc tống tiền (ransomware) nhắm vào các doanh nghiệp lớn trong lĩnh vực tài chính, năng lượng và viễn thông, với ít nhất 7 doanh nghiệp bị mã hóa dữ liệu. Cục đã tiếp nhận hơn 8.600 phản ánh về lừa đảo trực tuyến qua kênh khonggianmang.vn.

"Các cơ quan, tổ chức cần sao lưu dữ liệu định kỳ theo nguyên tắc 3-2-1 và rà soát lỗ hổng thường xuyên", đại diện Cục khuyến cáo.""",
        "2024-07-08",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 3417.0),
            ("cyberattacks", "national", "month", "2024-06-30", 415.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 526842.0),
        ],
    ),
    # 8. Ministry monthly report with an explicit reporting window; previous month in parentheses.
    #    Traps: "giảm 6,3%", Viettel's 5G station count, number of warnings.
    (
        """BÁO CÁO Tình hình thực hiện nhiệm vụ tháng 10/2024 (trích)

II. AN TOÀN THÔNG TIN MẠNG
Trong tháng 10/2024 (từ ngày 20/9/2024 đến ngày 19/10/2024), Bộ Thông tin và Truyền thông đã ghi nhận, cảnh báo và hướng dẫn xử lý 386 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 6,3% so với tháng 9/2024 (412 cuộc). Tính đến ngày 19/10/2024, số lượng địa chỉ IP nằm trong mạng botnet là 548.120.
Cục An toàn thông tin đã gửi 18 cảnh báo về lỗ hổng bảo mật tới các cơ quan, tổ chức.

III. HẠ TẦNG SỐ
Ngày 15/10/2024, Viettel chính thức khai trương mạng 5G với hơn 6.500 trạm phát sóng, phủ sóng toàn bộ 63 tỉnh, thành phố.""",
        "2024-10-25",
        [
            ("cyberattacks", "national", "month", "2024-10-19", 386.0),
            ("cyberattacks", "national", "month", "2024-09-30", 412.0),
            ("botnet_ips", "national", "as_of", "2024-10-19", 548120.0),
        ],
    ),
    # 9. Ookla August 2023 with ASEAN comparison.
    #    Traps: Thailand/Singapore/Malaysia speeds, ranks, "tăng 2 bậc".
    (
        """So sánh tốc độ Internet các nước ASEAN tháng 8/2023

Báo cáo Speedtest Global Index tháng 8/2023 cho thấy tốc độ băng rộng cố định trung bình của Việt Nam đạt 97,52 Mbps, đứng thứ 44 thế giới; tốc độ di động đạt 42,76 Mbps, tăng 2 bậc lên vị trí 52.

Trong khu vực, Singapore dẫn đầu về băng rộng cố định với 255,83 Mbps, Thái Lan đạt 211,05 Mbps. Về di động, Malaysia dẫn đầu ASEAN với 105,17 Mbps, tiếp theo là Brunei với 91,4 Mbps.

Như vậy, tốc độ băng rộng cố định của Việt Nam chỉ xếp thứ 5 trong khu vực, còn di động đứng thứ 4.""",
        "2023-09-15",
        [
            ("fixed_broadband_speed", "national", "month", "2023-08-31", 97.52),
            ("mobile_broadband_speed", "national", "month", "2023-08-31", 42.76),
        ],
    ),
    # 10. A province (Đà Nẵng) reports its own i-Speed Q3/2024 figures.
    #     Traps: district (quận Hải Châu) figure, rank, 2025 target.
    (
        """Đà Nẵng: Tốc độ Internet thuộc nhóm dẫn đầu cả nước

Sở Thông tin và Truyền thông thành phố Đà Nẵng cho biết, theo kết quả đo kiểm i-Speed của Trung tâm Internet Việt Nam, trong quý III/2024, tốc độ truy cập Internet băng rộng cố định trung bình tại Đà Nẵng đạt 132,5 Mbps, tốc độ băng rộng di động đạt 58,9 Mbps, cùng xếp thứ 3 cả nước.

Trong đó, quận Hải Châu có tốc độ cố định cao nhất thành phố với 140,2 Mbps. Các khu vực miền núi thuộc huyện Hòa Vang vẫn còn một số điểm chất lượng sóng chưa ổn định.

Theo Kế hoạch chuyển đổi số năm 2025, thành phố phấn đấu nâng tốc độ băng rộng cố định trung bình lên tối thiểu 150 Mbps và hoàn thành phủ sóng 5G tại các khu công nghệ cao, khu công nghiệp.""",
        "2024-10-30",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "quarter", "2024-09-30", 132.5),
            ("mobile_broadband_speed", "Đà Nẵng", "quarter", "2024-09-30", 58.9),
        ],
    ),
    # 11. NCSC January 2025 short news.
    #     Traps: 1.842 phishing reports, "giảm 71%".
    (
        """Tháng 1/2025, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 71% so với cùng kỳ năm 2024. Số địa chỉ IP nằm trong mạng botnet tháng 1/2025 là 472.315.

Trong tháng, Cục An toàn thông tin tiếp nhận 1.842 phản ánh về các trang web, ứng dụng có dấu hiệu lừa đảo, chủ yếu giả mạo ngân hàng, sàn thương mại điện tử và cơ quan thuế trong dịp cận Tết Ất Tỵ.""",
        "2025-02-06",
        [
            ("cyberattacks", "national", "month", "2025-01-31", 213.0),
            ("botnet_ips", "national", "as_of", "2025-01-31", 472315.0),
        ],
    ),
    # 12. Nine months 2023 cyber review with September figure.
    #     Traps: derived monthly average (1.158), "tăng 7,8%".
    (
        """Chín tháng năm 2023, hơn 10.400 cuộc tấn công mạng nhắm vào hệ thống thông tin Việt Nam

Theo thống kê của Cục An toàn thông tin, 9 tháng đầu năm 2023 đã có 10.424 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 7,8% so với cùng kỳ năm trước, trung bình mỗi tháng khoảng 1.158 cuộc. Riêng tháng 9/2023 ghi nhận 1.267 cuộc.

Số địa chỉ IP thuộc các mạng botnet đã giảm xuống còn 581.340 tính đến cuối tháng 9/2023. Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức tiếp tục rà quét, bóc gỡ mã độc trên diện rộng.""",
        "2023-10-12",
        [
            ("cyberattacks", "national", "ytd", "2023-09-30", 10424.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1267.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 581340.0),
        ],
    ),
    # 13. Ookla annual 2023 averages.
    #     Traps: "tăng 20%", rank, Strategy target for 2025.
    (
        """Năm 2023, tốc độ Internet băng rộng cố định trung bình của Việt Nam theo dữ liệu Speedtest của Ookla đạt 97,9 Mbps, tăng 20% so với năm 2022; tốc độ Internet di động trung bình đạt 43,8 Mbps, đưa Việt Nam lên vị trí 47 thế giới.

Chiến lược phát triển hạ tầng số đến năm 2025, định hướng đến năm 2030 đặt mục tiêu đến năm 2025, tốc độ truy cập băng rộng cố định đạt tối thiểu 200 Mbps và băng rộng di động đạt tối thiểu 40 Mbps. Như vậy, để đạt mục tiêu đối với mạng cố định, tốc độ cần tăng gấp đôi trong hai năm tới.""",
        "2024-02-01",
        [
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 97.9),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 43.8),
        ],
    ),
    # 14. Press release dated in its own dateline (no sidecar date); Ookla February 2023.
    #     Traps: ranks, upload.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
THÔNG CÁO BÁO CHÍ
Hà Nội, ngày 14 tháng 3 năm 2023

Về chất lượng dịch vụ truy nhập Internet tháng 2/2023

Theo số liệu Speedtest Global Index của Ookla, tháng 2/2023, tốc độ truy nhập Internet di động trung bình tại Việt Nam đạt 38,46 Mbps (xếp thứ 55/137), tốc độ truy nhập Internet băng rộng cố định trung bình đạt 91,03 Mbps (xếp thứ 46/180). Tốc độ tải lên của mạng di động đạt 17,02 Mbps.

Bộ Thông tin và Truyền thông tiếp tục chỉ đạo các doanh nghiệp viễn thông nâng cấp mạng lưới, đầu tư thêm dung lượng kết nối quốc tế nhằm nâng cao chất lượng dịch vụ, đặc biệt trong bối cảnh các tuyến cáp quang biển thường xuyên gặp sự cố.""",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2023-02-28", 38.46),
            ("fixed_broadband_speed", "national", "month", "2023-02-28", 91.03),
        ],
    ),
    # 15. Operator-only article (Viettel 5G drive test): all traps, nothing to label.
    #     Traps: operator speeds, 5G-only figures, upload, latency, station count of one operator.
    (
        """Đo kiểm 5G Viettel tại Hà Nội: tốc độ tải xuống trung bình 352 Mbps

Kết quả đo kiểm do Cục Viễn thông thực hiện trong tháng 11/2024 cho thấy tốc độ tải xuống trung bình trên mạng 5G của Viettel tại các quận nội thành Hà Nội đạt 352 Mbps, tốc độ tải lên đạt 78 Mbps, độ trễ chỉ 12 ms.

Viettel cho biết sau một tháng khai trương, mạng 5G của nhà mạng đã có hơn 4 triệu người dùng, với hơn 6.500 trạm phát sóng. Nhà mạng đặt kế hoạch đến cuối năm 2025 lắp đặt thêm 20.000 trạm 5G.

Tốc độ 5G của VinaPhone trong cùng đợt đo kiểm đạt 318 Mbps.""",
        "2024-12-05",
        [],
    ),
    # 16. Year 2022 summary mixing cyber counts and December speeds.
    #     Traps: "giảm 50%", 2023 targets, number of drills.
    (
        """Toàn cảnh an toàn thông tin và hạ tầng số năm 2022

Năm 2022, Bộ Thông tin và Truyền thông đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Đến cuối năm 2022, số địa chỉ IP trong mạng botnet còn khoảng 700.000, giảm 50% so với năm 2021 nhờ các chiến dịch bóc gỡ mã độc trên diện rộng. Bộ đã tổ chức 5 cuộc diễn tập thực chiến an toàn thông tin quy mô quốc gia.

Về chất lượng mạng, theo Ookla, tháng 12/2022, tốc độ Internet băng rộng cố định của Việt Nam đạt 83,45 Mbps, tốc độ di động đạt 36,11 Mbps.

Năm 2023, Bộ đặt mục tiêu đưa tỷ lệ địa chỉ IP botnet giảm thêm 20% và đưa Việt Nam vào nhóm 40 nước dẫn đầu về tốc độ băng rộng cố định.""",
        "2023-01-05",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 700000.0),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 83.45),
            ("mobile_broadband_speed", "national", "month", "2022-12-31", 36.11),
        ],
    ),
    # 17. Quảng Ninh's own half-year 2025 speeds.
    #     Traps: city of Hạ Long (sub-provincial) figure, 2025 year-end target, rank.
    (
        """Quảng Ninh: Hạ tầng số tiếp tục được nâng cấp

6 tháng đầu năm 2025, tốc độ Internet băng rộng cố định trung bình của tỉnh Quảng Ninh đạt 185,2 Mbps, băng rộng di động đạt 97,6 Mbps (theo số liệu i-Speed), đứng thứ 4 toàn quốc. Riêng thành phố Hạ Long, tốc độ băng rộng cố định đạt 198,4 Mbps.

Tỉnh phấn đấu đến cuối năm 2025, tốc độ di động trung bình vượt 120 Mbps và 100% khu công nghiệp được phủ sóng 5G. Sở Khoa học và Công nghệ tỉnh đang phối hợp với các doanh nghiệp viễn thông rà soát các khu vực sóng yếu tại các xã biên giới, hải đảo.""",
        "2025-07-15",
        [
            ("fixed_broadband_speed", "Quảng Ninh", "half", "2025-06-30", 185.2),
            ("mobile_broadband_speed", "Quảng Ninh", "half", "2025-06-30", 97.6),
        ],
    ),
    # 18. Q1/2025 cyber report with March figure and dated botnet.
    #     Traps: "giảm 74%", 3.200 fake domains, warnings.
    (
        """Quý I/2025: số cuộc tấn công mạng giảm mạnh

Cục An toàn thông tin cho biết, quý I/2025, hệ thống giám sát đã ghi nhận 596 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 74% so với quý I/2024. Trong tháng 3/2025 có 187 cuộc.

Tính đến ngày 31/3/2025, số lượng địa chỉ IP của Việt Nam nằm trong mạng botnet là 455.830.

Cũng trong quý, Cục đã phát hiện và yêu cầu ngăn chặn 3.200 tên miền giả mạo, đồng thời phát đi 42 cảnh báo về lỗ hổng an toàn thông tin nghiêm trọng trên các sản phẩm phần mềm phổ biến.""",
        "2025-04-10",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 596.0),
            ("cyberattacks", "national", "month", "2025-03-31", 187.0),
            ("botnet_ips", "national", "as_of", "2025-03-31", 455830.0),
        ],
    ),
    # 19. Ookla July 2025 detailed.
    #     Traps: upload, latency, global medians, ranks.
    (
        """Ookla: Tốc độ Internet di động Việt Nam lọt top 20 thế giới

Thứ Ba, 19/8/2025

Theo Speedtest Global Index tháng 7/2025, tốc độ tải xuống trung bình mạng di động của Việt Nam đạt 143,27 Mbps, đứng thứ 20/103 quốc gia; tốc độ tải lên đạt 34,1 Mbps, độ trễ 19 ms. Trung bình toàn cầu, tốc độ di động ở mức 97,4 Mbps.

Internet băng rộng cố định của Việt Nam đạt tốc độ tải xuống 224,58 Mbps, tải lên 210,7 Mbps, xếp thứ 13/153. Tốc độ cố định trung bình của thế giới là 93,2 Mbps.

Đây là lần đầu tiên tốc độ Internet di động của Việt Nam lọt vào nhóm 20 quốc gia dẫn đầu, chủ yếu nhờ các nhà mạng mở rộng nhanh vùng phủ 5G trong năm 2025.""",
        "2025-08-19",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 143.27),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 224.58),
        ],
    ),
    # 20. Security-level approval rates (national/ministries/localities) and year-to-date attacks.
    #     Traps: a target of 100%, 12 drills.
    (
        """Bảo đảm an toàn hệ thống thông tin theo cấp độ: địa phương vẫn chậm

Tính đến ngày 15/9/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trên toàn quốc đạt 72,3%. Ở khối bộ, ngành, tỷ lệ này đạt 80,1%; ở khối địa phương đạt 66,4%. Theo yêu cầu của Thủ tướng, đến hết năm 2024, 100% hệ thống thông tin phải được phê duyệt cấp độ.

Lũy kế từ đầu năm đến hết tháng 8/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 4.236 cuộc tấn công mạng gây sự cố. Trong 8 tháng, Cục đã phối hợp tổ chức 12 cuộc diễn tập bảo đảm an toàn thông tin cho các bộ, ngành, địa phương.""",
        "2024-09-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-15", 72.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-15", 80.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-15", 66.4),
            ("cyberattacks", "national", "ytd", "2024-08-31", 4236.0),
        ],
    ),
    # 21. i-Speed annual 2023 with province ranking.
    #     Traps: operator figure (FPT), "tăng 12%", mobile-upload.
    (
        """VNNIC công bố bức tranh tốc độ Internet Việt Nam năm 2023

Năm 2023, theo hệ thống i-Speed, tốc độ truy cập Internet băng rộng cố định trung bình cả nước đạt 91,2 Mbps, tăng 12% so với năm 2022; tốc độ băng rộng di động đạt 41,5 Mbps, tốc độ tải lên di động 15,9 Mbps.

Năm địa phương có tốc độ băng rộng cố định cao nhất lần lượt là Hà Nội (104,8 Mbps), Bắc Ninh (102,1 Mbps), Hải Phòng (99,6 Mbps), Đà Nẵng và Thành phố Hồ Chí Minh. Cao Bằng là địa phương có tốc độ thấp nhất với 62,7 Mbps.

Trong số các doanh nghiệp, FPT Telecom có tốc độ băng rộng cố định trung bình cao nhất, đạt 98,4 Mbps.""",
        "2024-01-25",
        [
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 91.2),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 41.5),
            ("fixed_broadband_speed", "Hà Nội", "year", "2023-12-31", 104.8),
            ("fixed_broadband_speed", "Bắc Ninh", "year", "2023-12-31", 102.1),
            ("fixed_broadband_speed", "Hải Phòng", "year", "2023-12-31", 99.6),
            ("fixed_broadband_speed", "Cao Bằng", "year", "2023-12-31", 62.7),
        ],
    ),
    # 22. Whole article on online fraud, October 2025, with a few real counts.
    #     Traps: phishing sites, 45 warnings, APT campaigns, "giảm 12%".
    (
        """AN NINH MẠNG

Lừa đảo trực tuyến tiếp tục "biến hình", tấn công mạng gây sự cố giảm

08/11/2025 07:40 GMT+7 | Thu Hà

Dù số cuộc tấn công mạng gây sự cố có xu hướng giảm, các hình thức lừa đảo trực tuyến vẫn liên tục thay đổi, nhắm vào người dùng phổ thông.

Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, trong tháng 10/2025, hệ thống giám sát đã ghi nhận 142 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam, giảm 12% so với tháng trước. Lũy kế 10 tháng đầu năm 2025, tổng số cuộc tấn công gây sự cố là 1.986 cuộc.

Số địa chỉ IP của Việt Nam nằm trong mạng botnet ghi nhận trong tháng 10/2025 là 398.650.

Trong khi đó, số trang web lừa đảo bị phát hiện lại tăng: riêng tháng 10 có 2.315 trang bị đưa vào danh sách chặn. Cơ quan chức năng đã phát đi 45 cảnh báo, trong đó có 6 cảnh báo về các chiến dịch tấn công có chủ đích (APT) nhằm vào cơ quan nhà nước.

Chuyên gia khuyến cáo người dân không truy cập đường link lạ, không cài ứng dụng ngoài kho chính thức và bật xác thực hai lớp cho tài khoản ngân hàng.

Chia sẻ: Facebook | Zalo | Sao chép liên kết""",
        "2025-11-08",
        [
            ("cyberattacks", "national", "month", "2025-10-31", 142.0),
            ("cyberattacks", "national", "ytd", "2025-10-31", 1986.0),
            ("botnet_ips", "national", "as_of", "2025-10-31", 398650.0),
        ],
    ),
    # 23. Ranks only, other countries' speeds: nothing to label.
    #     Traps: Vietnam's ranks, Korea/China/Qatar speeds, rank change.
    (
        """Bảng xếp hạng tốc độ Internet tháng 4/2023: Việt Nam tụt hạng di động

Theo Ookla, trong tháng 4/2023, Việt Nam xếp thứ 57 về tốc độ Internet di động, tụt 3 bậc so với tháng trước, trong khi vẫn giữ vị trí thứ 44 về băng rộng cố định.

Qatar dẫn đầu thế giới về di động với 189,98 Mbps, Hàn Quốc đạt 151,3 Mbps. Trung Quốc xếp thứ 2 về tốc độ băng rộng cố định với 225,45 Mbps, chỉ sau Singapore.""",
        "2023-05-18",
        [],
    ),
    # 24. Provincial plan (Nghệ An) with targets and one dated current figure.
    #     Traps: targets (mục tiêu, đến năm 2025), 5G station plan, a district figure.
    (
        """KẾ HOẠCH Chuyển đổi số tỉnh Nghệ An năm 2025 (trích)

I. MỤC TIÊU
- Tốc độ truy cập Internet băng rộng cố định trung bình đạt 200 Mbps; băng rộng di động đạt 100 Mbps.
- Phát triển tối thiểu 1.000 trạm BTS 5G trên địa bàn tỉnh.

II. THỰC TRẠNG
Theo số liệu đo kiểm i-Speed tháng 12/2024, tốc độ truy cập Internet băng rộng cố định trung bình của tỉnh đạt 128,4 Mbps, tốc độ băng rộng di động đạt 52,7 Mbps. Tại huyện Kỳ Sơn, tốc độ di động trung bình chỉ đạt 21,6 Mbps do địa hình đồi núi phức tạp.""",
        "2025-02-14",
        [
            ("fixed_broadband_speed", "Nghệ An", "month", "2024-12-31", 128.4),
            ("mobile_broadband_speed", "Nghệ An", "month", "2024-12-31", 52.7),
        ],
    ),
    # 25. NCSC August 2022 with year-to-date, no sidecar date (text dates itself).
    #     Traps: sub-counts after "trong đó", "tăng 4,2%".
    (
        """Tình hình tấn công mạng tháng 8/2022

Trong tháng 8/2022, Cục An toàn thông tin đã ghi nhận 1.183 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 4,2% so với tháng 7/2022, trong đó có 472 cuộc tấn công Phishing, 389 cuộc tấn công Deface và 322 cuộc tấn công Malware. Tính chung 8 tháng đầu năm 2022 đã có 8.264 cuộc tấn công mạng gây sự cố.

Số lượng địa chỉ IP nằm trong mạng botnet tháng 8/2022 là 642.517.""",
        None,
        [
            ("cyberattacks", "national", "month", "2022-08-31", 1183.0),
            ("cyberattacks", "national", "ytd", "2022-08-31", 8264.0),
            ("botnet_ips", "national", "as_of", "2022-08-31", 642517.0),
        ],
    ),
    # 26. Ookla quarterly market report Q3/2024.
    #     Traps: Viettel fastest operator, upload, latency (ping), consistency score.
    (
        """Ookla: Viettel là nhà mạng di động nhanh nhất Việt Nam quý III/2024

Theo báo cáo phân tích thị trường của Ookla, trong quý III/2024, tốc độ tải xuống trung vị của mạng di động tại Việt Nam đạt 54,88 Mbps; tốc độ tải xuống trung vị của băng rộng cố định đạt 154,1 Mbps. Tốc độ tải lên của mạng di động đạt 20,7 Mbps, độ trễ (ping) trung vị là 26 ms.

Viettel là nhà mạng di động có tốc độ cao nhất với 58,3 Mbps và điểm nhất quán 86,1%. VNPT dẫn đầu mảng băng rộng cố định với 161,2 Mbps.""",
        "2024-10-28",
        [
            ("mobile_broadband_speed", "national", "quarter", "2024-09-30", 54.88),
            ("fixed_broadband_speed", "national", "quarter", "2024-09-30", 154.1),
        ],
    ),
    # 27. Year-2024 review by the national committee: speeds (December), attacks, botnet, 5G.
    #     Traps: ranks, "giảm 59,6%", 2025 targets, Viettel station count.
    (
        """BÁO CÁO Kết quả chuyển đổi số quốc gia năm 2024 (trích)

1. Hạ tầng số
Theo Ookla, tháng 12/2024, tốc độ Internet di động của Việt Nam đạt 74,45 Mbps (xếp thứ 35), tốc độ Internet băng rộng cố định đạt 159,26 Mbps (xếp thứ 30). Mạng 5G đã được thương mại hóa từ tháng 10/2024; đến hết năm 2024, cả nước có gần 8.000 trạm BTS 5G, tỷ lệ dân số được phủ sóng 5G đạt 26%. Riêng Viettel đã lắp đặt hơn 6.500 trạm.

2. An toàn thông tin mạng
Năm 2024 ghi nhận 5.612 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 59,6% so với năm 2023. Đến cuối năm 2024, số địa chỉ IP botnet còn khoảng 487.000.

3. Nhiệm vụ năm 2025
Phấn đấu phủ sóng 5G đạt 45% dân số; tốc độ di động đạt tối thiểu 100 Mbps; giảm 20% số địa chỉ IP botnet.""",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 74.45),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 159.26),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
            ("cyberattacks", "national", "year", "2024-12-31", 5612.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 487000.0),
        ],
    ),
    # 28. Ookla November 2025 with 5G-only figures.
    #     Traps: 5G median speed, 5G traffic share, "tăng 6,1 Mbps", ranks.
    (
        """Tốc độ mạng di động Việt Nam tháng 11/2025 đạt 152,3 Mbps

Dữ liệu Speedtest Global Index tháng 11/2025 cho thấy tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 152,3 Mbps, tăng 6,1 Mbps so với tháng trước, giữ vị trí thứ 18 thế giới. Tốc độ băng rộng cố định đạt 238,9 Mbps, xếp hạng 12.

Ookla cho biết tốc độ tải xuống trung vị trên riêng mạng 5G tại Việt Nam đạt 412,5 Mbps; thuê bao 5G hiện chiếm khoảng 38% lưu lượng dữ liệu di động.""",
        "2025-12-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-11-30", 152.3),
            ("fixed_broadband_speed", "national", "month", "2025-11-30", 238.9),
        ],
    ),
    # 29. Monthly press conference April 2024 (Q&A style).
    #     Traps: 1.240 phishing pages handled, 12 documents issued, "giảm 6,6%".
    (
        """Họp báo Chính phủ thường kỳ: Bộ TT&TT thông tin về an toàn thông tin tháng 4/2024

Trả lời câu hỏi của phóng viên tại họp báo chiều 3/5, Thứ trưởng Bộ Thông tin và Truyền thông cho biết: trong tháng 4/2024, Bộ đã ghi nhận 497 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 6,6% so với tháng 3/2024 (532 cuộc). Tính chung 4 tháng đầu năm 2024 là 2.820 cuộc.

Thứ trưởng nhấn mạnh, trong tháng, Bộ đã chỉ đạo xử lý 1.240 trang lừa đảo và ban hành 12 văn bản hướng dẫn các cơ quan, doanh nghiệp phòng, chống mã độc tống tiền sau một loạt vụ tấn công nhắm vào doanh nghiệp lớn.""",
        "2024-05-03",
        [
            ("cyberattacks", "national", "month", "2024-04-30", 497.0),
            ("cyberattacks", "national", "month", "2024-03-31", 532.0),
            ("cyberattacks", "national", "ytd", "2024-04-30", 2820.0),
        ],
    ),
    # 30. Thừa Thiên Huế's own i-Speed September 2023 figures.
    #     Traps: district (A Lưới) speed, rank among provinces.
    (
        """Thừa Thiên Huế cải thiện chất lượng Internet vùng cao

Theo số liệu i-Speed tháng 9/2023, tốc độ Internet băng rộng di động trung bình tại Thừa Thiên Huế đạt 44,7 Mbps, tốc độ băng rộng cố định đạt 93,2 Mbps, xếp thứ 9/63 tỉnh, thành phố. Tuy vậy, tại huyện A Lưới, tốc độ di động trung bình mới đạt 18,6 Mbps.

Sở Thông tin và Truyền thông tỉnh cho biết đang phối hợp với các nhà mạng xây dựng thêm trạm phát sóng tại các thôn vùng biên giới.""",
        "2023-10-20",
        [
            ("mobile_broadband_speed", "Thừa Thiên Huế", "month", "2023-09-30", 44.7),
            ("fixed_broadband_speed", "Thừa Thiên Huế", "month", "2023-09-30", 93.2),
        ],
    ),
    # 31. Ookla January 2026 short portal note.
    #     Traps: "tăng 12,3 Mbps", ranks, upload.
    (
        """Tháng 1/2026, tốc độ Internet di động trung bình của Việt Nam theo Ookla đạt 161,8 Mbps, tăng 12,3 Mbps so với tháng 12/2025 và xếp thứ 16 thế giới; tốc độ băng rộng cố định đạt 251,4 Mbps, xếp thứ 11. Tốc độ tải lên của mạng di động đạt 38,2 Mbps.""",
        "2026-02-14",
        [
            ("mobile_broadband_speed", "national", "month", "2026-01-31", 161.8),
            ("fixed_broadband_speed", "national", "month", "2026-01-31", 251.4),
        ],
    ),
    # 32. Year 2025 cyber review with Q4 and dated botnet.
    #     Traps: "giảm 61,8%", phishing domains, 2026 target.
    (
        """Tổng kết công tác bảo đảm an toàn thông tin mạng năm 2025

Năm 2025, hệ thống giám sát quốc gia đã ghi nhận 2.145 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 61,8% so với năm 2024; riêng quý IV/2025 có 301 cuộc. Tính đến ngày 31/12/2025, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 401.320.

Các cơ quan chức năng đã ngăn chặn hơn 21.000 tên miền, trang web lừa đảo trong năm. Năm 2026, mục tiêu đặt ra là giảm số địa chỉ IP botnet xuống dưới 350.000.""",
        "2026-01-08",
        [
            ("cyberattacks", "national", "year", "2025-12-31", 2145.0),
            ("cyberattacks", "national", "quarter", "2025-12-31", 301.0),
            ("botnet_ips", "national", "as_of", "2025-12-31", 401320.0),
        ],
    ),
    # 33. i-Speed Q2/2022 with provinces (Hải Phòng, Cần Thơ).
    #     Traps: operator figure (MobiFone), "tăng 5,2%", upload.
    (
        """VNNIC: Tốc độ Internet cố định quý II/2022 đạt 71,39 Mbps

Theo số liệu đo kiểm trên hệ thống i-Speed, trong quý II/2022, tốc độ truy cập Internet băng rộng cố định trung bình tại Việt Nam đạt 71,39 Mbps, tăng 5,2% so với quý I; tốc độ băng rộng di động đạt 31,8 Mbps, tốc độ tải lên di động đạt 12,4 Mbps.

Trong quý, Hải Phòng có tốc độ băng rộng cố định 78,6 Mbps, Cần Thơ đạt 74,1 Mbps. MobiFone là doanh nghiệp có tốc độ di động trung bình cao nhất với 34,9 Mbps.""",
        "2022-07-20",
        [
            ("fixed_broadband_speed", "national", "quarter", "2022-06-30", 71.39),
            ("mobile_broadband_speed", "national", "quarter", "2022-06-30", 31.8),
            ("fixed_broadband_speed", "Hải Phòng", "quarter", "2022-06-30", 78.6),
            ("fixed_broadband_speed", "Cần Thơ", "quarter", "2022-06-30", 74.1),
        ],
    ),
    # 34. NCSC November 2023 with 11-month cumulative.
    #     Traps: sub-counts after "trong đó", "giảm 20,2%".
    (
        """Tháng 11/2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.011 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 20,2% so với tháng 10/2023, trong đó có 342 cuộc tấn công lừa đảo (Phishing), 418 cuộc tấn công thay đổi giao diện (Deface) và 251 cuộc tấn công cài mã độc (Malware). Lũy kế 11 tháng năm 2023, tổng số cuộc tấn công mạng gây sự cố là 12.702 cuộc. Số lượng địa chỉ IP trong mạng botnet tháng 11/2023 là 589.214.""",
        "2023-12-06",
        [
            ("cyberattacks", "national", "month", "2023-11-30", 1011.0),
            ("cyberattacks", "national", "ytd", "2023-11-30", 12702.0),
            ("botnet_ips", "national", "as_of", "2023-11-30", 589214.0),
        ],
    ),
    # 35. Long feature on ransomware with one quarterly count.
    #     Traps: ransom amount, count of victim firms, share of attacks, other country (Thái Lan) count.
    (
        """Ransomware: mối đe dọa lớn nhất với doanh nghiệp Việt

Thứ Năm, 18/4/2024 | Hoàng Nam

Chỉ trong vòng hai tuần cuối tháng 3, ít nhất 4 doanh nghiệp lớn tại Việt Nam, trong đó có một công ty chứng khoán và một tổng công ty dầu khí, đã bị tấn công bằng mã độc tống tiền. Hệ thống giao dịch của một công ty chứng khoán phải ngừng hoạt động gần một tuần, gây thiệt hại hàng chục tỷ đồng.

Theo Cục An toàn thông tin, riêng quý I/2024, Việt Nam ghi nhận 2.323 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin, trong đó tấn công bằng mã độc chiếm khoảng 28%. Tin tặc thường yêu cầu khoản tiền chuộc từ vài trăm nghìn đến vài triệu USD, thanh toán bằng tiền mã hóa.

Không chỉ Việt Nam, cả khu vực Đông Nam Á đang trở thành đích ngắm. Tại Thái Lan, cơ quan an ninh mạng nước này ghi nhận hơn 1.300 sự cố liên quan đến ransomware trong cùng kỳ.

Trước tình hình này, Bộ Thông tin và Truyền thông đã ban hành Cẩm nang phòng, chống tấn công ransomware, khuyến nghị các tổ chức sao lưu dữ liệu ngoại tuyến, phân tách mạng và diễn tập ứng cứu sự cố định kỳ. Bộ cũng yêu cầu các doanh nghiệp thuộc lĩnh vực quan trọng rà soát lại toàn bộ hệ thống trước ngày 30/6/2024.

Bình luận (12) | In bài | Gửi bài""",
        "2024-04-18",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 2323.0),
        ],
    ),
    # 36. Ookla June 2022, with latency and a neighbour.
    #     Traps: Philippines figure, latency, rank change.
    (
        """Tốc độ Internet Việt Nam tháng 6/2022 theo Ookla

Theo Speedtest Global Index, trong tháng 6/2022, tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam là 78,99 Mbps, mạng di động là 32,85 Mbps, tụt 2 bậc về xếp hạng so với tháng 5. Độ trễ trung bình của mạng di động ở mức 34 ms. Cùng kỳ, Philippines đạt tốc độ di động 24,6 Mbps.""",
        "2022-07-19",
        [
            ("fixed_broadband_speed", "national", "month", "2022-06-30", 78.99),
            ("mobile_broadband_speed", "national", "month", "2022-06-30", 32.85),
        ],
    ),
    # 37. i-Speed October 2025 with 5G and operators.
    #     Traps: 5G-only speed, MobiFone/Viettel speeds, latency.
    (
        """Báo cáo đo tốc độ Internet i-Speed tháng 10/2025

Trong tháng 10/2025, tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam đạt 231,6 Mbps, của Internet băng rộng di động đạt 138,9 Mbps. Tốc độ truy cập trung bình trên mạng 5G đạt 301,4 Mbps; độ trễ trung bình của mạng di động 21 ms.

Theo nhà mạng, Viettel đạt tốc độ di động 146,2 Mbps, VinaPhone 139,5 Mbps, MobiFone 118,7 Mbps.""",
        "2025-11-14",
        [
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 231.6),
            ("mobile_broadband_speed", "national", "month", "2025-10-31", 138.9),
        ],
    ),
    # 38. Speeds and subscriptions in a ministry newsletter, February 2024.
    #     Traps: fibre sub-count after "trong đó", "tăng 8,9%", upload.
    (
        """Bản tin Hạ tầng số tháng 2/2024

Tính đến hết tháng 2/2024, cả nước có 23,5 triệu thuê bao băng rộng cố định, tăng 8,9% so với cùng kỳ, trong đó 22,8 triệu thuê bao sử dụng cáp quang (FTTH); số thuê bao băng rộng di động đạt hơn 84 triệu.

Theo Ookla, tháng 2/2024, tốc độ tải xuống trung bình của Internet băng rộng cố định đạt 105,2 Mbps, của mạng di động đạt 46,4 Mbps; tốc độ tải lên của mạng cố định đạt 101,3 Mbps.""",
        "2024-03-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-02-29", 23500000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-02-29", 84000000.0),
            ("fixed_broadband_speed", "national", "month", "2024-02-29", 105.2),
            ("mobile_broadband_speed", "national", "month", "2024-02-29", 46.4),
        ],
    ),
    # 39. Report table with monthly columns (no sidecar date; headers date the columns).
    #     Traps: phishing-site row, warnings row.
    (
        """Phụ lục 2. Một số chỉ tiêu an toàn thông tin mạng

| Chỉ tiêu | Tháng 4/2025 | Tháng 5/2025 |
|---|---|---|
| Số cuộc tấn công mạng gây sự cố | 165 | 154 |
| Số địa chỉ IP botnet | 452.110 | 447.905 |
| Số trang web lừa đảo bị chặn | 1.904 | 2.087 |
| Số cảnh báo lỗ hổng đã phát hành | 14 | 11 |""",
        None,
        [
            ("cyberattacks", "national", "month", "2025-04-30", 165.0),
            ("cyberattacks", "national", "month", "2025-05-31", 154.0),
            ("botnet_ips", "national", "as_of", "2025-04-30", 452110.0),
            ("botnet_ips", "national", "as_of", "2025-05-31", 447905.0),
        ],
    ),
    # 40. Undated blog-like text: dated Ookla month kept, undated "hiện nay" botnet level left out.
    #     Traps: undatable "hiện nay" level (no sidecar), upload.
    (
        """Vì sao Internet di động ở Việt Nam chưa nhanh?

Theo Ookla, tháng 6/2023, tốc độ tải xuống trung bình của mạng di động tại Việt Nam là 41,9 Mbps, còn băng rộng cố định đạt 95,4 Mbps; tốc độ tải lên của di động chỉ 16,3 Mbps. Nguyên nhân chính là phổ tần dành cho 4G còn hạn chế và mạng 5G chưa được thương mại hóa.

Bên cạnh tốc độ, an toàn mạng cũng là vấn đề đáng quan tâm: hiện nay, số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 500.000, khiến nhiều dịch vụ quốc tế đánh giá thấp mức độ tin cậy của các dải IP trong nước.""",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2023-06-30", 41.9),
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 95.4),
        ],
    ),
    # 41. Q2 and H1 2023 cyber review.
    #     Traps: "giảm 1,7%", "trong đó" Deface sub-count, number of drills.
    (
        """Sáu tháng đầu năm 2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 6.882 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Riêng quý II/2023 có 3.412 cuộc, giảm 1,7% so với quý I, trong đó 1.530 cuộc là tấn công thay đổi giao diện (Deface). Tính đến ngày 30/6/2023, số địa chỉ IP nằm trong mạng botnet là 598.760.

Trong nửa đầu năm, Cục đã chủ trì 3 đợt diễn tập thực chiến với sự tham gia của hơn 60 đội ứng cứu sự cố.""",
        "2023-07-12",
        [
            ("cyberattacks", "national", "half", "2023-06-30", 6882.0),
            ("cyberattacks", "national", "quarter", "2023-06-30", 3412.0),
            ("botnet_ips", "national", "as_of", "2023-06-30", 598760.0),
        ],
    ),
    # 42. i-Speed Q1/2026 with Hà Nội.
    #     Traps: "tăng 18,6%", 5G share of measurements, a ward figure.
    (
        """Quý I/2026: tốc độ băng rộng cố định cả nước đạt 262,5 Mbps

Theo số liệu i-Speed do VNNIC công bố, quý I/2026, tốc độ Internet băng rộng cố định trung bình cả nước đạt 262,5 Mbps, tăng 18,6% so với cùng kỳ năm 2025; tốc độ băng rộng di động đạt 171,3 Mbps. Hà Nội tiếp tục là địa phương có tốc độ băng rộng cố định cao nhất với 270,1 Mbps, trong đó phường Cầu Giấy đạt 285,4 Mbps.

Tỷ lệ lượt đo trên mạng 5G chiếm 47% tổng số lượt đo di động trong quý.""",
        "2026-04-22",
        [
            ("fixed_broadband_speed", "national", "quarter", "2026-03-31", 262.5),
            ("mobile_broadband_speed", "national", "quarter", "2026-03-31", 171.3),
            ("fixed_broadband_speed", "Hà Nội", "quarter", "2026-03-31", 270.1),
        ],
    ),
    # 43. Government report excerpt with attacks year-to-date and dated botnet, plus an explicit-date speed month.
    #     Traps: "giảm 35%", a target, number of incidents handled for ministries.
    (
        """Trích Báo cáo của Chính phủ về kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng đầu năm 2025

Về an toàn thông tin mạng, 9 tháng đầu năm 2025, hệ thống giám sát quốc gia đã ghi nhận 1.844 cuộc tấn công mạng gây sự cố, giảm 35% so với cùng kỳ năm 2024; đã hỗ trợ các bộ, ngành xử lý 96 sự cố nghiêm trọng. Tính đến ngày 30/9/2025, số địa chỉ IP thuộc mạng botnet là 412.905.

Về hạ tầng, tháng 9/2025 tốc độ Internet di động trung bình của Việt Nam đạt 146,64 Mbps, cố định đạt 221,35 Mbps, đưa Việt Nam vào nhóm 20 quốc gia có tốc độ Internet nhanh nhất thế giới. Mục tiêu đến cuối năm là tốc độ di động đạt 150 Mbps.""",
        "2025-10-15",
        [
            ("cyberattacks", "national", "ytd", "2025-09-30", 1844.0),
            ("botnet_ips", "national", "as_of", "2025-09-30", 412905.0),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 146.64),
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 221.35),
        ],
    ),
]
