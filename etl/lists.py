"""Lists and pairs in a sentence: "A và B lần lượt đạt X và Y", "các con số này", upload halves."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.clauses import find_breakdown, respective_label, respective_run
from etl.cues import (
    Scope,
)
from etl.numbers import Quantity
from etl.periods import Period
from etl.phrases import DOWNLOAD, RESPECTIVELY, THESE_FIGURES, TOPIC, UPLOAD


class ListReader:
    """Reads the values a sentence lists (mixed into DocumentExtractor)."""

    def these_figures(
        self, sentence: str, clause_start: int, quantities: list[Quantity], q: Quantity
    ) -> dict | None:
        """ "Năm 2023, các con số này lần lượt là 119,8 Mbps và 55,5 Mbps": the row before that
        the i-th number is an earlier value of."""
        found = list(THESE_FIGURES.finditer(sentence, clause_start, q.qual_start))
        if not found or not self.last_rows:
            return None
        start = found[-1].end()
        run = [p for p in quantities if p.qual_start >= start and p.unit == q.unit]
        index = run.index(q) if q in run else -1
        return self.last_rows[index] if 0 <= index < len(self.last_rows) else None

    def second_of_pair(
        self, sentence: str, prev: Quantity, q: Quantity, before: str, after: str
    ) -> bool:
        """Whether a speed is the upload half of "X Mbps và Y Mbps" that names no direction."""
        gap = sentence[prev.end : q.qual_start]
        if prev.unit != "mbps" or not re.fullmatch(r"\s*(?:Mbps)?\s*(?:và|,)\s*", gap):
            return False
        if RESPECTIVELY.search(before):
            return False  # "lần lượt là 331,4 Mbps, 298,7 Mbps và 276,5 Mbps": a list
        return not (DOWNLOAD.search(gap + after[:30]) or UPLOAD.search(gap + after[:30]))

    def cut_at_end(self, end: int) -> bool:
        """Whether a number runs into the end of an excerpt cut mid-sentence."""
        # Nothing after it, or a stub of a word ("59,4 tri"): the number may be cut too.
        return bool(re.fullmatch(r"\s*[^\W\d]{0,4}\s*", self.nt.text[end:]))

    def match_topic(self, q: Quantity, scope: Scope, period, stated: bool, sentence: str):
        """ "Về hồ sơ trực tuyến toàn trình, khối bộ đạt tỷ lệ 63,5%": the topic is the name."""
        topic = TOPIC.match(sentence)
        if topic is None or q.unit != "percent":
            return None
        named = replace(scope, before="tỷ lệ " + topic.group("topic") + " đạt ", crossed=-1)
        named.bare = named.before
        row = self.match_cues(q, named, period, stated)
        if row is not None:
            row["breakdown"] = find_breakdown(scope.before, scope.head, "percent")
            row["rule_id"] += "+topic"
        return row

    def respective(
        self, sentence: str, clause_start: int, quantities: list[Quantity], q: Quantity, reader=None
    ):
        """The label of q in "A và B lần lượt đạt X và Y" (or what `reader` reads), or None."""
        shifted = [
            replace(
                p,
                start=p.start - clause_start,
                end=p.end - clause_start,
                qual_start=p.qual_start - clause_start,
            )
            for p in quantities
            if p.start >= clause_start
        ]
        own = next(p for p in shifted if p.start == q.start - clause_start)
        return (reader or respective_label)(sentence[clause_start:], shifted, own)


# "các năm từ 2020 - 2024 lần lượt là 12,66%, 12,87%, …": one value a year, in order.
YEAR_SPAN = re.compile(
    r"năm\s+(?:từ\s+)?(?P<a>(?:19|20)\d\d)\s*(?:[-–]|đến)\s*(?P<b>(?:19|20)\d\d)\b", re.I
)


def respective_year(clause: str, quantities: list[Quantity], q: Quantity) -> Period | None:
    """The year of q in "các năm 2020–2024 lần lượt là A, B, …" when one value stands per year."""
    m, run = respective_run(clause, quantities, q)
    span = list(YEAR_SPAN.finditer(clause, 0, m.start())) if m else []
    if not span:
        return None
    first, last = int(span[-1].group("a")), int(span[-1].group("b"))
    if last - first + 1 != len(run) or len(run) < 2:
        return None
    year = first + run.index(q)
    return Period("year", date(year, 1, 1), date(year, 12, 31))
