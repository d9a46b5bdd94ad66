"""Benchmark what an analyst's corrections add to opening an article, and write the figures into
BENCHMARKS.md.

Opening an article is its extraction plus the corrections applied on top (what
``sco_app.data.extraction_for`` does). Measured on the seed and on the bulk text with the most
statements, each with 100 corrections (speakers, kinds, confirmations, rejections, and actor and
list corrections where the article has them), as the ratio of opening with them to opening without,
in the same run (target: at most 1.2).

Usage: python bench/bench_corrections.py [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks_md import write_block  # noqa: E402

from sco_core import load_default_article  # noqa: E402
from sco_core.corrections import Correction, apply_corrections, for_row, validate  # noqa: E402
from sco_core.extractor import Extraction, Extractor  # noqa: E402

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


def opening_ratio(extractor: Extractor, text: str, rounds: int) -> tuple[float, float, int]:
    """(ms without, ms with 100 corrections, applied) for opening ``text``, medians of interleaved rounds."""
    fixes = hundred_corrections(extractor.extract(text))
    plain, corrected = [], []
    applied = 0
    for _ in range(rounds):
        start = time.perf_counter()
        extractor.extract(text)
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        applied = len(apply_corrections(extractor.extract(text), fixes).review.applied)
        corrected.append(time.perf_counter() - start)
    return statistics.median(plain) * 1000, statistics.median(corrected) * 1000, applied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=41)
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
        f"Opening an article (extraction, then the corrections applied on top) with {CORRECTIONS} corrections,"
        " against opening it with none, medians of interleaved rounds in one run.",
        "",
        "| article | statements | without | with 100 corrections (applied) | ratio | target | met |",
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
    block = "\n".join(lines) + "\n"
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_corrections", block)
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
