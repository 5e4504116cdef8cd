"""Where a paragraph's sentences end: a stop before a capital, but not an abbreviation's."""

from __future__ import annotations

import re

# Vietnamese capitals and small letters as character classes. (A range "À-Ỹ" is no class of
# capitals: Latin Extended Additional alternates capital and small, so it holds "ở" and "Ở" both.)
ACCENTED = [chr(c) for c in range(0xC0, 0x1EFA)]
UPPER = "A-Z" + "".join(c for c in ACCENTED if c.isupper())
LOWER = "a-z" + "".join(c for c in ACCENTED if c.islower())
# A stop, then the space before a capital or a digit: where a sentence ends. (Found from the
# stop itself: the regex engine scans for a stop instead of trying look-behinds at every character.)
STOP_THEN_END = re.compile(rf"[.!?…](?<![A-Z][a-z])[\"”]?\s+(?=[\"“(]?[{UPPER}0-9])")
# "… 543,91 Mbps.Mạng internet cố định …", "(238,41 Mbps).Trước đó, …": a scraped page's
# paragraphs glued without their space (not "Tp.Hồ Chí Minh": read as the abbreviation below)
GLUED_STOP = re.compile(rf"(?<=[{LOWER}%)])\.(?=[\"“]?[{UPPER}][{LOWER}])")
SENTENCE_END = re.compile(f"{STOP_THEN_END.pattern}|{GLUED_STOP.pattern}")
# "TP. Đà Nẵng", "Tp. Hạ Long": the city's abbreviation before a name of two or more capitalised
# syllables does not end a sentence; "… GRDP TP. Đặc biệt, …" (the city named as a noun) does.
CITY_ABBREVIATION = re.compile(r"(?<!\w)[Tt][Pp]\.$")
CITY_BEFORE_NAME = re.compile(
    r"\s+(?!(?:Đặc|Đến|Tính|Theo|Trong|Tại|Năm|Hiện|Ngày|Sau|Từ|Với|Các|Những|Riêng|Toàn|Cả|"
    r"Trên|Đã|Có|Là|Và|Nhờ|Qua|Để|Về|Như|Khi|Đây|Này|Bên|Cùng|Ngoài|Do|Vì|Tuy|Nhưng|Song|"
    r"Một|Số|Tỷ|Tỉ|Kết|Lũy|Chỉ|Mặc|Thời|Giai|Nhiều|Hiện|Dự|Mục|Phấn|UBND|Sở|Ông|Bà)\b)"
    r"[A-ZĐ]\w*[ \t]+[A-ZĐ]\w*"
)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (table rows are one sentence)."""
    spans = []
    pos = start
    chunk = text[start:end]
    for m in SENTENCE_END.finditer(chunk):
        glued = m.end() == m.start() + 1
        if CITY_ABBREVIATION.search(chunk, max(0, m.start() - 2), m.start() + 1) and (
            glued or CITY_BEFORE_NAME.match(chunk, m.start() + 1)
        ):
            continue
        cut = start + m.start() + 1
        if cut > pos:
            spans.append((pos, cut))
        pos = start + m.end()
    if pos < end:
        spans.append((pos, end))
    return spans
