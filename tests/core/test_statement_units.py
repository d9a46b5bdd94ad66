"""The statement unit: one quotation over several sentences is one statement; collectives speak."""

from __future__ import annotations

import pytest

import sco_core


def statements_holding(text: str, contains: str):
    result = sco_core.extract(text)
    at = text.index(contains)
    rows = result.statements[(result.statements.start <= at) & (at < result.statements.end)]
    return result, rows


@pytest.mark.parametrize(
    ("text", "first", "last", "speaker"),
    [
        # A postposed speaker after the last sentence names the speaker of all of it.
        (
            "Olaf Scholz spoke first. “France is proud of this partnership. We will not leave anyone"
            " behind,” said Emmanuel Macron, President of France.",
            "France is proud",
            "anyone behind",
            "Emmanuel Macron",
        ),
        # The attribution inside the quotation, after its first sentence.
        (
            "President Cyril Ramaphosa opened the summit. “We have grown,” he said. “The door remains open."
            " Others will join.”",
            "We have grown",
            "We have grown",
            "Cyril Ramaphosa",
        ),
        # A paragraph left open and reopened is the same quotation.
        (
            "Foreign Minister Sergey Lavrov spoke to reporters.\n\n“We value our friends.\n\n“No one will"
            " undermine this,” Lavrov said.",
            "We value our friends",
            "No one will undermine",
            "Sergey Lavrov",
        ),
        # Straight quotes, attribution before the quotation.
        (
            'Prime Minister Narendra Modi said: "India is ready. We will work with all partners."',
            "India is ready",
            "all partners",
            "Narendra Modi",
        ),
    ],
)
def test_a_quotation_over_several_sentences_is_one_statement(
    text: str, first: str, last: str, speaker: str
) -> None:
    _result, rows = statements_holding(text, first)
    assert len(rows) == 1, rows
    row = rows.iloc[0]
    assert row.speaker == speaker
    assert row.kind == "direct"
    assert last in row.text and first in row.text
    assert text[row.start : row.end] == row.text
    if first != last:
        assert len(row.sentences) >= 2


def test_an_opening_quotation_mark_belongs_to_the_sentence_it_opens() -> None:
    text = "The group represents half of the world's population. “We are proud,” said Mauro Vieira."
    result = sco_core.extract(text)
    assert list(result.sentences.text) == [
        "The group represents half of the world's population.",
        "“We are proud,” said Mauro Vieira.",
    ]


def test_two_quotations_of_one_sentence_each_stay_two_statements() -> None:
    text = "“We agree,” said Vladimir Putin. “So do we,” said Xi Jinping."
    result = sco_core.extract(text)
    assert list(result.statements.speaker) == ["Vladimir Putin", "Xi Jinping"]
    assert [len(s) for s in result.statements.sentences] == [1, 1]


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        (
            "In a joint statement, the ministers reaffirmed their commitment to multilateralism.",
            "reaffirmed",
            "ministers",
        ),
        ("The parties denounced all forms of terrorism as criminal.", "denounced", "parties"),
        ("The heads of state underscored the importance of a just order.", "underscored", "heads of state"),
        (
            "Both Governments reaffirm the commitment to peacefully resolve disputes.",
            "reaffirm",
            "Both Governments",
        ),
        (
            "The Presidents of the CST signatory countries expressed their readiness to help.",
            "expressed",
            "Presidents of the CST signatory countries",
        ),
        (
            "On security, the Nordic countries and the United States reiterated their condemnation of the war.",
            "reiterated",
            "Nordic countries and the United States",
        ),
    ],
)
def test_a_collective_subject_is_a_joint_speaker(text: str, contains: str, speaker: str) -> None:
    result, rows = statements_holding(text, contains)
    assert list(rows.speaker) == [speaker]
    assert bool(rows.iloc[0].joint)
    actor = result.actors[result.actors.name == speaker]
    assert list(actor.type) == ["group"]


def test_two_leaders_stand_for_the_two_people_named_before() -> None:
    text = (
        "President Vladimir Putin held talks with President Jiang Zemin in Beijing. "
        "The two presidents stressed the importance of the treaty. They said it was historic."
    )
    result = sco_core.extract(text)
    rows = result.statements
    assert list(rows.speaker) == ["two presidents", "two presidents"]
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    assert [names[m] for m in rows.iloc[0].members] == ["Vladimir Putin", "Jiang Zemin"]
    assert list(rows.attribution) == ["explicit", "pronoun"]


