"""Every page renders under the Content-Security-Policy with no violation in the console."""

from __future__ import annotations

import pytest
from support import require_chromium

pytestmark = pytest.mark.browser

TIMEOUT_MS = 20_000
PAGES = ["/", "/indicator?id=dvctt_full_process_rate", "/reports", "/method", "/data"]
REPORT_VIOLATIONS = (
    "document.addEventListener('securitypolicyviolation', e => console.error("
    "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))"
)

sync_api = require_chromium()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.add_init_script(REPORT_VIOLATIONS)
    try:
        yield page
    finally:
        context.close()


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_under_the_policy(page, base_url, path):
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    page.on("pageerror", lambda e: messages.append(f"page error: {e}"))
    response = page.goto(base_url + path, wait_until="networkidle")
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    page.wait_for_selector("#app-root h1, #app-root h2")
    if path.startswith("/indicator"):
        page.wait_for_selector(".js-plotly-plot .main-svg")
    problems = [
        m for m in messages if "Content Security Policy" in m or "CSP" in m or "page error" in m
    ]
    assert problems == []
