"""Benchmark the extraction engine and write its figures into BENCHMARKS.md.

Figures (each a ratio or a budget check, measured in one run so machine noise cancels out):
- the seed article's extraction time as a ratio to spaCy's blank English tokenizer plus
  sentencizer on the same text (target: at most 5x);
- 1,000 articles of about the seed's size, on one core (target: at most 30 s);
- growth with input size: 10x the text against 1x (target: at most 12x the time);
- import plus pipeline build, in a fresh interpreter (target: at most 2.5 s).

Usage: python bench/bench_extract.py [--articles 1000] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from benchmarks_md import write_block  # noqa: E402

from sco_core import load_default_article  # noqa: E402
from sco_core.extractor import Extractor  # noqa: E402


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
        extractor.extract(seed)
        reference(seed)

    # Interleave the two so that a burst of load elsewhere hits both alike; take the median ratio.
    pairs = []
    for _ in range(60):
        ref_time = timed(lambda: reference(seed), 1)
        our_time = timed(lambda: extractor.extract(seed, doc_id="seed"), 1)
        pairs.append((our_time, ref_time))
    ratio = statistics.median(o / r for o, r in pairs)
    ours = statistics.median(o for o, _ in pairs)
    ref = statistics.median(r for _, r in pairs)

    articles = variants(seed, args.articles)
    start = time.perf_counter()
    for text in articles:
        extractor.extract(text)
    batch = time.perf_counter() - start
    batch_ref_start = time.perf_counter()
    for text in articles:
        reference(text)
    batch_ref = time.perf_counter() - batch_ref_start

    big = "\n".join([seed] * 10)
    growths = []
    for _ in range(5):
        one = timed(lambda: extractor.extract(seed), 5)
        ten = timed(lambda: extractor.extract(big), 1)
        growths.append((ten / one, ten, one))
    growth, ten, one = sorted(growths)[len(growths) // 2]

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
    ]
    lines = [
        f"## Extraction engine ({today}, `python bench/bench_extract.py`)",
        "",
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, spaCy {spacy.__version__}; medians; pinned to one core.",
        "",
        "| measure | result | target | met |",
        "|---|---|---|---|",
        *[f"| {name} | {result} | {target} | {'yes' if ok else 'NO'} |" for name, result, target, ok in rows],
    ]
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_extract", block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
