"""Threats in running text (issue 8, item 2): a series of known threats outside any named list
is a ``lists`` list of kind threat with no label, each threat with its modifiers and evidence."""

from __future__ import annotations

import pytest
from listing import lists_of_kind

LEAD = "President Vladimir Putin met President Xi Jinping.\n\n"


def _threat_lists(text: str) -> list[tuple[str, list[str]]]:
    return lists_of_kind(LEAD, text, "threat")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A series of known threats, each with its modifiers.
        (
            "They agreed to counter international terrorism, national separatism, and religious extremism,"
            " the illicit trafficking in narcotics and gun-running.",
            [
                (
                    "",
                    [
                        "international terrorism",
                        "national separatism",
                        "religious extremism",
                        "illicit trafficking in narcotics",
                        "gun-running",
                    ],
                )
            ],
        ),
        # Two modifiers joined by "and" are one threat's.
        (
            "They discussed efforts to combat international terrorism and political and religious extremism.",
            [("", ["international terrorism", "political and religious extremism"])],
        ),
        ("They stood against terrorism or extremism.", [("", ["terrorism", "extremism"])]),
        # Negatives: one threat is no list ...
        ("They condemned terrorism in all its forms.", []),
        # ... threats apart from each other are no series ...
        ("Terrorism was discussed at length, and so was the rise of extremism.", []),
        # ... nor are the words of a name ...
        ("The member states signed the Convention on Combating Terrorism, Separatism and Extremism.", []),
        # ... and a named list's threats are not taken twice.
        (
            "They vowed to fight the three evil forces of terrorism, separatism and extremism.",
            [("three evil forces", ["terrorism", "separatism", "extremism"])],
        ),
    ],
)
def test_threat_series(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _threat_lists(sentence) == expected
