"""Reports page builders: loaded reports with metadata, their values, the review queue,
recognised duplicates, and a value's sentence highlighted in the report text."""

from __future__ import annotations

import dash_ag_grid as dag
import pandas as pd
from dash import dcc, html

from layouts import fmt, url_state
from layouts.bad_filters import bad_filter_message
from layouts.i18n import (
    breakdown_label,
    indicator_name,
    kind_label,
    obs_status_label,
    qualified,
    t,
)
from layouts.obs_grid import AG_LOCALE_VI
from layouts.records import report_label
from layouts.shell import url
from layouts.values_stack import values_stack


def _s(v) -> str:
    return "" if fmt.is_missing(v) else str(v)


def doc_period(doc: dict, lang: str) -> str:
    start, end = doc.get("period_start"), doc.get("period_end")
    if fmt.to_date(end) is None:
        return "–"
    kind = doc.get("period_kind") or (
        "month" if fmt.to_date(start) and fmt.to_date(start).day == 1 else "as_of"
    )
    return fmt.period(kind, start, end, lang)


def document_list(docs: pd.DataFrame, counts: dict, selected: str | None, lang: str) -> html.Div:
    """One entry per loaded report, newest first, each a link that selects it."""
    if docs is None or docs.empty:
        return html.Div(t("doc_none", lang), className="message message-info")
    by_sha = {d["doc_sha256"]: d for d in docs.to_dict("records")}
    docs = docs.assign(_p=pd.to_datetime(docs.get("published_date"), errors="coerce")).sort_values(
        ["_p", "document"], ascending=[False, True]
    )
    items = []
    for d in docs.drop(columns="_p").to_dict("records"):
        sha = d["doc_sha256"]
        n_values, n_review = counts.get(sha, (0, 0))
        lines = [
            html.Div(report_label(d, lang), className="doc-title"),
            html.Div(
                " · ".join(
                    x
                    for x in (
                        kind_label(d.get("doc_kind"), lang),
                        _s(d.get("doc_number")),
                        published_text(d, lang) if fmt.to_date(d.get("published_date")) else "",
                    )
                    if x and x != "–"
                ),
                className="doc-meta",
            ),
            html.Div(
                [
                    html.Span(t("doc_values", lang, n=n_values), className="pill"),
                    html.Span(t("doc_review", lang, n=n_review), className="pill pill-warn")
                    if n_review
                    else None,
                ],
                className="doc-pills",
            ),
        ]
        dup = _s(d.get("duplicate_of"))
        if dup:
            other = by_sha.get(dup, {})
            lines.append(
                html.Div(
                    t("doc_duplicate", lang, other=name_report(other, dup, lang)),
                    className="doc-dup",
                )
            )
        items.append(
            dcc.Link(
                lines,
                href=url("/reports", lang, doc=sha),
                className="doc-item"
                + (" active" if sha == selected else "")
                + (" duplicate" if dup else ""),
                id=f"doc-{sha[:12]}",
            )
        )
    return html.Div(items, className="doc-list")


def published_text(doc: dict, lang: str) -> str:
    """A report's date as finely as the refresh knew it (core_documents.published_precision):
    the day, "tháng 02/2023" for a month only, "năm 2023" for a year only."""
    precision = doc.get("published_precision")
    if precision == "month":
        return t("doc_in_month", lang, month=fmt.month(doc.get("published_date"), lang))
    published = fmt.to_date(doc.get("published_date"))
    if precision == "year" and published is not None:
        return t("doc_in_year", lang, year=published.year)
    return fmt.date(doc.get("published_date"), lang)


def metadata_table(doc: dict, by_sha: dict, lang: str) -> html.Table:
    """Kind, number, issuer, published date, period, file, duplicate_of."""
    dup = _s(doc.get("duplicate_of"))
    rows = [
        (t("doc_kind", lang), kind_label(doc.get("doc_kind"), lang)),
        (t("doc_number", lang), _s(doc.get("doc_number")) or "–"),
        (t("doc_issuer", lang), _s(doc.get("issuer")) or "–"),
        (t("doc_published", lang), published_text(doc, lang)),
        (t("doc_period", lang), doc_period(doc, lang)),
        (t("doc_file", lang), _s(doc.get("document"))),
    ]
    if dup:
        rows.append(
            (
                "",
                t("doc_duplicate", lang, other=name_report(by_sha.get(dup, {}), dup, lang)),
            )
        )
    return html.Table(
        html.Tbody([html.Tr([html.Th(k), html.Td(v)]) for k, v in rows]),
        className="meta-table",
    )


