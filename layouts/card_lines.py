"""The lines of a card under its value: targets, late dates, change, year on year, review, splits."""

from __future__ import annotations

from dash import html

from layouts import fmt
from layouts.i18n import breakdown_label, t
from layouts.widgets import big_value

MET_STATUSES = ("achieved", "achieved_late")


def list_target_lines(model: dict, lang: str) -> list:
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


def build_late_line(model: dict, lang: str) -> html.Div | None:
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


def build_change_line(model: dict, lang: str) -> html.Div | None:
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


def build_yoy_line(model: dict, lang: str) -> html.Div | None:
    if "yoy" not in model:
        return None
    latest, before = model["yoy"]
    delta = latest - before
    text = t("yoy", lang, change=fmt.change(delta, model["unit"], lang, previous=before))
    return html.Div(text, className="change-line yoy-line")


def pending_line(model: dict, lang: str) -> html.Div | None:
    """'1 giá trị mới chờ rà soát': a value in review is announced on its card, not hidden."""
    newer, total = model.get("pending") or (0, 0)
    if not total:
        return None
    n, key = (newer, "pending_newer") if newer else (total, "pending")
    text = t(f"{key}_one" if n == 1 else f"{key}_many", lang, n=fmt.number(n, lang, 0))
    return html.Div(
        text,
        className="pending-line",
        id=f"pending-{model['id']}",
    )


def split_values(model: dict, lang: str) -> html.Div:
    """Every split of an indicator with no national figure, each value under its group's name."""
    parts = [(model["breakdown"], model["latest_value"], model.get("qualifier"))]
    parts += [(bd, v, None) for bd, v in model["others"]]
    return html.Div(
        [html.Div(t("split_only", lang), className="split-note")]
        + [
            html.Div(
                [
                    html.Div(breakdown_label(bd, lang), className="split-label"),
                    big_value(v, model["unit"], q, lang),
                ],
                className="split-item",
            )
            for bd, v, q in parts
        ],
        className="split-values",
    )
