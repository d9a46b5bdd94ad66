"""The author of a text that speaks in its own voice: who "we" is outside quotation marks.

A joint statement ("As leaders of Australia, the United Kingdom, and the United States, ... we
resolve") speaks for the leaders it names; an institution's own release (a White House fact
sheet: "We will work with Congress") speaks for its country, the one the text names most.
"""

from __future__ import annotations

import re

from sco_core.actors import ActorEntry, ActorFinder
from sco_core.reading import PRE_CUE_WORDS, Reading, Stage
from sco_core.records import Sentence

_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*"
# "As leaders of A, B, and C, ..., we" / "We, the leaders of A and B, ...".
_AUTHORS = re.compile(
    rf"\b(?:As|We,)\s+(?:the\s+)?(?P<group>(?:leaders|heads of state|heads of government|ministers|foreign ministers|prime ministers|presidents)"
    rf"\s+of\s+{_NAME}(?:,?\s+(?:and\s+)?{_NAME})*)"
)
# "We, the Prime Minister of A and the Prime Minister of B, ... declare": the authors name themselves.
_WE_NAMED = re.compile(r"\bWe,\s+(?:the\s+)?(?P<group>[A-Z][^,;:.]{2,160}?),")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")


def release_author(finder: ActorFinder) -> ActorEntry | None:
    """Return the actor "we" stands for outside quotations, or None when the text never says "we"
    in its own voice."""
    article = finder.article
    text = article.text
    own_voice = [m.start() for m in _WE.finditer(text) if not _in_quote(finder, m.start())]
    if not own_voice:
        return None
    named = _WE_NAMED.search(text) or _AUTHORS.search(text)
    if named is not None:
        start, end = named.span("group")
        name = text[start:end]
        entry = finder.registry.ensure(f"group:authors:{name.lower()}", name, "group")
        for hit in finder.mentions:
            member = start <= hit.start < end and finder.registry.get(hit.actor_id).type in {
                "country",
                "person",
            }
            if member and hit.actor_id not in entry.members:
                entry.members.append(hit.actor_id)
        return entry
    counts: dict[str, int] = {}
    for hit in finder.mentions:
        if finder.registry.get(hit.actor_id).type == "country":
            counts[hit.actor_id] = counts.get(hit.actor_id, 0) + 1
    if not counts:
        return None
    return finder.registry.get(max(counts, key=lambda actor_id: counts[actor_id]))


def _in_quote(finder: ActorFinder, char: int) -> bool:
    """Is ``char`` inside someone's own words: a quotation, or a transcript turn?"""
    return any(q.start <= char < q.end for q in finder.article.quotes if q.direct) or any(
        t.start <= char < t.end for t in finder.turns
    )


# Words that open a subordinate clause: a "we" right after one is not the sentence's subject.
_SUBORDINATORS = frozenset(
    "as if when while because that which so than where how what whether until before after since though".split()
)
# What an author says it will do or is: "the United States will ...", "... is committed".
_AUTHOR_VERBS = frozenset({"will", "is", "remains", "stands", "has", "continues"})


class OwnVoice(Stage):
    """Where the text speaks as its author: "We reaffirm ...", "Our three nations ...",
    "the United States will ..." in the United States' own release."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        author = release_author(self.actors)
        self.author = author.actor_id if author is not None else None

    def holds(self, sentence: Sentence) -> bool:
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
            while verb < sentence.end_token and doc[verb].lower_ in PRE_CUE_WORDS | {
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
