"""Periods and the calendar dates a text writes: the Period a value refers to, real dates, month
ends, explicit windows ("từ 23/01/2024 đến 19/02/2024") and the month "tháng trước" means."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from etl.period_patterns import scan_dates

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

WORD_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


@dataclass(frozen=True)
class Period:
    """A period a value refers to, and where the text said so."""

    kind: str  # as_of | month | quarter | half | year | ytd | day_avg
    start: date
    end: date
    text_start: int = 0
    text_end: int = 0
    comparison: bool = False  # introduced by "so với": the period of a compared value
    # Resolved from the document's date: "date" needs its day ("đến nay", "hiện nay"), "year"
    # only its year ("6 tháng đầu năm nay", "tháng 3"); "month" a month the text never names
    # ("Trong tháng, …" outside a monthly report: held for review); "" when stated in full.
    relative: str = ""
    explicit_window: bool = False  # "từ 23/01/2024 đến 19/02/2024"


def row_period(row: dict) -> Period:
    """The period an observation row holds, as a Period."""
    return Period(row["period_kind"], row["period_start"], row["period_end"])


def make_date(year: int, month: int, day: int) -> date | None:
    """Return a date, or None when the numbers are not a real date."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date_match(m: re.Match) -> date | None:
    """Turn a date's match from scan_dates into a date."""
    if m.group("y"):
        return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return make_date(int(m.group("y2")), int(m.group("m2")), int(m.group("d")))


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Find explicit calendar dates with their offsets."""
    out = []
    for start, m in scan_dates(text):  # DATE_RE's matches, found faster
        d = parse_date_match(m)
        if d is not None:
            out.append((start, m.end(), d))
    return out


def parse_first_date(text: str) -> date | None:
    """Return the first explicit date in a piece of text."""
    found = find_dates(text)
    return found[0][2] if found else None


def past_month(cutoff: date, date_source: str) -> tuple[date, date]:
    """The month "tháng trước / tháng qua" means: the one before a page's date, or the month a
    text dated by what it reports on reports on."""
    first = cutoff.replace(day=1)
    if date_source != "reported":
        first = (first - timedelta(days=1)).replace(day=1)
    return first, month_end(first.year, first.month)


def window_period(a: date | None, b: date | None) -> Period | None:
    """An explicit window "từ … đến …": a month's length is a month, from 1 January a year to date."""
    if a is None or b is None or b < a:
        return None
    kind = "ytd" if (a.month, a.day) == (1, 1) and not 26 <= (b - a).days <= 35 else "month"
    return Period(kind, a, b, explicit_window=True)
