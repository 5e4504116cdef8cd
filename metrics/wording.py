"""Sentences about a status: numbers, paces and dates in the reader's language (no maths here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from metrics.progress import target_sign
from metrics.quantities import (
    count_months,
    format_amount,
    format_date,
    format_month,
    format_number,
    format_pace,
    format_points,
    format_value,
    is_number,
)

__all__ = ["explain_status", "format_number", "format_value", "format_date", "STATUS_LABELS"]

# A symbol beside the words, so status never depends on colour alone (cards, CLI, briefing).
STATUS_SYMBOLS = {
    "off_track": "✕",
    "at_risk": "!",
    "on_track": "✓",
    "achieved": "★",
    "achieved_late": "☆",
    "not_enough_data": "?",
    "improving": "↗",
    "flat": "→",
    "worsening": "↘",
    "no_data": "·",
}
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

PERIOD_KIND_WORDS = {
    "vi": {
        "month": "tháng",
        "quarter": "quý",
        "half": "6 tháng",
        "year": "năm",
        "day_avg": "bình quân ngày",
        "ytd": "lũy kế từ đầu năm",
        "as_of": "thời điểm",
    },
    "en": {
        "month": "monthly",
        "quarter": "quarterly",
        "half": "half-year",
        "year": "annual",
        "day_avg": "daily-average",
        "ytd": "year-to-date",
        "as_of": "point-in-time",
    },
}


# ---------------------------------------------------------------------------------------------
# Explaining a status in one sentence
# ---------------------------------------------------------------------------------------------


def explain_status(row: Mapping, lang: str = "vi", catalog: pd.DataFrame | None = None) -> str:
    """Return one sentence saying why a row has its status, e.g. 'cần +2,1 điểm %/tháng, đang đạt +0,8 điểm %/tháng'."""
    lang = "vi" if lang == "vi" else "en"
    get = row.get if hasattr(row, "get") else (lambda key, default=None: default)
    unit, direction, noun = lookup_unit(get("indicator"), catalog, lang)
    words = Words(unit, noun, lang, direction)
    status = get("status") or get("trend_status") or "not_enough_data"
    if status in ("improving", "flat", "worsening") or not is_number(get("target_value")):
        return explain_trend(get, status, words)
    comparator = get("comparator") or (">=" if target_sign(None, direction) > 0 else "<=")
    return explain_target(get, status, words, comparator)


class Words:
    """An indicator's unit, counted noun, language and direction, for the sentences below."""

    def __init__(self, unit: str | None, noun: str, lang: str, direction: str = "higher"):
        self.unit, self.noun, self.lang, self.direction = unit, noun, lang, direction
        self.vi = lang == "vi"

    def level(self, value: float) -> str:
        """A level in the indicator's unit: '87%', '63 tỉnh', '2,8 triệu giao dịch'."""
        return format_amount(value, self.unit, self.lang, self.noun)

    def pace(self, value: float) -> str:
        """A signed pace per month in the indicator's unit."""
        return format_pace(value, self.unit, self.lang, self.noun)

    def date(self, value: Any) -> str:
        """A date the reader's way."""
        return format_date(value, self.lang)


def lookup_unit(
    indicator: str | None, catalog: pd.DataFrame | None, lang: str = "vi"
) -> tuple[str | None, str, str]:
    """Return (unit, direction, counted noun) of an indicator, loading the catalog if needed."""
    if indicator is None:
        return None, "higher", ""
    if catalog is None:
        from metrics.catalog import load_catalog

        catalog = load_catalog()
    if indicator not in catalog.index:
        return None, "higher", ""
    entry = catalog.loc[indicator]
    noun = entry.get(f"noun_{lang}") if hasattr(entry, "get") else None
    noun = noun if isinstance(noun, str) else ""
    return str(entry["unit"]), str(entry["direction"]), noun


