"""Statements: who says, stresses, calls for or proposes what, sentence by sentence.

A speech cue ("said", "called for", "made a four-point proposal") takes its speaker from the
clause before it ("Zhang said", "The Chinese ambassador said") or after it ("said Gao Fei, a
professor ..."). Pronouns resolve to the actor in focus: the last speaker, or the subject of
the last sentence that had a person as its subject. A quotation with no attribution continues
the speaker of the statement it follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sco_core.actors import ActorFinder, MentionHit
from sco_core.authors import release_author
from sco_core.collectives import CollectiveNouns, CollectiveReader
from sco_core.document import Article
from sco_core.quotations import QuotationUnit, quotation_units
from sco_core.records import Sentence

_SUBJECT_CANDIDATES = 4
_PRE_CUE_WORDS = {
    "fully",
    "strongly",
    "firmly",
    "jointly",
    "later",
    "also",
    "then",
    "further",
    "again",
    "separately",
    "earlier",
    "previously",
    "subsequently",
    "meanwhile",
}
# Words that open a subordinate clause: a "we" right after one is not the sentence's subject.
_SUBORDINATORS = frozenset(
    "as if when while because that which so than where how what whether until before after since though".split()
)
# The small words a speaker label of names and titles may hold ("Co-Chair of the Council and ...").
_LABEL_WORDS = frozenset("of the and for on in at de du da von van der to & -".split())
# What an author says it will do or is: "the United States will ...", "... is committed".
_AUTHOR_VERBS = frozenset({"will", "is", "remains", "stands", "has", "continues"})
_SPEAKER_TYPES = {"person", "organization", "document", "country", "group"}
_BOUNDARY = {",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "‘", "’", "«", "»"}
_RELATIVE = {"who", "which", "whose", "whom", "that", "where", "when"}
# Grammar words the clause rules look at (English function words, not domain knowledge).
_PREPOSITIONS = frozenset(
    "by of with to from for at in on among between about against toward towards during under over"
    " into than as like".split()
)
# A word before a cue that makes the cue a noun: "amid calls for", "his remarks".
_NOUN_USE = frozenset(
    "amid the a an his her their its our despite with of growing repeated renewed such these those".split()
)


@dataclass
class Attribution:
    """A speech cue and who it is attributed to."""

    speakers: list[str]
    cue: str
    cue_start: int
    cue_end: int
    clause_start: int
    attribution: str
    pronoun: tuple[int, int] | None = None


@dataclass
class StatementHit:
    """One statement: a reported clause or a whole quotation, from ``sent_id`` to ``last_sent``."""

    sent_id: int
    start: int
    end: int
    speaker_id: str
    cue: str
    attribution: str
    last_sent: int = -1
    # The author's own words ("We reaffirm ..." in a joint statement): direct, with no quotation marks.
    own_words: bool = False

    def __post_init__(self) -> None:
        if self.last_sent < self.sent_id:
            self.last_sent = self.sent_id


@dataclass
class Focus:
    """Who the article is talking about: the centre of attention that pronouns resolve to."""

    person: str | None = None
    thing: str | None = None
    group: str | None = None
    last_speaker: str | None = None


@dataclass
class StatementFinder:
    article: Article
    actors: ActorFinder
    collective_nouns: CollectiveNouns | None = None
    enumerations: list = field(default_factory=list)
    hits: list[StatementHit] = field(default_factory=list)
    proposers: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.focus = Focus()
        self.by_sentence: dict[int, list[MentionHit]] = {}
        for hit in self.actors.mentions:
            self.by_sentence.setdefault(hit.sent_id, []).append(hit)
        for hits in self.by_sentence.values():
            hits.sort(key=lambda h: h.start_token)
        self.speech_by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for cue in sorted(self.actors.cue_at.get("SPEECH", {}).values()):
            self.speech_by_sentence.setdefault(self.article.token_sent[cue[0]], []).append(cue)
        self.pronouns = {
            start: (start, end, ident) for start, end, ident in self.actors.cue_at.get("PRONOUN", {}).values()
        }
        self.group_speaker: dict[int, str] = {}
        self.collectives = CollectiveReader(
            self.actors, self.collective_nouns or CollectiveNouns(frozenset(), frozenset(), {})
        )
        heads = (
            (self.collective_nouns.people | self.collective_nouns.parties) if self.collective_nouns else ()
        )
        self.sender_documents = self.actors.lex.sender_documents
        self.opening_phrases = self.actors.lex.opening_phrases
        author = release_author(self.actors)
        self.author = author.actor_id if author is not None else None
        self.collective_words = frozenset(word for noun in heads for word in noun.split()[-1:])

    def _person_for(self, gender: str, at: int) -> str | None:
        """The person in focus, unless the text marks them as of the other gender than the pronoun
        ("She said" after a man): then the last person before ``at`` marked as of its gender."""
        focus = self.focus.person
        if gender not in {"male", "female"} or focus is None:
            return focus
        registry = self.actors.registry
        known = self.actors.gender_of(registry.get(focus))
        if known is None or known == gender:
            return focus
        earlier = [
            hit
            for hit in self.actors.mentions
            if hit.start_token < at
            and self.type_of(hit.actor_id) == "person"
            and self.actors.gender_of(registry.get(hit.actor_id)) == gender
        ]
        return max(earlier, key=lambda hit: hit.start_token).actor_id if earlier else focus

    def type_of(self, actor_id: str) -> str:
        return self.actors.registry.get(actor_id).type

    def run(self) -> list[StatementHit]:
        sentences = self.article.sentences
        units = {unit.first_sent: unit for unit in quotation_units(self.article)}
        pending: list[Sentence] = []
        inside_unit_until = -1
        for sentence in sentences:
            if sentence.sent_id <= inside_unit_until or sentence.sent_id in self.article.furniture:
                continue
            unit = units.get(sentence.sent_id)
            if unit is not None:
                for waiting in pending:
                    if self.focus.last_speaker:
                        self._emit_context(waiting, self.focus.last_speaker)
                pending = []
                self._emit_unit(unit)
                inside_unit_until = unit.last_sent
                continue
            attributions = self._attribute(sentence)
            quote_group = self._quote_group_of(sentence)
            if attributions:
                if quote_group is not None:
                    self.group_speaker.setdefault(quote_group, attributions[0].speakers[0])
                    for waiting in pending:
                        self._emit_context(waiting, attributions[0].speakers[0])
                    pending = []
                self._emit(sentence, attributions)
                self._note_proposer(sentence, attributions[0].speakers[0])
            elif quote_group is not None and self._mostly_quoted(sentence):
                speaker = self.group_speaker.get(quote_group)
                if speaker is None and self._group_continues_later(quote_group, sentence):
                    pending.append(sentence)
                    continue
                speaker = speaker or self.focus.last_speaker
                if speaker is not None:
                    self._emit_context(sentence, speaker)
            else:
                for waiting in pending:
                    if self.focus.last_speaker:
                        self._emit_context(waiting, self.focus.last_speaker)
                pending = []
                # "We will work with Congress": the author's own words, even as a listed item.
                proposer = None if self._in_own_voice(sentence) else self._proposal_speaker(sentence)
                if proposer is not None:
                    self._emit_context(sentence, proposer)
                elif self._in_own_voice(sentence):
                    self.hits.append(
                        StatementHit(
                            sentence.sent_id,
                            sentence.start,
                            sentence.end,
                            self.author,
                            "we",
                            "context",
                            own_words=True,
                        )
                    )
                else:
                    self._update_focus_from_subject(sentence)
        for waiting in pending:
            if self.focus.last_speaker:
                self._emit_context(waiting, self.focus.last_speaker)
        self._merge_bare_collectives()
        self.hits.sort(key=lambda h: (h.start, h.end))
        return self.hits

    def _merge_bare_collectives(self) -> None:
        """A bare collective ("Leaders committed to ...") is the one fuller collective of the same
        head the text names ("the G20 Leaders"), as a surname is the full name: its mentions and
        statements move there. With two or more candidates it stays as it is."""
        registry = self.actors.registry
        groups = [e for e in registry.entries.values() if e.type == "group"]
        nouns = self.collectives.nouns.people | self.collectives.nouns.parties
        moved: dict[str, str] = {}
        speaking = {hit.speaker_id for hit in self.hits}
        for bare in groups:
            if bare.name.lower().removeprefix("the ") not in nouns:
                continue
            head = bare.name.lower().split()[-1]
            fuller = [
                e
                for e in groups
                if e is not bare
                and e.actor_id in speaking
                and e.name.lower().split()[-1] == head
                and e.actor_id not in moved
            ]
            if len(fuller) == 1:
                moved[bare.actor_id] = fuller[0].actor_id
        if not moved:
            return
        for hit in self.hits:
            hit.speaker_id = moved.get(hit.speaker_id, hit.speaker_id)
        for mention in self.actors.mentions:
            mention.actor_id = moved.get(mention.actor_id, mention.actor_id)

    # -- quotations -------------------------------------------------------------------------

    def _quote_group_of(self, sentence: Sentence) -> int | None:
        for quote in self.article.quotes_in(sentence.start, sentence.end):
            return quote.group
        return None

    def _mostly_quoted(self, sentence: Sentence) -> bool:
        inside = sum(
            min(q.end, sentence.end) - max(q.start, sentence.start)
            for q in self.article.quotes_in(sentence.start, sentence.end)
        )
        return inside * 2 > sentence.end - sentence.start

    def _group_continues_later(self, group: int, sentence: Sentence) -> bool:
        return any(q.group == group and q.start >= sentence.end for q in self.article.quotes)

    # -- attribution ------------------------------------------------------------------------

    def _attribute(self, sentence: Sentence) -> list[Attribution]:
        doc = self.article.toks
        found: list[Attribution] = []
        for cue_start, _cue_end, _ in self.speech_by_sentence.get(sentence.sent_id, ()):
            cue_end = _cue_end
            if self.actors.in_quote[cue_start]:
                continue
            if cue_start > sentence.first_token and doc[cue_start - 1].lower_ in _NOUN_USE:
                continue  # "amid calls for", "his remarks": a noun, not a verb of speech
            # "..., said Hissein Brahim Taha, the Secretary General": a name right after a cue that
            # follows a comma or a closing quote is the speaker, whatever the clause before holds.
            after_boundary = cue_start > sentence.first_token and doc[cue_start - 1].text in _BOUNDARY
            postposed = self._postposed(sentence, cue_start, cue_end) if after_boundary else None
            attribution = (
                postposed
                or self._preverbal(sentence, cue_start, cue_end)
                or self._postposed(sentence, cue_start, cue_end)
                # A second verb sharing the subject of a cue already read is the same statement.
                or (None if found else self._coordinated_subject(sentence, cue_start))
            )
            if attribution is not None and not attribution.cue:
                attribution.cue = doc[cue_start:cue_end].text
                attribution.cue_end = cue_end
            if attribution is None:
                continue
            if any(a.cue_start == attribution.cue_start for a in found):
                continue
            # A second cue of the same speaker ("He stressed ..., and called for ...") is one statement.
            if found and attribution.speakers == found[-1].speakers:
                continue
            found.append(attribution)
        return found or self._headline_speaker(sentence)

    def _headline_speaker(self, sentence: Sentence) -> list[Attribution]:
        """A headline "Putin: BRICS is not directed against anyone" quotes its opening name."""
        doc = self.article.toks
        para_start, para_end = self.article.paragraphs[sentence.para_id]
        if (
            sentence.start != para_start
            or sentence.end != para_end
            or self.article.text[para_end - 1] in '.!?"”'
        ):
            return []
        mentions = self.by_sentence.get(sentence.sent_id, [])
        first = mentions[0] if mentions else None
        if (
            first is None
            or first.start_token != sentence.first_token
            or self.type_of(first.actor_id) not in _SPEAKER_TYPES
        ):
            return []
        if first.end_token >= sentence.end_token or doc[first.end_token].text != ":":
            return []
        return [
            Attribution([first.actor_id], "", first.end_token, first.end_token, first.start_token, "explicit")
        ]

    def _clause_start(self, sentence: Sentence, cue_start: int) -> int:
        doc = self.article.toks
        i = cue_start
        while i > sentence.first_token and doc[i - 1].text not in _BOUNDARY:
            i -= 1
        return i

    def _preverbal(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        """Return the speaker in the clause before a cue, stepping back over an appositive or a
        relative clause: "Zhang Hanhui, Chinese Ambassador to Russia, said" / "Wang, who ..., said"."""
        doc = self.article.toks
        cue = doc[cue_start:cue_end].text
        end = cue_start
        clause = self._clause_start(sentence, cue_start)
        # "Wang Wenbin, a spokesperson for the ministry, later told": an adverb before the cue.
        while end > clause and doc[end - 1].lower_ in _PRE_CUE_WORDS:
            end -= 1
        for _ in range(3):
            segment = [t.lower_ for t in doc[clause:end]]
            if (
                segment
                and segment[0] in _RELATIVE
                and len(segment) <= 2
                and clause - 2 >= sentence.first_token
            ):
                # "the agreement, which Anwar said ...": the relative clause has a subject of its own.
                own = self._subjects_in(sentence, clause + 1, end)
                if own is not None:
                    speakers, attribution, pronoun = own
                    return Attribution(speakers, cue, cue_start, cue_end, clause, attribution, pronoun)
                # "a blue book, which highlights ...": the antecedent is the speaker.
                antecedent = self._mention_ending_at(sentence, clause - 1)
                if antecedent is None:
                    return None
                antecedent = self._person_before_appositive(sentence, antecedent)
                return Attribution(
                    [antecedent.actor_id], cue, cue_start, cue_end, clause, self._attribution_of(antecedent)
                )
            if len(segment) >= 3 and segment[0] in _PREPOSITIONS and segment[1] in {"which", "whom"}:
                # "a declaration ..., in which they expressed": the relative clause's own subject.
                own = self._subjects_in(sentence, clause + 2, end)
                if own is not None:
                    speakers, attribution, pronoun = own
                    return Attribution(speakers, cue, cue_start, cue_end, clause, attribution, pronoun)
            found = self._subjects_in(sentence, clause, end)
            if found:
                speakers, attribution, pronoun = found
                return Attribution(speakers, cue, cue_start, cue_end, clause, attribution, pronoun)
            if clause <= sentence.first_token:
                return None
            if segment and not self._is_aside(segment, clause, end, sentence):
                return None
            end = clause - 1
            clause = self._clause_start(sentence, end)
        return None

    def _is_aside(self, segment: list[str], start: int, end: int, sentence: Sentence) -> bool:
        """True for what may stand between a subject and its verb: an appositive ("the summit's
        host", "a professor at ..."), a relative or participle clause, or a short aside ("for his part")."""
        if (
            segment[0] in _RELATIVE
            or segment in (["both"], ["all"], ["each"], ["also"])
            or (segment[0] in {"a", "an", "the"} and len(segment) <= 8)
            or (segment[0] in _PREPOSITIONS and len(segment) <= 4)
            or segment[0].endswith("ing")
            or self._is_title_phrase(start, end)
        ):
            return True
        # "The Johannesburg II Declaration, adopted by the leaders on Thursday, called for ...":
        # any short aside between commas right after a subject that fills its own segment.
        if len(segment) > 12 or start < 2 or self.article.toks[start - 1].text != ",":
            return False
        before = self._clause_start(sentence, start - 1)
        if self._subjects_in(sentence, before, start - 1) is None:
            return False
        # The subject must fill its segment, but for a complement: "The Chairman's Statement of
        # the ... Summits, released by ..., said" (not "a Trump ally, signed ..., said").
        subject = next(
            (h for h in self.by_sentence.get(sentence.sent_id, []) if before <= h.start_token < start - 1),
            None,
        )
        if subject is None:
            return False
        rest = [t.lower_ for t in self.article.toks[subject.end_token : start - 1]]
        return not rest or rest[0] in {"of", "on", "for", "in"}

    def _coordinated_subject(self, sentence: Sentence, cue_start: int) -> Attribution | None:
        """For a second verb that shares its subject ("Milei ... signed the declaration but said ..."),
        return the sentence subject as the speaker."""
        doc = self.article.toks
        i = cue_start - 1
        while i > sentence.first_token and doc[i].lower_ in {"also", "then", ","}:
            i -= 1
        if i <= sentence.first_token or doc[i].lower_ not in {"and", "but"}:
            return None
        first_segment_end = self._clause_end(sentence, sentence.first_token)
        found = self._subjects_in(sentence, sentence.first_token, first_segment_end)
        if found is None:
            return None
        speakers, attribution, pronoun = found
        return Attribution(speakers, "", cue_start, cue_start, sentence.first_token, attribution, pronoun)

    def _clause_end(self, sentence: Sentence, start: int) -> int:
        doc = self.article.toks
        i = start
        while i < sentence.end_token and doc[i].text not in _BOUNDARY:
            i += 1
        return i

    def _person_before_appositive(self, sentence: Sentence, hit: MentionHit) -> MentionHit:
        """ "Prince Faisal, Minister of Foreign Affairs of Saudi Arabia, who said": the country
        closes the appositive; the person before it is who speaks."""
        if self.type_of(hit.actor_id) == "person":
            return hit
        doc = self.article.toks
        comma = next(
            (j for j in range(hit.start_token - 1, sentence.first_token, -1) if doc[j].text == ","), None
        )
        if comma is None or not self._is_title_phrase(comma + 1, hit.start_token):
            return hit
        person = self._mention_ending_at(sentence, comma)
        return person if person is not None and self.type_of(person.actor_id) == "person" else hit

    def _mention_ending_at(self, sentence: Sentence, boundary: int) -> MentionHit | None:
        for hit in self.by_sentence.get(sentence.sent_id, []):
            if hit.end_token == boundary and self.type_of(hit.actor_id) in _SPEAKER_TYPES:
                return hit
        return None

    @staticmethod
    def _attribution_of(hit: MentionHit) -> str:
        if hit.via == "role" or hit.rule in {"org-reference", "event-reference"}:
            return "role"
        return "explicit"

    def _is_title_phrase(self, start: int, end: int) -> bool:
        labels = {self.actors._label(i) for i in range(start, end)}
        return "TITLE" in labels and not any(
            h.start_token >= start and h.end_token <= end
            for h in self.by_sentence.get(self.article.token_sent[start], [])
            if self.type_of(h.actor_id) == "person"
        )

    def _subjects_in(
        self, sentence: Sentence, start: int, end: int
    ) -> tuple[list[str], str, tuple[int, int] | None] | None:
        """Return the speaker(s) of a clause ``[start, end)``: its first actor or pronoun, not after a preposition."""
        doc = self.article.toks
        start = self._past_opening_phrase(start, end)
        mentions = [
            h
            for h in self.by_sentence.get(sentence.sent_id, [])
            if start <= h.start_token
            and h.end_token <= end
            and not h.in_quote
            and self.type_of(h.actor_id) in _SPEAKER_TYPES
            and h.start_token not in self.actors.title_tokens
            # "the chief adviser's press secretary": a possessor is not the subject
            and not (h.end_token < len(doc) and doc[h.end_token].lower_ in {"'s", "’s", "'", "’"})
        ]
        pronoun = next(
            (
                self.pronouns[s]
                for s in range(start, end)
                if s in self.pronouns and not self.actors.in_quote[s]
            ),
            None,
        )
        first = mentions[0] if mentions else None
        if (pronoun is None or (first is not None and first.start_token < pronoun[0])) and any(
            doc[j].lower_ in self.collective_words for j in range(start, end)
        ):
            group = self.collectives.subject(start, end)
            if group is not None:
                return [group.actor_id], "explicit", None
        if first is None and pronoun is None:
            return self._role_subject(sentence, start, end)
        if pronoun is not None and (first is None or pronoun[0] < first.start_token):
            if any(doc[j].lower_ in _PREPOSITIONS for j in range(start, pronoun[0])):
                return None
            if pronoun[2].endswith("-role") and any(
                doc[j].lower_ in _RELATIVE or doc[j].text == "," for j in range(pronoun[1], end)
            ):
                return None  # "the 19-year-old student who greeted him told": someone new
            resolved = self._resolve_pronoun(pronoun[2], pronoun[0])
            if resolved is None:
                return None
            # "the 66-year-old said" refers back like a role; "he said" is a pronoun.
            attribution = "role" if pronoun[2].endswith("-role") else "pronoun"
            return [resolved], attribution, (pronoun[0], pronoun[1])
        if first is None:
            return None
        between = [
            doc[j].lower_ for j in range(start, first.start_token) if j not in self.actors.title_tokens
        ]
        if any(word in _PREPOSITIONS for word in between):
            return None
        speakers = [first.actor_id]
        coordinated = [first]
        # Coordinated subjects: "Lavrov and Wang said".
        previous_end = first.end_token
        for other in mentions[1:]:
            gap = [
                doc[j].lower_
                for j in range(previous_end, other.start_token)
                if j not in self.actors.title_tokens
            ]
            if not (gap and set(gap) <= {"and", ",", "both"}) or other.actor_id in speakers:
                break
            speakers.append(other.actor_id)
            coordinated.append(other)
            previous_end = other.end_token
        # "The Vice President and Crown Prince": a role after "and" shares the determiner.
        role_ids = [
            actor for actor in self._trailing_roles(sentence, previous_end, end) if actor not in speakers
        ]
        if role_ids:
            previous_end = self._trailing_roles_end
        words_before = [t for t in doc[start : first.start_token] if not t.is_punct]
        if any(
            not (
                t.lower_ in {"the", "a", "an", "both", "and", "while", "whereas", "but", "as", "so"}
                or t.is_title
                or (t.text.isupper() and t.is_alpha)
                or self.actors._label(t.i)
                or t.i in self.actors.title_tokens
            )
            for t in words_before
        ):
            return None
        if len(coordinated) + len(role_ids) > 1 and (role_ids or any(m.via == "role" for m in coordinated)):
            # "The Vice President and Crown Prince condemned": a pair named by their roles
            # speaks together, as one joint speaker.
            members = [self._prefer_focus(m) if m.via == "role" else m.actor_id for m in coordinated]
            members += [actor for actor in role_ids if actor not in members]
            begin = start + (1 if doc[start].lower_ == "the" else 0)
            group = self.collectives.joint(doc[begin:previous_end].text, members, start, previous_end)
            return [group.actor_id], "role", None
        if first.via == "role":
            speakers = [self._prefer_focus(first)]
        return speakers, self._attribution_of(first), None

    def _role_subject(self, sentence: Sentence, start: int, end: int) -> tuple[list[str], str, None] | None:
        """A role that the name rules could not link ("The Russian President congratulated ...",
        before the text gives Mr Putin a title, or before it names him): the person in focus if
        the role fits them or they have no title yet, else the last person before it whose title
        fits, else the first one after it."""
        doc = self.article.toks
        for label, role_start, role_stop, _ident in self.actors.phrases_by_sentence.get(sentence.sent_id, ()):
            if label != "ROLE" or not (start <= role_start and role_stop <= end):
                continue
            lead = [doc[j] for j in range(start, role_start)]
            if any(not (t.lower_ in {"the", "a"} or self.actors._label(t.i)) for t in lead):
                return None
            if role_stop < end and doc[role_stop].lower_ not in _PRE_CUE_WORDS | {"also"}:
                return None  # "the President of ..." or a role inside a longer subject
            text = doc[start:role_stop].text
            registry = self.actors.registry
            focus = self.focus.person
            if focus is not None and (
                self.actors.fits_role(registry.get(focus), text) or not registry.get(focus).title
            ):
                return [focus], "role", None
            people = [h for h in self.actors.mentions if self.type_of(h.actor_id) == "person"]
            before = [
                h for h in people if h.start_token < role_start and self._fits_loosely(h.actor_id, text)
            ]
            if before:
                return [max(before, key=lambda h: h.start_token).actor_id], "role", None
            after = [h for h in people if h.start_token >= role_stop and self._fits_loosely(h.actor_id, text)]
            if after:
                return [min(after, key=lambda h: h.start_token).actor_id], "role", None
            return None
        return None

    def _fits_loosely(self, actor_id: str, role: str) -> bool:
        """The role fits the person's title, or would if the text had given the person a country."""
        entry = self.actors.registry.get(actor_id)
        if self.actors.fits_role(entry, role):
            return True
        head = role.lower().split()[-1]
        wanted = self.actors.lex.roles.get(head, (head,))
        return not entry.countries and any(w in entry.title.lower() for w in wanted)

    def _past_opening_phrase(self, start: int, end: int) -> int:
        """Step over a sentence adverbial with no comma after it: "At the same time they pointed
        to", "In the document the sides declared" (opening_phrases in actors.json)."""
        doc = self.article.toks
        for phrase in self.opening_phrases:
            stop = start + len(phrase)
            if stop < end and tuple(doc[j].lower_ for j in range(start, stop)) == phrase:
                return stop
        return start

    def _trailing_roles(self, sentence: Sentence, start: int, end: int) -> list[str]:
        """The people that roles coordinated after a subject stand for: "... and Crown Prince"."""
        doc = self.article.toks
        found: list[str] = []
        self._trailing_roles_end = start
        at = start
        for label, role_start, role_stop, _ident in self.actors.phrases_by_sentence.get(sentence.sent_id, ()):
            if label != "ROLE" or role_start < at or role_stop > end:
                continue
            gap = {doc[j].lower_ for j in range(at, role_start)}
            if "and" not in gap or not gap <= {"and", ",", "the"}:
                break
            person = self._last_person_fitting(doc[role_start:role_stop].text, role_start)
            if person is None:
                break
            found.append(person)
            at = self._trailing_roles_end = role_stop
        return found

    def _last_person_fitting(self, role: str, before: int) -> str | None:
        registry = self.actors.registry
        fitting = [
            hit
            for hit in self.actors.mentions
            if hit.start_token < before
            and self.type_of(hit.actor_id) == "person"
            and self.actors.fits_role(registry.get(hit.actor_id), role)
        ]
        return max(fitting, key=lambda hit: hit.start_token).actor_id if fitting else None

    def _prefer_focus(self, mention: MentionHit) -> str:
        """A role ("the minister") means the person in focus when that person fits the role."""
        focus = self.focus.person
        if (
            focus
            and focus != mention.actor_id
            and self.actors.fits_role(self.actors.registry.get(focus), mention.text)
        ):
            mention.actor_id = focus  # re-link, so the actors table agrees with the statement
        return mention.actor_id

    def _postposed(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        doc = self.article.toks
        before = doc[cue_start - 1].text if cue_start > sentence.first_token else ""
        cue_id = self.actors.cue_at["SPEECH"][cue_start][2]
        if before not in _BOUNDARY and before != "" and cue_id != "according_to":
            return None
        j = cue_end
        # "According to Foreign Office spokesman Asim Iftikhar Ahmad": past the title to the name.
        while j < sentence.end_token and (
            doc[j].lower_ in {"the", "a", "an"}
            or j in self.actors.title_tokens
            or doc[j].text in self.actors.lex.honorifics  # "according to Mr Putin"
        ):
            j += 1
        mention = next(
            (
                h
                for h in self.by_sentence.get(sentence.sent_id, [])
                if h.start_token == j or (h.start_token < j <= h.end_token - 1)
            ),
            None,
        )
        if mention is not None:
            after = mention.end_token
            closes = (
                after >= sentence.end_token
                or doc[after].text in {",", ".", ";", "!", "?"}
                or doc[after].is_space
            )
            if not closes and cue_id != "according_to":
                mention = None
        if mention is None or self.type_of(mention.actor_id) not in _SPEAKER_TYPES:
            if j in self.pronouns:
                resolved = self._resolve_pronoun(self.pronouns[j][2], j)
                if resolved:
                    return Attribution(
                        [resolved],
                        doc[cue_start:cue_end].text,
                        cue_start,
                        cue_end,
                        cue_start,
                        "pronoun",
                        (j, self.pronouns[j][1]),
                    )
            return None
        speaker = self._prefer_focus(mention) if mention.via == "role" else mention.actor_id
        return Attribution(
            [speaker],
            doc[cue_start:cue_end].text,
            cue_start,
            cue_end,
            cue_start,
            self._attribution_of(mention),
        )

    def _resolve_pronoun(self, kind: str, at: int) -> str | None:
        if kind.startswith("person"):
            return self._person_for(kind.removeprefix("person-"), at)
        if kind == "thing":
            return self.focus.thing
        # "The Presidents ... adopted a declaration, in which they expressed": "they" is the
        # collective that opens this sentence, or else the one that opened the sentence before.
        sent_id = self.article.token_sent[at]
        for back in (sent_id, sent_id - 1):
            if back < 0 or (back != sent_id and self.focus.group):
                break
            sentence = self.article.sentences[back]
            group = self.collectives.opening(sentence.first_token, min(at, sentence.end_token))
            if group is not None:
                return group.actor_id
        if self.focus.group is None:
            pair = self._pair_before(at)
            if pair is not None:
                return pair
        return self.focus.group or self.focus.thing

    def _pair_before(self, at: int) -> str | None:
        """ "Vice President Harris spoke with Crown Prince Salman ... They underscored": "they"
        for the two people of the sentence before, as one joint speaker named by both."""
        sent_id = self.article.token_sent[at]
        people: list[str] = []
        for back in range(sent_id - 1, max(sent_id - 3, -1), -1):
            people = []
            for hit in self.by_sentence.get(back, []):
                if self.type_of(hit.actor_id) == "person" and hit.actor_id not in people:
                    people.append(hit.actor_id)
            if people:
                break
        if len(people) != 2:
            return None
        registry = self.actors.registry
        name = " and ".join(registry.get(p).name for p in people)
        return self.collectives.joint(name, people, at, at + 1, named=False).actor_id

    # -- output -----------------------------------------------------------------------------

    def _by_sender(self, attribution: Attribution) -> Attribution:
        """A personal message speaks for its sender: "President Putin sent a message ... The
        message said: ..." is Putin's, where the text has him in focus (message nouns in
        actors.json)."""
        sender = self.focus.person
        speakers = [
            sender
            if sender is not None
            and self.type_of(s) == "document"
            and self.actors.registry.get(s).name.lower() in self.sender_documents
            else s
            for s in attribution.speakers
        ]
        if speakers == attribution.speakers:
            return attribution
        return replace(attribution, speakers=speakers, attribution="role")

    def _emit(self, sentence: Sentence, attributions: list[Attribution]) -> None:
        attributions = [self._by_sender(a) for a in attributions]
        doc = self.article.toks
        rows = []
        for number, attribution in enumerate(attributions):
            if len(attributions) == 1:
                start, end = sentence.start, sentence.end
            else:
                first_tok = attribution.clause_start if number else sentence.first_token
                next_tok = (
                    attributions[number + 1].clause_start
                    if number + 1 < len(attributions)
                    else sentence.end_token
                )
                first_tok = min(first_tok, attribution.cue_start)
                while first_tok < next_tok and doc[first_tok].lower_ in {
                    ",",
                    "while",
                    "and",
                    "but",
                    "whereas",
                    ";",
                }:
                    first_tok += 1
                last_tok = next_tok
                while last_tok > first_tok + 1 and doc[last_tok - 1].lower_ in {
                    ",",
                    "while",
                    "and",
                    "but",
                    "whereas",
                    ";",
                }:
                    last_tok -= 1
                start = doc[first_tok].idx if number else sentence.start
                end = (
                    doc[last_tok - 1].idx + len(doc[last_tok - 1].text)
                    if number + 1 < len(attributions)
                    else sentence.end
                )
            if end <= start:  # clauses that could not be told apart: the statement is the sentence
                start, end = sentence.start, sentence.end
            for speaker in attribution.speakers:
                rows.append(
                    StatementHit(
                        sentence.sent_id, start, end, speaker, attribution.cue, attribution.attribution
                    )
                )
                if attribution.pronoun is not None:
                    p_start, p_end = attribution.pronoun
                    entry = self.actors.registry.get(speaker)
                    self.actors.add_mention(entry, p_start, p_end, via="pronoun", rule="pronoun")
            self._set_focus(
                attribution.speakers[-1] if len(attribution.speakers) == 1 else attribution.speakers[0]
            )
        self.hits.extend(rows)

    def _in_own_voice(self, sentence: Sentence) -> bool:
        """Does the text speak as its author here: "We will work with Congress", "We reaffirm"?"""
        if self.author is None:
            return False
        doc = self.article.toks
        outcomes = self.actors.cue_at.get("OUTCOME", {})
        first = sentence.first_token
        while first < sentence.end_token and (doc[first].like_num or doc[first].is_punct):
            first += 1  # "1. We reaffirm"
        if first < sentence.end_token and doc[first].lower_ == "our" and not self.actors.in_quote[first]:
            return True  # "Our three nations are deeply committed", "Our efforts will be guided"
        if self._author_is_subject(sentence):
            return True
        for i in range(sentence.first_token, sentence.end_token):
            if doc[i].lower_ != "we" or self.actors.in_quote[i]:
                continue
            if i > sentence.first_token and doc[i - 1].lower_ in _SUBORDINATORS:
                return False  # "... as we recover from the pandemic": not the sentence's subject
            verb = i + 1
            while verb < sentence.end_token and doc[verb].lower_ in _PRE_CUE_WORDS | {
                "have",
                "jointly",
                "today",
            }:
                verb += 1
            # "We signed", "we agree to": joint outcomes, not speech.
            return verb not in outcomes
        return False

    def _author_is_subject(self, sentence: Sentence) -> bool:
        """ "As a lead partner, the United States will seek to ...": in the author's own release,
        the author named as the subject of what it will do speaks in its own voice."""
        doc = self.article.toks
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

    def _emit_unit(self, unit: QuotationUnit) -> None:
        """Emit one statement for a quotation over several sentences, attributed by the first
        attribution found in any of them (before, inside or after the quoted words)."""
        for sent_id in range(unit.first_sent, unit.last_sent + 1):
            sentence = self.article.sentences[sent_id]
            attributions = self._attribute(sentence)
            if not attributions:
                continue
            attribution = self._by_sender(attributions[0])
            for speaker in attribution.speakers:
                self.hits.append(
                    StatementHit(
                        unit.first_sent,
                        unit.start,
                        unit.end,
                        speaker,
                        attribution.cue,
                        attribution.attribution,
                        last_sent=unit.last_sent,
                    )
                )
                if attribution.pronoun is not None:
                    entry = self.actors.registry.get(speaker)
                    self.actors.add_mention(entry, *attribution.pronoun, via="pronoun", rule="pronoun")
            self._set_focus(attribution.speakers[0])
            self._note_proposer(sentence, attribution.speakers[0])
            return
        labelled = self._label_speaker(self.article.sentences[unit.first_sent])
        if labelled is not None:
            self.hits.append(
                StatementHit(unit.first_sent, unit.start, unit.end, labelled, ":", "explicit", unit.last_sent)
            )
            self._set_focus(labelled)
            return
        speaker = self.focus.last_speaker
        if speaker is not None:
            self.hits.append(
                StatementHit(unit.first_sent, unit.start, unit.end, speaker, "", "context", unit.last_sent)
            )

    def _label_speaker(self, sentence: Sentence) -> str | None:
        """ "Illinois Senator Tammy Duckworth and New Jersey Senator Cory Booker: “There is nothing
        more ...”": a paragraph that opens with names and a colon before a quotation quotes them
        (several names: one joint speaker named by the label)."""
        doc = self.article.toks
        para_start, _ = self.article.paragraphs[sentence.para_id]
        quotes = self.article.quotes_in(sentence.start, sentence.end)
        if sentence.start != para_start or not quotes:
            return None
        colon = next(
            (i for i in range(sentence.first_token, sentence.end_token) if doc[i].idx >= quotes[0].start - 1),
            None,
        )
        if colon is None:
            return None
        colon -= 1  # the token before the opening mark
        while colon > sentence.first_token and doc[colon].is_space:
            colon -= 1
        if doc[colon].text != ":" or colon - sentence.first_token > 60:
            return None
        if any(
            doc[j].is_lower and doc[j].lower_ not in _LABEL_WORDS for j in range(sentence.first_token, colon)
        ):
            return None  # a clause, not a label of names and titles ("Russia made one thing clear:")
        in_label = [h for h in self.by_sentence.get(sentence.sent_id, []) if h.end_token <= colon]
        if not in_label or any(
            doc[j].text == "," or doc[j].is_lower
            for j in range(sentence.first_token, in_label[0].start_token)
        ):
            return (
                None  # the label opens with a name the rules do not know ("Richard Moore, Co-Chair of ...")
            )
        speakers = [
            h.actor_id for h in in_label if self.type_of(h.actor_id) in {"person", "organization", "country"}
        ]
        people = [s for s in dict.fromkeys(speakers) if self.type_of(s) == "person"]
        chosen = people or list(dict.fromkeys(speakers))
        if not chosen:
            return None
        label = doc[sentence.first_token : colon].text
        if len(chosen) == 1 or " and " not in label:
            return chosen[0]  # one name, with an appositive that may name others
        return self.collectives.joint(label, chosen, sentence.first_token, colon).actor_id

    def _emit_context(self, sentence: Sentence, speaker: str) -> None:
        self.hits.append(StatementHit(sentence.sent_id, sentence.start, sentence.end, speaker, "", "context"))
        self._set_focus(speaker)

    def _set_focus(self, actor_id: str) -> None:
        type_ = self.type_of(actor_id)
        self.focus.last_speaker = actor_id
        if type_ == "person":
            self.focus.person = actor_id
        elif type_ == "group":
            self.focus.group = actor_id
        else:
            self.focus.thing = actor_id

    def _update_focus_from_subject(self, sentence: Sentence) -> None:
        """A sentence with a person as its subject ("President Xi ... offered") moves the focus."""
        doc = self.article.toks
        # The subject is among the sentence's first mentions (past a country before a title).
        for hit in self.by_sentence.get(sentence.sent_id, [])[:_SUBJECT_CANDIDATES]:
            if hit.in_quote:
                continue
            before = [doc[j].lower_ for j in range(sentence.first_token, hit.start_token)]
            if any(word in _PREPOSITIONS for word in before):
                # "On Monday, the SCO released ...": skip an opening adverbial phrase.
                if "," in before:
                    before = before[len(before) - before[::-1].index(",") :]
                    if any(word in _PREPOSITIONS for word in before):
                        return
                else:
                    return
            type_ = self.type_of(hit.actor_id)
            possessive = hit.end_token < len(doc) and doc[hit.end_token].lower_ in {"'s", "’s"}
            if type_ == "country" and (possessive or hit.start_token in self.actors.title_tokens):
                continue  # "New Zealand's Defence Minister Judith Collins held talks": she is the subject
            if type_ == "person":
                self.focus.person = hit.actor_id
            elif type_ == "group":
                self.focus.group = hit.actor_id
            elif type_ in {"organization", "document"}:
                self.focus.thing = hit.actor_id
            return

    def _enumeration_at(self, sentence: Sentence):
        for enumeration in self.enumerations:
            start, end = enumeration.span
            if start <= sentence.end and sentence.start < end:
                return enumeration
        return None

    def _note_proposer(self, sentence: Sentence, speaker: str) -> None:
        """The speaker of an enumeration's intro sentence, or else of one of its items, proposes it."""
        for enumeration in self.enumerations:
            if enumeration.intro_sent == sentence.sent_id:
                self.proposers[id(enumeration)] = speaker
        enumeration = self._enumeration_at(sentence)
        if enumeration is not None:
            self.proposers.setdefault(id(enumeration), speaker)

    def _proposal_speaker(self, sentence: Sentence) -> str | None:
        """Return who proposed the enumerated item this sentence belongs to, if it is one."""
        enumeration = self._enumeration_at(sentence)
        if enumeration is None:
            return None
        proposer = self.proposers.get(id(enumeration))
        if proposer is None:
            later = self._explicit_item_speaker(enumeration, sentence)
            proposer = later or self.focus.last_speaker
            if proposer is not None:
                self.proposers[id(enumeration)] = proposer
        return proposer

    def _explicit_item_speaker(self, enumeration, sentence: Sentence) -> str | None:
        _, end = enumeration.span
        for later in self.article.sentences[sentence.sent_id + 1 :]:
            if later.start >= end:
                break
            found = self._attribute(later)
            if found:
                return found[0].speakers[0]
        return None
