"""The lists of one kind an article yields, for the table tests of list constructions."""

from __future__ import annotations

import sco_core


def lists_of_kind(lead: str, text: str, kind: str) -> list[tuple[str, list[str]]]:
    """(label, items) of each ``kind`` list in ``text`` after ``lead``, in order; asserts that
    every item is its evidence's words."""
    result = sco_core.extract(lead + text)
    rows = result.lists[(result.lists.kind == kind) & (result.lists.start >= len(lead))]
    for row in rows.itertuples():
        assert result.text[row.start : row.end] == row.item
    return [(group.label.iloc[0], list(group.item)) for _, group in rows.groupby("list_id", sort=True)]
