"""Principles in running text: the norms a sentence invokes outside any named list.

Three forms, each a row of ``lists`` with kind ``principle`` (``principles.json`` holds the words):
- a known principle as written ("We support the rule of law, freedom of navigation and
  territorial integrity"): a sentence's principles are one list without a label;
- "the principle(s) of X": X, whatever it is, under the label as written ("the principle of
  equal partnership");
- a principle noun before a quoted principle ("a well-known medical principle, “Do No Harm,”").
A principle inside a named list, an organisation's or an event's name is not taken again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sco_core.document import Article
from sco_core.grammar import LABEL_MODIFIER
from sco_core.proposals import Enumeration
from sco_core.records import ListItem, item_rows

_APOSTROPHE = "['\u2019]"
# Where the noun phrase after "the principle of" ends: a clause's punctuation or a word that
# opens another phrase or clause.
_PHRASE_END = re.compile(
    r"[,;:.()\[\]\u2013\u2014]|\s-\s|\s(?:that|which|who|whose|as|to|in|for|with|by|on|at|from|under|"
    r"is|are|was|were|be|been|will|would|should|must|can|could|may|while|whereas|but|or)\b",
    re.IGNORECASE,
)
_SERIES_END = re.compile(_PHRASE_END.pattern.replace("|but|or)", "|but|or|and)"), re.IGNORECASE)
_PHRASE_WORDS = 8
_WORDS = re.compile(r"[\w'-]+")
# How far before the word that ends it a principle may start ("mutual respect for the
# independence"), and how far after it the words that make it something else stand ("Day").
_TERM_REACH = 80
_HEADING_SMALL_WORDS = frozenset(
    {"and", "or", "of", "the", "a", "an", "for", "to", "in", "on", "through", "with"}
)
_COORDINATION = re.compile(r",?\s+(?:and\s+)?|,\s*")
_NOT_ITEM_START = frozenset(
    {"by", "to", "in", "with", "that", "which", "including", "not", "and", "for", "of"}
)
_QUOTES = '"\u201c\u201d'


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: its spaces any white space, its apostrophes either kind."""
    words = [re.escape(w).replace("'", _APOSTROPHE).replace("\u2019", _APOSTROPHE) for w in phrase.split()]
    return r"\s+".join(words)


@dataclass(frozen=True)
class PrincipleRules:
    """The principles lexicon, compiled once."""

    principle_of: re.Pattern[str]
    quoted: re.Pattern[str]
    # An enumeration's introduction that ends in a principle noun and a colon ("laid out clear
    # principles ahead of these talks:").
    laid_out: re.Pattern[str]
    # Words one of which every known principle holds (each term's last word, its plural too) and
    # the nouns of the other two forms: a sentence with none of them is not searched.
    term_words: frozenset[str] = frozenset()
    nouns: tuple[str, ...] = ("principle",)
    # The terms pattern for the terms that end in each word (a few each): fast to try there.
    ending_in: dict[str, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict, heads: Iterable[str] = ("principle", "principles")) -> PrincipleRules:
        """``data`` is ``principles.json``; ``heads`` the nouns of a principle list (``lists.json``)."""
        terms = sorted({" ".join(t.split()) for t in data["terms"]}, key=len, reverse=True)
        lead_ins = "|".join(_phrase_pattern(x) for x in sorted(data["lead_ins"], key=len, reverse=True))
        modifiers = "|".join(re.escape(m) for m in data["modifiers"])
        not_after = "|".join(re.escape(w) for w in data["not_after"])

        def last_word(term: str) -> str:
            return term.split()[-1].lower().replace("\u2019", "'")

        last_words = {last_word(t) for t in terms}

        def pattern(chosen: list[str]) -> re.Pattern[str]:
            # "the UN Charter": the article is optional, so "principles of the UN Charter" and
            # "UN Charter principles" both give it.
            options = "|".join(
                _phrase_pattern(t.removeprefix("the ")) + ("s?" if t[-1].isalpha() else "") for t in chosen
            )
            return re.compile(
                rf"(?<![\w-])(?P<lead>(?:{lead_ins})\s+(?:the\s+)?)?(?:the\s+)?(?:(?:{modifiers})\s+)?(?:{options})"
                rf"(?![\w-])(?!\s+(?:{not_after})\b)",
                re.IGNORECASE,
            )

        ending_in = {w: pattern([t for t in terms if last_word(t) == w]) for w in last_words}
        ending_in.update({w + "s": ending_in[w] for w in last_words if w + "s" not in ending_in})
        return cls(
            ending_in=ending_in,
            term_words=frozenset(ending_in),
            nouns=tuple({"principle", *(n.lower() for n in data["quoted_after"])}),
            principle_of=re.compile(
                rf"\b(?:the\s+)?(?:{LABEL_MODIFIER}\s+){{0,2}}(?:"
                + "|".join(_phrase_pattern(x) for x in data["principle_of"])
                + r")\s+",
                re.IGNORECASE,
            ),
            quoted=re.compile(
                rf"\b(?P<label>(?:{LABEL_MODIFIER}\s+){{0,2}}(?:"
                + "|".join(re.escape(n) for n in data["quoted_after"])
                + rf")),?\s+[{_QUOTES}](?P<item>[^{_QUOTES}\n]{{2,80}}?)[,.;]?[{_QUOTES}]",
                re.IGNORECASE,
            ),
            laid_out=re.compile(
                rf"\b(?P<label>(?:{LABEL_MODIFIER}\s+)?(?:"
                + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
                + r")(?:\s+of\s+[^.:;,]{1,40}?(?=\s*:))?)\b[^.:;]{0,60}?:\s*(?:\S{1,12}\s*)?$",
                re.IGNORECASE,
            ),
        )


