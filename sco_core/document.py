"""One parsed article: its sentences, paragraphs and quotations, with per-token lookups."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, LENGTH, LIKE_NUM, SENT_START
from spacy.tokens import Doc, Span

from sco_core.pipeline import CUES_KEY, NAMES_KEY, THEMES_KEY
from sco_core.records import Sentence

_OPENERS = {'"': '"', "“": "”", "«": "»", "„": "“"}  # and ‘ … ’, told apart from apostrophes
_CLOSERS = {"”", "»"}
_SCARE_MAX_WORDS = 4
# Small words that may stay lower case inside a quoted name ("Belt and Road").
_NAME_JOINERS = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "&", "-"}
# A dateline opening a paragraph: "BRASILIA, Nov. 20 (Xinhua) --", "ASTANA, July 4. /TASS/.",
# "Kazan (Russia), Oct 23 (PTI)", "ISLAMABAD:". A bare dash or colon needs a place in capitals.
_DATE = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
_REGION = r"(?:\s*\([A-Z][\w .,'’-]{1,40}\))?"
_PAREN = r"\s*\([A-Z][\w .&/-]{1,40}\)"
# After the place: an agency and a dash, "/TASS/", or a dash or colon; a hyphen needs a space
# before it ("US-China relations" opens no dateline).
_CLOSE = rf"(?:{_PAREN}\s*(?:--|[-–—:])|\.?\s*/[A-Za-z][A-Za-z .-]{{1,30}}/\.?|\s*--|\s+-(?=\s)|\s*[–—]|\s*:)"
_CAPS_PLACE = r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}"
_PLACE = r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}"
_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}{_REGION}{_DATE}?{_CLOSE}"
    # With a date, the agency may stand alone: "Kazan (Russia), Oct 23 (PTI)".
    rf"|{_CAPS_PLACE}{_REGION}{_DATE}{_PAREN}"
    rf"|{_PLACE}{_REGION}{_DATE}(?:{_CLOSE}|{_PAREN}))[ \t]*"
)
_QUOTED_END = re.compile(r"[?!][\"”’]\s*$")
_DATELINE_PARAGRAPHS = 12  # datelines open the story, so only its first paragraphs are tried
_DATELINE_MIN_PARAGRAPH = 60  # "BRICS: leaders meet" is a headline, not a dateline
_LIST_MARKER = re.compile(r"^\(?(\d{1,2}|[a-h]|[ivx]{1,4})[.)]\)?$")


class Tok:
    """A token's attributes read once from the doc (a spaCy ``Token`` is rebuilt on every access)."""

    __slots__ = (
        "i",
        "idx",
        "is_alpha",
        "is_lower",
        "is_punct",
        "is_space",
        "is_title",
        "like_num",
        "lower_",
        "text",
    )

    def __init__(self, i: int, text: str, idx: int, flags: list[int]) -> None:
        self.i = i
        self.text = text
        self.lower_ = text.lower()
        self.idx = idx
        self.is_lower, self.is_punct, self.is_title, self.is_alpha, self.like_num, self.is_space = map(
            bool, flags
        )


class TokSpan:
    """A slice of :class:`Tokens`, with the text it covers."""

    __slots__ = ("_source", "_toks")

    def __init__(self, toks: list[Tok], source: str) -> None:
        self._toks = toks
        self._source = source

    @property
    def text(self) -> str:
        if not self._toks:
            return ""
        last = self._toks[-1]
        return self._source[self._toks[0].idx : last.idx + len(last.text)]

    def __iter__(self) -> Iterator[Tok]:
        return iter(self._toks)

    def __len__(self) -> int:
        return len(self._toks)


