"""Table schemas of an extraction, and the object that holds one article's tables."""

from __future__ import annotations

import pandas as pd

# Provenance, the last columns of every table: ``origin`` says whether a row is the engine's
# reading or an analyst's correction (see sco_core.corrections); ``reviewed_by`` and
# ``reviewed_at`` say who last confirmed or corrected it and when (empty for the engine's rows); a
# statement is ``reviewed`` once an analyst has confirmed or corrected it. The engine fills them
# with these defaults.
ORIGINS: tuple[str, ...] = ("engine", "analyst")
PROVENANCE: dict[str, object] = {"reviewed": False, "reviewed_by": "", "reviewed_at": "", "origin": "engine"}

# Every table's columns, declared once. An empty table is an empty frame with these columns.
COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_id", "sent_id", "para_id", "start", "end", "text"),
    "actors": (
        "doc_id",
        "actor_id",
        "name",
        "type",
        "title",
        "aliases",
        "mentions",
        "sent_id",
        "start",
        "end",
    ),
    "mentions": ("doc_id", "actor_id", "sent_id", "start", "end", "text", "via"),
    "statements": (
        "doc_id",
        "stmt_id",
        "sent_id",
        "sentences",
        "para_id",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_id",
        "kind",
        "cue",
        "attribution",
        "quotes",
        "themes",
        "joint",
        "members",
        "reviewed",
    ),
    "proposals": (
        "doc_id",
        "proposal_id",
        "set_label",
        "ordinal",
        "sent_id",
        "start",
        "end",
        "text",
        "proposer",
        "proposer_id",
        "themes",
        "actions",
        "declared_count",
        "found_count",
        "count_mismatch",
    ),
    "lists": ("doc_id", "list_id", "label", "kind", "item", "position", "sent_id", "start", "end"),
    "principles": (
        "doc_id",
        "list_id",
        "group",
        "label",
        "kind",
        "item",
        "position",
        "sent_id",
        "start",
        "end",
    ),
    "pillars": (
        "doc_id",
        "list_id",
        "group",
        "label",
        "kind",
        "item",
        "position",
        "sent_id",
        "start",
        "end",
    ),
    "themes": ("doc_id", "sent_id", "theme", "term", "start", "end"),
}

COLUMNS = {name: (*columns, "reviewed_by", "reviewed_at", "origin") for name, columns in COLUMNS.items()}

TABLE_NAMES: tuple[str, ...] = tuple(COLUMNS)

# Tables that are views of ``lists``: the items of one kind, each with its list's label as its group.
LIST_VIEWS: dict[str, str] = {"principles": "principle", "pillars": "pillar"}


class Tables(dict):
    """One article's tables by name. The views of ``lists`` are built when first read, so that a
    change to the lists (an analyst's correction) never leaves a stale copy of them behind."""

    def __missing__(self, name: str) -> pd.DataFrame:
        if name not in LIST_VIEWS or "lists" not in self:
            raise KeyError(name)
        lists = self["lists"]
        kind = LIST_VIEWS[name]
        # take() by position: far cheaper than a boolean mask over a string column.
        view = lists.take([k for k, other in enumerate(lists["kind"].tolist()) if other == kind])
        view = view.reset_index(drop=True)
        view.insert(COLUMNS[name].index("group"), "group", view["label"])
        self[name] = view
        return view

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or (name in LIST_VIEWS and dict.__contains__(self, "lists"))
