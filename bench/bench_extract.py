"""Benchmark the extraction engine and write its figures into BENCHMARKS.md.

Figures (each a ratio or a budget check, measured in one run so machine noise cancels out):
- the seed article's extraction time as a ratio to spaCy's blank English tokenizer plus
  sentencizer on the same text (target: at most 5x);
- 1,000 articles of about the seed's size, on one core (target: at most 30 s);
- growth with input size: 10x the text against 1x (target: at most 12x the time);
- import plus pipeline build, in a fresh interpreter (target: at most 2.5 s);
- linear time far past the seed: real texts of the bulk set joined, in file order, to about
  100,000 and 300,000 characters, time per character as a ratio to the seed's (target for
  300,000: at most 1.5x);
- the 1,000 real texts of the bulk set (tests/corpus/bulk.jsonl.gz), on one core: total time,
  characters per second, the slowest text, and the texts that raised (target: none).

Usage: python bench/bench_extract.py [--articles 1000] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = ROOT / "tests" / "corpus" / "bulk.jsonl.gz"
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from benchmarks_md import write_block  # noqa: E402

from sco_core import load_default_article  # noqa: E402
from sco_core.extractor import Extraction, Extractor  # noqa: E402
from sco_core.tables import LIST_VIEWS, TABLE_NAMES  # noqa: E402


def extract_all(extractor: Extractor, text: str, **options: str) -> Extraction:
    """Extract ``text`` and read every table the engine makes: it builds a table's frame when first
    read, and a reader (the dashboard, the CLI) reads them all, so the frames are part of the time
    (the views of ``lists``, made from it when a page asks, are not)."""
    extraction = extractor.extract(text, **options)
    for name in TABLE_NAMES:
        if name not in LIST_VIEWS:
            extraction.tables[name]
    return extraction


def timed(fn, repeat: int) -> float:
    """Return the median wall time of ``fn()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def variants(text: str, count: int) -> list[str]:
    """Return ``count`` distinct articles of about the seed's size (paragraphs rotated, numbered)."""
    paragraphs = text.split("\n")
    out = []
    for n in range(count):
        k = n % len(paragraphs)
        out.append(f"Report {n}.\n" + "\n".join(paragraphs[k:] + paragraphs[:k]))
    return out


