"""Round 34 blind genre probes for the Vietnamese KPI extractor, aimed at the thin families
(2023-2026): cybersecurity (attacks causing incidents, botnet IP addresses, information systems
with an approved security level, with phishing/malware sub-counts, vendors' and operators' own
figures, decrees and drills as distractors), NDXP data sharing (monthly, quarterly, yearly and
cumulative transactions, daily averages, connection points and connected agencies, a table
written as lines, a province's own LGSP beside its NDXP traffic, national databases that have no
id), digital identity and signatures (activated VNeID accounts, chip ID cards, digital
certificates that have no id), and digital payments and the digital economy (Mobile Money,
adults with a payment account, e-invoices, online payments on the National Portal, the digital
economy's share of GDP/GRDP and its growth, the UN EGDI rank, non-cash payment changes and a
vendor's regional report as negatives), with one case each for 5G/broadband and e-services so
that every family of the catalog is touched.  Each case is (text, published ISO date or None,
expected values as (indicator_id, breakdown, period_kind, period_end ISO, value)).
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # cyber: a monthly NCSC total after "trong tháng" with phishing/deface/malware sub-counts after "Trong đó" and a month-on-month change (only the total is stored)
    (
        "Báo cáo tình hình an toàn thông tin mạng tháng 3/2024 của Cục An toàn thông tin cho biết, "
        "trong tháng, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) "
        "đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.183 cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin tại Việt Nam.\n"
        "Trong đó có 540 cuộc tấn công lừa đảo (Phishing), 420 cuộc tấn công thay đổi giao diện (Deface) "
        "và 223 cuộc tấn công cài mã độc (Malware).\n"
        "So với tháng 2/2024, số cuộc tấn công giảm 9,3%.",
        "2024-04-05",
        [("cyberattacks", "national", "month", "2024-03-31", 1183)],
    ),
    # cyber: a year-end review ("Tổng kết công tác năm 2023", "cả năm") with "sự cố tấn công mạng" and an undated botnet level dated to the year's end
    (
        "Tổng kết công tác năm 2023, Cục An toàn thông tin cho biết cả năm đã ghi nhận 13.900 sự cố "
        "tấn công mạng vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022.\n"
        "Số địa chỉ IP Việt Nam nằm trong mạng máy tính ma (botnet) ở mức khoảng 620.000, giảm 28,5% "
        "so với cuối năm trước.",
        "2024-01-12",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("botnet_ips", "national", "as_of", "2023-12-31", 620000),
        ],
    ),
    # cyber: "Quý I/2025 ... ở mức 2.914 vụ" with "vụ" as the noun, then "Riêng tháng 3/2025 ghi nhận 1.027 vụ"
    (
        "Quý I/2025, số vụ tấn công mạng gây sự cố nhằm vào các hệ thống thông tin tại Việt Nam ở mức "
        "2.914 vụ, chủ yếu là lừa đảo trực tuyến và cài mã độc.\n"
        "Riêng tháng 3/2025 ghi nhận 1.027 vụ.",
        "2025-04-08",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 2914),
            ("cyberattacks", "national", "month", "2025-03-31", 1027),
        ],
    ),
    # cyber: press lead "6 tháng đầu năm 2024, ... hứng chịu 5.408 cuộc tấn công mạng gây ra sự cố", source after the figure, a year-on-year fall not stored
    (
        "Tấn công mạng vào hệ thống thông tin Việt Nam giảm mạnh trong nửa đầu năm\n"
        "6 tháng đầu năm 2024, các hệ thống thông tin tại Việt Nam hứng chịu 5.408 cuộc tấn công mạng "
        "gây ra sự cố, giảm 37,4% so với cùng kỳ năm 2023, theo Cục An toàn thông tin (Bộ Thông tin và "
        "Truyền thông).",
        "2024-07-10",
        [("cyberattacks", "national", "half", "2024-06-30", 5408)],
    ),
    # negative: an operator's own report (Viettel Cyber Security: APT attacks, leaked accounts) and the world's ransomware figures
    (
        "Theo Báo cáo tình hình an ninh mạng năm 2024 do Công ty An ninh mạng Viettel (Viettel Cyber "
        "Security) công bố, trong năm, Viettel đã phát hiện hơn 3.300 cuộc tấn công có chủ đích (APT) "
        "và 14,2 triệu tài khoản bị lộ lọt trên không gian mạng.\n"
        "Trên thế giới, số vụ tấn công bằng mã độc tống tiền (ransomware) năm 2024 tăng khoảng 36% so "
        "với năm 2023, với 5.414 nạn nhân được công bố.",
        "2024-12-20",
        [],
    ),
    # negative: a vendor's survey (Bkav) with a damage figure in tỷ đồng and shares of respondents / infected computers
    (
        "Theo khảo sát của Bkav, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam trong "
        "năm 2023 ước tính 18.900 tỷ đồng.\n"
        "Có 62% người dùng được hỏi cho biết đã từng nhận tin nhắn, cuộc gọi lừa đảo; 14,8% máy tính "
        "tại Việt Nam bị nhiễm mã độc đánh cắp dữ liệu.",
        "2024-01-05",
        [],
    ),
    # cyber: ministry monthly report as a bulleted list, month flow then "lũy kế 5 tháng đầu năm là 4.987 cuộc" (ytd); 100% connected to NCSC's monitoring has no id
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "- An toàn thông tin: trong tháng 5, NCSC đã ghi nhận 1.021 cuộc tấn công mạng gây sự cố vào "
        "các hệ thống thông tin tại Việt Nam; lũy kế 5 tháng đầu năm là 4.987 cuộc.\n"
        "- 100% bộ, ngành, địa phương đã kết nối với hệ thống giám sát an toàn thông tin của NCSC.",
        "2025-06-06",
        [
            ("cyberattacks", "national", "month", "2025-05-31", 1021),
            ("cyberattacks", "national", "ytd", "2025-05-31", 4987),
        ],
    ),
    # cyber: botnet level "Tính đến ngày 30/9/2024 ... thuộc các mạng botnet ... là khoảng 578.000 địa chỉ" with a year-on-year fall
    (
        "Tính đến ngày 30/9/2024, số lượng địa chỉ IP của Việt Nam thuộc các mạng botnet được ghi nhận "
        "là khoảng 578.000 địa chỉ, giảm 24% so với cùng kỳ năm ngoái.\n"
        "Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức rà soát, bóc gỡ mã độc.",
        "2024-10-10",
        [("botnet_ips", "national", "as_of", "2024-09-30", 578000)],
    ),
    # cyber: level-approval rate with the khối bộ, ngành / khối địa phương split in parentheses, then a 2025 target (not stored)
    (
        "Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tính đến ngày 15/4/2025, tỷ lệ hệ thống "
        "thông tin đã được phê duyệt hồ sơ đề xuất cấp độ là 91,6% (khối bộ, ngành: 95,2%; khối địa "
        "phương: 88,7%).\n"
        "Mục tiêu đến hết năm 2025 là 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy "
        "đủ phương án bảo vệ.",
        "2025-04-20",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-04-15", 91.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-04-15", 95.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-04-15", 88.7),
        ],
    ),
    # cyber, provincial portal: "Toàn tỉnh Quảng Ninh hiện có 186 hệ thống thông tin, 100% đã được phê duyệt ..." (as_of the page date); blocked accesses and vulnerabilities have no id
    (
        "Toàn tỉnh Quảng Ninh hiện có 186 hệ thống thông tin, 100% đã được phê duyệt hồ sơ đề xuất cấp "
        "độ an toàn thông tin.\n"
        "Trong 10 tháng đầu năm 2024, Trung tâm Giám sát, điều hành an toàn thông tin của tỉnh đã phát "
        "hiện, ngăn chặn hơn 12.000 lượt truy cập bất thường và cảnh báo 35 lỗ hổng bảo mật.",
        "2024-11-18",
        [("info_systems_level_approved_rate", "Quảng Ninh", "as_of", "2024-11-18", 100.0)],
    ),
    # negative: counts of decrees, circulars, national drills ("3 cuộc diễn tập") and licences in a cyber year review
    (
        "Hoàn thiện hành lang pháp lý về an toàn thông tin mạng\n"
        "Năm 2024, Bộ Thông tin và Truyền thông đã tham mưu trình Chính phủ ban hành 2 nghị định và ban "
        "hành 5 thông tư về an toàn thông tin mạng; tổ chức 3 cuộc diễn tập thực chiến quốc gia với sự "
        "tham gia của 63 tỉnh, thành phố; cấp 15 giấy phép kinh doanh sản phẩm, dịch vụ an toàn thông "
        "tin mạng.",
        "2024-12-28",
        [],
    ),
    # NDXP: monthly report sentence with month flow, "bình quân 2,98 triệu giao dịch/ngày", ytd "lũy kế 4 tháng đầu năm" and the running total since launch
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025 nêu rõ: trong tháng 4, Nền tảng tích hợp, chia sẻ "
        "dữ liệu quốc gia (NDXP) ghi nhận 89,4 triệu giao dịch, bình quân 2,98 triệu giao dịch/ngày; "
        "lũy kế 4 tháng đầu năm 2025 đạt 312,5 triệu giao dịch.\n"
        "Lũy kế từ khi đưa vào vận hành, tổng số giao dịch qua NDXP đạt 3,84 tỷ giao dịch.",
        "2025-05-07",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 89400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 2980000),
            ("ndxp_transactions_period", "national", "ytd", "2025-04-30", 312500000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 3840000000),
        ],
    ),
    # NDXP: a table written as lines with a month column and a cumulative column; dashes for empty cells
    (
        "Bảng 3. Kết quả vận hành NDXP\n"
        "Chỉ tiêu | Tháng 6/2024 | Lũy kế đến 30/6/2024\n"
        "Số giao dịch (giao dịch) | 72.315.468 | 2.851.004.327\n"
        "Bình quân mỗi ngày (giao dịch/ngày) | 2.410.516 | –\n"
        "Số điểm kết nối | – | 145",
        "2024-07-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-06-30", 72315468),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2851004327),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2410516),
            ("ndxp_connection_points", "national", "as_of", "2024-06-30", 145),
        ],
    ),
    # NDXP: press quote, "đến nay ... đã chạm mốc 2,1 tỷ giao dịch kể từ khi khai trương năm 2019" (as_of the page date; 2019 is not a value)
    (
        "Phát biểu tại hội thảo, đại diện Cục Chuyển đổi số quốc gia cho biết đến nay NDXP đã chạm mốc "
        '2,1 tỷ giao dịch kể từ khi khai trương năm 2019, trở thành "xương sống" của việc chia sẻ dữ '
        "liệu giữa các cơ quan nhà nước.\n"
        "Nền tảng do Bộ Thông tin và Truyền thông xây dựng và vận hành.",
        "2024-05-20",
        [("ndxp_transactions_cumulative", "national", "as_of", "2024-05-20", 2100000000)],
    ),
    # NDXP: connected agencies "kết nối với 105 cơ quan, đơn vị (...)" and "thiết lập 1.240 điểm kết nối"; the count of CSDL ready to share has no id
    (
        "Kết quả kết nối, chia sẻ dữ liệu qua NDXP\n"
        "Tính đến hết tháng 9/2023, NDXP đã kết nối với 105 cơ quan, đơn vị (bộ, ngành, địa phương và "
        "một số doanh nghiệp), thiết lập 1.240 điểm kết nối; 8 CSDL quốc gia, CSDL chuyên ngành đã sẵn "
        "sàng chia sẻ dữ liệu qua nền tảng.",
        "2023-10-16",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-09-30", 105),
            ("ndxp_connection_points", "national", "as_of", "2023-09-30", 1240),
        ],
    ),
    # negative: national databases (dân cư, đất đai) connected to ministries and provinces, verification requests, 42/63 provinces: none has an id
    (
        "Đến nay, Cơ sở dữ liệu quốc gia về dân cư đã kết nối, chia sẻ với 13 bộ, ngành, 63 địa phương "
        "và 3 doanh nghiệp nhà nước, tiếp nhận hơn 1,3 tỷ yêu cầu xác thực, tra cứu thông tin công dân.\n"
        "Cơ sở dữ liệu quốc gia về đất đai đã đồng bộ dữ liệu của 42/63 tỉnh, thành phố.",
        "2024-08-15",
        [],
    ),
    # NDXP: "Quý II/2025, tổng số giao dịch qua NDXP đạt 287,6 triệu" (quarter), "Tính riêng tháng 6, con số này là ..." (month), a milestone "100 triệu giao dịch/tháng" not stored
    (
        "Quý II/2025, tổng số giao dịch qua NDXP đạt 287,6 triệu, tăng 18% so với quý I/2025.\n"
        "Tính riêng tháng 6, con số này là 101,2 triệu giao dịch, lần đầu tiên vượt mốc 100 triệu giao "
        "dịch/tháng.",
        "2025-07-09",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 287600000),
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 101200000),
        ],
    ),
    # NDXP: a year's traffic "Năm 2024 ... khoảng 1,09 tỷ giao dịch" and "trung bình gần 3 triệu giao dịch mỗi ngày" over the year; "gấp 1,5 lần" not stored
    (
        "Năm 2024, NDXP đã thực hiện khoảng 1,09 tỷ giao dịch, trung bình gần 3 triệu giao dịch mỗi "
        "ngày, gấp 1,5 lần năm 2023.\n"
        "Các giao dịch chủ yếu phục vụ giải quyết thủ tục hành chính, tra cứu thông tin doanh nghiệp, đất đai và bảo hiểm xã hội.",
        "2025-01-15",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1090000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 3000000),
        ],
    ),
    # NDXP, province: the province's own LGSP traffic (not NDXP) beside its transactions "thông qua NDXP" (province breakdown)
    (
        "Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh Thái Nguyên (LGSP) ghi nhận 12,6 triệu "
        "giao dịch.\n"
        "Cũng trong năm, các hệ thống thông tin của tỉnh đã thực hiện hơn 1,8 triệu giao dịch với các "
        "bộ, ngành thông qua NDXP.",
        "2025-01-20",
        [("ndxp_transactions_period", "Thái Nguyên", "year", "2024-12-31", 1800000)],
    ),
    # NDXP, interview: "Hiện nay, mỗi ngày NDXP xử lý khoảng 4 triệu giao dịch" (day_avg at the page date), a 2030 target in the same quote
    (
        "Dữ liệu phải được chia sẻ để người dân không phải khai báo nhiều lần\n"
        'Trả lời phỏng vấn, Cục trưởng Cục Chuyển đổi số quốc gia cho biết: "Hiện nay, mỗi ngày NDXP '
        "xử lý khoảng 4 triệu giao dịch, gấp đôi so với cách đây hai năm. Mục tiêu là đến năm 2030 đạt "
        '10 triệu giao dịch/ngày."',
        "2025-03-12",
        [("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-12", 4000000)],
    ),
    # identity: one clause with chip cards ("thẻ căn cước gắn chip", post-2024 wording) and activated VNeID accounts, both as of a stated day
    (
        "Đề án 06: cập nhật kết quả cấp căn cước và định danh điện tử\n"
        "Tính đến ngày 15/4/2025, Bộ Công an đã cấp 87,3 triệu thẻ căn cước gắn chip và kích hoạt "
        "57,6 triệu tài khoản định danh điện tử (VNeID) cho công dân.",
        "2025-04-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87300000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 57600000),
        ],
    ),
    # identity: applications received (no id) then "trong đó đã kích hoạt 49,3 triệu tài khoản" (another indicator, stored) and the activation rate (no id); Feb of a leap year
    (
        "Đến hết tháng 2/2024, cả nước đã thu nhận 80,5 triệu hồ sơ cấp tài khoản định danh điện tử, "
        "trong đó đã kích hoạt 49,3 triệu tài khoản, đạt tỷ lệ 61,2%.\n"
        "Bộ Công an đề nghị các địa phương đẩy nhanh tiến độ kích hoạt, nhất là tại vùng sâu, vùng xa.",
        "2024-03-05",
        [("vneid_activated_accounts", "national", "as_of", "2024-02-29", 49300000)],
    ),
    # identity, province: "Trên địa bàn tỉnh Bắc Ninh ... đến nay đã kích hoạt thành công 1.045.320 tài khoản" and "cấp hơn 1,2 triệu thẻ" (province, as_of page date); 98,6% of requests has no id
    (
        "Bắc Ninh đẩy mạnh triển khai Đề án 06\n"
        "Trên địa bàn tỉnh Bắc Ninh, Công an tỉnh đến nay đã kích hoạt thành công 1.045.320 tài khoản "
        "định danh điện tử, đạt 98,6% số hồ sơ đề nghị; cấp hơn 1,2 triệu thẻ căn cước công dân gắn chip.",
        "2024-09-10",
        [
            ("vneid_activated_accounts", "Bắc Ninh", "as_of", "2024-09-10", 1045320),
            ("chip_id_cards_issued", "Bắc Ninh", "as_of", "2024-09-10", 1200000),
        ],
    ),
    # negative: digital signature certificates (NEAC), personal signatures after "trong đó", remote signing "gấp 3 lần", licensed providers: no id
    (
        "Theo Trung tâm Chứng thực điện tử quốc gia (NEAC), đến hết năm 2024, cả nước có khoảng 12,4 "
        "triệu chứng thư chữ ký số đang hoạt động, trong đó chữ ký số cá nhân chiếm 9,8 triệu; chữ ký số "
        "từ xa tăng gấp 3 lần so với năm 2023.\n"
        "Hiện có 22 doanh nghiệp được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng.",
        "2025-02-14",
        [],
    ),
    # identity: "Tính đến hết năm 2023 ... 84,6 triệu thẻ Căn cước công dân gắn chip" beside digital signatures integrated in VNeID (no id)
    (
        "Tính đến hết năm 2023, Bộ Công an đã cấp 84,6 triệu thẻ Căn cước công dân gắn chip; tích hợp "
        "chữ ký số trên ứng dụng VNeID cho 1,5 triệu công dân.\n"
        "Người dân có thể dùng chữ ký số này để ký hồ sơ dịch vụ công trực tuyến.",
        "2024-01-08",
        [("chip_id_cards_issued", "national", "as_of", "2023-12-31", 84600000)],
    ),
    # e-services (identity-linked): quarterly rates "hồ sơ TTHC được gắn mã định danh cá nhân, tổ chức" and "hồ sơ cấp kết quả điện tử là 79,4%"
    (
        "Báo cáo kết quả thực hiện Đề án 06 quý III/2024\n"
        "Trong quý III/2024, tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân, tổ chức đạt 96,8%; tỷ lệ "
        "hồ sơ cấp kết quả điện tử là 79,4%.",
        "2024-10-08",
        [
            ("dossiers_with_personal_id_rate", "national", "quarter", "2024-09-30", 96.8),
            ("e_result_rate", "national", "quarter", "2024-09-30", 79.4),
        ],
    ),
    # payments: Mobile Money customers at the end of a month with rural customers after "trong đó" and transactions/value (no id)
    (
        "Theo Ngân hàng Nhà nước, tính đến cuối tháng 3/2024, dịch vụ Mobile Money có khoảng 8,1 triệu "
        "khách hàng đăng ký, trong đó khoảng 5,6 triệu khách hàng ở khu vực nông thôn, miền núi, vùng "
        "sâu, vùng xa; tổng số giao dịch đạt hơn 87 triệu với giá trị 1.900 tỷ đồng.\n"
        "Ngân hàng Nhà nước đánh giá Mobile Money góp phần thúc đẩy tài chính toàn diện.",
        "2024-04-15",
        [("mobile_money_customers", "national", "as_of", "2024-03-31", 8100000)],
    ),
    # payments: adults with an account "Đến cuối năm 2024 ... đạt khoảng 87%", "vượt mục tiêu 80% đặt ra cho năm 2025" not stored
    (
        "Tài chính toàn diện: nhiều chỉ tiêu về đích sớm\n"
        "Đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng "
        "87%, vượt mục tiêu 80% đặt ra cho năm 2025 tại Chiến lược tài chính toàn diện quốc gia.",
        "2025-01-22",
        [("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.0)],
    ),
    # negative: non-cash payment growth by count/value and QR growth year on year, a count of payment providers
    (
        "Quý I/2025, thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh, tăng 43,6% về số lượng "
        "và 12,4% về giá trị so với cùng kỳ năm 2024; riêng thanh toán qua mã QR tăng 68,2% về số "
        "lượng.\n"
        "Có 113 tổ chức cung ứng dịch vụ thanh toán đã triển khai thanh toán qua Internet.",
        "2025-04-25",
        [],
    ),
    # e-invoices: "lên tới hơn 8,4 tỷ hóa đơn điện tử" as of a day, coded invoices after "trong đó" and the month's cash-register invoices not stored
    (
        "Tính đến ngày 30/6/2024, số hóa đơn điện tử cơ quan thuế đã tiếp nhận và xử lý lên tới hơn 8,4 "
        "tỷ hóa đơn, trong đó có 2,7 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Riêng trong tháng 6, có 16,4 triệu hóa đơn được khởi tạo từ máy tính tiền.",
        "2024-07-12",
        [("e_invoices_total", "national", "as_of", "2024-06-30", 8400000000)],
    ),
    # digital economy: "Năm 2024, kinh tế số ... ước chiếm khoảng 18,3% GDP, tốc độ tăng trưởng khoảng 20%" (share and growth of one year)
    (
        "Năm 2024, kinh tế số Việt Nam ước chiếm khoảng 18,3% GDP, tốc độ tăng trưởng khoảng 20%, cao "
        "gấp ba lần tốc độ tăng trưởng GDP.\n"
        "Thương mại điện tử và các nền tảng số tiếp tục là động lực chính.",
        "2025-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # digital economy, mixed: 2023's share stored; 2025/2030 targets and the sectoral minimum not stored
    (
        "Tỷ trọng kinh tế số trong GDP năm 2023 đạt 16,5%.\n"
        "Nghị quyết đề ra mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP và đến năm 2030 đạt 30% GDP; "
        "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.",
        "2024-05-10",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5)],
    ),
    # digital economy, province: "kinh tế số của tỉnh Bắc Giang đóng góp khoảng 12,8% GRDP" and a place among provinces ("đứng thứ 6", no id)
    (
        "Bắc Giang: kinh tế số từng bước trở thành động lực tăng trưởng\n"
        "Năm 2023, kinh tế số của tỉnh Bắc Giang đóng góp khoảng 12,8% GRDP, đứng thứ 6 cả nước về tỷ "
        "trọng kinh tế số trong GRDP.",
        "2024-03-28",
        [("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 12.8)],
    ),
    # negative: a vendor report (e-Conomy SEA by Google, Temasek, Bain): GMV in USD, its 16% rise and the region's figure
    (
        "Kinh tế số Việt Nam tiếp tục tăng trưởng nhanh\n"
        "Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, tổng giá trị hàng hóa "
        "giao dịch (GMV) của nền kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16% so với năm trước, "
        "thuộc nhóm tăng trưởng nhanh nhất khu vực; kinh tế số Đông Nam Á đạt khoảng 263 tỷ USD.",
        "2024-11-12",
        [],
    ),
    # payments on the National Portal: month flows ("Riêng tháng 5/2025 ... với số tiền 1.085 tỷ đồng") to the _new twins, cumulative "12,9 nghìn tỷ đồng" to the stocks
    (
        "Riêng tháng 5/2025, Cổng Dịch vụ công quốc gia ghi nhận 1,2 triệu giao dịch thanh toán trực "
        "tuyến với số tiền 1.085 tỷ đồng.\n"
        "Tính đến ngày 31/5/2025, lũy kế có 48,6 triệu giao dịch thanh toán trực tuyến, tổng số tiền hơn "
        "12,9 nghìn tỷ đồng.",
        "2025-06-05",
        [
            ("online_payments_count_new", "national", "month", "2025-05-31", 1200000),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1085),
            ("online_payments_count", "national", "as_of", "2025-05-31", 48600000),
            ("online_payments_value", "national", "as_of", "2025-05-31", 12900),
        ],
    ),
    # EGDI: "lên vị trí 71/193" in the 2024 UN survey (year edition), "tăng 15 bậc" and Korea's rank not stored
    (
        "Việt Nam lần đầu tiên vào nhóm rất cao về Chính phủ điện tử\n"
        "Trong Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam tăng 15 bậc, lên "
        "vị trí 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), lần đầu tiên thuộc nhóm "
        "rất cao; Hàn Quốc đứng thứ 4.",
        "2025-01-10",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    # digital economy, city: growth stated as "tăng trưởng 11,6% so với năm 2022" (growth is the indicator) and "đóng góp 18,2% GRDP"
    (
        "Kinh tế số thành phố Đà Nẵng năm 2023 tăng trưởng 11,6% so với năm 2022 và đóng góp 18,2% "
        "GRDP của thành phố.\n"
        "Thành phố hướng tới xây dựng đô thị thông minh, kết nối mạng lưới đô thị thông minh ASEAN.",
        "2024-04-02",
        [
            ("digital_economy_growth", "Đà Nẵng", "year", "2023-12-31", 11.6),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.2),
        ],
    ),
    # infrastructure: "hơn 8.500 trạm BTS 5G", "vùng phủ sóng 5G đạt khoảng 26% dân số" at the end of a month; Viettel's own stations not stored
    (
        "Hạ tầng 5G được mở rộng nhanh\n"
        "Tính đến hết tháng 6/2025, các doanh nghiệp viễn thông đã lắp đặt hơn 8.500 trạm BTS 5G, vùng "
        "phủ sóng 5G đạt khoảng 26% dân số; riêng Viettel đã phát sóng 6.500 trạm.",
        "2025-07-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 8500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # infrastructure: download speeds with "(tải xuống)"/"(tải lên)" in parentheses; upload speed and world place not stored
    (
        "Tốc độ Internet của Việt Nam tiếp tục cải thiện\n"
        "Trong tháng 9/2024, tốc độ truy cập Internet băng rộng cố định của Việt Nam đạt 128,46 Mbps "
        "(tải xuống) và 130,2 Mbps (tải lên); tốc độ băng rộng di động đạt 77,44 Mbps, xếp thứ 41 thế "
        "giới.",
        "2024-10-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 128.46),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 77.44),
        ],
    ),
    # e-services: month's full-process dossier rate with the khối bộ, ngành / khối địa phương split; "tỷ lệ thanh toán trực tuyến" (no id) not stored
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 (trích)\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 5/2025 đạt 45,6% (khối bộ, ngành: 52,1%; khối địa "
        "phương: 41,2%); tỷ lệ thanh toán trực tuyến đạt 38%.",
        "2025-06-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 45.6),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 52.1),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 41.2),
        ],
    ),
]
