"""Named lists: principles, pillars, threats and other lists a text names and enumerates.

Recognised forms (the label is a scare-quoted term, a counted phrase such as "three pillar
sectors", or a capitalised name with a list head such as "Shanghai Spirit"):
- "the "Shanghai Spirit", which features mutual trust, mutual benefit, ... and ..."
- "the three pillar sectors-security, economy and humanity-has been ..."
- "the five principles: a, b, c, d and e"
- "the Shanghai Spirit of mutual trust, mutual benefit and equality"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from sco_core.document import Article
from sco_core.grammar import DETERMINERS, PARTITIVE_NOUNS
from sco_core.outcomes import OutcomeRules, document_series
from sco_core.records import ListItem, Sentence, item_rows

_SPACED_DASH = re.compile(r"\s-{1,2}\s|\s[–—]|[–—]\s")


_POSED_BY = re.compile(r"\s+posed by\b")
_AFTER_COMMA = re.compile(r"\s*(?:(?:which|that|namely)\s*)?")


def _reaches_cue(between: str) -> bool:
    """Is a cue after ``between`` still about the label before it? "X including", "X, including",
    "X", which features", but not "X at length, with delegations including"."""
    if "," not in between:
        return True
    head, _, tail = between.rpartition(",")
    return "," not in head and _AFTER_COMMA.fullmatch(tail) is not None


_ITEM_MAX_WORDS = 15  # "the denial of the right to self-determination to the people of Palestine and Kashmir"
_COMPLEMENT = r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,4})?"


@dataclass(frozen=True)
class ListRules:
    """The list lexicon, with its patterns compiled once."""

    kinds: dict[str, tuple[str, ...]]
    number_words: dict[str, int]
    item_cues: tuple[str, ...]
    named: re.Pattern[str]
    counted: re.Pattern[str]
    plain: re.Pattern[str]
    head_word: re.Pattern[str]
    # Any head noun at all: a sentence without one has no plain label (a cheap test first).
    any_head: re.Pattern[str]
    cue_words: re.Pattern[str]
    cue_then_items: re.Pattern[str]
    # Counted nouns that count people or times, not a list's items ("the two heads of state").
    uncounted: frozenset[str] = frozenset()
    # Verbs that may stand right before a label ("the region faced threats such as ...").
    label_verbs: frozenset[str] = frozenset()
    # Cues that, after an outcome's head ("documents covering ..."), give its topics, not its items.
    topic_cues: frozenset[str] = frozenset()
    # How documents are told apart in an outcome list ("the adopted documents include: the
    # Concept for ...; the Report on ..."): their names, not the generic item splitting.
    documents: OutcomeRules | None = None

    @classmethod
    def from_data(cls, lists: dict, documents: OutcomeRules | None = None) -> ListRules:
        kinds = {kind: tuple(sorted(heads, key=len, reverse=True)) for kind, heads in lists["kinds"].items()}
        heads = "|".join(re.escape(h) for kind in kinds.values() for h in kind if " " not in h)
        numbers = "|".join(sorted(lists["number_words"], key=len, reverse=True))
        cues = tuple(sorted(lists["item_cues"], key=len, reverse=True))
        return cls(
            kinds=kinds,
            documents=documents,
            uncounted=frozenset(w.lower() for w in lists.get("not_list_nouns", ())),
            label_verbs=frozenset(w.lower() for w in lists.get("label_verbs", ())),
            topic_cues=frozenset(w.lower() for w in lists.get("topic_cues", ())),
            number_words=dict(lists["number_words"]),
            item_cues=cues,
            named=re.compile(rf"\b(?:[A-Z][\w'-]+\s+){{1,3}}(?i:{heads})\b{_COMPLEMENT}"),
            counted=re.compile(rf"\b(?:{numbers}|\d)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z]+s\b", re.IGNORECASE),
            plain=re.compile(rf"(?<!['’])\b(?:[a-z][\w-]*\s+){{0,2}}(?:{heads})\b{_COMPLEMENT}"),
            head_word=re.compile(rf"(?:{heads})", re.IGNORECASE),
            any_head=re.compile(rf"(?:{heads})\b"),
            cue_words=re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in cues)})\b", re.IGNORECASE),
            cue_then_items=re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in cues)})\b:?\s+"),
        )

    def count_of(self, label: str) -> int | None:
        """Return the number a label declares ("three pillars" -> 3, "twin threats" -> 2), if any."""
        first = label.split()[0].lower() if label.split() else ""
        if first.isdigit():
            return int(first)
        return self.number_words.get(first)

    def kind_of(self, label: str) -> str:
        """Return the list kind a label's head noun signals (``other`` when none does)."""
        lowered = label.lower()
        for kind, heads in self.kinds.items():
            if any(lowered == h or lowered.endswith(" " + h) for h in heads):
                return kind
        return "other"


