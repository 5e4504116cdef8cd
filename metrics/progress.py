"""Progress toward targets, pace, projection and status: the documented method (pure pandas).

The method is written for readers in metrics/method_vi.md and metrics/method_en.md; the
thresholds live in metrics/thresholds.toml. Time is measured in months of 365.2425 / 12 days.
"""

from __future__ import annotations

import copy
import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

THRESHOLDS_PATH = Path(__file__).with_name("thresholds.toml")

# exp(700) ~ 1e304: larger than any indicator, still a finite float.
MAX_EXPONENT = 700.0
# A month is a twelfth of the mean Gregorian year, so a pace does not depend on month lengths.
DAYS_PER_MONTH = 365.2425 / 12

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
TARGET_STATUSES = ("achieved", "on_track", "at_risk", "off_track", "not_enough_data")
TREND_STATUSES = ("improving", "flat", "worsening", "not_enough_data")
RATIO_STATUSES = (
    "target_achieved",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "not_available",
)

STATUS_LABELS = {
    "vi": {
        "achieved": "Đã đạt",
        "on_track": "Đúng tiến độ",
        "at_risk": "Có nguy cơ chậm",
        "off_track": "Chậm tiến độ",
        "not_enough_data": "Chưa đủ số liệu",
        "improving": "Đang cải thiện",
        "flat": "Đi ngang",
        "worsening": "Đang xấu đi",
    },
    "en": {
        "achieved": "Achieved",
        "on_track": "On track",
        "at_risk": "At risk",
        "off_track": "Off track",
        "not_enough_data": "Not enough data",
        "improving": "Improving",
        "flat": "Flat",
        "worsening": "Worsening",
    },
}

# Words for "per month" paces, by catalog unit.
PACE_UNITS = {
    "vi": {
        "percent": "điểm %",
        "count": "",
        "billion_vnd": "tỷ đồng",
        "mbps": "Mbps",
        "per_100": "/100 dân",
        "rank": "bậc",
    },
    "en": {
        "percent": "points",
        "count": "",
        "billion_vnd": "billion VND",
        "mbps": "Mbps",
        "per_100": "per 100 inhabitants",
        "rank": "places",
    },
}

# Period kinds in order of preference, per catalog kind (see select_main_period_kind).
MAIN_PERIOD_KINDS = {
    "stock": ("as_of",),
    "flow": ("month", "quarter", "half", "year", "day_avg"),
    "level": ("as_of", "month", "quarter", "half", "year", "ytd", "day_avg"),
}


@cache
def read_thresholds_file(path: Path = THRESHOLDS_PATH) -> dict:
    """Parse thresholds.toml once per process."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict:
    """Return the method's thresholds (a deep copy, safe to modify)."""
    return copy.deepcopy(read_thresholds_file(Path(path)))


# ---------------------------------------------------------------------------------------------
# Series preparation
# ---------------------------------------------------------------------------------------------


def select_main_period_kind(period_kinds: Iterable[str], kind: str) -> str | None:
    """Return the one period kind progress is measured on, for an indicator of catalog `kind`.

    Stocks are levels at a date: only `as_of` (their `month` rows are the month's inflow, a
    different quantity). Flows are sums over a span and only comparable with spans of the same
    length: the finest span present (month, then quarter, half, year, day_avg; never ytd, whose
    length grows through the year). Rates, speeds, ranks and growth rates are levels: `as_of`
    first, else the span they were measured over.
    """
    preference = MAIN_PERIOD_KINDS.get(kind, MAIN_PERIOD_KINDS["level"])
    present = set(period_kinds)
    return next((candidate for candidate in preference if candidate in present), None)


