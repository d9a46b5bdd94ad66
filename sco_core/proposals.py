"""Enumerated proposals: "First, ... Second, ... Finally, ...", numbered items and bulleted lines.

An enumeration's declared count ("a four-point proposal", "five-point consensus", "three
proposals") is read from the sentences just before its first item and checked against the items
found; a mismatch is flagged in every row of the set, not hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from sco_core.document import Article
from sco_core.grammar import LABEL_MODIFIER
from sco_core.lists import split_items
from sco_core.records import Sentence

_NUMBERED = re.compile(r"^\(?(\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# Markers that count up from one; an item out of turn ends the run.
_COLON_FIRST = re.compile(r":\s+([A-Z][a-z]+)\s*,\s*")
_SEQUENCED = {"ordinal", "number", "letter", "roman"}


@dataclass(frozen=True)
class Item:
    ordinal: int
    start: int
    end: int
    sent_id: int


@dataclass(frozen=True)
class Enumeration:
    """A run of enumerated items and the sentence that introduces it."""

    label: str
    declared: int | None
    items: tuple[Item, ...]
    intro_sent: int | None

    @property
    def span(self) -> tuple[int, int]:
        return self.items[0].start, self.items[-1].end


@dataclass(frozen=True)
class ProposalRules:
    ordinals: dict[str, int]
    finals: frozenset[str]
    bullets: tuple[str, ...]
    number_words: dict[str, int]
    set_nouns: tuple[str, ...]
    proposal_cues: tuple[str, ...]
    modals: tuple[str, ...]
    action_verbs: frozenset[str]
    item_cues: tuple[str, ...] = ()
    # Cues that put forward a set only when it is named before its colon ("we commit to taking
    # further measures ...:"); "are committed to deepening ties" before bullets makes no proposals.
    set_cues: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, lists: dict) -> ProposalRules:
        return cls(
            ordinals=dict(lists["ordinals"]),
            finals=frozenset(lists["final_ordinals"]),
            bullets=tuple(lists["bullets"]),
            number_words=dict(lists["number_words"]),
            set_nouns=tuple(sorted(lists["set_nouns"], key=len, reverse=True)),
            proposal_cues=tuple(lists["proposal_cues"]),
            modals=tuple(lists["modals"]),
            action_verbs=frozenset(lists["action_verbs"]),
            item_cues=tuple(sorted(lists.get("proposal_item_cues", []), key=len, reverse=True)),
            set_cues=tuple(lists.get("set_cues", ())),
        )

    def count_of(self, match: re.Match[str]) -> int | None:
        """The count a match of :attr:`declared` names: "four-point" -> 4, "10-point" -> 10."""
        number = match.group("num").lower()
        return int(number) if number.isdigit() else self.number_words.get(number)

    @cached_property
    def declared(self) -> re.Pattern[str]:
        """A declared set: "four-point proposal", "three initiatives", "10-point agenda"."""
        numbers = "|".join(sorted(self.number_words, key=len, reverse=True))
        nouns = "|".join(re.escape(n) for n in self.set_nouns)
        return re.compile(
            rf"\b(?P<num>{numbers}|\d{{1,2}})(?:[- ]point)?\s+(?:[a-z]+\s+)?(?P<noun>{nouns})\b",
            re.IGNORECASE,
        )

    @cached_property
    def named_set(self) -> re.Pattern[str]:
        """An uncounted set right before the colon that opens its items: "we commit to taking
        further measures as soon as possible ...:" (up to two modifiers and a set noun)."""
        nouns = "|".join(re.escape(n) for n in sorted(self.set_nouns, key=len, reverse=True))
        return re.compile(
            rf"\b(?:{LABEL_MODIFIER}\s+){{0,2}}(?:[a-z][\w-]*\s+of\s+(?:an?\s+|the\s+)?)?(?:{nouns})\b(?=[^.;:]*:\s*$)",
            re.IGNORECASE,
        )

    @cached_property
    def cue(self) -> re.Pattern[str]:
        """Any proposal cue ("proposed", "called for"), as a whole word."""
        return re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in self.proposal_cues)})\b")

    @cached_property
    def item_cue(self) -> re.Pattern[str]:
        """What introduces items listed in the sentence: a colon, "calling for", "including"."""
        return re.compile(
            rf"\s*(?::|,?\s*\b(?:{'|'.join(re.escape(c) for c in self.item_cues)})\b)\s+", re.IGNORECASE
        )