def explain_target(get, status: str, words: Words, comparator: str = ">=") -> str:
    """Return the sentence for a row with a target."""
    vi = words.vi
    target = words.level(get("target_value"))
    if status == "achieved":
        latest = words.level(get("judged_value", get("latest_value")))
        return (
            f"đã đạt mục tiêu: {latest} so với {target}"
            if vi
            else f"target met: {latest} against {target}"
        )
    if status == "achieved_late":
        return explain_late(get, target, words)
    if status == "no_data":
        return "chưa có số liệu" if vi else "no data yet"
    if is_deadline_passed(get):
        deadline = words.date(get("deadline"))
        if vi:
            return f"đã quá hạn {deadline}, chưa đạt mục tiêu {target}"
        return f"deadline {deadline} passed without reaching {target}"
    required, actual = get("required_pace"), get("actual_pace")
    needs = f"{'cần' if vi else 'needs'} {words.pace(required)}" if is_number(required) else ""
    if status == "not_enough_data" or not is_number(actual):
        if vi:
            missing = "chưa đủ số liệu để đo tốc độ hiện tại" if needs else "chưa đủ số liệu"
        else:
            missing = (
                "not enough data yet to measure the current pace" if needs else "not enough data"
            )
        return f"{needs}; {missing}" if needs else missing
    doing = f"{'đang đạt' if vi else 'achieving'} {words.pace(actual)}"
    return f"{needs}, {doing}" if needs else doing


def explain_late(get, target: str, words: Words) -> str:
    """Return the sentence for a target met after its deadline: both dates, and where it stood."""
    reached = get("reached_date")
    when = words.date(reached if reached is not None and not pd.isna(reached) else None)
    if when == "–":
        when = words.date(get("latest_date"))
    deadline = words.date(get("deadline"))
    then = ""
    if get("judged_on") == "observation" and is_number(get("judged_value")):
        judged = words.level(get("judged_value"))
        then = f" (đến hạn: {judged})" if words.vi else f" ({judged} at the deadline)"
    if words.vi:
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


def explain_trend(get, status: str, words: Words) -> str:
    """Return the sentence for a row without a target: what the trend is built from, and why."""
    vi = words.vi
    label = STATUS_LABELS[words.lang].get(status, status).lower()
    lead = "chưa có mục tiêu" if vi else "no target"
    if status in ("no_data", "not_enough_data") or get("trend_signal") is None:
        return f"{lead}; {label}"
    if get("trend_signal") == "yoy" and is_number(get("yoy_pct")):
        body = describe_year_on_year(get, words)
    else:
        body = describe_fitted_trend(get, words)
        if body is None:
            return f"{lead}; {label}"
    kinds = describe_period_kinds(get, words)
    return f"{lead}; {body}, {label}{describe_threshold(get, status, words)}{kinds}"


def describe_year_on_year(get, words: Words) -> str:
    """'so với cùng kỳ năm trước (tháng 02/2023) −48,9%'; a rate also in points, first."""
    vi = words.vi
    change = format_number(get("yoy_pct"), words.lang, 1, signed=True) + "%"
    latest, before = get("latest_value"), get("yoy_reference_value")
    if (words.unit or "") == "percent" and is_number(latest) and is_number(before):
        # A rate's change is read in points; the status judges the relative change.
        change = f"{format_points(float(latest) - float(before), words.lang)} ({change})"
    when = get("yoy_reference_date")
    since = ""
    if when is not None and not pd.isna(when):
        monthly = get("trend_kind") == "month"
        since = f" ({format_month(when, words.lang) if monthly else words.date(when)})"
    if vi:
        return f"so với cùng kỳ năm trước{since} {change}"
    return f"{change} year on year{since}"


def describe_fitted_trend(get, words: Words) -> str | None:
    """'xu hướng từ 2 số liệu cách nhau 2 tháng (19/02/2024–24/04/2024): −421 nghìn ...'."""
    vi = words.vi
    pace = get("actual_pace") if is_number(get("actual_pace")) else get("slope_per_month")
    if not is_number(pace):
        return None
    n, start, end = get("n_points"), get("trend_start"), get("latest_date")
    speed = words.pace(pace) if abs(float(pace)) >= 5e-4 else ("không đổi" if vi else "no change")
    change = get("change_12m_pct")
    yearly = ""
    if is_number(change):
        text = format_number(change, words.lang, 1, signed=True) + "%"
        yearly = f", tương đương {text} sau 12 tháng" if vi else f", {text} over 12 months"
    if not is_number(n) or start is None or pd.isna(start) or end is None or pd.isna(end):
        what = "xu hướng" if vi else "trend"
        return f"{what} {speed}{yearly}"
    months, n = count_months(start, end), int(n)
    span = f"{words.date(start)}–{words.date(end)}"
    if months >= 11:
        what = f"xu hướng 12 tháng ({n} số liệu)" if vi else f"12-month trend ({n} values)"
    elif vi:
        gap = f"cách nhau {months} tháng" if n == 2 else f"trong {months} tháng"
        what = f"xu hướng từ {n} số liệu {gap} ({span}), ngoại suy"
    else:
        gap = f"{months} month{'s' if months != 1 else ''}"
        gap = f"{gap} apart" if n == 2 else f"over {gap}"
        what = f"trend from {n} values {gap} ({span}), extrapolated"
    return f"{what}: {speed}{yearly}"


