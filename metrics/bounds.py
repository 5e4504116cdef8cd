"""The range a value of an indicator may take: finite, and within its kind's natural limits."""

from __future__ import annotations

import math

from metrics.fitting import load_thresholds, read_bounds

NON_NEGATIVE_UNITS = ["count", "billion_vnd", "mbps", "per_100", "rank"]


def find_bounds(kind: str | None, unit: str | None) -> tuple[float | None, float | None]:
    """Return (lower, upper) for a catalog kind and unit, None where unlimited."""
    lower, upper = read_bounds(kind or "", load_thresholds())
    if kind == "rate" and unit != "percent":
        upper = None  # subscriptions per 100 people pass 100 (a phone and a tablet each)
    if unit in NON_NEGATIVE_UNITS:
        lower = max(lower or 0.0, 0.0)
    return lower, upper


def check_value(value: float, kind: str | None, unit: str | None) -> str | None:
    """Return why a value cannot be stored for an indicator of this kind and unit, or None."""
    if not math.isfinite(value):
        return f"{value!r} is not a finite number"
    lower, upper = find_bounds(kind, unit)
    if (lower is not None and value < lower) or (upper is not None and value > upper):
        return f"{value:g} is outside {describe_bounds(lower, upper)} for a {unit} {kind}"
    return None


def describe_bounds(lower: float | None, upper: float | None) -> str:
    """Return '0–100', '>= 0' or 'any value'."""
    if lower is not None and upper is not None:
        return f"{lower:g}–{upper:g}"
    if lower is not None:
        return f">= {lower:g}"
    return f"<= {upper:g}" if upper is not None else "any value"


def parse_finite(text: str) -> float:
    """Parse a decimal number, refusing nan, inf and overflows such as 1e309 (ValueError)."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text.strip()!r} is not a finite number")
    return value
