"""Fuzzing the number and date parsers: random text and random Vietnamese text.

Documented errors: parse_vi_number raises ValueError on what is not a number; every finder
(find_quantities, find_dates, find_periods, latest_reported_date, ...) returns nothing rather
than raising. No timed assertion: the examples are bounded and the deadline is off.
"""

from __future__ import annotations

import math
from datetime import date

from fuzz_strategies import ANY_TEXT, NUMBERISH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import docdate, numbers, periods

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.one_of(NUMBERISH, st.text(max_size=40)), st.booleans())
def test_parse_vi_number_gives_a_float_or_value_error(raw, dot_is_decimal):
    try:
        value = numbers.parse_vi_number(raw, dot_is_decimal)
    except ValueError:
        return
    assert isinstance(value, float)


@FUZZ
@given(ANY_TEXT, st.booleans())
def test_find_quantities_never_raises_and_stays_finite(text, dot_is_decimal):
    for quantity in numbers.find_quantities(text, dot_is_decimal):
        assert math.isfinite(quantity.value), quantity


@FUZZ
@given(ANY_TEXT)
def test_find_dates_gives_real_dates(text):
    for start, end, found in periods.find_dates(text):
        assert 0 <= start <= end <= len(text)
        assert isinstance(found, date)
    periods.parse_first_date(text)


@FUZZ
@given(ANY_TEXT, st.integers(1990, 2040), st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_find_periods_never_raises(text, year, cutoff):
    month = (cutoff.replace(day=1), periods.month_end(cutoff.year, cutoff.month))
    for period in periods.find_periods(text, year, cutoff, ref_month=month, past_month=month):
        assert 0 <= period.text_start <= period.text_end <= len(text)


@FUZZ
@given(ANY_TEXT)
def test_document_date_finders_never_raise(text):
    docdate.latest_reported_date(text)
    docdate.read_page_stamp(text)
    docdate.split_sentences(text)
    docdate.establish_document_date(None, None, None, text, text)
