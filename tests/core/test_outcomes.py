"""Documents adopted in a series (issue 8, item 2): after "adopted", "signed" or "approved", two
or more documents are an outcome list without a label, each document's name whole; an outcome
list named in the text ("the adopted documents include: ...") holds its documents by their names."""

from __future__ import annotations

import pytest
from listing import lists_of_kind

LEAD = "President Vladimir Putin met Prime Minister Atal Bihari Vajpayee.\n\n"


def _lists(text: str) -> list[tuple[str, list[str]]]:
    return lists_of_kind(LEAD, text, "outcome")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Words in capitals after a document belong to its name, "and" inside it too.
        (
            "They summarised the talks by adopting the Moscow Declaration between India and the Russian"
            " Federation on International Terrorism and the Joint Statement on Strategic Issues.",
            [
                (
                    "",
                    [
                        "Moscow Declaration between India and the Russian Federation on International Terrorism",
                        "Joint Statement on Strategic Issues",
                    ],
                )
            ],
        ),
        # A document noun in lower case opens a document too.
        (
            "The leaders adopted a joint statement and Declaration on the Global Challenges and Threats to"
            " International Security and Stability.",
            [
                (
                    "",
                    [
                        "joint statement",
                        "Declaration on the Global Challenges and Threats to International Security and Stability",
                    ],
                )
            ],
        ),
        (
            "The Presidents approved the Statement for the UN's 60th Anniversary, the Agreement on Cooperation"
            " in the Sphere of the Humanities, and the Report to CIS Peoples.",
            [
                (
                    "",
                    [
                        "Statement for the UN's 60th Anniversary",
                        "Agreement on Cooperation in the Sphere of the Humanities",
                        "Report to CIS Peoples",
                    ],
                )
            ],
        ),
        # Negatives: one document is no list ...
        ("The ministers signed the Treaty of Good-Neighbourliness and Friendly Cooperation.", []),
        # ... a clause after "and" is no document ...
        ("The leaders adopted the Declaration and Russia agreed to host the next meeting.", []),
        # ... nor are topics after "signed agreements on".
        ("They signed agreements on trade, energy and health.", []),
    ],
)
def test_documents_adopted_in_a_series(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _lists(sentence) == expected


def test_a_named_outcome_list_holds_its_documents_by_their_names() -> None:
    """A relative clause after a document is skipped, "and others" ends the list, and the
    partitive "a series of" is part of the list's name."""
    sentence = (
        "The summit resulted in the adoption of a series of documents, including the Astana Declaration, which"
        " outlines the approaches of the member states and their positions on key issues; the Convention on"
        " Counteracting Extremism, the Statement on the Joint Counteraction of International Terrorism, and others."
    )
    assert _lists(sentence) == [
        (
            "series of documents",
            [
                "Astana Declaration",
                "Convention on Counteracting Extremism",
                "Statement on the Joint Counteraction of International Terrorism",
            ],
        )
    ]


def test_semicolons_part_documents_whose_names_hold_commas_and_and() -> None:
    sentence = (
        "The adopted documents include: the Concept for Border Policy Coordination; the Programme of Cooperation"
        " in the Struggle against Terrorism and other Violent Instances of Extremism; On the Interstate Council"
        " of the Heads of the Financial Organs."
    )
    assert _lists(sentence) == [
        (
            "adopted documents",
            [
                "Concept for Border Policy Coordination",
                "Programme of Cooperation in the Struggle against Terrorism and other Violent Instances of Extremism",
                "On the Interstate Council of the Heads of the Financial Organs",
            ],
        )
    ]


def test_a_participle_after_a_verb_is_no_part_of_a_label() -> None:
    """After a determiner "adopted" modifies the label; as the verb it is not part of it."""
    sentence = (
        "The leaders adopted documents including the Astana Declaration and the Joint Statement on Security."
    )
    assert _lists(sentence) == [("documents", ["Astana Declaration", "Joint Statement on Security"])]
