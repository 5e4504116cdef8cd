"""Tables over every indicator x breakdown: per-target progress, trends and the status table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from metrics.fitting import load_thresholds, prepare_series, resolve_evaluation_date
from metrics.progress import compute_progress_from_series
from metrics.trend import compute_ratio_from_series, compute_trend

STATUS_COLUMNS = [
    "indicator",
    "breakdown",
    "latest_value",
    "latest_date",
    "target_value",
    "deadline",
    "progress",
    "required_pace",
    "actual_pace",
    "projected_value",
    "status",
]

# ---------------------------------------------------------------------------------------------
# Tables over every indicator x breakdown
# ---------------------------------------------------------------------------------------------


def split_by_series(frame: pd.DataFrame | None) -> dict[tuple[str, str], pd.DataFrame]:
    """Return the rows of each (indicator, breakdown)."""
    if frame is None or frame.empty:
        return {}
    keyed = frame.assign(breakdown=frame["breakdown"].fillna("national"))
    return {key: rows for key, rows in keyed.groupby(["indicator", "breakdown"], sort=False)}


def read_catalog_entry(catalog: pd.DataFrame, indicator: str) -> tuple[str, str]:
    """Return (kind, direction) of an indicator; unknown ids count as higher-is-better levels."""
    if indicator in catalog.index:
        entry = catalog.loc[indicator]
        return str(entry["kind"]), str(entry["direction"])
    return "rate", "higher"


def normalize_targets(targets: pd.DataFrame | None) -> pd.DataFrame | None:
    """Return targets with deadline_date (accepting a `deadline` alias) and no missing deadline."""
    if targets is None or targets.empty:
        return targets
    if "deadline_date" not in targets.columns and "deadline" in targets.columns:
        targets = targets.rename(columns={"deadline": "deadline_date"})
    usable = targets["deadline_date"].notna() & targets["target_value"].notna()
    return targets[usable]


def compute_target_progress(
    observations: pd.DataFrame,
    targets: pd.DataFrame,
    catalog: pd.DataFrame,
    today: Any = None,
    thresholds: Mapping | None = None,
) -> pd.DataFrame:
    """Return one row per target with progress, paces, projection, status and the ratio method."""
    th = thresholds or load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    series_by_key = split_by_series(observations)
    rows = []
    for (indicator, breakdown), group in split_by_series(normalize_targets(targets)).items():
        kind, _ = read_catalog_entry(catalog, indicator)
        series, flags = prepare_series(series_by_key.get((indicator, breakdown)), kind, th)
        series = series[series["date"] <= evaluated_at]
        for target in group.sort_values("deadline_date").to_dict("records"):
            progress = compute_progress_from_series(series, flags, target, kind, evaluated_at, th)
            ratio = compute_ratio_from_series(series, target, th)
            source = {
                "target_document": target.get("document"),
                "target_quote": target.get("quote"),
            }
            rows.append(
                {"indicator": indicator, "breakdown": breakdown, **progress, **ratio, **source}
            )
    dates = ["deadline", "baseline_date", "latest_date", "reach_month"]
    return order_rows(unify_dates(pd.DataFrame(rows), dates), catalog)


def compute_trend_table(
    observations: pd.DataFrame,
    catalog: pd.DataFrame,
    today: Any = None,
    thresholds: Mapping | None = None,
) -> pd.DataFrame:
    """Return one row per indicator x breakdown with data: trend and year-on-year change."""
    th = thresholds or load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    rows = []
    for (indicator, breakdown), group in split_by_series(observations).items():
        kind, direction = read_catalog_entry(catalog, indicator)
        trend = compute_trend(group, kind, direction, evaluated_at, th)
        rows.append({"indicator": indicator, "breakdown": breakdown, **trend})
    dates = ["latest_date", "yoy_reference_date"]
    return order_rows(unify_dates(pd.DataFrame(rows), dates), catalog)


def compute_status_table(
    observations: pd.DataFrame,
    targets: pd.DataFrame,
    catalog: pd.DataFrame,
    today: Any = None,
) -> pd.DataFrame:
    """Return one row per indicator x breakdown with data or a target (the `kpi status` table).

    A row's target is its nearest deadline not yet passed (else the latest deadline); rows
    without a target show the 12-month trend: actual_pace is the trend's pace per month and
    status is improving / flat / worsening / not_enough_data.
    """
    th = load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    by_target = compute_target_progress(observations, targets, catalog, evaluated_at, th)
    trends = compute_trend_table(observations, catalog, evaluated_at, th)
    chosen = [
        select_row_target(group, evaluated_at) for group in split_by_series(by_target).values()
    ]
    targeted = pd.DataFrame(chosen) if chosen else by_target
    untargeted = (
        trends[~list_keys(trends).isin(set(list_keys(targeted)))] if len(trends) else trends
    )
    table = pd.concat(
        [shape_target_rows(targeted), shape_trend_rows(untargeted)], ignore_index=True
    )
    table = unify_dates(table, ["latest_date", "deadline"])
    return order_rows(table, catalog)[STATUS_COLUMNS].reset_index(drop=True)


def unify_dates(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Give date columns one type (datetime64[s]) whatever mix of dates they were built from."""
    present = [column for column in columns if column in frame.columns]
    converted = {
        column: pd.to_datetime(frame[column]).astype("datetime64[s]") for column in present
    }
    return frame.assign(**converted)


