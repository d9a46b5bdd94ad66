"""Joint statements and declarations: who "we" is, the collectives of a readout, and the cues of
joint texts. Each construction has its table test; the negatives say what stays out."""

from __future__ import annotations

import pytest

import sco_core


def rows_at(result, text: str, contains: str):
    at = text.index(contains)
    statements = result.statements
    return statements[(statements.start <= at) & (at < statements.end)]


def member_names(result, row) -> list[str]:
    names = dict(zip(result.actors.actor_id, result.actors.name, strict=True))
    return [names[m] for m in row.members]


@pytest.mark.parametrize(
    ("text", "contains", "speaker", "members"),
    [
        # The authors named between "We," and their verb.
        (
            "We, the Leaders of the G7, express deep concern over the situation in the Middle East.",
            "express deep concern",
            "Leaders of the G7",
            ["Group of Seven"],
        ),
        # Between dashes; and with no comma, the acronym in brackets no part of the name.
        (
            "We – the Leaders of Australia, India, Japan and the United States – convened to reaffirm our"
            " commitment.",
            "convened to reaffirm",
            "Leaders of Australia, India, Japan and the United States",
            ["Australia", "India", "Japan", "United States"],
        ),
        (
            "We the Leaders of the Group of Seven (G7) remain resolved to stand with the Ukrainian people.",
            "remain resolved",
            "Leaders of the Group of Seven",
            ["Group of Seven"],
        ),
        # People with titles and a name suffix after a comma.
        (
            "We, Prime Minister Kishida Fumio, President Yoon Suk Yeol, and President Joseph R. Biden, Jr.,"
            " affirm a shared vision for our partnership.",
            "affirm a shared vision",
            "Prime Minister Kishida Fumio, President Yoon Suk Yeol, and President Joseph R. Biden, Jr.",
            ["Kishida Fumio", "Yoon Suk Yeol", "Joseph R. Biden, Jr."],
        ),
    ],
)
def test_we_names_its_authors_in_each_form(
    text: str, contains: str, speaker: str, members: list[str]
) -> None:
    result = sco_core.extract(text)
    rows = rows_at(result, text, contains)
    assert rows.speaker.tolist() == [speaker]
    assert bool(rows.iloc[0].joint)
    assert member_names(result, rows.iloc[0]) == members


def test_the_opening_subject_of_a_first_person_text_is_its_authors() -> None:
    text = (
        "The People’s Republic of China, the French Republic, the Russian Federation, the United Kingdom"
        " of Great Britain and Northern Ireland, and the United States of America consider the avoidance"
        " of war as our foremost responsibility.\n\nWe affirm that a nuclear war cannot be won."
    )
    result = sco_core.extract(text)
    row = rows_at(result, text, "We affirm").iloc[0]
    # The curly apostrophe of "People’s Republic of China" names China, not Taiwan.
    assert member_names(result, row) == ["China", "France", "Russia", "United Kingdom", "United States"]


def test_a_first_person_opening_lists_its_authors() -> None:
    text = (
        "1.\u202fWe have\u202fconvened to reaffirm our commitment to quadrilateral cooperation between"
        " Australia, India, Japan, and the United States. We strive for a region that is free and open."
    )
    result = sco_core.extract(text)
    row = rows_at(result, text, "We strive").iloc[0]
    assert member_names(result, row) == ["Australia", "India", "Japan", "United States"]
    assert "\u202f" in result.statements.iloc[0].text  # the evidence keeps the text's own spaces


