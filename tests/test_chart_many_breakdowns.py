"""An indicator with every province: the breakdown shown keeps its markers, other long series
are lines, and the chart draws the levels and the province shown, not all 63 (issue 11: the
browser drew a 66-breakdown chart in 5-6 s; issue 10: 63 lines and a 66-entry legend read as
none; the scope buttons above the chart pick any province)."""

from __future__ import annotations

import pandas as pd
from test_layouts import obs_row

from layouts.chart import MARKED_POINTS, indicator_figure
from layouts.i18n import breakdown_label
from metrics.catalog import load_catalog

PROVINCES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Bắc Ninh", "Nghệ An", "An Giang"]


def monthly(breakdown: str, months: int) -> list[dict]:
    """A breakdown's monthly values from January 2023."""
    rows = []
    for i in range(months):
        y, m = 2023 + i // 12, i % 12 + 1
        end = pd.Timestamp(y, m, 1) + pd.offsets.MonthEnd(0)
        row = obs_row(
            "cyberattacks", breakdown, "month", f"{y}-{m:02d}-01", end.date().isoformat(),
            100 + i, "count", "…",
        )  # fmt: skip
        row["observation_id"] = f"{breakdown}-{i}"
        rows.append(row)
    return rows


def figure(series: pd.DataFrame, breakdown: str = "national"):
    meta = load_catalog().loc["cyberattacks"].to_dict() | {"id": "cyberattacks"}
    return indicator_figure(series, meta, breakdown, [], None, "vi")


def test_only_the_levels_and_the_province_shown_are_drawn_and_long_series_are_lines():
    rows = monthly("national", 30) + monthly("localities", 30)
    for name in PROVINCES:
        rows += monthly(name, 30)
    fig = figure(pd.DataFrame(rows), breakdown="Đà Nẵng")
    names = {tr.name: tr for tr in fig.data if tr.customdata is not None}
    labels = [breakdown_label(b, "vi") for b in ("Đà Nẵng", "national", "localities")]
    assert sorted(names) == sorted(labels)
    assert names[labels[0]].mode == "lines+markers"
    assert names[labels[1]].mode == names[labels[2]].mode == "lines"


def test_a_few_breakdowns_and_short_series_keep_their_markers():
    rows = monthly("national", 30) + monthly("Hà Nội", MARKED_POINTS)
    fig = figure(pd.DataFrame(rows))
    traces = [tr for tr in fig.data if tr.customdata is not None]
    assert all(tr.mode == "lines+markers" for tr in traces)
    assert all(tr.visible is None for tr in traces)
