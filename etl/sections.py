"""Document structure the extractor needs: task sections to skip, lead-in paragraphs."""

from __future__ import annotations

import re

from etl.column_gaps import MEASURE_WORDS
from etl.normalize import NormalizedText, Paragraph
from etl.phrases import RELATED

TASK_SECTION = re.compile(
    r"^(?:[A-Z]|[IVX]{1,4})\.\s+(?:VỀ\s+)?(?:PHƯƠNG\s+HƯỚNG|NHIỆM\s+VỤ|ĐỀ\s+XUẤT|KIẾN\s+NGHỊ|GIẢI\s+PHÁP|"
    # a plan's "II. CHỈ TIÊU CỤ THỂ", "II. MỤC TIÊU", a report's "III. KẾ HOẠCH KỲ TỚI": targets
    r"(?-i:MỤC\s+TIÊU|CHỈ\s+TIÊU|KẾ\s+HOẠCH))",
    re.I,
)
# …or a numbered heading in small letters naming the year aimed at: "4. Chỉ tiêu năm 2023", "3.
# Kế hoạch năm 2026", ending at the next numbered heading
NUMBERED_TASK = re.compile(
    r"^\d{1,2}\.\s+(?:Các\s+|Những\s+)?(?:Chỉ\s+tiêu|Mục\s+tiêu|Kế\s+hoạch|Phương\s+hướng)\b[^.;\n\d]{0,40}"
    r"(?:19|20)\d\d\s*:?\s*$"
)
NUMBERED = re.compile(r"^\d{1,2}\.\s+\S")
TOP_SECTION = re.compile(r"^(?:[A-Z]|[IVX]{1,4})\.\s+\S")
# "III. KẾT QUẢ THỰC HIỆN …", "I. TÌNH HÌNH …", a plan's "II. THỰC TRẠNG": a section of results
# or of the state things are in ends one of tasks
RESULTS_SECTION = re.compile(
    r"^(?:[A-Z]|[IVX]{1,4})\.\s+(?-i:KẾT\s+QUẢ|TÌNH\s+HÌNH|ĐÁNH\s+GIÁ|THỰC\s+TRẠNG|HIỆN\s+TRẠNG)",
    re.I,
)


def find_task_spans(nt: NormalizedText) -> list[tuple[int, int]]:
    """Return text spans of sections that list tasks and targets, not results."""
    spans = []
    start, numbered = None, False
    for para in nt.paragraphs:
        if para.kind == "footnote":
            break
        head = nt.text[para.start : para.end]
        if TASK_SECTION.match(head) or NUMBERED_TASK.match(head):
            start, numbered = (para.start if start is None else start), bool(NUMBERED.match(head))
        elif start is not None and (
            (TOP_SECTION.match(head) and not re.match(r"^[IVX]{1,4}\.", head))
            or RESULTS_SECTION.match(head)
            or (numbered and NUMBERED.match(head))
        ):
            spans.append((start, para.start))
            start = None
    if start is not None:
        footnote_start = next(
            (p.start for p in nt.paragraphs if p.kind == "footnote"), len(nt.text)
        )
        spans.append((start, footnote_start))
    return spans


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Say whether an offset falls inside any span."""
    return any(s <= offset < e for s, e in spans)


def in_task_section(nt: NormalizedText, para: Paragraph, spans: list[tuple[int, int]]) -> bool:
    """Whether a paragraph (a footnote: its anchor) lies in a section of tasks and targets."""
    if para.kind == "footnote":
        anchor_offset = nt.footnotes[para.footnote].anchor_offset
        return anchor_offset is not None and in_spans(anchor_offset, spans)
    return in_spans(para.start, spans)


# ("1. Phủ sóng 5G đạt 45% dân số;" under "Những chỉ tiêu chính năm 2025:": numbered too)
LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}[.)])\s")
# "Bảng 3. Giao dịch qua Nền tảng NDXP (đơn vị: triệu giao dịch)", "III. THANH TOÁN TRỰC TUYẾN
# (đơn vị: tỷ đồng)": a caption that writes the unit once for the items under it
UNIT_NOTE_ANYWHERE = re.compile(
    r"\(\s*(?:đơn\s+vị(?:\s+tính)?|ĐVT)\s*:\s*(?P<unit>[^()]{1,40})\)", re.I
)
UNIT_NOTE = re.compile(UNIT_NOTE_ANYWHERE.pattern + r"\s*:?\s*$", re.I)


# "Tốc độ truy cập Internet trung bình (Mbps):" over "- Tháng 8/2024: cố định 143,2 – di động 56,1"
UNIT_BEFORE_COLON = re.compile(
    r"\(\s*(?P<unit>Mbps|Mb/s|(?:triệu|nghìn|tỷ)\b[^()]{0,30})\)\s*:\s*$", re.I
)


def unit_note(lead: str) -> str:
    """The unit a lead's caption writes once, as a label would: "(triệu giao dịch)", or ""."""
    notes = UNIT_NOTE_ANYWHERE.findall(lead[-400:]) or UNIT_BEFORE_COLON.findall(lead[-60:])
    return f"({notes[-1]})" if notes else ""


