"""Small components shared by the cards and the indicator page: badge, bar, value, sparkline."""

from __future__ import annotations

import base64
import math

from dash import html

from layouts import fmt
from layouts.i18n import STATUS_ICONS, qualified, status_label, t

# Checked with colorspacious 1.1.2 (Machado 2009 protan/deutan/tritan simulation, severity 100)
# and tests/test_palette.py: off track and at risk were 8 ΔE apart for a deuteranope, now 17.
STATUS_COLOURS = {
    "off_track": "#a3211a",
    "at_risk": "#a06a00",
    "on_track": "#067647",
    "achieved": "#175cd3",
    "achieved_late": "#175cd3",
    "not_enough_data": "#475467",
    "improving": "#067647",
    "flat": "#475467",
    "worsening": "#a3211a",
    "no_data": "#98a2b3",
}


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
