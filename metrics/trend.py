"""Indicators without a target (trend, year on year) and the Open SDG ratio method for comparison."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from metrics.fitting import (
    MAX_EXPONENT,
    Fit,
    add_months,
    choose_model,
    load_thresholds,
    months_between,
    prepare_series,
    read_bounds,
    resolve_evaluation_date,
    select_main_period_kind,
    solve_least_squares,
    to_timestamps,
)
from metrics.progress import meets_target, target_sign

TREND_STATUSES = ("improving", "flat", "worsening", "not_enough_data", "no_data")
RATIO_STATUSES = (
    "target_achieved",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "not_available",
)


# ---------------------------------------------------------------------------------------------
# The Open SDG / Statistics Canada ratio method, for comparison
# ---------------------------------------------------------------------------------------------


def compute_ratio_status(
    observations: pd.DataFrame,
    target: Mapping,
    kind: str,
    today: Any = None,
    thresholds: Mapping | None = None,
) -> dict:
    """Return the Open SDG ratio R = observed CAGR / required CAGR and its category.

    As in open-sdg/sdg-build (sdg/ProgressMeasure.py): two points only (base and current),
    years as the time unit, R = sign(base) * d * CAGR_obs / |CAGR_req|, zero values replaced
    by a small number, and cut-offs 0.95 / 0.60 / 0 (thresholds.toml [ratio_method]).
    """
    th = thresholds or load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    series, _ = prepare_series(observations, kind, th)
    return compute_ratio_from_series(series[series["date"] <= evaluated_at], target, th)


def compute_ratio_from_series(series: pd.DataFrame, target: Mapping, thresholds: Mapping) -> dict:
    """Return compute_ratio_status's record from a prepared series cut at the evaluation date."""
    rm = thresholds["ratio_method"]
    v = float(target["target_value"])
    comparator = target.get("comparator") or ">="
    if series.empty:
        return {"ratio": float("nan"), "ratio_status": "not_available"}
    b, x = float(series["value"].iloc[0]), float(series["value"].iloc[-1])
    if meets_target(x, v, comparator):
        return {"ratio": float("nan"), "ratio_status": "target_achieved"}
    years_done = months_between(series["date"].iloc[0], series["date"].iloc[-1]) / 12
    years_all = months_between(series["date"].iloc[0], target["deadline_date"]) / 12
    ratio = compute_growth_ratio(b, x, v, years_done, years_all, comparator, rm)
    return {"ratio": ratio, "ratio_status": classify_ratio(ratio, rm)}


def compute_growth_ratio(
    base: float,
    current: float,
    target: float,
    years_done: float,
    years_all: float,
    comparator: str,
    settings: Mapping,
) -> float:
    """Return sign(base) * d * CAGR_observed / |CAGR_required|, NaN where undefined."""
    base = base or settings["zero_replacement"]
    target = target or settings["zero_replacement"]
    if years_done <= 0 or years_all <= 0 or base * current <= 0 or base * target <= 0:
        return float("nan")
    observed = compute_annual_growth(current / base, years_done)
    required = compute_annual_growth(target / base, years_all)
    if required == 0:
        return float("nan")
    sign = -1 if base < 0 else 1
    return sign * target_sign(comparator) * observed / abs(required)


def compute_annual_growth(ratio: float, years: float) -> float:
    """Return the compound annual growth rate ratio ** (1 / years) - 1, without overflow."""
    # A few days of data annualised can exceed any float; cap as in Fit.value_at.
    return math.expm1(min(math.log(ratio) / years, MAX_EXPONENT))


def classify_ratio(ratio: float, settings: Mapping) -> str:
    """Return the Open SDG progress category of a growth ratio."""
    if not math.isfinite(ratio):
        return "not_available"
    if ratio >= settings["substantial"]:
        return "substantial_progress"
    if ratio >= settings["moderate"]:
        return "moderate_progress"
    if ratio >= settings["limited"]:
        return "limited_progress"
    return "deterioration"


# ---------------------------------------------------------------------------------------------
# Indicators without a target: trend and year-on-year change
# ---------------------------------------------------------------------------------------------


def compute_trend(
    observations: pd.DataFrame,
    kind: str,
    direction: str,
    today: Any = None,
    thresholds: Mapping | None = None,
) -> dict:
    """Return the 12-month trend, year-on-year change and improving/flat/worsening status."""
    th = thresholds or load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    series, _ = prepare_series(observations, kind, th)
    result = compute_trend_from_series(series[series["date"] <= evaluated_at], kind, direction, th)
    if observations is not None and not observations.empty:
        # Like with like: the trend compares one period kind (months with months); the sentence
        # names it and the kinds left out (cyberattacks' Q1/2024 total is not a month).
        kinds = observations["period_kind"].dropna()
        result["trend_kind"] = select_main_period_kind(kinds, kind)
        others = sorted(set(kinds) - {result["trend_kind"]})
        result["other_kinds"] = ",".join(others) or None
    return result


