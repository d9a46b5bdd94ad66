"""Lists by what they hold (issue 8, item 2): any plural noun phrase may head a list, and a list's
kind comes from its head noun (``lists.json``), ``outcome`` included."""

from __future__ import annotations

import pytest

import sco_core


def _lists(text: str) -> dict[str, tuple[str, list[str]]]:
    result = sco_core.extract(text)
    return {
        group.label.iloc[0]: (group.kind.iloc[0], list(group.sort_values("position").item))
        for _, group in result.lists[result.lists.label != ""].groupby("list_id")
    }


@pytest.mark.parametrize(
    ("sentence", "label", "kind", "items"),
    [
        (
            "The meeting examined ties with other international bodies, in particular the OSCE, the United"
            " Nations and the Organisation of the Islamic Conference.",
            "other international bodies",
            "other",
            ["the OSCE", "United Nations", "Organisation of the Islamic Conference"],
        ),
        (
            "Russia and the EU backed major energy projects\u2014the Shtokman gas field, a new pipeline and a road.",
            "major energy projects",
            "other",
            ["Shtokman gas field", "a new pipeline", "a road"],
        ),
        (
            "The adopted documents include: the Concept for Border Policy; the Report on Cooperation; and the"
            " Programme of Cooperation.",
            "adopted documents",  # after a determiner the participle is part of the label
            "outcome",
            ["Concept for Border Policy", "Report on Cooperation", "Programme of Cooperation"],
        ),
        (
            "The summit also discussed international issues\u2014in particular, Iraq, Afghanistan and Syria.",
            "international issues",
            "other",
            ["Iraq", "Afghanistan", "Syria"],
        ),
        (
            "They agreed on concrete steps, including a hotline, joint patrols and regular talks.",
            "concrete steps",
            "outcome",
            ["a hotline", "joint patrols", "regular talks"],
        ),
        # Words joined by "and" before the label name the list with it ...
        (
            "The leaders reaffirmed the fundamental and shared values of democracy, gender equality and rule of law.",
            "fundamental and shared values",
            "principle",
            ["democracy", "gender equality", "rule of law"],
        ),
        (
            "Iran acts through terrorist proxies and armed groups\u2014including the Houthis, Hezbollah, and Hamas.",
            "terrorist proxies and armed groups",
            "other",
            ["the Houthis", "Hezbollah", "Hamas"],
        ),
        # ... but not a noun before "and other": "trade" is not part of the label.
        (
            "They work in trade and other areas, such as energy, health and culture.",
            "areas",
            "pillar",
            ["energy", "health", "culture"],
        ),
        # An em dash ends a list that a dash opened.
        (
            "They will invest in four areas of focus\u2014climate, health and health security, digital technology,"
            " and gender equity and equality\u2014with catalytic investments.",
            "four areas of focus",
            "pillar",
            ["climate", "health and health security", "digital technology", "gender equity and equality"],
        ),
    ],
)
def test_a_plural_noun_phrase_heads_a_list_of_the_kind_its_head_says(
    sentence: str, label: str, kind: str, items: list[str]
) -> None:
    assert _lists(sentence)[label] == (kind, items)


@pytest.mark.parametrize(
    "sentence",
    [
        # After a pronoun or a modal the word is a verb: no label.
        "They will support Ukraine for as long as it takes, including economic and legal help.",
        # A name heads no list of its own.
        "They thanked the United States: Japan, Korea and Australia.",
        # What follows the cue is a clause or an adverbial, not items.
        "They deepened ties between the two nations, including through research, culture and tourism.",
        "The leaders welcomed their partners, including those which bear the cost, and others.",
    ],
)
def test_no_list_where_the_words_before_the_cue_are_no_label(sentence: str) -> None:
    assert not {label for label in _lists(sentence) if label not in {"cost"}}, _lists(sentence)


def test_a_last_item_that_says_how_is_not_an_item() -> None:
    text = "By adhering to the principles of openness, acceptance and by not forming blocs, the group grew."
    assert _lists(text)["principles"] == ("principle", ["openness", "acceptance"])


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        # An uncounted set before the colon that opens the items: its name as written.
        ("The leaders commit to taking further measures as soon as possible:", "further measures"),
        (
            "The Administration is outlining key planks of an agenda the group will advance:",
            "key planks of an agenda",
        ),
        ("The ministers agreed on the following steps:", "following steps"),
    ],
)
def test_an_uncounted_set_before_its_colon_names_the_proposals(intro: str, label: str) -> None:
    text = (
        f"{intro}\n\n- expand the trade in grain;\n- open a joint laboratory;\n- hold a forum every year.\n"
    )
    proposals = sco_core.extract(text).proposals
    assert list(proposals.set_label) == [label] * 3
    assert list(proposals.ordinal) == [1, 2, 3]


def test_a_set_noun_without_a_proposal_cue_names_no_proposals() -> None:
    text = "Further measures were discussed at length:\n\n- the grain trade;\n- a laboratory;\n- a forum.\n"
    assert set(sco_core.extract(text).proposals.set_label) <= {""}


def test_being_committed_to_something_before_bullets_makes_no_proposals() -> None:
    text = (
        "The United States and Ireland are committed to deepening ties between the two nations.\n\n"
        "- The leaders agreed to encourage student exchanges.\n- The program affirms the power of poetry.\n"
    )
    assert sco_core.extract(text).proposals.empty
