"""Blind genre probes, round 28: cities and provinces named in full. The cases are short press and
portal texts (ministry monthly reports, Báo Chính phủ / VnExpress / VietnamPlus-style summaries,
provincial portals, interviews) about Hà Nội, TP. Hồ Chí Minh, Đà Nẵng, Hải Phòng, Cần Thơ, Nghệ An
and Long An, naming them every way the press does ("TP. Hồ Chí Minh", "TP.HCM", "Tp. Hồ Chí Minh",
"TP. Đà Nẵng", "thành phố Hải Phòng", "Thủ đô", "Tp. Cần Thơ", "tỉnh Nghệ An", "Long An." closing a
sentence, "tỉnh này", "toàn tỉnh", "trên địa bàn thành phố"); they set a city's own figures beside
the country's, rank provinces, write tables as lines, and make a city only the venue of an event or
the home of a speaker who quotes national figures (breakdown stays "national"); about six cases
carry only numbers that must not be stored (targets, year-on-year changes, operators' figures,
other countries, DTI ranks, counts of resolutions and meetings, ICT and e-commerce revenue).
Breakdowns name the province bare, without "tỉnh", "thành phố" or "TP." ("Hồ Chí Minh", "Đà Nẵng",
as the golden README writes "Thái Nguyên"). Written for the project from the genre's usual
phrasings (not copied from any page).
"""

