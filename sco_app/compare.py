"""Tables that set two or more articles side by side: theme shares, actors and speakers,
principles shared or not. Pure pandas; the Compare page draws them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from sco_app.figures import NEUTRAL

if TYPE_CHECKING:
    from sco_core import Extraction

THEME_SHARE_COLUMNS = ["article", "theme", "label", "color", "sentences", "total", "share"]


def article_names(extractions: Sequence[Extraction]) -> list[str]:
    """One distinct column name per article: its title, numbered when two titles are the same."""
    names: list[str] = []
    for ex in extractions:
        name, n = str(ex.title or ex.doc_id), 2
        while name in names:
            name, n = f"{ex.title or ex.doc_id} ({n})", n + 1
        names.append(name)
    return names


def theme_share_frame(
    extractions: Sequence[Extraction], *, labels: Mapping[str, str], colors: Mapping[str, str]
) -> pd.DataFrame:
    """Share of each article's sentences that touch each theme (a sentence counts once per
    theme). Themes no article touches are left out; the others get a row per article, 0 included."""
    names = article_names(extractions)
    counts = {
        name: ex.themes.drop_duplicates(["sent_id", "theme"])["theme"].value_counts()
        for name, ex in zip(names, extractions, strict=True)
    }
    present = {theme for per_article in counts.values() for theme in per_article.index}
    rows = []
    for name, ex in zip(names, extractions, strict=True):
        total = len(ex.sentences)
        for theme, label in labels.items():
            if theme not in present:
                continue
            sentences = int(counts[name].get(theme, 0))
            share = sentences / total if total else 0.0
            rows.append((name, theme, label, colors.get(theme, NEUTRAL), sentences, total, share))
    return pd.DataFrame(rows, columns=THEME_SHARE_COLUMNS)


def actors_frame(extractions: Sequence[Extraction]) -> pd.DataFrame:
    """One row per actor (by name): its type, its mentions in each article (0 where absent)
    and in how many of them it occurs; the most widely found first."""
    names = article_names(extractions)
    mentions = pd.DataFrame(
        {
            name: ex.actors.groupby("name")["mentions"].sum()
            for name, ex in zip(names, extractions, strict=True)
        }
    ).fillna(0)
    if mentions.empty:
        return pd.DataFrame(columns=["actor", "type", *names, "articles"])
    types = pd.concat([ex.actors.set_index("name")["type"] for ex in extractions])
    types = types[~types.index.duplicated()]
    frame = mentions.astype(int)
    frame.insert(0, "type", types.reindex(frame.index).fillna(""))
    frame["articles"] = (frame[names] > 0).sum(axis=1)
    frame = frame.rename_axis("actor").reset_index()
    frame["total"] = frame[names].sum(axis=1)
    frame = frame.sort_values(["articles", "total", "actor"], ascending=[False, False, True], kind="stable")
    return frame.drop(columns="total").reset_index(drop=True)


def speakers_frame(extractions: Sequence[Extraction]) -> pd.DataFrame:
    """One row per speaker: statements in each article (0 where silent) and in how many it speaks."""
    names = article_names(extractions)
    counts = pd.DataFrame(
        {
            name: ex.statements.loc[ex.statements["speaker"].fillna("") != "", "speaker"].value_counts()
            for name, ex in zip(names, extractions, strict=True)
        }
    ).fillna(0)
    if counts.empty:
        return pd.DataFrame(columns=["speaker", *names, "articles"])
    frame = counts.astype(int)
    frame["articles"] = (frame[names] > 0).sum(axis=1)
    frame = frame.rename_axis("speaker").reset_index()
    frame["total"] = frame[names].sum(axis=1)
    frame = frame.sort_values(["articles", "total", "speaker"], ascending=[False, False, True], kind="stable")
    return frame.drop(columns="total").reset_index(drop=True)


def _principle_key(item: str) -> str:
    return " ".join(str(item).lower().split())


def principles_frame(extractions: Sequence[Extraction]) -> pd.DataFrame:
    """One row per principle (compared case- and space-insensitively): whether each article
    names it, and by how many articles it is shared; shared ones first."""
    names = article_names(extractions)
    found: dict[str, dict[str, bool]] = {}
    shown: dict[str, str] = {}
    for name, ex in zip(names, extractions, strict=True):
        for item in ex.principles["item"]:
            key = _principle_key(item)
            shown.setdefault(key, " ".join(str(item).split()))
            found.setdefault(key, {})[name] = True
    rows = [
        {"principle": shown[key], **{name: by.get(name, False) for name in names}, "shared by": len(by)}
        for key, by in found.items()
    ]
    frame = pd.DataFrame(rows, columns=["principle", *names, "shared by"])
    return frame.sort_values(["shared by", "principle"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def proposals_table(ex: Extraction) -> pd.DataFrame:
    """An article's proposals in order, in the columns the Compare page shows."""
    proposals = ex.proposals.sort_values(["start", "ordinal"], kind="stable")
    return proposals[["set_label", "ordinal", "proposer", "text"]].reset_index(drop=True)