@pytest.mark.parametrize(
    ("text", "speaker", "members"),
    [
        # Named parties joined by "and" speak together, one statement standing for each of them.
        (
            "Russia and China reaffirmed their support for the treaty.",
            "Russia and China",
            ["Russia", "China"],
        ),
        (
            "The United States and India commit to provide each other preferential market access.",
            "United States and India",
            ["United States", "India"],
        ),
        # Honorifics between the names; a full name before "and" shares the cue of the one after.
        (
            "Ms Merkel and Mr Sarkozy expressed their support.",
            "Ms Merkel and Mr Sarkozy",
            ["Merkel", "Sarkozy"],
        ),
        (
            "Angela Merkel and Nicolas Sarkozy expressed their support.",
            "Angela Merkel and Nicolas Sarkozy",
            ["Angela Merkel", "Nicolas Sarkozy"],
        ),
    ],
)
def test_named_parties_joined_by_and_speak_jointly(text: str, speaker: str, members: list[str]) -> None:
    result = sco_core.extract("Talks were held.\n\n" + text)
    rows = result.statements
    assert list(rows.speaker) == [speaker]
    assert bool(rows.iloc[0].joint)
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    assert [names[m] for m in rows.iloc[0].members] == members


def test_a_bare_collective_refers_back_to_the_last_of_its_head() -> None:
    text = "BRICS foreign ministers met in Rio. The ministers condemned terrorism in all its forms."
    _result, rows = statements_holding(text, "condemned")
    assert list(rows.speaker) == ["BRICS foreign ministers"]


@pytest.mark.parametrize(
    "text",
    [
        # A possessive collective is not the subject.
        "The ministers' joint communique was released a day later than planned.",
        # A collective that does not speak.
        "The ministers met in Rio on Monday.",
    ],
)
def test_no_collective_speaker(text: str) -> None:
    result = sco_core.extract(text)
    assert not result.statements.joint.any(), result.statements


def test_we_in_a_joint_statement_is_the_leaders_it_names() -> None:
    text = (
        "As leaders of Australia, the United Kingdom, and the United States, guided by our ideals, we resolve"
        " to deepen cooperation.\n\nWe will promote deeper information sharing.\n\nWe signed a new agreement."
    )
    result = sco_core.extract(text)
    rows = result.statements
    assert set(rows.speaker) == {"leaders of Australia, the United Kingdom, and the United States"}
    assert set(rows.kind) == {"direct"}
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    assert [names[m] for m in rows.iloc[0].members] == ["Australia", "United Kingdom", "United States"]
    # "We signed": a joint outcome, not speech.
    assert not rows.text.str.contains("We signed").any()


def test_we_in_a_release_is_the_country_it_names_most() -> None:
    text = (
        "Talks with the United States went well. The United States and Japan are partners.\n\n"
        "We will work with Congress to augment our finance tools."
    )
    rows = sco_core.extract(text).statements
    assert list(rows.speaker) == ["United States"]


def test_we_inside_a_quotation_is_the_quoted_speaker() -> None:
    text = 'President Joe Biden arrived in Tokyo. "We will stand with our allies," Biden said.'
    rows = sco_core.extract(text).statements
    assert list(rows.speaker) == ["Joe Biden"]


def test_a_pair_named_by_their_roles_speaks_jointly() -> None:
    text = (
        "Vice President Kamala Harris spoke with Crown Prince Salman bin Hamad Al Khalifa of Bahrain. "
        "The Vice President and Crown Prince condemned the attacks on commercial vessels."
    )
    result, rows = statements_holding(text, "condemned")
    assert len(rows) == 1 and bool(rows.iloc[0].joint)
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    assert {names[m] for m in rows.iloc[0].members} == {"Kamala Harris", "Salman bin Hamad Al Khalifa"}


def test_a_collective_subject_may_end_in_an_auxiliary() -> None:
    text = "In announcing this partnership, the United States and its G7 partners are expressing a unified vision."
    _result, rows = statements_holding(text, "expressing")
    assert list(rows.speaker) == ["United States and its G7 partners"]


def test_a_capitalised_collective_is_no_name_of_its_own() -> None:
    text = (
        "The G20 Leaders stressed the importance of climate finance. "
        "The Leaders recognized the need for cooperation against ransomware."
    )
    result, rows = statements_holding(text, "recognized")
    assert list(rows.speaker) == ["G20 Leaders"]
    assert "Leaders" not in set(result.actors.name)


def test_a_personal_message_speaks_for_its_sender() -> None:
    text = (
        "President Vladimir Putin sent a message to President George W. Bush. The message said: “We mourn"
        " with the American people. We will not forget.”"
    )
    _result, rows = statements_holding(text, "We mourn")
    assert list(rows.speaker) == ["Vladimir Putin"]