CASES = [
    # NDXP monthly report, Hà Nội only the venue of the meeting; month flow, day average, cumulative, connection stocks
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Hội nghị giao ban trực tuyến của Ủy ban Quốc gia về chuyển đổi số được tổ chức tại điểm cầu chính ở Hà Nội, kết nối với 63 tỉnh, thành phố.\n"
        "Trong tháng 5/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,6 triệu giao dịch, bình quân 3,18 triệu giao dịch/ngày.\n"
        "Lũy kế đến hết tháng 5/2025, tổng số giao dịch qua NDXP chạm mốc 3,12 tỷ giao dịch kể từ khi khai trương.\n"
        "NDXP hiện có 1.352 điểm kết nối với 112 cơ quan, đơn vị.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 3120000000),
            ("ndxp_connection_points", "national", "as_of", "2025-06-06", 1352),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-06", 112),
        ],
    ),
    # "TP.HCM" own DVCTT share with a dated cut-off, the country's share beside it, a 2025 target left out
    (
        "TP.HCM dẫn đầu về cung cấp dịch vụ công trực tuyến\n"
        "Tính đến ngày 15/4/2025, TP.HCM cung cấp 1.595 dịch vụ công trực tuyến, đạt tỷ lệ 87,3% trên tổng số thủ tục hành chính của thành phố.\n"
        "Cùng thời điểm, tỷ lệ dịch vụ công trực tuyến trên tổng số TTHC của cả nước là 82,1%.\n"
        "Theo Sở Khoa học và Công nghệ TP.HCM, thành phố phấn đấu nâng tỷ lệ này lên 95% trong năm 2025.",
        "2025-04-18",
        [
            ("dvctt_rate", "Hồ Chí Minh", "as_of", "2025-04-15", 87.3),
            ("dvctt_rate", "national", "as_of", "2025-04-15", 82.1),
        ],
    ),
    # "Thủ đô" for Hà Nội, a quarter, national average in parentheses, a newspaper name containing "Hà Nội"
    (
        "(Báo Hà Nội Mới) Quý I/2025, tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến trên địa bàn Thủ đô đạt 68,45%, cao hơn mức bình quân chung của cả nước (54,2%).\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố Hà Nội là 41,2%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 98,7%.\n"
        "UBND thành phố Hà Nội yêu cầu các sở, ngành tiếp tục rà soát, tái cấu trúc quy trình.",
        "2025-04-10",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2025-03-31", 68.45),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 54.2),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2025-03-31", 41.2),
            ("e_result_rate", "Hà Nội", "quarter", "2025-03-31", 98.7),
        ],
    ),
    # "TP. Đà Nẵng" digital economy share of GRDP and growth, the country's share of GDP beside it, a 2030 target
    (
        "Năm 2024, kinh tế số của TP. Đà Nẵng ước đóng góp 20,5% GRDP, cao hơn tỷ trọng kinh tế số trong GDP cả nước (khoảng 18,3%).\n"
        "Tốc độ tăng trưởng kinh tế số của thành phố năm 2024 đạt 15,2%.\n"
        "Đà Nẵng đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP.",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 20.5),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "Đà Nẵng", "year", "2024-12-31", 15.2),
        ],
    ),
    # "thành phố Hải Phòng" 5G stations and coverage; operators' own station counts left out
    (
        "Đến hết tháng 6/2025, trên địa bàn thành phố Hải Phòng đã có 1.120 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 92%.\n"
        "Riêng Viettel Hải Phòng đã lắp đặt 640 trạm, VNPT Hải Phòng 310 trạm.\n"
        "Thông tin được Sở Khoa học và Công nghệ Hải Phòng công bố ngày 8/7/2025.",
        "2025-07-09",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-06-30", 1120),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-06-30", 92),
        ],
    ),
    # "Tp. Cần Thơ" in a headline and a clause; fibre and smartphone shares, the national fibre share at the same date
    (
        "Tp. Cần Thơ: Hạ tầng số tiếp tục được đầu tư\n"
        "Tính đến 31/12/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn Tp. Cần Thơ đạt 85,6%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,2%.\n"
        "Cùng thời điểm, tỷ lệ hộ gia đình sử dụng cáp quang của cả nước là 82,2%.",
        "2025-01-12",
        [
            ("ftth_household_rate", "Cần Thơ", "as_of", "2024-12-31", 85.6),
            ("smartphone_subscriber_rate", "Cần Thơ", "as_of", "2024-12-31", 88.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.2),
        ],
    ),
    # provincial portal of "tỉnh Nghệ An", "toàn tỉnh", half-year rates; the dossier counts and digitisation rate have no id
    (
        "Cổng Thông tin điện tử tỉnh Nghệ An\n"
        "6 tháng đầu năm 2025, toàn tỉnh tiếp nhận 1.245.300 hồ sơ TTHC, trong đó 912.400 hồ sơ nộp trực tuyến, chiếm tỷ lệ 73,27%.\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95,1%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 96,4%.\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,8%.",
        "2025-07-15",
        [
            ("online_dossier_rate", "Nghệ An", "half", "2025-06-30", 73.27),
            ("e_result_rate", "Nghệ An", "half", "2025-06-30", 96.4),
            ("data_reuse_rate", "Nghệ An", "half", "2025-06-30", 52.8),
        ],
    ),
    # "Long An." closing the sentence that carries the figure; a year under review
    (
        "Năm 2024, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 52,3%, mức cao nhất từ trước đến nay tại Long An.\n"
        "Tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của tỉnh năm 2024 đạt 98,9%.\n"
        "Đó là thông tin tại hội nghị tổng kết công tác chuyển đổi số năm 2024 của UBND tỉnh Long An.",
        "2025-01-16",
        [
            ("adult_population_using_dvctt_rate", "Long An", "year", "2024-12-31", 52.3),
            ("satisfaction_rate", "Long An", "year", "2024-12-31", 98.9),
        ],
    ),
    # NEGATIVE: targets of three cities (phấn đấu, đặt mục tiêu, đến cuối năm 2025)
    (
        "Theo Kế hoạch chuyển đổi số năm 2025, Hà Nội phấn đấu 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ người trưởng thành sử dụng DVCTT đạt trên 60%.\n"
        "TP.HCM đặt mục tiêu kinh tế số chiếm 25% GRDP vào năm 2025 và 40% vào năm 2030.\n"
        "TP. Đà Nẵng phấn đấu đến cuối năm 2025 phủ sóng 5G đạt 95% dân số.",
        "2025-01-05",
        [],
    ),
    # NEGATIVE: operators' own figures in TP.HCM and a year-on-year change
    (
        "Kết quả kinh doanh quý I/2025 của các doanh nghiệp viễn thông tại TP.HCM: doanh thu dịch vụ băng rộng cố định của VNPT TP.HCM tăng 12% so với cùng kỳ.\n"
        "Viettel TP.HCM phát triển mới 45.000 thuê bao cáp quang, nâng tổng số thuê bao FTTH của đơn vị lên 1,6 triệu.\n"
        "Tốc độ tải xuống trung bình trên mạng 5G của Viettel tại thành phố đạt 520 Mbps.",
        "2025-04-20",
        [],
    ),
    # ranking of provinces on EMC for a month: leader "tỉnh Nghệ An", followers in parentheses, the localities' average
    (
        "Theo kết quả đo lường trên Hệ thống EMC tháng 3/2025, tỉnh Nghệ An dẫn đầu cả nước về tỷ lệ hồ sơ xử lý trực tuyến với 96,8%, tiếp đến là TP. Đà Nẵng (94,2%) và Hà Nội (91,5%).\n"
        "Ở chiều ngược lại, nhiều địa phương vẫn dưới 40%.\n"
        "Tỷ lệ bình quân của khối địa phương là 63,7%.",
        "2025-04-08",
        [
            ("online_dossier_rate", "Nghệ An", "month", "2025-03-31", 96.8),
            ("online_dossier_rate", "Đà Nẵng", "month", "2025-03-31", 94.2),
            ("online_dossier_rate", "Hà Nội", "month", "2025-03-31", 91.5),
            ("online_dossier_rate", "localities", "month", "2025-03-31", 63.7),
        ],
    ),
    # NEGATIVE: provincial DTI ranking (scores, places, "11/63", "tăng 5 bậc") has no id
    (
        "Bộ Thông tin và Truyền thông vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.\n"
        "TP. Đà Nẵng tiếp tục đứng đầu với 0,6376 điểm; Hà Nội xếp thứ 2, TP.HCM thứ 3; Hải Phòng vươn lên vị trí thứ 4.\n"
        "Tp. Cần Thơ xếp thứ 11/63, tăng 5 bậc so với năm 2022.",
        "2024-07-25",
        [],
    ),
    # TP.HCM only the venue; the UN rank of Viet Nam (edition year), other countries' ranks and the change left out
    (
        "Phát biểu tại Diễn đàn Chuyển đổi số tổ chức ở TP.HCM ngày 10/10/2024, Thứ trưởng Bộ Thông tin và Truyền thông cho biết:\n"
        "theo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022.\n"
        "Hàn Quốc đứng thứ 4, Singapore thứ 3.",
        "2024-10-11",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    # Hà Nội the venue of a press briefing; national half-year attacks (change left out), botnet level; world figure left out
    (
        "Tại Hà Nội ngày 5/7/2025, Cục An toàn thông tin cho biết 6 tháng đầu năm 2025 đã ghi nhận, cảnh báo và hướng dẫn xử lý 4.162 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 23,5% so với cùng kỳ năm 2024.\n"
        "Đến cuối tháng 6/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet ở mức khoảng 472 nghìn địa chỉ.\n"
        "Trên thế giới, số vụ tấn công bằng mã độc tống tiền tăng 30%.",
        "2025-07-05",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 4162),
            ("botnet_ips", "national", "as_of", "2025-06-30", 472000),
        ],
    ),
    # "thành phố Hải Phòng" approval of security levels (100%, with a "186/186" count), national share at the same time
    (
        "Sở Khoa học và Công nghệ thành phố Hải Phòng cho biết, đến ngày 30/9/2024, 100% hệ thống thông tin của các cơ quan nhà nước thành phố đã được phê duyệt hồ sơ đề xuất cấp độ (186/186 hệ thống).\n"
        "Cùng thời điểm, tỷ lệ hệ thống thông tin được phê duyệt cấp độ của cả nước đạt 89,6%.\n"
        "Thành phố đang triển khai phương án bảo đảm an toàn theo cấp độ đã phê duyệt.",
        "2024-10-03",
        [
            ("info_systems_level_approved_rate", "Hải Phòng", "as_of", "2024-09-30", 100),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 89.6),
        ],
    ),
    # "Công an TP.HCM", "toàn thành phố": chip ID cards and VNeID accounts ("lên tới"); the level-2 part after "trong đó" left out
    (
        "Công an TP.HCM cho biết, tính đến ngày 20/3/2025, toàn thành phố đã cấp 7,9 triệu thẻ căn cước công dân gắn chip.\n"
        "Số tài khoản định danh điện tử được kích hoạt lên tới 5,62 triệu tài khoản, trong đó 4,1 triệu tài khoản mức độ 2.\n"
        "TP.HCM cũng đã làm sạch dữ liệu dân cư cho hơn 9,3 triệu nhân khẩu.",
        "2025-03-22",
        [
            ("chip_id_cards_issued", "Hồ Chí Minh", "as_of", "2025-03-20", 7900000),
            ("vneid_activated_accounts", "Hồ Chí Minh", "as_of", "2025-03-20", 5620000),
        ],
    ),
    # venue "TP. Vinh (Nghệ An)": the speaker's national VNeID and chip-card figures, then the province's own with "Riêng tỉnh Nghệ An"
    (
        "Phát biểu tại hội nghị sơ kết Đề án 06 tổ chức ở TP. Vinh (Nghệ An), lãnh đạo Bộ Công an cho biết:\n"
        "tính đến ngày 1/12/2024, cả nước đã kích hoạt hơn 62 triệu tài khoản định danh điện tử và cấp trên 87 triệu thẻ căn cước gắn chip.\n"
        "Riêng tỉnh Nghệ An đã kích hoạt 2,05 triệu tài khoản.",
        "2024-12-03",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-12-01", 62000000),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-01", 87000000),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-12-01", 2050000),
        ],
    ),
    # Mobile Money: national stock, rural share after "trong đó" left out, "TP. Hồ Chí Minh" own count in "nghìn"
    (
        "Theo Ngân hàng Nhà nước, tính đến hết tháng 9/2024, cả nước có 10,2 triệu khách hàng sử dụng dịch vụ Mobile Money, trong đó hơn 70% ở khu vực nông thôn, vùng sâu, vùng xa.\n"
        "Tại TP. Hồ Chí Minh, số khách hàng Mobile Money cùng thời điểm khoảng 820 nghìn.\n"
        "Các doanh nghiệp viễn thông tiếp tục mở rộng mạng lưới điểm kinh doanh.",
        "2024-10-15",
        [
            ("mobile_money_customers", "national", "as_of", "2024-09-30", 10200000),
            ("mobile_money_customers", "Hồ Chí Minh", "as_of", "2024-09-30", 820000),
        ],
    ),
    # speaker whose office is in Hải Phòng quotes the national share, then the city's ("tỷ lệ này")
    (
        "Ông Phạm Văn Tuấn, Giám đốc Ngân hàng Nhà nước chi nhánh khu vực (Hải Phòng), cho biết đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng trên cả nước đạt 87%.\n"
        "Trên địa bàn thành phố Hải Phòng, tỷ lệ này là 89,5%.\n"
        "Ngân hàng sẽ tiếp tục thúc đẩy thanh toán không dùng tiền mặt.",
        "2025-01-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
            ("adults_with_bank_account_rate", "Hải Phòng", "as_of", "2024-12-31", 89.5),
        ],
    ),
    # "Tp. Cần Thơ" only the venue; cumulative e-invoices in "tỷ" (count); the coded part after "trong đó" and the 13 tax offices left out
    (
        "Tại hội nghị do Tổng cục Thuế tổ chức ở Tp. Cần Thơ ngày 12/6/2024, đại diện Tổng cục cho biết:\n"
        "lũy kế từ tháng 7/2022 đến ngày 31/5/2024, cơ quan thuế đã tiếp nhận, xử lý 6,1 tỷ hóa đơn điện tử, trong đó có 2,05 tỷ hóa đơn có mã của cơ quan thuế.\n"
        "Hội nghị có sự tham dự của 13 Cục Thuế khu vực Đồng bằng sông Cửu Long.",
        "2024-06-13",
        [("e_invoices_total", "national", "as_of", "2024-05-31", 6100000000)],
    ),
    # download speeds of Hà Nội and TP.HCM for a month, the national average; upload left out
    (
        "Theo số liệu đo tốc độ truy cập Internet i-Speed tháng 4/2025, tốc độ tải xuống trung bình băng rộng cố định của Hà Nội đạt 182,4 Mbps, TP.HCM đạt 176,9 Mbps.\n"
        "Tốc độ truy cập băng rộng cố định trung bình cả nước là 168,5 Mbps; tốc độ tải lên đạt 160,2 Mbps.\n"
        "Số liệu do Trung tâm Internet Việt Nam công bố.",
        "2025-05-12",
        [
            ("fixed_broadband_speed", "Hà Nội", "month", "2025-04-30", 182.4),
            ("fixed_broadband_speed", "Hồ Chí Minh", "month", "2025-04-30", 176.9),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 168.5),
        ],
    ),
    # "TP. Đà Nẵng" the venue; national speeds with world ranks (ranks left out), then the city's own mobile speed
    (
        'Tại Hội thảo "Phát triển hạ tầng số" diễn ra ở TP. Đà Nẵng, Cục Viễn thông cho biết tháng 12/2024, tốc độ truy cập băng rộng di động của Việt Nam đạt 72,3 Mbps, xếp thứ 20 thế giới; băng rộng cố định đạt 185,6 Mbps, xếp thứ 36.\n'
        "Cũng trong tháng 12/2024, tốc độ truy cập băng rộng di động tại Đà Nẵng ở mức 78 Mbps.\n"
        "Hội thảo thu hút hơn 300 đại biểu.",
        "2025-01-14",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 72.3),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 185.6),
            ("mobile_broadband_speed", "Đà Nẵng", "month", "2024-12-31", 78),
        ],
    ),
    # "Tỉnh Nghệ An": villages covered in the year (not a level) vs villages still without coverage; electrified sub-count left out
    (
        "Tỉnh Nghệ An: xóa thôn, bản lõm sóng\n"
        "Năm 2024, các doanh nghiệp viễn thông đã phủ sóng di động cho 86 thôn, bản lõm sóng trên địa bàn tỉnh.\n"
        "Đến ngày 31/12/2024, toàn tỉnh còn 27 thôn, bản chưa có sóng di động, trong đó 19 thôn chưa có điện lưới.",
        "2025-01-08",
        [("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-12-31", 27)],
    ),
    # "Thủ đô Hà Nội" the venue; national dead-zone coverage share with an "a/b" count, villages still without coverage
    (
        "Báo cáo tại phiên họp tổ chức ở Thủ đô Hà Nội ngày 20/12/2024, Bộ Thông tin và Truyền thông cho biết:\n"
        "các doanh nghiệp đã phủ sóng 1.612/1.730 thôn lõm sóng có điện lưới, đạt 93,2%.\n"
        "Cả nước hiện còn 588 thôn, bản lõm sóng.",
        "2024-12-21",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 93.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-20", 588),
        ],
    ),
    # Báo Chính phủ style: year-to-date portal flows ("nghìn tỷ đồng"), accounts "đến nay"
    (
        "(Chinhphu.vn) Lũy kế từ đầu năm 2025 đến ngày 31/5/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 9,4 triệu hồ sơ trực tuyến.\n"
        "Trong cùng khoảng thời gian, Cổng đã thực hiện 6,2 triệu giao dịch thanh toán trực tuyến với số tiền 5,48 nghìn tỷ đồng.\n"
        "Tổng số tài khoản đăng ký trên Cổng DVCQG đến nay là 18,6 triệu tài khoản.",
        "2025-06-03",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-05-31", 9400000),
            ("online_payments_count_new", "national", "ytd", "2025-05-31", 6200000),
            ("online_payments_value_new", "national", "ytd", "2025-05-31", 5480),
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 18600000),
        ],
    ),
    # essential services "53/53" and provinces with fee resolutions "58/63"; TP. Hồ Chí Minh only an example; remainder left out
    (
        "Đến ngày 30/6/2024, 53/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình trên Cổng DVCQG.\n"
        "Cả nước có 58/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT; TP. Hồ Chí Minh là một trong những địa phương ban hành sớm nhất.\n"
        "Hiện còn 5 tỉnh chưa ban hành.",
        "2024-07-02",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 53),
            ("localities_fee_reduction", "national", "as_of", "2024-06-30", 58),
        ],
    ),
    # meeting held in "TP. Đà Nẵng": national procedures simplified; counts of resolutions and decrees left out
    (
        "Tại phiên họp thứ 10 của Tổ công tác cải cách TTHC tổ chức ở TP. Đà Nẵng, Văn phòng Chính phủ cho biết:\n"
        "đến ngày 15/9/2024 đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính theo 25 nghị quyết chuyên đề của Chính phủ.\n"
        "Chính phủ đã ban hành 14 nghị định sửa đổi, bổ sung liên quan.",
        "2024-09-17",
        [("procedures_simplified", "national", "as_of", "2024-09-15", 812)],
    ),
    # national EMC connection and NDXP, "Tp. Cần Thơ" mentioned with a past month that is not a value
    (
        "Theo Cục Chuyển đổi số quốc gia, tính đến ngày 31/3/2025, tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 94,7%; hệ thống của Tp. Cần Thơ đã kết nối từ tháng 10/2023.\n"
        "Cũng đến ngày 31/3/2025, NDXP đã kết nối với 105 bộ, ngành, địa phương.\n"
        "Trong quý I/2025, NDXP ghi nhận 285 triệu giao dịch.",
        "2025-04-05",
        [
            ("emc_connection_rate", "national", "as_of", "2025-03-31", 94.7),
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-31", 105),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 285000000),
        ],
    ),
    # monthly report: eligible-procedure full-process share by khối bộ, ngành / khối địa phương, then two cities at 100%
    (
        "Báo cáo tình hình cung cấp dịch vụ công trực tuyến tháng 3/2025\n"
        "Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình của khối bộ, ngành đạt 88,5%, khối địa phương đạt 79,3%.\n"
        "Hà Nội và Tp. Cần Thơ là hai địa phương đạt 100%.",
        "2025-04-07",
        [
            ("full_process_provision_rate", "ministries", "month", "2025-03-31", 88.5),
            ("full_process_provision_rate", "localities", "month", "2025-03-31", 79.3),
            ("full_process_provision_rate", "Hà Nội", "month", "2025-03-31", 100),
            ("full_process_provision_rate", "Cần Thơ", "month", "2025-03-31", 100),
        ],
    ),
    # "Long An." ends the sentence that names it; its figure comes in the next sentence as "tỉnh này" (quý II/2025)
    (
        "(VietnamPlus) Đến hết quý II/2025, tỷ lệ DVCTT toàn trình trên tổng số TTHC của cả nước đạt 56,8%.\n"
        "Địa phương có tỷ lệ cao nhất là Long An.\n"
        "Với 74,1% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, tỉnh này vượt xa mức bình quân.",
        "2025-07-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 56.8),
            ("dvctt_full_process_rate", "Long An", "as_of", "2025-06-30", 74.1),
        ],
    ),
    # "thành phố Hải Phòng" between "hồ sơ TTHC" and its verb; a month's list of three rates, "ở mức"
    (
        "Trong tháng 4/2025, tỷ lệ hồ sơ TTHC của thành phố Hải Phòng được gắn mã số định danh cá nhân đạt 99,2%.\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 62,4%.\n"
        "Tỷ lệ hài lòng của người dân, doanh nghiệp ở mức 97,8%.",
        "2025-05-06",
        [
            ("dossiers_with_personal_id_rate", "Hải Phòng", "month", "2025-04-30", 99.2),
            ("online_dossier_full_process_rate", "Hải Phòng", "month", "2025-04-30", 62.4),
            ("satisfaction_rate", "Hải Phòng", "month", "2025-04-30", 97.8),
        ],
    ),
    # VNNIC review held in Hà Nội: Internet users (world average left out), subscriptions, monthly attacks with last month in parentheses
    (
        "Hội nghị tổng kết năm 2024 của Trung tâm Internet Việt Nam (VNNIC) diễn ra tại Hà Nội ngày 9/1/2025.\n"
        "Đến cuối năm 2024, tỷ lệ người sử dụng Internet tại Việt Nam đạt 79,1% dân số, cao hơn mức trung bình thế giới (67,4%).\n"
        "Số thuê bao băng rộng cố định đạt 23,5 triệu thuê bao; số thuê bao băng rộng di động là 92,4 triệu.\n"
        "Trong tháng 12/2024, Cục An toàn thông tin ghi nhận 402 cuộc tấn công mạng gây sự cố, giảm so với tháng 11/2024 (455 cuộc).",
        "2025-01-10",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23500000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 92400000),
            ("cyberattacks", "national", "month", "2024-12-31", 402),
            ("cyberattacks", "national", "month", "2024-11-30", 455),
        ],
    ),
    # table written as lines: five centrally-run cities, two dossier rates for a half-year
    (
        "Bảng: Một số chỉ tiêu dịch vụ công trực tuyến 6 tháng đầu năm 2025 của các thành phố trực thuộc Trung ương\n"
        "Địa phương | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ hồ sơ trực tuyến toàn trình (%)\n"
        "Hà Nội | 72,4 | 45,1\n"
        "TP. Hồ Chí Minh | 70,9 | 48,3\n"
        "TP. Đà Nẵng | 88,6 | 61,0\n"
        "TP. Hải Phòng | 81,2 | 52,7\n"
        "TP. Cần Thơ | 76,5 | 39,8\n"
        "Nguồn: Hệ thống EMC.",
        "2025-07-08",
        [
            ("online_dossier_rate", "Hà Nội", "half", "2025-06-30", 72.4),
            ("online_dossier_full_process_rate", "Hà Nội", "half", "2025-06-30", 45.1),
            ("online_dossier_rate", "Hồ Chí Minh", "half", "2025-06-30", 70.9),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "half", "2025-06-30", 48.3),
            ("online_dossier_rate", "Đà Nẵng", "half", "2025-06-30", 88.6),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2025-06-30", 61.0),
            ("online_dossier_rate", "Hải Phòng", "half", "2025-06-30", 81.2),
            ("online_dossier_full_process_rate", "Hải Phòng", "half", "2025-06-30", 52.7),
            ("online_dossier_rate", "Cần Thơ", "half", "2025-06-30", 76.5),
            ("online_dossier_full_process_rate", "Cần Thơ", "half", "2025-06-30", 39.8),
        ],
    ),
    # NEGATIVE: TP.HCM only the venue; other countries' digital economy, speed and 5G, a vendor's expert, attendance
    (
        "Tại Diễn đàn Kinh tế số ASEAN ở TP.HCM, chuyên gia Google cho biết kinh tế số Indonesia đạt 90 tỷ USD năm 2024, tăng 13%; Singapore có tốc độ Internet cố định 345 Mbps, dẫn đầu thế giới.\n"
        "Tỷ lệ phủ sóng 5G ở Thái Lan đạt 85% dân số.\n"
        "Diễn đàn thu hút 1.200 đại biểu.",
        "2024-11-22",
        [],
    ),
    # NEGATIVE: "Thủ đô" counts of resolutions, meetings, plans and databases (CSDL) have no id
    (
        "Năm 2024, HĐND thành phố Hà Nội đã ban hành 12 nghị quyết về chuyển đổi số.\n"
        "UBND thành phố tổ chức 6 phiên họp Ban Chỉ đạo và ban hành 45 kế hoạch, văn bản chỉ đạo.\n"
        "Thủ đô hiện có 30 cơ sở dữ liệu (CSDL) chuyên ngành đã được kết nối với nền tảng LGSP của thành phố.",
        "2025-01-09",
        [],
    ),
    # NEGATIVE: e-commerce revenue, ICT industry revenue and its growth, an ICT-core share, none with an id
    (
        "Năm 2024, doanh thu thương mại điện tử của TP.HCM đạt 4,2 tỷ USD.\n"
        "Doanh thu công nghiệp công nghệ thông tin của TP. Đà Nẵng đạt 42.000 tỷ đồng, tăng 18% so với năm 2023.\n"
        "Kinh tế số ICT của Tp. Cần Thơ đóng góp 4,1% vào tăng trưởng GRDP.",
        "2025-02-10",
        [],
    ),
    # "Hiện nay" with a published date: Đà Nẵng's and the country's 5G stations ("hơn 7.300")
    (
        "Hiện nay, TP. Đà Nẵng có 412 trạm BTS 5G, phủ sóng toàn bộ trung tâm các quận, huyện.\n"
        "Cả nước hiện có hơn 7.300 trạm 5G đang phát sóng.\n"
        "Thành phố tiếp tục phối hợp với các nhà mạng mở rộng vùng phủ.",
        "2025-03-28",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-03-28", 412),
            ("fiveg_bts_count", "national", "as_of", "2025-03-28", 7300),
        ],
    ),
    # no published date: the undated "hiện nay" fibre share is left out, the dated "Năm 2023" GRDP share of "tỉnh" (Long An) kept
    (
        "Sở Khoa học và Công nghệ tỉnh Long An cho biết, hiện nay tỷ lệ hộ gia đình có Internet cáp quang trên địa bàn tỉnh đạt 86%.\n"
        "Năm 2023, kinh tế số của tỉnh chiếm 11,2% GRDP.\n"
        "Tỉnh sẽ tập trung phát triển hạ tầng số tại các huyện vùng Đồng Tháp Mười.",
        None,
        [("digital_economy_gdp_share", "Long An", "year", "2023-12-31", 11.2)],
    ),
    # interview with a Hà Nội official: khối bộ, ngành / khối địa phương satisfaction, then "Thủ đô" in a quotation; rank 8/63 left out
    (
        "Trả lời phỏng vấn, bà Nguyễn Thị Lan, Phó Giám đốc Sở Nội vụ Hà Nội, cho biết theo Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024, tỷ lệ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC của khối bộ, ngành đạt 84,6% và khối địa phương đạt 89,2%.\n"
        '"Thủ đô đạt 91,05%, xếp thứ 8/63 tỉnh, thành phố", bà nói.\n'
        "Hà Nội sẽ tiếp tục cải thiện chất lượng phục vụ tại bộ phận một cửa.",
        "2025-02-15",
        [
            ("satisfaction_rate", "ministries", "year", "2024-12-31", 84.6),
            ("satisfaction_rate", "localities", "year", "2024-12-31", 89.2),
            ("satisfaction_rate", "Hà Nội", "year", "2024-12-31", 91.05),
        ],
    ),
    # "Tp. Hồ Chí Minh" report: smartphone subscriptions count and share, fibre share; the change in points left out
    (
        "Báo cáo của Sở Khoa học và Công nghệ Tp. Hồ Chí Minh:\n"
        "đến hết tháng 12/2024, thành phố có 13,8 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 91,3% tổng số thuê bao di động;\n"
        "tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 93,5%, tăng 2,1 điểm phần trăm so với năm 2023.",
        "2025-01-25",
        [
            ("smartphone_subscriptions", "Hồ Chí Minh", "as_of", "2024-12-31", 13800000),
            ("smartphone_subscriber_rate", "Hồ Chí Minh", "as_of", "2024-12-31", 91.3),
            ("ftth_household_rate", "Hồ Chí Minh", "as_of", "2024-12-31", 93.5),
        ],
    ),
]
