"""Extract indicator values from reports: each value with its period, qualifier and exact quote."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from etl import budget
from etl.clauses import find_breakdown, find_lead_breakdown
from etl.cues import (
    clause_cues,
    context_verdicts,
    cues_by_rule,
    indicator_kinds,
)
from etl.exclusions import read_marks
from etl.gates import lowered, verdicts
from etl.metadata import describe_document
from etl.normalize import normalize_text
from etl.numbers import scan_quantities
from etl.period_bounds import DATE_REASON
from etl.periods import Period, match_patterns, row_period, scan_periods
from etl.placement import DISTRICT_PART_REASON, PROVINCE_PART_REASON
from etl.provinces import rename_by_period
from etl.read import ReadError, read_report, sha256_file
from etl.restated_figures import APPROXIMATE, approximates
from etl.row_match import EARLIER_REASON
from etl.rows import PLANS_REASON, SPAN_COUNT_REASON, add_reason
from etl.sidecar import read_sidecar
from etl.someone_else import names_someone_else
from etl.spelling import fold_month_names, fold_spelling, unfold
from etl.walk import DocumentExtractor
from metrics.catalog import list_family_units

OBSERVATION_COLUMNS = [
    "document", "doc_sha256", "indicator", "breakdown", "period_kind", "period_start",
    "period_end", "value", "unit", "qualifier", "status", "review_reason", "quote",
    "quote_start", "quote_end", "value_start", "value_end", "anchor", "rule_id",
    "confidence", "observation_id", "date_source",
]  # fmt: skip

# The rows as Arrow types, as a cache pack stores them (a refresh's workers hand back tables):
# text unless named here.
ARROW_TYPES = {
    "period_start": pa.date32(),
    "period_end": pa.date32(),
    "value": pa.float64(),
    "confidence": pa.float64(),
    **dict.fromkeys(("quote_start", "quote_end", "value_start", "value_end"), pa.int64()),
}
OBSERVATION_SCHEMA = pa.schema(
    [(name, ARROW_TYPES.get(name, pa.large_string())) for name in OBSERVATION_COLUMNS]
)

# Below this confidence a value goes to review instead of the chart.

# (an answer about plans states an aim, a district level is a part, a figure from before the
# text's time has no date: they clash with no result)
NOT_STANDING = (
    DATE_REASON,
    SPAN_COUNT_REASON,
    PLANS_REASON,
    DISTRICT_PART_REASON,
    PROVINCE_PART_REASON,
    EARLIER_REASON,
)
OTHER_SPEED_MEASURE = re.compile(r"\bi-?Speed\b|\bVNNIC\b", re.I)
# A median and a mean read at the same time: a level beside a month's reading (a year's mean is
# no month's, nor May's June's)
READ_BESIDE = {"as_of": "month", "month": "as_of"}
SAME_READING_DAYS = 35  # a median and a mean this close were read at the same time (eval's window)

# The caches extraction keeps of texts it has read (one per worker process, bounded).
TEXT_CACHES = (
    scan_periods,
    match_patterns,
    scan_quantities,
    read_marks,
    lowered,
    verdicts,
    find_breakdown,
    find_lead_breakdown,
    names_someone_else,
    clause_cues,
    context_verdicts,
)


def clear_caches() -> None:
    """Forget every text the extraction caches hold (the compiled catalog stays)."""
    for cached in TEXT_CACHES:
        cached.cache_clear()


@dataclass
class Extraction:
    """One report's metadata, normalized text and extracted observations."""

    document: dict
    text: str
    observations: pd.DataFrame | pa.Table = field(
        default_factory=lambda: pd.DataFrame(columns=OBSERVATION_COLUMNS)
    )


