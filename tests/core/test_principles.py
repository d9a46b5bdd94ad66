"""Principles in running text (issue 8, item 1): known principles as written, "the principle(s)
of X", a quoted principle and an enumeration laid out as principles, each a ``lists`` row of
kind principle with its evidence."""

from __future__ import annotations

import pytest

import sco_core

LEAD = "President Joe Biden met Prime Minister Narendra Modi.\n\n"


def _principles(text: str) -> list[tuple[str, str]]:
    result = sco_core.extract(LEAD + text)
    rows = result.lists[(result.lists.kind == "principle") & (result.lists.start >= len(LEAD))]
    for row in rows.itertuples():
        assert result.text[row.start : row.end] == row.item  # every principle keeps its evidence
    return list(zip(rows.label, rows.item, strict=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Known principles as written: a sentence's are one list without a label.
        (
            "We support the rule of law, freedom of navigation and overflight, and territorial integrity.",
            [
                ("", "rule of law"),
                ("", "freedom of navigation and overflight"),
                ("", "territorial integrity"),
            ],
        ),
        # "respect for" is part of the principle it governs ...
        ("They promoted respect for human rights.", [("", "respect for human rights")]),
        # ... but not of each of a series it governs.
        (
            "They acted on the basis of mutual respect for the independence, sovereignty and territorial integrity.",
            [("", "independence"), ("", "sovereignty"), ("", "territorial integrity")],
        ),
        ("They pledged to act in keeping with international law.", [("", "international law")]),
        # A modifier before a known principle is kept.
        ("They backed the international rules-based order.", [("", "international rules-based order")]),
        # "the principle(s) of X": X, whatever it is, under the label as written.
        ("Relations rest on the principle of equal partnership.", [("principle", "equal partnership")]),
        (
            "By adhering to the principles of openness, acceptance and by not forming blocs, the group grew.",
            [("principles", "openness"), ("principles", "acceptance")],
        ),
        # A principle noun before a quoted principle.
        (
            "The doctors cited a well-known medical principle, \u201cDo No Harm,\u201d in their letter.",
            [("well-known medical principle", "Do No Harm")],
        ),
    ],
)
def test_principles_in_running_text(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _principles(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Inside an organisation's name a term is not a principle.
        "They met the Collective Security Treaty Organization in Moscow.",
        # A term followed by what makes it something else ("Independence Day", a "free trade agreement").
        "They celebrated Independence Day and signed a free trade agreement.",
        # "the principles of X:" names a list; X is its owner, not a principle.
        "The summit agreed on the principles of the forum: nothing more was said.",
        # "in principle" names none.
        "They agreed in principle to meet again.",
    ],
)
def test_no_principle_where_the_words_mean_something_else(sentence: str) -> None:
    found = _principles(sentence)
    assert all(
        item not in {"Collective Security", "independence", "free trade", "forum"} for _, item in found
    )
    if "in principle" in sentence:
        assert found == []


def test_an_enumeration_laid_out_as_principles_is_a_principle_list_and_still_the_proposals() -> None:
    text = (
        "The United States laid out clear principles ahead of these talks: First, Ukraine's sovereignty"
        " must be respected. Second, any settlement must be durable. Third, the talks must include Europe."
    )
    result = sco_core.extract(LEAD + text)
    rows = result.lists[result.lists.label == "clear principles"]
    assert list(rows.kind) == ["principle"] * 3
    assert list(rows.item) == [
        "Ukraine's sovereignty must be respected.",
        "any settlement must be durable.",
        "the talks must include Europe.",
    ]
    assert list(result.proposals.ordinal) == [1, 2, 3]  # put forward: a proposal set too


def test_bullets_with_run_in_headings_under_a_principles_label_are_the_headings() -> None:
    text = (
        "The G7 endorses the guiding principles of B3W:\n\n- Values-Driven. Infrastructure must be"
        " clean.\n- Good Governance and Strong Standards. High standards matter.\n"
    )
    rows = sco_core.extract(LEAD + text).lists
    listed = rows[rows.label == "guiding principles of B3W"]
    assert list(listed.item) == ["Values-Driven", "Good Governance and Strong Standards"]


def test_an_enumeration_of_steps_is_not_a_principle_list() -> None:
    text = (
        "The minister laid out the next steps: First, the ministers will meet in May. Second, the"
        " experts will report in June."
    )
    assert _principles(text) == []


def test_the_seeds_shanghai_spirit_is_not_taken_twice() -> None:
    result = sco_core.extract(sco_core.load_default_article())
    principles = result.lists[result.lists.kind == "principle"]
    spirit = principles[principles.label.str.contains("Shanghai Spirit")]
    assert len(spirit) == 6
    others = principles[principles.label == ""]
    assert not any(
        a < d and c < b
        for a, b in zip(spirit.start, spirit.end, strict=True)
        for c, d in zip(others.start, others.end, strict=True)
    )
