"""Which series a card or a page headline shows: breakdown, period kind, headline status row.

Pure functions over DataFrames (metrics chooses the period kind and the headline row).
"""

from __future__ import annotations

import pandas as pd

from metrics.fitting import select_main_period_kind

BREAKDOWN_PREFERENCE = ("national", "localities", "ministries")


def to_dates(s: pd.Series) -> pd.Series:
    """Dates of a column, NaT where unreadable."""
    return pd.to_datetime(s, errors="coerce")


def primary_breakdown(breakdowns) -> str | None:
    """The breakdown a card shows: national when present, else localities, ministries, first."""
    present = [b for b in breakdowns if isinstance(b, str)]
    for b in BREAKDOWN_PREFERENCE:
        if b in present:
            return b
    return sorted(present)[0] if present else None


def primary_kind(rows: pd.DataFrame, kind: str = "") -> str | None:
    """The one period kind a card compares (metrics' choice: levels as_of, flows their finest span)."""
    if rows.empty or "period_kind" not in rows:
        return None
    kinds = [k for k in rows["period_kind"].dropna().unique()]
    chosen = select_main_period_kind(kinds, kind)
    if chosen is None:
        counts = rows["period_kind"].value_counts()
        chosen = str(counts.index[0]) if len(counts) else None
    return chosen


def one_series(
    series: pd.DataFrame, indicator: str, breakdown: str, kind: str = ""
) -> pd.DataFrame:
    """One indicator x breakdown x period kind, sorted by period end (the current values)."""
    if series.empty:
        return series
    rows = series[(series["indicator"] == indicator) & (series["breakdown"] == breakdown)]
    pk = primary_kind(rows, kind)
    if pk is not None:
        rows = rows[rows["period_kind"] == pk]
    rows = rows.assign(_end=to_dates(rows["period_end"])).sort_values("_end")
    return rows.drop(columns="_end")


def year_on_year(rows: pd.DataFrame, tolerance_days: int = 20) -> tuple[float, float] | None:
    """(latest value, value a year earlier) when the series has the same period a year before."""
    if len(rows) < 2:
        return None
    ends = to_dates(rows["period_end"])
    latest_end = ends.iloc[-1]
    target = latest_end - pd.DateOffset(years=1)
    diff = (ends - target).abs()
    idx = diff.idxmin()
    if pd.isna(diff.loc[idx]) or diff.loc[idx] > pd.Timedelta(days=tolerance_days):
        return None
    return float(rows["value"].iloc[-1]), float(rows.loc[idx, "value"])


def yoy_position(rows: pd.DataFrame, tolerance_days: int = 20) -> int | None:
    """Position (0-based) of the row a year before the latest one, when there is one."""
    if len(rows) < 2:
        return None
    ends = to_dates(rows["period_end"]).reset_index(drop=True)
    diff = (ends - (ends.iloc[-1] - pd.DateOffset(years=1))).abs()
    pos = int(diff.idxmin())
    return pos if diff.iloc[pos] <= pd.Timedelta(days=tolerance_days) else None


def select_headline_rows(status: pd.DataFrame | None) -> pd.DataFrame:
    """out_status rows a card or a page headline: one per indicator x breakdown (metrics' choice)."""
    if status is None or status.empty:
        return pd.DataFrame(columns=["indicator", "breakdown"])
    return status[status["is_headline"].fillna(False).astype(bool)]


def find_headline_row(status: pd.DataFrame | None, indicator: str, breakdown: str) -> dict | None:
    """The headline out_status row of one indicator x breakdown, or None."""
    rows = select_headline_rows(status)
    match = rows[(rows["indicator"] == indicator) & (rows["breakdown"] == breakdown)]
    return match.iloc[0].to_dict() if not match.empty else None


def _status_lookup(status: pd.DataFrame) -> dict:
    rows = select_headline_rows(status)
    return {(r["indicator"], r["breakdown"]): r for r in rows.to_dict("records")}


def count_pending(pending: pd.DataFrame | None) -> dict:
    """indicator -> (newer values in review, all values in review), from out_review_pending."""
    if pending is None or pending.empty:
        return {}
    sums = pending.groupby("indicator")[["newer_count", "pending_count"]].sum()
    return {ind: (int(r.newer_count), int(r.pending_count)) for ind, r in sums.iterrows()}
