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


def test_outlet_furniture_gives_no_facts_but_keeps_its_sentences() -> None:
    text = (
        "MOSCOW, July 4 -- President Vladimir Putin said security cooperation would grow.\n\n"
        "Related: Lavrov says BRICS will expand trade\n\n"
        "(Reporting by Anna Petrova; Editing by John Smith)\n"
    )
    result = sco_core.extract(text)
    assert len(result.sentences) >= 3
    assert list(result.statements.speaker) == ["Vladimir Putin"]
    names = set(result.actors.name)
    assert not names & {"Related", "Lavrov", "Anna Petrova", "John Smith", "BRICS"}
    furniture_start = text.index("Related")
    assert (result.themes.start < furniture_start).all()


@pytest.mark.parametrize(
    "dateline",
    [
        "MOSCOW, July 4 --",
        "MOSCOW, July 4 (Reuters) -",
        "MOSCOW, July 4. /TASS/.",
        "ISLAMABAD:",
        "Kazan (Russia), Oct 23 (PTI)",
        "BEIJING, June 5 (Xinhua) --",
    ],
)
def test_a_dateline_is_a_sentence_of_its_own_and_names_no_actor(dateline: str) -> None:
    text = f"Leaders meet\n\n{dateline} President Vladimir Putin said security cooperation would grow."
    result = sco_core.extract(text)
    assert dateline in list(result.sentences.text)
    assert list(result.statements.speaker) == ["Vladimir Putin"]
    assert list(result.actors.name) == ["Vladimir Putin"]


def test_a_short_capitalised_headline_with_a_colon_is_not_a_dateline() -> None:
    result = sco_core.extract("BRICS: leaders meet in Kazan\n\nThe summit opened on Tuesday.")
    assert "BRICS" in set(result.actors.name)


def proposal_items(text: str) -> list[tuple[str, int, str]]:
    proposals = sco_core.extract(text).proposals
    return [(p.set_label, p.ordinal, p.text) for p in proposals.itertuples()]


def test_lettered_items_are_an_enumeration() -> None:
    text = (
        "Prime Minister Narendra Modi put forward a three-point agenda for the grouping:\n\n"
        "(a) reform of the UN Security Council;\n\n"
        "(b) support in the fight against terrorism;\n\n"
        "(c) wider use of digital public infrastructure.\n"
    )
    items = proposal_items(text)
    assert [(label, ordinal) for label, ordinal, _ in items] == [("three-point agenda", k) for k in (1, 2, 3)]
    assert items[1][2].startswith("support in the fight")


def test_a_declared_set_listed_in_one_sentence() -> None:
    text = (
        "Secretary General Hissein Brahim Taha put forward a four-point plan on Afghanistan, calling for "
        "the opening of banking channels, the release of frozen funds, and the deployment of an envoy."
    )
    proposals = sco_core.extract(text).proposals
    assert list(proposals.text) == [
        "the opening of banking channels",
        "the release of frozen funds",
        "the deployment of an envoy",
    ]
    assert set(proposals.declared_count) == {4}
    assert proposals.count_mismatch.all()
    assert set(proposals.proposer) == {"Hissein Brahim Taha"}


def test_a_counted_noun_before_a_list_without_a_proposal_cue_is_not_a_proposal_set() -> None:
    text = "The presidency, which runs until December, has three priorities: hunger, climate and reform."
    assert sco_core.extract(text).proposals.empty


def actors_of(sentence: str) -> dict[str, str]:
    result = sco_core.extract(f"Leaders meet\n\nThe talks were held on Monday. {sentence}")
    return dict(zip(result.actors.name, result.actors.type, strict=True))


def test_a_country_whose_demonym_is_its_name_is_a_country() -> None:
    assert actors_of("The vote went to Djibouti on Saturday.") == {"Djibouti": "country"}


def test_a_name_after_a_noun_for_a_person_is_a_person() -> None:
    found = actors_of("Tokayev welcomed his Belarusian counterpart Alexander Lukashenko to the family.")
    assert found["Alexander Lukashenko"] == "person"
    assert actors_of("He visited China’s Great Wall on Monday.") == {"China": "country"}


def test_the_document_refers_back_to_the_last_document_named() -> None:
    text = (
        "Leaders meet\n\nThe leaders signed the Astana Declaration on Thursday. "
        'The document says the member states "oppose unilateral sanctions of every kind."'
    )
    row = statement(text, "The document says")
    assert (row.speaker, row.attribution) == ("Astana Declaration", "role")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud said so.",
            "Faisal bin Farhan Al Saud",
            "Saudi Foreign Minister",
        ),
        (
            "Malaysian Prime Minister Datuk Seri Anwar Ibrahim said so.",
            "Anwar Ibrahim",
            "Malaysian Prime Minister",
        ),
        (
            "Thailand's Prime Minister Paetongtarn Shinawatra said so.",
            "Paetongtarn Shinawatra",
            "Prime Minister",
        ),
        ("Crown Prince Mohammed bin Salman said so.", "Mohammed bin Salman", "Crown Prince"),
        (
            "Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs, said so.",
            "Faisal bin Farhan Al Saud",
            "Minister of Foreign Affairs",
        ),
        (
            "Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith said so.",
            "Saleumxay Kommasith",
            "Lao Deputy Prime Minister and Foreign Minister",
        ),
    ],
)
def test_titles_leave_out_possessives_and_courtesy_words(sentence: str, name: str, title: str) -> None:
    actors = sco_core.extract(f"Leaders meet\n\nThe talks were held on Monday. {sentence}").actors
    assert actors.set_index("name").loc[name, "title"] == title


def test_two_people_joined_by_and_stay_two() -> None:
    found = actors_of("President Xi Jinping and Prime Minister Li Qiang said China agreed.")
    assert {"Xi Jinping", "Li Qiang"} <= set(found)


def test_a_name_with_an_honorific_is_an_alias_as_written() -> None:
    text = "Leaders meet\n\nPrime Minister Imran Khan spoke on Tuesday. Mr Khan welcomed the adoption."
    result = sco_core.extract(text)
    (aliases,) = result.actors.loc[result.actors.name == "Imran Khan", "aliases"]
    assert "Mr Khan" in aliases
    # The evidence stays the name itself.
    assert "Khan" in set(result.mentions.text) and "Mr Khan" not in set(result.mentions.text)


def named_lists_of(text: str) -> dict[str, list[str]]:
    lists = sco_core.extract(text).lists
    return {label: list(group.sort_values("position").item) for label, group in lists.groupby("label")}