def make_observation_id(
    sha: str, indicator: str, breakdown: str, period: Period, qs: int, qe: int
) -> str:
    """Stable id from the document hash, indicator, breakdown, period and quote offsets."""
    key = f"{sha}|{indicator}|{breakdown}|{period.kind}|{period.end}|{qs}|{qe}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def extract_text(
    raw: str, file_name: str, sha256: str, sidecar: dict | None = None, as_table: bool = False
) -> Extraction:
    """Extract observations from already-read report text and its provenance sidecar.

    as_table: the observations as an Arrow table (OBSERVATION_SCHEMA) instead of a DataFrame.
    """
    nt = normalize_text(raw)
    meta = describe_document(raw, nt.text, file_name, sha256, sidecar)
    # The cues read one spelling ("tỷ lệ", "hóa") and months in digits; quotes keep the document's own.
    folded = fold_month_names(fold_spelling(nt.text))
    rows = DocumentExtractor(replace(nt, text=folded), meta).run()
    for row in rows:
        row["quote"] = unfold(row["quote"], folded, nt.text, row["quote_start"])
        row["anchor"] = unfold(row.get("anchor", ""), folded, nt.text)
    rename_by_period(rows)
    if rows:
        rows = mark_conflicts(drop_repeats(rows))
    for row in rows:
        row["document"], row["doc_sha256"] = file_name, sha256
        row["observation_id"] = make_observation_id(
            sha256,
            row["indicator"],
            row["breakdown"],
            row_period(row),
            row["quote_start"],
            row["quote_end"],
        )
    return Extraction(meta, nt.text, build_observations(rows, as_table))


def build_observations(rows: list[dict], as_table: bool) -> pd.DataFrame | pa.Table:
    """The rows as a DataFrame, or as an Arrow table in OBSERVATION_SCHEMA."""
    if as_table:
        # A refresh's worker hands these to the main process, which joins every file's rows as
        # Arrow: a DataFrame per file cost 2 ms to build and as much to pickle and read back.
        columns = {name: [row.get(name) for row in rows] for name in OBSERVATION_COLUMNS}
        return pa.Table.from_pydict(columns, schema=OBSERVATION_SCHEMA)
    return pd.DataFrame(rows, columns=OBSERVATION_COLUMNS)


def drop_repeats(rows: list[dict]) -> list[dict]:
    """Keep one statement of a figure a document repeats, the one that states its period."""

    # A figure restated without its date ("84,74 triệu" twice) is the same figure. Two dated
    # statements of one value are two periods ("12,87% in 2021 and in 2023"); only a statement
    # without a date of its own restates a figure stated elsewhere. Plain lists: a document has
    # tens of rows, where a frame's per-call overhead costs more than the work.
    def figure(row: dict) -> tuple:
        return row["indicator"], row["breakdown"], row["value"]

    dated = {figure(r) for r in rows if r["date_source"] == "text"}
    kinds = indicator_kinds()
    seen: set[tuple] = set()
    kept = []
    for row in rows:
        if row["date_source"] == "text":
            # a level stated to a day and in the month that ends that day ("đến hết tháng 2/2021,
            # … còn 917.492" over "Trong tháng 2/2021, … 917.492"): one figure; a flow's month and
            # its year to date are two
            level = kinds.get(row["indicator"]) not in ("flow", "growth")
            kind = "level" if level else row["period_kind"]
            key = (*figure(row), kind, row["period_end"])
        elif figure(row) in dated:
            continue
        else:
            key = figure(row)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


DATED = re.compile(r"(?:tháng|quý|năm|ngày)\s*(?:\d|[IV]+\b)|\d{1,2}\s*[/-]\s*(?:19|20)\d\d", re.I)


def is_restatement(row: dict, exact: dict) -> bool:
    """Whether a row rounds or bounds an exact value of the same indicator and breakdown."""
    if row["value"] == exact["value"] and row is not exact:
        # "Cục An toàn thông tin: Ghi nhận … 982 cuộc tấn công mạng" above "trong tháng 12-2022,
        # … 982 cuộc …": a title repeats the body's figure without its period
        return not DATED.search(row["quote"]) and bool(DATED.search(exact["quote"]))
    same_period = (row["period_kind"], row["period_end"]) == (
        exact["period_kind"],
        exact["period_end"],
    )
    if not (same_period or row["date_source"] != "text"):
        return False
    v, x, qual = row["value"], exact["value"], row["qualifier"]
    if qual in APPROXIMATE:
        return approximates(qual, v, x)
    # A title or photo caption ("… chiếm 10% GDP - Ảnh 1") rounds to whole or tenth figures.
    rounded = round_half_even(x) == v or round_half_even(x, 1) == v or int(x) == v
    return qual == "" and x != v and rounded


