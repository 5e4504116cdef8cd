"""Places ranked and named with their figures, each written anew for the project (not copied from
any page): a province "có tỷ lệ … cao nhất (72,1%)" gives its value in brackets; "Đà Nẵng là nơi
có tốc độ di động cao nhất (79,4 Mbps)" is Đà Nẵng's; "… trong đó Bắc Ninh dẫn đầu với 87,4%" is
the leader's own figure, not a part of the count before it; "thấp nhất là Lai Châu với 8,3%"
is the last place's, its measure named earlier in the sentence or the one before; "Dẫn đầu cả
nước là Bình Dương với tỷ lệ … 87,6%" is Bình Dương's; a region named after the whole ("90% dân số
cả nước, còn tại khu vực trung du …, tỷ lệ này … 62%") is the region's; "tỷ lệ hồ sơ TTHC của toàn tỉnh …
được giải quyết trực tuyến toàn trình" names the full-process share; an operator named in the
sentence before does not own a province's own figure ("… của tỉnh Đồng Nai đạt 62,4%").

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Trong tháng 10/2024, tỉnh Hậu Giang có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất "
        "(72,1%). Về tốc độ, Đà Nẵng là nơi có tốc độ di động cao nhất (79,4 Mbps).",
        "2024-11-10",
        [
            ("online_dossier_full_process_rate", "Hậu Giang", "2024-10-31", 72.1),
            ("mobile_broadband_speed", "Đà Nẵng", "2024-10-31", 79.4),
        ],
        [],
        id="the-highest-with-its-value-in-brackets",
    ),
    pytest.param(
        "Trong tháng 10/2024, tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 45%; có 13 địa phương "
        "đạt trên 60%, trong đó Bắc Ninh dẫn đầu với 87,4%.",
        "2024-11-10",
        [
            ("online_dossier_full_process_rate", "national", "2024-10-31", 45),
            ("online_dossier_full_process_rate", "Bắc Ninh", "2024-10-31", 87.4),
        ],
        [],
        id="the-leader-among-places-past-a-bar",
    ),
    pytest.param(
        "Tại Đồng Nai, Viettel Đồng Nai đã lắp đặt 210 trạm 5G tại các đô thị. Trong tháng "
        "11/2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Đồng Nai đạt 62,4%. Trong tháng "
        "7/2025, tỷ lệ hồ sơ TTHC của toàn tỉnh Phú Thọ được giải quyết trực tuyến toàn trình đạt "
        "58,4%.",
        "2025-08-10",
        [
            ("online_dossier_full_process_rate", "Đồng Nai", "2024-11-30", 62.4),
            ("online_dossier_full_process_rate", "Phú Thọ", "2025-07-31", 58.4),
        ],
        [],
        id="a-province-s-own-after-an-operator-and-the-owner-inside-the-name",
    ),
    pytest.param(
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của 9 địa phương dưới 15%, thấp nhất là Lai Châu với "
        "8,3%. Tỷ lệ hồ sơ trực tuyến khối địa phương đạt 45,3%. Địa phương có tỷ lệ thấp nhất là "
        "Tiền Giang với 14,2%. Tỷ trọng kinh tế số của địa phương thấp nhất là Lai Châu, chỉ đạt "
        "3,05%.",
        "2024-02-10",
        [
            ("online_dossier_rate", "Lai Châu", "2023-12-31", 8.3),
            ("online_dossier_rate", "localities", "2023-12-31", 45.3),
            ("online_dossier_rate", "Tiền Giang", "2023-12-31", 14.2),
            ("digital_economy_gdp_share", "Lai Châu", "2023-12-31", 3.05),
        ],
        [("online_dossier_rate", 15)],
        id="the-last-of-a-ranking-named-with-its-figure",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến cả nước đạt 46,8%. Dẫn đầu cả nước là Bình Dương với tỷ "
        "lệ hồ sơ trực tuyến 87,6%; cuối bảng là Kon Tum (14,8%).",
        "2025-01-20",
        [
            ("online_dossier_rate", "national", "2024-12-31", 46.8),
            ("online_dossier_rate", "Bình Dương", "2024-12-31", 87.6),
        ],
        [],
        id="the-leader-named-after-dan-dau-la",
    ),
    pytest.param(
        "Tính đến hết tháng 6/2025, mạng 5G đã phủ sóng 90% dân số cả nước, còn tại khu vực trung "
        "du và miền núi phía Bắc, tỷ lệ này mới đạt khoảng 62%.",
        "2025-07-10",
        [("fiveg_population_coverage_rate", "national", "2025-06-30", 90)],
        [("fiveg_population_coverage_rate", 62)],
        id="a-region-after-the-whole-is-the-region-s",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
