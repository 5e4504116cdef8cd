"""Blind genre probes, round 63: how provincial portals, ministry monthly reports and the press
word infrastructure and online-service figures. The cases are built around seven constructions:
a heading that names the measure followed by dash lines that give values by place or level
without repeating it; household fibre and broadband written many ways, with the province named
only in the title or dateline; 4G/5G and mobile coverage, where shares of communes, roads or
industrial parks and 4G figures sit next to the 5G values; legacy and current names of online
services (mức độ 3, 4 / mức độ 4 / một phần / toàn trình), with the share of procedures beside the
share of dossiers; figures with bracketed asides that are not values (ranks gained, targets beaten,
sources, cut-off dates) and values whose unit is only in a bracket; smartphones, subscriptions and
Internet users as counts and shares in one sentence; and negative or mixed cases (district lists,
an operator's own figures, target lines under a heading, a survey's share, ASEAN and world
averages, another country, decrees and meetings, year-on-year changes, sub-counts after
"trong đó"). Written for the project from the genre's usual phrasings (not copied from any page).
"""


def _t(*lines):
    return "\n".join(lines)


CASES = [
    # ------------------------------------------------------------------ 1. heading, then dash lines
    # heading names the dossier share; dash lines by level; only "Toàn tỉnh" is the province's value (cấp tỉnh/huyện/xã are parts)
    (
        _t(
            "Bắc Ninh: kết quả cải cách hành chính 6 tháng đầu năm 2025",
            "Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến:",
            "- Cấp tỉnh: 92,1%",
            "- Cấp huyện: 81,3%",
            "- Cấp xã: 76,8%",
            "- Toàn tỉnh: 85,4%",
        ),
        "2025-07-08",
        [("online_dossier_rate", "Bắc Ninh", "half", "2025-06-30", 85.4)],
    ),
    # heading names full-process share and its date in brackets; dash lines by khối bộ, ngành / khối địa phương / cả nước
    (
        _t(
            "Báo cáo chuyển đổi số quốc gia tháng 4/2025",
            "Tỷ lệ DVCTT toàn trình trên tổng số TTHC (tính đến 30/4/2025):",
            "- Khối bộ, ngành: 61,2%",
            "- Khối địa phương: 54,7%",
            "- Chung cả nước: 57,9%",
        ),
        "2025-05-07",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-04-30", 61.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-04-30", 54.7),
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-30", 57.9),
        ],
    ),
    # generic "Về hạ tầng số:" heading, bullets that name the item only in short; operators' split in brackets is not stored
    (
        _t(
            "Sở Khoa học và Công nghệ Hà Tĩnh báo cáo kết quả chuyển đổi số quý I/2025.",
            "Về hạ tầng số:",
            "- Hộ gia đình có Internet cáp quang: 81,6%;",
            "- Thôn, tổ dân phố có sóng di động băng rộng: 99,2%;",
            "- Trạm BTS 5G: 312 trạm (Viettel 240, VNPT 72).",
        ),
        "2025-04-09",
        [
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2025-03-31", 81.6),
            ("villages_with_mobile_coverage_rate", "Hà Tĩnh", "as_of", "2025-03-31", 99.2),
            ("fiveg_bts_count", "Hà Tĩnh", "as_of", "2025-03-31", 312),
        ],
    ),
    # NDXP heading with the quarter; dash lines give period, per-day, running total and points without "giao dịch qua NDXP" again
    (
        _t(
            "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) – số liệu quý II/2025:",
            "- Trong quý: 187,3 triệu giao dịch;",
            "- Bình quân mỗi ngày: 2,06 triệu giao dịch;",
            "- Lũy kế từ khi vận hành đến 30/6/2025: 3,92 tỷ giao dịch;",
            "- Điểm kết nối: 152 (thêm 4 điểm so với quý I), phục vụ khai thác 11 CSDL quốc gia, chuyên ngành.",
        ),
        None,
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 187300000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 2060000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3920000000),
            ("ndxp_connection_points", "national", "as_of", "2025-06-30", 152),
        ],
    ),
    # heading names the fibre share; dash lines by province ("TP. Đà Nẵng") and the national average
    (
        _t(
            "Cục Viễn thông công bố số liệu hạ tầng băng rộng năm 2024.",
            "Tỷ lệ hộ gia đình có Internet cáp quang (đến 31/12/2024)",
            "- Hà Nội: 96,3%",
            "- TP. Đà Nẵng: 95,1%",
            "- Điện Biên: 42,7%",
            "- Bình quân cả nước: 82,5%",
        ),
        "2025-01-15",
        [
            ("ftth_household_rate", "Hà Nội", "as_of", "2024-12-31", 96.3),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-12-31", 95.1),
            ("ftth_household_rate", "Điện Biên", "as_of", "2024-12-31", 42.7),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.5),
        ],
    ),
    # ------------------------------------------------------------------ 2. household fibre, province only in title/dateline
    # "phủ đến 90,2% hộ gia đình" after "cáp quang hóa 100% thôn" (villages: no id); change in points not stored
    (
        _t(
            "Lào Cai: cáp quang hóa 100% thôn, bản",
            "(Lào Cai, 12/5/2025) – Tính đến cuối tháng 4/2025, hạ tầng cáp quang đã đến 100% thôn, bản trên địa bàn.",
            "Mạng cáp quang phủ đến 90,2% hộ gia đình, tăng 4,5 điểm phần trăm so với đầu năm.",
        ),
        "2025-05-12",
        [("ftth_household_rate", "Lào Cai", "as_of", "2025-04-30", 90.2)],
    ),
    # "số hộ có Internet cáp quang chiếm …" with the province only in the capitalised dateline; communes and Wi-Fi ratios not stored
    (
        _t(
            "Hạ tầng số tiếp tục được mở rộng",
            "TUYÊN QUANG – Đến hết quý I/2025, số hộ có Internet cáp quang chiếm 85,3% tổng số hộ trên địa bàn, cao hơn 6,1 điểm phần trăm so với cùng kỳ.",
            "100% trung tâm xã đã có cáp quang; 137/141 xã có điểm truy nhập Wi-Fi công cộng.",
        ),
        "2025-04-16",
        [("ftth_household_rate", "Tuyên Quang", "as_of", "2025-03-31", 85.3)],
    ),
    # "hiện nay" with a published date; "cáp quang đã đến 98% thôn, bản" is villages (no id); province only in the title
    (
        _t(
            "Bắc Kạn đẩy mạnh phát triển hạ tầng số",
            "Hiện nay, hạ tầng cáp quang đã đến 98% thôn, bản; tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang là 71,4%.",
            "Sở Khoa học và Công nghệ cho biết sẽ phối hợp với các doanh nghiệp viễn thông kéo cáp quang đến các thôn còn lại trong năm 2025.",
        ),
        "2025-06-03",
        [("ftth_household_rate", "Bắc Kạn", "as_of", "2025-06-03", 71.4)],
    ),
    # year under review, count then share "tương đương 65,8% số hộ"; rural part after "trong đó" and the 2025 target are not stored
    (
        _t(
            "Sơn La: thêm hơn 18.000 hộ dùng Internet cáp quang",
            "Năm 2024, toàn tỉnh có 214.600 hộ gia đình sử dụng Internet cáp quang (FTTH), tương đương 65,8% số hộ; trong đó khu vực nông thôn đạt 52,3%.",
            "Năm 2025, tỉnh phấn đấu nâng tỷ lệ này lên 75%.",
        ),
        "2025-01-20",
        [("ftth_household_rate", "Sơn La", "as_of", "2024-12-31", 65.8)],
    ),
    # households with fixed broadband (read as fibre) and a province's subscriptions "ở mức"; fibre sub-count after "trong đó" and "9/10" in the title not stored
    (
        _t(
            "Kon Tum: băng rộng cố định đến gần 9/10 hộ gia đình",
            "KON TUM, ngày 8/10/2024 – Theo Sở Thông tin và Truyền thông, đến ngày 30/9/2024 có 88,1% hộ gia đình trên địa bàn có Internet băng rộng cố định.",
            "Số thuê bao băng rộng cố định ở mức 97.450 thuê bao, trong đó 97.102 thuê bao cáp quang.",
        ),
        "2024-10-08",
        [
            ("ftth_household_rate", "Kon Tum", "as_of", "2024-09-30", 88.1),
            ("fixed_broadband_subscriptions", "Kon Tum", "as_of", "2024-09-30", 97450),
        ],
    ),
    # ------------------------------------------------------------------ 3. mobile coverage, 4G/5G
    # 4G population coverage (no id) beside "sóng 5G phủ 26% dân số" and "khoảng 8.000 trạm BTS 5G"
    (
        _t(
            "5G phủ sóng một phần tư dân số",
            "(VnExpress) Đến cuối tháng 4/2025, 99,8% dân số được phủ sóng 4G, trong khi sóng 5G phủ 26% dân số với khoảng 8.000 trạm BTS 5G đang phát sóng.",
            "Cục Viễn thông cho biết tốc độ phủ 5G nhanh hơn dự kiến.",
        ),
        "2025-05-20",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-30", 26.0),
            ("fiveg_bts_count", "national", "as_of", "2025-04-30", 8000),
        ],
    ),
    # "100% xã … có sóng 4G" (communes: no id) next to the villages' share and the villages left without signal
    (
        _t(
            "Thanh Hóa: hạ tầng viễn thông quý I/2025",
            "Tính đến 31/3/2025, 100% xã, phường, thị trấn trên địa bàn tỉnh Thanh Hóa có sóng 4G.",
            "99,6% thôn, bản được phủ sóng di động băng rộng; số thôn lõm sóng chỉ còn 14 thôn, chủ yếu ở huyện Mường Lát.",
        ),
        None,
        [
            ("villages_with_mobile_coverage_rate", "Thanh Hóa", "as_of", "2025-03-31", 99.6),
            ("villages_without_mobile_coverage", "Thanh Hóa", "as_of", "2025-03-31", 14),
        ],
    ),
    # BTS "chạm mốc", "gấp đôi" (a change) with the earlier level in brackets (kept with its own date), then 5G coverage
    (
        _t(
            "Báo cáo chuyển đổi số quốc gia tháng 6/2025",
            "Tính đến hết tháng 6/2025, số trạm BTS 5G trên cả nước chạm mốc 12.500 trạm, gấp đôi so với cuối năm 2024 (khoảng 6.200 trạm).",
            "Vùng phủ sóng 5G đạt 30,5% dân số.",
        ),
        "2025-07-04",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12500),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6200),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 30.5),
        ],
    ),
    # dead-zone programme: "1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%" and the villages still without signal (mentions "chưa có điện lưới")
    (
        _t(
            "Chương trình phủ sóng thôn lõm sóng",
            "Đến ngày 15/11/2024, các doanh nghiệp đã phủ sóng 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%.",
            "Cả nước còn 1.120 thôn, bản lõm sóng, phần lớn chưa có điện lưới.",
        ),
        "2024-11-18",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-15", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-15", 1120),
        ],
    ),
    # a city's 5G stations and "vùng phủ 5G lên tới … dân số"; shares of industrial parks and roads and the year-end target not stored
    (
        _t(
            "Hải Phòng dẫn đầu về phủ sóng 5G",
            "Đến hết tháng 6/2025, toàn thành phố có 1.450 trạm phát sóng 5G, vùng phủ 5G lên tới 75,2% dân số.",
            "100% khu công nghiệp và 98% tuyến đường chính đã có sóng 5G; mục tiêu đến cuối năm là 90% dân số.",
        ),
        "2025-07-10",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-06-30", 1450),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-06-30", 75.2),
        ],
    ),
    # ------------------------------------------------------------------ 4. legacy and current service names
    # before 2022: "DVCTT mức độ 3, 4 … đạt tỷ lệ 78,3%", "DVC mức độ 4 … (chiếm 52,9% …)", dossiers "mức độ 3, 4"; "gấp 2,1 lần" not stored
    (
        _t(
            "Quảng Nam tổng kết cải cách hành chính năm 2021",
            "Năm 2021, tỉnh Quảng Nam cung cấp 1.512 dịch vụ công trực tuyến mức độ 3, 4, đạt tỷ lệ 78,3% trên tổng số TTHC, trong đó DVC mức độ 4 là 1.021 dịch vụ (chiếm 52,9% tổng số TTHC).",
            "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên tổng số hồ sơ TTHC đạt 34,6%, gấp 2,1 lần năm 2020.",
        ),
        "2022-01-14",
        [
            ("dvctt_rate", "Quảng Nam", "as_of", "2021-12-31", 78.3),
            ("dvctt_full_process_rate", "Quảng Nam", "as_of", "2021-12-31", 52.9),
            ("online_dossier_rate", "Quảng Nam", "year", "2021-12-31", 34.6),
        ],
    ),
    # current names: "DVCTT toàn trình (chiếm …)", "DVCTT một phần" (no id), share of all TTHC, then two dossier shares for the quarter
    (
        _t(
            "Nghệ An: kết quả cung cấp dịch vụ công trực tuyến",
            "Tính đến 31/3/2025, tỉnh Nghệ An đang cung cấp 1.698 DVCTT, trong đó 1.002 DVCTT toàn trình (chiếm 51,2% tổng số TTHC) và 696 DVCTT một phần; tỷ lệ DVCTT trên tổng số TTHC là 86,8%.",
            "Trong quý I/2025, tỷ lệ hồ sơ nộp trực tuyến đạt 68,4%, hồ sơ trực tuyến toàn trình chiếm 41,7% tổng số hồ sơ.",
        ),
        None,
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2025-03-31", 86.8),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2025-03-31", 51.2),
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-03-31", 68.4),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2025-03-31", 41.7),
        ],
    ),
    # legacy national: "DVCTT mức độ 3, 4 của cả nước đạt …" beside "hồ sơ giải quyết trực tuyến mức độ 3, 4 … ở mức"; 2.800 integrated services not stored
    (
        _t(
            "(Báo Chính phủ) Chính phủ điện tử năm 2020",
            "Đến ngày 31/12/2020, Cổng Dịch vụ công quốc gia đã tích hợp 2.800 DVC mức độ 3, 4.",
            "Tỷ lệ DVCTT mức độ 3, 4 của cả nước đạt 30,86%, trong khi tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 mới ở mức 22,5%.",
        ),
        "2021-01-05",
        [
            ("dvctt_rate", "national", "as_of", "2020-12-31", 30.86),
            ("online_dossier_rate", "national", "as_of", "2020-12-31", 22.5),
        ],
    ),
    # procedures vs dossiers for ministries and localities in one sentence, the blocks named after the values ("ở các bộ, ngành")
    (
        _t(
            "Hội nghị trực tuyến về Đề án 06 và cải cách TTHC",
            "Tại hội nghị ngày 18/6/2025, Văn phòng Chính phủ cho biết tỷ lệ TTHC được cung cấp trực tuyến toàn trình của khối bộ, ngành là 49,3%, khối địa phương là 55,6%.",
            "Trong khi đó, tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 32,1% ở các bộ, ngành và 40,8% ở các địa phương.",
        ),
        "2025-06-19",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-06-18", 49.3),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-06-18", 55.6),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-06-18", 32.1),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-06-18", 40.8),
        ],
    ),
    # eligible base ("100% … đối với các TTHC đủ điều kiện") vs all procedures; "DVCTT một phần chiếm 33,5%" has no id; province only in the title
    (
        _t(
            "Đồng Tháp: 100% TTHC đủ điều kiện đã lên DVCTT toàn trình",
            "Đến hết quý II/2025, tỉnh đã cung cấp 100% DVCTT toàn trình đối với các TTHC đủ điều kiện; tính trên tổng số TTHC, tỷ lệ DVCTT toàn trình là 58,2%, DVCTT một phần chiếm 33,5%.",
            "Tỷ lệ hồ sơ xử lý trực tuyến trong quý II ở mức 71,9%.",
        ),
        "2025-07-05",
        [
            ("full_process_provision_rate", "Đồng Tháp", "as_of", "2025-06-30", 100.0),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2025-06-30", 58.2),
            ("online_dossier_rate", "Đồng Tháp", "quarter", "2025-06-30", 71.9),
        ],
    ),
    # ------------------------------------------------------------------ 5. bracketed asides, unit in a bracket
    # "đạt 154,9 (Mbps) (theo Ookla)", ranks and "(tăng 2 bậc; tải lên …)" are asides; only download speeds stored
    (
        _t(
            "Báo cáo chuyển đổi số tháng 3/2025",
            "Tốc độ truy cập băng rộng cố định của Việt Nam đạt 154,9 (Mbps) (theo Ookla), tăng 8 bậc, xếp thứ 35 thế giới.",
            "Tốc độ băng rộng di động đạt 97,5 (Mbps) (tăng 2 bậc; tải lên 21,3 Mbps).",
        ),
        "2025-04-05",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 154.9),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 97.5),
        ],
    ),
    # "71/193" with "(tăng 15 bậc so với năm 2022)" and a share with "(vượt mục tiêu 17%)"; neither aside is a value
    (
        _t(
            "Chính phủ số và kinh tế số năm 2024",
            "Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc (tăng 15 bậc so với năm 2022).",
            "Tỷ trọng kinh tế số trong GDP ước đạt 18,3% (vượt mục tiêu 17%).",
        ),
        None,
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # dash lines with "(vượt chỉ tiêu 5%)", "(kế hoạch: 50%)" and "(số liệu đến 15/12)", the last a date, not a value
    (
        _t(
            "Vĩnh Long tổng kết chuyển đổi số năm 2024",
            "- Tỷ lệ hồ sơ TTHC được cấp kết quả điện tử: 85% (vượt chỉ tiêu 5%);",
            "- Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: 62,3% (kế hoạch: 50%);",
            "- Mức độ hài lòng của người dân, doanh nghiệp: 96,12% (số liệu đến 15/12).",
        ),
        "2025-01-10",
        [
            ("e_result_rate", "Vĩnh Long", "year", "2024-12-31", 85.0),
            ("data_reuse_rate", "Vĩnh Long", "year", "2024-12-31", 62.3),
            ("satisfaction_rate", "Vĩnh Long", "as_of", "2024-12-15", 96.12),
        ],
    ),
    # monthly report: "(số liệu đến 15/6)" dates Mobile Money; rural part and monthly increase not stored; money only in brackets
    (
        _t(
            "Báo cáo chuyển đổi số quốc gia tháng 6/2025 (trích)",
            "- Khách hàng Mobile Money: 9,5 triệu (số liệu đến 15/6), trong đó 6,8 triệu ở nông thôn, miền núi;",
            "- Tài khoản VNeID đã kích hoạt: 63,2 triệu (tăng 1,1 triệu so với tháng 5);",
            "- Thanh toán trực tuyến trên Cổng DVCQG lũy kế từ đầu năm: 3,1 triệu giao dịch (2,8 nghìn tỷ đồng; lũy kế từ khi vận hành 12,9 nghìn tỷ đồng).",
        ),
        "2025-07-03",
        [
            ("mobile_money_customers", "national", "as_of", "2025-06-15", 9500000),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 63200000),
            ("online_payments_count_new", "national", "ytd", "2025-06-30", 3100000),
            ("online_payments_value_new", "national", "ytd", "2025-06-30", 2800),
            ("online_payments_value", "national", "as_of", "2025-06-30", 12900),
        ],
    ),
    # units only in brackets "(cuộc)", "(địa chỉ)", "(%)"; a change and a source in brackets are asides
    (
        _t(
            "An toàn thông tin mạng quý III/2024",
            "- Cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam ghi nhận trong quý: 2.742 (cuộc) (giảm 12,6% so với quý II);",
            "- Địa chỉ IP thuộc mạng botnet (tính đến 30/9/2024): 612.345 (địa chỉ);",
            "- Tỷ lệ HTTT được phê duyệt cấp độ: 91,2 (%) (theo báo cáo của các bộ, ngành, địa phương).",
        ),
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-09-30", 2742),
            ("botnet_ips", "national", "as_of", "2024-09-30", 612345),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 91.2),
        ],
    ),
    # ------------------------------------------------------------------ 6. smartphones, subscriptions, Internet users
    # count and share of smartphone subscriptions in one clause, then "khoảng 78% dân số sử dụng Internet"
    (
        _t(
            "(VietnamPlus) Hạ tầng viễn thông năm 2023",
            "Tính đến hết năm 2023, cả nước có 92,5 triệu thuê bao điện thoại thông minh, chiếm 84,4% thuê bao di động.",
            "Khoảng 78% dân số sử dụng Internet.",
        ),
        "2024-01-12",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 92500000),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.4),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.0),
        ],
    ),
    # a province: smartphones after "trong đó" with the share "(đạt 87%)"; total mobile subscriptions have no id
    (
        _t(
            "Đắk Lắk: viễn thông 6 tháng đầu năm 2025",
            "Đắk Lắk – Đến 30/6/2025, toàn tỉnh có 1,62 triệu thuê bao di động, trong đó 1,41 triệu thuê bao sử dụng smartphone (đạt 87%).",
            "Thuê bao băng rộng cố định là 298.000 thuê bao.",
        ),
        None,
        [
            ("smartphone_subscriptions", "Đắk Lắk", "as_of", "2025-06-30", 1410000),
            ("smartphone_subscriber_rate", "Đắk Lắk", "as_of", "2025-06-30", 87.0),
            ("fixed_broadband_subscriptions", "Đắk Lắk", "as_of", "2025-06-30", 298000),
        ],
    ),
    # a survey's share of adults owning smartphones (not stored) beside the administrative share of subscriptions
    (
        _t(
            "Người Việt và chiếc điện thoại thông minh",
            "Một khảo sát của Decision Lab công bố tháng 4/2025 cho thấy 73% người trưởng thành Việt Nam sở hữu smartphone.",
            "Theo số liệu quản lý của Cục Viễn thông tính đến 31/3/2025, số thuê bao băng rộng di động đạt 89,2 triệu, thuê bao smartphone chiếm 85,1% tổng thuê bao điện thoại di động.",
        ),
        "2025-04-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-03-31", 89200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 85.1),
        ],
    ),
    # dash lines: BRDĐ after "trong đó", smartphones with the share bare in brackets, "BRCĐ: … thuê bao", users "bằng … dân số"
    (
        _t(
            "Số liệu viễn thông tính đến 30/9/2024:",
            "- Thuê bao di động: 127,6 triệu; trong đó băng rộng di động (3G, 4G, 5G): 87,3 triệu;",
            "- Thuê bao sử dụng smartphone: 105,2 triệu (82,4%);",
            "- BRCĐ: 23,4 triệu thuê bao;",
            "- Người dùng Internet: 79,1 triệu, bằng 78,6% dân số.",
        ),
        "2024-10-08",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 87300000),
            ("smartphone_subscriptions", "national", "as_of", "2024-09-30", 105200000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 82.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23400000),
            ("internet_users_rate", "national", "as_of", "2024-09-30", 78.6),
        ],
    ),
    # ------------------------------------------------------------------ 7. negative and mixed
    # district list under a heading; "Thành phố Lai Châu" shares the province's name; only the province total is stored
    (
        _t(
            "Tỷ lệ hộ gia đình có Internet cáp quang ở một số địa bàn của tỉnh Lai Châu (đến 31/12/2024):",
            "- Huyện Mường Tè: 41,2%",
            "- Huyện Sìn Hồ: 47,5%",
            "- Thành phố Lai Châu: 93,8%",
            "Tính chung toàn tỉnh Lai Châu đạt 58,6%.",
        ),
        "2025-02-10",
        [("ftth_household_rate", "Lai Châu", "as_of", "2024-12-31", 58.6)],
    ),
    # operators' own stations and 5G coverage (not stored) before the regulator's national count
    (
        _t(
            "Cuộc đua 5G của các nhà mạng",
            "VNPT cho biết đã lắp đặt 2.100 trạm 5G, phủ sóng 5G tới 28% dân số; Viettel hiện có hơn 6.500 trạm 5G, riêng MobiFone mới đưa vào khai thác 450 trạm.",
            "Theo Cục Viễn thông, tính đến 30/4/2025 cả nước có 9.100 trạm BTS 5G.",
        ),
        "2025-05-08",
        [("fiveg_bts_count", "national", "as_of", "2025-04-30", 9100)],
    ),
    # target lines under a heading that names "chỉ tiêu" (not stored), then the one result line
    (
        _t(
            "Kế hoạch chuyển đổi số năm 2025 của tỉnh Quảng Trị đặt các chỉ tiêu:",
            "- Tỷ lệ hộ gia đình có Internet cáp quang: 80%;",
            "- Tỷ lệ dân số trưởng thành sử dụng DVCTT: 50%;",
            "- Tỷ lệ hồ sơ trực tuyến toàn trình: 40%.",
            "Đến 30/6/2025, tỷ lệ hộ gia đình có cáp quang đã đạt 76,4%.",
        ),
        "2025-07-02",
        [("ftth_household_rate", "Quảng Trị", "as_of", "2025-06-30", 76.4)],
    ),
    # a readers' survey share (not stored) beside the official adult-use share; "mục tiêu 50%" not stored
    (
        _t(
            "Người dân và dịch vụ công trực tuyến",
            "Khảo sát trực tuyến của VnExpress với hơn 12.000 độc giả cho thấy 64% đã từng nộp hồ sơ qua dịch vụ công trực tuyến.",
            "Theo Văn phòng Chính phủ, tính đến ngày 15/4/2025, tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 47,2%, còn cách mục tiêu 50% của năm 2025.",
        ),
        "2025-04-20",
        [("adult_population_using_dvctt_rate", "national", "as_of", "2025-04-15", 47.2)],
    ),
    # ASEAN and world averages in brackets, an upload speed and another country's 5G coverage: only Viet Nam's download speed
    (
        _t(
            "Tốc độ Internet di động tháng 1/2025",
            "Tháng 1/2025, tốc độ băng rộng di động của Việt Nam đạt 72,4 Mbps, cao hơn mức trung bình ASEAN (48,9 Mbps) và toàn cầu (56,3 Mbps); tốc độ tải lên đạt 18,2 Mbps.",
            "Tại Thái Lan, 5G đã phủ sóng 85% dân số.",
        ),
        "2025-02-14",
        [("mobile_broadband_speed", "national", "month", "2025-01-31", 72.4)],
    ),
    # decrees and meetings, a year-on-year change of another measure and a sub-count after "trong đó"; growth IS the indicator
    (
        _t(
            "Bộ Thông tin và Truyền thông tổng kết năm 2024",
            "Năm 2024, Bộ đã ban hành 12 thông tư và tổ chức 4 hội nghị chuyên đề về chuyển đổi số.",
            "Doanh thu công nghiệp công nghệ số tăng 12% so với cùng kỳ; kinh tế số tăng trưởng khoảng 20%.",
            "Cả nước đã cấp 85,6 triệu thẻ căn cước công dân gắn chip, trong đó hơn 2 triệu thẻ cấp cho trẻ em dưới 14 tuổi.",
        ),
        "2025-01-15",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 85600000),
        ],
    ),
]
