"""Transcript turns: a paragraph that opens with a speaker label starts that speaker's turn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sco_core
from sco_core.evaluation import score

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "transcripts"
PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "it", "our", "my"}


def turns_of(text: str):
    result = sco_core.extract(text)
    rows = result.statements[result.statements.attribution == "label"]
    return result, rows


def row_at(result, text: str, contains: str):
    at = text.index(contains)
    statements = result.statements
    return statements[(statements.start <= at) & (at < statements.end)]


PRESS = (
    "The two presidents made statements for the press after the talks.\n\n* * *\n\n"
    "President of Russia Vladimir Putin: Mr President, ladies and gentlemen, we have had useful talks."
    " I agree with you: we have much to do.\n\n"
    "We discussed trade. He said that the new route would open soon.\n\n"
    "Prime Minister of Japan Shinzo Abe (retranslated): Thank you. We will continue our dialogue.\n\n"
    "Vladimir Putin: Thank you."
)


def test_each_turn_is_one_direct_statement_of_its_labelled_speaker() -> None:
    result, rows = turns_of(PRESS)
    assert rows.speaker.tolist() == ["Vladimir Putin", "Shinzo Abe", "Vladimir Putin"]
    assert set(rows.kind) == {"direct"}
    first = rows.iloc[0]
    # The turn runs over both paragraphs up to the next label; the label is not part of the speech.
    assert first.text.startswith("Mr President, ladies")
    assert first.text.endswith("would open soon.")
    assert PRESS[first.start : first.end] == first.text
    assert len(first.sentences) == 4
    # Nothing inside a turn is a statement of its own: "He said" is Putin speaking.
    assert len(row_at(result, PRESS, "He said that the new route")) == 1
    # The report before the separator is news text, with no turn in it.
    assert row_at(result, PRESS, "made statements for the press").attribution.tolist() != ["label"]


def test_the_short_label_is_the_person_of_the_full_one_with_its_title() -> None:
    result, rows = turns_of(PRESS)
    putin = result.actors[result.actors.name == "Vladimir Putin"]
    assert len(putin) == 1
    assert putin.iloc[0].title == "President of Russia"
    assert result.actors[result.actors.name == "Shinzo Abe"].iloc[0].title == "Prime Minister of Japan"
    assert rows.speaker_id.iloc[0] == rows.speaker_id.iloc[2]


def test_pronouns_in_a_turn_are_the_speaker_never_actors() -> None:
    result, _rows = turns_of(PRESS)
    assert not set(result.actors.name.str.lower()) & PRONOUNS
    assert not set(result.statements.speaker.str.lower()) & PRONOUNS


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        # A label on a line of its own: the speech is the paragraphs after it.
        (
            "President of Belarus Alexander Lukashenko:\n\nThank you, Vladimir Vladimirovich. Our"
            " countries are close.",
            "Our countries are close",
            "Alexander Lukashenko",
        ),
        # "of X": the first word after the title's complement is no part of the name.
        (
            "Head of the Republic of Crimea Sergei Aksyonov: The bridge is open.\n\nSergei Aksyonov: Yes.",
            "The bridge is open",
            "Sergei Aksyonov",
        ),
        # The short label later in the text gives the name in a long one.
        (
            "Presidential Commissioner for Children’s Rights Anna Kuznetsova: Good afternoon.\n\n"
            "Vladimir Putin: Go ahead.\n\nAnna Kuznetsova: We have a plan.",
            "Good afternoon",
            "Anna Kuznetsova",
        ),
        # A label that is only a name, once it recurs; a demonym as a first name stays a name.
        (
            "German Gref: The bank has grown.\n\nVladimir Putin: Good.\n\nGerman Gref: Thank you.",
            "The bank has grown",
            "German Gref",
        ),
        # Particles inside a name.
        (
            "CEO of Royal Shell Ben van Beurden: We invest here.\n\nBen van Beurden: Thank you.",
            "We invest here",
            "Ben van Beurden",
        ),
        # An organisation inside a title is no heading.
        (
            "Vladimir Putin: Welcome.\n\nSpecial Envoy of the Japanese Government and Former Prime Minister"
            " of Japan Yoshiro Mori (retranslated): Thank you very much.\n\nVladimir Putin: Please.",
            "Thank you very much",
            "Yoshiro Mori",
        ),
    ],
)
def test_label_forms(text: str, contains: str, speaker: str) -> None:
    result, _rows = turns_of(text)
    rows = row_at(result, text, contains)
    assert rows.speaker.tolist() == [speaker]
    assert rows.attribution.tolist() == ["label"]


def test_a_question_is_the_unnamed_questioners_and_an_answer_the_last_named_speaker() -> None:
    text = (
        "Vladimir Putin: Let us take questions.\n\nQuestion: Mr President, what about the sanctions?\n\n"
        "A: They will not stop us.\n\nRemark: Thank you."
    )
    result, rows = turns_of(text)
    assert rows.speaker.tolist() == ["Vladimir Putin", "Questioner", "Vladimir Putin", "Questioner"]
    question = row_at(result, text, "what about the sanctions").iloc[0]
    assert question.speaker_id != rows.speaker_id.iloc[0]  # never attributed to an official
    assert not question.joint
    questioner = result.actors[result.actors.actor_id == question.speaker_id].iloc[0]
    assert questioner.type == "group"


def test_a_moderator_is_an_unnamed_person_by_role() -> None:
    text = "Moderator: Welcome to the forum.\n\nVladimir Putin: Thank you.\n\nModerator: First question."
    result, rows = turns_of(text)
    assert rows.speaker.tolist() == ["Moderator", "Vladimir Putin", "Moderator"]
    moderator = result.actors[result.actors.name == "Moderator"].iloc[0]
    assert moderator.type == "person" and moderator.actor_id == rows.speaker_id.iloc[0]


def test_a_proposal_in_a_turn_is_the_speakers() -> None:
    text = (
        "Moderator remarks followed.\n\n* * *\n\n"
        "President of Kazakhstan Nursultan Nazarbayev: I propose three steps. First, to open the"
        " border crossings. Second, to build a new railway. Third, to lower the tariffs.\n\n"
        "Vladimir Putin: Thank you."
    )
    result = sco_core.extract(text)
    assert len(result.proposals) == 3
    assert set(result.proposals.proposer) == {"Nursultan Nazarbayev"}


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        # A colon after a clause, at the start of a paragraph.
        ("Russia made one thing clear: the talks would go on.", "the talks would go on"),
        ("I agree with you: we have much to do.", "we have much to do"),
        # A topic lead-in in a fact sheet is no speaker.
        (
            "Climate Change: G20 Leaders came out in support of ending public finance for coal.",
            "ending public finance",
        ),
        ("Build Back Better World: The partnership will mobilize private capital.", "mobilize private"),
        # Salutations and headings in capitals.
        ("Dear Dr. Lander: I am writing to ask you to lead.", "writing to ask"),
        ("TO THE CONGRESS OF THE UNITED STATES: I hereby report an order.", "hereby report"),
        ("EMPOWERING STATE AND LOCAL LEADERS: The order directs agencies.", "directs agencies"),
        # A heading over a list names a document, not a speaker.
        ("Joint Declaration of Agriculture Exporters: The signatories reaffirm trade.", "reaffirm trade"),
        ("Ministry of Foreign Affairs Press Service: The office is closed today.", "office is closed"),
    ],
)
def test_colons_that_are_not_labels(text: str, contains: str) -> None:
    result = sco_core.extract(text)
    assert "label" not in row_at(result, text, contains).attribution.tolist()
    assert not (result.statements.attribution == "label").any()


def test_a_label_before_a_quotation_quotes_and_starts_no_turn() -> None:
    text = (
        "Senators welcomed the order.\n\n"
        "Oregon Senator Jeff Merkley: “There is nothing more important than this.”\n\n"
        "The senators will vote next week."
    )
    result = sco_core.extract(text)
    rows = row_at(result, text, "nothing more important")
    assert rows.speaker.tolist() == ["Jeff Merkley"]
    assert rows.attribution.tolist() != ["label"]
    assert row_at(result, text, "will vote next week").empty


def test_a_heading_ends_a_turn() -> None:
    text = (
        "President of Russia Vladimir Putin: Thank you, colleagues.\n\n"
        "Beginning of meeting with US President Donald Trump\n\n"
        "The leaders then talked in private."
    )
    result, rows = turns_of(text)
    assert rows.text.tolist() == ["Thank you, colleagues."]
    assert "label" not in row_at(result, text, "talked in private").attribution.tolist()


@pytest.mark.parametrize("path", sorted(TRANSCRIPTS.glob("*.json")), ids=lambda p: p.stem[:40])
def test_every_annotated_turn_is_whole_under_its_labelled_speaker(path: Path) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    result = sco_core.extract(text, doc_id=spec["doc_id"])
    counts = score(result, spec)
    assert counts["turns"] == len(spec["turns"]) > 0
    assert counts["turns right"] == counts["turns"], counts
    assert not set(result.statements.speaker.str.lower()) & PRONOUNS


def test_a_turns_through_may_end_in_white_space_that_makes_it_unique() -> None:
    from sco_core.evaluation import score

    text = "President of Peru Dina Boluarte: Thank you very much. We agree.\n\nPresident of Russia Vladimir Putin: Thank you very much.\n"
    result = sco_core.extract(text)
    # The newline makes the annotation find Putin's turn, not Boluarte's; it is no part of the turn.
    turn = {
        "contains": "Thank you very much.\n",
        "through": "Thank you very much.\n",
        "speaker": "Vladimir Putin",
    }
    assert score(result, {"turns": [turn]})["turns right"] == 1
    assert score(result, {"turns": [turn | {"speaker": "Dina Boluarte"}]})["turns right"] == 0
