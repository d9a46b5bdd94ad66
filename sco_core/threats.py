"""Threats in running text: a series of known threats outside any named list.

"to combat international terrorism, separatism and extremism" names three threats without a
label: when at least ``min_terms`` known threats (``threats.json``) stand in one coordinated
series, they are a list of kind ``threat`` with the label "". Each threat keeps the modifiers
before it ("political and religious extremism"). A series a named list already holds, or one
inside a name ("the Convention on Combating Terrorism, Separatism and Extremism"), is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sco_core.document import Article
from sco_core.records import ListItem, item_rows

# What joins two threats of one series: a comma, "and", "or", "as well as".
_JOINT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|as well as)\s+", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_SMALL = frozenset({"of", "in", "and", "the", "on", "for"})


@dataclass(frozen=True)
class ThreatRules:
    """The threats lexicon, compiled once."""

    terms: re.Pattern[str]
    modifiers: frozenset[str]
    min_terms: int = 2

    @classmethod
    def from_data(cls, data: dict) -> ThreatRules:
        terms = sorted({" ".join(t.split()).lower() for t in data["terms"]}, key=len, reverse=True)
        options = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in terms)
        return cls(
            terms=re.compile(rf"(?<![\w-])(?:{options})s?(?![\w-])", re.IGNORECASE),
            modifiers=frozenset(m.lower() for m in data["modifiers"]),
            min_terms=int(data.get("min_terms", 2)),
        )


def _with_modifiers(text: str, start: int, end: int, floor: int, modifiers: frozenset[str]) -> int:
    """Where a threat starts: back over the modifiers before it ("political and religious")."""
    begin = start
    while True:
        word = _WORD_BEFORE.search(text, max(floor, begin - 40), begin)
        if not word:
            return begin
        lowered = word.group(1).lower()
        if lowered in modifiers:
            begin = word.start()
            continue
        # "political and religious extremism": "and" between two modifiers.
        if lowered == "and" and begin < start:
            before = _WORD_BEFORE.search(text, max(floor, word.start() - 40), word.start())
            if before and before.group(1).lower() in modifiers:
                begin = before.start()
                continue
        return begin


def _in_capitals(words: str) -> bool:
    """Is a phrase written as a name: every word that is not a small word capitalised?"""
    kept = [w for w in words.split() if w.lower() not in _SMALL]
    return bool(kept) and all(w[0].isupper() for w in kept)


def threat_records(
    article: Article,
    rules: ThreatRules,
    *,
    first_list_id: int,
    lists: Iterable[ListItem] = (),
    names: Iterable[tuple[int, int]] = (),
) -> list[ListItem]:
    """Return the threat series of running text as list rows, lists numbered from ``first_list_id``.

    ``lists`` are the rows already found (a series a threat list overlaps, or whose threats are
    all items of one list, is not taken again); ``names`` the spans of organisations' and
    events' names."""
    text = article.text
    rows = list(lists)
    threat_spans = [(r.start, r.end) for r in rows if r.kind == "threat"]
    items_of: dict[int, set[tuple[int, int]]] = {}
    for row in rows:
        items_of.setdefault(row.list_id, set()).add((row.start, row.end))
    name_spans = list(names)
    found: list[tuple[int, list[tuple[int, int]]]] = []
    for sentence in article.sentences:
        if sentence.sent_id in article.furniture:
            continue
        series: list[tuple[int, int]] = []
        for match in rules.terms.finditer(text, sentence.start, sentence.end):
            floor = series[-1][1] if series else sentence.start
            begin = _with_modifiers(text, match.start(), match.end(), floor, rules.modifiers)
            span = (begin, match.end())
            named = begin > sentence.start and _in_capitals(text[begin : match.end()])
            if named or any(a <= span[0] and span[1] <= b for a, b in name_spans):
                found.append((sentence.sent_id, series))
                series = []
                continue
            if series and not _JOINT.fullmatch(text, series[-1][1], _article_start(text, begin)):
                found.append((sentence.sent_id, series))
                series = []
            series.append(span)
        found.append((sentence.sent_id, series))
    out: list[ListItem] = []
    kept = [
        (sent_id, series)
        for sent_id, series in found
        if len(series) >= rules.min_terms
        and not any(a < series[-1][1] and series[0][0] < b for a, b in threat_spans)
        and not any(set(series) <= spans for spans in items_of.values())
    ]
    for offset, (sent_id, series) in enumerate(kept):
        out += item_rows(text, first_list_id + offset, "", "threat", sent_id, series)
    return out


def _article_start(text: str, begin: int) -> int:
    """Where the words before a threat end: before a "the " that opens it."""
    return begin - 4 if text[max(0, begin - 4) : begin].lower() == "the " else begin
