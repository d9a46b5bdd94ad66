"""The author of a text that speaks in its own voice: who "we" is outside quotation marks.

A joint statement ("As leaders of Australia, the United Kingdom, and the United States, ... we
resolve") speaks for the leaders it names; an institution's own release (a White House fact
sheet: "We will work with Congress") speaks for its country, the one the text names most.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from sco_core.actors import ActorEntry, ActorFinder
from sco_core.collectives import group_key
from sco_core.reading import PRE_CUE_WORDS, PREPOSITIONS, Reading, Stage
from sco_core.records import Sentence

_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*(?:\s*\([^()]{1,40}\))?"
# "We, the Leaders of the G7, express", "WE, the Member States of ... (United States),gathered",
# "We, Prime Minister Kishida Fumio, President Yoon Suk Yeol, and President Joseph R. Biden, Jr.,
# affirm": the authors named between "We," and the comma before their verb.
_WE_COMMA = re.compile(
    r"\b(?:We|WE),\s*(?P<group>(?:the\s+)?[A-Z][^;:\n]{2,240}?)\s*,\s*(?!and\b|or\b)(?=[a-z])"
)
# "We – the Leaders of Australia, India, Japan and the United States – convened".
_WE_DASH = re.compile(
    r"\b(?:We|WE)\s*(?P<dash>[–—])\s*(?P<group>(?:the\s+)?[A-Z][^;:\n–—]{2,240}?)\s*(?P=dash)"
)


def _we_the(nouns: Iterable[str]) -> re.Pattern[str]:
    """ "We the Leaders of the Group of Seven (G7) remain", "As leaders of A, B, and C, ... we",
    "Today, we the leaders of A, B and C announced": the authors named by a collective noun and
    what they lead."""
    heads = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?:As|We|WE)|(?<=,\s)we)\s+(?:the\s+)?(?P<group>(?i:{heads})\s+of\s+{_NAME}(?:,?\s+(?:and\s+)?{_NAME})*)"
    )


_WE = re.compile(r"\b(?:[Ww]e|WE|[Oo]ur)\b")
# The first person of one author: "I reaffirm", "my Administration", and "we" when they speak for all.
_I_OR_WE = re.compile(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b")
# Words that may stand in a text's opening subject besides the names it lists: "The Government
# of the United States of America (the “United States”) and the Government of ... China".
_SUBJECT_WORDS = frozenset({"the", "and", "of", ",", "(", ")", "“", "”", '"', "’s", "'s"})


class Author(NamedTuple):
    """Who "we" is, and whether the text opens by naming its authors ("We, the Leaders of the
    G7, ..."): a declaration, every sentence of which is theirs."""

    entry: ActorEntry
    declares: bool
    # Where the text names them ("We, the Leaders of the G7,"), as characters; None if it does not.
    named: tuple[int, int] | None = None


def release_author(finder: ActorFinder, nouns: Iterable[str] = ()) -> Author | None:
    """Return the actor "we" stands for outside quotations, or None when the text never says "we"
    in its own voice.

    The authors as the text names them ("We, the Leaders of the G7,", "As leaders of A, B and C,
    ... we"), else the countries its first sentence opens with ("The People’s Republic of China,
    the French Republic, ... and the United States of America consider ...") or lists when it
    opens in the first person ("We have convened to reaffirm our commitment to quadrilateral
    cooperation between Australia, India, Japan, and the United States"), else the country the
    text names most (a government's own release)."""
    article = finder.article
    text = article.text
    headline = headline_author(finder)
    if headline is not None:
        below = _I_OR_WE.finditer(text, article.paragraphs[0][1])
        if any(not _in_quote(finder, m.start()) for m in below):
            return Author(headline, False)
    elif (titled := title_author(finder)) is not None:
        return Author(titled, False)
    own_voice = [m.start() for m in _WE.finditer(text) if not _in_quote(finder, m.start())]
    if not own_voice:
        # "The Government of the United States of America and the Government of ... China,
        # Recognizing ...;": a preamble speaks for the parties its opening line names.
        span = (
            _opening_subject(finder) if any(preamble_clause(finder, s) for s in article.sentences) else None
        )
        return Author(_authors(finder, *span), False) if span is not None else None
    # The text's first two sentences, past its furniture and its heading lines ("Hosted by the
    # Prime Minister of Australia, the Hon Anthony Albanese MP"): the place that names the authors.
    opening = [
        s
        for s in article.sentences
        if s.sent_id not in article.furniture
        and s.text.rstrip().endswith((".", "!", "?", ":", ";", "”", '"'))
    ][:2]
    early = opening[-1].end if opening else 0
    named = [
        m
        for m in (
            _WE_COMMA.search(text),
            _WE_DASH.search(text),
            _we_the(nouns).search(text) if nouns else None,
        )
        if m is not None
    ]
    if named:
        match = min(named, key=lambda m: m.start())
        # "Today, we the leaders of ... announced": a report of what they did, not a declaration
        # that opens by naming its authors, every sentence of which is theirs.
        declares = match.start() < early and not text[match.start()].islower()
        return Author(_authors(finder, *match.span("group")), declares, match.span("group"))
    if own_voice[0] < early:
        span = _opening_subject(finder) or _listed_countries(finder, own_voice[0])
        if span is not None:
            return Author(_authors(finder, *span), True)
    span = _opening_subject(finder)
    if span is not None and _speaks_after(finder, span[1]):
        # "The United States of America (United States) and India are pleased to announce ...":
        # a joint statement of the parties it opens with, whose "our" is theirs.
        return Author(_authors(finder, *span), False)
    counts: dict[str, int] = {}
    for hit in finder.mentions:
        if finder.registry.get(hit.actor_id).type == "country":
            counts[hit.actor_id] = counts.get(hit.actor_id, 0) + 1
    if not counts:
        return None
    return Author(finder.registry.get(max(counts, key=lambda actor_id: counts[actor_id])), False)


def headline_author(finder: ActorFinder) -> ActorEntry | None:
    """The person a headline names as the text's author ("Statement from President Biden on the
    International Day ...", "Remarks by Vice President Harris at ...": ``authored_headlines`` in
    actors.json), when the text opens with such a headline as a line of its own; else None."""
    article = finder.article
    if not article.paragraphs or not finder.lex.authored_headlines:
        return None
    start, end = article.paragraphs[0]
    line = article.text[start:end].strip()
    if not line or line[-1] in ".!?" or "\n" in line:
        return None
    heads = "|".join(sorted((re.escape(h) for h in finder.lex.authored_headlines), key=len, reverse=True))
    start = article.text.index(line, start)  # past any white space before the headline
    match = re.compile(rf"(?i:(?:joint\s+)?(?:{heads}))\s+(?:from|by|of)\s+").match(article.text, start)
    if match is None:
        return None
    after = match.end()
    people = sorted(
        (h for h in finder.mentions if after <= h.start < end and h.via != "pronoun"), key=lambda h: h.start
    )
    if not people or finder.registry.get(people[0].actor_id).type != "person":
        return None  # "Statement from the G7 Leaders on ...": a collective's, read as any other
    if len(people) > 1 and re.match(r"\s*(?:,|and\b|&)", article.text[people[0].end : people[1].start]):
        return None  # "Joint Statement by President Joe Biden and Taoiseach Micheál Martin": two authors
    return finder.registry.get(people[0].actor_id)


def title_author(finder: ActorFinder) -> ActorEntry | None:
    """The person the title given with a text names as its author ("Statement from President Biden
    on ...", where the text itself opens on its first sentence), as an actor of the text: the same
    person where the text names them, else one the title names. Their first "I" or "my" outside a
    quotation is their mention in the text, its evidence; a text with none has no such author."""
    titled = finder.titled
    found = headline_author(titled) if titled is not None else None
    if found is None:
        return None
    first = next(
        (m for m in _I_OR_WE.finditer(finder.article.text) if not _in_quote(finder, m.start())), None
    )
    if first is None:
        return None
    registry = finder.registry
    known = next(
        (registry.person_forms[form] for form in (found.name, *found.forms) if form in registry.person_forms),
        None,
    )
    if known is not None:
        entry = registry.get(known)
    else:
        entry = registry.ensure(f"person:{found.name}", found.name, "person")
        entry.title = entry.title or found.title
    doc = finder.article.toks
    token = next(t.i for t in doc if t.idx == first.start())
    finder.add_mention(entry, token, token + 1, via="pronoun", rule="title author")
    return entry


def preamble_clause(finder: ActorFinder, sentence: Sentence) -> bool:
    """Is ``sentence`` a preambular clause of a joint text: a paragraph that opens with a
    capitalised participle and has no main clause of its own ("Recognizing the importance of ...;",
    "6 HIGHLIGHTING that ...;", "Reflecting on their recent discussions ...; and")?"""
    doc = finder.article.toks
    first = sentence.first_token
    while first < sentence.end_token and (doc[first].like_num or doc[first].is_punct or doc[first].is_space):
        first += 1  # "6 HIGHLIGHTING", "- Recognizing"
    if first + 1 >= sentence.end_token:
        return False
    word = doc[first]
    if not (word.is_alpha and word.lower_.endswith("ing") and len(word.text) > 5) or word.is_lower:
        return False
    if not doc[first + 1].is_lower and doc[first + 1].text != ",":
        return False  # "Building Back Better": a heading
    _para_start, para_end = finder.article.paragraphs[sentence.para_id]
    ending = finder.article.text[sentence.start : para_end].rstrip()
    return word.text.isupper() or ending.endswith((";", "; and", ",", ":"))


def _listed_countries(finder: ActorFinder, char: int) -> tuple[int, int] | None:
    """The span of a list of three or more countries ("Australia, India, Japan, and the United
    States") in the sentence that holds ``char``, when that sentence opens with "We"."""
    article = finder.article
    sentence = article.sentences[article.sentence_of_char(char)]
    doc = article.toks
    first = sentence.first_token
    while first < sentence.end_token and (doc[first].like_num or doc[first].is_punct):
        first += 1  # "1. We have convened"
    if first >= sentence.end_token or doc[first].lower_ != "we":
        return None
    countries = sorted(
        (
            h
            for h in finder.mentions
            if h.sent_id == sentence.sent_id and finder.registry.get(h.actor_id).type == "country"
        ),
        key=lambda h: h.start_token,
    )
    run: list = []
    for hit in countries:
        gap = [doc[j].lower_ for j in range(run[-1].end_token, hit.start_token)] if run else []
        if run and set(gap) <= {",", "and", "the"}:
            run.append(hit)
        elif len(run) >= 3:
            break
        else:
            run = [hit]
    if len(run) < 3:
        return None
    return run[0].start, run[-1].end


def _authors(finder: ActorFinder, start: int, end: int) -> ActorEntry:
    """The group named by ``text[start:end]``, with the countries and people (else the
    organisations) it names as members."""
    name = finder.article.text[start:end].strip(" ,")
    # "the Leaders of the Group of Seven (G7)": the acronym in brackets is no part of the name.
    name = re.sub(r"\s*\([^()]*\)", "", name)  # "... of America (United States) and India" too
    name = re.sub(r"^[Tt]he\s+", "", name)  # as every collective is named: "Leaders of the G7"
    inside = [hit for hit in finder.mentions if start <= hit.start < end]
    # The collective the name rules already read there ("the Leaders of the G7") is the same group.
    same = next(
        (
            hit
            for hit in inside
            if finder.registry.get(hit.actor_id).type == "group"
            and _bare(finder.article.text[hit.start : hit.end]) == _bare(finder.article.text[start:end])
        ),
        None,
    )
    if same is not None:
        entry = finder.registry.get(same.actor_id)
    else:
        # keyed as the collective reader keys the group it reads in the same words
        entry = finder.registry.ensure(group_key(name), name, "group")
        # The words that name the authors are the group's mention: its evidence in the text.
        tokens = [t.i for t in finder.article.toks if start <= t.idx and t.idx + len(t.text) <= end]
        if tokens and not any(h.actor_id == entry.actor_id for h in finder.mentions):
            finder.add_mention(entry, tokens[0], tokens[-1] + 1, via="name", rule="authors")
    # "the leaders of the United States, India, ... and the European Union": every party named,
    # but a country's own government stands for the country ("the Government of ... China").
    countries = [h for h in inside if finder.registry.get(h.actor_id).type == "country"]
    for hit in inside:
        kind = finder.registry.get(hit.actor_id).type
        of_country = kind == "organization" and any(
            hit.start <= c.start and c.end <= hit.end for c in countries
        )
        party = kind in {"country", "person", "organization"} and not of_country
        if party and hit.actor_id not in entry.members:
            entry.members.append(hit.actor_id)
    return entry


def _bare(name: str) -> str:
    """A name without its article or the punctuation around it: "The G7 Leaders," is "G7 Leaders"."""
    return re.sub(r"^[Tt]he\s+", "", name.strip(" ,"))


def _opening_subject(finder: ActorFinder) -> tuple[int, int] | None:
    """The span of the first sentence's subject when it lists two or more countries and nothing
    else before its verb."""
    article = finder.article
    sentence = next((s for s in article.sentences if s.sent_id not in article.furniture), None)
    if sentence is None:
        return None
    doc = article.toks
    by_token = {}
    for hit in finder.mentions:
        if hit.sent_id == sentence.sent_id:
            for i in range(hit.start_token, hit.end_token):
                by_token[i] = hit.actor_id
    countries: set[str] = set()
    i = sentence.first_token
    while i < sentence.end_token:
        token = doc[i]
        if i in by_token:
            if finder.registry.get(by_token[i]).type == "country":
                countries.add(by_token[i])
        elif token.is_space or token.lower_ in _SUBJECT_WORDS or token.text[:1].isupper():
            pass  # "Government", "People’s Republic": the names' own words
        else:
            break
        i += 1
    if len(countries) < 2 or i == sentence.first_token:
        return None
    last = i - 1
    while last > sentence.first_token and (doc[last].is_space or doc[last].text in {",", "("}):
        last -= 1
    return sentence.start, doc[last].idx + len(doc[last].text)


def _speaks_after(finder: ActorFinder, char: int) -> bool:
    """Does a speech cue follow the subject that ends at ``char`` ("... and India are pleased to
    announce", "... jointly affirm")?"""
    doc = finder.article.toks
    i = next((t.i for t in doc if t.idx >= char), len(doc))
    while i < len(doc) and doc[i].lower_ in PRE_CUE_WORDS | _MODALS | {"are", "is", "jointly", ","}:
        i += 1
    return i in finder.speech_starts


def _in_quote(finder: ActorFinder, char: int) -> bool:
    """Is ``char`` inside someone's own words: a quotation, or a transcript turn?"""
    return any(q.start <= char < q.end for q in finder.article.quotes if q.direct) or any(
        t.start <= char < t.end for t in finder.turns
    )


# Words that open a subordinate clause: a "we" right after one is not the sentence's subject.
_SUBORDINATORS = frozenset(
    "as if when while because that which so than where how what whether until before after since though".split()
)
# Modal and perfect auxiliaries between "we" and its verb: "we will hold", "we have agreed".
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "must", "may", "have", "has"})
# What an author says it will do or is: "the United States will ...", "... is committed".
# Words after which "we" opens a clause of its own: "and we will", "Today we".
_CLAUSE_OPENERS = frozenset("and but so then yet now today together also jointly further here why".split())
# What a joint text's authors call themselves together: "our countries", "our nations".
_NATIONS = frozenset({"countries", "nations", "governments", "peoples", "two", "three", "four"})
_AUTHOR_VERBS = frozenset({"will", "is", "remains", "stands", "has", "continues"})


