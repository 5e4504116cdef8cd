"""Genre probes, round 67: constructions met while fitting round 66, written for the project from
the genre's usual phrasings (not copied from any page), each beside the reading it must not take:
a count of procedures then its share, a province named before "chỉ" and its figure, a target met
("vượt chỉ tiêu đề ra") that sets no target for the clause after it, a target's own figure after
"vượt mục tiêu", villages "chưa có sóng" as the dead zones, subscriptions per 100 inhabitants with
the kind named before the base, and a clause that opens on the country after a province's.
"""

CASES = [
    (
        # a count of procedures, then its share: of all procedures
        "Tính đến tháng 6/2024, tỉnh Quảng Trị có 1.234 thủ tục hành chính. Trong đó, 812 thủ tục "
        "được cung cấp trực tuyến toàn trình, đạt tỷ lệ 65,8%.",
        "2024-07-10",
        [("dvctt_full_process_rate", "Quảng Trị", "as_of", "2024-06-30", 65.8)],
    ),
    (
        # …but not when the sentence counts the eligible ones (full_process_provision_rate's base)
        "Đến nay, tỉnh Quảng Trị có 1.020 thủ tục đủ điều kiện, trong đó 980 thủ tục được cung cấp "
        "trực tuyến toàn trình, đạt 96,1%.",
        "2024-07-10",
        # (…which is the eligible ones' share, stated: labelled on stop 47)
        [("full_process_provision_rate", "Quảng Trị", "as_of", "2024-07-10", 96.1)],
    ),
    (
        # the lowest province named before its figure, with "chỉ" and no verb
        "Tỷ lệ hồ sơ trực tuyến bình quân cả nước đạt 45,6%; địa phương thấp nhất là Điện Biên, "
        "chỉ 12,3%.",
        "2024-11-10",
        [
            ("online_dossier_rate", "national", "as_of", "2024-11-10", 45.6),
            ("online_dossier_rate", "Điện Biên", "as_of", "2024-11-10", 12.3),
        ],
    ),
    (
        # a target met is said of a result; the clause after it is a result too
        "Năm 2023, tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,1%, vượt chỉ tiêu đề ra; tỷ lệ thuê "
        "bao di động sử dụng điện thoại thông minh đạt 84,6%.",
        "2024-01-12",
        [
            ("ftth_household_rate", "national", "year", "2023-12-31", 79.1),
            ("smartphone_subscriber_rate", "national", "year", "2023-12-31", 84.6),
        ],
    ),
    (
        # "vượt mục tiêu 200 Mbps": the target's own figure is no value
        "Sáu tháng đầu năm 2025, tốc độ băng rộng cố định bình quân đạt 210,6 Mbps, lần đầu vượt "
        "mục tiêu 200 Mbps.",
        "2025-07-08",
        [("fixed_broadband_speed", "national", "half", "2025-06-30", 210.6)],
    ),
    (
        # a list of aims after "Phấn đấu" reaches past its first figure's ";"
        "Mục tiêu năm 2025: Phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp toàn trình; tỷ "
        "lệ hồ sơ trực tuyến đạt trên 60%.",
        "2025-01-15",
        [],
    ),
    (
        # villages with power "nhưng chưa có sóng" are the dead zones; the coverage of all villages
        # follows
        "Đến nay, 87% số thôn, bản có điện lưới nhưng chưa có sóng di động đã được phủ sóng; tỷ lệ "
        "thôn, bản có sóng di động băng rộng trên toàn quốc lên tới 99,7%.",
        "2024-12-20",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 87.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-20", 99.7),
        ],
    ),
    (
        # the kind of subscription named between the figure and "/100 dân", dated by the bracket
        "Bình quân toàn quốc có 21,9 thuê bao băng rộng cố định/100 dân (tính đến hết năm 2023).",
        "2024-03-10",
        [("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 21.9)],
    ),
    (
        # hộ gia đình "được phủ cáp quang": the fibre reaches them, not households on fibre
        "TP. Hồ Chí Minh hiện có 99,8% hộ gia đình được phủ cáp quang.",
        "2024-06-20",
        [],
    ),
    (
        # a clause opening on the country after a province's figure is the country's
        "Đà Nẵng phủ sóng 5G toàn bộ khu vực trung tâm với 450 trạm; trên cả nước, tính đến cuối "
        "tháng 2/2025 số trạm 5G đã lên tới gần 9.000 trạm.",
        "2025-03-05",
        [("fiveg_bts_count", "national", "as_of", "2025-02-28", 9000.0)],
    ),
    (
        # a bracket closing the sentence "(tính đến …)" dates both figures
        "Hà Nội có 38,5 thuê bao băng rộng cố định/100 dân, trong khi bình quân toàn quốc là 21,9 "
        "thuê bao/100 dân (tính đến hết năm 2023).",
        "2024-03-10",
        [
            ("fixed_broadband_subscriptions_per_100", "Hà Nội", "as_of", "2023-12-31", 38.5),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 21.9),
        ],
    ),
    (
        # a speed far outside any country's or province's median is a misprint: held for review
        "Theo Speedtest, tháng 6/2023, với băng rộng cố định, tốc độ tải xuống trung bình ở mức "
        "9,344 Mb/giây.",
        "2023-07-10",
        [],
    ),
    (
        # the share "trong số này" of the dead-zone villages just counted is the share covered
        "Trước thời điểm ngày 1/1/2021, cả nước thống kê được tổng cộng 2.418 thôn, bản lõm sóng. "
        "Hết năm 2022, 99,73% các thôn, bản trong số này đã có sóng di động.",
        "2023-03-15",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2020-12-31", 2418.0),
            ("dead_zone_villages_covered_rate", "national", "year", "2022-12-31", 99.73),
        ],
    ),
    (
        # a page led by an operator's plans; a ministry speaking at its press conference gives the
        # country's figure
        "Viettel đặt mục tiêu hơn 20.000 trạm phát sóng 5G ngay trong năm 2025.\n\nPhát biểu tại "
        "buổi họp báo của Bộ KH&CN ngày 4/9, ông Lê Anh Tuấn, Phó Cục trưởng Cục Chuyển đổi số "
        "Quốc gia, cho biết tính đến thời điểm Quý 2/2025, đã có 99,3% thôn bản có băng rộng di "
        "động.",
        "2025-09-05",
        [("villages_with_mobile_coverage_rate", "national", "as_of", "2025-06-30", 99.3)],
    ),
    (
        # public services put online (not full-process) as a province's share of its procedures
        "Tỉnh Quảng Ninh cũng là một trong những địa phương có tỷ lệ thanh toán trực tuyến cao, với "
        "hơn 98,5% dịch vụ công được cung cấp trực tuyến.",
        "2024-07-01",
        [("dvctt_rate", "Quảng Ninh", "as_of", "2024-07-01", 98.5)],
    ),
]
