"""Tables over every indicator x breakdown: per-target progress, trends and the status table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from metrics.fitting import (
    load_thresholds,
    prepare_series,
    resolve_evaluation_date,
    to_timestamps,
)
from metrics.progress import compute_progress_from_series
from metrics.trend import compute_ratio_from_series, compute_trend_rows

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
# out_status: the status-table columns, then what the dashboard and the sentences need.
OUT_STATUS_COLUMNS = [
    "row_order",
    *STATUS_COLUMNS,
    "is_headline",
    "comparator",
    "target_id",
    "reached_date",
    "baseline_value",
    "baseline_date",
    "judged_value",
    "judged_on",
    "deadline_passed",
    "n_points",
    "model",
    "monthly_growth_pct",
    "coverage",
    "reach_month",
    "ratio",
    "ratio_status",
    "yoy_pct",
    "yoy_reference_value",
    "yoy_reference_date",
    "change_12m_pct",
    "trend_signal",
    "trend_start",
    "trend_kind",
    "other_kinds",
    "flags",
    "target_document",
    "target_quote",
    "evaluated_on",
]
# What prepare_series and the trend read of an observation.
SERIES_COLUMNS = ["indicator", "breakdown", "period_kind", "period_start", "period_end", "value"]
DATE_COLUMNS = [
    "latest_date",
    "deadline",
    "reached_date",
    "baseline_date",
    "reach_month",
    "yoy_reference_date",
    "trend_start",
    "evaluated_on",
]
TEXT_COLUMNS = [
    "indicator",
    "breakdown",
    "status",
    "comparator",
    "target_id",
    "judged_on",
    "model",
    "ratio_status",
    "trend_signal",
    "trend_kind",
    "other_kinds",
    "flags",
    "target_document",
    "target_quote",
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


def select_series(frame: pd.DataFrame | None, keys: Iterable[tuple]) -> pd.DataFrame | None:
    """Return the rows of the given (indicator, breakdown) series only."""
    if frame is None or frame.empty:
        return frame
    pairs = pd.MultiIndex.from_arrays([frame["indicator"], frame["breakdown"].fillna("national")])
    return frame[pairs.isin(list(keys))]


def narrow_observations(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    """Return only the columns the series maths reads, as plain numpy columns.

    Splitting the whole current series (30 columns, Arrow-backed text) into 3,564 groups cost
    most of a million-value refresh's status stage (issue 11): every group copied every column.
    """
    if frame is None or frame.empty:
        return frame
    narrow = frame[[column for column in SERIES_COLUMNS if column in frame.columns]]
    typed = {}
    for column in narrow.columns:
        if column in ("period_start", "period_end"):
            if is_all_dates(narrow[column]):  # converted once here, not once per series
                typed[column] = to_timestamps(narrow[column])
        elif column != "value":
            typed[column] = narrow[column].astype(object)
    return narrow.assign(**typed)


def is_all_dates(values: pd.Series) -> bool:
    """Return True when every value is a date, a datetime or missing (never a string)."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return True
    return pd.api.types.infer_dtype(values, skipna=True) in ("date", "datetime", "empty")


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
    targets_by_key = split_by_series(normalize_targets(targets))
    series_by_key = split_by_series(
        narrow_observations(select_series(observations, targets_by_key))
    )
    rows = []
    for (indicator, breakdown), group in targets_by_key.items():
        kind, _ = read_catalog_entry(catalog, indicator)
        series, flags = prepare_series(series_by_key.get((indicator, breakdown)), kind, th)
        series = series[series["date"] <= evaluated_at]
        for target in group.sort_values("deadline_date").to_dict("records"):
            progress = compute_progress_from_series(series, flags, target, kind, evaluated_at, th)
            ratio = compute_ratio_from_series(series, target, th)
            source = {
                "target_id": target.get("target_id"),
                "target_document": target.get("document"),
                "target_quote": target.get("quote"),
            }
            rows.append(
                {"indicator": indicator, "breakdown": breakdown, **progress, **ratio, **source}
            )
    dates = ["deadline", "baseline_date", "latest_date", "reach_month", "reached_date"]
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
    rows = compute_trend_rows(narrow_observations(observations), catalog, evaluated_at, th)
    dates = ["latest_date", "yoy_reference_date"]
    return order_rows(unify_dates(pd.DataFrame(rows), dates), catalog)


