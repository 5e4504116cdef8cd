"""The indicator page's source panel: which report and sentence a clicked value came from."""

from __future__ import annotations

from dash import dcc, html

from layouts import fmt
from layouts.i18n import t
from layouts.records import record_from_customdata
from layouts.shell import url


def highlighted_quote(record: dict) -> list:
    """The quote with the number itself marked."""
    quote = record.get("quote") or ""
    s, e = record.get("value_in_quote_start", -1), record.get("value_in_quote_end", -1)
    try:
        s, e = int(s), int(e)
    except (TypeError, ValueError):
        s = e = -1
    if 0 <= s < e <= len(quote):
        return [quote[:s], html.Mark(quote[s:e]), quote[e:]]
    return [quote]


def detail_panel(record: dict | None, lang: str) -> html.Div:
    """Which report and which sentence a value came from, with a link into the report text."""
    lang = fmt.norm_lang(lang)
    if not record:
        return html.Div(t("detail_empty", lang), className="detail-empty")
    link = None
    if record.get("doc_sha256"):
        link = dcc.Link(
            t("detail_open_report", lang),
            href=url("/reports", lang, doc=record["doc_sha256"], obs=record.get("observation_id")),
            className="detail-link",
        )
    return html.Div(
        [
            html.Div(
                [
                    html.Span(record.get("value_text", ""), className="detail-value"),
                    html.Span(
                        f" · {record.get('period_text', '')} · {record.get('breakdown_text', '')}",
                        className="detail-meta",
                    ),
                ]
            ),
            html.Div(
                [
                    html.Strong(t("col_report", lang) + ": "),
                    record.get("report_text", ""),
                    f" ({record.get('published_text', '')})",
                ],
                className="detail-report",
            ),
            html.Blockquote(highlighted_quote(record), className="detail-quote"),
            html.Div(
                [html.Span(record.get("status_text", ""), className="detail-status"), link],
                className="detail-foot",
            ),
        ],
        className="detail-card",
        id="detail-card",
    )


def show_source(
    click_data: dict | None,
    selected_rows: list | None,
    lang: str,
    trigger: str | None = None,
    lookup=None,
) -> html.Div:
    """Callback body: the source panel for a clicked chart point or a selected grid row
    (`lookup(observation_id)`: the record of a point that carries only its id)."""
    record = None
    if trigger == "ind-grid" and selected_rows:
        record = selected_rows[0]
    elif click_data and click_data.get("points"):
        data = click_data["points"][0].get("customdata")
        record = record_from_customdata(data)
        if record is None and lookup is not None and isinstance(data, str) and data:
            record = lookup(data)  # another breakdown's point carries its id: fetched on click
    elif selected_rows:
        record = selected_rows[0]
    return detail_panel(record, lang)