@pytest.mark.parametrize(
    ("sentence", "label", "items"),
    [
        (
            "He said the threats facing the region included terrorism, drug trafficking and cybercrime.",
            "threats",
            ["terrorism", "drug trafficking", "cybercrime"],
        ),
        (
            "Brazil noted the three global initiatives put forward by China -- the Global Development "
            "Initiative, the Global Security Initiative and the Global Civilization Initiative.",
            "three global initiatives",
            ["Global Development Initiative", "Global Security Initiative", "Global Civilization Initiative"],
        ),
        (
            "He named three challenges: Islamophobia, the denial of the right to self-determination to the "
            "people of Palestine and Kashmir, and the crisis in Afghanistan.",
            "three challenges",
            [
                "Islamophobia",
                "the denial of the right to self-determination to the people of Palestine and Kashmir",
                "the crisis in Afghanistan",
            ],
        ),
    ],
)
def test_named_list_forms(sentence: str, label: str, items: list[str]) -> None:
    assert named_lists_of(sentence)[label] == items


def test_a_count_of_people_is_not_a_list() -> None:
    text = "The two heads of state witnessed the signing of documents covering trade, investment and science."
    assert named_lists_of(text) == {}


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            "Chinese foreign ministry spokesperson Lin Jian told a regular briefing that Manila was to blame.",
            "Lin Jian",
            "Chinese foreign ministry spokesperson",
        ),
        (
            "In Beijing, Chinese foreign ministry spokesperson Lin Jian said Manila was to blame.",
            "Lin Jian",
            "Chinese foreign ministry spokesperson",
        ),
        (
            "Myanmar junta chief Min Aung Hlaing said the vote would go ahead.",
            "Min Aung Hlaing",
            "Myanmar junta chief",
        ),
        (
            "According to Foreign Office spokesman Asim Iftikhar Ahmad, more than 100 resolutions will be adopted.",
            "Asim Iftikhar Ahmad",
            "Foreign Office spokesman",
        ),
    ],
)
def test_titles_in_lower_case_before_a_speaker(sentence: str, speaker: str, title: str) -> None:
    result = sco_core.extract(f"Leaders meet\n\nThe talks were held on Monday. {sentence}")
    assert list(result.statements.speaker) == [speaker]
    assert result.actors.set_index("name").loc[speaker, "title"] == title
    assert set(result.actors.type) <= {"person", "country"}  # "Beijing" is no person


def test_a_role_with_a_modifier_refers_back() -> None:
    text = (
        "Leaders meet\n\nFormer Prime Minister Raila Odinga lost the vote on Saturday. "
        '"I gave it my best," the former premier said.'
    )
    row = statement(text, "I gave it my best")
    assert (row.speaker, row.attribution) == ("Raila Odinga", "role")


def test_who_said_after_an_appositive_is_the_person_before_it() -> None:
    text = (
        "Leaders meet\n\nThe session was chaired by Prince Faisal bin Farhan Al Saud, Minister of Foreign "
        'Affairs of the Kingdom of Saudi Arabia, who said the region faced "a delicate moment".'
    )
    assert statement(text, "who said").speaker == "Faisal bin Farhan Al Saud"


def test_a_surname_in_capitals_is_the_same_person_later() -> None:
    text = (
        "Readout\n\nMr. KISHIDA Fumio, Prime Minister of Japan, held talks with H.E. Mr. LI Qiang, Premier of "
        "the State Council of the People's Republic of China. Prime Minister Kishida stated that trade "
        "should grow."
    )
    result = sco_core.extract(text)
    assert statement(text, "stated that").speaker == "KISHIDA Fumio"
    people = set(result.actors.loc[result.actors.type == "person", "name"])
    assert people == {"KISHIDA Fumio", "LI Qiang"}  # and "Council" is no person


def test_an_attribution_after_a_quoted_question_is_the_same_sentence() -> None:
    text = (
        "Leaders meet\n\nChief Adviser Prof Muhammad Yunus took the chair on Friday.\n\n"
        "“Does it make life better for a farmer?” the chief adviser said in his address."
    )
    result = sco_core.extract(text)
    assert any(s.startswith("“Does it") and s.endswith("address.") for s in result.sentences.text)
    row = statement(text, "Does it make life better")
    assert (row.speaker, row.attribution, row.kind) == ("Muhammad Yunus", "role", "direct")


def test_a_possessor_is_not_the_speaker() -> None:
    text = (
        "Leaders meet\n\nChief Adviser Muhammad Yunus met Modi. Shafiqul Alam, the chief adviser’s press "
        "secretary, told reporters that the talks went well."
    )
    assert statement(text, "told reporters").speaker == "Shafiqul Alam"


def test_particle_surnames_and_adverbs_before_the_cue() -> None:
    text = (
        "Leaders meet\n\nCommission chief Ursula von der Leyen met Xi. The deficit has doubled, the "
        "commission chief said. Von der Leyen said the EU had come with a plan.\n\n"
        "Wang Wenbin, a spokesperson for the ministry, later told a regular press briefing that talks went well."
    )
    assert statement(text, "has doubled").speaker == "Ursula von der Leyen"
    assert statement(text, "come with a plan").speaker == "Ursula von der Leyen"
    assert statement(text, "later told").speaker == "Wang Wenbin"


def test_roman_numerals_inside_one_sentence() -> None:
    text = (
        "Readout\n\nPrime Minister Kishida proposed the following three initiatives: (i) expanding exchanges; "
        "(ii) launching a dialogue on supply chains; and (iii) strengthening cooperation on health."
    )
    items = proposal_items(text)
    assert [(label, ordinal) for label, ordinal, _ in items] == [("three initiatives", k) for k in (1, 2, 3)]
    assert items[2][2].startswith("strengthening cooperation on health")


def test_ordinals_that_open_a_quoted_paragraph() -> None:
    text = (
        "Leaders meet\n\nPresident Erdogan put forward three proposals on Tuesday.\n\n"
        '"First, we must open the fund. Second, we should set up a commission. Third, our ministers should '
        'meet every year," he said.'
    )
    assert [ordinal for _, ordinal, _ in proposal_items(text)] == [1, 2, 3]


@pytest.mark.parametrize(
    ("sentence", "label", "items"),
    [
        (
            "The leaders agreed on six priority areas, namely trade; health and aging; science and "
            "technology; and disaster relief.",
            "six priority areas",
            ["trade", "health and aging", "science and technology", "disaster relief"],
        ),
        (
            "The minister said the region faced threats such as piracy, cyber attacks and disinformation.",
            "threats",
            ["piracy", "cyber attacks", "disinformation"],
        ),
        (
            "The declaration condemned threats to Arab national security such as terrorism and piracy.",
            "threats to Arab national security",
            ["terrorism", "piracy"],
        ),
    ],
)
def test_more_named_list_forms(sentence: str, label: str, items: list[str]) -> None:
    assert named_lists_of(sentence)[label] == items


def test_a_name_with_a_hyphened_particle() -> None:
    text = "Leaders meet\n\nEgyptian President Abdel Fattah el-Sisi warned that the war risked spreading."
    assert statement(text, "warned").speaker == "Abdel Fattah el-Sisi"


