"""Table schemas of an extraction, and the object that holds one article's tables."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import numpy as np
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


def frame(name: str, rows: Sequence[tuple] | Sequence[dict], doc_id: str) -> pd.DataFrame:
    """Return table ``name`` as a DataFrame with its declared columns (no rows: an empty frame).

    ``rows`` are named tuples or plain tuples in the table's column order after ``doc_id`` (the
    engine's rows: provenance at its defaults), or dicts (:func:`row_dicts`, provenance as they say).
    """
    columns = COLUMNS[name]
    if not rows:
        return _empty_frame(name).copy()
    first = rows[0]
    if isinstance(first, dict):
        data = {c: [row.get(c, PROVENANCE.get(c)) for row in rows] for c in columns[1:]}
    else:
        data = {c: [row[k] for row in rows] for c, k in _engine_positions(name, first).items()}
    # Columns go in as NumPy arrays where they can: pandas then skips inferring them value by value.
    arrays = {c: _as_array(values) for c, values in data.items()}
    # The engine's rows: provenance at its defaults (an analyst's corrections change it later).
    arrays.update(
        (c, np.full(len(rows), PROVENANCE[c], dtype=bool if c == "reviewed" else object))
        for c in columns
        if c in PROVENANCE and c not in arrays
    )
    return pd.DataFrame({"doc_id": [doc_id] * len(rows), **arrays}, columns=list(columns))


def row_dicts(name: str, rows: Sequence[tuple], doc_id: str) -> list[dict[str, Any]]:
    """The engine's ``rows`` of table ``name`` as dicts of every column, provenance at its defaults."""
    if not rows:
        return []
    positions = _engine_positions(name, rows[0])
    defaults = {c: PROVENANCE[c] for c in COLUMNS[name] if c in PROVENANCE}
    return [{"doc_id": doc_id, **{c: row[k] for c, k in positions.items()}, **defaults} for row in rows]


def _engine_positions(name: str, first: tuple) -> dict[str, int]:
    """Column -> index in the engine's rows of table ``name``: named tuples by field, plain tuples
    in the table's column order after ``doc_id`` (provenance is never among them)."""
    read = [c for c in COLUMNS[name][1:] if c not in PROVENANCE]
    fields = getattr(first, "_fields", None) or read[: len(first)]
    position = {f: k for k, f in enumerate(fields)}
    return {c: position[c] for c in read}


@cache
def _empty_frame(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=list(COLUMNS[name]), dtype=object)


def _as_array(values: list) -> list | np.ndarray:
    if all(type(v) is int for v in values):
        return np.fromiter(values, dtype=np.int64, count=len(values))
    if all(type(v) is str for v in values):
        return np.array(values, dtype=object)
    return values


class Tables(dict):
    """One article's tables by name. A table the engine has read is kept as its rows and built as a
    frame when first read (:meth:`from_rows`), so that corrections applied first change the rows
    and no frame is built twice; the views of ``lists`` are built when first read, so that a
    change to the lists (an analyst's correction) never leaves a stale copy of them behind."""

    def __init__(self, frames: Any = (), /) -> None:
        super().__init__(frames)
        # Table name -> (doc_id, the engine's rows) of the tables not built yet.
        self.pending: dict[str, tuple[str, Sequence[tuple]]] = {}

    @classmethod
    def from_rows(cls, doc_id: str, **rows: Sequence[tuple]) -> Tables:
        tables = cls()
        tables.pending = {name: (doc_id, table_rows) for name, table_rows in rows.items()}
        return tables

    def __missing__(self, name: str) -> pd.DataFrame:
        if name in self.pending:
            doc_id, rows = self.pending.pop(name)
            built = self[name] = frame(name, rows, doc_id)
            return built
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
        return (
            dict.__contains__(self, name)
            or name in self.pending
            or (name in LIST_VIEWS and (dict.__contains__(self, "lists") or "lists" in self.pending))
        )

    # The mapping reads every table, built or not (the list views only when asked for by name).
    def __iter__(self) -> Iterator[str]:
        yield from dict.__iter__(self)
        yield from [name for name in self.pending if not dict.__contains__(self, name)]

    def __len__(self) -> int:
        return dict.__len__(self) + len(self.pending)

    def keys(self) -> list[str]:  # type: ignore[override]
        return list(self)

    def values(self) -> list[pd.DataFrame]:  # type: ignore[override]
        return [self[name] for name in list(self)]

    def items(self) -> list[tuple[str, pd.DataFrame]]:  # type: ignore[override]
        return [(name, self[name]) for name in list(self)]

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        if name not in self:
            return default
        return self[name]

    def copy(self) -> Tables:  # type: ignore[override]
        return Tables(self.items())

    def __reduce__(self) -> tuple:
        # Pickled (the dashboard's cache) with every table built, so a cached copy builds none again.
        return (Tables, (dict(self.items()),))
