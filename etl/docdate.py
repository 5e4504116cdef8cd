"""The date a document speaks from, and which source gave it; never the machine's clock.

Sources, strongest first: the sidecar's `published`, a date printed in the header or the news
stamp, the meeting the text reports, a page date stamp the page carries (unless the text
reports on later dates, which shows the stamp wrong), and last the latest date the text reports
on, with years carried from the context ("cùng kỳ năm 2021" speaks from 2022).
"""

from __future__ import annotations

import re
from datetime import date

from etl.docdate_words import (
    AHEAD,
    BARE_YEAR,
    COMPARED_BEFORE,
    COMPARED_YEAR,
    DAY_NO_YEAR,
    EARLY_YEAR,
    EVENT_MONTH_BEFORE,
    EVENT_NAME_YEAR,
    IF_THEN,
    MONTH_YEAR,
    MONTHS_OF_YEAR,
    PAGE_STAMP,
    PART_REVIEWED_PLANS_YEAR,
    PLAN_MET,
    PLAN_NAME,
    PLANS_NEXT,
    PROGRAMME_SPAN,
    QUARTER_YEAR,
    RELATIVE_MONTHS,
    SAME_MONTH_LAST_YEAR,
    SAME_PERIOD_LAST_YEAR,
    SINCE_YEAR_START,
    WHOLE_YEAR,
    YEAR,
    YEAR_OPENS,
)
from etl.event_dates import EVENT_DAY, date_event
from etl.period_patterns import SPAN_OPENS, opens_forward
from etl.periods import ROMAN, WORD_NUMBERS, find_dates, make_date, month_end


def read_page_stamp(raw: str) -> date | None:
    """The page's own date stamp at the top (a month stamp means its last day)."""
    m = PAGE_STAMP.match(raw[:80])
    if m is None:
        return None
    y, mo = int(m.group("y")), int(m.group("m"))
    if not 1 <= mo <= 12:
        return None
    if m.group("d"):
        return make_date(y, mo, int(m.group("d")))
    return month_end(y, mo)


def split_sentences(text: str) -> list[str]:
    """Rough clause split, enough to keep plans apart from results ("tổng kết hoạt động năm
    2024, phương hướng, nhiệm vụ năm 2025")."""
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+|\n+", text) if s.strip()]
    # What follows "phương hướng, nhiệm vụ" looks ahead; what precedes it looks back.
    return [PLANS_NEXT.split(s)[0] for s in sentences]


