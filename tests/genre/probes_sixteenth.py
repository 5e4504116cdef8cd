"""Blind genre probes, round sixteen: periods and dates. Forty short Vietnamese texts in the
shapes the genre uses (ministry monthly reports, government notices with a printed header
date, press summaries, provincial portals, interviews) whose values are dated in many ways:
relative to the published date ("tháng trước", "năm ngoái", "quý vừa qua", "6 tháng đầu năm
nay", "hiện nay"), cumulative spans ("lũy kế từ đầu năm", "từ đầu năm đến nay", "9 tháng đầu
năm"), cut-offs ("tính đến hết quý III", "đến cuối năm 2024", "tính đến ngày 15/4/2025"),
explicit windows ("từ ngày 16/4 đến ngày 15/5/2025", "từ ngày 1/7/2022 đến 31/12/2023"), a
report date printed only in the header, a meeting day ("Chiều 6/2") whose year comes from
context or from nowhere, a programme name that is not a period ("giai đoạn 2021-2025"), table
columns per month, and comparison values carrying their own period ("so với 75% cuối năm 2023",
"cùng kỳ năm trước (66 cuộc)", "năm 2022: 11,4%"); mixed and negative cases hold targets with
deadlines, year-on-year changes, operators' and other countries' figures, sub-counts after
"trong đó", counts of decrees and meetings, and figures nobody can date. Each case is
(text, published ISO date or None, [(indicator, breakdown, period_kind, period_end, value)]),
values in catalog units.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # "tháng trước" against the published date: May flow and per-day average; undated cumulative at the span's end; "Hiện có" at the published date
    (
        "Theo Cục Chuyển đổi số quốc gia, tháng trước Nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
        "(NDXP) đã xử lý 98,4 triệu giao dịch, bình quân 3,17 triệu giao dịch mỗi ngày. Lũy kế từ "
        "khi đưa vào vận hành, tổng số giao dịch qua NDXP đã chạm mốc 3,07 tỷ giao dịch. Hiện có "
        "142 cơ quan, đơn vị đã kết nối với nền tảng.",
        "2025-06-12",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3170000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 3070000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-12", 142),
        ],
    ),
    # "năm ngoái" in an interview published in 2025 is the year 2024; the year-on-year falls are not values
    (
        "Trả lời phỏng vấn báo chí, đại diện Cục An toàn thông tin cho biết: năm ngoái, hệ thống kỹ "
        "thuật đã ghi nhận 659 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, "
        "giảm 36,3% so với năm trước đó. Thời điểm cuối năm, số địa chỉ IP tại Việt Nam nằm trong "
        "mạng botnet ở mức 614.000 địa chỉ, giảm 24% so với cuối năm 2023.",
        "2025-03-20",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 659),
            ("botnet_ips", "national", "as_of", "2024-12-31", 614000),
        ],
    ),
    # "cùng kỳ năm trước (66 cuộc)": the parenthesised past value is kept with its own month; the 27,3% change is not
    (
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025\n"
        "Trong tháng 4/2025, các hệ thống giám sát đã phát hiện 48 cuộc tấn công mạng gây sự cố vào "
        "hệ thống thông tin tại Việt Nam, giảm 27,3% so với cùng kỳ năm trước (66 cuộc). Số địa chỉ "
        "IP thuộc các mạng botnet hiện ở mức 512.300 địa chỉ.",
        "2025-05-08",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 48),
            ("cyberattacks", "national", "month", "2024-04-30", 66),
            ("botnet_ips", "national", "as_of", "2025-04-30", 512300),
        ],
    ),
    # "Quý vừa qua" published in April is Q1; span figures of cumulative portal counts go on the _new twins
    (
        "Quý vừa qua, Cổng Dịch vụ công quốc gia đã tiếp nhận 4,6 triệu hồ sơ trực tuyến; người dân, "
        "doanh nghiệp thực hiện 3,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 2.150 tỷ "
        "đồng. So với quý IV/2024, số hồ sơ tăng 12%.",
        "2025-04-10",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 4600000),
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 3100000),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 2150),
        ],
    ),
    # "6 tháng đầu năm nay" takes its year from the published date; ministries/localities split in parentheses; change in points not stored
    (
        "6 tháng đầu năm nay, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 52,4% (khối bộ, ngành: "
        "67,8%; khối địa phương: 46,1%). Tỷ lệ hồ sơ trực tuyến toàn trình ở mức 31,05%, cao hơn cùng "
        "kỳ năm 2024 gần 9 điểm phần trăm.",
        "2025-07-15",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 52.4),
            ("online_dossier_rate", "ministries", "half", "2025-06-30", 67.8),
            ("online_dossier_rate", "localities", "half", "2025-06-30", 46.1),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 31.05),
        ],
    ),
    # "lũy kế từ đầu năm đến hết tháng 5" is ytd; the raised total is the stock at the month's end; "Riêng trong tháng 5" a month flow
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 của Bộ Khoa học và Công nghệ cho biết: lũy kế "
        "từ đầu năm đến hết tháng 5, Cổng DVCQG có thêm 1,32 triệu tài khoản đăng ký mới, nâng tổng "
        "số tài khoản lên 14,6 triệu. Riêng trong tháng 5, có 286.400 tài khoản được tạo mới.",
        "2025-06-06",
        [
            ("national_portal_accounts_new", "national", "ytd", "2025-05-31", 1320000),
            ("national_portal_accounts", "national", "as_of", "2025-05-31", 14600000),
            ("national_portal_accounts_new", "national", "month", "2025-05-31", 286400),
        ],
    ),
    # "Tính đến hết quý III" with the year only from the published date; province named once ("toàn tỉnh Quảng Ninh", then "trên địa bàn tỉnh")
    (
        "Tính đến hết quý III, toàn tỉnh Quảng Ninh có 412 trạm BTS 5G, vùng phủ sóng 5G đạt 38,6% "
        "dân số. Tỷ lệ hộ gia đình trên địa bàn tỉnh có kết nối Internet cáp quang băng rộng là "
        "89,2%; 100% thôn, bản đã có sóng di động băng rộng.",
        "2024-10-14",
        [
            ("fiveg_bts_count", "Quảng Ninh", "as_of", "2024-09-30", 412),
            ("fiveg_population_coverage_rate", "Quảng Ninh", "as_of", "2024-09-30", 38.6),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-09-30", 89.2),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2024-09-30", 100.0),
        ],
    ),
    # "Đến cuối năm 2024" as an achieved level (published after it), next to a 2025 target that is not stored
    (
        "Đến cuối năm 2024, các doanh nghiệp viễn thông đã lắp đặt hơn 9.800 trạm BTS 5G trên cả "
        "nước, vùng phủ sóng 5G đạt 27,4% dân số. Mục tiêu năm 2025 là phủ sóng 5G tới 50% dân số "
        "với khoảng 30.000 trạm.",
        "2025-01-09",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 9800),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 27.4),
        ],
    ),
    # "Trong năm 2023" / "Cũng trong năm 2023": a year flow, its per-day average, and the annual digital-economy pair
    (
        "Trong năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 786,5 triệu "
        "giao dịch, trung bình 2,15 triệu giao dịch/ngày. Cũng trong năm 2023, kinh tế số chiếm "
        "khoảng 16,5% GDP, tốc độ tăng trưởng kinh tế số ước đạt 20%.",
        "2024-02-20",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 786500000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 2150000),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # "giai đoạn 2021-2025" names a programme, not the value's period: "đến nay" is the published date; the 2025 target is left out
    (
        "Thực hiện Chương trình chuyển đổi số tỉnh Bắc Ninh giai đoạn 2021-2025, định hướng đến năm "
        "2030, đến nay tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn "
        "trình của tỉnh đạt 58,3%. Theo Chương trình, đến năm 2025 tỷ lệ này phải đạt 80%.",
        "2024-12-05",
        [
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-12-05", 58.3),
        ],
    ),
    # a long window "Từ ngày 1/7/2022 đến 31/12/2023" ending a stock at its last day; the remainder still to do is not a value
    (
        "Từ ngày 1/7/2022 đến 31/12/2023, thực hiện các nghị quyết chuyên đề của Chính phủ, các bộ, "
        "ngành đã cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính, quy định liên quan đến hoạt "
        "động kinh doanh. Còn 272 thủ tục chưa được cắt giảm, đơn giản hóa.",
        "2024-01-25",
        [
            ("procedures_simplified", "national", "as_of", "2023-12-31", 812),
        ],
    ),
    # no published date: the report date printed in the header ("Hà Nội, ngày 5 tháng 6 năm 2025") dates "Đến nay"
    (
        "BỘ CÔNG AN\n"
        "Số: 215/BC-BCA\n"
        "Hà Nội, ngày 5 tháng 6 năm 2025\n"
        "BÁO CÁO\n"
        "Kết quả triển khai Đề án 06\n"
        "Đến nay, toàn quốc đã cấp 88,6 triệu thẻ căn cước gắn chip; kích hoạt 54,2 triệu tài khoản "
        "định danh điện tử (VNeID). 53/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn "
        "trình.",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-06-05", 88600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-05", 54200000),
            ("essential_services_full_process", "national", "as_of", "2025-06-05", 53),
        ],
    ),
    # meeting day "Chiều 6/2" with no published date; the year only from "phiên họp thứ nhất năm 2025"
    (
        "Chiều 6/2, Thủ tướng Chính phủ chủ trì phiên họp thứ nhất năm 2025 của Ban Chỉ đạo về phát "
        "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Báo cáo tại phiên họp cho "
        "biết, đến nay tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với "
        "Hệ thống EMC đạt 96,8%; tỷ lệ hồ sơ TTHC được gắn mã số định danh cá nhân đạt 91,7%.",
        None,
        [
            ("emc_connection_rate", "national", "as_of", "2025-02-06", 96.8),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-02-06", 91.7),
        ],
    ),
    # "so với 75% cuối năm 2023": a comparison value with its own date beside a "Hiện nay" level
    (
        "Hiện nay, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến của cả "
        "nước đạt 81,2%, so với 75% cuối năm 2023. Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn "
        "trình đã lên tới 96,4%.",
        "2024-07-22",
        [
            ("dvctt_rate", "national", "as_of", "2024-07-22", 81.2),
            ("dvctt_rate", "national", "as_of", "2023-12-31", 75.0),
            ("full_process_provision_rate", "national", "as_of", "2024-07-22", 96.4),
        ],
    ),
    # "Hiện nay" inside a quarter's review published 81 days after it ends: the quarter's end, not the page date; counts have no id
    (
        "Trong quý I/2024, Hệ thống thông tin giải quyết TTHC tỉnh Thái Nguyên tiếp nhận 186.240 hồ "
        "sơ, trong đó 142.300 hồ sơ nộp trực tuyến, chiếm 76,4%. Tỷ lệ hồ sơ có kết quả giải quyết "
        "được cấp dưới dạng điện tử đạt 88,9%. Hiện nay, tỷ lệ người dân trưởng thành trên địa bàn "
        "tỉnh sử dụng dịch vụ công trực tuyến là 47,5%.",
        "2024-06-20",
        [
            ("online_dossier_rate", "Thái Nguyên", "quarter", "2024-03-31", 76.4),
            ("e_result_rate", "Thái Nguyên", "quarter", "2024-03-31", 88.9),
            ("adult_population_using_dvctt_rate", "Thái Nguyên", "as_of", "2024-03-31", 47.5),
        ],
    ),
    # negative: only targets with deadlines ("đến hết năm 2024", "Phấn đấu đến năm 2025", "tối thiểu 90%")
    (
        "Kế hoạch chuyển đổi số năm 2024 của Chính phủ đặt mục tiêu: đến hết năm 2024, 80% dịch vụ "
        "công trực tuyến được cung cấp toàn trình; 40% dân số trưởng thành sử dụng dịch vụ công trực "
        "tuyến; tỷ lệ người dân, doanh nghiệp hài lòng đạt tối thiểu 90%. Phấn đấu đến năm 2025, 100% "
        "hồ sơ TTHC được gắn mã định danh cá nhân.",
        "2024-03-05",
        [],
    ),
    # negative: meeting day "Chiều 6/2" with no year anywhere and no published date: "đến nay" cannot be dated
    (
        "Chiều 6/2, Phó Thủ tướng chủ trì cuộc họp về thúc đẩy thanh toán không dùng tiền mặt. Báo "
        "cáo tại cuộc họp cho biết, đến nay tỷ lệ người trưởng thành có tài khoản thanh toán đạt "
        "khoảng 87%; số khách hàng sử dụng dịch vụ Mobile Money đã vượt 10 triệu. Phó Thủ tướng yêu "
        "cầu các bộ, ngành khẩn trương hoàn thiện khung pháp lý.",
        None,
        [],
    ),
    # negative: year-on-year changes only, in percent and in multiples
    (
        "So với cùng kỳ năm 2024, giá trị thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia trong "
        "quý I/2025 tăng 18,5%, số giao dịch thanh toán tăng 2,1 lần; số hồ sơ trực tuyến tăng 12%. "
        "Số tài khoản đăng ký mới tăng 9,6%.",
        "2025-04-15",
        [],
    ),
    # negative: operators' own figures (Viettel, VNPT) with an explicit date are not the country's
    (
        "Viettel cho biết, tính đến ngày 30/6/2025, mạng 5G của nhà mạng đã phủ sóng 90% dân số với "
        "hơn 8.000 trạm BTS 5G; tốc độ tải xuống trung bình đạt 480 Mbps. VNPT cũng công bố đã có "
        "3,2 triệu thuê bao sử dụng 5G và 11,6 triệu thuê bao băng rộng cố định.",
        "2025-07-02",
        [],
    ),
    # month of a speed index; world averages, Singapore, upload speed and the rank are not stored
    (
        "Theo Ookla Speedtest Global Index, tháng 3/2025 tốc độ tải xuống trung bình băng rộng cố "
        "định của Việt Nam đạt 154,2 Mbps, xếp thứ 37/153 thế giới; tốc độ băng rộng di động đạt "
        "97,8 Mbps, tốc độ tải lên 43,6 Mbps. Tốc độ trung bình toàn cầu lần lượt là 95,7 Mbps và "
        "90,1 Mbps; Singapore dẫn đầu băng rộng cố định với 345,3 Mbps.",
        "2025-04-18",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 154.2),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 97.8),
        ],
    ),
    # counts of decrees, meetings and tasks in a quarter are not values; the dated 63/63 provinces are
    (
        "Trong quý I/2025, Chính phủ đã ban hành 14 nghị định liên quan đến chuyển đổi số, Ban Chỉ "
        "đạo tổ chức 3 phiên họp và giao 126 nhiệm vụ cho các bộ, ngành, địa phương. Tính đến ngày "
        "31/3/2025, 63/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi người "
        "dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.",
        "2025-04-05",
        [
            ("localities_fee_reduction", "national", "as_of", "2025-03-31", 63),
        ],
    ),
    # "trong đó" rural sub-count is not a value; the next sentence's rate carries the same cut-off
    (
        "Tính đến ngày 31/3/2025, số khách hàng sử dụng dịch vụ Mobile Money đạt 11,2 triệu, trong đó "
        "7,4 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Tỷ lệ người trưởng "
        "thành có tài khoản thanh toán tại ngân hàng đạt 87,1%.",
        "2025-04-22",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 11200000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-03-31", 87.1),
        ],
    ),
    # UN edition "năm 2024" published "tháng 9 năm ngoái" and the 2022 edition in parentheses; the 15-place gain and other countries are not stored
    (
        "Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 do Liên Hợp Quốc công bố hồi tháng 9 năm "
        "ngoái, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng "
        "15 bậc so với năm 2022 (86/193). Đan Mạch tiếp tục đứng thứ nhất, Hàn Quốc xếp thứ 4.",
        "2025-01-15",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # a year under review ("Năm 2024, … ước đạt"): its undated stocks are the year's end; digital-economy growth is kept, the 2025 target is not
    (
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tăng trưởng khoảng 20% so với năm "
        "2023. Số thuê bao băng rộng cố định là 23,4 triệu thuê bao; thuê bao băng rộng di động đạt "
        "88,5 triệu. Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP.",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23400000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88500000),
        ],
    ),
    # "Tính đến ngày 15/4/2025" then "Cùng thời điểm" carrying the date; cash-register invoices after "trong đó" are a part
    (
        "Tính đến ngày 15/4/2025, cơ quan thuế đã tiếp nhận, xử lý hơn 11,6 tỷ hóa đơn điện tử, "
        "trong đó 1,9 tỷ hóa đơn khởi tạo từ máy tính tiền. Cùng thời điểm, trên cả nước đã có 59,3 "
        "triệu tài khoản định danh điện tử VNeID được kích hoạt.",
        "2025-04-20",
        [
            ("e_invoices_total", "national", "as_of", "2025-04-15", 11600000000),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 59300000),
        ],
    ),
    # a table written as lines: each month column dates its own values
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 (trích)\n"
        "Bảng 1. Một số chỉ tiêu dịch vụ công trực tuyến\n"
        "Chỉ tiêu | Tháng 4/2025 | Tháng 5/2025\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến (%) | 49,2 | 51,7\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 28,6 | 30,4\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử (%) | 63,5 | 66,2\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 41,3 | 44,0",
        "2025-06-10",
        [
            ("online_dossier_rate", "national", "month", "2025-04-30", 49.2),
            ("online_dossier_rate", "national", "month", "2025-05-31", 51.7),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 28.6),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 30.4),
            ("e_result_rate", "national", "month", "2025-04-30", 63.5),
            ("e_result_rate", "national", "month", "2025-05-31", 66.2),
            ("data_reuse_rate", "national", "month", "2025-04-30", 41.3),
            ("data_reuse_rate", "national", "month", "2025-05-31", 44.0),
        ],
    ),
    # an explicit reporting window "(từ ngày 16/4/2025 đến ngày 15/5/2025)" wins over the calendar month
    (
        "Báo cáo tình hình vận hành NDXP tháng 5/2025\n"
        "Trong kỳ báo cáo (từ ngày 16/4/2025 đến ngày 15/5/2025), Nền tảng tích hợp, chia sẻ dữ liệu "
        "quốc gia ghi nhận 96.812.450 giao dịch, bình quân 3,23 triệu giao dịch/ngày. Tổng số giao "
        "dịch lũy kế từ năm 2019 đạt 2,97 tỷ giao dịch. Hiện nền tảng có 3.214 điểm kết nối.",
        "2025-05-20",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-15", 96812450),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-15", 3230000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-15", 2970000000),
            ("ndxp_connection_points", "national", "as_of", "2025-05-15", 3214),
        ],
    ),
    # "9 tháng đầu năm 2024" is ytd (not a quarter or half); "Tính đến hết tháng 9" a stock with a bloc split
    (
        "9 tháng đầu năm 2024, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 511 cuộc "
        "tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính đến hết tháng 9, tỷ lệ "
        "hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 78,5% (khối bộ, ngành: 84,2%; "
        "khối địa phương: 75,1%).",
        "2024-10-08",
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 511),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 78.5),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 84.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 75.1),
        ],
    ),
    # "quý II/2025" for one city; the on-time share and the dossier count have no id
    (
        "Trong quý II/2025, thành phố Đà Nẵng tiếp nhận 98.560 hồ sơ TTHC, tỷ lệ hồ sơ giải quyết "
        "đúng hạn đạt 99,1%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ "
        "tục hành chính đạt 97,3%; tỷ lệ hồ sơ có kết quả giải quyết điện tử là 95,6%.",
        "2025-07-10",
        [
            ("satisfaction_rate", "Đà Nẵng", "quarter", "2025-06-30", 97.3),
            ("e_result_rate", "Đà Nẵng", "quarter", "2025-06-30", 95.6),
        ],
    ),
    # "Tháng 3/2024" raises a stock to its month-end level; "(tháng 12 năm ngoái: …)" is end-2023; the 1,8 million added is a change
    (
        "Tháng 3/2024, cả nước kích hoạt thêm 1,8 triệu tài khoản định danh điện tử, nâng tổng số tài "
        "khoản VNeID đã được kích hoạt lên 47,6 triệu (tháng 12 năm ngoái: 41,2 triệu tài khoản).",
        "2024-04-12",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-03-31", 47600000),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 41200000),
        ],
    ),
    # meeting day "Sáng 19/7" with its year from the published date; the end-of-year target is left out
    (
        "Sáng 19/7, tại Hội nghị trực tuyến toàn quốc sơ kết Đề án 06, báo cáo cho biết tỷ lệ dân số "
        "trưởng thành sử dụng dịch vụ công trực tuyến hiện đạt 38,6%, tỷ lệ hồ sơ TTHC gắn định danh "
        "cá nhân là 85,2%. Hội nghị thống nhất mục tiêu đến cuối năm 2024 nâng tỷ lệ người trưởng "
        "thành sử dụng DVCTT lên 40%.",
        "2024-07-20",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-07-19", 38.6),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-07-19", 85.2),
        ],
    ),
    # "phấn đấu đến cuối năm 2024" is a target; "Tính đến ngày 30/4/2024, … còn" is the level left, "đạt 92,2%" the covered share
    (
        "Bộ Thông tin và Truyền thông phấn đấu đến cuối năm 2024 hoàn thành phủ sóng di động 100% "
        "thôn, bản có điện lưới. Tính đến ngày 30/4/2024, cả nước còn 1.028 thôn lõm sóng; đã phủ sóng "
        "1.612/1.748 thôn lõm sóng có điện lưới, đạt 92,2%.",
        "2024-05-15",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-04-30", 1028),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-04-30", 92.2),
        ],
    ),
    # "Hai tháng đầu năm 2025" is ytd to end-February (flow twins); "Lũy kế từ khi khai trương" the stocks at that span's end; "nghìn tỷ" conversion
    (
        "Hai tháng đầu năm 2025, Cổng Dịch vụ công quốc gia ghi nhận 2,04 triệu giao dịch thanh toán "
        "trực tuyến với số tiền 1.286,5 tỷ đồng. Lũy kế từ khi khai trương, Cổng đã có 52,8 triệu giao "
        "dịch thanh toán trực tuyến, giá trị 28,7 nghìn tỷ đồng.",
        "2025-03-06",
        [
            ("online_payments_count_new", "national", "ytd", "2025-02-28", 2040000),
            ("online_payments_value_new", "national", "ytd", "2025-02-28", 1286.5),
            ("online_payments_count", "national", "as_of", "2025-02-28", 52800000),
            ("online_payments_value", "national", "as_of", "2025-02-28", 28700),
        ],
    ),
    # "Năm 2024 vừa qua" on a provincial portal whose province is named only in the header
    (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN\n"
        "Năm 2024 vừa qua, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 72,4%; tỷ lệ "
        "người dân, doanh nghiệp hài lòng với việc giải quyết TTHC đạt 96,7%.",
        "2025-01-20",
        [
            ("dvctt_with_dossiers_rate", "Nghệ An", "year", "2024-12-31", 72.4),
            ("satisfaction_rate", "Nghệ An", "year", "2024-12-31", 96.7),
        ],
    ),
    # "Tính đến hết tháng 10 vừa qua" (year from the published date); the ITU world rate is not stored
    (
        "Tính đến hết tháng 10 vừa qua, Việt Nam có 101,2 triệu thuê bao sử dụng điện thoại thông "
        "minh, chiếm 86,4% tổng số thuê bao di động; tỷ lệ người sử dụng Internet đạt 79,1% dân số. "
        "Theo ITU, tỷ lệ này của thế giới là 67%.",
        "2024-11-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-10-31", 101200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-31", 86.4),
            ("internet_users_rate", "national", "as_of", "2024-10-31", 79.1),
        ],
    ),
    # interview "hiện nay" at the published date for one city; "trong đó" names another indicator (kept); the 2026 target is not
    (
        "Trao đổi với phóng viên, Giám đốc Sở Khoa học và Công nghệ Hà Nội cho biết: hiện nay, 100% "
        "thủ tục hành chính của thành phố đã được cung cấp dưới dạng dịch vụ công trực tuyến, trong "
        "đó tỷ lệ dịch vụ công trực tuyến toàn trình đạt 74,2%. Năm 2026, thành phố phấn đấu nâng tỷ "
        "lệ này lên 90%.",
        "2025-09-03",
        [
            ("dvctt_rate", "Hà Nội", "as_of", "2025-09-03", 100.0),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2025-09-03", 74.2),
        ],
    ),
    # "Tính đến hết năm 2024" stock beside "riêng trong năm 2024" (the year's flow on the _new twin)
    (
        "Tính đến hết năm 2024, Cổng Dịch vụ công quốc gia đã có tổng cộng 45,3 triệu hồ sơ trực "
        "tuyến được thực hiện, riêng trong năm 2024 là 14,9 triệu hồ sơ. Số tài khoản đăng ký trên "
        "Cổng đạt 15,9 triệu tài khoản.",
        "2025-01-06",
        [
            ("national_portal_dossiers", "national", "as_of", "2024-12-31", 45300000),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 14900000),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15900000),
        ],
    ),
    # government notice dated only in its header: "quý IV/2023" before the header's January 2024; the prior quarter in parentheses; the 3 remaining services are not a value
    (
        "VĂN PHÒNG CHÍNH PHỦ\n"
        "Số: 48/TB-VPCP\n"
        "Hà Nội, ngày 22 tháng 1 năm 2024\n"
        "THÔNG BÁO\n"
        "Kết luận của Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính\n"
        "Trong quý IV/2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 43,9%, tăng 5,2 điểm phần "
        "trăm so với quý III/2023 (38,7%). Đến nay, 50/53 dịch vụ công thiết yếu đã được cung cấp "
        "trực tuyến toàn trình; 3 dịch vụ còn lại phải hoàn thành trong tháng 3/2024.",
        None,
        [
            ("online_dossier_rate", "national", "quarter", "2023-12-31", 43.9),
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 38.7),
            ("essential_services_full_process", "national", "as_of", "2024-01-22", 50),
        ],
    ),
    # a province's GRDP share in "năm 2023" with "(năm 2022: 11,4%)"; the 2025 and 2030 targets are not stored
    (
        "Theo Sở Thông tin và Truyền thông tỉnh Bình Dương, năm 2023 kinh tế số đóng góp khoảng 12,8% "
        "GRDP của tỉnh (năm 2022: 11,4%). Tỉnh đặt mục tiêu đến năm 2025 tỷ trọng này đạt 20%, đến năm "
        "2030 đạt 30%.",
        "2024-03-28",
        [
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 12.8),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2022-12-31", 11.4),
        ],
    ),
    # "Từ đầu năm đến nay" is ytd to the published date; kinds of attack after "trong đó" are parts; "Riêng tháng 7/2025" a month
    (
        "Từ đầu năm đến nay, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia "
        "ghi nhận 352 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trong đó "
        "có 148 cuộc tấn công lừa đảo (phishing) và 121 cuộc tấn công thay đổi giao diện. Riêng tháng "
        "7/2025 có 41 cuộc.",
        "2025-08-14",
        [
            ("cyberattacks", "national", "ytd", "2025-08-14", 352),
            ("cyberattacks", "national", "month", "2025-07-31", 41),
        ],
    ),
]
