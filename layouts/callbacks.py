"""Callbacks of the leadership pages, as plain functions plus `register_callbacks(app)`.

The functions take and return plain values and components (unit-tested without a server); none
reads the database: a chart point carries its source record, and a report's text comes with the
page. Registered on the app (not with the global `dash.callback`) so each app gets its own.
"""

from __future__ import annotations

from dash import Input, Output, State, ctx

from layouts.indicator import show_source
from layouts.reports import select_value

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
    return show_source(click_data, selected_rows, lang or "vi", trigger)


def on_report_value(selected_rows, text):
    """Report text with the selected value's sentence highlighted."""
    return select_value(selected_rows, text or "")


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
        State("rep-doc-text", "data"),
        prevent_initial_call=True,
    )(on_report_value)
    app.clientside_callback(
        SCROLL_TO_MARK,
        Output("rep-scroll", "children"),
        Input("rep-text", "children"),
    )
