"""Observation rows: the indicator a number names, its period fitted and bounded, its status."""

from __future__ import annotations

import re
from datetime import date

from etl.clauses import find_breakdown
from etl.cues import (
    SPAN_KINDS,
    Cue,
    Scope,
    compile_cues,
    indicator_kinds,
    indicator_units,
    rules_out_after,
    rules_out_clause,
    scorable_cues,
    score_cue,
)
from etl.gates import search
from etl.indicator_periods import (
    ADDED,
    ADDED_AFTER,
    CUMULATIVE,
    DEPLOYED,
    LEFT_AT_END,
    NEWLY,
    RAISES_TOTAL,
    annual_indicators,
    cumulative_indicators,
    edition_period,
    edition_schedules,
    flow_twins,
    is_span_flow,
    names_running_total,
    pick_flow_twin,
    twin_stocks,
)
from etl.numbers import Quantity
from etl.period_bounds import PeriodBounds
from etl.periods import Period
from etl.phrases import CHANGE_BEFORE, ESTIMATE_BEFORE, YEAR_ESTIMATED
from etl.row_checks import date_reasons, value_reasons
from etl.title_spans import (
    PERIOD_FLOWS,
    data_month_note,
    heading_span,
    is_heading,
    names_section,
)

# Below this confidence a value goes to review instead of the chart.
ACCEPT_CONFIDENCE = 0.6
# Two indicators whose cues score within this margin make a value ambiguous.
AMBIGUITY_MARGIN = 0.05
FLOW_KINDS = {"flow"}


def pick_qualifier(q: Quantity, before: str) -> str:
    """The bounding word before the number; "ước" a few words back marks an estimate."""
    if q.qualifier and q.qualifier != "đạt":
        return q.qualifier
    return "ước" if ESTIMATE_BEFORE.search(before) else ""


LIST_MARKER = re.compile(r"(?:[-–—•*+·▪●○■➢✓]|\d{1,2}[.)]|[a-zđ]\))\s+")


# review reasons that stand in no clash (extract.mark_conflicts), beside period_bounds.DATE_REASON
SPAN_COUNT_REASON = "a count for the period: the running total, or the period's own?"
PLANS_REASON = "an answer to a question about plans"


