"""The indicator chart: one trace per breakdown and period kind, targets, required path, projection.

Pure functions over DataFrames and dicts (no I/O).
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from layouts import fmt
from layouts.headline import primary_kind, to_dates
from layouts.i18n import STRINGS, breakdown_label, t
from layouts.records import LEVELS, RECORD_FIELDS, breakdown_order, source_record

# Blue, amber, green and the target's red stay apart under the colour-blind simulations
# (tests/test_palette.py); the old violet ministries line was 7 ΔE from national for a deuteranope.
BREAKDOWN_COLOURS = {
    "national": "#1d4ed8",
    "ministries": "#a06a00",
    "localities": "#047857",
}
OTHER_COLOURS = ["#c2410c", "#4d7c0f", "#be185d", "#0f766e"]
TARGET_COLOUR = "#a3211a"
FONT = "Inter, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"


# ---------------------------------------------------------------- figure helpers
POINT_COLUMNS = [
    "indicator", "breakdown", "period_kind", "period_start", "period_end", "value",
    "observation_id",
]  # fmt: skip


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


KIND_SYMBOLS = ["circle", "diamond", "square", "triangle-up", "x"]
KIND_DASHES = ["solid", "dot", "dash", "dashdot", "longdash"]
# Days between consecutive periods of a kind; a longer step means missing periods between.
KIND_STEP_DAYS = {"month": 31, "quarter": 92, "half": 184, "year": 366}


def split_by_kind(
    series: pd.DataFrame, indicator: str, breakdown: str, kind: str = ""
) -> list[tuple[str, pd.DataFrame]]:
    """(period kind, rows by period end) of one breakdown, metrics' main kind first."""
    if series.empty:
        return []
    rows = series[(series["indicator"] == indicator) & (series["breakdown"] == breakdown)]
    main = primary_kind(rows, kind)
    kinds = sorted(rows["period_kind"].dropna().unique(), key=lambda k: (k != main, str(k)))
    out = []
    for k in kinds:
        part = rows[rows["period_kind"] == k]
        part = part.assign(_end=to_dates(part["period_end"])).sort_values("_end")
        out.append((str(k), part.drop(columns="_end")))
    return out


# A breakdown with more points than this draws as a line when it is not the one shown.
MARKED_POINTS = 24
# Beyond this many breakdowns the chart draws the levels and the breakdown shown, not every province.
MANY_BREAKDOWNS = 8


def insert_gaps(dates: list, values: list, data: list, kind: str) -> tuple[list, list, list]:
    """Put a None between two periods with missing periods between them, so no line bridges it."""
    step = KIND_STEP_DAYS.get(kind)
    if step is None or len(dates) < 2:
        return list(dates), list(values), list(data)
    xs, ys, cs = [dates[0]], [values[0]], [data[0]]
    for before, d, v, c in zip(dates, dates[1:], values[1:], data[1:], strict=False):
        if before is not None and d is not None and (d - before).days > step * 1.5:
            xs.append(None)
            ys.append(None)
            cs.append(None)
        xs.append(d)
        ys.append(v)
        cs.append(c)
    return xs, ys, cs


def observation_trace(
    rows: pd.DataFrame,
    kind: str,
    position: int,
    breakdown: str,
    selected: bool,
    colour: str,
    unit: str,
    lang: str,
    name_kind: bool,
) -> go.Scatter:
    """One breakdown x period kind: its own marker and dash, its name in the legend. The
    breakdown shown carries each point's source record (report and quote on hover); another
    breakdown's points carry only their id, its record read when clicked (a chart of 66
    breakdowns would otherwise ship every quote)."""
    if selected:
        records = [source_record(r, unit, lang) for r in rows.to_dict("records")]
        data = [[r[f] for f in RECORD_FIELDS] for r in records]
    else:
        data = rows["observation_id"].astype(str).tolist()
    xs, ys, cs = insert_gaps(
        [fmt.to_date(d) for d in rows["period_end"]],
        rows["value"].astype(float).tolist(),
        data,
        kind,
    )
    if not selected:  # an array, not lists: plotly checks an array at once, a list item by item
        xs, ys, cs = (np.array(v, dtype=object) for v in (xs, ys, cs))
    name = breakdown_label(breakdown, lang)
    if name_kind:
        name += " · " + t(f"pk_{kind}", lang) if f"pk_{kind}" in STRINGS else f" · {kind}"
    hover = (
        "<b>%{customdata[2]}</b> · %{customdata[1]}<br>"
        + t("hover_report", lang)
        + ": %{customdata[4]} (%{customdata[5]})<br>"
        "<i>“%{customdata[7]}”</i><extra>%{customdata[3]}</extra>"
        if selected
        else "<b>%{y:,}</b> · %{x|%d/%m/%Y}<extra>" + name + "</extra>"
    )
    symbol = KIND_SYMBOLS[position % len(KIND_SYMBOLS)]
    # Another breakdown's long series is a line: styling its every marker made the browser draw
    # a 66-breakdown chart for 5-6 s; a short one keeps its markers, or a lone point would vanish.
    markers = selected or len(rows) <= MARKED_POINTS
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines+markers" if markers else "lines",
        name=name,
        connectgaps=False,
        line={
            "color": colour,
            "width": 3 if selected else 2,
            "dash": KIND_DASHES[position % len(KIND_DASHES)],
        },
        marker={
            "size": (11 if selected else 8) + (2 if symbol != "circle" else 0),
            "symbol": symbol,
            "color": colour,
            "line": {"color": "white", "width": 1.5},
        },
        customdata=cs,
        hovertemplate=hover,
    )


