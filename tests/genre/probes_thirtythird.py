"""Blind probes, round 33: provincial and city portals (2022-2025). Short news items as the portal of a
province or city, or its Sở Thông tin và Truyền thông, writes them about the province's own figures
(breakdown = the province), with the province named in the title, the masthead, the first line or
the body ("toàn tỉnh", "trên địa bàn tỉnh", "toàn thành phố"). Some quote a national or
ministries/localities figure for comparison. The cases cover every family of the catalog: e-services
shares and flows, the National Portal's payment twins, 5G and broadband, dead-zone villages, NDXP
quoted nationally beside a provincial LGSP, cybersecurity, the digital economy's share of GRDP and
its growth, VNeID, chip ID cards, Mobile Money, e-invoices, the EGDI rank. They use the genre's
periods (tháng, quý, 6 tháng đầu năm, 9 tháng đầu năm, lũy kế từ đầu năm, tính đến ngày, năm under review,
"hiện nay" with a page date or after a half-year review), its abbreviations and its number formats.
Six cases store nothing: targets, rankings among provinces (DTI, PAR Index, PCI), operators' own
figures, a district's figures, a foreign country's figures, and plans, meetings and community
teams. Other cases mix stored values with figures that must be left out: year-on-year changes,
sub-counts after "trong đó", operator shares, districts, LGSP transactions, upload speed, counts
of CSDL and of population-database requests. Written for the project from the genre's usual
phrasings (not copied from any page).
"""

