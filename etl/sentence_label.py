"""The words a number is read by, and its period: each quantity's label stage of the walk."""

from __future__ import annotations

from dataclasses import replace

from etl.clauses import blank_spans, past_aside
from etl.compared_period import year_after_compared
from etl.comparisons import earlier_span_in_clause
from etl.cue_text import (
    blank_whose,
    drop_acronyms,
    read_change_words,
    read_past,
    words_passed,
)
from etl.cues import Scope
from etl.lists import respective_provinces
from etl.numbers import Quantity
from etl.period_choice import dates_another, resolve_period
from etl.periods import Period
from etl.phrases import IN_THAT_ORDER
from etl.runs import blank_listed, respective_year, run_noun


class LabelReader:
    """Read the label a number of a sentence goes by, then its period (mixed into
    DocumentExtractor)."""

    def read_label(
        self,
        sentence: str,
        quantities: list[Quantity],
        i: int,
        q: Quantity,
        clause: tuple[int, str],
        periods: list[Period],
        given: tuple[str, str, str | None],
    ) -> tuple[Scope, Scope | None, str, Quantity, str | None, list[Period]]:
        """The scopes the cues read (as written, and without its acronyms), the clause before
        the number, the number (a listed label may widen it), its list item and its own periods."""
        clause_start, after = clause
        context, label, item = given
        spans, crossed = read_past(periods, quantities[:i], clause_start, sentence, q)
        spans += words_passed(sentence, quantities[:i], q, after, clause_start)
        bare = blank_spans(sentence, spans, clause_start, q.qual_start)
        crossed_at = crossed
        if crossed >= 0:
            crossed = len(blank_spans(sentence, spans, clause_start, clause_start + crossed))
        before = blank_spans(sentence, spans, clause_start, q.start)
        by_province = self.respective(sentence, clause_start, quantities, q, respective_provinces)
        if by_province:
            item, named = by_province
            before = bare = named + " đạt "
            crossed = -1
        before, bare, crossed, own_periods = read_change_words(
            before, bare, crossed, after, periods, clause_start, q
        )
        listed, q = self.listed_label(sentence, clause_start, quantities, q, by_province)
        if listed:
            # (the label's own period phrases out, as for any clause: "tỷ lệ khai thác … trong
            # 6 tháng đầu năm 2024 và …")
            for s_, e_ in spans:
                listed = listed.replace(sentence[s_:e_], " ") if e_ > s_ else listed
            before = bare = listed + " đạt "
            crossed = -1
        words_after = run_noun(sentence, quantities, q) or blank_whose(
            past_aside(sentence, q, after, quantities[i + 1 :])
        )
        scope = Scope(before, bare, words_after, context, label, crossed, sentence[: q.qual_start])
        plain = drop_acronyms(sentence, spans, clause_start, q, scope, crossed_at)
        return scope, plain, before, q, item, own_periods

    def read_period(
        self,
        sentence: str,
        quantities: list[Quantity],
        q: Quantity,
        clause_start: int,
        times: tuple[list[Period], list[Period], list[Period]],
        scope: Scope,
        before: str,
    ) -> tuple[Period | None, bool, list[Period], Scope, str]:
        """The number's period and whether the text states it; the sentence's periods (with a
        year inferred from a comparison, for the next numbers); a run's label for its scope."""
        periods, own_periods, fallback = times
        # "Mục tiêu đạt đến tháng 12/2023 …; Thuê bao … ước đạt 101,2 triệu": a target's
        # deadline dates no value of the next clause
        own_periods = [p for p in own_periods if not dates_another(sentence, p, q)]
        period, stated = resolve_period(q, own_periods, sentence, fallback)
        earlier_span = earlier_span_in_clause(sentence, clause_start, q, period)
        if earlier_span is None and (period is None or period not in periods):
            earlier_span = year_after_compared(sentence, q, periods, self.cutoff)
            periods = [*periods, earlier_span] if earlier_span else periods  # (for the next)
        period, stated = (earlier_span, True) if earlier_span else (period, stated)
        yearly = self.respective(
            sentence,
            clause_start,
            quantities,
            q,
            # ("… tháng 1, tháng 2 và tháng 3/2024 lần lượt là … Tỷ lệ … của ba tháng này lần
            # lượt đạt …": the sentence before lists the periods; joined only for a run)
            lambda clause, numbers, own, start=clause_start: respective_year(
                clause, numbers, own, self.last_sentences[-1] + " " + sentence[:start]
            ),
        )
        if yearly is not None:
            period, stated = yearly, True
            # every value of the run reads the label before "lần lượt"
            opening = list(IN_THAT_ORDER.finditer(sentence, clause_start, q.qual_start))[-1]
            # (the listed periods' digits out: "… năm 2022, 2023 và 6 tháng đầu năm 2024")
            before = bare = blank_listed(sentence[clause_start : opening.start()]) + " là "
            scope = replace(scope, before=before, bare=bare, crossed=-1)
        return period, stated, periods, scope, before