def _marker(article: Article, sentence: Sentence, rules: ProposalRules) -> tuple[str, int, int] | None:
    """Return (kind, ordinal, content start) if the sentence opens an enumerated item."""
    text = article.text
    para_start = article.paragraphs[sentence.para_id][0]
    head = text[sentence.start : sentence.start + 40]
    if sentence.start == para_start:
        for bullet in rules.bullets:
            if head.startswith(bullet) and head[len(bullet) : len(bullet) + 1] in {" ", "\t"}:
                offset = len(bullet) + (len(head[len(bullet) :]) - len(head[len(bullet) :].lstrip()))
                return "bullet", 0, sentence.start + offset
        numbered = _NUMBERED.match(head)
        if numbered and numbered.group(1).isdigit():
            return "number", int(numbered.group(1)), sentence.start + numbered.end()
        if numbered and numbered.group(1) in _ROMAN:
            return "roman", _ROMAN[numbered.group(1)], sentence.start + numbered.end()
        if numbered:  # "(a)", "b)", "c."
            return "letter", ord(numbered.group(1)) - ord("a") + 1, sentence.start + numbered.end()
    # "First, ..." and, opening a quoted paragraph, '"First, we must ...'
    word = re.match(r"[\"“‘']?([A-Za-z]+)(\s+of\s+all)?\s*[,:]\s*", head)
    if word:
        lowered = word.group(1).lower()
        if lowered in rules.ordinals:
            return "ordinal", rules.ordinals[lowered], sentence.start + word.end()
        if lowered in rules.finals:
            return "final", -1, sentence.start + word.end()
    # "He proposed two steps: First, members should ...": the first item after a colon.
    colon = _COLON_FIRST.search(article.text, sentence.start, sentence.end)
    if colon and rules.ordinals.get(colon.group(1).lower()) == 1:
        return "ordinal", 1, colon.end()
    return None


def find_enumerations(article: Article, rules: ProposalRules) -> list[Enumeration]:
    """Return the enumerations of proposals in the article, in order."""
    sentences = article.sentences
    markers = [(s, None if s.sent_id in article.furniture else _marker(article, s, rules)) for s in sentences]
    # Numbered lines inside one paragraph can be split by the sentencizer ("1." "Text"):
    enumerations: list[Enumeration] = []
    i = 0
    while i < len(markers):
        sentence, marker = markers[i]
        if marker is None or (marker[0] in _SEQUENCED and marker[1] != 1):
            i += 1
            continue
        kind = marker[0]
        starts: list[tuple[Sentence, int]] = [(sentence, marker[2])]
        expected = 2
        j = i + 1
        while j < len(markers):
            s, m = markers[j]
            if m is None:
                if kind == "bullet" and s.para_id != starts[-1][0].para_id:
                    break
                j += 1
                continue
            if kind == "bullet" and m[0] == "bullet":
                starts.append((s, m[2]))
            elif kind in _SEQUENCED and m[0] == kind and m[1] == expected:
                starts.append((s, m[2]))
                expected += 1
            elif kind == "ordinal" and m[0] == "final":
                starts.append((s, m[2]))
                j += 1
                break
            else:
                break
            j += 1
        if len(starts) >= 2:
            items = []
            for k, (s, content_start) in enumerate(starts):
                if k + 1 < len(starts):
                    nxt = starts[k + 1][0]
                    last = max((x for x in sentences if x.start < nxt.start), key=lambda x: x.start)
                    end = last.end
                else:
                    end = article.paragraphs[s.para_id][1]
                items.append(Item(ordinal=k + 1, start=content_start, end=end, sent_id=s.sent_id))
            # "He proposed two steps: First, ...": the label is in the first item's own sentence.
            mid_sentence = _COLON_FIRST.search(article.text, sentence.start, starts[0][1]) is not None
            label, declared, intro = _declared(
                article, sentence, rules, upto=starts[0][1] if mid_sentence else None
            )
            if (
                label
                or (intro is not None and _cued(article, intro, rules))
                or _modal_items(article, items, rules)
            ):
                enumerations.append(
                    Enumeration(label=label, declared=declared, items=tuple(items), intro_sent=intro)
                )
            i = j
        else:
            i += 1
    enumerations.extend(inline_enumerations(article, rules))
    taken = {e.intro_sent for e in enumerations} | {i.sent_id for e in enumerations for i in e.items}
    enumerations.extend(listed_enumerations(article, rules, skip=taken))
    enumerations.sort(key=lambda e: e.span)
    return enumerations