@pytest.mark.parametrize(
    ("sentence", "is_statement"),
    [
        # In a declaration every sentence of its own is the authors' word ...
        ("International humanitarian law must be respected.", True),
        ("This unprovoked attack is causing enormous suffering.", True),
        # A perfect with no author for subject is a state of things; "we" in a relative clause no act.
        ("The situation is catastrophic, and thousands of lives have been lost.", True),
        ("The endeavor we launch today will help sustain peace.", True),
        # ... but for a heading, what was done, and the acts and formalities of the text itself.
        ("Combating the pandemic", False),
        ("Since February, our countries have imposed expansive restrictive measures.", False),
        ("Recently, we joined together to expand vaccine production.", False),
        ("At the leader level, we will hold an in-person summit by the end of 2021.", False),
        ("ADOPTED in Phnom Penh on the twelfth day of November.", False),
        ("At the summit we agreed to meet again in May.", False),
    ],
)
def test_a_declaration_speaks_in_every_sentence_of_its_own(sentence: str, is_statement: bool) -> None:
    text = f"We, the Leaders of the G7, express deep concern over the war.\n\n{sentence}\n"
    result = sco_core.extract(text)
    rows = rows_at(result, text, sentence)
    assert (rows.speaker.tolist() == ["Leaders of the G7"]) is is_statement, rows.speaker.tolist()
    if not is_statement:
        assert rows.empty


@pytest.mark.parametrize(
    ("heading", "declares"),
    [
        # A heading line before the authors' naming leaves it the text's opening ...
        ("Hosted by the Prime Minister of Australia, the Hon Anthony Albanese MP", True),
        # ... two sentences of narrative before it do not.
        ("The summit opened on Friday. The weather was fine.", False),
    ],
)
def test_a_declaration_names_its_authors_in_its_opening_past_heading_lines(
    heading: str, declares: bool
) -> None:
    sentence = "The region’s key challenges summon us to act with renewed purpose."
    text = (
        f"{heading}\n\nWe – the Leaders of Australia, India, Japan and the United States – convened to"
        f" reaffirm our commitment.\n\n{sentence}\n"
    )
    rows = rows_at(sco_core.extract(text), text, sentence)
    assert (rows.speaker.tolist() == ["Leaders of Australia, India, Japan and the United States"]) is declares


def test_a_government_release_is_its_country_not_a_declaration() -> None:
    text = (
        "Today, President Biden announced new steps with the United States' partners.\n\n"
        "We will work with Congress to fund the plan.\n\nThe plan builds on work by Japan."
    )
    result = sco_core.extract(text)
    assert rows_at(result, text, "We will work").speaker.tolist() == ["United States"]
    assert rows_at(result, text, "builds on work").empty


def test_a_title_before_a_name_between_commas() -> None:
    text = (
        "Today, the President of the United States, Joseph R. Biden Jr., welcomed the Prime Minister of"
        " the Republic of Iraq, Mohammed Shia’a Al-Sudani, to the White House. The two leaders"
        " reaffirmed their commitment to the partnership."
    )
    result = sco_core.extract(text)
    people = result.actors[result.actors.type == "person"].set_index("name").title.to_dict()
    assert people == {
        "Joseph R. Biden Jr.": "President of the United States",
        "Mohammed Shia’a Al-Sudani": "Prime Minister of the Republic of Iraq",
    }
    assert "Today" not in set(result.actors.name)
    row = rows_at(result, text, "reaffirmed their commitment").iloc[0]
    assert member_names(result, row) == ["Joseph R. Biden Jr.", "Mohammed Shia’a Al-Sudani"]


def test_a_bare_collective_of_a_bilateral_text_is_its_two_people() -> None:
    text = (
        "On March 17, President Joe Biden hosted Taoiseach Micheál Martin for a virtual bilateral meeting."
        " The leaders reaffirmed the deep partnership between the United States and Ireland."
    )
    result = sco_core.extract(text)
    row = rows_at(result, text, "The leaders reaffirmed").iloc[0]
    assert member_names(result, row) == ["Joe Biden", "Micheál Martin"]