def test_an_age_reference_refers_back_as_a_role() -> None:
    text = (
        "Leaders meet\n\nPresident Ferdinand Marcos Jr arrived on Friday. Asked about the shoal, the 66-year-old "
        "said such an incident would cross a red line."
    )
    row = statement(text, "red line")
    assert (row.speaker, row.attribution) == ("Ferdinand Marcos Jr", "role")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Saudi Crown Prince Mohammed bin Salman said so.", "Mohammed bin Salman", "Saudi Crown Prince"),
        ("Chinese Defence Minister Admiral Dong Jun said so.", "Dong Jun", "Chinese Defence Minister"),
    ],
)
def test_a_courtesy_word_that_ends_a_known_title_stays(sentence: str, name: str, title: str) -> None:
    actors = sco_core.extract(f"Leaders meet\n\nThe talks were held on Monday. {sentence}").actors
    assert actors.set_index("name").loc[name, "title"] == title


def test_a_country_possessive_before_a_title_leaves_the_person_as_subject() -> None:
    text = (
        "Leaders meet\n\nAdmiral Dong Jun said China was ready. New Zealand’s Defence Minister Judith Collins "
        "held talks with both men. She said she had urged them to keep talking."
    )
    assert statement(text, "She said").speaker == "Judith Collins"


def test_she_is_not_the_man_in_focus_when_the_text_marks_genders() -> None:
    text = (
        "Leaders meet\n\nMs Penny Wong met Mr Antony Blinken on Monday. Mr Blinken said the talks were good. "
        "She said Australia agreed."
    )
    row = statement(text, "She said")
    assert (row.speaker, row.attribution) == ("Penny Wong", "pronoun")
    # Without any mark of gender, "she" stays with the person in focus.
    unmarked = text.replace("Ms ", "").replace("Mr ", "")
    assert statement(unmarked, "She said").speaker == statement(unmarked, "talks were good").speaker


def test_no_sentence_ends_at_a_mark_with_no_space_after_it() -> None:
    text = "Leaders meet\n\nThe page and ![logo](http://example.invalid/logo.png) were shown, Alpha Beta said. Wow! Next."
    sentences = list(sco_core.extract(text).sentences.text)
    assert sentences[1].startswith("The page") and sentences[1].endswith("Alpha Beta said.")
    assert sentences[2:] == ["Wow!", "Next."]


def test_the_first_item_may_follow_a_colon_in_the_intro_sentence() -> None:
    text = (
        "Leaders meet\n\nPresident Tokayev spoke.\n\nHe proposed two steps: First, members should expand trade. "
        "Second, members should improve health.\n"
    )
    items = proposal_items(text)
    assert [(label, ordinal) for label, ordinal, _ in items] == [("two steps", 1), ("two steps", 2)]
    assert items[0][2].startswith("members should expand trade")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said  principles such as sovereignty and equality matter.",
        "China opposes security  threats, including terrorism and extremism.",
    ],
)
def test_labels_spelt_with_extra_spaces_keep_their_offsets(text: str) -> None:
    lists = sco_core.extract(text).lists
    assert not lists.empty
    for row in lists.itertuples():
        assert text[row.start : row.end] == row.item


@pytest.mark.parametrize(
    ("opening", "actor"),
    [
        ("US-China relations have deteriorated sharply since 2018,", "United States"),
        (
            "The Shanghai Cooperation Organisation (SCO) has become a key platform for trade,",
            "Shanghai Cooperation Organization",
        ),
        ("El Salvador and China signed a trade deal on Monday, and", "El Salvador"),
    ],
)
def test_openings_that_are_no_dateline_keep_their_actors(opening: str, actor: str) -> None:
    result = sco_core.extract(f"Head line\n\n{opening} Foreign Minister Wang Yi said on Tuesday in Beijing.")
    assert actor in set(result.actors.name)
    assert list(result.statements.speaker) == ["Wang Yi"]


@pytest.mark.parametrize(
    "text",
    [
        # A noun for a person after "its" is no introduction of a person.
        "The SCO grew out of its predecessor Shanghai Five, founded in 1996, officials said.",
        # Two people, not one with two offices.
        "Modi met the Foreign Minister and President Xi Jinping in Tianjin.",
        # A new person introduced by age is not the one in focus.
        "Chinese President Xi Jinping arrived. The 19-year-old student who greeted him told reporters she was thrilled.",
        # A cue past a comma and other words is not the label's.
        "Leaders discussed the threats at length, with delegations including China, Russia and India taking part.",
        # Agreements signed are no proposals; references to paragraphs are no enumeration.
        "Officials said the plan was on track, and the two sides signed three agreements, including on trade, energy and health.",
        "Lavrov said Iran had complied with paragraphs 3 (a) and 3 (b) of resolution 2231 on Monday.",
    ],
)
def test_what_reads_like_a_rule_but_is_not(text: str) -> None:
    result = sco_core.extract(f"Head line\n\n{text}")
    assert "person" not in set(result.actors.loc[result.actors.name.str.contains("Shanghai"), "type"])
    assert "Foreign Minister and President" not in set(result.actors.title)
    assert "Xi Jinping" not in set(
        result.statements.loc[result.statements.text.str.contains("19-year-old"), "speaker"]
    )
    assert "threats" not in set(result.lists.label)
    assert result.proposals.empty


def test_sheikh_marks_no_gender() -> None:
    text = (
        "Head line\n\nMs Penny Wong arrived in Dhaka on Monday. Sheikh Hasina welcomed her at the airport. "
        "Hasina said ties were strong. She added that trade would grow."
    )
    assert statement(text, "She added").speaker == statement(text, "ties were strong").speaker


@pytest.mark.parametrize(
    ("title", "word", "holds"),
    [
        ("President of Russia", "president", True),
        ("President-elect of Guatemala", "president", True),
        ("Prime Minister", "pm", False),  # no longer a substring match: "pm" is not in "Development"
        ("Development Minister", "pm", False),
        ("Chief of Staff of the Presidential Executive Office", "president", False),
        ("Vice-President of the European Commission", "president", False),
        ("Vice-President of the European Commission", "vice-president", True),
    ],
)
def test_a_role_word_fits_a_title_only_as_whole_words(title: str, word: str, holds: bool) -> None:
    from sco_core.actors import title_holds

    assert title_holds(title, word) is holds


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        # No one in the text fits "the President": the role is the speaker, and "he" refers back to it.
        (
            "Chief of Staff of the Presidential Executive Office Alexander Voloshin attended the meeting. "
            "In his address, the President said crime had fallen. Drug trafficking remains a task, he said.",
            "Drug trafficking",
            "the President",
        ),
        (
            "Foreign Minister Sergei Lavrov attended. The Russian President said the reform would go on.",
            "reform would go on",
            "the Russian President",
        ),
        # Someone fits: the role is that person, not a new actor.
        (
            "President Vladimir Putin opened the meeting. Ministers spoke next. The President said crime had fallen.",
            "crime had fallen",
            "Vladimir Putin",
        ),
    ],
)
def test_a_role_that_fits_no_one_named_speaks_as_itself(text: str, contains: str, speaker: str) -> None:
    assert statement(f"Head line\n\n{text}", contains).speaker == speaker


