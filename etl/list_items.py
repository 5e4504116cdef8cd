"""The breakdown a list item names right beside its figure: "Hòa Bình (86,5%)", "khối địa phương
(61,5%)", "44,6% (bộ, ngành)", "(cả nước: 172,45 Mbps)"."""

from __future__ import annotations

import re
from functools import cache

from etl.gates import quicken
from etl.numbers import Quantity
from etl.provinces import canonical_province, heads_group, province_names
from etl.whose_words import LEVEL_WORD

ITEM_IN_PARENS = re.compile(r"^\s*\(\s*(?P<w>[^()]{2,30}?)\s*\)")
# "… đạt 78,5% ở khối bộ, ngành và 85,1% ở khối địa phương": a level right after each value
ITEM_AFTER = re.compile(
    r"^\s*(?:(?:ở|tại)\s+)?(?P<w>[^\d();,.]{2,16}(?:,\s*ngành)?)\s*(?:[;.]|$|,?\s+và\s*(?=\d|$)|,\s*(?=\d|$))"
)


@cache
def province_tail_pattern() -> re.Pattern:
    """A province name that ends a text (quickened: see etl.gates.quicken)."""
    return quicken(re.compile(rf"(?P<name>{province_names()})\s*$"))


# A level word that ends a text; compiled once and quickened, as the pattern above: both were
# written out and looked up in re's cache for each number after a "(", then tried at every
# position of the sentence before it.
LEVEL_TAIL = quicken(re.compile(rf"(?:{LEVEL_WORD.pattern})\s*$", re.I))


RESPECTIVE_RUN = re.compile(r"\s*lần\s+lượt\s+(?:là\s+)?(?:[\d.,]+\s*%?\s*(?:,|và)\s*)*", re.I)


def list_item_breakdown(sentence: str, q: Quantity, after: str) -> str | None:
    """The breakdown a list item names: "Hòa Bình (86,5%)", "khối địa phương (61,5%)",
    "44,6% (bộ, ngành)"; None when the number is not such an item."""
    # "44,6% (bộ, ngành)", and in a terse list "100% bộ, ngành; 98,4% địa phương"
    tail = ITEM_IN_PARENS.match(after) or (ITEM_AFTER.match(after) if q.unit == "percent" else None)
    if tail:
        level = LEVEL_WORD.fullmatch(tail.group("w").strip())
        if level:
            return "ministries" if level.group("m") else "localities" if level.group("l") else None
    opening = sentence.rfind("(", 0, q.qual_start)
    if opening < 0:
        return None
    # "Hà Nội (tốc độ download 94,08 Mbps)": a few words may name the measure first
    inside = sentence[opening + 1 : q.qual_start]
    # ("… mức bình quân cả nước (lần lượt là 22,9 và 84,1 thuê bao/100 dân)": a run of them)
    run = RESPECTIVE_RUN.fullmatch(inside)
    if (
        inside.strip()
        and not run
        and (len(inside) > 30 or re.search(r"\d|tăng|giảm|gấp|so\s+với", inside))
    ):
        return None
    head = sentence[:opening]
    m = province_tail_pattern().search(head) if not run else None
    if m:
        return canonical_province(m.group("name"))
    if q.unit in ("percent", "per_100") and re.search(r"(?:cả\s+nước|toàn\s+quốc)\s*$", head, re.I):
        return "national"  # "cao hơn mức trung bình cả nước (41,8%)"
    if run:
        return None
    level = LEVEL_TAIL.search(head)
    # "Đồng Tháp dẫn đầu khối địa phương (85,1%)": the province heading the group
    if level and (leader := heads_group().search(head, 0, level.start())):
        return canonical_province(leader.group("name"))
    if level and q.unit == "percent":
        return "ministries" if level.group("m") else "localities" if level.group("l") else None
    return None


def paren_national(sentence: str, q: Quantity) -> bool:
    """ "(cả nước: 172,45 Mbps)", "(bình quân cả nước là 42,9%)": the country's figure."""
    opening = sentence.rfind("(", 0, q.qual_start)
    if opening < 0 or ")" in sentence[opening : q.qual_start]:
        return False
    inside = sentence[opening + 1 : q.qual_start]
    national = r"\s*(?:mức\s+)?(?:bình\s+quân|trung\s+bình)?\s*(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    return bool(re.fullmatch(national + r"\s*(?::|là|đạt)\s*", inside, re.I))
