"""A small line chart drawn with reportlab's own graphics (no browser, no plotting library).

The values, a dashed target line, the first and last dates and the value range, labelled in
the briefing's language; status in words above it, never colour alone.
"""

from __future__ import annotations

import pandas as pd
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from metrics.wording import format_date

HEIGHT = 92  # points
INK = colors.HexColor("#1f4e79")
TARGET = colors.HexColor("#b03a2e")
GREY = colors.HexColor("#777777")


def draw_chart(chart: dict, width: float) -> Drawing:
    """Return a Drawing of one indicator's series against its target."""
    drawing = Drawing(width, HEIGHT)
    drawing.add(String(2, HEIGHT - 9, shorten(chart["title"], width), fontName="Brief-CondBold",
                       fontSize=6.8))  # fmt: skip
    drawing.add(String(2, HEIGHT - 18, chart["status"], fontName="Brief-Cond", fontSize=6.5,
                       fillColor=GREY))  # fmt: skip
    left, bottom, right, top = 34, 14, width - 6, HEIGHT - 24
    drawing.add(Rect(left, bottom, right - left, top - bottom, strokeColor=colors.HexColor(
        "#bbbbbb"), fillColor=None, strokeWidth=0.4))  # fmt: skip
    dates = [pd.Timestamp(d) for d in chart["dates"]]
    values = list(chart["values"])
    target = chart.get("target")
    has_target = target is not None and not pd.isna(target)
    if not values:
        return drawing
    span = values + ([float(target)] if has_target else [])
    low, high = min(span), max(span)
    if high == low:
        low, high = low - 1, high + 1
    first, last = min(dates), max(dates + ([pd.Timestamp(chart["deadline"])] if has_target
                                          and pd.notna(chart.get("deadline")) else []))  # fmt: skip
    days = max((last - first).days, 1)

    def x(date) -> float:
        return left + (right - left) * (pd.Timestamp(date) - first).days / days

    def y(value) -> float:
        return bottom + (top - bottom) * (float(value) - low) / (high - low)

    if has_target:
        drawing.add(Line(left, y(target), right, y(target), strokeColor=TARGET, strokeWidth=0.7,
                         strokeDashArray=[2, 1.5]))  # fmt: skip
        drawing.add(String(right - 1, y(target) + 2, chart["format"](target), fontName="Brief-Cond",
                           fontSize=5.8, fillColor=TARGET, textAnchor="end"))  # fmt: skip
    points = [coordinate for d, v in zip(dates, values, strict=True) for coordinate in (x(d), y(v))]
    if len(values) > 1:
        drawing.add(PolyLine(points, strokeColor=INK, strokeWidth=1))
    for d, v in zip(dates, values, strict=True):
        drawing.add(Circle(x(d), y(v), 1.3, fillColor=INK, strokeColor=INK))
    for value in (low, high):
        drawing.add(String(left - 2, y(value) - 2, chart["format"](value), fontName="Brief-Cond",
                           fontSize=5.6, fillColor=GREY, textAnchor="end"))  # fmt: skip
    drawing.add(String(left, bottom - 8, format_date(first), fontName="Brief-Cond", fontSize=5.6,
                       fillColor=GREY))  # fmt: skip
    drawing.add(String(right, bottom - 8, format_date(last), fontName="Brief-Cond", fontSize=5.6,
                       fillColor=GREY, textAnchor="end"))  # fmt: skip
    return drawing


def shorten(text: str, width: float, size: float = 6.8) -> str:
    """Return the title cut with '…' to fit the chart's width (condensed glyphs ~0.5 em)."""
    fits = int(width / (size * 0.5))
    return text if len(text) <= fits else text[: fits - 1].rstrip() + "…"