def test_a_declaration_that_states_is_no_message() -> None:
    text = "President Vladimir Putin arrived in Bishkek. The declaration said the borders were inviolable."
    _result, rows = statements_holding(text, "inviolable")
    assert list(rows.speaker) == ["declaration"]


def test_they_in_a_relative_clause_is_the_collective_that_opens_the_sentence() -> None:
    text = (
        "The Presidents of the CST signatory countries also adopted a declaration, in which they expressed"
        " their readiness to help."
    )
    _result, rows = statements_holding(text, "readiness")
    assert list(rows.speaker) == ["Presidents of the CST signatory countries"]


@pytest.mark.parametrize(
    ("text", "own_voice"),
    [
        ("The United States hosts the talks. We will work with Congress on finance.", True),
        ("The United States hosts the talks. Our efforts will be guided by high standards.", True),
        ("The United States hosts the talks. 1. We reaffirm our support for the partnership.", True),
        # Their own words though most of the sentence quotes a text they are bound by.
        (
            "The United States hosts the talks. We remain committed to the Treaty, including its obligation"
            " “to pursue negotiations in good faith on effective measures relating to nuclear disarmament”.",
            True,
        ),
        (
            "The United States hosts the talks. The Treaty binds every party “to pursue negotiations in good"
            " faith on effective measures relating to nuclear disarmament”.",
            False,
        ),
        # A "we" of a subordinate clause is not the sentence's subject.
        ("The United States hosts the talks. Leaders met in Rome as we recover from the pandemic.", False),
    ],
)
def test_the_authors_own_voice(text: str, own_voice: bool) -> None:
    rows = sco_core.extract(text).statements
    assert (list(rows.cue) == ["we"]) is own_voice, rows


def test_we_names_its_authors() -> None:
    text = (
        "We, the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand,"
        " having met in Kuala Lumpur, declare the following:\n\n1. We reaffirm our commitment to peace."
    )
    rows = sco_core.extract(text).statements
    reaffirm = rows[rows.text.str.contains("reaffirm")]
    assert list(reaffirm.speaker) == [
        "Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand"
    ]


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        # A sentence adverbial with no comma before the subject.
        (
            "The heads of state met in Moscow. At the same time they pointed to the need for reform.",
            "pointed",
            "heads of state",
        ),
        (
            "The sides signed a treaty. In the document the sides declared their intention to cooperate.",
            "declared",
            "sides",
        ),
        # An honorific between "according to" and the name.
        (
            "President Vladimir Putin opened the session. Its creation, according to Mr Putin, would enrich"
            " the interaction.",
            "enrich",
            "Vladimir Putin",
        ),
    ],
)
def test_subjects_past_openers_and_honorifics(text: str, contains: str, speaker: str) -> None:
    _result, rows = statements_holding(text, contains)
    assert list(rows.speaker) == [speaker]


def test_an_opening_phrase_is_no_speaker_of_its_own() -> None:
    # "In the document" opens the clause; with no subject after it there is no statement.
    rows = sco_core.extract("In the document stressed points were listed.").statements
    assert rows.empty


def test_a_bare_collective_is_the_one_fuller_collective_of_its_head() -> None:
    text = (
        "Leaders stressed the need for balanced energy markets. "
        "The G20 Leaders also came out in support of a global minimum tax."
    )
    result = sco_core.extract(text)
    assert list(result.statements.speaker) == ["G20 Leaders", "G20 Leaders"]
    assert "Leaders" not in set(result.actors.name)


def test_a_bare_collective_with_two_fuller_candidates_stays() -> None:
    text = (
        "The leaders stressed unity. The NATO leaders welcomed Finland. The Nordic leaders noted the Arctic."
    )
    speakers = list(sco_core.extract(text).statements.speaker)
    assert speakers[0] == "leaders"


def test_they_for_the_pair_of_the_sentence_before() -> None:
    text = (
        "Vice President Kamala Harris met Crown Prince Salman bin Hamad Al Khalifa of Bahrain. "
        "They underscored the need to stabilize the region."
    )
    result, rows = statements_holding(text, "underscored")
    assert len(rows) == 1 and bool(rows.iloc[0].joint)
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    assert [names[m] for m in rows.iloc[0].members] == ["Kamala Harris", "Salman bin Hamad Al Khalifa"]


