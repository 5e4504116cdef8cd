"""Pages with no date of their own, met on stop 50's unseen pages and written anew for the project
(not copied from any page): the document's date comes from what the text reports, so each case
names the accepted rows it must give with no sidecar, and the readings it must not give.

- A yearly index's results are announced after the year they measure ("công bố kết quả Chỉ số
  hài lòng … (SIPAS) năm 2023" at a "phiên họp … tháng 4"): the month belongs to the next year,
  and the year's figures are the year's, not "as of April 2023"; so do a year's statistics
  ("họp báo công bố số liệu thống kê … quý IV và năm 2024" on "Sáng 5/1" is in January 2025), and
  a ministry named in brackets ("(Bộ Kế hoạch và Đầu tư)") is no plan.
- A site's clock over the page ("Thứ Hai, 18/08/2025 16:16 GMT+7 / • ANTV / • Hotline: …") is
  the day the page was saved: the lead's "Chiều ngày 10/7, … sơ kết 6 tháng đầu năm 2024" dates
  it, and its figures are 2024's half.
- A meeting reviewing a part of a year names the year only with the rest of its tasks ("Sáng 28/3,
  … sơ kết việc thực hiện Đề án 06 quý I và triển khai nhiệm vụ trọng tâm năm 2024"): the
  meeting is in that year.
- A meeting reviewing "6 tháng đầu năm" speaks from the half's end: "quý vừa qua" is the quarter
  ending then, and "Tính chung 6 tháng, …" the half.
"""

from __future__ import annotations

import pytest

from etl.extract import extract_text

# (text, accepted rows (indicator, breakdown, period_end, value), readings it must not give
# (indicator, value, period_end), whatever their status)
GUARDS = [
    pytest.param(
        "Tại phiên họp Chính phủ thường kỳ tháng 4, Bộ trưởng Bộ Nội vụ đã công bố kết quả Chỉ "
        "số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của các tỉnh, thành phố. Kết quả "
        "cho thấy, chỉ số hài lòng trung bình của cả nước đạt 82,66%, tăng 2,58% so với năm "
        "2022. Tỉnh Quảng Ninh đứng đầu với 90,61%.",
        [
            ("satisfaction_rate", "national", "2023-12-31", 82.66),
            ("satisfaction_rate", "Quảng Ninh", "2023-12-31", 90.61),
        ],
        [("satisfaction_rate", 82.66, "2023-04-30"), ("satisfaction_rate", 90.61, "2023-04-30")],
        id="a-yearly-index-announced-after-its-year",
    ),
    pytest.param(
        "Sáng 5/1, Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) tổ chức họp báo công bố số liệu "
        "thống kê kinh tế - xã hội quý IV và năm 2024. Theo đó, kinh tế số năm 2024 ước chiếm "
        "18,1% GDP.",
        [("digital_economy_gdp_share", "national", "2024-12-31", 18.1)],
        [("digital_economy_gdp_share", 18.1, "2023-12-31")],
        id="a-years-statistics-come-out-after-it",
    ),
    pytest.param(
        "Chiều 9/7, UBND tỉnh Phú Yên họp phiên thường kỳ tháng 7 để đánh giá tình hình kinh tế "
        "- xã hội 6 tháng đầu năm 2024.\n\nBáo cáo của Văn phòng UBND tỉnh cho biết trong quý "
        "vừa qua, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 38,6%. Tính chung 6 tháng, tỷ lệ "
        "hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến đạt 61,2%.",
        [
            ("online_dossier_full_process_rate", "Phú Yên", "2024-06-30", 38.6),
            ("online_dossier_rate", "Phú Yên", "2024-06-30", 61.2),
        ],
        [("online_dossier_full_process_rate", 38.6, "2024-03-31")],
        id="the-quarter-just-past-and-the-half-at-a-half-years-review",
    ),
    pytest.param(
        "Thứ Hai, 18/08/2025 16:16 GMT+7\n  • ANTV\n  • Hotline: 0692324026\n\n(ANTV) - Chiều "
        "ngày 10/7, Thủ tướng chủ trì phiên họp của Ủy ban Quốc gia về chuyển đổi số, sơ kết 6 "
        "tháng đầu năm 2024. Trong 6 tháng đầu năm, tỉ lệ hồ sơ trực tuyến toàn trình cả nước "
        "đạt 41%.",
        [("online_dossier_full_process_rate", "national", "2024-06-30", 41.0)],
        [("online_dossier_full_process_rate", 41.0, "2025-06-30")],
        id="a-sites-clock-is-no-date-of-the-page",
    ),
    pytest.param(
        "Sáng 27/3, Thủ tướng chủ trì hội nghị trực tuyến toàn quốc sơ kết việc thực hiện Đề án "
        "06 quý I và triển khai nhiệm vụ trọng tâm năm 2024.\n\nBáo cáo tại hội nghị cho biết đến "
        "nay, cả nước đã cấp hơn 86,1 triệu thẻ Căn cước công dân gắn chíp điện tử.",
        [("chip_id_cards_issued", "national", "2024-03-27", 86_100_000)],
        [],
        id="a-part-of-a-year-reviewed-with-the-rest-of-its-tasks",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_undated_guard(text, wanted, unwanted):
    """With no sidecar, the case gives the rows it must and none of the readings it must not."""
    rows = extract_text(text, "undated.txt", "0" * 64, None).observations
    accepted = rows[rows["status"] == "accepted"]
    got = {
        (r.indicator, r.breakdown, str(r.period_end)[:10], round(float(r.value), 4))
        for r in accepted.itertuples()
    }
    for indicator, breakdown, end, value in wanted:
        assert (indicator, breakdown, end, round(float(value), 4)) in got, rows.to_string()
    read = {
        (r.indicator, round(float(r.value), 4), str(r.period_end)[:10]) for r in rows.itertuples()
    }
    for indicator, value, end in unwanted:
        assert (indicator, round(float(value), 4), end) not in read, rows.to_string()