def month_ticks(dates: list, lang: str, most: int = 6) -> dict:
    """x ticks on month starts, one label per tick and never the same label twice."""
    ds = [d for d in dates if d is not None]
    if not ds:
        return {}
    lo, hi = min(ds), max(ds)
    first = lo.year * 12 + lo.month - 1
    last = hi.year * 12 + hi.month - 1
    for step in (1, 2, 3, 6, 12, 24, 60):
        # aligned on January so a 3-month step falls on quarters, 12 on years
        months = [m for m in range(first, last + 1) if m % step == 0] or [first]
        if len(months) <= most:
            break
    vals = [dt.date(m // 12, m % 12 + 1, 1) for m in months]
    if lang == "vi":
        text = [f"{d.month:02d}/{d.year}" if step < 12 else str(d.year) for d in vals]
    else:
        text = [d.strftime("%b %Y") if step < 12 else str(d.year) for d in vals]
    return {"tickvals": vals, "ticktext": text}


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
    if len(breakdowns) > MANY_BREAKDOWNS:
        # 63 provinces' lines (and a legend of 66) read as none: the levels and the breakdown
        # shown are drawn; the scope buttons above the chart pick any other
        breakdowns = [b for b in breakdowns if b == breakdown or b in LEVELS]
    primary = pd.DataFrame()
    own = series[series["indicator"] == meta["id"]] if not series.empty else series
    # Other breakdowns draw from a few columns (quotes and titles stay out of their copies).
    narrow = own[[c for c in POINT_COLUMNS if c in own.columns]]
    by_breakdown = {bd: rows for bd, rows in narrow.groupby("breakdown", sort=False)}
    if breakdown in by_breakdown:
        by_breakdown[breakdown] = own[own["breakdown"] == breakdown]
    traces = [
        (bd, kind, rows)
        for bd in breakdowns
        for kind, rows in split_by_kind(
            by_breakdown.get(bd, own.iloc[0:0]), meta["id"], bd, meta.get("kind", "")
        )
    ]
    several_kinds = len({kind for _, kind, _ in traces}) > 1
    for i, bd in enumerate(breakdowns):
        kinds = [(kind, rows) for b, kind, rows in traces if b == bd]
        colour = BREAKDOWN_COLOURS.get(bd, OTHER_COLOURS[i % len(OTHER_COLOURS)])
        for k, (kind, rows) in enumerate(kinds):
            if bd == breakdown and k == 0:
                primary = rows  # the kind the card, the status and the projection compare
            ys += [float(v) for v in rows["value"]]
            fig.add_trace(
                observation_trace(
                    rows, kind, k, bd, bd == breakdown, colour, unit, lang, several_kinds
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
        uirevision="indicator",  # a click's ring redraws the figure: keep the reader's zoom
        hoverlabel={"bgcolor": "white", "font": {"size": 13, "family": FONT}, "align": "left"},
        # Above the plot: below it, a phone's turned tick labels ran under the legend.
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left"},
        xaxis={
            "type": "date",
            "gridcolor": "#f2f4f7",
            "hoverformat": "%d/%m/%Y" if lang == "vi" else "%d %b %Y",
            "automargin": True,
            **month_ticks(xs_all(fig), lang),
        },
        yaxis=yaxis,
    )
    return fig


def xs_all(fig: go.Figure) -> list:
    """Every x of every trace (dates), for the axis ticks."""
    return [x for tr in fig.data for x in (() if tr.x is None else tr.x) if x is not None]


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
