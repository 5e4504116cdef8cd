"""The times a figure is moved to: a year or a step back, and the time a compared value names
after it ("so với 52,6% của quý I/2025")."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from etl.docdate_words import QUARTER_YEAR
from etl.gates import search
from etl.indicator_periods import edition_schedules
from etl.period_choice import latest_end
from etl.periods import ROMAN, Period, make_date, month_end, row_period
from etl.phrases import SAME_TIME, SAME_YEAR_OPENING, STEP_BACK_START, YEAR_AGO_START

# What may stand between a compared figure and its month: "(được) ghi nhận (trong) tháng 4",
# after its noun ("so với mức 676 cuộc của tháng 2").
RECORDED_IN = r"\s*(?:(?:[^\W\d]+\s+){1,2}?(?=(?:của|vào|trong|hồi|ghi)\s))?(?:(?:được\s+)?ghi\s+nhận\s+|đo\s+được\s+)?(?:của\s+|vào\s+|trong\s+|hồi\s+)?(?:cuối\s+|hết\s+)?"
# "so với mức 272,97 Mbps ghi nhận trong tháng 4/2025"; "… so với 512.000 của tháng 9"
MONTH_YEAR_AFTER = re.compile(rf"{RECORDED_IN}tháng\s+(?P<m>\d{{1,2}})\s*[/-]\s*(?P<y>20\d\d)\b")
MONTH_AFTER = re.compile(rf"{RECORDED_IN}tháng\s+(?P<m>\d{{1,2}})(?![\d/])(?!\s*(?:năm|,?\s*cùng))")

DAY_AFTER = re.compile(
    rf"{RECORDED_IN}(?:thời\s+điểm\s+|ngày\s+)?(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>20\d\d)\b"
)
# A quarter named after a compared value and its noun: "so với 52,6% của quý I/2025"
QUARTER_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?(?:của|trong|vào)\s+" + QUARTER_YEAR.pattern, re.I
)
# The end of a year or quarter after a compared value and its noun: "… so với 95 cơ quan vào cuối
# năm 2023", "so với 68,5% vào cuối quý I/2024"
END_AFTER_VALUE = re.compile(
    # ("so với hơn 740.000 địa chỉ vào thời điểm cuối năm 2023")
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:vào\s+|của\s+|ở\s+|hồi\s+)?(?:thời\s+điểm\s+)?(?:cuối|hết)\s+"
    r"(?:năm\s+|quý\s+(?P<q>IV|III|II|I)\s*(?:/\s*|năm\s+))(?P<y>20\d\d)\b",
    re.I,
)


def shift_years(d: date, years: int) -> date:
    """The same day some years earlier (28 February for a 29th)."""
    try:
        return d.replace(year=d.year - years)
    except ValueError:
        return d.replace(year=d.year - years, day=28)


def months_back(d: date, months: int) -> date:
    """The same day some months earlier (the month's last day when it is shorter)."""
    total = d.year * 12 + d.month - 1 - months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift_to_year(p: Period, year: int) -> Period:
    """The same span in another year ("cùng kỳ năm 2024" of May 2025 is May 2024)."""
    shift = p.end.year - year
    return Period(p.kind, shift_years(p.start, shift), shift_years(p.end, shift))


def step_back(base: dict, unit: str) -> Period:
    """The base row's period one month, quarter, year or own span ("kỳ") earlier; for an index
    published in editions, "kỳ trước" is the edition before ("so với kỳ trước" of EGDI 2024: 2022)."""
    every = edition_schedules().get(base["indicator"], (0, 0))[0]
    if unit.lower() == "kỳ" and every:
        year = base["period_end"].year - every  # (a whole edition year, over by now)
        return Period("year", date(year, 1, 1), date(year, 12, 31), comparison=True)
    return replace(step_period(row_period(base), unit), comparison=True)


def step_period(p: Period, unit: str) -> Period:
    """A period one month, quarter, year or its own span ("kỳ") earlier."""
    months = {"tháng": 1, "quý": 3, "năm": 12}.get(unit.lower())
    if months is None:  # "kỳ trước": the period's own span length
        months = max(1, round((p.end - p.start).days / 30))
    end = months_back(p.end, months)
    return Period(p.kind, months_back(p.start, months), month_end(end.year, end.month))


def time_named_after(base: dict, after: str) -> Period | None:
    """The time a compared value names after it ("… so với 95 cơ quan vào cuối năm 2023", "… của
    quý I/2025", "… cùng thời điểm năm 2023"), one before the base row's; None when it names none."""
    start, end = base["period_start"], base["period_end"]
    # "so với 30% cuối năm 2021", "so với 95 cơ quan vào cuối năm 2023", "so với 68,5% vào
    # cuối quý I/2024": the level at that year's or quarter's end
    year_end = END_AFTER_VALUE.match(after)
    if year_end:
        quarter = year_end.group("q")
        month = 3 * ROMAN[quarter.lower()] if quarter else 12
        day = month_end(int(year_end.group("y")), month)
        return Period("as_of", day, day, comparison=True) if day < end else None
    # "… so với 2,5 triệu khách hàng vào thời điểm 31/12/2022": that day's level
    day = DAY_AFTER.match(after)
    if day and base["period_kind"] == "as_of":
        d = make_date(int(day.group("y")), int(day.group("m")), int(day.group("d")))
        return Period("as_of", d, d, comparison=True) if d and d < end else None
    dated = MONTH_YEAR_AFTER.match(after)
    if dated and 1 <= int(dated.group("m")) <= 12:
        # "so với mức 272,97 Mbps ghi nhận trong tháng 4/2025": the month it names
        first = date(int(dated.group("y")), int(dated.group("m")), 1)
        if first >= start:
            return None
        if base["period_kind"] == "as_of":  # a level: "so với mức 47% hồi cuối tháng 5/2024"
            return Period(
                "as_of",
                month_end(first.year, first.month),
                month_end(first.year, first.month),
                comparison=True,
            )
        return Period("month", first, month_end(first.year, first.month), comparison=True)
    month = MONTH_AFTER.match(after)
    if month and base["period_kind"] == "month" and 1 <= int(month.group("m")) <= 12:
        # "giảm còn 430.000, so với 512.000 của tháng 9": that month, before the base's
        n = int(month.group("m"))
        y = end.year if n < end.month else end.year - 1
        first = date(y, n, 1)
        return Period("month", first, month_end(first.year, first.month), comparison=True)
    step = re.match(
        # (its noun may come first: "nhiều hơn mức 1,75 triệu hồ sơ của tháng trước")
        r"^\s*(?:(?:[^\W\d]+\s+){1,2}?(?=của\s))?(?:của\s+|vào\s+|trong\s+)?"
        r"(?P<unit>tháng|quý|kỳ)\s+(?:liền\s+)?trước\b",
        after,
    )
    if step:  # "so với 52,4 Mbps tháng trước"
        return step_back(base, step.group("unit"))
    quarter = QUARTER_AFTER.match(after)
    if quarter:  # "so với 52,6% của quý I/2025": that quarter's, before the base's
        q, y = ROMAN[quarter.group("q").lower()], int(quarter.group("y"))
        day = month_end(y, 3 * q)
        if day >= end:
            return None
        if base["period_kind"] == "quarter":
            return Period("quarter", date(y, 3 * q - 2, 1), day, comparison=True)
        return Period("as_of", day, day, comparison=True)
    # "… so với mức 74% của cả nước cùng thời điểm": at the same time, no year back
    if re.match(r"^[^;.\d]{0,25}?cùng\s+thời\s+điểm\b(?!\s+(?:của\s+)?năm)", after):
        return Period(base["period_kind"], start, end, comparison=True)
    # ("so với 5,43 tỷ hóa đơn vào cùng thời điểm năm 2023": the same day of that year)
    m = re.match(r"^[^;.\d]{0,20}?(?:cùng\s+(?:kỳ|thời\s+điểm)\s+)?năm\s+(?P<y>20\d\d)", after)
    shift = None
    whole_year = re.match(r"^\s*(?:của|trong)\s+năm\s", after) or (
        # "đạt 86,97%, so với mức 68,44% năm 2020": a level of a year gone by, at its end
        base["period_kind"] == "as_of" and re.match(r"^\s*năm\s", after)
    )
    if m and whole_year:
        # "so với mức 14,26% của năm 2022" after a quarter's figure: the whole year's
        year = int(m.group("y"))
        if year >= start.year:
            return None
        day = date(year, 12, 31)
        if base["period_kind"] == "as_of":
            return Period("as_of", day, day, comparison=True)
        return Period("year", date(year, 1, 1), day, comparison=True)
    if m:
        shift = end.year - int(m.group("y"))
    elif re.match(
        # "… so với 78,6% của năm trước", "… cùng thời điểm năm ngoái": a year back
        r"^[^;.\d]{0,20}?(?:cùng\s+(?:kỳ|thời\s+điểm)(?:\s+năm\s+(?:trước|ngoái))?"
        r"|(?:của|vào|trong)\s+năm\s+(?:trước|ngoái))",
        after,
    ):
        shift = 1
    if not shift or shift < 0:
        return None
    return Period(
        base["period_kind"], shift_years(start, shift), shift_years(end, shift), comparison=True
    )


TOPIC_OPENING = re.compile(
    r"\W*(?:Đặc\s+biệt|Riêng)?\s*,?\s*(?:về|ở\s+lĩnh\s+vực|trong\s+lĩnh\s+vực)\s+[^,:;.\d]{3,40}[,:]",
    re.I,
)


# How far into a sentence a period still opens it ("Năm 2023, …", "- Trong năm 2024, …")
OPENING_WORDS = 12


def fall_back_on(
    sentence: str,
    periods: list[Period],
    lead_periods: list[Period],
    earlier: list[Period],
    carried: list[Period],
) -> tuple[list[Period], list[Period], re.Match | None]:
    """The periods a sentence's figures fall back on when they state none (the lead's, then the
    sentence before's, a year back after "Cùng kỳ năm trước, …", a step back after "Tháng
    trước, …"), its own periods, and that opening which looks back."""
    # "Đặc biệt về xã hội số, … 65 triệu" after "… năm 2024 đạt 18,3% GDP": a new topic opens,
    # and the sentence before's period was that topic's, not this one's
    fallback = lead_periods or ([] if TOPIC_OPENING.match(sentence) else earlier)
    lead_levels = [p for p in lead_periods if p.kind == "as_of"]
    if earlier and lead_levels and latest_end(earlier) > latest_end(lead_levels):
        # "Kết quả đến 30/9/2022, … Còn lại 266 thôn" under a lead of 01/01/2021: the
        # paragraph has moved on to a later date
        fallback = earlier
    # "Cùng thời điểm, …", "Trong 6 tháng, …", "Trong năm, …"
    same_year = SAME_YEAR_OPENING.match(sentence)
    if search(SAME_TIME, sentence) or same_year:
        fallback = fallback or carried
    if (
        same_year
        and len(fallback) > 1
        and fallback[0].kind == "year"
        and fallback[0].text_start < OPENING_WORDS
    ):
        # "Năm 2023, Quảng Ninh … đứng thứ nhất về Chỉ số … (DTI) năm 2022. Trong năm, …": the
        # year the sentence before opened on, not one it named in passing
        fallback = fallback[:1]
    if (
        same_year
        and "năm" in same_year.group().lower()
        and fallback
        and fallback[-1].kind == "as_of"
    ):
        # "Tính đến ngày 31/12/2025, … Trong năm, NDXP thực hiện 1,42 tỷ giao dịch": the year
        # to that day, not a level of the day
        d = fallback[-1].end
        kind = "year" if (d.month, d.day) == (12, 31) else "ytd"
        fallback = [Period(kind, date(d.year, 1, 1), d, relative=fallback[-1].relative)]
    year_ago = YEAR_AGO_START.match(sentence)
    if year_ago and carried:  # "Cùng kỳ năm 2024, tốc độ … chỉ đạt 60,8 Mbps"
        last = carried[-1]
        year = int(year_ago.group("y")) if year_ago.group("y") else last.end.year - 1
        fallback = [shift_to_year(last, year)]
        # ("Cùng thời điểm năm trước, …": its "năm trước" is the shift, not a whole year)
        if year_ago.group("last"):
            periods = [p for p in periods if p.text_start >= year_ago.end()]
    step = None if year_ago else STEP_BACK_START.match(sentence)
    # (a step of the carried period's own size: "Trong tháng trước, …" after "… năm ngoái" is
    # the page's last month, as the period patterns read it, not a year moved back a month)
    if step and carried and steps_by(carried[-1], step.group("unit")):
        # "Tháng trước, con số này là 92,1 triệu": a month before the last
        fallback = [step_period(carried[-1], step.group("unit"))]
        periods = [p for p in periods if p.text_start >= step.end()]
        return fallback, periods, step
    return fallback, periods, year_ago


def steps_by(p: Period, unit: str) -> bool:
    """Whether "<unit> trước" steps back from p: a month from a month or a day, a quarter from a
    quarter or a day, a year or the period's own span ("kỳ") from anything."""
    allowed = {"tháng": ("month", "as_of"), "quý": ("quarter", "as_of")}.get(unit.lower())
    return allowed is None or p.kind in allowed