def test_a_role_with_an_indefinite_article_is_no_one_in_particular() -> None:
    result = sco_core.extract("Head line\n\nMr Voloshin attended. A minister said the reform would go on.")
    # Not the person in focus, though he has no title that could rule him out.
    assert not result.actors.name.str.contains("minister", case=False).any()
    assert "Voloshin" not in set(result.statements.speaker)


@pytest.mark.parametrize(
    ("sentence", "contains"),
    [
        ("He mentioned the need to solve the border problem with Ukraine.", "border problem"),
        ("The President thinks the Government has not paid enough attention to it.", "enough attention"),
        ("Putin drew the attention of the ministers to the need to cooperate.", "need to cooperate"),
        ("Putin drew attention to the state of the roads.", "state of the roads"),
        ("Putin instructed the Culture Ministry to draft a plan.", "draft a plan"),
        ("The Vice President provided an update on Central America Forward.", "Central America Forward"),
        ("Harris shared her concerns about the attacks on voting rights.", "voting rights"),
        ("Harris shared views on the election.", "the election"),
        ("The President made clear that the filibuster should not stand in the way.", "filibuster"),
        ("Harris made it clear the rules would change.", "rules would change"),
        ("Harris reflected on the strength of the veterans.", "veterans"),
        ("The President knows that the challenges are serious.", "challenges are serious"),
        ("Harris updated the President on the latest developments.", "latest developments"),
        ("Harris shared the work she is doing to advance protections for voters.", "protections for voters"),
    ],
)
def test_more_verbs_of_reported_speech(sentence: str, contains: str) -> None:
    text = f"Head line\n\nVice President Kamala Harris met President Vladimir Putin. {sentence}"
    assert statement(text, contains).speaker in {"Kamala Harris", "Vladimir Putin"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood drew crowds to the river bank.",  # "drew" with no attention
        "The two sides shared a border of 2,000 kilometres.",  # sharing a thing, not a view
        "The two sides shared the cost of the bridge.",
        "The ministry provided an office for the delegation.",
        "President Biden ordered the United States to reinforce the eastern flank.",  # an act, not speech
        "The river reflected the lights of the city.",  # "reflected" with no "on"
        "Biden knows the region well.",  # knowing a thing, not that something is so
        "The embassy updated its website on Monday.",  # updating a thing, not someone on something
    ],
)
def test_verbs_near_those_of_reported_speech_report_none(sentence: str) -> None:
    result = sco_core.extract(f"Head line\n\nPresident Joe Biden arrived in Riga. {sentence}")
    assert len(result.statements) == 0, result.statements[["speaker", "text"]]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The administration officials stressed that reform was urgent.", "administration officials"),
        (
            "The civil rights leaders, representing many groups, highlighted the need for data.",
            "civil rights leaders",
        ),
        (
            "The voting rights leaders in attendance shared their concerns about the laws.",
            "voting rights leaders in attendance",
        ),
    ],
)
def test_a_collective_head_may_follow_lower_case_nouns(sentence: str, speaker: str) -> None:
    text = f"Head line\n\nPresident Joe Biden met them on Monday. {sentence}"
    row = statement(text, sentence[:20])
    assert (row.speaker, row.attribution) == (speaker, "explicit")
    assert sco_core.extract(text).actors.set_index("name").loc[speaker, "type"] == "group"


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks with leaders stressed the need for data.",  # a preposition before the head
        "Lavrov accused western delegations of dragging the conflict into every discussion, he said.",  # no determiner
    ],
)
def test_lower_case_words_before_a_collective_head_that_make_no_collective(sentence: str) -> None:
    result = sco_core.extract(f"Head line\n\nForeign Minister Sergei Lavrov met them on Monday. {sentence}")
    assert "group" not in set(result.actors.type), result.actors[["name", "type"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the issue of the draft budget the President drew the attention of the ministers to the Duma.",
        "With regard to the budget the President said it would pass.",
        "In his address to the Federal Assembly the President said it would pass.",
    ],
)
def test_an_opening_phrase_with_no_comma_before_the_subject(sentence: str) -> None:
    text = f"Head line\n\nPresident Vladimir Putin held a meeting with the Cabinet. {sentence}"
    assert statement(text, sentence[:25]).speaker == "Vladimir Putin"


def test_the_object_of_an_opening_preposition_is_no_subject() -> None:
    text = "Head line\n\nPresident Vladimir Putin held a meeting. In talks with Foreign Minister Sergei Lavrov said it would pass."
    assert sco_core.extract(text).statements.empty


def test_a_name_and_a_role_written_together_are_two_mentions() -> None:
    text = "Head line\n\nPresident Vladimir Putin met the Cabinet. He wrote to the Federal Assembly the President would sign."
    mentions = sco_core.extract(text).mentions
    assert {"Federal Assembly", "the President"} <= set(mentions.text)
    assert "Federal Assembly the President" not in set(mentions.text)


REPORTED = "Head line\n\nPresident Vladimir Putin chaired a meeting. The President said crime against people is a priority. "


@pytest.mark.parametrize(
    "after",
    [
        "Last year, over 1.8 million people suffered from such crimes.",
        "Punishment for a crime against the individual remained unchanged.",
    ],
)
def test_a_sentence_naming_no_one_goes_on_with_a_reported_statement(after: str) -> None:
    row = statement(REPORTED + after, after[:20])
    assert (row.speaker, row.kind, row.attribution) == ("Vladimir Putin", "reported", "context")


@pytest.mark.parametrize(
    "after",
    [
        "\n\nLast year, over 1.8 million people suffered from such crimes.",  # a new paragraph
        "The invitation was gratefully accepted.",  # a passive: what was done
        "A military band played the national anthems.",  # someone new
        "The summit is expected to approve a plan.",  # the event
        "Prime Minister Mikhail Mishustin reported on the budget figures for the year.",  # someone named
        "The officials then went to lunch.",  # a collective
        "Among its elements are:",  # a list's lead-in
        "Is that enough?",
    ],
)
def test_what_follows_a_reported_statement_as_the_texts_own_narrative(after: str) -> None:
    result = sco_core.extract(REPORTED + after)
    rows = result.statements[result.statements.attribution == "context"]
    assert rows.empty, rows[["speaker", "text"]]


