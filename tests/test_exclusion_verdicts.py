"""is_excluded keeps its verdicts with the sentence's marks, across documents: a verdict that
reads the document's year is never reused for a document of another year."""

from __future__ import annotations

from datetime import date

from etl.exclusions import ExclusionRules, read_marks
from etl.numbers import find_quantities


class Rules(ExclusionRules):
    """The exclusion checks with a document's year and cutoff, nothing else."""

    def __init__(self, cutoff: date):
        self.cutoff, self.year = cutoff, cutoff.year


SENTENCE = "Tỷ trọng kinh tế số đạt 20% GDP vào năm 2025."


def verdict(rules: Rules, fresh: bool) -> bool:
    """The verdict on the sentence's percentage, kept or read afresh."""
    [q] = [x for x in find_quantities(SENTENCE) if x.unit == "percent"]
    after = SENTENCE[q.end :]
    read = rules.read_exclusion if fresh else rules.is_excluded
    return read(SENTENCE, q, [], 0, after)


def test_a_kept_verdict_is_the_verdict_read_afresh_for_each_year():
    read_marks.cache_clear()
    before, after = Rules(date(2024, 6, 30)), Rules(date(2026, 6, 30))
    for rules in (before, after, before, after):
        assert verdict(rules, fresh=False) == verdict(rules, fresh=True)
    # a deadline still ahead is a target; once passed, the figure may be the year's own
    assert verdict(before, fresh=True) and not verdict(after, fresh=True)
