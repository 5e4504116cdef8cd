"""Extract indicator values from reports: each value with its period, qualifier and exact quote."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd

from etl.clauses import (
    CHANGE_BEFORE,
    DEADLINE_YEAR,
    ESTIMATE_BEFORE,
    LOCAL_SUBJECT,
    MUST_AFTER,
    NATIONAL_SUBJECT,
    PAREN_PRIOR,
    PER_100_WORDS,
    PER_DAY_AFTER,
    PER_UNIT_AFTER,
    PRIOR_VALUE,
    REMAINING_AFTER,
    RISE_FROM,
    SUBSET,
    SUBSET_SENTENCE,
    TARGET_TAIL,
    TARGET_WORDS,
    blank_spans,
    find_breakdown,
    find_document_province,
    find_subject,
    list_item_breakdown,
    names_someone_else,
    respective_label,
    since,
)
from etl.cues import (
    SPAN_KINDS,
    Cue,
    Scope,
    compile_cues,
    cumulative_indicators,
    flow_twins,
    indicator_kinds,
    indicator_units,
    name_indicators,
    pick_flow_twin,
    score_cue,
)
from etl.metadata import describe_document
from etl.normalize import NormalizedText, Paragraph, normalize_text
from etl.numbers import Quantity, detect_dot_decimals, find_quantities
from etl.periods import Period, comparison_period, find_periods, resolve_period
from etl.read import read_report, sha256_file
from etl.sections import find_task_spans, in_spans, lead_paragraphs
from etl.sidecar import read_sidecar

OBSERVATION_COLUMNS = [
    "document", "doc_sha256", "indicator", "breakdown", "period_kind", "period_start",
    "period_end", "value", "unit", "qualifier", "status", "review_reason", "quote",
    "quote_start", "quote_end", "value_start", "value_end", "anchor", "rule_id",
    "confidence", "observation_id", "date_source",
]  # fmt: skip

# Below this confidence a value goes to review instead of the chart.
ACCEPT_CONFIDENCE = 0.6
# Two indicators whose cues score within this margin make a value ambiguous.
AMBIGUITY_MARGIN = 0.05
FLOW_KINDS = {"flow"}
APPROXIMATE = {"hơn", "trên", "gần", "dưới", "khoảng"}


@dataclass
class Extraction:
    """One report's metadata, normalized text and extracted observations."""

    document: dict
    text: str
    observations: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=OBSERVATION_COLUMNS)
    )


def stand_in_date(text: str) -> date:
    """The end of the latest year the text names: a placeholder for an undated document."""
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    return date(max(years, default=2000), 12, 31)


def shift_years(d: date, years: int) -> date:
    """The same day some years earlier (28 February for a 29th)."""
    try:
        return d.replace(year=d.year - years)
    except ValueError:
        return d.replace(year=d.year - years, day=28)


def pick_qualifier(q: Quantity, before: str) -> str:
    """The bounding word before the number; "ước" a few words back marks an estimate."""
    if q.qualifier and q.qualifier != "đạt":
        return q.qualifier
    return "ước" if ESTIMATE_BEFORE.search(before) else ""


def make_observation_id(
    sha: str, indicator: str, breakdown: str, period: Period, qs: int, qe: int
) -> str:
    """Stable id from the document hash, indicator, breakdown, period and quote offsets."""
    key = f"{sha}|{indicator}|{breakdown}|{period.kind}|{period.end}|{qs}|{qe}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


