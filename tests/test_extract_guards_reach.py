"""A country's rank among the world is its own figure, the world as a sentence's subject is not
the country, and the country's figure after the world's average is its own; mobile coverage reaches villages with or
without a preposition; fibre laid to villages is not mobile coverage; a list item's "trong đó"
part that is a measure of its own is read, and an item naming its own measure is no level; a
province's whole after its districts is the measure the districts were named with, in its time;
chip cards named only as "thẻ gắn chip" with the citizen ID named around them are issued cards;
households' fixed lines are a part of the fixed subscriptions, not their total, and the share of
households "có kết nối" fixed broadband is the fibre share (nearly every fixed line is fibre); a
sentence opening a new topic ("Đặc biệt về xã hội số, …") does not take the year of the one before;
essential services "ở mức độ 3, 4" count partly online ones, not full-process; a clause going on
from the digital economy's share ("…; năm 2023 ước đạt 16,5% với tốc độ tăng 20%") gives its
growth.

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Khi Việt Nam công bố tốc độ kết nối và thứ hạng toàn cầu tháng 2/2025, mạng di động đạt "
        "trung bình 98,5 Mbps và mạng cố định ở mức 160,2 Mbps.",
        "2025-07-10",
        [
            ("mobile_broadband_speed", "national", "2025-02-28", 98.5),
            ("fixed_broadband_speed", "national", "2025-02-28", 160.2),
        ],
        [],
        id="the-country-ranked-among-the-world",
    ),
    pytest.param(
        "Tháng 2/2025, tốc độ trung bình của mạng di động toàn cầu đạt 55,4 Mbps.",
        "2025-07-10",
        [],
        [("mobile_broadband_speed", 55.4)],
        id="the-world-average-is-not-the-country",
    ),
    pytest.param(
        "Tính đến tháng 6/2025, tỷ lệ phủ sóng di động 4G của tỉnh Sơn La đạt 100% ở trung tâm "
        "các xã, phường và 97,8% các bản.",
        "2025-07-10",
        [("villages_with_mobile_coverage_rate", "Sơn La", "2025-06-30", 97.8)],
        [("villages_with_mobile_coverage_rate", 100)],
        id="coverage-listed-to-villages-without-a-preposition",
    ),
    pytest.param(
        "Năm 2024, tỉnh Yên Bái đã phủ sóng mạng cáp quang băng rộng tới 100% các xã và 96,5% các "
        "thôn.",
        "2025-07-10",
        [],
        [("villages_with_mobile_coverage_rate", 96.5)],
        id="fibre-to-villages-is-not-mobile-coverage",
    ),
    pytest.param(
        "Số liệu đến hết tháng 9/2024:\n- Thuê bao điện thoại di động: 125,1 triệu; trong đó thuê "
        "bao băng rộng di động: 85,6 triệu.",
        "2024-10-15",
        [("mobile_broadband_subscriptions", "national", "2024-09-30", 85_600_000)],
        [("mobile_broadband_subscriptions", 125_100_000)],
        id="an-items-part-that-is-a-measure-of-its-own",
    ),
    pytest.param(
        "Số liệu đến hết tháng 9/2024:\n- Thuê bao băng rộng di động: 85,6 triệu.\n- Thuê bao điện "
        "thoại di động: 125,1 triệu.",
        "2024-10-15",
        [("mobile_broadband_subscriptions", "national", "2024-09-30", 85_600_000)],
        [("mobile_broadband_subscriptions", 125_100_000)],
        id="an-item-naming-its-own-measure-is-no-level",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của thị xã Sa Pa đạt 48,2%, huyện Bát Xát đạt "
        "31,5%; tính chung toàn tỉnh Lào Cai đạt 39,7%.",
        "2025-02-05",
        [("online_dossier_full_process_rate", "Lào Cai", "2024-12-31", 39.7)],
        [("online_dossier_full_process_rate", 48.2), ("online_dossier_full_process_rate", 31.5)],
        id="a-provinces-whole-after-its-districts",
    ),
    pytest.param(
        "Quý I/2025, tỷ lệ hộ gia đình có Internet cáp quang ở các huyện của tỉnh Hà Giang chênh "
        "lệch lớn.\nHuyện Mèo Vạc đạt 38,4%, huyện Vị Xuyên đạt 61,9%.\nTính chung toàn tỉnh đạt "
        "52,3%.",
        "2025-04-20",
        [("ftth_household_rate", "Hà Giang", "2025-03-31", 52.3)],
        [],
        id="a-provinces-whole-in-the-time-its-measure-was-named",
    ),
    pytest.param(
        "Không riêng Việt Nam, tốc độ trung bình của Internet di động trên toàn thế giới cũng có "
        "biến động trong tháng 3, với mức tăng hơn 5%, từ 58,4 Mbps lên 61,3 Mbps.",
        "2025-04-12",
        [],
        [("mobile_broadband_speed", 61.3), ("mobile_broadband_speed", 58.4)],
        id="the-world-as-the-sentences-subject",
    ),
    pytest.param(
        "Tháng 3/2025, tốc độ Internet cố định trung bình trên thế giới là 93,1 Mbps, trong khi "
        "tốc độ cố định của Việt Nam đạt 151,2 Mbps.",
        "2025-04-12",
        [("fixed_broadband_speed", "national", "2025-03-31", 151.2)],
        [("fixed_broadband_speed", 93.1)],
        id="the-country-after-the-worlds-average",
    ),
    pytest.param(
        "Ngày 20/3/2022, đại diện Bộ Công an cho biết, sau một năm cấp căn cước công dân (CCCD) "
        "mẫu mới, cơ quan này đã in và trả cho công an các tỉnh hơn 64 triệu thẻ gắn chip.",
        "2022-03-21",
        [("chip_id_cards_issued", "national", "2022-03-20", 64_000_000)],
        [],
        id="chip-cards-with-the-id-named-around",
    ),
    pytest.param(
        "Đến cuối tháng 3/2023, số thuê bao băng rộng cố định hộ gia đình đạt 19,2 triệu, chiếm "
        "70% số hộ.",
        "2023-04-12",
        [],
        [("fixed_broadband_subscriptions", 19_200_000)],
        id="households-lines-are-a-part-of-the-subscriptions",
    ),
    pytest.param(
        "Toàn tỉnh Lạng Sơn hiện có hơn 2.100 trạm BTS; 78,5% hộ gia đình có kết nối internet băng "
        "rộng cố định.",
        "2024-08-02",
        [("ftth_household_rate", "Lạng Sơn", "2024-08-02", 78.5)],
        [],
        id="households-connected-to-fixed-broadband",
    ),
    pytest.param(
        "Năm 2024, tỷ trọng kinh tế số đạt 18,3% GDP. Đặc biệt về xã hội số, Bộ Công an cho biết "
        "số tài khoản VNeID đã kích hoạt đạt hơn 61 triệu.",
        "2025-03-12",
        [
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
            ("vneid_activated_accounts", "national", "2025-03-12", 61_000_000),
        ],
        [],
        id="a-new-topic-does-not-take-the-sentence-before-s-year",
    ),
    pytest.param(
        "Cả nước đã triển khai 41/53 dịch vụ công thiết yếu ở mức độ 3 và 4.",
        "2023-09-20",
        [],
        [("essential_services_full_process", 41)],
        id="essential-services-at-levels-3-and-4-are-not-full-process",
    ),
    pytest.param(
        "Về kinh tế số, tỷ trọng kinh tế số trong GDP năm 2022 là 14,1%; năm 2023 ước đạt 16,2% với "
        "tốc độ tăng 19%, gấp ba lần tăng trưởng GDP.",
        "2024-01-08",
        [
            ("digital_economy_gdp_share", "national", "2022-12-31", 14.1),
            ("digital_economy_gdp_share", "national", "2023-12-31", 16.2),
            ("digital_economy_growth", "national", "2023-12-31", 19),
        ],
        [],
        id="a-clause-going-on-from-the-share-names-its-rate-of-rise",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
