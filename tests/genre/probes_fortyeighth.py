"""Blind genre probes, round 48: cybersecurity and data in the Vietnamese press (2022-2025).

The cases probe how NCSC / Cục An toàn thông tin monthly, quarterly, half-year and yearly figures
are written (cyberattacks causing incidents, botnet IP addresses, the share of information systems
whose security level is approved, by ministries / localities / one province), how the national data
integration platform NDXP is reported (transactions in a month or year, per day, cumulative since
2019, connection points, connected agencies, "hiện nay" with and without a published date), the
population database (chip ID cards, VNeID), data reuse in dossiers, and how vendor reports
(Kaspersky, Bkav, VSEC, Viettel), A05 crime figures, world and other countries' figures, provincial
LGSP platforms, targets, year-on-year changes and "trong đó" sub-counts sit next to the values that
are to be stored; tables written as lines, abbreviations (NDXP, CSDL, HTTT, TTHC, DVCQG) and several
number formats. Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # NCSC monthly figure with a prior month in parentheses (kept), "trong đó" attack kinds (not kept), botnet stock at month end
    (
        "Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 3/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.082 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Con số này giảm 6,2% so với tháng 02/2024 (1.153 cuộc).\n"
        "Trong đó, có 512 cuộc tấn công lừa đảo (Phishing), 468 cuộc tấn công thay đổi giao diện (Deface) và 102 cuộc tấn công cài mã độc (Malware).\n"
        "Cũng trong tháng 3, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 612.384 địa chỉ, giảm 3,1% so với tháng trước.",
        "2024-04-05",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1082),
            ("cyberattacks", "national", "month", "2024-02-29", 1153),
            ("botnet_ips", "national", "as_of", "2024-03-31", 612384),
        ],
    ),
    # Year review: yearly attacks, botnet "từ hơn X (cuối năm 2022) xuống còn khoảng Y (cuối năm 2023)" both dated; IBM world cost is a distractor
    (
        "Tổng kết năm 2023, Cục An toàn thông tin cho biết hệ thống kỹ thuật của cơ quan này đã ghi nhận 13.750 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 12,6% so với năm 2022.\n"
        "Số địa chỉ IP Việt Nam nằm trong mạng máy tính ma (botnet) cũng giảm mạnh, từ hơn 1,5 triệu địa chỉ vào cuối năm 2022 xuống còn khoảng 720.000 địa chỉ vào cuối năm 2023.\n"
        "Trên thế giới, theo báo cáo của IBM, chi phí trung bình của một vụ rò rỉ dữ liệu năm 2023 lên tới 4,45 triệu USD, cao nhất từ trước đến nay.",
        "2024-01-10",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13750),
            ("botnet_ips", "national", "as_of", "2022-12-31", 1500000),
            ("botnet_ips", "national", "as_of", "2023-12-31", 720000),
        ],
    ),
    # NEGATIVE: Kaspersky vendor report (threats blocked, share of users, phishing attacks, regional place): nothing stored
    (
        "Theo báo cáo mới công bố của Kaspersky, trong năm 2023, các giải pháp bảo mật của hãng đã phát hiện và ngăn chặn 41.021.305 mối đe dọa trực tuyến nhắm vào người dùng tại Việt Nam, tăng 7% so với năm 2022.\n"
        "Cũng theo Kaspersky, 27,6% người dùng tại Việt Nam từng bị tấn công bởi các mối đe dọa lây lan qua web, đưa Việt Nam xếp thứ 2 khu vực Đông Nam Á.\n"
        "Số cuộc tấn công lừa đảo (phishing) mà hãng chặn được tại Việt Nam là 4,6 triệu cuộc.\n"
        "Kaspersky khuyến cáo doanh nghiệp cập nhật phần mềm và sao lưu dữ liệu thường xuyên.",
        "2024-03-20",
        [],
    ),
    # NEGATIVE: Bkav yearly survey (losses in tỷ đồng, infected computers, ransomware): a vendor's figures
    (
        "Theo chương trình đánh giá an ninh mạng do Bkav thực hiện, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam năm 2023 là 17.300 tỷ đồng, tương đương 0,7 tỷ USD.\n"
        "Cũng theo Bkav, có 2,3 triệu máy tính bị nhiễm mã độc đào tiền ảo và 83.000 máy tính bị mã hóa dữ liệu bởi ransomware trong năm.\n"
        "Ước tính có 13,9 triệu lượt máy tính nhiễm virus lây qua USB, giảm 3% so với năm trước.\n"
        "Chuyên gia Bkav dự báo năm 2024 các cuộc tấn công có chủ đích (APT) sẽ tiếp tục gia tăng.",
        "2023-12-28",
        [],
    ),
    # Monthly report: approval rate national, then "trong đó khối bộ, ngành / khối địa phương" breakdowns; deadlines are not values
    (
        "Báo cáo chuyển đổi số quốc gia tháng 8/2024 của Bộ Thông tin và Truyền thông nêu rõ kết quả bảo đảm an toàn hệ thống thông tin theo cấp độ.\n"
        "Tính đến ngày 31/8/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ trên cả nước là 78,3%, trong đó khối bộ, ngành đạt 71,5%, khối địa phương đạt 83,9%.\n"
        "Theo chỉ đạo của Thủ tướng Chính phủ, các bộ, ngành, địa phương phải hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin trong tháng 9/2024 và triển khai đầy đủ phương án bảo vệ trước tháng 12/2024.",
        "2024-09-10",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-31", 78.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-08-31", 71.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-08-31", 83.9),
        ],
    ),
    # Provincial portal: "hiện nay toàn tỉnh ... 100% đã được phê duyệt" -> Quảng Ninh as_of the published date; SOC counts have no id
    (
        "Sở Thông tin và Truyền thông tỉnh Quảng Ninh cho biết, hiện nay toàn tỉnh có 215 hệ thống thông tin đang vận hành, 100% đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin.\n"
        "Trung tâm Giám sát, điều hành an toàn thông tin (SOC) của tỉnh đã kết nối với NCSC, giám sát 1.120 máy chủ và 18.400 máy trạm.\n"
        "Từ đầu năm 2025 đến nay, hệ thống đã phát hiện, ngăn chặn hơn 120.000 lượt truy cập độc hại; trên địa bàn tỉnh không xảy ra sự cố mất an toàn thông tin nghiêm trọng.",
        "2025-02-12",
        [
            ("info_systems_level_approved_rate", "Quảng Ninh", "as_of", "2025-02-12", 100.0),
        ],
    ),
    # NDXP monthly report as a list: month flow, per-day average, cumulative since start, agencies (the parenthesised parts are not kept)
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025:\n"
        "- Trong tháng 5/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 98,6 triệu giao dịch, bình quân 3,18 triệu giao dịch/ngày.\n"
        "- Lũy kế từ khi đưa vào vận hành đến hết tháng 5/2025, tổng số giao dịch qua NDXP đạt 6,92 tỷ giao dịch.\n"
        "- Tính đến ngày 31/5/2025, NDXP đã kết nối với 112 cơ quan, đơn vị (gồm 23 bộ, ngành, 63 địa phương và 26 doanh nghiệp, tổ chức).\n"
        "- Số giao dịch tháng 5 tăng 4,1% so với tháng 4/2025.",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98600000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3180000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 6920000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-05-31", 112),
        ],
    ),
    # NDXP year 2024 (Báo Chính phủ style): "hơn 1,02 tỷ", "khoảng 2,8 triệu" per day, "chạm mốc 4,3 tỷ" since 2019, connection points; systems have no id
    (
        "Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) do Bộ Thông tin và Truyền thông vận hành đã phục vụ hơn 1,02 tỷ giao dịch, tăng 30% so với năm 2023; trung bình mỗi ngày có khoảng 2,8 triệu giao dịch.\n"
        "Tổng số giao dịch qua NDXP kể từ năm 2019 đến hết năm 2024 chạm mốc 4,3 tỷ.\n"
        "Đến cuối năm 2024, trên NDXP đã thiết lập 2.415 điểm kết nối, kết nối hơn 300 hệ thống thông tin của các cơ quan nhà nước và doanh nghiệp.",
        "2025-01-08",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1020000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2800000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 4300000000),
            ("ndxp_connection_points", "national", "as_of", "2024-12-31", 2415),
        ],
    ),
    # NEGATIVE: a provincial LGSP platform (Thái Nguyên) mentioned next to NDXP: its transactions are not NDXP's
    (
        "Theo Sở Thông tin và Truyền thông Thái Nguyên, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) hiện đã kết nối 26 hệ thống thông tin của tỉnh và liên thông với NDXP để khai thác CSDL quốc gia về dân cư, CSDL quốc gia về đăng ký doanh nghiệp.\n"
        "Trong 10 tháng năm 2024, LGSP của tỉnh ghi nhận 3,2 triệu giao dịch, bình quân khoảng 10.500 giao dịch mỗi ngày.\n"
        "Trục liên thông văn bản của tỉnh đã gửi, nhận 412.000 văn bản điện tử.",
        "2024-11-15",
        [],
    ),
    # Interview: "Năm 2022, ... 12.213 sự cố tấn công mạng" (year) and "Hiện nay ... ở mức khoảng" botnet (as_of the published date); target not kept
    (
        "PV: Xin ông cho biết tình hình tấn công mạng vào Việt Nam trong năm qua?\n"
        "Đại diện Cục An toàn thông tin: Năm 2022, chúng tôi đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 sự cố tấn công mạng vào các hệ thống thông tin tại Việt Nam, giảm 44,6% so với năm 2021.\n"
        "Hiện nay, số địa chỉ IP của Việt Nam nằm trong các mạng botnet ở mức khoảng 790.000 địa chỉ.\n"
        "Mục tiêu năm 2023 là đưa con số này xuống dưới 500.000 địa chỉ.",
        "2023-01-12",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213),
            ("botnet_ips", "national", "as_of", "2023-01-12", 790000),
        ],
    ),
    # NEGATIVE: A05 (Bộ Công an) year summary: phishing sites removed, accounts locked, criminal cases, losses "12,9 nghìn tỷ đồng", decrees and conferences
    (
        "Tại hội nghị tổng kết, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05, Bộ Công an) cho biết trong năm 2024 đơn vị đã phối hợp gỡ bỏ 3.800 trang web lừa đảo, khóa 1.250 tài khoản mạng xã hội giả mạo cơ quan nhà nước.\n"
        "Lực lượng Công an đã khởi tố 1.530 vụ án lừa đảo chiếm đoạt tài sản qua mạng, thiệt hại ước tính 12,9 nghìn tỷ đồng.\n"
        "Năm 2024, Bộ Công an đã tham mưu ban hành 4 nghị định và tổ chức 12 hội nghị tuyên truyền về an ninh mạng.",
        "2024-12-20",
        [],
    ),
    # Quarter II/2024 NCSC total ("tổng cộng") kept; VSEC's incidents and Viettel Cyber Security's leaked records are vendor figures
    (
        "Quý II/2024, NCSC ghi nhận tổng cộng 2.795 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 19,6% so với quý I.\n"
        "Trong khi đó, theo báo cáo của Công ty An ninh mạng VSEC, quý II/2024 doanh nghiệp này ghi nhận 31 sự cố tấn công vào hệ thống của khách hàng, tăng 24%.\n"
        "Viettel Cyber Security cũng cho biết đã phát hiện hơn 46 triệu bản ghi dữ liệu cá nhân người Việt bị rao bán trên không gian mạng trong 6 tháng đầu năm.",
        "2024-07-15",
        [
            ("cyberattacks", "national", "quarter", "2024-06-30", 2795),
        ],
    ),
    # Half-year 2025 reported by Bộ Công an (the national figure), approval rate "Hết quý II/2025 ... đạt"; change and target not kept
    (
        "Theo Bộ Công an, 6 tháng đầu năm 2025, hệ thống giám sát an toàn không gian mạng quốc gia đã phát hiện 4.970 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 14% so với cùng kỳ năm 2024.\n"
        "Hết quý II/2025, tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin đạt 89,6%.\n"
        "Phấn đấu đến hết năm 2025, 100% hệ thống thông tin cấp độ 3 trở lên được kết nối, chia sẻ thông tin giám sát với Trung tâm Giám sát an toàn không gian mạng quốc gia.",
        "2025-07-10",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 4970),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 89.6),
        ],
    ),
    # Labelled list lines: month figure, "Lũy kế từ đầu năm" (ytd), botnet line with a bare number; phishing sites have no id
    (
        "Cục An toàn thông tin công bố số liệu tháng 9/2024:\n"
        "- Số cuộc tấn công mạng gây sự cố trong tháng 9: 735 cuộc;\n"
        "- Lũy kế từ đầu năm đến hết tháng 9/2024: 7.260 cuộc, giảm 35,7% so với cùng kỳ;\n"
        "- Số địa chỉ IP trong mạng botnet: 582.145 (giảm 2,7% so với tháng 8);\n"
        "- Số trang web giả mạo, lừa đảo bị phát hiện mới: 1.102.",
        "2024-10-08",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 735),
            ("cyberattacks", "national", "ytd", "2024-09-30", 7260),
            ("botnet_ips", "national", "as_of", "2024-09-30", 582145),
        ],
    ),
    # Table written as lines with two month columns (current and previous both kept); "HTTT" abbreviation; unit in the row label
    (
        "Phụ lục: Một số chỉ tiêu an toàn, an ninh mạng (Báo cáo chuyển đổi số quốc gia tháng 11/2024)\n"
        "Chỉ tiêu | Tháng 11/2024 | Tháng 10/2024\n"
        "Số cuộc tấn công mạng gây sự cố (cuộc) | 640 | 712\n"
        "Số địa chỉ IP thuộc mạng botnet | 561.230 | 575.914\n"
        "Tỷ lệ HTTT được phê duyệt cấp độ (%) | 90,1 | 88,7\n"
        "Nguồn: Cục An toàn thông tin.",
        "2024-12-05",
        [
            ("cyberattacks", "national", "month", "2024-11-30", 640),
            ("cyberattacks", "national", "month", "2024-10-31", 712),
            ("botnet_ips", "national", "as_of", "2024-11-30", 561230),
            ("botnet_ips", "national", "as_of", "2024-10-31", 575914),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 90.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-31", 88.7),
        ],
    ),
    # NEGATIVE: a directive's targets (phấn đấu, mục tiêu đến năm 2025) on approval, botnet and NDXP, plus counts of documents and meetings
    (
        "Chỉ thị của Thủ tướng Chính phủ về tăng cường bảo đảm an toàn thông tin yêu cầu: phấn đấu đến hết năm 2024, 100% hệ thống thông tin của cơ quan nhà nước được phê duyệt cấp độ an toàn thông tin và triển khai đầy đủ phương án bảo vệ theo cấp độ.\n"
        "Mục tiêu đến năm 2025, giảm 50% số địa chỉ IP nằm trong mạng botnet so với năm 2023; 100% bộ, ngành, địa phương kết nối, chia sẻ dữ liệu qua NDXP.\n"
        "Chỉ thị là văn bản thứ 3 về an toàn thông tin được ban hành từ đầu năm, sau 2 cuộc họp của Ban Chỉ đạo.",
        "2024-05-20",
        [],
    ),
    # NEGATIVE: world and other countries' figures (global losses, Singapore, Korea incidents) and the ITU GCI place (not EGDI)
    (
        "Theo ước tính của Cybersecurity Ventures, thiệt hại do tội phạm mạng gây ra trên toàn cầu năm 2024 có thể lên tới 9.500 tỷ USD.\n"
        "Tại Singapore, Cơ quan An ninh mạng (CSA) ghi nhận 3.273 vụ tấn công lừa đảo trong năm 2023; Hàn Quốc ghi nhận 1.277 sự cố tấn công mạng vào doanh nghiệp.\n"
        "Trong bảng xếp hạng Chỉ số an toàn, an ninh mạng toàn cầu (GCI) năm 2024 của Liên minh Viễn thông quốc tế (ITU), Việt Nam được xếp vào nhóm Bậc 1 (Tier 1), sau khi đứng thứ 25/194 ở kỳ trước.",
        "2024-09-20",
        [],
    ),
    # Population database: chip ID cards ("hơn 87,2 triệu") and activated VNeID accounts after "trong đó" (its own indicator); created accounts, requests and the year-end target are not kept
    (
        "Tính đến ngày 31/7/2024, Bộ Công an đã cấp hơn 87,2 triệu thẻ căn cước công dân gắn chíp; tạo lập 80,6 triệu tài khoản định danh điện tử, trong đó 57,3 triệu tài khoản đã được kích hoạt.\n"
        "CSDL quốc gia về dân cư đã kết nối, chia sẻ với 13 bộ, ngành, 63 địa phương và 3 doanh nghiệp nhà nước, tiếp nhận và xác thực hơn 1,2 tỷ lượt yêu cầu.\n"
        "Bộ Công an phấn đấu đến cuối năm 2024 có 60 triệu tài khoản định danh điện tử được kích hoạt.",
        "2024-08-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-07-31", 87200000),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-31", 57300000),
        ],
    ),
    # Infrastructure inside a security article: national 5G stations and coverage kept; Viettel's share of stations, VNPT's speed and blocked calls not
    (
        "Về hạ tầng số, tính đến hết tháng 6/2025, cả nước đã lắp đặt 9.200 trạm BTS 5G, phủ sóng 26% dân số; trong đó Viettel chiếm khoảng 6.500 trạm.\n"
        "Riêng VNPT cho biết mạng 5G của doanh nghiệp đạt tốc độ tải xuống trung bình 450 Mbps.\n"
        "Cũng theo báo cáo, hệ thống giám sát của các nhà mạng đã ngăn chặn 2,4 triệu cuộc gọi lừa đảo trong 6 tháng đầu năm.",
        "2025-07-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9200),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # Data reuse with a parenthesised ministries/localities split, personal-ID dossiers "ở mức"; the percentage-point change is not kept
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025 cho thấy việc khai thác dữ liệu từ các CSDL quốc gia tiếp tục được đẩy mạnh.\n"
        "Trong tháng 4/2025, tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,2% (khối bộ, ngành: 35,4%; khối địa phương: 43%).\n"
        "Tỷ lệ hồ sơ TTHC được gắn với mã số định danh cá nhân ở mức 96,8%.\n"
        "So với tháng 3/2025, tỷ lệ tái sử dụng dữ liệu tăng 2,6 điểm phần trăm.",
        "2025-05-08",
        [
            ("data_reuse_rate", "national", "month", "2025-04-30", 41.2),
            ("data_reuse_rate", "ministries", "month", "2025-04-30", 35.4),
            ("data_reuse_rate", "localities", "month", "2025-04-30", 43.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2025-04-30", 96.8),
        ],
    ),
    # Digital economy year 2024 ("ước chiếm 18,3% GDP, tăng trưởng khoảng 20%"); the security market revenue and 2025 targets are not kept
    (
        "An toàn thông tin được xác định là nền tảng của kinh tế số. Năm 2024, kinh tế số của Việt Nam ước chiếm 18,3% GDP, tăng trưởng khoảng 20%, gấp 3 lần tăng trưởng GDP.\n"
        "Thị trường sản phẩm, dịch vụ an toàn thông tin mạng năm 2024 ước đạt 5.200 tỷ đồng.\n"
        "Mục tiêu đến năm 2025, kinh tế số đạt 20% GDP và tỷ lệ sử dụng sản phẩm an toàn thông tin “Make in Vietnam” đạt 70%.",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # E-invoices total "tính đến ngày 15/4/2025" (1 tỷ = 10^9); the cash-register part after "trong đó" and the quarter's new invoices are not kept
    (
        "Cục Thuế (Bộ Tài chính) cho biết, tính đến ngày 15/4/2025, cơ quan thuế đã tiếp nhận, xử lý hơn 9,8 tỷ hóa đơn điện tử, trong đó có 1,2 tỷ hóa đơn khởi tạo từ máy tính tiền.\n"
        "Dữ liệu hóa đơn điện tử đã được kết nối, chia sẻ với Bộ Công an phục vụ phòng, chống gian lận.\n"
        "Riêng quý I/2025, số hóa đơn mới là 890 triệu hóa đơn, tăng 12% so với cùng kỳ.",
        "2025-04-18",
        [
            ("e_invoices_total", "national", "as_of", "2025-04-15", 9800000000),
        ],
    ),
    # NDXP interview with "hiện nay" and a published date: agencies, connection points, "trên 3 tỷ" cumulative; the per-day capacity target is not kept
    (
        "Trả lời phỏng vấn báo chí, đại diện Cục Chuyển đổi số quốc gia cho biết: hiện nay NDXP đã kết nối, chia sẻ dữ liệu với 107 cơ quan, đơn vị, thiết lập 2.100 điểm kết nối; tổng số giao dịch qua nền tảng đạt trên 3 tỷ giao dịch.\n"
        "Nhiều CSDL quốc gia như CSDL quốc gia về dân cư, CSDL quốc gia về bảo hiểm đã được kết nối qua nền tảng này.\n"
        "Trong thời gian tới, Bộ sẽ nâng cấp NDXP để đáp ứng 10 triệu giao dịch mỗi ngày.",
        "2024-06-14",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-14", 107),
            ("ndxp_connection_points", "national", "as_of", "2024-06-14", 2100),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-14", 3000000000),
        ],
    ),
    # NEGATIVE: NDXP "hiện đã", "bình quân mỗi ngày", "từ khi vận hành đến nay" with no published date and no date in the text: cannot be dated
    (
        "Nền tảng NDXP hiện đã kết nối với 110 cơ quan, đơn vị gồm các bộ, ngành, địa phương và một số doanh nghiệp.\n"
        "Bình quân mỗi ngày có khoảng 3 triệu giao dịch được thực hiện qua nền tảng, phục vụ giải quyết thủ tục hành chính và chỉ đạo, điều hành.\n"
        "Tổng số giao dịch từ khi vận hành đến nay đã vượt 5 tỷ.",
        None,
        [],
    ),
    # No published date, but the text dates its figures (tháng 7/2023; "Đến cuối tháng 7/2023" botnet): both kept
    (
        "Theo Cục An toàn thông tin, trong tháng 7/2023, hệ thống kỹ thuật của NCSC đã ghi nhận 1.046 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Đến cuối tháng 7/2023, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 660.512 địa chỉ.\n"
        "Cơ quan này khuyến cáo người dân cảnh giác với các trang web giả mạo cơ quan nhà nước.",
        None,
        [
            ("cyberattacks", "national", "month", "2023-07-31", 1046),
            ("botnet_ips", "national", "as_of", "2023-07-31", 660512),
        ],
    ),
    # Quarter I/2025 in "vụ" with the three attack kinds after "trong đó" (parts, not kept); "thêm 63 hệ thống" is a change
    (
        "Quý I/2025, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 2.364 vụ tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trong đó có 1.051 vụ tấn công lừa đảo (Phishing), 973 vụ tấn công thay đổi giao diện (Deface) và 340 vụ tấn công cài mã độc (Malware).\n"
        "Trong quý, có thêm 63 hệ thống thông tin được phê duyệt cấp độ.\n"
        "Số vụ tấn công giảm 8,7% so với quý IV/2024.",
        "2025-04-12",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 2364),
        ],
    ),
    # NEGATIVE: only changes (giảm 17,5% so với tháng 5, giảm 1,8 lần, tăng 5,4 điểm phần trăm): no level stated
    (
        "Số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 6/2024 giảm 17,5% so với tháng 5 và giảm 35% so với cùng kỳ năm 2023.\n"
        "Số địa chỉ IP Việt Nam nằm trong mạng botnet tiếp tục giảm 4,2% so với tháng trước, giảm 1,8 lần so với đầu năm.\n"
        "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ tăng thêm 5,4 điểm phần trăm.",
        "2024-07-05",
        [],
    ),
    # Malware-infected IPs "nằm trong mạng máy tính ma (botnet) trong tháng" kept; phishing sites found/removed and vulnerabilities have no id
    (
        "Trong tháng 10/2023, Cục An toàn thông tin đã phát hiện 1.102 trang web giả mạo, lừa đảo và đã ngăn chặn, gỡ bỏ 985 trang.\n"
        "Số địa chỉ IP của Việt Nam bị nhiễm mã độc, nằm trong mạng máy tính ma (botnet) trong tháng là 635.000 địa chỉ.\n"
        "Hệ thống cũng đã cảnh báo 2.250 lỗ hổng bảo mật trên các hệ thống thông tin của cơ quan nhà nước.",
        "2023-11-06",
        [
            ("botnet_ips", "national", "as_of", "2023-10-31", 635000),
        ],
    ),
    # Provincial portal (Gia Lai) with "132/156 hệ thống ..., đạt 84,6%" (the rate is stored); the 24 remaining and a deadline are not
    (
        "Cổng thông tin điện tử tỉnh Gia Lai: Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 132/156 hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ, đạt 84,6%.\n"
        "24 hệ thống còn lại đang được các sở, ngành, địa phương hoàn thiện hồ sơ.\n"
        "Sở Thông tin và Truyền thông đề nghị các đơn vị hoàn thành trước ngày 31/10/2024.",
        "2024-10-02",
        [
            ("info_systems_level_approved_rate", "Gia Lai", "as_of", "2024-09-30", 84.6),
        ],
    ),
    # VnExpress-style year 2024: "Cả năm 2024 ... 8.470 cuộc" and "Đến cuối năm ... chỉ còn 498.000" (a level); the NCA survey shares are not kept
    (
        "Cả năm 2024, Việt Nam ghi nhận 8.470 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin, giảm 38% so với năm 2023, theo Cục An toàn thông tin.\n"
        "Đến cuối năm, số địa chỉ IP Việt Nam nằm trong mạng botnet chỉ còn 498.000, mức thấp nhất trong 5 năm.\n"
        "Tuy vậy, khảo sát của Hiệp hội An ninh mạng quốc gia cho thấy 46,15% người dùng từng bị lừa đảo trực tuyến và 52% doanh nghiệp từng bị tấn công.",
        "2025-01-05",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 8470),
            ("botnet_ips", "national", "as_of", "2024-12-31", 498000),
        ],
    ),
    # Q&A interview: "Tính đến tháng 8/2025, 94% hệ thống ... đã được phê duyệt cấp độ" (month end) and "hiện mỗi ngày NDXP xử lý khoảng 4 triệu" (day_avg at the published date)
    (
        "PV: Việc bảo đảm an toàn hệ thống thông tin theo cấp độ hiện đạt kết quả ra sao?\n"
        "- Tính đến tháng 8/2025, 94% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt cấp độ; số còn lại chủ yếu là hệ thống mới đưa vào vận hành.\n"
        "- Về chia sẻ dữ liệu, hiện mỗi ngày NDXP xử lý khoảng 4 triệu giao dịch, gấp đôi năm 2023.\n"
        "Mục tiêu trong năm 2025 là 100% hệ thống được phê duyệt và bảo vệ theo cấp độ.",
        "2025-09-15",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-08-31", 94.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-09-15", 4000000),
        ],
    ),
    # Year review "71/193" EGDI rank (year 2024); "tăng 15 bậc" is a change; GCI tier and the count of linked databases have no id
    (
        "Nhìn lại năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc, tăng 15 bậc so với kỳ đánh giá năm 2022.\n"
        "Về an toàn thông tin, Việt Nam lần đầu được ITU xếp vào nhóm Bậc 1 (Tier 1) của Chỉ số an toàn, an ninh mạng toàn cầu (GCI) cùng 46 quốc gia khác.\n"
        "Cũng trong năm, CSDL quốc gia về dân cư đã kết nối với 6 CSDL quốc gia và chuyên ngành.",
        "2025-01-15",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # National portal in one month: dossiers, payment transactions and their value go on the _new twins; blocked accesses and visits have no id
    (
        "Trong tháng 3/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 1.254.300 hồ sơ trực tuyến và 2,1 triệu giao dịch thanh toán trực tuyến với số tiền 1.320 tỷ đồng.\n"
        "Hệ thống giám sát an toàn thông tin của Cổng đã phát hiện, ngăn chặn hơn 3,4 triệu lượt truy cập bất thường.\n"
        "Lũy kế đến hết tháng 3/2025, Cổng có 4,6 tỷ lượt truy cập.",
        "2025-04-07",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-03-31", 1254300),
            ("online_payments_count_new", "national", "month", "2025-03-31", 2100000),
            ("online_payments_value_new", "national", "month", "2025-03-31", 1320),
        ],
    ),
    # Ransomware news: "3 vụ tấn công ransomware lớn" (one kind, not kept) next to NCSC's quarter I/2024 total (kept); documents not counted
    (
        "Sau vụ một công ty chứng khoán bị tấn công bằng mã độc tống tiền (ransomware) cuối tháng 3, Cục An toàn thông tin cho biết từ đầu năm 2024 đã có 3 vụ tấn công ransomware lớn nhắm vào doanh nghiệp tài chính, năng lượng và viễn thông.\n"
        "Theo NCSC, trong quý I/2024 đã ghi nhận 3.478 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.\n"
        "Bộ Thông tin và Truyền thông đã có 2 văn bản cảnh báo gửi các doanh nghiệp trong tháng 4.",
        "2024-04-12",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 3478),
        ],
    ),
    # NEGATIVE: an operator's threat-intelligence report (leaked accounts, fake domains, records for sale, attacks on its own customers)
    (
        "Báo cáo của Viettel Threat Intelligence cho biết năm 2024 có khoảng 46 triệu tài khoản người dùng Việt Nam bị lộ lọt thông tin đăng nhập, tăng 14% so với năm 2023.\n"
        "Doanh nghiệp này cũng phát hiện 1.006 tên miền giả mạo thương hiệu và 14,5 triệu bản ghi dữ liệu bị rao bán trên các diễn đàn tin tặc.\n"
        "Viettel cho biết hệ thống của tập đoàn đã ngăn chặn khoảng 28.000 cuộc tấn công mạng nhắm vào khách hàng trong năm.",
        "2025-01-20",
        [],
    ),
]
