"""Constructions met on stop 50's unseen pages, each written anew for the project (not copied from
any page): a province's own integration platform (LGSP, "Trục liên thông nội tỉnh") named before
NDXP as its subject counts the province's transactions, not NDXP's, while NDXP named first keeps
its own; "tài khoản ĐDĐT" is an electronic identification account; a headline's rough count
("NDXP: 31 ngày, gần 70 triệu giao dịch") restating the body's month is no running total; a
count "trên phạm vi cả nước" on a city's page is the country's; transactions "qua trục liên thông
của thành phố" are the city's platform's; a masthead "CỔNG DỊCH VỤ CÔNG TỈNH …" makes the page the
province's.

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
        "Năm 2023, tỉnh Hậu Giang tiếp tục duy trì 12 cơ sở dữ liệu dùng chung. Theo thống kê "
        "trên Hệ thống Trục liên thông nội tỉnh (LGSP), tỉnh đã kết nối 18 dịch vụ chia sẻ với "
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), phát sinh trên 9,2 triệu giao dịch "
        "dữ liệu.",
        "2024-01-15",
        [],
        [("ndxp_transactions_period", 9_200_000), ("ndxp_transactions_cumulative", 9_200_000)],
        id="a-provinces-lgsp-before-ndxp-is-the-provinces",
    ),
    pytest.param(
        "Trong năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với hệ "
        "thống của 63 tỉnh, thành phố và có hơn 1,2 tỷ giao dịch.",
        "2024-01-15",
        [("ndxp_transactions_period", "national", "2023-12-31", 1_200_000_000)],
        [],
        id="ndxp-named-first-keeps-its-transactions",
    ),
    pytest.param(
        "Đến ngày 31/7/2023, Công an tỉnh Bình Phước đã thu nhận hơn 350.000 hồ sơ, trong đó có "
        "trên 90.000 tài khoản ĐDĐT kích hoạt thành công.",
        "2023-08-10",
        [("vneid_activated_accounts", "Bình Phước", "2023-07-31", 90_000)],
        [],
        id="an-identification-account-abbreviated",
    ),
    pytest.param(
        "NDXP: 31 ngày, gần 70 triệu giao dịch\n\nTrong tháng 1/2024, Nền tảng tích hợp, chia "
        "sẻ dữ liệu quốc gia (NDXP) ghi nhận 69,7 triệu giao dịch.",
        "2024-02-06",
        [("ndxp_transactions_period", "national", "2024-01-31", 69_700_000)],
        [("ndxp_transactions_cumulative", 70_000_000)],
        id="a-headline-rounding-the-months-count-is-no-running-total",
    ),
    pytest.param(
        "Cần Thơ: LGSP xử lý hơn 3,1 triệu giao dịch\n\nTheo Sở Thông tin và Truyền thông "
        "thành phố, 6 tháng đầu năm 2024, LGSP của Cần Thơ đã xử lý hơn 3,1 triệu giao dịch. Nền "
        "tảng liên thông với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), nơi ghi nhận "
        "khoảng 408 triệu giao dịch trên phạm vi cả nước trong cùng thời gian.",
        "2024-07-09",
        [("ndxp_transactions_period", "national", "2024-06-30", 408_000_000)],
        [("ndxp_transactions_period", 3_100_000)],
        id="a-count-across-the-country-on-a-citys-page",
    ),
    pytest.param(
        "Năm 2024, NDXP thực hiện 850 triệu giao dịch. Các LGSP cấp tỉnh là cửa ngõ dữ liệu của "
        "địa phương; Hà Nội có khoảng 91 triệu giao dịch qua trục liên thông của thành phố.",
        "2025-01-14",
        [("ndxp_transactions_period", "national", "2024-12-31", 850_000_000)],
        [("ndxp_transactions_period", 91_000_000), ("ndxp_transactions_cumulative", 91_000_000)],
        id="transactions-through-a-citys-own-platform",
    ),
    pytest.param(
        "CỔNG DỊCH VỤ CÔNG TỈNH KON TUM\nThống kê tình hình giải quyết hồ sơ\n\n"
        "Hiện nay, tỷ lệ cấp kết quả điện tử: 81,7%",
        "2024-05-06",
        [("e_result_rate", "Kon Tum", "2024-05-06", 81.7)],
        [],
        id="a-provinces-service-portal-as-masthead",
    ),
    pytest.param(
        "Tỉnh Yên Bái: kết quả 6 tháng đầu năm 2023\n\nTỷ lệ hồ sơ trực tuyến của tỉnh đạt "
        "56,1%. Nhiệm vụ 6 tháng cuối năm: hoàn thành số hóa kết quả giải quyết thủ tục hành "
        "chính, nâng tỷ lệ hồ sơ trực tuyến lên trên 65%.",
        "2023-07-18",
        [("online_dossier_rate", "Yên Bái", "2023-06-30", 56.1)],
        [("online_dossier_rate", 65)],
        id="a-sentence-headed-by-its-tasks",
    ),
]


def test_a_provincial_papers_headline_repeating_the_national_count_is_the_countrys():
    """The headline's undated "Hơn 12,9 triệu" is the body's national figure, not Quảng Trị's."""
    text = (
        "BÁO QUẢNG TRỊ ĐIỆN TỬ\n\nCổng Dịch vụ công quốc gia: Hơn 12,9 triệu tài khoản đăng ký"
        "\n\n(Báo Quảng Trị) - Theo Văn phòng Chính phủ, tính đến ngày 31/5/2024, Cổng Dịch vụ "
        "công quốc gia có hơn 12,9 triệu tài khoản đăng ký."
    )
    side = {"published": date(2024, 6, 3)}
    rows = extract_text(text, "guard.txt", "0" * 64, side).observations
    got = {(r.breakdown, str(r.period_end)[:10]) for r in rows.itertuples()}
    assert got == {("national", "2024-05-31")}, rows.to_string()


@pytest.mark.parametrize(("text", "published", "wanted", "unwanted"), GUARDS)
def test_guard(text, published, wanted, unwanted):
    """The case gives the rows it must and none of the readings it must not."""
    assert_guard(text, published, wanted, unwanted)