CASES = [
    # masthead-only province; ratio "1.642/1.818 ..., chiếm 90,3%"; "bằng 55,6% tổng số TTHC"; "Trong 9 tháng đầu năm" = ytd
    (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN\n"
        "Nâng cao chất lượng cung cấp dịch vụ công trực tuyến\n"
        "Đến hết ngày 30/9/2023, toàn tỉnh có 1.642/1.818 thủ tục hành chính được cung cấp dưới dạng "
        "dịch vụ công trực tuyến, chiếm 90,3%.\n"
        "Số dịch vụ công trực tuyến toàn trình là 1.011, bằng 55,6% tổng số TTHC của tỉnh.\n"
        "Trong 9 tháng đầu năm, tỷ lệ hồ sơ nộp trực tuyến trên địa bàn đạt 68,4%.",
        "2023-10-04",
        [
            ("dvctt_rate", "Thái Nguyên", "as_of", "2023-09-30", 90.3),
            ("dvctt_full_process_rate", "Thái Nguyên", "as_of", "2023-09-30", 55.6),
            ("online_dossier_rate", "Thái Nguyên", "ytd", "2023-09-30", 68.4),
        ],
    ),
    # "trong đó 81,2% hồ sơ ... toàn trình" is the indicator itself; national figure after "trong khi bình quân cả nước"; rank 1/63 not stored
    (
        "Quảng Ninh: Hồ sơ trực tuyến toàn trình quý I/2024 đạt 81,2%\n"
        "Quý I/2024, Trung tâm Phục vụ hành chính công tỉnh và các địa phương tiếp nhận 98.245 hồ sơ TTHC, "
        "trong đó 81,2% hồ sơ được giải quyết trực tuyến toàn trình, trong khi bình quân cả nước trong quý "
        "chỉ đạt 32,1%.\n"
        "Có 95,7% hồ sơ được trả kết quả giải quyết dưới dạng điện tử; tỷ lệ khai thác, sử dụng lại dữ liệu "
        "đã số hóa đạt 62,5%.\n"
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Quảng Ninh tiếp tục đứng thứ 1/63 tỉnh, thành phố.",
        "2024-04-12",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-03-31", 81.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 32.1),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-03-31", 95.7),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2024-03-31", 62.5),
        ],
    ),
    # city's GRDP share with the national share in parentheses; growth "tăng 11,2% so với năm 2022" IS the indicator; 2025 target left out
    (
        "Kinh tế số đóng góp ngày càng lớn vào GRDP của Đà Nẵng\n"
        "Theo số liệu của Cục Thống kê thành phố, năm 2023, tỷ trọng kinh tế số trong GRDP của Đà Nẵng "
        "ước đạt 18,9%, cao hơn mức chung của cả nước (12,33%).\n"
        "Giá trị tăng thêm của kinh tế số trên địa bàn thành phố tăng 11,2% so với năm 2022.\n"
        "Thành phố phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP.",
        "2024-03-22",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.9),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "Đà Nẵng", "year", "2023-12-31", 11.2),
        ],
    ),
    # "lên tới hơn 5,2 triệu" activated (applications 6,78 triệu left out); dates carried by "Cũng đến thời điểm này" / "cùng thời điểm"
    (
        "Hà Nội: Hơn 5,2 triệu tài khoản định danh điện tử đã được kích hoạt\n"
        "Theo Công an thành phố Hà Nội, tính đến ngày 15/4/2024, Công an Thủ đô đã thu nhận 6,78 triệu hồ sơ "
        "đề nghị cấp tài khoản định danh điện tử; số tài khoản đã kích hoạt lên tới hơn 5,2 triệu.\n"
        "Cũng đến thời điểm này, toàn thành phố đã cấp 7.354.120 thẻ Căn cước công dân gắn chip.\n"
        "Trên phạm vi cả nước, cùng thời điểm có trên 52 triệu tài khoản VNeID được kích hoạt.",
        "2024-04-17",
        [
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-04-15", 5200000),
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2024-04-15", 7354120),
            ("vneid_activated_accounts", "national", "as_of", "2024-04-15", 52000000),
        ],
    ),
    # villages with signal "2.025/2.061 thôn, tổ dân phố, đạt 98,3%"; "hiện còn 36 thôn" kept, 84 newly covered and 12 after "trong đó" left out
    (
        "Lào Cai: Xóa dần các thôn lõm sóng\n"
        "Sở Thông tin và Truyền thông Lào Cai cho biết, đến hết năm 2024, toàn tỉnh đã có sóng di động tại "
        "2.025/2.061 thôn, tổ dân phố, đạt 98,3%.\n"
        "Trong năm 2024, các doanh nghiệp viễn thông đã phủ sóng mới cho 84 thôn lõm sóng; hiện còn 36 thôn "
        "chưa có sóng di động, trong đó 12 thôn chưa có điện lưới.\n"
        "Tỷ lệ thôn lõm sóng có điện lưới đã được phủ sóng đạt 94,4%.",
        "2025-01-08",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-12-31", 98.3),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-01-08", 36),
            ("dead_zone_villages_covered_rate", "Lào Cai", "as_of", "2024-12-31", 94.4),
        ],
    ),
    # NEGATIVE: operators' own 5G station counts and an operator's target; the province's total is never stated (no sums)
    (
        "Bình Dương: Các doanh nghiệp viễn thông tăng tốc phủ sóng 5G\n"
        "Tính đến cuối tháng 6/2025, Viettel Bình Dương đã lắp đặt 612 trạm BTS 5G, phủ sóng 100% khu công "
        "nghiệp và trung tâm các huyện, thị xã, thành phố.\n"
        "VNPT Bình Dương đưa vào hoạt động 205 trạm 5G; MobiFone có 96 trạm.\n"
        "Trong năm 2025, Viettel Bình Dương đặt mục tiêu lắp thêm 400 trạm 5G.",
        "2025-07-10",
        [],
    ),
    # year under review (undated levels -> 31/12); "ở mức 75%"; BRCĐ abbreviation; smartphone share of subscriptions
    (
        "CÀ MAU: HẠ TẦNG SỐ TIẾP TỤC ĐƯỢC ĐẦU TƯ MẠNH\n"
        "Năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh Cà Mau ước đạt 72,5%; "
        "tỷ lệ thuê bao di động sử dụng smartphone đạt 78,9%.\n"
        "Toàn tỉnh có 931.000 thuê bao băng rộng di động và 212.500 thuê bao BRCĐ.\n"
        "Tỷ lệ người dân sử dụng Internet ở mức 75%.",
        "2024-02-02",
        [
            ("ftth_household_rate", "Cà Mau", "year", "2023-12-31", 72.5),
            ("smartphone_subscriber_rate", "Cà Mau", "year", "2023-12-31", 78.9),
            ("mobile_broadband_subscriptions", "Cà Mau", "as_of", "2023-12-31", 931000),
            ("fixed_broadband_subscriptions", "Cà Mau", "as_of", "2023-12-31", 212500),
            ("internet_users_rate", "Cà Mau", "year", "2023-12-31", 75),
        ],
    ),
    # NEGATIVE: a plan's targets (phấn đấu ... đạt tối thiểu) and the province's DTI rank with its change
    (
        "Nghệ An ban hành Kế hoạch chuyển đổi số năm 2025\n"
        "UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 215/KH-UBND về chuyển đổi số năm 2025.\n"
        "Theo đó, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình; tỷ lệ hồ sơ "
        "trực tuyến đạt tối thiểu 80%; kinh tế số chiếm 15% GRDP; 90% hộ gia đình có cáp quang.\n"
        "Năm 2024, chỉ số chuyển đổi số (DTI) của tỉnh xếp thứ 18/63 tỉnh, thành phố, tăng 9 bậc so với năm 2023.",
        "2025-02-20",
        [],
    ),
    # half-year security review; botnet "giảm còn 5.720" is a level; "Hiện nay" on a page 51 days after the half = end of the half
    (
        "Hải Phòng: Bảo đảm an toàn thông tin mạng 6 tháng đầu năm 2024\n"
        "Trong 6 tháng đầu năm 2024, Trung tâm Giám sát, điều hành an toàn thông tin mạng thành phố Hải Phòng "
        "ghi nhận 46 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin của thành phố; đã ngăn chặn hơn "
        "1,3 triệu lượt truy cập độc hại.\n"
        "Số địa chỉ IP trên địa bàn thành phố nằm trong các mạng botnet giảm còn 5.720 địa chỉ.\n"
        "Hiện nay, 92% hệ thống thông tin của các cơ quan nhà nước thành phố đã được phê duyệt hồ sơ đề xuất cấp độ.",
        "2024-08-20",
        [
            ("cyberattacks", "Hải Phòng", "half", "2024-06-30", 46),
            ("botnet_ips", "Hải Phòng", "as_of", "2024-06-30", 5720),
            ("info_systems_level_approved_rate", "Hải Phòng", "as_of", "2024-06-30", 92),
        ],
    ),
    # provincial tax department's cumulative e-invoices; sub-count after "trong đó", yoy change and cash-register firms left out
    (
        "Cục Thuế tỉnh Bắc Ninh: Hơn 48,6 triệu hóa đơn điện tử đã được tiếp nhận, xử lý\n"
        "Lũy kế từ khi triển khai (tháng 7/2022) đến ngày 31/12/2023, Cục Thuế tỉnh Bắc Ninh đã tiếp nhận, xử lý "
        "48,6 triệu hóa đơn điện tử, trong đó có 41,2 triệu hóa đơn có mã của cơ quan thuế.\n"
        "Riêng năm 2023, số hóa đơn điện tử tăng 18,5% so với năm 2022.\n"
        "Hiện có 312 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
        "2024-01-16",
        [
            ("e_invoices_total", "Bắc Ninh", "as_of", "2023-12-31", 48600000),
        ],
    ),
    # half-year payments on the National Portal go on the _new twins; "1 trong 52 tỉnh" is the national fee-reduction count
    (
        "Đồng Tháp đẩy mạnh thanh toán trực tuyến phí, lệ phí\n"
        "6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 45.210 giao dịch thanh toán trực tuyến của "
        "người dân, doanh nghiệp tỉnh Đồng Tháp, với tổng số tiền 18,6 tỷ đồng.\n"
        "Tỷ lệ hồ sơ TTHC có thanh toán trực tuyến đạt 41,3%.\n"
        "Đồng Tháp là 1 trong 52 tỉnh, thành phố đã ban hành nghị quyết của HĐND về giảm phí, lệ phí khi thực "
        "hiện dịch vụ công trực tuyến.",
        "2024-07-05",
        [
            ("online_payments_count_new", "Đồng Tháp", "half", "2024-06-30", 45210),
            ("online_payments_value_new", "Đồng Tháp", "half", "2024-06-30", 18.6),
            ("localities_fee_reduction", "national", "as_of", "2024-07-05", 52),
        ],
    ),
    # Đề án 06 year review: adults using DVCTT, adults with accounts, satisfaction, ID-tied dossiers, "1,26 nghìn tỷ đồng" cumulative
    (
        "Thanh Hóa: Kết quả thực hiện Đề án 06 năm 2024\n"
        "Năm 2024, tỷ lệ người dân trưởng thành trên địa bàn tỉnh Thanh Hóa sử dụng dịch vụ công trực tuyến "
        "ước đạt 46,8%; 87,5% người trưởng thành có tài khoản ngân hàng hoặc tài khoản thanh toán.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 96,1%.\n"
        "100% hồ sơ TTHC được tiếp nhận đều gắn với mã số định danh cá nhân của công dân.\n"
        "Lũy kế đến hết năm 2024, người dân, doanh nghiệp trong tỉnh đã thanh toán trực tuyến qua Cổng Dịch vụ "
        "công quốc gia 1,26 nghìn tỷ đồng.",
        "2025-01-15",
        [
            ("adult_population_using_dvctt_rate", "Thanh Hóa", "year", "2024-12-31", 46.8),
            ("adults_with_bank_account_rate", "Thanh Hóa", "as_of", "2024-12-31", 87.5),
            ("satisfaction_rate", "Thanh Hóa", "year", "2024-12-31", 96.1),
            ("dossiers_with_personal_id_rate", "Thanh Hóa", "year", "2024-12-31", 100),
            ("online_payments_value", "Thanh Hóa", "as_of", "2024-12-31", 1260),
        ],
    ),
    # provincial LGSP transactions (and per day) are not NDXP; CSDL count left out; only the national NDXP month flow is stored
    (
        "Bình Định: Nền tảng LGSP của tỉnh vận hành thông suốt\n"
        "Tháng 5/2025, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bình Định ghi nhận 1.285.400 giao "
        "dịch, bình quân 41.465 giao dịch/ngày.\n"
        "LGSP tỉnh đã kết nối với 15 CSDL quốc gia, chuyên ngành thông qua NDXP.\n"
        "Theo Bộ Khoa học và Công nghệ, trong tháng 5/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) "
        "có 98,7 triệu giao dịch.",
        "2025-06-09",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98700000),
        ],
    ),
    # eligible-procedures share ("100% DVCTT toàn trình đối với các TTHC đủ điều kiện"), services with dossiers, "7 tháng đầu năm" ytd
    (
        "Tây Ninh: 100% TTHC đủ điều kiện đã được cung cấp trực tuyến toàn trình\n"
        "Theo báo cáo của Văn phòng UBND tỉnh, tính đến ngày 20/8/2024, Tây Ninh đã cung cấp 100% dịch vụ công "
        "trực tuyến toàn trình đối với các TTHC đủ điều kiện; số DVCTT có phát sinh hồ sơ chiếm 71,4%.\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến 7 tháng đầu năm 2024 đạt 78,02%.",
        None,
        [
            ("full_process_provision_rate", "Tây Ninh", "as_of", "2024-08-20", 100),
            ("dvctt_with_dossiers_rate", "Tây Ninh", "as_of", "2024-08-20", 71.4),
            ("online_dossier_rate", "Tây Ninh", "ytd", "2024-07-31", 78.02),
        ],
    ),
    # districts' rates (Cam Lâm, Ninh Hòa, Nha Trang) left out; "Tính chung toàn tỉnh ..., tỷ lệ này là" is the province
    (
        "Khánh Hòa: Huyện Cam Lâm dẫn đầu về hồ sơ trực tuyến\n"
        "Tháng 10/2024, tỷ lệ hồ sơ nộp trực tuyến của huyện Cam Lâm đạt 89,6%, cao nhất trong 9 huyện, thị xã, "
        "thành phố.\n"
        "Thị xã Ninh Hòa đạt 74,2%; thành phố Nha Trang đạt 70,5%.\n"
        "Tính chung toàn tỉnh Khánh Hòa, tỷ lệ này là 65,3%.",
        "2024-11-07",
        [
            ("online_dossier_rate", "Khánh Hòa", "month", "2024-10-31", 65.3),
        ],
    ),
    # Mobile Money customers of the province; rural sub-count, an operator's share and acceptance points left out
    (
        "Lâm Đồng: Mobile Money phát triển mạnh ở vùng nông thôn\n"
        "Đến ngày 31/3/2023, trên địa bàn tỉnh Lâm Đồng có 86.450 khách hàng đăng ký sử dụng Mobile Money, "
        "trong đó 61.200 khách hàng ở khu vực nông thôn, miền núi.\n"
        "Riêng Viettel Lâm Đồng chiếm khoảng 70% số khách hàng.\n"
        "Số điểm kinh doanh chấp nhận thanh toán qua Mobile Money là 2.150 điểm.",
        None,
        [
            ("mobile_money_customers", "Lâm Đồng", "as_of", "2023-03-31", 86450),
        ],
    ),
    # i-Speed provincial download speeds (fixed and mobile) with a national comparison; upload speed left out
    (
        "Thừa Thiên Huế: Tốc độ Internet cố định cao hơn bình quân cả nước\n"
        "Theo kết quả đo kiểm i-Speed của Trung tâm Internet Việt Nam (VNNIC), tháng 6/2023, tốc độ tải xuống "
        "trung bình của mạng băng rộng cố định tại Thừa Thiên Huế đạt 118,36 Mbps, tốc độ tải lên 112,4 Mbps; "
        "tốc độ tải xuống của mạng di động đạt 46,5 Mbps.\n"
        "Tốc độ tải xuống băng rộng cố định bình quân cả nước cùng tháng là 111,07 Mbps.",
        None,
        [
            ("fixed_broadband_speed", "Thừa Thiên Huế", "month", "2023-06-30", 118.36),
            ("mobile_broadband_speed", "Thừa Thiên Huế", "month", "2023-06-30", 46.5),
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 111.07),
        ],
    ),
    # "Hiện nay" = page date; "có 486 trạm phát sóng 5G"; "sóng 5G đã phủ khoảng 72% dân số"; smartphone count and share; target left out
    (
        "Cần Thơ: 5G phủ sóng khoảng 72% dân số thành phố\n"
        "Hiện nay, trên địa bàn thành phố Cần Thơ có 486 trạm phát sóng 5G của các doanh nghiệp viễn thông; "
        "sóng 5G đã phủ khoảng 72% dân số.\n"
        "Số thuê bao sử dụng điện thoại thông minh là 1,32 triệu, chiếm 84,6% tổng số thuê bao di động.\n"
        "Thành phố phấn đấu đến cuối năm 2025 phủ sóng 5G cho 90% dân số.",
        "2025-06-18",
        [
            ("fiveg_bts_count", "Cần Thơ", "as_of", "2025-06-18", 486),
            ("fiveg_population_coverage_rate", "Cần Thơ", "as_of", "2025-06-18", 72),
            ("smartphone_subscriptions", "Cần Thơ", "as_of", "2025-06-18", 1320000),
            ("smartphone_subscriber_rate", "Cần Thơ", "as_of", "2025-06-18", 84.6),
        ],
    ),
    # masthead-only province; table written as dash lines with "label: count (share)"; digitisation rate has no id
    (
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG NAM\n"
        "Kết quả cung cấp, sử dụng dịch vụ công trực tuyến quý III/2024\n"
        "- Tổng số TTHC: 1.921; số DVCTT: 1.784 (đạt 92,87%);\n"
        "- DVCTT toàn trình: 1.002 (52,16%);\n"
        "- Tỷ lệ hồ sơ trực tuyến: 71,55%; hồ sơ trực tuyến toàn trình: 38,9%;\n"
        "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 84,2%.",
        "2024-10-10",
        [
            ("dvctt_rate", "Quảng Nam", "as_of", "2024-09-30", 92.87),
            ("dvctt_full_process_rate", "Quảng Nam", "as_of", "2024-09-30", 52.16),
            ("online_dossier_rate", "Quảng Nam", "quarter", "2024-09-30", 71.55),
            ("online_dossier_full_process_rate", "Quảng Nam", "quarter", "2024-09-30", 38.9),
        ],
    ),
    # NEGATIVE: province only in the masthead, every figure is one district's (Mộc Châu), including its 5G stations and villages
    (
        "Mộc Châu: Tỷ lệ hồ sơ nộp trực tuyến đạt 92%\n"
        "(Cổng TTĐT tỉnh Sơn La) – Năm 2024, UBND huyện Mộc Châu tiếp nhận 12.540 hồ sơ TTHC, trong đó 11.537 "
        "hồ sơ nộp trực tuyến, đạt tỷ lệ 92%; tỷ lệ hồ sơ trực tuyến toàn trình của huyện đạt 61,4%.\n"
        "Huyện hiện có 65 trạm BTS, trong đó 18 trạm 5G; 100% bản trên địa bàn huyện đã có sóng di động.",
        "2025-01-20",
        [],
    ),
    # half-year GRDP share and growth "so với cùng kỳ" (growth is the indicator); e-commerce revenue no id; national 2024 share
    (
        "Long An: Kinh tế số chiếm khoảng 11,2% GRDP\n"
        "Theo Sở Khoa học và Công nghệ, 6 tháng đầu năm 2025, kinh tế số của tỉnh Long An chiếm khoảng 11,2% "
        "GRDP, tăng trưởng 13,5% so với cùng kỳ.\n"
        "Doanh thu thương mại điện tử ước đạt 2.450 tỷ đồng.\n"
        "Trên phạm vi cả nước, tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%.",
        "2025-07-15",
        [
            ("digital_economy_gdp_share", "Long An", "half", "2025-06-30", 11.2),
            ("digital_economy_growth", "Long An", "half", "2025-06-30", 13.5),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # operators' coverage shares (Viettel 93%, VinaPhone 86%) left out; "Tính chung các doanh nghiệp" gives the province's figures
    (
        "Hà Giang: Nâng cao chất lượng sóng di động vùng cao\n"
        "Đến hết quý I/2024, mạng Viettel đã phủ sóng 4G đến 93% thôn, bản trên địa bàn tỉnh Hà Giang; mạng "
        "VinaPhone phủ sóng 86%.\n"
        "Tính chung các doanh nghiệp, toàn tỉnh còn 96 thôn lõm sóng; tỷ lệ thôn, bản có sóng di động đạt 95,2%.",
        None,
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-03-31", 96),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-03-31", 95.2),
        ],
    ),
    # province only in the title; month count-then-rate "33.210 hồ sơ trực tuyến, đạt tỷ lệ 79,38%"; "Lũy kế từ đầu năm đến nay" = ytd
    (
        "Vĩnh Long: Kết quả giải quyết TTHC tháng 4/2025\n"
        "Trong tháng 4/2025, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 41.836 hồ sơ, trong đó 33.210 hồ sơ "
        "trực tuyến, đạt tỷ lệ 79,38%.\n"
        "Lũy kế từ đầu năm đến nay, tỷ lệ hồ sơ trực tuyến toàn trình là 47,1%; tỷ lệ hồ sơ được trả kết quả "
        "điện tử đạt 90,05%.",
        "2025-05-06",
        [
            ("online_dossier_rate", "Vĩnh Long", "month", "2025-04-30", 79.38),
            ("online_dossier_full_process_rate", "Vĩnh Long", "ytd", "2025-04-30", 47.1),
            ("e_result_rate", "Vĩnh Long", "ytd", "2025-04-30", 90.05),
        ],
    ),
    # year-end review: province's 2024 rate; EGDI 2024 rank quoted at a provincial conference (year of the edition); DTI rank and "tăng 15 bậc" left out
    (
        "Hải Dương: Tỷ lệ hồ sơ xử lý trực tuyến năm 2024 đạt 56,7%\n"
        "Theo Sở TT&TT Hải Dương, năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 56,7%.\n"
        "Tại hội nghị tổng kết năm, đại biểu thông tin: theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, "
        "Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với "
        "năm 2022.\n"
        "Chỉ số DTI năm 2023 của Hải Dương xếp thứ 21/63.",
        "2025-01-07",
        [
            ("online_dossier_rate", "Hải Dương", "year", "2024-12-31", 56.7),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # interview (PV / Giám đốc Sở): "ở mức 61,7%, cao hơn bình quân cả nước là 42%"; "mới có khoảng 30%"; the 40% target left out
    (
        "PV: Xin ông cho biết những kết quả nổi bật của Phú Thọ về chuyển đổi số năm 2023?\n"
        "Ông Hoàng Văn Minh, Giám đốc Sở TT&TT tỉnh Phú Thọ: Năm 2023, tỉnh đã cung cấp 1.095 dịch vụ công "
        "trực tuyến toàn trình, chiếm 54,1% tổng số thủ tục hành chính. Tỷ lệ hồ sơ giải quyết trực tuyến của "
        "tỉnh ở mức 61,7%, cao hơn bình quân cả nước là 42%.\n"
        "Tuy vậy, mới có khoảng 30% người dân trưởng thành sử dụng dịch vụ công trực tuyến, chưa đạt mục tiêu "
        "40% đề ra.",
        "2024-01-10",
        [
            ("dvctt_full_process_rate", "Phú Thọ", "as_of", "2023-12-31", 54.1),
            ("online_dossier_rate", "Phú Thọ", "year", "2023-12-31", 61.7),
            ("online_dossier_rate", "national", "year", "2023-12-31", 42),
            ("adult_population_using_dvctt_rate", "Phú Thọ", "year", "2023-12-31", 30),
        ],
    ),
    # province's own EMC connection (no number) beside the national EMC rate "đến nay"; internal procedures simplified are not the 1,084 of the resolutions
    (
        "Gia Lai hoàn thành kết nối hệ thống giải quyết TTHC với EMC\n"
        "(Cổng TTĐT Gia Lai) – Ngày 8/5/2024, Sở Thông tin và Truyền thông cho biết Hệ thống thông tin giải quyết "
        "TTHC tỉnh Gia Lai đã hoàn thành kết nối, đồng bộ dữ liệu với Hệ thống EMC của Bộ TT&TT.\n"
        "Theo Bộ TT&TT, đến nay có 75% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh trên cả nước đã kết "
        "nối đầy đủ với EMC.\n"
        "Từ đầu năm đến nay, tỉnh đã rà soát, đơn giản hóa 46 thủ tục hành chính nội bộ.",
        "2024-05-09",
        [
            ("emc_connection_rate", "national", "as_of", "2024-05-09", 75),
        ],
    ),
    # NEGATIVE: meeting report: plans, resolutions, conferences, training classes, community tech teams, and targets
    (
        "Điện Biên triển khai nhiệm vụ chuyển đổi số năm 2024\n"
        "Sáng 22/3/2024, Ban Chỉ đạo chuyển đổi số tỉnh Điện Biên tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n"
        "Năm 2023, tỉnh đã ban hành 12 kế hoạch, 3 nghị quyết chuyên đề về chuyển đổi số; tổ chức 4 hội nghị và "
        "28 lớp tập huấn cho hơn 1.500 lượt cán bộ.\n"
        "Toàn tỉnh có 1.452 tổ công nghệ số cộng đồng với 7.830 thành viên.\n"
        "Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt 50% và 80% người trưởng thành có tài khoản "
        "thanh toán.",
        "2024-03-22",
        [],
    ),
    # "chạm mốc 300 nghìn"; per-100 densities written "15,9 thuê bao/100 dân"; "89,3% hộ gia đình đã sử dụng Internet cáp quang"
    (
        "Bắc Giang: Thuê bao băng rộng cố định chạm mốc 300 nghìn\n"
        "Theo Sở TT&TT Bắc Giang, tính đến hết tháng 9/2024, số thuê bao Internet băng rộng cố định trên địa bàn "
        "tỉnh đã chạm mốc 300 nghìn, đạt 15,9 thuê bao/100 dân; 89,3% hộ gia đình đã sử dụng Internet cáp quang.\n"
        "Mật độ thuê bao băng rộng di động đạt 86,4 thuê bao/100 dân.",
        None,
        [
            ("fixed_broadband_subscriptions", "Bắc Giang", "as_of", "2024-09-30", 300000),
            ("fixed_broadband_subscriptions_per_100", "Bắc Giang", "as_of", "2024-09-30", 15.9),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2024-09-30", 89.3),
            ("mobile_broadband_subscriptions_per_100", "Bắc Giang", "as_of", "2024-09-30", 86.4),
        ],
    ),
    # year review: province's attacks (warnings and "giảm 40%" left out), "97/102 hệ thống ... (đạt 95,1%)", national NCSC count
    (
        "An Giang: Năm 2024 không để xảy ra sự cố mất an toàn thông tin nghiêm trọng\n"
        "Năm 2024, Sở TT&TT An Giang đã tiếp nhận, xử lý 215 cảnh báo về lỗ hổng bảo mật; ghi nhận 18 cuộc tấn "
        "công mạng gây sự cố vào hệ thống thông tin của các cơ quan nhà nước tỉnh, giảm 40% so với năm 2023.\n"
        "Toàn tỉnh có 97/102 hệ thống thông tin đã được phê duyệt cấp độ an toàn thông tin (đạt 95,1%).\n"
        "Trên phạm vi cả nước, năm 2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận "
        "6.234 cuộc tấn công mạng gây sự cố.",
        "2025-01-09",
        [
            ("cyberattacks", "An Giang", "year", "2024-12-31", 18),
            ("info_systems_level_approved_rate", "An Giang", "as_of", "2024-12-31", 95.1),
            ("cyberattacks", "national", "year", "2024-12-31", 6234),
        ],
    ),
    # NEGATIVE: rankings among provinces (PAR Index in %, DTI, PCI) and a service-index score; none is a catalog indicator
    (
        "Kon Tum công bố các chỉ số cải cách hành chính, chuyển đổi số năm 2023\n"
        "Theo Quyết định công bố của Bộ Nội vụ, Chỉ số cải cách hành chính (PAR Index) năm 2023 của tỉnh Kon Tum "
        "đạt 84,12%, xếp thứ 45/63 tỉnh, thành phố.\n"
        "Chỉ số chuyển đổi số (DTI) năm 2023 của tỉnh xếp thứ 39/63, tăng 11 bậc; Chỉ số năng lực cạnh tranh "
        "cấp tỉnh (PCI) xếp thứ 52/63.\n"
        "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC của tỉnh năm 2023 đạt 78,5/100 điểm.",
        "2024-06-05",
        [],
    ),
    # NEGATIVE: a provincial delegation abroad quoting another country's 5G coverage, speed, digital-economy share and EGDI rank
    (
        "Đoàn công tác tỉnh Hà Tĩnh học tập kinh nghiệm chuyển đổi số tại Hàn Quốc\n"
        "Từ ngày 10 đến 16/11/2024, đoàn công tác của tỉnh Hà Tĩnh đã làm việc với Cơ quan Xã hội thông tin quốc "
        "gia Hàn Quốc (NIA).\n"
        "Theo phía bạn, 5G tại Hàn Quốc đã phủ sóng trên 95% dân số, tốc độ Internet băng rộng cố định trung bình "
        "đạt 220 Mbps; kinh tế số đóng góp khoảng 22% GDP.\n"
        "Hàn Quốc đứng thứ 4/193 quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc năm 2024.",
        "2024-11-20",
        [],
    ),
    # "Sáu tháng đầu năm 2024" spelled out; province's satisfaction; national "43/53 dịch vụ công thiết yếu" quoted beside the province
    (
        "Yên Bái: Người dân hài lòng với việc giải quyết thủ tục hành chính\n"
        "Sáu tháng đầu năm 2024, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC trên địa bàn "
        "tỉnh Yên Bái đạt 98,2%.\n"
        "Tính đến ngày 30/6/2024, cả nước đã cung cấp 43/53 dịch vụ công thiết yếu trực tuyến toàn trình theo "
        "Đề án 06; Yên Bái đã triển khai toàn bộ các dịch vụ thuộc thẩm quyền của tỉnh.",
        None,
        [
            ("satisfaction_rate", "Yên Bái", "half", "2024-06-30", 98.2),
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 43),
        ],
    ),
    # merged province after 1/7/2025 (two-level local government); a ward's rate left out
    (
        "Tuyên Quang: Tỷ lệ hồ sơ nộp trực tuyến tháng 8/2025 đạt 85,4%\n"
        "Tháng 8/2025, tháng thứ hai vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công "
        "tỉnh Tuyên Quang và 124 xã, phường tiếp nhận 96.712 hồ sơ TTHC; tỷ lệ hồ sơ nộp trực tuyến đạt 85,4%.\n"
        "Riêng phường Minh Xuân có tỷ lệ cao nhất, đạt 97,1%.",
        "2025-09-04",
        [
            ("online_dossier_rate", "Tuyên Quang", "month", "2025-08-31", 85.4),
        ],
    ),
    # province's population-database requests via NDXP left out; national NDXP agencies, "2,76 tỷ giao dịch lũy kế" and per-day average
    (
        "Đắk Lắk khai thác dữ liệu dân cư qua NDXP\n"
        "Theo Sở TT&TT, 6 tháng đầu năm 2024, Hệ thống thông tin giải quyết TTHC của tỉnh Đắk Lắk đã gửi 412.350 "
        "yêu cầu tra cứu thông tin công dân tới Cơ sở dữ liệu quốc gia về dân cư thông qua NDXP.\n"
        "Trên toàn quốc, tính đến 30/6/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã có 116 cơ quan, đơn "
        "vị kết nối, với tổng cộng hơn 2,76 tỷ giao dịch lũy kế; bình quân mỗi ngày khoảng 2,1 triệu giao dịch.",
        None,
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 116),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2760000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2100000),
        ],
    ),
    # national monthly report's "khối bộ, ngành" / "khối địa phương" split, then "Cùng kỳ, tỷ lệ này của tỉnh"; rank 9/63 left out
    (
        "Ninh Bình: Tỷ lệ hồ sơ trực tuyến toàn trình cao hơn bình quân khối địa phương\n"
        "Theo Báo cáo chuyển đổi số quốc gia tháng 3/2025 của Bộ Khoa học và Công nghệ, tỷ lệ hồ sơ trực tuyến "
        "toàn trình của khối bộ, ngành là 45,6%, khối địa phương là 38,2%.\n"
        "Cùng kỳ, tỷ lệ này của tỉnh Ninh Bình đạt 51,7%, đứng thứ 9/63 tỉnh, thành phố.",
        "2025-04-08",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-03-31", 45.6),
            ("online_dossier_full_process_rate", "localities", "month", "2025-03-31", 38.2),
            ("online_dossier_full_process_rate", "Ninh Bình", "month", "2025-03-31", 51.7),
        ],
    ),
]
