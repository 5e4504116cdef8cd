"""`kpi brief` on the bundled reports: an A4 PDF of two pages at most, Vietnamese text intact."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from refresh_helpers import make_store, run_cli

from metrics.catalog import load_families

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="pdftotext/pdfinfo/pdffonts missing: apt-get install poppler-utils"
)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory, warm_cache):
    """A database refreshed from every bundled report."""
    store = make_store(tmp_path_factory.mktemp("brief"), warm_cache)
    assert store.refresh().exit_code == 0
    return store


@pytest.fixture(scope="module")
def brief_vi(bundled, tmp_path_factory):
    """The Vietnamese briefing written by `kpi brief --out`."""
    out = tmp_path_factory.mktemp("pdf") / "b.pdf"
    done = run_cli(["brief", "--db", str(bundled.db), "--out", str(out)])
    assert done.returncode == 0, done.stderr
    return out


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def pdf_info(path, tool: str = "pdfinfo") -> str:
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_brief_text_holds_families_targets_statuses_and_citations(brief_vi):
    text = pdf_text(brief_vi)
    for name in load_families()["name_vi"]:
        assert name in text
    assert "Chỉ tiêu" in text
    for status in ("Chậm tiến độ", "Đạt, chậm hạn", "Đã đạt", "Đang cải thiện"):
        assert status in text
    assert "✕ Chậm tiến độ" in text  # a symbol beside the words, never colour alone
    assert "Báo cáo chuyển đổi số quốc gia tháng 02/2024, công bố 23/02/2024" in text
    assert "\ufffd" not in text
    assert "48,28%" in text and "31/12/2024" in text  # Vietnamese number and date formats


@needs_poppler
def test_brief_is_a4_two_pages_at_most_fonts_embedded(brief_vi):
    info = pdf_info(brief_vi)
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert 1 <= pages <= 2
    assert "595.276 x 841.89 pts (A4)" in info
    fonts = pdf_info(brief_vi, "pdffonts").splitlines()[2:]
    used = [line for line in fonts if "DejaVu" in line]
    assert used and all(" yes yes yes " in line for line in used)


@needs_poppler
def test_brief_in_english(bundled, tmp_path):
    out = tmp_path / "en.pdf"
    done = run_cli(["brief", "--db", str(bundled.db), "--lang", "en", "--out", str(out)])
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "E-services" in text and "Target" in text and "Off track" in text
    assert "48.28%" in text


def test_brief_bad_input_gets_one_line_and_sysexits(bundled, tmp_path):
    bad_month = run_cli(
        ["brief", "--db", str(bundled.db), "--month", "2024-13", "--out", str(tmp_path / "b.pdf")]
    )
    assert bad_month.returncode == 2 and "--month '2024-13'" in bad_month.stderr
    no_folder = run_cli(["brief", "--db", str(bundled.db), "--out", str(tmp_path / "x" / "b.pdf")])
    assert no_folder.returncode == 66 and "does not exist" in no_folder.stderr
    no_db = run_cli(["brief", "--db", str(tmp_path / "none.duckdb"), "--out", "b.pdf"])
    assert no_db.returncode == 66 and "kpi refresh" in no_db.stderr
    for done in (bad_month, no_folder, no_db):
        assert "Traceback" not in done.stderr


def test_brief_names_a_missing_font(bundled, tmp_path, monkeypatch):
    import briefing.fonts as fonts

    monkeypatch.setattr(fonts, "FONT_DIRS", [tmp_path])
    with pytest.raises(fonts.FontMissing, match="fonts-dejavu-core"):
        fonts.locate_font("DejaVuSans.ttf")


def test_dashboard_serves_the_briefing(bundled):
    # The process's one app, pointed at this database for the request: a second create_app
    # would become dash.get_app() for the browser tests that run later in the same process.
    from app import app
    from layouts.source import CONFIG_KEY

    previous = app.server.config.get(CONFIG_KEY)
    app.server.config[CONFIG_KEY] = str(bundled.db)
    try:
        answer = app.server.test_client().get("/brief.pdf?lang=vi")
    finally:
        app.server.config[CONFIG_KEY] = previous
    assert answer.status_code == 200
    assert answer.mimetype == "application/pdf" and answer.data.startswith(b"%PDF")
    assert "ban-tin-07-2024.pdf" in answer.headers["Content-Disposition"]


def test_overview_panel_links_each_change_to_its_indicator(bundled):
    from briefing.reads import read_changes
    from layouts.changes_panel import build_changes_panel
    from metrics.catalog import load_catalog

    changes = read_changes(bundled.db)
    panel = build_changes_panel(changes, load_catalog(), "vi")
    assert panel.children[0].children == "Thay đổi kể từ lần cập nhật trước"
    links = [item.children for item in panel.children[2].children]
    hrefs = [link.href for link in links if hasattr(link, "href")]
    assert "/reports?lang=vi" in hrefs  # the missing monthly report
    assert any(h.startswith("/indicator?id=villages_without_mobile_coverage") for h in hrefs)
    assert panel.children[3].href == "/brief.pdf?lang=vi"
    assert panel.children[3].children == "Tải bản tin (PDF)"
    english = build_changes_panel(changes, load_catalog(), "en")
    assert english.children[0].children == "Since the last update"
