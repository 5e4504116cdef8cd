"""Wholes and their parts, each written anew for the project (not copied from any page): a count
that "Trong (số) …" opens on is the figure, and a count of the same measure after it in the sentence
("có gần 660.000 là khách hàng ở nông thôn") is a part of it; a part counted in another measure
("có 104,2 triệu sử dụng smartphone") and a period ("Trong 9 tháng đầu năm …") are not wholes; one
body ranked by its own count ("Đứng đầu về lưu lượng là Bộ Công an với 61,2 triệu giao dịch", "Bộ
Công an là cơ quan có nhiều hồ sơ trực tuyến nhất với …") gives its part of the whole. What was
built in a year before "nâng tổng số … lên N" is an addition and N the level, the place's total
even when an operator built the addition; an association's survey (NCA) is not the country's count.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Theo Ngân hàng Nhà nước, đến cuối tháng 4/2022, trong số 1,1 triệu khách hàng đăng ký sử "
        "dụng dịch vụ Mobile Money, có gần 660.000 là khách hàng ở nông thôn, miền núi, vùng sâu, "
        "vùng xa.",
        "2022-05-18",
        [("mobile_money_customers", "national", "2022-04-30", 1100000)],
        [("mobile_money_customers", 660000)],
        id="a-count-after-a-whole-that-trong-so-opens-on-is-its-part",
    ),
    pytest.param(
        "Trong 9 tháng đầu năm 2025, NCSC ghi nhận 4.762 cuộc tấn công mạng gây sự cố vào các hệ "
        "thống thông tin tại Việt Nam, riêng tháng 9 có 508 cuộc.",
        "2025-10-10",
        [
            ("cyberattacks", "national", "2025-09-30", 4762),
            ("cyberattacks", "national", "2025-09-30", 508),
        ],
        [],
        id="months-that-trong-opens-on-are-no-whole",
    ),
    pytest.param(
        "Quý I/2025, NDXP xử lý 232,4 triệu giao dịch. Đứng đầu về lưu lượng là Bộ Công an với "
        "61,2 triệu giao dịch. Xếp thứ tư là Tổng cục Thuế với 19,8 triệu giao dịch. Trong tháng "
        "3/2025, Cổng Dịch vụ công quốc gia tiếp nhận 3,5 triệu hồ sơ trực tuyến; Bộ Công an là cơ "
        "quan có nhiều hồ sơ trực tuyến nhất với gần 1,2 triệu hồ sơ.",
        "2025-04-12",
        [
            ("ndxp_transactions_period", "national", "2025-03-31", 232400000),
            ("national_portal_dossiers_new", "national", "2025-03-31", 3500000),
        ],
        [
            ("ndxp_transactions_period", 61200000),
            ("ndxp_transactions_cumulative", 61200000),
            ("ndxp_transactions_cumulative", 19800000),
            ("national_portal_dossiers_new", 1200000),
        ],
        id="one-body-ranked-by-its-own-count-is-a-part",
    ),
    pytest.param(
        "Trong năm 2024, MobiFone đã lắp đặt và phát sóng khoảng 350 trạm 5G tại tỉnh Quảng Bình, "
        "nâng tổng số trạm 5G trên địa bàn lên hơn 520 trạm. Cũng trong năm, tỉnh Hà Nam đã xây "
        "dựng thêm khoảng 210 trạm 5G, nâng tổng số trạm 5G toàn tỉnh lên 640 trạm.",
        "2025-01-15",
        [
            ("fiveg_bts_count", "Quảng Bình", "2024-12-31", 520),
            ("fiveg_bts_count", "Hà Nam", "2024-12-31", 640),
        ],
        [("fiveg_bts_count", 350), ("fiveg_bts_count", 210)],
        id="built-in-the-year-then-the-total-it-raised-to",
    ),
    pytest.param(
        "Theo thống kê của NCA, trong năm 2024 các hệ thống thông tin tại Việt Nam ghi nhận "
        "khoảng 659.000 cuộc tấn công mạng. Trong khi đó, Cục An toàn thông tin cho biết trong "
        "tháng 12/2024 đã ghi nhận 1.210 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin "
        "tại Việt Nam.",
        "2025-01-10",
        [("cyberattacks", "national", "2024-12-31", 1210)],
        [("cyberattacks", 659000)],
        id="an-associations-survey-is-not-the-authoritys-count",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
