"""Number, date and period formatting for the dashboard, in Vietnamese (default) or English.

Vietnamese uses a decimal comma and a thousands dot (48,28% · 3.250 · 1,86 tỷ); English the
reverse (48.28% · 3,250 · 1.86 billion). Pure functions: no I/O, no Dash.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

LANGS = ("vi", "en")
VIETNAM_ZONE = "Asia/Ho_Chi_Minh"  # ICT, UTC+7 all year (no daylight saving)
MINUS = "−"  # U+2212, reads better than a hyphen in front of a number

# Thousands are scaled from 100.000 up only: "−900 nghìn" reads at a glance, "1.687" stays.
# English words in full, as metrics.quantities writes the cards' sentences: a card that said
# "16.4 m" above "+857 thousand accounts/month" and "VND 720 bn" beside "827 billion VND" mixed
# two styles.
_SCALES = {
    "vi": [(1e9, "tỷ"), (1e6, "triệu"), (1e5, "nghìn")],
    "en": [(1e9, "billion"), (1e6, "million"), (1e5, "thousand")],
}
_SCALE_DIVISOR = {1e5: 1e3}


def norm_lang(lang: str | None) -> str:
    """Return a supported language code ('vi' unless 'en' is asked for)."""
    return "en" if str(lang or "").lower().startswith("en") else "vi"


def is_missing(value) -> bool:
    """True for None, NaN, NaT and pandas NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def number(value: float, lang: str = "vi", decimals: int = 2) -> str:
    """Format a plain number with up to `decimals` decimals and the language's separators."""
    if is_missing(value):
        return "–"
    lang = norm_lang(lang)
    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    text = format_decimal(float(value), format=pattern, locale=lang)
    return text.replace("-", MINUS)


def _signed(text: str, value: float) -> str:
    if value > 0:
        return "+" + text
    return text


def count(value: float, lang: str = "vi", decimals: int = 2) -> str:
    """Format a count; from 100.000 up scaled (900 nghìn · 12,17 triệu · 1,86 tỷ / 12.17 million)."""
    if is_missing(value):
        return "–"
    lang = norm_lang(lang)
    for scale, word in _SCALES[lang]:
        if abs(value) >= scale:
            divisor = _SCALE_DIVISOR.get(scale, scale)
            return f"{number(value / divisor, lang, decimals)} {word}"
    return number(value, lang, 0 if float(value).is_integer() else decimals)


def money_billion_vnd(value: float, lang: str = "vi") -> str:
    """Format an amount given in billion VND (12900 -> 12,9 nghìn tỷ đồng / 12.9 trillion VND)."""
    if is_missing(value):
        return "–"
    lang = norm_lang(lang)
    if abs(value) >= 1000:
        scaled = number(value / 1000, lang, 2)
        return f"{scaled} nghìn tỷ đồng" if lang == "vi" else f"{scaled} trillion VND"
    plain = number(value, lang, 2)
    return f"{plain} tỷ đồng" if lang == "vi" else f"{plain} billion VND"


def value(val: float, unit: str, lang: str = "vi", qualifier: str = "") -> str:
    """Format a value in its catalog unit (percent, count, billion_vnd, mbps, per_100, rank)."""
    if is_missing(val):
        return "–"
    lang = norm_lang(lang)
    unit = (unit or "").lower()
    if unit == "percent":
        text = number(val, lang, 2) + "%"
    elif unit == "billion_vnd":
        text = money_billion_vnd(val, lang)
    elif unit == "mbps":
        text = f"{number(val, lang, 2)} Mbps"
    elif unit == "per_100":
        text = f"{number(val, lang, 2)}/100 " + ("dân" if lang == "vi" else "inhabitants")
    elif unit == "rank":
        text = (f"hạng {number(val, lang, 0)}") if lang == "vi" else f"rank {number(val, lang, 0)}"
    else:
        text = count(val, lang)
    return text


def value_parts(val: float, unit: str, lang: str = "vi") -> tuple[str, str, str]:
    """(prefix, number, suffix) of `value()`, so a card can show the number large and the unit
    words small: ('', '16,4', 'triệu') · ('', '12.9', 'trillion VND') · ('hạng', '86', '')."""
    text = value(val, unit, lang)
    m = re.search(r"[−+-]?\d[\d.,]*", text)
    if m is None:
        return "", text, ""
    return text[: m.start()].strip(), m.group(0), text[m.end() :].strip()


