"""Wholes and their parts, each written anew for the project (not copied from any page): a count
that "Trong (số) …" opens on is the figure, and a count of the same measure after it in the sentence
("có gần 660.000 là khách hàng ở nông thôn") is a part of it; a part counted in another measure
("có 104,2 triệu sử dụng smartphone") and a period ("Trong 9 tháng đầu năm …") are not wholes; one
body ranked by its own count ("Đứng đầu về lưu lượng là Bộ Công an với 61,2 triệu giao dịch", "Bộ
Công an là cơ quan có nhiều hồ sơ trực tuyến nhất với …") gives its part of the whole.

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
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
