"""Property tests: any text up to 20,000 characters extracts without error, with valid evidence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sco_core

# The column that must equal text[start:end] in each table.
EVIDENCE = {
    "sentences": "text",
    "mentions": "text",
    "statements": "text",
    "proposals": "text",
    "themes": "term",
}
SPAN_TABLES = ("actors", "lists", "principles", "pillars")

# Article-like pieces mixed with arbitrary Unicode, so the rules fire as well as the tokenizer.
FRAGMENTS = st.sampled_from(
    [
        "President Xi Jinping said ",
        ', Zhang said. "',
        "“We agree,” he said.\n",
        "First, the SCO members should ",
        "\n- a proposal on trade;\n",
        "the three pillar sectors-security, economy and humanity-has ",
        "the “three evils” of terrorism, separatism and extremism.",
        "(1) to build; (2) to share; and (3) to grow. ",
        "The Chinese ambassador said ",
        "a five-point consensus: ",
        "\n\n",
        '"',
        "”",
        " — ",
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
    ]
)
ARTICLE_TEXT = (
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=200)), max_size=120)
    .map("".join)
    .filter(lambda text: len(text) <= 20_000)
)


def _check(text: str) -> None:
    result = sco_core.extract(text, doc_id="prop")
    for name, column in EVIDENCE.items():
        table = result.table(name)
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(text), (name, row)
            assert text[row.start : row.end] == getattr(row, column), (name, row)
    for name in SPAN_TABLES:
        table = result.table(name)
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(text), (name, row)
    for row in result.lists.itertuples():
        assert text[row.start : row.end] == row.item
    for name in sco_core.TABLE_NAMES:
        assert list(result.table(name).columns) == list(sco_core.COLUMNS[name])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_TEXT)
def test_any_text_extracts_with_valid_offsets(text: str) -> None:
    _check(text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=800), st.integers(min_value=10_000, max_value=20_000))
def test_long_arbitrary_unicode_never_raises(chunk: str, size: int) -> None:
    # Hypothesis cannot draw 20,000 characters directly; repeat a drawn chunk up to the size.
    _check((chunk * (size // len(chunk) + 1))[:size])


@settings(max_examples=25, deadline=None)
@given(ARTICLE_TEXT)
def test_same_input_same_output(text: str) -> None:
    first = sco_core.extract(text, doc_id="same").to_json()
    second = sco_core.extract(text, doc_id="same").to_json()
    assert first == second


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01", "“", '"unterminated'])
def test_degenerate_text_gives_empty_or_small_tables(text: str) -> None:
    result = sco_core.extract(text, doc_id="edge")
    assert result.statements.empty
    assert result.proposals.empty


def test_actor_evidence_spells_the_name_where_the_text_does() -> None:
    text = sco_core.load_default_article()
    actors = sco_core.extract(text).actors
    for row in actors.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        if row.name in text:
            assert text[row.start : row.end] == row.name, row


@settings(max_examples=30, deadline=None)
@given(ARTICLE_TEXT)
def test_categorical_columns_keep_to_their_declared_values(text: str) -> None:
    from sco_core.actors import ACTOR_TYPES, VIAS

    result = sco_core.extract(text, doc_id="values")
    assert set(result.actors.type) <= set(ACTOR_TYPES)
    assert set(result.mentions.via) <= set(VIAS)
    assert set(result.statements.kind) <= {"direct", "reported"}
    assert set(result.statements.attribution) <= {"explicit", "pronoun", "role", "context"}
    assert set(result.lists.kind) <= {"principle", "pillar", "threat", "other"}


def test_seed_categorical_values_are_declared() -> None:
    from sco_core.actors import ACTOR_TYPES, VIAS

    result = sco_core.extract(sco_core.load_default_article())
    assert set(result.actors.type) <= set(ACTOR_TYPES) and set(result.mentions.via) <= set(VIAS)
    assert {"person", "country", "organization", "document"} <= set(result.actors.type)
