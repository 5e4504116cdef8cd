"""A figure said twice: a bound or round one, then the exact one ("gần 50% (49,6%)", "vượt
ngưỡng 60 triệu, cụ thể là 60,2 triệu"), read as the exact figure with the first one's words."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (numbers.py reads its quantities through merge_restated)
    from etl.numbers import Quantity

# "vượt ngưỡng 60 triệu, cụ thể là 60,2 triệu": the exact figure restates the round one
RESTATED = re.compile(r"\s*,?\s*(?:cụ\s+thể|chính\s+xác)\s+(?:là\s+)?", re.I)


# "dưới 500.000 địa chỉ/tháng (479.115 địa chỉ/tháng)", "gần 50% (49,6%)": a bound or a round
# figure, then the exact one in brackets with the same words (a prior value in brackets names its
# time: "(49% năm 2023)")
BRACKET_OPENS = re.compile(r"(?P<noun>[^\W\d][^()\d;,.]{0,30}?)?\s*\(\s*")
BRACKET_CLOSES = re.compile(r"(?P<noun>[^\W\d][^()\d;,.]{0,30}?)?\s*\)")
# the words that bound or approximate a figure (kept as its qualifier); "ước" is an exact estimate
APPROXIMATE = {"hơn", "trên", "gần", "dưới", "khoảng"}


def approximates(qualifier: str, stated: float, exact: float) -> bool:
    """Whether "hơn 700", "gần 50%", "khoảng 20%" (stated with its qualifier) stands for exact: within
    10% of it, on the side the word says ("hơn 700" is not 690)."""
    if qualifier not in APPROXIMATE or abs(stated - exact) > 0.1 * abs(exact):
        return False
    return not (
        (qualifier in ("hơn", "trên") and exact < stated)
        or (qualifier in ("gần", "dưới") and exact > stated)
    )


def is_exact_in_brackets(text: str, last: Quantity, q: Quantity) -> bool:
    """Whether q, in brackets right after the bounded or round `last`, states it exactly."""
    if (
        q.qualifier
        or q.value == last.value
        or not approximates(last.qualifier, last.value, q.value)
    ):
        return False
    opens = BRACKET_OPENS.fullmatch(text[last.end : q.qual_start].lstrip())
    closes = BRACKET_CLOSES.match(text[q.end :].lstrip())
    if opens is None or closes is None:
        return False
    return (opens.group("noun") or "").strip() == (closes.group("noun") or "").strip()


def merge_restated(text: str, found: list[Quantity]) -> list[Quantity]:
    """Put the exact figure in place of the round one it restates (its words stay the label)."""
    merged: list[Quantity] = []
    for q in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.unit == q.unit
            and (
                RESTATED.fullmatch(text, last.end, q.qual_start)
                or is_exact_in_brackets(text, last, q)
            )
        ):
            merged[-1] = replace(q, start=last.start, qual_start=last.qual_start, qualifier="")
            continue
        merged.append(q)
    return merged