def principle_records(
    article: Article,
    rules: PrincipleRules,
    *,
    first_list_id: int,
    taken: Iterable[tuple[int, int]] = (),
    names: Iterable[tuple[int, int]] = (),
    enumerations: Iterable[Enumeration] = (),
) -> list[ListItem]:
    """Return the principles of running text as list rows, lists numbered from ``first_list_id``.

    ``taken`` are the spans of named lists' items (not taken again); ``names`` the spans of
    organisations' and events' names (a term inside one is not a principle; "ASEAN centrality",
    which holds a name, is)."""
    blocked = sorted(taken)
    name_spans = sorted(names)
    found: list[tuple[str, int, list[tuple[int, int]]]] = []  # (label, sent_id, item spans)
    for enumeration in enumerations:
        laid_out = _laid_out(article, rules, enumeration)
        items = [_run_in_heading(article.text, i.start, i.end) for i in enumeration.items]
        if laid_out and not any(_overlaps(blocked, *item) for item in items):
            found.append((laid_out, enumeration.items[0].sent_id, items))
            blocked = sorted([*blocked, *items])
    for sentence in article.sentences:
        if sentence.sent_id in article.furniture:
            continue
        for label, items in _principles_in(
            article.text, sentence.start, sentence.end, rules, blocked, name_spans
        ):
            found.append((label, sentence.sent_id, items))
    rows: list[ListItem] = []
    for offset, (label, sent_id, items) in enumerate(sorted(found, key=lambda f: f[2][0])):
        rows += item_rows(article.text, first_list_id + offset, label, "principle", sent_id, items)
    return rows


def _laid_out(article: Article, rules: PrincipleRules, enumeration: Enumeration) -> str | None:
    """The label of an enumeration that a text lays out as principles ("clear principles"), from
    the words before its first item, in its own sentence or the one before; else None."""
    first = enumeration.items[0]
    sentence = article.sentences[first.sent_id]
    begin = sentence.start
    if not any(c.isalpha() for c in article.text[begin : first.start]) and first.sent_id > 0:
        begin = article.sentences[first.sent_id - 1].start
    match = rules.laid_out.search(article.text, begin, first.start)
    return _label(match.group("label")) if match else None


_RUN_IN = re.compile(r"\s*(?P<head>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)\.\s+[A-Z]")


def _run_in_heading(text: str, start: int, end: int) -> tuple[int, int]:
    """An item that opens with a run-in heading ("Values-Driven. Infrastructure development ...")
    is that heading: a short phrase whose words are capitalised, then a full stop and a sentence."""
    match = _RUN_IN.match(text, start, end)
    if match:
        words = [w for w in match.group("head").split() if w.lower() not in _HEADING_SMALL_WORDS]
        if all(w[0].isupper() for w in words):
            return match.start("head"), match.end("head")
    return start, end


