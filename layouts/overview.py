"""Overview builders: one card per indicator, grouped by family, riskiest first.

`card_models` turns DataFrames (catalog, current series, targets, status table) into plain
dicts; `build_card` / `overview_body` turn those into components. No I/O here.
"""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from layouts import fmt
from layouts.card_data import list_other_values, select_card_rows, summarise_latest
from layouts.card_lines import (
    build_change_line,
    build_late_line,
    build_yoy_line,
    list_target_lines,
    pending_line,
    split_values,
)
from layouts.headline import (
    count_pending,
    one_series,
    primary_breakdown,
    select_headline_rows,
    to_dates,
    year_on_year,
    yoy_position,
)
from layouts.i18n import (
    breakdown_label,
    indicator_name,
    missing_message,
    status_label,
    t,
)
from layouts.shell import url
from layouts.widgets import STATUS_COLOURS, big_value, progress_bar, sparkline_svg, status_badge
from metrics.wording import explain_card_trend

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


# ---------------------------------------------------------------- view model
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
    rows = rows.assign(_d=to_dates(rows["deadline"])).sort_values("_d")
    return rows.drop(columns="_d").to_dict("records")


def card_model(
    cat_row: dict,
    series: pd.DataFrame,
    targets: pd.DataFrame,
    status_by_key: dict,
    pending_by_indicator: dict | None = None,
    others: list | None = None,
) -> dict:
    """Everything a card shows for one indicator, as plain values (no formatting): `series`
    holds the current values of the breakdown the card shows, `others` the newest value of
    every other breakdown."""
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
        "pending": (pending_by_indicator or {}).get(ind, (0, 0)),
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
        model["status_row"] = dict(srow)  # the refresh's trend fields, for the card's reason
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
    model["others"] = list(others or [])
    # No national figure: the card shows every split, each named, never one unlabelled.
    model["split_only"] = breakdown != "national" and bool(model["others"])
    return model


def card_models(
    catalog: pd.DataFrame,
    series: pd.DataFrame,
    targets: pd.DataFrame,
    status: pd.DataFrame,
    pending: pd.DataFrame | None = None,
    latest: pd.DataFrame | None = None,
) -> list[dict]:
    """One model per catalog indicator, in catalog order. `series`: current values (all, or
    only each card's breakdown as read_card_series reads them when `latest` is given);
    `latest`: newest value per indicator x breakdown x period kind (read_latest_per_kind)."""
    lookup = _status_lookup(status)
    waiting = count_pending(pending)
    rows = select_card_rows(series)
    latest = summarise_latest(series) if latest is None else latest
    by_indicator = {ind: g for ind, g in rows.groupby("indicator", sort=False)}
    shown = {ind: g["breakdown"].iloc[0] for ind, g in by_indicator.items()}
    others = list_other_values(latest, catalog, shown)
    empty = rows.iloc[0:0]
    return [
        card_model(
            row,
            by_indicator.get(row["id"], empty),
            targets,
            lookup,
            waiting,
            others.get(row["id"]),
        )
        for row in catalog.to_dict("records")
    ]


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


def trend_reason(model: dict, lang: str) -> str | None:
    """Why a trend status, unless the card's year-on-year line already says it.

    "+3,7 điểm %" beside "Đi ngang", or "không đổi so với kỳ trước" beside "Đang cải thiện",
    each needs its reason: the method's ±5% band, or the trend the status was judged on.
    """
    row = model.get("status_row")
    if not row or not model.get("has_data"):
        return None
    if model["status"] != "flat" and row.get("trend_signal") == "yoy" and "yoy" in model:
        return None
    return explain_card_trend({**row, "indicator": model["id"]}, lang)


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
        body.append(pending_line(model, lang))
        if model["targets"]:
            body += list_target_lines(model, lang)
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
    headline = (
        split_values(model, lang)
        if model.get("split_only")
        else big_value(model["latest_value"], model["unit"], model.get("qualifier"), lang)
    )
    value_row = html.Div(
        [
            html.Div(
                [headline, html.Div(t("as_of", lang, period=period), className="card-date")],
                className="split-head" if model.get("split_only") else None,
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
    body = [head, value_row, pending_line(model, lang)]
    change = build_change_line(model, lang)
    if change is not None:
        body.append(change)
    if model["targets"]:
        body += list_target_lines(model, lang)
        late = build_late_line(model, lang)
        if late is not None:
            body.append(late)
        bar = progress_bar(model.get("progress"), status, lang)
        if bar is not None:
            body.append(bar)
    else:
        body.append(html.Div(t("no_target", lang), className="no-target"))
        yoy = build_yoy_line(model, lang)
        if yoy is not None:
            body.append(yoy)
        reason = trend_reason(model, lang)
        if reason is not None:
            body.append(html.Div(reason, className="flat-reason"))
    if model["others"] and not model.get("split_only"):
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
    pending: pd.DataFrame | None = None,
    models: list[dict] | None = None,
    panel=None,
) -> list:
    """The overview page body: heading, intro, the changes panel, one section per family in
    family order (`models`: the cards' models when already built for this data version)."""
    lang = fmt.norm_lang(lang)
    if models is None:
        models = card_models(catalog, series, targets, status, pending)
    sections = []
    for fam in families.sort_values("order").to_dict("records"):
        fam_models = [m for m in models if m["family"] == fam["id"]]
        if fam_models:
            sections.append(family_section(fam, fam_models, lang))
    return [
        html.H1(t("overview_heading", lang), className="page-title"),
        html.P(t("overview_intro", lang), className="intro"),
        panel,
        *sections,
    ]
