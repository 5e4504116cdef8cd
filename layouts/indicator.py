"""Indicator page builders: the page body (head, facts, chart, source panel, value table).

Pure functions over DataFrames and dicts; the page module feeds them from `layouts.source`.
The chart lives in `layouts.chart`, the observations table in `layouts.obs_grid`, the source
panel in `layouts.source_panel`, the status sentence in `layouts.status_text`, the source
records they carry in `layouts.records`.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd
from dash import dcc, html

from layouts import fmt, url_state
from layouts.bad_filters import bad_filter_message
from layouts.card_lines import pending_line
from layouts.chart import graph_config, indicator_figure
from layouts.figure_json import plain_figure
from layouts.headline import count_pending, find_headline_row, one_series, primary_breakdown
from layouts.i18n import (
    breakdown_label,
    indicator_name,
    missing_message,
    t,
)
from layouts.not_found import suggest
from layouts.obs_grid import observation_rows, observations_grid, observations_stack
from layouts.records import breakdown_order
from layouts.shell import url
from layouts.source_panel import detail_panel
from layouts.status_text import status_sentence
from layouts.widgets import big_value, progress_bar, status_badge
from metrics.catalog import load_catalog


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


def choose_breakdown(
    series: pd.DataFrame, targets: pd.DataFrame | None, breakdown: str | None
) -> tuple[list[str], str]:
    """(every breakdown with data or a target, the one shown: asked for, else the card's)."""
    with_data = list(series["breakdown"].unique()) if not series.empty else []
    with_target = (
        list(targets["breakdown"].unique())
        if targets is not None and not targets.empty and "breakdown" in targets
        else []
    )
    breakdowns = sorted(set(with_data) | set(with_target), key=breakdown_order)
    if breakdown not in breakdowns:
        breakdown = primary_breakdown(with_data) or (breakdowns[0] if breakdowns else "national")
    return breakdowns, breakdown


def indicator_body(
    meta: dict,
    series: pd.DataFrame,
    targets: pd.DataFrame,
    status: pd.DataFrame,
    observations: pd.DataFrame,
    breakdown: str | None,
    lang: str = "vi",
    explained: str | None = None,
    pending: pd.DataFrame | None = None,
    selected: dict | None = None,
    bad: list | None = None,
) -> list:
    """The indicator page body for one indicator (all frames may be unfiltered); `selected`:
    the source record of the URL's point (obs=), `bad`: URL values that name nothing."""
    lang = fmt.norm_lang(lang)
    ind = meta["id"]
    unit = meta.get("unit", "")
    ser = series[series["indicator"] == ind] if not series.empty else series
    tgs = (
        targets[targets["indicator"] == ind]
        if targets is not None and not targets.empty
        else pd.DataFrame()
    )
    asked = breakdown
    breakdowns, breakdown = choose_breakdown(ser, tgs, breakdown)
    bad = list(bad or [])
    if asked and asked not in breakdowns:  # named, not silently swapped for the card's
        bad.insert(0, ("breakdown", asked, suggest(asked, breakdowns)))
    with_data = list(ser["breakdown"].unique()) if not ser.empty else []
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
        bad_filter_message(bad, lang, "ind-bad-url"),
    ]
    definition = meta.get("definition_vi" if lang == "vi" else "definition")
    if isinstance(definition, str) and definition:
        head.append(html.P(name_ids(definition, lang), className="definition", id="ind-definition"))
    waiting = pending_line({"id": ind, "pending": count_pending(pending).get(ind)}, lang)
    if waiting is not None:  # the same announcement as the card's
        head.append(waiting)
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
    obs_rows = observation_rows(obs, unit, lang)
    body += [
        html.Section(
            [
                html.H2(t("chart_heading", lang)),
                html.P(t("chart_hint", lang), className="hint"),
                dcc.Graph(
                    id="ind-chart",
                    figure=plain_figure(fig),
                    config=graph_config(lang),
                    className="ind-chart",
                ),
            ],
            className="panel",
        ),
        html.Section(
            [
                html.H2(t("detail_heading", lang)),
                html.Div(detail_panel(selected, lang), id="ind-detail", **{"aria-live": "polite"}),
            ],
            className="panel",
        ),
        html.Section(
            [
                html.H2(t("table_heading", lang)),
                html.P(t("table_hint", lang), className="hint"),
                observations_grid(
                    obs_rows, lang, selected_id=(selected or {}).get("observation_id")
                ),
                observations_stack(obs_rows, lang, (selected or {}).get("observation_id")),
            ],
            className="panel",
        ),
        dcc.Store(id="ind-lang", data=lang),
        dcc.Store(id="ind-view", data={"id": ind, "breakdown": breakdown, "lang": lang}),
        url_state.location(),
    ]
    return body


def name_ids(text: str, lang: str) -> list:
    """A definition's text with each indicator id it mentions ("… thì là
    full_process_provision_rate") shown as that indicator's name, linked to its page."""
    catalog = load_catalog()
    parts = id_pattern().split(text)
    return [
        dcc.Link(str(catalog.loc[p, f"name_{lang}"]), href=url("/indicator", lang, id=p))
        if i % 2
        else p
        for i, p in enumerate(parts)
        if p
    ]


@cache
def id_pattern() -> re.Pattern:
    """The catalog's indicator ids as one pattern (longest first), compiled once per process."""
    ids = sorted(load_catalog().index, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, ids)) + r")\b")
