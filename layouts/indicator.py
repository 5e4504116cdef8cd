"""Indicator page builders: time-series figure, observations grid, source panel, status sentence.

Pure functions over DataFrames and dicts; the page module feeds them from `layouts.source`.
Every chart point carries its source record in `customdata`, so hovering or clicking a point
needs no database read.
"""

from __future__ import annotations

import html as htmllib
import math
import textwrap

import dash_ag_grid as dag
import pandas as pd
import plotly.graph_objects as go
from dash import dcc, html

from layouts import fmt
from layouts.i18n import (
    breakdown_label,
    indicator_name,
    kind_label,
    missing_message,
    obs_status_label,
    qualified,
    status_label,
    t,
)
from layouts.overview import (
    big_value,
    find_headline_row,
    one_series,
    primary_breakdown,
    progress_bar,
    status_badge,
)
from layouts.shell import url

BREAKDOWN_COLOURS = {
    "national": "#1d4ed8",
    "ministries": "#7c3aed",
    "localities": "#0e7490",
}
OTHER_COLOURS = ["#c2410c", "#4d7c0f", "#be185d", "#0f766e"]
TARGET_COLOUR = "#b42318"
FONT = "Inter, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"

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


def breakdown_order(breakdown: str) -> tuple:
    """National, ministries, localities, then provinces by name."""
    fixed = ("national", "ministries", "localities")
    return (fixed.index(breakdown), "") if breakdown in fixed else (len(fixed), str(breakdown))


# ---------------------------------------------------------------- records
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


