"""Overview builders: one card per indicator, grouped by family, riskiest first.

`card_models` turns DataFrames (catalog, current series, targets, status table) into plain
dicts; `build_card` / `overview_body` turn those into components. No I/O here.
"""

from __future__ import annotations

import base64
import math

import pandas as pd
from dash import dcc, html

from layouts import fmt
from layouts.i18n import (
    STATUS_ICONS,
    breakdown_label,
    indicator_name,
    missing_message,
    qualified,
    status_label,
    t,
)
from layouts.shell import url
from metrics.fitting import select_main_period_kind

# Riskiest first. Targets before trends; indicators without data last.
STATUS_ORDER = {
    "off_track": 0,
    "at_risk": 1,
    "on_track": 2,
    "achieved": 3,
    "achieved_late": 3,
    "not_enough_data": 4,
    "worsening": 5,
    "flat": 6,
    "improving": 7,
    "no_data": 9,
}
TARGET_STATUSES = (
    "off_track",
    "at_risk",
    "on_track",
    "achieved",
    "achieved_late",
    "not_enough_data",
)
MET_STATUSES = ("achieved", "achieved_late")
BREAKDOWN_PREFERENCE = ("national", "localities", "ministries")
STATUS_COLOURS = {
    "off_track": "#b42318",
    "at_risk": "#b54708",
    "on_track": "#067647",
    "achieved": "#175cd3",
    "achieved_late": "#175cd3",
    "not_enough_data": "#475467",
    "improving": "#067647",
    "flat": "#475467",
    "worsening": "#b42318",
    "no_data": "#98a2b3",
}


# ---------------------------------------------------------------- series helpers
def _dates(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s, errors="coerce")


def primary_breakdown(breakdowns) -> str | None:
    """The breakdown a card shows: national when present, else localities, ministries, first."""
    present = [b for b in breakdowns if isinstance(b, str)]
    for b in BREAKDOWN_PREFERENCE:
        if b in present:
            return b
    return sorted(present)[0] if present else None


def primary_kind(rows: pd.DataFrame, kind: str = "") -> str | None:
    """The one period kind a card compares (metrics' choice: levels as_of, flows their finest span)."""
    if rows.empty or "period_kind" not in rows:
        return None
    kinds = [k for k in rows["period_kind"].dropna().unique()]
    chosen = select_main_period_kind(kinds, kind)
    if chosen is None:
        counts = rows["period_kind"].value_counts()
        chosen = str(counts.index[0]) if len(counts) else None
    return chosen


def one_series(
    series: pd.DataFrame, indicator: str, breakdown: str, kind: str = ""
) -> pd.DataFrame:
    """One indicator x breakdown x period kind, sorted by period end (the current values)."""
    if series.empty:
        return series
    rows = series[(series["indicator"] == indicator) & (series["breakdown"] == breakdown)]
    pk = primary_kind(rows, kind)
    if pk is not None:
        rows = rows[rows["period_kind"] == pk]
    rows = rows.assign(_end=_dates(rows["period_end"])).sort_values("_end")
    return rows.drop(columns="_end")


def year_on_year(rows: pd.DataFrame, tolerance_days: int = 20) -> tuple[float, float] | None:
    """(latest value, value a year earlier) when the series has the same period a year before."""
    if len(rows) < 2:
        return None
    ends = _dates(rows["period_end"])
    latest_end = ends.iloc[-1]
    target = latest_end - pd.DateOffset(years=1)
    diff = (ends - target).abs()
    idx = diff.idxmin()
    if pd.isna(diff.loc[idx]) or diff.loc[idx] > pd.Timedelta(days=tolerance_days):
        return None
    return float(rows["value"].iloc[-1]), float(rows.loc[idx, "value"])


def yoy_position(rows: pd.DataFrame, tolerance_days: int = 20) -> int | None:
    """Position (0-based) of the row a year before the latest one, when there is one."""
    if len(rows) < 2:
        return None
    ends = _dates(rows["period_end"]).reset_index(drop=True)
    diff = (ends - (ends.iloc[-1] - pd.DateOffset(years=1))).abs()
    pos = int(diff.idxmin())
    return pos if diff.iloc[pos] <= pd.Timedelta(days=tolerance_days) else None