def test_a_bare_collective_is_the_one_the_text_named_before_under_its_head() -> None:
    text = (
        "At the invitation of the King, the leaders of the Gulf Cooperation Council (GCC) member states"
        " and the United States met today in Jeddah.\n\nThe leaders noted the previous summits.\n\n"
        "The West Bank was discussed.\n\nThe leaders reaffirmed the importance of their ties."
    )
    result = sco_core.extract(text)
    for contains in ("noted the previous", "reaffirmed the importance"):
        row = rows_at(result, text, contains).iloc[0]
        assert (
            row.speaker == "leaders of the Gulf Cooperation Council (GCC) member states and the United States"
        )
        assert sorted(member_names(result, row)) == ["Gulf Cooperation Council", "United States"]
    assert not result.actors.name.str.endswith("Bank leaders").any()


def test_a_collective_named_by_its_part_is_that_part_and_the_whole_stays_in_view() -> None:
    text = (
        "The leaders of the Gulf Cooperation Council (GCC) member states and the United States met today"
        " in Jeddah.\n\nThe leaders noted the previous summits.\n\nIn this context, the leaders of the GCC"
        " member states welcomed the affirmation of the United States.\n\nThe leaders commended their"
        " cooperation."
    )
    result = sco_core.extract(text)
    part = rows_at(result, text, "welcomed the affirmation").iloc[0]
    assert part.speaker == "leaders of the GCC member states"
    assert member_names(result, part) == ["Gulf Cooperation Council"]
    whole = rows_at(result, text, "commended their").iloc[0]
    assert (
        whole.speaker == "leaders of the Gulf Cooperation Council (GCC) member states and the United States"
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Vladimir Putin and Xi Jinping agreed that the treaty would last.", "Vladimir Putin and Xi Jinping"),
        ("President Biden commended the Prime Minister’s efforts.", "Biden"),
        ("Both leaders paid tribute to the victims of the attack.", "Both leaders"),
        ("India intends to purchase energy products over the next five years.", "India"),
        ("The two sides agreed on the importance of a strong relationship.", "two sides"),
        ("Lavrov spoke of a new era in the relations.", "Lavrov"),
        (
            "President Biden and Prime Minister Sudani discussed their shared view that the region is integral.",
            "President Biden and Prime Minister Sudani",
        ),
        ("The two leaders discussed their commitment to the partnership.", "two leaders"),
    ],
)
def test_cues_of_joint_texts(sentence: str, speaker: str) -> None:
    text = f"Talks were held in Moscow.\n\n{sentence}"
    result = sco_core.extract(text)
    assert speaker in rows_at(result, text, sentence).speaker.tolist()


@pytest.mark.parametrize(
    ("item", "speaker"),
    [
        ("- Recognized the importance of job creation in both countries.", "The President and the Taoiseach"),
        ("• Welcomed the new investment in the region.", "The President and the Taoiseach"),
        # An item with a subject of its own, or opening on no speech cue, is no lead-in's statement.
        ("- Ireland welcomed the new investment in the region.", "Ireland"),
        ("- Investment in the region grew by a third.", None),
    ],
)
def test_a_bulleted_item_without_a_subject_is_its_lead_ins(item: str, speaker: str | None) -> None:
    text = (
        "President Joe Biden hosted Taoiseach Micheál Martin.\n\nThe President and the Taoiseach recognized"
        f" the value of a transparent economic policy.\n\n{item}"
    )
    found = rows_at(sco_core.extract(text), text, item[2:])
    assert found.speaker.tolist() == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The BRICS group agreed on Thursday to admit six new countries.",
        "Vice President Kamala Harris spoke today with the Crown Prince of Bahrain.",
        "The two countries agreed to set up a working group.",
        # What was discussed is no one's word; their view discussed is.
        "President Biden and Prime Minister Sudani discussed trade and energy.",
    ],
)
def test_outcomes_and_calls_are_not_statements(sentence: str) -> None:
    text = f"Talks were held in Moscow.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, sentence).empty


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Russia and India spoke in favour of reforming the Security Council.", "Russia and India"),
        ("The Russian President spoke out in favor of broader contacts.", "Vladimir Putin"),
        ("Mr Putin came out in support of the plan.", "Vladimir Putin"),
    ],
)
def test_speaking_in_favour_is_speech(sentence: str, speaker: str) -> None:
    text = f"President Vladimir Putin met Prime Minister Atal Bihari Vajpayee.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, sentence).speaker.tolist() == [speaker]


