"""The span a title or a section's heading reviews: what the undated figures under it are of."""

from __future__ import annotations

import re
from datetime import date

from etl.cues import SPAN_KINDS
from etl.periods import Period, find_periods, month_named

# A span written alone: "Năm 2024", "Quý I/2025", "6 tháng đầu năm 2025", "Tháng 5/2025"
SPAN_WORDS = (
    r"(?:Năm\s+20\d\d|Quý\s+(?:IV|III|II|I|[1-4])(?:\s*/\s*|\s+năm\s+)20\d\d|"
    r"(?:\d{1,2}|[Ss]áu|[Cc]hín)\s+tháng(?:\s+đầu)?(?:\s+năm)?\s+20\d\d|Tháng\s+\d{1,2}\s*/\s*20\d\d)"
)
# "Năm 2024: Hơn 45% hồ sơ …", "6 tháng đầu năm 2025: …": a title that opens on the span it reviews
# (a colon or dash: "Năm 2023, tỷ trọng này là 16,5%." opens a sentence of the body)
TITLE_SPAN = re.compile(rf"{SPAN_WORDS}\s*[:–-]\s", re.I)


# A title naming the span a report reviews: "BÁO CÁO THÁNG 5/2025", "(Trích Báo cáo tháng 5/2025
# …)", "Kết quả chuyển đổi số quý II/2025", "Tình hình chuyển đổi số quốc gia tháng 10/2024"
REPORT_OF_SPAN = re.compile(
    # (…and a bulletin's: "Bản tin an toàn thông tin tháng 11/2022")
    r"\(?\s*(?:Trích\s+)?(?:Báo\s+cáo|Kết\s+quả|Tình\s+hình|Sơ\s+kết|Tổng\s+kết|Số\s+liệu|Bản\s+tin)\s+"
    r"(?:[^()\n\d]{0,80}?\s)?(?:tháng\s+\d{1,2}\s*/\s*20\d\d|quý\s+(?:IV|III|II|I|[1-4])\s*/\s*20\d\d"
    r"|(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+20\d\d|năm\s+20\d\d)"
    # "(Kỳ báo cáo: từ ngày 16/4/2025 đến ngày 15/5/2025)": the window a monthly report counts
    r"|\(?\s*Kỳ\s+báo\s+cáo\s*:?\s*từ\s+ngày\s+[\d/.-]+\s+đến\s+(?:hết\s+)?ngày\s+[\d/.-]+",
    re.I,
)
# …and after the name of what it reports on, as the whole line: "Cổng DVCQG: kết quả 4 tháng
# đầu năm 2025" (not "Bộ trưởng nhấn mạnh: kết quả năm 2024 là nền tảng …")
NAMED_REPORT_OF_SPAN = re.compile(rf"[^:\n\d]{{3,60}}:\s*(?:{REPORT_OF_SPAN.pattern})\s*$", re.I)


def past_masthead(line: str) -> str:
    """A line past the words in capitals that open it, when three or more do (a masthead)."""
    words = line.split(" ")
    caps = next((i for i, w in enumerate(words) if not (w.isupper() or w in ("&", "-", "–"))), 0)
    return " ".join(words[caps:]) if caps >= 3 else line


def find_title_span(text: str, cutoff: date) -> Period | None:
    """The span a title opens on, when it is over by the text's date: what undated figures in
    the text are of ("Năm 2024: …" published in February 2025)."""
    lines = [line.strip() for line in text[:1000].split("\n") if line.strip()][:5]
    for line in lines:
        # …or closes its name with one: "Cổng DVCQG quý I/2024: 1,86 triệu hồ sơ trực tuyến"
        m = TITLE_SPAN.match(line) or TITLE_SPAN.search(line[:60]) if len(line) <= 160 else None
        if m and m.start() and not m.group().rstrip().endswith(":"):
            m = None
        # "… đạt 88,2% (năm 2023: 77,7%)": a bracket giving an earlier value names no title
        if m and line.rfind("(", 0, m.start()) > line.rfind(")", 0, m.start()):
            m = None
        # "(Trích Báo cáo tháng 5/2025 của Bộ …)", also after a masthead run into the title
        # ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG NAM Kết quả … quý III/2024")
        titled = past_masthead(line)
        m = m or REPORT_OF_SPAN.match(titled) or NAMED_REPORT_OF_SPAN.match(titled)
        spans = find_periods(m.group(), cutoff.year, cutoff) if m else []
        if spans and spans[0].kind in SPAN_KINDS and spans[0].end < cutoff:
            return Period(spans[0].kind, spans[0].start, spans[0].end)
    return None


DATA_MONTH_NOTE = re.compile(
    r"\(?\s*Số\s+liệu\s+(?:tính\s+)?(?:đến\s+(?:hết\s+)?)?tháng\s+\d{1,2}\s*/\s*20\d\d\s*\)?", re.I
)


def data_month_note(text: str, year: int, cutoff: date) -> Period | None:
    """The month a line that only notes the data's month names ("(Số liệu tháng 5/2025)")."""
    text = text.strip()
    if not DATA_MONTH_NOTE.fullmatch(text):
        return None
    periods = find_periods(text, year, cutoff)
    return next(filter(None, (month_named(p, text) for p in periods)), None)


# "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022", "I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2022": a
# section's heading (capitals or a numbered line, short, no full stop)
NUMBERED_HEADING = re.compile(r"\s*(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s+\S")
NOTE_AT_END = re.compile(r"\s*\([^()]*\)$")


# A numbered heading in small letters, with no figure: "1. Cổng Dịch vụ công quốc gia"
SUBHEADING = re.compile(r"(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+[^\d.;:!?]{3,100}")
PERIOD_FLOWS = re.compile(r"\bTRONG\s+(?:KỲ|THÁNG|QUÝ|NĂM)\b")  # "I. KẾT QUẢ TRONG KỲ"


# A line that is only a span, numbered or not: "Năm 2023", "2. Quý I/2024", "6 tháng đầu năm 2024:"
SPAN_HEADING = re.compile(rf"(?:(?:[IVX]{{1,4}}|\d{{1,2}}|[a-zđ])[.)]\s+)?{SPAN_WORDS}\s*:?", re.I)


def names_section(text: str) -> bool:
    """Whether a line heads a section: in capitals, a numbered line with no figure, or a span."""
    text = text.strip()
    return is_heading(text) or bool(SUBHEADING.fullmatch(text) or SPAN_HEADING.fullmatch(text))


def is_heading(text: str) -> bool:
    """Whether a line is a section's heading: capitals, or a numbered line in capitals."""
    text = text.strip()
    if len(text) > 120 or text.endswith((".", ";", ":")):
        return False
    # "KẾT QUẢ CUNG CẤP DVCTT (số liệu tháng 02/2025)": a bracketed note may be in small letters
    words = NOTE_AT_END.sub("", text)
    numbered = NUMBERED_HEADING.match(words)
    return bool(words.isupper() or numbered and words[numbered.end() - 1 :].isupper())


def heading_span(text: str, cutoff: date) -> Period | None | bool:
    """The span a section's heading reviews, over by the text's date; None for a heading of a
    span not over (a plan's "NHIỆM VỤ NĂM 2023"); False for no heading or one naming no span."""
    text = text.strip()
    if not is_heading(text) and not SPAN_HEADING.fullmatch(text):
        return False
    spans = [p for p in find_periods(text, cutoff.year, cutoff) if p.kind in SPAN_KINDS]
    if not spans:
        return False
    last = spans[-1]
    return Period(last.kind, last.start, last.end) if last.end < cutoff else None
