"""Actors and their mentions: names, titles, aliases, roles, documents, events and groups.

Names are runs of capitalised tokens, classified with the data-driven lexicons (countries,
organisations, titles, head nouns). Later forms of a name (a surname, an acronym, "the
diplomat", "the grouping") are linked back to the actor they refer to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from sco_core.document import Article, Tok
from sco_core.records import Actor, Mention
from sco_core.turns import LabelSpeakers, Turn, TurnRules, find_labels, turn_extents

# The values of the actors table's ``type`` and the mentions table's ``via``.
ACTOR_TYPES = ("person", "country", "organization", "document", "event", "group")
VIAS = ("name", "alias", "role", "pronoun")

_CONNECTORS = {
    "of",
    "the",
    "and",
    "for",
    "de",
    "du",
    "da",
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "van",
    "von",
    "der",
    "&",
    "-",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her"}
# Words that open what a document is about: "a declaration on ...", "a joint report about ...".
_DOCUMENT_SUBJECT = frozenset({"on", "about", "concerning", "regarding", "for"})
_DOCUMENT_SUBJECT_WORDS = 12
# Stance nouns: how many modifiers may stand before one ("the top priority"), how many words of a
# complement after it ("recommendation | to all vaccinated adults | is"), the words that make it
# the subject, and the possessive pronouns that name its holder.
_STANCE_MODIFIERS = 2
_STANCE_COMPLEMENT_WORDS = 6
_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remained", "remain", "will"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})
# At most this many words stand between a determiner and its document noun ("the important warning statement").
_DOCUMENT_MODIFIER_WORDS = 2
_NO_SUBJECT = frozenset("behalf its his her their our my your this that these those which whose".split())
# Words that end a noun phrase: a relative word, an auxiliary or an adverb before a verb.
_CLAUSE_WORDS = frozenset(
    "which that who whose where when while as also further or is are was were will would has have had"
    " to by at from with said says".split()
)
# An outlet's or a body's possessive before a name that opens a label: "CNN’s ", "Fox News' ".
_LABEL_POSSESSOR = re.compile(r"(?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*(?:[’']s|s[’'])\s")
_ORDINAL = re.compile(
    r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\w+-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$"
)
# Title words that only modify a title ("foreign" minister, secretary "general"): alone, no role.
_MODIFIER_WORDS = frozenset(
    "of and for - state general national security special home external affairs foreign trade finance under"
    " vice prime elect designate crown intelligence".split()
)
_TITLE_JOINERS = frozenset({"of", "and", "for", "-"})
_JOINING_WORDS = frozenset({"of", "the", "and", "for", "&", "-"})
_NAME_PARTICLES = {
    "da",
    "de",
    "do",
    "dos",
    "das",
    "du",
    "von",
    "van",
    "der",
    "den",
    "al",
    "el",
    "ibn",
    "bint",
    "bin",
    "binti",
    "la",
    "le",
    "del",
    "di",
}
_MEMBER_CLASS = {
    "member countries",
    "member states",
    "member nations",
    "members",
    "member",
    "countries",
    "nations",
    "partners",
    "parties",
}
_APPOSITIVE_NOUNS = {
    "professor",
    "scholar",
    "researcher",
    "fellow",
    "analyst",
    "expert",
    "director",
    "dean",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "diplomat",
    "ambassador",
    "minister",
    "president",
    "chairman",
    "head",
    "chief",
    "secretary",
    "adviser",
    "advisor",
    "editor",
    "correspondent",
    "member",
    "deputy",
    "envoy",
    "representative",
    "economist",
    "lecturer",
}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


@dataclass
class ActorEntry:
    """An actor as it is being built: every form seen, and where it first occurs."""

    actor_id: str
    name: str
    type: str
    title: str = ""
    forms: dict[str, None] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    org_key: str = ""
    last_seen: int = -1
    # The actors a group or a joint document stands for, where the text makes them clear.
    members: list[str] = field(default_factory=list)
    # A name a transcript label gives ("Vladimir Putin:") stays the name; longer forms are aliases.
    locked: bool = False

    def add_form(self, form: str) -> None:
        self.forms[form] = None


@dataclass
class MentionHit:
    """A mention while extraction runs: token span plus resolution."""

    actor_id: str
    sent_id: int
    start_token: int
    end_token: int
    start: int
    end: int
    text: str
    via: str
    rule: str
    in_quote: bool
    # The form the text uses when it is wider than the evidence: "Mr Khan" for the mention "Khan".
    form: str = ""


class ActorRegistry:
    """The actors of one article, keyed so that every form of a name lands on one actor."""

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.by_key: dict[str, str] = {}
        self.person_forms: dict[str, str] = {}

    def get(self, actor_id: str) -> ActorEntry:
        return self.entries[actor_id]

    def find(self, key: str) -> ActorEntry | None:
        actor_id = self.by_key.get(key)
        return self.entries[actor_id] if actor_id else None

    def ensure(self, key: str, name: str, type_: str) -> ActorEntry:
        """Return the actor for ``key``, creating it; a fuller ``name`` replaces a shorter one."""
        entry = self.find(key)
        if entry is None:
            base = f"{type_}:{slug(name)}"
            actor_id, n = base, 2
            while actor_id in self.entries:
                actor_id, n = f"{base}-{n}", n + 1
            entry = ActorEntry(actor_id=actor_id, name=name, type=type_)
            self.entries[actor_id] = entry
            self.by_key[key] = actor_id
        elif len(name) > len(entry.name) and not entry.locked:
            entry.add_form(entry.name)
            entry.name = name
        if name != entry.name:
            entry.add_form(name)
        return entry

    def alias(self, key: str, actor_id: str) -> None:
        self.by_key.setdefault(key, actor_id)


@dataclass
class Lexicons:
    """The actor lexicons in the shapes the rules use."""

    org_heads: frozenset[str]
    document_heads: frozenset[str]
    event_heads: frozenset[str]
    title_words: frozenset[str]
    roles: dict[str, tuple[str, ...]]
    stop_words: frozenset[str]
    country_names: dict[str, str]
    # The countries' names, to tell "CHINA" in capitals from an acronym.
    country_titles: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    person_nouns: frozenset[str] = frozenset()
    generic_documents: frozenset[str] = frozenset()
    courtesy: frozenset[str] = frozenset()
    gender_words: dict[str, frozenset[str]] = field(default_factory=dict)
    title_modifiers: frozenset[str] = frozenset()
    # What may follow a name after a comma and belongs to it: "Joseph R. Biden, Jr.".
    name_suffixes: frozenset[str] = frozenset()

    # Documents that speak for whoever sent them: "his message", "the letter".
    sender_documents: frozenset[str] = frozenset()
    # Words between a determiner and a document noun that say nothing of its kind: "the important
    # warning statement" is a "warning statement".
    document_evaluatives: frozenset[str] = frozenset()
    # A country's institutions that speak for it under their own name: "South Africa's presidency",
    # "the Indian government", longest first.
    institution_nouns: tuple[str, ...] = ()
    # Document nouns that name no document before "of": "in the framework of the SCO".
    documents_not_before_of: frozenset[str] = frozenset()
    # Headlines that name a text's author: "Statement from President Biden on ...", "Remarks by ...".
    authored_headlines: frozenset[str] = frozenset()
    # The last words of a place's name: "South China Sea" is a sea, not China.
    place_heads: frozenset[str] = frozenset()
    # Words in capitals that name no organisation ("COVID", "GDP", "FACT SHEET").
    not_acronyms: frozenset[str] = frozenset()
    # Sentence adverbials that may open a clause before its subject with no comma, as word tuples.
    opening_phrases: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_data(cls, actors: dict, stop_words: set[str], country_names: dict[str, str]) -> Lexicons:
        return cls(
            country_names=dict(country_names),
            country_titles=frozenset(country_names.values()),
            titles=frozenset(actors["titles"]),
            honorifics=frozenset(word for h in actors.get("honorifics", ()) for word in h.split()),
            org_heads=frozenset(actors["organization_heads"]),
            document_heads=frozenset(actors["document_heads"]),
            event_heads=frozenset(actors["event_heads"]),
            title_words=frozenset(w.lower() for w in actors["title_words"])
            | frozenset(t.lower() for t in actors["titles"]),
            roles={key: tuple(values) for key, values in actors["roles"].items()},
            sender_documents=frozenset(n.lower() for n in actors.get("sender_documents", ())),
            document_evaluatives=frozenset(w.lower() for w in actors.get("document_evaluatives", ())),
            documents_not_before_of=frozenset(w.lower() for w in actors.get("documents_not_before_of", ())),
            institution_nouns=tuple(
                sorted(
                    {n.lower() for n in actors.get("institution_nouns", ())}, key=lambda n: -len(n.split())
                )
            ),
            authored_headlines=frozenset(n.lower() for n in actors.get("authored_headlines", ())),
            place_heads=frozenset(actors.get("place_heads", ())),
            not_acronyms=frozenset(actors.get("not_acronyms", ())),
            opening_phrases=tuple(
                sorted(
                    {tuple(p.lower().split()) for p in actors.get("opening_phrases", ())},
                    key=len,
                    reverse=True,
                )
            ),
            stop_words=frozenset(stop_words) | frozenset(actors.get("common_subjects", ())),
            person_nouns=frozenset(w.lower() for w in actors.get("person_nouns", ())),
            title_modifiers=frozenset(w.lower() for w in actors.get("title_modifiers", ())),
            name_suffixes=frozenset(actors.get("name_suffixes", ())),
            generic_documents=frozenset(w.lower() for w in actors.get("generic_document_nouns", ())),
            gender_words={
                gender: frozenset(w.lower() for w in words)
                for gender, words in actors.get("gender_words", {}).items()
            },
            courtesy=frozenset(
                word
                for c in [*actors.get("courtesy_titles", ()), *actors.get("honorifics", ())]
                for word in c.split()
            ),
        )


def _is_modifier(token) -> bool:
    """A lower-case word that may modify a noun after a determiner ("top", "immediate")."""
    return (
        token.is_alpha
        and token.is_lower
        and token.lower_
        not in _DETERMINERS
        | _POSSESSIVE_PRONOUNS
        | {
            "of",
            "in",
            "and",
        }
    )


def title_holds(title: str, word: str) -> bool:
    """True if a title holds a role word as whole words: "president" is in "President of
    Russia" and "President-elect", not in "Presidential Executive Office" or "Vice-President";
    "pm" is not in "Development Minister"."""
    return re.search(_word_pattern(word.lower()), title.lower()) is not None


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?!\w)")


def _of_kind(name: str, noun: str) -> bool:
    """Is the document named ``name`` one of the kind ``noun`` says: "Joint Statement on Strategic
    Issues" and "Moscow Joint Statement" are joint statements, "Treaty of Good-Neighbourliness" a treaty?"""
    words, kind = name.lower().split(), noun.lower().split()
    for i in range(len(words) - len(kind) + 1):
        if words[i : i + len(kind)] == kind:
            rest = words[i + len(kind) :]
            if rest and rest[0].isdigit():  # "Executive Order 14257" is an order
                rest = rest[1:]
            return not rest or rest[0] in {
                "on",
                "of",
                "about",
                "concerning",
                "between",
                "for",
                "to",
                "regarding",
            }
    return False


