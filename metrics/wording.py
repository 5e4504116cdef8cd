"""Sentences about a status: numbers, paces and dates in the reader's language (no maths here)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from metrics.progress import target_sign

STATUS_LABELS = {
    "vi": {
        "achieved": "Đã đạt",
        "achieved_late": "Đạt, chậm hạn",
        "on_track": "Đúng tiến độ",
        "at_risk": "Có nguy cơ chậm",
        "off_track": "Chậm tiến độ",
        "not_enough_data": "Chưa đủ số liệu",
        "improving": "Đang cải thiện",
        "flat": "Đi ngang",
        "worsening": "Đang xấu đi",
        "no_data": "Chưa có số liệu",
    },
    "en": {
        "achieved": "Achieved",
        "achieved_late": "Achieved late",
        "on_track": "On track",
        "at_risk": "At risk",
        "off_track": "Off track",
        "not_enough_data": "Not enough data",
        "improving": "Improving",
        "flat": "Flat",
        "worsening": "Worsening",
        "no_data": "No data yet",
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
    if status == "achieved_late":
        return explain_late(get, target, lang)
    if status == "no_data":
        return "chưa có số liệu" if vi else "no data yet"
    if is_deadline_passed(get):
        deadline = format_date(get("deadline"))
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


def explain_late(get, target: str, lang: str) -> str:
    """Return the sentence for a target met after its deadline: both dates, and where it stood."""
    reached = get("reached_date")
    when = format_date(reached if reached is not None and not pd.isna(reached) else None)
    if when == "–":
        when = format_date(get("latest_date"))
    deadline = format_date(get("deadline"))
    then = ""
    if get("judged_on") == "observation" and is_number(get("judged_value")):
        judged = format_value(get("judged_value"), lang)
        then = f" (đến hạn: {judged})" if lang == "vi" else f" ({judged} at the deadline)"
    if lang == "vi":
        return f"đạt {target} ngày {when}, sau hạn {deadline}{then}"
    return f"{target} reached on {when}, after the {deadline} deadline{then}"


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
