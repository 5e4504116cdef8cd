"""Blind genre probes, round 25: the digital economy, digital society, data and cybersecurity
families as 2024-2025 ministry reports, government notices, press summaries (VnExpress, Báo Chính
phủ, VietnamPlus), provincial portals and interviews word them: the digital economy's share of GDP
or of a province's GRDP and its growth (with the share of each sector and the ICT core after
"trong đó" left out), e-commerce and cashless payments, Mobile Money and payment accounts, digital
signatures, VNeID accounts and chip ID cards, electronic invoices, national databases, LGSP and
NDXP transactions (month, quarter, half, year-to-date, daily average, cumulative, tables written
as lines, ministries/localities splits), cyberattacks handled and botnet IPs with past values in
parentheses, information-system level approval, the UN EGDI rank beside other international
rankings (GCI, GII) that have no id, plus a few e-services and broadband cases so every catalog
family appears; six cases hold only numbers that must not be stored (targets, year-on-year
changes, operators', vendors', the world's and other countries' figures, sub-counts after
"trong đó", counts of decrees, meetings and databases, an undated "hiện nay"). Written for the
project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Ministry year-end report: GDP share and growth in one sentence; ICT core / sector parts after "Trong đó" and B2C e-commerce not stored.
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 12/2024\n"
        "1. Kinh tế số\n"
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tăng trưởng khoảng 20% so với năm 2023, "
        "gấp khoảng 3 lần tốc độ tăng trưởng GDP.\n"
        "Trong đó, kinh tế số ICT chiếm 8,5% GDP; kinh tế số nền tảng và kinh tế số ngành, lĩnh vực chiếm 9,8% GDP.\n"
        "Doanh thu thương mại điện tử bán lẻ B2C năm 2024 ước đạt 25 tỷ USD.",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # Provincial portal: share of GRDP for Bắc Ninh (province breakdown); percentage-point change, enterprise count and 2025 target not stored.
    (
        "Cổng TTĐT tỉnh Bắc Ninh – Năm 2024, kinh tế số tiếp tục là điểm sáng của tỉnh: tỷ trọng kinh tế số "
        "trong GRDP đạt 32,6%, cao hơn 1,9 điểm phần trăm so với năm 2023.\n"
        "Toàn tỉnh hiện có 1.268 doanh nghiệp công nghệ số đang hoạt động.\n"
        "Mục tiêu đến năm 2025, kinh tế số chiếm tối thiểu 35% GRDP của tỉnh.",
        "2025-02-14",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 32.6),
        ],
    ),
    # Statistics office wording "tỷ trọng giá trị tăng thêm ... là 12,33%"; core/sector parts and per-sector shares not stored.
    (
        "Lần đầu tiên Tổng cục Thống kê công bố số liệu chính thức về kinh tế số.\n"
        "Theo đó, năm 2023 tỷ trọng giá trị tăng thêm của kinh tế số trong GDP là 12,33%; trong đó kinh tế số lõi "
        "chiếm 6,82%, kinh tế số trong các ngành khác chiếm 5,51%.\n"
        "Xét theo từng ngành, tỷ trọng kinh tế số trong giá trị tăng thêm của ngành nông nghiệp mới ở mức 0,52%, "
        "công nghiệp chế biến, chế tạo 12,6%, bán buôn, bán lẻ 9,9%.",
        "2024-08-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # Press (VnExpress style) half-year: "ước đóng góp 18,7% GDP" and the half's growth of value added; GDP growth and the year's target not stored.
    (
        "(VnExpress) Kinh tế số 6 tháng đầu năm 2025 ước đóng góp 18,7% GDP, theo Bộ Khoa học và Công nghệ.\n"
        "Giá trị tăng thêm của kinh tế số trong nửa đầu năm tăng 16,4% so với cùng kỳ năm trước, "
        "cao gấp đôi tốc độ tăng GDP (7,52%).\n"
        "Cả năm 2025, Bộ đặt mục tiêu tỷ trọng kinh tế số đạt 20% GDP.",
        "2025-07-15",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7),
            ("digital_economy_growth", "national", "half", "2025-06-30", 16.4),
        ],
    ),
    # Vendor report (e-Conomy SEA) GMV, growth and e-commerce not stored; the ministry's national share for 2023 is.
    (
        "Báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa (GMV) "
        "của nền kinh tế Internet Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16% so với năm 2023, cao thứ hai khu vực.\n"
        "Thương mại điện tử chiếm tới 22 tỷ USD.\n"
        "Trong khi đó, theo số liệu của Bộ Thông tin và Truyền thông, tỷ trọng kinh tế số Việt Nam trong GDP "
        "năm 2023 đạt khoảng 16,5%.",
        "2024-11-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # NEGATIVE: e-commerce white book and cashless payment shares/changes, none has an id.
    (
        "Theo Sách trắng Thương mại điện tử Việt Nam 2024, doanh thu thương mại điện tử bán lẻ B2C năm 2023 "
        "đạt 20,5 tỷ USD, tăng 25% so với năm 2022, chiếm khoảng 9% tổng mức bán lẻ hàng hóa và doanh thu "
        "dịch vụ tiêu dùng cả nước.\n"
        "Khoảng 79% người dùng Internet đã tham gia mua sắm trực tuyến; tỷ lệ đơn hàng thanh toán không dùng "
        "tiền mặt lên tới 50%.\n"
        "Giao dịch thanh toán qua QR code tăng 173% về số lượng so với cùng kỳ.",
        "2024-06-05",
        [],
    ),
    # Central bank: adults with a payment account at end of June, cashless growth not stored; Mobile Money "đến nay" total kept, rural part after "trong đó" not.
    (
        "Ngân hàng Nhà nước cho biết, tính đến cuối tháng 6/2025, khoảng 87,08% người trưởng thành tại Việt Nam "
        "đã có tài khoản thanh toán tại ngân hàng.\n"
        "6 tháng đầu năm 2025, thanh toán không dùng tiền mặt tăng 43% về số lượng và 23% về giá trị so với "
        "cùng kỳ năm 2024; thanh toán qua QR code tăng 65% về số lượng.\n"
        "Dịch vụ Mobile Money đến nay có 10,5 triệu khách hàng, trong đó hơn 7,1 triệu khách hàng ở khu vực "
        "nông thôn, miền núi, vùng sâu, vùng xa.",
        "2025-07-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.08),
            ("mobile_money_customers", "national", "as_of", "2025-07-20", 10500000),
        ],
    ),
    # Mobile Money national total kept; the rural sub-count, one operator's (Viettel Money) customers and transaction count not stored.
    (
        "Theo Bộ Thông tin và Truyền thông, tính đến hết tháng 3/2024, tổng số khách hàng sử dụng dịch vụ "
        "Mobile Money đạt 7,3 triệu, trong đó 4,9 triệu khách hàng ở nông thôn.\n"
        "Riêng Viettel Money có hơn 5,1 triệu khách hàng Mobile Money; VNPT Money và MobiFone Money chiếm "
        "phần còn lại.\n"
        "Số giao dịch Mobile Money từ khi thí điểm đã vượt 150 triệu giao dịch.",
        "2024-04-18",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 7300000),
        ],
    ),
    # NEGATIVE: digital signature certificates, remote-signing share, licensed providers and a decree number: no id.
    (
        "Trung tâm Chứng thực điện tử quốc gia (NEAC) cho biết, tính đến ngày 31/3/2025, cả nước có khoảng "
        "15,4 triệu chứng thư chữ ký số công cộng đang hoạt động, trong đó 11,2 triệu chứng thư cấp cho cá nhân.\n"
        "Chữ ký số từ xa chiếm 42% số chứng thư cấp mới trong quý I/2025.\n"
        "Hiện có 29 tổ chức được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng; Nghị định "
        "23/2025/NĐ-CP quy định về chữ ký điện tử và dịch vụ tin cậy có hiệu lực từ ngày 10/4/2025.",
        "2025-04-12",
        [],
    ),
    # "Tính đến ngày 15/4/2025": chip ID cards and VNeID activated after "trong đó" (another indicator than the applications received); activation rate and daily log-ins not stored.
    (
        "Tính đến ngày 15/4/2025, Bộ Công an đã cấp 87.231.456 thẻ căn cước công dân gắn chip và thẻ căn cước; "
        "thu nhận 84,6 triệu hồ sơ cấp tài khoản định danh điện tử, trong đó đã kích hoạt 62,8 triệu tài khoản VNeID.\n"
        "Ứng dụng VNeID đã tích hợp 44 tiện ích, số lượt truy cập trung bình khoảng 3,2 triệu lượt/ngày.\n"
        "Tỷ lệ kích hoạt tài khoản định danh điện tử mức 2 đạt 94%.",
        "2025-04-17",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-15", 87231456),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 62800000),
        ],
    ),
    # Provincial police (Nghệ An), "Đến nay" with a published date: activated accounts kept, applications received and the "(đạt 86,9%)" rate not.
    (
        "Công an tỉnh Nghệ An: Đến nay, toàn tỉnh đã thu nhận 2.145.870 hồ sơ đề nghị cấp tài khoản định danh "
        "điện tử, đã kích hoạt 1.865.432 tài khoản (đạt 86,9%).\n"
        'Trên địa bàn tỉnh, 21/21 huyện, thành phố, thị xã đã triển khai mô hình "Khu dân cư số".\n'
        "Công an tỉnh tiếp tục phối hợp với các sở, ngành hướng dẫn người dân sử dụng các tiện ích trên ứng dụng VNeID.",
        "2024-10-03",
        [
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-10-03", 1865432),
        ],
    ),
    # VietnamPlus "Hiện nay" and "chạm mốc" as of the published date; the end-2025 target not stored.
    (
        "(VietnamPlus) Hiện nay, cả nước đã cấp hơn 87,6 triệu thẻ căn cước công dân gắn chip, hoàn thành cơ bản "
        "việc cấp thẻ cho công dân đủ tuổi.\n"
        "Bên cạnh đó, số tài khoản VNeID đã kích hoạt chạm mốc 60 triệu.\n"
        "Bộ Công an phấn đấu đến hết năm 2025 kích hoạt 100% tài khoản định danh điện tử cho công dân từ 14 tuổi trở lên.",
        "2025-03-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-02", 87600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-02", 60000000),
        ],
    ),
    # E-invoice total since July 2022 ("hơn 9,6 tỷ"); with/without-code parts, cash-register invoices and the month's new invoices not stored.
    (
        "Tổng cục Thuế cho biết, từ khi triển khai hóa đơn điện tử (tháng 7/2022) đến hết ngày 31/5/2025, cơ quan "
        "thuế đã tiếp nhận và xử lý hơn 9,6 tỷ hóa đơn điện tử, trong đó có 3,1 tỷ hóa đơn có mã của cơ quan thuế "
        "và 6,5 tỷ hóa đơn không có mã.\n"
        "Riêng hóa đơn điện tử khởi tạo từ máy tính tiền là 1,27 tỷ hóa đơn của 97.000 doanh nghiệp, hộ kinh doanh.\n"
        "Trong tháng 5/2025, có 312 triệu hóa đơn điện tử được khởi tạo, tăng 11% so với tháng trước.",
        "2025-06-10",
        [
            ("e_invoices_total", "national", "as_of", "2025-05-31", 9600000000),
        ],
    ),
    # EGDI "71/193" for the 2024 edition and the 2022 rank given in parentheses; "tăng 15 bậc", score and OSI not stored.
    (
        "Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 (E-Government Survey 2024) do Liên Hợp Quốc công bố, "
        "Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với "
        "năm 2022 (86/193).\n"
        "Lần đầu tiên Việt Nam thuộc nhóm có chỉ số EGDI rất cao, với điểm số 0,7709.\n"
        "Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7487, tăng 22 bậc.",
        "2025-01-06",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Rankings as a dash list: EGDI kept (2024 and the 2022 value), GII, GCI and other ASEAN countries' EGDI ranks not stored.
    (
        "Năm 2024 ghi nhận nhiều thứ hạng quốc tế tích cực về chuyển đổi số của Việt Nam:\n"
        "- Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc: thứ 71/193 (năm 2022: 86/193);\n"
        "- Chỉ số Đổi mới sáng tạo toàn cầu (GII) của WIPO: thứ 44/133;\n"
        "- Chỉ số An toàn, an ninh mạng toàn cầu (GCI) của ITU: nhóm Bậc 1 (Tier 1), 99,74/100 điểm.\n"
        "Trong khu vực ASEAN, Singapore đứng thứ 3 thế giới về EGDI, Malaysia thứ 39, Thái Lan thứ 52.",
        "2025-02-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # NEGATIVE: Global Cybersecurity Index tier, score, the 2020 rank "25/194" and a ranking goal: GCI has no id.
    (
        "Liên minh Viễn thông Quốc tế (ITU) vừa công bố Chỉ số An toàn, an ninh mạng toàn cầu (GCI) 2024.\n"
        "Việt Nam được xếp vào nhóm Bậc 1 (Tier 1) – nhóm các quốc gia có vai trò hình mẫu, với tổng điểm "
        "99,74/100, vượt xa mức trung bình của khu vực châu Á - Thái Bình Dương.\n"
        "Ở lần đánh giá trước (GCI 2020), Việt Nam đứng thứ 25/194 quốc gia, vùng lãnh thổ, tăng 25 bậc so với năm 2018.\n"
        "Bộ Thông tin và Truyền thông đặt mục tiêu duy trì vị trí trong nhóm 30 quốc gia dẫn đầu.",
        "2024-09-13",
        [],
    ),
    # Monthly report: attacks in the month, last month's count in parentheses kept with its own month, attack-type sub-counts and % changes not; botnet IPs at month end.
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 3/2025\n"
        "2. An toàn thông tin mạng\n"
        "Trong tháng 3/2025, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.102 cuộc tấn công "
        "mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với tháng 02/2025 (1.215 cuộc).\n"
        "Trong đó có 512 cuộc tấn công lừa đảo (Phishing), 374 cuộc tấn công thay đổi giao diện (Deface) và "
        "216 cuộc tấn công cài mã độc (Malware).\n"
        "Số địa chỉ IP Việt Nam nằm trong các mạng botnet là 612.340 địa chỉ, giảm 4,1% so với tháng trước.",
        "2025-04-05",
        [
            ("cyberattacks", "national", "month", "2025-03-31", 1102),
            ("cyberattacks", "national", "month", "2025-02-28", 1215),
            ("botnet_ips", "national", "as_of", "2025-03-31", 612340),
        ],
    ),
    # Báo Chính phủ: "Lũy kế 5 tháng đầu năm" as ytd plus "Tính riêng tháng 5"; yoy change and warning letters ("1,2 nghìn văn bản") not stored.
    (
        "(Báo Chính phủ) Lũy kế 5 tháng đầu năm 2025, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian "
        "mạng quốc gia (NCSC) đã ghi nhận, xử lý 5.450 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin "
        "tại Việt Nam, tăng 12% so với cùng kỳ năm 2024.\n"
        "Tính riêng tháng 5/2025 ghi nhận 1.034 cuộc.\n"
        "Cục đã gửi 1,2 nghìn văn bản cảnh báo đến các cơ quan, tổ chức.",
        "2025-06-09",
        [
            ("cyberattacks", "national", "ytd", "2025-05-31", 5450),
            ("cyberattacks", "national", "month", "2025-05-31", 1034),
        ],
    ),
    # "Quý II/2025" with the attack types in a parenthesised list (not stored), a quarter-on-quarter change and a count of drills.
    (
        "Quý II/2025, Cục An toàn thông tin ghi nhận 2.916 cuộc tấn công mạng gây sự cố (lừa đảo: 1.432; "
        "thay đổi giao diện: 958; mã độc: 526).\n"
        "So với quý I/2025, số cuộc tấn công giảm 18,4%.\n"
        "Đã có 3 cuộc diễn tập thực chiến an toàn thông tin được tổ chức cho 64 đơn vị.",
        "2025-07-08",
        [
            ("cyberattacks", "national", "quarter", "2025-06-30", 2916),
        ],
    ),
    # Interview: "gần 13,9 nghìn cuộc" for the year 2024 and a quoted botnet level at end-2024 ("ở mức 488.000"); the change not stored.
    (
        "Trả lời phỏng vấn báo chí đầu năm, Cục trưởng Cục An toàn thông tin cho biết: năm 2024, Cục đã cảnh báo, "
        "hướng dẫn xử lý gần 13,9 nghìn cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam, "
        "giảm khoảng 10% so với năm 2023.\n"
        '"Số địa chỉ IP nằm trong mạng botnet cuối năm 2024 ở mức 488.000, thấp nhất trong 5 năm", ông nói.\n'
        "Theo ông, năm 2025 cần tập trung bảo vệ các hệ thống thông tin quan trọng.",
        "2025-01-15",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 13900),
            ("botnet_ips", "national", "as_of", "2024-12-31", 488000),
        ],
    ),
    # Level approval as a list: khối bộ, ngành / khối địa phương / cả nước at 30/9/2024; the missed 100% target and the deployment rate (no id) not stored.
    (
        "Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tính đến ngày 30/9/2024:\n"
        "- Khối bộ, ngành: 88,6% hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ;\n"
        "- Khối địa phương: 93,1%;\n"
        "- Tính chung cả nước: 91,5%, chưa hoàn thành mục tiêu 100% trong tháng 9/2024.\n"
        "Tỷ lệ hệ thống thông tin đã triển khai đầy đủ phương án bảo đảm an toàn theo cấp độ mới đạt 72,4%.",
        "2024-10-10",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 88.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 93.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 91.5),
        ],
    ),
    # Provincial portal (Quảng Ninh) "Đến nay, 100% hệ thống thông tin ... được phê duyệt"; the "4 lớp" 100% and SOC 24/7 not stored.
    (
        "Cổng Thông tin điện tử tỉnh Quảng Ninh – Đến nay, 100% hệ thống thông tin của các cơ quan nhà nước trên "
        "địa bàn tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin.\n"
        "Trung tâm Giám sát, điều hành an ninh mạng (SOC) của tỉnh được kết nối với hệ thống của NCSC 24/7.\n"
        "Toàn tỉnh duy trì mô hình bảo vệ 4 lớp đối với 100% hệ thống thông tin.",
        "2024-11-20",
        [
            ("info_systems_level_approved_rate", "Quảng Ninh", "as_of", "2024-11-20", 100.0),
        ],
    ),
    # NEGATIVE: an operator's DDoS count, a vendor's blocked threats, the world's losses, and an undated "Hiện nay" botnet level with no published date.
    (
        "Theo Viettel Cyber Security, hệ thống của doanh nghiệp đã phát hiện và ngăn chặn hơn 3.200 cuộc tấn công "
        "từ chối dịch vụ (DDoS) nhằm vào khách hàng, cuộc lớn nhất lên tới 1,5 Tbps.\n"
        "Kaspersky cho biết các giải pháp của hãng đã chặn 40 triệu mối đe dọa trực tuyến tại Việt Nam.\n"
        "Trên thế giới, thiệt hại do tội phạm mạng được dự báo lên tới 9.500 tỷ USD.\n"
        "Hiện nay, số địa chỉ IP của Việt Nam nằm trong mạng botnet ở mức khoảng 480.000.",
        None,
        [],
    ),
    # Half-year review: attacks in 6 months and botnet level at end-June kept; yoy changes, decrees, circulars and training conferences not.
    (
        "Sơ kết 6 tháng đầu năm 2024, Bộ Thông tin và Truyền thông cho biết đã ghi nhận 5.271 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin ở Việt Nam, tăng 16,9% so với cùng kỳ 2023.\n"
        "Số địa chỉ IP thuộc mạng botnet giảm 23% so với cùng kỳ; tính đến hết tháng 6/2024, số IP botnet ở mức "
        "khoảng 680.000 địa chỉ.\n"
        "Trong 6 tháng, Bộ đã trình Chính phủ ban hành 02 nghị định, ban hành 05 thông tư về an toàn thông tin mạng "
        "và tổ chức 24 hội nghị tập huấn.",
        "2024-07-12",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 5271),
            ("botnet_ips", "national", "as_of", "2024-06-30", 680000),
        ],
    ),
    # Monthly NDXP: month flow "112,4 triệu", daily average "3,63 triệu giao dịch/ngày", cumulative since 2019 "2,75 tỷ"; yoy and LGSP not stored.
    (
        "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025\n"
        "3. Dữ liệu số\n"
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng 5/2025 ghi nhận 112,4 triệu giao dịch, "
        "trung bình 3,63 triệu giao dịch/ngày, tăng 21% so với cùng kỳ năm 2024.\n"
        "Lũy kế từ năm 2019 đến hết tháng 5/2025, tổng số giao dịch qua NDXP đạt 2,75 tỷ giao dịch.\n"
        "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP) ghi nhận 48 triệu giao dịch trong tháng.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 112400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3630000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 2750000000),
        ],
    ),
    # "Đến nay" NDXP agencies (105, not the 9 enterprises) and connection points; the year 2024's transactions; change and national-database count not stored.
    (
        "(VietnamPlus) Đến nay, NDXP đã kết nối với 105 bộ, ngành, địa phương, cơ quan và 9 doanh nghiệp, tổ chức; "
        "thiết lập 1.150 điểm kết nối tới các hệ thống thông tin, cơ sở dữ liệu.\n"
        "Trong năm 2024, tổng số giao dịch qua NDXP là 1,12 tỷ giao dịch, tăng 43% so với năm 2023.\n"
        "Nền tảng đã kết nối, chia sẻ dữ liệu với 6 CSDL quốc gia.",
        "2025-02-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2025-02-20", 105),
            ("ndxp_connection_points", "national", "as_of", "2025-02-20", 1150),
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1120000000),
        ],
    ),
    # NEGATIVE: a province's LGSP (Đồng Tháp) connections and transactions, its population-database look-ups through NDXP and its database count.
    (
        "Sở Thông tin và Truyền thông tỉnh Đồng Tháp cho biết, trong quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu "
        "của tỉnh (LGSP) đã kết nối với 28 hệ thống thông tin, thực hiện 4,2 triệu giao dịch, tăng 35% so với cùng kỳ.\n"
        "Thông qua NDXP, các hệ thống của tỉnh đã khai thác 1,5 triệu lượt xác thực thông tin công dân từ Cơ sở dữ "
        "liệu quốc gia về dân cư.\n"
        "Toàn tỉnh có 12 cơ sở dữ liệu chuyên ngành đã được xây dựng.",
        "2025-04-10",
        [],
    ),
    # National databases (CSDL counts, the population database's connections "13 bộ, ngành, 63/63 địa phương" and requests: no id) beside NDXP's half-year flow and daily average.
    (
        "Báo cáo của Bộ Công an và Bộ Khoa học và Công nghệ cho thấy, đến nay 6/6 CSDL quốc gia cấp thiết đã đi vào "
        "vận hành, chia sẻ dữ liệu; 9 CSDL quốc gia khác đang được xây dựng.\n"
        "CSDL quốc gia về dân cư đã kết nối với 13 bộ, ngành, 63/63 địa phương và tiếp nhận hơn 1,8 tỷ yêu cầu "
        "tra cứu, xác thực thông tin.\n"
        "6 tháng đầu năm 2025, tổng số giao dịch qua NDXP đạt 620,7 triệu, bình quân hơn 3,4 triệu giao dịch mỗi ngày.",
        "2025-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 620700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3400000),
        ],
    ),
    # "Tổng số giao dịch qua NDXP trong 6 tháng đầu năm 2024 là ..." with "bình quân mỗi ngày có" and cumulative "từ khi khai trương (tháng 5/2019) đến 30/6/2024".
    (
        "Tổng số giao dịch qua NDXP trong 6 tháng đầu năm 2024 là 450,8 triệu giao dịch, tăng 35% so với cùng kỳ "
        "năm 2023; bình quân mỗi ngày có 2,48 triệu giao dịch.\n"
        "Lũy kế từ khi khai trương (tháng 5/2019) đến 30/6/2024, NDXP đã thực hiện hơn 1,9 tỷ giao dịch.\n"
        "Các bộ, ngành, địa phương tiếp tục hoàn thiện kết nối, chia sẻ dữ liệu theo Nghị định 47/2020/NĐ-CP.",
        "2024-07-15",
        [
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 450800000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2480000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 1900000000),
        ],
    ),
    # "Tính từ đầu năm 2025 đến ngày 20/3/2025" as ytd, "từ năm 2019 đến nay" and "hiện là" dated at that cut-off; points and agencies.
    (
        "Tính từ đầu năm 2025 đến ngày 20/3/2025, NDXP đã ghi nhận 263,5 triệu giao dịch; tổng số giao dịch từ năm "
        "2019 đến nay đạt 2,5 tỷ.\n"
        "Số điểm kết nối trên nền tảng hiện là 1.168 điểm, với 108 cơ quan, đơn vị đã kết nối.\n"
        "Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương rà soát, hoàn thiện kết nối trước ngày 30/4/2025.",
        "2025-03-25",
        [
            ("ndxp_transactions_period", "national", "ytd", "2025-03-20", 263500000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-20", 2500000000),
            ("ndxp_connection_points", "national", "as_of", "2025-03-20", 1168),
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-20", 108),
        ],
    ),
    # A table written as lines with two month columns: NDXP transactions (month flows), connection points and agencies (levels at each month's end).
    (
        "Bảng 2. Kết quả vận hành NDXP\n"
        "Chỉ tiêu | Tháng 10/2024 | Tháng 11/2024\n"
        "Số giao dịch qua NDXP (giao dịch) | 98.560.214 | 104.221.876\n"
        "Số điểm kết nối | 1.096 | 1.112\n"
        "Số cơ quan, đơn vị kết nối | 101 | 103",
        "2024-12-05",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98560214),
            ("ndxp_transactions_period", "national", "month", "2024-11-30", 104221876),
            ("ndxp_connection_points", "national", "as_of", "2024-10-31", 1096),
            ("ndxp_connection_points", "national", "as_of", "2024-11-30", 1112),
            ("ndxp_connected_agencies", "national", "as_of", "2024-10-31", 101),
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-30", 103),
        ],
    ),
    # NDXP connections split "22 bộ, ngành và 63/63 địa phương" (ministries / localities); quarter III flow and daily average; count of conferences not stored.
    (
        "Theo Văn phòng Chính phủ, NDXP hiện đã kết nối với 22 bộ, ngành và 63/63 địa phương, cùng 17 cơ quan, "
        "tổ chức, doanh nghiệp.\n"
        "Trong quý III/2024, lượng giao dịch qua nền tảng đạt 278 triệu, bình quân 3,02 triệu giao dịch/ngày.\n"
        "Văn phòng Chính phủ đã tổ chức 04 hội nghị hướng dẫn kết nối, chia sẻ dữ liệu trong quý.",
        "2024-10-15",
        [
            ("ndxp_connected_agencies", "ministries", "as_of", "2024-10-15", 22),
            ("ndxp_connected_agencies", "localities", "as_of", "2024-10-15", 63),
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 278000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3020000),
        ],
    ),
    # E-services monthly bullets: full-process dossier share by khối bộ, ngành / khối địa phương; portal accounts new in the month vs cumulative; dossiers in the month.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình: khối bộ, ngành đạt 45,6%; khối địa phương đạt 38,2%.\n"
        "- Cổng DVCQG: trong tháng có 1,8 triệu tài khoản đăng ký mới; lũy kế đến hết tháng 5/2025 có 44,3 triệu tài khoản.\n"
        "- Số hồ sơ trực tuyến nộp qua Cổng DVCQG trong tháng 5/2025: 6,42 triệu hồ sơ.",
        "2025-06-06",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 45.6),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 38.2),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 1800000),
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 44300000),
            ("national_portal_dossiers_new", "national", "month", "2025-05-31", 6420000),
        ],
    ),
    # Online payments on the portal: the quarter's count and "2.845 tỷ đồng" (flow twins) vs the cumulative "12,9 nghìn tỷ đồng"; yoy change not stored.
    (
        "Trong quý I/2025, Cổng Dịch vụ công quốc gia ghi nhận 3,2 triệu giao dịch thanh toán trực tuyến với tổng số "
        "tiền 2.845 tỷ đồng.\n"
        "Lũy kế đến ngày 31/3/2025, Cổng đã có 52,6 triệu giao dịch thanh toán trực tuyến, tổng số tiền lên tới "
        "12,9 nghìn tỷ đồng.\n"
        "Số giao dịch thanh toán tăng 28% so với cùng kỳ năm 2024.",
        "2025-04-08",
        [
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 3200000),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 2845),
            ("online_payments_count", "national", "as_of", "2025-03-31", 52600000),
            ("online_payments_value", "national", "as_of", "2025-03-31", 12900),
        ],
    ),
    # 5G: national BTS count and population coverage at end-June; operators' own station counts (Viettel, VNPT) and the year-end target not stored.
    (
        "Tính đến hết tháng 6/2025, cả nước có 12.450 trạm BTS 5G đã phát sóng, vùng phủ 5G đạt 26% dân số.\n"
        "Riêng Viettel đã lắp đặt hơn 8.000 trạm 5G; VNPT có 2.600 trạm.\n"
        "Mục tiêu đến cuối năm 2025, phủ sóng 5G đạt 90% dân số.",
        "2025-07-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12450),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # Monthly report speeds: download speeds kept (month), upload speed and ranks "38/150", "thứ 26" not; smartphone share of subscriptions.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025: tốc độ tải xuống trung vị băng rộng cố định đạt 154,7 Mbps, "
        "xếp hạng 38/150 thế giới; tốc độ tải lên 152,3 Mbps.\n"
        "Tốc độ tải xuống băng rộng di động ở mức 89,5 Mbps, đứng thứ 26.\n"
        "Tỷ lệ thuê bao sử dụng điện thoại thông minh là 89,3% tổng số thuê bao di động.",
        "2025-05-08",
        [
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 154.7),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 89.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-30", 89.3),
        ],
    ),
    # "Toàn tỉnh Lào Cai hiện có": FTTH households, smartphone subscriptions and "Còn 41 thôn, bản" without coverage, all as of the published date; the target not stored.
    (
        "Toàn tỉnh Lào Cai hiện có 92,4% hộ gia đình có kết nối Internet cáp quang (FTTH); tỷ lệ thuê bao di động "
        "sử dụng điện thoại thông minh đạt 85,1%.\n"
        "Còn 41 thôn, bản chưa có sóng di động băng rộng, tập trung ở các huyện Bát Xát, Si Ma Cai.\n"
        "Tỉnh phấn đấu đến hết năm 2025 xóa hoàn toàn vùng lõm sóng.",
        "2024-12-16",
        [
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-12-16", 92.4),
            ("smartphone_subscriber_rate", "Lào Cai", "as_of", "2024-12-16", 85.1),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-12-16", 41),
        ],
    ),
    # NEGATIVE: strategy and resolution targets (20% / 30% of GDP, 10% per sector, >80% accounts, EGDI top 50) only.
    (
        "Theo Chiến lược phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030, mục tiêu đến năm "
        "2025 kinh tế số chiếm 20% GDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.\n"
        "Đến năm 2030, kinh tế số phấn đấu đạt 30% GDP; tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân "
        "hàng đạt trên 80%.\n"
        "Nghị quyết 57-NQ/TW đặt mục tiêu Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử (EGDI) vào năm 2030.",
        "2025-01-20",
        [],
    ),
    # City portal (Đà Nẵng): the city's digital-economy growth and "đóng góp khoảng 21,5% GRDP" for 2024; ICT revenue, software exports and firms not stored.
    (
        "Theo Sở Thông tin và Truyền thông thành phố Đà Nẵng, năm 2024 kinh tế số của thành phố tăng trưởng 15,2%, "
        "đóng góp khoảng 21,5% GRDP.\n"
        "Doanh thu lĩnh vực công nghệ thông tin – truyền thông lên tới 33.700 tỷ đồng, xuất khẩu phần mềm đạt 150 triệu USD.\n"
        "Toàn thành phố có hơn 2.500 doanh nghiệp công nghệ số.",
        "2025-01-12",
        [
            ("digital_economy_growth", "Đà Nẵng", "year", "2024-12-31", 15.2),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 21.5),
        ],
    ),
    # Province "trên địa bàn tỉnh Bình Dương": ytd online dossier and personal-ID shares, services over procedures, activated VNeID; the full-process service count not stored.
    (
        "Lũy kế từ đầu năm đến ngày 15/11/2024, tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến trên địa bàn tỉnh "
        "Bình Dương đạt 78,9%; 100% hồ sơ TTHC được gắn với số định danh cá nhân.\n"
        "Tỉnh đang cung cấp 1.587 DVCTT, chiếm 88,7% số TTHC thuộc thẩm quyền; trong đó 1.120 DVCTT toàn trình.\n"
        "Trên địa bàn tỉnh đã có 1,76 triệu tài khoản định danh điện tử được kích hoạt.",
        "2024-11-20",
        [
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-11-15", 78.9),
            ("dossiers_with_personal_id_rate", "Bình Dương", "ytd", "2024-11-15", 100.0),
            ("dvctt_rate", "Bình Dương", "as_of", "2024-11-20", 88.7),
            ("vneid_activated_accounts", "Bình Dương", "as_of", "2024-11-20", 1760000),
        ],
    ),
]
