"""What a table's label, column header or caption writes once for its cells: the unit and scale
of its bare numbers ("Tốc độ … (Mbps)", "(%)", "(triệu)", "Số tiền thanh toán (tỷ đồng)"), a
daily average, a share named without "Tỷ lệ", a column of aims, ratios or notes rather than
results, a column's period, a column that dates each row or names its source, and the caption's
measure without its dates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.dates import month_end
from etl.numbers import MBPS_WORDS, Quantity
from etl.operator_words import (
    VENDORS,
)
from etl.periods import Period, find_dates, find_periods
from etl.phrases import PER_DAY_WORDS
from etl.whose_words import (
    SURVEY,
)

MONEY_LABEL = re.compile(r"\(\s*(nghìn\s+)?tỷ\s+(?:đồng|VNĐ|VND)\s*\)", re.I)
MBPS = re.compile("|".join(map(re.escape, MBPS_WORDS)), re.I)
# The scale a label writes once for its counts: "(triệu)", "(nghìn địa chỉ)"
LABEL_SCALE = re.compile(r"\(\s*(triệu|nghìn|ngàn|tỷ)\b[^)]*\)", re.I)
LABEL_SCALES = {"triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9}
# a label of a daily average: "Bình quân mỗi ngày (triệu giao dịch/ngày)", "Trung bình/ngày"
DAILY_LABEL = re.compile(rf"{PER_DAY_WORDS}|/\s*ngày\b", re.I)
# a label that names a share itself
RATE_WORD = re.compile(r"\s*(?:t[ỷỉ]\s+lệ|t[ỷỉ]\s+trọng)\b", re.I)
# a column of the level reached by a day: "Thực hiện đến 31/5/2025", "Lũy kế đến 30/4/2025"
READ_UP_TO = re.compile(r"\b(?:đến|tới|tính\s+đến)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/20\d\d", re.I)
# A column of targets or of ratios to them, not of results; or of notes ("Ghi chú": "giảm 26% so
# với kỳ trước", "trong đó 21.306 tài khoản doanh nghiệp" say something of the row's result)
NOT_A_RESULT = re.compile(
    r"kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu\s+(?:năm|giao)|so\s+(?:với|sánh)|\bKH\b|tăng\s*/\s*giảm|đơn\s+vị\s+tính"
    r"|^\s*ghi\s+chú\b",
    re.I,
)
# "Ước cả năm 2023" in a report of July: the year's estimate ahead of its end, no result yet
YEAR_ESTIMATE = re.compile(r"\bước\b[^\d]{0,30}?năm\s+(?P<y>(?:19|20)\d\d)", re.I)


def estimates_ahead(head: str, cutoff) -> bool:
    """Whether a column estimates a year that ends more than five weeks after the document."""
    m = YEAR_ESTIMATE.search(head)
    return bool(m) and (date(int(m.group("y")), 12, 31) - cutoff).days > 35


# a column head's words that name no measure of their own: the caption's measure reads them
GENERIC_HEAD_WORDS = re.compile(
    r"\b(?:t[ỷỉ]\s+lệ|số\s+lượng|tổng\s+số|tổng|số|giá\s+trị|kết\s+quả|thực\s+hiện|ước|lũy\s+kế|"
    r"đến|tính\s+đến|năm|tháng|quý|kỳ|đơn\s+vị|đạt|chung)\b|[%()/:,.\-–]",
    re.I,
)
# a caption's or header's dates and asides, read past for its measure
CAPTION_ASIDES = re.compile(r"\([^()]*\)|\b(?:năm|tháng|quý)\s+[\dIVX][\dIVX/.]*|\d[\d/.,]*", re.I)


def written_unit(q: Quantity, unit: str | None, scale: float | None) -> Quantity:
    """A bare count read in the unit or scale its label or unit column writes once."""
    if q.unit != "count":
        return q
    if unit:  # ("(nghìn tỷ đồng)": thousands of billions)
        return replace(q, unit=unit, value=q.value * scale if scale else q.value)
    # "Tài khoản VNeID đã kích hoạt (triệu) | 59,8"
    return replace(q, value=q.value * scale) if scale else q


def read_label_unit(label: str) -> tuple[str | None, float | None]:
    """The unit and scale a label writes once: "Tốc độ … (Mbps)", "(%)", "(triệu)"."""
    unit_hint = (
        "mbps"
        if MBPS.search(label)
        # "(%)", and a caption's "(đơn vị: %)"
        else "percent"
        if re.search(r"\(\s*(?:đơn\s+vị\s*(?:tính\s*)?:\s*)?%\s*\)", label, re.I)
        else None
    )
    scale = LABEL_SCALES.get(m.group(1).lower()) if (m := LABEL_SCALE.search(label)) else None
    if money := MONEY_LABEL.search(label):  # "Số tiền thanh toán (tỷ đồng)": billions of đồng
        return "money_vnd", 1000.0 if money.group(1) else None
    return unit_hint, scale


def named_as_share(label: str) -> str | None:
    """A percent cell's label as the share it names, when it leaves out "Tỷ lệ" ("Hồ sơ xử lý
    trực tuyến | 45,6%" reads "Tỷ lệ hồ sơ xử lý trực tuyến"); None when it says it already."""
    if RATE_WORD.match(label):
        return None
    bare = label.strip()
    # (lower the first letter of a word, not of an acronym: "DVCTT toàn trình/tổng TTHC")
    return "Tỷ lệ " + (bare[:1].lower() + bare[1:] if bare[1:2].islower() else bare)


