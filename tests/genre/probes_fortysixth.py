"""Blind genre probes, round 46: the digital economy and digital society as the Vietnamese press
and ministry reports wrote them in 2022-2026 -- the digital economy's share of GDP/GRDP and its
growth (with the ICT core, the sectoral part and Google/Temasek/Bain GMV forecasts as
distractors), Mobile Money customers and subscribers (rural sub-counts, transaction values,
points of service, operators' own figures), VNeID accounts issued versus activated (level-2
parts, app downloads), chip ID cards, the UN E-Government Development Index (rank stored, EGDI
value, sub-indices and regional places not), payment accounts, e-invoices and online payments on
the National Portal, plus a spread over the other families (e-services, 5G and broadband, NDXP,
cybersecurity); prior-period values in brackets, provincial portals, interviews, tables written
as lines, targets, year-on-year changes and other countries' figures, with eight cases whose
numbers must not be stored. Written for the project from the genre's usual phrasings (not copied
from any page).
"""

CASES = [
    # share of GDP for a year with the prior year in brackets, bare growth clause; ICT core, sectoral part and targets are not stored
    (
        "\n".join(
            [
                "Kinh tế số chiếm khoảng 18,3% GDP",
                "(VnExpress) Theo báo cáo của Bộ Thông tin và Truyền thông gửi Chính phủ, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt khoảng 18,3% (năm 2023 là 16,5%).",
                "Tốc độ tăng trưởng của kinh tế số ước khoảng 20%, gấp khoảng ba lần tốc độ tăng GDP.",
                "Riêng kinh tế số ICT (phần lõi) chiếm khoảng 8,5% GDP, kinh tế số trong các ngành khoảng 9,8%.",
                "Mục tiêu đặt ra là đến năm 2025 kinh tế số đạt 20% GDP và đến năm 2030 đạt 30% GDP.",
            ]
        ),
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # NEGATIVE: Google/Temasek/Bain e-Conomy SEA GMV, its growth and 2030 forecast, another country's GMV
    (
        "\n".join(
            [
                "Kinh tế số Việt Nam dự kiến cán mốc 36 tỷ USD",
                "Báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố ngày 11/11 cho biết tổng giá trị hàng hóa (GMV) của kinh tế số Việt Nam năm 2024 ước đạt 36 tỷ USD, tăng 16% so với năm 2023.",
                "Theo nhóm nghiên cứu, kinh tế số Việt Nam tăng trưởng nhanh thứ hai Đông Nam Á, chỉ sau Philippines; thương mại điện tử chiếm khoảng 22 tỷ USD.",
                "Báo cáo dự báo quy mô kinh tế số Việt Nam có thể đạt 90-200 tỷ USD vào năm 2030.",
                "Tại Indonesia, GMV năm 2024 đạt 90 tỷ USD.",
            ]
        ),
        "2024-11-12",
        [],
    ),
    # Mobile Money customers at a stated date; rural sub-count after "trong đó", transaction value and points of service are not stored
    (
        "\n".join(
            [
                "Hơn 11,2 triệu khách hàng sử dụng Mobile Money",
                "(Báo Chính phủ) Theo Ngân hàng Nhà nước, tính đến ngày 31/3/2025, dịch vụ Mobile Money đã có 11,24 triệu khách hàng đăng ký sử dụng, trong đó khoảng 7,8 triệu khách hàng (gần 70%) ở khu vực nông thôn, miền núi, biên giới, hải đảo.",
                "Tổng giá trị giao dịch lũy kế từ khi thí điểm đạt gần 7.100 tỷ đồng với hơn 410 triệu giao dịch.",
                "Mạng lưới điểm kinh doanh Mobile Money đạt khoảng 174.000 điểm, phủ khắp 63 tỉnh, thành phố.",
            ]
        ),
        "2025-04-18",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 11240000),
        ],
    ),
    # "chạm mốc" with a bare "10 triệu" and the prior year-end in brackets as "thuê bao"; operators' own subscribers not stored
    (
        "\n".join(
            [
                "Mobile Money chạm mốc 10 triệu thuê bao",
                "(VietnamPlus) Tính đến hết tháng 9/2024, số thuê bao Mobile Money trên toàn quốc đã chạm mốc 10 triệu (cuối năm 2023 là 6,5 triệu thuê bao).",
                "Riêng Viettel Money có khoảng 6,9 triệu thuê bao, VNPT Money 2,1 triệu thuê bao.",
                "Giá trị giao dịch bình quân mỗi tháng ở mức 320 tỷ đồng.",
            ]
        ),
        "2024-10-15",
        [
            ("mobile_money_customers", "national", "as_of", "2024-09-30", 10000000),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6500000),
        ],
    ),
    # VNeID: accounts issued (no id) then the activated ones after "trong đó" (another measure, stored); level-2 part, visits and activation rate not
    (
        "\n".join(
            [
                "Báo cáo kết quả thực hiện Đề án 06 tháng 5/2025",
                "Tính đến ngày 15/5/2025, Bộ Công an đã cấp 86.143.529 tài khoản định danh điện tử cho công dân, trong đó có 62.457.208 tài khoản đã được kích hoạt (mức độ 2 là 58,2 triệu).",
                "Ứng dụng VNeID ghi nhận trung bình khoảng 1,2 triệu lượt truy cập mỗi ngày.",
                "Tỷ lệ kích hoạt trên số tài khoản đã cấp đạt 72,5%.",
            ]
        ),
        "2025-05-20",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-05-15", 62457208),
        ],
    ),
    # year-end review: chip cards issued and activated accounts "là 41,2 triệu"; applications received and the 2024 target not stored
    (
        "\n".join(
            [
                "Năm 2023: cấp 85,7 triệu thẻ Căn cước công dân gắn chíp",
                "(Nhân Dân) Tổng kết công tác năm 2023, Bộ Công an cho biết đến hết năm, cả nước đã cấp 85,7 triệu thẻ Căn cước công dân gắn chíp và thu nhận hơn 70 triệu hồ sơ cấp tài khoản định danh điện tử.",
                "Số tài khoản định danh điện tử đã kích hoạt là 41,2 triệu.",
                "Năm 2024, lực lượng Công an phấn đấu kích hoạt thêm 20 triệu tài khoản.",
            ]
        ),
        "2024-01-06",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 85700000),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 41200000),
        ],
    ),
    # EGDI 2024 rank "71/193" with the 2022 rank in brackets; index values, sub-indices and "tăng 15 bậc" not stored
    (
        "\n".join(
            [
                "Việt Nam tăng 15 bậc về Chính phủ điện tử",
                "(Báo Chính phủ) Theo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc công bố ngày 17/9, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193).",
                "Điểm EGDI của Việt Nam đạt 0,7709 (năm 2022: 0,6787), lần đầu tiên thuộc nhóm có chỉ số rất cao.",
                "Các chỉ số thành phần: dịch vụ trực tuyến (OSI) 0,7571; hạ tầng viễn thông (TII) 0,8002; nguồn nhân lực (HCI) 0,7553.",
            ]
        ),
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # NEGATIVE: EGDI targets (top 50 / top 30), a regional place in ASEAN, Singapore's rank and score
    (
        "\n".join(
            [
                "Hướng tới nhóm 50 nước dẫn đầu về Chính phủ điện tử",
                "Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số, mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chỉ số phát triển Chính phủ điện tử (EGDI) và đến năm 2030 thuộc nhóm 30 nước dẫn đầu.",
                "Trong khu vực ASEAN, Việt Nam hiện đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.",
                "Singapore xếp thứ 3 thế giới với điểm EGDI 0,9691; Đan Mạch tiếp tục dẫn đầu.",
            ]
        ),
        "2025-03-02",
        [],
    ),
    # EGDI 2022 "ở vị trí thứ 86 trên 193 quốc gia"; "giữ nguyên so với năm 2020" states no 2020 number, world/Asia averages not stored
    (
        "\n".join(
            [
                "EGDI 2022: Việt Nam giữ vị trí thứ 86",
                "(Nhân Dân) Bộ Kinh tế và Xã hội Liên Hợp Quốc vừa công bố Khảo sát Chính phủ điện tử năm 2022.",
                "Việt Nam ở vị trí thứ 86 trên 193 quốc gia, giữ nguyên thứ hạng so với kỳ đánh giá năm 2020.",
                "Điểm số EGDI tăng từ 0,6667 lên 0,6787, cao hơn mức trung bình thế giới (0,6102) và khu vực châu Á (0,6493).",
            ]
        ),
        "2022-10-03",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # monthly report: the month's payments go on the _new twins, cumulative to 31/5 on the stock ids ("12,9 nghìn tỷ đồng"); share of dossiers paid online has no id
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 5/2025",
                "Về thanh toán trực tuyến trên Cổng DVCQG: trong tháng 5/2025 có 1,35 triệu giao dịch thanh toán trực tuyến, số tiền 1.120 tỷ đồng.",
                "Lũy kế đến hết ngày 31/5/2025, Cổng đã xử lý 44,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 12,9 nghìn tỷ đồng.",
                "Tỷ lệ hồ sơ có phát sinh nghĩa vụ tài chính được thanh toán trực tuyến đạt 38,4%.",
            ]
        ),
        "2025-06-06",
        [
            ("online_payments_count_new", "national", "month", "2025-05-31", 1350000),
            ("online_payments_value_new", "national", "month", "2025-05-31", 1120),
            ("online_payments_count", "national", "as_of", "2025-05-31", 44800000),
            ("online_payments_value", "national", "as_of", "2025-05-31", 12900),
        ],
    ),
    # payment accounts of adults at end of June with the prior year-end in brackets; non-cash growth and the met 2025 target not stored
    (
        "\n".join(
            [
                "Thanh toán không dùng tiền mặt tiếp tục tăng mạnh",
                "(Tuổi Trẻ) Theo Ngân hàng Nhà nước, 6 tháng đầu năm 2024, thanh toán không dùng tiền mặt tăng 58,2% về số lượng và 35,8% về giá trị so với cùng kỳ năm 2023; thanh toán qua điện thoại di động tăng 62,6% về số lượng.",
                "Đến cuối tháng 6/2024, khoảng 87% người trưởng thành đã có tài khoản ngân hàng (cuối năm 2023: 84%).",
                "Mục tiêu đến năm 2025 là 80% người trưởng thành có tài khoản thanh toán đã sớm về đích.",
            ]
        ),
        "2024-07-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 84.0),
        ],
    ),
    # internet users: a vendor survey's share (not stored) next to the ministry's own 2023 rate (stored); other countries not stored
    (
        "\n".join(
            [
                "Gần 79% dân số Việt Nam dùng Internet",
                "Theo báo cáo Digital 2024 của We Are Social và Meltwater, đầu năm 2024 Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số; 72,7 triệu người dùng mạng xã hội.",
                "Trong khi đó, số liệu của Bộ Thông tin và Truyền thông cho thấy tỷ lệ người dân sử dụng Internet năm 2023 là 78,6%.",
                "Thái Lan có tỷ lệ người dùng Internet 88%, Philippines 73,6%.",
            ]
        ),
        "2024-03-05",
        [
            ("internet_users_rate", "national", "year", "2023-12-31", 78.6),
        ],
    ),
    # provincial portal: a province's share of GRDP "đóng góp khoảng" with the prior year in brackets; ICT revenue and target not stored
    (
        "\n".join(
            [
                "Cổng thông tin điện tử tỉnh Bắc Ninh",
                "Năm 2024, kinh tế số của tỉnh Bắc Ninh đóng góp khoảng 24,5% GRDP (năm 2023: 22,6%), thuộc nhóm dẫn đầu cả nước.",
                "Toàn tỉnh có 1.134 doanh nghiệp công nghệ số; doanh thu công nghiệp công nghệ số đạt 68 tỷ USD.",
                "Tỉnh phấn đấu đến năm 2025 tỷ trọng kinh tế số đạt 30% GRDP.",
            ]
        ),
        "2025-01-22",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 24.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 22.6),
        ],
    ),
    # a province's quarter: GRDP share and growth for quarter II, "hiện có" activated accounts (end of the quarter), adults using DVCTT
    (
        "\n".join(
            [
                "Quảng Ninh: kinh tế số chiếm 13,2% GRDP trong quý II/2025",
                "Theo Sở Khoa học và Công nghệ tỉnh Quảng Ninh, trong quý II/2025, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 13,2%; tốc độ tăng trưởng kinh tế số đạt 15,7%.",
                "Trên địa bàn tỉnh hiện có 1.124.560 tài khoản định danh điện tử đã được kích hoạt.",
                "Tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng dịch vụ công trực tuyến đạt 62%.",
            ]
        ),
        "2025-07-10",
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "quarter", "2025-06-30", 13.2),
            ("digital_economy_growth", "Quảng Ninh", "quarter", "2025-06-30", 15.7),
            ("vneid_activated_accounts", "Quảng Ninh", "as_of", "2025-06-30", 1124560),
            ("adult_population_using_dvctt_rate", "Quảng Ninh", "quarter", "2025-06-30", 62.0),
        ],
    ),
    # NEGATIVE: the world's and other countries' digital-economy shares, Vietnam's targets (share and growth), a count of workshops
    (
        "\n".join(
            [
                "Kinh tế số: Việt Nam còn nhiều dư địa",
                "Theo UNCTAD, kinh tế số hiện chiếm khoảng 15,5% GDP toàn cầu.",
                "Tại Trung Quốc, tỷ trọng kinh tế số trong GDP năm 2022 đạt 41,5%; Hàn Quốc khoảng 47%, Mỹ trên 65%.",
                "Việt Nam đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% GDP vào năm 2030, với tốc độ tăng trưởng kinh tế số bình quân 20%/năm.",
                "Bộ Thông tin và Truyền thông đã tổ chức 3 hội thảo tham vấn về đo lường kinh tế số.",
            ]
        ),
        "2023-08-20",
        [],
    ),
    # NEGATIVE: the ICT core's contribution to GDP and the core's growth, ICT revenue and exports, counts of decrees
    (
        "\n".join(
            [
                "(VietnamPlus) Năm 2023, doanh thu công nghiệp ICT ước đạt 142 tỷ USD, kim ngạch xuất khẩu phần cứng điện tử 126 tỷ USD.",
                "Kinh tế số ICT đóng góp khoảng 8,6% vào GDP; kinh tế số lõi tăng trưởng 12%.",
                "Trong năm, Chính phủ đã ban hành 5 nghị định và 2 nghị quyết về phát triển kinh tế số, xã hội số.",
            ]
        ),
        "2024-01-10",
        [],
    ),
    # NEGATIVE: each operator's own Mobile Money customers and its rural share
    (
        "\n".join(
            [
                "Các nhà mạng đẩy mạnh Mobile Money",
                "(VnExpress) Viettel cho biết đến cuối tháng 6/2024, Viettel Money có khoảng 8,2 triệu khách hàng sử dụng Mobile Money, chiếm hơn 70% thị phần.",
                "VNPT Money đạt 1,1 triệu khách hàng, MobiFone Money khoảng 600.000 khách hàng.",
                "Theo Viettel, 73% người dùng của họ ở khu vực nông thôn.",
            ]
        ),
        "2024-07-05",
        [],
    ),
    # NEGATIVE: "hiện nay / đến nay" stocks with no published date and no date in the text
    (
        "\n".join(
            [
                "Mobile Money và VNeID đang thay đổi thói quen thanh toán",
                "Hiện nay, cả nước có hơn 8 triệu người dùng Mobile Money, phần lớn ở vùng nông thôn.",
                "Đến nay đã có hơn 52 triệu tài khoản định danh điện tử được kích hoạt, người dân có thể dùng VNeID thay cho thẻ căn cước khi làm thủ tục.",
            ]
        ),
        None,
        [],
    ),
    # NEGATIVE: a provincial plan's targets (GRDP share, growth, accounts, VNeID level 2) and counts of tasks and meetings
    (
        "\n".join(
            [
                "Kế hoạch chuyển đổi số năm 2025 của tỉnh Thái Nguyên",
                "Phấn đấu đến hết năm 2025: tỷ trọng kinh tế số trong GRDP của tỉnh đạt 30%; tốc độ tăng trưởng kinh tế số đạt trên 20%.",
                "100% người dân trưởng thành có tài khoản thanh toán; 80% người dân trưởng thành có tài khoản định danh điện tử mức độ 2 được kích hoạt.",
                "Tỉnh giao 15 nhiệm vụ cụ thể cho các sở, ngành và tổ chức 4 hội nghị sơ kết.",
            ]
        ),
        "2025-01-20",
        [],
    ),
    # NEGATIVE: year-on-year changes, accounts added in the quarter, VNeID app downloads and monthly users, a share of banking transactions
    (
        "\n".join(
            [
                "(Báo Chính phủ) Quý I/2025, số khách hàng Mobile Money tăng 35% so với cùng kỳ năm trước, giá trị giao dịch tăng gấp 2,1 lần.",
                "Số tài khoản định danh điện tử được kích hoạt tăng thêm 3,4 triệu trong quý.",
                "Ứng dụng VNeID đã có hơn 45 triệu lượt tải, khoảng 15 triệu người dùng hoạt động hằng tháng.",
                "Tỷ lệ giao dịch thanh toán trực tuyến qua ứng dụng di động chiếm 92% tổng giao dịch ngân hàng điện tử.",
            ]
        ),
        "2025-04-25",
        [],
    ),
    # full-process dossiers in quarter I split by khối (parentheses with colons) and last year's same quarter as "tỷ lệ này"; the count of DVCTT toàn trình has no id
    (
        "\n".join(
            [
                "Báo cáo chuyển đổi số quốc gia tháng 3/2025",
                "Tính đến ngày 31/3/2025, cả nước có 4.532 DVCTT toàn trình.",
                "Tỷ lệ hồ sơ trực tuyến toàn trình trong quý I/2025 đạt 46,7% (khối bộ, ngành: 51,3%; khối địa phương: 42,1%).",
                "Cùng kỳ năm 2024, tỷ lệ này chỉ là 38,2%.",
            ]
        ),
        "2025-04-07",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 46.7),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 51.3),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 42.1),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 38.2),
        ],
    ),
    # NDXP: the month's transactions, "giao dịch/ngày" average, cumulative since 2019 in "tỷ"; the population-database share after "Trong đó" not stored
    (
        "\n".join(
            [
                "NDXP tháng 4/2025",
                "Trong tháng 4/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,6 triệu giao dịch, trung bình khoảng 3,3 triệu giao dịch/ngày.",
                "Lũy kế từ năm 2019 đến hết tháng 4/2025, tổng số giao dịch qua NDXP đạt 2,94 tỷ giao dịch.",
                "Trong đó, giao dịch với CSDL quốc gia về dân cư chiếm 41%.",
            ]
        ),
        "2025-05-08",
        [
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 3300000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 2940000000),
        ],
    ),
    # cybersecurity in a half-year: attacks, botnet IPs "khoảng 580.000" at end of June, systems approved by level; the decreases not stored
    (
        "\n".join(
            [
                "An toàn thông tin 6 tháng đầu năm 2024",
                "(Nhân Dân) Trong 6 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 4.163 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 35,6% so với cùng kỳ năm 2023.",
                "Số địa chỉ IP Việt Nam nằm trong các mạng botnet tính đến cuối tháng 6/2024 là khoảng 580.000, giảm 24% so với đầu năm.",
                "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ cấp độ đạt 91,3%.",
            ]
        ),
        "2024-07-12",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 4163),
            ("botnet_ips", "national", "as_of", "2024-06-30", 580000),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 91.3),
        ],
    ),
    # 5G stations and population coverage, smartphone share of subscriptions; one operator's stations and the 2025 target not stored
    (
        "\n".join(
            [
                "Phủ sóng 5G: 26% dân số",
                "Tính đến hết tháng 6/2025, cả nước có khoảng 9.500 trạm BTS 5G, vùng phủ sóng 5G đạt 26% dân số.",
                "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,2%.",
                "Riêng Viettel đã phát sóng hơn 7.200 trạm 5G; MobiFone và VNPT lần lượt 1.100 và 1.200 trạm.",
                "Mục tiêu năm 2025 là phủ sóng 5G cho 30% dân số.",
            ]
        ),
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.2),
        ],
    ),
    # download speeds of a month, fixed and mobile in one sentence; upload speeds and speed ranks not stored
    (
        "\n".join(
            [
                "(VietnamPlus) Theo số liệu đo kiểm do Bộ Khoa học và Công nghệ công bố, trong tháng 3/2025 tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 153,5 Mbps, băng rộng di động đạt 146,8 Mbps.",
                "Tốc độ tải lên tương ứng là 151,2 Mbps và 38,1 Mbps.",
                "Với kết quả này, Việt Nam xếp hạng 12 thế giới về tốc độ băng rộng cố định và 19 về di động.",
            ]
        ),
        "2025-04-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 153.5),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.8),
        ],
    ),
    # year-end infrastructure: FTTH households, fixed and mobile broadband subscriptions ("ở mức"); communes with fibre has no id
    (
        "\n".join(
            [
                "Hạ tầng số cuối năm 2024",
                "Đến cuối năm 2024, tỷ lệ hộ gia đình sử dụng cáp quang (FTTH) đạt 82,6%.",
                "Số thuê bao băng rộng cố định đạt 24,3 triệu; số thuê bao băng rộng di động ở mức 90,5 triệu.",
                "Cả nước có 100% xã có kết nối băng rộng cáp quang.",
            ]
        ),
        "2025-01-09",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 24300000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 90500000),
        ],
    ),
    # e-invoices total "hơn 9,6 tỷ" at a date; coded sub-count after "trong đó", cash-register invoices and the month's new invoices not stored
    (
        "\n".join(
            [
                "(Báo Chính phủ) Tính đến ngày 15/4/2025, cơ quan thuế đã tiếp nhận và xử lý hơn 9,6 tỷ hóa đơn điện tử, trong đó 3,1 tỷ hóa đơn có mã của cơ quan thuế.",
                "Đã có hơn 120.000 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền với 1,1 tỷ hóa đơn.",
                "Riêng trong tháng 3/2025, có 410 triệu hóa đơn điện tử được khởi tạo.",
            ]
        ),
        "2025-04-22",
        [
            ("e_invoices_total", "national", "as_of", "2025-04-15", 9600000000),
        ],
    ),
    # portal after nine months: accounts at end of quarter III, dossiers of "9 tháng đầu năm" (ytd, _new twin), dossiers tied to personal ID
    (
        "\n".join(
            [
                "Cổng Dịch vụ công quốc gia 9 tháng năm 2024",
                "Tính đến hết quý III/2024, Cổng DVCQG có 15,2 triệu tài khoản đăng ký.",
                "Trong 9 tháng đầu năm, Cổng tiếp nhận 7,9 triệu hồ sơ trực tuyến.",
                "Tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân đạt 96,4%.",
            ]
        ),
        "2024-10-08",
        [
            ("national_portal_accounts", "national", "as_of", "2024-09-30", 15200000),
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 7900000),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-09-30", 96.4),
        ],
    ),
    # interview Q&A: the official share for 2024 in the answer; the core and sectoral parts after "trong đó" and the target not stored
    (
        "\n".join(
            [
                "Phỏng vấn: “Kinh tế số phải được đo đếm thực chất”",
                "PV: Thưa Thứ trưởng, kinh tế số của Việt Nam hiện đóng góp bao nhiêu vào GDP?",
                "Thứ trưởng: Theo số liệu công bố của Cục Thống kê, năm 2024 giá trị tăng thêm của kinh tế số chiếm 13,17% GDP; trong đó kinh tế số lõi là 7,2%, kinh tế số trong các ngành là 5,97%.",
                "Như vậy, chúng ta vẫn còn cách khá xa mục tiêu 20% vào năm 2025.",
            ]
        ),
        "2025-06-18",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
        ],
    ),
    # half-year share "kinh tế số trong GDP ước đạt" with the same half of last year in brackets, and growth; "gấp 2,5 lần" and e-commerce revenue not stored
    (
        "\n".join(
            [
                "(Báo Chính phủ) 6 tháng đầu năm 2025, kinh tế số trong GDP ước đạt 18,7% (cùng kỳ năm 2024: 17,9%).",
                "Tốc độ tăng trưởng kinh tế số ước khoảng 19,5%, cao gấp gần 2,5 lần tốc độ tăng trưởng GDP.",
                "Doanh thu thương mại điện tử B2C ước đạt 15 tỷ USD.",
            ]
        ),
        "2025-07-08",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.7),
            ("digital_economy_gdp_share", "national", "half", "2024-06-30", 17.9),
            ("digital_economy_growth", "national", "half", "2025-06-30", 19.5),
        ],
    ),
    # a table written as lines under a header that dates every row ("số liệu đến 30/11/2024"), labels before the numbers
    (
        "\n".join(
            [
                "Bảng: Một số chỉ tiêu xã hội số (số liệu đến 30/11/2024)",
                "- Tài khoản định danh điện tử đã kích hoạt: 57,6 triệu",
                "- Thẻ Căn cước gắn chíp đã cấp: 87,9 triệu thẻ",
                "- Khách hàng Mobile Money: 9,8 triệu",
                "- Tỷ lệ người trưởng thành có tài khoản ngân hàng: 87,1%",
                "- Số hóa đơn điện tử đã xử lý (từ 7/2022): 8,3 tỷ",
            ]
        ),
        "2024-12-05",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-11-30", 57600000),
            ("chip_id_cards_issued", "national", "as_of", "2024-11-30", 87900000),
            ("mobile_money_customers", "national", "as_of", "2024-11-30", 9800000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-11-30", 87.1),
            ("e_invoices_total", "national", "as_of", "2024-11-30", 8300000000),
        ],
    ),
    # provincial portal, date only in the last line: "kích hoạt thành công cho … công dân" and chip cards issued; applications and the activation rate not stored
    (
        "\n".join(
            [
                "Cổng thông tin điện tử tỉnh Nghệ An",
                "Toàn tỉnh Nghệ An đã thu nhận 2,45 triệu hồ sơ cấp tài khoản định danh điện tử, kích hoạt thành công cho 1.987.654 công dân (đạt 81,1%).",
                "Công an tỉnh đã cấp 3,12 triệu thẻ Căn cước công dân gắn chíp.",
                "Các số liệu trên tính đến ngày 20/10/2024.",
            ]
        ),
        "2024-10-25",
        [
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-10-20", 1987654),
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2024-10-20", 3120000),
        ],
    ),
    # the capital's GRDP share and growth beside the national average in brackets (a national value); the target not stored
    (
        "\n".join(
            [
                "(Nhân Dân) Năm 2023, kinh tế số của Hà Nội đóng góp khoảng 19,4% GRDP, cao hơn mức bình quân cả nước (12,33% GDP).",
                "Tốc độ tăng trưởng kinh tế số của Thủ đô năm 2023 khoảng 15%.",
                "Hà Nội phấn đấu đến năm 2025 kinh tế số chiếm 30% GRDP.",
            ]
        ),
        "2024-05-14",
        [
            ("digital_economy_gdp_share", "Hà Nội", "year", "2023-12-31", 19.4),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "Hà Nội", "year", "2023-12-31", 15.0),
        ],
    ),
    # "Hiện nay … lên tới" users with a published date (as_of that date); rural share, points of service and monthly transaction value not stored
    (
        "\n".join(
            [
                "(VietnamPlus) Hiện nay, số người dùng Mobile Money đã lên tới khoảng 12,5 triệu, trong đó hơn 68% ở nông thôn, miền núi, vùng sâu, vùng xa.",
                "Dịch vụ có hơn 220.000 điểm kinh doanh, chấp nhận thanh toán.",
                "Tổng giá trị giao dịch bình quân đạt khoảng 1.000 tỷ đồng/tháng.",
            ]
        ),
        "2025-08-14",
        [
            ("mobile_money_customers", "national", "as_of", "2025-08-14", 12500000),
        ],
    ),
    # a year's online payments on the portal (the _new twins, "8.500 tỷ đồng"); the growth, the share of fee-paying dossiers and its target not stored
    (
        "\n".join(
            [
                "(Tuổi Trẻ) Năm 2024, Cổng DVCQG đã xử lý 15,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 8.500 tỷ đồng, tăng 45% so với năm 2023.",
                "Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu nộp phí, lệ phí đạt 31,5%.",
                "Mục tiêu năm 2025, tỷ lệ này đạt tối thiểu 50%.",
            ]
        ),
        "2025-01-14",
        [
            ("online_payments_count_new", "national", "year", "2024-12-31", 15100000),
            ("online_payments_value_new", "national", "year", "2024-12-31", 8500),
        ],
    ),
    # the latest edition cited in a later year ("xếp thứ 71/193"); index value, sub-index ranks (OSI, TII) and the 2030 target not stored
    (
        "\n".join(
            [
                "(VnExpress) Theo đánh giá năm 2024 của Liên Hợp Quốc, Việt Nam xếp thứ 71/193 về Chỉ số phát triển Chính phủ điện tử, chỉ số EGDI đạt 0,7709.",
                "Riêng chỉ số dịch vụ trực tuyến (OSI), Việt Nam xếp thứ 60; chỉ số hạ tầng viễn thông (TII) xếp thứ 54.",
                "Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về chính phủ điện tử.",
            ]
        ),
        "2025-05-01",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # a province's quarter: level-2 accounts activated in the quarter (flow, no id) raising the total ("nâng tổng số … lên"), dossiers processed online
    (
        "\n".join(
            [
                "Lâm Đồng: kết quả chuyển đổi số quý I/2025",
                "Quý I/2025, toàn tỉnh Lâm Đồng kích hoạt mới 45.210 tài khoản định danh điện tử mức độ 2, nâng tổng số tài khoản đã kích hoạt trên địa bàn tỉnh lên 812.340 tài khoản.",
                "Tỷ lệ hồ sơ TTHC của tỉnh được xử lý trực tuyến trong quý đạt 68,4%.",
            ]
        ),
        "2025-04-10",
        [
            ("vneid_activated_accounts", "Lâm Đồng", "as_of", "2025-03-31", 812340),
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-03-31", 68.4),
        ],
    ),
    # a monthly control report: satisfaction, procedures online, full-process procedures after "trong đó" (another indicator), electronic results
    (
        "\n".join(
            [
                "(Báo Chính phủ) Theo Báo cáo tình hình kiểm soát TTHC tháng 10/2024 của Văn phòng Chính phủ, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt 84,5%.",
                "Tỷ lệ TTHC được cung cấp trực tuyến đạt 82,1%, trong đó 52,6% TTHC được cung cấp dưới dạng DVCTT toàn trình.",
                "Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 67,2%.",
            ]
        ),
        "2024-11-06",
        [
            ("satisfaction_rate", "national", "month", "2024-10-31", 84.5),
            ("dvctt_rate", "national", "month", "2024-10-31", 82.1),
            ("dvctt_full_process_rate", "national", "month", "2024-10-31", 52.6),
            ("e_result_rate", "national", "month", "2024-10-31", 67.2),
        ],
    ),
    # growth "tăng trưởng khoảng 20% so với năm 2022" (growth is the indicator); other countries' growth and the vendor's estimate not stored
    (
        "\n".join(
            [
                "(Báo Chính phủ) Theo Cục Thống kê, kinh tế số năm 2023 tăng trưởng khoảng 20% so với năm 2022, gấp ba lần tốc độ tăng GDP.",
                "Cùng thời gian, kinh tế số Indonesia tăng 8%, Thái Lan tăng 11%.",
                "Báo cáo e-Conomy SEA ước tính kinh tế số Việt Nam năm 2023 tăng 19%, nhanh nhất khu vực.",
            ]
        ),
        "2024-02-20",
        [
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # half-year review at 30/6: villages still without coverage, villages covered, internet users, smartphone subscriptions and their share
    (
        "\n".join(
            [
                "Báo cáo sơ kết 6 tháng đầu năm 2024 của Bộ TT&TT",
                "Đến ngày 30/6/2024, cả nước còn 1.420 thôn, bản chưa có sóng di động; tỷ lệ thôn, bản có sóng di động băng rộng đạt 98,6%.",
                "Tỷ lệ người dân sử dụng Internet đạt 78,8%.",
                "Số thuê bao sử dụng smartphone là 106,6 triệu, chiếm 86,5% tổng số thuê bao di động.",
            ]
        ),
        "2024-07-09",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-30", 1420),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-06-30", 98.6),
            ("internet_users_rate", "national", "as_of", "2024-06-30", 78.8),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 106600000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.5),
        ],
    ),
]
