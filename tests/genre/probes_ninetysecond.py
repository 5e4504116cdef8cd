"""Genre probes, round 92: a representative held-out sample of the whole 2022-2025 genre (short news items, long articles with headline and lead, scraped pages with menus and related-article links left in, monthly and quarterly bulletins, tables flattened to text, interviews; national and provincial; across the indicator families of the catalog; about a fifth of pages with no published date but dating their own figures; about a quarter mixing traps with real values), written blind by a helper (not copied from any page).

Held out to the end of stop 42's extraction work and read once: with the stop's start code 3407584 and with the code of that moment (b2f3734) alike, 82 of 85 right, 82 of 93 found (0.96 / 0.88). Not fitted, except the one general fix that reading showed: a table whose cells lost even their double spaces ("Chỉ tiêu Đơn vị tính Đến 31/12/2024 Đến 31/3/2025" over "Thuê bao băng rộng di động Triệu thuê bao 88,6 89,4", case 4, ten values): 92 of 94, 92 of 93. Left: the EGDI edition ended at the page's date (the convention's cost); an undated page's "Hiện nay … khoảng 84%" dated by the "Tính đến hết năm 2022" before it, which its labels leave out."""

CASES = [
    # 1 — short news item: fixed and mobile broadband subscriptions at end of June; year-on-year change is a trap
    (
        """Thuê bao băng rộng cố định tiếp tục tăng

Theo Cục Viễn thông (Bộ TT&TT), tính đến hết tháng 6/2024, cả nước có 22,95 triệu thuê bao băng rộng cố định, tăng 9,1% so với cùng kỳ năm trước. Số thuê bao băng rộng di động đạt 87,2 triệu, tương đương 87,4 thuê bao/100 dân.""",
        "2024-07-16",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 22950000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 87200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 87.4),
        ],
    ),
    # 2 — long article with headline and lead: NDXP month, daily average, cumulative, connection points; target is a trap
    (
        """Nền tảng NDXP: hơn 72 triệu giao dịch trong tháng 02

(Chinhphu.vn) - Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tiếp tục vận hành thông suốt, là "trục" kết nối dữ liệu giữa các bộ, ngành, địa phương.

Theo báo cáo của Văn phòng Chính phủ, trong tháng 02/2024, NDXP ghi nhận hơn 72,4 triệu giao dịch, trung bình mỗi ngày khoảng 2,5 triệu giao dịch. Lũy kế từ khi khai trương (tháng 5/2019) đến hết tháng 02/2024, tổng số giao dịch qua NDXP đạt 3,42 tỷ giao dịch.

Đến cuối tháng 02/2024, NDXP đã thiết lập 142 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu của 96 cơ quan, đơn vị, gồm các bộ, ngành, địa phương và một số doanh nghiệp nhà nước.

Văn phòng Chính phủ cho biết, năm 2024 sẽ tiếp tục mở rộng kết nối với các cơ sở dữ liệu chuyên ngành, phấn đấu nâng số giao dịch bình quân lên 3 triệu giao dịch/ngày vào cuối năm.""",
        "2024-03-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 72400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2500000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-02-29", 3420000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-02-29", 142.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-29", 96.0),
        ],
    ),
    # 3 — scraped provincial portal page with menu, related-article links and footer; province's quarter rates
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách
Đăng nhập | English

Bắc Ninh: Quý III/2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,3%
09/10/2024 | 08:15

Theo Sở Thông tin và Truyền thông, trong quý III/2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 186.420 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,3%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 93,8%; mức độ hài lòng của người dân, doanh nghiệp đạt 97,2%.

Thời gian tới, Sở tiếp tục hướng dẫn người dân sử dụng tài khoản định danh điện tử khi nộp hồ sơ.

Tin liên quan:
- Hà Nam: 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình
- Vĩnh Phúc dẫn đầu khu vực về chỉ số phục vụ người dân (02/10/2024)
- Bắc Giang: kinh tế số chiếm 29% GRDP