@dataclass(frozen=True)
class Label:
    text: str
    start: int
    end: int
    quoted: bool
    # Headed by any plural noun (not a list head of ``lists.json``): its items must read as items.
    generic: bool = False


_QUALIFIED = re.compile(
    r"(?P<complement>\s+(?:of|for)\s+[^:;.,\"”]{1,40}?|\s+(?:[a-z]+\s+){0,2}by\s+[^:;.,\"”]{1,30}?|\s+[a-z]+)"
    r"\s*(?:-{1,2}|[–—:])\s*"
)
_INTRODUCER = re.compile(
    r"\s*(?:-{1,2}|[–—:]|,?\s+(?:namely|such as|including|includes?|comprises?|are|were|of)\b)", re.IGNORECASE
)


def _labels(article: Article, sentence: Sentence, rules: ListRules) -> list[Label]:
    """Return the candidate list names in a sentence, in order.

    A name is a scare-quoted term ("three forces"), a counted phrase ("three pillar sectors",
    "twin threats"), a capitalised name with a list head ("Five Principles of Peaceful
    Coexistence"), or a plain phrase with a list head that introduces a list ("non-traditional
    security threats such as ...", "the principles of the OIC Charter, namely ...").
    """
    text = article.text
    found: list[Label] = []

    def add(match: re.Match[str], *, any_kind: bool = False) -> None:
        label = match.group().strip()
        introduces = (
            _INTRODUCER.match(text, match.end()) is not None
            or rules.cue_words.search(text, match.end(), match.end() + 40) is not None
            # "the three global initiatives put forward by China -- a, b and c"
            or _QUALIFIED.match(text, match.end(), min(sentence.end, match.end() + 60)) is not None
        )
        if any(lbl.start <= match.start() < lbl.end for lbl in found):
            return
        if rules.kind_of(_head_phrase(label)) != "other" or (any_kind and introduces):
            found.append(Label(label, match.start(), match.start() + len(label), False))

    for quote in article.quotes:
        if not quote.direct and sentence.start <= quote.start < sentence.end:
            found.append(Label(text[quote.start : quote.end].strip(), quote.start, quote.end + 1, True))
    for match in rules.named.finditer(text, sentence.start, sentence.end):
        add(match)
    for match in rules.counted.finditer(text, sentence.start, sentence.end):
        if match.group().split()[-1].lower() not in rules.uncounted:
            add(match, any_kind=True)
    plain = rules.plain.finditer(text, sentence.start, sentence.end)
    for match in plain if rules.any_head.search(text, sentence.start, sentence.end) else ():
        spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", match.group())]
        words = [word for _, word in spans]
        # Modifiers are content words ("non-traditional security threats"); a function word
        # ("uphold the principles", "documents in areas") ends them.
        head_at = next((k for k, w in enumerate(words) if rules.head_word.fullmatch(w)), len(words) - 1)
        before = text[max(sentence.start, match.start() - 12) : match.start()].split()[-1:] or [""]
        before = before[0]
        cut = max(
            (
                k + 1
                for k in range(head_at)
                if words[k].lower() in STOP_WORDS
                # "the adopted documents": after a determiner a participle is a modifier.
                or (
                    words[k].lower() in rules.label_verbs
                    and (words[k - 1] if k else before).lower() not in DETERMINERS
                )
            ),
            default=0,
        )
        # "a series of documents": the partitive noun is part of the name.
        if cut >= 2 and words[cut - 1].lower() == "of" and words[cut - 2].lower() in PARTITIVE_NOUNS:
            cut -= 2
        if cut and not words[cut - 1].islower():
            continue
        first = max(cut, head_at - 2 if cut == 0 and head_at > 2 else cut)
        # The label as the text spells it (two spaces, a line break), from its first kept word.
        start = match.start() + spans[first][0] if first < len(spans) else match.end()
        trimmed = text[start : match.end()]
        introducer = (
            _INTRODUCER.match(text, match.end())
            or _POSED_BY.match(text, match.end())
            # "the threats facing the region included a, b and c" (within the clause)
            or _cue_in_clause(rules, text, match.end(), min(sentence.end, match.end() + 45))
        )
        if trimmed and introducer and not any(lbl.start <= start < lbl.end for lbl in found):
            found.append(Label(trimmed, start, start + len(trimmed), False))
    for label in _generic_labels(text, sentence, rules):
        if not any(lbl.start < label.end and label.start < lbl.end for lbl in found):
            found.append(label)
    return sorted((_coordinated(text, sentence.start, lbl) for lbl in found), key=lambda lbl: lbl.start)


