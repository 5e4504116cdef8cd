"""Numbers that are no level: either end of a range ("từ 500 - 600 Mbps") and a bound several
places or bodies share ("Một số tỉnh đạt trên 90%", "3/11 huyện đạt trên 30%")."""

from __future__ import annotations

import re

from etl.numbers import BARE_NUMBER, Quantity
from etl.provinces import canonical_province, province_name_pattern
from etl.restated_figures import APPROXIMATE

# A range's two ends joined by a dash: "500 - 600 Mbps", "5–7%"
RANGE_DASH = re.compile(r"\s*[-–]\s*\d")

# "Nhiều Bộ, ngành đạt tỷ lệ hoàn thành trên 70%", "Một số tỉnh đạt trên 90%", "3/11 huyện, thành
# phố đạt trên 30%": several share it
MANY_BODIES = re.compile(
    r"\b(?:nhiều|một\s+số|hầu\s+hết|đa\s+số)\s+(?:bộ|tỉnh|địa\s+phương|cơ\s+quan)", re.I
)
# "3/11 huyện, thành phố đạt trên 30%", "cả nước đã có 70 bộ, ngành, địa phương hoàn thành việc
# đưa 100% dịch vụ công …": a share each of a count of bodies reaches, bound or not (not "63/63
# tỉnh, thành phố với hơn 10.000 trạm")
BODIES_REACHING = re.compile(
    r"\b\d+(?:\s*/\s*\d+)?\s+(?:bộ|tỉnh|địa\s+phương|cơ\s+quan|sở|huyện|xã|đơn\s+vị)"
    r"(?:\s*,\s*(?:ngành|địa\s+phương|thành\s+phố|thị\s+xã|huyện|cơ\s+quan))*[^;,\d]{0,40}"
    r"\b(?:đạt|hoàn\s+thành\s+(?:việc\s+)?(?:đưa|cung\s+cấp))\s*$",
    re.I,
)
YEAR_OR_MONTH_YEAR = re.compile(r"(?:\d{1,2}/)*(?:19|20)\d\d")
FROM_BEFORE = re.compile(r"\btừ\s+$", re.I)
# A bare lower end glued before the figure, which the number reader does not keep as a figure of
# its own: "khoảng 16–18% GDP"
BARE_END_BEFORE = re.compile(r"(?<![\d/.,])\d+(?:,\d+)?\s*[-–—]\s*$")
# "từ 4 đến 5 triệu giao dịch", "từ 4 triệu tới 5 triệu": a span written in words (not a rise,
# "tăng từ 4 đến 5 triệu", whose end is the level reached)
WORD_RANGE_BEFORE = re.compile(
    r"(?<!tăng\s)(?<!giảm\s)(?<!nâng\s)\btừ\s+\d[\d.,]*\s*(?:%|triệu|nghìn|tỷ|Mbps)?\s*(?:đến|tới)\s+$",
    re.I,
)
WORD_RANGE_AFTER = re.compile(r"\s*(?:đến|tới)\s+\d[\d.,]*\s*(?:%|triệu|nghìn|tỷ|Mbps)", re.I)


def is_range_end(sentence: str, q: Quantity, earlier: list[Quantity]) -> bool:
    """ "tốc độ trung bình đạt từ 500 - 600 Mbps": either end of a range is no level."""
    # only a bare first end: "146,64 Mbps – 5G đã phủ 26%" is two figures, not a range; "từ 45% -
    # 55%" is one, its "từ" saying so
    if RANGE_DASH.match(sentence, q.end) and (
        BARE_NUMBER.fullmatch(q.text) or opens_range(sentence, q)
    ):
        return True
    before = sentence[max(0, q.qual_start - 40) : q.qual_start]
    if BARE_END_BEFORE.search(before) or WORD_RANGE_BEFORE.search(before):
        return True
    if opens_range(sentence, q) and WORD_RANGE_AFTER.match(sentence, q.end):
        return True
    last = earlier[-1] if earlier else None
    return (
        last is not None
        and (bool(BARE_NUMBER.fullmatch(last.text)) or opens_range(sentence, last))
        and bool(RANGE_DASH.fullmatch(sentence, last.end, q.qual_start + 1))
    )


def opens_range(sentence: str, q: Quantity) -> bool:
    """Whether "từ" stands right before the number ("từ 45% - 55%")."""
    return bool(FROM_BEFORE.search(sentence, max(0, q.qual_start - 6), q.qual_start))


def shares_a_bound(head: str, q: Quantity) -> bool:
    """ "Đắk Lắk, Hải Dương, Vĩnh Phúc có tỷ lệ … dưới 10%": a bound several places share."""
    if q.unit == "percent" and BODIES_REACHING.search(head):
        return True
    if q.qualifier not in APPROXIMATE:
        return False
    if MANY_BODIES.search(head):
        return True
    names = {canonical_province(m.group()) for m in province_name_pattern().finditer(head)}
    if len(names) < 2:
        return False  # (without reading the rest: most heads name one place or none)
    rest = YEAR_OR_MONTH_YEAR.sub("", province_name_pattern().sub("", head))
    return not re.search(r"\d", rest)  # no figure of their own between
