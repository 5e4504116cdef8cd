"""Blind genre probes, round 45: internet speeds as the Vietnamese press reported them in 2022-2026. The cases are Ookla Speedtest Global Index and VNNIC i-Speed figures for fixed (BRCĐ) and mobile (BRDĐ) broadband, given monthly, quarterly, for six months, for nine months so far in the year, for a year, and as "hiện nay/đến nay". Each case tests whether the extractor keeps the download speed and drops what sits next to it: upload, latency, Vietnam's rank among countries, month-on-month and year-on-year changes, operators' own speeds (Viettel, VNPT, MobiFone), other countries and the world average, 5G-only and trial speeds, thresholds ("vượt mốc 150 Mbps"), targets, and numbers cut off at the end of a page. Past values given in parentheses for comparison are kept with their own month. The cases also use '.' as a decimal mark ("84.74 Mbps"), a body-text typo ("9,344 Mb/giây") that the headline corrects, upload and download labels used loosely ("upload/download lần lượt là 24,6/56,3 Mbps"), the units Mbit/s, Mb/s, Mb/giây and Mbps, province portals, tables written as lines and bullet lists. Ministry monthly reports and summaries add values from the other families (5G stations, NDXP, DVCTT and portal dossiers, cyberattacks and botnet IPs, digital economy, EGDI, VNeID). Written for the project from the genre's usual phrasings (not copied from any page)."""

