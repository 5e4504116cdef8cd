"""Constructions met on stop 50's unseen provincial pages, each written anew for the project (not
copied from any page): "địa phương" qualifying a noun ("phát triển xã hội địa phương") names no
level; "đã giảm được 38 thôn chưa có sóng" says how many fewer, not how many are left; a province
opening a sentence as the one that "đã cung cấp" gives the paragraph's next figures to it; a
sentence opening "Tại quận Hoàn Kiếm (Hà Nội), …; quận đã …" gives the district's figures.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Năm 2024, chỉ số hài lòng về sự phục vụ hành chính của tỉnh Cao Bằng đạt 80,42%. Một số "
        "tiêu chí thành phần, đặc biệt là các vấn đề về phát triển xã hội địa phương chỉ đạt hơn "
        "74%.",
        "2025-04-20",
        [("satisfaction_rate", "Cao Bằng", "2024-12-31", 80.42)],
        [("satisfaction_rate", 74)],
        id="a-local-noun-is-no-level",
    ),
    pytest.param(
        "Năm 2023, trên địa bàn tỉnh Hà Giang đã giảm được 41 thôn chưa có sóng di động 3G, 4G.",
        "2024-01-12",
        [],
        [("villages_without_mobile_coverage", 41)],
        id="villages-fewer-are-no-villages-left",
    ),
    pytest.param(
        "Hội nghị tổng kết chuyển đổi số\n\nHiện nay, Bạc Liêu đã cung cấp 100% dịch vụ công "
        "trực tuyến đối với các thủ tục liên quan đến doanh nghiệp. Tỷ lệ hồ sơ nộp trực tuyến "
        "đạt 91,2%.",
        "2024-12-20",
        [("online_dossier_rate", "Bạc Liêu", "2024-12-20", 91.2)],
        [],
        id="a-province-that-provides-goes-on",
    ),
    pytest.param(
        "Tại quận Ba Đình (Hà Nội), 100% hồ sơ đăng ký cư trú được tiếp nhận trực tuyến; quận "
        "đã kích hoạt 96.000 tài khoản định danh điện tử cho công dân trên địa bàn.",
        "2024-03-29",
        [],
        [("vneid_activated_accounts", 96_000)],
        id="a-sentence-opening-at-a-district",
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted", "unwanted"), GUARDS)
def test_guard(text, published, wanted, unwanted):
    """The case gives the rows it must and none of the readings it must not."""
    assert_guard(text, published, wanted, unwanted)
