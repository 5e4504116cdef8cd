"""Figures tied to the one before them: said again in another unit, a ranking going on, a table
row naming only its period, a day's average, a lead that sets a deadline or aims.

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.extract import extract_file, extract_text

NDXP_TABLE = (
    "Bảng 3. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) - số liệu tháng 5/2025\n"
    "| Chỉ tiêu | Giá trị |\n"
    "| Số giao dịch trong tháng | 81,2 triệu |\n"
    "| Bình quân/ngày | 2,62 triệu |\n"
    "| Lũy kế từ khi vận hành | 3,29 tỷ |"
)
CYBER_TABLE = (
    "Báo cáo tình hình an toàn thông tin mạng quý IV/2024\n"
    "| Chỉ tiêu | Giá trị |\n"
    "| Số cuộc tấn công mạng gây sự cố trong quý | 2.914 cuộc |\n"
    "| Trung bình mỗi ngày | khoảng 32 cuộc |\n"
    "| Lũy kế cả năm 2024 | 10.450 cuộc |\n"
    "| Số địa chỉ IP botnet (tại 31/12/2024) | 486.200 |"
)

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Số TTHC đã cung cấp trực tuyến: 5.310/6.423 thủ tục, tương ứng 82,67%.",
        "2025-06-06",
        [("dvctt_rate", "national", "2025-06-06", 82.67)],
        [],
        id="a share said again after its count: the count's label names it",
    ),
    pytest.param(
        "Tính đến ngày 15/4/2025, cả nước có 2.214 TTHC được cung cấp dưới dạng DVCTT toàn "
        "trình trên tổng số 6.480 TTHC, tức khoảng 34,2%.\nCon số này nghe có vẻ khiêm tốn, "
        "nhưng nếu chỉ tính các thủ tục đủ điều kiện thì tỷ lệ đã là 82,7%.",
        "2025-04-22",
        [("dvctt_full_process_rate", "national", "2025-04-15", 34.2)],
        [("dvctt_full_process_rate", 82.7)],
        id="part 'trên tổng số' whole, 'tức' a share; the same words over another base are not it",
    ),
    pytest.param(
        "Đến hết tháng 3/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,4%, "
        "tương đương khoảng 109 triệu thuê bao.",
        "2025-04-12",
        [
            ("smartphone_subscriber_rate", "national", "2025-03-31", 89.4),
            ("smartphone_subscriptions", "national", "2025-03-31", 109000000),
        ],
        [],
        id="a count said again after its rate counts what the rate's words name",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ xử lý trực tuyến tháng 5/2025 đạt 45,2%, tương ứng 1,2 triệu lượt truy cập.",
        "2025-06-06",
        [("online_dossier_rate", "national", "2025-05-31", 45.2)],
        [("national_portal_dossiers_new", 1200000), ("national_portal_dossiers", 1200000)],
        id="a count of something else after a rate is not the rate's count",
    ),
    pytest.param(
        "Số DVCTT có phát sinh hồ sơ là 3.977 dịch vụ, bằng 74,9% số DVCTT đã cung cấp.\n"
        "Số lượng hồ sơ trực tuyến của quý I bằng trên 90% số hồ sơ của cả năm 2021.",
        "2025-06-05",
        [("dvctt_with_dossiers_rate", "national", "2025-06-05", 74.9)],
        [("online_dossier_rate", 90)],
        id="'bằng N% số …' after a count is its share; one amount against another is not",
    ),
    pytest.param(
        "Toàn tỉnh tiếp nhận 1.286.400 hồ sơ TTHC, trong đó hồ sơ trực tuyến chiếm 68,5%.\n"
        "Trong đó, kinh tế số lõi (ICT) đóng góp khoảng 9% GDP.",
        "2025-04-08",
        [],
        [("digital_economy_gdp_share", 9)],
        id="'X chiếm N%' names the rate; the core digital economy is not the whole",
    ),
    pytest.param(
        "Bắc Ninh dẫn đầu cả nước về tỷ trọng kinh tế số\n"
        "Tỷ trọng kinh tế số trong GRDP năm 2023 của tỉnh Bắc Ninh đạt 31,8%, cao nhất cả nước.\n"
        "Đứng thứ hai là Thái Nguyên với 28,5%, tiếp đến là Hải Phòng 17,9%.",
        "2024-09-05",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "2023-12-31", 28.5),
            ("digital_economy_gdp_share", "Hải Phòng", "2023-12-31", 17.9),
        ],
        [],
        id="a ranking line goes on with the year of the figure it ranks after",
    ),
    pytest.param(
        "Công an tỉnh Quảng Ninh: tính đến ngày 15/4/2025, toàn tỉnh kích hoạt 985.412 tài "
        "khoản định danh điện tử.\nQuảng Ninh là một trong 10 địa phương dẫn đầu cả nước về "
        "thực hiện Đề án 06.\nGia Lai là một trong 58 tỉnh, thành phố đã ban hành nghị quyết "
        "miễn, giảm phí, lệ phí khi sử dụng DVCTT.",
        "2025-04-18",
        [
            ("vneid_activated_accounts", "Quảng Ninh", "2025-04-15", 985412),
            ("localities_fee_reduction", "national", "2025-04-18", 58),
        ],
        [("vneid_activated_accounts", 10)],
        id="'một trong 10 địa phương dẫn đầu' is no figure; 'một trong 58 tỉnh đã …' counts them",
    ),
    pytest.param(
        "Năm 2024, Việt Nam tăng 15 bậc trong xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) "
        "của Liên Hợp Quốc, lên vị trí 71/193 quốc gia (kỳ khảo sát năm 2022: 86/193).",
        "2025-01-08",
        [
            ("egdi_rank", "national", "2024-12-31", 71),
            ("egdi_rank", "national", "2022-12-31", 86),
        ],
        [],
        id="the UN survey's edition is no opinion survey",
    ),
    pytest.param(
        "THÔNG BÁO Kết luận của Phó Thủ tướng\nNgày 14/5/2024, Phó Thủ tướng chủ trì cuộc họp. "
        "Sau khi nghe báo cáo, Phó Thủ tướng kết luận:\n1. Đến nay, đã có 58/63 tỉnh ban hành "
        "nghị quyết; 05 địa phương còn lại phải hoàn thành trong tháng 6/2024.\n2. Đã cung cấp "
        "41/53 dịch vụ công thiết yếu theo Đề án 06 dưới hình thức trực tuyến toàn trình.",
        "2024-05-20",
        [("essential_services_full_process", "national", "2024-05-20", 41)],
        [],
        id="a deadline the lead sets dates none of the items under it",
    ),
    pytest.param(
        "Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương phấn đấu đến hết năm 2025:\n"
        "- Tỷ lệ người dân trưởng thành sử dụng DVCTT đạt trên 50%;\n"
        "- 100% hồ sơ TTHC được gắn mã định danh cá nhân.",
        "2025-02-14",
        [],
        [("adult_population_using_dvctt_rate", 50), ("dossiers_with_personal_id_rate", 100)],
        id="the items under 'phấn đấu đến hết năm 2025:' are aims",
    ),
    pytest.param(
        NDXP_TABLE,
        "2025-06-04",
        [
            ("ndxp_transactions_period", "national", "2025-05-31", 81200000),
            ("ndxp_transactions_daily_avg", "national", "2025-05-31", 2620000),
            ("ndxp_transactions_cumulative", "national", "2025-05-31", 3290000000),
        ],
        [],
        id="an NDXP table's 'Lũy kế từ khi vận hành' row is the running total",
    ),
    pytest.param(
        CYBER_TABLE,
        "2025-01-09",
        [
            ("cyberattacks", "national", "2024-12-31", 2914),
            ("cyberattacks", "national", "2024-12-31", 10450),
            ("botnet_ips", "national", "2024-12-31", 486200),
        ],
        [("cyberattacks", 32)],
        id="a table row naming only its period goes on with the row above; a label's own date",
    ),
    pytest.param(
        "Nền tảng NDXP hiện có khoảng 3 triệu giao dịch mỗi ngày.\nBộ sẽ nâng cấp NDXP để đáp "
        "ứng 10 triệu giao dịch mỗi ngày; phấn đấu đạt trung bình 4 triệu giao dịch/ngày.\n"
        "Riêng năm 2024 là 3,2 tỷ hóa đơn điện tử, bình quân khoảng 8,7 triệu hóa đơn mỗi ngày.",
        "2024-06-14",
        [("ndxp_transactions_daily_avg", "national", "2024-06-14", 3000000)],
        [
            ("ndxp_transactions_daily_avg", 10000000),
            ("ndxp_transactions_daily_avg", 4000000),
            ("e_invoices_total", 8700000),
        ],
        id="a day's average: dated by the page; an aim is none; only a daily indicator's",
    ),
    pytest.param(
        "Hà Nội, 12/4/2025 (VietnamPlus) - Theo Cục Viễn thông, tỷ lệ hộ gia đình sử dụng cáp "
        "quang đạt 82,3%.\nHà Nội (TTXVN) - Tỷ lệ người sử dụng Internet đạt 79,1%.",
        "2025-04-12",
        [
            ("ftth_household_rate", "national", "2025-04-12", 82.3),
            ("internet_users_rate", "national", "2025-04-12", 79.1),
        ],
        [],
        id="a dateline's place is where the news was written, not whose figure",
    ),
    pytest.param(
        "- Tỷ lệ hệ thống giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với EMC: 78,1% (các "
        "đơn vị chưa kết nối phải hoàn thành trước ngày 30/9/2024);\n"
        "- Tỷ lệ trả kết quả giải quyết TTHC bằng bản điện tử đạt 92,4%.",
        "2024-09-05",
        [
            ("emc_connection_rate", "national", "2024-09-05", 78.1),
            ("e_result_rate", "national", "2024-09-05", 92.4),
        ],
        [],
        id="what the rest must do, in a bracket, makes no aim of the figure before it",
    ),
    pytest.param(
        "Năm 2023, TP.HCM và Hà Nội đứng thứ 6 và 7 xếp hạng với tỷ trọng kinh tế số tương ứng "
        "18,66% và 17,15%.\nTháng 12/2023, Hà Nội, TP.HCM và Đà Nẵng với tốc độ băng rộng cố định "
        "lần lượt 181,3, 178,6 và 175,04 Mbps.",
        "2024-07-10",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "2023-12-31", 18.66),
            ("digital_economy_gdp_share", "Hà Nội", "2023-12-31", 17.15),
            ("fixed_broadband_speed", "Hà Nội", "2023-12-31", 181.3),
            ("fixed_broadband_speed", "Đà Nẵng", "2023-12-31", 175.04),
        ],
        [("digital_economy_gdp_share", 6), ("digital_economy_gdp_share", 7)],
        id="'tương ứng' lists in order as 'lần lượt' does; a list's numbers share its last unit",
    ),
    pytest.param(
        "Đến hết năm 2024, tỷ lệ thuê bao băng rộng cố định/100 dân, tỷ lệ hộ gia đình sử dụng "
        "cáp quang và tỷ lệ thuê bao di động sử dụng điện thoại thông minh lần lượt đạt 23,3; "
        "82,4% và 87,1%.\nSố thuê bao băng rộng cố định đạt 23,5 triệu; 100% xã có cáp quang.",
        "2025-01-15",
        [("fixed_broadband_subscriptions", "national", "2025-01-15", 23500000)],
        [("fixed_broadband_subscriptions_per_100", 82.4), ("ftth_household_rate", 23.3)],
        id="numbers that each carry a unit, or a scale, share none",
    ),
    pytest.param(
        "Năm 2023, tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ và tỷ lệ thủ tục hành chính xử lý "
        "trực tuyến lần lượt đạt 67,8% và 43,2%.",
        "2024-07-10",
        [
            ("dvctt_with_dossiers_rate", "national", "2023-12-31", 67.8),
            ("online_dossier_rate", "national", "2023-12-31", 43.2),
        ],
        [],
        id="procedures 'xử lý trực tuyến' are dossiers handled online",
    ),
    pytest.param(
        "Hà Nội (TTXVN 18/4/2024) Người dân hài lòng đối với sự phục vụ của cơ quan hành chính Nhà "
        "nước nói chung trong cả nước năm 2023 (SIPAS 2023) ở mức 82,66%, tăng 2,58% so với năm "
        "2022 (80,08%).",
        "2024-04-18",
        [
            ("satisfaction_rate", "national", "2023-12-31", 82.66),
            ("satisfaction_rate", "national", "2022-12-31", 80.08),
        ],
        [("satisfaction_rate", 2.58)],
        id="SIPAS said in words, after an agency's dateline",
    ),
    pytest.param(
        "Đến nay, toàn tỉnh Lào Cai có 1.525/1.562 thôn, tổ dân phố (đạt 97,6%) có hạ tầng bảo đảm "
        "việc cung cấp dịch vụ truy nhập Internet băng rộng di động.\nĐến tháng 9/2022, lượng người "
        "dùng Internet ở Việt Nam là khoảng 70 triệu người (chiếm hơn 70% dân số).",
        "2022-10-10",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "2022-10-10", 97.6),
            ("internet_users_rate", "national", "2022-09-30", 70),
        ],
        [],
        id="a bracketed share after a ratio measures the words around it; a count's '(chiếm …)'",
    ),
    pytest.param(
        "Năm 2023, có 98% các thôn, bản có kết nối băng rộng di động và 92% hộ gia đình có "
        "Internet băng rộng cố định.\nNăm 2023, dân số chiếm 50% hộ gia đình.",
        "2024-07-10",
        [("ftth_household_rate", "national", "2023-12-31", 92)],
        [("ftth_household_rate", 50)],
        id="households with fixed broadband are the fibre share (nearly every line is fibre)",
    ),
    pytest.param(
        "Số thuê bao sử dụng smartphone ghi nhận thêm hơn 2 triệu thuê bao đến tháng 3 năm nay, tức "
        "tổng cộng 93,5 triệu thuê bao.",
        "2024-07-10",
        [("smartphone_subscriptions", "national", "2024-03-31", 93500000)],
        [("smartphone_subscriptions", 2000000)],
        id="what was added, then 'tức tổng cộng' the level it makes",
    ),
    pytest.param(
        "Tính đến ngày 25/7/2024, các bộ, ngành, địa phương đã phê duyệt hồ sơ đề xuất cấp độ cho "
        "1.215/1.380 hệ thống thông tin (đạt 88,04%).",
        "2024-08-02",
        [("info_systems_level_approved_rate", "national", "2024-07-25", 88.04)],
        [],
        id="'các bộ, ngành, địa phương' together are everyone, however far back they are read",
    ),
    pytest.param(
        "Bình quân cả nước, mức độ hài lòng đạt 82,66%, cao hơn năm 2023 (80,08%).\n"
        "Chỉ số SIPAS 2023 của cả nước đạt 80,08%.\n"
        "Quảng Ninh dẫn đầu cả hai chỉ số, với PAR INDEX đạt 91,26% và SIPAS đạt 87,16%.",
        "2024-04-16",
        [
            ("satisfaction_rate", "national", "2024-04-16", 82.66),
            ("satisfaction_rate", "national", "2023-12-31", 80.08),
            # (SIPAS is yearly: with no year of its own, the year the text last named; stop 41)
            ("satisfaction_rate", "Quảng Ninh", "2023-12-31", 87.16),
        ],
        [("satisfaction_rate", 91.26)],
        id="'cao hơn năm 2023' is the year compared; another index by name is not the one before",
    ),
    pytest.param(
        "Tính đến ngày 31/5/2025, số tài khoản đăng ký, số hồ sơ trực tuyến và số giao dịch thanh "
        "toán trực tuyến lũy kế trên Cổng Dịch vụ công quốc gia lần lượt đạt 15,8, 71,5 và 31,2 "
        "triệu.\nTháng 4/2025, số tài khoản mới và số hồ sơ mới lần lượt là 270.150 và 1,8 triệu.",
        "2025-06-05",
        [
            ("national_portal_accounts", "national", "2025-05-31", 15800000),
            ("national_portal_dossiers", "national", "2025-05-31", 71500000),
            ("online_payments_count", "national", "2025-05-31", 31200000),
        ],
        [("national_portal_accounts_new", 270150000000)],
        id="a list's last scale counts its bare decimals, not a whole count",
    ),
    pytest.param(
        "QUẢNG NINH - Quý I/2025, tỷ lệ số hóa hồ sơ, tỷ lệ cấp kết quả giải quyết TTHC điện tử "
        "và tỷ lệ khai thác, sử dụng lại dữ liệu số hóa của tỉnh Quảng Ninh lần lượt đạt 96, "
        "98,5 và 74,2%.",
        "2025-04-12",
        [
            ("e_result_rate", "Quảng Ninh", "2025-03-31", 98.5),
            ("data_reuse_rate", "Quảng Ninh", "2025-03-31", 74.2),
        ],
        [("e_result_rate", 96)],
        id="items that all open on 'tỷ lệ' are parted only before it, not at a comma inside one",
    ),
    pytest.param(
        "Trong tháng 3/2025, tốc độ tải xuống của mạng băng rộng cố định và di động theo thứ tự "
        "đạt 196,4 Mbps và 142,7 Mbps.\nSố giao dịch qua NDXP trong tháng 1, tháng 2 và tháng "
        "3/2025 lần lượt là 85,2 triệu, 79,4 triệu và 96,1 triệu giao dịch.",
        "2025-04-22",
        [
            ("fixed_broadband_speed", "national", "2025-03-31", 196.4),
            ("mobile_broadband_speed", "national", "2025-03-31", 142.7),
            ("ndxp_transactions_period", "national", "2025-01-31", 85200000),
            ("ndxp_transactions_period", "national", "2025-02-28", 79400000),
        ],
        [],
        id="'theo thứ tự'; months listed one by one; the run's last noun counts all",
    ),
    pytest.param(
        "Trong quý I, quý II và quý III năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Thái "
        "Nguyên lần lượt đạt 45, 52 và 61%.",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "Thái Nguyên", "2024-03-31", 45),
            ("online_dossier_full_process_rate", "Thái Nguyên", "2024-09-30", 61),
        ],
        [],
        id="quarters listed one by one",
    ),
    pytest.param(
        "Kinh tế số địa phương\nTỷ trọng kinh tế số trong GRDP năm 2023 của các tỉnh chênh lệch "
        "lớn.\nHải Phòng và Vĩnh Phúc lần lượt đứng thứ 6 và 7, với tỷ trọng tương ứng 18,66% và "
        "17,15%.",
        "2024-09-20",
        [],
        [("egdi_rank", 6), ("egdi_rank", 7)],
        id="a province's place in a ranking of provinces is no country's rank",
    ),
    pytest.param(
        "Đến nay, hạ tầng di động phủ sóng băng rộng di động (3G/4G/5G) tới 99% tổng số thôn/bản "
        "trên toàn quốc.",
        "2022-04-30",
        [("villages_with_mobile_coverage_rate", "national", "2022-04-30", 99)],
        [],
        id="coverage 'tới 99% tổng số thôn/bản', the generations in brackets before it",
    ),
    pytest.param(
        "Lần đầu tiên, tốc độ truy cập Internet cố định trung bình tại Việt Nam vượt ngưỡng 200 "
        "Mbps.\nTheo VNNIC, trong tháng 12/2024, con số này ở mức 201,5 Mbps.\nRiêng mạng 5G, "
        "tốc độ tải xuống trung bình lên tới 285,4 Mbps, gấp khoảng 4 lần mạng 4G (72,3 Mbps).\n"
        "Tỷ lệ người dùng smartphone ở nông thôn là 78%.",
        "2025-01-10",
        [("fixed_broadband_speed", "national", "2024-12-31", 201.5)],
        [
            ("fixed_broadband_speed", 200),
            ("mobile_broadband_speed", 72.3),
            ("mobile_broadband_speed", 285.4),
            ("smartphone_subscriber_rate", 78),
        ],
        id="a mark passed, one generation's speed, a rural part: none is the country's figure",
    ),
    pytest.param(
        "Chín tháng năm 2025, hạ tầng số trên địa bàn tỉnh Thái Nguyên tiếp tục được đầu tư.\n"
        "Hiện nay, tỷ lệ người dân trong tỉnh sử dụng Internet đạt 86%; 92,4% hộ gia đình trong "
        "tỉnh đã sử dụng Internet cáp quang.\nCác cơ quan, địa phương trên địa bàn tỉnh đã tiếp "
        "nhận 186.540 hồ sơ, trong đó 135.055 hồ sơ trực tuyến, đạt tỷ lệ 72,4%.",
        "2025-10-18",
        [
            ("internet_users_rate", "Thái Nguyên", "2025-10-18", 86),
            ("ftth_household_rate", "Thái Nguyên", "2025-10-18", 92.4),
        ],
        [],
        id="'trong tỉnh' inside a label is the province's; 'các cơ quan, địa phương' is no level",
    ),
    pytest.param(
        "Đến cuối năm 2024, chúng ta đã đưa gần 55% TTHC lên cung cấp trực tuyến toàn trình.\n"
        "Tính đến hết tháng 11/2024, số TTHC được cung cấp trực tuyến (gồm một phần và toàn "
        "trình) là 1.623/1.914 thủ tục, bằng 84,8%; trong đó 1.102 dịch vụ toàn trình, chiếm "
        "57,6% tổng số thủ tục.",
        "2025-01-20",
        [
            ("dvctt_full_process_rate", "national", "2024-12-31", 55),
            ("dvctt_rate", "national", "2024-11-30", 84.8),
            ("dvctt_full_process_rate", "national", "2024-11-30", 57.6),
        ],
        [],
        id="procedures brought to full process; a count's label after a time; 'tổng số thủ tục'",
    ),
    pytest.param(
        "Theo GSMA Intelligence, vùng phủ sóng 5G toàn cầu đạt khoảng 51% dân số.\nTại Việt Nam, "
        "Viettel cho biết đã lắp đặt 6.500 trạm 5G và phủ sóng 90% khu công nghiệp.",
        "2024-10-20",
        [],
        [("fiveg_population_coverage_rate", 90)],
        id="5G covering 90% of industrial parks is no share of the people",
    ),
]


@pytest.mark.parametrize("text,published,wanted,unwanted", GUARDS)
def test_linked_guard(text, published, wanted, unwanted):
    """The case gives the rows it must and none of the readings it must not."""
    assert_guard(text, published, wanted, unwanted)


def test_a_sidecar_publisher_says_whose_page_it_is(tmp_path):
    """A provincial paper's page that says only 'toàn tỉnh': the sidecar's publisher names the
    province; without it the figure waits in review."""
    page = tmp_path / "cchc-2023.txt"
    page.write_text(
        "Sáng 27/1, UBND tỉnh tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023.\n"
        "Tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến toàn tỉnh đạt 95,5%.\n",
        encoding="utf-8",
    )
    side = tmp_path / "cchc-2023.txt.meta.json"
    side.write_text('{"published": "2024-01-28"}', encoding="utf-8")
    rows = extract_file(page).observations
    assert (rows["status"] == "needs_review").all(), rows.to_string()
    side.write_text(
        '{"published": "2024-01-28", "publisher": "Báo Bà Rịa - Vũng Tàu"}', encoding="utf-8"
    )
    rows = extract_file(page).observations
    assert rows[["breakdown", "status"]].values.tolist() == [["Bà Rịa - Vũng Tàu", "accepted"]]


def test_a_figure_given_several_provinces_at_once_waits_in_review():
    """ "Hà Nội, Đà Nẵng và TP.HCM có tỷ lệ … đạt 92,3%" is no one province's; a province named
    apart after the list ("… gồm Hà Nội, … và Cần Thơ, Cần Thơ có …") keeps its own."""
    text = (
        "Hà Nội, Đà Nẵng và TP.HCM có tỷ lệ hộ gia đình sử dụng cáp quang đạt 92,3%.\n"
        "Trong số 5 đô thị lớn gồm Hà Nội, Hải Phòng, Đà Nẵng, TP.HCM và Cần Thơ, Cần Thơ có tốc "
        "độ di động cao nhất trong tháng 6/2025 với 150,2 Mbps."
    )
    rows = extract_text(text, "g.txt", "0" * 64, {"published": date(2025, 7, 10)}).observations
    shared = rows[rows["value"] == 92.3]
    assert shared["status"].tolist() == ["needs_review"], rows.to_string()
    assert "several provinces" in shared["review_reason"].iloc[0]
    own = rows[rows["value"] == 150.2]
    assert own[["breakdown", "status"]].values.tolist() == [["Cần Thơ", "accepted"]]


def test_a_province_written_with_tp_among_others_bare_is_not_the_page_s():
    """A page that says only "toàn tỉnh" and later names "Hà Nội, Đà Nẵng và TP.HCM": the one
    written with "TP." is not whose page it is; its own figure waits for its province."""
    text = (
        "Sáng 27/1, UBND tỉnh tổ chức Hội nghị tổng kết năm 2023.\n"
        "Tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến toàn tỉnh đạt 95,5%.\n"
        "Hà Nội, Đà Nẵng và TP.HCM có tỷ lệ hộ gia đình sử dụng cáp quang đạt 92,3%.\n"
    )
    rows = extract_text(text, "p.txt", "0" * 64, {"published": date(2024, 1, 28)}).observations
    own = rows[rows["value"] == 95.5]
    assert own[["breakdown", "status"]].values.tolist() == [["national", "needs_review"]]
    assert "does not say which province" in own["review_reason"].iloc[0]
