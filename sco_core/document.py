"""One parsed article: its sentences, paragraphs and quotations, with per-token lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from sco_core.pipeline import CUES_KEY, NAMES_KEY, THEMES_KEY
from sco_core.records import Sentence

_OPENERS = {'"': '"', "“": "”", "«": "»", "„": "“"}
_CLOSERS = {"”", "»"}
_SCARE_MAX_WORDS = 4


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


@dataclass
class Article:
    """A parsed article and the lookups every extractor needs."""

    text: str
    doc: Doc
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    quotes: list[Quote]
    token_sent: list[int]
    names: list[Span] = field(default_factory=list)
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

    def direct_quote_at(self, char: int) -> Quote | None:
        """Return the direct quotation that holds character ``char``, if any."""
        for quote in self.quotes:
            if quote.direct and quote.start <= char < quote.end:
                return quote
        return None

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


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Return the quotations of ``text`` in order.

    Straight quotes alternate open/close within a paragraph; curly and guillemet quotes pair
    by shape. A quotation left open at a paragraph's end that the next paragraph reopens is one
    quotation over both paragraphs (the news convention).
    """
    quotes: list[Quote] = []
    group = -1
    carried = False
    for number, (para_start, para_end) in enumerate(paragraphs):
        opened_at: int | None = None
        closer = ""
        continuing = carried and text[para_start] in _OPENERS
        carried = False
        for index in range(para_start, para_end):
            char = text[index]
            if opened_at is None and char in _OPENERS:
                opened_at, closer = index, _OPENERS[char]
                if not (continuing and index == para_start):
                    group += 1
            elif opened_at is not None and (char == closer or (closer != '"' and char in _CLOSERS)):
                quotes.append(_quote(text, opened_at + 1, index, group))
                opened_at = None
        if opened_at is not None:
            # Left open: it continues if the next paragraph opens with a quote mark.
            quotes.append(_quote(text, opened_at + 1, para_end, group, force_direct=True))
            carried = number + 1 < len(paragraphs)
    return quotes


def _quote(text: str, start: int, end: int, group: int, *, force_direct: bool = False) -> Quote:
    inner = text[start:end].strip()
    words = len(inner.split())
    direct = force_direct or words > _SCARE_MAX_WORDS or inner[-1:] in {".", ",", "!", "?", ";", ":"}
    return Quote(start=start, end=end, group=group, direct=direct)


def parse_article(nlp, text: str) -> Article:
    """Run the pipeline over ``text`` and return the :class:`Article` with its lookups."""
    doc = nlp(text)
    paragraphs = paragraph_spans(text)
    para_starts = [start for start, _ in paragraphs]
    sentences: list[Sentence] = []
    token_sent = [-1] * len(doc)
    para_index = 0
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        while para_index + 1 < len(para_starts) and para_starts[para_index + 1] <= start:
            para_index += 1
        sent_id = len(sentences)
        for token in sent:
            token_sent[token.i] = sent_id
        sentences.append(
            Sentence(
                sent_id=sent_id,
                para_id=para_index,
                start=start,
                end=end,
                text=text[start:end],
                first_token=tokens[0].i,
                end_token=tokens[-1].i + 1,
            )
        )
    return Article(
        text=text,
        doc=doc,
        sentences=sentences,
        paragraphs=paragraphs,
        quotes=find_quotes(text, paragraphs),
        token_sent=token_sent,
        names=list(doc.spans[NAMES_KEY]),
        cues=list(doc.spans[CUES_KEY]),
        themes=list(doc.spans[THEMES_KEY]),
    )
