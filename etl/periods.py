"""Find the periods a sentence writes (`19/02/2024`, `tháng 02/2024`, `Quý I năm 2024`, `đến nay`); the
Period type and dates are in etl.dates, what each phrase means in etl.period_build."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from etl.dates import (
    ROMAN,
    WORD_NUMBERS,
    Period,
    find_dates,
    make_date,
    month_end,
    parse_first_date,
    past_month,
    row_period,
)
from etl.gates import lower_for_gates, make_gate, passes, quicken, search
from etl.period_build import build_period
from etl.period_patterns import PATTERNS, scan_dates

# (the period names callers have always imported from here)
__all__ = [
    "ROMAN", "WORD_NUMBERS", "Period", "build_period", "find_dates", "find_periods", "make_date",
    "match_patterns", "month_end", "parse_first_date", "past_month", "row_period", "scan_periods",
]  # fmt: skip

# Each pattern with the words it cannot match without: most sentences skip most patterns.
# (Each quickened: see etl.gates.quicken.)
GATED_PATTERNS = [(name, quicken(pattern), make_gate(pattern)) for name, pattern in PATTERNS]


def find_periods(
    text: str,
    year: int,
    cutoff: date,
    ref_month: tuple[date, date] | None = None,
    past_month: tuple[date, date] | None = None,
) -> list[Period]:
    """Find period expressions in a sentence; `year` fills in "6 tháng đầu năm" without a year.

    `ref_month` is the month a monthly report covers; "trong tháng" means it.
    """
    return list(scan_periods(text, year, cutoff, ref_month, past_month))


@lru_cache(maxsize=1024)
def scan_periods(
    text: str,
    year: int,
    cutoff: date,
    ref_month: tuple[date, date] | None,
    past_month: tuple[date, date] | None,
) -> tuple[Period, ...]:
    """Scan a text for period expressions, once: a lead is read again for each paragraph under it."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for name, m, start, end, is_comparison in match_patterns(text):
        if any(start < e and s < end for s, e in taken):
            continue
        period = build_period(name, m, year, cutoff, ref_month)
        if (
            period is not None
            and period.kind == "year"
            and "Luật" in text[max(0, start - 60) : start]
            and NAMED_LAW.search(text, max(0, start - 60), start)
        ):
            # "theo Luật Căn cước năm 2023": the law's name, no period (kept, to be read past)
            period = Period("date", period.end, period.end)
        if name == "past_month":
            period = Period("month", *past_month, relative="date") if past_month else None
        elif name == "since_year_start" and m.group("lm"):  # "từ đầu năm đến hết tháng trước"
            last = past_month[1] if past_month else None
            period = Period("ytd", date(last.year, 1, 1), last, relative="date") if last else None
        if period is None:
            continue
        found.append(
            Period(
                period.kind,
                period.start,
                period.end,
                start,
                end,
                is_comparison,
                period.relative,
                period.explicit_window,
            )
        )
        taken.append((start, end))
    if any(p.kind == "month" and p.relative != "month" for p in found):
        # "Trong tháng 8, … có thêm …; trong tháng, …": the month the sentence names
        found = [p for p in found if p.relative != "month"]
    return tuple(sorted(found, key=lambda p: p.text_start))


OPENS_ON_SAME_SPAN = re.compile(r"(?:^|[\n.;!?]\s*|^\W*[-+•]\s*)cùng\s+kỳ\s*$")
MONTH_OR_QUARTER = re.compile(r"(?:tháng|quý)\s", re.I)
# A law named right before a year: "Luật Căn cước năm 2023", "Luật Giao dịch điện tử năm 2023"
NAMED_LAW = re.compile(r"\bLuật(?:\s+(?-i:[A-ZĐÀ-Ỹ])?[^\s\d,.;:()]*){1,6}\s+$")


# "so với cùng kỳ năm 2021", "so với trung bình của năm 2021", "so với số liệu cộng gộp của hai
# tỉnh trong quý II": a compared period (the words between reach about 45 letters).
# ("gấp 1,5 lần năm 2023": the year a multiple is of, compared with as "so với" is)
COMPARED = re.compile(
    r"so\s+với(?:\s+[^\d.;,()]{0,45})?\s*$|cùng\s+kỳ\s*$"
    # ("…, cao hơn năm 2023 (80,08%)": the year a level is weighed against)
    r"|(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:mức\s+(?:của\s+)?)?$"
    r"|gấp\s+(?:hơn\s+|gần\s+|khoảng\s+)?(?:đôi|ba|rưỡi|\d+(?:,\d+)?\s+lần)\s*(?:so\s+với\s+)?(?:mức\s+|của\s+)?$"
    # "so với 95 cơ quan vào cuối năm 2023", "nhiều hơn mức 38,7% của quý II/2023": the period of
    # the value compared with
    r"|(?:so\s+với|(?:cao|thấp|nhiều|ít)\s+hơn)\s+(?:mức\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,2})?"
    r"\s+(?:vào\s+|của\s+|ở\s+|trong\s+|hồi\s+)?(?:cuối\s+|hết\s+)?$"
)


@lru_cache(maxsize=8192)
def match_patterns(text: str) -> tuple[tuple[str, re.Match, int, int, bool], ...]:
    """Every match of every period pattern in a text, in pattern order, with its span and whether
    it is a compared period: what does not depend on the document's dates, kept across documents
    (a monthly report repeats most of its sentences month after month)."""
    found = []
    low = lower_for_gates(text)
    for name, pattern, gate in GATED_PATTERNS:
        if not passes(gate, low):
            continue
        if name == "date":  # DATE_RE's matches, found in half the time (see scan_dates)
            for start, m in scan_dates(text):
                before = text[max(0, start - 56) : start].lower()
                found.append((name, m, start, m.end(), bool(search(COMPARED, before))))
            continue
        for m in pattern.finditer(text):
            start, end = (m.start("y"), m.end("y")) if name == "edition" else m.span()
            before = text[max(0, m.start() - 56) : m.start()].lower()
            compared = bool(search(COMPARED, before))
            # "Cùng kỳ tháng 12/2022: BRCĐ 68.67 Mbps": a line opening on the month it names
            # gives its figures that month ("Cùng kỳ năm 2024, …" is this span a year back)
            if compared and OPENS_ON_SAME_SPAN.search(before) and MONTH_OR_QUARTER.match(m.group()):
                compared = False
            found.append((name, m, start, end, compared))
    return tuple(found)


def month_named(p: Period, sentence: str) -> Period | None:
    """The month a period names: itself, or the month of "tính tới tháng 1-2023" (a level at
    its end), which dates the speeds measured in it."""
    if p.kind == "month":
        # (not a month the text never names: "Trong tháng, …" outside a monthly report)
        return p if p.relative != "month" else None
    words = sentence[p.text_start : p.text_end].lower()
    month_ends = p.end == month_end(p.end.year, p.end.month)
    if p.kind == "as_of" and "tháng" in words and "ngày" not in words and month_ends:
        return Period("month", p.end.replace(day=1), p.end)
    return None