# Words joined by "and" before a label, right after a determiner, a possessive or a preposition:
# "the fundamental and shared values of ...", "through terrorist proxies and armed groups—".
_COORDINATED_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|our|these|those|his|her|through|of|for|against|with|by|from|to|on|in)\s+|['’]s\s+)"
    r"(?P<words>(?:[a-z][\w-]*\s+){1,2}and\s+(?:[a-z][\w-]*\s+)?)$"
)


def _coordinated(text: str, floor: int, label: Label) -> Label:
    """A label with the coordinated words before it that name the list with it ("fundamental and
    shared values", "terrorist proxies and armed groups"); not "other" ("trade and other areas")."""
    if label.quoted or label.text.split()[0].lower() == "other":
        return label
    before = _COORDINATED_BEFORE.search(text, max(floor, label.start - 60), label.start)
    if before is None or any(w in STOP_WORDS for w in before.group("words").split() if w != "and"):
        return label
    start = before.start("words")
    return Label(text[start : label.end], start, label.end, label.quoted, label.generic)


# What may open a list right after its label: a cue ("including", "such as", "in particular"),
# possibly after a comma, or a colon or dash.
_GENERIC_INTRO = re.compile(
    r"\s*(?:,\s*)?(?=(?:in particular|including|such as|namely|notably)\b)|\s*(?=[:\u2014\u2013]|--)"
)
_WORD = re.compile(r"[\w'\u2019.-]+")
_INCLUDE_BEFORE = re.compile(r"\s+(?:include|includes|are|were)\s*$")
# Words that end a label read backwards from its head: function words and verbs that take a list.
_LABEL_STOPS = frozenset(
    "the a an this these those that which who whom whose with of on in to for by from at as into about between "
    "among and or but is are was were be been being has have had will would should can could may might must "
    "their its our his her my your them they we it he she also all both such than then there here include "
    "includes including included focus focused focusing discussed discuss discusses addressed address on upon "
    "across through via over under during after before while".split()
)
_VERB_BEFORE = frozenset(
    "it he she they we i you will would can could may might must shall should to does did do not".split()
)
# What an item of a list headed by any plural noun may not open with: a preposition or relative
# word shows the words after the cue to be a clause or an adverbial, not items.
_NOT_ITEM_OPENING = re.compile(
    r"(?:through|in|for|with|which|who|whose|that|those|these|to|by|from|on|at|including|particularly|as|while|when)\b",
    re.IGNORECASE,
)
_CUE_AFTER_DASH = re.compile(r"(?:in particular|including|notably|namely|such as),?\s+", re.IGNORECASE)
_NOT_PLURAL = frozenset(
    "is was has as its us this thus always perhaps his hers yours ours theirs news less unless".split()
)


def _generic_labels(text: str, sentence: Sentence, rules: ListRules) -> list[Label]:
    """Labels of lists that any plural noun phrase may head ("other international bodies, in
    particular the OSCE, ...", "major energy projects—the construction of ...", "the adopted
    documents include: ..."): up to four words before the introducer, back to a function word."""
    labels: list[Label] = []
    for intro in _GENERIC_INTRO.finditer(text, sentence.start, sentence.end):
        end = intro.start()
        include = _INCLUDE_BEFORE.search(text, max(sentence.start, end - 12), end)
        if include and intro.group().strip().startswith(":"):
            end = include.start()
        words = list(_WORD.finditer(text, max(sentence.start, end - 80), end))
        if not words or words[-1].end() != end:
            continue
        head = words[-1].group().lower()
        plural = head.endswith("s") and head not in _NOT_PLURAL and len(head) > 3
        if not plural and rules.kind_of(head) == "other":
            continue
        kept: list[re.Match[str]] = []
        for word in reversed(words):
            gap = text[word.end() : kept[0].start()] if kept else ""
            if word.group().lower() in _LABEL_STOPS or gap.strip() or len(kept) == 4:
                break
            # "adopted documents", but "backed major energy projects": a participle stands in a
            # label only right before its head noun; further back it is the verb that takes the list.
            if len(kept) >= 2 and word.group().lower().endswith("ed"):
                break
            kept.insert(0, word)
        names = [w.group() for w in kept]
        # A name ("United States:") heads no list of its own; a kind's head noun may ("Principles:").
        if not kept or (all(w[:1].isupper() for w in names) and rules.kind_of(head) == "other"):
            continue
        # "as long as it takes, including", "groups that will assess:": after a pronoun or a modal
        # the word is a verb, not a label.
        before = words[-len(kept) - 1].group().lower() if len(words) > len(kept) else ""
        if before in _VERB_BEFORE:
            continue
        labels.append(Label(text[kept[0].start() : end], kept[0].start(), end, False, generic=True))
    return labels


