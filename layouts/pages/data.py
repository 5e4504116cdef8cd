"""The data page (/data): filter the tidy table and download exactly what is shown.

Thin: components and callbacks only; the logic lives in layouts.data_builders and
metrics.export. The rows stay in the database: the grid (AG Grid's infinite row model) asks
for one block at a time, filtered, sorted and paged by metrics.queries.read_tidy_rows; counts
and filter options are read once per published version. URL: /data?lang=vi|en&family=..&indicator=..&breakdown=..&from=..&to=..&status=..
(lists comma-separated), so other pages can link to a pre-filtered view.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import dash
import dash_ag_grid as dag
import pandas as pd
from dash import (
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
)

from layouts import data_builders as b
from layouts import shell, source, url_state
from layouts.bad_filters import bad_filter_message, drop_unknown_filters
from metrics import export, queries
from metrics.catalog import load_catalog, load_families

PATH = "/data"
FORMAT_BUTTONS = {"data-dl-csv": "csv", "data-dl-parquet": "parquet", "data-dl-xlsx": "xlsx"}
# Layout-only inline styles so the page reads well with or without the app's stylesheet.
ROW_STYLE = {"display": "flex", "flexWrap": "wrap", "gap": "12px 16px", "alignItems": "flex-end"}
FILTER_STYLE = {"flex": "1 1 220px", "minWidth": "200px"}
WIDE_FILTER_STYLE = {"flex": "2 1 360px", "minWidth": "260px"}
CHECK_INPUT_STYLE = {"marginRight": "6px"}
CHECK_LABEL_STYLE = {"marginRight": "16px"}
BUTTON_STYLE = {
    "padding": "6px 16px", "borderRadius": "6px", "border": "1px solid var(--brand, #0b4a8b)",
    "background": "var(--brand, #0b4a8b)", "color": "#fff", "fontWeight": 600, "cursor": "pointer",
}  # fmt: skip

dash.register_page(__name__, path=PATH, name="Dữ liệu", title="Dữ liệu · Chuyển đổi số", order=3)


@lru_cache(maxsize=2)
def read_choices_version(version: tuple) -> pd.DataFrame:
    """The (indicator, breakdown) pairs of the table, once per published database version."""
    return queries.read_tidy_choices(Path(version[0]))


@lru_cache(maxsize=64)
def count_rows_version(version: tuple, filters: str) -> int:
    """How many rows match the filters (JSON), once per version and filters."""
    return queries.count_tidy_rows(Path(version[0]), json.loads(filters))


def served_version() -> tuple:
    """The served database's version (raises source.NoDatabase)."""
    return source.version_key(source.current_db())


def load_table() -> pd.DataFrame:
    """The (indicator, breakdown) pairs present: what the filter options need (raises
    source.NoDatabase). The rows themselves stay in the database, read a page at a time."""
    return read_choices_version(served_version())


def count_rows(filters: dict) -> int:
    """How many rows of the served table match the filters (none when no status is ticked)."""
    if not filters["statuses"]:
        return 0
    return count_rows_version(served_version(), json.dumps(filters, sort_keys=True))


def read_rows(filters: dict, sort=None, offset: int = 0, limit: int | None = None) -> pd.DataFrame:
    """Rows of the served table matching the filters, sorted, one page (all when no limit)."""
    if not filters["statuses"]:
        return pd.DataFrame(columns=export.EXPORT_COLUMNS)
    return queries.read_tidy_rows(Path(served_version()[0]), filters, sort, offset, limit)


def read_freshness() -> dict | None:
    """The freshness facts for the header bar, or None when they cannot be read."""
    try:
        return source.load_snapshot().freshness
    except Exception:  # the bar is a nicety; the page works without it
        return None


def build_filter(control_id: str, label: str, control, wide: bool = False) -> html.Div:
    """One labelled filter control of the filter bar."""
    return html.Div(
        [html.Label(label, htmlFor=control_id), control],
        className="filter filter-wide" if wide else "filter",
        style=WIDE_FILTER_STYLE if wide else FILTER_STYLE,
    )


def build_multi_dropdown(control_id: str, options: list, value, lang: str) -> dcc.Dropdown:
    """A multi-select dropdown whose empty state means 'all'."""
    return dcc.Dropdown(
        id=control_id, options=options, value=value, multi=True, placeholder=b.label("all", lang)
    )


