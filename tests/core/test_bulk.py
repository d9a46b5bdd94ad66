"""The 1,000 real texts of the bulk set: none raises, and every row points at its evidence."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import sco_core
from sco_core.tables import TABLE_NAMES

BULK = Path(__file__).resolve().parents[1] / "corpus" / "bulk.jsonl.gz"
# A speaker is someone the text names: "I" in a turn or a quotation is its speaker, never an actor.
PRONOUNS = frozenset("i me my we us our you he him his she her they them their it".split())


def _records() -> list[dict]:
    with gzip.open(BULK, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_the_bulk_set_is_all_there() -> None:
    records = _records()
    assert len(records) == 1000
    assert len({r["id"] for r in records}) == 1000


@pytest.mark.parametrize("part", range(4))
def test_every_bulk_text_extracts_with_its_evidence(part: int) -> None:
    """Extract a quarter of the set (four cases, so a failure names where it is)."""
    bad: list[str] = []
    for record in _records()[part::4]:
        text = record["text"]
        result = sco_core.extract(text, doc_id=record["id"], title=record.get("title"))
        for name in TABLE_NAMES:
            table = result.table(name)
            for row in table.itertuples(index=False):
                start, end = int(row.start), int(row.end)
                if not 0 <= start <= end <= len(text):
                    bad.append(f"{record['id']} {name}: offsets {start}-{end} outside the text")
                elif "text" in table.columns and text[start:end] != row.text:
                    bad.append(f"{record['id']} {name}: {text[start:end]!r} != {row.text!r}")
                elif name == "statements" and list(row.sentences) != list(
                    range(row.sent_id, row.sentences[-1] + 1)
                ):
                    bad.append(f"{record['id']} statements: sentences {list(row.sentences)} not a run")
                elif name == "statements" and row.speaker.lower() in PRONOUNS:
                    bad.append(f"{record['id']} statements: the pronoun {row.speaker!r} as speaker")
    assert bad[:5] == [], f"{len(bad)} bad rows"
