"""Browser-test fixtures shared by every tests/test_browser_*.py: one database built by the
monthly job, one app serving it and one headless Chromium for the whole run (each module used
to build, serve and launch its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import build_served_db, launch_chromium, require_chromium, serve_app


@pytest.fixture(scope="session")
def served_db(tmp_path_factory) -> Path:
    """A database built by the monthly job from the bundled reports and targets."""
    return build_served_db(tmp_path_factory.mktemp("browser-db"))


@pytest.fixture(scope="session")
def base_url(served_db):
    """The app served in a thread against that database."""
    with serve_app(served_db) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through Playwright."""
    with launch_chromium(require_chromium()) as browser:
        yield browser