def build_filter_bar(table: pd.DataFrame, lang: str, chosen: dict) -> html.Div:
    """Family, indicator, breakdown, period and status filters, preset from the URL."""
    catalog = load_catalog()
    families = b.build_family_options(load_families(), lang)
    indicators = b.build_indicator_options(table, catalog, lang, chosen["families"])
    period = dcc.DatePickerRange(
        id="data-period",
        start_date=chosen["date_from"],
        end_date=chosen["date_to"],
        display_format="DD/MM/YYYY" if lang == "vi" else "YYYY-MM-DD",
        start_date_placeholder_text=b.label("period_from", lang),
        end_date_placeholder_text=b.label("period_to", lang),
        clearable=True,
    )
    status = dcc.Checklist(
        id="data-status",
        options=b.build_status_options(lang),
        value=chosen["statuses"],
        inline=True,
        inputStyle=CHECK_INPUT_STYLE,
        labelStyle=CHECK_LABEL_STYLE,
    )
    return html.Div(
        [
            build_filter(
                "data-family",
                b.label("family", lang),
                build_multi_dropdown("data-family", families, chosen["families"], lang),
            ),
            build_filter(
                "data-indicator",
                b.label("indicator", lang),
                build_multi_dropdown("data-indicator", indicators, chosen["indicators"], lang),
                wide=True,
            ),
            build_filter(
                "data-breakdown",
                b.label("breakdown", lang),
                build_multi_dropdown(
                    "data-breakdown",
                    b.build_breakdown_options(table, lang),
                    chosen["breakdowns"],
                    lang,
                ),
            ),
            build_filter("data-period", b.label("period", lang), period),
            build_filter("data-status", b.label("status", lang), status),
        ],
        className="data-filters",
        style={**ROW_STYLE, "marginBottom": "12px"},
    )


def build_download_bar(lang: str) -> html.Div:
    """The three download buttons and the Excel-in-Vietnamese option."""
    return html.Div(
        [
            html.Span(b.label("download", lang) + ":", className="download-label"),
            *[
                html.Button(
                    fmt.upper() if fmt != "parquet" else "Parquet",
                    id=button_id,
                    n_clicks=0,
                    className="download-button",
                    style=BUTTON_STYLE,
                )
                for button_id, fmt in FORMAT_BUTTONS.items()
            ],
            dcc.Checklist(
                id="data-excel-vi",
                options=[{"label": b.label("excel_vi", lang), "value": "excel_vi"}],
                value=[],
                inline=True,
                inputStyle=CHECK_INPUT_STYLE,
            ),
            dcc.Download(id="data-download"),
        ],
        className="data-downloads",
        style={**ROW_STYLE, "alignItems": "center", "marginBottom": "8px"},
    )


def read_url_filters(query: dict) -> dict:
    """Filter values preset by the URL; accepted values only unless the URL says otherwise."""
    return {
        "families": b.parse_list(query.get("family")),
        "indicators": b.parse_list(query.get("indicator")),
        "breakdowns": b.parse_list(query.get("breakdown")),
        "date_from": b.parse_date(query.get("from")),
        "date_to": b.parse_date(query.get("to")),
        "statuses": read_url_statuses(query.get("status")),
    }


def read_url_statuses(value) -> list[str]:
    """The ticked statuses: none for status=none, the default when the URL names none."""
    if b.parse_list(value) == [url_state.NO_STATUS]:
        return []
    return b.parse_list(value) or list(b.DEFAULT_STATUSES)


def layout(lang: str = "vi", **query) -> html.Div:
    """The data page: filters, the grid and the downloads."""
    lang = b.norm_lang(lang)
    try:
        table = load_table()
    except source.NoDatabase as exc:
        body = shell.message(b.label("no_database", lang, db=exc), "warning")
        return shell.page(lang, PATH, body, query)
    except Exception as exc:  # a broken database must show a message, not a stack trace
        return shell.page(
            lang, PATH, shell.message(b.label("load_error", lang, error=exc), "error"), query
        )
    chosen, bad = drop_unknown_filters(
        read_url_filters(query), query, table, load_catalog(), load_families()
    )
    filters = b.build_filters(
        chosen["families"],
        chosen["indicators"],
        chosen["breakdowns"],
        chosen["date_from"],
        chosen["date_to"],
        chosen["statuses"],
    )
    shown = count_rows(filters)
    total = count_rows(b.build_filters([], [], [], None, None, list(b.STATUS_CHOICES)))
    body = [
        dcc.Store(id="data-lang", data=lang),
        url_state.location(),
        html.H1(b.label("title", lang), className="page-title"),
        html.P(b.label("intro", lang), className="intro"),
        bad_filter_message(bad, lang),
        build_filter_bar(table, lang, chosen),
        build_download_bar(lang),
        html.Div(
            b.describe_count(shown, total, lang),
            id="data-count",
            role="status",
            **{"data-rows": str(shown)},
        ),
        html.Div(build_grid(lang), id="data-grid-box"),
        html.Div(id="data-grid-phone", hidden=True),
    ]
    return shell.page(lang, PATH, body, query, read_freshness())