def value_rows(obs: pd.DataFrame, catalog: pd.DataFrame, lang: str) -> list[dict]:
    """Grid rows of one report's values, in text order."""
    if obs is None or obs.empty:
        return []
    obs = obs.sort_values("quote_start") if "quote_start" in obs else obs
    rows = []
    for r in obs.to_dict("records"):
        ind = r.get("indicator")
        meta = (
            catalog.loc[ind].to_dict()
            if ind in catalog.index
            else {"id": ind, "unit": r.get("unit")}
        )
        rows.append(
            {
                "observation_id": _s(r.get("observation_id")),
                "indicator_text": indicator_name(meta, lang),
                "breakdown_text": breakdown_label(r.get("breakdown"), lang),
                "period_text": fmt.period(
                    r.get("period_kind"), r.get("period_start"), r.get("period_end"), lang
                ),
                "value_text": qualified(
                    fmt.value(r.get("value"), meta.get("unit") or r.get("unit"), lang),
                    r.get("qualifier"),
                    lang,
                ),
                "status_text": obs_status_label(r.get("status"), lang),
                "reason": _s(r.get("review_reason")),
                "quote": _s(r.get("quote")),
                "quote_start": int(r["quote_start"])
                if fmt.safe_float(r.get("quote_start")) is not None
                else -1,
                "quote_end": int(r["quote_end"])
                if fmt.safe_float(r.get("quote_end")) is not None
                else -1,
            }
        )
    return rows


def name_report(doc: dict, sha: str, lang: str) -> str:
    """A report named by its title or number (the file name only when nothing else is known)."""
    if not doc:
        return sha[:12]
    return report_label(doc, lang) or _s(doc.get("document")) or sha[:12]


def values_grid(rows: list[dict], lang: str, selected_id: str | None = None) -> dag.AgGrid:
    cols = [
        {
            "field": "indicator_text",
            "headerName": t("col_indicator", lang),
            "minWidth": 160,
            "flex": 3,
            "wrapText": True,
            "autoHeight": True,
        },
        {
            "field": "breakdown_text",
            "headerName": t("col_breakdown", lang),
            "minWidth": 90,
            "flex": 1,
        },
        {"field": "period_text", "headerName": t("col_period", lang), "minWidth": 120, "flex": 1},
        {"field": "value_text", "headerName": t("col_value", lang), "minWidth": 90, "flex": 1},
        {"field": "status_text", "headerName": t("col_status", lang), "minWidth": 100, "flex": 1},
    ]
    # Minimum widths sum to 560 px, inside the 1400 px panel (680 pushed the last column past
    # the grid's edge); wrapped, never cut: 'bình quân ngày …', 'khoảng 2,8 triệu'.
    for col in cols:
        col.update(wrapText=True, autoHeight=True)
    cols[-1]["resizable"] = False  # no resize bar drawn on the grid's own border
    selected = [r for r in rows if r["observation_id"] == selected_id]
    return dag.AgGrid(
        id="rep-grid",
        rowData=rows,
        columnDefs=cols,
        defaultColDef={"sortable": True, "resizable": True, "filter": True},
        getRowId="params.data.observation_id",
        selectedRows=selected,
        dashGridOptions={
            "rowSelection": {
                "mode": "singleRow",
                "checkboxes": False,
                "enableClickSelection": True,
            },
            "localeText": AG_LOCALE_VI if lang == "vi" else None,
        },
        className="ag-theme-quartz rep-grid",
        style={"height": "360px", "width": "100%"},
    )


def review_list(queue: pd.DataFrame, sha: str, catalog: pd.DataFrame, lang: str) -> html.Div:
    """Values of this report waiting for review, with the reason."""
    if queue is None or queue.empty or "doc_sha256" not in queue:
        rows = []
    else:
        rows = value_rows(queue[queue["doc_sha256"] == sha], catalog, lang)
    if not rows:
        return html.P(t("review_none", lang), className="hint")
    return html.Ul(
        [
            html.Li(
                [
                    html.Strong(f"{r['indicator_text']}: {r['value_text']}"),
                    f" ({r['period_text']}) — {t('review_reason', lang)}: {r['reason'] or '–'}",
                    html.Div(r["quote"], className="review-quote"),
                ]
            )
            for r in rows
        ],
        className="review-list",
    )


def highlighted_text(text: str, start: int | None, end: int | None) -> list:
    """The report text with [start, end) marked (id 'quote-mark', scrolled into view)."""
    text = text or ""
    if start is None or end is None or not (0 <= start < end <= len(text)):
        return [text]
    return [
        text[:start],
        html.Mark(text[start:end], id="quote-mark", className="quote-mark"),
        text[end:],
    ]


