"""Statistics boxes, lists and titles as pages print them, met while probing the genre on stop 45
and each written anew for the project (not copied from any page): a portal's box of "Label:
number" lines keeps each figure on its own line, even when a label runs to forty letters, and a
label's unit in brackets ("Số tiền thanh toán trực tuyến (tỷ đồng): 98.512") is its number's
unit; a title ending on its province after a dash ("… THÁNG 9/2025 – TỈNH LÂM ĐỒNG") says whose
figures the list under it gives.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard
from test_extract_guards_fresh import test_undated_guard as assert_undated_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 9/2025 – TỈNH LÂM ĐỒNG\n\n"
        "Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh:\n"
        "• Tỷ lệ hồ sơ xử lý trực tuyến: 71,6%\n• Tỷ lệ hồ sơ trực tuyến toàn trình: 55,2%\n",
        "2025-10-06",
        [
            ("online_dossier_rate", "Lâm Đồng", "2025-09-30", 71.6),
            ("online_dossier_full_process_rate", "Lâm Đồng", "2025-09-30", 55.2),
        ],
        [],
        id="a-title-ending-on-its-province-after-a-dash",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


# (an undated text, the accepted rows it must give, all of them)
UNDATED = [
    pytest.param(
        "CỔNG DỊCH VỤ CÔNG QUỐC GIA\n\nTHỐNG KÊ (số liệu tính đến 20/11/2025)\n"
        "Tài khoản đăng ký: 19.842.516\nHồ sơ trực tuyến thực hiện qua Cổng: 62.418.330\n"
        "Giao dịch thanh toán trực tuyến: 71.204.118\n"
        "Số tiền thanh toán trực tuyến (tỷ đồng): 98.512\nLượt truy cập: 1.236.480.902\n",
        [
            ("national_portal_accounts", "national", "2025-11-20", 19842516),
            ("national_portal_dossiers", "national", "2025-11-20", 62418330),
            ("online_payments_count", "national", "2025-11-20", 71204118),
            ("online_payments_value", "national", "2025-11-20", 98512),
        ],
        id="a-portal-s-statistics-box-dated-by-its-heading",
    ),
]


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    assert_undated_guard(text, wanted)
