"""Callbacks of the leadership pages, as plain functions plus `register_callbacks(app)`.

The functions take and return plain values and components (unit-tested without a server). A
point of the breakdown shown carries its source record; another breakdown's point carries only
its id, and its record is read when it is clicked. A report's text is read on the server from the
version cache (the browser posts the document's id, never its text). Registered on the app (not
with the global `dash.callback`) so each app gets its own.
"""

from __future__ import annotations

from dash import Input, Output, State, ctx

from layouts import source, url_state
from layouts.chart_mark import MARK_SELECTED_POINT
from layouts.records import source_record
from layouts.reports import select_value
from layouts.source_panel import show_source

SCROLL_TO_MARK = """
function(children) {
    setTimeout(function () {
        var mark = document.getElementById('quote-mark');
        if (mark) { mark.scrollIntoView({block: 'center', behavior: 'smooth'}); }
    }, 60);
    return window.dash_clientside.no_update;
}
"""


def on_indicator_source(click_data, selected_rows, lang):
    """Source panel for the clicked chart point or the selected table row."""
    try:
        trigger = ctx.triggered_id
    except Exception:  # called as a plain function (tests)
        trigger = None
    return show_source(click_data, selected_rows, lang or "vi", trigger, lookup_record(lang))


def lookup_record(lang):
    """A function: observation id -> its source record, read from the served database."""

    def lookup(observation_id: str) -> dict | None:
        snap = source.load_snapshot()
        row = snap.observation_record(observation_id)
        if row is None:
            return None
        unit = row.get("unit") or ""
        if row.get("indicator") in snap.catalog.index:
            unit = snap.catalog.loc[row["indicator"]].get("unit") or unit
        return source_record(row, unit, lang or "vi")

    return lookup


def on_report_value(selected_rows, doc):
    """Report text with the selected value's sentence highlighted (`doc`: the report's id)."""
    text = source.load_snapshot().document_text(doc) if doc else ""
    return select_value(selected_rows, text)


def on_indicator_view(click_data, selected_rows, view):
    """The indicator page's URL and language links with the clicked point or selected row."""
    try:
        trigger = ctx.triggered_id
    except Exception:  # called as a plain function (tests)
        trigger = None
    return url_state.indicator_view(click_data, selected_rows, view or {}, trigger)


def on_report_view(selected_rows, view):
    """The reports page's URL and language links with the selected value."""
    return url_state.report_view(selected_rows, view or {})


def view_outputs() -> list:
    """The address and the two language links (each page that writes them shares these)."""
    return [
        Output(url_state.LOCATION_ID, "search", allow_duplicate=True),
        *[Output(link, "href", allow_duplicate=True) for link in url_state.LANG_LINKS],
    ]


def register_callbacks(app) -> None:
    """Attach the pages' callbacks to `app`."""
    app.callback(
        Output("ind-detail", "children"),
        Input("ind-chart", "clickData"),
        Input("ind-grid", "selectedRows"),
        State("ind-lang", "data"),
        prevent_initial_call=True,
    )(on_indicator_source)
    app.callback(
        Output("rep-text", "children"),
        Input("rep-grid", "selectedRows"),
        State("rep-doc", "data"),
        prevent_initial_call=True,
    )(on_report_value)
    app.callback(
        *view_outputs(),
        Input("ind-chart", "clickData"),
        Input("ind-grid", "selectedRows"),
        State("ind-view", "data"),
        prevent_initial_call=True,
    )(on_indicator_view)
    app.callback(
        *view_outputs(),
        Input("rep-grid", "selectedRows"),
        State("rep-view", "data"),
        prevent_initial_call=True,
    )(on_report_view)
    app.clientside_callback(
        MARK_SELECTED_POINT,
        Output("ind-chart", "figure"),
        Input(url_state.LOCATION_ID, "search"),
        State("ind-chart", "figure"),
    )
    app.clientside_callback(
        SCROLL_TO_MARK,
        Output("rep-scroll", "children"),
        Input("rep-text", "children"),
    )
