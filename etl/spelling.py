"""Fold Vietnamese spelling variants so one cue reads both: "tỉ lệ" as "tỷ lệ", "hoá" as "hóa".

Vietnamese writes some syllables two ways, both correct and both common in the genre:
- a final i or y after a one-letter onset ("tỉ lệ" / "tỷ lệ", "quản lí" / "quản lý",
  "kĩ thuật" / "kỹ thuật");
- the tone mark of an open oa, oe, uy on either vowel ("hoá" / "hóa", "Uỷ ban" / "Ủy ban").
The catalog's cues are written in one spelling; the extractor reads a folded copy of the text.
Every fold maps one character to one character, so offsets into the folded text are offsets into
the original, and quotes are cut from the original (see `unfold`).
"""

from __future__ import annotations

import re

from etl.gates import quicken

TONED_I_TO_Y = str.maketrans("íìỉĩịÍÌỈĨỊ", "ýỳỷỹỵÝỲỶỸỴ")
# Only after these onsets do both spellings occur ("tỉ/tỷ", "kĩ/kỹ", "lí/lý", "mĩ/mỹ", "sĩ/sỹ");
# "chỉ", "thị", "bị", "vị" have one spelling.
# (The look-behinds follow the onset letter, "no letter before it" read over two characters,
# so the regex engine scans for the letter instead of testing every position.)
I_AFTER_ONSET = re.compile(r"([tTkKlLmMsS])(?<![^\W\d_].)([íìỉĩịÍÌỈĨỊ])(?![^\W\d_])")

# Old-style tone on the second vowel of an open syllable, moved to the first: "hoá" -> "hóa".
TONES = {
    "á": ("a", 0), "à": ("a", 1), "ả": ("a", 2), "ã": ("a", 3), "ạ": ("a", 4),
    "é": ("e", 0), "è": ("e", 1), "ẻ": ("e", 2), "ẽ": ("e", 3), "ẹ": ("e", 4),
    "ý": ("y", 0), "ỳ": ("y", 1), "ỷ": ("y", 2), "ỹ": ("y", 3), "ỵ": ("y", 4),
}  # fmt: skip
TONED_FIRST = {"o": "óòỏõọ", "O": "ÓÒỎÕỌ", "u": "úùủũụ", "U": "ÚÙỦŨỤ"}
OPEN_PAIR = re.compile(
    r"([oO])(?<![qQ].)([áàảãạéèẻẽẹ])(?![^\W\d_])|([uU])(?<![qQ].)([ýỳỷỹỵ])(?![^\W\d_])"
)
# The same matches in half the time: a branch of groups gives the regex engine no first letter to
# scan for (see etl.gates.quicken).
QUICK_OPEN_PAIR = quicken(OPEN_PAIR)


def move_tone(match: re.Match) -> str:
    """Put the tone of an open oa/oe/uy on its first vowel."""
    first, second = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    plain, tone = TONES[second]
    return TONED_FIRST[first][tone] + plain


def fold_spelling(text: str) -> str:
    """Return `text` in one spelling, character for character."""
    text = I_AFTER_ONSET.sub(lambda m: m.group(1) + m.group(2).translate(TONED_I_TO_Y), text)
    return QUICK_OPEN_PAIR.sub(move_tone, text)


def unfold(piece: str, folded: str, original: str, near: int = 0) -> str:
    """Return the original spelling of `piece`, a substring of `folded` found at or after `near`."""
    at = folded.find(piece, max(near, 0))
    if at < 0:
        at = folded.find(piece)
    return original[at : at + len(piece)] if at >= 0 else piece
