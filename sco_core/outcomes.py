"""Documents adopted in a series: an outcome list without a label.

"The Presidents approved the Statement for the UN's 60th Anniversary, the Agreement on
Cooperation in the Sphere of the Humanities, and the Report to CIS Peoples ..." names three
outcomes. After one of the ``outcome_verbs`` of ``lists.json`` ("adopted", "signed",
"approved"), at least two documents joined by commas, semicolons or "and" are a list of kind
``outcome``. A document opens with a head noun of ``actors.json`` within its first words (a
capitalised "Declaration", a lower-case "joint statement"); words in capitals after it belong to
its name ("the Moscow Declaration between India and the Russian Federation on International
Terrorism"), and a relative clause after it ("which outlines ...") is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sco_core.document import Article
from sco_core.records import ListItem, item_rows

_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_DETERMINER = re.compile(r"(?:the|a|an|its|their|this|these|two|three|four)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’()–-]+")
_SMALL = frozenset(
    {"of", "the", "for", "to", "in", "on", "and", "between", "among", "against", "with", "a", "an"}
)
_RELATIVE = re.compile(r"(?:which|that|who|whose)\b", re.IGNORECASE)
_END = re.compile(r"(?:others|etc)\.?", re.IGNORECASE)  # "..., and others"
_HEAD_REACH = 6  # a document's head noun stands within its first six words


@dataclass(frozen=True)
class OutcomeRules:
    verbs: re.Pattern[str]
    heads: frozenset[str]  # capitalised head nouns ("Declaration"), lower-cased
    nouns: tuple[tuple[str, ...], ...]  # lower-case document nouns as word tuples ("joint statement")
    min_items: int = 2

    @classmethod
    def from_data(cls, lists: dict, actors: dict) -> OutcomeRules:
        verbs = sorted(lists["outcome_verbs"], key=len, reverse=True)
        return cls(
            verbs=re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\s+", re.IGNORECASE),
            heads=frozenset(h.lower() for h in actors["document_heads"]),
            nouns=tuple(
                sorted({tuple(n.lower().split()) for n in actors["document_nouns"]}, key=len, reverse=True)
            ),
        )

    def opens_document(self, segment: str) -> bool:
        """Does a piece of a series open with a document: a capitalised name whose head noun
        stands within its first words ("the Astana Declaration"), or a document noun ("a joint
        statement", "the Agreement on ...")?"""
        words = _WORD.findall(segment[_determiner_end(segment) :])[:_HEAD_REACH]
        lowered = [w.lower() for w in words]
        for noun in self.nouns:
            for k in range(len(lowered) - len(noun) + 1):
                if tuple(lowered[k : k + len(noun)]) == noun and all(_capital(w) for w in words[:k]):
                    return True
        for k, word in enumerate(words):
            if word.lower() in self.heads and word[0].isupper():
                return all(_capital(w) for w in words[:k])
            if not _capital(word):
                return False
        return False


def _determiner_end(segment: str) -> int:
    match = _DETERMINER.match(segment)
    return match.end() if match else 0


def _capital(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word.lower() in _SMALL


def _segments(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The pieces between a series' separators, from ``start`` to the sentence's end, each with
    the separator before it."""
    pieces, at, joint = [], start, ""
    for sep in _SEPARATOR.finditer(text, start, end):
        if sep.start() > at:
            pieces.append((at, sep.start(), joint))
        at, joint = sep.end(), sep.group().strip()
    stop = len(text[:end].rstrip().rstrip(".!?"))
    if stop > at:
        pieces.append((at, stop, joint))
    return pieces


def _opens_in_capitals(piece: str) -> bool:
    """Do a piece's first two words (after "the") stand in capitals, as the rest of a name's do
    ("the Russian Federation on ...", "Threats to ...", "Other Departments of ..."), and not
    "Russia agreed"?"""
    words = _WORD.findall(piece[_determiner_end(piece) :])[:2]
    return (
        bool(words) and (words[0][0].isupper() or words[0][0].isdigit()) and all(_capital(w) for w in words)
    )


def document_series(text: str, start: int, end: int, rules: OutcomeRules) -> list[tuple[int, int]]:
    """The documents of a series from ``start`` (none when it does not open with one).

    A piece in capitals continues the name before it ("... between India and the Russian
    Federation on ..."), unless a semicolon parts them: then it is a document of its own ("...;
    On the Interstate Council of ..."). Where semicolons part the documents, the commas and
    "and" inside one are its own ("... against Terrorism and other Violent Instances of ...")."""
    items: list[tuple[int, int]] = []
    skipping = False
    semicolons = ";" in text[start:end]
    for a, b, joint in _segments(text, start, end):
        piece = text[a:b]
        if rules.opens_document(piece) or (items and joint.startswith(";") and _opens_in_capitals(piece)):
            items.append((a + _determiner_end(piece), b))
            skipping = False
        elif not items or _END.fullmatch(piece) or (skipping and joint.startswith(";")):
            break
        elif _RELATIVE.match(piece):
            skipping = True  # "the Astana Declaration, which outlines ...; the Convention ..."
        elif not skipping and (semicolons or _opens_in_capitals(piece)):
            items[-1] = (items[-1][0], b)
        elif not skipping:
            break
    return items


def outcome_records(
    article: Article, rules: OutcomeRules, *, first_list_id: int, lists: Iterable[ListItem] = ()
) -> list[ListItem]:
    """Return the series of adopted documents as list rows, lists numbered from ``first_list_id``;
    a series whose span a list of ``lists`` already covers is not taken again."""
    text = article.text
    taken = [(r.start, r.end) for r in lists]
    out: list[ListItem] = []
    for sentence in article.sentences:
        if sentence.sent_id in article.furniture:
            continue
        for verb in rules.verbs.finditer(text, sentence.start, sentence.end):
            items = document_series(text, verb.end(), sentence.end, rules)
            if len(items) < rules.min_items or any(a < items[-1][1] and items[0][0] < b for a, b in taken):
                continue
            out += item_rows(
                text, first_list_id + len({r.list_id for r in out}), "", "outcome", sentence.sent_id, items
            )
            taken.extend(items)
    return out