def select_headline_rows(status: pd.DataFrame | None) -> pd.DataFrame:
    """out_status rows a card or a page headline: one per indicator x breakdown (metrics' choice)."""
    if status is None or status.empty:
        return pd.DataFrame(columns=["indicator", "breakdown"])
    return status[status["is_headline"].fillna(False).astype(bool)]


def find_headline_row(status: pd.DataFrame | None, indicator: str, breakdown: str) -> dict | None:
    """The headline out_status row of one indicator x breakdown, or None."""
    rows = select_headline_rows(status)
    match = rows[(rows["indicator"] == indicator) & (rows["breakdown"] == breakdown)]
    return match.iloc[0].to_dict() if not match.empty else None


def _status_lookup(status: pd.DataFrame) -> dict:
    rows = select_headline_rows(status)
    return {(r["indicator"], r["breakdown"]): r for r in rows.to_dict("records")}


def _targets_for(targets: pd.DataFrame, indicator: str, breakdown: str) -> list[dict]:
    if targets is None or targets.empty:
        return []
    rows = targets[targets["indicator"] == indicator]
    if "breakdown" in rows:
        same = rows[rows["breakdown"] == breakdown]
        rows = same if not same.empty else rows[rows["breakdown"] == "national"]
    rows = rows.assign(_d=_dates(rows["deadline"])).sort_values("_d")
    return rows.drop(columns="_d").to_dict("records")


# ---------------------------------------------------------------- view model
def card_model(
    cat_row: dict, series: pd.DataFrame, targets: pd.DataFrame, status_by_key: dict
) -> dict:
    """Everything a card shows for one indicator, as plain values (no formatting)."""
    ind = cat_row["id"]
    model = {
        "id": ind,
        "family": cat_row.get("family"),
        "name_vi": cat_row.get("name_vi"),
        "name_en": cat_row.get("name_en"),
        "unit": cat_row.get("unit"),
        "kind": cat_row.get("kind"),
        "direction": cat_row.get("direction", "higher"),
        "has_data": False,
        "status": "no_data",
        "targets": [],
        "points": [],
        "others": [],
    }
    rows_all = series[series["indicator"] == ind] if not series.empty else series
    breakdown = primary_breakdown(rows_all["breakdown"].unique()) if not rows_all.empty else None
    model["breakdown"] = breakdown or "national"
    model["targets"] = _targets_for(targets, ind, model["breakdown"])
    srow = status_by_key.get((ind, model["breakdown"]))
    if srow is not None:  # the refresh's headline row: the card never judges for itself
        model["status"] = srow.get("status") or "no_data"
        model["progress"] = fmt.safe_float(srow.get("progress"))
        model["status_target_value"] = fmt.safe_float(srow.get("target_value"))
        model["status_deadline"] = srow.get("deadline")
        model["status_reached_date"] = srow.get("reached_date")
    if breakdown is None:
        return model
    rows = one_series(series, ind, breakdown, model["kind"] or "")
    if rows.empty:
        return model
    last = rows.iloc[-1]
    model.update(
        has_data=True,
        latest_value=float(last["value"]),
        latest_kind=last.get("period_kind"),
        latest_start=last.get("period_start"),
        latest_end=last.get("period_end"),
        qualifier=last.get("qualifier") or "",
        points=[
            (fmt.to_date(e), float(v))
            for e, v in zip(rows["period_end"], rows["value"], strict=False)
            if fmt.to_date(e) is not None
        ],
    )
    if len(rows) >= 2:
        prev = rows.iloc[-2]
        model.update(
            prev_value=float(prev["value"]),
            prev_kind=prev.get("period_kind"),
            prev_start=prev.get("period_start"),
            prev_end=prev.get("period_end"),
        )
    yoy = year_on_year(rows)
    # a year-on-year line only when it adds something (the previous value is not the year-ago one)
    if yoy is not None and not (len(rows) >= 2 and len(rows) - 2 == yoy_position(rows)):
        model["yoy"] = yoy
    for bd in sorted(b for b in rows_all["breakdown"].unique() if b != breakdown):
        other = one_series(series, ind, bd, model["kind"] or "")
        if not other.empty:
            model["others"].append((bd, float(other["value"].iloc[-1])))
    return model


