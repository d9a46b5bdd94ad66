"""Measure extraction accuracy on annotated articles and write the figures into BENCHMARKS.md.

Each corpus folder holds <doc_id>.txt articles and <doc_id>.json expectations written by
reading the text (format: tests/data/README.md). ``bench/heldout_real2`` and ``bench/heldout_real``
hold real texts (government readouts and statements) annotated apart from the rules (the second
never used to tune them, the first used since its first figure was kept);
``tests/real`` is the real tuning set. The synthetic sets (``bench/heldout`` to ``heldout5``,
``tests/data``) are shown for comparison.

Usage: python bench/bench_accuracy.py [FOLDER ...] [--no-write] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks_md import write_block  # noqa: E402

import sco_core  # noqa: E402
from sco_core.evaluation import RATIOS, score  # noqa: E402


def score_article(text: str, spec: dict[str, Any], counts: Counter, misses: list[str] | None = None) -> None:
    """Add one article's hits and misses to ``counts`` (and its wrong speakers to ``misses``)."""
    result = sco_core.extract(text, doc_id=spec.get("doc_id"), title=spec.get("title"))
    counts.update(score(result, spec, misses))


def _shown(folder: Path) -> str:
    """A folder as the table heads it: relative to the repository when it is inside it."""
    folder = folder.resolve()
    return str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder)


def score_folder(folder: Path, *, show_misses: bool = False) -> tuple[Counter, int]:
    counts: Counter = Counter()
    specs = sorted(folder.glob("*.json"))
    for path in specs:
        spec = json.loads(path.read_text(encoding="utf-8"))
        misses: list[str] = []
        score_article(path.with_suffix(".txt").read_text(encoding="utf-8"), spec, counts, misses)
        if show_misses:
            for line in misses:
                print(f"{_shown(folder)}/{path.stem}: {line}")
    return counts, len(specs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[
            ROOT / "bench/heldout_real2",
            ROOT / "bench/heldout_real",
            ROOT / "tests/real",
            ROOT / "bench/tuning_real2",
            ROOT / "tests/transcripts",
            ROOT / "bench/heldout5",
            ROOT / "bench/heldout4",
            ROOT / "bench/heldout3",
            ROOT / "bench/heldout2",
            ROOT / "bench/heldout",
            ROOT / "tests/data",
        ],
    )
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--misses", action="store_true", help="also list each annotated speaker the engine gets wrong"
    )
    args = parser.parse_args()
    folders = [(f if f.is_absolute() else Path.cwd() / f).resolve() for f in args.folders]
    results = [
        (folder, *score_folder(folder, show_misses=args.misses)) for folder in folders if folder.is_dir()
    ]
    header = "| measure | " + " | ".join(f"{_shown(f)} ({n} articles)" for f, _, n in results) + " |"
    lines = [
        f"## Extraction accuracy ({dt.date.today().isoformat()}, `python bench/bench_accuracy.py`)",
        "",
        "Share of the annotated facts the engine gets right. Every set is real text but `bench/heldout*`"
        " (synthetic) and `tests/data` (synthetic). `tests/real` and `bench/tuning_real2` are tuning sets; the"
        " held-out sets were each measured once, untuned, before any rule was changed with them in view (the"
        " history below keeps those first figures), and have been tuned on since: all of them, `bench/heldout_real2`"
        " from 2026-12-03.",
        "",
        header,
        "|---|" + "---|" * len(results),
    ]
    for label, hit, total in RATIOS:
        cells = []
        for _, counts, _n in results:
            cells.append(
                f"{counts[hit] / counts[total]:.0%} ({counts[hit]}/{counts[total]})"
                if counts[total]
                else "n/a"
            )
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    extra = " | ".join(
        f"{c['statements found outside the annotations']} of {c['statements found']}" for _, c, _n in results
    )
    lines.append(f"| Statements found in sentences the annotations do not mention | {extra} |")
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        write_block(ROOT / "BENCHMARKS.md", "bench_accuracy", block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