def latest_reported_date(text: str) -> tuple[date | None, str]:
    """The latest date the text reports on (plans aside), and whether it is known to the day
    or month ("month"), is a year under review read from its end ("reviewed") or is known only
    to the year ("year": "năm 2024", "cùng kỳ năm 2021")."""
    fine: list[date] = []
    compared_months: list[date] = []
    years: list[date] = []
    reviewed: set[int] = set()  # years a sentence opens on, with nothing later in them
    # (the year whose part a meeting reviews, named only with the rest of its tasks)
    years += [date(int(m.group("y")), 1, 1) for m in PART_REVIEWED_PLANS_YEAR.finditer(text)]
    for sentence in split_sentences(text):
        for m in SAME_PERIOD_LAST_YEAR.finditer(sentence):
            years.append(date(int(m.group("y")) + 1, 1, 1))
        for m in SAME_MONTH_LAST_YEAR.finditer(sentence):
            month = 3 * ROMAN[m.group("q").lower()] if m.group("q") else int(m.group("m"))
            if 1 <= month <= 12 and not AHEAD.search(sentence):
                fine.append(month_end(int(m.group("y")) + 1, month))
        compared = [m.span("y") for m in COMPARED_YEAR.finditer(sentence)]
        years += [date(int(sentence[a:b]) + 1, 1, 1) for a, b in compared]
        for m in SINCE_YEAR_START.finditer(sentence):  # "tính từ đầu năm 2022 đến … tháng 8"
            years.append(date(int(m.group("y")), 1, 1))
        # a programme's name ("Đề án 06 … giai đoạn 2022-2025, tầm nhìn đến năm 2030") looks
        # ahead by itself; the rest of its sentence may still report ("… tổng kết hoạt động năm
        # 2022 …, ngày 25/12")
        sentence = PROGRAMME_SPAN.sub(" ", sentence)
        # "… Kế hoạch Chuyển đổi số tỉnh Nghệ An đến năm 2025 và Lễ … năm 2023": a plan's name
        sentence = PLAN_NAME.sub(" ", sentence)
        # "…, vượt mức kế hoạch": a result set beside its plan still reports (the plan's own
        # year, "vượt chỉ tiêu năm 2025", still looks ahead)
        sentence = PLAN_MET.sub(lambda m: " " * len(m.group()), sentence)
        ahead = AHEAD.search(sentence)
        if ahead:
            # "Nếu giữ tốc độ … của 9 tháng đầu năm 2022 thì đến cuối năm đạt mục tiêu": a
            # condition looks back; any other date before a plan word is its deadline.
            condition = IF_THEN.match(sentence)
            if condition is None or condition.end() > ahead.start() + 4:
                # "… tăng 4% so với tháng 10/2022 và vượt mục tiêu …": what it is compared with
                # still looks back
                compared_months += [
                    day for day, compared in read_month_years(sentence, ahead.start()) if compared
                ]
                continue
            sentence = condition.group("cond")
        for m in EVENT_NAME_YEAR.finditer(sentence):
            day = m.group("d") and make_date(
                int(m.group("y")), int(m.group("m")), int(m.group("d"))
            )
            if day:
                fine.append(day)
            elif not YEAR.search(sentence, m.start(), m.end()):  # "năm 2024" is read below
                years.append(date(int(m.group("y")), 12, 31))
        bare = BARE_YEAR.match(sentence)
        if bare:
            years.append(date(int(bare.group("y") or bare.group("t")), 12, 31))
        for m in EARLY_YEAR.finditer(sentence):  # "đầu năm 2023, dịch vụ công … đạt": written then
            years.append(date(int(m.group("y")), 1, 1))
        fine += [d for a, b, d in find_dates(sentence) if not opens_forward(sentence, a, b)]
        for day, looks_back in read_month_years(sentence, len(sentence)):
            # "tăng 42 bậc so với tháng 1/2024": a month compared with, kept apart (below)
            (compared_months if looks_back else fine).append(day)
        for m in QUARTER_YEAR.finditer(sentence):
            fine.append(month_end(int(m.group("y")), 3 * ROMAN[m.group("q").lower()]))
        for m in MONTHS_OF_YEAR.finditer(sentence):
            if 1 <= int(m.group("n")) <= 12:
                fine.append(month_end(int(m.group("y")), int(m.group("n"))))
        opening = YEAR_OPENS.match(sentence)
        for m in YEAR.finditer(sentence):
            if MONTH_YEAR.search(sentence[max(0, m.start() - 12) : m.end()]):
                continue
            if any(a <= m.start("y") < b for a, b in compared):
                continue  # read above: the year compared with is over
            if SPAN_OPENS.search(sentence[max(0, m.start() - 16) : m.start()]):
                continue  # "từ năm 2014 và đến nay đã …": a start, not the time of writing
            end = date(int(m.group("y")), 12, 31)
            # "tổng kết hoạt động năm 2024": the text looks back on the whole year.
            whole = WHOLE_YEAR.search(sentence[max(0, m.start() - 150) : m.start()])
            (fine if whole else years).append(end)
            if opening and m.start() < opening.end() <= m.end() + 3:  # the year it opens on
                reviewed.add(end.year)
    best_year = max(years, default=None)
    own = list(fine)  # dates the text reports on, before any it only compares with
    if not (
        best_year
        and best_year.year in reviewed
        and all(d.year < best_year.year for d in fine)
        and all(d.year <= best_year.year for d in compared_months)
    ):
        # a month compared with dates the text unless a year it reviews is later than all else
        # ("Trong năm 2024, … tăng 42 bậc so với tháng 1/2024" is written after 2024)
        fine += compared_months
    best_fine = max(fine, default=None)
    # "trong tháng 1, … tăng 10,29% so với tháng 12-2021": the latest date only compared with
    # is before the text's own months, which may then cross into the next year
    compared_last = best_fine is not None and best_fine not in own
    if best_year and (best_fine is None or best_year.year > best_fine.year):
        # The year is known; "6 tháng đầu năm nay", "quý II", "tháng 5" then say how far into it.
        # (in a year under review, "vào tháng 6, … đã hoàn thành trạm …" is an event of the year,
        # not how far into it the text reports)
        reviews = best_year.year in reviewed
        within = [
            d
            for d in months_into_year(text, best_year.year, events=not reviews)
            if d.year == best_year.year
        ]
        if within:
            return max(within), "month"
        if best_year.year in reviewed:
            # "Năm 2022, doanh thu … ước đạt …": a year in review speaks from its end, which
            # "đến nay" may stand for, though only its year is printed
            return best_year, "reviewed"
        return best_year, "year"
    if best_fine is not None:
        # "giảm 3,18% so với tháng 4/2022. Cũng trong tháng 5, …": a month without its year
        # just after the latest dated one is that year's
        later = [
            d
            for d in months_into_year(text, best_fine.year, compared=False)
            if 0 < d.month - best_fine.month <= 2
        ]
        if compared_last:
            # "Tính đến ngày 26/11, … tăng 4,68% so với cuối tháng 10/2022": the day is after it
            for m in DAY_NO_YEAR.finditer(text):
                for year in (best_fine.year, best_fine.year + 1):
                    day = make_date(year, int(m.group("m")), int(m.group("d")))
                    if day is not None and 0 < (day - best_fine).days <= 62:
                        later.append(day)
            later += [
                month_end(d.year + 1, d.month)
                for d in months_into_year(text, best_fine.year, compared=False)
                if 0 < d.month + 12 - best_fine.month <= 2
            ]
        return max([best_fine, *later]), "month"
    return best_fine, "month"