def card_models(
    catalog: pd.DataFrame, series: pd.DataFrame, targets: pd.DataFrame, status: pd.DataFrame
) -> list[dict]:
    """One model per catalog indicator, in catalog order."""
    lookup = _status_lookup(status)
    cat = catalog.to_dict("records")
    return [card_model(row, series, targets, lookup) for row in cat]


def sort_key(model: dict) -> tuple:
    """Riskiest first; among equals the least progress first."""
    rank = STATUS_ORDER.get(model.get("status"), 8)
    if model.get("status") == "not_enough_data" and not model.get("targets"):
        rank = 8
    if not model.get("has_data"):
        rank = STATUS_ORDER["no_data"]
    progress = model.get("progress")
    return (rank, progress if progress is not None else 2.0)


def order_cards(models: list[dict]) -> list[dict]:
    """Stable sort of a family's cards, riskiest first (catalog order breaks ties)."""
    return sorted(models, key=sort_key)


# ---------------------------------------------------------------- components
def sparkline_svg(
    points: list[tuple], colour: str = "#1d4ed8", width: int = 140, height: int = 36
) -> str:
    """An inline SVG sparkline as a data: URI (cheap: no plotly figure per card)."""
    pts = [(d, v) for d, v in points if d is not None and v is not None]
    if not pts:
        return ""
    xs = [d.toordinal() for d, _ in pts]
    ys = [v for _, v in pts]
    pad = 4
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    sx = (width - 2 * pad) / (x1 - x0) if x1 > x0 else 0
    sy = (height - 2 * pad) / (y1 - y0) if y1 > y0 else 0

    def xy(x, y):
        px = pad + (x - x0) * sx if sx else width / 2
        py = height - pad - (y - y0) * sy if sy else height / 2
        return round(px, 1), round(py, 1)

    coords = [xy(x, y) for x, y in zip(xs, ys, strict=True)]
    path = " ".join(f"{x},{y}" for x, y in coords)
    lx, ly = coords[-1]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">'
        + (
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" stroke-linejoin="round" '
            f'points="{path}"/>'
            if len(coords) > 1
            else ""
        )
        + "".join(f'<circle cx="{x}" cy="{y}" r="1.8" fill="{colour}"/>' for x, y in coords[:-1])
        + f'<circle cx="{lx}" cy="{ly}" r="3.2" fill="{colour}"/></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def status_badge(status: str, lang: str, id=None) -> html.Span:
    """Status in colour AND words (with a symbol), never colour alone."""
    status = status or "no_data"
    kwargs = {"id": id} if id else {}
    return html.Span(
        [
            html.Span(
                STATUS_ICONS.get(status, "·"), className="badge-icon", **{"aria-hidden": "true"}
            ),
            html.Span(status_label(status, lang), className="badge-text"),
        ],
        className=f"badge badge-{status}",
        **kwargs,
    )


def progress_bar(progress: float | None, status: str, lang: str) -> html.Div | None:
    """A bar filled to the share of the way from baseline to target (capped 0..100%)."""
    if progress is None:
        return None
    share = min(max(progress, 0.0), 1.0)
    # Rounded down: 99.6% of the way is not "100%" beside a target not yet met.
    pct_text = fmt.number(math.floor(share * 100), lang, 0) + "%"
    return html.Div(
        [
            html.Div(
                html.Div(
                    className=f"progress-fill fill-{status}", style={"width": f"{share * 100:.1f}%"}
                ),
                className="progress",
                role="progressbar",
                **{
                    "aria-valuenow": f"{share * 100:.0f}",
                    "aria-valuemin": "0",
                    "aria-valuemax": "100",
                },
            ),
            html.Div(t("progress_label", lang, pct=pct_text), className="progress-label"),
        ],
        className="progress-block",
    )


