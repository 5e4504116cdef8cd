"""Figures that are not the indicator's value, met on stop 37's pages and each written anew for the
project (not copied from any page): a month's average told with its subject between "mỗi tháng"
and the number ("Bình quân trong 9 tháng đầu năm, mỗi tháng các cơ quan, doanh nghiệp trong nước
ghi nhận 850 sự cố") is no value of the period's total, and does not stand against the total
beside it; the share of what is still left undone, told after its count ("còn khoảng 2.100 hệ
thống chưa được phê duyệt …, tương đương 26,2%"), is not the share done; a count "trong tháng" on a
page that never says which month is no running total (it waits for a reader to name the month),
and the sentences after it do not take that unnamed month for one the text named.
Stop 41: a plan's items under a heading of aims ("Những chỉ tiêu chính:", numbered items under
"… đặt ra các chỉ tiêu chủ yếu như sau:") are no results; a heading of figures dated like a result
("Các chỉ tiêu chuyển đổi số của tỉnh … tính đến 31/12/2023:") still gives its items.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Trong 9 tháng đầu năm nay, tổng số cuộc tấn công mạng gây ra sự cố vào các hệ thống "
        "thông tin tại Việt Nam là 7.650 cuộc. Bình quân trong 9 tháng đầu năm 2024, mỗi tháng "
        "các cơ quan, doanh nghiệp trong nước ghi nhận 850 sự cố tấn công mạng, giảm 12% so với "
        "năm 2023.",
        "2024-10-08",
        [("cyberattacks", "national", "2024-09-30", 7650)],
        [("cyberattacks", 850)],
        id="a-month-s-average-with-its-subject-before-the-number",
    ),
    pytest.param(
        "Theo Cục An toàn thông tin, đến tháng 9/2024, cả nước có 5.900 hệ thống thông tin đã được "
        "phê duyệt hồ sơ đề xuất cấp độ, tương đương 73,8%. Như vậy, cả nước còn khoảng 2.100 hệ "
        "thống thông tin chưa được phê duyệt hồ sơ đề xuất cấp độ, tương đương 26,2%. Ở Lai Châu, "
        "hiện toàn tỉnh còn 250 thôn, bản chưa có sóng di động, chiếm 11,8% tổng số thôn, bản.",
        "2024-10-15",
        [("info_systems_level_approved_rate", "national", "2024-09-30", 73.8)],
        [("info_systems_level_approved_rate", 26.2), ("villages_with_mobile_coverage_rate", 11.8)],
        id="the-share-still-left-told-after-its-count",
    ),
    pytest.param(
        "Theo Bộ Công an, trong tháng, Cổng Dịch vụ công quốc gia ghi nhận 1,3 triệu giao dịch "
        "thanh toán trực tuyến với số tiền khoảng 1.020 tỷ đồng. Trong tháng, số tài khoản đăng ký "
        "mới trên Cổng là 198.000 tài khoản. Hiện nay, Cổng có 15,9 triệu tài khoản.",
        "2024-11-04",
        [("national_portal_accounts", "national", "2024-11-04", 15900000)],
        [("online_payments_count", 1300000), ("online_payments_value", 1020)],
        id="a-count-in-a-month-the-page-does-not-name",
    ),
    pytest.param(
        "UBND tỉnh Nam Định ban hành Kế hoạch chuyển đổi số năm 2024.\nNhững chỉ tiêu chính:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%;\n- 80% hộ gia đình có cáp quang.\n",
        "2024-02-10",
        [],
        [("online_dossier_full_process_rate", 50), ("ftth_household_rate", 80)],
        id="a-plan-s-items-under-a-heading-of-aims",
    ),
    pytest.param(
        "Năm 2024, Bộ đặt ra các chỉ tiêu chủ yếu như sau:\n\n1. Tỷ lệ dịch vụ công trực tuyến "
        "toàn trình đạt 80%.\n2. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 40%.\n",
        "2024-02-10",
        [],
        [("dvctt_full_process_rate", 80), ("online_dossier_full_process_rate", 40)],
        id="numbered-aims-under-a-lead-that-sets-them",
    ),
    pytest.param(
        "Các chỉ tiêu chuyển đổi số của tỉnh Quảng Ninh tính đến 31/12/2023:\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 91,3%;\n",
        "2024-01-20",
        [("online_dossier_rate", "Quảng Ninh", "2023-12-31", 91.3)],
        [],
        id="a-heading-of-figures-dated-like-a-result",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_an_unnamed_month_is_not_carried_as_a_named_one():
    """ "Trong tháng, …" then "Trong kỳ báo cáo, …": the window is still a month nobody named."""
    text = (
        "Theo Bộ Công an, trong tháng, Cổng Dịch vụ công quốc gia ghi nhận 1,3 triệu giao dịch "
        "thanh toán trực tuyến. Trong kỳ báo cáo, Cổng tiếp nhận 1,1 triệu hồ sơ trực tuyến."
    )
    side = {"published": date(2024, 11, 4)}
    rows = extract_text(text, "guard.txt", "0" * 64, side).observations
    held = rows[rows["indicator"] == "national_portal_dossiers_new"]
    assert list(held["status"]) == ["needs_review"], rows.to_string()
