"""Measure extraction accuracy on annotated articles and write the figures into BENCHMARKS.md.

Each corpus folder holds <doc_id>.txt articles and <doc_id>.json expectations written by
reading the text (format: tests/data/README.md). ``bench/heldout`` was written apart from the
rules and never used to tune them, so its figures say how the engine does on unseen articles;
``tests/data`` is the tuning set, shown for comparison.

Usage: python bench/bench_accuracy.py [FOLDER ...] [--no-write]
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

QUOTES = "\"'\u201c\u201d\u2018\u2019"


def norm(value: Any) -> str:
    text = "" if value is None else str(value).replace("\u2019", "'").casefold()
    return " ".join(text.strip(QUOTES + " ").split()).removeprefix("the ")


def score_article(text: str, spec: dict[str, Any], counts: Counter) -> None:
    """Add one article's hits and misses to ``counts``."""
    result = sco_core.extract(text, doc_id=spec.get("doc_id"))
    sentences = result.sentences
    statements = result.statements.merge(
        sentences[["sent_id", "text"]].rename(columns={"text": "sentence"}), on="sent_id"
    )

    def rows_for(substring: str):
        return statements[statements.sentence.str.contains(substring, regex=False)]

    for expected in spec.get("statements", []):
        rows = rows_for(expected["contains"])
        counts["statements"] += 1
        by_speaker = rows[rows.speaker.map(norm) == norm(expected["speaker"])]
        counts["statements speaker right"] += not by_speaker.empty
        strict = by_speaker
        for key in ("kind", "attribution"):
            if key in expected:
                strict = strict[strict[key] == expected[key]]
        counts["statements all fields right"] += not strict.empty
    expected_sentences = {
        int(s.sent_id)
        for e in [*spec.get("statements", []), *({"contains": c} for c in spec.get("not_statements", []))]
        for s in sentences.itertuples()
        if e["contains"] in s.text
    }
    for substring in spec.get("not_statements", []):
        counts["non-statements"] += 1
        counts["non-statements left alone"] += rows_for(substring).empty
    counts["statements found outside the annotations"] += int(
        (~statements.sent_id.isin(expected_sentences)).sum()
    )
    counts["statements found"] += len(statements)

    for proposal in spec.get("proposals", []):
        rows = result.proposals[result.proposals.set_label.map(norm) == norm(proposal.get("set_label", ""))]
        for item in proposal.get("items", []):
            counts["proposal items"] += 1
            hit = rows[
                (rows.ordinal == item["ordinal"]) & rows.text.str.contains(item["contains"], regex=False)
            ]
            counts["proposal items right"] += not hit.empty
        if "proposer" in proposal:
            counts["proposal sets with a proposer"] += 1
            counts["proposers right"] += bool(len(rows)) and norm(rows.iloc[0].proposer) == norm(
                proposal["proposer"]
            )
    for expected in spec.get("lists", []):
        counts["named lists"] += 1
        rows = result.lists[result.lists.label.map(norm) == norm(expected["label"])]
        counts["named lists exactly right"] += list(rows.sort_values("position").item) == expected["items"]
    actors = result.actors
    for expected in spec.get("actors", []):
        counts["actors"] += 1
        rows = actors[actors.name.map(norm) == norm(expected["name"])]
        counts["actors found by name"] += not rows.empty
        if rows.empty:
            continue
        row = rows.iloc[0]
        counts["actor types right"] += row.type == expected.get("type", row.type)
        if "title" in expected:
            counts["titles expected"] += 1
            counts["titles right"] += norm(row.title) == norm(expected["title"])
        for alias in expected.get("aliases_include", []):
            counts["aliases expected"] += 1
            counts["aliases found"] += norm(alias) in {norm(a) for a in row.aliases}
    for name in spec.get("not_actors", []):
        counts["non-actors"] += 1
        counts["non-actors left alone"] += actors[actors.name.map(norm) == norm(name)].empty


RATIOS = [
    ("Statement speakers", "statements speaker right", "statements"),
    ("Statements, speaker + kind + attribution", "statements all fields right", "statements"),
    ("Sentences that are not statements, left alone", "non-statements left alone", "non-statements"),
    ("Proposal items (ordinal + text)", "proposal items right", "proposal items"),
    ("Proposers", "proposers right", "proposal sets with a proposer"),
    ("Named lists, items exactly right", "named lists exactly right", "named lists"),
    ("Actors found by name", "actors found by name", "actors"),
    ("Actor types", "actor types right", "actors found by name"),
    ("Titles", "titles right", "titles expected"),
    ("Aliases", "aliases found", "aliases expected"),
    ("Non-actors left alone", "non-actors left alone", "non-actors"),
]


def score_folder(folder: Path) -> tuple[Counter, int]:
    counts: Counter = Counter()
    specs = sorted(folder.glob("*.json"))
    for path in specs:
        spec = json.loads(path.read_text(encoding="utf-8"))
        score_article(path.with_suffix(".txt").read_text(encoding="utf-8"), spec, counts)
    return counts, len(specs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[
            ROOT / "bench/heldout5",
            ROOT / "bench/heldout4",
            ROOT / "bench/heldout3",
            ROOT / "bench/heldout2",
            ROOT / "bench/heldout",
            ROOT / "tests/data",
        ],
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    folders = [(f if f.is_absolute() else Path.cwd() / f).resolve() for f in args.folders]
    results = [(folder, *score_folder(folder)) for folder in folders if folder.is_dir()]
    header = (
        "| measure | " + " | ".join(f"{f.relative_to(ROOT)} ({n} articles)" for f, _, n in results) + " |"
    )
    lines = [
        f"## Extraction accuracy ({dt.date.today().isoformat()}, `python bench/bench_accuracy.py`)",
        "",
        "Share of the annotated facts the engine gets right. `tests/data` is the tuning set; the held-out sets were"
        " written apart from the rules, and the history below says when each was first measured, untuned.",
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
