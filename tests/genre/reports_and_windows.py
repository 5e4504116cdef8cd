"""Genre cases: whole reports. A table under a caption that gives its unit ("(đơn vị: %)") with a
row of bars ("| Chỉ tiêu | … |"); a running-total column ("Lũy kế từ năm 2019") read at the
table's date; a title naming the span the report reviews ("Kết quả chuyển đổi số quý II/2025")
or its window ("(Kỳ báo cáo: từ ngày 16/4/2025 đến ngày 15/5/2025)"), with "Trong kỳ" and a
heading "KẾT QUẢ TRONG KỲ" making counts that span's flows; a plan's "KẾ HOẠCH KỲ TỚI" holding
targets; a block as the subject of a count ("khối bộ, ngành phát sinh …"); "mỗi ngày 3.039.204"
(no day runs to five digits); a place's count in brackets not taken for a day's average; a running
total over years ("từ năm 2019 đến hết tháng 5/2025") as the cumulative level; "Tính riêng tháng 5
ghi nhận 1.034 cuộc"; a share "đóng góp 17% GRDP"; a growth series with each year after its
figure; a share of Internet users doing something (no users'
rate); "chiếm 88,7% số TTHC thuộc thẩm quyền"; and "khoảng 87,08% người trưởng thành … đã có tài
khoản".

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # the caption gives the unit; the header the levels; the title the quarter
        "BÁO CÁO\n"
        "Kết quả chuyển đổi số quý III/2025\n"
        "Bảng 2. Một số chỉ tiêu chính (đơn vị: %)\n"
        "| Chỉ tiêu | Khối bộ, ngành | Khối địa phương | Cả nước |\n"
        "| Tỷ lệ hồ sơ xử lý trực tuyến | 70,2 | 43,8 | 49,6 |\n"
        "| Tỷ lệ hồ sơ cấp kết quả điện tử | 81,4 | 69,0 | 72,3 |\n"
        "- Địa phương có tỷ lệ hồ sơ xử lý trực tuyến cao nhất là Bình Dương (90,1%).",
        "2025-10-08",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-09-30", 70.2),
            ("online_dossier_rate", "localities", "quarter", "2025-09-30", 43.8),
            ("online_dossier_rate", "national", "quarter", "2025-09-30", 49.6),
            ("e_result_rate", "ministries", "quarter", "2025-09-30", 81.4),
            ("e_result_rate", "localities", "quarter", "2025-09-30", 69.0),
            ("e_result_rate", "national", "quarter", "2025-09-30", 72.3),
            ("online_dossier_rate", "Bình Dương", "as_of", "2025-09-30", 90.1),
        ],
    ),
    (
        # a running total's column is read at the dated column's end, not in its first year
        "Bảng 1. Số liệu NDXP\n"
        "| Chỉ tiêu | Tháng 9/2025 | Lũy kế từ năm 2019 |\n"
        "| Số giao dịch | 118.204.513 | 4,45 tỷ |\n"
        "| Số điểm kết nối | - | 1.338 |",
        "2025-10-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-09-30", 118204513),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-09-30", 4450000000),
            ("ndxp_connection_points", "national", "as_of", "2025-09-30", 1338),
        ],
    ),
    (
        # the report's window dates what it counts "trong kỳ"; its plan holds targets
        "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA\n"
        "BÁO CÁO\n"
        "Tình hình triển khai chuyển đổi số tháng 9/2025\n"
        "(Kỳ báo cáo từ ngày 15/8/2025 đến ngày 14/9/2025)\n"
        "I. NỀN TẢNG TÍCH HỢP, CHIA SẺ DỮ LIỆU QUỐC GIA\n"
        "1. Trong kỳ báo cáo, NDXP đã xử lý 101.305.882 giao dịch; trung bình mỗi ngày 3.267.931 "
        "giao dịch.\n"
        "2. Phân theo khối: khối bộ, ngành phát sinh 61,4 triệu giao dịch; khối địa phương 39,9 "
        "triệu giao dịch.\n"
        "3. Địa phương có lưu lượng lớn nhất là Hà Nội (5,1 triệu giao dịch).\n"
        "II. AN TOÀN THÔNG TIN\n"
        "Trong kỳ, ghi nhận 1.046 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam.\n"
        "III. KẾ HOẠCH KỲ TỚI\n"
        "1. Duy trì trên 3 triệu giao dịch/ngày.",
        "2025-09-19",
        [
            ("ndxp_transactions_period", "national", "month", "2025-09-14", 101305882),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-09-14", 3267931),
            ("ndxp_transactions_period", "ministries", "month", "2025-09-14", 61400000),
            ("ndxp_transactions_period", "localities", "month", "2025-09-14", 39900000),
            ("ndxp_transactions_period", "Hà Nội", "month", "2025-09-14", 5100000),
            ("cyberattacks", "national", "month", "2025-09-14", 1046),
        ],
    ),
    (
        # a heading "KẾT QUẢ TRONG KỲ": its counts are the window's, the level stays a level
        "VĂN PHÒNG CHÍNH PHỦ\n"
        "BÁO CÁO THÁNG 9/2025\n"
        "Kết quả vận hành Cổng Dịch vụ công quốc gia\n"
        "(Kỳ báo cáo: từ ngày 16/8/2025 đến ngày 15/9/2025)\n"
        "I. KẾT QUẢ TRONG KỲ\n"
        "1. Tài khoản: có thêm 1.102.340 tài khoản đăng ký mới; tổng số tài khoản đến ngày "
        "15/9/2025 là 52.604.118.\n"
        "2. Hồ sơ: Cổng tiếp nhận 2.412.006 hồ sơ trực tuyến.",
        "2025-09-20",
        [
            ("national_portal_accounts_new", "national", "month", "2025-09-15", 1102340),
            ("national_portal_accounts", "national", "as_of", "2025-09-15", 52604118),
            ("national_portal_dossiers_new", "national", "month", "2025-09-15", 2412006),
        ],
    ),
    (
        # a running total over years is the cumulative level at the span's end
        "NDXP trong tháng 8/2025 ghi nhận 119,2 triệu giao dịch. Lũy kế từ năm 2019 đến hết tháng "
        "8/2025, tổng số giao dịch qua NDXP đạt 3,12 tỷ.",
        "2025-09-10",
        [
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 119200000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-08-31", 3120000000),
        ],
    ),
    (
        # "Tính riêng tháng …" goes on with the count of the sentence before, in the same noun
        "Lũy kế 8 tháng đầu năm 2025, hệ thống kỹ thuật đã ghi nhận 8.120 cuộc tấn công mạng gây sự "
        "cố vào các hệ thống thông tin tại Việt Nam. Tính riêng tháng 8/2025 ghi nhận 987 cuộc.",
        "2025-09-12",
        [
            ("cyberattacks", "national", "ytd", "2025-08-31", 8120),
            ("cyberattacks", "national", "month", "2025-08-31", 987),
        ],
    ),
    (
        # what the digital economy contributes to GRDP is its share
        "Năm 2023, kinh tế số của thành phố Đà Nẵng đã đóng góp 19,8% GRDP của thành phố.",
        "2024-03-02",
        [("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.8)],
    ),
    (
        # the ICT core's contribution is not the digital economy's share
        "Năm 2024, kinh tế số ICT có tỷ trọng đóng góp hơn 9% vào GDP.",
        "2025-03-02",
        [],
    ),
    (
        # a growth series, each year after its figure
        "Tốc độ phát triển kinh tế số của Việt Nam giữ vị trí hàng đầu khu vực với mức tăng trưởng: "
        "28% vào năm 2022, 19% năm 2023 và hơn 20% trong năm 2024.",
        "2025-03-15",
        [
            ("digital_economy_growth", "national", "year", "2022-12-31", 28),
            ("digital_economy_growth", "national", "year", "2023-12-31", 19),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    (
        # a share of the Internet's users who shop online is no users' rate
        "Theo Sách trắng Thương mại điện tử, khoảng 81% người dùng Internet đã tham gia mua sắm "
        "trực tuyến trong năm 2024.",
        "2025-06-05",
        [],
    ),
    (
        # "số TTHC thuộc thẩm quyền" is what the share is of, "tổng" or not
        "Năm 2024, tỉnh cung cấp 1.612 DVCTT, chiếm 89,4% số TTHC thuộc thẩm quyền.",
        "2025-01-12",
        [("dvctt_rate", "national", "year", "2024-12-31", 89.4)],
    ),
    (
        # a share that opens its clause after "khoảng", named by the words after it
        "Tính đến cuối tháng 9/2025, khoảng 88,3% người trưởng thành tại Việt Nam đã có tài khoản "
        "thanh toán tại ngân hàng.",
        "2025-10-20",
        [("adults_with_bank_account_rate", "national", "as_of", "2025-09-30", 88.3)],
    ),
]