def prepare_series(
    observations: pd.DataFrame, kind: str, thresholds: Mapping | None = None
) -> tuple[pd.DataFrame, set[str]]:
    """Return the main-kind series (date, start, value) sorted by date, with data-quality flags.

    Values outside the kind's natural limits are clipped and flagged; rows with the same date
    (two reports stating the same period) collapse to their mean, flagged when they disagree.
    """
    th = thresholds or load_thresholds()
    empty = pd.DataFrame({"date": pd.Series(dtype="datetime64[s]"), "value": []})
    if observations is None or observations.empty:
        return empty.assign(start=empty["date"]), set()
    main_kind = select_main_period_kind(observations["period_kind"].dropna(), kind)
    rows = observations[observations["period_kind"] == main_kind]
    frame = pd.DataFrame(
        {
            "date": to_timestamps(rows["period_end"]),
            "start": to_timestamps(rows["period_start"]),
            "value": pd.to_numeric(rows["value"], errors="coerce").astype(float),
        }
    ).dropna(subset=["date", "value"])
    frame, flags = clip_to_bounds(frame, kind, th)
    frame, dup_flags = collapse_same_dates(frame)
    return frame, flags | dup_flags


def to_timestamps(values: pd.Series) -> pd.Series:
    """Convert dates (datetime.date, strings or Timestamps) to midnight Timestamps."""
    return pd.to_datetime(values, errors="coerce").dt.normalize()


def clip_to_bounds(
    frame: pd.DataFrame, kind: str, thresholds: Mapping
) -> tuple[pd.DataFrame, set[str]]:
    """Clip values to the kind's natural limits, flagging any that were outside."""
    lower, upper = read_bounds(kind, thresholds)
    flags = set()
    if upper is not None and (frame["value"] > upper).any():
        # e.g. a rate above 100%: an upstream data error that must not crash the dashboard.
        flags.add("value_above_upper_bound")
    if lower is not None and (frame["value"] < lower).any():
        flags.add("value_below_lower_bound")
    return frame.assign(value=frame["value"].clip(lower=lower, upper=upper)), flags


def read_bounds(kind: str, thresholds: Mapping) -> tuple[float | None, float | None]:
    """Return the (lower, upper) natural limits of a catalog kind, None where unlimited."""
    bounds = thresholds.get("bounds", {}).get(kind, {})
    return bounds.get("lower"), bounds.get("upper")


def collapse_same_dates(frame: pd.DataFrame) -> tuple[pd.DataFrame, set[str]]:
    """Merge rows that share a date into one point (mean value); flag disagreeing values."""
    # Sorting first makes the mean's floating-point sum independent of the input order.
    ordered = frame.sort_values(["date", "value"], kind="mergesort").reset_index(drop=True)
    if not ordered["date"].duplicated().any():
        return ordered, set()  # the usual case, without the cost of a groupby
    grouped = ordered.groupby("date", sort=True)
    merged = pd.DataFrame({"start": grouped["start"].min(), "value": grouped["value"].mean()})
    flags = {"conflicting_values_same_date"} if (grouped["value"].nunique() > 1).any() else set()
    return merged.reset_index(), flags


def select_since_baseline(series: pd.DataFrame, baseline_date: Any = None) -> pd.DataFrame:
    """Return the observations from the baseline on: the first one on or after baseline_date.

    Without a baseline date the baseline is the earliest observation, so every point counts.
    """
    if baseline_date is None:
        return series
    return series[series["date"] >= pd.Timestamp(baseline_date).normalize()]


def months_between(start: Any, end: Any) -> float:
    """Return the months from start to end (negative when end is earlier)."""
    return (pd.Timestamp(end) - pd.Timestamp(start)).total_seconds() / 86400 / DAYS_PER_MONTH


def add_months(origin: Any, months: float) -> pd.Timestamp:
    """Return the date `months` (fractional) after origin."""
    return pd.Timestamp(origin) + pd.Timedelta(days=months * DAYS_PER_MONTH)


