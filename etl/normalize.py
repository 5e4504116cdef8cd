"""Normalise report text: NFC, joined hard-wrapped lines, footnotes cut out and linked back."""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from etl.column_gaps import align_cells, align_narrow, align_spaced
from etl.column_headers import merge_stacked_headers
from etl.footnotes import (
    NOTES_RULE,
    detect_footnote_style,
    opens_notes,
    remove_markers,
    split_footnotes,
)
from etl.sentences import LOWER, UPPER, split_sentences
from etl.stacked_cells import align_stacked

# A line that opens a new block: list dashes, "1.", "a)", "II.", "A.", "[3]".
# (a page's copyright line, "© 2025 Báo Điện tử Chính phủ", is furniture of its own)
BLOCK_START = re.compile(
    r"^\s*(?:[-+•*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s|[IVX]{1,4}\.\s|[A-ZĐ]\.\s|\[\d{1,2}\]|©)"
)
TERMINAL = tuple('.:;!?…"”)')
UPPER_START = re.compile(rf"^\s*[\"“(]?[{UPPER}]")
LOWER_START = re.compile(rf"^\s*[{LOWER}]")
# (a figure with its unit or noun, and a bracketed share: "… 108,2 triệu (85,7%)")
FIGURE_END = re.compile(r"\d\s*(?:%|[^\W\d]{1,7})?\s*(?:\([^()]{1,20}\))?\s*$")
# (…up to fifty letters, as a portal's box writes them: "Hồ sơ trực tuyến thực hiện qua Cổng: …")
LABEL_START = re.compile(rf"^\s*[{UPPER}][^\d:;.]{{1,50}}:\s")


@dataclass
class Footnote:
    """A footnote body and the place in the main text that points to it."""

    number: int
    body_start: int
    body_end: int
    anchor_offset: int | None  # where the marker stood in the main text


@dataclass
class Paragraph:
    """A paragraph (or table row) of the normalized text."""

    start: int
    end: int
    kind: str = "text"  # text | table_row | footnote
    footnote: int | None = None


@dataclass
class NormalizedText:
    """The normalized text and its structure; every offset indexes into `text`."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: dict[int, Footnote] = field(default_factory=dict)

    def sentences(self, para: Paragraph) -> list[tuple[int, int]]:
        """Split a paragraph into sentence spans."""
        return split_sentences(self.text, para.start, para.end)

    def anchor_sentence(self, number: int) -> tuple[int, int] | None:
        """Return the span of the sentence carrying footnote `number`'s marker."""
        note = self.footnotes.get(number)
        if note is None or note.anchor_offset is None:
            return None
        for para in self.paragraphs:
            if para.start <= note.anchor_offset <= para.end and para.kind != "footnote":
                for s, e in self.sentences(para):
                    if s <= note.anchor_offset <= e:
                        return s, e
        return None


def clean_characters(raw: str) -> str:
    """NFC, plain spaces, LF line ends, no zero-width characters."""
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\u2009\u200a\u3000]", " ", text)
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    # A saved page's date stamp (" date 2022-08") stands on its own line, even when the body
    # follows it on the same line: it is page furniture, not the first sentence's subject.
    text = re.sub(r"\A(\s*date\s+(?:19|20)\d\d-\d{2}(?:-\d{2})?)[ \t]+(?=\S)", r"\1\n", text)
    lines = merge_stacked_headers([line.rstrip() for line in text.split("\n")])
    lines = align_narrow([align_cells(line) for line in lines])
    return "\n".join(align_stacked(align_spaced(lines)))


HYPHEN_BREAK = re.compile(r"[^\W\d_]-\s*$")
# A report's running header or footer between its pages: "Số: 2250/BC-BTTTT     Trang 5/16"
RUNNING_LINE = re.compile(r"\s*(?:Số:\s*\S+\s+)?Trang\s+\d{1,3}\s*/\s*\d{1,3}\s*")
LAYOUT_LINE = re.compile(r"\s*(\||-{3,}|_{3,}|={3,})\s*")  # compiled once: read for every line


