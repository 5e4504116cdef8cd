"""The indicator page's status sentence: metrics' words, led by the status label."""

from __future__ import annotations

from layouts import fmt
from layouts.i18n import status_label


def fallback_explanation(row: dict | None, unit: str, lang: str) -> str:
    """A one-sentence status explanation when metrics provides none."""
    lang = fmt.norm_lang(lang)
    if not row:
        return ""
    status = row.get("status") or "not_enough_data"
    label = status_label(status, lang)
    req, act = fmt.safe_float(row.get("required_pace")), fmt.safe_float(row.get("actual_pace"))
    target = fmt.safe_float(row.get("target_value"))
    if status == "achieved" and target is not None:
        return (
            f"{label}: đã đạt chỉ tiêu {fmt.value(target, unit, lang)}."
            if lang == "vi"
            else f"{label}: the target of {fmt.value(target, unit, lang)} is met."
        )
    if req is not None and act is not None:  # paces are per month in the method
        if lang == "vi":
            return (
                f"{label}: cần {fmt.pace(req, unit, lang)}, đang đạt {fmt.pace(act, unit, lang)}."
            )
        return f"{label}: needs {fmt.pace(req, unit, lang)}, currently {fmt.pace(act, unit, lang)}."
    return label + "."


def status_sentence(row: dict | None, unit: str, lang: str, explained: str | None = None) -> str:
    """'Chậm tiến độ: cần +2,6 điểm %/tháng, đang đạt +0,8 điểm %/tháng.' (metrics' words,
    led by the status label unless the sentence already names it)."""
    if not explained:
        return fallback_explanation(row, unit, lang)
    label = status_label((row or {}).get("status") or "not_enough_data", lang)
    text = explained.strip().rstrip(".")
    if label.lower() in text.lower():
        return text[:1].upper() + text[1:] + "."
    return f"{label}: {text}."