def listed_enumerations(
    article: Article, rules: ProposalRules, *, skip: set[int | None]
) -> list[Enumeration]:
    """Return declared sets whose items are listed in the same sentence: "a four-point plan on
    Afghanistan, calling for a, b and c", "The five-point plan calls for a, b and c"."""
    if not rules.item_cues:
        return []
    pattern, cues = rules.declared, rules.item_cue
    text = article.text
    found: list[Enumeration] = []
    for sentence in article.sentences:
        if sentence.sent_id in skip or sentence.sent_id in article.furniture:
            continue
        matches = list(pattern.finditer(text, sentence.start, sentence.end))[:_MAX_SETS_PER_SENTENCE]
        for match in matches:
            # The cue may follow a short complement: "a four-point plan on Afghanistan, calling for".
            gap = re.match(
                r"(?:\s+(?:on|for|to)\s+[^,;:.]{1,40}?)?(?=[\s,:])", text[match.end() : sentence.end]
            )
            cue = cues.match(text, match.end() + (gap.end() if gap else 0), sentence.end)
            if cue is None:
                continue
            # The set must be put forward: by the cue itself ("calling for"), or by a proposal cue
            # just before it ("put forward a four-point plan"); "signed three agreements,
            # including ..." names agreements, not proposals.
            before = re.split(r"[,;:]", text[max(sentence.start, match.start() - 60) : match.start()])[
                -1
            ].lower()
            if not (rules.cue.search(cue.group().lower()) or rules.cue.search(before)):
                continue
            declared = rules.count_of(match)
            spans = split_items(
                text,
                cue.end(),
                sentence.end,
                glued_dash=False,
                expected=declared,
                keep_article=True,
                semicolons=False,  # "...; the leaders also discussed trade; and ..." are clauses
            )
            if len(spans) < 2:
                continue
            items = tuple(Item(k + 1, start, end, sentence.sent_id) for k, (start, end) in enumerate(spans))
            found.append(Enumeration(match.group().lower(), declared, items, sentence.sent_id))
            break
    return found


_MAX_SETS_PER_SENTENCE = 3
_REFERENCE = re.compile(
    r"(?:\d|\b(?:paragraphs?|articles?|sections?|clauses?|resolutions?|rules?))\s*$", re.IGNORECASE
)
_INLINE = re.compile(r"(?:(?<=\s)|^)\((\d{1,2}|[ivx]{1,4}|[a-h])\)\s+")


def _same_kind(first: str, marker: str) -> bool:
    """Digits follow digits, roman numerals roman numerals ("i", "ii"), letters letters ("a", "b")."""
    if first.isdigit() or marker.isdigit():
        return first.isdigit() and marker.isdigit()
    return (first == "i") == (marker in _ROMAN)


def _inline_number(marker: str) -> int:
    """The number of an inline marker: "3", "iii" or "c" -> 3."""
    if marker.isdigit():
        return int(marker)
    return _ROMAN.get(marker) or ord(marker) - ord("a") + 1


def inline_enumerations(article: Article, rules: ProposalRules) -> list[Enumeration]:
    """Return enumerations numbered inside a paragraph: "... consensus: (1) to ...; (2) to ...".

    Each item runs to the next number; the last runs to the end of its sentence.
    """
    found: list[Enumeration] = []
    text = article.text
    for para_start, para_end in article.paragraphs:
        # Not "paragraphs 3 (a) and 3 (b) of resolution 2231": references to a text's parts.
        markers = [
            m
            for m in _INLINE.finditer(text, para_start, para_end)
            if not _REFERENCE.search(text, max(0, m.start() - 14), m.start())
        ]
        run: list[re.Match[str]] = []
        for marker in [*markers, None]:
            if (
                marker is not None
                and _inline_number(marker.group(1)) == len(run) + 1
                and (not run or _same_kind(run[0].group(1), marker.group(1)))
            ):
                run.append(marker)
                continue
            if len(run) >= 2:
                items = []
                for k, m in enumerate(run):
                    if k + 1 < len(run):
                        end = run[k + 1].start()
                    else:
                        end = article.sentences[article.sentence_of_char(m.start())].end
                    piece = text[m.end() : end]
                    trimmed = re.sub(r"[\s;,]*(?:and|or)?[\s;,]*$", "", piece)
                    if trimmed.endswith("."):
                        trimmed = trimmed[:-1]
                    items.append(
                        Item(k + 1, m.end(), m.end() + len(trimmed), article.sentence_of_char(m.start()))
                    )
                first = article.sentences[items[0].sent_id]
                label, declared, intro = _declared(article, first, rules, upto=run[0].start())
                found.append(Enumeration(label, declared, tuple(items), intro))
            run = [marker] if marker is not None and marker.group(1) in {"1", "i", "a"} else []
    return found