# ---------------------------------------------------------------------------------------------
# Fitting the pace
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    """A least-squares line: value (linear) or log value (compound) against months from origin."""

    model: str
    origin: pd.Timestamp
    intercept: float
    slope: float

    def value_at(self, when: Any) -> float:
        """Return the fitted value at a date."""
        level = self.intercept + self.slope * months_between(self.origin, when)
        # Capping the exponent keeps absurd extrapolations finite instead of raising OverflowError.
        return math.exp(min(level, MAX_EXPONENT)) if self.model == "compound" else level

    def average_pace(self, start: Any, end: Any) -> float:
        """Return the fitted change per month between two dates (units per month)."""
        span = months_between(start, end)
        if span <= 0:
            return float("nan")
        return (self.value_at(end) - self.value_at(start)) / span

    def months_to_reach(self, level: float) -> float | None:
        """Return the months from origin at which the fitted curve equals level, if ever."""
        if self.slope == 0:
            return None
        if self.model == "compound":
            if level <= 0:
                return None
            return (math.log(level) - self.intercept) / self.slope
        return (level - self.intercept) / self.slope


def choose_model(kind: str, values: pd.Series, thresholds: Mapping) -> str:
    """Return 'compound' for counts and stocks with positive values, else 'linear'."""
    compound_kinds = thresholds.get("models", {}).get("compound", [])
    if kind in compound_kinds and len(values) and (values > 0).all():
        return "compound"
    return "linear"


def fit_series(series: pd.DataFrame, model: str) -> Fit | None:
    """Fit a least-squares line through the series; None with fewer than two dates."""
    if series["date"].nunique() < 2:
        return None
    origin = series["date"].iloc[0]
    months = np.array([months_between(origin, when) for when in series["date"]])
    values = series["value"].to_numpy(dtype=float)
    levels = np.log(values) if model == "compound" else values
    slope, intercept = solve_least_squares(months, levels)
    return Fit(model=model, origin=origin, intercept=intercept, slope=slope)


def solve_least_squares(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Return (slope, intercept) of the ordinary least-squares line y = a + b x."""
    x_mean, y_mean = x.mean(), y.mean()
    slope = float(((x - x_mean) * (y - y_mean)).sum() / ((x - x_mean) ** 2).sum())
    return slope, float(y_mean - slope * x_mean)


def clip_value(value: float, kind: str, thresholds: Mapping) -> float:
    """Clip one value (a projection) to the kind's natural limits."""
    if value is None or not math.isfinite(value):
        return float("nan")
    lower, upper = read_bounds(kind, thresholds)
    if lower is not None:
        value = max(value, lower)
    if upper is not None:
        value = min(value, upper)
    return float(value)


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
    projected: float,
    baseline: float,
    target: float,
    comparator: str,
    deadline_passed: bool,
    n_points: int,
    thresholds: Mapping,
) -> str:
    """Return achieved / on_track / at_risk / off_track / not_enough_data for one target."""
    if meets_target(judged, target, comparator):
        return "achieved"
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


def resolve_evaluation_date(observations: pd.DataFrame | None, today: Any = None) -> pd.Timestamp:
    """Return the date status is judged at: `today` if given, else the newest data date.

    Judging at the newest period end (not the wall clock) makes the status say what the latest
    report says, identically on every run over the same data.
    """
    if today is not None:
        return pd.Timestamp(today).normalize()
    if observations is not None and not observations.empty:
        newest = to_timestamps(observations["period_end"]).max()
        if pd.notna(newest):
            return newest
    return pd.Timestamp(date.today())


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
        "status": "not_enough_data",
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
        result.update(describe_share(result))
        result.update(judge_target(result, series, fit, kind, thresholds))
        if result["status"] == "off_track" and result["deadline_passed"]:
            # Judged on the value at the deadline, but the reader must see it was met since.
            if meets_target(result["latest_value"], v, comparator):
                flags.add("met_after_deadline")
    result["flags"] = ";".join(sorted(flags))
    return result


