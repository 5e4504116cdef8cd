"""Blind genre probes, round 44: infrastructure figures on provincial pages (2022-2025).

The cases read like provincial portals, provincial papers, interviews, government notices and
press summaries that report a province's digital infrastructure: 5G stations counted among all
BTS, households with fibre ("hộ gia đình có kết nối cáp quang", "hộ dân sử dụng Internet cáp
quang"), villages still without coverage ("thôn lõm sóng", "thôn, bản chưa có sóng"), the share
of villages with coverage and of electrified dead-zone villages covered, smartphone shares of
subscriptions, subscriptions and subscriptions per 100 inhabitants, measured download speeds,
with national figures quoted beside the province's, and with operators' own figures, district and
commune figures, targets, year-on-year changes, upload speeds, ranks, all-generation BTS counts,
people's (not subscriptions') smartphone shares and undated "hiện nay" levels as distractors; a
few cases carry other families (dossiers, NDXP, cybersecurity, digital economy, VNeID, EGDI) on
the same provincial pages.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 5G stations as a sub-count after "trong đó" of all BTS; new BTS in the half and 4G coverage are not values
    (
        "Sở Thông tin và Truyền thông tỉnh Lào Cai cho biết, tính đến ngày 30/6/2024, toàn tỉnh có 2.146 trạm BTS các loại, trong đó có 186 trạm 5G.\n"
        "Riêng trong 6 tháng đầu năm, các doanh nghiệp viễn thông đã lắp đặt mới 58 trạm BTS.\n"
        "Hạ tầng 4G đã phủ sóng 99,1% dân số trên địa bàn tỉnh.",
        "2024-07-05",
        [
            ("fiveg_bts_count", "Lào Cai", "as_of", "2024-06-30", 186),
        ],
    ),
    # households with fibre: count then "chiếm …% tổng số hộ"; a change in percentage points and a 2025 target are distractors
    (
        "Theo báo cáo của Sở TT&TT Thái Nguyên, đến hết quý III/2024, trên địa bàn tỉnh có 298.400 hộ gia đình có kết nối cáp quang, chiếm 88,7% tổng số hộ.\n"
        "Con số này tăng 3,1 điểm phần trăm so với cuối năm 2023.\n"
        "Mục tiêu đến năm 2025 là 95% hộ gia đình có cáp quang.",
        "2024-10-12",
        [
            ("ftth_household_rate", "Thái Nguyên", "as_of", "2024-09-30", 88.7),
        ],
    ),
    # "hiện còn … thôn, bản chưa có sóng" dated by the page; the "trong đó" sub-count, villages covered in 2023 and the target are not values
    (
        "Toàn tỉnh Hà Giang hiện còn 127 thôn, bản chưa có sóng di động, trong đó 41 thôn chưa có điện lưới quốc gia.\n"
        "Năm 2023, các doanh nghiệp đã phủ sóng cho 68 thôn lõm sóng.\n"
        "Tỉnh phấn đấu đến hết năm 2024 xóa 100% thôn lõm sóng có điện.",
        "2024-05-20",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-05-20", 127),
        ],
    ),
    # share of villages with mobile signal and "bản lõm sóng" in one dated sentence, no published date; commune fibre and a target as distractors
    (
        "Tính đến ngày 31/12/2023, tỷ lệ thôn, bản có sóng điện thoại di động trên địa bàn tỉnh Điện Biên đạt 96,4%; toàn tỉnh còn 58 bản lõm sóng, tập trung ở các huyện Mường Nhé, Nậm Pồ, Tủa Chùa.\n"
        "100% trung tâm xã đã có đường truyền cáp quang.\n"
        "Năm 2024, tỉnh phấn đấu phủ sóng thêm 30 bản.",
        None,
        [
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2023-12-31", 96.4),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2023-12-31", 58),
        ],
    ),
    # measured speeds for a month: fixed download kept, upload dropped, mobile named in the next sentence; a 8/63 rank is not a value
    (
        "Theo kết quả đo kiểm i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 3/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Quảng Ninh đạt 98,6 Mbps, tốc độ tải lên đạt 92,1 Mbps.\n"
        "Với mạng di động, tốc độ tải xuống trong tháng đạt 47,3 Mbps.\n"
        "Quảng Ninh xếp thứ 8/63 tỉnh, thành phố về tốc độ truy cập Internet cố định.",
        "2024-04-10",
        [
            ("fixed_broadband_speed", "Quảng Ninh", "month", "2024-03-31", 98.6),
            ("mobile_broadband_speed", "Quảng Ninh", "month", "2024-03-31", 47.3),
        ],
    ),
    # smartphone subscriptions after "trong đó" with their share of mobile subscriptions; a survey's share of people is not stored
    (
        "Đến nay, toàn tỉnh Nghệ An có khoảng 2,95 triệu thuê bao di động, trong đó 2,47 triệu thuê bao sử dụng điện thoại thông minh, chiếm 83,7% tổng số thuê bao di động.\n"
        "Theo điều tra của Cục Thống kê, tỷ lệ người dân từ 15 tuổi trở lên có điện thoại thông minh là 79,2%.\n"
        "Sở TT&TT đề nghị các nhà mạng tiếp tục hỗ trợ chuyển đổi thuê bao 2G lên 4G.",
        "2024-12-18",
        [
            ("smartphone_subscriptions", "Nghệ An", "as_of", "2024-12-18", 2470000),
            ("smartphone_subscriber_rate", "Nghệ An", "as_of", "2024-12-18", 83.7),
        ],
    ),
    # a year's results as a dash list: subscriptions and per-100 densities, 5G stations with a plan in parentheses
    (
        "Kết quả phát triển hạ tầng số tỉnh Bắc Ninh năm 2024:\n"
        "- Thuê bao băng rộng cố định: 412.560 thuê bao, đạt 28,9 thuê bao/100 dân;\n"
        "- Thuê bao băng rộng di động: 1.684.300 thuê bao, đạt 118,2 thuê bao/100 dân;\n"
        "- Số trạm BTS 5G: 512 trạm (kế hoạch năm 2025: 800 trạm).",
        "2025-01-15",
        [
            ("fixed_broadband_subscriptions", "Bắc Ninh", "as_of", "2024-12-31", 412560),
            ("fixed_broadband_subscriptions_per_100", "Bắc Ninh", "as_of", "2024-12-31", 28.9),
            ("mobile_broadband_subscriptions", "Bắc Ninh", "as_of", "2024-12-31", 1684300),
            ("mobile_broadband_subscriptions_per_100", "Bắc Ninh", "as_of", "2024-12-31", 118.2),
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2024-12-31", 512),
        ],
    ),
    # "sóng 5G đã phủ khoảng …% dân số" and the province's 5G stations; one operator's stations are not stored
    (
        "Hiện nay, sóng 5G đã phủ khoảng 38% dân số tỉnh Thanh Hóa, tập trung tại TP Thanh Hóa, TP Sầm Sơn và các khu công nghiệp.\n"
        "Riêng Viettel Thanh Hóa đã đưa vào khai thác 320 trạm 5G, phủ 100% trung tâm các huyện, thị xã.\n"
        "Toàn tỉnh hiện có 615 trạm BTS 5G của ba nhà mạng.",
        "2025-03-28",
        [
            ("fiveg_population_coverage_rate", "Thanh Hóa", "as_of", "2025-03-28", 38),
            ("fiveg_bts_count", "Thanh Hóa", "as_of", "2025-03-28", 615),
        ],
    ),
    # NEGATIVE: a provincial plan's targets only (mục tiêu, phấn đấu) and counts of plans and decisions
    (
        "Kế hoạch chuyển đổi số năm 2024 của tỉnh Cao Bằng đặt mục tiêu: 100% thôn, xóm có điện lưới được phủ sóng di động; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 75%; tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 85%.\n"
        "Tỉnh phấn đấu đến năm 2025 có ít nhất 150 trạm 5G và tốc độ băng rộng cố định trung bình đạt 100 Mbps.\n"
        "UBND tỉnh đã ban hành 03 kế hoạch và 02 quyết định để triển khai các chỉ tiêu này.",
        "2024-02-02",
        [],
    ),
    # NEGATIVE: operators' own figures in the province (VNPT, Viettel, MobiFone), a change and villages covered
    (
        "Tại hội nghị sơ kết 6 tháng đầu năm 2024, VNPT Sơn La cho biết đơn vị đang cung cấp dịch vụ cho 96.500 thuê bao Internet cáp quang FiberVNN, tăng 7,5% so với cùng kỳ.\n"
        "Viettel Sơn La đã phát sóng 45 trạm 5G và phủ sóng cho 23 bản lõm sóng trong 6 tháng.\n"
        "MobiFone tỉnh đạt tốc độ tải xuống trung bình 52 Mbps trên mạng 4G tại các thành phố, thị trấn.",
        "2024-08-09",
        [],
    ),
    # NEGATIVE: a district's and a commune's figures only (the province named in parentheses is not the subject)
    (
        "Huyện Mường Tè (Lai Châu) hiện còn 19 bản chưa có sóng điện thoại, chủ yếu ở các xã Pa Vệ Sủ, Mù Cả, Tá Bạ.\n"
        "Tỷ lệ hộ dân sử dụng Internet cáp quang của huyện mới đạt 41,5%.\n"
        "Tại xã Thu Lũm, 5/7 bản vẫn phải lên đồi cao mới có sóng.",
        "2024-11-04",
        [],
    ),
    # NEGATIVE: year-on-year and since-year-end changes only (subscriptions, 5G stations, speed)
    (
        "6 tháng đầu năm 2024, số thuê bao băng rộng cố định trên địa bàn tỉnh Bình Dương tăng 12,4% so với cùng kỳ năm trước; số thuê bao băng rộng di động tăng 8,1%.\n"
        "Số trạm 5G tăng thêm 96 trạm so với cuối năm 2023.\n"
        "Tốc độ truy cập Internet cố định trung bình tăng 18,6 Mbps so với cuối năm ngoái.",
        "2024-07-22",
        [],
    ),
    # national figures quoted on a provincial page (dated) next to the province's own "đến nay" levels
    (
        "Theo Bộ Thông tin và Truyền thông, tính đến hết tháng 8/2024, cả nước còn 1.352 thôn, bản lõm sóng; tỷ lệ hộ gia đình có cáp quang cả nước đạt 79,6%.\n"
        "Trên địa bàn tỉnh Kon Tum, đến nay còn 57 thôn chưa được phủ sóng di động, tỷ lệ hộ gia đình sử dụng cáp quang đạt 64,2%.\n"
        "Sở TT&TT Kon Tum đề nghị các doanh nghiệp ưu tiên đầu tư trạm BTS tại huyện Tu Mơ Rông, Ia H'Drai.",
        "2024-09-16",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-31", 1352),
            ("ftth_household_rate", "national", "as_of", "2024-08-31", 79.6),
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2024-09-16", 57),
            ("ftth_household_rate", "Kon Tum", "as_of", "2024-09-16", 64.2),
        ],
    ),
    # dead-zone villages covered "96/102 …, đạt 94,1%"; investment money and new BTS are not values
    (
        "Thực hiện chỉ đạo của Thủ tướng về phủ sóng thôn lõm sóng có điện lưới, đến ngày 20/12/2024, các doanh nghiệp viễn thông đã phủ sóng 96/102 thôn, làng lõm sóng trên địa bàn tỉnh Gia Lai, đạt 94,1%.\n"
        "Trong năm, các nhà mạng đầu tư khoảng 48 tỷ đồng cho 62 trạm BTS mới.\n"
        "Các làng còn lại sẽ được hoàn thành trong quý I/2025.",
        "2024-12-27",
        [
            ("dead_zone_villages_covered_rate", "Gia Lai", "as_of", "2024-12-20", 94.1),
        ],
    ),
    # a quarter's speeds for a city ("ở mức", "di động 5G/4G") with the country's "tốc độ tương ứng"
    (
        "Báo cáo chuyển đổi số quý II/2025 của Sở Khoa học và Công nghệ TP Đà Nẵng cho thấy tốc độ Internet băng rộng cố định trung bình trên địa bàn thành phố ở mức 172,4 Mbps, di động 5G/4G ở mức 96,8 Mbps.\n"
        "Cả nước, tốc độ tương ứng là 155,2 Mbps và 83,4 Mbps.\n"
        "Đà Nẵng tiếp tục dẫn đầu khu vực miền Trung về tốc độ cố định.",
        "2025-07-10",
        [
            ("fixed_broadband_speed", "Đà Nẵng", "quarter", "2025-06-30", 172.4),
            ("mobile_broadband_speed", "Đà Nẵng", "quarter", "2025-06-30", 96.8),
            ("fixed_broadband_speed", "national", "quarter", "2025-06-30", 155.2),
            ("mobile_broadband_speed", "national", "quarter", "2025-06-30", 83.4),
        ],
    ),
    # "số hộ dân sử dụng Internet cáp quang đạt … hộ, tương đương …% số hộ" in a year review; communes with fibre have no id; Internet users "ước đạt"
    (
        "Năm 2024, hạ tầng viễn thông tỉnh Quảng Trị tiếp tục được mở rộng: 100% xã, phường, thị trấn có cáp quang đến trung tâm; số hộ dân sử dụng Internet cáp quang đạt 142.800 hộ, tương đương 80,3% số hộ.\n"
        "Tỷ lệ dân số sử dụng Internet ước đạt 76,5%.\n"
        "Tỉnh tiếp tục kêu gọi doanh nghiệp ngầm hóa cáp viễn thông tại TP Đông Hà.",
        "2025-02-14",
        [
            ("ftth_household_rate", "Quảng Trị", "as_of", "2024-12-31", 80.3),
            ("internet_users_rate", "Quảng Trị", "as_of", "2024-12-31", 76.5),
        ],
    ),
    # interview (PV / answer): "Hiện toàn tỉnh có … trạm BTS, trong đó … trạm 5G", "thôn, buôn lõm sóng", "khoảng 71%"
    (
        "PV: Xin ông cho biết hạ tầng số của tỉnh hiện nay ra sao?\n"
        "Giám đốc Sở TT&TT Đắk Lắk: Hiện toàn tỉnh có 3.412 trạm BTS, trong đó 74 trạm 5G.\n"
        "Vẫn còn 31 thôn, buôn lõm sóng, chủ yếu ở huyện Ea Súp và M'Drắk.\n"
        "Tỷ lệ hộ gia đình có kết nối cáp quang khoảng 71%, thấp hơn bình quân cả nước.",
        "2024-06-03",
        [
            ("fiveg_bts_count", "Đắk Lắk", "as_of", "2024-06-03", 74),
            ("villages_without_mobile_coverage", "Đắk Lắk", "as_of", "2024-06-03", 31),
            ("ftth_household_rate", "Đắk Lắk", "as_of", "2024-06-03", 71),
        ],
    ),
    # NEGATIVE: another country's region and the world's figure at a border conference
    (
        "Tại hội thảo hợp tác viễn thông biên giới Lạng Sơn – Quảng Tây, phía Trung Quốc cho biết khu tự trị Quảng Tây đã có hơn 90.000 trạm 5G, tỷ lệ hộ gia đình có cáp quang trên 95%.\n"
        "Theo Liên minh Viễn thông quốc tế (ITU), tỷ lệ người sử dụng Internet trên thế giới năm 2024 là 68%.\n"
        "Phía Việt Nam, các đại biểu thống nhất xử lý tình trạng sóng di động lấn biên tại các xã giáp ranh.",
        "2024-10-30",
        [],
    ),
    # provincial conclusion notice: "1.186/1.232 thôn, bản được phủ sóng …, đạt 96,27%; còn 46 thôn, bản chưa có sóng"; meeting and resolution counts
    (
        "Thông báo số 45/TB-UBND ngày 11/3/2024 kết luận của Chủ tịch UBND tỉnh Yên Bái tại Hội nghị về phát triển hạ tầng số nêu rõ: đến ngày 29/02/2024, toàn tỉnh đã có 1.186/1.232 thôn, bản được phủ sóng di động băng rộng, đạt 96,27%; còn 46 thôn, bản chưa có sóng.\n"
        "Đây là hội nghị thứ 3 trong năm về chủ đề này.\n"
        "Tỉnh đã ban hành 02 nghị quyết chuyên đề về hạ tầng viễn thông.",
        "2024-03-12",
        [
            ("villages_with_mobile_coverage_rate", "Yên Bái", "as_of", "2024-02-29", 96.27),
            ("villages_without_mobile_coverage", "Yên Bái", "as_of", "2024-02-29", 46),
        ],
    ),
    # national monthly report quoted ("hơn 7.500 trạm 5G, vùng phủ 5G … 26% dân số") then the province's own stations
    (
        "Theo Báo cáo chuyển đổi số quốc gia tháng 4/2025, cả nước đã có hơn 7.500 trạm 5G, vùng phủ 5G đạt khoảng 26% dân số.\n"
        "Tại Bình Định, đến cuối tháng 4/2025 toàn tỉnh có 164 trạm 5G của các doanh nghiệp viễn thông, phủ sóng toàn bộ TP Quy Nhơn và trung tâm các huyện.\n"
        "Tỉnh đề xuất các nhà mạng mở rộng 5G tới Khu kinh tế Nhơn Hội trong năm nay.",
        "2025-05-19",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 7500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-30", 26),
            ("fiveg_bts_count", "Bình Định", "as_of", "2025-04-30", 164),
        ],
    ),
    # NEGATIVE: "Hiện nay" levels with no date in the text and no published date cannot be dated
    (
        "Hiện nay, toàn tỉnh Hòa Bình có 1.752 trạm BTS, trong đó 98 trạm 5G; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 70,8%.\n"
        "Các thôn vùng cao của huyện Đà Bắc, Mai Châu vẫn còn tình trạng lõm sóng.\n"
        "Sở TT&TT đang phối hợp với các nhà mạng khảo sát để lắp đặt thêm trạm phát sóng.",
        None,
        [],
    ),
    # NEGATIVE: decisions and meetings, all-generation BTS, an upload speed and a DTI rank
    (
        "Năm 2024, UBND tỉnh Vĩnh Phúc ban hành 04 quyết định và tổ chức 6 cuộc họp về hạ tầng viễn thông thụ động.\n"
        "Toàn tỉnh hiện có 1.965 trạm BTS 2G/3G/4G; tốc độ tải lên trung bình của băng rộng cố định đạt 201,5 Mbps.\n"
        "Vĩnh Phúc đứng thứ 5/63 về chỉ số hạ tầng số trong bảng xếp hạng DTI 2023.",
        "2024-12-05",
        [],
    ),
    # half-year report read in August: "hiện nay" is the end of the half; a growth of subscriptions is not a value
    (
        "Báo cáo 6 tháng đầu năm 2025 của tỉnh Cà Mau về chuyển đổi số cho biết: hiện nay toàn tỉnh có 286 trạm 5G; tỷ lệ thuê bao di động sử dụng smartphone đạt 86,1%.\n"
        "Số thuê bao băng rộng di động đạt 1,12 triệu thuê bao, tăng 6% so với cùng kỳ.\n"
        "Các doanh nghiệp viễn thông cam kết hoàn thành phủ sóng các ấp vùng bãi bồi ven biển.",
        "2025-08-20",
        [
            ("fiveg_bts_count", "Cà Mau", "as_of", "2025-06-30", 286),
            ("smartphone_subscriber_rate", "Cà Mau", "as_of", "2025-06-30", 86.1),
            ("mobile_broadband_subscriptions", "Cà Mau", "as_of", "2025-06-30", 1120000),
        ],
    ),
    # "lũy kế từ đầu năm" new fibre subscriptions (no id) then levels "tính đến ngày 15/4/2025" with a per-100 density
    (
        "Lũy kế từ đầu năm đến ngày 15/4/2025, các doanh nghiệp viễn thông trên địa bàn tỉnh Sóc Trăng đã phát triển mới 8.640 thuê bao Internet cáp quang.\n"
        "Tính đến ngày 15/4/2025, tỷ lệ hộ gia đình có kết nối cáp quang đạt 74,35%; mật độ thuê bao băng rộng cố định đạt 21,7 thuê bao/100 dân.\n"
        "Tỉnh phấn đấu cuối năm 2025 đạt 80% hộ gia đình có cáp quang.",
        "2025-04-18",
        [
            ("ftth_household_rate", "Sóc Trăng", "as_of", "2025-04-15", 74.35),
            ("fixed_broadband_subscriptions_per_100", "Sóc Trăng", "as_of", "2025-04-15", 21.7),
        ],
    ),
    # e-services rates of a province for a half, then a month's mobile speed on the same page
    (
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ giải quyết TTHC trực tuyến toàn trình của tỉnh Lâm Đồng đạt 46,8%; tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%.\n"
        "Về hạ tầng, tốc độ truy cập băng rộng di động trung bình trên địa bàn tỉnh đạt 45,6 Mbps trong tháng 6/2024.\n"
        "Tỉnh tiếp tục đề nghị các nhà mạng nâng cấp trạm 4G tại huyện Đam Rông, Lạc Dương.",
        "2024-07-08",
        [
            ("online_dossier_full_process_rate", "Lâm Đồng", "half", "2024-06-30", 46.8),
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 72.5),
            ("mobile_broadband_speed", "Lâm Đồng", "month", "2024-06-30", 45.6),
        ],
    ),
    # province's full-process services "… DVCTT toàn trình, chiếm …% tổng số TTHC", VNeID activations by the provincial police, undated "còn … thôn lõm sóng"
    (
        "Tính đến ngày 30/9/2024, tỉnh Tuyên Quang cung cấp 1.048 dịch vụ công trực tuyến toàn trình, chiếm 54,6% tổng số TTHC của tỉnh.\n"
        "Cùng thời điểm, Công an tỉnh đã kích hoạt 452.300 tài khoản định danh điện tử VNeID cho người dân.\n"
        "Toàn tỉnh còn 22 thôn lõm sóng.",
        "2024-10-02",
        [
            ("dvctt_full_process_rate", "Tuyên Quang", "as_of", "2024-09-30", 54.6),
            ("vneid_activated_accounts", "Tuyên Quang", "as_of", "2024-09-30", 452300),
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2024-10-02", 22),
        ],
    ),
    # NDXP national month, daily average and cumulative quoted beside the province's LGSP (no id); fibre share of the province
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của An Giang trong tháng 5/2024 ghi nhận 1,8 triệu giao dịch.\n"
        "Trên phạm vi cả nước, NDXP trong tháng 5/2024 có 87,4 triệu giao dịch, bình quân 2,8 triệu giao dịch/ngày; lũy kế từ khi khai trương đạt hơn 1,36 tỷ giao dịch.\n"
        "Tỷ lệ hộ gia đình có cáp quang của An Giang tính đến 31/5/2024 đạt 68,9%.",
        "2024-06-12",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 87400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 2800000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 1360000000),
            ("ftth_household_rate", "An Giang", "as_of", "2024-05-31", 68.9),
        ],
    ),
    # national cyberattacks and botnet IPs of a month quoted; the province's blocked accesses are not attacks; level approval and 5G stations of the province
    (
        "Theo Cục An toàn thông tin, trong tháng 3/2024, cả nước ghi nhận 1.025 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; số địa chỉ IP thuộc mạng botnet là khoảng 610.000.\n"
        "Tại Hà Tĩnh, hệ thống SOC của tỉnh đã ngăn chặn hơn 12.000 lượt truy cập bất thường; 100% hệ thống thông tin của tỉnh đã được phê duyệt hồ sơ cấp độ.\n"
        "Tỉnh hiện có 104 trạm 5G.",
        "2024-04-08",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1025),
            ("botnet_ips", "national", "as_of", "2024-03-31", 610000),
            ("info_systems_level_approved_rate", "Hà Tĩnh", "as_of", "2024-04-08", 100),
            ("fiveg_bts_count", "Hà Tĩnh", "as_of", "2024-04-08", 104),
        ],
    ),
    # province's digital economy share of GRDP and its growth for a year, then year-end infrastructure shares
    (
        "Năm 2023, kinh tế số của tỉnh Bắc Giang ước chiếm 22,4% GRDP, tăng trưởng 15,2% so với năm 2022.\n"
        "Hạ tầng số tiếp tục được đầu tư: đến 31/12/2023, tỷ lệ thôn, bản có sóng di động băng rộng đạt 100%, tỷ lệ hộ gia đình có cáp quang đạt 85,6%.\n"
        "Mục tiêu năm 2025, kinh tế số chiếm 25% GRDP của tỉnh.",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 22.4),
            ("digital_economy_growth", "Bắc Giang", "year", "2023-12-31", 15.2),
            ("villages_with_mobile_coverage_rate", "Bắc Giang", "as_of", "2023-12-31", 100),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2023-12-31", 85.6),
        ],
    ),
    # chip ID cards, Mobile Money customers (with a rural sub-share after "trong đó") and adults' payment accounts of a province
    (
        "Đến ngày 15/11/2024, Công an tỉnh Đồng Tháp đã cấp 1.318.000 thẻ căn cước công dân gắn chip.\n"
        "Số khách hàng sử dụng dịch vụ Mobile Money trên địa bàn tỉnh đạt 96.200 khách hàng, trong đó 71% ở khu vực nông thôn.\n"
        "Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 81,3%.",
        "2024-11-20",
        [
            ("chip_id_cards_issued", "Đồng Tháp", "as_of", "2024-11-15", 1318000),
            ("mobile_money_customers", "Đồng Tháp", "as_of", "2024-11-20", 96200),
            ("adults_with_bank_account_rate", "Đồng Tháp", "as_of", "2024-11-20", 81.3),
        ],
    ),
    # the country's EGDI rank "71/193" (a change in places is not a value), the province's DTI rank (no id), the province's yearly speeds
    (
        "Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc, tăng 15 bậc so với năm 2022.\n"
        "Kiên Giang xếp thứ 39/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.\n"
        "Tốc độ băng rộng cố định trung bình của tỉnh năm 2024 đạt 118,7 Mbps, băng rộng di động đạt 54,2 Mbps.",
        "2025-01-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("fixed_broadband_speed", "Kiên Giang", "year", "2024-12-31", 118.7),
            ("mobile_broadband_speed", "Kiên Giang", "year", "2024-12-31", 54.2),
        ],
    ),
    # the ministry's monthly report reprinted by a province, then "tỷ lệ tương ứng là …; … và …" for the province
    (
        "Cổng TTĐT tỉnh Phú Yên đăng tải Báo cáo chuyển đổi số quốc gia tháng 5/2025: tỷ lệ hộ gia đình có kết nối cáp quang cả nước đạt 84,1%; tỷ lệ thuê bao sử dụng điện thoại thông minh là 89,2%; tỷ lệ dân số sử dụng Internet ở mức 79,5%.\n"
        "Đối với Phú Yên, các tỷ lệ tương ứng là 80,4%; 85,7% và 74,9%.\n"
        "Sở Khoa học và Công nghệ đề nghị các địa phương đẩy mạnh phổ cập điện thoại thông minh.",
        "2025-06-14",
        [
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 84.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 89.2),
            ("internet_users_rate", "national", "as_of", "2025-05-31", 79.5),
            ("ftth_household_rate", "Phú Yên", "as_of", "2025-05-31", 80.4),
            ("smartphone_subscriber_rate", "Phú Yên", "as_of", "2025-05-31", 85.7),
            ("internet_users_rate", "Phú Yên", "as_of", "2025-05-31", 74.9),
        ],
    ),
    # "chạm mốc … trạm" and "lên tới …%" for a city; operators' shares after "Trong đó" and a target are not values
    (
        "Tính đến hết tháng 8/2025, số trạm phát sóng 5G trên địa bàn thành phố Hải Phòng đã chạm mốc 1.020 trạm; tỷ lệ dân số được phủ sóng 5G lên tới 92%.\n"
        "Trong đó, VNPT có 410 trạm, Viettel 560 trạm.\n"
        "Thành phố đặt mục tiêu phủ 5G 100% các khu công nghiệp vào cuối năm 2025.",
        "2025-09-05",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-08-31", 1020),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-08-31", 92),
        ],
    ),
    # a quarter: villages newly covered (not a value), "77/91 thôn, tỷ lệ 84,6%", "Hiện … còn 29 thôn chưa có sóng"
    (
        "Quý I/2024, tỉnh Bắc Kạn phủ sóng mới cho 14 thôn lõm sóng, nâng tổng số thôn lõm sóng có điện lưới được phủ sóng lên 77/91 thôn, tỷ lệ 84,6%.\n"
        "Hiện toàn tỉnh còn 29 thôn chưa có sóng di động (gồm cả các thôn chưa có điện).\n"
        "Kinh phí thực hiện chủ yếu từ Quỹ Dịch vụ viễn thông công ích Việt Nam.",
        "2024-04-15",
        [
            ("dead_zone_villages_covered_rate", "Bắc Kạn", "as_of", "2024-03-31", 84.6),
            ("villages_without_mobile_coverage", "Bắc Kạn", "as_of", "2024-03-31", 29),
        ],
    ),
    # VnExpress-style capital: "khoảng 2,18 triệu hộ …, tương đương 91,5%", a month's fibre speed and the national average; one operator's trial stations
    (
        "Hà Nội hiện có khoảng 2,18 triệu hộ gia đình có kết nối cáp quang, tương đương 91,5% tổng số hộ, theo Sở Thông tin và Truyền thông.\n"
        "Tốc độ tải xuống trung bình của mạng cáp quang tại Hà Nội trong tháng 7/2024 là 156,3 Mbps, cao hơn mức bình quân cả nước 139,7 Mbps.\n"
        "Thành phố có 2.100 trạm 5G thử nghiệm của Viettel.",
        "2024-08-26",
        [
            ("ftth_household_rate", "Hà Nội", "as_of", "2024-08-26", 91.5),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-07-31", 156.3),
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 139.7),
        ],
    ),
    # "ghi nhận 1,08 triệu thuê bao …, tương đương 106,3 thuê bao/100 dân" in a year, no published date; a density change is not a value
    (
        "Năm 2023, tỉnh Ninh Bình ghi nhận 1,08 triệu thuê bao băng rộng di động, tương đương 106,3 thuê bao/100 dân; tỷ lệ người dân sử dụng Internet đạt 78,2%.\n"
        "So với năm 2022, mật độ thuê bao băng rộng di động tăng 4,6 thuê bao/100 dân.\n"
        "Toàn tỉnh đã ngầm hóa 35 km cáp viễn thông tại TP Ninh Bình.",
        None,
        [
            ("mobile_broadband_subscriptions", "Ninh Bình", "as_of", "2023-12-31", 1080000),
            ("mobile_broadband_subscriptions_per_100", "Ninh Bình", "as_of", "2023-12-31", 106.3),
            ("internet_users_rate", "Ninh Bình", "as_of", "2023-12-31", 78.2),
        ],
    ),
    # province total of fixed subscriptions followed by operators' list after "trong đó:"; fibre share in the next line
    (
        "Tính đến 30/4/2024, tổng số thuê bao Internet băng rộng cố định trên địa bàn tỉnh Tây Ninh là 238.615 thuê bao, trong đó:\n"
        "- Viettel: 121.400 thuê bao;\n"
        "- VNPT: 88.215 thuê bao;\n"
        "- FPT và các doanh nghiệp khác: 29.000 thuê bao.\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang đạt 76,2%.",
        "2024-05-09",
        [
            ("fixed_broadband_subscriptions", "Tây Ninh", "as_of", "2024-04-30", 238615),
            ("ftth_household_rate", "Tây Ninh", "as_of", "2024-04-30", 76.2),
        ],
    ),
    # national dead-zone programme: covered share, villages left, electrified sub-count after "trong đó"; a province leading "với tỷ lệ 100%"
    (
        "Theo Bộ TT&TT, đến ngày 20/10/2024, cả nước đã phủ sóng 1.590/1.853 thôn lõm sóng có điện lưới, đạt 85,8%; cả nước còn 1.010 thôn, bản chưa có sóng, trong đó 263 thôn đã có điện lưới.\n"
        "Dẫn đầu là tỉnh Lào Cai với tỷ lệ 100%.\n"
        "Mục tiêu phủ sóng toàn bộ thôn lõm sóng có điện lưới trước tháng 12/2024.",
        "2024-10-25",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-20", 85.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-20", 1010),
            ("dead_zone_villages_covered_rate", "Lào Cai", "as_of", "2024-10-20", 100),
        ],
    ),
    # a table written as lines: plan column (targets) beside the results column dated in its header
    (
        "Kết quả thực hiện một số chỉ tiêu hạ tầng số tỉnh Quảng Nam:\n"
        "Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện đến 30/6/2025\n"
        "Tỷ lệ hộ gia đình có kết nối cáp quang (%) | 85 | 81,6\n"
        "Tỷ lệ thôn có sóng di động băng rộng (%) | 100 | 98,9\n"
        "Số trạm BTS 5G (trạm) | 400 | 312\n"
        "Tốc độ băng rộng cố định trung bình (Mbps) | 150 | 146,2",
        "2025-07-03",
        [
            ("ftth_household_rate", "Quảng Nam", "as_of", "2025-06-30", 81.6),
            ("villages_with_mobile_coverage_rate", "Quảng Nam", "as_of", "2025-06-30", 98.9),
            ("fiveg_bts_count", "Quảng Nam", "as_of", "2025-06-30", 312),
            ("fixed_broadband_speed", "Quảng Nam", "as_of", "2025-06-30", 146.2),
        ],
    ),
    # after "trong đó", mobile broadband subscriptions (another indicator than all mobile subscriptions); smartphones "chiếm …%"; revenue and its growth have no id
    (
        "Năm 2023, toàn tỉnh Long An có 1,86 triệu thuê bao điện thoại di động, trong đó số thuê bao băng rộng di động (3G, 4G) là 1,52 triệu; thuê bao sử dụng điện thoại thông minh chiếm 81,9%.\n"
        "Doanh thu viễn thông đạt 2.350 tỷ đồng, tăng 5,3%.\n"
        "Tỉnh tiếp tục hỗ trợ hộ nghèo tiếp cận điện thoại thông minh.",
        "2024-01-18",
        [
            ("mobile_broadband_subscriptions", "Long An", "as_of", "2023-12-31", 1520000),
            ("smartphone_subscriber_rate", "Long An", "as_of", "2023-12-31", 81.9),
        ],
    ),
]
