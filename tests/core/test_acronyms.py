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
