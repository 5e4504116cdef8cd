"""Shared set-up: a real database from the bundled reports, the app in a thread, Debian Chromium."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
]


def require_chromium():
    """Skip the calling test module, saying why, unless Chromium and Playwright are installed."""
    if not CHROMIUM.exists():
        pytest.skip(
            "browser test needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
            allow_module_level=True,
        )
    return pytest.importorskip("playwright.sync_api", reason="needs playwright for Python")


def build_served_db(work: Path) -> Path:
    """Build a database with the monthly job from the bundled reports and targets."""
    from etl.refresh import refresh

    shutil.copytree(ROOT / "data" / "reports", work / "reports")
    shutil.copy(ROOT / "data" / "targets.csv", work / "targets.csv")
    db = work / "kpi.duckdb"
    result = refresh(work / "reports", db, work / "targets.csv", work / "reviews.csv")
    assert result.exit_code == 0 and db.exists(), result
    return db


@contextmanager
def serve_app(db: Path) -> Iterator[str]:
    """Serve the product's app against `db` on a free 127.0.0.1 port; yield its URL."""
    from werkzeug.serving import make_server

    from app import app
    from layouts.source import CONFIG_KEY

    previous = app.server.config.get(CONFIG_KEY)
    app.server.config[CONFIG_KEY] = str(db)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        app.server.config[CONFIG_KEY] = previous  # the app object is shared per process


@contextmanager
def launch_chromium(sync_api) -> Iterator:
    """Start headless Debian Chromium through Playwright (never `playwright install`)."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


# A page waits this long for an element or an expectation before the test fails.
BROWSER_TIMEOUT_MS = 30_000


@contextmanager
def open_tab(browser, width: int, height: int = 900) -> Iterator:
    """A page in a fresh browser context at this viewport, with the browser tests' timeouts."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    require_chromium().expect.set_options(timeout=BROWSER_TIMEOUT_MS)
    try:
        yield page
    finally:
        context.close()


def load_page(page, url: str, idle: bool = True) -> None:
    """Go to a dashboard page and wait for its root (and, with idle, for its callbacks)."""
    page.goto(url)
    page.wait_for_selector("#page-root")
    if idle:
        page.wait_for_load_state("networkidle")