class OwnVoice(Stage):
    """Where the text speaks as its author: "We reaffirm ...", "Our three nations ...",
    "the United States will ..." in the United States' own release."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        nouns = self.collectives.nouns
        author = release_author(self.actors, sorted(nouns.people | nouns.parties))
        self.author = author.entry.actor_id if author is not None else None
        self.declares = author is not None and author.declares
        self.named = author.named if author is not None else None
        # One person's text ("Statement from President Biden"): "I" and "my" speak as "we" and "our".
        one = author is not None and author.entry.type == "person"
        self.subjects = frozenset({"we", "i"} if one else {"we"})
        self.possessives = frozenset({"our", "my"} if one else {"our"})

    def names_subject(self, sentence: Sentence, cue_start: int) -> bool:
        """Does the authors' own naming stand as the subject of the cue at token ``cue_start``:
        "Today, we the leaders of A, B and C announced ..."?"""
        if self.named is None or not sentence.start <= self.named[0] < sentence.end:
            return False
        doc = self.article.toks
        between = [
            doc[i].lower_ for i in range(sentence.first_token, cue_start) if doc[i].idx >= self.named[1]
        ]
        return doc[cue_start].idx >= self.named[1] and set(between) <= PRE_CUE_WORDS | _MODALS | {","}

    def preamble(self, sentence: Sentence) -> bool:
        """Is ``sentence`` a preambular clause of the joint text's authors ("Recognizing ...;")?
        Whatever cue its clauses hold ("6 HIGHLIGHTING that ... President Biden announced"), the
        authors say it."""
        if self.author is None or self.actors.registry.get(self.author).type != "group":
            return False
        return preamble_clause(self.actors, sentence)

    def holds(self, sentence: Sentence) -> bool:
        """Does the text speak as its author here: "We will work with Congress", "We reaffirm"?"""
        if self.author is None:
            return False
        doc = self.article.toks
        outcomes = self.actors.cue_at.get("OUTCOME", {})
        first = sentence.first_token
        while first < sentence.end_token and (doc[first].like_num or doc[first].is_punct):
            first += 1  # "1. We reaffirm"
        if first < sentence.end_token and first in outcomes:
            return False  # "ADOPTED in Phnom Penh ...", "- ESTABLISH the Partnership": an act, not speech
        if self._reports_action(sentence, first):
            return False  # "our countries have imposed ...", "we joined together to ...": what was done
        if (
            first < sentence.end_token
            and doc[first].lower_ in self.possessives
            and not self.actors.in_quote[first]
        ):
            return True  # "Our three nations are deeply committed", "Our efforts will be guided"
        if self._author_is_subject(sentence):
            return True
        speech = self.actors.cue_at.get("SPEECH", {})
        if any(
            doc[i].lower_ in self.possessives and not self.actors.in_quote[i]
            for i in range(first, sentence.end_token)
            if i in speech
        ):
            return True  # "It is our firm belief as a nation that ...": a stance in their own voice
        if self.actors.registry.get(self.author).type == "group" and any(
            doc[i].lower_ in self.possessives
            and not self.actors.in_quote[i]
            and doc[i + 1].lower_ in _NATIONS
            for i in range(first, sentence.end_token - 1)
        ):
            # "The Interim Agreement will represent a historic milestone in our countries’
            # partnership": the joint authors judging in their own voice.
            return True
        for i in range(sentence.first_token, sentence.end_token):
            if doc[i].lower_ not in self.subjects or self.actors.in_quote[i]:
                continue
            if i > sentence.first_token and doc[i - 1].lower_ in _SUBORDINATORS:
                break  # "... as we recover from the pandemic": not the sentence's subject
            opener = doc[first].lower_ in PREPOSITIONS  # "At the summit we agreed": an opening phrase
            if i > first and doc[i - 1].is_lower and doc[i - 1].lower_ not in _CLAUSE_OPENERS and not opener:
                continue  # "The endeavor we launch today will help ...": a relative clause, not the subject
            verb = i + 1
            while verb < sentence.end_token and doc[verb].lower_ in PRE_CUE_WORDS | _MODALS | {
                "jointly",
                "today",
            }:
                verb += 1
            # "We signed", "we agree to", "we will hold a summit": joint outcomes, not speech.
            return verb not in outcomes
        return self.declares and self._declared(sentence)

    def _reports_action(self, sentence: Sentence, first: int) -> bool:
        """Does the sentence's first clause report what was done rather than say anything: a
        perfect or past verb that is no speech cue ("our countries have imposed expansive
        measures", "we joined together", "have worked together")?"""
        doc = self.article.toks
        speech = self.actors.speech_starts
        subject_seen = False
        word = doc[first] if first < sentence.end_token else None
        if word is not None and word.is_title and word.lower_.endswith("ing") and len(word.text) > 5:
            # "Building on the progress our countries have achieved, we will join forces": the
            # main clause comes after the opening participle's phrase.
            comma = next((i for i in range(first, sentence.end_token) if doc[i].text == ","), None)
            if comma is not None:
                first = comma + 1
        for i in range(first, min(sentence.end_token, first + 16)):
            token = doc[i]
            if token.text in {",", ";", ":"} and i > first + 1:
                if subject_seen or token.text != ",":
                    return False
                continue  # "Since February, our countries have imposed ...": past the opening phrase
            starts = {h.start_token for h in self.by_sentence.get(sentence.sent_id, ())}
            subject_seen = subject_seen or token.lower_ in {"we", "our"} or i in starts
            if token.lower_ in {"have", "has", "had"}:
                if not subject_seen:
                    return (
                        False  # "The situation is catastrophic, and lives have been lost": no act of theirs
                    )
                j = i + 1
                while j < sentence.end_token and doc[j].lower_ in PRE_CUE_WORDS | {
                    "collectively",
                    "already",
                    "together",
                }:
                    j += 1
                return (
                    j < sentence.end_token and doc[j].lower_.endswith(("ed", "en", "t")) and j not in speech
                )
            if token.lower_ == "we" and i + 1 < sentence.end_token:
                verb = doc[i + 1]
                return verb.lower_.endswith("ed") and (i + 1) not in speech
        return False

    def _parties_are_subject(self, sentence: Sentence) -> bool:
        """ "The United States and India will promptly implement this framework": in a joint text,
        its authors' parties named together as the subject of what they will do or are speak in
        their own voice, as the authors named as one do."""
        members = set(self.actors.registry.get(self.author).members)
        if len(members) < 2:
            return False
        named = self._subject_parties(sentence)
        return named is not None and set(named[0]) == members

    def countries_subject(self, sentence: Sentence) -> tuple[list[str], int, int] | None:
        """ "As Indo-Pacific nations, Japan, the Republic of Korea (ROK), and the United States will
        continue to advance ...": in the text's own voice, two or more countries named together as
        the subject of what they will do or are: those countries, with the tokens that name them."""
        if self.author is None:
            return None
        named = self._subject_parties(sentence, opening=True)
        if named is None or len(named[0]) < 2:
            return None
        registry = self.actors.registry
        if any(registry.get(actor).type != "country" for actor in named[0]):
            return None
        return named

    def opens_on_nations(self, sentence: Sentence) -> bool:
        """Does the sentence open on "Our countries" / "Our three nations" (past a bullet or number)?"""
        doc = self.article.toks
        first = sentence.first_token
        while first < sentence.end_token and (doc[first].like_num or doc[first].is_punct):
            first += 1
        words = [doc[i].lower_ for i in range(first, min(first + 3, sentence.end_token))]
        if not words or words[0] != "our" or self.actors.in_quote[first]:
            return False
        return any(w in _NATIONS and w not in {"two", "three", "four"} for w in words[1:])

    def _subject_parties(
        self, sentence: Sentence, *, opening: bool = False
    ) -> tuple[list[str], int, int] | None:
        """The actors named together at the start of the sentence (with ``opening``, past an
        opening phrase and its comma: "As Indo-Pacific nations, ...") as the subject of a verb an
        author uses of itself ("will", "is", "remains"), with the tokens that name them."""
        doc = self.article.toks
        hits = [h for h in self.by_sentence.get(sentence.sent_id, []) if not h.in_quote]
        if not hits:
            return None
        first = sentence.first_token
        while first < hits[0].start_token and (doc[first].is_punct or doc[first].lower_ == "the"):
            first += 1  # "- The United States and India"
        if opening and first != hits[0].start_token and doc[first].lower_ in PREPOSITIONS | {"as"}:
            comma = next((i for i in range(first, hits[0].start_token) if doc[i].text == ","), None)
            if comma is not None:
                first = comma + 1
                while first < hits[0].start_token and doc[first].lower_ == "the":
                    first += 1
                hits = [h for h in hits if h.start_token >= first]
        if not hits or first != hits[0].start_token:
            return None
        named: list[str] = []
        end = first
        for hit in hits:
            gap = [doc[j].lower_ for j in range(end, hit.start_token)]
            if named and gap == ["("] and hit.actor_id == named[-1]:
                end = (
                    hit.end_token + 1
                    if hit.end_token < sentence.end_token and doc[hit.end_token].text == ")"
                    else hit.end_token
                )
                continue  # "the Republic of Korea (ROK)": its short form
            if named and not set(gap) <= {",", "and", "the"}:
                break
            if hit.actor_id not in named:
                named.append(hit.actor_id)
            end = hit.end_token
        after = doc[end].lower_ if end < sentence.end_token else ""
        if after not in _AUTHOR_VERBS | _MODALS:
            return None
        return named, first, end

    def _declared(self, sentence: Sentence) -> bool:
        """In a declaration ("We, the Leaders of the G7, ..."), every sentence of its own is the
        authors' word ("This unprovoked attack is causing enormous suffering."); a heading, a
        quotation and a line of outlet furniture are not."""
        text = sentence.text.rstrip()
        if not text or text[-1] not in '.;:,!?”"’)':
            return False  # "Combating COVID-19": a heading
        doc = self.article.toks
        quoted = sum(self.actors.in_quote[i] for i in range(sentence.first_token, sentence.end_token))
        return (
            quoted * 2 < sentence.end_token - sentence.first_token and not doc[sentence.first_token].is_space
        )

    def _author_is_subject(self, sentence: Sentence) -> bool:
        """ "As a lead partner, the United States will seek to ...": in the author's own release,
        the author named as the subject of what it will do speaks in its own voice."""
        doc = self.article.toks
        if self._parties_are_subject(sentence):
            return True
        for hit in self.by_sentence.get(sentence.sent_id, []):
            if hit.in_quote:
                continue
            if hit.actor_id != self.author:
                return False
            before = [doc[j].lower_ for j in range(sentence.first_token, hit.start_token)]
            if "," in before:  # past an opening phrase: "As a lead partner in B3W, the United States"
                before = before[len(before) - before[::-1].index(",") :]
            after = doc[hit.end_token].lower_ if hit.end_token < sentence.end_token else ""
            return not set(before) - {"the"} and after in _AUTHOR_VERBS
        return False
