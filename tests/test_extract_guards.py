"""Sentences the rules added for probe rounds 32-38 must not misread (from a review of them).

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Đến hết tháng 12/2024, thuê bao băng rộng cố định đạt 25,2 triệu, mật độ 24,8 thuê "
        "bao/100 dân; thuê bao băng rộng di động đạt 91,9 triệu, mật độ 90,6 thuê bao/100 dân.",
        "2025-01-10",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "2024-12-31", 24.8),
            ("mobile_broadband_subscriptions_per_100", "national", "2024-12-31", 90.6),
        ],
        [("mobile_broadband_subscriptions_per_100", 24.8)],
        id="a density is of the subscriptions its own sentence counted just before",
    ),
    pytest.param(
        "Trong tháng 3/2025, Cổng Dịch vụ công quốc gia tiếp nhận 1.526.310 hồ sơ (lũy kế: "
        "58.203.119 hồ sơ), thanh toán trực tuyến 3,2 triệu giao dịch.",
        "2025-04-10",
        [("online_payments_count_new", "national", "2025-03-31", 3200000)],
        [("online_payments_count", 3200000)],
        id="a running total in a closed bracket does not make the next figure one",
    ),
    pytest.param(
        "Bảng 1. Kết quả thanh toán trực tuyến tháng 3/2025\n"
        "| Chỉ tiêu | Khối bộ, ngành | Khối địa phương | Tổng cộng |\n"
        "| Số giao dịch thanh toán trực tuyến | 1.200.000 | 2.000.000 | 3.200.000 |",
        "2025-04-10",
        [],
        [("online_payments_count", 3200000)],
        id="a 'Tổng cộng' column sums the row; it is no running total",
    ),
    pytest.param(
        "Tháng 12/2024, ghi nhận 95 cuộc tấn công mạng (tháng 11: 88) vào hệ thống thông tin.",
        "2025-01-10",
        [
            ("cyberattacks", "national", "2024-12-31", 95),
            ("cyberattacks", "national", "2024-11-30", 88),
        ],
        [],
        id="a bracketed 'tháng 11: 88' is a value, not an item number",
    ),
    pytest.param(
        "Trung tâm dữ liệu quốc gia số 1 đặt tại thành phố Hà Nội đã chính thức đi vào hoạt động.\n"
        "Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "national", "2025-01-10", 45)],
        [],
        id="a national centre located in a city does not make the page the city's",
    ),
    pytest.param(
        "Kinh tế số đóng góp lớn: nhóm ngành công nghệ thông tin toàn quốc tăng trưởng mạnh, Sở "
        "TT&TT tổ chức hội nghị tại Đà Nẵng.\nTỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "national", "2025-01-10", 45)],
        [],
        id="'nhóm ngành … toàn quốc' is the country, not a ranking",
    ),
    pytest.param(
        "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang, kể cả vùng nông thôn, đạt 82,5%.",
        "2025-01-10",
        [("ftth_household_rate", "national", "2025-01-10", 82.5)],
        [],
        id="a rate that includes rural areas is not the rural part",
    ),
    pytest.param(
        "Từ tháng 1 đến hết tháng 3, Cổng Dịch vụ công quốc gia tiếp nhận 4,2 triệu hồ sơ trực "
        "tuyến.",
        "2025-04-10",
        [("national_portal_dossiers_new", "national", "2025-03-31", 4200000)],
        [("national_portal_dossiers", 4200000)],
        id="the end of a range of months is not a level's date",
    ),
    pytest.param(
        "Năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 3,9 triệu giao dịch thanh toán trực tuyến "
        "với tổng số tiền 3.500 tỷ đồng (năm 2023: 3,46 triệu giao dịch).",
        "2025-01-10",
        [("online_payments_count_new", "national", "2023-12-31", 3460000)],
        [("online_payments_value_new", 3460000)],
        id="an earlier count in brackets restates the count, not the amount",
    ),
    pytest.param(
        "Bộ trưởng nhấn mạnh: kết quả năm 2024 là nền tảng để bứt phá\n"
        "Cổng Dịch vụ công quốc gia đã tiếp nhận 96 triệu hồ sơ, thực hiện 9,6 triệu giao dịch "
        "thanh toán trực tuyến.",
        "2025-03-10",
        [("online_payments_count", "national", "2025-03-10", 9600000)],
        [("online_payments_count_new", 9600000)],
        id="a quotation naming a year is no report title",
    ),
    pytest.param(
        "Sau Thái Lan, đến lượt Việt Nam thương mại hóa 5G. Tỷ lệ thuê bao sử dụng smartphone tại "
        "quốc gia này đạt 84%.",
        "2025-01-10",
        [("smartphone_subscriber_rate", "national", "2025-01-10", 84)],
        [],
        id="'quốc gia này' after Việt Nam is Việt Nam",
    ),
    pytest.param(
        "Các tiêu chí của thành phố thông minh được Bộ Xây dựng ban hành, áp dụng cho các đô thị.\n"
        "Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "national", "2025-01-10", 45)],
        [],
        id="'của thành phố thông minh' is no provincial page",
    ),
]


@pytest.mark.parametrize("text,published,wanted,unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    """The case gives the rows it must and none of the readings it must not."""
    side = {"published": date.fromisoformat(published)}
    rows = extract_text(text, "guard.txt", "0" * 64, side).observations
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