def _cue_in_clause(rules: ListRules, text: str, start: int, stop: int) -> re.Match[str] | None:
    """A list cue a few words after a label, with no comma between them."""
    cue = rules.cue_words.search(text, start, stop)
    return cue if cue is not None and _reaches_cue(text[start : cue.start()]) else None


def _head_phrase(label: str) -> str:
    """Return a label without its "of ..." complement: "Five Principles of Peaceful Coexistence" ->
    "Five Principles"; after a partitive noun, the noun it counts ("series of documents" -> "documents")."""
    head, _, rest = label.partition(" of ")
    if rest and head.split()[-1].lower() in PARTITIVE_NOUNS:
        return _head_phrase(rest)
    return re.split(r"\s+of\s+", label, maxsplit=1)[0]


def _final_conjunctions(segment: str) -> list[re.Match[str]]:
    """Return the candidates for the "and"/"or" before a list's last item, best first.

    Items may hold "and" themselves ("mutual respect and understanding, ... and consensus"),
    so: a piece after the first that opens with "and" (a serial comma), unless it reads as a
    clause (it holds another "and"); then the first later piece holding " and "; then any.
    """
    serial_pattern = re.compile(r",\s*(and|or)\s+")
    inner_pattern = re.compile(r"\s+(and|or)\s+")
    pieces = segment.split(",")
    serial, clause_like, inner = None, None, None
    offset = len(pieces[0]) + 1
    for piece in pieces[1:]:
        opening = re.match(r"\s*(and|or)\s+", piece)
        earlier_inner = any(inner_pattern.search(p) for p in pieces[1 : pieces.index(piece)])
        short = len(piece.split()) <= 6
        if (
            opening
            and len(piece.split()) <= 9
            and (short or not earlier_inner)
            and serial is None
            and clause_like is None
        ):
            match = serial_pattern.match(segment, offset - 1)
            if inner_pattern.search(piece[opening.end() :]) and len(piece.split()) > 5:
                clause_like = match  # "..., and cooperate on drug trafficking and organized crime"
            else:
                serial = match
        elif inner is None and not opening:
            found = inner_pattern.search(piece)
            if found:
                inner = inner_pattern.search(segment, offset + found.start())
        offset += len(piece) + 1
    fallback = re.search(r"(?:,\s*|\s+)(and|or)\s+", segment)
    ordered = [serial, inner, clause_like, fallback]
    return [
        m
        for k, m in enumerate(ordered)
        if m is not None and all(m.start() != o.start() for o in ordered[:k] if o)
    ]


_ADVERBIAL_OPENING = re.compile(r"\s*(?:by|without|while|when|whilst|thereby|before|after)\b", re.IGNORECASE)


def _split(
    text: str, start: int, segment: str, final: re.Match[str], *, keep_article: bool = False
) -> list[tuple[int, int]]:
    """Return item offsets of ``segment`` (which begins at ``start``) split at ``final``; a leading
    "the" is left out of a list item's name unless ``keep_article``."""
    tail_start = final.end()
    comma = segment.find(",", tail_start)
    tail_end = comma if comma != -1 else len(segment)
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for part in segment[: final.start()].rstrip().rstrip(",").split(","):
        pieces.append((cursor, cursor + len(part)))
        cursor += len(part) + 1
    # "openness, acceptance and by not forming blocs": what opens with a preposition of manner or
    # time after the last "and" is how or when, not another item.
    if _ADVERBIAL_OPENING.match(segment, tail_start) is None:
        pieces.append((tail_start, tail_end))
    items = []
    for a, b in pieces:
        raw = segment[a:b]
        lead = len(raw) - len(raw.lstrip())
        item = raw.strip()
        if not keep_article and _names_with_article(item):
            lead, item = lead + 4, item[4:]
        if not item or len(item.split()) > _ITEM_MAX_WORDS:
            return []
        items.append((start + a + lead, start + a + lead + len(item)))
    return items if len(items) >= 2 else []


