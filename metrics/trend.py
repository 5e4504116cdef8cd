"""Indicators without a target (trend, year on year) and the Open SDG ratio method for comparison."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from metrics.fitting import (
    MAX_EXPONENT,
    add_months,
    choose_model,
    fit_series,
    load_thresholds,
    months_between,
    prepare_series,
    resolve_evaluation_date,
    select_main_period_kind,
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
    tr = thresholds["trend"]
    result = empty_trend()
    if series.empty:
        return {**result, "trend_status": "no_data"}
    latest = series.iloc[-1]
    window = series[series["date"] >= latest["date"] - pd.DateOffset(months=tr["window_months"])]
    result.update(latest_value=float(latest["value"]), latest_date=latest["date"])
    result["n_points"] = int(window["date"].nunique())
    result["trend_start"] = window["date"].iloc[0]
    result.update(find_year_on_year(series, latest))
    if result["n_points"] >= tr["min_points"]:
        result.update(describe_window_trend(window, kind, thresholds))
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


def find_year_on_year(series: pd.DataFrame, latest: pd.Series) -> dict:
    """Return the change from the same period one year earlier, when that period was reported."""
    year_before = latest["start"] - pd.DateOffset(years=1)
    match = series[series["start"] == year_before]
    if match.empty:
        return {}
    reference = float(match["value"].iloc[-1])
    change = (latest["value"] - reference) / abs(reference) * 100 if reference else float("nan")
    return {
        "yoy_pct": float(change),
        "yoy_reference_value": reference,
        "yoy_reference_date": match["date"].iloc[-1],
    }


def describe_window_trend(window: pd.DataFrame, kind: str, thresholds: Mapping) -> dict:
    """Return the fitted pace per month and the fitted change over 12 months, in percent."""
    model = choose_model(kind, window["value"], thresholds)
    fit = fit_series(window, model)
    if fit is None:
        return {}
    end = window["date"].iloc[-1]
    year_before = add_months(end, -12)
    before = fit.value_at(year_before)
    change = (fit.value_at(end) - before) / abs(before) * 100 if before else float("nan")
    return {
        "model": model,
        "slope_per_month": fit.average_pace(window["date"].iloc[0], end),
        "change_12m_pct": float(change),
    }


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
