"""Cities named in a sentence: a meeting's or a dateline's place, a city below its province, a
list of cities with their figures.

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract import extract_text

CASES = [
    pytest.param(
        "Tại Hội thảo diễn ra ở thành phố Đà Nẵng, Cục Viễn thông cho biết tháng 12/2024, tốc độ băng "
        "rộng di động của Việt Nam đạt 72,3 Mbps; băng rộng cố định đạt 185,6 Mbps.",
        "2025-01-14",
        [
            ("mobile_broadband_speed", "national", "2024-12-31", 72.3),
            ("fixed_broadband_speed", "national", "2024-12-31", 185.6),
        ],
        [],
        id="a workshop's city is where it was said",
    ),
    pytest.param(
        "Phát biểu tại hội nghị tổ chức ở thành phố Vinh (Nghệ An), lãnh đạo Bộ Công an cho biết: tính "
        "đến ngày 1/12/2024, cả nước đã kích hoạt hơn 62 triệu tài khoản định danh điện tử.",
        "2024-12-03",
        [("vneid_activated_accounts", "national", "2024-12-01", 62000000)],
        [],
        id="a city below a province, named as a meeting's place, keeps the country's figure",
    ),
    pytest.param(
        "Sau thành phố Thủ Dầu Một, đến nay toàn tỉnh Bình Dương có 300 trạm 5G. Từ mô hình tại thành "
        "phố Biên Hòa, tính đến tháng 5/2024 tỷ lệ hồ sơ trực tuyến của tỉnh Đồng Nai đạt 75%.",
        "2024-06-20",
        [
            ("fiveg_bts_count", "Bình Dương", "2024-06-20", 300),
            ("online_dossier_rate", "Đồng Nai", "2024-05-31", 75),
        ],
        [],
        id="a city named before its province's figure leaves the figure the province's",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ninh đạt 92,6%. Riêng thành phố Hạ Long, tỷ lệ "
        "hồ sơ trực tuyến lên tới 97,2%.",
        "2025-01-09",
        [("online_dossier_rate", "Quảng Ninh", "2024-12-31", 92.6)],
        [("online_dossier_rate", 97.2)],
        id="a city's own figure is not its province's",
    ),
    pytest.param(
        "Theo đó, tốc độ băng rộng cố định tại thành phố Hồ Chí Minh tháng 5/2024 đạt 110 Mbps, trong "
        "khi tốc độ chung của Việt Nam là 97 Mbps.",
        "2024-06-20",
        [
            ("fixed_broadband_speed", "Hồ Chí Minh", "2024-05-31", 110),
            ("fixed_broadband_speed", "national", "2024-05-31", 97),
        ],
        [],
        id="a clause naming the country owns its figure",
    ),
    pytest.param(
        "Tháng 5/2024: TP. Hồ Chí Minh có 96% hộ gia đình dùng cáp quang, Hà Nội 95%, Đà Nẵng 93%.",
        "2024-06-20",
        [
            ("ftth_household_rate", "Hồ Chí Minh", "2024-05-31", 96),
            ("ftth_household_rate", "Hà Nội", "2024-05-31", 95),
            ("ftth_household_rate", "Đà Nẵng", "2024-05-31", 93),
        ],
        [],
        id="a place listed right before its figure owns it",
    ),
    pytest.param(
        "Tính đến tháng 5/2024, cả nước có 7.000 trạm 5G, trong đó TP. Hồ Chí Minh có 1.500 trạm, "
        "Hà Nội có 1.400 trạm.",
        "2024-06-20",
        [
            ("fiveg_bts_count", "national", "2024-05-31", 7000),
            ("fiveg_bts_count", "Hồ Chí Minh", "2024-05-31", 1500),
            ("fiveg_bts_count", "Hà Nội", "2024-05-31", 1400),
        ],
        [],
        id="a province named after 'trong đó' has its own count",
    ),
    pytest.param(
        "TP. Hồ Chí Minh, ngày 19/6/2024 - Cục Viễn thông cho biết tháng 5/2024 tốc độ băng rộng "
        "cố định của Việt Nam đạt 97,6 Mbps, di động đạt 55 Mbps.",
        "2024-06-20",
        [
            ("fixed_broadband_speed", "national", "2024-05-31", 97.6),
            ("mobile_broadband_speed", "national", "2024-05-31", 55),
        ],
        [],
        id="a dateline's city is where the text was written",
    ),
]


@pytest.mark.parametrize("text,published,wanted,unwanted", CASES)
def test_city_named_in_a_sentence(text, published, wanted, unwanted):
    """The case gives the rows it must and none of the readings it must not."""
    side = {"published": date.fromisoformat(published)}
    rows = extract_text(text, "city.txt", "0" * 64, side).observations
    accepted = rows[rows["status"] == "accepted"]
    got = {
        (r.indicator, r.breakdown, str(r.period_end)[:10], round(float(r.value), 4))
        for r in accepted.itertuples()
    }
    for indicator, breakdown, end, value in wanted:
        assert (indicator, breakdown, end, round(float(value), 4)) in got, rows.to_string()
    read = {(r.indicator, round(float(r.value), 4)) for r in rows.itertuples()}
    for indicator, value in unwanted:
        assert (indicator, round(float(value), 4)) not in read, rows.to_string()
