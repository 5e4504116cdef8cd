"""A figure's series over time, its years and editions, and whose it is beside another.

A series "từ X trong tháng 1 xuống Y trong tháng 6" keeps each number's own month; a figure
given to two named years, or to "the two evaluations before", is each one's; the remaining
share "chưa phê duyệt" is not the approved one; the country's figure in brackets beside a
figure that is not read is not borrowed by another indicator; "các địa phương trên toàn quốc"
is the localities' level; people who activated an account count as accounts; counts going on
from a sentence opened on a part ("Trong số 30 địa chỉ … Còn về tỉnh thành, …") are parts; a
rise's bare earlier figure counts what its later one names.

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Từ đầu năm đến nay, số địa chỉ IP của Việt Nam nằm trong mạng máy tính ma giảm dần, từ "
        "812.400 địa chỉ trong tháng 1/2023 xuống 655.100 trong tháng 5/2023 và con số này trong "
        "tháng 9 là 498.300 địa chỉ.",
        "2023-10-12",
        [
            ("botnet_ips", "national", "2023-01-31", 812_400),
            ("botnet_ips", "national", "2023-05-31", 655_100),
            ("botnet_ips", "national", "2023-09-30", 498_300),
        ],
        [],
        id="a-series-keeps-each-numbers-own-month",
    ),
    pytest.param(
        "Số địa chỉ IP nằm trong mạng botnet tháng 2/2023 là 790.200 địa chỉ, tháng 8/2023 là "
        "601.500 địa chỉ.",
        "2023-10-12",
        [
            ("botnet_ips", "national", "2023-02-28", 790_200),
            ("botnet_ips", "national", "2023-08-31", 601_500),
        ],
        [],
        id="another-month-after-a-comma-and-the-counted-noun",
    ),
    pytest.param(
        "Hiện cả nước có 3.210 hệ thống thông tin, trong đó 2.150 hệ thống đã được phê duyệt cấp "
        "độ an toàn, đạt 67%.\nNhư vậy, vẫn còn 33% hệ thống thông tin của các bộ, ngành và địa "
        "phương chưa được phê duyệt hồ sơ đề xuất cấp độ.",
        "2024-03-05",
        [("info_systems_level_approved_rate", "national", "2024-03-05", 67)],
        [("info_systems_level_approved_rate", 33)],
        id="the-share-not-yet-approved-is-the-rest",
    ),
    pytest.param(
        "Năm 2024, tỷ trọng kinh tế số trong GRDP của Bắc Ninh đạt 27,4%; tỷ lệ lao động làm "
        "việc trong lĩnh vực công nghệ số chiếm 6,1% (cả nước là 2,9%).",
        "2025-02-10",
        [("digital_economy_gdp_share", "Bắc Ninh", "2024-12-31", 27.4)],
        [("digital_economy_gdp_share", 2.9)],
        id="the-countrys-figure-beside-one-not-read",
    ),
    pytest.param(
        "Tính đến tháng 6/2024, Huế có 57% hồ sơ được xử lý trực tuyến toàn trình, gấp ba lần "
        "bình quân của các địa phương trên toàn quốc là 19%.",
        "2024-07-15",
        [("online_dossier_full_process_rate", "localities", "2024-06-30", 19)],
        [],
        id="the-localities-average-country-wide",
    ),
    pytest.param(
        "Đến hết tháng 3/2025, Long An có 1,12 triệu người dân đã kích hoạt tài khoản định danh "
        "điện tử mức 2.",
        "2025-04-08",
        [("vneid_activated_accounts", "Long An", "2025-03-31", 1_120_000)],
        [],
        id="people-who-activated-an-account",
    ),
    pytest.param(
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh năm 2022 và năm 2023 đều đạt 84%.",
        "2024-05-02",
        [
            ("smartphone_subscriber_rate", "national", "2022-12-31", 84),
            ("smartphone_subscriber_rate", "national", "2023-12-31", 84),
        ],
        [],
        id="one-figure-for-two-named-years",
    ),
    pytest.param(
        "Báo cáo Khảo sát Chính phủ điện tử 2024 của Liên Hợp Quốc xếp Việt Nam thứ 71/193. Trước "
        "đó, Việt Nam giữ nguyên thứ hạng 86/193 trong hai kỳ đánh giá vào năm 2020 và 2022.",
        "2024-09-25",
        [
            ("egdi_rank", "national", "2024-12-31", 71),
            ("egdi_rank", "national", "2020-12-31", 86),
            ("egdi_rank", "national", "2022-12-31", 86),
        ],
        [],
        id="a-rank-held-in-two-named-editions",
    ),
    pytest.param(
        "Báo cáo Khảo sát Chính phủ điện tử 2024 của Liên Hợp Quốc xếp Việt Nam thứ 71/193. Trước "
        "đó, trong hai lần đánh giá, Việt Nam đều duy trì thứ hạng 86.",
        "2024-09-25",
        [
            ("egdi_rank", "national", "2024-12-31", 71),
            ("egdi_rank", "national", "2020-12-31", 86),
            ("egdi_rank", "national", "2022-12-31", 86),
        ],
        [],
        id="a-rank-held-in-the-two-editions-before",
    ),
    pytest.param(
        "Năm 2022, Việt Nam xếp thứ 86/193 về Chính phủ điện tử. Riêng chỉ số thành phần nguồn "
        "nhân lực tăng 3 bậc, lên vị trí 74; về Chính phủ điện tử, Đà Nẵng giữ thứ hạng 1/63 tỉnh.",
        "2023-01-10",
        [("egdi_rank", "national", "2022-12-31", 86)],
        [("egdi_rank", 74), ("egdi_rank", 1)],
        id="a-component-or-a-provinces-rank-is-not-the-countrys",
    ),
    pytest.param(
        "Tháng 4/2024, hệ thống của NCSC ghi nhận 562.300 địa chỉ IP của Việt Nam nằm trong mạng "
        "botnet, trong số đó có 310 địa chỉ IP của cơ quan nhà nước.\nTrong số 41 địa chỉ IP của "
        "các bộ, ngành, Bộ Y tế có nhiều nhất (9 địa chỉ).\nCòn về tỉnh thành, Sơn La có số địa "
        "chỉ IP nằm trong mạng botnet nhiều nhất (27 địa chỉ); tiếp đó là Yên Bái (16), Hà Giang "
        "(11).",
        "2024-05-12",
        [("botnet_ips", "national", "2024-04-30", 562_300)],
        [("botnet_ips", 27), ("botnet_ips", 16), ("botnet_ips", 11)],
        id="counts-going-on-from-a-part-are-parts",
    ),
    pytest.param(
        "Số giao dịch qua NDXP tăng mạnh, từ 512 triệu năm 2022 lên 647 triệu giao dịch năm 2023.",
        "2024-02-20",
        [
            ("ndxp_transactions_period", "national", "2022-12-31", 512_000_000),
            ("ndxp_transactions_period", "national", "2023-12-31", 647_000_000),
        ],
        [],
        id="a-rises-bare-earlier-figure",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