def caption_measure(caption: str) -> str:
    """What a caption says its table measures, without its dates ("Bảng 2. Giao dịch qua NDXP
    theo tháng, quý III/2024" -> "Bảng  Giao dịch qua NDXP theo tháng,  ")."""
    return CAPTION_ASIDES.sub(" ", READ_UP_TO.sub(" ", caption))


# "Tháng | Phishing | Deface | Malware | Tổng": a bare total's column, the others its parts
TOTAL_HEAD = re.compile(r"^\s*(?:Tổng(?:\s+cộng)?|Cộng)\s*$", re.I)
MEASURE_HEAD = re.compile(r"\b(?:số|tỷ\s+lệ|trung\s+bình|bình\s+quân|giá\s+trị|tốc\s+độ)\b", re.I)

# A column that dates each row ("Chỉ tiêu | Giá trị | Nguồn | Thời điểm" over "… | 31/01/2024"):
# its cell, not the page's date, is the row's period
DATE_HEAD = re.compile(
    r"^\s*(?:Thời\s+điểm(?:\s+(?:số\s+liệu|công\s+bố|cập\s+nhật))?|Ngày(?:\s+số\s+liệu)?"
    r"|Số\s+liệu\s+(?:đến|tại)(?:\s+ngày)?|Kỳ\s+số\s+liệu|Cập\s+nhật(?:\s+đến)?)\s*$",
    re.I,
)


# A source column ("Nguồn") naming a vendor or a survey: their figures, not the country's
SOURCE_HEAD = re.compile(r"^\s*Nguồn(?:\s+số\s+liệu)?\s*$", re.I)


def column_named(header: list[tuple[int, str]], head: re.Pattern, first: int = 0) -> int | None:
    """The index of the first header cell from `first` on that `head` matches, or None."""
    return next((j for j, (_, h) in enumerate(header) if j >= first and head.match(h)), None)


def sourced_elsewhere(cells: list[tuple[int, str]], header: list[tuple[int, str]]) -> bool:
    """Whether a row's source column names a vendor or a survey ("DataReportal", "Khảo sát …")."""
    col = column_named(header, SOURCE_HEAD, 1)
    if col is None or col >= len(cells):
        return False
    return bool(VENDORS.search(cells[col][1]) or SURVEY.search(cells[col][1]))


DAY_WORD = re.compile(r"(?:ngày\s*)?", re.I)
# "2023", "Năm 2023", and a result column's year: "Thực hiện 2023", "Kết quả năm 2024"
BARE_YEAR = re.compile(
    # (…written short, or as an estimate near the year's end: "TH 2023", "Ước TH 2024")
    r"^\s*(?:(?:ước\s+)?(?:thực\s+hiện|kết\s+quả|số\s+liệu|TH|ƯTH)\s+)?(?:năm\s+)?((?:19|20)\d\d)\s*$",
    re.I,
)


