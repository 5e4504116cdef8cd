"""Values in a URL that name nothing: said by name, never turned into an empty table.

`/data?indicator=cyberatacks` used to show "0 rows"; the page now says which value is unknown
(with close matches) and filters by the values that exist. The indicator and reports pages say
the same of an unknown breakdown or selected value (`obs=`).
"""

from __future__ import annotations

import pandas as pd
from dash import html

from layouts import fmt
from layouts.not_found import shorten, suggest

KNOWN_STATUSES = ("accepted", "needs_review")
LIST_FILTERS = (("families", "family"), ("indicators", "indicator"), ("breakdowns", "breakdown"))
WORDS = {
    "vi": {
        "head": "Bộ lọc trong địa chỉ có giá trị không tồn tại (đã bỏ qua):",
        "date": "không phải ngày (dùng YYYY-MM-DD)",
        "mean": "có phải",
        "names": {"family": "nhóm", "indicator": "chỉ số", "breakdown": "phạm vi",
                  "status": "trạng thái", "from": "từ ngày", "to": "đến ngày",
                  "obs": "giá trị được chọn"},
    },
    "en": {
        "head": "Filters in the address name values that do not exist (ignored):",
        "date": "not a date (use YYYY-MM-DD)",
        "mean": "did you mean",
        "names": {"family": "family", "indicator": "indicator", "breakdown": "scope",
                  "status": "status", "from": "from", "to": "to",
                  "obs": "selected value"},
    },
}  # fmt: skip


def drop_unknown_filters(
    chosen: dict, query: dict, table: pd.DataFrame, catalog: pd.DataFrame, families: pd.DataFrame
) -> tuple[dict, list[tuple[str, str, list[str]]]]:
    """Return the filters without unknown values, and (filter, value, close matches) for each."""
    known = {
        "families": list(families["id"]),
        "indicators": list(catalog.index),
        "breakdowns": sorted(set(table["breakdown"].dropna())) if "breakdown" in table else [],
        "statuses": list(KNOWN_STATUSES),
    }
    kept, bad = dict(chosen), []
    for key, name in (*LIST_FILTERS, ("statuses", "status")):
        values = chosen.get(key) or []
        unknown = [v for v in values if v not in known[key]]
        bad += [(name, v, suggest(v, known[key])) for v in unknown]
        kept[key] = [v for v in values if v in known[key]]
    if chosen.get("statuses") and not kept["statuses"]:  # only unknown ones: the default
        kept["statuses"] = list(chosen.get("default_statuses") or ["accepted"])
    for key, name in (("date_from", "from"), ("date_to", "to")):
        if query.get(name) and chosen.get(key) is None:
            bad.append((name, str(query[name]), []))
    return kept, bad


def bad_filter_message(
    bad: list[tuple[str, str, list[str]]], lang: str, element_id: str = "data-bad-filters"
) -> html.Div | None:
    """A warning naming each unknown filter value, with close matches."""
    if not bad:
        return None
    words = WORDS[fmt.norm_lang(lang)]
    items = []
    for name, value, close in bad:
        text = f"{words['names'].get(name, name)}: “{shorten(value)}”"
        if name in ("from", "to"):
            text += f" – {words['date']}"
        elif close:
            text += f" – {words['mean']} {', '.join(close)}?"
        items.append(html.Li(text))
    return html.Div(
        [html.Div(words["head"]), html.Ul(items)],
        className="message message-warning",
        role="status",
        id=element_id,
    )