@pytest.mark.parametrize(
    ("sentence", "document"),
    [
        (
            "The President’s Executive Order on Climate called on the agencies to act.",
            "Executive Order on Climate",
        ),
        ("The details are in the President’s Budget.", "Budget"),
    ],
)
def test_a_titles_possessive_before_a_document_head_is_a_document(sentence: str, document: str) -> None:
    actors = sco_core.extract(f"Head line\n\nPresident Joe Biden spoke. {sentence}").actors.set_index("name")
    assert actors.loc[document, "type"] == "document"
    assert set(actors.type) == {"person", "document"}  # no person "Order" or "Budget"


def test_a_titles_possessive_before_a_title_and_a_name_is_a_person() -> None:
    text = "Head line\n\nThe President’s Special Envoy John Kerry said the talks would go on."
    assert statement(text, "talks would go on").speaker == "John Kerry"


@pytest.mark.parametrize("connective", ["therefore", "thus", "hence", "yet"])
def test_a_connective_may_stand_before_the_subject(connective: str) -> None:
    text = f"Head line\n\nPresident Vladimir Putin chaired a meeting. Measures are needed; {connective} the President said he took a decision."
    assert statement(text, "took a decision").speaker == "Vladimir Putin"


def test_a_lower_case_word_before_the_subject_that_is_no_connective_still_ends_it() -> None:
    text = "Head line\n\nPresident Vladimir Putin chaired a meeting. Measures are needed; yesterday's President said nothing new."
    assert sco_core.extract(text).statements.empty


def test_a_connective_before_a_role_that_fits_no_one_named() -> None:
    text = "Head line\n\nMeasures are needed; therefore the President said he took a decision."
    assert statement(text, "took a decision").speaker == "the President"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        (
            "Statement from President Joe Biden on the International Day in Support of Victims of Torture",
            "Joe Biden",
        ),
        (
            "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Call",
            "Emily Horne",
        ),
        ("Remarks by Vice President Kamala Harris at the Munich Security Conference", "Kamala Harris"),
    ],
)
def test_a_headline_names_the_author_of_a_first_person_text(headline: str, speaker: str) -> None:
    text = (
        f"{headline}\n\nTorture is prohibited everywhere. Today, I reaffirm our opposition to all forms of it. "
        "We will keep helping survivors. Patterns of abuse included torture in occupied areas."
    )
    assert statement(text, "I reaffirm").speaker == speaker
    assert statement(text, "We will keep").speaker == speaker
    result = sco_core.extract(text)
    said = set(result.statements.text)
    assert not any(s.startswith(("Torture is", "Patterns")) for s in said)  # the text's narrative


@pytest.mark.parametrize(
    "headline",
    [
        "President Joe Biden on the International Day in Support of Victims of Torture",  # no authored headline
        "Statement from the G7 Leaders on Ukraine",  # a collective's: read as any other
        "Statement from President Joe Biden on torture.",  # a sentence, not a headline
    ],
)
def test_a_headline_that_names_no_single_author(headline: str) -> None:
    text = (
        f"{headline}\n\nPresident Joe Biden arrived in Rome. Today, I reaffirm our opposition to torture. "
        "Patterns of abuse included torture."
    )
    statements = sco_core.extract(text).statements
    assert "Joe Biden" not in set(statements[statements.text.str.contains("I reaffirm")].speaker)


def test_sentences_before_a_closing_attribution_in_their_paragraph_are_one_statement() -> None:
    run = (
        "The transition period has left children facing a problem-laden world on their own. "
        "Children can be lonely even in their own family. Children do not receive sufficient attention. "
    )
    text = (
        "Head line\n\nPresident Vladimir Putin chaired a meeting of the Council.\n\n"
        f"{run}These factors are a breeding ground for delinquency, Mr Putin stressed."
    )
    result = sco_core.extract(text)
    row = statement(text, "transition period")
    assert (row.speaker, row.attribution) == ("Vladimir Putin", "context")
    assert text[row.start : row.end] == run.strip()  # one statement over the three sentences
    assert len(row.sentences) == 3
    assert statement(text, "breeding ground").attribution == "explicit"
    assert len(result.statements) == 2


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The attribution opens its sentence: it closes nothing before it.
        "Children do not receive sufficient attention. Mr Putin stressed that these factors breed delinquency.",
        # Another paragraph: the run ends with its own.
        "Children do not receive sufficient attention.\n\nThese factors breed delinquency, Mr Putin stressed.",
        # A sentence that names someone is the text's narrative.
        "Culture Minister Mikhail Shvydkoi opened the session. These factors breed delinquency, Mr Putin stressed.",
        # A collective's attribution, not a person's.
        "Children do not receive sufficient attention. These factors breed delinquency, the ministers said.",
    ],
)
def test_what_a_closing_attribution_does_not_take(paragraphs: str) -> None:
    text = f"Head line\n\nPresident Vladimir Putin chaired a meeting of the Council.\n\n{paragraphs}"
    statements = sco_core.extract(text).statements
    taken = statements[~statements.text.str.contains("delinquency")]
    assert taken.empty, taken[["speaker", "text"]]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Ships of both navies met in the South China Sea on Monday.", "South China Sea"),
        ("Ships crossed the Taiwan Strait overnight.", "Taiwan Strait"),
        ("The talks covered the Korean Peninsula and the Persian Gulf.", "Korean Peninsula"),
    ],
)
def test_a_country_inside_a_places_name_is_no_mention_of_it(sentence: str, place: str) -> None:
    result = sco_core.extract(f"Head line\n\nOfficials spoke on Monday. {sentence}")
    mentions = result.mentions
    at = result.text.index(place)
    inside = mentions[(mentions.start >= at) & (mentions.end <= at + len(place))]
    assert inside.empty, inside[["text", "actor_id"]]


def test_a_country_beside_a_place_is_still_the_country() -> None:
    result = sco_core.extract(
        "Head line\n\nChina said the South China Sea was calm. Taiwan watched the Taiwan Strait."
    )
    counts = result.mentions.groupby("actor_id").size()
    assert (counts["country:china"], counts["country:taiwan"]) == (1, 1)


def test_bare_members_name_no_group_after_the_last_organisation() -> None:
    text = (
        "Head line\n\nBRICS foreign ministers met in Rio. The Group of 20 met in Johannesburg last year. "
        "Lavrov said two things. First, the group should expand. Third, members should trade in local currencies."
    )
    assert "Group of 20 members" not in set(sco_core.extract(text).actors.name)


