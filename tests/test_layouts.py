"""Dashboard builders and callbacks as plain functions, over small hand-made DataFrames (no I/O)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from dash.development.base_component import Component

from layouts import callbacks, fmt, i18n, source, url_state, views
from layouts.chart import indicator_figure, nice_ticks
from layouts.indicator import indicator_body
from layouts.obs_grid import observation_rows
from layouts.overview import build_card, card_models, order_cards, overview_body
from layouts.records import RECORD_FIELDS, record_from_customdata, source_record
from layouts.reports import highlighted_text, published_text, reports_body, select_value
from layouts.shell import freshness_bar, freshness_info, page, url
from layouts.source_panel import detail_panel, show_source
from layouts.status_text import status_sentence
from layouts.widgets import progress_bar, sparkline_svg, status_badge
from metrics.catalog import load_catalog, load_families

ROOT = Path(__file__).resolve().parent.parent
QUOTE_DVCTT = "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 48,28% (tính đến ngày 19/02/2024)"


# ---------------------------------------------------------------- hand-made data
def obs_row(indicator, breakdown, kind, start, end, value, unit, quote, doc="004", **extra):
    row = {
        "observation_id": f"{indicator}-{breakdown}-{end}-{doc}",
        "document": f"{doc}_report.txt",
        "doc_sha256": f"sha{doc}",
        "indicator": indicator,
        "breakdown": breakdown,
        "period_kind": kind,
        "period_start": pd.Timestamp(start),
        "period_end": pd.Timestamp(end),
        "value": float(value),
        "unit": unit,
        "qualifier": "",
        "status": "accepted",
        "review_reason": "",
        "quote": quote,
        "quote_start": 100,
        "quote_end": 100 + len(quote),
        "value_start": 100 + quote.find("48,28") if "48,28" in quote else None,
        "value_end": 100 + quote.find("48,28") + 5 if "48,28" in quote else None,
        "doc_title": "Báo cáo chuyển đổi số quốc gia tháng 02 năm 2024",
        "doc_number": "",
        "published_date": pd.Timestamp("2024-03-05"),
        "is_current": True,
    }
    row.update(extra)
    return row


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def families():
    return load_families()


@pytest.fixture(scope="module")
def series():
    rows = [
        obs_row(
            "dvctt_full_process_rate",
            "national",
            "as_of",
            "2023-12-31",
            "2023-12-31",
            41.0,
            "percent",
            "đạt 41% (hết năm 2023)",
            doc="003",
        ),
        obs_row(
            "dvctt_full_process_rate",
            "national",
            "as_of",
            "2024-02-19",
            "2024-02-19",
            48.28,
            "percent",
            QUOTE_DVCTT,
        ),
        obs_row(
            "dvctt_full_process_rate",
            "ministries",
            "as_of",
            "2024-02-19",
            "2024-02-19",
            60.12,
            "percent",
            "bộ, ngành đạt 60,12%",
        ),
        obs_row(
            "dvctt_full_process_rate",
            "localities",
            "as_of",
            "2024-02-19",
            "2024-02-19",
            45.21,
            "percent",
            "địa phương đạt 45,21%",
        ),
        obs_row(
            "cyberattacks",
            "national",
            "month",
            "2023-02-01",
            "2023-02-28",
            1687,
            "count",
            "1.687 cuộc tấn công (tháng 02/2023)",
        ),
        obs_row(
            "cyberattacks",
            "national",
            "month",
            "2024-01-01",
            "2024-01-31",
            950,
            "count",
            "950 cuộc tấn công (tháng 01/2024)",
        ),
        obs_row(
            "cyberattacks",
            "national",
            "month",
            "2024-02-01",
            "2024-02-29",
            862,
            "count",
            "862 cuộc tấn công mạng gây ra sự cố",
        ),
        obs_row(
            "villages_without_mobile_coverage",
            "national",
            "as_of",
            "2024-04-24",
            "2024-04-24",
            1077,
            "count",
            "1.077 thôn lõm sóng",
            doc="000",
        ),
        obs_row(
            "villages_without_mobile_coverage",
            "national",
            "as_of",
            "2024-07-19",
            "2024-07-19",
            620,
            "count",
            "còn 620 thôn lõm sóng",
            doc="003",
        ),
        obs_row(
            "ndxp_transactions_cumulative",
            "national",
            "as_of",
            "2024-02-19",
            "2024-02-19",
            1.86e9,
            "count",
            "tổng số 1,86 tỷ giao dịch",
        ),
        obs_row(
            "national_portal_accounts",
            "national",
            "as_of",
            "2024-02-19",
            "2024-02-19",
            12.17e6,
            "count",
            "12,17 triệu tài khoản",
        ),
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def targets():
    return pd.DataFrame(
        [
            {
                "indicator": "dvctt_full_process_rate",
                "breakdown": "national",
                "deadline": pd.Timestamp("2024-12-31"),
                "target_value": 80.0,
                "comparator": ">=",
                "document": "003.txt",
                "quote": "đạt 80% dịch vụ công trực tuyến toàn trình",
            },
            {
                "indicator": "dvctt_full_process_rate",
                "breakdown": "national",
                "deadline": pd.Timestamp("2025-12-31"),
                "target_value": 100.0,
                "comparator": ">=",
                "document": "001.txt",
                "quote": "100% dịch vụ công trực tuyến được thực hiện toàn trình",
            },
            {
                "indicator": "localities_fee_reduction",
                "breakdown": "national",
                "deadline": pd.Timestamp("2024-05-31"),
                "target_value": 63.0,
                "comparator": ">=",
                "document": "000.txt",
                "quote": "Hoàn thành trong tháng 5 năm 2024",
            },
        ]
    )


@pytest.fixture(scope="module")
def status():
    """A hand-made out_status (a few of the columns metrics.tables.compute_status_table returns)."""
    return pd.DataFrame(
        [
            {
                "indicator": "dvctt_full_process_rate",
                "breakdown": "national",
                "latest_value": 48.28,
                "latest_date": pd.Timestamp("2024-02-19"),
                "target_value": 100.0,
                "deadline": pd.Timestamp("2025-12-31"),
                "progress": 0.1,
                "required_pace": 2.3,
                "actual_pace": 5.0,
                "projected_value": 99.0,
                "status": "at_risk",
                "is_headline": False,  # the later target: a row of its own, not the card's
            },
            {
                "indicator": "dvctt_full_process_rate",
                "breakdown": "national",
                "latest_value": 48.28,
                "latest_date": pd.Timestamp("2024-02-19"),
                "target_value": 80.0,
                "deadline": pd.Timestamp("2024-12-31"),
                "progress": 0.19,
                "required_pace": 3.5,
                "actual_pace": 5.0,
                "projected_value": 62.3,
                "status": "off_track",
                "is_headline": True,
            },
            {
                "indicator": "cyberattacks",
                "breakdown": "national",
                "latest_value": 862.0,
                "latest_date": pd.Timestamp("2024-02-29"),
                "target_value": float("nan"),
                "deadline": pd.NaT,
                "progress": float("nan"),
                "required_pace": float("nan"),
                "actual_pace": -68.8,
                "projected_value": float("nan"),
                "status": "improving",
                "is_headline": True,
            },
            {
                "indicator": "villages_without_mobile_coverage",
                "breakdown": "national",
                "latest_value": 620.0,
                "latest_date": pd.Timestamp("2024-07-19"),
                "target_value": float("nan"),
                "deadline": pd.NaT,
                "progress": float("nan"),
                "required_pace": float("nan"),
                "actual_pace": -160.0,
                "projected_value": float("nan"),
                "status": "improving",
                "is_headline": True,
            },
            {
                "indicator": "ndxp_transactions_cumulative",
                "breakdown": "national",
                "latest_value": 1.86e9,
                "latest_date": pd.Timestamp("2024-02-19"),
                "target_value": float("nan"),
                "deadline": pd.NaT,
                "progress": float("nan"),
                "required_pace": float("nan"),
                "actual_pace": float("nan"),
                "projected_value": float("nan"),
                "status": "not_enough_data",
                "is_headline": True,
            },
            {
                "indicator": "national_portal_accounts",
                "breakdown": "national",
                "latest_value": 12.17e6,
                "latest_date": pd.Timestamp("2024-02-19"),
                "target_value": float("nan"),
                "deadline": pd.NaT,
                "progress": float("nan"),
                "required_pace": float("nan"),
                "actual_pace": float("nan"),
                "projected_value": float("nan"),
                "status": "not_enough_data",
                "is_headline": True,
            },
        ]
    )


def texts(component) -> list[str]:
    """Every string in a component tree (children, titles, alt texts)."""
    out: list[str] = []

    def walk(node):
        if node is None:
            return
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, int | float):
            out.append(str(node))
        elif isinstance(node, list | tuple):
            for n in node:
                walk(n)
        elif isinstance(node, Component):
            for attr in ("children", "title", "alt", "headerName"):
                walk(getattr(node, attr, None))
            if hasattr(node, "columnDefs") and node.columnDefs:
                walk([c.get("headerName") for c in node.columnDefs])

    walk(component)
    return out


def joined(component) -> str:
    return " ".join(texts(component))


def find(component, pred):
    """All components in a tree matching `pred`."""
    found = []

    def walk(node):
        if isinstance(node, list | tuple):
            for n in node:
                walk(n)
        elif isinstance(node, Component):
            if pred(node):
                found.append(node)
            walk(getattr(node, "children", None))

    walk(component)
    return found


# ---------------------------------------------------------------- formatting
@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        (48.28, "percent", "vi", "48,28%"),
        (48.28, "percent", "en", "48.28%"),
        (1.86e9, "count", "vi", "1,86 tỷ"),
        (1.86e9, "count", "en", "1.86 billion"),
        (12.17e6, "count", "vi", "12,17 triệu"),
        (12.17e6, "count", "en", "12.17 million"),
        (1687, "count", "vi", "1.687"),
        (-900_000, "count", "vi", "−900 nghìn"),
        (370_000, "count", "en", "370 thousand"),
        (43_000, "count", "vi", "43.000"),
        (1687, "count", "en", "1,687"),
        (12900, "billion_vnd", "vi", "12,9 nghìn tỷ đồng"),
        (45.6, "mbps", "vi", "45,6 Mbps"),
        (71, "rank", "vi", "hạng 71"),
        (80, "percent", "vi", "80%"),
    ],
)
def test_value_formats(value, unit, lang, expected):
    assert fmt.value(value, unit, lang) == expected


def test_change_and_dates():
    assert fmt.change(7.28, "percent", "vi") == "+7,28 điểm %"
    assert fmt.change(7.28, "percent", "en") == "+7.28 pp"
    assert fmt.change(-88, "count", "vi", previous=950) == "−88 (−9,3%)"
    assert fmt.date(dt.date(2024, 2, 19), "vi") == "19/02/2024"
    assert fmt.date(dt.date(2024, 2, 19), "en") == "19 Feb 2024"
    assert fmt.period("month", "2024-02-01", "2024-02-29", "vi") == "tháng 02/2024"
    assert fmt.period("month", "2024-02-01", "2024-02-29", "en") == "Feb 2024"
    assert fmt.period("quarter", "2024-01-01", "2024-03-31", "vi") == "quý I/2024"
    assert fmt.period("half", "2024-01-01", "2024-06-30", "vi") == "6 tháng đầu năm 2024"
    assert fmt.pace(2.1, "percent", "vi") == "+2,1 điểm %/tháng"
    assert fmt.value(None, "percent", "vi") == "–"


def test_qualifier_is_translated():
    assert i18n.qualified("2,8 triệu", "gần", "vi") == "gần 2,8 triệu"
    assert i18n.qualified("2.8 million", "gần", "en") == "almost 2.8 million"
    assert i18n.qualified("80%", "đạt", "vi") == "80%"


def test_every_label_has_both_languages():
    for key, entry in i18n.STRINGS.items():
        assert entry.get("vi") and entry.get("en"), key
        assert re.findall(r"{(\w+)}", entry["vi"]) == re.findall(r"{(\w+)}", entry["en"]) or set(
            re.findall(r"{(\w+)}", entry["vi"])
        ) == set(re.findall(r"{(\w+)}", entry["en"])), key


# ---------------------------------------------------------------- overview
def test_cards_riskiest_first(catalog, series, targets, status):
    models = card_models(catalog, series, targets, status)
    e_services = order_cards([m for m in models if m["family"] == "e_services"])
    ids = [m["id"] for m in e_services]
    assert ids[0] == "dvctt_full_process_rate"  # off_track first
    no_data = [i for i, m in enumerate(e_services) if not m["has_data"]]
    with_data = [i for i, m in enumerate(e_services) if m["has_data"]]
    assert max(with_data) < min(no_data)  # indicators without data last


def test_card_shows_value_date_target_progress_and_status_words(catalog, series, targets, status):
    models = {m["id"]: m for m in card_models(catalog, series, targets, status)}
    card = build_card(models["dvctt_full_process_rate"], "vi")
    text = joined(card)
    assert "48,28%" in text
    assert "19/02/2024" in text
    assert "Chỉ tiêu: 80% đến 31/12/2024" in text
    assert "Chỉ tiêu: 100% đến 31/12/2025" in text
    assert "Chậm tiến độ" in text  # status in words, not only colour
    assert "+7,28 điểm %" in text  # change since the previous value
    assert "Hoàn thành 19% quãng đường" in text
    assert "Bộ, ngành 60,12%" in text and "Địa phương 45,21%" in text
    assert card.href == "/indicator?id=dvctt_full_process_rate&breakdown=national&lang=vi"
    en = joined(build_card(models["dvctt_full_process_rate"], "en"))
    assert "48.28%" in en and "Off track" in en and "Target: 80% by 31 Dec 2024" in en


def test_progress_label_never_says_100_percent_short_of_the_target():
    assert "Hoàn thành 99% quãng đường" in joined(progress_bar(0.996, "off_track", "vi"))
    assert "100% of the way" in joined(progress_bar(1.0, "achieved_late", "en"))


def test_achieved_late_has_its_own_words_and_symbol():
    assert joined(status_badge("achieved_late", "vi")) == "☆ Đạt, chậm hạn"
    assert joined(status_badge("achieved_late", "en")) == "☆ Achieved late"


def test_card_of_a_target_met_late_gives_both_dates_and_a_full_bar(catalog, targets):
    fee = "localities_fee_reduction"
    series = pd.DataFrame(
        [
            obs_row(fee, "national", "as_of", "2024-04-24", "2024-04-24", 56, "count", "56"),
            obs_row(fee, "national", "as_of", "2024-07-10", "2024-07-10", 63, "count", "63/63"),
        ]
    )
    status = pd.DataFrame(
        [
            {
                "indicator": fee,
                "breakdown": "national",
                "target_value": 63.0,
                "deadline": pd.Timestamp("2024-05-31"),
                "reached_date": pd.Timestamp("2024-07-10"),
                "progress": 1.0,
                "status": "achieved_late",
                "is_headline": True,
            }
        ]
    )
    models = {m["id"]: m for m in card_models(catalog, series, targets, status)}
    text = joined(build_card(models[fee], "vi"))
    assert "Đạt, chậm hạn" in text and "Chậm tiến độ" not in text
    assert "Hạn 31/05/2024 · đạt ngày 10/07/2024" in text
    assert "Hoàn thành 100% quãng đường" in text
    assert "đã quá hạn" not in text  # met: no red "overdue" beside it
    assert "Due 31 May 2024 · reached 10 Jul 2024" in joined(build_card(models[fee], "en"))


def test_card_without_target_shows_trend_and_year_on_year(catalog, series, targets, status):
    models = {m["id"]: m for m in card_models(catalog, series, targets, status)}
    text = joined(build_card(models["cyberattacks"], "vi"))
    assert "862" in text and "tháng 02/2024" in text
    assert "Chưa có chỉ tiêu" in text
    assert "Đang cải thiện" in text
    assert "so với cùng kỳ năm trước" in text and "−825 (−48,9%)" in text
    assert "−88 (−9,3%)" in text  # since January


def test_card_without_data_names_the_report_kind(catalog, series, targets, status):
    models = {m["id"]: m for m in card_models(catalog, series, targets, status)}
    card = build_card(models["fiveg_population_coverage_rate"], "vi")
    text = joined(card)
    assert (
        "Chưa có số liệu — thường có trong Báo cáo chuyển đổi số quốc gia hằng tháng của Bộ TT&TT, mục Hạ tầng số"
        in text
    )
    en = joined(build_card(models["fiveg_population_coverage_rate"], "en"))
    assert "No data yet" in en and "Digital infrastructure" in en
    # a no-data indicator with a target still shows the target
    fee = joined(build_card(models["localities_fee_reduction"], "vi"))
    assert "Chỉ tiêu: 63 đến 31/05/2024" in fee


def test_overview_has_families_in_order(catalog, families, series, targets, status):
    body = overview_body(catalog, families, series, targets, status, "vi")
    sections = find(body, lambda c: getattr(c, "id", "") and str(c.id).startswith("family-"))
    assert [s.id for s in sections] == [
        "family-e_services",
        "family-infrastructure",
        "family-ndxp",
        "family-cybersecurity",
        "family-digital_economy",
    ]
    text = joined(body)
    for name in (
        "Dịch vụ công trực tuyến",
        "5G và hạ tầng băng rộng",
        "Chia sẻ dữ liệu NDXP",
        "An toàn, an ninh mạng",
    ):
        assert name in text
    cards = find(body, lambda c: str(getattr(c, "id", "")).startswith("card-"))
    assert len(cards) == len(catalog)


def english_fragments() -> set[str]:
    """English-only label fragments (5+ letters) that must never show in the Vietnamese view."""
    frags = set()
    entries = list(i18n.STRINGS.values()) + list(i18n.STATUS_LABELS.values())
    for entry in entries:
        if entry["en"] == entry["vi"]:
            continue
        for part in re.split(r"{\w+}", entry["en"]):
            part = part.strip(" :—–-()·.,")
            if len(part) >= 5 and part not in entry["vi"]:
                frags.add(part)
    return frags


def test_no_english_in_the_vietnamese_overview(catalog, families, series, targets, status):
    text = joined(page("vi", "/", overview_body(catalog, families, series, targets, status, "vi")))
    leaks = [f for f in english_fragments() if f in text]
    assert not leaks
    for name in catalog["name_en"]:
        assert name not in text


def test_sparkline_is_inline_svg():
    uri = sparkline_svg([(dt.date(2024, 1, 31), 950.0), (dt.date(2024, 2, 29), 862.0)])
    assert uri.startswith("data:image/svg+xml;base64,")
    assert sparkline_svg([]) == ""


# ---------------------------------------------------------------- freshness and shell
def test_stale_banner_only_when_old():
    fresh = {
        "newest_period_end": dt.date(2024, 7, 19),
        "newest_published_date": dt.date(2024, 7, 19),
        "last_refresh_at": pd.Timestamp("2026-11-22 13:47", tz="UTC"),
    }
    old = freshness_bar(fresh, "vi", today=dt.date(2026, 11, 22))
    assert "stale-banner" in str(old) and "cách đây 856 ngày" in joined(old)
    assert "20:47 22/11/2026 (giờ Việt Nam, UTC+7)" in joined(old)  # 13:47 UTC in ICT
    recent = freshness_bar(fresh, "vi", today=dt.date(2024, 8, 1))
    assert freshness_info(fresh, dt.date(2024, 8, 1))["stale"] is False
    assert "stale-banner" not in str(recent)


def test_language_switch_keeps_the_view():
    shell = page("vi", "/indicator", [], query={"id": "cyberattacks", "breakdown": "national"})
    links = {
        c.id: c.href for c in find(shell, lambda c: str(getattr(c, "id", "")).startswith("lang-"))
    }
    assert links["lang-en"] == "/indicator?id=cyberattacks&breakdown=national&lang=en"
    assert links["lang-vi"] == "/indicator?id=cyberattacks&breakdown=national&lang=vi"
    nav = {
        c.id: c.href for c in find(shell, lambda c: str(getattr(c, "id", "")).startswith("nav-"))
    }
    assert nav["nav-data"] == "/data?lang=vi"
    assert url("/", "en") == "/?lang=en"


# ---------------------------------------------------------------- indicator page
def test_indicator_figure(catalog, series, targets, status):
    meta = catalog.loc["dvctt_full_process_rate"].to_dict()
    tgs = targets[targets["indicator"] == "dvctt_full_process_rate"].to_dict("records")
    srow = status.iloc[0].to_dict()
    fig = indicator_figure(series, meta, "national", tgs, srow, "vi")
    assert isinstance(fig, go.Figure)
    names = [tr.name for tr in fig.data]
    assert names[:3] == ["Cả nước", "Bộ, ngành", "Địa phương"]
    assert "Chỉ tiêu" in names and "Lộ trình cần đạt" in names and "Dự báo theo xu hướng" in names
    national = fig.data[0]
    record = record_from_customdata(list(national.customdata[-1]))
    assert record["value_text"] == "48,28%" and record["quote"] == QUOTE_DVCTT
    assert "Báo cáo chuyển đổi số quốc gia tháng 02 năm 2024" in record["report_text"]
    assert fig.layout.separators == ",."
    assert "48,28" not in (fig.layout.yaxis.ticktext or ())  # ticks are round numbers
    assert "80%" in fig.layout.yaxis.ticktext


def test_click_shows_report_and_quote(catalog, series, targets, status):
    meta = catalog.loc["dvctt_full_process_rate"].to_dict()
    fig = indicator_figure(series, meta, "national", [], None, "vi")
    point = {"points": [{"customdata": list(fig.data[0].customdata[-1])}]}
    panel = callbacks.on_indicator_source(point, None, "vi")
    text = joined(panel)
    assert "48,28%" in text and "Báo cáo chuyển đổi số quốc gia tháng 02 năm 2024" in text
    assert QUOTE_DVCTT.replace("48,28", "").split("%")[0][:20] in text
    marks = find(panel, lambda c: type(c).__name__ == "Mark")
    assert [m.children for m in marks] == ["48,28"]
    links = find(panel, lambda c: getattr(c, "href", None))
    assert links[0].href.startswith("/reports?doc=sha004&obs=")
    # a target marker's click (no record) leaves the empty hint
    assert "Bấm vào một điểm" in joined(show_source({"points": [{"customdata": None}]}, None, "vi"))


def test_grid_row_selection_shows_source(series, catalog):
    rows = observation_rows(series[series["indicator"] == "cyberattacks"], "count", "vi")
    assert [r["value_text"] for r in rows] == ["862", "950", "1.687"]  # newest first
    assert set(RECORD_FIELDS) <= set(rows[0])
    panel = show_source(None, [rows[0]], "vi", trigger="ind-grid")
    assert "862 cuộc tấn công mạng gây ra sự cố" in joined(panel)
    assert "Bấm vào một điểm" in joined(detail_panel(None, "vi"))


def test_indicator_body_with_data_and_without(catalog, series, targets, status):
    meta = catalog.loc["dvctt_full_process_rate"].to_dict()
    body = indicator_body(meta, series, targets, status, series, "ministries", "vi")
    text = joined(body)
    assert "Tỷ lệ dịch vụ công trực tuyến toàn trình" in text
    assert "60,12%" in text  # the chosen breakdown's latest value
    # The definition in the page's language: Vietnamese in vi, the English note in en.
    (definition,) = find(body, lambda c: getattr(c, "id", None) == "ind-definition")
    # ids the definition mentions read as names ("… thì là Tỷ lệ TTHC đủ điều kiện …")
    assert joined(definition).startswith(meta["definition_vi"].split(" thì là ")[0])
    assert "_rate" not in joined(definition)
    english = indicator_body(meta, series, targets, status, series, "ministries", "en")
    (definition,) = find(english, lambda c: getattr(c, "id", None) == "ind-definition")
    assert joined(definition).startswith(meta["definition"].split(" it is ")[0])
    assert "Eligible procedures offered full-process" in joined(definition)
    tabs = {
        c.id: c.className for c in find(body, lambda c: str(getattr(c, "id", "")).startswith("bd-"))
    }
    assert "active" in tabs["bd-ministries"]
    graphs = find(body, lambda c: getattr(c, "id", None) == "ind-chart")
    assert len(graphs) == 1
    empty = indicator_body(
        catalog.loc["fiveg_population_coverage_rate"].to_dict(),
        series,
        targets,
        status,
        series,
        None,
        "vi",
    )
    msg = find(empty, lambda c: getattr(c, "id", None) == "no-data-message")
    assert msg and "Chưa có số liệu" in joined(msg)
    assert not find(empty, lambda c: getattr(c, "id", None) == "ind-chart")


def test_status_sentence_uses_metrics_words():
    row = {"status": "off_track", "required_pace": 2.1, "actual_pace": 0.8}
    assert status_sentence(row, "percent", "vi", "cần +2,1 điểm %/tháng, đang đạt +0,8") == (
        "Chậm tiến độ: cần +2,1 điểm %/tháng, đang đạt +0,8."
    )
    assert status_sentence(row, "percent", "vi") == (
        "Chậm tiến độ: cần +2,1 điểm %/tháng, đang đạt +0,8 điểm %/tháng."
    )


def test_nice_ticks():
    assert nice_ticks(0, 100) == [0, 25, 50, 75, 100]
    assert nice_ticks(600, 1100)[0] <= 600 and nice_ticks(600, 1100)[-1] >= 1100


# ---------------------------------------------------------------- reports page
def test_report_text_highlight():
    text = "Mở đầu. " + QUOTE_DVCTT + ". Kết thúc."
    start = text.index(QUOTE_DVCTT)
    parts = highlighted_text(text, start, start + len(QUOTE_DVCTT))
    assert parts[1].children == QUOTE_DVCTT and parts[1].id == "quote-mark"
    assert highlighted_text(text, None, None) == [text]
    sel = select_value([{"quote_start": start, "quote_end": start + len(QUOTE_DVCTT)}], text)
    assert sel[1].children == QUOTE_DVCTT
    assert callbacks.on_report_value(None, None) == [""]


def test_report_value_reads_the_text_on_the_server(fake_snapshot):
    text = "Mở đầu. " + QUOTE_DVCTT + ". Kết thúc."
    fake_snapshot._recent[("text", "sha004")] = text
    start = text.index(QUOTE_DVCTT)
    rows = [{"quote_start": start, "quote_end": start + len(QUOTE_DVCTT)}]
    assert callbacks.on_report_value(rows, "sha004")[1].children == QUOTE_DVCTT


def test_reports_body(catalog, series):
    docs = pd.DataFrame(
        [
            {
                "doc_sha256": "sha004",
                "document": "004_report.txt",
                "doc_title": "Báo cáo CĐS tháng 02/2024",
                "doc_number": "",
                "doc_kind": "monthly_report",
                "issuer": "Bộ TT&TT",
                "published_date": pd.Timestamp("2024-03-05"),
                "period_start": pd.Timestamp("2024-02-01"),
                "period_end": pd.Timestamp("2024-02-29"),
                "duplicate_of": None,
            },
            {
                "doc_sha256": "sha002",
                "document": "002_pdf.txt",
                "doc_title": "Thông báo 203/TB-VPCP",
                "doc_number": "203/TB-VPCP",
                "doc_kind": "committee_notice",
                "issuer": "Văn phòng Chính phủ",
                "published_date": pd.Timestamp("2024-05-06"),
                "period_start": None,
                "period_end": None,
                "duplicate_of": "sha000",
            },
            {
                "doc_sha256": "sha000",
                "document": "000_web.txt",
                "doc_title": "Thông báo 203/TB-VPCP",
                "doc_number": "203/TB-VPCP",
                "doc_kind": "committee_notice",
                "issuer": "Văn phòng Chính phủ",
                "published_date": pd.Timestamp("2024-05-06"),
                "period_start": None,
                "period_end": None,
                "duplicate_of": None,
            },
        ]
    )
    obs = series.copy()
    obs.loc[obs.index[1], "status"] = "needs_review"
    text = " " * 100 + QUOTE_DVCTT
    obs_id = series.iloc[1]["observation_id"]
    body = reports_body(
        docs, obs, obs[obs["status"] == "needs_review"], catalog, "sha004", obs_id, text, "vi"
    )
    t = joined(body)
    assert "Báo cáo tháng" in t and "Bộ TT&TT" in t and "05/03/2024" in t
    # the other report by its name, not its file name (000_web.txt)
    assert "Trùng nội dung với Thông báo kết luận số 203/TB-VPCP" in t and "000_web" not in t
    assert "1 chờ rà soát" in t
    marks = find(body, lambda c: getattr(c, "id", None) == "quote-mark")
    assert marks and marks[0].children == QUOTE_DVCTT


# ---------------------------------------------------------------- pages through a fake snapshot
@pytest.fixture
def fake_snapshot(monkeypatch, catalog, families, series, targets, status):
    snap = source.Snapshot(
        db="fake.duckdb",
        catalog=catalog,
        families=families,
        series=series,
        targets=targets,
        status=status,
        freshness={
            "newest_period_end": dt.date(2024, 7, 19),
            "newest_published_date": dt.date(2024, 7, 19),
            "last_refresh_at": None,
        },
    )
    snap._lazy["observations"] = series
    snap._lazy["review_pending"] = pd.DataFrame(
        [("cyberattacks", "national", 1, 1, dt.date(2024, 3, 31))],
        columns=["indicator", "breakdown", "pending_count", "newer_count", "newest_pending_end"],
    )
    monkeypatch.setattr(source, "load_snapshot", lambda db=None: snap)
    return snap


def test_pages_render_from_a_snapshot(fake_snapshot):
    text = joined(views.overview_page("vi"))
    assert "Tiến độ các chỉ tiêu" in text and "Lưu ý: số liệu mới nhất đến 19/07/2024" in text
    ind = joined(views.indicator_page(id="cyberattacks", lang="en"))
    assert "Cyberattacks causing incidents" in ind and "862" in ind and "Feb 2024" in ind
    nodata = joined(views.indicator_page(id="fiveg_population_coverage_rate", lang="vi"))
    assert "Chưa có số liệu — thường có trong" in nodata
    unknown = joined(views.indicator_page(id="no_such_indicator", lang="vi"))
    assert "Không có chỉ số “no_such_indicator”" in unknown


def test_pages_say_when_there_is_no_database(monkeypatch, tmp_path):
    monkeypatch.setattr(source, "current_db", lambda: tmp_path / "missing.duckdb")
    source.clear_cache()
    text = joined(views.overview_page("vi"))
    assert "Chưa có cơ sở dữ liệu" in text and "kpi refresh" in text
    assert "kpi refresh" in joined(views.indicator_page(id="cyberattacks", lang="en"))


def test_database_path_comes_from_the_app_config_else_the_environment(monkeypatch, tmp_path):
    import dash

    class FakeApp:
        class server:  # noqa: N801
            config = {source.CONFIG_KEY: str(tmp_path / "served.duckdb")}

    monkeypatch.setattr(dash, "get_app", lambda: FakeApp)
    assert source.current_db() == tmp_path / "served.duckdb"
    FakeApp.server.config = {}
    monkeypatch.setenv("KPI_DB", str(tmp_path / "env.duckdb"))
    assert source.current_db() == tmp_path / "env.duckdb"
    monkeypatch.delenv("KPI_DB")
    assert source.current_db() == Path("data/kpi.duckdb")


def test_method_page_renders_the_method_text():
    page_vi = views.method_page("vi")
    md = find(page_vi, lambda c: type(c).__name__ == "Markdown")
    expected = (ROOT / "metrics" / "method_vi.md").exists()
    assert bool(md) == expected


# ---------------------------------------------------------------- layering and app
def test_layouts_never_import_etl_or_duckdb():
    for path in (ROOT / "layouts").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                root = name.split(".")[0]
                assert root not in ("etl", "duckdb"), f"{path.name} imports {name}"


def test_app_imports_without_reading_data(monkeypatch, tmp_path):
    monkeypatch.setenv("KPI_DB", str(tmp_path / "nothing-here.duckdb"))
    import app

    assert app.server is app.app.server
    paths = {p["path"] for p in __import__("dash").page_registry.values()}
    assert {"/", "/indicator", "/reports", "/method"} <= paths
    assert not (tmp_path / "nothing-here.duckdb").exists()
    assert app.serve(db=tmp_path / "nothing-here.duckdb") == 66


def test_value_parts_split_number_and_words():
    assert fmt.value_parts(16.4e6, "count", "vi") == ("", "16,4", "triệu")
    assert fmt.value_parts(48.28, "percent", "vi") == ("", "48,28", "%")
    assert fmt.value_parts(12900, "billion_vnd", "en") == ("", "12.9", "trillion VND")
    assert fmt.value_parts(86, "rank", "vi") == ("hạng", "86", "")


def test_snapshot_reads_once_and_lazily(monkeypatch, tmp_path, catalog, series, targets, status):
    """A snapshot reads through metrics.queries once per published version (no re-entrancy
    deadlock when observations look up their documents)."""
    import threading
    import types

    calls = []
    fake = types.SimpleNamespace(
        read_current_series=lambda db: calls.append("series") or series,
        read_targets=lambda db: (
            calls.append("targets") or targets.rename(columns={"deadline": "deadline_date"})
        ),
        read_status=lambda db: calls.append("status") or status,
        read_freshness=lambda db: {"newest_period_end": dt.date(2024, 7, 19)},
        read_observations=lambda db, include_revisions=True: (
            calls.append("obs") or series.drop(columns=["doc_title"]).assign(title="T")
        ),
        read_documents=lambda db: (
            calls.append("docs")
            or pd.DataFrame(
                {
                    "doc_sha256": ["sha004"],
                    "file_name": ["004.txt"],
                    "doc_kind": ["monthly_report"],
                    "title": ["Báo cáo"],
                }
            )
        ),
        read_review_queue=lambda db, doc_sha256=None: series.iloc[0:0],
        read_document_text=lambda db, sha: "text",
    )
    monkeypatch.setattr(source, "_queries", lambda: fake)
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"x")
    source.clear_cache()
    snap = source.load_snapshot(db)
    assert source.load_snapshot(db) is snap
    result = {}
    worker = threading.Thread(
        target=lambda: result.setdefault("obs", snap.observations("cyberattacks"))
    )
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "observations() deadlocked"
    assert len(result["obs"]) == 3 and set(result["obs"]["doc_kind"].dropna()) == {"monthly_report"}
    snap.observations()
    # the whole current series is never read: each view reads only what it shows
    assert calls.count("series") == 0 and calls.count("obs") == 1 and calls.count("docs") == 1
    assert calls.count("status") == 1 and snap.status is status  # read as refreshed, not redone
    assert "deadline" in snap.targets.columns  # deadline_date aliased
    source.clear_cache()


def test_no_english_in_the_vietnamese_indicator_page(fake_snapshot):
    text = joined(views.indicator_page(id="dvctt_full_process_rate", lang="vi"))
    leaks = [f for f in english_fragments() if f in text]
    assert not leaks


def test_method_page_code_has_no_stray_backslashes():
    import re

    from layouts.views import method_markdown

    for lang in ("vi", "en"):
        text = method_markdown(lang)
        code = re.findall(r"```.*?```|`[^`\n]*`", text, flags=re.S)
        assert code and not any("\\" in block for block in code), lang
        assert "\\[0, 1\\]" in text  # prose intervals stay escaped (shown as [0, 1])


def test_flat_card_beside_a_rise_gives_the_reason(catalog):
    # 81,3% in 01/2024 against 77,6% in 01/2023: +3,7 points, +4,8% relative, inside ±5%: flat.
    q = "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 81,3%"
    rows = pd.DataFrame(
        [
            obs_row(
                "smartphone_subscriber_rate",
                "national",
                "month",
                "2023-01-01",
                "2023-01-31",
                77.6,
                "percent",
                q,
            ),  # fmt: skip
            obs_row(
                "smartphone_subscriber_rate",
                "national",
                "month",
                "2024-01-01",
                "2024-01-31",
                81.3,
                "percent",
                q,
            ),  # fmt: skip
        ]
    )
    status = pd.DataFrame(
        [
            {
                "indicator": "smartphone_subscriber_rate",
                "breakdown": "national",
                "status": "flat",
                "is_headline": True,
                "trend_signal": "yoy",
                "yoy_pct": 4.768,
            }
        ]
    )
    models = {m["id"]: m for m in card_models(catalog, rows, pd.DataFrame(), status)}
    vi = joined(build_card(models["smartphone_subscriber_rate"], "vi"))
    assert "+3,7 điểm %" in vi and "Đi ngang" in vi
    assert "Đi ngang vì thay đổi +4,8% so với cùng kỳ năm trước nằm trong ngưỡng ±5%" in vi
    en = joined(build_card(models["smartphone_subscriber_rate"], "en"))
    assert "Flat: a change of +4.8% year on year is within ±5%" in en


def test_unchanged_since_last_report_beside_improving_gives_the_trend_it_was_judged_on(catalog):
    q = "Cổng Dịch vụ công quốc gia có 16,4 triệu tài khoản"
    ind = "national_portal_accounts"
    rows = pd.DataFrame(
        [
            obs_row(ind, "national", "as_of", day, day, value, "count", q)
            for day, value in [
                ("2024-02-19", 12.5e6),
                ("2024-07-10", 16.4e6),
                ("2024-07-19", 16.4e6),
            ]
        ]
    )
    status = pd.DataFrame(
        [
            {
                "indicator": ind,
                "breakdown": "national",
                "status": "improving",
                "is_headline": True,
                "trend_signal": "change_12m",
                "change_12m_pct": 103.9,
                "actual_pace": 857_176.0,
                "n_points": 3,
                "trend_start": pd.Timestamp("2024-02-19"),
                "latest_date": pd.Timestamp("2024-07-19"),
            }
        ]
    )
    models = {m["id"]: m for m in card_models(catalog, rows, pd.DataFrame(), status)}
    text = joined(build_card(models[ind], "vi"))
    assert "không đổi so với kỳ trước" in text and "→ 0 (0%)" not in text
    assert "Đang cải thiện: +857 nghìn tài khoản/tháng (3 số liệu, 19/02/2024–19/07/2024)" in text


def test_a_new_version_is_built_aside_while_the_previous_one_serves(monkeypatch, tmp_path):
    import threading

    built, release = [], threading.Event()

    def build(db):
        if built:
            release.wait(timeout=10)  # the next version takes its time
        built.append(db)
        return f"version {len(built)}"

    monkeypatch.setattr(source, "_build_snapshot", build)
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"one")
    source.clear_cache()
    assert source.load_snapshot(db) == "version 1"  # a path seen first is built in the request
    db.write_bytes(b"second version")  # a publish
    assert source.load_snapshot(db) == "version 1"  # answered at once, not after the build
    release.set()
    for _ in range(100):
        if source.load_snapshot(db) == "version 2":
            break
        threading.Event().wait(0.05)
    assert source.load_snapshot(db) == "version 2" and len(built) == 2
    source.clear_cache()


def test_a_point_that_carries_only_its_id_is_looked_up_when_clicked(catalog, series):
    meta = catalog.loc["dvctt_full_process_rate"].to_dict()
    fig = indicator_figure(series, meta, "national", [], None, "vi")
    other = next(tr for tr in fig.data if tr.name == "Bộ, ngành")
    oid = str(other.customdata[-1])
    record = record_from_customdata(list(fig.data[0].customdata[-1]))
    asked = []
    panel = show_source(
        {"points": [{"customdata": oid}]}, None, "vi", lookup=lambda i: asked.append(i) or record
    )
    assert asked == [oid] and QUOTE_DVCTT[:20] in joined(panel)


def test_a_definition_names_the_indicators_it_mentions_never_their_ids():
    from layouts.indicator import name_ids

    parts = name_ids("Tính trên số TTHC ĐỦ ĐIỀU KIỆN thì là full_process_provision_rate.", "vi")
    link = parts[1]
    assert link.children == "Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình"
    assert link.href == "/indicator?id=full_process_provision_rate&lang=vi"
    assert parts[0].endswith("thì là ") and parts[2] == "."


def find_id(tree, element_id):
    return find(tree, lambda c: getattr(c, "id", None) == element_id)


def test_indicator_body_shows_the_urls_point_and_names_an_unknown_breakdown(
    catalog, series, targets, status
):
    meta = catalog.loc["dvctt_full_process_rate"].to_dict()
    own = series[(series["indicator"] == meta["id"]) & (series["breakdown"] == "national")]
    row = own.iloc[-1].to_dict()
    selected = source_record(row, meta["unit"], "vi")
    body = indicator_body(meta, series, targets, status, series, "nationl", "vi", selected=selected)
    (warning,) = find_id(body, "ind-bad-url")
    assert "phạm vi: “nationl” – có phải national?" in joined(warning)
    (detail,) = find_id(body, "detail-card")
    assert selected["value_text"] in joined(detail)
    (grid,) = find_id(body, "ind-grid")
    assert [r["observation_id"] for r in grid.selectedRows] == [row["observation_id"]]
    (store,) = find_id(body, "ind-view")
    assert store.data == {"id": meta["id"], "breakdown": "national", "lang": "vi"}
    assert find_id(body, url_state.LOCATION_ID)
    bad = indicator_body(
        meta, series, targets, status, series, "national", "en", bad=[("obs", "zzz", [])]
    )
    assert "selected value: “zzz”" in joined(find_id(bad, "ind-bad-url"))
    assert not find_id(
        indicator_body(meta, series, targets, status, series, None, "vi"), "ind-bad-url"
    )


def test_a_snapshot_keeps_few_of_the_large_reads_and_more_page_bodies():
    empty = pd.DataFrame()
    snap = source.Snapshot("db", empty, empty, empty, empty, {})
    for i in range(8):
        assert snap.recent(("series", f"ind{i}"), lambda i=i: i) == i
        snap.recent(("indicator_page", f"ind{i}"), lambda i=i: i)
    kinds = [key[0] for key in snap._recent]
    assert (
        kinds.count("series") == source._RECENT_KEEP["series"]
        and kinds.count("indicator_page") == 8
    )
    # the newest series stay; one read again is served from the cache
    assert ("series", "ind7") in snap._recent and ("series", "ind0") not in snap._recent
    assert snap.recent(("series", "ind7"), lambda: "read again") == 7


def test_a_report_dated_only_to_its_month_shows_the_month():
    """A page filed under a month in its address (or stamped with one, or dated by the latest
    month it reports on) is dated by the month's last day; the reports page says the month, not
    a day nobody printed, as the refresh recorded it (published_precision)."""
    filed = {"published_date": dt.date(2023, 2, 28), "published_precision": "month"}
    assert published_text(filed, "vi") == "tháng 02/2023"
    assert published_text(filed, "en") == "Feb 2023"
    yearly = {"published_date": dt.date(2023, 12, 31), "published_precision": "year"}
    assert published_text(yearly, "vi") == "năm 2023"
    assert published_text(yearly, "en") == "2023"
    printed = {"published_date": dt.date(2024, 7, 10), "published_precision": "day"}
    assert published_text(printed, "vi") == "10/07/2024"
