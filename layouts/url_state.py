"""The view in the URL: what a page's controls and selection write back to the address bar.

Each page with state holds a `dcc.Location(id="view-url", refresh=False)`: a callback sets its
`search`, which pushes the new address without asking Dash Pages to rebuild the page (only a
`refresh="callback-nav"` Location announces its change to the pages router), and sets the
language links' `href` so that a switch to vi/en keeps the whole view. Reloading or sharing the
address rebuilds the same view from the page's query-string arguments. Pure functions: the
callbacks that call them are in `layouts.callbacks` and the data page.
"""

from __future__ import annotations

from dash import dcc

from layouts import fmt
from layouts.records import record_from_customdata
from layouts.shell import url

LOCATION_ID = "view-url"
LANG_LINKS = ("lang-vi", "lang-en")
NO_STATUS = "none"  # /data?status=none: every status box unticked (an empty table, on purpose)


def location() -> dcc.Location:
    """The page's own address writer: changes the URL, never rebuilds the page."""
    return dcc.Location(id=LOCATION_ID, refresh=False)


def view_links(path: str, lang: str, params: dict) -> tuple[str, str, str]:
    """(search for this view, the vi link, the en link): one set of parameters for all three."""
    here = url(path, lang, **params)
    return here[len(path) :], url(path, "vi", **params), url(path, "en", **params)


def data_params(families, indicators, breakdowns, start, end, statuses) -> dict:
    """The data page's filters as query parameters (lists comma-separated, defaults left out)."""
    statuses = list(statuses or [])
    if not statuses:
        status = NO_STATUS
    elif statuses == ["accepted"]:
        status = None  # the default needs no parameter
    else:
        status = ",".join(statuses)
    return {
        "family": ",".join(families or []),
        "indicator": ",".join(indicators or []),
        "breakdown": ",".join(breakdowns or []),
        "from": fmt.to_date(start).isoformat() if fmt.to_date(start) else None,
        "to": fmt.to_date(end).isoformat() if fmt.to_date(end) else None,
        "status": status,
    }


def point_id(click_data: dict | None, selected_rows: list | None, trigger: str | None) -> str:
    """The observation id of the clicked chart point or the selected table row ('' for none)."""
    if trigger == "ind-grid" or not click_data:
        rows = selected_rows or []
        return str(rows[0].get("observation_id") or "") if rows else ""
    points = click_data.get("points") or [{}]
    data = points[0].get("customdata")
    record = record_from_customdata(data)
    if record is not None:
        return str(record.get("observation_id") or "")
    return data if isinstance(data, str) else ""  # another breakdown's point carries its id


def indicator_view(click_data, selected_rows, view: dict, trigger: str | None) -> tuple:
    """Callback body: the indicator page's address with the selected point (`obs=`)."""
    obs = point_id(click_data, selected_rows, trigger) or None
    params = {"id": view.get("id"), "breakdown": view.get("breakdown"), "obs": obs}
    return view_links("/indicator", view.get("lang") or "vi", params)


def report_view(selected_rows, view: dict) -> tuple:
    """Callback body: the reports page's address with the selected value (`obs=`)."""
    rows = selected_rows or []
    obs = str(rows[0].get("observation_id") or "") if rows else None
    params = {"doc": view.get("doc"), "obs": obs or None}
    return view_links("/reports", view.get("lang") or "vi", params)
