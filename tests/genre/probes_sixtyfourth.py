"""Blind genre probes, round 64: constructions of parts, wholes and brackets in Vietnamese
digital-transformation reports and press texts. The 35 cases probe label-colon lists of counts and
shares with "trong đó" sub-items, a whole stated after its parts (districts then "Tính chung toàn
tỉnh", provinces then "Bình quân cả nước" / "Cả nước"), figures in brackets after a figure (running
totals, money values, earlier values, shares, "x/y (z%)"), an agency's or operator's own system
beside the national figure, "trong quý / trong kỳ / trong năm / cuối kỳ" where the span is named
only in a title, older names of online services ("DVCTT mức độ 3, 4", "DVC mức độ 4", "một phần")
in 2021-2023 texts, and negative or mixed cases of the same constructions (a district's parts, a
ministry's own system, an operator's totals, a target list, a plan's bracketed figures), across
all five families of the catalog. Written for the project from the genre's usual phrasings (not
copied from any page).
"""


def _t(*lines):
    return "\n".join(lines)


CASES = [
    # ------------------------------------------------------------------ 1. label-colon lists
    # label-colon infrastructure list: "trong đó" sub-items of other indicators, bracketed share, "bằng x% dân số"
    (
        _t(
            "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025",
            "II. Hạ tầng số (số liệu đến ngày 31/5/2025)",
            "- Thuê bao di động: 127,6 triệu; trong đó băng rộng di động: 87,3 triệu, sử dụng điện thoại thông minh: 109,2 triệu (chiếm 85,6% tổng số thuê bao di động).",
            "- BRCĐ: 23,4 triệu thuê bao; tỷ lệ hộ gia đình sử dụng cáp quang: 82,4%.",
            "- Người dùng Internet: 79,1 triệu, bằng 78,6% dân số.",
            "- Trạm 5G: 11.850 trạm; vùng phủ 5G: 26,3% dân số.",
        ),
        "2025-06-06",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-05-31", 87300000),
            ("smartphone_subscriptions", "national", "as_of", "2025-05-31", 109200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 85.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-05-31", 23400000),
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 82.4),
            ("internet_users_rate", "national", "as_of", "2025-05-31", 78.6),
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 11850),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26.3),
        ],
    ),
    # provincial portal list: "Tổng số TTHC: …; số DVCTT: … (đạt …%), trong đó DVCTT toàn trình: … (…%)", dossier shares
    (
        _t(
            "Cổng thông tin điện tử tỉnh Nghệ An – Kết quả cung cấp dịch vụ công trực tuyến (số liệu đến ngày 30/9/2024):",
            "- Tổng số TTHC: 1.912; số DVCTT: 1.744 (đạt 91,21%), trong đó DVCTT toàn trình: 1.039 (54,34%).",
            "- Tỷ lệ hồ sơ xử lý trực tuyến 9 tháng đầu năm: 68,7%; trong đó hồ sơ trực tuyến toàn trình chiếm 41,2% tổng số hồ sơ.",
            "- Tỷ lệ hồ sơ được trả kết quả điện tử: 73,5%.",
        ),
        "2024-10-08",
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2024-09-30", 91.21),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2024-09-30", 54.34),
            ("online_dossier_rate", "Nghệ An", "ytd", "2024-09-30", 68.7),
            ("online_dossier_full_process_rate", "Nghệ An", "ytd", "2024-09-30", 41.2),
            ("e_result_rate", "Nghệ An", "as_of", "2024-09-30", 73.5),
        ],
    ),
    # NDXP label list in a monthly report: month flow, per-day average, running total, counts with a "gồm" breakdown (parts not stored)
    (
        _t(
            "Báo cáo tháng 3/2024 của Bộ Thông tin và Truyền thông về tình hình chuyển đổi số",
            "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP):",
            "- Số giao dịch trong tháng: 71,4 triệu; bình quân 2,3 triệu giao dịch/ngày.",
            "- Lũy kế từ khi vận hành: 2,94 tỷ giao dịch.",
            "- Điểm kết nối đã thiết lập: 109.",
            "- Cơ quan, đơn vị đã kết nối: 106 (gồm 24 bộ, ngành, 63 tỉnh, thành phố và 19 tổ chức, doanh nghiệp).",
        ),
        "2024-04-04",
        [
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 71400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2300000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 2940000000),
            ("ndxp_connection_points", "national", "as_of", "2024-03-31", 109),
            ("ndxp_connected_agencies", "national", "as_of", "2024-03-31", 106),
        ],
    ),
    # cybersecurity label list: total then "trong đó" kinds of attack (parts), a year-on-year change beside a level
    (
        _t(
            "Cục An toàn thông tin công bố số liệu giám sát tháng 8/2024:",
            "- Tấn công mạng gây sự cố: 1.046 cuộc; trong đó lừa đảo (phishing): 412 cuộc, thay đổi giao diện (deface): 377 cuộc, cài mã độc (malware): 257 cuộc.",
            "- Địa chỉ IP thuộc mạng botnet: 623.540 địa chỉ, giảm 11,2% so với cùng kỳ năm 2023.",
            "- Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ: 78,3%.",
        ),
        "2024-09-06",
        [
            ("cyberattacks", "national", "month", "2024-08-31", 1046),
            ("botnet_ips", "national", "as_of", "2024-08-31", 623540),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-31", 78.3),
        ],
    ),
    # Đề án 06 label list, date only in the heading: cards, VNeID with a level-2 part, 53/53 services, Mobile Money with a rural part
    (
        _t(
            "(Chinhphu.vn) – Kết quả triển khai Đề án 06 đến hết quý I/2025 theo số liệu của Bộ Công an:",
            "- Thẻ căn cước gắn chip đã cấp: 87,6 triệu thẻ.",
            "- Tài khoản định danh điện tử VNeID đã kích hoạt: 58,2 triệu; trong đó tài khoản mức độ 2: 51,9 triệu.",
            "- Dịch vụ công thiết yếu cung cấp trực tuyến toàn trình: 53/53 dịch vụ.",
            "- Mobile Money: 9,8 triệu khách hàng, trong đó 6,7 triệu khách hàng ở nông thôn, miền núi.",
            "- Tỷ lệ người trưởng thành có tài khoản ngân hàng: 87,1%.",
        ),
        "2025-04-10",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-31", 87600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 58200000),
            ("essential_services_full_process", "national", "as_of", "2025-03-31", 53),
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 9800000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-03-31", 87.1),
        ],
    ),
    # ------------------------------------------------------------------ 2. a whole after its parts
    # districts first, then "Tính chung toàn tỉnh đạt 58,6%" without the measure named again (province only in the dateline)
    (
        _t(
            "Đồng Tháp: chênh lệch lớn về xử lý hồ sơ trực tuyến giữa các huyện",
            "Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết trực tuyến ở cấp huyện của tỉnh có sự chênh lệch lớn.",
            "Huyện Tháp Mười đạt 71,2%, thành phố Cao Lãnh 66,9%, thị xã Hồng Ngự 64,5%, trong khi huyện Tân Hồng chỉ đạt 39,8%.",
            "Tính chung toàn tỉnh đạt 58,6%, tăng 12,4 điểm phần trăm so với cùng kỳ năm 2023.",
        ),
        "2024-07-12",
        [("online_dossier_rate", "Đồng Tháp", "half", "2024-06-30", 58.6)],
    ),
    # provinces with bracketed values first, then "Bình quân cả nước" with the measure named again
    (
        _t(
            "Công bố SIPAS 2023: Quảng Ninh dẫn đầu",
            "Bộ Nội vụ vừa công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023.",
            "Quảng Ninh dẫn đầu với 89,51%, tiếp theo là Hải Phòng (88,07%) và Bắc Ninh (87,40%); thấp nhất là Kiên Giang với 75,12%.",
            "Bình quân cả nước, chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023 đạt 80,08%, tăng 0,39 điểm % so với năm 2022.",
        ),
        "2024-04-25",
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 89.51),
            ("satisfaction_rate", "Hải Phòng", "year", "2023-12-31", 88.07),
            ("satisfaction_rate", "Bắc Ninh", "year", "2023-12-31", 87.4),
            ("satisfaction_rate", "Kiên Giang", "year", "2023-12-31", 75.12),
            ("satisfaction_rate", "national", "year", "2023-12-31", 80.08),
        ],
    ),
    # district counts of villages without signal, then the province's total and share ("hiện nay" dated by the published date)
    (
        _t(
            "Báo Kon Tum – Xóa lõm sóng: còn nhiều thôn vùng sâu chưa có sóng",
            "Hiện nay, huyện Kon Plông còn 14 thôn chưa có sóng điện thoại di động, Tu Mơ Rông 11 thôn, Ia H'Drai 9 thôn; các huyện khác cộng lại có 8 thôn.",
            "Tính chung toàn tỉnh Kon Tum còn 42 thôn lõm sóng, tỷ lệ thôn có sóng di động đạt 95,6%.",
        ),
        "2024-08-20",
        [
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2024-08-20", 42),
            ("villages_with_mobile_coverage_rate", "Kon Tum", "as_of", "2024-08-20", 95.6),
        ],
    ),
    # a table written as lines: khối bộ, khối địa phương, then "Cả nước" with no measure in the row; span only in the caption
    (
        _t(
            "VĂN PHÒNG CHÍNH PHỦ – Báo cáo quý II/2025 về tình hình giải quyết thủ tục hành chính",
            "Bảng 2. Tỷ lệ hồ sơ trực tuyến toàn trình trong quý (%)",
            "Khối bộ, ngành | 52,4",
            "Khối địa phương | 38,9",
            "Cả nước | 44,7",
        ),
        "2025-07-10",
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-06-30", 52.4),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-06-30", 38.9),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-06-30", 44.7),
        ],
    ),
    # provinces' GRDP shares as bare name-value pairs, "nhiều tỉnh … chưa tới 5%", then "Cả nước:" share of GDP and growth
    (
        _t(
            "Kinh tế số các địa phương: khoảng cách còn lớn",
            "Theo số liệu của Tổng cục Thống kê, năm 2023 tỷ trọng kinh tế số trong GRDP của Thái Nguyên ước đạt 42,92%, Bắc Ninh 29,2%, Hải Phòng 20,1%.",
            "Trong khi đó, nhiều tỉnh miền núi chưa tới 5%.",
            "Cả nước: kinh tế số chiếm 12,33% GDP, tăng trưởng 9,8% so với năm 2022.",
        ),
        "2024-06-18",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 42.92),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.2),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 20.1),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 9.8),
        ],
    ),
    # ------------------------------------------------------------------ 3. brackets after a figure
    # count with "(money; lũy kế từ khi vận hành money)" and dossiers with "(tháng 3/2025: …)" sub-span in brackets
    (
        _t(
            "Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh",
            "(VietnamPlus) Trong quý I/2025, Cổng Dịch vụ công quốc gia ghi nhận 3,1 triệu giao dịch thanh toán trực tuyến (2,8 nghìn tỷ đồng; lũy kế từ khi vận hành 25,4 nghìn tỷ đồng), tăng 23% so với cùng kỳ.",
            "Cũng trong quý, Cổng tiếp nhận 4,6 triệu hồ sơ trực tuyến (tháng 3/2025: 1,7 triệu hồ sơ).",
        ),
        "2025-04-08",
        [
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 3100000),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 2800),
            ("online_payments_value", "national", "as_of", "2025-03-31", 25400),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 4600000),
            ("national_portal_dossiers_new", "national", "month", "2025-03-31", 1700000),
        ],
    ),
    # "1.027/1.598 (64,27%)" full-process share of a province; partly-online share beside it; dossiers "(trực tuyến …, …%)"
    (
        _t(
            "Lào Cai đẩy mạnh dịch vụ công trực tuyến toàn trình",
            "UBND tỉnh Lào Cai cho biết, đến ngày 15/4/2025, tỉnh đã cung cấp 1.027/1.598 (64,27%) thủ tục hành chính dưới dạng dịch vụ công trực tuyến toàn trình.",
            "Ngoài ra, 412 (25,78%) thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến một phần.",
            "Từ đầu năm, hệ thống đã tiếp nhận 96.480 hồ sơ (trực tuyến 81.312 hồ sơ, 84,28%).",
        ),
        "2025-04-18",
        [
            ("dvctt_full_process_rate", "Lào Cai", "as_of", "2025-04-15", 64.27),
            ("online_dossier_rate", "Lào Cai", "ytd", "2025-04-15", 84.28),
        ],
    ),
    # an earlier value in brackets after a change ("so với tháng 1/2024 (1.370 cuộc)", "(cùng kỳ năm 2023: …)")
    (
        _t(
            "Tấn công mạng vào Việt Nam giảm trong tháng 2",
            "Tháng 2/2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.123 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18% so với tháng 1/2024 (1.370 cuộc).",
            "Số địa chỉ IP nằm trong mạng botnet là 582.307 (cùng kỳ năm 2023: 711.920 địa chỉ).",
        ),
        "2024-03-06",
        [
            ("cyberattacks", "national", "month", "2024-02-29", 1123),
            ("cyberattacks", "national", "month", "2024-01-31", 1370),
            ("botnet_ips", "national", "as_of", "2024-02-29", 582307),
            ("botnet_ips", "national", "as_of", "2023-02-28", 711920),
        ],
    ),
    # household count with "(đạt x% tổng số hộ; năm 2023 là y%)" and subscriptions with "(z thuê bao/100 dân)"
    (
        _t(
            "Hạ tầng băng rộng năm 2024: cáp quang đến gần 3/4 hộ gia đình",
            "Tính đến hết năm 2024, cả nước có 20,1 triệu hộ gia đình sử dụng Internet cáp quang (đạt 73,8% tổng số hộ; năm 2023 là 71,6%).",
            "Số thuê bao băng rộng cố định đạt 23,0 triệu (23,1 thuê bao/100 dân).",
            "Băng rộng di động có 89,6 triệu thuê bao (90,0 thuê bao/100 dân).",
        ),
        "2025-01-15",
        [
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 73.8),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 71.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23000000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.1),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 90.0),
        ],
    ),
    # rank "71/193" with the previous edition in brackets "(kỳ khảo sát 2022: 86/193)"; another country's rank; an index value with no id
    (
        _t(
            "Phỏng vấn Thứ trưởng Bộ Thông tin và Truyền thông (Báo Chính phủ)",
            "Phóng viên: Xin Thứ trưởng cho biết vị trí của Việt Nam về Chính phủ điện tử?",
            'Thứ trưởng: Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tháng 9/2024, Việt Nam xếp thứ 71/193 quốc gia (kỳ khảo sát 2022: 86/193), tăng 15 bậc; chỉ số EGDI đạt 0,7709, lần đầu vào nhóm "Rất cao".',
            "Trong khu vực ASEAN, Singapore tiếp tục dẫn đầu và đứng thứ 3 thế giới.",
        ),
        "2025-02-10",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # ------------------------------------------------------------------ 4. own system beside the national one
    # a ministry's own dossier system first (month in the title only), then the National Portal's month flows and levels
    (
        _t(
            "Báo cáo tình hình cung cấp dịch vụ công trực tuyến tháng 10/2024",
            "Trong tháng, Hệ thống thông tin giải quyết TTHC của Bộ Tư pháp tiếp nhận 412.560 hồ sơ, trong đó 97,3% hồ sơ trực tuyến toàn trình, 100% hồ sơ được trả kết quả điện tử.",
            "Trên Cổng Dịch vụ công quốc gia, trong tháng có 1,26 triệu tài khoản đăng ký mới và 3,4 triệu hồ sơ trực tuyến được nộp qua Cổng.",
            "Tính đến ngày 31/10/2024, Cổng có 48,7 triệu tài khoản và đã tiếp nhận tổng cộng 92,5 triệu hồ sơ trực tuyến.",
        ),
        "2024-11-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 1260000),
            ("national_portal_dossiers_new", "national", "month", "2024-10-31", 3400000),
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 48700000),
            ("national_portal_dossiers", "national", "as_of", "2024-10-31", 92500000),
        ],
    ),
    # one agency's NDXP transactions (Kho bạc) then the platform's total with "(bình quân …; lũy kế …)"
    (
        _t(
            "NDXP: hơn 262 triệu giao dịch trong quý III",
            "Kho bạc Nhà nước đã trao đổi 3,1 triệu giao dịch qua NDXP trong quý III/2024, chủ yếu với hệ thống quản lý thuế và Cơ sở dữ liệu quốc gia về dân cư.",
            "Tính chung, nền tảng NDXP ghi nhận 262,7 triệu giao dịch trong quý (bình quân 2,86 triệu giao dịch/ngày; lũy kế từ khi vận hành 3,46 tỷ giao dịch).",
        ),
        "2024-10-10",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-09-30", 262700000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 2860000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 3460000000),
        ],
    ),
    # operators' Mobile Money customers first, then "Toàn thị trường" with a rural "trong đó" part
    (
        _t(
            "Mobile Money sau hơn 2 năm thí điểm",
            "Tính đến cuối tháng 6/2024, Viettel Money có 6,1 triệu khách hàng sử dụng Mobile Money, VNPT Money đạt 1,9 triệu, MobiFone Money khoảng 0,5 triệu.",
            "Toàn thị trường, số khách hàng Mobile Money đạt 8,5 triệu, trong đó gần 6 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.",
        ),
        "2024-07-15",
        [("mobile_money_customers", "national", "as_of", "2024-06-30", 8500000)],
    ),
    # an operator's own speed, then the national download speeds, upload speeds and the world average beside them
    (
        _t(
            "VnExpress – Viettel cho biết tốc độ tải xuống trung bình trên mạng di động của hãng trong tháng 9/2025 đạt 68,2 Mbps.",
            "Theo kết quả đo của Cục Viễn thông (i-Speed), cũng trong tháng 9/2025, tốc độ tải xuống của băng rộng di động Việt Nam đạt 62,4 Mbps, của băng rộng cố định là 171,3 Mbps; tốc độ tải lên tương ứng là 21,5 Mbps và 160,8 Mbps.",
            "Mức trung bình toàn cầu với di động chỉ khoảng 58,0 Mbps.",
        ),
        "2025-10-07",
        [
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 62.4),
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 171.3),
        ],
    ),
    # ------------------------------------------------------------------ 5. span named only in the title
    # "trong quý" / "Lũy kế đến cuối kỳ" list items under a quarter title: flows to the _new twins, levels as_of the quarter end
    (
        _t(
            "BÁO CÁO QUÝ II/2025 VỀ THANH TOÁN TRỰC TUYẾN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA",
            "- Số giao dịch thanh toán trong quý: 3.256.340 giao dịch",
            "- Giá trị thanh toán trong quý: 2.905 tỷ đồng",
            "- Lũy kế đến cuối kỳ: 48,9 triệu giao dịch, tương ứng 28.305 tỷ đồng",
        ),
        "2025-07-09",
        [
            ("online_payments_count_new", "national", "quarter", "2025-06-30", 3256340),
            ("online_payments_value_new", "national", "quarter", "2025-06-30", 2905),
            ("online_payments_count", "national", "as_of", "2025-06-30", 48900000),
            ("online_payments_value", "national", "as_of", "2025-06-30", 28305),
        ],
    ),
    # "trong kỳ" / "cuối kỳ" under a bulletin title whose window is an explicit 16/10-15/11 span
    (
        _t(
            "BẢN TIN CHUYỂN ĐỔI SỐ THÁNG 11/2024 (kỳ báo cáo từ ngày 16/10/2024 đến ngày 15/11/2024)",
            "Nền tảng NDXP:",
            "- Giao dịch trong kỳ: 95,2 triệu",
            "- Trung bình mỗi ngày: 3,07 triệu giao dịch",
            "- Tổng số giao dịch đến cuối kỳ: 3,65 tỷ",
        ),
        "2024-11-20",
        [
            ("ndxp_transactions_period", "national", "month", "2024-11-15", 95200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-15", 3070000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-15", 3650000000),
        ],
    ),
    # "Trong năm" / "Cuối năm" numbered items under a year-review title; "x/y … (z%)" approval share
    (
        _t(
            "TỔNG KẾT CÔNG TÁC BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG NĂM 2023",
            "1. Trong năm, đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.750 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022.",
            "2. Cuối năm, còn 516.450 địa chỉ IP của Việt Nam nằm trong mạng botnet.",
            "3. Có 6.320/9.210 hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ (68,6%).",
        ),
        "2024-01-12",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13750),
            ("botnet_ips", "national", "as_of", "2023-12-31", 516450),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 68.6),
        ],
    ),
    # province named only in the title; "trong kỳ" dossier shares, "(đến cuối kỳ)" adults' use
    (
        _t(
            "Báo cáo kết quả thực hiện Đề án 06 quý I/2025 của UBND tỉnh Bình Dương",
            "- Số hồ sơ tiếp nhận trong kỳ: 186.402, trong đó trực tuyến 151.883 hồ sơ (81,48%).",
            "- Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa trong kỳ: 46,2%.",
            "- Tỷ lệ hồ sơ gắn mã số định danh cá nhân: 99,1%.",
            "- Tỷ lệ người trưởng thành sử dụng DVCTT (đến cuối kỳ): 46,5%.",
        ),
        "2025-04-12",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2025-03-31", 81.48),
            ("data_reuse_rate", "Bình Dương", "quarter", "2025-03-31", 46.2),
            ("dossiers_with_personal_id_rate", "Bình Dương", "quarter", "2025-03-31", 99.1),
            ("adult_population_using_dvctt_rate", "Bình Dương", "as_of", "2025-03-31", 46.5),
        ],
    ),
    # year title; "khởi tạo trong năm" (the year's new invoices, no id) beside the running total "đến cuối kỳ"
    (
        _t(
            "BÁO CÁO NĂM 2024 CỦA TỔNG CỤC THUẾ VỀ HÓA ĐƠN ĐIỆN TỬ",
            "- Hóa đơn điện tử khởi tạo trong năm: 2,52 tỷ hóa đơn, trong đó 1,94 tỷ hóa đơn có mã của cơ quan thuế.",
            "- Tổng số hóa đơn điện tử đã tiếp nhận và xử lý từ tháng 7/2022 đến cuối kỳ: 6,1 tỷ hóa đơn.",
            "- Doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử: 1,1 triệu đơn vị.",
        ),
        "2025-01-20",
        [("e_invoices_total", "national", "as_of", "2024-12-31", 6100000000)],
    ),
    # quarter title; "lũy kế đến cuối kỳ" x/y with a remainder, "cuối kỳ" EMC share, a count of resolutions "trong kỳ"
    (
        _t(
            "BÁO CÁO KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH QUÝ I/2024 (Văn phòng Chính phủ)",
            "- Quy định kinh doanh đã cắt giảm, đơn giản hóa lũy kế đến cuối kỳ: 763/1.084 quy định (70,4%); còn 321 quy định chưa thực hiện.",
            "- Địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi sử dụng DVCTT: 41/63 tỉnh, thành phố.",
            "- Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC cuối kỳ: 82,5%.",
            "- Trong kỳ, Chính phủ ban hành 05 nghị quyết chuyên đề về cắt giảm, đơn giản hóa quy định.",
        ),
        "2024-04-10",
        [
            ("procedures_simplified", "national", "as_of", "2024-03-31", 763),
            ("localities_fee_reduction", "national", "as_of", "2024-03-31", 41),
            ("emc_connection_rate", "national", "as_of", "2024-03-31", 82.5),
        ],
    ),
    # ------------------------------------------------------------------ 6. older names of online services
    # 2021: "DVCTT mức độ 3, 4" share, "trong đó mức độ 4 là …" (full-process), dossiers of level-3/4 services
    (
        _t(
            "Báo cáo tình hình triển khai Chính phủ điện tử năm 2021 (Bộ Thông tin và Truyền thông)",
            "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 cả nước đạt 60,72%, trong đó mức độ 4 là 34,96%.",
            "Tỷ lệ hồ sơ trực tuyến của dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt 31,2%.",
            "Cổng DVCQG đã tích hợp 3.708 DVCTT.",
        ),
        "2022-01-15",
        [
            ("dvctt_rate", "national", "year", "2021-12-31", 60.72),
            ("dvctt_full_process_rate", "national", "year", "2021-12-31", 34.96),
            ("online_dossier_rate", "national", "year", "2021-12-31", 31.2),
        ],
    ),
    # 2022 province: "dịch vụ công mức độ 4, chiếm x% tổng số TTHC"; level 3 alone in brackets (no id)
    (
        _t(
            "Thái Nguyên tổng kết cải cách hành chính năm 2022",
            "Năm 2022, tỉnh Thái Nguyên đã cung cấp 1.322 dịch vụ công mức độ 4, chiếm 68,9% tổng số thủ tục hành chính; số DVCTT mức độ 3 là 245 (12,8%).",
            "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 đạt 47,6%.",
        ),
        "2023-01-10",
        [
            ("dvctt_full_process_rate", "Thái Nguyên", "year", "2022-12-31", 68.9),
            ("online_dossier_rate", "Thái Nguyên", "year", "2022-12-31", 47.6),
        ],
    ),
    # 2023: "toàn trình" and "một phần" side by side, then the stated total "(gồm cả toàn trình và một phần)"
    (
        _t(
            "Thông cáo báo chí của Văn phòng Chính phủ về kết quả cải cách TTHC năm 2023",
            "Tính đến ngày 31/12/2023, cả nước có 4.481 dịch vụ công trực tuyến toàn trình, chiếm 46,8% tổng số TTHC; dịch vụ công trực tuyến một phần chiếm 34,2%.",
            "Như vậy, tỷ lệ TTHC được cung cấp trực tuyến (gồm cả toàn trình và một phần) là 81,0%.",
        ),
        "2024-01-18",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 46.8),
            ("dvctt_rate", "national", "as_of", "2023-12-31", 81.0),
        ],
    ),
    # 2022: "đủ điều kiện lên DVCTT mức độ 4" with the all-procedures share in brackets; the localities' pair "lần lượt"
    (
        _t(
            "Kết quả cung cấp dịch vụ công trực tuyến năm 2022",
            "Năm 2022, khối bộ, ngành đã đưa 97,3% thủ tục hành chính đủ điều kiện lên dịch vụ công trực tuyến mức độ 4 (chiếm 54,33% tổng số thủ tục hành chính của khối).",
            "Với khối địa phương, hai tỷ lệ này lần lượt là 88,1% và 41,6%.",
        ),
        "2023-02-01",
        [
            ("full_process_provision_rate", "ministries", "year", "2022-12-31", 97.3),
            ("dvctt_full_process_rate", "ministries", "year", "2022-12-31", 54.33),
            ("full_process_provision_rate", "localities", "year", "2022-12-31", 88.1),
            ("dvctt_full_process_rate", "localities", "year", "2022-12-31", 41.6),
        ],
    ),
    # 2023: "DVCTT mức độ 3, 4 có phát sinh hồ sơ" of localities and ministries; level-3/4 dossier share
    (
        _t(
            "Nhiều dịch vụ công trực tuyến vẫn chưa có hồ sơ",
            "(VietnamPlus) 9 tháng đầu năm 2023, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ của các địa phương đạt 51,49%, của các bộ, ngành là 63,2%.",
            "Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3, 4 của khối địa phương là 29,7%.",
        ),
        "2023-10-12",
        [
            ("dvctt_with_dossiers_rate", "localities", "ytd", "2023-09-30", 51.49),
            ("dvctt_with_dossiers_rate", "ministries", "ytd", "2023-09-30", 63.2),
            ("online_dossier_rate", "localities", "ytd", "2023-09-30", 29.7),
        ],
    ),
    # ------------------------------------------------------------------ 7. negative and mixed
    # negative: a district's parts and the district's own whole ("Tính chung toàn huyện"); province named only in brackets
    (
        _t(
            "Huyện Mèo Vạc (tỉnh Hà Giang) đẩy mạnh dịch vụ công trực tuyến",
            "Trong quý III/2024, Bộ phận Một cửa huyện tiếp nhận 4.215 hồ sơ TTHC, trong đó 2.960 hồ sơ trực tuyến (70,2%).",
            "Ở cấp xã, xã Pải Lủng đạt 91%, xã Sơn Vĩ 64%.",
            "Tính chung toàn huyện, tỷ lệ hồ sơ được trả kết quả điện tử đạt 66,5%.",
        ),
        "2024-10-09",
        [],
    ),
    # negative: one ministry's own system only ("Hệ thống dịch vụ công của Bộ", "Bộ cung cấp 612/836 … (73,2%)")
    (
        _t(
            "Bộ Tài chính: gần 9/10 hồ sơ được xử lý trực tuyến toàn trình",
            "Trong tháng 4/2025, Hệ thống dịch vụ công của Bộ Tài chính tiếp nhận 1,02 triệu hồ sơ, tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,6%; 100% kết quả giải quyết được trả dưới dạng điện tử.",
            "Đến nay, Bộ cung cấp 612/836 TTHC dưới dạng DVCTT toàn trình (73,2%), kết nối 100% với Cổng Dịch vụ công quốc gia.",
        ),
        "2025-05-06",
        [],
    ),
    # negative: an operator's totals (subscriptions, FTTH part, 5G stations, speed), undated and with no published date
    (
        _t(
            "VNPT đẩy mạnh hạ tầng số",
            "VNPT hiện có 7,2 triệu thuê bao BRCĐ, chiếm khoảng 35% thị phần; trong đó 98% là thuê bao cáp quang FTTH.",
            "Mạng 5G của VNPT đã phát sóng 1.800 trạm tại 63 tỉnh, thành phố, tốc độ tải xuống trung bình đạt 172 Mbps.",
        ),
        None,
        [],
    ),
    # negative: a target list under a heading, then an undated "hiện nay" level with no published date
    (
        _t(
            "Mục tiêu đến hết năm 2025 theo Kế hoạch hoạt động của Ủy ban Quốc gia về chuyển đổi số:",
            "- Tỷ lệ DVCTT toàn trình: 100% (trên tổng số TTHC đủ điều kiện)",
            "- Tỷ lệ người trưởng thành sử dụng DVCTT: 50%",
            "- Tỷ lệ hộ gia đình có cáp quang: 85%",
            "- Kinh tế số: 20% GDP",
            "Hiện nay, tỷ lệ người trưởng thành sử dụng DVCTT mới đạt khoảng 40%.",
        ),
        None,
        [],
    ),
    # mixed: a plan's targets (not stored) with actual values in its brackets (stored), a remainder and counts of tasks/decisions (not stored)
    (
        _t(
            "Gia Lai ban hành Kế hoạch chuyển đổi số năm 2025",
            "Kế hoạch được ban hành kèm Quyết định số 215/QĐ-UBND với 48 nhiệm vụ.",
            "Tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 60% (năm 2024 đạt 41,3%).",
            "Tỉnh cũng phấn đấu phủ sóng toàn bộ 120 thôn lõm sóng còn lại (đến ngày 31/12/2024 đã phủ 96/216 thôn, đạt 44,4%).",
        ),
        "2025-01-22",
        [
            ("online_dossier_full_process_rate", "Gia Lai", "year", "2024-12-31", 41.3),
            ("dead_zone_villages_covered_rate", "Gia Lai", "as_of", "2024-12-31", 44.4),
        ],
    ),
]