@pytest.mark.parametrize(
    "sentence", ["He spoke in the hall of the palace.", "The plan came in for criticism from the press."]
)
def test_speaking_somewhere_is_no_statement(sentence: str) -> None:
    text = f"President Vladimir Putin met the press.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, sentence).empty


@pytest.mark.parametrize(
    ("opening", "sentence", "members"),
    [
        # The people the titles give, in the order of the demonyms.
        (
            "President Vladimir Putin of Russia met Prime Minister Atal Bihari Vajpayee of India.",
            "The Indian and Russian leaders called for full compliance with the resolutions.",
            ["Atal Bihari Vajpayee", "Vladimir Putin"],
        ),
        # Titles that name no country: the two people named last.
        (
            "President Vladimir Putin met Prime Minister Atal Bihari Vajpayee.",
            "The Russian and Indian leaders called for full compliance with the resolutions.",
            ["Vladimir Putin", "Atal Bihari Vajpayee"],
        ),
    ],
)
def test_demonyms_before_one_collective_head_are_one_collective(
    opening: str, sentence: str, members: list[str]
) -> None:
    text = f"{opening}\n\n{sentence} They also stressed the need to finish the convention."
    result = sco_core.extract(text)
    for contains in (sentence, "They also stressed"):
        rows = rows_at(result, text, contains)
        assert rows.speaker.tolist() == [sentence.split(" leaders")[0].removeprefix("The ") + " leaders"]
        assert bool(rows.iloc[0].joint)
        assert member_names(result, rows.iloc[0]) == members


def test_demonyms_before_a_noun_that_is_no_collective_are_no_speaker() -> None:
    text = "Trade grew.\n\nThe Russian and Indian economies grew fast, officials said."
    result = sco_core.extract(text)
    assert not result.actors.name.str.contains("economies").any()


def test_we_the_leaders_after_an_opening_phrase_names_the_authors() -> None:
    text = (
        "Today, we the leaders of the United States, India, Saudi Arabia and the European Union announced"
        " a Memorandum of Understanding.\n\nAcross the corridor, we envision driving trade.\n\n"
        "Read the MOU here."
    )
    result = sco_core.extract(text)
    for contains in ("announced a Memorandum", "we envision"):
        row = rows_at(result, text, contains).iloc[0]
        assert row.speaker == "leaders of the United States, India, Saudi Arabia and the European Union"
        assert member_names(result, row) == ["United States", "India", "Saudi Arabia", "European Union"]
    # Named within a report of what they did, the authors make the text no declaration of theirs.
    assert rows_at(result, text, "Read the MOU").empty


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "At an expanded meeting, the heads of six states – China, Russia, Kazakhstan, Kyrgyzstan,"
            " Tajikistan and Uzbekistan – signed a declaration on the establishment of the organisation.\n\n"
            "The organisation, the Declaration said, did not target any other country.",
            ["China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"],
        ),
        (
            "President Vladimir Putin and Prime Minister Atal Bihari Vajpayee summarised the talks by adopting"
            " the Joint Statement on Strategic Issues.\n\nThe joint statement said that energy matters.",
            ["Vladimir Putin", "Atal Bihari Vajpayee"],
        ),
    ],
)
def test_a_document_speaks_for_the_parties_that_signed_it(text: str, members: list[str]) -> None:
    result = sco_core.extract(text)
    row = result.statements.iloc[-1]
    assert bool(row.joint)
    assert member_names(result, row) == members


def test_a_document_one_party_issued_has_no_signatories() -> None:
    text = (
        "The Foreign Ministry of Russia issued a statement on the talks. The statement said they went well."
    )
    result = sco_core.extract(text)
    row = rows_at(result, text, "went well").iloc[0]
    assert row.speaker == "statement on the talks"
    assert list(row.members) == []