# "Tỷ lệ hộ gia đình có Internet cáp quang (đến 31/12/2024)" over "- Hà Nội: 96,3%": a measure
# named as a caption, short, with no figure of its own and no full stop
MEASURE_CAPTION = re.compile(
    # (…or a numbered item of a report's indicators: "1. Chỉ tiêu: Tỷ lệ hồ sơ xử lý trực tuyến")
    r"\s*(?:Bảng\s+\d+[.:]\s*|\d{1,2}[.)]\s+)?(?:Chỉ\s+tiêu\s*:\s*)?"
    rf"(?:{MEASURE_WORDS})\s[^\d.;:!?]{{5,90}}"
    r"(?:\([^()]{0,30}\))?\s*"
)


def opens_items(text: str, over_item: bool = False) -> bool:
    """Whether a paragraph introduces the items under it: "… như sau:", a unit's caption, or
    (right over a list item) a measure's caption."""
    text = text.rstrip()
    return (
        text.endswith(":")
        or bool(UNIT_NOTE.search(text[-60:]))
        or (over_item and bool(MEASURE_CAPTION.fullmatch(text)))
    )


def lead_paragraphs(nt: NormalizedText, index: int) -> str:
    """Return the paragraphs that introduce paragraph `index` (up to one ending with ':')."""
    texts = []
    for j in range(index - 1, max(-1, index - 40), -1):
        para = nt.paragraphs[j]
        if para.kind == "footnote":
            break
        text = nt.text[para.start : para.end]
        if len(texts) >= 3:
            # a long list ("- …" items under "Tóm tắt một số chỉ số tháng 11/2024:") keeps its
            # lead (alone: the items between have periods of their own, "Lũy kế từ năm 2019")
            if not LIST_ITEM.match(texts[-1]):
                break
            if opens_items(text, over_item=True):
                return text
            texts.append(text)
            continue
        texts.append(text)
        if opens_items(
            text, over_item=bool(LIST_ITEM.match(nt.text[nt.paragraphs[j + 1].start :]))
        ):
            return " ".join(reversed(texts))
    return ""


def table_cells(text: str, para: Paragraph) -> list[tuple[int, str]] | None:
    """(offset, text) of each cell of a table row: tab-separated, or a "a | b | c" line."""
    line = text[para.start : para.end]
    if para.kind == "table_row":
        parts = list(re.finditer(r"[^\t]+", line))
    elif line.count("|") >= 2 and len(line) < 400:
        parts = list(re.finditer(r"[^|]+", line))
    else:
        return None
    cells = []
    for m in parts:
        raw = m.group(0)
        if raw.strip():
            cells.append((para.start + m.start() + len(raw) - len(raw.lstrip()), raw.strip()))
    if para.kind != "table_row" and (
        len(cells) < 2 or all(LABELLED_CELL.match(c) for _, c in cells)
    ):
        return None  # "DVCTT toàn trình 58,9% | Hồ sơ trực tuyến 72,05%": a list on one line
    return cells


