"""A country's rank among the world is its own figure; mobile coverage reaches villages with or
without a preposition; fibre laid to villages is not mobile coverage.

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
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