class DocumentExtractor:
    """Walks one normalized document and turns number mentions into observations."""

    def __init__(self, nt: NormalizedText, meta: dict):
        self.nt = nt
        self.meta = meta
        # Without a knowable date the periods are resolved against a stand-in (the latest year
        # the text names) only so that the values can go to review: never the machine's clock.
        self.dated = meta["cutoff_date"] is not None
        self.cutoff: date = meta["cutoff_date"] or stand_in_date(nt.text)
        self.document_date: date | None = meta.get("published_date") if self.dated else None
        self.date_source = meta.get("date_source", "unknown")
        self.precision = meta.get("date_precision", "day")
        self.file_name = meta.get("file_name", "")
        self.year = self.cutoff.year
        self.dot_decimals = detect_dot_decimals(nt.text)
        monthly = meta.get("kind") == "monthly_report" and meta.get("period_start")
        self.ref_month = (meta["period_start"], meta["period_end"]) if monthly else None
        self.task_spans = find_task_spans(nt)
        self.head = nt.text[:400]  # title and lead: what the document is about
        self.previous_counts = False  # whether the sentence before stated a count
        self.previous_span: Period | None = None  # the last span the paragraph before stated
        self.para_start = 0
        self.province = find_document_province(nt.text, meta.get("url", ""))
        # The subject its title and lead give the whole document: one province, one operator.
        self.subject, self.operator = find_subject(self.head)
        self.rows: list[dict] = []

    def run(self) -> list[dict]:
        """Extract every observation of the document."""
        table_header: list[str] | None = None
        for index, para in enumerate(self.nt.paragraphs):
            if para.kind == "table_row":
                cells = self.nt.text[para.start : para.end].split("\t")
                if table_header is None:
                    table_header = cells
                    continue
                self.extract_table_row(para, cells, table_header)
                continue
            table_header = None
            if para.kind == "footnote":
                anchor_offset = self.nt.footnotes[para.footnote].anchor_offset
                if anchor_offset is not None and in_spans(anchor_offset, self.task_spans):
                    continue
            elif in_spans(para.start, self.task_spans):
                continue
            self.extract_paragraph(index, para)
        return self.rows

    def extract_paragraph(self, index: int, para: Paragraph) -> None:
        """Extract the values stated in one paragraph, sentence by sentence."""
        lead = lead_paragraphs(self.nt, index) if para.kind != "footnote" else ""
        label, anchor_text = "", ""
        if para.kind == "footnote":
            span = self.nt.anchor_sentence(para.footnote)
            if span:
                marker = self.nt.footnotes[para.footnote].anchor_offset
                anchor_text = self.nt.text[span[0] : span[1]]
                clause_start = self.nt.text.rfind(";", span[0], marker)
                label = self.nt.text[max(span[0], clause_start + 1) : marker]
        lead_periods = (
            find_periods(lead, self.year, self.cutoff, self.ref_month)
            if lead.rstrip().endswith(":")
            else []
        )
        earlier: list[Period] = []  # periods stated by the paragraph's earlier sentences
        para_span = None
        self.para_start = para.start
        for s, e in self.nt.sentences(para):
            sentence = self.nt.text[s:e]
            context = " ".join([lead, self.nt.text[para.start : e], anchor_text, self.head])
            periods = find_periods(sentence, self.year, self.cutoff, self.ref_month)
            fallback = lead_periods or earlier  # the previous sentence's period carries over
            self.extract_sentence(s, sentence, context, label, anchor_text, periods, fallback)
            # Periods carry to the next sentences until a new one is stated; "từ tháng 10/2024"
            # (since when something began) does not.
            stated = [
                p
                for p in periods
                if p.kind not in ("date", "day_avg")
                and not p.comparison
                and not re.search(r"\btừ\s*$", sentence[max(0, p.text_start - 4) : p.text_start])
            ]
            earlier = stated or fallback
            spans = [p for p in stated if p.kind in ("month", "quarter", "half", "ytd", "year")]
            para_span = spans[-1] if spans else para_span
            self.previous_counts = any(
                q.unit == "count" for q in find_quantities(sentence, self.dot_decimals)
            )
        self.previous_span = para_span or self.previous_span

    def extract_sentence(
        self,
        offset: int,
        sentence: str,
        context: str,
        label: str,
        anchor_text: str,
        periods: list[Period],
        fallback: list[Period],
    ) -> None:
        """Match every quantity of one sentence against the cues."""
        quantities = [
            q
            for q in find_quantities(sentence, self.dot_decimals)
            if not any(p.text_start <= q.start < p.text_end for p in periods)
        ]
        sentence_rows: list[dict] = []
        for i, q in enumerate(quantities):
            if q.unit in ("times", "money_usd"):
                continue
            clause_start = max(sentence.rfind(";", 0, q.qual_start) + 1, 0)
            # The window keeps the qualifier ("đạt 97,6%"): cues may read it as part of the label.
            before = sentence[clause_start : q.start]
            nxt = quantities[i + 1].qual_start if i + 1 < len(quantities) else len(sentence)
            clause_end = re.search(r"[;.]\s|[;.]$", sentence[q.end : nxt])
            after = sentence[q.end : q.end + clause_end.start() if clause_end else nxt]
            window = since(before, quantities[:i], clause_start)
            if q.unit == "count" and PER_100_WORDS.search(window) and q.value < 300:
                q = replace(q, unit="per_100")  # "trên 100 dân đạt 23,4", "mật độ … 86,7"
            prior = self.paren_prior(sentence, q, quantities, periods, sentence_rows)
            if prior is not None:
                base, period = prior
                self.add_comparison(offset, sentence, q, period, [base], anchor_text)
                sentence_rows.append(self.rows[-1])
                continue
            compared = comparison_period(q, periods, sentence) or self.prior_period(
                before, after, sentence_rows
            )
            if compared is not None:
                compared = self.same_time_earlier(sentence, compared, sentence_rows)
                self.add_comparison(offset, sentence, q, compared, sentence_rows, anchor_text)
                continue
            item = list_item_breakdown(sentence, q, after)
            daily = bool(PER_DAY_AFTER.search(after))
            if (
                item is None
                and not daily
                and self.is_excluded(sentence, q, quantities[:i], clause_start, after)
            ):
                continue
            paragraph = self.nt.text[self.para_start : offset]
            other = names_someone_else(window, before, after, q.unit, paragraph + self.operator)
            if other and not (other == "one named agency's figure" and q.unit != "percent"):
                continue
            crossed = max(
                (p.end - clause_start for p in quantities[:i] if p.end > clause_start), default=-1
            )
            # Cues read the words, not the dates between them ("tỷ lệ X tính đến 30/9/2024 đạt").
            spans = [(p.text_start, p.text_end) for p in periods if p.kind != "day_avg"]
            bare = blank_spans(sentence, spans, clause_start, q.qual_start)
            if crossed >= 0:
                crossed = len(blank_spans(sentence, spans, clause_start, clause_start + crossed))
            before = blank_spans(sentence, spans, clause_start, q.start)
            listed = self.respective(sentence, clause_start, quantities, q)
            if listed:
                before = bare = listed + " đạt "
                crossed = -1
                head = sentence[clause_start : q.qual_start].split("lần lượt")[0]
                if q.unit == "count" and PER_100_WORDS.search(head) and q.value < 300:
                    q = replace(q, unit="per_100")  # "… trên 100 dân lần lượt là 24,1 và 94,3"
            scope = Scope(before, bare, after, context, label, crossed, sentence[: q.qual_start])
            period, stated = resolve_period(q, periods, sentence, fallback)
            if daily and period is not None:
                period = Period("day_avg", period.start, period.end)
            if item is not None:
                row = self.match_list_item(q, scope, period, stated, item, sentence + " " + context)
            else:
                row = self.match_cues(q, scope, period, stated) or self.inherit_indicator(
                    q, scope, period, stated, window, sentence_rows
                )
            if row is None:
                continue
            self.place_subject(row, window, after, sentence)
            row.update(self.locate(offset, sentence, q, anchor_text))
            sentence_rows.append(row)
            self.rows.append(row)

    def respective(
        self, sentence: str, clause_start: int, quantities: list[Quantity], q: Quantity
    ) -> str | None:
        """The label of q in "A và B lần lượt đạt X và Y", or None."""
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
        return respective_label(sentence[clause_start:], shifted, own)

    def inherit_indicator(
        self, q, scope: Scope, period, stated: bool, window: str, rows: list[dict]
    ) -> dict | None:
        """ "… bộ, ngành là 89,4%; của các địa phương là 93,1%": the clause names only its level."""
        breakdown = find_breakdown(window, "", q.unit)
        earlier = [r for r in rows if r["unit"] == indicator_units().get(r["indicator"])]
        if breakdown == "national" or not earlier or q.unit != "percent":
            return None
        if earlier[-1]["unit"] != "percent" or re.search(r"\d", window):
            return None
        row = self.match_cues(q, scope, period, stated, only=earlier[-1]["indicator"])
        if row is not None:
            row["breakdown"] = breakdown
            row["rule_id"] = f"{row['indicator']}:same_as_clause_before"
        return row

    def paren_prior(
        self, sentence: str, q: Quantity, quantities: list[Quantity], periods, rows: list[dict]
    ):
        """ "(cuối năm 2023 là 84,6%)": (the row it is an earlier value of, its period)."""
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening < 0 or not rows or ")" in sentence[opening : q.qual_start]:
            return None
        m = PAREN_PRIOR.search(sentence[opening : q.qual_start])
        inside = [p for p in periods if opening < p.text_start < q.qual_start and p.kind != "date"]
        if m is None or not inside:
            listed = [p for p in quantities if opening < p.start < q.start]
            if not listed or not PAREN_PRIOR.search(sentence[opening : listed[0].qual_start]):
                return None
            inside = [p for p in periods if opening < p.text_start < listed[0].qual_start]
            if not inside:
                return None
        run = [p for p in quantities if opening < p.start and p.end <= sentence.find(")", opening)]
        if q not in run or len(run) > len(rows):
            return None
        base = rows[len(rows) - len(run) + run.index(q)]
        p = inside[-1]
        if p.kind in ("as_of", "year"):
            p = Period(base["period_kind"], p.end, p.end) if base["period_kind"] == "as_of" else p
        return base, replace(p, comparison=True)

    def match_list_item(
        self, q: Quantity, scope: Scope, period, stated: bool, province: str, text: str
    ) -> dict | None:
        """A list item "Hòa Bình (86,5%)", "44,6% (bộ, ngành)": the indicator is named anywhere
        around it, the item names the breakdown."""
        named = name_indicators(scope.before + " " + scope.after, q.unit) or name_indicators(
            text, q.unit
        )
        if len(named) != 1:
            return None
        row = self.match_cues(q, scope, period, stated, only=named.pop())
        if row is not None:
            row["breakdown"] = province
            row["rule_id"] = f"{row['indicator']}:list_item"
        return row

    def place_subject(self, row: dict, window: str, after: str, sentence: str) -> None:
        """A province's own figure ("toàn tỉnh", "trên địa bàn tỉnh") is never national; on a
        page whose lead speaks of one province, neither is a figure that names no other level."""
        local = LOCAL_SUBJECT.search(window) or LOCAL_SUBJECT.search(after[:60])
        inherited = self.subject == "province" and not NATIONAL_SUBJECT.search(sentence)
        if row["breakdown"] != "national" or not (local or inherited):
            return
        if self.province:
            row["breakdown"] = self.province
            return
        row["status"] = "needs_review"
        reason = "a province's own figure; the text does not say which province"
        row["review_reason"] = "; ".join(r for r in (row["review_reason"], reason) if r)

    def prior_period(self, before: str, after: str, rows: list[dict]) -> Period | None:
        """ "so với mức 120,32 Mbps cùng kỳ năm trước": the compared value's own period."""
        if not rows or not PRIOR_VALUE.search(before):
            return None
        base = rows[-1]
        start, end = base["period_start"], base["period_end"]
        m = re.match(r"^[^;.\d]{0,20}?(?:cùng\s+kỳ\s+)?năm\s+(?P<y>20\d\d)", after)
        shift = None
        if m:
            shift = end.year - int(m.group("y"))
        elif re.match(r"^[^;.\d]{0,20}?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?", after):
            shift = 1
        if not shift or shift < 0:
            return None
        return Period(
            base["period_kind"], shift_years(start, shift), shift_years(end, shift), comparison=True
        )

    def is_excluded(
        self, sentence: str, q: Quantity, earlier: list[Quantity], clause_start: int, after: str
    ) -> bool:
        """Drop targets, remainders, averages, sub-counts and restated parentheticals."""
        head = sentence[: q.qual_start]
        if TARGET_WORDS.search(head) or TARGET_TAIL.search(head):
            return True
        for m in DEADLINE_YEAR.finditer(head):
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
        clause_quantities = [p for p in earlier if p.start >= clause_start and p.unit == q.unit]
        if clause_quantities and SUBSET.search(sentence[clause_quantities[0].end : q.qual_start]):
            return True
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening >= 0 and not sentence[opening + 1 : q.qual_start].strip() and ")" in after[:25]:
            # "(136 thôn)" restates the count before it; "(khoảng 24,5%)" after a count is new.
            previous = [p for p in earlier if p.end <= opening]
            return not previous or previous[-1].unit == q.unit or q.unit not in ("percent",)
        return False

    def match_cues(
        self, q: Quantity, scope: Scope, period: Period | None, stated: bool, only: str = ""
    ) -> dict | None:
        """Find the best indicator for a quantity (or take `only`) and build its row."""
        change = bool(CHANGE_BEFORE.search(scope.before))
        best: dict[str, tuple[float, Cue, Period | None]] = {}
        if only:
            cue = next(c for c in compile_cues() if c.indicator == only)
            p = period if period is not None else self.default_period(only)
            best[only] = (0.8, cue, p)
        for cue in () if only else compile_cues():
            p = period if period is not None else self.default_period(cue.indicator)
            if change and not cue.allow_change:
                continue
            score = score_cue(cue, q, scope, p)
            if score is None:
                continue
            if cue.indicator not in best or score > best[cue.indicator][0]:
                best[cue.indicator] = (score, cue, p)
        if not best:
            return None
        ranked = sorted(best.values(), key=lambda t: -t[0])
        score, cue, p = ranked[0]
        reasons = []
        confidence = min(0.95, 0.75 + 0.2 * score)
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < AMBIGUITY_MARGIN:
            reasons.append(f"ambiguous: {cue.indicator} or {ranked[1][1].indicator}")
            confidence -= 0.3
        kind = indicator_kinds()[cue.indicator]
        twin = flow_twins().get(cue.indicator)
        long_window = p is not None and (p.end - p.start).days > 370
        if cue.indicator in cumulative_indicators() and p is not None and p.kind in SPAN_KINDS:
            if long_window or not twin:  # "từ 1/7/2022 đến 30/9/2024: 7,95 tỷ hóa đơn"
                p = Period("as_of", p.end, p.end, relative=p.relative)
        if p is None and kind in FLOW_KINDS and self.previous_span is not None:
            p, stated = self.previous_span, True  # the span the paragraph before spoke of
        if p is not None and (p.end - p.start).days > 370 and p.kind != "year":
            reasons.append("a total over several years, not the indicator's level or flow")
            confidence -= 0.4
        if p is None:
            reasons.append("no period stated")
            confidence -= 0.4
            p = Period("as_of", self.cutoff, self.cutoff)
        elif not stated and kind in FLOW_KINDS:
            reasons.append("flow value without a stated period; assumed the report's period")
            confidence -= 0.3
        if q.ambiguous:
            reasons.append(f"number '{q.text}' could be read with '.' as decimal or thousands")
            confidence -= 0.4
        value = q.numerator if q.unit == "ratio" else q.value
        unit = indicator_units()[cue.indicator]
        if unit == "percent" and not 0 <= value <= 100:
            reasons.append("rate outside 0-100")
            confidence -= 0.4
        p = self.adjust_period(cue.indicator, p)
        indicator = pick_flow_twin(cue.indicator, p, scope)
        relative = p.relative or ("" if stated else "date")
        if relative and not self.dated:
            reasons.append(f"document date unknown: add published to {self.file_name}.meta.json")
            confidence -= 0.5
        elif relative == "date" and self.precision == "year":
            reasons.append(
                f"document date known only to its year: add published to {self.file_name}.meta.json"
            )
            confidence -= 0.5
        p, why = self.bound_period(p)
        if why:
            reasons.append(why)
            confidence -= 0.5
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
            "review_reason": "; ".join(reasons),
            "rule_id": cue.rule,
            "confidence": round(max(confidence, 0.0), 2),
            "date_source": self.date_source if relative else "text",
        }

    def bound_period(self, p: Period) -> tuple[Period, str]:
        """Keep a period within its document's date; say why when it cannot be."""
        limit = max(d for d in (self.document_date, self.cutoff) if d) if self.dated else None
        if p.end > date.today():
            return p, f"period ends {p.end.isoformat()}, in the future"
        if limit is None or p.end <= limit:
            return p, ""
        if p.start <= limit:
            # "trong tháng 02" in a report of 19/02 covers the days lived so far.
            return replace(p, end=limit), ""
        return p, f"period ends {p.end.isoformat()}, after its document's date {limit.isoformat()}"

    def default_period(self, indicator: str) -> Period | None:
        """The period a value has when the text names none: the cut-off for levels."""
        if indicator_kinds()[indicator] in FLOW_KINDS:
            if self.meta.get("kind") == "monthly_report" and self.meta.get("period_start"):
                return Period("month", self.meta["period_start"], self.meta["period_end"])
            return None
        return Period("as_of", self.cutoff, self.cutoff, relative="date")

    def adjust_period(self, indicator: str, p: Period) -> Period:
        """Fit a period to the indicator: a level stated for "năm <this year>" is a level now."""
        kind = indicator_kinds()[indicator]
        if (
            kind in ("stock", "rate", "speed", "rank")
            and p.kind == "year"
            and p.start.year >= self.year
            and self.precision != "year"  # the stated year is then all we know
        ):
            return Period("as_of", self.cutoff, self.cutoff, relative="date")
        if kind in ("stock",) and p.kind == "day_avg":
            return Period("as_of", self.cutoff, self.cutoff, relative="date")
        return p

    def same_time_earlier(self, sentence: str, compared: Period, rows: list[dict]) -> Period:
        """ "so với cùng kỳ năm 2023 (6.126 cuộc)" after a half-year: the same half of 2023."""
        lead = sentence[max(0, compared.text_start - 15) : compared.text_start]
        if compared.kind != "year" or not rows or not re.search(r"cùng\s+kỳ\s*$", lead):
            return compared
        base = rows[-1]
        shift = base["period_end"].year - compared.end.year
        if shift <= 0 or base["period_kind"] in ("year", "as_of"):
            return compared
        start, end = (
            shift_years(base["period_start"], shift),
            shift_years(base["period_end"], shift),
        )
        return Period(base["period_kind"], start, end, comparison=True)

    def add_comparison(
        self, offset: int, sentence: str, q: Quantity, period: Period, rows: list[dict], anchor: str
    ) -> None:
        """Record "(1.687 cuộc)" after "so với cùng kỳ tháng 02/2023" as that period's value."""
        if q.unit not in ("count", "percent", "money_vnd", "mbps", "per_100"):
            return
        # "(950 cuộc)" restates the count before it; "(48,2%)" the rate before it.
        previous = [r for r in rows if (r["unit"] == "percent") == (q.unit == "percent")]
        if not previous:
            return
        base = previous[-1]
        row = dict(base)
        row.update(
            {
                "period_kind": period.kind,
                "period_start": period.start,
                "period_end": period.end,
                "value": float(q.value),
                "qualifier": q.qualifier if q.qualifier != "đạt" else "",
                "rule_id": base["rule_id"] + "+comparison",
                "breakdown": base["breakdown"],
            }
        )
        row.update(self.locate(offset, sentence, q, anchor))
        rows.append(row)
        self.rows.append(row)

    def locate(self, offset: int, sentence: str, q: Quantity, anchor: str) -> dict:
        """Offsets of the quote (the sentence) and of the number in the normalized text."""
        stripped = sentence.strip()
        lead_ws = len(sentence) - len(sentence.lstrip())
        return {
            "quote": stripped,
            "quote_start": offset + lead_ws,
            "quote_end": offset + lead_ws + len(stripped),
            "value_start": offset + q.start,
            "value_end": offset + q.end,
            "anchor": anchor.strip(),
        }

    def extract_table_row(self, para: Paragraph, cells: list[str], header: list[str]) -> None:
        """Extract a tab-separated table row: the label names the indicator, headers the periods."""
        label = cells[0]
        row_text = self.nt.text[para.start : para.end]
        unit_hint = "mbps" if re.search(r"\(Mbps\)|Mb/s", label, re.I) else None
        pos = len(label) + 1
        for j, cell in enumerate(cells[1:], start=1):
            head = header[j] if j < len(header) else ""
            periods = find_periods(head, self.year, self.cutoff, self.ref_month)
            quantities = find_quantities(cell, self.dot_decimals)
            if len(quantities) == 1:
                q = quantities[0]
                if unit_hint and q.unit == "count":
                    q = Quantity(**{**q.__dict__, "unit": unit_hint})
                period = next((p for p in periods if p.kind != "date"), None)
                scope = Scope(before=label + " ", bare=label + " ", after="", context=label)
                row = self.match_cues(q, scope, period, period is not None)
                if row is not None:
                    row.update(
                        {
                            "quote": row_text,
                            "quote_start": para.start,
                            "quote_end": para.end,
                            "value_start": para.start + pos + q.start,
                            "value_end": para.start + pos + q.end,
                            "anchor": "\t".join(header),
                        }
                    )
                    self.rows.append(row)
            pos += len(cell) + 1