def describe_share(result: Mapping) -> dict:
    """Return the progress share (raw and capped) and the required pace of a progress record."""
    b, x, v = result["baseline_value"], result["latest_value"], result["target_value"]
    t0, t, comparator = result["baseline_date"], result["latest_date"], result["comparator"]
    # One date only: the baseline is the latest value, so a 0% "progress" would say nothing.
    share = compute_progress_share(x, b, v) if t > t0 else float("nan")
    if meets_target(b, v, comparator):
        share = 1.0 if meets_target(x, v, comparator) else 0.0
    return {
        "progress_raw": share,
        "progress": float(np.clip(share, 0.0, 1.0)) if math.isfinite(share) else share,
        "required_pace": compute_required_pace(b, v, comparator, t0, result["deadline"]),
    }


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
    return compute_trend_from_series(series[series["date"] <= evaluated_at], kind, direction, th)


def compute_trend_from_series(
    series: pd.DataFrame, kind: str, direction: str, thresholds: Mapping
) -> dict:
    """Return compute_trend's record from a prepared series cut at the evaluation date."""
    tr = thresholds["trend"]
    result = empty_trend()
    if series.empty:
        return result
    latest = series.iloc[-1]
    window = series[series["date"] >= latest["date"] - pd.DateOffset(months=tr["window_months"])]
    result.update(latest_value=float(latest["value"]), latest_date=latest["date"])
    result["n_points"] = int(window["date"].nunique())
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


# ---------------------------------------------------------------------------------------------
# Explaining a status in one sentence
# ---------------------------------------------------------------------------------------------


def format_number(value: float, lang: str = "vi", decimals: int = 1, signed: bool = False) -> str:
    """Format a number the Vietnamese way (1.687,5) or the English way (1,687.5)."""
    if value is None or not math.isfinite(value):
        return "–"
    text = f"{abs(value):,.{decimals}f}"
    if lang == "vi":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    sign = "-" if value < 0 and float(text.replace(".", "").replace(",", "")) != 0 else ""
    if signed and not sign:
        sign = "+"
    return sign + text


def format_value(value: float, lang: str) -> str:
    """Format a level with up to two decimals, dropping trailing zeros (48,28 · 80 · 2.800.000)."""
    decimals = 0 if is_number(value) and abs(value) >= 1000 else 2
    text = format_number(value, lang, decimals)
    separator = "," if lang == "vi" else "."
    if decimals and separator in text:
        text = text.rstrip("0").rstrip(separator)
    return text


def format_pace(value: float, lang: str) -> str:
    """Format a signed pace per month: one decimal, more for tiny paces (+2,1 · +0,035)."""
    size = abs(value) if is_number(value) else 0.0
    decimals = 0 if size >= 100 else 1 if size >= 0.1 or size == 0 else 3
    return format_number(value, lang, decimals, signed=True)


def format_date(value: Any) -> str:
    """Format a date as dd/mm/yyyy (the way both languages' reports write it)."""
    if value is None or pd.isna(value):
        return "–"
    return pd.Timestamp(value).strftime("%d/%m/%Y")


def describe_pace_unit(unit: str | None, lang: str) -> str:
    """Return 'điểm %/tháng', 'points/month', '/month' ... for a catalog unit."""
    word = PACE_UNITS[lang].get(unit or "", "")
    per = "tháng" if lang == "vi" else "month"
    return f" {word}/{per}" if word else f"/{per}"


def explain_status(row: Mapping, lang: str = "vi", catalog: pd.DataFrame | None = None) -> str:
    """Return one sentence saying why a row has its status, e.g. 'cần +2,1 điểm %/tháng, đang đạt +0,8'."""
    lang = "vi" if lang == "vi" else "en"
    get = row.get if hasattr(row, "get") else (lambda key, default=None: default)
    unit, direction = lookup_unit(get("indicator"), catalog)
    status = get("status") or get("trend_status") or "not_enough_data"
    if status in ("improving", "flat", "worsening") or not is_number(get("target_value")):
        return explain_trend(get, status, unit, lang)
    comparator = get("comparator") or (">=" if target_sign(None, direction) > 0 else "<=")
    return explain_target(get, status, unit, lang, comparator)


