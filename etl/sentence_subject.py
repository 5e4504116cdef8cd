"""The province one sentence speaks of: one it opens on as its subject, or the page's own,
unnamed ("Trên địa bàn tỉnh hiện có …")."""

from __future__ import annotations

import re
from functools import cache

from etl.gates import search
from etl.provinces import canonical_province, province_name_pattern, province_names
from etl.whose_words import COMPARED_WITH_COUNTRY, LOCAL_SUBJECT, NATIONAL_WORDS

# What a province does as a sentence's subject: "tỉnh Quảng Ninh tiếp nhận 142.300 hồ sơ", "Hiện
# nay, Cà Mau đã cung cấp 100% dịch vụ công trực tuyến …" (the paragraph is then its)
SUBJECT_VERBS = ("có", "đạt", "tiếp nhận", "giải quyết", "cung cấp", "hoàn thành", "ghi nhận")


@cache
def subject_province_pattern() -> re.Pattern:
    """Match a province opening a clause as its subject ("…, TP.Đà Nẵng có 97% …")."""
    verbs = "|".join(verb.replace(" ", r"\s+") for verb in SUBJECT_VERBS)
    return re.compile(
        rf"(?:^\W*|,\s*)(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?(?P<name>{province_names()})\s+"
        rf"(?:hiện\s+|đã\s+)?(?:{verbs})\b"
    )


def sentence_province(sentence: str) -> str | None:
    """The one province a sentence opens on as its subject ("…, TP.Đà Nẵng có 97% …"), or None."""
    # runs on every sentence: the cheap test first (the pattern reads its verbs as written)
    # (a long lead-in first: "Sau gần 3 năm triển khai Đề án …, Quảng Ninh đã đạt")
    opening = sentence[:240]
    if not any(verb in opening for verb in SUBJECT_VERBS):
        return None
    m = subject_province_pattern().search(opening)
    if m is None or NATIONAL_WORDS.search(COMPARED_WITH_COUNTRY.sub(" ", sentence)):
        return None
    named = {canonical_province(x.group()) for x in province_name_pattern().finditer(sentence)}
    return canonical_province(m.group("name")) if len(named) == 1 else None


def local_province(sentence: str, province: str | None) -> str | None:
    """The page's province when a sentence opens on it unnamed ("Trên địa bàn tỉnh hiện có …"),
    or None: the sentences after it in the paragraph speak of it too."""
    # gated (etl.gates): it runs on every sentence of a provincial page
    if not province or not search(LOCAL_SUBJECT, sentence[:60]):
        return None
    return None if search(NATIONAL_WORDS, sentence) else province


def local_opening(sentence: str, end: int) -> str:
    """The words before a number that make the province the subject: the sentence's opening, a
    list's head ("… 6 tháng đầu năm của tỉnh …: …; …") or a whole's ("toàn tỉnh có 8.828 trạm
    BTS; trong đó, 734 trạm 5G"); "" when none does."""
    cut = max(sentence.find(":", 0, end), sentence.rfind("trong đó", 0, end))
    heads = (sentence[:60], sentence[: max(cut, 0)])
    return next((h for h in heads if search(LOCAL_SUBJECT, h)), "")
