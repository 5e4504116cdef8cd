"""Runs of values given in order after "lần lượt": the period of each ("tháng 1, 2 và 3/2025
lần lượt …"), the noun the run's last number names for all, the label with its periods out."""

from __future__ import annotations

import re
from datetime import date

from etl.clauses import to_clause_end
from etl.numbers import Quantity
from etl.periods import ROMAN, Period, month_end
from etl.phrases import IN_THAT_ORDER
from etl.respective import respective_run

# "các năm từ 2020 - 2024 lần lượt là 12,66%, 12,87%, …": one value a year, in order.
YEAR_SPAN = re.compile(
    r"năm\s+(?:từ\s+)?(?P<a>(?:19|20)\d\d)\s*(?:[-–]|đến)\s*(?P<b>(?:19|20)\d\d)\b", re.I
)


# "năm 2021, 2022 lần lượt là …", "năm 2021 và năm 2022 lần lượt …": the years one by one;
# "năm 2022, 2023 và 6 tháng đầu năm 2024 lần lượt là …": the last may be part of a year
LISTED_PERIOD = (
    r"(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[/.-]\s*\d)"
    r"|(?P<n>\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+(?P<ny>(?:19|20)\d\d)\b"
)
YEAR_LIST = re.compile(
    rf"năm\s+(?:19|20)\d\d(?:\s*(?:,|và)\s*(?:{LISTED_PERIOD}))+[^\d;]{{0,40}}$", re.I
)
LISTED_PERIODS = re.compile(LISTED_PERIOD, re.I)


def respective_year(
    clause: str, quantities: list[Quantity], q: Quantity, earlier: str = ""
) -> Period | None:
    """The year of q in "các năm 2020–2024 lần lượt là A, B, …" when one value stands per year
    (`earlier`: the sentence before the clause, whose listed periods "hai quý tương ứng" names)."""
    m, run = respective_run(clause, quantities, q, IN_THAT_ORDER)
    if m is None or len(run) < 2:
        return None
    span = list(YEAR_SPAN.finditer(clause, 0, m.start()))
    if span:
        first, last = int(span[-1].group("a")), int(span[-1].group("b"))
        years = list(range(first, last + 1))
    else:
        listed = YEAR_LIST.search(clause, 0, m.start())
        items = list(LISTED_PERIODS.finditer(listed.group())) if listed else []
        head = clause[: m.start()]
        told = earlier + " " + head  # (the sentence before may name the periods)
        periods = [listed_period(item) for item in items] or listed_parts(head)
        yearless = None if periods else YEARLESS_PART_LIST.search(head)
        years_before = re.findall(r"\b(?:19|20)\d\d\b", told) if yearless else []
        if years_before:
            # "quý III/2023, … Xét theo từng tháng, tháng 7 và tháng 8 lần lượt đạt …": the months
            # of the year the text spoke of just before
            periods = parts_of(yearless.group("w"), yearless.group("parts"), int(years_before[-1]))
        if not periods and BACK_TO_LISTED.search(clause, 0, m.end()):
            # "… trong quý I/2024 và quý I/2023 lần lượt là …; số hồ sơ … trong hai quý tương
            # ứng là 9,6 triệu và 5,1 triệu": the periods the sentence listed before
            named = [*DATED_PARTS.finditer(told), *PART_WORDS.finditer(told)]
            last = max(named, key=lambda x: x.end(), default=None)
            periods = listed_parts(last.group()) if last else []
        if len(periods) != len(run) or None in periods:
            return None
        # (each written with its year, the order is the text's: "quý I/2024 và quý I/2023")
        if not DATED_PARTS.search(told) and [p.end for p in periods] != sorted(
            p.end for p in periods
        ):
            return None
        return periods[run.index(q)]
    if len(years) != len(run) or years != sorted(years):
        return None
    year = years[run.index(q)]
    return Period("year", date(year, 1, 1), date(year, 12, 31))


# "tháng 1, tháng 2 và tháng 3/2025", "quý I, quý II và quý III năm 2024": months or quarters one
# by one…
PARTS = r"(?:\d{1,2}|[IV]{1,3})(?:\s*(?:,|và)\s*(?:(?:tháng|quý)\s+)?(?:\d{1,2}|[IV]{1,3})\b)+"
PART_RUN = rf"\b(?P<w>tháng|quý)\s+(?P<parts>{PARTS})\s*(?:/\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d)\b"
# …before "lần lượt"
PART_LIST = re.compile(PART_RUN + r"[^\d;]{0,60}$", re.I)
PART_WORDS = re.compile(PART_RUN, re.I)
# …with no year of their own ("tháng 7 và tháng 8 lần lượt đạt …")
YEARLESS_PART_LIST = re.compile(
    rf"\b(?P<run>(?P<w>tháng|quý)\s+(?P<parts>{PARTS}))(?!\s*(?:/|năm\s+\d))[^\d;]{{0,60}}$", re.I
)
# …or each with its own ("trong quý I/2024 và quý I/2023 lần lượt là …")
DATED_PART = r"(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})\s*/\s*(?:19|20)\d\d"
DATED_PARTS = re.compile(rf"\b{DATED_PART}(?:\s*(?:,|và)\s*{DATED_PART})+", re.I)
DATED_PART_LIST = re.compile(DATED_PARTS.pattern + r"[^\d;]{0,60}$", re.I)  # …before "lần lượt"
# "trong hai quý tương ứng", "của ba tháng này lần lượt": the periods named before
BACK_TO_LISTED = re.compile(
    r"\b(?:hai|ba|bốn|các)\s+(?:tháng|quý)(?:\s+này|\s+trên)?\s+(?:tương\s+ứng|lần\s+lượt)[^\d;]{0,20}$",
    re.I,
)