def describe_period_kinds(get, words: Words) -> str:
    """'; chỉ so sánh số liệu tháng với nhau, số liệu quý tính riêng' when kinds were left out."""
    kind, others = get("trend_kind"), get("other_kinds")
    if not kind or not isinstance(others, str) or not others:
        return ""
    names = PERIOD_KIND_WORDS[words.lang]
    left = ", ".join(names.get(k, k) for k in others.split(","))
    if words.vi:
        return f"; chỉ so sánh số liệu {names.get(kind, kind)} với nhau, số liệu {left} tính riêng"
    return f"; {names.get(kind, kind)} values compared only with each other, {left} values apart"


def describe_threshold(get, status: str, words: Words) -> str:
    """Why a change is 'flat': it stays inside the method's ±5% band."""
    if status != "flat":
        return ""
    from metrics.fitting import load_thresholds

    band = format_number(load_thresholds()["trend"]["improving_pct"], words.lang, 0)
    if words.vi:
        return f" vì thay đổi nằm trong ngưỡng ±{band}%"
    return f" because the change is within ±{band}%"


def explain_card_trend(row: Mapping, lang: str = "vi", catalog: pd.DataFrame | None = None):
    """A card's one line on why a trend status, or None for other statuses.

    flat: 'Đi ngang vì thay đổi +4,8% so với cùng kỳ năm trước nằm trong ngưỡng ±5%';
    improving/worsening: 'Đang cải thiện: +857 nghìn tài khoản/tháng (4 số liệu, 19/02/2024–
    19/07/2024)', so "không đổi so với kỳ trước" beside "Đang cải thiện" has its reason.
    """
    lang = "vi" if lang == "vi" else "en"
    get = row.get
    status, signal = get("status"), get("trend_signal")
    change = get("yoy_pct") if signal == "yoy" else get("change_12m_pct")
    if status == "flat" and is_number(change):
        return explain_flat(float(change), signal, lang)
    if status not in ("improving", "worsening"):
        return None
    label = STATUS_LABELS[lang][status]
    if signal == "yoy" and is_number(change):
        since = "so với cùng kỳ năm trước" if lang == "vi" else "year on year"
        return f"{label}: {format_number(change, lang, 1, signed=True)}% {since}"
    unit, direction, noun = lookup_unit(get("indicator"), catalog, lang)
    words = Words(unit, noun, lang, direction)
    if not is_number(get("actual_pace")):
        return None
    basis = ""
    start, end, n = get("trend_start"), get("latest_date"), get("n_points")
    if is_number(n) and start is not None and not pd.isna(start) and end is not None:
        values = "số liệu" if lang == "vi" else "values"
        basis = f" ({int(n)} {values}, {words.date(start)}–{words.date(end)})"
    return f"{label}: {words.pace(get('actual_pace'))}{basis}"


def explain_flat(change_pct: float, signal: str | None, lang: str = "vi") -> str:
    """'Đi ngang vì thay đổi +4,8% so với cùng kỳ nằm trong ngưỡng ±5%': a card's reason."""
    from metrics.fitting import load_thresholds

    vi = lang == "vi"
    band = format_number(load_thresholds()["trend"]["improving_pct"], lang, 0)
    change = format_number(change_pct, lang, 1, signed=True) + "%"
    if signal == "yoy":
        since = "so với cùng kỳ năm trước" if vi else "year on year"
    else:
        since = "trong 12 tháng (ngoại suy)" if vi else "over 12 months (extrapolated)"
    if vi:
        return f"Đi ngang vì thay đổi {change} {since} nằm trong ngưỡng ±{band}%"
    return f"Flat: a change of {change} {since} is within ±{band}%"
