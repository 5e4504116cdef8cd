"""Progress toward one target: share, paces, projection and status (the documented method).

The method is written for readers in metrics/method_vi.md and metrics/method_en.md; the
thresholds live in metrics/thresholds.toml. Sentences about a status are in metrics/wording.py.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from metrics.fitting import (
    Fit,
    add_months,
    choose_model,
    clip_value,
    fit_series,
    load_thresholds,
    months_between,
    prepare_series,
    resolve_evaluation_date,
    select_since_baseline,
)

TARGET_STATUSES = (
    "achieved",
    "achieved_late",
    "on_track",
    "at_risk",
    "off_track",
    "not_enough_data",
    "no_data",
)
# The statuses that say the target value was reached: their progress share is exactly 1.
MET_STATUSES = ("achieved", "achieved_late")
# The largest share below 1: a target not met never shows a full bar, whatever the rounding.
SHARE_BELOW_TARGET = math.nextafter(1.0, 0.0)


# ---------------------------------------------------------------------------------------------
# Progress toward one target
# ---------------------------------------------------------------------------------------------


def target_sign(comparator: str | None, direction: str | None = None) -> int:
    """Return +1 when more is better for this target ('>=' or higher), -1 otherwise."""
    if comparator in (">=", "<="):
        return 1 if comparator == ">=" else -1
    return -1 if direction == "lower" else 1


def meets_target(value: float, target: float, comparator: str, tolerance: float = 0.0) -> bool:
    """Return True when value satisfies the target's comparator (NaN never does)."""
    if value is None or not math.isfinite(value):
        return False
    if comparator == "<=":
        return value <= target + tolerance
    return value >= target - tolerance


def projection_tolerance(target: float) -> float:
    """Return the rounding slack for comparing a projection with a target."""
    # A fitted line through points that meet exactly may land 1e-13 short; that is not a miss.
    return 1e-9 * max(1.0, abs(target))


def compute_progress_share(latest: float, baseline: float, target: float) -> float:
    """Return (x - b) / (v - b), uncapped; NaN when the target equals the baseline."""
    if target == baseline:
        return float("nan")
    return (latest - baseline) / (target - baseline)


def compute_required_pace(
    baseline: float, target: float, comparator: str, start: Any, deadline: Any
) -> float:
    """Return (v - b) / (T - t0) per month; 0 when the baseline already meets the target."""
    span = months_between(start, deadline)
    if span <= 0:
        return float("nan")
    if meets_target(baseline, target, comparator):
        return 0.0
    return (target - baseline) / span


def compute_coverage(projected: float, baseline: float, target: float, comparator: str) -> float:
    """Return the share of the way from baseline to target the projection covers."""
    # No way to cover when the baseline already met the target: at_risk is then undefined.
    if meets_target(baseline, target, comparator) or target == baseline:
        return float("nan")
    return float((projected - baseline) / (target - baseline))


def find_reach_month(
    fit: Fit | None, target: float, comparator: str, latest_date: Any, thresholds: Mapping
) -> pd.Timestamp | None:
    """Return the first day of the month the fitted pace reaches the target, if it heads there."""
    if fit is None or fit.slope * target_sign(comparator) <= 0:
        return None
    months = fit.months_to_reach(target)
    if months is None:
        return None
    # The line may already have crossed the target while the latest point has not: "now".
    months = max(months, months_between(fit.origin, latest_date))
    if months > thresholds["projection"]["max_reach_years"] * 12:
        return None
    return add_months(fit.origin, months).normalize().replace(day=1)


def find_value_at_deadline(
    series: pd.DataFrame, fit: Fit | None, deadline: Any, kind: str, thresholds: Mapping
) -> tuple[float, str]:
    """Return the value a passed deadline is judged on and where it came from."""
    before = series[series["date"] <= pd.Timestamp(deadline)]
    if not before.empty:
        return float(before["value"].iloc[-1]), "observation"
    if fit is not None:
        return clip_value(fit.value_at(deadline), kind, thresholds), "projection"
    return float("nan"), "none"


