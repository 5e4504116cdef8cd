"""Bars, lands and networks, each written anew for the project (not copied from any page): a bar
that sorts units counted before it ('9/21 huyện có tỷ lệ … dưới 30%', '5 địa phương có tỷ trọng …
trên 20%') is nobody's value; 5G over a share of the land ('90% diện tích') is no population
coverage; a network named after the other one's mention ('… băng rộng cố định, internet di động
… đạt tốc độ 152,17 Mbps') is the figure's.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

GUARDS = [
    pytest.param(
        "Nghệ An: Chuyển đổi số phải đi vào thực chất\n\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 45,6%. Tuy vậy, một số sở, "
        "ngành và 9/21 huyện có tỷ lệ hồ sơ trực tuyến dưới 30%; huyện Kỳ Sơn chỉ đạt 11,4%.\n",
        "2024-02-22",
        [("online_dossier_full_process_rate", "Nghệ An", "2023-12-31", 45.6)],
        [("online_dossier_rate", 30.0)],
        id="units-counted-then-their-bar",
    ),
    pytest.param(
        "Kinh tế số các địa phương\n\nTheo báo cáo kinh tế số Việt Nam 2022, 5 địa phương có "
        "tỷ trọng kinh tế số trên GRDP (tổng sản phẩm trên địa bàn) đạt hơn 20% là Bắc Ninh, Thái Nguyên, Bắc Giang, Hải "
        "Phòng và Vĩnh Phúc.\n",
        "2023-03-10",
        [],
        [("digital_economy_gdp_share", 20.0)],
        id="places-counted-then-their-share-bar",
    ),
    pytest.param(
        "Nhà mạng vượt 20.000 trạm 5G\n\nTheo đại diện nhà mạng, với số trạm trên, họ có thể phủ "
        "sóng 5G đến 90% diện tích ngoài trời trên toàn quốc.\n",
        "2025-12-09",
        [],
        [("fiveg_population_coverage_rate", 90.0)],
        id="fiveg-over-a-share-of-the-land",
    ),
    pytest.param(
        "Việt Nam vào top 10 về tốc độ Internet cố định\n\nTheo Ookla, tốc độ mạng internet cố "
        "định tại Việt Nam đạt 261,80 Mbps trong tháng 8/2025.\n\nSong song với sự phát triển "
        "nhanh chóng của mạng băng rộng cố định, internet di động của Việt Nam cũng tăng 2 bậc so "
        "với tháng trước, từ 18 lên vị trí số 16, đạt tốc độ trung bình 152,17 Mbps.\n",
        "2025-09-17",
        [
            ("fixed_broadband_speed", "national", "2025-08-31", 261.8),
            ("mobile_broadband_speed", "national", "2025-08-31", 152.17),
        ],
        [("fixed_broadband_speed", 152.17)],
        id="the-network-named-after-the-other-ones-mention",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