def _within(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _overlaps(blocked: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in blocked)


def _principles_in(
    text: str,
    start: int,
    end: int,
    rules: PrincipleRules,
    blocked: list[tuple[int, int]],
    names: list[tuple[int, int]],
) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """The labelled principles of one sentence ("the principle of X", a quoted one), then the
    sentence's known principles not inside them, as one unlabelled list."""
    sentence = text[start:end]
    lowered = sentence.lower()
    has_noun = any(noun in lowered for noun in rules.nouns)
    has_term = not rules.term_words.isdisjoint(_WORDS.findall(lowered.replace("’", "'")))
    if not (has_noun or has_term):
        return
    local = [b for b in blocked if b[0] < end and start < b[1]]
    inside_name = [b for b in names if b[0] < end and start < b[1]]
    claimed: list[tuple[int, int]] = []
    for match in rules.quoted.finditer(sentence) if has_noun else ():
        item = (start + match.start("item"), start + match.end("item"))
        if not _overlaps(local, *item):
            claimed.append((start + match.start(), item[1]))
            yield _label(match.group("label")), [item]
    for match in rules.principle_of.finditer(sentence) if "principle" in lowered else ():
        at = start + match.end()
        if _overlaps(local + claimed, start + match.start(), at):
            continue
        plural = match.group().rstrip().lower().endswith("principles of")
        items = _series(text, at, end) if plural else _phrase(text, at, end)
        if not items or _overlaps(local, items[0][0], items[-1][1]):
            continue
        if text[items[-1][1] : items[-1][1] + 2].lstrip().startswith(":"):
            continue  # "the guiding principles of B3W: ...": a list's label, not a principle
        claimed.append((start + match.start(), items[-1][1]))
        yield _label(text[start + match.start() : at]), [_without_article(text, a, b) for a, b in items]
    matches = [
        m
        for m in (_term_matches(sentence, lowered, rules) if has_term else ())
        if not _overlaps(local + claimed, start + m.start(), start + m.end())
    ]
    known = []
    for k, match in enumerate(matches):
        begin = match.start()
        # "respect for the independence, sovereignty and territorial integrity": "respect for"
        # governs the whole series, so each principle is named without it.
        following = matches[k + 1] if k + 1 < len(matches) else None
        if (
            match.group("lead")
            and following
            and _COORDINATION.fullmatch(sentence, match.end(), following.start())
        ):
            begin = match.end("lead")
        span = _without_article(text, start + begin, start + match.end())
        if not _within(inside_name, *span):
            known.append(span)
    if known:
        yield "", known


def _term_matches(sentence: str, lowered: str, rules: PrincipleRules) -> list[re.Match[str]]:
    """The known principles of a sentence, leftmost and longest first, not overlapping: the
    terms pattern is tried only where a word that ends a term stands, on the words before it."""
    found = []
    for word in _WORDS.finditer(lowered.replace("\u2019", "'")):
        if word.group() not in rules.term_words:
            continue
        window = max(0, word.start() - _TERM_REACH)
        ending = rules.ending_in[word.group()]
        for match in ending.finditer(sentence, window, min(len(sentence), word.end() + _TERM_REACH)):
            if match.end() == word.end():
                found.append(match)
            if match.start() > word.end():
                break
    found.sort(key=lambda m: (m.start(), -(m.end() - m.start())))
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
        elif match.end() > kept[-1].end() and match.start() == kept[-1].start():
            kept[-1] = match
    return kept


def _phrase(text: str, at: int, end: int, *, ends: re.Pattern[str] = _PHRASE_END) -> list[tuple[int, int]]:
    """The noun phrase from ``at``, up to the next clause punctuation or phrase word, when short."""
    tail = ends.search(text, at, end)
    stop = tail.start() if tail else end
    words = text[at:stop].split()
    if not words or len(words) > _PHRASE_WORDS or words[0].lower() in _NOT_ITEM_START:
        return []
    return [(at, at + len(text[at:stop].rstrip()))]


def _series(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The principles of a coordinated series from ``at`` ("openness, acceptance and ..."): phrases
    joined by commas and "and", up to the first that is not one (it opens with a preposition)."""
    items: list[tuple[int, int]] = []
    while at < end:
        found = _phrase(text, at, end, ends=_SERIES_END)
        if not found:
            break
        items.append(found[0])
        joint = _COORDINATION.match(text, found[0][1], end)
        if not joint or not joint.group().strip():
            break
        at = joint.end()
    return items


def _label(words: str) -> str:
    label = " ".join(words.split())
    return re.sub(r"^(?:the|a|an)\s+", "", label, flags=re.IGNORECASE).removesuffix(" of")


def _without_article(text: str, start: int, end: int) -> tuple[int, int]:
    """A principle's span without a leading "the " ("the rule of law" is "rule of law")."""
    match = re.match(r"the\s+", text[start:end], re.IGNORECASE)
    return (start + match.end(), end) if match else (start, end)
