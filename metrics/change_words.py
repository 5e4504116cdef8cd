"""One sentence per out_changes row, in Vietnamese or English (the panel, alerts and briefing).

No maths here: the rows were computed by the refresh; this only words them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from metrics.wording import (
    STATUS_LABELS,
    STATUS_SYMBOLS,
    format_date,
    format_value,
    is_number,
)

UNIT_WORDS = {
    "vi": {"percent": "%", "billion_vnd": " tỷ đồng", "mbps": " Mbps", "per_100": "/100 dân"},
    "en": {"percent": "%", "billion_vnd": " billion VND", "mbps": " Mbps", "per_100": "/100"},
}
KIND_TITLES = {
    "vi": {
        "missing_report": "Thiếu báo cáo tháng",
        "status_change": "Thay đổi trạng thái",
        "deadline_near": "Sắp đến hạn (90 ngày), chưa đạt",
        "review_pending": "Giá trị chờ rà soát",
        "new_value": "Giá trị mới",
        "revision": "Giá trị được điều chỉnh",
    },
    "en": {
        "missing_report": "Monthly report missing",
        "status_change": "Status changed",
        "deadline_near": "Due within 90 days, not met",
        "review_pending": "Values waiting for review",
        "new_value": "New values",
        "revision": "Revised values",
    },
}


def format_amount(value: Any, unit: str | None, lang: str) -> str:
    """Return a value with its unit words: 48,28% · 2.800.000 · hạng 71 · 12,5 tỷ đồng."""
    if not is_number(value):
        return "–"
    text = format_value(float(value), lang)
    if unit in ("count", None, "") and abs(float(value)) >= 1e6:
        text = scale_count(float(value), lang)
    if unit == "rank":
        return f"hạng {text}" if lang == "vi" else f"rank {text}"
    return text + UNIT_WORDS[lang].get(unit or "", "")


def scale_count(value: float, lang: str) -> str:
    """Return a large count in millions or billions: 16,4 triệu · 1,86 tỷ · 1.86 bn."""
    scales = [(1e9, "tỷ" if lang == "vi" else "bn"), (1e6, "triệu" if lang == "vi" else "m")]
    size, word = next((s, w) for s, w in scales if abs(value) >= s)
    return f"{format_value(round(value / size, 2), lang)} {word}"


def label_status(status: str | None, lang: str) -> str:
    """Return a status in words with its symbol, never colour alone: '▲ Có nguy cơ chậm'."""
    if not status:
        return "–"
    words = STATUS_LABELS[lang].get(status, status)
    return f"{STATUS_SYMBOLS.get(status, '')} {words}".strip()


def name_indicator(indicator: str | None, catalog: pd.DataFrame | None, lang: str) -> str:
    """Return the indicator's name in the reader's language (its id when unknown)."""
    if catalog is not None and indicator in catalog.index:
        return str(catalog.loc[indicator, f"name_{lang}"])
    return str(indicator or "")


def cite_source(row: Mapping, lang: str) -> str:
    """Return 'report title, dd/mm/yyyy' for a row's document ('' when none)."""
    title = row.get("doc_title") or row.get("document")
    if not title or (isinstance(title, float) and pd.isna(title)):
        return ""
    when = row.get("published_date")
    dated = f", {format_date(when)}" if when is not None and not pd.isna(when) else ""
    return f"{title}{dated}"


def describe_change(row: Mapping, lang: str = "vi", catalog: pd.DataFrame | None = None) -> str:
    """Return one sentence for one out_changes row."""
    lang = "en" if lang == "en" else "vi"
    kind = row.get("kind")
    name = name_indicator(row.get("indicator"), catalog, lang)
    unit = catalog.loc[row["indicator"], "unit"] if has_entry(row, catalog) else row.get("unit")
    where = breakdown_suffix(row.get("breakdown"))
    end = format_date(row.get("period_end"))
    if kind == "missing_report":
        if lang == "vi":
            return (
                f"Chưa có báo cáo tháng mới: tháng gần nhất kết thúc {end}, "
                f"quá hạn từ {format_date(row.get('deadline'))} (45 ngày)."
            )
        return (
            f"No new monthly report: the latest month ended {end}, "
            f"overdue since {format_date(row.get('deadline'))} (45 days)."
        )
    if kind == "status_change":
        arrow = " ⇒ ".join(label_status(row.get(c), lang) for c in ("status_from", "status_to"))
        target = target_clause(row, unit, lang)
        return f"{name}{where}: {arrow}{target}."
    if kind == "deadline_near":
        target = format_amount(row.get("target_value"), unit, lang)
        latest = format_amount(row.get("value"), unit, lang)
        deadline = format_date(row.get("deadline"))
        if lang == "vi":
            return f"{name}{where}: chỉ tiêu {target} hạn {deadline}, mới đạt {latest}."
        return f"{name}{where}: target {target} due {deadline}, latest {latest}."
    if kind == "review_pending":
        count = int(row.get("pending_count") or 0)
        if lang == "vi":
            return f"{name}{where}: {count} giá trị chờ rà soát (mới nhất kỳ {end})."
        return f"{name}{where}: {count} value(s) waiting for review (newest period {end})."
    value = format_amount(row.get("value"), unit, lang)
    if kind == "revision":
        was = format_amount(row.get("previous_value"), unit, lang)
        if lang == "vi":
            return f"{name}{where}, kỳ {end}: {was} → {value}."
        return f"{name}{where}, period {end}: {was} → {value}."
    return f"{name}{where}, {'kỳ' if lang == 'vi' else 'period'} {end}: {value}."


def has_entry(row: Mapping, catalog: pd.DataFrame | None) -> bool:
    """Return True when the row's indicator is in the catalog."""
    return catalog is not None and row.get("indicator") in catalog.index


def breakdown_suffix(breakdown: Any) -> str:
    """Return ' (breakdown)' for a split, '' for the national series."""
    if not breakdown or breakdown == "national" or pd.isna(breakdown):
        return ""
    return f" ({breakdown})"


def target_clause(row: Mapping, unit: str | None, lang: str) -> str:
    """Return ' (chỉ tiêu 80% hạn 31/12/2024)' for a target row, '' for a trend row."""
    if not is_number(row.get("target_value")):
        return ""
    target = format_amount(row.get("target_value"), unit, lang)
    deadline = format_date(row.get("deadline"))
    if lang == "vi":
        return f" (chỉ tiêu {target} hạn {deadline})"
    return f" (target {target} by {deadline})"


def title_kind(kind: str, lang: str = "vi") -> str:
    """Return the heading of a kind of change."""
    return KIND_TITLES["en" if lang == "en" else "vi"].get(kind, kind)