def is_round(value: float) -> bool:
    """Whether a figure has one significant digit (7 triệu, 100), as a headline rounds it."""
    digits = format(abs(value), "f").replace(".", "").strip("0")
    return len(digits) <= 1


def round_half_even(x: float, digits: int = 0) -> float:
    """float(np.round(x, digits)), as numpy reckons it (scaled, rounded half to even, scaled
    back), without its 4 µs a call on a plain float (thousands of calls a refresh)."""
    scale = 10.0**digits
    scaled = x * scale
    if not math.isfinite(scaled):
        return float(np.round(x, digits))
    return round(scaled) / scale


def drop_rounded_restatements(rows: list[dict]) -> list[dict]:
    """Drop a rounding of a figure the same document states exactly.

    "hơn 700" beside 717, and a headline's "đạt hơn 73%" or "đạt 85%" beside the body's 73,6% or
    85,3%. A value with no date of its own (date_source other than "text") may restate an exact
    value of any period; a dated one only a value of its own period.
    """
    # the exact figures by series, by neighbouring indicators' series, and by indicator alone
    series: dict[tuple, list[dict]] = {}
    neighbours: dict[tuple, list[dict]] = {}
    indicator: dict[str, list[dict]] = {}
    family_unit = list_family_units()
    for row in rows:
        # "ước đạt 14,02%" is an exact estimate; "hơn 7,1 triệu", dated by its text, is finer
        # than an undated headline's "Hơn 7 triệu khách hàng dùng Mobile Money"
        if row["qualifier"] not in APPROXIMATE or (
            row["date_source"] == "text" and not is_round(row["value"])
        ):
            series.setdefault((row["indicator"], row["breakdown"]), []).append(row)
            kin = (family_unit.get(row["indicator"]), row["breakdown"])
            neighbours.setdefault(kin, []).append(row)
            indicator.setdefault(row["indicator"], []).append(row)
    return [
        row
        for row in rows
        if not any(
            is_restatement(row, x)
            for x in series.get((row["indicator"], row["breakdown"]), ())
            if x is not row
        )
        and not restates_a_neighbour(
            row, neighbours.get((family_unit.get(row["indicator"]), row["breakdown"]))
        )
        and not restates_another_place(row, indicator.get(row["indicator"]))
    ]


def restates_another_place(row: dict, exact: list[dict] | None) -> bool:
    """Whether an undated figure whose place its words do not name repeats a dated one of the same
    indicator read elsewhere: "Cổng Dịch vụ công quốc gia: Hơn 13,2 triệu tài khoản đăng ký" over a
    provincial paper's "… tính đến ngày 20/6/2024, Cổng Dịch vụ công quốc gia có hơn 13,2 triệu
    tài khoản" is the country's figure, not the paper's province's."""
    if row["date_source"] == "text" or not exact or DATED.search(row["quote"]):
        return False
    named = row["breakdown"] != "national" and row["breakdown"].lower() in row["quote"].lower()
    return not named and any(
        x["breakdown"] != row["breakdown"]
        and x["date_source"] == "text"
        and x["value"] == row["value"]
        for x in exact
    )


def restates_a_neighbour(row: dict, exact: list[dict] | None) -> bool:
    """Whether an undated rough figure bounds an exact one of a neighbouring indicator (same
    family and unit): a headline "NDXP: 29 ngày, hơn 62 triệu giao dịch" over the body's "Trong
    tháng 2/2024, NDXP ghi nhận 62,4 triệu giao dịch" is the month's count, not a running total."""
    if row["date_source"] == "text" or row["qualifier"] not in APPROXIMATE or not exact:
        return False
    return any(
        x["indicator"] != row["indicator"]
        and x["date_source"] == "text"
        and approximates(row["qualifier"], row["value"], x["value"])
        # (closer than a rough figure of its own indicator need be: a rounding, not a guess)
        and abs(row["value"] - x["value"]) <= 0.03 * abs(x["value"])
        for x in exact
    )


