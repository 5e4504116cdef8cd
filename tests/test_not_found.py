"""Bad URLs get an honest answer: HTTP 404 with a link back and close matches, and bad /data
filter values named instead of an empty table (layouts/not_found.py, layouts/bad_filters.py)."""

from __future__ import annotations

import gzip
import re

import pytest
from support import build_served_db

from layouts import fmt, views
from layouts.bad_filters import bad_filter_message, drop_unknown_filters
from layouts.i18n import unit_name
from layouts.not_found import set_html_lang, shorten, suggest
from layouts.source import CONFIG_KEY, clear_cache, load_snapshot
from metrics.catalog import load_catalog, load_families


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from app import app

    db = build_served_db(tmp_path_factory.mktemp("not-found-db"))
    previous = app.server.config.get(CONFIG_KEY)
    app.server.config[CONFIG_KEY] = str(db)
    clear_cache()
    with app.server.app_context():
        yield app.server.test_client()
    app.server.config[CONFIG_KEY] = previous
    clear_cache()


def texts(component) -> str:
    """All text under a Dash component, joined."""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(texts(c) for c in component)
    children = getattr(component, "children", None)
    return "" if children is None else texts(children)


def links(component) -> list[str]:
    """Every href under a Dash component."""
    found = [component.href] if getattr(component, "href", None) else []
    children = getattr(component, "children", None)
    if isinstance(children, list | tuple):
        for child in children:
            found += links(child)
    elif children is not None and not isinstance(children, str):
        found += links(children)
    return found


def test_unknown_page_indicator_and_report_answer_404(client):
    ok = ["/", "/indicator?id=cyberattacks", "/reports", "/data", "/method", "/?lang=en"]
    for path in ok:
        assert client.get(path).status_code == 200, path
    bad = ["/nope", "/indicatorz", "/indicator?id=cyberatacks", "/indicator", "/reports?doc=abc"]
    for path in bad:
        assert client.get(path).status_code == 404, path
    # Dash's own machinery is untouched.
    assert client.get("/_dash-layout").status_code == 200


def test_html_lang_follows_the_page_language(client):
    assert b'<html lang="en"' in client.get("/data?lang=en").get_data()
    assert b'<html lang="vi"' in client.get("/data").get_data()
    # A browser asks for gzip: the language is written before the body is compressed.
    zipped = client.get("/data?lang=en", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers.get("Content-Encoding") == "gzip"
    assert b'<html lang="en"' in gzip.decompress(zipped.get_data())
    assert set_html_lang(b'<html lang="vi" class="x"><body>', "en") == (
        b'<html lang="en" class="x"><body>'
    )


def test_unknown_indicator_page_names_it_with_close_matches_and_a_way_back(client):
    page = views.indicator_page(id="cyberatacks", lang="vi")
    assert "Không có chỉ số “cyberatacks”" in texts(page)
    hrefs = links(page)
    assert "/indicator?id=cyberattacks&lang=vi" in hrefs
    assert "/?lang=vi" in hrefs
    long_id = "x" * 5000
    text = texts(views.indicator_page(id=long_id, lang="en"))
    assert long_id not in text and "x" * 59 + "…" in text


def test_unknown_report_is_never_replaced_by_another(client):
    page = views.reports_page(doc="no-such-report", lang="vi")
    text = texts(page)
    assert "Không có báo cáo “no-such-report”" in text
    assert "không hiển thị báo cáo nào khác" in text
    assert "rep-text" not in str(page)  # no report's text shown in its place
    docs = load_snapshot().documents()
    sha = str(docs["doc_sha256"].iloc[0])
    near = views.reports_page(doc=sha[:-1], lang="en")
    assert f"/reports?doc={sha}&lang=en" in links(near)


def test_suggest_and_shorten():
    assert suggest("cyberatacks", ["cyberattacks", "botnet_ips"]) == ["cyberattacks"]
    assert suggest("zzz", ["cyberattacks"]) == []
    assert shorten("a" * 10) == "a" * 10 and len(shorten("a" * 500)) == 60


def test_bad_data_filters_are_named_and_ignored_not_an_empty_table(client):
    from layouts.pages.data import load_table, read_url_filters

    table = load_table()
    query = {"indicator": "cyberattacks,cyberatacks", "status": "bogus", "from": "2024-13-45"}
    chosen, bad = drop_unknown_filters(
        read_url_filters(query), query, table, load_catalog(), load_families()
    )
    assert chosen["indicators"] == ["cyberattacks"] and chosen["statuses"] == ["accepted"]
    assert [(name, value) for name, value, _ in bad] == [
        ("indicator", "cyberatacks"),
        ("status", "bogus"),
        ("from", "2024-13-45"),
    ]
    text = texts(bad_filter_message(bad, "vi"))
    assert "chỉ số: “cyberatacks” – có phải cyberattacks?" in text
    assert "không phải ngày" in text
    assert bad_filter_message([], "vi") is None


def test_vietnamese_units_dates_and_times():
    assert unit_name("count", "vi") == "số lượng" and unit_name("percent", "en") == "%"
    assert unit_name("billion_vnd", "vi") == "tỷ đồng"
    from layouts.data_builders import build_column_defs

    dates = {c["field"]: c for c in build_column_defs("vi")}["period_end"]
    assert "slice(8, 10)" in dates["valueFormatter"]["function"]  # dd/mm/yyyy
    assert fmt.datetime("2026-11-22 13:47", "vi") == "20:47 22/11/2026 (giờ Việt Nam, UTC+7)"
    assert fmt.datetime("2026-11-22 13:47", "en") == "22 Nov 2026 20:47 ICT (UTC+7)"


def test_every_page_has_its_own_title():
    from layouts.shell import page

    titles = {
        path: page("vi", path, []).to_plotly_json()["props"]["data-title"]
        for path in ("/", "/reports", "/data", "/method")
    }
    assert len(set(titles.values())) == 4
    assert titles["/data"] == "Dữ liệu · Chuyển đổi số quốc gia"
    english = page("en", "/indicator", [], title="Cyberattacks causing incidents")
    assert english.to_plotly_json()["props"]["data-title"] == (
        "Cyberattacks causing incidents · Vietnam digital transformation"
    )
    assert re.match(r"^[^·]+ · ", titles["/"])