CASES = [
    # Ookla monthly index: download stored for both networks; upload, latency, ranks, YoY change and the "vượt 148 Mbps" headline are not
    (
        """Tốc độ Internet cố định của Việt Nam vượt 148 Mbps
Theo Speedtest Global Index tháng 3/2024 do Ookla công bố ngày 16/4, tốc độ tải xuống trung vị của băng rộng cố định tại Việt Nam đạt 148,72 Mbps, xếp thứ 44/155 quốc gia và vùng lãnh thổ.
Tốc độ tải lên của mạng cố định là 140,15 Mbps, độ trễ 5 ms.
Ở mạng di động, tốc độ tải xuống đạt 53,84 Mbps, đứng thứ 50/111.
So với cùng kỳ năm 2023, tốc độ băng rộng cố định tăng gần 60%.""",
        "2024-04-17",
        [
            ("fixed_broadband_speed", "national", "month", "2024-03-31", 148.72),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 53.84),
        ],
    ),
    # '.' as the decimal mark ("84.74 Mbps", "171.98 Mbps") next to a MoM change written the same way
    (
        """Speedtest: tốc độ mạng di động Việt Nam tháng 11/2024 đạt 84.74 Mbps
Theo bảng xếp hạng Speedtest Global Index vừa cập nhật, trong tháng 11/2024 tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 84.74 Mbps, tăng 11.62 Mbps so với tháng trước nhờ các nhà mạng mở rộng vùng phủ 5G.
Với băng rộng cố định, tốc độ tải xuống là 171.98 Mbps, tốc độ tải lên 163.05 Mbps.
Việt Nam hiện đứng thứ 36 thế giới về tốc độ di động và thứ 39 về tốc độ cố định.""",
        "2024-12-17",
        [
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 84.74),
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 171.98),
        ],
    ),
    # MoM comparison: the previous month's value in parentheses is kept with its own month; the "giảm nhẹ 0,8 Mbps" change is not
    (
        """(VietnamPlus) Theo dữ liệu Speedtest Global Index tháng 4/2025, tốc độ băng rộng di động (BRDĐ) của Việt Nam đạt 128,9 Mbps, tăng 4,1% so với tháng 3/2025 (123,8 Mbps).
Trong khi đó, tốc độ băng rộng cố định (BRCĐ) ở mức 212,5 Mbps, giảm nhẹ 0,8 Mbps so với tháng liền trước.
Độ trễ trung bình của mạng di động là 22 ms; mạng cố định 4 ms.
Về thứ hạng, Việt Nam đứng thứ 21 về BRDĐ và thứ 14 về BRCĐ.""",
        "2025-05-15",
        [
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 128.9),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 123.8),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 212.5),
        ],
    ),
    # NEGATIVE: only operators' own i-Speed figures (Viettel, VinaPhone, MobiFone, FPT), no national value
    (
        """Nhà mạng nào có tốc độ 4G nhanh nhất tháng 5/2024?
Theo số liệu đo kiểm từ hệ thống i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 5/2024 Viettel tiếp tục dẫn đầu về tốc độ truy cập di động với tốc độ tải xuống trung bình 65,3 Mbps.
Xếp thứ hai là VinaPhone (VNPT) với 58,1 Mbps, MobiFone đạt 41,7 Mbps, Vietnamobile chỉ đạt 18,9 Mb/s.
Ở mảng cố định, FPT Telecom ghi nhận 171,2 Mbps, VNPT 165,4 Mbps và Viettel 160,8 Mbps.
Độ trễ trung bình của các nhà mạng dao động từ 15 đến 28 ms.""",
        "2024-06-10",
        [],
    ),
    # NEGATIVE: other countries, the world average and Vietnam's ranks only
    (
        """Singapore tiếp tục dẫn đầu thế giới về tốc độ Internet cố định
Báo cáo Speedtest Global Index tháng 7/2024 cho thấy Singapore đứng đầu về băng rộng cố định với tốc độ trung vị 305,1 Mbps, tiếp theo là Chile (286,4 Mbps) và Hồng Kông (276,9 Mbps).
Ở mạng di động, UAE giữ ngôi đầu với 398,5 Mbps, Qatar đạt 356,2 Mbps.
Tốc độ trung bình toàn cầu ở mức 92,8 Mbps đối với mạng cố định và 56,2 Mbps đối với di động.
Trong khu vực Đông Nam Á, Thái Lan đạt 233,9 Mbps về cố định; Việt Nam xếp thứ 43 ở mạng cố định và thứ 49 ở di động.""",
        "2024-08-20",
        [],
    ),
    # a typo in the body ("9,344 Mb/giây") that the headline corrects (93,44 Mbps): store 93.44 once, never 9.344
    (
        """Tốc độ mạng di động Việt Nam tháng 12/2024 đạt 93,44 Mbps
Theo Speedtest Global Index tháng 12/2024 của Ookla, tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 9,344 Mb/giây, tăng 8,7 Mb/giây so với tháng 11/2024.
Đây là mức tăng mạnh nhất trong năm, chủ yếu nhờ mạng 5G được triển khai thương mại từ tháng 10/2024.
Việt Nam tăng 6 bậc, lên vị trí thứ 30 trên bảng xếp hạng di động toàn cầu.""",
        "2025-01-21",
        [("mobile_broadband_speed", "national", "month", "2024-12-31", 93.44)],
    ),
    # upload and download used loosely: "upload/download lần lượt là 24,6/56,3 Mbps" (download is the second number)
    (
        """Tốc độ Internet Việt Nam tháng 5/2024: cố định tăng, di động chững lại
Dữ liệu Speedtest Global Index tháng 5/2024 cho thấy băng thông rộng cố định tại Việt Nam có tốc độ tải xuống 158,1 Mbps, tải lên 150,9 Mbps.
Với mạng di động, tốc độ upload/download lần lượt là 24,6/56,3 Mbps, gần như không đổi so với tháng 4.
Độ trễ mạng di động ở mức 27 ms.""",
        "2024-06-18",
        [
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 158.1),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 56.3),
        ],
    ),
    # ministry monthly report: the speeds belong to the index month (April), not the report month (May); other families alongside
    (
        """BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025
I. Hạ tầng số
- Theo Speedtest Global Index tháng 4/2025 (công bố giữa tháng 5), tốc độ BRCĐ của Việt Nam đạt 212,5 Mbps, xếp thứ 14/154; tốc độ BRDĐ đạt 128,9 Mbps, xếp thứ 21/105.
- Tính đến ngày 31/5/2025, cả nước có 9.120 trạm BTS 5G đang hoạt động.
II. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
- Trong tháng 5/2025, NDXP ghi nhận 96,4 triệu giao dịch, bình quân 3,1 triệu giao dịch/ngày.
III. Dịch vụ công trực tuyến
- Tính đến ngày 31/5/2025, tỷ lệ DVCTT toàn trình trên tổng số TTHC đạt 55,8%; phấn đấu đến hết năm 2025 đạt 80%.""",
        "2025-06-06",
        [
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 212.5),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 128.9),
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 9120),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 96400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3100000),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 55.8),
        ],
    ),
    # province portal (i-Speed): the province's speeds, the national average given for comparison in parentheses, a rank "6/63" not stored
    (
        """(Cổng TTĐT tỉnh Quảng Ninh) Theo số liệu đo kiểm của hệ thống i-Speed (VNNIC), trong tháng 6/2024, tốc độ truy cập Internet băng rộng cố định trung bình trên địa bàn tỉnh đạt 128,6 Mbps, xếp thứ 6/63 tỉnh, thành phố, cao hơn mức bình quân cả nước (121,7 Mbps).
Tốc độ truy cập băng rộng di động của tỉnh đạt 61,2 Mbps.
Sở Thông tin và Truyền thông đề nghị các doanh nghiệp viễn thông tiếp tục nâng cấp hạ tầng trong 6 tháng cuối năm.""",
        "2024-07-16",
        [
            ("fixed_broadband_speed", "Quảng Ninh", "month", "2024-06-30", 128.6),
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 121.7),
            ("mobile_broadband_speed", "Quảng Ninh", "month", "2024-06-30", 61.2),
        ],
    ),
    # NEGATIVE: strategy targets (đến năm 2025 đạt, mục tiêu 2030, Gbps) and counts of decisions, task groups and meetings
    (
        """Ngày 11/01/2024, Thủ tướng Chính phủ ban hành Quyết định số 36/QĐ-TTg phê duyệt Chiến lược phát triển hạ tầng số đến năm 2025, định hướng đến năm 2030.
Theo đó, phấn đấu đến năm 2025, tốc độ truy cập Internet băng rộng cố định bình quân đạt trên 200 Mbps, tốc độ băng rộng di động bình quân đạt trên 100 Mbps.
Mục tiêu đến năm 2030, tốc độ băng rộng cố định đạt 1 Gbps; 99% dân số được phủ sóng 5G.
Chiến lược đặt ra 6 nhóm nhiệm vụ, giải pháp; Bộ TT&TT sẽ tổ chức 3 hội nghị triển khai trong quý I/2024.""",
        "2024-01-20",
        [],
    ),
    # a whole year (i-Speed, năm 2023): stored as year; the changes against 2022 ("tăng 36%", "tăng 19%") are not
    (
        """VNNIC công bố tốc độ Internet Việt Nam năm 2023
Theo báo cáo của Trung tâm Internet Việt Nam dựa trên hệ thống đo i-Speed, năm 2023 tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 97,6 Mbps, tăng 36% so với năm 2022.
Tốc độ truy cập băng rộng di động trung bình năm 2023 là 43,8 Mbps, tăng 19%.
Hà Nội và Đà Nẵng tiếp tục là hai địa phương có tốc độ cố định cao nhất cả nước.""",
        "2024-01-18",
        [
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 97.6),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 43.8),
        ],
    ),
    # government notice, "Hiện nay" with a published date gives as_of that date; the 2030 target (1 Gbps) and the meeting count are not values
    (
        """THÔNG BÁO Kết luận của Phó Thủ tướng tại cuộc họp về phát triển hạ tầng số
Hiện nay, tốc độ truy cập Internet băng rộng cố định của Việt Nam đạt 205,1 Mbps, tốc độ băng rộng di động đạt 118,3 Mbps, đều vượt mục tiêu của năm 2025.
Phó Thủ tướng yêu cầu Bộ Khoa học và Công nghệ chủ trì, phấn đấu đến năm 2030 đưa tốc độ băng rộng cố định lên 1 Gbps.
Đây là cuộc họp thứ 4 trong năm về hạ tầng số.""",
        "2025-03-05",
        [
            ("fixed_broadband_speed", "national", "as_of", "2025-03-05", 205.1),
            ("mobile_broadband_speed", "national", "as_of", "2025-03-05", 118.3),
        ],
    ),
    # NEGATIVE: "hiện nay" with no published date and no date in the text: the figures cannot be dated
    (
        """Chuyên gia: người dùng đang "thừa" tốc độ mạng
Theo ông Nguyễn Văn A, chuyên gia viễn thông, hiện nay tốc độ băng rộng cố định trung bình ở Việt Nam đã đạt khoảng 200 Mbps, còn mạng di động vào khoảng 120 Mbps.
"Với phần lớn nhu cầu xem video, học trực tuyến, mức 50 Mbps là đủ", ông nói.
Theo ông, điều người dùng cần là độ ổn định và độ trễ thấp, dưới 20 ms.""",
        None,
        [],
    ),
    # page cut mid-sentence: the fixed speed is stored; the cut "đạt 6" for mobile is not a value; upload and MoM change not stored
    (
        """Tốc độ Internet cố định Việt Nam tháng 9/2024 tăng nhẹ
Theo Speedtest Global Index tháng 9/2024, tốc độ tải xuống trung vị của băng rộng cố định tại Việt Nam đạt 168,4 Mbps, tăng 2,3 Mbps so với tháng 8.
Tốc độ tải lên tương ứng là 160,7 Mbps.
Với mạng di động, tốc độ tải xuống đạt 6""",
        "2024-10-16",
        [("fixed_broadband_speed", "national", "month", "2024-09-30", 168.4)],
    ),
    # a quarter (quý II/2025) in Mbit/s; "tải dữ liệu (download)" vs "đẩy dữ liệu (upload)" with "lần lượt"; QoQ changes not stored
    (
        """Quý II/2025: Tốc độ Internet cố định bình quân vượt 210 Mbit/s
Số liệu từ hệ thống đo i-Speed của VNNIC cho thấy, trong quý II/2025, tốc độ tải dữ liệu (download) trung bình của Internet cố định tại Việt Nam đạt 213,4 Mbit/s, của Internet di động đạt 98,6 Mbit/s.
Tốc độ đẩy dữ liệu (upload) lần lượt là 205,2 Mbit/s và 31,7 Mbit/s.
So với quý I/2025, tốc độ cố định tăng 6,2%, tốc độ di động tăng 9,8%.""",
        "2025-07-22",
        [
            ("fixed_broadband_speed", "national", "quarter", "2025-06-30", 213.4),
            ("mobile_broadband_speed", "national", "quarter", "2025-06-30", 98.6),
        ],
    ),
    # six months (6 tháng đầu năm 2024) in Mb/s, with subscription stocks at the end of June; "tăng 11,4%" and the FTTH sub-share after "trong đó" are not
    (
        """Bộ Thông tin và Truyền thông tổ chức họp báo sơ kết 6 tháng đầu năm 2024.
Về hạ tầng, 6 tháng đầu năm 2024, tốc độ truy cập Internet băng rộng cố định bình quân theo đo kiểm của i-Speed đạt 139,4 Mb/s; băng rộng di động đạt 53,2 Mb/s.
Tính đến hết tháng 6/2024, số thuê bao băng rộng cố định đạt 23,1 triệu, tăng 11,4% so với cùng kỳ; trong đó thuê bao cáp quang FTTH chiếm hơn 99%.
Số thuê bao băng rộng di động đạt 86,7 triệu thuê bao.""",
        "2024-07-05",
        [
            ("fixed_broadband_speed", "national", "half", "2024-06-30", 139.4),
            ("mobile_broadband_speed", "national", "half", "2024-06-30", 53.2),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 86700000),
        ],
    ),
    # NEGATIVE: ranks, MoM/YoY percentage changes and latency only, no speed level
    (
        """Việt Nam tăng hạng về tốc độ mạng di động
Trong bảng xếp hạng Speedtest Global Index tháng 9/2024, Việt Nam tăng 3 bậc, lên vị trí 39/111 về tốc độ băng rộng di động; tốc độ tăng 9,7% so với tháng trước và tăng 58% so với cùng kỳ năm 2023.
Ở hạng mục băng rộng cố định, Việt Nam tăng 2 bậc lên thứ 40/158, tốc độ tăng 1,4%.
Độ trễ di động giảm còn 19 ms.""",
        "2024-10-18",
        [],
    ),
    # table written as lines: two month columns; download rows stored, upload, latency and rank rows not
    (
        """Bảng: Tốc độ Internet của Việt Nam theo Speedtest Global Index
Chỉ số | Tháng 1/2025 | Tháng 2/2025
Tốc độ tải xuống BRCĐ (Mbps) | 196,3 | 201,7
Tốc độ tải lên BRCĐ (Mbps) | 188,0 | 193,5
Tốc độ tải xuống BRDĐ (Mbps) | 104,2 | 110,5
Tốc độ tải lên BRDĐ (Mbps) | 33,6 | 35,0
Độ trễ BRDĐ (ms) | 24 | 23
Xếp hạng BRDĐ | 26 | 24
Nguồn: Ookla""",
        "2025-03-18",
        [
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 196.3),
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 201.7),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 104.2),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 110.5),
        ],
    ),
    # Vietnam's speeds beside the world average and other countries' speeds in parentheses (only Vietnam's are stored)
    (
        """Tốc độ di động Việt Nam cao hơn mức trung bình thế giới
Theo Speedtest Global Index tháng 1/2025, tốc độ băng rộng di động của Việt Nam đạt 104,2 Mbps, cao hơn mức trung bình thế giới (94,6 Mbps).
Tuy nhiên, tốc độ băng rộng cố định của Việt Nam là 196,3 Mbps, vẫn thấp hơn Singapore (345,3 Mbps) và Thái Lan (241,1 Mbps).
Trong khu vực ASEAN, Malaysia có tốc độ di động 132,8 Mbps, Brunei 171,5 Mbps.""",
        "2025-02-19",
        [
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 104.2),
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 196.3),
        ],
    ),
    # national average followed by operators after "trong đó" (Viettel, VNPT, MobiFone) and an operator's 5G speed: only the national figure
    (
        """(Báo Điện tử Chính phủ) Theo số liệu từ hệ thống i-Speed, trong tháng 4/2025 tốc độ truy cập Internet di động trung bình của cả nước đạt 118,2 Mbps; trong đó Viettel đạt 131,5 Mbps, VNPT (VinaPhone) đạt 112,0 Mbps và MobiFone đạt 95,7 Mbps.
Với Internet cố định, VNPT tiếp tục dẫn đầu với 226,4 Mbps.
Tốc độ 5G của Viettel trung bình ở mức 402 Mbps.""",
        "2025-05-12",
        [("mobile_broadband_speed", "national", "month", "2025-04-30", 118.2)],
    ),
    # a threshold passed ("vượt mốc 150 Mbps") before the value itself; the 5G-only speed, latency and upload are not stored
    (
        """Tốc độ di động Việt Nam vượt mốc 150 Mbps
Speedtest Global Index tháng 8/2025 ghi nhận tốc độ tải xuống trung vị của mạng di động tại Việt Nam đã vượt mốc 150 Mbps, đạt 154,8 Mbps.
Riêng với mạng 5G, tốc độ trung bình ghi nhận là 389 Mbps.
Độ trễ di động 21 ms, tốc độ tải lên 39,5 Mbps.""",
        "2025-09-17",
        [("mobile_broadband_speed", "national", "month", "2025-08-31", 154.8)],
    ),
    # bullet lists under network headings: "- Tải xuống: 188,4 Mbps;" where the network is named only in the heading line above
    (
        """Kết quả Speedtest Global Index tháng 12/2024 đối với Việt Nam:
Băng rộng cố định:
- Tải xuống: 188,4 Mbps;
- Tải lên: 180,2 Mbps;
- Độ trễ: 4 ms.
Băng rộng di động:
- Tải xuống: 93,44 Mbps;
- Tải lên: 30,1 Mbps;
- Độ trễ: 25 ms.""",
        "2025-01-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 188.4),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 93.44),
        ],
    ),
    # ministry monthly report: speeds for February (the index month), NDXP and cyberattacks for March; the MoM change and the decree counts are not stored
    (
        """Báo cáo tình hình chuyển đổi số tháng 3/2024 (Bộ TT&TT)
1. Về hạ tầng: theo Speedtest Global Index tháng 2/2024, tốc độ BRCĐ của Việt Nam đạt 146,2 Mbps, BRDĐ đạt 52,7 Mbps.
2. Về NDXP: trong tháng 3/2024, số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia là 67,2 triệu giao dịch.
3. Về an toàn thông tin: số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 3/2024 là 1.059 cuộc, giảm 12,3% so với tháng 2/2024.
4. Đã ban hành 02 Nghị định và 05 Quyết định về chuyển đổi số.""",
        "2024-04-08",
        [
            ("fixed_broadband_speed", "national", "month", "2024-02-29", 146.2),
            ("mobile_broadband_speed", "national", "month", "2024-02-29", 52.7),
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 67200000),
            ("cyberattacks", "national", "month", "2024-03-31", 1059),
        ],
    ),
    # city portal (Đà Nẵng): the city's speeds and its nine-month full-process dossier rate carry the city; its 2024 target and the rank do not count
    (
        """(Cổng thông tin điện tử thành phố Đà Nẵng) Theo số liệu đo của i-Speed, tháng 9/2024, tốc độ truy cập Internet băng rộng cố định trên địa bàn thành phố đạt 145,9 Mbps, xếp thứ 2 cả nước; băng rộng di động đạt 70,4 Mbps.
Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố 9 tháng đầu năm 2024 đạt 71,3%.
Thành phố phấn đấu đến cuối năm 2024 tốc độ băng rộng cố định đạt 160 Mbps.""",
        "2024-10-15",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2024-09-30", 145.9),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-09-30", 70.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2024-09-30", 71.3),
        ],
    ),
    # NEGATIVE: upload speeds, latency and an upload rank only (no download figure)
    (
        """Tốc độ tải lên của Internet Việt Nam tháng 5/2025
Theo Speedtest Global Index tháng 5/2025, tốc độ tải lên (upload) của băng rộng cố định tại Việt Nam đạt 205,9 Mbps, còn tốc độ upload trên mạng di động là 38,1 Mbps.
Độ trễ đo được lần lượt là 4 ms và 22 ms.
Tốc độ tải lên BRCĐ của Việt Nam đứng thứ 9 thế giới.""",
        "2025-06-18",
        [],
    ),
    # NEGATIVE: one operator's 5G launch: trial speeds in Gbps, a speed range, the operator's own 5G station count
    (
        """Ngày 15/10/2024, Viettel chính thức khai trương mạng 5G thương mại.
Trong giai đoạn thử nghiệm, tốc độ tải xuống trên mạng 5G của Viettel đạt tới 1,2 Gbps, trung bình 400-500 Mbps, gấp khoảng 10 lần 4G.
Viettel cho biết đã lắp đặt 6.500 trạm 5G, phủ sóng 100% trung tâm các tỉnh, thành phố.
VNPT dự kiến khai trương 5G vào cuối năm, với tốc độ thử nghiệm đạt 1,5 Gbps.""",
        "2024-10-20",
        [],
    ),
    # year under review (Năm 2024): digital-economy share and growth, yearly average speeds, EGDI rank 71/193 (a rank that IS stored, unlike speed ranks)
    (
        """Năm 2024, kinh tế số tiếp tục tăng trưởng nhanh, tỷ trọng kinh tế số trong GDP ước đạt 18,3%; tốc độ tăng trưởng kinh tế số ước đạt 20,3%.
Hạ tầng số tiếp tục được nâng cấp: tốc độ truy cập băng rộng di động bình quân năm 2024 đạt 87,6 Mbps, băng rộng cố định đạt 165,9 Mbps.
Theo Báo cáo khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022.""",
        "2025-02-14",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.3),
            ("mobile_broadband_speed", "national", "year", "2024-12-31", 87.6),
            ("fixed_broadband_speed", "national", "year", "2024-12-31", 165.9),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # VNeID stock on a dated day next to a monthly speed in Mb/s; the VNeID target is not a value
    (
        """Tính đến ngày 15/4/2025, cả nước đã có 60,2 triệu tài khoản định danh điện tử VNeID được kích hoạt.
Cùng với đó, hạ tầng mạng tiếp tục cải thiện: theo Speedtest Global Index tháng 3/2025, tốc độ Internet cố định của Việt Nam đạt 207,9 Mb/s, xếp thứ 14 thế giới.
Bộ Công an đặt mục tiêu đến cuối năm 2025 có 70 triệu tài khoản VNeID được kích hoạt.""",
        "2025-04-22",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 60200000),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 207.9),
        ],
    ),
    # YoY change with last year's same-month value in parentheses (kept, June 2024); the percentage changes are not
    (
        """Tốc độ Internet cố định Việt Nam tăng hơn 50% sau một năm
Theo Ookla, trong tháng 6/2025 tốc độ băng rộng cố định của Việt Nam đạt 236,6 Mbps, tăng 56% so với cùng kỳ năm 2024 (151,8 Mbps).
Băng rộng di động đạt 146,7 Mbps, tăng 2,1% so với tháng trước.
Việt Nam hiện xếp thứ 12 thế giới về tốc độ Internet cố định.""",
        "2025-07-16",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 236.6),
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 151.8),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.7),
        ],
    ),
    # NEGATIVE: world averages, then Vietnam's only figure cut off mid-number at the end of the page
    (
        """Tốc độ Internet toàn cầu tháng 4/2025: châu Á dẫn đầu
Theo Ookla, tốc độ băng rộng cố định trung bình toàn cầu trong tháng 4/2025 là 95,2 Mbps, còn tốc độ di động trung bình toàn cầu là 90,1 Mbps.
Singapore, Hồng Kông và Chile là ba quốc gia, vùng lãnh thổ dẫn đầu về mạng cố định.
Tại Đông Nam Á, Việt Nam tăng 2 bậc, với tốc độ băng rộng cố định đạt 2""",
        "2025-05-20",
        [],
    ),
    # province department's report (Nghệ An): the province's speeds and FTTH household share carry the province; one operator's speed there does not count
    (
        """Sở Thông tin và Truyền thông tỉnh Nghệ An cho biết, theo số liệu đo kiểm của i-Speed (VNNIC), trong tháng 10/2024 tốc độ truy cập Internet băng rộng cố định trung bình trên địa bàn tỉnh đạt 118,4 Mbps; tốc độ băng rộng di động đạt 66,2 Mbps.
Tính đến ngày 31/10/2024, toàn tỉnh có 89,5% hộ gia đình có kết nối Internet cáp quang.
Tốc độ cố định của VNPT Nghệ An đạt 124,7 Mbps, cao nhất trong các doanh nghiệp trên địa bàn.""",
        "2024-11-15",
        [
            ("fixed_broadband_speed", "Nghệ An", "month", "2024-10-31", 118.4),
            ("mobile_broadband_speed", "Nghệ An", "month", "2024-10-31", 66.2),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-10-31", 89.5),
        ],
    ),
    # press summary of the August 2025 national report: DVCTT, portal dossiers for the month and year-to-date (the _new twin), July speeds in Mbit/s
    (
        """Theo Báo cáo chuyển đổi số quốc gia tháng 8/2025, tính đến ngày 31/8/2025, tỷ lệ DVCTT toàn trình trên tổng số TTHC đạt 56,2%.
Trong tháng 8/2025, Cổng DVCQG tiếp nhận 1,52 triệu hồ sơ trực tuyến; lũy kế từ đầu năm tiếp nhận 14,8 triệu hồ sơ.
Về hạ tầng, theo Speedtest Global Index tháng 7/2025, tốc độ băng rộng cố định đạt 247,6 Mbit/s, tốc độ băng rộng di động đạt 151,3 Mbit/s.""",
        "2025-09-08",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-08-31", 56.2),
            ("national_portal_dossiers_new", "national", "month", "2025-08-31", 1520000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-08-31", 14800000),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 247.6),
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 151.3),
        ],
    ),
    # interview: "Đến nay" with a published date, qualified values ("khoảng", "hơn"); the top-20 claim and the 2030 goal are not values
    (
        """Phóng viên: Xin ông cho biết hạ tầng Internet của Việt Nam đã thay đổi ra sao trong hai năm qua?
Thứ trưởng: Đến nay, tốc độ băng rộng cố định của Việt Nam khoảng 240 Mbps, tốc độ di động là hơn 150 Mbps, đều nằm trong nhóm 20 quốc gia dẫn đầu thế giới.
Chúng tôi đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 10 nước có tốc độ Internet cao nhất.""",
        "2025-08-25",
        [
            ("fixed_broadband_speed", "national", "as_of", "2025-08-25", 240),
            ("mobile_broadband_speed", "national", "as_of", "2025-08-25", 150),
        ],
    ),
    # nine months so far in the year (bình quân 9 tháng đầu năm) as ytd; year-to-date cyberattacks; attack types after "Trong đó" and the YoY change are not stored
    (
        """Bộ TT&TT: kết quả 9 tháng đầu năm 2024
Tính bình quân 9 tháng đầu năm 2024, tốc độ truy cập băng rộng di động đo bởi i-Speed đạt 68,5 Mbps, băng rộng cố định đạt 142,7 Mbps.
Từ đầu năm đến hết tháng 9/2024, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 7.541 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 45% so với cùng kỳ.
Trong đó có 2.103 cuộc tấn công lừa đảo (Phishing) và 4.012 cuộc tấn công thay đổi giao diện (Deface).""",
        "2024-10-12",
        [
            ("mobile_broadband_speed", "national", "ytd", "2024-09-30", 68.5),
            ("fixed_broadband_speed", "national", "ytd", "2024-09-30", 142.7),
            ("cyberattacks", "national", "ytd", "2024-09-30", 7541),
        ],
    ),
    # 2023 cable-outage story: "chỉ đạt", "ở mức"; the MoM drop, the rank 53/112 and the international latency are not stored
    (
        """Sự cố cáp quang biển kéo tốc độ Internet Việt Nam đi xuống
Theo Speedtest Global Index tháng 2/2023, tốc độ băng rộng cố định của Việt Nam chỉ đạt 81,2 Mbps, giảm 1,7 Mbps so với tháng 1/2023 do nhiều tuyến cáp quang biển quốc tế cùng gặp sự cố.
Tốc độ di động ở mức 37,6 Mbps, xếp thứ 53/112.
Độ trễ khi truy cập các dịch vụ quốc tế tăng lên hơn 200 ms.""",
        "2023-03-20",
        [
            ("fixed_broadband_speed", "national", "month", "2023-02-28", 81.2),
            ("mobile_broadband_speed", "national", "month", "2023-02-28", 37.6),
        ],
    ),
    # rank first, speed in parentheses after it ("thứ 51 về tốc độ ... (96,5 Mbps)"), the index month at the end of the sentence; world averages not stored
    (
        """Việt Nam đứng thứ 51 về tốc độ băng rộng cố định (96,5 Mbps) và thứ 47 về tốc độ di động (43,1 Mbps) trong bảng xếp hạng Speedtest Global Index tháng 6/2023.
Cả hai chỉ số đều tăng so với tháng 5/2023.
Trung bình thế giới là 79,6 Mbps với cố định và 40,1 Mbps với di động.""",
        "2023-07-19",
        [
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 96.5),
            ("mobile_broadband_speed", "national", "month", "2023-06-30", 43.1),
        ],
    ),
    # city portal (Hải Phòng): "tải về ... lên tới", "có tốc độ"; upload, operators (VNPT, Viettel) and latency are not stored
    (
        """(Cổng TTĐT thành phố Hải Phòng) Theo hệ thống i-Speed, tháng 12/2024, tốc độ tải về của mạng cố định trên địa bàn thành phố Hải Phòng lên tới 175,3 Mbps, tốc độ tải lên là 170,8 Mbps.
Trong các doanh nghiệp, VNPT có tốc độ cao nhất với 182,1 Mbps, Viettel 176,5 Mbps.
Mạng di động trên địa bàn thành phố có tốc độ 95,2 Mbps, độ trễ 18 ms.""",
        "2025-01-10",
        [
            ("fixed_broadband_speed", "Hải Phòng", "month", "2024-12-31", 175.3),
            ("mobile_broadband_speed", "Hải Phòng", "month", "2024-12-31", 95.2),
        ],
    ),
    # quarter of cyberattacks, botnet IPs on a date, and a monthly mobile speed in one security report; upload not stored
    (
        """An toàn thông tin quý I/2025
Trong quý I/2025, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.873 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
Tính đến ngày 31/3/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 498.120 địa chỉ.
Về chất lượng mạng, theo Speedtest Global Index tháng 3/2025, tốc độ băng rộng di động đạt 123,8 Mbps, tốc độ tải lên 37,9 Mbps.""",
        "2025-04-20",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1873),
            ("botnet_ips", "national", "as_of", "2025-03-31", 498120),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 123.8),
        ],
    ),
    # a ranking of provinces in one national story: each province's figure carries that province (bare names, some in parentheses); the highest-lowest gap is not a value
    (
        """(VietnamPlus) Theo số liệu i-Speed tháng 8/2024, tốc độ truy cập Internet băng rộng cố định trung bình của cả nước đạt 141,2 Mbps.
Bắc Ninh dẫn đầu với 162,4 Mbps, tiếp theo là Hà Nội (158,9 Mbps) và Đà Nẵng (154,0 Mbps).
Địa phương có tốc độ thấp nhất là Lai Châu với 88,1 Mbps.
Khoảng cách giữa tỉnh cao nhất và thấp nhất là 74,3 Mbps.""",
        "2024-09-12",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 141.2),
            ("fixed_broadband_speed", "Bắc Ninh", "month", "2024-08-31", 162.4),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-08-31", 158.9),
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2024-08-31", 154.0),
            ("fixed_broadband_speed", "Lai Châu", "month", "2024-08-31", 88.1),
        ],
    ),
    # no published date, but the text names the index month (tháng 11/2022), so the values are dated; world average and rank not stored
    (
        """Theo báo cáo Speedtest Global Index tháng 11/2022, tốc độ băng rộng di động tại Việt Nam đạt 36,9 Mbps, xếp thứ 52 thế giới.
Tốc độ băng rộng cố định đạt 79,4 Mbps, cao hơn mức trung bình thế giới là 77,6 Mbps.
Các nhà mạng cho biết sẽ tiếp tục đầu tư nâng cấp hạ tầng trong năm 2023.""",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2022-11-30", 36.9),
            ("fixed_broadband_speed", "national", "month", "2022-11-30", 79.4),
        ],
    ),
]
