"""Genre cases: what a count counts ("83 triệu bộ hồ sơ", "trong đó kích hoạt 54 triệu tài
khoản"), a share of another base in parentheses, a figure only the headline states, and the same
figure for another period after a verb of movement ("… và tiếp tục tăng trưởng trong năm 2022,
đạt 14,26%"); a share after a ratio ("2.720/5.780 thủ tục …, đạt 47%"), levels listed with
"lần lượt", a level after a change ("giảm 20%, với 1.200 cuộc").

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    (
        # "bộ hồ sơ" counts dossiers: not a second figure of the accounts named before it
        "Sau hai năm vận hành, Cổng Dịch vụ công quốc gia đã có hơn 1,5 triệu tài khoản đăng ký "
        "và hơn 90 triệu bộ hồ sơ được đồng bộ trạng thái.",
        "2022-01-10",
        [("national_portal_accounts", "national", "as_of", "2022-01-10", 1500000)],
    ),
    (
        # "(chiếm …% tổng số thủ tục hành chính)": level 4 over ALL procedures, another indicator
        "Tính đến ngày 15/6/2022, tỷ lệ dịch vụ công trực tuyến đủ điều kiện đưa lên mức độ 4 là "
        "96,1% (chiếm 52,4% tổng số thủ tục hành chính).",
        "2022-06-20",
        [
            ("full_process_provision_rate", "national", "as_of", "2022-06-15", 96.1),
            ("dvctt_full_process_rate", "national", "as_of", "2022-06-15", 52.4),
        ],
    ),
    (
        # fixed-line subscribers in a paragraph on Mobile Money are not Mobile Money accounts
        "Sau hai tháng thí điểm Mobile Money, các nhà mạng đã có gần 600.000 khách hàng. Số thuê "
        "bao điện thoại cố định là 3,1 triệu thuê bao, giảm 3% so với cùng kỳ năm trước.",
        "2022-03-20",
        [("mobile_money_customers", "national", "as_of", "2022-03-20", 600000)],
    ),
    (
        # the headline alone states the figure: it counts
        "Quý I, kinh tế số chiếm 17,2% GDP\n\n"
        "Ngày 12/4/2024, Bộ Thông tin và Truyền thông tổ chức họp báo thường kỳ. Bộ cho biết các "
        "chỉ tiêu về hạ tầng số tiếp tục được cải thiện.",
        "2024-04-12",
        [("digital_economy_gdp_share", "national", "quarter", "2024-03-31", 17.2)],
    ),
    (
        # the headline rounds what the body states exactly: only the body's figure counts
        "Việt Nam có hơn 80 triệu thuê bao băng rộng di động\n\n"
        "Đến hết tháng 5/2024, số thuê bao băng rộng di động đạt 83,6 triệu thuê bao.",
        "2024-06-05",
        [("mobile_broadband_subscriptions", "national", "as_of", "2024-05-31", 83600000)],
    ),
    (
        # after "trong đó", a count of another noun is a figure of its own, not a part
        "Đến nay đã có trên 80 triệu thẻ căn cước công dân gắn chip được cấp, trong đó kích hoạt "
        "gần 50 triệu tài khoản định danh điện tử.",
        "2023-09-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-09-15", 80000000),
            ("vneid_activated_accounts", "national", "as_of", "2023-09-15", 50000000),
        ],
    ),
    (
        # the same figure for another period, after a verb of movement and a level word
        "Theo báo cáo, tỷ trọng kinh tế số trên GDP của cả nước năm 2021 là 11,9% và tiếp tục "
        "tăng trưởng trong năm 2022, đạt 14,3%.",
        "2023-05-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.9),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.3),
        ],
    ),
    (
        # "và tăng 2,1%" is a change, not another period's level
        "Số thuê bao băng rộng cố định đến tháng 6/2024 đạt 23,5 triệu và tăng 2,1% so với cùng "
        "kỳ năm trước.",
        "2024-07-05",
        [("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23500000)],
    ),
    (
        # a share after a ratio measures the ratio's words
        "Đến nay đã có 2.650/5.700 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn "
        "trình, đạt 46,5%.",
        "2024-09-20",
        [("dvctt_full_process_rate", "national", "as_of", "2024-09-20", 46.5)],
    ),
    (
        # levels of government listed before "lần lượt": the measure is the words before the first
        "Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành và khối địa phương lần lượt là 50,2% "
        "và 36,8%.",
        "2024-09-20",
        [
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-09-20", 50.2),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-09-20", 36.8),
        ],
    ),
    (
        # after a change, "với N cuộc" gives the level
        "So với cùng kỳ năm 2023, số cuộc tấn công mạng trong 9 tháng năm 2024 giảm 18%, với 1.150 "
        "cuộc.",
        "2024-10-12",
        [("cyberattacks", "national", "ytd", "2024-09-30", 1150)],
    ),
    (
        # the earlier level of a rise is a value when its period follows it, bracketed or not
        "Trong 5 tháng qua, tốc độ download di động đã tăng từ 39.2 Mbps (tháng 3) lên 55.1 Mbps "
        "(tháng 7), tương đương khoảng 40%.",
        "2024-08-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 39.2),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 55.1),
        ],
    ),
    (
        # either end of a range is no level: "từ 500 - 600 Mbps"
        "Năm 2021, Bộ cấp phép thử nghiệm 5G tại 16 tỉnh với 300 trạm phát sóng 5G, có tốc độ "
        "trung bình đạt từ 500 - 600 Mbps.",
        "2021-12-20",
        [("fiveg_bts_count", "national", "as_of", "2021-12-20", 300)],
    ),
]
