"""Corrections become tests: a reviewed article exported in the tests/data format is read by the
test-corpus runner (tests/core/test_articles.py), which passes on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sco_core
from sco_core.corrections import annotations, apply_corrections, for_row, validate

ROOT = Path(__file__).resolve().parents[2]


def _reviewed_seed():
    seed = sco_core.extract(sco_core.load_default_article(), doc_id="sco_summit_2020")
    statements = seed.statements
    book = statements[statements.speaker == "blue book"].iloc[0]
    xi = statements[statements.speaker == "Xi Jinping"].iloc[0]
    fixes = [
        validate(for_row("statements", "speaker", book, seed.text, speaker_id="person:xi-jinping"), seed),
        validate(
            for_row(
                "statements", "kind", xi, seed.text, kind="reported" if xi.kind == "direct" else "direct"
            ),
            seed,
        ),
    ]
    return seed, fixes, apply_corrections(seed, fixes)


def _run_runner(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/core/test_articles.py",
            "-k",
            "not covers_required",
        ],
        cwd=ROOT,
        env={**os.environ, "SCO_TEST_DATA_DIR": str(folder)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_export_holds_the_corrected_facts() -> None:
    seed, fixes, reviewed = _reviewed_seed()
    exported = annotations(reviewed, fixes)
    book = next(
        s for s in exported["statements"] if s["speaker"] == "Xi Jinping" and "blue book" in s["contains"]
    )
    assert "attribution" not in book  # the analyst's, not a rule's
    assert [c["id"] for c in exported["corrections"]] == [f.id for f in fixes]
    text = seed.text
    assert all(text.count(s["contains"]) == 1 for s in exported["statements"])
    assert json.loads(json.dumps(exported)) == exported


def test_a_reviewed_seed_round_trips_through_the_test_corpus_runner(tmp_path: Path) -> None:
    seed, fixes, reviewed = _reviewed_seed()
    (tmp_path / "sco_summit_2020.txt").write_text(seed.text, encoding="utf-8")
    spec = tmp_path / "sco_summit_2020.json"
    spec.write_text(json.dumps(annotations(reviewed, fixes), ensure_ascii=False, indent=1), encoding="utf-8")
    done = _run_runner(tmp_path)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout and "failed" not in done.stdout
    # Without its corrections the same expectations fail: the runner really checks them.
    without = json.loads(spec.read_text(encoding="utf-8"))
    without.pop("corrections")
    spec.write_text(json.dumps(without, ensure_ascii=False), encoding="utf-8")
    assert _run_runner(tmp_path).returncode != 0
