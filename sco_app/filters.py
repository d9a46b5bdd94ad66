"""Pure filter logic of the dashboard: which rows of an extraction the global filters keep.

No Streamlit here, so every rule is tested directly. The filters mean:

- themes: keep rows that touch any of the chosen themes;
- actors: keep rows spoken, proposed by or mentioning any of the chosen actors;
- kind: keep statements of that kind (and the speakers and sentences that hold them);
  lists and proposals have no kind, so it leaves them alone;
- q: keep rows whose text (or the sentence they come from) contains q, ignoring case.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from sco_core import Extraction

KINDS: tuple[str, ...] = ("direct", "reported")


@dataclass(frozen=True)
class Filters:
    """The global filters, as chosen in the sidebar or read from the URL."""

    themes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    kind: str | None = None
    q: str = ""

    @property
    def active(self) -> bool:
        """True when any filter narrows the view."""
        return bool(self.themes or self.actors or self.kind or self.q.strip())

    def without_themes(self) -> Filters:
        """The same filters with no theme chosen (for charts that offer every theme)."""
        return Filters(actors=self.actors, kind=self.kind, q=self.q)


def unknown_values(requested: Iterable[str], known: Collection[str]) -> list[str]:
    """Values asked for (in the URL) that match no option, in the order given, once each."""
    unknown: list[str] = []
    for value in requested:
        if value not in known and value not in unknown:
            unknown.append(value)
    return unknown


def themes_from_selection(points: Sequence[Mapping[str, Any]], known: Collection[str]) -> list[str]:
    """Theme ids of the chart points a user selected, in order, once each.

    A theme bar carries its theme id as ``customdata``; a point without it falls back to
    its category (``y`` of a horizontal bar, then ``x``). Anything that is not a known
    theme id is ignored.
    """
    themes: list[str] = []
    for point in points:
        candidates = []
        custom = point.get("customdata")
        if isinstance(custom, (list, tuple)):
            candidates.extend(custom[:1])
        elif custom is not None:
            candidates.append(custom)
        candidates.extend([point.get("y"), point.get("x")])
        theme = next((c for c in candidates if isinstance(c, str) and c in known), None)
        if theme is not None and theme not in themes:
            themes.append(theme)
    return themes


def theme_filter_after_click(current: Sequence[str], clicked: Sequence[str]) -> list[str]:
    """The theme filter after a click on the theme chart.

    Clicking bars filters by exactly those themes; clicking the theme(s) already chosen
    clears the theme filter again; an empty selection (a click beside the bars) changes
    nothing.
    """
    if not clicked:
        return list(current)
    if set(clicked) == set(current):
        return []
    return list(clicked)


def _contains(values: pd.Series, q: str) -> pd.Series:
    return values.fillna("").astype(str).str.casefold().str.contains(q.casefold(), regex=False)


def _any_in(lists: pd.Series, wanted: Collection[str]) -> pd.Series:
    wanted = set(wanted)
    return lists.map(lambda values: bool(wanted.intersection(_as_list(values))))


def _as_list(values: Any) -> list[Any]:
    if values is None or (isinstance(values, float) and pd.isna(values)):
        return []
    if isinstance(values, str):
        return [values]
    return list(values)


def _rows(frame: pd.DataFrame, keep: pd.Series) -> pd.DataFrame:
    return frame.loc[keep.to_numpy(dtype=bool)].reset_index(drop=True)


def theme_sentences(ex: Extraction, themes: Collection[str]) -> set[int]:
    """Sentences tagged with any of these themes."""
    return {int(s) for s in ex.themes.loc[ex.themes["theme"].isin(list(themes)), "sent_id"]}


def actor_ids(ex: Extraction, names: Collection[str]) -> set[str]:
    """Ids of the actors with these canonical names."""
    return set(ex.actors.loc[ex.actors["name"].isin(list(names)), "actor_id"])


def actor_sentences(ex: Extraction, names: Collection[str]) -> set[int]:
    """Sentences that mention one of the named actors or hold a statement of theirs (a joint
    statement they take part in included)."""
    ids = actor_ids(ex, names)
    mentioned = ex.mentions.loc[ex.mentions["actor_id"].isin(list(ids)), "sent_id"]
    spoken = ex.statements.loc[_speaks(ex.statements, names, ids), "sentences"]
    return {int(s) for s in mentioned} | {int(s) for sentences in spoken for s in _as_list(sentences)}


def _speaks(statements: pd.DataFrame, names: Collection[str], ids: Collection[str]) -> pd.Series:
    """Statements whose speaker is named, or whose joint speaker has one of ``ids`` as a member."""
    by_name = statements["speaker"].isin(list(names))
    if "members" not in statements.columns or not ids:
        return by_name
    wanted = set(ids)
    return by_name | statements["members"].map(lambda members: bool(wanted & set(_as_list(members))))


def matching_sentences(ex: Extraction, filters: Filters) -> set[int]:
    """Ids of the sentences that pass every active filter."""
    sentences = ex.sentences
    keep = pd.Series(True, index=sentences.index)
    if filters.themes:
        keep &= sentences["sent_id"].isin(list(theme_sentences(ex, filters.themes)))
    if filters.actors:
        keep &= sentences["sent_id"].isin(list(actor_sentences(ex, filters.actors)))
    if filters.kind:
        held = ex.statements.loc[ex.statements["kind"] == filters.kind, "sent_id"]
        keep &= sentences["sent_id"].isin(list(held))
    if filters.q.strip():
        keep &= _contains(sentences["text"], filters.q.strip())
    return {int(s) for s in sentences.loc[keep, "sent_id"]}


def filter_statements(
    statements: pd.DataFrame, filters: Filters, *, actors: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Statements that pass the filters, in article order. With the article's ``actors``, an
    actor filter also keeps the joint statements that actor is a member of."""
    keep = pd.Series(True, index=statements.index)
    if filters.themes:
        keep &= _any_in(statements["themes"], filters.themes)
    if filters.actors:
        ids = (
            set()
            if actors is None
            else set(actors.loc[actors["name"].isin(list(filters.actors)), "actor_id"])
        )
        keep &= _speaks(statements, filters.actors, ids)
    if filters.kind:
        keep &= statements["kind"] == filters.kind
    if filters.q.strip():
        q = filters.q.strip()
        keep &= _contains(statements["text"], q) | _contains(statements["speaker"], q)
    return _rows(statements, keep)