def test_a_document_named_after_a_place_is_still_a_document() -> None:
    text = "Head line\n\nThe leaders upheld the United Nations Convention on the Law of the Sea."
    actors = sco_core.extract(text).actors
    assert "United Nations Convention on the Law of the Sea" in set(actors.name)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Sullivan spoke with Head of the Presidential Administration Yermak of Ukraine.",
            "Yermak",
            "Head of the Presidential Administration of Ukraine",
        ),
        (
            "Minister of Industry and Trade Denis Manturov spoke.",
            "Denis Manturov",
            "Minister of Industry and Trade",
        ),
    ],
)
def test_an_organisations_head_ends_a_titles_complement(sentence: str, name: str, title: str) -> None:
    actors = sco_core.extract(f"Head line\n\n{sentence}").actors.set_index("name")
    assert actors.loc[name, "title"] == title
    assert not any(n.startswith("Administration ") for n in actors.index)


def test_an_administration_is_an_organisation() -> None:
    actors = sco_core.extract("Head line\n\nThe Biden-Harris Administration said it would act.").actors
    assert actors.set_index("name").loc["Biden-Harris Administration", "type"] == "organization"


def test_a_paragraph_between_two_of_one_persons_reported_words_is_theirs() -> None:
    between = (
        "The content of radio and television programmes leaves much to be desired. "
        "There are problems with children’s book publishing, theatre and cinema."
    )
    text = (
        "Head line\n\nPresident Vladimir Putin chaired a meeting of the Council.\n\n"
        "These factors breed delinquency, Mr Putin stressed.\n\n"
        f"{between}\n\n"
        "The goals of the state policy include new cultural values, Mr Putin said."
    )
    row = statement(text, "radio and television")
    assert (row.speaker, row.attribution) == ("Vladimir Putin", "context")
    assert text[row.start : row.end] == between
    assert len(row.sentences) == 2


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Another speaker after it: no one's words carried over.
        "These factors breed delinquency, Mr Putin stressed.\n\n{between}\n\n"
        "The goals include new values, Culture Minister Mikhail Shvydkoi said.",
        # A heading between them.
        "These factors breed delinquency, Mr Putin stressed.\n\nRadio and television\n\n"
        "The goals include new values, Mr Putin said.",
        # Narrative that names someone.
        "These factors breed delinquency, Mr Putin stressed.\n\n"
        "Culture Minister Mikhail Shvydkoi then opened a radio and television forum.\n\n"
        "The goals include new values, Mr Putin said.",
        # A passive that tells what was done.
        "These factors breed delinquency, Mr Putin stressed.\n\nA new radio and television law was adopted.\n\n"
        "The goals include new values, Mr Putin said.",
    ],
)
def test_what_a_paragraph_between_one_persons_words_does_not_take(paragraphs: str) -> None:
    between = "The content of radio and television programmes leaves much to be desired."
    text = "Head line\n\nPresident Vladimir Putin chaired a meeting of the Council.\n\n" + paragraphs.format(
        between=between
    )
    statements = sco_core.extract(text).statements
    taken = statements[statements.text.str.contains("radio", case=False)]
    assert taken.empty, taken[["speaker", "text"]]


_FIRST_PERSON = (
    "Torture is prohibited everywhere. Today, I reaffirm our opposition to all forms of it. "
    "We will keep helping survivors. Patterns of abuse included torture in occupied areas."
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Statement from President Biden on International Day in Support of Victims of Torture", "Biden"),
        ("Remarks by Vice President Kamala Harris at the Munich Security Conference", "Kamala Harris"),
    ],
)
def test_the_title_given_with_a_text_names_its_author(title: str, speaker: str) -> None:
    result = sco_core.extract(_FIRST_PERSON, title=title)
    row = result.statements[result.statements.text.str.contains("I reaffirm")].iloc[0]
    assert row.speaker == speaker
    assert speaker not in set(sco_core.extract(_FIRST_PERSON).statements.speaker)  # not without the title
    # The author is an actor of the text, its evidence the first "I" that is theirs.
    actor = result.actors.set_index("actor_id").loc[row.speaker_id]
    assert _FIRST_PERSON[actor.start : actor.end] == "I"
    assert actor.title in title


def test_the_title_author_is_the_person_the_text_names() -> None:
    text = f"President Joe Biden spoke in Geneva. {_FIRST_PERSON}"
    result = sco_core.extract(text, title="Statement from President Biden on Torture")
    assert set(result.statements[result.statements.text.str.contains("I reaffirm")].speaker) == {"Joe Biden"}
    assert (result.actors.name == "Biden").sum() == 0  # one actor, not two


@pytest.mark.parametrize(
    "title",
    [
        "Joint Statement by President Joe Biden and Taoiseach Micheál Martin",  # two authors
        "President Biden on the International Day in Support of Victims of Torture",  # no authored headline
        "Statement from the G7 Leaders on Ukraine",  # a collective's
    ],
)
def test_a_title_that_names_no_single_author(title: str) -> None:
    result = sco_core.extract(_FIRST_PERSON, title=title)
    speakers = set(result.statements.speaker)
    assert not speakers & {"Joe Biden", "Biden", "Micheál Martin"}, speakers


def test_a_title_author_needs_a_first_person_of_their_own() -> None:
    text = "Torture is prohibited everywhere. “We will keep helping,” said a survivor."
    result = sco_core.extract(text, title="Statement from President Biden on Torture")
    assert "Biden" not in set(result.actors.name)


@pytest.mark.parametrize(
    ("sentence", "contains", "speaker"),
    [
        (
            "To support this effort, the President’s Executive Order on Climate Risk called on the agencies to act.",
            "agencies to act",
            "Executive Order on Climate Risk",
        ),
        ("Putin’s spokesman Dmitry Peskov said the talks went well.", "talks went well", "Dmitry Peskov"),
    ],
)
def test_a_possessor_before_the_subject_does_not_speak(sentence: str, contains: str, speaker: str) -> None:
    assert (
        statement(f"Head line\n\nPresident Vladimir Putin arrived. {sentence}", contains).speaker == speaker
    )


def test_discussed_with_a_position_is_a_statement_and_with_a_topic_is_not() -> None:
    text = (
        "Head line\n\nVice President Kamala Harris spoke with President Dina Boluarte. "
        "The two leaders discussed our shared interests in combatting corruption. "
        "The two leaders also discussed the challenges in Venezuela."
    )
    assert statement(text, "combatting corruption").joint
    statements = sco_core.extract(text).statements
    assert not statements.text.str.contains("Venezuela").any()  # what the talks covered


def test_a_full_name_read_before_its_title_is_the_person_named_later() -> None:
    text = (
        "Head line\n\nVice President Kamala Harris spoke today with Bernardo Arévalo de León and "
        "congratulated him. President-elect Arévalo said the vote was free."
    )
    result = sco_core.extract(text)
    assert statement(text, "vote was free").speaker == "Bernardo Arévalo de León"
    assert (result.actors.name.str.contains("Arévalo")).sum() == 1


def test_a_sentences_first_word_is_no_part_of_a_late_full_name() -> None:
    text = "Head line\n\nAll Zelenskyy has to do is sign. President Zelenskyy said he would not."
    assert "All Zelenskyy" not in set(sco_core.extract(text).actors.name)


