"""Benchmark of adding articles (a script that prints figures, not a test).

    .venv/bin/python bench/bench_library.py [--files 100] [--no-browser]

Adds ``--files`` articles the size of the seed article (each made distinct, so each is its
own article) in one upload, and measures the time to done (target: at most 10 s for 100):
- through the code path of the Add articles page (``sco_app.adding.add_uploads`` into an
  SQLite library in a temporary folder), with the progress callback's every call recorded;
- in headless Chromium against a served dashboard: from the click on "Add 100 files" to the
  per-file result list, sampling the progress bar while it runs (the upload of the files to
  the server, before the click, is timed apart).
Writes its block into BENCHMARKS.md (``--no-write`` only prints it).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

from benchmarks_md import write_block  # noqa: E402

import sco_core  # noqa: E402
from sco_app import adding  # noqa: E402
from sco_core.library import SQLiteLibrary  # noqa: E402

TARGET_S = 10.0
OBSERVE_PROGRESS = """() => {
  window.__progress = [];
  new MutationObserver(() => {
    const bar = document.querySelector("[data-testid='stProgress']");
    const text = bar ? bar.innerText.trim() : "";
    if (text && window.__progress[window.__progress.length - 1] !== text) window.__progress.push(text);
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
}"""


def article_files(count: int) -> list[tuple[str, bytes]]:
    """``count`` distinct .txt files, each the seed article with its own first line."""
    seed = sco_core.load_default_article()
    return [(f"article_{n:03d}.txt", f"Summit report {n}\n\n{seed}".encode()) for n in range(count)]


def bench_code_path(files: list[tuple[str, bytes]]) -> dict[str, float]:
    """Seconds to add every file as the page does, and the progress calls seen."""
    with tempfile.TemporaryDirectory() as folder:
        library = SQLiteLibrary(Path(folder) / "library.sqlite3")
        ticks: list[tuple[float, int]] = []
        start = time.perf_counter()
        rows = adding.add_uploads(
            library, files, on_progress=lambda done, total, name: ticks.append((time.perf_counter(), done))
        )
        seconds = time.perf_counter() - start
        assert all(row.added for row in rows) and len(library.list()) == len(files)
    gaps = [b - a for (a, _), (b, _) in zip([(start, 0), *ticks], ticks, strict=False)]
    return {"seconds": seconds, "ticks": len(ticks), "longest_gap": max(gaps)}


def bench_browser(files: list[tuple[str, bytes]]) -> dict[str, float]:
    """Seconds from the click on Add to the result list, in Chromium, with progress samples."""
    from browser_harness import launch_chromium, open_app, start_streamlit, stop_streamlit
    from playwright.sync_api import expect, sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        process, url = start_streamlit(
            "dashboard.py",
            env={"SCO_DASHBOARD_DB": str(Path(folder) / "library.sqlite3")},
            log=Path(folder) / "streamlit.log",
        )
        try:
            with sync_playwright() as playwright:
                chromium = launch_chromium(playwright)
                with open_app(chromium, url) as app:
                    app.goto("/add")
                    app.page.get_by_role("tab", name="Upload files").click()
                    start = time.perf_counter()
                    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
                        [{"name": n, "mimeType": "text/plain", "buffer": b} for n, b in files]
                    )
                    add = app.page.locator(".st-key-add_uploads button")
                    expect(add).to_have_text(re.compile(f"Add {len(files)} files"), timeout=120_000)
                    expect(add).to_be_enabled(timeout=120_000)
                    uploaded = time.perf_counter() - start
                    done = app.page.locator(
                        "[data-testid='stAlert']", has_text=f"{len(files)} of {len(files)}"
                    )
                    # Record every progress text the page shows, from inside the page.
                    app.page.evaluate(OBSERVE_PROGRESS)
                    start = time.perf_counter()
                    add.click()
                    expect(done).to_be_visible(timeout=120_000)
                    seconds = time.perf_counter() - start
                    samples = app.page.evaluate("() => window.__progress")
                    app.assert_clean()
                chromium.close()
        finally:
            stop_streamlit(process)
    return {
        "upload": uploaded,
        "seconds": seconds,
        "samples": len(samples),
        "last": samples[-1] if samples else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--no-browser", action="store_true", help="only the code path, no Chromium")
    parser.add_argument(
        "--no-write", action="store_true", help="print the figures without writing BENCHMARKS.md"
    )
    args = parser.parse_args()
    files = article_files(args.files)
    size = len(files[0][1])
    code = bench_code_path(files)
    browser = None if args.no_browser else bench_browser(files)
    verdict = (
        "met"
        if code["seconds"] <= TARGET_S and (browser is None or browser["seconds"] <= TARGET_S)
        else "MISSED"
    )
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        print(f"### Adding articles ({dt.date.today().isoformat()})\n")
        print(
            f"{args.files} files of {size:,} bytes (the seed article, each made distinct) in one upload; "
            f"{platform.python_version()}, {os.cpu_count()} CPUs, `bench/bench_library.py`.\n"
        )
        print("| measure | figure | target |")
        print("|---|---|---|")
        print(
            f"| add through the page's code path (`sco_app.adding.add_uploads`, SQLite) | {code['seconds']:.2f} s "
            f"| ≤ {TARGET_S:.0f} s |"
        )
        print(
            f"| progress calls / longest gap between two | {code['ticks']:.0f} of {args.files} / "
            f"{code['longest_gap'] * 1000:.0f} ms | one per file |"
        )
        if browser is not None:
            print(
                f"| in Chromium: click on Add to the result list | {browser['seconds']:.2f} s | ≤ {TARGET_S:.0f} s |"
            )
            print(
                f"| in Chromium: distinct progress texts the page showed while adding | {browser['samples']:.0f} "
                f"(last: {browser['last']}) | shown throughout |"
            )
            print(
                f"| in Chromium: sending the {args.files} files to the server (before the click) | {browser['upload']:.2f} s | |"
            )
        print(f"\nTarget (≤ {TARGET_S:.0f} s for the add): {verdict}.")

        print(
            "\nAdding stores text and metadata only; each article is extracted when first opened (see the extraction figures above)."
        )
    block = buffer.getvalue().strip().replace("### ", "## ", 1)
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_library", block)


if __name__ == "__main__":
    main()
