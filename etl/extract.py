"""Extract indicator values from reports: each value with its period, qualifier and exact quote."""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from etl.metadata import describe_document
from etl.normalize import NormalizedText, Paragraph, normalize_text
from etl.numbers import Quantity, detect_dot_decimals, find_quantities
from etl.periods import Period, find_periods
from etl.read import ReadError, read_report, sha256_file
from metrics.catalog import load_catalog, load_cues, load_provinces

OBSERVATION_COLUMNS = [
    "document", "doc_sha256", "indicator", "breakdown", "period_kind", "period_start",
    "period_end", "value", "unit", "qualifier", "status", "review_reason", "quote",
    "quote_start", "quote_end", "value_start", "value_end", "anchor", "rule_id",
    "confidence", "observation_id",
]  # fmt: skip
CSV_COLUMNS = [
    "document", "indicator", "breakdown", "period_kind", "period_start", "period_end",
    "value", "unit", "qualifier", "status", "quote",
]  # fmt: skip

# Below this confidence a value goes to review instead of the chart.
ACCEPT_CONFIDENCE = 0.6
# Two indicators whose cues score within this margin make a value ambiguous.
AMBIGUITY_MARGIN = 0.05

# Which quantity units may fill an indicator of a catalog unit, unless a cue says otherwise.
DEFAULT_UNITS = {
    "percent": ["percent"],
    "count": ["count", "ratio"],
    "billion_vnd": ["money_vnd"],
    "mbps": ["mbps"],
    "rank": ["ratio", "count"],
}
FLOW_KINDS = {"flow"}

# Words that make the rest of a sentence a target or a plan, not a result.
TARGET_WORDS = re.compile(
    r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu\s+(?:đề\s+ra|được\s+giao|đến)|kế\s+hoạch\s+(?:đề\s+ra|đặt\s+ra)|"
    r"đặt\s+ra|(?<!đáp\sứng\s)yêu\s+cầu|đề\s+nghị|cần\s+(?:đạt|phải)|phải\s+đạt|hướng\s+tới|"
    r"dự\s+kiến|sẽ\s+(?:đạt|có)",
    re.I,
)
# Words right before a number that make it a floor to reach ("bảo đảm 100%", "ít nhất 5 bậc").
TARGET_TAIL = re.compile(
    r"(?:bảo\s+đảm|đảm\s+bảo|ít\s+nhất|tối\s+thiểu|tăng\s+lên)\s*(?:đạt\s*)?$", re.I
)
# "đến năm 2025", "trước cuối năm 2024": a deadline when the year is ahead of the report.
DEADLINE_YEAR = re.compile(
    r"(?:đến|trước|trong)\s+(?P<end>hết\s+|cuối\s+)?(?:năm\s+)?(?P<y>20\d\d)\b", re.I
)
REMAINING_AFTER = re.compile(r"^[^;.]{0,60}\bcòn\s+lại\b", re.I)
CHANGE_BEFORE = re.compile(
    r"(?:tăng|giảm|tăng\s+thêm|giảm\s+thêm|tăng\s+trưởng|cao\s+hơn|thấp\s+hơn|gấp|vượt)\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.I,
)
SUBSET = re.compile(r"\btrong\s+đó\b|\bbao\s+gồm\b|\btrong\s+số\s+(?:này|đó)\b", re.I)
TASK_SECTION = re.compile(
    r"^(?:[A-Z]|[IVX]{1,4})\.\s+(?:VỀ\s+)?(?:PHƯƠNG\s+HƯỚNG|NHIỆM\s+VỤ|ĐỀ\s+XUẤT|KIẾN\s+NGHỊ|GIẢI\s+PHÁP)",
    re.I,
)
TOP_SECTION = re.compile(r"^(?:[A-Z]|[IVX]{1,4})\.\s+\S")
QUALIFIER_TAIL = r"(?:\s*(?:đạt|là|:|có|tỷ\s+lệ|gần|hơn|trên|khoảng|ước))*\s*$"
MINISTRIES = re.compile(
    r"(?:các\s+)?(?:bộ,?\s*ngành(?:\s+trung\s+ương)?|cấp\s+bộ)" + QUALIFIER_TAIL, re.I
)
LOCALITIES = re.compile(r"(?:các\s+)?(?:địa\s+phương|cấp\s+tỉnh)" + QUALIFIER_TAIL, re.I)
ESTIMATE_BEFORE = re.compile(r"\bước\s+(?:đạt|tính|khoảng)?[^;\d]{0,30}$", re.I)


@dataclass
class Extraction:
    """One report's metadata, normalized text and extracted observations."""

    document: dict
    text: str
    observations: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=OBSERVATION_COLUMNS)
    )