def test_a_headline_possessive_ends_the_persons_name() -> None:
    text = (
        "Readout of Vice President Harris’s Call with President-Elect Arévalo of Guatemala\n\n"
        "Vice President Kamala Harris spoke today with President-elect Arévalo."
    )
    actors = sco_core.extract(text).actors.set_index("name")
    assert "Call" not in actors.index
    assert actors.loc["Kamala Harris", "title"] == "Vice President"  # no headline words in it


def test_a_fuller_form_of_a_title_replaces_the_shorter() -> None:
    text = (
        "Secretary Blinken’s Meeting with the C5+1\n\n"
        "Secretary of State Antony J. Blinken met the ministers in Astana."
    )
    actors = sco_core.extract(text).actors.set_index("name")
    assert actors.loc["Antony J. Blinken", "title"] == "Secretary of State"
    assert "Meeting" not in actors.index


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina's Javier Milei struck a different note.",
        "Prior to the talks, Lula held a grand welcome ceremony for Xi.",
    ],
)
def test_a_cue_word_after_a_and_another_word_is_a_noun(sentence: str) -> None:
    text = f"Head line\n\nPresident Javier Milei and President Lula met Xi. {sentence}"
    assert sco_core.extract(text).statements.empty


@pytest.mark.parametrize(
    "sentence",
    [
        "It is our firm belief as a nation that we must hold ourselves to the same standards.",
        "And, it is why we must take this opportunity to reaffirm our commitment to ending torture.",
    ],
)
def test_an_authors_stance_in_their_own_voice(sentence: str) -> None:
    text = f"Torture is prohibited everywhere. {sentence} Patterns of abuse included torture."
    result = sco_core.extract(text, title="Statement from President Biden on Torture")
    said = result.statements[result.statements.text.str.contains(sentence[:20], regex=False)]
    assert list(said.speaker) == ["Biden"]
    assert not result.statements.text.str.startswith("Patterns").any()  # the text's narrative


def test_a_stance_without_the_authors_possessive_is_not_their_own_voice() -> None:
    text = "Torture is prohibited everywhere. It is a common belief that torture works. I reaffirm our stand."
    result = sco_core.extract(text, title="Statement from President Biden on Torture")
    assert not result.statements.text.str.contains("common belief").any()


def test_discussed_the_importance_of_states_a_position() -> None:
    text = "Head line\n\nPresident Joe Biden met the leaders. President Biden also discussed the importance of investing in health."
    assert statement(text, "investing in health").speaker == "Joe Biden"


def test_a_joint_speaker_is_one_whatever_the_order_of_its_parties() -> None:
    text = (
        "Head line\n\nThe Nordic countries and the United States reiterated their support for Ukraine. "
        "The United States and the Nordic countries committed to step up cooperation on technology."
    )
    statements = sco_core.extract(text).statements
    assert statements.speaker_id.nunique() == 1, statements[["speaker", "text"]]


def test_a_pair_named_in_any_way_is_one_joint_speaker_named_by_its_parties() -> None:
    text = (
        "Head line\n\nPresident Joe Biden met Prime Minister Mohammed Shia Al-Sudani of Iraq. "
        "The two leaders affirmed the importance of the partnership. "
        "Prime Minister Sudani and President Biden discussed their shared view that Iraq must be stable."
    )
    statements = sco_core.extract(text).statements
    assert statements.speaker_id.nunique() == 1, statements[["speaker", "text"]]
    assert set(statements.speaker) == {"Prime Minister Sudani and President Biden"}
    assert statements.joint.all()


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("They remained unwavering in their support for Ukraine’s independence.", True),
        ("Both leaders regard climate action as a critical issue.", True),
        ("Climate action is regarded as a critical issue by both.", False),
        ("In that regard, the summit was a success as expected.", False),
        ("The talks, with regard to trade as well as energy, went on late.", False),
    ],
)
def test_a_stance_kept_or_held_is_speech(sentence: str, said: bool) -> None:
    text = f"Head line\n\nThe Nordic leaders and President Biden stressed unity in Helsinki. {sentence}"
    statements = sco_core.extract(text).statements
    assert statements.text.str.contains(sentence[:15], regex=False).any() == said, statements


def test_a_joint_statements_parties_named_as_the_subject_of_what_they_will_do_speak() -> None:
    text = (
        "The United States of America (United States) and India are pleased to announce that they "
        "have reached a framework for an Interim Agreement. The framework is a milestone in our "
        "countries’ partnership.\n\nThe United States and India will promptly implement this framework."
    )
    row = statement(text, "promptly implement")
    assert row.joint
    assert row.speaker == "United States of America and India"


def test_a_readout_that_opens_with_two_countries_meeting_has_no_joint_author() -> None:
    text = (
        "The United States and India held talks in Delhi on Monday. Officials met for six hours.\n\n"
        "The United States and India will hold the next round in May."
    )
    assert sco_core.extract(text).statements.empty


def test_the_main_clause_after_an_opening_participle_is_the_authors_own_voice() -> None:
    text = (
        "We, the Leaders of Australia, India, Japan and the United States, met today. "
        "Building on the progress our countries have achieved on health security, we will join forces "
        "to expand vaccine production. Since 2020, our countries have imposed sanctions."
    )
    statements = sco_core.extract(text).statements
    assert statements.text.str.startswith("Building on the progress").any()
    assert not statements.text.str.startswith("Since 2020").any()  # what was done


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("The Interim Agreement will represent a historic milestone in our countries’ partnership.", True),
        ("The Interim Agreement was drafted by our negotiators in May.", False),
    ],
)
def test_our_countries_in_a_joint_text_is_its_authors_judgement(sentence: str, own: bool) -> None:
    text = (
        "The United States of America (United States) and India are pleased to announce that they "
        f"have reached a framework for an Interim Agreement. It covers trade in goods. {sentence}"
    )
    statements = sco_core.extract(text).statements
    assert statements.text.str.startswith("The Interim Agreement").any() == own, statements


@pytest.mark.parametrize(
    ("sentence", "speaker", "attribution"),
    [
        # A stance noun opening the clause names whose view it states: possessor or complement.
        ("In Mr Modi's view, the plan is sound.", "Narendra Modi", "explicit"),
        ("In his opinion, the plan is sound.", "Vladimir Putin", "pronoun"),
        ("In the view of Mr Modi, the plan is sound.", "Narendra Modi", "explicit"),
        # ... or is the clause's subject, past its modifiers and a short complement.
        ("The top priority of Mr Putin and Mr Modi is ending the war.", "Mr Putin and Mr Modi", "explicit"),
        ("Mr Modi's immediate recommendation to all ministers is to act now.", "Narendra Modi", "explicit"),
    ],
)
def test_a_stance_noun_names_whose_stance_a_clause_states(
    sentence: str, speaker: str, attribution: str
) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    row = statement(text, sentence)
    assert (row.speaker, row.attribution) == (speaker, attribution)