def extract_text(raw: str, file_name: str, sha256: str, sidecar: dict | None = None) -> Extraction:
    """Extract observations from already-read report text and its provenance sidecar."""
    nt = normalize_text(raw)
    meta = describe_document(raw, nt.text, file_name, sha256, sidecar)
    rows = DocumentExtractor(nt, meta).run()
    frame = pd.DataFrame(rows)
    if frame.empty:
        return Extraction(document=meta, text=nt.text)
    frame["document"] = file_name
    frame["doc_sha256"] = sha256
    frame = mark_conflicts(drop_repeats(frame))
    frame["observation_id"] = [
        make_observation_id(
            sha256,
            r.indicator,
            r.breakdown,
            Period(r.period_kind, r.period_start, r.period_end),
            r.quote_start,
            r.quote_end,
        )
        for r in frame.itertuples()
    ]
    return Extraction(
        document=meta, text=nt.text, observations=frame[OBSERVATION_COLUMNS].reset_index(drop=True)
    )


def drop_repeats(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep one statement of a figure a document repeats, the one that states its period."""
    # A figure restated without its date ("84,74 triệu" twice) is the same figure.
    key = ["indicator", "breakdown", "value"]
    undated = (frame["date_source"] != "text").astype(int)
    order = undated.sort_values(kind="stable").index
    return frame.loc[order].drop_duplicates(subset=key, keep="first").sort_index()


def drop_rounded_restatements(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop "hơn 700" where the same document states the exact 717 for the same period."""
    key = ["indicator", "breakdown", "period_kind", "period_end"]
    exact = frame[frame["qualifier"] == ""].groupby(key)["value"].agg(list)
    if exact.empty:
        return frame

    def restates(row) -> bool:
        values = exact.get(tuple(getattr(row, k) for k in key), [])
        bound = {"hơn": lambda v: v >= row.value, "trên": lambda v: v >= row.value}
        bound |= {"gần": lambda v: v <= row.value, "dưới": lambda v: v <= row.value}
        test = bound.get(row.qualifier, lambda v: abs(v - row.value) <= 0.1 * abs(v))
        return row.qualifier in APPROXIMATE and any(
            test(v) and abs(v - row.value) <= 0.1 * abs(v) for v in values
        )

    return frame[[not restates(r) for r in frame.itertuples()]]


def mark_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Send to review two different values one document gives for the same period."""
    key = ["indicator", "breakdown", "period_kind", "period_end"]
    frame = drop_rounded_restatements(frame)
    clash = frame.duplicated(subset=key, keep=False)
    frame = frame.copy()
    frame.loc[clash, "status"] = "needs_review"
    frame.loc[clash, "review_reason"] = frame.loc[clash, "review_reason"].map(
        lambda r: "; ".join(x for x in (r, "two values for the same period in one document") if x)
    )
    return frame


def extract_file(path: Path, encoding: str | None = None) -> Extraction:
    """Read one report and return its metadata and observations (raises ReadError)."""
    path = Path(path)
    raw = read_report(path, encoding=encoding)
    return extract_text(raw, path.name, sha256_file(path), read_sidecar(path))
