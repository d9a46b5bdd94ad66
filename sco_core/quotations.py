"""Quotations as statement units: the sentences one quotation runs over, across paragraphs too.

A quotation of several sentences ("“France is proud ... We will not stop,” said Emmanuel
Macron.") is one statement, attributed wherever its attribution stands: before it, inside it or
after its last sentence. This stage finds those runs of sentences; the statement stage reads them.
"""

from __future__ import annotations

from typing import NamedTuple

from sco_core.document import Article


class QuotationUnit(NamedTuple):
    """Consecutive sentences ``first_sent`` to ``last_sent`` held together by one quotation
    (or by quotations that touch the same sentence: "“A. B,” he said, “C. D.”")."""

    first_sent: int
    last_sent: int
    start: int
    end: int


def quotation_units(article: Article) -> list[QuotationUnit]:
    """Return, in document order, every run of two or more sentences that one direct quotation spans.

    The unit's ``start``/``end`` are those of its first and last sentence. Sentences of outlet
    furniture end a unit: a caption is never part of a quotation.
    """
    by_group: dict[int, tuple[int, int]] = {}
    for quote in article.quotes:
        if not quote.direct or quote.end <= quote.start:
            continue
        first = article.sentence_of_char(quote.start)
        last = article.sentence_of_char(max(quote.start, quote.end - 1))
        low, high = by_group.get(quote.group, (first, last))
        by_group[quote.group] = (min(low, first), max(high, last))
    ranges = sorted(by_group.values())
    merged: list[list[int]] = []
    for first, last in ranges:
        if merged and (first <= merged[-1][1] or _continues(article, merged[-1][1], first, last)):
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    units = []
    for first, last in merged:
        # Furniture inside a run splits it; only the stretches of two sentences or more remain.
        run: list[int] = []
        for sent_id in [*range(first, last + 1), None]:
            if sent_id is not None and sent_id not in article.furniture:
                run.append(sent_id)
                continue
            if len(run) >= 2:
                sentences = article.sentences
                units.append(QuotationUnit(run[0], run[-1], sentences[run[0]].start, sentences[run[-1]].end))
            run = []
    return units


def _continues(article: Article, previous_last: int, first: int, last: int) -> bool:
    """Does the quotation of sentences ``first``..``last`` carry on the one that ended in sentence
    ``previous_last``? So it does in the same paragraph, right after it, when it is all quoted
    words: "“A,” said Gina McCarthy. “B.”" is one statement. (A quotation paragraph of its own
    after the speaker's is a statement of its own, attributed by context.)"""
    sentences = article.sentences
    if first != previous_last + 1 or sentences[first].para_id != sentences[previous_last].para_id:
        return False
    for sent_id in range(first, last + 1):
        sentence = sentences[sent_id]
        inside = sum(
            min(q.end, sentence.end) - max(q.start, sentence.start)
            for q in article.quotes_in(sentence.start, sentence.end)
        )
        outside = article.text[sentence.start : sentence.end]
        if inside < len(outside.strip(' "“”‘’«».,;:!?')) - 2:
            return False
    return True
