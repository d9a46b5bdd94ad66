"""Statements: who says, stresses, calls for or proposes what, in document order.

The statement unit is a reported clause or a whole quotation (:mod:`sco_core.quotations`). This
stage reads the article sentence by sentence and hands each sentence to the stage with one job:
:mod:`sco_core.attribution` finds the speaker of a cue, :mod:`sco_core.focus` keeps who pronouns
mean, :mod:`sco_core.collectives` reads collective speakers, :mod:`sco_core.authors` the text's own
voice. A quotation with no attribution continues the speaker of the statement it follows, and an
enumerated item goes to whoever proposed the set.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sco_core.actors import ActorFinder
from sco_core.attribution import Attribution, Attributor
from sco_core.authors import OwnVoice
from sco_core.collectives import CollectiveNouns, CollectiveReader
from sco_core.document import Article
from sco_core.focus import FocusTracker
from sco_core.quotations import QuotationUnit, quotation_units
from sco_core.reading import Reading
from sco_core.records import Sentence
from sco_core.turns import Turn

# Phrases that name the event or someone in it: a sentence holding one is the text's narrative.
_NARRATIVE_PHRASES = frozenset({"ROLE", "EVENT_NOUN", "DOC_NOUN", "GROUP_NOUN", "ORG_REF"})
_BE = frozenset("is are was were be been being".split())
_NOT_PARTICIPLES = frozenset("needed need".split())
# At most this many tokens from a closing attribution's clause to the sentence end (", Mr Putin stressed.").
_CLOSING_WORDS = 8


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
class StatementFinder:
    article: Article
    actors: ActorFinder
    collective_nouns: CollectiveNouns | None = None
    # The marks that open a bulleted item (``bullets`` of lists.json, as the proposal rules read them).
    bullets: frozenset[str] = frozenset()
    enumerations: list = field(default_factory=list)
    hits: list[StatementHit] = field(default_factory=list)
    proposers: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.collectives = CollectiveReader(
            self.actors, self.collective_nouns or CollectiveNouns(frozenset(), frozenset(), {})
        )
        reading = Reading(self.article, self.actors, self.collectives)
        self.tracker = FocusTracker(reading)
        self.attributor = Attributor(reading, self.tracker)
        self.own_voice = OwnVoice(reading)
        self.group_speaker: dict[int, str] = {}
        # The countries the text's own voice named as its subject, for a later "our countries".
        self.authors_countries: str | None = None

    def run(self) -> list[StatementHit]:
        sentences = self.article.sentences
        # Runs of sentences read as one statement: quotations, and transcript turns (which hold
        # any quotation inside them).
        runs: dict[int, tuple] = {
            unit.first_sent: (self._emit_unit, unit) for unit in quotation_units(self.article)
        }
        runs.update((turn.first_sent, (self._emit_turn, turn)) for turn in self.actors.turns)
        pending: list[Sentence] = []
        # The sentences just read in this paragraph that name no one (see _emit_closed_run).
        narrative: list[Sentence] = []
        inside_unit_until = -1
        for sentence in sentences:
            if sentence.sent_id <= inside_unit_until or sentence.sent_id in self.article.furniture:
                continue
            if sentence.sent_id in runs:
                emit, run = runs[sentence.sent_id]
                pending = self._flush(pending)
                emit(run)
                inside_unit_until = run.last_sent
                continue
            if self.own_voice.preamble(sentence):
                pending = self._flush(pending)
                self._emit_own_words(sentence, self.article.toks[self._first_word(sentence)].text)
                continue
            attributions = [
                replace(a, speakers=[self.own_voice.author], attribution="explicit")
                if self.own_voice.names_subject(sentence, a.cue_start)
                else self._our_countries(sentence, a)
                for a in self.attributor.attribute(sentence)
            ]
            quote_group = self._quote_group_of(sentence)
            labelled = (
                None if attributions or quote_group is None else self.attributor.label_speaker(sentence)
            )
            if labelled is not None:  # "Oregon Senator Jeff Merkley: “There is nothing ...”"
                pending = self._flush(pending)
                self.group_speaker.setdefault(quote_group, labelled)
                self.hits.append(
                    StatementHit(sentence.sent_id, sentence.start, sentence.end, labelled, ":", "explicit")
                )
                self.tracker.note_speaker(labelled)
            elif attributions:
                if quote_group is not None:
                    self.group_speaker.setdefault(quote_group, attributions[0].speakers[0])
                    pending = self._flush(pending, attributions[0].speakers[0])
                closer = self._closing_attribution(sentence, attributions)
                follows = narrative and narrative[-1].sent_id == sentence.sent_id - 1
                if (document := self._closing_document(sentence, attributions)) is not None:
                    self._document_takes_paragraph(sentence, document)
                elif closer is not None and follows and narrative[-1].para_id == sentence.para_id:
                    self._emit_closed_run(narrative, closer)
                elif follows and (bridge := self._bridging_speaker(narrative, sentence, attributions)):
                    self._emit_closed_run(narrative, bridge)
                self._emit(sentence, attributions)
                self._note_proposer(sentence, attributions[0].speakers[0])
            elif quote_group is not None and self._mostly_quoted(sentence):
                speaker = self.group_speaker.get(quote_group)
                if speaker is None and self._group_continues_later(quote_group, sentence):
                    pending.append(sentence)
                    continue
                speaker = speaker or self.tracker.focus.last_speaker
                if speaker is not None:
                    self._emit_context(sentence, speaker)
                elif self.own_voice.holds(sentence):
                    # "We remain committed to our NPT obligations, including “to pursue
                    # negotiations ...”": the authors' own words, quoting a text they are bound by.
                    self._emit_own_words(sentence, "we")
            elif (cue := self._subjectless_item(sentence)) and self.tracker.focus.last_speaker:
                # "The leaders recognized ...: - Recognized the importance of jobs": the lead-in's speaker.
                pending = self._flush(pending)
                self._emit_context(sentence, self.tracker.focus.last_speaker, cue)
            else:
                pending = self._flush(pending)
                # "We will work with Congress": the author's own words, even as a listed item.
                own_voice = self.own_voice.holds(sentence)
                proposer = None if own_voice else self._proposal_speaker(sentence)
                if proposer is not None:
                    self._emit_context(sentence, proposer)
                elif own_voice:
                    self._emit_own_words(sentence, "we")
                elif (speaker := self._reported_continues(sentence)) is not None:
                    self._emit_context(sentence, speaker)
                else:
                    self.tracker.update_from_subject(sentence)
                    if self._names_no_one(sentence):
                        # It may be someone's words, if the paragraph closes with their attribution.
                        same = narrative and narrative[-1].para_id == sentence.para_id
                        narrative = [*narrative, sentence] if same else [sentence]
                        continue
        self._flush(pending)
        self._merge_bare_collectives()
        self._joint_documents()
        self.hits.sort(key=lambda h: (h.start, h.end))
        return self.hits

    def _flush(self, pending: list[Sentence], speaker: str | None = None) -> list[Sentence]:
        """Attribute the quoted sentences that waited for a speaker (``speaker``, else the last
        speaker) and return the emptied waiting list."""
        speaker = speaker or self.tracker.focus.last_speaker
        if speaker is not None:
            for waiting in pending:
                self._emit_context(waiting, speaker)
        return []

    def _joint_documents(self) -> None:
        """A document that speaks in a text of two countries ("The document said ..." after the
        Russian-Yemeni declaration was signed) speaks for both: its members are those two, as
        for "both sides"."""
        registry = self.actors.registry
        first_seen: dict[str, int] = {}
        for mention in self.actors.mentions:
            first_seen.setdefault(mention.actor_id, mention.start_token)
        senders = self.actors.lex.sender_documents
        for speaker in dict.fromkeys(hit.speaker_id for hit in self.hits):
            entry = registry.get(speaker)
            if entry.type != "document" or entry.members or entry.name.lower().split()[-1] in senders:
                continue
            entry.members = self._signatories(speaker) or self.collectives.only_two_parties(
                first_seen.get(speaker, 0)
            )

    def _signatories(self, document: str) -> list[str]:
        """The parties that signed or adopted a document, as the clause before the verb names them:
        "the heads of six states – China, Russia, ... and Uzbekistan – signed a declaration",
        "Mr Putin and Mr Vajpayee summarised the talks by adopting the Joint Statement"."""
        doc = self.article.toks
        registry = self.actors.registry
        outcomes = self.actors.cue_at.get("OUTCOME", {})
        first = next((h for h in self.actors.mentions if h.actor_id == document), None)
        if first is None:
            return []
        sentence = self.article.sentences[first.sent_id]
        verb = next(
            (
                i
                for i in range(
                    first.start_token - 1, max(sentence.first_token, first.start_token - 4) - 1, -1
                )
                if i in outcomes or doc[i].lower_ in {"adopting", "signing", "issuing", "approving"}
            ),
            None,
        )
        if verb is None:
            return []
        found: list[str] = []
        for hit in self.actors.mentions:
            if hit.sent_id != sentence.sent_id or hit.start_token >= verb or hit.via == "pronoun":
                continue
            entry = registry.get(hit.actor_id)
            parties = entry.members if entry.type == "group" else [hit.actor_id]
            if entry.type in {"group", "country", "person"}:
                found += [p for p in parties if p not in found]
        countries = [p for p in found if registry.get(p).type == "country"]
        if len(found) < 2:
            return []
        return countries or found

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

    def _emit_own_words(self, sentence: Sentence, cue: str) -> None:
        """The sentence as the text's authors' own words ("We reaffirm ...", "Recognizing ...;"),
        or as the countries it names as its subject ("Japan, the Republic of Korea, and the United
        States will continue ...")."""
        speaker, attribution = self.own_voice.author, "context"
        countries = self.own_voice.countries_subject(sentence)
        if countries is not None:
            members, start, end = countries
            name = self.article.toks[start:end].text
            speaker = self.collectives.joint(name, members, start, end).actor_id
            attribution = "explicit"
            self.authors_countries = speaker
        elif self.authors_countries is not None and self.own_voice.opens_on_nations(sentence):
            speaker = self.authors_countries  # "Our countries are dedicated to ...": those countries
        self.hits.append(
            StatementHit(
                sentence.sent_id,
                sentence.start,
                sentence.end,
                speaker,
                cue,
                attribution,
                own_words=True,
            )
        )

    def _our_countries(self, sentence: Sentence, attribution: Attribution) -> Attribution:
        """ "Our countries are committed to ...", after the text's own voice named its countries
        ("Japan, the Republic of Korea, and the United States will ..."): those countries speak."""
        if self.authors_countries is None or not self.own_voice.opens_on_nations(sentence):
            return attribution
        if attribution.cue_start - sentence.first_token > 4:
            return attribution  # a cue of its own further on, with a subject of its own
        return replace(attribution, speakers=[self.authors_countries], attribution="pronoun")

    def _first_word(self, sentence: Sentence) -> int:
        doc = self.article.toks
        first = sentence.first_token
        while first < sentence.end_token - 1 and not doc[first].is_alpha:
            first += 1
        return first

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

    def _emit(self, sentence: Sentence, attributions: list[Attribution]) -> None:
        attributions = [self.attributor.by_sender(a) for a in attributions]
        doc = self.article.toks
        rows = []
        # A report inside another's is a clause of the reporter's statement, which stays whole.
        outer = [a for a in attributions if not a.nested]
        for attribution in attributions:
            if attribution.nested:
                self._emit_nested(sentence, attribution, outer)
        attributions = outer
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
            self.tracker.note_speaker(
                attribution.speakers[-1] if len(attribution.speakers) == 1 else attribution.speakers[0]
            )
        self.hits.extend(rows)

    def _emit_nested(self, sentence: Sentence, nested: Attribution, outer: list[Attribution]) -> None:
        """ "The Statement ... noted that all CIS members expressed a general interest in ...": the
        inner speaker's statement is the clause after "that", to the next outer clause or the end."""
        doc = self.article.toks
        later = [a.clause_start for a in outer if a.clause_start > nested.clause_start]
        last_tok = min(later) if later else sentence.end_token
        start = doc[nested.clause_start].idx
        end = sentence.end if not later else doc[last_tok - 1].idx + len(doc[last_tok - 1].text)
        for speaker in nested.speakers:
            self.hits.append(
                StatementHit(sentence.sent_id, start, end, speaker, nested.cue, nested.attribution)
            )

    def _emit_unit(self, unit: QuotationUnit) -> None:
        """Emit one statement for a quotation over several sentences, attributed by the first
        attribution found in any of them (before, inside or after the quoted words)."""
        for sent_id in range(unit.first_sent, unit.last_sent + 1):
            sentence = self.article.sentences[sent_id]
            attributions = self.attributor.attribute(sentence)
            if not attributions:
                continue
            attribution = self.attributor.by_sender(attributions[0])
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
            self.tracker.note_speaker(attribution.speakers[0])
            self._note_proposer(sentence, attribution.speakers[0])
            return
        labelled = self.attributor.label_speaker(self.article.sentences[unit.first_sent])
        if labelled is not None:
            self.hits.append(
                StatementHit(unit.first_sent, unit.start, unit.end, labelled, ":", "explicit", unit.last_sent)
            )
            self.tracker.note_speaker(labelled)
            return
        speaker = self.tracker.focus.last_speaker
        if speaker is not None:
            self.hits.append(
                StatementHit(unit.first_sent, unit.start, unit.end, speaker, "", "context", unit.last_sent)
            )

    def _emit_turn(self, turn: Turn) -> None:
        """A transcript turn is one statement of its labelled speaker, in their own words; what
        it proposes is theirs. A questioner's turn puts no one in focus."""
        self.hits.append(
            StatementHit(
                turn.first_sent,
                turn.start,
                turn.end,
                turn.speaker_id,
                self.article.text[turn.label.start : turn.label.end],
                "label",
                last_sent=turn.last_sent,
                own_words=True,
            )
        )
        if turn.label.kind != "question":
            self.tracker.note_speaker(turn.speaker_id)
        for enumeration in self.enumerations:
            if turn.start <= enumeration.span[0] < turn.end:
                self.proposers[id(enumeration)] = turn.speaker_id

    def _subjectless_item(self, sentence: Sentence) -> str:
        """The speech cue a bulleted item opens on, with no subject of its own ("- Recognized the
        importance of job creation"), or "" if it opens otherwise."""
        doc = self.article.toks
        first = sentence.first_token
        if first >= sentence.end_token or doc[first].text not in self.bullets:
            return ""
        word = first + 1
        while word < sentence.end_token and doc[word].is_space:
            word += 1
        cue = self.actors.cue_at.get("SPEECH", {}).get(word)
        if cue is None or not doc[word].is_title:
            return ""
        return doc[cue[0] : cue[1]].text.lower()

    def _reported_continues(self, sentence: Sentence) -> str | None:
        """ "The President said reducing crimes against individuals is a priority. Last year, over
        1.8 million people suffered from such crimes.": a sentence that names no one, right after a
        reported statement of a person (or an organisation: "The COVID Response Team’s recommendation
        is ...") in the same paragraph, goes on with what they said."""
        if not self.hits or sentence.sent_id == 0:
            return None
        last = self.hits[-1]
        before = self.article.sentences[sentence.sent_id - 1]
        if last.last_sent != before.sent_id or before.para_id != sentence.para_id:
            return None
        if last.own_words or self.article.quotes_in(before.start, before.end):
            return None
        if self.attributor.type_of(last.speaker_id) not in {
            "person",
            "organization",
        } or not self._names_no_one(sentence):
            return None
        return last.speaker_id

    def _names_no_one(self, sentence: Sentence) -> bool:
        """Could the sentence be someone's reported words: it names no one and nothing of the event,
        does not open on "a" (someone new), tell in the passive what was done, ask, name a
        collective or lead into a list? Else it is the text's own narrative."""
        if sentence.text.rstrip().endswith(("?", ":")) or self.article.quotes_in(
            sentence.start, sentence.end
        ):
            return False
        if self.attributor.by_sentence.get(sentence.sent_id):
            return False  # it names someone: the text's own narrative about them
        if any(p[0] in _NARRATIVE_PHRASES for p in self.actors.phrases_by_sentence.get(sentence.sent_id, ())):
            return False  # "The summit is expected to ...", "The President will provide ..."
        doc = self.article.toks
        words = [doc[i].lower_ for i in range(sentence.first_token, sentence.end_token)]
        if not words or words[0] in {"a", "an"}:
            return False  # "A military band played ...": someone new, in the text's own narrative
        if any(w in self.attributor.collective_words for w in words):
            return False  # "The officials and group discussed ...": a collective's doing
        for k, word in enumerate(words[:-1]):
            after = words[k + 1 : k + 3]
            if k and words[k - 1] == "to":
                continue  # "leaves much to be desired", "needs to be done": no act told, a judgement
            if word in _BE and any(w.endswith("ed") and w not in _NOT_PARTICIPLES for w in after):
                return False  # "The invitation was gratefully accepted": a passive tells what was done
        return True

    def _closing_attribution(self, sentence: Sentence, attributions: list[Attribution]) -> str | None:
        """The person of an attribution that closes the sentence after a comma ("These factors are
        a breeding ground for delinquency, Mr Putin stressed."), or None."""
        if len(attributions) != 1 or len(attributions[0].speakers) != 1:
            return None
        found = attributions[0]
        doc = self.article.toks
        clause = found.clause_start
        if clause <= sentence.first_token or doc[clause - 1].text != ",":
            return None
        if (
            sentence.end_token - clause > _CLOSING_WORDS
            or self.attributor.type_of(found.speakers[0]) != "person"
        ):
            return None
        return found.speakers[0]

    def _closing_document(self, sentence: Sentence, attributions: list[Attribution]) -> str | None:
        """The document of an attribution that closes the sentence after a comma ("The SCO will
        make an increasing contribution ..., the Declaration reads."), or None."""
        if len(attributions) != 1 or len(attributions[0].speakers) != 1:
            return None
        found = attributions[0]
        clause = found.clause_start
        doc = self.article.toks
        if (
            clause <= sentence.first_token
            or doc[clause - 1].text != ","
            or sentence.end_token - clause > _CLOSING_WORDS
        ):
            return None
        return found.speakers[0] if self.attributor.type_of(found.speakers[0]) == "document" else None

    def _document_takes_paragraph(self, sentence: Sentence, document: str) -> None:
        """ "The Shanghai Cooperation Organization is committed to enhancing strategic stability ...
        The SCO will make an increasing contribution ..., the Declaration reads.": the paragraph
        before a document's closing attribution is its text, what it says of organisations and
        countries included; a paragraph that quotes a person keeps its speakers."""
        earlier = [
            s
            for s in self.article.sentences[: sentence.sent_id]
            if s.para_id == sentence.para_id and s.sent_id not in self.article.furniture
        ]
        if not earlier:
            return
        ids = {s.sent_id for s in earlier}
        held = [h for h in self.hits if h.last_sent in ids or h.sent_id in ids]
        if any(
            h.sent_id not in ids or self.attributor.type_of(h.speaker_id) in {"person", "group"} for h in held
        ):
            return
        if self.article.quotes_in(earlier[0].start, earlier[-1].end):
            return
        self.hits = [h for h in self.hits if h not in held]
        self._emit_closed_run(earlier, document)

    def _bridging_speaker(
        self, run: list[Sentence], sentence: Sentence, attributions: list[Attribution]
    ) -> str | None:
        """ "These factors are a breeding ground for delinquency, Mr Putin stressed. / The content of
        radio and television programmes leaves much to be desired. There are problems with book
        publishing. / The goals of the state policy include ..., Mr Putin said.": a whole paragraph
        that names no one, between a paragraph that ends in a person's reported words and one that
        opens with the same person's, goes on with what they said. Return that person, or None."""
        if len(attributions) != 1 or len(attributions[0].speakers) != 1 or not self.hits:
            return None
        sentences = self.article.sentences
        first, last = run[0], run[-1]
        if last.sent_id - first.sent_id != len(run) - 1 or first.sent_id == 0:
            return None  # not one unbroken run
        if any(s.text.rstrip()[-1:] not in ".!" for s in run):
            return None  # "Four-point proposal", "3. Regional situation": a heading, no one's words
        before = sentences[first.sent_id - 1]
        if before.para_id == first.para_id or sentence.para_id == last.para_id:
            return None  # not a whole paragraph of its own
        previous = self.hits[-1]
        speaker = attributions[0].speakers[0]
        if previous.last_sent != before.sent_id or previous.speaker_id != speaker or previous.own_words:
            return None
        if (
            self.article.quotes_in(previous.start, previous.end)
            or self.attributor.type_of(speaker) != "person"
        ):
            return None
        return speaker

    def _emit_closed_run(self, run: list[Sentence], speaker: str) -> None:
        """ "The transition period has left children facing a problem-laden world. ... Children do
        not receive sufficient attention. These factors are a breeding ground for ..., Mr Putin
        stressed.": the sentences before a closing attribution in its paragraph, naming no one, are
        one statement of the same speaker."""
        first, last = run[0], run[-1]
        self.hits.append(
            StatementHit(first.sent_id, first.start, last.end, speaker, "", "context", last_sent=last.sent_id)
        )

    def _emit_context(self, sentence: Sentence, speaker: str, cue: str = "") -> None:
        self.hits.append(
            StatementHit(sentence.sent_id, sentence.start, sentence.end, speaker, cue, "context")
        )
        self.tracker.note_speaker(speaker)

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
            proposer = later or self.tracker.focus.last_speaker
            if proposer is not None:
                self.proposers[id(enumeration)] = proposer
        return proposer

    def _explicit_item_speaker(self, enumeration, sentence: Sentence) -> str | None:
        _, end = enumeration.span
        for later in self.article.sentences[sentence.sent_id + 1 :]:
            if later.start >= end:
                break
            found = self.attributor.attribute(later)
            if found:
                return found[0].speakers[0]
        return None