def compute_trend_from_series(
    series: pd.DataFrame, kind: str, direction: str, thresholds: Mapping
) -> dict:
    """Return compute_trend's record from a prepared series cut at the evaluation date."""
    return compute_trend_from_points(
        series["date"].to_numpy(),
        series["start"].to_numpy(),
        series["value"].to_numpy(dtype=float),
        kind,
        direction,
        thresholds,
    )


def compute_trend_from_points(
    dates: np.ndarray,
    starts: np.ndarray,
    values: np.ndarray,
    kind: str,
    direction: str,
    thresholds: Mapping,
) -> dict:
    """Return the trend record of one prepared series given as arrays sorted by date.

    Plain arrays, not a DataFrame: the status table runs this for every series (3,564 at a
    million values) and pandas' per-call cost was most of it.
    """
    tr = thresholds["trend"]
    result = empty_trend()
    if not len(dates):
        return {**result, "trend_status": "no_data"}
    latest_date = pd.Timestamp(dates[-1])
    since = latest_date - pd.DateOffset(months=tr["window_months"])
    in_window = dates >= since.to_datetime64()
    window_dates, window_values = dates[in_window], values[in_window]
    result.update(latest_value=float(values[-1]), latest_date=latest_date)
    result["n_points"] = len(np.unique(window_dates))
    result["trend_start"] = pd.Timestamp(window_dates[0])
    result.update(find_year_on_year(dates, starts, values))
    if result["n_points"] >= tr["min_points"]:
        result.update(describe_window_trend(window_dates, window_values, kind, thresholds))
    result.update(classify_trend(result, direction, tr))
    return result


def empty_trend() -> dict:
    """Return a trend record with everything missing."""
    nan = float("nan")
    return {
        "latest_value": nan,
        "latest_date": pd.NaT,
        "n_points": 0,
        "model": None,
        "slope_per_month": nan,
        "change_12m_pct": nan,
        "yoy_pct": nan,
        "yoy_reference_value": nan,
        "yoy_reference_date": pd.NaT,
        "trend_signal": None,
        "trend_status": "not_enough_data",
        "trend_start": pd.NaT,
        "trend_kind": None,
        "other_kinds": None,
    }


def find_year_on_year(dates: np.ndarray, starts: np.ndarray, values: np.ndarray) -> dict:
    """Return the change from the same period one year earlier, when that period was reported."""
    year_before = pd.Timestamp(starts[-1]) - pd.DateOffset(years=1)
    if pd.isna(year_before):
        return {}
    match = np.flatnonzero(starts == year_before.to_datetime64())
    if not len(match):
        return {}
    latest, reference = values[-1], float(values[match[-1]])
    change = (latest - reference) / abs(reference) * 100 if reference else float("nan")
    return {
        "yoy_pct": float(change),
        "yoy_reference_value": reference,
        "yoy_reference_date": pd.Timestamp(dates[match[-1]]),
    }


def describe_window_trend(
    dates: np.ndarray, values: np.ndarray, kind: str, thresholds: Mapping
) -> dict:
    """Return the fitted pace per month and the fitted change over 12 months, in percent."""
    model = choose_model(kind, values, thresholds)
    fit = fit_points([pd.Timestamp(when) for when in dates], values, model)
    if fit is None:
        return {}
    start, end = pd.Timestamp(dates[0]), pd.Timestamp(dates[-1])
    year_before = add_months(end, -12)
    before = fit.value_at(year_before)
    change = (fit.value_at(end) - before) / abs(before) * 100 if before else float("nan")
    return {
        "model": model,
        "slope_per_month": fit.average_pace(start, end),
        "change_12m_pct": float(change),
    }


def fit_points(dates: list[pd.Timestamp], values: np.ndarray, model: str) -> Fit | None:
    """Return fit_series' least-squares line through dates and values (None under two dates)."""
    if len(set(dates)) < 2:
        return None
    origin = dates[0]
    months = np.array([months_between(origin, when) for when in dates])
    levels = np.log(values) if model == "compound" else values
    slope, intercept = solve_least_squares(months, levels)
    return Fit(model=model, origin=origin, intercept=intercept, slope=slope)


def classify_trend(result: Mapping, direction: str, settings: Mapping) -> dict:
    """Return the trend status from year-on-year change, else the fitted 12-month change."""
    if math.isfinite(result["yoy_pct"]):
        signal, name = result["yoy_pct"], "yoy"
    elif math.isfinite(result["change_12m_pct"]):
        signal, name = result["change_12m_pct"], "change_12m"
    else:
        return {"trend_signal": None, "trend_status": "not_enough_data"}
    directed = -signal if direction == "lower" else signal
    if directed >= settings["improving_pct"]:
        status = "improving"
    elif directed <= settings["worsening_pct"]:
        status = "worsening"
    else:
        status = "flat"
    return {"trend_signal": name, "trend_status": status}