def classify_target_status(
    judged: float,
    latest: float,
    projected: float,
    baseline: float,
    target: float,
    comparator: str,
    deadline_passed: bool,
    n_points: int,
    thresholds: Mapping,
) -> str:
    """Return achieved / achieved_late / on_track / at_risk / off_track / not_enough_data."""
    if meets_target(judged, target, comparator):
        return "achieved"
    if deadline_passed and meets_target(latest, target, comparator):
        # Met since, but not by the deadline: neither "off track" beside a full bar nor "achieved".
        # Without any value at the deadline nobody knows it was late.
        return "achieved_late" if math.isfinite(judged) else "achieved"
    if deadline_passed:
        return "off_track" if math.isfinite(judged) else "not_enough_data"
    if n_points < thresholds["status"]["min_points"] or not math.isfinite(projected):
        return "not_enough_data"
    if meets_target(projected, target, comparator, projection_tolerance(target)):
        return "on_track"
    coverage = compute_coverage(projected, baseline, target, comparator)
    if math.isfinite(coverage) and coverage >= thresholds["status"]["at_risk_share"]:
        return "at_risk"
    return "off_track"


def empty_progress(target: Mapping) -> dict:
    """Return a progress record with the target filled in and everything else missing."""
    nan = float("nan")
    return {
        "target_value": float(target["target_value"]),
        "deadline": pd.Timestamp(target["deadline_date"]).normalize(),
        "comparator": target.get("comparator") or ">=",
        "baseline_value": nan,
        "baseline_date": pd.NaT,
        "latest_value": nan,
        "latest_date": pd.NaT,
        "n_points": 0,
        "model": None,
        "progress": nan,
        "progress_raw": nan,
        "required_pace": nan,
        "actual_pace": nan,
        "monthly_growth_pct": nan,
        "projected_value": nan,
        "coverage": nan,
        "reach_month": pd.NaT,
        "deadline_passed": False,
        "judged_value": nan,
        "judged_on": "none",
        "reached_date": pd.NaT,
        "status": "no_data",
        "flags": "",
    }


def compute_progress(
    observations: pd.DataFrame,
    target: Mapping,
    kind: str,
    today: Any = None,
    baseline_date: Any = None,
    thresholds: Mapping | None = None,
) -> dict:
    """Return progress, paces, projection and status of one indicator x breakdown toward one target.

    `observations` holds one indicator x breakdown (columns period_kind, period_start, period_end,
    value); `target` has target_value, deadline_date and comparator.
    """
    th = thresholds or load_thresholds()
    evaluated_at = resolve_evaluation_date(observations, today)
    series, flags = prepare_series(observations, kind, th)
    series = select_since_baseline(series[series["date"] <= evaluated_at], baseline_date)
    return compute_progress_from_series(series, flags, target, kind, evaluated_at, th)


def compute_progress_from_series(
    series: pd.DataFrame,
    flags: set[str],
    target: Mapping,
    kind: str,
    evaluated_at: pd.Timestamp,
    thresholds: Mapping,
) -> dict:
    """Return compute_progress's record from a prepared series cut at the evaluation date."""
    result = empty_progress(target)
    v, deadline, comparator = result["target_value"], result["deadline"], result["comparator"]
    result["deadline_passed"] = bool(deadline < evaluated_at)
    flags = set(flags)
    if not series.empty:
        model = choose_model(kind, series["value"], thresholds)
        if model == "linear" and kind in thresholds["models"].get("compound", []):
            flags.add("compound_fallback_linear")
        fit = fit_series(series, model)
        result.update(describe_endpoints(series, model))
        result.update(describe_pace(fit, series, v, comparator, deadline, kind, thresholds))
        result.update(judge_target(result, series, fit, kind, thresholds))
        result.update(describe_share(result))
        result["reached_date"] = find_reached_date(series, v, comparator)
    result["flags"] = ";".join(sorted(flags))
    return result