@dataclass
class Cue:
    """A compiled cue: how a report names one indicator around a number."""

    indicator: str
    rule: str
    units: list[str]
    before: re.Pattern | None
    after: re.Pattern | None
    context: re.Pattern | None
    exclude: re.Pattern | None
    periods: list[str] | None
    weight: float
    allow_change: bool


@dataclass
class Scope:
    """The text around one quantity that cues are matched against."""

    before: str  # the clause before the number, with its qualifier word ("đạt", "hơn")
    bare: str  # the same clause without the qualifier word
    after: str  # the words after the number, up to the next number or clause end
    context: str  # sentence, paragraph so far and lead-in paragraphs
    label: str = ""  # for a footnote body: the anchor clause that names the subject
    crossed: int = -1  # offset in `before` where an earlier number of the clause ends
    head: str = ""  # the sentence up to the number (a province named anywhere before it)


@cache
def compile_cues() -> tuple[Cue, ...]:
    """Compile the catalog's cue tables once per process."""
    catalog = load_catalog()
    cues = []
    for indicator, rows in load_cues().items():
        unit = catalog.loc[indicator, "unit"]
        for row in rows:
            flags = re.I

            def comp(key, flags=flags, row=row):
                return re.compile(row[key], flags) if key in row else None

            cues.append(
                Cue(
                    indicator=indicator,
                    rule=f"{indicator}:{row['rule']}",
                    units=row.get("units", DEFAULT_UNITS[unit]),
                    before=comp("before"),
                    after=comp("after"),
                    context=comp("context"),
                    exclude=comp("exclude"),
                    periods=row.get("periods"),
                    weight=float(row.get("weight", 1.0)),
                    allow_change=bool(row.get("allow_change", False)),
                )
            )
    return tuple(cues)


@cache
def indicator_kinds() -> dict[str, str]:
    """Map indicator id to its kind (rate, stock, flow...)."""
    return load_catalog()["kind"].to_dict()


@cache
def indicator_units() -> dict[str, str]:
    """Map indicator id to its catalog unit."""
    return load_catalog()["unit"].to_dict()


def score_cue(cue: Cue, q: Quantity, scope: Scope, period: Period | None) -> float | None:
    """Score how well a cue names this quantity; None when it does not apply."""
    if q.unit not in cue.units:
        return None
    if cue.periods is not None and (period is None or period.kind not in cue.periods):
        return None
    distance = 0
    if cue.before is not None:
        m = cue.before.search(scope.before) or cue.before.search(scope.bare)
        if m is None and scope.label:
            m = cue.before.search(scope.label)
        if m is None:
            return None
        distance += len(m.string) - m.end() if m.string is not scope.label else 20
        if (
            m.string is not scope.label
            and (
                m.start() < scope.crossed or not m.string[max(scope.crossed, 0) : m.start()].strip()
            )
            and scope.crossed >= 0
        ):
            distance += 150  # the words belong to an earlier number of the clause ("16,4 triệu tài khoản và 51,6 …")
    if cue.after is not None:
        m = cue.after.search(scope.after)
        if m is None:
            return None
        distance += m.start()
    if cue.context is not None and not cue.context.search(scope.context):
        return None
    if cue.exclude is not None and cue.exclude.search(scope.before[-40:] + " " + scope.after):
        return None
    return cue.weight - 0.002 * distance


def resolve_period(
    q: Quantity, periods: list[Period], sentence: str, lead_periods: list[Period]
) -> tuple[Period | None, bool]:
    """Pick the period a quantity refers to; return (period, stated_in_text)."""
    usable = [p for p in periods if p.kind != "date" and not p.comparison]
    before = [p for p in usable if p.text_end <= q.qual_start]
    if before:
        nearest = before[-1]
        if nearest.kind == "day_avg":
            window = [p for p in before[:-1] if p.kind in ("month", "quarter", "half", "ytd")]
            if window:
                w = window[-1]
                return Period("day_avg", w.start, w.end, explicit_window=w.explicit_window), True
        return nearest, True
    clause_end = re.search(r"[;.]", sentence[q.end :])
    limit = q.end + (clause_end.start() if clause_end else len(sentence))
    after = [p for p in usable if q.end <= p.text_start < limit and p.kind != "day_avg"]
    if after:
        return after[0], True
    usable_lead = [p for p in lead_periods if p.kind != "date" and not p.comparison]
    if usable_lead:
        return usable_lead[-1], True
    return None, False


