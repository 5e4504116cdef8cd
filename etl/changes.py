"""What a refresh changed against the database served before: documents and current values."""

from __future__ import annotations

import pandas as pd

from etl.series_checks import SERIES_KEY


def describe_changes(
    previous: dict[str, pd.DataFrame] | None, documents: pd.DataFrame, current: pd.DataFrame
) -> dict[str, list]:
    """Compare with the database served before: new documents, new and changed values."""
    if not previous or "core_documents" not in previous or "out_current_series" not in previous:
        return {"first_run": [True]}
    old_docs = set(previous["core_documents"]["doc_sha256"])
    new_docs = documents.loc[~documents["doc_sha256"].isin(old_docs), "file_name"].tolist()
    old, new = key_values(previous["out_current_series"]), key_values(current)
    added = new.index.difference(old.index)
    common = new.index.intersection(old.index)
    # Whole columns, not a lookup per key: a year of monthly values is 366k keys.
    before, after = old.reindex(common).to_numpy(), new.reindex(common).to_numpy()
    changed = common[before != after]
    removed = old.index.difference(new.index)
    return {
        "new_documents": new_docs,
        "new_values": describe_keys(added, new.reindex(added)),
        "changed_values": [
            f"{text} (was {was:g})"
            for text, was in zip(
                describe_keys(changed, new.reindex(changed)), old.reindex(changed), strict=True
            )
        ],
        "removed_values": describe_keys(removed, old.reindex(removed)),
    }


def key_values(frame: pd.DataFrame) -> pd.Series:
    """Return the value per series key, period_end as a date."""
    frame = frame.assign(period_end=pd.to_datetime(frame["period_end"]).dt.date)
    return frame.set_index(SERIES_KEY)["value"]


def describe_keys(keys: pd.MultiIndex, values: pd.Series) -> list[str]:
    """Return 'indicator[breakdown] kind period_end = value' for each key."""
    return [describe_key(key, value) for key, value in zip(keys, values, strict=True)]


def describe_key(key: tuple, value: float) -> str:
    """Return 'indicator[breakdown] period_end = value'."""
    indicator, breakdown, kind, end = key
    return f"{indicator}[{breakdown}] {kind} {end} = {value:g}"
