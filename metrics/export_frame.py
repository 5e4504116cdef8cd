"""The export frame: the tidy table of values with their indicator names and source documents.

Pure functions over DataFrames (no I/O); metrics/export_write.py turns the frame into bytes and
metrics/export.py reads it from the database for `kpi export` and the data page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

# `kpi extract --csv` columns, first and in this order (DESIGN.md), then what explains them.
EXTRACT_COLUMNS = [
    "document", "indicator", "breakdown", "period_kind", "period_start", "period_end",
    "value", "unit", "qualifier", "status", "quote",
]  # fmt: skip
EXTRA_COLUMNS = [
    "indicator_name_vi", "indicator_name_en", "family", "document_title", "document_number",
    "published_date", "observation_id",
]  # fmt: skip
EXPORT_COLUMNS = EXTRACT_COLUMNS + EXTRA_COLUMNS
REVISION_COLUMN = "is_current"
DATE_COLUMNS = ["period_start", "period_end", "published_date"]
TEXT_DEFAULTS = {"qualifier": "", "status": "accepted", "observation_id": ""}

# Reader columns that carry the same thing under another name; only used when ours is absent.
COLUMN_ALIASES = {
    "indicator_name_vi": ["name_vi", "indicator_vi"],
    "indicator_name_en": ["name_en", "indicator_en"],
    "family": ["family_id", "indicator_family"],
    "document": ["file_name", "document_file", "doc_file_name", "filename"],
    "document_title": ["title", "doc_title"],
    "document_number": ["number", "doc_number"],
    "published_date": ["doc_published_date", "publication_date", "document_published_date"],
}

ACCEPTED_STATUSES = ("accepted", "corrected")  # a corrected value is an accepted decision
REVIEW_STATUSES = ("needs_review",)
INDICATOR_SHEET_COLUMNS = [
    "id", "name_vi", "name_en", "family", "family_name_vi", "family_name_en", "unit", "kind",
    "direction", "definition", "definition_vi",
]  # fmt: skip
SOURCE_COLUMNS = ["document", "document_title", "document_number", "published_date"]
# ---------------------------------------------------------------- building the frame


def rename_aliases(rows: pd.DataFrame) -> pd.DataFrame:
    """Rename reader columns to the export names where the export name is missing."""
    renames = {}
    for target, aliases in COLUMN_ALIASES.items():
        if target in rows.columns:
            continue
        found = next((a for a in aliases if a in rows.columns and a not in renames), None)
        if found is not None:
            renames[found] = target
    return rows.rename(columns=renames)


def attach_indicator_names(rows: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Fill indicator names, family and unit from the catalog where the rows lack them."""
    meta = indicators.reset_index(drop=True).set_index("id")
    out = rows.copy()
    for column, source in [
        ("indicator_name_vi", "name_vi"),
        ("indicator_name_en", "name_en"),
        ("family", "family"),
        ("unit", "unit"),
    ]:
        looked_up = out["indicator"].map(meta[source]) if source in meta else None
        if column not in out.columns:
            out[column] = looked_up
        elif looked_up is not None:
            out[column] = out[column].where(out[column].notna(), looked_up)
    return out


def attach_documents(rows: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Fill document file name, title, number and publication date from the documents table."""
    docs = rename_aliases(documents)
    key = "doc_sha256" if {"doc_sha256"} <= set(rows.columns) & set(docs.columns) else "document"
    if key not in docs.columns or key not in rows.columns:
        return rows
    wanted = [c for c in SOURCE_COLUMNS if c in docs.columns and c != key]
    missing = [c for c in wanted if c not in rows.columns]
    if not missing:
        return rows
    lookup = docs.drop_duplicates(key).set_index(key)[missing]
    out = rows.copy()
    for column in missing:
        out[column] = out[key].map(lookup[column])
    return out


def coerce_dates(values: pd.Series) -> pd.Series:
    """Return a column as dates (midnight timestamps); unparseable values become NaT."""
    return pd.to_datetime(values, errors="coerce").dt.normalize().astype("datetime64[ms]")


def build_export_frame(
    rows: pd.DataFrame,
    indicators: pd.DataFrame | None = None,
    revisions: bool = False,
) -> pd.DataFrame:
    """Return the export table: fixed columns in order, typed, sorted, one row per value."""
    out = rename_aliases(rows)
    if indicators is not None and "indicator" in out.columns:
        out = attach_indicator_names(out, indicators)
    for column in EXPORT_COLUMNS:
        if column not in out.columns:
            out[column] = TEXT_DEFAULTS.get(column)
    for column, default in TEXT_DEFAULTS.items():
        out[column] = out[column].fillna(default)
    for column in DATE_COLUMNS:
        out[column] = coerce_dates(out[column])
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    columns = list(EXPORT_COLUMNS)
    if revisions:
        current = out[REVISION_COLUMN] if REVISION_COLUMN in out.columns else True
        out[REVISION_COLUMN] = pd.Series(current, index=out.index).fillna(False).astype(bool)
        columns.append(REVISION_COLUMN)
    return sort_export_frame(out[columns], indicators)


def sort_export_frame(frame: pd.DataFrame, indicators: pd.DataFrame | None) -> pd.DataFrame:
    """Sort by catalog order, breakdown, period and publication (stable, index reset)."""
    order = {} if indicators is None else {i: n for n, i in enumerate(indicators["id"])}
    rank = frame["indicator"].map(order).fillna(len(order))
    keyed = frame.assign(_rank=rank)
    keys = ["_rank", "indicator", "breakdown", "period_end", "period_start", "published_date"]
    keyed = keyed.sort_values(keys, kind="stable", na_position="last")
    return keyed.drop(columns="_rank").reset_index(drop=True)


def select_revision_rows(observations: pd.DataFrame) -> pd.DataFrame:
    """Keep the accepted values, current and replaced, out of every stored observation."""
    status = observations.get("status", pd.Series("accepted", index=observations.index))
    return observations[status.isin(ACCEPTED_STATUSES)]


def filter_export_rows(
    frame: pd.DataFrame,
    indicators: Sequence[str] | None = None,
    families: Sequence[str] | None = None,
    breakdowns: Sequence[str] | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    statuses: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Keep the rows matching every given filter; the period range applies to period_end."""
    keep = pd.Series(True, index=frame.index)
    for column, wanted in [
        ("indicator", indicators),
        ("family", families),
        ("breakdown", breakdowns),
        ("status", statuses),
    ]:
        if wanted:
            keep &= frame[column].isin(list(wanted))
    if date_from:
        keep &= frame["period_end"] >= pd.Timestamp(date_from)
    if date_to:
        keep &= frame["period_end"] <= pd.Timestamp(date_to)
    return frame[keep].reset_index(drop=True)


def build_indicator_sheet(frame: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Return the catalog entries of the indicators present in the export."""
    present = indicators[indicators["id"].isin(frame["indicator"].unique())]
    columns = [c for c in INDICATOR_SHEET_COLUMNS if c in present.columns]
    return present[columns].reset_index(drop=True)


def build_source_list(frame: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source document of the export, newest publication first."""
    sources = frame[SOURCE_COLUMNS].drop_duplicates("document")
    sources = sources.sort_values(["published_date", "document"], ascending=[False, True])
    return sources.reset_index(drop=True)
