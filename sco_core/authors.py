"""The author of a text that speaks in its own voice: who "we" is outside quotation marks.

A joint statement ("As leaders of Australia, the United Kingdom, and the United States, ... we
resolve") speaks for the leaders it names; an institution's own release (a White House fact
sheet: "We will work with Congress") speaks for its country, the one the text names most.
"""

from __future__ import annotations

import re

from sco_core.actors import ActorEntry, ActorFinder

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
    return any(q.start <= char < q.end for q in finder.article.quotes if q.direct)
