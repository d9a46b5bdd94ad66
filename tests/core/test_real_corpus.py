"""The real texts annotated by readers who never saw the rules (tests/real; bench/heldout_real*).

Per text: every table has its columns and every row points at its evidence. Over the tuning set
(tests/real): the figures the statements work is held to. The held-out set is only measured here
for integrity, never for its figures: bench/bench_accuracy.py reports those.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

import sco_core
from sco_core.evaluation import document_themes, same_principle, score, share
from sco_core.tables import COLUMNS, TABLE_NAMES

ROOT = Path(__file__).resolve().parents[2]
TUNING = ROOT / "tests" / "real"
HELD_OUT = ROOT / "bench" / "heldout_real"
HELD_OUT_2 = ROOT / "bench" / "heldout_real2"
TUNING_2 = ROOT / "bench" / "tuning_real2"
SPEAKERS_BAR = 0.85


def _stems(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


@cache
def _extraction(path: Path) -> sco_core.Extraction:
    title = json.loads(path.read_text(encoding="utf-8")).get("title")
    return sco_core.extract(
        path.with_suffix(".txt").read_text(encoding="utf-8"), doc_id=path.stem, title=title
    )


@pytest.mark.parametrize(
    "path",
    _stems(TUNING) + _stems(HELD_OUT) + _stems(HELD_OUT_2) + _stems(TUNING_2),
    ids=lambda p: p.stem[:40],
)
def test_every_row_points_at_its_evidence(path: Path) -> None:
    result = _extraction(path)
    text = result.text
    for name in TABLE_NAMES:
        table = result.table(name)
        assert list(table.columns) == list(COLUMNS[name])
        for row in table.itertuples(index=False):
            assert 0 <= row.start <= row.end <= len(text)
            if "text" in table.columns:
                assert text[row.start : row.end] == row.text
    # Every actor a row refers to is in the actors table, with evidence of its own.
    actors = set(result.actors.actor_id)
    assert set(result.statements.speaker_id) <= actors
    assert set(result.mentions.actor_id) <= actors
    assert {m for members in result.statements.members for m in members} <= actors


@pytest.mark.parametrize(
    "path",
    _stems(TUNING) + _stems(HELD_OUT) + _stems(HELD_OUT_2) + _stems(TUNING_2),
    ids=lambda p: p.stem[:40],
)
def test_every_annotated_substring_is_in_its_text(path: Path) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert spec["doc_id"] == path.stem
    for entry in spec.get("statements", []):
        assert text.count(entry["contains"]) == 1, entry["contains"]
        if "through" in entry:
            assert text.find(entry["through"]) > text.find(entry["contains"])


@cache
def _tuning_counts() -> Counter:
    counts: Counter = Counter()
    for path in _stems(TUNING):
        counts.update(score(_extraction(path), json.loads(path.read_text(encoding="utf-8"))))
    return counts


def test_the_tuning_set_has_statements_to_measure() -> None:
    counts = _tuning_counts()
    assert counts["statements"] >= 100
    assert counts["multi-sentence quotations"] >= 5
    assert counts["collective statements"] >= 30


def test_statement_speakers_on_the_real_tuning_set() -> None:
    counts = _tuning_counts()
    assert share(counts, "statements speaker right", "statements") >= SPEAKERS_BAR, counts


def test_every_multi_sentence_quotation_is_one_statement() -> None:
    counts = _tuning_counts()
    assert counts["quotations whole"] == counts["multi-sentence quotations"], counts


@pytest.mark.parametrize(
    ("speaker", "joint", "right"),
    [
        ("Anthony Fauci", False, True),
        # One of the two annotated is itself a collective: the joint statement stands for it too.
        ("White House COVID Response Team", True, True),
        ("Joe Biden", False, False),  # not one of the parties the joint statement stands for
    ],
)
def test_two_speakers_of_one_sentence_are_both_the_joint_statement(
    speaker: str, joint: bool, right: bool
) -> None:
    text = (
        "Joe Biden met Dr. Anthony Fauci and his White House COVID Response Team.\n\nDr. Fauci and"
        " members of the COVID Response Team updated the President on the latest developments."
    )
    contains = "Dr. Fauci and members of the COVID Response Team updated"
    partner = "White House COVID Response Team" if speaker == "Anthony Fauci" else "Anthony Fauci"
    spec = {
        "statements": [
            {"contains": contains, "speaker": speaker, "joint": joint},
            {"contains": contains, "speaker": partner, "joint": partner != "Anthony Fauci"},
        ]
    }
    misses: list[str] = []
    score(sco_core.extract(text), spec, misses)
    assert (not any(repr(speaker) in line for line in misses)) == right, misses


@pytest.mark.parametrize(
    ("found", "expected", "same"),
    [
        ("international law", "International Law", True),
        ("the peaceful settlement of disputes", "peaceful settlement of disputes", True),
        ("respect for international law", "international law", True),
        ("mutual respect", "mutual respect for sovereignty and territorial integrity", False),
        ("law", "rule of law", False),
        ("equality", "mutual benefit", False),
    ],
)
def test_principles_read_alike_by_whole_words(found: str, expected: str, same: bool) -> None:
    assert same_principle(found, expected) is same


def test_document_themes_are_scored_for_precision_and_recall() -> None:
    text = (
        "The leaders discussed trade and tariffs.\n\nThey agreed on trade.\n\nThey also discussed security."
    )
    result = sco_core.extract(text)
    found = document_themes(result)
    assert "trade" in found
    counts = score(result, {"themes": ["trade", "health"]})
    assert counts["document themes"] == 2
    assert counts["document themes right"] == 1
    assert counts["document themes found"] == len(found)
