"""Constructions met on stop 42's provincial pages and probes (ranks, gaps to the country, plans
named with their horizon), each written anew for the project (not copied from any page): a
figure told after its place in a ranking ("đứng thứ 19, đạt 83,84%", "xếp thứ 8/63 cả nước với
92,15%") is read, the place itself is no count ("Tây Ninh đứng thứ 19 cả nước" is not 19
dossiers) and the country it is ranked among is not the figure's subject ("của tỉnh đứng thứ 12
cả nước, đạt 81,2%" is the province's); the country's figure in brackets after the gap to it
("thấp hơn 2,19% (cả nước là 66,03%)") is the country's; a plan's horizon in its name ("Kế hoạch
… về chuyển đổi số đến năm 2025,") before a past time of the figure's own ("đến hết năm 2022") is
no deadline.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

GUARDS = [
    pytest.param(
        "Năm 2023, chỉ số SIPAS của tỉnh Hà Tĩnh đứng thứ 21, đạt 84,37%.",
        "2024-03-10",
        [("satisfaction_rate", "Hà Tĩnh", "2023-12-31", 84.37)],
        [],
        id="a-figure-after-its-place-in-a-ranking",
    ),
    pytest.param(
        "Theo số liệu trên Cổng Dịch vụ công quốc gia, 6 tháng đầu năm 2024, về tỷ lệ hồ sơ xử lý "
        "trực tuyến, Long An đứng thứ 23 cả nước, đạt 58,12%, thấp hơn 3,4% (cả nước là "
        "61,52%).",
        "2024-07-20",
        [
            ("online_dossier_rate", "Long An", "2024-06-30", 58.12),
            ("online_dossier_rate", "national", "2024-06-30", 61.52),
        ],
        [("national_portal_dossiers_new", 23), ("online_dossier_rate", 3.4)],
        id="a-place-is-no-count-and-the-country-after-the-gap-is-the-country-s",
    ),
    pytest.param(
        "Bắc Kạn nâng hạng chuyển đổi số\n\nTheo kết quả Chỉ số đánh giá mức độ chuyển đổi số cấp "
        "tỉnh (DTI) năm 2023 do Bộ Thông tin và Truyền thông công bố, Bắc Kạn đạt 0,3921 điểm, "
        "xếp thứ 50/63 tỉnh, thành phố.\n\nỞ chỉ số thành phần, tỷ lệ dịch vụ công trực tuyến có "
        "phát sinh hồ sơ trong năm 2023 của tỉnh đứng thứ 12 cả nước, đạt 64,5%.",
        "2024-06-02",
        [("dvctt_with_dossiers_rate", "Bắc Kạn", "2023-12-31", 64.5)],
        [],
        id="the-country-a-province-is-ranked-among-is-not-its-subject",
    ),
    pytest.param(
        "Kết quả đánh giá năm 2024 cho thấy tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp "
        "nhận, giải quyết thủ tục hành chính của Phú Yên đứng thứ 14/63 cả nước với 90,4% (bình "
        "quân cả nước là 88,1%).",
        "2025-03-01",
        [
            ("satisfaction_rate", "Phú Yên", "2024-12-31", 90.4),
            ("satisfaction_rate", "national", "2024-12-31", 88.1),
        ],
        [],
        id="a-place-out-of-all-then-with-its-figure",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 12/4/2022 của UBND tỉnh Lai Châu về chuyển đổi số "
        "đến năm 2025, đến hết năm 2022 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 31,6%.",
        "2023-02-15",
        [("online_dossier_rate", "Lai Châu", "2022-12-31", 31.6)],
        [],
        id="a-plan-s-horizon-in-its-name-before-a-past-time",
    ),
    pytest.param(
        "Kế hoạch chuyển đổi số của tỉnh Lai Châu phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến "
        "của tỉnh đạt 50%.",
        "2023-02-15",
        [],
        [("online_dossier_rate", 50)],
        id="a-plan-s-deadline-with-no-later-time-is-still-an-aim",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