def comparison_period(q: Quantity, periods: list[Period], sentence: str) -> Period | None:
    """Return the compared period when q is a parenthetical "(1.687 cuộc)" after "so với …"."""
    opening = sentence.rfind("(", 0, q.qual_start)
    if opening < 0 or sentence[opening + 1 : q.qual_start].strip():
        return None
    for p in periods:
        if p.comparison and 0 <= opening - p.text_end <= 2:
            return p
    return None


def pick_qualifier(q: Quantity, before: str) -> str:
    """The bounding word before the number; "ước" a few words back marks an estimate."""
    if q.qualifier and q.qualifier != "đạt":
        return q.qualifier
    return "ước" if ESTIMATE_BEFORE.search(before) else ""


@cache
def province_pattern() -> re.Pattern:
    """Match "Tại Hà Nội", "tỉnh Quảng Ninh", "TP. Hồ Chí Minh" before a number."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in load_provinces())
    return re.compile(
        rf"(?:\b(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?|\b(?:tỉnh|thành\s+phố|TP\.?)\s*)(?P<name>{names})\b",
        re.I,
    )


def find_breakdown(before: str, sentence_head: str = "") -> str:
    """Read a ministries / localities / province split from the words before a number."""
    m = province_pattern().search(sentence_head or before)
    if m:
        written = " ".join(m.group("name").split())
        return next((n for n in load_provinces() if n.lower() == written.lower()), written)
    if MINISTRIES.search(before):
        return "ministries"
    if LOCALITIES.search(before):
        return "localities"
    return "national"


def find_task_spans(nt: NormalizedText) -> list[tuple[int, int]]:
    """Return text spans of sections that list tasks and targets, not results."""
    spans = []
    start = None
    for para in nt.paragraphs:
        if para.kind == "footnote":
            break
        head = nt.text[para.start : para.end]
        if TASK_SECTION.match(head):
            start = para.start if start is None else start
        elif start is not None and TOP_SECTION.match(head) and not re.match(r"^[IVX]{1,4}\.", head):
            spans.append((start, para.start))
            start = None
    if start is not None:
        footnote_start = next(
            (p.start for p in nt.paragraphs if p.kind == "footnote"), len(nt.text)
        )
        spans.append((start, footnote_start))
    return spans


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Say whether an offset falls inside any span."""
    return any(s <= offset < e for s, e in spans)


