"""Fold Vietnamese spelling variants so one cue reads both: "tỉ lệ" as "tỷ lệ", "hoá" as "hóa".

Vietnamese writes some syllables two ways, both correct and both common in the genre:
- a final i or y after a one-letter onset ("tỉ lệ" / "tỷ lệ", "quản lí" / "quản lý",
  "kĩ thuật" / "kỹ thuật");
- the tone mark of an open oa, oe, uy on either vowel ("hoá" / "hóa", "Uỷ ban" / "Ủy ban");
- a month named in words or in digits ("cuối tháng Ba" / "cuối tháng 3").
The catalog's cues are written in one spelling; the extractor reads a folded copy of the text.
Every fold maps one character to one character, so offsets into the folded text are offsets into
the original, and quotes are cut from the original (see `unfold`).
"""

from __future__ import annotations

import re

TONED_I_TO_Y = str.maketrans("íìỉĩịÍÌỈĨỊ", "ýỳỷỹỵÝỲỶỸỴ")
# Only after these onsets do both spellings occur ("tỉ/tỷ", "kĩ/kỹ", "lí/lý", "mĩ/mỹ", "sĩ/sỹ");
# "chỉ", "thị", "bị", "vị" have one spelling.
# "tỉ" -> "tỷ": the toned i matched first (a rare letter the regex engine scans for), its onset
# and "no letter before the onset" read behind it; the onset stays as it is.
TONED_I_AFTER_ONSET = re.compile(r"([íìỉĩịÍÌỈĨỊ])(?<=[tTkKlLmMsS].)(?<![^\W\d_]..)(?![^\W\d_])")

# Old-style tone on the second vowel of an open syllable, moved to the first: "hoá" -> "hóa".
TONES = {
    "á": ("a", 0), "à": ("a", 1), "ả": ("a", 2), "ã": ("a", 3), "ạ": ("a", 4),
    "é": ("e", 0), "è": ("e", 1), "ẻ": ("e", 2), "ẽ": ("e", 3), "ẹ": ("e", 4),
    "ý": ("y", 0), "ỳ": ("y", 1), "ỷ": ("y", 2), "ỹ": ("y", 3), "ỵ": ("y", 4),
}  # fmt: skip
TONED_FIRST = {"o": "óòỏõọ", "O": "ÓÒỎÕỌ", "u": "úùủũụ", "U": "ÚÙỦŨỤ"}
# The toned second vowel matched first (one class the regex engine scans for), its first vowel
# and "no q before it" read behind it: "o" and "u" begin too many syllables to try it at each.
TONED_SECOND = re.compile(
    r"[áàảãạéèẻẽẹýỳỷỹỵ](?<=[oO][áàảãạéèẻẽẹ]|[uU][ýỳỷỹỵ])(?<![qQ]..)(?![^\W\d_])"
)


def move_tone(first: str, second: str) -> str:
    """Put the tone of an open oa/oe/uy on its first vowel."""
    plain, tone = TONES[second]
    return TONED_FIRST[first][tone] + plain


def fold_spelling(text: str) -> str:
    """Return `text` in one spelling, character for character."""
    text = TONED_I_AFTER_ONSET.sub(lambda m: m.group(1).translate(TONED_I_TO_Y), text)
    out, pos = [], 0
    for m in TONED_SECOND.finditer(text):
        first = m.start() - 1  # the vowel the lookbehind read: a match never starts the text
        out += [text[pos:first], move_tone(text[first], m.group())]
        pos = m.end()
    return "".join(out) + text[pos:] if out else text


def unfold(piece: str, folded: str, original: str, near: int = 0) -> str:
    """Return the original spelling of `piece`, a substring of `folded` found at or after `near`."""
    at = folded.find(piece, max(near, 0))
    if at < 0:
        at = folded.find(piece)
    return original[at : at + len(piece)] if at >= 0 else piece


# A month named in words after "tháng" ("tính đến cuối tháng Ba", "tháng Mười hai"), capitalised as
# the press writes it; on the same line ("… trong 6 tháng\nMột số …" opens a new paragraph)
MONTH_WORDS = {
    "Giêng": 1, "Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8,
    "Chín": 9, "Mười": 10, "Mười một": 11, "Mười Một": 11, "Mười hai": 12, "Mười Hai": 12,
    "Chạp": 12,
}  # fmt: skip
MONTH_NAMED = re.compile(
    r"(?<=\b[Tt]háng )(?:Mười [Mm]ột|Mười [Hh]ai|Giêng|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Chạp)"
    r"(?![^\W\d_])"
)


def fold_month_names(text: str) -> str:
    """Write a month named in words in digits, padded to the word's length ("tháng Ba" ->
    "tháng 3 "), so that offsets stay the original's."""
    return MONTH_NAMED.sub(lambda m: str(MONTH_WORDS[m.group()]).ljust(len(m.group())), text)