def is_number(value: Any) -> bool:
    """Return True for a finite number."""
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def lookup_unit(indicator: str | None, catalog: pd.DataFrame | None) -> tuple[str | None, str]:
    """Return (unit, direction) of an indicator, loading the catalog when none is given."""
    if indicator is None:
        return None, "higher"
    if catalog is None:
        from metrics.catalog import load_catalog

        catalog = load_catalog()
    if indicator not in catalog.index:
        return None, "higher"
    return str(catalog.loc[indicator, "unit"]), str(catalog.loc[indicator, "direction"])


def explain_target(get, status: str, unit: str | None, lang: str, comparator: str = ">=") -> str:
    """Return the sentence for a row with a target."""
    vi = lang == "vi"
    target = format_value(get("target_value"), lang)
    if status == "achieved":
        latest = format_value(get("judged_value", get("latest_value")), lang)
        return (
            f"đã đạt mục tiêu: {latest} so với {target}"
            if vi
            else f"target met: {latest} against {target}"
        )
    if is_deadline_passed(get):
        deadline = format_date(get("deadline"))
        if meets_target(get("latest_value"), get("target_value"), comparator):
            latest, when = format_value(get("latest_value"), lang), format_date(get("latest_date"))
            if vi:
                return f"chưa đạt {target} đến hạn {deadline}; đạt {latest} ngày {when}"
            return f"{target} not reached by the {deadline} deadline; {latest} on {when}"
        if vi:
            return f"đã quá hạn {deadline}, chưa đạt mục tiêu {target}"
        return f"deadline {deadline} passed without reaching {target}"
    per = describe_pace_unit(unit, lang)
    required, actual = get("required_pace"), get("actual_pace")
    needs = ""
    if is_number(required):
        needs = f"{'cần' if vi else 'needs'} {format_pace(required, lang)}{per}"
    if status == "not_enough_data" or not is_number(actual):
        if vi:
            missing = "chưa đủ số liệu để đo tốc độ hiện tại" if needs else "chưa đủ số liệu"
        else:
            missing = (
                "not enough data yet to measure the current pace" if needs else "not enough data"
            )
        return f"{needs}; {missing}" if needs else missing
    doing = f"{'đang đạt' if vi else 'achieving'} {format_pace(actual, lang)}"
    return f"{needs}, {doing}" if needs else doing


def is_deadline_passed(get) -> bool:
    """Return True when the row says its deadline passed (or its data is newer than it)."""
    if get("deadline_passed") is not None and not pd.isna(get("deadline_passed")):
        return bool(get("deadline_passed"))
    deadline, latest = get("deadline"), get("latest_date")
    if deadline is None or latest is None or pd.isna(deadline) or pd.isna(latest):
        return False
    return pd.Timestamp(latest) > pd.Timestamp(deadline)


def explain_trend(get, status: str, unit: str | None, lang: str) -> str:
    """Return the sentence for a row without a target."""
    vi = lang == "vi"
    label = STATUS_LABELS[lang].get(status, status).lower()
    lead = "chưa có mục tiêu" if vi else "no target"
    yoy = get("yoy_pct")
    if is_number(yoy):
        change = format_number(yoy, lang, 1, signed=True)
        return (
            f"{lead}; so với cùng kỳ năm trước {change}%, {label}"
            if vi
            else f"{lead}; {change}% year on year, {label}"
        )
    pace = get("actual_pace") if is_number(get("actual_pace")) else get("slope_per_month")
    if is_number(pace):
        text = format_pace(pace, lang) + describe_pace_unit(unit, lang)
        return (
            f"{lead}; xu hướng 12 tháng {text}, {label}"
            if vi
            else f"{lead}; 12-month trend {text}, {label}"
        )
    return f"{lead}; {label}"