# (a cell's bare "01/2024" is a month, where a sentence's would be a fraction)
BARE_MONTH = re.compile(r"\s*(0?[1-9]|1[0-2])/((?:19|20)\d\d)\s*$")


def read_header_period(head: str, year: int, cutoff, ref_month, past_month) -> list:
    """A column header's or a date column's period: its words ("Tháng 11/2024", "Quý I"), a bare
    year ("2023"), a bare month ("01/2024") or a bare day ("31/3/2025", a level then)."""
    m = BARE_YEAR.match(head)
    if m:
        y = int(m.group(1))
        return [Period("year", date(y, 1, 1), date(y, 12, 31))]
    if m := BARE_MONTH.fullmatch(head):
        y, month = int(m.group(2)), int(m.group(1))
        return [Period("month", date(y, month, 1), month_end(y, month))]
    bare = head.strip()
    dates = find_dates(bare)  # the genre's date reader: "31/3/2025", "31-3-2025", "ngày 31/3/2025"
    if len(dates) == 1 and dates[0][1] == len(bare) and DAY_WORD.fullmatch(bare[: dates[0][0]]):
        return [Period("as_of", dates[0][2], dates[0][2])]
    return find_periods(head, year, cutoff, ref_month, past_month)


# A unit written on its own line under a caption ("Đơn vị tính: triệu giao dịch"), an aside
# under a heading ("(Kèm theo Báo cáo số … )"), and a column's unit bracket ("Bộ, ngành (%)")
UNIT_LINE = re.compile(r"\W*Đơn\s+vị(?:\s+tính)?\s*:\s*(?P<unit>[^.;()]{1,40})\.?", re.I)
ASIDE_LINE = re.compile(r"\((?:Kèm\s+theo|Ban\s+hành\s+kèm)[^()]*\)", re.I)
UNIT_BRACKET = re.compile(r"\s*\(\s*(?:%|Mbps|triệu|nghìn|tỷ\s+đồng)\s*\)\s*$", re.I)


def caption_above(text: str) -> str:
    """A table's caption from the text above its header: its last line, with the line over a
    unit line or an aside ("Bảng 2. … quý I/2024 (triệu giao dịch)")."""
    # (the normalized text sets a blank line between paragraphs: the line over is the last one
    # with words)
    lines = [line for line in text.rstrip().rsplit("\n", 4) if line.strip()] or [""]
    unit = UNIT_LINE.fullmatch(lines[-1].strip())
    if unit and len(lines) > 1:  # "Bảng 2. … quý I/2024" over "Đơn vị tính: triệu giao dịch"
        return f"{lines[-2]} ({unit.group('unit').strip()})"
    if ASIDE_LINE.fullmatch(lines[-1].strip()) and len(lines) > 1:
        return f"{lines[-2]} {lines[-1]}"  # "KẾT QUẢ … 6 THÁNG ĐẦU NĂM 2024" over "(Kèm theo …)"
    return lines[-1]


def dated_before(header: list[tuple[int, str]], first: int, read) -> list:
    """For each column, the period of the last dated column before it (the first dated column
    for those before any); None where the header dates no column."""
    dated = [
        found[0]
        if (found := read(h)) and found[0].kind != "date" and not found[0].relative
        else None
        for _, h in header
    ]
    dated[: first + 1] = [None] * (first + 1)
    last = next((p for p in dated if p is not None), None)
    references = []
    for p in dated:
        references.append(last)
        last = p or last
    return references


# ("Hồ sơ trực tuyến | Tỷ lệ trực tuyến (%)": a share of the column before, named short)
BARE_RATE_HEAD = re.compile(
    r"^\s*T[ỷỉ]\s+lệ(?:\s+(?:trực\s+tuyến|toàn\s+trình|chung))?\s*(?:\(\s*%\s*\))?\s*$", re.I
)
# a column's day in brackets after its words: "… TTHC (%) (đến 31/8/2024)"
DAY_ASIDE = re.compile(rf"\s*\(\s*(?:{READ_UP_TO.pattern})\s*\)\s*$", re.I)