Liên kết website | Thống kê truy cập: 12.345.678
© Cổng Thông tin điện tử tỉnh Bắc Ninh""",
        "2024-10-09",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "quarter", "2024-09-30", 71.3),
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-09-30", 93.8),
            ("satisfaction_rate", "Bắc Ninh", "quarter", "2024-09-30", 97.2),
        ],
    ),
    # 4 — monthly bulletin of the ministry: cyberattacks with previous month in parentheses, botnet, security level; changes are traps
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO Tình hình hoạt động tháng 10 năm 2023

II. BƯU CHÍNH
Doanh thu lĩnh vực bưu chính tháng 10/2023 ước đạt 3.050 tỷ đồng, tăng 10,2% so với cùng kỳ.

III. AN TOÀN THÔNG TIN MẠNG
- Trong tháng 10/2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.032 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,0% so với tháng 9/2023 (1.173 cuộc) và giảm 27,4% so với cùng kỳ năm 2022.
- Số lượng địa chỉ IP của Việt Nam nằm trong mạng botnet tính đến hết tháng 10/2023 là 612.438 địa chỉ, giảm 8,9% so với cùng kỳ.
- Tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 78,5% (tính đến 31/10/2023).""",
        "2023-11-06",
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1032.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1173.0),
            ("botnet_ips", "national", "as_of", "2023-10-31", 612438.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-10-31", 78.5),
        ],
    ),
    # 5 — table flattened to text, no published date; column headers date the columns; total mobile subscriptions have no id
    (
        """SỐ LIỆU THỐNG KÊ VIỄN THÔNG

Chỉ tiêu Đơn vị tính Đến 31/12/2024 Đến 31/3/2025
Thuê bao di động (thoại) Triệu thuê bao 123,7 124,3
Thuê bao băng rộng di động Triệu thuê bao 88,6 89,4
Thuê bao băng rộng cố định Triệu thuê bao 23,5 23,9
Thuê bao sử dụng điện thoại thông minh Triệu thuê bao 104,5 105,8
Tỷ lệ thuê bao di động sử dụng điện thoại thông minh % 84,5 85,1
Số trạm BTS 5G Trạm 5.620 9.840

Nguồn: Cục Viễn thông""",
        None,
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88600000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 89400000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23500000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-03-31", 23900000.0),
            ("smartphone_subscriptions", "national", "as_of", "2024-12-31", 104500000.0),
            ("smartphone_subscriptions", "national", "as_of", "2025-03-31", 105800000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 84.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 85.1),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5620.0),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 9840.0),
        ],
    ),
    # 6 — interview: "hiện nay" levels at the page date; operator sub-count, target, upload speed and rank are traps
    (
        """Phỏng vấn: Đưa 5G phủ rộng trong năm 2025

PV: Thưa ông, sau gần nửa năm thương mại hóa, hạ tầng 5G của Việt Nam đã phát triển thế nào?

Cục trưởng Cục Viễn thông: Hiện nay, cả nước có khoảng 11.200 trạm BTS 5G, trong đó riêng Viettel đã phát sóng hơn 7.000 trạm. Vùng phủ 5G hiện đạt khoảng 26% dân số, tập trung ở các thành phố lớn và khu công nghiệp.

PV: Người dùng đã cảm nhận được sự khác biệt về tốc độ chưa?

Cục trưởng Cục Viễn thông: Rõ rệt. Tốc độ tải xuống băng rộng di động trung bình tháng 02/2025 đạt 147,8 Mbps, tốc độ tải lên khoảng 45 Mbps; Việt Nam đứng thứ 19 thế giới.

PV: Mục tiêu của năm nay là gì, thưa ông?

Cục trưởng Cục Viễn thông: Chúng tôi đặt mục tiêu đến cuối năm 2025 phủ sóng 5G tới 50% dân số và có khoảng 30.000 trạm 5G.""",
        "2025-03-18",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-18", 11200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-18", 26.0),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 147.8),
        ],
    ),
    # 7 — short provincial news: nine months year-to-date dossier rates (headline repeats the body's figure)
    (
        """Đồng Tháp: 9 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 78,6%

Theo UBND tỉnh Đồng Tháp, trong 9 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 78,6%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 55,1%, cao hơn mức bình quân chung của cả nước.""",
        "2023-10-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2023-09-30", 78.6),
            ("online_dossier_full_process_rate", "Đồng Tháp", "ytd", "2023-09-30", 55.1),
        ],
    ),
    # 8 — no published date, figures dated by year: digital economy share and growth; foreign report and multiples are traps
    (
        """Kinh tế số Việt Nam năm 2023: quy mô và tốc độ

Theo số liệu của Tổng cục Thống kê, năm 2023, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 12,33%; tăng trưởng kinh tế số đạt khoảng 20%, gấp gần ba lần tốc độ tăng GDP. Năm 2022, tỷ trọng kinh tế số trong GDP là 12,1%.

Trong khi đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính nền kinh tế internet của Việt Nam đạt 30 tỷ USD tổng giá trị hàng hóa, tăng 19% so với năm trước, thuộc nhóm tăng nhanh nhất khu vực.""",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 12.1),
        ],
    ),
    # 9 — no published date and no date in the text: "hiện nay" levels cannot be dated; target is a trap; nothing to keep
    (
        """Xóa vùng lõm sóng: không để ai bị bỏ lại phía sau

Hiện nay, cả nước còn khoảng 1.100 thôn, bản chưa có sóng di động, chủ yếu ở khu vực miền núi phía Bắc và Tây Nguyên. Tỷ lệ thôn, bản có sóng di động đã đạt 99,2%.

Bộ Thông tin và Truyền thông đặt mục tiêu xóa hoàn toàn vùng lõm sóng, bảo đảm 100% thôn, bản có sóng di động băng rộng. Các doanh nghiệp viễn thông cam kết đầu tư hạ tầng ở những nơi khó khăn nhất, kể cả khi không có hiệu quả kinh doanh.""",
        None,
        [],
    ),
    # 10 — Government news: National Portal cumulative counts at a stated date plus October flows on the _new twins
    (
        """Cổng Dịch vụ công quốc gia: hơn 15 triệu tài khoản đăng ký

Tính đến ngày 15/11/2024, Cổng Dịch vụ công quốc gia đã có 15,2 triệu tài khoản đăng ký; tiếp nhận 42,7 triệu hồ sơ trực tuyến; thực hiện hơn 11,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền trên 12.400 tỷ đồng.

Riêng trong tháng 10/2024, Cổng ghi nhận 318.000 tài khoản đăng ký mới và 2,1 triệu hồ sơ trực tuyến được nộp qua Cổng.""",
        "2024-11-20",
        [
            ("national_portal_accounts", "national", "as_of", "2024-11-15", 15200000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-11-15", 42700000.0),
            ("online_payments_count", "national", "as_of", "2024-11-15", 11600000.0),
            ("online_payments_value", "national", "as_of", "2024-11-15", 12400.0),
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 318000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 2100000.0),
        ],
    ),
    # 11 — quarterly security bulletin: quarter and half counts, botnet, security-level rate with ministries/localities; attack-type sub-counts are traps
    (
        """BẢN TIN AN TOÀN THÔNG TIN QUÝ II/2024

1. Tình hình tấn công mạng
Trong quý II/2024, hệ thống kỹ thuật của Cục An toàn thông tin ghi nhận 2.463 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính chung 6 tháng đầu năm 2024, số cuộc tấn công mạng gây sự cố là 4.981, giảm 37,5% so với cùng kỳ năm 2023; trong đó có 1.240 cuộc tấn công lừa đảo (Phishing) và 2.911 cuộc tấn công thay đổi giao diện (Deface).

2. Mạng botnet
Tính đến hết tháng 6/2024, số địa chỉ IP của Việt Nam nằm trong mạng botnet là 698.512, giảm 12,4% so với cùng kỳ.

3. Bảo đảm an toàn hệ thống thông tin theo cấp độ
Đến ngày 30/6/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 83,1% (khối bộ, ngành đạt 89,7%; khối địa phương đạt 80,4%).""",
        "2024-07-05",
        [
            ("cyberattacks", "national", "quarter", "2024-06-30", 2463.0),
            ("cyberattacks", "national", "half", "2024-06-30", 4981.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 698512.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 83.1),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-06-30", 89.7),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-06-30", 80.4),
        ],
    ),
    # 12 — short news: chip ID cards and activated VNeID accounts at a stated date; account-level sub-count is a trap
    (
        """Hơn 56 triệu tài khoản định danh điện tử đã được kích hoạt

Theo Bộ Công an, tính đến ngày 30/6/2024, cả nước đã cấp 87,6 triệu thẻ căn cước công dân gắn chip và thẻ căn cước; kích hoạt 56,2 triệu tài khoản định danh điện tử VNeID, trong đó hơn 51 triệu tài khoản mức độ 2. Trong 6 tháng cuối năm, lực lượng công an sẽ tiếp tục đẩy mạnh cấp tài khoản cho người dân tại các địa bàn vùng sâu, vùng xa.""",
        "2024-07-09",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 87600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 56200000.0),
        ],
    ),
    # 13 — news: Mobile Money customers and adults' payment accounts; rural sub-count, Mobile Money transactions and target are traps
    (
        """Mobile Money: gần 8 triệu khách hàng sau hơn hai năm thí điểm

Theo Ngân hàng Nhà nước, tính đến hết tháng 3/2024, có 7,9 triệu khách hàng đăng ký sử dụng Mobile Money, trong đó 5,4 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo (chiếm 68,4%). Tổng số giao dịch qua Mobile Money đạt hơn 540 triệu giao dịch, giá trị khoảng 3.500 tỷ đồng.

Cũng theo Ngân hàng Nhà nước, đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu đến năm 2025 của Chiến lược tài chính toàn diện quốc gia là 80%.""",
        "2024-05-08",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 7900000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
        ],
    ),
    # 14 — provincial monthly report: province's month rates; digitisation rate (no id) and district figures are traps
    (
        """Quảng Ninh: kết quả chuyển đổi số tháng 8/2024

Trong tháng 8/2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Quảng Ninh đạt 85,2%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 96,1%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 52,4%. Mức độ hài lòng của người dân, doanh nghiệp đạt 98,5%.

Trong số các địa phương cấp huyện, TP Hạ Long có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất, đạt 94,7%; thấp nhất là huyện Bình Liêu với 61,3%.""",
        "2024-09-06",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "month", "2024-08-31", 85.2),
            ("data_reuse_rate", "Quảng Ninh", "month", "2024-08-31", 52.4),
            ("satisfaction_rate", "Quảng Ninh", "month", "2024-08-31", 98.5),
        ],
    ),
    # 15 — provincial article: GRDP share for a year, fibre households at year end; target, change and people's smartphone share are traps
    (
        """Bắc Giang: kinh tế số chiếm gần 30% GRDP

Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Giang ước đạt 29,1%, tăng 2,6 điểm phần trăm so với năm 2022. Đến hết năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 86,3%; tỷ lệ người trưởng thành có điện thoại thông minh đạt 85%.

Tỉnh phấn đấu đến năm 2025, kinh tế số chiếm 30% GRDP, 100% hộ gia đình có cáp quang.""",
        "2024-02-27",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 29.1),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2023-12-31", 86.3),
        ],
    ),
    # 16 — news: UN EGDI edition of the year and the previous edition in parentheses; rank change and sub-index ranks are traps
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc công bố ngày 17/9, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193). Lần đầu tiên Việt Nam được xếp vào nhóm có chỉ số EGDI rất cao.

