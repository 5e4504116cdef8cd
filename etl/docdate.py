"""The date a document speaks from, and which source gave it; never the machine's clock.

Sources, strongest first: the sidecar's `published`, a date printed in the header or the news
stamp, the meeting the text reports, a page date stamp the page carries (unless the text
reports on later dates, which shows the stamp wrong), and last the latest date the text reports
on, with years carried from the context ("cùng kỳ năm 2021" speaks from 2022).
"""

from __future__ import annotations

import re
from datetime import date

from etl.event_dates import EVENT_DAY, date_event
from etl.period_patterns import SPAN_OPENS, opens_forward
from etl.periods import ROMAN, WORD_NUMBERS, find_dates, make_date, month_end
from etl.phrases import VISION_WORDS

# " date 2023-10" or " date 2025-09-22" at the top of a saved web page.
PAGE_STAMP = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b")
MONTH_YEAR = re.compile(
    # "từ tháng 1/2024 đến 1/2025": the second month shares the first's "tháng"
    r"(?:tháng|(?<=tháng\s\d/20\d\d\sđến\s)|(?<=tháng\s\d\d/20\d\d\sđến\s))\s*(?P<m>\d{1,2})"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>20\d\d)\b",
    re.I,
)
QUARTER_YEAR = re.compile(
    r"quý\s+(?P<q>IV|III|II|I|[1-4])\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>20\d\d)\b", re.I
)
YEAR = re.compile(r"(?<!đầu\s)\bnăm\s+(?P<y>20\d\d)\b(?!\s*[-–]\s*\d)", re.I)
# "2024 chứng kiến nhiều biến chuyển …", a title "Điểm nhấn công nghệ Việt Nam 2024": a year
# written bare, as the subject of a review
BARE_YEAR = re.compile(
    r"^\W*(?P<y>20\d\d)\s+(?:chứng\s+kiến|là\s+năm|ghi\s+nhận|đánh\s+dấu)\b"
    r"|^[^\n.:;!?]{10,100}\s(?<![-–/]\s)(?<!năm\s)(?<!đến\s)(?P<t>20\d\d)\s*$",
    re.I,
)
EARLY_YEAR = re.compile(r"\bđầu\s+năm\s+(?P<y>20\d\d)\b", re.I)
SINCE_YEAR_START = re.compile(r"\btừ\s+đầu\s+năm\s+(?P<y>20\d\d)\b", re.I)
MONTHS_OF_YEAR = re.compile(r"(?P<n>\d{1,2})\s+tháng\s+đầu\s+năm\s+(?P<y>20\d\d)\b", re.I)
# "tăng 0,7% so với năm 2023": compared with a year gone by, written in a later one
COMPARED_YEAR = re.compile(
    r"\bso\s+với\s+(?:cuối\s+|hết\s+)?năm\s+(?P<y>20\d\d)\b(?!\s*[-–/]\s*\d)", re.I
)
SAME_PERIOD_LAST_YEAR = re.compile(
    r"cùng\s+kỳ(?:\s+[^\d.;]{0,25})?\s+(?:năm\s+)?(?P<y>20\d\d)\b(?!\s*[/.-]\s*\d)", re.I
)
# "gấp 3 lần so với cùng kỳ tháng 4/2022": the month a year on is the one the figure is of
SAME_MONTH_LAST_YEAR = re.compile(
    r"cùng\s+kỳ\s+(?:năm\s+trước\s+)?(?:tháng\s+(?P<m>\d{1,2})|quý\s+(?P<q>IV|III|II|I|[1-4]))"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>20\d\d)\b",
    re.I,
)
# Sentences that look ahead (plans, deadlines, extensions) do not date the report.
AHEAD = re.compile(
    # (a body named in brackets is no plan: "Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)")
    r"mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|(?<!\(Bộ\s)kế\s+hoạch|dự\s+kiến|(?<!so\s)(?<!với\s)dự\s+báo|định\s+hướng|chiến\s+lược|gia\s+hạn|thời\s+hạn|"
    r"\bphải\b|\bsẽ\b|đề\s+xuất|đến\s+năm|trước\s+(?:ngày|tháng|năm)|"
    # "Mức thu này được áp dụng đến hết ngày 31/12/2025", "có hiệu lực từ ngày 1/8": in force
    r"áp\s+dụng\s+(?:đến|tới|từ)|hiệu\s+lực|"
    # "ước đến cuối năm 2022 đạt …", "thì đến cuối năm đạt mục tiêu": a forecast, not a result
    r"ước\s+(?:tính\s+)?(?:đến|hết|cuối)\b|thì\s+đến\b|"
    # "được cấp phép … thí điểm Mobile Money trong 2 năm (đến cuối năm 2023)": a licence's term
    r"thí\s+điểm\b[^.;]{0,60}\btrong\s+(?:thời\s+gian\s+)?(?:\d|hai|ba)\s+năm|"
    r"giai\s+đoạn|tầm\s+nhìn|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Nghị\s+định|Thông\s+tư|Luật",
    re.I,
)
PLAN_MET = re.compile(
    r"(?:vượt|hoàn\s+thành)\s+(?:mức\s+|so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)"
    r"(?:[^.;\d]{0,30}?\b(?:năm\s+)?20\d\d\b)?"
    # "có 11/22 mục tiêu đạt …": goals counted as met; "…, đạt 100% so với chỉ tiêu Bộ Công an
    # giao": a result measured against its plan
    r"|\d+\s*/\s*\d+\s+(?:mục\s+tiêu|chỉ\s+tiêu)"
    r"|(?:đạt|vượt)\s+[\d.,]+\s*%\s+(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu)(?:[^.;\d]{0,40}?\bgiao\b)?"
    # "năm 2022 ngành … tiếp tục nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao": the
    # year's effort told, no aim (the clause split may have cut it before "nhiệm vụ")
    r"|(?:nỗ\s+lực\s+)?phấn\s+đấu\s+hoàn\s+thành(?:\s+(?:tốt|xuất\s+sắc))?"
    r"(?=\s*(?:(?:các\s+)?nhiệm\s+vụ|$))",
    re.I,
)
PROGRAMME_SPAN = re.compile(
    rf"giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d(?:\s*,?\s*{VISION_WORDS}\s+(?:đến\s+)?"
    rf"(?:năm\s+)?20\d\d)?|{VISION_WORDS}\s+(?:đến\s+)?(?:năm\s+)?20\d\d",
    re.I,
)
PLAN_NAME = re.compile(
    r"\b(?:Kế\s+hoạch|Chiến\s+lược|Chương\s+trình|Đề\s+án)\s+[^.;,]{0,80}?\bđến\s+năm\s+20\d\d\b"
)
IF_THEN = re.compile(r"\W*Nếu\s+(?P<cond>[^;]+?)\s+thì\b", re.I)
WHOLE_YEAR = re.compile(
    # "Theo báo cáo của Bộ … về chuyển đổi số quốc gia năm 2024": a report on the year, after it
    r"(?:tổng\s+kết|cả\s+năm|kết\s+quả\s+(?:thực\s+hiện\s+)?năm)[^.;\d]*$"
    # "công bố kết quả Chỉ số hài lòng … (SIPAS) và Chỉ số cải cách hành chính (PAR Index) năm
    # 2024", "họp báo công bố số liệu thống kê … quý IV và năm 2024": a yearly index's result
    # or a year's statistics come out after the year (the UN's survey, named in its own year,
    # aside)
    r"|(?:kết\s+quả(?:\s*,\s*xếp\s+hạng)?|công\s+bố)\s+(?:đánh\s+giá\s+)?[Cc]hỉ\s+số\b"
    r"(?![^.;\d]*(?:Chính\s+phủ\s+điện\s+tử|EGDI|Liên\s+hợp\s+quốc))[^.;\d]*$"
    r"|công\s+bố\s+số\s+liệu\s+(?:thống\s+kê\s+)?(?!về\b)"
    r"(?![^.;\d]*(?:Chính\s+phủ\s+điện\s+tử|EGDI|Liên\s+hợp\s+quốc))[^.;\d]*$"
    # (not "Báo cáo tại hội nghị cho thấy, năm 2024, …": there the year opens what it says)
    r"|\bbáo\s+cáo\b[^.;\d]*(?<![,:]\s)(?<![,:])$"
    # "Tính đến hết năm 2022, …": the text reports up to the year's end
    # (not "Trước đó, đến cuối năm 2023, …": an earlier time than the text's)
    r"|(?<!đó,\s)(?:đến|tới)\s+(?:hết|cuối)\s+$",
    re.I,
)
# "Năm 2022, doanh thu toàn ngành … ước đạt …", "Theo Bộ TT&TT, năm 2022, …": a sentence that
# opens on a year (plans aside) reports on that whole year.
# (the comma sets the year apart as the topic; "Năm 2023 đạt 79,4%" only states a value)
YEAR_OPENS = re.compile(
    r"\W*(?:(?:Theo\s+[^,]{1,60}|Cụ\s+thể|Trong\s+đó|Riêng)\s*,\s*)?(?:trong\s+|cả\s+)?năm\s+20\d\d"
    # (…or straight on to whom it is about: "năm 2022 ngành Thông tin và Truyền thông tiếp tục …")
    r"(?:\s*,|\s+(?=(?:toàn\s+)?ngành|tỉnh|thành\s+phố|cả\s+nước|Việt\s+Nam)\b)"
    # (…or on what was done in it: "Trong năm 2023 đã tiếp nhận, giải quyết trên 67 triệu hồ sơ")
    r"|\W*Trong\s+năm\s+20\d\d\s+(?=đã\b)",
    re.I,
)
# "Hội thảo Quốc gia về Chính phủ số 2024", "Diễn đàn … Việt Nam 2023": an event named with its
# year, held in it
EVENT_NAME_YEAR = re.compile(
    r"\b(?:Hội\s+thảo|Hội\s+nghị|Diễn\s+đàn|Triển\s+lãm|Hội\s+chợ|Tuần\s+lễ|Lễ\s+hội|[Ss]ự\s+kiện)"
    r"\s+[^.;,\n\d()]{3,80}?\s(?P<y>20\d\d)\b(?!\s*[-–/.]\s*\d)"
    # "Tại sự kiện Internet Day 2023 ngày 22/11": the event's day, in its year
    r"(?:\s*,?\s*(?:diễn\s+ra\s+)?(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![/\d]))?"
)
PLANS_NEXT = re.compile(r"phương\s+hướng|nhiệm\s+vụ", re.I)
# "6 tháng đầu năm nay", "quý II", "tháng 5" with no year of their own.
RELATIVE_MONTHS = re.compile(
    r"(?:\b(?P<n>\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+tháng\s+đầu\s+năm(?:\s+nay)?|quý\s+(?P<q>IV|III|II|I|[1-4])|"
    r"\btháng\s+(?P<n2>\d{1,2}))(?!\s*(?:[/.-]\s*\d|năm\s+\d|\d))",
    re.I,
)
EVENT_MONTH_BEFORE = re.compile(r"\bvào\s+(?:(?:cuối|đầu|giữa)\s+)?$", re.I)
DAY_NO_YEAR = re.compile(r"(?:ngày|đến|tới)\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![/\d])", re.I)
# "so với tháng 4/2022", "so với cuối tháng 10/2022": a month compared with
COMPARED_BEFORE = re.compile(r"(?:so\s+với|cùng\s+kỳ|trước|với)\s*(?:cuối\s+|hết\s+)?$", re.I)


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