def bulk_records() -> list[dict]:
    """Return the bulk set's records (``id``, ``text``, ...), in file order."""
    with gzip.open(BULK, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def joined(records: list[dict], length: int) -> str:
    """Join the records' texts with a blank line, in file order, until the result reaches ``length``."""
    parts: list[str] = []
    size = -2
    for record in records:
        parts.append(record["text"])
        size += len(record["text"]) + 2
        if size >= length:
            break
    return "\n\n".join(parts)


def per_char_ratio(extractor: Extractor, seed: str, long: str, rounds: int) -> tuple[float, float, float]:
    """Return the median over ``rounds`` of (long's time per character / seed's), with both times.

    Each round times the seed (median of 5) next to the long text (once), so load hits both alike.
    """
    results = []
    for _ in range(rounds):
        one = timed(lambda: extract_all(extractor, seed), 5)
        many = timed(lambda: extract_all(extractor, long), 1)
        results.append(((many / len(long)) / (one / len(seed)), many, one))
    return sorted(results)[len(results) // 2]


def build_seconds() -> float:
    code = "import time; t=time.perf_counter(); from sco_core.extractor import Extractor; Extractor(); print(time.perf_counter()-t)"
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        runs.append(float(done.stdout.strip()))
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    seed = load_default_article()
    extractor = Extractor()
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    for _ in range(5):
        extract_all(extractor, seed)
        reference(seed)

    # Interleave the two so that a burst of load elsewhere hits both alike; take the median ratio.
    pairs = []
    for _ in range(60):
        ref_time = timed(lambda: reference(seed), 1)
        our_time = timed(lambda: extract_all(extractor, seed, doc_id="seed"), 1)
        pairs.append((our_time, ref_time))
    ratio = statistics.median(o / r for o, r in pairs)
    ours = statistics.median(o for o, _ in pairs)
    ref = statistics.median(r for _, r in pairs)

    articles = variants(seed, args.articles)
    start = time.perf_counter()
    for text in articles:
        extract_all(extractor, text)
    batch = time.perf_counter() - start
    batch_ref_start = time.perf_counter()
    for text in articles:
        reference(text)
    batch_ref = time.perf_counter() - batch_ref_start

    big = "\n".join([seed] * 10)
    growths = []
    for _ in range(5):
        one = timed(lambda: extract_all(extractor, seed), 5)
        ten = timed(lambda: extract_all(extractor, big), 1)
        growths.append((ten / one, ten, one))
    growth, ten, one = sorted(growths)[len(growths) // 2]

    records = bulk_records()
    linear = {}
    for length in (100_000, 300_000):
        long = joined(records, length)
        extract_all(extractor, long)  # warm-up
        linear[length] = (len(long), *per_char_ratio(extractor, seed, long, 5))

    bulk_times: list[tuple[float, str, int]] = []
    failures: list[str] = []
    bulk_start = time.perf_counter()
    for record in records:
        text = record["text"]
        start = time.perf_counter()
        try:
            extract_all(extractor, text, doc_id=record["id"])
        except Exception as error:  # a failure is a figure, not a crash of the benchmark
            message = " ".join(str(error).split()).replace("|", "\\|")[:120]
            failures.append(f"{record['id']} ({type(error).__name__}: {message})")
        bulk_times.append((time.perf_counter() - start, record["id"], len(text)))
    bulk = time.perf_counter() - bulk_start
    bulk_ref_start = time.perf_counter()
    for record in records:
        reference(record["text"])
    bulk_ref = time.perf_counter() - bulk_ref_start
    bulk_chars = sum(len(record["text"]) for record in records)
    slowest, slowest_id, slowest_chars = max(bulk_times)
    for failure in failures:
        print(f"bulk failure: {failure}", file=sys.stderr)

    build = build_seconds()
    today = dt.date.today().isoformat()
    rows = [
        (
            "Seed extraction / blank tokenizer+sentencizer",
            f"{ratio:.2f}x ({ours * 1000:.1f} ms / {ref * 1000:.2f} ms)",
            "<= 5x",
            ratio <= 5,
        ),
        (
            f"{args.articles} seed-size articles, one core",
            f"{batch:.1f} s (reference pipeline: {batch_ref:.1f} s)",
            "<= 30 s",
            batch <= 30 * args.articles / 1000,
        ),
        (
            "10x text / 1x text",
            f"{growth:.1f}x ({ten * 1000:.0f} ms / {one * 1000:.1f} ms)",
            "<= 12x",
            growth <= 12,
        ),
        ("Import + pipeline build (fresh interpreter)", f"{build:.2f} s", "<= 2.5 s", build <= 2.5),
        *[
            (
                f"Time per character, {chars:,} chars of bulk texts / seed ({len(seed):,} chars)",
                f"{per_char:.2f}x ({many * 1000:.0f} ms / {one * 1000:.1f} ms)",
                "<= 1.5x" if length == 300_000 else "-",
                per_char <= 1.5 if length == 300_000 else None,
            )
            for length, (chars, per_char, many, one) in linear.items()
        ],
        (
            f"{len(records):,} bulk texts ({bulk_chars:,} chars), one core",
            f"{bulk:.1f} s, {bulk_chars / bulk:,.0f} chars/s (reference pipeline: {bulk_ref:.1f} s)",
            "-",
            None,
        ),
        (
            "Slowest bulk text",
            f"{slowest_id} ({slowest_chars:,} chars): {slowest * 1000:.0f} ms",
            "-",
            None,
        ),
        (
            "Bulk texts that raised",
            f"{len(failures)}"
            + (f": {'; '.join(failures[:5])}" if failures else "")
            + (f"; and {len(failures) - 5} more" if len(failures) > 5 else ""),
            "0",
            not failures,
        ),
    ]
    lines = [
        f"## Extraction engine ({today}, `python bench/bench_extract.py`)",
        "",
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, spaCy {spacy.__version__}; medians; pinned to one core.",
        "",
        "| measure | result | target | met |",
        "|---|---|---|---|",
        *[
            f"| {name} | {result} | {target} | {'-' if ok is None else 'yes' if ok else 'NO'} |"
            for name, result, target, ok in rows
        ],
    ]
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_extract", block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
