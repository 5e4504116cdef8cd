"""Blind probes, round 51: provincial year-end and half-year digital-transformation reviews as
provincial papers and portals summarise them (2022-2025). Each case packs several indicators into
one paragraph; the province is named once (title or lead) and afterwards only as "tỉnh",
"toàn tỉnh", "trên địa bàn"; the year or half is stated once at the start; national and
"khối địa phương" averages appear for comparison; district and city-within-province figures,
next year's targets, year-on-year changes, operators' own figures, provincial DTI/PAR ranks and
counts of meetings, documents and training classes are distractors; about six cases store
nothing at all. Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Year-end review: count-then-share for DVCTT, "trong đó" full-process share (another
    # indicator, kept), provincial dossier rate vs national average in parentheses; meetings,
    # documents, trainings and next year's target are distractors.
    (
        "Quảng Ninh tổng kết công tác chuyển đổi số năm 2023\n"
        "Ngày 11/1, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.\n"
        "Theo báo cáo, năm 2023 toàn tỉnh cung cấp 1.752 DVCTT, đạt tỷ lệ 91,2% trên tổng số TTHC; trong đó DVCTT toàn trình là 1.045 dịch vụ, chiếm 54,4%.\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 72,6%, cao gần gấp đôi bình quân cả nước (khoảng 42%).\n"
        "Trong năm, Ban Chỉ đạo họp 4 phiên, ban hành 27 văn bản chỉ đạo, điều hành; mở 65 lớp tập huấn kỹ năng số cho hơn 3.200 lượt cán bộ.\n"
        "Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình.\n",
        "2024-01-12",
        [
            ("dvctt_rate", "Quảng Ninh", "as_of", "2023-12-31", 91.2),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-12-31", 54.4),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 72.6),
            ("online_dossier_rate", "national", "year", "2023-12-31", 42.0),
        ],
    ),
    # Half-year review: three dossier rates for the province; "TP Bắc Giang" is a city inside
    # the province (its 71,4% must not become the province's), a change in points, a target.
    (
        "Bắc Giang: sơ kết 6 tháng đầu năm 2024 về chuyển đổi số\n"
        "Theo Sở Thông tin và Truyền thông, 6 tháng đầu năm, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ TTHC của tỉnh đạt 58,31%, tăng 14,7 điểm phần trăm so với cùng kỳ.\n"
        "Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 87,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 45,6%.\n"
        "Giữa các địa phương trong tỉnh còn chênh lệch: TP Bắc Giang dẫn đầu với 71,4% hồ sơ trực tuyến toàn trình, thấp nhất là huyện Sơn Động (32,8%).\n"
        "Toàn tỉnh đã tổ chức 112 hội nghị, lớp tập huấn với trên 9.000 lượt người tham gia; 1.980 tổ công nghệ số cộng đồng đi vào hoạt động.\n"
        "6 tháng cuối năm, tỉnh đặt mục tiêu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 65%.\n",
        "2024-07-09",
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "half", "2024-06-30", 58.31),
            ("e_result_rate", "Bắc Giang", "half", "2024-06-30", 87.5),
            ("data_reuse_rate", "Bắc Giang", "half", "2024-06-30", 45.6),
        ],
    ),
    # NEGATIVE: next year's plan only: every percentage is a target; counts of plans, tasks,
    # classes and a DTI "tăng 5 bậc" aim.
    (
        "Lào Cai ban hành Kế hoạch chuyển đổi số năm 2025\n"
        "UBND tỉnh Lào Cai vừa ban hành Kế hoạch số 712/KH-UBND về chuyển đổi số năm 2025 với 9 nhóm nhiệm vụ, 64 chỉ tiêu cụ thể.\n"
        "Theo đó, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 70% dân số trưởng thành sử dụng DVCTT.\n"
        "Về hạ tầng, mục tiêu đến hết năm 2025 phủ sóng 5G tới 50% dân số, 100% thôn, bản có sóng di động băng rộng; kinh tế số chiếm 15% GRDP.\n"
        "Trong năm, tỉnh sẽ tổ chức 150 lớp bồi dưỡng kỹ năng số và phấn đấu tăng ít nhất 5 bậc trên bảng xếp hạng DTI.\n",
        "2024-12-27",
        [],
    ),
    # Year review of the digital economy: the province's share of GRDP ("ước đạt"), the national
    # share as the comparison, the province's growth; e-commerce revenue and a 2025 target are not values.
    (
        "Năm 2023, kinh tế số tiếp tục là điểm sáng của Thái Nguyên\n"
        "Báo cáo tổng kết năm 2023 của UBND tỉnh cho biết, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 42,1%, đứng đầu cả nước, trong khi tỷ trọng này của cả nước chỉ khoảng 12,33% GDP.\n"
        "Tốc độ tăng trưởng kinh tế số trên địa bàn đạt 11,5%.\n"
        "Doanh thu thương mại điện tử đạt khoảng 3.200 tỷ đồng; 100% doanh nghiệp sử dụng hóa đơn điện tử.\n"
        "Giai đoạn tới, tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 45% GRDP, tăng trưởng bình quân trên 12%/năm.\n",
        "2024-02-05",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 42.1),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "Thái Nguyên", "year", "2023-12-31", 11.5),
        ],
    ),
    # Infrastructure at year end: 5G stations and coverage, smartphone share with the national
    # average in parentheses, fibre households; operators' own station counts and the 2025 aim are not values.
    (
        "Hạ tầng số Nghệ An bứt phá trong năm 2024\n"
        "Theo báo cáo tổng kết năm 2024 của Sở Thông tin và Truyền thông, đến hết năm toàn tỉnh có 214 trạm BTS 5G, phủ sóng trung tâm 21/21 huyện, thành, thị; tỷ lệ phủ sóng 5G theo dân số đạt 28,6%.\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn là 86,3% (bình quân cả nước 89,2%); tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng ở mức 78,4%.\n"
        "Riêng Viettel Nghệ An đã lắp đặt 160 trạm 5G, VNPT Nghệ An 54 trạm.\n"
        "Năm 2025, tỉnh phấn đấu có ít nhất 600 trạm 5G, phủ sóng 5G đạt 50% dân số.\n",
        "2025-01-15",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2024-12-31", 214),
            ("fiveg_population_coverage_rate", "Nghệ An", "as_of", "2024-12-31", 28.6),
            ("smartphone_subscriber_rate", "Nghệ An", "as_of", "2024-12-31", 86.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.2),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-12-31", 78.4),
        ],
    ),
    # Half-year review whose data stop at 15/6: VNeID activated (not the applications
    # "thu nhận"), chip cards, share of dossiers filed online since January; a district's
    # activation rate and mobile issuing rounds are distractors.
    (
        "Hà Tĩnh: 6 tháng đầu năm 2023, Đề án 06 đạt nhiều kết quả\n"
        "Tại hội nghị sơ kết 6 tháng, Công an tỉnh cho biết, tính đến ngày 15/6/2023, toàn tỉnh đã thu nhận 612.400 hồ sơ định danh điện tử mức 2, kích hoạt 398.540 tài khoản VNeID; cấp 1.012.350 thẻ CCCD gắn chíp.\n"
        "Từ đầu năm đến 15/6, hồ sơ TTHC tiếp nhận trực tuyến chiếm 61,7% tổng số hồ sơ.\n"
        "Huyện Cẩm Xuyên dẫn đầu về tỷ lệ kích hoạt tài khoản với 72%.\n"
        "Lực lượng công an đã tổ chức 1.250 đợt cấp CCCD lưu động, kể cả ngày nghỉ.\n",
        "2023-07-12",
        [
            ("vneid_activated_accounts", "Hà Tĩnh", "as_of", "2023-06-15", 398540),
            ("chip_id_cards_issued", "Hà Tĩnh", "as_of", "2023-06-15", 1012350),
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2023-06-15", 61.7),
        ],
    ),
    # NEGATIVE: provincial DTI and PAR INDEX ranks (no id), counts of documents, conferences
    # and community teams, year-on-year changes, an operator's new subscriptions.
    (
        "Đồng Tháp giữ vững nhóm dẫn đầu về chuyển đổi số\n"
        "Theo kết quả công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, Đồng Tháp xếp thứ 7/63 tỉnh, thành phố, tăng 3 bậc so với năm 2022; Chỉ số cải cách hành chính (PAR INDEX) xếp thứ 5/63.\n"
        "Trong năm 2023, tỉnh ban hành 34 văn bản, tổ chức 2 hội nghị chuyên đề, thành lập 1.245 tổ công nghệ số cộng đồng với hơn 7.300 thành viên.\n"
        "Số hồ sơ trực tuyến tăng 18% so với năm 2022; số tài khoản VNeID được kích hoạt tăng gấp 2,5 lần.\n"
        "VNPT Đồng Tháp cho biết đã phát triển mới 12.000 thuê bao cáp quang trong năm.\n",
        "2024-04-22",
        [],
    ),
    # Centrally-run city, year 2022: "đóng góp ... GRDP" is the share; adults with a payment
    # account and adults using DVCTT for the city; the national EGDI rank quoted as context.
    (
        "Đà Nẵng nhìn lại năm 2022: kinh tế số đóng góp ngày càng lớn\n"
        "Báo cáo tổng kết năm 2022 của UBND thành phố nêu rõ, kinh tế số ước đóng góp 18,2% GRDP của thành phố.\n"
        "Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt 86%; tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 54,3%.\n"
        "Ở cấp quốc gia, Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2022 của Việt Nam xếp hạng 86/193, tăng 2 bậc.\n"
        "Năm 2023, thành phố đặt mục tiêu kinh tế số chiếm 20% GRDP, 100% người trưởng thành có danh tính số.\n",
        "2023-01-10",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2022-12-31", 18.2),
            ("adults_with_bank_account_rate", "Đà Nẵng", "as_of", "2022-12-31", 86.0),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "year", "2022-12-31", 54.3),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Half-year 2025: the province's NDXP transactions singled out with "riêng" after the LGSP
    # total (LGSP has no id), a per-day average written "giao dịch/ngày", the national running
    # total since 2019; documents and inspections are distractors.
    (
        "Thanh Hóa sơ kết 6 tháng đầu năm 2025 thực hiện Nghị quyết 57-NQ/TW\n"
        "6 tháng đầu năm, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) ghi nhận hơn 3,2 triệu giao dịch; riêng số giao dịch của tỉnh qua Nền tảng NDXP đạt 1.426.800 giao dịch, bình quân hơn 7.800 giao dịch/ngày.\n"
        "Tỷ lệ hồ sơ TTHC được gắn mã định danh cá nhân trên địa bàn đạt 97,6%.\n"
        "Trên phạm vi cả nước, tính đến hết tháng 6/2025, tổng số giao dịch qua NDXP lũy kế từ năm 2019 đạt gần 4,1 tỷ giao dịch.\n"
        "Trong 6 tháng, tỉnh đã ban hành 46 văn bản triển khai Nghị quyết 57, tổ chức 12 đợt kiểm tra.\n",
        "2025-07-15",
        [
            ("ndxp_transactions_period", "Thanh Hóa", "half", "2025-06-30", 1426800),
            ("ndxp_transactions_daily_avg", "Thanh Hóa", "day_avg", "2025-06-30", 7800),
            ("dossiers_with_personal_id_rate", "Thanh Hóa", "half", "2025-06-30", 97.6),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 4100000000),
        ],
    ),
    # Cybersecurity year review: the province's incidents and the national total in one
    # sentence, a change in attacks ("giảm 5 cuộc"), "63/63 hệ thống" approved = 100%,
    # botnet IPs "hiện còn" (year end); drills and classes are distractors.
    (
        "Lâm Đồng: bảo đảm an toàn thông tin năm 2023\n"
        "Năm 2023, Sở Thông tin và Truyền thông ghi nhận 9 cuộc tấn công mạng gây sự cố vào hệ thống thông tin của các cơ quan nhà nước trên địa bàn tỉnh, giảm 5 cuộc so với năm 2022; cả nước có 13.900 cuộc tấn công mạng gây sự cố.\n"
        "Đến cuối năm, 100% hệ thống thông tin của các cơ quan nhà nước tỉnh (63/63 hệ thống) đã được phê duyệt cấp độ an toàn thông tin.\n"
        "Trên địa bàn hiện còn 412 địa chỉ IP nằm trong các mạng máy tính ma (botnet).\n"
        "Trong năm, tỉnh tổ chức 3 đợt diễn tập thực chiến và 5 lớp đào tạo về an toàn thông tin cho 260 cán bộ.\n",
        "2024-01-18",
        [
            ("cyberattacks", "Lâm Đồng", "year", "2023-12-31", 9),
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("info_systems_level_approved_rate", "Lâm Đồng", "as_of", "2023-12-31", 100.0),
            ("botnet_ips", "Lâm Đồng", "as_of", "2023-12-31", 412),
        ],
    ),
    # NEGATIVE: interview; the only measured figures are districts' and a town's, the rest are
    # changes, counts of documents, classes, a workshop and next year's targets.
    (
        "Gia Lai: Giám đốc Sở Thông tin và Truyền thông trao đổi về chuyển đổi số năm 2023\n"
        "- PV: Xin ông cho biết những điểm nổi bật của năm 2023?\n"
        "- Giám đốc Sở: Điểm sáng là cấp huyện. Huyện Chư Păh có tỷ lệ hồ sơ trực tuyến 68%, thị xã An Khê 61%, huyện Đak Pơ 57%, đều cao hơn năm trước từ 10 đến 20 điểm phần trăm.\n"
        "Sở đã tham mưu ban hành 18 văn bản, tổ chức 42 lớp tập huấn và 1 hội thảo quốc tế về đô thị thông minh.\n"
        "- PV: Mục tiêu năm 2024 của tỉnh là gì?\n"
        "- Giám đốc Sở: Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%, 95% hồ sơ được số hóa, 100% xã có tổ công nghệ số cộng đồng hoạt động hiệu quả.\n",
        "2023-12-28",
        [],
    ),
    # Dead-zone villages at year end: villages covered in the year (no id), villages still
    # without a signal (kept) with a "trong đó" part (not kept), share of villages with a
    # signal, the national count at year end; a target on the electrified ones.
    (
        "Hà Giang xóa thêm nhiều thôn lõm sóng trong năm 2023\n"
        "Năm 2023, các doanh nghiệp viễn thông đã phủ sóng di động cho 132 thôn lõm sóng trên địa bàn tỉnh.\n"
        "Đến hết năm, toàn tỉnh còn 98 thôn chưa có sóng di động, trong đó 41 thôn chưa có điện lưới; tỷ lệ thôn, bản có sóng di động đạt 95,2%.\n"
        "Tính đến cuối năm 2023, cả nước còn 1.037 thôn lõm sóng.\n"
        "Năm 2024, tỉnh phấn đấu phủ sóng toàn bộ 57 thôn lõm sóng đã có điện.\n",
        "2024-01-20",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-12-31", 98),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2023-12-31", 95.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 1037),
        ],
    ),
    # A year's results written as a list of "label: value" lines with a slash in the label,
    # the previous year's value in parentheses (kept with its own year), a per-100 ratio,
    # and class and meeting counts as list items.
    (
        "Cần Thơ công bố kết quả chuyển đổi số năm 2022\n"
        "Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2022 của thành phố như sau:\n"
        "- Tỷ lệ DVCTT toàn trình/tổng số TTHC: 41,2%\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 38,5% (năm 2021: 16,9%)\n"
        "- Tỷ lệ hồ sơ được cấp kết quả điện tử: 64%\n"
        "- Số thuê bao băng rộng cố định/100 dân: 24,6\n"
        "- Số lớp tập huấn, bồi dưỡng kỹ năng số: 48 lớp\n"
        "- Số cuộc họp trực tuyến của Ban Chỉ đạo: 6 cuộc\n",
        "2023-01-06",
        [
            ("dvctt_full_process_rate", "Cần Thơ", "as_of", "2022-12-31", 41.2),
            ("online_dossier_rate", "Cần Thơ", "year", "2022-12-31", 38.5),
            ("online_dossier_rate", "Cần Thơ", "year", "2021-12-31", 16.9),
            ("e_result_rate", "Cần Thơ", "year", "2022-12-31", 64.0),
            ("fixed_broadband_subscriptions_per_100", "Cần Thơ", "as_of", "2022-12-31", 24.6),
        ],
    ),
    # Half-year: satisfaction, adults using DVCTT "trên địa bàn tỉnh" with the national figure
    # after "mức chung của cả nước", adults with a payment account; the video-conference
    # connection points (9 districts, 173 communes) are distractors.
    (
        "Yên Bái sơ kết 6 tháng đầu năm 2023 công tác chuyển đổi số\n"
        "Theo báo cáo của UBND tỉnh, trong 6 tháng đầu năm, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 97,8%.\n"
        "Tỷ lệ dân số trưởng thành trên địa bàn tỉnh sử dụng DVCTT khoảng 39%, nhỉnh hơn mức chung của cả nước (38,4%).\n"
        "Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 78,2%.\n"
        "Hội nghị sơ kết được tổ chức trực tuyến tới 9 điểm cầu cấp huyện và 173 điểm cầu cấp xã.\n",
        "2023-07-18",
        [
            ("satisfaction_rate", "Yên Bái", "half", "2023-06-30", 97.8),
            ("adult_population_using_dvctt_rate", "Yên Bái", "half", "2023-06-30", 39.0),
            ("adult_population_using_dvctt_rate", "national", "half", "2023-06-30", 38.4),
            ("adults_with_bank_account_rate", "Yên Bái", "as_of", "2023-06-30", 78.2),
        ],
    ),
    # NEGATIVE: no published date and no date in the text: "Hiện nay", "Đến nay" levels
    # (including 5G stations after "trong đó") cannot be dated; "đến năm 2025" is a target.
    (
        "Sơn La đẩy mạnh phát triển hạ tầng số\n"
        "Hiện nay, toàn tỉnh có 2.145 trạm BTS, trong đó có 37 trạm 5G; 100% xã có cáp quang đến trung tâm.\n"
        "Đến nay, tỷ lệ hộ gia đình có Internet cáp quang trên địa bàn đạt 58%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 79%.\n"
        "Tỉnh đặt mục tiêu đến năm 2025 có 80% hộ gia đình có cáp quang, phủ sóng 5G tới 100% trung tâm huyện.\n"
        "Sở Thông tin và Truyền thông đã phối hợp với các nhà mạng tổ chức 12 hội nghị kết nối cung cầu.\n",
        None,
        [],
    ),
    # Year 2024 from the ministry's ranking: one sentence carries the province, the
    # "khối địa phương" average and the national average in parentheses; full-process provision
    # over eligible procedures said with "đối với 100% TTHC đủ điều kiện"; online-payment share
    # of dossiers and payment points have no id.
    (
        "Khánh Hòa: hồ sơ trực tuyến toàn trình năm 2024 vượt mức bình quân\n"
        "Theo số liệu trên Cổng Dịch vụ công quốc gia, năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 46,2%, cao hơn mức trung bình của khối địa phương (39,5%) và của cả nước (43,1%).\n"
        "Tỉnh đã cung cấp DVCTT toàn trình đối với 100% TTHC đủ điều kiện.\n"
        "Tỷ lệ hồ sơ thanh toán trực tuyến đạt 41,5%; toàn tỉnh có 138 điểm chấp nhận thanh toán không dùng tiền mặt tại bệnh viện, trường học.\n"
        "Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.\n",
        "2025-01-08",
        [
            ("online_dossier_full_process_rate", "Khánh Hòa", "year", "2024-12-31", 46.2),
            ("online_dossier_full_process_rate", "localities", "year", "2024-12-31", 39.5),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 43.1),
            ("full_process_provision_rate", "Khánh Hòa", "as_of", "2024-12-31", 100.0),
        ],
    ),
    # The provincial tax department's running total of e-invoices since July 2022 (kept) with
    # a "trong đó" part, counts of firms and cash-register invoices (no id), the province's
    # Mobile Money customers at year end with a rural share (part, not kept).
    (
        "Quảng Nam tổng kết năm 2023: hóa đơn điện tử và thanh toán số phủ rộng\n"
        "Theo Cục Thuế tỉnh, từ khi triển khai hóa đơn điện tử (tháng 7/2022) đến ngày 31/12/2023, toàn tỉnh đã tiếp nhận, xử lý 86,4 triệu hóa đơn điện tử, trong đó 58,1 triệu hóa đơn có mã của cơ quan thuế.\n"
        "Có 11.230 doanh nghiệp và 2.870 hộ kinh doanh sử dụng hóa đơn điện tử; riêng hóa đơn khởi tạo từ máy tính tiền là 2,1 triệu hóa đơn.\n"
        "Ngân hàng Nhà nước chi nhánh tỉnh cho biết, đến cuối năm 2023 dịch vụ Mobile Money trên địa bàn có 152.000 khách hàng, trong đó 68% ở khu vực nông thôn, miền núi.\n"
        "Năm 2024, ngành thuế đặt mục tiêu 100% cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán.\n",
        "2024-01-25",
        [
            ("e_invoices_total", "Quảng Nam", "as_of", "2023-12-31", 86400000),
            ("mobile_money_customers", "Quảng Nam", "as_of", "2023-12-31", 152000),
        ],
    ),
    # Speeds in a year review: download kept, upload and the province's speed rank not;
    # mobile download vs national average; an estimated Internet-user share; a 2023 target.
    (
        "Bắc Ninh: tốc độ Internet năm 2022 thuộc nhóm cao nhất cả nước\n"
        "Theo báo cáo tổng kết năm 2022 của Sở Thông tin và Truyền thông, tốc độ tải xuống trung bình băng rộng cố định trên địa bàn tỉnh đạt 92,4 Mbps, tốc độ tải lên 88,1 Mbps, xếp thứ 4/63 tỉnh, thành.\n"
        "Tốc độ tải xuống băng rộng di động đạt 41,6 Mbps, cao hơn mức trung bình cả nước (38,2 Mbps).\n"
        "Tỷ lệ người sử dụng Internet ước đạt 82%.\n"
        "Trong năm, tỉnh tổ chức 2 hội thảo về thành phố thông minh; năm 2023 phấn đấu tốc độ BRCĐ đạt trên 100 Mbps.\n",
        "2023-01-16",
        [
            ("fixed_broadband_speed", "Bắc Ninh", "year", "2022-12-31", 92.4),
            ("mobile_broadband_speed", "Bắc Ninh", "year", "2022-12-31", 41.6),
            ("mobile_broadband_speed", "national", "year", "2022-12-31", 38.2),
            ("internet_users_rate", "Bắc Ninh", "as_of", "2022-12-31", 82.0),
        ],
    ),
    # Half-year with a quarter inside it: the half's rates, "Riêng quý II/2024" and the first
    # quarter's figure in parentheses ("quý I" with the year carried from context);
    # digitisation rate (no id), meetings and inspections.
    (
        "Lạng Sơn: kết quả chuyển đổi số 6 tháng đầu năm 2024\n"
        "Báo cáo sơ kết của Ban Chỉ đạo chuyển đổi số tỉnh cho thấy, 6 tháng đầu năm tỷ lệ DVCTT có phát sinh hồ sơ đạt 68,9%; tỷ lệ hồ sơ xử lý trực tuyến đạt 55,3%.\n"
        "Riêng quý II/2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 59,1%, cao hơn quý I (51,2%).\n"
        "Tỷ lệ hồ sơ có kết quả điện tử đạt 92%, tỷ lệ số hóa hồ sơ đạt 76,4%.\n"
        "Ban Chỉ đạo đã tổ chức 2 phiên họp, kiểm tra 14 cơ quan, đơn vị.\n",
        "2024-07-11",
        [
            ("dvctt_with_dossiers_rate", "Lạng Sơn", "half", "2024-06-30", 68.9),
            ("online_dossier_rate", "Lạng Sơn", "half", "2024-06-30", 55.3),
            ("online_dossier_rate", "Lạng Sơn", "quarter", "2024-06-30", 59.1),
            ("online_dossier_rate", "Lạng Sơn", "quarter", "2024-03-31", 51.2),
            ("e_result_rate", "Lạng Sơn", "half", "2024-06-30", 92.0),
        ],
    ),
    # "cung cấp x/y TTHC dưới dạng dịch vụ công trực tuyến, đạt z%" at year end; a count of
    # full-process procedures without a share (nothing to store); "một trong 46 địa phương"
    # is the national count of provinces with a fee resolution; app downloads have no id.
    (
        "Thừa Thiên Huế tổng kết năm 2023 về cải cách hành chính và chuyển đổi số\n"
        "Năm 2023, tỉnh cung cấp 1.784/1.830 TTHC dưới dạng dịch vụ công trực tuyến, đạt 97,5%; trong đó 1.106 thủ tục được cung cấp toàn trình.\n"
        "Tỉnh là một trong 46 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT.\n"
        "Ứng dụng Hue-S có hơn 1,2 triệu lượt tải; mỗi tháng khoảng 3.400 phản ánh hiện trường được xử lý.\n"
        "Năm 2024, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình.\n",
        "2024-01-09",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "as_of", "2023-12-31", 97.5),
            ("localities_fee_reduction", "national", "as_of", "2023-12-31", 46),
        ],
    ),
    # NEGATIVE: a year-end workshop where only operators (Viettel, VNPT) and foreign experts
    # give figures (4G coverage, an operator's speed and subscribers, Singapore's and Korea's
    # shares), plus attendance counts.
    (
        "Kiên Giang học hỏi kinh nghiệm chuyển đổi số\n"
        "Tại hội thảo tổng kết năm 2023 về chuyển đổi số do UBND tỉnh Kiên Giang tổ chức, đại diện Viettel Kiên Giang cho biết mạng lưới của đơn vị đã phủ sóng 4G tới 99,8% dân số, tốc độ tải xuống đạt 52 Mbps.\n"
        "VNPT Kiên Giang cho biết đã có 186.000 thuê bao cáp quang, chiếm 48% thị phần.\n"
        "Chuyên gia đến từ Singapore chia sẻ, kinh tế số nước này chiếm khoảng 17% GDP; Hàn Quốc có tỷ lệ hồ sơ trực tuyến trên 90%.\n"
        "Hội thảo thu hút 350 đại biểu với 12 tham luận.\n",
        "2024-03-05",
        [],
    ),
    # Provincial payments through the National Portal's payment platform in a year (flows go
    # on the _new twins, billion VND), "tăng 2,3 lần", the provincial portal's dossier count
    # (no id) with its share (online_dossier_rate), districts above 50% (not kept).
    (
        "Phú Thọ: thanh toán trực tuyến phí, lệ phí tăng mạnh trong năm 2024\n"
        "Năm 2024, qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia, tỉnh có 98.500 giao dịch thanh toán trực tuyến với tổng số tiền 61,2 tỷ đồng, tăng 2,3 lần so với năm 2023.\n"
        "Cổng Dịch vụ công của tỉnh tiếp nhận 412.600 hồ sơ trực tuyến, chiếm 63,8% tổng số hồ sơ TTHC của toàn tỉnh.\n"
        "Tỷ lệ hồ sơ TTHC được số hóa đạt 88%; 12/13 huyện, thành, thị có tỷ lệ hồ sơ trực tuyến trên 50%.\n"
        "Năm 2025, tỉnh phấn đấu 50% hồ sơ có phát sinh phí được thanh toán trực tuyến.\n",
        "2025-01-14",
        [
            ("online_payments_count_new", "Phú Thọ", "year", "2024-12-31", 98500),
            ("online_payments_value_new", "Phú Thọ", "year", "2024-12-31", 61.2),
            ("online_dossier_rate", "Phú Thọ", "year", "2024-12-31", 63.8),
        ],
    ),
    # Half-year 2025 around the two-tier reform: procedures offered full-process ("là"),
    # dossiers full-process with "trong khi bình quân cả nước là", e-results with "(cả nước: …)";
    # former districts' figures, the new communes and training counts are distractors.
    (
        "Cao Bằng: 6 tháng đầu năm 2025, nhiều chỉ tiêu chuyển đổi số vượt bình quân cả nước\n"
        "Báo cáo sơ kết 6 tháng đầu năm 2025 của UBND tỉnh cho biết: tỷ lệ TTHC cung cấp dưới dạng DVCTT toàn trình là 62,5%; tỷ lệ hồ sơ trực tuyến toàn trình ở mức 51,7%, trong khi bình quân cả nước là 47,3%.\n"
        "Tỷ lệ cấp kết quả điện tử đạt 95,4% (cả nước: 92,1%).\n"
        "Trong số các đơn vị cấp huyện trước sắp xếp, Hòa An và Trùng Khánh dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình trên 60%.\n"
        "Từ ngày 1/7/2025, tỉnh vận hành chính quyền địa phương hai cấp với 56 xã, phường; đã tổ chức 4 hội nghị tập huấn cho 1.600 cán bộ cấp xã.\n",
        "2025-07-10",
        [
            ("dvctt_full_process_rate", "Cao Bằng", "as_of", "2025-06-30", 62.5),
            ("online_dossier_full_process_rate", "Cao Bằng", "half", "2025-06-30", 51.7),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 47.3),
            ("e_result_rate", "Cao Bằng", "half", "2025-06-30", 95.4),
            ("e_result_rate", "national", "half", "2025-06-30", 92.1),
        ],
    ),
    # Subscriptions at year end: mobile and fixed broadband counts, smartphone count in
    # "triệu", densities written "thuê bao/100 dân"; a growth rate and the FTTH share of fixed
    # subscriptions (a "trong đó" part, not households) and permits are distractors.
    (
        "Vĩnh Phúc: năm 2023 hạ tầng viễn thông tiếp tục được nâng cấp\n"
        "Năm 2023, toàn tỉnh có 1.284.000 thuê bao băng rộng di động và 312.500 thuê bao băng rộng cố định; số thuê bao sử dụng điện thoại thông minh là 1,08 triệu.\n"
        "Mật độ thuê bao băng rộng di động đạt 103,6 thuê bao/100 dân, thuê bao băng rộng cố định đạt 25,1 thuê bao/100 dân.\n"
        "So với năm 2022, số thuê bao băng rộng cố định tăng 8,4%; trong đó thuê bao cáp quang FTTH chiếm 99,6%.\n"
        "Sở đã cấp 45 giấy phép xây dựng trạm BTS trong năm.\n",
        "2024-01-22",
        [
            ("mobile_broadband_subscriptions", "Vĩnh Phúc", "as_of", "2023-12-31", 1284000),
            ("fixed_broadband_subscriptions", "Vĩnh Phúc", "as_of", "2023-12-31", 312500),
            ("smartphone_subscriptions", "Vĩnh Phúc", "as_of", "2023-12-31", 1080000),
            ("mobile_broadband_subscriptions_per_100", "Vĩnh Phúc", "as_of", "2023-12-31", 103.6),
            ("fixed_broadband_subscriptions_per_100", "Vĩnh Phúc", "as_of", "2023-12-31", 25.1),
        ],
    ),
    # Project 06 at year end: activated e-ID accounts with a level-2 part (not kept), chip
    # cards "Lũy kế", dossiers tied to personal ID, the national 53/53 essential services;
    # communes collecting fees cashless (no id) and a 100% target.
    (
        "Long An tổng kết năm 2024 thực hiện Đề án 06\n"
        "Theo Công an tỉnh, tính đến ngày 31/12/2024, toàn tỉnh đã kích hoạt 1.152.870 tài khoản định danh điện tử, trong đó 1.098.400 tài khoản mức độ 2.\n"
        "Lũy kế, Công an tỉnh đã cấp 1.504.230 thẻ căn cước/CCCD gắn chip cho công dân.\n"
        "Năm 2024, tỷ lệ hồ sơ TTHC trên địa bàn được gắn với số định danh cá nhân đạt 98,1%; 188/188 xã, phường, thị trấn đã thu phí không dùng tiền mặt.\n"
        "Trên phạm vi cả nước, đến hết năm 2024 đã có 53/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình.\n"
        "Năm 2025, tỉnh phấn đấu 100% hồ sơ TTHC được gắn định danh cá nhân.\n",
        "2025-01-06",
        [
            ("vneid_activated_accounts", "Long An", "as_of", "2024-12-31", 1152870),
            ("chip_id_cards_issued", "Long An", "as_of", "2024-12-31", 1504230),
            ("dossiers_with_personal_id_rate", "Long An", "year", "2024-12-31", 98.1),
            ("essential_services_full_process", "national", "as_of", "2024-12-31", 53),
        ],
    ),
    # NEGATIVE: half-year review whose only rates belong to districts and a town, the
    # province's figures are changes ("tăng 11,3 điểm", "tăng thêm 96.200 tài khoản"), then
    # plans, decisions, classes and a target.
    (
        "Hưng Yên: sơ kết 6 tháng đầu năm 2024 về chuyển đổi số\n"
        "6 tháng đầu năm, trên địa bàn tỉnh, huyện Văn Lâm dẫn đầu với tỷ lệ hồ sơ trực tuyến 74,2%, tiếp đến là thị xã Mỹ Hào (70,5%) và huyện Yên Mỹ (66,8%); thấp nhất là huyện Phù Cừ (41,9%).\n"
        "Tỷ lệ hồ sơ trực tuyến toàn tỉnh tăng 11,3 điểm phần trăm so với cùng kỳ; số tài khoản VNeID được kích hoạt tăng thêm 96.200 tài khoản.\n"
        "UBND tỉnh đã ban hành 21 kế hoạch, 9 quyết định; tổ chức 36 lớp tập huấn cho 2.800 lượt cán bộ, công chức.\n"
        "6 tháng cuối năm, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình.\n",
        "2024-07-16",
        [],
    ),
    # Year 2022 dossiers: counts with shares ("hồ sơ nộp trực tuyến là … hồ sơ, chiếm 53,2%",
    # "hồ sơ trực tuyến toàn trình là … hồ sơ, chiếm 18,2% tổng số hồ sơ"); on-time rate has no id.
    (
        "Tây Ninh: năm 2022, hơn một nửa hồ sơ TTHC được nộp trực tuyến\n"
        "Báo cáo tổng kết năm 2022 của Sở Thông tin và Truyền thông cho biết, toàn tỉnh tiếp nhận 356.120 hồ sơ TTHC, trong đó hồ sơ nộp trực tuyến là 189.470 hồ sơ, chiếm 53,2%.\n"
        "Trong số hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình là 64.822 hồ sơ, chiếm 18,2% tổng số hồ sơ.\n"
        "Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,2%.\n"
        "Năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%.\n",
        "2023-01-13",
        [
            ("online_dossier_rate", "Tây Ninh", "year", "2022-12-31", 53.2),
            ("online_dossier_full_process_rate", "Tây Ninh", "year", "2022-12-31", 18.2),
        ],
    ),
    # Fibre households as a count "đạt 61,5% tổng số hộ" with the national figure, dead-zone
    # villages "312/348 …, đạt 89,7%", villages still without a signal ("Hiện … còn", year end).
    (
        "Sơn La: năm 2024, hạ tầng số vươn tới bản vùng cao\n"
        "Theo báo cáo tổng kết năm 2024 của UBND tỉnh, đến hết năm toàn tỉnh có 185.400 hộ gia đình sử dụng Internet cáp quang, đạt 61,5% tổng số hộ (cả nước khoảng 82%).\n"
        "Các doanh nghiệp viễn thông đã phủ sóng 312/348 bản lõm sóng có điện lưới, đạt 89,7%.\n"
        "Hiện toàn tỉnh còn 94 bản chưa có sóng di động, phần lớn do chưa có điện lưới quốc gia.\n"
        "Năm 2025, tỉnh phấn đấu 80% hộ gia đình có cáp quang.\n",
        "2025-01-20",
        [
            ("ftth_household_rate", "Sơn La", "as_of", "2024-12-31", 61.5),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.0),
            ("dead_zone_villages_covered_rate", "Sơn La", "as_of", "2024-12-31", 89.7),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-12-31", 94),
        ],
    ),
    # Security and data sharing in a year: blocked attacks and scans are not incidents (not
    # kept), "78/82 hệ thống …, đạt 95,1%", the province's NDXP transactions next to LGSP
    # links, the national count of agencies on NDXP at 31/12; a drill as distractor.
    (
        "Bình Định: năm 2023 không để xảy ra sự cố mất an toàn thông tin nghiêm trọng\n"
        "Năm 2023, Trung tâm Giám sát an toàn thông tin của tỉnh đã phát hiện, cảnh báo và ngăn chặn hơn 2.300 lượt tấn công, dò quét vào hệ thống thông tin của tỉnh; 78/82 hệ thống thông tin đã được phê duyệt hồ sơ cấp độ, đạt 95,1%.\n"
        "Nền tảng LGSP của tỉnh đã kết nối, liên thông với NDXP và 16 hệ thống, CSDL chuyên ngành; trong năm có 2,46 triệu giao dịch của tỉnh qua NDXP.\n"
        "Theo Bộ Thông tin và Truyền thông, tính đến ngày 31/12/2023 cả nước có 105 cơ quan, đơn vị kết nối với NDXP.\n"
        "Tỉnh đã tổ chức 1 cuộc diễn tập an toàn thông tin với 120 người tham dự.\n",
        "2024-01-26",
        [
            ("info_systems_level_approved_rate", "Bình Định", "as_of", "2023-12-31", 95.1),
            ("ndxp_transactions_period", "Bình Định", "year", "2023-12-31", 2460000),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 105),
        ],
    ),
    # Half-year: the provincial portal's dossier count (no id) with its share, accounts on the
    # province's own system (not the National Portal), eligible procedures full-process;
    # the National Portal's account stock at 30/6 and the half's new accounts ("riêng … có thêm").
    (
        "Quảng Trị sơ kết công tác cải cách hành chính, chuyển đổi số 6 tháng đầu năm 2024\n"
        "Trong 6 tháng đầu năm, Cổng Dịch vụ công của tỉnh tiếp nhận 98.740 hồ sơ trực tuyến, đạt tỷ lệ 59,4% tổng số hồ sơ TTHC; 48.300 người dân, doanh nghiệp đã đăng ký tài khoản trên Hệ thống thông tin giải quyết TTHC của tỉnh.\n"
        "Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình đạt 98,6%.\n"
        "Theo Văn phòng Chính phủ, tính đến ngày 30/6/2024, Cổng Dịch vụ công quốc gia có 14,2 triệu tài khoản đăng ký; riêng 6 tháng đầu năm có thêm 1,9 triệu tài khoản.\n"
        "Tỉnh đã tổ chức 6 đợt kiểm tra cải cách hành chính tại 18 cơ quan, đơn vị.\n",
        "2024-07-08",
        [
            ("online_dossier_rate", "Quảng Trị", "half", "2024-06-30", 59.4),
            ("full_process_provision_rate", "Quảng Trị", "as_of", "2024-06-30", 98.6),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 14200000),
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 1900000),
        ],
    ),
    # Year 2025 review published in January 2026: province's 5G stations and coverage, dossier
    # and e-result rates for the year, the country's 5G figures "đến hết năm 2025" from the
    # merged ministry; 2026 targets and "Bình dân học vụ số" classes are distractors.
    (
        "Điện Biên tổng kết năm 2025: chuyển đổi số gắn với chính quyền địa phương hai cấp\n"
        "Năm 2025, toàn tỉnh có 146 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 41,3%; 100% xã, phường có cáp quang.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình cả năm đạt 52,6%, tỷ lệ hồ sơ được cấp kết quả điện tử 98,2%.\n"
        "Theo Bộ Khoa học và Công nghệ, đến hết năm 2025 cả nước có hơn 20.000 trạm BTS 5G, vùng phủ sóng 5G đạt 91% dân số.\n"
        "Năm 2026, tỉnh phấn đấu phủ sóng 5G tới 70% dân số, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.\n"
        'Trong năm, tỉnh đã mở 210 lớp "Bình dân học vụ số" cho hơn 15.000 lượt người.\n',
        "2026-01-12",
        [
            ("fiveg_bts_count", "Điện Biên", "as_of", "2025-12-31", 146),
            ("fiveg_population_coverage_rate", "Điện Biên", "as_of", "2025-12-31", 41.3),
            ("online_dossier_full_process_rate", "Điện Biên", "year", "2025-12-31", 52.6),
            ("e_result_rate", "Điện Biên", "year", "2025-12-31", 98.2),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 20000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
        ],
    ),
    # Share of GRDP with the change in points (not kept) and last year's value in parentheses
    # (kept, 2022); e-commerce stalls, e-tax share, community teams and 2025/2030 targets.
    (
        "Bến Tre: kinh tế số từng bước khẳng định vai trò\n"
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 8,6%, tăng 1,2 điểm phần trăm so với năm 2022 (7,4%).\n"
        "Thương mại điện tử tiếp tục phát triển với 1.850 gian hàng của doanh nghiệp, hợp tác xã trên các sàn; 96% doanh nghiệp nộp thuế điện tử.\n"
        "Toàn tỉnh có 1.620 tổ công nghệ số cộng đồng với 9.540 thành viên.\n"
        "Mục tiêu đến năm 2025 kinh tế số chiếm 10% GRDP, đến năm 2030 chiếm 20%.\n",
        "2024-02-20",
        [
            ("digital_economy_gdp_share", "Bến Tre", "year", "2023-12-31", 8.6),
            ("digital_economy_gdp_share", "Bến Tre", "year", "2022-12-31", 7.4),
        ],
    ),
    # Half-year review with a 20/6 cut-off: DVCTT count "chiếm … tổng số TTHC", services with
    # dossiers, dossiers filed online since January with the commune level's part (not kept),
    # satisfaction over the six months; a 100% network-connection figure has no id.
    (
        "Lai Châu: chuyển đổi số 6 tháng đầu năm 2023 có chuyển biến\n"
        "Tính đến ngày 20/6/2023, toàn tỉnh cung cấp 1.618 dịch vụ công trực tuyến, chiếm 89,4% tổng số TTHC; tỷ lệ DVCTT có phát sinh hồ sơ đạt 52,8%.\n"
        "Từ đầu năm, hồ sơ tiếp nhận trực tuyến trên địa bàn chiếm 46,1% tổng số hồ sơ, trong đó cấp xã đạt 38,5%.\n"
        "Trong 6 tháng, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 98,5%.\n"
        "Sở Thông tin và Truyền thông đã tổ chức 14 lớp tập huấn; 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.\n",
        "2023-07-14",
        [
            ("dvctt_rate", "Lai Châu", "as_of", "2023-06-20", 89.4),
            ("dvctt_with_dossiers_rate", "Lai Châu", "as_of", "2023-06-20", 52.8),
            ("online_dossier_rate", "Lai Châu", "ytd", "2023-06-20", 46.1),
            ("satisfaction_rate", "Lai Châu", "half", "2023-06-30", 98.5),
        ],
    ),
    # A year-end estimate read at the People's Council before the year closes ("ước cả năm
    # 2023", published 25/12): dossier rate and GRDP share, smartphone share; the provincial
    # capital's 82% and the 2024 target are not values.
    (
        "Bình Dương báo cáo ước thực hiện chuyển đổi số năm 2023\n"
        "Tại kỳ họp cuối năm của HĐND tỉnh, UBND tỉnh báo cáo ước cả năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt 68%, kinh tế số đóng góp khoảng 13,5% GRDP.\n"
        "Tỷ lệ thuê bao di động là thuê bao điện thoại thông minh đạt 91,5%; 100% khu công nghiệp có hạ tầng cáp quang.\n"
        "Trong số 9 huyện, thị xã, thành phố, TP Thủ Dầu Một có tỷ lệ hồ sơ trực tuyến cao nhất (82%).\n"
        "Năm 2024, tỉnh đặt mục tiêu kinh tế số chiếm 15% GRDP.\n",
        "2023-12-25",
        [
            ("online_dossier_rate", "Bình Dương", "year", "2023-12-31", 68.0),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 13.5),
            ("smartphone_subscriber_rate", "Bình Dương", "as_of", "2023-12-31", 91.5),
        ],
    ),
    # Year 2022: full-process services' share of all procedures with the "khối địa phương"
    # rate in parentheses, data reuse, satisfaction; "gần 2,4 nghìn doanh nghiệp" and
    # "12,9 nghìn tỷ đồng" ICT revenue have no id; a 2023 target.
    (
        "Nhìn lại một năm chuyển đổi số: nhiều chỉ tiêu vượt mức chung\n"
        "Năm 2022, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh Hải Dương đạt 47,8% tổng số TTHC, cao hơn tỷ lệ chung của khối địa phương (38,9%).\n"
        "Tỷ lệ hồ sơ được khai thác, sử dụng lại dữ liệu đã số hóa đạt 22,4%; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 95,6%.\n"
        "Trên địa bàn có gần 2,4 nghìn doanh nghiệp công nghệ số; doanh thu công nghiệp ICT đạt 12,9 nghìn tỷ đồng.\n"
        "Năm 2023, tỉnh phấn đấu 60% DVCTT được cung cấp toàn trình.\n",
        "2023-01-31",
        [
            ("dvctt_full_process_rate", "Hải Dương", "as_of", "2022-12-31", 47.8),
            ("dvctt_full_process_rate", "localities", "as_of", "2022-12-31", 38.9),
            ("data_reuse_rate", "Hải Dương", "year", "2022-12-31", 22.4),
            ("satisfaction_rate", "Hải Dương", "year", "2022-12-31", 95.6),
        ],
    ),
]