def _names_with_article(item: str) -> bool:
    """ "the Global Security Initiative": a name, listed without its article ("the denial of ..." keeps it)."""
    return item.lower().startswith("the ") and len(item.split()) > 2 and item[4:5].isupper()


def _semicolon_items(text: str, start: int, segment: str, *, keep_article: bool) -> list[tuple[int, int]]:
    """Items set apart by semicolons, the last after "; and": "namely a; b, with c; and d"."""
    end = re.search(r"\.(\s|$)", segment)
    segment = segment[: end.start()] if end else segment
    if segment.count(";") < 2 or re.search(r";\s*(and|or)\s+", segment) is None:
        return []
    pieces = segment.split(";")
    if any(re.match(r"\s*(?:and\s+)?\(?\w{1,4}\)", piece) for piece in pieces):
        return []  # "(1) ...; (2) ...; and (3) ...": an enumeration, which proposals read
    items: list[tuple[int, int]] = []
    cursor = 0
    for number, piece in enumerate(pieces):
        item = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        if number == len(pieces) - 1:
            conjunction = re.match(r"(and|or)\s+", item)
            if conjunction:
                lead, item = lead + conjunction.end(), item[conjunction.end() :]
        if not keep_article and _names_with_article(item):
            lead, item = lead + 4, item[4:]
        if not item or len(item.split()) > _ITEM_MAX_WORDS:
            return []
        items.append((start + cursor + lead, start + cursor + lead + len(item)))
        cursor += len(piece) + 1
    return items


def split_items(
    text: str,
    start: int,
    stop: int,
    *,
    glued_dash: bool,
    expected: int | None = None,
    keep_article: bool = False,
    semicolons: bool = True,
) -> list[tuple[int, int]]:
    """Split a coordination "a, b, c and d" starting at ``start`` into item offsets.

    With ``expected`` (the count a label declares: "three pillars"), a reading with that many
    items wins over the default reading.
    """
    segment = text[start:stop]
    semicolons = _semicolon_items(text, start, segment, keep_article=keep_article) if semicolons else []
    if semicolons and (expected is None or len(semicolons) == expected):
        return semicolons
    commas = _comma_items(
        text, start, segment, glued_dash=glued_dash, expected=expected, keep_article=keep_article
    )
    if semicolons and (expected is None or len(commas) != expected):
        return semicolons  # "namely a; b, c and d; and e": the semicolons set the items apart
    return commas


def _comma_items(
    text: str, start: int, segment: str, *, glued_dash: bool, expected: int | None, keep_article: bool
) -> list[tuple[int, int]]:
    cut = len(segment)
    # An em dash ends a list as a spaced dash does ("four areas of focus—a, b and c—with ...").
    for pattern in (_SPACED_DASH, re.compile(r"[;:()\"”\u2014]|\.(\s|$)")):
        match = pattern.search(segment)
        if match:
            cut = min(cut, match.start())
    if glued_dash:
        match = re.search(r"(?<=\w)-(?=\w+\s)", segment)
        if match:
            cut = min(cut, match.start())
    segment = segment[:cut]
    readings = [
        items
        for final in _final_conjunctions(segment)
        if (items := _split(text, start, segment, final, keep_article=keep_article))
    ]
    if not readings:
        return []
    if expected is not None:
        for items in readings:
            if len(items) == expected:
                return items
    return readings[0]


def _list_items(
    text: str, start: int, end: int, *, glued_dash: bool, rules: ListRules, label: Label
) -> list[tuple[int, int]]:
    """A list's items from ``start``: an outcome list's documents by their names, else split."""
    if rules.documents is not None and rules.kind_of(_head_phrase(label.text)) == "outcome":
        documents = document_series(text, start, end, rules.documents)
        if documents:
            return documents
    return split_items(text, start, end, glued_dash=glued_dash, expected=rules.count_of(label.text))