# What may follow the number of a numbered name: "Executive Order 14257 of April 2, 2025".
_NUMBER_FOLLOWERS = frozenset(
    {"of", "on", "in", "and", "or", "to", "as", "by", "from", "with", "which", "that"}
    | {"has", "have", "had", "shall", "would", "may", "must", "can", "could", "should"}
    | _COPULAS
)
# A year or an ordinal that opens a name: "the 1972 ABM Treaty", "the 16th Congress of ...".
_NAME_NUMBER = re.compile(r"(?:1[89]|20)\d\d|\d{1,3}(?:st|nd|rd|th)")
# Words before a document's head alone that point back to the last one of its kind.
_BACK_REFERENCE = frozenset({"the", "said", "this", "that"})
_GROUPING_HEADS = frozenset({"group", "grouping", "bloc", "body"})
_ACRONYM = re.compile(r"[A-Z]{3,7}\+?")


def _is_capitalised(token: Tok) -> bool:
    text = token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


class ActorFinder:
    """Finds the actor mentions of an article, sentence by sentence, in document order."""

    def __init__(
        self, article: Article, lexicons: Lexicons, ordinals: set[str], turn_rules: TurnRules | None = None
    ) -> None:
        self.article = article
        self._lowercase: frozenset[str] | None = None
        self.lex = lexicons
        self.ordinals = ordinals
        self.registry = ActorRegistry()
        self.mentions: list[MentionHit] = []
        doc = article.toks
        self.name_label: dict[int, tuple[str, str, int, int]] = {}
        # The country names and demonyms the article uses, once: each with its country codes.
        self.country_forms: dict[str, set[str]] = {}
        for span in sorted(article.names, key=lambda s: s.end - s.start):
            label, ident = span.label_, span.id_
            for i in range(span.start, span.end):
                self.name_label[i] = (label, ident, span.start, span.end)
            if label in {"COUNTRY", "DEMONYM"}:
                self.country_forms.setdefault(doc[span.start : span.end].text, set()).add(ident)
        self.cue_at: dict[str, dict[int, tuple[int, int, str]]] = {}
        for span in article.cues:
            bucket = self.cue_at.setdefault(span.label_, {})
            previous = bucket.get(span.start)
            if previous is None or previous[1] < span.end:
                bucket[span.start] = (span.start, span.end, span.id_)
        self._proposal_cues(article)
        self._document_cues(article)
        # Who holds the view a stance noun names ("In Mr Putin's view, ...", "The top priority of
        # the President and the Taoiseach is ..."): the tokens of its holder, by the noun's token.
        self.stance_holder: dict[int, tuple[int, int]] = {}
        self._stance_cues(article)
        self.date_tokens = {
            i for span in article.cues if span.label_ == "DATE" for i in range(span.start, span.end)
        }
        self.title_tokens: set[int] = set()
        self.speech_starts = set(self.cue_at.get("SPEECH", {}))
        self.speech_ends = {end for _, end, _ in self.cue_at.get("SPEECH", {}).values()}
        self.in_quote = [False] * len(doc)
        direct = [q for q in article.quotes if q.direct]
        k = 0
        for token in doc:  # one sweep: tokens and quotations are both in text order
            while k < len(direct) and direct[k].end <= token.idx:
                k += 1
            self.in_quote[token.i] = k < len(direct) and direct[k].start <= token.idx
        self.phrases_by_sentence: dict[int, list[tuple[str, int, int, str]]] = {}
        for label in ("ROLE", "ORG_REF", "DOC_NOUN", "EVENT_NOUN", "GROUP_NOUN"):
            by_sentence: dict[int, list[tuple[int, int, str]]] = {}
            for span in sorted(self.cue_at.get(label, {}).values()):
                by_sentence.setdefault(article.token_sent[span[0]], []).append(span)
            # Spans never cross a sentence, so the containment test looks within one sentence only.
            for sent_id, spans in by_sentence.items():
                for start, stop, ident in spans:
                    if any(a <= start and stop <= b and (a, b) != (start, stop) for a, b, _ in spans):
                        continue  # "statement" inside "joint statement"
                    self.phrases_by_sentence.setdefault(sent_id, []).append((label, start, stop, ident))
        self.heads = lexicons.org_heads | lexicons.document_heads | lexicons.event_heads
        self.last_org: str | None = None
        self.last_event: str | None = None
        self.claimed: set[int] = set()
        self.turn_rules = turn_rules
        self.labels = (
            LabelSpeakers(self, find_labels(article, turn_rules), turn_rules) if turn_rules else None
        )
        # The transcript turns, once :meth:`run` has read who each label names.
        self.turns: list[Turn] = []
        # The actors of the title given with the text, read alone, when the text does not open with it.
        self.titled: ActorFinder | None = None
        # Runs of two or more capitalised words that no rule read as a name (see _late_full_names).
        self.unresolved: list[list[int]] = []

    def _proposal_cues(self, article: Article) -> None:
        """Add "made a four-point proposal", "offered China's approach" as speech cues.

        A proposing verb followed within five tokens of its clause by a proposal noun is a cue;
        matched here rather than as one token pattern with optional gaps, which is slow to match.
        """
        doc = article.toks
        nouns = self.cue_at.get("PROPOSE_NOUN", {})
        speech = self.cue_at.setdefault("SPEECH", {})
        for start in sorted(self.cue_at.get("PROPOSE_VERB", {})):
            for j in range(start + 1, min(start + 9, len(doc))):
                if j in nouns:
                    speech.setdefault(start, (start, start + 1, "make_proposal"))  # the cue is the verb
                    break
                if doc[j].is_punct and doc[j].text not in {"-", "–"}:
                    break

    def _document_cues(self, article: Article) -> None:
        """Add "the Declaration reads", "the declaration states", "..., reads the text of the
        joint statement" as speech cues: verbs (``DOC_VERB`` in patterns.jsonl) that report
        speech only with a document for subject, before them or, after a comma, after them."""
        doc = article.toks
        spans = self.cue_at.get("DOC_NOUN", {}).values()
        noun_starts = {start for start, _, _ in spans}
        noun_ends = {end for _, end, _ in spans}
        heads = self.lex.document_heads
        speech = self.cue_at.setdefault("SPEECH", {})
        for start, end, ident in self.cue_at.get("DOC_VERB", {}).values():
            before = doc[start - 1] if start else None
            if before is None:
                continue
            j = end + 1 if end < len(doc) and doc[end].lower_ == "the" else end
            ahead = j < len(doc) and (j in noun_starts or doc[j].text in heads or doc[j].lower_ == "text")
            if start in noun_ends or before.text in heads or (before.text in {",", "”", '"'} and ahead):
                speech.setdefault(start, (start, end, ident))

    def _stance_cues(self, article: Article) -> None:
        """Add a stance noun (``STANCE_NOUN`` in patterns.jsonl: "view", "opinion", "priority",
        "recommendation") as a speech cue where it names whose stance a clause states: "In his
        opinion, ...", "In Mr Putin's view, ...", "In the view of the ministers, ..." open the
        clause; "The top priority of X is ...", "X's immediate recommendation to adults is ..." are
        its subject. Elsewhere ("the goal of the meeting", "discussed their priorities") it is a noun."""
        doc = article.toks
        speech = self.cue_at.setdefault("SPEECH", {})
        for start, end, _ident in self.cue_at.get("STANCE_NOUN", {}).values():
            if start in speech:
                continue
            sentence = article.sentences[article.token_sent[start]]
            first, last = sentence.first_token, sentence.end_token
            before = start - 1
            while before >= first and start - before <= _STANCE_MODIFIERS and _is_modifier(doc[before]):
                before -= 1  # "the top priority", "immediate recommendation", "considered view"
            if before < first:
                continue
            word = doc[before].lower_
            if word in _POSSESSIVE_PRONOUNS:
                holder, opening = (before, before + 1), before - 1
            elif word in {"’s", "'s"}:
                holder_start = before
                while holder_start > first and not (
                    doc[holder_start - 1].is_punct or doc[holder_start - 1].lower_ == "in"
                ):
                    holder_start -= 1
                holder, opening = (holder_start, before), holder_start - 1
            elif word == "the" and end < last and doc[end].lower_ == "of":
                stop = end + 1
                while stop < last and not doc[stop].is_punct and doc[stop].lower_ not in _COPULAS:
                    stop += 1
                holder, opening = (end + 1, stop), before - 1
            else:
                continue
            after = holder[1] if holder[0] > start else end
            opens = (
                opening >= first
                and doc[opening].lower_ == "in"
                and (opening == first or doc[opening - 1].is_punct)
            )
            if opens and after < last and doc[after].text == ",":
                speech[start] = (start, end, "stance")  # "In his opinion, ..."
                self.stance_holder[start] = holder
                continue
            if not (opening < first or doc[opening].is_punct) or opens:
                continue
            copula = next(
                (
                    i
                    for i in range(after, min(last, after + _STANCE_COMPLEMENT_WORDS + 1))
                    if doc[i].lower_ in _COPULAS or doc[i].is_punct
                ),
                None,
            )
            if copula is not None and doc[copula].lower_ in _COPULAS:
                speech[start] = (start, end, "stance")  # "The top priority of X is ..."
                self.stance_holder[start] = holder

    # -- mentions ---------------------------------------------------------------------------

    def add_mention(
        self, entry: ActorEntry, start_token: int, end_token: int, *, via: str, rule: str, form: str = ""
    ) -> MentionHit:
        doc = self.article.toks
        start = doc[start_token].idx
        last = doc[end_token - 1]
        end = last.idx + len(last.text)
        sent_id = self.article.token_sent[start_token]
        hit = MentionHit(
            actor_id=entry.actor_id,
            sent_id=sent_id,
            start_token=start_token,
            end_token=end_token,
            start=start,
            end=end,
            text=self.article.text[start:end],
            via=via,
            rule=rule,
            in_quote=self.in_quote[start_token],
            form=form,
        )
        self.mentions.append(hit)
        entry.last_seen = len(self.mentions)
        if via != "pronoun":
            entry.add_form(hit.text if via != "role" else _lower_determiner(hit.text))
        if form:
            entry.add_form(form)  # "Ms Penny Wong": the honorific says who "she" may be
        if entry.type == "organization":
            self.last_org = entry.actor_id
        if entry.type == "event":
            self.last_event = entry.actor_id
        self.claimed.update(range(start_token, end_token))
        return hit

    # -- the pass ---------------------------------------------------------------------------

    def run(self) -> None:
        for sentence in self.article.sentences:
            if sentence.sent_id in self.article.furniture:
                continue
            first = sentence.first_token
            label = self.labels.label_of(sentence) if self.labels else None
            if label is not None:  # "President of Russia Vladimir Putin: ...": the speech starts after it
                first = self.labels.read(label, sentence)
            for run in self._capitalised_runs(first, sentence.end_token):
                self._classify_run(run, first)
            self._lowercase_phrases(sentence.sent_id)
        self._late_full_names()
        if self.labels is not None:
            self.turns = turn_extents(self.article, self.labels.speakers, self.turn_rules)

    def _capitalised_runs(self, first: int, end: int) -> Iterator[list[int]]:
        """Yield runs of capitalised tokens (with inner connectors and title words) in a sentence."""
        doc = self.article.toks
        run: list[int] = []
        i = first
        while i < end:
            token = doc[i]
            title_word = token.lower_ in self.lex.title_words and token.i in self.name_label
            in_name = self.name_label.get(i, ("",))[0] in {"ORG", "COUNTRY"}
            if i in self.date_tokens:
                if run:
                    yield run
                run = []
            elif (
                _is_capitalised(token)
                or (run and (title_word or in_name))
                or (not run and title_word and i + 1 < end and _is_capitalised(doc[i + 1]))
            ):
                run.append(i)
            elif run and token.text == "," and (series_end := self._name_series(run, i, end)):
                # "the Treaty of Good-Neighbourliness, Friendship and Cooperation": a series in
                # capitals after a document's "of" or "on" is part of its name.
                run.extend(range(i, series_end))
                i = series_end
                continue
            elif run and self._numbers_name(run, i, end):
                run.append(i)  # "Executive Order 14257 of April 2", "Security Council Resolution 2735."
            elif (
                run and token.lower_ in {"'", "’", "'s", "’s"} and i + 1 < end and _is_capitalised(doc[i + 1])
            ):
                run.append(
                    i
                )  # "Leaders' Declaration", "Chairman's Statement", "India's External Affairs Minister"
            elif (
                run
                and token.lower_ in {"on", "in", "against", "between"}
                and any(doc[j].text in self.heads for j in run)
                and self._name_follows(i + 1, end)
            ):
                run.append(i)  # "Joint Declaration on Security Cooperation", "Treaty ... in Southeast Asia"
            elif run and token.lower_ in _CONNECTORS | {"to"} and self._name_follows(i + 1, end):
                if token.lower_ == "to" and not any(self.name_label.get(j, ("",))[0] == "TITLE" for j in run):
                    yield run
                    run = []
                else:
                    run.append(i)
            else:
                if run:
                    yield run
                run = []
            i += 1
        if run:
            yield run

    def _name_series(self, run: list[int], comma: int, end: int) -> int:
        """The end of a series in capitals, joined by commas and a final "and", that goes on the
        name of a document in ``run`` after its "of" or "on" (0 if there is none): "Declaration on
        Zone of Peace, Freedom and Neutrality". Countries and organisations are no such series."""
        doc = self.article.toks
        heads = [k for k, j in enumerate(run) if doc[j].text in self.lex.document_heads]
        if not heads or not any(doc[j].lower_ in {"of", "on"} for j in run[heads[0] + 1 :]):
            return 0
        i, items = comma, 0
        while i < end:
            if doc[i].text == ",":
                i += 1
                last = i < end and doc[i].lower_ == "and"
                i += last
            elif doc[i].lower_ == "and" and items:
                last, i = True, i + 1
            else:
                return 0
            words = i
            while i < end and _is_capitalised(doc[i]) and self._label(i) not in {"COUNTRY", "ORG", "DEMONYM"}:
                i += 1
            if not 0 < i - words <= 3:
                return 0
            items += 1
            if last:
                return i if i >= end or not _is_capitalised(doc[i]) else 0
        return 0

    def _numbers_name(self, run: list[int], i: int, end: int) -> bool:
        """A number right after a document's or event's head is part of its name ("Executive Order
        14257", "Resolution 2735"), where punctuation, a preposition or an auxiliary follows it:
        not "the Treaty 20 years ago"."""
        doc = self.article.toks
        if not (
            doc[i].text.isdigit() and doc[run[-1]].text in self.lex.document_heads | self.lex.event_heads
        ):
            return False
        after = doc[i + 1] if i + 1 < end else None
        return after is None or after.is_punct or after.lower_ in _NUMBER_FOLLOWERS

    def _numbered_lead(self, start: int) -> int | None:
        """The year or ordinal that opens a document's or event's name after a determiner ("the
        1972 ABM Treaty", "the 10th ASEAN-U.S. Summit"); not "in 2008 Olympic Games"."""
        doc = self.article.toks
        if start < 2 or not _NAME_NUMBER.fullmatch(doc[start - 1].text):
            return None
        return start - 1 if doc[start - 2].lower_ in _DETERMINERS | {"’s", "'s"} else None

    def _name_follows(self, i: int, end: int) -> bool:
        """True if a capitalised token follows after more connectors ("von der Leyen")."""
        doc = self.article.toks
        while i < end and doc[i].lower_ in _CONNECTORS and (doc[i].is_lower or doc[i].text == "-"):
            i += 1
        return i < end and _is_capitalised(doc[i]) and i not in self.date_tokens  # not "Treaty in June"

    def _label(self, i: int) -> str:
        return self.name_label.get(i, ("", "", 0, 0))[0]

    def _lexicon_span(self, i: int) -> tuple[str, str, int, int] | None:
        return self.name_label.get(i)

    def _classify_run(self, run: list[int], sent_first: int) -> None:
        doc = self.article.toks
        # A sentence-opening function word ("The", "On", "However", "First") is not a name.
        while run and (
            run[0] <= self._content_start(sent_first)
            and (doc[run[0]].lower_ in self.lex.stop_words or doc[run[0]].lower_ in self.ordinals)
            and run[0] not in self.name_label
            # "Former Prime Minister Raila Odinga": a title's modifier, not a sentence opener
            and not (
                doc[run[0]].lower_ in self.lex.title_modifiers
                and len(run) > 1
                and self._label(run[1]) == "TITLE"
            )
        ):
            run = run[1:]
        while run and self._loose_connector(run[-1]):
            run = run[:-1]
        known = run and self.registry.person_forms.get(doc[run[0] : run[-1] + 1].text)
        while run and self._loose_connector(run[0]) and not known:  # but "Von der Leyen said"
            run = run[1:]
        if not run:
            return
        for part in self._split_coordination(run):
            while part and self._loose_connector(part[0]) and not known:
                part = part[1:]
            if part:
                self._classify_part(part, sent_first)

    def _loose_connector(self, i: int) -> bool:
        """A connector at the edge of a run that is no part of a name: "of", "the", "and", or a
        particle in lower case. "El Salvador", "Li Bin" and "Al Jazeera" keep theirs."""
        token = self.article.toks[i]
        return token.lower_ in _CONNECTORS and (token.is_lower or token.lower_ in _JOINING_WORDS)

    def _content_start(self, sent_first: int) -> int:
        doc = self.article.toks
        i = sent_first
        while i < len(doc) and (doc[i].is_punct or doc[i].like_num or doc[i].is_space):
            i += 1
        return i

    def _split_coordination(self, run: list[int]) -> list[list[int]]:
        doc = self.article.toks
        parts, current = [], []
        for i in run:
            token = doc[i]
            if token.lower_ in {"and", "&"} and i not in self.name_label and current:
                head = doc[self._head(run)].text
                left_is_name = self._is_whole_name(current)
                # "Minister of Industry and Trade Denis Manturov": a title's complement.
                in_title_complement = any(
                    self._label(j) == "TITLE"
                    and k + 1 < len(current)
                    and doc[current[k + 1]].lower_ in {"of", "for"}
                    for k, j in enumerate(current)
                )
                joined_head = (
                    head in self.lex.org_heads
                    or head in self.lex.document_heads
                    or head in self.lex.event_heads
                )
                titles_only = all(
                    self._label(j) in {"TITLE", "DEMONYM"} or doc[j].lower_ in self.lex.title_words
                    for j in current
                )
                # "Deputy Prime Minister and Foreign Minister Saleumxay Kommasith": one person's two offices.
                # ... but "the Foreign Minister and President Xi Jinping" are two people.
                bare_left = not any(
                    doc[j].is_lower and doc[j].lower_ not in _TITLE_JOINERS for j in current
                ) and not (current[0] > 0 and doc[current[0] - 1].lower_ in _DETERMINERS)
                left_is_office = bare_left and (
                    self._label(current[-1]) == "TITLE"
                    or doc[current[-1]].lower_ in {"minister", "secretary"}
                )
                titles_only = titles_only and bare_left
                # "the Moscow Declaration on Terrorism and the Joint Statement on Strategic Issues":
                # "and the" between two names, each with its own head, joins two documents.
                rest = run[run.index(i) + 1 :]
                two_named = (
                    len(rest) > 1
                    and doc[rest[0]].lower_ == "the"
                    and any(doc[j].text in self.heads for j in current)
                    and any(doc[j].text in self.heads for j in rest[1:])
                )
                if two_named:
                    parts.append(current)
                    current = []
                    continue
                if in_title_complement or titles_only or left_is_office or (joined_head and not left_is_name):
                    current.append(i)
                    continue
                parts.append(current)
                current = []
                continue
            current.append(i)
        if current:
            parts.append(current)
        return [p for p in parts if p]

    def _is_whole_name(self, tokens: list[int]) -> bool:
        """True if ``tokens`` (less a leading "the") are exactly one known country or organisation."""
        doc = self.article.toks
        while tokens and doc[tokens[0]].lower_ == "the":
            tokens = tokens[1:]
        if not tokens:
            return False
        if len(tokens) == 1 and self._acronym_word(doc[tokens[0]].text):
            return True  # "USAID and the World Bank": an acronym is a whole name
        span = self._lexicon_span(tokens[0])
        return bool(
            span and span[0] in {"COUNTRY", "ORG"} and span[2] == tokens[0] and span[3] == tokens[-1] + 1
        )

    def _titles_document(self, part: list[int], labels: list[str]) -> int | None:
        """Where the document starts in a title's possessive with a document head after it
        ("President's Executive Order"), or None."""
        doc = self.article.toks
        for k in range(1, len(part) - 1):
            if doc[part[k]].lower_ in {"'s", "’s"} and labels[k - 1] == "TITLE":
                if any(doc[j].text in self.lex.document_heads for j in part[k + 1 :]):
                    return k + 1
                return None
        return None

    def _strip_honorific(self, part: list[int]) -> list[int]:
        """Drop a leading honorific ("Mr.", "Datuk Seri"); return the rest, or ``part`` if none."""
        doc = self.article.toks
        k = 0
        while k < len(part) - 1 and (doc[part[k]].text in self.lex.honorifics):
            k += 1
        return part[k:]

    def _classify_part(self, part: list[int], sent_first: int) -> None:
        doc = self.article.toks
        if (
            len(part) > 1
            and doc[part[-1]].text in self.lex.place_heads
            and not any(doc[i].text in self.heads for i in part)  # "Convention on the Law of the Sea"
        ):
            return  # a place: "the South China Sea", "the Taiwan Strait", "the Black Sea"
        named = self._strip_honorific(part)
        if len(named) < len(part):
            # "Mr. Albanese", "Datuk Seri Anwar Ibrahim": a person, named without the honorific.
            if "TITLE" not in {self._label(i) for i in named} and not any(
                self._label(i) in {"COUNTRY", "ORG"} for i in named
            ):
                self._person(named, title="", rule="honorific", shown=doc[part[0] : part[-1] + 1].text)
                return
            part = named
        labels = [self._label(i) for i in part]
        first_title = next((k for k, label in enumerate(labels) if label == "TITLE"), None)
        if (
            first_title is not None
            and first_title >= 2
            and not any(labels[:first_title])
            and doc[part[first_title - 1]].lower_ in {"of", "by", "from", "with"}
            and not any(doc[i].text in self.heads for i in part[:first_title])
        ):
            # "Readout of Vice President Harris", "Remarks by President Biden": a headline's
            # words before the title are no part of it.
            part = part[first_title:]
            labels = labels[first_title:]
        start, end = part[0], part[-1] + 1
        whole = self._lexicon_span(start)
        # "the Shanghai Cooperation Organization in Moscow": a whole known name, then a place
        # after "in" or "at", are two names, not one.
        if (
            whole
            and whole[2] == start
            and whole[0] in {"ORG", "COUNTRY"}
            and whole[3] + 1 < end
            and doc[whole[3]].lower_ in {"in", "at"}
        ):
            cut = part.index(whole[3])
            self._classify_part(part[:cut], sent_first)
            self._classify_part(part[cut + 1 :], sent_first)
            return
        text = doc[start:end].text
        # 1. A whole lexicon name: a country or a known organisation.
        if whole and whole[2] == start and whole[3] == end:
            label, ident = whole[0], whole[1]
            if label == "COUNTRY":
                self._country(ident, start, end)
                return
            if label == "ORG":
                self._organization(ident, start, end, via="name" if text == ident else "alias")
                return
            if label == "DEMONYM":
                return
            if label == "TITLE":
                self._role_reference(start, end, role=text.lower())
                return
        # 2. A title, then a name: "Chinese Ambassador to Russia Zhang Hanhui" (not a title's
        # document: "the President's Executive Order on Climate", "the President's Budget").
        owned = self._titles_document(part, labels)
        if owned is not None:
            # Named as itself: "Executive Order on Climate", the President's.
            self._classify_part(part[owned:], sent_first)
            return
        if "TITLE" in labels:
            name_from = self._name_after_title(part)
            if name_from is None:
                name_from = self._name_after_title_complement(part)
            if name_from is not None and doc[name_from - 1].lower_ in {"'s", "’s"} and name_from - 1 in part:
                # "Vice President Harris’s Call": the person, then what they own, not a name.
                self._classify_part(part[: part.index(name_from - 1)], sent_first)
                return
            if name_from is not None:
                tail = self._country_complement(part)
                name_tokens = [i for i in part if i >= name_from and i not in tail]
                start = self._lowercase_title_start(start)
                title = self._title_text(start, name_from) + (
                    " " + doc[tail[0] : tail[-1] + 1].text if tail else ""
                )
                if self._courtesy_only(title) and not tail:
                    # "Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs": the office wins.
                    title = self._appositive_title(name_tokens[-1] + 1) or title
                for i in tail:
                    span = self._lexicon_span(i)
                    if span and span[2] == i and span[0] == "COUNTRY":
                        self._country(span[1], span[2], span[3])
                self.title_tokens.update(range(start, name_from))
                self._person(name_tokens, title=title, rule="title+name")
                for i in range(start, name_from):
                    span = self._lexicon_span(i)
                    if span and span[2] == i and span[0] in {"COUNTRY", "ORG"}:
                        if span[0] == "COUNTRY":
                            self._country(span[1], span[2], span[3])
                        else:
                            self._organization(span[1], span[2], span[3], via="alias")
                return
            if (
                all(lbl in {"TITLE", "DEMONYM", "COUNTRY", "ORG", ""} for lbl in labels)
                and labels[-1] == "TITLE"
            ):
                inner = [k for k in range(1, len(part) - 1) if doc[part[k]].lower_ == "the"]
                if inner:
                    # "to the Federal Assembly the President said": a name, then a role of its own.
                    self._classify_part(part[: inner[-1]], sent_first)
                    self._role_reference(part[inner[-1] + 1], end, role=doc[part[-1]].lower_)
                    return
                self._role_reference(start, end, role=doc[part[-1]].lower_)
                return
        # 3. A known person's name or part of it: "Zhang", "Xi Jinping".
        person_id = self.registry.person_forms.get(text)
        if person_id:
            entry = self.registry.get(person_id)
            self.add_mention(
                entry, start, end, via="name" if text == entry.name else "alias", rule="person-form"
            )
            return
        # 4. An acronym or short form of an organisation already met.
        key_actor = self.registry.by_key.get(f"org-form:{text}")
        if key_actor:
            self.add_mention(self.registry.get(key_actor), start, end, via="alias", rule="org-form")
            return
        # 5. Head nouns: organisation, document, event.
        head = self._head(part)
        head_text = doc[head].text
        if (
            head_text in self.lex.org_heads
            or head_text in self.lex.document_heads
            or head_text in self.lex.event_heads
        ):
            type_ = (
                "organization"
                if head_text in self.lex.org_heads
                else "document"
                if head_text in self.lex.document_heads
                else "event"
            )
            earlier = self._earlier_document(head_text) if type_ == "document" and end - start == 1 else None
            if earlier is not None and start > 0 and doc[start - 1].lower_ in _BACK_REFERENCE:
                # "The Statement highlighted" after "a joint press statement", "the terms of said
                # Order" after "Executive Order 14257": the same document.
                self.add_mention(earlier, start - 1, end, via="role", rule="document-reference")
                return
            lead = self._numbered_lead(start)
            if lead is not None:
                # "the 1972 ABM Treaty", "the 10th ASEAN-U.S. Summit", "the 16th Congress of ...":
                # one of its kind, and what the text later calls "the ABM Treaty".
                entry = self.registry.ensure(
                    f"{type_}:{doc[lead:end].text.lower()}", doc[lead:end].text, type_
                )
                self.registry.alias(f"{type_}:{text.lower()}", entry.actor_id)
                self.add_mention(entry, lead, end, via="name", rule=f"head:{type_}", form=text)
                self._complement_mentions(part, head)
                return
            fuller = self._fuller_organization(text) if type_ == "organization" else None
            if fuller is not None:
                # "the COVID Response Team" after "his White House COVID Response Team": the same body.
                self.add_mention(fuller, start, end, via="alias", rule="org-short-form")
                self._complement_mentions(part, head)
                return
            entry = self.registry.ensure(f"{type_}:{text.lower()}", text, type_)
            if type_ == "organization":
                self._register_acronym(entry, part)
            self.add_mention(entry, start, end, via="name", rule=f"head:{type_}")
            self._complement_mentions(part, head)
            return
        # 6. Known names inside a longer run, and an unknown name that speaks or has an appositive.
        unknown: list[int] = []
        i = start
        while i < end:
            span = self._lexicon_span(i)
            if span and span[2] == i and span[3] <= end and span[0] in {"COUNTRY", "ORG"}:
                self._flush_unknown(unknown, sent_first)
                unknown = []
                if span[0] == "COUNTRY":
                    self._country(span[1], span[2], span[3])
                else:
                    self._organization(span[1], span[2], span[3], via="alias")
                i = span[3]
                continue
            if (span and span[0] in {"DEMONYM", "TITLE"}) or doc[i].lower_ in {"'s", "’s"}:
                self._flush_unknown(unknown, sent_first)
                unknown = []
                i += 1
                continue
            unknown.append(i)
            i += 1
        self._flush_unknown(unknown, sent_first)

    def _flush_unknown(self, tokens: list[int], sent_first: int) -> None:
        doc = self.article.toks
        while tokens and self._loose_connector(tokens[0]):
            tokens = tokens[1:]
        while tokens and self._loose_connector(tokens[-1]):
            tokens = tokens[:-1]
        if not tokens or len([i for i in tokens if not doc[i].is_lower]) > 5:
            return
        start, end = tokens[0], tokens[-1] + 1
        if end - start != len(tokens):
            return
        text = doc[start:end].text
        person_id = self.registry.person_forms.get(text)
        if person_id:
            entry = self.registry.get(person_id)
            self.add_mention(
                entry, start, end, via="name" if text == entry.name else "alias", rule="person-form"
            )
            return
        if len(tokens) == 1 and self._acronym(start, sent_first):
            # "the OSCE", "COVAX", "OPEC+": an unknown acronym in running text names an organisation.
            end = start + 2 if start + 1 < len(doc) and doc[start + 1].text == "+" else end
            name = doc[start:end].text
            entry = self.registry.ensure(f"organization:{name.lower()}", name, "organization")
            self.add_mention(entry, start, end, via="name", rule="acronym")
            return
        if any(
            not doc[i].is_alpha
            and not doc[i].text.endswith(".")
            and doc[i].text != "-"
            and not doc[i].text.replace("’", "").replace("'", "").isalpha()
            for i in tokens
        ):
            return  # "Mohammed Shia’a Al-Sudani" is a name; "G20", "COVID-19" are not
        appositive = (
            self._appositive_title(end) or self._title_before(start, end) or self._lowercase_title(start)
        )
        # "The Leaders stressed": a collective noun in capitals that speaks is no one's name.
        speaks = self._speaks(start, end) and not (
            len(tokens) == 1 and doc[start].lower_ in self.lex.stop_words
        )
        if appositive is not None or speaks:
            self._person(tokens, title=appositive or "", rule="appositive" if appositive else "speaker")
        elif len(tokens) >= 2 and self._introduced_as_person(start):
            self._person(tokens, title="", rule="introduced")
        elif len(tokens) >= 2:
            self.unresolved.append(tokens)

    def _acronym(self, i: int, sent_first: int) -> bool:
        """Is token ``i`` an acronym (three to seven capitals, "OPEC", "USAID", "R&D" not) in a
        sentence of running text, not a heading in capitals, and not a word of ``not_acronyms``?"""
        doc = self.article.toks
        word = doc[i].text
        if not self._acronym_word(word):
            return False
        # An operative clause's participle ("NOTING the progress") is no acronym either.
        if i == self._content_start(sent_first) and (word.endswith("ING") or word.endswith("ED")):
            return False
        if (
            i == self._content_start(sent_first)
            and i + 1 < len(doc)
            and doc[i + 1].text in {",", "-", "–", "—"}
        ):
            return False  # "PERTH, Oct 22 -": a dateline's place
        if i > 0 and doc[i - 1].text in {"(", "["}:
            return False  # "Partners in the Blue Pacific (PBP)": a short form, the name's or no one's
        sentence = self.article.sentences[self.article.token_sent[i]]
        words = [t.text for t in doc[sentence.first_token : sentence.end_token] if t.is_alpha]
        capitals = sum(1 for w in words if w.isupper() and len(w) > 1)
        return 2 * capitals <= len(words)

    def _acronym_word(self, word: str) -> bool:
        """Does ``word`` read as an acronym? Not a function word in capitals ("OVER"), a word the
        text also writes in lower case ("PROMOTE"), a country ("CHINA") or one of ``not_acronyms``."""
        if not _ACRONYM.fullmatch(word) or word in self.lex.not_acronyms:
            return False
        lower = word.lower()
        return not (
            lower in self.lex.stop_words
            or lower in self._lowercase_words()
            or word.title() in self.lex.country_titles
        )

    def _lowercase_words(self) -> frozenset[str]:
        """The words the text writes in lower case (read once per article)."""
        if self._lowercase is None:
            self._lowercase = frozenset(t.text for t in self.article.toks if t.is_lower and t.is_alpha)
        return self._lowercase

    def _late_full_names(self) -> None:
        """ "Harris spoke with Bernardo Arévalo de León. ... President-elect Arévalo discussed ...":
        a full name that nothing marked as a person when it was read is the person whose surname
        the text gives later with a title; the surname's actor takes the full name."""
        doc = self.article.toks
        for tokens in self.unresolved:
            if any(self.name_label.get(i) for i in tokens) or any(
                h.start_token == tokens[0] for h in self.mentions
            ):
                continue
            if any(doc[i].lower_ in self.lex.stop_words for i in tokens if not doc[i].is_lower):
                continue  # "All Zelenskyy has to do": a sentence's first word, no part of a name
            known = {self.registry.person_forms.get(doc[i].text) for i in tokens[1:]} - {None}
            if len(known) == 1 and " " not in self.registry.get(next(iter(known))).name:
                self._person(tokens, title="", rule="late-name")

    def _introduced_as_person(self, start: int) -> bool:
        """A full name after "his"/"her" and a noun for a person: "his Belarusian counterpart
        Alexander Lukashenko". ("its predecessor Shanghai Five", "China's Great Wall": no person.)"""
        doc = self.article.toks
        if start < 2 or doc[start - 1].lower_ not in self.lex.person_nouns:
            return False
        before = [doc[j].lower_ for j in range(max(0, start - 4), start - 1)]
        return "his" in before or "her" in before

    def _lowercase_title(self, start: int) -> str | None:
        """Return "opposition leader" in "the opposition leader Alexei Navalny" (a title in lower case)."""
        doc = self.article.toks
        if (
            start == 0
            or not doc[start - 1].is_lower
            or doc[start - 1].lower_ not in self.lex.title_words - _MODIFIER_WORDS
        ):
            return None
        i = start - 1
        while (
            i > 0
            and doc[i - 1].is_lower
            and doc[i - 1].lower_ not in {"the", "a", "an", "and", "with", "by", "to", "of"}
            and doc[i - 1].is_alpha
        ):
            i -= 1
        return doc[i:start].text

    def _title_before(self, start: int, end: int) -> str | None:
        """Return the title in "the foreign secretary, David Cameron," when the name follows one."""
        doc = self.article.toks
        if start < 2 or doc[start - 1].text != "," or (end < len(doc) and doc[end].text not in {",", "."}):
            return None
        i = start - 1
        first = self.article.sentences[self.article.token_sent[start]].first_token
        while i > first and doc[i - 1].text not in {",", ";", ":", "(", '"', "“", "‘"}:
            # "the President of the United States, Joseph R. Biden Jr.,": a title's complement
            # holds its own "the".
            if doc[i - 1].lower_ in {"the", "a", "an"} and not (
                i - 2 >= first and doc[i - 2].lower_ in {"of", "for"}
            ):
                break
            i -= 1
        if (
            not any(
                (
                    doc[j].lower_ in self.lex.title_words
                    and not doc[j].is_lower
                    and doc[j].lower_ not in _CONNECTORS
                )
                or self._label(j) == "TITLE"
                for j in (i, start - 2)
            )
            and doc[start - 2].lower_ not in self.lex.title_words
        ):
            return None
        phrase = doc[i : start - 1].text
        return phrase if 0 < len(phrase.split()) <= 8 else None

    def _speaks(self, start: int, end: int) -> bool:
        """True if the name is the subject of a speech cue ("Lavrov said") or follows one ("said Gao Fei")."""
        doc = self.article.toks
        j = end
        while j < len(doc) and doc[j].lower_ in {
            "also",
            "further",
            "then",
            "has",
            "had",
            "have",
            "once",
            "again",
        }:
            j += 1
        if j in self.speech_starts or (end - start >= 2 and self._coordinated_speaker_follows(j)):
            return True
        # "Putin: BRICS is ..." opening a headline.
        para_start = self.article.paragraphs[self.article.sentences[self.article.token_sent[start]].para_id][
            0
        ]
        headline = (
            self.article.text[
                self.article.paragraphs[self.article.sentences[self.article.token_sent[start]].para_id][1] - 1
            ]
            not in '.!?"”'
        )
        if (
            end < len(doc)
            and doc[end].text == ":"
            and doc[start].idx == para_start
            and headline
            and not doc[start].text.isupper()
        ):
            return True
        # "Richard Moore, Co-Chair of the Council: “We ...”": a name opening a paragraph whose
        # label (a colon before a quotation) follows it, past an outlet's possessive ("CNN’s").
        opener = self.article.text[para_start : doc[start].idx]
        if (not opener or _LABEL_POSSESSOR.fullmatch(opener)) and not doc[start].text.isupper():
            window = self.article.text[doc[end - 1].idx : doc[end - 1].idx + 200].split("\n", 1)[0]
            label = re.search(r":\s*[“\"]", window)
            if label is not None and "." not in window[: label.start()].replace(". ", ".").rstrip("."):
                return True
        # "..., said Gao Fei, a professor" / "said Lavrov." (not "said Washington favoured ...").
        after_cue = start in self.speech_ends or (
            start - 1 in self.speech_ends and doc[start - 1].lower_ == "the"
        )
        closes = end >= len(doc) or doc[end].text in {",", ".", ";", "!", "?"} or doc[end].is_space
        return after_cue and closes

    def _coordinated_speaker_follows(self, j: int) -> bool:
        """ "Angela Merkel and Nicolas Sarkozy expressed": a full name before "and" shares the
        speech cue of the name after it."""
        doc = self.article.toks
        if j >= len(doc) or doc[j].lower_ != "and":
            return False
        k = j = j + 1
        while (
            k < len(doc)
            and k - j < 4
            and _is_capitalised(doc[k])
            and doc[k].lower_ not in self.lex.stop_words
        ):
            k += 1
        while k > j and k < len(doc) and doc[k].lower_ in {"also", "further", "then", "both", "jointly"}:
            k += 1
        return k > j and k in self.speech_starts

    def _appositive_title(self, end: int) -> str | None:
        """Return the role in an appositive after a name (", a professor at X,"), if there is one."""
        doc = self.article.toks
        if end >= len(doc) - 1 or doc[end].text != ",":
            return None
        i = end + 1
        if doc[i].lower_ in {"a", "an", "the"}:
            i += 1
        phrase_start = i
        while (
            i < len(doc)
            and doc[i].text not in {",", ".", ";", ":", "”", '"', "(", ")"}
            and not doc[i].is_space
        ):
            i += 1
        words = [t.lower_ for t in doc[phrase_start:i]]
        if not words or len(words) > 14:
            return None
        if any(j in self.speech_starts for j in range(phrase_start, i)):
            return None  # "In Beijing, Chinese foreign ministry spokesperson Lin Jian said ...": a clause
        if any(w in _APPOSITIVE_NOUNS or w in self.lex.title_words - _MODIFIER_WORDS for w in words):
            return doc[phrase_start:i].text
        return None

    def _name_after_title(self, part: list[int]) -> int | None:
        """Return the first token of the personal name that ends ``part`` after a title.

        The name is the longest run of capitalised words at the end that are neither known
        names nor title words ("von der", "da" may join them); what precedes it must hold a
        title and must not end in a connector ("Minister of Industry and | Trade ...").
        """
        doc = self.article.toks
        tail = self._country_complement(part)
        if tail:
            part = part[: -len(tail)]
        k = len(part)
        while k > 0:
            token = doc[part[k - 1]]
            hyphen = (
                token.text == "-"
                and 1 < k < len(part)
                and (_is_capitalised(doc[part[k - 2]]) or doc[part[k - 2]].lower_ in _NAME_PARTICLES)
            )
            inner = hyphen or (token.is_lower and token.lower_ in _NAME_PARTICLES and k < len(part))
            plain = (
                _is_capitalised(token)
                and not self._label(part[k - 1])
                and token.lower_ not in self.lex.title_words
                # "Premier of the State Council": a body's head noun is no personal name
                and token.text not in self.lex.org_heads
            )
            if not (inner or plain):
                break
            k -= 1
        name = part[k:]
        while name and (doc[name[0]].is_lower or doc[name[0]].text in self.lex.honorifics):
            name = name[1:]
        prefix = part[: len(part) - len(name)]
        words = [i for i in name if not doc[i].is_lower]
        if not words or len(words) > 5 or not prefix:
            return None
        if doc[prefix[-1]].lower_ in _CONNECTORS | {"to"}:
            return None
        if not any(self._label(i) == "TITLE" for i in prefix):
            return None
        return name[0]

    def _country_complement(self, part: list[int]) -> list[int]:
        """Return the tokens of a trailing "of Japan" / "of the SCO" in "Prime Minister Fumio Kishida of Japan"."""
        doc = self.article.toks
        last = self._lexicon_span(part[-1])
        if not last or last[0] not in {"COUNTRY", "ORG"} or last[3] != part[-1] + 1:
            return []
        k = part.index(last[2]) if last[2] in part else -1
        while k > 0 and doc[part[k - 1]].lower_ == "the":
            k -= 1
        if k <= 1 or doc[part[k - 1]].lower_ not in {"of", "from"}:
            return []
        return part[k - 1 :]

    def _name_after_title_complement(self, part: list[int]) -> int | None:
        """For "Minister of Industry and Trade Denis Manturov": the name is the last two words."""
        doc = self.article.toks
        titles = [k for k, i in enumerate(part) if self._label(i) == "TITLE"]
        if not titles:
            return None
        after = part[titles[-1] + 1 :]
        if not after or doc[after[0]].lower_ not in {"of", "for"}:
            return None
        words = [i for i in after if _is_capitalised(doc[i]) and not self._label(i)]
        if len(words) < 3:
            return None
        start = words[-2]
        if doc[start].text in self.lex.org_heads:
            # "Head of the Presidential Administration Yermak": the head ends the complement.
            start = words[-1]
        return start if doc[start - 1].lower_ not in {"of", "for", "and", "the"} else None

    def _head(self, part: list[int]) -> int:
        """Return the head word of a name: the last word before "of"/"on"/"in"/"for", else the last."""
        doc = self.article.toks
        for k, i in enumerate(part):
            if doc[i].lower_ in {"of", "on", "in", "for", "against"} and k > 0:
                return part[k - 1]
        if len(part) > 1 and doc[part[-1]].text.isdigit():
            return part[-2]  # "Executive Order 14257": the number names one of its kind
        return part[-1]

    def _complement_mentions(self, part: list[int], head: int) -> None:
        for i in part:
            if i <= head:
                continue
            span = self._lexicon_span(i)
            if span and span[2] == i and span[3] - 1 <= part[-1]:
                if span[0] == "COUNTRY":
                    self._country(span[1], span[2], span[3])
                elif span[0] == "ORG":
                    self._organization(span[1], span[2], span[3], via="alias")

    # -- actor kinds ------------------------------------------------------------------------

    def _lowercase_title_start(self, start: int) -> int:
        """Where a title in lower case begins: "Chinese foreign ministry spokesperson Lin Jian" has
        more title than its capitalised run ("spokesperson"); the words before it belong too."""
        doc = self.article.toks
        if not doc[start].is_lower:
            return start
        i = start
        while (
            i > 0
            and doc[i - 1].is_lower
            and (doc[i - 1].lower_ in self.lex.title_words or doc[i - 1].lower_ in self.lex.title_modifiers)
        ):
            i -= 1
        if i < start and i > 0 and self._label(i - 1) in {"DEMONYM", "COUNTRY"}:
            span = self._lexicon_span(i - 1)
            i = span[2] if span else i - 1
        return i

    def _title_text(self, start: int, end: int) -> str:
        """The title in tokens ``[start, end)`` before a name, less a country's possessive in front
        ("Thailand's Prime Minister") and courtesy words behind ("Saudi Foreign Minister Prince")."""
        doc = self.article.toks
        if end - start > 2 and self._label(start) == "COUNTRY":
            span = self._lexicon_span(start)
            after = span[3] if span else start + 1
            if after < end - 1 and doc[after].lower_ in {"'s", "’s"}:
                start = after + 1
        trimmed = end
        while trimmed > start and doc[trimmed - 1].text in self.lex.courtesy:
            trimmed -= 1
        whole = doc[start:end].text
        # "Saudi Crown Prince": "Prince" belongs to the title "Crown Prince" here.
        ends_in_title = any(whole == t or whole.endswith(" " + t) for t in self.lex.titles if " " in t)
        if trimmed > start and whole not in self.lex.titles and not ends_in_title:
            end = trimmed
        return doc[start:end].text

    def _courtesy_only(self, title: str) -> bool:
        return bool(title) and all(word in self.lex.courtesy for word in title.split())

    def _person(self, tokens: list[int], *, title: str, rule: str, shown: str = "") -> None:
        doc = self.article.toks
        end = tokens[-1] + 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in self.lex.name_suffixes:
            tokens = [*tokens, end, end + 1]  # "Joseph R. Biden, Jr."
            self.claimed.update((end, end + 1))
        start, end = tokens[0], tokens[-1] + 1
        name = doc[start:end].text
        existing = self.registry.person_forms.get(name)
        if existing is None and len(tokens) > 1:
            # "Mr. Bhutto Zardari" after "Bilawal Bhutto Zardari": part of a known full name.
            existing = next(
                (
                    e.actor_id
                    for e in self.registry.entries.values()
                    if e.type == "person" and f" {name} " in f" {e.name} " and e.name != name
                ),
                None,
            )
        if existing is None and len(tokens) > 1:
            for i in tokens:
                known = self.registry.person_forms.get(doc[i].text)
                if known and " " not in self.registry.get(known).name:
                    existing = known
                    self.registry.ensure(f"person:{self.registry.get(known).name}", name, "person")
                    break
        entry = (
            self.registry.get(existing)
            if existing
            else self.registry.ensure(f"person:{name}", name, "person")
        )
        # The first title given wins, but a real one replaces a courtesy one ("Prince", "Sheikh").
        # So does a fuller form of the same title ("Secretary of State" after "Secretary").
        if title and (
            not entry.title
            or (self._courtesy_only(entry.title) and not self._courtesy_only(title))
            or title.strip().startswith(f"{entry.title} ")
        ):
            entry.title = title.strip()
            entry.countries |= self._countries_in(title)
        self.registry.person_forms.setdefault(name, entry.actor_id)
        for i in tokens:
            form = doc[i].text
            if len(form) >= 2 and form[0].isupper() and not form.endswith("."):
                # "KISHIDA Fumio" in a readout is "Prime Minister Kishida" later.
                for spelling in dict.fromkeys((form, form.title() if form.isupper() else form)):
                    self.registry.person_forms.setdefault(spelling, entry.actor_id)
        # "Ursula von der Leyen" is "von der Leyen", or "Von der Leyen" opening a sentence.
        particle = next((k for k, i in enumerate(tokens) if k and doc[i].lower_ in _NAME_PARTICLES), None)
        if particle is not None and particle < len(tokens) - 1:
            surname = doc[tokens[particle] : end].text
            for spelling in (surname, surname[:1].upper() + surname[1:]):
                self.registry.person_forms.setdefault(spelling, entry.actor_id)
        self.add_mention(
            entry, start, end, via="name" if name == entry.name else "alias", rule=rule, form=shown
        )

    def _countries_words(self, text: str) -> set[str]:
        """Return the country names and demonyms of the article that occur in ``text``."""
        return {form for form in self.country_forms if form in text}

    def _countries_in(self, text: str) -> set[str]:
        """Return the codes of the article's countries whose name or demonym occurs in ``text``."""
        return {code for form, codes in self.country_forms.items() if form in text for code in codes}

    def _country(self, code: str, start: int, end: int) -> None:
        name = self.lex.country_names.get(code, code)
        entry = self.registry.ensure(f"country:{code}", name, "country")
        text = self.article.toks[start:end].text
        self.add_mention(entry, start, end, via="name" if text == entry.name else "alias", rule="country")

    def _fuller_organization(self, text: str) -> ActorEntry | None:
        """The organisation named before whose name is ``text`` (two words or more) after a known
        name ("White House COVID Response Team" for "COVID Response Team", not "White House Forms
        Climate Innovation Working Group" for "Climate Innovation Working Group"); the last so named."""
        if len(text.split()) < 2 or self.registry.find(f"organization:{text.lower()}") is not None:
            return None
        ending = " " + text
        named = [
            e
            for e in self.registry.entries.values()
            if e.type == "organization"
            and e.last_seen >= 0
            and e.name.endswith(ending)
            and self._opens_on_known_name(e)
        ]
        return max(named, key=lambda e: e.last_seen, default=None)

    def _opens_on_known_name(self, entry: ActorEntry) -> bool:
        """Does the organisation's name open on a known name: a country, a demonym or a known
        organisation ("White House COVID Response Team", "Russian Foreign Ministry")?"""
        first = next((h for h in self.mentions if h.actor_id == entry.actor_id and h.via == "name"), None)
        if first is None or self._label(first.start_token) not in {"ORG", "COUNTRY", "DEMONYM"}:
            return False
        # "White House Forms Climate Innovation Working Group": in a title-cased headline a
        # capitalised verb runs the names together.
        sentence = self.article.sentences[first.sent_id]
        if sentence.text.rstrip().endswith((".", "!", "?", "”", '"', ";")):
            return True  # a sentence, not a headline
        words = [
            t
            for t in self.article.toks[sentence.first_token : sentence.end_token]
            if t.is_alpha and len(t.text) > 3
        ]
        return sum(t.is_title for t in words) * 5 < len(words) * 4

    def _organization(self, canonical: str, start: int, end: int, *, via: str) -> None:
        entry = self.registry.ensure(f"organization:{canonical.lower()}", canonical, "organization")
        entry.org_key = "lexicon"
        text = self.article.toks[start:end].text
        self.registry.alias(f"org-form:{text}", entry.actor_id)
        self.add_mention(entry, start, end, via="name" if text == entry.name else via, rule="organization")

    def _register_acronym(self, entry: ActorEntry, part: list[int]) -> None:
        doc = self.article.toks
        initials = "".join(doc[i].text[0] for i in part if _is_capitalised(doc[i]))
        if len(initials) >= 2:
            self.registry.alias(f"org-form:{initials}", entry.actor_id)
        after = part[-1] + 1
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            self.registry.alias(f"org-form:{doc[after + 1].text}", entry.actor_id)

    def _role_reference(self, start: int, end: int, *, role: str) -> None:
        """Link "the Chinese ambassador", "the diplomat", "the President" to the person meant."""
        doc = self.article.toks
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.lex.title_words - _TITLE_JOINERS:
            return  # "the chief adviser": "chief" qualifies the role that follows
        begin = start
        while begin > 0 and (
            doc[begin - 1].lower_ == "the"
            or self._label(begin - 1) in {"DEMONYM", "COUNTRY", "ORG"}
            or (
                doc[begin - 1].is_lower
                and doc[begin - 1].lower_ in self.lex.title_words - {"of", "and", "for", "-"}
            )
            # "the former premier", "the outgoing chairperson"
            or (doc[begin - 1].is_lower and doc[begin - 1].lower_ in self.lex.title_modifiers)
        ):
            begin -= 1
            if doc[begin].lower_ == "the":
                break
        if begin == start or doc[begin].lower_ != "the":
            return
        qualifiers = {
            self.name_label[i][1] for i in range(begin, end) if self._label(i) in {"DEMONYM", "COUNTRY"}
        }
        phrase = " ".join(t.lower_ for t in doc[start:end] if self._label(t.i) not in {"DEMONYM", "COUNTRY"})
        entry = self.resolve_role(role, qualifiers, phrase=phrase)
        if entry is not None:
            self.add_mention(entry, begin, end, via="role", rule="role")

    def gender_of(self, entry: ActorEntry) -> str | None:
        """ "female" or "male" where the text says so (an honorific, "spokeswoman"), else None."""
        words = {w.lower() for text in (entry.title, *entry.forms) for w in text.split()}
        found = [gender for gender, marks in self.lex.gender_words.items() if words & marks]
        return found[0] if len(found) == 1 else None

    def fits_role(self, entry: ActorEntry, mention_text: str) -> bool:
        """True if a person's title fits a role reference such as "the minister" or "the Russian minister".

        A reference that names a whole title ("the External Affairs Minister") needs that title.
        """
        words = [w for w in mention_text.lower().split() if w != "the"]
        demonyms = {d.lower() for d in self._countries_words(mention_text)}
        phrase = " ".join(w for w in words if w not in demonyms)
        if len(phrase.split()) > 1 and phrase in {t.lower() for t in self.lex.titles}:
            return entry.type == "person" and title_holds(entry.title, phrase)
        role = mention_text.lower().split()[-1]
        wanted = self.lex.roles.get(role, (role,))
        if entry.type != "person" or not any(title_holds(entry.title, w) for w in wanted):
            return False
        qualifiers = self._countries_in(mention_text)
        return not qualifiers or bool(qualifiers & entry.countries)

    def resolve_role(self, role: str, qualifiers: set[str], *, phrase: str = "") -> ActorEntry | None:
        """Return the person a role reference means: whose title holds the whole phrase ("the
        External Affairs Minister"), else fits the role word, by nationality, then recency."""
        wanted = self.lex.roles.get(role, (role,))
        best: ActorEntry | None = None
        best_rank: tuple[bool, bool, int] = (False, False, -1)
        for entry in self.registry.entries.values():
            if entry.type != "person" or not entry.title:
                continue
            if not any(title_holds(entry.title, w) for w in wanted):
                continue
            # A nationality in the reference must not contradict one the title gives.
            if qualifiers and entry.countries and not (qualifiers & entry.countries):
                continue
            rank = (
                bool(phrase) and title_holds(entry.title, phrase),
                bool(qualifiers & entry.countries),
                entry.last_seen,
            )
            if best is None or rank > best_rank:
                best, best_rank = entry, rank
        return best

    # -- lower-case phrases: "the diplomat", "the grouping", "a blue book", "the summit" ----

    def _lowercase_phrases(self, sent_id: int) -> None:
        doc = self.article.toks
        for label, start, stop, ident in self.phrases_by_sentence.get(sent_id, ()):
            if any(i in self.claimed for i in range(start, stop)):
                continue
            if not doc[start].text.islower() and label != "ORG_REF" and not doc[start].is_lower:
                continue
            if label == "ROLE":
                self._role_reference(start, stop, role=ident)
            elif label == "ORG_REF":
                self._org_reference(start, stop)
            elif label == "DOC_NOUN":
                self._document(start, stop, ident)
            elif label == "EVENT_NOUN":
                self._event(start, stop, ident)
            else:
                self._group(start, stop, ident)

    def _org_reference(self, start: int, stop: int) -> None:
        doc = self.article.toks
        if (stop < len(doc) and _is_capitalised(doc[stop])) or (
            _is_capitalised(doc[stop - 1])
            and stop - start > 1
            and doc[stop - 1].is_title
            and stop < len(doc)
            and doc[stop].lower_ == "of"
        ):
            return
        head = doc[stop - 1].lower_
        generic = head in {"grouping", "organization", "organisation", "bloc", "alliance", "group", "body"}
        # "the organization" means the last organisation so named; else "the group", "the bloc"
        # mean the multilateral body of the lexicon the text is about (named most so far, first
        # when as often: "BRICS ministers met ... the Group of 20 agenda ... the group should"),
        # else the organisation of any kind named most.
        named_so_far: dict[str, int] = {}
        first_named: dict[str, int] = {}
        for hit in self.mentions:
            if hit.start_token < start:
                named_so_far[hit.actor_id] = named_so_far.get(hit.actor_id, 0) + 1
                first_named[hit.actor_id] = min(
                    first_named.get(hit.actor_id, hit.start_token), hit.start_token
                )
        best: ActorEntry | None = None
        best_rank: tuple[int, int, int] = (-1, -1, -1)
        for entry in self.registry.entries.values():
            if entry.type != "organization":
                continue
            # "the group" is the grouping in view, not whichever body has "Group" in its name.
            named = head not in _GROUPING_HEADS and (
                head in entry.name.lower() or any(head in f.lower() for f in entry.forms)
            )
            if not (generic or named):
                continue
            if named:
                rank = (2, entry.last_seen, 0)
            else:
                often = named_so_far.get(entry.actor_id, 0)
                rank = (
                    1 if entry.org_key == "lexicon" else 0,
                    often,
                    -first_named.get(entry.actor_id, start),
                )
            if rank > best_rank:
                best, best_rank = entry, rank
        if best is not None:
            self.add_mention(best, start, stop, via="alias", rule="org-reference")

    def _earlier_document(self, head: str) -> ActorEntry | None:
        """The last document met of the kind ``head`` names ("joint press statement" or "Declaration
        on the Fifth Anniversary" for "Statement", "Declaration")."""
        named = [
            e
            for e in self.registry.entries.values()
            if e.type == "document" and _of_kind(e.name, head) and e.last_seen >= 0
        ]
        return max(named, key=lambda e: e.last_seen, default=None)

    def _document_modifiers(self, start: int) -> tuple[int, list[str]]:
        """The lower-case words between a determiner and the document noun at ``start`` ("the
        important warning | statement"): where they begin, and those that name a kind of document
        ("warning"), not how the text judges it ("important"); none unless a determiner opens them."""
        doc = self.article.toks
        begin = start
        while (
            begin > 0
            and start - begin < _DOCUMENT_MODIFIER_WORDS
            and doc[begin - 1].is_alpha
            and doc[begin - 1].is_lower
            and doc[begin - 1].lower_ not in _DETERMINERS | _CLAUSE_WORDS | {"and", "or", "of", "in", "on"}
            and begin - 1 not in self.speech_starts
        ):
            begin -= 1
        if begin == start or begin == 0 or doc[begin - 1].lower_ not in _DETERMINERS:
            return start, []
        kinds = [
            doc[i].text for i in range(begin, start) if doc[i].lower_ not in self.lex.document_evaluatives
        ]
        return begin, kinds

    def _document(self, start: int, stop: int, noun: str) -> None:
        doc = self.article.toks
        if noun in self.lex.documents_not_before_of and stop < len(doc) and doc[stop].lower_ == "of":
            return  # "within the framework of the SCO": a way of saying, no document
        # "the important warning statement": a kind of statement, named by its kind.
        begin, kinds = self._document_modifiers(start)
        head = start
        start = begin
        determined = start > 0 and doc[start - 1].lower_ in _DETERMINERS | {"'s", "’s", "joint"}
        if not determined and not (start > 0 and self._label(start - 1) == "ORG"):
            return
        definite = doc[start - 1].lower_ != "a" and doc[start - 1].lower_ != "an"
        if not definite and noun not in self.lex.sender_documents:
            # "adopted a declaration on the situation in Central Asia", "A joint report about the
            # energy dialogue": a document that its subject names, as a name would (a message
            # stays a message: it speaks for its sender).
            stop = self._document_subject(stop)
            noun = doc[head:stop].text
        noun = " ".join([*kinds, noun])
        key = f"document:{noun.lower()}"
        entry = self.registry.find(key)
        if definite and entry is None:
            # "the declaration" is the last declaration named ("the joint statement": the last
            # "Joint Statement on Strategic Issues"); "the document" the last document of any kind.
            generic = noun in self.lex.generic_documents
            named = [
                e
                for e in self.registry.entries.values()
                if e.type == "document"
                and (_of_kind(e.name, noun) or (generic and e.name.lower() != noun))
                and e.last_seen >= 0
            ]
            entry = max(named, key=lambda e: e.last_seen, default=None)
        if entry is None or not definite:
            entry = self.registry.ensure(key, noun, "document")
        if entry.name.lower() != noun and doc[start - 1].lower_ == "the":
            # "the document" names no kind of document: it refers back, as a role does.
            via = "role" if noun in self.lex.generic_documents else "alias"
            self.add_mention(entry, start - 1, stop, via=via, rule="document-reference")
        else:
            self.add_mention(entry, start, stop, via="name", rule="document")

    def _document_subject(self, stop: int) -> int:
        """The end of a document noun's subject: "declaration | on the situation in Central Asia and
        Afghanistan |, in which", "report | about the development of the energy dialogue | also
        pointed out"; ``stop`` itself when no subject follows or it runs on past a clause."""
        doc = self.article.toks
        if stop + 1 >= len(doc) or doc[stop].lower_ not in _DOCUMENT_SUBJECT:
            return stop
        if doc[stop + 1].lower_ in _NO_SUBJECT or stop + 1 in self.date_tokens:
            return stop  # "a statement on Monday", "on behalf of the group", "on its website"
        end = stop + 1
        while end < len(doc) and end - stop <= _DOCUMENT_SUBJECT_WORDS:
            token = doc[end]
            if (token.is_punct and token.text not in {"-", "’", "'"}) or token.is_space:
                break
            if token.lower_ in _CLAUSE_WORDS or end in self.speech_starts or end in self.date_tokens:
                break
            if token.lower_ in _DOCUMENT_SUBJECT:
                break  # "framework for an Interim Agreement | regarding reciprocal trade": the subject's own
            if token.is_lower and token.lower_.endswith("ed") and doc[end - 1].lower_ not in _DETERMINERS:
                break  # "... and the Russian mainland concluded the summit": the verb
            end += 1
        else:
            return stop
        while end > stop + 1 and doc[end - 1].lower_ in _JOINING_WORDS | {"a", "an"}:
            end -= 1  # "... the first anniversary of the | September 11 attacks": no dangling "of the"
        return end if end - stop > 1 else stop

    def _event(self, start: int, stop: int, noun: str) -> None:
        """An event: "the 20th meeting of the Council ...", "the heads of state summit", "the video conference"."""
        doc = self.article.toks
        begin = start
        org_id = None
        while begin > 0 and (
            _ORDINAL.match(doc[begin - 1].lower_)
            or doc[begin - 1].lower_
            in {
                "heads",
                "of",
                "state",
                "government",
                "leaders",
                "'",
                "’",
                "ministers",
                "foreign",
                "defence",
                "defense",
                "annual",
                "virtual",
                "online",
                "extraordinary",
                "informal",
                "bilateral",
                "trilateral",
                "ministerial",
            }
            or self._label(begin - 1) == "ORG"
        ):
            begin -= 1
            if self._label(begin) == "ORG":
                org_id = self.name_label[begin][1]
        if begin < start and doc[begin].lower_ == "of":
            begin += 1
        stop_at = stop
        if stop + 1 < len(doc) and doc[stop].lower_ == "of":
            j = stop + 1
            if doc[j].lower_ == "the":
                j += 1
            k = j
            while k < len(doc) and (_is_capitalised(doc[k]) or doc[k].lower_ in {"of", "the", "and"}):
                if self._label(k) == "ORG":
                    org_id = self.name_label[k][1]
                k += 1
            while k > j and doc[k - 1].lower_ in {"of", "the", "and"}:
                k -= 1
            if k > j:
                stop_at = k
        qualified = begin < start or stop_at > stop
        determiner = doc[begin - 1].lower_ if begin > 0 else ""
        if not qualified:
            if determiner in {"the", "this"} and self.last_event is not None:
                self.add_mention(
                    self.registry.get(self.last_event), start, stop, via="alias", rule="event-reference"
                )
            return
        name = doc[begin:stop_at].text
        key = f"event:org:{org_id}" if org_id else f"event:{name.lower()}"
        entry = self.registry.ensure(key, name, "event")
        self.add_mention(entry, begin, stop_at, via="name" if name == entry.name else "alias", rule="event")

    def _group(self, start: int, stop: int, noun: str) -> None:
        """A group of actors: "SCO member countries", "the grouping's members", "the members"."""
        doc = self.article.toks
        if noun in {
            "heads of state",
            "leaders",
            "foreign ministers",
            "defence ministers",
            "defense ministers",
        }:
            cls = "leaders"
        elif noun in _MEMBER_CLASS:
            cls = "members"
        else:
            return
        if stop < len(doc) and doc[stop].lower_ in {"summit", "meeting", "conference", "of"}:
            return
        begin = start
        org_id = None
        if begin > 0 and self._label(begin - 1) == "ORG":
            org_id = self._org_actor_id(begin - 1)
            begin = self.name_label[begin - 1][2]
        elif begin > 1 and doc[begin - 1].lower_ in {"'s", "’s"}:
            owner = next((m for m in reversed(self.mentions) if m.end_token == begin - 1), None)
            if owner is not None and self.registry.get(owner.actor_id).type == "organization":
                org_id = owner.actor_id
        elif (noun.startswith("member") and noun != "members") or (
            # "member states" are some organisation's; a bare "members" ("Third, members should
            # ...") need not be the last one named, and no name is made up for them.
            begin > 0
            and doc[begin - 1].lower_ == "the"
            and noun in {"members", "leaders", "member states", "member countries"}
        ):
            org_id = self.last_org
        if org_id is None:
            return
        org = self.registry.get(org_id)
        name = doc[begin:stop].text if begin < start else f"{_short_name(org)} {noun}"
        entry = self.registry.ensure(f"group:{org_id}:{cls}", name, "group")
        self.add_mention(
            entry,
            start if begin == start else begin,
            stop,
            via="name" if begin < start else "alias",
            rule="group",
        )

    def _org_actor_id(self, token: int) -> str | None:
        for hit in reversed(self.mentions):
            if (
                hit.start_token <= token < hit.end_token
                and self.registry.get(hit.actor_id).type == "organization"
            ):
                return hit.actor_id
        return None


