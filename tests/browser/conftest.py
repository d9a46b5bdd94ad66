"""Browser-test fixtures: one dashboard server and one Chromium per session, a fresh browser
context per test (see browser_harness for the waiting and the checks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_harness import CHROMIUM, App, launch_chromium, open_app, start_streamlit, stop_streamlit


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the dashboard, served once for the whole session."""
    process, url = start_streamlit("dashboard.py", log=tmp_path_factory.mktemp("server") / "streamlit.log")
    yield url
    stop_streamlit(process)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium; a missing one fails the run (these tests are never skipped)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install the `chromium` apt package (never `playwright install`)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def app(chromium, app_url: str) -> Iterator[App]:
    """A fresh browser context (its own Streamlit session) on the shared server."""
    with open_app(chromium, app_url) as app:
        yield app