def compared_with(sentence: str, start: int) -> bool:
    """Whether the period starting at `start` is one compared with ("so với cuối tháng 10/2022")."""
    return bool(COMPARED_BEFORE.search(sentence, max(start - 20, 0), start))


def read_month_years(sentence: str, end: int) -> list[tuple[date, bool]]:
    """The month ends a sentence names with their year before `end` (forward ones aside), each
    with whether it is only compared with."""
    found = []
    for m in MONTH_YEAR.finditer(sentence, 0, end):
        if not 1 <= int(m.group("m")) <= 12 or opens_forward(sentence, m.start(), m.end()):
            continue
        day = month_end(int(m.group("y")), int(m.group("m")))
        found.append((day, compared_with(sentence, m.start())))
    return found


def months_into_year(
    text: str, year: int, compared: bool = True, events: bool = True
) -> list[date]:
    """Ends of the periods a text reports on without naming their year, in `year`."""
    # compared=False leaves out months named as a comparison ("so với tháng 5"); events=False
    # the month of an event ("vào tháng 6, … đã hoàn thành")
    found = []
    for sentence in split_sentences(text):
        if AHEAD.search(sentence):
            continue
        for m in RELATIVE_MONTHS.finditer(sentence):
            if not compared and compared_with(sentence, m.start()):
                continue
            if not events and EVENT_MONTH_BEFORE.search(
                sentence, max(0, m.start() - 12), m.start()
            ):
                continue
            raw = (m.group("n") or m.group("n2") or "0").lower()
            n = WORD_NUMBERS.get(raw) or int(raw)
            if m.group("q"):
                n = 3 * ROMAN[m.group("q").lower()]
            if 1 <= n <= 12:
                found.append(month_end(year, n))
    return found


def establish_document_date(
    sidecar_published: date | None,
    printed: date | None,
    meeting: date | None,
    raw: str,
    text: str,
    reported: tuple[date | None, str] | None = None,
    filed: date | None = None,
) -> tuple[date | None, str, str]:
    """Return (date the document speaks from, source, precision).

    reported: latest_reported_date(text), when the caller has read it already.
    filed: the last day of the month the page's address files it under.

    source: sidecar, printed, meeting, url_month, page_stamp, reported or unknown; precision:
    "day", "month" or "reviewed" (a year under review, from its end) where the date can stand
    for "đến nay", "year" where only the year is known (enough for "6 tháng đầu năm nay", not for
    "hiện nay").
    """
    if sidecar_published:
        return sidecar_published, "sidecar", "day"
    if printed:
        return printed, "printed", "day"
    if meeting:
        return meeting, "meeting", "day"
    if filed:
        # the publishing system filed the page under its month when it was written: later dates
        # in it are deadlines or plans, and its "đến nay" is that month (the text is not read)
        return filed, "url_month", "month"
    reported, precision = reported or latest_reported_date(text)
    stamp = read_page_stamp(raw)
    # a year known alone ("năm 2024", read as 31 December) yields to the page's month that year
    if stamp and (
        reported is None
        or stamp >= reported
        or (precision == "year" and stamp.year == reported.year)
    ):
        return stamp, "page_stamp", "month"
    event = EVENT_DAY.search(text[:1500]) if reported else None
    day = event and date_event(event, reported, precision, text)
    if day:
        return day, "reported", "day"
    if reported:
        return reported, "reported", precision
    return None, "unknown", "none"


def stand_in_date(text: str) -> date:
    """The end of the latest year the text names: a placeholder for an undated document."""
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    return date(max(years, default=2000), 12, 31)