class RowBuilder(PeriodBounds):
    """Turns a matched number into an observation row (mixed into DocumentExtractor)."""

    def match_cues(
        self,
        q: Quantity,
        scope: Scope,
        period: Period | None,
        stated: bool,
        only: str = "",
        yearly: bool = False,
    ) -> dict | None:
        """Find the best indicator for a quantity (or take `only`) and build its row; `yearly`:
        a yearly index named around it dates it as one, whatever cue reads it."""
        ranked = self.rank_cues(q, scope, period, only)
        if not ranked:
            return None
        score, cue, p = ranked[0]
        # a flow under a title or heading that names its span ("BÁO CÁO … THÁNG 10/2024", "(Kỳ báo
        # cáo từ ngày … đến ngày …)"): the text states it, once, for all it reports
        stated = stated or (period is None and p is not None and p.kind in SPAN_KINDS)
        reasons: list[tuple[str, float]] = []  # why it goes to review, and what each costs
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < AMBIGUITY_MARGIN:
            reasons.append((f"ambiguous: {cue.indicator} or {ranked[1][1].indicator}", 0.3))
        fitted = self.fit_period(cue, q, scope, period, p, stated, reasons)
        if fitted is None:
            return None
        p, stated = fitted
        value = q.numerator if q.unit == "ratio" else q.value
        unit = indicator_units()[cue.indicator]
        reasons += value_reasons(q, value, cue.indicator, scope.before)
        # ("Trong năm qua, Cổng … có thêm 3,1 triệu tài khoản đăng ký mới" in late December: what
        # the year added, on the flow twin, not the level now)
        added = flow_twins().get(cue.indicator) and NEWLY.search(
            scope.before[-30:] + " " + scope.after[:25]
        )
        if stated and p.start.year > self.cutoff.year and period and period.text_end <= q.start:
            # "Năm 2025, kinh tế số sẽ chiếm trên 20% GDP" in a 2023 text: a year not yet begun
            # (not "ước đến hết năm 2024" on 27 December: the year's estimate; nor a target's
            # year after the value: "đạt 87%, vượt mục tiêu năm 2025 là 80%")
            reasons.append(("a period not begun by the document's date: a forecast or an aim", 0.5))
        if not (added and p.kind == "year"):
            p = self.adjust_period(cue.indicator, p, stated)
        indicator = pick_flow_twin(cue.indicator, p, scope)
        relative = p.relative or ("" if stated else "date")
        annual = cue.annual or cue.indicator in annual_indicators() or yearly
        p, relative = self.date_yearly(p, relative, annual)
        reasons += date_reasons(self, p, relative, annual)
        bounded, why = self.bound_period(p, cue.indicator)
        if (
            p.kind == "year"
            and bounded.end < p.end
            and indicator_kinds()[cue.indicator] in FLOW_KINDS
            and YEAR_ESTIMATED.search(scope.before[-100:])
        ):
            # "ước tính cả năm 2024, số giao dịch … đạt khoảng 850 triệu" on 20 December: an
            # estimate of the whole year, not the days lived so far
            why = why or "an estimate for a year not yet ended when the document was written"
        p = self.date_now_to_span(bounded, relative)
        if why:
            reasons.append((why, 0.5))
        confidence = min(0.95, 0.75 + 0.2 * score)
        for _, cost in reasons:
            confidence -= cost
        return {
            "indicator": indicator,
            "breakdown": find_breakdown(scope.before, scope.head, unit),
            "period_kind": p.kind,
            "period_start": p.start,
            "period_end": p.end,
            "value": float(value),
            "unit": unit,
            "qualifier": pick_qualifier(q, scope.before),
            "status": "accepted"
            if confidence >= ACCEPT_CONFIDENCE and not reasons
            else "needs_review",
            "review_reason": "; ".join(reason for reason, _ in reasons),
            "rule_id": cue.rule,
            "confidence": round(max(confidence, 0.0), 2),
            "date_source": self.date_source if relative else "text",
        }

    def rank_cues(
        self, q: Quantity, scope: Scope, period: Period | None, only: str
    ) -> list[tuple[float, Cue, Period | None]]:
        """The indicators whose cues name the quantity, best first, each with its best cue's
        score and period (or `only`, taken as named)."""
        change = bool(search(CHANGE_BEFORE, scope.before))
        best: dict[str, tuple[float, Cue, Period | None]] = {}
        if only:
            # (a flow twin, "…_new", has no cues of its own: its stock's stand for it)
            stock = twin_stocks().get(only, only)
            # (one of its cues must take the number's unit: a share beside a count is no count)
            cues = [c for c in compile_cues() if c.indicator in (only, stock)]
            cue = next((c for c in cues if q.unit in c.units), None)
            if cue is None:
                return []
            if change and not cue.allow_change:
                return []  # "Mức này tăng 1,2 Mbps so với tháng 1": a change, named back
            if rules_out_clause(cue, scope) or rules_out_after(cue, scope):
                return []  # (the indicator's: "Hệ thống … TTHC tỉnh Thái Nguyên có 45.000 …")
            p = period if period is not None else self.default_period(only)
            best[only] = (0.8, cue, p)
        # "từ năm 2019 đến hết tháng 5/2025, tổng số giao dịch … đạt 2,75 tỷ": a running total over
        # years is the cumulative indicator's level at the span's end
        years = (
            period is not None and period.kind != "year" and (period.end - period.start).days > 370
        )
        at_end = (
            Period("as_of", period.end, period.end, relative=period.relative) if years else None
        )
        # Only the cues whose words are in the scope: any other would score None.
        for cue in () if only else scorable_cues(q.unit, scope):
            if change and not cue.allow_change:
                continue
            p = period if period is not None else self.default_period(cue.indicator)
            if years and cue.periods == ["as_of"] and cue.indicator in cumulative_indicators():
                p = at_end
            score = score_cue(cue, q, scope, p)
            if score is None:
                continue
            if cue.indicator not in best or score > best[cue.indicator][0]:
                best[cue.indicator] = (score, cue, p)
        ranked = sorted(best.values(), key=lambda t: -t[0])
        # …and so is one the words call so ("Lũy kế từ khi đưa vào vận hành, tổng số … đạt 3,84 tỷ")
        running = [t for t in ranked if t[1].indicator in cumulative_indicators()]
        if running and (years or names_running_total(scope.before)):
            return running  # no flow's
        return ranked

    def fit_period(
        self,
        cue: Cue,
        q: Quantity,
        scope: Scope,
        period: Period | None,
        p: Period | None,
        stated: bool,
        reasons: list[tuple[str, float]],
    ) -> tuple[Period, bool] | None:
        """Fit the cue's period to its indicator's kind (a level at a span's end, a flow's span),
        adding to `reasons` what the words leave open; None when the figure is no level nor flow
        of it (what was added, a day's average)."""
        kind = indicator_kinds()[cue.indicator]
        twin = flow_twins().get(cue.indicator)
        long_window = p is not None and (p.end - p.start).days > 370
        if cue.indicator in cumulative_indicators() and p is not None and p.kind in SPAN_KINDS:
            if not (long_window or twin or CUMULATIVE.search(scope.before)):
                # "Riêng tháng 12, có 320 triệu hóa đơn được khởi tạo", "Riêng 4 tháng đầu năm
                # 2025, … 1,05 tỷ hóa đơn": the span's own count, or the running total at its
                # end? No twin holds the first.
                reasons.append((SPAN_COUNT_REASON, 0.4))
            # "từ 1/7/2022 đến 30/9/2024: 7,95 tỷ hóa đơn", "…; hiện tổng số tài khoản là 41,6 triệu"
            if long_window or not twin or names_running_total(scope.before, p):
                p = Period("as_of", p.end, p.end, relative=p.relative)
        if (
            kind == "stock"
            and not twin
            and p is not None
            and p.kind == "ytd"
            # "Từ năm 2021 đến tháng 3/2025, … 3.310 thôn": a span's count; "còn lại 254 thôn", its end's
            and (not long_window or LEFT_AT_END.search(scope.before[-25:]))
            and not NEWLY.search(scope.before[-30:] + " " + scope.after[:15])
        ):
            # "Từ đầu năm … đã có 56/63 tỉnh ban hành …": a level reached by the span's end
            p = Period("as_of", p.end, p.end, relative=p.relative)
        if kind == "rate" and long_window and p.kind != "year":
            # "Từ năm 2022 đến nay, các nhà mạng đã phủ sóng 38/45 thôn lõm sóng …, đạt 84,4%": a
            # share reached by the span's end, not a total over it
            p = Period("as_of", p.end, p.end, relative=p.relative)
        if (
            kind == "stock"
            and not twin
            and (ADDED.search(scope.before[-25:]) or ADDED_AFTER.match(scope.after))
        ):
            return None  # "đã có thêm hơn 2 triệu thuê bao sử dụng smartphone": an increase
        daily = cue.periods is not None and "day_avg" in cue.periods
        if p is not None and p.kind == "day_avg" and (kind in FLOW_KINDS or twin) and not daily:
            return None  # "trung bình mỗi ngày … 44,7 sự cố": a day's average, not the month's
        span = self.reported_span()
        end = self.sentence_start + q.end
        following = self.nt.text[end : end + 60] if twin else ""
        if twin and is_span_flow(period, span, scope, following, self.section_flows):
            p, stated = span, True
        if p is None and (kind in FLOW_KINDS or twin) and self.previous_span is not None:
            p, stated = self.previous_span, True  # the span the paragraph before spoke of
        if kind == "speed" and not stated and self.last_month is not None:
            p, stated = self.last_month, True  # a speed is a month's measurement
        stock_over_span = (
            kind == "stock"
            and p is not None
            and p.kind in SPAN_KINDS
            and cue.indicator not in cumulative_indicators()
        )
        # "phát sóng mới khoảng 1.400 trạm 5G" in a month, or a count before "nâng tổng số … lên":
        # what was added, not the level
        newly = NEWLY.search(scope.before[-30:] + " " + scope.after[:15])
        if stock_over_span and (newly or RAISES_TOTAL.match(self.nt.text, end)):
            return None
        if stock_over_span and q.unit == "count" and DEPLOYED.search(scope.before[-40:]):
            # (indicator_periods.DEPLOYED: built that year, or the level at its end? Words do not say)
            reasons.append(("deployed during the period: the level, or what was added?", 0.4))
        # (not a month so far: "trong tháng 7 (từ ngày 01/7 đến ngày 20/7/2025)")
        if p and p.explicit_window and (p.end - p.start).days < 20 and p.start.day > 1:
            reasons.append(("a figure for some days, not the indicator's month or year", 0.4))
        if p is not None and (p.end - p.start).days > 370 and p.kind != "year":
            reasons.append(("a total over several years, not the indicator's level or flow", 0.4))
        if p is None:
            reasons.append(("no period stated", 0.4))
            p = Period("as_of", self.cutoff, self.cutoff)
        elif not stated and kind in FLOW_KINDS:
            reasons.append(("flow value without a stated period; assumed the report's period", 0.3))
        return p, stated

    def date_yearly(self, p: Period, relative: str, annual: bool) -> tuple[Period, str]:
        """A yearly figure with no year of its own dated by the year it must be of, or as it was."""
        last_year = self.carried[-1] if self.carried and self.carried[-1].kind == "year" else None
        if relative == "date" and self.report_year and annual:
            # "… Báo cáo thường niên kinh tế số Việt Nam 2022. Theo đó, tỷ lệ kinh tế số trên
            # GRDP của Vĩnh Phúc đạt 22,87%": the report's year
            y = self.report_year
            return Period("year", date(y, 1, 1), date(y, 12, 31)), ""
        if (
            relative == "date"
            and self.dated
            and self.precision != "year"
            and annual
            and p.end.month <= 3
        ):
            # "kinh tế số … ước chiếm 13,9% GDP" in a February page: no figure of the new year is
            # out yet, so it is the year just ended's
            y = p.end.year - 1
            return Period("year", date(y, 1, 1), date(y, 12, 31)), ""
        if relative == "date" and annual and last_year is not None and last_year.end < self.cutoff:
            # "Năm 2023 tỷ trọng kinh tế số trong GRDP của Thái Nguyên … (new paragraph) Cả nước:
            # kinh tế số chiếm 12,33% GDP": a yearly figure with no year of its own is the year
            # the text last named, when that year is over
            return Period("year", last_year.start, last_year.end), ""
        return p, relative

    def note_heading(self, text: str) -> None:
        """Note the span a section's heading reviews ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022")."""
        if not names_section(text):
            return  # (most paragraphs: one test, and no heading's span to look for)
        heading = heading_span(text, self.cutoff)
        self.section_span = self.section_span if heading is False else heading
        if is_heading(text):  # "I. KẾT QUẢ TRONG KỲ": the counts under it are the period's
            self.section_flows = bool(PERIOD_FLOWS.search(text))
        self.section_heading = text  # "1. Cổng Dịch vụ công quốc gia": what "Cổng" means below

    def month_meant(self) -> tuple | None:
        """The month "trong tháng" means: the monthly report's, the last month the text named
        ("Trong tháng 10/2024, …"), or the one its title or section heading reports on."""
        shown = self.last_month or self.reported_span()
        return self.ref_month or (
            (shown.start, shown.end) if shown and shown.kind == "month" else None
        )

    def note_data_month(self, text: str) -> None:
        """Note the month a line noting the data's month names: the body's "Trong tháng, …"."""
        self.last_month = data_month_note(text, self.year, self.cutoff) or self.last_month

    def reported_span(self) -> Period | None:
        """The span the text reports on: its title's ("Năm 2024: …", "BÁO CÁO THÁNG 5/2025"), else
        its section heading's, when the text's date is known."""
        return self.title_span or (self.section_span if self.dated else None)

    def default_period(self, indicator: str) -> Period | None:
        """The period a value has when the text names none: the cut-off for levels."""
        span = self.reported_span()
        if indicator_kinds()[indicator] in FLOW_KINDS:
            if self.meta.get("kind") == "monthly_report" and self.meta.get("period_start"):
                return Period("month", self.meta["period_start"], self.meta["period_end"])
            return span
        end = span.end if span else self.cutoff
        return Period("as_of", end, end, relative="date")

    def adjust_period(self, indicator: str, p: Period, stated: bool) -> Period:
        """Fit a period to the indicator: a level stated for "năm <this year>" is a level now."""
        schedule = edition_schedules().get(indicator)
        if schedule:
            return edition_period(p, stated, *schedule)
        kind = indicator_kinds()[indicator]
        if (
            kind in ("stock", "rate", "speed", "rank")
            and p.kind == "year"
            and p.start.year >= self.year
            and self.precision != "year"  # the stated year is then all we know
            and self.cutoff < p.end  # a year the text looks back on whole stays a year
            # (…and so does a yearly measure's estimate in the year's last weeks)
            and not (indicator in annual_indicators() and (p.end - self.cutoff).days <= 35)
        ):
            return Period("as_of", self.cutoff, self.cutoff, relative="date")
        if kind == "stock" and p.kind == "day_avg":
            return Period("as_of", self.cutoff, self.cutoff, relative="date")
        return p

    def locate(self, offset: int, sentence: str, q: Quantity, anchor: str) -> dict:
        """Offsets of the quote (the sentence) and of the number in the normalized text."""
        stripped = sentence.strip()
        lead_ws = len(sentence) - len(sentence.lstrip())
        # A quote starts at the sentence, not at the list marker before it ("- Trong tháng…").
        marker = LIST_MARKER.match(stripped)
        if marker and lead_ws + marker.end() <= q.start:
            lead_ws += marker.end()
            stripped = stripped[marker.end() :]
        return {
            "quote": stripped,
            "quote_start": offset + lead_ws,
            "quote_end": offset + lead_ws + len(stripped),
            "value_start": offset + q.start,
            "value_end": offset + q.end,
            "anchor": anchor.strip(),
        }


def add_reason(row: dict, reason: str) -> None:
    """Send a row to review, keeping any reason it already has."""
    row["status"] = "needs_review"
    row["review_reason"] = "; ".join(x for x in (row["review_reason"], reason) if x)