def drop_layout_lines(lines: list[str]) -> list[str]:
    """Drop lines that are only layout: `|` column separators, rules of dashes, page numbers."""
    # (a rule over a page's notes stays for split_footnotes: "______" over "4 Tính đến …")
    kept = [
        ln
        for i, ln in enumerate(lines)
        if not (LAYOUT_LINE.fullmatch(ln) or RUNNING_LINE.fullmatch(ln))
        or (NOTES_RULE.fullmatch(ln) and opens_notes(lines, i))
    ]
    return [ln for i, ln in enumerate(kept) if not is_page_number(kept, i)]


PAGE_NUMBER = re.compile(r"\s*[-–]?\s*\d{1,3}\s*[-–]?\s*")


def is_page_number(lines: list[str], i: int) -> bool:
    """ "tỷ lệ hồ sơ trực / 2 / tuyến toàn trình …": a PDF page's number inside a broken sentence."""
    if not PAGE_NUMBER.fullmatch(lines[i]):
        return False
    before = next((ln for ln in reversed(lines[max(0, i - 3) : i]) if ln.strip()), "")
    after = next((ln for ln in lines[i + 1 : i + 4] if ln.strip()), "")
    return (
        bool(before) and not before.rstrip().endswith(TERMINAL) and bool(LOWER_START.match(after))
    )


def is_wrapped(lines: list[str]) -> bool:
    """Say whether the text is hard-wrapped (short lines) rather than one paragraph a line."""
    lengths = [len(ln) for ln in lines if ln.strip()]
    return bool(lengths) and statistics.median(lengths) < 120


