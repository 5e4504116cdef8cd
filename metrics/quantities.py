"""Numbers, paces and dates in the reader's units and language, for metrics' sentences.

"−421 nghìn giao dịch/tháng", "+403 million invoices/month", "81,3%", "10 Jul 2024": the
scale word, the unit and what is counted, never a bare "-421.434". Pure functions, no I/O.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

MINUS = "−"  # U+2212: a hyphen in front of a number reads as a dash

SCALES = {
    "vi": ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")),
    "en": ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")),
}

# Words after a level or a change, by catalog unit ("" for counts: the catalog noun goes there).
UNIT_WORDS = {
    "vi": {"percent": "%", "mbps": "Mbps", "per_100": "/100 dân", "rank": "bậc"},
    "en": {"percent": "%", "mbps": "Mbps", "per_100": "per 100 inhabitants", "rank": "places"},
}
POINTS = {"vi": "điểm %", "en": "points"}
PER_MONTH = {"vi": "tháng", "en": "month"}


def norm_lang(lang: str | None) -> str:
    """Return 'en' when English is asked for, else 'vi'."""
    return "en" if str(lang or "").lower().startswith("en") else "vi"


def is_number(value: Any) -> bool:
    """Return True for a finite number."""
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def format_number(value: float, lang: str = "vi", decimals: int = 1, signed: bool = False) -> str:
    """Format a number the Vietnamese way (1.687,5) or the English way (1,687.5)."""
    if not is_number(value):
        return "–"
    value = float(value)
    text = f"{abs(value):,.{decimals}f}"
    if norm_lang(lang) == "vi":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    shown_zero = float(text.replace(".", "").replace(",", "")) == 0
    sign = MINUS if value < 0 and not shown_zero else ""
    if signed and not sign and not shown_zero:
        sign = "+"
    return sign + text


def trim_decimals(text: str, lang: str) -> str:
    """Drop trailing decimal zeros (2,50 -> 2,5; 80,0 -> 80)."""
    separator = "," if norm_lang(lang) == "vi" else "."
    if separator in text:
        text = text.rstrip("0").rstrip(separator)
    return text


def format_value(value: float, lang: str) -> str:
    """Format a level with up to two decimals, dropping trailing zeros (48,28 · 80 · 2.800.000)."""
    decimals = 0 if is_number(value) and abs(float(value)) >= 1000 else 2
    return trim_decimals(format_number(value, lang, decimals), lang)


def format_scaled(value: float, lang: str, signed: bool = False) -> str:
    """Format a count with its scale word: 421.434 -> '421 nghìn', 2.560.086 -> '2,6 triệu'."""
    if not is_number(value):
        return "–"
    lang = norm_lang(lang)
    size = abs(float(value))
    for scale, word in SCALES[lang]:
        if size >= scale * 0.9995:  # 999.600 rounds to '1 triệu', not '1.000 nghìn'
            scaled = float(value) / scale
            decimals = 0 if abs(scaled) >= 100 else 1
            return f"{trim_decimals(format_number(scaled, lang, decimals, signed), lang)} {word}"
    decimals = 0 if size >= 100 or float(value).is_integer() else 1 if size >= 0.1 else 3
    return trim_decimals(format_number(value, lang, decimals, signed), lang)


def format_amount(
    value: float, unit: str | None, lang: str, noun: str = "", signed: bool = False
) -> str:
    """Format a level or change in its unit: '81,3%', '−421 nghìn giao dịch', '827 tỷ đồng'."""
    if not is_number(value):
        return "–"
    lang, unit = norm_lang(lang), (unit or "").lower()
    if unit == "billion_vnd":
        return format_money(float(value), lang, signed)
    if unit in ("percent", "mbps", "per_100", "rank"):
        number = trim_decimals(format_number(value, lang, 2, signed), lang)
        word = UNIT_WORDS[lang][unit]
        return number + word if word.startswith(("%", "/")) else f"{number} {word}"
    text = format_scaled(value, lang, signed)
    return f"{text} {noun}" if noun else text


def format_money(value: float, lang: str, signed: bool = False) -> str:
    """Format billion VND: '827 tỷ đồng', '12,9 nghìn tỷ đồng' / '827 billion VND'."""
    if abs(value) >= 1000:
        number = trim_decimals(format_number(value / 1000, lang, 1, signed), lang)
        return f"{number} nghìn tỷ đồng" if lang == "vi" else f"{number} trillion VND"
    number = trim_decimals(format_number(value, lang, 1 if abs(value) < 100 else 0, signed), lang)
    return f"{number} tỷ đồng" if lang == "vi" else f"{number} billion VND"


def format_pace(value: float, unit: str | None, lang: str, noun: str = "") -> str:
    """Format a signed pace per month: '+2,1 điểm %/tháng', '−421 nghìn giao dịch/tháng'."""
    lang = norm_lang(lang)
    per = PER_MONTH[lang]
    if (unit or "").lower() == "percent":
        size = abs(float(value)) if is_number(value) else 0.0
        decimals = 1 if size >= 0.1 or size == 0 else 3
        return f"{format_number(value, lang, decimals, signed=True)} {POINTS[lang]}/{per}"
    return f"{format_amount(value, unit, lang, noun, signed=True)}/{per}"


def format_points(value: float, lang: str) -> str:
    """Format a change of a percentage in points: '+3,7 điểm %' / '+3.7 points'."""
    return f"{format_number(value, lang, 1, signed=True)} {POINTS[norm_lang(lang)]}"


def format_date(value: Any, lang: str = "vi") -> str:
    """Format a date: 19/02/2024 in Vietnamese, 19 Feb 2024 in English."""
    if value is None or pd.isna(value):
        return "–"
    day = pd.Timestamp(value)
    if norm_lang(lang) == "en":
        return f"{day.day} {day:%b %Y}"
    return day.strftime("%d/%m/%Y")


def format_month(value: Any, lang: str = "vi") -> str:
    """Format a month: 'tháng 02/2023' / 'Feb 2023'."""
    day = pd.Timestamp(value)
    return f"{day:%b %Y}" if norm_lang(lang) == "en" else f"tháng {day:%m/%Y}"


def count_months(start: Any, end: Any) -> int:
    """Return the whole number of months between two dates, rounded (19/02 -> 24/04: 2)."""
    days = (pd.Timestamp(end) - pd.Timestamp(start)).days
    return int(round(days / 30.44))
