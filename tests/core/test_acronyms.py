"""An unknown acronym in running text names an organisation (issue 8, item 4); a word merely
written in capitals does not."""

from __future__ import annotations

import pytest

import sco_core

LEAD = "President Joe Biden met Prime Minister Anthony Albanese.\n\n"


def _actors(text: str) -> dict[str, str]:
    result = sco_core.extract(LEAD + text)
    return dict(zip(result.actors.name, result.actors.type, strict=True))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The meeting strengthened ties with the OSCE and the Islamic Conference.", "OSCE"),
        ("They pledged more doses to COVAX this year.", "COVAX"),
        ("The leaders welcomed the decision of OPEC+ to raise output.", "OPEC+"),
        ("USAID and the World Bank will fund the project.", "USAID"),
    ],
)
def test_an_unknown_acronym_names_an_organisation(sentence: str, name: str) -> None:
    assert _actors(sentence).get(name) == "organization"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("- PROMOTE maritime cooperation, and promote trade.", "PROMOTE"),  # written in lower case too
        ("NOTING the progress made since 2021, the leaders met.", "NOTING"),  # an operative participle
        ("It has been OVER three years since they met.", "OVER"),  # a function word
        ("The COVID pandemic hit trade hard.", "COVID"),  # not_acronyms
        ("They met in CHINA last week.", "CHINA"),  # a country in capitals
        ("He spoke of Partners in the Blue Pacific (PBP) at length.", "PBP"),  # a short form
    ],
)
def test_a_word_in_capitals_is_no_organisation(sentence: str, word: str) -> None:
    assert word not in _actors(sentence)


def test_a_dateline_place_in_capitals_is_no_organisation() -> None:
    text = "PERTH, Australia — The prime ministers signed a security agreement on Saturday."
    assert "PERTH" not in dict(
        zip(*[sco_core.extract(text).actors[c] for c in ("name", "type")], strict=True)
    )


def test_a_heading_in_capitals_names_no_organisation() -> None:
    assert not {"SUMMIT", "ROME"} & set(_actors("FACT SHEET: THE SUMMIT IN ROME"))


def _reference(text: str, phrase: str) -> str:
    result = sco_core.extract(text)
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    rows = result.mentions[result.mentions.text == phrase]
    return names[rows.actor_id.iloc[-1]]


@pytest.mark.parametrize("phrase", ["the group", "the bloc"])
def test_the_group_is_the_grouping_the_text_is_about_not_the_last_one_named(phrase: str) -> None:
    text = (
        "BRICS foreign ministers met in Rio de Janeiro. BRICS is growing.\n\n"
        "The ministers discussed the Group of 20 agenda.\n\n"
        f"Mauro Vieira laid out two ideas. First, {phrase} should expand trade. Second, it must reform."
    )
    assert _reference(text, phrase) == "BRICS"


def test_the_organisation_is_still_the_last_one_so_named() -> None:
    text = (
        "The Group of Seven met the Shanghai Cooperation Organization in Moscow.\n\n"
        "The organization said it would meet again."
    )
    assert _reference(text, "The organization") == "Shanghai Cooperation Organization"


@pytest.mark.parametrize(
    ("sentence", "name", "not_name"),
    [
        (
            "They met the Shanghai Cooperation Organization in Moscow.",
            "Shanghai Cooperation Organization",
            "Shanghai Cooperation Organization in Moscow",
        ),
        (
            "Leaders gathered at the United Nations in New York.",
            "United Nations",
            "United Nations in New York",
        ),
    ],
)
def test_a_known_name_then_in_and_a_place_is_no_one_name(sentence: str, name: str, not_name: str) -> None:
    actors = _actors(sentence)
    assert name in actors and not_name not in actors


def test_a_name_with_in_inside_stays_whole() -> None:
    text = "The Conference on Interaction and Confidence-Building Measures in Asia met in Astana."
    assert any("Measures in Asia" in name for name in _actors(text))
