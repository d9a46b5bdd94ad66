"""Theme tags: every sentence gets the themes whose taxonomy terms it uses."""

from __future__ import annotations

from sco_core.document import Article
from sco_core.records import ThemeHit


def theme_records(article: Article, *, exclude: list[tuple[int, int]] | None = None) -> list[ThemeHit]:
    """Return one row per theme term occurrence, longest term first where terms of a theme overlap.

    ``exclude`` holds character ranges (names such as "Shanghai Cooperation Organization")
    whose words are not evidence of a theme.
    """
    blocked = sorted(exclude or [])
    spans = sorted(article.themes, key=lambda s: (s.start, -(s.end - s.start)))
    rows: list[ThemeHit] = []
    last_end: dict[str, int] = {}
    k = 0
    for span in spans:
        start = span.start_char
        end = span.end_char
        while k < len(blocked) and blocked[k][1] <= start:
            k += 1
        if any(a <= start and end <= b for a, b in blocked[k : k + 3]):
            continue
        theme = span.id_
        sent_id = article.token_sent[span.start]
        if last_end.get(theme, -1) > start or sent_id in article.furniture:
            continue
        last_end[theme] = end
        rows.append(
            ThemeHit(
                sent_id=sent_id,
                theme=theme,
                term=article.text[start:end],
                start=start,
                end=end,
            )
        )
    rows.sort(key=lambda r: (r.start, r.theme))
    return rows
