"""Focus: who the article is talking about, and so whom "he", "they" and "the minister" mean.

The person in focus is the last speaker or the person subject of the last sentence; "she"
after a man in focus is the last person the text marks as a woman; "they" is the collective that
opens the sentence (or the one before), else the group in focus, else the two people just named.
"""

from __future__ import annotations

from dataclasses import dataclass

from sco_core.actors import MentionHit
from sco_core.reading import PREPOSITIONS, Stage
from sco_core.records import Sentence

_SUBJECT_CANDIDATES = 4


@dataclass
class Focus:
    """Who the article is talking about: the centre of attention that pronouns resolve to."""

    person: str | None = None
    thing: str | None = None
    group: str | None = None
    last_speaker: str | None = None


class FocusTracker(Stage):
    """Keeps the :class:`Focus` as the statement stage reads the article, sentence by sentence."""

    def __init__(self, reading) -> None:
        super().__init__(reading)
        self.focus = Focus()

    def person_for(self, gender: str, at: int) -> str | None:
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

    def resolve_pronoun(self, kind: str, at: int) -> str | None:
        if kind.startswith("person"):
            return self.person_for(kind.removeprefix("person-"), at)
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
            pair = self.pair_before(at)
            if pair is not None:
                return pair
        return self.focus.group or self.focus.thing

    def pair_before(self, at: int) -> str | None:
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

    def prefer(self, mention: MentionHit) -> str:
        """A role ("the minister") means the person in focus when that person fits the role."""
        focus = self.focus.person
        if (
            focus
            and focus != mention.actor_id
            and self.actors.fits_role(self.actors.registry.get(focus), mention.text)
        ):
            mention.actor_id = focus  # re-link, so the actors table agrees with the statement
        return mention.actor_id

    def note_speaker(self, actor_id: str) -> None:
        type_ = self.type_of(actor_id)
        self.focus.last_speaker = actor_id
        if type_ == "person":
            self.focus.person = actor_id
        elif type_ == "group":
            self.focus.group = actor_id
        else:
            self.focus.thing = actor_id

    def update_from_subject(self, sentence: Sentence) -> None:
        """A sentence with a person as its subject ("President Xi ... offered") moves the focus."""
        doc = self.article.toks
        # The subject is among the sentence's first mentions (past a country before a title).
        for hit in self.by_sentence.get(sentence.sent_id, [])[:_SUBJECT_CANDIDATES]:
            if hit.in_quote:
                continue
            before = [doc[j].lower_ for j in range(sentence.first_token, hit.start_token)]
            if any(word in PREPOSITIONS for word in before):
                # "On Monday, the SCO released ...": skip an opening adverbial phrase.
                if "," in before:
                    before = before[len(before) - before[::-1].index(",") :]
                    if any(word in PREPOSITIONS for word in before):
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