@pytest.mark.parametrize(
    "sentence",
    [
        "The goal of the meeting is peace.",  # no one's stance
        "They discussed their priorities.",  # a topic, not a stance stated
        "Mr Modi said nothing of the view from the hotel.",  # a noun inside another's clause
    ],
)
def test_a_stance_noun_elsewhere_is_a_noun(sentence: str) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    result = sco_core.extract(text)
    rows = result.statements[result.statements.cue.isin(["view", "goal", "priorities"])]
    assert rows.empty


@pytest.mark.parametrize(
    ("text", "contains", "speaker"),
    [
        # The end of an organisation's name after a known name is that organisation again.
        (
            "President Biden met his White House COVID Response Team today.\n\nThe COVID Response Team"
            " stressed that boosters work.",
            "boosters work",
            "White House COVID Response Team",
        ),
        # Not after a title-cased headline, where a verb runs the names together.
        (
            "White House Forms Climate Innovation Working Group, Outlines Agenda\n\nThe Climate Innovation"
            " Working Group stressed that research matters.",
            "research matters",
            "Climate Innovation Working Group",
        ),
    ],
)
def test_the_end_of_an_organisations_name_is_the_organisation(text: str, contains: str, speaker: str) -> None:
    assert statement(text, contains).speaker == speaker


def test_a_sentence_naming_no_one_goes_on_with_an_organisations_reported_words() -> None:
    text = (
        "The Russian Foreign Ministry said the talks were useful. Much work remains to be done on the"
        " text.\n\nThe delegations left Geneva."
    )
    row = statement(text, "Much work remains")
    assert (row.speaker, row.attribution) == ("Russian Foreign Ministry", "context")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A country's institution speaks under the name the text gives it, before or after its words.
        ("The talks were useful, South Africa's presidency said.", "South Africa's presidency"),
        ("India's foreign ministry said the talks were useful.", "India's foreign ministry"),
        ("The talks were useful, the Indian government said.", "Indian government"),
        # With no country named it is no one in particular.
        ("The talks were useful, the presidency said.", None),
    ],
)
def test_a_countrys_institution_speaks(sentence: str, speaker: str | None) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    result = sco_core.extract(text)
    rows = result.statements[result.statements.text.str.contains("talks were useful", regex=False)]
    assert rows.speaker.tolist() == ([speaker] if speaker else [])
    if speaker:
        assert result.actors.set_index("name").type[speaker] == "organization"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The need for reform, as was asserted by Mr Putin, is urgent.", "Vladimir Putin"),
        ("As has been stressed by the ministers, trade is growing.", "ministers"),
        # A passive that no "as" opens, or a verb that is no cue, names no speaker.
        ("The plan was endorsed by Mr Modi.", None),
        ("As expected by Mr Modi, trade grew.", None),
    ],
)
def test_as_was_asserted_by_names_its_speaker_after_by(sentence: str, speaker: str | None) -> None:
    text = f"President Vladimir Putin met Prime Minister Narendra Modi.\n\n{sentence}"
    result = sco_core.extract(text)
    rows = result.statements[result.statements.sent_id > 0]
    assert rows.speaker.tolist() == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A number right after a document's head names one of its kind ...
        (
            "The tariffs set forth in Executive Order 14257 of April 2, 2025 and Executive Order 14259"
            " of April 8, 2025 are suspended.",
            ["Executive Order 14257", "Executive Order 14259"],
        ),
        (
            "The leaders called for the full implementation of Security Council Resolution 2735.",
            ["Security Council Resolution 2735"],
        ),
        # ... but not a number that counts something after it.
        ("Russia and China signed the Treaty 20 years ago.", ["Treaty"]),
    ],
)
def test_a_number_after_a_document_head_is_part_of_its_name(text: str, names: list[str]) -> None:
    actors = sco_core.extract(text).actors
    assert list(actors[actors.type == "document"].name) == names


@pytest.mark.parametrize(
    ("text", "back", "document"),
    [
        (
            "The tariffs in Executive Order 14257 are suspended under the terms of said Order.",
            "said Order",
            "Executive Order 14257",
        ),
        (
            "The leaders adopted a joint statement. This Statement says that trade matters.",
            "This Statement",
            "joint statement",
        ),
    ],
)
def test_a_head_after_said_or_this_refers_back_to_the_last_document_of_its_kind(
    text: str, back: str, document: str
) -> None:
    result = sco_core.extract(text)
    assert list(result.actors.name) == [document]
    mention = result.mentions[result.mentions.text == back]
    assert len(mention) == 1
    assert result.actors.set_index("actor_id").name[mention.actor_id.iloc[0]] == document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A year or an ordinal after "the" opens the name of one of its kind ...
        ("Beijing hosted the 2008 Olympic Games.", ["2008 Olympic Games"]),
        (
            "The leaders recalled the 10th ASEAN-U.S. Summit and the 9th ASEAN-U.S. Summit.",
            ["10th ASEAN-U.S. Summit", "9th ASEAN-U.S. Summit"],
        ),
        # ... and the name without it is the same one later ...
        (
            "Russia withdrew from the 1972 ABM Treaty in June. The ABM Treaty was a cornerstone.",
            ["1972 ABM Treaty"],
        ),
        # ... but a year that is a date of its own is not part of the name.
        ("In 2008 Olympic Games were held in Beijing.", ["Olympic Games"]),
    ],
)
def test_a_year_or_ordinal_after_the_opens_a_name(text: str, names: list[str]) -> None:
    actors = sco_core.extract(text).actors
    assert list(actors[actors.type.isin(["document", "event"])].name) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A series in capitals after a document's "of" or "on" is part of its name ...
        (
            "Russia and China signed the Treaty of Good-Neighbourliness, Friendship and Cooperation in July.",
            ["Russia", "China", "Treaty of Good-Neighbourliness, Friendship and Cooperation"],
        ),
        (
            "They signed the Shanghai Convention on Combating Terrorism, Separatism and Extremism.",
            ["Shanghai Convention on Combating Terrorism, Separatism and Extremism"],
        ),
        (
            "The Treaty of Amity, Cooperation, and Mutual Assistance was signed.",
            ["Treaty of Amity, Cooperation, and Mutual Assistance"],
        ),
        # ... but countries after the comma are not.
        (
            "They signed the Treaty of Friendship, China, India and Russia agreed.",
            ["Treaty of Friendship", "China", "India", "Russia"],
        ),
    ],
)
def test_a_series_in_capitals_goes_on_a_documents_name(text: str, names: list[str]) -> None:
    assert list(sco_core.extract(text).actors.name) == names
