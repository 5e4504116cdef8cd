"""Vietnamese dates and periods: `19/02/2024`, `tháng 02/2024`, `Quý I năm 2024`, `đến nay`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from etl.gates import lower_for_gates, make_gate, passes, quicken, search
from etl.period_patterns import CLAUSE_OPENS, PATTERNS, scan_dates

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# the year of a survey or index named just before "(do …) công bố ngày …"
EDITION_BEFORE = re.compile(r"\bnăm\s+(20\d\d)\b[^.;\d]{0,60}$")


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


WORD_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
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


# A law named right before a year: "Luật Căn cước năm 2023", "Luật Giao dịch điện tử năm 2023"
NAMED_LAW = re.compile(r"\bLuật(?:\s+(?-i:[A-ZĐÀ-Ỹ])?[^\s\d,.;:()]*){1,6}\s+$")


# "so với cùng kỳ năm 2021", "so với trung bình của năm 2021": a compared period.
# ("gấp 1,5 lần năm 2023": the year a multiple is of, compared with as "so với" is)
COMPARED = re.compile(
    r"so\s+với(?:\s+[^\d.;,()]{0,30})?\s*$|cùng\s+kỳ\s*$"
    # ("…, cao hơn năm 2023 (80,08%)": the year a level is weighed against)
    r"|(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:mức\s+(?:của\s+)?)?$"
    r"|gấp\s+(?:đôi|ba|rưỡi|\d+(?:,\d+)?\s+lần)\s*(?:so\s+với\s+)?(?:mức\s+|của\s+)?$"
    # "so với 95 cơ quan vào cuối năm 2023": the period of the value compared with
    r"|so\s+với\s+(?:mức\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,2})?"
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
                before = text[max(0, start - 40) : start].lower()
                found.append((name, m, start, m.end(), bool(search(COMPARED, before))))
            continue
        for m in pattern.finditer(text):
            start, end = (m.start("y"), m.end("y")) if name == "edition" else m.span()
            before = text[max(0, m.start() - 40) : m.start()].lower()
            found.append((name, m, start, end, bool(search(COMPARED, before))))
    return tuple(found)


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


def build_period(
    name: str, m: re.Match, year: int, cutoff: date, ref_month: tuple[date, date] | None = None
) -> Period | None:
    """Resolve one matched period expression to calendar dates."""
    if name == "since_year_start":
        y = int(m.group("y") or m.group("ym") or m.group("dy") or year)
        if m.group("m") and 1 <= int(m.group("m")) <= 12:  # "từ đầu năm 2022 đến hết tháng 7"
            return Period("ytd", date(y, 1, 1), month_end(y, int(m.group("m"))))
        if m.group("dd"):  # "từ đầu năm đến ngày 30/4/2025"
            end = make_date(y, int(m.group("dm")), int(m.group("dd")))
            return Period("ytd", date(y, 1, 1), end) if end else None
        end = cutoff if cutoff.year == y else date(y, 12, 31)
        return Period("ytd", date(y, 1, 1), end, relative="date")
    if name in ("this_month", "report_window"):
        if ref_month:
            return Period("month", *ref_month, relative="date")
        if name == "report_window" or not CLAUSE_OPENS.search(m.string, 0, m.start()):
            return None  # ("… hóa đơn được khởi tạo trong tháng, tổng số …": the other clause's)
        # "Trong tháng, … có 1,4 triệu giao dịch": a month's figure, though which month is unsaid
        return Period("month", cutoff.replace(day=1), cutoff, relative="month")
    if name == "window_short":
        b = parse_first_date(m.group("b"))
        m1 = int(m.group("m1"))
        if b is None or not 1 <= m1 <= 12:
            return None
        return window_period(
            make_date(b.year if m1 <= b.month else b.year - 1, m1, int(m.group("d1") or 1)), b
        )
    if name == "past_quarter":
        q = (cutoff.month - 1) // 3  # the quarter before the cut-off's (0 = the last of last year)
        y, q = (cutoff.year, q) if q else (cutoff.year - 1, 4)
        return Period("quarter", date(y, 3 * q - 2, 1), month_end(y, 3 * q), relative="date")
    if name == "window":
        return window_period(parse_first_date(m.group("a")), parse_first_date(m.group("b")))
    if name == "day_range":
        mo, y = int(m.group("m")), int(m.group("y") or 0)
        if not 1 <= mo <= 12:
            return None
        y = y or (cutoff.year if mo <= cutoff.month else cutoff.year - 1)
        a, b = make_date(y, mo, int(m.group("d1"))), make_date(y, mo, int(m.group("d2")))
        if a is None or b is None or b < a:
            return None
        relative = "" if m.group("y") else "year"
        return Period("month", a, b, explicit_window=True, relative=relative)
    if name == "year_range":  # several years: a total over the span, never a level
        y1 = int(m.group("y1"))
        if m.group("m") and 1 <= int(m.group("m")) <= 12:
            end = month_end(int(m.group("y3")), int(m.group("m")))
        elif m.group("y2") or m.group("y4"):
            end = date(int(m.group("y2") or m.group("y4")), 12, 31)
        else:
            return Period("ytd", date(y1, 1, 1), cutoff, relative="date")
        return Period("ytd", date(y1, 1, 1), end) if end.year >= y1 else None
    if name == "year_span":  # a plan's span ("giai đoạn 2021-2025") is not looked back on
        y1, y2 = int(m.group("y1") or m.group("y3")), int(m.group("y2") or m.group("y4"))
        if not y1 < y2 or date(y2, 12, 31) > cutoff + timedelta(days=45):
            return None
        return Period("ytd", date(y1, 1, 1), date(y2, 12, 31))
    if name == "published_on":
        d = parse_first_date(m.group("a"))
        # "Chỉ số SIPAS năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024": the edition's year dates it
        edition = EDITION_BEFORE.search(m.string, max(0, m.start() - 80), m.start())
        if d is None:
            return None
        return Period("date" if edition and int(edition.group(1)) < d.year else "as_of", d, d)
    if name == "before_year":
        d = date(int(m.group("y")) - 1, 12, 31)
        return Period("as_of", d, d)
    if name == "before_date":
        d = parse_first_date(m.group("a") or m.group("b"))
        return Period("as_of", d - timedelta(days=1), d - timedelta(days=1)) if d else None
    if name == "asof_date":
        d = parse_first_date(m.group("a"))
        return Period("as_of", d, d) if d else None
    if name == "asof_day_no_year":
        d = int(m.group("d") or m.group("d2") or m.group("d3"))
        mo = int(m.group("m") or m.group("m2") or m.group("m3"))
        y = cutoff.year if (mo, d) <= (cutoff.month, cutoff.day) else cutoff.year - 1
        day = make_date(y, mo, d) if 1 <= mo <= 12 else None
        return Period("as_of", day, day, relative="date") if day else None  # needs the full date
    if name == "month_range":  # "lũy kế từ tháng 1-8/2024"
        m1, m2, y = int(m.group("m1")), int(m.group("m2")), int(m.group("y"))
        y1 = int(m.group("y1") or y)
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) <= (y, m2) and y - y1 <= 1):
            return None
        kind = "ytd" if m1 == 1 and y1 == y else "month"
        return Period(kind, date(y1, m1, 1), month_end(y, m2))
    if name == "last_year":  # "(cuối năm trước là 79,4%)"
        y = cutoff.year - 1
        if m.group("end"):
            return Period("as_of", date(y, 12, 31), date(y, 12, 31), relative="year")
        return Period("year", date(y, 1, 1), date(y, 12, 31), relative="year")
    if name == "asof_quarter":  # "đến hết quý I/2025", "tính đến hết năm 2024": a level then
        if m.group("y2"):
            end = date(int(m.group("y2")), 12, 31)
            return Period("as_of", end, end)
        q = ROMAN[m.group("q").lower()]
        y = int(m.group("y")) if m.group("y") else year
        end = month_end(y, 3 * q)
        return Period("as_of", end, end, relative="" if m.group("y") else "year")
    if name == "asof_month":
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        end = month_end(y, mo)
        # "tính đến tháng 02/2024" in a February report means the report's cut-off.
        if end.year == cutoff.year and end.month == cutoff.month:
            end = cutoff
        return Period("as_of", end, end)
    if name == "asof_month_no_year":
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        y = cutoff.year if mo <= cutoff.month else cutoff.year - 1  # the last such month by then
        y = cutoff.year if m.group("now") else y  # "tính đến tháng 6 năm nay"
        end = month_end(y, mo)
        return Period("as_of", end, end, relative="year")
    if name == "date":
        d = parse_date_match(m)
        return Period("date", d, d) if d else None
    if name == "now":
        return Period("as_of", cutoff, cutoff, relative="date")
    if name == "quarter":
        q = ROMAN[m.group("q").lower()]
        y = int(m.group("y")) if m.group("y") else year
        relative = "year" if m.group("y") is None else ""
        return Period("quarter", date(y, 3 * q - 2, 1), month_end(y, 3 * q), relative=relative)
    if name == "months_of_year":
        raw = m.group("n").lower()
        n = WORD_NUMBERS.get(raw) or int(raw)
        if not 1 <= n <= 12 or "tháng" not in m.group(0).lower():
            return None
        if not re.search(r"đầu|năm", m.group(0), re.I) and m.group("y") is None:
            # "3 tháng" alone is a duration, not a period; "trong 10 tháng chỉ đạt 36,2%" in a
            # text written after those months is the year's first ten ("trong 3 tháng tới" is not)
            # ("6 tháng qua" only when those months ended just before the text: in December it
            # is the half just lived, not January to June)
            past = m.group("past") is not None
            if not (
                (m.group("within") is not None or past)
                and n < 12
                and cutoff.year == year
                and month_end(year, n) <= cutoff + timedelta(days=7)
                and (not past or cutoff - timedelta(days=45) <= month_end(year, n))
            ):
                return None
        y = int(m.group("y")) if m.group("y") else year
        relative = "year" if m.group("y") is None else ""
        if re.search(r"cuối", m.group(0), re.I):  # "6 tháng cuối năm 2021": the last n months
            kind = "half" if n == 6 else "quarter" if n == 3 else "ytd"
            return Period(kind, date(y, 13 - n, 1), date(y, 12, 31), relative=relative)
        kind = "half" if n == 6 else "quarter" if n == 3 else "year" if n == 12 else "ytd"
        return Period(kind, date(y, 1, 1), month_end(y, n), relative=relative)
    if name == "month":
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        return Period("month", date(y, mo, 1), month_end(y, mo))
    if name == "month_no_year":
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        # "tháng 3" in a report cut off in February speaks of last year's March.
        y = cutoff.year if mo <= cutoff.month + 1 or m.group("now") else cutoff.year - 1
        return Period("month", date(y, mo, 1), month_end(y, mo), relative="year")
    if name == "mid_year":
        y = int(m.group("y") or cutoff.year)
        return Period(
            "as_of", date(y, 6, 30), date(y, 6, 30), relative="" if m.group("y") else "date"
        )
    if name == "year_end":
        y = int(m.group("y"))
        return Period("as_of", date(y, 12, 31), date(y, 12, 31))
    if name in ("year", "edition"):
        y = int(m.group("y"))
        return Period("year", date(y, 1, 1), date(y, 12, 31))
    if name == "day_avg":
        return Period("day_avg", cutoff, cutoff, relative="date")
    if name == "year_start":
        y = int(m.group("y")) if m.group("y") else cutoff.year
        if (cutoff.year, cutoff.month) <= (y, 3):
            # "đầu năm 2023, … đã cấp trên 78 triệu thẻ" in a text of February 2023: early in the
            # year is now
            return Period("as_of", cutoff, cutoff, relative="date")
        start = date(y, 1, 1)
        return Period("as_of", start, start, relative="" if m.group("y") else "year")
    if name == "past_year":
        if cutoff.month > 4:
            return None  # mid-year, "năm qua" may be the twelve months just gone: no period
        y = cutoff.year - 1
        return Period("year", date(y, 1, 1), date(y, 12, 31), relative="year")
    if name == "half_named":
        y = int(m.group("y")) if m.group("y") else (cutoff.year if m.group("now") else year)
        relative = "" if m.group("y") else "year"
        if m.group("which").lower() == "đầu":
            return Period("half", date(y, 1, 1), date(y, 6, 30), relative=relative)
        return Period("half", date(y, 7, 1), date(y, 12, 31), relative=relative)
    if name == "this_year":
        return Period("year", date(cutoff.year, 1, 1), date(cutoff.year, 12, 31), relative="year")
    return None
