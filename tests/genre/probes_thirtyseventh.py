"""Blind genre probes, round 37: telecom and infrastructure press (2022-2025).

The cases probe how the extractor reads the catalog's infrastructure indicators as telecom press
(ICTnews, VnExpress Số hóa, VietnamPlus, Báo Chính phủ), Cục Viễn thông and VNNIC releases, the
Sách trắng, ministry monthly/quarterly reports and provincial portals write them: fixed and
mobile broadband subscriptions (counts, "triệu" in a table header, per 100 inhabitants, BRCĐ/BRDĐ
abbreviations), smartphone subscriptions and their share (SMP, "Số thuê bao này chiếm"), FTTH
household shares, 5G stations and population coverage, villages with and without mobile
coverage and the covered share of electrified dead-zone villages, Ookla/i-Speed/VNNIC download
speeds, and the share of people using the Internet; with the genre's distractors (operator
figures, world/ASEAN/other-country figures, ranks, upload and 5G-only or 4G-only speeds,
year-on-year changes, targets, sub-counts after "trong đó", 4G and commune-level coverage,
survey shares of people, undatable "hiện nay") and periods carried from headers, table columns,
a quarter under review or the published date. Written for the project from the genre's usual
phrasings (not copied from any page).
"""


def _t(*lines):
    return "\n".join(lines)