# ---------------------------------------------------------------------------------------------
# The trend of every indicator x breakdown at once
# ---------------------------------------------------------------------------------------------


def compute_trend_rows(
    observations: pd.DataFrame,
    kinds: pd.DataFrame,
    evaluated_at: pd.Timestamp,
    thresholds: Mapping,
) -> list[dict]:
    """Return compute_trend's record for every (indicator, breakdown) of the observations.

    The same method as compute_trend, with prepare_series done once over whole columns: a
    series at a time spent 160 of 240 s of a million-value refresh in pandas calls on groups
    of a hundred rows (issue 11). `kinds` gives each indicator's kind and direction.
    """
    if observations is None or observations.empty:
        return []
    obs = observations.assign(breakdown=observations["breakdown"].fillna("national"))
    obs = obs.dropna(subset=["indicator"])
    if obs.empty:
        return []
    kind = obs["indicator"].map(kinds["kind"]).fillna("rate")
    main_kind, other_kinds = choose_main_kinds(obs, kind)
    series = prepare_all_series(obs, kind, main_kind, thresholds)
    series = series[series["date"] <= evaluated_at]
    bounds = series.groupby(["indicator", "breakdown"], sort=False).indices
    dates, starts = series["date"].to_numpy(), series["start"].to_numpy()
    values = series["value"].to_numpy(dtype=float)
    rows = []
    for key, chosen in main_kind.items():
        indicator = key[0]
        direction = kinds["direction"].get(indicator, "higher")
        positions = bounds.get(key)
        take = positions if positions is not None else []
        result = compute_trend_from_points(
            dates[take], starts[take], values[take], kinds["kind"].get(indicator, "rate"),
            direction, thresholds,
        )  # fmt: skip
        result.update(trend_kind=chosen, other_kinds=other_kinds[key])
        rows.append({"indicator": indicator, "breakdown": key[1], **result})
    return rows


def choose_main_kinds(obs: pd.DataFrame, kind: pd.Series) -> tuple[dict, dict]:
    """Return, per (indicator, breakdown), the main period kind and the others joined by commas."""
    pairs = obs[["indicator", "breakdown", "period_kind"]].assign(_kind=kind.to_numpy())
    pairs = pairs.drop_duplicates()
    present: dict[tuple, set] = {}
    kind_of: dict[tuple, str] = {}
    # A few rows per series once deduplicated: plain Python, no pandas call per group.
    for indicator, breakdown, period_kind, catalog_kind in pairs.itertuples(index=False):
        key = (indicator, breakdown)
        kind_of.setdefault(key, catalog_kind)
        present.setdefault(key, set())
        if not pd.isna(period_kind):
            present[key].add(period_kind)
    main = {key: select_main_period_kind(kinds, kind_of[key]) for key, kinds in present.items()}
    others = {key: ",".join(sorted(kinds - {main[key]})) or None for key, kinds in present.items()}
    return main, others


def prepare_all_series(
    obs: pd.DataFrame, kind: pd.Series, main_kind: dict, thresholds: Mapping
) -> pd.DataFrame:
    """Return prepare_series' points of every series, sorted by key, date and value."""
    keys = pd.MultiIndex.from_frame(obs[["indicator", "breakdown"]])
    wanted = pd.Series(main_kind).reindex(keys).to_numpy()
    rows = (obs["period_kind"].to_numpy() == wanted) & pd.notna(wanted)
    frame = pd.DataFrame(
        {
            "indicator": obs["indicator"].to_numpy()[rows],
            "breakdown": obs["breakdown"].to_numpy()[rows],
            "date": to_timestamps(obs["period_end"][rows]).to_numpy(),
            "start": to_timestamps(obs["period_start"][rows]).to_numpy(),
            "value": pd.to_numeric(obs["value"][rows], errors="coerce").astype(float).to_numpy(),
            "_kind": kind.to_numpy()[rows],
        }
    ).dropna(subset=["date", "value"])
    limits = {k: read_bounds(k, thresholds) for k in frame["_kind"].unique()}
    lower = frame["_kind"].map({k: lo for k, (lo, _) in limits.items()}).astype(float)
    upper = frame["_kind"].map({k: hi for k, (_, hi) in limits.items()}).astype(float)
    frame["value"] = frame["value"].clip(lower=lower.fillna(-np.inf), upper=upper.fillna(np.inf))
    key = ["indicator", "breakdown"]
    frame = frame.sort_values([*key, "date", "value"], kind="mergesort").reset_index(drop=True)
    if not frame.duplicated([*key, "date"]).any():
        return frame[[*key, "date", "start", "value"]]
    # Same dates collapse to their mean, summed in the sorted order as collapse_same_dates does.
    grouped = frame.groupby([*key, "date"], sort=False)
    merged = grouped.agg(start=("start", "min"), value=("value", "mean")).reset_index()
    return merged[[*key, "date", "start", "value"]]
