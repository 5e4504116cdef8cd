"""Genre probes, round 75: pages about one province (its Sở Thông tin và Truyền thông, its newspaper or portal) that also quote national figures from a Ministry report or meeting ("Theo Bộ TT&TT…", "Tại cuộc họp, Bộ … báo cáo…"), SIPAS / satisfaction indices and provincial DTI rankings, VNeID / identification accounts with sub-counts ("gồm: … mức 1 và … mức 2"), figures written as "X/Y" against a target, headline-only figures, and "hiện nay / đến nay" figures in texts that print no date but give one nearby, mixing e-services, NDXP, cybersecurity, infrastructure and the digital economy, written blind by a helper (not copied from any page).

First reading with the session's start code (2235ecf), after relabelling to the catalog's SIPAS convention: 55 of 58 right, 55 of 65 found. Fitted: results over targets ('53,6%/50%', '58%/mục tiêu 50%; cả nước ước đạt 45%'), 'X/Y thẻ' cards against a target, 'cung cấp 1.528 DVCTT, đạt 81,2% tổng số TTHC', 'các tỷ lệ tương ứng của cả nước', weaknesses fixed are no attacks, a province's own portal; now 63/64, 63/65. Left: a province's 25/25 essential services read as the country's, an EMC connection rate, a whole-year estimate published before the year ended.
"""

