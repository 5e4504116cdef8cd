"""Blind genre probes, round 27: lists, tables and headlines. Each case is a short Vietnamese
text in the layouts that digital-transformation reports and press pieces use to carry numbers:
markdown tables, tables flattened by a PDF converter (one cell per line, tab-separated cells,
cells joined by ' | '), bullet lists ('- Tỷ lệ …: 45,2%'), 'Chỉ tiêu … Kết quả …' rows,
headline + sapo + body where the value sits only in the headline or only in a photo caption,
and infographic text ('Con số ấn tượng: …'). Mixed and negative cases carry target and plan
columns, year-on-year change columns, operators' own figures, world and other countries'
figures, named single ministries, sub-counts after 'trong đó', counts of documents and
meetings, and a stock with neither a date in the text nor a published date; the expected
lists hold only the values a careful analyst would store (ids, units and period conventions
of metrics/catalog.toml and tests/golden/README.md). Written for the project from the genre's
usual phrasings (not copied from any page).
"""

CASES = [
    # markdown table: a month column and a dated previous-year column (NDXP flow + daily average); change row not stored
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025\n"
        "Bảng 3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\n"
        "| Chỉ tiêu | Tháng 5/2025 | Tháng 5/2024 |\n"
        "|---|---|---|\n"
        "| Số giao dịch qua NDXP trong tháng | 98.712.340 | 71.450.118 |\n"
        "| Bình quân mỗi ngày (giao dịch/ngày) | 3.184.269 | 2.304.842 |\n"
        "| So với cùng kỳ (%) | +38,2 | - |",
        "2025-06-05",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 98712340),
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 71450118),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3184269),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 2304842),
        ],
    ),
    # PDF table flattened one cell per line: header cells, then a ministries row and a localities row, two rate columns
    (
        "Bảng 2. Kết quả cung cấp, sử dụng dịch vụ công trực tuyến quý II/2025\n"
        "Khối\n"
        "Tỷ lệ DVCTT toàn trình (%)\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến (%)\n"
        "Bộ, ngành\n"
        "58,6\n"
        "47,3\n"
        "Địa phương\n"
        "52,1\n"
        "61,8",
        "2025-07-10",
        [
            ("dvctt_full_process_rate", "ministries", "quarter", "2025-06-30", 58.6),
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 47.3),
            ("dvctt_full_process_rate", "localities", "quarter", "2025-06-30", 52.1),
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 61.8),
        ],
    ),
    # tab-separated province table with a unit column and a plan column (the plan is a target, not stored)
    (
        "UBND TỈNH QUẢNG NINH\n"
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số 6 tháng đầu năm 2025\n"
        "Chỉ tiêu\tĐơn vị\tKết quả 6 tháng\tKế hoạch năm 2025\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình\t%\t68,4\t80\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử\t%\t95,2\t100\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng\t%\t97,1\t95",
        "2025-07-08",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2025-06-30", 68.4),
            ("e_result_rate", "Quảng Ninh", "half", "2025-06-30", 95.2),
            ("satisfaction_rate", "Quảng Ninh", "half", "2025-06-30", 97.1),
        ],
    ),
    # bullet list 'label: value%' under a heading that gives the breakdown (localities) and the month
    (
        "Kết quả khối địa phương tháng 3/2025 (nguồn: Hệ thống EMC):\n"
        "- Tỷ lệ hồ sơ cấp kết quả điện tử: 91,3%\n"
        "- Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: 42,7%\n"
        "- Tỷ lệ hài lòng của người dân, doanh nghiệp: 93,5%\n"
        "- Tỷ lệ DVCTT có phát sinh hồ sơ: 61,4%",
        "2025-04-07",
        [
            ("e_result_rate", "localities", "month", "2025-03-31", 91.3),
            ("data_reuse_rate", "localities", "month", "2025-03-31", 42.7),
            ("satisfaction_rate", "localities", "month", "2025-03-31", 93.5),
            ("dvctt_with_dossiers_rate", "localities", "month", "2025-03-31", 61.4),
        ],
    ),
    # the value only in the headline ('Hơn 1,2 tỷ giao dịch'); sapo and body give no number
    (
        "Hơn 1,2 tỷ giao dịch qua NDXP trong 6 tháng đầu năm 2025\n"
        '(Chinhphu.vn) - Nền tảng tích hợp, chia sẻ dữ liệu quốc gia tiếp tục vận hành ổn định, là "xương sống" kết nối dữ liệu giữa các bộ, ngành, địa phương.\n'
        "Theo Bộ Khoa học và Công nghệ, khối lượng giao dịch tăng mạnh so với cùng kỳ, chủ yếu từ các CSDL về dân cư, đất đai và bảo hiểm.\n"
        "Thời gian tới, Bộ sẽ tiếp tục mở rộng các dịch vụ chia sẻ dữ liệu dùng chung.",
        "2025-07-04",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 1200000000),
        ],
    ),
    # the value only in a photo caption (province, year 2024); the body's 'phấn đấu … 100%' is a target
    (
        "Bắc Ninh đẩy mạnh cải cách hành chính gắn với chuyển đổi số\n"
        "Tỉnh tiếp tục rà soát, tái cấu trúc quy trình, cắt giảm giấy tờ cho người dân, doanh nghiệp.\n"
        "[Ảnh] Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh. Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 78,6%. (Ảnh: Báo Bắc Ninh)\n"
        "Năm 2025, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình.",
        "2025-01-15",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2024-12-31", 78.6),
        ],
    ),
    # infographic text: 'Con số ấn tượng', big number on its own line and the noun on the next, one date line for all
    (
        "INFOGRAPHIC | ĐỀ ÁN 06: NHỮNG CON SỐ ẤN TƯỢNG\n"
        "Con số ấn tượng: 80 triệu tài khoản VNeID đã được kích hoạt\n"
        "(Số liệu tính đến ngày 30/6/2025)\n"
        "93,2 triệu\n"
        "thẻ căn cước công dân gắn chip đã cấp\n"
        "53/53\n"
        "dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình",
        "2025-07-02",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 80000000),
            ("chip_id_cards_issued", "national", "as_of", "2025-06-30", 93200000),
            ("essential_services_full_process", "national", "as_of", "2025-06-30", 53),
        ],
    ),
    # NEGATIVE: a markdown table of 2025 targets only
    (
        "Phụ lục: Chỉ tiêu chuyển đổi số năm 2025 (giao tại Nghị quyết số 01/NQ-CP)\n"
        "| Chỉ tiêu | Mục tiêu 2025 |\n"
        "|---|---|\n"
        "| Tỷ lệ DVCTT toàn trình trên tổng số TTHC | 100% |\n"
        "| Tỷ lệ dân số trưởng thành sử dụng DVCTT | 50% |\n"
        "| Tỷ lệ hồ sơ TTHC gắn định danh cá nhân | 100% |\n"
        "| Tỷ trọng kinh tế số trong GDP | 20% |",
        "2025-01-08",
        [],
    ),
    # NEGATIVE: operators' own 5G figures in a bullet list (Viettel, VNPT), no national figure
    (
        "Viettel công bố kết quả 5G sau 6 tháng thương mại hóa\n"
        "- Số trạm 5G Viettel đã phát sóng: hơn 7.000 trạm\n"
        "- Vùng phủ 5G của Viettel: khoảng 90% dân số\n"
        "- Số thuê bao 5G của nhà mạng: 6,5 triệu\n"
        "Trong khi đó, VNPT cho biết đã lắp đặt 4.500 trạm 5G và phủ sóng 5G tại 63/63 tỉnh, thành phố.",
        "2025-04-16",
        [],
    ),
    # ' | ' table of countries with two dated edition columns: only Viet Nam's rows, each edition its year
    (
        "Bảng xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc\n"
        "Quốc gia | Hạng năm 2024 | Hạng năm 2022\n"
        "Đan Mạch | 1 | 1\n"
        "Hàn Quốc | 4 | 3\n"
        "Singapore | 3 | 12\n"
        "Việt Nam | 71 | 86\n"
        "Nguồn: Khảo sát Chính phủ điện tử của Liên Hợp Quốc (193 quốc gia thành viên)",
        "2025-02-12",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # period only in the headline; year-on-year change and attack kinds after 'Trong đó' not stored; botnet with its own date
    (
        "An toàn thông tin quý I/2025: giảm số vụ tấn công gây sự cố\n"
        "- Ghi nhận 1.287 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 15,2% so với cùng kỳ năm 2024;\n"
        "- Trong đó: 512 cuộc tấn công lừa đảo (Phishing), 398 cuộc tấn công thay đổi giao diện (Deface), 377 cuộc tấn công cài mã độc (Malware);\n"
        "- Số địa chỉ IP thuộc mạng botnet tại thời điểm 31/3/2025 là 498.112 địa chỉ.",
        "2025-04-10",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1287),
            ("botnet_ips", "national", "as_of", "2025-03-31", 498112),
        ],
    ),
    # ' | ' flattened table with this month and last month columns; the vulnerability row has no id
    (
        "CỤC AN TOÀN THÔNG TIN - SỐ LIỆU GIÁM SÁT THÁNG 4/2025\n"
        "Chỉ số | Tháng 4/2025 | Tháng 3/2025\n"
        "Số cuộc tấn công mạng gây sự cố | 1.042 | 1.118\n"
        "Số địa chỉ IP thuộc mạng botnet | 512.430 | 498.112\n"
        "Số lỗ hổng được cảnh báo | 36 | 41",
        "2025-05-06",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 1042),
            ("cyberattacks", "national", "month", "2025-03-31", 1118),
            ("botnet_ips", "national", "as_of", "2025-04-30", 512430),
            ("botnet_ips", "national", "as_of", "2025-03-31", 498112),
        ],
    ),
    # 'Chỉ tiêu … / Kết quả … / Mục tiêu …' rows; the 4-layer protection share is a near miss with no id
    (
        "Chỉ tiêu 7: Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ\n"
        "Kết quả: 87,4% (tính đến ngày 31/3/2025)\n"
        "Mục tiêu: 100% trong năm 2025\n"
        "Đánh giá: Chưa đạt\n"
        "Chỉ tiêu 8: Tỷ lệ hệ thống thông tin được triển khai bảo vệ theo mô hình 4 lớp\n"
        "Kết quả: 64% (tính đến ngày 31/3/2025)",
        "2025-04-12",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-03-31", 87.4),
        ],
    ),
    # share of GDP only in the headline, growth in the sapo; 'gấp gần 3 lần' and the 2025 target not stored
    (
        "Kinh tế số chiếm 18,3% GDP năm 2024\n"
        "Tốc độ tăng trưởng kinh tế số năm 2024 ước đạt khoảng 20%, gấp gần 3 lần tốc độ tăng trưởng GDP.\n"
        "Theo Bộ Thông tin và Truyền thông, để đạt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025, cần tiếp tục thúc đẩy chuyển đổi số trong các ngành, lĩnh vực.",
        "2025-01-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # a province's year-report bullet list: GRDP share, dossiers, payment accounts, VNeID count
    (
        "Báo cáo kết quả chuyển đổi số năm 2024 của tỉnh Bắc Giang\n"
        "- Tỷ trọng kinh tế số trong GRDP: 12,5%;\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 81,2%;\n"
        "- Tỷ lệ người trưởng thành có tài khoản thanh toán: 86,7%;\n"
        "- Số tài khoản định danh điện tử mức 2 được kích hoạt: 1.052.334 tài khoản.",
        "2025-01-25",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2024-12-31", 12.5),
            ("online_dossier_rate", "Bắc Giang", "year", "2024-12-31", 81.2),
            ("adults_with_bank_account_rate", "Bắc Giang", "year", "2024-12-31", 86.7),
            ("vneid_activated_accounts", "Bắc Giang", "as_of", "2024-12-31", 1052334),
        ],
    ),
    # bullet list with 'lên tới'; the rural sub-count after 'Trong đó', the transaction value and the outlets are not stored
    (
        "Thí điểm Mobile Money: kết quả đến hết tháng 3/2025\n"
        "- Tổng số khách hàng sử dụng Mobile Money lên tới 10,2 triệu\n"
        "- Trong đó, khách hàng tại khu vực nông thôn, miền núi, biên giới, hải đảo: 7,1 triệu (chiếm 69,6%)\n"
        "- Tổng giá trị giao dịch lũy kế: 5.230 tỷ đồng\n"
        "- Mạng lưới điểm kinh doanh: hơn 180.000 điểm",
        "2025-04-18",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 10200000),
        ],
    ),
    # headline 'chạm mốc' value dated by the sapo; the month's newly issued invoices are not the total
    (
        "Số hóa đơn điện tử được tiếp nhận, xử lý chạm mốc 9 tỷ\n"
        "Tính đến ngày 31/5/2025, cơ quan thuế đã tiếp nhận, xử lý hóa đơn điện tử của hơn 1,2 triệu doanh nghiệp, tổ chức và hộ kinh doanh.\n"
        "Riêng trong tháng 5/2025 có 320 triệu hóa đơn được khởi tạo, trong đó 45 triệu hóa đơn khởi tạo từ máy tính tiền.",
        "2025-06-09",
        [
            ("e_invoices_total", "national", "as_of", "2025-05-31", 9000000000),
        ],
    ),
    # bullet infographic with '•': stations and coverage stored; one operator's share and the year-end target not
    (
        "5G Việt Nam sau 6 tháng thương mại hóa\n"
        "Tính đến ngày 10/4/2025:\n"
        "• 6.500 trạm BTS 5G đã phát sóng\n"
        "• Vùng phủ 5G lên tới 26% dân số\n"
        "• Viettel chiếm khoảng 85% số trạm 5G\n"
        "• Mục tiêu đến cuối năm 2025: 5G phủ 90% dân số",
        "2025-04-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-10", 6500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-10", 26),
        ],
    ),
    # markdown table: this quarter, same quarter last year (dated, stored), and a plan column (not stored); '-' cell empty
    (
        "Hạ tầng số - kết quả quý I/2025\n"
        "| Chỉ tiêu | Quý I/2025 | Quý I/2024 | Kế hoạch 2025 |\n"
        "|---|---|---|---|\n"
        "| Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (%) | 89,1 | 86,3 | 90 |\n"
        "| Tỷ lệ hộ gia đình có Internet cáp quang (%) | 82,6 | 79,4 | 85 |\n"
        "| Tốc độ BRCĐ tải xuống (Mbps) | 152,6 | 99,3 | - |",
        "2025-04-20",
        [
            ("smartphone_subscriber_rate", "national", "quarter", "2025-03-31", 89.1),
            ("smartphone_subscriber_rate", "national", "quarter", "2024-03-31", 86.3),
            ("ftth_household_rate", "national", "quarter", "2025-03-31", 82.6),
            ("ftth_household_rate", "national", "quarter", "2024-03-31", 79.4),
            ("fixed_broadband_speed", "national", "quarter", "2025-03-31", 152.6),
            ("fixed_broadband_speed", "national", "quarter", "2024-03-31", 99.3),
        ],
    ),
    # one line per network, cells joined by ' | ': download stored; upload speeds and speed ranks not
    (
        "Tốc độ truy cập Internet của Việt Nam tháng 4/2025\n"
        "Băng rộng cố định: tải xuống 154,3 Mbps | tải lên 149,8 Mbps | xếp hạng 36/154\n"
        "Băng rộng di động: tải xuống 62,8 Mbps | tải lên 21,3 Mbps | xếp hạng 45/111\n"
        "(Nguồn: Cục Viễn thông tổng hợp)",
        "2025-05-12",
        [
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 154.3),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 62.8),
        ],
    ),
    # caption row + ' | ' header + one data row (the base count is not a value); remaining villages dated 'cùng thời điểm'
    (
        "Kết quả phủ sóng thôn lõm sóng có điện lưới (đến 31/12/2024)\n"
        "Số thôn lõm sóng có điện lưới | Đã phủ sóng | Tỷ lệ (%)\n"
        "1.853 | 1.765 | 95,3\n"
        "Tính đến cùng thời điểm, cả nước còn 621 thôn, bản lõm sóng, chủ yếu ở khu vực chưa có điện lưới.",
        "2025-01-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 621),
        ],
    ),
    # NDXP cumulative bullet list; the parts in parentheses (bộ, địa phương, tổ chức) are not stored
    (
        "Nền tảng NDXP - số liệu lũy kế đến ngày 30/4/2025:\n"
        "- Tổng số giao dịch từ khi vận hành (năm 2019): 3,26 tỷ giao dịch\n"
        "- Số cơ quan, đơn vị đã kết nối: 112 (gồm 25 bộ, ngành, 63 địa phương và 24 tổ chức)\n"
        "- Số điểm kết nối đã thiết lập: 1.048 điểm",
        "2025-05-08",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-30", 3260000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-04-30", 112),
            ("ndxp_connection_points", "national", "as_of", "2025-04-30", 1048),
        ],
    ),
    # markdown table: month column goes to the _new flow twins, cumulative column to the stocks; money column in tỷ đồng
    (
        "Cổng Dịch vụ công quốc gia - số liệu tháng 4/2025\n"
        "| Chỉ tiêu | Trong tháng 4/2025 | Lũy kế đến 30/4/2025 |\n"
        "|---|---|---|\n"
        "| Tài khoản đăng ký | 286.410 | 14.126.557 |\n"
        "| Hồ sơ trực tuyến | 1.932.104 | 62.400.215 |\n"
        "| Giao dịch thanh toán trực tuyến | 2.104.331 | 45.210.009 |\n"
        "| Số tiền thanh toán (tỷ đồng) | 1.842,6 | 28.910,3 |",
        "2025-05-05",
        [
            ("national_portal_accounts_new", "national", "month", "2025-04-30", 286410),
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 14126557),
            ("national_portal_dossiers_new", "national", "month", "2025-04-30", 1932104),
            ("national_portal_dossiers", "national", "as_of", "2025-04-30", 62400215),
            ("online_payments_count_new", "national", "month", "2025-04-30", 2104331),
            ("online_payments_count", "national", "as_of", "2025-04-30", 45210009),
            ("online_payments_value_new", "national", "month", "2025-04-30", 1842.6),
            ("online_payments_value", "national", "as_of", "2025-04-30", 28910.3),
        ],
    ),
    # headline 'Hà Nội: 100% …' (eligible procedures, full-process) dated only by the sapo
    (
        "Hà Nội: 100% thủ tục hành chính đủ điều kiện đã được cung cấp DVCTT toàn trình\n"
        "Tính đến hết quý I/2025, Thành phố đã rà soát, tái cấu trúc quy trình của hơn 1.900 thủ tục hành chính.\n"
        "Thành phố tiếp tục hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại các điểm tiếp nhận cấp xã.",
        "2025-04-09",
        [
            ("full_process_provision_rate", "Hà Nội", "as_of", "2025-03-31", 100),
        ],
    ),
    # 'Chỉ tiêu / Kết quả / Còn lại' rows: 41/53 stored as 41, the 12 remaining and their deadline not
    (
        "Chỉ tiêu: Số dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình\n"
        "Kết quả đến ngày 20/4/2024: 41/53 dịch vụ\n"
        "Còn lại: 12 dịch vụ (phấn đấu hoàn thành trong tháng 6/2024)",
        "2024-04-24",
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-20", 41),
        ],
    ),
    # bullets with ratios: 56/63 provinces and 763/1.084 procedures stored; 07 not yet, 321 not cut, 15 decisions not
    (
        "Tình hình thực hiện Đề án 06 và cải cách TTHC (số liệu tính đến ngày 31/5/2024):\n"
        "- 56/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện DVCTT; 07 địa phương chưa ban hành.\n"
        "- Đã cắt giảm, đơn giản hóa 763/1.084 TTHC theo các nghị quyết chuyên đề của Chính phủ (đạt 70,4%); 321 TTHC chưa được cắt giảm.\n"
        "- Ban hành 15 quyết định phê duyệt phương án đơn giản hóa TTHC.",
        "2024-06-05",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 56),
            ("procedures_simplified", "national", "as_of", "2024-05-31", 763),
        ],
    ),
    # PDF two-column table flattened one cell per line; the count of directive documents is not a value
    (
        "Phụ lục 2. Kết quả thực hiện một số chỉ tiêu tháng 6/2024\n"
        "Nội dung\n"
        "Kết quả\n"
        "Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC\n"
        "94,7%\n"
        "Tỷ lệ hồ sơ TTHC gắn số định danh cá nhân\n"
        "88,2%\n"
        "Số văn bản chỉ đạo đã ban hành\n"
        "14",
        "2024-07-05",
        [
            ("emc_connection_rate", "national", "as_of", "2024-06-30", 94.7),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-06-30", 88.2),
        ],
    ),
    # interview Q/A: 'Hiện nay' with a published date, province named in the speaker's title; target not stored
    (
        "Phóng viên: Xin ông cho biết kết quả nổi bật của Đồng Nai trong chuyển đổi số?\n"
        "Ông Trần Văn Bình (Giám đốc Sở Thông tin và Truyền thông tỉnh Đồng Nai): Hiện nay, tỷ lệ dân số trưởng thành trên địa bàn tỉnh sử dụng DVCTT đạt khoảng 52%.\n"
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC là 95,1%.\n"
        "Mục tiêu của tỉnh năm 2025 là 80% người trưởng thành sử dụng DVCTT.",
        "2025-02-20",
        [
            ("adult_population_using_dvctt_rate", "Đồng Nai", "as_of", "2025-02-20", 52),
            ("satisfaction_rate", "Đồng Nai", "as_of", "2025-02-20", 95.1),
        ],
    ),
    # 'Chỉ tiêu N. … / Kết quả: a/b (đạt x%)' rows of a provincial quarter report: the percentages, not the counts
    (
        "TỈNH THANH HÓA - BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III/2024\n"
        "Chỉ tiêu 1. Tỷ lệ DVCTT trên tổng số TTHC\n"
        "Kết quả: 1.695/1.842 DVCTT (đạt 92,02%)\n"
        "Chỉ tiêu 2. Tỷ lệ DVCTT toàn trình\n"
        "Kết quả: 987/1.842 TTHC (đạt 53,58%)",
        "2024-10-10",
        [
            ("dvctt_rate", "Thanh Hóa", "quarter", "2024-09-30", 92.02),
            ("dvctt_full_process_rate", "Thanh Hóa", "quarter", "2024-09-30", 53.58),
        ],
    ),
    # abbreviations BRCĐ / BRDĐ / smartphone in a bullet list; revenue has no id
    (
        "Số liệu viễn thông đến hết tháng 6/2024:\n"
        "- Thuê bao BRCĐ: 23,6 triệu thuê bao\n"
        "- Thuê bao BRDĐ: 91,2 triệu thuê bao\n"
        "- Thuê bao sử dụng smartphone: 84,5 triệu (chiếm 87,6% tổng số thuê bao di động)\n"
        "- Doanh thu dịch vụ viễn thông 6 tháng: 69.850 tỷ đồng",
        "2024-07-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23600000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 91200000),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 84500000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 87.6),
        ],
    ),
    # headline + body 'ở mức'; a survey vendor's figure and the world average are not stored
    (
        "Việt Nam có 78,4% dân số sử dụng Internet\n"
        "Theo số liệu của Bộ Thông tin và Truyền thông, năm 2024 tỷ lệ người sử dụng Internet tại Việt Nam ở mức 78,4% dân số.\n"
        "Trong khi đó, báo cáo Digital 2025 của We Are Social và Meltwater ước tính 79,1% người Việt dùng Internet, cao hơn mức trung bình thế giới (67,9%).",
        "2025-02-25",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 78.4),
        ],
    ),
    # provincial portal, 'Toàn tỉnh hiện có a/b …, đạt x%' dated by the published date; the level of uncovered villages kept
    (
        "Hà Giang: phủ sóng di động đến 97,6% thôn, bản\n"
        "Toàn tỉnh hiện có 1.987/2.036 thôn, bản có sóng di động, đạt 97,6%.\n"
        "Số thôn, bản còn lõm sóng là 49, tập trung ở các huyện Mèo Vạc, Đồng Văn, Xín Mần.",
        "2024-11-05",
        [
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-11-05", 97.6),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-05", 49),
        ],
    ),
    # NEGATIVE: counts of documents, decrees, conferences and plans in a headline + bullet list
    (
        "Tháng 5/2025: Bộ Khoa học và Công nghệ ban hành 12 văn bản về chuyển đổi số\n"
        "- Trình Chính phủ 03 nghị định, ban hành 05 thông tư và 04 quyết định;\n"
        "- Tổ chức 06 hội nghị, hội thảo về chuyển đổi số với hơn 2.000 đại biểu;\n"
        "- 63/63 tỉnh, thành phố đã ban hành kế hoạch chuyển đổi số năm 2025.",
        "2025-06-03",
        [],
    ),
    # NEGATIVE: a provincial plan, every bullet under 'Phấn đấu đến hết năm 2025'
    (
        "Kế hoạch chuyển đổi số tỉnh Nghệ An năm 2025\n"
        "Phấn đấu đến hết năm 2025:\n"
        "- 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình;\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 80%;\n"
        "- Kinh tế số chiếm 20% GRDP;\n"
        "- 90% người dân, doanh nghiệp hài lòng với việc giải quyết TTHC.",
        "2025-01-14",
        [],
    ),
    # NEGATIVE: infographic of world and other countries' figures
    (
        "Infographic: Bức tranh 5G toàn cầu năm 2024\n"
        "- 5G phủ sóng khoảng 51% dân số thế giới\n"
        "- Toàn cầu có hơn 2,25 tỷ thuê bao 5G\n"
        "- Hàn Quốc dẫn đầu với 97% dân số được phủ sóng 5G\n"
        "- Tốc độ tải xuống di động trung bình của UAE: 398 Mbps",
        "2025-01-30",
        [],
    ),
    # NEGATIVE: 'Con số ấn tượng' with 'Hiện nay' but no date in the text and no published date
    (
        "Con số ấn tượng\n"
        "Hiện nay, Cổng Dịch vụ công quốc gia có hơn 15 triệu tài khoản đăng ký.\n"
        "Hơn 2.400 dịch vụ công trực tuyến được tích hợp trên Cổng.\n"
        "Mỗi ngày, người dân nộp hàng chục nghìn hồ sơ trực tuyến.",
        None,
        [],
    ),
    # ' | ' rows of single named ministries (not stored) then the two bloc averages (stored)
    (
        "Kết quả cung cấp DVCTT toàn trình (tính đến 31/12/2024)\n"
        "Bộ Tài chính | 85,2%\n"
        "Bộ Công an | 91,0%\n"
        "Bộ Tư pháp | 48,7%\n"
        "Bình quân khối bộ, ngành | 63,4%\n"
        "Bình quân khối địa phương | 57,9%",
        "2025-01-16",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-12-31", 63.4),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-12-31", 57.9),
        ],
    ),
    # tab-separated ranking of provinces (each its own breakdown) and the bloc average with an empty cell
    (
        "Bảng xếp hạng tỷ lệ hồ sơ xử lý trực tuyến tháng 4/2025 (3 địa phương dẫn đầu)\n"
        "STT\tĐịa phương\tTỷ lệ (%)\n"
        "1\tBình Dương\t89,4\n"
        "2\tĐồng Tháp\t86,1\n"
        "3\tQuảng Ninh\t84,7\n"
        "Bình quân khối địa phương\t\t58,3",
        "2025-05-10",
        [
            ("online_dossier_rate", "Bình Dương", "month", "2025-04-30", 89.4),
            ("online_dossier_rate", "Đồng Tháp", "month", "2025-04-30", 86.1),
            ("online_dossier_rate", "Quảng Ninh", "month", "2025-04-30", 84.7),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 58.3),
        ],
    ),
    # 'Lĩnh vực: …' lines: 5G stations after 'trong đó' (another indicator, stored); 'lũy kế từ đầu năm' -> ytd
    (
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 (trích)\n"
        "Hạ tầng: tổng số trạm BTS đang hoạt động là 118.500 trạm, trong đó có 8.200 trạm 5G.\n"
        "NDXP: lũy kế từ đầu năm đến hết tháng 5/2025 có 486,3 triệu giao dịch.\n"
        "An toàn thông tin: lũy kế 5 tháng đầu năm ghi nhận 5.412 cuộc tấn công mạng gây sự cố.",
        "2025-06-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 8200),
            ("ndxp_transactions_period", "national", "ytd", "2025-05-31", 486300000),
            ("cyberattacks", "national", "ytd", "2025-05-31", 5412),
        ],
    ),
    # the value only in the headline, in parentheses after a city name and a quarter; body has no number
    (
        "Quý I/2025: Đà Nẵng dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình (72,5%)\n"
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, thành phố tiếp tục nằm trong nhóm địa phương có kết quả cao nhất.\n"
        "Lãnh đạo thành phố cho biết sẽ tiếp tục đơn giản hóa quy trình, giảm thời gian giải quyết hồ sơ.",
        "2025-04-14",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2025-03-31", 72.5),
        ],
    ),
]