def part_period(word: str, part: str, year: int) -> Period | None:
    """One listed month or quarter of a year ("quý", "II", 2024), or None for no such part."""
    if word.lower() == "quý":
        if part.lower() not in ROMAN:
            return None
        end = ROMAN[part.lower()] * 3
        return Period("quarter", date(year, end - 2, 1), month_end(year, end))
    if not part.isdigit() or not 1 <= int(part) <= 12:
        return None
    return Period("month", date(year, int(part), 1), month_end(year, int(part)))


def parts_of(word: str, parts: str, year: int) -> list[Period]:
    """The periods of "tháng 7, 8 và 9" (`word`, `parts`) in a year; [] if one is no such part."""
    periods = [part_period(word, p, year) for p in re.findall(r"\d{1,2}|[IV]{1,3}\b", parts)]
    return [] if None in periods else periods


def dated_parts(listed: str) -> list[Period]:
    """The periods of "quý I/2024 và quý I/2023", each with its own year, in the text's order."""
    found = re.findall(r"(tháng|quý)\s+(\d{1,2}|[IV]{1,3})\s*/\s*((?:19|20)\d\d)", listed, re.I)
    periods = [part_period(word, part, int(year)) for word, part, year in found]
    return [] if None in periods else periods


def listed_parts(head: str) -> list[Period]:
    """The months or quarters a run lists one by one, in the order they are named."""
    m = PART_LIST.search(head)
    if m is not None:
        return parts_of(m.group("w"), m.group("parts"), int(m.group("y")))
    dated = DATED_PART_LIST.search(head)
    return dated_parts(dated.group()) if dated else []


def run_noun(sentence: str, quantities: list[Quantity], q: Quantity) -> str:
    """ "lần lượt là 85,2 triệu, 79,4 triệu và 96,1 triệu giao dịch": the words after a run's
    last number, which count every number of it (or after a rise's later figure, for its bare
    earlier one); "" when q is not bare in such a run."""
    m, run = respective_run(sentence, quantities, q)
    if m is None or q is run[-1]:
        return rise_noun(sentence, quantities, q)
    nxt = run[run.index(q) + 1]
    if re.search(r"[^\W\d]", sentence[q.end : nxt.qual_start].replace("và", "")):
        return ""  # each number names its own noun
    return to_clause_end(sentence[run[-1].end :])


# "từ 647 triệu năm 2023 lên 1.013 triệu giao dịch trong 2024": the earlier figure of a rise,
# bare but for its period, counts what the later one names
RISE_FROM_BEFORE = re.compile(r"\btừ\s+(?:mức\s+)?$", re.I)
RISE_BARE_BETWEEN = re.compile(
    r"\s*\(?\s*(?:(?:trong|vào)\s+)?(?:(?:cuối\s+)?(?:năm|tháng|quý)\s+[\dIV/]+)?\s*\)?\s*,?\s*"
    r"(?:lên|xuống|thành)\s+(?:mức\s+|còn\s+)?",
    re.I,
)


def rise_noun(sentence: str, quantities: list[Quantity], q: Quantity) -> str:
    """The words after a rise's later figure, for its bare earlier one ("từ 647 triệu năm 2023
    lên 1.013 triệu giao dịch"); "" when q is no such earlier figure."""
    later = [p for p in quantities if p.qual_start >= q.end][:1]
    if not later or later[0].unit != q.unit or q.unit != "count":
        return ""
    if not RISE_FROM_BEFORE.search(sentence, max(0, q.qual_start - 12), q.qual_start):
        return ""
    if not RISE_BARE_BETWEEN.fullmatch(sentence, q.end, later[0].qual_start):
        return ""
    return to_clause_end(sentence[later[0].end :])


def blank_listed(label: str) -> str:
    """A run's label with its listed periods' digits taken out, for the cues to read past."""
    # (…and a list of months or quarters: "trong tháng 7 và tháng 8/2024 lần lượt đạt …")
    label = YEARLESS_PART_LIST.sub(
        lambda m: " " * len(m.group("run")) + m.group()[len(m.group("run")) :], label
    )
    return LISTED_PERIODS.sub(" ", PART_WORDS.sub(" ", label))


def listed_period(item: re.Match) -> Period | None:
    """One period of a listed run: a year, or a year's first months ("6 tháng đầu năm 2024")."""
    if item.group("y"):
        year = int(item.group("y"))
        return Period("year", date(year, 1, 1), date(year, 12, 31))
    raw = item.group("n").lower()
    n = {"sáu": 6, "chín": 9}.get(raw) or int(raw)
    if not 1 <= n <= 12:
        return None
    year = int(item.group("ny"))
    kind = "half" if n == 6 else "quarter" if n == 3 else "year" if n == 12 else "ytd"
    return Period(kind, date(year, 1, 1), month_end(year, n))