def list_keys(frame: pd.DataFrame) -> pd.Series:
    """Return the (indicator, breakdown) pair of each row."""
    if frame.empty:
        return pd.Series([], dtype=object)
    return pd.Series(
        list(zip(frame["indicator"], frame["breakdown"], strict=True)), index=frame.index
    )


def select_row_target(group: pd.DataFrame, evaluated_at: pd.Timestamp) -> pd.Series:
    """Return the target row to show: the nearest deadline not yet passed, else the latest."""
    ahead = group[group["deadline"] >= evaluated_at].sort_values("deadline")
    if not ahead.empty:
        return ahead.iloc[0]
    return group.sort_values("deadline").iloc[-1]


def shape_target_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Return target rows with exactly the status-table columns."""
    if frame.empty:
        return empty_status_table()
    return frame[STATUS_COLUMNS]


def shape_trend_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Return trend rows with exactly the status-table columns."""
    if frame.empty:
        return empty_status_table()
    nan = float("nan")
    return pd.DataFrame(
        {
            "indicator": frame["indicator"],
            "breakdown": frame["breakdown"],
            "latest_value": frame["latest_value"],
            "latest_date": frame["latest_date"],
            "target_value": nan,
            "deadline": pd.NaT,
            "progress": nan,
            "required_pace": nan,
            "actual_pace": frame["slope_per_month"],
            "projected_value": nan,
            "status": frame["trend_status"],
        }
    )


def empty_status_table() -> pd.DataFrame:
    """Return an empty table with the status-table columns and types."""
    table = pd.DataFrame({column: pd.Series(dtype=float) for column in STATUS_COLUMNS})
    for column in ("indicator", "breakdown", "status"):
        table[column] = table[column].astype(object)
    for column in ("latest_date", "deadline"):
        table[column] = table[column].astype("datetime64[s]")
    return table


def order_rows(frame: pd.DataFrame, catalog: pd.DataFrame) -> pd.DataFrame:
    """Sort rows in catalog order, national first within an indicator."""
    if frame.empty:
        return frame
    position = {indicator: i for i, indicator in enumerate(catalog.index)}
    sort_keys = pd.DataFrame(
        {
            "by_indicator": frame["indicator"].map(position).fillna(len(position)),
            "by_name": frame["indicator"],
            "by_breakdown": (frame["breakdown"] != "national").astype(int),
            "breakdown_name": frame["breakdown"],
        },
        index=frame.index,
    )
    extra = ["deadline"] if "deadline" in frame.columns else []
    ordered = pd.concat([frame, sort_keys], axis=1).sort_values(
        ["by_indicator", "by_name", "by_breakdown", "breakdown_name", *extra], kind="mergesort"
    )
    return ordered.drop(columns=sort_keys.columns).reset_index(drop=True)