def build_grid(lang: str) -> dag.AgGrid:
    """The grid, empty: it asks the server for each page of rows it shows (infinite model)."""
    return dag.AgGrid(
        id="data-grid",
        columnDefs=b.build_column_defs(lang),
        rowModelType="infinite",
        defaultColDef={"sortable": True, "resizable": True, "filter": False},
        dashGridOptions=b.build_grid_options(lang),
        style={"height": "640px", "width": "100%"},
    )


@callback(
    Output("data-grid", "getRowsResponse"),
    Input("data-grid", "getRowsRequest"),
    State("data-family", "value"),
    State("data-indicator", "value"),
    State("data-breakdown", "value"),
    State("data-period", "start_date"),
    State("data-period", "end_date"),
    State("data-status", "value"),
    State("data-lang", "data"),
    prevent_initial_call=True,
)
def serve_rows(request, families, indicators, breakdowns, start, end, statuses, lang):
    """One block of rows the grid asks for, filtered and sorted in the database."""
    if not request:
        return dash.no_update
    filters = b.build_filters(families, indicators, breakdowns, start, end, statuses)
    first, last = int(request.get("startRow") or 0), int(request.get("endRow") or 100)
    rows = read_rows(filters, b.read_sort(request.get("sortModel"), lang), first, last - first)
    return {
        "rowData": b.build_grid_rows(rows, lang, load_families()),
        "rowCount": count_rows(filters),
    }


# On a phone the grid shows the columns read first, fitted to the screen (assets/data_phone.js):
# sixteen columns beside a pinned name scrolled sideways at 390 px.
clientside_callback(
    ClientsideFunction(namespace="kpi_data", function_name="choose_phone_columns"),
    Output("data-grid-phone", "children"),
    Input("data-grid-box", "children"),
)


@callback(
    Output("data-indicator", "options"),
    Output("data-indicator", "value"),
    Input("data-family", "value"),
    State("data-indicator", "value"),
    State("data-lang", "data"),
    prevent_initial_call=True,
)
def narrow_indicators(families, indicators, lang):
    """Offer only the indicators of the chosen families; drop choices outside them."""
    options = b.build_indicator_options(load_table(), load_catalog(), lang, families)
    allowed = {o["value"] for o in options}
    return options, [i for i in indicators or [] if i in allowed]


# The six filters, in the order the grid and the address read them.
FILTER_INPUTS = [
    Input("data-family", "value"),
    Input("data-indicator", "value"),
    Input("data-breakdown", "value"),
    Input("data-period", "start_date"),
    Input("data-period", "end_date"),
    Input("data-status", "value"),
]


@callback(
    Output("data-grid-box", "children"),
    Output("data-count", "children"),
    Output("data-count", "data-rows"),
    *FILTER_INPUTS,
    State("data-lang", "data"),
    prevent_initial_call=True,
)
def update_grid(families, indicators, breakdowns, start, end, statuses, lang):
    """Say how many rows match and start the grid afresh: it asks for its first page."""
    filters = b.build_filters(families, indicators, breakdowns, start, end, statuses)
    shown = count_rows(filters)
    total = count_rows(b.build_filters([], [], [], None, None, list(b.STATUS_CHOICES)))
    return build_grid(lang), b.describe_count(shown, total, lang), str(shown)


@callback(
    Output(url_state.LOCATION_ID, "search", allow_duplicate=True),
    *[Output(link, "href", allow_duplicate=True) for link in url_state.LANG_LINKS],
    *FILTER_INPUTS,
    State("data-lang", "data"),
    prevent_initial_call=True,
)
def write_url(families, indicators, breakdowns, start, end, statuses, lang):
    """Write the filters into the address and the language links: the URL holds the view."""
    params = url_state.data_params(families, indicators, breakdowns, start, end, statuses)
    return url_state.view_links(PATH, lang, params)


@callback(
    Output("data-download", "data"),
    Input("data-dl-csv", "n_clicks"),
    Input("data-dl-parquet", "n_clicks"),
    Input("data-dl-xlsx", "n_clicks"),
    State("data-family", "value"),
    State("data-indicator", "value"),
    State("data-breakdown", "value"),
    State("data-period", "start_date"),
    State("data-period", "end_date"),
    State("data-status", "value"),
    State("data-excel-vi", "value"),
    State("data-lang", "data"),
    prevent_initial_call=True,
)
def download(
    _csv, _parquet, _xlsx, families, indicators, breakdowns, start, end, statuses, excel_vi, lang
):
    """Send exactly the filtered rows in the format of the button pressed."""
    fmt = FORMAT_BUTTONS.get(ctx.triggered_id)
    if fmt is None:
        return dash.no_update
    filters = b.build_filters(families, indicators, breakdowns, start, end, statuses)
    shown = export.build_export_frame(read_rows(filters), load_catalog())
    return b.build_download(
        shown,
        fmt,
        load_catalog(),
        excel_vi="excel_vi" in (excel_vi or []),
        filters=filters,
        lang=lang,
    )