def named_lists(article: Article, rules: ListRules) -> Iterator[tuple[Label, list[tuple[int, int]], int]]:
    """Yield (label, item offsets, sentence id) for every named list, in document order."""
    text = article.text
    for sentence in article.sentences:
        if sentence.sent_id in article.furniture:
            continue
        labels = _labels(article, sentence, rules)
        if not labels:
            continue
        used: set[int] = set()
        lowered = text[sentence.start : sentence.end].lower()
        # "X, which features a, b and c" / "X including a, b and c"
        for match in rules.cue_then_items.finditer(lowered):
            cue_at = sentence.start + match.start()
            before = [
                lbl
                for lbl in labels
                if lbl.end <= cue_at
                and cue_at - lbl.end <= 80
                and lbl.start not in used
                and len(text[lbl.end : cue_at].split()) <= 6
                # "X, which features ..." / "X including ...", not "X at length, with delegations including"
                and _reaches_cue(text[lbl.end : cue_at])
            ]
            if not before:
                continue
            label = before[-1]
            # "documents covering trade, investment and science": what an outcome covers are its
            # topics, not its items.
            if (
                match.group().strip().rstrip(":") in rules.topic_cues
                and rules.kind_of(_head_phrase(label.text)) == "outcome"
            ):
                continue
            # "threats to Arab national security such as ...": the complement names the list too.
            between = text[label.end : cue_at]
            if re.match(r"\s+(?:to|against|from|for)\s+[^,;:]+$", between) and len(between.split()) <= 6:
                label = Label(text[label.start : cue_at].rstrip(" ,"), label.start, cue_at, label.quoted)
            items = _list_items(
                text,
                sentence.start + match.end(),
                sentence.end,
                glued_dash=False,
                rules=rules,
                label=label,
            )
            if items and not (label.generic and _clause_like(text, items)):
                used.add(label.start)
                yield label, items, sentence.sent_id
        # "X-a, b and c" / "X: a, b and c" / "X of a, b and c"
        for label in labels:
            if label.start in used:
                continue
            after = text[label.end : label.end + 4]
            dash = re.match(r"\s*(?:-{1,2}|[–—:])\s*", after)
            of = re.match(r"\s+(?:of|posed by)\s+", text[label.end : label.end + 12])
            # "the four pillars of the next action plan: a, b ...", "the "five no's" approach: a, b ..."
            qualified = _QUALIFIED.match(text, label.end, min(sentence.end, label.end + 60))
            if qualified and not dash:
                complement = qualified.group("complement").strip()
                words = complement.split()
                # "three pillars of cooperation" names the list; "of the next action plan" and a
                # bare noun ("the "five no's" approach") do not belong to its name.
                if (
                    len(words) > 1
                    and words[0] in {"of", "for"}
                    and words[1].lower()
                    not in {
                        "the",
                        "a",
                        "an",
                        "its",
                        "their",
                        "this",
                        "that",
                    }
                ):
                    label = Label(
                        f"{label.text} {complement}",
                        label.start,
                        label.end + len(qualified.group("complement")),
                        label.quoted,
                    )
                dash = re.match(
                    r"\s*(?:-{1,2}|[–—:])\s*",
                    text[qualified.end("complement") : qualified.end("complement") + 4],
                )
                items = _list_items(
                    text,
                    qualified.end(),
                    sentence.end,
                    glued_dash=False,
                    rules=rules,
                    label=label,
                )
            elif dash:
                glued = dash.group().strip() == "-" and not dash.group().startswith(" ")
                # "international issues—in particular, the situation in ...": the cue is no item.
                cue = _CUE_AFTER_DASH.match(text, label.end + dash.end())
                items = _list_items(
                    text,
                    cue.end() if cue else label.end + dash.end(),
                    sentence.end,
                    glued_dash=glued,
                    rules=rules,
                    label=label,
                )
            elif of and (
                label.quoted
                or rules.kind_of(_head_phrase(label.text)) != "other"
                or rules.count_of(label.text)
            ):
                items = _list_items(
                    text,
                    label.end + of.end(),
                    sentence.end,
                    glued_dash=False,
                    rules=rules,
                    label=label,
                )
            else:
                continue
            if items and not (label.generic and _clause_like(text, items)):
                used.add(label.start)
                yield label, items, sentence.sent_id


def _clause_like(text: str, items: list[tuple[int, int]]) -> bool:
    return any(_NOT_ITEM_OPENING.match(text, a, b) for a, b in items)


def list_records(article: Article, rules: ListRules) -> list[ListItem]:
    """Return one row per list item, lists numbered in document order."""
    rows: list[ListItem] = []
    found = sorted(named_lists(article, rules), key=lambda entry: entry[0].start)
    for list_id, (label, items, sent_id) in enumerate(found):
        rows += item_rows(
            article.text, list_id, label.text, rules.kind_of(_head_phrase(label.text)), sent_id, items
        )
    return rows
