"""Figures in quoted speech: whether a number stands inside quotation marks, and whether it is
said for effect (a round figure) rather than measured."""

from __future__ import annotations

import re

from etl.numbers import Quantity


def in_quotation(sentence: str, position: int) -> bool:
    """Whether a position lies inside quotation marks (“…” or "…") opened in the sentence."""
    head = sentence[:position]
    if head.count("“") > head.count("”"):
        return True
    return head.count('"') % 2 == 1


def is_rounded(q: Quantity) -> bool:
    """A figure said for effect: "khoảng 80 triệu", "gần như 100%", one significant digit."""
    digits = re.sub(r"\D", "", f"{q.value:.5e}".split("e")[0]).rstrip("0")  # significant
    # "khoảng 80 triệu", "khoảng 20%" round; "gần 91%", "khoảng 2,3 triệu" quote a measured figure
    return len(digits) <= 1
