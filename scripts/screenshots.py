"""Take the README screenshots of the dashboard from the bundled data, with headless Chromium.

    .venv/bin/python scripts/screenshots.py [--db PATH] [--out docs/screenshots] [--all]

Serves app.py on a free 127.0.0.1 port against the database (--db, else $KPI_DB, else
data/kpi.duckdb; when that does not exist, one is built from data/reports in a temporary
folder), then saves overview.png and indicator.png (Vietnamese, 1400 px laptop) and
overview-phone.png and indicator-phone.png (390 px phone). --all adds the English view, a
tablet-width overview and the reports page. Uses Debian's /usr/bin/chromium
through Playwright (never `playwright install`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
]
LAPTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
TABLET = {"width": 820, "height": 1180}
INDICATOR = "dvctt_full_process_rate"


def build_database(work: Path) -> Path:
    """Build a database from the bundled reports into `work` (scripts may import etl)."""
    from etl.refresh import refresh

    db = work / "kpi.duckdb"
    reviews = work / "reviews.csv"
    if (ROOT / "data" / "reviews.csv").exists():
        shutil.copy(ROOT / "data" / "reviews.csv", reviews)
    result = refresh(ROOT / "data" / "reports", db, ROOT / "data" / "targets.csv", reviews)
    if getattr(result, "exit_code", 0) != 0 or not db.exists():
        raise SystemExit(f"screenshots: could not build a database ({result})")
    return db


def serve(db: Path):
    """Serve the app in a thread on a free port; return (base URL, server)."""
    from werkzeug.serving import make_server

    from app import app
    from layouts.source import CONFIG_KEY

    app.server.config[CONFIG_KEY] = str(db)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def settle(page) -> None:
    """Wait until Dash has rendered the page and its graphs and grids."""
    page.wait_for_selector("#page-root", timeout=30_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(700)


def shoot(
    browser, url: str, path: Path, viewport: dict, full_page: bool = True, before=None
) -> None:
    context = browser.new_context(viewport=viewport, device_scale_factor=1, locale="vi-VN")
    page = context.new_page()
    page.goto(url)
    settle(page)
    if before is not None:
        before(page)
    page.screenshot(path=str(path), full_page=full_page)
    context.close()
    print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def click_latest_point(page) -> None:
    """Pin the newest observation's source below the chart (what a reader would do)."""
    page.wait_for_selector("#ind-chart .scatterlayer .point")
    points = page.locator("#ind-chart .scatterlayer .trace").first.locator(".point")
    points.last.click(force=True)
    page.wait_for_selector("#detail-card", timeout=10_000)
    page.mouse.move(5, 5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="also English, tablet and reports")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print("screenshots: needs Debian's chromium at /usr/bin/chromium", file=sys.stderr)
        return 66
    from playwright.sync_api import sync_playwright

    tmp = None
    db = args.db or Path(os.environ.get("KPI_DB") or ROOT / "data" / "kpi.duckdb")
    if not db.exists():
        tmp = tempfile.TemporaryDirectory(prefix="kpi-screens-")
        db = build_database(Path(tmp.name))
    args.out.mkdir(parents=True, exist_ok=True)
    base, server = serve(db)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            shoot(browser, f"{base}/?lang=vi", args.out / "overview.png", LAPTOP)
            shoot(
                browser,
                f"{base}/indicator?id={INDICATOR}&breakdown=national&lang=vi",
                args.out / "indicator.png",
                LAPTOP,
                before=click_latest_point,
            )
            # the phone's first screen of cards, and the whole indicator page (stacked rows)
            shoot(browser, f"{base}/?lang=vi", args.out / "overview-phone.png", PHONE, False)
            shoot(
                browser,
                f"{base}/indicator?id=cyberattacks&breakdown=national&lang=vi",
                args.out / "indicator-phone.png",
                PHONE,
            )
            if args.all:
                shoot(browser, f"{base}/?lang=en", args.out / "overview-en.png", LAPTOP)
                shoot(browser, f"{base}/?lang=vi", args.out / "overview-tablet.png", TABLET)
                shoot(
                    browser,
                    f"{base}/indicator?id=cyberattacks&breakdown=national&lang=en",
                    args.out / "indicator-en.png",
                    LAPTOP,
                    before=click_latest_point,
                )
                shoot(browser, f"{base}/reports?lang=vi", args.out / "reports.png", LAPTOP)
            browser.close()
    finally:
        server.shutdown()
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
