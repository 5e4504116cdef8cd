"""Extract indicator values from reports: each value with its period, qualifier and exact quote."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.metadata import describe_document
from etl.normalize import normalize_text
from etl.periods import Period
from etl.read import read_report, sha256_file
from etl.sidecar import read_sidecar
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
    exact_rows = frame[frame["qualifier"] == ""]
    exact = exact_rows.groupby(key)["value"].agg(list)
    # A headline's "hơn 73%" carries no date of its own: it restates the dated 73,6%.
    anyperiod = exact_rows.groupby(key[:2])["value"].agg(list)
    dated = exact_rows[exact_rows["date_source"] == "text"].groupby(key[:2])["value"].agg(list)
    if exact.empty:
        return frame

    def restates(row) -> bool:
        if row.qualifier == "":
            # "Tỷ lệ … đạt 85%" in a headline, "đạt 85,3%" in the body: the title rounds it
            same = exact.get(tuple(getattr(row, k) for k in key), [])
            if row.date_source != "text":
                same = same + dated.get((row.indicator, row.breakdown), [])
            return any(
                v != row.value and row.value in (round(v), round(v, 1), float(int(v))) for v in same
            )
        values = exact.get(tuple(getattr(row, k) for k in key), [])
        if row.date_source != "text":
            values = anyperiod.get((row.indicator, row.breakdown), [])
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