def _target_lines(model: dict, lang: str) -> list:
    lines = []
    for tg in model["targets"]:
        value = fmt.value(tg.get("target_value"), model["unit"], lang)
        comparator = tg.get("comparator") or ""
        if comparator == "<=" and model["unit"] != "rank":
            value = "≤ " + value
        deadline = fmt.to_date(tg.get("deadline"))
        text = t("target_line", lang, value=value, date=fmt.date(deadline, lang))
        latest = fmt.to_date(model.get("latest_end"))
        overdue = deadline is not None and latest is not None and deadline < latest
        if model.get("status") in MET_STATUSES and deadline == fmt.to_date(
            model.get("status_deadline")
        ):
            overdue = False  # met: the late line gives both dates instead of a red "overdue"
        lines.append(
            html.Div(
                [
                    text,
                    html.Span(" · " + t("overdue", lang), className="overdue") if overdue else None,
                ],
                className="target-line",
            )
        )
    return lines


def _late_line(model: dict, lang: str) -> html.Div | None:
    """Both dates of a target met after its deadline: the deadline and the day it was reached."""
    if model.get("status") != "achieved_late":
        return None
    deadline = fmt.to_date(model.get("status_deadline"))
    reached = fmt.to_date(model.get("status_reached_date"))
    text = t(
        "achieved_late_dates",
        lang,
        deadline=fmt.date(deadline, lang),
        reached=fmt.date(reached, lang),
    )
    return html.Div(text, className="late-line")


def _change_line(model: dict, lang: str) -> html.Div | None:
    if "prev_value" not in model:
        return None
    delta = model["latest_value"] - model["prev_value"]
    better = (delta > 0) == (model["direction"] != "lower")
    cls = "flat" if delta == 0 else ("good" if better else "bad")
    arrow = "→" if delta == 0 else ("▲" if delta > 0 else "▼")
    period = fmt.period(
        model.get("prev_kind"), model.get("prev_start"), model.get("prev_end"), lang
    )
    text = t(
        "since_previous",
        lang,
        change=fmt.change(delta, model["unit"], lang, previous=model["prev_value"]),
        period=period,
    )
    return html.Div(
        [html.Span(arrow + " ", className=f"arrow {cls}"), text], className="change-line"
    )


def _yoy_line(model: dict, lang: str) -> html.Div | None:
    if "yoy" not in model:
        return None
    latest, before = model["yoy"]
    delta = latest - before
    text = t("yoy", lang, change=fmt.change(delta, model["unit"], lang, previous=before))
    return html.Div(text, className="change-line yoy-line")


def big_value(val: float, unit: str, qualifier: str | None, lang: str, id=None) -> html.Div:
    """The latest value: the number large, qualifier and unit words small ('gần 26,8 triệu')."""
    prefix, number, suffix = fmt.value_parts(val, unit, lang)
    prefix = qualified(prefix, qualifier, lang).strip()
    kwargs = {"id": id} if id else {}
    return html.Div(
        [
            html.Span(prefix + " ", className="value-affix") if prefix else None,
            html.Span(number, className="value-number"),
            html.Span(("" if suffix == "%" else " ") + suffix, className="value-affix")
            if suffix
            else None,
        ],
        className="card-value",
        title=qualified(fmt.value(val, unit, lang), qualifier, lang),
        **kwargs,
    )


