"""Vietnamese number parsing: examples from the reports and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.numbers import find_quantities, format_vi_number, parse_vi_number


@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("1.084 thủ tục", 1084, "count", ""),
        ("đạt 81,12%", 81.12, "percent", "đạt"),
        ("khoảng 2,8 triệu giao dịch", 2_800_000, "count", "khoảng"),
        ("đạt 1,86 tỷ", 1_860_000_000, "count", "đạt"),
        ("gần 2,4 nghìn cuộc", 2400, "count", "gần"),
        ("hơn 12,9 nghìn tỷ đồng", 12_900, "money_vnd", "hơn"),
        ("hơn 11.133 tỷ đồng", 11_133, "money_vnd", "hơn"),
        ("1.459.361.385 yêu cầu", 1_459_361_385, "count", ""),
        ("54.34 Mbps", 54.34, "mbps", ""),
        ("trên 86 triệu thẻ", 86_000_000, "count", "trên"),
        ("ước đạt 18,3%", 18.3, "percent", "ước"),
        ("48,28 %", 48.28, "percent", ""),
    ],
)
def test_parse_examples(text, value, unit, qualifier):
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text, num, den", [("41/53 dịch vụ", 41, 53), ("321/1.084 thủ tục", 321, 1084)]
)
def test_ratios_keep_numerator_and_denominator(text, num, den):
    (q,) = find_quantities(text)
    assert (q.unit, q.numerator, q.denominator) == ("ratio", num, den)


@pytest.mark.parametrize(
    "text",
    [
        "Số: 203/TB-VPCP",
        "Nghị định số 10/2024/NĐ-CP ngày 01/02/2024",
        "tháng 8/2023",
        "COVID-19",
        "năm 2024",
        "Chỉ thị số 09/CT-TTg",
        "22/07/2025 06:30 | Thời báo Ngân hàng",
        "lúc 9h30 sáng",
    ],
)
def test_dates_codes_and_years_are_not_quantities(text):
    assert find_quantities(text) == []


def test_dot_decimal_document_makes_thousands_ambiguous():
    (q,) = find_quantities("tốc độ 108.220 Mbps", dot_is_decimal=True)
    assert q.ambiguous


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_vietnamese_format_parses_back_to_itself(value):
    text = format_vi_number(float(value), decimals=2)
    assert parse_vi_number(text) == pytest.approx(float(value), rel=1e-12, abs=1e-9)


@given(st.text(max_size=300))
def test_random_text_never_crashes(text):
    for q in find_quantities(text):
        assert q.start <= q.end


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["", "hơn ", "gần ", "khoảng "]))
def test_found_quantity_reads_the_written_number(n, qualifier):
    text = f"có {qualifier}{format_vi_number(n, 0)} hồ sơ"
    (q,) = find_quantities(text)
    assert q.value == n
    assert q.qualifier == qualifier.strip()


def test_english_grouping_with_two_commas_or_more_is_thousands():
    # "105,130,507 thuê bao" (a press page quoting an English-style table): a decimal mark
    # never repeats, so the commas group thousands; one comma stays the decimal mark.
    (q,) = find_quantities("Số thuê bao SMP ước đạt 105,130,507 thuê bao")
    assert (q.value, q.unit) == (105_130_507, "count")
    (q,) = find_quantities("Doanh thu ước đạt 70,422 tỷ đồng")
    assert q.value == 70.422


def test_per_100_written_with_tren():
    (q,) = find_quantities("đạt trung bình 91,9 trên 100 dân")
    assert (q.value, q.unit) == (91.9, "per_100")