CASES = [
    # 1. Ministry monthly report, numbered infrastructure section: counts "triệu", per-100 after "tương đương", two rates; period from the title month.
    (
        _t(
            "BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025",
            "II. HẠ TẦNG SỐ",
            "1. Thuê bao băng rộng cố định: 24,9 triệu thuê bao, tương đương 24,6 thuê bao/100 dân.",
            "2. Thuê bao băng rộng di động: 91,2 triệu thuê bao, tương đương 90,3 thuê bao/100 dân.",
            "3. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh: 91,3%.",
            "4. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng: 85,2%.",
        ),
        "2025-06-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-05-31", 24900000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 24.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-05-31", 91200000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 90.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 91.3),
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 85.2),
        ],
    ),
    # 2. VnExpress on Ookla's monthly index: download speeds kept; rank "19/110", upload, latency, world average in parentheses and Singapore dropped.
    (
        _t(
            "Tốc độ mạng di động Việt Nam tăng 12 bậc",
            "Theo Speedtest Global Index do Ookla công bố ngày 15/4, tốc độ tải xuống trung vị của mạng di động Việt Nam trong tháng 3/2025 đạt 91,7 Mbps, đưa Việt Nam lên hạng 19/110 quốc gia.",
            "Tốc độ tải lên trên di động là 24,3 Mbps, độ trễ 22 ms.",
            "Với băng rộng cố định, tốc độ tải xuống đạt 172,6 Mbps, xếp thứ 38/153, cao gần gấp đôi mức trung bình toàn cầu (94,3 Mbps).",
            "Singapore tiếp tục dẫn đầu thế giới về băng rộng cố định với 345,3 Mbps.",
        ),
        "2025-04-16",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 91.7),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 172.6),
        ],
    ),
    # 3. VNNIC i-Speed monthly: national fixed and mobile kept ("băng rộng di động đạt" after a semicolon); Viettel, VNPT, MobiFone, FPT figures dropped.
    (
        _t(
            "Theo số liệu đo kiểm của hệ thống i-Speed do Trung tâm Internet Việt Nam (VNNIC) vận hành, tháng 11/2024 tốc độ truy cập Internet băng rộng cố định trung bình tại Việt Nam đạt 148,62 Mbps; băng rộng di động đạt 64,37 Mbps.",
            "Xét theo nhà mạng, Viettel dẫn đầu về tốc độ di động với 72,1 Mbps, tiếp theo là VinaPhone (VNPT) 61,5 Mbps và MobiFone 48,9 Mbps.",
            "Trên mạng cố định, FPT Telecom ghi nhận 161,2 Mbps, VNPT 152,4 Mbps.",
        ),
        "2024-12-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 148.62),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 64.37),
        ],
    ),
    # 4. NEGATIVE: strategy targets only (mục tiêu, đến năm 2025, phấn đấu, tối thiểu), nothing is a level.
    (
        _t(
            "Chiến lược phát triển hạ tầng số đến năm 2025, định hướng đến năm 2030 đặt mục tiêu: đến năm 2025, 100% hộ gia đình có khả năng tiếp cận Internet cáp quang băng rộng;",
            "tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 85%; tốc độ truy cập băng rộng cố định tối thiểu 200 Mbps, băng rộng di động tối thiểu 40 Mbps.",
            "Đến năm 2030, vùng phủ sóng 5G đạt 99% dân số.",
            "Cục Viễn thông cho biết sẽ phấn đấu đưa số trạm BTS 5G lên 30.000 trạm trong năm 2025.",
        ),
        "2024-10-03",
        [],
    ),
    # 5. Báo Chính phủ: "tính đến ngày 15/4/2025", approximate count with "khoảng", coverage date carried to the next sentence; operator split after "trong đó" and a station target dropped.
    (
        _t(
            "Tính đến ngày 15/4/2025, cả nước có khoảng 11.200 trạm BTS 5G đã được lắp đặt, trong đó Viettel chiếm hơn 8.000 trạm, VNPT khoảng 2.600 trạm.",
            "Cùng thời điểm, vùng phủ sóng 5G đạt khoảng 35% dân số.",
            "Theo Cục Viễn thông, mục tiêu đến cuối năm 2025 là 50.000 trạm 5G.",
        ),
        "2025-04-18",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-04-15", 11200),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-15", 35.0),
        ],
    ),
    # 6. Provincial portal (Lào Cai): "Đến nay ... còn 127 thôn, bản chưa có sóng" dated by the published date; 58 newly covered villages dropped; commune fibre no id.
    (
        _t(
            "Cổng thông tin điện tử tỉnh Lào Cai",
            "Năm 2024, Sở Thông tin và Truyền thông phối hợp với các doanh nghiệp viễn thông phủ sóng mới cho 58 thôn, bản lõm sóng trên địa bàn tỉnh.",
            "Đến nay, toàn tỉnh còn 127 thôn, bản chưa có sóng di động, tập trung ở các huyện Bát Xát, Si Ma Cai, Mường Khương.",
            "Tỷ lệ thôn, bản có sóng di động băng rộng đạt 95,8%; 100% xã, phường, thị trấn có cáp quang đến trung tâm.",
        ),
        "2025-01-08",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-01-08", 127),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2025-01-08", 95.8),
        ],
    ),
    # 7. NEGATIVE: Ookla world, UAE, Singapore, Thailand speeds and Vietnam's ranks only (ranks are not labelled).
    (
        _t(
            "Theo Speedtest Global Index tháng 6/2024 của Ookla, tốc độ tải xuống trung vị toàn cầu của mạng di động là 52,98 Mbps, băng rộng cố định là 93,57 Mbps.",
            "UAE dẫn đầu về di động với 398,5 Mbps, Singapore dẫn đầu về cố định với 291,2 Mbps.",
            "Trong khu vực ASEAN, Thái Lan xếp thứ 9 thế giới về băng rộng cố định (229,4 Mbps).",
            "Việt Nam đứng thứ 46 về tốc độ di động và thứ 40 về cố định, giảm lần lượt 2 và 1 bậc so với tháng trước.",
        ),
        "2024-07-12",
        [],
    ),
    # 8. Sách trắng: "tính đến hết năm 2023" with published date a year later; two counts and the Internet users share; revenue and growth dropped.
    (
        _t(
            "Theo Sách trắng Công nghệ thông tin và truyền thông Việt Nam năm 2024, tính đến hết năm 2023 cả nước có 22,8 triệu thuê bao băng rộng cố định và 84,9 triệu thuê bao băng rộng di động.",
            "Tỷ lệ người sử dụng Internet ước đạt 78,6% dân số.",
            "Doanh thu dịch vụ viễn thông năm 2023 đạt khoảng 136.000 tỷ đồng, tăng 1,6% so với năm 2022.",
        ),
        "2024-11-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 84900000),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    # 9. Smartphone count after "trong đó" (another indicator, kept) and "Số thuê bao này chiếm ... tổng số thuê bao di động"; total mobile subs and the point change dropped.
    (
        _t(
            "Báo cáo của Cục Viễn thông cho thấy, đến cuối tháng 6/2024, cả nước có khoảng 127,6 triệu thuê bao điện thoại di động, trong đó 107,8 triệu thuê bao sử dụng smartphone.",
            "Số thuê bao này chiếm 84,5% tổng số thuê bao di động, tăng 3,2 điểm phần trăm so với cùng kỳ năm 2023.",
            "Số thuê bao chưa sử dụng smartphone chủ yếu tập trung ở vùng sâu, vùng xa.",
        ),
        "2024-07-20",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 107800000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 84.5),
        ],
    ),
    # 10. NEGATIVE: a survey's shares of people (people using smartphones, adults, daily Internet use), not subscriptions.
    (
        _t(
            "Khảo sát của Decision Lab trong quý III/2024 với hơn 2.000 người tham gia cho thấy 93% người dùng điện thoại tại Việt Nam đang sử dụng smartphone.",
            "68% người trưởng thành sử dụng smartphone để thanh toán trực tuyến ít nhất một lần mỗi tuần.",
            "Tỷ lệ người sử dụng Internet hàng ngày trong nhóm khảo sát lên tới 94%, thời gian trung bình 6 giờ 18 phút mỗi ngày.",
        ),
        "2024-11-05",
        [],
    ),
    # 11. FTTH count then share "chiếm 84,3% tổng số hộ gia đình" at "hết quý II/2025"; rural part after "Trong đó" and 100% communes dropped.
    (
        _t(
            "Báo cáo của Cục Viễn thông (Bộ Khoa học và Công nghệ) cho biết, đến hết quý II/2025, số hộ gia đình có kết nối cáp quang (FTTH) đạt gần 23,1 triệu hộ, chiếm 84,3% tổng số hộ gia đình.",
            "Trong đó, tỷ lệ này ở khu vực nông thôn là 78,9%.",
            "Hiện 100% xã trên cả nước đã có hạ tầng cáp quang đến trung tâm xã.",
        ),
        "2025-07-22",
        [
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 84.3),
        ],
    ),
    # 12. National 5G coverage and stations at "cuối tháng 7/2025" vs Viettel's own coverage and station count (dropped).
    (
        _t(
            "Tính đến cuối tháng 7/2025, tỷ lệ dân số được phủ sóng 5G trên cả nước đạt 62%, với hơn 21.000 trạm BTS 5G đang hoạt động.",
            "Riêng mạng 5G của Viettel đã phủ tới 80% dân số với gần 16.000 trạm.",
            "MobiFone và VNPT đang tăng tốc lắp đặt sau khi trúng đấu giá băng tần.",
        ),
        "2025-08-05",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-07-31", 62.0),
            ("fiveg_bts_count", "national", "as_of", "2025-07-31", 21000),
        ],
    ),
    # 13. Year-end dead-zone programme: "1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%" and remaining level 620 kept; 88/532 sub-counts after "trong đó" dropped.
    (
        _t(
            "Báo cáo tổng kết năm 2024 của Bộ Thông tin và Truyền thông nêu rõ: đến ngày 31/12/2024, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.765/1.853 thôn lõm sóng có điện lưới, đạt 95,3%.",
            "Cả nước còn 620 thôn lõm sóng, trong đó 88 thôn đã có điện lưới và 532 thôn chưa có điện.",
            "Năm 2025, Bộ sẽ tiếp tục sử dụng Quỹ Dịch vụ viễn thông công ích để hỗ trợ phủ sóng các thôn còn lại.",
        ),
        "2025-01-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 95.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 620),
        ],
    ),
    # 14. Provincial (Hà Giang) "tính đến tháng 9/2024": villages coverage rate "3G/4G" and remaining villages kept; sub-count 42 and the 2025 target dropped.
    (
        _t(
            "Trên địa bàn tỉnh Hà Giang, tính đến tháng 9/2024, tỷ lệ thôn, bản được phủ sóng di động 3G/4G đạt 93,6%.",
            "Toàn tỉnh còn 136 thôn lõm sóng, trong đó 42 thôn chưa có điện lưới quốc gia.",
            "Mục tiêu đến hết năm 2025, 100% thôn, bản trên địa bàn tỉnh có sóng di động.",
        ),
        "2024-10-10",
        [
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-09-30", 93.6),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-09-30", 136),
        ],
    ),
    # 15. NEGATIVE: year-on-year increases and operators' own subscriber counts and smartphone share.
    (
        _t(
            "Quý I/2025, số thuê bao băng rộng cố định tăng thêm 1,2 triệu, tương đương tăng 5,1% so với cùng kỳ năm 2024; thuê bao băng rộng di động tăng 7,4%.",
            "Ở góc độ doanh nghiệp, VNPT hiện có hơn 10,2 triệu thuê bao cáp quang FiberVNN, Viettel có 6,1 triệu thuê bao cáp quang và FPT Telecom khoảng 4,3 triệu thuê bao.",
            "Viettel cũng là nhà mạng có tỷ lệ thuê bao sử dụng smartphone cao nhất, 89,6%.",
        ),
        "2025-04-25",
        [],
    ),
    # 16. Interview quote, "Hiện nay" dated by published date: 5G stations "gần 7.500 trạm phát sóng 5G" and "phủ khoảng 26% dân số" kept; 4G coverage, 63/63 provinces and the 2025 goal dropped.
    (
        _t(
            "Trả lời phỏng vấn ICTnews, lãnh đạo Cục Viễn thông cho biết:",
            '"Hiện nay, sóng 4G đã phủ 99,8% dân số. Sau hai tháng thương mại hóa, 5G đã có mặt tại 63/63 tỉnh, thành phố với gần 7.500 trạm phát sóng 5G, phủ khoảng 26% dân số.',
            'Năm 2025, chúng tôi phấn đấu nâng số trạm 5G lên 30.000 trạm."',
        ),
        "2024-12-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-20", 7500),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-20", 26.0),
        ],
    ),
    # 17. Table written as lines, unit "(triệu)" in the row label, two dated columns: the comparison column "Cùng kỳ 2024" is kept with its own period.
    (
        _t(
            "Bảng 2. Một số chỉ tiêu hạ tầng viễn thông quý III/2025",
            "Chỉ tiêu | Quý III/2025 | Cùng kỳ 2024",
            "Thuê bao băng rộng cố định (triệu thuê bao) | 25,4 | 23,7",
            "Thuê bao băng rộng di động (triệu thuê bao) | 92,8 | 88,1",
            "Tỷ lệ thuê bao di động sử dụng smartphone (%) | 91,6 | 88,9",
            "Tỷ lệ hộ gia đình có cáp quang (%) | 85,9 | 82,7",
        ),
        "2025-10-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 25400000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-09-30", 23700000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 92800000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-09-30", 88100000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-09-30", 91.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 88.9),
            ("ftth_household_rate", "national", "as_of", "2025-09-30", 85.9),
            ("ftth_household_rate", "national", "as_of", "2024-09-30", 82.7),
        ],
    ),
    # 18. ITU world and Asia-Pacific per-100 averages (dropped) beside Vietnam's own 2023 per-100 figures (kept, year end).
    (
        _t(
            'Theo báo cáo "Measuring digital development - Facts and Figures 2024" của ITU, bình quân thế giới có 19,6 thuê bao băng rộng cố định và 87,2 thuê bao băng rộng di động trên 100 dân.',
            "Khu vực châu Á - Thái Bình Dương đạt tương ứng 19,9 và 96,1 thuê bao/100 dân.",
            "Với Việt Nam, năm 2023 mật độ thuê bao băng rộng cố định đạt 23,1 thuê bao/100 dân, băng rộng di động đạt 85,3 thuê bao/100 dân (số liệu của Cục Viễn thông).",
        ),
        "2024-12-02",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "year", "2023-12-31", 23.1),
            ("mobile_broadband_subscriptions_per_100", "national", "year", "2023-12-31", 85.3),
        ],
    ),
    # 19. VNNIC: user count then "tương đương 78,8% dân số" at "tính đến tháng 1/2025"; the count of users has no id.
    (
        _t(
            "Theo Trung tâm Internet Việt Nam (VNNIC), tính đến tháng 1/2025, Việt Nam có khoảng 79,8 triệu người sử dụng Internet, tương đương 78,8% dân số.",
            "Số người dùng mạng xã hội vào khoảng 76,2 triệu.",
            "Thời gian truy cập Internet trung bình của một người dùng là 6 giờ 18 phút mỗi ngày.",
        ),
        "2025-02-20",
        [
            ("internet_users_rate", "national", "as_of", "2025-01-31", 78.8),
        ],
    ),
    # 20. Cục Viễn thông: "thuê bao truy nhập Internet băng rộng di động (3G, 4G, 5G)" and "tương ứng 88,3 thuê bao/100 dân"; total mobile and 2G-only counts dropped.
    (
        _t(
            "Theo số liệu của Cục Viễn thông, đến hết tháng 10/2024, tổng số thuê bao di động mặt đất có phát sinh lưu lượng là 126,1 triệu.",
            "Số thuê bao truy nhập Internet băng rộng di động (3G, 4G, 5G) đạt 89,4 triệu, tương ứng 88,3 thuê bao/100 dân.",
            "Số thuê bao chỉ sử dụng công nghệ 2G còn khoảng 7 triệu sau đợt tắt sóng tháng 9.",
        ),
        "2024-11-15",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-31", 89400000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 88.3),
        ],
    ),
    # 21. Provincial (Nghệ An) "hiện có": four province values with "trên 2,9 triệu"; 4G BTS count has no id.
    (
        _t(
            "Trên địa bàn tỉnh Nghệ An hiện có 612.000 thuê bao Internet băng rộng cố định và trên 2,9 triệu thuê bao băng rộng di động.",
            "Tỷ lệ hộ gia đình có Internet cáp quang đạt 76,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 82,1%.",
            "Toàn tỉnh có 4.125 trạm BTS 4G, phủ sóng tới tất cả các xã.",
        ),
        "2024-08-05",
        [
            ("fixed_broadband_subscriptions", "Nghệ An", "as_of", "2024-08-05", 612000),
            ("mobile_broadband_subscriptions", "Nghệ An", "as_of", "2024-08-05", 2900000),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-08-05", 76.4),
            ("smartphone_subscriber_rate", "Nghệ An", "as_of", "2024-08-05", 82.1),
        ],
    ),
    # 22. 5G-only and 4G-only speeds (dropped) vs the all-technology mobile and fixed medians of a quarter (kept); Viettel 5G dropped.
    (
        _t(
            "Báo cáo của Ookla về thị trường Việt Nam quý I/2025 cho thấy tốc độ tải xuống trung vị trên mạng 5G đạt 364,2 Mbps, gấp khoảng 5 lần so với 4G (75,6 Mbps).",
            "Tính chung mọi công nghệ, tốc độ băng rộng di động trung vị của Việt Nam trong quý I/2025 đạt 81,4 Mbps, băng rộng cố định đạt 166,9 Mbps.",
            "Riêng mạng 5G của Viettel ghi nhận 412 Mbps.",
        ),
        "2025-05-10",
        [
            ("mobile_broadband_speed", "national", "quarter", "2025-03-31", 81.4),
            ("fixed_broadband_speed", "national", "quarter", "2025-03-31", 166.9),
        ],
    ),
    # 23. NEGATIVE: spectrum auctions, decrees and meetings, auction money in "nghìn tỷ đồng" (no infrastructure id).
    (
        _t(
            "Năm 2024, Bộ Thông tin và Truyền thông đã tổ chức 3 phiên đấu giá quyền sử dụng tần số cho 5G, thu về tổng cộng khoảng 12,9 nghìn tỷ đồng.",
            "Bộ cũng trình Chính phủ ban hành 2 nghị định về quản lý tần số và tổ chức 14 hội nghị phổ biến Luật Viễn thông năm 2023.",
            "Ba doanh nghiệp trúng đấu giá cam kết đầu tư tối thiểu 25.000 trạm trong 5 năm.",
        ),
        "2025-01-15",
        [],
    ),
    # 24. Annex table caption with "Tỷ lệ (%)" column, date in the caption; counts 1.853/1.470/383 (electrified subset and remainder) dropped.
    (
        _t(
            "Phụ lục 3. Kết quả phủ sóng thôn lõm sóng có điện lưới (số liệu đến ngày 30/9/2024)",
            "Tổng số thôn lõm sóng có điện lưới: 1.853 thôn",
            "Đã phủ sóng: 1.470 thôn | Tỷ lệ (%): 79,3",
            "Còn lại chưa phủ sóng: 383 thôn",
        ),
        "2024-10-08",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 79.3),
        ],
    ),
    # 25. Quarter under review published 76 days later: "Hiện nay" and the undated per-100 are the quarter's end; 213 newly covered and the 1.090 sub-count dropped.
    (
        _t(
            "Báo cáo kết quả công tác quý I/2024 của Cục Viễn thông",
            "Trong quý I/2024, các doanh nghiệp đã phủ sóng cho 213 thôn lõm sóng, nâng tỷ lệ thôn lõm sóng có điện lưới được phủ sóng lên 41,2%.",
            "Hiện nay, cả nước còn 1.240 thôn lõm sóng, trong đó 1.090 thôn đã có điện lưới.",
            "Mật độ thuê bao băng rộng cố định đạt 23,4 thuê bao/100 dân.",
        ),
        "2024-06-15",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-03-31", 41.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-03-31", 1240),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 23.4),
        ],
    ),
    # 26. Year under review ("Năm 2022, ..."): undated levels are 31/12/2022; growth vs 2021 and revenue dropped.
    (
        _t(
            "Năm 2022, thị trường viễn thông Việt Nam tiếp tục tăng trưởng ổn định.",
            "Số thuê bao băng rộng di động đạt 82,2 triệu, tăng 7% so với năm 2021; thuê bao băng rộng cố định đạt 21,1 triệu.",
            "Tỷ lệ hộ gia đình sử dụng cáp quang là 74%, tỷ lệ thuê bao di động sử dụng smartphone là 81,2%.",
            "Doanh thu dịch vụ viễn thông ước đạt 137.000 tỷ đồng.",
        ),
        "2023-01-05",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82200000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21100000),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 74.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.2),
        ],
    ),
    # 27. NEGATIVE: "Hiện nay" levels with no published date and no date in the text (undatable, go to review).
    (
        _t(
            "Hiện nay, tỷ lệ thuê bao di động sử dụng smartphone ở mức khoảng 88%.",
            "Cả nước có khoảng 24 triệu thuê bao băng rộng cố định, tỷ lệ hộ gia đình có cáp quang trên 80%.",
            "Sóng 5G đã phủ khoảng một phần tư dân số.",
        ),
        None,
        [],
    ),
    # 28. "Lũy kế từ đầu năm đến ngày 20/8/2024": villages cleared (flow, dropped) vs "giảm còn 1.108 thôn" (level, kept); deadline dropped.
    (
        _t(
            "Lũy kế từ đầu năm đến ngày 20/8/2024, các doanh nghiệp viễn thông đã xóa 342 thôn lõm sóng.",
            "Số thôn lõm sóng trên cả nước giảm còn 1.108 thôn.",
            "Theo kế hoạch, trước tháng 12/2024 phải phủ sóng toàn bộ các thôn lõm sóng đã có điện lưới.",
        ),
        "2024-08-22",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-20", 1108),
        ],
    ),
    # 29. VnExpress Số hóa: "tốc độ download trên thiết bị di động ... ở mức 56,65 Mb/giây" and fibre "Internet cáp quang" in Mb/giây; rank change dropped.
    (
        _t(
            "Tháng 8/2024, tốc độ download trên thiết bị di động trung bình của người dùng Việt Nam ở mức 56,65 Mb/giây, tăng 3 bậc so với tháng trước.",
            "Với Internet cáp quang, tốc độ tải xuống trung bình ở mức 149,8 Mb/giây.",
            "Số liệu được Ookla tổng hợp từ hàng triệu lượt đo do người dùng thực hiện.",
        ),
        "2024-09-18",
        [
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 56.65),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 149.8),
        ],
    ),
    # 30. Abbreviation SMP: "số thuê bao sử dụng SMP đạt 110,5 triệu" and "tỷ lệ thuê bao SMP/tổng số thuê bao điện thoại di động" at "hết tháng 2/2025".
    (
        _t(
            "Cục Viễn thông cho biết, đến hết tháng 2/2025, số thuê bao sử dụng SMP đạt 110,5 triệu.",
            "Tỷ lệ thuê bao SMP/tổng số thuê bao điện thoại di động đạt 88,7%.",
            "Cục đang phối hợp với các nhà mạng hỗ trợ người dân chuyển đổi từ máy 2G sang smartphone.",
        ),
        "2025-03-20",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-02-28", 110500000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-02-28", 88.7),
        ],
    ),
    # 31. Provincial plan (Bình Định): targets "phấn đấu đến năm 2025" dropped, the current levels after "Hiện" kept with the province.
    (
        _t(
            "UBND tỉnh Bình Định vừa ban hành Kế hoạch phát triển hạ tầng số, phấn đấu đến năm 2025 tỷ lệ hộ gia đình có cáp quang đạt 90%, 100% thôn có sóng 4G.",
            "Hiện tỷ lệ hộ gia đình có cáp quang trên địa bàn tỉnh đạt 78,5%; tỷ lệ thôn có sóng di động đạt 99,1%.",
            "Tỉnh sẽ ưu tiên hạ ngầm cáp viễn thông tại TP Quy Nhơn.",
        ),
        "2024-05-14",
        [
            ("ftth_household_rate", "Bình Định", "as_of", "2024-05-14", 78.5),
            ("villages_with_mobile_coverage_rate", "Bình Định", "as_of", "2024-05-14", 99.1),
        ],
    ),
    # 32. VNNIC annual resources report: Internet users share kept; IPv6 share, its world rank and .vn domain count have no id.
    (
        _t(
            "Theo Báo cáo Tài nguyên Internet Việt Nam năm 2024 của VNNIC, đến hết năm 2024 tỷ lệ người dân sử dụng Internet đạt 79,1%.",
            "Tỷ lệ sử dụng IPv6 đạt 60%, đứng thứ 8 thế giới.",
            "Số tên miền quốc gia .vn duy trì đạt hơn 650.000 tên miền.",
        ),
        "2025-03-05",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
        ],
    ),
    # 33. Press summary lines with BRCĐ/BRDĐ/SMP and "mật độ ... thuê bao/100 dân" after a semicolon; year-on-year change dropped.
    (
        _t(
            "Tóm tắt số liệu viễn thông quý II/2025:",
            "- Thuê bao BRCĐ: 25,2 triệu (tăng 7,8% so với cùng kỳ); mật độ 24,8 thuê bao/100 dân.",
            "- Thuê bao BRDĐ: 91,9 triệu; mật độ 90,6 thuê bao/100 dân.",
            "- Thuê bao SMP: 112,4 triệu, chiếm 91,4% tổng số thuê bao di động.",
        ),
        "2025-07-18",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 25200000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 24.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 91900000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 90.6),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 112400000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 91.4),
        ],
    ),
    # 34. Provincial (Đồng Tháp) 5G stations, "phủ sóng 5G tới 45% dân số toàn tỉnh" and "100% khóm, ấp có sóng di động".
    (
        _t(
            "Tính đến ngày 30/6/2025, trên địa bàn tỉnh Đồng Tháp có 312 trạm BTS 5G, phủ sóng 5G tới 45% dân số toàn tỉnh.",
            "100% khóm, ấp đã có sóng di động băng rộng.",
            "Sở Khoa học và Công nghệ đề nghị các nhà mạng ưu tiên lắp trạm tại các khu công nghiệp.",
        ),
        "2025-07-05",
        [
            ("fiveg_bts_count", "Đồng Tháp", "as_of", "2025-06-30", 312),
            ("fiveg_population_coverage_rate", "Đồng Tháp", "as_of", "2025-06-30", 45.0),
            ("villages_with_mobile_coverage_rate", "Đồng Tháp", "as_of", "2025-06-30", 100.0),
        ],
    ),
    # 35. NEGATIVE: an operator's press release (VinaPhone stations, coverage, 5G speed) and another operator's target.
    (
        _t(
            "VNPT cho biết đến cuối năm 2024, mạng VinaPhone đã có hơn 2.000 trạm 5G, phủ sóng 5G tới khoảng 20% dân số tại 63 tỉnh, thành phố.",
            "Tốc độ 5G VinaPhone đo được trung bình trên 500 Mbps.",
            "MobiFone đặt mục tiêu phủ sóng 5G 90% dân số vào năm 2026.",
        ),
        "2025-01-03",
        [],
    ),
    # 36. Half-year results as a numbered list "(1) ... (4)" with colons; "6 tháng đầu năm 2024" gives 30/6/2024.
    (
        _t(
            "Kết quả 6 tháng đầu năm 2024 về hạ tầng số:",
            "(1) thuê bao băng rộng di động: 86,7 triệu;",
            "(2) thuê bao băng rộng cố định: 23,3 triệu;",
            "(3) tỷ lệ hộ gia đình có Internet cáp quang: 81,2%;",
            "(4) tỷ lệ thôn, bản được phủ sóng băng rộng di động: 99,3%.",
        ),
        "2024-07-10",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 86700000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23300000),
            ("ftth_household_rate", "national", "as_of", "2024-06-30", 81.2),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-06-30", 99.3),
        ],
    ),
    # 37. Annual speeds with ranks in parentheses and upload speeds "lần lượt" (ranks and uploads dropped); year 2023.
    (
        _t(
            "Theo Sách trắng, năm 2023 tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 108,6 Mbps (xếp hạng 41 thế giới), băng rộng di động đạt 45,2 Mbps (hạng 52).",
            "Tốc độ tải lên lần lượt là 103,9 Mbps và 17,8 Mbps.",
            "Độ trễ trung bình trên mạng cố định là 9 ms.",
        ),
        "2024-11-20",
        [
            ("fixed_broadband_speed", "national", "year", "2023-12-31", 108.6),
            ("mobile_broadband_speed", "national", "year", "2023-12-31", 45.2),
        ],
    ),
    # 38. Headline "chạm mốc", "lên tới 67,9 Mbps, lần đầu vượt mốc 60 Mbps", bare "cố định đạt"; yoy % and Viettel 5G dropped.
    (
        _t(
            "Tốc độ Internet di động của Việt Nam chạm mốc mới",
            "Theo Ookla, trong tháng 12/2024 tốc độ băng rộng di động của Việt Nam lên tới 67,9 Mbps, lần đầu vượt mốc 60 Mbps; cố định đạt 157,2 Mbps.",
            "So với tháng 12/2023, tốc độ di động tăng 52%, cố định tăng 45%.",
            "Trong khi đó, tốc độ 5G đo được trên mạng Viettel trung bình 350 Mbps.",
        ),
        "2025-01-16",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 67.9),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 157.2),
        ],
    ),
    # 39. NEGATIVE: 4G population coverage, coverage to commune centres, commune fibre, schools online, 4G BTS (no ids; not 5G, not villages).
    (
        _t(
            "Hạ tầng mạng di động tiếp tục được mở rộng: sóng 4G đã phủ 99,8% dân số; tỷ lệ phủ sóng di động 3G/4G đến trung tâm xã đạt 100%.",
            "100% xã có đường truyền cáp quang đến trung tâm xã, 99,6% trường học có kết nối Internet.",
            "Cả nước có khoảng 125.000 trạm BTS 4G.",
        ),
        "2024-07-01",
        [],
    ),
    # 40. Ministry figure on Internet users with "hiện nay" and published date kept; adults owning a smartphone (people, not subscriptions) dropped.
    (
        _t(
            "Theo Bộ Thông tin và Truyền thông, hiện nay tỷ lệ người dân sử dụng Internet là 78,4%.",
            "Trong khi đó, tỷ lệ người trưởng thành có điện thoại thông minh khoảng 84%.",
            "Bộ đang triển khai chương trình đưa nền tảng số tới từng hộ gia đình.",
        ),
        "2024-04-10",
        [
            ("internet_users_rate", "national", "as_of", "2024-04-10", 78.4),
        ],
    ),
]