def filter_proposals(proposals: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Proposals that pass the filters (the statement kind does not apply to them)."""
    keep = pd.Series(True, index=proposals.index)
    if filters.themes:
        keep &= _any_in(proposals["themes"], filters.themes)
    if filters.actors:
        keep &= proposals["proposer"].isin(list(filters.actors))
    if filters.q.strip():
        q = filters.q.strip()
        actions = proposals["actions"].map(lambda values: " ".join(map(str, _as_list(values))))
        keep &= (
            _contains(proposals["text"], q)
            | _contains(proposals["proposer"], q)
            | _contains(proposals["set_label"], q)
            | _contains(actions, q)
        )
    return _rows(proposals, keep)


def filter_lists(ex: Extraction, lists: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows of a list table (lists, principles or pillars) that pass the filters.

    A list item has no themes or speaker of its own, so it takes them from its sentence;
    the statement kind does not apply.
    """
    keep = pd.Series(True, index=lists.index)
    if filters.themes:
        keep &= lists["sent_id"].isin(list(theme_sentences(ex, filters.themes)))
    if filters.actors:
        keep &= lists["sent_id"].isin(list(actor_sentences(ex, filters.actors)))
    if filters.q.strip():
        q = filters.q.strip()
        sentence_text = lists["sent_id"].map(
            dict(zip(ex.sentences["sent_id"], ex.sentences["text"], strict=True))
        )
        keep &= _contains(lists["item"], q) | _contains(lists["label"], q) | _contains(sentence_text, q)
    return _rows(lists, keep)


def actor_statement_counts(statements: pd.DataFrame) -> dict[str, int]:
    """How many statements each actor id makes."""
    return {str(k): int(v) for k, v in statements["speaker_id"].value_counts().items()}


def filter_actors(ex: Extraction, filters: Filters) -> pd.DataFrame:
    """Actors that pass the filters, with a ``statements`` column: their statements on the
    chosen themes and of the chosen kind."""
    actors = ex.actors
    keep = pd.Series(True, index=actors.index)
    if filters.themes:
        tagged = list(theme_sentences(ex, filters.themes))
        in_theme = set(ex.mentions.loc[ex.mentions["sent_id"].isin(tagged), "actor_id"])
        in_theme |= set(ex.statements.loc[ex.statements["sent_id"].isin(tagged), "speaker_id"])
        keep &= actors["actor_id"].isin(list(in_theme))
    if filters.actors:
        keep &= actors["name"].isin(list(filters.actors))
    if filters.kind:
        speakers = ex.statements.loc[ex.statements["kind"] == filters.kind, "speaker_id"]
        keep &= actors["actor_id"].isin(list(speakers))
    if filters.q.strip():
        q = filters.q.strip()
        aliases = actors["aliases"].map(lambda values: " ".join(map(str, _as_list(values))))
        keep &= _contains(actors["name"], q) | _contains(actors["title"], q) | _contains(aliases, q)
    shown = _rows(actors, keep)
    # Counted under the theme and kind filters only: q and the actor filter chose the actors.
    counted = filter_statements(ex.statements, Filters(themes=filters.themes, kind=filters.kind))
    counts = actor_statement_counts(counted)
    return shown.assign(statements=shown["actor_id"].map(lambda a: counts.get(str(a), 0)).astype("int64"))
