"""Official targets (data/targets.csv): load the file and check every row against its source."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from metrics.bounds import check_value
from metrics.catalog import load_catalog

TARGET_COLUMNS = [
    "indicator", "breakdown", "deadline_date", "target_value", "comparator", "document",
    "doc_sha256", "quote", "note",
]  # fmt: skip
# A file written before sources were named by their hash still reads: by file name only.
OPTIONAL_COLUMNS = {"doc_sha256": ""}
COMPARATORS = (">=", "<=")


def fold_text(text: str) -> str:
    """NFC-normalise and collapse whitespace, so a quote matches across line breaks."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def read_targets_file(path: Path) -> pd.DataFrame:
    """Read the targets CSV as text columns (an absent file means no targets)."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=TARGET_COLUMNS)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    frame = frame.assign(**{c: v for c, v in OPTIONAL_COLUMNS.items() if c not in frame.columns})
    missing = [c for c in TARGET_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path.name}: missing columns {missing}")
    return frame[TARGET_COLUMNS].map(str.strip)


def check_targets(
    targets: pd.DataFrame,
    texts: dict[str, str],
    catalog: pd.DataFrame | None = None,
    names_by_sha: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Return (valid targets, typed, with unit and target_id; problems as 'line N: reason').

    `texts` holds the loaded reports by file name and `names_by_sha` their file names by content
    hash: a row's doc_sha256 finds its source under whatever name it now has.
    """
    catalog = load_catalog() if catalog is None else catalog
    folded = {name: fold_text(text) for name, text in texts.items()}
    rows, problems, seen = [], [], set()
    for number, row in enumerate(targets.to_dict("records"), start=2):  # line 1 is the header
        row = locate_source(row, names_by_sha or {})
        reason = find_target_problem(row, folded, catalog)
        key = (row["indicator"], row["breakdown"] or "national", row["deadline_date"])
        if reason is None and key in seen:
            reason = "same indicator, breakdown and deadline as an earlier row"
        if reason:
            problems.append(f"line {number} ({row['indicator'] or '?'}): {reason}")
            continue
        seen.add(key)
        rows.append(build_target(row, catalog))
    return pd.DataFrame(rows, columns=[*TARGET_COLUMNS, "unit", "target_id"]), problems


def locate_source(row: dict, names_by_sha: dict[str, str]) -> dict:
    """Return the row naming its source report as loaded now: by content hash, else by name."""
    sha = row.get("doc_sha256") or ""
    if sha in names_by_sha:
        return {**row, "document": names_by_sha[sha]}
    return row


def find_target_problem(row: dict, folded: dict[str, str], catalog: pd.DataFrame) -> str | None:
    """Return why a target row is unusable, or None."""
    if row["indicator"] not in catalog.index:
        return f"unknown indicator {row['indicator']!r}"
    if row["comparator"] not in COMPARATORS:
        return f"comparator must be >= or <=, not {row['comparator']!r}"
    try:
        pd.Timestamp(row["deadline_date"]).date()
        value = float(row["target_value"])
    except ValueError:
        return "deadline_date must be YYYY-MM-DD and target_value a number"
    kind, unit = catalog.loc[row["indicator"], ["kind", "unit"]]
    if reason := check_value(value, kind, unit):
        return f"target_value {reason}"
    if not row["quote"]:
        return "no quote"
    if row["document"] not in folded:
        return f"source document {row['document']!r} not among the loaded reports"
    if fold_text(row["quote"]) not in folded[row["document"]]:
        return f"quote not found in {row['document']}"
    return None


def build_target(row: dict, catalog: pd.DataFrame) -> dict:
    """Type one checked target row and add its unit and stable id."""
    breakdown = row["breakdown"] or "national"
    deadline = pd.Timestamp(row["deadline_date"]).date()
    return {
        **row,
        "breakdown": breakdown,
        "deadline_date": deadline,
        "target_value": float(row["target_value"]),
        "unit": catalog.loc[row["indicator"], "unit"],
        "target_id": f"{row['indicator']}:{breakdown}:{deadline.isoformat()}",
    }