def two_column_rows(text: str, paragraphs: list[Paragraph]) -> dict[int, list[tuple[int, str]]]:
    """Cells of "label | value" lines that stand two or more in a row (a two-column table:
    "Chỉ tiêu | Giá trị" over "Tỷ lệ hồ sơ trực tuyến | 85,2%"), by paragraph index."""
    pairs = {}
    for i, para in enumerate(paragraphs):
        line = text[para.start : para.end]
        if line.count("|") != 1 or len(line) > 200 or para.kind != "text":
            continue
        left, right = line.split("|")
        longest = 80 if HEADER_LEFT.match(left) else 40  # (a header names a period, a place)
        if left.strip() and right.strip() and len(right.strip()) <= longest:
            cut = para.start + len(left) + 1
            pairs[i] = [
                (para.start + len(left) - len(left.lstrip()), left.strip()),
                (cut + len(right) - len(right.lstrip()), right.strip()),
            ]
    # a run whose first line is a header ("Chỉ tiêu | Giá trị", no figure): headerless runs
    # ("Tháng 1/2025 | 98,4" under a caption) are read line by line as before
    kept: dict[int, list[tuple[int, str]]] = {}
    for i in sorted(pairs):
        if i - 1 in kept:
            kept[i] = pairs[i]
        elif i + 1 in pairs and (
            not re.search(r"\d", pairs[i][1][1]) or HEADER_LEFT.match(pairs[i][0][1])
        ):
            kept[i] = pairs[i]  # (a header may date its column: "Chỉ tiêu | Kết quả 6 tháng …")
    return kept


# The first cell of a table's header row ("Chỉ tiêu | …", "Nội dung | …")
HEADER_LEFT = re.compile(r"^\s*(?:Chỉ\s+tiêu|Nội\s+dung|Tiêu\s+chí|Chỉ\s+số)\s*$", re.I)


# A cell that names its own figure: words, then a number that is no date ("… 58,9%", "Số giao
# dịch 112.406.391"); a header's "Tháng 7/2025" is a date.
# ("xếp hạng 45/111", a place among others, too; "Tháng 7/2025" not)
LABELLED_CELL = re.compile(
    r"[^\W\d][^|]*?\s(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*(?:/\d{1,3}(?![\d/]))?(?<!/)(?!/|[\d.,])"
    r"(?<!\b(?:19|20)\d\d)\s*(?:%|Mbps|triệu|nghìn|tỷ|[^\W\d]{1,12})?\s*$",
    re.I,
)


def find_furniture(nt: NormalizedText) -> set[int]:
    """Headline and page furniture: the short lines without a full stop before the body."""
    found: set[int] = set()
    body = [i for i, p in enumerate(nt.paragraphs) if p.kind == "text"]
    for i in body[:-1]:
        para = nt.paragraphs[i]
        line = nt.text[para.start : para.end].strip()
        if len(line) > 160 or re.search(r"[.:;!?…]\s*$", line):
            break  # the body has begun
        found.add(i)
    return found


def headline_only(rows: list[dict], headline: list[dict], sourced: set[float]) -> list[dict]:
    """The headline's rows for what the body does not state, nor gives as another source's."""
    # A headline rounds what the body states ("Hơn 600 trạm BTS 5G"): it counts only for what the
    # body does not state at all; and it names no source, so a figure the body gives as a
    # vendor's, a survey's or an operator's ("Theo tổng hợp của NCS, năm 2023 đã ghi nhận 13.900
    # vụ tấn công mạng") is theirs in the headline too (not a round 100, which many reach)
    stated = {(r["indicator"], r["breakdown"]) for r in rows}
    return [
        r
        for r in headline
        if (r["indicator"], r["breakdown"]) not in stated
        and (r["value"] not in sourced or r["value"] == 100)
    ]


def find_related_links(nt: NormalizedText, tables: set[int]) -> set[int]:
    """The paragraphs of "Xem thêm:", "Tin liên quan" lists: other articles' headlines (the
    table rows, `tables`, neither open nor close such a list)."""
    found: set[int] = set()
    related = False  # inside such a list
    for index, para in enumerate(nt.paragraphs):
        if index in tables:
            continue
        text = nt.text[para.start : para.end]
        if RELATED.match(text) and len(text) < 200:
            related = True
            found.add(index)
            continue
        if related and len(text) < 200 and not re.search(r"[.;:]\s*$", text):
            found.add(index)  # another article's headline, not this text's figure
            continue
        related = False
    return found


def without_related(text: str) -> str:
    """The text without its "Xem thêm:" / "Tin liên quan" lists (other articles' headlines)."""
    lines, related = [], False
    for line in text.split("\n"):
        related = bool(RELATED.match(line)) or (
            related and len(line) < 200 and not line.strip().endswith((".", ";", ":"))
        )
        lines.append("" if related else line)
    return "\n".join(lines)
