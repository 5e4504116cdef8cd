"""Constructions met on stop 34's fresh pages, each written anew for the project (not copied from
any page): a share of smartphone *users* is not the subscriptions' share; the World Bank's
Findex is a survey, the State Bank speaking gives the country's figure; "3/11 huyện … đạt trên
30%" is a bar several pass; the province's online dossiers "3 cấp"; services with dossiers as a
count then its share; a window "từ ngày 1 đến 31-7"; a city's lead that speaks of "trên địa bàn
thành phố"; online services over all procedures after the eligible ones' share; a label, a count
and its share in brackets; a level compared with a past year's ("so với mức 68% năm 2020");
households the fibre reaches are not households on fibre; a year under review is not cut at the
month of an event in it ("vào tháng 6, … đã hoàn thành"); teams at work ("11 tổ công tác") are
no indicator's count; "từ 35% - 40%" is a range; a level compared with whose time the text does
not give ("… tăng mạnh so với mức 13,2%") is no value and does not send the figure to review.

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
        "Tỷ lệ người dùng smartphone/người dùng điện thoại di động ước đạt 81,2%; số thuê bao băng "
        "rộng di động đạt 80,1 triệu thuê bao, tỷ lệ người dùng di động sử dụng điện thoại thông "
        "minh đạt trên 74%.",
        "2023-01-10",
        [("mobile_broadband_subscriptions", "national", "2023-01-10", 80_100_000)],
        [("smartphone_subscriber_rate", 81.2), ("smartphone_subscriber_rate", 74)],
        id="a-share-of-smartphone-users-is-not-the-subscriptions-share",
    ),
    pytest.param(
        "Theo Báo cáo Global Findex của Ngân hàng Thế giới, hơn 68% người trưởng thành có tài khoản "
        "tài chính.\nNgân hàng Nhà nước cho hay tỷ lệ người trưởng thành có tài khoản thanh toán đạt "
        "85,3%, so với mức 66,1% năm 2021.",
        "2025-03-04",
        [
            ("adults_with_bank_account_rate", "national", "2025-03-04", 85.3),
            ("adults_with_bank_account_rate", "national", "2021-12-31", 66.1),
        ],
        [("adults_with_bank_account_rate", 68)],
        id="findex-is-a-survey-the-state-bank-speaking-is-the-country",
    ),
    pytest.param(
        "Trong quý II/2024, tỷ lệ hồ sơ trực tuyến 3 cấp của tỉnh Phú Yên đạt 51,27%; trong đó "
        "12/19 sở, ngành đạt trên 80%, 4/9 huyện đạt trên 40% hồ sơ trực tuyến.",
        "2024-07-12",
        [("online_dossier_rate", "Phú Yên", "2024-06-30", 51.27)],
        [("online_dossier_rate", 80), ("online_dossier_rate", 40)],
        id="three-levels-dossiers-and-a-bar-several-pass",
    ),
    pytest.param(
        "Trong quý I/2024, số dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh Phú Yên là 412 "
        "(đạt tỷ lệ 27,4%).",
        "2024-04-15",
        [("dvctt_with_dossiers_rate", "Phú Yên", "2024-03-31", 27.4)],
        [],
        id="services-with-dossiers-a-count-then-its-share",
    ),
    pytest.param(
        "Ngày 5-9, Giám đốc Trung tâm Phục vụ hành chính công TP Hải Phòng cho biết trên địa bàn "
        "thành phố đang thực hiện 1.980 thủ tục.\nTừ ngày 1 đến 31-8, hồ sơ tiếp nhận qua dịch vụ "
        "công trực tuyến là: 72,4%.\nTại phường Lê Chân, người dân được hỗ trợ nộp hồ sơ.",
        "2025-09-05",
        [("online_dossier_rate", "Hải Phòng", "2025-08-31", 72.4)],
        [],
        id="a-city-speaking-of-its-ground-and-a-window-of-days",
    ),
    pytest.param(
        "Toàn tỉnh Trà Vinh có 1.690 TTHC, đã cung cấp 1.301 TTHC thành dịch vụ công trực tuyến, "
        "đạt 100% (đối với các TTHC đủ điều kiện), 77,5% so với tổng số TTHC của tỉnh.",
        "2023-01-05",
        [("dvctt_rate", "Trà Vinh", "2023-01-05", 77.5)],
        [("dvctt_rate", 100)],
        id="online-services-over-all-procedures-after-the-eligible-share",
    ),
    pytest.param(
        "Chỉ số phục vụ người dân của tỉnh Sơn La tháng 4/2024: Tỷ lệ TTHC cung cấp dịch vụ công "
        "trực tuyến toàn trình: 812 (55,1%).",
        "2024-04-30",
        [("dvctt_full_process_rate", "Sơn La", "2024-04-30", 55.1)],
        [],
        id="a-label-a-count-and-its-share-in-brackets",
    ),
    pytest.param(
        "Tính đến hết năm 2024, toàn tỉnh Ninh Thuận có trên 93% hộ gia đình có khả năng tiếp cận "
        "cáp quang; 78,2% hộ gia đình sử dụng cáp quang.",
        "2025-01-20",
        [("ftth_household_rate", "Ninh Thuận", "2024-12-31", 78.2)],
        [("ftth_household_rate", 93)],
        id="households-the-fibre-reaches-are-not-households-on-fibre",
    ),
    pytest.param(
        "Để hỗ trợ người dân chưa có thẻ CCCD gắn chip, Công an tỉnh Hà Giang thành lập 12 tổ công "
        "tác lưu động.\nHiện, Công an tỉnh Hà Giang đã cấp trên 610.000 thẻ CCCD gắn chip.",
        "2023-05-22",
        [("chip_id_cards_issued", "Hà Giang", "2023-05-22", 610_000)],
        [("chip_id_cards_issued", 12)],
        id="task-teams-are-not-what-an-indicator-counts",
    ),
    pytest.param(
        "Các chỉ số thành phần về kinh tế số vẫn duy trì tốc độ tăng trưởng cao từ 35% - 40%.",
        "2024-07-20",
        [],
        [("digital_economy_growth", 35), ("digital_economy_growth", 40)],
        id="from-one-percent-to-another-is-a-range",
    ),
    pytest.param(
        "Tính đến tháng 6/2023, tỷ trọng kinh tế số trong GDP đã đạt 14,8%, tăng mạnh so với mức "
        "13,2%.",
        "2023-09-12",
        [("digital_economy_gdp_share", "national", "2023-06-30", 14.8)],
        [("digital_economy_gdp_share", 13.2)],
        id="a-level-compared-with-whose-time-is-unsaid-does-not-clash",
    ),
    # …and what those rules must not reach
    pytest.param(
        "Năm 2024, kinh tế số của tỉnh Long An chiếm khoảng 19,6% GRDP, cao hơn mức 18,3% của cả "
        "nước.\nMạng 5G đã phủ sóng tới 63/63 tỉnh, thành phố với hơn 12.000 trạm phát sóng.",
        "2025-03-05",
        [
            ("digital_economy_gdp_share", "Long An", "2024-12-31", 19.6),
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
            ("fiveg_bts_count", "national", "2025-03-05", 12_000),
        ],
        [],
        id="the-country-s-figure-compared-and-all-provinces-reached-still-read",
    ),
    pytest.param(
        "Theo kết quả đo i-Speed của VNNIC, tốc độ băng rộng cố định trung bình năm 2024 đạt 141,2 "
        "Mbps.\nRiêng trong tháng 12/2024, tốc độ băng rộng cố định đạt 150,6 Mbps.",
        "2025-01-21",
        [
            ("fixed_broadband_speed", "national", "2024-12-31", 141.2),
            ("fixed_broadband_speed", "national", "2024-12-31", 150.6),
        ],
        [],
        id="a-year-s-mean-does-not-yield-to-a-month-s-reading",
    ),
]

# An undated page (no sidecar date): its "hiện nay" comes from the text alone
UNDATED = [
    pytest.param(
        "Năm 2024, ngành thông tin và truyền thông cả nước ghi nhận nhiều bước tiến. Đặc biệt, "
        "vào tháng 6, nhà mạng đã đưa vào sử dụng trạm 4G tại một thôn vùng cao.\nHiện nay, tỷ lệ "
        "phủ sóng 4G đạt 99,6% tại các thôn.",
        [("villages_with_mobile_coverage_rate", "national", "2024-12-31", 99.6)],
        id="a-year-under-review-and-an-event-in-one-of-its-months",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    rows = extract_text(text, "u.txt", "0" * 64, {}).observations
    got = rows[rows["status"] == "accepted"]
    found = [(r.indicator, r.breakdown, str(r.period_end), r.value) for r in got.itertuples()]
    assert sorted(found) == sorted(wanted), rows.to_string()