def test_a_message_named_by_its_subject_still_speaks_for_its_sender() -> None:
    text = (
        "President Vladimir Putin sent a message regarding the first anniversary of the September 11 attacks"
        " to President George W. Bush.\n\nThe message said: “The tragedy resounds painfully even now.”"
    )
    result = sco_core.extract(text)
    assert rows_at(result, text, "The tragedy").speaker.tolist() == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("clause", "is_preamble"),
    [
        ("Recognizing the importance of their trade relationship;", True),
        ("Reflecting on their recent discussions and believing that talks will help; and", True),
        # In capitals, a preambular clause whatever its ending; a cue inside it is no speaker.
        ("6 HIGHLIGHTING that at the summit, President Biden announced new programmes.", True),
        # A heading, and a participial opening before a main clause of its own, are no preamble.
        ("Building Back Better", False),
        ("Building on the progress, the Parties will meet again in May.", False),
    ],
)
def test_a_preamble_speaks_for_the_parties_its_opening_names(clause: str, is_preamble: bool) -> None:
    text = (
        "The Government of the United States of America (the “United States”) and the Government of the"
        f" People’s Republic of China (“China”),\n\n{clause}\n\nThe Parties commit to take the following"
        " actions."
    )
    result = sco_core.extract(text)
    rows = rows_at(result, text, clause[:20])
    if is_preamble:
        assert len(rows) == 1 and bool(rows.iloc[0].joint)
        assert member_names(result, rows.iloc[0]) == ["United States", "China"]
    else:
        assert rows.empty or not rows.iloc[0].speaker.startswith("Government")


@pytest.mark.parametrize(
    ("sentence", "speaker", "members"),
    [
        (
            "The United States of America (United States) and India are pleased to announce that they have"
            " reached a framework.",
            "United States of America and India",  # the short form in brackets is no part of it
            {"United States", "India"},
        ),
        # A bullet is no part of the joint speaker's name.
        (
            "- The United States and India commit to open markets.",
            "United States and India",
            {"United States", "India"},
        ),
    ],
)
def test_joint_subjects_past_brackets_and_bullets(sentence: str, speaker: str, members: set[str]) -> None:
    text = f"Key terms\n\n{sentence}"
    result = sco_core.extract(text)
    rows = rows_at(result, text, sentence[-20:])
    assert rows.speaker.tolist() == [speaker]
    assert set(member_names(result, rows.iloc[0])) == members


