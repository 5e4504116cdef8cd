"""Which period a figure given for comparison belongs to: the compared time named before it
("so với cùng kỳ năm 2023 là 98,6 Mbps"), or the year after one a change is measured from."""

from __future__ import annotations

import re
from datetime import date

from etl.numbers import Quantity
from etl.periods import Period

COMPARED_WHEN = re.compile(
    r"\s*,\s*(?:khi|lúc)\s+[^;.\d()]{3,80}?(?:\b(?:chỉ\s+)?(?:đạt|là|ở\s+mức|có)\s*)?", re.I
)


def comparison_period(q: Quantity, periods: list[Period], sentence: str) -> Period | None:
    """Return the compared period when q is a parenthetical "(1.687 cuộc)" after "so với …"."""
    # "…, so với cùng kỳ năm 2023 là 98,6 Mbps": the compared period, then its value
    for p in periods:
        # "… tăng so với tháng trước là 1,2 triệu": the increase, not last month's level
        if p.comparison and re.search(
            r"\b(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)\b",
            sentence[max(sentence.rfind(",", 0, p.text_start), 0) : p.text_start],
        ):
            continue
        if p.comparison and re.fullmatch(
            r"\s*(?:là|ở\s+mức|:)\s*", sentence[p.text_end : q.qual_start]
        ):
            return p
        # "… so với năm 2018, khi tốc độ di động chỉ đạt 28,22 Mbps": the compared time's level
        if p.comparison and COMPARED_WHEN.fullmatch(sentence, p.text_end, q.qual_start):
            return p
    opening = sentence.rfind("(", 0, q.qual_start)
    # "(982 cuộc)", "(là 982 cuộc)", and the next of a list: "(172,9 Mbps và 147,3 Mbps)"
    # …and a rank's place: "so với kỳ đánh giá năm 2022 (xếp thứ 86)"
    lead = r"\s*(?:là|:|(?:xếp|đứng)\s+(?:thứ|hạng)(?:\s+thứ)?|hạng)?\s*(?:\d[\d.,]*\s*(?:Mbps|Mb/s|%|cuộc)?\s*(?:và|,|;)\s*)*"
    if opening < 0 or not re.fullmatch(lead, sentence[opening + 1 : q.qual_start]):
        return None
    for p in periods:
        if p.comparison and 0 <= opening - p.text_end <= 2:
            return p
    return None


# "Tỉ lệ hồ sơ trực tuyến của bộ, ngành đạt 30,4%, tăng 1,4 lần so với năm 2022": a change said
# against the whole year before, right after the figure
# (not a rank's steps: "xếp hạng 71/193, tăng 15 bậc so với năm 2022" compares two editions)
CHANGED_SINCE = re.compile(
    r"[^;\d]{0,12}?\b(?:tăng|giảm)\b(?![^;]{0,25}?\bbậc\b)[^;]{0,25}?\bso\s+với\s+(?:cả\s+)?$",
    re.I,
)


def year_after_compared(sentence: str, q: Quantity, periods: list[Period], cutoff) -> Period | None:
    """The year after the one a figure with no time of its own is compared with ("đạt 30,4%, tăng
    1,4 lần so với năm 2022" is 2023's), when the document is written in the year after it (a
    text of 2023 saying "tăng 20% so với năm 2020" speaks of its own time, not of 2021)."""
    for p in periods:
        if (
            p.comparison
            and p.kind == "year"
            and CHANGED_SINCE.fullmatch(sentence, q.end, p.text_start)
        ):
            year = p.end.year + 1
            if cutoff is not None and date(year, 12, 31) <= cutoff < date(year + 2, 1, 1):
                # (standing where the compared year stands: "…; địa phương đạt 37,4%" reads it)
                return Period(
                    "year", date(year, 1, 1), date(year, 12, 31), p.text_start, p.text_end
                )
    return None