def _declared(
    article: Article, first: Sentence, rules: ProposalRules, *, upto: int | None = None
) -> tuple[str, int | None, int | None]:
    """Return (label, declared count, intro sentence id) from the sentences just before an enumeration.

    With ``upto`` (an inline enumeration), the first item's own sentence up to ``upto`` is read first.
    """
    pattern = rules.declared
    intro = first.sent_id - 1 if first.sent_id > 0 else None
    if upto is not None:
        head = article.text[first.start : upto]
        matches = list(pattern.finditer(head))
        if matches:
            match = matches[-1]
            declared = rules.count_of(match)
            return head[match.start() : match.end()].lower(), declared, first.sent_id
        intro = first.sent_id
    for sent_id in range(first.sent_id - 1, max(-1, first.sent_id - 4), -1):
        sentence = article.sentences[sent_id]
        matches = list(pattern.finditer(sentence.text))
        if matches:
            match = matches[-1]
            declared = rules.count_of(match)
            label = sentence.text[match.start() : match.end()].lower()
            return label, declared, sent_id
        if sent_id == first.sent_id - 1:
            named = _named_set(sentence.text, rules)
            if named:
                return named, None, sent_id
    return "", None, intro


def _named_set(text: str, rules: ProposalRules) -> str:
    """The name of an uncounted set that a sentence puts forward before its colon ("further
    measures", "key planks of an agenda"), or ""."""
    named = list(rules.named_set.finditer(text))
    if not named:
        return ""
    start, end = named[-1].span()
    words = named[-1].group().split()
    # "taking further measures": a gerund before two words is the verb that takes the set.
    if len(words) > 2 and words[0].lower().endswith("ing") and words[1].lower() != "of":
        start = text.index(words[1], start + len(words[0]))
    # A cue outside the set's own name ("measures" is a cue too): someone puts the set forward.
    rest = (text[:start] + " " + text[end:]).lower()
    if not (rules.cue.search(rest) or any(re.search(rf"\b{re.escape(c)}\b", rest) for c in rules.set_cues)):
        return ""
    return " ".join(text[start:end].split()).lower()


def _cued(
    article: Article, sent_id: int, rules: ProposalRules, *, outside: re.Pattern[str] | None = None
) -> bool:
    """Does the sentence hold a proposal cue (outside the declared sets that ``outside`` matches)?"""
    lowered = article.sentences[sent_id].text.lower()
    if outside is not None:
        lowered = outside.sub(" ", lowered)
    return rules.cue.search(lowered) is not None


def _modal_items(article: Article, items: list[Item], rules: ProposalRules) -> bool:
    modal = re.compile(rf"\b(?:{'|'.join(re.escape(m) for m in rules.modals)})\b", re.IGNORECASE)
    return sum(bool(modal.search(article.text[i.start : i.end])) for i in items) * 2 >= len(items)


def actions(text: str, rules: ProposalRules) -> list[str]:
    """Return the actions an item calls for: verb phrases such as "enhance security cooperation".

    Example: "the members should further cement political mutual trust, firmly support each
    other's core interests, and enhance security cooperation" gives three actions.
    """
    found: list[str] = []
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    for chunk in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=\w+ly\s|\w+\s)", first_sentence):
        words = chunk.strip().rstrip(".;:").split()
        while words and (
            words[0].lower()
            in {"and", "or", "also", "further", "jointly", "firmly", "categorically", "actively"}
            or (words[0].lower().endswith("ly") and len(words) > 1 and words[1].lower() in rules.action_verbs)
        ):
            if words[0].lower() in rules.action_verbs and words[0].lower() not in {
                "further",
                "jointly",
                "firmly",
            }:
                break
            words = words[1:]
        for k, word in enumerate(words):
            lowered = word.lower()
            if lowered in {"should", "must", "shall", "will"} and k + 1 < len(words):
                words = words[k + 1 :]
                while (
                    words
                    and words[0].lower()
                    in {"further", "jointly", "firmly", "continue", "also"}
                    | {w for w in (words[0].lower(),) if w.endswith("ly")}
                    and len(words) > 1
                ):
                    if words[0].lower() == "continue":
                        break
                    words = words[1:]
                break
        if words and words[0].lower() in rules.action_verbs:
            found.append(" ".join(words[:12]))
    return found