def test_they_after_one_person_is_no_pair() -> None:
    text = "Vice President Kamala Harris met the delegation. They underscored the need for calm."
    _result, rows = statements_holding(text, "underscored")
    assert not rows.joint.any()


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        # The person in focus has no title yet: the role is theirs.
        (
            "Mr Putin and Mr Jiang first held a one to one meeting. The Russian President congratulated"
            " Mr Jiang on the Olympic Games.",
            "congratulated",
            "Putin",
        ),
        # The role comes before the text names the person.
        (
            "Asked about the Common Economic Space, the Russian President expressed confidence in it."
            " A return to the USSR is impossible, President Putin said.",
            "expressed confidence",
            "Putin",
        ),
    ],
)
def test_a_role_the_name_rules_could_not_link(text: str, contains: str, speaker: str) -> None:
    _result, rows = statements_holding(text, contains)
    assert list(rows.speaker) == [speaker]


def test_a_role_that_fits_no_one_named_is_not_the_person_in_focus() -> None:
    text = "Chancellor Olaf Scholz arrived. The Russian President expressed confidence in the deal."
    result, rows = statements_holding(text, "expressed confidence")
    assert list(rows.speaker) == ["the Russian President"]
    actor = result.actors.set_index("name").loc["the Russian President"]
    assert (actor.type, actor.title) == ("person", "Russian President")


def test_the_capitalised_document_noun_refers_back_to_the_document() -> None:
    text = (
        "After the summit, the heads of state made a joint press statement. The Statement highlighted the"
        " need to improve the Commonwealth's institutions."
    )
    _result, rows = statements_holding(text, "highlighted")
    assert list(rows.speaker) == ["joint press statement"]


def test_a_document_noun_with_nothing_before_it_is_its_own_document() -> None:
    text = "President Vladimir Putin arrived in Kazan. The Statement said the Commonwealth would grow."
    _result, rows = statements_holding(text, "would grow")
    assert list(rows.speaker) == ["Statement"]


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        # A definite document noun is the last document named of its kind, whatever follows the head.
        (
            "The leaders adopted the Joint Statement on Strategic Issues. The joint statement said that"
            " energy matters.",
            "energy matters",
            "Joint Statement on Strategic Issues",
        ),
        (
            "They adopted the Moscow Declaration on Terrorism and the Joint Statement on Strategic Issues."
            " The joint statement said that energy matters.",
            "energy matters",
            "Joint Statement on Strategic Issues",
        ),
        (
            "The leaders adopted the Declaration on the Fifth Anniversary of the SCO.\n\nThe SCO will"
            " grow, the Declaration reads.",
            "will grow",
            "Declaration on the Fifth Anniversary of the SCO",
        ),
        # An indefinite one is named by what it is about, and referred back to.
        (
            "The Presidents adopted a declaration on the situation in Central Asia and Afghanistan, in which"
            " they offered help.\n\n“Any attack will meet our resistance”, the declaration states.",
            "Any attack",
            "declaration on the situation in Central Asia and Afghanistan",
        ),
        (
            "A joint statement concerning transits between the Kaliningrad Region and the Russian mainland"
            " concluded the summit. It stipulated that the European Union should ease transit.",
            "should ease",
            "joint statement concerning transits between the Kaliningrad Region and the Russian mainland",
        ),
        (
            "A joint report about the development of the energy dialogue also pointed out the importance"
            " of nuclear fuel.",
            "nuclear fuel",
            "joint report about the development of the energy dialogue",
        ),
        # A document verb after a comma, with the document after it.
        (
            "The two presidents signed the Moscow Joint Statement.\n\nRussia and China agreed to speed up"
            " the talks, reads the text of the joint statement.",
            "speed up",
            "Moscow Joint Statement",
        ),
    ],
)
def test_documents_named_and_referred_back_to(text: str, contains: str, speaker: str) -> None:
    _result, rows = statements_holding(text, contains)
    assert list(rows.speaker) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry issued a statement on Monday. The statement said the talks went well.",
        "The group issued a statement on behalf of its members. The statement said talks went well.",
        "The ministry posted a statement on its website. The statement said the talks went well.",
    ],
)
def test_what_is_no_subject_of_a_document(text: str) -> None:
    _result, rows = statements_holding(text, "talks went well")
    assert list(rows.speaker) == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "President Vladimir Putin arrived. He reads the newspaper every morning.",
        "President Vladimir Putin arrived. The member states of the bloc met.",
        "President Vladimir Putin arrived. He read the statement that his aides wrote.",
    ],
)
def test_document_verbs_without_a_document_for_subject_are_no_speech(text: str) -> None:
    result = sco_core.extract(text)
    assert not (result.statements.cue.isin(["reads", "read", "states"])).any()


