"""Theme tags: every sentence gets the themes whose taxonomy terms it uses, and the article as a
whole the themes with enough weight (:meth:`ThemeRules.document`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sco_core.document import Article
from sco_core.records import ThemeHit
from sco_core.resources import Taxonomy


@dataclass(frozen=True)
class ThemeRules:
    """The taxonomy's weights, exclusions and document rule, with the exclusions compiled once."""

    taxonomy: Taxonomy
    exclusions: dict[str, re.Pattern[str]]

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy) -> ThemeRules:
        exclusions = {
            theme.id: re.compile(
                r"\b(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in theme.exclusions) + r")\b",
                re.IGNORECASE,
            )
            for theme in taxonomy.themes
            if theme.exclusions
        }
        return cls(taxonomy=taxonomy, exclusions=exclusions)

    def records(self, article: Article, *, exclude: Iterable[tuple[int, int]] = ()) -> list[ThemeHit]:
        """Return one row per theme term occurrence, longest term first where terms of a theme overlap.

        ``exclude`` holds character ranges (names such as "Shanghai Cooperation Organization", offices
        such as "Minister of International Relations and Cooperation") whose words are not evidence of
        a theme; a theme's own exclusions ("cross-border payments") are not evidence of it either.
        """
        blocked = sorted(exclude)
        excluded = {
            theme: [m.span() for m in pattern.finditer(article.text)]
            for theme, pattern in self.exclusions.items()
        }
        spans = sorted(article.themes, key=lambda s: (s.start, -(s.end - s.start)))
        rows: list[ThemeHit] = []
        last_end: dict[str, int] = {}
        k = 0
        for span in spans:
            start = span.start_char
            end = span.end_char
            while k < len(blocked) and blocked[k][1] <= start:
                k += 1
            if _inside(blocked, k, start, end):
                continue
            theme = span.id_
            if any(a <= start and end <= b for a, b in excluded.get(theme, ())):
                continue
            sent_id = article.token_sent[span.start]
            if last_end.get(theme, -1) > start or sent_id in article.furniture:
                continue
            last_end[theme] = end
            rows.append(
                ThemeHit(sent_id=sent_id, theme=theme, term=article.text[start:end], start=start, end=end)
            )
        rows.sort(key=lambda r: (r.start, r.theme))
        return rows

    def document(self, rows: Iterable[ThemeHit]) -> list[dict[str, Any]]:
        """Return the article's themes, heaviest first: ``{theme, weight, sentences}`` for each theme
        whose weight meets the taxonomy's document rule (:class:`sco_core.resources.DocumentThemes`).

        A theme's weight is the sum over sentences of its heaviest term in each, so a sentence
        counts once however many of the theme's terms it uses."""
        themes = {theme.id: theme for theme in self.taxonomy.themes}
        heaviest: dict[tuple[str, int], float] = {}
        for row in rows:
            key = (row.theme, row.sent_id)
            heaviest[key] = max(heaviest.get(key, 0.0), themes[row.theme].weight(row.term))
        weights: dict[str, float] = {}
        sentences: dict[str, int] = {}
        for (theme, _sent), weight in heaviest.items():
            weights[theme] = weights.get(theme, 0.0) + weight
            sentences[theme] = sentences.get(theme, 0) + 1
        if not weights:
            return []
        order = list(themes)
        ranked = sorted(weights, key=lambda t: (-weights[t], order.index(t)))
        rule = self.taxonomy.document
        floor = max(rule.min_weight, rule.relative_to_top * weights[ranked[0]])
        kept = [ranked[0], *(t for t in ranked[1:] if weights[t] >= floor)]
        return [{"theme": t, "weight": round(weights[t], 2), "sentences": sentences[t]} for t in kept]


def _inside(ranges: list[tuple[int, int]], first: int, start: int, end: int) -> bool:
    """Does one of ``ranges`` (sorted; those before ``first`` end before ``start``) hold ``[start, end)``?"""
    for a, b in ranges[first:]:
        if a > start:
            return False
        if end <= b:
            return True
    return False