def test_a_bracket_after_a_clause_still_ends_it() -> None:
    text = "Talks were held.\n\nThe talks (held in Geneva) ended, and India said the terms were fair."
    result = sco_core.extract(text)
    assert rows_at(result, text, "terms were fair").speaker.tolist() == ["India"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A participle of speech right after a document is what the document says.
        (
            "The summit participants adopted a joint statement reaffirming their commitment to cooperation.",
            "joint statement",
        ),
        ("The ministers issued a declaration on Monday calling for an immediate ceasefire.", "declaration"),
        # Past a time and an aside that opens on a participle; the document is named by its kind.
        (
            "They discussed the important warning statement last week, endorsed by 14 countries, including"
            " Bahrain, calling on the Houthis to cease their attacks.",
            "warning statement",
        ),
        # After a comma with no aside, the participle is the subject's.
        ("Mr Putin read out the statement, stressing that it was final.", "Vladimir Putin"),
        # A passive aside ("supported by ...") is neither a statement nor the end of the subject.
        ("The leaders, supported by their ministers, welcomed the plan.", "leaders"),
    ],
)
def test_a_document_says_what_its_participle_does(sentence: str, speaker: str) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, sentence[:30]).speaker.tolist() == [speaker]


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("The final statement", "final statement"),  # a kind of statement: a document of its own
        ("The recent statement", "joint statement"),  # a judgement, no kind: the statement named before
    ],
)
def test_words_before_a_document_noun_name_its_kind(mention: str, speaker: str) -> None:
    text = f"The ministers adopted a joint statement.\n\n{mention} said that the talks were useful."
    assert rows_at(sco_core.extract(text), text, "the talks").speaker.tolist() == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker", "members"),
    [
        # A person and the members (officials, representatives) of a body speak together.
        (
            "Mr Modi and members of the Indian Foreign Ministry updated the President on the talks.",
            "Mr Modi and members of the Indian Foreign Ministry",
            {"Narendra Modi", "Indian Foreign Ministry"},
        ),
        ("Mr Modi and the ministers stressed the need for reform.", "Mr Modi and the ministers", None),
        # A name with "and" in it is one party; its short form in brackets is no other.
        (
            "At the workshop, representatives from the Kremlin and the Office of Management and Budget"
            " (OMB) presented recent analysis of the data.",
            "representatives from the Kremlin and the Office of Management and Budget (OMB)",
            None,
        ),
    ],
)
def test_collectives_joined_to_a_person_or_a_body(
    sentence: str, speaker: str, members: set[str] | None
) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    result = sco_core.extract(text)
    row = rows_at(result, text, sentence[:40]).iloc[0]
    assert row.speaker == speaker
    if members is not None:
        assert set(member_names(result, row)) == members


@pytest.mark.parametrize(
    ("sentence", "is_statement"),
    [
        ("The ministers presented their findings on the economy.", True),
        ("The minister presented the award to the winners.", False),  # presenting a thing says nothing
    ],
)
def test_presenting_findings_is_speech(sentence: str, is_statement: bool) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, sentence[:30]).empty != is_statement


CAMP_DAVID = (
    "We, Prime Minister Kishida Fumio, President Yoon Suk Yeol, and President Joseph R. Biden, Jr., affirm a"
    " shared vision for our partnership.\n\n"
)


def test_countries_named_as_the_subject_of_a_joint_text_speak_and_are_our_countries_later() -> None:
    text = (
        f"{CAMP_DAVID}Our countries are only as strong as our societies.\n\nAs Indo-Pacific nations, Japan, the"
        " Republic of Korea (ROK), and the United States will continue to advance a free Indo-Pacific.\n\n"
        "As a Pacific nation, Japan will host the next meeting.\n\nOur countries are dedicated to honoring"
        " our commitments."
    )
    result = sco_core.extract(text)
    authors = rows_at(result, text, "only as strong").iloc[0].speaker
    assert authors.startswith("Prime Minister Kishida Fumio")  # no countries named yet: the authors
    named = rows_at(result, text, "will continue to advance").iloc[0]
    assert (named.speaker, named.attribution) == (
        "Japan, the Republic of Korea, and the United States",
        "explicit",
    )
    assert member_names(result, named) == ["Japan", "South Korea", "United States"]
    assert (
        rows_at(result, text, "will host the next").iloc[0].speaker == authors
    )  # one country: still the authors
    assert rows_at(result, text, "are dedicated").iloc[0].speaker == named.speaker


@pytest.mark.parametrize(
    ("opening", "members"),
    [
        # "our partners" are the others of the collective in view that holds the party named.
        (
            "Today, the leaders of the United States, India, France and Germany welcomed a new corridor.",
            ["United States", "India", "France", "Germany"],
        ),
        # With no such collective the partners are not named: only the party is.
        ("Today, the President met the press in New Delhi.", ["United States"]),
    ],
)
def test_a_party_and_our_partners_are_the_collective_in_view(opening: str, members: list[str]) -> None:
    text = f"{opening}\n\nThe United States and our partners intend to link both continents."
    result = sco_core.extract(text)
    row = rows_at(result, text, "intend to link").iloc[0]
    assert row.speaker == "United States and our partners"
    assert sorted(member_names(result, row)) == sorted(members)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A list of names before the cue is one subject, with the noun phrase that leads into it.
        (
            "The leaders of Russia, China, India and Brazil stressed the need for reform.",
            "leaders of Russia, China, India and Brazil",
        ),
        ("Russia, China, India and Brazil stressed the need for reform.", "Russia, China, India and Brazil"),
        # An opening phrase that ends on a name is no first item of the list.
        ("After meeting Mr Modi, Mr Putin and Mr Xi stressed the need for reform.", "Mr Putin and Mr Xi"),
        ("In the Security Council, Russia and India will stress the need for reform.", "Russia and India"),
    ],
)
def test_a_list_of_names_is_one_subject(sentence: str, speaker: str) -> None:
    text = f"Talks were held in Moscow.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, sentence[:30]).speaker.tolist() == [speaker]


