"""Extract indicator values from reports: each value with its period, qualifier and exact quote."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from etl import budget
from etl.cues import cue_weights
from etl.metadata import describe_document
from etl.normalize import normalize_text
from etl.periods import Period
from etl.read import ReadError, read_report, sha256_file
from etl.sidecar import read_sidecar
from etl.spelling import fold_spelling, unfold
from etl.walk import DocumentExtractor

OBSERVATION_COLUMNS = [
    "document", "doc_sha256", "indicator", "breakdown", "period_kind", "period_start",
    "period_end", "value", "unit", "qualifier", "status", "review_reason", "quote",
    "quote_start", "quote_end", "value_start", "value_end", "anchor", "rule_id",
    "confidence", "observation_id", "date_source",
]  # fmt: skip

# Below this confidence a value goes to review instead of the chart.

APPROXIMATE = {"hơn", "trên", "gần", "dưới", "khoảng"}


@dataclass
class Extraction:
    """One report's metadata, normalized text and extracted observations."""

    document: dict
    text: str
    observations: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=OBSERVATION_COLUMNS)
    )


def make_observation_id(
    sha: str, indicator: str, breakdown: str, period: Period, qs: int, qe: int
) -> str:
    """Stable id from the document hash, indicator, breakdown, period and quote offsets."""
    key = f"{sha}|{indicator}|{breakdown}|{period.kind}|{period.end}|{qs}|{qe}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def extract_text(raw: str, file_name: str, sha256: str, sidecar: dict | None = None) -> Extraction:
    """Extract observations from already-read report text and its provenance sidecar."""
    nt = normalize_text(raw)
    meta = describe_document(raw, nt.text, file_name, sha256, sidecar)
    # The cues read one spelling ("tỷ lệ", "hóa"); quotes keep the document's own.
    folded = fold_spelling(nt.text)
    rows = DocumentExtractor(replace(nt, text=folded), meta).run()
    for row in rows:
        row["quote"] = unfold(row["quote"], folded, nt.text, row["quote_start"])
        row["anchor"] = unfold(row.get("anchor", ""), folded, nt.text)
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
    undated = frame["date_source"] != "text"
    # Two dated statements of one value are two periods ("12,87% in 2021 and in 2023"); only a
    # statement without a date of its own restates a figure stated elsewhere.
    dated = frame[~undated].drop_duplicates(subset=[*key, "period_kind", "period_end"])
    seen = dated.set_index(key).index
    rest = frame[undated].drop_duplicates(subset=key, keep="first")
    rest = rest[~rest.set_index(key).index.isin(seen)]
    return pd.concat([dated, rest]).sort_index()


def drop_rounded_restatements(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop a rounding of a figure the same document states exactly.

    "hơn 700" beside 717, and a headline's "đạt hơn 73%" or "đạt 85%" beside the body's 73,6% or
    85,3%. A value with no date of its own (date_source other than "text") may restate an exact
    value of any period; a dated one only a value of its own period.
    """
    exact = frame.loc[
        ~frame["qualifier"].isin(APPROXIMATE),  # "ước đạt 14,02%" is an exact estimate
        ["indicator", "breakdown", "period_kind", "period_end", "value", "date_source"],
    ]
    if exact.empty:
        return frame
    pairs = frame.reset_index().merge(exact, on=["indicator", "breakdown"], suffixes=("", "_x"))
    same_period = (pairs["period_kind"] == pairs["period_kind_x"]) & (
        pairs["period_end"] == pairs["period_end_x"]
    )
    undated = pairs["date_source"] != "text"
    v, x, qual = pairs["value"], pairs["value_x"], pairs["qualifier"]
    near = (v - x).abs() <= 0.1 * x.abs()
    bounded = near & ~(
        (qual.isin(["hơn", "trên"]) & (x < v)) | (qual.isin(["gần", "dưới"]) & (x > v))
    )
    approximate = qual.isin(APPROXIMATE) & bounded & (same_period | undated)
    # A title rounds to whole or tenth figures; it restates a dated body figure.
    rounded = (x != v) & ((x.round() == v) | (x.round(1) == v) | (x.astype(int) == v))
    # A title or photo caption ("… chiếm 10% GDP - Ảnh 1") rounds a body figure of any date.
    titled = (qual == "") & rounded & (same_period | undated)
    restated = pairs.loc[approximate | titled, "index"].unique()
    return frame.drop(index=restated)


def mark_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Send to review two different values one document gives for the same period."""
    key = ["indicator", "breakdown", "period_kind", "period_end"]
    frame = drop_rounded_restatements(frame)
    frame = frame.copy()
    # A value the clause names outright wins over one only the context suggested ("tốc độ
    # Internet … 146 Mbps" in a paragraph on mobile, beside "tốc độ … di động … 81,7 Mbps").
    weights = cue_weights()
    weight = frame["rule_id"].map(lambda r: weights.get(str(r).split("+")[0], 1.0))
    named = weight.groupby([frame[k] for k in key]).transform("max")
    guessed = (weight < named) & frame.duplicated(subset=key, keep=False)
    frame.loc[guessed, "status"] = "needs_review"
    frame.loc[guessed, "review_reason"] = frame.loc[guessed, "review_reason"].map(
        lambda r: "; ".join(x for x in (r, "read from context; the text names another value") if x)
    )
    clash = (
        frame[~guessed].duplicated(subset=key, keep=False).reindex(frame.index, fill_value=False)
    )
    frame.loc[clash, "status"] = "needs_review"
    frame.loc[clash, "review_reason"] = frame.loc[clash, "review_reason"].map(
        lambda r: "; ".join(x for x in (r, "two values for the same period in one document") if x)
    )
    return frame


def extract_file(path: Path, encoding: str | None = None) -> Extraction:
    """Read one report and return its metadata and observations (raises ReadError)."""
    path = Path(path)
    seconds = budget.SECONDS_PER_FILE
    try:
        with budget.limit_time(seconds):
            raw = read_report(path, encoding=encoding)
            return extract_text(raw, path.name, sha256_file(path), read_sidecar(path))
    except budget.OverTime:
        raise ReadError(path, budget.describe_overtime(seconds)) from None