def _short_name(entry: ActorEntry) -> str:
    shortest = min([entry.name, *entry.forms], key=len)
    return shortest if shortest.isupper() else entry.name


def _lower_determiner(text: str) -> str:
    return "the" + text[3:] if text[:3] in {"The", "THE"} else text


def actor_records(finder: ActorFinder) -> list[Actor]:
    """Return the actors that have at least one mention, in order of first mention.

    An actor's evidence is the first mention that spells its name, else its first mention.
    """
    counts: dict[str, int] = {}
    forms: dict[str, dict[str, None]] = {}
    evidence: dict[str, MentionHit] = {}
    first_seen: dict[str, int] = {}
    for hit in sorted(finder.mentions, key=lambda h: h.start):
        counts[hit.actor_id] = counts.get(hit.actor_id, 0) + 1
        first_seen.setdefault(hit.actor_id, hit.start)
        named = hit.text == finder.registry.get(hit.actor_id).name
        current = evidence.get(hit.actor_id)
        if current is None or (named and current.text != finder.registry.get(hit.actor_id).name):
            evidence[hit.actor_id] = hit
        if hit.via != "pronoun":
            form = _lower_determiner(hit.text) if hit.via == "role" else hit.text
            forms.setdefault(hit.actor_id, {})[form] = None
            if hit.form:
                forms[hit.actor_id][hit.form] = None
    actors = []
    for entry in sorted(
        finder.registry.entries.values(), key=lambda e: (first_seen.get(e.actor_id, 0), e.actor_id)
    ):
        if entry.actor_id not in counts:
            continue
        aliases = [form for form in forms.get(entry.actor_id, {}) if form != entry.name]
        hit = evidence[entry.actor_id]
        sent_id, start, end = hit.sent_id, hit.start, hit.end
        actors.append(
            Actor(
                actor_id=entry.actor_id,
                name=entry.name,
                type=entry.type,
                title=entry.title,
                aliases=aliases,
                mentions=counts[entry.actor_id],
                sent_id=sent_id,
                start=start,
                end=end,
            )
        )
    return actors


def mention_records(finder: ActorFinder) -> list[Mention]:
    """Return every mention in document order."""
    return [
        Mention(
            actor_id=h.actor_id,
            sent_id=h.sent_id,
            start=h.start,
            end=h.end,
            text=h.text,
            via=h.via,
            rule=h.rule,
        )
        for h in sorted(finder.mentions, key=lambda h: (h.start, h.end))
    ]
