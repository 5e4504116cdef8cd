"""Constructions met on stop 35's fresh pages, each written anew for the project (not copied from
any page): a clause that opens "Trước ngày 1/1/2022," gives the level the day before; a number's
own words up to its comma do not rule out the next number ("…% thôn đã có sóng, còn 305 thôn
chưa phủ sóng"); a bound or a round figure with the exact one in brackets ("dưới 600.000 địa chỉ
(587.210 địa chỉ)") is the exact one; a fall from a level with its own time ("từ 1,5 triệu địa
chỉ thời điểm cuối năm 2020", "từ con số 1.730.400 (thời điểm từ 15/5-14/6/2021)"), whose time
does not carry to the next sentence; "3 hình thức" are kinds, not attacks; another year after a
share and its base ("21% GRDP của tỉnh, trong khi đó, năm 2022 chỉ đạt mức đóng góp 16,4%");
"hộ dân sử dụng cáp quang", "sở hữu tài khoản", "triển khai 83% thủ tục hành chính là dịch vụ
công trực tuyến" with its full-process part after "trong đó"; a lead's day written with a dot
("Sáng 23.4,").

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Trước ngày 1/1/2022, tỷ lệ thôn, bản được phủ sóng di động đạt 97,1% và còn 2.310 thôn "
        "chưa có sóng. Hiện nay, cả nước có 99,5% thôn bản đã có sóng, còn 305 thôn chưa phủ sóng "
        "vì chưa có điện lưới.",
        "2023-11-20",
        [
            ("villages_with_mobile_coverage_rate", "national", "2021-12-31", 97.1),
            ("villages_without_mobile_coverage", "national", "2021-12-31", 2310),
            ("villages_with_mobile_coverage_rate", "national", "2023-11-20", 99.5),
            ("villages_without_mobile_coverage", "national", "2023-11-20", 305),
        ],
        [],
        id="the-day-before-a-date-and-the-level-now-after-another-s-words",
    ),
    pytest.param(
        "Bộ đã tổng hợp báo cáo của các tỉnh trước ngày 1/3/2024, hiện nay cả nước còn 410 thôn "
        "chưa có sóng.",
        "2024-03-05",
        [("villages_without_mobile_coverage", "national", "2024-03-05", 410)],
        [],
        id="a-day-after-its-verb-dates-nothing",
    ),
    pytest.param(
        "Số địa chỉ IP nằm trong mạng botnet hiện đã giảm xuống dưới 600.000 địa chỉ (587.210 địa "
        "chỉ). Tỷ lệ hồ sơ trực tuyến toàn trình đạt gần 45% (44,3%), so với 40,2% (38% năm 2023).",
        "2024-12-20",
        [
            ("botnet_ips", "national", "2024-12-20", 587_210),
            ("online_dossier_full_process_rate", "national", "2024-12-20", 44.3),
        ],
        [("botnet_ips", 600_000), ("online_dossier_full_process_rate", 45)],
        id="a-bound-then-the-exact-figure-in-brackets",
    ),
    pytest.param(
        "Chiến dịch đã đưa số địa chỉ IP nằm trong mạng botnet giảm từ hơn 1,5 triệu địa chỉ thời "
        "điểm cuối năm 2020 xuống còn 910.000 địa chỉ vào cuối năm 2022.\nHiện nay, số IP botnet "
        "đã giảm gần một nửa từ con số 1.730.400 (thời điểm từ 15/5-14/6/2021) xuống còn 880.300 "
        "(thời điểm hiện tại).",
        "2023-01-15",
        [
            ("botnet_ips", "national", "2020-12-31", 1_500_000),
            ("botnet_ips", "national", "2022-12-31", 910_000),
            ("botnet_ips", "national", "2021-06-14", 1_730_400),
            ("botnet_ips", "national", "2023-01-15", 880_300),
        ],
        [],
        id="a-fall-from-a-level-with-its-own-time",
    ),
    pytest.param(
        "Đến nay, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đã tăng từ 71,2% trong năm "
        "ngoái lên 73,5%. Số thuê bao băng rộng di động trên 100 dân đạt 86%, tăng 9,1% so với "
        "năm ngoái.",
        "2022-11-10",
        [
            ("smartphone_subscriber_rate", "national", "2021-12-31", 71.2),
            ("smartphone_subscriber_rate", "national", "2022-11-10", 73.5),
            ("mobile_broadband_subscriptions_per_100", "national", "2022-11-10", 86),
        ],
        [],
        id="the-time-a-rise-starts-from-does-not-carry-to-the-next-sentence",
    ),
    pytest.param(
        "Trong tháng 5, hệ thống ghi nhận 611 cuộc tấn công mạng gây ra sự cố vào các hệ thống "
        "thông tin tại Việt Nam. Số lượng sự cố tấn công mạng thuộc 3 hình thức: lừa đảo, thay đổi giao diện và cài "
        "mã độc.",
        "2024-06-04",
        [("cyberattacks", "national", "2024-05-31", 611)],
        [("cyberattacks", 3)],
        id="kinds-of-attack-are-not-attacks",
    ),
    pytest.param(
        "Kinh tế số của tỉnh Bắc Ninh trong năm 2023 đã đóng góp 21% GRDP của tỉnh, trong khi đó, "
        "năm 2022 chỉ đạt mức đóng góp 16,4% GRDP.",
        "2024-02-02",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "2023-12-31", 21),
            ("digital_economy_gdp_share", "Bắc Ninh", "2022-12-31", 16.4),
        ],
        [],
        id="another-year-after-a-share-and-its-base",
    ),
    pytest.param(
        "Về hạ tầng số, có 81,6% hộ dân sử dụng cáp quang băng rộng. Hiện có gần 88% người trưởng "
        "thành đã sở hữu tài khoản ngân hàng.",
        "2024-08-12",
        [
            ("ftth_household_rate", "national", "2024-08-12", 81.6),
            ("adults_with_bank_account_rate", "national", "2024-08-12", 88),
        ],
        [],
        id="households-on-fibre-and-adults-owning-an-account-in-other-words",
    ),
    pytest.param(
        "Năm 2024, các bộ, ngành, địa phương đã triển khai 83% thủ tục hành chính là dịch vụ công "
        "trực tuyến, trong đó 51,2% thủ tục hành chính được triển khai là dịch vụ công trực tuyến "
        "toàn trình.",
        "2025-01-22",
        [
            ("dvctt_rate", "national", "2024-12-31", 83),
            ("dvctt_full_process_rate", "national", "2024-12-31", 51.2),
        ],
        [],
        id="procedures-deployed-as-online-services-and-the-full-process-part",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


# A page with no sidecar date: its date comes from the text alone
UNDATED = [
    pytest.param(
        "Sáng 23.4, Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp thứ 8 nhằm đánh giá kết "
        "quả chuyển đổi số từ đầu năm 2024 đến nay. Về hạ tầng số, có 80,4% hộ gia đình sử dụng "
        "cáp quang.",
        [("ftth_household_rate", "national", "2024-04-23", 80.4)],
        id="a-lead-day-written-with-a-dot",
    ),
]


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    rows = extract_text(text, "u.txt", "0" * 64, {}).observations
    got = rows[rows["status"] == "accepted"]
    found = [(r.indicator, r.breakdown, str(r.period_end), r.value) for r in got.itertuples()]
    assert sorted(found) == sorted(wanted), rows.to_string()