def select_value(selected_rows: list | None, text: str) -> list:
    """Callback body: highlight the selected value's sentence in the report text."""
    if not selected_rows:
        return highlighted_text(text, None, None)
    r = selected_rows[0]
    return highlighted_text(text, r.get("quote_start"), r.get("quote_end"))


def reports_body(
    docs: pd.DataFrame,
    obs: pd.DataFrame,
    queue: pd.DataFrame,
    catalog: pd.DataFrame,
    selected: str | None,
    obs_id: str | None,
    text: str,
    lang: str = "vi",
    counts: dict | None = None,
    bad: list | None = None,
) -> list:
    """The reports page: list on the left, selected report (metadata, values, text) on the right.
    `obs`: the values (at least the selected report's); `counts`: doc -> (values, in review),
    counted from `obs` when not given; `bad`: URL values that name nothing."""
    lang = fmt.norm_lang(lang)
    if counts is None and obs is not None and not obs.empty:
        counts = {}
        for sha, g in obs.groupby("doc_sha256"):
            counts[sha] = (
                len(g),
                int((g["status"] == "needs_review").sum()) if "status" in g else 0,
            )
    by_sha = (
        {d["doc_sha256"]: d for d in docs.to_dict("records")}
        if docs is not None and not docs.empty
        else {}
    )
    if selected is None and by_sha:
        selected = document_list_first(docs)
    left = html.Div(document_list(docs, counts or {}, selected, lang), className="reports-left")
    if not by_sha:
        right = html.Div()
    elif selected not in by_sha:
        right = html.Div(t("doc_not_found", lang), className="message message-warning")
    else:
        doc = by_sha[selected]
        doc_obs = (
            obs[obs["doc_sha256"] == selected]
            if obs is not None and not obs.empty
            else pd.DataFrame()
        )
        rows = value_rows(doc_obs, catalog, lang)
        stated = (counts or {}).get(selected, (len(rows), 0))[0]
        start = end = None
        for r in rows:
            if r["observation_id"] == obs_id:
                start, end = r["quote_start"], r["quote_end"]
        right = html.Div(
            [
                html.H2(report_label(doc, lang), className="doc-heading"),
                html.P(_s(doc.get("doc_title")), className="doc-fulltitle"),
                metadata_table(doc, by_sha, lang),
                html.H3(t("doc_values_heading", lang)),
                bad_filter_message(bad or [], lang, "rep-bad-url"),
                values_grid(rows, lang, obs_id),
                values_stack(rows, selected, obs_id, lang),
                html.P(first_values_note(len(rows), stated, lang), className="hint")
                if stated > len(rows)
                else None,
                html.H3(t("review_heading", lang)),
                review_list(queue, selected, catalog, lang),
                html.H3(t("doc_text_heading", lang)),
                html.Div(
                    highlighted_text(text, start, end), id="rep-text", className="report-text"
                ),
                dcc.Store(id="rep-doc", data=selected),
                dcc.Store(id="rep-view", data={"doc": selected, "lang": lang}),
                url_state.location(),
                html.Div(id="rep-scroll", hidden=True),
            ],
            className="reports-right",
        )
    return [
        html.H1(t("reports_heading", lang), className="page-title"),
        html.P(t("reports_intro", lang), className="intro"),
        html.Div([left, right], className="reports-layout"),
    ]


FIRST_VALUES = {
    "vi": "Hiển thị {n} giá trị đầu tiên trong {total} giá trị của văn bản; trang Dữ liệu có đủ.",
    "en": "Showing the first {n} of the report's {total} values; the Data page has them all.",
}


def first_values_note(n: int, total: int, lang: str) -> str:
    """'Showing the first 200 of the report's 10,711 values' (a long report's list is cut)."""
    return FIRST_VALUES[fmt.norm_lang(lang)].format(
        n=fmt.number(n, lang, 0), total=fmt.number(total, lang, 0)
    )


def document_list_first(docs: pd.DataFrame) -> str | None:
    """The newest non-duplicate report (the default selection)."""
    d = docs.assign(_p=pd.to_datetime(docs.get("published_date"), errors="coerce")).sort_values(
        "_p", ascending=False
    )
    if "duplicate_of" in d:
        nd = d[d["duplicate_of"].isna() | (d["duplicate_of"].astype(str) == "")]
        if not nd.empty:
            d = nd
    return str(d.iloc[0]["doc_sha256"]) if not d.empty else None
