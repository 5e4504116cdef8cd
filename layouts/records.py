"""Source records: the display strings and ids of one observation (chart customdata, grid rows).

Every chart point carries its record, so hovering or clicking a point needs no database read.
"""

from __future__ import annotations

import html as htmllib
import textwrap

from layouts import fmt
from layouts.i18n import breakdown_label, kind_label, obs_status_label, qualified

# The fields of a source record, in customdata order.
RECORD_FIELDS = [
    "observation_id",
    "period_text",
    "value_text",
    "breakdown_text",
    "report_text",
    "published_text",
    "quote",
    "quote_hover",
    "value_in_quote_start",
    "value_in_quote_end",
    "doc_sha256",
    "status_text",
]


# The three levels a figure can speak for, before any province.
LEVELS = ("national", "ministries", "localities")


def breakdown_order(breakdown: str) -> tuple:
    """National, ministries, localities, then provinces by name."""
    return (LEVELS.index(breakdown), "") if breakdown in LEVELS else (len(LEVELS), str(breakdown))


def report_label(row: dict, lang: str = "vi") -> str:
    """A short name for a report: 'Thông báo kết luận số 203/TB-VPCP', a short title, or
    'Thông báo kết luận ngày 16/08/2024' when the title is long or shouted in capitals."""
    number = "" if fmt.is_missing(row.get("doc_number")) else str(row.get("doc_number")).strip()
    title = (
        "" if fmt.is_missing(row.get("doc_title")) else " ".join(str(row.get("doc_title")).split())
    )
    kind = kind_label(row.get("doc_kind"), lang)
    kind = "" if kind == "–" else kind
    vi = fmt.norm_lang(lang) == "vi"
    if number:
        return f"{kind or ('Văn bản' if vi else 'Document')} {'số ' if vi else ''}{number}"
    if title and len(title) <= 90 and not title.isupper():
        return title
    published = fmt.to_date(row.get("published_date"))
    if kind and published:
        return f"{kind} {'ngày ' if vi else 'of '}{fmt.date(published, lang)}"
    if title:
        return title if len(title) <= 90 else title[:89].rstrip() + "…"
    return str(row.get("document") or "")


def _int(v) -> int | None:
    f = fmt.safe_float(v)
    return int(f) if f is not None else None


def wrap_for_hover(text: str, width: int = 70, max_chars: int = 420) -> str:
    """Escape and wrap a quote for a plotly hover label."""
    text = str(text or "")
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    lines = textwrap.wrap(text, width=width) or [""]
    return "<br>".join(htmllib.escape(line, quote=False) for line in lines)


def source_record(row: dict, unit: str, lang: str) -> dict:
    """The display strings and ids of one observation (chart customdata and grid row)."""
    q_start, v_start, v_end = (
        _int(row.get("quote_start")),
        _int(row.get("value_start")),
        _int(row.get("value_end")),
    )
    vis = vie = -1
    if q_start is not None and v_start is not None and v_end is not None:
        vis, vie = v_start - q_start, v_end - q_start
        if not (0 <= vis < vie <= len(str(row.get("quote") or ""))):
            vis = vie = -1
    return {
        "observation_id": str(row.get("observation_id") or ""),
        "period_text": fmt.period(
            row.get("period_kind"), row.get("period_start"), row.get("period_end"), lang
        ),
        "value_text": qualified(
            fmt.value(row.get("value"), unit, lang), row.get("qualifier"), lang
        ),
        "breakdown_text": breakdown_label(row.get("breakdown"), lang),
        "report_text": report_label(row, lang),
        "published_text": fmt.date(row.get("published_date"), lang),
        "quote": str(row.get("quote") or ""),
        "quote_hover": wrap_for_hover(row.get("quote")),
        "value_in_quote_start": vis,
        "value_in_quote_end": vie,
        "doc_sha256": str(row.get("doc_sha256") or ""),
        "status_text": obs_status_label(row.get("status") or "accepted", lang),
    }


def record_from_customdata(customdata) -> dict | None:
    """Rebuild a source record from a clicked point's customdata (None for non-observation points)."""
    if not isinstance(customdata, list | tuple) or len(customdata) != len(RECORD_FIELDS):
        return None
    return dict(zip(RECORD_FIELDS, customdata, strict=True))
