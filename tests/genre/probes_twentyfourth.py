"""Blind genre probes, round 24: short press articles that combine several sources. Each text
mixes a ministry's national figures with an operator's (Viettel, VNPT, MobiFone), a province's,
a research firm's or vendor's (Google-Temasek-Bain, Ookla, GSMA, We Are Social, Kaspersky, Bkav)
or another country's, quotes officials ("…", ông X cho biết), compares with last month or last
year, and sometimes gives a value only in a headline, a photo caption or parentheses. The
expected lists hold only what a careful analyst would store under the golden-set conventions
(national unless a level or a province is named; operators', vendors', surveys' and foreign
figures, targets, changes, remainders and sub-counts after "trong đó" left out; a bare "hiện
nay" dated by the publication date, or dropped when there is none). Six cases expect nothing.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # portal accounts: level at a date, a month's new accounts (_new twin), year-to-date dossiers; a change left out
    (
        "Cổng Dịch vụ công quốc gia vượt 20 triệu tài khoản\n"
        "(VnExpress) Tính đến ngày 15/4/2025, Cổng Dịch vụ công quốc gia có 20,3 triệu tài khoản đăng ký, "
        "tăng khoảng 1,1 triệu so với cuối năm 2024, theo Văn phòng Chính phủ.\n"
        "Riêng tháng 3/2025, Cổng ghi nhận 410.000 tài khoản đăng ký mới. Lũy kế từ đầu năm đến 15/4, "
        "người dân và doanh nghiệp đã nộp 3,2 triệu hồ sơ trực tuyến qua Cổng.\n"
        "“Việc đồng bộ với tài khoản VNeID giúp người dân đăng nhập chỉ bằng một thao tác”, "
        "ông Lê Văn Hòa, đại diện Cục Kiểm soát TTHC, cho biết.",
        "2025-04-16",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-15", 20300000),
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 410000),
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-15", 3200000),
        ],
    ),
    # NDXP monthly report: month flow, per-day average, running total "chạm mốc"; month-on-month change left out
    (
        "NDXP tiếp tục tăng trưởng mạnh trong tháng 5\n"
        "(Báo Chính phủ) Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025 của Bộ Khoa học và Công nghệ, "
        "trong tháng 5/2025 Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,4 triệu giao dịch, "
        "tăng 8,6% so với tháng trước; bình quân mỗi ngày có 3,17 triệu giao dịch.\n"
        "Lũy kế từ khi đưa vào vận hành, tổng số giao dịch qua NDXP đã chạm mốc 4,12 tỷ.\n"
        "“Dữ liệu phải được chia sẻ một lần, dùng nhiều lần”, lãnh đạo Cục Chuyển đổi số quốc gia nhấn mạnh.",
        "2025-06-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3170000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4120000000),
        ],
    ),
    # Ookla: Viet Nam's download speeds kept; upload, ranks and Singapore's figure left out
    (
        "Tốc độ Internet di động Việt Nam tháng 3/2025 tăng 2 bậc\n"
        "(ICTNews) Theo Speedtest Global Index do Ookla công bố ngày 16/4/2025, tốc độ tải xuống trung vị "
        "của mạng di động Việt Nam trong tháng 3/2025 ở mức 94,97 Mbps, xếp thứ 20/111 quốc gia; "
        "tốc độ tải lên đạt 31,8 Mbps.\n"
        "Với băng rộng cố định, Việt Nam đạt tốc độ tải xuống 158,68 Mbps (hạng 38/154), trong khi "
        "Singapore dẫn đầu thế giới với 345,3 Mbps.\n"
        "Đại diện Cục Viễn thông cho biết kết quả đo của hệ thống i-Speed cũng cho thấy xu hướng tương tự.",
        "2025-04-17",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 94.97),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 158.68),
        ],
    ),
    # We Are Social's share of people (a survey) and Thailand's left out; the ministry's estimate kept
    (
        "Digital 2025: Việt Nam có 79,8 triệu người dùng Internet\n"
        "Báo cáo Digital 2025 của We Are Social và Meltwater cho biết, đầu năm 2025 Việt Nam có 79,8 triệu "
        "người dùng Internet, tương đương 78,8% dân số; mỗi người dành trung bình 6 giờ 18 phút mỗi ngày để lên mạng.\n"
        "Số liệu của cơ quan quản lý cao hơn: theo Bộ Khoa học và Công nghệ, tính đến cuối năm 2024, "
        "tỷ lệ người dân sử dụng Internet của cả nước ước đạt 84%.\n"
        "Theo cùng báo cáo, tỷ lệ này ở Thái Lan là 90,6% và ở Philippines là 83,8%.",
        "2025-02-26",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 84),
        ],
    ),
    # NEGATIVE: GSMA's smartphone share (industry body's estimate), forecasts and the region's figures
    (
        "GSMA: 84% kết nối di động tại Việt Nam là smartphone\n"
        "Theo báo cáo Mobile Economy Asia Pacific 2024 của Hiệp hội GSMA, tỷ lệ smartphone trên tổng số kết nối "
        "di động tại Việt Nam năm 2023 đạt 84%, dự báo lên tới 94% vào năm 2030.\n"
        "Toàn khu vực châu Á - Thái Bình Dương, 5G dự kiến chiếm 41% kết nối di động vào năm 2030; "
        "tỷ lệ người dân dùng Internet di động của khu vực là 52%.\n"
        "“Việt Nam là một trong những thị trường năng động nhất khu vực”, đại diện GSMA nói.",
        "2024-11-20",
        [],
    ),
    # provincial portal, quý I: province's rates, the national average in parentheses, e-results; headline rounding not a second value
    (
        "Quảng Ninh: Quý I/2025, tỷ lệ hồ sơ trực tuyến đạt gần 92%\n"
        "Theo Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh, trong quý I/2025, toàn tỉnh tiếp nhận 215.430 "
        "hồ sơ TTHC, trong đó 198.112 hồ sơ được nộp trực tuyến, đạt tỷ lệ 91,96%, cao hơn nhiều so với "
        "bình quân cả nước (52,4%).\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 62,3%; tỷ lệ cấp kết quả giải quyết TTHC "
        "điện tử đạt 95,1%.\n"
        "“Quảng Ninh tiếp tục giữ vị trí dẫn đầu”, bà Nguyễn Thị Lan, Giám đốc Trung tâm, cho biết.",
        "2025-04-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 91.96),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 52.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 62.3),
            ("e_result_rate", "Quảng Ninh", "quarter", "2025-03-31", 95.1),
        ],
    ),
    # EGDI "71/193" plus the previous edition in parentheses; other countries' ranks and "tăng 15 bậc" left out
    (
        "Việt Nam tăng 15 bậc về Chính phủ điện tử\n"
        "(Dân trí) Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024 (công bố tháng 9/2024), Việt Nam "
        "xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ trước "
        "(năm 2022 xếp thứ 86/193).\n"
        "Trong khu vực ASEAN, Singapore đứng thứ 3, Thái Lan thứ 52 và Malaysia thứ 53.\n"
        "“Lần đầu tiên Việt Nam vào nhóm có chỉ số EGDI rất cao”, đại diện Bộ Khoa học và Công nghệ cho biết "
        "tại buổi họp báo ngày 14/2/2025.",
        "2025-02-15",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # cyberattacks: month, last month in parentheses, kinds after "Trong đó" and Kaspersky's count left out; botnet level
    (
        "Trong tháng 3/2024, hơn 1.000 cuộc tấn công mạng nhắm vào hệ thống thông tin tại Việt Nam\n"
        "Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 3/2024, hệ thống kỹ thuật đã ghi nhận, cảnh báo và "
        "hướng dẫn xử lý 1.030 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 8,4% "
        "so với tháng 2/2024 (950 cuộc).\n"
        "Trong đó, có 586 cuộc tấn công lừa đảo (Phishing), 311 cuộc tấn công thay đổi giao diện (Deface) và "
        "133 cuộc tấn công cài mã độc (Malware).\n"
        "Tính đến cuối tháng 3/2024, số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) ở mức "
        "khoảng 4,76 triệu. Hãng bảo mật Kaspersky cho biết trong quý I đã ngăn chặn 12,4 triệu cuộc tấn công "
        "web nhắm vào người dùng Việt Nam.",
        "2024-04-09",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1030),
            ("cyberattacks", "national", "month", "2024-02-29", 950),
            ("botnet_ips", "national", "as_of", "2024-03-31", 4760000),
        ],
    ),
    # info-system level approval: total, khối bộ ngành, khối địa phương; the target and "6 bộ và 11 tỉnh" left out
    (
        "Tính đến ngày 30/9/2024, 85,2% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ "
        "đề xuất cấp độ an toàn hệ thống thông tin; khối bộ, ngành đạt 91,4%, khối địa phương đạt 81,7%.\n"
        "Theo Chỉ thị 09/CT-TTg, mục tiêu là 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ "
        "phương án bảo đảm an toàn trong tháng 12/2024.\n"
        "“Vẫn còn 6 bộ và 11 tỉnh chưa hoàn thành”, ông Trần Quang Hưng, đại diện Cục An toàn thông tin, "
        "cho biết tại hội nghị giao ban.",
        "2024-10-05",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 85.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 91.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 81.7),
        ],
    ),
    # GSO's digital-economy share of GDP kept; Google-Temasek-Bain GMV growth (research firm) and the 2025 target left out
    (
        "Kinh tế số chiếm 12,33% GDP năm 2023\n"
        "(Thanh Niên) Theo số liệu Tổng cục Thống kê công bố tại hội thảo ngày 5/7/2024, tỷ trọng giá trị tăng "
        "thêm của kinh tế số trong GDP năm 2023 của Việt Nam ước đạt 12,33%.\n"
        "Trong khi đó, báo cáo e-Conomy SEA của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa "
        "(GMV) của kinh tế số Việt Nam năm 2023 đạt 30 tỷ USD, tăng 19% so với năm 2022, dẫn đầu Đông Nam Á về "
        "tốc độ tăng trưởng.\n"
        "Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP.",
        "2024-07-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # NEGATIVE: targets in a Prime Minister's speech, counts of decrees, decisions and meetings
    (
        "Thủ tướng: Phấn đấu năm 2025 kinh tế số đạt 20% GDP\n"
        "Phát biểu tại phiên họp của Ủy ban Quốc gia về chuyển đổi số, Thủ tướng yêu cầu phấn đấu đến hết năm "
        "2025 tỷ trọng kinh tế số đạt 20% GDP; 100% dịch vụ công trực tuyến được cung cấp toàn trình; 50% người "
        "trưởng thành sử dụng DVCTT; 80% người trưởng thành có tài khoản thanh toán.\n"
        "Năm qua, Chính phủ đã ban hành 12 nghị định, 35 quyết định về chuyển đổi số và Ủy ban đã tổ chức "
        "4 phiên họp.\n"
        "“Mục tiêu đã rõ, việc còn lại là hành động”, Thủ tướng nói.",
        "2025-03-10",
        [],
    ),
    # 5G: national stations and coverage kept; Viettel's share in parentheses, VNPT's, MobiFone's plan, the 90% target left out
    (
        "Cả nước có hơn 11.000 trạm 5G sau nửa năm\n"
        "Tính đến hết tháng 6/2025, cả nước có hơn 11.000 trạm phát sóng 5G (trong đó Viettel chiếm khoảng "
        "7.500 trạm), vùng phủ sóng 5G đạt 26% dân số, theo Cục Viễn thông.\n"
        "VNPT cho biết đã phát sóng 5G tại 63/63 tỉnh, thành với tốc độ trung bình hơn 500 Mbps; MobiFone đặt "
        "mục tiêu 5.000 trạm vào cuối năm.\n"
        "“Cuối năm 2025, vùng phủ 5G phải đạt 90% dân số”, lãnh đạo Cục Viễn thông nhấn mạnh.",
        "2025-07-03",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26),
        ],
    ),
    # the smartphone share only in the headline (dated by the body); counts in the body; Decision Lab's share of people left out
    (
        "Hơn 93% thuê bao di động đã dùng smartphone\n"
        "(VietnamPlus) Số liệu của Cục Viễn thông cho thấy, đến hết tháng 4/2025, số thuê bao điện thoại di động "
        "sử dụng smartphone đạt 118,6 triệu; thuê bao băng rộng di động ở mức 98,9 triệu.\n"
        "Theo khảo sát của Decision Lab, 97% người dùng điện thoại tại đô thị sở hữu smartphone.\n"
        "Các nhà mạng đang đẩy nhanh lộ trình tắt sóng 2G để chuyển khoảng 8 triệu thuê bao “2G only” lên 4G.",
        "2025-05-12",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-30", 93),
            ("smartphone_subscriptions", "national", "as_of", "2025-04-30", 118600000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 98900000),
        ],
    ),
    # a province's rate given only in a photo caption; "hiện nay" + đủ điều kiện dated by the publication date
    (
        "Bình Dương: 100% TTHC đủ điều kiện đã cung cấp trực tuyến toàn trình\n"
        "Ảnh: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Bình Dương; tỷ lệ hồ sơ trực "
        "tuyến của tỉnh trong 6 tháng đầu năm 2025 đạt 96,7%.\n"
        "Theo Sở Khoa học và Công nghệ Bình Dương, 6 tháng đầu năm, toàn tỉnh tiếp nhận hơn 612.000 hồ sơ TTHC; "
        "tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 68%.\n"
        "Hiện nay, 100% TTHC đủ điều kiện trên địa bàn tỉnh đã được cung cấp dưới dạng DVCTT toàn trình.",
        "2025-07-08",
        [
            ("online_dossier_rate", "Bình Dương", "half", "2025-06-30", 96.7),
            ("full_process_provision_rate", "Bình Dương", "as_of", "2025-07-08", 100),
        ],
    ),
    # FTTH share and fixed subscriptions kept; Korea's, Singapore's, Thailand's shares and the yearly change left out
    (
        "Cáp quang đến 82,4% hộ gia đình\n"
        "Theo Bộ Khoa học và Công nghệ, tính đến cuối năm 2024, tỷ lệ hộ gia đình sử dụng cáp quang (FTTH) của "
        "Việt Nam đạt 82,4%; số thuê bao băng rộng cố định đạt 23,6 triệu, tăng 9,8% so với năm 2023.\n"
        "Con số này đưa Việt Nam vào nhóm dẫn đầu khu vực, sau Hàn Quốc (99%) và Singapore (97%); tỷ lệ của "
        "Thái Lan khoảng 78%.\n"
        "“Hạ tầng cáp quang là nền móng của kinh tế số”, lãnh đạo Bộ cho biết.",
        "2025-01-20",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23600000),
        ],
    ),
    # NEGATIVE: only year-on-year changes, a "1,5 lần" ratio and percentage-point gains
    (
        "6 tháng đầu năm 2025: doanh thu công nghiệp ICT tăng 12%\n"
        "Báo cáo của Bộ Khoa học và Công nghệ cho thấy, 6 tháng đầu năm 2025, doanh thu công nghiệp công nghệ "
        "thông tin tăng 12% so với cùng kỳ; số giao dịch qua NDXP tăng 25%; số cuộc tấn công mạng gây sự cố "
        "giảm 9,3% so với cùng kỳ năm trước.\n"
        "Số hồ sơ nộp trực tuyến qua Cổng DVCQG tăng 1,5 lần, tỷ lệ hồ sơ trực tuyến tăng 7,5 điểm phần trăm.\n"
        "“Đây là tốc độ tăng trưởng ấn tượng”, ông Phạm Minh Đức, chuyên gia kinh tế số, nhận định.",
        "2025-07-12",
        [],
    ),
    # an interview quote "Đến nay …" dated by the workshop; undated per-day average at the same cut-off; CSDL count left out
    (
        "“Đến nay, NDXP đã kết nối với 112 cơ quan, đơn vị, với 3.412 điểm kết nối tới các hệ thống thông tin, "
        "cơ sở dữ liệu”, ông Trần Minh Tuấn, Phó Cục trưởng Cục Chuyển đổi số quốc gia, cho biết tại hội thảo "
        "ngày 12/6/2025 ở Hà Nội.\n"
        "Theo ông Tuấn, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đang phục vụ trung bình 3,2 triệu giao dịch "
        "mỗi ngày.\n"
        "Cả nước đã xác định 26 CSDL quốc gia cần ưu tiên kết nối.",
        "2025-06-13",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-12", 112),
            ("ndxp_connection_points", "national", "as_of", "2025-06-12", 3412),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-12", 3200000),
        ],
    ),
    # Mobile Money total kept, rural part after "trong đó" left out; World Bank Findex (survey) and Thailand left out
    (
        "Mobile Money chạm mốc 8,4 triệu khách hàng\n"
        "Theo Ngân hàng Nhà nước, tính đến cuối tháng 3/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt "
        "8,4 triệu, trong đó 5,9 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo.\n"
        "Cũng đến thời điểm này, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%.\n"
        "Theo khảo sát Global Findex của Ngân hàng Thế giới, tỷ lệ người trưởng thành Việt Nam có tài khoản năm "
        "2021 chỉ là 56%; ở Thái Lan là 96%.",
        "2024-04-22",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8400000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-03-31", 87.08),
        ],
    ),
    # "Tính đến 8h ngày …": chip ID cards and VNeID accounts; level-2 part and the monthly increase left out
    (
        "(Báo Chính phủ) Tính đến 8h ngày 20/5/2025, Bộ Công an đã cấp 89,3 triệu thẻ căn cước gắn chip và "
        "kích hoạt 62,4 triệu tài khoản định danh điện tử VNeID, trong đó 55,1 triệu tài khoản mức độ 2.\n"
        "So với cuối tháng 4/2025, số tài khoản VNeID được kích hoạt tăng thêm 1,2 triệu.\n"
        "“Ứng dụng VNeID đã tích hợp 42 tiện ích”, đại diện Cục C06 cho biết.",
        "2025-05-21",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-05-20", 89300000),
            ("vneid_activated_accounts", "national", "as_of", "2025-05-20", 62400000),
        ],
    ),
    # e-invoices running total "hơn 9,2 tỷ"; coded-invoice part, the quarter's new invoices, Korea left out
    (
        "Hơn 9,2 tỷ hóa đơn điện tử đã được xử lý\n"
        "(VnExpress) Lũy kế từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022) đến ngày 31/3/2025, "
        "cơ quan thuế đã tiếp nhận và xử lý hơn 9,2 tỷ hóa đơn điện tử, trong đó 3,1 tỷ hóa đơn có mã của cơ "
        "quan thuế.\n"
        "Riêng quý I/2025, có khoảng 1,1 tỷ hóa đơn được khởi tạo.\n"
        "Theo Tổng cục Thuế, 100% doanh nghiệp đã dùng hóa đơn điện tử; Hàn Quốc mất gần 10 năm để đạt tỷ lệ này.",
        "2025-04-10",
        [
            ("e_invoices_total", "national", "as_of", "2025-03-31", 9200000000),
        ],
    ),
    # online payments: month flows (_new twins) and running totals in "nghìn tỷ đồng"; a bank's share left out
    (
        "(Báo Chính phủ) Theo báo cáo tháng 4/2025 của Văn phòng Chính phủ, trong tháng 4/2025 Cổng Dịch vụ "
        "công quốc gia ghi nhận 1,23 triệu giao dịch thanh toán trực tuyến với số tiền 1.056 tỷ đồng.\n"
        "Lũy kế từ khi triển khai đến hết tháng 4, Cổng có 28,6 triệu giao dịch thanh toán trực tuyến, tổng số "
        "tiền lên tới 12,9 nghìn tỷ đồng.\n"
        "Vietcombank là ngân hàng có số giao dịch lớn nhất (chiếm 21%).",
        "2025-05-06",
        [
            ("online_payments_count_new", "national", "month", "2025-04-30", 1230000),
            ("online_payments_value_new", "national", "month", "2025-04-30", 1056),
            ("online_payments_count", "national", "as_of", "2025-04-30", 28600000),
            ("online_payments_value", "national", "as_of", "2025-04-30", 12900),
        ],
    ),
    # no publication date: dated levels "63/63", "41/53" kept; the remainder and a bare "Hiện nay" stock left out
    (
        "Đến ngày 31/5/2024, 63/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành nghị quyết của HĐND về giảm "
        "phí, lệ phí khi thực hiện DVCTT.\n"
        "Cùng thời điểm, 41/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; "
        "12 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện.\n"
        "Hiện nay, Cổng Dịch vụ công quốc gia có hơn 19 triệu tài khoản đăng ký.",
        None,
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 63),
            ("essential_services_full_process", "national", "as_of", "2024-05-31", 41),
        ],
    ),
    # full-process share by level and nationally; one named ministry left out, one province (Hà Nội) kept
    (
        "(VietnamPlus) Theo Báo cáo chuyển đổi số quốc gia tháng 3/2025, tỷ lệ cung cấp DVCTT toàn trình trên "
        "tổng số TTHC của khối bộ, ngành là 48,2%; khối địa phương là 55,7%; tính chung cả nước đạt 52,1%.\n"
        "Bộ Tài chính là đơn vị có tỷ lệ cao nhất (86%), trong khi Hà Nội dẫn đầu khối địa phương với 71,5%.\n"
        "“Các đơn vị thấp hơn bình quân cần có kế hoạch cụ thể”, đại diện Văn phòng Chính phủ cho biết.",
        "2025-04-04",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-03-31", 48.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-03-31", 55.7),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-31", 52.1),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2025-03-31", 71.5),
        ],
    ),
    # a table written as lines with two month columns: dossier rates and data reuse
    (
        "Một số chỉ tiêu dịch vụ công trực tuyến cả nước (nguồn: Văn phòng Chính phủ)\n"
        "Chỉ tiêu | Tháng 4/2025 | Tháng 5/2025\n"
        "Tỷ lệ hồ sơ trực tuyến | 46,2% | 48,7%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 31,0% | 33,4%\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa | 35,8% | 38,1%\n"
        "Số liệu tháng 5 tính đến ngày 31/5/2025.",
        "2025-06-09",
        [
            ("online_dossier_rate", "national", "month", "2025-04-30", 46.2),
            ("online_dossier_rate", "national", "month", "2025-05-31", 48.7),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 31.0),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 33.4),
            ("data_reuse_rate", "national", "month", "2025-04-30", 35.8),
            ("data_reuse_rate", "national", "month", "2025-05-31", 38.1),
        ],
    ),
    # year review in an official's quote; the adults' share only in the headline; the 50% target left out
    (
        "Bộ trưởng: 43,5% người trưởng thành đã dùng dịch vụ công trực tuyến\n"
        "Tổng kết năm 2024, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho biết: “Năm 2024, mức độ hài lòng của "
        "người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 85,4%; tỷ lệ hồ sơ TTHC được xử lý gắn với "
        "mã số định danh cá nhân đạt 97,2%”.\n"
        "Tuy nhiên, tỷ lệ người trưởng thành sử dụng DVCTT vẫn thấp hơn mục tiêu 50% đặt ra cho năm 2025.",
        "2025-01-08",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 85.4),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 97.2),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 43.5),
        ],
    ),
    # "763/1.084" procedures simplified with "Đến nay"; 29 resolutions, the 321 remaining and the savings left out
    (
        "(Báo Chính phủ) Đến nay, Chính phủ đã ban hành 29 nghị quyết chuyên đề về phương án đơn giản hóa TTHC, "
        "giấy tờ công dân liên quan đến quản lý dân cư; qua đó cắt giảm, đơn giản hóa 763/1.084 thủ tục hành "
        "chính, còn 321 thủ tục chưa được thực hiện.\n"
        "Theo Văn phòng Chính phủ, các phương án đã thực thi giúp tiết kiệm khoảng 2.000 tỷ đồng chi phí tuân thủ mỗi năm.\n"
        "“Phải hoàn thành phần còn lại trong năm nay”, Phó Thủ tướng yêu cầu tại cuộc họp ngày 1/10/2024.",
        "2024-10-02",
        [
            ("procedures_simplified", "national", "as_of", "2024-10-02", 763),
        ],
    ),
    # EMC connection with last month's value in parentheses; services with dossiers
    (
        "Báo cáo tháng 9/2024 của Văn phòng Chính phủ cho thấy, tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh "
        "kết nối, tích hợp đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số "
        "(EMC) đạt 87,3% (tháng 8/2024 là 82%).\n"
        "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến đạt 58,6%.\n"
        "“Còn 4 bộ chưa kết nối đầy đủ”, ông Nguyễn Đức Thịnh, Vụ trưởng, cho biết.",
        "2024-10-07",
        [
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 87.3),
            ("emc_connection_rate", "national", "as_of", "2024-08-31", 82),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-09-30", 58.6),
        ],
    ),
    # villages: national level, one province after "riêng", dead-zone share, all-villages share; villages covered in the year and Viettel left out
    (
        "Còn 620 thôn, bản chưa có sóng di động băng rộng\n"
        "Theo Bộ TT&TT, đến ngày 30/11/2024, cả nước còn 620 thôn, bản chưa có sóng di động băng rộng, riêng "
        "Hà Giang còn 87 thôn. Trong năm, các doanh nghiệp đã phủ sóng thêm 1.600 thôn lõm sóng; tỷ lệ thôn lõm "
        "sóng có điện lưới đã được phủ sóng đạt 95,3%.\n"
        "Tính chung, tỷ lệ thôn, bản trên cả nước có sóng di động đạt 99,3%.\n"
        "“Viettel đảm nhận 70% số điểm lõm”, đại diện Viettel cho biết.",
        "2024-12-03",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-30", 620),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-30", 87),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-30", 95.3),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-30", 99.3),
        ],
    ),
    # provincial portal: GRDP share (province), 5G stations and coverage at a date; Viettel's branch and the target left out
    (
        "Thái Nguyên: kinh tế số chiếm gần 43% GRDP\n"
        "Theo Cổng thông tin điện tử tỉnh Thái Nguyên, năm 2024 tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt "
        "42,9%, thuộc nhóm cao nhất cả nước.\n"
        "Tính đến ngày 15/2/2025, toàn tỉnh có 650 trạm BTS 5G, vùng phủ sóng 5G đạt 90% dân số; riêng Viettel "
        "Thái Nguyên đã lắp đặt 420 trạm.\n"
        "Tỉnh đặt mục tiêu năm 2025 kinh tế số chiếm 45% GRDP.",
        "2025-02-18",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 42.9),
            ("fiveg_bts_count", "Thái Nguyên", "as_of", "2025-02-15", 650),
            ("fiveg_population_coverage_rate", "Thái Nguyên", "as_of", "2025-02-15", 90),
        ],
    ),
    # subscriptions per 100 inhabitants ("thuê bao/100 dân") and a count; the OECD average left out
    (
        "(ICTNews) Đến hết quý II/2025, số thuê bao băng rộng cố định trên 100 dân của Việt Nam đạt 24,3; số thuê "
        "bao băng rộng di động là 96,8 thuê bao/100 dân, theo Cục Viễn thông.\n"
        "Con số này vẫn thấp hơn mức trung bình của các nước OECD (36 thuê bao cố định/100 dân).\n"
        "Tổng số thuê bao băng rộng cố định cả nước ở mức 24,5 triệu.",
        "2025-07-15",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 24.3),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 96.8),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24500000),
        ],
    ),
    # NEGATIVE: operators' own 5G stations, speeds, coverage and plans; Ookla's figure for one operator
    (
        "VNPT phủ sóng 5G toàn bộ 63 tỉnh, thành\n"
        "Đến hết tháng 5/2025, VNPT đã phát sóng 2.500 trạm 5G, tốc độ tải xuống trung bình trên mạng 5G của VNPT "
        "đạt hơn 500 Mbps. MobiFone cho biết đã lắp đặt 1.000 trạm và phủ 5G cho 40% dân số tại các đô thị lớn.\n"
        "Theo Ookla, trong quý I/2025 Viettel là nhà mạng có tốc độ di động nhanh nhất Việt Nam với 110,5 Mbps.\n"
        "“Chúng tôi đặt mục tiêu 10.000 trạm 5G vào năm 2026”, đại diện VNPT nói.",
        "2025-06-10",
        [],
    ),
    # NEGATIVE: other countries' EGDI ranks and digital-economy shares, the world's fixed speed
    (
        "Bảng xếp hạng EGDI 2024: Đan Mạch dẫn đầu\n"
        "Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Đan Mạch xếp thứ nhất, Estonia thứ hai, "
        "Singapore thứ ba; Hàn Quốc đứng thứ 4, Thái Lan thứ 52, Indonesia thứ 64.\n"
        "Tại Trung Quốc, kinh tế số chiếm 42,8% GDP năm 2023; tỷ lệ này ở Ấn Độ khoảng 11,7%.\n"
        "Trung bình thế giới, tốc độ băng rộng cố định đạt 92,5 Mbps trong tháng 3/2025.",
        "2025-04-20",
        [],
    ),
    # NEGATIVE: Google-Temasek-Bain's GMV, its growth "tăng 16%", a 2030 forecast, e-commerce
    (
        "e-Conomy SEA 2024: kinh tế số Việt Nam đạt 36 tỷ USD\n"
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company công bố ngày 5/11/2024 cho biết, tổng giá "
        "trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 ước đạt 36 tỷ USD, tăng 16% so với năm 2023, và "
        "có thể lên tới 90-200 tỷ USD vào năm 2030.\n"
        "Thương mại điện tử tiếp tục là động lực chính với 22 tỷ USD, tăng 18%.\n"
        "“Việt Nam là một trong những nền kinh tế số tăng trưởng nhanh nhất khu vực”, đại diện Google Việt Nam "
        "cho biết.",
        "2024-11-06",
        [],
    ),
    # a year under review: share of GDP and growth of the digital economy; "gấp 3 lần", ICT revenue and the target left out
    (
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tốc độ tăng trưởng kinh tế số khoảng 20%, gấp "
        "khoảng 3 lần tốc độ tăng trưởng GDP, theo Bộ Thông tin và Truyền thông.\n"
        "Doanh thu công nghiệp công nghệ số năm 2024 ước đạt 152 tỷ USD.\n"
        "Bộ trưởng cho biết Việt Nam phấn đấu đạt tỷ trọng 20% vào năm 2025.",
        "2025-01-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # half-year portal dossiers (_new twin), the running total at a date, services with dossiers; the change left out
    (
        "6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 7,8 triệu hồ sơ trực tuyến\n"
        "(VietnamPlus) Theo Văn phòng Chính phủ, lũy kế 6 tháng đầu năm 2025, Cổng Dịch vụ công quốc gia đã "
        "tiếp nhận 7,8 triệu hồ sơ trực tuyến, tăng 32% so với cùng kỳ; tỷ lệ DVCTT có phát sinh hồ sơ trực "
        "tuyến trong kỳ đạt 67,2%.\n"
        "Tính đến ngày 30/6/2025, tổng số hồ sơ trực tuyến Cổng đã tiếp nhận kể từ khi khai trương là 48,5 triệu.\n"
        "Hà Nội và TP Hồ Chí Minh là hai địa phương có số hồ sơ lớn nhất.",
        "2025-07-05",
        [
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 7800000),
            ("dvctt_with_dossiers_rate", "national", "half", "2025-06-30", 67.2),
            ("national_portal_dossiers", "national", "as_of", "2025-06-30", 48500000),
        ],
    ),
    # three shares of procedures in one passage: full-process of all, of eligible ones, any-level; a count after "Trong đó" left out
    (
        "Tính đến ngày 15/4/2025, cả nước đã cung cấp 4.481 DVCTT toàn trình, đạt tỷ lệ 46,8% tổng số TTHC; nếu "
        "tính trên số TTHC đủ điều kiện, tỷ lệ này là 89,3%. Trong đó, khối bộ, ngành cung cấp 1.120 DVCTT toàn "
        "trình.\n"
        "Tỷ lệ DVCTT trên tổng số TTHC đạt 81,7%.\n"
        "“Các bộ, ngành cần đưa 100% TTHC đủ điều kiện lên toàn trình trong quý II”, ông Nguyễn Văn Thành, "
        "Cục trưởng Cục Kiểm soát TTHC, cho biết.",
        "2025-04-18",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 46.8),
            ("full_process_provision_rate", "national", "as_of", "2025-04-15", 89.3),
            ("dvctt_rate", "national", "as_of", "2025-04-15", 81.7),
        ],
    ),
    # ranking of provinces: leader, national average, last place, each with its own breakdown; a target in a quote
    (
        "Đà Nẵng dẫn đầu cả nước về hồ sơ trực tuyến toàn trình\n"
        "Số liệu tháng 7/2025 trên Cổng Dịch vụ công quốc gia cho thấy, tỷ lệ hồ sơ trực tuyến toàn trình của "
        "Đà Nẵng đạt 78,5%, trong khi bình quân cả nước là 41,2%.\n"
        "Xếp cuối bảng là Lâm Đồng với 12,4%.\n"
        "“Chúng tôi đặt mục tiêu 90% vào cuối năm”, lãnh đạo Sở Khoa học và Công nghệ Đà Nẵng cho biết.",
        "2025-08-06",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-07-31", 78.5),
            ("online_dossier_full_process_rate", "national", "month", "2025-07-31", 41.2),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2025-07-31", 12.4),
        ],
    ),
    # "Hiện nay" dated by the publication date; one named ministry's share left out; "mới ở mức"
    (
        "80% thủ tục hành chính đã được cung cấp trực tuyến\n"
        "(Tuổi Trẻ) Hiện nay, cả nước có 5.061 DVCTT, tương đương 80,1% tổng số TTHC, theo Văn phòng Chính phủ. "
        "Trong đó, Bộ Tài chính dẫn đầu với 95% TTHC được cung cấp trực tuyến.\n"
        "Đáng chú ý, tỷ lệ hồ sơ trực tuyến toàn trình hiện mới ở mức 28,5%.",
        "2024-08-20",
        [
            ("dvctt_rate", "national", "as_of", "2024-08-20", 80.1),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-08-20", 28.5),
        ],
    ),
    # NDXP: a quarter's flow and per-day average, the running total at a date, a "hiện" level
    (
        "Quý I/2025, NDXP xử lý 252 triệu giao dịch\n"
        "Theo Cục Chuyển đổi số quốc gia, trong quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) "
        "đã xử lý 252 triệu giao dịch, trung bình 2,8 triệu giao dịch mỗi ngày. Tính đến ngày 15/4/2025, tổng số "
        "giao dịch lũy kế từ năm 2019 đạt 3,96 tỷ.\n"
        "NDXP hiện kết nối 106 cơ quan, đơn vị.",
        "2025-04-17",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 252000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 2800000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-15", 3960000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-17", 106),
        ],
    ),
    # yearly attacks with the previous year in parentheses, botnet level; Bkav's and Kaspersky's figures left out
    (
        "Năm 2024, 13.900 cuộc tấn công mạng gây sự cố\n"
        "(Dân trí) Theo Cục An toàn thông tin, năm 2024 hệ thống kỹ thuật đã ghi nhận 13.900 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 5,6% so với năm 2023 (14.720 cuộc). Tính đến "
        "cuối năm 2024, số địa chỉ IP botnet của Việt Nam ở mức 3,2 triệu.\n"
        "Trong khi đó, khảo sát của Bkav cho thấy người dùng Việt Nam thiệt hại 18.900 tỷ đồng do lừa đảo trực "
        "tuyến; Kaspersky ghi nhận hơn 40 triệu mối đe dọa.",
        "2025-01-10",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 13900),
            ("cyberattacks", "national", "year", "2023-12-31", 14720),
            ("botnet_ips", "national", "as_of", "2024-12-31", 3200000),
        ],
    ),
]