Trong ba chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) tăng mạnh nhất, từ hạng 98 lên hạng 50; chỉ số dịch vụ trực tuyến (OSI) xếp thứ 79.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 17 — programme news: dead-zone villages covered rate at a stated date, village coverage "hiện nay"; covered count, remainder and target are traps
    (
        """"Sóng và máy tính cho em": đã phủ sóng hơn 77% thôn lõm sóng có điện

Tính đến ngày 25/12/2023, các doanh nghiệp viễn thông đã phủ sóng cho 1.432/1.853 thôn lõm sóng có điện lưới, đạt tỷ lệ 77,3%. Hiện nay, tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đạt 99,1%.

Bộ Thông tin và Truyền thông yêu cầu các doanh nghiệp phấn đấu hoàn thành phủ sóng 421 thôn còn lại trong quý I/2024.""",
        "2023-12-28",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-12-25", 77.3),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-12-28", 99.1),
        ],
    ),
    # 18 — no published date, year-end figures of an annual review; month speed; speed rank is a trap
    (
        """Trích Báo cáo tổng kết công tác năm 2024 của ngành Thông tin và Truyền thông

Đến hết năm 2024, tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 82,6%; số thuê bao băng rộng cố định trên 100 dân đạt 23,6; tỷ lệ người sử dụng Internet đạt 78,8% dân số.

Tốc độ truy cập băng rộng cố định trung bình tháng 12/2024 đạt 153,5 Mbps, Việt Nam xếp thứ 39 thế giới.""",
        None,
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.6),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.6),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 78.8),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 153.5),
        ],
    ),
    # 19 — news built on a foreign survey: survey users, people's smartphone share and another country are traps; one ministry figure is real
    (
        """Người Việt dành gần 7 giờ mỗi ngày trên Internet

Báo cáo Digital 2024 của We Are Social và Meltwater cho biết, đầu năm 2024 Việt Nam có 78,4 triệu người dùng Internet, chiếm 79,1% dân số; 72,7 triệu người dùng mạng xã hội. Theo khảo sát này, 97% người dùng Internet từ 16 đến 64 tuổi sở hữu điện thoại thông minh. Tại Thái Lan, tỷ lệ người dùng Internet là 88%.

Theo số liệu của Bộ Thông tin và Truyền thông, đến hết năm 2023, Việt Nam có 21,9 triệu thuê bao băng rộng cố định.""",
        "2024-02-23",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 21900000.0),
        ],
    ),
    # 20 — Government quarterly bulletin: quarter dossier rates with ministries/localities split; change in points is a trap
    (
        """VĂN PHÒNG CHÍNH PHỦ
BẢN TIN CẢI CÁCH THỦ TỤC HÀNH CHÍNH QUÝ I/2025

Quý I/2025, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 45,6% (bộ, ngành: 68,2%; địa phương: 40,1%), tăng 5,1 điểm phần trăm so với quý IV/2024. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 83,4%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 38,2%.

Thời gian tới, các bộ, ngành, địa phương tập trung rà soát, tái cấu trúc quy trình, bảo đảm chất lượng dịch vụ công trực tuyến.""",
        "2025-04-10",
        [
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 45.6),
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 68.2),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 40.1),
            ("e_result_rate", "national", "quarter", "2025-03-31", 83.4),
            ("data_reuse_rate", "national", "quarter", "2025-03-31", 38.2),
        ],
    ),
    # 21 — long article with headline and lead on Project 06: "đến nay" levels at the page date; remainder, named ministry, share of simplified and target are traps
    (
        """Đề án 06: hiện thực hóa mục tiêu "dữ liệu đúng, đủ, sạch, sống"

Sau gần 3 năm triển khai, Đề án 06 đã tạo chuyển biến rõ nét trong giải quyết thủ tục hành chính, phục vụ người dân và doanh nghiệp.

Theo Tổ công tác triển khai Đề án 06 của Chính phủ, đến nay đã có 42/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 11 dịch vụ còn lại đang được các bộ hoàn thiện. Riêng Bộ Công an đã cung cấp 27 dịch vụ công thiết yếu toàn trình.

Đến nay, 59/63 địa phương đã ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Đã có 842/1.084 thủ tục hành chính được cắt giảm, đơn giản hóa, đạt 77,7%.

100% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối với Hệ thống EMC.

Mục tiêu năm 2025 là 100% dịch vụ công thiết yếu được cung cấp toàn trình.""",
        "2024-12-26",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-26", 42.0),
            ("localities_fee_reduction", "national", "as_of", "2024-12-26", 59.0),
            ("procedures_simplified", "national", "as_of", "2024-12-26", 842.0),
            ("emc_connection_rate", "national", "as_of", "2024-12-26", 100.0),
        ],
    ),
    # 22 — provincial monthly bulletin with no published date: month rates and stated-date levels; BTS count has no id
    (
        """BẢN TIN CHUYỂN ĐỔI SỐ THÁNG 11/2023
Sở Thông tin và Truyền thông tỉnh Nghệ An

1. Trong tháng 11/2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 63,8%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 57,3%.

2. Tính đến ngày 30/11/2023, toàn tỉnh có 4.236 trạm BTS 4G; tỷ lệ thôn, bản có sóng di động băng rộng đạt 98,7%; toàn tỉnh còn 47 thôn, bản lõm sóng di động.""",
        None,
        [
            ("online_dossier_rate", "Nghệ An", "month", "2023-11-30", 63.8),
            ("dvctt_with_dossiers_rate", "Nghệ An", "month", "2023-11-30", 57.3),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2023-11-30", 98.7),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2023-11-30", 47.0),
        ],
    ),
    # 23 — no published date: one level dated in the text, "hiện nay" levels undated (not values); 4G coverage and plan are traps
    (
        """Phát triển hạ tầng số: những tín hiệu tích cực

Tính đến hết năm 2022, cả nước có 19,8 triệu thuê bao băng rộng cố định, phần lớn là cáp quang.

Hiện nay, vùng phủ 4G đạt 99,8% dân số; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt khoảng 84%. Theo kế hoạch, các doanh nghiệp sẽ tắt sóng 2G và tiếp tục đầu tư mạng 5G trong giai đoạn tới.""",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 19800000.0),
        ],
    ),
    # 24 — news: e-invoices total since July 2022 at a stated date; invoice-type sub-counts and petrol stations are traps
    (
        """Hơn 8,6 tỷ hóa đơn điện tử sau hai năm rưỡi triển khai

Theo Tổng cục Thuế, tính từ ngày 1/7/2022 đến hết ngày 31/12/2024, cơ quan thuế đã tiếp nhận, xử lý 8,62 tỷ hóa đơn điện tử, trong đó có 2,91 tỷ hóa đơn có mã của cơ quan thuế và 5,71 tỷ hóa đơn không có mã. Đến nay, hơn 16.000 cửa hàng xăng dầu đã triển khai hóa đơn điện tử cho từng lần bán hàng.""",
        "2025-01-14",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8620000000.0),
        ],
    ),
    # 25 — city portal news: year-end levels and the year's dossier rate for Hồ Chí Minh; service count (no id) and a district are traps
    (
        """TP.HCM: hơn một nửa người trưởng thành đã dùng dịch vụ công trực tuyến

Đến cuối năm 2024, TP.HCM cung cấp 1.186 dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 56,4% trên tổng số thủ tục hành chính; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 56%.

Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của Thành phố đạt 71,2%. Dẫn đầu là Quận 1 với 92,5%.

Năm 2025, Thành phố đặt mục tiêu 80% người trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2025-01-08",
        [
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2024-12-31", 56.4),
            ("adult_population_using_dvctt_rate", "Hồ Chí Minh", "as_of", "2024-12-31", 56.0),
            ("online_dossier_rate", "Hồ Chí Minh", "year", "2024-12-31", 71.2),
        ],
    ),
    # 26 — scraped national news page with menu, date line, related links and footer; year under review: share for the year, undated level at year end; ICT revenue and exports have no id
    (
        """BÁO ĐIỆN TỬ TIN NHANH
Thời sự | Kinh doanh | Số hóa | Thế giới | Pháp luật | Giáo dục
Tìm kiếm | Đăng nhập

Số hóa > Chuyển đổi số
Thứ Hai, 15/01/2024 - 10:42

Năm 2023: kinh tế số ước chiếm 16,5% GDP

Tại Hội nghị tổng kết năm 2023, Bộ Thông tin và Truyền thông cho biết doanh thu toàn ngành năm 2023 ước đạt 3,72 triệu tỷ đồng; kim ngạch xuất khẩu phần cứng, điện tử đạt 126 tỷ USD.

Tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%. Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 79,6%.

Tin liên quan:
• Phủ sóng 5G: doanh nghiệp sẵn sàng (10/01/2024)
• Việt Nam có hơn 80 triệu người dùng Internet
• Hà Nội: 100% xã có cáp quang

Chia sẻ | In bài | Gửi bình luận
© Bản quyền thuộc Báo điện tử Tin Nhanh""",
        "2024-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.6),
        ],
    ),
    # 27 — short provincial news: five months year-to-date rates for Thanh Hóa
    (
        """Thanh Hóa: 71,4% hồ sơ gắn định danh cá nhân

5 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh Thanh Hóa đạt 52,3%; tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 71,4%.""",
        "2024-06-04",
        [
            ("online_dossier_rate", "Thanh Hóa", "ytd", "2024-05-31", 52.3),
            ("dossiers_with_personal_id_rate", "Thanh Hóa", "ytd", "2024-05-31", 71.4),
        ],
    ),
    # 28 — ministry half-year report: provision rates at a stated date with ministries/localities split; named ministry and target are traps
    (
        """Cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2023

Tính đến ngày 30/6/2023, tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 81,3%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 46,7% (bộ, ngành: 39,8%; địa phương: 49,2%); tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 92,1%.

Bộ Tài chính tiếp tục dẫn đầu với 98,6% dịch vụ công trực tuyến toàn trình. Mục tiêu năm 2023 là 80% thủ tục hành chính đủ điều kiện được cung cấp toàn trình trên Cổng Dịch vụ công quốc gia.""",
        "2023-07-12",
        [
            ("dvctt_rate", "national", "as_of", "2023-06-30", 81.3),
            ("dvctt_full_process_rate", "national", "as_of", "2023-06-30", 46.7),
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-06-30", 39.8),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-06-30", 49.2),
            ("full_process_provision_rate", "national", "as_of", "2023-06-30", 92.1),
        ],
    ),
    # 29 — one-sentence item: National Portal January flows on the _new twins
    (
        """Trong tháng 01/2025, Cổng Dịch vụ công quốc gia tiếp nhận 3,1 triệu hồ sơ trực tuyến và hơn 1,2 triệu giao dịch thanh toán trực tuyến với số tiền 1.450 tỷ đồng.""",
        "2025-02-07",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 3100000.0),
            ("online_payments_count_new", "national", "month", "2025-01-31", 1200000.0),
            ("online_payments_value_new", "national", "month", "2025-01-31", 1450.0),
        ],
    ),
    # 30 — operator launch news: one operator's stations, test speed and another country's coverage are all traps; nothing to keep
    (
        """Viettel chính thức khai trương mạng 5G

Ngày 15/10/2024, Viettel khai trương mạng 5G với hơn 6.500 trạm phát sóng, phủ sóng tại 63/63 tỉnh, thành phố. Trong giai đoạn đầu, tốc độ tải xuống thử nghiệm đạt hơn 1,2 Gbps. Viettel đặt mục tiêu đến năm 2025 có khoảng 20.000 trạm 5G.

Tại Hàn Quốc, quốc gia đi đầu về 5G, mạng 5G đã phủ tới 95% dân số.""",
        "2024-10-16",
        [],
    ),
]
