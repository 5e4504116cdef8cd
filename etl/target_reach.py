"""How far a target's words reach: the clause after them is an aim too, unless it turns to a result."""

from __future__ import annotations

import re

from etl.aim_words import MET_BEFORE
from etl.phrases import FIGURE, NOW_WORDS, PRESENT_TURN

# What makes the clause after "; " a result of its own, not one more aim of a list ("…; Thuê bao
# … ước đạt 101,2 triệu" after a target, not "…; Chỉ số SIPAS đạt trên 85%" after "phấn đấu")
RESULT_MARK = re.compile(
    rf"\b(?:ước|đã|hiện|{NOW_WORDS}|tính\s+(?:đến|tới)|năm\s+20\d\d|tháng\s+\d|quý\s+[IV1-4])", re.I
)
SEMICOLON_THEN = re.compile(r";\s*(\w)")


def opens_clause(sentence: str, start: int, end: int) -> bool:
    """Whether a ";" followed by a capital letter and a result's word, or a turn to the present,
    stands between ("… mục tiêu … đạt 150 Mbps, hiện nay đạt 146 Mbps": the present turns from
    the target)."""
    return any(
        m.group(1).isupper() and RESULT_MARK.search(sentence, m.end(), end)
        for m in SEMICOLON_THEN.finditer(sentence, start, end)
    ) or bool(PRESENT_TURN.search(sentence, start, end))


def target_had_figure(sentence: str, start: int, end: int, number: int) -> bool:
    """Whether a target met or missed before a number had its own figure before a ";" ("vượt
    mục tiêu năm 2024 (40%);"): the clause after is not its (a list of aims after "Phấn đấu"
    still is)."""
    cut = sentence.rfind(";", end, number)
    # ("đạt 58%/mục tiêu 50%;": a result over its target)
    words = sentence[max(0, start - 12) : start]
    beside = MET_BEFORE.search(words) or words.rstrip().endswith("/")
    return cut >= 0 and bool(beside) and bool(FIGURE.search(sentence, end, cut))
