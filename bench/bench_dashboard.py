"""Benchmark of the dashboard (a script that prints figures, not a test).

    .venv/bin/python bench/bench_dashboard.py [--runs 5]

Measures, in one run on this machine:
- time from opening the overview in headless Chromium to its first plotly chart drawn, as a
  ratio to a bare Streamlit app that draws one plotly bar chart, both served here and now
  (target: at most 1.5x);
- server-side time of a rerun after a filter change, with warm caches (target: at most 200 ms);
- resident memory of the dashboard server after every page was opened once (target: at most
  400 MB).
Writes its block into BENCHMARKS.md (``--no-write`` only prints it).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

import streamlit  # noqa: E402
from benchmarks_md import write_block  # noqa: E402
from browser_harness import CHROMIUM, launch_chromium, open_app, start_streamlit, stop_streamlit  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

BARE_APP = """import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
"""
FIRST_CHART = "[data-testid='stPlotlyChart'] .main-svg"
PAGES = ["/", "/statements", "/proposals", "/principles", "/actors", "/source"]
CHARTS = {"/": 3, "/proposals": 1, "/principles": 1, "/actors": 2}
RERUN_CHANGES = [("theme", ["health"]), ("theme", ["security", "economy"]), ("kind", "direct"), ("q", "SCO")]


def first_chart_seconds(chromium, url: str) -> float:
    """Seconds from navigation to the first plotly chart drawn, in a fresh browser context."""
    with open_app(chromium, url) as app:
        start = time.perf_counter()
        app.page.goto(url)
        app.page.wait_for_selector(FIRST_CHART, state="visible", timeout=120_000)
        return time.perf_counter() - start


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def open_every_page(chromium, url: str) -> None:
    with open_app(chromium, url) as app:
        for path in PAGES:
            app.goto(path)
            if CHARTS.get(path):
                app.page.locator(FIRST_CHART).nth(CHARTS[path] - 1).wait_for(timeout=120_000)


def rerun_times_ms() -> dict[str, list[float]]:
    """Server-side time of reruns after filter changes, per page, warm caches: the time
    Streamlit's ScriptRunner spends on the rerun request (callbacks, script, cleanup), driven
    in this process through AppTest, which uses the same ScriptRunner as the server."""
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner
    from streamlit.testing.v1 import AppTest

    spent: list[float] = []
    run_script = ScriptRunner._run_script

    def timed(self, rerun_data):
        start = time.perf_counter()
        try:
            return run_script(self, rerun_data)
        finally:
            spent.append((time.perf_counter() - start) * 1000)

    ScriptRunner._run_script = timed
    entry = f"import runpy\nrunpy.run_path({str(ROOT / 'dashboard.py')!r}, run_name='__main__')\n"  # ROOT on sys.path
    times: dict[str, list[float]] = {}
    try:
        for page in PAGES:
            at = AppTest.from_string(entry, default_timeout=120)
            at.run()
            if page != "/":
                at.switch_page(str(ROOT / "pages" / f"{page.strip('/')}.py")).run()
            at.run()  # warm: caches filled, page modules compiled
            for key, value in RERUN_CHANGES * 2:
                if key == "theme":
                    at.multiselect(key=key).set_value(value)
                elif key == "kind":
                    at.button_group(key=key).set_value(value)
                else:
                    at.text_input(key=key).input(value)
                spent.clear()
                at.run()
                assert not at.exception, [e.value for e in at.exception]
                times.setdefault(page, []).append(sum(spent))
                at.button(key="clear_filters_sidebar").click().run()
    finally:
        ScriptRunner._run_script = run_script
    return times


def chromium_version() -> str:
    try:
        return subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, timeout=30
        ).stdout.strip()
    except OSError:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured page loads per app (after one warm-up)")
    parser.add_argument(
        "--no-write", action="store_true", help="print the figures without writing BENCHMARKS.md"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        bare_script = Path(folder) / "bare_plotly_app.py"
        bare_script.write_text(BARE_APP, encoding="utf-8")
        dashboard, dashboard_url = start_streamlit("dashboard.py", log=Path(folder) / "dashboard.log")
        bare, bare_url = start_streamlit(str(bare_script), log=Path(folder) / "bare.log")
        try:
            with sync_playwright() as playwright:
                chromium = launch_chromium(playwright)
                cold = first_chart_seconds(chromium, dashboard_url)  # builds the pipeline, extracts
                first_chart_seconds(chromium, bare_url)
                overview, bare_times = [], []
                for _ in range(args.runs):  # interleaved, so both see the same machine load
                    overview.append(first_chart_seconds(chromium, dashboard_url))
                    bare_times.append(first_chart_seconds(chromium, bare_url))
                open_every_page(chromium, dashboard_url)
                memory = rss_mb(dashboard.pid)
                chromium.close()
        finally:
            stop_streamlit(dashboard)
            stop_streamlit(bare)

    reruns = rerun_times_ms()
    overview_s, bare_s = statistics.median(overview), statistics.median(bare_times)
    ratio = overview_s / bare_s
    rerun_median = {page: statistics.median(ms) for page, ms in reruns.items()}
    slowest_page = max(rerun_median, key=rerun_median.get)
    worst = max(max(ms) for ms in reruns.values())

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        print(f"### Dashboard ({dt.date.today().isoformat()}, `bench/bench_dashboard.py --runs {args.runs}`)")
        print()
        print("| Measure | Value | Target | |")
        print("|---|---|---|---|")
        print(
            f"| Overview: navigation to first chart drawn (median of {args.runs}, warm server) | {overview_s:.2f} s | | |"
        )
        print(f"| Bare Streamlit app with one plotly bar chart (same, same run) | {bare_s:.2f} s | | |")
        print(f"| Ratio overview / bare | {ratio:.2f}x | <= 1.5x | {verdict(ratio <= 1.5)} |")
        print(f"| Overview first load after server start (pipeline build + extraction) | {cold:.2f} s | | |")
        print(
            f"| Rerun after a filter change, server side (median on the overview / slowest page `{slowest_page}`)"
            f" | {rerun_median['/']:.0f} ms / {rerun_median[slowest_page]:.0f} ms | <= 200 ms"
            f" | {verdict(rerun_median[slowest_page] <= 200)} |"
        )
        print(f"| Slowest single rerun of {sum(len(ms) for ms in reruns.values())} | {worst:.0f} ms | | |")
        print(
            f"| Server RSS after opening every page once | {memory:.0f} MB | <= 400 MB | {verdict(memory <= 400)} |"
        )
        print()
        print(
            f"Machine: {platform.machine()}, {len(__import__('os').sched_getaffinity(0))} CPUs, Python"
            f" {platform.python_version()}, Streamlit {streamlit.__version__}, {chromium_version()}."
            " Reruns: time in Streamlit's ScriptRunner per rerun request, driven in-process by AppTest, warm caches."
        )

    block = buffer.getvalue().strip().replace("### ", "## ", 1)
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_dashboard", block)


if __name__ == "__main__":
    main()