def join_lines(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs; keep table rows and list items apart."""
    wrapped = is_wrapped(lines)
    lengths = sorted(len(ln.strip()) for ln in lines if ln.strip())
    # The wrap width: a high percentile, so one long table row does not set it; any line will
    # do in a text of a few lines.
    width = lengths[int(0.9 * (len(lengths) - 1)) if len(lengths) >= 10 else -1] if lengths else 0
    paras: list[str] = []
    current, last = "", ""
    pending_blank = False
    for line in lines:
        if not line.strip():
            pending_blank = True
            continue
        if not current:
            current, last, pending_blank = line.strip(), line.strip(), False
            continue
        # A short line left open before a capitalised one is a headline, not a wrapped line.
        heading = wrapped and len(last) < 0.6 * width and bool(UPPER_START.match(line))
        if not heading and should_join(current, line, wrapped, pending_blank):
            # ("… xử lý trực tuy-" over "ến trên địa bàn …": a word a PDF broke at a hyphen)
            broken = HYPHEN_BREAK.search(current) and LOWER_START.match(line)
            current = (
                current.rstrip()[:-1] + line.strip()
                if broken
                else current.rstrip() + " " + line.strip()
            )
            last = line.strip()
        else:
            paras.append(current)
            current = line.strip() if "\t" not in line else line.strip(" ")
            last = current
        pending_blank = False
    if current:
        paras.append(current)
    return paras


# A photo caption ends with its credit: "… ở Hà Nội - Reuters/Kham", "… (Ảnh: Quý Bắc)", "…
# Ảnh nguồn: Bộ Nội vụ |" (a scraped page's caption cell).
CREDIT = r"\bẢnh(?:\s+(?:nguồn|minh\s+họa))?\s*:\s*[^.\n|]{1,40}"  # "Ảnh nguồn: Bộ Nội vụ"
PHOTO_CREDIT = re.compile(
    r"(?:\s[-–]\s*(?:Ảnh\b|Reuters|AFP|AP\b|TTXVN|VNA|Getty)[^.\n]{0,40}|\(Ảnh\s*:[^)]{0,60}\)"
    rf"|{CREDIT})\s*\|?\s*$"
)
CREDIT_ONLY = re.compile(rf"\W*{CREDIT}\|?\s*")


def is_photo_credit(sentence: str) -> bool:
    """Whether a sentence is only a photo's credit ("Ảnh nguồn: Bộ Nội vụ |"): no text of its own."""
    return bool(CREDIT_ONLY.fullmatch(sentence))


STAMP_LINE = re.compile(
    r"^\s*(?:(?:Thứ\s+\S+|Chủ\s+nhật),?\s*)?(?:Cập\s+nhật:?\s*)?\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*\(?GMT\s*\+\s*7\)?)?)?\s*$",
    re.I,
)


def should_join(current: str, line: str, wrapped: bool, after_blank: bool) -> bool:
    """Decide whether `line` continues the paragraph `current`."""
    if "\t" in line or "\t" in current or BLOCK_START.match(line):
        return False
    if line.count("|") >= 2 or current.count("|") >= 2:
        return False  # a table written with pipes: "Chỉ tiêu | Tháng 7/2025 | Tháng 8/2025"
    if "|" in line and "|" in current:
        return False  # …or two columns: "Chỉ tiêu | Giá trị", "Tỷ lệ hồ sơ trực tuyến | 85,2%"
    if current.rstrip().endswith("|"):
        return False  # …or a scraped caption's cell: "Bảng xếp hạng … Ảnh nguồn: Bộ Nội vụ |"
    if STAMP_LINE.match(line) or STAMP_LINE.match(current):
        return False  # "Thứ Năm, 06/03/2025 | 09:12": a page's date stamp stands alone
    if PHOTO_CREDIT.search(current):
        return False  # "Một người sử dụng smartphone ở Hà Nội - Reuters/Kham": a caption
    ends_open = not current.rstrip().endswith(TERMINAL)
    if after_blank:
        # A page break inside a sentence: "các ngành,\n\nlĩnh vực".
        return ends_open and bool(LOWER_START.match(line))
    if not wrapped:
        return ends_open and bool(LOWER_START.match(line))
    if not ends_open and UPPER_START.match(line):
        return False
    # "… Hồ sơ trực tuyến 68,4%" then "Toàn quốc: …": a figure ends a line, a label opens the next
    return not (FIGURE_END.search(current) and LABEL_START.match(line))


def normalize_text(raw: str) -> NormalizedText:
    """Turn raw report text into normalized text with paragraphs and linked footnotes."""
    lines = drop_layout_lines(clean_characters(raw).split("\n"))
    style = detect_footnote_style(lines)
    main_lines, bodies = split_footnotes(lines, style)
    main_text = "\n".join(main_lines)
    main_text, anchors = remove_markers(main_text, style, set(bodies))
    paras = join_lines(main_text.split("\n"))
    # Marker offsets refer to the unjoined text; re-find them by the text before each marker.
    anchor_keys = {n: locate_context(main_text, off) for n, off in anchors.items()}

    pieces: list[str] = []
    structure: list[Paragraph] = []
    pos = 0
    for para in paras:
        kind = "table_row" if "\t" in para else "text"
        structure.append(Paragraph(pos, pos + len(para), kind))
        pieces.append(para)
        pos += len(para) + 2
    text = "\n\n".join(pieces)
    footnotes: dict[int, Footnote] = {}
    for number in sorted(bodies):
        body = bodies[number]
        if not body:
            continue
        text += "\n\n" + body
        start = len(text) - len(body)
        structure.append(Paragraph(start, len(text), "footnote", number))
        anchor = find_context(text, anchor_keys.get(number))
        footnotes[number] = Footnote(number, start, len(text), anchor)
    return NormalizedText(text=text, paragraphs=structure, footnotes=footnotes)


def locate_context(text: str, offset: int) -> str:
    """Return the whitespace-folded words just before an offset (to re-find it after joining)."""
    return " ".join(text[max(0, offset - 60) : offset].split())


def find_context(text: str, key: str | None) -> int | None:
    """Find where a whitespace-folded context ends in the joined text."""
    if not key:
        return None
    pattern = r"\s+".join(re.escape(w) for w in key.split())
    m = re.search(pattern, text)
    return m.end() if m else None
