"""What the statement stages share while they read one article: its mentions by sentence, the
collectives read so far, and the grammar words the clause rules look at (from
:mod:`sco_core.grammar`)."""

from __future__ import annotations

from sco_core.actors import ActorFinder, MentionHit
from sco_core.collectives import CollectiveReader
from sco_core.document import Article
from sco_core.grammar import PRE_CUE_WORDS, PREPOSITIONS

__all__ = ["PREPOSITIONS", "PRE_CUE_WORDS", "SPEAKER_TYPES", "Reading", "Stage"]

# The actor types that can speak.
SPEAKER_TYPES = frozenset({"person", "organization", "document", "country", "group"})


class Reading:
    """One article as the statement stages read it."""

    def __init__(self, article: Article, actors: ActorFinder, collectives: CollectiveReader) -> None:
        self.article = article
        self.actors = actors
        self.collectives = collectives
        self.by_sentence: dict[int, list[MentionHit]] = {}
        for hit in actors.mentions:
            self.by_sentence.setdefault(hit.sent_id, []).append(hit)
        for hits in self.by_sentence.values():
            hits.sort(key=lambda h: h.start_token)

    def type_of(self, actor_id: str) -> str:
        return self.actors.registry.get(actor_id).type


class Stage:
    """A stage of the statement reading: it sees the shared :class:`Reading`."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.article = reading.article
        self.actors = reading.actors
        self.collectives = reading.collectives
        self.by_sentence = reading.by_sentence
        self.type_of = reading.type_of
