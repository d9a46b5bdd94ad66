"""Benchmark what an analyst's corrections add to opening an article, and write the figures into
BENCHMARKS.md.

Two measures, each as the ratio of opening with 100 corrections (speakers, kinds, confirmations,
rejections, and actor and list corrections where the article has them) to opening without, in the
same run (target: at most 1.2):

- in the engine: the article's extraction plus the corrections applied on top (what
  ``sco_app.data.extraction_for`` does with a cold cache), then every table read, on the seed and on
  the bulk text with the most statements;
- in the dashboard: a new visitor opening the seed article's Overview and then its Statements page
  (AppTest, server side, the library file holding the corrections or none).

Usage: python bench/bench_corrections.py [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks_md import write_block  # noqa: E402

from sco_core import load_default_article  # noqa: E402
from sco_core.corrections import Correction, apply_corrections, for_row, validate  # noqa: E402
from sco_core.extractor import Extraction, Extractor  # noqa: E402
from sco_core.tables import TABLE_NAMES  # noqa: E402

BULK = ROOT / "tests" / "corpus" / "bulk.jsonl.gz"
CORRECTIONS = 100
TARGET = 1.2


def hundred_corrections(ex: Extraction) -> list[Correction]:
    """100 valid corrections of ``ex``: actor and list ones first, then statement ones in turn."""
    text = ex.text
    fixes: list[Correction] = []
    actors = ex.actors.to_dict("records")
    for actor in actors[:5]:
        fixes.append(for_row("actors", "title", actor, text, title="Analyst title"))
    for item in ex.lists.to_dict("records")[:5]:
        fixes.append(for_row("lists", "list_kind", item, text, kind="other"))
    statements = ex.statements.to_dict("records")
    ops = ("confirm", "speaker", "kind", "speaker", "confirm")
    k = 0
    while len(fixes) < CORRECTIONS:
        row = statements[k % len(statements)]
        op = ops[k % len(ops)]
        value = {"speaker_id": actors[k % len(actors)]["actor_id"]} if op == "speaker" else {}
        if op == "kind":
            value = {"kind": "reported" if row["kind"] == "direct" else "direct"}
        fixes.append(for_row("statements", op, row, text, **value))
        k += 1
    return [validate(fix, ex) for fix in fixes]


def opened(extraction: Extraction) -> Extraction:
    """``extraction`` with every table read, as opening an article reads them (the engine builds a
    table's frame when it is first read)."""
    for name in TABLE_NAMES:
        extraction.tables[name]
    return extraction


def opening_ratio(extractor: Extractor, text: str, rounds: int) -> tuple[float, float, int]:
    """(ms without, ms with 100 corrections, applied) for opening ``text``, medians of interleaved rounds."""
    fixes = hundred_corrections(extractor.extract(text))
    plain, corrected = [], []
    applied = 0
    for _ in range(rounds):
        start = time.perf_counter()
        opened(extractor.extract(text))
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        applied = len(opened(apply_corrections(extractor.extract(text), fixes)).review.applied)
        corrected.append(time.perf_counter() - start)
    return statistics.median(plain) * 1000, statistics.median(corrected) * 1000, applied


# A new visitor's session of the real dashboard (see tests/app/conftest.py for why a small entry
# script runs dashboard.py).
ENTRY = f"""import runpy, sys
if {str(ROOT)!r} not in sys.path:
    sys.path.insert(0, {str(ROOT)!r})
runpy.run_path({str(ROOT / "dashboard.py")!r}, run_name="__main__")
"""


def dashboard_ratio(rounds: int) -> tuple[float, float]:
    """(ms without, ms with 100 corrections) for a new visitor opening the seed's Overview and then
    its Statements page, medians of interleaved rounds (the engine's reading cached, as on a server)."""
    from streamlit.testing.v1 import AppTest

    from sco_app.data import DEFAULT_ARTICLE
    from sco_core.library import DB_ENV, SQLiteLibrary

    folder = Path(tempfile.mkdtemp(prefix="bench-corrections-"))
    plain_db, corrected_db = folder / "none.sqlite3", folder / "hundred.sqlite3"
    SQLiteLibrary(plain_db)
    library = SQLiteLibrary(corrected_db)
    extraction = Extractor().extract(load_default_article(), doc_id=DEFAULT_ARTICLE)
    for fix in hundred_corrections(extraction):
        library.add_correction(DEFAULT_ARTICLE, fix)

    def open_article(db: Path) -> float:
        os.environ[DB_ENV] = str(db)
        start = time.perf_counter()
        at = AppTest.from_string(ENTRY, default_timeout=120).run()
        at.switch_page(str(ROOT / "pages" / "statements.py")).run()
        elapsed = time.perf_counter() - start
        if at.exception:
            raise RuntimeError(f"the dashboard raised: {[e.value for e in at.exception]}")
        return elapsed

    previous = os.environ.get(DB_ENV)
    try:
        open_article(plain_db), open_article(corrected_db)  # warm the caches and the imports
        plain, corrected = [], []
        for _ in range(rounds):
            plain.append(open_article(plain_db))
            corrected.append(open_article(corrected_db))
    finally:
        if previous is None:
            os.environ.pop(DB_ENV, None)
        else:
            os.environ[DB_ENV] = previous
        shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(plain) * 1000, statistics.median(corrected) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--dashboard-rounds", type=int, default=9)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    extractor = Extractor()
    with gzip.open(BULK, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    richest = max(records, key=lambda r: len(extractor.extract(r["text"]).statements))
    cases = [("seed article", load_default_article()), (f"bulk text {richest['id']}", richest["text"])]
    lines = [
        f"## Corrections ({dt.date.today().isoformat()}, `python bench/bench_corrections.py`)",
        "",
        f"Opening an article with {CORRECTIONS} corrections against opening it with none, medians of"
        " interleaved rounds in one run. In the engine: the extraction, then the corrections applied on top,"
        " then every table read (the engine builds a table's frame when it is first read, after the"
        " corrections changed its rows).",
        "",
        "| engine: article | statements | without | with 100 corrections (applied) | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    worst = 0.0
    for name, text in cases:
        plain, corrected, applied = opening_ratio(extractor, text, args.rounds)
        ratio = corrected / plain
        worst = max(worst, ratio)
        statements = len(extractor.extract(text).statements)
        lines.append(
            f"| {name} ({len(text):,} chars) | {statements} | {plain:.1f} ms | {corrected:.1f} ms ({applied}) |"
            f" {ratio:.2f}x | <= {TARGET}x | {'yes' if ratio <= TARGET else 'NO'} |"
        )
    plain, corrected = dashboard_ratio(args.dashboard_rounds)
    ratio = corrected / plain
    worst = max(worst, ratio)
    lines += [
        "",
        "In the dashboard: a new visitor opens the seed article's Overview, then its Statements page"
        " (AppTest, server side; the engine's reading cached, as on a running server).",
        "",
        "| dashboard: article | without | with 100 corrections | ratio | target | met |",
        "|---|---|---|---|---|---|",
        f"| seed article | {plain:.0f} ms | {corrected:.0f} ms | {ratio:.2f}x | <= {TARGET}x |"
        f" {'yes' if ratio <= TARGET else 'NO'} |",
    ]
    block = "\n".join(lines) + "\n"
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_corrections", block)
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