def lead_paragraphs(nt: NormalizedText, index: int) -> str:
    """Return the paragraphs that introduce paragraph `index` (up to one ending with ':')."""
    texts = []
    for j in range(index - 1, max(-1, index - 4), -1):
        para = nt.paragraphs[j]
        if para.kind == "footnote":
            break
        text = nt.text[para.start : para.end]
        texts.append(text)
        if text.rstrip().endswith(":"):
            return " ".join(reversed(texts))
    return ""


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
        self.cutoff: date = meta["cutoff_date"] or date.today()
        self.year = self.cutoff.year
        self.dot_decimals = detect_dot_decimals(nt.text)
        monthly = meta.get("kind") == "monthly_report" and meta.get("period_start")
        self.ref_month = (meta["period_start"], meta["period_end"]) if monthly else None
        self.task_spans = find_task_spans(nt)
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
        for s, e in self.nt.sentences(para):
            sentence = self.nt.text[s:e]
            context = " ".join([lead, self.nt.text[para.start : e], anchor_text])
            self.extract_sentence(s, sentence, context, label, anchor_text, lead_periods)

    def extract_sentence(
        self,
        offset: int,
        sentence: str,
        context: str,
        label: str,
        anchor_text: str,
        lead_periods: list[Period],
    ) -> None:
        """Match every quantity of one sentence against the cues."""
        periods = find_periods(sentence, self.year, self.cutoff, self.ref_month)
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
            compared = comparison_period(q, periods, sentence)
            if compared is not None:
                self.add_comparison(offset, sentence, q, compared, sentence_rows, anchor_text)
                continue
            if self.is_excluded(sentence, q, quantities[:i], clause_start, after):
                continue
            bare = sentence[clause_start : q.qual_start]
            crossed = max(
                (p.end - clause_start for p in quantities[:i] if p.end > clause_start), default=-1
            )
            scope = Scope(before, bare, after, context, label, crossed, sentence[: q.qual_start])
            period, stated = resolve_period(q, periods, sentence, lead_periods)
            row = self.match_cues(q, scope, period, stated)
            if row is None:
                continue
            row.update(self.locate(offset, sentence, q, anchor_text))
            sentence_rows.append(row)
            self.rows.append(row)

    def is_excluded(
        self, sentence: str, q: Quantity, earlier: list[Quantity], clause_start: int, after: str
    ) -> bool:
        """Drop targets, remainders, sub-counts after "trong đó" and restated parentheticals."""
        head = sentence[: q.qual_start]
        if TARGET_WORDS.search(head) or TARGET_TAIL.search(head):
            return True
        for m in DEADLINE_YEAR.finditer(head):
            year = int(m.group("y"))
            if year > self.year or (
                year == self.year and m.group("end") and self.cutoff.month < 12
            ):
                return True
        if REMAINING_AFTER.search(after):
            return True
        # "3.224 hệ thống, trong đó ... 2.145 hệ thống, đạt tỷ lệ 66,5%": only a count after a
        # count (or a rate after a rate) is a part of the earlier figure.
        clause_quantities = [p for p in earlier if p.start >= clause_start and p.unit == q.unit]
        if clause_quantities and SUBSET.search(sentence[clause_quantities[0].end : q.qual_start]):
            return True
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening >= 0 and not sentence[opening + 1 : q.qual_start].strip() and ")" in after[:25]:
            return True  # "(136 thôn)": a restatement, not a new value
        return False

    def match_cues(
        self, q: Quantity, scope: Scope, period: Period | None, stated: bool
    ) -> dict | None:
        """Find the best indicator for a quantity and build its observation row."""
        change = bool(CHANGE_BEFORE.search(scope.before))
        best: dict[str, tuple[float, Cue, Period | None]] = {}
        for cue in compile_cues():
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
        if p is None:
            reasons.append("no period stated")
            confidence -= 0.4
            p = Period("as_of", self.cutoff, self.cutoff)
        elif not stated and indicator_kinds()[cue.indicator] in FLOW_KINDS:
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
        return {
            "indicator": cue.indicator,
            "breakdown": find_breakdown(scope.before, scope.head),
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
        }

    def default_period(self, indicator: str) -> Period | None:
        """The period a value has when the text names none: the cut-off for levels."""
        if indicator_kinds()[indicator] in FLOW_KINDS:
            if self.meta.get("kind") == "monthly_report" and self.meta.get("period_start"):
                return Period("month", self.meta["period_start"], self.meta["period_end"])
            return None
        return Period("as_of", self.cutoff, self.cutoff, relative=True)

    def adjust_period(self, indicator: str, p: Period) -> Period:
        """Fit a period to the indicator: a level stated for "năm <this year>" is a level now."""
        kind = indicator_kinds()[indicator]
        if kind in ("stock", "rate", "speed") and p.kind == "year" and p.start.year >= self.year:
            return Period("as_of", self.cutoff, self.cutoff)
        if kind in ("stock",) and p.kind == "day_avg":
            return Period("as_of", self.cutoff, self.cutoff)
        return p

    def add_comparison(
        self, offset: int, sentence: str, q: Quantity, period: Period, rows: list[dict], anchor: str
    ) -> None:
        """Record "(1.687 cuộc)" after "so với cùng kỳ tháng 02/2023" as that period's value."""
        if q.unit not in ("count", "percent", "money_vnd"):
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


def extract_text(raw: str, file_name: str, sha256: str) -> Extraction:
    """Extract observations from already-read report text."""
    nt = normalize_text(raw)
    meta = describe_document(raw, nt.text, file_name, sha256)
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
    """Keep the first statement when a document repeats the same value for the same period."""
    key = ["indicator", "breakdown", "period_kind", "period_end", "value"]
    return frame.drop_duplicates(subset=key, keep="first")


def mark_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Send to review two different values one document gives for the same period."""
    key = ["indicator", "breakdown", "period_kind", "period_end"]
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
    return extract_text(raw, path.name, sha256_file(path))


def run_extract_cli(paths, encoding=None, out=None, err=None) -> int:
    """Print extracted values of the given files as CSV; return 0, or 65 if any file failed."""
    out = out or sys.stdout
    err = err or sys.stderr
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    failed = False
    for path in expand_paths(paths):
        try:
            extraction = extract_file(path, encoding=encoding)
        except ReadError as exc:
            print(f"kpi extract: {exc}", file=err)
            failed = True
            continue
        for row in extraction.observations.itertuples():
            writer.writerow(
                [
                    row.document,
                    row.indicator,
                    row.breakdown,
                    row.period_kind,
                    row.period_start.isoformat(),
                    row.period_end.isoformat(),
                    format_value(row.value),
                    row.unit,
                    row.qualifier,
                    row.status,
                    row.quote,
                ]
            )
    return 65 if failed else 0


def expand_paths(paths) -> list[Path]:
    """Expand directories into the report files they hold, sorted by name."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def format_value(value: float) -> str:
    """Write a value with '.' decimals and no float noise (2800000, 48.28)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"
