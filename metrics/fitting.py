"""Series preparation and the fitted pace: the shared maths under progress, trends and tables.

Thresholds live in metrics/thresholds.toml. Time is measured in months of 365.2425 / 12 days.
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
