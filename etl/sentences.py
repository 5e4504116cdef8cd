"""Where a paragraph's sentences end: a stop before a capital, but not an abbreviation's."""

from __future__ import annotations

import re

# A stop, then the space before a capital or a digit: where a sentence ends. (Found from the
# stop itself: the regex engine scans for a stop instead of trying look-behinds at every character.)
STOP_THEN_END = re.compile(r"[.!?…](?<![A-Z][a-z])[\"”]?\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")
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
    for m in STOP_THEN_END.finditer(chunk):
        if CITY_ABBREVIATION.search(
            chunk, max(0, m.start() - 2), m.start() + 1
        ) and CITY_BEFORE_NAME.match(chunk, m.start() + 1):
            continue
        cut = start + m.start() + 1
        if cut > pos:
            spans.append((pos, cut))
        pos = start + m.end()
    if pos < end:
        spans.append((pos, end))
    return spans