class Tokens:
    """The tokens of a doc as plain Python objects: ``toks[i]`` and ``toks[a:b].text``."""

    def __init__(self, doc: Doc, text: str) -> None:
        rows = doc.to_array(
            [IDX, LENGTH, IS_LOWER, IS_PUNCT, IS_TITLE, IS_ALPHA, LIKE_NUM, IS_SPACE]
        ).tolist()
        self.text = text
        self.items = [Tok(i, text[r[0] : r[0] + r[1]], r[0], r[2:]) for i, r in enumerate(rows)]

    def __getitem__(self, key: int | slice) -> Tok | TokSpan:
        if isinstance(key, slice):
            return TokSpan(self.items[key], self.text)
        return self.items[key]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.items)


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` are the quoted words inside the marks.

    ``group`` is shared by the paragraphs of one quotation that runs over several paragraphs;
    ``direct`` is False for a short scare-quoted term ("Shanghai Spirit").
    """

    start: int
    end: int
    group: int
    direct: bool


@dataclass(frozen=True)
class QuoteRules:
    """When a short quotation is a term, not the speaker's words: after a naming cue ("so-called",
    "dubbed"), or shaped like a name ("Shanghai Spirit") or a counted label ("three evils")."""

    term_cues: tuple[str, ...] = ()
    number_words: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, lists: dict) -> QuoteRules:
        return cls(
            term_cues=tuple(sorted((c.lower() for c in lists.get("term_cues", [])), key=len, reverse=True)),
            number_words=frozenset(w.lower() for w in lists.get("number_words", {})),
        )

    def is_term(self, text: str, start: int, end: int) -> bool:
        """Is the short quotation ``text[start:end]`` a term rather than quoted words?"""
        words = re.findall(r"[\w'’-]+", text[start:end])
        if not words:
            return True
        if words[0].lower() in self.number_words or words[0][0].isdigit():
            return True
        if all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words) and words[0][0].isupper():
            return True
        before = " ".join(text[max(0, start - 40) : start - 1].lower().split())
        return any(before.endswith(cue) for cue in self.term_cues)


@dataclass
class Article:
    """A parsed article and the lookups every extractor needs."""

    text: str
    doc: Doc
    toks: Tokens
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    quotes: list[Quote]
    token_sent: list[int]
    names: list[Span] = field(default_factory=list)
    # Sentences of outlet furniture (captions, credits, links to other stories): no facts come from them.
    furniture: frozenset[int] = frozenset()
    # Sentences that are a dateline ("BRASILIA, Nov. 20 (Xinhua) --"): furniture too.
    datelines: frozenset[int] = frozenset()
    cues: list[Span] = field(default_factory=list)
    themes: list[Span] = field(default_factory=list)

    def sentence_of_char(self, char: int) -> int:
        """Return the id of the sentence that holds character ``char`` (or the nearest before it)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.sentences[mid].start <= char:
                low = mid
            else:
                high = mid - 1
        return low

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """Return the direct quotations that overlap ``[start, end)``."""
        return [q for q in self.quotes if q.direct and q.start < end and q.end > start]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank line of ``text``, whitespace trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def find_quotes(text: str, paragraphs: list[tuple[int, int]], rules: QuoteRules | None = None) -> list[Quote]:
    """Return the quotations of ``text`` in order.

    Straight quotes alternate open/close within a paragraph; curly and guillemet quotes pair
    by shape. A quotation left open at a paragraph's end that the next paragraph reopens is one
    quotation over both paragraphs (the news convention).
    """
    rules = rules or QuoteRules()
    quotes: list[Quote] = []
    group = -1
    carried = False
    for number, (para_start, para_end) in enumerate(paragraphs):
        opened_at: int | None = None
        closer = ""
        # A quotation left open reopens the next paragraph; some sites reopen it with a closing
        # mark ("”The events of September 11 ...").
        continuing = carried and (text[para_start] in _OPENERS or text[para_start] == "”")
        carried = False
        for index in range(para_start, para_end):
            char = text[index]
            reopens = continuing and index == para_start and char == "”"
            if opened_at is None and (
                char in _OPENERS or reopens or (char == "‘" and _single_opens(text, index))
            ):
                opened_at, closer = index, "”" if reopens else _OPENERS.get(char, "’")
                if not (continuing and index == para_start):
                    group += 1
            elif opened_at is not None and (
                (char == closer and (closer != "’" or _single_closes(text, index)))
                or (closer not in {'"', "’"} and char in _CLOSERS)
            ):
                quotes.append(_quote(text, opened_at + 1, index, group, rules))
                opened_at = None
        if opened_at is not None:
            # Left open: it continues if the next paragraph opens with a quote mark.
            quotes.append(_quote(text, opened_at + 1, para_end, group, rules, force_direct=True))
            carried = number + 1 < len(paragraphs)
    return quotes


def _single_opens(text: str, index: int) -> bool:
    """A ‘ opens a quotation after a space, dash or bracket and before a word (‘Putin’s regime ...)."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in '([—–-"“') and not after.isspace()


def _single_closes(text: str, index: int) -> bool:
    """A ’ closes a quotation unless a letter follows it (an apostrophe: Brazil’s, don’t)."""
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isalpha()


def _quote(
    text: str, start: int, end: int, group: int, rules: QuoteRules, *, force_direct: bool = False
) -> Quote:
    inner = text[start:end].strip()
    words = len(inner.split())
    direct = (
        force_direct
        or words > _SCARE_MAX_WORDS
        or inner[-1:] in {".", ",", "!", "?", ";", ":"}
        or not rules.is_term(text, start, end)
    )
    return Quote(start=start, end=end, group=group, direct=direct)


def furniture_sentences(article: Article, prefixes: tuple[str, ...]) -> frozenset[int]:
    """The ids of sentences in paragraphs that open with a furniture prefix ("Related:", "(Reporting by")."""
    if not prefixes:
        return frozenset()
    text = article.text
    paragraphs = {
        number
        for number, (start, end) in enumerate(article.paragraphs)
        if text[start:end].lstrip("([{ ").lower().startswith(prefixes)
    }
    return frozenset(s.sent_id for s in article.sentences if s.para_id in paragraphs)


def _glued_after_mark(toks: Tokens, previous_end: int, start: int) -> bool:
    """Does the sentence at ``start`` follow a "!" or "?" (and any opening brackets: "![") with no
    space between?"""
    last = toks.items[previous_end - 1]
    if previous_end != start or toks.items[start].idx != last.idx + len(last.text):
        return False
    k = previous_end - 1
    while k > 0 and toks.items[k].text in {"[", "("}:
        k -= 1
    return toks.items[k].text in {"!", "?"}


def _opens_lower(toks: Tokens, start: int, end: int) -> bool:
    """Does the sentence ``[start, end)`` open with a word in lower case?"""
    first = next((toks.items[i] for i in range(start, end) if not toks.items[i].is_space), None)
    return first is not None and first.is_alpha and first.is_lower


def _split_datelines(
    text: str, paragraphs: list[tuple[int, int]], toks: Tokens, bounds: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[int]]:
    """Make each dateline a sentence of its own ("ASTANA, July 4. /TASS/." is one, not two, and
    "MOSCOW, July 4 -- President Putin said" is two). Returns the bounds and the datelines' end
    offsets."""
    if not bounds:
        return bounds, set()
    starts = {start for start, _ in bounds}
    ends: set[int] = set()
    offsets = [tok.idx for tok in toks.items]
    for para_start, para_end in paragraphs[:_DATELINE_PARAGRAPHS]:
        if para_end - para_start < _DATELINE_MIN_PARAGRAPH:
            continue
        match = _DATELINE.match(text, para_start, para_end)
        if match is None or match.end() >= para_end:
            continue
        inside = range(bisect_left(offsets, para_start), bisect_left(offsets, match.end()))
        after = next((i for i in range(inside.stop, len(offsets)) if not toks.items[i].is_space), None)
        if not inside or after is None or offsets[after] >= para_end:
            continue
        starts -= set(inside[1:])
        starts |= {inside[0], after}
        last = toks.items[inside[-1]]
        ends.add(last.idx + len(last.text))
    ordered = sorted(starts)
    return list(zip(ordered, [*ordered[1:], bounds[-1][1]], strict=True)), ends


_OPENING_MARKS = frozenset({"“", "«", "„", "‘", '"'})


def _opens_next(toks: Tokens, i: int) -> bool:
    """Is token ``i`` a quotation mark that opens the words right after it (no space between)?"""
    tok = toks.items[i]
    if tok.text not in _OPENING_MARKS or i + 1 >= len(toks.items):
        return False
    after = toks.items[i + 1]
    glued_after = after.idx == tok.idx + len(tok.text) and not after.is_space
    before = toks.items[i - 1] if i else None
    spaced_before = before is None or before.is_space or before.idx + len(before.text) < tok.idx
    return glued_after and spaced_before


def _openers_to_next_sentence(toks: Tokens, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move an opening quotation mark that the splitter left at the end of a sentence to the
    sentence it opens: 'of the world's population. “France is proud ...' splits before the “."""
    out = list(bounds)
    for k in range(len(out) - 1):
        start, end = out[k]
        last = end - 1
        while last > start and toks.items[last].is_space:
            last -= 1
        if last > start and _opens_next(toks, last):
            out[k] = (start, last)
            out[k + 1] = (last, out[k + 1][1])
    return out


# Spaces inside a line that the tokenizer would keep as tokens of their own.
_SPACE_LIKE = str.maketrans(
    {ch: " " for ch in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"}
)


def parse_article(nlp, text: str, quote_rules: QuoteRules | None = None) -> Article:
    """Run the pipeline over ``text`` and return the :class:`Article` with its lookups.

    The pipeline reads no-break and thin spaces as plain spaces ("Costa\u00a0Rica", "We
    have\u202fconvened"), one character for one, so every offset still points into ``text``
    and the evidence keeps its original characters."""
    doc = nlp(text.translate(_SPACE_LIKE))
    toks = Tokens(doc, text)
    paragraphs = paragraph_spans(text)
    para_starts = [start for start, _ in paragraphs]
    sentences: list[Sentence] = []
    token_sent = [-1] * len(doc)
    para_index = 0
    starts = [i for i, flag in enumerate(doc.to_array(SENT_START).tolist()) if flag == 1] if len(doc) else []
    bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True)) if starts else []
    merged: list[tuple[int, int]] = []
    for sent_start, sent_end in bounds:
        # A list marker alone ("1.", "(2)") belongs to the item that follows it on the line.
        if (
            merged
            and "\n" not in toks[merged[-1][0] : sent_start].text
            and (
                _LIST_MARKER.match(toks[merged[-1][0] : merged[-1][1]].text.strip())
                # '"... or a student in Pokhara?" the chief adviser said': the attribution after a
                # question or exclamation inside quotes goes on the same sentence.
                or (
                    _QUOTED_END.search(toks[merged[-1][0] : merged[-1][1]].text)
                    and _opens_lower(toks, sent_start, sent_end)
                )
                # "![logo](...)", "Yahoo!News": no sentence ends at a mark with no space after it.
                or _glued_after_mark(toks, merged[-1][1], sent_start)
            )
        ):
            merged[-1] = (merged[-1][0], sent_end)
        else:
            merged.append((sent_start, sent_end))
    merged = _openers_to_next_sentence(toks, merged)
    merged, dateline_ends = _split_datelines(text, paragraphs, toks, merged)
    datelines: set[int] = set()
    for sent_start, sent_end in merged:
        content = [i for i in range(sent_start, sent_end) if not toks.items[i].is_space]
        if not content:
            continue
        first, last = toks.items[content[0]], toks.items[content[-1]]
        start, end = first.idx, last.idx + len(last.text)
        while para_index + 1 < len(para_starts) and para_starts[para_index + 1] <= start:
            para_index += 1
        sent_id = len(sentences)
        if end in dateline_ends:
            datelines.add(sent_id)
        token_sent[sent_start:sent_end] = [sent_id] * (sent_end - sent_start)
        sentences.append(
            Sentence(
                sent_id=sent_id,
                para_id=para_index,
                start=start,
                end=end,
                text=text[start:end],
                first_token=content[0],
                end_token=content[-1] + 1,
            )
        )
    # Leading whitespace before the first sentence belongs to it.
    for i, sent_id in enumerate(token_sent):
        if sent_id != -1:
            break
        token_sent[i] = 0
    return Article(
        text=text,
        doc=doc,
        toks=toks,
        sentences=sentences,
        paragraphs=paragraphs,
        quotes=find_quotes(text, paragraphs, quote_rules),
        datelines=frozenset(datelines),
        token_sent=token_sent,
        names=list(doc.spans[NAMES_KEY]),
        cues=list(doc.spans[CUES_KEY]),
        themes=list(doc.spans[THEMES_KEY]),
    )
