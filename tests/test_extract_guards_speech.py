"""Figures quoted in speech (interviews, conference remarks, answers to questions), each written
anew for the project (not copied from any page): "Phó Chủ tịch UBND thành phố Lê Trung Hiếu" names
an official, not a city below the province; a quoted "khoảng 2,3 triệu" or "gần 91%" is a measured
figure (only a one-digit "khoảng 80 triệu" is said for effect); "có huyện như Thọ Xuân mới đạt
khoảng 12%" is a district's; a pledge ("cam kết năm 2024 đưa … lên 60%") is an aim; "tỷ lệ thủ tục
hành chính có dịch vụ công trực tuyến", "N thôn được phủ sóng, đạt X% số thôn, bản lõm sóng" and
"Cổng tiếp nhận khoảng 9,8 triệu hồ sơ" name their indicators; "đại biểu Quốc hội tỉnh Hà Giang"
is who asked, not whose figure the answer gives.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố Lê Trung Hiếu cho biết năm 2023, "
        "kinh tế số của Đà Nẵng ước chiếm khoảng 18,9% GRDP.",
        "2024-01-05",
        [("digital_economy_gdp_share", "Đà Nẵng", "2023-12-31", 18.9)],
        [],
        id="an-official-named-after-the-city-s-committee",
    ),
    pytest.param(
        "Tại diễn đàn ngày 8/10, đại diện Văn phòng Chính phủ cho biết: “Riêng tháng 9/2024, Cổng "
        "Dịch vụ công quốc gia có khoảng 2,3 triệu giao dịch thanh toán trực tuyến, số tiền khoảng "
        "980 tỷ đồng”.",
        "2024-10-08",
        [
            ("online_payments_count_new", "national", "2024-09-30", 2300000),
            ("online_payments_value_new", "national", "2024-09-30", 980),
        ],
        [],
        id="a-quoted-figure-of-two-digits-is-measured",
    ),
    pytest.param(
        "Giám đốc Sở cho biết 11 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Thanh Hóa "
        "đạt 48,6%. “Có huyện như Thọ Xuân mới đạt khoảng 12%”, ông thừa nhận, và cam kết năm "
        "2024 đưa tỷ lệ hồ sơ trực tuyến lên 60%.",
        "2023-12-07",
        [("online_dossier_rate", "Thanh Hóa", "2023-11-30", 48.6)],
        [("online_dossier_rate", 12), ("online_dossier_rate", 60)],
        id="a-district-given-as-an-example-and-a-pledge",
    ),
    pytest.param(
        "Cũng theo vị đại diện, tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến hiện đạt "
        "81,6%. Bộ trưởng cho biết: đến nay đã có 1.398 thôn được phủ sóng, đạt 76,4% số thôn, "
        "bản lõm sóng có điện lưới.",
        "2023-11-06",
        [
            ("dvctt_rate", "national", "2023-11-06", 81.6),
            ("dead_zone_villages_covered_rate", "national", "2023-11-06", 76.4),
        ],
        [],
        id="procedures-with-online-services-and-villages-covered-as-a-share",
    ),
    pytest.param(
        "Tính đến ngày 30/6/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận hơn 62 triệu hồ sơ trực "
        "tuyến kể từ khi khai trương. Riêng 6 tháng đầu năm 2025, Cổng tiếp nhận khoảng 9,8 triệu "
        "hồ sơ.",
        "2025-07-03",
        [
            ("national_portal_dossiers", "national", "2025-06-30", 62000000),
            ("national_portal_dossiers_new", "national", "2025-06-30", 9800000),
        ],
        [],
        id="the-portal-named-back-receives-the-half-s-dossiers",
    ),
    pytest.param(
        "Chiều 6/11, trả lời chất vấn của đại biểu Quốc hội tỉnh Hà Giang về tình trạng lõm sóng, "
        "Bộ trưởng Bộ Thông tin và Truyền thông cho biết: đến nay đã có 1.398 thôn được phủ sóng, "
        "đạt 76,4% số thôn, bản lõm sóng có điện lưới.",
        "2023-11-06",
        [("dead_zone_villages_covered_rate", "national", "2023-11-06", 76.4)],
        [],
        id="the-delegate-s-province-is-who-asked",
    ),
    # a spokesman's answer: the eligible share said short, one ministry as an example, a bar
    pytest.param(
        "Trả lời phóng viên, người phát ngôn cho biết: tính đến ngày 30/9/2025, tính trên số thủ "
        "tục đủ điều kiện thì tỷ lệ cung cấp toàn trình đạt 91,2%. Có bộ đạt kết quả rất cao như "
        "Bộ Tài chính với 98% hồ sơ trực tuyến toàn trình, nhưng cũng có địa phương dưới 25%. "
        "Theo ông, hiện NDXP đã kết nối với 97 bộ, ngành, địa phương.",
        "2025-10-06",
        [
            ("full_process_provision_rate", "national", "2025-09-30", 91.2),
            ("ndxp_connected_agencies", "national", "2025-10-06", 97),
        ],
        [("online_dossier_full_process_rate", 98), ("online_dossier_full_process_rate", 25)],
        id="a-spokesmans-answer-with-an-example-body-and-a-bar",
    ),
    # an interview: the city's figures, the country's share of GDP named after it, and a national
    # official citing the national portal on a page about a province
    pytest.param(
        "Phóng viên: Thưa ông, kết quả của thành phố ra sao?\n\n"
        "Ông Lê Văn A, Giám đốc Sở Khoa học và Công nghệ Hải Phòng: Hiện nay, 71% thủ tục hành chính "
        "của thành phố đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. Năm 2024, kinh "
        "tế số đóng góp khoảng 19,2% GRDP, cao hơn mức 18,3% GDP của cả nước cùng năm.\n\n"
        "Ông Nguyễn Văn B, Văn phòng Chính phủ: Theo kết quả đánh giá trên Cổng Dịch vụ công quốc "
        "gia, năm 2024, mức độ hài lòng của người dân, doanh nghiệp đạt 88,4%.",
        "2025-03-12",
        [
            ("dvctt_full_process_rate", "Hải Phòng", "2025-03-12", 71),
            ("digital_economy_gdp_share", "Hải Phòng", "2024-12-31", 19.2),
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
            ("satisfaction_rate", "national", "2024-12-31", 88.4),
        ],
        [],
        id="an-interview-with-the-city-the-country-and-the-national-portal",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
