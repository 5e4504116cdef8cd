"""Genre probes, round 80: cybersecurity and data-exchange figures as the press, the Ministry's bulletins and the National Cybersecurity Center word them 2022-2025 (cyberattacks causing incidents per month/quarter/half/year and cumulative since January, botnet IP addresses, information systems approved by security level, NDXP transactions per month, per day and cumulative since 2019, connected agencies and connection points, VNeID and chip ID figures), with traps (vendor counts from Bkav/Kaspersky/NCS, phishing subsets, one agency's systems, a province's LGSP, forecasts, changes), bulletin-style lines, tables written as text and multi-figure sentences, written blind by a helper (not copied from any page).

First reading with 6611f06 (the start code 2235ecf the same): 50 of 53 right, 50 of 66 found. Fitted: tables keyed by period ('Tháng | Số giao dịch | Trung bình/ngày', 'Quý | … | IP botnet (cuối quý)'), a bulletin's title dating its items, a daily average with its period between ('Bình quân mỗi ngày trong năm 2024 có …'), a deadline before a turn to the present, a body set apart ('Riêng Bảo hiểm xã hội Việt Nam …'), a ministry as its sentence's subject, a year's count estimated before the year ends; now 66/66, 66/66.
"""

CASES = [
    # 1 bulletin lines: monthly attacks + botnet; change and state-system count are not values
    (
        "Tình hình an toàn thông tin tháng 3/2024 (Cục An toàn thông tin):\n"
        "- Số cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam: 512 (giảm 18,6% so với tháng 2/2024)\n"
        "- Số địa chỉ IP thuộc mạng botnet: 612.408 (giảm 3,2%)\n"
        "- Số hệ thống của cơ quan nhà nước có kết nối tới hạ tầng botnet: 27",
        "2024-04-08",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 512.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 612408.0),
        ],
    ),
    # 2 quarter total with phishing/deface/malware subsets (partial trap)
    (
        "Trong quý II/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận 2.375 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trong đó có 1.140 cuộc tấn công lừa đảo "
        "(phishing), 782 cuộc tấn công thay đổi giao diện (deface) và 453 cuộc tấn công cài mã độc (malware).",
        "2023-07-05",
        [("cyberattacks", "national", "quarter", "2023-06-30", 2375.0)],
    ),
    # 3 year total; yoy change not a value
    (
        "Năm 2023, Việt Nam ghi nhận tổng cộng 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin, "
        "giảm 9,5% so với năm 2022.",
        "2024-01-10",
        [("cyberattacks", "national", "year", "2023-12-31", 13900.0)],
    ),
    # 4 cumulative since January to end of September
    (
        "Lũy kế từ đầu năm đến hết tháng 9/2022, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng "
        "dẫn xử lý 9.364 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2022-10-12",
        [("cyberattacks", "national", "ytd", "2022-09-30", 9364.0)],
    ),
    # 5 Jan-May cumulative, malware subset is a trap
    (
        "Từ tháng 1 đến hết tháng 5/2023, hệ thống kỹ thuật của Cục An toàn thông tin phát hiện 4.962 cuộc tấn "
        "công mạng gây sự cố; riêng loại tấn công cài mã độc chiếm 2.310 cuộc, nhiều hơn cả.",
        "2023-06-09",
        [("cyberattacks", "national", "ytd", "2023-05-31", 4962.0)],
    ),
    # 6 TRAP: Bkav vendor survey
    (
        "Theo khảo sát của Bkav, năm 2022 người dùng Việt Nam thiệt hại khoảng 21.200 tỷ đồng do virus máy tính; "
        "hãng ghi nhận hơn 1,1 triệu máy tính bị nhiễm mã độc đào tiền ảo và khoảng 2.600 vụ tấn công mã hóa dữ liệu.",
        "2023-01-05",
        [],
    ),
    # 7 TRAP: Kaspersky vendor count
    (
        "Kaspersky cho biết trong 6 tháng đầu năm 2024, các giải pháp bảo mật của hãng đã phát hiện và ngăn chặn "
        "29,7 triệu cuộc tấn công từ mã độc ngoại tuyến nhằm vào người dùng tại Việt Nam.",
        "2024-08-20",
        [],
    ),
    # 8 TRAP: NCS vendor count, even worded 'gây sự cố'
    (
        "Thống kê từ hệ thống giám sát của Công ty An ninh mạng NCS cho thấy năm 2024 có khoảng 659.000 lượt tấn "
        "công nhằm vào thiết bị đặt tại Việt Nam, trong đó 13.870 lượt gây sự cố nghiêm trọng cho tổ chức, doanh nghiệp.",
        "2025-01-03",
        [],
    ),
    # 9 official monthly + a Viettel figure (partial trap)
    (
        "Cục An toàn thông tin cho biết, tháng 6/2024 đã ghi nhận 1.153 cuộc tấn công mạng gây sự cố vào các hệ "
        "thống thông tin tại Việt Nam. Cùng thời gian, Viettel Cyber Security phát hiện 86 vụ tấn công DDoS quy mô "
        "lớn nhằm vào khách hàng của mình.",
        "2024-07-04",
        [("cyberattacks", "national", "month", "2024-06-30", 1153.0)],
    ),
    # 10 TRAP: forecast and target
    (
        "Các chuyên gia dự báo trong năm 2025 số cuộc tấn công mạng gây sự cố có thể vượt mốc 15.000 cuộc; mục "
        "tiêu đặt ra là giảm số địa chỉ IP botnet của Việt Nam xuống dưới 400.000 vào cuối năm.",
        "2025-01-15",
        [],
    ),
    # 11 botnet as of a date, state subset is a trap
    (
        "Tính đến ngày 31/10/2024, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 452.130, trong đó có 21 "
        "địa chỉ IP thuộc cơ quan, tổ chức nhà nước (5 của bộ, ngành và 16 của địa phương).",
        "2024-11-06",
        [("botnet_ips", "national", "as_of", "2024-10-31", 452130.0)],
    ),
    # 12 botnet in 'nghìn'
    (
        "Tháng 12/2023, số lượng địa chỉ IP Việt Nam nằm trong các mạng botnet giảm xuống còn khoảng 507 nghìn địa "
        "chỉ, mức thấp nhất trong 5 năm trở lại đây.",
        "2024-01-09",
        [("botnet_ips", "national", "as_of", "2023-12-31", 507000.0)],
    ),
    # 13 botnet level with changes (partial trap)
    (
        "Tháng 4/2023 có 672.315 địa chỉ IP Việt Nam nằm trong mạng botnet, giảm 11,2% so với tháng trước và giảm "
        "37% so với cùng kỳ năm 2022.",
        "2023-05-08",
        [("botnet_ips", "national", "as_of", "2023-04-30", 672315.0)],
    ),
    # 14 approved-level rate with counts (counts are not the indicator)
    (
        "Đến ngày 30/6/2024, các bộ, ngành, địa phương đã phê duyệt hồ sơ đề xuất cấp độ cho 6.820/8.416 hệ thống "
        "thông tin, đạt tỷ lệ 81,04%.",
        "2024-07-15",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 81.04)],
    ),
    # 15 split ministries / localities / national
    (
        "Tính đến hết tháng 11/2023, tỷ lệ hệ thống thông tin được phê duyệt cấp độ của khối bộ, ngành đạt 72,5%, "
        "khối địa phương đạt 88,3%; tính chung cả nước là 83,6%.",
        "2023-12-28",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-11-30", 72.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-11-30", 88.3),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-11-30", 83.6),
        ],
    ),
    # 16 TRAP: one ministry's systems
    (
        "Bộ Tài chính hiện đang vận hành 214 hệ thống thông tin, trong đó 100% đã được phê duyệt hồ sơ cấp độ an "
        "toàn thông tin và 38 hệ thống đã được kiểm tra, đánh giá định kỳ.",
        "2024-03-20",
        [],
    ),
    # 17 a province's own rate
    (
        "Đến tháng 9/2024, tỉnh Quảng Ninh đã phê duyệt cấp độ cho 100% hệ thống thông tin của các cơ quan nhà "
        "nước trên địa bàn (146 hệ thống).",
        "2024-10-02",
        [("info_systems_level_approved_rate", "Quảng Ninh", "as_of", "2024-09-30", 100.0)],
    ),
    # 18 NDXP month + cumulative since 2019
    (
        "Tháng 10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98.542.316 giao dịch; lũy kế "
        "từ khi khai trương năm 2019 đến hết tháng 10/2023, tổng số giao dịch qua NDXP đạt 1.864.720.451.",
        "2023-11-07",
        [
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 98542316.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1864720451.0),
        ],
    ),
    # 19 NDXP year total and daily average
    (
        "Bình quân mỗi ngày trong năm 2024 có khoảng 3,2 triệu giao dịch được thực hiện qua NDXP; tổng số giao "
        "dịch cả năm 2024 đạt hơn 1,17 tỷ.",
        "2025-01-08",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 3200000.0),
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1170000000.0),
        ],
    ),
    # 20 connected agencies and connection points 'hiện nay' with a published date
    (
        "Hiện nay, NDXP đã kết nối với hệ thống của 104 cơ quan, đơn vị, trong đó có 19 tổ chức, doanh nghiệp; "
        "đồng thời thiết lập 312 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.",
        "2024-02-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-20", 104.0),
            ("ndxp_connection_points", "national", "as_of", "2024-02-20", 312.0),
        ],
    ),
    # 21 TRAP: 'hiện nay' with no published date and no date in text
    (
        "Hiện nay, NDXP đã thiết lập hơn 280 điểm kết nối và phục vụ trung bình khoảng 2,5 triệu giao dịch mỗi ngày.",
        None,
        [],
    ),
    # 22 no published date but an explicit date
    (
        "Tính đến ngày 15/8/2023, tổng số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia kể từ năm "
        "2019 đã đạt 1,52 tỷ giao dịch.",
        None,
        [("ndxp_transactions_cumulative", "national", "as_of", "2023-08-15", 1520000000.0)],
    ),
    # 23 TRAP: a province's LGSP
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh Thừa Thiên Huế trong năm 2023 đã xử lý 18,6 triệu "
        "giao dịch, kết nối 41 hệ thống thông tin và cơ sở dữ liệu của tỉnh.",
        "2024-01-18",
        [],
    ),
    # 24 TRAP: one agency's transactions through NDXP
    (
        "Riêng Bảo hiểm xã hội Việt Nam đã thực hiện 156 triệu giao dịch qua NDXP trong 6 tháng đầu năm 2024, "
        "chủ yếu phục vụ xác thực thông tin người tham gia bảo hiểm.",
        "2024-07-12",
        [],
    ),
    # 25 table as text: NDXP monthly and per day
    (
        "Bảng 2. Giao dịch qua NDXP theo tháng, quý III/2024\n"
        "Tháng | Số giao dịch | Trung bình/ngày\n"
        "7/2024 | 97.215.430 | 3.135.982\n"
        "8/2024 | 101.880.112 | 3.286.455\n"
        "9/2024 | 95.004.870 | 3.166.829",
        "2024-10-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 97215430.0),
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 101880112.0),
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 95004870.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-31", 3135982.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 3286455.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3166829.0),
        ],
    ),
    # 26 table as text: attacks per quarter and botnet at quarter end
    (
        "Số liệu giám sát an toàn thông tin năm 2023\n"
        "Quý | Tấn công mạng gây sự cố | IP botnet (cuối quý)\n"
        "I/2023 | 3.204 | 701.552\n"
        "II/2023 | 2.375 | 648.190\n"
        "III/2023 | 2.951 | 590.017",
        "2023-10-20",
        [
            ("cyberattacks", "national", "quarter", "2023-03-31", 3204.0),
            ("cyberattacks", "national", "quarter", "2023-06-30", 2375.0),
            ("cyberattacks", "national", "quarter", "2023-09-30", 2951.0),
            ("botnet_ips", "national", "as_of", "2023-03-31", 701552.0),
            ("botnet_ips", "national", "as_of", "2023-06-30", 648190.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 590017.0),
        ],
    ),
    # 27 chip ID + VNeID issued vs activated (issued accounts not the indicator)
    (
        "Tính đến ngày 10/5/2024, Bộ Công an đã cấp 86,2 triệu thẻ căn cước công dân gắn chip và 62,4 triệu tài "
        "khoản định danh điện tử, trong đó 52,8 triệu tài khoản đã được kích hoạt.",
        "2024-05-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-05-10", 86200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-05-10", 52800000.0),
        ],
    ),
    # 28 a province's own VNeID figure
    (
        "Công an thành phố Đà Nẵng cho biết, đến hết tháng 6/2023, địa phương đã kích hoạt 612.540 tài khoản định "
        "danh điện tử, đạt 79% số hồ sơ đã thu nhận.",
        "2023-07-04",
        [("vneid_activated_accounts", "Đà Nẵng", "as_of", "2023-06-30", 612540.0)],
    ),
    # 29 TRAP: a ward's figure
    (
        "Phường Bến Nghé (quận 1, TP. Hồ Chí Minh) đã hỗ trợ kích hoạt 18.240 tài khoản VNeID cho người dân, "
        "vượt chỉ tiêu được giao.",
        "2023-09-01",
        [],
    ),
    # 30 target + current chip ID (partial trap)
    (
        "Bộ Công an phấn đấu đến hết năm 2024 kích hoạt 70 triệu tài khoản VNeID; hiện số thẻ căn cước gắn chip "
        "đã cấp cho công dân là 87,1 triệu thẻ.",
        "2024-06-20",
        [("chip_id_cards_issued", "national", "as_of", "2024-06-20", 87100000.0)],
    ),
    # 31 TP. Hồ Chí Minh chip ID
    (
        "TP. Hồ Chí Minh đã cấp hơn 7,6 triệu thẻ căn cước công dân gắn chip tính đến ngày 31/12/2022.",
        "2023-01-04",
        [("chip_id_cards_issued", "Hồ Chí Minh", "as_of", "2022-12-31", 7600000.0)],
    ),
    # 32 one sentence, several figures
    (
        "Báo cáo của Bộ TT&TT cho biết, 9 tháng năm 2024 đã ghi nhận 9.856 cuộc tấn công mạng gây sự cố; số địa "
        "chỉ IP botnet tại thời điểm tháng 9/2024 là 468.796; tính đến 30/9/2024, tỷ lệ hệ thống thông tin được "
        "phê duyệt cấp độ đạt 86,7% và NDXP đạt lũy kế 2,7 tỷ giao dịch.",
        "2024-10-05",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 9856.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 468796.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 86.7),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 2700000000.0),
        ],
    ),
    # 33 daily average with a change (partial trap)
    (
        "Năm 2023, trung bình mỗi ngày có 2,6 triệu giao dịch được thực hiện qua NDXP, tăng 38% so với năm 2022.",
        "2024-01-12",
        [("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2600000.0)],
    ),
    # 34 half year 2025
    (
        "6 tháng đầu năm 2025, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 6.211 cuộc tấn công "
        "mạng gây sự cố vào các hệ thống thông tin trong nước, tăng 9,2% so với cùng kỳ.",
        "2025-07-08",
        [("cyberattacks", "national", "half", "2025-06-30", 6211.0)],
    ),
    # 35 bulletin with subset lines
    (
        "Bản tin an toàn thông tin tháng 11/2022\n"
        "- Tổng số cuộc tấn công mạng gây sự cố: 1.035\n"
        "  + Lừa đảo (Phishing): 412\n"
        "  + Thay đổi giao diện (Deface): 366\n"
        "  + Mã độc (Malware): 257\n"
        "- Địa chỉ IP botnet: 540.112 (tăng 1,7%)",
        "2022-12-06",
        [
            ("cyberattacks", "national", "month", "2022-11-30", 1035.0),
            ("botnet_ips", "national", "as_of", "2022-11-30", 540112.0),
        ],
    ),
    # 36 bulletin lines: month + cumulative 8 months
    (
        "Tóm tắt tháng 8/2023:\n"
        "- Số cuộc tấn công mạng gây sự cố trong tháng: 1.061 (giảm 4,1%)\n"
        "- Lũy kế 8 tháng: 8.590\n"
        "- So với cùng kỳ năm 2022: giảm 9,7%",
        "2023-09-07",
        [
            ("cyberattacks", "national", "month", "2023-08-31", 1061.0),
            ("cyberattacks", "national", "ytd", "2023-08-31", 8590.0),
        ],
    ),
    # 37 total + phishing subset
    (
        "Trong tháng 1/2024, Cục An toàn thông tin ghi nhận 1.196 cuộc tấn công mạng gây sự cố; riêng tấn công "
        "lừa đảo (phishing) nhằm vào người dùng Việt Nam là 574 cuộc, chiếm 48%.",
        "2024-02-06",
        [("cyberattacks", "national", "month", "2024-01-31", 1196.0)],
    ),
    # 38 TRAP: remainder
    (
        "Vẫn còn 1.420 hệ thống thông tin của các bộ, ngành, địa phương chưa được phê duyệt hồ sơ đề xuất cấp độ, "
        "tương đương 14,2% tổng số hệ thống.",
        "2023-04-12",
        [],
    ),
    # 39 level + target (partial trap)
    (
        "Đến hết năm 2022, 68,5% hệ thống thông tin của cơ quan nhà nước đã được phê duyệt cấp độ; mục tiêu năm "
        "2023 là 100% hệ thống được phê duyệt và triển khai đầy đủ phương án bảo đảm an toàn.",
        "2023-02-14",
        [("info_systems_level_approved_rate", "national", "as_of", "2022-12-31", 68.5)],
    ),
    # 40 NDXP cumulative since January (period flow, ytd)
    (
        "Từ đầu năm 2023 đến ngày 30/11/2023, NDXP đã xử lý 998,4 triệu giao dịch giữa các bộ, ngành, địa phương.",
        "2023-12-05",
        [("ndxp_transactions_period", "national", "ytd", "2023-11-30", 998400000.0)],
    ),
    # 41 NDXP quarter + per day
    (
        "Quý I/2025, tổng số giao dịch thực hiện qua NDXP đạt 312,6 triệu, bình quân khoảng 3,47 triệu giao dịch "
        "mỗi ngày.",
        "2025-04-09",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 312600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3470000.0),
        ],
    ),
    # 42 TRAP: changes only
    (
        "So với cuối năm 2022, số cơ quan, đơn vị kết nối NDXP tăng thêm 9 đơn vị và số điểm kết nối tăng thêm 41 "
        "điểm.",
        "2024-01-12",
        [],
    ),
    # 43 connected agencies; LGSP subset not a value
    (
        "Tính đến tháng 6/2022, NDXP đã kết nối với hệ thống của 95 cơ quan, đơn vị; trong đó có 85 nền tảng LGSP "
        "của các bộ, ngành, địa phương.",
        "2022-07-10",
        [("ndxp_connected_agencies", "national", "as_of", "2022-06-30", 95.0)],
    ),
    # 44 TRAP: vendor figure for another country
    (
        "Theo báo cáo của Check Point, năm 2023 mỗi tổ chức tại Singapore phải chống đỡ trung bình 1.800 cuộc tấn "
        "công mạng mỗi tuần, còn tại Thái Lan con số này là 2.100 cuộc.",
        "2024-02-01",
        [],
    ),
    # 45 TRAP: counts of documents and drills
    (
        "Năm 2023, Bộ TT&TT đã ban hành 12 văn bản hướng dẫn về bảo đảm an toàn hệ thống thông tin theo cấp độ và "
        "tổ chức 5 cuộc diễn tập thực chiến với sự tham gia của 150 đơn vị.",
        "2023-12-30",
        [],
    ),
    # 46 flow of activations is a trap; stock total is the value
    (
        "Riêng trong năm 2023, có thêm 31,5 triệu tài khoản VNeID được kích hoạt, nâng tổng số tài khoản định danh "
        "điện tử đã kích hoạt lên 45,7 triệu tính đến ngày 31/12/2023.",
        "2024-01-05",
        [("vneid_activated_accounts", "national", "as_of", "2023-12-31", 45700000.0)],
    ),
    # 47 'đến nay' with published date
    (
        "Đến nay, cả nước đã cấp 91,2 triệu thẻ căn cước gắn chip và hơn 79 triệu tài khoản định danh điện tử đã "
        "được kích hoạt.",
        "2025-03-14",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-14", 91200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-14", 79000000.0),
        ],
    ),
    # 48 TRAP: one ministry's portal
    (
        "Trong tháng 5/2023, cổng thông tin điện tử của Bộ Giáo dục và Đào tạo ghi nhận 37 cuộc tấn công gây sự cố, "
        "chủ yếu là tấn công từ chối dịch vụ trong mùa tuyển sinh.",
        "2023-06-02",
        [],
    ),
    # 49 TRAP: operator's own figure
    (
        "VNPT cho biết hệ thống phòng chống DDoS của tập đoàn đã chặn 2,1 triệu cuộc tấn công trong năm 2024 và "
        "bảo vệ hơn 3.000 hệ thống thông tin của khách hàng.",
        "2025-01-22",
        [],
    ),
    # 50 Đề án 06 multi-figure sentence
    (
        "Theo Tổ công tác Đề án 06, tính đến ngày 30/4/2025, NDXP đã kết nối 117 cơ quan, đơn vị với 345 điểm kết "
        "nối; lũy kế giao dịch từ năm 2019 đạt 3,34 tỷ; số tài khoản VNeID đã kích hoạt là 81,6 triệu.",
        "2025-05-06",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-30", 117.0),
            ("ndxp_connection_points", "national", "as_of", "2025-04-30", 345.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 3340000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-30", 81600000.0),
        ],
    ),
    # 51 TRAP: forecast for NDXP
    (
        "Bộ dự kiến đến cuối năm 2025, tổng số giao dịch qua NDXP sẽ vượt 4 tỷ và số giao dịch trung bình mỗi "
        "ngày đạt 5 triệu.",
        "2025-06-10",
        [],
    ),
    # 52 TRAP: full-year estimate published before year end
    (
        "Ước cả năm 2024, số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam vào khoảng "
        "12.900 cuộc.",
        "2024-12-20",
        [],
    ),
    # 53 'từ đầu năm đến nay' -> ytd ending on the published date
    (
        "Từ đầu năm đến nay, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 4.108 cuộc tấn công mạng gây "
        "sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2024-05-15",
        [("cyberattacks", "national", "ytd", "2024-05-15", 4108.0)],
    ),
    # 54 province vs national rate
    (
        "Tính đến 31/3/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ cấp độ của Thừa Thiên Huế đạt 100%, "
        "trong khi tỷ lệ chung của cả nước là 79,2%.",
        "2024-04-16",
        [
            ("info_systems_level_approved_rate", "Thừa Thiên Huế", "as_of", "2024-03-31", 100.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-03-31", 79.2),
        ],
    ),
    # 55 level-3 subset is a trap
    (
        "Tính đến 31/12/2024, 88,1% hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt cấp độ; riêng "
        "nhóm hệ thống từ cấp độ 3 trở lên đạt 92,4%.",
        "2025-01-20",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 88.1)],
    ),
]
