"""Build the Period one matched period phrase means, given the document's year and date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.dates import (
    ROMAN,
    WORD_NUMBERS,
    Period,
    make_date,
    month_end,
    parse_date_match,
    parse_first_date,
    window_period,
)
from etl.period_patterns import CLAUSE_OPENS

# the year of a survey or index named just before "(do …) công bố ngày …"
EDITION_BEFORE = re.compile(r"\bnăm\s+(20\d\d)\b[^.;\d]{0,60}$")


VERB_NEXT = re.compile(r"\s+(?:(?:ước\s+)?đạt|là|chỉ\s+đạt)\s", re.I)
# "sau 3 tháng đạt 50%", "chỉ mất 2 tháng": a duration, not the year's first months
DURATION_BEFORE = re.compile(r"\b(?:sau|vòng|hơn|gần|mỗi|khoảng|chỉ|mất|những|các|thêm)\s+$", re.I)


def year_reviewed(cutoff: date) -> int | None:
    """The whole year a text dated `cutoff` looks back on, or None in the middle of a year."""
    # (early in a year, the one just closed; in December, the one now closing; mid-year a
    # "năm qua" may be the twelve months just gone and a "trong năm" the year so far)
    if cutoff.month <= 3:
        return cutoff.year - 1
    return cutoff.year if cutoff.month == 12 else None


def reached_in(m: re.Match) -> bool:
    """Whether "N tháng" is the months a figure reached ("… 11 tháng đạt 96,2%")."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    return m.group("reached") is not None and not DURATION_BEFORE.search(before)


# "Tính chung 6 tháng, …", "Sau 9 tháng, …": the words a sentence on the year's months opens with
MONTHS_OPENER = re.compile(r"(?:tính\s+chung|tính\s+cả|cộng\s+dồn|sau)$", re.I)


def opens_on_months(m: re.Match) -> bool:
    """Whether "N tháng," opens its line or sentence ("Chín tháng, hơn 1 tỷ giao dịch qua NDXP",
    "Tính chung 6 tháng, tỷ lệ … đạt 58,7%"): the year's first N months."""
    line = m.string[: m.start()].rsplit("\n", 1)[-1]
    opening = re.split(r"[.!?]\s", line)[-1].strip(" \t\"“'(-–•")
    return (not opening or bool(MONTHS_OPENER.fullmatch(opening))) and m.string[
        m.end() : m.end() + 2
    ].lstrip().startswith(",")


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
    if name == "this_quarter":
        # (or right before its figure's verb: "Tỷ lệ hồ sơ xử lý trực tuyến trong quý đạt 37,8%")
        if not CLAUSE_OPENS.search(m.string, 0, m.start()) and not VERB_NEXT.match(
            m.string, m.end()
        ):
            return None
        # (written up to six weeks after a quarter's end, the quarter just ended; later, the
        # quarter the text is written in)
        day = cutoff - timedelta(days=45)
        q = (day.month - 1) // 3 + 1
        return Period(
            "quarter", date(day.year, 3 * q - 2, 1), month_end(day.year, 3 * q), relative="date"
        )
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
        if cutoff == month_end(cutoff.year, 3 * (q + 1)):
            # a cut-off on a quarter's last day is the end of the span the text reviews ("đánh giá
            # … 6 tháng đầu năm 2024" … "trong quý vừa qua"): that quarter has just passed
            q += 1
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
        n = m.group("n") or "1"  # ("hai năm trước": two years back)
        y = cutoff.year - (int(n) if n.isdigit() else WORD_NUMBERS[n.lower()])
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
        if m.group("y") is None and y == cutoff.year and 3 * q - 2 > cutoff.month + 1:
            y -= 1  # "trong quý IV" in a January page, as "tháng 12" (below): last year's
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
                (m.group("within") is not None or past or reached_in(m) or opens_on_months(m))
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
    if name == "year_end_no_year":
        # (early in a year, the year just ended; later, this year's end, still ahead: an aim's)
        y = cutoff.year if m.group("now") else (year_reviewed(cutoff) or cutoff.year)
        return Period("as_of", date(y, 12, 31), date(y, 12, 31), relative="year")
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
        y = year_reviewed(cutoff)
        if y is None:
            return None
        return Period("year", date(y, 1, 1), date(y, 12, 31), relative="year")
    if name == "half_named":
        y = int(m.group("y")) if m.group("y") else (cutoff.year if m.group("now") else year)
        relative = "" if m.group("y") else "year"
        if m.group("which").lower() == "đầu":
            return Period("half", date(y, 1, 1), date(y, 6, 30), relative=relative)
        return Period("half", date(y, 7, 1), date(y, 12, 31), relative=relative)
    if name == "in_year":
        y = year_reviewed(cutoff)
        if y is None:
            return Period("ytd", date(cutoff.year, 1, 1), cutoff, relative="date")
        return Period("year", date(y, 1, 1), date(y, 12, 31))
    if name == "this_year":
        return Period("year", date(cutoff.year, 1, 1), date(cutoff.year, 12, 31), relative="year")
    return None
