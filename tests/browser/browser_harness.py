"""Serve the dashboard with `streamlit run` on a free loopback port and drive it in Debian's
Chromium with Playwright: shared by the browser tests and the benchmark."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("SCO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STARTUP_TIMEOUT_S = 90
RUN_TIMEOUT_MS = 60_000
# Streamlit's frontend probes `<path>/_stcore/{health,host-config}` to find the app's base
# URL when a page is opened by a deep link such as /statements; those probes answer 404
# before it falls back to the root. That is Streamlit's routine, not an error of the app.
BASE_PATH_PROBE = re.compile(r"^https?://127\.0\.0\.1:\d+/[^?#]+/_stcore/(health|host-config)$")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_streamlit(
    script: str, *, env: dict[str, str] | None = None, log: Path
) -> tuple[subprocess.Popen[bytes], str]:
    """Start `streamlit run script` from the repo root; return the process and its base URL
    once `/_stcore/health` answers ok."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--server.fileWatcherType=none",
        "--browser.gatherUsageStats=false",
        # Tracebacks in exception boxes make a failing test readable; the boxes are
        # counted either way.
        "--client.showErrorDetails=full",
    ]
    log.parent.mkdir(parents=True, exist_ok=True)
    # The article library goes beside the log (a temporary folder), in local mode, unless the
    # caller says otherwise: a test server never touches the user's own library.
    env = {
        "SCO_DASHBOARD_DB": str(log.parent / "library.sqlite3"),
        "SCO_LIBRARY_MODE": "local",
        **(env or {}),
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env}
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}"
            )
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return process, url
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # polling the health endpoint, not waiting for the app
    stop_streamlit(process)
    raise RuntimeError(f"streamlit did not answer on {url} within {STARTUP_TIMEOUT_S} s")


@contextmanager
def served_article(folder: Path, name: str, text: str) -> Iterator[str]:
    """Serve the dashboard on ``text`` as its default article (``SCO_ARTICLE_FILE``); yield its URL."""
    article = folder / name
    article.write_text(text, encoding="utf-8")
    process, url = start_streamlit(
        "dashboard.py", env={"SCO_ARTICLE_FILE": str(article)}, log=folder / "streamlit.log"
    )
    try:
        yield url
    finally:
        stop_streamlit(process)


def stop_streamlit(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class App:
    """A browser tab on the dashboard, with the checks every test ends with."""

    page: object
    base_url: str
    console_errors: list[str] = field(default_factory=list)

    def goto(self, path: str = "/") -> None:
        self.page.goto(f"{self.base_url}{path}")
        self.wait_for_run()

    def wait_for_run(self) -> None:
        """Wait until the app is connected and its script has finished running."""
        self.page.wait_for_selector(
            "[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=RUN_TIMEOUT_MS
        )
        self.page.wait_for_selector(
            "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=RUN_TIMEOUT_MS
        )

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))  # the viewport: Streamlit scrolls inside its main area
        return path

    def assert_clean(self) -> None:
        """No exception box on the page and no error in the browser console."""
        exceptions = self.page.locator("[data-testid='stException']")
        assert exceptions.count() == 0, exceptions.all_inner_texts()
        assert self.console_errors == []


def launch_chromium(playwright):
    """Debian's Chromium, headless, with nothing that reaches out to the network."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@contextmanager
def open_app(chromium, base_url: str) -> Iterator[App]:
    """A fresh browser context (own session, own downloads) on the app at base_url."""
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    app = App(page=page, base_url=base_url)

    def on_console(message) -> None:
        if message.type != "error":
            return
        where = (message.location or {}).get("url", "")
        if message.text.startswith("Failed to load resource") and BASE_PATH_PROBE.match(where):
            return
        app.console_errors.append(f"{message.text} ({where})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: app.console_errors.append(f"page error: {error}"))
    try:
        yield app
    finally:
        context.close()