CASES = [
    # 1 province LGSP figure (not NDXP) + national NDXP quarter and daily average "Theo Bộ TT&TT"
    (
        "Theo Sở Thông tin và Truyền thông tỉnh Bắc Giang, trong quý I/2024, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) đã thực hiện hơn 1,9 triệu giao dịch với hệ thống của các bộ, ngành. "
        "Theo Bộ TT&TT, cũng trong quý I/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận khoảng 205 triệu giao dịch, bình quân 2,25 triệu giao dịch mỗi ngày.",
        "2024-04-12",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 205000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2250000.0),
        ],
    ),
    # 2 "Tại hội nghị, Bộ TT&TT báo cáo" national + province point "lần lượt"
    (
        "Tại hội nghị trực tuyến sơ kết 6 tháng đầu năm 2024 về chuyển đổi số, Bộ TT&TT báo cáo: tính đến ngày 30/6/2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 37,2%, "
        "tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 79,6%. Tại điểm cầu Quảng Bình, Sở TT&TT cho biết hai tỷ lệ này của tỉnh lần lượt là 41,5% và 92,8%.",
        "2024-07-20",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2024-06-30", 37.2),
            ("e_result_rate", "national", "as_of", "2024-06-30", 79.6),
            ("online_dossier_full_process_rate", "Quảng Bình", "as_of", "2024-06-30", 41.5),
            ("e_result_rate", "Quảng Bình", "as_of", "2024-06-30", 92.8),
        ],
    ),
    # 3 PARTIAL: SIPAS index and its rank are not the satisfaction-with-procedures rate; the portal rate is
    (
        "Theo kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 do Bộ Nội vụ công bố, tỉnh Bến Tre đạt 86,12%, "
        "xếp thứ 11/63 tỉnh, thành phố; chỉ số SIPAS bình quân cả nước là 82,66%. Cũng trong năm 2023, tỷ lệ người dân, doanh nghiệp hài lòng với việc tiếp nhận, "
        "giải quyết thủ tục hành chính của tỉnh được ghi nhận trên Cổng Dịch vụ công quốc gia đạt 97,3%.",
        "2024-04-22",
        # (relabelled to the catalog's convention, which reads SIPAS as satisfaction_rate: the
        # country's 82,66% is a value; Bến Tre has two satisfaction figures for one year, the
        # index and the portal's rate, which one key cannot hold, so neither is expected)
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 82.66),
        ],
    ),
    # 4 SIPAS headline only (relabelled to the catalog's convention: SIPAS is satisfaction_rate)
    (
        "Chỉ số SIPAS năm 2023 của Hà Tĩnh đạt 84,01%, tăng 6 bậc, xếp thứ 27/63 tỉnh, thành phố.",
        "2024-04-18",
        [("satisfaction_rate", "Hà Tĩnh", "year", "2023-12-31", 84.01)],
    ),
    # 5 PARTIAL: provincial DTI score and rank are not indicators; the national share is
    (
        "Bộ TT&TT vừa công bố kết quả đánh giá mức độ chuyển đổi số (DTI) năm 2023: tỉnh Lạng Sơn đạt 0,5847 điểm, xếp thứ 4/63 tỉnh, thành phố, tăng 2 bậc so với năm 2022. "
        "Cũng theo Bộ TT&TT, năm 2023 tỷ trọng kinh tế số trong GDP của cả nước ước đạt 18,3%.",
        "2024-07-25",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 18.3),
        ],
    ),
    # 6 VNeID total with sub-counts, province + national "cùng thời điểm"
    (
        "Tính đến ngày 29/02/2024, Công an tỉnh Thanh Hóa đã kích hoạt 2.184.560 tài khoản định danh điện tử, gồm: 412.300 tài khoản mức 1 và 1.772.260 tài khoản mức 2. "
        "Trên toàn quốc, cùng thời điểm, theo Bộ Công an, đã có hơn 57 triệu tài khoản VNeID được kích hoạt.",
        "2024-03-08",
        [
            ("vneid_activated_accounts", "Thanh Hóa", "as_of", "2024-02-29", 2184560.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-02-29", 57000000.0),
        ],
    ),
    # 7 PARTIAL: applications and level sub-counts without a total (no arithmetic); chip cards are a value
    (
        "Đến ngày 31/10/2023, Công an tỉnh Phú Yên đã tiếp nhận 512.400 hồ sơ đề nghị cấp tài khoản định danh điện tử; số tài khoản đã kích hoạt gồm: 86.150 tài khoản mức 1 và 301.920 tài khoản mức 2. "
        "Toàn tỉnh đã cấp 690.450 thẻ căn cước công dân gắn chip.",
        "2023-11-14",
        [
            ("chip_id_cards_issued", "Phú Yên", "as_of", "2023-10-31", 690450.0),
        ],
    ),
    # 8 accounts collected vs activated
    (
        "Tính đến ngày 15/3/2023, Công an TP. Cần Thơ đã thu nhận 402.118 hồ sơ cấp tài khoản định danh điện tử, trong đó mới có 176.540 tài khoản được kích hoạt, đạt 43,9%.",
        "2023-03-20",
        [
            ("vneid_activated_accounts", "Cần Thơ", "as_of", "2023-03-15", 176540.0),
        ],
    ),
    # 9 "X/Y" = value / target, nine months
    (
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số 9 tháng năm 2024 của tỉnh Ninh Bình: tỷ lệ hồ sơ trực tuyến toàn trình đạt 53,6%/50%; "
        "tỷ lệ hồ sơ được cấp kết quả điện tử đạt 96,1%/100%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 48,2%/50%.",
        "2024-10-14",
        [
            ("online_dossier_full_process_rate", "Ninh Bình", "ytd", "2024-09-30", 53.6),
            ("e_result_rate", "Ninh Bình", "ytd", "2024-09-30", 96.1),
            ("data_reuse_rate", "Ninh Bình", "ytd", "2024-09-30", 48.2),
        ],
    ),
    # 10 TRAP: count of targets met
    (
        "Năm 2023, tỉnh Hậu Giang hoàn thành 18/25 chỉ tiêu của Kế hoạch chuyển đổi số; 7 chỉ tiêu chưa đạt chủ yếu thuộc nhóm kinh tế số và xã hội số.",
        "2024-01-22",
        [],
    ),
    # 11 PARTIAL: national 52/53 from a ministry quoted at a provincial meeting; the province's 25/25 is a different base
    (
        "Tại cuộc họp Ban Chỉ đạo Đề án 06 tỉnh Vĩnh Phúc ngày 12/7/2024, đại diện Công an tỉnh thông tin: theo Bộ Công an, đến hết tháng 6/2024 cả nước đã có 52/53 dịch vụ công thiết yếu "
        "được cung cấp trực tuyến toàn trình; tỉnh đã triển khai 25/25 dịch vụ công thiết yếu thuộc thẩm quyền của địa phương.",
        "2024-07-13",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-30", 52.0),
        ],
    ),
    # 12 headline only, province, seven months
    (
        "Hà Tĩnh: Tỷ lệ hồ sơ xử lý trực tuyến 7 tháng năm 2024 đạt 68,7%",
        "2024-08-05",
        [
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2024-07-31", 68.7),
        ],
    ),
    # 13 TRAP: headline only on an undated page, no date anywhere
    (
        "Hơn 1,3 triệu tài khoản định danh điện tử đã được kích hoạt tại Nghệ An",
        None,
        [],
    ),
    # 14 TRAP: headline with a target
    (
        "Đắk Nông phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến trong năm 2024",
        "2024-02-20",
        [],
    ),
    # 15 undated page, "đến nay" anchored by the meeting date in the text
    (
        "Phát biểu tại hội nghị giao ban chuyển đổi số quý III ngày 8/10/2024, Giám đốc Sở Thông tin và Truyền thông tỉnh Tuyên Quang cho biết, đến nay 100% thôn, bản trên địa bàn tỉnh "
        "đã có sóng di động và tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 79,4%.",
        None,
        [
            ("villages_with_mobile_coverage_rate", "Tuyên Quang", "as_of", "2024-10-08", 100.0),
            ("ftth_household_rate", "Tuyên Quang", "as_of", "2024-10-08", 79.4),
        ],
    ),
    # 16 TRAP: undated page; the only date is when a plan was issued, not when "hiện nay" is
    (
        "Thực hiện Kế hoạch số 85/KH-UBND ngày 12/4/2023 của UBND tỉnh Yên Bái về phát triển hạ tầng số, hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 83%.",
        None,
        [],
    ),
    # 17 undated page, "hiện nay" anchored by the event date; total with level sub-counts
    (
        "Sáng 22/5/2024, Sở Thông tin và Truyền thông tỉnh Sóc Trăng tổ chức hội nghị tập huấn kỹ năng số cho tổ công nghệ số cộng đồng. Theo số liệu báo cáo tại hội nghị, "
        "hiện nay toàn tỉnh có khoảng 1.075.000 tài khoản VNeID đã kích hoạt, gồm: 260.000 tài khoản mức 1 và 815.000 tài khoản mức 2.",
        None,
        [
            ("vneid_activated_accounts", "Sóc Trăng", "as_of", "2024-05-22", 1075000.0),
        ],
    ),
    # 18 "Theo Bộ TT&TT, đến nay" on a dated page, national + province
    (
        "Theo Bộ TT&TT, đến nay tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành, địa phương mới đạt khoảng 72%; "
        "riêng tỉnh Khánh Hòa đã phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành.",
        "2024-09-18",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-18", 72.0),
            ("info_systems_level_approved_rate", "Khánh Hòa", "as_of", "2024-09-18", 100.0),
        ],
    ),
    # 19 PARTIAL: provincial blocked accesses are not incidents; month-on-month change is not a value
    (
        "Trong tháng 10/2024, Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Bình Phước đã ngăn chặn 14.320 lượt truy cập bất thường vào các hệ thống thông tin của tỉnh. "
        "Theo Bộ TT&TT, tháng 10/2024 cả nước ghi nhận 512 cuộc tấn công mạng gây sự cố, giảm 18,4% so với tháng 9.",
        "2024-11-12",
        [
            ("cyberattacks", "national", "month", "2024-10-31", 512.0),
        ],
    ),
    # 20 province 5G BTS + operator share (not a value) + national at the same date
    (
        "Theo Sở TT&TT tỉnh Quảng Nam, tính đến ngày 15/12/2024, trên địa bàn tỉnh có 214 trạm BTS 5G đang phát sóng, trong đó Viettel lắp đặt 190 trạm. "
        "Cùng thời điểm, theo Bộ TT&TT, số trạm BTS 5G trên cả nước đã vượt mốc 5.500 trạm.",
        "2024-12-20",
        [
            ("fiveg_bts_count", "Quảng Nam", "as_of", "2024-12-15", 214.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-15", 5500.0),
        ],
    ),
    # 21 province digital economy with a target in brackets + national from the Ministry's year-end conference
    (
        "Năm 2024, kinh tế số của tỉnh Bắc Giang ước chiếm 21,8% GRDP (mục tiêu 20%), tăng trưởng kinh tế số của tỉnh đạt 19,6%. "
        "Theo báo cáo của Bộ TT&TT tại hội nghị tổng kết năm, tỷ trọng kinh tế số trong GDP của cả nước năm 2024 ước đạt 18,7%.",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2024-12-31", 21.8),
            ("digital_economy_growth", "Bắc Giang", "year", "2024-12-31", 19.6),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.7),
        ],
    ),
    # 22 TRAP: another country's count and an operator's coverage
    (
        "Tại hội thảo hợp tác số tổ chức ở Lào Cai, đại diện tỉnh Vân Nam (Trung Quốc) cho biết địa phương này đã có hơn 60.000 trạm 5G; "
        "VNPT Lào Cai cho biết doanh nghiệp đã phủ sóng 5G tới 100% trung tâm các huyện, thị xã trong tỉnh.",
        "2024-11-25",
        [],
    ),
    # 23 year-end Ministry report quoted by a provincial portal
    (
        "Tại hội nghị tổng kết năm 2023 tổ chức ngày 3/1/2024, Bộ TT&TT báo cáo: tính đến hết năm 2023, NDXP đã kết nối với 101 cơ quan, đơn vị thông qua 1.250 điểm kết nối; "
        "riêng trong năm 2023, nền tảng xử lý khoảng 680 triệu giao dịch. Cổng Dịch vụ công tỉnh Thái Bình đã kết nối với NDXP từ năm 2020.",
        "2024-01-05",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 101.0),
            ("ndxp_connection_points", "national", "as_of", "2023-12-31", 1250.0),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 680000000.0),
        ],
    ),
    # 24 TRAP: whole-year estimate published before the year ends (would end after the published date)
    (
        "Tại hội nghị tổng kết công tác năm 2023 tổ chức ngày 18/12/2023, Sở Thông tin và Truyền thông tỉnh Hưng Yên cho biết ước cả năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt khoảng 65%.",
        "2023-12-19",
        [],
    ),
    # 25 province beside national "tương ứng"
    (
        "Đến hết tháng 9/2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh Gia Lai đạt 84,2%; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 71,6%. "
        "Theo Bộ TT&TT, các tỷ lệ tương ứng của cả nước là 88,5% và 82,3%.",
        "2024-10-03",
        [
            ("smartphone_subscriber_rate", "Gia Lai", "as_of", "2024-09-30", 84.2),
            ("ftth_household_rate", "Gia Lai", "as_of", "2024-09-30", 71.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 88.5),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.3),
        ],
    ),
    # 26 National Portal accounts with sub-counts (not values), cumulative dossiers, province accounts
    (
        "Theo Văn phòng Chính phủ, tính đến ngày 31/5/2024, Cổng Dịch vụ công quốc gia có 15,2 triệu tài khoản đăng ký, gồm: 14,1 triệu tài khoản công dân và 1,1 triệu tài khoản doanh nghiệp; "
        "lũy kế số hồ sơ trực tuyến thực hiện qua Cổng đạt 46,8 triệu. Cùng thời điểm, người dân, doanh nghiệp tỉnh Ninh Thuận đã đăng ký 118.400 tài khoản trên Cổng.",
        "2024-06-12",
        [
            ("national_portal_accounts", "national", "as_of", "2024-05-31", 15200000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-05-31", 46800000.0),
            ("national_portal_accounts", "Ninh Thuận", "as_of", "2024-05-31", 118400.0),
        ],
    ),
    # 27 TRAP: "X/Y" counts only (a rate would need arithmetic) and a remainder
    (
        "Hiện nay, tỉnh Bạc Liêu đã cung cấp 1.384/1.796 thủ tục hành chính dưới dạng dịch vụ công trực tuyến; 412 thủ tục còn lại chưa đủ điều kiện để cung cấp trực tuyến.",
        "2024-03-25",
        [],
    ),
    # 28 national fee-reduction count quoted on a provincial page
    (
        "Với nghị quyết được HĐND tỉnh Cao Bằng thông qua tại kỳ họp cuối năm, theo Bộ TT&TT, tính đến hết tháng 12/2023 cả nước đã có 51/63 tỉnh, thành phố ban hành nghị quyết "
        "miễn, giảm phí, lệ phí khi người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.",
        "2024-01-30",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-12-31", 51.0),
        ],
    ),
    # 29 "X/Y (đạt %)" simplified procedures, "đến nay"
    (
        "Theo Văn phòng Chính phủ, đến nay các bộ, cơ quan đã cắt giảm, đơn giản hóa 631/1.084 thủ tục hành chính (đạt 58,2%) theo các nghị quyết chuyên đề của Chính phủ.",
        "2024-03-15",
        [
            ("procedures_simplified", "national", "as_of", "2024-03-15", 631.0),
        ],
    ),
    # 30 PARTIAL: "32/63 địa phương" is a count (no arithmetic); the stated overall rate is a value
    (
        "Tại cuộc họp ngày 16/8/2024, Bộ TT&TT báo cáo: tính đến ngày 15/8/2024, mới có 32/63 địa phương kết nối đầy đủ hệ thống giải quyết thủ tục hành chính với Hệ thống EMC; "
        "tỷ lệ kết nối chung của các hệ thống cấp bộ, cấp tỉnh đạt 41%.",
        "2024-08-19",
        [
            ("emc_connection_rate", "national", "as_of", "2024-08-15", 41.0),
        ],
    ),
    # 31 eleven months, province and khối địa phương
    (
        "Theo Hệ thống EMC, 11 tháng năm 2024, tỷ lệ hồ sơ thủ tục hành chính của tỉnh Thừa Thiên Huế gắn với mã số định danh cá nhân đạt 98,7%; "
        "tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 61,2%, trong khi bình quân của khối địa phương chỉ là 29,4%.",
        "2024-12-09",
        [
            ("dossiers_with_personal_id_rate", "Thừa Thiên Huế", "ytd", "2024-11-30", 98.7),
            ("data_reuse_rate", "Thừa Thiên Huế", "ytd", "2024-11-30", 61.2),
            ("data_reuse_rate", "localities", "ytd", "2024-11-30", 29.4),
        ],
    ),
    # 32 "X%/mục tiêu Y%" province, national estimate
    (
        "Năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến của tỉnh Phú Thọ đạt 58%/mục tiêu 50%; cả nước ước đạt 45%.",
        "2025-01-17",
        [
            ("adult_population_using_dvctt_rate", "Phú Thọ", "year", "2024-12-31", 58.0),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 45.0),
        ],
    ),
    # 33 TRAP: district-level city figure and a national target
    (
        "Tại thành phố Tam Kỳ (Quảng Nam), khoảng 82% người trưởng thành đã có tài khoản thanh toán tại ngân hàng; mục tiêu quốc gia đến năm 2025 là 80%.",
        "2024-08-30",
        [],
    ),
    # 34 TRAP: one ministry's own figure reported at a meeting
    (
        "Tại cuộc họp của Ủy ban Quốc gia về chuyển đổi số, Bộ Tài chính báo cáo tỷ lệ hồ sơ trực tuyến toàn trình của Bộ năm 2024 đạt 78,44%, đứng thứ hai trong khối bộ, ngành.",
        "2025-01-14",
        [],
    ),
    # 35 ministries / localities split + a province, full-process services over all procedures
    (
        "Theo Bộ TT&TT, tính đến ngày 20/5/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của khối bộ, ngành đạt 52,1%, khối địa phương đạt 46,3%; "
        "tỉnh Đồng Nai đạt 49,5%.",
        "2024-05-30",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-05-20", 52.1),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-05-20", 46.3),
            ("dvctt_full_process_rate", "Đồng Nai", "as_of", "2024-05-20", 49.5),
        ],
    ),
    # 36 "X/Y" eligible procedures with the rate stated
    (
        "Đến ngày 31/10/2024, tỉnh Hải Dương đã cung cấp dịch vụ công trực tuyến toàn trình cho 932/958 thủ tục hành chính đủ điều kiện, đạt 97,3%.",
        "2024-11-20",
        [
            ("full_process_provision_rate", "Hải Dương", "as_of", "2024-10-31", 97.3),
        ],
    ),
    # 37 dead-zone villages "X/Y, đạt %" national + province remaining villages
    (
        "Theo Bộ TT&TT, tính đến ngày 31/5/2024, cả nước đã phủ sóng được 1.330/1.828 thôn lõm sóng có điện lưới, đạt 72,8%. "
        "Cùng thời điểm, tỉnh Hà Giang còn 126 thôn chưa có sóng di động.",
        "2024-06-28",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-05-31", 72.8),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-05-31", 126.0),
        ],
    ),
    # 38 TRAP: headline with a provincial DTI rank
    (
        "Quảng Trị xếp thứ 15/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023",
        "2024-07-30",
        [],
    ),
    # 39 TRAP: operators' own figures and year-on-year growth
    (
        "Năm 2024, doanh thu dịch vụ số của VNPT Nam Định tăng 23% so với năm 2023; MobiFone Nam Định phát triển mới 12.500 thuê bao 4G.",
        "2025-01-10",
        [],
    ),
    # 40 undated page; "hiện nay / đến nay" anchored by the session date in the text
    (
        "Báo cáo tại phiên họp của Ủy ban Quốc gia về chuyển đổi số ngày 17/4/2024 cho thấy, hiện nay NDXP xử lý trung bình khoảng 2,6 triệu giao dịch mỗi ngày; "
        "tổng số giao dịch qua nền tảng từ năm 2019 đến nay đạt khoảng 1,96 tỷ.",
        None,
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-04-17", 2600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-04-17", 1960000000.0),
        ],
    ),
    # 41 "hiện nay" on a dated page, province services over all procedures
    (
        "Hiện nay, tỉnh Hà Nam cung cấp 1.528 dịch vụ công trực tuyến, đạt 81,2% tổng số thủ tục hành chính; số dịch vụ công trực tuyến toàn trình chiếm 57,4% tổng số thủ tục hành chính của tỉnh.",
        "2024-02-27",
        [
            ("dvctt_rate", "Hà Nam", "as_of", "2024-02-27", 81.2),
            ("dvctt_full_process_rate", "Hà Nam", "as_of", "2024-02-27", 57.4),
        ],
    ),
    # 42 TRAP: undated page, "hiện" without any date in the text
    (
        "Theo Bộ TT&TT, mạng 5G hiện đã phủ sóng khoảng 26% dân số cả nước; tỉnh Bình Thuận đã có 5G tại trung tâm tất cả các huyện, thị xã, thành phố.",
        None,
        [],
    ),
    # 43 province portal dossiers (not National Portal) + national National Portal flow over the same span
    (
        "Từ đầu năm 2024 đến hết tháng 9, Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thái Nguyên tiếp nhận 412.000 hồ sơ trực tuyến, chiếm 74,5% tổng số hồ sơ. "
        "Theo Văn phòng Chính phủ, trong cùng khoảng thời gian, số hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia là 8,9 triệu.",
        "2024-10-15",
        [
            ("online_dossier_rate", "Thái Nguyên", "ytd", "2024-09-30", 74.5),
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 8900000.0),
        ],
    ),
    # 44 "X/Y" count against a target pool, rate stated of another base (not an indicator)
    (
        "Tính đến ngày 30/6/2023, Công an tỉnh Sơn La đã cấp 854.300/912.000 thẻ căn cước công dân gắn chip, đạt 93,7% số công dân đủ điều kiện.",
        "2023-07-05",
        [
            ("chip_id_cards_issued", "Sơn La", "as_of", "2023-06-30", 854300.0),
        ],
    ),
    # 45 national VNeID: issued vs activated, level sub-counts
    (
        "Tại cuộc họp Tổ công tác triển khai Đề án 06 của Chính phủ ngày 20/12/2023, Bộ Công an báo cáo đã cấp 70,4 triệu tài khoản định danh điện tử, trong đó 49,8 triệu tài khoản đã được kích hoạt, "
        "gồm: 6,1 triệu tài khoản mức 1 và 43,7 triệu tài khoản mức 2.",
        "2023-12-25",
        [
            ("vneid_activated_accounts", "national", "as_of", "2023-12-20", 49800000.0),
        ],
    ),
    # 46 TRAP: index points "X/Y" are not percentages of satisfied users
    (
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, quý II/2024 tỉnh Quảng Ngãi đạt 85,3/100 điểm, "
        "trong đó nhóm chỉ tiêu về mức độ hài lòng đạt 17,2/18 điểm.",
        "2024-07-18",
        [],
    ),
    # 47 national satisfaction rate + province, nine months
    (
        "Theo Văn phòng Chính phủ, 9 tháng năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính của cả nước đạt 91,6%; tỉnh Long An đạt 99,1%.",
        "2024-10-05",
        [
            ("satisfaction_rate", "national", "ytd", "2024-09-30", 91.6),
            ("satisfaction_rate", "Long An", "ytd", "2024-09-30", 99.1),
        ],
    ),
    # 48 headline-only, province achievement on a dated page
    (
        "Lâm Đồng: 100% thôn, bản đã có sóng di động băng rộng",
        "2024-09-06",
        [
            ("villages_with_mobile_coverage_rate", "Lâm Đồng", "as_of", "2024-09-06", 100.0),
        ],
    ),
    # 49 undated page, quarter; vulnerability fixes are not an indicator
    (
        "Trong quý II/2024, cả nước ghi nhận 2.133 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; "
        "trên địa bàn tỉnh Bắc Ninh, Sở TT&TT đã rà soát, hướng dẫn khắc phục 35 lỗ hổng bảo mật.",
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-06-30", 2133.0),
        ],
    ),
]
