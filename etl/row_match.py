"""From a number's words to its row: the readings tried in turn, then the row kept (mixed into
DocumentExtractor)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from etl.agency_figures import agency_measures, agency_subject_figure, names_wider
from etl.exclusions import EACH_MONTH_HAS
from etl.gates import quicken, search
from etl.numbers import Quantity
from etl.periods import find_periods
from etl.placement import EDITIONS_BEFORE, country_measures
from etl.provinces import canonical_province, province_names
from etl.quoted import in_quotation, is_rounded
from etl.restated import read_restated
from etl.rows import add_reason

# "Trước đó, theo tiêu chí cũ, số thôn lõm sóng chỉ còn khoảng 600 thôn": a figure from before the
# time the text tells of, with no time of its own; the page's date is not its date
BEFORE_THAT = re.compile(r"\W*Trước\s+(?:đó|đây)\s*,", re.I)
EARLIER_REASON = "an earlier figure ('Trước đó'); the text does not say when"


@cache
def leader_pattern() -> re.Pattern:
    """A province heading or closing a ranking, right before its figure ("Quảng Ninh dẫn đầu
    với", "thấp nhất là Lai Châu với")."""
    return quicken(
        re.compile(
            rf"\b(?P<name>{province_names()})\s+(?:dẫn|đứng)\s+đầu"
            r"(?:\s+(?:cả\s+nước|toàn\s+quốc))?\s+với\s*$"
            rf"|\b(?:cao|thấp)\s+nhất\s+(?:là|thuộc\s+về)\s+(?:tỉnh\s+|thành\s+phố\s+)?"
            rf"(?P<last>{province_names()})(?:\s+|\s*,\s*(?:chỉ\s+|mới\s+)?)(?:(?:với|đạt|là)\s*)?$"
        )
    )


def heads_ranking(sentence: str, q: Quantity) -> str | None:
    """The province a ranking's first figure is told of ("Quảng Ninh dẫn đầu với 89,51%")."""
    m = leader_pattern().search(sentence, max(0, q.qual_start - 60), q.qual_start)
    return canonical_province(m.group("name") or m.group("last")) if m else None


class Words(NamedTuple):
    """Where a number stands: its sentence, the paragraph's context, its clause and words."""

    sentence: str
    context: str
    clause_start: int
    before: str  # the clause's words up to the number
    after: str  # the words after it, to the clause's end
    window: str  # the words since the clause's last earlier number


class RowMatcher:
    """Tries the readings of a number in turn and keeps the row the first one gives."""

    def match_row(
        self, q: Quantity, scopes, period, stated, item, words: Words, numbers, aim, rows
    ):
        """The row a number's words give: a restated place's figure, a list item's, the cues'
        (the clause as written, without its acronyms, as a share restated), a rate named
        without "tỷ lệ", the indicator named back, the topic, the country's beside; or None."""
        scope, plain = scopes
        quantities, i = numbers  # the sentence's numbers, and where q stands among them
        sentence, context, clause_start, before, after, window = words
        these = self.these_figures(sentence, clause_start, quantities, q, rows)
        if these is not None:
            return self.restate_for_place(these, q, scope, period, stated, before, sentence)
        if item is not None:
            joined = sentence + " " + context
            return self.match_list_item(q, scope, period, stated, item, joined, rows)
        of_ratio = read_restated(sentence, clause_start, quantities[:i], q, after, context)
        beside = dict(sentence=sentence, window=window, after=after)
        row = (
            self.match_cues(q, scope, period, stated)
            or (plain and self.match_cues(q, plain, period, stated))
            or (of_ratio and self.match_cues(q, of_ratio, period, stated))
            or self.match_named_rate(q, scope, period, stated)
            or self.inherit_indicator(q, scope, period, stated, window, rows)
            or self.match_topic(q, scope, period, stated, sentence)
            or self.country_beside(q, scope, period, stated, beside, rows)
        )
        if row is None and (leader := heads_ranking(sentence, q)):
            # "Quảng Ninh dẫn đầu với 89,51%, tiếp theo là Hải Phòng (88,07%)": the ranking's
            # first, its indicator named around it as a list item's is
            joined = sentence + " " + context
            row = self.match_list_item(q, scope, period, stated, leader, joined, rows)
        row = self.settle_by_name_back(row, q, scope, period, stated, window, rows)
        return row or self.actual_after_aim(aim, sentence, q, scope, period, stated)

    def keep_row(self, row: dict, q: Quantity, words: Words, quantities, where, rows) -> None:
        """Settle a matched row's breakdown and doubts, and keep it (once for each place or year
        it is given to) unless it is a part of a figure before it."""
        sentence, _, _, before, after, window = words
        if row["indicator"] in agency_measures() and (
            # (on a page about one ministry's own work, a figure naming nothing wider is its)
            (self.subject == "agency" and not names_wider(sentence[: q.start]))
            or agency_subject_figure(sentence, q.start, window, after)
        ):
            return  # "NHNN đã cung cấp …; tỷ lệ hồ sơ trực tuyến đạt 96,5%": the agency's own
        self.settle_breakdown(row, sentence, q, window, before, after)
        if row["breakdown"] != "national" and row["indicator"] in country_measures():
            return  # "Thành phố cũng đã cắt giảm, đơn giản hóa 284 thủ tục": its own list's count
        if row["breakdown"] == "national":
            self.take_respective_part(sentence, quantities, q, rows, row)
        if search(EACH_MONTH_HAS, sentence[max(q.qual_start - 60, 0) : q.qual_start]):
            add_reason(row, "a figure for each month ('mỗi tháng có'): an average, not the month's")
        # "Trước đó, …" naming no time of its own (nor the editions it stood in: "Trước đó, trong
        # hai lần đánh giá, …"): BEFORE_THAT
        if BEFORE_THAT.match(sentence) and not (
            find_periods(sentence, self.year, self.cutoff) or EDITIONS_BEFORE.search(sentence)
        ):
            add_reason(row, EARLIER_REASON)
        if in_quotation(sentence, q.start) and is_rounded(q):
            add_reason(row, "a round figure in a quotation")  # "khoảng 80 triệu thẻ"
        if self.is_part_of_previous(sentence, q, row, rows):
            return
        offset, anchor_text = where
        for each in self.rows_for_each(row, sentence, q):
            each.update(self.locate(offset, sentence, q, anchor_text))
            rows.append(each)
            self.rows.append(each)
