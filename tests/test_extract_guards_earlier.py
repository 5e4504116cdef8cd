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
("Sáng 23.4,"); what a place "sẽ phủ" is an aim; a share each of a count of bodies reaches ("52
bộ, ngành, địa phương hoàn thành việc đưa 100% …"); "trước năm 2022," and "Trong 2 năm 2022 và
2023"; the level a change starts from with its own year, named before "tăng … từ"; subscriptions
"sử dụng thiết bị điện thoại thông minh" among all; payment dossiers "từ tháng 3 đến 10/10/2020";
a year in review told as the year's effort ("năm 2023 ngành … nỗ lực phấn đấu hoàn thành xuất
sắc nhiệm vụ được giao"); a figure with no time of its own, compared with the whole year before
("tăng 1,3 lần so với năm 2022"), is the next year's in a text written after it.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard
from test_extract_guards_fresh import test_undated_guard as assert_undated_guard

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
    pytest.param(
        "Năm 2026, tỉnh Lào Cai sẽ phủ sóng 5G 100% tại các khu công nghiệp. Hiện toàn tỉnh Lào Cai "
        "đã có 1.520 trạm BTS, trong đó có 96 trạm 5G.",
        "2025-12-18",
        [("fiveg_bts_count", "Lào Cai", "2025-12-18", 96)],
        [("fiveg_population_coverage_rate", 100)],
        id="what-a-place-will-cover-is-an-aim",
    ),
    pytest.param(
        "Tính đến 15/12/2023, cả nước đã có 52 bộ, ngành, địa phương hoàn thành việc đưa 100% dịch "
        "vụ công đủ điều kiện lên cung cấp trực tuyến toàn trình.",
        "2023-12-20",
        [],
        [("full_process_provision_rate", 100)],
        id="a-share-each-of-a-count-of-bodies-reaches",
    ),
    pytest.param(
        "Theo thống kê, trước năm 2022, toàn quốc có 1.950 thôn chưa có sóng di động. Trong 2 năm "
        "2022 và 2023, các doanh nghiệp đã phủ sóng cho 1.610 thôn, còn lại 350 thôn chưa có sóng.",
        "2024-02-10",
        [
            ("villages_without_mobile_coverage", "national", "2021-12-31", 1950),
            ("villages_without_mobile_coverage", "national", "2023-12-31", 350),
        ],
        [],
        id="before-a-year-and-two-years-together",
    ),
    pytest.param(
        "Tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng khoảng 3 lần, từ 9,8% năm 2019 lên 29,5% vào "
        "tháng 12/2020.",
        "2021-01-15",
        [
            ("dvctt_full_process_rate", "national", "2019-12-31", 9.8),
            ("dvctt_full_process_rate", "national", "2020-12-31", 29.5),
        ],
        [],
        id="the-level-a-change-starts-from-with-its-own-year",
    ),
    pytest.param(
        "Toàn tỉnh Gia Lai có 1.520.400 thuê bao di động, trong đó có 1.210.300 thuê bao sử dụng "
        "thiết bị điện thoại thông minh.",
        "2024-06-10",
        [("smartphone_subscriptions", "Gia Lai", "2024-06-10", 1_210_300)],
        [],
        id="subscriptions-on-smartphone-devices-among-all",
    ),
    pytest.param(
        "Sau 7 tháng vận hành (từ tháng 3 đến 10/10/2020), Cổng Dịch vụ công quốc gia đã có hơn "
        "14.000 hồ sơ giao dịch thanh toán trực tuyến.",
        "2020-10-20",
        [("online_payments_count_new", "national", "2020-10-10", 14_000)],
        [],
        id="payment-dossiers-since-a-month",
    ),
    pytest.param(
        "Báo cáo tại phiên họp cho thấy, đến nay có hơn 4.600 dịch vụ công trực tuyến được cung cấp "
        "trên Cổng Dịch vụ công quốc gia. Tỉ lệ hồ sơ trực tuyến của bộ, ngành đạt 31,2%, tăng 1,3 "
        "lần so với năm 2022; địa phương đạt 36,1%, tăng 3,1 lần.",
        "2024-03-05",
        [
            ("online_dossier_rate", "ministries", "2023-12-31", 31.2),
            ("online_dossier_rate", "localities", "2023-12-31", 36.1),
        ],
        [],
        id="a-figure-compared-with-the-whole-year-before-is-the-next-year-s",
    ),
    pytest.param(
        "Trong tháng 5/2024, Cổng Dịch vụ công quốc gia tiếp nhận 2,1 triệu hồ sơ trực tuyến, "
        "nhiều hơn mức 1,75 triệu hồ sơ của tháng trước.",
        "2024-06-05",
        [
            ("national_portal_dossiers_new", "national", "2024-05-31", 2_100_000),
            ("national_portal_dossiers_new", "national", "2024-04-30", 1_750_000),
        ],
        [],
        id="more-than-last-month-s-figure-with-its-noun-between",
    ),
    pytest.param(
        "Năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 9,8 triệu giao dịch thanh toán trực tuyến với "
        "tổng số tiền 9.215 tỷ đồng, nhiều hơn mức 6,1 triệu giao dịch và 5.420 tỷ đồng của năm 2023.",
        "2025-01-10",
        [
            ("online_payments_count_new", "national", "2023-12-31", 6_100_000),
            ("online_payments_value_new", "national", "2023-12-31", 5420),
        ],
        [],
        id="two-earlier-values-joined-by-va-share-the-time-after-the-second",
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
    pytest.param(
        "Theo báo cáo tại hội nghị, năm 2023 ngành Thông tin và Truyền thông tiếp tục "
        "nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao. Số thuê bao di động sử dụng dịch "
        "vụ Mobile Money là 21.400 thuê bao, tăng 1,4 lần so với cùng kỳ năm 2022 (15.100).",
        [
            ("mobile_money_customers", "national", "2023-12-31", 21_400),
            ("mobile_money_customers", "national", "2022-12-31", 15_100),
        ],
        id="a-year-in-review-told-as-the-year-s-effort",
    ),
]


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    assert_undated_guard(text, wanted)


def test_a_level_told_to_its_day_and_in_its_month_is_one_figure():
    text = (
        "Tính đến hết tháng 2/2024, số địa chỉ IP nằm trong mạng botnet hiện còn 401.230 địa chỉ.\n"
        "Trong tháng 2/2024, số địa chỉ IP Việt Nam nằm trong các mạng botnet chỉ còn 401.230 địa "
        "chỉ, giảm 5% so với tháng 1/2024.\nTrong tháng 2/2024 có 512 cuộc tấn công mạng gây ra sự "
        "cố; lũy kế từ đầu năm đến hết tháng 2/2024 là 512 cuộc."
    )
    rows = extract_text(text, "g.txt", "0" * 64, {"published": date(2024, 3, 10)}).observations
    got = rows[rows["status"] == "accepted"]
    botnet = got[got["indicator"] == "botnet_ips"]
    assert len(botnet) == 1 and str(botnet.iloc[0]["period_end"]) == "2024-02-29", rows.to_string()
    # a flow's month and its running total since January, one value, are two figures
    attacks = got[got["indicator"] == "cyberattacks"]
    assert sorted(attacks["period_kind"]) == ["month", "ytd"], rows.to_string()