def build_card(model: dict, lang: str = "vi") -> dcc.Link:
    """One indicator card; the whole card links to the indicator page."""
    lang = fmt.norm_lang(lang)
    name = indicator_name(model, lang)
    href = url("/indicator", lang, id=model["id"], breakdown=model.get("breakdown"))
    status = model.get("status") or "no_data"
    if not model.get("has_data"):
        body = [
            html.Div(
                [html.H3(name, className="card-title"), status_badge("no_data", lang)],
                className="card-head",
            ),
            html.P(
                missing_message(model["id"], model.get("family", ""), lang),
                className="no-data-text",
            ),
        ]
        if model["targets"]:
            body += _target_lines(model, lang)
        return dcc.Link(
            html.Article(body, className="card card-nodata"),
            href=href,
            className="card-link",
            id=f"card-{model['id']}",
        )
    period = fmt.period(
        model.get("latest_kind"), model.get("latest_start"), model.get("latest_end"), lang
    )
    head = html.Div(
        [html.H3(name, className="card-title"), status_badge(status, lang)], className="card-head"
    )
    value_row = html.Div(
        [
            html.Div(
                [
                    big_value(model["latest_value"], model["unit"], model.get("qualifier"), lang),
                    html.Div(t("as_of", lang, period=period), className="card-date"),
                ]
            ),
            html.Img(
                src=sparkline_svg(model["points"], STATUS_COLOURS.get(status, "#1d4ed8")),
                className="sparkline",
                alt=t("sparkline_alt", lang, name=name),
            )
            if len(model["points"]) >= 2
            else None,
        ],
        className="card-value-row",
    )
    body = [head, value_row]
    change = _change_line(model, lang)
    if change is not None:
        body.append(change)
    if model["targets"]:
        body += _target_lines(model, lang)
        late = _late_line(model, lang)
        if late is not None:
            body.append(late)
        bar = progress_bar(model.get("progress"), status, lang)
        if bar is not None:
            body.append(bar)
    else:
        body.append(html.Div(t("no_target", lang), className="no-target"))
        yoy = _yoy_line(model, lang)
        if yoy is not None:
            body.append(yoy)
    if model["others"]:
        items = " · ".join(
            f"{breakdown_label(bd, lang)} {fmt.value(v, model['unit'], lang)}"
            for bd, v in model["others"]
        )
        body.append(html.Div(t("other_breakdowns", lang, items=items), className="others-line"))
    return dcc.Link(
        html.Article(body, className=f"card card-{status}"),
        href=href,
        className="card-link",
        id=f"card-{model['id']}",
    )


def family_summary(models: list[dict], lang: str) -> str:
    """'2 Chậm tiến độ · 1 Đúng tiến độ · 3 chỉ số chưa có số liệu'."""
    counts: dict[str, int] = {}
    for m in models:
        key = m["status"] if m.get("has_data") else "no_data"
        counts[key] = counts.get(key, 0) + 1
    parts = [
        f"{counts[s]} {status_label(s, lang).lower()}"
        for s in sorted(counts, key=lambda s: STATUS_ORDER.get(s, 8))
        if s != "no_data"
    ]
    if counts.get("no_data"):
        parts.append(t("family_no_data", lang, n=counts["no_data"]))
    return " · ".join(parts)


def family_section(family: dict, models: list[dict], lang: str) -> html.Section:
    """A family heading, its summary line and its cards (riskiest first, no-data last)."""
    ordered = order_cards(models)
    name = family.get(f"name_{lang}") or family.get("name_vi")
    return html.Section(
        [
            html.Div(
                [
                    html.H2(name, className="family-title"),
                    html.Div(family_summary(models, lang), className="family-summary"),
                ],
                className="family-head",
            ),
            html.Div([build_card(m, lang) for m in ordered], className="card-grid"),
        ],
        className="family",
        id=f"family-{family['id']}",
    )


def overview_body(
    catalog: pd.DataFrame,
    families: pd.DataFrame,
    series: pd.DataFrame,
    targets: pd.DataFrame,
    status: pd.DataFrame,
    lang: str = "vi",
) -> list:
    """The overview page body: heading, intro, one section per family in family order."""
    lang = fmt.norm_lang(lang)
    models = card_models(catalog, series, targets, status)
    sections = []
    for fam in families.sort_values("order").to_dict("records"):
        fam_models = [m for m in models if m["family"] == fam["id"]]
        if fam_models:
            sections.append(family_section(fam, fam_models, lang))
    return [
        html.H1(t("overview_heading", lang), className="page-title"),
        html.P(t("overview_intro", lang), className="intro"),
        *sections,
    ]