def describe_share(result: Mapping) -> dict:
    """Return the progress share (raw and shown) and the required pace of a judged record."""
    b, x, v = result["baseline_value"], result["latest_value"], result["target_value"]
    t0, t, comparator = result["baseline_date"], result["latest_date"], result["comparator"]
    # One date only: the baseline is the latest value, so a 0% "progress" would say nothing.
    share = compute_progress_share(x, b, v) if t > t0 else float("nan")
    if meets_target(b, v, comparator):
        share = 1.0 if meets_target(x, v, comparator) else 0.0
    return {
        "progress_raw": share,
        "progress": select_shown_share(share, result["status"]),
        "required_pace": compute_required_pace(b, v, comparator, t0, result["deadline"]),
    }


def select_shown_share(share: float, status: str) -> float:
    """Return the share the bar shows: 1 exactly when the status says the target was met."""
    if status in MET_STATUSES:
        # Also when judged met at the deadline and lower since: the target was reached.
        return 1.0
    if not math.isfinite(share):
        return share
    return float(np.clip(share, 0.0, SHARE_BELOW_TARGET))


def contradicts_share(status: str, share: float) -> bool:
    """Return True when a status and its shown progress share say different things."""
    full = share is not None and math.isfinite(share) and share >= 1.0
    if status in MET_STATUSES:
        return not full
    if status == "no_data":
        return share is not None and not math.isnan(share)
    return full


def find_reached_date(series: pd.DataFrame, target: float, comparator: str) -> pd.Timestamp:
    """Return the first date of the run of values meeting the target up to the latest (else NaT)."""
    met = [meets_target(value, target, comparator) for value in series["value"]]
    if not met or not met[-1]:
        return pd.NaT
    start = len(met)
    while start > 0 and met[start - 1]:
        start -= 1
    return series["date"].iloc[start]


def judge_target(
    result: Mapping, series: pd.DataFrame, fit: Fit | None, kind: str, thresholds: Mapping
) -> dict:
    """Return the value the target is judged on, where it came from, and the status."""
    if result["deadline_passed"]:
        judged, judged_on = find_value_at_deadline(
            series, fit, result["deadline"], kind, thresholds
        )
    else:
        judged, judged_on = result["latest_value"], "latest"
    status = classify_target_status(
        judged,
        result["latest_value"],
        result["projected_value"],
        result["baseline_value"],
        result["target_value"],
        result["comparator"],
        result["deadline_passed"],
        result["n_points"],
        thresholds,
    )
    return {"judged_value": judged, "judged_on": judged_on, "status": status}


def describe_endpoints(series: pd.DataFrame, model: str) -> dict:
    """Return baseline, latest and count of a prepared series."""
    return {
        "baseline_value": float(series["value"].iloc[0]),
        "baseline_date": series["date"].iloc[0],
        "latest_value": float(series["value"].iloc[-1]),
        "latest_date": series["date"].iloc[-1],
        "n_points": int(series["date"].nunique()),
        "model": model,
    }


def describe_pace(
    fit: Fit | None,
    series: pd.DataFrame,
    target: float,
    comparator: str,
    deadline: pd.Timestamp,
    kind: str,
    thresholds: Mapping,
) -> dict:
    """Return actual pace, growth, projection, coverage and reach month from a fit."""
    if fit is None:
        return {}
    start, end = series["date"].iloc[0], series["date"].iloc[-1]
    projected = clip_value(fit.value_at(deadline), kind, thresholds)
    growth = (math.exp(fit.slope) - 1) * 100 if fit.model == "compound" else float("nan")
    reach = find_reach_month(fit, target, comparator, end, thresholds)
    return {
        "actual_pace": fit.average_pace(start, end),
        "monthly_growth_pct": growth,
        "projected_value": projected,
        "coverage": compute_coverage(projected, series["value"].iloc[0], target, comparator),
        "reach_month": reach if reach is not None else pd.NaT,
    }