def test_what_has_been_done_to_a_subject_is_not_its_word() -> None:
    sentence = (
        "Argentina, Egypt and Iran have been invited to become full members, Cyril Ramaphosa told reporters."
    )
    text = f"Talks were held in Johannesburg.\n\n{sentence}"
    assert rows_at(sco_core.extract(text), text, "have been invited").speaker.tolist() == ["Cyril Ramaphosa"]


def test_a_report_inside_a_report_is_its_own_speakers_and_the_reporter_keeps_the_sentence() -> None:
    sentence = (
        "The Statement highlighted the need to improve the institutions, and noted that all CIS members"
        " expressed a general interest in cooperation."
    )
    text = f"After the summit, the heads of state made a joint press statement.\n\n{sentence}"
    rows = rows_at(sco_core.extract(text), text, "expressed a general interest")
    assert rows.speaker.tolist() == ["joint press statement", "all CIS members"]
    outer, inner = rows.itertuples()
    assert text[outer.start : outer.end] == sentence
    assert text[inner.start : inner.end] == "all CIS members expressed a general interest in cooperation."


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Putin said that he stressed the need for reform.",  # the same speaker: one statement
        "- FURTHER REAFFIRM that the Partnership supports the goal of the region.",  # no reporter named
    ],
)
def test_a_report_inside_a_report_adds_no_second_speaker_of_its_own(sentence: str) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    rows = rows_at(sco_core.extract(text), text, sentence[-25:])
    assert len(rows) <= 1


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        # The paragraph before a document's closing attribution is its text ...
        (
            "The Shanghai Cooperation Organization is committed to strategic stability.",
            "Declaration on the Fifth Anniversary",
        ),
        # ... but a person's words in it keep their speaker.
        ("Mr Putin stressed the importance of strategic stability.", "Vladimir Putin"),
    ],
)
def test_a_documents_closing_attribution_takes_its_paragraph(first: str, speaker: str) -> None:
    text = (
        "President Vladimir Putin attended the summit, which adopted the Declaration on the Fifth Anniversary."
        f"\n\n{first} The SCO will make an increasing contribution to these tasks, the Declaration reads.\n"
    )
    result = sco_core.extract(text)
    assert rows_at(result, text, first[:30]).speaker.tolist() == [speaker]
    assert (
        rows_at(result, text, "increasing contribution").speaker.tolist()[-1]
        == "Declaration on the Fifth Anniversary"
    )


def test_a_framework_reached_speaks_by_the_name_it_was_introduced_with() -> None:
    text = (
        "The United States and India are pleased to announce that they have reached a framework for an Interim"
        " Agreement regarding reciprocal trade.\n\nToday’s framework reaffirms the countries’ commitment to"
        " the broader negotiations.\n\nBoth sides will act within the framework of the talks."
    )
    result = sco_core.extract(text)
    assert rows_at(result, text, "reaffirms the countries").speaker.tolist() == [
        "framework for an Interim Agreement"
    ]
    documents = set(result.actors[result.actors.type == "document"].name)
    assert documents == {
        "framework for an Interim Agreement",
        "Interim Agreement",
    }  # "the framework of": none
