"""Single rules of the engine, each on a few sentences written to exercise it."""

from __future__ import annotations

import pytest

import sco_core


def statement(text: str, contains: str):
    """The one statement whose sentence holds ``contains``."""
    result = sco_core.extract(text)
    sentences = result.sentences[result.sentences.text.str.contains(contains, regex=False)]
    rows = result.statements[result.statements.sent_id.isin(sentences.sent_id)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A short quoted phrase of the speaker's is still the speaker's words.
        ('Prime Minister Pham Minh Chinh called for "restraint" at the talks.', "direct"),
        ("President Xi Jinping said the two were “natural partners” in trade.", "direct"),
        # Names, counted labels and terms after a naming cue are scare quotes.
        ('President Xi Jinping said the "Shanghai Spirit" guided the group.', "reported"),
        ('President Xi Jinping said the "three evils" remained a threat.', "reported"),
        ('President Xi Jinping criticised the so-called "small yard" of the West.', "reported"),
        ("President Xi Jinping said the grouping was growing.", "reported"),
    ],
)
def test_short_quotes_are_words_unless_they_are_terms(sentence: str, kind: str) -> None:
    assert statement(sentence, sentence[:20]).kind == kind
