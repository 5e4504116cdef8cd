"""Cards and charts say what the data says: splits labelled, values in review announced, one
series per period kind without lines across gaps, ticks that never repeat, tables usable on a
phone, nothing cut (issue 10, 'Cards and charts')."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from test_layouts import find, joined, obs_row

from etl.review_stage import build_review_pending_table
from layouts import data_builders
from layouts.chart import indicator_figure, insert_gaps, month_ticks
from layouts.indicator import indicator_body
from layouts.obs_grid import observation_rows
from layouts.overview import build_card, card_models
from layouts.reports import values_grid
from metrics.catalog import load_catalog

PENDING_COLUMNS = ["indicator", "breakdown", "pending_count", "newer_count", "newest_pending_end"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def cyberattack_rows() -> pd.DataFrame:
    """Three months (eleven missing between the first two) and a Q1/2024 total."""
    q = "Trong tháng 02/2024 ghi nhận 862 cuộc tấn công mạng."
    rows = [
        obs_row("cyberattacks", "national", "month", "2023-02-01", "2023-02-28", 1687, "count", q),
        obs_row("cyberattacks", "national", "month", "2024-01-01", "2024-01-31", 950, "count", q),
        obs_row("cyberattacks", "national", "month", "2024-02-01", "2024-02-29", 862, "count", q),
        obs_row(
            "cyberattacks", "national", "quarter", "2024-01-01", "2024-03-31", 2400, "count", q
        ),
    ]
    for i, r in enumerate(rows):
        r["observation_id"] = f"cy{i}"
    return pd.DataFrame(rows)


def dossier_rows() -> pd.DataFrame:
    """Online dossiers: only localities' and ministries' own shares, no national figure."""
    q = "địa phương đạt 47,4%, bộ, ngành đạt 50,1%"
    rows = [
        obs_row("online_dossier_rate", "localities", "as_of", "2024-04-24", "2024-04-24", 47.4, "percent", q),
        obs_row("online_dossier_rate", "ministries", "as_of", "2024-04-24", "2024-04-24", 50.1, "percent", q),
    ]  # fmt: skip
    for i, r in enumerate(rows):
        r["observation_id"] = f"od{i}"
    return pd.DataFrame(rows)


NO_STATUS = pd.DataFrame(columns=["indicator", "breakdown", "is_headline"])


def model_of(catalog, series, indicator, pending=None):
    models = card_models(catalog, series, pd.DataFrame(), NO_STATUS, pending)
    return next(m for m in models if m["id"] == indicator)


# ---------------------------------------------------------------- headline number
@pytest.mark.parametrize(
    ("lang", "words"),
    [("vi", ["Địa phương", "47,4", "Bộ, ngành", "50,1"]), ("en", ["Localities", "47.4", "Ministries", "50.1"])],
)  # fmt: skip
def test_a_card_without_a_national_figure_shows_every_split_labelled(catalog, lang, words):
    card = build_card(model_of(catalog, dossier_rows(), "online_dossier_rate"), lang)
    splits = find(card, lambda c: "split-item" in (getattr(c, "className", "") or ""))
    assert len(splits) == 2
    for item, (label, number) in zip(splits, [words[:2], words[2:]], strict=True):
        text = joined(item)
        assert text.startswith(label) and number in text
    # no unlabelled headline value beside them
    values = find(card, lambda c: getattr(c, "className", "") == "card-value")
    assert len(values) == 2


def test_a_national_figure_stays_the_one_headline(catalog):
    national = dossier_rows().iloc[:1].assign(breakdown="national", observation_id="odn")
    series = pd.concat([dossier_rows(), national], ignore_index=True)
    card = build_card(model_of(catalog, series, "online_dossier_rate"), "vi")
    assert not find(card, lambda c: "split-values" in (getattr(c, "className", "") or ""))
    assert "Theo khối: Địa phương 47,4% · Bộ, ngành 50,1%" in joined(card)


# ---------------------------------------------------------------- values in review
def test_the_refresh_counts_values_in_review_and_which_are_newer():
    current = cyberattack_rows().iloc[:3]
    obs = pd.concat(
        [
            cyberattack_rows().assign(is_current=True),
            pd.DataFrame(
                [
                    obs_row("cyberattacks", "national", "month", "2024-03-01", "2024-03-31", 700, "count", "q", status="needs_review", observation_id="n1"),
                    obs_row("cyberattacks", "national", "month", "2023-12-01", "2023-12-31", 900, "count", "q", status="needs_review", observation_id="n2"),
                    obs_row("botnet_ips", "national", "as_of", "2024-03-01", "2024-03-31", 5, "count", "q", status="needs_review", observation_id="n3"),
                ]
            ),
        ],
        ignore_index=True,
    )  # fmt: skip
    table = build_review_pending_table(obs, current).set_index("indicator")
    assert table.loc["cyberattacks", "pending_count"] == 2
    assert table.loc["cyberattacks", "newer_count"] == 1  # March is after February; December is not
    assert table.loc["botnet_ips", "newer_count"] == 1  # a series with no published value yet
    assert list(build_review_pending_table(cyberattack_rows(), current).columns) == PENDING_COLUMNS


@pytest.mark.parametrize(
    ("newer", "total", "lang", "text"),
    [
        (1, 1, "vi", "1 giá trị mới chờ rà soát"),
        (1, 1, "en", "1 new value awaiting review"),
        (2, 3, "en", "2 new values awaiting review"),
        (0, 2, "vi", "2 giá trị chờ rà soát"),
    ],
)
def test_a_card_announces_values_waiting_in_review(catalog, newer, total, lang, text):
    pending = pd.DataFrame(
        [("cyberattacks", "national", total, newer, dt.date(2024, 3, 31))], columns=PENDING_COLUMNS
    )
    card = build_card(model_of(catalog, cyberattack_rows(), "cyberattacks", pending), lang)
    assert text in joined(card)
    nodata = build_card(model_of(catalog, pd.DataFrame(), "cyberattacks", pending), lang)
    assert text in joined(nodata)  # a series with no published value says so too


def test_a_card_without_values_in_review_says_nothing_of_review(catalog):
    card = build_card(model_of(catalog, cyberattack_rows(), "cyberattacks"), "vi")
    assert "rà soát" not in joined(card)


def test_a_value_in_review_is_not_labelled_replaced():
    obs = pd.concat(
        [
            cyberattack_rows().iloc[:1].assign(status="needs_review", is_current=False, observation_id="r"),
            cyberattack_rows().iloc[1:2].assign(is_current=False, observation_id="old"),
            cyberattack_rows().iloc[2:3].assign(status="duplicate", is_current=False, observation_id="d"),
        ],
        ignore_index=True,
    )  # fmt: skip
    rows = {r["observation_id"]: r["revision_text"] for r in observation_rows(obs, "count", "en")}
    assert rows == {
        "r": "not used until reviewed",
        "old": "replaced",
        "d": "duplicate, not counted",
    }


# ---------------------------------------------------------------- chart
def cyber_figure(catalog, lang="vi"):
    meta = catalog.loc["cyberattacks"].to_dict() | {"id": "cyberattacks"}
    return indicator_figure(cyberattack_rows(), meta, "national", [], None, lang)


def test_each_period_kind_is_its_own_series_with_its_own_marker(catalog):
    fig = cyber_figure(catalog)
    obs = [tr for tr in fig.data if tr.customdata is not None]
    assert [tr.name for tr in obs] == ["Cả nước · theo tháng", "Cả nước · theo quý"]
    assert obs[0].marker.symbol != obs[1].marker.symbol
    assert [v for v in obs[1].y if v is not None] == [2400.0]  # the quarter is not dropped
    assert 2400.0 not in obs[0].y  # nor compared with months
    assert {tr.name for tr in cyber_figure(catalog, "en").data} >= {"National · quarterly"}


def test_no_line_is_drawn_across_missing_months(catalog):
    months = next(tr for tr in cyber_figure(catalog).data if tr.name == "Cả nước · theo tháng")
    assert list(months.y) == [1687.0, None, 950.0, 862.0]
    assert months.connectgaps is False
    xs, ys, _ = insert_gaps([dt.date(2024, 1, 31), dt.date(2024, 2, 29)], [1, 2], [0, 0], "month")
    assert ys == [1, 2]  # consecutive months stay joined
    xs, ys, _ = insert_gaps([dt.date(2023, 3, 1), dt.date(2024, 3, 1)], [1, 2], [0, 0], "as_of")
    assert ys == [1, 2]  # levels at dates have no missing periods


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
        (dt.date(2024, 1, 31), dt.date(2024, 3, 31)),
        (dt.date(2023, 2, 28), dt.date(2024, 3, 31)),
        (dt.date(2019, 1, 1), dt.date(2025, 12, 31)),
    ],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_axis_ticks_never_repeat(first, last, lang):
    ticks = month_ticks([first, last], lang)
    assert len(ticks["ticktext"]) == len(set(ticks["ticktext"])) >= 1
    assert len(ticks["ticktext"]) <= 6


def test_the_figure_ticks_and_legend_never_collide(catalog):
    fig = cyber_figure(catalog)
    text = list(fig.layout.xaxis.ticktext)
    assert len(text) == len(set(text))
    assert fig.layout.legend.y > 1 and fig.layout.legend.yanchor == "bottom"  # above the plot


# ---------------------------------------------------------------- tables
def test_the_observations_also_come_as_stacked_rows_for_a_phone(catalog):
    meta = catalog.loc["cyberattacks"].to_dict() | {"id": "cyberattacks"}
    obs = cyberattack_rows()
    body = indicator_body(meta, obs, pd.DataFrame(), NO_STATUS, obs, "national", "vi")
    stack = find(body, lambda c: getattr(c, "id", None) == "ind-stack")
    assert len(stack) == 1 and len(stack[0].children) == 4
    assert "1.687" in joined(stack[0]) and "Mở báo cáo tại câu này" in joined(stack[0])


def test_text_cells_wrap_instead_of_being_cut():
    rep = values_grid([], "vi")
    assert all(c.get("wrapText") and c.get("autoHeight") for c in rep.columnDefs)
    data = {c["field"]: c for c in data_builders.build_column_defs("vi")}
    for field in ("indicator_name", "qualifier", "document_title", "quote"):
        assert data[field]["wrapText"] and data[field]["autoHeight"]
    assert data["indicator_name"]["pinned"] == "left"


def test_the_indicator_page_announces_a_newer_value_in_review(catalog):
    meta = catalog.loc["cyberattacks"].to_dict() | {"id": "cyberattacks"}
    obs = cyberattack_rows()
    pending = pd.DataFrame(
        [("cyberattacks", "national", 1, 1, dt.date(2024, 3, 31))], columns=PENDING_COLUMNS
    )
    body = indicator_body(
        meta, obs, pd.DataFrame(), NO_STATUS, obs, "national", "vi", pending=pending
    )
    assert "1 giá trị mới chờ rà soát" in joined(body)
    quiet = indicator_body(meta, obs, pd.DataFrame(), NO_STATUS, obs, "national", "vi")
    assert "rà soát" not in joined(quiet)
