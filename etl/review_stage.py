"""The refresh's out_review_pending stage: values waiting in review, counted once per series.

A card announces a newer value in review instead of hiding it; the count is a fact of the
refresh (like out_status), so no callback ever scans observations to find it.
"""

from __future__ import annotations

import pandas as pd

from etl import load


def build_review_pending_table(observations: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    """Return out_review_pending: per indicator x breakdown, values in review and how many are newer."""
    columns = load.list_table_columns("out_review_pending")
    if observations is None or observations.empty:
        return load.empty_table("out_review_pending")
    key = ["indicator", "breakdown"]
    # Only the columns counted: copying all 30 of 22,000 rows in review was 0.4 s at 1,000.
    needed = [*key, "period_end", "observation_id"]
    pending = observations.loc[observations["status"] == "needs_review", needed]
    if pending.empty:
        return load.empty_table("out_review_pending")
    pending = pending.assign(period_end=pd.to_datetime(pending["period_end"], errors="coerce"))
    latest = (
        current.assign(period_end=pd.to_datetime(current["period_end"], errors="coerce"))
        .groupby(key, as_index=False)["period_end"]
        .max()
        .rename(columns={"period_end": "latest_current_end"})
        if current is not None and not current.empty
        else pd.DataFrame(columns=[*key, "latest_current_end"])
    )
    merged = pending.merge(latest, on=key, how="left")
    # Newer: after the newest published value of its series, or a series with none yet.
    merged["is_newer"] = merged["latest_current_end"].isna() | (
        merged["period_end"] > merged["latest_current_end"]
    )
    table = merged.groupby(key, as_index=False).agg(
        pending_count=("observation_id", "size"),
        newer_count=("is_newer", "sum"),
        newest_pending_end=("period_end", "max"),
    )
    table["newest_pending_end"] = table["newest_pending_end"].dt.date
    return table.sort_values(key)[columns].reset_index(drop=True)
