"""Blind genre probes, round 22: provincial texts (provincial newspapers, provincial portals,
Sở KH&CN / Sở TT&TT reports, Công an tỉnh news) from 2023-2025, including texts written after the
1 July 2025 merger ("tỉnh … (mới)", communes instead of districts). Each case states one
province's own figures (online services and dossiers, full-process shares, e-results, reuse of
digitised data, satisfaction, VNeID, chip cards, fibre households, 5G stations and coverage,
dead-zone villages, speeds, digital economy share of GRDP, cyberattacks, botnet IPs) often with a
national figure beside it for comparison, sometimes two provinces, a ministry report's bộ/ngành
and địa phương blocks, or national NDXP / EGDI / EMC figures quoted in a provincial article. About
a fifth of the cases are negative or mixed: district and commune figures, targets (the province's
own and another province's plan), year-on-year changes, an operator's own stations, sub-counts
after "trong đó", counts of documents, metrics without a catalog id, and an undatable "hiện" with
no published date. Written for the project from the genre's usual phrasings (not copied from any
page).
"""

CASES = [
    # Province stock rates as of a date, "trong đó" full-process share (another indicator, kept), half-year dossier rate with the national average in parentheses; DTI rank has no id.
    (
        "Báo Nghệ An - Theo báo cáo của Sở Thông tin và Truyền thông, tính đến ngày 30/6/2024, "
        "toàn tỉnh Nghệ An cung cấp 1.612 dịch vụ công trực tuyến, đạt tỷ lệ 83,6% trên tổng số TTHC; "
        "trong đó DVC trực tuyến toàn trình là 1.018, chiếm 52,8%.\n"
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 48,3%, cao hơn mức bình quân "
        "chung của cả nước (42,1%).\n"
        "Nghệ An hiện xếp thứ 21/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.",
        "2024-07-05",
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2024-06-30", 83.6),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2024-06-30", 52.8),
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 48.3),
            ("online_dossier_rate", "national", "half", "2024-06-30", 42.1),
        ],
    ),
    # Quarter of a provincial portal: online-part share after "trong đó", full-process dossiers, e-results; digitisation and on-time rates have no id.
    (
        "Cổng TTĐT tỉnh Thanh Hóa - Quý I/2025, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận "
        "412.560 hồ sơ TTHC, trong đó tiếp nhận trực tuyến 298.115 hồ sơ, chiếm 72,26%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,5%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC "
        "đạt 88,9%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 91,3%.\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%.",
        "2025-04-10",
        [
            ("online_dossier_rate", "Thanh Hóa", "quarter", "2025-03-31", 72.26),
            ("online_dossier_full_process_rate", "Thanh Hóa", "quarter", "2025-03-31", 41.5),
            ("e_result_rate", "Thanh Hóa", "quarter", "2025-03-31", 91.3),
        ],
    ),
    # Post-merger "tỉnh Phú Thọ (mới)": chip cards ("thẻ Căn cước gắn chip") and activated VNeID accounts; commune count and population are not values.
    (
        "Công an tỉnh Phú Thọ - Sau khi hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình, tỉnh Phú Thọ (mới) "
        "có 148 đơn vị hành chính cấp xã với gần 4 triệu dân.\n"
        "Tính đến ngày 31/7/2025, Công an tỉnh đã cấp 3.127.450 thẻ Căn cước gắn chip; "
        "kích hoạt 2.284.600 tài khoản định danh điện tử (VNeID).\n"
        "Toàn tỉnh đã làm sạch hơn 3,6 triệu dữ liệu dân cư.",
        "2025-08-12",
        [
            ("chip_id_cards_issued", "Phú Thọ", "as_of", "2025-07-31", 3127450),
            ("vneid_activated_accounts", "Phú Thọ", "as_of", "2025-07-31", 2284600),
        ],
    ),
    # Mixed: the province's 2025 plan (three targets, not stored) then the 2024 GRDP share with a change in points (not stored).
    (
        "Báo Hà Tĩnh - Kế hoạch chuyển đổi số năm 2025 của tỉnh đặt mục tiêu: 100% TTHC đủ điều kiện "
        "được cung cấp DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; "
        "kinh tế số chiếm 20% GRDP.\n"
        "Năm 2024, tỷ trọng kinh tế số trong GRDP của Hà Tĩnh ước đạt 8,6%, tăng 1,1 điểm phần trăm "
        "so với năm 2023.\n"
        "Tỉnh đã ban hành 14 kế hoạch, 36 văn bản chỉ đạo về chuyển đổi số.",
        "2025-02-18",
        [
            ("digital_economy_gdp_share", "Hà Tĩnh", "year", "2024-12-31", 8.6),
        ],
    ),
    # Negative: a district's and communes' figures and a district target; nothing is the province's.
    (
        "Huyện Diễn Châu (Nghệ An) - 9 tháng năm 2024, bộ phận một cửa huyện tiếp nhận 18.420 hồ sơ, "
        "tỷ lệ hồ sơ trực tuyến đạt 95,2%, tỷ lệ hồ sơ trực tuyến toàn trình 61,7%.\n"
        "Các xã Diễn Kỷ, Diễn Hồng đạt tỷ lệ 100% hồ sơ trực tuyến.\n"
        "Huyện phấn đấu đến cuối năm có 100% hộ gia đình sử dụng cáp quang.",
        "2024-10-02",
        [],
    ),
    # Công an tỉnh: activated accounts beside applications received and an activation rate (no id); national figure "cùng thời điểm".
    (
        "Công an tỉnh Quảng Ninh: tính đến ngày 15/4/2025, toàn tỉnh đã thu nhận 1.092.300 hồ sơ "
        "định danh điện tử mức độ 2, kích hoạt 985.412 tài khoản, đạt 90,2% số hồ sơ thu nhận.\n"
        "Cùng thời điểm, cả nước đã có hơn 58,6 triệu tài khoản định danh điện tử được kích hoạt.\n"
        "Quảng Ninh là một trong 10 địa phương dẫn đầu cả nước về thực hiện Đề án 06.",
        "2025-04-18",
        [
            ("vneid_activated_accounts", "Quảng Ninh", "as_of", "2025-04-15", 985412),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 58600000),
        ],
    ),
    # Post-merger Bắc Ninh: 5G stations, 5G population coverage ("vùng phủ sóng 5G đạt 78% dân số"), fibre households with "(cả nước: 83,5%)".
    (
        "Sở Khoa học và Công nghệ tỉnh Bắc Ninh cho biết, đến hết tháng 9/2025, toàn tỉnh có "
        "1.046 trạm BTS 5G, vùng phủ sóng 5G đạt 78% dân số.\n"
        "Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 92,4% (cả nước: 83,5%).\n"
        "100% xã, phường của tỉnh Bắc Ninh (mới) có điểm truy cập Internet công cộng.",
        "2025-10-08",
        [
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2025-09-30", 1046),
            ("fiveg_population_coverage_rate", "Bắc Ninh", "as_of", "2025-09-30", 78.0),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2025-09-30", 92.4),
            ("ftth_household_rate", "national", "as_of", "2025-09-30", 83.5),
        ],
    ),
    # Dead-zone villages: province level, electrified sub-count after "trong đó" (not stored), national level, villages cleared (not stored).
    (
        "Báo Điện Biên Phủ - Tính đến cuối tháng 10/2024, toàn tỉnh Điện Biên còn 98 thôn, bản lõm sóng, "
        "trong đó 41 thôn, bản đã có điện lưới quốc gia.\n"
        "Theo Bộ TT&TT, cả nước đến 31/10/2024 còn 1.211 thôn lõm sóng.\n"
        "Năm 2024, các doanh nghiệp đã xóa được 53 thôn, bản lõm sóng trên địa bàn tỉnh.",
        "2024-11-05",
        [
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-10-31", 98),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 1211),
        ],
    ),
    # Share of electrified dead-zone villages covered ("102/118 …, đạt 86,4%"); an operator's stations and the remainder to cover are not stored.
    (
        'Cổng TTĐT tỉnh Lai Châu - Thực hiện Chương trình "Sóng và máy tính cho em", đến ngày 30/11/2024, '
        "các doanh nghiệp viễn thông đã phủ sóng di động 102/118 thôn, bản lõm sóng có điện lưới "
        "trên địa bàn tỉnh, đạt 86,4%.\n"
        "Riêng Viettel đã lắp đặt mới 64 trạm BTS tại các thôn, bản vùng sâu.\n"
        "16 thôn, bản còn lại sẽ được phủ sóng trong quý I/2025.",
        "2024-12-06",
        [
            ("dead_zone_villages_covered_rate", "Lai Châu", "as_of", "2024-11-30", 86.4),
        ],
    ),
    # Province's 5G station total kept; the operators' own station counts and an operator's speed are not.
    (
        "Báo Nghệ An - Theo Sở TT&TT, đến ngày 15/3/2025, trên địa bàn tỉnh Nghệ An có 520 trạm phát sóng 5G "
        "của ba nhà mạng.\n"
        "Trong đó, Viettel Nghệ An đã đưa vào khai thác 301 trạm 5G, phủ sóng 100% trung tâm huyện, thị xã; "
        "VNPT Nghệ An có 146 trạm.\n"
        "Tốc độ tải xuống trung bình mạng 5G của Viettel đạt 420 Mbps.",
        "2025-03-20",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-03-15", 520),
        ],
    ),
    # Two provinces and the country in one sentence of GRDP shares ("là Thái Nguyên với 42,92%, tiếp đến là Bắc Ninh 29,73%"); a count of provinces is not stored.
    (
        "VnEconomy - Theo số liệu Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GRDP cao nhất "
        "là Thái Nguyên với 42,92%, tiếp đến là Bắc Ninh 29,73%.\n"
        "Bình quân cả nước, kinh tế số chiếm 12,33% GDP.\n"
        "Có tới 40 địa phương có tỷ trọng kinh tế số dưới 5%.",
        "2024-09-25",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 42.92),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.73),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # Công an tỉnh news: province's attacks in a year, articles removed (no id), national attacks with a change (change not stored).
    (
        "Công an tỉnh Gia Lai - Năm 2024, Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao "
        "đã phát hiện, xử lý 37 cuộc tấn công mạng vào hệ thống thông tin của các cơ quan nhà nước "
        "trên địa bàn tỉnh; gỡ bỏ 312 bài viết có nội dung xấu, độc.\n"
        "Trên phạm vi cả nước, năm 2024 ghi nhận 659 cuộc tấn công mạng gây sự cố vào các hệ thống "
        "thông tin tại Việt Nam, giảm 52,5% so với năm 2023.\n"
        "Công an tỉnh khuyến cáo người dân cảnh giác với các thủ đoạn lừa đảo trực tuyến.",
        "2025-01-10",
        [
            ("cyberattacks", "Gia Lai", "year", "2024-12-31", 37),
            ("cyberattacks", "national", "year", "2024-12-31", 659),
        ],
    ),
    # "Hiện nay" with a published date: level-approved systems (100%, "92/92") and an undated botnet stock (document date); a drill count and a change are not.
    (
        "Sở TT&TT Đồng Nai - Hiện nay, 100% hệ thống thông tin của tỉnh (92/92 hệ thống) đã được phê duyệt "
        "hồ sơ đề xuất cấp độ an toàn thông tin.\n"
        "Qua giám sát, trên địa bàn tỉnh có 4.512 địa chỉ IP nằm trong mạng botnet, giảm 38% so với "
        "cuối năm 2023.\n"
        "Tỉnh đã tổ chức 3 cuộc diễn tập thực chiến an toàn thông tin.",
        "2024-12-20",
        [
            ("info_systems_level_approved_rate", "Đồng Nai", "as_of", "2024-12-20", 100.0),
            ("botnet_ips", "Đồng Nai", "as_of", "2024-12-20", 4512),
        ],
    ),
    # The province's LGSP transactions (not NDXP, not stored) beside national NDXP figures: a half-year flow and the running total "đến nay".
    (
        "Cổng TTĐT tỉnh Hưng Yên - 6 tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh "
        "thực hiện 2,35 triệu giao dịch, kết nối với 14 hệ thống thông tin, CSDL quốc gia, chuyên ngành.\n"
        "Trên phạm vi toàn quốc, cũng trong 6 tháng đầu năm, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
        "(NDXP) ghi nhận 612 triệu giao dịch.\n"
        "Lũy kế từ khi đưa vào vận hành đến nay, NDXP đã có hơn 3,9 tỷ giao dịch.",
        "2025-07-08",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 612000000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-07-08", 3900000000),
        ],
    ),
    # Ministry monthly report quoted in provincial press: bộ/ngành and địa phương blocks, then the best and worst provinces in parentheses.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025: trong tháng, tỷ lệ DVCTT toàn trình của khối bộ, ngành "
        "đạt 61,2%, khối địa phương đạt 56,3%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình: khối bộ, ngành 48,9%; khối địa phương 37,6%.\n"
        "Dẫn đầu khối địa phương về tỷ lệ hồ sơ trực tuyến toàn trình là Quảng Ninh (87,4%), "
        "thấp nhất là Hà Giang (9,8%).",
        "2025-06-05",
        [
            ("dvctt_full_process_rate", "ministries", "month", "2025-05-31", 61.2),
            ("dvctt_full_process_rate", "localities", "month", "2025-05-31", 56.3),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 48.9),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 37.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2025-05-31", 87.4),
            ("online_dossier_full_process_rate", "Hà Giang", "month", "2025-05-31", 9.8),
        ],
    ),
    # Year review: satisfaction ("mức độ hài lòng … của tỉnh") and dossiers tied to ID; satisfaction with complaint handling and an index rank are not.
    (
        "Cổng TTĐT tỉnh Lâm Đồng - Năm 2024, mức độ hài lòng của người dân, doanh nghiệp đối với việc "
        "giải quyết TTHC của tỉnh đạt 96,12%; 98,7% hồ sơ TTHC được gắn mã số định danh cá nhân, "
        "định danh tổ chức.\n"
        "Tỷ lệ hài lòng trong tiếp nhận, xử lý phản ánh, kiến nghị đạt 100%.\n"
        "Lâm Đồng đứng thứ 18/63 tỉnh, thành về Chỉ số phục vụ người dân, doanh nghiệp.",
        "2025-01-22",
        [
            ("satisfaction_rate", "Lâm Đồng", "year", "2024-12-31", 96.12),
            ("dossiers_with_personal_id_rate", "Lâm Đồng", "year", "2024-12-31", 98.7),
        ],
    ),
    # "Đến cuối năm 2024": adults with a payment account and adults using DVCTT "trên địa bàn tỉnh"; an account count (no id), a change and a target are not.
    (
        "Báo Cà Mau - Đến cuối năm 2024, tỷ lệ người trưởng thành trên địa bàn tỉnh Cà Mau có tài khoản "
        "thanh toán đạt 86,5%, tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 52%.\n"
        "Toàn tỉnh có hơn 1,05 triệu tài khoản thanh toán cá nhân, tăng 9,6% so với năm trước.\n"
        "Mục tiêu năm 2025, 90% người trưởng thành có tài khoản ngân hàng.",
        "2025-01-15",
        [
            ("adults_with_bank_account_rate", "Cà Mau", "as_of", "2024-12-31", 86.5),
            ("adult_population_using_dvctt_rate", "Cà Mau", "as_of", "2024-12-31", 52.0),
        ],
    ),
    # Post-merger Tuyên Quang: "chạm mốc 1,42 triệu" subscriptions, fixed broadband count, smartphone share with the national average in parentheses.
    (
        "Sở KH&CN tỉnh Tuyên Quang - Đến hết tháng 6/2025, số thuê bao băng rộng di động trên địa bàn "
        "tỉnh Tuyên Quang (mới) đã chạm mốc 1,42 triệu; thuê bao băng rộng cố định đạt 312.000 thuê bao.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh ở mức 84,7%, thấp hơn bình quân cả nước (89,3%).\n"
        "Tỉnh mới được hợp nhất từ Tuyên Quang và Hà Giang, có 124 xã, phường.",
        "2025-07-20",
        [
            ("mobile_broadband_subscriptions", "Tuyên Quang", "as_of", "2025-06-30", 1420000),
            ("fixed_broadband_subscriptions", "Tuyên Quang", "as_of", "2025-06-30", 312000),
            ("smartphone_subscriber_rate", "Tuyên Quang", "as_of", "2025-06-30", 84.7),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.3),
        ],
    ),
    # i-Speed month figures for a city: fixed and mobile download kept, upload and a speed rank not; national fixed average kept.
    (
        "Báo Đà Nẵng - Theo kết quả đo i-Speed tháng 3/2025, tốc độ tải xuống trung bình băng rộng cố định "
        "tại Đà Nẵng đạt 168,4 Mbps, băng rộng di động đạt 142,1 Mbps; tốc độ tải lên băng rộng cố định "
        "đạt 151,2 Mbps.\n"
        "Đà Nẵng xếp thứ 3 cả nước về tốc độ băng rộng cố định.\n"
        "Bình quân cả nước trong tháng, tốc độ băng rộng cố định là 152,6 Mbps.",
        "2025-04-12",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "month", "2025-03-31", 168.4),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2025-03-31", 142.1),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 152.6),
        ],
    ),
    # "thẻ CCCD" without "gắn chip" and "kích hoạt thành công … cho 728.940 trường hợp"; a deadline target is not stored.
    (
        "Công an tỉnh Hà Tĩnh - Tính đến ngày 10/5/2024, Công an tỉnh đã cấp 1.056.820 thẻ CCCD cho công dân "
        "trên địa bàn; kích hoạt thành công tài khoản định danh điện tử cho 728.940 trường hợp.\n"
        "Phấn đấu đến 30/6/2024 hoàn thành 100% cấp CCCD cho công dân đủ điều kiện.\n"
        "Các tổ công tác đã xuống tận thôn, xóm để thu nhận hồ sơ cho người già, người ốm đau.",
        "2024-05-14",
        [
            ("chip_id_cards_issued", "Hà Tĩnh", "as_of", "2024-05-10", 1056820),
            ("vneid_activated_accounts", "Hà Tĩnh", "as_of", "2024-05-10", 728940),
        ],
    ),
    # "Lũy kế từ đầu năm đến ngày 15/5/2025": online dossier share in parentheses after the count; a district's lowest rate is not stored.
    (
        "Cổng TTĐT tỉnh Quảng Trị - Lũy kế từ đầu năm đến ngày 15/5/2025, Hệ thống thông tin giải quyết TTHC "
        "tỉnh Quảng Trị tiếp nhận 185.430 hồ sơ, trong đó có 142.380 hồ sơ trực tuyến (đạt tỷ lệ 76,78%).\n"
        "Huyện Hướng Hóa có tỷ lệ hồ sơ trực tuyến thấp nhất, 41,2%.\n"
        "UBND tỉnh yêu cầu các sở, ngành tiếp tục rà soát, tái cấu trúc quy trình.",
        "2025-05-20",
        [
            ("online_dossier_rate", "Quảng Trị", "ytd", "2025-05-15", 76.78),
        ],
    ),
    # Eligible-procedure base ("1.045/1.052 TTHC đủ điều kiện …, đạt 99,33%") next to the all-procedure full-process share.
    (
        "Cổng TTĐT tỉnh Đồng Tháp - Tính đến 30/9/2024, tỉnh đã cung cấp 1.045/1.052 TTHC đủ điều kiện "
        "dưới dạng DVCTT toàn trình, đạt 99,33%.\n"
        "Tỷ lệ DVCTT toàn trình trên tổng số TTHC của tỉnh là 57,1%.\n"
        "Đồng Tháp tiếp tục giữ vị trí dẫn đầu khu vực Đồng bằng sông Cửu Long về Chỉ số DTI.",
        "2024-10-08",
        [
            ("full_process_provision_rate", "Đồng Tháp", "as_of", "2024-09-30", 99.33),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2024-09-30", 57.1),
        ],
    ),
    # Quarter II/2025 reuse of digitised data in a text that also announces the merged province; digitisation rate has no id.
    (
        "Quý II/2025, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết TTHC "
        "của tỉnh Vĩnh Long đạt 61,2%; tỷ lệ số hóa hồ sơ đạt 85,4%.\n"
        "Từ ngày 1/7/2025, tỉnh Vĩnh Long (mới) được thành lập trên cơ sở hợp nhất Vĩnh Long, Bến Tre "
        "và Trà Vinh.\n"
        "Tỉnh mới có 124 đơn vị hành chính cấp xã.",
        "2025-07-15",
        [
            ("data_reuse_rate", "Vĩnh Long", "quarter", "2025-06-30", 61.2),
        ],
    ),
    # Year review: DVCTT share of procedures ("chiếm 89,4% tổng số TTHC"), services with dossiers, online dossiers "chiếm 71,6%/tổng số hồ sơ".
    (
        "Báo Đồng Khởi - Năm 2024, tỉnh Bến Tre có 1.689 DVCTT, chiếm 89,4% tổng số TTHC; tỷ lệ DVCTT "
        "có phát sinh hồ sơ đạt 78,4%.\n"
        "Số hồ sơ tiếp nhận trực tuyến 512.340 hồ sơ chiếm 71,6%/tổng số hồ sơ.\n"
        "Tỉnh đã chi trả 100% chế độ an sinh xã hội qua tài khoản.",
        "2025-01-08",
        [
            ("dvctt_rate", "Bến Tre", "year", "2024-12-31", 89.4),
            ("dvctt_with_dossiers_rate", "Bến Tre", "year", "2024-12-31", 78.4),
            ("online_dossier_rate", "Bến Tre", "year", "2024-12-31", 71.6),
        ],
    ),
    # Internet users "ở mức 78%" and villages with mobile broadband coverage; communes with fibre and villages without electricity have no id.
    (
        "Báo Sơn La - Đến cuối năm 2024, tỷ lệ người dân sử dụng Internet trên địa bàn tỉnh Sơn La ở mức 78%; "
        "99,6% thôn, bản có sóng di động băng rộng.\n"
        "100% xã có cáp quang đến trung tâm xã.\n"
        "Toàn tỉnh còn 27 bản chưa có điện lưới quốc gia.",
        "2025-01-20",
        [
            ("internet_users_rate", "Sơn La", "as_of", "2024-12-31", 78.0),
            ("villages_with_mobile_coverage_rate", "Sơn La", "as_of", "2024-12-31", 99.6),
        ],
    ),
    # National EGDI rank "71/193" quoted in a city's article; the city's DTI and PCI places have no id; the change of 15 places is not stored.
    (
        "Báo Hải Phòng - Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử "
        "(EGDI) của Liên hợp quốc, tăng 15 bậc so với năm 2022.\n"
        "Cùng năm, Hải Phòng xếp thứ 5/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI).\n"
        "Thành phố cũng dẫn đầu cả nước về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
        "2025-03-01",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # Mobile Money customers: a province and the country "cùng thời điểm"; the rural shares after "trong đó" are not stored.
    (
        "Báo Thanh Hóa - Đến ngày 30/6/2024, trên địa bàn tỉnh Thanh Hóa có 512.300 khách hàng đăng ký "
        "sử dụng dịch vụ Mobile Money, trong đó 68% là khách hàng ở khu vực nông thôn, miền núi.\n"
        "Cùng thời điểm, cả nước có hơn 8,5 triệu khách hàng Mobile Money, trong đó hơn 6 triệu khách hàng "
        "ở nông thôn.\n"
        "Ngân hàng Nhà nước chi nhánh tỉnh tiếp tục phối hợp với các nhà mạng mở rộng điểm kinh doanh.",
        "2024-07-12",
        [
            ("mobile_money_customers", "Thanh Hóa", "as_of", "2024-06-30", 512300),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8500000),
        ],
    ),
    # Province tax office's cumulative e-invoices since 1/7/2022 ("68,4 triệu"); the cash-register sub-count and registrant count are not.
    (
        "Cục Thuế tỉnh Nghệ An cho biết, từ khi triển khai hóa đơn điện tử (1/7/2022) đến hết năm 2024, "
        "đã tiếp nhận, xử lý 68,4 triệu hóa đơn điện tử; trong đó 12,1 triệu hóa đơn khởi tạo từ máy tính tiền.\n"
        "Toàn tỉnh có 1.420 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ "
        "máy tính tiền.\n"
        "Cục Thuế sẽ tiếp tục rà soát các cửa hàng xăng dầu trên địa bàn.",
        "2025-01-09",
        [
            ("e_invoices_total", "Nghệ An", "as_of", "2024-12-31", 68400000),
        ],
    ),
    # A province's digital economy growth and GRDP share in one clause ("tăng trưởng 25,1% và chiếm 21,2% GRDP"); a place and a 2025 target are not.
    (
        "Bắc Giang - Theo số liệu công bố, năm 2023 kinh tế số của tỉnh Bắc Giang tăng trưởng 25,1% "
        "và chiếm 21,2% GRDP, đứng thứ 3 cả nước.\n"
        "Tỉnh đặt mục tiêu năm 2025 kinh tế số chiếm 30% GRDP.\n"
        "Các khu công nghiệp điện tử là động lực chính của kinh tế số tỉnh.",
        "2024-08-02",
        [
            ("digital_economy_growth", "Bắc Giang", "year", "2023-12-31", 25.1),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 21.2),
        ],
    ),
    # Negative: another province's plan (Bình Dương) and the writing province's own 2025 targets; an agreement count.
    (
        "Kon Tum - Đoàn công tác tỉnh Kon Tum học tập kinh nghiệm chuyển đổi số tại tỉnh Bình Dương.\n"
        "Theo kế hoạch, Bình Dương phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP, 100% hộ gia đình "
        "có cáp quang, 80% DVCTT toàn trình.\n"
        "Kon Tum đặt mục tiêu đến năm 2025 có 95% thôn, làng được phủ sóng 4G, 5G và 70% hồ sơ "
        "được xử lý trực tuyến.\n"
        "Hai bên đã ký kết 5 nội dung hợp tác.",
        "2024-06-20",
        [],
    ),
    # Mixed: the province's month rate kept; districts and the provincial city after "Trong đó" and a count of documents are not.
    (
        "Báo Thái Bình - Tháng 4/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Thái Bình đạt 45,8%.\n"
        "Trong đó, huyện Kiến Xương dẫn đầu với 71,2%, TP Thái Bình đạt 66,5%, huyện Quỳnh Phụ thấp nhất "
        "với 19,4%.\n"
        "UBND tỉnh đã ban hành 12 văn bản chỉ đạo về chuyển đổi số trong tháng.",
        "2025-05-06",
        [
            ("online_dossier_full_process_rate", "Thái Bình", "month", "2025-04-30", 45.8),
        ],
    ),
    # Mixed: "9 tháng năm 2024" rate kept; a change in points, a subscription change and ICT revenue (no id) are not.
    (
        "Báo Quảng Ngãi - 9 tháng năm 2024, tỷ lệ hồ sơ TTHC được xử lý trực tuyến của tỉnh Quảng Ngãi "
        "đạt 68,2%, tăng 12,4 điểm phần trăm so với cùng kỳ năm 2023.\n"
        "Số thuê bao băng rộng cố định tăng 9% so với cùng kỳ.\n"
        "Doanh thu bưu chính, viễn thông đạt 1.245 tỷ đồng.",
        "2024-10-10",
        [
            ("online_dossier_rate", "Quảng Ngãi", "ytd", "2024-09-30", 68.2),
        ],
    ),
    # Interview with "Hiện nay" and a published date (post-merger Lào Cai): 5G stations and coverage; the year-end target is not.
    (
        "Phỏng vấn Giám đốc Sở KH&CN tỉnh Lào Cai.\n"
        '"Hiện nay, tỉnh Lào Cai (mới) có 312 trạm BTS 5G, phủ sóng 5G tới 65% dân số, tập trung tại '
        "các phường trung tâm và khu du lịch Sa Pa.\n"
        'Chúng tôi đặt mục tiêu đến cuối năm 2025 có 500 trạm 5G", ông cho biết.',
        "2025-09-15",
        [
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-09-15", 312),
            ("fiveg_population_coverage_rate", "Lào Cai", "as_of", "2025-09-15", 65.0),
        ],
    ),
    # A table written as lines under a quarter caption (post-merger Ninh Bình); the online-payment share row has no id.
    (
        "Cổng TTĐT tỉnh Ninh Bình - Kết quả chuyển đổi số quý III/2025 của tỉnh Ninh Bình (mới):\n"
        "Chỉ tiêu | Kết quả\n"
        "Tỷ lệ DVCTT toàn trình | 58,4%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 44,6%\n"
        "Tỷ lệ thanh toán trực tuyến | 38,2%\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử | 93,5%",
        "2025-10-06",
        [
            ("dvctt_full_process_rate", "Ninh Bình", "quarter", "2025-09-30", 58.4),
            ("online_dossier_full_process_rate", "Ninh Bình", "quarter", "2025-09-30", 44.6),
            ("e_result_rate", "Ninh Bình", "quarter", "2025-09-30", 93.5),
        ],
    ),
    # National EMC connection rate quoted in a provincial article; the province's own connection has no number.
    (
        "Sở TT&TT tỉnh Bình Định - Hệ thống thông tin giải quyết TTHC tỉnh Bình Định đã kết nối, đồng bộ "
        "dữ liệu với Hệ thống EMC từ năm 2023.\n"
        "Theo Bộ TT&TT, tính đến hết tháng 7/2024, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh "
        "kết nối với Hệ thống EMC đạt 95,18%.\n"
        "Sở đề nghị các đơn vị cập nhật đầy đủ trạng thái hồ sơ lên hệ thống.",
        "2024-08-05",
        [
            ("emc_connection_rate", "national", "as_of", "2024-07-31", 95.18),
        ],
    ),
    # "là 1 trong 58 tỉnh, thành phố" (a national count, as of the article) and a "5 tháng đầu năm" provincial rate; the 50% fee level is not a value.
    (
        "Báo Cao Bằng - HĐND tỉnh Cao Bằng vừa ban hành Nghị quyết quy định mức thu phí, lệ phí bằng 50% "
        "khi nộp hồ sơ trực tuyến.\n"
        "Đến nay, Cao Bằng là 1 trong 58 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí "
        "khi thực hiện DVCTT.\n"
        "Tỷ lệ hồ sơ trực tuyến của tỉnh 5 tháng đầu năm 2024 đạt 39,6%.",
        "2024-06-10",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-10", 58),
            ("online_dossier_rate", "Cao Bằng", "ytd", "2024-05-31", 39.6),
        ],
    ),
    # National essential services "53/53" as of the article; the province's 25/25 local services (not the 53) and a digitisation rate are not.
    (
        "Báo Tây Ninh - Đến nay, 53/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến "
        "toàn trình trên Cổng Dịch vụ công quốc gia.\n"
        "Tỉnh Tây Ninh đã tích hợp 25/25 dịch vụ thuộc thẩm quyền giải quyết của địa phương.\n"
        "Năm 2024, tỷ lệ hồ sơ TTHC của tỉnh được số hóa đạt 92%.",
        "2024-12-27",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-27", 53),
        ],
    ),
    # A province's month flows on the National Portal (dossiers, payments count and value in "tỷ đồng") and year-to-date new accounts: the _new twins.
    (
        "Cổng TTĐT tỉnh Hà Giang - Trong tháng 3/2024, các cơ quan của tỉnh tiếp nhận 15.230 hồ sơ trực tuyến "
        "qua Cổng Dịch vụ công quốc gia; thực hiện 4.812 giao dịch thanh toán trực tuyến với số tiền "
        "2,35 tỷ đồng.\n"
        "Lũy kế từ đầu năm đến hết tháng 3/2024, tỉnh Hà Giang có 9.640 tài khoản mới đăng ký trên Cổng DVCQG.\n"
        "Sở TT&TT tiếp tục hướng dẫn người dân tại các xã vùng cao sử dụng dịch vụ.",
        "2024-04-08",
        [
            ("national_portal_dossiers_new", "Hà Giang", "month", "2024-03-31", 15230),
            ("online_payments_count_new", "Hà Giang", "month", "2024-03-31", 4812),
            ("online_payments_value_new", "Hà Giang", "month", "2024-03-31", 2.35),
            ("national_portal_accounts_new", "Hà Giang", "ytd", "2024-03-31", 9640),
        ],
    ),
    # Post-merger city "TP Cần Thơ (mới)" with "Hiện nay": full-process share ("TTHC được cung cấp dưới dạng DVCTT toàn trình … đạt") and "100% TTHC đã được cung cấp trực tuyến".
    (
        "TP Cần Thơ (mới) - Hiện nay, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình của thành phố "
        "đạt 62,7%; 100% TTHC đã được cung cấp trực tuyến.\n"
        "Sau sắp xếp, thành phố Cần Thơ có 103 xã, phường.\n"
        "100% Trung tâm phục vụ hành chính công cấp xã đã đi vào vận hành.",
        "2025-08-28",
        [
            ("dvctt_full_process_rate", "Cần Thơ", "as_of", "2025-08-28", 62.7),
            ("dvctt_rate", "Cần Thơ", "as_of", "2025-08-28", 100.0),
        ],
    ),
    # Negative: "Hiện" with no published date and no date in the text: nothing can be dated.
    (
        "Cao Bằng - Hiện toàn tỉnh có 210 trạm BTS 5G và 96,5% hộ gia đình có cáp quang.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 38%.\n"
        "Sở KH&CN đề nghị các doanh nghiệp viễn thông tiếp tục đầu tư hạ tầng tại vùng sâu, vùng xa.",
        None,
        [],
    ),
]
