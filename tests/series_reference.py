"""The series checks as they were written first, row by row: the reference the vectorised ones match.

Kept only for tests/test_series_checks.py, which compares both on random frames.
"""

from __future__ import annotations

import pandas as pd

from etl.series_checks import (
    ADJACENT_DAYS,
    FLOW_KINDS,
    JUMP_FACTOR,
    LINE_KEY,
    NO_JUMP_CHECK_KINDS,
    REVIEWED,
    SERIES_KEY,
    format_value,
    list_values,
)


def flag_same_date_conflicts(obs: pd.DataFrame) -> pd.DataFrame:
    """Send to review differing values for one period from reports of the same date."""
    eligible = obs[obs["status"] == "accepted"].copy()
    if eligible.empty:
        return obs
    date = eligible["_published"].fillna(eligible["_cutoff"])
    eligible["_date"] = date.astype(str)  # "NaT" groups the undated together
    grouped = eligible.groupby([*SERIES_KEY, "_date"])["value"]
    eligible["_shown"] = grouped.transform(
        lambda v: list_values([format_value(x) for x in sorted(set(v))])
    )
    conflicted = eligible[
        (grouped.transform("nunique") > 1) & ~eligible["review_decision"].isin(REVIEWED)
    ]
    for index, shown in conflicted["_shown"].items():
        obs.loc[index, ["status", "review_reason"]] = [
            "needs_review",
            f"reports of the same date give different values for this period: {shown}",
        ]
    return obs


def flag_series_breaks(obs: pd.DataFrame, catalog: pd.DataFrame) -> pd.DataFrame:
    """Send to review a current value that breaks its line: a falling stock, a big jump."""
    current = obs[obs["is_current"]].sort_values([*LINE_KEY, "period_end", "observation_id"])
    for (indicator, _, _), line in current.groupby(LINE_KEY, sort=False):
        kind = catalog["kind"].get(indicator)
        direction = catalog["direction"].get(indicator)
        previous = None
        for index, row in line.iterrows():
            reason = None
            if previous is not None and row["review_decision"] not in REVIEWED:
                reason = describe_break(previous, row, kind, direction)
            if reason:
                obs.loc[index, ["status", "review_reason", "is_current"]] = [
                    "needs_review",
                    reason,
                    False,
                ]
            else:
                previous = row
    return obs


def describe_break(previous: pd.Series, row: pd.Series, kind, direction) -> str | None:
    """Return why row does not follow previous in its series, or None."""
    before, after = float(previous["value"]), float(row["value"])
    since = f"{format_value(before)} ({previous['period_end']})"
    if kind == "stock" and direction == "higher" and after < before:
        return f"cumulative count fell from {since} to {format_value(after)}"
    if kind in NO_JUMP_CHECK_KINDS or before <= 0 or after <= 0:
        return None
    if kind in FLOW_KINDS:
        gap = pd.Timestamp(row["period_start"]) - pd.Timestamp(previous["period_end"])
        if gap.days > ADJACENT_DAYS:
            return None
    factor = max(before, after) / min(before, after)
    if factor >= JUMP_FACTOR:
        return (
            f"jump from {since} to {format_value(after)}: x{factor:.2f} "
            f"(threshold x{JUMP_FACTOR}); a definition change?"
        )
    return None


def build_latest_table(current: pd.DataFrame) -> pd.DataFrame:
    """Return out_latest: per indicator x breakdown the newest value and the one before it."""
    rows = []
    ordered = current.sort_values(["period_end", "published_date", "observation_id"])
    for (indicator, breakdown), group in ordered.groupby(["indicator", "breakdown"], sort=True):
        latest = group.iloc[-1]
        # The value before it in the same kind of period, so the change compares like with like.
        before = group[
            (group["period_kind"] == latest["period_kind"])
            & (group["period_end"] < latest["period_end"])
        ]
        previous = before.iloc[-1] if len(before) else None
        rows.append(
            {
                "indicator": indicator,
                "breakdown": breakdown,
                "unit": latest["unit"],
                "period_kind": latest["period_kind"],
                "latest_period_end": latest["period_end"],
                "latest_value": latest["value"],
                "latest_observation_id": latest["observation_id"],
                "latest_document": latest["document"],
                "latest_published_date": latest["published_date"],
                "previous_period_end": None if previous is None else previous["period_end"],
                "previous_value": None if previous is None else previous["value"],
                "previous_observation_id": None if previous is None else previous["observation_id"],
                "change_value": None if previous is None else latest["value"] - previous["value"],
            }
        )
    return pd.DataFrame(rows)
