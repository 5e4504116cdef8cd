"""What is not a value: targets, deadlines, remainders, averages, parts, bounds, restatements."""

from __future__ import annotations

import re

from etl.clauses import shares_a_bound
from etl.numbers import Quantity
from etl.phrases import (
    DEADLINE_YEAR,
    LEVEL_WORD,
    MUST_AFTER,
    NOT_REACHED,
    PER_UNIT_AFTER,
    RATE_NAMED,
    REMAINING_AFTER,
    RISE_FROM,
    SUBSET,
    SUBSET_SENTENCE,
    TARGET_TAIL,
    TARGET_WORDS,
    YEARS_AVERAGE,
)


class ExclusionRules:
    """The checks that keep a number that is not an indicator value out of the rows."""

    def is_excluded(
        self, sentence: str, q: Quantity, earlier: list[Quantity], clause_start: int, after: str
    ) -> bool:
        """Drop targets, remainders, averages, sub-counts and restated parentheticals."""
        head = sentence[: q.qual_start]
        if (
            shares_a_bound(head[clause_start:], q)
            or YEARS_AVERAGE.search(head)
            or NOT_REACHED.search(sentence[: q.start])
        ):
            return True
        # A target in a closed parenthesis ("45,79% (mục tiêu năm 2024 là 50%)") is its own.
        outside = re.sub(r"\([^()]*\)", " ", head)
        if TARGET_WORDS.search(outside) or TARGET_TAIL.search(head):
            return True
        # "… chiếm 20% GDP vào năm 2025" names its deadline after the number.
        ahead = DEADLINE_YEAR.match(re.sub(r"^\s*(?:GDP|dân\s+số)?\s*", "", after))
        for m in [*DEADLINE_YEAR.finditer(head), *([ahead] if ahead else [])]:
            year = int(m.group("y"))
            if year > self.year or (
                year == self.year and m.group("end") and self.cutoff.month < 12
            ):
                return True
        if (
            REMAINING_AFTER.search(after)
            or PER_UNIT_AFTER.search(after)
            or MUST_AFTER.search(after)
        ):
            return True
        if RISE_FROM.search(head) and not re.match(
            r"^\s*(?:\w+\s*)?(?:trong\s+|vào\s+)?(?:năm|tháng|quý)\s+\d", after
        ):
            return True  # "tăng từ 112,55 Mbps": the earlier level, its period unstated
        if (
            SUBSET_SENTENCE.search(sentence)
            and q.unit in ("count", "ratio")
            and self.previous_counts
        ):
            return True  # "… 3,4 triệu khách hàng. Trong đó, ở nông thôn …": a part of it
        # "3.224 hệ thống, trong đó ... 2.145 hệ thống, đạt tỷ lệ 66,5%": only a count after a
        # count (or a rate after a rate) is a part of the earlier figure.
        counted = {"count", "ratio"}  # "43/53 dịch vụ …, riêng 25 dịch vụ": one kind of figure
        clause_quantities = [
            p
            for p in earlier
            if p.start >= clause_start and (p.unit == q.unit or {p.unit, q.unit} <= counted)
        ]
        between = sentence[clause_quantities[0].end : q.qual_start] if clause_quantities else ""
        subset = SUBSET.search(between)
        # "43,6%, trong đó tỷ lệ hồ sơ … toàn trình đạt 24,5%": a share named anew is its own
        # figure (the cues decide whose); an unnamed one ("trong đó 4G chiếm 70%") is a part.
        named = RATE_NAMED.search(between, subset.end()) if subset else None
        # "39,98%, trong đó khối bộ đạt 54,46%": a level's own share of the same measure
        level = LEVEL_WORD.match(between[subset.end() :].lstrip()) if subset else None
        if subset and not (q.unit == "percent" and (named or level)):
            return True
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening >= 0 and not sentence[opening + 1 : q.qual_start].strip() and ")" in after[:25]:
            # "(136 thôn)" restates the count before it; "(khoảng 24,5%)" after a count is new.
            previous = [p for p in earlier if p.end <= opening]
            counted = {"count", "ratio"}
            last = previous[-1].unit if previous else None
            # "(136 thôn)" after a count restates it; after a share ("chiếm 65% … (15.400 trạm)")
            # it gives the whole.
            return last is None or last == q.unit or {last, q.unit} <= counted
        return False