def mark_conflicts(rows: list[dict]) -> list[dict]:
    """Send to review two different values one document gives for the same period."""
    rows = drop_rounded_restatements(rows)
    keys = [(r["indicator"], r["breakdown"], r["period_kind"], r["period_end"]) for r in rows]
    # A value the clause names outright wins over one only the context suggested ("Với tốc độ
    # trung bình 95 Mbps" after a paragraph on fixed lines, beside "tốc độ cố định … 93,7 Mbps").
    cues = cues_by_rule()
    named_by = [cues.get(str(r["rule_id"]).split("+")[0]) for r in rows]
    weight = [1.0 if cue is None else cue.weight for cue in named_by]
    # i-Speed's mean outranks no Speedtest figure it stands beside ("Với tốc độ trung bình 261,8
    # Mbps" read from the paragraph on fixed lines, then "Theo iSpeed, … đạt tới 271,2 Mbps").
    measured = read_by_other_measure(rows)
    plain = {key for key, m in zip(keys, measured, strict=True) if not m}
    named: dict[tuple, float] = {}
    for key, w, m in zip(keys, weight, measured, strict=True):
        if not (m and key in plain):
            named[key] = max(w, named.get(key, w))
    guessed = [w < named.get(key, w) for key, w in zip(keys, weight, strict=True)]
    # A value already in review because its own date is unknown clashes with no dated one
    # ("hiện … 54,8%, tăng … so với tỷ lệ 30% tại thời điểm cuối năm 2021").
    # …nor does a span's count that may be the span's own, not the running total's
    undated = [any(w in str(r["review_reason"]) for w in NOT_STANDING) for r in rows]
    standing = [not (g or u) for g, u in zip(guessed, undated, strict=True)]
    other = yield_to_median(rows, keys, standing, measured)
    counts = Counter(k for k, s, o in zip(keys, standing, other, strict=True) if s and not o)
    for row, key, g, o in zip(rows, keys, guessed, other, strict=True):
        if o:
            add_reason(row, "i-Speed's mean (VNNIC), not the Speedtest median the text also gives")
        elif g:
            add_reason(row, "read from context; the text names another value")
        elif counts[key] > 1:
            add_reason(row, "two values for the same period in one document")
    return rows


def read_by_other_measure(rows: list[dict]) -> list[bool]:
    """Which rows are speeds by another measure than Speedtest's (i-Speed's mean)."""
    return [r["unit"] == "mbps" and bool(OTHER_SPEED_MEASURE.search(r["quote"])) for r in rows]


def yield_to_median(
    rows: list[dict], keys: list[tuple], standing: list[bool], other: list[bool]
) -> list[bool]:
    """Which speeds are VNNIC's i-Speed mean for a period a standing Speedtest median also has.

    The catalog's speeds are Speedtest's medians; a text may give i-Speed's figure for the same
    month beside them ("… tương đồng với công bố của hệ thống iSpeed … đạt 271,2 Mbps").
    """
    speed = [r["unit"] == "mbps" for r in rows]
    median = {
        k for k, s, o, st in zip(keys, speed, other, standing, strict=True) if s and st and not o
    }
    # "tháng 12/2024 … Ookla … hiện đã lên 159,32 Mbps", then "theo … VNNIC, … 130,91 Mbps": a
    # median of the text's "now" and i-Speed's of its month are the same reading time
    ends: dict[tuple, list] = {}
    for indicator, breakdown, kind, end in median:
        ends.setdefault((indicator, breakdown, kind), []).append(end)
    return [
        o
        and (
            k in median
            or any(
                abs((k[3] - end).days) <= SAME_READING_DAYS
                for end in ends.get((k[0], k[1], READ_BESIDE.get(k[2])), ())
            )
        )
        for k, o in zip(keys, other, strict=True)
    ]


def extract_file(path: Path, encoding: str | None = None, as_table: bool = False) -> Extraction:
    """Read one report and return its metadata and observations (raises ReadError)."""
    path = Path(path)
    seconds = budget.SECONDS_PER_FILE
    try:
        with budget.limit_time(seconds):
            raw = read_report(path, encoding=encoding)
            sidecar = read_sidecar(path)
            return extract_text(raw, path.name, sha256_file(path), sidecar, as_table=as_table)
    except budget.OverTime:
        raise ReadError(path, budget.describe_overtime(seconds)) from None