def compute_status_table(
    observations: pd.DataFrame,
    targets: pd.DataFrame,
    catalog: pd.DataFrame,
    today: Any = None,
) -> pd.DataFrame:
    """Return out_status: one row per indicator x breakdown x target, for every catalog indicator.

    Rows without a target carry the 12-month trend (actual_pace is its pace per month; status
    improving / flat / worsening / not_enough_data); an indicator with neither data nor a target
    has one no_data row. `is_headline` marks the row an overview card shows for its indicator x
    breakdown: the nearest deadline not yet passed, else the latest.
    """
    th = load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    by_target = compute_target_progress(observations, targets, catalog, evaluated_at, th)
    trends = compute_trend_table(observations, catalog, evaluated_at, th)
    targeted = set(list_keys(by_target))
    untargeted = trends[~list_keys(trends).isin(targeted)] if len(trends) else trends
    covered = {indicator for indicator, _ in targeted} | set(trends.get("indicator", []))
    parts = [
        shape_target_rows(by_target),
        shape_trend_rows(untargeted),
        build_no_data_rows(catalog, covered),
    ]
    parts = [part for part in parts if not part.empty]
    if not parts:
        return type_status_table(pd.DataFrame(columns=OUT_STATUS_COLUMNS))
    table = order_rows(unify_dates(pd.concat(parts, ignore_index=True), DATE_COLUMNS), catalog)
    table["is_headline"] = mark_headlines(table, evaluated_at)
    table["evaluated_on"] = evaluated_at  # a date: *_at names UTC timestamps
    table["row_order"] = range(len(table))
    return type_status_table(table)


def shape_target_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Return per-target progress rows with the out_status columns."""
    return frame.reindex(columns=OUT_STATUS_COLUMNS)


def shape_trend_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Return trend rows (no target) with the out_status columns."""
    renamed = frame.rename(columns={"slope_per_month": "actual_pace", "trend_status": "status"})
    return renamed.reindex(columns=OUT_STATUS_COLUMNS)


def build_no_data_rows(catalog: pd.DataFrame, covered: set[str]) -> pd.DataFrame:
    """Return one no_data row for each catalog indicator with neither data nor a target."""
    missing = [indicator for indicator in catalog.index if indicator not in covered]
    frame = pd.DataFrame(
        {"indicator": missing, "breakdown": "national", "status": "no_data", "n_points": 0}
    )
    return frame.reindex(columns=OUT_STATUS_COLUMNS)


def mark_headlines(table: pd.DataFrame, evaluated_at: pd.Timestamp) -> pd.Series:
    """Return True on the one row per indicator x breakdown that a card headlines.

    select_row_target's choice for every key at once: a loop over 3,564 keys took 34 s.
    """
    deadline = pd.to_datetime(table["deadline"])
    has_target = deadline.notna().to_numpy()
    ahead = has_target & (deadline >= evaluated_at).to_numpy()
    # One rank per row, smallest wins: the nearest deadline ahead, else the latest deadline
    # (the last row among equal ones, as sorting and taking the last did), else the first row.
    days = (deadline - evaluated_at).dt.days.to_numpy(dtype=float, na_value=np.nan)
    position = np.arange(len(table), dtype=float)
    tier = np.where(ahead, 0, np.where(has_target, 1, 2))
    within = np.where(ahead, days, np.where(has_target, -days, 0.0))
    ranks = pd.DataFrame(
        {
            "indicator": table["indicator"].astype(object).to_numpy(),
            "breakdown": table["breakdown"].astype(object).to_numpy(),
            "tier": tier,
            "within": within,
            "position": np.where(tier == 1, -position, position),
        }
    )
    best = ranks.sort_values(["tier", "within", "position"], kind="mergesort")
    chosen = best.drop_duplicates(["indicator", "breakdown"], keep="first").index
    headline = pd.Series(False, index=table.index)
    headline.iloc[chosen.to_numpy()] = True
    return headline


def type_status_table(table: pd.DataFrame) -> pd.DataFrame:
    """Give out_status its columns in order and one type per column, whatever rows it holds."""
    table = unify_dates(table.reindex(columns=OUT_STATUS_COLUMNS), DATE_COLUMNS)
    typed = {column: table[column].astype(object) for column in TEXT_COLUMNS}
    typed |= {column: table[column].fillna(0).astype(int) for column in ("row_order", "n_points")}
    typed |= {
        column: table[column].astype("boolean") for column in ("is_headline", "deadline_passed")
    }
    numbers = [c for c in OUT_STATUS_COLUMNS if c not in {*typed, *DATE_COLUMNS}]
    typed |= {column: pd.to_numeric(table[column]).astype(float) for column in numbers}
    return table.assign(**typed).reset_index(drop=True)


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
