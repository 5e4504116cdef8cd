"""The observations table of an indicator page: every stored value with its source and revision."""

from __future__ import annotations

import math

import dash_ag_grid as dag
import pandas as pd
from dash import dcc, html

from layouts import fmt
from layouts.i18n import t
from layouts.records import source_record
from layouts.shell import url


# ---------------------------------------------------------------- grid
def revision_key(row: dict) -> str:
    """The revision words' key: only a value that was in use and lost its place is 'replaced'."""
    current = row.get("is_current")
    if current in (True, 1, None) or (isinstance(current, float) and math.isnan(current)):
        return "rev_current"
    status = row.get("status")
    if status == "needs_review":
        return "rev_pending"  # waiting for an analyst: nothing replaced it
    if status == "rejected":
        return "rev_unused"
    if status == "duplicate":
        return "rev_duplicate"
    return "rev_replaced"


def observation_rows(obs: pd.DataFrame, unit: str, lang: str) -> list[dict]:
    """Grid rows: every stored value with its source record, newest period first."""
    if obs is None or obs.empty:
        return []
    obs = obs.assign(_end=pd.to_datetime(obs["period_end"], errors="coerce")).sort_values(
        ["_end", "breakdown"], ascending=[False, True]
    )
    rows = []
    for r in obs.drop(columns="_end").to_dict("records"):
        rec = source_record(r, unit, lang)
        rec["revision_text"] = t(revision_key(r), lang)
        rec["sort_end"] = str(fmt.to_date(r.get("period_end")) or "")
        rows.append(rec)
    return rows


AG_LOCALE_VI = {
    "noRowsToShow": "Không có dòng nào",
    "loadingOoo": "Đang tải…",
    "page": "Trang",
    "of": "trên",
    "to": "đến",
    "filterOoo": "Lọc…",
    "contains": "Chứa",
    "equals": "Bằng",
}


def observations_grid(
    rows: list[dict], lang: str, grid_id: str = "ind-grid", selected_id: str | None = None
) -> dag.AgGrid:
    """The observations table: period, scope, value, report, quote, status, revision; the row
    of `selected_id` (the URL's point) selected."""
    lang = fmt.norm_lang(lang)
    # Minimum widths sum to 930 px: at 1400 px (1238 px of grid) the seven columns used 1140 px
    # of minimums and the last one sat flush at the edge, cut as soon as the page scrollbar or a
    # smaller laptop took a few pixels. Everything wraps, so narrower columns cut nothing.
    widths = {"period_text": (110, 1), "breakdown_text": (100, 1), "value_text": (110, 1),
              "report_text": (150, 2), "quote": (240, 4), "status_text": (110, 1),
              "revision_text": (110, 1)}  # fmt: skip
    heads = {"period_text": "col_period", "breakdown_text": "col_breakdown",
             "value_text": "col_value", "report_text": "col_report", "quote": "col_quote",
             "status_text": "col_status", "revision_text": "col_revision"}  # fmt: skip
    cols = [
        {
            "field": field,
            "headerName": t(heads[field], lang),
            "minWidth": low,
            "flex": flex,
            "wrapText": True,
            "autoHeight": True,
        }
        for field, (low, flex) in widths.items()
    ]
    cols[2]["cellClass"] = "num-cell"
    cols[4]["cellClass"] = "quote-cell"
    cols[-1]["resizable"] = False  # no resize bar drawn on the grid's own border
    return dag.AgGrid(
        id=grid_id,
        rowData=rows,
        columnDefs=cols,
        defaultColDef={
            "sortable": True,
            "resizable": True,
            "filter": True,
            "wrapHeaderText": True,
            "autoHeaderHeight": True,
        },
        getRowId="params.data.observation_id",
        selectedRows=[r for r in rows if selected_id and r.get("observation_id") == selected_id],
        dashGridOptions={
            "rowSelection": {
                "mode": "singleRow",
                "checkboxes": False,
                "enableClickSelection": True,
            },
            "domLayout": "autoHeight",
            "localeText": AG_LOCALE_VI if lang == "vi" else None,
            "pagination": len(rows) > 15,
            "paginationPageSize": 15,
        },
        className="ag-theme-quartz obs-grid",
        style={"width": "100%"},
    )


def observations_stack(rows: list[dict], lang: str, selected_id: str | None = None) -> html.Ol:
    """The same values as stacked rows for a phone: one small block per value, nothing cut;
    the URL's point (`selected_id`) marked."""
    items = []
    for r in rows:
        chosen = bool(selected_id) and r.get("observation_id") == selected_id
        link = None
        if r.get("doc_sha256"):
            link = dcc.Link(
                t("detail_open_report", lang),
                href=url("/reports", lang, doc=r["doc_sha256"], obs=r.get("observation_id")),
                className="detail-link",
            )
        items.append(
            html.Li(
                [
                    html.Div(
                        [
                            html.Strong(r.get("value_text", "")),
                            f" · {r.get('period_text', '')} · {r.get('breakdown_text', '')}",
                        ],
                        className="stack-head",
                    ),
                    html.Div(r.get("report_text", ""), className="stack-report"),
                    html.Blockquote(r.get("quote", ""), className="stack-quote"),
                    html.Div(
                        [f"{r.get('status_text', '')} · {r.get('revision_text', '')} ", link],
                        className="stack-foot",
                    ),
                ],
                className="stack-item" + (" active" if chosen else ""),
                **({"aria-current": "true"} if chosen else {}),
            )
        )
    return html.Ol(items, className="obs-stack", id="ind-stack")