# ---------------------------------------------------------------- figure helpers
def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi]."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return []
    if hi == lo:
        hi, lo = hi + (abs(hi) or 1) * 0.5, lo - (abs(lo) or 1) * 0.5
    raw = (hi - lo) / max(n - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks, v = [], start
    while v <= hi + step * 0.5 and len(ticks) < 20:
        ticks.append(round(v, 10))
        v += step
    return ticks


def _status_target(status_row: dict | None, targets: list[dict]) -> dict | None:
    """The target the status refers to (status row's deadline), else the first target."""
    if not targets:
        return None
    if status_row:
        deadline = fmt.to_date(status_row.get("deadline"))
        for tg in targets:
            if fmt.to_date(tg.get("deadline")) == deadline:
                return tg
    return targets[0]


def baseline(points: pd.DataFrame, progress_row: dict | None = None) -> tuple | None:
    """(t0, b): metrics' baseline when given, else the first observation."""
    if progress_row:
        d = fmt.to_date(progress_row.get("baseline_date"))
        v = fmt.safe_float(progress_row.get("baseline_value"))
        if d is not None and v is not None:
            return d, v
    if points.empty:
        return None
    first = points.iloc[0]
    return fmt.to_date(first["period_end"]), float(first["value"])


def indicator_figure(
    series: pd.DataFrame,
    meta: dict,
    breakdown: str,
    targets: list[dict],
    status_row: dict | None,
    lang: str = "vi",
    progress_row: dict | None = None,
) -> go.Figure:
    """Observations per breakdown, target markers, required path and projection."""
    lang = fmt.norm_lang(lang)
    unit = meta.get("unit", "")
    fig = go.Figure()
    ys: list[float] = []
    breakdowns = (
        sorted(series["breakdown"].unique(), key=lambda b: (b != breakdown, breakdown_order(b)))
        if not series.empty
        else []
    )
    primary = pd.DataFrame()
    for i, bd in enumerate(breakdowns):
        rows = one_series(series, meta["id"], bd, meta.get("kind", ""))
        if rows.empty:
            continue
        if bd == breakdown:
            primary = rows
        records = [source_record(r, unit, lang) for r in rows.to_dict("records")]
        colour = BREAKDOWN_COLOURS.get(bd, OTHER_COLOURS[i % len(OTHER_COLOURS)])
        ys += [float(v) for v in rows["value"]]
        fig.add_trace(
            go.Scatter(
                x=[fmt.to_date(d) for d in rows["period_end"]],
                y=rows["value"].astype(float).tolist(),
                mode="lines+markers",
                name=breakdown_label(bd, lang),
                line={"color": colour, "width": 3 if bd == breakdown else 2},
                marker={
                    "size": 11 if bd == breakdown else 8,
                    "color": colour,
                    "line": {"color": "white", "width": 1.5},
                },
                customdata=[[r[f] for f in RECORD_FIELDS] for r in records],
                hovertemplate=(
                    "<b>%{customdata[2]}</b> · %{customdata[1]}<br>"
                    + t("hover_report", lang)
                    + ": %{customdata[4]} (%{customdata[5]})<br>"
                    "<i>“%{customdata[7]}”</i><extra>%{customdata[3]}</extra>"
                ),
            )
        )
    # targets of the selected breakdown
    if targets:
        tx = [fmt.to_date(tg.get("deadline")) for tg in targets]
        ty = [fmt.safe_float(tg.get("target_value")) for tg in targets]
        labels = [
            t("hover_target", lang, value=fmt.value(v, unit, lang), date=fmt.date(d, lang))
            for v, d in zip(ty, tx, strict=True)
        ]
        ys += [v for v in ty if v is not None]
        fig.add_trace(
            go.Scatter(
                x=tx,
                y=ty,
                mode="markers+text",
                name=t("trace_target", lang),
                marker={
                    "symbol": "star",
                    "size": 18,
                    "color": TARGET_COLOUR,
                    "line": {"color": "white", "width": 1},
                },
                text=[fmt.value(v, unit, lang) for v in ty],
                textposition="top center",
                cliponaxis=False,
                textfont={"color": TARGET_COLOUR, "size": 13},
                hovertext=labels,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    tg = _status_target(status_row, targets)
    base = baseline(primary, progress_row)
    if tg is not None and base is not None:
        d_t, v_t = fmt.to_date(tg.get("deadline")), fmt.safe_float(tg.get("target_value"))
        if d_t is not None and v_t is not None and base[0] is not None and base[0] < d_t:
            fig.add_trace(
                go.Scatter(
                    x=[base[0], d_t],
                    y=[base[1], v_t],
                    mode="lines",
                    name=t("trace_required", lang),
                    line={"color": TARGET_COLOUR, "width": 1.5, "dash": "dot"},
                    hoverinfo="skip",
                )
            )
    if status_row and not primary.empty and tg is not None:
        proj = fmt.safe_float(status_row.get("projected_value"))
        d_t = fmt.to_date(status_row.get("deadline") or tg.get("deadline"))
        last = primary.iloc[-1]
        d_l = fmt.to_date(last["period_end"])
        if proj is not None and d_t is not None and d_l is not None and d_l < d_t:
            ys.append(proj)
            fig.add_trace(
                go.Scatter(
                    x=[d_l, d_t],
                    y=[float(last["value"]), proj],
                    mode="lines+markers",
                    name=t("trace_projection", lang),
                    line={"color": "#667085", "width": 2, "dash": "dash"},
                    marker={"size": [0, 9], "symbol": "circle-open", "color": "#667085"},
                    hovertext=[
                        "",
                        f"{t('trace_projection', lang)}: {fmt.value(proj, unit, lang)} ({fmt.date(d_t, lang)})",
                    ],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    yaxis = {"gridcolor": "#e4e7ec", "zeroline": False, "automargin": True}
    if ys:
        yaxis.update(y_axis_ticks(ys, unit, lang))
    fig.update_layout(
        separators=fmt.plotly_separators(lang),
        font={"family": FONT, "size": 14, "color": "#1d2939"},
        height=420,
        margin={"l": 10, "r": 20, "t": 30, "b": 10},
        plot_bgcolor="white",
        paper_bgcolor="white",
        hovermode="closest",
        hoverlabel={"bgcolor": "white", "font": {"size": 13, "family": FONT}, "align": "left"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        xaxis={
            "type": "date",
            "gridcolor": "#f2f4f7",
            "tickformat": "%m/%Y" if lang == "vi" else "%b %Y",
            "hoverformat": "%d/%m/%Y" if lang == "vi" else "%d %b %Y",
            "automargin": True,
        },
        yaxis=yaxis,
    )
    return fig


def y_axis_ticks(ys: list[float], unit: str, lang: str) -> dict:
    """Round ticks labelled in the language's format (48,28% · 1,2 triệu), with headroom."""
    lo, hi = min(ys), max(ys)
    if unit == "percent" and lo >= 0:
        lo, hi = 0.0, (100.0 if hi > 50 else hi * 1.15 or 1.0)
    elif lo >= 0:
        lo = 0.0 if unit != "rank" else lo
        hi = hi * 1.08 or 1.0
    ticks = nice_ticks(lo, hi, 6)
    if lo >= 0:
        ticks = [v for v in ticks if v >= 0]
    if not ticks:
        return {}
    axis = {"tickvals": ticks, "ticktext": [fmt.value(v, unit, lang) for v in ticks]}
    if unit == "rank":
        axis["autorange"] = "reversed"
    else:
        span = max(ticks) - min(ticks) or 1.0
        axis["range"] = [min(ticks) - span * 0.02, max(ticks) + span * 0.08]
    return axis


def graph_config(lang: str) -> dict:
    """Plotly config: no English mode bar, no logo, responsive."""
    return {"displayModeBar": False, "responsive": True, "locale": fmt.norm_lang(lang)}


# ---------------------------------------------------------------- grid
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
        current = r.get("is_current")
        rec["revision_text"] = t(
            "rev_current"
            if current in (True, 1, None) or (isinstance(current, float) and math.isnan(current))
            else "rev_replaced",
            lang,
        )
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


def observations_grid(rows: list[dict], lang: str, grid_id: str = "ind-grid") -> dag.AgGrid:
    """The observations table: period, scope, value, report, quote, status, revision."""
    lang = fmt.norm_lang(lang)
    cols = [
        {"field": "period_text", "headerName": t("col_period", lang), "minWidth": 130, "flex": 1},
        {
            "field": "breakdown_text",
            "headerName": t("col_breakdown", lang),
            "minWidth": 110,
            "flex": 1,
        },
        {
            "field": "value_text",
            "headerName": t("col_value", lang),
            "minWidth": 140,
            "flex": 1,
            "cellClass": "num-cell",
        },
        {
            "field": "report_text",
            "headerName": t("col_report", lang),
            "minWidth": 200,
            "flex": 2,
            "wrapText": True,
            "autoHeight": True,
        },
        {
            "field": "quote",
            "headerName": t("col_quote", lang),
            "minWidth": 320,
            "flex": 4,
            "wrapText": True,
            "autoHeight": True,
            "cellClass": "quote-cell",
        },
        {"field": "status_text", "headerName": t("col_status", lang), "minWidth": 120, "flex": 1},
        {
            "field": "revision_text",
            "headerName": t("col_revision", lang),
            "minWidth": 120,
            "flex": 1,
        },
    ]
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


# ---------------------------------------------------------------- source panel
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
    click_data: dict | None, selected_rows: list | None, lang: str, trigger: str | None = None
) -> html.Div:
    """Callback body: the source panel for a clicked chart point or a selected grid row."""
    record = None
    if trigger == "ind-grid" and selected_rows:
        record = selected_rows[0]
    elif click_data and click_data.get("points"):
        record = record_from_customdata(click_data["points"][0].get("customdata"))
    elif selected_rows:
        record = selected_rows[0]
    return detail_panel(record, lang)


# ---------------------------------------------------------------- status sentence
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


# ---------------------------------------------------------------- page body
def breakdown_tabs(
    indicator: str, breakdowns: list[str], selected: str, lang: str
) -> html.Div | None:
    """Links to the same indicator per breakdown (the URL holds the breakdown)."""
    if len(breakdowns) < 2:
        return None
    return html.Div(
        [html.Span(t("breakdown_label", lang) + ":", className="tabs-label")]
        + [
            dcc.Link(
                breakdown_label(bd, lang),
                href=url("/indicator", lang, id=indicator, breakdown=bd),
                className="bd-tab" + (" active" if bd == selected else ""),
                id=f"bd-{bd}",
            )
            for bd in breakdowns
        ],
        className="tabs",
    )


def indicator_body(
    meta: dict,
    series: pd.DataFrame,
    targets: pd.DataFrame,
    status: pd.DataFrame,
    observations: pd.DataFrame,
    breakdown: str | None,
    lang: str = "vi",
    explained: str | None = None,
) -> list:
    """The indicator page body for one indicator (all frames may be unfiltered)."""
    lang = fmt.norm_lang(lang)
    ind = meta["id"]
    unit = meta.get("unit", "")
    ser = series[series["indicator"] == ind] if not series.empty else series
    tgs = (
        targets[targets["indicator"] == ind]
        if targets is not None and not targets.empty
        else pd.DataFrame()
    )
    with_data = list(ser["breakdown"].unique()) if not ser.empty else []
    with_target = list(tgs["breakdown"].unique()) if not tgs.empty and "breakdown" in tgs else []
    breakdowns = sorted(set(with_data) | set(with_target), key=breakdown_order)
    if breakdown not in breakdowns:
        breakdown = primary_breakdown(with_data) or (breakdowns[0] if breakdowns else "national")
    tg_rows = tgs[tgs["breakdown"] == breakdown] if not tgs.empty and "breakdown" in tgs else tgs
    tg_list = (
        tg_rows.assign(_d=pd.to_datetime(tg_rows["deadline"], errors="coerce"))
        .sort_values("_d")
        .drop(columns="_d")
        .to_dict("records")
        if not tg_rows.empty
        else []
    )
    # The refresh's headline row: the same status, baseline and projection the card shows.
    srow = find_headline_row(status, ind, breakdown)
    name = indicator_name(meta, lang)
    status_value = (srow or {}).get("status") or "no_data"
    has_data = breakdown in with_data
    head = [
        dcc.Link(t("back_overview", lang), href=url("/", lang), className="back-link"),
        html.Div(
            [
                html.H1(name, className="page-title"),
                status_badge(status_value if has_data else "no_data", lang, id="ind-status"),
            ],
            className="ind-head",
        ),
    ]
    if lang == "en" and meta.get("definition"):
        head.append(html.P(meta["definition"], className="definition"))
    tabs = breakdown_tabs(ind, breakdowns, breakdown, lang)
    if tabs is not None:
        head.append(tabs)
    facts = []
    if has_data:
        rows = one_series(ser, ind, breakdown, meta.get("kind", ""))
        last = rows.iloc[-1]
        facts.append(
            html.Div(
                [
                    big_value(last["value"], unit, last.get("qualifier"), lang, id="ind-latest"),
                    html.Div(
                        t(
                            "as_of",
                            lang,
                            period=fmt.period(
                                last.get("period_kind"),
                                last.get("period_start"),
                                last.get("period_end"),
                                lang,
                            ),
                        ),
                        className="card-date",
                    ),
                ],
                className="fact",
            )
        )
    if tg_list:
        facts.append(
            html.Div(
                [html.Div(t("targets_heading", lang), className="fact-label")]
                + [
                    html.Div(
                        t(
                            "target_short",
                            lang,
                            value=fmt.value(tg.get("target_value"), unit, lang),
                            date=fmt.date(tg.get("deadline"), lang),
                        ),
                        className="target-line",
                        title=str(tg.get("quote") or ""),
                    )
                    for tg in tg_list
                ],
                className="fact",
            )
        )
    elif has_data:
        facts.append(html.Div(t("no_target", lang), className="fact no-target"))
    if has_data and srow is not None:
        bar = (
            progress_bar(fmt.safe_float(srow.get("progress")), status_value, lang)
            if tg_list
            else None
        )
        facts.append(
            html.Div(
                [
                    html.Div(t("status_heading", lang), className="fact-label"),
                    bar,
                    html.P(
                        status_sentence(srow, unit, lang, explained),
                        id="status-sentence",
                        className="status-sentence",
                    ),
                ],
                className="fact fact-wide",
            )
        )
    body = head + [html.Div(facts, className="facts")]
    if not has_data:
        body.append(
            html.Div(
                missing_message(ind, meta.get("family", ""), lang),
                className="message message-info no-data-text",
                id="no-data-message",
            )
        )
        return body
    fig = indicator_figure(ser, meta, breakdown, tg_list, srow, lang, srow)
    obs = (
        observations[observations["indicator"] == ind]
        if observations is not None and not observations.empty
        else pd.DataFrame()
    )
    body += [
        html.Section(
            [
                html.H2(t("chart_heading", lang)),
                html.P(t("chart_hint", lang), className="hint"),
                dcc.Graph(
                    id="ind-chart", figure=fig, config=graph_config(lang), className="ind-chart"
                ),
            ],
            className="panel",
        ),
        html.Section(
            [
                html.H2(t("detail_heading", lang)),
                html.Div(detail_panel(None, lang), id="ind-detail", **{"aria-live": "polite"}),
            ],
            className="panel",
        ),
        html.Section(
            [
                html.H2(t("table_heading", lang)),
                html.P(t("table_hint", lang), className="hint"),
                observations_grid(observation_rows(obs, unit, lang), lang),
            ],
            className="panel",
        ),
        dcc.Store(id="ind-lang", data=lang),
    ]
    return body