@pytest.mark.parametrize(
    ("sentence", "own_voice"),
    [
        ("As a lead partner in B3W, the United States will seek to mobilize finance.", True),
        ("The United States will incorporate these standards.", True),
        ("The United States and Japan are partners.", False),
        ("Talks with the United States will resume in May.", False),
    ],
)
def test_the_author_as_subject_speaks_in_its_own_voice(sentence: str, own_voice: bool) -> None:
    text = f"We will work with Congress and the United States Congress.\n\n{sentence}"
    _result, rows = statements_holding(text, sentence[:12])
    assert (list(rows.cue) == ["we"]) is own_voice, rows


@pytest.mark.parametrize(
    ("text", "first", "last", "one"),
    [
        # The attribution interrupts the quotation: one statement.
        (
            "“We are tapping into the talent of America,” said Gina McCarthy, the Climate Advisor. “At the"
            " same time, we are positioning America to create jobs.”",
            "tapping into",
            "create jobs",
            True,
        ),
        # A paragraph reopened with a closing mark after a quotation left open.
        (
            "The message said:\n\n“The tragedy resounds painfully even now.\n\n”The events caused the world"
            " to reassess many processes.”",
            "tragedy resounds",
            "reassess many",
            True,
        ),
        # A quotation paragraph of its own after the speaker's is a statement of its own.
        (
            "“We are partners,” said Vladimir Putin.\n\n“The treaty will serve us for decades.”",
            "We are partners",
            "serve us for decades",
            False,
        ),
    ],
)
def test_a_quotation_carried_on(text: str, first: str, last: str, one: bool) -> None:
    result = sco_core.extract(text)
    a, b = text.index(first), text.index(last)
    whole = result.statements[(result.statements.start <= a) & (result.statements.end > b)]
    assert (len(whole) == 1) is one, result.statements[["start", "end", "speaker"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Leaders praised the order.\n\nOregon Senator Jeff Merkley: “The executive order is historic. It will"
            " help millions.”",
            "Jeff Merkley",
        ),
        (
            "Leaders praised the order.\n\nRichard Moore, Co-Chair of the Advisory Council: “We are finally"
            " being heard. This is a start.”",
            "Richard Moore",
        ),
        (
            "Leaders praised the order.\n\nIllinois Senator Tammy Duckworth and New Jersey Senator Cory Booker:"
            " “There is nothing more fundamental. We commend the administration.”",
            "Illinois Senator Tammy Duckworth and New Jersey Senator Cory Booker",
        ),
        # Small words inside the title, a hyphened title, an abbreviated title, an outlet's possessive.
        (
            "Leaders praised the order.\n\nSecretary of State Marco Rubio: “The only person is Donald Trump."
            " He acts.”",
            "Marco Rubio",
        ),
        (
            "Leaders praised the order.\n\nDirector of National Intelligence Tulsi Gabbard: “Thank you. We"
            " act.”",
            "Tulsi Gabbard",
        ),
        (
            "Leaders praised the order.\n\nUN Ambassador-designate Elise Stefanik: “President Trump will"
            " stand up. We act.”",
            "Elise Stefanik",
        ),
        (
            "Leaders praised the order.\n\nSen. Eric Schmitt: “Zelensky was used to it. We act.”",
            "Eric Schmitt",
        ),
        (
            "Leaders praised the order.\n\nCNN’s Scott Jennings: “All he had to do was smile. We act.”",
            "Scott Jennings",
        ),
    ],
)
def test_a_speaker_label_before_a_quotation(text: str, speaker: str) -> None:
    _result, rows = statements_holding(text, "“")
    assert list(rows.speaker) == [speaker]
    assert len(rows.iloc[0].sentences) == 2


@pytest.mark.parametrize(
    "label",
    ["Russia made one thing clear in the talks", "Putin’s answer to the press", "The answer of Russia"],
)
def test_a_clause_before_a_colon_is_no_label_of_a_speaker(label: str) -> None:
    text = f"Vladimir Putin arrived.\n\n{label}: “We will not yield. Never.”"
    _result, rows = statements_holding(text, "We will not yield")
    assert not {"Russia", "Putin’s answer", "answer"} & set(rows.speaker)


def test_a_clause_before_a_colon_is_no_label() -> None:
    text = "Vladimir Putin arrived.\n\nRussia made one thing clear in the talks: “We will not yield. Never.”"
    _result, rows = statements_holding(text, "We will not yield")
    assert "Russia" not in set(rows.speaker)
