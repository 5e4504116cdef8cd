"""Which figure an earlier value given for comparison is the earlier value of: the k-th of a list,
the measure a clause names ("…; tốc độ băng rộng cố định tăng từ mức 134,1 Mbps"), the figure of
its size, or the last one."""

from __future__ import annotations

import re

from etl.clauses import blank_spans
from etl.compared_period import COMPARED_WHEN
from etl.cues import COUNTED, Scope
from etl.numbers import CATALOG_UNIT, Quantity
from etl.periods import Period, find_periods

# "… tốc độ di động đã tăng 23%": where a measure's words end and its change begins
CHANGE_VERB = re.compile(r"\s(?:đã\s+)?(?:tăng|giảm)\s")


class ComparedFigure:
    """Finds the row an earlier value restates (mixed into ComparisonReader)."""

    def named_by(self, words: str, q: Quantity, period: Period, sentence: str, after: str = ""):
        """The row the cues read for q as if its label were `words` ("tốc độ di động … là")."""
        label = words + " là "
        scope = Scope(label, label, after, sentence, "", -1, label)
        return self.match_cues(q, scope, period, True)

    def other_measure(self, row: dict | None, previous: list[dict]) -> dict | None:
        """The row, when it names a measure other than the last figure's (else None)."""
        if row is None or (previous and row["indicator"] == previous[-1]["indicator"]):
            return None
        return row

    @staticmethod
    def nth_of_list(sentence: str, q: Quantity, previous: list[dict]) -> dict | None:
        """ "… lần lượt đạt 175,8 Mbps và 149,1 Mbps, … so với tháng 8/2025 (172,9 Mbps và 147,3
        Mbps)": the k-th of n earlier values in a parenthesis is that of the k-th of the last n
        figures before it."""
        opening = sentence.rfind("(", 0, q.qual_start)
        closing = sentence.find(")", q.end)
        if opening < 0 or closing < 0 or ")" in sentence[opening : q.qual_start]:
            return None
        inside = sentence[opening + 1 : closing]
        numbers = re.findall(r"\d+(?:[.,]\d+)*", inside)
        bases = own_rows(previous)
        if len(numbers) < 2 or len(bases) < len(numbers):
            return None
        k = len(re.findall(r"\d+(?:[.,]\d+)*", sentence[opening + 1 : q.qual_start]))
        return bases[len(bases) - len(numbers) + k] if k < len(numbers) else None

    def named_after_bracket(
        self, sentence: str, q: Quantity, period: Period, previous: list[dict]
    ) -> dict | None:
        """ "So với tháng 12/2021 (32,6 Mbps), tốc độ di động đã tăng 23%" after a sentence on the
        fixed network: the measure the clause after the bracket names, when the sentence gave no
        figure of its own before it."""
        closing = sentence.find(")", q.end)
        if closing < 0 or sentence[q.end : closing].strip(" %") not in ("", "Mbps", "Mb/s"):
            return None
        tail = re.split(r"[;.]", sentence[closing + 1 :], maxsplit=1)[0]
        change = CHANGE_VERB.search(tail)
        if change is None:
            return None
        return self.other_measure(
            self.named_by(tail[: change.start()], q, period, sentence), previous
        )

    def name_when(self, sentence: str, q: Quantity, period: Period) -> dict | None:
        """ "… so với năm 2018, khi tốc độ di động chỉ đạt 28,22 Mbps": the clause after "khi"
        names the compared figure's own measure."""
        if period.text_end is None or not COMPARED_WHEN.fullmatch(
            sentence, period.text_end, q.qual_start
        ):
            return None
        words = sentence[period.text_end : q.qual_start].strip(" ,")
        return self.named_by(words, q, period, sentence, sentence[q.end : q.end + 40])

    def named_after_semicolon(
        self, sentence: str, q: Quantity, period: Period, previous: list[dict]
    ) -> dict | None:
        """ "… di động tăng 2,93 Mbps (từ mức 48,9 Mbps); tốc độ băng rộng cố định tăng từ mức
        134,1 Mbps của tháng 5": a clause after ";" naming a measure of its own before its change
        gives its earlier value to that measure, not to the figure before."""
        start = sentence.rfind(";", 0, q.qual_start) + 1
        change = CHANGE_VERB.search(sentence[start : q.qual_start])
        if not start or change is None:
            return None
        words = sentence[start : start + change.start()]
        row = self.named_by(words, q, period, sentence, sentence[q.end : q.end + 40])
        return self.other_measure(row, previous)

    def name_from_label(self, sentence: str, q: Quantity, period: Period) -> dict | None:
        """ "số vụ tấn công … tháng 9 giảm 35,6% so với tháng 8/2023 (1.402 cuộc)": with no figure
        of its own period stated, the sentence's label names the compared one."""
        change = CHANGE_VERB.search(sentence[: q.qual_start])
        if change is None:
            return None
        # the label's own period ("… sự cố tháng 9") is not part of its words, as in the walk
        head = sentence[: change.start()]
        spans = [(p.text_start, p.text_end) for p in find_periods(head, self.year, self.cutoff)]
        words = blank_spans(head, spans, 0, len(head))
        return self.named_by(words, q, period, sentence, sentence[q.end : q.end + 40])


def own_rows(rows: list[dict]) -> list[dict]:
    """The rows that are figures of their own, not earlier values restated beside them."""
    return [r for r in rows if not r["rule_id"].endswith("+comparison")]


def fits_unit(row: dict, q: Quantity, sentence: str) -> bool:
    """Whether an earlier value q can restate a row: a rate a rate, an amount an amount, a count
    of something ("3,46 triệu giao dịch") a count; a bare number whatever is not a rate."""
    want = CATALOG_UNIT.get(q.unit)
    if want is None and COUNTED.match(sentence[q.end : q.end + 40]):
        return row["unit"] in ("count", "rank")
    return row["unit"] == want if want else row["unit"] != "percent"


def of_like_size(rows: list[dict], q: Quantity) -> dict:
    """The figure an earlier value is of: the last one, unless it is of another size altogether and
    one before it is not ("96,1 triệu giao dịch, bình quân mỗi ngày khoảng 3,1 triệu giao dịch,
    nhiều hơn mức 88,4 triệu giao dịch của tháng 4": the month's total, not the day's average)."""
    last = rows[-1]

    def off(row: dict) -> float:
        return max(row["value"], q.value) / max(min(row["value"], q.value), 1e-9)

    if q.value <= 0 or last["value"] <= 0 or off(last) < 5:
        return last
    near = [r for r in rows[:-1] if r["value"] > 0 and off(r) < 2]
    return near[-1] if near else last
