"""Dates a text gives through what it reports: an event's day ("Chiều 6/2, … phiên họp …"), the
year or half-year a meeting soon after it reviews, and the year of a yearly report it cites."""

from __future__ import annotations

import re
from datetime import date

from etl.periods import make_date
from etl.phrases import EVENT_WORDS

EVENT_DAY = re.compile(
    # (the press writes its day and month with a slash, a dot or a dash: "Sáng 24.4", "Chiều 25-2")
    r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:nay\s+\(|ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?![/.\-\d])"
    # a news dateline: "Ngày 25-2, Thủ tướng … chủ trì hội nghị"
    r"|(?:^|\n)\s*Ngày\s+(?P<d2>\d{1,2})\s*[-/]\s*(?P<m2>\d{1,2})\s*,"
    # the event's day in its sentence: "Tuần lễ Số Quốc tế Việt Nam 2024 …, khai mạc ngày 19/11"
    r"|\b(?:khai\s+mạc|diễn\s+ra|tổ\s+chức|khai\s+trương)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày\s+"
    r"(?P<d3>\d{1,2})[/.-](?P<m3>\d{1,2})(?![/.\-\d])"
)


# A text that looks back on a whole year ("tổng kết … năm 2024", "Báo cáo … năm 2024")
REVIEWS_YEAR = re.compile(r"tổng\s+kết|báo\s+cáo[^.;\n]{0,60}\bnăm\s+20\d\d", re.I)


def reviewed_period_end(text: str, written: date | None) -> date | None:
    """The last day of the year or half-year a text written soon after it reviews; or None."""
    # "Chiều 6/2, … phiên họp tổng kết … Báo cáo về tình hình chuyển đổi số quốc gia năm 2024":
    # its figures stand at the end of 2024, not on the day of the meeting; "Phiên họp … đánh
    # giá kết quả chuyển đổi số 6 tháng đầu năm 2022" in August, at the end of June 2022.
    if written is None:
        return None
    head = text[:3000]
    if 7 <= written.month <= 9:
        half = re.search(
            rf"(?:đánh\s+giá|tổng\s+kết|sơ\s+kết|báo\s+cáo)[^.;\n]{{0,80}}\b6\s+tháng\s+đầu\s+năm"
            rf"(?:\s+{written.year})?\b",
            head,
            re.I,
        )
        return date(written.year, 6, 30) if half else None
    if written.month > 3:
        return None
    year = written.year - 1
    named = re.compile(
        rf"(?:tổng\s+kết|báo\s+cáo)[^.;\n]{{0,80}}\bnăm\s+{year}\b"
        rf"|\bnăm\s+{year}\b[^.;\n]{{0,40}}tổng\s+kết",
        re.I,
    )
    # "phiên họp … tổng kết hoạt động …; … năm ngoái … năm 2024": the review and its year apart
    apart = re.search(r"tổng\s+kết", head[:1500], re.I) and re.search(rf"\bnăm\s+{year}\b", head)
    return date(year, 12, 31) if named.search(head) or apart else None


# An event named with its year in the sentence of its day: "hội nghị … năm 2024", "Diễn đàn … 2023"
EVENT_YEAR = re.compile(
    rf"(?:{EVENT_WORDS}|ngày)\b"
    # (not a year under review: "phiên họp tổng kết hoạt động năm 2024" is held in 2025; nor one
    # whose figures come out: "họp báo công bố số liệu thống kê … quý IV và năm 2024")
    r"(?:(?!tổng\s+kết|sơ\s+kết|kết\s+quả|đánh\s+giá|hoạt\s+động|công\s+tác|công\s+bố)[^.;\d]){0,80}?"
    r"\b(?:năm\s+)?(20\d\d)\b(?!\s*[-–/]\s*\d)",
    re.I,
)


def date_event(event: re.Match, reported: date, precision: str, text: str) -> date | None:
    """The year-less day of the event a text reports ("Chiều 6/2, … phiên họp …"), or None."""
    # A text is written after what it reports on: the day falls in the year of the latest date
    # it reports on, or in the next when that would put it more than a month before that date.
    # A year known only from "so với cùng kỳ 2023" (1 January) is the year it is written in; a
    # year the text looks back on as a whole (31 December) is the one before an event early in
    # the next.
    month = int(event.group("m") or event.group("m2") or event.group("m3"))
    d = int(event.group("d") or event.group("d2") or event.group("d3"))
    # "Sáng 12/10, … hội nghị chào mừng Ngày chuyển đổi số quốc gia năm 2024": the event's own year
    own = {int(y) for y in EVENT_YEAR.findall(text[event.end() : event.end() + 300].split(".")[0])}
    if len(own) == 1:
        return make_date(own.pop(), month, d)
    if precision == "year":
        if (reported.month, reported.day) == (1, 1):
            return make_date(reported.year, month, d)
        if month <= 3 and REVIEWS_YEAR.search(text[:3000]):
            return make_date(reported.year + 1, month, d)  # "Chiều 6/2, … tổng kết … năm 2024"
        return make_date(reported.year, month, d)  # "Sáng 25/10, Hội thảo … Chính phủ số 2024"
    day = make_date(reported.year, month, d)
    # "Sáng 28/11, … hội nghị tổng kết … năm 2024": a year's review may meet before it ends
    late_review = (reported.month, reported.day) == (12, 31) and month >= 10
    if (
        day is not None
        and (reported - day).days > 31
        and not (late_review and REVIEWS_YEAR.search(text[:3000]))
    ):
        day = make_date(reported.year + 1, month, d)  # "… chiều 6/2" after "Tháng 9/2024, …"
    return day


# "Báo cáo thường niên kinh tế số Việt Nam 2022", "Báo cáo Kinh tế số Việt Nam năm 2023": a
# yearly report on a year gone by, whose figures the text goes on to give
YEARLY_REPORT = re.compile(
    r"\bBáo\s+cáo\s+(?:thường\s+niên\s+|kinh\s+tế\s+số\s+)[^.;\n\d]{0,50}?(?:năm\s+)?(?P<y>20\d\d)\b"
    r"(?!\s*[-–/]\s*\d)",
    re.I,
)


def yearly_report_year(text: str, written: date | None) -> int | None:
    """The year of the one yearly report a text cites, when that year is over; else None."""
    # (a yearly report comes out after its year: an undated text citing one is written later)
    years = {int(m.group("y")) for m in YEARLY_REPORT.finditer(text)}
    if len(years) != 1:
        return None
    year = years.pop()
    return year if written is None or year < written.year else None