def change(delta: float, unit: str, lang: str = "vi", previous: float | None = None) -> str:
    """Format a change between two values: points for percentages, relative change for counts."""
    if is_missing(delta):
        return "–"
    lang = norm_lang(lang)
    unit = (unit or "").lower()
    if delta == 0 and unit != "rank":
        # "→ 0 (0%)" beside "Đang cải thiện" reads as a contradiction; say it plainly.
        return "không đổi" if lang == "vi" else "unchanged"
    if unit == "percent":
        pts = _signed(number(delta, lang, 2), delta)
        return f"{pts} điểm %" if lang == "vi" else f"{pts} pp"
    if unit == "rank":
        places = abs(delta)
        n = number(places, lang, 0)
        if delta == 0:
            return "không đổi hạng" if lang == "vi" else "same rank"
        if lang == "vi":
            return f"{'tụt' if delta > 0 else 'tăng'} {n} bậc"
        return f"{'down' if delta > 0 else 'up'} {n} place{'s' if places != 1 else ''}"
    if unit == "billion_vnd":
        text = _signed(money_billion_vnd(delta, lang), delta)
    elif unit == "mbps":
        text = _signed(number(delta, lang, 2), delta) + " Mbps"
    elif unit == "per_100":
        text = _signed(number(delta, lang, 2), delta) + "/100"
    else:
        text = _signed(count(delta, lang), delta)
    if previous is not None and not is_missing(previous) and previous != 0:
        rel = delta / abs(previous) * 100
        text += f" ({_signed(number(rel, lang, 1), rel)}%)"
    return text


def pace(per_month: float, unit: str, lang: str = "vi") -> str:
    """Format a pace per month ('+2,1 điểm %/tháng' · '+2.1 pp/month')."""
    if is_missing(per_month):
        return "–"
    lang = norm_lang(lang)
    if (unit or "").lower() == "percent":
        base = _signed(number(per_month, lang, 1), per_month)
        return f"{base} điểm %/tháng" if lang == "vi" else f"{base} pp/month"
    base = _signed(count(per_month, lang, 1), per_month)
    return f"{base}/tháng" if lang == "vi" else f"{base}/month"


def to_date(val) -> dt.date | None:
    """Coerce a date-like value (date, datetime, Timestamp, ISO string) to a date."""
    if is_missing(val):
        return None
    if isinstance(val, dt.datetime):
        return val.date()
    if isinstance(val, dt.date):
        return val
    try:
        return pd.Timestamp(val).date()
    except (TypeError, ValueError):
        return None


def date(val, lang: str = "vi") -> str:
    """Format a date: 19/02/2024 (vi) · 19 Feb 2024 (en)."""
    d = to_date(val)
    if d is None:
        return "–"
    if norm_lang(lang) == "vi":
        return format_date(d, "dd/MM/yyyy", locale="vi")
    return format_date(d, "d MMM y", locale="en")


def month(val, lang: str = "vi") -> str:
    """Format a month: 02/2024 (vi) · Feb 2024 (en)."""
    d = to_date(val)
    if d is None:
        return "–"
    if norm_lang(lang) == "vi":
        return format_date(d, "MM/yyyy", locale="vi")
    return format_date(d, "MMM y", locale="en")


def datetime(val, lang: str = "vi") -> str:
    """Format a timestamp to the minute in Vietnam time, zone named:
    13:05 19/02/2024 (giờ Việt Nam, UTC+7) · 19 Feb 2024 13:05 ICT (UTC+7).
    A timestamp without a zone is UTC (how the refresh stores it)."""
    if is_missing(val):
        return "–"
    try:
        ts = pd.Timestamp(val)
    except (TypeError, ValueError):
        return str(val)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts
    local = ts.tz_convert(VIETNAM_ZONE).tz_localize(None).to_pydatetime()
    if norm_lang(lang) == "vi":
        return format_datetime(local, "HH:mm dd/MM/yyyy", locale="vi") + " (giờ Việt Nam, UTC+7)"
    return format_datetime(local, "d MMM y HH:mm", locale="en") + " ICT (UTC+7)"


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period(kind: str, start, end, lang: str = "vi") -> str:
    """Format an observation's period from its kind and bounds."""
    lang = norm_lang(lang)
    s, e = to_date(start), to_date(end)
    if e is None:
        return "–"
    kind = (kind or "as_of").lower()
    vi = lang == "vi"
    if kind == "month" and s is not None and (s.year, s.month) == (e.year, e.month):
        return f"tháng {e:%m/%Y}" if vi else format_date(e, "MMM y", locale="en")
    if kind == "quarter" and s is not None:
        q = (e.month - 1) // 3 + 1
        return f"quý {_ROMAN[q]}/{e.year}" if vi else f"Q{q} {e.year}"
    if kind == "half" and s is not None:
        first = e.month <= 6
        if vi:
            return f"6 tháng {'đầu' if first else 'cuối'} năm {e.year}"
        return f"H{1 if first else 2} {e.year}"
    if kind == "year":
        return f"năm {e.year}" if vi else str(e.year)
    if kind == "ytd":
        return f"từ đầu năm đến {date(e, lang)}" if vi else f"year to {date(e, lang)}"
    if kind == "day_avg":
        return f"bình quân ngày, đến {date(e, lang)}" if vi else f"daily average to {date(e, lang)}"
    if kind in ("month", "quarter", "half") or (s is not None and s != e):
        return f"{date(s, lang)} – {date(e, lang)}"
    return date(e, lang)


def plotly_separators(lang: str) -> str:
    """Plotly's `separators` (decimal then thousands) for the language."""
    return ",." if norm_lang(lang) == "vi" else ".,"


def safe_float(val) -> float | None:
    """Return a finite float or None."""
    if is_missing(val):
        return None
    try:
        f = float(val)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None
