"""Genre cases: figures listed on one line with bare labels ("Hồ sơ trực tuyến 68,4% | DVCTT
toàn trình 61,2%"), a level or the country naming a line ("Toàn quốc: …"), a heading whose note
in brackets dates the lines under it, a province named again as "Thành phố cũng …", and a
same-time-last-year figure in brackets after "Con số này …", a share named by the words after it
("97,3% kết quả giải quyết TTHC được trả dưới dạng điện tử"), and a lead about a province's
infrastructure ("hạ tầng số của tỉnh …") making the page that province's; a previous month or
quarter end in brackets after "cao hơn tháng trước (" or "so với cuối quý trước ("; a share said
"tương đương N% tổng số …"; dossiers "của người dân, doanh nghiệp"; and a survey's edition year
before "do … công bố ngày …"; a table saved from a PDF with its columns set apart by spaces; and a
report's month in its title dating "trong tháng:" and the levels under it; a sentence opening on
the place where a national body speaks ("Tại Hà Nội ngày …, Cục … cho biết"); "Trong cùng khoảng
thời gian"; "tỉnh này" naming back the province; a lead on "tỷ lệ … của thành phố X"; counts of
persons ("nhân khẩu") that no account count is; and "của các cơ quan nhà nước thành phố" read past.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # a list on one line: each item names its rate without "tỷ lệ"; the level opens the line
        "KẾT QUẢ DỊCH VỤ CÔNG TRỰC TUYẾN (số liệu tháng 8/2025)\n"
        "Khối địa phương: DVCTT toàn trình 61,2% | Hồ sơ trực tuyến 68,4%\n"
        "Toàn quốc: Hồ sơ trực tuyến 70,1%",
        "2025-09-08",
        [
            ("dvctt_full_process_rate", "localities", "as_of", "2025-08-31", 61.2),
            ("online_dossier_rate", "localities", "month", "2025-08-31", 68.4),
            ("online_dossier_rate", "national", "month", "2025-08-31", 70.1),
        ],
    ),
    (
        # "Toàn quốc:" after a level's line is the country's figure, not the level's
        "Tháng 7/2025, khối bộ, ngành: tỷ lệ hồ sơ trực tuyến đạt 74,3%.\n"
        "Toàn quốc: tỷ lệ hồ sơ trực tuyến đạt 66,8%.",
        "2025-08-06",
        [
            ("online_dossier_rate", "ministries", "month", "2025-07-31", 74.3),
            ("online_dossier_rate", "national", "month", "2025-07-31", 66.8),
        ],
    ),
    (
        # a bare label followed by a change is no rate
        "Tháng 6/2025, hồ sơ trực tuyến tăng 9,5% so với tháng trước.",
        "2025-07-05",
        [],
    ),
    (
        # a label and its figure in two cells of a bar-separated line stay together
        "Kết quả quý II/2025 của tỉnh Hà Tĩnh\nTỷ lệ hồ sơ trực tuyến toàn trình | 39,7%",
        "2025-07-10",
        [("online_dossier_full_process_rate", "Hà Tĩnh", "quarter", "2025-06-30", 39.7)],
    ),
    (
        # "Thành phố cũng đã …" names again the city the sentence before spoke of
        "Năm 2024, Sở Khoa học và Công nghệ Thành phố Cần Thơ đã ghi nhận 128 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin của thành phố.\n"
        "Thành phố cũng đã phê duyệt cấp độ an toàn cho 91,7% hệ thống thông tin.",
        "2025-01-20",
        [
            ("cyberattacks", "Cần Thơ", "year", "2024-12-31", 128),
            ("info_systems_level_approved_rate", "Cần Thơ", "as_of", "2025-01-20", 91.7),
        ],
    ),
    (
        # "Con số này … so với cùng kỳ năm ngoái (N)": the same quarter a year earlier
        "Trong quý II/2025, các hệ thống kỹ thuật đã ghi nhận 1.312 cuộc tấn công mạng gây sự cố "
        "vào các hệ thống thông tin tại Việt Nam.\n"
        "Con số này giảm 21,4% so với cùng kỳ năm ngoái (1.669 cuộc).",
        "2025-07-12",
        [
            ("cyberattacks", "national", "quarter", "2025-06-30", 1312),
            ("cyberattacks", "national", "quarter", "2024-06-30", 1669),
        ],
    ),
    (
        # the words after the share name it: results issued electronically, dossiers full-process
        "Năm 2024, toàn quốc tiếp nhận hơn 152 triệu hồ sơ, trong đó 45,1% được tiếp nhận trực "
        "tuyến và 24,8% là hồ sơ trực tuyến toàn trình; 97,3% kết quả giải quyết TTHC được trả "
        "dưới dạng điện tử.",
        "2025-01-16",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.1),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 24.8),
            ("e_result_rate", "national", "year", "2024-12-31", 97.3),
        ],
    ),
    (
        # every full-process service offered on the province's system: no share of procedures
        "Đến nay, 100% dịch vụ công trực tuyến toàn trình đã được cung cấp trên Hệ thống thông tin "
        "giải quyết thủ tục hành chính của tỉnh.",
        "2024-10-02",
        [],
    ),
    (
        # a lead on a province's digital infrastructure: the next paragraph's figure is its own
        "Năm 2024, hạ tầng số của tỉnh Hải Dương tiếp tục được nâng cấp: 97,2% hộ gia đình có kết "
        "nối cáp quang.\n\n"
        "Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến đạt 81,6%.",
        "2025-01-10",
        [
            ("ftth_household_rate", "Hải Dương", "year", "2024-12-31", 97.2),
            ("online_dossier_rate", "Hải Dương", "as_of", "2025-01-10", 81.6),
        ],
    ),
    (
        # the month before, its figure in brackets after "cao hơn tháng trước"
        "Trong tháng 8/2025, Nền tảng NDXP ghi nhận 104,6 triệu giao dịch, cao hơn tháng trước "
        "(99,3 triệu giao dịch).",
        "2025-09-09",
        [
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 104600000),
            ("ndxp_transactions_period", "national", "month", "2025-07-31", 99300000),
        ],
    ),
    (
        # the quarter's end before, not the quarter the document is written after
        "Số địa chỉ IP thuộc mạng botnet vào cuối quý II/2025 là 402.100, giảm 4% so với cuối quý "
        "trước (418.900 địa chỉ).",
        "2025-07-20",
        [
            ("botnet_ips", "national", "quarter", "2025-06-30", 402100),
            ("botnet_ips", "national", "quarter", "2025-03-31", 418900),
        ],
    ),
    (
        # "tương đương N% tổng số thuê bao" says the count's share
        "Tính đến hết tháng 4/2025, số thuê bao sử dụng điện thoại thông minh là 84,2 triệu, tương "
        "đương 85,1% tổng số thuê bao điện thoại di động.",
        "2025-05-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-04-30", 84200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-04-30", 85.1),
        ],
    ),
    (
        # whose dossiers they are does not part the label from what they are
        "Năm 2024, 88% hồ sơ của người dân, doanh nghiệp trên địa bàn tỉnh Quảng Trị được nộp trực "
        "tuyến.",
        "2025-01-14",
        [("online_dossier_rate", "Quảng Trị", "year", "2024-12-31", 88)],
    ),
    (
        # a survey of 2023 published in 2024: the figure is 2023's
        "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
        "(SIPAS) năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024 đạt 82,66%.",
        "2024-04-18",
        [("satisfaction_rate", "national", "year", "2023-12-31", 82.66)],
    ),
    (
        # columns kept apart by runs of spaces: the header's levels, the month in the caption
        "Bảng 2. Chỉ số phục vụ người dân, doanh nghiệp tháng 6/2025\n"
        "Chỉ tiêu                                    Khối bộ, ngành      Khối địa phương\n"
        "Tỷ lệ hồ sơ trực tuyến (%)                       64,10               50,32\n"
        "Tỷ lệ trả kết quả điện tử (%)                    92,05               95,87\n"
        "Nguồn: Cổng Dịch vụ công quốc gia",
        "2025-07-08",
        [
            ("online_dossier_rate", "ministries", "month", "2025-06-30", 64.1),
            ("online_dossier_rate", "localities", "month", "2025-06-30", 50.32),
            ("e_result_rate", "ministries", "month", "2025-06-30", 92.05),
            ("e_result_rate", "localities", "month", "2025-06-30", 95.87),
        ],
    ),
    (
        # a letterhead's one gap is no table
        "Số: 118/BC-STTTT                         Lạng Sơn, ngày 04 tháng 7 năm 2025\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Lạng Sơn trong tháng 6/2025 đạt 47,3%.",
        None,
        [("online_dossier_full_process_rate", "Lạng Sơn", "month", "2025-06-30", 47.3)],
    ),
    (
        # the report's month in its title: "trong tháng:" is that month, a level is at its end
        "(Trích Báo cáo tháng 6/2025 của Bộ Khoa học và Công nghệ)\n"
        "c) Cổng Dịch vụ công quốc gia\n"
        "- Số hồ sơ trực tuyến nộp qua Cổng trong tháng: 2.104.377 hồ sơ.\n"
        "- Tỷ lệ hộ gia đình có kết nối Internet cáp quang là 84,1%.",
        "2025-07-09",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-06-30", 2104377),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 84.1),
        ],
    ),
    (
        # the place where a national body speaks is not the figure's
        "Tại Đà Nẵng ngày 12/7/2025, Cục An toàn thông tin cho biết 6 tháng đầu năm 2025 đã ghi "
        "nhận 3.981 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.",
        "2025-07-13",
        [("cyberattacks", "national", "half", "2025-06-30", 3981)],
    ),
    (
        # "Trong cùng khoảng thời gian" is the span the sentence before stated
        "Lũy kế từ đầu năm 2025 đến ngày 30/6/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 11,2 "
        "triệu hồ sơ trực tuyến. Trong cùng khoảng thời gian, Cổng đã thực hiện 7,4 triệu giao "
        "dịch thanh toán trực tuyến.",
        "2025-07-04",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-06-30", 11200000),
            ("online_payments_count_new", "national", "ytd", "2025-06-30", 7400000),
        ],
    ),
    (
        # "tỉnh này" names back the province the text named last
        "Đến hết quý III/2025, tỷ lệ DVCTT toàn trình trên tổng số TTHC của cả nước đạt 57,9%. Địa "
        "phương có tỷ lệ cao nhất là Tây Ninh. Với 76,3% thủ tục hành chính được cung cấp dưới dạng "
        "dịch vụ công trực tuyến toàn trình, tỉnh này vượt xa mức bình quân.",
        "2025-10-08",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-30", 57.9),
            ("dvctt_full_process_rate", "Tây Ninh", "as_of", "2025-10-08", 76.3),
        ],
    ),
    (
        # a lead on a city's rates makes the lines under it the city's
        "Trong tháng 9/2025, tỷ lệ hồ sơ TTHC của thành phố Cần Thơ được gắn mã số định danh cá "
        "nhân đạt 98,7%.\n\nTỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 58,1%.",
        "2025-10-06",
        [
            ("dossiers_with_personal_id_rate", "Cần Thơ", "month", "2025-09-30", 98.7),
            ("online_dossier_full_process_rate", "Cần Thơ", "as_of", "2025-10-06", 58.1),
        ],
    ),
    (
        # persons whose data was cleaned are no accounts; whose systems they are is read past
        "Công an thành phố Hải Phòng cho biết, tính đến ngày 30/9/2025, số tài khoản định danh điện "
        "tử được kích hoạt lên tới 1,62 triệu tài khoản. Thành phố cũng đã làm sạch dữ liệu dân cư "
        "cho hơn 2,1 triệu nhân khẩu. Đến nay, 100% hệ thống thông tin của các cơ quan nhà nước "
        "thành phố đã được phê duyệt hồ sơ đề xuất cấp độ.",
        "2025-10-02",
        [
            ("vneid_activated_accounts", "Hải Phòng", "as_of", "2025-09-30", 1620000),
            ("info_systems_level_approved_rate", "Hải Phòng", "as_of", "2025-10-02", 100),
        ],
    ),
]
